//! Layer 2, mentions: every typed value the article writes — teams, people, competitions,
//! stages, places, dates, minutes, scores, counts and ordinals, ages, durations, and the
//! numbers that are not football (formations, votes, money).
//!
//! One module per dimension. Each is a **rule table** (name, pattern, typed value: see
//! [`rules::Rule`]) plus an **example corpus** of positive and negative cases in
//! `corpus/<dimension>.txt`, run by `cargo test` without a database (the way Duckling keeps a
//! `Rules` table and a `Corpus` per dimension). Dimensions that need names (teams, places) read
//! them from a [`Lexicon`], built from the facts engine at run time and from a small fixture in
//! tests.
//!
//! Mentions never decide identity or truth: a team mention keeps every candidate team, a person
//! mention is only a name, and which event a number belongs to is the discourse layer's job.

pub mod age;
pub mod competition;
#[cfg(test)]
mod corpus;
pub mod count;
pub mod date;
pub mod duration;
pub mod lexicon;
pub mod minute;
pub mod not_football;
pub mod numbers;
pub mod person;
pub mod rules;
pub mod score;
pub mod stage;
pub mod team;
mod value;
pub mod venue;

pub use lexicon::Lexicon;
pub use value::*;

use crate::doc::{Doc, Span};
use serde::Serialize;

/// A typed value found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Where it is written.
    pub span: Span,
    /// What it is.
    pub value: Value,
    /// The rule that found it (for explanations and corpus failures).
    pub rule: &'static str,
}

impl Mention {
    /// The dimension.
    pub fn dim(&self) -> Dim {
        self.value.dim()
    }
}

/// Every mention of an article, in text order.
#[derive(Debug, Clone, Default)]
pub struct Mentions {
    /// Sorted by start, then longest first.
    pub all: Vec<Mention>,
    /// Indexes of `all` sorted by (end, index), built on first use by [`Mentions::ending_at`].
    by_end: std::sync::OnceLock<Vec<usize>>,
}

