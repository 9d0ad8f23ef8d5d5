//! Squad rows in their three spellings.
//!
//! * `more/YYYY_squads.txt`: `   9, Harry KANE,   FW,  b. 1993/07/28` (number optional or `-`).
//! * `euro/*/squads/*.txt`: `  9,  Harry Kane,  FW,  54/34  , b. 1993,  Tottenham Hotspur F.C. (ENG)`
//!   (caps/goals at tournament start, birth year, club).
//! * `worldcup/YYYY--host/squads/*.txt`: `(9)  FW  Harry Kane   ##  23, Tottenham (ENG)` where
//!   the `##` column holds caps (or `-`) and the club.

use super::{expect, is_space, number, pos, ws0, ws1, In, R};
use crate::model::Position;
use winnow::ascii::digit1;
use winnow::combinator::{alt, cut_err, delimited, empty, eof, opt, preceded, terminated};
use winnow::prelude::*;
use winnow::stream::Stream;
use winnow::token::{take_till, take_while};

/// A squad row as written.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct RawSquad {
    pub number: Option<u8>,
    pub name: String,
    pub position: Option<Position>,
    /// Birth date or year.
    pub birth: Option<Birth>,
    pub caps: Option<u16>,
    pub goals: Option<u16>,
    pub club: Option<String>,
}

/// A birth date (`b. 1993/07/28`) or year (`b. 1993`) as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Birth {
    pub year: i32,
    pub month_day: Option<(u32, u32)>,
    /// Byte offset of the year.
    pub offset: usize,
}

/// `GK`, `DF`, `MF`, `FW`, `MG`.
fn position(i: &mut In<'_>) -> R<Position> {
    take_while(2, |c: char| c.is_ascii_uppercase())
        .verify_map(Position::from_code)
        .context(expect("a position `GK`, `DF`, `MF`, `FW` or `MG`"))
        .parse_next(i)
}

/// A position field: a code, `?` (unknown) or nothing.
fn position_field(i: &mut In<'_>) -> R<Option<Position>> {
    terminated(
        alt((position.map(Some), '?'.value(None), empty.value(None))),
        field_end,
    )
    .context(expect("a position `GK`, `DF`, `MF`, `FW`, `MG` or `?`"))
    .parse_next(i)
}

/// End of a comma-separated field.
fn field_end(i: &mut In<'_>) -> R<()> {
    (ws0, alt((eof.void(), winnow::combinator::peek(',').void())))
        .void()
        .parse_next(i)
}

/// Text up to the next comma, trimmed.
fn text_field(i: &mut In<'_>) -> R<String> {
    take_till(1.., ',')
        .map(|s: &str| s.trim().to_string())
        .verify(|s: &String| !s.is_empty())
        .parse_next(i)
}

/// `b. 1993/07/28`, `b. 1993-07-28`, `b. 1993`.
fn birth(i: &mut In<'_>) -> R<Birth> {
    preceded(
        ("b.", ws0),
        cut_err((
            pos,
            digit1
                .verify(|s: &str| s.len() == 4)
                .try_map(str::parse::<i32>),
            opt((
                alt(('/', '-')),
                number::<u32>,
                alt(('/', '-')),
                number::<u32>,
            )),
        ))
        .context(expect("a birth date such as `1993/07/28` or a year")),
    )
    .map(|(offset, year, md)| Birth {
        year,
        month_day: md.map(|(_, m, _, d)| (m, d)),
        offset,
    })
    .parse_next(i)
}

/// `54/34` (caps/goals) or `54` (caps).
fn caps(i: &mut In<'_>) -> R<(u16, Option<u16>)> {
    terminated(
        (number::<u16>, opt(preceded((ws0, '/', ws0), number::<u16>))),
        field_end,
    )
    .parse_next(i)
}

enum Extra {
    Caps(u16, Option<u16>),
    Birth(Birth),
    Club(String),
}

