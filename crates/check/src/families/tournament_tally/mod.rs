//! Goals in one tournament: a player's (or team's) tally in an edition, which goal of the
//! tournament one was, the top of the scoring table, comparisons with other scorers, the
//! edition's own total, and all-time World Cup tallies.
//!
//! Grammar (one shape per rule; the scorer is a possessive before the phrase, a relative
//! clause's antecedent, or the clause's subject):
//! - `finish`: "finished (the tournament) with six goals", "ended it level on three goals",
//!   "who finished with five", "ending that tournament with six goals";
//! - `enter`: "entering the game with two goals", "arrived in Texas as the tournament's joint
//!   top scorer with eight goals", "level on four goals before the final" (before the match);
//! - `goals_in`: "six goals in the tournament", "now has four goals at these finals", "his seven
//!   goals in Qatar", "struck three times in the competition", "scoring four in Russia", "all 13
//!   of his at the 1958 finals";
//! - `nth`: "his fifth goal of the tournament", "Messi's first goal in this edition", "a record
//!   ninth goal of the tournament", "third goal in as many matches in Russia";
//! - `tally_to`: "took his tally for the tournament to seven", "took his World Cup tally to 12";
//! - `top`: "top scorer with five goals", "joint top scorer", "leads the race for the Golden
//!   Boot with five goals", "most goals (four)", "took the Golden Boot with eight goals", "its
//!   outright top scorer";
//! - `zero`: "leaves the tournament without a goal";
//! - `versus`: "two clear of Lukaku and Ronaldo", "level with Šašić", "one more than Giroud",
//!   "five fewer than Eusébio";
//! - `total`: "the tournament produced 119 goals", "105 goals across its 31 matches";
//! - `all_time`: "16 World Cup goals", "the World Cup's all-time leading scorer with 16".
//!
//! A tally is counted as of the article (through its match) unless the words put it before the
//! match; a past edition is counted whole. It can be contradicted only when every goal of the
//! edition up to then has a scorer (the dev README's rule 2).

mod verify;

use super::tourney::{competition_in, team_subject};
use super::{Family, Reading};
use crate::discourse::{Entity, Referent, SegmentKind, Via};
use crate::doc::{Sentence, Span};
use crate::frames::{Frame, Kind, Predicate, TallyClaim, TallyMoment, TopMark};
use crate::mentions::numbers::{parse_number, parse_ordinal};
use crate::mentions::{CompetitionValue, Dim, Noun, Value};
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "tournament_tally",
    recognise,
    verify: verify::verify,
};

use crate::rx::must as re;

/// Words after "most goals" / "top scorer" that make it a career record: "for England", "for
/// the national team", "in history", "of all time", "ever", "in his career" (not "for the
/// tournament").
static CAREER_AFTER: Lazy<Regex> = Lazy::new(|| {
    re(
        r"^\s*(?:(?:scored|netted|goals?)\s+)?(?:for\s+(?P<for>\S+(?:\s+\S+)?)|in\s+(?:the\s+)?(?:history|annals)|of\s+all\s+time|ever\b|in\s+(?:his|her|their)\s+(?:international\s+)?career|in\s+international)",
    )
});

/// The tournament words as a pattern (compiled once).
static TOURNEY_RE: Lazy<Regex> = Lazy::new(|| crate::rx::must(&format!("(?i){TOURNEY}")));

const NUM: &str = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";

/// Words that make a phrase about one tournament.
const TOURNEY: &str = r"(?:tournament|competition|finals|edition|world\s+cup|euros?|european\s+championships?|copa(?:\s+am[eé]rica)?|asian\s+cup|gold\s+cup|cup\s+of\s+nations|afcon)";

static FINISH: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?P<verb>finish(?:ed|es|ing)?|end(?:ed|ing|s)?|wound\s+up|leav(?:es|ing)|left|complet(?:ed|ing))\b(?P<mid>[^.;:()]{{0,50}}?)\bwith\s+(?P<n>{NUM})\b(?P<noun>\s+goals?\b)?"
    ))
});

static ENTER: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?:entering|entered|enters|going\s+into|went\s+into|goes\s+into|heading\s+into|headed\s+into|arrived|arriving|arrives|came\s+into|coming\s+into)\b(?P<mid>[^.;:]{{0,70}}?)\bwith\s+(?P<n>{NUM})(?P<noun>\s+goals?)?\b"
    ))
});

static LEVEL_ON: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\blevel\s+on\s+(?P<n>{NUM})\s+goals?\b(?P<before>\s+(?:before|going\s+into|heading\s+into|ahead\s+of)\s+the\s+(?:final|game|match|semi-?final))?"
    ))
});

static NOUN_END: Lazy<Regex> =
    Lazy::new(|| re(r"(?i)^(?:\s+[\p{L}'\u{2019}-]+){0,3}?\s+(?:goals?|strikes)\b"));

