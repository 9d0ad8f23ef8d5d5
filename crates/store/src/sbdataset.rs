//! The write side of a StatsBomb import: the rows `goalline_ingest::statsbomb` produces and a
//! backend stores (matches, line-ups, fact-carrying events, conflicts) and its figures.

use crate::dataset::{Conflict, Prov, SourceFile};
use goalline_core::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Linking and coverage figures of a StatsBomb import.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct StatsbombReport {
    /// International competitions/seasons read (club competitions are skipped: goalline's
    /// canonical data is international football).
    pub competitions: u32,
    /// Club competitions/seasons skipped.
    pub competitions_skipped: u32,
    /// StatsBomb matches read.
    pub matches: u32,
    /// … linked to a canonical match.
    pub matches_linked: u32,
    /// … with a complete events file.
    pub complete: u32,
    /// … with an excerpt.
    pub excerpts: u32,
    /// Fact-carrying events stored.
    pub events: u32,
    /// Line-up players read.
    pub players: u32,
    /// … linked to a canonical player.
    pub players_linked: u32,
    /// How they were linked (`name`, `nickname`, `words`, `shirt`).
    pub players_by: BTreeMap<String, u32>,
    /// Events whose actor is linked, of those with an actor.
    pub event_players_linked: u32,
    /// Events with an actor.
    pub event_players: u32,
    /// Unlinked matches (listed).
    pub unlinked_matches: Vec<String>,
    /// Unlinked players (listed, at most 50).
    pub unlinked_players: Vec<String>,
    /// Goal minute/scorer disagreements with the other sources.
    pub conflicts: u32,
}

impl StatsbombReport {
    /// Share of line-up players linked (0–1).
    pub fn player_rate(&self) -> f64 {
        if self.players == 0 {
            0.0
        } else {
            f64::from(self.players_linked) / f64::from(self.players)
        }
    }
}

/// A StatsBomb match row.
#[derive(Debug, Clone, Serialize)]
pub struct SbMatch {
    /// StatsBomb match id.
    pub sb_id: i64,
    /// Canonical match, when linked.
    pub match_id: Option<i64>,
    /// Competition name.
    pub competition: String,
    /// Season name.
    pub season: String,
    /// Day.
    pub date: Date,
    /// Home team as written.
    pub home_name: String,
    /// Away team as written.
    pub away_name: String,
    /// Canonical home team.
    pub home: Option<i64>,
    /// Canonical away team.
    pub away: Option<i64>,
    /// Home goals.
    pub home_score: Option<u32>,
    /// Away goals.
    pub away_score: Option<u32>,
    /// Stage name.
    pub stage: Option<String>,
    /// `complete`, `excerpt` or `none`.
    pub coverage: &'static str,
    /// Events in the events file.
    pub events: u32,
    /// Events of the upstream file (excerpts).
    pub upstream_events: Option<u32>,
    /// The events file.
    pub events_file: Option<i64>,
    /// The match entry.
    pub prov: Prov,
}

/// A line-up row.
#[derive(Debug, Clone, Serialize)]
pub struct SbLineup {
    /// StatsBomb match id.
    pub sb_match: i64,
    /// Canonical match.
    pub match_id: Option<i64>,
    /// Team as written.
    pub team_name: String,
    /// Canonical team.
    pub team: Option<i64>,
    /// StatsBomb player id.
    pub sb_player: i64,
    /// Name as written.
    pub name: String,
    /// Nickname (`Jorginho`).
    pub nickname: Option<String>,
    /// Shirt number.
    pub jersey: Option<u32>,
    /// Canonical player, when linked.
    pub player: Option<i64>,
    /// How (`name`, `nickname`, `words`, `shirt`) or `unlinked`.
    pub link: String,
    /// In the starting XI.
    pub started: bool,
    /// The line-up entry.
    pub prov: Prov,
}

/// A person named in an event.
#[derive(Debug, Clone, Serialize)]
pub struct SbPerson {
    /// StatsBomb player id.
    pub sb_id: i64,
    /// Name as written.
    pub name: String,
    /// Canonical player, when linked.
    pub player: Option<i64>,
}

/// An event that carries a fact.
#[derive(Debug, Clone, Serialize)]
pub struct SbEvent {
    /// StatsBomb match id.
    pub sb_match: i64,
    /// Canonical match.
    pub match_id: Option<i64>,
    /// Event index.
    pub index: u32,
    /// Event id.
    pub uuid: String,
    /// `shot`, `keeper`, `assist`, `foul_won`, `foul_committed`, `card`, `substitution`, `own_goal`.
    pub kind: &'static str,
    /// Period (1–5).
    pub period: u8,
    /// Elapsed minute.
    pub minute: u16,
    /// Second.
    pub second: u8,
    /// Team as written.
    pub team_name: String,
    /// Canonical team.
    pub team: Option<i64>,
    /// The actor.
    pub player: Option<SbPerson>,
    /// The other person (keeper faced, scorer assisted, fouler, substitute on, shooter saved).
    pub other: Option<SbPerson>,
    /// Shot type, keeper event type, card, substitution reason.
    pub detail: Option<String>,
    /// Shot or keeper outcome.
    pub outcome: Option<String>,
    /// Shot end location (x, y, height).
    pub end: Option<(f64, f64, Option<f64>)>,
    /// Part of a penalty.
    pub penalty: bool,
    /// The event in its file.
    pub prov: Prov,
}

/// Everything a StatsBomb import produced.
#[derive(Debug, Default)]
pub struct SbData {
    /// Source files read.
    pub files: Vec<SourceFile>,
    /// Matches.
    pub matches: Vec<SbMatch>,
    /// Line-up rows.
    pub lineups: Vec<SbLineup>,
    /// Events.
    pub events: Vec<SbEvent>,
    /// Disagreements with the other sources.
    pub conflicts: Vec<Conflict>,
    /// Figures.
    pub report: StatsbombReport,
}
