//! Group tables rebuilt from fixtures: a World Cup group from Fjelstul's group names, any
//! other group (qualifying groups, continental finals) as the set of teams of one competition
//! and cycle that play each other.
//!
//! results.csv stores no tables. A group here is found from one team: its opponents in the
//! competition during the cycle around the day (matches of one competition no more than a
//! year apart), narrowed to the largest set in which every pair has met (play-off and
//! knockout opponents drop out). Points are 3 for a win from mid-1994 (2 before), then goal
//! difference and goals scored; ties beyond that are reported as shared positions, never
//! broken by guesswork.

use crate::answer::Answer;
use crate::{Facts, FactsError};
use goalline_core::{Coverage, Date, Gender, Stage, TeamId};
use goalline_store::MatchRow;
use serde::Serialize;
use std::collections::HashMap;

/// One line of a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableRow {
    /// The team.
    pub team: TeamId,
    /// Matches played.
    pub played: u32,
    /// Wins.
    pub won: u32,
    /// Draws.
    pub drawn: u32,
    /// Defeats.
    pub lost: u32,
    /// Goals scored.
    pub goals_for: u32,
    /// Goals conceded.
    pub goals_against: u32,
    /// Points.
    pub points: u32,
}

impl TableRow {
    fn new(team: TeamId) -> TableRow {
        TableRow {
            team,
            played: 0,
            won: 0,
            drawn: 0,
            lost: 0,
            goals_for: 0,
            goals_against: 0,
            points: 0,
        }
    }

    /// Goal difference.
    pub fn goal_difference(&self) -> i64 {
        self.goals_for as i64 - self.goals_against as i64
    }

    fn key(&self) -> (u32, i64, u32) {
        (self.points, self.goal_difference(), self.goals_for)
    }
}

/// A group's table on a day.
#[derive(Debug, Clone, Serialize)]
pub struct GroupTable {
    /// What the group is ("2015 FIFA Women's World Cup, Group B", "FIFA World Cup
    /// qualification group of England, Poland, …").
    pub label: String,
    /// The competition (martj42 spelling).
    pub competition: String,
    /// Lines, best first (points, goal difference, goals scored).
    pub rows: Vec<TableRow>,
    /// The group's matches played up to the day.
    pub matches: Vec<MatchRow>,
    /// The group's matches in the whole cycle (played later too).
    pub fixtures: usize,
}

impl GroupTable {
    /// A team's line.
    pub fn row(&self, team: TeamId) -> Option<&TableRow> {
        self.rows.iter().find(|r| r.team == team)
    }

    /// The positions a team can hold: (best, worst). Equal on points, goal difference and goals
    /// scored means a shared range (the tie-breakers beyond are not applied).
    pub fn position(&self, team: TeamId) -> Option<(u32, u32)> {
        let me = self.row(team)?.key();
        let better = self.rows.iter().filter(|r| r.key() > me).count() as u32;
        let level = self.rows.iter().filter(|r| r.key() == me).count() as u32;
        Some((better + 1, better + level))
    }

    /// The team at a position, when exactly one team can hold it.
    pub fn at(&self, position: u32) -> Option<TeamId> {
        let hits: Vec<TeamId> = self
            .rows
            .iter()
            .filter(|r| {
                self.position(r.team)
                    .is_some_and(|(a, b)| a <= position && position <= b)
            })
            .map(|r| r.team)
            .collect();
        (hits.len() == 1).then(|| hits[0])
    }
}

/// Points for a win on a day (3 from the 1994 World Cup on, 2 before).
pub fn win_points(d: Date) -> u32 {
    if d >= Date::from_ymd_opt(1994, 6, 1).unwrap_or_default() {
        3
    } else {
        2
    }
}

