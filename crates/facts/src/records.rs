//! Records: a team's all-time scorers as of a date (with ties and honest bounds), World Cup
//! all-time scorers (exact: Fjelstul records every World Cup goal), and whether a goal tied or
//! broke a record — stated only when the tallies involved are exact.

use crate::answer::Answer;
use crate::{Facts, FactsError};
use goalline_core::{Coverage, Date, Datelike, Gender, PlayerId, Tally, TeamId};
use serde::Serialize;
use std::collections::HashMap;

/// One line of a scorer table.
#[derive(Debug, Clone, Serialize)]
pub struct TableEntry {
    /// Rank (equal tallies share a rank).
    pub rank: u32,
    /// Player.
    pub player: PlayerId,
    /// Name.
    pub name: String,
    /// Goals as an interval.
    pub goals: Tally,
}

impl Facts {
    /// A team's top scorers up to `as_of`, ranked by known goals. Without full coverage the
    /// known goals are lower bounds: the table says who has the most *known* goals.
    pub fn team_top_scorers(
        &self,
        team: TeamId,
        as_of: Option<Date>,
        limit: usize,
    ) -> Result<Answer<Vec<TableEntry>>, FactsError> {
        let ledger = self.team_ledger(team)?;
        let rows = ledger.rows_to(as_of);
        let mut counts: HashMap<PlayerId, (String, u32)> = HashMap::new();
        for r in rows.iter().filter(|r| !r.own_goal) {
            if let Some(p) = r.player {
                let e = counts
                    .entry(p)
                    .or_insert((r.scorer.clone().unwrap_or_default(), 0));
                e.1 += 1;
            }
        }
        let matches = ledger.matches_to(as_of);
        let unknown: u32 = matches
            .iter()
            .filter(|m| m.gender == Gender::Men)
            .filter_map(|m| {
                m.goals_for(team)
                    .map(|g| g.saturating_sub(m.known_for(team)))
            })
            .sum();
        let mut v: Vec<(PlayerId, String, u32)> =
            counts.into_iter().map(|(p, (n, c))| (p, n, c)).collect();
        v.sort_by(|a, b| b.2.cmp(&a.2).then(a.1.cmp(&b.1)));
        let mut out = Vec::new();
        let mut rank = 0;
        let mut last = u32::MAX;
        for (i, (p, name, c)) in v.into_iter().enumerate() {
            if c != last {
                rank = i as u32 + 1;
                last = c;
            }
            if out.len() >= limit && rank as usize > limit {
                break;
            }
            // Up to `unknown` more, but only from goals in the player's span (from age 14).
            let span_from = self
                .store()
                .player(p)?
                .and_then(|row| row.birth_date)
                .and_then(|b| b.with_year(b.year() + 14));
            let in_span: u32 = match span_from {
                Some(f) => matches
                    .iter()
                    .filter(|m| m.gender == Gender::Men && m.date >= f)
                    .filter_map(|m| {
                        m.goals_for(team)
                            .map(|g| g.saturating_sub(m.known_for(team)))
                    })
                    .sum(),
                None => unknown,
            };
            out.push(TableEntry {
                rank,
                player: p,
                name,
                goals: Tally::between(c, c + in_span),
            });
        }
        Ok(Answer {
            value: out,
            evidence: Vec::new(),
            coverage: if unknown == 0 { Coverage::Exact } else { Coverage::Bounded { unknown } },
            note: (unknown > 0).then(|| {
                format!("{unknown} {} goals up to this date have no scorer row: tallies are lower bounds and the order may differ", self.team_name(team))
            }),
        })
    }

