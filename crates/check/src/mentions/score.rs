//! Scores: `2-1`, `2–1`, `4:1`, `two-nil`, `one-all`, `by two goals to one`, `goalless`, and
//! result lines (`Scotland 1 England 2`), with what they are a score of when the words say
//! (`4-2 on penalties`, `a 4-2 penalty shootout`, `2-1 a.e.t.`, `1-0 up at half-time`, `the
//! half-time score was 1-0`, `(HT 1-0)`, `3-2 on aggregate`).
//!
//! Not scores: formations (`4-4-2`, `3–5–2`: three numbers), dates (`2021-10-12`), ranges of
//! years, clock times (`21:00`), votes (`voted 6-3`) — the `not_football` and `date`
//! dimensions claim those first — and age ranges (`aged 18-21`), which this one declines.

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

/// What may follow a score and says what it is a score of (a result noun may come between:
/// "a 4-2 win on penalties", "1-0 up at half-time").
macro_rules! trailer {
    () => {
        r"(?:(?:\s+(?:win|victory|defeat|loss|triumph|success|reverse|lead|deficit|up|down|ahead|behind|in\s+front))?\s*(?:(?P<pens>\(?\s*(?:on |via |after |in )?(?:a |the )?(?:penalty shoot-?outs?|penalties|pens\b\.?|pen\b\.?|shoot-?outs?|spot-kicks|spot kicks|p\s*\))\s*\)?)|(?P<aet>\(?\s*a\.?\s?e\.?\s?t\b\.?\s*\)?|after extra[- ]time|in extra[- ]time)|(?P<ht>at (?:half-?time|half time|the break|the interval|the half)|at HT\b)|(?P<agg>on aggregate|agg(?:regate)?\b\.?)))?"
    };
}

/// The rule table.
pub static RULES: &[Rule] = &[
    Rule {
        // Before the digits rule: on the same span, the earlier rule wins.
        name: "score_ht_before",
        pattern: r"(?:\b(?:half-?time|half time|HT|interval|the break)\s+(?:score(?:line)?\s+|it\s+)?(?:was|stood\s+at|of|read)\s+|\b(?:HT|half-?time)\s*:\s*|\(\s*(?:HT|half-?time)\s*:?\s*)(?P<v>(?P<a>\d{1,2})\s?-\s?(?P<b>\d{1,2}))\b",
        produce: |c| {
            let (a, b) = (num(c, "a")?, num(c, "b")?);
            (a <= 31 && b <= 31).then_some(Value::Score(ScoreValue {
                a,
                b,
                kind: ScoreKind::HalfTime,
            }))
        },
    },
    Rule {
        name: "score_digits",
        pattern: concat!(
            r"(?:(?P<pre>\d\s?-\s?|\baged?\s+|\bages\s+)|\b)(?P<v>(?P<a>\d{1,2})\s?-\s?(?P<b>\d{1,2})(?P<post>\s?-\s?\d)?\b",
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
        // "one-all", "2-all" ("drew one-all", "tied 2-all").
        name: "score_all",
        pattern: r"\b(?P<v>(?P<a>\d|one|two|three|four|five|six)[- ]all)\b",
        produce: |c| {
            let a = num(c, "a")?;
            Some(Value::Score(ScoreValue {
                a,
                b: a,
                kind: ScoreKind::Plain,
            }))
        },
    },
    Rule {
        name: "score_goals_to",
        pattern: r"\b(?P<v>(?:by\s+)?(?P<a>\d|one|two|three|four|five|six|seven|eight|nine|ten)\s+goals?\s+to\s+(?P<b>\d|nil|one|two|three|four|five|six|seven|eight|nine|ten))\b",
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
pub fn find(doc: &Doc<'_>, within: Span, lex: &Lexicon, out: &mut Vec<Mention>) {
    TABLE.run(doc, within, out);
    team_number_team(doc, within, lex, out);
}

/// "Scotland 1 England 2", "Brazil 4 Italy 1": a team, a number, a team, a number is a score
/// written as a result line ("England 2-1 Germany" is found by the digits rule).
fn team_number_team(doc: &Doc<'_>, within: Span, lex: &Lexicon, out: &mut Vec<Mention>) {
    let (text, base) = doc.norm_of(within);
    let teams: Vec<(usize, usize)> = lex.teams_in(text).map(|(s, e, _)| (s, e)).collect();
    // The number right after a team's name: (value, start, end).
    let number_after = |e: usize| -> Option<(u32, usize, usize)> {
        let rest = text.get(e..)?;
        let lead = rest.len() - rest.trim_start_matches(' ').len();
        if lead == 0 || lead > 2 {
            return None;
        }
        let digits: String = rest
            .get(lead..)?
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let end = e + lead + digits.len();
        let next = text.get(end..).and_then(|r| r.chars().next());
        if digits.is_empty()
            || digits.len() > 2
            || next.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | ':' | '.' | ','))
        {
            return None;
        }
        Some((digits.parse().ok()?, e + lead, end))
    };
    for w in teams.windows(2) {
        let ((_, e1), (s2, e2)) = (w[0], w[1]);
        let Some((a, start1, end1)) = number_after(e1) else {
            continue;
        };
        if text
            .get(end1..s2)
            .is_none_or(|gap| !gap.trim().is_empty() && gap.trim() != "-")
        {
            continue;
        }
        let Some((b, _, end2)) = number_after(e2) else {
            continue;
        };
        if a > 31 || b > 31 {
            continue;
        }
        out.push(Mention {
            span: doc.span_of_norm(base + start1, base + end2),
            value: Value::Score(ScoreValue {
                a,
                b,
                kind: ScoreKind::Plain,
            }),
            rule: "score_team_number_team",
        });
    }
}
