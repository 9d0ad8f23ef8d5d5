//! Paragraphs and sentences.
//!
//! A paragraph is a line of the body (articles put one paragraph per line). A sentence ends at
//! `.`, `!` or `?` followed by a space and a capital, digit or quote (closing quotes and
//! brackets stay with it), except after an abbreviation or an initial; every line break ends
//! one. A line without final punctuation that opens the body is a headline.

use super::{Doc, Span};

/// A sentence of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is (trimmed).
    pub span: Span,
    /// Index in [`Doc::sentences`].
    pub index: usize,
    /// Index of its paragraph in [`Doc::paragraphs`].
    pub paragraph: usize,
    /// A headline or caption line: a whole line without final punctuation.
    pub headline: bool,
}

/// Abbreviations whose trailing dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "vs", "v", "No", "Nos", "a.e.t", "aet", "pen",
    "o.g", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Inc", "Ltd", "U.S", "U.K", "p", "Gen", "Col", "Capt", "Mt", "Ft", "approx", "etc", "e.g",
    "i.e", "Prof", "Rev", "Sen", "Gov",
];

/// The longest paragraph read as one: a longer line is cut, at a space, into paragraphs of at
/// most this many bytes. Real articles come nowhere near (their longest line is under 1 KB);
/// the cut bounds what every per-sentence and per-paragraph rule reads, so that no text — a
/// megabyte on one line — makes the checker's work grow faster than the text.
pub const MAX_PARAGRAPH: usize = 4096;

pub(super) fn paragraphs(doc: &Doc<'_>, body: Span) -> Vec<Span> {
    let text = doc.text_of(body);
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            push_line(doc, body.start() + start, body.start() + i, &mut out);
            start = i + 1;
        }
    }
    push_line(doc, body.start() + start, body.end(), &mut out);
    out
}

/// Pushes a line as one paragraph, or as several of at most [`MAX_PARAGRAPH`] bytes cut at
/// the last space before the limit (at a character boundary when there is none).
fn push_line(doc: &Doc<'_>, mut from: usize, to: usize, out: &mut Vec<Span>) {
    while to - from > MAX_PARAGRAPH {
        // `text_of` rounds the end down to a character boundary.
        let window = doc.text_of(Span::raw(from, from + MAX_PARAGRAPH));
        let cut = match window.rfind(char::is_whitespace) {
            Some(k) if k > 0 => from + k,
            _ => from + window.len(),
        };
        if cut <= from {
            break;
        }
        let s = doc.trim(doc.span(from, cut), &[]);
        if !s.is_empty() {
            out.push(s);
        }
        from = cut;
    }
    let s = doc.trim(doc.span(from, to), &[]);
    if !s.is_empty() {
        out.push(s);
    }
}

pub(super) fn split(doc: &Doc<'_>) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (p, &para) in doc.paragraphs.iter().enumerate() {
        // Out of time: the split stops (the checker then reports the check as stopped).
        if crate::budget::expired() {
            break;
        }
        let text = doc.text_of(para);
        let bytes = text.as_bytes();
        let mut start = 0usize;
        let mut i = 0usize;
        let push = |s: usize, e: usize, out: &mut Vec<Sentence>| {
            let span = doc.trim(doc.span(para.start() + s, para.start() + e), &[]);
            if !span.is_empty() {
                out.push(Sentence {
                    span,
                    index: out.len(),
                    paragraph: p,
                    headline: false,
                });
            }
        };
        while i < bytes.len() {
            let b = bytes[i];
            if matches!(b, b'.' | b'!' | b'?') {
                let mut j = i + 1;
                // Closing quotes and brackets stay with the sentence.
                loop {
                    let rest = &text[j..];
                    if rest.starts_with(['"', '\'', ')']) {
                        j += 1;
                    } else if rest.starts_with('\u{201D}') || rest.starts_with('\u{2019}') {
                        j += 3;
                    } else {
                        break;
                    }
                }
                let rest = &text[j.min(text.len())..];
                let after = rest.trim_start_matches([' ', '\t', '\u{a0}']);
                let spaced = after.len() < rest.len();
                let next = after.chars().next();
                let boundary = spaced
                    && next.is_some_and(|c| {
                        c.is_uppercase()
                            || c.is_ascii_digit()
                            || matches!(c, '"' | '\u{201C}' | '\u{2018}' | '\'' | '(' | '[')
                    })
                    && (b != b'.' || !abbreviation(&text[start..i]));
                if boundary {
                    push(start, j, &mut out);
                    start = j;
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
        push(start, text.len(), &mut out);
    }
    // A headline: the body's first line when it is one sentence without final punctuation,
    // and any other line that is a single short sentence without it (captions, crossheads).
    for (k, s) in out.iter_mut().enumerate() {
        let para = doc.paragraphs[s.paragraph];
        let whole_line = s.span == para;
        let t = doc.text_of(s.span).trim_end();
        let unpunctuated = !t.ends_with(['.', '!', '?', '"', '\u{201D}', ':', ';', ',']);
        if whole_line && unpunctuated && (k == 0 || t.split_whitespace().count() <= 16) {
            s.headline = true;
        }
    }
    out
}

fn abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let initial = |p: &str| {
        let mut cs = p.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
    };
    if word.split('.').all(initial) {
        return true; // initials: "J. Smith", "A.J. Smith"
    }
    ABBREVIATIONS.contains(&word)
}
