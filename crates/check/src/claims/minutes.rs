//! Minutes written in words: "after 12 minutes", "seven minutes after the restart", "nine
//! minutes from time", "two minutes from the end of extra time", "on the stroke of half-time",
//! "six minutes later". Each becomes a range of minute labels; "later" counts from the last
//! minute the paragraph gave.
//!
//! Ranges are never stricter than the wording: "after 12 minutes" fits a goal labelled 12' or
//! 13'; a fuzzy phrase ("just before the hour") can support a claim but never contradict it.

use crate::context::Ctx;
use crate::text::number_word;
use once_cell::sync::Lazy;
use regex::Regex;

/// A minute phrase and the labels it allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Byte range of the phrase.
    pub start: usize,
    /// End.
    pub end: usize,
    /// Lowest label allowed.
    pub lo: u16,
    /// Highest label allowed (stoppage time of that minute included when it is 45, 90, 105 or 120).
    pub hi: u16,
    /// How far off a label must be to rule the phrase out; `None` for fuzzy phrases.
    pub tolerance: Option<u16>,
    /// Counted from an earlier minute ("six minutes later"): that minute.
    pub from: Option<u16>,
    /// A bound every goal of the claim must respect ("a hat-trick inside 16 minutes").
    pub all: bool,
}

impl Mark {
    /// True when a label fits.
    pub fn fits(&self, base: u16) -> bool {
        base >= self.lo && base <= self.hi
    }

    /// True when a label rules the phrase out.
    pub fn rules_out(&self, base: u16) -> bool {
        self.tolerance
            .is_some_and(|t| base + t < self.lo || base > self.hi + t)
    }
}

const N: &str = r"(\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-\w+|thirty|thirty-\w+|forty|a couple of)";

static PATTERNS: Lazy<Vec<(Regex, &'static str)>> = Lazy::new(|| {
    let r = |p: String, k: &'static str| (Regex::new(&p).expect("regex"), k);
    vec![
        r(format!(r"(?i-u)\b{N}\s+minutes?\s+(?:from|before)\s+the\s+end\s+of\s+extra[- ]time\b"), "end_et"),
        r(format!(r"(?i-u)\b{N}\s+minutes?\s+(?:from\s+time|from\s+the\s+end|before\s+the\s+end|before\s+full[- ]time|from\s+full[- ]time|before\s+the\s+final\s+whistle|remaining|left)\b"), "end"),
        r(format!(r"(?i-u)\b{N}\s+minutes?\s+(?:before|ahead of)\s+(?:half[- ]time|the\s+break|the\s+interval)\b"), "before_ht"),
        r(format!(r"(?i-u)\b{N}\s+minutes?\s+(?:after|into)\s+(?:the\s+)?(?:restart|break|interval|half[- ]time|second\s+half|second\s+period|resumption)\b"), "after_ht"),
        r(format!(r"(?i-u)\b{N}\s+minutes?\s+into\s+extra[- ]time\b"), "into_et"),
        r(format!(r"(?i-u)\b(?:inside|within|in)\s+(?:just\s+|only\s+)?(?:the\s+)?(?:first|opening)\s+{N}\s+minutes?\b"), "inside"),
        r(format!(r"(?i-u)\b(?:after|inside|within)\s+(?:just\s+|only\s+)?{N}\s+minutes?\b(?:\s+of\s+extra[- ]time)?"), "after_n"),
        r(format!(r"(?i-u)\b{N}\s+minutes?\s+in\b"), "n_in"),
        r(format!(r"(?i-u)\b(?:only\s+|just\s+)?{N}\s+minutes?\s+later\b"), "later"),
        r(r"(?i-u)\b(?:moments|seconds)\s+later\b".to_string(), "moments"),
        r(r"(?i-u)\bon\s+the\s+stroke\s+of\s+half[- ]time\b".to_string(), "stroke_ht"),
        r(r"(?i-u)\b(?:just|shortly|moments|right)\s+before\s+(?:half[- ]time|the\s+break|the\s+interval)\b".to_string(), "just_before_ht"),
        r(r"(?i-u)\b(?:just|shortly|soon|moments|right)\s+after\s+(?:half[- ]time|the\s+break|the\s+interval|the\s+restart)\b".to_string(), "just_after_ht"),
        r(r"(?i-u)\b(?:just|shortly)\s+before\s+the\s+hour\b".to_string(), "before_hour"),
        r(r"(?i-u)\b(?:just\s+|shortly\s+)?after\s+the\s+hour(?:\s+mark)?\b|\bon\s+the\s+hour\b".to_string(), "after_hour"),
    ]
});

