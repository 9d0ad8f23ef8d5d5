//! `goalline coverage TEAM`: goals scored versus goals with a known scorer.

use crate::args::CoverageArgs;
use crate::config::Config;
use crate::exit;
use crate::output::{self, thousands};
use anyhow::{Context, Result};
use goalline_core::Date;
use goalline_facts::{coverage, TeamIndex};

fn parse_date(flag: &str, s: &Option<String>) -> Result<Option<Date>> {
    s.as_deref()
        .map(|s| {
            Date::parse_from_str(s, "%Y-%m-%d")
                .with_context(|| format!("{flag} {s:?}: expected a date YYYY-MM-DD"))
        })
        .transpose()
}

/// Runs `goalline coverage`.
pub fn run(cfg: &Config, args: &CoverageArgs) -> Result<u8> {
    let from = parse_date("--from", &args.from)?;
    let to = parse_date("--to", &args.to)?;
    let store = super::open_store(cfg)?;
    let teams = TeamIndex::load(&*store)?;
    let team = teams.require(&args.team, to, Some(goalline_core::Gender::Men))?;
    let c = coverage::team_coverage(&*store, team, from, to)?;
    if cfg.json {
        output::json(&serde_json::json!({
            "team": teams.name(team),
            "coverage": c,
            "goals_unknown": c.goals_unknown(),
            "share": c.share(),
        }))?;
        return Ok(exit::OK);
    }
    let span = match (from, to) {
        (None, None) => "all time".to_string(),
        (Some(f), None) => format!("from {f}"),
        (None, Some(t)) => format!("up to {t}"),
        (Some(f), Some(t)) => format!("{f} to {t}"),
    };
    output::print(format!(
        "{} ({span}): {} of {} goals have a known scorer ({:.1}%); {} goals have none.",
        teams.name(team),
        thousands(c.goals_with_scorer.into()),
        thousands(c.goals.into()),
        100.0 * c.share(),
        thousands(c.goals_unknown().into())
    ))?;
    output::print(format!(
        "{} matches, {} with every goal's scorer known, {} with an unknown score.",
        thousands(c.matches.into()),
        thousands(c.matches_complete.into()),
        c.matches_unknown_score
    ))?;
    let mut t = output::table(&["competition", "goals", "with scorer", "coverage"]);
    for (comp, g, k) in &c.by_competition {
        let pct = if *g == 0 {
            "–".into()
        } else {
            format!("{:.0}%", 100.0 * f64::from(*k) / f64::from(*g))
        };
        t.add_row(vec![comp.clone(), g.to_string(), k.to_string(), pct]);
    }
    output::print(t)?;
    output::print("Source: martj42 goalscorers.csv (no friendlies, no British Home Championship); a career tally from it is a lower bound.")?;
    Ok(exit::OK)
}
