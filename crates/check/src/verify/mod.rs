//! Layer 5, verifiers: a frame checked against the data, through the facts engine only.
//!
//! A verifier returns a [`Finding`]: the claim holds, fails (with the correct value), or cannot
//! be decided (with the reason) — plus what it was checked against, the evidence rows, the
//! coverage of the data for the question, and whether the event the claim is about was
//! identified with certainty ([`Tie`]). Verifiers never decide verdicts: [`crate::policy`]
//! does, from the finding and the frame's polarity and modality.
//!
//! [`Context`] holds what every verifier needs: the facts engine, the publication date, men's
//! or women's football, the article's main match and edition, and resolution of the text's
//! teams, people and scopes to the data (cached per article).

pub mod context;
pub mod event;
pub mod tie;

pub use context::{Context, PlayerRes};
pub use tie::{Event, Tie};

use goalline_core::{Coverage, Evidence};
use serde::Serialize;

/// What the data say about a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    /// The data confirm it.
    Holds,
    /// The data say otherwise.
    Fails {
        /// The correct value, as an editor would write it ("2-1", "84'", "Saturday").
        correct: String,
    },
    /// The data cannot decide.
    Unknown {
        /// Why.
        reason: String,
    },
}

/// A verifier's finding.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// Holds, fails or unknown.
    pub status: Status,
    /// What it was checked against ("2022-12-10 England 1–2 France (FIFA World Cup)").
    pub against: Option<String>,
    /// What the data say, in words ("Kane scored at 54' (pen)").
    pub detail: String,
    /// The rows behind it.
    pub evidence: Vec<Evidence>,
    /// How completely the data cover the question (`Exact` is needed to contradict).
    pub coverage: Coverage,
    /// The event the claim is about, and how surely.
    pub tie: Tie,
}

/// A weekday as a word ("Wednesday").
pub fn weekday_word(w: goalline_core::Weekday) -> &'static str {
    use goalline_core::Weekday;
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// The failed attributes of one claim, each (correct value, detail), joined for a finding:
/// ("correct; correct", "detail; detail").
pub fn join_failures(fails: &[(String, String)]) -> (String, String) {
    let join = |f: fn(&(String, String)) -> &String| {
        fails.iter().map(f).cloned().collect::<Vec<_>>().join("; ")
    };
    (join(|x| &x.0), join(|x| &x.1))
}

impl Finding {
    /// The claim holds.
    pub fn holds(detail: impl Into<String>, tie: Tie, evidence: Vec<Evidence>) -> Finding {
        Finding {
            status: Status::Holds,
            against: tie.label.clone(),
            detail: detail.into(),
            evidence,
            coverage: Coverage::Exact,
            tie,
        }
    }

    /// The claim fails; `correct` is the right value.
    pub fn fails(
        correct: impl Into<String>,
        detail: impl Into<String>,
        tie: Tie,
        evidence: Vec<Evidence>,
    ) -> Finding {
        Finding {
            status: Status::Fails {
                correct: correct.into(),
            },
            against: tie.label.clone(),
            detail: detail.into(),
            evidence,
            coverage: Coverage::Exact,
            tie,
        }
    }

    /// The data cannot decide.
    pub fn unknown(reason: impl Into<String>, tie: Tie) -> Finding {
        let reason = reason.into();
        Finding {
            status: Status::Unknown {
                reason: reason.clone(),
            },
            against: tie.label.clone(),
            detail: reason,
            evidence: Vec::new(),
            coverage: Coverage::None,
            tie,
        }
    }

    /// With a coverage other than exact.
    pub fn with_coverage(mut self, c: Coverage) -> Finding {
        self.coverage = c;
        self
    }

    /// With more evidence.
    pub fn with_evidence(mut self, e: impl IntoIterator<Item = Evidence>) -> Finding {
        self.evidence.extend(e);
        self
    }
}
