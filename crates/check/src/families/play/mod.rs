//! Plays that only event data record: an assist ("set up Giroud's goal", "assisted by
//! Griezmann", "provided the assist for"), the woodwork ("hit the post", "struck the underside
//! of the crossbar"), a penalty won ("won a penalty", "was brought down for a penalty") and a
//! goalkeeper's save ("saved from Kane", "denied Mbappe").
//!
//! Grammar: a play verb in a clause, the actor from the clause's subject (or the name after
//! "assisted by"), the other person from a possessive or an object ("Giroud's goal", "for
//! Giroud", "from Kane"), a minute written in the clause. A penalty kick against the woodwork
//! is the penalty family's; shoot-out sentences are the shoot-out family's.
//!
//! Verified against event data (StatsBomb) of the match the sentence is about: SUPPORTED when a
//! recorded event fits, CONTRADICTED only when the match's events are complete (an excerpt
//! never proves an absence), unknown where no event data cover the match. Kind `other`.

use super::goal::check::{match_of, minute_fit_at, other_match_signs, resolve_in, Fit};
use super::{Family, Reading};
use crate::discourse::{Entity, Polarity};
use crate::doc::Span;
use crate::frames::{Frame, Kind, PlayClaim, PlayKind, Predicate};
use crate::mentions::{Dim, Value};
use crate::verify::{Context, Finding, PlayerRes, Tie};
use goalline_core::{Evidence, PlayerId};
use goalline_facts::events::{MatchEvents, Person};
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "play",
    recognise,
    verify,
};

use crate::rx::must as re;

