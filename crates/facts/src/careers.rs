//! A player's goals in one competition over a career ("his 14th Copa América goal", "12 World
//! Cup goals", "a record 14 at European Championship finals"), as intervals.
//!
//! - World Cups: Fjelstul records every goal of the editions it holds, so those counts are
//!   exact; later men's editions (2026) come from martj42 scorer rows, exact where every goal
//!   of the player's team in those matches has a row. Women's World Cups after Fjelstul's last
//!   edition are in no dataset (a lower bound).
//! - Other competitions (martj42 tournament names, qualifiers excluded): scorer rows in the
//!   competition's matches, plus, for the upper bound, the player's team's goals in those
//!   matches that have no scorer row (from age 14 when the birth date is known).

use crate::answer::Answer;
use crate::{Facts, FactsError};
use goalline_core::{Coverage, Date, Datelike, Evidence, Gender, PlayerId, Tally};
use serde::Serialize;

/// A player's tally in one competition up to a day.
#[derive(Debug, Clone, Serialize)]
pub struct CompetitionTally {
    /// Player.
    pub player: PlayerId,
    /// martj42's competition name (`FIFA World Cup`, `Copa América`, …).
    pub competition: String,
    /// Up to and including this day (`None`: all data).
    pub as_of: Option<Date>,
    /// The interval.
    pub tally: Tally,
    /// Goals known goal by goal.
    pub known: u32,
    /// Goals of the player's team in those matches with no scorer row.
    pub unknown_team_goals: u32,
    /// How the bounds were made.
    pub reasoning: String,
}

fn is_world_cup(competition: &str) -> Option<Gender> {
    match competition {
        "FIFA World Cup" => Some(Gender::Men),
        "FIFA Women's World Cup" => Some(Gender::Women),
        _ => None,
    }
}

impl Facts {
    /// `player`'s goals (own goals excluded) in `competition`'s matches up to and including
    /// `as_of`.
    pub fn competition_tally(
        &self,
        player: PlayerId,
        competition: &str,
        as_of: Option<Date>,
    ) -> Result<Answer<CompetitionTally>, FactsError> {
        self.competition_tally_between(player, competition, None, as_of)
    }

    /// `player`'s goals in `competition`'s matches from `since` (one edition: "his third goal
    /// of the tournament") up to and including `as_of`.
    pub fn competition_tally_between(
        &self,
        player: PlayerId,
        competition: &str,
        since: Option<Date>,
        as_of: Option<Date>,
    ) -> Result<Answer<CompetitionTally>, FactsError> {
        let store = self.store();
        let p = store.player(player)?.ok_or_else(|| FactsError::NotFound {
            kind: "player",
            name: player.to_string(),
            hint: String::new(),
        })?;
        let mut evidence: Vec<Evidence> = Vec::new();
        let mut known = 0u32;
        let mut unknown = 0u32;
        let mut unbounded = false;
        let mut reasoning: Vec<String> = Vec::new();
        // Rows of martj42 from this day on (World Cups: after Fjelstul's last edition).
        let mut martj42_from: Option<Date> = None;
        if let Some(gender) = is_world_cup(competition) {
            let tournaments = self.wc_tournaments()?;
            let gender_of = |id: &str| tournaments.iter().find(|t| t.id == id).map(|t| t.gender);
            let last_end = tournaments
                .iter()
                .filter(|t| t.gender == gender)
                .map(|t| t.end_date)
                .max();
            let goals: Vec<_> = store
                .player_wc_goals(player)?
                .into_iter()
                .filter(|g| {
                    !g.own_goal
                        && gender_of(&g.tournament) == Some(gender)
                        && as_of.is_none_or(|d| g.date <= d)
                        && since.is_none_or(|d| g.date >= d)
                })
                .collect();
            known += goals.len() as u32;
            evidence.extend(goals.iter().map(|g| g.evidence.clone()));
            reasoning.push(format!(
                "{} World Cup goals in Fjelstul (every goal of its editions)",
                goals.len()
            ));
            match (gender, last_end) {
                (Gender::Men, Some(end)) => martj42_from = end.succ_opt(),
                (_, Some(end)) if as_of.is_none_or(|d| d > end) => {
                    unbounded = true;
                    reasoning.push(format!(
                        "women's World Cups after {} are in no dataset",
                        end.year()
                    ));
                }
                _ => {}
            }
            if gender == Gender::Women {
                let tally = if unbounded {
                    Tally::at_least(known)
                } else {
                    Tally::exact(known)
                };
                return Ok(answer(
                    player,
                    competition,
                    as_of,
                    tally,
                    known,
                    0,
                    reasoning,
                    evidence,
                ));
            }
        } else {
            martj42_from = Some(Date::MIN);
        }
        let martj42_from = match (martj42_from, since) {
            (Some(f), Some(s)) => Some(f.max(s)),
            (f, _) => f,
        };
        let Some(from) = martj42_from else {
            return Ok(answer(
                player,
                competition,
                as_of,
                Tally::exact(known),
                known,
                0,
                reasoning,
                evidence,
            ));
        };
        let span_from = p
            .birth_date
            .and_then(|b| b.with_year(b.year() + 14))
            .map_or(from, |d| d.max(from));
        let mut teams = store.player_teams(player)?;
        teams.sort();
        teams.dedup();
        let mut rows_n = 0u32;
        for team in teams {
            let ledger = self.team_ledger(team)?;
            let in_comp = |m: &goalline_store::MatchRow| {
                m.tournament == competition && m.date >= from && as_of.is_none_or(|d| m.date <= d)
            };
            let ids: Vec<goalline_core::MatchId> = ledger
                .matches
                .iter()
                .filter(|m| in_comp(m))
                .map(|m| m.id)
                .collect();
            let rows: Vec<_> = ledger
                .scorer_rows
                .iter()
                .filter(|r| r.player == Some(player) && !r.own_goal && ids.contains(&r.match_id))
                .collect();
            rows_n += rows.len() as u32;
            evidence.extend(rows.iter().map(|r| r.evidence.clone()));
            for m in ledger
                .matches
                .iter()
                .filter(|m| in_comp(m) && m.date >= span_from)
            {
                match m.goals_for(team) {
                    Some(g) => unknown += g.saturating_sub(m.known_for(team)),
                    None => unbounded = true,
                }
            }
        }
        known += rows_n;
        reasoning.push(format!(
            "{rows_n} scorer rows in {competition} matches{} + up to {unknown} team goals in them without scorer rows",
            if is_world_cup(competition).is_some() {
                " after Fjelstul's editions"
            } else {
                ""
            }
        ));
        let tally = if unbounded {
            Tally::at_least(known)
        } else {
            Tally::between(known, known + unknown)
        };
        Ok(answer(
            player,
            competition,
            as_of,
            tally,
            known,
            unknown,
            reasoning,
            evidence,
        ))
    }
}