static AFTER_COUNT: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)^\s+(?:(?:in|at|during|across)\s+(?:the|this|these|that)\s+{TOURNEY}\b|(?:in|at)\s+(?:the\s+)?(?:\d{{4}}\s+)?{TOURNEY}\b|(?:in|at|during)\s+(?P<place>(?-i:\p{{Lu}})\p{{L}}+))"
    ))
});

static SCORED_N: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?:scor(?:ed|ing|es)|netted|netting|struck|hit|bagged)\s+(?P<n>{NUM})\s+(?:in|at)\s+(?P<where>[^.;,]{{2,40}})"
    ))
});

static ALL_OF: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\ball\s+(?P<n>{NUM})\s+of\s+(?:his|her)\s+(?:goals\s+)?(?:at|in)\s+(?P<where>[^.;,]{{2,40}})"
    ))
});

static NTH: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?P<ord>{})\s+goal\s+(?P<rest>(?:in\s+as\s+many\s+(?:matches|games)\s+)?(?:(?:of|in|at)\s+(?:the|this|these|that)\s+(?:{TOURNEY}|finals)\b|(?:of|in|at)\s+(?:the\s+)?(?P<comp>(?-i:\p{{Lu}})[^.;,]{{2,30}})))",
        crate::mentions::numbers::ORDINAL
    ))
});

static TALLY_TO: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?:took|takes|taking|brought|brings|bringing|moved|moves|moving|lifted|lifting|raised|raises|raising|pushed|pushing|pushes)\s+(?:his|her|their|the\s+[\p{{L}}-]+'s)\s+(?P<scope>(?:world\s+cup|tournament|euros?|competition|asian\s+cup|copa(?:\s+am[eé]rica)?)\s+)?(?:goal\s+)?(?:tally|total|haul|count)(?P<ft>\s+(?:for|at)\s+the\s+(?:tournament|competition|finals))?\s+to\s+(?P<n>{NUM})\b"
    ))
});

static TOP: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?P<mark>joint|outright|sole|clear)?[- ]?(?:top|leading)\s+(?:goal)?scorers?\b|\bmost\s+goals\b|\bgolden\s+boot\b|\btop\s+of\s+the\s+scoring\s+charts\b|\bleads?\s+the\s+(?:race|scoring)",
    )
});

static WITH_N: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)^[^.;]{{0,40}}?\bwith\s+(?P<n>{NUM})\b(?P<noun>\s+goals?\b)?|^\s*\((?P<p>{NUM})\)"
    ))
});

static ZERO: Lazy<Regex> = Lazy::new(|| {
    re(r"(?i)\bwithout\s+(?:a|scoring\s+a|finding\s+the\s+net\s+even\s+once|a\s+single)\s*goal\b")
});

static TOTAL: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?:(?P<m2>{NUM}|\d+)-(?:match|game)\s+)?(?:tournament|competition|edition|finals)\s+(?:produced|yielded|saw|featured|delivered|brought|had)\s+(?P<n>\d{{2,3}}|{NUM})\s+goals\b(?:\s+(?:in\s+all|across\s+(?:its\s+|the\s+)?(?P<m>\d{{1,3}}|{NUM})\s+(?:matches|games)))?"
    ))
});

static VERSUS: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?:(?P<d>{NUM})\s+(?:goals?\s+)?(?P<rel>clear\s+of|ahead\s+of|more\s+than|fewer\s+than|less\s+than|behind|short\s+of)|(?P<level>level\s+with))\s+(?:both\s+)?"
    ))
});

static ALL_TIME_TOP: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\bworld\s+cup(?:'s)?\s+(?:all-time\s+)?(?:leading|top|record)\s+(?:goal)?scorer\b|\brecord\s+world\s+cup\s+(?:goal)?scorer\b|\ball-time\s+(?:leading|top)\s+(?:goal)?scorer\s+(?:at|in|of)\s+the\s+world\s+cup\b",
    )
});

static ALL_TIME: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?P<n>{NUM})\s+world\s+cup\s+goals\b|\bworld\s+cup(?:'s)?\s+(?:all-time\s+|record\s+)?(?:leading\s+|top\s+|record\s+)?(?:goal)?scorer\s+with\s+(?P<n2>{NUM})\b|\b(?:record|all-time\s+leading|all-time\s+top)\s+world\s+cup\s+(?:goal)?scorer\s+with\s+(?P<n3>{NUM})\b"
    ))
});

fn number(s: &str) -> Option<u32> {
    parse_number(s.trim()).or_else(|| parse_ordinal(s.trim()))
}

fn blank(who: Option<Entity>) -> TallyClaim {
    TallyClaim {
        who,
        competition: None,
        goals: None,
        moment: TallyMoment::AsOf,
        nth: false,
        top: None,
        versus: Vec::new(),
        matches: None,
        all_time: false,
        or_all_time: false,
    }
}

/// The scorer a phrase is about: a possessive right before it ("Oyarzabal's sixth goal", "his
/// seven goals"), a relative clause's antecedent ("Lookman, who struck three times"), else the
/// clause's subject (a person, else a team).
pub(crate) fn scorer_of(r: &Reading<'_>, at: Span, sentence: Span) -> Option<Entity> {
    let e = scorer_raw(r, at, sentence)?;
    if e.is_team() {
        let next = r
            .doc
            .text_of(r.doc.span(e.span.end(), sentence.end()))
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if PERSON_AFTER.contains(&next.trim_end_matches("'s")) {
            return None; // "the Czech forward": a person not named
        }
    }
    Some(e)
}

