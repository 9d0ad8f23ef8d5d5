//! A journalist's daily questions: a player's goal log (each goal with its date, the opponent as
//! named that day, competition, stage, minute, penalty, and the running tally interval after it),
//! how a match ended in one line (stage, a.e.t., penalties, the winner first), and the line-ups
//! of a match with its substitutions as pairs (who came on for whom).
//!
//! Nothing is computed twice: the running tally is [`Facts::nth_goals`], the result is
//! [`Facts::match_facts`], the goals are [`Facts::match_goals`].

use crate::answer::Answer;
use crate::matches::{Decided, MatchFacts};
use crate::{Facts, FactsError};
use goalline_core::{Date, Evidence, MatchId, Minute, PlayerId, Stage, Tally, TeamId};
use serde::Serialize;
use std::collections::BTreeMap;

/// How a match ended, in the words of a match list or header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// The stage, where a source records it (`final`, `group stage`…).
    pub stage: Option<Stage>,
    /// Extra time played: `Some` where a source says so.
    pub extra_time: Option<bool>,
    /// Shoot-out score with the winner's kicks first, where known.
    pub penalties: Option<(u32, u32)>,
    /// Winner (after a shoot-out if any).
    pub winner: Option<TeamId>,
    /// A short tag after the score in lists: `a.e.t.`, `4–2 pens`, `a.e.t., 4–2 pens`.
    pub tag: Option<String>,
}

/// Builds the outcome of a loaded match.
pub fn outcome_of(mf: &MatchFacts) -> Outcome {
    let r = &mf.result;
    let penalties = r.shootout_score.map(|(h, a)| {
        if r.winner == Some(mf.row.away) {
            (a, h)
        } else {
            (h, a)
        }
    });
    let aet = r.extra_time == Some(true);
    let mut tag = Vec::new();
    if aet {
        tag.push("a.e.t.".to_string());
    }
    match (r.decided, penalties) {
        (Decided::Shootout, Some((w, l))) => tag.push(format!("{w}–{l} pens")),
        (Decided::Shootout, None) => tag.push("won on pens".to_string()),
        _ => {}
    }
    Outcome {
        stage: mf.stage,
        extra_time: r.extra_time,
        penalties: penalties.filter(|_| r.decided == Decided::Shootout),
        winner: r.winner,
        tag: (!tag.is_empty()).then(|| tag.join(", ")),
    }
}

/// The result in words with the winner first: "Italy won 3–2 on penalties after extra time".
/// `winner_name` is the winner as named that day.
pub fn result_text(mf: &MatchFacts, winner_name: Option<&str>) -> String {
    let o = outcome_of(mf);
    let aet = mf.result.extra_time == Some(true);
    match (mf.result.decided, winner_name) {
        (Decided::Regulation, Some(w)) => format!("{w} won"),
        (Decided::ExtraTime, Some(w)) => format!("{w} won after extra time"),
        (Decided::Shootout, Some(w)) => format!(
            "{w} won{} on penalties{}",
            o.penalties
                .map(|(a, b)| format!(" {a}–{b}"))
                .unwrap_or_default(),
            if aet { " after extra time" } else { "" }
        ),
        (Decided::Draw, _) => "a draw".into(),
        _ => "result unknown".into(),
    }
}

/// The name a team had in a match (the source row's name of the day).
pub fn name_in(mf: &MatchFacts, team: TeamId) -> &str {
    if team == mf.row.home {
        &mf.row.home_name
    } else {
        &mf.row.away_name
    }
}

/// One goal of a player's log.
#[derive(Debug, Clone, Serialize)]
pub struct LoggedGoal {
    /// The match.
    pub match_id: MatchId,
    /// Match day.
    pub date: Date,
    /// The opponent (canonical id).
    pub opponent: TeamId,
    /// The opponent as named that day.
    pub opponent_name: String,
    /// The player's team as named that day.
    pub team_name: String,
    /// Competition (martj42's name).
    pub competition: String,
    /// Stage, where a source records it.
    pub stage: Option<Stage>,
    /// Minute, where recorded (with stoppage time where the source keeps it).
    pub minute: Option<Minute>,
    /// Penalty.
    pub penalty: bool,
    /// Own goal (counted for the other side; never part of the tally).
    pub own_goal: bool,
    /// Which goal for the team this was: the running tally interval after it. `None` for an
    /// own goal.
    pub tally_after: Option<Tally>,
    /// Score of the match (player's team first) after extra time.
    pub final_score: Option<(u32, u32)>,
    /// Source rows.
    pub evidence: Vec<Evidence>,
}

/// A player's goals for a team in a date range.
#[derive(Debug, Clone, Serialize)]
pub struct GoalLog {
    /// Player.
    pub player: PlayerId,
    /// Team.
    pub team: TeamId,
    /// First day (inclusive), if bounded.
    pub from: Option<Date>,
    /// Last day (inclusive), if bounded.
    pub to: Option<Date>,
    /// The tally before the first day.
    pub tally_before: Tally,
    /// The tally at the end of the last day.
    pub tally_after: Tally,
    /// Goals in the order scored.
    pub goals: Vec<LoggedGoal>,
}

