//! Property tests: the parser never panics and lenient output is consistent.

use goalline_footballtxt::{parse_str, parse_str_lenient};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "= World Cup 2022\n",
    "▪ Final\n",
    "▪▪ Group A | Sun Nov 20 - Dec 2\n",
    "Sun Nov 20\n",
    "  19:00 UTC+3  Qatar  0-2 (0-2)  Ecuador  @ Al Bayt Stadium, Al Khor\n",
    "   (Enner Valencia 16' (pen.), 31'; X 90+3'(og))\n",
    "(",
    ")",
    "[Y 15']",
    " - ",
    ", ",
    "Qatar: A [c] (72' B (80' C)) - D\n",
    "Penalties: 1-0 A, B (missed)\n",
    "Refs: X (ITA)\n",
    "  9, Harry KANE, FW, b. 1993/07/28\n",
    "== England\n",
    "(1)  GK  Joe Hart  ## 40, City\n",
    "1-1 a.e.t., 4-2 pen.",
    "Group A | A  B\n",
    "@",
    "#",
    "\n",
    "a.e.t",
    "90+",
    "'",
    ";",
    // Dashes and digits as articles and hand-edited files write them.
    "3–5–2",
    "0–2",
    "2—2",
    " – ",
    "—",
    "45+2′",
    "▪ Round of 16 | Sat Dec 3 – Tue Dec 6\n",
];

proptest! {
    #[test]
    fn never_panics_on_arbitrary_text(s in "\\PC{0,200}") {
        let _ = parse_str("prop.txt", &s);
        let parsed = parse_str_lenient("prop.txt", &s);
        for w in parsed.skipped.windows(2) {
            prop_assert!(w[0].line <= w[1].line);
        }
    }

    #[test]
    fn never_panics_on_football_shaped_text(idx in proptest::collection::vec(0..PIECES.len(), 0..40)) {
        let text: String = idx.iter().map(|&i| PIECES[i]).collect();
        let strict = parse_str("prop.txt", &text);
        let lenient = parse_str_lenient("prop.txt", &text);
        // A text that parses strictly has nothing to skip leniently.
        if strict.is_ok() {
            prop_assert!(lenient.skipped.is_empty());
        }
        let lines = text.lines().count() as u32 + 1;
        for s in &lenient.skipped {
            prop_assert!(s.line <= lines);
        }
        for m in &lenient.document.matches {
            prop_assert!(m.line >= 1 && m.line <= lines);
        }
    }
}

/// Real files, each cut and spliced at random char positions with random text inserted.
fn real_samples() -> Vec<String> {
    [
        "worldcup/2022--qatar/cup_finals.txt",
        "worldcup/more/2022_full.txt",
        "euro/1976--yugoslavia/euro.txt",
        "euro/2021--europe/squads/england.txt",
        "worldcup/2014--brazil/squads/en-england.txt",
    ]
    .iter()
    .filter_map(|rel| {
        std::fs::read_to_string(crate::data_dir().join("openfootball").join(rel)).ok()
    })
    .map(|t| t.chars().take(6000).collect())
    .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]
    #[test]
    fn never_panics_on_mutated_real_files(
        file in 0usize..5,
        edits in proptest::collection::vec((0.0f64..1.0, 0usize..12, "\\PC{0,6}"), 1..12),
    ) {
        let samples = real_samples();
        prop_assume!(!samples.is_empty());
        let mut text: Vec<char> = samples[file % samples.len()].chars().collect();
        for (at, cut, insert) in edits {
            let pos = ((text.len() as f64) * at) as usize;
            let end = (pos + cut).min(text.len());
            text.splice(pos..end, insert.chars());
        }
        let text: String = text.into_iter().collect();
        let _ = parse_str("mutated.txt", &text);
        let lenient = parse_str_lenient("mutated.txt", &text);
        let lines = text.split('\n').count() as u32;
        for s in &lenient.skipped {
            prop_assert!(s.line <= lines);
        }
    }
}

/// The fuzz seeds (`fuzz/seeds/footballtxt`), each parsed as written and with random
/// dashes, digits and splices: no panic, and lenient output stays within the text.
fn fuzz_seeds() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/seeds/footballtxt");
    let mut out: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn fuzz_seeds_exist_and_parse_without_panic() {
    let seeds = fuzz_seeds();
    assert!(
        seeds.len() >= 4,
        "fuzz/seeds/footballtxt has {} seeds",
        seeds.len()
    );
    assert!(seeds.iter().any(|s| s.contains("3–5–2")));
    for s in &seeds {
        let _ = parse_str("seed.txt", s);
        let _ = parse_str_lenient("seed.txt", s);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn never_panics_on_seeds_with_dashes_and_digits(
        seed in 0usize..16,
        edits in proptest::collection::vec((0.0f64..1.0, 0usize..4, "[–—0-9+′' -]{0,5}"), 1..10),
    ) {
        let seeds = fuzz_seeds();
        prop_assume!(!seeds.is_empty());
        let mut text: Vec<char> = seeds[seed % seeds.len()].chars().collect();
        for (at, cut, insert) in edits {
            let pos = ((text.len() as f64) * at) as usize;
            let end = (pos + cut).min(text.len());
            text.splice(pos..end, insert.chars());
        }
        let text: String = text.into_iter().collect();
        let strict = parse_str("seed.txt", &text);
        let lenient = parse_str_lenient("seed.txt", &text);
        if strict.is_ok() {
            prop_assert!(lenient.skipped.is_empty());
        }
        let lines = text.split('\n').count() as u32;
        for s in &lenient.skipped {
            prop_assert!(s.line <= lines.max(1));
        }
    }
}
