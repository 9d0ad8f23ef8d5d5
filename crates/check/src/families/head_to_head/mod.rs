//! Head-to-head records: how two teams have fared against each other.
//!
//! Grammar (rules read one sentence; what they find about one pair is merged into one claim):
//! - `count_in`: "five victories in 41 H2Hs (D12, L24)", "three wins from 12 meetings";
//! - `won_of`: "have won four of their last six meetings with Spain";
//! - `wdl`: "drawing two and losing three of their five previous meetings", "won 10, drawn
//!   six and lost eight of 24 meetings";
//! - `met`: "the sides have met 28 times", "in 12 previous meetings";
//! - `never`: "have never beaten France", "had never lost to the Swedes at a World Cup" (the
//!   negation is the claim's own: no wins);
//! - `not_since`: "have not beaten Portugal since a 1-0 friendly win in 2005", "had not lost
//!   to them since 1992";
//! - `last_win`: "their last win over Mexico came in 2013", "with their last success coming a
//!   decade ago", "last beat Italy in 1990";
//! - `consecutive`: "won their previous 10 consecutive meetings with Portugal", "five straight
//!   wins over Wales";
//! - `unbeaten`: "unbeaten in seven meetings since a 2-1 defeat in Lausanne in 1992";
//! - `first_win_since`: "their first win over Germany since 1966".
//!
//! The opponent is the team after "against/with/over/to/versus", the trigger's object, or
//! (when the sentence names none) the other side of the article's match. "at a World Cup"
//! narrows the meetings to that competition, "competitive" leaves friendlies out.
//!
//! Verified against every results.csv meeting before the day (dev2 rule 7): for the pair of the
//! article's match, before it and including it (the claim holds when one reading confirms it,
//! fails only when both rule it out); otherwise up to the publication day. Women's meetings
//! are only in the data at World Cups, so women's records outside them are unknown.

use super::history::{
    ago_in, combine, competition_in, label, num, re, team_after_prep, teams_in, year_in,
    years_between, RefPoint,
};
use super::{Family, Reading};
use crate::discourse::{Entity, Polarity};
use crate::doc::Span;
use crate::frames::{Frame, H2hClaim, Kind, Predicate};
use crate::mentions::{Dim, Noun, TimeUnit, Value};
use crate::verify::{Context, Event, Finding, Tie};
use goalline_core::{Datelike, Gender, TeamId};
use goalline_facts::rows::MatchRow;
use goalline_facts::runs::SideResult;
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "head_to_head",
    recognise,
    verify,
};

const MEETINGS: &str =
    r"(?:h2hs?|head-to-heads?|meetings|encounters|clashes|matches|games|fixtures|derbies)";
const PREPS: &[&str] = &[
    "against", "with", "over", "to", "versus", "v", "vs", "and", "between",
];

struct Rule {
    name: &'static str,
    re: Regex,
    absorbs_negation: bool,
}

fn rule(name: &'static str, p: &str, absorbs_negation: bool) -> Rule {
    Rule {
        name,
        re: re(&p.replace("{MEET}", MEETINGS)),
        absorbs_negation,
    }
}

