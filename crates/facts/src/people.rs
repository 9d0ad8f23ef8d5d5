//! People: ages on a date, World Cup appearances and starts, squads and awards of a player.

use crate::answer::Answer;
use crate::{Facts, FactsError};
use goalline_core::{Coverage, Date, Datelike, MatchId, PlayerId, TeamId};
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
    /// Appearances; `None` when a match of the team has no line-up in any source.
    pub appearances: Option<u32>,
    /// Starts; `None` like `appearances`.
    pub starts: Option<u32>,
    /// Why appearances are unknown.
    pub appearances_note: Option<String>,
    /// Days of the team's matches whose line-up no source has.
    pub unknown_dates: Vec<Date>,
    /// Days of the team's matches.
    pub match_dates: Vec<Date>,
    /// Goals (own goals excluded).
    pub goals: u32,
    /// The appearance rows (Fjelstul's, else openfootball's line-ups).
    pub rows: Vec<AppearanceRow>,
    /// The goal rows.
    pub goal_rows: Vec<WcGoalRow>,
}

/// (tournament id, year, team, the team's matches with their days).
type EditionTeam = (String, i32, TeamId, Vec<(MatchId, Date)>);

/// Why a player's World Cup appearances are not known.
pub const APPEARANCES_UNKNOWN: &str = "no line-up in any source for some of the team's matches (Fjelstul's appearances start in 1970, miss the 1999 Women's World Cup and end with 2022; openfootball's line-ups fill some editions)";

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

    /// A player's World Cups (every edition known from any source): appearances, starts and
    /// goals per tournament. Appearances come from Fjelstul, else openfootball's line-ups;
    /// where neither has a match of the team they are unknown (`None`), never zero.
    pub fn player_world_cups(
        &self,
        player: PlayerId,
    ) -> Result<Answer<Vec<PlayerTournament>>, FactsError> {
        let store = self.store();
        let apps = store.player_appearances(player)?;
        let goals = store.player_wc_goals(player)?;
        let squads = store.player_squads(player)?;
        let mut out: Vec<PlayerTournament> = Vec::new();
        let mut teams: Vec<EditionTeam> = Vec::new();
        for s in &squads {
            let matches: Vec<(MatchId, Date)> = store
                .wc_matches(Some(&s.tournament))?
                .iter()
                .filter(|w| w.home == s.team || w.away == s.team)
                .map(|w| (w.match_id, w.date))
                .collect();
            teams.push((s.tournament.clone(), s.year, s.team, matches));
        }
        // Editions no Fjelstul table holds (2026): openfootball squads and martj42 goals.
        let later = self.later_world_cups(goalline_core::Gender::Men)?;
        if !later.editions.is_empty() {
            let of_squads = store.player_of_squads(player)?;
            for e in &later.editions {
                let id = crate::wcall::LaterWorldCups::id(e);
                let mut ts: Vec<TeamId> = of_squads
                    .iter()
                    .filter(|s| s.edition == id)
                    .map(|s| s.team)
                    .collect();
                ts.extend(
                    later
                        .goals
                        .iter()
                        .filter(|g| g.tournament == id && g.player == player && !g.own_goal)
                        .map(|g| g.team),
                );
                ts.sort();
                ts.dedup();
                if ts.is_empty() {
                    continue;
                }
                let matches = self.edition_matches(e)?;
                for t in ts {
                    let mine = matches
                        .iter()
                        .filter(|m| m.home == t || m.away == t)
                        .map(|m| (m.id, m.date))
                        .collect();
                    teams.push((id.clone(), e.year, t, mine));
                }
            }
        }
        for (tournament, year, team, matches) in teams {
            let mut rows: Vec<AppearanceRow> = apps
                .iter()
                .filter(|a| a.tournament == tournament)
                .cloned()
                .collect();
            let mut unknown_dates = Vec::new();
            for &(id, date) in &matches {
                if rows.iter().any(|a| a.match_id == id) {
                    continue;
                }
                if store.match_appearances(id)?.iter().any(|a| a.team == team) {
                    continue;
                }
                let lineups = store.lineups(id)?;
                if !lineups.iter().any(|l| l.team == team) {
                    unknown_dates.push(date);
                    continue;
                }
                if let Some(l) = lineups.iter().find(|l| l.player == Some(player)) {
                    rows.push(AppearanceRow {
                        match_id: id,
                        wc_match: String::new(),
                        tournament: tournament.clone(),
                        date,
                        team,
                        player,
                        player_name: l.player_name.clone().unwrap_or_else(|| l.name.clone()),
                        starter: l.starter,
                        substitute: !l.starter,
                        position: String::new(),
                        evidence: l.evidence.clone(),
                    });
                }
            }
            rows.sort_by_key(|a| a.date);
            let goal_rows: Vec<WcGoalRow> = goals
                .iter()
                .chain(later.goals.iter().filter(|g| g.player == player))
                .filter(|g| g.tournament == tournament && !g.own_goal)
                .cloned()
                .collect();
            let known = unknown_dates.is_empty();
            out.push(PlayerTournament {
                tournament,
                year,
                team,
                team_matches: matches.len() as u32,
                appearances: known.then_some(rows.len() as u32),
                starts: known.then(|| rows.iter().filter(|a| a.starter).count() as u32),
                appearances_note: (!known).then(|| APPEARANCES_UNKNOWN.to_string()),
                unknown_dates,
                match_dates: matches.iter().map(|m| m.1).collect(),
                goals: goal_rows.len() as u32,
                rows,
                goal_rows,
            });
        }
        let mut evidence: Vec<_> = squads.iter().map(|s| s.evidence.clone()).collect();
        evidence.extend(apps.iter().map(|a| a.evidence.clone()));
        let coverage = if out.iter().all(|c| c.appearances.is_some()) {
            Coverage::Exact
        } else {
            Coverage::LowerBound
        };
        Ok(Answer {
            value: out,
            evidence,
            coverage,
            note: (coverage != Coverage::Exact).then(|| APPEARANCES_UNKNOWN.to_string()),
        })
    }

    /// A World Cup line as of a day: (team matches, appearances, starts, goals); appearances
    /// and starts are `None` when a match of the team up to that day has no line-up.
    pub fn world_cup_line_as_of(
        c: &PlayerTournament,
        as_of: Option<Date>,
    ) -> (u32, Option<u32>, Option<u32>, u32) {
        let upto = |d: Date| as_of.is_none_or(|a| d <= a);
        let known = !c.unknown_dates.iter().any(|d| upto(*d));
        (
            c.match_dates.iter().filter(|d| upto(**d)).count() as u32,
            known.then(|| c.rows.iter().filter(|a| upto(a.date)).count() as u32),
            known.then(|| c.rows.iter().filter(|a| a.starter && upto(a.date)).count() as u32),
            c.goal_rows.iter().filter(|g| upto(g.date)).count() as u32,
        )
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
