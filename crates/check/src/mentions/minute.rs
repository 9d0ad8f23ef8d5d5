//! Minutes of a match: written labels ("in the 84th minute", "84'", "a 20th-minute lead",
//! "90+2'", "in the 90th + 1", "(2-0, 40th)", "Kane (23rd, 45th + 1)"), counts of minutes
//! played ("after 12 minutes", "on 11 minutes", "20 minutes in", "seven minutes after the
//! restart"), windows ("in the first 16 minutes", "inside ten minutes", "before half-time", "in
//! the second half", "in extra time"), times counted back from the end ("nine minutes from
//! time", "with four minutes left") and fuzzy times ("late on", "early on", "just before
//! half-time", "midway through the second half", "on the hour", "in stoppage time").
//!
//! See [`MinuteValue`] for what `base`, `from` and `to` mean for each [`MinuteKind`].
//!
//! Not minutes: a match's length ("a 90-minute performance", "the full 90 minutes"), minutes
//! as a count ("540 minutes without conceding": the count dimension's), lengths of time
//! relative to an event ("two minutes later", "within five minutes of coming on": the
//! duration dimension's), ages and years. "Late" and "early" are minutes only before a word of
//! the match ("a late winner", "early on"), never "the late Diego Maradona" or "the early
//! 1990s"; "the first half of the season" is no window.

use super::numbers::{cardinal_words, ordinal_words, parse_number, parse_ordinal};
use super::rules::{has, ListRule, ListTable, Rule, Table};
use super::{Lexicon, Mention, MinuteKind, MinuteValue, Value};
use crate::doc::{Doc, Span};
use once_cell::sync::Lazy;
use regex::Captures;

/// A count of minutes, in digits or words (`a`/`an` are added where one minute makes sense).
macro_rules! n {
    () => {
        concat!(r"(?:\d{1,3}|", cardinal_words!(), ")")
    };
}

/// Half-time and its synonyms.
macro_rules! ht {
    () => {
        r"(?:half-?time|half time|break|interval|half-time break|half-time whistle)"
    };
}

/// Stoppage time and its synonyms.
macro_rules! stoppage {
    () => {
        r"(?:stoppage|injury|added|additional)[- ]time"
    };
}

/// An item of a bracketed list of minutes: "23rd", "pen 23rd", "45th + 1", "90th+2 pen".
macro_rules! bracket_item {
    () => {
        r"(?:(?:pen|p|pk|og|o\.g)\.?\s*,?\s*)?\d{1,3}(?:st|nd|rd|th)(?:\s*(?:minute\s*)?\+\s*\d{1,2})?(?:\s*,?\s*(?:pen|p|pk|og|o\.g|penalty)\b\.?)?"
    };
}

/// The match-clock points a count of minutes can be counted from or back from (see
/// [`clock_anchor`]), longest first.
macro_rules! clock_anchors {
    () => {
        r"(?:second\s+(?:half|period)\s+of\s+extra[- ]time|start\s+of\s+the\s+second\s+(?:half|period)|start\s+of\s+extra[- ]time|end\s+of\s+extra[- ]time|end\s+of\s+the\s+first\s+half|end\s+of\s+normal\s+time|end\s+of\s+regulation|end\s+of\s+the\s+(?:game|match)|extra[- ]time|second\s+half|second\s+period|restart|resumption|half-time\s+(?:break|whistle)|half-?time|half\s+time|break|interval|kick-?off|start|opening\s+whistle|first\s+whistle|full[- ]time|full\s+time|final\s+whistle|end)"
    };
}
pub(crate) use clock_anchors;

/// The most a minute label can be (extra time and its stoppage).
const MAX_MINUTE: u32 = 130;

/// What a count of minutes is counted from, or back from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Counted forward from this minute (0 for kick-off, 45 for the restart, 90 for the start
    /// of extra time, 105 for its second half).
    Start(u16),
    /// Counted back from this minute (45 for half-time, 90 for full time, 120 for the end of
    /// extra time).
    End(u16),
}

