//! Rows returned by [`crate::Store`] queries: plain data with provenance, no behaviour.

use goalline_core::{Date, Evidence, Gender, MatchId, Minute, PlayerId, Source, Stage, TeamId};
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

/// A martj42 scorer row with its match day.
#[derive(Debug, Clone, Serialize)]
pub struct ScorerRow {
    /// Row id (file order).
    pub id: i64,
    /// Match.
    pub match_id: MatchId,
    /// Match day.
    pub date: Date,
    /// Team credited with the goal.
    pub team: TeamId,
    /// Scorer as written, `None` for `NA`.
    pub scorer: Option<String>,
    /// Canonical player.
    pub player: Option<PlayerId>,
    /// Minute (stoppage folded in), `None` for `NA`.
    pub minute: Option<u16>,
    /// Own goal.
    pub own_goal: bool,
    /// Penalty.
    pub penalty: bool,
    /// Source row.
    pub evidence: Evidence,
}

/// A team's men's match with goals not known by scorer (derived at import, see
/// [`crate::Store::team_unattributed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct UnattributedRow {
    /// Match day.
    pub date: Date,
    /// The match.
    pub match_id: MatchId,
    /// Goals for the team; `None` when the score is unknown.
    pub goals: Option<u32>,
    /// Goals for the team without a martj42 scorer row (0 when the score is unknown).
    pub unattributed: u32,
}

/// A Fjelstul goal.
#[derive(Debug, Clone, Serialize)]
pub struct WcGoalRow {
    /// Match.
    pub match_id: MatchId,
    /// Fjelstul match id.
    pub wc_match: String,
    /// Match day.
    pub date: Date,
    /// Tournament id (`WC-2022`).
    pub tournament: String,
    /// Team credited.
    pub team: TeamId,
    /// Scorer.
    pub player: PlayerId,
    /// Scorer's display name.
    pub player_name: String,
    /// Scorer's own team.
    pub player_team: TeamId,
    /// Minute with stoppage time.
    pub minute: Minute,
    /// Period (`first half`, `extra time, second half`…).
    pub period: String,
    /// Own goal.
    pub own_goal: bool,
    /// Penalty.
    pub penalty: bool,
    /// Source row.
    pub evidence: Evidence,
}

/// A canonical player.
#[derive(Debug, Clone, Serialize)]
pub struct PlayerRow {
    /// Id.
    pub id: PlayerId,
    /// Fjelstul id.
    pub wc_id: Option<String>,
    /// Display name.
    pub name: String,
    /// Given name.
    pub given_name: Option<String>,
    /// Family name.
    pub family_name: Option<String>,
    /// Birth date.
    pub birth_date: Option<Date>,
    /// Men's or women's player.
    pub gender: Gender,
    /// For martj42-only players, their team.
    pub team: Option<TeamId>,
    /// Source row.
    pub evidence: Evidence,
}

/// World Cup details of a match (Fjelstul).
#[derive(Debug, Clone, Serialize)]
pub struct WcInfo {
    /// Canonical match.
    pub match_id: MatchId,
    /// `M-2022-60`.
    pub wc_match: String,
    /// `WC-2022`.
    pub tournament: String,
    /// `2022 FIFA Men's World Cup`.
    pub tournament_name: String,
    /// Year.
    pub year: i32,
    /// Men's or women's.
    pub gender: Gender,
    /// Stage.
    pub stage: Stage,
    /// Stage as written.
    pub stage_name: String,
    /// Group.
    pub group_name: Option<String>,
    /// Day.
    pub date: Date,
    /// Kick-off.
    pub time: Option<String>,
    /// Stadium.
    pub stadium: String,
    /// City.
    pub city: String,
    /// Country.
    pub country: String,
    /// Home.
    pub home: TeamId,
    /// Away.
    pub away: TeamId,
    /// Home goals after extra time.
    pub home_score: u32,
    /// Away goals after extra time.
    pub away_score: u32,
    /// Extra time played.
    pub extra_time: bool,
    /// Shootout.
    pub penalty_shootout: bool,
    /// Home shootout score.
    pub home_pens: Option<u32>,
    /// Away shootout score.
    pub away_pens: Option<u32>,
    /// Source row.
    pub evidence: Evidence,
}

impl WcInfo {
    /// The winner, counting a shootout; `None` for a draw.
    pub fn winner(&self) -> Option<TeamId> {
        use std::cmp::Ordering::*;
        match self.home_score.cmp(&self.away_score) {
            Greater => Some(self.home),
            Less => Some(self.away),
            Equal => match (self.home_pens, self.away_pens) {
                (Some(h), Some(a)) if h > a => Some(self.home),
                (Some(h), Some(a)) if a > h => Some(self.away),
                _ => None,
            },
        }
    }
}

/// A place a match was played at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlaceRow {
    /// Its name as a source writes it.
    pub name: String,
    /// `stadium`, `city` or `country`.
    pub kind: String,
}

