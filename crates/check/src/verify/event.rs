//! The match a claim about a match as a whole (its day, place, stage, shoot-out) is about:
//! [`Context::match_for`] refined by what such claims write beside the teams — a day ("on
//! Thursday, January 18"), a score ("humiliated the hosts 7-1"), a stage or a city, a time the
//! clause points to ("last month", "in 1990", "Euro 96", "Seventy years ago today") — and by
//! the direction of the statement (a coming match for "will meet … on Wednesday").
//!
//! Teams written as places ("in the Faroe Islands", "Bloemfontein, South Africa") are not
//! sides. A search outside the main match is tied with certainty only when it names two
//! sides, or one side and a score, a day or a place, and the data hold exactly one match.

use super::context::label;
use super::{Context, Tie};
use crate::discourse::{Entity, TimeCues};
use crate::frames::Frame;
use crate::mentions::{CompetitionValue, DateValue, Dim, Direction, ScoreKind, TimeUnit, Value};
use goalline_core::{Date, Datelike, Days, Gender, Stage, TeamId};
use goalline_facts::matches::{MatchFacts, MatchQuery};
use goalline_facts::rows::MatchRow;
use goalline_facts::tournaments::Edition;

/// What a claim writes beside its teams that narrows the match it is about.
#[derive(Debug, Clone, Default)]
pub struct Hints {
    /// A score written for the match (compared either way round).
    pub score: Option<(u32, u32)>,
    /// The day the claim names.
    pub day: Option<Date>,
    /// The statement looks ahead (a coming match).
    pub ahead: bool,
    /// Only matches decided by a shoot-out.
    pub shootout: bool,
    /// A stage written for the match.
    pub stage: Option<Stage>,
    /// A city or stadium written for the match (compared with the data's places).
    pub place: Option<String>,
}

/// The match a claim is about, with how surely, and the other candidates when several fit.
#[derive(Debug, Clone)]
pub struct Found {
    /// The tie.
    pub tie: Tie,
    /// The match, when one.
    pub m: Option<MatchFacts>,
    /// The match is the article's main match.
    pub is_main: bool,
    /// Matches that fit when none could be singled out.
    pub candidates: Vec<MatchRow>,
}

impl Found {
    fn none(why: impl Into<String>) -> Found {
        Found {
            tie: Tie::none(why),
            m: None,
            is_main: false,
            candidates: Vec::new(),
        }
    }
}

/// A span of days.
pub type Window = (Date, Date);

fn days(n: u64) -> Days {
    Days::new(n)
}

/// `d` moved by `n` days (saturating at the calendar's ends).
pub fn shift(d: Date, n: i64) -> Date {
    if n >= 0 {
        d.checked_add_days(days(n as u64)).unwrap_or(d)
    } else {
        d.checked_sub_days(days(n.unsigned_abs())).unwrap_or(d)
    }
}

/// The competition name the facts engine keys editions by.
pub fn competition_key(c: &CompetitionValue) -> String {
    if c.gender == Gender::Women && c.competition == "FIFA World Cup" {
        "FIFA Women's World Cup".to_string()
    } else {
        c.competition.clone()
    }
}

/// The edition a competition mention names (with its year), or the one being played or last
/// started on `on` (without). Qualifiers and friendlies have no edition ("They play Qatar in a
/// friendly in Debrecen on Saturday" names no tournament to search).
pub fn edition_of(ctx: &Context<'_>, c: &CompetitionValue, on: Option<Date>) -> Option<Edition> {
    let key = competition_key(c);
    if c.qualifying || key == "Friendly" {
        return None;
    }
    match c.year {
        Some(y) => ctx.facts.edition(&key, Some(y), None).ok().flatten(),
        None => {
            let d = on?;
            ctx.facts
                .edition(&key, None, Some(d))
                .ok()
                .flatten()
                .or_else(|| ctx.facts.edition_before(&key, d).ok().flatten())
        }
    }
}

