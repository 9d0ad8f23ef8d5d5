//! The typed values mentions carry. Each value has a compact `Display` that the example
//! corpora are written in (`score 2-1`, `minute 90+2`, `age 29`, `count 6 goal`).
//!
//! Calendar and entity values display as: `date 2015-07-05`, `date ????-07-03` (no year),
//! `date 2017-06` (month and year), `date 1982` (a year), `weekday Sun`, `day yesterday`;
//! `competition UEFA Euro 2020`, `competition FIFA World Cup 2019 women`, `competition FIFA
//! World Cup qualifying`; `stage semi_final`, `stage group_stage C`; `venue stadium Lusail
//! Stadium` (the data's name when the lexicon knows the place, else as written), `venue city
//! Budapest`, `venue country Qatar`; `team England`; `person Harry Kane`.

use goalline_core::{Gender, Stage, TeamId, Weekday};
use serde::Serialize;
use std::fmt;

/// A team mention: every team the words can name, and how it was named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TeamValue {
    /// Candidate teams (several for an ambiguous nickname like "La Roja").
    pub teams: Vec<TeamId>,
    /// The canonical name of the first candidate (for display and explanations).
    pub name: String,
    /// Men's or women's, when the alias says ("Lionesses").
    pub gender: Option<Gender>,
    /// How the team was named.
    pub form: TeamForm,
}

/// How a team is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TeamForm {
    /// Its name ("England", "West Germany").
    Name,
    /// A nickname ("the Three Lions", "Les Bleus").
    Nickname,
    /// A demonym or adjective ("English", "the Germans", "Dutch").
    Demonym,
}

/// A person's name as written (resolved to a player later, against the data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonValue {
    /// The name without a possessive ("Kane", "Harry Kane", "Vinicius Jr").
    pub name: String,
    /// Written with a possessive ("Kane's").
    pub possessive: bool,
}

/// A competition, maybe with its edition's year ("Euro 2020", "the 2018 World Cup", "Italia 90").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CompetitionValue {
    /// Competition key: martj42's tournament name ("FIFA World Cup", "UEFA Euro", …).
    pub competition: String,
    /// The year written with it (the edition's name year: Euro 2020 → 2020).
    pub year: Option<i32>,
    /// Men's or women's.
    pub gender: Gender,
    /// Qualifying ("World Cup qualifier", "Euro 2024 qualifying").
    pub qualifying: bool,
}

/// A stage ("the final", "quarter-final", "last eight", "Group C").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StageValue {
    /// The stage.
    pub stage: Stage,
    /// The group letter or number ("Group C" → "C").
    pub group: Option<String>,
}

/// What kind of place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VenueKind {
    /// A stadium ("Lusail Iconic Stadium", "Wembley").
    Stadium,
    /// A city ("Bucharest").
    City,
    /// A country as a place ("in Qatar").
    Country,
}

/// A place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VenueValue {
    /// As written ("Lusail Iconic Stadium", "Budapest" for a dateline's "BUDAPEST").
    pub name: String,
    /// Kind.
    pub kind: VenueKind,
    /// The place's name in the data when the lexicon knows it ("Lusail Stadium"); `None` for
    /// a stadium recognised by the shape of its name only.
    pub place: Option<String>,
}

/// A calendar date, maybe partial ("July 3", "June 2017", "1982", "5 July 2015").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateValue {
    /// Year, when written.
    pub year: Option<i32>,
    /// Month 1–12, when written.
    pub month: Option<u32>,
    /// Day of month, when written.
    pub day: Option<u32>,
}

/// A day named relative to the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RelativeDay {
    /// today, tonight, this evening
    Today,
    /// yesterday, last night
    Yesterday,
    /// tomorrow
    Tomorrow,
}

/// How a minute is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MinuteKind {
    /// In that minute ("in the 84th minute", "84'", "on 11 minutes").
    At,
    /// Within a window ("in the first 16 minutes", "inside ten minutes", "before half-time").
    Within,
    /// Counted back from the end ("nine minutes from time", "with four minutes left").
    FromEnd,
    /// A fuzzy time ("late", "early", "just before the break", "by the hour mark").
    Fuzzy,
}

