//! Layer 4, frames: one typed claim per checkable statement.
//!
//! A [`Frame`] says *what* is claimed ([`Predicate`], a Rust enum with one variant per kind
//! of football fact), about *whom* (sides and people as discourse [`Entity`]s), *when* (the
//! clause's [`TimeCues`] and the [`Scope`] that ties it to an event), and *how* (polarity,
//! modality). Families build frames from mentions and discourse, without the database;
//! verifiers check them; the policy alone turns a frame and its finding into a verdict.
//!
//! One statement can make several frames with different [`Kind`]s and spans: "Klose gave
//! them a 20th-minute lead" is a scorer claim (Klose scored) and a minute claim (at 20'),
//! checked and reported apart, as an editor would mark them.

use crate::discourse::{Entity, Modality, Polarity, TimeCues};
use crate::doc::Span;
use crate::mentions::{
    AgeValue, Bound, CompetitionValue, DateValue, MinuteValue, Noun, RelativeDay, StageValue,
    VenueValue,
};
use goalline_core::Weekday;
use serde::Serialize;

/// Kinds of claims in the report (the vocabulary of the annotated article sets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A result or a score.
    Scoreline,
    /// A calendar date.
    Date,
    /// A day of the week.
    Weekday,
    /// Who scored.
    Scorer,
    /// When something happened in a match.
    Minute,
    /// A penalty scored, missed or saved.
    Penalty,
    /// An own goal.
    OwnGoal,
    /// A penalty shoot-out.
    Shootout,
    /// The stage of a match.
    Stage,
    /// A team's next match.
    NextFixture,
    /// Goals in a tournament.
    TournamentGoals,
    /// Appearances, starts, substitutions, squads.
    Appearances,
    /// Which number a goal was.
    NthGoal,
    /// A record, a first, a streak.
    Record,
    /// An award.
    Award,
    /// How far a team got; titles.
    TournamentRun,
    /// A person's age.
    Age,
    /// Where a match was played.
    Venue,
    /// A group or qualifying table.
    Standings,
    /// Head-to-head records.
    HeadToHead,
    /// A quotation repeated with different words.
    Quotation,
    /// Anything else (cards, managers, statements no dataset covers); also what a kind this
    /// version does not know is read back as (a report saved by another version).
    #[serde(other)]
    Other,
}

impl Kind {
    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Scoreline => "scoreline",
            Kind::Date => "date",
            Kind::Weekday => "weekday",
            Kind::Scorer => "scorer",
            Kind::Minute => "minute",
            Kind::Penalty => "penalty",
            Kind::OwnGoal => "own_goal",
            Kind::Shootout => "shootout",
            Kind::Stage => "stage",
            Kind::NextFixture => "next_fixture",
            Kind::TournamentGoals => "tournament_goals",
            Kind::Appearances => "appearances",
            Kind::NthGoal => "nth_goal",
            Kind::Record => "record",
            Kind::Award => "award",
            Kind::TournamentRun => "tournament_run",
            Kind::Age => "age",
            Kind::Venue => "venue",
            Kind::Standings => "standings",
            Kind::HeadToHead => "head_to_head",
            Kind::Quotation => "quotation",
            Kind::Other => "other",
        }
    }
}

/// What ties a claim to an event: the sides, time, stage, competition and place its clause
/// names. The verifier resolves it against the article's main match and the data.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Scope {
    /// Teams named in the clause (or resolved from pronouns), in text order.
    pub teams: Vec<Entity>,
    /// Time cues of the clause.
    pub time: TimeCues,
    /// Time cues the clause inherits (from the clauses it qualifies, fronted adverbials).
    pub sentence_time: TimeCues,
    /// Time cues anywhere in the sentence.
    pub sentence_any: TimeCues,
    /// A stage named in the sentence.
    pub stage: Option<StageValue>,
    /// A competition named in the sentence.
    pub competition: Option<CompetitionValue>,
    /// A place named in the sentence.
    pub venue: Option<VenueValue>,
    /// The sentence is a headline or caption.
    pub headline: bool,
    /// Time cues of the earlier sentences of the same paragraph, nearest first (a paragraph
    /// that opens "In 2004, …" keeps speaking of 2004).
    pub preceding: Vec<TimeCues>,
}

/// How a match ended for the first side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The first side won.
    Win,
    /// A draw (after extra time; a shoot-out may follow).
    Draw,
    /// The first side lost.
    Loss,
    /// Not said (only a score).
    Unknown,
}

/// A result: "France beat England 2-1", "a 3-3 draw", "England lost to France".
#[derive(Debug, Clone, Serialize)]
pub struct ResultClaim {
    /// The first side (the subject: the winner of "beat").
    pub side: Option<Entity>,
    /// The other side.
    pub opponent: Option<Entity>,
    /// Outcome for `side`.
    pub outcome: Outcome,
    /// Goals (side's, opponent's), as the text orders them when no side is known.
    pub score: Option<(u32, u32)>,
    /// The score is written "winner first" without saying who ("a 2-1 win"): compare either
    /// way round.
    pub score_unordered: bool,
    /// Extra time said ("after extra time", "a.e.t.").
    pub extra_time: Option<bool>,
    /// The trigger word ("beat", "draw", "won").
    pub verb: String,
}

/// A score at a moment of a match: "led 1-0 at half-time", "3-1 with a quarter of an hour
/// left", "came from 1-0 down", "a four-goal lead in the first 16 minutes", "going behind at
/// half-time".
#[derive(Debug, Clone, Serialize)]
pub struct ScoreAtClaim {
    /// The side the score is told for, if known.
    pub side: Option<Entity>,
    /// The score (side's goals first when `side` is known; otherwise in either order).
    pub score: Option<(u32, u32)>,
    /// The side's lead ("a four-goal lead" → 4, "two goals down" → -2); with `score` absent.
    pub margin: Option<i32>,
    /// Only the sign of the margin is said ("were ahead", "going behind", "level").
    pub sign_only: bool,
    /// When (a minute or window); `None` means "at some point".
    pub at: Option<MinuteValue>,
    /// At half-time.
    pub half_time: bool,
}

/// Which goal of a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalOrder {
    /// The opener / first goal.
    Opener,
    /// An equaliser.
    Equaliser,
    /// The winner.
    Winner,
    /// A consolation (a goal of the side that lost).
    Consolation,
    /// "Pulled one back": the scoring side was behind before it.
    PulledBack,
    /// "Put them ahead", "gave them the lead": the side led after it and not before.
    Lead,
    /// "Doubled the lead": a one-goal lead became two.
    Doubled,
    /// "Restored the lead", "extended the lead": the side led before and after it by two or
    /// more, or led again after the other side had scored.
    Extended,
    /// "The only goal": the match's only goal.
    Only,
    /// The side's n-th goal of the match ("netted his team's second").
    Nth(u32),
}

/// What a goal claim asserts (one frame per attribute, so each is reported apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalFocus {
    /// That the person scored (in the match in scope).
    Scorer,
    /// The minute of the goal.
    Minute,
    /// That it was a penalty.
    Penalty,
    /// That it was an own goal.
    OwnGoal,
    /// How many the person scored ("twice", "a hat-trick").
    Count,
    /// Its order ("opener", "equaliser", "second").
    Order,
}