#[allow(clippy::too_many_arguments)]
fn answer(
    player: PlayerId,
    competition: &str,
    as_of: Option<Date>,
    tally: Tally,
    known: u32,
    unknown: u32,
    reasoning: Vec<String>,
    evidence: Vec<Evidence>,
) -> Answer<CompetitionTally> {
    Answer {
        coverage: if tally.is_exact() {
            Coverage::Exact
        } else {
            tally.coverage()
        },
        note: (!tally.is_exact()).then(|| {
            format!("{known} goals are known goal by goal; the rest of the interval is goals without scorer data")
        }),
        value: CompetitionTally {
            player,
            competition: competition.to_string(),
            as_of,
            tally,
            known,
            unknown_team_goals: unknown,
            reasoning: reasoning.join("; "),
        },
        evidence,
    }
}

/// One World Cup match a player played in.
#[derive(Debug, Clone, Serialize)]
pub struct WcAppearance {
    /// The match.
    pub match_id: goalline_core::MatchId,
    /// Match day.
    pub date: Date,
    /// The edition's year.
    pub year: i32,
    /// The stage.
    pub stage: goalline_core::Stage,
    /// The player's team.
    pub team: goalline_core::TeamId,
    /// In the starting line-up.
    pub started: bool,
    /// Came on at (substitutes).
    pub on: Option<goalline_core::Minute>,
    /// Went off at.
    pub off: Option<goalline_core::Minute>,
    /// The line-up row.
    pub evidence: Evidence,
}

/// A player's World Cup matches: where the line-ups are known, whether he played.
#[derive(Debug, Clone, Serialize)]
pub struct WcCareer {
    /// Matches played, in date order.
    pub appearances: Vec<WcAppearance>,
    /// Matches of his teams he did not play in (line-up known), with their year and stage.
    pub missed: Vec<(goalline_core::MatchId, Date, i32, goalline_core::Stage)>,
    /// Matches of his teams at editions he was in the squad for whose line-ups no source has,
    /// with their day.
    pub unknown: Vec<(goalline_core::MatchId, Date)>,
    /// Editions he was in a squad for (year, team).
    pub squads: Vec<(i32, goalline_core::TeamId)>,
}

