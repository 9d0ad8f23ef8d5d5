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
}

/// Prints every mention of the sentences in `$CHECK2_DUMP` (one per line), for writing corpora:
/// `CHECK2_DUMP='…' cargo test -p goalline-check2 dump -- --ignored --nocapture`.
#[test]
#[ignore]
fn dump() {
    let lex = Lexicon::fixture();
    for line in std::env::var("CHECK2_DUMP").unwrap_or_default().lines() {
        let doc = Doc::new(line);
        println!("{line}");
        for m in Mentions::find(&doc, &lex).all {
            println!(
                "    {:<28} {:?} [{}]",
                m.value.to_string(),
                doc.text_of(m.span),
                m.rule
            );
        }
    }
}
