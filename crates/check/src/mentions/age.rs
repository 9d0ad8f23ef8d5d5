//! Ages: "29-year-old", "the 31 year old", "31-year-old's", "two 19-year-olds", "aged 34",
//! "aged 37 years and 236 days", "at the age of 37", "at 37," ("At 37, he is the oldest …"),
//! "Modric, 37," (a two-digit number between commas right after a capitalised name, 15–45
//! only), "turned 30", "his 40th birthday", "teenage"/"teenager" (13–19), "in his thirties"
//! (30–39; early 30–33, mid 34–36, late 37–39).
//!
//! An age is a number of years old, whoever or whatever it belongs to: "a 10-year-old
//! stadium" is an age mention too (which thing is that old is the discourse layer's question,
//! and a stadium never matches a player). Not ages: "the 15-year record" and "a 56-year wait"
//! (durations), "the under-21 side" (a category), "aged" before a non-number, "at 37 points".

use super::numbers::{cardinal_words, parse_number, parse_ordinal};
use super::person::NOT_NAMES;
use super::rules::{has, Rule, Table};
use super::{AgeValue, Lexicon, Mention, Value};
use crate::doc::{Doc, Span};
use once_cell::sync::Lazy;
use regex::Captures;

/// An age in digits or words.
macro_rules! years {
    () => {
        concat!(r"(?:\d{1,3}|", cardinal_words!(), ")")
    };
}

/// "… years and 236 days": the days of a precise age.
macro_rules! and_days {
    () => {
        r"(?:\s+years?(?:\s*,\s*|\s+and\s+)\d{1,3}\s+days?)"
    };
}

fn age(from: u32, to: u32) -> Option<Value> {
    (from <= to && to <= 150).then_some(Value::Age(AgeValue { from, to }))
}

fn years(c: &Captures<'_>, name: &str) -> Option<u32> {
    parse_number(c.name(name)?.as_str())
}

fn r_exact(c: &Captures<'_>) -> Option<Value> {
    let n = years(c, "n")?;
    (n >= 1).then(|| age(n, n)).flatten()
}

fn r_aged(c: &Captures<'_>) -> Option<Value> {
    let n = years(c, "n")?;
    if !(1..=110).contains(&n) {
        return None;
    }
    match c.name("n2").and_then(|m| parse_number(m.as_str())) {
        Some(m) if m > n => age(n, m),
        _ => age(n, n),
    }
}

/// "At 37, he …", "turned 30": only adult football ages.
fn r_adult(c: &Captures<'_>) -> Option<Value> {
    if has(c, "x") {
        return None;
    }
    let n = years(c, "n")?;
    (14..=60).contains(&n).then(|| age(n, n)).flatten()
}

/// "Modric, 37,": a name, then a two-digit number between commas.
fn r_name_comma(c: &Captures<'_>) -> Option<Value> {
    let name = c.name("name")?.as_str();
    if name.chars().count() < 2 || NOT_NAMES.contains(&name) {
        return None;
    }
    let n: u32 = c.name("n")?.as_str().parse().ok()?;
    (15..=45).contains(&n).then(|| age(n, n)).flatten()
}

fn r_birthday(c: &Captures<'_>) -> Option<Value> {
    let n = parse_ordinal(c.name("o")?.as_str())?;
    (1..=110).contains(&n).then(|| age(n, n)).flatten()
}

fn r_teen(c: &Captures<'_>) -> Option<Value> {
    let q = c
        .name("q")
        .map(|m| m.as_str().to_ascii_lowercase())
        .unwrap_or_default();
    if q.starts_with("early") {
        age(13, 15)
    } else if q.starts_with("mid") {
        age(14, 16)
    } else if q.starts_with("late") {
        age(17, 19)
    } else {
        age(13, 19)
    }
}

fn r_decade(c: &Captures<'_>) -> Option<Value> {
    let d = c.name("d")?.as_str().to_ascii_lowercase();
    let base = match d.trim_start_matches('\'') {
        "twenties" | "20s" => 20,
        "thirties" | "30s" => 30,
        "forties" | "40s" => 40,
        "fifties" | "50s" => 50,
        "sixties" | "60s" => 60,
        _ => return None,
    };
    let q = c
        .name("q")
        .map(|m| m.as_str().to_ascii_lowercase())
        .unwrap_or_default();
    if q.starts_with("early") {
        age(base, base + 3)
    } else if q.starts_with("mid") {
        age(base + 4, base + 6)
    } else if q.starts_with("late") {
        age(base + 7, base + 9)
    } else {
        age(base, base + 9)
    }
}

