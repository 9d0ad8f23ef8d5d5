//! Player goal tallies for a team as intervals `[low, high]`, and which number a goal was.
//!
//! - low: goals known goal by goal (martj42 scorer rows, own goals excluded);
//! - high: low plus every goal of the team without a scorer row in the player's known span for
//!   the team ([`Facts::career_span`]: first and last known match, squad, snapshot or scorer
//!   row; without any, from age 14 when the birth date is known, else the team's first match);
//! - a caps/goals snapshot pins the tally on its date: from an earlier snapshot,
//!   `snap + rows(snap, D]` plus the unknown goals in that span; from a later one,
//!   `snap − rows(D, snap]` minus the unknown goals in that span. All bounds are intersected.
//!
//! Only a zero-width interval is an exact count. Women's tallies have no upper bound: women's
//! internationals outside the World Cup are in no dataset.

use crate::answer::Answer;
use crate::{Facts, FactsError};
use goalline_core::{Coverage, Date, Datelike, Evidence, Gender, MatchId, PlayerId, Tally, TeamId};
use goalline_store::{ScorerRow, SnapshotRow, UnattributedRow};
use serde::Serialize;

/// A player's tally for a team as of a day.
#[derive(Debug, Clone, Serialize)]
pub struct PlayerTally {
    /// Player.
    pub player: PlayerId,
    /// Team.
    pub team: TeamId,
    /// Up to and including this day (`None`: all data).
    pub as_of: Option<Date>,
    /// The interval.
    pub tally: Tally,
    /// Goals known goal by goal.
    pub known: u32,
    /// Goals of the team in the span whose scorer is unknown.
    pub unknown_team_goals: u32,
    /// The snapshot used, if any.
    pub snapshots: Vec<SnapshotRow>,
    /// How the bounds were made.
    pub reasoning: String,
}

/// The days the data place a player with a team: the first and last known match, squad or
/// scorer row (martj42 scorer rows, Fjelstul squads and appearances, openfootball squads,
/// caps/goals snapshots).
#[derive(Debug, Clone, Serialize)]
pub struct CareerSpan {
    /// First day.
    pub first: Date,
    /// Last day.
    pub last: Date,
    /// How the first day was found.
    pub first_from: String,
    /// How the last day was found.
    pub last_from: String,
}

/// Team goals without a scorer row in `(after, upto]`, from the rows the import derived.
fn unknown_in(rows: &[UnattributedRow], after: Option<Date>, upto: Option<Date>) -> u32 {
    rows.iter()
        .filter(|r| after.is_none_or(|a| r.date > a) && upto.is_none_or(|u| r.date <= u))
        .map(|r| r.unattributed)
        .sum()
}

fn rows_in(rows: &[ScorerRow], after: Option<Date>, upto: Option<Date>) -> u32 {
    rows.iter()
        .filter(|r| after.is_none_or(|a| r.date > a) && upto.is_none_or(|u| r.date <= u))
        .count() as u32
}

impl Facts {
    /// The span of `player`'s career for `team` the data show (see [`CareerSpan`]), or `None`
    /// when no row places him with the team.
    pub fn career_span(
        &self,
        player: PlayerId,
        team: TeamId,
    ) -> Result<Option<CareerSpan>, FactsError> {
        let rows = self.player_team_rows(player, team)?;
        let snapshots = self.store().snapshots(player, team)?;
        self.career_span_of(player, team, &rows, &snapshots)
    }

    /// `player`'s martj42 scorer rows for `team` (own goals excluded), in date order: from the
    /// team's rows when they are loaded, else one indexed query for the player's rows.
    fn player_team_rows(
        &self,
        player: PlayerId,
        team: TeamId,
    ) -> Result<Vec<ScorerRow>, FactsError> {
        Ok(match self.cache.scorer_rows_if_loaded(team) {
            Some(rows) => rows
                .iter()
                .filter(|r| r.player == Some(player) && !r.own_goal)
                .cloned()
                .collect(),
            None => self
                .store()
                .player_scorer_rows(player, None)?
                .into_iter()
                .filter(|r| r.team == team && !r.own_goal)
                .collect(),
        })
    }

