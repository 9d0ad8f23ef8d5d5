//! Dates, date ranges and kick-off times in their Football.TXT spellings.
//!
//! Dates: `Sat Dec 3`, `Sun Nov 20 2022`, `Thu June 11`, `Th Jun 19`, `July 13`, `16 June`,
//! `Jun/14`, `Th 26/3/26`, `2022-11-20`. The year is usually implied by the tournament header,
//! so dates are returned as [`RawDate`] and resolved by the caller. Times: `18:00`,
//! `19:00 UTC+3`, `20:45 CET (19:45 UTC±0)`, `18:00 (19:00 EEST)`.

use super::{expect, number, pos, ws0, ws1, In, R};
use chrono::{NaiveTime, Weekday};
use winnow::ascii::digit1;
use winnow::combinator::{alt, cut_err, delimited, opt, preceded, terminated};
use winnow::prelude::*;
use winnow::token::{one_of, take_while};

/// A date as written, before the year is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawDate {
    /// Weekday, if written.
    pub weekday: Option<Weekday>,
    /// Day of month.
    pub day: u32,
    /// Month 1..=12.
    pub month: u32,
    /// Year if written (two-digit years are returned as written, e.g. 26).
    pub year: Option<i32>,
    /// Byte offset where the date starts.
    pub start: usize,
    /// Byte offset just after the date.
    pub end: usize,
}

/// A kick-off time as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawTime {
    pub time: NaiveTime,
    pub zone: Option<String>,
    pub offset_minutes: Option<i32>,
    pub alternative: Option<Box<RawTime>>,
}

/// A month name (`Jun`, `June`, `Sept`), case-insensitive, followed by a word boundary.
fn month_name(i: &mut In<'_>) -> R<u32> {
    take_while(3.., |c: char| c.is_ascii_alphabetic())
        .verify_map(month_of)
        .parse_next(i)
}

/// Month number of a month word.
pub(crate) fn month_of(word: &str) -> Option<u32> {
    let lower = word.to_ascii_lowercase();
    if lower.len() < 3 || lower.len() > 9 {
        return None;
    }
    if lower == "sept" {
        return Some(9);
    }
    let months = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    months
        .iter()
        .position(|m| m.starts_with(lower.as_str()))
        .and_then(|p| u32::try_from(p + 1).ok())
}

/// A weekday name: `Sat`, `Saturday`, or the two-letter `Sa`, `Th`, `Tu`.
fn weekday(i: &mut In<'_>) -> R<Weekday> {
    take_while(2.., |c: char| c.is_ascii_alphabetic())
        .verify_map(weekday_of)
        .parse_next(i)
}

fn weekday_of(word: &str) -> Option<Weekday> {
    let lower = word.to_ascii_lowercase();
    let days = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    if lower.len() < 2 {
        return None;
    }
    days.iter()
        .find(|(full, _)| full.starts_with(lower.as_str()))
        .map(|(_, d)| *d)
}

/// A day of month (1–31), not followed by another digit or a colon (a time).
fn day(i: &mut In<'_>) -> R<u32> {
    terminated(
        number::<u32>.verify(|d| (1..=31).contains(d)),
        winnow::combinator::not(one_of([':', '.'])),
    )
    .parse_next(i)
}

/// A year: four digits, or two after a slash form (`26/3/26`).
fn year4(i: &mut In<'_>) -> R<i32> {
    terminated(
        digit1
            .verify(|s: &str| s.len() == 4)
            .try_map(str::parse::<i32>),
        winnow::combinator::not(one_of([':', '-', '.'])),
    )
    .parse_next(i)
}

/// A calendar date in any supported spelling.
pub(crate) fn date(i: &mut In<'_>) -> R<RawDate> {
    let start = pos(i)?;
    let wd = opt(terminated(weekday, alt((ws1, ','.void())).void())).parse_next(i)?;
    if wd.is_some() {
        ws0(i)?;
    }
    let (day, month, year) = alt((iso_date, slash_date, month_first, day_first))
        .context(expect("a date such as `Sat Dec 3`, `July 13` or `16 June`"))
        .parse_next(i)?;
    let end = pos(i)?;
    Ok(RawDate {
        weekday: wd,
        day,
        month,
        year,
        start,
        end,
    })
}

