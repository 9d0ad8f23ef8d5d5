//! Penalty shoot-outs: who won ("won 4-2 on penalties", "triumphed 5-4 on penalties", "were
//! sent packing from Euro 2020 in a shoot-out against Switzerland", "defeated defending
//! champions Senegal on penalties", "a huge penalty shootout victory against hosts USA",
//! "knocked England out of the semi-finals on penalties in Turin"), that one took place ("the
//! shootout in the Italia 90 semi-final in Turin"), who kicked first ("Switzerland went first in
//! the shootout"), how many kicks went in ("all nine kicks were converted", "were flawless"),
//! and single kicks ("Mbappe saw his effort saved by Yann Sommer", "Coman and Tchouaméni failed
//! from the spot", "Hakimi scoring the decisive kick", "Hoeness sent West Germany's fourth
//! attempt over the bar").
//!
//! Grammar: a shoot-out word ("on penalties", "shoot-out", a score written "4-2 on penalties")
//! in a clause, with the winner and loser from the clause's verb ("beat", "knocked out", "lost
//! to", "were sent packing") or a noun after the shoot-out word ("shootout victory against",
//! "shootout defeat by"); records ("had never won a shoot-out") are left to the records family.
//! Lists of occasions after a colon ("in penalty shootouts: in Dakar in 1992 and in Bata in
//! 2015") make one claim each. Kicks are read in sentences about a shoot-out (the sentence or
//! the one before names it); each attribute is its own claim.
//!
//! Verified against the shoot-out the clause is about (see [`crate::verify::event`], with the
//! shoot-out, the match score, the stage and the place written as hints): the winner from
//! shootouts.csv, Fjelstul or openfootball; the score where Fjelstul or openfootball record it
//! (unknown otherwise: shootouts.csv has only the winner); the first kicker from shootouts.csv;
//! kicks from Fjelstul's penalty_kicks and openfootball's kick lists (World Cups and a few old
//! Euros), unknown elsewhere. "All nine converted" is the number of kicks scored; "flawless" is
//! decided by every kick sequence the score and first kicker allow.

mod kicks;

use super::clause;
use super::{Family, Reading};
use crate::discourse::Entity;
use crate::doc::Span;
use crate::frames::{Frame, Kind, Predicate, ShootoutClaim};
use crate::mentions::{Dim, ScoreKind, Value, VenueKind};
use crate::verify::event::{self, Hints};
use crate::verify::{Context, Finding, Tie};
use goalline_core::{Stage, TeamId};
use goalline_facts::matches::MatchFacts;
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "shootout",
    recognise,
    verify,
};

/// Shoot-out words.
static SHOOTOUT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:(?:on|via|through|after|needed|need|needing) (?:penalties|pens|spot-kicks|kicks from the penalty mark)|(?:penalty )?shoot-?outs?|spot-kick (?:win|victory|defeat|loss|success))\b",
    )
});

/// Win verbs (the agent won the shoot-out).
static WIN: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:beat|beats|beating|defeated|defeating|defeats|won|win|wins|winning|triumphed|triumphing|prevailed|prevailing|edged|edging|saw off|see off|seeing off|sees off|knocked|knocking|knock|eliminated|eliminating|overcame|overcoming|got past|get past|went through|go through|progressed|advanced|dumped|ousted|squeezed past)\b",
    )
});

/// Loss verbs (the agent lost it).
static LOSS: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:lost|losing|lose|loses|were beaten|was beaten|were knocked out|was knocked out|were eliminated|was eliminated|went out|go out|crashed out|bowed out|were sent packing|was sent packing|sent packing|fell|exited)\b",
    )
});

/// A noun after the shoot-out word ("shootout victory against", "shoot-out defeat by").
static NOUN_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^\s*(?P<n>victory|win|success|triumph|defeat|loss|exit|heartbreak|agony)\b",
    )
});

/// Records and firsts: another family's.
static RECORD: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:never|ever|first time|history|record|all-time|previous \w+ (?:attempts|shoot-?outs)|only (?:one|two|three) of)\b",
    )
});

/// "went first in the shootout".
static FIRST: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:went first|kicked first|shot first|took the first (?:kick|penalty)|started the shoot-?out|led off)\b",
    )
});

/// "were flawless", "did not miss".
static FLAWLESS: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:(?:were|was) (?:flawless|perfect|faultless|immaculate)|did not miss|didn't miss|never missed|scored all (?:their|its|his|her|of their)? ?(?:kicks|penalties|five|four))\b",
    )
});