    fn career_span_of(
        &self,
        player: PlayerId,
        team: TeamId,
        rows: &[ScorerRow],
        snapshots: &[SnapshotRow],
    ) -> Result<Option<CareerSpan>, FactsError> {
        let store = self.store();
        let mut seen: Vec<(Date, Date, String)> = Vec::new();
        for r in rows
            .iter()
            .filter(|r| r.player == Some(player) && !r.own_goal)
        {
            seen.push((
                r.date,
                r.date,
                format!("goal on {} (martj42 scorer row)", r.date),
            ));
        }
        let tournaments = self.wc_tournaments()?;
        for s in store
            .player_squads(player)?
            .iter()
            .filter(|s| s.team == team)
        {
            if let Some(t) = tournaments.iter().find(|t| t.id == s.tournament) {
                seen.push((
                    t.start_date,
                    t.end_date,
                    format!("{} squad (Fjelstul)", t.name),
                ));
            }
        }
        for a in store
            .player_appearances(player)?
            .iter()
            .filter(|a| a.team == team)
        {
            seen.push((
                a.date,
                a.date,
                format!("World Cup match on {} (Fjelstul)", a.date),
            ));
        }
        for s in snapshots {
            seen.push((s.date, s.date, format!("caps/goals snapshot on {}", s.date)));
        }
        for s in store
            .player_of_squads(player)?
            .iter()
            .filter(|s| s.team == team)
        {
            let competition = match s.edition.split('-').next() {
                Some("WC") => "FIFA World Cup",
                Some("EURO") => "UEFA Euro",
                Some("COPA") => "Copa América",
                _ => continue,
            };
            if let Some(e) = self.edition(competition, Some(s.year), None)? {
                seen.push((e.from, e.to, format!("{} squad (openfootball)", e.label)));
            }
        }
        let first = seen.iter().min_by_key(|x| x.0).cloned();
        let last = seen.iter().max_by_key(|x| x.1).cloned();
        Ok(first.zip(last).map(|(f, l)| CareerSpan {
            first: f.0,
            last: l.1,
            first_from: f.2,
            last_from: l.2,
        }))
    }

    /// The tally of `player` for `team` up to and including `as_of`.
    pub fn player_tally(
        &self,
        player: PlayerId,
        team: TeamId,
        as_of: Option<Date>,
    ) -> Result<Answer<PlayerTally>, FactsError> {
        let store = self.store();
        let p = store.player(player)?.ok_or_else(|| FactsError::NotFound {
            kind: "player",
            name: player.to_string(),
            hint: String::new(),
        })?;
        if p.gender == Gender::Women {
            return self.womens_tally(player, team, as_of);
        }
        let all_rows = self.player_team_rows(player, team)?;
        let known = rows_in(&all_rows, None, as_of);
        let snapshots = store.snapshots(player, team)?;
        // The span a goal can lie in: from the first known row (else age 14) to the last
        // known row for the team (a career ends; the team's later goals are not his).
        let span = self.career_span_of(player, team, &all_rows, &snapshots)?;
        let age14 = p.birth_date.and_then(|b| b.with_year(b.year() + 14));
        let span_from = match (&span, age14) {
            (Some(s), _) => Some(s.first),
            (None, a) => a,
        };
        let span_to = span.as_ref().map(|s| s.last);
        let upto = match (as_of, span_to) {
            (Some(a), Some(t)) => Some(a.min(t)),
            (a, t) => a.or(t),
        };
        // The team's matches whose goals are not all known by scorer (derived at import).
        let unattributed = self.team_unattributed(team)?;
        let span_after = span_from.map(|d| d.pred_opt().unwrap_or(d));
        let unknown = unknown_in(&unattributed, span_after, upto);
        // A match with an unknown score in the span could hide any number of goals.
        let unknown_score = unattributed.iter().any(|r| {
            span_from.is_none_or(|f| r.date >= f)
                && upto.is_none_or(|d| r.date <= d)
                && r.goals.is_none()
        });
        let mut tally = if unknown_score {
            Tally::at_least(known)
        } else {
            Tally::between(known, known + unknown)
        };
        let mut reasoning = vec![format!(
            "{known} scorer rows{} + up to {unknown} {} goals without scorer rows{}",
            as_of.map(|d| format!(" up to {d}")).unwrap_or_default(),
            self.team_name(team),
            match (&span, span_from) {
                (Some(s), _) => format!(
                    " in his known span {} – {} (first: {}; last: {})",
                    s.first,
                    upto.unwrap_or(s.last),
                    s.first_from,
                    s.last_from
                ),
                (None, Some(d)) => format!(" since {d} (age 14)"),
                (None, None) => String::new(),
            }
        )];
        for s in &snapshots {
            let bound = match as_of {
                Some(d) if d < s.date => {
                    let k = rows_in(&all_rows, Some(d), Some(s.date));
                    let u = unknown_in(&unattributed, Some(d), Some(s.date));
                    reasoning.push(format!("snapshot {} on {} − {k} scorer rows ({d}, {}] − up to {u} unattributed goals", s.goals, s.date, s.date));
                    Tally::between(s.goals.saturating_sub(k + u), s.goals.saturating_sub(k))
                }
                _ => {
                    let k = rows_in(&all_rows, Some(s.date), as_of);
                    let u = unknown_in(&unattributed, Some(s.date), upto);
                    reasoning.push(format!(
                        "snapshot {} on {} + {k} scorer rows since + up to {u} unattributed goals",
                        s.goals, s.date
                    ));
                    Tally::between(s.goals + k, s.goals + k + u)
                }
            };
            tally = match tally.intersect(bound) {
                Some(t) => t,
                None => {
                    reasoning.push("sources disagree (snapshot outside the scorer-row bounds); the snapshot is kept".into());
                    bound
                }
            };
        }
        let mut evidence: Vec<Evidence> = all_rows
            .iter()
            .filter(|r| as_of.is_none_or(|d| r.date <= d))
            .map(|r| r.evidence.clone())
            .collect();
        evidence.extend(snapshots.iter().map(|s| s.evidence.clone()));
        let value = PlayerTally {
            player,
            team,
            as_of,
            tally,
            known,
            unknown_team_goals: unknown,
            snapshots,
            reasoning: reasoning.join("; "),
        };
        Ok(Answer {
            coverage: tally.coverage(),
            note: (!tally.is_exact()).then(|| {
                format!("{} of {}'s goals for {} are known goal by goal; the rest of the interval is goals without scorer data (friendlies and some competitions)", known, p.name, self.team_name(team))
            }),
            value,
            evidence,
        })
    }

