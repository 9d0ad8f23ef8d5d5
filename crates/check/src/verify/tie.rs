//! The tie of a claim to an event: which match (or edition, or career) a claim is about, and
//! whether that is certain. A claim may be contradicted only when its tie is certain.

use goalline_core::MatchId;
use serde::Serialize;

/// The event a claim is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    /// A match.
    Match {
        /// The match.
        id: MatchId,
    },
    /// An edition of a competition.
    Edition {
        /// martj42's competition name.
        competition: String,
        /// The edition's year.
        year: i32,
    },
    /// A player's or team's career up to a day.
    Career,
    /// Nothing identified.
    None,
}

/// How a claim is tied to its event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tie {
    /// The event.
    pub event: Event,
    /// Identified with certainty (the only case in which a claim may be contradicted).
    pub certain: bool,
    /// The event in words ("2022-12-10 England 1–2 France").
    pub label: Option<String>,
    /// Why this event (or why none).
    pub why: String,
}

impl Tie {
    /// No event identified.
    pub fn none(why: impl Into<String>) -> Tie {
        Tie {
            event: Event::None,
            certain: false,
            label: None,
            why: why.into(),
        }
    }

    /// A match.
    pub fn to_match(id: MatchId, label: String, certain: bool, why: impl Into<String>) -> Tie {
        Tie {
            event: Event::Match { id },
            certain,
            label: Some(label),
            why: why.into(),
        }
    }

    /// A certain tie to a non-match event (a career, an edition, the calendar).
    pub fn certain(event: Event, label: impl Into<String>, why: impl Into<String>) -> Tie {
        Tie {
            event,
            certain: true,
            label: Some(label.into()),
            why: why.into(),
        }
    }

    /// The same tie, made uncertain with a reason.
    pub fn uncertain(mut self, why: impl Into<String>) -> Tie {
        self.certain = false;
        self.why = why.into();
        self
    }
}
