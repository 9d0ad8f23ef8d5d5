//! Career tallies: "Daei scored 109 times for Iran between 1993 and 2006", "Ali Mabkhout, who
//! has 76 goals in 92 for the UAE", "now has 53 international goals", "arrived at Euro 2020
//! with 104 goals", "had gone into the game on 109 goals", "taking his tally for France to
//! 31", "17 for his country", "Pelé scored 12 goals at World Cups", "took his World Cup tally
//! to 12", "his haul at European Championship finals now stands at a record 14", "the World
//! Cup's all-time leading scorer with 16".
//!
//! Grammar: a count of goals (the count dimension) or a tally phrase ("took his tally to N",
//! "N for his country", "his haul stands at N"), owned by a person (the clause's subject, a
//! relative clause's antecedent, a possessor), with its team ("for Iran"), its competition
//! ("World Cup goals", "at World Cups", "in his Copa America career") and its time: before the
//! match ("went into the game on"), the eve of an edition ("arrived at Euro 2020 with"), the
//! end of a span ("between 1993 and 2006"), or now. Counts of one match or one edition ("four
//! goals at these finals", "scored twice") are not career tallies.
//!
//! Verified against `Facts::player_tally` (every international, an interval: snapshots pin
//! it, goals without scorer rows widen it) or `Facts::competition_tally` (World Cups exact from
//! Fjelstul; other competitions bounded by their scorer coverage). SUPPORTED only when the
//! interval is the claimed number; CONTRADICTED only when the number lies outside it and the
//! tally says outright whose goals it counts ("international", "for his country", "for
//! Iran"); a number that fits the player's tally in the article's competition instead is read
//! as that tally ("whose 14 goals for West Germany came in 1970 and 1974" in a World Cup
//! piece).

use super::people;
use super::{Family, Reading};
use crate::discourse::{Entity, Referent, Via};
use crate::doc::Span;
use crate::frames::{CareerClaim, Frame, Kind, Predicate, TallyTime};
use crate::mentions::numbers::{cardinal_words, parse_number};
use crate::mentions::{Bound, CompetitionValue, Dim, Noun, Value};
use crate::verify::{Context, Event, Finding, Tie};
use goalline_core::{Date, Days, Gender, Tally};
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "career_tally",
    recognise,
    verify,
};

/// "took his World Cup tally to 12", "taking his tally for France to 31", "moved his total to
/// 50".
static TALLY_TO: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(concat!(
        r"(?i)\b(?:tak\w*|took|bring\w*|brought|mov\w*|push\w*|lift\w*|extend\w*|sen[dt]s?|sending|rais\w*)\s+(?P<own>his|her)\s+(?P<mid>(?:[\p{L}'-]+\s+){0,3}?)(?:tally|total|haul|account|record|count)(?P<for>\s+for\s+(?:[\p{L}'-]+\s+){0,2}?[\p{L}'-]+?)?\s+to\s+(?:a\s+(?:record|remarkable|new)\s+)?(?P<n>\d{1,3}|",
        cardinal_words!(),
        r")\b"
    ))
});

/// "his haul at European Championship finals now stands at a record 14".
static STANDS_AT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?P<own>his|her)\s+(?P<mid>(?:[\p{L}'-]+\s+){0,5}?)(?:tally|haul|total|account|record)\b(?P<rest>[^.;]{0,50}?)\b(?:now\s+)?(?:stands|stood|rests|sits)\s+at\s+(?:a\s+(?:record|new)\s+)?(?P<n>\d{1,3})\b",
    )
});

/// "17 for his country" (the noun left out).
static FOR_COUNTRY: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:and|has|have|had|with|now)\s+(?P<n>\d{1,3})\s+for\s+(?:his|her)\s+(?:country|nation)\b",
    )
});

/// "all-time leading scorer with 16", "record scorer on 109".
static SCORER_WITH: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:leading|top|record|all-time)\s+(?:goal)?scorer\s+(?:with|on)\s+(?P<n>\d{1,3})\b",
    )
});

/// Words after a count that make it one match's or one edition's goals, not a career's.
static NOT_CAREER: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^\W*(?:goals?\s+|strikes?\s+|times\s+)?(?:(?:at|in|of|during)\s+(?:these|this|the)\s+(?:finals|tournament|competition|campaign|edition|group|game|match|final|semi|quarter|first|second|opening|last)|in\s+(?:the\s+)?(?:final|semi-final|group\s+stage|qualifying|qualifiers|qualification|the\s+match|\d+\s+(?:games|matches)|two\s+games|three\s+games|a\s+row)|in\s+(?-i:\p{Lu})|in\s+(?:a|one|the\s+same|a\s+single)\s+(?:[\p{L}-]+\s+){0,2}(?:game|match|half|tie|final|tournament|edition|season|year|calendar\s+year|night|afternoon|evening)\b|at\s+euro\s+\d|at\s+the\s+\d{4}|(?:against|v|versus)\s)",
    )
});

