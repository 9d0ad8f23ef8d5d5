//! Layer 1, the document: the article body, its header (source, publication date),
//! paragraphs, sentences and tokens, and a normalised copy of the text for pattern matching.
//!
//! Owns the mapping between text and offsets: [`Span`] is the only way to refer to a piece of
//! the article and [`Doc::text_of`] the only way to slice it. Pattern rules run on
//! [`Doc::norm`] — the same text with typographic punctuation made ASCII (’ → ', “ → ",
//! – → -, no-break spaces → space) — and map their matches back with [`Doc::span_of_norm`].

mod sentences;
mod span;
mod tokens;

pub use sentences::Sentence;
pub use span::Span;
pub use tokens::{Token, TokenKind};

use goalline_core::Date;

/// The article header (`SOURCE: <url>  DATE: <YYYY-MM-DD>` on the first line), when present.
#[derive(Debug, Clone, Default)]
pub struct Header {
    /// The source URL.
    pub source: Option<String>,
    /// The publication date.
    pub date: Option<Date>,
}

/// An article, split once.
#[derive(Debug)]
pub struct Doc<'a> {
    text: &'a str,
    norm: String,
    /// `norm` byte → original byte (one entry per norm byte, plus the end).
    norm_map: Vec<usize>,
    /// The article body (the text after the header, if any).
    pub body: Span,
    /// The header.
    pub header: Header,
    /// Paragraphs (runs of lines separated by line breaks).
    pub paragraphs: Vec<Span>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Datelines opening a paragraph ("LISBON, Portugal –", "BUDAPEST:", "DOHA, Qatar (AP) —",
    /// "East Rutherford:"): where the story was filed, not part of its first sentence.
    pub datelines: Vec<Span>,
}

impl<'a> Doc<'a> {
    /// Splits an article. Never panics, whatever the text.
    pub fn new(text: &'a str) -> Doc<'a> {
        let (header, body_start) = header(text);
        let (norm, norm_map) = normalise(text);
        let mut doc = Doc {
            text,
            norm,
            norm_map,
            body: Span::raw(body_start, text.len()),
            header,
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            tokens: Vec::new(),
            datelines: Vec::new(),
        };
        doc.tokens = tokens::tokenize(&doc, doc.body);
        doc.paragraphs = sentences::paragraphs(&doc, doc.body);
        doc.datelines = doc
            .paragraphs
            .iter()
            .filter_map(|p| dateline(&doc, *p))
            .collect();
        doc.sentences = sentences::split(&doc);
        doc
    }

    /// The whole text as given.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The text of a span.
    pub fn text_of(&self, s: Span) -> &'a str {
        let (a, b) = (self.floor(s.start()), self.floor(s.end()));
        crate::budget::count(b.saturating_sub(a));
        self.text.get(a..b.max(a)).unwrap_or("")
    }