/// A Fjelstul tournament.
#[derive(Debug, Clone, Serialize)]
pub struct WcTournamentRow {
    /// `WC-2022`.
    pub id: String,
    /// Name.
    pub name: String,
    /// Year.
    pub year: i32,
    /// Men's or women's.
    pub gender: Gender,
    /// First day.
    pub start_date: Date,
    /// Last day.
    pub end_date: Date,
    /// Host as written.
    pub host: String,
    /// Winner as written.
    pub winner: String,
    /// Teams.
    pub count_teams: u32,
    /// Source row.
    pub evidence: Evidence,
}

/// A player's appearance in a World Cup match.
#[derive(Debug, Clone, Serialize)]
pub struct AppearanceRow {
    /// Match.
    pub match_id: MatchId,
    /// `M-2022-60`.
    pub wc_match: String,
    /// `WC-2022`.
    pub tournament: String,
    /// Match day.
    pub date: Date,
    /// Team.
    pub team: TeamId,
    /// Player.
    pub player: PlayerId,
    /// Player name.
    pub player_name: String,
    /// Started.
    pub starter: bool,
    /// Came on.
    pub substitute: bool,
    /// Position code.
    pub position: String,
    /// Source row.
    pub evidence: Evidence,
}

/// A World Cup squad entry.
#[derive(Debug, Clone, Serialize)]
pub struct SquadRow {
    /// `WC-2022`.
    pub tournament: String,
    /// Year.
    pub year: i32,
    /// Team.
    pub team: TeamId,
    /// Player.
    pub player: PlayerId,
    /// Shirt number.
    pub shirt: Option<u32>,
    /// Position code.
    pub position: String,
    /// Source row.
    pub evidence: Evidence,
}

/// An award won at a World Cup.
#[derive(Debug, Clone, Serialize)]
pub struct AwardRow {
    /// `WC-2018`.
    pub tournament: String,
    /// Year.
    pub year: i32,
    /// Men's or women's.
    pub gender: Gender,
    /// `Golden Boot`.
    pub award: String,
    /// Shared.
    pub shared: bool,
    /// Player.
    pub player: Option<PlayerId>,
    /// Player name.
    pub player_name: Option<String>,
    /// Team.
    pub team: TeamId,
    /// Source row.
    pub evidence: Evidence,
}

/// A final standing at a World Cup.
#[derive(Debug, Clone, Serialize)]
pub struct StandingRow {
    /// `WC-2018`.
    pub tournament: String,
    /// Year.
    pub year: i32,
    /// Men's or women's.
    pub gender: Gender,
    /// 1 = champions.
    pub position: u32,
    /// Team.
    pub team: TeamId,
    /// Source row.
    pub evidence: Evidence,
}

/// A shootout (martj42).
#[derive(Debug, Clone, Serialize)]
pub struct ShootoutRow {
    /// Match.
    pub match_id: MatchId,
    /// Winner.
    pub winner: TeamId,
    /// First to kick, if known.
    pub first_shooter: Option<TeamId>,
    /// Source row.
    pub evidence: Evidence,
}

/// A shootout kick at a World Cup (Fjelstul), in kick order.
#[derive(Debug, Clone, Serialize)]
pub struct KickRow {
    /// Match.
    pub match_id: MatchId,
    /// Team.
    pub team: TeamId,
    /// Kicker.
    pub player: PlayerId,
    /// Kicker's name.
    pub player_name: String,
    /// Scored.
    pub converted: bool,
    /// Order in the file.
    pub seq: u32,
    /// Source row.
    pub evidence: Evidence,
}

/// A booking at a World Cup (Fjelstul keeps a second yellow as one row at the first yellow).
#[derive(Debug, Clone, Serialize)]
pub struct BookingRow {
    /// Match.
    pub match_id: MatchId,
    /// Team.
    pub team: TeamId,
    /// Player.
    pub player: PlayerId,
    /// Player name.
    pub player_name: String,
    /// Minute.
    pub minute: Minute,
    /// Yellow card.
    pub yellow: bool,
    /// Straight red.
    pub red: bool,
    /// Second yellow.
    pub second_yellow: bool,
    /// Sent off.
    pub sending_off: bool,
    /// Source row.
    pub evidence: Evidence,
}

/// One side of a substitution at a World Cup.
#[derive(Debug, Clone, Serialize)]
pub struct SubstitutionRow {
    /// Match.
    pub match_id: MatchId,
    /// Team.
    pub team: TeamId,
    /// Player.
    pub player: PlayerId,
    /// Player name.
    pub player_name: String,
    /// Minute.
    pub minute: Minute,
    /// Came on (else went off).
    pub coming_on: bool,
    /// Source row.
    pub evidence: Evidence,
}

/// A player's exact tally for a team at the end of a day (a caps/goals snapshot).
#[derive(Debug, Clone, Serialize)]
pub struct SnapshotRow {
    /// Player.
    pub player: PlayerId,
    /// Team.
    pub team: TeamId,
    /// The tally holds at the end of this day.
    pub date: Date,
    /// Caps, when given.
    pub caps: Option<u32>,
    /// Goals.
    pub goals: u32,
    /// Source row.
    pub evidence: Evidence,
}
