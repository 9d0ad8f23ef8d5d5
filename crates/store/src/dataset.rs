//! The rows an import hands to a backend: every source row, validated and linked by
//! `goalline-ingest`, ready to store (the write-side model; [`crate::model`] is the read side).
//!
//! Ids are assigned by ingest (1-based, dense) so that every backend writes them as primary keys
//! and ends up with the same ids for the same input.

use goalline_core::{Date, Gender, Minute, Source, Stage};
use serde::Serialize;

/// A source file that was read, with its checksum (for idempotent re-imports) and row count.
#[derive(Debug, Clone, Serialize)]
pub struct SourceFile {
    /// 1-based id.
    pub id: i64,
    /// Dataset.
    pub source: Source,
    /// Path relative to the data directory.
    pub path: String,
    /// sha256 of the bytes, hex.
    pub sha256: String,
    /// Data rows accepted.
    pub rows: u32,
}

/// Where a row came from: file id and 1-based line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Prov {
    /// [`SourceFile::id`].
    pub file: i64,
    /// 1-based line.
    pub line: u32,
}

/// A canonical national team (martj42 current name).
#[derive(Debug, Clone, Serialize)]
pub struct Team {
    /// 1-based id.
    pub id: i64,
    /// Current name as martj42 writes it.
    pub name: String,
    /// FIFA-style three-letter code, where a source gives one.
    pub code: Option<String>,
    /// Confederation code (UEFA, CAF…), where known.
    pub confederation: Option<String>,
}

/// Another name for a team: former names with date ranges, Fjelstul names and codes,
/// nicknames and adjectives.
#[derive(Debug, Clone, Serialize)]
pub struct TeamAlias {
    /// The team.
    pub team: i64,
    /// The alias as written.
    pub alias: String,
    /// `former`, `historical`, `fjelstul`, `code`, `name`, `nickname`, `adjective`.
    pub kind: String,
    /// `men`, `women` or `None` for both.
    pub gender: Option<Gender>,
    /// First day the alias applies (inclusive), if limited.
    pub valid_from: Option<Date>,
    /// Last day the alias applies (inclusive), if limited.
    pub valid_to: Option<Date>,
    /// Where the alias comes from (`None`: goalline's reference table).
    pub prov: Option<Prov>,
}

/// A canonical match.
#[derive(Debug, Clone, Serialize)]
pub struct Match {
    /// 1-based id.
    pub id: i64,
    /// Match day.
    pub date: Date,
    /// Men's or women's.
    pub gender: Gender,
    /// Home team (canonical).
    pub home: i64,
    /// Away team (canonical).
    pub away: i64,
    /// Home team as named on the day (e.g. `West Germany`).
    pub home_name: String,
    /// Away team as named on the day.
    pub away_name: String,
    /// Goals including extra time, excluding shootouts; `None` when unknown (`NA`).
    pub home_score: Option<u32>,
    /// Away goals.
    pub away_score: Option<u32>,
    /// Competition as martj42 names it (`FIFA World Cup`, `Friendly`…).
    pub tournament: String,
    /// City.
    pub city: Option<String>,
    /// Country.
    pub country: Option<String>,
    /// Played on neutral ground.
    pub neutral: bool,
    /// martj42 scorer rows credited to the home side (own goals included).
    pub home_known: u32,
    /// martj42 scorer rows credited to the away side.
    pub away_known: u32,
    /// The Fjelstul match id (`M-2022-60`) when linked.
    pub wc_match: Option<String>,
    /// The row this match comes from.
    pub source: Source,
    /// Provenance.
    pub prov: Prov,
}

/// A martj42 goalscorers.csv row.
#[derive(Debug, Clone, Serialize)]
pub struct ScorerRow {
    /// 1-based id.
    pub id: i64,
    /// The match.
    pub match_id: i64,
    /// The team credited with the goal.
    pub team: i64,
    /// Scorer as written (`None` for `NA`).
    pub scorer: Option<String>,
    /// Canonical player, once linked.
    pub player: Option<i64>,
    /// Minute (stoppage folded in), `None` for `NA`.
    pub minute: Option<u16>,
    /// Own goal.
    pub own_goal: bool,
    /// Penalty.
    pub penalty: bool,
    /// Provenance.
    pub prov: Prov,
}