fn scorer_raw(r: &Reading<'_>, at: Span, sentence: Span) -> Option<Entity> {
    // Possessive.
    let before = r.doc.span(sentence.start(), at.start());
    if let Some(e) = r
        .discourse
        .entities_in(before)
        .filter(|e| e.possessive || r.doc.text_of(e.span).ends_with('\''))
        .last()
    {
        let gap = r.doc.text_of(r.doc.span(e.span.end(), at.start()));
        let gap = gap
            .trim_start_matches("'s")
            .trim_start_matches("\u{2019}s")
            .trim_start_matches(['\'', '\u{2019}']);
        if gap.split_whitespace().count() <= 2 && !gap.contains(',') {
            return Some(e.clone());
        }
    }
    // "Lookman, who struck three times".
    let seg = r.discourse.segment(at.start());
    if seg.is_some_and(|s| s.kind == SegmentKind::Relative) {
        let roles = r.roles(at);
        if let Some(a) = roles.agent {
            return Some(a);
        }
    }
    // The clause's subject: walking back through the sentence's segments.
    let k = r.discourse.segment_at(at.start())?;
    let si = r.discourse.segments[k].sentence;
    let mut i = k as isize;
    while i >= 0 {
        let seg = r.discourse.segments[i as usize];
        if seg.sentence != si {
            break;
        }
        let upto = if seg.span.contains_pos(at.start()) {
            r.doc.span(seg.span.start(), at.start())
        } else {
            seg.span
        };
        let found = r.discourse.entities_in(upto).find(|e| {
            let b = r
                .doc
                .text_of(r.doc.span(seg.span.start(), e.span.start()))
                .trim_end()
                .to_lowercase();
            let last = b.rsplit(' ').next().unwrap_or("");
            !matches!(
                last,
                "by" | "against"
                    | "to"
                    | "over"
                    | "from"
                    | "with"
                    | "of"
                    | "than"
                    | "for"
                    | "in"
                    | "at"
                    | "past"
                    | "beat"
                    | "beating"
            ) && !e.possessive
        });
        if let Some(e) = found {
            return Some(e.clone());
        }
        i -= 1;
    }
    // A fronted participle ("Entering the game with two goals, he had one of each"): the main
    // clause's subject after it.
    let first = r.discourse.segments_of(si).first()?;
    if first.span.contains_pos(at.start()) {
        let ftext = r.doc.text_of(first.span).trim_start().to_lowercase();
        let participle = ftext
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with("ing") || w == "after" || w == "with");
        if participle {
            let after = r.doc.span(first.span.end(), sentence.end());
            if let Some(e) = r.discourse.entities_in(after).next() {
                let gap = r.doc.text_of(r.doc.span(first.span.end(), e.span.start()));
                if gap.trim().trim_matches(',').trim().is_empty() {
                    return Some(e.clone());
                }
            }
        }
    }
    // A relative clause whose host names the scorer.
    team_subject(r, at)
}

/// True when a place (a country, as a venue or a team's name) starts at `at`.
fn is_place(r: &Reading<'_>, at: Span) -> bool {
    r.mentions_of(at, Dim::Venue)
        .first()
        .is_some_and(|v| v.span.start() == at.start())
        || r.discourse
            .entities_in(at)
            .next()
            .is_some_and(|e| e.span.start() == at.start() && e.is_team())
}

/// Person nouns after a demonym ("the Czech forward").
const PERSON_AFTER: &[&str] = &[
    "striker",
    "forward",
    "midfielder",
    "defender",
    "winger",
    "captain",
    "goalkeeper",
    "keeper",
    "star",
    "teenager",
    "veteran",
    "substitute",
    "playmaker",
    "attacker",
    "centre-back",
    "full-back",
    "international",
    "player",
    "skipper",
    "talisman",
    "youngster",
];

/// The competition a phrase names (in the phrase, else in its sentence).
fn comp_near(r: &Reading<'_>, span: Span, sentence: Span) -> Option<CompetitionValue> {
    competition_in(r, span).or_else(|| competition_in(r, sentence))
}

fn goal_context(text: &str) -> bool {
    let t = text.to_lowercase();
    t.contains("goal")
        || t.contains("scor")
        || t.contains("boot")
        || t.contains("netted")
        || t.contains("strikes")
}

fn tourney_context(text: &str) -> bool {
    let t = text.to_lowercase();
    [
        "tournament",
        "competition",
        "finals",
        "edition",
        "top scorer",
        "golden boot",
        "scoring chart",
        "leading scorer",
        "joint top",
        "the race",
        "world cup",
        "euro",
        "copa",
        "asian cup",
        "gold cup",
        "cup of nations",
    ]
    .iter()
    .any(|w| t.contains(w))
}

