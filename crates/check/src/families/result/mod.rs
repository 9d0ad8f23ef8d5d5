//! Results: who beat whom, draws, and by what score.
//!
//! Grammar (each rule keeps to one clause):
//! - `headline`: `TEAM SCORE TEAM` ("Netherlands 2-4 Croatia", "Brazil - Italy 4:1"): the
//!   score in the order written;
//! - `verb`: a result verb with its roles — "France beat England 2-1", "England lost 2-1 to
//!   France", "were beaten by", "drew 1-1 with", "were held by" — and a score in the clause;
//! - `noun`: a score before a result noun — "a 3-3 draw", "a 2-0 loss to Bulgaria", "a 5-3
//!   extra-time win for Spain over Croatia", "Saturday's 1-0 win" — with the side from
//!   "for X"/"over X"/"to X"/a possessive or the clause's subject.
//!
//! A score written with a win or defeat is read winner-first ("lost 2-1" is 1-2 for the
//! loser). Shoot-out scores ("4-2 on penalties") belong to the shoot-out family.
//!
//! Verified against the match in scope: the outcome for the side (a shoot-out win is a draw in
//! the record: "beat" after a drawn match is only supported when the sentence speaks of
//! penalties, never contradicted), and the score in the side's order.

use super::{Family, Reading};
use crate::discourse::{Entity, Polarity};
use crate::doc::Span;
use crate::frames::{Frame, Kind, Outcome, Predicate, ResultClaim};
use crate::mentions::{Dim, ScoreKind, Value};
use crate::verify::{Context, Finding};
use goalline_facts::matches::MatchFacts;
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "result",
    recognise,
    verify,
};

/// Result verbs: (pattern, outcome for the agent).
static VERBS: Lazy<Vec<(Regex, Outcome)>> = Lazy::new(|| {
    let win = r"beat|beats|beating|defeated|defeats|defeat|overcame|overcome|overcomes|thrashed|thrash|thumped|hammered|crushed|routed|edged(?: past| out)?|saw off|dispatched|disposed of|downed|stunned|shocked|upset|humbled|humiliated|eliminated|knocked out|bounced|dumped|ousted|outclassed|overpowered|swept aside|brushed aside|battered|demolished|walloped|thrashing|trounced|overwhelmed|conquered|got past|won(?: against| over)?|wins?(?: against| over)?|triumphed(?: over| against)?|prevailed(?: over| against)?|cruised past|eased past|squeezed past|ran riot against|put \w+ past";
    let loss = r"lost(?: to| against| at home to)?|loses(?: to)?|losing(?: to)?|fell(?: to)|went down(?: to| against)?|succumbed(?: to)|slumped(?: to)|crashed(?: out)?(?: to)?|were beaten|was beaten|been beaten|beaten|were defeated|was defeated|were thrashed|were hammered|were humiliated|were stunned|were knocked out|were eliminated|suffered";
    let draw = r"drew(?: with| against)?|draw(?: with| against)|tied(?: with)?|were held|was held|held|shared the spoils";
    vec![
        (
            crate::rx::must(&format!(r"(?i)\b(?:{win})\b")),
            Outcome::Win,
        ),
        (
            crate::rx::must(&format!(r"(?i)\b(?:{loss})\b")),
            Outcome::Loss,
        ),
        (
            crate::rx::must(&format!(r"(?i)\b(?:{draw})\b")),
            Outcome::Draw,
        ),
    ]
});

/// Result nouns after a score: (pattern, outcome for the side the noun is "for").
static NOUNS: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^[\s,]*(?:(?:extra[- ]time|home|away|comeback|come-from-behind|stunning|shock|thrilling|remarkable|famous|historic|dramatic|emphatic|comfortable|narrow|convincing|crushing|humiliating|heavy|resounding|impressive|memorable|surprise|astonishing|incredible|deserved|hard-fought|nervy|vital|crucial|first|opening|final|morale-boosting|record|goalless|group|qualifying|friendly|knockout|league|world|cup|euro|copa|asian|gold|nations|[a-z]+-[a-z]+)\s+){0,4}(?P<noun>win|wins|victory|victories|triumph|success|defeat|defeats|loss|losses|reverse|draw|stalemate|rout|thrashing|drubbing|hammering|humiliation|demolition|romp|mauling|battering|pasting|walloping|trouncing|thumping|whitewash|scoreline|result|loss|tie)\b",
    )
});

