//! Tournament editions named in prose: "the 2022 World Cup", "Qatar 2022", "Euro 2020" (played
//! in 2021), "Italia 90", "this year's edition" and "last year" relative to a day, men's or
//! women's.
//!
//! This module only turns text into [`Edition`]s; what happened in an edition is answered by
//! [`crate::tournaments`]. A text that fits several editions is returned as
//! [`Resolution::Ambiguous`], never narrowed by guessing. One convention, stated here because it
//! is a choice: an unqualified "World Cup" is the men's World Cup unless no men's edition fits
//! (so "the 2019 World Cup" is the women's one) or the caller asks for women's football.

use crate::resolve::Resolution;
use crate::tournaments::{competition_named, Edition};
use crate::{Facts, FactsError};
use goalline_core::{names, Date, Datelike, Gender, TeamId};
use serde::Serialize;

const HOSTS: &str = include_str!("../reference/hosts.csv");

const MEN_WC: &str = "FIFA World Cup";
const WOMEN_WC: &str = "FIFA Women's World Cup";

/// A time expression relative to the day of the question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relative {
    /// "this year's edition": an edition played in the year of the day.
    ThisYear,
    /// "last year's": an edition played the year before.
    LastYear,
    /// "next year's".
    NextYear,
    /// "the last World Cup", "the previous Euro": the latest edition finished before the day.
    Previous,
    /// "the next World Cup".
    Next,
    /// "this World Cup", "the current Euro": the one being played on the day, else the latest
    /// one started before it.
    Current,
}

/// What [`parse_edition_text`] reads from a phrase.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct EditionText {
    /// Competition (martj42 spelling), when named.
    pub competition: Option<String>,
    /// The year written (`2020` in "Euro 2020", `1990` in "Italia 90").
    pub year: Option<i32>,
    /// Men's or women's, when the text says.
    pub gender: Option<Gender>,
    /// A relative time expression.
    pub relative: Option<Relative>,
    /// Words left over (a host country such as "Qatar"), folded.
    pub rest: String,
}

/// Host spellings of the past that are not team names ("Italia 90").
const HOST_WORDS: &[(&str, &str)] = &[
    ("italia", "Italy"),
    ("espana", "Spain"),
    ("deutschland", "Germany"),
    ("korea japan", "South Korea"),
    ("japan korea", "South Korea"),
    ("korea", "South Korea"),
    ("usa", "United States"),
];

/// Reads a phrase naming an edition. Pure: no store access.
pub fn parse_edition_text(text: &str) -> EditionText {
    let folded = names::fold(text);
    let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out = EditionText::default();
    // Gender words.
    let before = words.len();
    words.retain(|w| !matches!(*w, "women" | "womens" | "ladies" | "wwc"));
    if words.len() != before {
        out.gender = Some(Gender::Women);
    }
    let before = words.len();
    words.retain(|w| !matches!(*w, "men" | "mens"));
    if words.len() != before && out.gender.is_none() {
        out.gender = Some(Gender::Men);
    }
    // Relative expressions (two-word ones first).
    let pairs: [(&str, &str, Relative); 6] = [
        ("this", "year", Relative::ThisYear),
        ("this", "years", Relative::ThisYear),
        ("last", "year", Relative::LastYear),
        ("last", "years", Relative::LastYear),
        ("next", "year", Relative::NextYear),
        ("next", "years", Relative::NextYear),
    ];
    'pairs: for (a, b, rel) in pairs {
        for i in 0..words.len().saturating_sub(1) {
            if words[i] == a && words[i + 1] == b {
                out.relative = Some(rel);
                words.drain(i..=i + 1);
                break 'pairs;
            }
        }
    }
    if out.relative.is_none() {
        let singles: [(&str, Relative); 7] = [
            ("last", Relative::Previous),
            ("previous", Relative::Previous),
            ("recent", Relative::Previous),
            ("next", Relative::Next),
            ("upcoming", Relative::Next),
            ("this", Relative::Current),
            ("current", Relative::Current),
        ];
        for (w, rel) in singles {
            if let Some(i) = words.iter().position(|x| *x == w) {
                out.relative = Some(rel);
                words.remove(i);
                break;
            }
        }
    }
    // Years: 4 digits, or 2 digits ("Italia 90", "Euro 96").
    let mut kept = Vec::new();
    for w in words {
        let digits = w.chars().all(|c| c.is_ascii_digit());
        match (digits, w.len()) {
            (true, 4) if out.year.is_none() => out.year = w.parse().ok(),
            (true, 2) if out.year.is_none() => {
                out.year = w
                    .parse::<i32>()
                    .ok()
                    .map(|y| if y >= 30 { 1900 + y } else { 2000 + y })
            }
            _ => kept.push(w),
        }
    }
    kept.retain(|w| {
        !matches!(
            *w,
            "the" | "edition" | "editions" | "tournament" | "of" | "in" | "s" | "most" | "fifa"
        )
    });
    let rest = kept.join(" ");
    // The longest run of words that names a competition.
    let n = kept.len();
    'outer: for len in (1..=n).rev() {
        for start in 0..=n - len {
            let phrase = kept[start..start + len].join(" ");
            if let Some(c) = competition_named(&phrase) {
                out.competition = Some(c.name.clone());
                let mut left: Vec<&str> = kept[..start].to_vec();
                left.extend_from_slice(&kept[start + len..]);
                out.rest = left.join(" ");
                break 'outer;
            }
        }
    }
    if out.competition.is_none() {
        out.rest = rest;
    }
    if out.competition.as_deref() == Some(WOMEN_WC) {
        out.gender = Some(Gender::Women);
    }
    out
}

