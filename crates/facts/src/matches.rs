//! Matches: finding them by teams, dates and competition, and everything about one match
//! (score with extra time and shootout, stage, venue, weekday, goals, cards, substitutions,
//! the next fixture of its teams).

use crate::goals::MatchGoals;
use crate::{Facts, FactsError};
use goalline_core::{Date, Datelike, Evidence, Gender, MatchId, Stage, TeamId};
use goalline_store::{
    BookingRow, KickRow, MatchRow, OfMatchRow, ShootoutRow, SubstitutionRow, WcInfo,
};
use serde::Serialize;

/// What to look for.
#[derive(Debug, Clone, Default)]
pub struct MatchQuery {
    /// Zero, one or two teams (either side).
    pub teams: Vec<TeamId>,
    /// First day (inclusive).
    pub from: Option<Date>,
    /// Last day (inclusive).
    pub to: Option<Date>,
    /// Competition substring, case-insensitive (`World Cup`, `Euro`…).
    pub competition: Option<String>,
    /// Men's or women's.
    pub gender: Option<Gender>,
}

/// How a match was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decided {
    /// Won in regulation time (or extra time unknown).
    Regulation,
    /// Won in extra time.
    ExtraTime,
    /// Won on penalties.
    Shootout,
    /// A draw.
    Draw,
    /// Score unknown.
    Unknown,
}

/// The result of a match.
#[derive(Debug, Clone, Serialize)]
pub struct MatchResult {
    /// Winner (after a shootout if any); `None` for a draw or unknown score.
    pub winner: Option<TeamId>,
    /// How it was decided.
    pub decided: Decided,
    /// Extra time played: `Some` where a source says so, `None` when unknown.
    pub extra_time: Option<bool>,
    /// Shootout score (home, away), where known.
    pub shootout_score: Option<(u32, u32)>,
    /// The shootout row (martj42), if any.
    pub shootout: Option<ShootoutRow>,
}

/// Everything known about one match.
#[derive(Debug, Clone, Serialize)]
pub struct MatchFacts {
    /// The canonical match.
    pub row: MatchRow,
    /// World Cup details, if a World Cup match.
    pub wc: Option<WcInfo>,
    /// The stage, where known (Fjelstul for World Cups up to 2022, else openfootball).
    pub stage: Option<Stage>,
    /// openfootball's rendering of the match (Euros, World Cups 1930–2026), if any.
    pub openfootball: Option<OfMatchRow>,
    /// Day of the week (`Saturday`).
    pub weekday: String,
    /// The result.
    pub result: MatchResult,
    /// Goals.
    pub goals: MatchGoals,
    /// Shootout kicks (World Cups).
    pub kicks: Vec<KickRow>,
    /// Bookings (World Cups).
    pub bookings: Vec<BookingRow>,
    /// Substitutions (World Cups).
    pub substitutions: Vec<SubstitutionRow>,
    /// Source rows.
    pub evidence: Vec<Evidence>,
}

impl MatchFacts {
    /// Goals of `team` (after extra time).
    pub fn goals_for(&self, team: TeamId) -> Option<u32> {
        self.row.goals_for(team)
    }

    /// True when `team` played.
    pub fn involves(&self, team: TeamId) -> bool {
        self.row.home == team || self.row.away == team
    }

    /// The other side.
    pub fn opponent(&self, team: TeamId) -> TeamId {
        self.row.opponent(team)
    }
}

/// English name of a weekday.
pub fn weekday_name(d: Date) -> &'static str {
    use goalline_core::Weekday::*;
    match d.weekday() {
        Mon => "Monday",
        Tue => "Tuesday",
        Wed => "Wednesday",
        Thu => "Thursday",
        Fri => "Friday",
        Sat => "Saturday",
        Sun => "Sunday",
    }
}

impl Facts {
    /// Matches meeting the query, in date order.
    pub fn find_matches(&self, q: &MatchQuery) -> Result<Vec<MatchRow>, FactsError> {
        let store = self.store();
        let window = |all: &[MatchRow]| -> Vec<MatchRow> {
            let a = q.from.map_or(0, |f| all.partition_point(|m| m.date < f));
            let b =
                q.to.map_or(all.len(), |t| all.partition_point(|m| m.date <= t));
            all[a..b.max(a)].to_vec()
        };
        let mut rows = match q.teams.first() {
            // One gender: the team's matches kept in memory (same rows, same order).
            Some(&t) if q.gender == Some(goalline_core::Gender::Men) => {
                window(&self.team_ledger(t)?.matches)
            }
            Some(&t) if q.gender == Some(goalline_core::Gender::Women) => {
                window(&self.cache.women_matches(store, t)?)
            }
            Some(&t) => store.team_matches(t, q.from, q.to)?,
            None => {
                let (Some(f), Some(t)) = (q.from, q.to) else {
                    return Err(FactsError::BadQuestion(
                        "a match search needs a team or a date range".into(),
                    ));
                };
                store.matches_between(f, t)?
            }
        };
        if let Some(&other) = q.teams.get(1) {
            rows.retain(|m| m.home == other || m.away == other);
        }
        if let Some(g) = q.gender {
            rows.retain(|m| m.gender == g);
        }
        if let Some(c) = &q.competition {
            let c = c.to_lowercase();
            rows.retain(|m| m.tournament.to_lowercase().contains(&c));
        }
        Ok(rows)
    }

