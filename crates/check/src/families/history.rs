//! What the history families (streak, head_to_head, standings, record) share: reading numbers,
//! years, months, competitions and "since …" phrases out of a clause, finding the team a
//! clause is about, and, on the verifier side, the reference point a run or a record is
//! counted to (the article's match, the start of its tournament, the publication day).

use super::Reading;
use crate::discourse::Entity;
use crate::doc::Span;
use crate::mentions::numbers::parse_number;
use crate::mentions::{Dim, Direction, StageValue, TimeUnit, Value};
use crate::verify::{Context, Finding, Status, Tie};
use goalline_core::{Date, Datelike, Gender, Stage, TeamId};
use once_cell::sync::Lazy;
use regex::Regex;

/// A number written in digits or words ("36", "six", "twenty-one", "a", "an" → 1).
pub fn num(s: &str) -> Option<u32> {
    let w = s.trim().to_ascii_lowercase();
    match w.as_str() {
        "a" | "an" | "one" | "single" => Some(1),
        "a couple of" | "a pair of" | "two" => Some(2),
        "a dozen" => Some(12),
        "a decade" => Some(10),
        _ => parse_number(&w),
    }
}

/// The number pattern of the history grammars: digits or words.
pub const NUM: &str = concat!(
    r"(?:\d{1,3}|",
    crate::mentions::numbers::cardinal_words!(),
    ")"
);

/// Compiles a pattern (case-insensitive) with `{NUM}` replaced by [`NUM`].
pub fn re(p: &str) -> Regex {
    crate::rx::must(&format!("(?i){}", p.replace("{NUM}", NUM)))
}

static YEAR: Lazy<Regex> = Lazy::new(|| re(r"\b(?P<y>18[6-9]\d|19\d\d|20[0-3]\d)\b"));
static MONTH: Lazy<Regex> = Lazy::new(|| {
    re(
        r"\b(?P<m>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(?P<y>18[6-9]\d|19\d\d|20[0-3]\d)\b",
    )
});
static AGO: Lazy<Regex> = Lazy::new(|| {
    re(r"\b(?P<n>{NUM}|a|an)\s+(?P<u>years?|months?|decades?)\s+(?:ago|earlier|before)\b")
});

/// The first year written in a text.
pub fn year_in(text: &str) -> Option<i32> {
    YEAR.captures(text)
        .and_then(|c| c.name("y"))
        .and_then(|y| y.as_str().parse().ok())
}

/// A month with its year ("July 2019") in a text.
pub fn month_in(text: &str) -> Option<(i32, u32)> {
    let c = MONTH.captures(text)?;
    let m = c.name("m")?.as_str().to_ascii_lowercase();
    let month = match &m[..3] {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };
    Some((c.name("y")?.as_str().parse().ok()?, month))
}

/// "15 months ago", "a decade ago" in a text: (amount, unit) with decades as years.
pub fn ago_in(text: &str) -> Option<(u32, TimeUnit)> {
    let c = AGO.captures(text)?;
    let n = num(c.name("n")?.as_str())?;
    let u = c.name("u")?.as_str().to_ascii_lowercase();
    Some(if u.starts_with("decade") {
        (n * 10, TimeUnit::Year)
    } else if u.starts_with("month") {
        (n, TimeUnit::Month)
    } else {
        (n, TimeUnit::Year)
    })
}

