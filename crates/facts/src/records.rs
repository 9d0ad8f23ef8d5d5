//! Records: a team's all-time scorers as of a date (with ties and honest bounds), World Cup
//! all-time scorers (every edition known from any source: Fjelstul's, then [`crate::wcall`]), and whether a goal tied or
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
    /// The places the intervals allow, best and worst (among the listed candidates).
    pub places: [u32; 2],
    /// True when no other listed interval overlaps this one: the place is certain.
    pub certain: bool,
}

impl TableEntry {
    /// An entry; places are filled by [`set_places`].
    pub fn new(rank: u32, player: PlayerId, name: String, goals: Tally) -> TableEntry {
        TableEntry {
            rank,
            player,
            name,
            goals,
            places: [rank, rank],
            certain: true,
        }
    }
}

/// Fills each entry's possible places and whether its place is certain, from the intervals of
/// all entries: a player is certainly ahead of another only when his low bound exceeds the
/// other's high bound; equal exact tallies share a place.
pub fn set_places(entries: &mut [TableEntry]) {
    let tallies: Vec<Tally> = entries.iter().map(|e| e.goals).collect();
    for (i, e) in entries.iter_mut().enumerate() {
        let me = tallies[i];
        let mut best = 1;
        let mut worst = 1;
        let mut certain = true;
        for (j, o) in tallies.iter().enumerate() {
            if j == i {
                continue;
            }
            let tie = me.is_exact() && o.is_exact() && me.low == o.low;
            if o.low > me.high {
                best += 1;
                worst += 1;
            } else if o.high < me.low || tie {
            } else {
                worst += 1;
                certain = false;
            }
        }
        e.places = [best, worst];
        e.certain = certain;
    }
}

impl Facts {
    /// A team's top scorers up to `as_of`, each with the same interval as [`Facts::player_tally`]
    /// (scorer rows, snapshots, the player's known span), ranked by interval: by low bound,
    /// then high bound, each with the places its interval allows and whether its place is
    /// certain. Candidates are the players with the most scorer rows (three times `limit`, at
    /// least 30): a player with fewer rows is listed only if among them.
    pub fn team_top_scorers(
        &self,
        team: TeamId,
        as_of: Option<Date>,
        limit: usize,
    ) -> Result<Answer<Vec<TableEntry>>, FactsError> {
        let all_rows = self.team_scorer_rows(team)?;
        let rows = &all_rows[..all_rows.partition_point(|r| as_of.is_none_or(|d| r.date <= d))];
        let mut counts: HashMap<PlayerId, (String, u32)> = HashMap::new();
        for r in rows.iter().filter(|r| !r.own_goal) {
            if let Some(p) = r.player {
                let e = counts
                    .entry(p)
                    .or_insert((r.scorer.clone().unwrap_or_default(), 0));
                e.1 += 1;
            }
        }
        // Goals without a scorer row, from the men's matches the import derived.
        let unknown: u32 = self
            .team_unattributed(team)?
            .iter()
            .filter(|r| as_of.is_none_or(|d| r.date <= d))
            .map(|r| r.unattributed)
            .sum();
        let mut v: Vec<(PlayerId, String, u32)> =
            counts.into_iter().map(|(p, (n, c))| (p, n, c)).collect();
        v.sort_by(|a, b| b.2.cmp(&a.2).then(a.1.cmp(&b.1)));
        v.truncate((limit * 3).max(30));
        let mut out = Vec::new();
        for (p, name, c) in v {
            let goals = match self.player_tally(p, team, as_of) {
                Ok(t) => t.value.tally,
                Err(_) => Tally::at_least(c),
            };
            out.push(TableEntry::new(0, p, name, goals));
        }
        out.sort_by(|a, b| {
            b.goals
                .low
                .cmp(&a.goals.low)
                .then(b.goals.high.cmp(&a.goals.high))
                .then(a.name.cmp(&b.name))
        });
        let (mut rank, mut last) = (0, None);
        for (i, e) in out.iter_mut().enumerate() {
            if last != Some(e.goals) {
                rank = i as u32 + 1;
                last = Some(e.goals);
            }
            e.rank = rank;
        }
        set_places(&mut out);
        out.retain(|e| e.rank as usize <= limit);
        Ok(Answer {
            value: out,
            evidence: Vec::new(),
            coverage: if unknown == 0 { Coverage::Exact } else { Coverage::Bounded { unknown } },
            note: (unknown > 0).then(|| {
                format!("{unknown} {} goals up to this date have no scorer row: each tally is an interval (scorer rows, caps/goals snapshots, the player's known span); a place is certain only when no other interval overlaps it", self.team_name(team))
            }),
        })
    }

    /// All-time World Cup scorers (one gender) up to `as_of`: every edition known from any
    /// source (Fjelstul's, then later ones from martj42 scorer rows); exact when every goal of
    /// every edition in scope has a scorer.
    pub fn world_cup_top_scorers(
        &self,
        gender: Gender,
        as_of: Option<Date>,
        limit: usize,
    ) -> Result<Answer<Vec<TableEntry>>, FactsError> {
        self.world_cup_scorers(gender, None, as_of, limit)
    }

    /// Every World Cup goal (one gender, own goals included) of every edition known from any
    /// source, up to `as_of`, in date order; with whether they are complete (every goal has a
    /// scorer) and a note saying which sources they come from.
    pub fn all_world_cup_goals(
        &self,
        gender: Gender,
        as_of: Option<Date>,
    ) -> Result<(Vec<goalline_store::WcGoalRow>, bool, String), FactsError> {
        let (goals, complete, note) = self.world_cup_goals_in_scope(gender, as_of)?;
        Ok((goals.rows().cloned().collect(), complete, note))
    }