/// A comma-separated squad row (`more/` and Euro spellings).
pub(crate) fn comma_row(i: &mut In<'_>) -> R<RawSquad> {
    let shirt = opt(terminated(
        alt((number::<u8>.map(Some), '-'.value(None), empty.value(None))),
        (ws0, ',', ws0),
    ))
    .parse_next(i)?
    .flatten();
    let name = text_field(i)?;
    (ws0, ',', ws0).parse_next(i)?;
    let position = position_field(i)?;
    let mut row = RawSquad {
        number: shirt,
        name,
        position,
        ..RawSquad::default()
    };
    while opt((ws0, ',', ws0)).parse_next(i)?.is_some() {
        if i.eof_offset() == 0 {
            break; // an empty last field: `Miguel BRITO,  MF,   `
        }
        let extra = cut_err(alt((
            caps.map(|(c, g)| Extra::Caps(c, g)),
            terminated(birth, field_end).map(Extra::Birth),
            text_field.map(Extra::Club),
        )))
        .context(expect("caps/goals, `b. <date>` or a club"))
        .parse_next(i)?;
        match extra {
            Extra::Caps(c, g) => {
                row.caps = Some(c);
                row.goals = g;
            }
            Extra::Birth(b) => row.birth = Some(b),
            Extra::Club(c) => row.club = Some(c),
        }
    }
    ws0(i)?;
    Ok(row)
}

/// The legacy row `(9)  FW  Harry Kane   ##  23, Tottenham (ENG)`, read from the raw line
/// because its last column sits behind `##`.
pub(crate) fn legacy_row(i: &mut In<'_>) -> R<RawSquad> {
    ws0(i)?;
    let shirt = alt((
        delimited(('(', ws0), number::<u8>, (ws0, ')')).map(Some),
        '-'.value(None),
    ))
    .parse_next(i)?;
    ws1(i)?;
    let position = opt(terminated(position, alt((ws1, eof.void())))).parse_next(i)?;
    let name = take_till(0.., '#')
        .map(|s: &str| s.trim().to_string())
        .parse_next(i)?;
    let mut row = RawSquad {
        number: shirt,
        name,
        position,
        ..RawSquad::default()
    };
    if opt(take_while(1.., '#')).parse_next(i)?.is_some() {
        ws0(i)?;
        let caps = cut_err(alt((number::<u16>.map(Some), '-'.value(None))))
            .context(expect("caps or `-` after `##`"))
            .parse_next(i)?;
        row.caps = caps;
        if opt((ws0, ',')).parse_next(i)?.is_some() {
            ws0(i)?;
            row.club = opt(take_while(1.., |c: char| c != '\n'))
                .map(|s: Option<&str>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()))
                .parse_next(i)?;
        }
    }
    take_while(0.., is_space).parse_next(i)?;
    Ok(row)
}

#[cfg(test)]
mod tests {
    use super::super::run;
    use super::*;

    #[test]
    fn reads_more_rows() {
        let r = run(
            "9, Harry KANE,                    FW,  b. 1993/07/28",
            comma_row,
        )
        .expect("row");
        assert_eq!(r.number, Some(9));
        assert_eq!(r.name, "Harry KANE");
        assert_eq!(
            r.birth.map(|b| (b.year, b.month_day)),
            Some((1993, Some((7, 28))))
        );
        let r = run(
            "Bob MILLAR (USA),              MG,  b. 1890/05/12",
            comma_row,
        )
        .expect("row");
        assert_eq!((r.number, r.position), (None, Some(Position::Manager)));
        let r = run(
            "-, Aliou Cissé (SEN),             MG,  b. 1976/03/24",
            comma_row,
        )
        .expect("row");
        assert_eq!(r.number, None);
    }

    #[test]
    fn reads_euro_rows() {
        let r = run(
            "9,  Harry Kane,                        FW,     54/34 , b. 1993,  Tottenham Hotspur F.C. (ENG)",
            comma_row,
        )
        .expect("row");
        assert_eq!((r.caps, r.goals), (Some(54), Some(34)));
        assert_eq!(r.birth.map(|b| (b.year, b.month_day)), Some((1993, None)));
        assert_eq!(r.club.as_deref(), Some("Tottenham Hotspur F.C. (ENG)"));
    }

    #[test]
    fn reads_legacy_rows() {
        let r = run(
            "(10)  FW  Wayne Rooney                       ##  90, Manchester United (ENG)",
            legacy_row,
        )
        .expect("row");
        assert_eq!((r.number, r.caps), (Some(10), Some(90)));
        assert_eq!(r.club.as_deref(), Some("Manchester United (ENG)"));
        let r = run(
            "   -  GK  Ángel Bossio                       ##    -, Talleres ",
            legacy_row,
        )
        .expect("row");
        assert_eq!((r.number, r.caps), (None, None));
    }
}
