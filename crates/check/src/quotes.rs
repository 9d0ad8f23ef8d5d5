//! Quotations repeated with different wording: the same statement quoted twice in one article
//! (say, a tweet in the text and again in an embed) must say the same thing. Differences are
//! flagged, with the words that differ.

use crate::claims::Kind;
use crate::{Claim, Verdict};
use goalline_core::names;

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
pub fn check(text: &str) -> Vec<Claim> {
    let mut out = Vec::new();
    let all = words(text, 0, text.len());
    for (qs, qe) in quoted(text) {
        let q = words(text, qs, qe);
        if q.len() < MIN_WORDS {
            continue;
        }
        let n = q.len();
        let qw: Vec<&str> = q.iter().map(|w| w.0.as_str()).collect();
        // Slide a window of similar length over the text outside the quote.
        let mut best: Option<(f64, usize, usize)> = None;
        for i in 0..all.len() {
            if all[i].1 >= qs && all[i].1 < qe {
                continue;
            }
            if all[i].0 != qw[0] {
                continue;
            }
            for len in [n.saturating_sub(2), n.saturating_sub(1), n, n + 1, n + 2] {
                if len == 0 || i + len > all.len() {
                    continue;
                }
                if all[i + len - 1].2 > qs && all[i].1 < qe {
                    continue;
                }
                let ww: Vec<&str> = all[i..i + len].iter().map(|w| w.0.as_str()).collect();
                let sim = strsim::normalized_levenshtein(&qw.join(" "), &ww.join(" "));
                if best.is_none_or(|b| sim > b.0) {
                    best = Some((sim, i, i + len));
                }
            }
        }
        let Some((sim, i, j)) = best else { continue };
        if !(0.85..1.0).contains(&sim) {
            continue;
        }
        let other: Vec<&str> = all[i..j].iter().map(|w| w.0.as_str()).collect();
        let only_q: Vec<&str> = qw.iter().copied().filter(|w| !other.contains(w)).collect();
        let only_o: Vec<&str> = other.iter().copied().filter(|w| !qw.contains(w)).collect();
        let (os, oe) = (all[i].1, all[j - 1].2);
        let detail = format!(
            "the same statement appears twice with different wording (similarity {:.0}%): words only in the first: [{}], only in the second: [{}]; the second copy is at bytes {os}..{oe}",
            sim * 100.0,
            only_q.join(" "),
            only_o.join(" ")
        );
        let _ = (os, oe);
        out.push(Claim {
            start: qs,
            end: qe,
            text: text[qs..qe].to_string(),
            kind: Kind::Quotation,
            verdict: Verdict::Unverifiable,
            explanation: format!("quotation inconsistency — {detail}; which wording is right is not in the data"),
            evidence: Vec::new(),
            correct: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_a_quote_repeated_with_other_words() {
        let t = "He wrote, \"It hurts and it will take some time to get over it but that's part of the sport.\" Later: It hurts and it will take some time to get over it but that's part of sport. Done.";
        let c = check(t);
        assert_eq!(c.len(), 1, "{c:?}");
        assert!(c[0].explanation.contains("[the]"), "{}", c[0].explanation);
    }

    #[test]
    fn identical_repeats_and_short_quotes_are_fine() {
        let t = "\"One two three four five six seven eight nine.\" And again One two three four five six seven eight nine. \"Very slim.\"";
        assert!(check(t).is_empty());
    }
}