fn push(
    r: &Reading<'_>,
    out: &mut Vec<Frame>,
    rule: &'static str,
    span: Span,
    trigger: Span,
    claim: TallyClaim,
) {
    let kind = if claim.all_time {
        Kind::Record
    } else {
        Kind::TournamentGoals
    };
    // One frame per span and rule, and one per fact (the same scorer and number).
    if out.iter().any(|f| {
        f.family == "tournament_tally"
            && (f.span == span
                && f.rule == rule
                && matches!(&f.predicate, Predicate::TournamentTally(t)
                    if t.who.as_ref().map(|w| w.span) == claim.who.as_ref().map(|w| w.span))
                || matches!(&f.predicate, Predicate::TournamentTally(t)
                    if t.goals == claim.goals
                        && t.nth == claim.nth
                        && t.versus.is_empty()
                        && claim.versus.is_empty()
                        && t.all_time == claim.all_time
                        && t.who.as_ref().map(|w| w.span) == claim.who.as_ref().map(|w| w.span)
                        && f.span.overlaps(span)))
    }) {
        return;
    }
    out.push(r.frame(
        "tournament_tally",
        rule,
        kind,
        span,
        trigger,
        Predicate::TournamentTally(claim),
    ));
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let n0 = out.len();
        total(r, s, out);
        all_time(r, s, out);
        nth(r, s, out);
        tally_to(r, s, out);
        enter(r, s, out);
        finish(r, s, out);
        goals_in(r, s, out);
        top(r, s, out);
        zero(r, s, out);
        versus(r, s, out, n0);
    }
}

fn top_mark(words: &str) -> TopMark {
    let w = words.to_lowercase();
    if w.contains("joint") || w.contains("shared") || w.contains("level") {
        TopMark::Joint
    } else if w.contains("outright")
        || w.contains("sole")
        || w.contains("clear top")
        || w.contains("leads")
        || w.contains("lead the")
    {
        TopMark::Outright
    } else {
        TopMark::Top
    }
}

/// "finished with six goals", "ended it level on three goals", "who finished with five".
fn finish(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    let stext = r.doc.text_of(s.span);
    for m in r.find(&FINISH, s.span) {
        let Some(n) = m.group("n").and_then(|g| number(r.doc.text_of(g))) else {
            continue;
        };
        let mid = m.group("mid").map(|g| r.doc.text_of(g)).unwrap_or("");
        let noun = m.group("noun").is_some();
        if !noun {
            // "finished with five": no other noun after the number, and a sentence about goals.
            let after = r.doc.text_of(r.doc.span(m.span.end(), s.span.end()));
            let next = after.trim_start().chars().next();
            if next.is_some_and(|c| c.is_alphanumeric()) || !goal_context(stext) {
                continue;
            }
        }
        let ml = mid.to_lowercase();
        if ml.split_whitespace().any(|w| {
            matches!(
                w,
                "men" | "players" | "points" | "point" | "wins" | "draws" | "defeats"
            )
        }) {
            continue;
        }
        if !tourney_context(stext) && !ml.contains(" it") && !ml.trim().is_empty() {
            continue;
        }
        let verb = m.group("verb").unwrap_or(m.span);
        let who = scorer_of(r, verb, s.span);
        let Some(who) = who else { continue };
        let mut claim = blank(Some(who.clone()));
        claim.goals = Some(n);
        claim.competition = comp_near(r, m.span, s.span);
        if ml.contains("top scorer") || ml.contains("leading scorer") {
            claim.top = Some(top_mark(&ml));
        }
        let span = if who.span.end() <= m.span.start() && m.span.start() - who.span.end() < 30 {
            who.span.cover(m.span)
        } else {
            m.span
        };
        push(r, out, "finish", span, verb, claim);
    }
    for m in r.find(&LEVEL_ON, s.span) {
        let Some(n) = m.group("n").and_then(|g| number(r.doc.text_of(g))) else {
            continue;
        };
        // "Messi and Mbappe were level on five goals": each of them.
        let seg = r.segment_span(m.span);
        let mut whos: Vec<Entity> = r
            .discourse
            .entities_in(r.doc.span(seg.start(), m.span.start()))
            .filter(|e| e.via == Via::Name && e.person().is_some())
            .cloned()
            .collect();
        if whos.len() < 2 {
            whos = scorer_of(r, m.span, s.span).into_iter().collect();
        }
        for who in whos {
            let mut claim = blank(Some(who));
            claim.goals = Some(n);
            claim.competition = comp_near(r, m.span, s.span);
            if m.group("before").is_some() {
                claim.moment = TallyMoment::Before;
            }
            push(r, out, "finish", m.span, m.span, claim);
        }
    }
}

