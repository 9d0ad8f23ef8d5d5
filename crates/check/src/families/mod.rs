//! The claim families: one folder per kind of football claim, each with its grammar
//! (`recognise`: mentions and discourse → frames, no database), its example corpus
//! (`corpus.txt`, run without a database) and its verifier (`verify`: a frame and the facts
//! engine → a finding). A new kind of claim is one folder, one line in [`FAMILIES`], its corpus
//! and its verifier.

pub mod age;
pub mod appearance;
pub mod award;
pub mod card;
pub mod career_tally;
pub mod clause;
pub mod goal;
pub mod head_to_head;
pub mod history;
pub mod next_fixture;
pub mod nth_goal;
pub mod penalty_miss;
pub mod people;
pub mod play;
pub mod quotes;
pub mod record;
pub mod result;
pub mod score_at;
pub mod shootout;
pub mod stage;
pub mod standings;
pub mod streak;
pub mod titles;
pub mod topics;
pub mod tournament_tally;
pub mod tourney;
pub mod venue;
pub mod when;

use crate::discourse::{Discourse, Entity, Roles};
use crate::doc::{Doc, Sentence, Span};
use crate::frames::{Frame, Kind, Predicate, Scope};
use crate::mentions::{Dim, Mention, Mentions, Value};
use crate::verify::{Context, Finding};
use regex::Regex;

/// A family of claims.
#[derive(Debug)]
pub struct Family {
    /// Its name (the folder's).
    pub name: &'static str,
    /// Reads the article and appends its frames.
    pub recognise: fn(&Reading<'_>, &mut Vec<Frame>),
    /// Checks one of its frames.
    pub verify: fn(&Frame, &Context<'_>) -> Finding,
}

/// Every family, in the order they read.
pub const FAMILIES: &[&Family] = &[
    &result::FAMILY,
    &goal::FAMILY,
    &titles::FAMILY,
    &age::FAMILY,
    &tournament_tally::FAMILY,
    &award::FAMILY,
    &nth_goal::FAMILY,
    &career_tally::FAMILY,
    &appearance::FAMILY,
    &shootout::FAMILY,
    &next_fixture::FAMILY,
    &stage::FAMILY,
    &when::FAMILY,
    &venue::FAMILY,
    &topics::FAMILY,
    &quotes::FAMILY,
    &streak::FAMILY,
    &head_to_head::FAMILY,
    &standings::FAMILY,
    &score_at::FAMILY,
    &penalty_miss::FAMILY,
    &play::FAMILY,
    &card::FAMILY,
    &record::FAMILY,
];

/// The family of a frame.
pub fn family(name: &str) -> Option<&'static Family> {
    FAMILIES.iter().copied().find(|f| f.name == name)
}

/// What families read: the document, its mentions and its discourse.
#[derive(Debug)]
pub struct Reading<'a> {
    /// The document.
    pub doc: &'a Doc<'a>,
    /// Its mentions.
    pub mentions: &'a Mentions,
    /// Its discourse.
    pub discourse: &'a Discourse,
}

impl<'a> Reading<'a> {
    /// Reads a document.
    pub fn new(doc: &'a Doc<'a>, mentions: &'a Mentions, discourse: &'a Discourse) -> Self {
        Reading {
            doc,
            mentions,
            discourse,
        }
    }

