//! Entity linking across sources: matches (Fjelstul ↔ martj42) and players (Fjelstul ids ↔
//! martj42 scorer names), with a report of what linked, what was ambiguous and what did not.
//!
//! Rules (documented in the README):
//! - a Fjelstul men's match links to the martj42 result with the same canonical teams (either
//!   orientation) on the same day, or failing that one day either side; scores are compared
//!   after extra time and any disagreement is reported, never silently fixed;
//! - women's World Cup matches (not in martj42) and unlinked men's matches become canonical
//!   matches of their own, sourced from Fjelstul;
//! - a martj42 scorer name links to a Fjelstul player first by shared goals (same linked match,
//!   same credited team, same minute or same name), then by name (diacritics, case and word
//!   order ignored) among the team's World Cup squad members whose tournaments lie within ten
//!   years of the scorer's goals. Two or more candidates is ambiguous and nothing is guessed.

use crate::dataset::*;
use crate::problems::Problems;
use crate::teams::TeamRegistry;
use goalline_core::{names, Date, Datelike, Gender, Source};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// What linking achieved, printed after every import.
#[derive(Debug, Default, Clone, Serialize, serde::Deserialize)]
pub struct LinkReport {
    /// Fjelstul men's World Cup matches.
    pub wc_men_matches: u32,
    /// Linked to a martj42 result on the same day.
    pub linked_same_day: u32,
    /// Linked to a martj42 result one day apart (time zones).
    pub linked_shifted: u32,
    /// Men's matches with no martj42 counterpart (listed).
    pub unlinked: Vec<String>,
    /// Linked matches whose scores disagree between the sources (listed).
    pub score_mismatches: Vec<String>,
    /// Women's World Cup matches (martj42 has none; stored from Fjelstul).
    pub wc_women_matches: u32,
    /// Canonical teams.
    pub teams: u32,
    /// Fjelstul teams mapped to a martj42 team by name or alias.
    pub wc_teams_mapped: u32,
    /// Distinct martj42 (scorer, team) names.
    pub scorer_names: u32,
    /// … linked to a Fjelstul player.
    pub names_linked: u32,
    /// … linked through shared goals.
    pub names_linked_by_goal: u32,
    /// … with several candidate players.
    pub names_ambiguous: u32,
    /// … with no World Cup player candidate (most never played a World Cup).
    pub names_unlinked: u32,
    /// Ambiguous names with their candidates (listed).
    pub ambiguous: Vec<String>,
    /// Fjelstul men's players with at least one World Cup goal.
    pub wc_scorers: u32,
    /// … of whom a martj42 name was found.
    pub wc_scorers_linked: u32,
    /// Men's World Cup scorers with no martj42 name (listed).
    pub wc_scorers_unlinked: Vec<String>,
    /// The openfootball import: parse coverage, linking and conflicts (absent when the data
    /// directory has no `openfootball/`).
    #[serde(default)]
    pub openfootball: Option<crate::openfootball::OpenfootballReport>,
    /// The StatsBomb import: matches and players linked, coverage (absent when no StatsBomb
    /// data was read).
    #[serde(default)]
    pub statsbomb: Option<crate::statsbomb::StatsbombReport>,
}

impl LinkReport {
    /// Share of men's World Cup matches linked.
    pub fn match_rate(&self) -> f64 {
        if self.wc_men_matches == 0 {
            return 1.0;
        }
        f64::from(self.linked_same_day + self.linked_shifted) / f64::from(self.wc_men_matches)
    }
}