/// "entering the game with two goals", "arrived as the tournament's joint top scorer with
/// eight goals".
fn enter(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.find(&ENTER, s.span) {
        let Some(n) = m.group("n").and_then(|g| number(r.doc.text_of(g))) else {
            continue;
        };
        let mid = m
            .group("mid")
            .map(|g| r.doc.text_of(g).to_lowercase())
            .unwrap_or_default();
        let game = mid.contains("game")
            || mid.contains("match")
            || mid.contains("final")
            || mid.contains("tie")
            || mid.contains("contest");
        let top = mid.contains("top scorer") || mid.contains("leading scorer");
        let has_noun = m.group("noun").is_some();
        if !(top || game && has_noun) {
            continue;
        }
        // "arrived at Euro 2020 with 104 goals" is a career tally.
        if competition_in(r, m.span).is_some() && !top {
            continue;
        }
        if n > 20 {
            continue;
        }
        let Some(who) = scorer_of(r, m.span, s.span) else {
            continue;
        };
        let mut claim = blank(Some(who.clone()));
        claim.goals = Some(n);
        claim.moment = TallyMoment::Before;
        claim.competition = competition_in(r, m.span);
        if top {
            claim.top = Some(top_mark(&mid));
        }
        let span = if who.span.end() <= m.span.start() && m.span.start() - who.span.end() < 40 {
            who.span.cover(m.span)
        } else {
            m.span
        };
        push(r, out, "enter", span, m.span, claim);
    }
}

/// "six goals in the tournament", "his seven goals in Qatar", "struck three times in the
/// competition", "scoring four in Russia", "all 13 of his at the 1958 finals".
fn goals_in(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.mentions_of(s.span, Dim::Count) {
        let Value::Count(c) = &m.value else { continue };
        if c.noun != Noun::Goal || m.rule == "count_brace" || m.rule == "count_treble" {
            continue;
        }
        let rest = r.doc.span(m.span.end(), s.span.end());
        let (rt, rbase) = r.doc.norm_of(rest);
        // The noun (and adjectives) after the number, then the tournament.
        let after_noun = NOUN_END.find(rt).map(|x| x.end()).unwrap_or(0);
        let tail = &rt[after_noun..];
        let Some(a) = AFTER_COUNT.captures(tail) else {
            continue;
        };
        // "in that tournament": another tournament, unless the sentence names it.
        if a.get(0)
            .is_some_and(|x| x.as_str().to_lowercase().contains(" that "))
            && competition_in(r, s.span).is_none()
        {
            continue;
        }
        // A place must be a country or a host word ("in Qatar", "in Russia").
        if let Some(p) = a.name("place") {
            let place = r
                .doc
                .span_of_norm(rbase + after_noun + p.start(), rbase + after_noun + p.end());
            // A stadium or a city names a match's ground ("three times at Lusail Stadium on
            // Sunday"), not the tournament.
            let is_place = r
                .mentions_of(r.doc.span(place.start(), s.span.end()), Dim::Venue)
                .first()
                .is_some_and(|v| {
                    v.span.start() == place.start()
                        && matches!(
                            &v.value,
                            Value::Venue(x) if x.kind == crate::mentions::VenueKind::Country
                        )
                })
                || r.discourse
                    .entities_in(r.doc.span(place.start(), s.span.end()))
                    .next()
                    .is_some_and(|e| e.span.start() == place.start() && e.is_team());
            if !is_place {
                continue;
            }
        }
        let text = r.doc.text_of(m.span.cover(rest)).to_lowercase();
        if text.contains("world cup goals") {
            continue; // all-time
        }
        let who = scorer_of(r, m.span, s.span);
        let Some(who) = who else { continue };
        let mut claim = blank(Some(who));
        claim.goals = Some(c.n);
        claim.competition = comp_near(r, r.doc.span(m.span.start(), s.span.end()), s.span);
        let a_end = a.get(0).map(|g| g.end()).unwrap_or(0);
        let end = r
            .doc
            .span_of_norm(rbase + after_noun + a_end, rbase + after_noun + a_end)
            .end();
        let span = r.doc.span(m.span.start(), end.min(s.span.end()));
        push(r, out, "goals_in", span, m.span, claim);
    }
    for re_ in [&*SCORED_N, &*ALL_OF] {
        for m in r.find(re_, s.span) {
            let Some(n) = m.group("n").and_then(|g| number(r.doc.text_of(g))) else {
                continue;
            };
            let Some(wg) = m.group("where") else { continue };
            // Where: a competition, a tournament word or a host country.
            let wt = r.doc.text_of(wg).to_lowercase();
            let comp = competition_in(r, wg);
            let place = r
                .mentions_of(wg, Dim::Venue)
                .first()
                .is_some_and(|v| v.span.start() <= wg.start() + 4)
                || r.discourse
                    .entities_in(wg)
                    .next()
                    .is_some_and(|e| e.is_team() && e.span.start() <= wg.start() + 1);
            if comp.is_none() && !place && !TOURNEY_RE.is_match(&wt) {
                continue;
            }
            let Some(who) = scorer_of(r, m.span, s.span) else {
                continue;
            };
            let mut claim = blank(Some(who));
            claim.goals = Some(n);
            claim.competition = comp.or_else(|| competition_in(r, s.span));
            push(r, out, "goals_in", m.span, m.span, claim);
        }
    }
}