/// A martj42 shootouts.csv row.
#[derive(Debug, Clone, Serialize)]
pub struct ShootoutRow {
    /// The match.
    pub match_id: i64,
    /// Winner.
    pub winner: i64,
    /// Team that kicked first, when known.
    pub first_shooter: Option<i64>,
    /// Provenance.
    pub prov: Prov,
}

/// A canonical player (from Fjelstul players.csv, or a martj42 scorer name with its team).
#[derive(Debug, Clone, Serialize)]
pub struct Player {
    /// 1-based id.
    pub id: i64,
    /// Fjelstul id (`P-58924`) when the player comes from Fjelstul.
    pub wc_id: Option<String>,
    /// Display name (`Harry Kane`, `Neymar`).
    pub name: String,
    /// Given name, when split.
    pub given_name: Option<String>,
    /// Family name, when split.
    pub family_name: Option<String>,
    /// Birth date.
    pub birth_date: Option<Date>,
    /// Where the birth date comes from when it is not the player's own row (an openfootball
    /// squad line filling a birth date the other sources lack).
    pub birth_prov: Option<Prov>,
    /// Women's player.
    pub gender: Gender,
    /// For martj42-only players: the team they scored for.
    pub team: Option<i64>,
    /// Provenance.
    pub prov: Prov,
}

/// How a martj42 scorer name was linked to a Fjelstul player.
#[derive(Debug, Clone, Serialize)]
pub struct PlayerLink {
    /// Scorer as written in goalscorers.csv.
    pub scorer: String,
    /// Team.
    pub team: i64,
    /// `linked`, `ambiguous` or `unlinked`.
    pub status: LinkStatus,
    /// The Fjelstul-backed player when linked.
    pub player: Option<i64>,
    /// Candidate players when ambiguous.
    pub candidates: Vec<i64>,
    /// How the link was made (`goal`, `name`, `name+team`…).
    pub method: String,
}

/// Outcome of linking one name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkStatus {
    /// One candidate.
    Linked,
    /// Several candidates; none chosen.
    Ambiguous,
    /// No candidate.
    Unlinked,
}

impl LinkStatus {
    /// Stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkStatus::Linked => "linked",
            LinkStatus::Ambiguous => "ambiguous",
            LinkStatus::Unlinked => "unlinked",
        }
    }
}

/// A Fjelstul tournament (`WC-2022`).
#[derive(Debug, Clone, Serialize)]
pub struct Tournament {
    /// `WC-2022`.
    pub id: String,
    /// `2022 FIFA Men's World Cup`.
    pub name: String,
    /// Year.
    pub year: i32,
    /// Men's or women's.
    pub gender: Gender,
    /// First day.
    pub start_date: Date,
    /// Last day.
    pub end_date: Date,
    /// Host country as written.
    pub host: String,
    /// Winner as written.
    pub winner: String,
    /// Number of teams.
    pub count_teams: u32,
    /// Provenance.
    pub prov: Prov,
}

/// A stage of a Fjelstul tournament.
#[derive(Debug, Clone, Serialize)]
pub struct TournamentStage {
    /// Tournament.
    pub tournament: String,
    /// Order within the tournament.
    pub number: u32,
    /// Normalised stage.
    pub stage: Stage,
    /// As written.
    pub stage_name: String,
    /// First day.
    pub start_date: Date,
    /// Last day.
    pub end_date: Date,
    /// Matches.
    pub count_matches: u32,
    /// Teams.
    pub count_teams: u32,
    /// Provenance.
    pub prov: Prov,
}

