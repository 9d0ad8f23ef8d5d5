//! Layer 3, discourse: how the sentences hang together.
//!
//! - [`clauses`]: one splitter turns each sentence into segments (main, relative, subordinate,
//!   participle, parenthetical, quote) that know what they qualify;
//! - [`entities`]: every team and person referred to, by name, pronoun or description, with
//!   coreference resolved where the text allows;
//! - [`roles`]: who did what to whom for a trigger word, in active and passive voice;
//! - [`polarity`]: negation and modality (hedged, future, conditional, question, reported);
//! - [`time`]: the time cues of a clause and its background markers;
//! - [`Focus`]: what the article is about (its most named teams), from the text alone.
//!
//! Nothing here reads the database: the tie of a clause to a real match is made by the
//! verifiers from these symbolic cues.

pub mod clauses;
#[cfg(test)]
mod corpus;
pub mod entities;
pub mod polarity;
pub mod roles;
pub mod time;

pub use clauses::{Segment, SegmentKind};
pub use entities::{Entity, Referent, TeamRole, Via};
pub use polarity::{Modality, Polarity};
pub use roles::Roles;
pub use time::TimeCues;

use crate::doc::{Doc, Span};
use crate::mentions::{Mentions, Value};
use goalline_core::TeamId;
use std::collections::HashMap;

/// What the article is about, read from the text alone.
#[derive(Debug, Clone, Default)]
pub struct Focus {
    /// Teams by weight (headline and first paragraph count triple), heaviest first.
    pub teams: Vec<(TeamId, String, usize)>,
}

impl Focus {
    /// The two most named teams.
    pub fn main_pair(&self) -> Vec<TeamId> {
        self.teams.iter().take(2).map(|t| t.0).collect()
    }

    /// True when `team` is one of the two main teams.
    pub fn is_main(&self, team: TeamId) -> bool {
        self.teams.iter().take(2).any(|t| t.0 == team)
    }
}

/// The discourse of an article.
#[derive(Debug, Clone, Default)]
pub struct Discourse {
    /// Segments in text order.
    pub segments: Vec<Segment>,
    /// Entities in text order.
    pub entities: Vec<Entity>,
    /// What the article is about.
    pub focus: Focus,
    /// Indexes of [`Discourse::entities`] sorted by (end, index).
    by_end: Vec<usize>,
    /// The length of the longest entity span.
    longest: usize,
}

impl Discourse {
    /// Analyses an article.
    pub fn analyse(doc: &Doc<'_>, mentions: &Mentions) -> Discourse {
        let segments = clauses::split(doc);
        let entities = entities::find(doc, mentions);
        let focus = focus(doc, mentions);
        let mut by_end: Vec<usize> = (0..entities.len()).collect();
        by_end.sort_by_key(|&j| (entities[j].span.end(), j));
        let longest = entities.iter().map(|e| e.span.len()).max().unwrap_or(0);
        Discourse {
            segments,
            entities,
            focus,
            by_end,
            longest,
        }
    }

    /// The segments of sentence `si` (segments are in text order: a binary search).
    pub fn segments_of(&self, si: usize) -> &[Segment] {
        let a = self.segments.partition_point(|g| g.sentence < si);
        let b = self.segments.partition_point(|g| g.sentence <= si);
        crate::budget::count(b.saturating_sub(a));
        &self.segments[a..b.max(a)]
    }

    /// The index of the segment holding byte `i`.
    pub fn segment_at(&self, i: usize) -> Option<usize> {
        let k = self.segments.partition_point(|s| s.span.end() <= i);
        (k < self.segments.len() && self.segments[k].span.contains_pos(i))
            .then_some(k)
            .or_else(|| {
                // Between segments (on a comma): the next one, in the same sentence.
                (k < self.segments.len() && self.segments[k].span.start() >= i)
                    .then_some(k)
                    .filter(|&j| {
                        j == 0 || self.segments[j].sentence == self.segments[j - 1].sentence
                    })
            })
    }

    /// The segment holding byte `i`.
    pub fn segment(&self, i: usize) -> Option<&Segment> {
        self.segment_at(i).map(|k| &self.segments[k])
    }

    /// Polarity of the statement triggered at `trigger`.
    pub fn polarity(&self, doc: &Doc<'_>, trigger: Span) -> Polarity {
        self.segment(trigger.start())
            .map(|s| polarity::polarity(doc, s, trigger))
            .unwrap_or(Polarity::Affirmed)
    }

    /// Modality of the statement triggered at `trigger`.
    pub fn modality(&self, doc: &Doc<'_>, trigger: Span) -> Modality {
        let Some(seg) = self.segment(trigger.start()) else {
            return Modality::Asserted;
        };
        let sentence = doc
            .sentences
            .get(seg.sentence)
            .map(|s| s.span)
            .unwrap_or(seg.span);
        polarity::modality(doc, seg, sentence, trigger)
    }

    /// Entities whose start lies in `from..to`, in text order (a binary search: no scan of the
    /// article's entities).
    pub fn entities_starting(&self, from: usize, to: usize) -> &[Entity] {
        let a = self.entities.partition_point(|e| e.span.start() < from);
        let b = self.entities.partition_point(|e| e.span.start() < to);
        crate::budget::count(b.saturating_sub(a));
        &self.entities[a..b.max(a)]
    }

