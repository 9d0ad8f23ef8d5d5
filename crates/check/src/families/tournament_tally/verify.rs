//! Checking tournament tallies against the edition's goals, match by match (Fjelstul,
//! openfootball, martj42 merged by the facts engine), as of the right day.
//!
//! A player's tally is an interval: the goals attributed to them, plus the goals of their team
//! in matches whose goals are not all listed (or listed without a linked scorer who could be
//! them). A claim holds when the interval is exactly its number, and fails only when the number
//! lies outside it. A scorer named only by a pronoun or a description is checked against the
//! people named around it: another one fitting leaves the claim unverifiable.

use super::super::tourney::{edition_for, MEN_WC};
use crate::discourse::{Entity, Via};
use crate::frames::{Frame, Predicate, TallyClaim, TallyMoment, TopMark};
use crate::verify::{Context, Event, Finding, PlayerRes, Status, Tie};
use goalline_core::{Date, Gender, PlayerId, TeamId};
use goalline_facts::honours::EditionGoals;
use goalline_facts::tournaments::Edition;

/// The cut-off of a tally: up to a day, inclusive or not; `None` for the whole edition.
type Cut = (Option<Date>, bool);

/// The cut-offs a tally may be counted at: before the article's match, or as of the article
/// (through its match; matches on the publication day other than the article's may or may not
/// have been played when it was written, so both readings are kept).
fn cuts(c: &TallyClaim, ctx: &Context<'_>, e: &Edition) -> Vec<Cut> {
    let main = ctx
        .main
        .as_ref()
        .map(|m| m.row.date)
        .filter(|d| e.from <= *d && *d <= e.to);
    match c.moment {
        TallyMoment::Before => main.map(|d| vec![(Some(d), false)]).unwrap_or_default(),
        TallyMoment::AsOf => match (main, ctx.date) {
            (Some(m), Some(p)) if p < e.to && m == p => vec![(Some(p), true)],
            (Some(_), Some(p)) if p < e.to => vec![(Some(p), false), (Some(p), true)],
            (Some(d), None) => vec![(Some(d), true)],
            _ => vec![(None, true)],
        },
    }
}

/// Several readings of one claim: holds when one holds, fails only when all fail.
fn combine(findings: Vec<Finding>) -> Finding {
    if let Some(h) = findings.iter().find(|f| f.status == Status::Holds) {
        return h.clone();
    }
    if findings
        .iter()
        .all(|f| matches!(f.status, Status::Fails { .. }))
    {
        if let Some(f) = findings.into_iter().next() {
            return f;
        }
        return Finding::unknown("no reading", Tie::none("-"));
    }
    findings
        .into_iter()
        .find(|f| matches!(f.status, Status::Unknown { .. }))
        .unwrap_or_else(|| Finding::unknown("no reading", Tie::none("-")))
}

struct Scorer {
    player: PlayerId,
    name: String,
    teams: Vec<TeamId>,
}

fn scorer(ctx: &Context<'_>, e: &Entity, g: &EditionGoals) -> Option<Scorer> {
    let p = match ctx.player(e) {
        PlayerRes::One(p) => p,
        PlayerRes::Ambiguous(_) => return None,
        // A player of another time ("Fontaine … at the 1958 finals"): by name, as of the edition.
        PlayerRes::None => {
            let name = e.person()?.name.clone();
            if !name.contains(' ') {
                return None;
            }
            match ctx.facts.resolve_player(
                &name,
                goalline_facts::PlayerContext {
                    team: None,
                    date: None,
                    gender: Some(ctx.gender),
                },
            ) {
                Ok(goalline_facts::Resolution::One(p)) => p,
                _ => return None,
            }
        }
    };
    let name = ctx
        .facts
        .player_row(p)
        .ok()
        .flatten()
        .map(|r| r.name)
        .unwrap_or_default();
    let played: Vec<TeamId> = g
        .matches
        .iter()
        .flat_map(|(m, _)| [m.home, m.away])
        .collect();
    let teams: Vec<TeamId> = ctx
        .facts
        .player_teams(p)
        .unwrap_or_default()
        .into_iter()
        .filter(|t| played.contains(t))
        .collect();
    Some(Scorer {
        player: p,
        name,
        teams,
    })
}

/// (known, unknown) goals of a scorer up to a cut.
fn tally(g: &EditionGoals, s: &Scorer, (until, incl): Cut) -> (u32, u32) {
    let t = g.tally(s.player, &s.name, &s.teams, until, incl);
    (t.known, t.unknown)
}