/// A Fjelstul team (`T-28`) and its canonical team.
#[derive(Debug, Clone, Serialize)]
pub struct WcTeam {
    /// `T-28`.
    pub id: String,
    /// Canonical team.
    pub team: i64,
    /// Name as Fjelstul writes it (`West Germany`).
    pub name: String,
    /// Code (`ENG`).
    pub code: String,
    /// Has a men's side in the data.
    pub mens: bool,
    /// Has a women's side in the data.
    pub womens: bool,
    /// Confederation code.
    pub confederation: String,
    /// Provenance.
    pub prov: Prov,
}

/// A Fjelstul match.
#[derive(Debug, Clone, Serialize)]
pub struct WcMatch {
    /// `M-2022-60`.
    pub id: String,
    /// Canonical match.
    pub match_id: i64,
    /// Tournament.
    pub tournament: String,
    /// Normalised stage.
    pub stage: Stage,
    /// As written.
    pub stage_name: String,
    /// Group, when a group match.
    pub group_name: Option<String>,
    /// Day.
    pub date: Date,
    /// Kick-off, local.
    pub time: Option<String>,
    /// Stadium.
    pub stadium: String,
    /// City.
    pub city: String,
    /// Country.
    pub country: String,
    /// Home team (canonical).
    pub home: i64,
    /// Away team (canonical).
    pub away: i64,
    /// Home team Fjelstul id.
    pub home_wc: String,
    /// Away team Fjelstul id.
    pub away_wc: String,
    /// Home goals (after extra time).
    pub home_score: u32,
    /// Away goals.
    pub away_score: u32,
    /// Went to extra time.
    pub extra_time: bool,
    /// Decided by a shootout.
    pub penalty_shootout: bool,
    /// Home shootout goals.
    pub home_pens: Option<u32>,
    /// Away shootout goals.
    pub away_pens: Option<u32>,
    /// Replayed (1934/1938 replays).
    pub replay: bool,
    /// Provenance.
    pub prov: Prov,
}

/// A Fjelstul goal.
#[derive(Debug, Clone, Serialize)]
pub struct WcGoal {
    /// `G-0001`.
    pub id: String,
    /// Fjelstul match.
    pub wc_match: String,
    /// Canonical match.
    pub match_id: i64,
    /// Team credited.
    pub team: i64,
    /// Player.
    pub player: i64,
    /// Team the player plays for (differs for own goals).
    pub player_team: i64,
    /// Minute.
    pub minute: Minute,
    /// `first half`, `second half, stoppage time`, `extra time`…
    pub period: String,
    /// Own goal.
    pub own_goal: bool,
    /// Penalty.
    pub penalty: bool,
    /// Provenance.
    pub prov: Prov,
}

/// A shootout kick (Fjelstul penalty_kicks.csv).
#[derive(Debug, Clone, Serialize)]
pub struct PenaltyKick {
    /// `PK-001`.
    pub id: String,
    /// Fjelstul match.
    pub wc_match: String,
    /// Canonical match.
    pub match_id: i64,
    /// Team.
    pub team: i64,
    /// Kicker.
    pub player: i64,
    /// Scored.
    pub converted: bool,
    /// Order in the file (kick order within the match).
    pub seq: u32,
    /// Provenance.
    pub prov: Prov,
}

/// A player's appearance in a World Cup match.
#[derive(Debug, Clone, Serialize)]
pub struct Appearance {
    /// Fjelstul match.
    pub wc_match: String,
    /// Canonical match.
    pub match_id: i64,
    /// Team.
    pub team: i64,
    /// Player.
    pub player: i64,
    /// Shirt number.
    pub shirt: Option<u32>,
    /// Position code (GK, DF…).
    pub position: String,
    /// In the starting line-up.
    pub starter: bool,
    /// Came on as a substitute.
    pub substitute: bool,
    /// Provenance.
    pub prov: Prov,
}