/// A goal: "Kane scored from the spot in the 54th minute", "a double by Müller", "an own
/// goal by Johnston in the 52nd". A frame holds only the attributes its span states.
#[derive(Debug, Clone, Serialize)]
pub struct GoalClaim {
    /// The scorer.
    pub scorer: Option<Entity>,
    /// The scoring side, when said ("for Croatia") or the side that scored when no scorer is
    /// named ("led them to a second").
    pub team: Option<Entity>,
    /// The minute.
    pub minute: Option<MinuteValue>,
    /// More minutes of the same scorer ("Morgan 12', 53', 74'"): each a goal of theirs.
    pub more_minutes: Vec<MinuteValue>,
    /// The minute was counted from this one ("two minutes later"): the reference must be a
    /// recorded goal's label for the claim to be checked.
    pub relative_to: Option<MinuteValue>,
    /// A penalty.
    pub penalty: Option<bool>,
    /// An own goal.
    pub own_goal: Option<bool>,
    /// How many goals ("twice" → 2).
    pub count: Option<u32>,
    /// Which goal.
    pub order: Option<GoalOrder>,
    /// The score after it ("(2-0, 40th)", "made it 4-0"), in either order.
    pub score_after: Option<(u32, u32)>,
    /// The goals lie this many minutes apart ("twice in three minutes"): exactly, or at most
    /// when the flag is set ("inside three minutes").
    pub apart: Option<(u32, bool)>,
    /// A time in seconds ("twice in 97 seconds"): never recorded.
    pub seconds: bool,
    /// Some minute lies outside the frame's words (a scorer or penalty frame of a statement
    /// that also gives a minute): a mismatch there is unknown, the minute frame reports it.
    pub minute_loose: bool,
    /// The sentence does not say it was a goal (a minute and a player named together): the
    /// data may confirm it, never refute it.
    pub soft: bool,
    /// The scorer was read far from the goal word (through a long clause): the data may
    /// confirm it, not refute it.
    pub unsure: bool,
    /// Other scorers of the same statement ("Ward-Prowse and Grealish (79th and 86th)"), each
    /// checked too.
    pub with: Vec<GoalClaim>,
    /// What this frame asserts.
    pub focus: GoalFocus,
}

/// A penalty not scored in open play: "Kane missed a penalty", "his effort was saved".
#[derive(Debug, Clone, Serialize)]
pub struct PenaltyMissClaim {
    /// The taker.
    pub taker: Option<Entity>,
    /// The goalkeeper who saved it.
    pub saved_by: Option<Entity>,
    /// Over the bar ("sailed over", "blazed over").
    pub over_bar: bool,
    /// The minute.
    pub minute: Option<MinuteValue>,
}

/// A play only event data record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlayKind {
    /// "set up Giroud's goal", "assisted by Griezmann".
    Assist,
    /// "hit the post".
    Woodwork,
    /// "won a penalty".
    PenaltyWon,
    /// "saved from Kane".
    Save,
}

impl PlayKind {
    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            PlayKind::Assist => "assist",
            PlayKind::Woodwork => "woodwork",
            PlayKind::PenaltyWon => "penalty_won",
            PlayKind::Save => "save",
        }
    }
    /// The plays in words, plural.
    pub fn describe(self) -> &'static str {
        match self {
            PlayKind::Assist => "assists",
            PlayKind::Woodwork => "shots against the woodwork",
            PlayKind::PenaltyWon => "penalties won",
            PlayKind::Save => "saves",
        }
    }
    /// One play in words.
    pub fn singular(self) -> &'static str {
        match self {
            PlayKind::Assist => "assist",
            PlayKind::Woodwork => "shot against the woodwork",
            PlayKind::PenaltyWon => "penalty won",
            PlayKind::Save => "save",
        }
    }
}

/// A play: an assist, the woodwork, a penalty won, a save.
#[derive(Debug, Clone, Serialize)]
pub struct PlayClaim {
    /// What.
    pub kind: PlayKind,
    /// Who made it (the passer, the shooter, the fouled player, the keeper).
    pub actor: Option<Entity>,
    /// The other person (the scorer assisted, the shooter saved from).
    pub other: Option<Entity>,
    /// The minute.
    pub minute: Option<MinuteValue>,
}

/// A shoot-out: "won 4-2 on penalties", "lost a shoot-out to Switzerland", "Switzerland went
/// first in the shootout", "all nine kicks were converted".
#[derive(Debug, Clone, Serialize)]
pub struct ShootoutClaim {
    /// The winner.
    pub winner: Option<Entity>,
    /// The loser.
    pub loser: Option<Entity>,
    /// A side named without saying whether it won ("the shootout against Spain").
    pub side: Option<Entity>,
    /// Kicks converted (winner's, loser's); as written when no winner is known.
    pub score: Option<(u32, u32)>,
    /// The score of the match before the shoot-out ("after a 1-1 draw").
    pub match_score: Option<(u32, u32)>,
    /// Some other statement about the kicks ("all nine kicks were converted": 9).
    pub kicks_scored: Option<u32>,
    /// The side that kicked first ("went first in the shootout").
    pub first: Option<Entity>,
    /// The side (`side` or `winner`) scored every kick it took ("were flawless").
    pub flawless: bool,
}

/// What happened to a shoot-out kick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KickOutcome {
    /// Scored.
    Scored,
    /// Not scored (missed or saved).
    Missed,
    /// Saved by the goalkeeper.
    Saved,
}

/// One kick of a shoot-out: "Mbappe saw his effort saved", "Saka's decisive kick", "sent West
/// Germany's fourth attempt over the bar".
#[derive(Debug, Clone, Serialize)]
pub struct KickClaim {
    /// The taker.
    pub taker: Option<Entity>,
    /// What happened.
    pub outcome: KickOutcome,
    /// The goalkeeper.
    pub keeper: Option<Entity>,
    /// The decisive / last kick.
    pub decisive: bool,
    /// The kicking side, when written ("West Germany's fourth attempt", "scored for Colombia").
    pub team: Option<Entity>,
    /// Which of the side's kicks ("fourth attempt" → 4).
    pub nth: Option<u32>,
}

/// The stage of the match in scope ("in the quarter-final", "a Round of 16 match", "(Group
/// C)"), what the match decided ("with a place in the semi-final at stake", "propelling Ivory
/// Coast into the final": the stage of the winner's next match), or the competition it
/// belonged to ("as part of the qualifiers", "a friendly").
#[derive(Debug, Clone, Serialize)]
pub struct StageClaim {
    /// The stage, when one is written.
    pub stage: Option<StageValue>,
    /// The competition named with it.
    pub competition: Option<CompetitionValue>,
    /// The stage is the one the match leads to (its winner's next match), not its own.
    pub leads_to: bool,
    /// The team the match leads on ("propelling Ivory Coast into the final"); the winner when
    /// `None`.
    pub team: Option<Entity>,
    /// A friendly.
    pub friendly: bool,
}

/// When the event in scope was: "on Sunday", "on July 5, 2015", "on this day in 1982",
/// "yesterday".
#[derive(Debug, Clone, Serialize)]
pub struct WhenClaim {
    /// A weekday.
    pub weekday: Option<Weekday>,
    /// A (partial) date.
    pub date: Option<DateValue>,
    /// A day named relative to the publication date.
    pub relative: Option<RelativeDay>,
    /// "on this day", "N years ago today": the day and month of the publication date.
    pub this_day: bool,
    /// Whether the statement looks ahead ("will meet on Wednesday", "later on Saturday").
    pub ahead: bool,
}

/// The next match of a team: "will face Spain in the quarter-final on Friday in St
/// Petersburg", "meet the winner of Mexico v Argentina on July 3".
#[derive(Debug, Clone, Serialize)]
pub struct FixtureClaim {
    /// The team.
    pub team: Option<Entity>,
    /// The opponent(s): one named, or the candidates of "the winner of X v Y".
    pub opponents: Vec<Entity>,
    /// The stage.
    pub stage: Option<StageValue>,
    /// The weekday.
    pub weekday: Option<Weekday>,
    /// The date.
    pub date: Option<DateValue>,
    /// The places named.
    pub venues: Vec<VenueValue>,
    /// "at the same stadium", "in the same city": the place of the match in scope.
    pub same_venue: bool,
    /// "the next day", "three days later": day offset from the match in scope.
    pub days_after: Option<u32>,
    /// Which coming match (1 = the next; 2 = "before travelling to Baku to face Azerbaijan").
    pub nth: u32,
    /// The competition named ("in a friendly", "World Cup qualifiers").
    pub competition: Option<CompetitionValue>,
    /// A friendly.
    pub friendly: bool,
}

