//! The Football.TXT grammar, written with `winnow` combinators, one sub-module per construct.
//!
//! Each parser reads one *logical* line (continuations already joined by [`crate::lines`]) and
//! returns raw syntax values; dates keep their parts because the year comes from context.
//! This module must not keep document state (current date, headings, last match): that is
//! [`crate::parser`]'s job.

pub(crate) mod date;
pub(crate) mod goals;
pub(crate) mod heading;
pub(crate) mod lineup;
pub(crate) mod matchline;
pub(crate) mod score;
pub(crate) mod squad;

use goalline_core::Minute;
use winnow::ascii::digit1;
use winnow::combinator::{alt, eof, opt, peek, preceded, repeat};
use winnow::error::{ContextError, ErrMode, StrContext, StrContextValue};
use winnow::prelude::*;
use winnow::stream::{LocatingSlice, Location, Stream};
use winnow::token::{one_of, take_while};

/// The input type: a logical line that knows byte offsets.
pub(crate) type In<'a> = LocatingSlice<&'a str>;

/// Parser result with winnow's context error.
pub(crate) type R<T> = winnow::ModalResult<T, ContextError>;

/// A failed parse of a whole logical line: where and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    /// Byte offset in the logical line.
    pub offset: usize,
    /// Human description of what was expected.
    pub expected: String,
}

/// Runs `parser` over the whole `text`, turning failures into a [`SyntaxError`].
pub(crate) fn run<'a, O>(
    text: &'a str,
    mut parser: impl Parser<In<'a>, O, ContextError>,
) -> Result<O, SyntaxError> {
    let mut input = LocatingSlice::new(text);
    let start = input.checkpoint();
    match parser.parse_next(&mut input) {
        Ok(out) => {
            if input.is_empty() {
                Ok(out)
            } else {
                Err(SyntaxError {
                    offset: input.location(),
                    expected: "end of line".to_string(),
                })
            }
        }
        Err(ErrMode::Backtrack(e) | ErrMode::Cut(e)) => {
            let offset = input.location();
            input.reset(&start);
            Err(SyntaxError {
                offset,
                expected: describe(&e),
            })
        }
        Err(ErrMode::Incomplete(_)) => Err(SyntaxError {
            offset: input.location(),
            expected: "more input".to_string(),
        }),
    }
}

/// Joins the `Expected`/`Label` contexts of an error into one description.
pub(crate) fn describe(e: &ContextError) -> String {
    let mut parts: Vec<String> = Vec::new();
    for ctx in e.context() {
        let text = match ctx {
            StrContext::Expected(StrContextValue::Description(d)) => (*d).to_string(),
            StrContext::Expected(StrContextValue::StringLiteral(s)) => format!("`{s}`"),
            StrContext::Expected(StrContextValue::CharLiteral(c)) => format!("`{c}`"),
            StrContext::Label(l) => (*l).to_string(),
            _ => continue,
        };
        if !parts.contains(&text) {
            parts.push(text);
        }
    }
    if parts.is_empty() {
        "valid Football.TXT".to_string()
    } else {
        parts.join(" in ")
    }
}

/// A context label: "expected `what`".
pub(crate) fn expect(what: &'static str) -> StrContext {
    StrContext::Expected(StrContextValue::Description(what))
}

/// True for the whitespace the grammar skips (spaces, tabs, no-break spaces).
pub(crate) fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{a0}' || c == '\u{3000}'
}

/// Zero or more spaces.
pub(crate) fn ws0(i: &mut In<'_>) -> R<()> {
    take_while(0.., is_space).void().parse_next(i)
}

/// One or more spaces.
pub(crate) fn ws1(i: &mut In<'_>) -> R<()> {
    take_while(1.., is_space).void().parse_next(i)
}

/// Succeeds (consuming nothing) at a word boundary: end of input, a space or punctuation.
pub(crate) fn boundary(i: &mut In<'_>) -> R<()> {
    alt((
        eof.void(),
        peek(one_of(|c: char| !c.is_alphanumeric() && c != '\'')).void(),
    ))
    .parse_next(i)
}

