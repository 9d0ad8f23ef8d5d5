//! Layer 7, the report: claims with verdicts and explanations rendered from findings, the
//! sentences that hold numbers, dates or names but produced no claim (`unchecked`), and the
//! summary. Field names follow the HTTP API and version 1's JSON (`start`, `end`, `text`,
//! `kind`, `verdict`, `explanation`, `evidence`, `correct`). A report reads back from its JSON
//! (saved checks keep it): a kind or date source another version wrote and this one does not
//! know reads as `other` / `unknown`, and a missing `unchecked` list or count as empty.

use crate::frames::{Frame, Kind};
use crate::policy::Decision;
use crate::verify::{Finding, Status};
use goalline_core::{Date, Evidence, Gender, Verdict};
use serde::{Deserialize, Serialize};

pub use crate::verify::context::DateSource;

/// One checked claim.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claim {
    /// Byte offset of the claim in the article.
    pub start: usize,
    /// One past the last byte; `text == article[start..end]`.
    pub end: usize,
    /// The claim as written.
    pub text: String,
    /// What kind of claim.
    pub kind: Kind,
    /// The verdict.
    pub verdict: Verdict,
    /// Why: what the data say, the correct value when contradicted, the reason when not
    /// checkable.
    pub explanation: String,
    /// The rows behind the verdict.
    pub evidence: Vec<Evidence>,
    /// The correct value, when contradicted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correct: Option<String>,
    /// What it was checked against (a match, an edition, a career).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked_against: Option<String>,
    /// The family and rule that read it (`result/verb`).
    pub rule: String,
    /// The typed claim (predicate and values), for machines.
    pub frame: String,
}

/// A sentence that holds numbers, dates or names but produced no claim.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Unchecked {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// The text.
    pub text: String,
}

/// Counts per verdict.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Summary {
    /// Claims found.
    pub claims: usize,
    /// Supported.
    pub supported: usize,
    /// Contradicted.
    pub contradicted: usize,
    /// Unverifiable.
    pub unverifiable: usize,
    /// Sentences with facts but no claim.
    #[serde(default)]
    pub unchecked: usize,
}

/// The checker's output for one article.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    /// Publication date used, if known.
    pub date: Option<Date>,
    /// Where the date came from.
    pub date_source: DateSource,
    /// The match the article is about, when found.
    pub main_match: Option<String>,
    /// Men's or women's football.
    pub gender: Gender,
    /// Claims in text order.
    pub claims: Vec<Claim>,
    /// Sentences with facts that produced no claim.
    #[serde(default)]
    pub unchecked: Vec<Unchecked>,
    /// Counts.
    pub summary: Summary,
}

impl Report {
    /// True when some claim is contradicted.
    pub fn has_contradiction(&self) -> bool {
        self.summary.contradicted > 0
    }
}

/// The explanation of a verdict, from the finding and the policy's decision.
pub fn explain(f: &Finding, d: &Decision) -> String {
    let against = f
        .against
        .as_ref()
        .map(|a| format!(" [checked against {a}]"))
        .unwrap_or_default();
    if let Some((correct, detail)) = &d.via {
        return format!(
            "the statement is wrong in another part: the data say {correct}: {detail}{against}"
        );
    }
    match (&d.verdict, &f.status) {
        (Verdict::Contradicted, Status::Fails { correct }) => {
            format!("the data say {correct}: {}{against}", f.detail)
        }
        (Verdict::Contradicted, _) => format!("the data say otherwise: {}{against}", f.detail),
        (Verdict::Supported, _) => format!("{}{against}", f.detail),
        (Verdict::Unverifiable, _) => match &d.why {
            Some(why) if matches!(f.status, Status::Unknown { .. }) => why.clone(),
            Some(why) => format!("{why}; {}{against}", f.detail),
            None => f.detail.clone(),
        },
    }
}

/// One claim of the report.
pub fn claim(text: &str, frame: &Frame, f: &Finding, d: &Decision) -> Claim {
    let t = text.get(frame.span.start()..frame.span.end()).unwrap_or("");
    Claim {
        start: frame.span.start(),
        end: frame.span.end(),
        text: t.to_string(),
        kind: frame.kind,
        verdict: d.verdict,
        explanation: explain(f, d),
        evidence: f.evidence.clone(),
        correct: match (&d.via, &d.verdict, &f.status) {
            (Some((correct, _)), _, _) => Some(correct.clone()),
            (None, Verdict::Contradicted, Status::Fails { correct }) => Some(correct.clone()),
            _ => None,
        },
        checked_against: f.against.clone(),
        rule: format!("{}/{}", frame.family, frame.rule),
        frame: frame.predicate.to_string(),
    }
}