/// The match-clock point a phrase names ("the restart", "half-time", "kick-off", "the end of
/// extra time", "the second half"), when it names one. `words` may run on past the anchor
/// ("restart Spain scored" is the restart). The duration dimension leaves minutes counted
/// from these to this one.
pub fn clock_anchor(words: &str) -> Option<Anchor> {
    let w = words.trim().to_ascii_lowercase();
    let w = w.strip_prefix("the ").unwrap_or(&w);
    const TABLE: &[(&str, Anchor)] = &[
        ("second half of extra time", Anchor::Start(105)),
        ("second half of extra-time", Anchor::Start(105)),
        ("second period of extra time", Anchor::Start(105)),
        ("second period of extra-time", Anchor::Start(105)),
        ("start of the second half", Anchor::Start(45)),
        ("start of the second period", Anchor::Start(45)),
        ("start of extra time", Anchor::Start(90)),
        ("start of extra-time", Anchor::Start(90)),
        ("end of extra time", Anchor::End(120)),
        ("end of extra-time", Anchor::End(120)),
        ("end of the first half", Anchor::End(45)),
        ("end of the half", Anchor::End(45)),
        ("end of normal time", Anchor::End(90)),
        ("end of regulation", Anchor::End(90)),
        ("end of the game", Anchor::End(90)),
        ("end of the match", Anchor::End(90)),
        ("extra time", Anchor::Start(90)),
        ("extra-time", Anchor::Start(90)),
        ("second half", Anchor::Start(45)),
        ("second period", Anchor::Start(45)),
        ("restart", Anchor::Start(45)),
        ("resumption", Anchor::Start(45)),
        ("half-time break", Anchor::End(45)),
        ("half-time whistle", Anchor::End(45)),
        ("half-time", Anchor::End(45)),
        ("halftime", Anchor::End(45)),
        ("half time", Anchor::End(45)),
        ("break", Anchor::End(45)),
        ("interval", Anchor::End(45)),
        ("kick-off", Anchor::Start(0)),
        ("kickoff", Anchor::Start(0)),
        ("start", Anchor::Start(0)),
        ("opening whistle", Anchor::Start(0)),
        ("first whistle", Anchor::Start(0)),
        ("full-time", Anchor::End(90)),
        ("full time", Anchor::End(90)),
        ("final whistle", Anchor::End(90)),
        ("end", Anchor::End(90)),
        ("time", Anchor::End(90)),
    ];
    TABLE.iter().find_map(|(p, a)| {
        let rest = w.strip_prefix(p)?;
        (rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric() && c != '-'))
            .then_some(*a)
    })
}

fn value(kind: MinuteKind, base: u32, stoppage: Option<u32>, from: u32, to: u32) -> Option<Value> {
    let ok = base <= MAX_MINUTE
        && from <= to
        && to <= MAX_MINUTE
        && stoppage.is_none_or(|s| (1..=30).contains(&s));
    ok.then(|| {
        Value::Minute(MinuteValue {
            base: base as u16,
            stoppage: stoppage.map(|s| s as u16),
            kind,
            from: from as u16,
            to: to as u16,
        })
    })
}

/// A written label: `base..=base`.
fn at(base: u32, stoppage: Option<u32>) -> Option<Value> {
    (base >= 1)
        .then(|| value(MinuteKind::At, base, stoppage, base, base))
        .flatten()
}

/// A count of minutes played: the label is `base` or the next one.
fn played(base: u32) -> Option<Value> {
    (base >= 1)
        .then(|| value(MinuteKind::At, base, None, base, (base + 1).min(MAX_MINUTE)))
        .flatten()
}

fn within(from: u32, to: u32) -> Option<Value> {
    (from >= 1)
        .then(|| value(MinuteKind::Within, from, None, from, to))
        .flatten()
}

fn fuzzy(from: u32, to: u32) -> Option<Value> {
    value(MinuteKind::Fuzzy, from.max(1), None, from.max(1), to)
}

/// `n` minutes before `end`.
fn from_end(n: u32, end: u32) -> Option<Value> {
    (n >= 1 && n < end)
        .then(|| value(MinuteKind::FromEnd, n, None, end - n - 1, end - n))
        .flatten()
}

/// A count: digits, words, `a`/`an`.
fn count(c: &Captures<'_>, name: &str) -> Option<u32> {
    let s = c.name(name)?.as_str().trim();
    if s.eq_ignore_ascii_case("a") || s.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    parse_number(s)
}

fn ordinal(c: &Captures<'_>, name: &str) -> Option<u32> {
    parse_ordinal(c.name(name)?.as_str())
}

fn stop(c: &Captures<'_>) -> Option<u32> {
    c.name("s").and_then(|m| m.as_str().parse().ok())
}

/// The lower-case text of a group ("" when it did not match).
fn text(c: &Captures<'_>, name: &str) -> String {
    c.name(name)
        .map(|m| m.as_str().to_ascii_lowercase())
        .unwrap_or_default()
}

/// The end of the period a phrase's tail names ("of the first half" → 45, "of extra time" →
/// 120), full time when it names none.
fn period_end(tail: &str) -> u32 {
    if tail.contains("extra") {
        120
    } else if tail.contains("first") || tail.contains("half-time") || tail.contains("break") {
        45
    } else {
        90
    }
}

fn r_ordinal(c: &Captures<'_>) -> Option<Value> {
    at(ordinal(c, "n")?, stop(c))
}

fn r_of_stoppage(c: &Captures<'_>) -> Option<Value> {
    let n = ordinal(c, "n")?;
    let base = if has(c, "fh") || has(c, "fh2") {
        45
    } else if has(c, "et") {
        120
    } else {
        90
    };
    at(base, Some(n))
}

fn r_of_period(c: &Captures<'_>) -> Option<Value> {
    let n = ordinal(c, "n")?;
    let p = text(c, "p");
    let off = if p.contains("extra") {
        if p.contains("second") {
            105
        } else {
            90
        }
    } else if p.contains("second") {
        45
    } else {
        0
    };
    let cap = if off >= 90 { 15 } else { 45 };
    (n <= cap || off == 0).then(|| at(off + n, None)).flatten()
}

fn r_plus(c: &Captures<'_>) -> Option<Value> {
    let b: u32 = c.name("b")?.as_str().parse().ok()?;
    let marked = has(c, "o") || has(c, "m");
    (marked || matches!(b, 45 | 90 | 105 | 120))
        .then(|| at(b, stop(c)))
        .flatten()
}