/// Competition phrases of the press (lower case) and martj42's names, longest first. Used when
/// the competition dimension has no mention in the span.
const COMPETITIONS: &[(&str, &str)] = &[
    ("women's world cup", "FIFA Women's World Cup"),
    ("world cup qualifiers", "FIFA World Cup qualification"),
    ("world cup qualifier", "FIFA World Cup qualification"),
    ("world cup qualifying", "FIFA World Cup qualification"),
    ("euro qualifiers", "UEFA Euro qualification"),
    ("euro qualifying", "UEFA Euro qualification"),
    ("world cup", "FIFA World Cup"),
    ("mundial", "FIFA World Cup"),
    ("european championships", "UEFA Euro"),
    ("european championship", "UEFA Euro"),
    ("euros", "UEFA Euro"),
    ("euro", "UEFA Euro"),
    ("copa america", "Copa América"),
    ("copa américa", "Copa América"),
    ("africa cup of nations", "African Cup of Nations"),
    ("african cup of nations", "African Cup of Nations"),
    ("african nations cup", "African Cup of Nations"),
    ("cup of nations", "African Cup of Nations"),
    ("afcon", "African Cup of Nations"),
    ("asian cup", "AFC Asian Cup"),
    ("gold cup", "Gold Cup"),
    ("confederations cup", "Confederations Cup"),
    ("concacaf nations league", "CONCACAF Nations League"),
    ("nations league", "UEFA Nations League"),
    ("arab cup", "Arab Cup"),
];

static COMPETITION_RE: Lazy<Regex> = Lazy::new(|| {
    let alts: Vec<String> = COMPETITIONS
        .iter()
        .map(|(p, _)| regex::escape(p).replace(' ', r"\s+"))
        .collect();
    re(&format!(
        r"(?P<pre>\b(?:club|rugby|cricket|youth|u-?\d\d|under-?\d\d|t20)\s+)?\b(?P<c>{})\b",
        alts.join("|")
    ))
});

/// A competition named in a span: (martj42 name, women's). The competition dimension's
/// mention when there is one, else the phrase table above.
pub fn competition_in(r: &Reading<'_>, span: Span) -> Option<(String, bool)> {
    for m in r.mentions_of(span, Dim::Competition) {
        if let Value::Competition(c) = &m.value {
            let name = if c.qualifying && !c.competition.ends_with("qualification") {
                format!("{} qualification", c.competition)
            } else {
                c.competition.clone()
            };
            let women = c.gender == Gender::Women;
            let name = if women && name == "FIFA World Cup" {
                "FIFA Women's World Cup".to_string()
            } else {
                name
            };
            return Some((name, women));
        }
    }
    let (text, _) = r.doc.norm_of(span);
    competition_in_text(text)
}

/// The phrase-table reading of [`competition_in`].
pub fn competition_in_text(text: &str) -> Option<(String, bool)> {
    for c in COMPETITION_RE.captures_iter(text) {
        if c.name("pre").is_some() {
            continue;
        }
        let found = c.name("c")?.as_str().to_lowercase();
        let found = found.split_whitespace().collect::<Vec<_>>().join(" ");
        // "Euro" the currency is lower case and counted ("500 euros").
        let raw = c.name("c")?.as_str();
        if found.starts_with("euro") && raw.starts_with('e') {
            continue;
        }
        let name = COMPETITIONS.iter().find(|(p, _)| *p == found)?.1;
        let women = name.contains("Women") || text.to_lowercase().contains("women's");
        let name = if women && name == "FIFA World Cup" {
            "FIFA Women's World Cup"
        } else {
            name
        };
        return Some((name.to_string(), women));
    }
    None
}

static STAGE_RE: Lazy<Regex> = Lazy::new(|| {
    re(
        r"\b(?P<s>quarter-?\s?finals?|semi-?\s?finals?|last[- ](?:eight|four|16|sixteen)|round\s+of\s+16|round-of-16|group\s+stage|third[- ]place\s+(?:match|play-?off)|final)\b",
    )
});

/// A stage named in a span: the stage dimension's mention, else the phrase table.
pub fn stage_in(r: &Reading<'_>, span: Span) -> Option<StageValue> {
    for m in r.mentions_of(span, Dim::Stage) {
        if let Value::Stage(s) = &m.value {
            return Some(s.clone());
        }
    }
    let (text, _) = r.doc.norm_of(span);
    let c = STAGE_RE.captures(text)?;
    let s = c.name("s")?.as_str().to_lowercase().replace(['-', ' '], "");
    let stage = if s.starts_with("quarter") || s == "lasteight" {
        Stage::QuarterFinal
    } else if s.starts_with("semi") || s == "lastfour" {
        Stage::SemiFinal
    } else if s.contains("16") || s.contains("sixteen") {
        Stage::RoundOf16
    } else if s.starts_with("group") {
        Stage::GroupStage
    } else if s.starts_with("third") {
        Stage::ThirdPlace
    } else {
        Stage::Final
    };
    Some(StageValue { stage, group: None })
}

