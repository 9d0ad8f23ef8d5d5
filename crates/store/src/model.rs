//! Rows returned by [`crate::Store`] queries: plain data with provenance, no behaviour.

use goalline_core::{Date, Evidence, Gender, MatchId, Source, TeamId};
use serde::Serialize;

/// A canonical team.
#[derive(Debug, Clone, Serialize)]
pub struct TeamRow {
    /// Id.
    pub id: TeamId,
    /// Current name.
    pub name: String,
    /// Code, where known.
    pub code: Option<String>,
    /// Confederation, where known.
    pub confederation: Option<String>,
}

/// Another name of a team.
#[derive(Debug, Clone, Serialize)]
pub struct AliasRow {
    /// Team.
    pub team: TeamId,
    /// Alias as written.
    pub alias: String,
    /// Folded form.
    pub folded: String,
    /// Kind (`former`, `fjelstul`, `nickname`…).
    pub kind: String,
    /// Gender restriction.
    pub gender: Option<Gender>,
    /// Valid from.
    pub valid_from: Option<Date>,
    /// Valid to.
    pub valid_to: Option<Date>,
}

/// A canonical match with its scorer coverage.
#[derive(Debug, Clone, Serialize)]
pub struct MatchRow {
    /// Id.
    pub id: MatchId,
    /// Day.
    pub date: Date,
    /// Men's or women's.
    pub gender: Gender,
    /// Home team.
    pub home: TeamId,
    /// Away team.
    pub away: TeamId,
    /// Home as named on the day.
    pub home_name: String,
    /// Away as named on the day.
    pub away_name: String,
    /// Home goals (after extra time), `None` if unknown.
    pub home_score: Option<u32>,
    /// Away goals.
    pub away_score: Option<u32>,
    /// Competition.
    pub tournament: String,
    /// City.
    pub city: Option<String>,
    /// Country.
    pub country: Option<String>,
    /// Neutral ground.
    pub neutral: bool,
    /// Scorer rows for the home side.
    pub home_known: u32,
    /// Scorer rows for the away side.
    pub away_known: u32,
    /// Fjelstul match id when linked.
    pub wc_match: Option<String>,
    /// Source row.
    pub evidence: Evidence,
}

impl MatchRow {
    /// Goals scored by `team` in this match (`None` if unknown or not playing).
    pub fn goals_for(&self, team: TeamId) -> Option<u32> {
        if team == self.home {
            self.home_score
        } else if team == self.away {
            self.away_score
        } else {
            None
        }
    }

    /// Scorer rows for `team`.
    pub fn known_for(&self, team: TeamId) -> u32 {
        if team == self.home {
            self.home_known
        } else if team == self.away {
            self.away_known
        } else {
            0
        }
    }

    /// The opponent of `team`.
    pub fn opponent(&self, team: TeamId) -> TeamId {
        if team == self.home {
            self.away
        } else {
            self.home
        }
    }
}

/// Builds evidence from a stored (source, path, line).
pub fn evidence(source: &str, path: &str, line: u32, text: String) -> Evidence {
    Evidence::new(
        Source::parse(source).unwrap_or(Source::Martj42),
        path,
        line,
        text,
    )
}