fn r_apostrophe(c: &Captures<'_>) -> Option<Value> {
    let n: u32 = c.name("n")?.as_str().parse().ok()?;
    at(n, None)
}

fn r_on_after(c: &Captures<'_>) -> Option<Value> {
    let n = count(c, "n")?;
    if has(c, "et") {
        return (n <= 30).then(|| played(90 + n)).flatten();
    }
    if has(c, "sh") {
        return (n <= 45).then(|| played(45 + n)).flatten();
    }
    if has(c, "ab") {
        return fuzzy(n.saturating_sub(3), (n + 3).min(MAX_MINUTE));
    }
    played(n)
}

fn r_mark(c: &Captures<'_>) -> Option<Value> {
    let n = count(c, "n")?;
    match text(c, "p").trim() {
        "on" | "at" => played(n),
        "approaching" => fuzzy(n.saturating_sub(5), n),
        "past" => fuzzy(n, (n + 5).min(MAX_MINUTE)),
        _ => fuzzy(n.saturating_sub(3), (n + 3).min(MAX_MINUTE)),
    }
}

fn r_after_hour(c: &Captures<'_>) -> Option<Value> {
    let w = text(c, "w");
    if w.starts_with("half") {
        played(30)
    } else if w.contains("quarter") {
        played(15)
    } else {
        played(60)
    }
}

fn r_into(c: &Captures<'_>) -> Option<Value> {
    let n = count(c, "n")?;
    let rel = text(c, "rel");
    let a = text(c, "a");
    let start = match clock_anchor(&a) {
        Some(Anchor::Start(s)) => s as u32,
        // "after the break/half-time": counted from the restart.
        Some(Anchor::End(45)) => 45,
        Some(Anchor::End(_)) => return None,
        // "into the game", "into the final": from kick-off; "after the game" is after it.
        None if rel.starts_with("into") => 0,
        None => return None,
    };
    let cap = match start {
        0 => MAX_MINUTE,
        45 => 45,
        _ => 15,
    };
    (n <= cap).then(|| played(start + n)).flatten()
}

fn r_n_in(c: &Captures<'_>) -> Option<Value> {
    played(count(c, "n")?)
}

fn r_from_end(c: &Captures<'_>) -> Option<Value> {
    let n = count(c, "n")?;
    let end = if has(c, "ht") {
        45
    } else {
        period_end(&(text(c, "per") + &text(c, "t")))
    };
    if has(c, "lt") {
        return fuzzy(end.saturating_sub(n), end);
    }
    from_end(n, end)
}

fn r_first_n(c: &Captures<'_>) -> Option<Value> {
    if c.name("fromend").is_some() {
        return None;
    }
    let n = count(c, "n")?;
    let a = text(c, "a");
    let off = if a.contains("extra") {
        90
    } else if a.contains("second") {
        45
    } else {
        0
    };
    within(off + 1, off + n)
}

fn r_last_n(c: &Captures<'_>) -> Option<Value> {
    let n = count(c, "n")?;
    let end = period_end(&text(c, "a"));
    (n < end).then(|| within(end - n + 1, end)).flatten()
}

fn r_inside_n(c: &Captures<'_>) -> Option<Value> {
    if has(c, "other") {
        return None; // "within two minutes of coming on": the duration dimension's
    }
    let n = count(c, "n")?;
    if !has(c, "of") {
        return within(1, n);
    }
    match clock_anchor(&text(c, "a"))? {
        Anchor::Start(s) => within(s as u32 + 1, s as u32 + n),
        Anchor::End(45) if text(c, "a").contains("end") => {
            (n < 45).then(|| within(45 - n, 45)).flatten()
        }
        // "within five minutes of half-time": either side of it.
        Anchor::End(45) => (n < 45).then(|| fuzzy(45 - n, 45 + n)).flatten(),
        Anchor::End(e) => (n < e as u32)
            .then(|| within(e as u32 - n, e as u32))
            .flatten(),
    }
}

fn r_first_span(c: &Captures<'_>) -> Option<Value> {
    if has(c, "of") {
        return None;
    }
    let w = text(c, "w") + &text(c, "w2");
    if w.contains("quarter") || w.starts_with("15") {
        within(1, 15)
    } else if w.contains("half") {
        within(1, 30)
    } else {
        within(1, 60)
    }
}

fn r_last_span(c: &Captures<'_>) -> Option<Value> {
    if text(c, "w").contains("half") {
        within(61, 90)
    } else {
        within(76, 90)
    }
}

fn r_half(c: &Captures<'_>) -> Option<Value> {
    let first = !text(c, "w").contains("second") && !text(c, "w").contains("closing");
    let of = text(c, "ofw");
    if !of.is_empty() && !of.starts_with("extra") {
        return None; // "the first half of the season"
    }
    match (first, !of.is_empty()) {
        (true, false) => within(1, 45),
        (false, false) => within(46, 90),
        (true, true) => within(91, 105),
        (false, true) => within(106, 120),
    }
}

fn r_extra(c: &Captures<'_>) -> Option<Value> {
    let p = text(c, "p");
    if p.contains("first") {
        within(91, 105)
    } else if p.contains("second") {
        within(106, 120)
    } else {
        within(91, 120)
    }
}

