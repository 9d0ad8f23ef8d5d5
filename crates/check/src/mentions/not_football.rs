//! Numbers that are not football facts, found first so that they suppress the scores, counts,
//! minutes, ages, durations and dates inside them (see [`super::suppresses`]):
//!
//! - formations: "4-4-2", "3–5–2", "4-2-3-1" (three to five single digits summing to 10);
//! - votes: "voted 6-3", "a 6-3 vote", "by 5 votes to 4", "a 14-7 majority";
//! - money: "£385,000", "$10m", "€80 million", "£200,000-a-week", "50,000 a week",
//!   "10 million euros";
//! - percentages: "62%", "62 per cent";
//! - distances and heights: "54-yard", "25 metres", "from 30 yards", "1.91m", "6ft 2in";
//! - clock times: "00:30 GMT", "8pm", "20:45 local", "at 19:30", "2000 GMT", "20h45" (a bare
//!   "8:15" only when it cannot be a score: a minute part of 00–09 or over 31);
//! - crowds and audiences: "a crowd of 25,000", "90,469 fans", "an attendance of 74,000", "in
//!   front of 80,000", "a 60,000-capacity stadium", "1.5 billion viewers";
//! - rankings: "ranked 56th", "the 56th-ranked side", "No. 1 in the world", "world No. 5",
//!   "top 50 in the FIFA world ranking", "56th in the FIFA rankings".

use super::numbers::{cardinal_words, ordinal_words};
use super::rules::{has, Rule, Table};
use super::{Lexicon, Mention, NotFootball, Value};
use crate::doc::{Doc, Span};
use once_cell::sync::Lazy;
use regex::Captures;

/// A large number: thousands with commas, five to seven digits (four would be a year), or
/// a number of millions or thousands ("1.5 million", "30k").
macro_rules! big {
    () => {
        r"(?:\d{1,3}(?:,\d{3})+|\d{5,7}|[1-9]\d{0,2}(?:\.\d+)?\s?(?:million|billion|m|bn|k)\b)"
    };
}

/// Words before an approximate figure.
macro_rules! approx {
    () => {
        r"(?:(?:more\s+than|over|almost|nearly|around|about|some|just\s+under|just\s+over|an\s+estimated|up\s+to|close\s+to|roughly|a\s+record|a\s+sell-out|a\s+sellout|a\s+capacity)\s+)?"
    };
}

fn nf(what: NotFootball) -> Option<Value> {
    Some(Value::NotFootball { what })
}

/// Three to five single digits summing to ten: a formation.
fn r_formation(c: &Captures<'_>) -> Option<Value> {
    if has(c, "x") {
        return None;
    }
    let digits: Vec<u32> = c
        .name("v")?
        .as_str()
        .chars()
        .filter_map(|ch| ch.to_digit(10))
        .collect();
    (digits.len() >= 3 && digits.iter().sum::<u32>() == 10)
        .then(|| nf(NotFootball::Formation))
        .flatten()
}

/// "20:45" is a clock time with a zone or a clock word, or when it cannot be a score.
fn r_clock_colon(c: &Captures<'_>) -> Option<Value> {
    let mm = c.name("mm")?.as_str();
    let hh: u32 = c.name("hh")?.as_str().parse().ok()?;
    let m: u32 = mm.parse().ok()?;
    let context = has(c, "tz") || has(c, "pre");
    // "2.50" is a decimal unless a clock word or zone says otherwise.
    if c.name("sep").is_some_and(|s| s.as_str() == ".") && !context {
        return None;
    }
    let clockish = context || mm.starts_with('0') || m > 31 || hh > 31;
    clockish.then(|| nf(NotFootball::ClockTime)).flatten()
}