/// "his fifth goal of the tournament", "Messi's first goal in this edition".
fn nth(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.find(&NTH, s.span) {
        let Some(og) = m.group("ord") else { continue };
        let Some(n) = parse_ordinal(r.doc.text_of(og)) else {
            continue;
        };
        let rest = m
            .group("rest")
            .map(|g| r.doc.text_of(g).to_lowercase())
            .unwrap_or_default();
        // "of Euro 2020": a competition must be named; "of the season" is not one.
        let comp = match m.group("comp") {
            Some(g) => match competition_in(r, g) {
                Some(c) => Some(c),
                // "in Russia": a host country.
                None if is_place(r, g) => None,
                None => continue,
            },
            None => comp_near(r, m.span, s.span),
        };
        if rest.contains("career") || rest.contains(" that ") {
            continue;
        }
        let (pre, _) = r.doc.norm_of(r.doc.span(s.span.start(), og.start()));
        if pre.to_lowercase().contains("conced") {
            continue; // "conceding their first goal of the tournament"
        }
        let Some(who) = scorer_of(r, og, s.span) else {
            continue;
        };
        if who.is_team() {
            continue;
        }
        let mut claim = blank(Some(who));
        claim.goals = Some(n);
        claim.nth = true;
        claim.competition = comp;
        // "his 16th goal at the finals": this edition, or all World Cups.
        claim.or_all_time =
            rest.starts_with("at the finals") || rest.starts_with("at the world cup");
        // "the Tottenham striker's sixth goal of the tournament": the possessor with it.
        let start = r
            .discourse
            .entities_in(r.doc.span(s.span.start(), og.start()))
            .filter(|e| e.possessive && og.start() - e.span.end() < 20)
            .last()
            .map(|e| e.span.start())
            .unwrap_or(og.start());
        let span = r.doc.span(start, m.span.end());
        push(r, out, "nth", span, og, claim);
    }
}

/// "took his tally for the tournament to seven", "took his World Cup tally to 12".
fn tally_to(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    let stext = r.doc.text_of(s.span);
    for m in r.find(&TALLY_TO, s.span) {
        let Some(n) = m.group("n").and_then(|g| number(r.doc.text_of(g))) else {
            continue;
        };
        let scope = m
            .group("scope")
            .map(|g| r.doc.text_of(g).to_lowercase())
            .unwrap_or_default();
        let all_time = scope.contains("world cup");
        let tourney = m.group("ft").is_some() || (!scope.is_empty() && !all_time);
        // A bare "his tally" is a tournament tally only in a sentence about the tournament's
        // scoring (else a career tally, another family's).
        let bare_ok = n <= 15 && tourney_context(stext) && goal_context(stext);
        if !(all_time || tourney || bare_ok) {
            continue;
        }
        let Some(who) = scorer_of(r, m.span, s.span) else {
            continue;
        };
        let mut claim = blank(Some(who));
        claim.goals = Some(n);
        claim.all_time = all_time;
        claim.competition = if all_time {
            None
        } else {
            comp_near(r, m.span, s.span)
        };
        push(r, out, "tally_to", m.span, m.span, claim);
    }
}