/// "international goals", "for his country", "for the national team".
static INTERNATIONAL: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\binternational\b|\bfor\s+(?:his|her)\s+(?:country|nation)\b|\bfor\s+the\s+national\s+(?:team|side)\b",
    )
});

/// Scoring verbs and "has"-like verbs that make a count a tally.
static HAS: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:has|have|had|having|boasts?|boasted|owns|scored|netted|struck|hit|bagged|managed|racked\s+up|amassed|finished\s+(?:his|her)\s+career\s+with|retired\s+with|(?:is|was|sits|stands|stood|sat|remains)\s+(?:now\s+|still\s+)?on|(?:went|gone|go|going|goes|came|come|coming|headed|heading)\s+into\s+[^,.;]{0,40}\s+(?:on|with)|(?:arrived|arriving|arrives)\s+[^,.;]{0,60}\s+with|whose)\b",
    )
});

/// "between 1993 and 2006", "from 1993 to 2006", "came in 1970 and 1974".
static YEARS: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:between|from)\s+(?P<a>1[89]\d\d|20\d\d)\s+(?:and|to|until)\s+(?P<b>1[89]\d\d|20\d\d)\b|\bcame\s+in\s+(?:(?P<c>1[89]\d\d|20\d\d),?\s+)*(?:and\s+)?(?P<d>1[89]\d\d|20\d\d)\b",
    )
});

/// "went into the game on", "going into the match with": before the match.
static BEFORE_MATCH: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:went|go|going|gone|came|come|coming|headed|heading)\s+into\s+(?:the|this|that|tonight's|the\s+\w+'s|\w+'s)\s*(?:game|match|contest|tie|encounter|qualifier|fixture|final|semi-final|clash|night|evening)?\b[^,.;]{0,20}$|\bbefore\s+(?:the|this)\s+(?:game|match|kick-off)\b",
    )
});

/// "arrived at Euro 2020 with", "went into the World Cup with": the eve of an edition.
static EVE_OF: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:arrived|arriving|arrives|went|going|came|coming|headed|heading)\s+(?:at|in|into|to)\b[^,.;]{0,60}$",
    )
});

/// A competition written in the plural or as "finals": "at World Cups", "at European
/// Championships", "World Cup finals" (the competition dimension leaves plurals to counts).
static PLURAL_COMPETITION: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^\W*(?:goals?\s+|strikes\s+|times\s+)?(?:at|in|across)\s+(?:the\s+)?(?:(?P<wc>world\s+cups|world\s+cup\s+finals|world\s+cup\s+tournaments)|(?P<euro>european\s+championships|european\s+championship\s+finals|euros))\b",
    )
});

/// Words that make a tally part of a record claim.
static RECORD_WORDS: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:record|level\s+with|ahead\s+of|behind|short\s+of|clear\s+of|all-time|surpass\w*|overtak\w*|passed|past|most|leading|matched|equal\w*|fourth\s+place|third\s+place|second\s+place)\b",
    )
});

