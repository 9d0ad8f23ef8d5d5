//! Calendar mentions: dates, full or partial (`July 3`, `3 July`, `Sunday, July 5, 2015`,
//! `17th July 2023`, `June 2017`, `in June`, `2021-10-12`, `in 1982`, `the '86 champions`),
//! weekdays (`on Sunday`, `Saturday's friendly`, `Sat 12 June`) and days named relative to the
//! publication date (`today`, `last night`, `tomorrow`).
//!
//! A four-digit number from 1870 to 2035 is a year unless the words around it make it a count
//! (`2000 fans`), money (`£1900`) or a clock time (`2000 GMT`); thousands are written with a
//! comma in prose (`1,966 fans`), which no year rule matches. A two-digit year needs an
//! apostrophe and a word that introduces years (`the '86 side`, `in '90`, `1978 and '86`).
//! Years inside competition names (`Euro 2020`, `the 2018 World Cup`, `Italia 90`) belong to
//! the competition dimension, which runs first and suppresses the dates inside it.
//!
//! Months are proper nouns: they must be capitalised (`march` and `may` are verbs).

use super::rules::{Rule, Table};
use super::{DateValue, Lexicon, Mention, RelativeDay, Value};
use crate::doc::{Doc, Span};
use goalline_core::Weekday;
use once_cell::sync::Lazy;
use regex::Captures;

/// A month name or abbreviation, capitalised (group `m`).
macro_rules! month {
    () => {
        r"(?P<m>(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER))"
    };
}

/// A month name or abbreviation, capitalised, without a capture group.
macro_rules! month_word {
    () => {
        r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
    };
}

/// A four-digit year in the range the rules accept (checked again by [`year_ok`]).
macro_rules! year {
    () => {
        r"(?P<y>1[89]\d{2}|20[0-3]\d)"
    };
}

/// Nouns after a number that make it a count, not a year.
macro_rules! count_noun {
    () => {
        r"(?:fans|supporters|spectators|people|persons|minutes?|mins|seconds|hours|days|metres|meters|yards|km|kilometres|miles|feet|times|goals|points|matches|games|caps|tickets|seats|euros|dollars|pounds|players|members|votes|volunteers|staff|journalists|police|officers|stewards|troops|GMT|BST|CET|UTC|local|hrs|pm|am)"
    };
}

const FIRST_YEAR: i32 = 1870;
const LAST_YEAR: i32 = 2035;

fn year_ok(y: i32) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&y)
}

/// Month number from a name or abbreviation (`Sept.` → 9).
pub fn month_number(s: &str) -> Option<u32> {
    const M: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let w = s.trim_end_matches('.').to_ascii_lowercase();
    let p = w.get(..3)?;
    M.iter().position(|m| *m == p).map(|i| i as u32 + 1)
}