    /// A span from raw byte offsets, rounded outwards to `char` boundaries and clamped.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let s = self.floor(start.min(end));
        let e = self.ceil(end.max(start));
        Span::raw(s, e)
    }

    /// The normalised text (same content, ASCII punctuation; offsets differ from the text's).
    pub fn norm(&self) -> &str {
        &self.norm
    }

    /// The normalised text of a span (for matching inside one sentence or clause).
    pub fn norm_of(&self, s: Span) -> (&str, usize) {
        let a = self.norm_index(s.start());
        let b = self.norm_index(s.end());
        crate::budget::count(b.saturating_sub(a));
        (self.norm.get(a..b.max(a)).unwrap_or(""), a)
    }

    /// Maps a byte range of [`Doc::norm`] back to a span of the text.
    pub fn span_of_norm(&self, start: usize, end: usize) -> Span {
        let m = |i: usize| {
            self.norm_map
                .get(i.min(self.norm_map.len().saturating_sub(1)))
                .copied()
                .unwrap_or(self.text.len())
        };
        self.span(m(start), m(end))
    }

    /// The norm byte index of a text offset (the first norm byte at or after it).
    fn norm_index(&self, i: usize) -> usize {
        self.norm_map.partition_point(|&o| o < i)
    }

    fn floor(&self, mut i: usize) -> usize {
        i = i.min(self.text.len());
        while i > 0 && !self.text.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    fn ceil(&self, mut i: usize) -> usize {
        i = i.min(self.text.len());
        while i < self.text.len() && !self.text.is_char_boundary(i) {
            i += 1;
        }
        i
    }

    /// The dateline that contains `s`, if any (datelines are in text order and do not
    /// overlap: a binary search).
    pub fn dateline_containing(&self, s: Span) -> Option<Span> {
        let k = self.datelines.partition_point(|d| d.start() <= s.start());
        k.checked_sub(1)
            .map(|k| self.datelines[k])
            .filter(|d| d.contains(s))
    }

    /// True when a dateline overlaps `s`.
    pub fn in_dateline(&self, s: Span) -> bool {
        // The datelines starting before `s` ends; only the last of them can reach into it.
        let k = self.datelines.partition_point(|d| d.start() < s.end());
        k.checked_sub(1)
            .is_some_and(|k| self.datelines[k].overlaps(s))
    }

    /// True when a dateline starts at byte `i`.
    pub fn dateline_at(&self, i: usize) -> Option<Span> {
        let k = self.datelines.partition_point(|d| d.start() < i);
        self.datelines.get(k).copied().filter(|d| d.start() == i)
    }

    /// The sentence holding byte `i`.
    pub fn sentence_at(&self, i: usize) -> Option<&Sentence> {
        let k = self.sentences.partition_point(|s| s.span.end() <= i);
        self.sentences.get(k).filter(|s| s.span.contains_pos(i))
    }

    /// Tokens inside a span.
    pub fn tokens_in(&self, s: Span) -> &[Token] {
        let a = self.tokens.partition_point(|t| t.span.start() < s.start());
        let b = self.tokens.partition_point(|t| t.span.end() <= s.end());
        self.tokens.get(a..b.max(a)).unwrap_or(&[])
    }

    /// Trims whitespace (and the given punctuation) from both ends of a span.
    pub fn trim(&self, s: Span, punct: &[char]) -> Span {
        let t = self.text_of(s);
        let lead = t.len()
            - t.trim_start_matches(|c: char| c.is_whitespace() || punct.contains(&c))
                .len();
        let rest = &t[lead..];
        let kept = rest
            .trim_end_matches(|c: char| c.is_whitespace() || punct.contains(&c))
            .len();
        self.span(s.start() + lead, s.start() + lead + kept)
    }
}

/// A dateline at the start of a paragraph: capitalised place words (an upper-case city, maybe
/// a comma and a region or country, maybe an agency in brackets) then a colon or a dash, then
/// the sentence.
fn dateline(doc: &Doc<'_>, p: Span) -> Option<Span> {
    static RE: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
        crate::rx::must(
            r"^(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:, ?[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,2})?(?P<agency> ?\((?:AP|AFP|Reuters|REUTERS|IANS|PTI|dpa|DPA|AAP|UPI|Xinhua|EFE|PA|ANSA|Kyodo|Yonhap)\))? ?(?::|-{1,2}) ",
        )
    });
    let (text, base) = doc.norm_of(p);
    let c = RE.captures(text)?;
    let m = c.get(0)?;
    let agency = c.name("agency").is_some();
    let head = text[..m.end()].trim_end_matches([' ', ':', '-']).trim();
    // Mixed-case datelines ("East Rutherford:") only with a colon; "Date:", "Kick-off:" and
    // the like are labels, not places.
    let upper = head
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(4)
        .all(|c| c.is_uppercase());
    let colon = text[..m.end()].trim_end().ends_with(':');
    let label = matches!(
        head.to_ascii_lowercase().as_str(),
        "date"
            | "time"
            | "venue"
            | "kick-off"
            | "kickoff"
            | "update"
            | "note"
            | "watch"
            | "read"
            | "photo"
            | "stadium"
            | "referee"
            | "result"
            | "score"
            | "tv"
            | "where"
            | "when"
    );
    if label || !(upper || colon || agency) {
        return None;
    }
    Some(doc.span_of_norm(base, base + m.end()))
}

