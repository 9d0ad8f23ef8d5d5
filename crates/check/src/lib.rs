//! goalline's article checker: reads a whole article, finds every checkable claim, and gives
//! each a verdict — SUPPORTED, CONTRADICTED or UNVERIFIABLE — with the rows that decide it.
//!
//! Pipeline: [`context`] (date, gender, teams, players, the main match) → [`claims`] (one
//! extractor per kind of football sentence, each verifying against `goalline-facts`) →
//! [`Report`]. The rule that governs every verdict: a claim is CONTRADICTED only when the data
//! positively rule it out with full coverage and the claim is tied to its event with
//! certainty; anything less is UNVERIFIABLE, with the reason.
#![forbid(unsafe_code)]

pub mod claims;
pub mod context;
pub mod dates;
pub mod eval;
pub mod focus;
pub mod memo;
pub mod mentions;
pub mod quotes;
pub mod render;
pub mod text;

pub use goalline_core::Verdict;
use goalline_core::{Date, Evidence};
use goalline_facts::Facts;
use serde::Serialize;

pub use claims::Kind;
pub use dates::DateSource;

/// One checked claim.
#[derive(Debug, Clone, Serialize)]
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
    /// Why: what the data say, the correct value when contradicted, the reason when not checkable.
    pub explanation: String,
    /// The rows behind the verdict.
    pub evidence: Vec<Evidence>,
    /// The correct value, when contradicted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correct: Option<String>,
}

/// Counts per verdict.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Claims found.
    pub claims: usize,
    /// Supported.
    pub supported: usize,
    /// Contradicted.
    pub contradicted: usize,
    /// Unverifiable.
    pub unverifiable: usize,
}

/// The checker's output for one article.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Publication date used (`YYYY-MM-DD`), if known.
    pub date: Option<Date>,
    /// Where the date came from.
    pub date_source: DateSource,
    /// The match the article is about, when found (`2022-12-10 England 1–2 France`).
    pub main_match: Option<String>,
    /// Men's or women's football.
    pub gender: goalline_core::Gender,
    /// Claims in text order.
    pub claims: Vec<Claim>,
    /// Counts.
    pub summary: Summary,
}

impl Report {
    /// True when some claim is contradicted.
    pub fn has_contradiction(&self) -> bool {
        self.summary.contradicted > 0
    }
}

/// The checker: the facts engine plus the lexicons built from it (build once, check many).
pub struct Checker {
    facts: Facts,
    lexicon: mentions::Lexicon,
}

impl std::fmt::Debug for Checker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Checker").finish_non_exhaustive()
    }
}

impl Checker {
    /// Builds a checker over a facts engine.
    pub fn new(facts: Facts) -> Checker {
        let lexicon = mentions::Lexicon::new(&facts);
        Checker { facts, lexicon }
    }

    /// The facts engine.
    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    /// Checks an article. `date` is the publication date when known; otherwise it is inferred
    /// from the text (a `DATE:` header, datelines) and the report says so. Never panics.
    pub fn check(&self, text: &str, date: Option<Date>) -> Report {
        let mut ctx = context::Ctx::build(&self.facts, &self.lexicon, text, date);
        let mut claims = claims::extract_all(&mut ctx);
        focus::gate(&ctx, &mut claims);
        claims.extend(quotes::check(text));
        claims.sort_by_key(|c| (c.start, c.end));
        let mut summary = Summary {
            claims: claims.len(),
            ..Default::default()
        };
        for c in &claims {
            match c.verdict {
                Verdict::Supported => summary.supported += 1,
                Verdict::Contradicted => summary.contradicted += 1,
                Verdict::Unverifiable => summary.unverifiable += 1,
            }
        }
        Report {
            date: ctx.date,
            date_source: ctx.date_source.clone(),
            main_match: ctx.main.as_ref().map(|m| m.row.evidence.text.clone()),
            gender: ctx.gender,
            claims,
            summary,
        }
    }
}
