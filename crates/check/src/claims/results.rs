//! Results and fixtures: scorelines, wins and defeats, running scores, weekdays and dates of
//! matches, stages, next fixtures, shootouts.

use super::{
    claim, contradicted, event_match, find_in, sentence_teams, time_cue, EventMatch, Kind,
};
use crate::context::Ctx;
use crate::text::Sentence;
use crate::Claim;
use goalline_core::{Datelike, Evidence, Minute, Stage, TeamId, Verdict};
use goalline_facts::matches::{weekday_name, MatchFacts, MatchQuery};
use once_cell::sync::Lazy;
use regex::Regex;

pub(super) fn extract(ctx: &mut Ctx<'_>, out: &mut Vec<Claim>) {
    let sentences = ctx.sentences.clone();
    for s in sentences {
        scorelines(ctx, s, out);
        results_without_score(ctx, s, out);
        weekdays(ctx, s, out);
        dates(ctx, s, out);
        stages(ctx, s, out);
        next_fixtures(ctx, s, out);
        super::shootouts::extract(ctx, s, out);
        halftime_position(ctx, s, out);
        venues(ctx, s, out);
        champions_phrase(ctx, s, out);
        edition_results(ctx, s, out);
        clean_sheets_and_comebacks(ctx, s, out);
    }
}

static SHEET: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(kept a clean sheet|keep a clean sheet|keeping a clean sheet|came from behind|coming from behind|come from behind|fought back|fight back|comeback win|from a goal down|from two goals down)\b").expect("regex")
});

/// "kept a clean sheet" (the team conceded nothing) and "came from behind" (it trailed and did
/// not lose) for the main match.
fn clean_sheets_and_comebacks(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    for c in find_in(&SHEET, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        let what = all.as_str().to_ascii_lowercase();
        let team = sentence_teams(ctx, s.start, all.start())
            .into_iter()
            .rev()
            .find(|t| main.involves(*t));
        let Some(team) = team else { continue };
        let (cs, ce) = super::clause(ctx, s, all.start(), all.end());
        let Some(ev) = super::event_match_local(ctx, s, cs, ce, Some(team)) else {
            continue;
        };
        let m = &ev.facts;
        let start = ctx
            .teams
            .iter()
            .filter(|t| t.start >= s.start && t.end <= all.start() && t.teams.contains(&team))
            .map(|t| t.start)
            .next_back()
            .unwrap_or(all.start());
        let start = if all.start() - start > 60 {
            all.start()
        } else {
            start
        };
        if what.contains("clean sheet") {
            let Some(conceded) = m.row.goals_for(m.opponent(team)) else {
                continue;
            };
            let expl = format!(
                "{} conceded {conceded}: {}",
                ctx.facts.team_name(team),
                describe(ctx, m)
            );
            if conceded == 0 {
                out.push(claim(
                    ctx,
                    start,
                    all.end(),
                    Kind::Scoreline,
                    Verdict::Supported,
                    expl,
                    vec![m.row.evidence.clone()],
                ));
            } else if ev.certain {
                out.push(contradicted(
                    ctx,
                    start,
                    all.end(),
                    Kind::Scoreline,
                    format!("conceded {conceded}"),
                    expl,
                    vec![m.row.evidence.clone()],
                ));
            }
            continue;
        }
        if !m.goals.complete {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Scoreline,
                Verdict::Unverifiable,
                "the order of the goals is not fully known",
                vec![m.row.evidence.clone()],
            ));
            continue;
        }
        let trailed = m.goals.goals.iter().any(|g| {
            let (f, a) = side_score(m, team, g.score_after);
            f < a
        });
        let lost = m.row.goals_for(team) < m.row.goals_for(m.opponent(team));
        let expl = format!(
            "{}: {}",
            describe(ctx, m),
            m.goals
                .goals
                .iter()
                .map(|g| format!(
                    "{} {}–{}",
                    g.minute.map(|x| x.to_string()).unwrap_or_default(),
                    g.score_after.0,
                    g.score_after.1
                ))
                .collect::<Vec<_>>()
                .join(", ")
        );
        // "Fought back" only says they trailed; "came from behind" also that they did not lose.
        let needs_result = !(what.contains("fought back") || what.contains("fight back"));
        let holds = trailed && (!needs_result || !lost);
        if holds {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Scoreline,
                Verdict::Supported,
                expl,
                vec![m.row.evidence.clone()],
            ));
        } else if ev.certain {
            out.push(contradicted(
                ctx,
                start,
                all.end(),
                Kind::Scoreline,
                if trailed {
                    "they lost".into()
                } else {
                    "never behind".into()
                },
                expl,
                vec![m.row.evidence.clone()],
            ));
        } else {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Scoreline,
                Verdict::Unverifiable,
                expl,
                vec![m.row.evidence.clone()],
            ));
        }
    }
}

static EDITION_WIN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(winning|won|win|lifting|lifted|claiming|claimed)\s+the\s+(\d{4})\s+|\b(going|went|qualifying|qualified|competing|competed|playing|played|taking part|took part|appearing|appeared)\s+(?:to|in|at|for)\s+the\s+").expect("regex")
});

/// "first winning the 2019 Asian Cup" (the champion of a named edition); "then going to the
/// World Cup and also competing in the Concacaf Gold Cup" (the team took part in the
/// competition in recent years).
fn edition_results(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&EDITION_WIN, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        let Some(comp) = ctx
            .comps
            .iter()
            .find(|cm| cm.start >= all.start() && cm.start <= all.end() + 1)
            .cloned()
        else {
            continue;
        };
        // The team: named in this sentence, else in the previous one, else the main winner.
        let mut team = sentence_teams(ctx, s.start, all.start()).into_iter().last();
        if team.is_none() {
            if let Some(prev) = ctx
                .sentences
                .iter()
                .rev()
                .find(|x| x.end <= s.start)
                .copied()
            {
                team = sentence_teams(ctx, prev.start, prev.end).into_iter().last();
            }
        }
        let Some(team) = team.or_else(|| ctx.main.as_ref().and_then(|m| m.result.winner)) else {
            continue;
        };
        let (start, end) = (all.start(), comp.end);
        if c.get(1).is_some() {
            let year: Option<i32> = c.get(2).and_then(|y| y.as_str().parse().ok());
            let Ok(Some(ed)) = ctx.edition(&comp.competition, year, None) else {
                continue;
            };
            match ctx.champion(&ed).ok().flatten() {
                Some(ch) if ch.value == team => out.push(claim(
                    ctx,
                    start,
                    end,
                    Kind::TournamentRun,
                    Verdict::Supported,
                    format!("{} won {}", ctx.facts.team_name(team), ed.label),
                    ch.evidence,
                )),
                Some(ch) => out.push(contradicted(
                    ctx,
                    start,
                    end,
                    Kind::TournamentRun,
                    ctx.facts.team_name(ch.value).to_string(),
                    format!("{} won {}", ctx.facts.team_name(ch.value), ed.label),
                    ch.evidence,
                )),
                None => out.push(claim(
                    ctx,
                    start,
                    end,
                    Kind::TournamentRun,
                    Verdict::Unverifiable,
                    format!("the champion of {} is not recorded", ed.label),
                    vec![],
                )),
            }
            continue;
        }
        // Participation: a match of the team in that competition within the last six years.
        let Some(d) = ctx.date else { continue };
        let from = d.checked_sub_days(goalline_core::Days::new(6 * 366));
        let q = MatchQuery {
            teams: vec![team],
            from,
            to: Some(d),
            gender: Some(ctx.gender),
            competition: Some(comp.competition.clone()),
        };
        let ms: Vec<_> = ctx
            .find_matches(&q)
            .unwrap_or_default()
            .into_iter()
            .filter(|m| m.tournament == comp.competition)
            .collect();
        if let Some(m) = ms.first() {
            out.push(claim(
                ctx,
                start,
                end,
                Kind::TournamentRun,
                Verdict::Supported,
                format!(
                    "{} played {} {} match(es) from {}",
                    ctx.facts.team_name(team),
                    ms.len(),
                    comp.competition,
                    m.date
                ),
                vec![m.evidence.clone()],
            ));
        } else {
            out.push(claim(
                ctx,
                start,
                end,
                Kind::TournamentRun,
                Verdict::Unverifiable,
                format!(
                    "no {} match of {} in the six years before {d}",
                    comp.competition,
                    ctx.facts.team_name(team)
                ),
                vec![],
            ));
        }
    }
}

static BEHIND: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(going behind|went behind|were behind|was behind|trailing|trailed|behind|ahead|leading|led|level)\s+(?:at\s+(?:half-?time|the break|the interval)|at\s+half\s+time)").expect("regex")
});

/// "after going behind at halftime", "led at the break", "level at half-time".
fn halftime_position(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&BEHIND, ctx, s) {
        let (Some(all), Some(w)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let word = w.as_str().to_ascii_lowercase();
        let subject = sentence_teams(ctx, s.start, all.start())
            .into_iter()
            .last()
            .or_else(|| ctx.main.as_ref().map(|m| m.row.home));
        let Some(subject) = subject else { continue };
        let (cs, ce) = super::clause(ctx, s, all.start(), all.end());
        let Some(ev) = super::event_match_local(ctx, s, cs, ce, Some(subject)) else {
            continue;
        };
        let m = &ev.facts;
        let Some(sc) = score_at(m, Minute::with_stoppage(45, 30)) else {
            out.push(claim(
                ctx,
                all.start(),
                all.end(),
                Kind::Scoreline,
                Verdict::Unverifiable,
                "the half-time score needs every goal's minute",
                vec![m.row.evidence.clone()],
            ));
            continue;
        };
        let (x, y) = side_score(m, subject, sc);
        let ok = match word.as_str() {
            w if w.contains("behind") || w.starts_with("trail") => x < y,
            "ahead" | "leading" | "led" => x > y,
            _ => x == y,
        };
        let expl = format!(
            "half-time: {} {x}–{y}; {}",
            ctx.facts.team_name(subject),
            describe(ctx, m)
        );
        let evidence: Vec<Evidence> = m
            .goals
            .goals
            .iter()
            .flat_map(|g| g.evidence.first().cloned())
            .collect();
        if ok {
            out.push(claim(
                ctx,
                all.start(),
                all.end(),
                Kind::Scoreline,
                Verdict::Supported,
                expl,
                evidence,
            ));
        } else if ev.certain {
            out.push(contradicted(
                ctx,
                all.start(),
                all.end(),
                Kind::Scoreline,
                format!("{x}-{y} at half-time"),
                expl,
                evidence,
            ));
        } else {
            out.push(claim(
                ctx,
                all.start(),
                all.end(),
                Kind::Scoreline,
                Verdict::Unverifiable,
                expl,
                evidence,
            ));
        }
    }
}

