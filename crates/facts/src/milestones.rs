//! Milestones of the goals of one match: record ties and breaks, round-number goals, firsts.
//!
//! A milestone is only stated when the counts behind it are exact: World Cup counts always are
//! (Fjelstul records every World Cup goal); a team's all-time record from martj42 scorer rows is
//! stated only when both the scorer's tally and every rival's are exact, which needs complete
//! scorer data for the team. Otherwise [`TeamRecordCheck::Undecided`] carries the intervals so a
//! caller can say why the data cannot decide. This module never rounds a bound up to a fact.

use crate::wcindex::Moment;
use crate::{Facts, FactsError};
use goalline_core::{Date, Evidence, Gender, MatchId, Minute, PlayerId, Tally, TeamId};
use goalline_store::MatchRow;
use serde::Serialize;

/// Which record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordScope {
    /// A team's all-time top scorer (all internationals).
    TeamAllTime,
    /// A team's top scorer at World Cups.
    TeamWorldCup,
    /// The all-time World Cup top scorer (one gender).
    WorldCupAllTime,
}

impl RecordScope {
    /// "England's all-time scoring record", "the World Cup scoring record"…
    pub fn describe(self, team: &str, gender: Gender) -> String {
        let wc = match gender {
            Gender::Men => "World Cup",
            Gender::Women => "Women's World Cup",
        };
        match self {
            RecordScope::TeamAllTime => format!("{team}'s all-time scoring record"),
            RecordScope::TeamWorldCup => format!("{team}'s {wc} scoring record"),
            RecordScope::WorldCupAllTime => format!("the all-time {wc} scoring record"),
        }
    }
}

/// Whether the goal drew level with a record or went past it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordMove {
    /// Level with the record.
    Ties,
    /// Past it.
    Breaks,
}

/// A goal that tied or broke a record.
#[derive(Debug, Clone, Serialize)]
pub struct RecordEvent {
    /// Which record.
    pub scope: RecordScope,
    /// Tie or break.
    pub kind: RecordMove,
    /// The match.
    pub match_id: MatchId,
    /// Scorer.
    pub player: PlayerId,
    /// Scorer's name.
    pub player_name: String,
    /// Team.
    pub team: TeamId,
    /// Minute of the goal.
    pub minute: Option<Minute>,
    /// The scorer's count after the goal.
    pub goals: u32,
    /// The record before the goal and who held it (other players).
    pub holders: Vec<(String, u32)>,
    /// Source rows.
    pub evidence: Vec<Evidence>,
}

/// The outcome of checking a goal against a team's all-time record from martj42 rows.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum TeamRecordCheck {
    /// Exact data: the goal tied or broke the record.
    Event(RecordEvent),
    /// Exact data: no record moment.
    Nothing,
    /// The data cannot decide: the scorer's tally after the goal and the leading rival's.
    Undecided {
        /// Scorer.
        player: PlayerId,
        /// Scorer's tally after the goal.
        tally: Tally,
        /// The rival with the most known goals, and his interval.
        rival: Option<(String, Tally)>,
        /// Why.
        reason: String,
    },
}

/// What kind of milestone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    /// A player's 5th, 10th… World Cup goal.
    PlayerWorldCupRound,
    /// A team's 50th, 100th… World Cup goal.
    TeamWorldCupRound,
    /// The 50th, 100th… goal of a tournament edition.
    EditionRound,
    /// A player's 10th, 20th… goal for his team (only from an exact tally).
    PlayerTeamRound,
    /// A player's first World Cup goal.
    FirstWorldCupGoal,
    /// A team's first goal of the edition.
    TeamFirstOfEdition,
    /// The opening goal of the edition.
    EditionOpener,
}

/// A numbered or first goal.
#[derive(Debug, Clone, Serialize)]
pub struct Milestone {
    /// Kind.
    pub kind: MilestoneKind,
    /// The number (1 for firsts).
    pub number: u32,
    /// Scorer, where one is credited.
    pub player: Option<PlayerId>,
    /// Scorer's name.
    pub player_name: Option<String>,
    /// Team credited.
    pub team: TeamId,
    /// Minute.
    pub minute: Option<Minute>,
    /// Source rows.
    pub evidence: Vec<Evidence>,
}

/// One goal of a match as the milestone logic sees it.
#[derive(Debug, Clone)]
struct G {
    team: TeamId,
    player: Option<PlayerId>,
    name: Option<String>,
    minute: Option<Minute>,
    own_goal: bool,
    evidence: Evidence,
}

fn ordinal_ok(n: u32, step: u32) -> bool {
    n > 0 && n.is_multiple_of(step)
}