fn r_stoppage(c: &Captures<'_>) -> Option<Value> {
    let w = text(c, "fh") + &text(c, "fh2");
    if has(c, "et") || w.contains("extra") {
        fuzzy(120, 120)
    } else if w.contains("first") {
        fuzzy(45, 45)
    } else {
        fuzzy(90, 90)
    }
}

fn r_early(c: &Captures<'_>) -> Option<Value> {
    // "early on in his career", "early on in the tournament": not a minute.
    let tw = text(c, "tw");
    if !tw.is_empty()
        && !matches!(
            tw.as_str(),
            "game" | "match" | "contest" | "tie" | "first" | "half" | "final"
        )
    {
        return None;
    }
    fuzzy(1, 15)
}

fn r_death(c: &Captures<'_>) -> Option<Value> {
    let w = text(c, "w");
    let (lo, hi) = if w.contains("dying") {
        (85, 90)
    } else if w.contains("closing") || w.contains("final minutes") || w.contains("final stages") {
        (80, 90)
    } else {
        (88, 90)
    };
    let end = period_end(&text(c, "p"));
    let back = 90 - hi;
    fuzzy(end - (90 - lo), end - back)
}

fn r_midway(c: &Captures<'_>) -> Option<Value> {
    let p = text(c, "p");
    if p.contains("extra") {
        fuzzy(100, 110)
    } else if p.contains("second") {
        fuzzy(60, 75)
    } else {
        fuzzy(15, 30)
    }
}

fn r_hour(c: &Captures<'_>) -> Option<Value> {
    if has(c, "x") {
        return None; // "after the hour-long delay"
    }
    let pre = text(c, "pre");
    let pre = pre.split_whitespace().collect::<Vec<_>>().join(" ");
    let half = has(c, "half");
    let m = if half { 30 } else { 60 };
    match pre.as_str() {
        "just before" | "shortly before" | "moments before" | "just short of" => {
            fuzzy(m - 6, m - 1)
        }
        "just after" | "shortly after" | "moments after" | "just past" | "soon after" => {
            fuzzy(m, m + 6)
        }
        "on" | "at" => fuzzy(m - 2, m + 2),
        "approaching" => fuzzy(m - 8, m),
        "by" | "before" => fuzzy(1, m),
        "after" => fuzzy(m, m + 10),
        _ => fuzzy(m - 5, m + 5), // around, about
    }
}

