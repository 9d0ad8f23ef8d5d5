//! Quotations repeated with different wording: the same statement quoted twice in one article
//! (a tweet in the text and again in its embed) must say the same thing. The data cannot say
//! which wording is right, so a difference is reported UNVERIFIABLE with the words that differ.
//!
//! Cost: candidate windows start where the quote's first word appears; a cheap word-set
//! overlap filters them before an edit distance over words; identical quotes are compared once.

use super::{Family, Reading};
use crate::frames::{Frame, Kind, Predicate, QuoteClaim};
use crate::verify::{Context, Finding, Tie};
use goalline_core::names;
use std::collections::{HashMap, HashSet};

/// The family.
pub const FAMILY: Family = Family {
    name: "quotes",
    recognise,
    verify,
};

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    let text = r.doc.text();
    for (s, e, detail) in differing(text) {
        let span = r.doc.span(s, e);
        let mut f = r.frame(
            "quotes",
            "repeated_quotation",
            Kind::Quotation,
            span,
            span,
            Predicate::Quotation(QuoteClaim { detail }),
        );
        // The quotation is the article's own text: not someone else's claim to discount.
        f.modality = crate::discourse::Modality::Asserted;
        out.push(f);
    }
}

fn verify(f: &Frame, _ctx: &Context<'_>) -> Finding {
    let detail = match &f.predicate {
        Predicate::Quotation(q) => q.detail.clone(),
        _ => String::new(),
    };
    Finding::unknown(
        format!("quotation inconsistency — {detail}; which wording is right is not in the data"),
        Tie::none("a quotation"),
    )
}

/// Passages of at least this many words are compared.
const MIN_WORDS: usize = 8;

fn words(text: &str, start: usize, end: usize) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut i = start;
    for w in text[start..end].split(|c: char| c.is_whitespace()) {
        let ws = i;
        i += w.len() + 1;
        let f = names::fold(w);
        if !f.is_empty() {
            out.push((f, ws, ws + w.len()));
        }
    }
    out
}

/// Quoted passages: text between matching double quotes.
fn quoted(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' => open = Some(i + c.len_utf8()),
            '”' => {
                if let Some(s) = open.take() {
                    out.push((s, i));
                }
            }
            '"' => match open.take() {
                Some(s) => out.push((s, i)),
                None => open = Some(i + 1),
            },
            _ => {}
        }
    }
    out
}

/// Flags quotations that reappear in the text with different wording.
///
/// Cost: candidate windows start where the quote's first word appears; a cheap word-set
/// overlap filters them before an edit distance over words (not characters); identical
/// quotes are compared once.
pub fn differing(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let all = words(text, 0, text.len());
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, w) in all.iter().enumerate() {
        by_first.entry(w.0.as_str()).or_default().push(i);
    }
    let mut seen: HashMap<Vec<String>, Option<(f64, Vec<String>)>> = HashMap::new();
    for (qs, qe) in quoted(text) {
        let q = words(text, qs, qe);
        if q.len() < MIN_WORDS {
            continue;
        }
        let qw: Vec<String> = q.iter().map(|w| w.0.clone()).collect();
        let found = seen
            .entry(qw.clone())
            .or_insert_with(|| best_near_copy(&all, &by_first, &qw, qs, qe))
            .clone();
        let Some((sim, other)) = found else { continue };
        let only_q: Vec<&str> = qw
            .iter()
            .map(String::as_str)
            .filter(|w| !other.iter().any(|o| o == w))
            .collect();
        let only_o: Vec<&str> = other
            .iter()
            .map(String::as_str)
            .filter(|w| !qw.iter().any(|o| o == w))
            .collect();
        let detail = format!(
            "the same statement appears twice with different wording (similarity {:.0}%): words only in the first: [{}], only in the second: [{}]",
            sim * 100.0,
            only_q.join(" "),
            only_o.join(" ")
        );
        out.push((qs, qe, detail));
    }
    out
}

type Word = (String, usize, usize);

/// The most similar passage outside the quote with similarity in [0.85, 1).
fn best_near_copy(
    all: &[Word],
    by_first: &HashMap<&str, Vec<usize>>,
    qw: &[String],
    qs: usize,
    qe: usize,
) -> Option<(f64, Vec<String>)> {
    let n = qw.len();
    let qset: HashSet<&str> = qw.iter().map(String::as_str).collect();
    let mut best: Option<(f64, usize, usize)> = None;
    let starts = by_first.get(qw[0].as_str())?;
    for &i in starts {
        if all[i].1 >= qs && all[i].1 < qe {
            continue;
        }
        for len in [n.saturating_sub(2), n.saturating_sub(1), n, n + 1, n + 2] {
            if len == 0 || i + len > all.len() || all[i + len - 1].2 > qs && all[i].1 < qe {
                continue;
            }
            let window = &all[i..i + len];
            let shared = window
                .iter()
                .filter(|w| qset.contains(w.0.as_str()))
                .count();
            if (shared as f64) < 0.8 * n as f64 {
                continue;
            }
            if len == n && window.iter().zip(qw).all(|(a, b)| &a.0 == b) {
                return None; // an identical copy: consistent
            }
            let ww: Vec<&str> = window.iter().map(|w| w.0.as_str()).collect();
            let qv: Vec<&str> = qw.iter().map(String::as_str).collect();
            let dist = strsim::generic_levenshtein(&qv, &ww);
            let sim = 1.0 - dist as f64 / n.max(len) as f64;
            if best.is_none_or(|b| sim > b.0) {
                best = Some((sim, i, i + len));
            }
        }
    }
    let (sim, i, j) = best?;
    (0.85..1.0)
        .contains(&sim)
        .then(|| (sim, all[i..j].iter().map(|w| w.0.clone()).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_a_quote_repeated_with_other_words() {
        let t = "He wrote, \"It hurts and it will take some time to get over it but that's part of the sport.\" Later: It hurts and it will take some time to get over it but that's part of sport. Done.";
        let c = differing(t);
        assert_eq!(c.len(), 1, "{c:?}");
        assert!(c[0].2.contains("[the]"), "{}", c[0].2);
    }

    #[test]
    fn identical_repeats_and_short_quotes_are_fine() {
        let t = "\"One two three four five six seven eight nine.\" And again One two three four five six seven eight nine. \"Very slim.\"";
        assert!(differing(t).is_empty());
    }
}
