//! Checking title claims against every edition's champion (the final's winner, Fjelstul's
//! standings for World Cups, round-robin tables where complete).
//!
//! The title "in scope" is the edition the clause names, else the article's edition. Counts
//! are measured on the reference day: a count holds when it equals the titles before the
//! event or after it (a final's report counts the title just won); "previous" counts only
//! those before. A title at stake counts the titles before its edition plus one. A count
//! fails only when every edition's champion is known (or the unknown ones cannot bridge the
//! gap); "major" titles hold under the strict or the loose reading and fail only under both.

use super::super::tourney::{covered, next_day, ref_date, scope_competitions, MEN_WC, WOMEN_WC};
use crate::discourse::Entity;
use crate::frames::{Frame, Predicate, RecordMark, TitleScope, TitlesClaim};
use crate::mentions::{CompetitionValue, Value};
use crate::verify::{Context, Event, Finding, Tie};
use goalline_core::{Date, Datelike, Evidence, Gender, TeamId};
use goalline_facts::tournaments::Edition;
use std::collections::BTreeMap;

/// Every edition of the competitions in scope, in order of their last day, with its champion
/// (and, when the champion is unknown, the teams that played it: only they could have won).
struct Honours {
    eds: Vec<Ed>,
}

struct Ed {
    e: Edition,
    champion: Option<TeamId>,
    evidence: Vec<Evidence>,
    played: Vec<TeamId>,
}

impl Honours {
    fn load(ctx: &Context<'_>, comps: &[String]) -> Option<Honours> {
        let mut eds = Vec::new();
        for c in comps {
            let list = ctx.facts.champions(c).ok()?;
            for (e, ch) in list.iter() {
                let mut played = Vec::new();
                if ch.is_none() {
                    // A Nations League's league phase is no edition with a champion.
                    if c.contains("Nations League") {
                        continue;
                    }
                    for m in ctx.facts.edition_matches(e).ok()? {
                        for t in [m.home, m.away] {
                            if !played.contains(&t) {
                                played.push(t);
                            }
                        }
                    }
                }
                eds.push(Ed {
                    e: e.clone(),
                    champion: ch.as_ref().map(|a| a.value),
                    evidence: ch.as_ref().map(|a| a.evidence.clone()).unwrap_or_default(),
                    played,
                });
            }
        }
        eds.sort_by_key(|x| x.e.to);
        Some(Honours { eds })
    }

    /// Titles of `team` in editions ending before `before`, and the editions it played whose
    /// champion is unknown.
    fn titles(&self, team: TeamId, before: Date) -> (Vec<&Edition>, u32) {
        let mut won = Vec::new();
        let mut unknown = 0;
        for x in self.eds.iter().filter(|x| x.e.to < before) {
            match x.champion {
                Some(t) if t == team => won.push(&x.e),
                Some(_) => {}
                None if x.played.contains(&team) => unknown += 1,
                None => {}
            }
        }
        (won, unknown)
    }

    /// The most titles any other team could have before `before` (known titles plus the
    /// unknown editions it played), and whether any unknown edition could matter.
    fn best_other(&self, team: TeamId, before: Date) -> (u32, u32) {
        let mut known: BTreeMap<TeamId, u32> = BTreeMap::new();
        let mut open: BTreeMap<TeamId, u32> = BTreeMap::new();
        for x in self.eds.iter().filter(|x| x.e.to < before) {
            match x.champion {
                Some(t) => *known.entry(t).or_default() += 1,
                None => {
                    for t in &x.played {
                        *open.entry(*t).or_default() += 1;
                    }
                }
            }
        }
        let best_known = known
            .iter()
            .filter(|(t, _)| **t != team)
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(0);
        let best_possible = known
            .keys()
            .chain(open.keys())
            .filter(|t| **t != team)
            .map(|t| known.get(t).copied().unwrap_or(0) + open.get(t).copied().unwrap_or(0))
            .max()
            .unwrap_or(0);
        (best_known, best_possible - best_known.min(best_possible))
    }

    fn champion_of(&self, e: &Edition) -> Option<Option<TeamId>> {
        self.eds
            .iter()
            .find(|x| x.e.competition == e.competition && x.e.from == e.from)
            .map(|x| x.champion)
    }

