//! `goalline records [--women] [--team T] [--as-of DATE]`: all-time World Cup scorers (exact:
//! Fjelstul records every World Cup goal), for all teams or one.

use super::facts_util as fu;
use crate::args::RecordsArgs;
use crate::config::Config;
use crate::exit;
use crate::output;
use anyhow::Result;
use goalline_core::{Gender, Tally};
use goalline_facts::records::TableEntry;
use std::collections::HashMap;

/// Runs `goalline records`.
pub fn run(cfg: &Config, args: &RecordsArgs) -> Result<u8> {
    let as_of = fu::date_flag("--as-of", args.as_of.as_deref())?;
    let facts = fu::open_facts(cfg)?;
    let gender = fu::gender(args.women);
    let team = match &args.team {
        Some(t) => Some(fu::team(&facts, t, as_of, gender)?),
        None => None,
    };
    let table: Vec<(TableEntry, String)> = match team {
        None => {
            let a = facts.world_cup_top_scorers(gender, as_of, args.limit)?;
            let ix = facts.wc_index()?;
            a.value
                .into_iter()
                .map(|e| {
                    // The names the team had on the player's goal days ("West Germany /
                    // Germany" for Klinsmann).
                    let mut names: Vec<&str> = Vec::new();
                    for g in ix
                        .goals
                        .iter()
                        .filter(|g| g.player == e.player && !g.own_goal)
                    {
                        let n = facts.team_name_on(g.team, g.date);
                        if !names.contains(&n) {
                            names.push(n);
                        }
                    }
                    let team = names.join(" / ");
                    (e, team)
                })
                .collect()
        }
        Some(t) => team_wc_scorers(&facts, t, gender, as_of, args.limit)?
            .into_iter()
            .map(|e| (e, facts.team_name(t).to_string()))
            .collect(),
    };
    let title = format!(
        "All-time {} scorers{}{}",
        match gender {
            Gender::Men => "World Cup",
            Gender::Women => "Women's World Cup",
        },
        team.map(|t| format!(" for {}", facts.team_name(t)))
            .unwrap_or_default(),
        as_of.map(|d| format!(" up to {d}")).unwrap_or_default()
    );
    if cfg.json {
        output::json(&serde_json::json!({
            "title": title,
            "coverage": "exact",
            "scorers": table.iter().map(|(e, t)| serde_json::json!({
                "rank": e.rank, "player": e.name, "team": t, "goals": e.goals,
            })).collect::<Vec<_>>(),
            "source": "Fjelstul goals.csv (every World Cup goal)",
        }))?;
        return Ok(exit::OK);
    }
    output::print(format!(
        "{title} (exact: Fjelstul records every World Cup goal)"
    ))?;
    let mut t = output::table(&["rank", "player", "team", "goals"]);
    for (e, team) in &table {
        let tied = table.iter().filter(|x| x.0.rank == e.rank).count() > 1;
        t.add_row(vec![
            if tied {
                format!("={}", e.rank)
            } else {
                e.rank.to_string()
            },
            e.name.clone(),
            team.clone(),
            e.goals.low.to_string(),
        ]);
    }
    output::print(t)?;
    Ok(exit::OK)
}

/// A team's World Cup scorers, ranked with ties (exact).
fn team_wc_scorers(
    facts: &goalline_facts::Facts,
    team: goalline_core::TeamId,
    gender: Gender,
    as_of: Option<goalline_core::Date>,
    limit: usize,
) -> Result<Vec<TableEntry>> {
    let ix = facts.wc_index()?;
    let mut counts: HashMap<goalline_core::PlayerId, (String, u32)> = HashMap::new();
    for g in ix.goals.iter().filter(|g| {
        !g.own_goal
            && g.team == team
            && ix.gender(&g.tournament) == Some(gender)
            && as_of.is_none_or(|d| g.date <= d)
    }) {
        counts
            .entry(g.player)
            .or_insert_with(|| (g.player_name.clone(), 0))
            .1 += 1;
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1 .1.cmp(&a.1 .1).then(a.1 .0.cmp(&b.1 .0)));
    let mut out = Vec::new();
    let (mut rank, mut last) = (0, u32::MAX);
    for (i, (p, (name, c))) in v.into_iter().enumerate() {
        if c != last {
            rank = i as u32 + 1;
            last = c;
        }
        if rank as usize > limit {
            break;
        }
        out.push(TableEntry {
            rank,
            player: p,
            name,
            goals: Tally::exact(c),
        });
    }
    Ok(out)
}
