//! Match lines and match headers.
//!
//! One grammar covers every arrangement found in the data:
//!
//! ```text
//! line   := [ "(" N ")" ] [date] [time] [ "@" venue [", Att:" N] ] [body [ "@" venue ]]
//! body   := home ( score away | ("v"|"vs") away [score] | "n/p" away ) notes*
//! notes  := "(aet, 4-2 pen)" | "(9-8 pen)" | "(aet/gg)" | "[free text]"
//! ```
//!
//! A venue *before* the teams (`June 8 @ London   England 1-1 Switzerland`) ends at two spaces;
//! a venue after them runs to the end of the line. A line with a date, time or venue but no
//! body is a header for the match on the next line (`Sun Nov 20 19:00 UTC+3 @ Al Bayt Stadium,
//! Al Khor, Att: 67372`).

use super::date::{date, kickoff, RawDate, RawTime};
use super::score::{score, score_note, starts_with_pair, ScoreNote};
use super::{expect, is_space, number, pos, ws0, ws1, In, R};
use crate::model::Score;
use winnow::combinator::{alt, cut_err, delimited, eof, opt, peek, preceded, terminated};
use winnow::prelude::*;
use winnow::stream::Stream;
use winnow::token::{one_of, take_till, take_while};

/// What the teams part says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Outcome {
    Played(Score),
    Scheduled,
    NotPlayed,
}

/// The teams and result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawBody {
    pub home: String,
    pub away: String,
    pub offset: usize,
    pub outcome: Outcome,
    pub note: Option<String>,
}

/// A venue as written with its offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawVenue {
    pub text: String,
    pub offset: usize,
}

/// A match or header line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct RawMatchLine {
    pub number: Option<u16>,
    pub date: Option<RawDate>,
    pub time: Option<RawTime>,
    pub venue: Option<RawVenue>,
    pub attendance: Option<u32>,
    pub body: Option<RawBody>,
}

/// `, Att: 67372` (also `Att: 67,372`).
fn attendance(i: &mut In<'_>) -> R<u32> {
    preceded(
        (
            ws0,
            opt(','),
            ws0,
            alt(("Att:", "Att.", "Attendance:")),
            ws0,
        ),
        cut_err(
            take_while(1.., |c: char| c.is_ascii_digit() || c == '_' || c == ',')
                .verify_map(|s: &str| s.replace(['_', ','], "").parse::<u32>().ok()),
        )
        .context(expect("an attendance figure")),
    )
    .parse_next(i)
}

/// Length of a venue that precedes the teams: up to two spaces, `, Att:` or the end.
fn venue_len(rest: &str, stop_at_wide_space: bool) -> usize {
    let mut prev_space = false;
    for (idx, c) in rest.char_indices() {
        if rest[idx..].starts_with(", Att") || rest[idx..].starts_with(",Att") {
            return idx;
        }
        if stop_at_wide_space && is_space(c) {
            if prev_space || c == '\t' {
                return idx;
            }
            prev_space = true;
        } else {
            prev_space = false;
        }
    }
    rest.len()
}

fn venue(i: &mut In<'_>, before_body: bool) -> R<RawVenue> {
    ('@', ws0).parse_next(i)?;
    let offset = pos(i)?;
    let rest = i.peek_finish().1;
    let len = venue_len(rest, before_body);
    let text = i.next_slice(len).trim();
    if text.is_empty() {
        return cut_err(winnow::combinator::fail)
            .context(expect("a venue after `@`"))
            .parse_next(i);
    }
    Ok(RawVenue {
        text: text.to_string(),
        offset,
    })
}

/// A word of a team name: no spaces, not starting with `@`, `(` or `[`.
fn team_word<'a>(i: &mut In<'a>) -> R<&'a str> {
    (
        one_of(|c: char| !is_space(c) && !matches!(c, '@' | '(' | '[' | ')' | ']')),
        take_while(0.., |c: char| !is_space(c)),
    )
        .take()
        .parse_next(i)
}

/// `v`, `vs`, `vs.` between the teams.
fn versus(i: &mut In<'_>) -> R<()> {
    terminated(alt(("vs.", "vs", "v", "V")), alt((ws1, eof.void())))
        .void()
        .parse_next(i)
}

/// `n/p`: not played.
fn not_played(i: &mut In<'_>) -> R<()> {
    terminated(alt(("n/p", "N/P")), alt((ws1, eof.void())))
        .void()
        .parse_next(i)
}