struct Found {
    at: Span,
    n: u32,
    bound: Bound,
    rule: &'static str,
    owner: Option<Entity>,
    /// Another reading fits the words (one match's goals): support only.
    weak: bool,
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let mut found: Vec<Found> = Vec::new();
        let text = r.doc.text_of(s.span);
        // Tally phrases.
        for (re, rule) in [
            (&*TALLY_TO, "tally_to"),
            (&*STANDS_AT, "stands_at"),
            (&*FOR_COUNTRY, "for_country"),
            (&*SCORER_WITH, "scorer_with"),
        ] {
            for m in r.find(re, s.span) {
                let Some(g) = m.group("n") else { continue };
                let Some(n) = parse_number(r.doc.text_of(g)) else {
                    continue;
                };
                let owner = m
                    .group("own")
                    .and_then(|o| {
                        r.discourse
                            .entities_starting(o.start(), o.start() + 1)
                            .iter()
                            .find(|e| e.span == o && e.via == Via::Pronoun)
                            .map(|e| people::possessor(r, e))
                    })
                    .or_else(|| subject(r, m.span));
                found.push(Found {
                    at: m.span,
                    n,
                    bound: Bound::Exact,
                    rule,
                    owner,
                    weak: false,
                });
            }
        }
        // Counts of goals with a tally verb before them.
        for m in r.mentions_of(s.span, Dim::Count) {
            let Value::Count(c) = &m.value else { continue };
            if c.noun != Noun::Goal || found.iter().any(|f| f.at.overlaps(m.span)) {
                continue;
            }
            if matches!(c.bound, Bound::About) || c.n < 2 {
                continue;
            }
            let seg = r.segment_span(m.span);
            let head = r.doc.text_of(r.doc.span(seg.start(), m.span.start()));
            let Some(verb) = HAS.find_iter(head).last() else {
                continue;
            };
            // The verb governs the count: only a few words between them.
            let between = &head[verb.end()..];
            if between.split_whitespace().count() > 4 || between.contains([',', ';']) {
                continue;
            }
            let tail = r.doc.text_of(r.doc.span(m.span.end(), s.span.end()));
            if NOT_CAREER.is_match(tail) {
                continue;
            }
            // "scored twice", "a brace": one match's goals.
            if matches!(m.rule, "count_brace" | "count_treble") {
                continue;
            }
            let word = r.doc.text_of(m.span).to_lowercase();
            if word == "twice" || word == "once" || word.contains("hat") {
                continue;
            }
            // A career needs a marker: "international", "for TEAM", a competition, "career",
            // "now has", a time ("between 1993 and 2006", "into the game on", "arrived … with").
            let window = r.doc.text_of(
                r.doc
                    .span(m.span.end(), (m.span.end() + 60).min(s.span.end())),
            );
            let has_team_after = r
                .discourse
                .entities_in(
                    r.doc
                        .span(m.span.end(), (m.span.end() + 40).min(s.span.end())),
                )
                .any(|e| e.is_team() && e.via == Via::Name);
            let verb_text = verb.as_str().to_lowercase();
            // "scored five goals for the Americans" (a simple past, no "has") is as likely one
            // match's goals as a career: with only "for TEAM" to mark a career, the reading
            // may support but never contradict.
            let perfect = head[..verb.start()]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "has" | "have" | "had"));
            let action = !perfect
                && matches!(
                    verb_text.as_str(),
                    "scored" | "netted" | "struck" | "hit" | "bagged" | "managed"
                );
            let team_marker = has_team_after && window.to_lowercase().contains("for ");
            let marker = INTERNATIONAL.is_match(&format!("{between} {window}"))
                || team_marker
                || adjacent_competition(r, m.span, "count").is_some()
                || PLURAL_COMPETITION.is_match(tail)
                || window.to_lowercase().contains("career")
                || head.to_lowercase().contains("now ")
                || head.to_lowercase().contains("already ")
                || YEARS.is_match(window)
                || verb_text.contains(" on")
                || verb_text.contains(" with")
                || verb_text == "whose";
            if !marker {
                continue;
            }
            let weak = action
                && !INTERNATIONAL.is_match(&format!("{between} {window}"))
                && adjacent_competition(r, m.span, "count").is_none()
                && !PLURAL_COMPETITION.is_match(tail)
                && !window.to_lowercase().contains("career")
                && !YEARS.is_match(window);
            let owner = if verb_text == "whose" {
                people::relative_antecedent(r, m.span).cloned()
            } else {
                subject(r, m.span)
            };
            found.push(Found {
                at: m.span,
                n: c.n,
                bound: c.bound,
                rule: "count",
                owner,
                weak,
            });
        }
        for f in found {
            let Some(owner) = f.owner.clone() else {
                continue;
            };
            if !matches!(
                owner.referent,
                Referent::Person(_) | Referent::Described { .. }
            ) {
                continue;
            }
            let claim = describe(r, &f, owner, s.span);
            let kind = if claim.competition.is_some()
                || matches!(claim.when, TallyTime::EndOf(_))
                || RECORD_WORDS.is_match(text)
            {
                Kind::Record
            } else {
                Kind::NthGoal
            };
            let span = claim_span(r, &f, &claim, s.span);
            let mut frame = r.frame(
                "career_tally",
                f.rule,
                kind,
                span,
                f.at,
                Predicate::CareerTally(claim),
            );
            if f.weak {
                frame.certain = false;
            }
            out.push(frame);
        }
    }
}

