//! Honours and runs: the final of an edition (told apart from a same-day third-place match),
//! champions of round-robin editions from their table, every edition's champion of a
//! competition (cached), a team's group and knockout matches in an edition, and an edition's
//! goals as of a day with their coverage.
//!
//! - **Finals.** World Cups up to 2022: Fjelstul's stage. Other editions that ended with a final
//!   (`reference/competitions.csv`): the last match, or, when the third-place match shares the
//!   last day, the one match of that day whose two teams both won their previous match.
//! - **Round robins.** An edition without a final is decided by its table only when it is one
//!   complete single round robin (every pair met once, every score known) with one leader on
//!   points whether a win earns two or three points; otherwise its champion is unknown.
//! - **Phases.** World Cups: Fjelstul's stages. Other editions: openfootball's stage where it
//!   names one for every match of the team; else the group is the opponents the team met first
//!   that all met each other (a complete round robin of three or more teams), and the team's
//!   later matches are knockout ties. Editions without a group (four-team finals) are all
//!   knockout.
//! - **Goals.** Each match's goals as [`Facts::match_goals`] merges them (Fjelstul,
//!   openfootball, martj42); a goal is attributed only when its match lists every goal.

use crate::answer::Answer;
use crate::goals::MatchGoals;
use crate::tournaments::Edition;
use crate::{Facts, FactsError};
use goalline_core::{names, Coverage, Date, Evidence, PlayerId, Stage, TeamId};
use goalline_store::MatchRow;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Every edition of a competition with its champion where the data can tell.
pub type Champions = Vec<(Edition, Option<Answer<TeamId>>)>;

/// A scorer row of a table: player (when linked), name, team, goals.
pub type ScorerRowOf = (Option<PlayerId>, String, TeamId, u32);

/// A final a team played: the edition, the match, whether it won.
pub type FinalPlayed = (Edition, MatchRow, bool);

/// A team's matches in one edition, by phase.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Phases {
    /// The first group stage, in date order.
    pub group: Vec<MatchRow>,
    /// Later group stages (World Cups 1950, 1974-1982), in date order.
    pub later_groups: Vec<MatchRow>,
    /// Knockout matches with their stage where known, in date order.
    pub knockout: Vec<(MatchRow, Option<Stage>)>,
    /// How the phases were told apart.
    pub how: &'static str,
}

/// An edition's goals, match by match.
#[derive(Debug, Clone)]
pub struct EditionGoals {
    /// The edition.
    pub edition: Edition,
    /// Each match with its goals, in date order.
    pub matches: Vec<(MatchRow, MatchGoals)>,
}

/// A scorer's tally in an edition as of a day.
#[derive(Debug, Clone, Serialize)]
pub struct EditionTally {
    /// Goals attributed to the player (own goals excluded).
    pub known: u32,
    /// Goals of the player's team(s) in matches whose goals are not all listed, or listed
    /// without a linked scorer who could be the player.
    pub unknown: u32,
    /// The matches the player scored in (date, opponent name, goals).
    pub scored_in: Vec<(Date, String, u32)>,
}

/// An edition's scorer table as of a day.
#[derive(Debug, Clone, Serialize)]
pub struct ScorerTable {
    /// (player, name, team, goals), most goals first.
    pub rows: Vec<ScorerRowOf>,
    /// Goals without an attributed scorer (matches not fully listed).
    pub unknown: u32,
    /// Goals in the span.
    pub total: u32,
    /// Matches in the span.
    pub matches: u32,
}

impl ScorerTable {
    /// The most goals anyone has.
    pub fn top(&self) -> u32 {
        self.rows.first().map(|r| r.3).unwrap_or(0)
    }

    /// Goals of a player.
    pub fn goals_of(&self, p: PlayerId) -> u32 {
        self.rows
            .iter()
            .filter(|r| r.0 == Some(p))
            .map(|r| r.3)
            .sum()
    }
}

