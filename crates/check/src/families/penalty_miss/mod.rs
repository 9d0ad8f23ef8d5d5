//! Penalties missed or saved in open play: "Kane missed a crucial penalty", "Rodriguez's
//! penalty was saved by Lloris", "his effort was saved by Bazunu" (in a sentence about a
//! penalty), "had a second-half penalty saved", "blazed a second penalty over the bar", "X
//! saved Y's penalty".
//!
//! Verified against event data (StatsBomb) of the match the sentence is about: SUPPORTED when
//! the taker has a missed kick there that fits what is written (saved by the keeper named,
//! over the bar, the minute); CONTRADICTED only when the match's events are complete (an
//! excerpt never proves that a miss did not happen); unknown where no event data cover the
//! match. A kick of a shoot-out (the sentence, or the sentence before it in the
//! paragraph, speaks of one) is the shoot-out family's and is left alone; a negated miss ("he
//! wouldn't miss from the spot") is a goal, not a miss.
//!
//! Kind `penalty`; the span runs from the taker (or the penalty's possessor) to the miss, with
//! the goalkeeper and a minute written with it.

use super::goal::check::{minute_fit_at, resolve_in, Fit};
use super::{Family, Reading};
use crate::discourse::{Entity, Polarity};
use crate::doc::Span;
use crate::frames::{Frame, Kind, PenaltyMissClaim, Predicate};
use crate::mentions::{Dim, Value};
use crate::verify::{Context, Finding, PlayerRes, Tie};
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