/// The competition a tally counts, written inside its phrase: "nine World Cup goals", "13
/// goals at the World Cup", "17 goals in his Copa America career", "his World Cup tally", "his
/// haul at European Championship finals" (an edition with its year is a time, not this).
fn adjacent_competition(r: &Reading<'_>, at: Span, rule: &str) -> Option<CompetitionValue> {
    static GAP: Lazy<Regex> = Lazy::new(|| {
        crate::rx::must(
            r"(?i)^\s*(?:(?:career|international|senior)\s+)?$|^\s*(?:goals?|strikes)\s+(?:at|in)\s+(?:the\s+|his\s+|her\s+)?$",
        )
    });
    let sentence = r.sentence_of(at)?.span;
    let comp = |m: &crate::mentions::Mention| match &m.value {
        Value::Competition(c) if c.year.is_none() && !c.qualifying => Some(c.clone()),
        _ => None,
    };
    if rule != "count" {
        // "his World Cup tally", "the World Cup's all-time leading scorer with 16".
        let from = at.start().saturating_sub(30).max(sentence.start());
        return r
            .mentions_of(r.doc.span(from, at.end()), Dim::Competition)
            .into_iter()
            .rev()
            .find_map(comp);
    }
    r.mentions_of(r.doc.span(at.end(), sentence.end()), Dim::Competition)
        .into_iter()
        .find(|m| GAP.is_match(r.doc.text_of(r.doc.span(at.end(), m.span.start()))))
        .and_then(comp)
}

/// The clause's subject (or a relative clause's antecedent) when it is a person.
fn subject(r: &Reading<'_>, at: Span) -> Option<Entity> {
    if let Some(e) = people::relative_antecedent(r, at) {
        return Some(e.clone());
    }
    let si = r.discourse.segment_at(at.start())?;
    r.discourse
        .subject_before(r.doc, si, at)
        .filter(|e| matches!(e.referent, Referent::Person(_) | Referent::Described { .. }))
        .or_else(|| {
            // "Giroud, 36, became France's all-time leading scorer … and now has 53": the
            // sentence's subject.
            let sentence = r.sentence_of(at)?.span;
            let first = r
                .discourse
                .entities_in(sentence)
                .filter(|e| e.span.end() <= at.start())
                .min_by_key(|e| e.span.start())?;
            (matches!(first.referent, Referent::Person(_)) && !first.possessive)
                .then(|| first.clone())
        })
}

/// The claim's team, competition, caps and time.
fn describe(r: &Reading<'_>, f: &Found, owner: Entity, sentence: Span) -> CareerClaim {
    let seg = r.segment_span(f.at);
    let clause = seg.cover(f.at);
    let after = r.doc.span(f.at.end(), clause.end().max(f.at.end()));
    let before = r.doc.span(clause.start().min(f.at.start()), f.at.start());
    // "for Iran", "for the UAE": a team after "for".
    let team = r
        .discourse
        .entities_starting(f.at.start().min(after.start()), f.at.end().max(after.end()))
        .iter()
        .filter(|e| e.is_team() && e.via == Via::Name)
        .filter(|e| f.at.contains(e.span) || after.contains(e.span))
        .find(|e| {
            let head = r
                .doc
                .text_of(r.doc.span(sentence.start(), e.span.start()))
                .trim_end()
                .to_lowercase();
            head.ends_with(" for") || head.ends_with(" for the")
        })
        .cloned();
    // A competition in the phrase ("World Cup goals", "his World Cup tally", "at World Cups",
    // "in his Copa America career"), not an edition ("at Euro 2020" is the time).
    let mut competition = adjacent_competition(r, f.at, f.rule);
    if competition.is_none() {
        if let Some(c) = PLURAL_COMPETITION.captures(r.doc.text_of(after)) {
            competition = Some(CompetitionValue {
                competition: if c.name("wc").is_some() {
                    "FIFA World Cup".into()
                } else {
                    "UEFA Euro".into()
                },
                year: None,
                gender: Gender::Men,
                qualifying: false,
            });
        }
    }
    // Caps: "76 goals in 92".
    let caps = r
        .mentions_of(after, Dim::Count)
        .into_iter()
        .find_map(|m| match &m.value {
            Value::Count(c) if c.noun == Noun::Appearance && m.span.start() < f.at.end() + 12 => {
                Some(c.n)
            }
            _ => None,
        });
    let before_text = r.doc.text_of(before);
    let window = r.doc.text_of(
        r.doc
            .span(f.at.end(), (f.at.end() + 80).min(sentence.end())),
    );
    let when = if let Some(c) = YEARS.captures(window) {
        let y = c
            .name("b")
            .or(c.name("d"))
            .and_then(|m| m.as_str().parse().ok())
            .unwrap_or(0);
        TallyTime::EndOf(y)
    } else if BEFORE_MATCH.is_match(
        before_text
            .trim_end()
            .trim_end_matches(" on")
            .trim_end_matches(" with"),
    ) {
        TallyTime::BeforeMatch
    } else if EVE_OF.is_match(
        before_text
            .trim_end()
            .trim_end_matches(" with")
            .trim_end_matches(" on"),
    ) {
        let ed = r
            .mentions_of(before, Dim::Competition)
            .into_iter()
            .rev()
            .find_map(|m| match &m.value {
                Value::Competition(c) if c.year.is_some() => Some(c.clone()),
                _ => None,
            });
        match ed {
            Some(e) => TallyTime::EveOf(e),
            None => TallyTime::Now,
        }
    } else {
        TallyTime::Now
    };
    let phrase = r.doc.text_of(
        r.doc
            .span(before.start(), (f.at.end() + 40).min(sentence.end())),
    );
    let international = team.is_some() || INTERNATIONAL.is_match(phrase);
    CareerClaim {
        player: Some(owner),
        world_cup: competition
            .as_ref()
            .is_some_and(|c| c.competition.contains("World Cup")),
        competition,
        team,
        goals: Some(f.n),
        bound: f.bound,
        caps,
        international,
        when,
    }
}