/// A small unsigned number.
pub(crate) fn number<T: std::str::FromStr>(i: &mut In<'_>) -> R<T> {
    digit1
        .verify_map(|s: &str| s.parse::<T>().ok())
        .parse_next(i)
}

/// A score pair such as `2-1` (not a date, not part of a longer token).
///
/// Leaf parsers like this one carry no error context: they fail often while the grammar looks
/// ahead, and a context would allocate on every failure. Contexts sit at the commit points.
pub(crate) fn pair(i: &mut In<'_>) -> R<(u8, u8)> {
    (
        number::<u8>,
        one_of(['-', '–', ':']),
        number::<u8>,
        peek(not_digit_or_word),
    )
        .map(|(a, _, b, _)| (a, b))
        .parse_next(i)
}

/// Succeeds when the next char does not continue a number or word.
fn not_digit_or_word(i: &mut In<'_>) -> R<()> {
    alt((
        eof.void(),
        peek(one_of(|c: char| {
            !c.is_alphanumeric() && c != '-' && c != '/'
        }))
        .void(),
    ))
    .parse_next(i)
}

/// A match minute: `54`, `54'`, `90+3'`, `90'+3'`, `90 + 3'`.
pub(crate) fn minute(i: &mut In<'_>) -> R<Minute> {
    (
        number::<u16>,
        opt(apostrophe),
        opt(preceded((ws0, '+', ws0), number::<u16>)),
        opt(apostrophe),
    )
        .verify(|(base, _, stop, _)| *base <= 150 && stop.is_none_or(|s| s <= 60))
        .map(|(base, _, stoppage, _)| Minute { base, stoppage })
        .parse_next(i)
}

/// An apostrophe or prime as used after minutes.
fn apostrophe(i: &mut In<'_>) -> R<char> {
    one_of(['\'', '’', '′', '´']).parse_next(i)
}

/// A word of a name: a run of characters that are not spaces or structural punctuation
/// (`,;()[]@`), and that does not start with a digit.
pub(crate) fn name_word<'a>(i: &mut In<'a>) -> R<&'a str> {
    (
        one_of(|c: char| !c.is_ascii_digit() && is_name_char(c) && c != '-'),
        take_while(0.., is_name_char),
    )
        .take()
        .parse_next(i)
}

/// A name-word that may start with a hyphen or digit when it is not the first word
/// (e.g. `Jean-Claude`, `St. Gallen 1879`). Used by callers that allow it.
pub(crate) fn is_name_char(c: char) -> bool {
    !is_space(c) && !matches!(c, ',' | ';' | '(' | ')' | '[' | ']' | '@' | '|')
}

/// A name made of words separated by single or multiple spaces, where no word starts with a
/// digit. Returns the name with its internal spacing normalised to single spaces.
pub(crate) fn name(i: &mut In<'_>) -> R<String> {
    let text = (
        name_word,
        repeat::<_, _, (), _, _>(0.., preceded(ws1, name_word)),
    )
        .take()
        .parse_next(i)?;
    if text.contains(|c: char| is_space(c) && c != ' ') || text.contains("  ") {
        Ok(text
            .split(is_space)
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" "))
    } else {
        Ok(text.to_string())
    }
}

/// The current byte offset.
pub(crate) fn pos(i: &mut In<'_>) -> R<usize> {
    Ok(i.location())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_minutes() {
        assert_eq!(run("90+3'", minute), Ok(Minute::with_stoppage(90, 3)));
        assert_eq!(run("90'+3'", minute), Ok(Minute::with_stoppage(90, 3)));
        assert_eq!(run("54", minute), Ok(Minute::new(54)));
        assert!(run("x", minute).is_err());
    }

    #[test]
    fn reads_pairs_and_names() {
        assert_eq!(run("10-1", pair), Ok((10, 1)));
        assert!(run("2022-11-20", pair).is_err());
        assert_eq!(run("Kylian  Mbappé", name), Ok("Kylian Mbappé".to_string()));
    }
}