/// Where the event in scope was played: one or more places written together ("at Free State
/// Stadium in Bloemfontein, South Africa").
#[derive(Debug, Clone, Serialize)]
pub struct VenueClaim {
    /// The places.
    pub places: Vec<VenueValue>,
    /// A dateline ("BUDAPEST:"), which names where the story was filed.
    pub dateline: bool,
}

/// Which titles a title claim counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TitleScope {
    /// One competition (the one named, else the edition's).
    Competition,
    /// "major" titles: the World Cup and the team's continental championship.
    Major,
    /// "world" / "global" titles: the World Cup.
    World,
    /// "continental" titles: the team's continental championship.
    Continental,
}

/// What "record" says about a title count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordMark {
    /// The most of any team ("a record third title", "the record holders").
    Record,
    /// Already the most, and one more ("record-extending").
    Extending,
    /// Level with the most ("record-equalling").
    Equalling,
}

/// Titles: "won their third title", "four-time champions", "first title since 1988", "the
/// 2008 and 2012 European champions", "Italy having won in 1934 and 1938", "the reigning world
/// champions", "chasing a record-extending fifth title".
#[derive(Debug, Clone, Serialize)]
pub struct TitlesClaim {
    /// The team.
    pub team: Option<Entity>,
    /// The competition named (the edition's, when none is written).
    pub competition: Option<CompetitionValue>,
    /// Which titles count.
    pub scope: TitleScope,
    /// How many titles the team has ("four-time champions", "three titles").
    pub count: Option<u32>,
    /// The count is of the titles before the event in scope ("on eight previous occasions").
    pub before: bool,
    /// Which title the one in scope is ("a third title", "for the fourth time", "first-ever").
    pub nth: Option<u32>,
    /// The title is at stake, not won yet ("chasing a fifth title", "one win from").
    pub at_stake: bool,
    /// Editions won ("in 1934 and 1938", "the 2008 and 2012 European champions").
    pub years: Vec<i32>,
    /// Editions whose final was lost ("the '90 runner-up").
    pub runner_up_years: Vec<i32>,
    /// The previous title came in this year ("first since 1999", "not won since 1988").
    pub since: Option<i32>,
    /// "have not won a title since 1988": no title from then up to the article (rather than
    /// the title in scope being the first since then).
    pub none_since: bool,
    /// The previous title was this many years before ("first title in 28 years").
    pub gap_years: Option<u32>,
    /// "their only …": the team has exactly `count` (one) title.
    pub only: bool,
    /// A record count.
    pub record: Option<RecordMark>,
    /// Titles in a row ("back-to-back": 2, "a third in a row": 3).
    pub consecutive: Option<u32>,
    /// The reigning champions ("world champions France", "the holders").
    pub holders: bool,
}

/// How far a team got: "reached the final", "knocked out in the quarter-finals", "won all
/// three group games", "made back-to-back finals".
#[derive(Debug, Clone, Serialize)]
pub struct RunClaim {
    /// The team.
    pub team: Option<Entity>,
    /// The competition/edition.
    pub competition: Option<CompetitionValue>,
    /// The stage reached.
    pub reached: Option<StageValue>,
    /// Won the edition.
    pub won: bool,
    /// Counts of results in a phase ("won all three group games": wins 3 of 3).
    pub wins: Option<u32>,
    /// Draws.
    pub draws: Option<u32>,
    /// Defeats.
    pub losses: Option<u32>,
    /// Goals scored in the phase.
    pub goals_for: Option<u32>,
    /// Goals conceded.
    pub goals_against: Option<u32>,
    /// Only the group stage.
    pub group_stage_only: bool,
}

/// When a tournament tally is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TallyMoment {
    /// Before the article's match ("entering the game with two goals", "level on four before
    /// the final").
    Before,
    /// As of the article (after its match; the whole edition when it is over).
    AsOf,
}

/// Top of a scoring table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TopMark {
    /// The most goals (alone or shared): "top scorer", "most goals".
    Top,
    /// Shared: "joint top scorer".
    Joint,
    /// Alone: "outright top scorer", "leads the race for the Golden Boot".
    Outright,
}

/// Goals in one tournament: "finished with six goals", "his fifth goal of the tournament",
/// "entering the game with two goals", "top scorer with 12", "two clear of Lukaku", "the
/// tournament produced 119 goals", "16 World Cup goals" (all-time).
#[derive(Debug, Clone, Serialize)]
pub struct TallyClaim {
    /// The player (or team); `None` for the edition's own total.
    pub who: Option<Entity>,
    /// The edition (the article's when none is written).
    pub competition: Option<CompetitionValue>,
    /// The number of goals, when written.
    pub goals: Option<u32>,
    /// When it is counted.
    pub moment: TallyMoment,
    /// The goal in scope is the `goals`-th of the player's tournament ("his fifth goal of the
    /// tournament").
    pub nth: bool,
    /// Top of the scorers.
    pub top: Option<TopMark>,
    /// Compared with another player: `who` has `diff` more goals ("two clear of X": +2, "level
    /// with X": 0, "five fewer than X": -5).
    pub versus: Vec<(Entity, i32)>,
    /// Matches of the edition ("the 52-match tournament").
    pub matches: Option<u32>,
    /// All World Cups together, not one edition ("16 World Cup goals").
    pub all_time: bool,
    /// "at the finals" may mean this edition or all World Cups: either reading may hold.
    pub or_all_time: bool,
}

/// When a career tally is counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TallyTime {
    /// Now: after the match in scope, on the publication date ("now has 53", "taking his tally
    /// to 31").
    Now,
    /// Before the match in scope ("went into the game on 109 goals").
    BeforeMatch,
    /// On the eve of an edition ("arrived at Euro 2020 with 104 goals").
    EveOf(CompetitionValue),
    /// At the end of a year ("scored 109 times between 1993 and 2006").
    EndOf(i32),
}

/// A career tally: "has 53 goals for England", "109 times for Iran", "76 goals in 92", "took
/// his World Cup tally to 12", "went into the game on 109 goals".
#[derive(Debug, Clone, Serialize)]
pub struct CareerClaim {
    /// The player.
    pub player: Option<Entity>,
    /// The team ("for England"; `None`: the player's).
    pub team: Option<Entity>,
    /// Goals.
    pub goals: Option<u32>,
    /// How exactly the goals are written ("more than 100").
    pub bound: Bound,
    /// Caps.
    pub caps: Option<u32>,
    /// World Cup goals only ("12 World Cup goals").
    pub world_cup: bool,
    /// Goals in one competition ("12 World Cup goals", "14 in his Copa America career",
    /// "a record 14 at European Championship finals"); `None`: every international.
    pub competition: Option<CompetitionValue>,
    /// The tally says "international" or "for his country" / "for TEAM" outright.
    pub international: bool,
    /// When it is counted.
    pub when: TallyTime,
}

/// The n-th goal: "his 53rd goal for England", "his 110th and then 111th goal", "his first
/// international goal", "his 14th in his Copa America career".
#[derive(Debug, Clone, Serialize)]
pub struct NthGoalClaim {
    /// The player.
    pub player: Option<Entity>,
    /// The team ("for England").
    pub team: Option<Entity>,
    /// The ordinals.
    pub n: Vec<u32>,
    /// Within one competition ("his 14th Copa America goal", "12th World Cup goal").
    pub competition: Option<CompetitionValue>,
    /// Within one competition the text does not name ("his 16th goal at the finals"): the
    /// main match's.
    pub this_competition: bool,
    /// Within one edition ("his first goal of the tournament").
    pub edition: bool,
    /// No word says whose goals it counts: it may be his n-th of the match ("his first goal
    /// in the 14th minute", "his second").
    pub or_match: bool,
}