fn noun_outcome(noun: &str) -> Outcome {
    match noun.to_ascii_lowercase().as_str() {
        "win" | "wins" | "victory" | "victories" | "triumph" | "success" | "rout" | "thrashing"
        | "drubbing" | "hammering" | "humiliation" | "demolition" | "romp" | "mauling"
        | "battering" | "pasting" | "walloping" | "trouncing" | "thumping" | "whitewash" => {
            Outcome::Win
        }
        "defeat" | "defeats" | "loss" | "losses" | "reverse" => Outcome::Loss,
        "draw" | "stalemate" => Outcome::Draw,
        _ => Outcome::Unknown,
    }
}

/// A live blog's running score: the line opens with a minute, a goal call or a break
/// ("71 min: GOAL! Jamaica 0-4 Italy", "Half-time: Portugal 1-2 Germany", "HT: …").
static RUNNING: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)(?:\b\d{1,3}(?:\+\d{1,2})?\s*(?:'|min\b|mins\b|minutes?\b)|\bgo+a+l+\b|\bhalf[- ]?time\b|\bht\b|\bhalf-way\b|\bthe break\b)[^\n]{0,40}$",
    )
});

/// True when the text of the line before `at` marks a running score.
fn running_score(r: &Reading<'_>, at: usize) -> bool {
    // At most 60 bytes back (bounded work whatever the line's length), from the line's start.
    let back = r.doc.text_of(r.doc.span(at.saturating_sub(60), at));
    let line = back.rfind('\n').map_or(back, |i| &back[i + 1..]);
    RUNNING.is_match(line)
}

/// True when a team is the object of a preposition in its segment ("against Tunisia").
fn governed(r: &Reading<'_>, seg: Span, e: &Entity) -> bool {
    let after = r
        .doc
        .text_of(r.doc.span(e.span.end(), (e.span.end() + 4).min(seg.end())));
    if e.possessive || after.starts_with("'s") || after.starts_with("\u{2019}s") {
        return false; // "ahead of Panama's Díaz": Panama possesses, "of" governs Díaz
    }
    let before = r
        .doc
        .text_of(r.doc.span(seg.start(), e.span.start()))
        .to_lowercase();
    let last = before
        .split_whitespace()
        .rev()
        .find(|w| !matches!(*w, "the" | "a" | "an" | "hosts" | "holders"))
        .unwrap_or("");
    matches!(
        last,
        "against" | "over" | "to" | "with" | "by" | "from" | "of" | "than" | "v" | "vs" | "versus"
    )
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    let first = out.len();
    recognise_results(r, out);
    for f in &mut out[first..] {
        // A result noun's match is between its own sides: a team governed by a preposition
        // before it belongs to another noun of the clause ("his brace against Tunisia and a
        // hat-trick in the 6-1 thrashing of Panama").
        if f.rule == "noun" {
            if let Predicate::Result(c) = &f.predicate {
                let own: Vec<Span> = c
                    .side
                    .iter()
                    .chain(c.opponent.iter())
                    .map(|e| e.span)
                    .collect();
                let seg = r.segment_span(f.trigger);
                let trigger = f.trigger;
                f.scope.teams.retain(|e| {
                    own.contains(&e.span)
                        || e.span.start() > trigger.start()
                        || !governed(r, seg, e)
                });
            }
        }
        if super::clause::demonstrative_before(r, f.span) {
            // "That 1-0 group defeat": a match spoken of before, not necessarily this one.
            f.certain = false;
        }
    }
}