/// Links every Fjelstul match to a canonical match (creating one when needed).
pub fn link_matches(ds: &mut Dataset, teams: &TeamRegistry, report: &mut LinkReport) {
    let genders: HashMap<&str, Gender> = ds
        .tournaments
        .iter()
        .map(|t| (t.id.as_str(), t.gender))
        .collect();
    let mut by_key: HashMap<(Date, i64, i64), Vec<usize>> = HashMap::new();
    for (i, m) in ds.matches.iter().enumerate() {
        let (lo, hi) = (m.home.min(m.away), m.home.max(m.away));
        by_key.entry((m.date, lo, hi)).or_default().push(i);
    }
    let mut taken: HashSet<usize> = HashSet::new();
    let mut new_matches = Vec::new();
    let next_id = ds.matches.len() as i64 + 1;
    for wm in ds.wc_matches.iter_mut() {
        let gender = genders
            .get(wm.tournament.as_str())
            .copied()
            .unwrap_or(Gender::Men);
        let (lo, hi) = (wm.home.min(wm.away), wm.home.max(wm.away));
        let mut found = None;
        if gender == Gender::Men {
            report.wc_men_matches += 1;
            for (shift, day) in [
                (0i64, wm.date),
                (-1, wm.date.pred_opt().unwrap_or(wm.date)),
                (1, wm.date.succ_opt().unwrap_or(wm.date)),
            ] {
                if let Some(cands) = by_key.get(&(day, lo, hi)) {
                    if let Some(&i) = cands.iter().find(|i| !taken.contains(i)) {
                        found = Some((i, shift));
                        break;
                    }
                }
            }
        } else {
            report.wc_women_matches += 1;
        }
        match found {
            Some((i, shift)) => {
                taken.insert(i);
                let m = &mut ds.matches[i];
                if shift == 0 {
                    report.linked_same_day += 1;
                } else {
                    report.linked_shifted += 1;
                }
                let (mh, ma) = if m.home == wm.home {
                    (m.home_score, m.away_score)
                } else {
                    (m.away_score, m.home_score)
                };
                if (mh, ma) != (Some(wm.home_score), Some(wm.away_score)) {
                    report.score_mismatches.push(format!(
                        "{} {} {}–{} {} (Fjelstul) vs {}–{} (martj42 results.csv:{})",
                        wm.id,
                        teams.name(wm.home),
                        wm.home_score,
                        wm.away_score,
                        teams.name(wm.away),
                        mh.map_or("NA".into(), |v| v.to_string()),
                        ma.map_or("NA".into(), |v| v.to_string()),
                        m.prov.line
                    ));
                }
                m.wc_match = Some(wm.id.clone());
                wm.match_id = m.id;
            }
            None => {
                if gender == Gender::Men {
                    report.unlinked.push(format!(
                        "{} {} {} v {}",
                        wm.id,
                        wm.date,
                        teams.name(wm.home),
                        teams.name(wm.away)
                    ));
                }
                let id = next_id + new_matches.len() as i64;
                wm.match_id = id;
                new_matches.push(Match {
                    id,
                    date: wm.date,
                    gender,
                    home: wm.home,
                    away: wm.away,
                    home_name: teams.name_on(wm.home, teams.name(wm.home), wm.date),
                    away_name: teams.name_on(wm.away, teams.name(wm.away), wm.date),
                    home_score: Some(wm.home_score),
                    away_score: Some(wm.away_score),
                    tournament: match gender {
                        Gender::Men => "FIFA World Cup".into(),
                        Gender::Women => "FIFA Women's World Cup".into(),
                    },
                    city: Some(wm.city.clone()),
                    country: Some(wm.country.clone()),
                    neutral: false,
                    home_known: 0,
                    away_known: 0,
                    wc_match: Some(wm.id.clone()),
                    source: Source::Fjelstul,
                    prov: wm.prov,
                });
            }
        }
    }
    ds.matches.extend(new_matches);
}

/// After Fjelstul goals are loaded: Fjelstul-only matches get their scorer counts from
/// Fjelstul (which records every World Cup goal).
pub fn fjelstul_coverage(ds: &mut Dataset) {
    let mut counts: HashMap<(i64, i64), u32> = HashMap::new();
    for g in &ds.wc_goals {
        *counts.entry((g.match_id, g.team)).or_default() += 1;
    }
    for m in ds
        .matches
        .iter_mut()
        .filter(|m| m.source == Source::Fjelstul)
    {
        m.home_known = counts.get(&(m.id, m.home)).copied().unwrap_or(0);
        m.away_known = counts.get(&(m.id, m.away)).copied().unwrap_or(0);
    }
}

/// Links martj42 scorer names to players, creating martj42-only players for the rest, and
/// fills `ScorerRow::player`.
pub fn link_players(ds: &mut Dataset, teams: &TeamRegistry, report: &mut LinkReport) {
    let Dataset {
        tournaments,
        squads,
        players,
        scorers,
        wc_goals,
        wc_matches,
        matches,
        player_links,
        ..
    } = ds;
    link_players_in(
        PlayerLinking {
            tournaments,
            squads,
            wc_goals,
            wc_matches,
            matches,
            players,
            scorers,
            player_links,
        },
        teams,
        report,
    );
}