fn count(w: &str) -> Option<u16> {
    let w = w.to_ascii_lowercase();
    match w.as_str() {
        "a" => Some(1),
        "a couple of" => Some(2),
        _ => w
            .parse::<u16>()
            .ok()
            .or_else(|| number_word(&w).map(|n| n as u16)),
    }
}

/// Every minute phrase of the article, in text order, with "later" resolved against the
/// minute before it in the same paragraph (a written label or an earlier phrase).
pub(crate) fn marks(ctx: &Ctx<'_>) -> Vec<Mark> {
    let text = ctx.text;
    let mut found: Vec<(usize, usize, &'static str, Option<u16>)> = Vec::new();
    for (re, kind) in PATTERNS.iter() {
        for c in re.captures_iter(text) {
            let Some(all) = c.get(0) else { continue };
            if found.iter().any(|f| f.0 < all.end() && all.start() < f.1) {
                continue;
            }
            let n = c.get(1).and_then(|m| count(m.as_str()));
            found.push((all.start(), all.end(), kind, n));
        }
    }
    // Written labels ("in the 23rd minute", "90+3'") are references for "later".
    static LABEL: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i-u)\b(\d{1,3})(?:st|nd|rd|th)[- ]minute|\b(\d{1,3})(?:\+\d{1,2})?'")
            .expect("regex")
    });
    let mut labels: Vec<(usize, u16)> = LABEL
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(1).or(c.get(2))?;
            Some((m.start(), m.as_str().parse().ok()?))
        })
        .collect();
    labels.sort();
    found.sort_by_key(|f| f.0);
    let mut out: Vec<Mark> = Vec::new();
    for (start, end, kind, n) in found {
        let et = ctx.slice(start, end).to_ascii_lowercase().contains("extra");
        let exact = |m: u16| (m, m + 1, Some(2u16), None);
        let spec: Option<(u16, u16, Option<u16>, Option<u16>)> = match (kind, n) {
            ("end_et", Some(n)) if n < 30 => Some((120 - n - 1, 120 - n, Some(2), None)),
            ("end", Some(n)) if n < 45 => Some((90 - n - 1, 90 - n, Some(2), None)),
            ("before_ht", Some(n)) if n < 45 => Some((45 - n - 1, 45 - n, Some(2), None)),
            ("after_ht", Some(n)) if n < 45 => Some(exact(45 + n)),
            ("into_et", Some(n)) if n < 30 => Some(exact(90 + n)),
            ("after_n", Some(n)) if et && n < 30 => Some(exact(90 + n)),
            ("after_n", Some(n)) if n <= 120 => {
                // "inside ten minutes": any time up to then.
                if ctx
                    .slice(start, end)
                    .to_ascii_lowercase()
                    .starts_with("after")
                {
                    Some(exact(n))
                } else {
                    Some((1, n, Some(0), None))
                }
            }
            ("n_in", Some(n)) if n <= 120 => Some(exact(n)),
            ("inside", Some(n)) if n <= 120 => Some((1, n, Some(0), None)),
            ("later", Some(_)) | ("moments", _) => {
                // The minute before this phrase in the same paragraph.
                let para_start = ctx.slice(0, start).rfind('\n').map(|i| i + 1).unwrap_or(0);
                let prev_label = labels
                    .iter()
                    .rfind(|(p, _)| *p < start && *p >= para_start)
                    .map(|(p, m)| (*p, *m));
                let prev_mark = out
                    .iter()
                    .rfind(|m| m.start < start && m.start >= para_start && m.tolerance.is_some())
                    .map(|m| (m.start, m.lo));
                let prev = match (prev_label, prev_mark) {
                    (Some(a), Some(b)) => Some(if a.0 > b.0 { a.1 } else { b.1 }),
                    (a, b) => a.or(b).map(|x| x.1),
                };
                prev.map(|p| {
                    if kind == "moments" {
                        (p, p + 3, None, Some(p))
                    } else {
                        let n = n.unwrap_or(0);
                        (p + n, p + n, Some(0), Some(p))
                    }
                })
            }
            ("stroke_ht", _) => Some((44, 45, None, None)),
            ("just_before_ht", _) => Some((38, 45, None, None)),
            ("just_after_ht", _) => Some((46, 50, None, None)),
            ("before_hour", _) => Some((52, 59, None, None)),
            ("after_hour", _) => Some((59, 66, None, None)),
            _ => None,
        };
        if let Some((lo, hi, tolerance, from)) = spec {
            out.push(Mark {
                start,
                end,
                lo,
                hi,
                tolerance,
                from,
                all: lo == 1,
            });
        }
    }
    out
}
