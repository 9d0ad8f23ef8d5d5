//! Tokens: words (letters, with inner apostrophes, hyphens and dots as in "Al-Dawsari",
//! "O'Neill", "U.S"), numbers (digits, with an inner comma or dot: "90,469", "2.5") and single
//! punctuation characters. Each token keeps a lower-case, ASCII-punctuated form.

use super::{Doc, Span};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (may hold inner `'`, `-`, `.`).
    Word,
    /// Digits (may hold an inner `,` or `.`).
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// A token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// Its kind.
    pub kind: TokenKind,
    /// Lower case, typographic punctuation made ASCII.
    pub norm: String,
}

impl Token {
    /// True for a word starting with an upper-case letter.
    pub fn capitalised(&self, doc: &Doc<'_>) -> bool {
        self.kind == TokenKind::Word
            && doc
                .text_of(self.span)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }
}

fn inner_word_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}' | '.')
}

pub(super) fn tokenize(doc: &Doc<'_>, body: Span) -> Vec<Token> {
    let text = doc.text_of(body);
    let base = body.start();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    let mut steps = 0usize;
    while k < chars.len() {
        // Out of time (looked at every 1,024 tokens): stop here; the checker then reports the
        // check as stopped.
        steps += 1;
        if steps.is_multiple_of(1024) && crate::budget::expired() {
            break;
        }
        let (i, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        let kind;
        let mut j = k + 1;
        if c.is_alphabetic() {
            kind = TokenKind::Word;
            while j < chars.len() {
                let d = chars[j].1;
                if d.is_alphanumeric() || d == '\u{0301}' || d == '\u{0308}' {
                    j += 1;
                } else if inner_word_joiner(d)
                    && chars.get(j + 1).is_some_and(|n| n.1.is_alphabetic())
                    // "U.S." keeps its dots; a sentence-final "end.Next" is two words.
                    && (d != '.' || (j >= 1 && chars[j - 1].1.is_uppercase() && chars[j + 1].1.is_uppercase()))
                {
                    j += 2;
                } else {
                    break;
                }
            }
        } else if c.is_ascii_digit() {
            kind = TokenKind::Number;
            while j < chars.len() {
                let d = chars[j].1;
                if d.is_ascii_digit() {
                    j += 1;
                } else if (d == ',' || d == '.')
                    && chars.get(j + 1).is_some_and(|n| n.1.is_ascii_digit())
                {
                    j += 2;
                } else {
                    break;
                }
            }
        } else {
            kind = TokenKind::Punct;
        }
        let end = chars.get(j).map(|x| x.0).unwrap_or(text.len());
        let raw = &text[i..end];
        let norm = raw
            .chars()
            .map(|c| match c {
                '\u{2018}' | '\u{2019}' => '\'',
                '\u{201C}' | '\u{201D}' => '"',
                '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' => '-',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect();
        out.push(Token {
            span: doc.span(base + i, base + end),
            kind,
            norm,
        });
        k = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_numbers_punctuation() {
        let d = Doc::new("Al-Dawsari’s 90,469 fans — U.S. 2-1!");
        let t: Vec<&str> = d.tokens.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            t,
            [
                "al-dawsari's",
                "90,469",
                "fans",
                "-",
                "u.s",
                ".",
                "2",
                "-",
                "1",
                "!"
            ]
        );
    }
}
