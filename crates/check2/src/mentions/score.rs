//! Scores: `2-1`, `2–1`, `4:1`, `two-nil`, `goalless`, with what they are a score of when the
//! words say (`4-2 on penalties`, `2-1 a.e.t.`, `1-0 at half-time`, `3-2 on aggregate`).
//!
//! Not scores: formations (`4-4-2`, `3–5–2`: three numbers), dates (`2021-10-12`), ranges of
//! years, clock times (`21:00`), votes (`voted 6-3`) — the `not_football` and `date`
//! dimensions claim those first.

use super::rules::{has, num, Rule, Table};
use super::{Lexicon, Mention, ScoreKind, ScoreValue, Value};
use crate::doc::{Doc, Span};
use once_cell::sync::Lazy;
use regex::Captures;

fn kind(c: &Captures<'_>) -> ScoreKind {
    if has(c, "pens") {
        ScoreKind::Shootout
    } else if has(c, "aet") {
        ScoreKind::ExtraTime
    } else if has(c, "ht") {
        ScoreKind::HalfTime
    } else if has(c, "agg") {
        ScoreKind::Aggregate
    } else {
        ScoreKind::Plain
    }
}

fn digits(c: &Captures<'_>) -> Option<Value> {
    if has(c, "pre") || has(c, "post") {
        return None; // 4-4-2 or a date
    }
    let (a, b) = (num(c, "a")?, num(c, "b")?);
    if a > 31 || b > 31 {
        return None;
    }
    Some(Value::Score(ScoreValue {
        a,
        b,
        kind: kind(c),
    }))
}

fn words(c: &Captures<'_>) -> Option<Value> {
    let (a, b) = (num(c, "a")?, num(c, "b")?);
    (a <= 15 && b <= 15).then(|| {
        Value::Score(ScoreValue {
            a,
            b,
            kind: kind(c),
        })
    })
}

fn goalless(_: &Captures<'_>) -> Option<Value> {
    Some(Value::Score(ScoreValue {
        a: 0,
        b: 0,
        kind: ScoreKind::Goalless,
    }))
}

/// What may follow a score and says what it is a score of.
macro_rules! trailer {
    () => {
        r"(?:\s*(?:(?P<pens>\(?\s*(?:on |via |after |in )?(?:a |the )?(?:penalties|pens?\.?|penalty shoot-?out|shoot-?out|spot-kicks|spot kicks)\s*\)?)|(?P<aet>\(?\s*a\.?\s?e\.?\s?t\.?\s*\)?|after extra[- ]time|in extra[- ]time)|(?P<ht>at (?:half-?time|the break|the interval|the half)|at HT)|(?P<agg>on aggregate|agg\.?)))?"
    };
}

/// The rule table.
pub static RULES: &[Rule] = &[
    Rule {
        name: "score_digits",
        pattern: concat!(
            r"(?:(?P<pre>\d\s?-\s?)|\b)(?P<v>(?P<a>\d{1,2})\s?-\s?(?P<b>\d{1,2})(?P<post>\s?-\s?\d)?\b",
            trailer!(),
            r")"
        ),
        produce: digits,
    },
    Rule {
        name: "score_colon",
        pattern: concat!(
            r"(?:(?P<pre>\b(?:at|from|by|until|kick-off|kickoff|ko)\s+)|\b)(?P<v>(?P<a>\d{1,2}):(?P<b>\d{1,2})\b(?P<post>\s*(?:gmt|bst|cet|utc|et|pm|am|local|hrs|h)\b)?",
            trailer!(),
            r")"
        ),
        produce: digits,
    },
    Rule {
        name: "score_nil",
        pattern: r"\b(?P<v>(?P<a>\d|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?P<b>nil))\b",
        produce: words,
    },
    Rule {
        // "a three-one win": without the result noun "one-two" is a passing move.
        name: "score_words",
        pattern: r"\b(?P<v>(?P<a>one|two|three|four|five|six|seven|eight|nine|ten)-(?P<b>one|two|three|four|five|six|seven|eight|nine|ten))\s+(?:win|victory|defeat|lead|loss|draw|scoreline|thrashing|drubbing|reverse)\b",
        produce: words,
    },
    Rule {
        name: "score_goalless",
        pattern: r"\b(?P<v>goalless|scoreless|nil-nil|nil-all|0-0 draw)\b",
        produce: goalless,
    },
];

static TABLE: Lazy<Table> = Lazy::new(|| Table::new(RULES));

/// Finds the scores inside `within`.
pub fn find(doc: &Doc<'_>, within: Span, _lex: &Lexicon, out: &mut Vec<Mention>) {
    TABLE.run(doc, within, out);
}
