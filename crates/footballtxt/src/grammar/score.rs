//! Results: `3-1 (2-0)`, `1-1 a.e.t (1-1, 1-0), 1-3 pen.`, `0-3 pen. 0-0 a.e.t. (0-0)`, and
//! the notes some files put after the away team: `(aet, 4-2 pen)`, `(9-8 pen)`, `(aet/gg)`.
//!
//! Parenthesised scores mean the half-time score for a match decided in 90 minutes; after
//! `a.e.t.` the first one is the score after 90 minutes and the second the half-time score.

use super::{boundary, expect, pair, ws0, ws1, In, R};
use crate::model::{Score, SuddenDeath};
use winnow::combinator::{alt, cut_err, delimited, opt, preceded, terminated};
use winnow::prelude::*;

/// `a.e.t.`, `a.e.t`, `aet`, `AET`.
fn aet_kw(i: &mut In<'_>) -> R<()> {
    terminated(alt(("a.e.t.", "a.e.t", "aet", "AET", "a.e.t")), boundary)
        .void()
        .parse_next(i)
}

/// `pen.`, `pen`, `p.`
fn pen_kw(i: &mut In<'_>) -> R<()> {
    terminated(alt(("pen.", "pen", "p.")), boundary)
        .void()
        .parse_next(i)
}

/// The scores in parentheses after a result: one or two pairs.
type Parens = ((u8, u8), Option<(u8, u8)>);

/// `(1-1)` or `(1-1, 1-0)`.
fn paren_scores(i: &mut In<'_>) -> R<Parens> {
    delimited(
        ('(', ws0),
        (pair, opt(preceded((ws0, ',', ws0), pair))),
        (ws0, cut_err(')').context(expect("`)` after the score"))),
    )
    .parse_next(i)
}

/// `, 1-3 pen.` (the comma is optional).
fn pens_suffix(i: &mut In<'_>) -> R<(u8, u8)> {
    preceded((ws0, opt(','), ws0), terminated(pair, (ws1, pen_kw))).parse_next(i)
}

fn apply_parens(score: &mut Score, parens: Option<Parens>) {
    if let Some((first, second)) = parens {
        if score.aet || second.is_some() {
            score.regulation = Some(first);
            score.ht = second;
        } else {
            score.ht = Some(first);
        }
    }
}

/// `2-1`, `3-1 (2-0)`, `1-1 a.e.t. (1-1, 1-0), 1-3 pen.`, `2-2 a.e.t., 5-3 pen.`
fn normal(i: &mut In<'_>) -> R<Score> {
    let ft = pair(i)?;
    let aet = opt(preceded(ws0, aet_kw)).parse_next(i)?.is_some();
    let parens = opt(preceded(ws0, paren_scores))
        .verify(|p| aet || !matches!(p, Some((_, Some(_)))))
        .parse_next(i)?;
    let pens = opt(pens_suffix).parse_next(i)?;
    let mut score = Score::new(ft.0, ft.1);
    score.aet = aet;
    score.pens = pens;
    apply_parens(&mut score, parens);
    Ok(score)
}

/// `0-3 pen. 0-0 a.e.t. (0-0)`: the shoot-out first.
fn pens_first(i: &mut In<'_>) -> R<Score> {
    let pens = terminated(pair, (ws1, pen_kw)).parse_next(i)?;
    let ft = preceded(ws1, pair).parse_next(i)?;
    cut_err(preceded(ws0, aet_kw))
        .context(expect("`a.e.t.` after the shoot-out score"))
        .parse_next(i)?;
    let parens = opt(preceded(ws0, paren_scores)).parse_next(i)?;
    let mut score = Score::new(ft.0, ft.1);
    score.aet = true;
    score.pens = Some(pens);
    apply_parens(&mut score, parens);
    Ok(score)
}

/// Any score expression.
pub(crate) fn score(i: &mut In<'_>) -> R<Score> {
    alt((pens_first, normal))
        .context(expect(
            "a score such as `2-1`, `3-1 (2-0)` or `1-1 a.e.t., 4-2 pen.`",
        ))
        .parse_next(i)
}

/// What a note after the away team adds to the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct ScoreNote {
    pub aet: bool,
    pub pens: Option<(u8, u8)>,
    pub sudden_death: Option<SuddenDeath>,
}

