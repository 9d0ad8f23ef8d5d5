//! Shootouts and head-to-head records as of a date.

use crate::answer::Answer;
use crate::{Facts, FactsError};
use goalline_core::{Coverage, Date, Gender, TeamId};
use goalline_store::{MatchRow, ShootoutRow};
use serde::Serialize;

/// A team's shootout history.
#[derive(Debug, Clone, Serialize)]
pub struct ShootoutRecord {
    /// Shootouts won.
    pub won: u32,
    /// Shootouts lost.
    pub lost: u32,
    /// The shootouts, oldest first.
    pub shootouts: Vec<(MatchRow, ShootoutRow)>,
}

/// Head-to-head record of `a` against `b`.
#[derive(Debug, Clone, Serialize)]
pub struct HeadToHead {
    /// Team a.
    pub a: TeamId,
    /// Team b.
    pub b: TeamId,
    /// Wins of a (shootouts count as draws).
    pub a_wins: u32,
    /// Draws.
    pub draws: u32,
    /// Wins of b.
    pub b_wins: u32,
    /// Goals of a.
    pub a_goals: u32,
    /// Goals of b.
    pub b_goals: u32,
    /// Matches with unknown score.
    pub unknown: u32,
    /// The matches, oldest first.
    pub matches: Vec<MatchRow>,
}

/// The scope of a women's head-to-head.
pub const WOMEN_H2H_SCOPE: &str =
    "World Cup meetings only: women's internationals outside the World Cup are in no dataset";

impl Facts {
    /// Shootouts of `team` up to `as_of`.
    pub fn shootout_record(
        &self,
        team: TeamId,
        as_of: Option<Date>,
    ) -> Result<Answer<ShootoutRecord>, FactsError> {
        let shootouts = self.store().team_shootouts(team, as_of)?;
        let won = shootouts.iter().filter(|(_, s)| s.winner == team).count() as u32;
        let lost = shootouts.len() as u32 - won;
        let evidence = shootouts.iter().map(|(_, s)| s.evidence.clone()).collect();
        Ok(Answer::exact(
            ShootoutRecord {
                won,
                lost,
                shootouts,
            },
            evidence,
        )
        .with_note("martj42 shootouts.csv, men's internationals"))
    }

    /// Head-to-head of `a` and `b` up to `as_of` (men's or women's).
    pub fn head_to_head(
        &self,
        a: TeamId,
        b: TeamId,
        as_of: Option<Date>,
        gender: Gender,
    ) -> Result<Answer<HeadToHead>, FactsError> {
        let matches: Vec<MatchRow> = match gender {
            // Men's matches come from the team's cached ledger.
            Gender::Men => self
                .team_ledger(a)?
                .matches_to(as_of)
                .iter()
                .filter(|m| m.home == b || m.away == b)
                .cloned()
                .collect(),
            Gender::Women => self
                .store()
                .team_matches(a, None, as_of)?
                .into_iter()
                .filter(|m| m.gender == gender && (m.home == b || m.away == b))
                .collect(),
        };
        let mut h = HeadToHead {
            a,
            b,
            a_wins: 0,
            draws: 0,
            b_wins: 0,
            a_goals: 0,
            b_goals: 0,
            unknown: 0,
            matches: Vec::new(),
        };
        for m in &matches {
            match (m.goals_for(a), m.goals_for(b)) {
                (Some(x), Some(y)) => {
                    h.a_goals += x;
                    h.b_goals += y;
                    match x.cmp(&y) {
                        std::cmp::Ordering::Greater => h.a_wins += 1,
                        std::cmp::Ordering::Less => h.b_wins += 1,
                        std::cmp::Ordering::Equal => h.draws += 1,
                    }
                }
                _ => h.unknown += 1,
            }
        }
        let evidence = matches.iter().map(|m| m.evidence.clone()).collect();
        h.matches = matches;
        Ok(match gender {
            Gender::Men => Answer::exact(h, evidence),
            // Women's internationals outside the World Cup are in no dataset.
            Gender::Women => Answer {
                value: h,
                evidence,
                coverage: Coverage::LowerBound,
                note: Some(WOMEN_H2H_SCOPE.into()),
            },
        })
    }
}