/// "top scorer with five goals", "leads the race for the Golden Boot with five goals", "most
/// goals (four)", "took the Golden Boot with eight goals", "its outright top scorer".
fn top(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.find(&TOP, s.span) {
        let words = r.doc.text_of(m.span).to_lowercase();
        let before = r
            .doc
            .text_of(r.doc.span(s.span.start(), m.span.start()))
            .to_lowercase();
        let before_tail: String = before.chars().rev().take(30).collect::<String>();
        let before_tail: String = before_tail.chars().rev().collect();
        let mark_words = format!("{before_tail} {words}");
        // "the World Cup's all-time leading scorer": all World Cups, not this edition.
        if [
            "all-time",
            "ever",
            "history",
            "record",
            "career",
            "world cup's",
        ]
        .iter()
        .any(|w| before_tail.contains(w))
        {
            continue;
        }
        // "the most goals scored for the national team", "top scorer in history", "most goals
        // of all time": a career record (another family's), not this tournament's.
        let after: String = r
            .doc
            .text_of(r.doc.span(m.span.end(), s.span.end()))
            .to_lowercase()
            .chars()
            .take(60)
            .collect();
        if let Some(c) = CAREER_AFTER.captures(&after) {
            let for_this_tournament = c.name("for").is_some_and(|f| {
                let f = f.as_str();
                [
                    "the tournament",
                    "the competition",
                    "the finals",
                    "the golden",
                ]
                .iter()
                .any(|t| f.starts_with(t))
            });
            if !for_this_tournament {
                continue;
            }
        }
        // The number: "with N (goals)" after, or "(N)" right after "most goals".
        let rest = r.doc.span(m.span.end(), s.span.end());
        let (rt, base) = r.doc.norm_of(rest);
        let mut n = None;
        let mut end = m.span.end();
        let mut with_start = None;
        if let Some(c) = WITH_N.captures(rt) {
            if let Some(g) = c.name("n").or_else(|| c.name("p")) {
                n = number(g.as_str());
                let e = base + c.get(0).map(|x| x.end()).unwrap_or(0);
                end = r.doc.span_of_norm(e, e).end();
                let w = rt[..g.start()]
                    .rfind("with")
                    .or_else(|| rt[..g.start()].rfind('('))
                    .unwrap_or(g.start());
                with_start = Some(r.doc.span_of_norm(base + w, base + w).start());
            }
        }
        // "His eight goals in Qatar earned him the Golden Boot": the count before.
        let mut start = m.span.start();
        if n.is_none() {
            let seg = r.segment_span(m.span);
            if let Some(c) = r
                .mentions_of(r.doc.span(seg.start(), m.span.start()), Dim::Count)
                .into_iter()
                .rev()
                .find(|c| matches!(&c.value, Value::Count(v) if v.noun == Noun::Goal))
            {
                if let Value::Count(v) = &c.value {
                    n = Some(v.n);
                    start = c.span.start();
                }
            }
        }
        if words.contains("scorers") {
            continue; // "the tournament's leading scorers": several players
        }
        let golden = words.contains("boot");
        let race = words.contains("race") || words.contains("lead");
        // The Golden Boot alone is the award family's; with a number it is a tally at the top.
        if golden && n.is_none() && !race {
            continue;
        }
        // "the race for the Golden Boot" with a comparison ("two clear of …") is `versus`.
        if golden && n.is_none() {
            continue;
        }
        let trigger = m.span;
        let who = scorer_of(r, r.doc.span(start, trigger.end()), s.span)
            .or_else(|| scorer_of(r, trigger, s.span));
        let Some(who) = who else { continue };
        if !matches!(
            who.referent,
            Referent::Person(_) | Referent::Described { .. }
        ) {
            continue;
        }
        let mut claim = blank(Some(who.clone()));
        claim.goals = n;
        claim.top = Some(if race {
            TopMark::Outright
        } else {
            top_mark(&mark_words)
        });
        claim.competition = comp_near(r, m.span, s.span);
        // "took the Golden Boot with eight goals": the tally is the number's words (the award
        // is the award family's claim).
        let span = if golden && start == m.span.start() && end > m.span.end() {
            r.doc.span(with_start.unwrap_or(m.span.end()), end)
        } else {
            r.doc.span(start, end.max(trigger.end()))
        };
        let span = r.doc.trim(span, &[' ', ',']);
        push(r, out, "top", span, trigger, claim);
    }
}

/// "leaves the tournament without a goal".
fn zero(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.find(&ZERO, s.span) {
        let seg = r.segment_span(m.span);
        let segtext = r.doc.text_of(seg.cover(m.span));
        if !tourney_context(segtext) {
            continue;
        }
        let Some(who) = scorer_of(r, m.span, s.span) else {
            continue;
        };
        if !matches!(
            who.referent,
            Referent::Person(_) | Referent::Described { .. }
        ) {
            continue;
        }
        let mut claim = blank(Some(who.clone()));
        claim.goals = Some(0);
        claim.competition = comp_near(r, seg, s.span);
        let from = if who.span.end() <= m.span.start() && seg.contains(who.span) {
            who.span.start()
        } else {
            seg.start()
        };
        let span = r.doc.span(from, m.span.end());
        push(r, out, "zero", span, m.span, claim);
    }
}

/// "the tournament produced 119 goals", "105 goals across its 31 matches".
fn total(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.find(&TOTAL, s.span) {
        let Some(n) = m.group("n").and_then(|g| number(r.doc.text_of(g))) else {
            continue;
        };
        let matches = m
            .group("m")
            .or(m.group("m2"))
            .and_then(|g| number(r.doc.text_of(g)));
        let mut claim = blank(None);
        claim.goals = Some(n);
        claim.matches = matches;
        claim.competition = comp_near(r, m.span, s.span);
        // "the 52-match tournament": include the words before.
        let (bt, bbase) = r.doc.norm_of(r.doc.span(s.span.start(), m.span.start()));
        let mut span = m.span;
        if let Some(i) = bt.to_lowercase().rfind("the ") {
            if bt.len() - i < 30 {
                span = r.doc.span_of_norm(bbase + i, bbase + i).cover(span);
            }
        }
        push(r, out, "total", span, m.span, claim);
    }
}

/// "16 World Cup goals", "the World Cup's all-time leading scorer with 16".
fn all_time(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.find(&ALL_TIME, s.span) {
        let Some(n) = m
            .group("n")
            .or(m.group("n2"))
            .or(m.group("n3"))
            .and_then(|g| number(r.doc.text_of(g)))
        else {
            continue;
        };
        let Some(who) = scorer_of(r, m.span, s.span) else {
            continue;
        };
        if !matches!(
            who.referent,
            Referent::Person(_) | Referent::Described { .. }
        ) {
            continue;
        }
        let mut claim = blank(Some(who));
        claim.goals = Some(n);
        claim.all_time = true;
        let ctext = r.doc.text_of(m.span).to_lowercase();
        if ctext.contains("scorer") {
            claim.top = Some(TopMark::Top);
        }
        push(r, out, "all_time", m.span, m.span, claim);
    }
    for m in r.find(&ALL_TIME_TOP, s.span) {
        if out
            .iter()
            .any(|f| f.family == "tournament_tally" && f.span.overlaps(m.span))
        {
            continue;
        }
        let Some(who) = scorer_of(r, m.span, s.span) else {
            continue;
        };
        if !matches!(
            who.referent,
            Referent::Person(_) | Referent::Described { .. }
        ) {
            continue;
        }
        let mut claim = blank(Some(who));
        claim.all_time = true;
        claim.top = Some(TopMark::Top);
        push(r, out, "all_time", m.span, m.span, claim);
    }
}