/// `2022-11-20`
fn iso_date(i: &mut In<'_>) -> R<(u32, u32, Option<i32>)> {
    (
        digit1
            .verify(|s: &str| s.len() == 4)
            .try_map(str::parse::<i32>),
        '-',
        number::<u32>,
        '-',
        number::<u32>,
    )
        .map(|(y, _, m, _, d)| (d, m, Some(y)))
        .parse_next(i)
}

/// `26/3/26`, `26/3/2026`, `26.3.2026` (day first).
fn slash_date(i: &mut In<'_>) -> R<(u32, u32, Option<i32>)> {
    let sep = one_of(['/', '.']);
    (
        number::<u32>.verify(|d| (1..=31).contains(d)),
        sep,
        number::<u32>.verify(|m| (1..=12).contains(m)),
        opt(preceded(
            one_of(['/', '.']),
            digit1.try_map(str::parse::<i32>),
        )),
    )
        .map(|(d, _, m, y)| (d, m, y))
        .parse_next(i)
}

/// `Nov 20`, `June 11`, `Jun/14`, `Nov 20 2022`, `Nov 20, 2022`.
fn month_first(i: &mut In<'_>) -> R<(u32, u32, Option<i32>)> {
    (
        month_name,
        alt((ws1, '/'.void(), '.'.void())),
        ws0,
        day,
        opt(preceded((opt(','), ws1), year4)),
    )
        .map(|(m, _, _, d, y)| (d, m, y))
        .parse_next(i)
}

/// `16 June`, `3 July 1930`.
fn day_first(i: &mut In<'_>) -> R<(u32, u32, Option<i32>)> {
    (day, opt('.'), ws1, month_name, opt(preceded(ws1, year4)))
        .map(|(d, _, _, m, y)| (d, m, y))
        .parse_next(i)
}

/// The end of a date range: a full date or only a day (`June 11-12`).
pub(crate) enum RangeEnd {
    Date(RawDate),
    Day(u32),
}

/// `Sat Dec 3 - Tue Dec 6`, `June 11-12`, `May 31 - June 3`, `July 13`.
pub(crate) fn date_range(i: &mut In<'_>) -> R<(RawDate, Option<RangeEnd>)> {
    let first = date(i)?;
    let end = opt(preceded(
        (ws0, one_of(['-', '–']), ws0),
        cut_err(alt((date.map(RangeEnd::Date), day.map(RangeEnd::Day))))
            .context(expect("the last day of the range")),
    ))
    .parse_next(i)?;
    Ok((first, end))
}

/// `18:00`, `18.00`
fn clock(i: &mut In<'_>) -> R<NaiveTime> {
    (
        number::<u32>.verify(|h| *h < 24),
        one_of([':', '.']),
        digit1
            .verify(|s: &str| s.len() == 2)
            .try_map(str::parse::<u32>)
            .verify(|m| *m < 60),
    )
        .verify_map(|(h, _, m)| NaiveTime::from_hms_opt(h, m, 0))
        .parse_next(i)
}

/// A time zone: `UTC+3`, `UTC-6`, `UTC±0`, `GMT+1` or a known abbreviation (`CET`, `EEST`).
fn zone(i: &mut In<'_>) -> R<(String, Option<i32>)> {
    alt((utc_zone, named_zone)).parse_next(i)
}

fn utc_zone(i: &mut In<'_>) -> R<(String, Option<i32>)> {
    let text = (
        alt(("UTC", "GMT")),
        opt((one_of(['+', '-', '±', '−']), digit1, opt((':', digit1)))),
    )
        .take()
        .parse_next(i)?;
    Ok((text.to_string(), utc_offset(text)))
}

fn utc_offset(text: &str) -> Option<i32> {
    let rest = text.get(3..)?;
    if rest.is_empty() {
        return Some(0);
    }
    let mut chars = rest.chars();
    let sign = match chars.next()? {
        '+' | '±' => 1,
        '-' | '−' => -1,
        _ => return None,
    };
    let body: String = chars.collect();
    let (h, m) = match body.split_once(':') {
        Some((h, m)) => (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?),
        None => (body.parse::<i32>().ok()?, 0),
    };
    Some(sign * (h * 60 + m))
}

/// Zone abbreviations used in the data, with their UTC offsets in minutes.
const NAMED_ZONES: &[(&str, i32)] = &[
    ("CEST", 120),
    ("CET", 60),
    ("EEST", 180),
    ("EET", 120),
    ("WEST", 60),
    ("WET", 0),
    ("BST", 60),
    ("IST", 60),
    ("MSK", 180),
    ("CDT", -300),
    ("CST", -360),
    ("EDT", -240),
    ("EST", -300),
    ("MDT", -360),
    ("MST", -420),
    ("PDT", -420),
    ("PST", -480),
];

