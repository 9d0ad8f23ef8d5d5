//! Headings: the tournament title (`= World Cup 2022`), wiki-style sections
//! (`==Europe (UEFA)==`), squad team headings (`== Senegal`), stage headings (`▪ Round of 16`,
//! `▪▪ Group A`), schedule summaries (`▪ Quarter-finals | Fri Dec 9 - Sat Dec 10`) and group
//! tables (`Group A | Qatar  Ecuador  Senegal  Netherlands`).

use super::date::{date_range, RangeEnd, RawDate};
use super::{expect, pos, ws0, In, R};
use winnow::combinator::{cut_err, opt, preceded};
use winnow::prelude::*;
use winnow::token::{take_till, take_while};

/// An `=` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EqHeading {
    /// Number of leading `=`.
    pub level: u8,
    /// True when the text is closed by `=` too (wiki style).
    pub closed: bool,
    /// The text; empty for a ruler such as `=====`.
    pub text: String,
}

/// `= World Cup 2022`, `==Europe (UEFA)==`, `== Senegal`, `=====`.
pub(crate) fn eq_heading(i: &mut In<'_>) -> R<EqHeading> {
    let marks = take_while(1.., '=').parse_next(i)?;
    ws0(i)?;
    let text = take_till(0.., '=').parse_next(i)?;
    let closing = take_while(0.., '=').parse_next(i)?;
    ws0(i)?;
    Ok(EqHeading {
        level: u8::try_from(marks.chars().count()).unwrap_or(u8::MAX),
        closed: !closing.is_empty() && !text.trim().is_empty(),
        text: text.trim().to_string(),
    })
}

/// A `▪` line: level, text and an optional date range after `|`.
pub(crate) struct BulletHeading {
    pub level: u8,
    pub text: String,
    pub range: Option<(RawDate, Option<RangeEnd>)>,
    /// Offset of the range, for error positions.
    pub range_offset: usize,
}

/// `▪ Round of 16`, `▪▪ Group A`, `▪ Matchday 1 | Sun Nov 20`.
pub(crate) fn bullet_heading(i: &mut In<'_>) -> R<BulletHeading> {
    let marks = take_while(1.., |c: char| c == '▪' || c == '»').parse_next(i)?;
    ws0(i)?;
    let text = take_till(0.., '|')
        .map(str::trim)
        .verify(|s: &str| !s.is_empty())
        .context(expect("a heading text after `▪`"))
        .parse_next(i)?;
    let range_offset = pos(i)?;
    let range = opt(preceded(
        ('|', ws0),
        cut_err(date_range).context(expect("a date or date range after `|`")),
    ))
    .parse_next(i)?;
    ws0(i)?;
    Ok(BulletHeading {
        level: u8::try_from(marks.chars().count()).unwrap_or(u8::MAX),
        text: text.to_string(),
        range,
        range_offset,
    })
}

/// `Group A | Qatar  Ecuador  Senegal  Netherlands`: the name and the teams (separated by two
/// or more spaces).
pub(crate) fn group_table(i: &mut In<'_>) -> R<(String, Vec<String>)> {
    let name = take_till(1.., '|')
        .map(str::trim)
        .verify(|s: &str| s.starts_with("Group") && !s.is_empty())
        .parse_next(i)?;
    '|'.parse_next(i)?;
    let rest = winnow::token::rest.parse_next(i)?;
    let teams = split_wide(rest);
    if teams.is_empty() {
        return cut_err(winnow::combinator::fail)
            .context(expect("team names after `|`"))
            .parse_next(i);
    }
    Ok((name.to_string(), teams))
}

/// Splits on runs of two or more spaces (or tabs).
pub(crate) fn split_wide(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut spaces = 0usize;
    for c in text.trim().chars() {
        if super::is_space(c) {
            spaces += 1;
            if c == '\t' {
                spaces += 1;
            }
            continue;
        }
        if spaces >= 2 && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        } else if spaces == 1 && !cur.is_empty() {
            cur.push(' ');
        }
        spaces = 0;
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::run;
    use super::*;

    #[test]
    fn reads_headings() {
        let h = run("= World Cup 2022", eq_heading).expect("heading");
        assert_eq!(
            (h.level, h.closed, h.text.as_str()),
            (1, false, "World Cup 2022")
        );
        let h = run("==Europe (UEFA)==", eq_heading).expect("heading");
        assert_eq!((h.level, h.closed), (2, true));
        let b = run("▪ Quarter-finals | Fri Dec 9 - Sat Dec 10", bullet_heading).expect("b");
        assert_eq!(b.text, "Quarter-finals");
        assert!(b.range.is_some());
        let b = run("▪▪▪ Semi-finals", bullet_heading).expect("b");
        assert_eq!(b.level, 3);
    }

    #[test]
    fn reads_group_tables() {
        let (name, teams) = run(
            "Group B  | England    Iran          USA  Wales",
            group_table,
        )
        .expect("g");
        assert_eq!(name, "Group B");
        assert_eq!(teams, ["England", "Iran", "USA", "Wales"]);
        assert_eq!(
            split_wide("Bosnia & Herzegovina  Qatar"),
            ["Bosnia & Herzegovina", "Qatar"]
        );
    }
}