/// Reads team words until `stop` matches (without consuming it) or the input ends.
fn team_until<'a>(i: &mut In<'a>, stop: &mut dyn FnMut(&mut In<'a>) -> bool) -> R<String> {
    team_words(i, stop, &mut None)
}

/// Like [`team_until`], also remembering where the first digit-led word after the first word
/// starts (a likely broken score such as `0-x`), for error positions.
fn team_words<'a>(
    i: &mut In<'a>,
    stop: &mut dyn FnMut(&mut In<'a>) -> bool,
    suspicious: &mut Option<<In<'a> as Stream>::Checkpoint>,
) -> R<String> {
    let mut out = String::new();
    loop {
        if i.eof_offset() == 0 || stop(i) {
            break;
        }
        let cp = i.checkpoint();
        match team_word.parse_next(i) {
            Ok(w) => {
                if !out.is_empty() {
                    if suspicious.is_none() && w.starts_with(|c: char| c.is_ascii_digit()) {
                        *suspicious = Some(cp);
                    }
                    out.push(' ');
                }
                out.push_str(w);
                ws0(i)?;
            }
            Err(_) => {
                i.reset(&cp);
                break;
            }
        }
    }
    Ok(out)
}

fn peeks<'a, O>(
    i: &mut In<'a>,
    mut p: impl Parser<In<'a>, O, winnow::error::ContextError>,
) -> bool {
    let cp = i.checkpoint();
    let ok = p.parse_next(i).is_ok();
    i.reset(&cp);
    ok
}

/// `[free text]`
fn bracket_note(i: &mut In<'_>) -> R<String> {
    delimited('[', take_till(0.., ']'), ']')
        .map(|s: &str| s.trim().to_string())
        .parse_next(i)
}

enum Note {
    Score(ScoreNote),
    Text(String),
}