/// A partial date made whole: the written year, else `year`, else the year that puts it
/// nearest to `anchor` on the side the statement looks to (on or before it for a past event,
/// on or after it for a coming one, either when `ahead` is `None`).
pub fn resolve_date(
    d: &DateValue,
    year: Option<i32>,
    anchor: Option<Date>,
    ahead: Option<bool>,
) -> Option<Date> {
    let (m, day) = (d.month?, d.day?);
    if let Some(y) = d.year.or(year) {
        return Date::from_ymd_opt(y, m, day);
    }
    let a = anchor?;
    let cands: Vec<Date> = [a.year() - 1, a.year(), a.year() + 1]
        .iter()
        .filter_map(|y| Date::from_ymd_opt(*y, m, day))
        .collect();
    let ok = |x: &Date| match ahead {
        Some(true) => *x >= shift(a, -1),
        Some(false) => *x <= shift(a, 1),
        None => true,
    };
    cands
        .into_iter()
        .filter(ok)
        .min_by_key(|x| (*x - a).num_days().abs())
}

/// True when an entity written as a team is a place in its sentence ("in the Faroe Islands",
/// "Bloemfontein, South Africa", "at Qatar 2022").
pub fn is_place(ctx: &Context<'_>, e: &Entity) -> bool {
    if e.possessive {
        return false; // "in Italy's first round-robin match"
    }
    if ctx
        .mentions
        .within(e.span)
        .any(|m| m.dim() == Dim::Venue && m.span == e.span)
    {
        return true;
    }
    let Some(s) = ctx.doc.sentence_at(e.span.start()) else {
        return false;
    };
    let before = ctx
        .doc
        .text_of(ctx.doc.span(s.span.start(), e.span.start()))
        .trim_end();
    let lower = before.to_lowercase();
    let lower = lower.strip_suffix(" the").unwrap_or(&lower).to_string();
    let last = lower.rsplit(' ').next().unwrap_or("");
    if matches!(last, "in" | "at" | "inside" | "across") {
        return true;
    }
    if let Some(b) = lower.strip_suffix(',') {
        // "Bloemfontein, South Africa": a place before the comma.
        let end = s.span.start() + b.len();
        if ctx
            .mentions
            .ending_at(end)
            .any(|m| m.dim() == Dim::Venue && m.span.end() == end)
        {
            return true;
        }
    }
    // "in Vancouver, British Columbia, Canada".
    PLACE_CHAIN.is_match(
        ctx.doc
            .norm_of(ctx.doc.span(s.span.start(), e.span.start()))
            .0,
    )
}

static PLACE_CHAIN: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    crate::rx::must(
        r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)*,\s*$",
    )
});

/// The teams of a frame (its clause's and its sides), places left out; and whether one could
/// not be resolved.
pub fn frame_teams(ctx: &Context<'_>, f: &Frame, sides: &[&Entity]) -> (Vec<TeamId>, bool) {
    let mut teams = Vec::new();
    let mut unresolved = false;
    for e in f.scope.teams.iter().chain(sides.iter().copied()) {
        if !e.is_team() || is_place(ctx, e) {
            continue;
        }
        match ctx.team_of(e) {
            Some(t) if !teams.contains(&t) => teams.push(t),
            Some(_) => {}
            None => unresolved = true,
        }
    }
    (teams, unresolved)
}

/// The plain score written in a span (the first one), either way round.
pub fn written_score(ctx: &Context<'_>, within: crate::doc::Span) -> Option<(u32, u32)> {
    ctx.mentions
        .of(within, Dim::Score)
        .find_map(|m| match &m.value {
            Value::Score(s)
                if matches!(
                    s.kind,
                    ScoreKind::Plain | ScoreKind::ExtraTime | ScoreKind::Goalless
                ) =>
            {
                Some((s.a, s.b))
            }
            _ => None,
        })
}