    /// The entity ending last at or before byte `i` (the last in text order among those ending
    /// there): what `entities.iter().filter(|e| e.span.end() <= i).max_by_key(|e| e.span.end())`
    /// finds, by a binary search over the entities sorted by end.
    pub fn last_ending_by(&self, i: usize) -> Option<&Entity> {
        let k = self
            .by_end
            .partition_point(|&j| self.entities[j].span.end() <= i);
        k.checked_sub(1).map(|k| &self.entities[self.by_end[k]])
    }

    /// Entities that contain `s` (by a binary search bounded by the longest entity).
    pub fn entities_containing(&self, s: Span) -> impl Iterator<Item = &Entity> {
        self.entities_starting(s.end().saturating_sub(self.longest), s.start() + 1)
            .iter()
            .filter(move |e| e.span.contains(s))
    }

    /// Entities inside a span.
    pub fn entities_in(&self, s: Span) -> impl Iterator<Item = &Entity> {
        // Entities are sorted by start: only those starting inside the span can be in it.
        let a = self
            .entities
            .partition_point(|e| e.span.start() < s.start());
        let b = self.entities.partition_point(|e| e.span.start() < s.end());
        crate::budget::count(b.saturating_sub(a));
        self.entities[a..b.max(a)]
            .iter()
            .filter(move |e| s.contains(e.span))
    }

    /// The time cues of the segment holding `at`; the cues it inherits from its sentence —
    /// those of the clauses it hangs on (a "when …" clause takes its main clause's "in 1966")
    /// and of fronted adverbials ("In 2018, France beat Croatia") but not those of a sibling
    /// clause ("…, avenging their defeat four years ago"); and the cues of the whole sentence.
    pub fn time(
        &self,
        doc: &Doc<'_>,
        mentions: &Mentions,
        at: Span,
    ) -> (TimeCues, TimeCues, TimeCues) {
        let Some(k) = self.segment_at(at.start()) else {
            return Default::default();
        };
        let seg = &self.segments[k];
        let own = time::segment_cues(doc, mentions, seg);
        let mut spans: Vec<Span> = vec![seg.span];
        let mut host = seg.host;
        let mut guard = 0;
        while let Some(h) = host {
            spans.push(self.segments[h].span);
            host = self.segments[h].host;
            guard += 1;
            if guard > 8 {
                break;
            }
        }
        // Fronted adverbials: segments that open the sentence before ours and name nobody.
        // The sentence's segments before ours: they end before ours starts, and the list is in
        // text order (a binary search, not a scan of the whole article).
        let first = self.segments[..k]
            .iter()
            .rposition(|s| s.sentence != seg.sentence)
            .map_or(0, |p| p + 1);
        for s in self.segments[first..k]
            .iter()
            .filter(|s| s.sentence == seg.sentence && s.span.end() <= seg.span.start())
        {
            if self.entities_in(s.span).next().is_none() && !spans.contains(&s.span) {
                spans.push(s.span);
            } else {
                break;
            }
        }
        spans.sort();
        let mut inherited = TimeCues::default();
        for sp in spans {
            merge(&mut inherited, time::cues(doc, mentions, sp));
        }
        let whole = doc
            .sentence_at(at.start())
            .map(|s| time::cues(doc, mentions, s.span))
            .unwrap_or_default();
        (own, inherited, whole)
    }
}

fn merge(into: &mut TimeCues, c: TimeCues) {
    into.date = into.date.or(c.date);
    if into.edition.is_none() {
        into.edition = c.edition;
    }
    into.years_ago = into.years_ago.or(c.years_ago);
    into.weekday = into.weekday.or(c.weekday);
    into.relative_day = into.relative_day.or(c.relative_day);
    into.shifted = into.shifted.or(c.shifted);
    into.stage = into.stage.or(c.stage);
    into.period = into.period.or(c.period);
    into.prior |= c.prior;
    for b in c.background {
        if !into.background.contains(&b) {
            into.background.push(b);
        }
    }
}

/// The article's focus: team mentions weighted by place (headline and first paragraph ×3).
fn focus(doc: &Doc<'_>, mentions: &Mentions) -> Focus {
    let mut w: HashMap<TeamId, (String, usize)> = HashMap::new();
    let first_para = doc.paragraphs.first().copied();
    for m in &mentions.all {
        let Value::Team(t) = &m.value else { continue };
        if t.teams.len() != 1 {
            continue;
        }
        let s = doc.sentence_at(m.span.start());
        let heavy = s.is_some_and(|s| s.headline || s.index < 2)
            || first_para.is_some_and(|p| p.contains(m.span));
        let e = w.entry(t.teams[0]).or_insert((t.name.clone(), 0));
        e.1 += if heavy { 3 } else { 1 };
    }
    let mut teams: Vec<(TeamId, String, usize)> =
        w.into_iter().map(|(id, (n, c))| (id, n, c)).collect();
    teams.sort_by(|a, b| b.2.cmp(&a.2).then(a.1.cmp(&b.1)));
    Focus { teams }
}
