//! Penalties missed or saved in open play: "Kane missed a crucial penalty", "Rodriguez's
//! penalty was saved by Lloris", "his effort was saved by Bazunu" (in a sentence about a
//! penalty), "had a second-half penalty saved", "blazed a second penalty over the bar", "X
//! saved Y's penalty".
//!
//! No open dataset records them (only StatsBomb events, not imported): the verifier says so,
//! always unknown. A kick of a shoot-out (the sentence, or the sentence before it in the
//! paragraph, speaks of one) is the shoot-out family's and is left alone; a negated miss ("he
//! wouldn't miss from the spot") is a goal, not a miss.
//!
//! Kind `penalty`; the span runs from the taker (or the penalty's possessor) to the miss, with
//! the goalkeeper and a minute written with it.

use super::{Family, Reading};
use crate::discourse::{Entity, Polarity};
use crate::doc::Span;
use crate::frames::{Frame, Kind, PenaltyMissClaim, Predicate};
use crate::mentions::{Dim, Value};
use crate::verify::{Context, Finding, Tie};
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "penalty_miss",
    recognise,
    verify,
};

use crate::rx::must as re;

/// Misses: the penalty (or the shot of a penalty sentence) and what happened to it.
static MISS: Lazy<Regex> = Lazy::new(|| {
    re(r"(?ix)
        \b(?P<a>miss(?:ed|es|ing)?)\s+(?:a|the|his|her|their|an)?\s*(?:[\w-]+\s+){0,2}?(?P<pa>penalty|spot[-\s]kick)\b
      | \b(?P<pb>penalty|spot[-\s]kick|effort|kick|attempt|shot)\s+(?:\w+\s+){0,4}?(?:was|were|got|had\s+been)\s+(?P<b>saved|held|parried|stopped|kept\s+out|pushed\s+away|tipped\s+(?:away|over|wide|onto\s+the\s+(?:post|bar))|blocked|missed)\b
      | \b(?:had|saw|seen|see|sees)\s+(?:a|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?P<pc>penalty|spot[-\s]kick|effort|kick)\s+(?P<c>saved|held|parried|stopped|kept\s+out|blocked)\b
      | \b(?P<d>blazed|skied|sk(?:y|ies)|fired|sent|struck|hit|put|smashed|dragged|scuffed|ballooned|rattled|crashed|slammed|drilled|side-footed|rolled|placed)\s+(?:a|the|his|her|their)?\s*(?:[\w-]+\s+){0,2}?(?P<pd>penalty|spot[-\s]kick|kick)\s+(?:\w+\s+){0,2}?(?:over|wide|against\s+the\s+(?:post|bar|crossbar|upright)|onto\s+the\s+(?:post|bar|crossbar|upright)|off\s+the\s+(?:post|bar|crossbar|upright))\b
      | \b(?P<e>saved|stopped|denied|kept\s+out|blocked)\s+(?:[\w\x{2019}'.-]+\s+){0,3}?(?P<pe>penalty|spot[-\s]kick)\b
      | \b(?P<f>failed\s+to\s+convert|missed\s+from\s+the\s+(?:penalty\s+)?spot|failed\s+from\s+the\s+(?:penalty\s+)?spot|could\s+not\s+convert|couldn't\s+convert)\b
    ")
});

/// A shoot-out named in a sentence.
static SHOOTOUT: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\bshoot-?\s?outs?\b|\bon\s+penalties\b|\bspot-kicks\b|\bpenalties\s+and\b|\bwent\s+to\s+penalties\b|\bdecisive\s+(?:kick|penalty)\b|\bsudden\s+death\b",
    )
});

fn lower(r: &Reading<'_>, s: Span) -> String {
    r.doc.norm_of(s).0.to_lowercase()
}

/// True when the sentence (or the previous one of its paragraph) speaks of a shoot-out.
fn shootout_context(r: &Reading<'_>, i: usize) -> bool {
    let ss = r.sentences();
    let here = lower(r, ss[i].span);
    if SHOOTOUT.is_match(&here) {
        return true;
    }
    if i > 0 && ss[i - 1].paragraph == ss[i].paragraph {
        let prev = lower(r, ss[i - 1].span);
        return SHOOTOUT.is_match(&prev) && r.mentions_of(ss[i].span, Dim::Minute).is_empty();
    }
    false
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for (i, s) in r.sentences().iter().enumerate() {
        let text = lower(r, s.span);
        if !(text.contains("penalt") || text.contains("spot")) {
            continue;
        }
        if shootout_context(r, i) {
            continue;
        }
        for m in r.find(&MISS, s.span) {
            let seg = r.segment_span(m.span);
            // The taker: a possessive right before the penalty, the subject, or the possessor
            // of a saved penalty ("saved Rodriguez's penalty").
            let saved_first = m.group("e").is_some();
            let taker: Option<Entity> = if saved_first {
                r.discourse
                    .entities_in(m.span)
                    .find(|e| e.possessive && !e.is_team())
                    .cloned()
            } else {
                r.discourse
                    .entities_in(r.doc.span(seg.start(), m.span.start()))
                    .filter(|e| !e.is_team())
                    .last()
                    .cloned()
                    .or_else(|| r.roles(m.span).agent.filter(|e| !e.is_team()))
            };
            let keeper: Option<Entity> = if saved_first {
                r.roles(m.span).agent.filter(|e| !e.is_team())
            } else {
                let after = r.doc.span(m.span.end(), (m.span.end() + 60).min(seg.end()));
                r.discourse
                    .entities_in(after)
                    .find(|e| {
                        let gap = lower(r, r.doc.span(m.span.end(), e.span.start()));
                        gap.trim_start().starts_with("by")
                    })
                    .cloned()
            };
            // A keeper read as the taker himself ("the keeper" resolved to the taker) is none.
            let keeper = keeper.filter(|k| taker.as_ref().is_none_or(|t| t.referent != k.referent));
            let minute =
                r.mentions_of(seg, Dim::Minute)
                    .into_iter()
                    .find_map(|mm| match &mm.value {
                        Value::Minute(v) => Some((mm.span, *v)),
                        _ => None,
                    });
            let mut span = m.span;
            for e in taker.iter().chain(keeper.iter()) {
                if seg.contains(e.span) {
                    span = span.cover(e.span);
                }
            }
            if let Some((ms, _)) = minute {
                if ms.start() <= span.end() + 30 {
                    span = span.cover(ms);
                }
            }
            let over_bar = lower(r, m.span).contains("over");
            let f = r.frame(
                "penalty_miss",
                "miss",
                Kind::Penalty,
                span,
                m.span,
                Predicate::PenaltyMiss(PenaltyMissClaim {
                    taker,
                    saved_by: keeper,
                    over_bar,
                    minute: minute.map(|x| x.1),
                }),
            );
            // "he wouldn't miss from the spot": a goal, not a miss.
            if f.polarity == Polarity::Negated {
                continue;
            }
            out.push(f);
        }
    }
}

fn verify(_f: &Frame, _ctx: &Context<'_>) -> Finding {
    Finding::unknown(
        "missed and saved penalties in open play are not recorded in any open dataset",
        Tie::none("penalty misses are not in the data"),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("penalty_miss", include_str!("corpus.txt"));
    }
}
