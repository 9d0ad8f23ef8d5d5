//! Time anchoring: what time a clause speaks of. Explicit cues (a year, a date, an edition
//! with its year, "N years ago", a weekday, "yesterday") and background markers ("previous",
//! "last time", "in history", "ever", "since", "career", "had never") that say a clause is not
//! about the article's main event even without a date.

use super::clauses::Segment;
use crate::doc::{Doc, Span};
use crate::mentions::{
    CompetitionValue, DateValue, Direction, DurationValue, Mentions, RelativeDay, TimeUnit, Value,
};
use goalline_core::Weekday;
use serde::Serialize;

/// The time cues of a span of text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TimeCues {
    /// A calendar date or year written there.
    pub date: Option<DateValue>,
    /// An edition ("Euro 2020", "the 2018 World Cup") or a competition without year.
    pub edition: Option<CompetitionValue>,
    /// "N years ago" (years).
    pub years_ago: Option<u32>,
    /// A weekday.
    pub weekday: Option<Weekday>,
    /// Today / yesterday / tomorrow.
    pub relative_day: Option<RelativeDay>,
    /// A "later"/"earlier" duration ("four years later") with no anchor of its own.
    pub shifted: Option<DurationValue>,
    /// Background markers found ("previous", "ever", "history", "since", "career", …).
    pub background: Vec<&'static str>,
    /// A stage named ("in the semi-final", "the group stage").
    pub stage: Option<goalline_core::Stage>,
    /// A period relative to the publication date ("last month", "last year", "this year").
    pub period: Option<Period>,
    /// The clause speaks of the time before the current tournament or year ("before this
    /// summer", "heading into the tournament", "going into this World Cup"): counts stop at
    /// its start.
    pub prior: bool,
}

/// A period named relative to the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// "last month"
    LastMonth,
    /// "last year", "last summer"
    LastYear,
    /// "this year", "this summer", "earlier this year"
    ThisYear,
    /// "last June": the latest such month before the publication's (1-12).
    LastNamedMonth(u32),
}

impl TimeCues {
    /// True when nothing points away from the present event.
    pub fn is_empty(&self) -> bool {
        self.date.is_none()
            && self.period.is_none()
            && self.edition.as_ref().is_none_or(|e| e.year.is_none())
            && self.years_ago.is_none()
            && self.shifted.is_none()
            && self.background.is_empty()
            && !self.prior
    }

    /// The year the cues name, if any (a date's year, an edition's year).
    pub fn year(&self) -> Option<i32> {
        self.date
            .and_then(|d| d.year)
            .or_else(|| self.edition.as_ref().and_then(|e| e.year))
    }
}

const BACKGROUND: &[&str] = &[
    "previous",
    "previously",
    "prior",
    "history",
    "historic",
    "ever",
    "all-time",
    "since",
    "career",
    "last time",
    "first time",
    "never",
    "former",
    "formerly",
    "earlier",
    "past",
    "decade",
    "decades",
    "century",
    "generation",
    "back in",
    "back then",
    "at the time",
    "reigning",
    "defending",
    "before that",
    "in the group stage",
    "that final",
    "that match",
    "that game",
    "that meeting",
    "that tie",
    "that defeat",
    "that loss",
    "that win",
    "that victory",
    "that campaign",
    "that tournament",
    "that edition",
    "those days",
    "the last time",
    "the previous",
];

/// "last June" (a month named after "last").
static LAST_MONTH_NAMED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::must(
        r"\blast (january|february|march|april|may|june|july|august|september|october|november|december)\b",
    )
});

/// "Before this summer", "heading into the tournament": the time before the current event.
static PRIOR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::must(
        r"\b(?:before|heading\s+into|going\s+into|coming\s+into|ahead\s+of)\s+(?:this|the|these)\s+(?:summer|tournament|finals|world\s+cup|year|season|competition|campaign)\b",
    )
});

