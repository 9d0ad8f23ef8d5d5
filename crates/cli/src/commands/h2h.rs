//! `goalline h2h A B [--as-of DATE] [--women]`: the head-to-head record of two teams, with the
//! matches behind it (the latest `--limit`, newest first; `--json` prints the API's structure with
//! the same matches). A match decided on penalties counts as a draw (the score after extra time).

use super::facts_util as fu;
use crate::args::H2hArgs;
use crate::config::Config;
use crate::exit;
use crate::output;
use anyhow::{bail, Result};
use goalline_server::api::teams::head_to_head_view;

/// Runs `goalline h2h`.
pub fn run(cfg: &Config, args: &H2hArgs) -> Result<u8> {
    let as_of = fu::date_flag("--as-of", args.as_of.as_deref())?;
    let facts = fu::open_facts(cfg)?;
    let gender = fu::gender(args.women);
    let a = fu::team(facts, &args.a, as_of, gender)?;
    let b = fu::team(facts, &args.b, as_of, gender)?;
    if a == b {
        bail!("{} and {} are the same team", args.a, args.b);
    }
    // The API's vocabulary (`team`/`opponent`, `wins`/`draws`/`losses`, `goals_for`…): the
    // CLI and `GET /api/teams/{name}/head-to-head/{opponent}` print the same structure.
    let mut view = head_to_head_view(facts, a, b, as_of, gender)?;
    let latest = view.matches.len().saturating_sub(args.limit.max(1));
    view.matches.drain(..latest);
    if cfg.json {
        output::json(&view)?;
        return Ok(exit::OK);
    }
    let (an, bn) = (view.team.as_str(), view.opponent.as_str());
    let span = as_of.map(|d| format!(" up to {d}")).unwrap_or_default();
    output::print(format!(
        "{an} v {bn} ({}){span}: {} matches — {an} {} wins, {} draws, {bn} {} wins; goals {}–{}{}",
        if view.coverage.kind == "exact" {
            gender.as_str().to_string()
        } else {
            format!("{}, World Cup meetings only", gender.as_str())
        },
        view.played,
        view.wins,
        view.draws,
        view.losses,
        view.goals_for,
        view.goals_against,
        if view.unknown_score > 0 {
            format!("; {} matches with unknown score", view.unknown_score)
        } else {
            String::new()
        }
    ))?;
    if !view.matches.is_empty() {
        let mut t = output::table(&["date", "home", "score", "away", "competition", "stage"]);
        // Newest first.
        for l in view.matches.iter().rev() {
            let m = &l.r#match;
            let mut sc = fu::score(m.home_score, m.away_score);
            if let Some(tag) = &l.outcome.tag {
                sc.push_str(&format!(" ({tag})"));
            }
            t.add_row(vec![
                m.date.to_string(),
                m.home.clone(),
                sc,
                m.away.clone(),
                m.competition.clone(),
                l.outcome
                    .stage
                    .as_ref()
                    .map_or(String::new(), |s| s.label.to_string()),
            ]);
        }
        output::print(format!(
            "Last {} meetings, newest first (a match won on penalties counts as a draw):",
            view.matches.len()
        ))?;
        output::print(t)?;
    }
    Ok(exit::OK)
}
