//! Disagreements between sources: found after linking, kept (both sides with provenance),
//! decided by a documented rule, and stored so that `goalline conflicts` can list them.
//!
//! Rules (also in the README):
//! - **Scores**: martj42 `results.csv` is the canonical score of a match; Fjelstul and
//!   openfootball scores are compared with it. A shoot-out winner from openfootball or
//!   Fjelstul is compared with martj42 `shootouts.csv`; shoot-out scores between Fjelstul and
//!   openfootball prefer Fjelstul.
//! - **Goals** (minute, scorer, penalty or own goal): Fjelstul for men's World Cups up to 2022;
//!   openfootball for the 2026 World Cup and the Euros (it keeps stoppage time apart, which
//!   martj42 folds in: martj42 `90` agrees with `90+4'`). The other sources are compared with
//!   the preferred one team by team, and only where both list the same number of goals for
//!   that team (a source that lists fewer goals is incomplete, not in disagreement).
//!   Goals pair up first on scorer and minute, then on scorer (a minute disagreement), then
//!   on minute (a scorer disagreement).
//!
//! This module only compares; it never changes a row of any source.

use crate::dataset::*;
use crate::oflink::NameKey;
use crate::teams::TeamRegistry;
use goalline_core::{Date, Gender, Minute, Source};
use std::cell::OnceCell;
use std::collections::HashMap;

const SCORE_RULE: &str = "scores: martj42 results.csv is canonical";
const SHOOTOUT_RULE: &str = "shoot-outs: martj42 shootouts.csv for the winner, Fjelstul for World Cup shoot-out scores up to 2022";
const FJELSTUL_GOALS: &str =
    "goals: Fjelstul for men's World Cups up to 2022 (minutes with stoppage time)";
const OPENFOOTBALL_GOALS: &str = "goals: openfootball for the 2026 World Cup and the Euros (minutes with stoppage time; martj42 folds stoppage in)";

/// One source's view of a goal.
#[derive(Debug, Clone)]
struct GoalView<'a> {
    team: i64,
    player: Option<i64>,
    name: &'a str,
    /// The folded name, computed when first needed (player ids usually settle identity).
    key: OnceCell<NameKey>,
    minute: Option<Minute>,
    /// martj42: stoppage time folded into the minute.
    folded: bool,
    own_goal: bool,
    penalty: bool,
    source: Source,
    prov: Prov,
}

impl GoalView<'_> {
    fn key(&self) -> &NameKey {
        self.key.get_or_init(|| NameKey::new(self.name))
    }

    fn label(&self) -> String {
        format!(
            "{} {}{}{}",
            self.name,
            match (self.minute, self.folded) {
                (Some(m), true) => format!("{}'", m.base),
                (Some(m), false) => m.to_string(),
                (None, _) => "(minute unknown)".into(),
            },
            if self.penalty { " (pen.)" } else { "" },
            if self.own_goal { " (o.g.)" } else { "" }
        )
    }

    fn side(&self) -> ConflictSide {
        ConflictSide {
            source: self.source,
            value: self.label(),
            prov: self.prov,
        }
    }
}

fn same_minute(a: &GoalView, b: &GoalView) -> bool {
    let (Some(x), Some(y)) = (a.minute, b.minute) else {
        return false;
    };
    match (a.folded, b.folded) {
        (true, true) => x.base == y.base,
        (true, false) => x.base == y.base || x.base == y.elapsed(),
        (false, true) => y.base == x.base || y.base == x.elapsed(),
        (false, false) => x.base == y.base && x.stoppage.unwrap_or(0) == y.stoppage.unwrap_or(0),
    }
}

fn same_scorer(a: &GoalView, b: &GoalView) -> bool {
    if a.player.is_some() && a.player == b.player {
        return true;
    }
    let (ka, kb) = (a.key(), b.key());
    if ka.is_empty() || kb.is_empty() {
        return false;
    }
    if ka.key == kb.key || ka.words.concat() == kb.words.concat() {
        return true;
    }
    let wa: Vec<&str> = ka.words.iter().map(String::as_str).collect();
    let wb: Vec<&str> = kb.words.iter().map(String::as_str).collect();
    if wa.last() == wb.last()
        || wa.iter().all(|w| wb.contains(w))
        || wb.iter().all(|w| wa.contains(w))
    {
        return true;
    }
    // A spelling variant of the surname (`Weghorst`/`Werghost`, `Hügi`/`HUEGI`, `Zico`/`Ziko`)
    // is the same scorer, not a disagreement about who scored.
    let near = |x: &[&str], y: &[&str]| {
        x.last().is_some_and(|l| {
            l.len() >= 3 && y.iter().any(|w| strsim::jaro_winkler(l, w) >= SPELLING)
        })
    };
    near(&wa, &wb) || near(&wb, &wa)
}