/// The rule table.
pub static RULES: &[Rule] = &[
    Rule {
        name: "minute_ordinal",
        pattern: concat!(
            r"\b(?P<v>(?P<n>",
            ordinal_words!(),
            r")(?:[- ]?minute\b|[- ]min\b\.?)(?:\s*\+\s*(?P<s>\d{1,2})(?:\s*')?)?)"
        ),
        produce: r_ordinal,
    },
    Rule {
        // "by the fifth minute": everything before it.
        name: "minute_by_ordinal",
        pattern: concat!(
            r"\b(?P<v>(?:by|before|inside)\s+the\s+(?P<n>",
            ordinal_words!(),
            r")[- ]?minute)\b"
        ),
        produce: |c| within(1, ordinal(c, "n")?),
    },
    Rule {
        name: "minute_opening",
        pattern: r"\b(?P<v>opening minute)\b",
        produce: |_| at(1, None),
    },
    Rule {
        name: "minute_of_stoppage",
        pattern: concat!(
            r"\b(?P<v>(?P<n>",
            ordinal_words!(),
            r")\s+minute\s+of\s+(?:the\s+)?(?:(?P<fh>first-half|first half|half-time)\s+|(?:second-half|second half|full-time)\s+)?",
            stoppage!(),
            r"(?P<fh2>\s+(?:at\s+the\s+end\s+of|in|of)\s+the\s+first\s+half)?(?P<et>\s+(?:at\s+the\s+end\s+of|in|of)\s+extra[- ]time)?)"
        ),
        produce: r_of_stoppage,
    },
    Rule {
        name: "minute_of_period",
        pattern: concat!(
            r"\b(?P<v>(?P<n>",
            ordinal_words!(),
            r")\s+minute\s+of\s+(?:the\s+)?(?P<p>second\s+half\s+of\s+extra[- ]time|second\s+period\s+of\s+extra[- ]time|extra[- ]time|second\s+half|second\s+period|first\s+half|game|match))\b"
        ),
        produce: r_of_period,
    },
    Rule {
        name: "minute_plus",
        pattern: r"(?:^|[^\d+.:/])(?P<v>(?P<b>\d{2,3})(?P<o>st|nd|rd|th)?\s*(?:minute\s*)?\+\s*(?P<s>\d{1,2})(?P<m>\s*'|\s*(?:minutes?|mins?)\b|(?:st|nd|rd|th)(?:\s+minute)?\b)?)",
        produce: r_plus,
    },
    Rule {
        // Checked against the text around it in `find` (not "84's", not a closing quote).
        name: "minute_apostrophe",
        pattern: r"(?:^|[^\w.,'+:/-])(?P<v>(?P<n>\d{1,3})')",
        produce: r_apostrophe,
    },
    Rule {
        name: "minute_on_after",
        pattern: concat!(
            r"\b(?P<v>(?:on|after)\s+(?:just\s+|only\s+|barely\s+|(?P<ab>around\s+|about\s+|roughly\s+|approximately\s+))?(?P<n>",
            n!(),
            r"|an?)\s+minutes?(?P<et>\s+of\s+extra[- ]time)?(?P<sh>\s+of\s+the\s+second\s+half)?)\b"
        ),
        produce: r_on_after,
    },
    Rule {
        name: "minute_mark",
        pattern: concat!(
            r"\b(?P<v>(?P<p>on|at|around|about|past|approaching|near)\s+the\s+(?P<n>",
            n!(),
            r")[- ]minute[- ]mark)\b"
        ),
        produce: r_mark,
    },
    Rule {
        name: "minute_after_hour",
        pattern: r"\b(?P<v>after\s+(?:just\s+|only\s+)?(?P<w>an\s+hour|half\s+an\s+hour|a\s+quarter\s+of\s+an\s+hour))\b",
        produce: r_after_hour,
    },
    Rule {
        name: "minute_into",
        pattern: concat!(
            r"\b(?P<v>(?P<n>",
            n!(),
            r"|an?)\s+minutes?\s+(?P<rel>into|after|from\s+the\s+start\s+of)\s+(?:the\s+)?(?P<a>second\s+half\s+of\s+extra[- ]time|second\s+period\s+of\s+extra[- ]time|extra[- ]time|second\s+half|second\s+period|restart|resumption|break|interval|half[- ]?time|half\s+time|game|match|contest|tie|final|proceedings|first\s+half|kick-?off|start|opening\s+whistle|first\s+whistle))\b"
        ),
        produce: r_into,
    },
    Rule {
        name: "minute_n_in",
        pattern: concat!(
            r"\b(?P<v>(?P<n>",
            n!(),
            r")\s+minutes?\s+in)(?:\s*[,;:)]|\s*$|\s+(?:and|when|with)\b)"
        ),
        produce: r_n_in,
    },
    Rule {
        name: "minute_from_end",
        pattern: concat!(
            r"\b(?P<v>(?:with\s+)?(?:just\s+|only\s+|barely\s+|(?P<lt>less\s+than\s+|under\s+|fewer\s+than\s+))?(?P<n>",
            n!(),
            r"|an?)\s+minutes?\s+(?:(?:from|before)\s+(?:the\s+)?(?P<ht>",
            ht!(),
            r")|from\s+time|(?:from|before)\s+(?:the\s+)?(?:end|full[- ]time|full\s+time|final\s+whistle)|(?:of\s+(?:the\s+)?(?P<per>normal\s+time|regular\s+time|regulation(?:\s+time)?|extra[- ]time|first\s+half|game|match|contest)\s+)?(?:left|remaining|to\s+go|to\s+play))(?:\s+(?:of|in)\s+(?:the\s+)?(?P<t>extra[- ]time|normal\s+time|regular\s+time|regulation(?:\s+time)?|first\s+half|second\s+half|game|match|contest|final))?)\b"
        ),
        produce: r_from_end,
    },
    Rule {
        name: "minute_quarter_left",
        pattern: r"\b(?P<v>(?:with\s+)?(?:(?:just|only|barely)\s+)?(?:a\s+)?(?P<q>quarter|half)\s+(?:of\s+)?an\s+hour\s+(?:left|remaining|to\s+go|to\s+play))\b",
        produce: |c| {
            from_end(
                if has(c, "q") && text(c, "q") == "half" {
                    30
                } else {
                    15
                },
                90,
            )
        },
    },
    Rule {
        name: "minute_seconds_left",
        pattern: r"\b(?P<v>with\s+(?:just\s+|only\s+|mere\s+)?seconds\s+(?:left|remaining|to\s+go|to\s+play))\b",
        produce: |_| fuzzy(90, 90),
    },
    Rule {
        name: "minute_first_n",
        pattern: concat!(
            r"\b(?P<v>(?:in|inside|within|during|over|for)\s+(?:just\s+|only\s+)?the\s+(?:first|opening)\s+(?P<n>",
            n!(),
            r")\s+minutes(?:\s+of\s+(?:the\s+)?(?P<a>second\s+half|second\s+period|extra[- ]time|game|match|first\s+half))?)\b(?P<x>\s+(?:from\s+(?:time|the\s+end|full[- ]time)|left|remaining|to\s+go|to\s+play))?"
        ),
        // "head in the first eleven minutes from time": the count belongs to "from time".
        produce: |c| if has(c, "x") { None } else { r_first_n(c) },
    },
    Rule {
        name: "minute_last_n",
        pattern: concat!(
            r"\b(?P<v>(?:in|inside|within|during|over)\s+the\s+(?:last|final|closing|dying)\s+(?P<n>",
            n!(),
            r")\s+minutes(?:\s+of\s+(?:the\s+)?(?P<a>first\s+half|normal\s+time|regular\s+time|regulation|extra[- ]time|game|match))?)\b"
        ),
        produce: r_last_n,
    },
    Rule {
        name: "minute_inside_n",
        pattern: concat!(
            r"\b(?P<v>(?:inside|within)\s+(?:just\s+|only\s+)?(?P<n>",
            n!(),
            r"|an?)\s+(?:(?:remarkable|astonishing|incredible|extraordinary|frantic|crazy|breathless|chaotic|dizzying|opening|first)\s+)?(?:minutes?|mins?)(?:(?P<of>\s+of\s+(?:the\s+)?(?P<a>",
            clock_anchors!(),
            r"))\b|\s+of\s+(?P<other>\S))?)"
        ),
        produce: r_inside_n,
    },
    Rule {
        name: "minute_first_span",
        pattern: r"\b(?P<v>(?:(?:in|inside|within|during)\s+(?:just\s+|only\s+)?(?:the\s+)?(?:first|opening)\s+(?P<w>half[- ]hour|half\s+an\s+hour|quarter[- ]hour|quarter\s+of\s+an\s+hour|hour|15\s+minutes)|(?:inside|within)\s+(?:just\s+|only\s+)?(?P<w2>half\s+an\s+hour|an\s+hour|a\s+quarter\s+of\s+an\s+hour)))\b(?P<of>\s+of\b)?",
        produce: r_first_span,
    },
    Rule {
        name: "minute_last_span",
        pattern: r"\b(?P<v>(?:in|during)\s+the\s+(?:last|final|closing)\s+(?P<w>half[- ]hour|quarter[- ]hour|quarter\s+of\s+an\s+hour|quarter))\b",
        produce: r_last_span,
    },
    Rule {
        name: "minute_half",
        pattern: r"\b(?P<v>(?:in|during|throughout)\s+the\s+(?P<w>first|opening|second|closing)\s+(?:half|period|45(?:\s+minutes)?)(?:\s+of\s+(?:the\s+)?(?P<ofw>[\p{L}\d-]+))?)\b",
        produce: r_half,
    },
    Rule {
        name: "minute_half_adjective",
        pattern: r"\b(?P<v>(?P<w>first|opening|second)-half)\b",
        produce: r_half,
    },
    Rule {
        name: "minute_before_ht",
        pattern: concat!(
            r"\b(?P<v>(?:before|by|ahead\s+of|prior\s+to|until)\s+(?:the\s+)?",
            ht!(),
            r")\b"
        ),
        produce: |_| within(1, 45),
    },
    Rule {
        name: "minute_after_ht",
        pattern: r"\b(?P<v>(?:after|following|since)\s+(?:the\s+)?(?:half-?time|half\s+time|break|interval|restart|resumption|change\s+of\s+ends))\b",
        produce: |_| within(46, 90),
    },
    Rule {
        name: "minute_extra_time",
        pattern: r"\b(?P<v>(?:in|during)\s+(?:the\s+)?(?:(?P<p>first|second)\s+(?:half|period)\s+of\s+)?extra[- ]time|extra[- ]time\s+(?:winner|goal|equali[sz]er|leveller|penalty|strike|header|own\s+goal))\b",
        produce: r_extra,
    },
    Rule {
        name: "minute_normal_time",
        pattern: r"\b(?P<v>(?:in|during|within|inside)\s+(?:normal|regular|regulation)\s+time|in\s+regulation|(?:in|within|inside)\s+the\s+(?:90|ninety)\s+minutes|(?:within|inside)\s+(?:90|ninety)\s+minutes)\b",
        produce: |_| within(1, 90),
    },
    Rule {
        name: "minute_stoppage",
        pattern: concat!(
            r"\b(?P<v>(?:in|during|deep\s+into|into|well\s+into)\s+(?:the\s+)?(?P<fh>first-half\s+|first\s+half\s+|second-half\s+|second\s+half\s+|extra-time\s+)?",
            stoppage!(),
            r"(?P<fh2>\s+(?:at\s+the\s+end\s+of|of|in)\s+the\s+first\s+half)?(?P<et>\s+(?:at\s+the\s+end\s+)?of\s+extra[- ]time)?)"
        ),
        produce: r_stoppage,
    },
    Rule {
        name: "minute_stoppage_adjective",
        pattern: concat!(
            r"\b(?P<v>(?P<fh>first-half\s+)?",
            stoppage!(),
            r"\s+(?:winner|equali[sz]er|leveller|goal|strike|header|penalty|spot-kick|free-kick|consolation|own\s+goal|effort|finish|red\s+card))\b"
        ),
        produce: r_stoppage,
    },
    Rule {
        name: "minute_late",
        pattern: r"\b(?P<v>late\s+on|late\s+in\s+the\s+(?:game|match|contest|tie|day|second\s+half|second\s+period|final)|late\s+(?:winner|equali[sz]er|leveller|goal|strike|header|penalty|spot-kick|free-kick|consolation|own\s+goal|brace|double|rally|surge|show|flurry|fightback|comeback|drama|intervention|red\s+card|sending-off|dismissal|siege|onslaught|pressure|collapse|capitulation|twist|sucker\s+punch|heartbreak|effort|finish|chance|opportunity|cameo))\b",
        produce: |_| fuzzy(75, 90),
    },
    Rule {
        name: "minute_late_first_half",
        pattern: r"\b(?P<v>late\s+in\s+the\s+(?:first\s+half|first\s+period|half)|towards?\s+the\s+end\s+of\s+the\s+first\s+half)\b",
        produce: |_| fuzzy(38, 45),
    },
    Rule {
        name: "minute_late_extra_time",
        pattern: r"\b(?P<v>late\s+in\s+extra[- ]time)\b",
        produce: |_| fuzzy(110, 120),
    },
    Rule {
        name: "minute_towards_end",
        pattern: r"\b(?P<v>towards?\s+the\s+end\s+of\s+the\s+(?:game|match|second\s+half|contest))\b",
        produce: |_| fuzzy(80, 90),
    },
    Rule {
        name: "minute_early",
        pattern: r"\b(?P<v>early\s+on(?:\s+in\s+(?:his|her|their|the|its)\s+(?P<tw>[\p{L}-]+))?|early\s+doors|early\s+in\s+the\s+(?:game|match|contest|tie|first\s+half|first\s+period|final)|(?:an?|the|his|her|their|its)\s+early\s+(?:goal|opener|lead|strike|header|penalty|spot-kick|breakthrough|red\s+card|sending-off|dismissal|setback|own\s+goal|advantage|blow|injury|substitution|chance|opportunity|free-kick|corner|yellow\s+card|booking|scare|warning|effort|shot))\b",
        produce: r_early,
    },
    Rule {
        name: "minute_early_extra_time",
        pattern: r"\b(?P<v>early\s+in\s+extra[- ]time)\b",
        produce: |_| fuzzy(91, 100),
    },
    Rule {
        name: "minute_early_second_half",
        pattern: r"\b(?P<v>early\s+in\s+the\s+second\s+(?:half|period))\b",
        produce: |_| fuzzy(46, 60),
    },
    Rule {
        name: "minute_after_restart",
        pattern: concat!(
            r"\b(?P<v>(?:just|shortly|soon|moments|seconds|straight|immediately|right)\s+(?:after|into)\s+(?:the\s+)?(?:",
            ht!(),
            r"|restart|resumption|second\s+half|second\s+period)|(?:at|from)\s+the\s+start\s+of\s+the\s+second\s+half)\b"
        ),
        produce: |_| fuzzy(46, 55),
    },
    Rule {
        name: "minute_before_ht_fuzzy",
        pattern: concat!(
            r"\b(?P<v>(?:just|shortly|moments|seconds|right|immediately|soon)\s+before\s+(?:the\s+)?",
            ht!(),
            r")\b"
        ),
        produce: |_| fuzzy(40, 45),
    },
    Rule {
        name: "minute_stroke_ht",
        pattern: r"\b(?P<v>(?:on|right\s+on)\s+the\s+stroke\s+of\s+half[- ]?time|right\s+on\s+half[- ]?time|(?:at|on)\s+the\s+end\s+of\s+the\s+first\s+half)\b",
        produce: |_| fuzzy(44, 45),
    },
    Rule {
        name: "minute_stroke_ft",
        pattern: r"\b(?P<v>on\s+the\s+stroke\s+of\s+(?:full[- ]time|time))\b",
        produce: |_| fuzzy(89, 90),
    },
    Rule {
        name: "minute_death",
        pattern: r"\b(?P<v>(?P<w>at\s+the\s+death|with\s+the\s+(?:last|final)\s+kick\s+of\s+the\s+(?:game|match|contest)|last-gasp|(?:a|the|his|her|their)\s+last-minute\s+(?:winner|equali[sz]er|leveller|goal|strike|header|penalty|free-kick|spot-kick)|in\s+the\s+(?:last|final|dying)\s+(?:minute|seconds|moments)|in\s+the\s+dying\s+(?:minutes|embers|stages)|in\s+the\s+closing\s+(?:minutes|moments|stages|seconds)|in\s+the\s+final\s+(?:minutes|stages))(?:\s+of\s+(?:the\s+)?(?P<p>first\s+half|extra[- ]time|normal\s+time|regulation|game|match))?)\b",
        produce: r_death,
    },
    Rule {
        name: "minute_midway",
        pattern: r"\b(?P<v>(?:midway|mid-way|halfway|half-way)\s+through\s+(?:the\s+)?(?P<p>first\s+half|first\s+period|second\s+half|second\s+period|extra[- ]time))\b",
        produce: r_midway,
    },
    Rule {
        name: "minute_hour",
        pattern: r"\b(?P<v>(?P<pre>just\s+before|shortly\s+before|moments\s+before|just\s+short\s+of|just\s+after|shortly\s+after|moments\s+after|just\s+past|soon\s+after|on|around|about|at|approaching|by|before|after)\s+the\s+(?P<half>half[- ])?hour(?:[- ]mark)?)\b(?P<x>-)?",
        produce: r_hour,
    },
    Rule {
        name: "minute_opening_minutes",
        pattern: r"\b(?P<v>in\s+the\s+(?:opening|first\s+few|early)\s+(?:minutes|moments|exchanges|stages\s+of\s+the\s+(?:game|match))|in\s+the\s+opening\s+seconds|(?:inside|within)\s+the\s+(?:first|opening)\s+minute)\b",
        produce: |_| fuzzy(1, 10),
    },
];