/// A squad member at a World Cup.
#[derive(Debug, Clone, Serialize)]
pub struct SquadMember {
    /// Tournament.
    pub tournament: String,
    /// Team.
    pub team: i64,
    /// Player.
    pub player: i64,
    /// Shirt number.
    pub shirt: Option<u32>,
    /// Position code.
    pub position: String,
    /// Provenance.
    pub prov: Prov,
}

/// An award (`A-4` Golden Boot).
#[derive(Debug, Clone, Serialize)]
pub struct Award {
    /// `A-4`.
    pub id: String,
    /// `Golden Boot`.
    pub name: String,
    /// What it rewards.
    pub description: String,
    /// Year introduced.
    pub year_introduced: i32,
    /// Provenance.
    pub prov: Prov,
}

/// An award winner.
#[derive(Debug, Clone, Serialize)]
pub struct AwardWinner {
    /// Tournament.
    pub tournament: String,
    /// Award.
    pub award: String,
    /// Shared with another winner.
    pub shared: bool,
    /// Player, when the award goes to a player.
    pub player: Option<i64>,
    /// Team.
    pub team: i64,
    /// Provenance.
    pub prov: Prov,
}

/// Final position of a team at a tournament (top four).
#[derive(Debug, Clone, Serialize)]
pub struct Standing {
    /// Tournament.
    pub tournament: String,
    /// 1 = champions.
    pub position: u32,
    /// Team.
    pub team: i64,
    /// Provenance.
    pub prov: Prov,
}

/// A row of a group table.
#[derive(Debug, Clone, Serialize)]
pub struct GroupStanding {
    /// Tournament.
    pub tournament: String,
    /// Stage.
    pub stage: Stage,
    /// Group name.
    pub group_name: String,
    /// Position in the group.
    pub position: u32,
    /// Team.
    pub team: i64,
    /// Played, won, drawn, lost, for, against, points.
    pub played: u32,
    /// Wins.
    pub wins: u32,
    /// Draws.
    pub draws: u32,
    /// Losses.
    pub losses: u32,
    /// Goals for.
    pub goals_for: u32,
    /// Goals against.
    pub goals_against: u32,
    /// Points.
    pub points: u32,
    /// Went through.
    pub advanced: bool,
    /// Provenance.
    pub prov: Prov,
}

/// A booking (Fjelstul stores a second yellow as one row at the first yellow's minute).
#[derive(Debug, Clone, Serialize)]
pub struct Booking {
    /// Fjelstul match.
    pub wc_match: String,
    /// Canonical match.
    pub match_id: i64,
    /// Team.
    pub team: i64,
    /// Player.
    pub player: i64,
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
    /// Provenance.
    pub prov: Prov,
}

/// One side of a substitution.
#[derive(Debug, Clone, Serialize)]
pub struct Substitution {
    /// Fjelstul match.
    pub wc_match: String,
    /// Canonical match.
    pub match_id: i64,
    /// Team.
    pub team: i64,
    /// Player.
    pub player: i64,
    /// Minute.
    pub minute: Minute,
    /// Left the pitch.
    pub going_off: bool,
    /// Came on.
    pub coming_on: bool,
    /// Provenance.
    pub prov: Prov,
}