/// The kick of the sentence before, gone over the bar: "The shot sailed well over the
/// crossbar", "It flew over the bar".
static OVER: Lazy<Regex> = Lazy::new(|| {
    re(r"(?ix)
        \b(?:the\s+)?(?:shot|effort|kick|attempt|ball|it)\s+(?:\w+\s+){0,2}?
        (?P<v>sailed|flew|went|ballooned|soared|flashed|rose|cleared|drifted|fizzed|whistled)\s+
        (?:\w+\s+){0,2}?over\s+(?:the\s+)?(?:cross)?bar\b
    ")
});

fn lower(r: &Reading<'_>, s: Span) -> String {
    r.doc.norm_of(s).0.to_lowercase()
}

/// True when the sentence (or the previous one of its paragraph) speaks of a shoot-out.
fn shootout_context(r: &Reading<'_>, i: usize) -> bool {
    let ss = &r.doc.sentences;
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
    // The taker of the last miss read, with its sentence and paragraph.
    let mut last: Option<(usize, usize, Option<Entity>)> = None;
    for (i, s) in r.sentences().iter().enumerate() {
        let text = lower(r, s.span);
        if !(text.contains("penalt") || text.contains("spot")) {
            // "The shot sailed well over the crossbar": the miss of the sentence before.
            let Some((li, para, taker)) = last.clone() else {
                continue;
            };
            if li + 1 != i || para != s.paragraph {
                continue;
            }
            for m in r.find(&OVER, s.span) {
                let f = r.frame(
                    "penalty_miss",
                    "over",
                    Kind::Penalty,
                    m.span,
                    m.group("v").unwrap_or(m.span),
                    Predicate::PenaltyMiss(PenaltyMissClaim {
                        taker: taker.clone(),
                        saved_by: None,
                        over_bar: true,
                        minute: None,
                    }),
                );
                if f.polarity != Polarity::Negated && taker.is_some() {
                    out.push(f);
                }
            }
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
            if let Predicate::PenaltyMiss(p) = &f.predicate {
                last = Some((i, s.paragraph, p.taker.clone()));
            }
            out.push(f);
        }
    }
}

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::PenaltyMiss(c) = &f.predicate else {
        return Finding::unknown("not a penalty miss", Tie::none("-"));
    };
    let (tie, m, events, against) =
        match super::play::match_and_events(ctx, f, "missed and saved penalties") {
            Ok(x) => x,
            Err(finding) => return *finding,
        };
    let Some(taker) = c.taker.as_ref() else {
        return Finding::unknown("the taker is not named", tie);
    };
    let name = ctx.doc.text_of(taker.span).to_string();
    let PlayerRes::One(pid) = resolve_in(ctx, &m, taker, &name) else {
        return Finding::unknown(
            format!("{name} could not be identified as a player of {against}"),
            tie,
        );
    };
    let (pens, complete) = events.penalties_of(pid);
    let credit = events.credit;
    // Each attribute the claim gives, checked on one kick: (fits, the kick's value).
    let keeper_fit = |s: &goalline_facts::events::Shot| -> Fit {
        let Some(k) = c.saved_by.as_ref() else {
            return Fit::Yes;
        };
        if !s.saved() {
            return Fit::No;
        }
        match (ctx.player(k), s.keeper.as_ref()) {
            (PlayerRes::One(kp), Some(sk)) if sk.player.is_some() => {
                if sk.is(kp) {
                    Fit::Yes
                } else {
                    Fit::No
                }
            }
            _ => Fit::Unsure,
        }
    };
    let minute_fit = |s: &goalline_facts::events::Shot| -> Fit {
        match c.minute.as_ref() {
            None => Fit::Yes,
            Some(mv) => minute_fit_at(mv, Some(s.time.display), true, m.result.extra_time),
        }
    };
    let bar_fit = |s: &goalline_facts::events::Shot| -> Fit {
        if !c.over_bar {
            return Fit::Yes;
        }
        match s.end {
            None => Fit::Unsure,
            Some(_) if s.over_bar() => Fit::Yes,
            Some(_) => Fit::No,
        }
    };
    let misses: Vec<&goalline_facts::events::Shot> =
        pens.iter().copied().filter(|s| s.missed()).collect();
    let fits = |s: &&goalline_facts::events::Shot| {
        [keeper_fit(s), minute_fit(s), bar_fit(s)]
            .iter()
            .all(|x| *x == Fit::Yes)
    };
    if let Some(s) = misses.iter().find(|s| fits(s)) {
        return Finding::holds(
            format!("{} ({credit})", s.describe()),
            tie,
            vec![s.evidence.clone(), m.row.evidence.clone()],
        );
    }
    // Nothing fits. With an excerpt of the match, a kick not in it may be the one meant.
    let plausible = |s: &&goalline_facts::events::Shot| {
        [keeper_fit(s), minute_fit(s), bar_fit(s)]
            .iter()
            .all(|x| *x != Fit::No)
    };
    if misses.iter().any(plausible) {
        return Finding::unknown(
            "a missed penalty is recorded, but the event data cannot tell the attributes written",
            tie,
        );
    }
    if !complete {
        return Finding::unknown(
            format!(
                "the event data for {against} are an excerpt ({credit}): they show no such miss, but cannot prove one did not happen"
            ),
            tie,
        );
    }
    let ev: Vec<_> = pens
        .iter()
        .map(|s| s.evidence.clone())
        .chain([m.row.evidence.clone()])
        .collect();
    let detail = if pens.is_empty() {
        format!("{name} took no penalty in {against} (complete event data, {credit})")
    } else if misses.is_empty() {
        format!(
            "{name} scored every penalty he took in {against}: {} ({credit})",
            pens.iter()
                .map(|s| s.describe())
                .collect::<Vec<_>>()
                .join("; ")
        )
    } else {
        format!(
            "{name}'s missed penalties in {against} were: {} ({credit})",
            misses
                .iter()
                .map(|s| s.describe())
                .collect::<Vec<_>>()
                .join("; ")
        )
    };
    let correct = if misses.is_empty() {
        "no missed penalty".to_string()
    } else {
        misses
            .iter()
            .map(|s| s.describe())
            .collect::<Vec<_>>()
            .join("; ")
    };
    Finding::fails(correct, detail, tie, ev)
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("penalty_miss", include_str!("corpus.txt"));
    }
}