/// List rules: several minutes written together.
pub static LISTS: &[ListRule] = &[
    ListRule {
        name: "minute_list",
        pattern: concat!(
            r"\b(?P<v>",
            ordinal_words!(),
            r"(?:\s*\+\s*\d{1,2})?(?:\s*,\s*(?:the\s+)?",
            ordinal_words!(),
            r"(?:\s*\+\s*\d{1,2})?)*\s*,?\s*(?:and|&)\s+(?:the\s+)?",
            ordinal_words!(),
            r"(?:\s*\+\s*\d{1,2})?\s+minutes)\b"
        ),
        item: concat!(
            r"\b(?P<v>(?P<n>",
            ordinal_words!(),
            r")(?:\s*\+\s*(?P<s>\d{1,2}))?)"
        ),
        produce: |_, i| at(ordinal(i, "n")?, stop(i)),
    },
    ListRule {
        // Checked in `find`: not after a team's name ("Morocco (22nd)" is a ranking).
        name: "minute_bracket",
        pattern: concat!(
            r"\((?P<v>\s*(?:\d{1,2}\s?-\s?\d{1,2}\s*,\s*)?",
            bracket_item!(),
            r"(?:\s*(?:,|;|\band\b|&)\s*",
            bracket_item!(),
            r")*)\s*\)"
        ),
        item: r"\b(?P<v>(?P<n>\d{1,3})(?:st|nd|rd|th)(?:\s*(?:minute\s*)?\+\s*(?P<s>\d{1,2}))?)",
        produce: |_, i| at(i.name("n")?.as_str().parse().ok()?, stop(i)),
    },
];