    fn evidence_of(&self, eds: &[&Edition]) -> Vec<Evidence> {
        self.eds
            .iter()
            .filter(|x| {
                eds.iter()
                    .any(|y| y.label == x.e.label && y.from == x.e.from)
            })
            .flat_map(|x| x.evidence.clone())
            .collect()
    }
}

fn years_of(eds: &[&Edition]) -> String {
    if eds.is_empty() {
        return "none".into();
    }
    eds.iter()
        .map(|e| e.year.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn ordinal(n: u32) -> String {
    const W: [&str; 13] = [
        "no", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth",
    ];
    W.get(n as usize)
        .map(|s| s.to_string())
        .unwrap_or_else(|| format!("{n}th"))
}

/// Men's or women's for a title claim: the words of its clause ("Spain's men", "women's"),
/// the competition named, else the article's.
fn gender_of(f: &Frame, c: &TitlesClaim, ctx: &Context<'_>) -> Gender {
    // The phrase and the few words before it ("Spain's men won the trophy").
    let sentence = ctx
        .doc
        .sentence_at(f.span.start())
        .map(|s| s.span)
        .unwrap_or(f.span);
    let from = f.span.start().saturating_sub(40).max(sentence.start());
    let from = (from..=f.span.start())
        .find(|i| ctx.doc.text().is_char_boundary(*i))
        .unwrap_or(f.span.start());
    let t = ctx
        .doc
        .text_of(ctx.doc.span(from, f.span.end()))
        .to_lowercase()
        .replace('\u{2019}', "'");
    let has = |w: &str| {
        t.match_indices(w).any(|(i, _)| {
            !t[..i]
                .chars()
                .next_back()
                .is_some_and(|ch| ch.is_alphanumeric())
        })
    };
    if has("women's") || has("women") {
        return Gender::Women;
    }
    if has("men's") || has("men ") {
        return Gender::Men;
    }
    if let Some(cv) = &c.competition {
        if cv.gender == Gender::Women || cv.competition == WOMEN_WC {
            return Gender::Women;
        }
        if cv.competition != MEN_WC {
            // Continental championships in the data are men's.
            return if ctx.gender == Gender::Women {
                Gender::Women
            } else {
                Gender::Men
            };
        }
    }
    ctx.gender
}

/// The teams a frame may mean: the one named, else the teams named in its sentence and the
/// one before, and the main match's.
fn candidates(f: &Frame, c: &TitlesClaim, ctx: &Context<'_>) -> (Vec<TeamId>, bool) {
    if let Some(e) = &c.team {
        let t = ctx.teams_of(e);
        return (t.clone(), t.len() == 1);
    }
    let mut out: Vec<TeamId> = Vec::new();
    let add = |e: &Entity, out: &mut Vec<TeamId>| {
        for t in ctx.teams_of(e) {
            if !out.contains(&t) {
                out.push(t);
            }
        }
    };
    if let Some(s) = ctx.doc.sentence_at(f.span.start()) {
        let from = if s.index > 0 {
            ctx.doc.sentences[s.index - 1].span.start()
        } else {
            s.span.start()
        };
        let span = ctx.doc.span(from, s.span.end());
        for e in ctx.discourse.entities_in(span).filter(|e| e.is_team()) {
            add(e, &mut out);
        }
    }
    if let Some(m) = &ctx.main {
        for t in [m.row.home, m.row.away] {
            if !out.contains(&t) {
                out.push(t);
            }
        }
    }
    (out, false)
}

pub(super) fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::Titles(c) = &f.predicate else {
        return Finding::unknown("not a title claim", Tie::none("-"));
    };
    let (teams, named) = candidates(f, c, ctx);
    if teams.is_empty() {
        return Finding::unknown("no team identified", Tie::none("no team"));
    }
    let gender = gender_of(f, c, ctx);
    let Some(day) = ref_date(ctx) else {
        return Finding::unknown("the article's date is unknown", Tie::none("no date"));
    };
    if !named {
        // A description ("the five-time winners"): supported when one of the teams around it
        // fits, never contradicted.
        for t in &teams {
            let Some(out) = check(f, c, ctx, *t, gender, day) else {
                continue;
            };
            if out.status == crate::verify::Status::Holds {
                return out;
            }
        }
        return Finding::unknown(
            "the phrase names no team, and none of the teams around it fits",
            Tie::none("the team is not named"),
        );
    }
    let team = teams[0];
    check(f, c, ctx, team, gender, day).unwrap_or_else(|| {
        Finding::unknown(
            "the data hold no titles of this competition",
            Tie::none("-"),
        )
    })
}

/// "a senior England side": men's and women's titles together.
fn both_genders(f: &Frame, ctx: &Context<'_>) -> bool {
    let seg = ctx
        .discourse
        .segment(f.trigger.start())
        .map(|s| s.span)
        .unwrap_or(f.span);
    let t = ctx.doc.text_of(seg.cover(f.span)).to_lowercase();
    t.contains("senior") && (t.contains(" side") || t.contains(" team"))
}

/// The competition a claim counts when its scope is one competition: the one written in the
/// phrase or its sentence, else the article's edition's, else the first one the article names;
/// mapped to the gender of the claim.
fn competition_of(
    f: &Frame,
    c: &TitlesClaim,
    ctx: &Context<'_>,
    gender: Gender,
) -> Option<CompetitionValue> {
    let mut cv = c
        .competition
        .clone()
        .or_else(|| f.scope.competition.clone())
        .or_else(|| {
            ctx.edition.as_ref().map(|e| CompetitionValue {
                competition: e.competition.clone(),
                year: None,
                gender: e.gender,
                qualifying: false,
            })
        })
        .or_else(|| {
            ctx.first_competition
                .get_or_init(|| {
                    ctx.mentions.all.iter().find_map(|m| match &m.value {
                        Value::Competition(x) if !x.qualifying => Some(CompetitionValue {
                            year: None,
                            ..x.clone()
                        }),
                        _ => None,
                    })
                })
                .clone()
        })?;
    if cv.competition == MEN_WC || cv.competition == WOMEN_WC {
        cv.competition = if gender == Gender::Women {
            WOMEN_WC.into()
        } else {
            MEN_WC.into()
        };
    }
    cv.gender = gender;
    Some(cv)
}

/// The edition in scope: the one whose year the phrase writes, else the article's edition when
/// it is one of the competitions counted, else the one being played (or last started) on the
/// day.
fn edition_in_scope(
    c: &TitlesClaim,
    ctx: &Context<'_>,
    comps: &[String],
    day: Date,
) -> Option<Edition> {
    if let Some(cv) = &c.competition {
        if let Some(y) = cv.year {
            for comp in comps {
                if let Ok(Some(e)) = ctx.facts.edition(comp, Some(y), None) {
                    return Some(e);
                }
            }
        }
    }
    if let Some(e) = &ctx.edition {
        if comps.contains(&e.competition) {
            return Some(e.clone());
        }
    }
    // Not the article's competition and no year: which title is meant is not known.
    let _ = day;
    None
}

fn check(
    f: &Frame,
    c: &TitlesClaim,
    ctx: &Context<'_>,
    team: TeamId,
    gender: Gender,
    day: Date,
) -> Option<Finding> {
    let name = ctx.facts.team_name(team).to_string();
    let both =
        both_genders(f, ctx) && matches!(c.scope, TitleScope::World | TitleScope::Competition);
    let named = if c.scope == TitleScope::Competition {
        let cv = competition_of(f, c, ctx, gender)?;
        if !covered(&cv.competition, cv.gender) {
            return Some(Finding::unknown(
                format!(
                    "{} {} titles are in no dataset",
                    if cv.gender == Gender::Women {
                        "women's"
                    } else {
                        "men's"
                    },
                    cv.competition
                ),
                Tie::none("no data"),
            ));
        }
        Some(cv)
    } else {
        None
    };
    let Some((mut strict, mut loose)) =
        scope_competitions(ctx, c.scope, named.as_ref(), team, gender)
    else {
        return Some(Finding::unknown(
            "the titles of this competition are not in the data",
            Tie::none("no data"),
        ));
    };
    if both && (strict.iter().any(|x| x == MEN_WC || x == WOMEN_WC)) {
        for x in [MEN_WC, WOMEN_WC] {
            if !strict.iter().any(|y| y == x) {
                strict.push(x.into());
                loose.push(x.into());
            }
        }
    }
    let hs = Honours::load(ctx, &strict)?;
    let hl = if loose != strict {
        Some(Honours::load(ctx, &loose)?)
    } else {
        None
    };
    let comp_label = match c.scope {
        TitleScope::Competition => strict.join("/"),
        TitleScope::Major => "major".to_string(),
        TitleScope::World => "World Cup".to_string(),
        TitleScope::Continental => "continental".to_string(),
    };
    let label = format!("{name} {comp_label} titles");
    let other_time = c.years.is_empty()
        && c.runner_up_years.is_empty()
        && (f.scope.time.years_ago.is_some() || f.scope.time.shifted.is_some());
    let tie = |certain: bool| {
        let t = Tie::certain(Event::Career, label.clone(), "the team's titles");
        if certain {
            t
        } else {
            t.uncertain("the team or the time is not certain")
        }
    };

    // Years won (and finals lost).
    if !c.years.is_empty() || !c.runner_up_years.is_empty() {
        return Some(check_years(c, ctx, &hs, hl.as_ref(), team, &name, &strict));
    }
    // Holders: as of the day, or of the year the clause names ("as reigning champions in
    // 2018": the holders when that year began, or the champions crowned that year).
    if c.holders {
        let year = f
            .scope
            .time
            .year()
            .or_else(|| f.scope.sentence_time.year())
            .filter(|y| *y != day.year());
        return Some(match year.and_then(|y| Date::from_ymd_opt(y, 1, 1)) {
            Some(jan1) => {
                let a = check_holders(&hs, team, &name, jan1, ctx, tie(false));
                if a.status == crate::verify::Status::Holds {
                    a
                } else {
                    let dec31 = Date::from_ymd_opt(jan1.year(), 12, 31).unwrap_or(jan1);
                    let b = check_holders(&hs, team, &name, dec31, ctx, tie(false));
                    if b.status == crate::verify::Status::Holds {
                        b
                    } else {
                        Finding::unknown(
                            "the clause names another year; the holders then are not certain",
                            tie(false),
                        )
                    }
                }
            }
            None => {
                let a = check_holders(&hs, team, &name, day, ctx, tie(!other_time));
                // A look back (the article's match more than a month before it) may speak in
                // the present of the article's own day: "Germany are world champions again".
                match ctx.date.filter(|_| ctx.looks_back()) {
                    Some(p) if !matches!(a.status, crate::verify::Status::Holds) => {
                        let b = check_holders(&hs, team, &name, p, ctx, tie(false));
                        if b.status == crate::verify::Status::Holds {
                            b
                        } else {
                            a
                        }
                    }
                    _ => a,
                }
            }
        });
    }
    // Record holders without a count.
    if c.record.is_some() && c.count.is_none() && c.nth.is_none() && c.consecutive.is_none() {
        let (won, unknown) = hs.titles(team, next_day(day));
        let (best, open) = hs.best_other(team, next_day(day));
        let n = won.len() as u32;
        let ev = hs.evidence_of(&won);
        if unknown == 0 && n >= best + open {
            return Some(Finding::holds(
                format!("{name}: {n} titles, the most (next best {best})"),
                tie(true),
                ev,
            ));
        }
        if n + unknown < best {
            return Some(Finding::fails(
                format!("not the record holders ({n} titles, another team has {best})"),
                format!("{name}: {n} titles; another team has {best}"),
                tie(!other_time),
                ev,
            ));
        }
        return Some(Finding::unknown(
            "editions without a known champion leave the record open",
            tie(false),
        ));
    }
    // Counts ("four-time champions", "three titles", "their only World Cup").
    if let Some(n) = c.count {
        return Some(check_count(
            c,
            &hs,
            hl.as_ref(),
            team,
            n,
            day,
            &label,
            tie(!other_time),
        ));
    }
    let e = edition_in_scope(c, ctx, &loose, day);
    // "first since 1999", "not won a major title since 1988", "first title in 28 years".
    if c.since.is_some() || c.gap_years.is_some() {
        return Some(check_since(
            c,
            &hs,
            hl.as_ref(),
            team,
            &name,
            e.as_ref(),
            day,
            tie(!other_time),
        ));
    }
    let e = e?;
    // Titles in a row.
    if let Some(k) = c.consecutive {
        return Some(check_consecutive(
            c,
            &hs,
            hl.as_ref(),
            team,
            &name,
            &e,
            k,
            tie(!other_time),
        ));
    }
    // Which title ("a record third title", "for the fourth time").
    if let Some(n) = c.nth {
        return Some(check_nth(
            c,
            &hs,
            hl.as_ref(),
            team,
            &name,
            &e,
            n,
            tie(!other_time),
        ));
    }
    None
}

fn won_years(h: &Honours, team: TeamId) -> String {
    let v: Vec<String> = h
        .eds
        .iter()
        .filter(|x| x.champion == Some(team))
        .map(|x| x.e.year.to_string())
        .collect();
    if v.is_empty() {
        "none".into()
    } else {
        v.join(", ")
    }
}

fn check_years(
    c: &TitlesClaim,
    ctx: &Context<'_>,
    hs: &Honours,
    hl: Option<&Honours>,
    team: TeamId,
    name: &str,
    comps: &[String],
) -> Finding {
    let h = hl.unwrap_or(hs);
    let tie = Tie::certain(
        Event::Career,
        format!("{name} titles ({})", comps.join(", ")),
        "the years named",
    );
    let mut ok = Vec::new();
    let mut ev = Vec::new();
    for (years, runner_up) in [(&c.years, false), (&c.runner_up_years, true)] {
        for y in years {
            let eds: Vec<&Ed> = h
                .eds
                .iter()
                .filter(|x| x.e.year == *y || (x.e.from.year() == *y && x.e.to.year() == *y))
                .collect();
            if eds.is_empty() {
                // No edition that year: wrong when the competition is certain.
                if c.scope == TitleScope::Competition {
                    return Finding::fails(
                        format!("no edition in {y} ({name} titles: {})", won_years(h, team)),
                        format!("no edition of {} was played in {y}", comps.join("/")),
                        tie,
                        ev,
                    );
                }
                return Finding::unknown(format!("no edition in {y}"), tie.uncertain("-"));
            }
            let mut any = false;
            let mut unknown = false;
            let mut other: Option<String> = None;
            for x in &eds {
                let who = if runner_up {
                    match ctx.facts.runner_up(&x.e) {
                        Ok(Some(a)) => Some(a.value),
                        _ => None,
                    }
                } else {
                    x.champion
                };
                match who {
                    Some(t) if t == team => {
                        any = true;
                        ev.extend(x.evidence.iter().cloned());
                    }
                    Some(t) => other = Some(format!("{} {}", x.e.label, ctx.facts.team_name(t))),
                    None => unknown = true,
                }
            }
            if any {
                ok.push(format!(
                    "{y}{}",
                    if runner_up { " (runner-up)" } else { "" }
                ));
                continue;
            }
            if unknown {
                return Finding::unknown(format!("the {y} edition has no known champion"), tie);
            }
            return Finding::fails(
                if runner_up {
                    format!("not the {y} runner-up")
                } else {
                    format!("{name} titles: {}", won_years(h, team))
                },
                format!(
                    "{}: {}",
                    other.unwrap_or_default(),
                    if runner_up { "runner-up" } else { "champion" }
                ),
                tie,
                ev,
            );
        }
    }
    Finding::holds(format!("{name} won {}", ok.join(", ")), tie, ev)
}

fn check_holders(
    h: &Honours,
    team: TeamId,
    name: &str,
    day: Date,
    ctx: &Context<'_>,
    tie: Tie,
) -> Finding {
    // The latest edition finished before the day, and one finishing on it (a final's report).
    let before = h.eds.iter().rfind(|x| x.e.to < day);
    let on = h.eds.iter().find(|x| x.e.to == day);
    let mut known = true;
    for x in [before, on].into_iter().flatten() {
        match x.champion {
            Some(t) if t == team => {
                return Finding::holds(format!("{name} won {}", x.e.label), tie, x.evidence.clone())
            }
            Some(_) => {}
            None => known = false,
        }
    }
    let Some(b) = before else {
        return Finding::unknown("no earlier edition", tie);
    };
    match (known, b.champion) {
        (true, Some(t)) => Finding::fails(
            ctx.facts.team_name(t).to_string(),
            format!("{} champion: {}", b.e.label, ctx.facts.team_name(t)),
            tie,
            b.evidence.clone(),
        ),
        _ => Finding::unknown(format!("the champion of {} is not known", b.e.label), tie),
    }
}

#[allow(clippy::too_many_arguments)]
fn check_count(
    c: &TitlesClaim,
    hs: &Honours,
    hl: Option<&Honours>,
    team: TeamId,
    n: u32,
    day: Date,
    label: &str,
    tie: Tie,
) -> Finding {
    let mut fails: Vec<(u32, u32, String)> = Vec::new();
    for h in std::iter::once(hs).chain(hl) {
        let (before, ub) = h.titles(team, day);
        let (after, ua) = h.titles(team, next_day(day));
        let (kb, ka) = (before.len() as u32, after.len() as u32);
        let detail = format!(
            "{label} before {day}: {kb} ({}){}",
            years_of(&before),
            if ka != kb {
                format!("; {ka} counting this one")
            } else {
                String::new()
            }
        );
        let fits = if c.before {
            kb == n
        } else {
            kb == n || ka == n
        };
        let years_ok = c.years.iter().all(|y| after.iter().any(|e| e.year == *y));
        let record_ok = match c.record {
            None => true,
            Some(_) => {
                let (best, open) = h.best_other(team, next_day(day));
                n >= best + open
            }
        };
        if fits && ub == 0 && ua == 0 && years_ok && record_ok {
            return Finding::holds(detail, tie, h.evidence_of(&after));
        }
        let hi = if c.before { kb + ub } else { ka + ua };
        if n < kb || n > hi {
            fails.push((kb, ka, detail));
        } else if fits && !years_ok && ub == 0 && ua == 0 {
            fails.push((kb, ka, format!("{detail}; not the years named")));
        }
    }
    if fails.len() == 1 + usize::from(hl.is_some()) {
        let (kb, ka, detail) = fails.remove(0);
        let correct = if c.before || kb == ka {
            kb.to_string()
        } else {
            format!("{kb} ({ka} counting this one)")
        };
        return Finding::fails(correct, detail, tie, Vec::new());
    }
    Finding::unknown(
        "the data do not pin the count (editions without a known champion)",
        tie,
    )
}

#[allow(clippy::too_many_arguments)]
fn check_since(
    c: &TitlesClaim,
    hs: &Honours,
    hl: Option<&Honours>,
    team: TeamId,
    name: &str,
    e: Option<&Edition>,
    day: Date,
    tie: Tie,
) -> Finding {
    // The title in scope is won now ("first since 1999") unless the claim says none was ("not
    // won since 1988"): then count the titles up to the day. Without the edition in the data,
    // the titles up to the day.
    let won_now = e.is_some_and(|e| {
        hs.champion_of(e).flatten() == Some(team)
            || hl.is_some_and(|h| h.champion_of(e).flatten() == Some(team))
    });
    let upto = match e {
        _ if c.none_since => next_day(day),
        Some(e) if won_now || c.at_stake => e.from,
        // "their first title since 2015" needs the title in scope.
        _ => {
            return Finding::unknown(
                "the title this is the first since is not identified",
                tie.uncertain("no title in scope"),
            )
        }
    };
    let end_year = e.map(|e| e.to.year()).unwrap_or(day.year());
    let mut fails = Vec::new();
    for h in std::iter::once(hs).chain(hl) {
        let (won, _) = h.titles(team, upto);
        let last = won.last().copied();
        // Only editions after the last known title could change it.
        let unknown = h
            .eds
            .iter()
            .filter(|x| x.e.to < upto && last.is_none_or(|l| x.e.to > l.to))
            .filter(|x| x.champion.is_none() && x.played.contains(&team))
            .count();
        let last_year = last.map(|l| (l.year, l.to.year()));
        let detail = format!(
            "{name}'s last title before {}: {}",
            upto,
            last.map(|l| l.label.clone()).unwrap_or("none".into())
        );
        let ok = match (c.since, c.gap_years, last_year) {
            (Some(y), _, Some((a, b))) => a == y || b == y,
            (None, Some(g), Some((_, b))) => end_year - b == g as i32,
            _ => false,
        };
        if ok && unknown == 0 {
            let ev = h.evidence_of(&won[won.len().saturating_sub(1)..]);
            return Finding::holds(detail, tie, ev);
        }
        let clear_miss = match (c.since, c.gap_years, last_year) {
            (Some(y), _, Some((a, b))) => a != y && b != y,
            (None, Some(g), Some((_, b))) => (end_year - b - g as i32).abs() >= 2,
            (_, _, None) => true,
            _ => false,
        };
        if unknown == 0 && clear_miss {
            fails.push(detail);
        }
    }
    if fails.len() == 1 + usize::from(hl.is_some()) {
        let d = fails.remove(0);
        return Finding::fails(d.clone(), d, tie, Vec::new());
    }
    Finding::unknown("the data do not settle the last title", tie)
}

#[allow(clippy::too_many_arguments)]
fn check_consecutive(
    c: &TitlesClaim,
    hs: &Honours,
    hl: Option<&Honours>,
    team: TeamId,
    name: &str,
    e: &Edition,
    k: u32,
    tie: Tie,
) -> Finding {
    let mut fails = Vec::new();
    for h in std::iter::once(hs).chain(hl) {
        // Editions up to the one in scope (excluded when at stake).
        let Some(pos) = h
            .eds
            .iter()
            .position(|x| x.e.competition == e.competition && x.e.from == e.from)
        else {
            continue;
        };
        let end = if c.at_stake { pos } else { pos + 1 };
        let need = (if c.at_stake { k.saturating_sub(1) } else { k }) as usize;
        if end < need {
            fails.push(format!("only {end} editions before"));
            continue;
        }
        let window = &h.eds[end - need..end];
        if window.iter().any(|x| x.champion.is_none()) {
            continue;
        }
        let streak: Vec<&Edition> = window.iter().map(|x| &x.e).collect();
        let all = window.iter().all(|x| x.champion == Some(team));
        // The one before the window must not be a title too (else the run is longer).
        let longer = end > need && h.eds[end - need - 1].champion == Some(team);
        let detail = window
            .iter()
            .map(|x| {
                format!(
                    "{} {}",
                    x.e.label,
                    if x.champion == Some(team) {
                        "won"
                    } else {
                        "not won"
                    }
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        if all && !longer {
            let ev = h.evidence_of(&streak);
            return Finding::holds(format!("{name}: {detail}"), tie, ev);
        }
        fails.push(detail);
    }
    if fails.len() == 1 + usize::from(hl.is_some()) {
        let d = fails.remove(0);
        return Finding::fails(format!("not {k} in a row ({d})"), d, tie, Vec::new());
    }
    Finding::unknown("the data do not settle the run of titles", tie)
}

#[allow(clippy::too_many_arguments)]
fn check_nth(
    c: &TitlesClaim,
    hs: &Honours,
    hl: Option<&Honours>,
    team: TeamId,
    name: &str,
    e: &Edition,
    n: u32,
    tie: Tie,
) -> Finding {
    let champion = hs
        .champion_of(e)
        .flatten()
        .or_else(|| hl.and_then(|h| h.champion_of(e).flatten()));
    let won_now = champion == Some(team);
    if !c.at_stake && !won_now {
        return Finding::unknown(
            format!(
                "{name} did not win {} (the title meant is not clear)",
                e.label
            ),
            tie.uncertain("the title meant is not the edition's"),
        );
    }
    let mut fails = Vec::new();
    for h in std::iter::once(hs).chain(hl) {
        let (before, unknown) = h.titles(team, e.from);
        let k = before.len() as u32 + 1;
        let (best, open) = h.best_other(team, e.from);
        let detail = format!(
            "{name}: {} titles before {} ({}); {} is the {}",
            before.len(),
            e.label,
            years_of(&before),
            e.label,
            ordinal(k)
        );
        let record_ok = match c.record {
            None => true,
            // Extending: they held it already (k - 1 >= best), which is the same as k > best.
            Some(RecordMark::Record) | Some(RecordMark::Extending) => k > best + open,
            Some(RecordMark::Equalling) => open == 0 && k == best,
        };
        if k == n && unknown == 0 && record_ok {
            let mut ev = h.evidence_of(&before);
            if won_now {
                ev.extend(h.evidence_of(&[e]));
            }
            return Finding::holds(detail, tie, ev);
        }
        let record_wrong = match c.record {
            None => false,
            Some(RecordMark::Record) | Some(RecordMark::Extending) => k + unknown <= best,
            Some(RecordMark::Equalling) => open == 0 && unknown == 0 && k != best,
        };
        if (unknown == 0 && k != n) || (k == n && record_wrong) {
            fails.push((k, detail));
        }
    }
    if fails.len() == 1 + usize::from(hl.is_some()) {
        let (k, d) = fails.remove(0);
        let correct = if k != n {
            format!("{} title", ordinal(k))
        } else {
            "not a record".to_string()
        };
        return Finding::fails(correct, d, tie, Vec::new());
    }
    Finding::unknown(
        "the data do not pin which title it is (editions without a known champion)",
        tie,
    )
}
