//! In-memory caches of the facts engine, filled on first use and kept for its lifetime: the
//! World Cup tournaments, matches and goals (each loaded on its own, goals per gender, so a
//! question that needs only the tournaments' dates does not load every goal) and the World Cup
//! index built from them, per team a ledger of its men's matches and scorer rows (the scorer
//! rows also on their own, and the men's matches with goals not known by scorer as the import
//! derived them, so a tally needs no match rows), and per competition its champions and its
//! editions.
//!
//! The store is read-only, so nothing here is ever invalidated. The caches only save round
//! trips; every answer is computed from the same rows the store returns.

use crate::wcindex::WcIndex;
use crate::FactsError;
use goalline_core::{Date, Gender, TeamId};
use goalline_store::{
    MatchRow, ScorerRow, Store, UnattributedRow, WcGoalRow, WcInfo, WcTournamentRow,
};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// One team's men's matches and the scorer rows credited to it, in date order.
#[derive(Debug)]
pub struct TeamLedger {
    /// Men's matches, in date order.
    pub matches: Vec<MatchRow>,
    /// martj42 scorer rows credited to the team (own goals included), in date order.
    pub scorer_rows: Arc<Vec<ScorerRow>>,
}

impl TeamLedger {
    /// Loads a team's ledger.
    pub fn load(store: &dyn Store, team: TeamId) -> Result<TeamLedger, FactsError> {
        Self::with_rows(store, team, Arc::new(store.team_scorer_rows(team, None)?))
    }

    /// A team's ledger around scorer rows already loaded.
    fn with_rows(
        store: &dyn Store,
        team: TeamId,
        scorer_rows: Arc<Vec<ScorerRow>>,
    ) -> Result<TeamLedger, FactsError> {
        let matches = store
            .team_matches(team, None, None)?
            .into_iter()
            .filter(|m| m.gender == Gender::Men)
            .collect();
        Ok(TeamLedger {
            matches,
            scorer_rows,
        })
    }

    /// Matches up to and including a day.
    pub fn matches_to(&self, to: Option<Date>) -> &[MatchRow] {
        match to {
            None => &self.matches,
            Some(d) => &self.matches[..self.matches.partition_point(|m| m.date <= d)],
        }
    }

    /// Scorer rows up to and including a day.
    pub fn rows_to(&self, to: Option<Date>) -> &[ScorerRow] {
        match to {
            None => &self.scorer_rows,
            Some(d) => &self.scorer_rows[..self.scorer_rows.partition_point(|r| r.date <= d)],
        }
    }
}

/// The caches.
#[derive(Debug, Default)]
pub struct Caches {
    pub(crate) wc: OnceLock<Arc<WcIndex>>,
    pub(crate) wc_tournaments: OnceLock<Arc<Vec<WcTournamentRow>>>,
    pub(crate) wc_matches: OnceLock<Arc<Vec<WcInfo>>>,
    /// World Cup goals per gender (men, women), each in date and minute order.
    pub(crate) wc_goals: [OnceLock<Arc<Vec<WcGoalRow>>>; 2],
    teams: Mutex<HashMap<TeamId, Arc<TeamLedger>>>,
    scorer_rows: Mutex<HashMap<TeamId, Arc<Vec<ScorerRow>>>>,
    unattributed: Mutex<HashMap<TeamId, Arc<Vec<UnattributedRow>>>>,
    champions: Mutex<HashMap<String, Arc<crate::honours::Champions>>>,
    editions: Mutex<HashMap<String, Arc<Vec<crate::tournaments::Edition>>>>,
    women: Mutex<HashMap<TeamId, Arc<Vec<MatchRow>>>>,
    pub(crate) stadium_cities: Mutex<HashMap<String, Vec<String>>>,
    pub(crate) city_countries: Mutex<HashMap<String, Vec<String>>>,
    pub(crate) wc_places: OnceLock<Arc<WcPlaces>>,
    pub(crate) later_wc: OnceLock<Arc<crate::wcall::LaterWorldCups>>,
}

/// Locks a cache map (a poisoned lock still holds consistent data: entries are inserted whole).
fn relock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    match m.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