impl EditionGoals {
    /// The tally of a player up to a day (`inclusive`: that day's matches count).
    pub fn tally(
        &self,
        player: PlayerId,
        name: &str,
        teams: &[TeamId],
        until: Option<Date>,
        inclusive: bool,
    ) -> EditionTally {
        let surname = names::fold(name)
            .split(' ')
            .next_back()
            .unwrap_or("")
            .to_string();
        let mut out = EditionTally {
            known: 0,
            unknown: 0,
            scored_in: Vec::new(),
        };
        for (m, g) in self.in_span(until, inclusive) {
            let mut here = 0;
            let mut listed_for: BTreeMap<TeamId, u32> = BTreeMap::new();
            for goal in &g.goals {
                *listed_for.entry(goal.team).or_default() += 1;
                if goal.own_goal {
                    continue;
                }
                if goal.player == Some(player) {
                    here += 1;
                } else if goal.player.is_none() && teams.contains(&goal.team) {
                    // An unlinked scorer: the player unless the name says otherwise.
                    let other = goal.name.as_deref().is_some_and(|n| {
                        !surname.is_empty() && !names::fold(n).split(' ').any(|w| w == surname)
                    });
                    if !other {
                        out.unknown += 1;
                    }
                }
            }
            for t in teams {
                if let Some(gf) = m.goals_for(*t) {
                    out.unknown += gf.saturating_sub(listed_for.get(t).copied().unwrap_or(0));
                } else if m.home == *t || m.away == *t {
                    out.unknown += 99;
                }
            }
            if here > 0 {
                out.known += here;
                let opp = if teams.contains(&m.home) {
                    m.away_name.clone()
                } else {
                    m.home_name.clone()
                };
                out.scored_in.push((m.date, opp, here));
            }
        }
        out
    }

    /// The scorer table up to a day.
    pub fn table(&self, until: Option<Date>, inclusive: bool) -> ScorerTable {
        let mut by: BTreeMap<(String, i64), ScorerRowOf> = BTreeMap::new();
        let (mut unknown, mut total, mut matches) = (0, 0, 0);
        for (m, g) in self.in_span(until, inclusive) {
            matches += 1;
            let t = m.home_score.zip(m.away_score).map(|(h, a)| h + a);
            total += t.unwrap_or(0);
            if t.is_none() {
                unknown += 99;
            }
            unknown += t.unwrap_or(0).saturating_sub(g.goals.len() as u32);
            for goal in g.goals.iter().filter(|x| !x.own_goal) {
                let key = match goal.player {
                    Some(p) => (String::new(), p.0),
                    None => (
                        names::fold(goal.name.as_deref().unwrap_or("?")),
                        -goal.team.0,
                    ),
                };
                let e = by.entry(key).or_insert((
                    goal.player,
                    goal.name.clone().unwrap_or_default(),
                    goal.team,
                    0,
                ));
                e.3 += 1;
            }
        }
        let mut rows: Vec<_> = by.into_values().collect();
        rows.sort_by(|a, b| b.3.cmp(&a.3).then(a.1.cmp(&b.1)));
        ScorerTable {
            rows,
            unknown,
            total,
            matches,
        }
    }

    fn in_span(
        &self,
        until: Option<Date>,
        inclusive: bool,
    ) -> impl Iterator<Item = &(MatchRow, MatchGoals)> {
        self.matches.iter().filter(move |(m, _)| match until {
            None => true,
            Some(d) if inclusive => m.date <= d,
            Some(d) => m.date < d,
        })
    }
}

impl Facts {
    /// The final of an edition, where the data can tell (see the module docs).
    pub fn edition_final(&self, e: &Edition) -> Result<Option<MatchRow>, FactsError> {
        if e.wc.is_some() {
            let w = self
                .edition_wc_matches(e)?
                .into_iter()
                .find(|w| w.stage == Stage::Final);
            return match w {
                Some(w) => Ok(self.store().match_by_id(w.match_id)?),
                None => Ok(None),
            };
        }
        if !self.has_final(e) {
            return Ok(None);
        }
        let matches = self.edition_matches(e)?;
        let Some(last) = matches.last() else {
            return Ok(None);
        };
        let day: Vec<&MatchRow> = matches.iter().filter(|m| m.date == last.date).collect();
        if day.len() == 1 {
            return Ok(Some(last.clone()));
        }
        let mut finals = Vec::new();
        for m in day {
            let mut both = true;
            for t in [m.home, m.away] {
                let prev = matches
                    .iter()
                    .rev()
                    .find(|x| x.date < m.date && (x.home == t || x.away == t));
                let won = match prev {
                    Some(p) => self.match_winner(p)? == Some(t),
                    None => false,
                };
                both &= won;
            }
            if both {
                finals.push(m.clone());
            }
        }
        if finals.len() == 1 {
            return Ok(Some(finals.remove(0)));
        }
        // Else the match between the teams with the most points before that day, when one
        // stands out (group winners meet in the final, runners-up for third place).
        let day: Vec<&MatchRow> = matches.iter().filter(|m| m.date == last.date).collect();
        let mut pts: BTreeMap<TeamId, u32> = BTreeMap::new();
        for m in matches.iter().filter(|m| m.date < last.date) {
            let (Some(h), Some(a)) = (m.home_score, m.away_score) else {
                return Ok(None);
            };
            let (ph, pa) = match h.cmp(&a) {
                std::cmp::Ordering::Greater => (2, 0),
                std::cmp::Ordering::Less => (0, 2),
                std::cmp::Ordering::Equal => (1, 1),
            };
            *pts.entry(m.home).or_default() += ph;
            *pts.entry(m.away).or_default() += pa;
        }
        let sum = |m: &MatchRow| {
            pts.get(&m.home).copied().unwrap_or(0) + pts.get(&m.away).copied().unwrap_or(0)
        };
        let best = day.iter().map(|m| sum(m)).max().unwrap_or(0);
        let top: Vec<&&MatchRow> = day.iter().filter(|m| sum(m) == best).collect();
        Ok((top.len() == 1).then(|| (*top[0]).clone()))
    }

