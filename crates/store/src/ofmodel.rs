//! Rows of the openfootball tables and of source conflicts (schema version 2), returned by
//! [`crate::Store`] queries: plain data with provenance, no behaviour beyond reading it.

use goalline_core::{Date, Evidence, MatchId, Minute, PlayerId, Stage, TeamId};
use serde::Serialize;

/// openfootball's rendering of a match: stage, half-time, extra time, shoot-out, venue.
#[derive(Debug, Clone, Serialize)]
pub struct OfMatchRow {
    /// Canonical match.
    pub match_id: MatchId,
    /// Edition id (`WC-2026`, `EURO-2020`).
    pub edition: String,
    /// Edition name (`UEFA Euro 2020`).
    pub edition_name: String,
    /// Competition as martj42 names it (`FIFA World Cup`, `UEFA Euro`).
    pub competition: String,
    /// Stage, from the file's headings.
    pub stage: Option<Stage>,
    /// The innermost heading as written (`Quarter-finals`, `Group A`).
    pub round: Option<String>,
    /// Group, for group matches.
    pub group_name: Option<String>,
    /// Match number as written.
    pub number: Option<u32>,
    /// Day.
    pub date: Date,
    /// Kick-off as written.
    pub kickoff: Option<String>,
    /// Home team.
    pub home: TeamId,
    /// Away team.
    pub away: TeamId,
    /// Home team as written.
    pub home_name: String,
    /// Away team as written.
    pub away_name: String,
    /// Home goals after extra time.
    pub home_score: u32,
    /// Away goals after extra time.
    pub away_score: u32,
    /// Half-time score.
    pub ht: Option<(u32, u32)>,
    /// Score after 90 minutes when extra time was played.
    pub regulation: Option<(u32, u32)>,
    /// Extra time played.
    pub extra_time: bool,
    /// Shoot-out score (home, away).
    pub pens: Option<(u32, u32)>,
    /// Ground.
    pub stadium: Option<String>,
    /// Town.
    pub city: Option<String>,
    /// Attendance.
    pub attendance: Option<u32>,
    /// Referee.
    pub referee: Option<String>,
    /// The result line.
    pub evidence: Evidence,
}

impl OfMatchRow {
    /// The winner, counting a shoot-out; `None` for a draw.
    pub fn winner(&self) -> Option<TeamId> {
        use std::cmp::Ordering::*;
        match self.home_score.cmp(&self.away_score) {
            Greater => Some(self.home),
            Less => Some(self.away),
            Equal => match self.pens {
                Some((h, a)) if h > a => Some(self.home),
                Some((h, a)) if a > h => Some(self.away),
                _ => None,
            },
        }
    }
}

/// A goal in an openfootball scorer list.
#[derive(Debug, Clone, Serialize)]
pub struct OfGoalRow {
    /// Canonical match.
    pub match_id: MatchId,
    /// Match day.
    pub date: Date,
    /// Edition id.
    pub edition: String,
    /// Team credited.
    pub team: TeamId,
    /// Scorer, when linked.
    pub player: Option<PlayerId>,
    /// The scorer's canonical name, when linked.
    pub player_name: Option<String>,
    /// The scorer's own team (the other side for an own goal).
    pub player_team: TeamId,
    /// Scorer as written.
    pub name: String,
    /// Minute with stoppage time.
    pub minute: Minute,
    /// Own goal.
    pub own_goal: bool,
    /// Penalty.
    pub penalty: bool,
    /// Source row.
    pub evidence: Evidence,
}

/// A player in a line-up: a starter, or a substitute who came on.
#[derive(Debug, Clone, Serialize)]
pub struct LineupRow {
    /// Canonical match.
    pub match_id: MatchId,
    /// Team.
    pub team: TeamId,
    /// Player, when linked.
    pub player: Option<PlayerId>,
    /// Canonical name, when linked.
    pub player_name: Option<String>,
    /// Name as written.
    pub name: String,
    /// Started.
    pub starter: bool,
    /// Captain.
    pub captain: bool,
    /// Came on at.
    pub on: Option<Minute>,
    /// Went off at.
    pub off: Option<Minute>,
    /// Source row.
    pub evidence: Evidence,
}

/// A card shown in a match (openfootball line-ups).
#[derive(Debug, Clone, Serialize)]
pub struct OfCardRow {
    /// Canonical match.
    pub match_id: MatchId,
    /// Team.
    pub team: TeamId,
    /// Player, when linked.
    pub player: Option<PlayerId>,
    /// Name as written.
    pub name: String,
    /// `yellow`, `second_yellow` or `red`.
    pub kind: String,
    /// Minute, when written.
    pub minute: Option<Minute>,
    /// Source row.
    pub evidence: Evidence,
}

/// A shoot-out kick (openfootball), in kick order.
#[derive(Debug, Clone, Serialize)]
pub struct OfKickRow {
    /// Canonical match.
    pub match_id: MatchId,
    /// Kicking team, when known.
    pub team: Option<TeamId>,
    /// Player, when linked.
    pub player: Option<PlayerId>,
    /// Taker as written.
    pub name: String,
    /// Scored.
    pub scored: bool,
    /// Order.
    pub seq: u32,
    /// Source row.
    pub evidence: Evidence,
}

/// A squad row (openfootball): World Cup squads with birth dates, Euro squads with caps and
/// goals at tournament start.
#[derive(Debug, Clone, Serialize)]
pub struct OfSquadRow {
    /// Edition id.
    pub edition: String,
    /// Edition name.
    pub edition_name: String,
    /// Year in the edition's name.
    pub year: i32,
    /// Team.
    pub team: TeamId,
    /// Player, when linked.
    pub player: Option<PlayerId>,
    /// Name as written.
    pub name: String,
    /// Shirt number.
    pub number: Option<u32>,
    /// Position code.
    pub position: Option<String>,
    /// Full birth date.
    pub birth_date: Option<Date>,
    /// Birth year.
    pub birth_year: Option<i32>,
    /// Caps at tournament start.
    pub caps: Option<u32>,
    /// Goals at tournament start.
    pub goals: Option<u32>,
    /// Club.
    pub club: Option<String>,
    /// Source row.
    pub evidence: Evidence,
}

/// A disagreement between two sources, and which side goalline uses.
#[derive(Debug, Clone, Serialize)]
pub struct ConflictRow {
    /// Row id.
    pub id: i64,
    /// `score`, `minute`, `scorer` or `birth`.
    pub kind: String,
    /// Canonical match, for match facts.
    pub match_id: Option<MatchId>,
    /// Competition and edition (`FIFA World Cup 2022`).
    pub tournament: String,
    /// Team concerned.
    pub team: Option<TeamId>,
    /// Player concerned.
    pub player: Option<PlayerId>,
    /// One line for a reader.
    pub description: String,
    /// The documented rule that decided.
    pub rule: String,
    /// The side goalline uses (`text` is the value, e.g. `Lionel Messi 108'`).
    pub preferred: Evidence,
    /// The side it does not.
    pub other: Evidence,
}
