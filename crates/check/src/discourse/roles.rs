//! Who did what: the agent and the patient of a trigger word ("beat", "scored", "missed",
//! "saved"), through active and passive voice, possessives, relative clauses and appositions.
//!
//! - Active: the agent is the nearest entity before the trigger in its segment (an apposition
//!   between them is skipped: "Kane, the captain, scored"); with none there, the entity that
//!   the segment's host gives (the antecedent of "who", the subject of the main clause for a
//!   participle or "and then" clause). The patient is the first entity after the trigger in
//!   the segment.
//! - Passive ("were beaten by", "was saved by"): the agent follows "by"; the patient is the
//!   subject.
//! - Possessive ("Kane's penalty", "his header"): the possessor is the agent of a noun trigger.

use super::clauses::{Segment, SegmentKind};
use super::entities::Entity;
use super::Discourse;
use crate::doc::{Doc, Span};

/// The roles of a trigger.
#[derive(Debug, Clone, Default)]
pub struct Roles {
    /// Who did it.
    pub agent: Option<Entity>,
    /// To whom / what.
    pub patient: Option<Entity>,
    /// Passive voice.
    pub passive: bool,
}

const BE: &[&str] = &[
    "was", "were", "been", "be", "being", "is", "are", "got", "get", "gets", "had", "has",
];

/// True when the trigger is a passive participle ("were beaten by", "was saved by").
fn is_passive(doc: &Doc<'_>, seg: &Segment, trigger: Span) -> bool {
    let toks = doc.tokens_in(seg.span);
    let Some(k) = toks.iter().position(|t| t.span.start() >= trigger.start()) else {
        return false;
    };
    let before: Vec<&str> = toks[k.saturating_sub(3)..k]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let be = before
        .iter()
        .rev()
        .take(2)
        .any(|w| BE.contains(w) && *w != "had" && *w != "has")
        || before.ends_with(&["had", "been"])
        || before.ends_with(&["has", "been"]);
    // A participle after a form of "be" ("were beaten", "was eliminated with a 2-1 defeat",
    // "had been held"); the agent, if any, follows "by". "were beating" is progressive.
    let participle = !toks[k].norm.ends_with("ing");
    be && participle
}

impl Discourse {
    /// The roles of the trigger at `trigger`.
    pub fn roles(&self, doc: &Doc<'_>, trigger: Span) -> Roles {
        let Some(si) = self.segment_at(trigger.start()) else {
            return Roles::default();
        };
        let seg = self.segments[si];
        let passive = is_passive(doc, &seg, trigger);
        let in_seg: Vec<&Entity> = self.entities_in(seg.span).collect();
        let before = in_seg
            .iter()
            .filter(|e| e.span.end() <= trigger.start())
            .copied()
            .collect::<Vec<_>>();
        let after = in_seg
            .iter()
            .filter(|e| e.span.start() >= trigger.end())
            .copied()
            .collect::<Vec<_>>();
        if passive {
            let by = doc
                .tokens_in(seg.span.after(trigger))
                .iter()
                .find(|t| t.norm == "by")
                .map(|t| t.span.end());
            let agent =
                by.and_then(|b| after.iter().find(|e| e.span.start() >= b).copied().cloned());
            let patient = self.subject_before(doc, si, trigger);
            return Roles {
                agent,
                patient,
                passive,
            };
        }
        let agent = self.subject_before(doc, si, trigger);
        let patient = after.first().copied().cloned();
        let _ = before;
        Roles {
            agent,
            patient,
            passive,
        }
    }

    /// The subject of a trigger: the nearest entity before it in its segment (skipping an
    /// entity that is the object of a preposition right before the trigger's clause), else the
    /// one the segment's host provides.
    pub fn subject_before(&self, doc: &Doc<'_>, si: usize, trigger: Span) -> Option<Entity> {
        let seg = self.segments[si];
        let cands: Vec<&Entity> = self
            .entities_in(seg.span)
            .filter(|e| e.span.end() <= trigger.start())
            .collect();
        // Prefer the last entity not governed by a preposition ("against Senegal, Kane scored").
        let governed = |e: &Entity| {
            let from = doc
                .sentence_at(e.span.start())
                .map(|s| s.span)
                .unwrap_or(seg.span);
            let before = doc.text_of(from.before(e.span)).trim_end().to_lowercase();
            let last = before.rsplit(' ').next().unwrap_or("");
            matches!(
                last,
                "against"
                    | "over"
                    | "to"
                    | "from"
                    | "with"
                    | "for"
                    | "of"
                    | "by"
                    | "than"
                    | "in"
                    | "at"
                    | "on"
                    | "into"
                    | "past"
                    | "beyond"
                    | "above"
                    | "around"
                    | "behind"
                    | "under"
                    | "between"
                    | "beside"
                    | "onto"
                    | "towards"
                    | "toward"
                    | "v"
                    | "vs"
                    | "versus"
            )
        };
        if let Some(e) = cands.iter().rev().find(|e| !governed(e) && !e.possessive) {
            return Some((*e).clone());
        }
        if let Some(e) = cands.iter().rev().find(|e| !governed(e)) {
            return Some((*e).clone());
        }
        // No subject in the segment: a relative clause's antecedent, or the host's subject.
        match seg.kind {
            SegmentKind::Relative => {
                let host = seg.host?;
                self.entities_in(self.segments[host].span).last().cloned()
            }
            SegmentKind::Participle | SegmentKind::Subordinate | SegmentKind::Main => {
                // "…, and then nodded in": the previous main segment's subject.
                let prev = (0..si)
                    .rev()
                    .take_while(|&j| self.segments[j].sentence == seg.sentence)
                    .find(|&j| self.segments[j].kind == SegmentKind::Main)?;
                let first_trigger_like = self.segments[prev].span;
                self.entities_in(first_trigger_like)
                    .find(|e| !governed(e))
                    .cloned()
            }
            _ => None,
        }
    }
}