fn recognise_results(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let scores: Vec<_> = r
            .mentions_of(s.span, Dim::Score)
            .into_iter()
            .filter_map(|m| match &m.value {
                Value::Score(v)
                    if matches!(
                        v.kind,
                        ScoreKind::Plain | ScoreKind::ExtraTime | ScoreKind::Goalless
                    ) =>
                {
                    Some((m.span, *v))
                }
                _ => None,
            })
            .collect();
        let mut used: Vec<Span> = Vec::new();
        // headline: TEAM SCORE TEAM.
        for (sp, v) in &scores {
            let teams: Vec<&Entity> = r
                .discourse
                .entities_in(s.span)
                .filter(|e| e.is_team())
                .collect();
            let before = teams.iter().rev().find(|e| e.span.end() <= sp.start());
            let after = teams.iter().find(|e| e.span.start() >= sp.end());
            if let (Some(a), Some(b)) = (before, after) {
                let gap1 = r
                    .doc
                    .text_of(r.doc.span(a.span.end(), sp.start()))
                    .trim()
                    .to_string();
                let gap2 = r
                    .doc
                    .text_of(r.doc.span(sp.end(), b.span.start()))
                    .trim()
                    .to_string();
                let glue = |g: &str| {
                    g.is_empty() || matches!(g, "-" | "\u{2013}" | "v" | "vs" | "v." | "vs.")
                };
                if glue(&gap1) && glue(&gap2) && !running_score(r, a.span.start()) {
                    let span = a.span.cover(b.span);
                    out.push(r.frame(
                        "result",
                        "headline",
                        Kind::Scoreline,
                        span,
                        *sp,
                        Predicate::Result(ResultClaim {
                            side: Some((*a).clone()),
                            opponent: Some((*b).clone()),
                            outcome: Outcome::Unknown,
                            score: Some((v.a, v.b)),
                            score_unordered: false,
                            extra_time: (v.kind == ScoreKind::ExtraTime).then_some(true),
                            verb: String::new(),
                        }),
                    ));
                    used.push(*sp);
                }
            }
            // "TEAM - TEAM SCORE" (a scoreboard line: "Brazil - Italy 4:1").
            if before.is_some() && after.is_none() {
                let pair: Vec<&&Entity> = teams
                    .iter()
                    .filter(|e| e.span.end() <= sp.start())
                    .collect();
                if pair.len() >= 2 {
                    let (a, b) = (pair[pair.len() - 2], pair[pair.len() - 1]);
                    let mid = r
                        .doc
                        .text_of(r.doc.span(a.span.end(), b.span.start()))
                        .trim()
                        .to_string();
                    let tail = r
                        .doc
                        .text_of(r.doc.span(b.span.end(), sp.start()))
                        .trim()
                        .to_string();
                    if matches!(mid.as_str(), "-" | "\u{2013}" | "v" | "vs" | "v." | "vs.")
                        && tail.is_empty()
                    {
                        out.push(r.frame(
                            "result",
                            "scoreboard",
                            Kind::Scoreline,
                            a.span.cover(*sp),
                            *sp,
                            Predicate::Result(ResultClaim {
                                side: Some((*a).clone()),
                                opponent: Some((*b).clone()),
                                outcome: Outcome::Unknown,
                                score: Some((v.a, v.b)),
                                score_unordered: false,
                                extra_time: None,
                                verb: String::new(),
                            }),
                        ));
                        used.push(*sp);
                    }
                }
            }
        }
        // verb: a result verb with its roles, and a score in its segment.
        for (re, outcome) in VERBS.iter() {
            for m in r.find(re, s.span) {
                let verb = r.doc.text_of(m.span).to_lowercase();
                // "had beaten" is the active perfect of "beat" (a win); a bare "beaten" after
                // its noun ("Germany, beaten 1-0 by France") is a defeat.
                let perfect = verb == "beaten"
                    && r.doc
                        .tokens_in(r.doc.span(s.span.start(), m.span.start()))
                        .iter()
                        .rev()
                        .find(|t| {
                            !matches!(
                                t.norm.as_str(),
                                "not" | "never" | "n't" | "already" | "just" | "yet" | "also"
                            )
                        })
                        .is_some_and(|t| {
                            matches!(
                                t.norm.as_str(),
                                "had" | "has" | "have" | "having" | "'d" | "'ve"
                            )
                        });
                // After a determiner, a number or an ordinal the word is a noun or an
                // adjective ("one win and two draws", "a second lost final", "the 2-1 defeat").
                let prev = r
                    .doc
                    .tokens_in(r.doc.span(s.span.start(), m.span.start()))
                    .last()
                    .map(|t| (t.norm.clone(), t.kind));
                if prev.as_ref().is_some_and(|(w, k)| {
                    *k == crate::doc::TokenKind::Number
                        || crate::mentions::numbers::parse_any(w).is_some()
                        || matches!(
                            w.as_str(),
                            "a" | "an"
                                | "the"
                                | "their"
                                | "his"
                                | "her"
                                | "its"
                                | "our"
                                | "this"
                                | "that"
                                | "every"
                                | "each"
                                | "no"
                                | "any"
                                | "another"
                                | "last"
                                | "only"
                                | "first"
                                | "-"
                                | "'s"
                                | "whose"
                        )
                        || w.ends_with("'s")
                }) {
                    continue;
                }
                // "won" needs a team subject and a score or an object: "won the World Cup" is
                // a title, "won a penalty" not a result.
                let roles = r.roles(m.span);
                let seg = r.segment_span(m.span);
                let score = scores
                    .iter()
                    .find(|(sp, _)| {
                        seg.contains(*sp) && sp.start() >= m.span.end() && !used.contains(sp)
                    })
                    .or_else(|| {
                        scores.iter().find(|(sp, _)| {
                            seg.contains(*sp) && sp.end() <= m.span.start() && !used.contains(sp)
                        })
                    });
                let agent = roles.agent.filter(|e| e.is_team());
                let patient = roles.patient.filter(|e| e.is_team());
                let mut outcome = if perfect { Outcome::Win } else { *outcome };
                let (side, opponent) = if roles.passive {
                    // "England were beaten by France": France won.
                    if outcome == Outcome::Win
                        || verb.starts_with("were")
                        || verb.starts_with("was")
                        || verb.starts_with("been")
                    {
                        outcome = match outcome {
                            Outcome::Draw => Outcome::Draw,
                            _ => Outcome::Loss,
                        };
                    }
                    (patient.or(agent.clone()), agent)
                } else {
                    (agent, patient)
                };
                let Some(side) = side else { continue };
                // A headline's bare participle ("Germany eliminated as …") has no object: it
                // may be passive; without an opponent it names no result.
                if outcome == Outcome::Win
                    && opponent.is_none()
                    && !roles.passive
                    && (verb.ends_with("ed") || verb.ends_with("en") || verb.ends_with("out"))
                {
                    continue;
                }
                if half_time(r, seg) {
                    continue; // a score at half-time is the score_at family's
                }
                if opponent.is_none() && unknown_team_after(r, m.span, seg) {
                    continue; // "beat Curacao" with a side the data do not know by that name
                }
                if verb.starts_with("won") || verb.starts_with("win") {
                    // "won one of their six shoot-outs", "won all three games": a record.
                    let next = r
                        .doc
                        .text_of(r.doc.span(m.span.end(), m.span.end() + 12))
                        .trim_start()
                        .to_lowercase();
                    let first = next.split_whitespace().next().unwrap_or("");
                    if matches!(
                        first,
                        "just"
                            | "only"
                            | "one"
                            | "all"
                            | "both"
                            | "every"
                            | "each"
                            | "none"
                            | "two"
                            | "three"
                            | "four"
                            | "five"
                            | "six"
                            | "seven"
                            | "eight"
                            | "nine"
                            | "ten"
                            | "their"
                            | "his"
                            | "her"
                            | "its"
                            | "back-to-back"
                            | "twice"
                    ) || first.chars().next().is_some_and(|c| c.is_ascii_digit())
                        && !first.contains('-')
                    {
                        continue;
                    }
                }
                if verb.starts_with("won") || verb.starts_with("win") {
                    if score.is_none() && opponent.is_none() {
                        continue;
                    }
                    // "won the final 2-1" keeps; "won a penalty", "won the trophy" go.
                    let next = r
                        .doc
                        .text_of(r.doc.span(m.span.end(), m.span.end() + 12))
                        .trim_start()
                        .to_lowercase();
                    if score.is_none() && (next.starts_with("a ") || next.starts_with("the ")) {
                        continue;
                    }
                }
                if verb == "suffered" && score.is_none() {
                    continue;
                }
                if score.is_none() && opponent.is_none() {
                    continue;
                }
                if opponent
                    .as_ref()
                    .is_some_and(|o| o.referent == side.referent)
                {
                    continue; // "Italy … their": one side twice is no result
                }
                if let Some((sp, _)) = score {
                    // A shoot-out score nearby makes it a shoot-out claim ("won 4-2 on
                    // penalties", "won the shootout 5-3", "lost the shoot-out 3-5").
                    let seg = r.doc.text_of(r.segment_span(*sp)).to_lowercase();
                    let between = r
                        .doc
                        .text_of(r.doc.span(m.span.end(), sp.start().max(m.span.end())))
                        .to_lowercase();
                    let shootout = |t: &str| {
                        t.contains("shootout")
                            || t.contains("shoot-out")
                            || t.contains("shoot out")
                            || t.contains("spot-kick")
                    };
                    if (seg.contains("penalt") && verb.contains("won")) || shootout(&between) {
                        continue;
                    }
                }
                let mut span = side.span.cover(m.span);
                if let Some(o) = &opponent {
                    span = span.cover(o.span);
                }
                if let Some((sp, _)) = score {
                    span = span.cover(*sp);
                    used.push(*sp);
                }
                let sc = score.map(|(_, v)| order(outcome, v.a, v.b));
                out.push(r.frame(
                    "result",
                    "verb",
                    Kind::Scoreline,
                    span,
                    m.span,
                    Predicate::Result(
                        ResultClaim {
                            side: Some(side),
                            opponent,
                            outcome,
                            score: sc,
                            score_unordered: false,
                            extra_time: score.and_then(|(_, v)| {
                                (v.kind == ScoreKind::ExtraTime).then_some(true)
                            }),
                            verb,
                        },
                    ),
                ));
            }
        }
        // noun: "a 3-3 draw", "Thursday's 2-0 loss to Bulgaria", "a 5-3 win for Spain over Croatia".
        for (sp, v) in &scores {
            if used.contains(sp) {
                continue;
            }
            let rest = r.doc.span(sp.end(), s.span.end());
            let (rest_text, _) = r.doc.norm_of(rest);
            let Some(c) = NOUNS.captures(rest_text) else {
                continue;
            };
            let Some(noun) = c.name("noun") else { continue };
            if half_time(r, r.segment_span(*sp)) {
                continue;
            }
            let mut outcome = noun_outcome(noun.as_str());
            // "Brazil's 3-0 defeat of Scotland": the possessor won.
            let of_follows = {
                let (t, _) = r.doc.norm_of(rest);
                t.get(noun.end()..)
                    .map(|x| x.trim_start().to_ascii_lowercase().starts_with("of "))
                    .unwrap_or(false)
            };
            if of_follows && outcome == Outcome::Loss {
                outcome = Outcome::Win;
            }
            if *v
                == (crate::mentions::ScoreValue {
                    a: v.a,
                    b: v.a,
                    kind: v.kind,
                })
                && outcome == Outcome::Unknown
            {
                outcome = Outcome::Draw;
            }
            let noun_end = r.doc.span_of_norm(
                r.doc.norm_of(rest).1 + noun.end(),
                r.doc.norm_of(rest).1 + noun.end(),
            );
            let after = r.doc.span(noun_end.end(), s.span.end());
            let seg = r.segment_span(*sp);
            // The side: "for X" / "X's" / the clause's subject; the opponent: "over/against/to/with X".
            let ents_after: Vec<&Entity> = r
                .discourse
                .entities_in(r.doc.span(after.start(), after.start() + 60))
                .filter(|e| e.is_team() && seg.contains(e.span))
                .collect();
            let mut side: Option<Entity> = None;
            let mut opponent: Option<Entity> = None;
            for e in ents_after.iter().take(2) {
                let before = r
                    .doc
                    .text_of(r.doc.span(after.start(), e.span.start()))
                    .to_lowercase();
                let prep = before.split_whitespace().last().unwrap_or("");
                match prep {
                    "of" if of_follows && opponent.is_none() => opponent = Some((*e).clone()),
                    // "a defeat by Ecuador": the winner; "a win by Spain": the side.
                    "by" if outcome == Outcome::Loss && opponent.is_none() => {
                        opponent = Some((*e).clone())
                    }
                    "for" | "by" if side.is_none() => side = Some((*e).clone()),
                    "over" | "against" | "to" | "with" | "at" | "from" if opponent.is_none() => {
                        opponent = Some((*e).clone())
                    }
                    _ => {}
                }
            }
            if side.is_none() {
                // Not a side governed by a preposition ("his brace against Tunisia and a
                // hat-trick in the 6-1 thrashing of Panama": Tunisia is not the winner).
                let governed = |e: &Entity| governed(r, seg, e);
                side = r
                    .discourse
                    .entities_in(seg)
                    .filter(|e| e.is_team() && e.span.end() <= sp.start() && !governed(e))
                    .last()
                    .cloned()
                    .or_else(|| {
                        r.discourse
                            .subject_before(
                                r.doc,
                                r.discourse.segment_at(sp.start()).unwrap_or(0),
                                *sp,
                            )
                            .filter(|e| e.is_team())
                    });
            }
            if opponent.is_none() && unknown_team_after(r, noun_end, seg) {
                continue;
            }
            let trigger = sp.cover(noun_end);
            let mut span = trigger;
            if let Some(o) = &opponent {
                span = span.cover(o.span);
            }
            let unordered = side.is_none() && outcome != Outcome::Draw;
            out.push(
                r.frame(
                    "result",
                    "noun",
                    Kind::Scoreline,
                    span,
                    trigger,
                    Predicate::Result(ResultClaim {
                        side,
                        opponent,
                        outcome,
                        score: Some(order(outcome, v.a, v.b)),
                        score_unordered: unordered,
                        extra_time: (v.kind == ScoreKind::ExtraTime
                            || r.doc.text_of(trigger).to_lowercase().contains("extra"))
                        .then_some(true),
                        verb: noun.as_str().to_lowercase(),
                    }),
                ),
            );
        }
    }
}