/// How an age is tied to its person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeLink {
    /// Written next to a name: "37-year-old Modric", "Modric, 37,", "Hurst, the 25-year-old",
    /// "Bright, who turns 30", "Giroud is 36".
    Named,
    /// A description or pronoun the discourse resolves ("The 29-year-old", "he is only 23").
    Described,
}

/// A birthday: "turned 19 on Monday", "turns 30 next week", "his 22nd birthday on Friday",
/// "turned 38 three days before the final".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Birthday {
    /// "turns", "will turn": the birthday is still to come.
    pub future: bool,
    /// The weekday it fell on.
    pub weekday: Option<Weekday>,
    /// Days before the event in scope ("three days before the final" = 3; "the day after" = -1).
    pub days_before_event: Option<i32>,
}

/// An age: "the 29-year-old", "aged 34", "Modric, 37", "who turned 19 on Monday".
#[derive(Debug, Clone, Serialize)]
pub struct AgeClaim {
    /// The person.
    pub person: Option<Entity>,
    /// The age.
    pub age: AgeValue,
    /// How the age is tied to the person.
    pub link: AgeLink,
    /// A description opening its sentence ("The 29-year-old made his debut…"): its referent is
    /// the passage's subject.
    pub opens: bool,
    /// The age is a birthday ("turned 19 on Monday").
    pub birthday: Option<Birthday>,
    /// The age at the time the clause speaks of ("a 19-year-old Ronaldo scored at Euro 2004",
    /// "aged 19", "at 19", "then 27", "as a teenager", "was 17 when"), not now.
    pub then: bool,
}

/// What an appearance claim says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AppearanceWhat {
    /// The match in scope was the person's n-th World Cup match ("his 26th World Cup match",
    /// "his 24th appearance at the finals").
    Nth(u32),
    /// A number of World Cup appearances, maybe over a number of tournaments ("25
    /// appearances over five tournaments").
    Count {
        /// Appearances.
        n: u32,
        /// Tournaments they came over.
        tournaments: Option<u32>,
    },
    /// The n-th World Cup the person plays at ("his fourth World Cup", "a sixth World Cup").
    NthTournament(u32),
    /// Played in a match, or not ("without the injured X", "missed the quarter-final against
    /// Brazil", "will miss the semi-final").
    Played {
        /// Played (true) or missed (false).
        played: bool,
        /// The stage of the match named, if any.
        stage: Option<StageValue>,
        /// The team's next match ("will miss").
        next: bool,
    },
    /// Started all of a tournament's matches ("started all five matches").
    StartedAll(Option<u32>),
    /// Played every minute of a tournament ("played every minute of the run to the final").
    EveryMinute,
    /// Started no match before a stage, then started ("had not started a match until the
    /// quarter-final").
    FirstStartAt(StageValue),
    /// A World Cup debut ("making his World Cup debut") or a tournament debut.
    Debut {
        /// A debut at the World Cup (else in the tournament in scope).
        world_cup: bool,
    },
    /// Came on as a substitute in the match in scope ("Substitute Bruno Petkovic", "came off
    /// the bench").
    Substitute,
    /// In the team's squad or line-up ("boasted players such as Zico, Socrates and Falcao").
    InSquad,
    /// Appearances no dataset covers (club appearances, caps, international debuts).
    Uncovered(&'static str),
}

/// Appearances: "started all five matches", "came off the bench", "making his debut", "his
/// 26th World Cup match", "missed the quarter-final", "players such as Zico and Socrates".
#[derive(Debug, Clone, Serialize)]
pub struct AppearanceClaim {
    /// The person.
    pub person: Option<Entity>,
    /// What is said.
    pub what: AppearanceWhat,
    /// The competition or edition named ("the 2014 World Cup").
    pub competition: Option<CompetitionValue>,
    /// Others the same is said of ("players such as Zico, Socrates and Falcao").
    pub with: Vec<Entity>,
}

/// A card: "sent off", "booked", "a second yellow", "went into the book within a minute of
/// each other", "showed eight yellow cards", "down to ten men".
#[derive(Debug, Clone, Serialize)]
pub struct CardClaim {
    /// The person.
    pub person: Option<Entity>,
    /// Other people of the same statement ("X and Y were booked").
    pub others: Vec<Entity>,
    /// The side, when the statement is about it ("Morocco were down to ten men").
    pub team: Option<Entity>,
    /// Red (sent off).
    pub red: bool,
    /// A second yellow (and the sending-off).
    pub second_yellow: bool,
    /// How many yellow cards the match had ("showed eight yellow cards").
    pub count: Option<u32>,
    /// The minute or window.
    pub minute: Option<MinuteValue>,
    /// The cards came at most this many minutes apart ("within a minute of each other").
    pub apart: Option<u32>,
}

/// A substitution: "came off the bench", "came on in the 79th minute", "introduced at the
/// start of extra time", "replaced X", "sent on Y as a 77th-minute substitute for Z".
#[derive(Debug, Clone, Serialize)]
pub struct SubstitutionClaim {
    /// Who came on.
    pub on: Option<Entity>,
    /// Who went off.
    pub off: Option<Entity>,
    /// The minute or window.
    pub minute: Option<MinuteValue>,
    /// The minute was counted from this one ("seven minutes later").
    pub relative_to: Option<MinuteValue>,
}

/// A manager or coach: "coach Jill Ellis", "Joachim Loew's men", "Scaloni's side".
#[derive(Debug, Clone, Serialize)]
pub struct ManagerClaim {
    /// The person.
    pub person: Option<Entity>,
    /// The team.
    pub team: Option<Entity>,
}

/// A table: "top of Group A, one point ahead of Portugal", "third in their group", "with
/// seven victories in seven matches".
#[derive(Debug, Clone, Serialize)]
pub struct StandingsClaim {
    /// The team.
    pub team: Option<Entity>,
    /// The team was read surely (a subject right before the trigger, an apposition, a
    /// possessive), not through a pronoun or a fallback: only then may the claim be
    /// contradicted.
    pub team_sure: bool,
    /// The position (1 = top).
    pub position: Option<u32>,
    /// Last in the group ("bottom of", "red lantern").
    pub bottom: bool,
    /// Points.
    pub points: Option<u32>,
    /// Matches played.
    pub played: Option<u32>,
    /// Wins.
    pub wins: Option<u32>,
    /// A gap to another team ("five points behind England": -5; "one point ahead": +1).
    pub gap: Option<(i32, Entity)>,
    /// The group named.
    pub group: Option<String>,
    /// "without a point", "no points": points 0.
    pub no_points: bool,
    /// The table of a past edition ("finished third in their group in 2015"): its year.
    pub year: Option<i32>,
    /// The final table of the group ("finished third").
    pub finished: bool,
    /// "with six points ahead of Wales": the number may be the team's points rather than the
    /// gap (either reading).
    pub gap_or_points: bool,
}

/// A head-to-head record: "five victories in 41 meetings (D12, L24)", "have not beaten X
/// since 1990", "their last success a decade ago".
#[derive(Debug, Clone, Serialize)]
pub struct H2hClaim {
    /// The team.
    pub team: Option<Entity>,
    /// The team was read surely (a subject right before the trigger, an apposition, a
    /// possessive), not through a pronoun or a fallback: only then may the claim be
    /// contradicted.
    pub team_sure: bool,
    /// The opponent.
    pub opponent: Option<Entity>,
    /// Meetings.
    pub meetings: Option<u32>,
    /// Wins of `team`.
    pub wins: Option<u32>,
    /// Draws.
    pub draws: Option<u32>,
    /// Defeats of `team`.
    pub losses: Option<u32>,
    /// Year of the last win of `team` ("have not beaten X since 1990").
    pub last_win_year: Option<i32>,
    /// The last win of `team` so many years ago, as a range ("a decade ago": 10–10).
    pub last_win_ago: Option<(u32, u32)>,
    /// Consecutive wins of `team` ("won their last 10 meetings").
    pub consecutive_wins: Option<u32>,
    /// Consecutive meetings without defeat ("unbeaten in seven meetings").
    pub unbeaten: Option<u32>,
    /// Year of the last defeat of `team` ("unbeaten since a 2-1 defeat in 1992").
    pub last_defeat_year: Option<i32>,
    /// "their first win over X since 1990": the event in scope is a win, the previous one
    /// came in that year.
    pub first_win_since: Option<i32>,
    /// Only meetings in one competition ("at a World Cup"): martj42's name.
    pub competition: Option<String>,
    /// Only competitive meetings (friendlies left out).
    pub competitive: bool,
}