/// A host of an edition from the reference table: (competition, year, host teams).
fn reference_hosts(facts: &Facts) -> Vec<(String, i32, Vec<TeamId>)> {
    HOSTS
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            if f.len() != 3 {
                return None;
            }
            let teams = f[2]
                .split(';')
                .filter_map(|h| facts.teams().resolve(h, None, None).one())
                .collect();
            Some((f[0].to_string(), f[1].parse().ok()?, teams))
        })
        .collect()
}

impl Facts {
    /// Resolves a phrase naming a tournament edition, relative to the day `on` (needed for
    /// "this year's edition", "last year", "the last World Cup"). `gender` is the context
    /// (e.g. a women's match); the text's own "women's" wins over it.
    pub fn resolve_edition(
        &self,
        text: &str,
        on: Option<Date>,
        gender: Option<Gender>,
    ) -> Result<Resolution<Edition>, FactsError> {
        self.resolve_edition_in(text, on, gender, None)
    }

    /// Like [`Facts::resolve_edition`], with the competition of the context (the match being
    /// written about) for phrases that name none: "this year's edition", "last year".
    pub fn resolve_edition_in(
        &self,
        text: &str,
        on: Option<Date>,
        gender: Option<Gender>,
        context: Option<&str>,
    ) -> Result<Resolution<Edition>, FactsError> {
        let mut q = parse_edition_text(text);
        if q.competition.is_none() && q.rest.is_empty() {
            q.competition = context.map(str::to_string);
        }
        let gender = q.gender.or(gender);
        let year = q.year;
        if q.relative.is_some() && on.is_none() && year.is_none() {
            return Err(FactsError::BadQuestion(format!(
                "{text:?} is relative to a day: give a date (--as-of)"
            )));
        }
        // Candidate editions.
        let mut pools: Vec<Vec<Edition>> = Vec::new();
        match q.competition.as_deref() {
            Some(MEN_WC) | Some(WOMEN_WC) => match gender {
                Some(Gender::Women) => pools.push(self.editions(WOMEN_WC)?),
                Some(Gender::Men) => pools.push(self.editions(MEN_WC)?),
                // Men's first; women's only when no men's edition fits.
                None => {
                    pools.push(self.editions(MEN_WC)?);
                    pools.push(self.editions(WOMEN_WC)?);
                }
            },
            Some(c) => pools.push(self.editions(c)?),
            None => {
                // "Qatar 2022": a host and a year.
                if q.rest.is_empty() {
                    return Err(FactsError::BadQuestion(format!(
                        "{text:?} names no competition or host (try \"World Cup 2022\", \"Euro 2020\", \"Qatar 2022\")"
                    )));
                }
                let host = HOST_WORDS
                    .iter()
                    .find(|(w, _)| *w == q.rest)
                    .map(|(_, t)| *t)
                    .unwrap_or(&q.rest);
                let Some(team) = self.teams().resolve(host, None, None).one() else {
                    return Ok(Resolution::None);
                };
                pools.push(self.hosted_editions(team, gender)?);
            }
        }
        for pool in pools {
            let hits = select(pool, year, q.relative, on);
            if !hits.is_empty() {
                return Ok(if hits.len() == 1 {
                    Resolution::One(hits.into_iter().next().expect("one"))
                } else {
                    Resolution::Ambiguous(hits)
                });
            }
        }
        Ok(Resolution::None)
    }

    /// Resolves an edition or fails with the candidates (ambiguous) or a hint (not found).
    pub fn require_edition(
        &self,
        text: &str,
        on: Option<Date>,
        gender: Option<Gender>,
    ) -> Result<Edition, FactsError> {
        match self.resolve_edition(text, on, gender)? {
            Resolution::One(e) => Ok(e),
            Resolution::Ambiguous(es) => Err(FactsError::Ambiguous {
                name: text.to_string(),
                candidates: es.iter().map(|e| e.label.clone()).collect(),
            }),
            Resolution::None => Err(FactsError::NotFound {
                kind: "tournament",
                name: text.to_string(),
                hint: "; try \"World Cup 2022\", \"Women's World Cup 2019\", \"Euro 2020\", \"Asian Cup 2023\" or \"Qatar 2022\"".into(),
            }),
        }
    }