fn build(teams: &[TeamId], matches: &[MatchRow]) -> Option<Vec<TableRow>> {
    let mut rows: HashMap<TeamId, TableRow> =
        teams.iter().map(|t| (*t, TableRow::new(*t))).collect();
    for m in matches {
        let (Some(h), Some(a)) = (m.home_score, m.away_score) else {
            return None;
        };
        let w = win_points(m.date);
        for (t, f, g) in [(m.home, h, a), (m.away, a, h)] {
            let r = rows.get_mut(&t)?;
            r.played += 1;
            r.goals_for += f;
            r.goals_against += g;
            match f.cmp(&g) {
                std::cmp::Ordering::Greater => {
                    r.won += 1;
                    r.points += w;
                }
                std::cmp::Ordering::Equal => {
                    r.drawn += 1;
                    r.points += 1;
                }
                std::cmp::Ordering::Less => r.lost += 1,
            }
        }
    }
    let mut v: Vec<TableRow> = rows.into_values().collect();
    v.sort_by(|a, b| b.key().cmp(&a.key()).then(a.team.0.cmp(&b.team.0)));
    Some(v)
}

impl Facts {
    /// The table of `team`'s group in `competition` (martj42 spelling, or `FIFA Women's World
    /// Cup`) on day `as_of`: with `inclusive`, matches of that day count. `None` when the team
    /// played no group of that competition in a cycle around the day. The coverage is exact
    /// when every score is known and the group is a complete round robin over its cycle.
    pub fn group_table(
        &self,
        team: TeamId,
        competition: &str,
        gender: Gender,
        as_of: Date,
        inclusive: bool,
    ) -> Result<Option<Answer<GroupTable>>, FactsError> {
        if competition == "FIFA World Cup" || competition == "FIFA Women's World Cup" {
            if let Some(t) = self.wc_group_table(team, gender, as_of, inclusive)? {
                return Ok(Some(t));
            }
        }
        let upto = |d: Date| if inclusive { d <= as_of } else { d < as_of };
        let mine: Vec<MatchRow> = self
            .store()
            .team_matches(team, None, None)?
            .into_iter()
            .filter(|m| m.gender == gender && m.tournament == competition)
            .collect();
        // The cycle: the run of this competition's matches (gaps under a year) holding the
        // team's latest match on or before the day.
        let Some(anchor) = mine.iter().rposition(|m| upto(m.date)) else {
            return Ok(None);
        };
        if (as_of - mine[anchor].date).num_days() > 365 {
            return Ok(None);
        }
        let mut lo = anchor;
        while lo > 0 && (mine[lo].date - mine[lo - 1].date).num_days() <= 365 {
            lo -= 1;
        }
        let mut hi = anchor;
        while hi + 1 < mine.len() && (mine[hi + 1].date - mine[hi].date).num_days() <= 365 {
            hi += 1;
        }
        // Other teams of the group may start earlier or end later than this one.
        let margin = goalline_core::Days::new(90);
        let (from, to) = (
            mine[lo]
                .date
                .checked_sub_days(margin)
                .unwrap_or(mine[lo].date),
            mine[hi]
                .date
                .checked_add_days(margin)
                .unwrap_or(mine[hi].date),
        );
        let cycle: Vec<MatchRow> = self
            .store()
            .competition_matches(competition, from, to)?
            .into_iter()
            .filter(|m| m.gender == gender)
            .collect();
        let met = |a: TeamId, b: TeamId| {
            cycle
                .iter()
                .any(|m| (m.home == a && m.away == b) || (m.home == b && m.away == a))
        };
        let mut members: Vec<TeamId> = vec![team];
        for m in &mine[lo..=hi] {
            let o = m.opponent(team);
            if !members.contains(&o) {
                members.push(o);
            }
        }
        // The opponent of the latest group-like match (one whose opponent met at least two
        // of the team's other opponents) stays: the group the day is about.
        let keep = mine[lo..=anchor]
            .iter()
            .rev()
            .map(|m| m.opponent(team))
            .find(|o| {
                members
                    .iter()
                    .filter(|x| **x != team && *x != o && met(*o, **x))
                    .count()
                    >= 2
            })
            .unwrap_or(team);
        loop {
            let degree =
                |t: TeamId, ms: &[TeamId]| ms.iter().filter(|o| **o != t && met(t, **o)).count();
            let n = members.len();
            if members.iter().all(|t| degree(*t, &members) == n - 1) {
                break;
            }
            let worst = members
                .iter()
                .copied()
                .filter(|t| *t != team && *t != keep)
                .min_by_key(|t| degree(*t, &members));
            match worst {
                Some(w) => members.retain(|t| *t != w),
                None => return Ok(None),
            }
        }
        if members.len() < 3 {
            return Ok(None);
        }
        let fixtures: Vec<&MatchRow> = cycle
            .iter()
            .filter(|m| members.contains(&m.home) && members.contains(&m.away))
            .collect();
        let played: Vec<MatchRow> = fixtures
            .iter()
            .filter(|m| upto(m.date))
            .map(|m| (*m).clone())
            .collect();
        let Some(rows) = build(&members, &played) else {
            return Ok(Some(Answer {
                value: GroupTable {
                    label: format!("{competition} group"),
                    competition: competition.to_string(),
                    rows: Vec::new(),
                    matches: played,
                    fixtures: fixtures.len(),
                },
                evidence: Vec::new(),
                coverage: Coverage::None,
                note: Some("a group match has no recorded score".into()),
            }));
        };
        let names: Vec<&str> = rows.iter().map(|r| self.team_name(r.team)).collect();
        let evidence = played.iter().map(|m| m.evidence.clone()).collect();
        Ok(Some(
            Answer::exact(
                GroupTable {
                    label: format!("{competition} group of {}", names.join(", ")),
                    competition: competition.to_string(),
                    rows,
                    matches: played,
                    fixtures: fixtures.len(),
                },
                evidence,
            )
            .with_note(format!(
                "rebuilt from results.csv: the teams of {competition} between {from} and {to} that all played each other"
            )),
        ))
    }