/// The team entities inside a span.
pub fn teams_in(r: &Reading<'_>, span: Span) -> Vec<Entity> {
    r.discourse
        .entities_in(span)
        .filter(|e| e.is_team())
        .cloned()
        .collect()
}

/// The team a claim triggered at `trigger` is about:
/// 1. a team in apposition: "Andorra, fifth in its group", "San Marino, red lantern with no
///    points" (the words between the comma and the trigger hold no verb);
/// 2. a possessive right before the trigger ("England's 12-match unbeaten run");
/// 3. the trigger's agent when it stands before the trigger;
/// 4. the nearest team before the trigger in its sentence that no preposition governs;
/// 5. the subject of the sentence.
///
/// A pronoun ("their") whose antecedent in the same sentence is governed by a preposition
/// ("their exit to France") is taken to mean the sentence's named subject instead.
pub fn subject_team(r: &Reading<'_>, trigger: Span) -> Option<Entity> {
    subject_team_sure(r, trigger).map(|x| x.0)
}

/// [`subject_team`] with how sure the reading is: sure for a relative clause's antecedent, an
/// apposition, a possessive, a subject with no other team between it and the trigger, or the
/// one team of a clause a non-finite clause hangs on; not sure for pronouns and fallbacks.
/// Verifiers only contradict claims whose team is sure.
pub fn subject_team_sure(r: &Reading<'_>, trigger: Span) -> Option<(Entity, bool)> {
    let s = r.sentence_of(trigger)?;
    let governed = |at: Span| {
        let pre = r
            .doc
            .text_of(r.doc.span(s.span.start(), at.start()))
            .trim_end()
            .to_lowercase();
        let prev = pre.rsplit(' ').next().unwrap_or("");
        // The object of a verb: a past form ("thrashed Bolivia", "edged Peru") or one of the
        // strong verbs of results.
        (prev.len() > 4 && prev.ends_with("ed") && prev.chars().all(char::is_alphabetic))
            || matches!(
                prev,
                "sank" | "held" | "saw" | "overcame" | "swept" | "beats" | "thrash" | "hold"
            )
            || matches!(
                prev,
                "against"
                    | "over"
                    | "to"
                    | "with"
                    | "than"
                    | "by"
                    | "from"
                    | "versus"
                    | "v"
                    | "vs"
                    | "beat"
                    | "beating"
                    | "beaten"
                    | "defeated"
                    | "defeating"
                    | "face"
                    | "faced"
                    | "facing"
                    | "of"
                    | "past"
                    | "in"
                    | "at"
                    | "into"
                    | "for"
            )
    };
    let before = r.doc.span(s.span.start(), trigger.start());
    let all = teams_in(r, before);
    let named_subjects: Vec<Entity> = all
        .iter()
        .filter(|e| e.via == crate::discourse::Via::Name && !governed(e.span))
        .cloned()
        .collect();
    let fixed = |e: Entity| -> Entity {
        match e.antecedent {
            Some(a)
                if e.via == crate::discourse::Via::Pronoun && s.span.contains(a) && governed(a) =>
            {
                named_subjects
                    .iter()
                    .find(|c| c.span.end() <= a.start())
                    .cloned()
                    .unwrap_or(e)
            }
            _ => e,
        }
    };
    let between = |e: &Entity| {
        all.iter()
            .filter(|x| x.span.start() >= e.span.end() && x.span.end() <= trigger.start())
            .count()
    };
    // Every team the sentence names before the trigger is the same one: no other reading.
    let first_id = |e: &Entity| e.team().and_then(|t| t.teams.first().copied());
    let ids: Vec<_> = all.iter().filter_map(first_id).collect();
    let alone = !ids.is_empty()
        && ids.iter().all(|i| *i == ids[0])
        && all.iter().all(|e| first_id(e).is_some())
        // "The Uruguayans thrashed Bolivia … to move into fourth": a team named only as an
        // object is no sure subject.
        && all.first().is_some_and(|e| !governed(e.span));
    let fix = |e: Entity, sure: bool| -> (Entity, bool) {
        let e = fixed(e);
        // A pronoun is only as sure as its antecedent in the same sentence.
        let local = e.via == crate::discourse::Via::Name
            || e.antecedent.is_some_and(|a| s.span.contains(a));
        let sure = (sure && e.via == crate::discourse::Via::Name)
            || (alone && local && first_id(&e) == Some(ids[0]));
        (e, sure)
    };
    // 0. A relative clause's subject is its antecedent ("Thailand, who finished third"); a
    // description that is not a team ("their neighbours, who …") leaves it unknown.
    if let Some(seg) = r.discourse.segment(trigger.start()) {
        if seg.kind == crate::discourse::SegmentKind::Relative
            && matches!(seg.opener, Some("who" | "which" | "whose"))
        {
            let head = r.doc.span(s.span.start(), seg.span.start());
            let (ht, _) = r.doc.norm_of(head);
            let ht = ht.trim_end().trim_end_matches(',').trim_end();
            return all
                .iter()
                .rev()
                .find(|e| {
                    e.span.end() <= seg.span.start()
                        && e.span.end() - head.start() >= ht.len()
                        && e.span.end() - head.start() <= ht.len() + 3
                })
                .cloned()
                .map(|e| fix(e, true));
        }
    }
    // 1. Apposition.
    let raw = r.doc.text_of(before);
    if let Some(comma) = raw.rfind(',') {
        let chunk = &raw[comma + 1..];
        if !has_verb(chunk) {
            let head = &raw[..comma];
            if let Some(e) = all.iter().rev().find(|e| {
                let end = e.span.end() - before.start();
                end <= head.len() && head[end..].trim().is_empty()
            }) {
                return Some(fix(e.clone(), true));
            }
        }
    }
    // 1b. A non-finite clause of purpose or result ("Italy thrashed Jamaica 5-0 to move to
    // the top", "Paraguay won, moving into fifth") has its clause's subject: the first
    // ungoverned team of the clause it hangs on.
    let (pre, pbase) = r.doc.norm_of(before);
    if let Some(m) = NON_FINITE.find_iter(pre).last() {
        let cut = r
            .doc
            .span_of_norm(pbase + m.start(), pbase + m.start())
            .start();
        let inside = r
            .doc
            .span_of_norm(pbase + m.end() - 1, pbase + m.end())
            .start();
        let seg_start = r
            .discourse
            .segment_at(inside)
            .map(|k| {
                let g = r.discourse.segments[k];
                if g.span.start() + 2 >= cut
                    && k > 0
                    && r.discourse.segments[k - 1].sentence == g.sentence
                {
                    // The clause right before the non-finite one.
                    r.discourse.segments[k - 1].span.start()
                } else {
                    g.span.start()
                }
            })
            .unwrap_or(s.span.start());
        let host: Vec<&Entity> = all
            .iter()
            .filter(|e| e.span.start() >= seg_start && e.span.end() <= cut && !governed(e.span))
            .collect();
        if let Some(e) = host.first() {
            return Some(fix((*e).clone(), host.len() == 1));
        }
    }
    // 2. A possessive right before the trigger.
    if let Some(e) = all.last() {
        let gap = r.doc.text_of(r.doc.span(e.span.end(), trigger.start()));
        let gap = gap.trim_start_matches(['\'', '\u{2019}', 's']).trim();
        if e.possessive && gap.is_empty() {
            return Some(fix(e.clone(), true));
        }
    }
    // 3. The agent, when before the trigger.
    let roles = r.roles(trigger);
    if let Some(a) = roles
        .agent
        .filter(|e| e.is_team() && e.span.end() <= trigger.start() && !governed(e.span))
    {
        let sure = between(&a) == 0;
        return Some(fix(a, sure));
    }
    // 4. The nearest ungoverned team before the trigger.
    if let Some(e) = all.iter().rev().find(|e| !governed(e.span)) {
        let only = all.iter().filter(|x| !governed(x.span)).count() == 1;
        return Some(fix(e.clone(), only && between(e) == 0));
    }
    let seg = r.discourse.segment_at(trigger.start())?;
    r.discourse
        .subject_before(r.doc, seg, trigger)
        .filter(|e| e.is_team())
        .map(|e| fix(e, false))
}