/// Who came on for whom.
#[derive(Debug, Clone, Serialize)]
pub struct SubstitutionPair {
    /// Team.
    pub team: TeamId,
    /// Minute.
    pub minute: Option<Minute>,
    /// Player going off, when the source names one.
    pub off: Option<String>,
    /// Player coming on, when the source names one.
    pub on: Option<String>,
    /// True when several changes share the minute and the source does not say which player
    /// replaced which: the pair follows file order.
    pub paired_by_order: bool,
}

/// One side's line-up.
#[derive(Debug, Clone, Serialize)]
pub struct TeamLineup {
    /// Team.
    pub team: TeamId,
    /// The team as named that day.
    pub team_name: String,
    /// Starters, in source order.
    pub starters: Vec<String>,
    /// Substitutes who came on, in the order they came on.
    pub substitutes_used: Vec<String>,
    /// Substitutions as pairs, in time order.
    pub substitutions: Vec<SubstitutionPair>,
}

/// The line-ups of a match.
#[derive(Debug, Clone, Serialize)]
pub struct Lineups {
    /// `fjelstul` or `openfootball`.
    pub source: &'static str,
    /// Home side, then away side.
    pub teams: Vec<TeamLineup>,
}

/// The changes of one minute: the minute, players off, players on.
type MinuteChanges = (Option<Minute>, Vec<String>, Vec<String>);

/// Pairs the changes of one team: within a minute, the n-th player off with the n-th on.
fn pair(team: TeamId, changes: Vec<(Option<Minute>, bool, String)>) -> Vec<SubstitutionPair> {
    let mut by_minute: BTreeMap<(u16, u16), MinuteChanges> = BTreeMap::new();
    for (m, on, name) in changes {
        let key = m.map_or((u16::MAX, 0), |m| (m.base, m.stoppage.unwrap_or(0)));
        let e = by_minute.entry(key).or_insert((m, Vec::new(), Vec::new()));
        if on {
            e.2.push(name);
        } else {
            e.1.push(name);
        }
    }
    let mut out = Vec::new();
    for (_, (minute, offs, ons)) in by_minute {
        let n = offs.len().max(ons.len());
        for i in 0..n {
            out.push(SubstitutionPair {
                team,
                minute,
                off: offs.get(i).cloned(),
                on: ons.get(i).cloned(),
                paired_by_order: n > 1,
            });
        }
    }
    out
}

impl Facts {
    /// How a match ended (stage, a.e.t., penalties, winner).
    pub fn outcome(&self, id: MatchId) -> Result<Outcome, FactsError> {
        Ok(outcome_of(&self.match_facts(id)?))
    }

    /// The goals of `player` for `team` between `from` and `to` (inclusive), each with the
    /// running tally interval after it.
    pub fn goal_log(
        &self,
        player: PlayerId,
        team: TeamId,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Result<Answer<GoalLog>, FactsError> {
        let store = self.store();
        let ledger = self.team_ledger(team)?;
        let in_range = |d: Date| from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t);
        let mut match_ids: Vec<MatchId> = Vec::new();
        for r in ledger.scorer_rows.iter() {
            if r.player == Some(player)
                && !r.own_goal
                && in_range(r.date)
                && !match_ids.contains(&r.match_id)
            {
                match_ids.push(r.match_id);
            }
        }
        let before = self.player_tally(player, team, from.map(|f| f.pred_opt().unwrap_or(f)))?;
        let tally_before = if from.is_some() {
            before.value.tally
        } else {
            Tally::exact(0)
        };
        let after = self.player_tally(player, team, to)?;
        let mut goals = Vec::new();
        let mut evidence = Vec::new();
        for id in match_ids {
            let mf = self.match_facts(id)?;
            let numbers = self.nth_goals(player, team, id)?;
            let rows: Vec<_> = store
                .match_scorers(id)?
                .into_iter()
                .filter(|r| r.player == Some(player) && !r.own_goal && r.team == team)
                .collect();
            // Minutes with stoppage time where the merged goal list has the same goals.
            let merged: Vec<_> = mf
                .goals
                .goals
                .iter()
                .filter(|g| g.player == Some(player) && g.team == team && !g.own_goal)
                .collect();
            let use_merged = merged.len() == rows.len();
            let opp = mf.row.opponent(team);
            let final_score = mf.row.goals_for(team).zip(mf.row.goals_for(opp));
            for (i, r) in rows.iter().enumerate() {
                let (minute, penalty, ev) = match merged.get(i).filter(|_| use_merged) {
                    Some(g) => (g.minute, g.penalty, g.evidence.clone()),
                    None => (
                        r.minute.map(Minute::new),
                        r.penalty,
                        vec![r.evidence.clone()],
                    ),
                };
                evidence.extend(ev.iter().cloned());
                goals.push(LoggedGoal {
                    match_id: id,
                    date: mf.row.date,
                    opponent: opp,
                    opponent_name: name_in(&mf, opp).to_string(),
                    team_name: name_in(&mf, team).to_string(),
                    competition: mf.row.tournament.clone(),
                    stage: mf.stage,
                    minute,
                    penalty,
                    own_goal: false,
                    tally_after: numbers.value.get(i).copied(),
                    final_score,
                    evidence: ev,
                });
            }
        }
        // The player's own goals: credited to the opponent, listed, never counted.
        for r in store.player_wc_goals(player)? {
            if !r.own_goal || r.player_team != team || !in_range(r.date) {
                continue;
            }
            let mf = self.match_facts(r.match_id)?;
            if !mf.involves(team) {
                continue;
            }
            let opp = mf.row.opponent(team);
            goals.push(LoggedGoal {
                match_id: r.match_id,
                date: r.date,
                opponent: opp,
                opponent_name: name_in(&mf, opp).to_string(),
                team_name: name_in(&mf, team).to_string(),
                competition: mf.row.tournament.clone(),
                stage: mf.stage,
                minute: Some(r.minute),
                penalty: false,
                own_goal: true,
                tally_after: None,
                final_score: mf.row.goals_for(team).zip(mf.row.goals_for(opp)),
                evidence: vec![r.evidence.clone()],
            });
            evidence.push(r.evidence.clone());
        }
        goals.sort_by_key(|g| {
            (
                g.date,
                g.minute
                    .map_or((u16::MAX, 0), |m| (m.base, m.stoppage.unwrap_or(0))),
            )
        });
        let coverage = after.coverage;
        Ok(Answer {
            value: GoalLog {
                player,
                team,
                from,
                to,
                tally_before,
                tally_after: after.value.tally,
                goals,
            },
            evidence,
            coverage,
            note: Some(
                "goals with a scorer row (martj42; Fjelstul/openfootball minutes where they list \
                 the same goals); friendlies have no scorer rows, so the running tally is an \
                 interval"
                    .into(),
            ),
        })
    }

