//! Checking goal frames against a match's goals.
//!
//! The match comes from [`Context::match_for`]; its goals from the facts engine (Fjelstul or
//! openfootball when they account for every goal, with stoppage time; martj42 otherwise,
//! stoppage time folded into 90). A statement holds when one goal (or, for counts and lists,
//! the scorer's goals) fits every attribute it states; it fails only when the goals are all
//! known, the scorer is resolved to a player of the match, and no goal fits — and then the
//! policy contradicts it only on a certain tie.
//!
//! Minutes are compared with the recorded label, exactly: a claimed 96th minute fits 90+6 but
//! not 90+2; against martj42's folded 90 any claim past 90 is unknown. Counts of minutes
//! played ("after 12 minutes") allow the label and the next; windows hold or fail by their
//! bounds (their 45/90/105/120 include stoppage time); "N minutes from time" is counted from
//! 90, and from 120 too after extra time; fuzzy times ("late", "early") only confirm.

use crate::discourse::{Entity, Referent};
use crate::frames::{Frame, GoalClaim, GoalOrder, Predicate};
use crate::mentions::{MinuteKind, MinuteValue};
use crate::verify::{Context, Finding, PlayerRes, Tie};
use goalline_core::{names, Coverage, Evidence, Minute, PlayerId, TeamId};
use goalline_facts::goals::Goal;
use goalline_facts::matches::MatchFacts;

/// Whether a goal fits an attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// It fits.
    Yes,
    /// It does not.
    No,
    /// The data cannot tell.
    Unsure,
}

/// What one part of a claim comes to.
#[derive(Debug, Clone)]
enum Res {
    Holds(String, Vec<Evidence>),
    Fails(String, String, Vec<Evidence>),
    Unknown(String),
}

/// A person's goals in a match, and whether their absence from the list proves they did not
/// score.
#[derive(Debug, Clone)]
pub struct PersonGoals<'m> {
    /// The person's name as written.
    pub name: String,
    /// The player, when resolved to one.
    pub player: Option<PlayerId>,
    /// The goals credited to them (own goals included, flagged).
    pub goals: Vec<&'m Goal>,
    /// The person is resolved to one player of the match and no namesake scored: a missing
    /// goal is a fact.
    pub provable: bool,
}

/// The person's name (`None` for an unnamed description).
pub fn person_name(e: &Entity) -> Option<String> {
    match &e.referent {
        Referent::Person(p) => Some(p.name.clone()),
        _ => None,
    }
}

/// German and Nordic transliterations folded ("Schuerrle" = "Schürrle" = "schurrle").
fn translit(s: &str) -> String {
    s.replace("ue", "u")
        .replace("oe", "o")
        .replace("ae", "a")
        .replace("ss", "s")
}

fn name_fits(claimed: &str, recorded: &str) -> bool {
    let c = translit(&names::fold(claimed));
    let r = translit(&names::fold(recorded));
    if c.is_empty() || r.is_empty() {
        return false;
    }
    if c == r {
        return true;
    }
    let rw: Vec<&str> = r.split(' ').collect();
    let cw: Vec<&str> = c.split(' ').collect();
    // "Lloyd" ~ "Carli Lloyd"; "Al-Dawsari" ~ "Salem Al-Dawsari"; "Dawsari" ~ "Al Dawsari".
    cw.iter().all(|w| rw.contains(w)) || rw.last() == cw.last()
}

/// Two surnames that may be one name spelled two ways ("Tamari", "Al-Taamari"; "Sigurdsson",
/// "Sigurðsson"): the last words within two edits, or one inside the other.
fn namesake(claimed: &str, recorded: &str) -> bool {
    let last = |s: &str| {
        translit(&names::fold(s))
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_string()
    };
    let (a, b) = (last(claimed), last(recorded));
    if a.len() < 4 || b.len() < 4 {
        return a == b;
    }
    a.contains(&b) || b.contains(&a) || edits(&a, &b) <= 2
}