static VENUE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:Estadio|Estádio|Stade|Stadio|Stadion|Estadi)\s+(?:de\s+|do\s+|da\s+|del\s+|di\s+)?\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?|\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?\s+(?:Stadium|Arena|Park)\b|^\s*\p{Lu}[\p{L} ]+:").expect("regex")
});

/// Venues and datelines: "a disbelieving Estadio Mineirao crowd", "in a gripped Stade de Lyon",
/// "Doha:". Supported when the place is the main match's stadium or city; otherwise unverifiable
/// (a place in prose may be about anything).
fn venues(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    let mut places: Vec<String> = Vec::new();
    if let Some(w) = &main.wc {
        places.push(w.stadium.clone());
        places.push(w.city.clone());
    }
    places.extend(main.row.city.clone());
    let folded: Vec<String> = places
        .iter()
        .map(|p| goalline_core::names::fold(p))
        .collect();
    for c in find_in(&VENUE, ctx, s) {
        let Some(m) = c.get(0) else { continue };
        let raw = m.as_str().trim().trim_end_matches(':');
        let start = m.start() + (m.as_str().len() - m.as_str().trim_start().len());
        let end = start + raw.len() + usize::from(m.as_str().trim().ends_with(':'));
        let f = goalline_core::names::fold(raw);
        let words: Vec<&str> = f
            .split(' ')
            .filter(|w| {
                w.len() > 3
                    && !["estadio", "stade", "stadium", "stadio", "arena", "park"].contains(w)
            })
            .collect();
        if words.is_empty() || ctx.teams.iter().any(|t| t.start <= start && end <= t.end) {
            continue;
        }
        let hit = folded
            .iter()
            .any(|p| words.iter().all(|w| p.split(' ').any(|x| x == *w)) || p == &f);
        if hit {
            out.push(claim(
                ctx,
                start,
                end,
                Kind::Other,
                Verdict::Supported,
                format!("the match was played at {}", places.join(", ")),
                vec![main
                    .wc
                    .as_ref()
                    .map(|w| w.evidence.clone())
                    .unwrap_or(main.row.evidence.clone())],
            ));
        } else if m.as_str().trim().ends_with(':') && m.start() == s.start {
            // A dateline that is not the match's city: the report may be filed elsewhere.
            continue;
        }
    }
}

static CHAMPIONS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?-u)\b(European|World|Asian|African|South American|Olympic) champions\b(?:\s+the)?",
    )
    .expect("regex")
});

/// "European champions the Netherlands", "world champions France": the title holder at the time.
fn champions_phrase(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&CHAMPIONS, ctx, s) {
        let (Some(all), Some(region)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let Some((team, _, tend)) =
            nearest_team_after(ctx, s, all.end()).filter(|t| t.1 <= all.end() + 2)
        else {
            continue;
        };
        let comp = match (region.as_str(), ctx.gender) {
            ("European", goalline_core::Gender::Men) => Some("UEFA Euro"),
            ("World", goalline_core::Gender::Men) => Some("FIFA World Cup"),
            ("World", goalline_core::Gender::Women) => Some("FIFA Women's World Cup"),
            ("Asian", goalline_core::Gender::Men) => Some("AFC Asian Cup"),
            ("African", goalline_core::Gender::Men) => Some("African Cup of Nations"),
            ("South American", goalline_core::Gender::Men) => Some("Copa América"),
            _ => None,
        };
        let Some(comp) = comp else {
            out.push(claim(
                ctx,
                all.start(),
                tend,
                Kind::TournamentRun,
                Verdict::Unverifiable,
                format!(
                    "{} {} titles are not in any dataset here",
                    match ctx.gender {
                        goalline_core::Gender::Women => "women's",
                        goalline_core::Gender::Men => "men's",
                    },
                    region.as_str()
                ),
                vec![],
            ));
            continue;
        };
        let Some(d) = ctx.date else { continue };
        let Ok(Some(ed)) = ctx.edition_before(comp, d) else {
            continue;
        };
        let ed = if ed.to >= d {
            ctx.editions(comp)
                .ok()
                .and_then(|v| v.into_iter().rev().find(|e| e.to < d))
        } else {
            Some(ed)
        };
        let Some(ed) = ed else { continue };
        match ctx.champion(&ed).ok().flatten() {
            Some(ch) if ch.value == team => out.push(claim(
                ctx,
                all.start(),
                tend,
                Kind::TournamentRun,
                Verdict::Supported,
                format!("{} won {}", ctx.facts.team_name(team), ed.label),
                ch.evidence,
            )),
            Some(ch) => out.push(contradicted(
                ctx,
                all.start(),
                tend,
                Kind::TournamentRun,
                ctx.facts.team_name(ch.value).to_string(),
                format!("{} won {}", ctx.facts.team_name(ch.value), ed.label),
                ch.evidence,
            )),
            None => out.push(claim(
                ctx,
                all.start(),
                tend,
                Kind::TournamentRun,
                Verdict::Unverifiable,
                format!("the champion of {} is not recorded", ed.label),
                vec![],
            )),
        }
    }
}

static SCORE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\b(\d{1,2})\s?[-–]\s?(\d{1,2})\b").expect("regex"));
static COMMA_SCORE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\b(\d{1,2}),\s+[\p{Lu}][\p{L} ]+?\s(\d{1,2})\b").expect("regex"));

const WIN_VERBS: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "defeated",
    "defeating",
    "defeat",
    "thrashed",
    "thrashing",
    "hammered",
    "overcame",
    "edged",
    "crushed",
    "routed",
    "stunned",
    "downed",
    "won",
    "win over",
    "victory over",
    "triumphed over",
    "saw off",
    "dispatched",
    "out-fought",
    "outclassed",
];
const LOSE_VERBS: &[&str] = &[
    "lost",
    "losing",
    "beaten",
    "loss to",
    "defeat to",
    "defeat by",
    "fell",
    "went down",
    "were beaten",
    "was beaten",
];

/// What a scoreline claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Orientation {
    /// `team` scored `a`, the other `b`.
    Of(TeamId),
    /// `team` won `max–min`.
    WonBy(TeamId),
    /// `team` lost `max–min`.
    LostBy(TeamId),
    /// Unordered.
    Unordered,
}

fn lower_window(ctx: &Ctx<'_>, from: usize, to: usize) -> String {
    ctx.slice(crate::text::floor_char(ctx.text, from.min(to)), to)
        .to_ascii_lowercase()
}

fn nearest_team_before(ctx: &Ctx<'_>, s: Sentence, pos: usize) -> Option<(TeamId, usize, usize)> {
    ctx.teams
        .iter()
        .rfind(|t| t.start >= s.start && t.end <= pos && t.teams.len() == 1)
        .map(|t| (t.teams[0], t.start, t.end))
}

fn nearest_team_after(ctx: &Ctx<'_>, s: Sentence, pos: usize) -> Option<(TeamId, usize, usize)> {
    ctx.teams
        .iter()
        .find(|t| t.start >= pos && t.end <= s.end && t.teams.len() == 1)
        .map(|t| (t.teams[0], t.start, t.end))
}

/// The running score after all goals up to a minute (inclusive of its stoppage time).
fn score_at(m: &MatchFacts, upto: Minute) -> Option<(u32, u32)> {
    if !m.goals.complete {
        return None;
    }
    let mut sc = (0, 0);
    for g in &m.goals.goals {
        let mm = g.minute?;
        if mm.base < upto.base
            || (mm.base == upto.base && (upto.stoppage.is_some() || mm.stoppage.is_none()))
        {
            sc = g.score_after;
        }
    }
    Some(sc)
}

fn side_score(m: &MatchFacts, team: TeamId, sc: (u32, u32)) -> (u32, u32) {
    if team == m.row.home {
        sc
    } else {
        (sc.1, sc.0)
    }
}

fn final_for(m: &MatchFacts, team: TeamId) -> Option<(u32, u32)> {
    Some((m.row.goals_for(team)?, m.row.goals_for(m.opponent(team))?))
}

fn describe(ctx: &Ctx<'_>, m: &MatchFacts) -> String {
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
    if let (Some(w), goalline_facts::matches::Decided::Shootout) =
        (m.result.winner, m.result.decided)
    {
        s.push_str(&format!(", {} won on penalties", ctx.facts.team_name(w)));
    }
    if let Some(st) = m.stage {
        s.push_str(&format!(" ({})", st.label()));
    } else {
        s.push_str(&format!(" ({})", m.row.tournament));
    }
    s
}

