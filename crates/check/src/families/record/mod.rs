//! Records and firsts measured over a set of matches: the biggest win or defeat, goals on one
//! day, a player's goals in one match, the most scorers in a match, what happened for the
//! first (or only, or n-th) time in a final (a hat-trick, an own goal, a shoot-out, extra
//! time, the most goals), a team's shoot-outs, finals and knockout matches, the World Cup
//! scoring record — and, reported unknown with the reason, records that need career tallies
//! or conventions the data do not settle.
//!
//! Grammar: one rule per shape (see [`RULES`]); the record's domain is read from the clause
//! ("in World Cup history", "in a Women's World Cup final", "at the European Championship",
//! "in all FIFA World Cup finals" = men's and women's), its subject from a possessive, "for X",
//! or the clause's subject, its reference from "since 1966" / "since Michelle Akers …".
//!
//! Verified over [`goalline_facts::Facts::match_set`] (every match of the competition and
//! gender up to the day; finals only; one team's matches): the event is the article's match;
//! a record holds when the event reaches the best of the matches before it (ties are joint
//! records), fails when an earlier match went further, and is unknown when a match of the set
//! lacks what the record needs (a score, a complete goal list, a stage).

use super::history::{competition_in_text, label, num, re, subject_team_sure, teams_in, year_in};
use super::{Family, Reading};
use crate::discourse::{Entity, Polarity};
use crate::doc::Span;
use crate::frames::{Frame, Kind, Predicate, RecordClaim, RecordForm};
use crate::mentions::Noun;
use crate::verify::{Context, Finding, Tie};
use goalline_core::{Date, Gender, Stage, TeamId};
use goalline_facts::matches::MatchFacts;
use goalline_facts::matchsets::{MatchSet, SetMatch};
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "record",
    recognise,
    verify,
};

struct Rule {
    name: &'static str,
    re: Regex,
}

fn rule(name: &'static str, p: &str) -> Rule {
    Rule { name, re: re(p) }
}

/// A time window on a record: "for 55 years", "in over a decade", "since 1961".
static WINDOW: Lazy<Regex> = Lazy::new(|| {
    re(
        r"\b(?:(?:for|in)\s+(?:(?:over|more\s+than|almost|nearly|some)\s+)?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|half\s+a)\s+(?:years?|decades?|century)|since)\b",
    )
});

static RULES: Lazy<Vec<Rule>> = Lazy::new(|| {
    vec![
        rule(
            "margin",
            r"\b(?P<sup>biggest|largest|heaviest|worst|widest|greatest|record|most\s+emphatic|most\s+lopsided|record-breaking)\s+(?:(?:ever|all-time)\s+)?(?:(?P<scope>(?:women's\s+)?world\s+cup|international|competitive|euro|european\s+championship|tournament|finals)\s+)?(?P<what>win|victory|defeat|loss|margin\s+of\s+victory|winning\s+margin|thrashing|rout|drubbing|beating|hammering)\b(?P<rest>[^.;,]{0,80})",
        ),
        rule(
            "previous_margin",
            r"\b(?:eclipsing|eclipsed|surpassing|surpassed|bettering|bettered|breaking|broke|overtaking|overtook|topping|topped|erasing|erased|beating)\s+(?P<who>[^,;.]{2,40}?)\s+(?P<a>\d{1,2})-(?P<b>\d{1,2})\s+(?:win|victory|rout|thrashing)\s+(?:over|against)\s+(?P<opp>[^,;.]{2,30}?)(?:\s+in\s+(?P<y>\d{4}))?\b",
        ),
        rule(
            "goals_on_day",
            r"\b(?:a\s+total\s+of\s+)?(?P<g>{NUM})\s+goals\s+(?:were\s+scored\s+)?in\s+(?:the\s+)?(?P<m>{NUM})\s+(?:games|matches|ties)\b",
        ),
        rule(
            "player_goals",
            r"\b(?P<form>record-equal(?:l)?ing|record-breaking|joint-record|record)\s+(?P<k>{NUM})\s+goals\b",
        ),
        rule(
            "player_goals_since",
            r"\bfirst\s+time\s+(?:a|any)\s+(?:player|woman|man)\s+(?:had\s+|has\s+)?(?:scored|netted|hit)\s+(?P<k>{NUM})(?:\s+goals)?\s+in\s+an?\s+(?P<comp>[^,;.]{0,40}?)(?:game|match)\s+since\s+(?P<since>[^;.]+)",
        ),
        rule(
            "scorers",
            r"\b(?P<k>{NUM})\s+different\s+(?:goal)?scorers\b(?P<rest>[^.;]{0,80}?\brecord\b[^.;]{0,60})",
        ),
        rule(
            "final_first",
            r"\b(?P<form>first|only|second|third|fourth|fifth)\s+(?:(?:ever|time|one)\s+)?(?P<mid>[^.;]{0,60}?)\b(?:in|at|of)\s+(?:an?|the)\s+(?P<comp>(?:[\w']+\s+){0,3}?)(?:final|decider)\b(?P<rest>[^.;,]{0,70})",
        ),
        rule(
            "final_to_be",
            r"\b(?P<form>first|only|second|third|fourth|fifth)\s+(?P<comp>(?:[\w']+\s+){0,3}?)(?:final|decider)\s+(?P<mid>to\s+(?:be\s+)?(?:settled|decided|need|needing|require|requiring|go(?:ne)?\s+to|go)\b[^.;]{0,40})(?P<rest>[^.;,]{0,60})",
        ),
        rule(
            "final_had_been",
            r"\bfirst\s+time\s+an?\s+(?P<comp>(?:[\w']+\s+){0,3}?)final\s+(?P<mid>(?:had\s+been|has\s+been|was|went|had\s+gone)\s+(?:settled|decided|to)\b[^.;]{0,40})",
        ),
        rule(
            "final_own_goal",
            r"\b(?P<form>first|only)\s+(?:ever\s+)?(?P<comp>(?:[\w']+\s+){0,3}?)final\s+own\s+goal\b(?P<rest>[^.;,]{0,60})",
        ),
        rule(
            "final_goals",
            r"\b(?P<form>highest|lowest)[- ]scoring\s+(?P<fin>(?:[\w']+\s+){0,2}?(?:final|decider))?(?P<rest>[^.;,]{0,80})",
        ),
        rule(
            "final_goals_90",
            r"\b(?:the\s+)?(?P<form>highest|most\s+goals)\s+in\s+(?:normal|regulation|90\s+minutes|ordinary)\s+time\b(?P<rest>[^.;]{0,80})",
        ),
        rule(
            "wc_scorer",
            r"\b(?:(?:the\s+)?(?P<comp>(?:women's\s+)?world\s+cup(?:'s)?)\s+)?(?:record|all-time\s+(?:leading|top)|leading\s+all-time|top\s+all-time)\s+(?P<comp2>(?:women's\s+)?world\s+cup\s+)?(?:goal)?scorer\b",
        ),
        rule(
            "wc_scoring_record",
            r"\b(?:break|broke|breaking|broken|set|smash(?:ed|ing)?)\s+the\s+(?:all-time\s+)?(?P<comp>(?:women's\s+)?world\s+cup)\s+(?:scoring|goals?|goalscoring)\s+record\b",
        ),
        rule(
            "shootouts_count",
            r"\b(?:won|win|winning)\s+(?:only\s+|just\s+)?(?P<w>{NUM})\s+of\s+(?:their|its|the)\s+(?:(?P<n>{NUM})\s+)?(?P<comp>(?:[\w']+\s+){0,3}?)(?:penalty\s+)?shoot-?outs\b",
        ),
        rule(
            "shootout_first",
            r"\bfirst\s+time\s+(?P<team>[^,;.]{2,30}?)\s+(?:had\s+|have\s+|has\s+)?won\s+an?\s+(?:penalty\s+)?shoot-?out\s+(?:at|in)\s+an?\s+(?P<comp>[^,;.]{2,30})",
        ),
        rule(
            "final_result_first",
            r"\bfirst\s+(?:ever\s+)?(?P<what>defeat|loss|win|victory)\s+in\s+an?\s+(?P<comp>(?:[\w']+\s+){0,3}?)final\b",
        ),
        rule(
            "ko_first",
            r"\bfirst\s+(?:ever\s+)?(?P<what>win|victory|defeat|loss)\s+in\s+(?:the\s+|a\s+)?(?:knockout\s+(?:stages?|rounds?|phase|match(?:es)?|games?|ties?))(?:\s+(?:of|at)\s+(?:the\s+|a\s+)?(?P<comp>[^,;.]{2,40}?))?(?:\s+since\s+(?P<since>[^,;.]+))?(?:[,;.]|$)",
        ),
        rule(
            "stage_since",
            r"\bfirst\s+(?P<comp>(?:world\s+cup|euro|european\s+championship)\s+)?(?P<st>semi-?final|quarter-?final|final|knockout)\s+(?P<what>defeat|win|victory|loss)\s+since\s+(?P<since>[^,;.]+)",
        ),
        rule(
            "ko_never",
            r"\bnever\s+(?:before\s+)?won\s+an?\s+knockout\s+(?:tie|match|game)\s+(?:at|in)\s+(?:the\s+)?(?P<comp>[^,;.]{2,40})",
        ),
        rule(
            "stage_wins",
            r"\bwon\s+(?:all\s+)?(?:their|its)\s+(?P<n>{NUM})\s+previous\s+(?P<st>semi-?finals|quarter-?finals|finals)\b",
        ),
        rule(
            "career_record",
            r"\b(?:(?:international|all-time|national)\s+(?:goal)?scoring\s+record|record\s+(?:goal)?scorer|(?:outright\s+)?record\s+holder|most\s+prolific\s+(?:goal)?scorer|scoring\s+record|(?:goal)?scoring\s+mark|'s\s+mark)\b",
        ),
    ]
});