/// The teams and result.
pub(crate) fn body(i: &mut In<'_>) -> R<RawBody> {
    let offset = pos(i)?;
    let mut suspicious = None;
    let home = team_words(
        i,
        &mut |i| peeks(i, starts_with_pair) || peeks(i, versus) || peeks(i, not_played),
        &mut suspicious,
    )?;
    if home.is_empty() {
        return cut_err(winnow::combinator::fail)
            .context(expect("a home team name"))
            .parse_next(i);
    }
    enum Sep {
        Score(Score),
        Versus,
        NotPlayed,
    }
    let mut separator = alt((
        score.map(Sep::Score),
        versus.map(|()| Sep::Versus),
        not_played.map(|()| Sep::NotPlayed),
    ));
    let sep = match separator.parse_next(i) {
        Ok(sep) => sep,
        Err(_) => {
            // Point at the likely broken score rather than at the end of the line.
            if let Some(cp) = suspicious {
                i.reset(&cp);
            }
            return cut_err(winnow::combinator::fail)
                .context(expect("a score such as `2-1` or `v` between the teams"))
                .parse_next(i);
        }
    };
    ws0(i)?;
    let stop_plain = |i: &mut In<'_>| peeks(i, one_of(['@', '(', '[']));
    let (away, mut outcome) = match sep {
        Sep::Score(s) => (team_until(i, &mut { stop_plain })?, Outcome::Played(s)),
        Sep::NotPlayed => (team_until(i, &mut { stop_plain })?, Outcome::NotPlayed),
        Sep::Versus => {
            let away = team_until(i, &mut |i| {
                peeks(i, one_of(['@', '(', '['])) || peeks(i, starts_with_pair)
            })?;
            let s = opt(terminated(score, ws0)).parse_next(i)?;
            (away, s.map_or(Outcome::Scheduled, Outcome::Played))
        }
    };
    if away.is_empty() {
        return cut_err(winnow::combinator::fail)
            .context(expect("an away team name"))
            .parse_next(i);
    }
    let mut note = None;
    loop {
        let cp = i.checkpoint();
        ws0(i)?;
        match opt(alt((
            score_note.map(Note::Score),
            bracket_note.map(Note::Text),
        )))
        .parse_next(i)?
        {
            Some(Note::Score(n)) => match &mut outcome {
                Outcome::Played(s) => n.apply(s),
                _ => {
                    return cut_err(winnow::combinator::fail)
                        .context(expect("a score before the extra-time note"))
                        .parse_next(i)
                }
            },
            Some(Note::Text(t)) => note = Some(t),
            None => {
                i.reset(&cp);
                break;
            }
        }
    }
    Ok(RawBody {
        home,
        away,
        offset,
        outcome,
        note,
    })
}

/// A match number in parentheses, `(73)`.
fn match_number(i: &mut In<'_>) -> R<u16> {
    delimited(('(', ws0), number::<u16>, (ws0, ')')).parse_next(i)
}

/// Space or end of line after a token.
fn gap(i: &mut In<'_>) -> R<()> {
    alt((ws1, eof.void())).parse_next(i)
}

/// A whole match or header line.
pub(crate) fn match_line(i: &mut In<'_>) -> R<RawMatchLine> {
    let mut line = RawMatchLine::default();
    ws0(i)?;
    line.number = opt(terminated(match_number, gap)).parse_next(i)?;
    line.date = opt(terminated(date, alt((gap, peek(','.void()))))).parse_next(i)?;
    if line.date.is_some() {
        (opt(','), ws0).parse_next(i)?;
    }
    line.time = opt(terminated(kickoff, gap)).parse_next(i)?;
    if line.number.is_none() {
        line.number = opt(terminated(match_number, gap)).parse_next(i)?;
    }
    if peeks(i, '@') {
        line.venue = Some(venue(i, true)?);
        line.attendance = opt(attendance).parse_next(i)?;
        ws0(i)?;
    }
    if i.eof_offset() > 0 {
        line.body = Some(body(i)?);
        ws0(i)?;
        if line.venue.is_none() && peeks(i, '@') {
            line.venue = Some(venue(i, false)?);
            line.attendance = opt(attendance).parse_next(i)?;
        }
    }
    ws0(i)?;
    cut_err(eof)
        .context(expect("`@ venue` or the end of the match line"))
        .parse_next(i)?;
    if line.date.is_none() && line.time.is_none() && line.venue.is_none() && line.body.is_none() {
        return cut_err(winnow::combinator::fail)
            .context(expect("a date, a kick-off time or a match"))
            .parse_next(i);
    }
    Ok(line)
}

#[cfg(test)]
mod tests {
    use super::super::run;
    use super::*;

    fn parse(text: &str) -> RawMatchLine {
        run(text, match_line).expect("match line parses")
    }

    #[test]
    fn reads_cup_lines() {
        let l = parse("  22:00    England          1-2 (0-1)   France  @ Al Bayt Stadium, Al Khor");
        let b = l.body.expect("body");
        assert_eq!((b.home.as_str(), b.away.as_str()), ("England", "France"));
        assert!(matches!(b.outcome, Outcome::Played(s) if s.ft == (1, 2) && s.ht == Some((0, 1))));
        assert_eq!(l.venue.expect("venue").text, "Al Bayt Stadium, Al Khor");
        let l =
            parse("Japan  1-1 a.e.t (1-1, 1-0), 1-3 pen.  Croatia  @ Al Janoub Stadium, Al Wakrah");
        assert!(matches!(l.body.expect("b").outcome, Outcome::Played(s) if s.pens == Some((1, 3))));
    }

    #[test]
    fn reads_header_and_versus_lines() {
        let l = parse("Sun Nov 20 19:00 UTC+3 @ Al Bayt Stadium, Al Khor, Att: 67372");
        assert_eq!(l.attendance, Some(67372));
        assert_eq!(l.venue.expect("venue").text, "Al Bayt Stadium, Al Khor");
        assert!(l.body.is_none());
        let l = parse("  Qatar v Ecuador  0-2");
        assert!(matches!(l.body.expect("b").outcome, Outcome::Played(s) if s.ft == (0, 2)));
        let l = parse("  (37)  Winner Group A   v Runner-up Group C   @ Cardiff");
        assert_eq!(l.number, Some(37));
        let b = l.body.expect("b");
        assert_eq!(b.away, "Runner-up Group C");
        assert_eq!(b.outcome, Outcome::Scheduled);
    }

    #[test]
    fn reads_venue_first_and_notes() {
        let l = parse("June 8   @ London            England          1-1 Switzerland");
        assert_eq!(l.venue.expect("venue").text, "London");
        let l = parse("June 22 15:00 @ London");
        assert!(l.body.is_none());
        let l = parse("  England          0-0 Spain           (aet, 4-2 pen)");
        assert!(
            matches!(l.body.expect("b").outcome, Outcome::Played(s) if s.aet && s.pens == Some((4, 2)))
        );
        let l =
            parse("  Sweden n/p Austria   [cancelled; Austria withdrew]  @ Stade Gerland, Lyon");
        let b = l.body.expect("b");
        assert_eq!(b.outcome, Outcome::NotPlayed);
        assert_eq!(b.note.as_deref(), Some("cancelled; Austria withdrew"));
    }
}