pub(super) fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::TournamentTally(c) = &f.predicate else {
        return Finding::unknown("not a tournament tally", Tie::none("-"));
    };
    if c.all_time {
        return all_time(c, ctx);
    }
    let Some((e, _)) = edition_for(ctx, f, c.competition.as_ref()) else {
        return Finding::unknown(
            "the tournament is not identified or not in the data",
            Tie::none("no edition"),
        );
    };
    let Ok(goals) = ctx.facts.edition_goals(&e) else {
        return Finding::unknown("the edition's goals could not be read", Tie::none("-"));
    };
    let ks = cuts(c, ctx, &e);
    if ks.is_empty() {
        return Finding::unknown(
            "the tally is counted before the article's match, which is not in this edition",
            Tie::none("-"),
        );
    }
    if ks.len() > 1 {
        return combine(
            ks.into_iter()
                .map(|k| verify_at(f, c, ctx, &e, &goals, k))
                .collect(),
        );
    }
    verify_at(f, c, ctx, &e, &goals, ks[0])
}

fn verify_at(
    f: &Frame,
    c: &TallyClaim,
    ctx: &Context<'_>,
    e: &Edition,
    goals: &EditionGoals,
    k: Cut,
) -> Finding {
    let e = e.clone();
    let tie = Tie::certain(
        Event::Edition {
            competition: e.competition.clone(),
            year: e.year,
        },
        e.label.clone(),
        "the edition named or the article's",
    );
    let when = match k {
        (Some(d), true) => format!(" up to {d}"),
        (Some(d), false) => format!(" before {d}"),
        (None, _) => String::new(),
    };
    // The edition's own total.
    let Some(who) = &c.who else {
        let table = goals.table(k.0, k.1);
        let detail = format!(
            "{}{when}: {} goals in {} matches",
            e.label, table.total, table.matches
        );
        let n_ok = c.goals.is_none_or(|n| n == table.total);
        let m_ok = c.matches.is_none_or(|m| m == table.matches);
        return if n_ok && m_ok {
            Finding::holds(detail, tie, Vec::new())
        } else if !n_ok {
            Finding::fails(table.total.to_string(), detail, tie, Vec::new())
        } else {
            Finding::fails(
                format!("{} matches", table.matches),
                detail,
                tie,
                Vec::new(),
            )
        };
    };
    // A team's goals.
    if who.is_team() {
        let Some(team) = ctx.team_of(who) else {
            return Finding::unknown("the team is not identified", tie.uncertain("-"));
        };
        let mut n = 0;
        let mut played = 0;
        for (m, _) in &goals.matches {
            let inside = match k {
                (Some(d), true) => m.date <= d,
                (Some(d), false) => m.date < d,
                (None, _) => true,
            };
            if inside && (m.home == team || m.away == team) {
                played += 1;
                match m.goals_for(team) {
                    Some(g) => n += g,
                    None => return Finding::unknown("a score is not recorded", tie),
                }
            }
        }
        if played == 0 {
            return Finding::unknown(format!("the team did not play {}", e.label), tie);
        }
        let detail = format!(
            "{} scored {n} goals in {played} matches at {}{when}",
            ctx.facts.team_name(team),
            e.label
        );
        return match c.goals {
            Some(g) if g == n => Finding::holds(detail, tie, Vec::new()),
            Some(_) => Finding::fails(n.to_string(), detail, tie, Vec::new()),
            None => Finding::unknown("no number to check", tie),
        };
    }
    let direct = nth_or_all_time(f, c, ctx, goals, &e, who, k, &when, tie.clone());
    if who.via == Via::Name || direct.status == Status::Holds {
        return direct;
    }
    // A pronoun or description: another person named around it may be meant.
    if matches!(direct.status, Status::Fails { .. }) {
        for other in nearby_people(f, ctx) {
            if ctx.player(&other) == ctx.player(who) {
                continue;
            }
            let alt = nth_or_all_time(f, c, ctx, goals, &e, &other, k, &when, tie.clone());
            if alt.status == Status::Holds {
                return Finding::unknown(
                    "the scorer is named only by a pronoun or description, and another player named nearby fits",
                    tie.uncertain("the scorer is not named"),
                );
            }
        }
    }
    direct
}