/// `SOURCE: … DATE: YYYY-MM-DD` header and where the body starts.
fn header(text: &str) -> (Header, usize) {
    let first = text.lines().next().unwrap_or("");
    if !(first.starts_with("SOURCE:") || first.starts_with("DATE:")) {
        return (Header::default(), 0);
    }
    let mut h = Header::default();
    if let Some(i) = first.find("DATE:") {
        let d = first[i + 5..].trim();
        let d = d.get(..10).unwrap_or(d);
        h.date = Date::parse_from_str(d, "%Y-%m-%d").ok();
    }
    if let Some(rest) = first.strip_prefix("SOURCE:") {
        let url = rest.split_whitespace().next().unwrap_or("");
        if !url.is_empty() && url != "DATE:" {
            h.source = Some(url.to_string());
        }
    }
    let body = text.find('\n').map(|i| i + 1).unwrap_or(text.len());
    (h, body)
}

/// The text with typographic punctuation made ASCII, and the byte map back.
fn normalise(text: &str) -> (String, Vec<usize>) {
    let mut norm = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let r: Option<&str> = match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' | '\u{00B4}' => {
                Some("'")
            }
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => {
                Some("\"")
            }
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
            | '\u{2212}' => Some("-"),
            '\u{00A0}' | '\u{2007}' | '\u{2009}' | '\u{200A}' | '\u{202F}' | '\t' => Some(" "),
            '\u{2026}' => Some("..."),
            _ => None,
        };
        match r {
            Some(s) => {
                for b in s.bytes() {
                    norm.push(b as char);
                    map.push(i);
                }
            }
            None => {
                norm.push(c);
                for _ in 0..c.len_utf8() {
                    map.push(i);
                }
            }
        }
    }
    map.push(text.len());
    (norm, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_body_and_sentences() {
        let d = Doc::new(
            "SOURCE: https://x.example/a  DATE: 2022-12-11\n\nFrance beat England 2–1. Kane missed a penalty.\nNext para here.",
        );
        assert_eq!(d.header.date, Date::from_ymd_opt(2022, 12, 11));
        assert_eq!(d.header.source.as_deref(), Some("https://x.example/a"));
        let s: Vec<&str> = d.sentences.iter().map(|s| d.text_of(s.span)).collect();
        assert_eq!(
            s,
            [
                "France beat England 2–1.",
                "Kane missed a penalty.",
                "Next para here."
            ]
        );
        assert_eq!(d.sentences[2].paragraph, d.sentences[1].paragraph + 1);
    }

    #[test]
    fn norm_maps_back_through_multibyte_punctuation() {
        let d = Doc::new("Mbappé’s 3–5–2 “shape”");
        assert_eq!(d.norm(), "Mbappé's 3-5-2 \"shape\"");
        let i = d.norm().find("3-5-2").unwrap_or(0);
        let s = d.span_of_norm(i, i + 5);
        assert_eq!(d.text_of(s), "3–5–2");
    }

    #[test]
    fn datelines() {
        let d = Doc::new("LISBON, Portugal \u{2013} Greece won the final.\nBUDAPEST: Mbappe missed.\nDate: 17 July\nEast Rutherford: Argentina won.\nFrance won.");
        let found: Vec<&str> = d.datelines.iter().map(|s| d.text_of(*s)).collect();
        assert_eq!(
            found,
            [
                "LISBON, Portugal \u{2013} ",
                "BUDAPEST: ",
                "East Rutherford: "
            ]
        );
    }

    #[test]
    fn spans_round_to_boundaries() {
        let d = Doc::new("é–é");
        let s = d.span(1, 3);
        assert_eq!(d.text_of(s), "é–");
        assert_eq!(d.text_of(d.span(100, 200)), "");
    }
}