/// The time cues inside `span`.
pub fn cues(doc: &Doc<'_>, mentions: &Mentions, span: Span) -> TimeCues {
    let mut c = TimeCues::default();
    for m in mentions.within(span) {
        // "their 2010 World Cup final defeat": a year or edition inside a possessed noun
        // phrase names an earlier event, not the clause's time.
        let possessed = matches!(m.value, Value::Date(_) | Value::Competition(_))
            && doc
                .tokens_in(doc.span(span.start(), m.span.start()))
                .last()
                .is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "their" | "his" | "her" | "its" | "our" | "my"
                    ) || t.norm.ends_with("'s")
                });
        if possessed {
            if !c.background.contains(&"an earlier event") {
                c.background.push("an earlier event");
            }
            continue;
        }
        match &m.value {
            Value::Date(d) if c.date.is_none() => c.date = Some(*d),
            Value::Competition(e) if c.edition.is_none() => c.edition = Some(e.clone()),
            Value::Weekday { day } if c.weekday.is_none() => c.weekday = Some(*day),
            Value::Stage(st) if c.stage.is_none() => c.stage = Some(st.stage),
            Value::RelativeDay { day } if c.relative_day.is_none() => c.relative_day = Some(*day),
            Value::Duration(d) => match d.direction {
                Direction::Ago if d.unit == TimeUnit::Year => c.years_ago = Some(d.amount),
                Direction::Later | Direction::Earlier
                    if matches!(
                        d.unit,
                        TimeUnit::Year | TimeUnit::Month | TimeUnit::Week | TimeUnit::Day
                    ) =>
                {
                    c.shifted = Some(*d)
                }
                _ => {}
            },
            _ => {}
        }
    }
    let lower = doc.text_of(span).to_lowercase();
    for (cue, p) in [
        ("last month", Period::LastMonth),
        ("last year", Period::LastYear),
        ("last summer", Period::LastYear),
        ("this year", Period::ThisYear),
        ("this summer", Period::ThisYear),
        ("earlier this year", Period::ThisYear),
    ] {
        if c.period.is_none() && lower.contains(cue) {
            c.period = Some(p);
        }
    }
    if c.period.is_none() {
        if let Some(m) = LAST_MONTH_NAMED.captures(&lower) {
            let month = m
                .get(1)
                .and_then(|g| crate::mentions::date::month_number(g.as_str()));
            c.period = month.map(Period::LastNamedMonth);
        }
    }
    c.prior = PRIOR.is_match(&lower);
    for b in BACKGROUND {
        let found = lower.match_indices(b).any(|(i, _)| {
            let before = lower[..i].chars().next_back();
            let after = lower[i + b.len()..].chars().next();
            let word = !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric);
            word && background_sense(b, &lower[..i], &lower[i + b.len()..])
        });
        if found {
            c.background.push(b);
        }
    }
    c
}

/// Words that are background only in one sense: "past" as a time ("the past decade", "in
/// the past"), not a direction ("dinked the ball past the keeper"); "back in" before a time
/// ("back in 1991", "back in the day"), not "pulled one back in the 29th minute".
fn background_sense(cue: &str, before: &str, after: &str) -> bool {
    let prev = before.split_whitespace().next_back().unwrap_or("");
    let next: Vec<&str> = after.split_whitespace().take(2).collect();
    match cue {
        "past" => matches!(
            prev,
            "the" | "in" | "its" | "his" | "her" | "their" | "recent" | "this"
        ),
        "back in" => {
            // A year or a decade ("back in 1991", "back in the 1990s"), not a minute.
            let digit = |w: &str| w.len() >= 4 && w.chars().take(4).all(|c| c.is_ascii_digit());
            match next.as_slice() {
                [w, ..] if digit(w) => true,
                ["the", w] => digit(w) || w.starts_with("day"),
                _ => false,
            }
        }
        _ => true,
    }
}

/// The time cues of a segment, and of its sentence.
pub fn segment_cues(doc: &Doc<'_>, mentions: &Mentions, seg: &Segment) -> TimeCues {
    cues(doc, mentions, seg.span)
}