/// What a streak counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StreakKind {
    /// Matches without defeat.
    Unbeaten,
    /// Consecutive wins.
    Wins,
    /// Consecutive defeats.
    Losses,
    /// Consecutive draws.
    Draws,
    /// Matches without a win.
    Winless,
    /// Matches without conceding.
    CleanSheets,
    /// Matches with a goal scored.
    Scoring,
    /// "first defeat since X": the run that ended.
    FirstDefeatSince,
    /// "first win since X".
    FirstWinSince,
}

/// A run of results: "unbeaten in their previous 36 games", "a run of three straight
/// losses", "their first defeat since the World Cup", "a 10-match unbeaten run".
#[derive(Debug, Clone, Serialize)]
pub struct StreakClaim {
    /// The team.
    pub team: Option<Entity>,
    /// The team was read surely (a subject right before the trigger, an apposition, a
    /// possessive), not through a pronoun or a fallback: only then may the claim be
    /// contradicted.
    pub team_sure: bool,
    /// What it counts.
    pub streak: StreakKind,
    /// How long (matches).
    pub length: Option<u32>,
    /// How exactly the length is written ("more than 20 games").
    pub bound: crate::mentions::Bound,
    /// Defeats allowed within the length ("lost only one of their previous 38").
    pub defeats: Option<u32>,
    /// Minutes without conceding ("went 540 minutes without conceding").
    pub minutes: Option<u32>,
    /// A span of time ("had not lost in more than four years", "first defeat in 39 years"):
    /// years, as a range.
    pub years: Option<(u32, u32)>,
    /// The run ended with the event in scope ("the end of their 10-match unbeaten run").
    pub ended: bool,
    /// Counted up to the start of the tournament of the event in scope ("heading into the
    /// tournament").
    pub before_tournament: bool,
    /// "since the World Cup", "since 1988", "back to July 2019": the reference year.
    pub since_year: Option<i32>,
    /// The reference month.
    pub since_month: Option<u32>,
    /// The reference match's competition ("since the World Cup"): martj42's name.
    pub since_competition: Option<String>,
    /// "since the World Cup quarter-final exit to France": the opponent and stage named.
    pub since_match: Option<(Option<Entity>, Option<StageValue>)>,
    /// "15 months ago": how long ago the reference match was (amount, unit).
    pub since_ago: Option<(u32, crate::mentions::TimeUnit)>,
    /// Only home matches ("first home defeat").
    pub home: bool,
    /// Only competitive matches (friendlies left out).
    pub competitive: bool,
    /// Only matches of one competition ("in World Cup qualifiers"): martj42's name.
    pub competition: Option<String>,
    /// Called a record ("Italy's world record 37-game run"): which matches count is a
    /// convention the data do not settle.
    pub record: bool,
}

/// An award: "won the Golden Boot", "named Player of the Tournament", "voted the Golden Ball",
/// "took both the Golden Ball and the Golden Boot in France", "for a second time".
#[derive(Debug, Clone, Serialize)]
pub struct AwardClaim {
    /// The person.
    pub person: Option<Entity>,
    /// The awards, by the World Cup's names ("Golden Ball" for "player of the tournament",
    /// "Golden Glove" for "best goalkeeper"; others as written, such as "Ballon d'Or").
    pub awards: Vec<String>,
    /// The competition named.
    pub competition: Option<CompetitionValue>,
    /// The edition's year, when the clause gives one ("in 2014", "four years ago").
    pub year: Option<i32>,
    /// Which time the person won it ("for a second time").
    pub nth: Option<u32>,
}

/// A record or first not covered by a more specific predicate: "the biggest margin of victory
/// in World Cup history", "the first hat-trick in a Women's World Cup final", "14 goals in two
/// games", "the first final settled on penalties since 2006".
#[derive(Debug, Clone, Serialize)]
pub struct RecordClaim {
    /// The subject (a team or a person).
    pub subject: Option<Entity>,
    /// What the record is about, as a typed key the verifier knows (`biggest_margin`,
    /// `hat_trick_in_final`, `goals_on_day`, …).
    pub key: &'static str,
    /// How the claim frames it.
    pub claim: RecordForm,
    /// Numbers the sentence gives, with their nouns.
    pub numbers: Vec<(u32, Noun)>,
    /// The competition the record is about (martj42's name), when named.
    pub competition: Option<String>,
    /// Women's football named.
    pub womens: bool,
    /// Both men's and women's ("in all FIFA World Cup finals" with both in the data).
    pub all_genders: bool,
    /// Only finals.
    pub finals: bool,
    /// A defeat (rather than a win) for the subject.
    pub defeat: bool,
    /// The reference year ("since 1966", "in 2007").
    pub year: Option<i32>,
    /// Another side named (the previous holder's opponent, the other finalist).
    pub other: Option<Entity>,
}

/// How a record claim is framed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordForm {
    /// The most / biggest / a record ("the biggest win in World Cup history").
    Most,
    /// Equals the record ("record-equalling").
    Equals,
    /// The first ever ("the first hat-trick in a final").
    First,
    /// The first since a year or an earlier instance ("the first since Hurst in 1966").
    FirstSince,
    /// The n-th time (from `numbers`).
    Nth,
    /// The only one ("the only hat-trick ever scored in a final").
    Only,
    /// A count ("14 goals in two games", "won six of their seven shootouts").
    Count,
    /// The previous record ("eclipsing Germany's 11-0 win").
    Previous,
}

/// A quotation that appears twice in the article with different words.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteClaim {
    /// The words that differ.
    pub detail: String,
}

/// Topics no dataset covers, with the reason (reported UNVERIFIABLE).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Assists, passes, crosses.
    Assist,
    /// Attendance, crowds.
    Attendance,
    /// Video review, offside decisions, disallowed goals.
    Var,
    /// Clubs and transfers.
    Club,
    /// Shots, chances, the woodwork.
    Chance,
    /// Saves in open play.
    Save,
    /// Injuries, fitness, suspensions.
    Injury,
    /// Rankings.
    Ranking,
    /// Captaincy.
    Captaincy,
    /// Managers outside World Cups, appointments, sackings.
    Coach,
    /// Opinions, expectations, favourites.
    Opinion,
    /// Money, wages, prizes.
    Money,
    /// Anything else that sounds factual but no dataset covers.
    Other,
}

impl Topic {
    /// Why it cannot be checked.
    pub fn reason(self) -> &'static str {
        match self {
            Topic::Assist => "assists and passes are not in the data",
            Topic::Attendance => "attendances are not in the data",
            Topic::Var => "video reviews and disallowed goals are not in the data",
            Topic::Club => "club careers are not in the data",
            Topic::Chance => "shots and chances are not in the data",
            Topic::Save => "saves in open play are not in the data",
            Topic::Injury => "injuries and suspensions are not in the data",
            Topic::Ranking => "rankings are not in the data",
            Topic::Captaincy => "captaincy is not in the data",
            Topic::Coach => "managers are in the data for World Cup matches only",
            Topic::Opinion => "an opinion or expectation, not a fact the data can settle",
            Topic::Money => "money is not in the data",
            Topic::Other => "no dataset covers this",
        }
    }
}

