//! People: ages on a date, World Cup appearances and starts, squads and awards of a player.

use crate::answer::Answer;
use crate::{Facts, FactsError};
use goalline_core::{Coverage, Date, Datelike, PlayerId, TeamId};
use goalline_store::{AppearanceRow, AwardRow, WcGoalRow};
use serde::Serialize;

/// A player's World Cup tournament.
#[derive(Debug, Clone, Serialize)]
pub struct PlayerTournament {
    /// `WC-2022`.
    pub tournament: String,
    /// Year.
    pub year: i32,
    /// Team.
    pub team: TeamId,
    /// Matches the team played in the tournament.
    pub team_matches: u32,
    /// Appearances.
    pub appearances: u32,
    /// Starts.
    pub starts: u32,
    /// Goals (own goals excluded).
    pub goals: u32,
    /// The appearance rows.
    pub rows: Vec<AppearanceRow>,
    /// The goal rows.
    pub goal_rows: Vec<WcGoalRow>,
}

/// Age in whole years on `on`.
pub fn age_on(birth: Date, on: Date) -> i32 {
    on.year() - birth.year() - i32::from((on.month(), on.day()) < (birth.month(), birth.day()))
}

impl Facts {
    /// A player's age on a day, from a recorded birth date.
    pub fn age(&self, player: PlayerId, on: Date) -> Result<Answer<Option<i32>>, FactsError> {
        let p = self.store().player(player)?;
        Ok(
            match p.and_then(|p| p.birth_date.map(|b| (b, p.evidence))) {
                Some((b, ev)) => Answer::exact(Some(age_on(b, on)), vec![ev]),
                None => Answer {
                    value: None,
                    evidence: Vec::new(),
                    coverage: Coverage::None,
                    note: Some("no birth date recorded".into()),
                },
            },
        )
    }

    /// A player's World Cups: appearances, starts and goals per tournament.
    pub fn player_world_cups(
        &self,
        player: PlayerId,
    ) -> Result<Answer<Vec<PlayerTournament>>, FactsError> {
        let store = self.store();
        let apps = store.player_appearances(player)?;
        let goals = store.player_wc_goals(player)?;
        let squads = store.player_squads(player)?;
        let mut out: Vec<PlayerTournament> = Vec::new();
        for s in &squads {
            let rows: Vec<AppearanceRow> = apps
                .iter()
                .filter(|a| a.tournament == s.tournament)
                .cloned()
                .collect();
            let goal_rows: Vec<WcGoalRow> = goals
                .iter()
                .filter(|g| g.tournament == s.tournament && !g.own_goal)
                .cloned()
                .collect();
            let team_matches = store
                .wc_matches(Some(&s.tournament))?
                .iter()
                .filter(|w| w.home == s.team || w.away == s.team)
                .count() as u32;
            out.push(PlayerTournament {
                tournament: s.tournament.clone(),
                year: s.year,
                team: s.team,
                team_matches,
                appearances: rows.len() as u32,
                starts: rows.iter().filter(|a| a.starter).count() as u32,
                goals: goal_rows.len() as u32,
                rows,
                goal_rows,
            });
        }
        let mut evidence: Vec<_> = squads.iter().map(|s| s.evidence.clone()).collect();
        evidence.extend(apps.iter().map(|a| a.evidence.clone()));
        Ok(Answer::exact(out, evidence))
    }

    /// Awards a player won at World Cups.
    pub fn player_awards(&self, player: PlayerId) -> Result<Vec<AwardRow>, FactsError> {
        Ok(self.store().awards(None, Some(player))?)
    }
}

#[cfg(test)]
mod tests {
    use super::age_on;
    use goalline_core::Date;

    #[test]
    fn age_turns_on_the_birthday() {
        let b = Date::from_ymd_opt(1993, 7, 28).expect("date");
        assert_eq!(
            age_on(b, Date::from_ymd_opt(2022, 12, 10).expect("date")),
            29
        );
        assert_eq!(
            age_on(b, Date::from_ymd_opt(2023, 7, 27).expect("date")),
            29
        );
        assert_eq!(
            age_on(b, Date::from_ymd_opt(2023, 7, 28).expect("date")),
            30
        );
    }
}