/// "all nine kicks were converted", "converted all nine".
static ALL_CONVERTED: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\ball (?P<n>\w+) (?:kicks|penalties|spot-kicks|attempts) (?:were|had been) (?:converted|scored|put away|successful)\b|\b(?:converted|scored) (?:all|each of the(?:ir)?) (?P<n2>\w+) (?:kicks|penalties|spot-kicks)\b",
    )
});

/// The sentence speaks of a shoot-out.
static CONTEXT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:shoot-?outs?|on penalties|went to penalties|to spot-kicks|penalty lottery|on pens)\b",
    )
});

fn word_number(w: &str) -> Option<u32> {
    let n = match w.to_ascii_lowercase().as_str() {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        other => return other.parse().ok(),
    };
    Some(n)
}

/// A team entity usable as a side ("his side" resolved by nearness is not trusted).
fn side(r: &Reading<'_>, e: &Entity) -> bool {
    if !e.is_team() {
        return false;
    }
    let t = r.doc.text_of(e.span).to_lowercase();
    !(t.starts_with("his ") || t.starts_with("her "))
}

/// The subject of the segment a participle hangs on: its first side that is not the object
/// of a preposition.
fn host_subject(r: &Reading<'_>, at: Span) -> Option<Entity> {
    let i = r.discourse.segment_at(at.start())?;
    let h = r.discourse.segments[i].host?;
    let host = r.discourse.segments[h].span;
    r.discourse
        .entities_in(host)
        .filter(|e| side(r, e) && !clause::adjective(r, e))
        .find(|e| !governed(r, e))
        .cloned()
}

/// True when an entity is the object of a preposition.
fn governed(r: &Reading<'_>, e: &Entity) -> bool {
    let Some(s) = r.sentence_of(e.span) else {
        return false;
    };
    let before = r
        .doc
        .norm_of(r.doc.span(s.span.start(), e.span.start()))
        .0
        .trim_end()
        .to_lowercase();
    let last = before.rsplit(' ').next().unwrap_or("");
    matches!(
        last,
        "by" | "against" | "to" | "over" | "from" | "with" | "of" | "than" | "in" | "at" | "on"
    ) || before.ends_with("held")
        || before.ends_with("beat")
        || before.ends_with("beating")
}

/// The first team in a span that is not a place.
fn team_in(r: &Reading<'_>, sp: Span) -> Option<Entity> {
    r.discourse
        .entities_in(sp)
        .find(|e| side(r, e) && !place_like(r, e))
        .cloned()
}

fn place_like(r: &Reading<'_>, e: &Entity) -> bool {
    if e.possessive {
        return false;
    }
    let Some(s) = r.sentence_of(e.span) else {
        return false;
    };
    let before = r
        .doc
        .norm_of(r.doc.span(s.span.start(), e.span.start()))
        .0
        .trim_end()
        .to_lowercase();
    let last = before.rsplit(' ').next().unwrap_or("");
    matches!(last, "in" | "at")
        || before.ends_with(',') && {
            r.mentions.of(s.span, Dim::Venue).any(|m| {
                r.doc
                    .text_of(r.doc.span(m.span.end(), e.span.start()))
                    .trim()
                    == ","
            })
        }
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let mut done: Vec<Span> = Vec::new();
        // Shoot-out scores and shoot-out words, one claim per clause.
        let mut triggers: Vec<Span> = r
            .find(&SHOOTOUT, s.span)
            .into_iter()
            .map(|m| m.span)
            .collect();
        for m in r.mentions_of(s.span, Dim::Score) {
            if let Value::Score(v) = &m.value {
                if v.kind == ScoreKind::Shootout {
                    triggers.push(m.span);
                }
            }
        }
        triggers.sort_by_key(|t| t.start());
        for trig in triggers {
            let c = clause::clause_at(r, trig);
            if done.contains(&c.own) {
                continue;
            }
            done.push(c.own);
            result_frames(r, s.span, trig, &c, out);
        }
        // Who kicked first, flawless, all converted.
        for m in r.find(&FIRST, s.span) {
            let c = clause::clause_at(r, m.span);
            let Some(team) = r.roles(m.span).agent.filter(|e| side(r, e)) else {
                continue;
            };
            let span = team.span.cover(m.span);
            let mut end = span.end();
            if let Some(x) = r
                .find(&SHOOTOUT, c.own)
                .into_iter()
                .find(|x| x.span.start() >= m.span.end())
            {
                end = x.span.end();
            }
            push(
                r,
                out,
                &c,
                r.doc.span(span.start(), end),
                m.span,
                "first",
                ShootoutClaim {
                    first: Some(team),
                    ..empty()
                },
            );
        }
        if CONTEXT.is_match(r.doc.norm_of(s.span).0) || previous_mentions(r, s.span) {
            for m in r.find(&FLAWLESS, s.span) {
                let c = clause::clause_at(r, m.span);
                let team = r.roles(m.span).agent.filter(|e| side(r, e));
                push(
                    r,
                    out,
                    &c,
                    m.span,
                    m.span,
                    "flawless",
                    ShootoutClaim {
                        side: team,
                        flawless: true,
                        ..empty()
                    },
                );
            }
            for m in r.find(&ALL_CONVERTED, s.span) {
                let n = m
                    .group("n")
                    .or(m.group("n2"))
                    .and_then(|g| word_number(r.doc.text_of(g)));
                let Some(n) = n else { continue };
                let c = clause::clause_at(r, m.span);
                push(
                    r,
                    out,
                    &c,
                    m.span,
                    m.span,
                    "converted",
                    ShootoutClaim {
                        kicks_scored: Some(n),
                        ..empty()
                    },
                );
            }
            kicks::recognise(r, s.span, out);
        }
    }
}