/// `(aet, 4-2 pen)`, `(9-8 pen)`, `(aet/gg)`, `(aet/sg)`, `(aet)`.
pub(crate) fn score_note(i: &mut In<'_>) -> R<ScoreNote> {
    let golden = (aet_kw, '/', alt(("gg", "sg"))).map(|(_, _, k)| ScoreNote {
        aet: true,
        pens: None,
        sudden_death: Some(if k == "gg" {
            SuddenDeath::GoldenGoal
        } else {
            SuddenDeath::SilverGoal
        }),
    });
    let aet_pens = (aet_kw, opt(pens_suffix)).map(|(_, pens)| ScoreNote {
        aet: true,
        pens,
        sudden_death: None,
    });
    let pens_only = terminated(pair, (ws1, pen_kw)).map(|pens| ScoreNote {
        aet: false,
        pens: Some(pens),
        sudden_death: None,
    });
    delimited(('(', ws0), alt((golden, aet_pens, pens_only)), (ws0, ')')).parse_next(i)
}

impl ScoreNote {
    /// Folds the note into a score.
    pub(crate) fn apply(self, score: &mut Score) {
        score.aet |= self.aet;
        if self.pens.is_some() {
            score.pens = self.pens;
        }
        if self.sudden_death.is_some() {
            score.sudden_death = self.sudden_death;
        }
    }
}

/// True when a word is a score pair followed by a boundary (used to find where a team name
/// ends).
pub(crate) fn starts_with_pair(i: &mut In<'_>) -> R<()> {
    (pair, alt((ws1, boundary))).void().parse_next(i)
}

#[cfg(test)]
mod tests {
    use super::super::run;
    use super::*;

    type Expect = (
        (u8, u8),
        Option<(u8, u8)>,
        Option<(u8, u8)>,
        bool,
        Option<(u8, u8)>,
    );

    #[rstest::rstest]
    #[case("2-1", ((2, 1), None, None, false, None))]
    #[case("3-1 (2-0)", ((3, 1), Some((2, 0)), None, false, None))]
    #[case("10-1", ((10, 1), None, None, false, None))]
    #[case("1-1 a.e.t (1-1, 1-0), 1-3 pen.", ((1, 1), Some((1, 0)), Some((1, 1)), true, Some((1, 3))))]
    #[case("0-0 a.e.t. (0-0, 0-0), 3-0 pen.", ((0, 0), Some((0, 0)), Some((0, 0)), true, Some((3, 0))))]
    #[case("3-3 a.e.t. (1-1), 5-4 pen.", ((3, 3), None, Some((1, 1)), true, Some((5, 4))))]
    #[case("3-4 a.e.t.  (2-2)", ((3, 4), None, Some((2, 2)), true, None))]
    #[case("4-4 a.e.t. (3-3)", ((4, 4), None, Some((3, 3)), true, None))]
    #[case("2-1 a.e.t.", ((2, 1), None, None, true, None))]
    #[case("1-1 a.e.t, 2-4 pen.", ((1, 1), None, None, true, Some((2, 4))))]
    #[case("2-2 a.e.t., 5-3 pen.", ((2, 2), None, None, true, Some((5, 3))))]
    #[case("0-3 pen. 0-0 a.e.t. (0-0)", ((0, 0), None, Some((0, 0)), true, Some((0, 3))))]
    #[case("4-5 pen. 3-3 a.e.t. (3-3, 0-1)", ((3, 3), Some((0, 1)), Some((3, 3)), true, Some((4, 5))))]
    fn reads_score_spellings(#[case] text: &str, #[case] want: Expect) {
        let s = run(text, score).expect("score parses");
        assert_eq!((s.ft, s.ht, s.regulation, s.aet, s.pens), want);
    }

    #[rstest::rstest]
    #[case("2-")]
    #[case("a.e.t.")]
    #[case("2-1 (1-0, 0-0)")]
    #[case("1-3 pen.")]
    fn rejects_broken_scores(#[case] text: &str) {
        assert!(run(text, score).is_err());
    }

    #[test]
    fn reads_notes() {
        let n = run("(aet, 4-2 pen)", score_note).expect("note");
        assert_eq!((n.aet, n.pens), (true, Some((4, 2))));
        let n = run("(9-8 pen)", score_note).expect("note");
        assert_eq!((n.aet, n.pens), (false, Some((9, 8))));
        let n = run("(aet/gg)", score_note).expect("note");
        assert_eq!(n.sudden_death, Some(SuddenDeath::GoldenGoal));
    }
}