fn edits(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let sub = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            cur[j] = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// True when the player plays for one of the match's sides.
pub fn plays_in(ctx: &Context<'_>, m: &MatchFacts, p: PlayerId) -> bool {
    ctx.facts
        .player_teams(p)
        .unwrap_or_default()
        .iter()
        .any(|t| m.involves(*t))
}

/// A person of a match: the article's reading ([`Context::player`]) when it plays for a side,
/// else the name among the two sides' players on the match's day.
pub fn resolve_in(ctx: &Context<'_>, m: &MatchFacts, e: &Entity, name: &str) -> PlayerRes {
    let first = ctx.player(e);
    if let PlayerRes::One(p) = first {
        if plays_in(ctx, m, p) {
            return first;
        }
    }
    let mut ones: Vec<PlayerId> = Vec::new();
    let mut many: Vec<PlayerId> = Vec::new();
    for t in [m.row.home, m.row.away] {
        match ctx.facts.resolve_player(
            name,
            goalline_facts::PlayerContext {
                team: Some(t),
                date: Some(m.row.date),
                gender: Some(m.row.gender),
            },
        ) {
            Ok(goalline_facts::Resolution::One(p)) => ones.push(p),
            Ok(goalline_facts::Resolution::Ambiguous(ps)) => many.extend(ps),
            _ => {}
        }
    }
    match (ones.len(), many.is_empty()) {
        (1, true) => PlayerRes::One(ones[0]),
        (0, false) => PlayerRes::Ambiguous(many),
        (n, _) if n > 0 => {
            ones.extend(many);
            PlayerRes::Ambiguous(ones)
        }
        _ => first,
    }
}

/// The goals of a person in a match.
pub fn person_goals<'m>(
    ctx: &Context<'_>,
    m: &'m MatchFacts,
    e: &Entity,
    own_goal_claim: bool,
) -> Result<PersonGoals<'m>, String> {
    let Some(name) = person_name(e) else {
        return Err("the scorer is described, not named".into());
    };
    let all = &m.goals.goals;
    let by_name: Vec<&Goal> = all
        .iter()
        .filter(|g| g.name.as_deref().is_some_and(|n| name_fits(&name, n)))
        .collect();
    match resolve_in(ctx, m, e, &name) {
        PlayerRes::One(p) => {
            let goals: Vec<&Goal> = all
                .iter()
                .filter(|g| {
                    g.player == Some(p)
                        || (g.player.is_none() && by_name.iter().any(|b| std::ptr::eq(*b, *g)))
                })
                .collect();
            let namesake = all.iter().any(|g| {
                g.player != Some(p) && g.name.as_deref().is_some_and(|n| namesake(&name, n))
            });
            let in_match = !goals.is_empty() || plays_in(ctx, m, p);
            if !in_match && by_name.is_empty() {
                return Err(format!("{name} did not play for either side of this match"));
            }
            if goals.is_empty() && namesake {
                return Err(format!(
                    "a goal by a player named like {name} is recorded, but the sources' identities differ"
                ));
            }
            Ok(PersonGoals {
                name,
                player: Some(p),
                goals,
                provable: in_match
                    && !namesake
                    && all.iter().all(|g| g.player.is_some() || g.name.is_some()),
            })
        }
        PlayerRes::Ambiguous(ps) => {
            let goals: Vec<&Goal> = all
                .iter()
                .filter(|g| g.player.is_some_and(|p| ps.contains(&p)))
                .collect();
            let mut owners: Vec<PlayerId> = goals.iter().filter_map(|g| g.player).collect();
            owners.dedup();
            if owners.len() == 1 {
                return Ok(PersonGoals {
                    name,
                    player: owners.first().copied(),
                    goals,
                    provable: false,
                });
            }
            if goals.is_empty() && !by_name.is_empty() {
                return Ok(PersonGoals {
                    name,
                    player: None,
                    goals: by_name,
                    provable: false,
                });
            }
            Err(format!("the name {name} fits several players"))
        }
        PlayerRes::None => {
            let own: Vec<&Goal> = all.iter().filter(|g| g.own_goal).collect();
            if by_name.is_empty() && own_goal_claim && own.len() == 1 {
                // A name the data write otherwise (a married name): the match's one own goal.
                Ok(PersonGoals {
                    name,
                    player: None,
                    goals: own,
                    provable: false,
                })
            } else if by_name.is_empty() {
                Err(format!(
                    "{name} is not identified as a player of this match"
                ))
            } else {
                Ok(PersonGoals {
                    name,
                    player: None,
                    goals: by_name,
                    provable: false,
                })
            }
        }
    }
}

/// A goal's minute as written in the data ("54'", "90+2'", "?").
pub fn label(g: &Goal) -> String {
    g.minute
        .map(|m| m.to_string())
        .unwrap_or_else(|| "?'".into())
}