/// The parts of a [`Dataset`] that player linking reads (World Cup rows, matches) and writes
/// (players, scorer rows, links): borrowed apart so the World Cup rows can be read elsewhere
/// meanwhile.
#[derive(Debug)]
pub struct PlayerLinking<'a> {
    /// Fjelstul tournaments.
    pub tournaments: &'a [Tournament],
    /// Fjelstul squads.
    pub squads: &'a [SquadMember],
    /// Fjelstul goals.
    pub wc_goals: &'a [WcGoal],
    /// Fjelstul matches.
    pub wc_matches: &'a [WcMatch],
    /// Canonical matches.
    pub matches: &'a [Match],
    /// Players (martj42-only players are added).
    pub players: &'a mut Vec<Player>,
    /// martj42 scorer rows (their `player` is filled).
    pub scorers: &'a mut Vec<ScorerRow>,
    /// Name links (added).
    pub player_links: &'a mut Vec<PlayerLink>,
}

/// [`link_players`] over borrowed parts.
pub fn link_players_in(ds: PlayerLinking<'_>, teams: &TeamRegistry, report: &mut LinkReport) {
    let tournament_year: HashMap<&str, (i32, Gender)> = ds
        .tournaments
        .iter()
        .map(|t| (t.id.as_str(), (t.year, t.gender)))
        .collect();

    // Squad years per (team, player), men's tournaments only.
    let mut squad_years: HashMap<i64, Vec<(i64, i32)>> = HashMap::new(); // player -> (team, year)
    for s in ds.squads {
        if let Some(&(year, Gender::Men)) = tournament_year.get(s.tournament.as_str()) {
            squad_years
                .entry(s.player)
                .or_default()
                .push((s.team, year));
        }
    }
    // Name index of men's players: sorted key -> players; also family-name key for mononyms.
    let mut by_key: HashMap<String, Vec<i64>> = HashMap::new();
    for p in ds.players.iter().filter(|p| p.gender == Gender::Men) {
        by_key
            .entry(names::sorted_key(&p.name))
            .or_default()
            .push(p.id);
    }

    // Votes from shared goals: (scorer, team) -> player -> count.
    let mut votes: HashMap<(String, i64), BTreeMap<i64, u32>> = HashMap::new();
    let mut rows_by_match: HashMap<i64, Vec<usize>> = HashMap::new();
    for (i, r) in ds.scorers.iter().enumerate() {
        rows_by_match.entry(r.match_id).or_default().push(i);
    }
    let mut wc_scorer_players: HashSet<i64> = HashSet::new();
    let mut wc_scorer_linked: HashSet<i64> = HashSet::new();
    let wc_tournament: HashMap<&str, &str> = ds
        .wc_matches
        .iter()
        .map(|m| (m.id.as_str(), m.tournament.as_str()))
        .collect();
    for g in ds.wc_goals {
        let Some(&(_, Gender::Men)) = wc_tournament
            .get(g.wc_match.as_str())
            .and_then(|t| tournament_year.get(t))
        else {
            continue;
        };
        wc_scorer_players.insert(g.player);
        let Some(rows) = rows_by_match.get(&g.match_id) else {
            continue;
        };
        let pkey = names::sorted_key(&ds.players[(g.player - 1) as usize].name);
        let elapsed = g.minute.elapsed();
        let candidates: Vec<usize> = rows
            .iter()
            .copied()
            .filter(|&i| {
                let r = &ds.scorers[i];
                r.team == g.team && r.own_goal == g.own_goal && r.scorer.is_some()
            })
            .collect();
        let by_name = candidates.iter().copied().find(|&i| {
            ds.scorers[i]
                .scorer
                .as_deref()
                .is_some_and(|s| names::sorted_key(s) == pkey)
        });
        let by_minute = || {
            let hits: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&i| {
                    ds.scorers[i]
                        .minute
                        .is_some_and(|m| m == g.minute.base || m == elapsed)
                })
                .collect();
            (hits.len() == 1).then(|| hits[0])
        };
        if let Some(i) = by_name.or_else(by_minute) {
            let r = &ds.scorers[i];
            if let Some(name) = &r.scorer {
                // An own goal is credited to the other team but scored by this player.
                let team = if g.own_goal { g.player_team } else { g.team };
                *votes
                    .entry((name.clone(), team))
                    .or_default()
                    .entry(g.player)
                    .or_default() += 1;
                wc_scorer_linked.insert(g.player);
            }
        }
    }
    report.wc_scorers = wc_scorer_players.len() as u32;
    report.wc_scorers_linked = wc_scorer_linked.len() as u32;
    let mut missing: Vec<String> = wc_scorer_players
        .difference(&wc_scorer_linked)
        .map(|&p| ds.players[(p - 1) as usize].name.clone())
        .collect();
    missing.sort();
    report.wc_scorers_unlinked = missing;

    // Distinct (scorer, team) with the dates of their goals. Own goals are scored by a player
    // of the other team.
    let match_dates: Vec<(Date, i64, i64)> = ds
        .matches
        .iter()
        .map(|m| (m.date, m.home, m.away))
        .collect();
    let mut groups: BTreeMap<(String, i64), (Date, Date, Vec<usize>)> = BTreeMap::new();
    for (i, r) in ds.scorers.iter().enumerate() {
        let Some(name) = &r.scorer else { continue };
        let (d, h, a) = match_dates[(r.match_id - 1) as usize];
        let team = if r.own_goal {
            if r.team == h {
                a
            } else {
                h
            }
        } else {
            r.team
        };
        let e = groups
            .entry((name.clone(), team))
            .or_insert((d, d, Vec::new()));
        e.0 = e.0.min(d);
        e.1 = e.1.max(d);
        e.2.push(i);
    }
    report.scorer_names = groups.len() as u32;
    let mut next_player = ds.players.len() as i64 + 1;
    let mut new_players = Vec::new();
    for ((name, team), (first, last, rows)) in groups {
        let (status, player, candidates, method) = if let Some(v) = votes.get(&(name.clone(), team))
        {
            let (&best, _) = v.iter().max_by_key(|(_, c)| **c).unwrap_or((&0, &0));
            report.names_linked_by_goal += 1;
            (LinkStatus::Linked, Some(best), vec![], "goal")
        } else {
            let key = names::sorted_key(&name);
            let cands: Vec<i64> = by_key
                .get(&key)
                .map(|ps| {
                    ps.iter()
                        .copied()
                        .filter(|p| {
                            squad_years.get(p).is_some_and(|ys| {
                                ys.iter().any(|&(t, y)| {
                                    t == team && y >= first.year() - 10 && y <= last.year() + 10
                                })
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            // Namesakes: keep those old enough (15+) at the first goal and young enough (under 43)
            // at the last one.
            let plausible: Vec<i64> = cands
                .iter()
                .copied()
                .filter(|&c| {
                    ds.players[(c - 1) as usize].birth_date.is_none_or(|b| {
                        first.year() - b.year() >= 15 && last.year() - b.year() <= 42
                    })
                })
                .collect();
            if cands.len() > 1 && plausible.len() == 1 {
                (
                    LinkStatus::Linked,
                    Some(plausible[0]),
                    vec![],
                    "name+team+age",
                )
            } else {
                match cands.len() {
                    1 => (LinkStatus::Linked, Some(cands[0]), vec![], "name+team"),
                    0 => (LinkStatus::Unlinked, None, vec![], ""),
                    _ => (LinkStatus::Ambiguous, None, cands, "name+team"),
                }
            }
        };
        let pid = match player {
            Some(p) => p,
            None => {
                let id = next_player;
                next_player += 1;
                let first_row = rows.first().map(|&i| ds.scorers[i].prov);
                new_players.push(Player {
                    id,
                    wc_id: None,
                    name: name.clone(),
                    given_name: None,
                    family_name: None,
                    birth_date: None,
                    birth_prov: None,
                    gender: Gender::Men,
                    team: Some(team),
                    prov: first_row.unwrap_or(Prov { file: 0, line: 0 }),
                });
                id
            }
        };
        match status {
            LinkStatus::Linked => report.names_linked += 1,
            LinkStatus::Ambiguous => {
                report.names_ambiguous += 1;
                report.ambiguous.push(format!(
                    "{name} ({}): {}",
                    teams.name(team),
                    candidates
                        .iter()
                        .map(|&c| {
                            let p = &ds.players[(c - 1) as usize];
                            format!(
                                "{} {}",
                                p.wc_id.as_deref().unwrap_or("?"),
                                p.birth_date.map_or("?".into(), |d| d.to_string())
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            LinkStatus::Unlinked => report.names_unlinked += 1,
        }
        for &i in &rows {
            ds.scorers[i].player = Some(pid);
        }
        ds.player_links.push(PlayerLink {
            scorer: name,
            team,
            status,
            player: player.or(Some(pid)),
            candidates,
            method: method.to_string(),
        });
    }
    ds.players.extend(new_players);
}

/// Warns about problems a careful reader should know of.
pub fn warn_summary(report: &LinkReport, problems: &mut Problems) {
    for u in &report.unlinked {
        problems.warn(format!("World Cup match not in martj42: {u}"));
    }
    for s in &report.score_mismatches {
        problems.warn(format!("score differs between sources: {s}"));
    }
}
