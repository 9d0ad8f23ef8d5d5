//! `goalline team NAME [--as-of DATE] [--women]`: a team's all-time scorers (ranked with ties,
//! tallies as bounds), its World Cup history and best finish, and its shootout record.
//! `--json` prints the API's team answer (`GET /api/teams/{name}`,
//! [`goalline_server::api::teams::team_view`]).

use super::facts_util as fu;
use crate::args::TeamArgs;
use crate::config::Config;
use crate::exit;
use crate::output;
use anyhow::Result;
use goalline_core::{Coverage, Gender, Tally};
use goalline_facts::records::TableEntry;
use goalline_facts::Answer;

/// Runs `goalline team`.
pub fn run(cfg: &Config, args: &TeamArgs) -> Result<u8> {
    let as_of = fu::date_flag("--as-of", args.as_of.as_deref())?;
    let facts = fu::open_facts(cfg)?;
    let gender = fu::gender(args.women);
    let team = fu::team(facts, &args.name, as_of, gender)?;
    if cfg.json {
        // `GET /api/teams/{name}`: scorers as `/scorers`, history as `/tournaments`.
        output::json(&goalline_server::api::teams::team_view(
            facts, &args.name, team, gender, as_of, args.limit,
        )?)?;
        return Ok(exit::OK);
    }
    let scorers: Answer<Vec<TableEntry>> = match gender {
        Gender::Men => facts.team_top_scorers(team, as_of, args.limit)?,
        Gender::Women => womens_scorers(facts, team, as_of, args.limit)?,
    };
    let tournaments = facts.wc_tournaments()?;
    let later = facts.later_world_cups(gender)?;
    let finishes: Vec<_> = facts
        .wc_finishes(team, gender)?
        .into_iter()
        .filter(|f| {
            as_of.is_none_or(|d| {
                tournaments
                    .iter()
                    .any(|t| t.id == f.tournament && t.end_date <= d)
                    || later.edition_of(&f.tournament).is_some_and(|e| e.to <= d)
            })
        })
        .collect();
    let best = finishes.iter().max_by_key(|f| (f.score(), f.year));
    let shootouts = match gender {
        Gender::Men => Some(facts.shootout_record(team, as_of)?),
        Gender::Women => None,
    };
    // "USSR" is Russia's former name: say so, since the answer is filed under Russia.
    let name_note = facts.teams().alias_note(&args.name, team);
    let span = as_of.map(|d| format!(" up to {d}")).unwrap_or_default();
    output::print(format!(
        "{} ({}){span}",
        facts.team_name(team),
        gender.as_str()
    ))?;
    if let Some(n) = &name_note {
        output::print(format!("Note: {n}."))?;
    }
    output::print(format!(
        "Top scorers ({}): {}",
        match gender {
            Gender::Men => "martj42 scorer rows",
            Gender::Women => "Women's World Cup goals only",
        },
        fu::coverage_text(scorers.coverage)
    ))?;
    let mut t = output::table(&["rank", "player", "goals", "place"]);
    for e in &scorers.value {
        let tied = scorers.value.iter().filter(|x| x.rank == e.rank).count() > 1;
        let rank = if tied {
            format!("={}", e.rank)
        } else {
            e.rank.to_string()
        };
        let place = if e.certain {
            "certain".to_string()
        } else {
            format!("{}–{} (intervals overlap)", e.places[0], e.places[1])
        };
        t.add_row(vec![rank, e.name.clone(), goals_cell(e.goals), place]);
    }
    output::print(t)?;
    fu::print_note(&scorers.note)?;
    if finishes.is_empty() {
        output::print("World Cups: none played.")?;
    } else {
        let mut t = output::table(&["World Cup", "matches", "reached", "finish"]);
        for f in &finishes {
            t.add_row(vec![
                f.year.to_string(),
                f.matches.to_string(),
                f.stage.label().to_string(),
                f.label(),
            ]);
        }
        let sources = if finishes
            .iter()
            .any(|f| later.edition_of(&f.tournament).is_some())
        {
            "Fjelstul; later editions from martj42 results and openfootball stages"
        } else {
            "Fjelstul"
        };
        output::print(format!(
            "World Cups ({sources}, exact): {} played",
            finishes.len()
        ))?;
        output::print(t)?;
        if let Some(b) = best {
            let titles: Vec<String> = finishes
                .iter()
                .filter(|f| f.position == Some(1))
                .map(|f| f.year.to_string())
                .collect();
            output::print(format!(
                "Best finish: {} ({}){}",
                b.label(),
                b.year,
                if titles.is_empty() {
                    String::new()
                } else {
                    format!("; titles: {}", titles.join(", "))
                }
            ))?;
        }
    }
    if let Some(s) = &shootouts {
        output::print(format!(
            "Shootouts{span}: won {}, lost {} (martj42 shootouts.csv)",
            s.value.won, s.value.lost
        ))?;
        if let Some((m, so)) = s.value.shootouts.last() {
            output::print(format!(
                "  last: {} {} {} {}, won by {}",
                m.date,
                m.home_name,
                fu::score(m.home_score, m.away_score),
                m.away_name,
                facts.team_name_on(so.winner, m.date)
            ))?;
        }
    }
    Ok(exit::OK)
}

fn goals_cell(t: Tally) -> String {
    if t.is_exact() {
        t.low.to_string()
    } else if t.is_unbounded() {
        format!("at least {}", t.low)
    } else {
        format!("at least {} (≤ {})", t.low, t.high)
    }
}

/// Women's World Cup scorers of a team: lower bounds of their international tallies.
fn womens_scorers(
    facts: &goalline_facts::Facts,
    team: goalline_core::TeamId,
    as_of: Option<goalline_core::Date>,
    limit: usize,
) -> Result<Answer<Vec<TableEntry>>> {
    let goals = facts.wc_goals(Gender::Women)?;
    let mut counts: std::collections::HashMap<goalline_core::PlayerId, (String, u32)> =
        Default::default();
    for g in goals
        .iter()
        .filter(|g| !g.own_goal && g.team == team && as_of.is_none_or(|d| g.date <= d))
    {
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
        out.push(TableEntry::new(rank, p, name, Tally::at_least(c)));
    }
    Ok(Answer {
        value: out,
        evidence: Vec::new(),
        coverage: Coverage::LowerBound,
        note: Some(
            "women's internationals outside the World Cup are in no dataset: these are World Cup goals, lower bounds of career tallies".into(),
        ),
    })
}