/// The words that state the tally: its owner (when close) to its team or competition.
fn claim_span(r: &Reading<'_>, f: &Found, c: &CareerClaim, sentence: Span) -> Span {
    let mut span = f.at;
    if let Some(o) = &c.player {
        if o.span.end() <= f.at.start()
            && f.at.start() - o.span.end() < 60
            && sentence.contains(o.span)
        {
            span = span.cover(o.span);
        }
    }
    if let Some(t) = &c.team {
        span = span.cover(t.span);
    }
    let after = r.doc.text_of(r.doc.span(f.at.end(), sentence.end()));
    if let Some(m) = YEARS.find(after) {
        if m.start() < 30 {
            span = span.cover(r.doc.span(f.at.end(), f.at.end() + m.end()));
        }
    }
    span
}

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::CareerTally(c) = &f.predicate else {
        return Finding::unknown("not a career tally", Tie::none("-"));
    };
    let Some(n) = c.goals else {
        return Finding::unknown("no number of goals", Tie::none("-"));
    };
    let Some(p) = c.player.as_ref().and_then(|e| people::player_of(ctx, e)) else {
        return Finding::unknown(
            "the player is not identified in the data",
            Tie::none("no player"),
        );
    };
    let name = ctx
        .facts
        .player_row(p)
        .ok()
        .flatten()
        .map(|r| r.name)
        .unwrap_or_default();
    // When.
    let as_of: Option<Date> = match &c.when {
        TallyTime::Now => ctx.date.or(ctx.main.as_ref().map(|m| m.row.date)),
        TallyTime::BeforeMatch => {
            let (_, m) = ctx.match_for(f, &[]);
            match m {
                Some(m) => m.row.date.checked_sub_days(Days::new(1)),
                None => {
                    return Finding::unknown(
                        "the match the tally was counted before is not identified",
                        Tie::none("no match"),
                    )
                }
            }
        }
        TallyTime::EveOf(e) => match ctx.facts.edition(&e.competition, e.year, None) {
            Ok(Some(ed)) => ed.from.checked_sub_days(Days::new(1)),
            _ => {
                return Finding::unknown("the edition is not in the data", Tie::none("no edition"))
            }
        },
        TallyTime::EndOf(y) => Date::from_ymd_opt(*y, 12, 31),
    };
    let Some(as_of) = as_of else {
        return Finding::unknown("the date is not known", Tie::none("no date"));
    };
    let tie = Tie::certain(
        Event::Career,
        format!("{name}'s career up to {as_of}"),
        "a career tally up to a day",
    );
    let judge = |t: Tally| -> Option<bool> {
        // Some(true): holds; Some(false): fails; None: open.
        match c.bound {
            Bound::Exact => {
                if t.is_exact() && t.low == n {
                    Some(true)
                } else if !t.contains(n) {
                    Some(false)
                } else {
                    None
                }
            }
            Bound::AtLeast => {
                if t.low >= n {
                    Some(true)
                } else if t.high < n {
                    Some(false)
                } else {
                    None
                }
            }
            Bound::AtMost => {
                if !t.is_unbounded() && t.high <= n {
                    Some(true)
                } else if t.low > n {
                    Some(false)
                } else {
                    None
                }
            }
            Bound::About => None,
        }
    };
    let show = |t: Tally| {
        if t.is_exact() {
            t.low.to_string()
        } else if t.is_unbounded() {
            format!("at least {}", t.low)
        } else {
            format!("{}-{}", t.low, t.high)
        }
    };
    if let Some(comp) = &c.competition {
        let comp = world_cup_name(&comp.competition, ctx.gender);
        let Ok(t) = ctx.facts.competition_tally(p, &comp, Some(as_of)) else {
            return Finding::unknown("the tally is not available", tie);
        };
        let tv = t.value.tally;
        let detail = format!(
            "{name}'s {comp} goals up to {as_of}: {} ({})",
            show(tv),
            t.value.reasoning
        );
        return match judge(tv) {
            Some(true) => Finding::holds(detail, tie, t.evidence),
            Some(false) => Finding::fails(show(tv), detail, tie, t.evidence),
            None => Finding::unknown(format!("consistent but not pinned: {detail}"), tie),
        };
    }
    // Every international, for the team named or the player's.
    let teams = ctx.facts.player_teams(p).unwrap_or_default();
    let team = c.team.as_ref().and_then(|e| ctx.team_of(e)).or_else(|| {
        teams
            .iter()
            .copied()
            .find(|t| ctx.main.as_ref().is_some_and(|m| m.involves(*t)))
            .or((teams.len() == 1).then(|| teams[0]))
    });
    let Some(team) = team else {
        return Finding::unknown(format!("{name}'s national team is not identified"), tie);
    };
    let Ok(t) = ctx.facts.player_tally(p, team, Some(as_of)) else {
        return Finding::unknown("the tally is not available", tie);
    };
    let tv = t.value.tally;
    let detail = format!(
        "{name}'s goals for {} up to {as_of}: {} ({})",
        ctx.facts.team_name(team),
        show(tv),
        t.value.reasoning
    );
    match judge(tv) {
        Some(true) => Finding::holds(detail, tie, t.evidence),
        Some(false) => {
            // The number may be his tally in the article's competition ("whose 14 goals for
            // West Germany came in 1970 and 1974" among World Cup scorers).
            if let Some(comp) = context_competition(f, ctx) {
                if let Ok(ct) = ctx.facts.competition_tally(p, &comp, Some(as_of)) {
                    if judge(ct.value.tally) == Some(true) {
                        return Finding::holds(
                            format!(
                                "{name}'s {comp} goals up to {as_of}: {} ({})",
                                show(ct.value.tally),
                                ct.value.reasoning
                            ),
                            tie,
                            ct.evidence,
                        );
                    }
                    if judge(ct.value.tally).is_none() {
                        return Finding::unknown(
                            format!("not his international tally ({detail}); it may be his {comp} tally, which the data do not pin"),
                            tie,
                        );
                    }
                }
            }
            if !c.international {
                return Finding::unknown(
                    format!("the tally does not say whose goals it counts; {detail}"),
                    tie,
                );
            }
            // The interval's bounds are proven: a number outside them is ruled out.
            Finding::fails(show(tv), detail, tie, t.evidence)
        }
        None => Finding::unknown(format!("consistent but not pinned: {detail}"), tie),
    }
}

/// The competition the article is about: the main match's, or one named in the passage.
fn context_competition(f: &Frame, ctx: &Context<'_>) -> Option<String> {
    let here = ctx.doc.sentence_at(f.span.start())?;
    let from = ctx
        .doc
        .sentences
        .get(here.index.saturating_sub(2))
        .map(|s| s.span.start())
        .unwrap_or(0);
    let passage = ctx.doc.span(from, here.span.end());
    let named = ctx
        .mentions
        .of(passage, Dim::Competition)
        .find_map(|m| match &m.value {
            Value::Competition(c) if !c.qualifying => {
                Some(world_cup_name(&c.competition, ctx.gender))
            }
            _ => None,
        });
    named.or_else(|| ctx.edition.as_ref().map(|e| e.competition.clone()))
}

/// The World Cup of the article's gender.
fn world_cup_name(comp: &str, gender: Gender) -> String {
    if comp == "FIFA World Cup" && gender == Gender::Women {
        "FIFA Women's World Cup".into()
    } else {
        comp.to_string()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("career_tally", include_str!("corpus.txt"));
    }
}