/// True when the segment speaks of half-time ("at the break", "the first half ended").
fn half_time(r: &Reading<'_>, seg: Span) -> bool {
    let t = r.doc.text_of(seg).to_lowercase();
    [
        "half-time",
        "halftime",
        "half time",
        "first half",
        "at the break",
        "the interval",
        "at the half",
    ]
    .iter()
    .any(|c| t.contains(c))
}

/// True when the words after a trigger name a side the lexicon does not know: a preposition
/// (or none) and a capitalised word that is not a team, weekday or month ("over Curacao").
fn unknown_team_after(r: &Reading<'_>, trigger: Span, seg: Span) -> bool {
    let rest = r.doc.span(trigger.end(), seg.end());
    let toks = r.doc.tokens_in(rest);
    let mut k = 0;
    while toks.get(k).is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "to" | "against" | "over" | "by" | "with" | "home" | "for" | "the" | "a"
        ) || t.kind == crate::doc::TokenKind::Number
            || t.norm == "-"
    }) {
        k += 1;
        if k > 4 {
            return false;
        }
    }
    let Some(t) = toks.get(k) else { return false };
    if !t.capitalised(r.doc) || k == 0 {
        return false;
    }
    let known = r
        .mentions
        .within(r.doc.span(t.span.start(), seg.end()))
        .any(|m| {
            m.span.start() == t.span.start()
                && matches!(
                    m.value,
                    Value::Team(_)
                        | Value::Date(_)
                        | Value::Weekday { .. }
                        | Value::Competition(_)
                        | Value::Stage(_)
                        | Value::Venue(_)
                )
        });
    !known
}

