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
        Ok(Answer::exact(out, Vec::new())
            .with_note("Fjelstul goals.csv records every World Cup goal"))
    }
}