    /// A World Cup group (first or second group stage) from Fjelstul's group names.
    fn wc_group_table(
        &self,
        team: TeamId,
        gender: Gender,
        as_of: Date,
        inclusive: bool,
    ) -> Result<Option<Answer<GroupTable>>, FactsError> {
        let ix = self.wc_index()?;
        let upto = |d: Date| if inclusive { d <= as_of } else { d < as_of };
        let group_stage = |s: Stage| matches!(s, Stage::GroupStage | Stage::SecondGroupStage);
        // The team's latest group match on or before the day, in the tournament being played.
        let Some(last) = ix
            .team_matches(team, gender)
            .filter(|w| group_stage(w.stage) && upto(w.date) && w.group_name.is_some())
            .max_by_key(|w| w.date)
        else {
            return Ok(None);
        };
        if (as_of - last.date).num_days() > 60 {
            return Ok(None);
        }
        let t = last.tournament.clone();
        let (stage, group) = (last.stage, last.group_name.clone());
        let ms: Vec<_> = ix
            .matches
            .iter()
            .filter(|w| w.tournament == t && w.stage == stage && w.group_name == group)
            .collect();
        let mut teams: Vec<TeamId> = Vec::new();
        for w in &ms {
            for x in [w.home, w.away] {
                if !teams.contains(&x) {
                    teams.push(x);
                }
            }
        }
        let mut played = Vec::new();
        for w in ms.iter().filter(|w| upto(w.date)) {
            if let Some(m) = self.store().match_by_id(w.match_id)? {
                played.push(m);
            }
        }
        let Some(rows) = build(&teams, &played) else {
            return Ok(None);
        };
        let evidence = ms.iter().map(|w| w.evidence.clone()).collect();
        Ok(Some(
            Answer::exact(
                GroupTable {
                    label: format!(
                        "{}, {} {}",
                        last.tournament_name,
                        last.stage_name,
                        group.clone().unwrap_or_default()
                    ),
                    competition: if gender == Gender::Men {
                        "FIFA World Cup".into()
                    } else {
                        "FIFA Women's World Cup".into()
                    },
                    rows,
                    matches: played,
                    fixtures: ms.len(),
                },
                evidence,
            )
            .with_note(
                "rebuilt from Fjelstul's group matches (points, goal difference, goals scored)",
            ),
        ))
    }
}
