//! Scorer lists: `(Memphis Depay 10' Daley Blind 45+1'; Haji Wright 76')`.
//!
//! Grammar: `( home-scorers [; away-scorers] )`, a scorer is a name followed by one or more
//! minutes (`Mbappé 74', 90+1'`, `Mbappé 61' 86'`), each minute optionally marked as a penalty
//! (`(pen.)`, `(p)`, `pen`) or own goal (`(o.g.)`, `(og)`, `og`). Scorers are separated by
//! spaces or commas; a comma followed by a digit continues the same scorer's minutes.

use super::{expect, minute, name, pos, ws0, ws1, In, R};
use crate::model::Side;
use goalline_core::Minute;
use winnow::combinator::{alt, cut_err, delimited, opt, preceded, terminated};
use winnow::prelude::*;
use winnow::stream::Stream;
use winnow::token::one_of;

/// One goal as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawGoal {
    pub side: Side,
    pub player: String,
    pub minute: Minute,
    pub penalty: bool,
    pub own_goal: bool,
    /// Byte offset of the minute in the logical line.
    pub offset: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Penalty,
    OwnGoal,
}

/// `pen.`, `pen`, `p`, `o.g.`, `og`, `OG` inside parentheses.
fn mark_in_parens(i: &mut In<'_>) -> R<Mark> {
    alt((
        alt(("pen.", "pen", "Pen.", "Pen", "p.", "p", "P")).value(Mark::Penalty),
        alt(("o.g.", "o.g", "og", "OG", "o.g.", "OG.")).value(Mark::OwnGoal),
    ))
    .parse_next(i)
}

/// A mark written right after the minute (`71'pen`, `77og`) or after a space (`11' og`).
fn bare_mark(i: &mut In<'_>) -> R<Mark> {
    terminated(
        alt((
            alt(("pen.", "pen")).value(Mark::Penalty),
            alt(("o.g.", "og")).value(Mark::OwnGoal),
        )),
        super::boundary,
    )
    .parse_next(i)
}

fn mark(i: &mut In<'_>) -> R<Mark> {
    alt((
        preceded(ws0, delimited(('(', ws0), mark_in_parens, (ws0, ')'))),
        bare_mark,
        preceded(ws1, bare_mark),
    ))
    .parse_next(i)
}

/// A minute with its marks and offset.
#[derive(Debug, Clone, Copy)]
struct MinuteItem {
    minute: Minute,
    penalty: bool,
    own_goal: bool,
    offset: usize,
}

/// A minute with its marks.
fn minute_item(i: &mut In<'_>) -> R<MinuteItem> {
    let at = pos(i)?;
    let m = minute(i)?;
    let mut penalty = false;
    let mut own_goal = false;
    loop {
        let cp = i.checkpoint();
        match mark(i) {
            Ok(Mark::Penalty) => penalty = true,
            Ok(Mark::OwnGoal) => own_goal = true,
            Err(_) => {
                i.reset(&cp);
                break;
            }
        }
    }
    Ok(MinuteItem {
        minute: m,
        penalty,
        own_goal,
        offset: at,
    })
}

/// A scorer with all their minutes.
fn scorer(i: &mut In<'_>) -> R<(String, Vec<MinuteItem>)> {
    let who = name(i)?;
    ws0(i)?;
    let first = cut_err(minute_item)
        .context(expect("a minute such as `54'` after the scorer's name"))
        .parse_next(i)?;
    let mut minutes = vec![first];
    loop {
        let cp = i.checkpoint();
        let sep = alt(((ws0, ',', ws0).void(), ws1)).parse_next(i);
        let next = sep.and_then(|()| {
            (
                winnow::combinator::peek(one_of(|c: char| c.is_ascii_digit())),
                minute_item,
            )
                .map(|(_, m)| m)
                .parse_next(i)
        });
        match next {
            Ok(m) => minutes.push(m),
            Err(_) => {
                i.reset(&cp);
                break;
            }
        }
    }
    Ok((who, minutes))
}

/// The scorers of one side.
fn side_list(i: &mut In<'_>, side: Side, out: &mut Vec<RawGoal>) -> R<()> {
    let mut first = true;
    loop {
        let cp = i.checkpoint();
        if !first {
            (ws0, opt(','), ws0).parse_next(i)?;
        }
        match scorer(i) {
            Ok((player, minutes)) => {
                for m in minutes {
                    out.push(RawGoal {
                        side,
                        player: player.clone(),
                        minute: m.minute,
                        penalty: m.penalty,
                        own_goal: m.own_goal,
                        offset: m.offset,
                    });
                }
            }
            Err(winnow::error::ErrMode::Backtrack(_)) => {
                i.reset(&cp);
                break;
            }
            Err(e) => return Err(e),
        }
        first = false;
    }
    Ok(())
}

/// A whole scorer list in parentheses, and whether it has a `;` between the sides.
/// Without `;` every goal is returned as a home goal; the caller decides the side from the
/// score (`Qatar 0-2 Ecuador (Enner Valencia 16', 31')` lists away goals only).
pub(crate) fn goals_block(i: &mut In<'_>) -> R<(Vec<RawGoal>, bool)> {
    let mut out = Vec::new();
    ('(', ws0).parse_next(i)?;
    side_list(i, Side::Home, &mut out)?;
    ws0(i)?;
    let split = opt(';').parse_next(i)?.is_some();
    if split {
        ws0(i)?;
        side_list(i, Side::Away, &mut out)?;
    }
    (ws0, opt(','), ws0).parse_next(i)?;
    cut_err(')')
        .context(expect(
            "`;`, `,`, another scorer or `)` closing the scorer list",
        ))
        .parse_next(i)?;
    Ok((out, split))
}

#[cfg(test)]
mod tests {
    use super::super::run;
    use super::*;

    fn summary(text: &str) -> Vec<(Side, String, String, bool, bool)> {
        run(text, goals_block)
            .expect("goals parse")
            .0
            .into_iter()
            .map(|g| {
                (
                    g.side,
                    g.player,
                    g.minute.to_string(),
                    g.penalty,
                    g.own_goal,
                )
            })
            .collect()
    }

    #[test]
    fn reads_scorer_lists() {
        let g = summary("(Olivier Giroud 44' Mbappé 74', 90+1'; Robert Lewandowski 90+9'(pen.))");
        assert_eq!(g.len(), 4);
        assert_eq!(g[2].1, "Mbappé");
        assert_eq!(g[2].2, "90+1'");
        assert_eq!(
            g[3],
            (
                Side::Away,
                "Robert Lewandowski".into(),
                "90+9'".into(),
                true,
                false
            )
        );
        let g = summary("(Neymar 29', 71'pen Oscar 90+1'; Marcelo 11' og)");
        assert!(g[1].3);
        assert!(g[3].4);
        let g = summary("(Kylian Mbappé 61' 86'; Andreas Christensen 68')");
        assert_eq!(g.len(), 3);
        let g = summary("(Enzo Fernández 86', Lautaro Martínez 92')");
        assert_eq!(g[1].1, "Lautaro Martínez");
        let g = summary("(Ondrus 20, Nehoda 114, Vesely 119; Ondrus 77og)");
        assert!(g[3].4);
        let g = summary("(Damian Bobadilla 7'(og) Folarin Balogun 31',45+5'; Mauricio 73' )");
        assert_eq!(g.len(), 4);
    }

    #[test]
    fn rejects_scorer_without_minute() {
        assert!(run("(Platini, Bellone)", goals_block).is_err());
    }
}