/// The days a clause's time cues point to, and why: "N years ago (today)", a year or an
/// edition, "last month", "this year"…; `None` when it points nowhere in particular.
pub fn cue_window(ctx: &Context<'_>, c: &TimeCues, text: &str) -> Option<(Window, &'static str)> {
    let pub_date = ctx.date?;
    let lower = text.to_lowercase();
    if let Some(n) = c.years_ago {
        let y = pub_date.year() - n as i32;
        if lower.contains("ago today") || lower.contains("ago tonight") {
            let d = pub_date.with_year(y)?;
            return Some(((d, d), "N years ago today"));
        }
        return Some((
            (Date::from_ymd_opt(y, 1, 1)?, Date::from_ymd_opt(y, 12, 31)?),
            "N years ago",
        ));
    }
    if let Some(e) = &c.edition {
        if e.year.is_some() {
            if let Some(ed) = edition_of(ctx, e, None) {
                return Some(((ed.from, ed.to), "the edition named"));
            }
        }
    }
    if let Some(y) = c.year() {
        let (m, d) = c.date.map(|d| (d.month, d.day)).unwrap_or((None, None));
        let from = Date::from_ymd_opt(y, m.unwrap_or(1), d.unwrap_or(1))?;
        let to = match (m, d) {
            (Some(m), Some(d)) => Date::from_ymd_opt(y, m, d)?,
            (Some(m), None) => shift(Date::from_ymd_opt(y, m, 28)?, 3),
            _ => Date::from_ymd_opt(y, 12, 31)?,
        };
        return Some(((from, to), "the year named"));
    }
    let month_start = |d: Date| d.with_day(1).unwrap_or(d);
    let rel: &[(&str, Window)] = &[
        (
            "last month",
            (
                month_start(shift(month_start(pub_date), -1)),
                shift(month_start(pub_date), -1),
            ),
        ),
        ("last week", (shift(pub_date, -13), pub_date)),
        (
            "last year",
            (
                Date::from_ymd_opt(pub_date.year() - 1, 1, 1)?,
                Date::from_ymd_opt(pub_date.year() - 1, 12, 31)?,
            ),
        ),
        (
            "last summer",
            (
                Date::from_ymd_opt(pub_date.year() - 1, 5, 1)?,
                Date::from_ymd_opt(pub_date.year() - 1, 8, 31)?,
            ),
        ),
        (
            "this summer",
            (Date::from_ymd_opt(pub_date.year(), 5, 1)?, pub_date),
        ),
        (
            "this year",
            (Date::from_ymd_opt(pub_date.year(), 1, 1)?, pub_date),
        ),
        ("this month", (month_start(pub_date), pub_date)),
    ];
    for (w, win) in rel {
        if lower.contains(w) {
            return Some((*win, "a time named relative to the article's date"));
        }
    }
    None
}

/// Matches in a window that every team played, of the article's gender.
pub fn matches_of(ctx: &Context<'_>, teams: &[TeamId], w: Window) -> Vec<MatchRow> {
    let Some(&first) = teams.first() else {
        return Vec::new();
    };
    let q = MatchQuery {
        teams: vec![first],
        from: Some(w.0),
        to: Some(w.1),
        gender: Some(ctx.gender),
        ..Default::default()
    };
    ctx.facts
        .find_matches(&q)
        .unwrap_or_default()
        .into_iter()
        .filter(|m| teams.iter().all(|t| m.home == *t || m.away == *t))
        .collect()
}

/// The matches of any of the teams within a window, each once, in the order found.
pub fn matches_of_any(ctx: &Context<'_>, teams: &[TeamId], w: Window) -> Vec<MatchRow> {
    let mut v: Vec<MatchRow> = Vec::new();
    for t in teams {
        for m in matches_of(ctx, &[*t], w) {
            if !v.iter().any(|x| x.id == m.id) {
                v.push(m);
            }
        }
    }
    v
}

/// True when a match fits the hints (score either way round, shoot-out, stage, place).
pub fn fits(ctx: &Context<'_>, m: &MatchRow, h: &Hints) -> bool {
    if let Some((a, b)) = h.score {
        match (m.home_score, m.away_score) {
            (Some(x), Some(y)) if (x, y) == (a, b) || (y, x) == (a, b) => {}
            _ => return false,
        }
    }
    if h.shootout || h.stage.is_some() || h.place.is_some() {
        let Some(mf) = ctx.match_facts(m.id) else {
            return false;
        };
        if h.shootout && mf.result.shootout.is_none() && mf.result.shootout_score.is_none() {
            return false;
        }
        if let Some(st) = h.stage {
            let actual = ctx.facts.match_stage(m).ok().flatten().map(|s| s.0);
            if actual.is_some_and(|a| !same_stage(a, st)) {
                return false;
            }
        }
        if let Some(p) = &h.place {
            let check = check_places(ctx, &mf, &[(p.clone(), place_kind(ctx, p))]);
            if !check.fails.is_empty() {
                return false;
            }
        }
    }
    true
}

/// The kind of a place named in a hint: a stadium when one is known by that name.
pub fn place_kind(ctx: &Context<'_>, p: &str) -> crate::mentions::VenueKind {
    if ctx
        .facts
        .stadium_cities(p)
        .map(|c| !c.is_empty())
        .unwrap_or(false)
    {
        crate::mentions::VenueKind::Stadium
    } else {
        crate::mentions::VenueKind::City
    }
}