    /// The champion of an edition without a final that was one complete single round robin
    /// with one leader on points under both the two- and three-point rules.
    pub fn round_robin_champion(&self, e: &Edition) -> Result<Option<Answer<TeamId>>, FactsError> {
        let matches = self.edition_matches(e)?;
        // The whole edition, else its final round: the longest run of last matches that is
        // one complete round robin.
        for k in (3..=matches.len()).rev() {
            let tail = &matches[matches.len() - k..];
            if let Some(a) = round_robin_leader(tail) {
                return Ok(Some(
                    Answer::exact(a, tail.iter().map(|m| m.evidence.clone()).collect())
                        .with_note(format!("top of the round robin of {}", e.label)),
                ));
            }
        }
        Ok(None)
    }

    /// Every edition of a competition with its champion where known (cached per competition).
    pub fn champions(&self, competition: &str) -> Result<Arc<Champions>, FactsError> {
        if let Some(c) = self.cache.champions_of(competition) {
            return Ok(c);
        }
        let mut out = Vec::new();
        for e in self.editions(competition)? {
            let c = self.champion(&e)?;
            out.push((e, c));
        }
        Ok(self.cache.keep_champions(competition, Arc::new(out)))
    }

    /// The runner-up of an edition that ended with a final.
    pub fn runner_up(&self, e: &Edition) -> Result<Option<Answer<TeamId>>, FactsError> {
        let Some(f) = self.edition_final(e)? else {
            return Ok(None);
        };
        Ok(self.match_winner(&f)?.map(|w| {
            Answer::exact(f.opponent(w), vec![f.evidence.clone()])
                .with_note(format!("loser of the final of {}", e.label))
        }))
    }

    /// A team's matches in an edition, by phase (see the module docs).
    pub fn team_phases(&self, team: TeamId, e: &Edition) -> Result<Answer<Phases>, FactsError> {
        let all = self.edition_matches(e)?;
        let mine: Vec<MatchRow> = all
            .iter()
            .filter(|m| m.home == team || m.away == team)
            .cloned()
            .collect();
        let evidence: Vec<Evidence> = mine.iter().map(|m| m.evidence.clone()).collect();
        let mut ph = Phases::default();
        if e.wc.is_some() {
            let wcm = self.edition_wc_matches(e)?;
            for m in &mine {
                let Some(w) = wcm.iter().find(|w| w.match_id == m.id) else {
                    continue;
                };
                match w.stage {
                    Stage::GroupStage => ph.group.push(m.clone()),
                    Stage::SecondGroupStage | Stage::FinalRound => ph.later_groups.push(m.clone()),
                    s => ph.knockout.push((m.clone(), Some(s))),
                }
            }
            ph.how = "Fjelstul stages";
            return Ok(Answer::exact(ph, evidence));
        }
        // openfootball's stages, when every match of the team has one.
        let mut stages = Vec::new();
        for m in &mine {
            stages.push(self.store().of_match(m.id)?.and_then(|o| o.stage));
        }
        if !mine.is_empty() && stages.iter().all(Option::is_some) {
            for (m, s) in mine.iter().zip(stages) {
                match s {
                    Some(Stage::GroupStage) => ph.group.push(m.clone()),
                    Some(Stage::SecondGroupStage | Stage::FinalRound) => {
                        ph.later_groups.push(m.clone())
                    }
                    s => ph.knockout.push((m.clone(), s)),
                }
            }
            ph.how = "openfootball stages";
            return Ok(Answer::exact(ph, evidence));
        }
        // The group: the first opponents that all met each other.
        let met = |a: TeamId, b: TeamId| {
            all.iter()
                .any(|m| (m.home == a && m.away == b) || (m.home == b && m.away == a))
        };
        let mut group: Vec<TeamId> = vec![team];
        let mut k = 0;
        for m in &mine {
            let o = m.opponent(team);
            if group.contains(&o) {
                break;
            }
            if group.iter().all(|g| met(*g, o)) {
                group.push(o);
                k += 1;
            } else {
                break;
            }
        }
        if group.len() < 3 {
            k = 0;
        }
        // Every member must have played every other: a complete round robin.
        let complete = group
            .iter()
            .all(|a| group.iter().all(|b| a == b || met(*a, *b)));
        if !complete {
            return Ok(Answer {
                value: ph,
                evidence,
                coverage: Coverage::None,
                note: Some("the group could not be rebuilt from the results".into()),
            });
        }
        let bracket = self.edition_bracket(e)?;
        for (i, m) in mine.iter().enumerate() {
            if i < k {
                ph.group.push(m.clone());
            } else {
                let s = bracket
                    .value
                    .iter()
                    .find(|r| r.matches.iter().any(|x| x.id == m.id))
                    .map(|r| r.stage);
                ph.knockout.push((m.clone(), s));
            }
        }
        ph.how = if k > 0 {
            "group rebuilt from the results (opponents met first who all met each other)"
        } else {
            "no group stage: every match a knockout tie"
        };
        Ok(Answer::exact(ph, evidence).with_note(ph_note(e)))
    }