fn scorelines(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&SCORE, ctx, s) {
        let (Some(all), Some(a), Some(b)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let (Ok(a), Ok(b)) = (a.as_str().parse::<u32>(), b.as_str().parse::<u32>()) else {
            continue;
        };
        let after = &ctx.slice(all.end(), s.end);
        let before = &ctx.slice(s.start, all.start());
        // Formations (4-4-2), minute ranges and dates are not scores.
        if after.starts_with(['-', '–']) && after[1..].starts_with(|c: char| c.is_ascii_digit())
            || before.ends_with(['-', '–', '/', '+'])
            || after
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("minute")
            || after.starts_with(['/', '.']) && after[1..].starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        // A shootout's score is the shootout extractor's.
        if super::shootouts::is_shootout_score(ctx, s, all.start(), all.end()) {
            continue;
        }
        check_scoreline(ctx, s, all.start(), all.end(), a, b, out);
    }
    // "Match ends, Brazil 1, Germany 7."
    for c in find_in(&COMMA_SCORE, ctx, s) {
        let (Some(all), Some(a), Some(b)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let (Ok(a), Ok(b)) = (a.as_str().parse::<u32>(), b.as_str().parse::<u32>()) else {
            continue;
        };
        let Some((t1, t1s, _)) = nearest_team_before(ctx, s, all.start()) else {
            continue;
        };
        let Some((t2, _, t2e)) = nearest_team_after(ctx, s, all.start() + 1) else {
            continue;
        };
        if t2e > all.end() + 2 || t1 == t2 {
            continue;
        }
        verify_score(
            ctx,
            s,
            t1s,
            all.end(),
            Some((t1, t2)),
            Orientation::Of(t1),
            a,
            b,
            out,
        );
    }
}

#[allow(clippy::too_many_arguments)]
fn check_scoreline(
    ctx: &mut Ctx<'_>,
    s: Sentence,
    start: usize,
    end: usize,
    a: u32,
    b: u32,
    out: &mut Vec<Claim>,
) {
    // "have not beaten X since a 1-0 win", "had beaten X": the perfect is active ("beat"); only
    // "were/was beaten" is a defeat. Same length, so offsets stay aligned.
    let mut before_lc = lower_window(ctx, s.start.max(start.saturating_sub(90)), start);
    for aux in [
        "have not",
        "has not",
        "had not",
        "haven't",
        "hasn't",
        "hadn't",
        "have never",
        "has never",
        "had never",
        "have",
        "has",
        "had",
    ] {
        let from = format!("{aux} beaten ");
        let to = format!("{aux} beat   ");
        before_lc = before_lc.replace(&from, &to);
    }
    let after_lc = ctx
        .slice(end, crate::text::floor_char(ctx.text, s.end.min(end + 60)))
        .to_ascii_lowercase();
    let tb = nearest_team_before(ctx, s, start);
    let ta = nearest_team_after(ctx, s, end);
    // 1. "England 1-2 USA": adjacent teams.
    if let (Some((t1, t1s, t1e)), Some((t2, _, t2s_end))) = (tb, ta) {
        let gap1 = ctx.slice(t1e, start).trim();
        let t2start = ctx
            .teams
            .iter()
            .find(|t| t.end == t2s_end)
            .map(|t| t.start)
            .unwrap_or(end);
        let gap2 = ctx.slice(end, t2start).trim();
        if gap1.is_empty() && gap2.is_empty() && t1 != t2 {
            verify_score(
                ctx,
                s,
                t1s,
                t2s_end,
                Some((t1, t2)),
                Orientation::Of(t1),
                a,
                b,
                out,
            );
            return;
        }
    }
    // 2. Running scores: "led 2-1 at halftime", "5-0 up in 29 mins", "a 2-1 lead".
    let running = before_lc.ends_with("led ")
        || before_lc.ends_with("leading ")
        || after_lc.starts_with(" up")
        || after_lc.starts_with(" lead")
        || after_lc.starts_with(" down")
        || after_lc.starts_with(" at half")
        || after_lc.starts_with(" at the break");
    if running {
        let minute = running_minute(&after_lc).or_else(|| running_minute(&before_lc));
        let subject = tb
            .map(|t| t.0)
            .or_else(|| ctx.main.as_ref().map(|m| m.row.home));
        let span_start = tb.map(|t| t.1).filter(|&x| start - x < 80).unwrap_or(start);
        let span_end = end
            + after_lc
                .find([',', '.', ';'])
                .unwrap_or(after_lc.len())
                .min(40);
        let span_end = crate::text::ceil_char(ctx.text, span_end.min(s.end));
        let Some(subject) = subject else { return };
        let Some(ev) = event_match(ctx, s, Some(subject)) else {
            return;
        };
        let Some(minute) = minute else {
            out.push(claim(
                ctx,
                span_start,
                span_end,
                Kind::Scoreline,
                Verdict::Unverifiable,
                "a running score without a time the data can place",
                vec![],
            ));
            return;
        };
        let m = &ev.facts;
        match score_at(m, minute) {
            Some(sc) => {
                let (x, y) = side_score(m, subject, sc);
                let ev_rows: Vec<Evidence> = m
                    .goals
                    .goals
                    .iter()
                    .flat_map(|g| g.evidence.first().cloned())
                    .collect();
                if (x, y) == (a, b) {
                    out.push(claim(
                        ctx,
                        span_start,
                        span_end,
                        Kind::Scoreline,
                        Verdict::Supported,
                        format!(
                            "{} led {x}–{y} at {minute}: {}",
                            ctx.facts.team_name(subject),
                            describe(ctx, m)
                        ),
                        ev_rows,
                    ));
                } else if ev.certain {
                    out.push(contradicted(
                        ctx,
                        span_start,
                        span_end,
                        Kind::Scoreline,
                        format!("{x}-{y}"),
                        format!(
                            "at {minute} the score was {x}–{y} for {}: {}",
                            ctx.facts.team_name(subject),
                            describe(ctx, m)
                        ),
                        ev_rows,
                    ));
                } else {
                    out.push(claim(
                        ctx,
                        span_start,
                        span_end,
                        Kind::Scoreline,
                        Verdict::Unverifiable,
                        "the match this running score belongs to is not certain",
                        vec![],
                    ));
                }
            }
            None => out.push(claim(
                ctx,
                span_start,
                span_end,
                Kind::Scoreline,
                Verdict::Unverifiable,
                "the goals of this match are not all known with their minutes",
                vec![m.row.evidence.clone()],
            )),
        }
        return;
    }
    // 3. Result verbs.
    let win_before = WIN_VERBS
        .iter()
        .any(|v| before_lc.contains(&format!("{v} ")));
    let lose_before = LOSE_VERBS
        .iter()
        .any(|v| before_lc.contains(&format!("{v} ")));
    let win_after = ["win", "victory", "triumph", "success"]
        .iter()
        .any(|w| after_lc.trim_start().starts_with(w));
    let lose_after = ["defeat", "loss", "reverse", "drubbing", "humiliation"]
        .iter()
        .any(|w| after_lc.trim_start().starts_with(w));
    let draw = a == b && (before_lc.contains("drew") || after_lc.trim_start().starts_with("draw"));
    // "a 4-1 win for the French" / "a 1-0 win over X"
    let for_team = if win_after || lose_after {
        let rest = &ctx.slice(end, s.end);
        let lc = rest.to_ascii_lowercase();
        let f = lc.find(" for ").filter(|&i| i < 25);
        f.and_then(|i| nearest_team_after(ctx, s, end + i))
            .filter(|t| t.1 < end + 45)
            .map(|t| t.0)
    } else {
        None
    };
    // The object of "beat"/"lost to" sits between the verb and the score ("beat England 2-1");
    // a team before the verb is its subject ("Brazil lost 7-1").
    let window_start = crate::text::floor_char(ctx.text, s.start.max(start.saturating_sub(90)));
    let verb_pos = WIN_VERBS
        .iter()
        .chain(LOSE_VERBS)
        .filter_map(|v| {
            before_lc
                .rfind(&format!("{v} "))
                .map(|i| window_start + i + v.len())
        })
        .max();
    let object = if win_before || lose_before {
        tb.filter(|t| start - t.2 < 45 && verb_pos.is_some_and(|vp| t.1 >= vp))
            .map(|t| t.0)
    } else {
        None
    };
    let (orientation, pair_hint) = if draw {
        (Orientation::Unordered, None)
    } else if let Some(w) = for_team {
        (
            if win_after {
                Orientation::WonBy(w)
            } else {
                Orientation::LostBy(w)
            },
            None,
        )
    } else if win_before {
        // "X beat Y 2-1": the object is Y; the winner is the other side.
        let subject = subject_team(ctx, s, start, object);
        match (subject, object) {
            (Some(sub), _) => (Orientation::WonBy(sub), object.map(|o| (sub, o))),
            (None, Some(obj)) => (Orientation::LostBy(obj), None),
            _ => (Orientation::Unordered, None),
        }
    } else if lose_before {
        let subject = subject_team(ctx, s, start, object);
        match subject {
            Some(sub) => (Orientation::LostBy(sub), object.map(|o| (sub, o))),
            None => (Orientation::Unordered, None),
        }
    } else if win_after || lose_after {
        let subject = subject_team(ctx, s, start, None);
        match subject {
            Some(sub) if win_after => (Orientation::WonBy(sub), None),
            Some(sub) => (Orientation::LostBy(sub), None),
            None => (Orientation::Unordered, None),
        }
    } else if tb.is_some()
        || ta.is_some()
        || ctx
            .slice(s.start, s.end)
            .to_ascii_lowercase()
            .contains("score")
    {
        (Orientation::Unordered, None)
    } else {
        return;
    };
    let span_start = [tb.map(|t| t.1).filter(|&x| start - x < 60)]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(start);
    let span_start = verb_start(ctx, s, span_start, start);
    let mut span_end = end;
    if win_after || lose_after {
        let word_end = ctx
            .slice(end, s.end)
            .trim_start()
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(0);
        span_end = end
            + (ctx.slice(end, s.end).len() - ctx.slice(end, s.end).trim_start().len())
            + word_end;
        if let Some(w) = for_team {
            if let Some(t) = ctx
                .teams
                .iter()
                .find(|t| t.start > end && t.teams.contains(&w))
            {
                span_end = t.end;
            }
        }
    }
    verify_score(
        ctx,
        s,
        span_start,
        span_end,
        pair_hint,
        orientation,
        a,
        b,
        out,
    );
}

/// Extends a span back to the result verb ("went on to beat England by a scoreline of").
fn verb_start(ctx: &Ctx<'_>, s: Sentence, current: usize, score_start: usize) -> usize {
    let window_start =
        crate::text::floor_char(ctx.text, s.start.max(score_start.saturating_sub(70)));
    let lc = ctx.slice(window_start, score_start).to_ascii_lowercase();
    let mut best = current;
    for v in WIN_VERBS
        .iter()
        .chain(LOSE_VERBS)
        .chain(["a ", "an "].iter())
    {
        if let Some(i) = lc.rfind(&v.to_string()) {
            let pos = crate::text::floor_char(ctx.text, window_start + i);
            if pos < best && (*v != "a " && *v != "an " || score_start - pos < 4) {
                best = pos;
            }
        }
    }
    best
}

/// The team a result sentence is about: the team named before the verb, else the main match's
/// side that is not the object.
fn subject_team(
    ctx: &Ctx<'_>,
    s: Sentence,
    score_start: usize,
    object: Option<TeamId>,
) -> Option<TeamId> {
    // The last team named before the result that is not its object ("against X", "over X").
    let named: Vec<TeamId> = ctx
        .teams
        .iter()
        .filter(|t| {
            t.start >= s.start
                && t.end <= score_start
                && t.teams.len() == 1
                && Some(t.teams[0]) != object
        })
        .filter(|t| {
            let before = ctx.slice(s.start, t.start).to_ascii_lowercase();
            let last = before.split_whitespace().last().unwrap_or("");
            // "Croatia's dreams … with a 4-2 victory": a possessive far from the result is
            // not its subject ("England's 2-1 win" right before the score is).
            let possessive = ctx.slice(t.end, ctx.text.len()).starts_with("'s")
                || ctx.slice(t.end, ctx.text.len()).starts_with("’s");
            let far = score_start.saturating_sub(t.end) > 6;
            let object_word =
                ["against", "over", "to", "with", "by", "versus", "v", "vs"].contains(&last);
            let bare_hosts = last == "hosts" && object.is_none();
            !(object_word || bare_hosts || possessive && far)
        })
        .map(|t| t.teams[0])
        .collect();
    if let Some(t) = named.last() {
        return Some(*t);
    }
    let m = ctx.main.as_ref()?;
    match object {
        Some(o) if m.involves(o) => Some(m.opponent(o)),
        _ => {
            // "The host nation defeated Jordan": the main match's host side.
            let lc = ctx.slice(s.start, score_start).to_ascii_lowercase();
            if lc.contains("host") && !m.row.neutral {
                Some(m.row.home)
            } else {
                None
            }
        }
    }
}

fn running_minute(lc: &str) -> Option<Minute> {
    static IN_MINS: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?-u)(?:in|inside|within|after)\s+(?:the\s+first\s+)?(\d{1,3})\s+(?:\w+\s+)?(?:mins?|minutes)").expect("regex")
    });
    if lc.contains("half-time")
        || lc.contains("halftime")
        || lc.contains("half time")
        || lc.contains("the break")
        || lc.contains("first half")
        || lc.contains("interval")
    {
        return Some(Minute::with_stoppage(45, 30));
    }
    IN_MINS
        .captures(lc)
        .and_then(|c| c.get(1)?.as_str().parse().ok())
        .map(Minute::new)
}