/// Stages that a writer may name the same way (a "group" match of a second group stage).
pub fn same_stage(actual: Stage, claimed: Stage) -> bool {
    actual == claimed
        || (claimed == Stage::GroupStage
            && matches!(actual, Stage::SecondGroupStage | Stage::FinalRound))
}

/// Every place the data give for a match: stadium(s), cities (openfootball's "Miami (Miami
/// Gardens)" read as both), country.
pub fn match_places(m: &MatchFacts) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: &str| {
        for part in s.split(['(', ')', '/']) {
            let p = part.trim();
            if !p.is_empty() && !out.iter().any(|o| o == p) {
                out.push(p.to_string());
            }
        }
    };
    if let Some(w) = &m.wc {
        push(&w.stadium);
        push(&w.city);
        push(&w.country);
    }
    if let Some(o) = &m.openfootball {
        if let Some(s) = &o.stadium {
            push(s);
        }
        if let Some(c) = &o.city {
            push(c);
        }
    }
    if let Some(c) = &m.row.city {
        push(c);
    }
    if let Some(c) = &m.row.country {
        push(c);
    }
    out
}

/// Two place names for the same place (aliases of `reference/places.csv`, a leading "the"
/// ignored).
pub fn same_place(ctx: &Context<'_>, a: &str, b: &str) -> bool {
    let strip = |s: &str| {
        let t = s.trim();
        t.strip_prefix("the ")
            .or_else(|| t.strip_prefix("The "))
            .unwrap_or(t)
            .to_string()
    };
    let (a, b) = (strip(a), strip(b));
    ctx.facts.same_place(&a, &b).unwrap_or(false)
}