    fn womens_tally(
        &self,
        player: PlayerId,
        team: TeamId,
        as_of: Option<Date>,
    ) -> Result<Answer<PlayerTally>, FactsError> {
        let goals: Vec<_> = self
            .store()
            .player_wc_goals(player)?
            .into_iter()
            .filter(|g| !g.own_goal && g.team == team && as_of.is_none_or(|d| g.date <= d))
            .collect();
        let n = goals.len() as u32;
        Ok(Answer {
            value: PlayerTally {
                player,
                team,
                as_of,
                tally: Tally::at_least(n),
                known: n,
                unknown_team_goals: 0,
                snapshots: Vec::new(),
                reasoning: format!("{n} World Cup goals; women's internationals outside the World Cup are in no dataset"),
            },
            evidence: goals.iter().map(|g| g.evidence.clone()).collect(),
            coverage: Coverage::LowerBound,
            note: Some("only women's World Cup goals are in the data".into()),
        })
    }

    /// Which number(s) `player`'s goals in match `m` were for `team`: one interval per goal, in
    /// the order scored.
    pub fn nth_goals(
        &self,
        player: PlayerId,
        team: TeamId,
        m: MatchId,
    ) -> Result<Answer<Vec<Tally>>, FactsError> {
        let store = self.store();
        let row = store.match_by_id(m)?.ok_or_else(|| FactsError::NotFound {
            kind: "match",
            name: m.to_string(),
            hint: String::new(),
        })?;
        let day_before = row.date.pred_opt().unwrap_or(row.date);
        let before = self.player_tally(player, team, Some(day_before))?;
        let in_match: Vec<ScorerRow> = store
            .match_scorers(m)?
            .into_iter()
            .filter(|r| r.player == Some(player) && !r.own_goal && r.team == team)
            .collect();
        let numbers: Vec<Tally> = (1..=in_match.len() as u32)
            .map(|k| before.value.tally.shift(k))
            .collect();
        let mut evidence = before.evidence;
        evidence.extend(in_match.iter().map(|r| r.evidence.clone()));
        let coverage = numbers
            .first()
            .map(|t| t.coverage())
            .unwrap_or(Coverage::None);
        Ok(Answer {
            value: numbers,
            evidence,
            coverage,
            note: Some(before.value.reasoning),
        })
    }
}
