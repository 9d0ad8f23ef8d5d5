//! The typed output of the parser: documents, matches, goals, line-ups and squad rows.
//!
//! This module owns the *shape* of what a Football.TXT file says, with every item carrying the
//! 1-based source line it came from (provenance). It must not parse text or do I/O; values are
//! kept as the file writes them (team and player names are not normalised or linked here).

use chrono::NaiveTime;
use goalline_core::{Date, Minute, Stage};
use serde::{Deserialize, Serialize};

/// One parsed Football.TXT file.
///
/// A file may hold matches (`cup.txt`, `euro.txt`, `more/2022_full.txt`), squad rows
/// (`more/2022_squads.txt`, `squads/england.txt`) or both; the parser does not need to be told
/// which kind it reads.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Document {
    /// The label given to the parser, usually the path relative to the data directory.
    pub label: String,
    /// The tournament header (`= World Cup 2022`), if the file has one.
    pub title: Option<Title>,
    /// Every stage heading (`▪ Round of 16`, `▪▪ Group A`, `==Europe (UEFA)==`) in file order.
    pub headings: Vec<Heading>,
    /// Schedule summary lines (`▪ Quarter-finals | Fri Dec 9 - Sat Dec 10`).
    pub schedule: Vec<ScheduleEntry>,
    /// Group tables (`Group A | Qatar  Ecuador  Senegal  Netherlands`).
    pub groups: Vec<GroupTable>,
    /// Matches (results and fixtures) in file order.
    pub matches: Vec<Match>,
    /// Squad rows in file order.
    pub squads: Vec<SquadEntry>,
    /// Things that parsed but look wrong (a weekday that does not fit the date, more scorers
    /// than goals…). Warnings never stop parsing.
    pub warnings: Vec<Warning>,
}

impl Document {
    /// Total number of goal rows over all matches.
    pub fn goal_count(&self) -> usize {
        self.matches.iter().map(|m| m.goals.len()).sum()
    }

    /// Number of matches that carry both line-ups.
    pub fn lineup_count(&self) -> usize {
        self.matches.iter().filter(|m| m.lineups.is_some()).count()
    }
}

/// The tournament header, e.g. `= World Cup 2022` or `= England - Euro 2021`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Title {
    /// The header text without the `=` marks and trailing comment.
    pub text: String,
    /// The last four-digit year in the text; dates without a year take it.
    pub year: Option<i32>,
    /// 1-based source line.
    pub line: u32,
}

/// A heading that opens a section of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heading {
    /// Nesting level: the number of `▪` marks (1 for `▪ Final`, 2 for `▪▪ Group A`);
    /// wiki-style section headings (`==Europe (UEFA)==`) have level 0.
    pub level: u8,
    /// The heading text, e.g. `Round of 16`.
    pub text: String,
    /// 1-based source line.
    pub line: u32,
}

/// A schedule summary line: a named round and the dates it spans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduleEntry {
    /// The round name, e.g. `Matchday 1` or `Quarter-finals`.
    pub name: String,
    /// First day.
    pub start: Date,
    /// Last day (equal to `start` for a single day).
    pub end: Date,
    /// 1-based source line.
    pub line: u32,
}

/// A group table line, `Group A | Qatar  Ecuador  Senegal  Netherlands`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupTable {
    /// The group name, e.g. `Group A`.
    pub name: String,
    /// Team names as written, in file order (separated by two or more spaces in the file).
    pub teams: Vec<String>,
    /// 1 for the first group stage, 2 when the table is declared after matches were played
    /// (the second group stages of 1974–1982).
    pub phase: u8,
    /// 1-based source line.
    pub line: u32,
}

/// Home or away: which team of a match something belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The first-named team.
    Home,
    /// The second-named team.
    Away,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Home => Side::Away,
            Side::Away => Side::Home,
        }
    }
}

/// Whether a match line reports a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchStatus {
    /// A result is given.
    Played,
    /// A fixture without a result (`A1 v A2 @ Cardiff`).
    Scheduled,
    /// Marked `n/p`: the match was not played (e.g. Sweden–Austria 1938).
    NotPlayed,
}

/// How extra time could end early.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SuddenDeath {
    /// `(aet/gg)`: golden goal.
    GoldenGoal,
    /// `(aet/sg)`: silver goal.
    SilverGoal,
}

/// A result: `1-1 a.e.t. (1-1, 1-0), 1-3 pen.` and its spellings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// The final score as written first (after extra time when `aet`), excluding the shootout.
    pub ft: (u8, u8),
    /// Half-time score, if given.
    pub ht: Option<(u8, u8)>,
    /// Score after 90 minutes, given in parentheses for matches that went to extra time.
    pub regulation: Option<(u8, u8)>,
    /// True when the match went to extra time (`a.e.t.`, `aet`).
    pub aet: bool,
    /// Penalty shoot-out result (`1-3 pen.`), if any.
    pub pens: Option<(u8, u8)>,
    /// Golden or silver goal, when marked (`(aet/gg)`).
    pub sudden_death: Option<SuddenDeath>,
}