impl Facts {
    /// A player's World Cup matches (one gender): Fjelstul's appearances and substitutions
    /// (from 1970) and openfootball's line-ups (every edition, and 2026), merged by match.
    pub fn world_cup_career(&self, player: PlayerId) -> Result<Answer<WcCareer>, FactsError> {
        let store = self.store();
        let p = store.player(player)?.ok_or_else(|| FactsError::NotFound {
            kind: "player",
            name: player.to_string(),
            hint: String::new(),
        })?;
        let tournaments = self.wc_tournaments()?;
        let mut teams = store.player_teams(player)?;
        teams.sort();
        teams.dedup();
        // Squads: Fjelstul's and openfootball's.
        let mut squads: Vec<(i32, goalline_core::TeamId)> = store
            .player_squads(player)?
            .into_iter()
            .map(|s| (s.year, s.team))
            .collect();
        for s in store.player_of_squads(player)? {
            if s.edition.starts_with("WC-") && !squads.contains(&(s.year, s.team)) {
                squads.push((s.year, s.team));
            }
        }
        squads.sort();
        // The matches of his teams at World Cups in his playing years.
        let born = p.birth_date;
        let playing = |d: Date| {
            born.is_none_or(|b| {
                let age = d.year() - b.year();
                (14..=46).contains(&age)
            })
        };
        let mut matches: Vec<(
            goalline_core::MatchId,
            Date,
            i32,
            goalline_core::Stage,
            goalline_core::TeamId,
        )> = Vec::new();
        for t in &teams {
            for w in self.wc_team_matches(*t, p.gender)? {
                if playing(w.date) {
                    matches.push((w.match_id, w.date, w.year, w.stage, *t));
                }
            }
        }
        if p.gender == Gender::Men {
            // Editions after Fjelstul's (2026): martj42's matches, openfootball's line-ups.
            let last = tournaments
                .iter()
                .filter(|t| t.gender == Gender::Men)
                .map(|t| t.end_date)
                .max();
            for e in self.editions("FIFA World Cup")? {
                if last.is_some_and(|l| e.from <= l) {
                    continue;
                }
                for m in self.edition_matches(&e)? {
                    for t in &teams {
                        if (m.home == *t || m.away == *t) && playing(m.date) {
                            let stage = store
                                .of_match(m.id)?
                                .and_then(|o| o.stage)
                                .unwrap_or(goalline_core::Stage::GroupStage);
                            matches.push((m.id, m.date, e.year, stage, *t));
                        }
                    }
                }
            }
        }
        matches.sort_by_key(|m| m.1);
        matches.dedup_by_key(|m| m.0);
        let mut out = WcCareer {
            appearances: Vec::new(),
            missed: Vec::new(),
            unknown: Vec::new(),
            squads,
        };
        let mut evidence = Vec::new();
        for (id, date, year, stage, team) in matches {
            let fj = store.match_appearances(id)?;
            if fj.iter().any(|a| a.team == team) {
                match fj.iter().find(|a| a.player == player) {
                    Some(a) => {
                        let subs = store.substitutions(id)?;
                        let on = subs
                            .iter()
                            .find(|s| s.player == player && s.coming_on)
                            .map(|s| s.minute);
                        let off = subs
                            .iter()
                            .find(|s| s.player == player && !s.coming_on)
                            .map(|s| s.minute);
                        evidence.push(a.evidence.clone());
                        out.appearances.push(WcAppearance {
                            match_id: id,
                            date,
                            year,
                            stage,
                            team,
                            started: a.starter,
                            on,
                            off,
                            evidence: a.evidence.clone(),
                        });
                    }
                    None => out.missed.push((id, date, year, stage)),
                }
                continue;
            }
            let of = store.lineups(id)?;
            if of.iter().any(|l| l.team == team) {
                match of.iter().find(|l| l.player == Some(player)) {
                    Some(l) => {
                        evidence.push(l.evidence.clone());
                        out.appearances.push(WcAppearance {
                            match_id: id,
                            date,
                            year,
                            stage,
                            team,
                            started: l.starter,
                            on: l.on,
                            off: l.off,
                            evidence: l.evidence.clone(),
                        });
                    }
                    None => out.missed.push((id, date, year, stage)),
                }
                continue;
            }
            if out.squads.iter().any(|s| s.0 == year) {
                out.unknown.push((id, date));
            }
        }
        let coverage = if out.unknown.is_empty() {
            Coverage::Exact
        } else {
            Coverage::LowerBound
        };
        Ok(Answer {
            value: out,
            evidence,
            coverage,
            note: None,
        })
    }
}