static PLAY: Lazy<Regex> = Lazy::new(|| {
    re(r"(?ix)
        \b(?P<assist>set\s+up|sets\s+up|setting\s+up|teed\s+up|laid\s+on)\s+(?:[\w\x{2019}'.-]+\s+){0,3}?
          (?:goal|opener|equali[sz]er|winner|header|strike|finish)\b
      | \b(?P<assist2>assisted\s+by|provided\s+the\s+assist\s+for|assists?\s+for)\b
      | \b(?P<wood>hit|struck|rattled|clipped|smacked|thumped|crashed\s+\w+\s+against|came\s+back\s+off|cannoned\s+off|bounced\s+off)\s+
          (?:(?:the|an)\s+)?(?:underside\s+of\s+the\s+|inside\s+of\s+the\s+|foot\s+of\s+the\s+|outside\s+of\s+the\s+)?
          (?P<what>post|crossbar|bar|woodwork|upright|frame\s+of\s+the\s+goal)\b
      | \b(?P<won>won|earned|drew|wins|earns)\s+(?:a|the|his\s+side\s+a|his\s+team\s+a|their\s+side\s+a)\s+(?:late\s+|second\s+|first\s+)?penalty\b
      | \b(?P<save>saved\s+from|denied|kept\s+out)\s+
    ")
});

/// A shoot-out named in a sentence (its kicks are the shoot-out family's).
static SHOOTOUT: Lazy<Regex> =
    Lazy::new(|| re(r"(?i)\bshoot-?\s?outs?\b|\bon\s+penalties\b|\bspot-kicks\b"));

fn lower(r: &Reading<'_>, s: Span) -> String {
    r.doc.norm_of(s).0.to_lowercase()
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let text = lower(r, s.span);
        if !(text.contains("set")
            || text.contains("assist")
            || text.contains("teed")
            || text.contains("laid")
            || text.contains("post")
            || text.contains("bar")
            || text.contains("woodwork")
            || text.contains("upright")
            || text.contains("penalty")
            || text.contains("saved")
            || text.contains("denied")
            || text.contains("kept out"))
        {
            continue;
        }
        if SHOOTOUT.is_match(&text) {
            continue;
        }
        for m in r.find(&PLAY, s.span) {
            let seg = r.segment_span(m.span);
            let seg_text = lower(r, seg);
            let kind = if m.group("assist").is_some() || m.group("assist2").is_some() {
                PlayKind::Assist
            } else if m.group("wood").is_some() {
                // A penalty against the woodwork is the penalty family's.
                if seg_text.contains("penalt") || seg_text.contains("spot-kick") {
                    continue;
                }
                PlayKind::Woodwork
            } else if m.group("won").is_some() {
                PlayKind::PenaltyWon
            } else {
                PlayKind::Save
            };
            let people = |sp: Span| -> Vec<Entity> {
                r.discourse
                    .entities_in(sp)
                    .filter(|e| !e.is_team())
                    .cloned()
                    .collect()
            };
            let before = people(r.doc.span(seg.start(), m.span.start()));
            let after_span = r.doc.span(m.span.start(), seg.end());
            let after = people(after_span);
            let passive_by = lower(r, m.span).starts_with("assisted");
            let subject = before
                .iter()
                .rev()
                .find(|e| !e.possessive)
                .cloned()
                .or_else(|| r.roles(m.span).agent.filter(|e| !e.is_team()));
            let (actor, other) = match kind {
                // "Giroud's header, assisted by Griezmann": the passer follows "by".
                PlayKind::Assist if passive_by => (after.first().cloned(), before.last().cloned()),
                PlayKind::Assist | PlayKind::Save => (subject, after.first().cloned()),
                PlayKind::Woodwork | PlayKind::PenaltyWon => (subject, None),
            };
            let Some(actor) = actor else {
                continue;
            };
            // A save needs a person saved from ("denied Croatia" is a result).
            if kind == PlayKind::Save && other.is_none() {
                continue;
            }
            let minute =
                r.mentions_of(seg, Dim::Minute)
                    .into_iter()
                    .find_map(|mm| match &mm.value {
                        Value::Minute(v) => Some((mm.span, *v)),
                        _ => None,
                    });
            let mut span = m.span.cover(actor.span);
            if let Some(o) = &other {
                if seg.contains(o.span) {
                    span = span.cover(o.span);
                }
            }
            if let Some((ms, _)) = minute {
                if seg.contains(ms) {
                    span = span.cover(ms);
                }
            }
            let f = r.frame(
                "play",
                kind.as_str(),
                Kind::Other,
                span,
                m.span,
                Predicate::Play(PlayClaim {
                    kind,
                    actor: Some(actor),
                    other,
                    minute: minute.map(|x| x.1),
                }),
            );
            if f.polarity == Polarity::Negated {
                continue;
            }
            out.push(f);
        }
    }
}

/// A person of the match: resolved, or unknown.
fn person(
    ctx: &Context<'_>,
    m: &goalline_facts::matches::MatchFacts,
    e: &Entity,
) -> Option<PlayerId> {
    let name = ctx.doc.text_of(e.span).to_string();
    match resolve_in(ctx, m, e, &name) {
        PlayerRes::One(p) => Some(p),
        _ => None,
    }
}

fn is(p: &Person, who: Option<PlayerId>) -> bool {
    who.is_some_and(|w| p.is(w))
}

/// The match of a frame and its event data: (tie, match, events, the match's label), or the
/// unknown finding that says why there are none (`what`: the plays, for the message).
pub fn match_and_events(
    ctx: &Context<'_>,
    f: &Frame,
    what: &str,
) -> Result<
    (
        Tie,
        goalline_facts::matches::MatchFacts,
        MatchEvents,
        String,
    ),
    Box<Finding>,
> {
    let (tie, m) = match_of(ctx, f, &[]);
    let Some(m) = m else {
        return Err(Box::new(Finding::unknown(
            format!("no match identified: {}", tie.why),
            tie,
        )));
    };
    let tie = match other_match_signs(ctx, f, &m) {
        Some(why) if tie.certain => tie.uncertain(why),
        _ => tie,
    };
    let against = crate::verify::context::label(&m.row);
    match ctx.facts.match_events(m.row.id) {
        Ok(Some(ev)) => Ok((tie, m, ev, against)),
        Ok(None) => Err(Box::new(Finding::unknown(
            format!("{what} are recorded only in event data, and no event data covers {against}"),
            tie,
        ))),
        Err(_) => Err(Box::new(Finding::unknown(
            "the event data could not be read",
            tie,
        ))),
    }
}

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::Play(c) = &f.predicate else {
        return Finding::unknown("not a play", Tie::none("-"));
    };
    let what = c.kind.describe();
    let (tie, m, ev, against) = match match_and_events(ctx, f, what) {
        Ok(x) => x,
        Err(finding) => return *finding,
    };
    let Some(actor_e) = c.actor.as_ref() else {
        return Finding::unknown("nobody is named", tie);
    };
    let Some(actor) = person(ctx, &m, actor_e) else {
        return Finding::unknown(
            format!(
                "{} could not be identified as a player of {against}",
                ctx.doc.text_of(actor_e.span)
            ),
            tie,
        );
    };
    let other = c.other.as_ref().and_then(|o| person(ctx, &m, o));
    if c.other.is_some() && other.is_none() {
        return Finding::unknown(
            format!(
                "{} could not be identified as a player of {against}",
                ctx.doc
                    .text_of(c.other.as_ref().map(|o| o.span).unwrap_or_default())
            ),
            tie,
        );
    }
    let at = |t: &goalline_facts::events::EventTime| match c.minute.as_ref() {
        None => Fit::Yes,
        Some(mv) => minute_fit_at(mv, Some(t.display), true, m.result.extra_time),
    };
    // (description, evidence, fit) of each event of the kind, by the actor.
    let mut cands: Vec<(String, Evidence, Fit)> = Vec::new();
    match c.kind {
        PlayKind::Assist => {
            for a in ev.assists.iter().filter(|a| a.passer.is(actor)) {
                let other_fit = match (other, &a.scorer) {
                    (None, _) => Fit::Yes,
                    (Some(o), Some(s)) if s.player.is_some() => {
                        if s.is(o) {
                            Fit::Yes
                        } else {
                            Fit::No
                        }
                    }
                    _ => Fit::Unsure,
                };
                let fit = worst(at(&a.time), other_fit);
                cands.push((a.evidence.text.clone(), a.evidence.clone(), fit));
            }
        }
        PlayKind::Woodwork => {
            for s in ev
                .shots
                .iter()
                .filter(|s| !s.shootout && s.woodwork() && s.shooter.is(actor))
            {
                cands.push((s.describe(), s.evidence.clone(), at(&s.time)));
            }
        }
        PlayKind::PenaltyWon => {
            for p in ev.penalties_won.iter().filter(|p| p.won_by.is(actor)) {
                cands.push((p.evidence.text.clone(), p.evidence.clone(), at(&p.time)));
            }
        }
        PlayKind::Save => {
            for s in ev
                .saves
                .iter()
                .filter(|s| !s.shootout && s.keeper.is(actor))
            {
                let other_fit = match (other, &s.shooter) {
                    (None, _) => Fit::Yes,
                    (Some(_), Some(sh)) if sh.player.is_some() => {
                        if is(sh, other) {
                            Fit::Yes
                        } else {
                            Fit::No
                        }
                    }
                    _ => Fit::Unsure,
                };
                cands.push((
                    s.evidence.text.clone(),
                    s.evidence.clone(),
                    worst(at(&s.time), other_fit),
                ));
            }
        }
    }
    if let Some((d, e, _)) = cands.iter().find(|x| x.2 == Fit::Yes) {
        return Finding::holds(
            format!("{d} ({})", ev.credit),
            tie,
            vec![e.clone(), m.row.evidence.clone()],
        );
    }
    if cands.iter().any(|x| x.2 == Fit::Unsure) || !ev.proves_absence() {
        return Finding::unknown(
            format!(
                "the event data for {against} ({}) show no such play{}",
                ev.credit,
                if ev.proves_absence() {
                    " that can be told apart"
                } else {
                    ", but they are an excerpt and cannot prove one did not happen"
                }
            ),
            tie,
        );
    }
    let name = ctx.doc.text_of(actor_e.span).to_string();
    let (correct, detail) = if cands.is_empty() {
        (
            format!("no {} by {name}", c.kind.singular()),
            format!(
                "complete event data for {against} ({}) record no {} by {name}",
                ev.credit,
                c.kind.singular()
            ),
        )
    } else {
        let list = cands
            .iter()
            .map(|x| x.0.clone())
            .collect::<Vec<_>>()
            .join("; ");
        (
            list.clone(),
            format!("{name}'s {what} in {against} were: {list} ({})", ev.credit),
        )
    };
    let mut evidence: Vec<Evidence> = cands.into_iter().map(|x| x.1).collect();
    evidence.push(m.row.evidence.clone());
    Finding::fails(correct, detail, tie, evidence)
}

fn worst(a: Fit, b: Fit) -> Fit {
    match (a, b) {
        (Fit::No, _) | (_, Fit::No) => Fit::No,
        (Fit::Unsure, _) | (_, Fit::Unsure) => Fit::Unsure,
        _ => Fit::Yes,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("play", include_str!("corpus.txt"));
    }
}
