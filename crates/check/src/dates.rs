//! Dates in prose: the publication date (explicit, from a `DATE:` header, or from datelines
//! such as "December 11, 2022"), and date expressions (month-day, month-year, years, weekdays)
//! resolved against it.

use goalline_core::{Date, Datelike, Weekday};
use once_cell::sync::Lazy;
use regex::Regex;

const MONTHS: [&str; 12] = [
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

/// Month number (1–12) from a name or 3-letter abbreviation.
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as u32 + 1)
}

/// A weekday from its English name.
pub fn weekday(word: &str) -> Option<Weekday> {
    let w = word.to_ascii_lowercase();
    let w = w.trim_end_matches("'s").trim_end_matches("’s");
    Some(match w {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// A date expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range.
    pub start: usize,
    /// Byte range end.
    pub end: usize,
    /// The day, when the expression names one.
    pub date: Option<Date>,
    /// Month and year (`June 2017`), when only those are given.
    pub month_year: Option<(i32, u32)>,
    /// True when the year was written (not inferred).
    pub year_written: bool,
}

static MONTH_DAY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
        .expect("regex")
});
static DAY_MONTH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:,?\s+(\d{4}))?")
        .expect("regex")
});
static MONTH_YEAR: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?-u)\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?(\d{4})\b").expect("regex")
});
static ISO: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?-u)\b(\d{4})-(\d{2})-(\d{2})\b").expect("regex"));
static HEADER: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?m)^\s*(?:SOURCE:.*?)?DATE:\s*(\d{4}-\d{2}-\d{2})").expect("regex"));

/// Where the publication date came from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// Given with `--date`.
    Given,
    /// A `DATE:` header line.
    Header,
    /// The latest full date written in the text (a dateline or a tweet stamp).
    Inferred,
    /// No date could be found.
    Unknown,
}

/// Finds the publication date in a `DATE: YYYY-MM-DD` header.
pub fn header_date(text: &str) -> Option<Date> {
    let c = HEADER.captures(text.get(..text.len().min(2000))?)?;
    Date::parse_from_str(c.get(1)?.as_str(), "%Y-%m-%d").ok()
}

/// The latest fully written date (day, month and year) in the text.
pub fn latest_full_date(text: &str) -> Option<Date> {
    find_dates(text, None)
        .into_iter()
        .filter(|d| d.year_written)
        .filter_map(|d| d.date)
        .max()
}

/// All date expressions, with years inferred from `reference` when not written: the year that
/// puts the day closest to the reference (articles speak of recent events and the coming days).
pub fn find_dates(text: &str, reference: Option<Date>) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::new();
    let resolve = |m: u32, d: u32, y: Option<i32>| -> (Option<Date>, bool) {
        match y {
            Some(y) => (Date::from_ymd_opt(y, m, d), true),
            None => match reference {
                Some(r) => {
                    let best = [r.year() - 1, r.year(), r.year() + 1]
                        .into_iter()
                        .filter_map(|y| Date::from_ymd_opt(y, m, d))
                        .min_by_key(|x| {
                            let diff = (*x - r).num_days();
                            // Prefer the past slightly: reports look back more than ahead.
                            if diff > 0 {
                                diff * 2
                            } else {
                                -diff
                            }
                        });
                    (best, false)
                }
                None => (None, false),
            },
        }
    };
    // "December 10[, 2022]" (month group 1, day group 2) and "10 December [2022]" (day 1,
    // month 2); the year, when written, is group 3 in both.
    for (re, month_group, day_group) in [(&*MONTH_DAY, 1, 2), (&*DAY_MONTH, 2, 1)] {
        for c in re.captures_iter(text) {
            let (Some(all), Some(mw), Some(dw)) = (c.get(0), c.get(month_group), c.get(day_group))
            else {
                continue;
            };
            if out
                .iter()
                .any(|o| o.start < all.end() && all.start() < o.end)
            {
                continue;
            }
            let (Some(m), Ok(d)) = (month(mw.as_str()), dw.as_str().parse::<u32>()) else {
                continue;
            };
            if !(1..=31).contains(&d) {
                continue;
            }
            let y = c.get(3).and_then(|y| y.as_str().parse().ok());
            let (date, written) = resolve(m, d, y);
            out.push(DateMention {
                start: all.start(),
                end: all.end(),
                date,
                month_year: None,
                year_written: written,
            });
        }
    }
    for c in MONTH_YEAR.captures_iter(text) {
        let (Some(all), Some(mw), Some(yw)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        if out
            .iter()
            .any(|o| o.start < all.end() && all.start() < o.end)
        {
            continue;
        }
        let (Some(m), Ok(y)) = (month(mw.as_str()), yw.as_str().parse::<i32>()) else {
            continue;
        };
        out.push(DateMention {
            start: all.start(),
            end: all.end(),
            date: None,
            month_year: Some((y, m)),
            year_written: true,
        });
    }
    for c in ISO.captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        if let Ok(d) = Date::parse_from_str(all.as_str(), "%Y-%m-%d") {
            out.push(DateMention {
                start: all.start(),
                end: all.end(),
                date: Some(d),
                month_year: None,
                year_written: true,
            });
        }
    }
    out.sort_by_key(|d| d.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn finds_dates_and_infers_years() {
        let t = "Kane missed on December 10. Tweet — December 11, 2022. They meet Morocco on 14 December.";
        let ds = find_dates(t, Some(d("2022-12-11")));
        let got: Vec<Option<Date>> = ds.iter().map(|x| x.date).collect();
        assert_eq!(
            got,
            vec![
                Some(d("2022-12-10")),
                Some(d("2022-12-11")),
                Some(d("2022-12-14"))
            ]
        );
        assert_eq!(latest_full_date(t), Some(d("2022-12-11")));
    }

    #[test]
    fn header_and_month_year() {
        assert_eq!(
            header_date("SOURCE: http://x  DATE: 2019-07-02\n\nText"),
            Some(d("2019-07-02"))
        );
        let ds = find_dates("his debut in March 2015", None);
        assert_eq!(ds[0].month_year, Some((2015, 3)));
    }

    #[test]
    fn weekdays_with_possessive() {
        assert_eq!(weekday("Saturday's"), Some(Weekday::Sat));
        assert_eq!(weekday("Sunday"), Some(Weekday::Sun));
        assert_eq!(weekday("Sundays"), None);
    }
}