fn describe(gs: &[&Goal]) -> String {
    gs.iter()
        .map(|g| {
            format!(
                "{}{}{}",
                label(g),
                if g.penalty { " pen" } else { "" },
                if g.own_goal { " og" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The match's goals in words.
pub fn scorers(m: &MatchFacts) -> String {
    if m.goals.goals.is_empty() {
        return "no goals".into();
    }
    m.goals
        .goals
        .iter()
        .map(|g| {
            format!(
                "{} {}{}{}",
                g.name.clone().unwrap_or_else(|| "?".into()),
                label(g),
                if g.penalty { " pen" } else { "" },
                if g.own_goal { " og" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether a source keeps stoppage time apart.
struct Stoppage(bool);

/// Anything that knows whether its minute keeps stoppage time apart.
trait KeepsStoppage {
    fn keeps_stoppage(&self) -> bool;
}

impl KeepsStoppage for Goal {
    fn keeps_stoppage(&self) -> bool {
        self.stoppage_known
    }
}

impl KeepsStoppage for Stoppage {
    fn keeps_stoppage(&self) -> bool {
        self.0
    }
}

/// True when the data's minute may hide stoppage time (martj42 folds it into the period's
/// last minute).
fn folded(g: &impl KeepsStoppage, m: Minute) -> bool {
    !g.keeps_stoppage() && matches!(m.base, 45 | 90 | 105 | 120)
}

/// Does a goal fit a claimed minute? `extra_time`: the match went to extra time (or may have).
pub fn minute_fit(c: &MinuteValue, g: &Goal, extra_time: Option<bool>) -> Fit {
    minute_fit_at(c, g.minute, g.stoppage_known, extra_time)
}

/// Does an event at `minute` fit a claimed minute? `stoppage_known`: the source keeps
/// stoppage time apart (martj42 folds it into 90).
pub fn minute_fit_at(
    c: &MinuteValue,
    minute: Option<Minute>,
    stoppage_known: bool,
    extra_time: Option<bool>,
) -> Fit {
    let Some(gm) = minute else {
        return Fit::Unsure;
    };
    let g = Stoppage(stoppage_known);
    let elapsed = gm.elapsed();
    match c.kind {
        MinuteKind::At if c.from == c.to => {
            // A written label.
            if let Some(s) = c.stoppage {
                if g.keeps_stoppage() {
                    return if gm.base == c.base && gm.stoppage == Some(s) {
                        Fit::Yes
                    } else {
                        Fit::No
                    };
                }
                return if gm.base == c.base || gm.base == c.base + s {
                    Fit::Unsure
                } else {
                    Fit::No
                };
            }
            if g.keeps_stoppage() {
                if gm.base == c.base && gm.stoppage.is_none() {
                    return Fit::Yes;
                }
                // "the 96th minute" for 90+6.
                if gm.stoppage.is_some()
                    && elapsed == c.base
                    && !(c.base > 90 && extra_time == Some(true))
                {
                    return Fit::Yes;
                }
                return Fit::No;
            }
            if gm.base == c.base {
                return Fit::Yes;
            }
            if folded(&g, gm) && c.base > gm.base && c.base <= gm.base + 15 {
                return Fit::Unsure;
            }
            Fit::No
        }
        MinuteKind::At => {
            // A count of minutes played: the label or the next.
            let v = if gm.stoppage.is_some() {
                elapsed
            } else {
                gm.base
            };
            if (c.from..=c.to).contains(&v) && gm.stoppage.is_none() {
                Fit::Yes
            } else if folded(&g, gm) && c.to > gm.base {
                Fit::Unsure
            } else {
                Fit::No
            }
        }
        MinuteKind::Within => {
            let in_window = gm.base >= c.from && gm.base <= c.to;
            if in_window {
                // A stoppage minute is inside only when the window ends with its period.
                if gm.stoppage.is_some() && gm.base == c.to && !matches!(c.to, 45 | 90 | 105 | 120)
                {
                    return Fit::No;
                }
                Fit::Yes
            } else {
                Fit::No
            }
        }
        MinuteKind::FromEnd => {
            let fits =
                |from: u16, to: u16| gm.stoppage.is_none() && gm.base >= from && gm.base <= to;
            let end = c.to + c.base;
            if fits(c.from, c.to) {
                return Fit::Yes;
            }
            // "with four minutes left" in a match that went to extra time: its end is 120.
            if end == 90 && extra_time != Some(false) {
                let (f, t) = (c.from + 30, c.to + 30);
                if fits(f, t) {
                    return Fit::Yes;
                }
                if extra_time.is_none() {
                    return Fit::Unsure;
                }
            }
            if folded(&g, gm) && c.to >= gm.base {
                return Fit::Unsure;
            }
            Fit::No
        }
        MinuteKind::Fuzzy => {
            if gm.base >= c.from && gm.base <= c.to {
                // "in stoppage time" (90-90): only a recorded stoppage minute confirms it.
                if c.from == c.to && matches!(c.to, 45 | 90 | 105 | 120) {
                    return if gm.stoppage.is_some() {
                        Fit::Yes
                    } else {
                        Fit::Unsure
                    };
                }
                Fit::Yes
            } else {
                Fit::Unsure
            }
        }
    }
}

/// The score before and after a goal, from the scoring side's view (goals for, against).
fn view(m: &MatchFacts, g: &Goal) -> ((u32, u32), (u32, u32)) {
    let (h, a) = g.score_after;
    let after = if g.team == m.row.home { (h, a) } else { (a, h) };
    (after, (after.0.saturating_sub(1), after.1))
}

/// Does a goal fit an order word? Needs the whole ordered list (`ordered`).
fn order_fit(m: &MatchFacts, g: &Goal, o: GoalOrder) -> Fit {
    let all = &m.goals.goals;
    let (after, before) = view(m, g);
    let lead_after = after.0 as i64 - after.1 as i64;
    let lead_before = before.0 as i64 - before.1 as i64;
    let yes = |b: bool| if b { Fit::Yes } else { Fit::No };
    match o {
        GoalOrder::Opener => yes(all.first().is_some_and(|f| std::ptr::eq(f, g))),
        GoalOrder::Equaliser => yes(lead_after == 0),
        GoalOrder::PulledBack => yes(lead_before < 0),
        GoalOrder::Lead => yes(lead_after > 0 && lead_before <= 0),
        GoalOrder::Doubled => yes(lead_before == 1 && lead_after == 2),
        GoalOrder::Extended => yes(lead_after >= 2 && lead_before >= 1),
        GoalOrder::Only => yes(all.len() == 1),
        GoalOrder::Nth(n) => {
            let k = all
                .iter()
                .filter(|x| x.team == g.team)
                .position(|x| std::ptr::eq(x, g));
            yes(k == Some(n as usize - 1))
        }
        GoalOrder::Winner => {
            let (Some(h), Some(a)) = (m.row.home_score, m.row.away_score) else {
                return Fit::Unsure;
            };
            if h == a {
                return Fit::Unsure; // drawn (maybe won on penalties): no winning goal
            }
            let winner = if h > a { m.row.home } else { m.row.away };
            let loser_goals = h.min(a);
            yes(g.team == winner && after.0 == loser_goals + 1)
        }
        GoalOrder::Consolation => {
            let (Some(h), Some(a)) = (m.row.home_score, m.row.away_score) else {
                return Fit::Unsure;
            };
            let mine = if g.team == m.row.home { h } else { a };
            let theirs = if g.team == m.row.home { a } else { h };
            yes(mine < theirs)
        }
    }
}

fn team_name(ctx: &Context<'_>, t: TeamId) -> String {
    ctx.facts.team_name(t).to_string()
}

/// Narrows candidate goals by one attribute: the goals that fit, or the reason none does.
enum Narrow<'m> {
    Kept(Vec<&'m Goal>),
    Unsure(String),
    None,
}

fn narrow<'m>(cands: &[&'m Goal], f: impl Fn(&Goal) -> Fit, what: &str) -> Narrow<'m> {
    let yes: Vec<&Goal> = cands.iter().copied().filter(|g| f(g) == Fit::Yes).collect();
    if !yes.is_empty() {
        return Narrow::Kept(yes);
    }
    if cands.iter().any(|g| f(g) == Fit::Unsure) {
        return Narrow::Unsure(format!("the data cannot tell {what}"));
    }
    Narrow::None
}

/// Checks one scorer's part of a claim.
fn check_part(ctx: &Context<'_>, m: &MatchFacts, g: &GoalClaim) -> Res {
    let complete = m.goals.complete;
    let ordered = complete && m.goals.goals.iter().all(|x| x.minute.is_some());
    let et = m.result.extra_time;
    // Whose goals.
    let (who, pool, provable): (String, Vec<&Goal>, bool) = match &g.scorer {
        Some(e) => match person_goals(ctx, m, e, g.own_goal == Some(true)) {
            Ok(pg) => {
                let og = g.own_goal == Some(true);
                let own: Vec<&Goal> = pg
                    .goals
                    .iter()
                    .copied()
                    .filter(|x| x.own_goal == og)
                    .collect();
                if own.is_empty() && !pg.goals.is_empty() {
                    return Res::Unknown(format!(
                        "{}'s recorded goals are {} (own goal or not, the wording differs)",
                        pg.name,
                        describe(&pg.goals)
                    ));
                }
                (pg.name.clone(), own, pg.provable)
            }
            Err(why) => return Res::Unknown(why),
        },
        None => {
            let Some(t) = g
                .team
                .as_ref()
                .and_then(|t| ctx.team_of(t))
                .filter(|t| m.involves(*t))
            else {
                return Res::Unknown("no scorer and no side identified".into());
            };
            let pool: Vec<&Goal> = m.goals.goals.iter().filter(|x| x.team == t).collect();
            (team_name(ctx, t), pool, true)
        }
    };
    let ev = |gs: &[&Goal]| -> Vec<Evidence> {
        gs.iter()
            .flat_map(|x| x.evidence.iter().cloned())
            .chain(std::iter::once(m.row.evidence.clone()))
            .collect()
    };
    let shootout = m.result.shootout.is_some() || m.result.shootout_score.is_some();
    if pool.is_empty() && g.penalty == Some(true) && shootout {
        return Res::Unknown(format!(
            "no penalty goal by {who} in the match; the match went to a shoot-out, whose kicks this may be"
        ));
    }
    if pool.is_empty() && shootout && g.minute.is_none() {
        return Res::Unknown(format!(
            "no goal by {who} in the match; it went to a shoot-out, whose kicks this may be"
        ));
    }
    if pool.is_empty() {
        let what = if g.own_goal == Some(true) {
            "an own goal"
        } else {
            "a goal"
        };
        let named = g
            .scorer
            .as_ref()
            .is_none_or(|e| e.via == crate::discourse::Via::Name);
        if complete && provable && !g.soft && named && !g.unsure {
            return Res::Fails(
                format!("{who} did not score"),
                format!(
                    "{who} did not score {what} in this match; its goals: {}",
                    scorers(m)
                ),
                ev(&[]),
            );
        }
        return Res::Unknown(format!(
            "no {} by {who} among the recorded goals ({}){}",
            what.trim_start_matches("a ").trim_start_matches("an "),
            scorers(m),
            if complete {
                ""
            } else {
                "; the list is incomplete"
            }
        ));
    }
    if g.seconds {
        return Res::Unknown(format!(
            "seconds are never recorded: goals carry minute labels only ({who}: {})",
            describe(&pool)
        ));
    }
    let mut cands = pool.clone();
    let mut problems: Vec<(String, String)> = Vec::new(); // (correct, detail)
    let mut unknowns: Vec<String> = Vec::new();
    // Count (of the goals inside a window when one is given).
    if let Some(n) = g.count {
        let window = g.minute.filter(|w| matches!(w.kind, MinuteKind::Within));
        let counted: Vec<&Goal> = match window {
            Some(w) if g.apart.is_none() && pool.len() != n as usize => pool
                .iter()
                .copied()
                .filter(|x| minute_fit(&w, x, et) == Fit::Yes)
                .collect(),
            _ => pool.clone(),
        };
        let pens = pool.iter().filter(|x| x.penalty).count();
        let ok = counted.len() == n as usize || (g.penalty == Some(true) && pens == n as usize);
        if !ok {
            if (complete && provable) || counted.len() > n as usize {
                problems.push((
                    format!(
                        "{} goal{}",
                        counted.len(),
                        if counted.len() == 1 { "" } else { "s" }
                    ),
                    format!(
                        "{who} scored {} in this match ({})",
                        counted.len(),
                        describe(&pool)
                    ),
                ));
            } else {
                unknowns.push(format!(
                    "{who}'s recorded goals: {} (the list is incomplete)",
                    describe(&pool)
                ));
            }
        }
    }
    // Minutes: each claimed label must be a distinct goal of theirs.
    let mut minutes: Vec<MinuteValue> = g.minute.into_iter().collect();
    minutes.extend(g.more_minutes.iter().copied());
    if let Some(r) = g.relative_to {
        // The reference must be a recorded goal's label.
        let anchored = m
            .goals
            .goals
            .iter()
            .any(|x| minute_fit(&r, x, et) == Fit::Yes);
        if !anchored {
            return Res::Unknown(format!(
                "the minute it is counted from ({}) is not a recorded goal of this match",
                crate::mentions::Value::Minute(r)
            ));
        }
    }
    let counted_goals = g.count.is_some() || g.apart.is_some();
    for c in &minutes {
        // A window with a count was used above; "twice inside three minutes" may be a span.
        if counted_goals && c.kind == MinuteKind::Within {
            let all_in = pool.iter().all(|x| minute_fit(c, x, et) == Fit::Yes);
            let span_ok = c.from == 1 && spread(&pool).is_some_and(|s| s <= c.to as u32);
            if all_in
                || span_ok
                || g.count.is_some_and(|n| {
                    pool.iter()
                        .filter(|x| minute_fit(c, x, et) == Fit::Yes)
                        .count()
                        == n as usize
                })
            {
                continue;
            }
            if pool.iter().any(|x| minute_fit(c, x, et) == Fit::Unsure) || !complete {
                unknowns.push(format!("{who} scored at {}", describe(&pool)));
            } else {
                problems.push((
                    describe(&pool),
                    format!("{who} scored at {}", describe(&pool)),
                ));
            }
            continue;
        }
        match narrow(&cands, |x| minute_fit(c, x, et), "the minute") {
            Narrow::Kept(k) => {
                if minutes.len() == 1 {
                    cands = k;
                }
            }
            Narrow::Unsure(_) => unknowns.push(format!(
                "{who} scored at {}; the data cannot confirm {}",
                describe(&pool),
                crate::mentions::Value::Minute(*c)
            )),
            Narrow::None => {
                if c.kind == MinuteKind::Fuzzy {
                    unknowns.push(format!("{who} scored at {}", describe(&pool)));
                } else if pool.iter().all(|x| x.minute.is_some()) {
                    problems.push((
                        describe(&pool),
                        format!("{who} scored at {}", describe(&pool)),
                    ));
                } else {
                    unknowns.push(format!("{who}'s minute is not recorded"));
                }
            }
        }
    }
    // Goals N minutes apart.
    if let Some((n, most)) = g.apart {
        let mins: Vec<u32> = pool
            .iter()
            .filter_map(|x| x.minute.map(|m| m.base as u32))
            .collect();
        let k = g.count.unwrap_or(2) as usize;
        if mins.len() == pool.len() && mins.len() >= k && k >= 2 {
            let fits = mins.windows(k).any(|w| {
                let d = w[k - 1] - w[0];
                if most {
                    d <= n
                } else {
                    d == n
                }
            });
            if !fits {
                let folded_any = pool
                    .iter()
                    .any(|x| x.minute.is_some_and(|mm| folded(*x, mm)));
                if mins.len() == k && !folded_any {
                    let d = mins[k - 1] - mins[0];
                    problems.push((
                        format!("{d} minutes"),
                        format!("{who} scored at {}: {d} minutes apart", describe(&pool)),
                    ));
                } else {
                    unknowns.push(format!("{who} scored at {}", describe(&pool)));
                }
            }
        } else {
            unknowns.push(format!("{who} scored at {}", describe(&pool)));
        }
    }
    // Penalty.
    if g.penalty == Some(true) {
        match narrow(
            &cands,
            |x| if x.penalty { Fit::Yes } else { Fit::No },
            "a penalty",
        ) {
            Narrow::Kept(k) => cands = k,
            Narrow::Unsure(w) => unknowns.push(w),
            Narrow::None if shootout => unknowns.push(format!(
                "{who}'s goal ({}) was not a penalty; the match went to a shoot-out",
                describe(&cands)
            )),
            Narrow::None => problems.push((
                "not a penalty".into(),
                format!("{who}'s goal ({}) was not a penalty", describe(&cands)),
            )),
        }
    }
    // Order and the score after.
    if let Some(o) = g.order {
        if !ordered {
            unknowns.push("the order of the goals is not fully known".into());
        } else {
            match narrow(&cands, |x| order_fit(m, x, o), "the order") {
                Narrow::Kept(k) => cands = k,
                Narrow::Unsure(_) => unknowns.push(format!("{o:?}: the data cannot tell")),
                Narrow::None => problems.push((
                    format!("not the {o:?}").to_lowercase(),
                    format!(
                        "{who}'s goal ({}) was not the {}; the goals: {}",
                        describe(&cands),
                        format!("{o:?}").to_lowercase(),
                        scorers(m)
                    ),
                )),
            }
        }
    }
    if let Some((a, b)) = g.score_after {
        if !ordered {
            unknowns.push("the order of the goals is not fully known".into());
        } else {
            let fit = |x: &Goal| {
                let (h, w) = x.score_after;
                if (h, w) == (a, b) || (w, h) == (a, b) {
                    Fit::Yes
                } else {
                    Fit::No
                }
            };
            match narrow(&cands, fit, "the score") {
                Narrow::Kept(k) => cands = k,
                Narrow::Unsure(w) => unknowns.push(w),
                Narrow::None => {
                    let after = cands
                        .iter()
                        .map(|x| format!("{}-{} at {}", x.score_after.0, x.score_after.1, label(x)))
                        .collect::<Vec<_>>()
                        .join(", ");
                    problems.push((after.clone(), format!("{who}'s goal made it {after}")));
                }
            }
        }
    }
    let detail = format!("{who}: {}", describe(&cands));
    // A scorer referred to by a pronoun or a description, or read far from the goal word,
    // may be someone else.
    if g.unsure
        || g.scorer
            .as_ref()
            .is_some_and(|e| e.via != crate::discourse::Via::Name)
    {
        unknowns.extend(problems.drain(..).map(|(_, d)| {
            format!("{d} (the scorer is referred to, not named: the reading may be wrong)")
        }));
    }
    if g.minute_loose {
        // Minute problems of a loose minute are only unknown.
        let (minute_problems, rest): (Vec<_>, Vec<_>) = problems
            .into_iter()
            .partition(|(_, d)| d.contains(" scored at "));
        problems = rest;
        unknowns.extend(minute_problems.into_iter().map(|(_, d)| d));
    }
    if let Some((correct, d)) = problems.into_iter().next() {
        if g.soft {
            return Res::Unknown(d);
        }
        return Res::Fails(correct, d, ev(&pool));
    }
    if let Some(u) = unknowns.into_iter().next() {
        return Res::Unknown(u);
    }
    Res::Holds(detail, ev(&cands))
}

/// The minutes between the first and last of some goals (all minutes known).
fn spread(gs: &[&Goal]) -> Option<u32> {
    let ms: Vec<u32> = gs
        .iter()
        .map(|g| g.minute.map(|m| m.elapsed() as u32))
        .collect::<Option<Vec<_>>>()?;
    Some(ms.iter().max()? - ms.iter().min()?)
}

/// The side of a named scorer, as a team entity, when the person resolves to one player of
/// one national team.
pub fn scorer_side(ctx: &Context<'_>, e: &Entity) -> Option<Entity> {
    if e.via != crate::discourse::Via::Name {
        return None;
    }
    let p = ctx.player(e).one()?;
    let teams = ctx.facts.player_teams(p).ok()?;
    let [t] = teams.as_slice() else { return None };
    Some(Entity {
        span: e.span,
        referent: Referent::Team(crate::mentions::TeamValue {
            teams: vec![*t],
            name: ctx.facts.team_name(*t).to_string(),
            gender: None,
            form: crate::mentions::TeamForm::Name,
        }),
        via: crate::discourse::Via::Name,
        antecedent: None,
        age: None,
        possessive: false,
    })
}

/// The match of a frame ([`Context::match_for`]); when several matches of the named sides lie
/// near the publication date, the one played on that day or the day before (a report of the
/// day: "Poland beat San Marino … Swiderski opened the scoring"), certain only when two sides
/// are named.
pub fn match_of(ctx: &Context<'_>, f: &Frame, sides: &[&Entity]) -> (Tie, Option<MatchFacts>) {
    let (tie, m) = ctx.match_for(f, sides);
    if m.is_some() || !tie.why.contains("could be meant") {
        return (tie, m);
    }
    let Some(day) = ctx.date else {
        return (tie, m);
    };
    if f.modality == crate::discourse::Modality::Future {
        return (tie, m);
    }
    let mut teams: Vec<TeamId> = Vec::new();
    for e in f.scope.teams.iter().chain(sides.iter().copied()) {
        if let Some(t) = ctx.team_of(e) {
            if !teams.contains(&t) {
                teams.push(t);
            }
        }
    }
    let Some(&first) = teams.first() else {
        return (tie, m);
    };
    let q = goalline_facts::matches::MatchQuery {
        teams: vec![first],
        from: day.checked_sub_days(goalline_core::Days::new(1)),
        to: Some(day),
        gender: Some(ctx.gender),
        ..Default::default()
    };
    let found: Vec<_> = ctx
        .facts
        .find_matches(&q)
        .unwrap_or_default()
        .into_iter()
        .filter(|r| teams.iter().all(|t| r.home == *t || r.away == *t))
        .collect();
    let [row] = found.as_slice() else {
        return (tie, m);
    };
    let certain = teams.len() >= 2;
    let t = Tie::to_match(
        row.id,
        crate::verify::context::label(row),
        certain,
        "the named side's match of the article's day",
    );
    (t, ctx.match_facts(row.id))
}

/// The match a sentence speaks of when it is not `main`: a match of the sides it names (and
/// of the scorers' sides) in the four months before the publication date, narrowed by the
/// score it gives, when exactly one fits. Certain when two sides are named and the sentence's
/// score (if any) is that match's.
pub fn other_match(
    ctx: &Context<'_>,
    f: &Frame,
    main: &MatchFacts,
    sides: &[&Entity],
) -> Option<(Tie, MatchFacts)> {
    use crate::mentions::{Dim, ScoreKind, Value};
    let sentence = ctx.doc.sentence_at(f.trigger.start())?.span;
    // The sides of the claim's own clause and of a short fronted phrase ("Against England,
    // Tchouameni struck …"), not of other clauses ("… after the opener against Kuwait").
    let seg_index = ctx.discourse.segment_at(f.trigger.start())?;
    let seg = ctx.discourse.segments[seg_index];
    let mut clause_spans = vec![seg.span];
    // The segments before ours in its sentence (segments are in text order).
    let first =
        ctx.discourse.segments[..seg_index].partition_point(|g| g.span.start() < sentence.start());
    for sg in &ctx.discourse.segments[first..seg_index] {
        if sentence.contains(sg.span)
            && ctx.doc.tokens_in(sg.span).len() <= 7
            && ctx
                .doc
                .text_of(ctx.doc.span(sg.span.end(), seg.span.start()))
                .trim()
                .trim_matches(',')
                .trim()
                .is_empty()
        {
            clause_spans.push(sg.span);
        }
    }
    let clause_teams: Vec<&Entity> = ctx
        .discourse
        .entities_in(sentence)
        .filter(|e| clause_spans.iter().any(|s| s.contains(e.span)))
        .filter(|e| matches!(e.referent, Referent::Team(_)) && e.via == crate::discourse::Via::Name)
        .collect();
    let mut teams: Vec<TeamId> = Vec::new();
    for e in sides.iter().copied().chain(clause_teams) {
        if let Some(t) = ctx.team_of(e) {
            if !teams.contains(&t) {
                teams.push(t);
            }
        }
    }
    let first = *teams.first()?;
    let anchor = ctx.date.unwrap_or(main.row.date).max(main.row.date);
    let q = goalline_facts::matches::MatchQuery {
        teams: vec![first],
        from: anchor.checked_sub_days(goalline_core::Days::new(120)),
        to: Some(anchor),
        gender: Some(main.row.gender),
        ..Default::default()
    };
    let scores: Vec<(u32, u32)> = ctx
        .mentions
        .of(sentence, Dim::Score)
        .filter_map(|mm| match &mm.value {
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
        .collect();
    let mut cands: Vec<goalline_facts::rows::MatchRow> = ctx
        .facts
        .find_matches(&q)
        .ok()?
        .into_iter()
        .filter(|r| r.id != main.row.id)
        .filter(|r| teams.len() < 2 || teams[1..].iter().any(|t| r.home == *t || r.away == *t))
        .collect();
    let fits_score = |r: &goalline_facts::rows::MatchRow| match (r.home_score, r.away_score) {
        (Some(h), Some(a)) => scores
            .iter()
            .any(|&(x, y)| (x, y) == (h, a) || (y, x) == (h, a)),
        _ => false,
    };
    let scored = !scores.is_empty() && cands.iter().any(fits_score);
    if scored {
        cands.retain(fits_score);
    }
    let [row] = cands.as_slice() else {
        return None;
    };
    let mf = ctx.match_facts(row.id)?;
    let certain = teams.len() >= 2 && (scores.is_empty() || scored);
    let tie = Tie::to_match(
        row.id,
        crate::verify::context::label(row),
        certain,
        "the match the sentence's sides and score point to",
    );
    Some((tie, mf))
}

/// Signs in the sentence that it speaks of another match than `m`: a national team named
/// that did not play in it, a score that is neither its result nor one of its running scores,
/// a stage other than its own, a weekday other than its day. The tie is then not certain (the
/// data may still confirm the claim).
pub fn other_match_signs(ctx: &Context<'_>, f: &Frame, m: &MatchFacts) -> Option<String> {
    use crate::mentions::{Dim, ScoreKind, Value};
    let sentence = ctx.doc.sentence_at(f.trigger.start())?.span;
    for e in ctx.discourse.entities_in(sentence) {
        if !matches!(e.referent, Referent::Team(_)) || e.via != crate::discourse::Via::Name {
            continue;
        }
        let ts = ctx.teams_of(e);
        if !ts.is_empty() && !ts.iter().any(|t| m.involves(*t)) {
            return Some(format!(
                "the sentence names {}, who did not play in {}",
                ctx.doc.text_of(e.span),
                crate::verify::context::label(&m.row)
            ));
        }
    }
    let (fh, fa) = (m.row.home_score, m.row.away_score);
    for mm in ctx.mentions.of(sentence, Dim::Score) {
        let Value::Score(sc) = &mm.value else {
            continue;
        };
        if !matches!(
            sc.kind,
            ScoreKind::Plain | ScoreKind::ExtraTime | ScoreKind::Goalless
        ) {
            continue;
        }
        let pair = |a: u32, b: u32| (sc.a, sc.b) == (a, b) || (sc.b, sc.a) == (a, b);
        let final_ok = matches!((fh, fa), (Some(h), Some(a)) if pair(h, a));
        let running_ok = m
            .goals
            .goals
            .iter()
            .any(|g| pair(g.score_after.0, g.score_after.1))
            || (!m.goals.complete);
        if !final_ok && !running_ok {
            return Some(format!(
                "the sentence gives the score {}-{}, which is not this match's",
                sc.a, sc.b
            ));
        }
    }
    let text = ctx.doc.norm_of(sentence).0.to_lowercase();
    if MANY_MATCHES.is_match(&text) {
        return Some("the sentence speaks of several matches".into());
    }
    if let Some(stage) = m.stage {
        for (re, st) in STAGE_WORDS.iter() {
            if re.is_match(&text) && !same_stage(*st, stage) {
                return Some(format!(
                    "the sentence speaks of a {}, this match was a {}",
                    st.label(),
                    stage.label()
                ));
            }
        }
    }
    for (i, day) in [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .iter()
    .enumerate()
    {
        let _ = i;
        let on = text.contains(&format!("on {day}")) || text.contains(&format!("{day}'s"));
        if on && !m.weekday.eq_ignore_ascii_case(day) {
            return Some(format!(
                "the sentence names a {day}, this match was on a {}",
                m.weekday
            ));
        }
    }
    // A window in extra time for a match that had none ("Kane's extra-time winner").
    let g = match &f.predicate {
        Predicate::Goal(g) => Some(g),
        _ => None,
    };
    if let Some(g) = g {
        let et_window = std::iter::once(&g.minute)
            .flatten()
            .chain(g.more_minutes.iter())
            .any(|mv| mv.kind == MinuteKind::Within && mv.from > 90);
        if et_window && m.result.extra_time == Some(false) {
            return Some("the sentence speaks of extra time, this match had none".into());
        }
    }
    None
}

/// Several matches at once: "in five matches", "so far", "all tournament".
static MANY_MATCHES: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    crate::rx::must(
        r"\b(?:in|across|over|from)\s+(?:(?:all|their|his|her|the|its|five|four|three|six|seven|eight|two|\d+|previous|last|first)\s+){1,2}(?:matches|games|outings|appearances)\b|\bso far\b|\ball tournament\b",
    )
});

fn same_stage(a: goalline_core::Stage, b: goalline_core::Stage) -> bool {
    use goalline_core::Stage::*;
    a == b
        || matches!(
            (a, b),
            (GroupStage, SecondGroupStage)
                | (SecondGroupStage, GroupStage)
                | (GroupStage, FinalRound)
        )
}

/// Stage words a sentence may use for a match.
static STAGE_WORDS: once_cell::sync::Lazy<Vec<(regex::Regex, goalline_core::Stage)>> =
    once_cell::sync::Lazy::new(|| {
        use goalline_core::Stage::*;
        [
            (r"\bsemi-?\s?finals?\b|\blast four\b", SemiFinal),
            (r"\bquarter-?\s?finals?\b|\blast eight\b", QuarterFinal),
            (r"\bround of 16\b|\blast 16\b|\blast sixteen\b|\bround-of-16\b", RoundOf16),
            (r"\bgroup stage\b|\bgroup game\b|\bgroup match\b|\bgroup opener\b|\bopening (?:match|game)\b|\bcurtain-raiser\b", GroupStage),
            (r"\bthird-place\b|\bthird place play-?off\b", ThirdPlace),
            (r"(?:^|[^-\w])final\b", Final),
        ]
        .into_iter()
        .filter_map(|(p, st)| crate::rx::new(p).ok().map(|r| (r, st)))
        .collect()
    });

/// The verifier.
pub fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::Goal(g) = &f.predicate else {
        return Finding::unknown("not a goal", Tie::none("-"));
    };
    let mut owned: Vec<Entity> = g.team.iter().filter(|t| t.is_team()).cloned().collect();
    for s in std::iter::once(&g.scorer)
        .chain(g.with.iter().map(|w| &w.scorer))
        .flatten()
    {
        if let Some(t) = scorer_side(ctx, s) {
            if !owned.iter().any(|o| ctx.team_of(o) == ctx.team_of(&t)) {
                owned.push(t);
            }
        }
    }
    let sides: Vec<&Entity> = owned.iter().collect();
    let (tie, m) = match_of(ctx, f, &sides);
    let Some(m) = m else {
        return Finding::unknown(format!("no match identified: {}", tie.why), tie);
    };
    let (tie, m) = match other_match_signs(ctx, f, &m) {
        Some(why) => match other_match(ctx, f, &m, &sides) {
            Some((t, om)) => {
                let t = match other_match_signs(ctx, f, &om) {
                    Some(w) if t.certain => t.uncertain(w),
                    _ => t,
                };
                (t, om)
            }
            None if tie.certain => (tie.uncertain(why), m),
            None => (tie, m),
        },
        None => (tie, m),
    };
    if m.goals.goals.is_empty() && !m.goals.complete {
        return Finding::unknown("the goals of this match are not recorded", tie);
    }
    let mut parts: Vec<&GoalClaim> = vec![g];
    parts.extend(g.with.iter());
    if g.soft {
        // A minute and some people named together: confirmed when one of them scored then.
        for p in &parts {
            if let Res::Holds(d, e) = check_part(ctx, &m, p) {
                return Finding::holds(d, tie, e);
            }
        }
        return Finding::unknown(
            "the sentence names a minute and a player but does not say it was a goal, and no goal of theirs is recorded then",
            tie,
        );
    }
    let mut holds: Vec<String> = Vec::new();
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut unknown: Option<String> = None;
    for p in parts {
        match check_part(ctx, &m, p) {
            Res::Holds(d, e) => {
                holds.push(d);
                evidence.extend(e);
            }
            Res::Fails(correct, detail, e) => {
                let coverage = if m.goals.complete {
                    Coverage::Exact
                } else {
                    Coverage::LowerBound
                };
                return Finding::fails(correct, format!("{detail} ({})", m.row.tournament), tie, e)
                    .with_coverage(coverage);
            }
            Res::Unknown(why) => {
                if unknown.is_none() {
                    unknown = Some(why);
                }
            }
        }
    }
    if let Some(why) = unknown {
        return Finding::unknown(why, tie);
    }
    evidence.dedup_by(|a, b| a == b);
    Finding::holds(holds.join("; "), tie, evidence)
}
