//! Lengths of time: relative to another event ("two minutes later", "a minute later", "three
//! days later", "eight years later", "two minutes before he scored", "within five minutes of
//! coming on"), to the publication date ("60 years ago", "a decade ago", "15 months ago"), or
//! a length ("in 97 seconds", "a span of about 135 seconds", "for over a decade", "a 15-year
//! record", "56 years of hurt", "the past two years").
//!
//! Amounts are ranges: "about 135 seconds" widens by a tenth either way (121–149), "nearly"
//! and "just under" a tenth below, "just over" a tenth above, "over"/"more than"/"at least"
//! have no upper bound ([`DurationValue::OPEN`]), "under"/"less than" start at 0, "a few"
//! is 2–5, "several" 3–9. Hours are counted in minutes, decades and centuries in years.
//!
//! Minutes on the match clock are the minute dimension's, and this one declines them:
//! "after 12 minutes", "inside ten minutes", "seven minutes after the restart", "five minutes
//! before half-time", "the last ten minutes" (a duration mention would suppress them). Ages
//! ("29-year-old", "aged 34 years and 200 days") are the age dimension's.

use super::minute::{clock_anchor, clock_anchors, Anchor};
use super::numbers::{cardinal_words, parse_number};
use super::rules::{has, Rule, Table};
use super::{Direction, DurationValue, Lexicon, Mention, TimeUnit, Value};
use crate::doc::{Doc, Span};
use once_cell::sync::Lazy;
use regex::Captures;

/// An amount: an optional modifier (group `mod`), a number (group `n`), an optional "and a
/// half" (group `half`) and a unit (group `u`).
macro_rules! amount {
    () => {
        concat!(
            r"(?:(?P<mod>about|around|some|roughly|approximately|close\s+to|nearly|almost|just\s+under|just\s+over|well\s+over|more\s+than|over|less\s+than|fewer\s+than|under|at\s+least|upwards\s+of|barely|only|just|exactly|precisely)\s+)?",
            r"(?P<n>\d{1,4}(?:\.\d)?|a\s+couple\s+of|a\s+few|several|a\s+handful\s+of|a\s+dozen|half\s+an?|a\s+quarter\s+of\s+an|",
            cardinal_words!(),
            r"|an?)(?P<half>\s+and\s+a\s+half)?\s+",
            r"(?P<u>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)\b"
        )
    };
}

/// What the words of an amount allow: (least, most, unit).
fn amount(c: &Captures<'_>) -> Option<(u32, u32, TimeUnit)> {
    let n = c.name("n")?.as_str().to_ascii_lowercase();
    let n = n.split_whitespace().collect::<Vec<_>>().join(" ");
    let u = c.name("u")?.as_str().to_ascii_lowercase();
    // (lo, hi) in tenths of the written unit, so "half an hour" and "2.5 years" stay whole.
    let (lo, hi): (u32, u32) = match n.as_str() {
        "a" | "an" => (10, 10),
        "a couple of" => (20, 20),
        "a few" => (20, 50),
        "several" => (30, 90),
        "a handful of" => (30, 60),
        "a dozen" => (120, 120),
        "half a" | "half an" => (5, 5),
        "a quarter of an" => (2, 2), // only "a quarter of an hour": handled below
        s if s.contains('.') => {
            let (a, b) = s.split_once('.')?;
            let t = a.parse::<u32>().ok()?.checked_mul(10)? + b.parse::<u32>().ok()?;
            (t, t)
        }
        s => {
            let v = parse_number(s)?.checked_mul(10)?;
            (v, v)
        }
    };
    let (lo, hi) = if has(c, "half") {
        (lo + 5, hi + 5)
    } else {
        (lo, hi)
    };
    let quarter_hour = n == "a quarter of an";
    // Unit and its size in the unit we report.
    let (unit, mul) = match u.trim_end_matches('s') {
        "second" | "sec" => (TimeUnit::Second, 1),
        "minute" | "min" => (TimeUnit::Minute, 1),
        "hour" | "hr" => (TimeUnit::Minute, 60),
        "day" => (TimeUnit::Day, 1),
        "week" => (TimeUnit::Week, 1),
        "fortnight" => (TimeUnit::Week, 2),
        "month" => (TimeUnit::Month, 1),
        "year" => (TimeUnit::Year, 1),
        "decade" => (TimeUnit::Year, 10),
        "century" | "centurie" => (TimeUnit::Year, 100),
        _ => return None,
    };
    if quarter_hour {
        return (mul == 60).then_some((15, 15, TimeUnit::Minute));
    }
    // Whole units, with a half turned into the next smaller unit where there is one.
    let whole = |t: u32| -> Option<(u32, TimeUnit)> {
        let v = t.checked_mul(mul)?;
        if v % 10 == 0 {
            return Some((v / 10, unit));
        }
        match unit {
            TimeUnit::Year => Some((v * 12 / 10, TimeUnit::Month)),
            TimeUnit::Minute => Some((v * 6, TimeUnit::Second)),
            _ => Some((v / 10, unit)),
        }
    };
    let (lo, ulo) = whole(lo)?;
    let (hi, uhi) = whole(hi)?;
    if ulo != uhi {
        return None;
    }
    let (lo, hi) = modify(c, lo, hi);
    (hi >= 1 || lo >= 1).then_some((lo, hi, ulo))
}