static NON_FINITE: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?:\bto\s+(?:move|go|climb|return|rise|jump|stay|remain|sit|lift|take|join|leapfrog|overtake|pull|open|extend|consolidate|secure|seal|clinch|finish|end|top|draw|reach|keep)|,\s*(?:moving|going|climbing|returning|rising|jumping|staying|remaining|lifting|taking|pulling|opening|extending|consolidating|sealing|clinching|finishing|ending|topping|reaching|keeping|leapfrogging|overtaking))\b",
    )
});

static STOPPED: Lazy<Regex> = Lazy::new(|| {
    re(
        r"\b(?:stop(?:ped|s|ping)?|prevent(?:ed|s|ing)?|den(?:y|ied|ies|ying)|keep(?:s|ing)?|kept|block(?:ed|s|ing)?|halt(?:ed|s|ing)?|thwart(?:ed|s)?)\s+(?:[\w'-]+\s+){1,4}?(?:from\s+)?(?:\w+ing\s+)?(?:\w+\s+){0,2}$",
    )
});

/// True when the words before a trigger in its sentence say it was prevented ("enough to
/// stop Paraguay moving into fifth"): the claim is the negation.
pub fn prevented(r: &Reading<'_>, trigger: Span) -> bool {
    let Some(s) = r.sentence_of(trigger) else {
        return false;
    };
    let (t, _) = r.doc.norm_of(r.doc.span(s.span.start(), trigger.start()));
    STOPPED.is_match(t)
}