/// The rule table.
pub static RULES: &[Rule] = &[
    Rule {
        name: "nf_formation",
        pattern: r"(?:^|[^\d\-.:/,])(?P<v>[1-6](?:\s?-\s?[1-6]){2,4})\b(?P<x>\s?-\s?\d|[.,:]\d)?",
        produce: r_formation,
    },
    Rule {
        name: "nf_vote",
        pattern: r"\b(?P<v>voted\s+(?:by\s+)?\d{1,3}\s?-\s?\d{1,3}|(?:an?\s+|the\s+)?\d{1,3}\s?-\s?\d{1,3}\s+(?:vote|votes|majority|split\s+vote|in\s+favou?r\s+of)|vote\s+of\s+\d{1,3}\s?-\s?\d{1,3}|(?:by\s+(?:a\s+)?(?:vote\s+of\s+|margin\s+of\s+)?)?\d{1,3}\s+votes?\s+to\s+\d{1,3})\b",
        produce: |_| nf(NotFootball::Vote),
    },
    Rule {
        name: "nf_money_symbol",
        pattern: r"(?P<v>(?:US\$|A\$|R\$|C\$|[£$€¥₹]|\b(?:USD|EUR|GBP|CHF)\s?)\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:million|billion|thousand|mln|bln|mn|bn|m|k)\b)?(?:[- ]a[- ](?:week|year|month|season|game)\b|\s+per\s+(?:week|year|month|season|game)\b)?)",
        produce: |_| nf(NotFootball::Money),
    },
    Rule {
        name: "nf_money_words",
        pattern: r"\b(?P<v>\d[\d,]*(?:\.\d+)?\s?(?:million|billion|thousand|m|bn|k)?\s+(?:pounds|dollars|euros|francs|riyals|dirhams|yen|rupees|sterling|GBP|USD|EUR|CHF)|\d[\d,]*k?[- ]a[- ](?:week|year|month)|\d[\d,]*k?\s+per\s+(?:week|year|month))\b",
        produce: |_| nf(NotFootball::Money),
    },
    Rule {
        name: "nf_percent",
        pattern: concat!(
            r"\b(?P<v>(?:\d{1,3}(?:\.\d+)?|",
            cardinal_words!(),
            r")\s?(?:%|(?:per\s?cent|percent|pc)\b))"
        ),
        produce: |_| nf(NotFootball::Percent),
    },
    Rule {
        name: "nf_distance",
        pattern: concat!(
            r"\b(?P<v>\d{1,3}(?:\.\d+)?(?:-|\s)?(?:yards?|yds?|metres?|meters?|km|kilometres?|kilometers?|miles?|feet|foot|ft|inches|inch|in|cm|centimetres?)(?:\s?\d{1,2}\s?(?:in|inches)\b)?|",
            cardinal_words!(),
            r"(?:-|\s)(?:yards?|metres?|meters?|miles?|kilometres?|feet))\b"
        ),
        produce: |c| {
            // "in" alone is a preposition: only "6ft 2in", never "3 in".
            let v = c.name("v")?.as_str().to_ascii_lowercase();
            let unit_in = v.trim_end().ends_with("in") && !v.contains("ft") && !v.contains("feet");
            (!unit_in).then(|| nf(NotFootball::Distance)).flatten()
        },
    },
    Rule {
        name: "nf_height_metres",
        pattern: r"\b(?P<v>\d\.\d{2}\s?m)\b",
        produce: |_| nf(NotFootball::Distance),
    },
    Rule {
        name: "nf_clock_ampm",
        pattern: r"\b(?P<v>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:am\b|pm\b|a\.m\.|p\.m\.))",
        produce: |_| nf(NotFootball::ClockTime),
    },
    Rule {
        name: "nf_clock_colon",
        pattern: r"(?P<pre>\b(?:at|from|by|until|till|kick-?off|ko|time|starts?|begins?|open)\s*:?\s*)?\b(?P<v>(?P<hh>[01]?\d|2[0-3])(?P<sep>[:.])(?P<mm>[0-5]\d)\b(?P<tz>\s?(?:GMT|BST|CET|CEST|UTC|ET|EST|EDT|PT|PST|AEST|AEDT|IST|local(?:\s+time)?|hrs|h)\b)?)",
        produce: r_clock_colon,
    },
    Rule {
        name: "nf_clock_military",
        pattern: r"\b(?P<v>[0-2]\d[0-5]\d\s?(?:GMT|BST|CET|UTC|ET|local\s+time|hrs)\b|(?:[01]?\d|2[0-3])h[0-5]\d\b)",
        produce: |_| nf(NotFootball::ClockTime),
    },
    Rule {
        name: "nf_crowd_noun",
        pattern: concat!(
            r"\b(?P<v>(?:crowd|attendance|audience|gate|capacity|turnout)\s+(?:figure\s+)?(?:of\s+|was\s+|stood\s+at\s+|is\s+)?",
            approx!(),
            big!(),
            r")"
        ),
        produce: |_| nf(NotFootball::Crowd),
    },
    Rule {
        name: "nf_crowd_people",
        pattern: concat!(
            r"(?P<v>",
            approx!(),
            big!(),
            r"\s+(?:fans|spectators|supporters|people|onlookers|viewers|ticket-holders|seats|punters|attendees|followers|paying\s+customers))\b"
        ),
        produce: |_| nf(NotFootball::Crowd),
    },
    Rule {
        name: "nf_crowd_before",
        pattern: concat!(
            r"\b(?P<v>(?:in\s+front\s+of|watched\s+by|attended\s+by|before|cheered\s+on\s+by)\s+(?:a\s+(?:crowd|gate)\s+of\s+)?",
            approx!(),
            r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:million|billion|m|k)\b))"
        ),
        produce: |_| nf(NotFootball::Crowd),
    },
    Rule {
        name: "nf_capacity",
        pattern: concat!(r"(?P<v>", big!(), r"[- ](?:capacity|seater|seat))\b"),
        produce: |_| nf(NotFootball::Crowd),
    },
    Rule {
        name: "nf_ranked",
        pattern: concat!(
            r"\b(?P<v>ranked\s+(?:as\s+|joint[- ])?(?:(?:world\s+)?(?:No\.?|number)\s*\d{1,3}|",
            ordinal_words!(),
            r"|\d{1,3})(?:\s+in\s+the\s+world|\s+(?:in|by|on)\s+(?:the\s+)?(?:latest\s+)?(?:FIFA\s+|world\s+|FIFA\s+world\s+|FIFA/Coca-Cola\s+world\s+)?rankings?)?)\b"
        ),
        produce: |_| nf(NotFootball::Ranking),
    },
    Rule {
        name: "nf_n_ranked",
        pattern: concat!(r"\b(?P<v>", ordinal_words!(), r"[- ]ranked)\b"),
        produce: |_| nf(NotFootball::Ranking),
    },
    Rule {
        name: "nf_number_one",
        pattern: r"\b(?P<v>(?:world\s+)?(?:No\.?|number)\s*(?:\d{1,3}|one|two|three)(?:[- ]ranked)?(?:\s+in\s+the\s+world|\s+in\s+the\s+(?:latest\s+)?(?:FIFA\s+)?(?:world\s+)?rankings?|\s+(?:side|team|nation|country)\s+in\s+the\s+world)|world\s+(?:No\.?|number)\s*(?:\d{1,3}|one|two|three))\b",
        produce: |_| nf(NotFootball::Ranking),
    },
    Rule {
        name: "nf_in_the_rankings",
        pattern: concat!(
            r"\b(?P<v>(?:(?:top|bottom)\s+(?:\d{1,3}|",
            cardinal_words!(),
            r")|",
            ordinal_words!(),
            r")\s+(?:in|of|on)\s+the\s+(?:latest\s+)?(?:FIFA\s+|FIFA/Coca-Cola\s+)?(?:world\s+|women's\s+world\s+)?rankings?)\b"
        ),
        produce: |_| nf(NotFootball::Ranking),
    },
    Rule {
        name: "nf_ranking_of",
        pattern: concat!(
            r"\b(?P<v>(?:FIFA|world)\s+ranking\s+(?:of\s+)?(?:",
            ordinal_words!(),
            r"|\d{1,3}))\b"
        ),
        produce: |_| nf(NotFootball::Ranking),
    },
];

static TABLE: Lazy<Table> = Lazy::new(|| Table::new(RULES));

/// Finds the numbers that are not football facts inside `within`.
pub fn find(doc: &Doc<'_>, within: Span, _lex: &Lexicon, out: &mut Vec<Mention>) {
    TABLE.run_retrying(doc, within, out);
}