/// World Cup venues: folded stadium → cities, folded city → countries.
pub type WcPlaces = (HashMap<String, Vec<String>>, HashMap<String, Vec<String>>);

impl Caches {
    /// A team's ledger, loaded on first use.
    pub fn ledger(&self, store: &dyn Store, team: TeamId) -> Result<Arc<TeamLedger>, FactsError> {
        if let Some(l) = self.lock().get(&team) {
            return Ok(l.clone());
        }
        let rows = self.scorer_rows(store, team)?;
        let l = Arc::new(TeamLedger::with_rows(store, team, rows)?);
        Ok(self.lock().entry(team).or_insert(l).clone())
    }

    /// A team's martj42 scorer rows (own goals included, date order), loaded on first use (the
    /// ledger shares them).
    pub fn scorer_rows(
        &self,
        store: &dyn Store,
        team: TeamId,
    ) -> Result<Arc<Vec<ScorerRow>>, FactsError> {
        if let Some(r) = self.scorer_rows_if_loaded(team) {
            return Ok(r);
        }
        let rows = Arc::new(store.team_scorer_rows(team, None)?);
        Ok(relock(&self.scorer_rows)
            .entry(team)
            .or_insert(rows)
            .clone())
    }

    /// A team's scorer rows if they were loaded before.
    pub fn scorer_rows_if_loaded(&self, team: TeamId) -> Option<Arc<Vec<ScorerRow>>> {
        relock(&self.scorer_rows).get(&team).cloned()
    }

    /// A team's men's matches with goals not known by scorer, as the import derived them (date
    /// order), loaded on first use.
    pub fn unattributed(
        &self,
        store: &dyn Store,
        team: TeamId,
    ) -> Result<Arc<Vec<UnattributedRow>>, FactsError> {
        if let Some(r) = relock(&self.unattributed).get(&team) {
            return Ok(r.clone());
        }
        let rows = Arc::new(store.team_unattributed(team)?);
        Ok(relock(&self.unattributed)
            .entry(team)
            .or_insert(rows)
            .clone())
    }

    /// A team's ledger if it was loaded before.
    pub fn ledger_if_loaded(&self, team: TeamId) -> Option<Arc<TeamLedger>> {
        self.lock().get(&team).cloned()
    }

    /// A competition's champions, when computed before.
    pub fn champions_of(&self, competition: &str) -> Option<Arc<crate::honours::Champions>> {
        let g = match self.champions.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        g.get(competition).cloned()
    }

    /// Keeps a competition's champions (the first computed wins).
    pub fn keep_champions(
        &self,
        competition: &str,
        c: Arc<crate::honours::Champions>,
    ) -> Arc<crate::honours::Champions> {
        let mut g = match self.champions.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        g.entry(competition.to_string()).or_insert(c).clone()
    }

    /// A team's women's matches in date order, loaded on first use.
    pub fn women_matches(
        &self,
        store: &dyn Store,
        team: TeamId,
    ) -> Result<Arc<Vec<MatchRow>>, FactsError> {
        let lock = || match self.women.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        if let Some(m) = lock().get(&team) {
            return Ok(m.clone());
        }
        let rows: Vec<MatchRow> = store
            .team_matches(team, None, None)?
            .into_iter()
            .filter(|m| m.gender == Gender::Women)
            .collect();
        Ok(lock().entry(team).or_insert_with(|| Arc::new(rows)).clone())
    }

    /// A competition's editions, when computed before.
    pub fn editions_of(&self, competition: &str) -> Option<Arc<Vec<crate::tournaments::Edition>>> {
        let g = match self.editions.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        g.get(competition).cloned()
    }

    /// Keeps a competition's editions (the first computed wins).
    pub fn keep_editions(
        &self,
        competition: &str,
        e: Vec<crate::tournaments::Edition>,
    ) -> Arc<Vec<crate::tournaments::Edition>> {
        let mut g = match self.editions.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        g.entry(competition.to_string())
            .or_insert_with(|| Arc::new(e))
            .clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<TeamId, Arc<TeamLedger>>> {
        match self.teams.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }
}