impl Facts {
    fn wc_goals_of(&self, id: MatchId) -> Result<Vec<G>, FactsError> {
        Ok(self
            .wc_index()?
            .goals
            .iter()
            .filter(|g| g.match_id == id)
            .map(|g| G {
                team: g.team,
                player: Some(g.player),
                name: Some(g.player_name.clone()),
                minute: Some(g.minute),
                own_goal: g.own_goal,
                evidence: g.evidence.clone(),
            })
            .collect())
    }

    /// World Cup record ties and breaks in a match (exact).
    pub fn wc_record_events(&self, id: MatchId) -> Result<Vec<RecordEvent>, FactsError> {
        let ix = self.wc_index()?;
        let Some(w) = ix.match_info(id) else {
            return Ok(Vec::new());
        };
        let gender = w.gender;
        let date = w.date;
        let goals = self.wc_goals_of(id)?;
        let mut out = Vec::new();
        for (k, g) in goals.iter().enumerate() {
            let (Some(p), false) = (g.player, g.own_goal) else {
                continue;
            };
            let at = Moment {
                date,
                match_id: id,
                goals_in_match: k,
            };
            for scope in [RecordScope::TeamWorldCup, RecordScope::WorldCupAllTime] {
                let team = (scope == RecordScope::TeamWorldCup).then_some(g.team);
                let counts = ix.scorer_counts(gender, at, team);
                let before = counts.get(&p).map_or(0, |c| c.2);
                if let Some(ev) = record_move(
                    scope,
                    id,
                    p,
                    g,
                    before,
                    counts
                        .iter()
                        .filter(|(q, _)| **q != p)
                        .map(|(_, c)| (c.0.clone(), c.2)),
                ) {
                    out.push(ev);
                }
            }
        }
        Ok(out)
    }

    /// Checks each goal of a (men's) match against the scoring team's all-time record from
    /// martj42 scorer rows: an event only when every count involved is exact.
    pub fn team_record_checks(&self, m: &MatchRow) -> Result<Vec<TeamRecordCheck>, FactsError> {
        if m.gender != Gender::Men {
            return Ok(Vec::new());
        }
        let goals = self.match_goals(m)?;
        let day_before = m.date.pred_opt().unwrap_or(m.date);
        let mut out = Vec::new();
        let mut scored_in_match: Vec<(PlayerId, u32)> = Vec::new();
        for g in goals.goals.iter().filter(|g| !g.own_goal) {
            let Some(p) = g.player else { continue };
            let table = self.team_top_scorers(g.team, Some(day_before), 3)?;
            let mine = self.player_tally(p, g.team, Some(day_before))?;
            let earlier = scored_in_match
                .iter()
                .find(|(q, _)| *q == p)
                .map_or(0, |x| x.1);
            let after = mine.value.tally.shift(earlier + 1);
            let rival = table.value.iter().find(|e| e.player != p);
            let exact = table.coverage.is_exact() && mine.coverage.is_exact();
            if exact {
                let others = table
                    .value
                    .iter()
                    .filter(|e| e.player != p)
                    .map(|e| (e.name.clone(), e.goals.low));
                let ge = G {
                    team: g.team,
                    player: Some(p),
                    name: g.name.clone(),
                    minute: g.minute,
                    own_goal: false,
                    evidence: g
                        .evidence
                        .first()
                        .cloned()
                        .unwrap_or_else(|| m.evidence.clone()),
                };
                out.push(
                    match record_move(
                        RecordScope::TeamAllTime,
                        m.id,
                        p,
                        &ge,
                        after.low - 1,
                        others,
                    ) {
                        Some(e) => TeamRecordCheck::Event(e),
                        None => TeamRecordCheck::Nothing,
                    },
                );
            } else if rival.is_some_and(|r| {
                // Only contenders: within a fifth of the best rival's known goals.
                r.goals.high >= after.low
                    && after.high >= r.goals.low
                    && after.low * 5 >= r.goals.low * 4
            }) {
                let rival = match rival {
                    Some(r) => Some((
                        r.name.clone(),
                        self.player_tally(r.player, g.team, Some(day_before))?
                            .value
                            .tally,
                    )),
                    None => None,
                };
                let both_exact = after.is_exact() && rival.as_ref().is_some_and(|r| r.1.is_exact());
                let reason = if both_exact {
                    format!(
                        "both tallies are pinned by caps/goals snapshots, but {} {} goals have no scorer row, so another player's total cannot be ruled out",
                        match table.coverage {
                            goalline_core::Coverage::Bounded { unknown } => unknown.to_string(),
                            _ => "some".into(),
                        },
                        self.team_name(g.team)
                    )
                } else {
                    format!(
                        "{} goals without a scorer row (friendlies and some competitions) leave the tallies as bounds: his is {}",
                        self.team_name(g.team),
                        after
                    )
                };
                out.push(TeamRecordCheck::Undecided {
                    player: p,
                    tally: after,
                    rival,
                    reason,
                });
            }
            match scored_in_match.iter_mut().find(|(q, _)| *q == p) {
                Some(x) => x.1 += 1,
                None => scored_in_match.push((p, 1)),
            }
        }
        Ok(out)
    }