impl Score {
    /// A plain result without half-time, extra time or shoot-out.
    pub fn new(home: u8, away: u8) -> Score {
        Score {
            ft: (home, away),
            ht: None,
            regulation: None,
            aet: false,
            pens: None,
            sudden_death: None,
        }
    }

    /// Goals of one side in `ft`.
    pub fn goals(&self, side: Side) -> u8 {
        match side {
            Side::Home => self.ft.0,
            Side::Away => self.ft.1,
        }
    }
}

/// A kick-off time with its zone as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KickOff {
    /// Clock time as written.
    pub time: NaiveTime,
    /// The zone as written (`UTC+3`, `CET`, `EEST`), if any.
    pub zone: Option<String>,
    /// Offset from UTC in minutes when the zone is known (`UTC+3` → 180, `CEST` → 120).
    pub utc_offset_minutes: Option<i32>,
    /// A second rendering given in parentheses, e.g. the local time in
    /// `18:00 (19:00 EEST)` or `20:45 CET (19:45 UTC±0)`.
    pub alternative: Option<Box<KickOff>>,
}

/// Where a match was played.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Venue {
    /// The text after `@` as written (without attendance).
    pub raw: String,
    /// The ground, e.g. `Al Bayt Stadium`.
    pub stadium: Option<String>,
    /// The town, e.g. `Al Khor`.
    pub city: Option<String>,
}

/// A goal from a scorer list such as `(Harry Kane 54'(pen.); Aurelién Tchouaméni 17')`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    /// The side the goal counts for. Football.TXT lists own goals under the team that
    /// benefited, so an own goal's `player` plays for the *other* side.
    pub team_side: Side,
    /// The scorer as written.
    pub player: String,
    /// When it was scored.
    pub minute: Minute,
    /// Scored from a penalty (`(pen.)`, `(p)`, `pen`).
    pub penalty: bool,
    /// An own goal (`(o.g.)`, `(og)`, `og`).
    pub own_goal: bool,
    /// 1-based source line of the minute.
    pub line: u32,
}

/// The colour of a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardKind {
    /// `[Y 15']`
    Yellow,
    /// `[Y/R 90+3']`: second yellow, sent off.
    SecondYellow,
    /// `[R 80']`: straight red.
    Red,
}

/// A booking in a line-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// Yellow, second yellow or red.
    pub kind: CardKind,
    /// When, if written (`[Y]` has no minute).
    pub minute: Option<Minute>,
}

/// A player in a line-up; substitutes hang off the player they replaced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineupPlayer {
    /// The name as written.
    pub name: String,
    /// Captain (`[c]`).
    pub captain: bool,
    /// Cards in file order.
    pub cards: Vec<Card>,
    /// Formation line, counted from 1 for the goalkeeper (` - ` separates lines).
    pub unit: u8,
    /// When this player came on (substitutes only, when a minute is written).
    pub subbed_on_at: Option<Minute>,
    /// When this player went off, if replaced and a minute is written.
    pub subbed_off_at: Option<Minute>,
    /// The substitute who replaced this player (`(72' MOHAMMED WAAD)`); chains nest.
    pub replaced_by: Option<Box<LineupPlayer>>,
    /// 1-based source line of the name (line-ups run over several lines).
    pub line: u32,
}

impl LineupPlayer {
    /// This player followed by every substitute in the chain that replaced them.
    pub fn chain(&self) -> impl Iterator<Item = &LineupPlayer> {
        std::iter::successors(Some(self), |p| p.replaced_by.as_deref())
    }
}

/// One team's line-up, `Qatar: SAAD ALSHEEB [Y 15'] - PEDRO MIGUEL, …`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lineup {
    /// Team name as written before the colon.
    pub team: String,
    /// Home or away, matched on the team name (file order when the name does not match).
    pub side: Side,
    /// Starters in file order, each with their substitution chain.
    pub starters: Vec<LineupPlayer>,
    /// 1-based source line of the `Team:` label.
    pub line: u32,
}

impl Lineup {
    /// Every player who appeared: starters and substitutes.
    pub fn appearances(&self) -> impl Iterator<Item = &LineupPlayer> {
        self.starters.iter().flat_map(LineupPlayer::chain)
    }

    /// Looks a player up by name, ignoring case and diacritics.
    pub fn player(&self, name: &str) -> Option<&LineupPlayer> {
        let key = goalline_core::names::fold(name);
        self.appearances()
            .find(|p| goalline_core::names::fold(&p.name) == key)
    }
}

/// One kick of a penalty shoot-out (`Penalties: 1-0 Abdelhamid SABIRI, Pablo SARABIA (missed)`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShootoutKick {
    /// The taker as written.
    pub player: String,
    /// Scored (a running score is written) or not.
    pub scored: bool,
    /// The running score after a scored kick.
    pub score_after: Option<(u8, u8)>,
    /// The note on a failed kick (`missed`, `saved`, `over`).
    pub note: Option<String>,
    /// The kicking side, from the running score or, for failed kicks, from alternation.
    pub side: Option<Side>,
    /// 1-based source line.
    pub line: u32,
}

