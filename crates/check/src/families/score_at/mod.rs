//! Scores at a moment of a match: half-time scores ("led 1-0 at half-time", "At halftime,
//! Argentina was ahead 1-0", "going behind at the break"), running scores ("came from 1-0 down
//! to lead 3-1", "it was confirmed as 2-0 for Argentina", "led 2-0 by the fifth minute") and
//! margins ("a four-goal lead in the first 16 minutes", "two goals down").
//!
//! Grammar: a score written with a lead or deficit word around it ("led", "were ahead", "up",
//! "down", "from … down", "a 2-1 lead", "confirmed as … for X"), a half-time score (the score
//! dimension's), a margin ("a four-goal lead", "two goals down"), or a lead, deficit or level
//! state at half-time without a score. The side is the clause's subject (or "for X"); the time
//! the clause's minute or window, or half-time. Scores that make a result ("beat them 2-1"),
//! the score after a goal ("made it 4-0", "(2-0, 40th)") and shoot-outs belong to other
//! families. Kind `scoreline`, or `minute` when the claim is the time ("by the fifth minute").
//!
//! Verifier: the match ([`crate::families::goal::check::match_of`], with the same signs of
//! another match), its goals replayed in minute order (all goals and minutes must be known):
//! the score at half-time (goals up to 45+), at a minute, reached inside a window, or at some
//! point when no time is given.

use super::goal::check::{match_of, other_match_signs};
use super::{Family, Reading};
use crate::discourse::Entity;
use crate::doc::Span;
use crate::frames::{Frame, Kind, Predicate, ScoreAtClaim};
use crate::mentions::{Dim, MinuteKind, MinuteValue, ScoreKind, Value};
use crate::verify::{Context, Finding, Tie};
use goalline_facts::matches::MatchFacts;
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "score_at",
    recognise,
    verify,
};

use crate::rx::must as re;

static LEAD_BEFORE: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?:led|leading|leads|lead|(?:were|was|are|is|went|go|going)\s+(?:\w+\s+)?(?:ahead|in\s+front|up)|ahead|in\s+front)\s*(?:by\s+)?$",
    )
});
static LEAD_AFTER: Lazy<Regex> =
    Lazy::new(|| re(r"(?i)^\s*(?:up|ahead|in\s+front|lead|advantage|cushion)\b"));
static TRAIL_BEFORE: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?:trailed|trailing|trail|trails|(?:were|was|are|is|fell|went|going)\s+(?:\w+\s+)?(?:behind|down))\s*(?:by\s+)?$",
    )
});
static TRAIL_AFTER: Lazy<Regex> = Lazy::new(|| re(r"(?i)^\s*(?:down|behind|deficit)\b"));
static AS_BEFORE: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?:confirmed\s+as|it\s+was|score\s+(?:was|stood\s+at|read)|stood\s+at|it\s+stood\s+at)\s*$",
    )
});
/// A result word next to the score: the result family's.
static RESULT_NEAR: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?:beat|beats|beating|won|win|wins|winning|lost|lose|loses|losing|drew|draw|defeat|defeated|victory|thrashed|thrashing|hammered|triumph|rout|loss|drubbing|edged|overcame|swept\s+aside|made\s+it|make\s+it|making\s+it|levell?ed|equalised|equalized|to\s+make)\b",
    )
});
static HT_WORDS: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?:at|by|going\s+into|into|heading\s+into|before)\s+(?:the\s+)?(?:half-?time|half\s+time|break|interval|half\b)(?:\s+(?:break|whistle))?|\bat\s+the\s+end\s+of\s+the\s+first\s+half\b|\bhalf-?time\s+(?:lead|deficit|score)",
    )
});
static MARGIN: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?P<n>a|an|one|two|three|four|five|six|seven|\d)[- ]goal\s+(?P<w>lead|advantage|cushion|deficit)\b|\b(?P<n2>a|one|two|three|four|five|six)\s+goals?\s+(?P<w2>down|up|ahead|behind|clear)\b",
    )
});
static SIGN_HT: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?P<w>led|were\s+ahead|was\s+ahead|went\s+in\s+ahead|going\s+in\s+ahead|going\s+behind|went\s+behind|were\s+behind|was\s+behind|trailed|trailing|were\s+level|was\s+level|went\s+in\s+level)\s+(?:\w+\s+){0,2}?(?:at|by|going\s+into|into)\s+(?:the\s+)?(?:half-?time|half\s+time|break|interval)",
    )
});