    /// The line-ups of a match and its substitutions as pairs, where a source has them
    /// (Fjelstul for World Cups 1970–2022, openfootball elsewhere); `None` when none does.
    pub fn lineups(&self, id: MatchId) -> Result<Option<Lineups>, FactsError> {
        let store = self.store();
        let Some(row) = store.match_by_id(id)? else {
            return Err(FactsError::NotFound {
                kind: "match",
                name: id.to_string(),
                hint: String::new(),
            });
        };
        let name_of = |t: TeamId| {
            if t == row.home {
                row.home_name.clone()
            } else {
                row.away_name.clone()
            }
        };
        let apps = store.match_appearances(id)?;
        if !apps.is_empty() {
            let subs = store.substitutions(id)?;
            let teams = [row.home, row.away]
                .into_iter()
                .map(|t| {
                    let mine: Vec<_> = apps.iter().filter(|a| a.team == t).collect();
                    let changes: Vec<_> = subs
                        .iter()
                        .filter(|s| s.team == t)
                        .map(|s| (Some(s.minute), s.coming_on, s.player_name.clone()))
                        .collect();
                    let substitutes_used = subs
                        .iter()
                        .filter(|s| s.team == t && s.coming_on)
                        .map(|s| s.player_name.clone())
                        .collect();
                    TeamLineup {
                        team: t,
                        team_name: name_of(t),
                        starters: mine
                            .iter()
                            .filter(|a| a.starter)
                            .map(|a| a.player_name.clone())
                            .collect(),
                        substitutes_used,
                        substitutions: pair(t, changes),
                    }
                })
                .collect();
            return Ok(Some(Lineups {
                source: "fjelstul",
                teams,
            }));
        }
        let lines = store.lineups(id)?;
        if lines.is_empty() {
            return Ok(None);
        }
        let teams = [row.home, row.away]
            .into_iter()
            .map(|t| {
                let mine: Vec<_> = lines.iter().filter(|l| l.team == t).collect();
                let name = |l: &goalline_store::LineupRow| {
                    l.player_name.clone().unwrap_or_else(|| l.name.clone())
                };
                let mut changes = Vec::new();
                let mut used = Vec::new();
                for l in &mine {
                    if !l.starter {
                        used.push((l.on, name(l)));
                        changes.push((l.on, true, name(l)));
                    }
                    if let Some(m) = l.off {
                        changes.push((Some(m), false, name(l)));
                    }
                }
                used.sort_by_key(|(m, _)| {
                    m.map_or((u16::MAX, 0), |m| (m.base, m.stoppage.unwrap_or(0)))
                });
                TeamLineup {
                    team: t,
                    team_name: name_of(t),
                    starters: mine
                        .iter()
                        .filter(|l| l.starter)
                        .map(|l| name(l))
                        .collect::<Vec<_>>(),
                    substitutes_used: used.into_iter().map(|(_, n)| n).collect(),
                    substitutions: pair(t, changes),
                }
            })
            .collect();
        Ok(Some(Lineups {
            source: "openfootball",
            teams,
        }))
    }
}
