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

pub use context::{Context, MatchPick, PlayerRes};
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

/// Most candidates a claim is judged against one by one ([`judge_candidates`]).
pub const MAX_CANDIDATES: usize = 6;

/// A claim whose match could be one of several ("England beat West Germany 4-2 in 1966": a
/// friendly in February and the final), judged against each with `judge`:
/// - some candidate fits: the claim holds, loosely (the tie stays uncertain: which match was
///   meant is not known, only that one fits);
/// - every candidate rules it out, and they are every match of the sides in the time the clause
///   names (`pick.complete`): it fails for certain, whichever was meant;
/// - otherwise (an unknown among them, too many, or an incomplete set): `None`.
pub fn judge_candidates(
    ctx: &Context<'_>,
    pick: &MatchPick,
    judge: impl Fn(&goalline_facts::matches::MatchFacts, Tie) -> Finding,
) -> Option<Finding> {
    let n = pick.candidates.len();
    if !(2..=MAX_CANDIDATES).contains(&n) {
        return None;
    }
    let labels: Vec<String> = pick.candidates.iter().map(context::label).collect();
    let mut fails = Vec::new();
    for (row, l) in pick.candidates.iter().zip(&labels) {
        let m = ctx.match_facts(row.id)?;
        let tie = Tie::to_match(
            row.id,
            l.clone(),
            false,
            format!("one of {n} matches that could be meant"),
        );
        let f = judge(&m, tie);
        match &f.status {
            Status::Holds => return Some(f),
            Status::Fails { .. } => fails.push(f),
            Status::Unknown { .. } => return None,
        }
    }
    if !pick.complete {
        return None;
    }
    let (correct, detail) = join_failures(
        &fails
            .iter()
            .map(|f| match &f.status {
                Status::Fails { correct } => (correct.clone(), f.detail.clone()),
                _ => (String::new(), f.detail.clone()),
            })
            .collect::<Vec<_>>(),
    );
    let first = &pick.candidates[0];
    let tie = Tie::to_match(
        first.id,
        labels.join("; "),
        true,
        format!("none of the {n} matches of the sides in the time named fits"),
    );
    let evidence = fails.into_iter().flat_map(|f| f.evidence).collect();
    Some(Finding::fails(correct, detail, tie, evidence))
}