/// Finite verbs that end an apposition ("Andorra, who are fifth": a clause, not an
/// apposition).
fn has_verb(chunk: &str) -> bool {
    chunk
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| {
            let lw = w.to_lowercase();
            (lw.len() > 4
                && lw.ends_with("ing")
                && !matches!(lw.as_str(), "during" | "evening" | "morning"))
                || matches!(
                    lw.as_str(),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "remain"
                        | "remains"
                        | "remained"
                        | "sit"
                        | "sits"
                        | "lie"
                        | "lies"
                        | "stay"
                        | "stays"
                        | "finished"
                        | "finish"
                        | "ended"
                        | "went"
                        | "go"
                        | "goes"
                        | "moved"
                        | "move"
                        | "climbed"
                        | "dropped"
                        | "fell"
                        | "have"
                        | "has"
                        | "had"
                        | "who"
                        | "which"
                        | "that"
                        | "won"
                        | "lost"
                        | "beat"
                        | "drew"
                        | "return"
                        | "returned"
                        | "allowed"
                        | "drawing"
                        | "losing"
                        | "winning"
                        | "beating"
                        | "scoring"
                        | "conceding"
                        | "having"
                        | "being"
                )
        })
}

/// A "since …" phrase cut where another clause starts ("since the World Cup as teenage star
/// Endrick came off the bench …" → "since the World Cup").
pub fn since_clause(r: &Reading<'_>, span: Span) -> Span {
    let (t, base) = r.doc.norm_of(span);
    let words: Vec<(usize, &str)> = t
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
        .collect();
    for (k, (i, w)) in words.iter().enumerate() {
        let w = w.to_lowercase();
        let rest = words.len() - k - 1;
        let cut = matches!(
            w.as_str(),
            "when"
                | "while"
                | "whilst"
                | "after"
                | "before"
                | "because"
                | "but"
                | "although"
                | "though"
                | "thanks"
                | "which"
                | "who"
                | "where"
                | "whereas"
                | "despite"
                | "leaving"
                | "taking"
                | "meaning"
                | "sending"
        ) || (matches!(w.as_str(), "as" | "and" | "with") && rest >= 5);
        if cut && k > 0 {
            let end = r.doc.span_of_norm(base + i, base + i).start();
            return r.doc.trim(r.doc.span(span.start(), end), &[' ', ',']);
        }
    }
    span
}