#[allow(clippy::too_many_arguments)]
fn verify_score(
    ctx: &mut Ctx<'_>,
    s: Sentence,
    start: usize,
    end: usize,
    pair: Option<(TeamId, TeamId)>,
    o: Orientation,
    a: u32,
    b: u32,
    out: &mut Vec<Claim>,
) {
    let hint = match o {
        Orientation::Of(t) | Orientation::WonBy(t) | Orientation::LostBy(t) => Some(t),
        Orientation::Unordered => pair.map(|p| p.0),
    };
    let (mut cs, mut ce) = super::clause(ctx, s, start, end);
    // "… beat England 2-1 and set up a semi-final on December 14": what follows "and" is
    // another event with its own date.
    if let Some(i) = ctx.slice(end.min(ce), ce).find(" and ") {
        ce = end + i;
    }
    // Another result earlier in the clause keeps its own time cues ("… 4-2 in 1966 and …
    // Brazil defeated Sweden 5-2, 60 years ago").
    if let Some(prev) = SCORE.find_iter(ctx.slice(cs, start)).last() {
        let after_prev = cs + prev.end();
        let rest = &ctx.slice(after_prev, start);
        cs = rest
            .find(" and ")
            .map(|i| after_prev + i + 5)
            .unwrap_or(after_prev);
    }
    let found = score_search(ctx, s, cs.min(start), ce.max(end), o, a, b);
    let supported_by_search = |ctx: &Ctx<'_>, out: &mut Vec<Claim>, m: &MatchFacts| {
        let mut rows = m.evidence.clone();
        rows.truncate(3);
        out.push(claim(
            ctx,
            start,
            end,
            Kind::Scoreline,
            Verdict::Supported,
            describe(ctx, m),
            rows,
        ));
    };
    let Some(ev) = super::event_match_local(ctx, s, cs.min(start), ce.max(end), hint) else {
        if let Some(m) = found {
            supported_by_search(ctx, out, &m);
            return;
        }
        out.push(claim(
            ctx,
            start,
            end,
            Kind::Scoreline,
            Verdict::Unverifiable,
            "no match in the data fits the teams and time of this result",
            vec![],
        ));
        return;
    };
    let EventMatch {
        facts: m, certain, ..
    } = ev;
    // Every side named in the result's own clause must have played the match found, or the
    // match found is not the one meant ("a 4-0 quarter-final demolition of Argentina").
    let (kcs, kce) = crate::focus::core_clause(ctx, s, start, end);
    let missing: Vec<TeamId> = sentence_teams(ctx, kcs, kce)
        .into_iter()
        .filter(|t| !m.involves(*t))
        .collect();
    let certain = certain && missing.is_empty();
    if let Some((x, y)) = pair {
        if !(m.involves(x) && m.involves(y)) {
            out.push(claim(
                ctx,
                start,
                end,
                Kind::Scoreline,
                Verdict::Unverifiable,
                "no match between these teams found at that time",
                vec![],
            ));
            return;
        }
    }
    let (Some(hs), Some(aw)) = (m.row.home_score, m.row.away_score) else {
        out.push(claim(
            ctx,
            start,
            end,
            Kind::Scoreline,
            Verdict::Unverifiable,
            "the score of this match is not recorded (NA)",
            vec![m.row.evidence.clone()],
        ));
        return;
    };
    let ok = match o {
        Orientation::Of(t) => final_for(&m, t) == Some((a, b)),
        Orientation::WonBy(t) => final_for(&m, t) == Some((a.max(b), a.min(b))) && a != b,
        Orientation::LostBy(t) => final_for(&m, t) == Some((a.min(b), a.max(b))) && a != b,
        Orientation::Unordered => (hs, aw) == (a, b) || (aw, hs) == (a, b),
    };
    let mut ev_rows = m.evidence.clone();
    ev_rows.truncate(3);
    // "2-1 after extra time" / "in extra time" / "a.e.t." right after the score.
    let tail = ctx
        .slice(
            end.min(s.end),
            crate::text::floor_char(ctx.text, s.end.min(end + 30)).max(end.min(s.end)),
        )
        .to_ascii_lowercase();
    let claims_et = tail.starts_with(" after extra time")
        || tail.starts_with(" after extra-time")
        || tail.starts_with(" in extra time")
        || tail.starts_with(" a.e.t")
        || tail.starts_with(" aet");
    if ok && claims_et {
        match m.result.extra_time {
            Some(true) => {}
            Some(false) if certain => {
                out.push(contradicted(
                    ctx,
                    start,
                    end,
                    Kind::Scoreline,
                    "no extra time".into(),
                    format!("the match did not go to extra time: {}", describe(ctx, &m)),
                    ev_rows,
                ));
                return;
            }
            _ => {
                out.push(claim(
                    ctx,
                    start,
                    end,
                    Kind::Scoreline,
                    Verdict::Unverifiable,
                    format!(
                        "the score fits, but extra time is not recorded: {}",
                        describe(ctx, &m)
                    ),
                    ev_rows,
                ));
                return;
            }
        }
    }
    if !ok {
        // Another match of these sides at that time had this score ("Greece beat Portugal 2-1
        // in the opening game" in a report on the final).
        if let Some(f) = found.as_ref().filter(|f| f.row.id != m.row.id) {
            supported_by_search(ctx, out, f);
            return;
        }
    }
    if ok {
        out.push(claim(
            ctx,
            start,
            end,
            Kind::Scoreline,
            Verdict::Supported,
            describe(ctx, &m),
            ev_rows,
        ));
    } else if certain {
        // A half-time or running score written without a cue is not the final score: only
        // contradict when the claimed numbers never appeared as the score of this match.
        let appeared = m.goals.complete
            && m.goals
                .goals
                .iter()
                .any(|g| g.score_after == (a, b) || g.score_after == (b, a));
        if appeared && matches!(o, Orientation::Unordered) {
            out.push(claim(
                ctx,
                start,
                end,
                Kind::Scoreline,
                Verdict::Supported,
                format!(
                    "the score stood at {a}–{b} during the match: {}",
                    describe(ctx, &m)
                ),
                ev_rows,
            ));
        } else {
            out.push(contradicted(
                ctx,
                start,
                end,
                Kind::Scoreline,
                format!("{hs}-{aw}"),
                format!("the data say {}", describe(ctx, &m)),
                ev_rows,
            ));
        }
    } else {
        out.push(claim(
            ctx,
            start,
            end,
            Kind::Scoreline,
            Verdict::Unverifiable,
            format!(
                "several matches could be meant; the closest, {}, does not match",
                describe(ctx, &m)
            ),
            ev_rows,
        ));
    }
}

/// A match with the written score among the matches the sentence can mean: the sides it names
/// (or whose players it names, or the main match's), at the time it names (or the paragraph's,
/// or the main match's edition). Only a single fitting match counts.
fn score_search(
    ctx: &mut Ctx<'_>,
    s: Sentence,
    cs: usize,
    ce: usize,
    o: Orientation,
    a: u32,
    b: u32,
) -> Option<MatchFacts> {
    let reference = ctx.date.or(ctx.main.as_ref().map(|m| m.row.date))?;
    let named = sentence_teams(ctx, cs, ce);
    let sentence_named = sentence_teams(ctx, s.start, s.end);
    let mut sides: Vec<TeamId> = named.clone();
    if let Orientation::Of(t) | Orientation::WonBy(t) | Orientation::LostBy(t) = o {
        if !sides.contains(&t) {
            sides.push(t);
        }
    }
    for n in ctx.names_in(s.start, s.end) {
        if let Some(p) = n.player {
            if let Ok(ts) = ctx.facts.store().player_teams(p) {
                for t in ts.into_iter().take(1) {
                    if !sides.contains(&t) {
                        sides.push(t);
                    }
                }
            }
        }
    }
    if let Some(m) = ctx.main.as_ref() {
        for t in [m.row.home, m.row.away] {
            if !sides.contains(&t) {
                sides.push(t);
            }
        }
    }
    // When: the clause's time, the sentence's, the paragraph's, else the main edition.
    let mut window = None;
    for (f, t) in [(cs, ce), (s.start, s.end)] {
        let cue = time_cue(ctx, f, t);
        if let Some(w) = cue.window(Some(reference)) {
            window = Some(w);
            break;
        }
        if let Some((comp, Some(y))) = &cue.edition {
            if let Ok(Some(e)) = ctx.edition(comp, Some(*y), None) {
                window = Some((e.from, e.to));
                break;
            }
        }
    }
    if window.is_none() {
        if let Some(c) = crate::focus::discourse_time(ctx, s) {
            window = c.window(Some(reference));
        }
    }
    let window = window.or_else(|| ctx.edition.as_ref().map(|e| (e.from, e.to)))?;
    let folded = goalline_core::names::fold(ctx.slice(cs, ce));
    let mut hits: Vec<MatchFacts> = Vec::new();
    for side in sides.iter().take(6) {
        let q = MatchQuery {
            teams: vec![*side],
            from: Some(window.0),
            to: Some(window.1.min(reference)),
            gender: Some(ctx.gender),
            ..Default::default()
        };
        for row in ctx.find_matches(&q).unwrap_or_default() {
            let (Some(h), Some(aw)) = (row.home_score, row.away_score) else {
                continue;
            };
            if !((h, aw) == (a, b) || (aw, h) == (a, b)) {
                continue;
            }
            if !named.iter().all(|t| row.home == *t || row.away == *t) {
                continue;
            }
            // Both sides must be ones the sentence names or the main match's: a score alone
            // never picks an unnamed opponent ("drawing 2-1 in 2002" is not Slovakia's game).
            let known = |t: TeamId| {
                sentence_named.contains(&t) || ctx.main.as_ref().is_some_and(|m| m.involves(t))
            };
            if !(known(row.home) && known(row.away)) {
                continue;
            }
            if hits.iter().any(|x| x.row.id == row.id) {
                continue;
            }
            let Ok(f) = ctx.match_facts(row.id) else {
                continue;
            };
            let fits = match o {
                Orientation::Of(t) => final_for(&f, t) == Some((a, b)),
                Orientation::WonBy(t) => final_for(&f, t) == Some((a.max(b), a.min(b))) && a != b,
                Orientation::LostBy(t) => final_for(&f, t) == Some((a.min(b), a.max(b))) && a != b,
                Orientation::Unordered => true,
            };
            if fits {
                hits.push(f);
            }
        }
    }
    // A city named in the clause decides between several.
    if hits.len() > 1 {
        let by_city: Vec<MatchFacts> = hits
            .iter()
            .filter(|f| {
                f.row.city.as_ref().is_some_and(|c| {
                    let fc = goalline_core::names::fold(c);
                    fc.len() > 3 && folded.contains(&fc)
                })
            })
            .cloned()
            .collect();
        if by_city.len() == 1 {
            return by_city.into_iter().next();
        }
    }
    (hits.len() == 1).then(|| hits.remove(0))
}