static DAY_CONTEXT: Lazy<Regex> =
    Lazy::new(|| re(r"\b(?:day|evening|night|afternoon|matchday|today|yesterday|featured)\b"));
static HAT_TRICK: Lazy<Regex> = Lazy::new(|| re(r"\bhat[- ]?tricks?\b|\btreble\b"));
static OWN_GOAL: Lazy<Regex> = Lazy::new(|| re(r"\bown[- ]goals?\b"));
static SHOOTOUT: Lazy<Regex> = Lazy::new(|| re(r"\b(?:penalties|shoot-?outs?|spot[- ]kicks)\b"));
static EXTRA_TIME: Lazy<Regex> = Lazy::new(|| re(r"\bextra[- ]time\b"));
static HISTORY: Lazy<Regex> =
    Lazy::new(|| re(r"\b(?:history|ever|all-time|all\s+time|of\s+all|in\s+all)\b"));
static ALL_GENDERS: Lazy<Regex> = Lazy::new(|| {
    re(
        r"\b(?:in\s+all\s+(?:fifa\s+)?world\s+cup|men's\s+(?:or|and)\s+women's|women's\s+(?:or|and)\s+men's)",
    )
});
static MAJOR: Lazy<Regex> = Lazy::new(|| re(r"\bmajor\s+(?:tournaments?|finals|championships?)\b"));
static CAREER: Lazy<Regex> = Lazy::new(|| {
    re(
        r"\b(?:international|men's\s+international|for\s+(?:his|her)\s+country|career|caps?|goals?\s+for)\b",
    )
});

/// A record frame under construction.
fn claim(key: &'static str, form: RecordForm) -> RecordClaim {
    RecordClaim {
        subject: None,
        key,
        claim: form,
        numbers: Vec::new(),
        competition: None,
        womens: false,
        all_genders: false,
        finals: false,
        defeat: false,
        year: None,
        other: None,
    }
}

fn form_of(w: &str) -> Option<RecordForm> {
    Some(match w.to_ascii_lowercase().as_str() {
        "first" => RecordForm::First,
        "only" => RecordForm::Only,
        "second" | "third" | "fourth" | "fifth" => RecordForm::Nth,
        "record-equalling" | "record-equaling" | "joint-record" => RecordForm::Equals,
        "record" | "record-breaking" | "highest" => RecordForm::Most,
        _ => return None,
    })
}

fn ordinal(w: &str) -> Option<u32> {
    Some(match w.to_ascii_lowercase().as_str() {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        _ => return None,
    })
}

/// A team owning the trigger: "Brazil's biggest defeat", "their heaviest defeat".
fn possessive_before(r: &Reading<'_>, at: Span) -> Option<Entity> {
    let s = r.sentence_of(at)?;
    let e = r
        .discourse
        .entities_in(r.doc.span(s.span.start(), at.start()))
        .filter(|e| e.is_team())
        .last()?;
    let gap = r.doc.text_of(r.doc.span(e.span.end(), at.start()));
    let gap = gap.trim_start_matches(['\'', '\u{2019}', 's']).trim();
    (e.possessive && gap.is_empty()).then(|| e.clone())
}