/// The team named right after one of `preps` ("against France", "over Argentina") inside a
/// span.
pub fn team_after_prep(r: &Reading<'_>, span: Span, preps: &[&str]) -> Option<Entity> {
    teams_in(r, span).into_iter().find(|e| {
        let pre = r
            .doc
            .text_of(r.doc.span(span.start(), e.span.start()))
            .trim_end()
            .to_lowercase();
        let last = pre.rsplit(' ').next().unwrap_or("");
        let last = if last == "the" {
            pre.rsplit(' ').nth(1).unwrap_or("")
        } else {
            last
        };
        preps.contains(&last)
    })
}

/// A years range from a duration mention inside a span ("more than four years" → 4..OPEN,
/// "39 years" → 39..39).
pub fn years_in(r: &Reading<'_>, span: Span) -> Option<(u32, u32)> {
    for m in r.mentions_of(span, Dim::Duration) {
        if let Value::Duration(d) = &m.value {
            if d.unit == TimeUnit::Year && d.direction != Direction::Ago {
                return Some((d.amount, d.amount_to));
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// Verifier side.

/// Where a run or a record is counted to.
#[derive(Debug, Clone)]
pub struct RefPoint {
    /// The day.
    pub date: Date,
    /// Matches of that day count.
    pub inclusive: bool,
    /// In words, for explanations.
    pub label: String,
}

/// Readings of a claim's reference point: a claim holds when one reading confirms it, and
/// fails only when every reading rules it out.
pub fn combine(findings: Vec<Finding>, tie: &Tie) -> Finding {
    if let Some(h) = findings.iter().find(|f| f.status == Status::Holds) {
        return h.clone();
    }
    let all_fail = !findings.is_empty()
        && findings
            .iter()
            .all(|f| matches!(f.status, Status::Fails { .. }));
    if all_fail {
        let mut f = findings[0].clone();
        if findings.iter().any(|x| !x.coverage.is_exact()) {
            f.coverage = findings
                .iter()
                .find(|x| !x.coverage.is_exact())
                .map(|x| x.coverage)
                .unwrap_or(f.coverage);
        }
        return f;
    }
    findings
        .into_iter()
        .find(|f| matches!(f.status, Status::Unknown { .. }))
        .unwrap_or_else(|| Finding::unknown("nothing to check", tie.clone()))
}

/// True when `team` played the article's main match.
pub fn in_main(ctx: &Context<'_>, team: TeamId) -> bool {
    ctx.main.as_ref().is_some_and(|m| m.involves(team))
}

/// The year a clause names besides the main match's own (an earlier edition, "in 2015").
pub fn other_year(ctx: &Context<'_>, f: &crate::frames::Frame) -> Option<i32> {
    let y = f
        .scope
        .time
        .year()
        .or_else(|| f.scope.sentence_time.year())?;
    match &ctx.main {
        Some(m) if m.row.date.year() == y => None,
        _ => Some(y),
    }
}

/// Whole calendar months from `a` to `b`.
pub fn months_between(a: Date, b: Date) -> i64 {
    let mut n = (b.year() - a.year()) as i64 * 12 + b.month() as i64 - a.month() as i64;
    if b.day() < a.day() {
        n -= 1;
    }
    n
}

/// Years from `a` to `b`, as a real number.
pub fn years_between(a: Date, b: Date) -> f64 {
    (b - a).num_days() as f64 / 365.25
}

/// A match in words for explanations ("2022-12-10 England 1-2 France (FIFA World Cup)").
pub fn label(m: &goalline_facts::rows::MatchRow) -> String {
    crate::verify::context::label(m)
}