fn named_zone(i: &mut In<'_>) -> R<(String, Option<i32>)> {
    terminated(
        take_while(3..=4, |c: char| c.is_ascii_uppercase()),
        super::boundary,
    )
    .verify_map(|word: &str| {
        NAMED_ZONES
            .iter()
            .find(|(n, _)| *n == word)
            .map(|(n, off)| ((*n).to_string(), Some(*off)))
    })
    .parse_next(i)
}

/// A clock time with an optional zone, not followed by the rest of a word.
fn time_with_zone(i: &mut In<'_>) -> R<RawTime> {
    let time = terminated(clock, super::boundary).parse_next(i)?;
    let zone = opt(preceded(ws1, zone)).parse_next(i)?;
    let (zone, offset_minutes) = match zone {
        Some((z, o)) => (Some(z), o),
        None => (None, None),
    };
    Ok(RawTime {
        time,
        zone,
        offset_minutes,
        alternative: None,
    })
}

/// A kick-off: `19:00 UTC+3`, optionally followed by an alternative in parentheses.
pub(crate) fn kickoff(i: &mut In<'_>) -> R<RawTime> {
    let mut t = time_with_zone(i)?;
    let alt_time = opt(preceded(
        ws0,
        delimited(('(', ws0), time_with_zone, (ws0, ')')),
    ))
    .parse_next(i)?;
    t.alternative = alt_time.map(Box::new);
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::super::run;
    use super::*;

    fn dm(text: &str) -> (u32, u32, Option<i32>, Option<Weekday>) {
        let d = run(text, date).expect("date parses");
        (d.day, d.month, d.year, d.weekday)
    }

    #[rstest::rstest]
    #[case("Sat Dec 3", (3, 12, None, Some(Weekday::Sat)))]
    #[case("Sun Nov 20 2022", (20, 11, Some(2022), Some(Weekday::Sun)))]
    #[case("Thu June 11", (11, 6, None, Some(Weekday::Thu)))]
    #[case("Th Jun 19", (19, 6, None, Some(Weekday::Thu)))]
    #[case("Su Jun 22", (22, 6, None, Some(Weekday::Sun)))]
    #[case("July 13", (13, 7, None, None))]
    #[case("16 June", (16, 6, None, None))]
    #[case("3 July 1930", (3, 7, Some(1930), None))]
    #[case("Sat Jun/14", (14, 6, None, Some(Weekday::Sat)))]
    #[case("Th 26/3/26", (26, 3, Some(26), Some(Weekday::Thu)))]
    #[case("2022-11-20", (20, 11, Some(2022), None))]
    #[case("Sept 2", (2, 9, None, None))]
    fn reads_date_spellings(
        #[case] text: &str,
        #[case] want: (u32, u32, Option<i32>, Option<Weekday>),
    ) {
        assert_eq!(dm(text), want);
    }

    #[rstest::rstest]
    #[case("Foo 3")]
    #[case("June 32")]
    #[case("18:00")]
    #[case("Ju 3")]
    fn rejects_non_dates(#[case] text: &str) {
        assert!(run(text, date).is_err());
    }

    #[test]
    fn reads_times() {
        let t = run("19:00 UTC+3", kickoff).expect("time");
        assert_eq!(t.zone.as_deref(), Some("UTC+3"));
        assert_eq!(t.offset_minutes, Some(180));
        let t = run("20:45 CET (19:45 UTC±0)", kickoff).expect("time");
        assert_eq!(t.offset_minutes, Some(60));
        assert_eq!(t.alternative.expect("alt").offset_minutes, Some(0));
        let t = run("18:00 (19:00 EEST)", kickoff).expect("time");
        assert_eq!(t.zone, None);
    }

    #[test]
    fn reads_ranges() {
        let (a, b) = run("June 11-12", date_range).expect("range");
        assert_eq!((a.day, a.month), (11, 6));
        assert!(matches!(b, Some(RangeEnd::Day(12))));
        let (_, b) = run("Fri Jun 14 - Tue Jun 18", date_range).expect("range");
        assert!(matches!(b, Some(RangeEnd::Date(d)) if d.day == 18));
    }
}
