//! Runs of results: a team's matches walked back from a day while a condition holds ("unbeaten
//! in 36", "three straight defeats", "no goal conceded in six"), the match that broke the run,
//! and how completely the data know it.
//!
//! Men's runs come from martj42's results.csv, which holds every full international: a run is
//! exact. Women's matches are only in the data at World Cups, so a women's run is exact only
//! when it is broken inside the same World Cup; one that reaches back to the team's first match
//! of the tournament may go on before it (a lower bound). A match with an unknown score ends
//! the walk with an unknown outcome.

use crate::answer::Answer;
use crate::{Facts, FactsError};
use goalline_core::{Coverage, Date, Gender, TeamId};
use goalline_store::MatchRow;
use serde::Serialize;

/// A team's result in one match, from its side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SideResult {
    /// Goals scored (after extra time, shoot-outs excluded).
    pub scored: u32,
    /// Goals conceded.
    pub conceded: u32,
}

impl SideResult {
    /// The result of `team` in `m`, when the score is known.
    pub fn of(m: &MatchRow, team: TeamId) -> Option<SideResult> {
        let scored = m.goals_for(team)?;
        let conceded = m.goals_for(m.opponent(team))?;
        Some(SideResult { scored, conceded })
    }

    /// A win (a match drawn and decided on penalties is a draw).
    pub fn won(self) -> bool {
        self.scored > self.conceded
    }

    /// A draw.
    pub fn drew(self) -> bool {
        self.scored == self.conceded
    }

    /// A defeat.
    pub fn lost(self) -> bool {
        self.scored < self.conceded
    }
}

/// A run walked back from a day.
#[derive(Debug, Clone, Serialize)]
pub struct RunBack {
    /// The matches of the run, newest first.
    pub run: Vec<MatchRow>,
    /// The match that broke it (the newest one before the run that fails the condition), when
    /// the data hold one.
    pub broken_by: Option<MatchRow>,
    /// The walk stopped on a match with an unknown score.
    pub unknown_score: bool,
}

impl RunBack {
    /// The run's length.
    pub fn len(&self) -> u32 {
        self.run.len() as u32
    }

    /// True when the run is empty.
    pub fn is_empty(&self) -> bool {
        self.run.is_empty()
    }

    /// The run's first (oldest) match.
    pub fn first(&self) -> Option<&MatchRow> {
        self.run.last()
    }
}

impl Facts {
    /// A team's matches of one gender up to `to` (inclusive when `inclusive`, else strictly
    /// before that day), newest first. Men's: every full international (exact). Women's: only
    /// World Cup matches are in the data, so the answer's coverage is a lower bound and its
    /// note says so.
    pub fn team_form(
        &self,
        team: TeamId,
        gender: Gender,
        to: Date,
        inclusive: bool,
    ) -> Result<Answer<Vec<MatchRow>>, FactsError> {
        let last = if inclusive {
            to
        } else {
            to.pred_opt().unwrap_or(to)
        };
        let mut rows: Vec<MatchRow> = match gender {
            Gender::Men => self.team_ledger(team)?.matches_to(Some(last)).to_vec(),
            Gender::Women => {
                let all = self.cache.women_matches(self.store(), team)?;
                all[..all.partition_point(|m| m.date <= last)].to_vec()
            }
        };
        rows.reverse();
        let evidence = rows.iter().take(10).map(|m| m.evidence.clone()).collect();
        Ok(match gender {
            Gender::Men => Answer::exact(rows, evidence)
                .with_note("martj42 results.csv: every men's full international"),
            Gender::Women => Answer {
                value: rows,
                evidence,
                coverage: Coverage::LowerBound,
                note: Some(
                    "women's matches are in the data only at World Cups (Fjelstul, 1991-2019)"
                        .into(),
                ),
            },
        })
    }

    /// Walks a team's matches back from `to` (see [`Facts::team_form`] for `inclusive`) while
    /// `keep` holds for the team's result, optionally only over matches `only` accepts (a
    /// competition, home matches…). The answer is exact when the run is known to be broken
    /// (or reaches the team's first match in the data, men's only); a women's run that reaches
    /// back to the team's first match of its World Cup is a lower bound.
    pub fn run_back(
        &self,
        team: TeamId,
        gender: Gender,
        to: Date,
        inclusive: bool,
        keep: &dyn Fn(SideResult) -> bool,
        only: &dyn Fn(&MatchRow) -> bool,
    ) -> Result<Answer<RunBack>, FactsError> {
        let form = self.team_form(team, gender, to, inclusive)?;
        let mut run = Vec::new();
        let mut broken_by = None;
        let mut unknown_score = false;
        let mut prev_day: Option<Date> = Some(to);
        let mut women_gap = false;
        for m in form.value.into_iter().filter(|m| only(m)) {
            // Women's World Cups are years apart and the matches between are not in the data.
            if gender == Gender::Women {
                if let Some(p) = prev_day {
                    if (p - m.date).num_days() > 60 {
                        women_gap = true;
                        break;
                    }
                }
                prev_day = Some(m.date);
            }
            match SideResult::of(&m, team) {
                None => {
                    unknown_score = true;
                    break;
                }
                Some(r) if keep(r) => run.push(m),
                Some(_) => {
                    broken_by = Some(m);
                    break;
                }
            }
        }
        let exact = !unknown_score
            && (broken_by.is_some() || gender == Gender::Men)
            && !(women_gap && broken_by.is_none());
        let mut evidence: Vec<_> = run.iter().map(|m| m.evidence.clone()).collect();
        if let Some(b) = &broken_by {
            evidence.push(b.evidence.clone());
        }
        let note = if unknown_score {
            Some("a match of the run has no recorded score".to_string())
        } else if !exact {
            Some(
                "women's matches are in the data only at World Cups: the run may go on before the tournament"
                    .to_string(),
            )
        } else {
            None
        };
        Ok(Answer {
            value: RunBack {
                run,
                broken_by,
                unknown_score,
            },
            evidence,
            coverage: if exact {
                Coverage::Exact
            } else {
                Coverage::LowerBound
            },
            note,
        })
    }
}
