//! `goalline h2h A B [--as-of DATE] [--women]`: the head-to-head record of two teams, with the
//! matches behind it. A match decided on penalties counts as a draw (the score after extra time).

use super::facts_util as fu;
use crate::args::H2hArgs;
use crate::config::Config;
use crate::exit;
use crate::output;
use anyhow::{bail, Result};

/// Runs `goalline h2h`.
pub fn run(cfg: &Config, args: &H2hArgs) -> Result<u8> {
    let as_of = fu::date_flag("--as-of", args.as_of.as_deref())?;
    let facts = fu::open_facts(cfg)?;
    let gender = fu::gender(args.women);
    let a = fu::team(&facts, &args.a, as_of, gender)?;
    let b = fu::team(&facts, &args.b, as_of, gender)?;
    if a == b {
        bail!("{} and {} are the same team", args.a, args.b);
    }
    let h = facts.head_to_head(a, b, as_of, gender)?;
    let v = &h.value;
    let (an, bn) = (facts.team_name(a), facts.team_name(b));
    if cfg.json {
        output::json(&serde_json::json!({
            "a": an, "b": bn, "as_of": as_of, "gender": gender,
            "a_wins": v.a_wins, "draws": v.draws, "b_wins": v.b_wins,
            "a_goals": v.a_goals, "b_goals": v.b_goals, "unknown_score": v.unknown,
            "played": v.matches.len(),
            "matches": v.matches,
            "coverage": h.coverage,
            "scope": h.note,
        }))?;
        return Ok(exit::OK);
    }
    let span = as_of.map(|d| format!(" up to {d}")).unwrap_or_default();
    output::print(format!(
        "{an} v {bn} ({}){span}: {} matches — {an} {} wins, {} draws, {bn} {} wins; goals {}–{}{}",
        if h.coverage.is_exact() {
            gender.as_str().to_string()
        } else {
            format!("{}, World Cup meetings only", gender.as_str())
        },
        v.matches.len(),
        v.a_wins,
        v.draws,
        v.b_wins,
        v.a_goals,
        v.b_goals,
        if v.unknown > 0 {
            format!("; {} matches with unknown score", v.unknown)
        } else {
            String::new()
        }
    ))?;
    fu::print_note(&h.note)?;
    let shown = &v.matches[v.matches.len().saturating_sub(args.limit.max(1))..];
    if !shown.is_empty() {
        let mut t = output::table(&["date", "home", "score", "away", "competition"]);
        for m in shown {
            t.add_row(vec![
                m.date.to_string(),
                m.home_name.clone(),
                fu::score(m.home_score, m.away_score),
                m.away_name.clone(),
                m.tournament.clone(),
            ]);
        }
        output::print(format!(
            "Last {} meetings (a match won on penalties counts as a draw):",
            shown.len()
        ))?;
        output::print(t)?;
    }
    Ok(exit::OK)
}