    /// An edition's goals, match by match.
    pub fn edition_goals(&self, e: &Edition) -> Result<EditionGoals, FactsError> {
        let mut matches = Vec::new();
        for m in self.edition_matches(e)? {
            let g = self.match_goals(&m)?;
            matches.push((m, g));
        }
        Ok(EditionGoals {
            edition: e.clone(),
            matches,
        })
    }

    /// The editions of a competition a team played the final of, before a day (exclusive),
    /// with whether it won; exact only when every earlier edition's final is known.
    pub fn finals_played(
        &self,
        team: TeamId,
        competition: &str,
        before: Date,
    ) -> Result<Answer<Vec<FinalPlayed>>, FactsError> {
        let mut out = Vec::new();
        let mut unknown = 0;
        let mut evidence = Vec::new();
        for e in self
            .editions(competition)?
            .into_iter()
            .filter(|e| e.from < before)
        {
            match self.edition_final(&e)? {
                Some(f) if f.date < before => {
                    if f.home == team || f.away == team {
                        let won = self.match_winner(&f)? == Some(team);
                        evidence.push(f.evidence.clone());
                        out.push((e, f, won));
                    }
                }
                Some(_) => {}
                None => {
                    // An edition without a final the team did not play cannot hide one.
                    let played = self
                        .edition_matches(&e)?
                        .iter()
                        .any(|m| m.home == team || m.away == team);
                    if played && self.has_final(&e) {
                        unknown += 1;
                    }
                }
            }
        }
        Ok(Answer {
            value: out,
            evidence,
            coverage: if unknown == 0 {
                Coverage::Exact
            } else {
                Coverage::Bounded { unknown }
            },
            note: (unknown > 0).then(|| format!("{unknown} finals could not be identified")),
        })
    }
}

/// The leader of a complete single round robin (every pair met once, every score known) with
/// one leader on points under both the two- and three-point rules.
fn round_robin_leader(matches: &[MatchRow]) -> Option<TeamId> {
    let mut teams: BTreeSet<TeamId> = BTreeSet::new();
    let mut pairs: BTreeSet<(TeamId, TeamId)> = BTreeSet::new();
    for m in matches {
        teams.insert(m.home);
        teams.insert(m.away);
        let p = (m.home.min(m.away), m.home.max(m.away));
        if !pairs.insert(p) || m.home_score.is_none() || m.away_score.is_none() {
            return None;
        }
    }
    let n = teams.len();
    if n < 3 || pairs.len() != n * (n - 1) / 2 {
        return None;
    }
    let leader = |win: u32| -> Option<TeamId> {
        let mut pts: BTreeMap<TeamId, u32> = BTreeMap::new();
        for m in matches {
            let (h, a) = (m.home_score.unwrap_or(0), m.away_score.unwrap_or(0));
            let (ph, pa) = match h.cmp(&a) {
                std::cmp::Ordering::Greater => (win, 0),
                std::cmp::Ordering::Less => (0, win),
                std::cmp::Ordering::Equal => (1, 1),
            };
            *pts.entry(m.home).or_default() += ph;
            *pts.entry(m.away).or_default() += pa;
        }
        let best = pts.values().copied().max()?;
        let top: Vec<TeamId> = pts
            .iter()
            .filter(|(_, p)| **p == best)
            .map(|(t, _)| *t)
            .collect();
        (top.len() == 1).then(|| top[0])
    };
    match (leader(2), leader(3)) {
        (Some(a), Some(b)) if a == b => Some(a),
        _ => None,
    }
}

fn ph_note(e: &Edition) -> String {
    format!(
        "{}: martj42 has no stage field; phases rebuilt from the results",
        e.label
    )
}