    /// [`Facts::all_world_cup_goals`] without copying the rows.
    pub fn world_cup_goals_in_scope(
        &self,
        gender: Gender,
        as_of: Option<Date>,
    ) -> Result<(WorldCupGoals, bool, String), FactsError> {
        let fjelstul = self.wc_goals(gender)?;
        let later = self.later_world_cups(gender)?;
        // Fjelstul's editions all precede the later ones: the two lists in turn are in date
        // order.
        let fj_len = fjelstul.partition_point(|g| as_of.is_none_or(|d| g.date <= d));
        let later_len = later
            .goals
            .partition_point(|g| as_of.is_none_or(|d| g.date <= d));
        let goals = WorldCupGoals {
            fjelstul: fjelstul.clone(),
            fj_len,
            later: later.clone(),
            later_len,
        };
        let in_scope = later
            .editions
            .iter()
            .any(|e| as_of.is_none_or(|d| e.from <= d));
        let fj_end = self.wc_data_end(gender)?;
        let mut note = format!(
            "Fjelstul goals.csv records every World Cup goal up to the tournament that ended on {}",
            fj_end.map(|d| d.to_string()).unwrap_or_default()
        );
        if in_scope {
            let labels: Vec<String> = later
                .editions
                .iter()
                .filter(|e| as_of.is_none_or(|d| e.from <= d))
                .map(|e| e.year.to_string())
                .collect();
            note.push_str(&format!(
                "; {} from martj42 goalscorers.csv ({})",
                labels.join(", "),
                if later.complete() {
                    "a scorer row for every goal".to_string()
                } else {
                    format!("{} goals without a scorer", later.missing)
                }
            ));
        }
        Ok((goals, !in_scope || later.complete(), note))
    }

    /// The last day of the last World Cup (one gender) known from any source.
    pub fn wc_known_end(&self, gender: Gender) -> Result<Option<Date>, FactsError> {
        let later = self.later_world_cups(gender)?.end(None);
        Ok(self.wc_data_end(gender)?.max(later))
    }

    /// World Cup scorers (one gender, optionally of one team) up to `as_of`, ranked with ties.
    pub fn world_cup_scorers(
        &self,
        gender: Gender,
        team: Option<TeamId>,
        as_of: Option<Date>,
        limit: usize,
    ) -> Result<Answer<Vec<TableEntry>>, FactsError> {
        let mut counts: HashMap<PlayerId, (String, u32)> = HashMap::new();
        let (goals, complete, note) = self.world_cup_goals_in_scope(gender, as_of)?;
        for g in goals.rows() {
            if g.own_goal || team.is_some_and(|t| t != g.team) {
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
            out.push(TableEntry::new(
                rank,
                p,
                name,
                if complete {
                    Tally::exact(c)
                } else {
                    Tally::at_least(c)
                },
            ));
        }
        set_places(&mut out);
        let last = self.wc_known_end(gender)?;
        Ok(match stale_after(last, as_of) {
            None if complete => Answer::exact(out, Vec::new()).with_note(note),
            None => Answer {
                value: out,
                evidence: Vec::new(),
                coverage: Coverage::LowerBound,
                note: Some(note),
            },
            Some(stale) => {
                for e in &mut out {
                    e.goals = Tally::at_least(e.goals.low);
                }
                Answer {
                    value: out,
                    evidence: Vec::new(),
                    coverage: Coverage::LowerBound,
                    note: Some(format!("{note}; {stale}")),
                }
            }
        })
    }

    /// A player's World Cup goals (one gender, own goals excluded) up to `as_of`, with the
    /// goal rows as evidence: every edition known from any source.
    pub fn world_cup_goals_of(
        &self,
        player: PlayerId,
        gender: Gender,
        as_of: Option<Date>,
    ) -> Result<Answer<Tally>, FactsError> {
        let (goals, complete, note) = self.world_cup_goals_in_scope(gender, as_of)?;
        let rows: Vec<&goalline_store::WcGoalRow> = goals
            .rows()
            .filter(|g| g.player == player && !g.own_goal)
            .collect();
        let evidence: Vec<goalline_core::Evidence> =
            rows.iter().map(|g| g.evidence.clone()).collect();
        let n = rows.len() as u32;
        let last = self.wc_known_end(gender)?;
        Ok(match stale_after(last, as_of) {
            None if complete => Answer::exact(Tally::exact(n), evidence).with_note(note),
            None => Answer {
                value: Tally::at_least(n),
                evidence,
                coverage: Coverage::LowerBound,
                note: Some(note),
            },
            Some(stale) => Answer {
                value: Tally::at_least(n),
                evidence,
                coverage: Coverage::LowerBound,
                note: Some(format!("{note}; {stale}")),
            },
        })
    }

    /// The last day of the last World Cup of a gender in the data.
    fn wc_data_end(&self, gender: Gender) -> Result<Option<Date>, FactsError> {
        Ok(self
            .wc_tournaments()?
            .iter()
            .filter(|t| t.gender == gender)
            .map(|t| t.end_date)
            .max())
    }
}

/// Every World Cup goal of one gender up to a day, in date order, shared with the engine's
/// caches (see [`Facts::world_cup_goals_in_scope`]).
#[derive(Debug, Clone)]
pub struct WorldCupGoals {
    fjelstul: std::sync::Arc<Vec<goalline_store::WcGoalRow>>,
    fj_len: usize,
    later: std::sync::Arc<crate::wcall::LaterWorldCups>,
    later_len: usize,
}

impl WorldCupGoals {
    /// The goals, oldest first.
    pub fn rows(&self) -> impl Iterator<Item = &goalline_store::WcGoalRow> {
        self.fjelstul[..self.fj_len]
            .iter()
            .chain(&self.later.goals[..self.later_len])
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