    /// Editions hosted (or co-hosted) by a team: World Cups from Fjelstul's host field, other
    /// competitions from `reference/hosts.csv`.
    pub fn hosted_editions(
        &self,
        team: TeamId,
        gender: Option<Gender>,
    ) -> Result<Vec<Edition>, FactsError> {
        let mut out = Vec::new();
        for t in self.store().wc_tournaments()? {
            if gender.is_some_and(|g| g != t.gender) {
                continue;
            }
            let hosts = t
                .host
                .split([',', '&'])
                .map(str::trim)
                .map(|h| {
                    let f = names::fold(h);
                    HOST_WORDS
                        .iter()
                        .find(|(w, _)| *w == f)
                        .map_or(h, |(_, t)| *t)
                })
                .filter_map(|h| self.teams().resolve(h, Some(t.start_date), None).one());
            if hosts.into_iter().any(|h| h == team) {
                let comp = if t.gender == Gender::Men {
                    MEN_WC
                } else {
                    WOMEN_WC
                };
                if let Some(e) = self.edition(comp, Some(t.year), None)? {
                    out.push(e);
                }
            }
        }
        if gender != Some(Gender::Women) {
            for (comp, year, hosts) in reference_hosts(self) {
                if hosts.contains(&team) {
                    if let Some(e) = self.edition(&comp, Some(year), None)? {
                        out.push(e);
                    }
                }
            }
        }
        out.sort_by_key(|e| e.from);
        Ok(out)
    }
}

/// Editions of one pool that fit a year and a relative expression.
fn select(
    pool: Vec<Edition>,
    year: Option<i32>,
    rel: Option<Relative>,
    on: Option<Date>,
) -> Vec<Edition> {
    if let Some(y) = year {
        // The name year first ("Euro 2020" played in 2021), then the year it was played.
        let named: Vec<Edition> = pool.iter().filter(|e| e.year == y).cloned().collect();
        if !named.is_empty() {
            return named;
        }
        return pool
            .into_iter()
            .filter(|e| e.from.year() == y || e.to.year() == y)
            .collect();
    }
    let Some(d) = on else {
        return Vec::new();
    };
    let in_year = |y: i32| -> Vec<Edition> {
        pool.iter()
            .filter(|e| e.from.year() == y || e.to.year() == y)
            .cloned()
            .collect()
    };
    match rel {
        Some(Relative::ThisYear) => in_year(d.year()),
        Some(Relative::LastYear) => in_year(d.year() - 1),
        Some(Relative::NextYear) => in_year(d.year() + 1),
        Some(Relative::Previous) => pool
            .into_iter()
            .rev()
            .find(|e| e.to < d)
            .into_iter()
            .collect(),
        Some(Relative::Next) => pool.into_iter().find(|e| e.from > d).into_iter().collect(),
        Some(Relative::Current) | None => match pool.iter().find(|e| e.from <= d && d <= e.to) {
            Some(e) => vec![e.clone()],
            None => pool
                .into_iter()
                .rev()
                .find(|e| e.from <= d)
                .into_iter()
                .collect(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case(
        "the 2022 World Cup",
        Some("FIFA World Cup"),
        Some(2022),
        None,
        None,
        ""
    )]
    #[case("Euro 2020", Some("UEFA Euro"), Some(2020), None, None, "")]
    #[case("Qatar 2022", None, Some(2022), None, None, "qatar")]
    #[case("Italia 90", None, Some(1990), None, None, "italia")]
    #[case("Korea/Japan 2002", None, Some(2002), None, None, "korea japan")]
    #[case(
        "the 2019 Women's World Cup",
        Some("FIFA World Cup"),
        Some(2019),
        Some(Gender::Women),
        None,
        ""
    )]
    #[case("this year's edition", None, None, None, Some(Relative::ThisYear), "")]
    #[case(
        "last year's Asian Cup",
        Some("AFC Asian Cup"),
        None,
        None,
        Some(Relative::LastYear),
        ""
    )]
    #[case(
        "the last World Cup",
        Some("FIFA World Cup"),
        None,
        None,
        Some(Relative::Previous),
        ""
    )]
    fn reads_phrases(
        #[case] text: &str,
        #[case] comp: Option<&str>,
        #[case] year: Option<i32>,
        #[case] gender: Option<Gender>,
        #[case] rel: Option<Relative>,
        #[case] rest: &str,
    ) {
        let q = parse_edition_text(text);
        assert_eq!(q.competition.as_deref(), comp, "{text}");
        assert_eq!(q.year, year, "{text}");
        assert_eq!(q.gender, gender, "{text}");
        assert_eq!(q.relative, rel, "{text}");
        assert_eq!(q.rest, rest, "{text}");
    }
}
