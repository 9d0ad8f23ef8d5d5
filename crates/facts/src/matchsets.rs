//! Sets of matches a record is measured over: every match of a competition (one gender) up
//! to a day, optionally only its finals or only one team's matches, each with its score, its
//! stage where known, extra time and shoot-out, and its goals when every goal has a scorer.
//!
//! World Cups take stages, extra time and shoot-outs from Fjelstul (and openfootball for
//! editions Fjelstul lacks); other competitions know their final as the last match of each
//! edition that ended with one (when the third-place match shares the last day, the final is
//! the match whose two teams both won their previous match of the edition), their shoot-outs
//! from shootouts.csv, and extra time only where openfootball says (Euros). A goal list is
//! given only when it is complete, so a record about goals is only decided over matches whose
//! every goal is known; callers say "unknown" otherwise.

use crate::answer::Answer;
use crate::{Facts, FactsError};
use goalline_core::{Coverage, Date, Evidence, Gender, MatchId, PlayerId, Stage, TeamId};
use goalline_store::MatchRow;
use serde::Serialize;
use std::collections::HashMap;

/// Which matches.
#[derive(Debug, Clone)]
pub struct MatchSet {
    /// martj42's competition name (`FIFA World Cup`, `UEFA Euro`…) or `FIFA Women's World Cup`.
    pub competition: String,
    /// Men's or women's.
    pub gender: Gender,
    /// Only the finals of the competition's editions.
    pub finals_only: bool,
    /// Only this team's matches.
    pub team: Option<TeamId>,
    /// Up to this day (inclusive).
    pub to: Date,
}

/// A goal of a record match.
#[derive(Debug, Clone, Serialize)]
pub struct SetGoal {
    /// Team credited.
    pub team: TeamId,
    /// Scorer, when linked.
    pub player: Option<PlayerId>,
    /// Scorer's name as written.
    pub name: String,
    /// Minute (base), when recorded.
    pub minute: Option<u16>,
    /// Own goal.
    pub own_goal: bool,
}

/// A match of a set.
#[derive(Debug, Clone, Serialize)]
pub struct SetMatch {
    /// The match.
    pub row: MatchRow,
    /// The final of its edition.
    pub is_final: bool,
    /// Its stage, where known.
    pub stage: Option<Stage>,
    /// Extra time played, where known.
    pub extra_time: Option<bool>,
    /// Decided by a shoot-out, and who won it.
    pub shootout_winner: Option<TeamId>,
    /// Every goal, when every goal has a scorer (own goals included).
    pub goals: Option<Vec<SetGoal>>,
}

impl SetMatch {
    /// Goals of both sides (after extra time).
    pub fn total(&self) -> Option<u32> {
        Some(self.row.home_score? + self.row.away_score?)
    }

    /// The winning margin.
    pub fn margin(&self) -> Option<u32> {
        Some(self.row.home_score?.abs_diff(self.row.away_score?))
    }