/// A minute of a match: `base` plus optional stoppage, or a window `[from, to]`.
///
/// - [`MinuteKind::At`]: `base` (+ `stoppage`) is the label as written; `from..=to` are the
///   labels the phrase allows: `base..=base` for a written label ("84th minute", "90+2'"),
///   `base..=base + 1` for a count of minutes played ("after 12 minutes", "on 11 minutes",
///   "seven minutes after the restart" = 52..=53).
/// - [`MinuteKind::Within`]: a hard window `from..=to` ("in the first 16 minutes" = 1..=16,
///   "before half-time" = 1..=45, "in the second half" = 46..=90, "in extra time" =
///   91..=120). A `to` of 45, 90, 105 or 120 includes that period's stoppage time.
/// - [`MinuteKind::FromEnd`]: `base` holds **n, the minutes left** ("nine minutes from time"
///   → 9), not a label; `to` is the period's end minus n and `from` one less ("nine minutes
///   from time" → 80..=81), so the period's end is `to + base` (90; 45 for "before
///   half-time"; 120 for "from the end of extra time").
/// - [`MinuteKind::Fuzzy`]: a soft window `from..=to` where the phrase most likely points
///   ("late" = 75..=90, "just before half-time" = 40..=45, "in stoppage time" = 90..=90, i.e.
///   label 90 with any stoppage). A fuzzy time may support a claim but should never be the
///   only ground for contradicting one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MinuteValue {
    /// The minute label's base (84 in "84th", 90 in "90+2").
    pub base: u16,
    /// Stoppage minutes ("90+2" → 2).
    pub stoppage: Option<u16>,
    /// How it is stated.
    pub kind: MinuteKind,
    /// For windows and fuzzy times: the first minute the phrase allows.
    pub from: u16,
    /// For windows and fuzzy times: the last minute the phrase allows.
    pub to: u16,
}

/// What a score is a score of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScoreKind {
    /// Nothing says (most often the final score; context decides).
    Plain,
    /// A penalty shoot-out ("4-2 on penalties", "5-4 pens").
    Shootout,
    /// After extra time ("2-1 a.e.t.", "2-1 after extra time").
    ExtraTime,
    /// At half-time ("1-0 at half-time", "(1-0)").
    HalfTime,
    /// Aggregate over two legs.
    Aggregate,
    /// Written "goalless" / "nil-nil".
    Goalless,
}

/// A score ("2-1", "2–1", "two-nil", "goalless").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ScoreValue {
    /// First number as written.
    pub a: u32,
    /// Second number as written.
    pub b: u32,
    /// What it is a score of.
    pub kind: ScoreKind,
}

/// The noun a count or ordinal counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Noun {
    /// goals, strikes, times (scored N times)
    Goal,
    /// caps, appearances, games played by a person
    Appearance,
    /// matches, games
    Match,
    /// wins, victories
    Win,
    /// draws
    Draw,
    /// defeats, losses
    Defeat,
    /// titles, trophies, crowns, championships
    Title,
    /// finals
    Final,
    /// World Cups, tournaments, editions (appearances at)
    Tournament,
    /// points
    Point,
    /// penalties, spot kicks
    Penalty,
    /// assists
    Assist,
    /// clean sheets
    CleanSheet,
    /// minutes (as a count, "540 minutes without conceding")
    Minute,
    /// seconds
    Second,
    /// years
    Year,
    /// scorers ("seven different scorers")
    Scorer,
    /// hat-tricks
    HatTrick,
    /// cards
    Card,
    /// shots, kicks
    Shot,
    /// something else (people, fans, …)
    Other,
}

/// How exactly a count is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// Exactly `n` ("six goals"). Displayed `6`.
    #[default]
    Exact,
    /// At least `n` ("more than 100 goals", "over 100", "at least 100", "100-plus"): a
    /// verifier may only rule it out when the true number is below `n`. Displayed `>=100`.
    AtLeast,
    /// At most `n` ("fewer than 10", "under 10", "up to 10", "nearly 100", "almost 100"): a
    /// verifier may only rule it out when the true number is above `n`. Displayed `<=100`.
    AtMost,
    /// Roughly `n` ("about 40", "around 40", "some 40"). Displayed `~40`.
    About,
}