/// The sentence before (same paragraph) speaks of a shoot-out.
fn previous_mentions(r: &Reading<'_>, sp: Span) -> bool {
    let Some(s) = r.sentence_of(sp) else {
        return false;
    };
    s.index
        .checked_sub(1)
        .and_then(|i| r.doc.sentences.get(i))
        .filter(|p| p.paragraph == s.paragraph || p.paragraph + 1 == s.paragraph)
        .is_some_and(|p| CONTEXT.is_match(r.doc.norm_of(p.span).0))
}

fn empty() -> ShootoutClaim {
    ShootoutClaim {
        winner: None,
        loser: None,
        side: None,
        score: None,
        match_score: None,
        kicks_scored: None,
        first: None,
        flawless: false,
    }
}

fn push(
    r: &Reading<'_>,
    out: &mut Vec<Frame>,
    c: &clause::Clause,
    span: Span,
    trigger: Span,
    rule: &'static str,
    claim: ShootoutClaim,
) {
    let mut f = r.frame(
        "shootout",
        rule,
        Kind::Shootout,
        span,
        trigger,
        Predicate::Shootout(claim),
    );
    clause::rescope(r, &mut f, c);
    out.push(f);
}

/// The result claims of a clause with a shoot-out word (one per occasion of a list).
fn result_frames(
    r: &Reading<'_>,
    sentence: Span,
    trig: Span,
    c: &clause::Clause,
    out: &mut Vec<Frame>,
) {
    let before = clause::text_before(r, c, trig);
    let own_before = r
        .doc
        .norm_of(r.doc.span(c.own.start(), trig.start().max(c.own.start())))
        .0
        .to_lowercase();
    if RECORD.is_match(&own_before) {
        return;
    }
    // The shoot-out score, and the match's ("after a 1-1 draw").
    let mut score = None;
    let mut match_score = None;
    for sp in &c.segs {
        for m in r.mentions.of(*sp, Dim::Score) {
            if let Value::Score(v) = &m.value {
                match v.kind {
                    ScoreKind::Shootout if score.is_none() => score = Some((m.span, (v.a, v.b))),
                    ScoreKind::Plain | ScoreKind::ExtraTime | ScoreKind::Goalless
                        if match_score.is_none() =>
                    {
                        // A plain score right before "in a shootout" is the shoot-out's.
                        let after = r
                            .doc
                            .norm_of(r.doc.span(m.span.end(), sp.end()))
                            .0
                            .to_lowercase();
                        let pens = after.trim_start().starts_with("in a")
                            && after
                                .split_whitespace()
                                .take(5)
                                .any(|w| w.starts_with("shoot"));
                        let lead = r
                            .doc
                            .norm_of(r.doc.span(sp.start(), m.span.start()))
                            .0
                            .to_lowercase();
                        let lead = lead.trim_end();
                        let won_shootout =
                            lead.ends_with("shootout") || lead.ends_with("shoot-out");
                        if pens || won_shootout {
                            if score.is_none() {
                                score = Some((m.span, (v.a, v.b)));
                            }
                        } else {
                            match_score = Some((v.a, v.b));
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    // Winner and loser: the clause's verb, or a noun after the shoot-out word.
    let after = r
        .doc
        .norm_of(r.doc.span(trig.end(), c.own.end().max(trig.end())))
        .0;
    let mut winner: Option<Entity> = None;
    let mut loser: Option<Entity> = None;
    let mut start = trig.start();
    let mut inferred = false;
    if let Some(n) = NOUN_AFTER.captures(after).and_then(|x| x.name("n")) {
        let noun = n.as_str().to_lowercase();
        let won = matches!(noun.as_str(), "victory" | "win" | "success" | "triumph");
        let owner = r.roles(trig).agent.filter(|e| side(r, e));
        let other = team_in(r, r.doc.span(trig.end(), c.own.end()));
        if won {
            winner = owner;
            loser = other;
        } else {
            loser = owner;
            winner = other;
        }
    } else {
        let text_before = r.doc.norm_of(r.doc.span(c.own.start(), trig.start())).0;
        let base = r.doc.norm_of(r.doc.span(c.own.start(), trig.start())).1;
        let w = WIN.find_iter(text_before).last();
        let l = LOSS.find_iter(text_before).last();
        let mut verb = match (w, l) {
            // "were knocked out": the loss phrase holds the win verb.
            (Some(a), Some(b)) if b.start() >= a.start() || b.end() >= a.end() => Some((b, false)),
            (Some(a), _) => Some((a, true)),
            (None, Some(b)) => Some((b, false)),
            (None, None) => None,
        };
        let mut verb_base = base;
        if verb.is_none() {
            // "needed penalties to see off Spain": the verb after the shoot-out word.
            let (t_after, b_after) = r
                .doc
                .norm_of(r.doc.span(trig.end(), c.own.end().max(trig.end())));
            let near = |m: &regex::Match<'_>| m.start() <= 12;
            let w2 = WIN.find(t_after).filter(near);
            let l2 = LOSS.find(t_after).filter(near);
            verb = w2.map(|m| (m, true)).or(l2.map(|m| (m, false)));
            verb_base = b_after;
        }
        if let Some((v, won)) = verb {
            let vs = r
                .doc
                .span_of_norm(verb_base + v.start(), verb_base + v.end());
            start = start.min(vs.start());
            let roles = r.roles(if vs.start() > trig.start() { trig } else { vs });
            // "they held Spain … before winning the shootout": a gerund after "before",
            // "after", "by" takes the clause's subject, not the nearest side.
            let lead = r
                .doc
                .norm_of(r.doc.span(c.own.start(), vs.start()))
                .0
                .to_lowercase();
            let gerund = v.as_str().to_lowercase().ends_with("ing")
                && matches!(
                    lead.split_whitespace().last().unwrap_or(""),
                    "before" | "after" | "by" | "while" | "since" | "on" | "in"
                );
            let subject = || {
                c.segs
                    .iter()
                    .flat_map(|sp| r.discourse.entities_in(*sp))
                    .filter(|e| side(r, e) && e.span.start() < vs.start())
                    .find(|e| !governed(r, e))
                    .cloned()
            };
            let participle = r
                .discourse
                .segment(vs.start())
                .is_some_and(|s| s.kind == crate::discourse::SegmentKind::Participle);
            let agent = if gerund {
                // "Three years after losing to Italy …, they became": the main clause's.
                inferred = true;
                subject().or_else(|| clause::sentence_subject(r, vs))
            } else if participle {
                // "…, beating Croatia in Moscow and losing to Argentina": the subject of the
                // clause the participle hangs on ("it was Argentina who lifted the trophy …,
                // winning 4-2 on penalties").
                inferred = true;
                host_subject(r, vs).or_else(|| clause::sentence_subject(r, vs))
            } else {
                roles.agent.filter(|e| side(r, e)).or_else(|| {
                    c.teams
                        .first()
                        .filter(|e| c.relative && side(r, e))
                        .cloned()
                })
            };
            let object = team_in(r, r.doc.span(vs.end(), c.own.end()));
            if won {
                winner = agent;
                loser = object;
            } else {
                loser = agent;
                winner = object;
            }
        }
    }
    // "at the expense of Ghana": the loser.
    if loser.is_none() {
        if let Some(i) = before.find("at the expense of") {
            let _ = i;
            let sp = r.doc.span(c.own.start(), trig.start());
            loser = r
                .discourse
                .entities_in(sp)
                .filter(|e| side(r, e))
                .find(|e| {
                    r.doc
                        .norm_of(r.doc.span(c.own.start(), e.span.start()))
                        .0
                        .to_lowercase()
                        .trim_end()
                        .ends_with("expense of")
                })
                .cloned();
            if winner.is_none() {
                winner = r.roles(trig).agent.filter(|e| {
                    side(r, e) && Some(&e.referent) != loser.as_ref().map(|l| &l.referent)
                });
            }
        }
    }
    if winner.as_ref().map(|w| &w.referent) == loser.as_ref().map(|l| &l.referent) {
        loser = None;
    }
    let side_named = if winner.is_none() && loser.is_none() {
        c.teams.iter().find(|e| side(r, e)).cloned()
    } else {
        None
    };
    // A list of occasions after a colon: one claim each.
    let rest = r.doc.span(trig.end(), sentence.end());
    let rest_text = r.doc.text_of(rest);
    if let Some(colon) = rest_text.find(':').filter(|i| *i <= 3) {
        let list = r.doc.span(rest.start() + colon + 1, sentence.end());
        let items = occasions(r, list);
        if items.len() >= 2 {
            for it in items {
                let mut f = r.frame(
                    "shootout",
                    "occasion",
                    Kind::Shootout,
                    it,
                    trig,
                    Predicate::Shootout(ShootoutClaim {
                        winner: winner.clone(),
                        loser: loser.clone(),
                        side: side_named.clone(),
                        ..empty()
                    }),
                );
                clause::rescope(r, &mut f, c);
                f.scope.time = crate::discourse::time::cues(r.doc, r.mentions, it);
                f.scope.venue = r.mentions.of(it, Dim::Venue).find_map(|m| match &m.value {
                    Value::Venue(v) => Some(v.clone()),
                    _ => None,
                });
                f.scope.teams.extend(winner.iter().cloned());
                f.scope.teams.extend(loser.iter().cloned());
                out.push(f);
            }
            return;
        }
    }
    // Several shoot-outs with their opponents listed ("went through two penalty shootouts,
    // against Ivory Coast in Douala and the hosts Cameroon in the semi-final"): one claim
    // each; without the list, nothing to check.
    let trig_text = r.doc.norm_of(trig).0.to_lowercase();
    if trig_text.ends_with("outs") {
        let rest = r.doc.span(trig.end(), sentence.end());
        let mut items: Vec<Entity> = Vec::new();
        for e in r.discourse.entities_in(rest) {
            if !side(r, e) || place_like(r, e) {
                continue;
            }
            // "the hosts Cameroon": the name, not the role before it.
            if let Some(last) = items.last() {
                let gap = r.doc.text_of(r.doc.span(last.span.end(), e.span.start()));
                if gap.trim().is_empty() {
                    items.pop();
                }
            }
            items.push(e.clone());
        }
        for (i, t) in items.iter().enumerate() {
            let end = items
                .get(i + 1)
                .map(|n| n.span.start())
                .unwrap_or(sentence.end());
            let item = r
                .doc
                .trim(r.doc.span(t.span.start(), end), &[',', '.', ' ']);
            let item = {
                let txt = r.doc.text_of(item);
                let cut = txt
                    .strip_suffix(" and")
                    .map(|x| x.len())
                    .unwrap_or(txt.len());
                r.doc.span(item.start(), item.start() + cut)
            };
            let mut f = r.frame(
                "shootout",
                "occasion",
                Kind::Shootout,
                item,
                trig,
                Predicate::Shootout(ShootoutClaim {
                    winner: winner.clone(),
                    loser: Some(t.clone()),
                    ..empty()
                }),
            );
            clause::rescope(r, &mut f, c);
            f.scope.venue = r
                .mentions
                .of(item, Dim::Venue)
                .find_map(|m| match &m.value {
                    Value::Venue(v) => Some(v.clone()),
                    _ => None,
                });
            f.scope.stage = r
                .mentions
                .of(item, Dim::Stage)
                .find_map(|m| match &m.value {
                    Value::Stage(s) => Some(s.clone()),
                    _ => None,
                });
            f.scope.teams = winner.iter().cloned().chain([t.clone()]).collect();
            out.push(f);
        }
        return;
    }
    // Something to check beyond "a shoot-out happened".
    let has_more = winner.is_some()
        || loser.is_some()
        || score.is_some()
        || match_score.is_some()
        || side_named.is_some();
    if !has_more {
        return;
    }
    let subject = winner
        .as_ref()
        .or(loser.as_ref())
        .or(side_named.as_ref())
        .filter(|e| c.own.contains(e.span) && e.span.start() < trig.start())
        .map(|e| e.span.start());
    let start = subject
        .unwrap_or(start)
        .min(trig.start())
        .max(c.own.start().min(trig.start()));
    let mut end = trig.end();
    if let Some((sp, _)) = score {
        end = end.max(sp.end());
    }
    for e in [&winner, &loser].into_iter().flatten() {
        if c.own.contains(e.span) {
            end = end.max(e.span.end());
        }
    }
    // Places right after ("on penalties in Brasília").
    if let Some(v) = r
        .mentions
        .of(r.doc.span(end, c.own.end()), Dim::Venue)
        .next()
        .filter(|m| m.span.start() <= end + 4)
    {
        end = v.span.end();
    }
    let span = r.doc.span(start, end);
    push(
        r,
        out,
        c,
        span,
        trig,
        if inferred {
            "result_inferred"
        } else {
            "result"
        },
        ShootoutClaim {
            winner,
            loser,
            side: side_named,
            score: score.map(|s| s.1),
            match_score,
            ..empty()
        },
    );
}

/// The occasions of a list ("in Dakar in 1992 and in Bata, Equatorial Guinea, in 2015"):
/// each item holds a year.
fn occasions(r: &Reading<'_>, list: Span) -> Vec<Span> {
    let years: Vec<Span> = r
        .mentions
        .of(list, Dim::Date)
        .filter(|m| matches!(&m.value, Value::Date(d) if d.year.is_some()))
        .map(|m| m.span)
        .collect();
    let mut out = Vec::new();
    let mut from = list.start();
    for y in years {
        let text = r.doc.text_of(r.doc.span(from, y.start()));
        let lead = text.len()
            - text
                .trim_start_matches([' ', ','])
                .trim_start_matches("and ")
                .len();
        let start = from + lead;
        out.push(r.doc.span(start, y.end()));
        from = y.end();
    }
    out
}

/// The shoot-out a frame is about.
fn shootout_match(f: &Frame, ctx: &Context<'_>, c: &ShootoutClaim) -> event::Found {
    let sides: Vec<&Entity> = [&c.winner, &c.loser, &c.side, &c.first]
        .into_iter()
        .flatten()
        .collect();
    let place = f
        .scope
        .venue
        .as_ref()
        .filter(|v| v.kind != VenueKind::Country)
        .map(|v| v.name.clone());
    let seg_stage = f.scope.stage.as_ref().filter(|_| {
        // "went through to the semi-finals on penalties": the stage reached, not played.
        let t = ctx.doc.text_of(f.span).to_lowercase();
        !(t.contains("through to") || t.contains("into the") || t.contains("reached"))
    });
    let hints = Hints {
        score: c.match_score,
        shootout: true,
        stage: seg_stage
            .map(|s| s.stage)
            .filter(|s| *s != Stage::GroupStage),
        place,
        ..Default::default()
    };
    let found = event::find(ctx, f, &sides, &hints);
    if found.m.is_some() || found.candidates.len() > 1 {
        return found;
    }
    // A country named as the place ("losing to Argentina on penalties in Qatar").
    if let Some(v) = f
        .scope
        .venue
        .as_ref()
        .filter(|v| v.kind == VenueKind::Country)
    {
        let h2 = Hints {
            place: Some(v.name.clone()),
            ..hints.clone()
        };
        let f2 = event::find(ctx, f, &sides, &h2);
        if f2.m.is_some() {
            return f2;
        }
    }
    // Two sides named: their shoot-outs at any time before the article, narrowed by what the
    // clause writes (a place, a stage, a score); the one left, if one.
    let mut teams: Vec<goalline_core::TeamId> = Vec::new();
    let mut unresolved = false;
    for e in &sides {
        match ctx.team_of(e) {
            Some(t) if !teams.contains(&t) => teams.push(t),
            Some(_) => {}
            None => unresolved = true,
        }
    }
    if teams.len() >= 2 && !unresolved {
        let to = ctx
            .date
            .unwrap_or_else(|| event::shift(goalline_core::Date::MAX, 0));
        let from = goalline_core::Date::from_ymd_opt(1870, 1, 1).unwrap_or(to);
        let mut h2 = hints.clone();
        if h2.place.is_none() {
            h2.place = f.scope.venue.as_ref().map(|v| v.name.clone());
        }
        let named = h2.place.is_some() || h2.stage.is_some() || h2.score.is_some();
        let cands: Vec<_> = event::matches_of(ctx, &teams[..2], (from, to))
            .into_iter()
            .filter(|m| event::fits(ctx, m, &h2))
            .collect();
        if let [m] = cands.as_slice() {
            return event::Found {
                tie: Tie::to_match(
                    m.id,
                    crate::verify::context::label(m),
                    named,
                    "the one shoot-out of the sides named that fits",
                ),
                m: ctx.match_facts(m.id),
                is_main: ctx.main.as_ref().is_some_and(|x| x.row.id == m.id),
                candidates: cands.clone(),
            };
        }
    }
    found
}

fn team(ctx: &Context<'_>, e: &Option<Entity>, m: &MatchFacts) -> Option<TeamId> {
    e.as_ref()
        .and_then(|e| ctx.team_of(e))
        .filter(|t| m.involves(*t))
}

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    match &f.predicate {
        Predicate::Shootout(c) => verify_shootout(f, ctx, c),
        Predicate::Kick(k) => kicks::verify(f, ctx, k),
        _ => Finding::unknown("not a shoot-out", Tie::none("-")),
    }
}

fn verify_shootout(f: &Frame, ctx: &Context<'_>, c: &ShootoutClaim) -> Finding {
    let found = shootout_match(f, ctx, c);
    let Some(m) = found.m.clone() else {
        // The match in scope, certainly meant, had no shoot-out.
        let plain = Hints {
            score: c.match_score,
            ..Default::default()
        };
        let sides: Vec<&Entity> = [&c.winner, &c.loser, &c.side]
            .into_iter()
            .flatten()
            .collect();
        let again = event::find(ctx, f, &sides, &plain);
        let other_time = f.scope.sentence_time.year().is_some()
            || f.scope.sentence_time.years_ago.is_some()
            || f.scope.time.shifted.is_some();
        if let Some(m) = again
            .m
            .filter(|_| again.tie.certain && again.is_main && !other_time)
        {
            if m.result.shootout.is_none()
                && m.result.shootout_score.is_none()
                && (c.winner.is_some() || c.loser.is_some() || c.score.is_some())
            {
                return Finding::fails(
                    "no shoot-out",
                    format!("{} was not decided on penalties", m.row.evidence.text),
                    again.tie,
                    vec![m.row.evidence.clone()],
                );
            }
        }
        return Finding::unknown(
            format!("no shoot-out identified: {}", found.tie.why),
            found.tie,
        );
    };
    let ev: Vec<_> = m.evidence.iter().take(3).cloned().collect();
    let desc = describe(ctx, &m);
    let winner = m.result.winner;
    let mut holds: Vec<String> = Vec::new();
    let mut fails: Vec<(String, String)> = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    let w = team(ctx, &c.winner, &m);
    let l = team(ctx, &c.loser, &m);
    if let (Some(w), Some(actual)) = (w, winner) {
        if w == actual {
            holds.push(format!("{} won the shoot-out", ctx.facts.team_name(w)));
        } else {
            fails.push((
                format!("{} won", ctx.facts.team_name(actual)),
                format!("{} won the shoot-out", ctx.facts.team_name(actual)),
            ));
        }
    }
    if let (Some(l), Some(actual)) = (l, winner) {
        if l != actual {
            holds.push(format!("{} lost the shoot-out", ctx.facts.team_name(l)));
        } else {
            fails.push((
                format!("{} won", ctx.facts.team_name(actual)),
                format!("{} won the shoot-out", ctx.facts.team_name(actual)),
            ));
        }
    }
    if let Some((a, b)) = c.score {
        match (m.result.shootout_score, winner) {
            (Some((h, aw)), Some(win)) => {
                let (wk, lk) = if win == m.row.home { (h, aw) } else { (aw, h) };
                if (a.max(b), a.min(b)) == (wk, lk) {
                    holds.push(format!("{wk}-{lk} on penalties"));
                } else {
                    fails.push((
                        format!("{wk}-{lk}"),
                        format!("the shoot-out ended {wk}-{lk}"),
                    ));
                }
            }
            _ => unknown.push("the shoot-out's score is not recorded (only its winner)".into()),
        }
    }
    if let Some((a, b)) = c.match_score {
        if let (Some(h), Some(aw)) = (m.row.home_score, m.row.away_score) {
            if (a, b) == (h, aw) || (b, a) == (h, aw) {
                holds.push(format!("{h}-{aw} before the shoot-out"));
            } else {
                fails.push((format!("{h}-{aw}"), format!("the match ended {h}-{aw}")));
            }
        }
    }
    if let Some(first) = &c.first {
        let claimed = ctx.team_of(first);
        let actual = m.result.shootout.as_ref().and_then(|s| s.first_shooter);
        match (claimed, actual) {
            (Some(x), Some(y)) if x == y => {
                holds.push(format!("{} kicked first", ctx.facts.team_name(y)))
            }
            (Some(_), Some(y)) => fails.push((
                format!("{} kicked first", ctx.facts.team_name(y)),
                format!("{} kicked first", ctx.facts.team_name(y)),
            )),
            _ => unknown.push("who kicked first is not recorded".into()),
        }
    }
    if let Some(n) = c.kicks_scored {
        match m.result.shootout_score {
            Some((h, a)) if h + a == n => holds.push(format!("{} kicks were scored", h + a)),
            Some((h, a)) => fails.push((
                format!("{} kicks scored", h + a),
                format!("{} kicks were scored ({h}-{a})", h + a),
            )),
            None => unknown.push("the shoot-out's score is not recorded".into()),
        }
    }
    if c.flawless {
        let side = c
            .side
            .as_ref()
            .and_then(|e| ctx.team_of(e))
            .filter(|t| m.involves(*t))
            .or(winner);
        match side {
            Some(t) => match kicks::flawless(ctx, &m, t) {
                Some(true) => holds.push(format!("{} scored every kick", ctx.facts.team_name(t))),
                Some(false) => fails.push((
                    format!("{} missed", ctx.facts.team_name(t)),
                    format!("{} missed a kick", ctx.facts.team_name(t)),
                )),
                None => {
                    unknown.push("the kicks are not recorded, and the score allows a miss".into())
                }
            },
            None => unknown.push("whose kicks is not known".into()),
        }
    }
    if holds.is_empty() && fails.is_empty() && unknown.is_empty() {
        holds.push("a shoot-out took place".into());
    }
    if !fails.is_empty() {
        // A side read through a pronoun or a description may be the wrong one.
        let by_reference = f.rule == "result_inferred"
            || [&c.winner, &c.loser, &c.side, &c.first]
                .into_iter()
                .flatten()
                .any(|e| e.via != crate::discourse::Via::Name);
        let tie = if by_reference {
            found
                .tie
                .clone()
                .uncertain("a side is read through a pronoun or a description")
        } else {
            found.tie.clone()
        };
        let (correct, details) = crate::verify::join_failures(&fails);
        return Finding::fails(correct, format!("{details}: {desc}"), tie, ev);
    }
    if !unknown.is_empty() {
        return Finding::unknown(
            format!("{}; {}: {desc}", unknown.join("; "), holds.join("; ")),
            found.tie,
        );
    }
    Finding::holds(format!("{}: {desc}", holds.join("; ")), found.tie, ev)
}

/// "2021-06-28 France 3–3 Switzerland a.e.t., Switzerland won 5–4 on penalties (round of 16)".
pub fn describe(ctx: &Context<'_>, m: &MatchFacts) -> String {
    let mut s = format!(
        "{} {} {}–{} {}",
        m.row.date,
        m.row.home_name,
        m.row.home_score.map_or("?".into(), |x| x.to_string()),
        m.row.away_score.map_or("?".into(), |x| x.to_string()),
        m.row.away_name
    );
    if m.result.extra_time == Some(true) {
        s.push_str(" a.e.t.");
    }
    if let Some(w) = m.result.winner {
        s.push_str(&format!(", {} won", ctx.facts.team_name(w)));
        if let Some((h, a)) = m.result.shootout_score {
            let (x, y) = if w == m.row.home { (h, a) } else { (a, h) };
            s.push_str(&format!(" {x}–{y}"));
        }
        s.push_str(" on penalties");
    }
    match m.stage {
        Some(st) => s.push_str(&format!(" ({}, {})", m.row.tournament, st.label())),
        None => s.push_str(&format!(" ({})", m.row.tournament)),
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("shootout", include_str!("corpus.txt"));
    }

    #[test]
    fn sequences() {
        use super::kicks::sequences;
        // 5-4, the winner first: five rounds (the loser's fifth missed) or sudden death.
        let s = sequences(true, 5, 4);
        assert!(s.iter().any(|q| q.len() == 10));
        assert!(s.iter().any(|q| q.len() == 12));
        assert!(s.iter().all(|q| q.iter().filter(|k| k.1).count() == 9));
        // 3-0: over after the winner's third kick and the loser's third miss.
        let s = sequences(false, 3, 0);
        assert!(s.iter().all(|q| q.len() <= 6));
        assert!(!s.is_empty());
    }
}