/// Applies the modifier ("about", "over", "nearly", …) to a range.
fn modify(c: &Captures<'_>, lo: u32, hi: u32) -> (u32, u32) {
    let m = c
        .name("mod")
        .map(|m| m.as_str().to_ascii_lowercase())
        .unwrap_or_default();
    let m = m.split_whitespace().collect::<Vec<_>>().join(" ");
    let tenth = |n: u32| ((n + 5) / 10).max(1);
    match m.as_str() {
        "about" | "around" | "some" | "roughly" | "approximately" | "close to" => {
            (lo.saturating_sub(tenth(lo)), hi.saturating_add(tenth(hi)))
        }
        "nearly" | "almost" | "just under" | "barely" => (lo.saturating_sub(tenth(lo)), hi),
        "just over" => (lo, hi.saturating_add(tenth(hi))),
        "more than" | "over" | "well over" | "at least" | "upwards of" => (lo, DurationValue::OPEN),
        "less than" | "fewer than" | "under" => (0, hi),
        _ => (lo, hi),
    }
}

fn duration(lo: u32, hi: u32, unit: TimeUnit, direction: Direction) -> Value {
    Value::Duration(DurationValue {
        amount: lo,
        amount_to: hi,
        unit,
        direction,
    })
}

/// True for the units of the match clock (minutes and hours), which the minute dimension
/// reads when they are counted from kick-off or a clock point.
fn clock_unit(c: &Captures<'_>) -> bool {
    c.name("u").is_some_and(|u| {
        let u = u.as_str().to_ascii_lowercase();
        u.starts_with("min") || u.starts_with("hour") || u.starts_with("hr")
    }) || c
        .name("n")
        .is_some_and(|n| n.as_str().to_ascii_lowercase().starts_with("a quarter"))
}

fn with(c: &Captures<'_>, direction: Direction) -> Option<Value> {
    let (lo, hi, unit) = amount(c)?;
    Some(duration(lo, hi, unit, direction))
}

fn r_later(c: &Captures<'_>) -> Option<Value> {
    with(c, Direction::Later)
}

fn r_relative(c: &Captures<'_>) -> Option<Value> {
    let rel = c.name("rel")?.as_str().to_ascii_lowercase();
    let before = rel.starts_with("before") || rel.starts_with("prior") || rel.starts_with("ahead");
    // "five minutes before half-time", "seven minutes after the restart", "ten minutes after
    // kick-off": the minute dimension's. "Two years after the end of the war", "an hour
    // before kick-off" and "five minutes after the final whistle" are durations.
    if let (Some(clock), true) = (c.name("clock"), clock_unit(c)) {
        let minute = match clock_anchor(clock.as_str()) {
            Some(Anchor::End(45)) => true,
            Some(Anchor::End(_)) => before,
            Some(Anchor::Start(_)) => !before,
            None => false,
        };
        if minute {
            return None;
        }
    }
    if before {
        with(c, Direction::Earlier)
    } else {
        with(c, Direction::Later)
    }
}

fn r_earlier(c: &Captures<'_>) -> Option<Value> {
    with(c, Direction::Earlier)
}

fn r_ago(c: &Captures<'_>) -> Option<Value> {
    with(c, Direction::Ago)
}