/// A score as (side's goals, opponent's goals) for an outcome, from the numbers as written
/// (winner first for wins and defeats).
fn order(outcome: Outcome, a: u32, b: u32) -> (u32, u32) {
    match outcome {
        Outcome::Win => (a.max(b), a.min(b)),
        Outcome::Loss => (a.min(b), a.max(b)),
        _ => (a, b),
    }
}

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::Result(c) = &f.predicate else {
        return Finding::unknown("not a result", crate::verify::Tie::none("-"));
    };
    let sides: Vec<&Entity> = c.side.iter().chain(c.opponent.iter()).collect();
    let pick = ctx.match_pick(f, &sides);
    let Some(m) = pick.m.clone() else {
        if let Some(found) =
            crate::verify::judge_candidates(ctx, &pick, |m, tie| judge(f, c, ctx, m, tie))
        {
            return found;
        }
        let tie = pick.tie;
        return Finding::unknown(format!("no match identified: {}", tie.why), tie);
    };
    judge(f, c, ctx, &m, pick.tie)
}

/// The result claim `c` judged against the match `m`.
fn judge(
    f: &Frame,
    c: &ResultClaim,
    ctx: &Context<'_>,
    m: &MatchFacts,
    tie: crate::verify::Tie,
) -> Finding {
    let (Some(h), Some(a)) = (m.row.home_score, m.row.away_score) else {
        return Finding::unknown("the score of this match is not recorded", tie);
    };
    let ev = vec![m.row.evidence.clone()];
    let side = c.side.as_ref().and_then(|e| ctx.team_in(e, m));
    let opp = c.opponent.as_ref().and_then(|e| ctx.team_in(e, m));
    let side = side.or_else(|| opp.map(|o| m.row.opponent(o)));
    if c.side.is_some() && side.is_none() {
        return Finding::unknown("the side named did not play in this match", tie);
    }
    let (gf, ga) = match side {
        Some(t) if t == m.row.home => (h, a),
        Some(_) => (a, h),
        None => (h, a),
    };
    let name = |t: goalline_core::TeamId| {
        if t == m.row.home {
            m.row.home_name.clone()
        } else {
            m.row.away_name.clone()
        }
    };
    let actual = match side {
        Some(t) => format!("{} {gf}-{ga} {}", name(t), name(m.row.opponent(t))),
        None => format!("{} {h}-{a} {}", m.row.home_name, m.row.away_name),
    };
    let detail = format!("{actual} ({})", m.row.tournament);
    // Outcome.
    let real = match gf.cmp(&ga) {
        std::cmp::Ordering::Greater => Outcome::Win,
        std::cmp::Ordering::Less => Outcome::Loss,
        std::cmp::Ordering::Equal => Outcome::Draw,
    };
    let mut detail = detail;
    let mut penalties_unsaid = false;
    if side.is_some() && c.outcome != Outcome::Unknown && c.outcome != real {
        // A drawn match won on penalties: "beat" is loose usage, not a contradiction.
        let mut loose = false;
        if real == Outcome::Draw && m.result.shootout.is_some() {
            let pens = ctx
                .doc
                .text_of(
                    ctx.doc
                        .sentence_at(f.span.start())
                        .map(|s| s.span)
                        .unwrap_or(f.span),
                )
                .to_lowercase();
            let won_pens = m.result.winner == side;
            let says_pens = pens.contains("penalt") || pens.contains("shoot");
            if (c.outcome == Outcome::Win && won_pens) || (c.outcome == Outcome::Loss && !won_pens)
            {
                // The score written is still checked below.
                loose = true;
                penalties_unsaid = !says_pens;
                detail = format!("{detail}, won on penalties");
            }
        }
        if !loose && real == Outcome::Draw && m.result.shootout.is_none() {
            // "beat China on penalties" after a draw whose shoot-out no source records.
            let sentence = ctx
                .doc
                .text_of(
                    ctx.doc
                        .sentence_at(f.span.start())
                        .map(|s| s.span)
                        .unwrap_or(f.span),
                )
                .to_lowercase();
            if sentence.contains("penalt") || sentence.contains("shoot") {
                return Finding::unknown(
                    format!(
                        "{detail}: a draw; the shoot-out the sentence speaks of is not recorded"
                    ),
                    tie,
                );
            }
        }
        if !loose {
            let word = match real {
                Outcome::Win => "won",
                Outcome::Loss => "lost",
                _ => "drew",
            };
            return Finding::fails(actual.clone(), format!("{detail}: {word}"), tie, ev);
        }
    }
    if let Some((x, y)) = c.score {
        let ok = if c.score_unordered || side.is_none() {
            (x, y) == (gf, ga) || (y, x) == (gf, ga)
        } else {
            (x, y) == (gf, ga)
        };
        if !ok {
            let correct = if side.is_some() && !c.score_unordered {
                format!("{gf}-{ga}")
            } else {
                format!("{}-{}", gf.max(ga), gf.min(ga))
            };
            return Finding::fails(correct, detail, tie, ev);
        }
        if c.extra_time == Some(true) {
            if let Some(false) = m.result.extra_time {
                return Finding::fails("no extra time", detail, tie, ev);
            }
        }
    }
    let _ = Polarity::Affirmed;
    if penalties_unsaid {
        return Finding::unknown(format!("{detail}: a draw, not a win"), tie);
    }
    Finding::holds(detail, tie, ev)
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("result", include_str!("corpus.txt"));
    }
}