static TABLE: Lazy<Table> = Lazy::new(|| Table::new(RULES));
static LIST_TABLE: Lazy<ListTable> = Lazy::new(|| ListTable::new(LISTS));

/// Finds the minutes inside `within`.
pub fn find(doc: &Doc<'_>, within: Span, lex: &Lexicon, out: &mut Vec<Mention>) {
    let mut found = Vec::new();
    TABLE.run_retrying(doc, within, &mut found);
    LIST_TABLE.run(doc, within, &mut found);
    found.retain(|m| match m.rule {
        "minute_apostrophe" => apostrophe_is_minute(doc, within, m.span),
        "minute_bracket" => bracket_is_minute(doc, within, m.span, lex),
        _ => true,
    });
    out.extend(found);
}

/// "84'" is a minute unless a letter or digit follows ("the 90's") or the apostrophe closes
/// a quotation opened earlier in the sentence ("'we lost 3' he said").
fn apostrophe_is_minute(doc: &Doc<'_>, within: Span, span: Span) -> bool {
    let after = doc.text_of(doc.span(span.end(), within.end()));
    if after.chars().next().is_some_and(char::is_alphanumeric) {
        return false;
    }
    let (before, _) = doc.norm_of(doc.span(within.start(), span.start()));
    // The last single quote before the number: an opening one means we are in a quotation.
    let opening = before.char_indices().rev().find(|&(_, c)| c == '\'');
    match opening {
        Some((i, _)) => {
            let prev = before.get(..i).and_then(|p| p.chars().next_back());
            let next = before.get(i + 1..).and_then(|p| p.chars().next());
            let opens = prev.is_none_or(|p| p.is_whitespace() || p == '(')
                && next.is_some_and(char::is_alphanumeric);
            !opens
        }
        None => true,
    }
}