    /// Round-number goals and firsts in a match, from exact counts only.
    pub fn milestones(&self, id: MatchId) -> Result<Vec<Milestone>, FactsError> {
        let ix = self.wc_index()?;
        let mut out = Vec::new();
        if let Some(w) = ix.match_info(id) {
            let (gender, date) = (w.gender, w.date);
            let tournament = w.tournament.clone();
            let goals = self.wc_goals_of(id)?;
            for (k, g) in goals.iter().enumerate() {
                let at = Moment {
                    date,
                    match_id: id,
                    goals_in_match: k,
                };
                let before: Vec<_> = ix.goals_before(gender, at).collect();
                let ms = |kind, number| Milestone {
                    kind,
                    number,
                    player: g.player.filter(|_| !g.own_goal),
                    player_name: g.name.clone().filter(|_| !g.own_goal),
                    team: g.team,
                    minute: g.minute,
                    evidence: vec![g.evidence.clone()],
                };
                let in_edition =
                    before.iter().filter(|x| x.tournament == tournament).count() as u32;
                if in_edition == 0 {
                    out.push(ms(MilestoneKind::EditionOpener, 1));
                } else if ordinal_ok(in_edition + 1, 50) {
                    out.push(ms(MilestoneKind::EditionRound, in_edition + 1));
                }
                let team_total = before.iter().filter(|x| x.team == g.team).count() as u32;
                if ordinal_ok(team_total + 1, 50) {
                    out.push(ms(MilestoneKind::TeamWorldCupRound, team_total + 1));
                }
                let team_edition = before
                    .iter()
                    .filter(|x| x.team == g.team && x.tournament == tournament)
                    .count();
                if team_edition == 0 && in_edition > 0 {
                    out.push(ms(MilestoneKind::TeamFirstOfEdition, 1));
                }
                if let (Some(p), false) = (g.player, g.own_goal) {
                    let mine = before
                        .iter()
                        .filter(|x| x.player == p && !x.own_goal)
                        .count() as u32;
                    if mine == 0 {
                        out.push(ms(MilestoneKind::FirstWorldCupGoal, 1));
                    } else if ordinal_ok(mine + 1, 5) {
                        out.push(ms(MilestoneKind::PlayerWorldCupRound, mine + 1));
                    }
                }
            }
            return Ok(out);
        }
        // Outside World Cups: a player's round-number goal for his team, only when exact.
        let Some(m) = self.store().match_by_id(id)? else {
            return Ok(out);
        };
        if m.gender != Gender::Men {
            return Ok(out);
        }
        let goals = self.match_goals(&m)?;
        let mut done: Vec<PlayerId> = Vec::new();
        for g in goals.goals.iter().filter(|g| !g.own_goal) {
            let Some(p) = g.player else { continue };
            if done.contains(&p) {
                continue;
            }
            done.push(p);
            let nth = self.nth_goals(p, g.team, id)?;
            for n in nth.value.iter().filter(|t| t.is_exact()) {
                if ordinal_ok(n.low, 10) || ordinal_ok(n.low, 25) {
                    out.push(Milestone {
                        kind: MilestoneKind::PlayerTeamRound,
                        number: n.low,
                        player: Some(p),
                        player_name: g.name.clone(),
                        team: g.team,
                        minute: g.minute,
                        evidence: nth.evidence.clone(),
                    });
                }
            }
        }
        Ok(out)
    }

    /// The day of the first match of a World Cup tournament id, for messages.
    pub fn wc_start(&self, tournament: &str) -> Result<Option<Date>, FactsError> {
        Ok(self
            .wc_index()?
            .tournaments
            .iter()
            .find(|t| t.id == tournament)
            .map(|t| t.start_date))
    }
}

/// Decides tie/break from the scorer's count before the goal and every rival's count.
fn record_move(
    scope: RecordScope,
    id: MatchId,
    p: PlayerId,
    g: &G,
    before: u32,
    others: impl Iterator<Item = (String, u32)>,
) -> Option<RecordEvent> {
    let others: Vec<(String, u32)> = others.collect();
    let best = others.iter().map(|o| o.1).max().unwrap_or(0);
    if best < 3 {
        return None;
    }
    let after = before + 1;
    let kind = if after == best {
        RecordMove::Ties
    } else if before == best {
        RecordMove::Breaks
    } else {
        return None;
    };
    let mut holders: Vec<(String, u32)> = others.into_iter().filter(|o| o.1 == best).collect();
    holders.sort();
    Some(RecordEvent {
        scope,
        kind,
        match_id: id,
        player: p,
        player_name: g.name.clone().unwrap_or_default(),
        team: g.team,
        minute: g.minute,
        goals: after,
        holders,
        evidence: vec![g.evidence.clone()],
    })
}