/// A weekday from its name or abbreviation (`Saturday's`, `Sat`, `Thurs`).
pub fn weekday(s: &str) -> Option<Weekday> {
    let w = s.to_ascii_lowercase();
    Some(match w.get(..3)? {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

fn day_ok(month: u32, day: u32) -> bool {
    const DAYS: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    month
        .checked_sub(1)
        .and_then(|i| DAYS.get(i as usize))
        .is_some_and(|&n| (1..=n).contains(&day))
}

fn int(c: &Captures<'_>, name: &str) -> Option<u32> {
    c.name(name)?.as_str().parse().ok()
}

fn year(c: &Captures<'_>) -> Option<i32> {
    c.name("y")?.as_str().parse().ok().filter(|y| year_ok(*y))
}

fn date(year: Option<i32>, month: Option<u32>, day: Option<u32>) -> Option<Value> {
    Some(Value::Date(DateValue { year, month, day }))
}

fn month_day(c: &Captures<'_>) -> Option<Value> {
    let m = month_number(c.name("m")?.as_str())?;
    let d = int(c, "d")?;
    day_ok(m, d).then_some(())?;
    date(year(c), Some(m), Some(d))
}

fn month_year(c: &Captures<'_>) -> Option<Value> {
    let m = month_number(c.name("m")?.as_str())?;
    date(Some(year(c)?), Some(m), None)
}

fn month_only(c: &Captures<'_>) -> Option<Value> {
    date(None, Some(month_number(c.name("m")?.as_str())?), None)
}

fn iso(c: &Captures<'_>) -> Option<Value> {
    let (m, d) = (int(c, "mo")?, int(c, "d")?);
    day_ok(m, d).then_some(())?;
    date(Some(year(c)?), Some(m), Some(d))
}

fn year4(c: &Captures<'_>) -> Option<Value> {
    if c.name("pre").is_some() || c.name("post").is_some() {
        return None; // money, a count, a clock time
    }
    date(Some(year(c)?), None, None)
}

fn year2(c: &Captures<'_>) -> Option<Value> {
    if c.name("post").is_some() {
        return None; // "the '90 minutes'"
    }
    let yy: i32 = c.name("yy")?.as_str().parse().ok()?;
    let y = if yy <= LAST_YEAR % 100 {
        2000 + yy
    } else {
        1900 + yy
    };
    date(Some(y), None, None)
}

fn weekday_value(c: &Captures<'_>) -> Option<Value> {
    if c.name("post").is_some() {
        return None; // "the Sunday Times", "Sunday league football"
    }
    Some(Value::Weekday {
        day: weekday(c.name("v")?.as_str())?,
    })
}

fn relative(c: &Captures<'_>) -> Option<Value> {
    if c.name("pre").is_some() || c.name("post").is_some() {
        return None; // "the players of today", "today's game is quicker"
    }
    let w = c.name("v")?.as_str().to_ascii_lowercase();
    let day = if w.starts_with("yesterday") || w.starts_with("last") {
        RelativeDay::Yesterday
    } else if w.starts_with("tomorrow") {
        RelativeDay::Tomorrow
    } else {
        RelativeDay::Today
    };
    Some(Value::RelativeDay { day })
}

/// The rule table.
pub static RULES: &[Rule] = &[
    Rule {
        // "July 3", "July 3rd", "February 1, 2019", "(Jun 28)", "Sept. 9 2001".
        name: "date_month_day",
        pattern: concat!(
            r"\b(?P<v>",
            month!(),
            r"\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+",
            year!(),
            r"\b)?)"
        ),
        produce: month_day,
    },
    Rule {
        // "3 July", "5 July 2015", "17th July 2023", "the 3rd of July".
        name: "date_day_month",
        pattern: concat!(
            r"\b(?P<v>(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?",
            month!(),
            r"\b\.?(?:,?\s+",
            year!(),
            r"\b)?)"
        ),
        produce: month_day,
    },
    Rule {
        // "June 2017", "March of 1966".
        name: "date_month_year",
        pattern: concat!(
            r"\b(?P<v>",
            month!(),
            r"\.?,?\s+(?:of\s+)?",
            year!(),
            r")\b"
        ),
        produce: month_year,
    },
    Rule {
        // "in June", "since March", "mid-July", "last August": a month with a word that
        // introduces a time (a bare "May" or "March" may be a name or a verb).
        name: "date_month",
        pattern: r"\b(?:in|since|until|till|by|during|from|through|throughout|last|this|next|early|late|mid|before|after|of|between|and|to|end of|start of|beginning of)(?:\s+|-)(?P<v>(?P<m>(?-i:January|February|March|April|May|June|July|August|September|October|November|December)))\b",
        produce: month_only,
    },
    Rule {
        name: "date_iso",
        pattern: concat!(r"\b(?P<v>", year!(), r"-(?P<mo>\d{2})-(?P<d>\d{2}))\b"),
        produce: iso,
    },
    Rule {
        // "in 1982", "since 1954", "between 1993 and 2006", "the 1966 final", "(2018)".
        name: "date_year",
        pattern: concat!(
            r"(?P<pre>[£$€#]\s?|\b(?:No|number)\.?\s+|\d[,.])?\b(?P<v>",
            year!(),
            r")\b(?P<post>[,.]\d|\s*",
            count_noun!(),
            r"\b)?"
        ),
        produce: year4,
    },
    Rule {
        // "the '86 side", "in '90", "the 1978 and '86 champion", "'82, '86 and '90".
        name: "date_year_two_digit",
        pattern: concat!(
            r"(?:\b(?:the|of|in|since|and|or|from|to|until|till|by|summer|winter|spring|autumn|class|back|before|after|vintage)\s+|,\s*|\(\s*)(?P<v>'(?P<yy>\d{2}))\b(?P<post>\s*(?:-\s*\d|%|per cent|percent|",
            count_noun!(),
            r"\b))?"
        ),
        produce: year2,
    },
    Rule {
        // "on Sunday", "Saturday's friendly", "Wednesday night's", "this Saturday".
        name: "date_weekday",
        pattern: r"\b(?P<v>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY))\b(?:'s)?(?P<post>\s+(?:(?-i:Times|Telegraph|Mirror|Mail|Express|People|Post|Herald|Sport|Star|World|Independent|Tribune|Observer|Record|Night Football|League)|leagues?|school)\b)?",
        produce: weekday_value,
    },
    Rule {
        // "Sat 12 June", "Sun., July 5", "(Sat)": abbreviations only where they are dates.
        name: "date_weekday_abbreviated",
        pattern: concat!(
            r"\b(?P<v>(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))\b\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+",
            month_word!(),
            r"|",
            month_word!(),
            r"\.?\s+\d{1,2}\b)"
        ),
        produce: weekday_value,
    },
    Rule {
        name: "date_weekday_parenthesised",
        pattern: r"\((?P<v>(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))\.?\)",
        produce: weekday_value,
    },
    Rule {
        // "today", "tonight", "last night", "yesterday afternoon", "tomorrow".
        name: "date_relative",
        pattern: r"(?P<pre>\bof\s+)?\b(?P<v>today|tonight|yesterday|tomorrow|last night|this (?:evening|afternoon|morning))\b(?P<post>'s\s+(?:footballers?|football|players|generation|standards|world|era|market|money|climate|terms|society|youngsters|stars|kids)\b)?",
        produce: relative,
    },
];

static TABLE: Lazy<Table> = Lazy::new(|| Table::new(RULES));

/// Finds the dates, weekdays and relative days inside `within`.
pub fn find(doc: &Doc<'_>, within: Span, _lex: &Lexicon, out: &mut Vec<Mention>) {
    TABLE.run(doc, within, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_and_weekday_words() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("JULY"), Some(7));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(weekday("Saturday's"), Some(Weekday::Sat));
        assert_eq!(weekday("Thurs"), Some(Weekday::Thu));
        assert_eq!(weekday("é"), None);
        assert!(day_ok(2, 29) && !day_ok(4, 31) && !day_ok(13, 1) && !day_ok(0, 1));
    }
}