/// A career total between a tournament tally and a comparison.
static ALL_TIME_BETWEEN: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:\d+|\w+)\s+(?:goals\s+)?at\s+(?:the\s+)?world\s+cups\b|\bworld\s+cup\s+(?:tally|total|goals\s+tally|haul)\b|\b(?:career|all-time|overall)\s+(?:tally|total)\b",
    )
});

/// "two clear of Lukaku and Ronaldo", "level with Šašić", "five fewer than Eusébio": the
/// sentence's tally (or the nearest scorer) against each player named.
fn versus(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>, n0: usize) {
    let stext = r.doc.text_of(s.span);
    for m in r.find(&VERSUS, s.span) {
        let diff: i32 = if m.group("level").is_some() {
            0
        } else {
            let Some(d) = m.group("d").and_then(|g| number(r.doc.text_of(g))) else {
                continue;
            };
            let rel = m
                .group("rel")
                .map(|g| r.doc.text_of(g).to_lowercase())
                .unwrap_or_default();
            if rel.contains("fewer")
                || rel.contains("less")
                || rel.contains("behind")
                || rel.contains("short")
            {
                -(d as i32)
            } else {
                d as i32
            }
        };
        // The players compared with: the person names right after, joined by "and"/",".
        let after = r.doc.span(m.span.end(), s.span.end());
        let mut names: Vec<Entity> = Vec::new();
        let mut last_end = m.span.end();
        for e in r.discourse.entities_in(after) {
            let gap = r
                .doc
                .text_of(r.doc.span(last_end, e.span.start()))
                .trim()
                .to_lowercase();
            let gap_ok = gap.is_empty()
                || matches!(gap.as_str(), "and" | "," | ", and" | "both" | "'s" | "s")
                || gap.ends_with("'s")
                || gap.split_whitespace().count() <= 1;
            if !gap_ok {
                break;
            }
            if matches!(e.referent, Referent::Person(_)) && e.via == Via::Name {
                names.push(e.clone());
            }
            last_end = e.span.end();
        }
        if names.is_empty() {
            continue;
        }
        // Needs a scoring context: a tally in the sentence or the race for the Golden Boot.
        let tally = out[n0..]
            .iter()
            .filter(|f| f.family == "tournament_tally" && f.span.start() <= m.span.start())
            .max_by_key(|f| f.span.start())
            .and_then(|f| match &f.predicate {
                Predicate::TournamentTally(t) => Some(t.clone()),
                _ => None,
            });
        // Without a tally in the sentence, the comparison must say it is about goals.
        let mtext = r.doc.text_of(m.span).to_lowercase();
        let stl = stext.to_lowercase();
        if tally.is_none()
            && !(mtext.contains("goal")
                || stl.contains("golden boot")
                || stl.contains("scoring chart")
                || stl.contains("top scorer"))
        {
            continue;
        }
        if m.group("level").is_some() && tally.is_none() {
            continue;
        }
        let who = tally
            .as_ref()
            .and_then(|t| t.who.clone())
            .or_else(|| scorer_of(r, m.span, s.span));
        let Some(who) = who else { continue };
        let mut claim = blank(Some(who));
        if let Some(t) = &tally {
            claim.moment = t.moment;
            claim.competition = t.competition.clone();
            claim.all_time = t.all_time;
        } else {
            claim.competition = comp_near(r, m.span, s.span);
        }
        // A career total written after the tally and before the comparison ("… eight goals and
        // now has 12 at World Cups, one fewer than Messi"; "took his World Cup tally to 12,
        // four short of Klose's record"): the comparison is of the all-time totals.
        let tally_end = out[n0..]
            .iter()
            .filter(|f| f.family == "tournament_tally" && f.span.end() <= m.span.start())
            .map(|f| f.span.end())
            .max()
            .unwrap_or(s.span.start())
            .max(s.span.start());
        let between = r
            .doc
            .text_of(r.doc.span(tally_end, m.span.start()))
            .to_lowercase();
        if ALL_TIME_BETWEEN.is_match(&between) {
            claim.all_time = true;
        }
        claim.versus = names.iter().map(|e| (e.clone(), diff)).collect();
        let span = m.span.cover(r.doc.span(m.span.end(), last_end));
        push(r, out, "versus", span, m.span, claim);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("tournament_tally", include_str!("corpus.txt"));
    }
}