/// Everything an import produces.
#[derive(Debug, Default, Serialize)]
pub struct Dataset {
    /// Files read.
    pub files: Vec<SourceFile>,
    /// Canonical teams.
    pub teams: Vec<Team>,
    /// Team aliases.
    pub team_aliases: Vec<TeamAlias>,
    /// Canonical matches.
    pub matches: Vec<Match>,
    /// martj42 scorer rows.
    pub scorers: Vec<ScorerRow>,
    /// martj42 shootouts.
    pub shootouts: Vec<ShootoutRow>,
    /// Canonical players.
    pub players: Vec<Player>,
    /// martj42 name → player links.
    pub player_links: Vec<PlayerLink>,
    /// Fjelstul tournaments.
    pub tournaments: Vec<Tournament>,
    /// Fjelstul stages.
    pub stages: Vec<TournamentStage>,
    /// Fjelstul teams.
    pub wc_teams: Vec<WcTeam>,
    /// Fjelstul matches.
    pub wc_matches: Vec<WcMatch>,
    /// Fjelstul goals.
    pub wc_goals: Vec<WcGoal>,
    /// Shootout kicks.
    pub penalty_kicks: Vec<PenaltyKick>,
    /// Appearances.
    pub appearances: Vec<Appearance>,
    /// Squads.
    pub squads: Vec<SquadMember>,
    /// Awards.
    pub awards: Vec<Award>,
    /// Award winners.
    pub award_winners: Vec<AwardWinner>,
    /// Final standings.
    pub standings: Vec<Standing>,
    /// Group tables.
    pub group_standings: Vec<GroupStanding>,
    /// Bookings.
    pub bookings: Vec<Booking>,
    /// Substitutions.
    pub substitutions: Vec<Substitution>,
    /// The openfootball import: its own tables, snapshots and conflicts (its players, matches,
    /// files and birth dates are merged into the tables above by [`Dataset::apply`]).
    pub openfootball: OfAdditions,
}

/// A birth date an openfootball squad line gives a player whom the other sources left without
/// one.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct BirthFill {
    /// The player (an existing canonical player).
    pub player: i64,
    /// The birth date.
    pub date: Date,
    /// The squad line.
    pub prov: Prov,
}

/// What the openfootball import adds to a dataset of the CSV sources. It is computed from a
/// read-only view of that dataset (so the CSV tables can be written meanwhile) and merged with
/// [`Dataset::apply`]; ids continue those of the dataset it was computed from.
#[derive(Debug, Default, Serialize)]
pub struct OfAdditions {
    /// Football.TXT files imported.
    pub files: Vec<SourceFile>,
    /// Players created from openfootball names.
    pub players: Vec<Player>,
    /// Birth dates filled on existing players.
    pub birth_fills: Vec<BirthFill>,
    /// Canonical matches created from openfootball (none in the shared data).
    pub matches: Vec<Match>,
    /// openfootball editions (World Cups and Euros).
    pub editions: Vec<OfEdition>,
    /// openfootball matches, one per canonical match (renderings merged).
    pub matches_of: Vec<OfMatch>,
    /// openfootball goals.
    pub goals: Vec<OfGoal>,
    /// openfootball line-up entries (starters and substitutes).
    pub appearances: Vec<OfAppearance>,
    /// openfootball cards.
    pub cards: Vec<OfCard>,
    /// openfootball shoot-out kicks.
    pub kicks: Vec<OfKick>,
    /// openfootball squad rows.
    pub squads: Vec<OfSquad>,
    /// Caps/goals snapshots (a player's exact tally on a day).
    pub snapshots: Vec<Snapshot>,
    /// Disagreements between sources.
    pub conflicts: Vec<Conflict>,
}

/// The rows of a dataset that are settled once matches are linked: files, teams, matches,
/// shoot-outs and the Fjelstul World Cup tables. Player linking reads them but never changes
/// them, so they can be written meanwhile.
#[derive(Debug, Clone, Copy)]
pub struct SettledRows<'a> {
    /// Source files of the CSV sources.
    pub files: &'a [SourceFile],
    /// Canonical teams.
    pub teams: &'a [Team],
    /// Team aliases.
    pub team_aliases: &'a [TeamAlias],
    /// Canonical matches.
    pub matches: &'a [Match],
    /// martj42 shoot-outs.
    pub shootouts: &'a [ShootoutRow],
    /// Tournaments.
    pub tournaments: &'a [Tournament],
    /// Stages.
    pub stages: &'a [TournamentStage],
    /// Teams.
    pub wc_teams: &'a [WcTeam],
    /// Matches.
    pub wc_matches: &'a [WcMatch],
    /// Goals.
    pub wc_goals: &'a [WcGoal],
    /// Shoot-out kicks.
    pub penalty_kicks: &'a [PenaltyKick],
    /// Appearances.
    pub appearances: &'a [Appearance],
    /// Squads.
    pub squads: &'a [SquadMember],
    /// Awards.
    pub awards: &'a [Award],
    /// Award winners.
    pub award_winners: &'a [AwardWinner],
    /// Final standings.
    pub standings: &'a [Standing],
    /// Group tables.
    pub group_standings: &'a [GroupStanding],
    /// Bookings.
    pub bookings: &'a [Booking],
    /// Substitutions.
    pub substitutions: &'a [Substitution],
}

