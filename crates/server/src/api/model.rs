//! API types shared by several resources: tallies and coverage as the wire shows them, minutes,
//! and the summaries of a match, a player and a tournament edition that other answers embed.
//!
//! These are the API's contract, kept apart from the facts engine's types (which may change);
//! the `of`/`from` constructors are the only place engine values are turned into them. No
//! lookups happen here beyond the in-memory team index.

use crate::urls;
use goalline_core::{Coverage, Date, Gender, Minute, Stage, Tally};
use goalline_facts::tournaments::{competitions, Edition};
use goalline_facts::TeamIndex;
use goalline_store::{MatchRow, PlayerRow};
use serde::Serialize;
use utoipa::ToSchema;

/// A count known to lie in `[low, high]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct TallyView {
    /// Proven by the data (known goal by goal, or pinned by a snapshot).
    pub low: u32,
    /// The most it can be; `null` when the data set no upper bound.
    pub high: Option<u32>,
    /// True when `low == high`.
    pub exact: bool,
}

impl From<Tally> for TallyView {
    fn from(t: Tally) -> Self {
        TallyView {
            low: t.low,
            high: (!t.is_unbounded()).then_some(t.high),
            exact: t.is_exact(),
        }
    }
}

impl TallyView {
    /// "53", "at least 47", "52–55".
    pub fn text(&self) -> String {
        match self.high {
            _ if self.exact => self.low.to_string(),
            None => format!("at least {}", self.low),
            Some(h) => format!("{}–{}", self.low, h),
        }
    }
}

/// How completely the data covers an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct CoverageView {
    /// `exact`, `bounded`, `lower_bound` or `none`.
    #[schema(example = "bounded")]
    pub kind: &'static str,
    /// For `bounded`: how many units (goals) the data cannot attribute.
    pub unknown: Option<u32>,
    /// In words.
    #[schema(example = "bounded: 3 goals in the span have no scorer row")]
    pub text: String,
}

impl From<Coverage> for CoverageView {
    fn from(c: Coverage) -> Self {
        match c {
            Coverage::Exact => CoverageView {
                kind: "exact",
                unknown: None,
                text: "exact: every relevant row is in the data".into(),
            },
            Coverage::Bounded { unknown } => CoverageView {
                kind: "bounded",
                unknown: Some(unknown),
                text: format!(
                    "bounded: {unknown} goal{} in the span {} no scorer row",
                    if unknown == 1 { "" } else { "s" },
                    if unknown == 1 { "has" } else { "have" }
                ),
            },
            Coverage::LowerBound => CoverageView {
                kind: "lower_bound",
                unknown: None,
                text: "lower bound: the data set no upper bound".into(),
            },
            Coverage::None => CoverageView {
                kind: "none",
                unknown: None,
                text: "not covered by the data".into(),
            },
        }
    }
}

/// A match minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct MinuteView {
    /// Regulation minute (90 in `90+3'`).
    pub base: u16,
    /// Stoppage time (3 in `90+3'`), when the source keeps it apart.
    pub stoppage: Option<u16>,
}

impl From<Minute> for MinuteView {
    fn from(m: Minute) -> Self {
        MinuteView {
            base: m.base,
            stoppage: m.stoppage,
        }
    }
}

impl MinuteView {
    /// `54'`, `90+3'`.
    pub fn label(&self) -> String {
        Minute {
            base: self.base,
            stoppage: self.stoppage,
        }
        .to_string()
    }
}

/// A stage of a tournament.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct StageView {
    /// Stored spelling (`quarter_final`).
    #[schema(example = "quarter_final")]
    pub key: &'static str,
    /// In words (`quarter-final`).
    #[schema(example = "quarter-final")]
    pub label: &'static str,
}

impl From<Stage> for StageView {
    fn from(s: Stage) -> Self {
        StageView {
            key: s.as_str(),
            label: s.label(),
        }
    }
}

/// A match in lists and links.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MatchSummary {
    /// goalline's match id (stable within one import).
    pub id: i64,
    /// Day played.
    #[schema(value_type = String, format = Date, example = "2022-12-10")]
    pub date: Date,
    /// Day of the week.
    #[schema(example = "Saturday")]
    pub weekday: &'static str,
    /// `men` or `women`.
    #[schema(example = "men")]
    pub gender: &'static str,
    /// Home side as named that day.
    #[schema(example = "England")]
    pub home: String,
    /// Away side as named that day.
    #[schema(example = "France")]
    pub away: String,
    /// Canonical name of the home side.
    pub home_team: String,
    /// Canonical name of the away side.
    pub away_team: String,
    /// Home goals (after extra time); `null` when unknown.
    pub home_score: Option<u32>,
    /// Away goals (after extra time); `null` when unknown.
    pub away_score: Option<u32>,
    /// `1–2`, or `?–?`.
    #[schema(example = "1–2")]
    pub score: String,
    /// Competition as martj42 names it.
    #[schema(example = "FIFA World Cup")]
    pub competition: String,
    /// City, where known.
    pub city: Option<String>,
    /// Country, where known.
    pub country: Option<String>,
    /// Played on neutral ground.
    pub neutral: bool,
    /// The match page.
    #[schema(example = "/matches/45781")]
    pub page: String,
    /// The match endpoint.
    pub api: String,
}

