//! Rows of the StatsBomb tables (schema version 3), returned by [`crate::Store`] queries: plain
//! data with provenance. What the rows mean (display minutes, over the bar, coverage rules) is
//! the facts engine's business (`goalline_facts::events`).

use goalline_core::{Date, Evidence, MatchId, PlayerId, TeamId};
use serde::Serialize;

/// How fully a StatsBomb events file covers its match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SbCoverage {
    /// Every event of the match: supports facts and proves absences.
    Complete,
    /// Some events of the match: supports facts, never proves an absence.
    Excerpt,
    /// No events file: line-ups and the result only.
    None,
}

impl SbCoverage {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            SbCoverage::Complete => "complete",
            SbCoverage::Excerpt => "excerpt",
            SbCoverage::None => "none",
        }
    }

    /// Reads the stored name back (unknown names read as `None`).
    pub fn parse(s: &str) -> SbCoverage {
        match s {
            "complete" => SbCoverage::Complete,
            "excerpt" => SbCoverage::Excerpt,
            _ => SbCoverage::None,
        }
    }
}

/// A StatsBomb match and its coverage.
#[derive(Debug, Clone, Serialize)]
pub struct SbMatchRow {
    /// StatsBomb's match id.
    pub sb_id: i64,
    /// The canonical match, when linked.
    pub match_id: Option<MatchId>,
    /// Competition as StatsBomb names it (`FIFA World Cup`).
    pub competition: String,
    /// Season as StatsBomb names it (`2022`).
    pub season: String,
    /// Day.
    pub date: Date,
    /// Home team as StatsBomb names it.
    pub home_name: String,
    /// Away team as StatsBomb names it.
    pub away_name: String,
    /// Canonical home team, when resolved.
    pub home: Option<TeamId>,
    /// Canonical away team, when resolved.
    pub away: Option<TeamId>,
    /// Home goals.
    pub home_score: Option<u32>,
    /// Away goals.
    pub away_score: Option<u32>,
    /// Stage as StatsBomb names it (`Quarter-finals`).
    pub stage: Option<String>,
    /// Coverage of the events file.
    pub coverage: SbCoverage,
    /// Events held.
    pub events: u32,
    /// Events of the whole upstream file (excerpts only).
    pub upstream_events: Option<u32>,
    /// The events file, relative to the data directory, if any.
    pub events_file: Option<String>,
    /// The match entry.
    pub evidence: Evidence,
}

/// One StatsBomb event that carries a fact.
#[derive(Debug, Clone, Serialize)]
pub struct SbEventRow {
    /// StatsBomb match id.
    pub sb_match: i64,
    /// Canonical match, when linked.
    pub match_id: Option<MatchId>,
    /// StatsBomb's event index (1-based order in the upstream file).
    pub index: u32,
    /// StatsBomb's event id (UUID).
    pub uuid: String,
    /// `shot`, `keeper`, `assist`, `foul_won`, `foul_committed`, `card`, `substitution`, `own_goal`.
    pub kind: String,
    /// 1, 2 (halves), 3, 4 (extra time), 5 (shoot-out).
    pub period: u8,
    /// Elapsed minutes (StatsBomb's `minute`: 83 for 83:35).
    pub minute: u16,
    /// Seconds.
    pub second: u8,
    /// Team of the acting player, as StatsBomb names it.
    pub team_name: String,
    /// Canonical team, when resolved.
    pub team: Option<TeamId>,
    /// StatsBomb player id of the actor.
    pub sb_player: Option<i64>,
    /// Canonical player of the actor, when linked.
    pub player: Option<PlayerId>,
    /// The actor's name as StatsBomb writes it.
    pub player_name: Option<String>,
    /// StatsBomb id of the other person (keeper faced, scorer assisted, fouler, substitute on).
    pub other_sb_player: Option<i64>,
    /// Canonical player of the other person, when linked.
    pub other: Option<PlayerId>,
    /// The other person's name as StatsBomb writes it.
    pub other_name: Option<String>,
    /// Shot type, keeper event type, card, substitution reason.
    pub detail: Option<String>,
    /// Shot outcome, keeper outcome.
    pub outcome: Option<String>,
    /// Shot end location in yards (x, y, height when given).
    pub end: Option<(f64, f64, Option<f64>)>,
    /// The event is part of a penalty (a penalty shot, a foul that won or gave one).
    pub penalty: bool,
    /// The event in the events file.
    pub evidence: Evidence,
}