fn lower(r: &Reading<'_>, s: Span) -> String {
    r.doc.norm_of(s).0.to_lowercase()
}

fn number(w: &str) -> Option<u32> {
    match w.to_lowercase().as_str() {
        "a" | "an" | "one" => Some(1),
        w => crate::mentions::numbers::parse_number(w),
    }
}

/// The team subject of a clause around `at` (the subject of the cue, or the first team of
/// the segment before it).
fn side_of(r: &Reading<'_>, at: Span) -> Option<Entity> {
    let agent = r.roles(at).agent.filter(|e| e.is_team());
    if agent.is_some() {
        return agent;
    }
    let seg = r.segment_span(at);
    r.discourse
        .entities_in(seg)
        .filter(|e| e.is_team() && e.span.end() <= at.start() && !e.possessive)
        .last()
        .cloned()
}

/// "5-0 up in 29 mins", "ahead in 12 minutes".
static IN_N_MINUTES: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::must(
        r"(?i)\b(?:up|ahead|down|behind|in\s+front|clear)\s+(?:in|after)\s+(?:just\s+|only\s+)?(?P<n>\d{1,3})\s+(?:minutes|mins)\b",
    )
});

/// The time of a claim in its segment: half-time words, else its minute or window.
fn time_of(r: &Reading<'_>, seg: Span, sentence: Span) -> (Option<(Span, MinuteValue)>, bool) {
    let text = lower(r, seg);
    let stext = lower(r, sentence);
    let ht =
        HT_WORDS.is_match(&text) || (seg.start() == sentence.start() && HT_WORDS.is_match(&stext));
    // A fronted "At halftime," belongs to the clause after it.
    let fronted_ht = {
        let before = lower(r, r.doc.span(sentence.start(), seg.start()));
        before.split(',').count() <= 2 && HT_WORDS.is_match(&before) && before.len() < 30
    };
    let minute = r
        .mentions_of(seg, Dim::Minute)
        .into_iter()
        .find_map(|m| match &m.value {
            Value::Minute(v) => Some((m.span, *v)),
            _ => None,
        })
        .or_else(|| {
            // "5-0 up in 29 mins": after a lead word, "in N minutes" counts from kick-off
            // (elsewhere "in N minutes" is as often a span: "twice in six minutes").
            let (t, base) = r.doc.norm_of(seg);
            let c = IN_N_MINUTES.captures(t)?;
            let n: u16 = c.name("n")?.as_str().parse().ok()?;
            let g = c.get(0)?;
            let span = r.doc.span_of_norm(base + g.start(), base + g.end());
            (1..=120).contains(&n).then_some((
                span,
                MinuteValue {
                    base: n,
                    stoppage: None,
                    kind: MinuteKind::Within,
                    from: 1,
                    to: n,
                },
            ))
        });
    (minute, ht || fronted_ht)
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let sentence = s.span;
        let stext = lower(r, sentence);
        if stext.contains("penalt") && (stext.contains("shoot") || stext.contains("on penalties")) {
            continue;
        }
        let mut used: Vec<Span> = Vec::new();
        // Scores with a lead, deficit or "as" word, and half-time scores.
        for m in r.mentions_of(sentence, Dim::Score) {
            let Value::Score(v) = &m.value else { continue };
            if !matches!(
                v.kind,
                ScoreKind::Plain | ScoreKind::HalfTime | ScoreKind::Goalless
            ) {
                continue;
            }
            let seg = r.segment_span(m.span);
            let before = lower(
                r,
                r.doc.span(
                    seg.start().max(m.span.start().saturating_sub(40)),
                    m.span.start(),
                ),
            );
            let after = lower(
                r,
                r.doc.span(
                    m.span.end(),
                    (m.span.end() + 40).min(seg.end().max(m.span.end())),
                ),
            );
            let near_before = lower(
                r,
                r.doc
                    .span(m.span.start().saturating_sub(14), m.span.start()),
            );
            if before.trim_end().ends_with('(') || RESULT_NEAR.is_match(&near_before) {
                continue;
            }
            // A result word right after ("a 2-1 win") or a goal verb before ("put them … at 3-1"
            // is the goal family's score after).
            let after_word = after.split_whitespace().next().unwrap_or("");
            if RESULT_NEAR.is_match(after_word) || after_word.starts_with("victor") {
                continue;
            }
            // The mention may hold its own word ("3-0 up at the interval").
            let inner = lower(r, m.span);
            let inner_rest = inner
                .trim_start_matches(|c: char| {
                    c.is_ascii_digit() || c == '-' || c == ' ' || c == ':'
                })
                .to_string();
            let after = format!("{inner_rest} {after}");
            let lead = LEAD_BEFORE.is_match(&before) || LEAD_AFTER.is_match(&after);
            let trail = TRAIL_BEFORE.is_match(&before) || TRAIL_AFTER.is_match(&after);
            let as_word = AS_BEFORE.is_match(&before);
            let ht_kind = v.kind == ScoreKind::HalfTime;
            let (minute, ht_words) = time_of(r, seg, sentence);
            let half_time = ht_kind || ht_words;
            if !(lead || trail || as_word || (half_time && ht_kind)) {
                continue;
            }
            // The side: "for X" after the score, else the clause's subject.
            let for_side = r
                .discourse
                .entities_in(
                    r.doc
                        .span(m.span.end(), (m.span.end() + 30).min(sentence.end())),
                )
                .find(|e| e.is_team())
                .filter(|e| {
                    let gap = lower(r, r.doc.span(m.span.end(), e.span.start()));
                    matches!(gap.trim(), "for" | "to")
                })
                .cloned();
            let side = for_side.clone().or_else(|| side_of(r, m.span));
            let (a, b) = (v.a, v.b);
            let score = if lead && !trail {
                (a.max(b), a.min(b))
            } else if trail && !lead {
                (a.min(b), a.max(b))
            } else {
                (a, b)
            };
            // With no side, only a level score or a side-free score is checkable (either order).
            let side = if lead || trail || for_side.is_some() {
                side
            } else {
                None
            };
            let mut span = m.span;
            if let Some(e) = &side {
                if e.span.start() >= seg.start() || e.span.start() + 60 > m.span.start() {
                    span = span.cover(e.span);
                }
            }
            let cue_end = r
                .find(&HT_WORDS, seg)
                .into_iter()
                .map(|x| x.span)
                .find(|x| x.start() >= m.span.end() && half_time);
            if let Some(c) = cue_end {
                span = span.cover(c);
            }
            if let Some((ms, _)) = minute {
                span = span.cover(ms);
            }
            if let Some(e) = &for_side {
                span = span.cover(e.span);
            }
            push(
                r,
                out,
                span,
                m.span,
                side,
                Some(score),
                None,
                false,
                minute,
                half_time,
            );
            used.push(m.span);
        }
        // Margins: "a four-goal lead", "two goals down".
        for mm in r.find(&MARGIN, sentence) {
            let n = mm
                .group("n")
                .or(mm.group("n2"))
                .and_then(|g| number(&lower(r, g)));
            let w = mm
                .group("w")
                .or(mm.group("w2"))
                .map(|g| lower(r, g))
                .unwrap_or_default();
            let Some(n) = n else { continue };
            let sign = if matches!(w.as_str(), "deficit" | "down" | "behind") {
                -1
            } else {
                1
            };
            let Some(side) = side_of(r, mm.span) else {
                continue;
            };
            let seg = r.segment_span(mm.span);
            let (minute, half_time) = time_of(r, seg, sentence);
            let mut span = side.span.cover(mm.span);
            if let Some((ms, _)) = minute {
                span = span.cover(ms);
            }
            push(
                r,
                out,
                span,
                mm.span,
                Some(side),
                None,
                Some(sign * n as i32),
                false,
                minute,
                half_time,
            );
        }
        // A lead, deficit or level at half-time without a score.
        for mm in r.find(&SIGN_HT, sentence) {
            if used
                .iter()
                .any(|u| r.segment_span(*u) == r.segment_span(mm.span))
            {
                continue;
            }
            let w = mm.group("w").map(|g| lower(r, g)).unwrap_or_default();
            let sign = if w.contains("behind") || w.contains("trail") {
                -1
            } else if w.contains("level") {
                0
            } else {
                1
            };
            let side = side_of(r, mm.span).or_else(|| {
                // "going behind at halftime" in a participle: the host clause's side.
                r.discourse
                    .entities_in(sentence)
                    .filter(|e| e.is_team() && e.span.end() <= mm.span.start())
                    .last()
                    .cloned()
            });
            let Some(side) = side else { continue };
            push(
                r,
                out,
                mm.span,
                mm.span,
                Some(side),
                None,
                Some(sign),
                true,
                None,
                true,
            );
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn push(
    r: &Reading<'_>,
    out: &mut Vec<Frame>,
    span: Span,
    trigger: Span,
    side: Option<Entity>,
    score: Option<(u32, u32)>,
    margin: Option<i32>,
    sign_only: bool,
    minute: Option<(Span, MinuteValue)>,
    half_time: bool,
) {
    let at = minute.map(|m| m.1);
    // The claim is the time when a minute other than half-time or the first half is given.
    let timed = at.is_some_and(|m| {
        !(half_time || (m.kind == MinuteKind::Within && m.from == 1 && m.to == 45))
    });
    let kind = if timed { Kind::Minute } else { Kind::Scoreline };
    let span = r.doc.trim(span, &[',', ';', ' ']);
    let f = r.frame(
        "score_at",
        if margin.is_some() { "margin" } else { "score" },
        kind,
        span,
        trigger,
        Predicate::ScoreAt(ScoreAtClaim {
            side,
            score,
            margin,
            sign_only,
            at: if half_time { None } else { at },
            half_time,
        }),
    );
    out.push(f);
}

/// A moment of a match: the elapsed minute, the label's base, the score (side's view).
type State = (u16, u16, (u32, u32));

/// The score (side's view) after each goal, in time order, with the goal's elapsed minute and
/// label base; `None` when the goals or their minutes are not all known.
fn timeline(m: &MatchFacts, side: Option<goalline_core::TeamId>) -> Option<Vec<State>> {
    if !m.goals.complete || m.goals.goals.iter().any(|g| g.minute.is_none()) {
        return None;
    }
    let mut out = Vec::new();
    for g in &m.goals.goals {
        let mm = g.minute?;
        let (h, a) = g.score_after;
        let view = match side {
            Some(t) if t == m.row.away => (a, h),
            _ => (h, a),
        };
        out.push((mm.elapsed(), mm.base, view));
    }
    Some(out)
}

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::ScoreAt(c) = &f.predicate else {
        return Finding::unknown("not a score", Tie::none("-"));
    };
    let sides: Vec<&Entity> = c.side.iter().collect();
    let (tie, m) = match_of(ctx, f, &sides);
    let Some(m) = m else {
        return Finding::unknown(format!("no match identified: {}", tie.why), tie);
    };
    let tie = match other_match_signs(ctx, f, &m) {
        Some(why) if tie.certain => tie.uncertain(why),
        _ => tie,
    };
    let side = c
        .side
        .as_ref()
        .and_then(|e| ctx.team_of(e))
        .filter(|t| m.involves(*t));
    if c.side.is_some() && side.is_none() {
        return Finding::unknown("the side named did not play in this match", tie);
    }
    let Some(tl) = timeline(&m, side) else {
        return Finding::unknown(
            "the goals of this match or their minutes are not all known",
            tie,
        );
    };
    let name = |t: goalline_core::TeamId| ctx.facts.team_name(t).to_string();
    let pred = |s: (u32, u32)| -> bool {
        match (c.score, c.margin) {
            (Some((x, y)), _) => {
                if side.is_some() {
                    s == (x, y)
                } else {
                    s == (x, y) || s == (y, x)
                }
            }
            (None, Some(mg)) => {
                let lead = s.0 as i32 - s.1 as i32;
                if c.sign_only {
                    lead.signum() == mg.signum()
                } else {
                    lead == mg
                }
            }
            _ => false,
        }
    };
    let show = |s: (u32, u32)| match side {
        Some(t) => format!("{} {}-{}", name(t), s.0, s.1),
        None => format!("{}-{}", s.0, s.1),
    };
    // States: (from elapsed minute, score) — 0-0 from kick-off, then after each goal.
    let mut states: Vec<State> = vec![(0, 0, (0, 0))];
    states.extend(tl.iter().copied());
    let state_at = |t: u16| -> (u32, u32) {
        states
            .iter()
            .rfind(|(e, _, _)| *e <= t)
            .map(|x| x.2)
            .unwrap_or((0, 0))
    };
    let ev = vec![m.row.evidence.clone()];
    let against = crate::verify::context::label(&m.row);
    if c.half_time {
        let ht = states
            .iter()
            .rfind(|(_, base, _)| *base <= 45)
            .map(|x| x.2)
            .unwrap_or((0, 0));
        return if pred(ht) {
            Finding::holds(format!("half-time {}", show(ht)), tie, ev)
        } else {
            Finding::fails(
                show(ht),
                format!("the half-time score was {} ({against})", show(ht)),
                tie,
                ev,
            )
        };
    }
    match c.at {
        None => {
            if states.iter().any(|s| pred(s.2)) {
                Finding::holds(format!("the score was so in {against}"), tie, ev)
            } else {
                let seq = states
                    .iter()
                    .map(|s| show(s.2))
                    .collect::<Vec<_>>()
                    .join(", ");
                Finding::fails(
                    format!("the scores were {seq}"),
                    format!("the scores of {against} were {seq}"),
                    tie,
                    ev,
                )
            }
        }
        Some(at) => {
            let (from, to) = (at.from, at.to);
            let window_end = if matches!(to, 45 | 90 | 105 | 120) {
                to + 30
            } else {
                to
            };
            match at.kind {
                MinuteKind::Within => {
                    // Reached inside the window.
                    let hit = states
                        .iter()
                        .filter(|(_, base, _)| {
                            *base >= from.saturating_sub(1)
                                && (*base <= to
                                    || (matches!(to, 45 | 90 | 105 | 120) && *base == to))
                        })
                        .any(|s| pred(s.2))
                        || (pred(state_at(from.saturating_sub(1))) && from > 1);
                    let start_ok = from <= 1 && pred((0, 0));
                    if hit || start_ok {
                        Finding::holds(
                            format!("reached between {from}' and {to}' in {against}"),
                            tie,
                            ev,
                        )
                    } else {
                        let s = state_at(window_end);
                        Finding::fails(
                            format!("{} by {to}'", show(s)),
                            format!("the score was {} by {to}' ({against})", show(s)),
                            tie,
                            ev,
                        )
                    }
                }
                MinuteKind::Fuzzy => {
                    let hit = (from..=to).any(|t| pred(state_at(t)));
                    if hit {
                        Finding::holds(
                            format!("the score was so around {from}'-{to}' in {against}"),
                            tie,
                            ev,
                        )
                    } else {
                        Finding::unknown(
                            format!("the score around then was {}", show(state_at(to))),
                            tie,
                        )
                    }
                }
                MinuteKind::At | MinuteKind::FromEnd => {
                    let (a, b) = (state_at(from), state_at(to));
                    // A goal right at the edges makes the moment unsure.
                    let edge = tl.iter().any(|(e, _, _)| *e + 1 >= from && *e <= to + 1);
                    if pred(a) || pred(b) {
                        Finding::holds(format!("{} at {to}' in {against}", show(b)), tie, ev)
                    } else if edge {
                        Finding::unknown(
                            format!(
                                "a goal came around then; the score was {} at {to}'",
                                show(b)
                            ),
                            tie,
                        )
                    } else {
                        Finding::fails(
                            show(b),
                            format!("the score at {to}' was {} ({against})", show(b)),
                            tie,
                            ev,
                        )
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("score_at", include_str!("corpus.txt"));
    }
}