static RESULT_NO_SCORE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(beat|beating|defeated|defeating|beaten|lost to|losing to|loss to|defeat to|were beaten|was beaten)\b").expect("regex")
});

/// "beating hosts France in extra time", "they were beaten … by Portugal", "losing to Brazil in 2004".
fn results_without_score(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&RESULT_NO_SCORE, ctx, s) {
        let Some(v) = c.get(0) else { continue };
        let verb = v.as_str().to_ascii_lowercase();
        // Skip when a score follows closely: the scoreline extractor handles it.
        let tail = &ctx.slice(v.end(), s.end);
        let cut = tail.find([',', ';', '.']).unwrap_or(tail.len());
        let clause = &tail[..cut];
        if SCORE.is_match(&clause[..crate::text::floor_char(clause, clause.len().min(40))]) {
            continue;
        }
        let Some((obj, _, obj_end)) =
            nearest_team_after(ctx, s, v.end()).filter(|t| t.1 < v.end() + cut.min(60))
        else {
            continue;
        };
        let passive = verb.contains("beaten") || verb.starts_with("los") || verb.contains("to");
        // Subject: named before the verb, or the main match's other side.
        let subject = subject_team(ctx, s, v.start(), Some(obj));
        let Some(subject) = subject else { continue };
        if subject == obj {
            continue;
        }
        let (winner, loser) = if passive {
            (obj, subject)
        } else {
            (subject, obj)
        };
        let lc = clause.to_ascii_lowercase();
        let extra = lc.contains("extra time") || lc.contains("extra-time");
        static YEARS: Lazy<Regex> =
            Lazy::new(|| Regex::new(r"(?-u)\b(19\d\d|20[0-3]\d)\b").expect("regex"));
        let years: Vec<i32> = YEARS
            .find_iter(clause)
            .filter_map(|m| m.as_str().parse().ok())
            .collect();
        let start = subject_start(ctx, s, v.start(), subject);
        let end = if years.is_empty() {
            obj_end
        } else {
            v.end() + cut
        };
        let end = crate::text::ceil_char(ctx.text, end.max(obj_end));
        if years.len() > 1 {
            // "losing to Brazil in 2004 and 2007": every year must have such a result.
            let mut all_ok = true;
            let mut evidence = Vec::new();
            for y in &years {
                let (Some(f), Some(t)) = (
                    goalline_core::Date::from_ymd_opt(*y, 1, 1),
                    goalline_core::Date::from_ymd_opt(*y, 12, 31),
                ) else {
                    continue;
                };
                let q = MatchQuery {
                    teams: vec![winner, loser],
                    from: Some(f),
                    to: Some(t),
                    gender: Some(ctx.gender),
                    ..Default::default()
                };
                let ms = ctx.find_matches(&q).unwrap_or_default();
                let mut found = false;
                for m in ms {
                    if let Ok(mf) = ctx.match_facts(m.id) {
                        if mf.result.winner == Some(winner) {
                            evidence.extend(mf.evidence.iter().take(2).cloned());
                            found = true;
                        }
                    }
                }
                all_ok &= found;
            }
            let verdict = if all_ok {
                Verdict::Supported
            } else {
                Verdict::Unverifiable
            };
            out.push(claim(
                ctx,
                start,
                end,
                Kind::Scoreline,
                verdict,
                format!(
                    "{} beat {} in {}",
                    ctx.facts.team_name(winner),
                    ctx.facts.team_name(loser),
                    years
                        .iter()
                        .map(|y| y.to_string())
                        .collect::<Vec<_>>()
                        .join(" and ")
                ),
                evidence,
            ));
            continue;
        }
        let Some(ev) = event_match(ctx, s, Some(subject)) else {
            continue;
        };
        let m = &ev.facts;
        if !(m.involves(winner) && m.involves(loser)) {
            continue;
        }
        let mut verdict = if m.result.winner == Some(winner) {
            Verdict::Supported
        } else {
            Verdict::Contradicted
        };
        let mut expl = describe(ctx, m);
        if extra && verdict == Verdict::Supported {
            match m.result.extra_time {
                Some(true) => {}
                Some(false) => verdict = Verdict::Contradicted,
                None => {
                    verdict = Verdict::Unverifiable;
                    expl.push_str("; whether extra time was played is not recorded");
                }
            }
        }
        if m.result.winner.is_none()
            && m.row.home_score.is_some()
            && m.result.decided == goalline_facts::matches::Decided::Draw
        {
            verdict = if ev.certain {
                Verdict::Contradicted
            } else {
                Verdict::Unverifiable
            };
        }
        if verdict == Verdict::Contradicted && !ev.certain {
            verdict = Verdict::Unverifiable;
            expl = format!("the closest match does not fit: {expl}");
        }
        let mut c = claim(
            ctx,
            start,
            end,
            Kind::Scoreline,
            verdict,
            expl,
            m.evidence.iter().take(3).cloned().collect(),
        );
        if verdict == Verdict::Contradicted {
            c.correct = Some(describe(ctx, m));
        }
        out.push(c);
    }
}

fn subject_start(ctx: &Ctx<'_>, s: Sentence, verb_start: usize, subject: TeamId) -> usize {
    ctx.teams
        .iter()
        .filter(|t| {
            t.start >= s.start
                && t.end <= verb_start
                && t.teams.contains(&subject)
                && verb_start - t.end < 60
        })
        .map(|t| t.start)
        .next_back()
        .unwrap_or(verb_start)
}

static WEEKDAY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)?\b")
        .expect("regex")
});
const FUTURE: &[&str] = &[
    "will ",
    "next ",
    "face ",
    "meet ",
    "play later",
    "comes ",
    "take on",
    "taking on",
    "bid for",
    "ahead of",
    "set up",
    "booked",
    "await",
    "upcoming",
    "tie with",
    "clash with",
    "showdown",
    "making it to",
    "hopes of",
    "who play",
    "play on",
    "must ",
    "need to",
    "needs to",
];

static BIRTHDAY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(?:(?:celebrated|celebrates|celebrating|marked|marks) (?:his|her) (\d{1,2})(?:st|nd|rd|th) birthday|(?:turned|turns|turning) (\d{1,2})|birthday)\b")
        .expect("regex")
});

/// "Nico Williams, who celebrated his 22nd birthday on Friday", "Yamal, who turned 19 on
/// Monday": the weekday of a birthday, and the age it gives, from the recorded birth date.
fn birthday_weekday(
    ctx: &mut Ctx<'_>,
    s: Sentence,
    wd_start: usize,
    wd_end: usize,
    wd: goalline_core::Weekday,
    out: &mut Vec<Claim>,
) -> bool {
    let cs = clause_start(ctx, s, wd_start);
    let clause = ctx.slice(cs, wd_start);
    let Some(b) = BIRTHDAY.captures(clause) else {
        return false;
    };
    let claimed_age: Option<i32> = b.get(1).or(b.get(2)).and_then(|m| m.as_str().parse().ok());
    // The person: the name the clause hangs on ("X, who turned 19", "X turned 19").
    let person = ctx
        .names
        .iter()
        .rfind(|n| {
            n.player.is_some()
                && n.start >= s.start
                && n.end <= cs + b.get(0).map_or(0, |m| m.start())
        })
        .map(|n| (n.start, n.player, n.text.clone()));
    let Some((ns, Some(p), name)) = person else {
        out.push(claim(
            ctx,
            cs,
            wd_end,
            Kind::Age,
            Verdict::Unverifiable,
            "a birthday, not a match day: whose is not certain",
            vec![],
        ));
        return true;
    };
    let Some(reference) = ctx.date.or(ctx.main.as_ref().map(|m| m.row.date)) else {
        return false;
    };
    let row = ctx.facts.store().player(p).ok().flatten();
    let Some((birth, ev)) = row.and_then(|r| r.birth_date.map(|d| (d, r.evidence))) else {
        out.push(claim(
            ctx,
            ns,
            wd_end,
            Kind::Age,
            Verdict::Unverifiable,
            format!("no full birth date recorded for {name}"),
            vec![],
        ));
        return true;
    };
    // The birthday within a week before the publication date ("turned"), or after it
    // ("turns 24 on Wednesday").
    let lc = clause.to_ascii_lowercase();
    let ahead = lc.contains("turns") || lc.contains("turning") || lc.contains("will ");
    let this_year = birth.with_year(reference.year());
    let day = match (this_year, ahead) {
        (Some(d), false) if d <= reference => Some(d),
        (_, false) => birth.with_year(reference.year() - 1),
        (Some(d), true) if d >= reference => Some(d),
        (_, true) => birth.with_year(reference.year() + 1),
    };
    let Some(day) = day.filter(|d| (reference - *d).num_days().abs() <= 8) else {
        out.push(claim(
            ctx,
            ns,
            wd_end,
            Kind::Age,
            Verdict::Unverifiable,
            format!("{name} was born on {birth}: no birthday in the week before {reference}"),
            vec![ev],
        ));
        return true;
    };
    let age = goalline_facts::people::age_on(birth, day);
    let mut problems = Vec::new();
    if goalline_core::Datelike::weekday(&day) != wd {
        problems.push(format!(
            "{name}'s birthday, {day}, was a {}",
            weekday_name(day)
        ));
    }
    if let Some(n) = claimed_age.filter(|n| *n != age) {
        problems.push(format!("{name} turned {age}, not {n}"));
    }
    let expl = format!(
        "{name}, born {birth}, turned {age} on {} {day}",
        weekday_name(day)
    );
    if problems.is_empty() {
        out.push(claim(
            ctx,
            ns,
            wd_end,
            Kind::Age,
            Verdict::Supported,
            expl,
            vec![ev],
        ));
    } else {
        out.push(contradicted(
            ctx,
            ns,
            wd_end,
            Kind::Age,
            problems.join("; "),
            format!("{}; {expl}", problems.join("; ")),
            vec![ev],
        ));
    }
    true
}