/// "six goals", "a brace" (2 goals), "a hat-trick" (3 goals), "twice" (2 goals), "five victories".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CountValue {
    /// How many.
    pub n: u32,
    /// Of what.
    pub noun: Noun,
    /// Exactly, at least, at most or about `n`.
    pub bound: Bound,
}

/// "his 99th and 100th goals", "a record third title", "their first defeat".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrdinalValue {
    /// The ordinals ("99th and 100th" → [99, 100]).
    pub n: Vec<u32>,
    /// Of what (`Other` when no noun follows).
    pub noun: Noun,
}

/// An age ("29-year-old", "the 31 year old", "aged 34", "teenage" → 13–19).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AgeValue {
    /// Youngest the phrase allows.
    pub from: u32,
    /// Oldest the phrase allows.
    pub to: u32,
}

/// Units of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    /// seconds
    Second,
    /// minutes
    Minute,
    /// days
    Day,
    /// weeks
    Week,
    /// months
    Month,
    /// years
    Year,
}

/// Which way a duration points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// "N later", "after N"
    Later,
    /// "N earlier", "N before"
    Earlier,
    /// "N ago" (from the publication date)
    Ago,
    /// A length of time ("in 97 seconds", "a span of 135 seconds", "15-year record")
    Span,
}

/// A length of time ("two minutes later", "60 years ago", "in 97 seconds").
///
/// Displayed `duration {amount}{unit} {direction}`, `duration {amount}-{amount_to}{unit} …`
/// for a range ("about 135 seconds" → `121-149s`), `duration {amount}+{unit} …` when open
/// above ("over a decade" → `10+y`). Hours are given in minutes, decades and centuries in
/// years, a fortnight as two weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DurationValue {
    /// How many units (the smallest the phrase allows).
    pub amount: u32,
    /// The most the phrase allows ("about", "nearly" widen it); [`DurationValue::OPEN`] when
    /// the phrase sets no upper bound ("over a decade", "more than 60 years").
    pub amount_to: u32,
    /// Unit.
    pub unit: TimeUnit,
    /// Direction.
    pub direction: Direction,
}

impl DurationValue {
    /// `amount_to` of a duration with no upper bound.
    pub const OPEN: u32 = u32::MAX;
}

/// A number that is not a football fact (formations, votes, money, percentages, distances).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotFootball {
    /// A formation ("4-4-2", "3–5–2").
    Formation,
    /// A vote ("voted 6-3").
    Vote,
    /// Money ("£385,000", "$10m").
    Money,
    /// A percentage.
    Percent,
    /// A distance ("54-yard", "25 metres").
    Distance,
    /// A clock time ("00:30 GMT", "8pm").
    ClockTime,
    /// An attendance or crowd figure.
    Crowd,
    /// A ranking position ("ranked 56th", "No. 1 in the world").
    Ranking,
}

/// What a mention is, with its typed value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "dim", rename_all = "snake_case")]
pub enum Value {
    /// A national team.
    Team(TeamValue),
    /// A person's name.
    Person(PersonValue),
    /// A competition or edition.
    Competition(CompetitionValue),
    /// A stage.
    Stage(StageValue),
    /// A place.
    Venue(VenueValue),
    /// A calendar date (maybe partial).
    Date(DateValue),
    /// A day of the week.
    Weekday {
        /// The day.
        day: Weekday,
    },
    /// Today, yesterday, tomorrow.
    RelativeDay {
        /// Which.
        day: RelativeDay,
    },
    /// A minute of a match.
    Minute(MinuteValue),
    /// A score.
    Score(ScoreValue),
    /// A count with its noun.
    Count(CountValue),
    /// Ordinals with their noun.
    Ordinal(OrdinalValue),
    /// An age.
    Age(AgeValue),
    /// A duration.
    Duration(DurationValue),
    /// A number that is not a football fact.
    NotFootball {
        /// What it is.
        what: NotFootball,
    },
}