static RULES: Lazy<Vec<Rule>> = Lazy::new(|| {
    vec![
        rule(
            "count_in",
            r"\b(?P<w>{NUM})\s+(?:victories|wins)\s+(?:in|from)\s+(?P<m>{NUM})\s+(?:previous\s+)?(?P<noun>{MEET})\b",
            false,
        ),
        rule(
            "won_of",
            r"\b(?:won|win|wins|winning)\s+(?P<w>{NUM})\s+(?:of|out\s+of|from)\s+(?:(?:their|the|its)\s+)?(?:(?:previous|last|past|preceding)\s+)?(?P<m>{NUM})\s+(?:previous\s+)?(?P<noun>{MEET})\b",
            false,
        ),
        rule(
            "wdl",
            r"\b(?:of|from|in)\s+(?:(?:their|the|its)\s+)?(?:(?:previous|last|past|preceding)\s+)?(?P<m>{NUM})\s+(?:previous\s+)?(?P<noun>meetings|encounters|head-to-heads|h2hs|clashes)\b",
            false,
        ),
        rule(
            "met",
            r"\b(?:have|had|has)\s+(?:now\s+)?met\s+(?P<m>{NUM})\s+times\b",
            false,
        ),
        rule(
            "never",
            r"\b(?:have|has|had)\s+(?:still\s+)?never\s+(?P<v>beaten|defeated|won\s+against|got\s+the\s+better\s+of|lost\s+to|lost\s+against|been\s+beaten\s+by)\b",
            true,
        ),
        rule(
            "not_since",
            r"\b(?:have|has|had)(?:\s+not|n't)\s+(?P<v>beaten|defeated|won\s+against|lost\s+to|lost\s+against|been\s+beaten\s+by)\s+(?P<opp>[^,.;:]{1,40}?)\s+since\s+(?P<since>[^,.;:!?()]+)",
            true,
        ),
        rule(
            "last_win",
            r"(?:\b(?:their|its|the)|'s)\s+last\s+(?:competitive\s+)?(?:win|victory|success|triumph)(?P<rest>[^.;]{0,90})",
            false,
        ),
        rule(
            "last_beat",
            r"\blast\s+(?:beat|defeated|won\s+against)\s+(?P<rest>[^.;]{0,60})",
            false,
        ),
        rule(
            "consecutive",
            r"\bwon\s+(?:(?:each|all)\s+(?:of\s+)?)?(?:their|the|its)\s+(?:previous|last|past|preceding)\s+(?P<n>{NUM})\s+(?:consecutive\s+|straight\s+)?(?:meetings|encounters|clashes|matches\s+against|games\s+against|matches\s+with|games\s+with)\b",
            false,
        ),
        rule(
            "straight_over",
            r"\b(?P<n>{NUM})\s+(?:straight|consecutive|successive)\s+(?:wins|victories)\s+(?:over|against)\b",
            false,
        ),
        rule(
            "unbeaten",
            r"\bunbeaten\s+in\s+(?:(?:their|the|its)\s+)?(?:(?:previous|last|past)\s+)?(?P<n>{NUM})\s+(?:meetings|encounters|clashes|matches\s+against|games\s+against)\b(?:[^.;]{0,40}?\bsince\s+(?P<since>[^,.;:!?()]+))?",
            false,
        ),
        rule(
            "first_win_since",
            r"\bfirst\s+(?:competitive\s+)?(?:win|victory)\s+(?:over|against)\s+(?P<opp>[^,.;:]{1,40}?)\s+since\s+(?P<since>[^,.;:!?()]+)",
            false,
        ),
    ]
});

static COMPETITIVE: Lazy<Regex> = Lazy::new(|| re(r"\bcompetitive\b"));
static AT_COMPETITION: Lazy<Regex> = Lazy::new(|| {
    re(
        r"\b(?:at|in)\s+(?:a|the|any)\s+(?:(?:women's|fifa)\s+)?(?:world\s+cup|euros?|european\s+championships?|copa\s+am[eé]rica|asian\s+cup|gold\s+cup|cup\s+of\s+nations|afcon)\b|\bin\s+(?:world\s+cup|euro|european\s+championship)\s+(?:matches|games|meetings|finals)\b",
    )
});
static WIN_VERB: Lazy<Regex> = Lazy::new(|| re(r"\b(?:won|winning|win|wins)\s+(?P<n>{NUM})\b"));
static DRAW_VERB: Lazy<Regex> = Lazy::new(|| re(r"\b(?:drew|drawn|drawing|draw)\s+(?P<n>{NUM})\b"));
static LOSS_VERB: Lazy<Regex> = Lazy::new(|| re(r"\b(?:lost|losing|lose)\s+(?P<n>{NUM})\b"));