fn weekdays(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&WEEKDAY, ctx, s) {
        let Some(w) = c.get(1) else { continue };
        let Some(wd) = crate::dates::weekday(w.as_str()) else {
            continue;
        };
        if birthday_weekday(ctx, s, w.start(), w.end(), wd, out) {
            continue;
        }
        if calendar_weekday(ctx, s, w.start(), w.end(), wd, out) {
            continue;
        }
        let Some(main) = ctx.main.clone() else {
            continue;
        };
        let sentence_lc = ctx.slice(s.start, s.end).to_ascii_lowercase();
        let clause_start = clause_start(ctx, s, w.start());
        let clause_lc = ctx.slice(clause_start, w.end()).to_ascii_lowercase();
        // An adjunct clause ("…, in St Petersburg on Saturday") takes the sentence's tense.
        let adjunct = ["in ", "at ", "on "]
            .iter()
            .any(|p| clause_lc.starts_with(p));
        let tense_lc = if adjunct {
            ctx.slice(s.start, w.end()).to_ascii_lowercase()
        } else {
            clause_lc.clone()
        };
        let future = FUTURE.iter().any(|f| tense_lc.contains(f))
            || clause_lc.contains("meet on")
            || (w.start() > 0
                && ctx.slice(0, w.start()).ends_with("'s ")
                && sentence_lc.contains("play-off"));
        let d = ctx.date.unwrap_or(main.row.date);
        let (from, to) = if future {
            (
                main.row.date,
                d.checked_add_days(goalline_core::Days::new(8)).unwrap_or(d),
            )
        } else {
            (
                d.checked_sub_days(goalline_core::Days::new(6)).unwrap_or(d),
                d,
            )
        };
        // A retrospective (the main match long before the article): its own week counts too.
        let main_far = (d - main.row.date).num_days() > 8;
        let week_before = |x: goalline_core::Date| {
            (
                x.checked_sub_days(goalline_core::Days::new(6)).unwrap_or(x),
                x,
            )
        };
        let mut windows = vec![(from, to)];
        if main_far && !future {
            windows.push(week_before(main.row.date));
        }
        // "Seventy years ago today, on a rain-soaked Saturday": the week the sentence points to.
        let cue = time_cue(ctx, s.start, w.end());
        if !future && cue.points_away_from(d) {
            if let Some(n) = cue.years_ago.filter(|n| *n > 0) {
                let then = goalline_core::Date::from_ymd_opt(d.year() - n, d.month(), d.day());
                windows = then
                    .map(|t| {
                        if sentence_lc.contains("ago today") {
                            vec![(t, t)]
                        } else {
                            vec![week_before(t)]
                        }
                    })
                    .unwrap_or_default();
                if main.row.date.year() == d.year() - n {
                    windows.push(week_before(main.row.date));
                }
            } else if let Some(y) = cue.year.filter(|y| *y != d.year()) {
                windows = if main.row.date.year() == y {
                    vec![week_before(main.row.date)]
                } else {
                    Vec::new()
                };
            }
        }
        // Teams of this sentence and the previous one, or the main match's.
        let mut teams = sentence_teams(ctx, s.start, s.end);
        if let Some(prev) = ctx
            .sentences
            .iter()
            .rev()
            .find(|x| x.end <= s.start)
            .copied()
        {
            for t in sentence_teams(ctx, prev.start, prev.end) {
                if !teams.contains(&t) {
                    teams.push(t);
                }
            }
        }
        // Sides named in the sentence itself (the previous sentence's only widen the search).
        let named = !sentence_teams(ctx, s.start, s.end).is_empty();
        if teams.is_empty() {
            teams = vec![main.row.home, main.row.away];
        }
        let mut candidates: Vec<goalline_store::MatchRow> = Vec::new();
        let mut add = |ms: Vec<goalline_store::MatchRow>, same_competition: bool| {
            for m in ms {
                if !candidates.iter().any(|x| x.id == m.id)
                    && (!same_competition || m.tournament == main.row.tournament)
                {
                    candidates.push(m);
                }
            }
        };
        for &(from, to) in &windows {
            for t in &teams {
                if let Ok(ms) = ctx.find_matches(&MatchQuery {
                    teams: vec![*t],
                    from: Some(from),
                    to: Some(to),
                    gender: Some(ctx.gender),
                    ..Default::default()
                }) {
                    add(ms, false);
                }
            }
            // With no side named, matches of the main match's competition in the window
            // ("the final on Sunday").
            if !named {
                if let Ok(ms) = ctx.find_matches(&MatchQuery {
                    teams: vec![],
                    from: Some(from),
                    to: Some(to),
                    gender: Some(ctx.gender),
                    competition: Some(main.row.tournament.clone()),
                }) {
                    add(ms, true);
                }
            }
        }
        // A scoreline in the clause names the match: only matches with that score count.
        let written = written_score(ctx, s, clause_start, w.end());
        let score = written.map(|(sc, _)| sc);
        if let Some(sc) = score {
            candidates.retain(|m| has_score(m, sc));
        }
        // The claim spans the clause of the scoreline when one is written.
        let start = written.map_or(clause_start, |(_, at)| {
            let cs = crate::focus::core_clause(ctx, s, at, w.end())
                .0
                .max(clause_start);
            skip_opener(ctx, cs, at)
        });
        let end = w.end();
        let other_stage = STAGE_RE
            .find(&clause_lc)
            .and_then(|m| parse_stage(m.as_str()))
            .is_some_and(|st| main.stage.is_some_and(|ms| ms != st));
        let about_main = !future && !other_stage && teams.iter().all(|t| main.involves(*t));
        if let Some(m) = candidates
            .iter()
            .find(|m| goalline_core::Datelike::weekday(&m.date) == wd)
        {
            out.push(claim(
                ctx,
                start,
                end,
                Kind::Weekday,
                Verdict::Supported,
                format!(
                    "{} was a {}: {}",
                    m.date,
                    weekday_name(m.date),
                    m.evidence.text
                ),
                vec![m.evidence.clone()],
            ));
        } else if let Some(m) = future
            .then(|| next_meeting(ctx, s, &main, &candidates))
            .flatten()
        {
            out.push(contradicted(
                ctx,
                start,
                end,
                Kind::Weekday,
                weekday_name(m.date).to_string(),
                format!(
                    "the match is on {} {}: {}",
                    weekday_name(m.date),
                    m.date,
                    m.evidence.text
                ),
                vec![m.evidence.clone()],
            ));
        } else if let (Some(_), [m], false) = (score, candidates.as_slice(), future) {
            out.push(contradicted(
                ctx,
                start,
                end,
                Kind::Weekday,
                weekday_name(m.date).to_string(),
                format!(
                    "the match was played on {} {}: {}",
                    weekday_name(m.date),
                    m.date,
                    m.evidence.text
                ),
                vec![m.evidence.clone()],
            ));
        } else if about_main
            && score.is_none_or(|sc| has_score(&main.row, sc))
            && goalline_core::Datelike::weekday(&main.row.date) != wd
            && (!candidates.is_empty() || main_far)
        {
            out.push(contradicted(
                ctx,
                start,
                end,
                Kind::Weekday,
                weekday_name(main.row.date).to_string(),
                format!(
                    "the match was played on {} {}",
                    weekday_name(main.row.date),
                    main.row.date
                ),
                vec![main.row.evidence.clone()],
            ));
        } else {
            out.push(claim(
                ctx,
                start,
                end,
                Kind::Weekday,
                Verdict::Unverifiable,
                "no match of these teams on that weekday near the article's date",
                vec![],
            ));
        }
    }
}

/// The one coming match of a main side against a side the sentence names ("They will meet
/// Spain … on Saturday"), after the article's day.
fn next_meeting<'m>(
    ctx: &Ctx<'_>,
    s: Sentence,
    main: &MatchFacts,
    candidates: &'m [goalline_store::MatchRow],
) -> Option<&'m goalline_store::MatchRow> {
    let day = ctx.date?;
    let named: Vec<TeamId> = sentence_teams(ctx, s.start, s.end)
        .into_iter()
        .filter(|t| !main.involves(*t))
        .collect();
    let mut it = candidates.iter().filter(|m| {
        m.date > day
            && (main.involves(m.home) || main.involves(m.away))
            && (named.contains(&m.home) || named.contains(&m.away))
    });
    let first = it.next()?;
    it.next().is_none().then_some(first)
}

/// Past a clause-opening word ("after Germany humiliated…" starts at "Germany").
fn skip_opener(ctx: &Ctx<'_>, start: usize, limit: usize) -> usize {
    let lc = ctx.slice(start, limit).to_ascii_lowercase();
    for o in [
        "after ", "and ", "but ", "when ", "while ", "as ", "before ", "since ",
    ] {
        if lc.starts_with(o) {
            return start + o.len();
        }
    }
    start
}

/// The last scoreline written in a range (not a shoot-out score), and where it starts.
fn written_score(
    ctx: &Ctx<'_>,
    s: Sentence,
    start: usize,
    end: usize,
) -> Option<((u32, u32), usize)> {
    let hay = ctx.slice(start, end);
    let c = SCORE
        .captures_iter(hay)
        .filter(|c| {
            c.get(0).is_some_and(|m| {
                !super::shootouts::is_shootout_score(ctx, s, start + m.start(), start + m.end())
            })
        })
        .last()?;
    let at = start + c.get(0)?.start();
    Some((
        (
            c.get(1)?.as_str().parse().ok()?,
            c.get(2)?.as_str().parse().ok()?,
        ),
        at,
    ))
}

/// True when a match ended with this score, either way round.
fn has_score(m: &goalline_store::MatchRow, (a, b): (u32, u32)) -> bool {
    match (m.home_score, m.away_score) {
        (Some(h), Some(w)) => (h, w) == (a, b) || (h, w) == (b, a),
        _ => false,
    }
}

/// A weekday written with its date ("Thursday, January 18"): the calendar decides. Returns
/// false when no date stands beside the weekday.
fn calendar_weekday(
    ctx: &mut Ctx<'_>,
    s: Sentence,
    ws: usize,
    we: usize,
    wd: goalline_core::Weekday,
    out: &mut Vec<Claim>,
) -> bool {
    let Some(dm) = ctx
        .dates
        .iter()
        .find(|d| {
            d.date.is_some()
                && d.start >= we
                && d.start <= we + 6
                && matches!(ctx.slice(we, d.start).trim(), "" | "," | "the")
        })
        .cloned()
    else {
        return false;
    };
    let Some(resolved) = dm.date else {
        return false;
    };
    // The year: written with the date, else the sentence's, else the nearest to the article.
    let cue = time_cue(ctx, s.start, s.end);
    let year = if dm.year_written {
        Some(resolved.year())
    } else {
        cue.year
    };
    let date = year
        .and_then(|y| goalline_core::Date::from_ymd_opt(y, resolved.month(), resolved.day()))
        .unwrap_or(resolved);
    let near = [ctx.date, ctx.main.as_ref().map(|m| m.row.date)]
        .into_iter()
        .flatten()
        .any(|r| (date - r).num_days().abs() <= 120);
    let certain = year.is_some()
        || (near
            && cue.years_ago.is_none()
            && !cue.relative
            && crate::focus::tie(ctx, s.start, s.end).is_main());
    let (start, end) = (ws, dm.end);
    let actual = goalline_core::Datelike::weekday(&date);
    if actual == wd {
        out.push(claim(
            ctx,
            start,
            end,
            Kind::Weekday,
            Verdict::Supported,
            format!("{date} was a {}", weekday_name(date)),
            vec![],
        ));
    } else if certain {
        out.push(contradicted(
            ctx,
            start,
            end,
            Kind::Weekday,
            weekday_name(date).to_string(),
            format!(
                "{date} was a {}, not a {}",
                weekday_name(date),
                ctx.slice(ws, we)
            ),
            vec![],
        ));
    } else {
        out.push(claim(
            ctx,
            start,
            end,
            Kind::Weekday,
            Verdict::Unverifiable,
            format!(
                "the year of this date is not certain ({date} would be a {})",
                weekday_name(date)
            ),
            vec![],
        ));
    }
    true
}

