//! Numbers written in digits or words, cardinal and ordinal: the building block of scores,
//! minutes, counts, ages and durations. Regex fragments for the rule tables live here too.

// The regex fragments are macros that expand to string literals, so rule tables can build
// their patterns with `concat!` at compile time; the `const`s below are the same strings.

/// Cardinal number words (`nil` … `ninety-nine`, `a hundred`) as a regex alternation.
macro_rules! cardinal_words {
    () => {
        r"(?:zero|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a hundred|one hundred|hundred)"
    };
}
pub(crate) use cardinal_words;

/// Ordinal words and digit ordinals (`53rd`, `fifth`, `twenty-first`) as a regex alternation.
macro_rules! ordinal_words {
    () => {
        r"(?:\d{1,4}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)"
    };
}
pub(crate) use ordinal_words;

/// A cardinal in digits (up to six, no separators) or words.
macro_rules! number_re {
    () => {
        concat!(
            r"(?:\d{1,6}|",
            $crate::mentions::numbers::cardinal_words!(),
            ")"
        )
    };
}
#[allow(unused_imports)] // used by the other dimensions' tables
pub(crate) use number_re;

/// Cardinal number words as a regex alternation (longest first where it matters).
pub const CARDINAL: &str = cardinal_words!();

/// Ordinal words and digit ordinals as a regex alternation.
pub const ORDINAL: &str = ordinal_words!();

/// A cardinal in digits or words.
pub const NUMBER: &str = number_re!();

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

const TENS: [(&str, &str, u32); 8] = [
    ("twenty", "twentieth", 20),
    ("thirty", "thirtieth", 30),
    ("forty", "fortieth", 40),
    ("fifty", "fiftieth", 50),
    ("sixty", "sixtieth", 60),
    ("seventy", "seventieth", 70),
    ("eighty", "eightieth", 80),
    ("ninety", "ninetieth", 90),
];

/// A cardinal number in digits (`"90,469"` → 90469) or words (`"twenty-five"`, `"nil"`).
pub fn parse_number(s: &str) -> Option<u32> {
    let w = s.trim().to_lowercase();
    let w = w.as_str();
    if w.chars().all(|c| c.is_ascii_digit() || c == ',') && w.chars().any(|c| c.is_ascii_digit()) {
        return w.replace(',', "").parse().ok();
    }
    match w {
        "nil" | "none" => return Some(0),
        "a hundred" | "one hundred" | "hundred" => return Some(100),
        _ => {}
    }
    if let Some(i) = CARD.iter().position(|c| *c == w) {
        return Some(i as u32);
    }
    if let Some((_, _, t)) = TENS.iter().find(|(c, _, _)| *c == w) {
        return Some(*t);
    }
    let (tens, unit) = w.split_once(['-', ' '])?;
    let t = TENS.iter().find(|(c, _, _)| *c == tens)?.2;
    let u = CARD
        .iter()
        .position(|c| *c == unit)
        .filter(|u| (1..10).contains(u))?;
    Some(t + u as u32)
}

/// An ordinal in digits (`"53rd"`) or words (`"third"`, `"twenty-first"`).
pub fn parse_ordinal(s: &str) -> Option<u32> {
    let w = s.trim().to_lowercase();
    let w = w.as_str();
    let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() {
        let suffix = &w[digits.len()..];
        return matches!(suffix, "st" | "nd" | "rd" | "th")
            .then(|| digits.parse().ok())
            .flatten();
    }
    if w == "hundredth" {
        return Some(100);
    }
    if let Some(i) = ORD.iter().position(|c| *c == w) {
        return Some(i as u32);
    }
    if let Some((_, _, t)) = TENS.iter().find(|(_, o, _)| *o == w) {
        return Some(*t);
    }
    let (tens, unit) = w.split_once(['-', ' '])?;
    let t = TENS.iter().find(|(c, _, _)| *c == tens)?.2;
    let u = ORD
        .iter()
        .position(|c| *c == unit)
        .filter(|u| (1..10).contains(u))?;
    Some(t + u as u32)
}

/// A number in any form: cardinal or ordinal, digits or words.
pub fn parse_any(s: &str) -> Option<u32> {
    parse_number(s).or_else(|| parse_ordinal(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cardinals_and_ordinals() {
        assert_eq!(parse_number("four"), Some(4));
        assert_eq!(parse_number("Twenty-five"), Some(25));
        assert_eq!(parse_number("90,469"), Some(90469));
        assert_eq!(parse_number("nil"), Some(0));
        assert_eq!(parse_number("banana"), None);
        assert_eq!(parse_ordinal("53rd"), Some(53));
        assert_eq!(parse_ordinal("fifth"), Some(5));
        assert_eq!(parse_ordinal("thirty-first"), Some(31));
        assert_eq!(parse_ordinal("53"), None);
        assert_eq!(parse_ordinal("5x"), None);
    }
}