/// The dimensions, one module each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dim {
    /// [`Value::Team`]
    Team,
    /// [`Value::Person`]
    Person,
    /// [`Value::Competition`]
    Competition,
    /// [`Value::Stage`]
    Stage,
    /// [`Value::Venue`]
    Venue,
    /// [`Value::Date`], [`Value::Weekday`], [`Value::RelativeDay`]
    Date,
    /// [`Value::Minute`]
    Minute,
    /// [`Value::Score`]
    Score,
    /// [`Value::Count`], [`Value::Ordinal`]
    Count,
    /// [`Value::Age`]
    Age,
    /// [`Value::Duration`]
    Duration,
    /// [`Value::NotFootball`]
    NotFootball,
}

impl Dim {
    /// Every dimension.
    pub const ALL: [Dim; 12] = [
        Dim::Team,
        Dim::Person,
        Dim::Competition,
        Dim::Stage,
        Dim::Venue,
        Dim::Date,
        Dim::Minute,
        Dim::Score,
        Dim::Count,
        Dim::Age,
        Dim::Duration,
        Dim::NotFootball,
    ];

    /// The corpus name (`score`, `minute`, …).
    pub fn name(self) -> &'static str {
        match self {
            Dim::Team => "team",
            Dim::Person => "person",
            Dim::Competition => "competition",
            Dim::Stage => "stage",
            Dim::Venue => "venue",
            Dim::Date => "date",
            Dim::Minute => "minute",
            Dim::Score => "score",
            Dim::Count => "count",
            Dim::Age => "age",
            Dim::Duration => "duration",
            Dim::NotFootball => "not_football",
        }
    }
}

impl Value {
    /// The dimension of the value.
    pub fn dim(&self) -> Dim {
        match self {
            Value::Team(_) => Dim::Team,
            Value::Person(_) => Dim::Person,
            Value::Competition(_) => Dim::Competition,
            Value::Stage(_) => Dim::Stage,
            Value::Venue(_) => Dim::Venue,
            Value::Date(_) | Value::Weekday { .. } | Value::RelativeDay { .. } => Dim::Date,
            Value::Minute(_) => Dim::Minute,
            Value::Score(_) => Dim::Score,
            Value::Count(_) | Value::Ordinal(_) => Dim::Count,
            Value::Age(_) => Dim::Age,
            Value::Duration(_) => Dim::Duration,
            Value::NotFootball { .. } => Dim::NotFootball,
        }
    }
}

fn noun_name(n: Noun) -> &'static str {
    match n {
        Noun::Goal => "goal",
        Noun::Appearance => "appearance",
        Noun::Match => "match",
        Noun::Win => "win",
        Noun::Draw => "draw",
        Noun::Defeat => "defeat",
        Noun::Title => "title",
        Noun::Final => "final",
        Noun::Tournament => "tournament",
        Noun::Point => "point",
        Noun::Penalty => "penalty",
        Noun::Assist => "assist",
        Noun::CleanSheet => "clean_sheet",
        Noun::Minute => "minute",
        Noun::Second => "second",
        Noun::Year => "year",
        Noun::Scorer => "scorer",
        Noun::HatTrick => "hat_trick",
        Noun::Card => "card",
        Noun::Shot => "shot",
        Noun::Other => "other",
    }
}