fn empty() -> H2hClaim {
    H2hClaim {
        team: None,
        team_sure: false,
        opponent: None,
        meetings: None,
        wins: None,
        draws: None,
        losses: None,
        last_win_year: None,
        last_win_ago: None,
        consecutive_wins: None,
        unbeaten: None,
        last_defeat_year: None,
        first_win_since: None,
        competition: None,
        competitive: false,
    }
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let (stext, _) = r.doc.norm_of(s.span);
        let mut pair: (Option<Entity>, Option<Entity>) = (None, None);
        let mut taken: Vec<Span> = Vec::new();
        let first = out.len();
        for rule in RULES.iter() {
            for m in r.find(&rule.re, s.span) {
                if taken.iter().any(|t| t.overlaps(m.span)) {
                    continue;
                }
                let mut claim = empty();
                let text = |g: &str| m.group(g).map(|sp| r.doc.text_of(sp).to_string());
                let seg = r.segment_span(m.span);
                let noun = text("noun").unwrap_or_default().to_lowercase();
                let h2h_word = matches!(
                    noun.as_str(),
                    "h2h"
                        | "h2hs"
                        | "head-to-head"
                        | "head-to-heads"
                        | "meetings"
                        | "encounters"
                        | "clashes"
                        | "derbies"
                );
                // The opponent: named after a preposition near the trigger, or in the `opp`
                // group, or the trigger's object.
                let window = r
                    .doc
                    .span(m.span.start(), (m.span.end() + 40).min(seg.end()));
                let mut opp = match m.group("opp") {
                    Some(sp) => teams_in(r, sp).into_iter().next(),
                    None => team_after_prep(r, window, PREPS),
                };
                if opp.is_none() && matches!(rule.name, "never" | "last_beat") {
                    let from = m.group("rest").map_or(m.span.end(), |x| x.start());
                    opp = teams_in(r, r.doc.span(from, (from + 30).min(seg.end())))
                        .into_iter()
                        .find(|e| e.via == crate::discourse::Via::Name);
                }
                if opp.is_none() && rule.name == "last_beat" {
                    continue;
                }
                // Counts of matches need a word of meetings or an opponent.
                if matches!(rule.name, "count_in" | "won_of") && !h2h_word && opp.is_none() {
                    continue;
                }
                let mut found = false;
                match rule.name {
                    "count_in" | "won_of" => {
                        claim.wins = text("w").and_then(|w| num(&w));
                        claim.meetings = text("m").and_then(|w| num(&w));
                        // "(D12, L24)" and "12 draws and 24 defeats" in the sentence.
                        for mm in r.mentions_of(s.span, Dim::Count) {
                            if let Value::Count(cv) = &mm.value {
                                if mm.span.start() < m.span.start() {
                                    continue;
                                }
                                match cv.noun {
                                    Noun::Draw if claim.draws.is_none() => claim.draws = Some(cv.n),
                                    Noun::Defeat if claim.losses.is_none() => {
                                        claim.losses = Some(cv.n)
                                    }
                                    _ => {}
                                }
                            }
                        }
                        found = claim.meetings.is_some();
                    }
                    "wdl" => {
                        let meetings = text("m").and_then(|w| num(&w));
                        let before = r.doc.span(s.span.start(), m.span.start());
                        let (bt, _) = r.doc.norm_of(before);
                        let grab = |re: &Regex| {
                            re.captures_iter(bt)
                                .last()
                                .and_then(|c| c.name("n").and_then(|n| num(n.as_str())))
                        };
                        if let Some(w) = grab(&WIN_VERB) {
                            claim.wins.get_or_insert(w);
                        }
                        if let Some(d) = grab(&DRAW_VERB) {
                            claim.draws.get_or_insert(d);
                        }
                        if let Some(l) = grab(&LOSS_VERB) {
                            claim.losses.get_or_insert(l);
                        }
                        let verbs = grab(&WIN_VERB).is_some()
                            || grab(&DRAW_VERB).is_some()
                            || grab(&LOSS_VERB).is_some();
                        if verbs && claim.meetings.is_none() {
                            claim.meetings = meetings;
                        }
                        found = verbs && meetings.is_some();
                    }
                    "met" => {
                        claim.meetings = text("m").and_then(|w| num(&w));
                        found = claim.meetings.is_some();
                    }
                    "never" => {
                        let v = text("v").unwrap_or_default().to_lowercase();
                        if v.starts_with("lost") || v.starts_with("been") {
                            claim.losses = Some(0);
                        } else {
                            claim.wins = Some(0);
                        }
                        found = opp.is_some();
                    }
                    "not_since" => {
                        let v = text("v").unwrap_or_default().to_lowercase();
                        let y = text("since").and_then(|t| year_in(&t));
                        if v.starts_with("lost") || v.starts_with("been") {
                            claim.last_defeat_year = y;
                        } else {
                            claim.last_win_year = y;
                        }
                        found = y.is_some() && opp.is_some();
                    }
                    "last_win" | "last_beat" => {
                        let rest = text("rest").unwrap_or_default();
                        if let Some((n, unit)) = ago_in(&rest) {
                            let n = if unit == TimeUnit::Month { n / 12 } else { n };
                            claim.last_win_ago = Some((n, n));
                            found = true;
                        } else if let Some(y) = year_in(&rest) {
                            claim.last_win_year = Some(y);
                            found = true;
                        }
                        if r.doc.text_of(m.span).to_lowercase().contains("competitive") {
                            claim.competitive = true;
                        }
                    }
                    "consecutive" | "straight_over" => {
                        claim.consecutive_wins = text("n").and_then(|w| num(&w));
                        found = claim.consecutive_wins.is_some();
                    }
                    "unbeaten" => {
                        claim.unbeaten = text("n").and_then(|w| num(&w));
                        claim.last_defeat_year = text("since").and_then(|t| year_in(&t));
                        found = claim.unbeaten.is_some();
                    }
                    "first_win_since" => {
                        claim.first_win_since = text("since").and_then(|t| year_in(&t));
                        found = claim.first_win_since.is_some() && opp.is_some();
                    }
                    _ => {}
                }
                if !found {
                    continue;
                }
                claim.opponent = opp.or_else(|| pair.1.clone());
                // "England and Scotland have met 115 times": the pair is the subject.
                let before = teams_in(r, r.doc.span(s.span.start(), m.span.start()));
                let named: Vec<_> = before
                    .iter()
                    .filter(|e| e.via == crate::discourse::Via::Name)
                    .collect();
                if rule.name == "met" && named.len() >= 2 && claim.opponent.is_none() {
                    claim.team = Some(named[0].clone());
                    claim.opponent = Some(named[1].clone());
                    claim.team_sure = true;
                } else {
                    match super::history::subject_team_sure(r, m.span) {
                        Some((e, sure)) => {
                            claim.team = Some(e);
                            claim.team_sure = sure;
                        }
                        None => claim.team = pair.0.clone(),
                    }
                }
                pair = (claim.team.clone(), claim.opponent.clone());
                if COMPETITIVE.is_match(stext) {
                    claim.competitive = true;
                }
                if AT_COMPETITION.is_match(stext) {
                    claim.competition = competition_in(r, s.span).map(|c| c.0);
                }
                let mut span = m.span;
                if let Some(t) = &claim.team {
                    if t.span.end() <= span.start() && s.span.contains(t.span) {
                        let gap = r.doc.text_of(r.doc.span(t.span.end(), span.start()));
                        if gap.len() < 60 {
                            span = t.span.cover(span);
                        }
                    }
                }
                // Counts and the last win are head-to-head records; runs, firsts and
                // "never" read as records.
                let kind = match rule.name {
                    "count_in" | "won_of" | "wdl" | "met" | "last_win" | "last_beat" => {
                        Kind::HeadToHead
                    }
                    _ => Kind::Record,
                };
                let mut frame = r.frame(
                    "head_to_head",
                    rule.name,
                    kind,
                    span,
                    m.span,
                    Predicate::HeadToHead(claim),
                );
                if rule.absorbs_negation {
                    frame.polarity = Polarity::Affirmed;
                }
                taken.push(m.span);
                out.push(frame);
            }
        }
        // One sentence, one pair: fill what a frame lacks from the others.
        let known = |pick: fn(&H2hClaim) -> Option<Entity>| {
            out[first..].iter().find_map(|f| match &f.predicate {
                Predicate::HeadToHead(c) => pick(c),
                _ => None,
            })
        };
        let team = known(|c| c.team.clone());
        let opp = known(|c| c.opponent.clone());
        for f in &mut out[first..] {
            if let Predicate::HeadToHead(c) = &mut f.predicate {
                if c.team.is_none() {
                    c.team = team.clone();
                }
                if c.opponent.is_none() {
                    c.opponent = opp.clone();
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Verifier.

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::HeadToHead(c) = &f.predicate else {
        return Finding::unknown("not a head-to-head record", Tie::none("-"));
    };
    let Some(team) = c.team.as_ref().and_then(|e| ctx.team_of(e)) else {
        return Finding::unknown("the team is not identified", Tie::none("no team"));
    };
    let main = ctx.main.as_ref();
    let opp = match c.opponent.as_ref() {
        Some(e) => ctx.team_of(e),
        None => main.filter(|m| m.involves(team)).map(|m| m.opponent(team)),
    };
    let Some(opp) = opp.filter(|o| *o != team) else {
        return Finding::unknown("the opponent is not identified", Tie::none("no opponent"));
    };
    let (tn, on) = (
        ctx.facts.team_name(team).to_string(),
        ctx.facts.team_name(opp).to_string(),
    );
    if super::history::other_year(ctx, f).is_some()
        && c.last_win_year.is_none()
        && c.last_defeat_year.is_none()
        && c.first_win_since.is_none()
    {
        return Finding::unknown(
            "the clause speaks of another time; which record is meant is not clear",
            Tie::none("another time"),
        );
    }
    let wc_only = c
        .competition
        .as_deref()
        .is_some_and(|x| x.contains("World Cup"));
    if ctx.gender == Gender::Women && !wc_only {
        return Finding::unknown(
            "women's matches are in the data only at World Cups",
            Tie::none("women's data"),
        );
    }
    let Some(pub_date) = ctx.date else {
        return Finding::unknown("the article's date is not known", Tie::none("no date"));
    };
    let pair = main.filter(|m| m.involves(team) && m.involves(opp));
    let (refs, mut tie) = match pair {
        Some(m) => (
            vec![
                RefPoint {
                    date: m.row.date,
                    inclusive: false,
                    label: format!("before {}", label(&m.row)),
                },
                RefPoint {
                    date: m.row.date,
                    inclusive: true,
                    label: format!("up to and including {}", label(&m.row)),
                },
            ],
            Tie::to_match(m.row.id, label(&m.row), true, "the article's match"),
        ),
        None => (
            vec![
                RefPoint {
                    date: pub_date,
                    inclusive: false,
                    label: format!("before {pub_date}"),
                },
                RefPoint {
                    date: pub_date,
                    inclusive: true,
                    label: format!("up to {pub_date}"),
                },
            ],
            Tie::certain(
                Event::Career,
                format!("{tn} v {on} up to {pub_date}"),
                "the two teams' meetings up to the article's day",
            ),
        ),
    };
    if !c.team_sure {
        tie = tie.uncertain("the team was not read surely from the sentence");
    }
    let findings = refs
        .iter()
        .map(|rp| check(ctx, c, team, opp, &tn, &on, rp, &tie))
        .collect();
    combine(findings, &tie)
}

#[allow(clippy::too_many_arguments)]
fn check(
    ctx: &Context<'_>,
    c: &H2hClaim,
    team: TeamId,
    opp: TeamId,
    tn: &str,
    on: &str,
    rp: &RefPoint,
    tie: &Tie,
) -> Finding {
    let as_of = if rp.inclusive {
        rp.date
    } else {
        rp.date.pred_opt().unwrap_or(rp.date)
    };
    let h = match ctx.facts.head_to_head(team, opp, Some(as_of), ctx.gender) {
        Ok(h) => h,
        Err(e) => {
            return Finding::unknown(format!("the meetings could not be read: {e}"), tie.clone())
        }
    };
    // Women's meetings are World Cup meetings only: a count over all meetings is unknown.
    if !h.coverage.is_exact()
        && c.competition
            .as_deref()
            .is_none_or(|x| !x.contains("World Cup"))
    {
        return Finding::unknown(h.note.clone().unwrap_or_default(), tie.clone());
    }
    let ms: Vec<&MatchRow> = h
        .value
        .matches
        .iter()
        .filter(|m| {
            c.competition.as_ref().is_none_or(|x| {
                m.tournament == *x
                    || (x == "FIFA World Cup" && m.tournament == "FIFA Women's World Cup")
            }) && (!c.competitive || m.tournament != "Friendly")
        })
        .collect();
    if ms.iter().any(|m| SideResult::of(m, team).is_none()) {
        return Finding::unknown("a meeting has no recorded score", tie.clone());
    }
    let res = |m: &MatchRow| {
        SideResult::of(m, team).unwrap_or(SideResult {
            scored: 0,
            conceded: 0,
        })
    };
    let (w, d, l) = ms.iter().fold((0, 0, 0), |(w, d, l), m| {
        let r = res(m);
        (w + r.won() as u32, d + r.drew() as u32, l + r.lost() as u32)
    });
    let scope = match (&c.competition, c.competitive) {
        (Some(x), _) => format!(" at the {x}"),
        (None, true) => " (competitive)".to_string(),
        _ => String::new(),
    };
    let detail = format!(
        "{tn} v {on}{scope} {}: {} meetings, {tn} won {w}, drew {d}, lost {l}",
        rp.label,
        ms.len()
    );
    let ev: Vec<_> = ms
        .iter()
        .rev()
        .take(12)
        .map(|m| m.evidence.clone())
        .collect();
    let mut wrong: Vec<String> = Vec::new();
    let mut unknown: Option<String> = None;
    for (claimed, real, what) in [
        (c.meetings, ms.len() as u32, "meetings"),
        (c.wins, w, "wins"),
        (c.draws, d, "draws"),
        (c.losses, l, "defeats"),
    ] {
        if let Some(x) = claimed {
            if x != real {
                wrong.push(format!("{real} {what}"));
            }
        }
    }
    let last_win = ms.iter().rev().find(|m| res(m).won());
    let last_defeat = ms.iter().rev().find(|m| res(m).lost());
    if let Some(y) = c.last_win_year {
        match last_win {
            Some(m) if m.date.year() == y => {}
            Some(m) => wrong.push(format!("last win {}", label(m))),
            None => wrong.push("no win".into()),
        }
    }
    if let Some(y) = c.last_defeat_year {
        match last_defeat {
            Some(m) if m.date.year() == y => {}
            Some(m) => wrong.push(format!("last defeat {}", label(m))),
            None => wrong.push("no defeat".into()),
        }
    }
    if let Some((a, b)) = c.last_win_ago {
        match last_win {
            Some(m) => {
                let y = years_between(m.date, rp.date);
                if y < a as f64 - 2.0 || y > b as f64 + 2.0 {
                    wrong.push(format!("last win {} ({y:.1} years before)", label(m)));
                } else if y < a as f64 - 1.0 || y > b as f64 + 1.0 {
                    unknown = Some(format!("last win {} ({y:.1} years before)", label(m)));
                }
            }
            None => wrong.push("no win".into()),
        }
    }
    if let Some(n) = c.consecutive_wins {
        let run = ms.iter().rev().take_while(|m| res(m).won()).count() as u32;
        if run < n {
            wrong.push(format!("{run} consecutive wins"));
        } else if run > n {
            unknown = Some(format!(
                "{run} consecutive wins: longer than the claim counts"
            ));
        }
    }
    if let Some(n) = c.unbeaten {
        let run = ms.iter().rev().take_while(|m| !res(m).lost()).count() as u32;
        if run < n {
            wrong.push(format!("{run} meetings unbeaten"));
        } else if run > n {
            unknown = Some(format!(
                "{run} meetings unbeaten: longer than the claim counts"
            ));
        }
    }
    if let Some(y) = c.first_win_since {
        // The latest meeting is the win; the win before it came in that year.
        let wins: Vec<&&MatchRow> = ms.iter().rev().filter(|m| res(m).won()).collect();
        match (ms.last(), wins.get(1)) {
            (Some(latest), Some(prev)) if res(latest).won() => {
                if prev.date.year() != y {
                    wrong.push(format!("the win before was {}", label(prev)));
                }
            }
            (Some(latest), None) if res(latest).won() => wrong.push("no earlier win".into()),
            _ => unknown = Some(format!("{detail}: the latest meeting is not a win")),
        }
    }
    if !wrong.is_empty() {
        return Finding::fails(wrong.join(", "), detail, tie.clone(), ev);
    }
    if let Some(u) = unknown {
        return Finding::unknown(u, tie.clone());
    }
    let detail = match (last_win, last_defeat) {
        (Some(a), _) if c.last_win_year.is_some() || c.last_win_ago.is_some() => {
            format!("{detail}; last win {}", label(a))
        }
        (_, Some(b)) if c.last_defeat_year.is_some() => {
            format!("{detail}; last defeat {}", label(b))
        }
        _ => detail,
    };
    Finding::holds(detail, tie.clone(), ev)
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("head_to_head", include_str!("corpus.txt"));
    }
}