/// The match a frame is about, given what it writes beside its teams.
pub fn find(ctx: &Context<'_>, f: &Frame, sides: &[&Entity], h: &Hints) -> Found {
    let (teams, unresolved) = frame_teams(ctx, f, sides);
    tracing::debug!(
        family = f.family,
        text = ctx.doc.text_of(f.span),
        ?teams,
        unresolved,
        ?h,
        "event::find"
    );
    let main = ctx.main.as_ref();
    let sentence_text = ctx
        .doc
        .sentence_at(f.trigger.start())
        .map(|s| ctx.doc.text_of(s.span))
        .unwrap_or("");
    let seg_text = ctx
        .discourse
        .segment(f.trigger.start())
        .map(|s| ctx.doc.text_of(s.span))
        .unwrap_or(sentence_text);
    // The days the claim points to.
    // Several years in the clauses the frame hangs on ("Les Bleus had won their semi-finals in
    // 1998, 2006, 2018 and 2022, … losing to Argentina on penalties"): its time is not one.
    let years_in_sentence = {
        let mut spans = Vec::new();
        let mut k = ctx.discourse.segment_at(f.trigger.start());
        let mut guard = 0;
        while let Some(i) = k {
            spans.push(ctx.discourse.segments[i].span);
            k = ctx.discourse.segments[i].host;
            guard += 1;
            if guard > 8 {
                break;
            }
        }
        let mut ys: Vec<i32> = spans
            .iter()
            .flat_map(|sp| ctx.mentions.of(*sp, Dim::Date))
            .filter_map(|m| match &m.value {
                Value::Date(d) => d.year,
                _ => None,
            })
            .collect();
        ys.sort();
        ys.dedup();
        ys
    };
    let sentence_years = ctx
        .doc
        .sentence_at(f.trigger.start())
        .map(|s| {
            let mut ys: Vec<i32> = ctx
                .mentions
                .of(s.span, Dim::Date)
                .filter_map(|m| match &m.value {
                    Value::Date(d) => d.year,
                    _ => None,
                })
                .collect();
            ys.sort();
            ys.dedup();
            ys.len()
        })
        .unwrap_or(0);
    // The one year of the clauses the frame hangs on ("the 2011 final in Frankfurt, where Japan
    // … won a shootout").
    let chain_year: Option<Window> = match years_in_sentence.as_slice() {
        [y] => Date::from_ymd_opt(*y, 1, 1).zip(Date::from_ymd_opt(*y, 12, 31)),
        _ => None,
    };
    let window: Option<(Window, &str)> = if let Some(d) = h.day {
        Some(((d, d), "the day named"))
    } else {
        cue_window(ctx, &f.scope.time, seg_text).or_else(|| {
            if !f.scope.time.is_empty() && f.scope.time.year().is_some() {
                return None;
            }
            match years_in_sentence.len() {
                1 => chain_year.map(|w| (w, "the year of the clause it hangs on")),
                0 => cue_window(ctx, &f.scope.sentence_time, sentence_text)
                    .filter(|_| sentence_years <= 1),
                _ => None,
            }
        })
    };
    // "Three years after losing to Italy on penalties": so many years before the article.
    // Only when the clause opens with it ("Three years after losing …"), not "a first title
    // in 29 years after a fiery win".
    let opens_clause = ctx.discourse.segment(f.trigger.start()).is_some_and(|sg| {
        ctx.mentions
            .of(sg.span, Dim::Duration)
            .next()
            .is_some_and(|m| {
                let lead = ctx
                    .doc
                    .text_of(ctx.doc.span(sg.span.start(), m.span.start()))
                    .trim()
                    .to_lowercase();
                matches!(lead.as_str(), "" | "and" | "but" | "just" | "only" | "some")
            })
    });
    let years_after = f.scope.time.shifted.filter(|d| {
        d.unit == TimeUnit::Year
            && d.direction == Direction::Later
            && window.is_none()
            && opens_clause
    });
    let window: Option<(Window, &str)> = window.or_else(|| {
        let d = years_after?;
        let p = ctx.date?;
        let y = p.year() - d.amount as i32;
        Some((
            (
                Date::from_ymd_opt(y - 1, 1, 1)?,
                Date::from_ymd_opt(y, 12, 31)?,
            ),
            "so many years before the article",
        ))
    });
    let shifted = (f.scope.time.shifted.is_some() && years_after.is_none())
        || (f.scope.sentence_time.shifted.is_some() && window.is_none());
    // A competition named without a year: its edition at the time (the main match's when it
    // is one, else the latest before the article).
    let competition_window = f
        .scope
        .competition
        .as_ref()
        .filter(|c| c.year.is_none() && !c.qualifying)
        .and_then(|c| {
            let in_main = main.is_some_and(|m| {
                let key = competition_key(c);
                m.row.tournament == key
                    || (key == "FIFA Women's World Cup" && m.row.tournament.contains("World Cup"))
            });
            if in_main {
                return None;
            }
            edition_of(ctx, c, ctx.date).map(|e| (e.from, e.to.min(ctx.date.unwrap_or(e.to))))
        });
    let search = |w: Window, why: &str, exact_day: bool| -> Found {
        let mut pool: Vec<TeamId> = teams.clone();
        let by_main = pool.is_empty();
        if by_main {
            // No side named: the main match's sides (either).
            if let Some(m) = main {
                pool = vec![m.row.home, m.row.away];
            }
        }
        let mut cands: Vec<MatchRow> = if by_main {
            matches_of_any(ctx, &pool, w)
        } else {
            matches_of(ctx, &pool, w)
        };
        cands.retain(|m| fits(ctx, m, h));
        cands.sort_by_key(|m| m.date);
        // A place written: the matches the data place there, when any.
        if let (Some(p), true) = (&h.place, cands.len() > 1) {
            let at: Vec<MatchRow> = cands
                .iter()
                .filter(|m| {
                    ctx.match_facts(m.id).is_some_and(|mf| {
                        !check_places(ctx, &mf, &[(p.clone(), place_kind(ctx, p))])
                            .holds
                            .is_empty()
                    })
                })
                .cloned()
                .collect();
            if !at.is_empty() {
                cands = at;
            }
        }
        match cands.as_slice() {
            [m] => {
                // A stage or place written pins the match only when the data confirm it there
                // (`fits` lets a match whose stage or place is unknown through).
                let stage_confirmed = h.stage.is_some_and(|st| {
                    ctx.facts
                        .match_stage(m)
                        .ok()
                        .flatten()
                        .is_some_and(|x| same_stage(x.0, st))
                });
                let place_confirmed = h.place.as_ref().is_some_and(|p| {
                    ctx.match_facts(m.id).is_some_and(|mf| {
                        !check_places(ctx, &mf, &[(p.clone(), place_kind(ctx, p))])
                            .holds
                            .is_empty()
                    })
                });
                let certain = !by_main
                    && !unresolved
                    && (teams.len() >= 2
                        || h.score.is_some()
                        || exact_day
                        || place_confirmed
                        || stage_confirmed);
                let is_main = main.is_some_and(|x| x.row.id == m.id);
                Found {
                    tie: Tie::to_match(m.id, label(m), certain, why.to_string()),
                    m: ctx.match_facts(m.id),
                    is_main,
                    candidates: cands.clone(),
                }
            }
            [] => Found::none(format!("{why}: no such match in the data")),
            many => Found {
                tie: Tie::none(format!("{why}: {} matches could be meant", many.len())),
                m: None,
                is_main: false,
                candidates: many.to_vec(),
            },
        }
    };
    if let Some((w, why)) = window {
        let main_inside = main.is_some_and(|m| m.row.date >= w.0 && m.row.date <= w.1);
        if !main_inside || !teams.iter().all(|t| main.is_some_and(|m| m.involves(*t))) {
            let mut found = search(w, why, w.0 == w.1);
            if years_after.is_some() {
                // "so many years after" counts loosely.
                found.tie = found.tie.clone().uncertain(why);
            }
            return found;
        }
    }
    if shifted && window.is_none() {
        return Found::none("the clause speaks of another time (\"years later\") it does not date");
    }
    if let Some(w) = competition_window {
        return search(w, "the edition of the competition named", false);
    }
    let Some(main) = main else {
        return Found::none("the article's match was not found in the data");
    };
    // A friendly named when the article's match is not one ("is expected to be rested for the
    // friendly" in a qualifier's report): a friendly of the sides near the article's day.
    let friendly_named = f
        .scope
        .competition
        .as_ref()
        .is_some_and(|c| c.competition == "Friendly");
    if friendly_named && main.row.tournament != "Friendly" {
        let pool: Vec<TeamId> = if teams.is_empty() {
            vec![main.row.home, main.row.away]
        } else {
            teams.clone()
        };
        let p = ctx.date.unwrap_or(main.row.date);
        let mut cands = matches_of_any(ctx, &pool, (shift(p, -30), shift(p, 30)));
        cands.retain(|m| m.tournament == "Friendly" && fits(ctx, m, h));
        if h.ahead {
            // A coming friendly: the first from the article's day.
            cands.retain(|m| m.date >= shift(p, -1));
            cands.sort_by_key(|m| m.date);
            cands.truncate(1);
        }
        if cands.len() > 1 {
            // One side named ("They play Qatar in a friendly"): the friendly against the
            // article's sides.
            let with_main: Vec<MatchRow> = cands
                .iter()
                .filter(|m| main.involves(m.home) || main.involves(m.away))
                .cloned()
                .collect();
            if !with_main.is_empty() {
                cands = with_main;
            }
        }
        return match cands.as_slice() {
            [m] => Found {
                tie: Tie::to_match(
                    m.id,
                    label(m),
                    false,
                    "the friendly of the sides near the article's day",
                ),
                m: ctx.match_facts(m.id),
                is_main: false,
                candidates: cands.clone(),
            },
            _ => Found::none("a friendly is named; the article's match was not one"),
        };
    }
    let pub_date = ctx.date.unwrap_or(main.row.date);
    if h.ahead {
        // A coming match: the first after the main match (or the article's day) that fits.
        let from = if main.row.date > pub_date {
            shift(pub_date, -1)
        } else {
            main.row.date.max(shift(pub_date, -1))
        };
        let from = shift(from, 1);
        let w = (from, shift(pub_date, 16));
        let mut found = search(w, "a coming match of the teams named", false);
        if found.m.is_none() && found.candidates.len() > 1 {
            // The first coming one.
            let first = found.candidates[0].clone();
            let certain = teams.len() >= 2 && !unresolved;
            found = Found {
                tie: Tie::to_match(
                    first.id,
                    label(&first),
                    certain,
                    "the first coming match of the teams named",
                ),
                m: ctx.match_facts(first.id),
                is_main: first.id == main.row.id,
                candidates: found.candidates,
            };
        }
        return found;
    }
    // A stage other than the main match's, in its edition ("the World Cup final at the
    // Maracana on Sunday" in a semi-final report).
    if let Some(st) = h.stage {
        let main_stage = ctx.facts.match_stage(&main.row).ok().flatten().map(|x| x.0);
        if main_stage.is_some_and(|m| !same_stage(m, st)) {
            if let Some(e) = &ctx.edition {
                let mut pool: Vec<MatchRow> = ctx
                    .facts
                    .edition_matches(e)
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|m| m.gender == ctx.gender)
                    .filter(|m| teams.iter().all(|t| m.home == *t || m.away == *t))
                    .collect();
                pool.retain(|m| {
                    ctx.facts
                        .match_stage(m)
                        .ok()
                        .flatten()
                        .is_some_and(|x| same_stage(x.0, st))
                });
                let h2 = Hints {
                    stage: None,
                    ..h.clone()
                };
                pool.retain(|m| fits(ctx, m, &h2));
                let unique = matches!(st, Stage::Final | Stage::ThirdPlace);
                let mut with_teams = true;
                if pool.is_empty() && unique && !teams.is_empty() {
                    // "their hopes of making it to the final on Sunday": the edition's final,
                    // whoever played it.
                    pool = ctx
                        .facts
                        .edition_matches(e)
                        .unwrap_or_default()
                        .into_iter()
                        .filter(|m| m.gender == ctx.gender)
                        .filter(|m| {
                            ctx.facts
                                .match_stage(m)
                                .ok()
                                .flatten()
                                .is_some_and(|x| same_stage(x.0, st))
                        })
                        .filter(|m| fits(ctx, m, &h2))
                        .collect();
                    with_teams = false;
                }
                if let [m] = pool.as_slice() {
                    return Found {
                        tie: Tie::to_match(
                            m.id,
                            label(m),
                            (unique || teams.len() >= 2 || (teams.len() == 1 && h.score.is_some()))
                                && !unresolved
                                && with_teams,
                            "the match of the stage named in the article's edition",
                        ),
                        m: ctx.match_facts(m.id),
                        is_main: false,
                        candidates: pool.clone(),
                    };
                }
            }
        }
    }
    let in_main = teams.iter().all(|t| main.involves(*t));
    let background = !f.scope.time.background.is_empty();
    // A clause that names no side continues its paragraph: the article's match for certain
    // only when the paragraph (this sentence or the one before) names one of its sides, or it
    // is the article's first.
    let continues_main = !teams.is_empty() || paragraph_names_main(ctx, f, main);
    // A place written that the data do not give for the main match: maybe another match.
    let place_elsewhere = h.place.as_ref().is_some_and(|p| {
        check_places(ctx, main, &[(p.clone(), place_kind(ctx, p))])
            .holds
            .is_empty()
    });
    // A weekday in the clause that is not the main match's day ("The losers go into
    // Saturday's third-place play-off at the Khalifa International Stadium" in a preview of a
    // Wednesday semi-final): another match, or at least not this one for certain. A weekday
    // claim (`when`) is itself what is checked, so it does not count here.
    let day_elsewhere = f.family != "when"
        && f.scope
            .time
            .weekday
            .or(f.scope.sentence_time.weekday)
            .is_some_and(|w| main.row.date.weekday() != w);
    let continues_main = continues_main && !place_elsewhere && !day_elsewhere;
    if in_main && !unresolved && fits(ctx, &main.row, h) {
        return Found {
            tie: Tie::to_match(
                main.row.id,
                label(&main.row),
                !background && continues_main,
                if background {
                    "background of the article's match"
                } else if !continues_main {
                    "the article's match (its sides are not named nearby)"
                } else {
                    "the article's match"
                },
            ),
            m: Some(main.clone()),
            is_main: true,
            candidates: vec![main.row.clone()],
        };
    }
    if unresolved && teams.is_empty() {
        return Found::none("the sides named are not resolved");
    }
    // Another match of the teams named: near the article's day, or in the main match's edition
    // for a piece written long after it.
    // Near the article's day; in a look back (the article's match more than a month before it),
    // near that match: "in Basel on June 20" in a 70th-anniversary piece is of 1954.
    let anchor = if ctx.looks_back() {
        main.row.date
    } else {
        pub_date
    };
    let near = (shift(anchor, -12), anchor);
    let found = search(near, "another match of the teams named", false);
    if found.m.is_some() || found.candidates.len() > 1 {
        return found;
    }
    // Earlier in the main match's edition ("then defeated defending champions Senegal on
    // penalties" in a report of the final).
    if let Some(e) = &ctx.edition {
        let to = e.to.min(pub_date.max(main.row.date));
        let f2 = search((e.from, to), "a match of the article's edition", false);
        if f2.m.is_some() {
            return f2;
        }
    }
    found
}