/// The people named in the frame's paragraph and the one before it.
fn nearby_people(f: &Frame, ctx: &Context<'_>) -> Vec<Entity> {
    let Some(s) = ctx.doc.sentence_at(f.span.start()) else {
        return Vec::new();
    };
    let from = ctx
        .doc
        .sentences
        .iter()
        .find(|x| x.paragraph + 1 >= s.paragraph)
        .map(|x| x.span.start())
        .unwrap_or(s.span.start());
    ctx.discourse
        .entities_in(ctx.doc.span(from, s.span.end()))
        .filter(|e| e.via == Via::Name && e.person().is_some())
        .cloned()
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn check_person(
    f: &Frame,
    c: &TallyClaim,
    ctx: &Context<'_>,
    goals: &EditionGoals,
    e: &Edition,
    who: &Entity,
    k: Cut,
    when: &str,
    tie: Tie,
) -> Finding {
    let Some(s) = scorer(ctx, who, goals) else {
        return Finding::unknown(
            "the player is not identified in the data",
            tie.uncertain("-"),
        );
    };
    if s.teams.is_empty() {
        return Finding::unknown(
            format!("{} played for no team of {}", s.name, e.label),
            tie.uncertain("the player is not in this edition"),
        );
    }
    let (known, unknown) = tally(goals, &s, k);
    let range = |n: u32| n >= known && n <= known + unknown;
    let detail_of = |known: u32, unknown: u32| {
        if unknown == 0 {
            format!("{}: {known} goals at {}{when}", s.name, e.label)
        } else {
            format!(
                "{}: {known} to {} goals at {}{when} ({unknown} goals without a known scorer)",
                s.name,
                known + unknown,
                e.label
            )
        }
    };
    // Which goal of the tournament: the one scored in the article's match.
    if c.nth {
        let Some(n) = c.goals else {
            return Finding::unknown("no number", tie);
        };
        // The goal's match: the one the clause is about (the article's, or another it names),
        // else the edition's match against a team the sentence names in which the player
        // scored (then never contradicted).
        let (mtie, m) = ctx.match_for(f, &[]);
        let mut m = m.filter(|m| e.from <= m.row.date && m.row.date <= e.to);
        let mut certain = mtie.certain;
        let scored_in = |d: Date| {
            let (b, ub) = tally(goals, &s, (Some(d), false));
            let (a, ua) = tally(goals, &s, (Some(d), true));
            a != b || ua != ub
        };
        if m.as_ref().is_none_or(|x| !scored_in(x.row.date)) {
            let sentence = ctx
                .doc
                .sentence_at(f.span.start())
                .map(|x| x.span)
                .unwrap_or(f.span);
            // The teams the sentence names before the phrase, nearest first.
            let others: Vec<TeamId> = ctx
                .discourse
                .entities_in(ctx.doc.span(sentence.start(), f.span.start()))
                .filter(|x| x.is_team())
                .filter_map(|x| ctx.team_of(x))
                .filter(|t| !s.teams.contains(t))
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            for o in others {
                let hit = goals.matches.iter().map(|(x, _)| x).find(|x| {
                    s.teams.iter().any(|t| x.home == *t || x.away == *t)
                        && (x.home == o || x.away == o)
                        && scored_in(x.date)
                });
                if let Some(x) = hit {
                    m = ctx.match_facts(x.id);
                    certain = false;
                    break;
                }
            }
        }
        let Some(m) = m else {
            return Finding::unknown(
                format!("the match of the goal is not identified ({})", mtie.why),
                tie.uncertain("no match"),
            );
        };
        let d = m.row.date;
        let (b, ub) = tally(goals, &s, (Some(d), false));
        let (a, ua) = tally(goals, &s, (Some(d), true));
        if a == b && ua == ub {
            return Finding::unknown(
                format!(
                    "{} did not score in {} ({b} goals before it)",
                    s.name,
                    crate::verify::context::label(&m.row)
                ),
                tie.uncertain("the goal meant is not in the match identified"),
            );
        }
        let tie = if certain {
            tie
        } else {
            tie.uncertain("the goal's match is not certain")
        };
        let detail = format!(
            "{}: {b} goals at {} before {d}, {a} after{}",
            s.name,
            e.label,
            if ua > 0 {
                format!(" ({ua} goals without a known scorer)")
            } else {
                String::new()
            }
        );
        if ua == 0 && n > b && n <= a {
            return Finding::holds(detail, tie, Vec::new());
        }
        if n <= b || n > a + ua {
            let correct = if a == b + 1 {
                ordinal(a)
            } else {
                format!("{} to {}", ordinal(b + 1), ordinal(a))
            };
            return Finding::fails(format!("{correct} goal"), detail, tie, Vec::new());
        }
        return Finding::unknown(detail, tie);
    }
    // Top of the scorers.
    if let Some(mark) = c.top {
        let table = goals.table(k.0, k.1);
        let top = table.top();
        let mine = known;
        let sharing = table.rows.iter().filter(|r| r.3 == top).count();
        let detail = format!(
            "{}{when}: top {top} ({}), {} {mine}",
            e.label,
            table
                .rows
                .iter()
                .filter(|r| r.3 == top)
                .map(|r| r.1.clone())
                .collect::<Vec<_>>()
                .join(", "),
            s.name
        );
        if table.unknown > 0 {
            // Without full coverage a tally at the top can still be ruled out by its number.
            if let Some(n) = c.goals {
                if !range(n) {
                    return Finding::fails(
                        known.to_string(),
                        detail_of(known, unknown),
                        tie,
                        Vec::new(),
                    );
                }
            }
            return Finding::unknown(
                format!("{detail}; {} goals have no scorer", table.unknown),
                tie,
            );
        }
        let n_ok = c.goals.is_none_or(|n| n == mine);
        let top_ok = mine == top
            && match mark {
                TopMark::Top => true,
                TopMark::Joint => sharing >= 2,
                TopMark::Outright => sharing == 1,
            };
        if n_ok && top_ok {
            return Finding::holds(detail, tie, Vec::new());
        }
        let correct = if !n_ok {
            format!("{mine} goals")
        } else if mine < top {
            format!("not the top scorer ({mine}, top {top})")
        } else if sharing >= 2 {
            "joint top scorer".to_string()
        } else {
            "outright top scorer".to_string()
        };
        return Finding::fails(correct, detail, tie, Vec::new());
    }
    // Compared with others.
    if !c.versus.is_empty() {
        let mut parts = Vec::new();
        for (other, diff) in &c.versus {
            let Some(o) = scorer(ctx, other, goals) else {
                return Finding::unknown("a player compared with is not identified", tie);
            };
            let (ok_, ou) = tally(goals, &o, k);
            if unknown > 0 || ou > 0 {
                return Finding::unknown(
                    format!(
                        "{} {known}+, {} {ok_}+: goals without a known scorer",
                        s.name, o.name
                    ),
                    tie,
                );
            }
            let real = known as i32 - ok_ as i32;
            parts.push(format!("{} {ok_}", o.name));
            if real != *diff {
                return Finding::fails(
                    match real.cmp(&0) {
                        std::cmp::Ordering::Equal => format!("level with {}", o.name),
                        std::cmp::Ordering::Greater => format!("{real} more than {}", o.name),
                        std::cmp::Ordering::Less => format!("{} fewer than {}", -real, o.name),
                    },
                    format!(
                        "{}{when}: {} {known}, {}",
                        e.label,
                        s.name,
                        parts.join(", ")
                    ),
                    tie,
                    Vec::new(),
                );
            }
        }
        return Finding::holds(
            format!(
                "{}{when}: {} {known}, {}",
                e.label,
                s.name,
                parts.join(", ")
            ),
            tie,
            Vec::new(),
        );
    }
    let Some(n) = c.goals else {
        return Finding::unknown("no number to check", tie);
    };
    let detail = detail_of(known, unknown);
    if unknown == 0 && n == known {
        return Finding::holds(detail, tie, Vec::new());
    }
    if !range(n) {
        let correct = if unknown == 0 {
            known.to_string()
        } else {
            format!("{known} to {}", known + unknown)
        };
        return Finding::fails(correct, detail, tie, Vec::new());
    }
    Finding::unknown(detail, tie)
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

/// "his 16th goal at the finals": the edition's reading, or all World Cups'.
#[allow(clippy::too_many_arguments)]
fn nth_or_all_time(
    f: &Frame,
    c: &TallyClaim,
    ctx: &Context<'_>,
    goals: &EditionGoals,
    e: &Edition,
    who: &Entity,
    k: Cut,
    when: &str,
    tie: Tie,
) -> Finding {
    let edition = check_person(f, c, ctx, goals, e, who, k, when, tie.clone());
    if !c.or_all_time || edition.status == Status::Holds {
        return edition;
    }
    let (PlayerRes::One(p), Some(n)) = (ctx.player(who), c.goals) else {
        return edition;
    };
    let Some(m) = ctx.match_for(f, &[]).1 else {
        return edition;
    };
    let d = m.row.date;
    let (Some((before, ub)), Some((after, ua))) = (
        wc_counts(ctx, d, false).map(|(c, u)| (c.get(&p).copied().unwrap_or(0), u)),
        wc_counts(ctx, d, true).map(|(c, u)| (c.get(&p).copied().unwrap_or(0), u)),
    ) else {
        return edition;
    };
    let detail = format!("{before} World Cup goals before {d}, {after} after");
    let all = Tie::certain(Event::Career, "World Cup goals", "all World Cups");
    if ub == 0 && ua == 0 && n > before && n <= after {
        return Finding::holds(detail, all, Vec::new());
    }
    match edition.status {
        Status::Fails { .. } if ub == 0 && ua == 0 => edition,
        _ => Finding::unknown(detail, all),
    }
}

/// Non-own World Cup goals per player up to a day (one gender): Fjelstul's every goal up to
/// 2022, then the later editions' goals; with the goals no scorer row accounts for.
fn wc_counts(
    ctx: &Context<'_>,
    day: Date,
    inclusive: bool,
) -> Option<(std::collections::HashMap<PlayerId, u32>, u32)> {
    let gender = ctx.gender;
    let ix = ctx.facts.wc_index().ok()?;
    let inside = |d: Date| if inclusive { d <= day } else { d < day };
    let mut counts: std::collections::HashMap<PlayerId, u32> = Default::default();
    for g in ix.goals.iter() {
        if g.own_goal || ix.gender(&g.tournament) != Some(gender) || !inside(g.date) {
            continue;
        }
        *counts.entry(g.player).or_default() += 1;
    }
    let mut unknown = 0;
    if gender == Gender::Men {
        // Editions after Fjelstul's last (the 2026 World Cup from openfootball and martj42).
        let last = ix.tournaments.iter().map(|t| t.end_date).max();
        for e in ctx
            .facts
            .editions(MEN_WC)
            .ok()?
            .into_iter()
            .filter(|e| e.wc.is_none() && inside(e.from))
        {
            if last.is_some_and(|l| e.from <= l) {
                continue;
            }
            let g = ctx.facts.edition_goals(&e).ok()?;
            let table = g.table(Some(day), inclusive);
            unknown += table.unknown;
            for r in &table.rows {
                match r.0 {
                    Some(pl) => *counts.entry(pl).or_default() += r.3,
                    None => unknown += r.3,
                }
            }
        }
    }
    Some((counts, unknown))
}

/// All-time World Cup goals as of the article.
fn all_time(c: &TallyClaim, ctx: &Context<'_>) -> Finding {
    let Some(who) = &c.who else {
        return Finding::unknown("no player", Tie::none("-"));
    };
    let PlayerRes::One(p) = ctx.player(who) else {
        return Finding::unknown("the player is not identified", Tie::none("-"));
    };
    let Some(day) = ctx.date.or(ctx.main.as_ref().map(|m| m.row.date)) else {
        return Finding::unknown("no date", Tie::none("-"));
    };
    let tie = Tie::certain(Event::Career, "World Cup goals", "all World Cups");
    let Some((counts, unknown)) = wc_counts(ctx, day, true) else {
        return Finding::unknown("World Cup goals could not be read", tie);
    };
    let mine = counts.get(&p).copied().unwrap_or(0);
    let best_other = counts
        .iter()
        .filter(|(q, _)| **q != p)
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0);
    let name = ctx
        .facts
        .player_row(p)
        .ok()
        .flatten()
        .map(|r| r.name)
        .unwrap_or_default();
    let detail = format!("{name}: {mine} World Cup goals up to {day} (next best {best_other})");
    if unknown > 0 {
        return Finding::unknown(format!("{detail}; {unknown} goals without a scorer"), tie);
    }
    let n_ok = c.goals.is_none_or(|n| n == mine);
    let top_ok = c.top.is_none() || mine >= best_other;
    if n_ok && top_ok {
        return Finding::holds(detail, tie, Vec::new());
    }
    if who.via != Via::Name {
        return Finding::unknown(
            format!("{detail}; the player is named only by a pronoun or description"),
            tie.uncertain("the player is not named"),
        );
    }
    Finding::fails(
        if !n_ok {
            mine.to_string()
        } else {
            "not the record".into()
        },
        detail,
        tie,
        Vec::new(),
    )
}