    /// Everything about one match.
    pub fn match_facts(&self, id: MatchId) -> Result<MatchFacts, FactsError> {
        let store = self.store();
        let row = store.match_by_id(id)?.ok_or_else(|| FactsError::NotFound {
            kind: "match",
            name: id.to_string(),
            hint: String::new(),
        })?;
        let wc = store.wc_info(id)?;
        // openfootball: the stage of Euro and 2026 World Cup matches, extra time, shoot-outs.
        let of = store.of_match(id)?;
        let shootout = store.shootout(id)?;
        let goals = self.match_goals(&row)?;
        let mut evidence = vec![row.evidence.clone()];
        if let Some(w) = &wc {
            evidence.push(w.evidence.clone());
        }
        if let (None, Some(o)) = (&wc, &of) {
            evidence.push(o.evidence.clone());
        }
        if let Some(s) = &shootout {
            evidence.push(s.evidence.clone());
        }
        let extra_time = match &wc {
            Some(w) => Some(w.extra_time),
            None if of.is_some() => of.as_ref().map(|o| o.extra_time),
            None if goals
                .goals
                .iter()
                .any(|g| g.minute.is_some_and(|m| m.base > 90)) =>
            {
                Some(true)
            }
            None => None,
        };
        let shootout_score = wc
            .as_ref()
            .and_then(|w| {
                // Fjelstul's home side is not always martj42's: as (row home, row away).
                w.home_pens
                    .zip(w.away_pens)
                    .map(|(h, a)| if w.home == row.home { (h, a) } else { (a, h) })
            })
            .or_else(|| {
                of.as_ref().and_then(|o| {
                    o.pens
                        .map(|(h, a)| if o.home == row.home { (h, a) } else { (a, h) })
                })
            });
        let winner = match (row.home_score, row.away_score) {
            (Some(h), Some(a)) if h > a => Some(row.home),
            (Some(h), Some(a)) if a > h => Some(row.away),
            (Some(_), Some(_)) => shootout
                .as_ref()
                .map(|s| s.winner)
                .or_else(|| wc.as_ref().and_then(|w| w.winner()))
                .or_else(|| of.as_ref().and_then(|o| o.winner())),
            _ => None,
        };
        let decided = match (row.home_score, row.away_score) {
            (None, _) | (_, None) => Decided::Unknown,
            (Some(h), Some(a)) if h == a => {
                if winner.is_some() {
                    Decided::Shootout
                } else {
                    Decided::Draw
                }
            }
            _ => {
                if extra_time == Some(true) {
                    Decided::ExtraTime
                } else {
                    Decided::Regulation
                }
            }
        };
        let (kicks, bookings, substitutions) = if wc.is_some() {
            (
                store.kicks(id)?,
                store.bookings(id)?,
                store.substitutions(id)?,
            )
        } else {
            (Vec::new(), Vec::new(), Vec::new())
        };
        Ok(MatchFacts {
            stage: wc
                .as_ref()
                .map(|w| w.stage)
                .or_else(|| of.as_ref().and_then(|o| o.stage)),
            openfootball: of,
            weekday: weekday_name(row.date).to_string(),
            result: MatchResult {
                winner,
                decided,
                extra_time,
                shootout_score,
                shootout,
            },
            goals,
            kicks,
            bookings,
            substitutions,
            evidence,
            wc,
            row,
        })
    }

    /// A team's next match after `after` (exclusive), of the same gender.
    pub fn next_match(
        &self,
        team: TeamId,
        after: Date,
        gender: Gender,
    ) -> Result<Option<MatchRow>, FactsError> {
        let from = after.succ_opt().unwrap_or(after);
        let to = from.checked_add_days(chrono_days(400)).unwrap_or(from);
        Ok(self
            .store()
            .team_matches(team, Some(from), Some(to))?
            .into_iter()
            .find(|m| m.gender == gender))
    }

    /// A team's previous match before `before` (exclusive), of the same gender.
    pub fn previous_match(
        &self,
        team: TeamId,
        before: Date,
        gender: Gender,
    ) -> Result<Option<MatchRow>, FactsError> {
        let to = before.pred_opt().unwrap_or(before);
        let from = to.checked_sub_days(chrono_days(800)).unwrap_or(to);
        Ok(self
            .store()
            .team_matches(team, Some(from), Some(to))?
            .into_iter()
            .rev()
            .find(|m| m.gender == gender))
    }
}

fn chrono_days(n: u64) -> goalline_core::Days {
    goalline_core::Days::new(n)
}