fn r_span(c: &Captures<'_>) -> Option<Value> {
    let p = c
        .name("p")
        .map(|p| p.as_str().to_ascii_lowercase())
        .unwrap_or_default();
    // "within/inside ten minutes": the minute dimension's window.
    if clock_unit(c) && (p.starts_with("within") || p.starts_with("inside")) {
        return None;
    }
    let (lo, hi, unit) = amount(c)?;
    // "under a minute", "within 30 seconds": from nothing up to the amount.
    let from_nothing = ["within", "inside", "under", "less than"];
    let lo = if from_nothing.iter().any(|w| p.contains(w)) {
        0
    } else {
        lo
    };
    Some(duration(lo, hi, unit, Direction::Span))
}

fn r_span_long(c: &Captures<'_>) -> Option<Value> {
    if clock_unit(c) {
        return None; // "the last ten minutes", "90 minutes of football"
    }
    with(c, Direction::Span)
}

fn r_within_of(c: &Captures<'_>) -> Option<Value> {
    if has(c, "clock") {
        return None; // "within five minutes of the restart": a minute window
    }
    let (_, hi, unit) = amount(c)?;
    Some(duration(0, hi, unit, Direction::Later))
}

fn r_after_n(c: &Captures<'_>) -> Option<Value> {
    if clock_unit(c) {
        return None; // "after 12 minutes", "after an hour": the minute dimension's
    }
    with(c, Direction::Later)
}

fn r_compound(c: &Captures<'_>) -> Option<Value> {
    if !has(c, "n") && !has(c, "long") {
        return None;
    }
    let n = match c.name("n") {
        Some(m) => parse_number(m.as_str())?,
        None => 1,
    };
    let (unit, mul) = match c
        .name("u")?
        .as_str()
        .to_ascii_lowercase()
        .trim_end_matches('s')
    {
        "second" => (TimeUnit::Second, 1),
        "minute" => (TimeUnit::Minute, 1),
        "hour" => (TimeUnit::Minute, 60),
        "day" => (TimeUnit::Day, 1),
        "week" => (TimeUnit::Week, 1),
        "month" => (TimeUnit::Month, 1),
        "year" => (TimeUnit::Year, 1),
        "decade" => (TimeUnit::Year, 10),
        _ => return None,
    };
    let v = n.checked_mul(mul)?;
    (v >= 1).then(|| duration(v, v, unit, Direction::Span))
}

fn r_moments(c: &Captures<'_>) -> Option<Value> {
    let w = c.name("w")?.as_str().to_ascii_lowercase();
    Some(if w.starts_with("second") {
        duration(1, 59, TimeUnit::Second, Direction::Later)
    } else {
        duration(0, 2, TimeUnit::Minute, Direction::Later)
    })
}

fn r_next(c: &Captures<'_>) -> Option<Value> {
    let unit = match c.name("u")?.as_str().to_ascii_lowercase().as_str() {
        "day" | "morning" | "evening" | "night" => TimeUnit::Day,
        "week" => TimeUnit::Week,
        "month" => TimeUnit::Month,
        _ => TimeUnit::Year,
    };
    let d = c.name("d")?.as_str().to_ascii_lowercase();
    let dir = if matches!(d.as_str(), "previous" | "preceding" | "before") {
        Direction::Earlier
    } else {
        Direction::Later
    };
    Some(duration(1, 1, unit, dir))
}

