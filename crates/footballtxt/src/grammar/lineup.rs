//! Line-ups, shoot-outs and officials.
//!
//! Line-up: `Qatar: SAAD ALSHEEB [Y 15'] - PEDRO MIGUEL, … HASSAN ALHAYDOS [c] (72' MOHAMMED
//! WAAD), …` — ` - ` separates formation lines, `,` players; a substitution follows the player
//! it replaced, either `(72' Name)` (chains nest: `(62' A (106' B))`) or `(Name 46')` /
//! `(Name)`; cards are `[Y 15']`, `[Y/R 90+3']`, `[R 80']`, `[Y]`, the captain `[c]`.
//! Shoot-out: `Penalties: 1-0 Abdelhamid SABIRI, Pablo SARABIA (missed), …`.
//! Officials: `Refs: Daniele Orsato (ITA), Ciro Carbone (ITA)`.

use super::{expect, minute, name, pair, pos, ws0, ws1, In, R};
use crate::model::{Card, CardKind, LineupPlayer, Official};
use goalline_core::Minute;
use winnow::combinator::{alt, cut_err, delimited, opt, preceded, separated, terminated};
use winnow::prelude::*;
use winnow::stream::Stream;
use winnow::token::{take_till, take_while};

/// What a bracket after a player says.
#[derive(Clone)]
enum Bracket {
    Captain,
    Card(Card),
}

/// `[c]`, `[Y 15']`, `[Y/R 90+3']`, `[R 80']`, `[Y]`.
fn bracket(i: &mut In<'_>) -> R<Bracket> {
    let card = (
        alt((
            alt(("Y/R", "2Y", "YR")).value(CardKind::SecondYellow),
            alt(("Y", "y")).value(CardKind::Yellow),
            alt(("R", "r")).value(CardKind::Red),
        )),
        opt(preceded(ws1, minute)),
    )
        .map(|(kind, minute)| Bracket::Card(Card { kind, minute }));
    delimited(
        ('[', ws0),
        cut_err(alt((alt(("c", "C")).value(Bracket::Captain), card)))
            .context(expect("`c`, `Y 15'`, `Y/R 90+3'` or `R 80'` in brackets")),
        (ws0, cut_err(']').context(expect("`]`"))),
    )
    .parse_next(i)
}

/// Deepest nesting of substitutions accepted (`(62' A (106' B))` has depth 2); real line-ups
/// need 3 at most. The limit keeps hostile input from exhausting the stack.
const MAX_SUB_DEPTH: u8 = 8;

/// A substitution in parentheses: the substitute and the minute, if written.
fn substitution(i: &mut In<'_>, unit: u8, depth: u8) -> R<(Option<Minute>, LineupPlayer)> {
    ('(', ws0).parse_next(i)?;
    if depth >= MAX_SUB_DEPTH {
        return cut_err(winnow::combinator::fail)
            .context(expect("at most 8 nested substitutions"))
            .parse_next(i);
    }
    let minute_first = opt(terminated(minute, ws1)).parse_next(i)?;
    let mut sub = cut_err(|i: &mut In<'_>| player(i, unit, depth + 1))
        .context(expect("the substitute's name"))
        .parse_next(i)?;
    let minute = match minute_first {
        Some(m) => Some(m),
        None => opt(preceded(ws0, minute)).parse_next(i)?,
    };
    sub.subbed_on_at = minute;
    (
        ws0,
        cut_err(')').context(expect("`)` closing the substitution")),
    )
        .parse_next(i)?;
    Ok((minute, sub))
}

/// Appends a substitute at the end of a player's substitution chain.
fn attach(player: &mut LineupPlayer, minute: Option<Minute>, sub: LineupPlayer) {
    match player.replaced_by.as_deref_mut() {
        Some(next) => attach(next, minute, sub),
        None => {
            player.subbed_off_at = minute;
            player.replaced_by = Some(Box::new(sub));
        }
    }
}

/// Length of a substitution chain below a player.
fn chain_len(player: &LineupPlayer) -> usize {
    player.chain().count() - 1
}

/// A player with brackets and substitutions. `line` holds the byte offset of the name until
/// the caller maps it to a line number (see [`crate::parser`]).
fn player(i: &mut In<'_>, unit: u8, depth: u8) -> R<LineupPlayer> {
    let at = pos(i)?;
    let who = name(i)?;
    let mut p = LineupPlayer {
        line: u32::try_from(at).unwrap_or(u32::MAX),
        name: who,
        captain: false,
        cards: Vec::new(),
        unit,
        subbed_on_at: None,
        subbed_off_at: None,
        replaced_by: None,
    };
    loop {
        let cp = i.checkpoint();
        if ws0(i).is_err() {
            break;
        }
        let next = i.peek_token().map(|(_, c)| c);
        match next {
            Some('[') => match bracket(i)? {
                Bracket::Captain => p.captain = true,
                Bracket::Card(c) => p.cards.push(c),
            },
            Some('(') => {
                let (minute, sub) = substitution(i, unit, depth)?;
                if chain_len(&p) + chain_len(&sub) + 1 > usize::from(MAX_SUB_DEPTH) {
                    return cut_err(winnow::combinator::fail)
                        .context(expect("at most 8 substitutions in one chain"))
                        .parse_next(i);
                }
                attach(&mut p, minute, sub);
            }
            _ => {
                i.reset(&cp);
                break;
            }
        }
    }
    Ok(p)
}

/// The team label before the colon.
fn team_label<'a>(i: &mut In<'a>) -> R<&'a str> {
    terminated(
        take_while(1.., |c: char| {
            c != ':' && !c.is_ascii_digit() && !matches!(c, '@' | '(' | ')' | '[' | ']' | ',' | ';')
        }),
        ':',
    )
    .map(str::trim)
    .verify(|s: &str| !s.is_empty())
    .parse_next(i)
}

