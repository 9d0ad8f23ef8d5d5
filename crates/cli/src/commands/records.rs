//! `goalline records [--women] [--team T] [--as-of DATE]`: all-time World Cup scorers of every
//! edition known from any source (Fjelstul's, then 2026 from martj42), for all teams or one.
//! `--json` prints the API's table (`GET /api/records`,
//! [`goalline_server::api::records::records_view`]).

use super::facts_util as fu;
use crate::args::RecordsArgs;
use crate::config::Config;
use crate::exit;
use crate::output;
use anyhow::Result;
use goalline_core::Gender;
use goalline_facts::records::TableEntry;

/// Runs `goalline records`.
pub fn run(cfg: &Config, args: &RecordsArgs) -> Result<u8> {
    let as_of = fu::date_flag("--as-of", args.as_of.as_deref())?;
    let facts = fu::open_facts(cfg)?;
    let gender = fu::gender(args.women);
    let team = match &args.team {
        Some(t) => Some(fu::team(facts, t, as_of, gender)?),
        None => None,
    };
    if cfg.json {
        // `GET /api/records`, field for field.
        output::json(&goalline_server::api::records::records_view(
            facts, gender, team, as_of, args.limit,
        )?)?;
        return Ok(exit::OK);
    }
    let answer = facts.world_cup_scorers(gender, team, as_of, args.limit)?;
    let (goals, _, _) = facts.world_cup_goals_in_scope(gender, as_of)?;
    let table: Vec<(TableEntry, String)> = answer
        .value
        .iter()
        .map(|e| {
            // The names the team had on the player's goal days ("West Germany / Germany" for
            // Klinsmann).
            let mut names: Vec<&str> = Vec::new();
            for g in goals
                .rows()
                .filter(|g| g.player == e.player && !g.own_goal)
                .filter(|g| team.is_none_or(|t| g.team == t))
            {
                let n = facts.team_name_on(g.team, g.date);
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            if names.is_empty() {
                if let Some(t) = team {
                    names.push(facts.team_name(t));
                }
            }
            (e.clone(), names.join(" / "))
        })
        .collect();
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
    output::print(format!(
        "{title} ({}: {})",
        fu::coverage_text(answer.coverage),
        answer.note.as_deref().unwrap_or_default()
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
            if e.goals.is_exact() {
                e.goals.low.to_string()
            } else {
                format!("at least {}", e.goals.low)
            },
        ]);
    }
    output::print(t)?;
    Ok(exit::OK)
}