/// What a frame claims.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "predicate", rename_all = "snake_case")]
pub enum Predicate {
    /// A result.
    Result(ResultClaim),
    /// A score at a moment.
    ScoreAt(ScoreAtClaim),
    /// A goal.
    Goal(GoalClaim),
    /// A penalty missed or saved in open play.
    PenaltyMiss(PenaltyMissClaim),
    /// An assist, the woodwork, a penalty won, a save.
    Play(PlayClaim),
    /// A shoot-out.
    Shootout(ShootoutClaim),
    /// A shoot-out kick.
    Kick(KickClaim),
    /// A stage.
    Stage(StageClaim),
    /// A weekday or date.
    When(WhenClaim),
    /// A next fixture.
    NextFixture(FixtureClaim),
    /// A venue.
    Venue(VenueClaim),
    /// Titles.
    Titles(TitlesClaim),
    /// A tournament run.
    Run(RunClaim),
    /// A tournament tally.
    TournamentTally(TallyClaim),
    /// A career tally.
    CareerTally(CareerClaim),
    /// An n-th goal.
    NthGoal(NthGoalClaim),
    /// An age.
    Age(AgeClaim),
    /// Appearances.
    Appearance(AppearanceClaim),
    /// A card.
    Card(CardClaim),
    /// A substitution.
    Substitution(SubstitutionClaim),
    /// A manager.
    Manager(ManagerClaim),
    /// A table.
    Standings(StandingsClaim),
    /// A head-to-head record.
    HeadToHead(H2hClaim),
    /// A streak.
    Streak(StreakClaim),
    /// An award.
    Award(AwardClaim),
    /// Another record.
    Record(RecordClaim),
    /// A quotation repeated with different words.
    Quotation(QuoteClaim),
    /// A statement no dataset covers.
    Unverifiable(Topic),
}

/// One typed claim.
#[derive(Debug, Clone, Serialize)]
pub struct Frame {
    /// The text the claim covers (what the report marks).
    pub span: Span,
    /// The word(s) that make it a claim ("beat", "scored", "84th minute").
    pub trigger: Span,
    /// The report's kind.
    pub kind: Kind,
    /// The family that recognised it.
    pub family: &'static str,
    /// The rule inside the family.
    pub rule: &'static str,
    /// What is claimed.
    pub predicate: Predicate,
    /// The event it is about.
    pub scope: Scope,
    /// Asserted or negated.
    pub polarity: Polarity,
    /// How strongly.
    pub modality: Modality,
    /// The grammar read the claim with certainty (its rule leaves no other reading of who
    /// or what). A frame read by a weaker rule may be supported but never contradicted.
    pub certain: bool,
}

/// The short name of an entity for summaries: a team or person name, a role, `described`.
pub fn entity_name(e: &Option<Entity>) -> String {
    use crate::discourse::Referent;
    match e.as_ref().map(|e| &e.referent) {
        None => "?".into(),
        Some(Referent::Team(t)) => t.name.replace(' ', "_"),
        Some(Referent::Person(p)) => p.name.replace(' ', "_"),
        Some(Referent::TeamRole { role }) => format!("{role:?}").to_lowercase(),
        Some(Referent::Described { .. }) => "described".into(),
    }
}

/// A goal's attributes for summaries: `Kane team=? minute=54 pen x2 Opener`.
fn goal_summary(g: &GoalClaim) -> String {
    let mut s = format!(
        "{} team={} minute={}",
        entity_name(&g.scorer),
        entity_name(&g.team),
        minute(&g.minute)
    );
    for m in &g.more_minutes {
        s.push(',');
        s.push_str(&minute(&Some(*m)));
    }
    if g.minute_loose {
        s.push('~');
    }
    if let Some(r) = &g.relative_to {
        s.push_str(&format!(" after={}", minute(&Some(*r))));
    }
    if g.penalty == Some(true) {
        s.push_str(" pen");
    }
    if g.own_goal == Some(true) {
        s.push_str(" og");
    }
    if let Some(c) = g.count {
        s.push_str(&format!(" x{c}"));
    }
    if let Some(o) = g.order {
        s.push_str(&format!(" {o:?}"));
    }
    if let Some((a, b)) = g.score_after {
        s.push_str(&format!(" at={a}-{b}"));
    }
    if let Some((n, most)) = g.apart {
        s.push_str(&format!(" apart{}{n}", if most { "<=" } else { "=" }));
    }
    if g.seconds {
        s.push_str(" seconds");
    }
    if g.soft {
        s.push_str(" soft");
    }
    if g.unsure {
        s.push_str(" unsure");
    }
    for w in &g.with {
        s.push_str(" & ");
        s.push_str(&goal_summary(w));
    }
    s
}

fn opt<T: std::fmt::Display>(o: Option<T>) -> String {
    o.map(|v| v.to_string()).unwrap_or_else(|| "?".into())
}

fn minute(m: &Option<MinuteValue>) -> String {
    match m {
        None => "?".into(),
        Some(m) => crate::mentions::Value::Minute(*m)
            .to_string()
            .trim_start_matches("minute ")
            .replace(' ', "_"),
    }
}