/// A line-up: the team label, its offset and the starters.
pub(crate) fn lineup(i: &mut In<'_>) -> R<(String, usize, Vec<LineupPlayer>)> {
    let at = pos(i)?;
    let team = team_label(i)?;
    ws0(i)?;
    let mut starters = Vec::new();
    let mut unit: u8 = 1;
    loop {
        let p = cut_err(|i: &mut In<'_>| player(i, unit, 0))
            .context(expect("a player name"))
            .parse_next(i)?;
        starters.push(p);
        let cp = i.checkpoint();
        if (ws0, ',', ws0).parse_next(i).is_ok() {
            continue;
        }
        i.reset(&cp);
        if (ws0, '-', ws0).parse_next(i).is_ok() {
            unit = unit.saturating_add(1);
            continue;
        }
        i.reset(&cp);
        break;
    }
    ws0(i)?;
    Ok((team.to_string(), at, starters))
}

/// One shoot-out kick as written: running score, taker, note, offset.
pub(crate) type RawKick = (Option<(u8, u8)>, String, Option<String>, usize);

/// `Penalties: 1-0 Abdelhamid SABIRI, Pablo SARABIA (missed), …`
pub(crate) fn shootout(i: &mut In<'_>) -> R<Vec<RawKick>> {
    let kick = |i: &mut In<'_>| -> R<RawKick> {
        let at = pos(i)?;
        let score = opt(terminated(pair, ws1)).parse_next(i)?;
        let who = cut_err(name)
            .context(expect("the penalty taker"))
            .parse_next(i)?;
        let note = opt(preceded(ws0, delimited('(', take_till(1.., ')'), ')'))).parse_next(i)?;
        Ok((score, who, note.map(|n: &str| n.trim().to_string()), at))
    };
    preceded(
        (alt(("Penalties:", "Penalty shoot-out:", "Shoot-out:")), ws0),
        terminated(separated(1.., kick, (ws0, ',', ws0)), ws0),
    )
    .parse_next(i)
}

/// `Refs: Daniele Orsato (ITA), Ciro Carbone (ITA)`; `line` holds the byte offset until the
/// caller maps it.
pub(crate) fn officials(i: &mut In<'_>) -> R<Vec<Official>> {
    let official = (
        pos,
        name,
        opt(preceded(ws0, delimited('(', take_till(1.., ')'), ')'))),
    )
        .map(
            |(at, name, country): (usize, String, Option<&str>)| Official {
                name,
                country: country.map(|c| c.trim().to_string()),
                line: u32::try_from(at).unwrap_or(u32::MAX),
            },
        );
    preceded(
        (alt(("Refs:", "Ref:", "Referees:", "Referee:")), ws0),
        terminated(
            separated(1.., official, (ws0, ',', ws0)),
            (ws0, opt(','), ws0),
        ),
    )
    .parse_next(i)
}

#[cfg(test)]
mod tests {
    use super::super::run;
    use super::*;

    #[test]
    fn reads_lineup_with_chains_and_cards() {
        let (team, _, players) = run(
            "Morocco: Yassine BOUNOU - Achraf HAKIMI, Romain SAISS [c] (57' Achraf DARI [Y 70']) - \
             Selim AMALLAH (65' Walid CHEDDIRA [Y 90+1'] [Y/R 90+3']) - Bruno PETKOVIC (62' Ante BUDIMIR (106' Marko LIVAJA))",
            lineup,
        )
        .expect("lineup parses");
        assert_eq!(team, "Morocco");
        assert_eq!(players.len(), 5);
        assert_eq!(players[0].unit, 1);
        assert!(players[2].captain);
        assert_eq!(players[2].subbed_off_at, Some(Minute::new(57)));
        let cheddira = players[3].replaced_by.as_deref().expect("sub");
        assert_eq!(cheddira.name, "Walid CHEDDIRA");
        assert_eq!(cheddira.cards.len(), 2);
        assert_eq!(cheddira.cards[1].kind, CardKind::SecondYellow);
        assert_eq!(players[4].chain().count(), 3);
    }

    #[test]
    fn reads_euro_style_substitutions() {
        let (_, _, players) = run(
            "Hungary: Gulacsi - Lang (Bolla [Y] 46'), Orban - Battiston (Amoros)",
            lineup,
        )
        .expect("lineup parses");
        let bolla = players[1].replaced_by.as_deref().expect("sub");
        assert_eq!(bolla.subbed_on_at, Some(Minute::new(46)));
        assert_eq!(bolla.cards.len(), 1);
        assert!(players[3].replaced_by.is_some());
        assert_eq!(players[3].subbed_off_at, None);
    }

    #[test]
    fn limits_substitution_nesting() {
        let deep = format!("Team: A {}{}", "(1' B ".repeat(20), ")".repeat(20));
        let err = run(&deep, lineup).expect_err("too deep");
        assert!(err.expected.contains("nested substitutions"), "{err:?}");
        let long = format!("Team: A {}", "(1' B) ".repeat(20));
        assert!(run(long.trim_end(), lineup).is_err());
    }

    #[test]
    fn reads_shootouts_and_refs() {
        let kicks = run(
            "Penalties: 1-0 Abdelhamid SABIRI,     Pablo SARABIA (missed), 2-0 Hakim ZIYECH",
            shootout,
        )
        .expect("shootout");
        assert_eq!(kicks.len(), 3);
        assert_eq!(kicks[1].2.as_deref(), Some("missed"));
        let refs = run("Refs: Daniele Orsato (ITA), Ciro Carbone (ITA)", officials).expect("refs");
        assert_eq!(refs[1].country.as_deref(), Some("ITA"));
    }
}