/// A dimension's finder: the mentions of one dimension inside `within`.
pub type Finder = fn(&Doc<'_>, Span, &Lexicon, &mut Vec<Mention>);

/// The dimensions' finders, in priority order: when two mentions of different dimensions
/// overlap and the later one is suppressed by the earlier (see [`suppresses`]), it is dropped.
pub const FINDERS: &[(Dim, Finder)] = &[
    (Dim::NotFootball, not_football::find),
    (Dim::Competition, competition::find),
    (Dim::Date, date::find),
    (Dim::Age, age::find),
    (Dim::Duration, duration::find),
    (Dim::Minute, minute::find),
    (Dim::Score, score::find),
    (Dim::Count, count::find),
    (Dim::Stage, stage::find),
    (Dim::Venue, venue::find),
    (Dim::Team, team::find),
    (Dim::Person, person::find),
];

/// True when a mention of `winner` overlapping one of `loser` removes it.
pub fn suppresses(winner: Dim, loser: Dim) -> bool {
    use Dim::*;
    match winner {
        NotFootball => matches!(loser, Score | Count | Minute | Age | Duration | Date),
        Date => matches!(loser, Count | Minute | Score | Age | Duration | Person),
        Competition => matches!(loser, Date | Count | Team | Person | Venue),
        Age => matches!(loser, Count | Duration | Minute),
        Duration => matches!(loser, Count | Minute),
        Minute => matches!(loser, Count),
        Score => matches!(loser, Count),
        Stage => matches!(loser, Person | Team | Venue),
        Venue => matches!(loser, Person),
        Team => matches!(loser, Person),
        _ => false,
    }
}

impl Mentions {
    /// Finds every mention of the article.
    pub fn find(doc: &Doc<'_>, lex: &Lexicon) -> Mentions {
        let mut all: Vec<Mention> = Vec::new();
        for s in &doc.sentences {
            // Out of time: stop here (the checker then reports the check as stopped).
            if crate::budget::expired() {
                break;
            }
            let mut kept: Vec<Mention> = Vec::new();
            for (dim, finder) in FINDERS {
                let mut found = Vec::new();
                finder(doc, s.span, lex, &mut found);
                found.retain(|m| s.span.contains(m.span) && !m.span.is_empty());
                longest_first(&mut found);
                for m in found {
                    let beaten = kept
                        .iter()
                        .any(|k| k.span.overlaps(m.span) && suppresses(k.dim(), *dim));
                    if !beaten {
                        kept.push(m);
                    }
                }
            }
            all.extend(kept);
        }
        all.sort_by_key(|m| (m.span.start(), std::cmp::Reverse(m.span.end())));
        Mentions {
            all,
            by_end: Default::default(),
        }
    }

    /// The mentions that end at byte `end`, in text order (an index sorted by end, built once:
    /// no scan of the article's mentions per question).
    pub fn ending_at(&self, end: usize) -> impl Iterator<Item = &Mention> {
        let idx = self.by_end.get_or_init(|| {
            let mut v: Vec<usize> = (0..self.all.len()).collect();
            v.sort_by_key(|&j| (self.all[j].span.end(), j));
            v
        });
        let a = idx.partition_point(|&j| self.all[j].span.end() < end);
        let b = idx.partition_point(|&j| self.all[j].span.end() <= end);
        crate::budget::count(b.saturating_sub(a));
        idx[a..b.max(a)].iter().map(move |&j| &self.all[j])
    }

    /// Mentions inside a span.
    pub fn within(&self, s: Span) -> impl Iterator<Item = &Mention> {
        let a = self.all.partition_point(|m| m.span.start() < s.start());
        self.all[a..]
            .iter()
            .take_while(move |m| m.span.start() < s.end())
            .inspect(|_| crate::budget::count(1))
            .filter(move |m| s.contains(m.span))
    }

    /// Mentions of one dimension inside a span.
    pub fn of(&self, s: Span, d: Dim) -> impl Iterator<Item = &Mention> {
        self.within(s).filter(move |m| m.dim() == d)
    }

    /// The mentions before byte `i` (latest first), for looking back in the discourse.
    pub fn before(&self, i: usize) -> impl Iterator<Item = &Mention> {
        let k = self.all.partition_point(|m| m.span.start() < i);
        self.all[..k]
            .iter()
            .rev()
            .inspect(|_| crate::budget::count(1))
            .filter(move |m| m.span.end() <= i)
    }
}

/// Within one dimension, overlapping mentions keep the longest (the earlier rule on a tie).
pub fn longest_first(found: &mut Vec<Mention>) {
    // Stable sort: equal lengths keep rule order.
    found.sort_by_key(|m| std::cmp::Reverse(m.span.len()));
    let mut out: Vec<Mention> = Vec::with_capacity(found.len());
    for m in found.drain(..) {
        if !out.iter().any(|o| o.span.overlaps(m.span)) {
            out.push(m);
        }
    }
    out.sort_by_key(|m| m.span.start());
    *found = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use once_cell::sync::Lazy;
    use proptest::prelude::*;

    static LEX: Lazy<Lexicon> = Lazy::new(Lexicon::fixture);

    /// Pieces of number-heavy football text, with every dash, apostrophe, prime and space the
    /// normaliser maps (and some it does not).
    const PIECES: &[&str] = &[
        "84",
        "90",
        "45",
        "+",
        "2",
        "1",
        "0",
        "1966",
        "90,469",
        "2.5",
        "'",
        "\u{2019}",
        "\u{2BC}",
        "\u{2032}",
        "\u{2033}",
        "-",
        "\u{2013}",
        "\u{2014}",
        "\u{2011}",
        "\u{2010}",
        "\u{a0}",
        "\u{202F}",
        " ",
        " ",
        "th",
        "st",
        "nd",
        "minute",
        "minutes",
        "min",
        "year-old",
        "years",
        "ago",
        "later",
        "aged",
        "at",
        "(",
        ")",
        ",",
        ".",
        ";",
        ":",
        "goals",
        "scored",
        "twice",
        "times",
        "brace",
        "hat-trick",
        "£",
        "$",
        "€",
        "%",
        "m",
        "é",
        "中",
        "𝔘",
        "\u{301}",
        "the",
        "in",
        "first",
        "second",
        "half",
        "late",
        "on",
        "early",
        "stoppage time",
        "from time",
        "England",
        "Kane",
        "Modric",
        "W4",
        "D1",
        "L2",
        "4-4-2",
        "1,000",
        "\n",
        "a",
        "an",
        "00",
        "GMT",
        "pm",
        "fans",
        "ranked",
        "No.",
        "yards",
        "per cent",
        "voted",
        "teenage",
        "nine",
        "ninetieth",
        "twenty-",
        "and",
        "of",
        "with",
        "left",
        "before",
        "after",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                6 => prop::sample::select(PIECES).prop_map(str::to_string),
                1 => "\\PC{0,3}",
                1 => "[0-9]{1,4}",
            ],
            0..48,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn mentions_never_panic_and_stay_on_char_boundaries(s in text()) {
            let doc = Doc::new(&s);
            let found = Mentions::find(&doc, &LEX);
            for m in &found.all {
                prop_assert!(m.span.end() <= s.len(), "{m:?} past the end of {s:?}");
                prop_assert!(
                    s.is_char_boundary(m.span.start()) && s.is_char_boundary(m.span.end()),
                    "{m:?} off a char boundary in {s:?}"
                );
                prop_assert!(!m.span.is_empty());
                prop_assert!(!doc.text_of(m.span).is_empty());
            }
        }

        #[test]
        fn any_text_never_panics(s in "\\PC{0,120}") {
            let doc = Doc::new(&s);
            for m in Mentions::find(&doc, &LEX).all {
                prop_assert!(s.is_char_boundary(m.span.start()) && s.is_char_boundary(m.span.end()));
            }
        }
    }
}
