//! `goalline tournament "World Cup 2022"|"Euro 2020"|"Qatar 2022"|"last year's Asian Cup"`:
//! one edition — dates, champion, final standings, awards, the scorer table with its coverage,
//! and the knockout bracket (Fjelstul stages for World Cups, derived from results otherwise).
//! `--json` prints the API's edition (`GET /api/tournaments/{key}?as_of=&limit=`,
//! [`goalline_server::api::tournaments::tournament_as_of`]).

use super::facts_util as fu;
use crate::args::TournamentArgs;
use crate::config::Config;
use crate::exit;
use crate::output;
use anyhow::Result;
use goalline_core::Gender;

/// Runs `goalline tournament`.
pub fn run(cfg: &Config, args: &TournamentArgs) -> Result<u8> {
    let as_of = fu::date_flag("--as-of", args.as_of.as_deref())?;
    let facts = fu::open_facts(cfg)?;
    let gender = args.women.then_some(Gender::Women);
    let full = facts.require_edition(&args.name, as_of, gender)?;
    if cfg.json {
        // `GET /api/tournaments/{key}?as_of=&limit=`, field for field.
        output::json(&goalline_server::api::tournaments::tournament_as_of(
            facts,
            &full,
            as_of,
            Some(args.limit),
        )?)?;
        return Ok(exit::OK);
    }
    // `--as-of` inside the edition: it is in progress that day — matches, goals, scorers and
    // the bracket up to that day; no champion, standings or awards yet.
    let status = match as_of {
        Some(d) if d < full.from => "not_started",
        Some(d) if d < full.to => "in_progress",
        _ => "finished",
    };
    let e = match (status, as_of) {
        ("in_progress", Some(d)) => goalline_facts::tournaments::Edition {
            to: d,
            ..full.clone()
        },
        _ => full.clone(),
    };
    let finished = status == "finished";
    let all_matches = facts.edition_matches(&full)?.len();
    let mut matches = facts.edition_matches(&e)?;
    if !finished {
        matches.retain(|m| as_of.is_none_or(|d| m.date <= d));
    }
    let champion = if finished { facts.champion(&e)? } else { None };
    let mut standings = facts.edition_standings(&e)?;
    let mut awards = facts.edition_awards(&e)?;
    if !finished {
        standings.value.clear();
        awards.clear();
    }
    let mut scorers = facts.edition_scorers(&e)?;
    if status == "not_started" {
        scorers.value.clear();
    }
    let all_scorers = scorers.value.len();
    // Keep everyone tied with the last shown.
    if let Some(cut) = scorers.value.get(args.limit.max(1) - 1).map(|s| s.goals) {
        scorers.value.retain(|s| s.goals >= cut);
    }
    let mut bracket = facts.edition_bracket(&full)?;
    if !finished {
        for r in &mut bracket.value {
            r.matches.retain(|m| as_of.is_none_or(|d| m.date <= d));
        }
        bracket.value.retain(|r| !r.matches.is_empty());
    }
    // Teams as named on the day ("West Germany" in 1974), for display.
    let day_name = |t: goalline_core::TeamId| -> String {
        let canonical = facts.team_name(t);
        let of_day = matches.iter().rev().find_map(|m| {
            if m.home == t {
                Some(m.home_name.as_str())
            } else if m.away == t {
                Some(m.away_name.as_str())
            } else {
                None
            }
        });
        match of_day {
            Some(n) if n != canonical => format!("{n} (now {canonical})"),
            _ => canonical.to_string(),
        }
    };
    let goals: u32 = matches
        .iter()
        .filter_map(|m| m.home_score.zip(m.away_score))
        .map(|(h, a)| h + a)
        .sum();
    output::print(format!(
        "{} · {} to {} · {} matches, {} goals",
        e.label,
        e.from,
        full.to,
        matches.len(),
        goals
    ))?;
    if let (false, Some(d)) = (finished, as_of) {
        output::print(format!(
            "{} on {d}: {} of {all_matches} matches played; no champion, standings or awards yet.",
            if status == "in_progress" {
                "In progress"
            } else {
                "Not started"
            },
            matches.len()
        ))?;
    }
    match &champion {
        _ if !finished => {}
        Some(c) => output::print(format!(
            "Champion: {}{}",
            day_name(c.value),
            c.note
                .as_deref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default()
        ))?,
        None => output::print("Champion: not in the data (no final recorded)")?,
    }
    if !standings.value.is_empty() {
        let line: Vec<String> = standings
            .value
            .iter()
            .map(|s| format!("{}. {}", s.position, day_name(s.team)))
            .collect();
        output::print(format!("Final standings: {}", line.join(" · ")))?;
    }
    if !awards.is_empty() {
        let line: Vec<String> = awards
            .iter()
            .map(|a| {
                format!(
                    "{}: {}",
                    a.award,
                    a.player_name
                        .clone()
                        .unwrap_or_else(|| facts.team_name_on(a.team, e.from).to_string())
                )
            })
            .collect();
        output::print(format!("Awards: {}", line.join(" · ")))?;
    } else if e.competition.contains("World Cup") {
        output::print(format!(
            "Awards: not in any source for {} (Fjelstul's awards end with its last edition).",
            e.label
        ))?;
    } else if e.wc.is_none() && finished {
        output::print("Awards: recorded for World Cups only.")?;
    }
    output::print(format!(
        "Scorers ({} with a goal; coverage: {}):",
        all_scorers,
        fu::coverage_text(scorers.coverage)
    ))?;
    let mut t = output::table(&["player", "team", "goals"]);
    for s in &scorers.value {
        t.add_row(vec![
            s.name.clone(),
            facts.team_name_on(s.team, e.from).to_string(),
            if scorers.coverage.is_exact() {
                s.goals.to_string()
            } else {
                format!("at least {}", s.goals)
            },
        ]);
    }
    output::print(t)?;
    fu::print_note(&scorers.note)?;
    if bracket.value.is_empty() {
        output::print(format!(
            "Bracket: {}",
            bracket.note.as_deref().unwrap_or("no knockout rounds")
        ))?;
    } else {
        output::print("Bracket:")?;
        for r in &bracket.value {
            let games: Vec<String> = r
                .matches
                .iter()
                .map(|m| {
                    let pens = facts
                        .store()
                        .shootout(m.id)
                        .ok()
                        .flatten()
                        .map(|s| format!(" ({} on pens)", facts.team_name_on(s.winner, m.date)))
                        .unwrap_or_default();
                    format!(
                        "{} {} {}{pens}",
                        m.home_name,
                        fu::score(m.home_score, m.away_score),
                        m.away_name
                    )
                })
                .collect();
            output::print(format!("  {:<16} {}", r.stage.label(), games.join(" · ")))?;
        }
        if e.wc.is_none() {
            fu::print_note(&bracket.note)?;
        }
    }
    Ok(exit::OK)
}