impl Dataset {
    /// The settled rows (see [`SettledRows`]).
    pub fn settled_rows(&self) -> SettledRows<'_> {
        SettledRows {
            files: &self.files,
            teams: &self.teams,
            team_aliases: &self.team_aliases,
            matches: &self.matches,
            shootouts: &self.shootouts,
            tournaments: &self.tournaments,
            stages: &self.stages,
            wc_teams: &self.wc_teams,
            wc_matches: &self.wc_matches,
            wc_goals: &self.wc_goals,
            penalty_kicks: &self.penalty_kicks,
            appearances: &self.appearances,
            squads: &self.squads,
            awards: &self.awards,
            award_winners: &self.award_winners,
            standings: &self.standings,
            group_standings: &self.group_standings,
            bookings: &self.bookings,
            substitutions: &self.substitutions,
        }
    }

    /// Merges openfootball's additions: files, players and matches are appended (their ids
    /// already continue this dataset's), birth dates filled, the rest kept in
    /// [`Dataset::openfootball`].
    pub fn apply(&mut self, mut add: OfAdditions) {
        self.files.append(&mut add.files);
        self.players.append(&mut add.players);
        self.matches.append(&mut add.matches);
        for f in add.birth_fills.drain(..) {
            if let Some(p) = self.players.get_mut((f.player - 1) as usize) {
                p.birth_date = Some(f.date);
                p.birth_prov = Some(f.prov);
            }
        }
        self.openfootball = add;
    }
}

/// A tournament edition as openfootball renders it: `WC-2022` or `EURO-2020`.
#[derive(Debug, Clone, Serialize)]
pub struct OfEdition {
    /// `WC-2022` (the same id as Fjelstul's tournament) or `EURO-2020`.
    pub id: String,
    /// The competition as martj42 names it: `FIFA World Cup` or `UEFA Euro`.
    pub competition: String,
    /// `FIFA World Cup 2022`, `UEFA Euro 2020`.
    pub name: String,
    /// The year in the edition's name (2020 for the Euro played in 2021).
    pub year: i32,
    /// Day of the first match (the eve of it is the squads' snapshot date).
    pub first_date: Date,
    /// Day of the last match with a date.
    pub last_date: Date,
    /// Matches with a result.
    pub matches: u32,
    /// The results file's title line.
    pub prov: Prov,
}

/// How an openfootball match found its canonical match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchLink {
    /// A canonical match with the same teams on the same day.
    SameDay,
    /// A canonical match with the same teams one day apart (time zones).
    Shifted,
    /// No date in the file: the only canonical match of these teams in the edition's year.
    Undated,
    /// No canonical match: one was created from openfootball.
    Created,
}

impl MatchLink {
    /// Stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchLink::SameDay => "same_day",
            MatchLink::Shifted => "shifted",
            MatchLink::Undated => "undated",
            MatchLink::Created => "created",
        }
    }
}