/// "1–2", or "?–?" for an unknown score.
pub fn score_text(h: Option<u32>, a: Option<u32>) -> String {
    match (h, a) {
        (Some(h), Some(a)) => format!("{h}–{a}"),
        _ => "?–?".into(),
    }
}

impl MatchSummary {
    /// Summarises a match row.
    pub fn of(m: &MatchRow, teams: &TeamIndex) -> MatchSummary {
        MatchSummary {
            id: m.id.0,
            date: m.date,
            weekday: goalline_facts::matches::weekday_name(m.date),
            gender: m.gender.as_str(),
            home: m.home_name.clone(),
            away: m.away_name.clone(),
            home_team: teams.name(m.home).to_string(),
            away_team: teams.name(m.away).to_string(),
            home_score: m.home_score,
            away_score: m.away_score,
            score: score_text(m.home_score, m.away_score),
            competition: m.tournament.clone(),
            city: m.city.clone(),
            country: m.country.clone(),
            neutral: m.neutral,
            page: urls::match_page(m.id.0),
            api: urls::match_api(m.id.0),
        }
    }
}

/// A player in lists and links.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PlayerSummary {
    /// goalline's player id (stable within one import).
    pub id: i64,
    /// Display name.
    #[schema(example = "Harry Kane")]
    pub name: String,
    /// Birth date, where recorded.
    #[schema(value_type = Option<String>, format = Date, example = "1993-07-28")]
    pub birth_date: Option<Date>,
    /// `men` or `women`.
    pub gender: &'static str,
    /// Teams the player scored for or was in a World Cup squad of.
    pub teams: Vec<String>,
    /// The player page (by id when the name is shared).
    #[schema(example = "/players/Harry%20Kane")]
    pub page: String,
}

impl PlayerSummary {
    /// Summarises a player row; `unique_name` says whether the name alone finds this player.
    pub fn of(p: &PlayerRow, teams: Vec<String>, unique_name: bool) -> PlayerSummary {
        PlayerSummary {
            id: p.id.0,
            name: p.name.clone(),
            birth_date: p.birth_date,
            gender: p.gender.as_str(),
            teams,
            page: if unique_name {
                urls::player_page(&p.name)
            } else {
                urls::player_page_id(p.id.0)
            },
        }
    }
}

/// A tournament edition in lists and links.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EditionSummary {
    /// The key of its page and endpoint: competition and year (`FIFA World Cup 2022`).
    #[schema(example = "FIFA World Cup 2022")]
    pub key: String,
    /// Its name (`2022 FIFA Men's World Cup`, `UEFA Euro 2020`).
    pub label: String,
    /// Competition (martj42 spelling).
    pub competition: String,
    /// Year in the edition's name (Euro 2020 was played in 2021).
    pub year: i32,
    /// `men` or `women`.
    pub gender: &'static str,
    /// First match day.
    #[schema(value_type = String, format = Date)]
    pub from: Date,
    /// Last match day.
    #[schema(value_type = String, format = Date)]
    pub to: Date,
    /// The tournament page.
    pub page: String,
    /// The tournament endpoint.
    pub api: String,
}

/// The key of an edition: `{competition} {year}`.
pub fn edition_key(e: &Edition) -> String {
    format!("{} {}", e.competition, e.year)
}

/// The competition of a World Cup of one gender.
pub fn world_cup_competition(g: Gender) -> &'static str {
    match g {
        Gender::Men => "FIFA World Cup",
        Gender::Women => "FIFA Women's World Cup",
    }
}

/// True for competitions of goalline's reference table (editions can be found for them).
pub fn known_competition(name: &str) -> bool {
    competitions().iter().any(|c| c.name == name)
}

impl EditionSummary {
    /// Summarises an edition.
    pub fn of(e: &Edition) -> EditionSummary {
        let key = edition_key(e);
        EditionSummary {
            page: urls::tournament_page(&key),
            api: urls::tournament_api(&key),
            key,
            label: e.label.clone(),
            competition: e.competition.clone(),
            year: e.year,
            gender: e.gender.as_str(),
            from: e.from,
            to: e.to,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tallies_on_the_wire() {
        let t = TallyView::from(Tally::between(52, 55));
        assert_eq!((t.low, t.high, t.exact), (52, Some(55), false));
        assert_eq!(t.text(), "52–55");
        assert_eq!(TallyView::from(Tally::exact(8)).text(), "8");
        let open = TallyView::from(Tally::at_least(3));
        assert_eq!(open.high, None);
        assert_eq!(open.text(), "at least 3");
        assert_eq!(
            serde_json::to_value(open).ok(),
            Some(serde_json::json!({"low": 3, "high": null, "exact": false}))
        );
    }

    #[test]
    fn coverage_in_words() {
        let c = CoverageView::from(Coverage::Bounded { unknown: 1 });
        assert_eq!(c.kind, "bounded");
        assert_eq!(c.text, "bounded: 1 goal in the span has no scorer row");
        assert_eq!(CoverageView::from(Coverage::Exact).kind, "exact");
    }

    #[test]
    fn minutes_keep_stoppage_time() {
        assert_eq!(
            MinuteView::from(Minute::with_stoppage(90, 3)).label(),
            "90+3'"
        );
        assert_eq!(MinuteView::from(Minute::new(54)).label(), "54'");
    }
}
