//! Polarity and modality: is a statement asserted, negated, hedged, in the future, conditional,
//! a question, or someone else's words?
//!
//! Cues count when they stand in the same segment as the statement's trigger word and before
//! it ("did not score", "failed to beat", "looked set to win", "will face"), or govern the whole
//! sentence (a question mark, a quotation, "said"). Cue tables are lists of token sequences.

use super::clauses::{Segment, SegmentKind};
use crate::doc::{Doc, Span, Token};
use serde::Serialize;

/// Asserted or negated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// Said to be so.
    Affirmed,
    /// Said not to be so ("did not", "never", "failed to").
    Negated,
}

/// How strongly the article states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// A plain statement of fact.
    Asserted,
    /// Softened or counterfactual ("seemed to", "almost", "would have", "looked set to").
    Hedged,
    /// About the future ("will face", "is set to meet", "next").
    Future,
    /// Under a condition ("if they win", "unless").
    Conditional,
    /// A question.
    Question,
    /// Someone else's words (a quotation or reported speech).
    Reported,
}

/// Negation cues (token sequences, lower case, ASCII apostrophes).
const NEGATIONS: &[&[&str]] = &[
    &["not"],
    &["n't"],
    &["never"],
    &["failed", "to"],
    &["fail", "to"],
    &["fails", "to"],
    &["unable", "to"],
    &["could", "not"],
    &["couldn't"],
    &["didn't"],
    &["did", "not"],
    &["don't"],
    &["doesn't"],
    &["wasn't"],
    &["weren't"],
    &["hasn't"],
    &["haven't"],
    &["hadn't"],
    &["won't"],
    &["neither"],
    &["nor"],
    &["no", "longer"],
    &["yet", "to"],
    &["without"],
];

/// Hedge cues.
const HEDGES: &[&[&str]] = &[
    &["seemed"],
    &["seems"],
    &["appeared"],
    &["appears"],
    &["looked", "set"],
    &["looked", "to"],
    &["looked", "like"],
    &["almost"],
    &["nearly"],
    &["would", "have"],
    &["could", "have"],
    &["should", "have"],
    &["might", "have"],
    &["may", "have"],
    &["might"],
    &["threatened", "to"],
    &["came", "close"],
    &["thought", "he", "had"],
    &["thought", "she", "had"],
    &["thought", "they", "had"],
    &["reportedly"],
    &["allegedly"],
    &["possibly"],
    &["probably"],
    &["perhaps"],
    &["hoping", "to"],
    &["hoped", "to"],
    &["hopes", "to"],
    &["bid", "to"],
    &["chasing"],
    &["aiming", "to"],
    &["trying", "to"],
    &["fighting", "to"],
    &["in", "search", "of"],
    &["potential"],
];

/// Counterfactuals: they govern the whole clause, wherever they stand.
const COUNTERFACTUALS: &[&[&str]] = &[
    &["would", "have"],
    &["could", "have"],
    &["should", "have"],
    &["might", "have"],
    &["would've"],
    &["could've"],
];

/// Future cues.
const FUTURES: &[&[&str]] = &[
    &["will"],
    &["'ll"],
    &["shall"],
    &["going", "to"],
    &["set", "to"],
    &["due", "to"],
    &["next"],
    &["upcoming"],
    &["still", "have", "to"],
    &["awaits"],
    &["await"],
    &["face", "off"],
];

/// Requirements: what a team must do, not what happened ("must beat", "need to win").
const REQUIREMENTS: &[&[&str]] = &[
    &["must"],
    &["need", "to"],
    &["needs", "to"],
    &["have", "to"],
    &["has", "to"],
    &["would", "need"],
    &["need", "a"],
    &["needs", "a"],
];

/// Reporting verbs.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "admitted",
    "admits",
    "added",
    "explained",
    "revealed",
    "believes",
    "believed",
    "reckons",
    "suggested",
    "argued",
    "stated",
    "declared",
];

fn matches_at(toks: &[Token], k: usize, cue: &[&str]) -> bool {
    cue.iter().enumerate().all(|(i, w)| {
        toks.get(k + i)
            .is_some_and(|t| t.norm == *w || (*w == "n't" && t.norm.ends_with("n't")))
    })
}

fn cue_before(toks: &[Token], upto: usize, cues: &[&[&str]]) -> Option<usize> {
    (0..toks.len())
        .filter(|&k| toks[k].span.start() < upto)
        // "at will" is no future.
        .filter(|&k| !(toks[k].norm == "will" && k > 0 && toks[k - 1].norm == "at"))
        .find(|&k| cues.iter().any(|c| matches_at(toks, k, c)))
}

/// The polarity of a statement whose trigger is `trigger`, inside `segment`.
pub fn polarity(doc: &Doc<'_>, segment: &Segment, trigger: Span) -> Polarity {
    let toks = doc.tokens_in(segment.span);
    match cue_before(toks, trigger.start(), NEGATIONS) {
        Some(k) => {
            // "not only", "not just", "never before" (a record: "had never won") stay negated
            // except "not only/just" which affirm.
            let next = toks.get(k + 1).map(|t| t.norm.as_str());
            if toks[k].norm == "not" && matches!(next, Some("only" | "just" | "least")) {
                Polarity::Affirmed
            } else {
                Polarity::Negated
            }
        }
        None => Polarity::Affirmed,
    }
}

/// The modality of a statement whose trigger is `trigger`, inside `segment` of `sentence`.
pub fn modality(doc: &Doc<'_>, segment: &Segment, sentence: Span, trigger: Span) -> Modality {
    let stext = doc.text_of(sentence).trim_end();
    if segment.kind == SegmentKind::Quote {
        return Modality::Reported;
    }
    if stext.ends_with('?') {
        return Modality::Question;
    }
    let toks = doc.tokens_in(segment.span);
    if matches!(segment.opener, Some("if" | "unless")) {
        return Modality::Conditional;
    }
    if cue_before(toks, trigger.start(), REQUIREMENTS).is_some() {
        return Modality::Conditional;
    }
    // A counterfactual anywhere in the clause ("a 1-0 victory would have been enough").
    if cue_before(toks, usize::MAX, COUNTERFACTUALS).is_some() {
        return Modality::Hedged;
    }
    if cue_before(toks, trigger.start(), HEDGES).is_some() {
        return Modality::Hedged;
    }
    if cue_before(toks, trigger.start(), FUTURES).is_some() {
        return Modality::Future;
    }
    // Reported speech: "X said (that) …" before the statement, in the same sentence.
    let stoks = doc.tokens_in(sentence);
    let reported = stoks.iter().enumerate().any(|(k, t)| {
        REPORTING.contains(&t.norm.as_str())
            && t.span.end() <= trigger.start()
            && stoks
                .get(k + 1)
                .is_some_and(|n| n.norm == "that" || n.norm == "\"")
    });
    if reported {
        return Modality::Reported;
    }
    Modality::Asserted
}