    /// The winner on the score (a shoot-out does not count).
    pub fn winner(&self) -> Option<TeamId> {
        let (h, a) = (self.row.home_score?, self.row.away_score?);
        match h.cmp(&a) {
            std::cmp::Ordering::Greater => Some(self.row.home),
            std::cmp::Ordering::Less => Some(self.row.away),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// Most goals one player scored in it (own goals excluded), with the player's name.
    pub fn best_scorer(&self) -> Option<(u32, String, Option<PlayerId>)> {
        let goals = self.goals.as_ref()?;
        if goals.iter().all(|g| g.own_goal) {
            return Some((0, String::new(), None));
        }
        let mut by: HashMap<String, (u32, Option<PlayerId>)> = HashMap::new();
        for g in goals.iter().filter(|g| !g.own_goal) {
            let key = g.player.map(|p| p.0.to_string()).unwrap_or(g.name.clone());
            let e = by.entry(key).or_insert((0, g.player));
            e.0 += 1;
        }
        let names: HashMap<String, String> = goals
            .iter()
            .map(|g| {
                (
                    g.player.map(|p| p.0.to_string()).unwrap_or(g.name.clone()),
                    g.name.clone(),
                )
            })
            .collect();
        by.into_iter()
            .max_by_key(|(_, (n, _))| *n)
            .map(|(k, (n, p))| (n, names.get(&k).cloned().unwrap_or(k), p))
    }

    /// Distinct scorers of a team (own goals excluded).
    pub fn scorers_of(&self, team: TeamId) -> Option<u32> {
        let goals = self.goals.as_ref()?;
        let mut seen: Vec<String> = Vec::new();
        for g in goals.iter().filter(|g| g.team == team && !g.own_goal) {
            let key = g.player.map(|p| p.0.to_string()).unwrap_or(g.name.clone());
            if !seen.contains(&key) {
                seen.push(key);
            }
        }
        Some(seen.len() as u32)
    }

    /// The source row.
    pub fn evidence(&self) -> Evidence {
        self.row.evidence.clone()
    }
}

impl Facts {
    /// The matches of a set, oldest first. The answer is exact when every score is known;
    /// goal lists are given per match only when complete.
    pub fn match_set(&self, set: &MatchSet) -> Result<Answer<Vec<SetMatch>>, FactsError> {
        let lo = Date::from_ymd_opt(1850, 1, 1).unwrap_or_default();
        let mut rows: Vec<MatchRow> = self
            .store()
            .competition_matches(&set.competition, lo, set.to)?
            .into_iter()
            .filter(|m| m.gender == set.gender)
            .collect();
        if let Some(t) = set.team {
            rows.retain(|m| m.home == t || m.away == t);
        }
        let ix = self.wc_index()?;
        let mut wc_goals: HashMap<MatchId, Vec<SetGoal>> = HashMap::new();
        let world_cup = set.competition.contains("World Cup");
        if world_cup {
            for g in &ix.goals {
                wc_goals.entry(g.match_id).or_default().push(SetGoal {
                    team: g.team,
                    player: Some(g.player),
                    name: g.player_name.clone(),
                    minute: Some(g.minute.base),
                    own_goal: g.own_goal,
                });
            }
        }
        // Finals outside World Cups: the last match of each edition that ended with one.
        let mut finals: Vec<MatchId> = Vec::new();
        if !world_cup || set.finals_only {
            for e in self
                .editions(&set.competition)?
                .into_iter()
                .filter(|e| e.wc.is_none())
            {
                if !self.has_final(&e) {
                    continue;
                }
                if let Some(f) = self.edition_final(&e)? {
                    finals.push(f.id);
                }
            }
        }
        let mut out = Vec::new();
        let mut unknown_scores = 0;
        for m in rows {
            if m.home_score.is_none() || m.away_score.is_none() {
                unknown_scores += 1;
            }
            let wc = ix.match_info(m.id);
            let of = if wc.is_none() {
                self.store().of_match(m.id)?
            } else {
                None
            };
            let stage = wc
                .map(|w| w.stage)
                .or_else(|| of.as_ref().and_then(|o| o.stage));
            let is_final = match stage {
                Some(s) => s == Stage::Final,
                None => finals.contains(&m.id),
            };
            if set.finals_only && !is_final {
                continue;
            }
            let extra_time = wc
                .map(|w| w.extra_time)
                .or_else(|| of.as_ref().map(|o| o.extra_time));
            let shootout_winner = match wc {
                Some(w) if w.penalty_shootout => w.winner(),
                Some(_) => None,
                None => self.store().shootout(m.id)?.map(|s| s.winner),
            };
            let total = m.home_score.zip(m.away_score).map(|(h, a)| h + a);
            let goals = match wc_goals.get(&m.id) {
                Some(g) if total.is_some_and(|t| t as usize == g.len()) => Some(g.clone()),
                _ if total == Some(0) => Some(Vec::new()),
                _ => {
                    let mg = self.match_goals(&m)?;
                    mg.complete.then(|| {
                        mg.goals
                            .iter()
                            .map(|g| SetGoal {
                                team: g.team,
                                player: g.player,
                                name: g.name.clone().unwrap_or_default(),
                                minute: g.minute.map(|x| x.base),
                                own_goal: g.own_goal,
                            })
                            .collect()
                    })
                }
            };
            out.push(SetMatch {
                row: m,
                is_final,
                stage,
                extra_time,
                shootout_winner,
                goals,
            });
        }
        let evidence = out.iter().rev().take(10).map(|m| m.evidence()).collect();
        Ok(Answer {
            value: out,
            evidence,
            coverage: if unknown_scores == 0 {
                Coverage::Exact
            } else {
                Coverage::Bounded {
                    unknown: unknown_scores,
                }
            },
            note: Some(format!(
                "{}{}{} up to {}",
                if set.finals_only {
                    "finals of the "
                } else {
                    "matches of the "
                },
                set.competition,
                set.team
                    .map(|t| format!(" with {}", self.team_name(t)))
                    .unwrap_or_default(),
                set.to
            )),
        })
    }
}