/// A bracketed ordinal is a minute unless it follows a team's name or the sentence is about
/// rankings ("Morocco (22nd) face Spain (7th)").
fn bracket_is_minute(doc: &Doc<'_>, within: Span, span: Span, lex: &Lexicon) -> bool {
    let (sentence, _) = doc.norm_of(within);
    if sentence.to_ascii_lowercase().contains("rank") {
        return false;
    }
    let (before, _) = doc.norm_of(doc.span(within.start(), span.start()));
    let Some(open) = before.rfind('(') else {
        return true;
    };
    // "(1-0, 17th)": a score with its minute, whatever precedes the bracket.
    let inside = before.get(open + 1..).unwrap_or("");
    if inside
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit())
        && inside.contains('-')
    {
        return true;
    }
    let head = before.get(..open).unwrap_or("").trim_end();
    !lex.teams_in(head).any(|(_, e, _)| e == head.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions::Mentions;

    fn minutes(text: &str) -> Vec<MinuteValue> {
        let doc = Doc::new(text);
        Mentions::find(&doc, &Lexicon::fixture())
            .all
            .into_iter()
            .filter_map(|m| match m.value {
                Value::Minute(v) => Some(v),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn windows_of_counted_minutes() {
        let m = minutes("Spain led seven minutes after the restart.");
        assert_eq!((m[0].base, m[0].from, m[0].to), (52, 52, 53));
        let m = minutes("He struck nine minutes from time.");
        assert_eq!(
            (m[0].kind, m[0].base, m[0].from, m[0].to),
            (MinuteKind::FromEnd, 9, 80, 81)
        );
        let m = minutes("Two minutes from the end of extra time, Kane scored.");
        assert_eq!((m[0].base, m[0].from, m[0].to), (2, 117, 118));
        let m = minutes("He scored in the 84th minute.");
        assert_eq!((m[0].base, m[0].from, m[0].to), (84, 84, 84));
    }

    #[test]
    fn clock_anchors() {
        assert_eq!(clock_anchor("the restart Spain"), Some(Anchor::Start(45)));
        assert_eq!(clock_anchor("half-time"), Some(Anchor::End(45)));
        assert_eq!(clock_anchor("coming on"), None);
        assert_eq!(clock_anchor("timely"), None);
        assert_eq!(
            clock_anchor("the end of extra time"),
            Some(Anchor::End(120))
        );
    }
}