fn person_before(r: &Reading<'_>, at: Span) -> Option<Entity> {
    let s = r.sentence_of(at)?;
    r.discourse
        .entities_in(r.doc.span(s.span.start(), at.start()))
        .filter(|e| {
            matches!(
                e.referent,
                crate::discourse::Referent::Person(_)
                    | crate::discourse::Referent::Described { .. }
            )
        })
        .last()
        .cloned()
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let (stext, _) = r.doc.norm_of(s.span);
        let mut taken: Vec<Span> = Vec::new();
        for rule in RULES.iter() {
            for m in r.find(&rule.re, s.span) {
                if taken.iter().any(|t| t.overlaps(m.span)) {
                    continue;
                }
                let text = |g: &str| m.group(g).map(|sp| r.doc.text_of(sp).to_string());
                let seg = r.segment_span(m.span);
                let (segtext, _) = r.doc.norm_of(seg);
                // The competition: the clause's, else the sentence's.
                let comp = competition_in_text(r.doc.norm_of(m.span).0)
                    .or_else(|| competition_in_text(segtext))
                    .or_else(|| competition_in_text(stext));
                let womens =
                    comp.as_ref().is_some_and(|c| c.1) || stext.to_lowercase().contains("women's");
                // A reading the rule cannot pin (a time window it does not model, a domain
                // guessed): it may support, never contradict.
                let mut unsure = false;
                let mut c = match rule.name {
                    "margin" => {
                        let what = text("what").unwrap_or_default().to_lowercase();
                        let sup = text("sup").unwrap_or_default().to_lowercase();
                        let mut c = claim("margin", RecordForm::Most);
                        c.defeat = what.starts_with("defeat")
                            || what.starts_with("loss")
                            || sup == "worst";
                        // A record needs a domain: a competition, "ever", "history", "all-time",
                        // or a team's own history ("Brazil's biggest defeat").
                        let scoped = comp.is_some()
                            || HISTORY.is_match(r.doc.norm_of(m.span).0)
                            || text("scope").is_some();
                        if !scoped && subject_team_sure(r, m.span).is_none() {
                            continue;
                        }
                        c.all_genders = ALL_GENDERS.is_match(stext);
                        // "the heaviest defeat for 55 years", "… since 1961": a window the
                        // verifier does not model.
                        unsure = WINDOW.is_match(segtext)
                            || WINDOW.is_match(&text("rest").unwrap_or_default());
                        c
                    }
                    "previous_margin" => {
                        let mut c = claim("previous_margin", RecordForm::Previous);
                        let (Some(a), Some(b)) = (
                            text("a").and_then(|x| x.parse().ok()),
                            text("b").and_then(|x| x.parse().ok()),
                        ) else {
                            continue;
                        };
                        c.numbers = vec![(a, Noun::Goal), (b, Noun::Goal)];
                        c.year = text("y").and_then(|y| y.parse().ok());
                        c.subject = m
                            .group("who")
                            .and_then(|sp| teams_in(r, sp).into_iter().next());
                        c.other = m
                            .group("opp")
                            .and_then(|sp| teams_in(r, sp).into_iter().next());
                        if c.subject.is_none() || c.other.is_none() {
                            continue;
                        }
                        c.all_genders = ALL_GENDERS.is_match(stext);
                        // "the heaviest defeat for 55 years", "… since 1961": a window the
                        // verifier does not model.
                        unsure = WINDOW.is_match(segtext)
                            || WINDOW.is_match(&text("rest").unwrap_or_default());
                        c
                    }
                    "goals_on_day" => {
                        if !DAY_CONTEXT.is_match(stext) {
                            continue;
                        }
                        let mut c = claim("goals_on_day", RecordForm::Count);
                        let (Some(g), Some(n)) = (
                            text("g").and_then(|x| num(&x)),
                            text("m").and_then(|x| num(&x)),
                        ) else {
                            continue;
                        };
                        c.numbers = vec![(g, Noun::Goal), (n, Noun::Match)];
                        c
                    }
                    "player_goals" | "player_goals_since" => {
                        let form = if rule.name == "player_goals_since" {
                            RecordForm::FirstSince
                        } else {
                            match form_of(&text("form").unwrap_or_default()) {
                                Some(f) => f,
                                None => continue,
                            }
                        };
                        let Some(k) = text("k").and_then(|x| num(&x)) else {
                            continue;
                        };
                        let mut c = claim("player_goals", form);
                        c.numbers = vec![(k, Noun::Goal)];
                        if let Some(sp) = m.group("since") {
                            c.year = year_in(r.doc.text_of(sp));
                            c.other = r
                                .discourse
                                .entities_in(sp)
                                .find(|e| {
                                    matches!(e.referent, crate::discourse::Referent::Person(_))
                                })
                                .cloned();
                        }
                        c.subject = person_before(r, m.span);
                        c
                    }
                    "scorers" => {
                        let Some(k) = text("k").and_then(|x| num(&x)) else {
                            continue;
                        };
                        let mut c = claim("scorers", RecordForm::Most);
                        c.numbers = vec![(k, Noun::Scorer)];
                        c.subject = subject_team_sure(r, m.span).map(|x| x.0);
                        c
                    }
                    "final_first" | "final_to_be" | "final_had_been" | "final_own_goal" => {
                        let form = if rule.name == "final_had_been" {
                            RecordForm::First
                        } else {
                            match form_of(&text("form").unwrap_or_default()) {
                                Some(f) => f,
                                None => continue,
                            }
                        };
                        let scope = format!(
                            "{} {}",
                            text("mid").unwrap_or_default(),
                            r.doc.text_of(m.span)
                        );
                        let key = if rule.name == "final_own_goal" || OWN_GOAL.is_match(&scope) {
                            "own_goal_final"
                        } else if HAT_TRICK.is_match(&scope)
                            || HAT_TRICK.is_match(stext) && rule.name == "final_first"
                        {
                            "hat_trick_final"
                        } else if SHOOTOUT.is_match(&scope) {
                            "shootout_final"
                        } else if EXTRA_TIME.is_match(&scope) {
                            "extra_time_final"
                        } else {
                            continue;
                        };
                        let mut c = claim(key, form);
                        c.finals = true;
                        if form == RecordForm::Nth {
                            c.numbers = vec![(
                                ordinal(&text("form").unwrap_or_default()).unwrap_or(0),
                                Noun::Final,
                            )];
                        }
                        let rest = format!(
                            "{} {}",
                            text("mid").unwrap_or_default(),
                            text("rest").unwrap_or_default()
                        );
                        if let Some(i) = rest.to_lowercase().find("since") {
                            c.claim = RecordForm::FirstSince;
                            c.year = year_in(&rest[i..]);
                            if c.year.is_none() {
                                // "since Geoff Hurst's for England in 1966": a year later on.
                                c.year = year_in(
                                    stext
                                        .get(stext.to_lowercase().find("since").unwrap_or(0)..)
                                        .unwrap_or(""),
                                );
                            }
                        }
                        c
                    }
                    "final_goals_90" => {
                        if !stext.to_lowercase().contains("final")
                            && !stext.to_lowercase().contains("decider")
                        {
                            continue;
                        }
                        let mut c = claim("final_goals_90", RecordForm::Most);
                        c.finals = true;
                        let rest = text("rest").unwrap_or_default();
                        if let Some(i) = rest.to_lowercase().find("since") {
                            c.claim = RecordForm::FirstSince;
                            c.year = year_in(&rest[i..]);
                            // "since Brazil defeated Sweden 5-2, 60 years ago".
                            if c.year.is_none() {
                                if let Some((n, _)) = super::history::ago_in(&rest[i..]) {
                                    c.numbers = vec![(n, Noun::Year)];
                                }
                            }
                        }
                        c
                    }
                    "final_goals" => {
                        if text("fin").is_none() && !stext.to_lowercase().contains("final") {
                            continue;
                        }
                        let mut c = claim(
                            "final_goals",
                            if text("form").is_some_and(|f| f.eq_ignore_ascii_case("highest")) {
                                RecordForm::Most
                            } else {
                                continue;
                            },
                        );
                        c.finals = true;
                        let rest = text("rest").unwrap_or_default();
                        if let Some(i) = rest.to_lowercase().find("since") {
                            c.claim = RecordForm::FirstSince;
                            c.year = year_in(&rest[i..]);
                        }
                        c
                    }
                    "wc_scorer" | "wc_scoring_record" => {
                        let named = text("comp").or_else(|| text("comp2"));
                        let wc = named.is_some()
                            || comp.as_ref().is_some_and(|c| c.0.contains("World Cup"));
                        if !wc {
                            continue;
                        }
                        let mut c = claim("wc_scorer", RecordForm::Most);
                        c.subject = person_before(r, m.span).or_else(|| {
                            r.discourse
                                .entities_in(seg)
                                .find(|e| {
                                    matches!(e.referent, crate::discourse::Referent::Person(_))
                                })
                                .cloned()
                        });
                        c.competition = Some(if womens {
                            "FIFA Women's World Cup".into()
                        } else {
                            "FIFA World Cup".into()
                        });
                        c
                    }
                    "shootouts_count" => {
                        let Some(w) = text("w").and_then(|x| num(&x)) else {
                            continue;
                        };
                        let mut c = claim("shootouts", RecordForm::Count);
                        c.numbers = vec![(w, Noun::Win)];
                        if let Some(n) = text("n").and_then(|x| num(&x)) {
                            c.numbers.push((n, Noun::Other));
                        }
                        c.subject = subject_team_sure(r, m.span).map(|x| x.0);
                        // The domain from the words up to the count ("their six Euro
                        // shoot-outs"), not from a phrase after it ("…, against Spain at Euro
                        // 96", the one they won); with none, the main match's is a guess.
                        let upto = r.doc.norm_of(r.doc.span(s.span.start(), m.span.end())).0;
                        match competition_in_text(upto) {
                            Some(x) => c.competition = Some(x.0),
                            None => unsure = true,
                        }
                        c
                    }
                    "shootout_first" => {
                        let mut c = claim("shootouts", RecordForm::First);
                        c.subject = m
                            .group("team")
                            .and_then(|sp| teams_in(r, sp).into_iter().next());
                        c
                    }
                    "final_result_first" => {
                        let what = text("what").unwrap_or_default().to_lowercase();
                        let mut c = claim("final_result", RecordForm::First);
                        c.defeat = what.starts_with("defeat") || what.starts_with("loss");
                        c.finals = true;
                        c.subject = subject_team_sure(r, m.span).map(|x| x.0);
                        c
                    }
                    "ko_first" | "stage_since" => {
                        let what = text("what").unwrap_or_default().to_lowercase();
                        let mut c = claim(
                            "knockout",
                            if text("since").is_some() {
                                RecordForm::FirstSince
                            } else {
                                RecordForm::First
                            },
                        );
                        c.defeat = what.starts_with("defeat") || what.starts_with("loss");
                        c.year = m
                            .group("since")
                            .map(|sp| super::history::since_clause(r, sp))
                            .and_then(|sp| year_in(r.doc.text_of(sp)));
                        let st = text("st")
                            .unwrap_or_default()
                            .to_lowercase()
                            .replace(['-', ' '], "");
                        c.numbers = match st.as_str() {
                            s if s.starts_with("semi") => vec![(4, Noun::Other)],
                            s if s.starts_with("quarter") => vec![(8, Noun::Other)],
                            "final" => vec![(2, Noun::Other)],
                            _ => Vec::new(),
                        };
                        c.subject = subject_team_sure(r, m.span).map(|x| x.0);
                        if text("since").is_some() && c.year.is_none() {
                            continue;
                        }
                        c
                    }
                    "ko_never" => {
                        let mut c = claim("knockout", RecordForm::Count);
                        c.numbers = vec![(0, Noun::Win)];
                        c.subject = subject_team_sure(r, m.span).map(|x| x.0);
                        c
                    }
                    "stage_wins" => {
                        let Some(n) = text("n").and_then(|x| num(&x)) else {
                            continue;
                        };
                        let st = text("st")
                            .unwrap_or_default()
                            .to_lowercase()
                            .replace(['-', ' '], "");
                        let mut c = claim("stage_wins", RecordForm::Count);
                        c.numbers = vec![
                            (n, Noun::Win),
                            (
                                if st.starts_with("semi") {
                                    4
                                } else if st.starts_with("quarter") {
                                    8
                                } else {
                                    2
                                },
                                Noun::Other,
                            ),
                        ];
                        c.subject = subject_team_sure(r, m.span).map(|x| x.0);
                        c
                    }
                    "career_record" => {
                        // A career scoring record: needs career tallies (friendlies have no
                        // scorer rows), left unknown; only when the clause speaks of goals.
                        if !CAREER.is_match(stext) && !stext.to_lowercase().contains("goal") {
                            continue;
                        }
                        if stext.to_lowercase().contains("world cup")
                            && !stext.to_lowercase().contains("international")
                        {
                            continue;
                        }
                        claim("career_record", RecordForm::Most)
                    }
                    _ => continue,
                };
                if c.competition.is_none() {
                    c.competition = comp.as_ref().map(|x| x.0.clone());
                    if MAJOR.is_match(stext) && c.competition.is_none() {
                        c.competition = Some("major".into());
                    }
                }
                c.womens = womens;
                if c.key == "margin" {
                    c.subject = possessive_before(r, m.span)
                        .or_else(|| {
                            super::history::team_after_prep(
                                r,
                                r.doc.span(m.span.start(), m.span.end()),
                                &["for"],
                            )
                        })
                        // The clause's subject, when read surely ("Germany recorded the biggest
                        // margin").
                        .or_else(|| subject_team_sure(r, m.span).filter(|x| x.1).map(|x| x.0));
                }
                if c.subject.is_none()
                    && matches!(
                        c.key,
                        "final_result" | "knockout" | "stage_wins" | "shootouts"
                    )
                {
                    c.subject = subject_team_sure(r, m.span).map(|x| x.0).or_else(|| {
                        // "the worst loss ever for England in a World Cup".
                        super::history::team_after_prep(
                            r,
                            r.doc.span(m.span.start(), seg.end()),
                            &["for"],
                        )
                    });
                }
                // The span: the clause's words of the record, up to where a "since" phrase
                // ends.
                let mut span = r.doc.trim(m.span, &[' ', ',']);
                if let Some(sp) = m.group("since") {
                    let cut = super::history::since_clause(r, sp);
                    span = r.doc.span(span.start(), cut.end().min(span.end()));
                }
                let mut frame = r.frame(
                    "record",
                    rule.name,
                    Kind::Record,
                    span,
                    m.span,
                    Predicate::Record(c),
                );
                if rule.name == "ko_never" {
                    frame.polarity = Polarity::Affirmed;
                }
                if unsure {
                    frame.certain = false;
                }
                taken.push(m.span);
                out.push(frame);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Verifier.

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::Record(c) = &f.predicate else {
        return Finding::unknown("not a record", Tie::none("-"));
    };
    if c.key == "career_record" {
        return Finding::unknown(
            "an international scoring record needs career tallies, which the data do not pin (goalscorers.csv has no friendlies)",
            Tie::none("career tallies"),
        );
    }
    let Some(main) = ctx.main.as_ref() else {
        return Finding::unknown(
            "the article's match was not found in the data",
            Tie::none("no match"),
        );
    };
    let Some(day) = ctx.date else {
        return Finding::unknown("the article's date is not known", Tie::none("no date"));
    };
    let gender = ctx.gender;
    let tie = Tie::to_match(main.row.id, label(&main.row), true, "the article's match");
    match c.key {
        "margin" => margin(ctx, c, main, gender, tie),
        "previous_margin" => previous_margin(ctx, c, main, gender, tie),
        "goals_on_day" => goals_on_day(ctx, c, main, tie),
        "player_goals" => player_goals(ctx, c, main, gender, tie),
        "scorers" => scorers(ctx, c, main, gender, tie),
        "hat_trick_final" | "own_goal_final" | "shootout_final" | "extra_time_final"
        | "final_goals" | "final_goals_90" => final_event(ctx, c, main, gender, day, tie),
        "wc_scorer" => wc_scorer(ctx, c, main, gender, tie),
        "shootouts" => shootouts(ctx, c, main, gender, tie),
        "final_result" | "knockout" | "stage_wins" => team_stage(ctx, c, main, gender, tie),
        _ => Finding::unknown("no check for this record", tie),
    }
}

/// The competitions a record's domain names: the clause's, else the article's match's.
fn domains(c: &RecordClaim, main: &MatchFacts, gender: Gender) -> Vec<(String, Gender)> {
    let mut out = Vec::new();
    let comp = c
        .competition
        .clone()
        .unwrap_or_else(|| main.row.tournament.clone());
    let comp = if comp == "FIFA World Cup" && gender == Gender::Women {
        "FIFA Women's World Cup".to_string()
    } else {
        comp
    };
    if comp == "major" {
        for x in [
            "FIFA World Cup",
            "UEFA Euro",
            "Copa América",
            "African Cup of Nations",
            "AFC Asian Cup",
            "Gold Cup",
        ] {
            out.push((x.to_string(), gender));
        }
        return out;
    }
    if c.all_genders && comp.contains("World Cup") {
        out.push(("FIFA World Cup".into(), Gender::Men));
        out.push(("FIFA Women's World Cup".into(), Gender::Women));
        return out;
    }
    out.push((comp, gender));
    out
}

fn set_matches(
    ctx: &Context<'_>,
    doms: &[(String, Gender)],
    finals_only: bool,
    team: Option<TeamId>,
    to: Date,
) -> Result<(Vec<SetMatch>, bool), String> {
    let mut all = Vec::new();
    let mut exact = true;
    for (comp, g) in doms {
        let a = ctx
            .facts
            .match_set(&MatchSet {
                competition: comp.clone(),
                gender: *g,
                finals_only,
                team,
                to,
            })
            .map_err(|e| e.to_string())?;
        exact &= a.coverage.is_exact();
        all.extend(a.value);
    }
    all.sort_by_key(|m| (m.row.date, m.row.id.0));
    Ok((all, exact))
}

fn subject_team(ctx: &Context<'_>, c: &RecordClaim) -> Option<TeamId> {
    c.subject.as_ref().and_then(|e| ctx.team_of(e))
}

/// In the article's domain: the main match belongs to the competition the record is about.
fn in_domain(main: &MatchFacts, doms: &[(String, Gender)]) -> bool {
    doms.iter()
        .any(|(c, g)| main.row.tournament == *c && main.row.gender == *g)
}

fn margin(
    ctx: &Context<'_>,
    c: &RecordClaim,
    main: &MatchFacts,
    gender: Gender,
    tie: Tie,
) -> Finding {
    let (Some(h), Some(a)) = (main.row.home_score, main.row.away_score) else {
        return Finding::unknown("the match's score is not recorded", tie);
    };
    let ev_margin = h.abs_diff(a);
    if ev_margin == 0 {
        return Finding::unknown("the article's match was a draw", tie);
    }
    let winner = if h > a { main.row.home } else { main.row.away };
    let loser = main.row.opponent(winner);
    // The subject: the side whose win (or defeat) it is. "Germany inflicted their heaviest
    // defeat": a defeat belongs to the loser whoever the sentence's subject is.
    let subject = subject_team(ctx, c);
    let team = match (subject, c.defeat) {
        (Some(t), true) if main.involves(t) => Some(loser),
        (Some(t), false) if main.involves(t) => Some(t),
        (Some(_), _) => {
            return Finding::unknown(
                "the team named did not play the article's match",
                tie.uncertain("another team"),
            )
        }
        (None, _) => None,
    };
    if let Some(t) = team {
        if (t == winner) == c.defeat {
            return Finding::unknown("the article's match does not fit the record's side", tie);
        }
    }
    // The domain: the competition named; a team's record with none named is all its matches.
    let named = c.competition.is_some();
    let doms: Vec<(String, Gender)> = if named || team.is_none() {
        domains(c, main, gender)
    } else {
        Vec::new()
    };
    let before = main.row.date.pred_opt().unwrap_or(main.row.date);
    let earlier: Vec<(u32, String)> = if doms.is_empty() {
        // All the team's matches (men's: results.csv is complete).
        if gender == Gender::Women {
            return Finding::unknown("women's matches are in the data only at World Cups", tie);
        }
        let Some(t) = team else {
            return Finding::unknown("no team", tie);
        };
        let Ok(form) = ctx.facts.team_form(t, gender, before, true) else {
            return Finding::unknown("the team's matches could not be read", tie);
        };
        form.value
            .iter()
            .filter_map(|m| {
                let (x, y) = (m.goals_for(t)?, m.goals_for(m.opponent(t))?);
                let ok = if c.defeat { x < y } else { x > y };
                ok.then(|| (x.abs_diff(y), label(m)))
            })
            .collect()
    } else {
        if !in_domain(main, &doms) {
            return Finding::unknown(
                format!("the article's match is not a {} match", doms[0].0),
                tie.uncertain("another competition"),
            );
        }
        let (ms, exact) = match set_matches(ctx, &doms, false, team, before) {
            Ok(x) => x,
            Err(e) => return Finding::unknown(e, tie),
        };
        if !exact {
            return Finding::unknown(
                "some matches of the competition have no recorded score",
                tie,
            );
        }
        ms.iter()
            .filter(|m| m.row.id != main.row.id)
            .filter_map(|m| {
                let w = m.winner()?;
                match team {
                    Some(t) if c.defeat && m.row.opponent(w) != t => None,
                    Some(t) if !c.defeat && w != t => None,
                    _ => Some((m.margin()?, label(&m.row))),
                }
            })
            .collect()
    };
    let best = earlier.iter().max_by_key(|x| x.0);
    let scope = if doms.is_empty() {
        "in all their matches".to_string()
    } else {
        format!(
            "at the {}",
            doms.iter()
                .map(|d| d.0.clone())
                .collect::<Vec<_>>()
                .join(" and ")
        )
    };
    let who = team.map(|t| ctx.facts.team_name(t).to_string());
    let detail = format!(
        "{} {}-{} margin {ev_margin}; the biggest {}{} before {scope}: {}",
        label(&main.row),
        h.max(a),
        h.min(a),
        if c.defeat { "defeat" } else { "win" },
        who.map(|w| format!(" of {w}")).unwrap_or_default(),
        best.map(|b| format!("{} ({})", b.0, b.1))
            .unwrap_or_else(|| "none".into())
    );
    match best {
        Some((m, l)) if *m > ev_margin => Finding::fails(
            format!("{l} was bigger"),
            detail,
            tie,
            vec![main.row.evidence.clone()],
        ),
        Some((m, _)) if c.claim == RecordForm::Equals && *m != ev_margin => Finding::fails(
            "a new record, not an equalled one",
            detail,
            tie,
            vec![main.row.evidence.clone()],
        ),
        None if c.claim == RecordForm::Equals => {
            Finding::fails("no earlier match to equal", detail, tie, vec![])
        }
        _ => Finding::holds(detail, tie, vec![main.row.evidence.clone()]),
    }
}

fn previous_margin(
    ctx: &Context<'_>,
    c: &RecordClaim,
    main: &MatchFacts,
    gender: Gender,
    tie: Tie,
) -> Finding {
    let (Some(a), Some(b)) = (
        c.subject.as_ref().and_then(|e| ctx.team_of(e)),
        c.other.as_ref().and_then(|e| ctx.team_of(e)),
    ) else {
        return Finding::unknown("the teams of the earlier record are not identified", tie);
    };
    let claimed = c
        .numbers
        .first()
        .map(|x| x.0)
        .unwrap_or(0)
        .abs_diff(c.numbers.get(1).map(|x| x.0).unwrap_or(0));
    let doms = domains(c, main, gender);
    let before = main.row.date.pred_opt().unwrap_or(main.row.date);
    let (ms, exact) = match set_matches(ctx, &doms, false, None, before) {
        Ok(x) => x,
        Err(e) => return Finding::unknown(e, tie),
    };
    if !exact {
        return Finding::unknown("some matches have no recorded score", tie);
    }
    let named: Vec<&SetMatch> = ms
        .iter()
        .filter(|m| {
            (m.row.home == a && m.row.away == b || m.row.home == b && m.row.away == a)
                && c.year
                    .is_none_or(|y| goalline_core::Datelike::year(&m.row.date) == y)
        })
        .collect();
    let [m] = named.as_slice() else {
        return Finding::unknown(
            "the earlier match is not found among the competition's matches",
            tie,
        );
    };
    let best = ms.iter().filter_map(|x| x.margin()).max().unwrap_or(0);
    let real = m.margin().unwrap_or(0);
    let detail = format!(
        "{}: margin {real}; the biggest before {}: {best}",
        label(&m.row),
        label(&main.row)
    );
    if real != claimed {
        return Finding::unknown(
            format!("{detail} (the score written differs: the result family checks it)"),
            tie,
        );
    }
    if real == best {
        Finding::holds(detail, tie, vec![m.row.evidence.clone()])
    } else {
        Finding::fails(
            format!("the record before was {best} goals"),
            detail,
            tie,
            vec![m.row.evidence.clone()],
        )
    }
}

fn goals_on_day(ctx: &Context<'_>, c: &RecordClaim, main: &MatchFacts, tie: Tie) -> Finding {
    let (Some(g), Some(n)) = (
        c.numbers.first().map(|x| x.0),
        c.numbers.get(1).map(|x| x.0),
    ) else {
        return Finding::unknown("no numbers", tie);
    };
    let day = main.row.date;
    let Ok(ms) = ctx
        .facts
        .find_matches(&goalline_facts::matches::MatchQuery {
            from: Some(day),
            to: Some(day),
            competition: Some(main.row.tournament.clone()),
            gender: Some(main.row.gender),
            ..Default::default()
        })
    else {
        return Finding::unknown("the day's matches could not be read", tie);
    };
    let ms: Vec<_> = ms
        .into_iter()
        .filter(|m| m.tournament == main.row.tournament)
        .collect();
    let total: Option<u32> = ms.iter().map(|m| Some(m.home_score? + m.away_score?)).sum();
    let Some(total) = total else {
        return Finding::unknown("a score of the day is not recorded", tie);
    };
    let detail = format!(
        "{} on {day}: {}",
        main.row.tournament,
        ms.iter().map(label).collect::<Vec<_>>().join("; ")
    );
    let ev = ms.iter().map(|m| m.evidence.clone()).collect();
    if ms.len() as u32 != n {
        return Finding::unknown(format!("{detail}: {} matches that day", ms.len()), tie);
    }
    if total == g {
        Finding::holds(detail, tie, ev)
    } else {
        Finding::fails(format!("{total} goals"), detail, tie, ev)
    }
}

/// The main match as a set match (with its goals).
fn event_of(ctx: &Context<'_>, main: &MatchFacts, doms: &[(String, Gender)]) -> Option<SetMatch> {
    let (ms, _) = set_matches(ctx, doms, false, None, main.row.date).ok()?;
    ms.into_iter().find(|m| m.row.id == main.row.id)
}

/// Competitions a record counts in, with their gender.
type Domains = Vec<(String, Gender)>;

/// The number a match record claims, the record's domains and the main match in them (with
/// its goals), or why the record cannot be read against it.
fn number_and_event(
    ctx: &Context<'_>,
    c: &RecordClaim,
    main: &MatchFacts,
    gender: Gender,
    tie: &Tie,
) -> Result<(u32, Domains, SetMatch), Box<Finding>> {
    let Some(k) = c.numbers.first().map(|x| x.0) else {
        return Err(Box::new(Finding::unknown("no number", tie.clone())));
    };
    let doms = domains(c, main, gender);
    if !in_domain(main, &doms) {
        return Err(Box::new(Finding::unknown(
            "the article's match is not in the record's competition",
            tie.clone().uncertain("another competition"),
        )));
    }
    let Some(ev) = event_of(ctx, main, &doms) else {
        return Err(Box::new(Finding::unknown(
            "the match's goals are not all known",
            tie.clone(),
        )));
    };
    Ok((k, doms, ev))
}

fn player_goals(
    ctx: &Context<'_>,
    c: &RecordClaim,
    main: &MatchFacts,
    gender: Gender,
    tie: Tie,
) -> Finding {
    let (k, doms, ev) = match number_and_event(ctx, c, main, gender, &tie) {
        Ok(x) => x,
        Err(f) => return *f,
    };
    let Some((best_here, who, _)) = ev.best_scorer() else {
        return Finding::unknown("the match's goals are not all known", tie);
    };
    if best_here != k {
        return Finding::unknown(
            format!("the most one player scored in the match is {best_here} ({who})"),
            tie,
        );
    }
    let before = main.row.date;
    let (ms, exact) = match set_matches(ctx, &doms, false, None, before) {
        Ok(x) => x,
        Err(e) => return Finding::unknown(e, tie),
    };
    let earlier: Vec<&SetMatch> = ms
        .iter()
        .filter(|m| m.row.id != main.row.id && m.row.date <= before)
        .collect();
    if !exact || earlier.iter().any(|m| m.goals.is_none()) {
        return Finding::unknown(
            "some earlier matches of the competition lack a complete goal list",
            tie,
        );
    }
    let hits: Vec<(&SetMatch, u32, String)> = earlier
        .iter()
        .filter_map(|m| m.best_scorer().map(|(n, w, _)| (*m, n, w)))
        .collect();
    let max = hits.iter().map(|x| x.1).max().unwrap_or(0);
    let detail = format!(
        "{who} scored {k} in {}; the most by a player in an earlier {} match: {max}",
        label(&main.row),
        doms[0].0
    );
    match c.claim {
        RecordForm::Equals if max == k => Finding::holds(detail, tie, vec![]),
        RecordForm::Equals => Finding::fails(
            if max < k {
                "a new record".to_string()
            } else {
                format!("the record is {max}")
            },
            detail,
            tie,
            vec![],
        ),
        RecordForm::Most if k >= max => Finding::holds(detail, tie, vec![]),
        RecordForm::Most => Finding::fails(format!("the record is {max}"), detail, tie, vec![]),
        RecordForm::FirstSince => {
            let last = hits
                .iter()
                .filter(|x| x.1 >= k)
                .max_by_key(|x| x.0.row.date);
            match (last, c.year) {
                (Some((m, _, w)), Some(y)) if goalline_core::Datelike::year(&m.row.date) == y => {
                    Finding::holds(
                        format!("{detail}; the previous: {w} in {}", label(&m.row)),
                        tie,
                        vec![m.row.evidence.clone()],
                    )
                }
                (Some((m, _, w)), Some(_)) => Finding::fails(
                    format!("{w} in {}", label(&m.row)),
                    detail,
                    tie,
                    vec![m.row.evidence.clone()],
                ),
                (None, _) => Finding::fails("no earlier instance", detail, tie, vec![]),
                _ => Finding::unknown(detail, tie),
            }
        }
        _ => Finding::unknown(detail, tie),
    }
}

fn scorers(
    ctx: &Context<'_>,
    c: &RecordClaim,
    main: &MatchFacts,
    gender: Gender,
    tie: Tie,
) -> Finding {
    let (k, doms, ev) = match number_and_event(ctx, c, main, gender, &tie) {
        Ok(x) => x,
        Err(f) => return *f,
    };
    let team = subject_team(ctx, c)
        .filter(|t| main.involves(*t))
        .or(main.result.winner);
    let Some(team) = team else {
        return Finding::unknown("the team is not identified", tie);
    };
    let Some(here) = ev.scorers_of(team) else {
        return Finding::unknown("the match's goals are not all known", tie);
    };
    if here != k {
        return Finding::fails(
            format!("{here} scorers"),
            format!(
                "{} scorers for {} in {}",
                here,
                ctx.facts.team_name(team),
                label(&main.row)
            ),
            tie,
            vec![],
        );
    }
    let (ms, exact) = match set_matches(ctx, &doms, false, None, main.row.date) {
        Ok(x) => x,
        Err(e) => return Finding::unknown(e, tie),
    };
    let earlier: Vec<&SetMatch> = ms.iter().filter(|m| m.row.id != main.row.id).collect();
    if !exact || earlier.iter().any(|m| m.goals.is_none()) {
        return Finding::unknown("some earlier matches lack a complete goal list", tie);
    }
    let max = earlier
        .iter()
        .flat_map(|m| [m.scorers_of(m.row.home), m.scorers_of(m.row.away)])
        .flatten()
        .max()
        .unwrap_or(0);
    let detail = format!(
        "{k} different scorers; the most for one team in an earlier {} match: {max}",
        doms[0].0
    );
    if k > max {
        Finding::holds(detail, tie, vec![])
    } else {
        Finding::fails(format!("the record was {max}"), detail, tie, vec![])
    }
}

fn final_event(
    ctx: &Context<'_>,
    c: &RecordClaim,
    main: &MatchFacts,
    gender: Gender,
    day: Date,
    tie: Tie,
) -> Finding {
    let doms = domains(c, main, gender);
    // "It remains the only hat-trick in a final": up to the article's day.
    let to = if c.claim == RecordForm::Only {
        day
    } else {
        main.row.date
    };
    let (ms, exact) = match set_matches(ctx, &doms, true, None, to) {
        Ok(x) => x,
        Err(e) => return Finding::unknown(e, tie),
    };
    if !exact {
        return Finding::unknown("some finals have no recorded score", tie);
    }
    let Some(ev) = ms.iter().find(|m| m.row.id == main.row.id) else {
        return Finding::unknown(
            format!("the article's match is not a final of the {}", doms[0].0),
            tie.uncertain("not a final"),
        );
    };
    // The property of a final: Some(true/false), None when the data cannot tell.
    let has = |m: &SetMatch| -> Option<bool> {
        match c.key {
            "hat_trick_final" => m.best_scorer().map(|(n, _, _)| n >= 3),
            "own_goal_final" => m.goals.as_ref().map(|g| g.iter().any(|x| x.own_goal)),
            "shootout_final" => {
                if m.shootout_winner.is_some() {
                    Some(true)
                } else if m.winner().is_some() {
                    Some(false)
                } else {
                    None
                }
            }
            "extra_time_final" => m.extra_time,
            _ => None,
        }
    };
    let earlier: Vec<&SetMatch> = ms.iter().filter(|m| m.row.date < main.row.date).collect();
    let later: Vec<&SetMatch> = ms.iter().filter(|m| m.row.date > main.row.date).collect();
    if c.key == "final_goals" || c.key == "final_goals_90" {
        // Goals of a final: all of them, or those of normal time (minutes up to 90).
        let goals_of = |m: &SetMatch| -> Option<u32> {
            if c.key == "final_goals" {
                m.total()
            } else {
                let g = m.goals.as_ref()?;
                g.iter()
                    .map(|x| x.minute.map(|mi| (mi <= 90) as u32))
                    .sum::<Option<u32>>()
            }
        };
        let Some(g) = goals_of(ev) else {
            return Finding::unknown("the final's goals are not all known", tie);
        };
        if earlier.iter().any(|m| goals_of(m).is_none()) {
            return Finding::unknown("some earlier finals lack goal minutes", tie);
        }
        // "since … 60 years ago": the year from the article's day.
        let year = c.year.or_else(|| {
            c.numbers
                .iter()
                .find(|x| x.1 == Noun::Year)
                .map(|x| goalline_core::Datelike::year(&day) - x.0 as i32)
        });
        let more = earlier
            .iter()
            .filter(|m| goals_of(m).is_some_and(|t| t >= g))
            .max_by_key(|m| m.row.date);
        let max = earlier
            .iter()
            .filter_map(|m| goals_of(m))
            .max()
            .unwrap_or(0);
        let detail = format!(
            "{} goals in {}; the most in an earlier final: {max}",
            g,
            label(&main.row)
        );
        return match (c.claim, more) {
            (RecordForm::Most, _) if g >= max => Finding::holds(detail, tie, vec![]),
            (RecordForm::Most, _) => {
                Finding::fails(format!("an earlier final had {max}"), detail, tie, vec![])
            }
            (RecordForm::FirstSince, Some(m))
                if year == Some(goalline_core::Datelike::year(&m.row.date)) =>
            {
                Finding::holds(
                    format!("{detail}; the last with as many: {}", label(&m.row)),
                    tie,
                    vec![m.row.evidence.clone()],
                )
            }
            (RecordForm::FirstSince, Some(m)) => Finding::fails(label(&m.row), detail, tie, vec![]),
            (RecordForm::FirstSince, None) => {
                Finding::fails("no earlier final had as many", detail, tie, vec![])
            }
            _ => Finding::unknown(detail, tie),
        };
    }
    let Some(here) = has(ev) else {
        return Finding::unknown("the final's record is incomplete", tie);
    };
    let what = match c.key {
        "hat_trick_final" => "a hat-trick",
        "own_goal_final" => "an own goal",
        "shootout_final" => "a shoot-out",
        _ => "extra time",
    };
    if !here {
        return Finding::fails(
            format!("no {what}"),
            format!("{} had no {what}", label(&main.row)),
            tie,
            vec![],
        );
    }
    let with: Vec<&&SetMatch> = earlier.iter().filter(|m| has(m) == Some(true)).collect();
    let unknown = earlier.iter().any(|m| has(m).is_none());
    let names = |v: &[&&SetMatch]| {
        v.iter()
            .map(|m| label(&m.row))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let detail = format!(
        "{} had {what}; earlier finals with {what}: {}",
        label(&main.row),
        if with.is_empty() {
            "none".into()
        } else {
            names(&with)
        }
    );
    let fail = |correct: String, detail: String| -> Finding {
        if unknown {
            Finding::unknown(format!("{detail} (some finals lack the data)"), tie.clone())
        } else {
            Finding::fails(correct, detail, tie.clone(), vec![])
        }
    };
    match c.claim {
        RecordForm::First => {
            if with.is_empty() {
                if unknown {
                    Finding::unknown(
                        format!("{detail}, but some earlier finals lack the data"),
                        tie,
                    )
                } else {
                    Finding::holds(detail, tie, vec![])
                }
            } else {
                Finding::fails(names(&with[with.len() - 1..]), detail, tie, vec![])
            }
        }
        RecordForm::FirstSince => match (with.last(), c.year) {
            (Some(m), Some(y)) if goalline_core::Datelike::year(&m.row.date) == y => {
                Finding::holds(detail, tie, vec![m.row.evidence.clone()])
            }
            (Some(m), Some(_)) => Finding::fails(label(&m.row), detail, tie, vec![]),
            (None, Some(_)) => fail("no earlier final".into(), detail),
            _ => Finding::unknown(detail, tie),
        },
        RecordForm::Nth => {
            let n = c.numbers.first().map(|x| x.0).unwrap_or(0);
            let count = with.len() as u32 + 1;
            if count == n {
                if unknown {
                    Finding::unknown(detail, tie)
                } else {
                    Finding::holds(detail, tie, vec![])
                }
            } else {
                fail(format!("the {}", count), detail)
            }
        }
        RecordForm::Only => {
            let others: Vec<&&SetMatch> = later.iter().filter(|m| has(m) == Some(true)).collect();
            if with.is_empty() && others.is_empty() && !unknown {
                Finding::holds(detail, tie, vec![])
            } else if !with.is_empty() || !others.is_empty() {
                Finding::fails(
                    format!("also {}", names(&[with.clone(), others].concat())),
                    detail,
                    tie,
                    vec![],
                )
            } else {
                Finding::unknown(detail, tie)
            }
        }
        _ => Finding::unknown(detail, tie),
    }
}

fn wc_scorer(
    ctx: &Context<'_>,
    c: &RecordClaim,
    main: &MatchFacts,
    gender: Gender,
    tie: Tie,
) -> Finding {
    let Some(p) = c.subject.as_ref().and_then(|e| ctx.player(e).one()) else {
        return Finding::unknown("the player is not identified", tie);
    };
    // After the article's match (or, in a preview, up to the day).
    let to = main.row.date;
    let Ok(table) = ctx.facts.world_cup_top_scorers(gender, Some(to), 5) else {
        return Finding::unknown("the World Cup scorers could not be read", tie);
    };
    if !table.coverage.is_exact() {
        return Finding::unknown(table.note.unwrap_or_default(), tie);
    }
    let top = table.value.first().map(|e| e.goals.low).unwrap_or(0);
    let mine = table.value.iter().find(|e| e.player == p);
    let leaders: Vec<String> = table
        .value
        .iter()
        .filter(|e| e.goals.low == top)
        .map(|e| format!("{} {}", e.name, e.goals.low))
        .collect();
    let detail = format!(
        "World Cup scorers up to {to}: {}",
        table
            .value
            .iter()
            .map(|e| format!("{} {}", e.name, e.goals.low))
            .collect::<Vec<_>>()
            .join(", ")
    );
    match mine {
        Some(e) if e.goals.low == top && leaders.len() == 1 => Finding::holds(detail, tie, vec![]),
        Some(_) if leaders.len() > 1 => Finding::unknown(format!("{detail}: joint leaders"), tie),
        _ => Finding::fails(leaders.join(", "), detail, tie, vec![]),
    }
}

fn shootouts(
    ctx: &Context<'_>,
    c: &RecordClaim,
    main: &MatchFacts,
    gender: Gender,
    tie: Tie,
) -> Finding {
    let team = subject_team(ctx, c);
    let Some(team) = team else {
        return Finding::unknown("the team is not identified", tie);
    };
    let doms = domains(c, main, gender);
    let (ms, exact) = match set_matches(ctx, &doms, false, Some(team), main.row.date) {
        Ok(x) => x,
        Err(e) => return Finding::unknown(e, tie),
    };
    if !exact {
        return Finding::unknown("some matches have no recorded score", tie);
    }
    let with_main: Vec<&SetMatch> = ms.iter().filter(|m| m.shootout_winner.is_some()).collect();
    let before: Vec<&&SetMatch> = with_main
        .iter()
        .filter(|m| m.row.id != main.row.id)
        .collect();
    let wins =
        |v: &[&SetMatch]| v.iter().filter(|m| m.shootout_winner == Some(team)).count() as u32;
    let detail = |v: &[&SetMatch]| {
        format!(
            "{}'s shoot-outs at the {}: {}",
            ctx.facts.team_name(team),
            doms.iter()
                .map(|d| d.0.clone())
                .collect::<Vec<_>>()
                .join("/"),
            v.iter()
                .map(|m| format!(
                    "{} ({})",
                    label(&m.row),
                    if m.shootout_winner == Some(team) {
                        "won"
                    } else {
                        "lost"
                    }
                ))
                .collect::<Vec<_>>()
                .join("; ")
        )
    };
    match c.claim {
        RecordForm::First => {
            let here = main.result.shootout.as_ref().map(|s| s.winner) == Some(team)
                || main
                    .wc
                    .as_ref()
                    .is_some_and(|w| w.penalty_shootout && w.winner() == Some(team));
            let prior: Vec<&SetMatch> = before.iter().map(|m| **m).collect();
            if !here {
                return Finding::unknown(
                    "the article's match was not a shoot-out this team won",
                    tie,
                );
            }
            if wins(&prior) == 0 {
                Finding::holds(detail(&prior), tie, vec![])
            } else {
                Finding::fails(
                    format!("{} earlier shoot-out wins", wins(&prior)),
                    detail(&prior),
                    tie,
                    vec![],
                )
            }
        }
        RecordForm::Count => {
            let w = c.numbers.first().map(|x| x.0).unwrap_or(0);
            let n = c.numbers.iter().find(|x| x.1 == Noun::Other).map(|x| x.0);
            // Including the article's match ("have now won six of their seven") or before it
            // ("had won only one of seven").
            let prior: Vec<&SetMatch> = before.iter().map(|m| **m).collect();
            let readings = [with_main.clone(), prior];
            for v in &readings {
                if wins(v) == w && n.is_none_or(|n| n == v.len() as u32) {
                    return Finding::holds(detail(v), tie, vec![]);
                }
            }
            let v = &readings[0];
            Finding::fails(
                format!("{} of {}", wins(v), v.len()),
                detail(v),
                tie,
                vec![],
            )
        }
        _ => Finding::unknown("no check", tie),
    }
}

/// A team's knockout, final and stage records at a competition.
fn team_stage(
    ctx: &Context<'_>,
    c: &RecordClaim,
    main: &MatchFacts,
    gender: Gender,
    tie: Tie,
) -> Finding {
    let Some(team) = subject_team(ctx, c).or_else(|| {
        // "first defeat in a final" with no subject: the match's loser.
        let w = main.result.winner?;
        Some(if c.defeat { main.opponent(w) } else { w })
    }) else {
        return Finding::unknown("the team is not identified", tie);
    };
    if !main.involves(team) {
        return Finding::unknown(
            "the team did not play the article's match",
            tie.uncertain("another team"),
        );
    }
    let doms = domains(c, main, gender);
    let (ms, exact) = match set_matches(
        ctx,
        &doms,
        c.key == "final_result",
        Some(team),
        main.row.date,
    ) {
        Ok(x) => x,
        Err(e) => return Finding::unknown(e, tie),
    };
    if !exact {
        return Finding::unknown("some matches have no recorded score", tie);
    }
    // Which matches count: finals, knockout matches, or one stage (4 = semi-finals, 8 =
    // quarter-finals, 2 = finals).
    let stage = c.numbers.iter().find(|x| x.1 == Noun::Other).map(|x| x.0);
    let counts = |m: &SetMatch| -> Option<bool> {
        match (c.key, stage) {
            ("final_result", _) => Some(m.is_final),
            (_, Some(4)) => m.stage.map(|s| s == Stage::SemiFinal),
            (_, Some(8)) => m.stage.map(|s| s == Stage::QuarterFinal),
            (_, Some(2)) => Some(m.is_final),
            _ => m.stage.map(|s| s.is_knockout()),
        }
    };
    let relevant: Vec<&SetMatch> = ms.iter().filter(|m| counts(m) == Some(true)).collect();
    let unknown = ms.iter().any(|m| counts(m).is_none());
    if unknown {
        return Finding::unknown(
            "the stage of some matches is not recorded (stages are known for World Cups and Euros)",
            tie,
        );
    }
    // Won the tie: the winner on the score or the shoot-out.
    let won = |m: &SetMatch| m.winner().or(m.shootout_winner) == Some(team);
    let lost = |m: &SetMatch| {
        let w = m.winner().or(m.shootout_winner);
        w.is_some() && w != Some(team)
    };
    let hit = |m: &SetMatch| if c.defeat { lost(m) } else { won(m) };
    let prior: Vec<&&SetMatch> = relevant
        .iter()
        .filter(|m| m.row.id != main.row.id)
        .collect();
    let ev = relevant.iter().find(|m| m.row.id == main.row.id);
    let list = |v: &[&&SetMatch]| {
        v.iter()
            .map(|m| format!("{}{}", label(&m.row), if won(m) { " (won)" } else { "" }))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let detail = format!(
        "{}'s earlier matches of that kind: {}",
        ctx.facts.team_name(team),
        if prior.is_empty() {
            "none".into()
        } else {
            list(&prior)
        }
    );
    match (c.key, c.claim) {
        ("stage_wins", RecordForm::Count) => {
            let n = c.numbers.first().map(|x| x.0).unwrap_or(0);
            let last: Vec<&&&SetMatch> = prior.iter().rev().take(n as usize).collect();
            if last.len() as u32 == n && last.iter().all(|m| won(m)) {
                Finding::holds(detail, tie, vec![])
            } else if last.len() as u32 == n {
                Finding::fails("not all won", detail, tie, vec![])
            } else {
                Finding::unknown(detail, tie)
            }
        }
        ("knockout", RecordForm::Count) => {
            let n = c.numbers.first().map(|x| x.0).unwrap_or(0);
            let w = prior.iter().filter(|m| won(m)).count() as u32;
            if w == n {
                Finding::holds(detail, tie, vec![])
            } else {
                Finding::fails(format!("{w} knockout wins"), detail, tie, vec![])
            }
        }
        (_, RecordForm::First) => {
            let Some(ev) = ev else {
                return Finding::unknown(
                    "the article's match is not of that kind",
                    tie.uncertain("another kind of match"),
                );
            };
            if !hit(ev) {
                return Finding::unknown("the article's match did not end that way", tie);
            }
            let earlier: Vec<&&&SetMatch> = prior.iter().filter(|m| hit(m)).collect();
            if earlier.is_empty() {
                Finding::holds(detail, tie, vec![])
            } else {
                Finding::fails(label(&earlier[earlier.len() - 1].row), detail, tie, vec![])
            }
        }
        (_, RecordForm::FirstSince) => {
            let Some(ev) = ev else {
                return Finding::unknown(
                    "the article's match is not of that kind",
                    tie.uncertain("another kind of match"),
                );
            };
            if !hit(ev) {
                return Finding::unknown("the article's match did not end that way", tie);
            }
            match (prior.iter().rev().find(|m| hit(m)), c.year) {
                (Some(m), Some(y)) if goalline_core::Datelike::year(&m.row.date) == y => {
                    Finding::holds(detail, tie, vec![m.row.evidence.clone()])
                }
                (Some(m), Some(_)) => Finding::fails(label(&m.row), detail, tie, vec![]),
                (None, _) => Finding::fails("none before", detail, tie, vec![]),
                _ => Finding::unknown(detail, tie),
            }
        }
        _ => Finding::unknown(detail, tie),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("record", include_str!("corpus.txt"));
    }
}
