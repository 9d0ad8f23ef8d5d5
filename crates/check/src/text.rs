//! Text handling: the article body, sentences with byte offsets, and small lexical helpers.
//!
//! Owns the mapping between claims and the original text: every span is a byte range into the
//! text exactly as given, always on `char` boundaries, so `text[start..end]` never panics.

/// A sentence: a byte range of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Abbreviations whose trailing dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "vs", "v", "No", "Nos", "a.e.t", "aet", "pen",
    "o.g", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Inc", "Ltd", "U.S", "U.K", "p",
];

/// Splits text into sentences (on `.`, `!`, `?` followed by space and a capital or quote, and on
/// blank lines / line breaks). Spans are trimmed of surrounding whitespace.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    let push = |out: &mut Vec<Sentence>, s: usize, e: usize| {
        let (s, e) = trim(text, s, e);
        if e > s {
            out.push(Sentence { start: s, end: e });
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            push(&mut out, start, i);
            start = i + 1;
        } else if matches!(b, b'.' | b'!' | b'?') {
            // Look past closing quotes/brackets.
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
                j += 1;
            }
            let rest = &text[j..];
            let rest_trim = rest.trim_start_matches([' ', '\t']);
            let next = rest_trim.chars().next();
            let boundary = rest.starts_with([' ', '\t'])
                && next.is_some_and(|c| {
                    c.is_uppercase() || c == '"' || c == '“' || c == '‘' || c.is_ascii_digit()
                })
                || rest.starts_with("”")
                || rest.starts_with("’");
            let boundary = boundary && (b != b'.' || !is_abbreviation(text, start, i));
            if boundary {
                let end = if rest.starts_with("”") || rest.starts_with("’") {
                    j + 3
                } else {
                    j
                };
                push(&mut out, start, end.min(text.len()));
                start = end.min(text.len());
                i = start;
                continue;
            }
        }
        i += 1;
    }
    push(&mut out, start, text.len());
    out
}

fn is_abbreviation(text: &str, sentence_start: usize, dot: usize) -> bool {
    let before = &text[sentence_start..dot];
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    if word.len() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true; // an initial: "J. Smith"
    }
    ABBREVIATIONS.contains(&word)
}

/// Trims whitespace from a byte range.
pub fn trim(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    while s < e && bytes[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && bytes[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    (s, e)
}

/// Rounds a byte offset down to a char boundary.
pub fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Rounds a byte offset up to a char boundary.
pub fn ceil_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// English number words and ordinals up to sixty, plus common forms.
pub fn number_word(w: &str) -> Option<u32> {
    let w = w.to_ascii_lowercase();
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    const CARD: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    const ORD: [&str; 21] = [
        "zeroth",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    if let Some(i) = CARD.iter().position(|c| *c == w) {
        return Some(i as u32);
    }
    if let Some(i) = ORD.iter().position(|c| *c == w) {
        return Some(i as u32);
    }
    match w {
        "thirty" => Some(30),
        "forty" => Some(40),
        "fifty" | "half-century" => Some(50),
        "sixty" => Some(60),
        "seventy" => Some(70),
        "eighty" => Some(80),
        "ninety" => Some(90),
        "sixtieth" => Some(60),
        "seventieth" => Some(70),
        "eightieth" => Some(80),
        "ninetieth" => Some(90),
        "hundred" | "century" => Some(100),
        "thirtieth" => Some(30),
        "fortieth" => Some(40),
        "fiftieth" => Some(50),
        "once" | "single" => Some(1),
        "twice" | "double" | "brace" => Some(2),
        "thrice" | "treble" | "hat-trick" | "hattrick" => Some(3),
        _ if w.contains('-') && !w.starts_with('-') => {
            // "twenty-five", "thirty-first"
            let (tens, unit) = w.split_once('-')?;
            let t = number_word(tens).filter(|t| *t >= 20 && t % 10 == 0 && *t < 100)?;
            let u = number_word(unit).filter(|u| (1..10).contains(u))?;
            Some(t + u)
        }
        _ => {
            // 53rd, 1st, 22nd, 4th
            let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
            let suffix = &w[digits.len()..];
            if !digits.is_empty() && matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
                digits.parse().ok()
            } else {
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_and_keeps_offsets() {
        let t =
            "France beat England 2-1. Kane scored from the spot in the 54th minute! Next? Morocco.";
        let s = sentences(t);
        let parts: Vec<&str> = s.iter().map(|x| &t[x.start..x.end]).collect();
        assert_eq!(
            parts,
            vec![
                "France beat England 2-1.",
                "Kane scored from the spot in the 54th minute!",
                "Next?",
                "Morocco."
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        let t = "Mr. Smith met Dr. Jones on Dec. 10. Then he left.";
        let s = sentences(t);
        assert_eq!(
            s.len(),
            2,
            "{:?}",
            s.iter().map(|x| &t[x.start..x.end]).collect::<Vec<_>>()
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(number_word("four"), Some(4));
        assert_eq!(number_word("53rd"), Some(53));
        assert_eq!(number_word("fifth"), Some(5));
        assert_eq!(number_word("hat-trick"), Some(3));
        assert_eq!(number_word("banana"), None);
    }

    proptest::proptest! {
        #[test]
        fn sentences_never_panic_and_stay_on_boundaries(s in "\\PC{0,200}") {
            for x in sentences(&s) {
                proptest::prop_assert!(s.is_char_boundary(x.start) && s.is_char_boundary(x.end) && x.start <= x.end);
            }
        }
    }
}