/// The rule table.
pub static RULES: &[Rule] = &[
    Rule {
        name: "age_year_old",
        pattern: concat!(
            r"\b(?P<v>(?P<n>",
            years!(),
            r")(?:-|\s)years?(?:-|\s)olds?)\b"
        ),
        produce: r_exact,
    },
    Rule {
        name: "age_years_days_old",
        pattern: concat!(r"\b(?P<v>(?P<n>\d{1,3})", and_days!(), r"\s+old)\b"),
        produce: r_exact,
    },
    Rule {
        name: "age_years_of_age",
        pattern: concat!(r"\b(?P<v>(?P<n>", years!(), r")\s+years?\s+of\s+age)\b"),
        produce: r_exact,
    },
    Rule {
        name: "age_aged",
        pattern: concat!(
            r"\b(?P<v>aged\s+(?:just\s+|only\s+|barely\s+|between\s+)?(?P<n>",
            years!(),
            r")(?:(?:\s*-\s*|\s+(?:and|to|or)\s+)(?P<n2>\d{1,3}))?",
            and_days!(),
            r"?)\b"
        ),
        produce: r_aged,
    },
    Rule {
        name: "age_at_the_age_of",
        pattern: concat!(
            r"\b(?P<v>at\s+(?:the\s+)?(?:tender\s+|ripe\s+old\s+|grand\s+old\s+|young\s+)?age\s+of\s+(?:just\s+|only\s+)?(?P<n>",
            years!(),
            r")",
            and_days!(),
            r"?|at\s+age\s+(?P<n2>\d{1,3}))\b"
        ),
        produce: |c| {
            let n = years(c, "n").or_else(|| years(c, "n2"))?;
            (1..=110).contains(&n).then(|| age(n, n)).flatten()
        },
    },
    Rule {
        name: "age_at_years_days",
        pattern: concat!(r"\b(?P<v>at\s+(?P<n>\d{1,3})", and_days!(), r")\b"),
        produce: r_exact,
    },
    Rule {
        // "At 37, Pepe …", "Even at 35 he …", "…, at 19, the youngest …".
        name: "age_at_n",
        pattern: concat!(
            r"(?:^|[,;(]\s*|\b(?:even|now|still|and|but|while|when|yet|who|only|just|already)\s+)(?P<v>at\s+(?P<n>",
            years!(),
            r"))(?:\s*,|\s+(?:he|she|years|is|was|remains|becomes|became|has|had|the\s+(?:oldest|youngest|most\s+senior|veteran|baby))\b)"
        ),
        produce: r_adult,
    },
    Rule {
        // Checked in `find`: not after a team or place ("England, 23, …" is no age).
        name: "age_name_comma",
        pattern: r"(?P<name>\b(?-i:\p{Lu})[\p{L}'\-]+),\s+(?:(?:now|then|still|just|only|aged|also)\s+){0,2}(?P<v>(?P<n>\d{2})),",
        produce: r_name_comma,
    },
    Rule {
        // "He is still only 23", "was just 17 when he made his debut": a modifier is needed
        // ("is 23" alone may be anything).
        name: "age_is_n",
        pattern: r"\b(?:is|was)\s+(?:(?:still|only|just|now|already|barely|not\s+yet)\s+){1,3}(?P<v>(?P<n>\d{2}))(?:\s*[,;:!?)]|\.(?:\s|$)|\s+(?:and|but|yet|when|while|as|years\s+old|years\s+of\s+age)\b|\s*$)",
        produce: r_adult,
    },
    Rule {
        name: "age_turned",
        pattern: concat!(
            r"\b(?P<v>turn(?:ed|s|ing)?\s+(?P<n>",
            years!(),
            r"))\b(?P<x>\s*-\s*\d|\s*%|\s+(?:minutes|goals|points|times|yards|metres|degrees|percent|per\s+cent)\b)?"
        ),
        produce: r_adult,
    },
    Rule {
        name: "age_birthday",
        pattern: r"\b(?P<v>(?:his|her|their|a|the)\s+(?P<o>\d{1,3}(?:st|nd|rd|th)|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|(?:twenty|thirty|forty|fifty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:eigh|nine)teenth|seventeenth|sixteenth)\s+birthday)\b",
        produce: r_birthday,
    },
    Rule {
        name: "age_teen",
        pattern: r"\b(?P<v>teenage|teenager|teenagers|teen|in\s+(?:his|her|their)\s+(?P<q>early\s+|mid-|mid\s+|late\s+)?teens)\b",
        produce: r_teen,
    },
    Rule {
        name: "age_decade",
        pattern: r"\b(?P<v>in\s+(?:his|her|their)\s+(?P<q>early\s+|mid-|mid\s+|late\s+)?(?P<d>twenties|thirties|forties|fifties|sixties|'?20s|'?30s|'?40s|'?50s|'?60s))\b",
        produce: r_decade,
    },
    Rule {
        name: "age_something",
        pattern: r"\b(?P<v>(?P<d>thirty|forty|twenty|30|40|20)-?somethings?)\b",
        produce: |c| {
            let d = c.name("d")?.as_str().to_ascii_lowercase();
            let base = match d.as_str() {
                "twenty" | "20" => 20,
                "thirty" | "30" => 30,
                _ => 40,
            };
            age(base, base + 9)
        },
    },
];

static TABLE: Lazy<Table> = Lazy::new(|| Table::new(RULES));

/// Finds the ages inside `within`.
pub fn find(doc: &Doc<'_>, within: Span, lex: &Lexicon, out: &mut Vec<Mention>) {
    let mut found = Vec::new();
    TABLE.run_retrying(doc, within, &mut found);
    found.retain(|m| m.rule != "age_name_comma" || !after_team_or_place(doc, within, m.span, lex));
    out.extend(found);
}

/// True when the words before ", 23," end with a team's or a place's name.
fn after_team_or_place(doc: &Doc<'_>, within: Span, span: Span, lex: &Lexicon) -> bool {
    let (before, _) = doc.norm_of(doc.span(within.start(), span.start()));
    let head = before.trim_end();
    let head = head.strip_suffix(',').unwrap_or(head).trim_end();
    // Words like "now" between the name and the number.
    let mut head = head;
    for _ in 0..2 {
        head = ["now", "then", "still", "just", "only", "aged", "also"]
            .iter()
            .find_map(|w| head.strip_suffix(w))
            .unwrap_or(head)
            .trim_end();
    }
    let head = head.strip_suffix(',').unwrap_or(head).trim_end();
    lex.teams_in(head).any(|(_, e, _)| e == head.len())
        || lex.venues_in(head).any(|(_, e, _)| e == head.len())
}
