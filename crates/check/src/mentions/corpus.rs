//! The example corpora: one file per dimension under `corpus/`, run without a database.
//!
//! Line format (`#` starts a comment):
//! - `text => value` — some mention of the dimension in `text` displays as `value`
//!   (see the `Display` of [`super::Value`]); several values separated by ` ; ` must all be found;
//! - `text => -` — no mention of the dimension in `text`;
//! - `text =>! value` — no mention displays as `value` (others may be found).
//!
//! Teams and places come from [`super::Lexicon::fixture`].

use super::{Dim, Lexicon, Mentions};
use crate::doc::Doc;

/// Runs one dimension's corpus and fails with every case that does not hold.
pub fn run(dim: Dim, corpus: &str) {
    let lex = Lexicon::fixture();
    let mut failures = Vec::new();
    let (mut positive, mut negative) = (0, 0);
    for (n, line) in corpus.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (text, expect, absent) = if let Some((t, e)) = line.split_once(" =>! ") {
            (t, e, true)
        } else if let Some((t, e)) = line.split_once(" => ") {
            (t, e, false)
        } else {
            failures.push(format!("line {}: no ` => ` in {line:?}", n + 1));
            continue;
        };
        let doc = Doc::new(text);
        let found: Vec<String> = Mentions::find(&doc, &lex)
            .all
            .iter()
            .filter(|m| m.dim() == dim)
            .map(|m| m.value.to_string())
            .collect();
        let ok = if absent {
            negative += 1;
            !found.iter().any(|f| f == expect.trim())
        } else if expect.trim() == "-" {
            negative += 1;
            found.is_empty()
        } else {
            positive += 1;
            expect
                .split(" ; ")
                .all(|e| found.iter().any(|f| f == e.trim()))
        };
        if !ok {
            failures.push(format!(
                "line {}: {text:?}\n    expected {}{expect}\n    found    {found:?}",
                n + 1,
                if absent { "not " } else { "" }
            ));
        }
    }
    assert!(
        positive >= 5 && negative >= 3,
        "the {} corpus needs at least 5 positive and 3 negative cases ({positive}, {negative})",
        dim.name()
    );
    assert!(
        failures.is_empty(),
        "{} corpus: {} failing cases\n{}",
        dim.name(),
        failures.len(),
        failures.join("\n")
    );
}

macro_rules! corpus_tests {
    ($($name:ident => $dim:expr),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                run($dim, include_str!(concat!("corpus/", stringify!($name), ".txt")));
            }
        )*
    };
}

corpus_tests! {
    score => Dim::Score,
    team => Dim::Team,
    person => Dim::Person,
    minute => Dim::Minute,
    duration => Dim::Duration,
    age => Dim::Age,
    count => Dim::Count,
    not_football => Dim::NotFootball,
    date => Dim::Date,
    competition => Dim::Competition,
    stage => Dim::Stage,
    venue => Dim::Venue,
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    /// Fragments the calendar and entity rules look at, in any order.
    const PIECES: &[&str] = &[
        "the",
        "final",
        "semi-",
        "Group",
        "C",
        "’86",
        "'9",
        "Euro",
        "2020",
        "1966",
        "1,966",
        "World Cup",
        "Women’s",
        "qualifier",
        "friendly",
        "Qatar",
        "2022",
        "Italia",
        "90",
        "in",
        "at",
        "the Lusail",
        "Stadium",
        "Estadio",
        "DOHA,",
        "(AP)",
        "—",
        ":",
        "\n",
        "J.",
        "A.J.",
        "van",
        "Dijk",
        "al-",
        "Dawsari’s",
        "Sunday",
        "Sat",
        "12",
        "June",
        "July 3rd,",
        "last",
        "night",
        "é",
        "–",
        "Jordan",
        "Henderson",
        "New",
        "South",
        "Wales",
        "Guinea-",
        "Bissau",
        "of",
        "Bank",
        "England",
        "England-",
        "Scotland",
        "2021-10-12",
        "£",
        "’",
        "\u{a0}",
        ".",
    ];

    fn check(text: &str) {
        let lex = Lexicon::fixture();
        let doc = Doc::new(text);
        for m in Mentions::find(&doc, &lex).all {
            assert!(m.span.end() <= text.len());
            let _ = (doc.text_of(m.span), m.value.to_string());
        }
    }

    proptest! {
        #[test]
        fn any_text_never_panics(text in "\\PC{0,160}") {
            check(&text);
        }

        #[test]
        fn football_fragments_never_panic(
            parts in proptest::collection::vec(proptest::sample::select(PIECES), 0..40),
            glue in proptest::collection::vec(proptest::sample::select(&[" ", "", ", ", "\n"][..]), 40),
        ) {
            let mut text = String::new();
            for (p, g) in parts.iter().zip(glue.iter().cycle()) {
                text.push_str(p);
                text.push_str(g);
            }
            check(&text);
        }
    }
}