    /// The sentences, for a grammar's loop: the iteration ends early when the check runs out
    /// of time (see [`crate::budget`]), so every family stops inside its own loop.
    pub fn sentences(&self) -> Sentences<'a> {
        Sentences(&self.doc.sentences)
    }

    /// Matches of a pattern over the normalised text of a span, as spans of the text, with
    /// the match's named groups as spans too (by name).
    ///
    /// Out of time (see [`crate::budget`]), it finds nothing: every grammar reads through it,
    /// so a family stops matching at once and the checker then reports the check as stopped.
    pub fn find(&self, re: &Regex, within: Span) -> Vec<Match> {
        if crate::budget::expired() {
            return Vec::new();
        }
        let (text, base) = self.doc.norm_of(within);
        re.captures_iter(text)
            .filter_map(|c| {
                let m = c.get(0)?;
                let groups = re
                    .capture_names()
                    .flatten()
                    .filter_map(|n| {
                        c.name(n).map(|g| {
                            (
                                n.to_string(),
                                self.doc.span_of_norm(base + g.start(), base + g.end()),
                            )
                        })
                    })
                    .collect();
                Some(Match {
                    span: self.doc.span_of_norm(base + m.start(), base + m.end()),
                    groups,
                })
            })
            .collect()
    }

    /// The mentions of a dimension inside a span.
    pub fn mentions_of(&self, within: Span, dim: Dim) -> Vec<&'a Mention> {
        self.mentions.of(within, dim).collect()
    }

    /// The roles of a trigger.
    pub fn roles(&self, trigger: Span) -> Roles {
        self.discourse.roles(self.doc, trigger)
    }

    /// The segment span holding `at` (the sentence when none).
    pub fn segment_span(&self, at: Span) -> Span {
        self.discourse
            .segment(at.start())
            .map(|s| s.span)
            .or_else(|| self.doc.sentence_at(at.start()).map(|s| s.span))
            .unwrap_or(at)
    }

    /// The sentence holding `at`.
    pub fn sentence_of(&self, at: Span) -> Option<&'a Sentence> {
        self.doc.sentence_at(at.start())
    }

    /// The scope of a claim triggered at `trigger`: the teams of its segment, its time cues,
    /// and the stage, competition and place of its sentence.
    pub fn scope(&self, trigger: Span) -> Scope {
        let seg = self.segment_span(trigger);
        let sentence = self.sentence_of(trigger);
        let sspan = sentence.map(|s| s.span).unwrap_or(seg);
        let teams: Vec<Entity> = self
            .discourse
            .entities_in(seg)
            .filter(|e| e.is_team())
            .cloned()
            .collect();
        let (time, sentence_time, sentence_any) =
            self.discourse.time(self.doc, self.mentions, trigger);
        let preceding = sentence
            .map(|cur| {
                self.doc.sentences[..cur.index]
                    .iter()
                    .rev()
                    .take_while(|s| s.paragraph == cur.paragraph)
                    .map(|s| crate::discourse::time::cues(self.doc, self.mentions, s.span))
                    .collect()
            })
            .unwrap_or_default();
        let mut scope = Scope {
            teams,
            time,
            sentence_time,
            sentence_any,
            headline: sentence.is_some_and(|s| s.headline),
            preceding,
            ..Default::default()
        };
        for m in self.mentions.within(sspan) {
            match &m.value {
                Value::Stage(s) if scope.stage.is_none() => scope.stage = Some(s.clone()),
                Value::Competition(c) if scope.competition.is_none() => {
                    scope.competition = Some(c.clone())
                }
                Value::Venue(v) if scope.venue.is_none() => scope.venue = Some(v.clone()),
                _ => {}
            }
        }
        scope
    }

    /// A frame with its scope, polarity and modality read from the discourse.
    pub fn frame(
        &self,
        family: &'static str,
        rule: &'static str,
        kind: Kind,
        span: Span,
        trigger: Span,
        predicate: Predicate,
    ) -> Frame {
        Frame {
            span,
            trigger,
            kind,
            family,
            rule,
            predicate,
            scope: self.scope(trigger),
            polarity: self.discourse.polarity(self.doc, trigger),
            modality: self.discourse.modality(self.doc, trigger),
            certain: true,
        }
    }
}

/// The sentences of a reading, iterated while the check has time left.
#[derive(Debug, Clone, Copy)]
pub struct Sentences<'a>(&'a [Sentence]);

fn in_time(_: &&Sentence) -> bool {
    !crate::budget::expired()
}

impl<'a> Sentences<'a> {
    /// The sentences in text order, while the check has time left.
    pub fn iter(
        &self,
    ) -> std::iter::TakeWhile<std::slice::Iter<'a, Sentence>, fn(&&Sentence) -> bool> {
        self.0.iter().take_while(in_time as fn(&&Sentence) -> bool)
    }
}