/// Start of the clause containing `pos` (after the last comma/semicolon/dash, or the sentence start).
fn clause_start(ctx: &Ctx<'_>, s: Sentence, pos: usize) -> usize {
    let before = &ctx.slice(s.start, pos);
    let cut = before.rfind([',', ';', '(']).map(|i| i + 1).unwrap_or(0);
    let (a, _) = crate::text::trim(ctx.text, s.start + cut, pos);
    a
}

fn dates(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let mentions: Vec<_> = ctx
        .dates
        .iter()
        .filter(|d| d.start >= s.start && d.end <= s.end && d.date.is_some())
        .cloned()
        .collect();
    for dm in mentions {
        let Some(day) = dm.date else { continue };
        let clause_lc = ctx.slice(s.start, dm.start).to_ascii_lowercase();
        // Only dates tied to a match: "against France on December 10", "on December 14".
        let teams = sentence_teams(ctx, s.start, s.end);
        let tied = (clause_lc.ends_with(" on ") || clause_lc.ends_with(" on"))
            && (!teams.is_empty() || ctx.main.is_some());
        if !tied || clause_lc.contains("set up") || clause_lc.contains("clash") {
            continue; // next fixtures are checked by their own extractor
        }
        let teams = if teams.is_empty() {
            ctx.main
                .iter()
                .flat_map(|m| [m.row.home, m.row.away])
                .collect()
        } else {
            teams
        };
        let near = |d: goalline_core::Date, n: u64| {
            (
                d.checked_sub_days(goalline_core::Days::new(n)),
                d.checked_add_days(goalline_core::Days::new(n)),
            )
        };
        let (f, t) = near(day, 0);
        let on_day: Vec<_> = teams
            .iter()
            .flat_map(|tm| {
                ctx.find_matches(&MatchQuery {
                    teams: vec![*tm],
                    from: f,
                    to: t,
                    gender: Some(ctx.gender),
                    ..Default::default()
                })
                .unwrap_or_default()
            })
            .filter(|m| teams.len() < 2 || (teams.contains(&m.home) && teams.contains(&m.away)))
            .collect();
        let start = ctx
            .teams
            .iter()
            .filter(|tm| tm.start >= s.start && tm.end <= dm.start && dm.start - tm.end < 20)
            .map(|tm| tm.start)
            .next_back()
            .unwrap_or(dm.start);
        let start = ctx
            .slice(s.start, start)
            .rfind("against ")
            .map(|i| s.start + i)
            .filter(|&i| start - i < 12)
            .unwrap_or(start);
        if let Some(m) = on_day.first() {
            out.push(claim(
                ctx,
                start,
                dm.end,
                Kind::Date,
                Verdict::Supported,
                m.evidence.text.clone(),
                vec![m.evidence.clone()],
            ));
            continue;
        }
        let (f, t) = near(day, 4);
        let mut nearby: Vec<_> = teams
            .iter()
            .flat_map(|tm| {
                ctx.find_matches(&MatchQuery {
                    teams: vec![*tm],
                    from: f,
                    to: t,
                    gender: Some(ctx.gender),
                    ..Default::default()
                })
                .unwrap_or_default()
            })
            .filter(|m| teams.len() < 2 || (teams.contains(&m.home) && teams.contains(&m.away)))
            .collect();
        nearby.sort_by_key(|m| m.id);
        nearby.dedup_by_key(|m| m.id);
        if nearby.len() == 1 && !teams.is_empty() {
            let m = &nearby[0];
            out.push(contradicted(
                ctx,
                start,
                dm.end,
                Kind::Date,
                m.date.to_string(),
                format!("the match was on {}: {}", m.date, m.evidence.text),
                vec![m.evidence.clone()],
            ));
        } else {
            out.push(claim(
                ctx,
                start,
                dm.end,
                Kind::Date,
                Verdict::Unverifiable,
                "no match of these teams on that date",
                vec![],
            ));
        }
    }
}

static STAGE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(quarter[- ]?finals?|semi[- ]?finals?|semis|final|round of (?:16|32|sixteen)|last[- ](?:16|32|sixteen|eight|four)|third[- ]place (?:play-?off|match)|group stages?)\b").expect("regex")
});

fn parse_stage(s: &str) -> Option<Stage> {
    let l = s.to_ascii_lowercase();
    if l == "semis" {
        return Some(Stage::SemiFinal);
    }
    if l.starts_with("last four") || l.starts_with("last-four") {
        return Some(Stage::SemiFinal);
    }
    if l.starts_with("last eight") || l.starts_with("last-eight") {
        return Some(Stage::QuarterFinal);
    }
    if l.starts_with("group stage") {
        return Some(Stage::GroupStage);
    }
    Stage::parse(&l).ok()
}

/// "in the quarter-final", "Women's World Cup semi-final", "reach the semifinals",
/// "cost England a spot in the semi-finals".
fn stages(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    for c in find_in(&STAGE_RE, ctx, s) {
        let Some(mm) = c.get(0) else { continue };
        let Some(stage) = parse_stage(mm.as_str()) else {
            continue;
        };
        let before = ctx
            .slice(
                crate::text::floor_char(ctx.text, s.start.max(mm.start().saturating_sub(60))),
                mm.start(),
            )
            .to_ascii_lowercase();
        let after = ctx.text
            [mm.end()..crate::text::floor_char(ctx.text, s.end.min(mm.end() + 40)).max(mm.end())]
            .to_ascii_lowercase();
        // Next-fixture and record phrasing are handled elsewhere.
        if before.contains("set up")
            || before.contains("first ever")
            || before.contains("first-ever")
            || after.starts_with(" clash")
            || after.starts_with(" showdown")
            || after.starts_with(" tie")
            || after.starts_with(" date")
        {
            continue;
        }
        if [
            " finals",
            " matches",
            " games",
            " tournaments",
            " editions",
            " meetings",
            " years",
            " world cups",
            " major",
        ]
        .iter()
        .any(|w| after.starts_with(w))
        {
            continue;
        }
        if stage == Stage::Final
            && (after.starts_with(" goal")
                || after.starts_with(" whistle")
                || after.starts_with(" minutes")
                || before.ends_with("the ") && after.starts_with(" of the"))
        {
            continue;
        }
        let progression = [
            "reach",
            "reached",
            "reaching",
            "spot in",
            "place in",
            "return to",
            "into the",
            "make it to",
            "making it to",
            "through to",
            "book",
            "exit",
            "exited",
            "knocked out",
            "out of the",
            "advance",
            "qualify",
        ]
        .iter()
        .any(|k| before.contains(k));
        let negative = [
            "cost",
            "denied",
            "miss out",
            "failed to",
            "slipped away",
            "exit",
            "exited",
            "knocked out",
            "dreams of reaching",
            "hopes of",
            "fail",
        ]
        .iter()
        .any(|k| before.contains(k))
            || ctx
                .slice(s.start, mm.start())
                .to_ascii_lowercase()
                .contains("dreams of")
            || [
                "slipped away",
                "slips away",
                "were dashed",
                "ended",
                "went begging",
                "is over",
                "goes on",
                "go on",
            ]
            .iter()
            .any(|k| after.contains(k))
            || ["the wait for", "yet to", "still waiting"]
                .iter()
                .any(|k| before.contains(k));
        let teams_here = sentence_teams(ctx, s.start, s.end);
        let sentence_lc = ctx.slice(s.start, s.end).to_ascii_lowercase();
        let after_long = ctx.slice(mm.end(), s.end).to_ascii_lowercase();
        let streak_after = ["consecutive", "in a row", "straight"]
            .iter()
            .any(|k| after_long.contains(k));
        let first_to = before.contains("first") && before.contains(" to ");
        let recordish = streak_after
            || first_to
            || sentence_lc.contains("for a third")
            || sentence_lc.contains("for the third");
        if progression && recordish {
            let (cs, ce) = super::clause(ctx, s, mm.start(), mm.end());
            let (cs, ce) = crate::text::trim(ctx.text, cs, ce);
            out.push(claim(ctx, cs, ce, Kind::Record, Verdict::Unverifiable, "a streak across tournaments: some of them (continental championships, women's Euros) are not stage by stage in the data", vec![]));
            continue;
        }
        if progression {
            let team = teams_here
                .iter()
                .copied()
                .find(|t| main.involves(*t))
                .or(main.result.winner);
            let Some(team) = team else { continue };
            let (cs, ce) = super::clause(ctx, s, mm.start(), mm.end());
            let ed =
                super::edition_in(ctx, s.start, s.end).filter(|_| cs >= s.start && ce <= s.end);
            let Some(ed) = ed.or_else(|| ctx.edition.clone()) else {
                continue;
            };
            let team = if ed.year != ctx.edition.as_ref().map(|e| e.year).unwrap_or(0) {
                teams_here.iter().copied().next().unwrap_or(team)
            } else {
                team
            };
            let Ok(run) = ctx.run(team, &ed) else {
                continue;
            };
            let Some(reached) = run.value.stage else {
                out.push(claim(
                    ctx,
                    clause_start(ctx, s, mm.start()),
                    mm.end(),
                    Kind::TournamentRun,
                    Verdict::Unverifiable,
                    "stages are recorded for World Cups only",
                    vec![],
                ));
                continue;
            };
            // A team that "reaches" a stage by winning today has reached it even if the data
            // stop before that match is played.
            let mut depth = reached.depth();
            if Some(ed.year) == ctx.edition.as_ref().map(|e| e.year)
                && main.result.winner == Some(team)
                && main.stage.is_some_and(|st| next_stage(st) == Some(stage))
            {
                depth = depth.max(stage.depth());
            }
            // "knocked out the Soviet Union in the quarter-finals": the subject won that round.
            let knock_idx = before
                .rfind("knocked out")
                .or_else(|| before.rfind("eliminated"));
            let active_knock = knock_idx.is_some_and(|i| {
                let between = &before[i..];
                let passive = before[..i].trim_end().ends_with("were")
                    || before[..i].trim_end().ends_with("was")
                    || before[..i].trim_end().ends_with("been")
                    || between.contains(" by ");
                !passive
                    && (between.contains(" them")
                        || ctx.teams.iter().any(|t| {
                            t.start > mm.start().saturating_sub(before.len() - i)
                                && t.end <= mm.start()
                        }))
            });
            let got = if active_knock {
                depth > stage.depth() || (stage == Stage::Final && run.value.champion == Some(true))
            } else {
                depth >= stage.depth()
            };
            let negative = negative && !active_knock;
            let claim_true = if negative { !got } else { got };
            let start = clause_start(ctx, s, mm.start());
            let expl = format!(
                "{} reached the {} of {}",
                ctx.facts.team_name(team),
                reached.label(),
                ed.label
            );
            if claim_true {
                out.push(claim(
                    ctx,
                    start,
                    mm.end(),
                    Kind::TournamentRun,
                    Verdict::Supported,
                    expl,
                    run.evidence.iter().take(3).cloned().collect(),
                ));
            } else {
                out.push(contradicted(
                    ctx,
                    start,
                    mm.end(),
                    Kind::TournamentRun,
                    reached.label().to_string(),
                    expl,
                    run.evidence.iter().take(3).cloned().collect(),
                ));
            }
            continue;
        }
        // The stage of a match: the main match unless the sentence points at another.
        let about_match = before.ends_with("the ")
            || before.ends_with("a ")
            || before.contains(" in the")
            || before.contains("cup ")
            || after.starts_with(" loss")
            || after.starts_with(" win")
            || after.starts_with(" victory")
            || after.starts_with(" defeat")
            || after.starts_with(" in ")
            || after.starts_with(":")
            || after.starts_with(" against")
            || after.starts_with(" match");
        if !about_match || stage == Stage::GroupStage {
            continue;
        }
        let ev = event_match(ctx, s, None);
        let Some(ev) = ev else { continue };
        let m = &ev.facts;
        let start = mm.start();
        let Some(actual) = m.stage else {
            if stage == Stage::Final && ev.is_main {
                if let Some(ed) = ctx.edition.clone() {
                    let last = ctx
                        .edition_matches(&ed)
                        .ok()
                        .and_then(|v| v.last().map(|x| x.id));
                    if ctx.facts.has_final(&ed) && last == Some(m.row.id) {
                        out.push(claim(
                            ctx,
                            start,
                            mm.end(),
                            Kind::Stage,
                            Verdict::Supported,
                            format!(
                                "the last match of {}, which ended with a final: {}",
                                ed.label,
                                describe(ctx, m)
                            ),
                            vec![m.row.evidence.clone()],
                        ));
                        continue;
                    }
                }
            }
            out.push(claim(
                ctx,
                start,
                mm.end(),
                Kind::Stage,
                Verdict::Unverifiable,
                "the stage of this match is not recorded",
                vec![m.row.evidence.clone()],
            ));
            continue;
        };
        let same = actual == stage || (stage == Stage::SemiFinal && actual == Stage::SemiFinal);
        if same {
            out.push(claim(
                ctx,
                start,
                mm.end(),
                Kind::Stage,
                Verdict::Supported,
                describe(ctx, m),
                m.evidence.iter().take(2).cloned().collect(),
            ));
        } else if ev.certain && ev.is_main {
            out.push(contradicted(
                ctx,
                start,
                mm.end(),
                Kind::Stage,
                actual.label().to_string(),
                format!("the match was a {}: {}", actual.label(), describe(ctx, m)),
                m.evidence.iter().take(2).cloned().collect(),
            ));
        } else {
            out.push(claim(
                ctx,
                start,
                mm.end(),
                Kind::Stage,
                Verdict::Unverifiable,
                format!("the closest match was a {}", actual.label()),
                vec![],
            ));
        }
    }
}

