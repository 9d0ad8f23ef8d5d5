//! Coverage of scorer data: for a team over a date range, how many of its goals have a known
//! scorer. Computed match by match: a match is complete when its scorer rows account for every
//! goal of the side.

use crate::FactsError;
use goalline_core::{Date, Evidence, TeamId};
use goalline_store::{MatchRow, Store};
use serde::Serialize;

/// Scorer coverage of one team over a span.
#[derive(Debug, Clone, Serialize)]
pub struct TeamCoverage {
    /// The team.
    pub team: TeamId,
    /// First day considered (inclusive), if bounded.
    pub from: Option<Date>,
    /// Last day considered (inclusive), if bounded.
    pub to: Option<Date>,
    /// Matches played.
    pub matches: u32,
    /// Matches whose score is unknown (`NA`).
    pub matches_unknown_score: u32,
    /// Matches where every goal of the team has a scorer row.
    pub matches_complete: u32,
    /// Goals scored (known scores only).
    pub goals: u32,
    /// Goals with a scorer row.
    pub goals_with_scorer: u32,
    /// Coverage by competition: (competition, goals, goals with scorer).
    pub by_competition: Vec<(String, u32, u32)>,
    /// A sample of incomplete matches (most recent first), as evidence.
    pub incomplete_sample: Vec<Evidence>,
}

impl TeamCoverage {
    /// Goals whose scorer is unknown.
    pub fn goals_unknown(&self) -> u32 {
        self.goals - self.goals_with_scorer
    }

    /// Share of goals with a scorer.
    pub fn share(&self) -> f64 {
        if self.goals == 0 {
            1.0
        } else {
            f64::from(self.goals_with_scorer) / f64::from(self.goals)
        }
    }
}

/// Computes a team's scorer coverage between `from` and `to` (inclusive).
pub fn team_coverage(
    store: &dyn Store,
    team: TeamId,
    from: Option<Date>,
    to: Option<Date>,
) -> Result<TeamCoverage, FactsError> {
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            return Err(FactsError::BadQuestion(format!(
                "--to {t} is before --from {f}"
            )));
        }
    }
    let matches = store.team_matches(team, from, to)?;
    Ok(summarise(team, from, to, &matches))
}

/// Summarises coverage over already-fetched matches.
pub fn summarise(
    team: TeamId,
    from: Option<Date>,
    to: Option<Date>,
    matches: &[MatchRow],
) -> TeamCoverage {
    let mut c = TeamCoverage {
        team,
        from,
        to,
        matches: 0,
        matches_unknown_score: 0,
        matches_complete: 0,
        goals: 0,
        goals_with_scorer: 0,
        by_competition: Vec::new(),
        incomplete_sample: Vec::new(),
    };
    let mut by_comp: std::collections::BTreeMap<&str, (u32, u32)> = Default::default();
    for m in matches
        .iter()
        .filter(|m| m.gender == goalline_core::Gender::Men)
    {
        c.matches += 1;
        let Some(g) = m.goals_for(team) else {
            c.matches_unknown_score += 1;
            continue;
        };
        let k = m.known_for(team).min(g);
        c.goals += g;
        c.goals_with_scorer += k;
        let e = by_comp.entry(m.tournament.as_str()).or_default();
        e.0 += g;
        e.1 += k;
        if k == g {
            c.matches_complete += 1;
        }
    }
    for m in matches
        .iter()
        .rev()
        .filter(|m| m.goals_for(team).is_some_and(|g| m.known_for(team) < g))
        .take(5)
    {
        c.incomplete_sample.push(m.evidence.clone());
    }
    let mut comps: Vec<(String, u32, u32)> = by_comp
        .into_iter()
        .map(|(k, (g, n))| (k.to_string(), g, n))
        .collect();
    comps.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    c.by_competition = comps;
    c
}