impl std::fmt::Display for Predicate {
    /// A compact summary for the family corpora: the predicate's name and its key values
    /// (`?` for unknown), e.g. `result France win England 2-1`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let score =
            |s: Option<(u32, u32)>| s.map(|(a, b)| format!("{a}-{b}")).unwrap_or("?".into());
        match self {
            Predicate::Result(r) => write!(
                f,
                "result {} {} {} {}",
                entity_name(&r.side),
                format!("{:?}", r.outcome).to_lowercase(),
                entity_name(&r.opponent),
                score(r.score)
            ),
            Predicate::ScoreAt(s) => write!(
                f,
                "score_at {} {}{}{} {}{}",
                entity_name(&s.side),
                score(s.score),
                s.margin
                    .map(|m| format!(" margin={m:+}"))
                    .unwrap_or_default(),
                if s.sign_only { " sign" } else { "" },
                minute(&s.at),
                if s.half_time { " ht" } else { "" }
            ),
            Predicate::Goal(g) => write!(f, "goal {:?} {}", g.focus, goal_summary(g)),
            Predicate::PenaltyMiss(p) => write!(
                f,
                "penalty_miss {} saved_by={} minute={}{}",
                entity_name(&p.taker),
                entity_name(&p.saved_by),
                minute(&p.minute),
                if p.over_bar { " over_bar" } else { "" }
            ),
            Predicate::Play(p) => write!(
                f,
                "play {} {} other={} minute={}",
                p.kind.as_str(),
                entity_name(&p.actor),
                entity_name(&p.other),
                minute(&p.minute)
            ),
            Predicate::Shootout(s) => {
                write!(
                    f,
                    "shootout {} beat {} {}",
                    entity_name(&s.winner),
                    entity_name(&s.loser),
                    score(s.score)
                )?;
                if s.side.is_some() {
                    write!(f, " side={}", entity_name(&s.side))?;
                }
                if let Some(m) = s.match_score {
                    write!(f, " after={}", score(Some(m)))?;
                }
                if let Some(k) = s.kicks_scored {
                    write!(f, " converted={k}")?;
                }
                if s.first.is_some() {
                    write!(f, " first={}", entity_name(&s.first))?;
                }
                if s.flawless {
                    f.write_str(" flawless")?;
                }
                Ok(())
            }
            Predicate::Kick(k) => {
                write!(
                    f,
                    "kick {} {:?} keeper={}",
                    entity_name(&k.taker),
                    k.outcome,
                    entity_name(&k.keeper)
                )?;
                if k.team.is_some() {
                    write!(f, " team={}", entity_name(&k.team))?;
                }
                if let Some(n) = k.nth {
                    write!(f, " nth={n}")?;
                }
                if k.decisive {
                    f.write_str(" decisive")?;
                }
                Ok(())
            }
            Predicate::Stage(s) => {
                f.write_str("stage ")?;
                match &s.stage {
                    Some(st) => {
                        f.write_str(st.stage.as_str())?;
                        if let Some(g) = &st.group {
                            write!(f, " {g}")?;
                        }
                    }
                    None => f.write_str("?")?,
                }
                if s.leads_to {
                    write!(f, " leads_to team={}", entity_name(&s.team))?;
                }
                if let Some(c) = &s.competition {
                    if c.qualifying {
                        f.write_str(" qualifying")?;
                    }
                }
                if s.friendly {
                    f.write_str(" friendly")?;
                }
                Ok(())
            }
            Predicate::When(w) => {
                write!(
                    f,
                    "when {} {}",
                    opt(w.weekday),
                    w.date
                        .map(|d| crate::mentions::Value::Date(d)
                            .to_string()
                            .trim_start_matches("date ")
                            .to_string())
                        .unwrap_or("?".into())
                )?;
                if let Some(r) = w.relative {
                    write!(
                        f,
                        " {}",
                        crate::mentions::Value::RelativeDay { day: r }
                            .to_string()
                            .replace(' ', "=")
                    )?;
                }
                if w.this_day {
                    f.write_str(" this_day")?;
                }
                if w.ahead {
                    f.write_str(" ahead")?;
                }
                Ok(())
            }
            Predicate::NextFixture(x) => {
                write!(
                    f,
                    "next {} v {} {} {}",
                    entity_name(&x.team),
                    if x.opponents.is_empty() {
                        "?".to_string()
                    } else {
                        x.opponents
                            .iter()
                            .map(|o| entity_name(&Some(o.clone())))
                            .collect::<Vec<_>>()
                            .join("/")
                    },
                    x.stage.as_ref().map(|s| s.stage.as_str()).unwrap_or("?"),
                    opt(x.weekday)
                )?;
                if let Some(d) = x.date {
                    write!(
                        f,
                        " {}",
                        crate::mentions::Value::Date(d)
                            .to_string()
                            .trim_start_matches("date ")
                    )?;
                }
                for v in &x.venues {
                    write!(f, " at={}", v.name.replace(' ', "_"))?;
                }
                if x.same_venue {
                    f.write_str(" same_venue")?;
                }
                if let Some(d) = x.days_after {
                    write!(f, " days_after={d}")?;
                }
                if x.nth > 1 {
                    write!(f, " nth={}", x.nth)?;
                }
                if x.friendly {
                    f.write_str(" friendly")?;
                }
                Ok(())
            }
            Predicate::Venue(v) => {
                f.write_str("venue")?;
                for p in &v.places {
                    write!(f, " {}", p.name.replace(' ', "_"))?;
                }
                if v.dateline {
                    f.write_str(" dateline")?;
                }
                Ok(())
            }
            Predicate::Titles(t) => {
                write!(f, "titles {}", entity_name(&t.team))?;
                if t.scope != TitleScope::Competition {
                    write!(f, " {}", format!("{:?}", t.scope).to_lowercase())?;
                }
                if let Some(c) = t.count {
                    write!(f, " count={c}")?;
                }
                if t.before {
                    f.write_str(" before")?;
                }
                if let Some(n) = t.nth {
                    write!(f, " nth={n}")?;
                }
                if t.at_stake {
                    f.write_str(" at_stake")?;
                }
                if !t.years.is_empty() {
                    write!(f, " years={:?}", t.years)?;
                }
                if !t.runner_up_years.is_empty() {
                    write!(f, " runner_up={:?}", t.runner_up_years)?;
                }
                if let Some(y) = t.since {
                    write!(f, " since={y}")?;
                }
                if t.none_since {
                    f.write_str(" none_since")?;
                }
                if let Some(y) = t.gap_years {
                    write!(f, " gap={y}")?;
                }
                if t.only {
                    f.write_str(" only")?;
                }
                if let Some(r) = t.record {
                    write!(f, " {}", format!("{r:?}").to_lowercase())?;
                }
                if let Some(c) = t.consecutive {
                    write!(f, " consecutive={c}")?;
                }
                if t.holders {
                    f.write_str(" holders")?;
                }
                Ok(())
            }
            Predicate::Run(r) => write!(
                f,
                "run {} reached={} won={}",
                entity_name(&r.team),
                r.reached.as_ref().map(|s| s.stage.as_str()).unwrap_or("?"),
                r.won
            ),
            Predicate::TournamentTally(t) => {
                write!(
                    f,
                    "tournament_tally {} {}",
                    entity_name(&t.who),
                    opt(t.goals)
                )?;
                if t.moment == TallyMoment::Before {
                    f.write_str(" before")?;
                }
                if t.nth {
                    f.write_str(" nth")?;
                }
                if let Some(top) = t.top {
                    write!(f, " {}", format!("{top:?}").to_lowercase())?;
                }
                for (e, d) in &t.versus {
                    write!(f, " vs {} {d:+}", entity_name(&Some(e.clone())))?;
                }
                if let Some(m) = t.matches {
                    write!(f, " matches={m}")?;
                }
                if t.all_time {
                    f.write_str(" all_time")?;
                }
                if t.or_all_time {
                    f.write_str(" or_all_time")?;
                }
                Ok(())
            }
            Predicate::CareerTally(c) => {
                let b = match c.bound {
                    Bound::Exact => "",
                    Bound::AtLeast => ">=",
                    Bound::AtMost => "<=",
                    Bound::About => "~",
                };
                write!(
                    f,
                    "career_tally {} goals={b}{} caps={}",
                    entity_name(&c.player),
                    opt(c.goals),
                    opt(c.caps)
                )?;
                if let Some(t) = &c.team {
                    write!(f, " for={}", entity_name(&Some(t.clone())))?;
                }
                if let Some(comp) = &c.competition {
                    write!(f, " in={}", comp.competition.replace(' ', "_"))?;
                }
                match &c.when {
                    TallyTime::Now => Ok(()),
                    TallyTime::BeforeMatch => f.write_str(" before_match"),
                    TallyTime::EveOf(e) => write!(
                        f,
                        " eve_of={}{}",
                        e.competition.replace(' ', "_"),
                        e.year.map(|y| format!("_{y}")).unwrap_or_default()
                    ),
                    TallyTime::EndOf(y) => write!(f, " end_of={y}"),
                }
            }
            Predicate::NthGoal(n) => {
                write!(f, "nth_goal {} {:?}", entity_name(&n.player), n.n)?;
                if let Some(t) = &n.team {
                    write!(f, " for={}", entity_name(&Some(t.clone())))?;
                }
                if let Some(comp) = &n.competition {
                    write!(f, " in={}", comp.competition.replace(' ', "_"))?;
                } else if n.this_competition {
                    f.write_str(" in=this_competition")?;
                }
                if n.edition {
                    f.write_str(" edition")?;
                }
                if n.or_match {
                    f.write_str(" or_match")?;
                }
                Ok(())
            }
            Predicate::Age(a) => {
                write!(
                    f,
                    "age {} {} {}",
                    entity_name(&a.person),
                    crate::mentions::Value::Age(a.age)
                        .to_string()
                        .trim_start_matches("age "),
                    match a.link {
                        AgeLink::Named => "named",
                        AgeLink::Described if a.opens => "described opening",
                        AgeLink::Described => "described",
                    }
                )?;
                if a.then {
                    f.write_str(" then")?;
                }
                if let Some(b) = &a.birthday {
                    write!(f, " birthday{}", if b.future { " future" } else { "" })?;
                    if let Some(w) = b.weekday {
                        write!(f, " on {w}")?;
                    }
                    if let Some(d) = b.days_before_event {
                        write!(f, " {d}d before event")?;
                    }
                }
                Ok(())
            }
            Predicate::Appearance(a) => {
                write!(f, "appearance {} ", entity_name(&a.person))?;
                match &a.what {
                    AppearanceWhat::Nth(n) => write!(f, "nth={n}"),
                    AppearanceWhat::Count { n, tournaments } => {
                        write!(f, "count={n}")?;
                        if let Some(t) = tournaments {
                            write!(f, " tournaments={t}")?;
                        }
                        Ok(())
                    }
                    AppearanceWhat::NthTournament(n) => write!(f, "nth_tournament={n}"),
                    AppearanceWhat::Played {
                        played,
                        stage,
                        next,
                    } => write!(
                        f,
                        "{}{}{}",
                        if *played { "played" } else { "missed" },
                        stage
                            .as_ref()
                            .map(|s| format!(" {}", s.stage.as_str()))
                            .unwrap_or_default(),
                        if *next { " next" } else { "" }
                    ),
                    AppearanceWhat::StartedAll(n) => write!(f, "started_all={}", opt(*n)),
                    AppearanceWhat::EveryMinute => f.write_str("every_minute"),
                    AppearanceWhat::FirstStartAt(s) => {
                        write!(f, "first_start={}", s.stage.as_str())
                    }
                    AppearanceWhat::Debut { world_cup } => {
                        write!(f, "debut{}", if *world_cup { " world_cup" } else { "" })
                    }
                    AppearanceWhat::Substitute => f.write_str("substitute"),
                    AppearanceWhat::InSquad => {
                        f.write_str("in_squad")?;
                        for e in &a.with {
                            write!(f, " +{}", entity_name(&Some(e.clone())))?;
                        }
                        Ok(())
                    }
                    AppearanceWhat::Uncovered(w) => write!(f, "uncovered {w}"),
                }
            }
            Predicate::Card(c) => write!(
                f,
                "card {}{} {}{} {}{}",
                entity_name(if c.person.is_some() {
                    &c.person
                } else {
                    &c.team
                }),
                c.others
                    .iter()
                    .map(|o| format!("&{}", entity_name(&Some(o.clone()))))
                    .collect::<String>(),
                if c.second_yellow {
                    "second_yellow"
                } else if c.red {
                    "red"
                } else {
                    "yellow"
                },
                c.count.map(|n| format!(" x{n}")).unwrap_or_default(),
                minute(&c.minute),
                c.apart.map(|a| format!(" apart<={a}")).unwrap_or_default()
            ),
            Predicate::Substitution(x) => write!(
                f,
                "substitution on={} off={} minute={}{}",
                entity_name(&x.on),
                entity_name(&x.off),
                minute(&x.minute),
                x.relative_to
                    .map(|r| format!(" after={}", minute(&Some(r))))
                    .unwrap_or_default()
            ),
            Predicate::Manager(m) => write!(
                f,
                "manager {} of {}",
                entity_name(&m.person),
                entity_name(&m.team)
            ),
            Predicate::Standings(s) => {
                write!(
                    f,
                    "standings {} pos={}{} pts={}",
                    entity_name(&s.team),
                    opt(s.position),
                    if s.bottom { " bottom" } else { "" },
                    opt(s.points)
                )?;
                if let Some(p) = s.played {
                    write!(f, " played={p}")?;
                }
                if let Some(w) = s.wins {
                    write!(f, " wins={w}")?;
                }
                if let Some((g, e)) = &s.gap {
                    write!(f, " gap={g:+}:{}", entity_name(&Some(e.clone())))?;
                }
                if let Some(y) = s.year {
                    write!(f, " year={y}")?;
                }
                Ok(())
            }
            Predicate::HeadToHead(h) => {
                write!(
                    f,
                    "h2h {} v {}",
                    entity_name(&h.team),
                    entity_name(&h.opponent)
                )?;
                for (k, v) in [
                    ("m", h.meetings),
                    ("w", h.wins),
                    ("d", h.draws),
                    ("l", h.losses),
                    ("run", h.consecutive_wins),
                    ("unbeaten", h.unbeaten),
                ] {
                    if let Some(v) = v {
                        write!(f, " {k}={v}")?;
                    }
                }
                for (k, v) in [
                    ("last_win", h.last_win_year),
                    ("last_defeat", h.last_defeat_year),
                    ("first_win_since", h.first_win_since),
                ] {
                    if let Some(v) = v {
                        write!(f, " {k}={v}")?;
                    }
                }
                if let Some((a, b)) = h.last_win_ago {
                    write!(f, " last_win_ago={a}-{b}y")?;
                }
                if let Some(c) = &h.competition {
                    write!(f, " in={}", c.replace(' ', "_"))?;
                }
                if h.competitive {
                    write!(f, " competitive")?;
                }
                Ok(())
            }
            Predicate::Streak(s) => {
                write!(
                    f,
                    "streak {} {:?} {}",
                    entity_name(&s.team),
                    s.streak,
                    match s.bound {
                        crate::mentions::Bound::Exact => opt(s.length),
                        crate::mentions::Bound::AtLeast => format!(">={}", opt(s.length)),
                        crate::mentions::Bound::AtMost => format!("<={}", opt(s.length)),
                        crate::mentions::Bound::About => format!("~{}", opt(s.length)),
                    }
                )?;
                if let Some(d) = s.defeats {
                    write!(f, " defeats={d}")?;
                }
                if let Some(m) = s.minutes {
                    write!(f, " minutes={m}")?;
                }
                if let Some((a, b)) = s.years {
                    write!(f, " years={a}-{b}")?;
                }
                if s.ended {
                    write!(f, " ended")?;
                }
                if s.before_tournament {
                    write!(f, " before_tournament")?;
                }
                if let Some(y) = s.since_year {
                    write!(f, " since={y}")?;
                    if let Some(m) = s.since_month {
                        write!(f, "-{m:02}")?;
                    }
                }
                if let Some(c) = &s.since_competition {
                    write!(f, " since_in={}", c.replace(' ', "_"))?;
                }
                if let Some((o, st)) = &s.since_match {
                    write!(
                        f,
                        " since_match={}/{}",
                        entity_name(o),
                        st.as_ref().map(|s| s.stage.as_str()).unwrap_or("?")
                    )?;
                }
                if let Some((n, u)) = s.since_ago {
                    write!(f, " ago={n}{u:?}")?;
                }
                if s.home {
                    write!(f, " home")?;
                }
                if s.competitive {
                    write!(f, " competitive")?;
                }
                if let Some(c) = &s.competition {
                    write!(f, " in={}", c.replace(' ', "_"))?;
                }
                if s.record {
                    write!(f, " record")?;
                }
                Ok(())
            }
            Predicate::Award(a) => {
                write!(
                    f,
                    "award {} {}",
                    entity_name(&a.person),
                    a.awards.join(",").replace(' ', "_")
                )?;
                if let Some(y) = a.year {
                    write!(f, " year={y}")?;
                }
                if let Some(n) = a.nth {
                    write!(f, " nth={n}")?;
                }
                Ok(())
            }
            Predicate::Record(r) => {
                write!(
                    f,
                    "record {} {:?} {}",
                    r.key,
                    r.claim,
                    entity_name(&r.subject)
                )?;
                for (n, noun) in &r.numbers {
                    write!(f, " {n}{}", format!("{noun:?}").to_lowercase())?;
                }
                if let Some(c) = &r.competition {
                    write!(f, " in={}", c.replace(' ', "_"))?;
                }
                if r.womens {
                    write!(f, " women")?;
                }
                if r.all_genders {
                    write!(f, " all_genders")?;
                }
                if r.finals {
                    write!(f, " finals")?;
                }
                if r.defeat {
                    write!(f, " defeat")?;
                }
                if let Some(y) = r.year {
                    write!(f, " year={y}")?;
                }
                if r.other.is_some() {
                    write!(f, " other={}", entity_name(&r.other))?;
                }
                Ok(())
            }
            Predicate::Quotation(_) => f.write_str("quotation"),
            Predicate::Unverifiable(t) => write!(f, "unverifiable {t:?}"),
        }
    }
}
