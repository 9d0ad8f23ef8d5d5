//! One stray line in a real file fails the strict parse at that line and never adds a match
//! (issue 15, point 3): the lines a probe added to `worldcup/2022--qatar/cup.txt`.

use crate::data_dir;
use goalline_footballtxt::{decode, parse_str, parse_str_lenient, ParseError};

const CUP: &str = "worldcup/2022--qatar/cup.txt";

fn cup() -> String {
    std::fs::read_to_string(data_dir().join("openfootball").join(CUP)).unwrap()
}

/// The file with `stray` inserted as line `at` (1-based; the old line `at` moves down).
fn with_line(at: usize, stray: &str) -> String {
    let text = cup();
    let mut lines: Vec<&str> = text.split('\n').collect();
    lines.insert(at - 1, stray);
    lines.join("\n")
}

fn strict_error(text: &str) -> ParseError {
    parse_str(CUP, text).expect_err("the stray line must fail the strict parse")
}

#[test]
fn the_real_file_parses_strictly_with_its_48_group_matches() {
    let doc = parse_str(CUP, &cup()).unwrap();
    assert_eq!(doc.matches.len(), 48);
}

/// Each stray line, where it goes, and a word the error must contain.
const STRAYS: &[(usize, &str, &str)] = &[
    // Before the first match of Fri Nov 25: would move two matches to Nov 21.
    (40, "Mon Nov 21", "a match after the date 2022-11-25"),
    // Between the two matches of Fri Nov 25: goes back four days.
    (42, "Mon Nov 21", "on or after 2022-11-25"),
    // A second Qatar v Ecuador in Group A.
    (34, "  Qatar 1-0 Ecuador", "not listed yet"),
    // England v Iran under Group A (both teams are Group B's).
    (34, "  England 1-1 Iran", "a team of Group A"),
    // A second England v Iran in Group B.
    (55, "  England 1-1 Iran", "not listed yet"),
    (34, "@@@ garbage", "before `@`"),
    (3, "=====", "heading text"),
    (11, "Group Z | Narnia Gondor", "two or more team names"),
];

#[test]
fn each_stray_line_fails_the_strict_parse_at_that_line() {
    for &(at, stray, why) in STRAYS {
        let text = with_line(at, stray);
        let e = strict_error(&text);
        assert_eq!(e.line(), at as u32, "{stray:?} at line {at}: {e}");
        assert!(e.to_string().contains(why), "{stray:?}: {e}");
        assert!(
            e.to_string().starts_with(&format!("{CUP}:{at}:")),
            "file:line:column first: {e}"
        );
    }
}

#[test]
fn lenient_mode_lists_the_stray_line_and_adds_no_match() {
    let clean = parse_str(CUP, &cup()).unwrap();
    let key = |m: &goalline_footballtxt::Match| (m.home.clone(), m.away.clone(), m.date);
    let clean_keys: Vec<_> = clean.matches.iter().map(key).collect();
    for &(at, stray, _) in STRAYS {
        let parsed = parse_str_lenient(CUP, &with_line(at, stray));
        assert_eq!(
            parsed.skipped.iter().map(|s| s.line).collect::<Vec<_>>(),
            [at as u32],
            "{stray:?} at line {at}"
        );
        let keys: Vec<_> = parsed.document.matches.iter().map(key).collect();
        assert_eq!(keys, clean_keys, "{stray:?} changed the matches");
    }
}

#[test]
fn encoding_errors_name_file_line_and_column_once() {
    let mut bytes = cup().into_bytes();
    // Line 32 is `  19:00      Qatar   0-2 …`; put a Latin-1 byte in `Qatar`.
    let line_start = bytes
        .iter()
        .enumerate()
        .filter(|(_, &b)| b == b'\n')
        .nth(30)
        .map(|(i, _)| i + 1)
        .unwrap();
    let q = line_start + bytes[line_start..].iter().position(|&b| b == b'Q').unwrap();
    bytes[q + 1] = 0xE4;
    let e = decode(CUP, &bytes).unwrap_err();
    let msg = e.to_string();
    assert_eq!((e.line(), e.column()), (32, 15), "{msg}");
    assert_eq!(msg.matches(CUP).count(), 1, "{msg}");
    assert!(!msg.contains("--data"), "no misleading hint: {msg}");
    // UTF-16 with a byte-order mark.
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(cup().encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let e = decode(CUP, &utf16).unwrap_err();
    assert!(e.to_string().contains("UTF-16"), "{e}");
    assert_eq!((e.line(), e.column()), (1, 1));
}
