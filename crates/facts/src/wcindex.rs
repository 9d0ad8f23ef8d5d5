//! Every World Cup goal, match and tournament in memory: loaded once per engine on first use,
//! then World Cup records, milestones and finishes are answered without a database round trip.
//!
//! Fjelstul records every World Cup goal, so counts taken from this index are exact. It is a
//! read-only snapshot of the store; it must not be used for martj42 tallies.

use crate::FactsError;
use goalline_core::{Date, Gender, MatchId, PlayerId, TeamId};
use goalline_store::{Store, WcGoalRow, WcInfo, WcTournamentRow};
use std::collections::HashMap;

/// The World Cup index.
#[derive(Debug, Clone)]
pub struct WcIndex {
    /// Tournaments, oldest first.
    pub tournaments: Vec<WcTournamentRow>,
    /// Matches, in date order.
    pub matches: Vec<WcInfo>,
    /// Goals (own goals included, flagged), in date and minute order.
    pub goals: Vec<WcGoalRow>,
    /// The gender of each goal's tournament, parallel to `goals`.
    goal_gender: Vec<Gender>,
    gender_of: HashMap<String, Gender>,
}

/// A position in World Cup history: strictly before this goal of this match.
#[derive(Debug, Clone, Copy)]
pub struct Moment {
    /// Match day.
    pub date: Date,
    /// The match.
    pub match_id: MatchId,
    /// Goals of that match already scored (in time order).
    pub goals_in_match: usize,
}

/// Puts World Cup goals in date and minute order (stoppage time after its minute), keeping
/// the order they came in otherwise.
pub fn sort_goals(goals: &mut [WcGoalRow]) {
    goals.sort_by_key(|g| (g.date, g.minute.base, g.minute.stoppage.unwrap_or(0)));
}

impl WcIndex {
    /// Loads every tournament, match and goal.
    pub fn load(store: &dyn Store) -> Result<WcIndex, FactsError> {
        let tournaments = store.wc_tournaments()?;
        let matches = store.wc_matches(None)?;
        let mut goals = Vec::new();
        for t in &tournaments {
            goals.extend(store.tournament_wc_goals(&t.id)?);
        }
        sort_goals(&mut goals);
        Ok(Self::build(tournaments, matches, goals))
    }

    /// The index from its parts: tournaments (oldest first), matches (date order) and each
    /// gender's goals (in [`sort_goals`] order).
    pub fn from_parts(
        tournaments: Vec<WcTournamentRow>,
        matches: Vec<WcInfo>,
        men: &[WcGoalRow],
        women: &[WcGoalRow],
    ) -> WcIndex {
        let mut goals: Vec<WcGoalRow> = men.iter().chain(women).cloned().collect();
        // Date order across genders (stable: each gender's minute order is kept).
        goals.sort_by_key(|g| g.date);
        Self::build(tournaments, matches, goals)
    }

    fn build(
        tournaments: Vec<WcTournamentRow>,
        matches: Vec<WcInfo>,
        goals: Vec<WcGoalRow>,
    ) -> WcIndex {
        let gender_of: HashMap<String, Gender> = tournaments
            .iter()
            .map(|t| (t.id.clone(), t.gender))
            .collect();
        let goal_gender = goals
            .iter()
            .map(|g| gender_of.get(&g.tournament).copied().unwrap_or(Gender::Men))
            .collect();
        WcIndex {
            tournaments,
            matches,
            goals,
            goal_gender,
            gender_of,
        }
    }

    /// The gender of a tournament id.
    pub fn gender(&self, tournament: &str) -> Option<Gender> {
        self.gender_of.get(tournament).copied()
    }

    /// Goals of one gender strictly before a moment.
    pub fn goals_before(&self, gender: Gender, at: Moment) -> impl Iterator<Item = &WcGoalRow> {
        let mut seen_in_match = 0usize;
        self.goals
            .iter()
            .zip(&self.goal_gender)
            .take_while(move |(g, _)| g.date <= at.date)
            .filter(move |(_, g)| **g == gender)
            .map(|(g, _)| g)
            .filter(move |g| {
                if g.date < at.date {
                    return true;
                }
                if g.match_id == at.match_id {
                    seen_in_match += 1;
                    return seen_in_match <= at.goals_in_match;
                }
                false
            })
    }

    /// Non-own goals per player (with the team they scored for) before a moment.
    pub fn scorer_counts(
        &self,
        gender: Gender,
        at: Moment,
        team: Option<TeamId>,
    ) -> HashMap<PlayerId, (String, TeamId, u32)> {
        let mut out: HashMap<PlayerId, (String, TeamId, u32)> = HashMap::new();
        for g in self.goals_before(gender, at).filter(|g| !g.own_goal) {
            if team.is_some_and(|t| t != g.team) {
                continue;
            }
            out.entry(g.player)
                .or_insert_with(|| (g.player_name.clone(), g.team, 0))
                .2 += 1;
        }
        out
    }

    /// Goals credited to a team (own goals of opponents included) before a moment.
    pub fn team_goals_before(&self, gender: Gender, team: TeamId, at: Moment) -> u32 {
        self.goals_before(gender, at)
            .filter(|g| g.team == team)
            .count() as u32
    }

    /// World Cup matches of one gender involving a team.
    pub fn team_matches(&self, team: TeamId, gender: Gender) -> impl Iterator<Item = &WcInfo> {
        self.matches
            .iter()
            .filter(move |w| w.gender == gender && (w.home == team || w.away == team))
    }

    /// The World Cup match of a canonical match.
    pub fn match_info(&self, id: MatchId) -> Option<&WcInfo> {
        self.matches.iter().find(|w| w.match_id == id)
    }
}