/// An openfootball match: the renderings of one match (`cup.txt` or `cup_finals.txt` for the
/// result and goals, `more/YYYY_full.txt` for line-ups) merged into one row.
#[derive(Debug, Clone, Serialize)]
pub struct OfMatch {
    /// 1-based id.
    pub id: i64,
    /// Canonical match.
    pub match_id: i64,
    /// Edition (`WC-2022`, `EURO-2020`).
    pub edition: String,
    /// Stage, from the headings.
    pub stage: Option<Stage>,
    /// The innermost heading, e.g. `Quarter-finals` or `Group A`.
    pub round: Option<String>,
    /// Group, when a group match.
    pub group_name: Option<String>,
    /// Match number as written (`(73)`).
    pub number: Option<u32>,
    /// Day (the file's, or the canonical match's for undated Euro group matches).
    pub date: Date,
    /// Kick-off as written (`18:00 UTC+3`).
    pub kickoff: Option<String>,
    /// Home team (canonical).
    pub home: i64,
    /// Away team (canonical).
    pub away: i64,
    /// Home team as written.
    pub home_name: String,
    /// Away team as written.
    pub away_name: String,
    /// Home goals after extra time, shoot-out excluded.
    pub home_score: u32,
    /// Away goals.
    pub away_score: u32,
    /// Half-time score.
    pub ht: Option<(u32, u32)>,
    /// Score after 90 minutes, for matches that went to extra time.
    pub regulation: Option<(u32, u32)>,
    /// Went to extra time.
    pub extra_time: bool,
    /// Shoot-out score (home, away).
    pub pens: Option<(u32, u32)>,
    /// Ground.
    pub stadium: Option<String>,
    /// Town.
    pub city: Option<String>,
    /// Attendance.
    pub attendance: Option<u32>,
    /// Referee as written.
    pub referee: Option<String>,
    /// How the canonical match was found.
    pub link: MatchLink,
    /// The match in the file its goals come from, when that is not `prov` (a `_full.txt`
    /// rendering supplying scorers that `cup.txt` lacks).
    pub goals_prov: Option<Prov>,
    /// The match in the file its line-ups come from (`more/YYYY_full.txt`).
    pub lineups_prov: Option<Prov>,
    /// The result line.
    pub prov: Prov,
}

/// A goal in an openfootball scorer list.
#[derive(Debug, Clone, Serialize)]
pub struct OfGoal {
    /// openfootball match.
    pub of_match: i64,
    /// Canonical match.
    pub match_id: i64,
    /// Team credited.
    pub team: i64,
    /// Scorer (canonical), when linked.
    pub player: Option<i64>,
    /// The scorer's own team (the other side for an own goal).
    pub player_team: i64,
    /// Scorer as written.
    pub name: String,
    /// Minute with stoppage time.
    pub minute: Minute,
    /// Own goal.
    pub own_goal: bool,
    /// Penalty.
    pub penalty: bool,
    /// Order in the scorer list.
    pub seq: u32,
    /// Provenance.
    pub prov: Prov,
}

/// A player in an openfootball line-up (a starter or a substitute who came on).
#[derive(Debug, Clone, Serialize)]
pub struct OfAppearance {
    /// openfootball match.
    pub of_match: i64,
    /// Canonical match.
    pub match_id: i64,
    /// Team.
    pub team: i64,
    /// Player (canonical), when linked.
    pub player: Option<i64>,
    /// Name as written.
    pub name: String,
    /// In the starting line-up.
    pub starter: bool,
    /// Captain.
    pub captain: bool,
    /// Came on at (substitutes, when written).
    pub on: Option<Minute>,
    /// Went off at (when written).
    pub off: Option<Minute>,
    /// Order in the team's line-up (starters in file order, each followed by the substitutes
    /// who replaced them).
    pub seq: u32,
    /// Provenance.
    pub prov: Prov,
}

/// A card in an openfootball line-up.
#[derive(Debug, Clone, Serialize)]
pub struct OfCard {
    /// openfootball match.
    pub of_match: i64,
    /// Canonical match.
    pub match_id: i64,
    /// Team.
    pub team: i64,
    /// Player (canonical), when linked.
    pub player: Option<i64>,
    /// Name as written.
    pub name: String,
    /// `yellow`, `second_yellow` or `red`.
    pub kind: String,
    /// Minute, when written.
    pub minute: Option<Minute>,
    /// Provenance.
    pub prov: Prov,
}