impl<'a> IntoIterator for Sentences<'a> {
    type Item = &'a Sentence;
    type IntoIter = std::iter::TakeWhile<std::slice::Iter<'a, Sentence>, fn(&&Sentence) -> bool>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// A pattern match: its span and its named groups' spans.
#[derive(Debug, Clone)]
pub struct Match {
    /// The whole match.
    pub span: Span,
    /// Named groups that matched.
    pub groups: Vec<(String, Span)>,
}

impl Match {
    /// A named group's span.
    pub fn group(&self, name: &str) -> Option<Span> {
        self.groups.iter().find(|g| g.0 == name).map(|g| g.1)
    }
}

/// Every family's frames for a document (no database).
pub fn recognise(reading: &Reading<'_>) -> Vec<Frame> {
    let mut out = Vec::new();
    for f in FAMILIES {
        (f.recognise)(reading, &mut out);
    }
    out.sort_by_key(|f| (f.span.start(), f.span.end()));
    out
}

/// The family corpora: `families/<name>/corpus.txt`, lines `text => summary ; summary`,
/// `text => -` (no frame of the family) or `text =>! summary`, where a summary is the frame's
/// kind and its predicate's `Display` (`scoreline result France win England 2-1`), with
/// `[negated]`, `[hedged]`, `[future]`… appended when the polarity or modality is not the
/// plain one.
#[cfg(test)]
pub mod corpus {
    use super::*;
    use crate::discourse::{Modality, Polarity};
    use crate::mentions::Lexicon;

    /// A frame's corpus summary.
    pub fn summary(f: &Frame) -> String {
        let mut s = format!("{} {}", f.kind.as_str(), f.predicate);
        if f.polarity == Polarity::Negated {
            s.push_str(" [negated]");
        }
        if f.modality != Modality::Asserted {
            s.push_str(&format!(
                " [{}]",
                format!("{:?}", f.modality).to_lowercase()
            ));
        }
        s
    }

    /// Whether each frame of `family` read in `text` is certain (may be contradicted).
    pub fn certainties(family: &str, text: &str) -> Vec<bool> {
        let lex = Lexicon::fixture();
        let doc = Doc::new(text);
        let mentions = Mentions::find(&doc, &lex);
        let discourse = Discourse::analyse(&doc, &mentions);
        let reading = Reading::new(&doc, &mentions, &discourse);
        recognise(&reading)
            .iter()
            .filter(|f| f.family == family)
            .map(|f| f.certain)
            .collect()
    }

    /// Runs a family's corpus.
    pub fn run(family: &str, corpus: &str) {
        let lex = Lexicon::fixture();
        let mut failures = Vec::new();
        let (mut pos, mut neg) = (0, 0);
        for (n, line) in corpus.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (text, expect, absent) = if let Some((t, e)) = line.split_once(" =>! ") {
                (t, e.trim(), true)
            } else if let Some((t, e)) = line.split_once(" => ") {
                (t, e.trim(), false)
            } else {
                failures.push(format!("line {}: no ` => `", n + 1));
                continue;
            };
            let doc = Doc::new(text);
            let mentions = Mentions::find(&doc, &lex);
            let discourse = Discourse::analyse(&doc, &mentions);
            let reading = Reading::new(&doc, &mentions, &discourse);
            let found: Vec<String> = recognise(&reading)
                .iter()
                .filter(|f| f.family == family)
                .map(summary)
                .collect();
            let ok = if absent {
                neg += 1;
                !found.iter().any(|f| f == expect)
            } else if expect == "-" {
                neg += 1;
                found.is_empty()
            } else {
                pos += 1;
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
            pos >= 5 && neg >= 3,
            "the {family} corpus needs at least 5 positive and 3 negative cases ({pos}, {neg})"
        );
        assert!(
            failures.is_empty(),
            "{family} corpus: {} failing\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