fn next_stage(s: Stage) -> Option<Stage> {
    match s {
        Stage::RoundOf32 => Some(Stage::RoundOf16),
        Stage::RoundOf16 => Some(Stage::QuarterFinal),
        Stage::QuarterFinal => Some(Stage::SemiFinal),
        Stage::SemiFinal => Some(Stage::Final),
        _ => None,
    }
}

static NEXT_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(set up|sets up|setting up|booked|book|seal|sealed|will (?:now )?(?:meet|face|play|take on)|face|faces|meet|meets|next comes|taking on|take on|bid for)\b").expect("regex")
});

/// "set up a semi-final clash against Morocco on December 14", "will meet either Argentina or
/// the Netherlands", "booked Norway a clash with Brazil in the last 16", "Next comes a tie with
/// Brazil on Sunday".
/// The day after which a team's "next match" is sought: the main match for a report, the day
/// before publication for a preview or a piece written long after the main match.
pub(crate) fn fixture_reference(ctx: &Ctx<'_>, main: &MatchFacts) -> goalline_core::Date {
    let Some(pub_date) = ctx.date else {
        return main.row.date;
    };
    let before = pub_date.pred_opt().unwrap_or(pub_date);
    if main.row.date > pub_date {
        before
    } else {
        main.row.date.max(before)
    }
}

fn next_fixtures(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    for c in find_in(&NEXT_RE, ctx, s) {
        let Some(v) = c.get(0) else { continue };
        let rest_end = s.end;
        let rest = &ctx.slice(v.end(), rest_end);
        let mut window = &rest[..crate::text::floor_char(rest, rest.len().min(140))];
        // "…either England or France, who play later on Saturday": the relative clause is about
        // the opponents, not the fixture.
        for marker in [", who ", ", which ", " who play", " who meet"] {
            if let Some(i) = window.find(marker) {
                window = &window[..i];
            }
        }
        // Opponents named in the window.
        let opps: Vec<(TeamId, usize, usize)> = ctx
            .teams
            .iter()
            .filter(|t| t.start >= v.end() && t.end <= v.end() + window.len() && t.teams.len() == 1)
            .filter(|t| !super::is_place(ctx, t))
            .map(|t| (t.teams[0], t.start, t.end))
            .collect();
        let subject = sentence_teams(ctx, s.start, v.start())
            .into_iter()
            .find(|t| main.involves(*t))
            .or(main.result.winner);
        let Some(subject) = subject else { continue };
        // A preview: the main match is still to come, so it is the next fixture.
        let preview = ctx.date.is_some_and(|d| main.row.date > d);
        // "the sides will meet again": the main match's opponent.
        let sentence_lc = ctx.slice(s.start, s.end).to_ascii_lowercase();
        let rematch = [
            "meet again",
            "face each other again",
            "rematch",
            "meet once more",
        ]
        .iter()
        .any(|w| sentence_lc.contains(w));
        let mut opps = opps;
        if opps.is_empty() && rematch {
            opps.push((main.opponent(subject), v.start(), v.end()));
        }
        let rematch_opp = rematch.then(|| main.opponent(subject));
        let opps: Vec<(TeamId, usize, usize)> = opps
            .into_iter()
            .filter(|o| {
                o.0 != subject
                    && (preview
                        || rematch_opp == Some(o.0)
                        || !main.involves(o.0)
                        || main.opponent(subject) != o.0)
            })
            .collect();
        if opps.is_empty() {
            continue;
        }
        let lc_window = window.to_ascii_lowercase();
        let either = lc_window.contains("either")
            || opps.len() > 1
                && opps.windows(2).any(|w| {
                    let gap = ctx.slice(w[0].2, w[1].1).to_ascii_lowercase();
                    gap.trim() == "or"
                });
        let stage = STAGE_RE.find(window).and_then(|m| parse_stage(m.as_str()));
        let date_m = ctx
            .dates
            .iter()
            .find(|d| d.start >= v.end() && d.end <= v.end() + window.len() && d.date.is_some())
            .cloned();
        let wd_m = WEEKDAY.captures(window).and_then(|c| {
            c.get(1)
                .map(|m| (m.end(), crate::dates::weekday(m.as_str())))
        });
        let reference = fixture_reference(ctx, &main);
        let Ok(Some(next)) = ctx.facts.next_match(subject, reference, ctx.gender) else {
            let end = opps.last().map(|o| o.2).unwrap_or(v.end());
            out.push(claim(
                ctx,
                v.start(),
                end,
                Kind::NextFixture,
                Verdict::Unverifiable,
                "the next match is not in the data",
                vec![],
            ));
            continue;
        };
        let next_f = ctx.match_facts(next.id).ok();
        let opp_actual = next.opponent(subject);
        let mut end = opps.last().map(|o| o.2).unwrap_or(v.end());
        if let Some(d) = &date_m {
            end = end.max(d.end);
        }
        if let Some((we, _)) = wd_m {
            end = end.max(v.end() + we);
        }
        if let Some(st) = STAGE_RE.find(window) {
            end = end.max(v.end() + st.end());
        }
        let end = crate::text::ceil_char(ctx.text, end);
        let mut problems = Vec::new();
        let opp_ok = if either {
            opps.iter().any(|o| o.0 == opp_actual)
        } else {
            opps[0].0 == opp_actual
        };
        if !opp_ok {
            problems.push(format!(
                "the next opponent was {}",
                ctx.facts.team_name(opp_actual)
            ));
        }
        if let (Some(st), Some(nf)) = (stage, &next_f) {
            if let Some(actual) = nf.stage {
                if actual != st {
                    problems.push(format!("the next match was a {}", actual.label()));
                }
            }
        }
        // A date written without its year is the next one after the reference ("on Friday,
        // March 25" written in February).
        let claimed_date = date_m.as_ref().and_then(|d| {
            let x = d.date?;
            if !d.year_written && x <= reference {
                x.with_year(x.year() + 1)
            } else {
                Some(x)
            }
        });
        if let Some(d) = claimed_date {
            if d != next.date {
                problems.push(format!("the next match was on {}", next.date));
            }
        }
        if let Some((_, Some(wd))) = wd_m {
            if goalline_core::Datelike::weekday(&next.date) != wd {
                problems.push(format!(
                    "the next match was on a {}",
                    weekday_name(next.date)
                ));
            }
        }
        let expl = format!(
            "{}'s next match: {}",
            ctx.facts.team_name(subject),
            next.evidence.text
        );
        if problems.is_empty() {
            out.push(claim(
                ctx,
                v.start(),
                end,
                Kind::NextFixture,
                Verdict::Supported,
                expl,
                vec![next.evidence.clone()],
            ));
        } else {
            out.push(contradicted(
                ctx,
                v.start(),
                end,
                Kind::NextFixture,
                problems.join("; "),
                expl,
                vec![next.evidence.clone()],
            ));
        }
    }
}

#[cfg(test)]
mod venue_tests {
    #[test]
    fn venue_regex_matches() {
        let t = "in front of a disbelieving Estadio Mineirao crowd in Brazil.";
        let m: Vec<&str> = super::VENUE.find_iter(t).map(|m| m.as_str()).collect();
        assert_eq!(m, vec!["Estadio Mineirao"]);
    }
}