/// A shoot-out kick in openfootball.
#[derive(Debug, Clone, Serialize)]
pub struct OfKick {
    /// openfootball match.
    pub of_match: i64,
    /// Canonical match.
    pub match_id: i64,
    /// Kicking team, when the file lets it be inferred.
    pub team: Option<i64>,
    /// Player (canonical), when linked.
    pub player: Option<i64>,
    /// Taker as written.
    pub name: String,
    /// Scored.
    pub scored: bool,
    /// Order of the kick.
    pub seq: u32,
    /// Provenance.
    pub prov: Prov,
}

/// A squad row in openfootball (World Cup `more/YYYY_squads.txt`, Euro `squads/*.txt`).
#[derive(Debug, Clone, Serialize)]
pub struct OfSquad {
    /// Edition.
    pub edition: String,
    /// Team.
    pub team: i64,
    /// Player (canonical), when linked.
    pub player: Option<i64>,
    /// Name as written.
    pub name: String,
    /// Shirt number.
    pub number: Option<u32>,
    /// Position code (`GK`, `DF`, `MF`, `FW`, `MG`).
    pub position: Option<String>,
    /// Full birth date.
    pub birth_date: Option<Date>,
    /// Birth year.
    pub birth_year: Option<i32>,
    /// Caps at the start of the tournament.
    pub caps: Option<u32>,
    /// Goals at the start of the tournament.
    pub goals: Option<u32>,
    /// Club as written.
    pub club: Option<String>,
    /// Provenance.
    pub prov: Prov,
}

/// A player's exact caps and goals for a team at the end of a day.
#[derive(Debug, Clone, Serialize)]
pub struct Snapshot {
    /// Player.
    pub player: i64,
    /// Team.
    pub team: i64,
    /// The tally holds at the end of this day.
    pub date: Date,
    /// Caps.
    pub caps: Option<u32>,
    /// Goals.
    pub goals: u32,
    /// Dataset.
    pub source: Source,
    /// Human rendering.
    pub text: String,
    /// Provenance.
    pub prov: Prov,
}

/// What sources disagree on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// The final score or the shoot-out result of a match.
    Score,
    /// The minute of the same goal.
    Minute,
    /// Who scored a goal (or whether it was a penalty or an own goal).
    Scorer,
    /// A player's birth date.
    Birth,
}

impl ConflictKind {
    /// All kinds.
    pub const ALL: [ConflictKind; 4] = [
        ConflictKind::Score,
        ConflictKind::Minute,
        ConflictKind::Scorer,
        ConflictKind::Birth,
    ];

    /// Stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            ConflictKind::Score => "score",
            ConflictKind::Minute => "minute",
            ConflictKind::Scorer => "scorer",
            ConflictKind::Birth => "birth",
        }
    }

    /// Reads the stored spelling.
    pub fn parse(s: &str) -> Option<ConflictKind> {
        ConflictKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One source's side of a disagreement.
#[derive(Debug, Clone, Serialize)]
pub struct ConflictSide {
    /// Dataset.
    pub source: Source,
    /// What it says, e.g. `Lionel Messi 108'`.
    pub value: String,
    /// The row that says it.
    pub prov: Prov,
}

/// A disagreement between two sources, with the value goalline prefers and why.
#[derive(Debug, Clone, Serialize)]
pub struct Conflict {
    /// What is disputed.
    pub kind: ConflictKind,
    /// Canonical match (none for a birth date).
    pub match_id: Option<i64>,
    /// Competition and edition, e.g. `FIFA World Cup 2022` or `UEFA Euro 2020`.
    pub tournament: String,
    /// Team concerned, when one is.
    pub team: Option<i64>,
    /// Player concerned, when one is.
    pub player: Option<i64>,
    /// One line for a reader.
    pub description: String,
    /// The side goalline uses.
    pub preferred: ConflictSide,
    /// The side it does not.
    pub other: ConflictSide,
    /// The documented rule that decided.
    pub rule: String,
}