impl fmt::Display for Noun {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(noun_name(*self))
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Team(t) => write!(f, "team {}", t.name),
            Value::Person(p) => write!(f, "person {}", p.name),
            Value::Competition(c) => {
                write!(f, "competition {}", c.competition)?;
                if let Some(y) = c.year {
                    write!(f, " {y}")?;
                }
                if c.gender == Gender::Women {
                    f.write_str(" women")?;
                }
                if c.qualifying {
                    f.write_str(" qualifying")?;
                }
                Ok(())
            }
            Value::Stage(s) => {
                write!(f, "stage {}", s.stage.as_str())?;
                if let Some(g) = &s.group {
                    write!(f, " {g}")?;
                }
                Ok(())
            }
            Value::Venue(v) => {
                let k = match v.kind {
                    VenueKind::Stadium => "stadium",
                    VenueKind::City => "city",
                    VenueKind::Country => "country",
                };
                // The data's name when known, else as written.
                write!(f, "venue {k} {}", v.place.as_deref().unwrap_or(&v.name))
            }
            Value::Date(d) => {
                f.write_str("date ")?;
                match d.year {
                    Some(y) => write!(f, "{y:04}")?,
                    None => f.write_str("????")?,
                }
                match d.month {
                    Some(m) => write!(f, "-{m:02}")?,
                    None if d.day.is_some() => f.write_str("-??")?,
                    None => {}
                }
                if let Some(x) = d.day {
                    write!(f, "-{x:02}")?;
                }
                Ok(())
            }
            Value::Weekday { day } => write!(f, "weekday {day}"),
            Value::RelativeDay { day } => write!(
                f,
                "day {}",
                match day {
                    RelativeDay::Today => "today",
                    RelativeDay::Yesterday => "yesterday",
                    RelativeDay::Tomorrow => "tomorrow",
                }
            ),
            Value::Minute(m) => match m.kind {
                MinuteKind::At => match m.stoppage {
                    Some(s) => write!(f, "minute {}+{s}", m.base),
                    None => write!(f, "minute {}", m.base),
                },
                MinuteKind::Within => write!(f, "minute within {}-{}", m.from, m.to),
                // The period's end is shown when it is not full time ("from_end 5 of 45").
                MinuteKind::FromEnd => match m.to.saturating_add(m.base) {
                    90 => write!(f, "minute from_end {}", m.base),
                    end => write!(f, "minute from_end {} of {end}", m.base),
                },
                MinuteKind::Fuzzy => write!(f, "minute fuzzy {}-{}", m.from, m.to),
            },
            Value::Score(s) => {
                write!(f, "score {}-{}", s.a, s.b)?;
                match s.kind {
                    ScoreKind::Plain => Ok(()),
                    ScoreKind::Shootout => f.write_str(" pens"),
                    ScoreKind::ExtraTime => f.write_str(" aet"),
                    ScoreKind::HalfTime => f.write_str(" ht"),
                    ScoreKind::Aggregate => f.write_str(" agg"),
                    ScoreKind::Goalless => f.write_str(" goalless"),
                }
            }
            Value::Count(c) => {
                let b = match c.bound {
                    Bound::Exact => "",
                    Bound::AtLeast => ">=",
                    Bound::AtMost => "<=",
                    Bound::About => "~",
                };
                write!(f, "count {b}{} {}", c.n, c.noun)
            }
            Value::Ordinal(o) => {
                f.write_str("ordinal ")?;
                for (i, n) in o.n.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{n}")?;
                }
                write!(f, " {}", o.noun)
            }
            Value::Age(a) if a.from == a.to => write!(f, "age {}", a.from),
            Value::Age(a) => write!(f, "age {}-{}", a.from, a.to),
            Value::Duration(d) => {
                let u = match d.unit {
                    TimeUnit::Second => "s",
                    TimeUnit::Minute => "min",
                    TimeUnit::Day => "d",
                    TimeUnit::Week => "w",
                    TimeUnit::Month => "mo",
                    TimeUnit::Year => "y",
                };
                let dir = match d.direction {
                    Direction::Later => "later",
                    Direction::Earlier => "earlier",
                    Direction::Ago => "ago",
                    Direction::Span => "span",
                };
                if d.amount_to == DurationValue::OPEN {
                    write!(f, "duration {}+{u} {dir}", d.amount)
                } else if d.amount == d.amount_to {
                    write!(f, "duration {}{u} {dir}", d.amount)
                } else {
                    write!(f, "duration {}-{}{u} {dir}", d.amount, d.amount_to)
                }
            }
            Value::NotFootball { what } => write!(
                f,
                "not_football {}",
                match what {
                    NotFootball::Formation => "formation",
                    NotFootball::Vote => "vote",
                    NotFootball::Money => "money",
                    NotFootball::Percent => "percent",
                    NotFootball::Distance => "distance",
                    NotFootball::ClockTime => "clock_time",
                    NotFootball::Crowd => "crowd",
                    NotFootball::Ranking => "ranking",
                }
            ),
        }
    }
}