/// A match official from `Refs: Daniele Orsato (ITA), …`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Official {
    /// The name as written.
    pub name: String,
    /// Country code in parentheses, if any.
    pub country: Option<String>,
    /// 1-based source line.
    pub line: u32,
}

/// A match (result or fixture) with everything the file says about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Match {
    /// 1-based source line of the team names.
    pub line: u32,
    /// Match number written in parentheses (`(73)`), if any.
    pub number: Option<u16>,
    /// The date; `None` only when the file gives none (Euro 1984/1992 group matches).
    pub date: Option<Date>,
    /// Kick-off, if written.
    pub kickoff: Option<KickOff>,
    /// The innermost heading above the match, e.g. `Quarter-finals` or `Group A`.
    pub round: Option<String>,
    /// The group heading, e.g. `Group A`, when the match is in one.
    pub group: Option<String>,
    /// The stage, read from the headings with [`Stage::parse`] (plus group-phase context);
    /// `None` for qualifying files and headings that name no stage (`Preliminary round`).
    pub stage: Option<Stage>,
    /// The matchday from the schedule summary (`▪ Matchday 3 | Sat Jun 13`) covering the date.
    pub matchday: Option<String>,
    /// Home team as written.
    pub home: String,
    /// Away team as written.
    pub away: String,
    /// Played, scheduled or not played.
    pub status: MatchStatus,
    /// The result, if played.
    pub score: Option<Score>,
    /// Where, if written.
    pub venue: Option<Venue>,
    /// Goals in file order.
    pub goals: Vec<Goal>,
    /// Both line-ups, home first, when the file gives them.
    pub lineups: Option<[Lineup; 2]>,
    /// Penalty shoot-out kicks in order, when the file lists them.
    pub shootout: Vec<ShootoutKick>,
    /// Attendance (`Att: 67372`).
    pub attendance: Option<u32>,
    /// Officials, referee first.
    pub referees: Vec<Official>,
    /// A bracketed note on the match line (`[cancelled; Austria withdrew …]`).
    pub note: Option<String>,
}

impl Match {
    /// The referee (first official), if listed.
    pub fn referee(&self) -> Option<&Official> {
        self.referees.first()
    }

    /// The team name of one side.
    pub fn team(&self, side: Side) -> &str {
        match side {
            Side::Home => &self.home,
            Side::Away => &self.away,
        }
    }

    /// The line-up of one side.
    pub fn lineup(&self, side: Side) -> Option<&Lineup> {
        self.lineups.as_ref().map(|l| match side {
            Side::Home => &l[0],
            Side::Away => &l[1],
        })
    }
}

/// A playing position in a squad list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// `GK`
    Goalkeeper,
    /// `DF`
    Defender,
    /// `MF`
    Midfielder,
    /// `FW`
    Forward,
    /// `MG`: the manager (listed with squads in `more/*_squads.txt`).
    Manager,
}

impl Position {
    /// Reads `GK`, `DF`, `MF`, `FW` or `MG`.
    pub fn from_code(code: &str) -> Option<Position> {
        match code {
            "GK" => Some(Position::Goalkeeper),
            "DF" => Some(Position::Defender),
            "MF" => Some(Position::Midfielder),
            "FW" => Some(Position::Forward),
            "MG" => Some(Position::Manager),
            _ => None,
        }
    }

    /// The two-letter code.
    pub fn code(self) -> &'static str {
        match self {
            Position::Goalkeeper => "GK",
            Position::Defender => "DF",
            Position::Midfielder => "MF",
            Position::Forward => "FW",
            Position::Manager => "MG",
        }
    }
}

/// A squad row, e.g. `9, Harry KANE, FW, b. 1993/07/28` or
/// `9,  Harry Kane,  FW,  54/34  , b. 1993,  Tottenham Hotspur F.C. (ENG)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SquadEntry {
    /// The team from the enclosing heading (`== England`, `= England - Euro 2021`,
    /// `# England (ENG)`), or from the file name (`en-england.txt` → `England`) when the file
    /// has no heading.
    pub team: String,
    /// Shirt number; `None` when written `-` or absent.
    pub number: Option<u8>,
    /// The name as written (empty in the rare rows that leave it blank).
    pub name: String,
    /// Position; `None` when written `?` or left blank.
    pub position: Option<Position>,
    /// Full birth date (`b. 1993/07/28`).
    pub birth_date: Option<Date>,
    /// Birth year (from the full date, or alone as in `b. 1993`).
    pub birth_year: Option<i32>,
    /// International caps at the start of the tournament (`54/34` → 54).
    pub caps: Option<u16>,
    /// International goals at the start of the tournament (`54/34` → 34).
    pub goals: Option<u16>,
    /// Club as written, e.g. `Tottenham Hotspur F.C. (ENG)`.
    pub club: Option<String>,
    /// 1-based source line.
    pub line: u32,
}

/// Something suspicious that did not stop parsing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// 1-based source line.
    pub line: u32,
    /// What looks wrong.
    pub message: String,
}