/// The rule table.
pub static RULES: &[Rule] = &[
    Rule {
        name: "duration_later",
        pattern: concat!(
            r"\b(?P<v>",
            amount!(),
            r"\s+(?:later|afterwards|after\s+that|further\s+on))\b"
        ),
        produce: r_later,
    },
    Rule {
        // "a year on," "ten minutes on, the hosts …"
        name: "duration_on",
        pattern: concat!(r"\b(?P<v>", amount!(), r"\s+on)(?:\s*[,;:.]|\s*$)"),
        produce: r_later,
    },
    Rule {
        name: "duration_relative",
        pattern: concat!(
            r"\b(?P<v>",
            amount!(),
            r"\s+(?P<rel>after|following|before|prior\s+to|ahead\s+of))\s+(?:the\s+)?(?:(?P<clock>",
            clock_anchors!(),
            r"|time)\b|\S)"
        ),
        produce: r_relative,
    },
    Rule {
        name: "duration_earlier",
        pattern: concat!(
            r"\b(?P<v>",
            amount!(),
            r"\s+(?:earlier|previously|before\s*(?:[,;.]|$)))"
        ),
        produce: r_earlier,
    },
    Rule {
        name: "duration_ago",
        pattern: concat!(r"\b(?P<v>", amount!(), r"\s+ago)\b"),
        produce: r_ago,
    },
    Rule {
        name: "duration_span",
        pattern: concat!(
            r"\b(?P<v>(?P<p>in\s+the\s+space\s+of|over\s+the\s+space\s+of|the\s+space\s+of|a\s+span\s+of|span\s+of|in\s+under|in\s+less\s+than|in\s+just|in\s+only|in|within|inside|for|across|spanning|lasting)\s+",
            amount!(),
            r")(?:\s+of\s+(?:the\s+)?(?P<of>\S+))?"
        ),
        produce: |c| {
            if c.name("p").is_some_and(|p| {
                let p = p.as_str().to_ascii_lowercase();
                p == "within" || p == "inside"
            }) && has(c, "of")
            {
                return None; // "within five minutes of …": `duration_within_of`
            }
            r_span(c)
        },
    },
    Rule {
        name: "duration_within_of",
        pattern: concat!(
            r"\b(?P<v>(?:within|inside|in\s+under|in\s+less\s+than)\s+",
            amount!(),
            r"\s+of)\s+(?:the\s+)?(?:(?P<clock>",
            clock_anchors!(),
            r")\b|\S)"
        ),
        produce: r_within_of,
    },
    Rule {
        name: "duration_bounded",
        pattern: concat!(
            r"\b(?P<v>(?:(?P<mod>over|well\s+over|more\s+than|nearly|almost|about|around|roughly|under|less\s+than|at\s+least|upwards\s+of|just\s+over|just\s+under)\s+)",
            r"(?P<n>\d{1,4}|a|an|a\s+couple\s+of|a\s+few|several|half\s+a|",
            cardinal_words!(),
            r")(?P<half>\s+and\s+a\s+half)?\s+(?P<u>seconds?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries))\b"
        ),
        produce: |c| with(c, Direction::Span),
    },
    Rule {
        name: "duration_past",
        pattern: concat!(
            r"\b(?P<v>(?:the\s+)?(?:past|last|previous|preceding)\s+",
            amount!(),
            r")"
        ),
        produce: r_span_long,
    },
    Rule {
        name: "duration_of_since",
        pattern: concat!(
            r"\b(?P<v>",
            amount!(),
            r"\s+(?:of\s+(?:hurt|pain|waiting|failure|frustration|heartbreak|misery|dominance|service|hurt)|since|in\s+the\s+making|without))\b"
        ),
        produce: r_span_long,
    },
    Rule {
        name: "duration_after_n",
        pattern: concat!(r"\b(?P<v>after\s+", amount!(), r")"),
        produce: r_after_n,
    },
    Rule {
        name: "duration_compound",
        pattern: concat!(
            r"\b(?P<v>(?:(?P<n>\d{1,3}|",
            cardinal_words!(),
            r")[- ])?(?P<u>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?P<long>-long)?)[- ](?:record|wait|drought|absence|hiatus|gap|run|reign|career|spell|stint|history|span|contract|deal|ban|suspension|period|itch|hoodoo|curse|streak|sequence|journey|cycle|project|tenure|exile|break|layoff|lay-off|delay|stoppage|hold-up|burst|blitz|salvo|flurry|onslaught|barrage|window|partnership|stay|loan|extension|brace|hat-trick|double|association|relationship|rebuild|odyssey|quest)\b"
        ),
        produce: r_compound,
    },
    Rule {
        name: "duration_moments",
        pattern: r"\b(?P<v>(?P<w>moments|seconds|instants)\s+later)\b",
        produce: r_moments,
    },
    Rule {
        name: "duration_next",
        pattern: r"\b(?P<v>the\s+(?P<d>following|next|previous|preceding)\s+(?P<u>day|morning|evening|night|week|month|year)|the\s+(?P<u2>day)\s+(?P<d2>after|before))\b",
        produce: |c| {
            if has(c, "u2") {
                let before = c
                    .name("d2")
                    .is_some_and(|d| d.as_str().eq_ignore_ascii_case("before"));
                let dir = if before {
                    Direction::Earlier
                } else {
                    Direction::Later
                };
                return Some(duration(1, 1, TimeUnit::Day, dir));
            }
            r_next(c)
        },
    },
];

static TABLE: Lazy<Table> = Lazy::new(|| Table::new(RULES));

/// Finds the durations inside `within`.
pub fn find(doc: &Doc<'_>, within: Span, _lex: &Lexicon, out: &mut Vec<Mention>) {
    TABLE.run_retrying(doc, within, out);
}