/// Jaro–Winkler similarity from which two surnames count as spellings of one name.
const SPELLING: f64 = 0.85;

fn gap(a: &GoalView, b: &GoalView) -> u16 {
    match (a.minute, b.minute) {
        (Some(x), Some(y)) => x.elapsed().abs_diff(y.elapsed()),
        _ => u16::MAX,
    }
}

/// A canonical match: the CSV sources' first, then those openfootball created.
fn canonical<'a>(ds: &'a Dataset, add: &'a OfAdditions, match_id: i64) -> Option<&'a Match> {
    let i = (match_id - 1) as usize;
    ds.matches
        .get(i)
        .or_else(|| add.matches.get(i.wrapping_sub(ds.matches.len())))
}

struct Ctx<'a> {
    ds: &'a Dataset,
    add: &'a OfAdditions,
    teams: &'a TeamRegistry,
    labels: HashMap<i64, String>,
    out: Vec<Conflict>,
}

impl Ctx<'_> {
    fn canonical(&self, match_id: i64) -> Option<&Match> {
        canonical(self.ds, self.add, match_id)
    }

    fn match_text(&self, match_id: i64) -> (String, Date) {
        match self.canonical(match_id) {
            Some(m) => (
                format!(
                    "{} {} {}–{} {}",
                    m.date,
                    m.home_name,
                    m.home_score.map_or("?".into(), |v| v.to_string()),
                    m.away_score.map_or("?".into(), |v| v.to_string()),
                    m.away_name
                ),
                m.date,
            ),
            None => (format!("match {match_id}"), Date::default()),
        }
    }

    /// The team's name on the day of the match (`West Germany` in 1974).
    fn team_name(&self, match_id: i64, team: i64) -> String {
        match self.canonical(match_id) {
            Some(m) if m.home == team => m.home_name.clone(),
            Some(m) if m.away == team => m.away_name.clone(),
            _ => self.teams.name(team).to_string(),
        }
    }

    fn tournament(&self, match_id: i64) -> String {
        self.labels.get(&match_id).cloned().unwrap_or_else(|| {
            self.canonical(match_id)
                .map(|m| {
                    format!(
                        "{} {}",
                        m.tournament,
                        goalline_core::Datelike::year(&m.date)
                    )
                })
                .unwrap_or_default()
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        kind: ConflictKind,
        match_id: i64,
        team: Option<i64>,
        player: Option<i64>,
        what: String,
        preferred: ConflictSide,
        other: ConflictSide,
        rule: &str,
    ) {
        let (text, _) = self.match_text(match_id);
        let description = format!(
            "{text}: {what}: {} says {}, {} says {}",
            preferred.source, preferred.value, other.source, other.value
        );
        self.out.push(Conflict {
            kind,
            match_id: Some(match_id),
            tournament: self.tournament(match_id),
            team,
            player,
            description,
            preferred,
            other,
            rule: rule.to_string(),
        });
    }

    /// Compares `other` with `preferred` goal lists of one match.
    fn goals(
        &mut self,
        match_id: i64,
        preferred: &[GoalView<'_>],
        other: &[GoalView<'_>],
        rule: &str,
    ) {
        let mut teams: Vec<i64> = preferred.iter().map(|g| g.team).collect();
        teams.sort_unstable();
        teams.dedup();
        for team in teams {
            let p: Vec<&GoalView> = preferred.iter().filter(|g| g.team == team).collect();
            let o: Vec<&GoalView> = other.iter().filter(|g| g.team == team).collect();
            if p.len() != o.len() {
                continue;
            }
            let mut used = vec![false; o.len()];
            let mut open: Vec<&GoalView> = Vec::new();
            // 1. Same scorer, same minute.
            for g in &p {
                match (0..o.len())
                    .find(|&j| !used[j] && same_scorer(g, o[j]) && same_minute(g, o[j]))
                {
                    Some(j) => {
                        used[j] = true;
                        if g.own_goal != o[j].own_goal || g.penalty != o[j].penalty {
                            let what = format!(
                                "{}'s goal for {}: {}",
                                g.name,
                                self.team_name(match_id, team),
                                if g.own_goal != o[j].own_goal {
                                    "own goal or not"
                                } else {
                                    "penalty or not"
                                }
                            );
                            self.push(
                                ConflictKind::Scorer,
                                match_id,
                                Some(team),
                                g.player,
                                what,
                                g.side(),
                                o[j].side(),
                                rule,
                            );
                        }
                    }
                    None => open.push(g),
                }
            }
            // 2. Same scorer, another minute.
            let mut still: Vec<&GoalView> = Vec::new();
            for g in open {
                let best = (0..o.len())
                    .filter(|&j| !used[j] && same_scorer(g, o[j]))
                    .min_by_key(|&j| gap(g, o[j]));
                match best {
                    Some(j) => {
                        used[j] = true;
                        let what = format!(
                            "minute of {}'s goal for {}",
                            g.name,
                            self.team_name(match_id, team)
                        );
                        self.push(
                            ConflictKind::Minute,
                            match_id,
                            Some(team),
                            g.player,
                            what,
                            g.side(),
                            o[j].side(),
                            rule,
                        );
                    }
                    None => still.push(g),
                }
            }
            // 3. Same minute (else the nearest), another scorer.
            for g in still {
                let j = (0..o.len())
                    .filter(|&j| !used[j])
                    .min_by_key(|&j| (!same_minute(g, o[j]), gap(g, o[j])));
                if let Some(j) = j {
                    used[j] = true;
                    let what = format!("scorer of a {} goal", self.team_name(match_id, team));
                    self.push(
                        ConflictKind::Scorer,
                        match_id,
                        Some(team),
                        g.player,
                        what,
                        g.side(),
                        o[j].side(),
                        rule,
                    );
                }
            }
        }
    }
}

/// Finds every disagreement between the CSV sources `ds` and between them and openfootball's
/// additions `add` (scores, minutes, scorers); birth-date disagreements are found while linking
/// squads.
pub fn detect(ds: &Dataset, add: &OfAdditions, teams: &TeamRegistry) -> Vec<Conflict> {
    let mut labels: HashMap<i64, String> = HashMap::new();
    let edition_names: HashMap<&str, &str> = add
        .editions
        .iter()
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect();
    for m in &add.matches_of {
        if let Some(n) = edition_names.get(m.edition.as_str()) {
            labels.insert(m.match_id, (*n).to_string());
        }
    }
    let tournaments: HashMap<&str, (i32, Gender)> = ds
        .tournaments
        .iter()
        .map(|t| (t.id.as_str(), (t.year, t.gender)))
        .collect();
    for w in &ds.wc_matches {
        if let Some(&(y, g)) = tournaments.get(w.tournament.as_str()) {
            let name = match g {
                Gender::Men => format!("FIFA World Cup {y}"),
                Gender::Women => format!("FIFA Women's World Cup {y}"),
            };
            labels.entry(w.match_id).or_insert(name);
        }
    }
    let mut cx = Ctx {
        ds,
        add,
        teams,
        labels,
        out: Vec::new(),
    };
    scores(&mut cx);
    goal_lists(&mut cx);
    cx.out
}

fn scores(cx: &mut Ctx<'_>) {
    let ds = cx.ds;
    let shootouts: HashMap<i64, &ShootoutRow> =
        ds.shootouts.iter().map(|s| (s.match_id, s)).collect();
    let wc_by_match: HashMap<i64, &WcMatch> =
        ds.wc_matches.iter().map(|w| (w.match_id, w)).collect();
    let canon_side = |m: &Match| ConflictSide {
        source: m.source,
        value: format!(
            "{} {}–{} {}",
            m.home_name,
            m.home_score.map_or("NA".into(), |v| v.to_string()),
            m.away_score.map_or("NA".into(), |v| v.to_string()),
            m.away_name
        ),
        prov: m.prov,
    };
    for w in &ds.wc_matches {
        let Some(m) = ds.matches.get((w.match_id - 1) as usize) else {
            continue;
        };
        if m.source == Source::Fjelstul {
            continue;
        }
        let (h, a) = if m.home == w.home {
            (w.home_score, w.away_score)
        } else {
            (w.away_score, w.home_score)
        };
        if (m.home_score, m.away_score) != (Some(h), Some(a)) {
            let other = ConflictSide {
                source: Source::Fjelstul,
                value: format!("{} {h}–{a} {}", m.home_name, m.away_name),
                prov: w.prov,
            };
            cx.push(
                ConflictKind::Score,
                m.id,
                None,
                None,
                "final score".into(),
                canon_side(m),
                other,
                SCORE_RULE,
            );
        }
    }
    let add = cx.add;
    for o in &add.matches_of {
        let Some(m) = canonical(ds, add, o.match_id) else {
            continue;
        };
        if m.source == Source::Openfootball {
            continue;
        }
        let same = m.home == o.home;
        let (h, a) = if same {
            (o.home_score, o.away_score)
        } else {
            (o.away_score, o.home_score)
        };
        if (m.home_score, m.away_score) != (Some(h), Some(a)) {
            let other = ConflictSide {
                source: Source::Openfootball,
                value: format!("{} {h}–{a} {}", m.home_name, m.away_name),
                prov: o.prov,
            };
            cx.push(
                ConflictKind::Score,
                m.id,
                None,
                None,
                "final score".into(),
                canon_side(m),
                other,
                SCORE_RULE,
            );
        }
        let Some((ph, pa)) = o.pens else { continue };
        let of_winner = match ph.cmp(&pa) {
            std::cmp::Ordering::Greater => Some(o.home),
            std::cmp::Ordering::Less => Some(o.away),
            std::cmp::Ordering::Equal => None,
        };
        let of_side = ConflictSide {
            source: Source::Openfootball,
            value: format!("{} {ph}–{pa} {} on penalties", o.home_name, o.away_name),
            prov: o.prov,
        };
        match shootouts.get(&m.id) {
            Some(s) if Some(s.winner) != of_winner => {
                let pref = ConflictSide {
                    source: Source::Martj42,
                    value: format!("shoot-out won by {}", cx.teams.name(s.winner)),
                    prov: s.prov,
                };
                cx.push(
                    ConflictKind::Score,
                    m.id,
                    None,
                    None,
                    "shoot-out winner".into(),
                    pref,
                    of_side.clone(),
                    SHOOTOUT_RULE,
                );
            }
            _ => {}
        }
        if let Some(w) = wc_by_match.get(&m.id) {
            if let (Some(wh), Some(wa)) = (w.home_pens, w.away_pens) {
                let (wh, wa) = if w.home == o.home { (wh, wa) } else { (wa, wh) };
                if (wh, wa) != (ph, pa) {
                    let pref = ConflictSide {
                        source: Source::Fjelstul,
                        value: format!("{} {wh}–{wa} {} on penalties", o.home_name, o.away_name),
                        prov: w.prov,
                    };
                    cx.push(
                        ConflictKind::Score,
                        m.id,
                        None,
                        None,
                        "shoot-out score".into(),
                        pref,
                        of_side,
                        SHOOTOUT_RULE,
                    );
                }
            }
        }
    }
}

fn goal_lists(cx: &mut Ctx<'_>) {
    let ds = cx.ds;
    let men_t: HashMap<&str, bool> = ds
        .tournaments
        .iter()
        .map(|t| (t.id.as_str(), t.gender == Gender::Men))
        .collect();
    let men: HashMap<&str, bool> = ds
        .wc_matches
        .iter()
        .map(|w| {
            (
                w.id.as_str(),
                men_t.get(w.tournament.as_str()).copied().unwrap_or(true),
            )
        })
        .collect();
    let mut fj: HashMap<i64, Vec<GoalView<'_>>> = HashMap::new();
    for g in &ds.wc_goals {
        if !men.get(g.wc_match.as_str()).copied().unwrap_or(true) {
            continue;
        }
        fj.entry(g.match_id).or_default().push(GoalView {
            team: g.team,
            player: Some(g.player),
            name: ds
                .players
                .get((g.player - 1) as usize)
                .map_or("", |p| p.name.as_str()),
            key: OnceCell::new(),
            minute: Some(g.minute),
            folded: false,
            own_goal: g.own_goal,
            penalty: g.penalty,
            source: Source::Fjelstul,
            prov: g.prov,
        });
    }
    let mut of: HashMap<i64, Vec<GoalView<'_>>> = HashMap::new();
    let add = cx.add;
    for g in &add.goals {
        of.entry(g.match_id).or_default().push(GoalView {
            team: g.team,
            player: g.player,
            name: &g.name,
            key: OnceCell::new(),
            minute: Some(g.minute),
            folded: false,
            own_goal: g.own_goal,
            penalty: g.penalty,
            source: Source::Openfootball,
            prov: g.prov,
        });
    }
    // martj42 rows only of the matches another source lists goals for.
    let mut m42: HashMap<i64, Vec<GoalView<'_>>> = HashMap::new();
    for r in ds
        .scorers
        .iter()
        .filter(|r| fj.contains_key(&r.match_id) || of.contains_key(&r.match_id))
    {
        m42.entry(r.match_id).or_default().push(GoalView {
            team: r.team,
            player: r.player,
            name: r.scorer.as_deref().unwrap_or(""),
            key: OnceCell::new(),
            minute: r.minute.map(Minute::new),
            folded: true,
            own_goal: r.own_goal,
            penalty: r.penalty,
            source: Source::Martj42,
            prov: r.prov,
        });
    }
    let mut ids: Vec<i64> = fj.keys().chain(of.keys()).copied().collect();
    ids.sort_unstable();
    ids.dedup();
    let empty = Vec::new();
    for id in ids {
        let m = m42.get(&id).unwrap_or(&empty);
        let o = of.get(&id).unwrap_or(&empty);
        match fj.get(&id) {
            Some(f) => {
                cx.goals(id, f, m, FJELSTUL_GOALS);
                cx.goals(id, f, o, FJELSTUL_GOALS);
            }
            None => cx.goals(id, o, m, OPENFOOTBALL_GOALS),
        }
    }
}
