//! The goals of a match, merged across sources: Fjelstul (minutes with stoppage time) for World
//! Cup matches up to 2022 when it accounts for every goal; openfootball (also with stoppage time)
//! for the matches Fjelstul does not cover (Euros, the 2026 World Cup) when it accounts for every
//! goal; martj42 scorer rows otherwise; with the running score and how completely the goals are
//! known. Where the sources disagree, `goalline conflicts` lists both sides.

use crate::{Facts, FactsError};
use goalline_core::{Evidence, Minute, PlayerId, TeamId};
use goalline_store::MatchRow;
use serde::Serialize;

/// One goal.
#[derive(Debug, Clone, Serialize)]
pub struct Goal {
    /// Team credited.
    pub team: TeamId,
    /// Scorer, when linked.
    pub player: Option<PlayerId>,
    /// Scorer as the source writes it.
    pub name: Option<String>,
    /// Minute, when recorded.
    pub minute: Option<Minute>,
    /// True when the source keeps stoppage time apart (Fjelstul, openfootball); martj42 folds
    /// it in, so its `90` cannot tell 90' from 90+4'.
    pub stoppage_known: bool,
    /// Penalty.
    pub penalty: bool,
    /// Own goal.
    pub own_goal: bool,
    /// Running score after this goal (home, away).
    pub score_after: (u32, u32),
    /// Source rows.
    pub evidence: Vec<Evidence>,
}

/// Goals of a match and their coverage.
#[derive(Debug, Clone, Serialize)]
pub struct MatchGoals {
    /// Goals in time order (file order where minutes are unknown).
    pub goals: Vec<Goal>,
    /// True when every goal of both sides is listed.
    pub complete: bool,
    /// Which source the list comes from.
    pub source: &'static str,
}

impl Facts {
    /// The goals of a match.
    pub fn match_goals(&self, m: &MatchRow) -> Result<MatchGoals, FactsError> {
        let store = self.store();
        let total = m.home_score.zip(m.away_score).map(|(h, a)| h + a);
        let wc = store.match_wc_goals(m.id)?;
        let rows = store.match_scorers(m.id)?;
        let (mut goals, source) = if !wc.is_empty() && total.is_some_and(|t| t as usize == wc.len())
        {
            let goals = wc
                .iter()
                .map(|g| {
                    let mut evidence = vec![g.evidence.clone()];
                    // Attach the martj42 row for the same goal when there is one.
                    if let Some(r) = rows.iter().find(|r| {
                        r.team == g.team
                            && r.player == Some(g.player)
                            && r.minute
                                .is_some_and(|x| x == g.minute.base || x == g.minute.elapsed())
                    }) {
                        evidence.push(r.evidence.clone());
                    }
                    Goal {
                        team: g.team,
                        player: Some(g.player),
                        name: Some(g.player_name.clone()),
                        minute: Some(g.minute),
                        stoppage_known: true,
                        penalty: g.penalty,
                        own_goal: g.own_goal,
                        score_after: (0, 0),
                        evidence,
                    }
                })
                .collect::<Vec<_>>();
            (goals, "fjelstul")
        } else if let Some(goals) = self.openfootball_goals(m, total, &rows)? {
            (goals, "openfootball")
        } else {
            let mut goals: Vec<Goal> = rows
                .iter()
                .map(|r| Goal {
                    team: r.team,
                    player: r.player,
                    name: r.scorer.clone(),
                    minute: r.minute.map(Minute::new),
                    stoppage_known: false,
                    penalty: r.penalty,
                    own_goal: r.own_goal,
                    score_after: (0, 0),
                    evidence: vec![r.evidence.clone()],
                })
                .collect();
            goals.sort_by_key(|g| {
                g.minute
                    .map(|m| (m.base, m.stoppage.unwrap_or(0)))
                    .unwrap_or((999, 0))
            });
            (goals, "martj42")
        };
        let (mut h, mut a) = (0, 0);
        for g in goals.iter_mut() {
            if g.team == m.home {
                h += 1;
            } else {
                a += 1;
            }
            g.score_after = (h, a);
        }
        let complete = total.is_some_and(|t| t as usize == goals.len());
        Ok(MatchGoals {
            goals,
            complete,
            source,
        })
    }
}

impl Facts {
    /// openfootball's goals of a match, when they account for every goal of the canonical
    /// score; in time order, each with the martj42 row of the same goal as extra evidence.
    fn openfootball_goals(
        &self,
        m: &MatchRow,
        total: Option<u32>,
        rows: &[goalline_store::ScorerRow],
    ) -> Result<Option<Vec<Goal>>, FactsError> {
        let of = self.store().of_goals(m.id)?;
        if of.is_empty() || total.is_none_or(|t| t as usize != of.len()) {
            return Ok(None);
        }
        let mut goals: Vec<Goal> = of
            .iter()
            .map(|g| {
                let mut evidence = vec![g.evidence.clone()];
                if let Some(r) = rows.iter().find(|r| {
                    r.team == g.team
                        && g.player.is_some()
                        && r.player == g.player
                        && r.minute
                            .is_some_and(|x| x == g.minute.base || x == g.minute.elapsed())
                }) {
                    evidence.push(r.evidence.clone());
                }
                Goal {
                    team: g.team,
                    player: g.player,
                    name: Some(g.player_name.clone().unwrap_or_else(|| g.name.clone())),
                    minute: Some(g.minute),
                    stoppage_known: true,
                    penalty: g.penalty,
                    own_goal: g.own_goal,
                    score_after: (0, 0),
                    evidence,
                }
            })
            .collect();
        goals.sort_by_key(|g| g.minute);
        Ok(Some(goals))
    }
}