/// True when the frame's sentence or the one before names a side of the main match (or its
/// sentence is in the article's first paragraph or a headline).
fn paragraph_names_main(ctx: &Context<'_>, f: &Frame, main: &MatchFacts) -> bool {
    let Some(s) = ctx.doc.sentence_at(f.trigger.start()) else {
        return true;
    };
    if s.paragraph == 0 || s.headline || s.index <= 1 {
        return true;
    }
    let from = s
        .index
        .checked_sub(1)
        .and_then(|i| ctx.doc.sentences.get(i))
        .filter(|p| p.paragraph + 1 >= s.paragraph)
        .map(|p| p.span.start())
        .unwrap_or(s.span.start());
    let area = ctx.doc.span(from, s.span.end());
    ctx.discourse
        .entities_in(area)
        .any(|e| e.is_team() && ctx.team_of(e).is_some_and(|t| main.involves(t)))
}

/// How the places a claim names compare with a match's.
#[derive(Debug, Clone, Default)]
pub struct PlaceCheck {
    /// Places the data confirm (with what they matched).
    pub holds: Vec<String>,
    /// Places the data rule out: (claimed, what the data give).
    pub fails: Vec<(String, String)>,
    /// Places the data cannot settle.
    pub unknown: Vec<String>,
}

/// Compares claimed places with a match's: a stadium, city or country the data give (aliases
/// and a stadium's known city count); a country, or a stadium known to be in another city
/// while the data name the match's own stadium, or a city in another country, rules it out.
pub fn check_places(
    ctx: &Context<'_>,
    m: &MatchFacts,
    claimed: &[(String, crate::mentions::VenueKind)],
) -> PlaceCheck {
    use crate::mentions::VenueKind;
    let places = match_places(m);
    let stadium =
        m.wc.as_ref()
            .map(|w| w.stadium.clone())
            .or_else(|| m.openfootball.as_ref().and_then(|o| o.stadium.clone()));
    let mut cities: Vec<String> = Vec::new();
    for c in
        m.wc.as_ref()
            .map(|w| w.city.clone())
            .into_iter()
            .chain(m.openfootball.as_ref().and_then(|o| o.city.clone()))
            .chain(m.row.city.clone())
    {
        for part in c.split(['(', ')', '/']) {
            let p = part.trim();
            if !p.is_empty() && !cities.iter().any(|x| x == p) {
                cities.push(p.to_string());
            }
        }
    }
    let country = m
        .row
        .country
        .clone()
        .or_else(|| m.wc.as_ref().map(|w| w.country.clone()));
    let mut out = PlaceCheck::default();
    for (name, kind) in claimed {
        let name = name.as_str();
        if let Some(p) = places.iter().find(|p| same_place(ctx, name, p)) {
            out.holds.push(format!("{name} = {p}"));
            continue;
        }
        match kind {
            VenueKind::Stadium => {
                let known = ctx.facts.stadium_cities(name).unwrap_or_default();
                if let Some(c) = known
                    .iter()
                    .find(|k| cities.iter().any(|c| same_place(ctx, k, c)))
                {
                    out.holds.push(format!("{name} is in {c}"));
                } else if !known.is_empty() && stadium.is_some() && !cities.is_empty() {
                    out.fails.push((
                        name.to_string(),
                        format!(
                            "{} ({})",
                            stadium.clone().unwrap_or_default(),
                            cities.join(", ")
                        ),
                    ));
                } else {
                    out.unknown.push(name.to_string());
                }
            }
            VenueKind::Country => match &country {
                Some(c) => {
                    // Countries are teams: "the US" and "United States" are one.
                    let a = ctx.facts.team(name, Some(m.row.date), None).ok();
                    let b = ctx.facts.team(c, Some(m.row.date), None).ok();
                    if a.is_some() && a == b {
                        out.holds.push(format!("{name} = {c}"));
                    } else {
                        out.fails.push((name.to_string(), c.clone()))
                    }
                }
                None => out.unknown.push(name.to_string()),
            },
            VenueKind::City => {
                let their = ctx.facts.city_countries(name).unwrap_or_default();
                match &country {
                    Some(c)
                        if !their.is_empty()
                            && !their.iter().any(|t| same_place(ctx, t, c))
                            && !cities.is_empty() =>
                    {
                        out.fails
                            .push((name.to_string(), format!("{} ({c})", cities.join(", "))))
                    }
                    _ => out.unknown.push(name.to_string()),
                }
            }
        }
    }
    out
}