    /// All-time World Cup scorers (one gender) up to `as_of`: exact.
    pub fn world_cup_top_scorers(
        &self,
        gender: Gender,
        as_of: Option<Date>,
        limit: usize,
    ) -> Result<Answer<Vec<TableEntry>>, FactsError> {
        let mut counts: HashMap<PlayerId, (String, u32)> = HashMap::new();
        let ix = self.wc_index()?;
        for g in ix.goals.iter() {
            if g.own_goal
                || ix.gender(&g.tournament) != Some(gender)
                || as_of.is_some_and(|d| g.date > d)
            {
                continue;
            }
            counts
                .entry(g.player)
                .or_insert((g.player_name.clone(), 0))
                .1 += 1;
        }
        let mut v: Vec<(PlayerId, String, u32)> =
            counts.into_iter().map(|(p, (n, c))| (p, n, c)).collect();
        v.sort_by(|a, b| b.2.cmp(&a.2).then(a.1.cmp(&b.1)));
        let mut out = Vec::new();
        let (mut rank, mut last) = (0, u32::MAX);
        for (i, (p, name, c)) in v.into_iter().enumerate() {
            if c != last {
                rank = i as u32 + 1;
                last = c;
            }
            if rank as usize > limit {
                break;
            }
            out.push(TableEntry {
                rank,
                player: p,
                name,
                goals: Tally::exact(c),
            });
        }
        let last = self.wc_data_end(gender)?;
        Ok(match stale_after(last, as_of) {
            None => Answer::exact(out, Vec::new()).with_note(format!(
                "Fjelstul goals.csv records every World Cup goal, up to the tournament that ended on {}",
                last.map(|d| d.to_string()).unwrap_or_default()
            )),
            Some(note) => {
                for e in &mut out {
                    e.goals = Tally::at_least(e.goals.low);
                }
                Answer {
                    value: out,
                    evidence: Vec::new(),
                    coverage: Coverage::LowerBound,
                    note: Some(note),
                }
            }
        })
    }

    /// A player's World Cup goals (one gender, own goals excluded) up to `as_of`, with the
    /// goal rows as evidence.
    pub fn world_cup_goals_of(
        &self,
        player: PlayerId,
        gender: Gender,
        as_of: Option<Date>,
    ) -> Result<Answer<Tally>, FactsError> {
        let ix = self.wc_index()?;
        let rows: Vec<&goalline_store::WcGoalRow> = ix
            .goals
            .iter()
            .filter(|g| {
                g.player == player
                    && !g.own_goal
                    && ix.gender(&g.tournament) == Some(gender)
                    && as_of.is_none_or(|d| g.date <= d)
            })
            .collect();
        let evidence: Vec<goalline_core::Evidence> =
            rows.iter().map(|g| g.evidence.clone()).collect();
        let n = rows.len() as u32;
        let last = self.wc_data_end(gender)?;
        Ok(match stale_after(last, as_of) {
            None => Answer::exact(Tally::exact(n), evidence)
                .with_note("Fjelstul goals.csv records every World Cup goal"),
            Some(note) => Answer {
                value: Tally::at_least(n),
                evidence,
                coverage: Coverage::LowerBound,
                note: Some(note),
            },
        })
    }

    /// The last day of the last World Cup of a gender in the data.
    fn wc_data_end(&self, gender: Gender) -> Result<Option<Date>, FactsError> {
        Ok(self
            .wc_index()?
            .tournaments
            .iter()
            .filter(|t| t.gender == gender)
            .map(|t| t.end_date)
            .max())
    }
}

/// World Cup goal counts are exact up to the last tournament in the data and until the next
/// one can have started (three years on); asked about a later day, a World Cup the data lack
/// may have been played, and counts are only lower bounds (the reason is returned).
fn stale_after(last: Option<Date>, as_of: Option<Date>) -> Option<String> {
    let (last, as_of) = (last?, as_of?);
    let horizon = Date::from_ymd_opt(last.year() + 3, last.month(), 1)?;
    (as_of > horizon).then(|| {
        format!(
            "the World Cup data end with the tournament that finished on {last}; a later World Cup may have been played by {as_of}, so counts are lower bounds"
        )
    })
}
