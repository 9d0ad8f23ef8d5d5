//! Per-article memoisation of facts queries. An article asks the same questions many times
//! (the same edition, team runs, titles, match facts); answers do not change within a check,
//! so each is computed once.

use crate::context::Ctx;
use goalline_core::{Date, Gender, MatchId, TeamId};
use goalline_facts::matches::{MatchFacts, MatchQuery};
use goalline_facts::tournaments::{Edition, Run, ScorerEntry};
use goalline_facts::{Answer, FactsError};
use goalline_store::MatchRow;
use std::cell::RefCell;
use std::collections::HashMap;

type TitlesKey = (TeamId, String, Date);
type WcRuns = Vec<(Edition, Answer<Run>)>;

/// The caches.
#[derive(Default)]
pub struct Memo {
    editions: RefCell<HashMap<String, Vec<Edition>>>,
    champions: RefCell<HashMap<String, Option<Answer<TeamId>>>>,
    titles: RefCell<HashMap<TitlesKey, Answer<Vec<Edition>>>>,
    runs: RefCell<HashMap<(TeamId, String), Answer<Run>>>,
    wc_runs: RefCell<HashMap<(TeamId, Gender, Date), WcRuns>>,
    scorers: RefCell<HashMap<String, Answer<Vec<ScorerEntry>>>>,
    edition_matches: RefCell<HashMap<String, Vec<MatchRow>>>,
    match_facts: RefCell<HashMap<MatchId, MatchFacts>>,
    finds: RefCell<HashMap<String, Vec<MatchRow>>>,
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Memo").finish_non_exhaustive()
    }
}

fn ed_key(e: &Edition) -> String {
    format!("{}|{}|{}", e.competition, e.year, e.from)
}

macro_rules! memo {
    ($map:expr, $key:expr, $compute:expr) => {{
        let key = $key;
        if let Some(v) = $map.borrow().get(&key) {
            return Ok(v.clone());
        }
        let v = $compute?;
        $map.borrow_mut().insert(key, v.clone());
        Ok(v)
    }};
}

impl Ctx<'_> {
    /// Memoised [`goalline_facts::Facts::editions`].
    pub fn editions(&self, competition: &str) -> Result<Vec<Edition>, FactsError> {
        memo!(
            self.memo.editions,
            competition.to_string(),
            self.facts.editions(competition)
        )
    }

    /// The edition named `year`, or the one being played on a day.
    pub fn edition(
        &self,
        competition: &str,
        year: Option<i32>,
        on: Option<Date>,
    ) -> Result<Option<Edition>, FactsError> {
        Ok(goalline_facts::tournaments::pick_edition(
            self.editions(competition)?,
            year,
            on,
        ))
    }

    /// The latest edition started on or before `d`.
    pub fn edition_before(
        &self,
        competition: &str,
        d: Date,
    ) -> Result<Option<Edition>, FactsError> {
        Ok(goalline_facts::tournaments::latest_started(
            self.editions(competition)?,
            d,
        ))
    }

    /// Memoised champion.
    pub fn champion(&self, e: &Edition) -> Result<Option<Answer<TeamId>>, FactsError> {
        memo!(self.memo.champions, ed_key(e), self.facts.champion(e))
    }

    /// Memoised titles.
    pub fn titles(
        &self,
        team: TeamId,
        competition: &str,
        before: Date,
    ) -> Result<Answer<Vec<Edition>>, FactsError> {
        memo!(
            self.memo.titles,
            (team, competition.to_string(), before),
            self.facts.titles(team, competition, before)
        )
    }

    /// Memoised run.
    pub fn run(&self, team: TeamId, e: &Edition) -> Result<Answer<Run>, FactsError> {
        memo!(self.memo.runs, (team, ed_key(e)), self.facts.run(team, e))
    }

    /// Memoised World Cup runs.
    pub fn wc_runs(
        &self,
        team: TeamId,
        gender: Gender,
        before: Date,
    ) -> Result<Vec<(Edition, Answer<Run>)>, FactsError> {
        memo!(
            self.memo.wc_runs,
            (team, gender, before),
            self.facts.wc_runs(team, gender, before)
        )
    }

    /// Memoised scorer table.
    pub fn edition_scorers(&self, e: &Edition) -> Result<Answer<Vec<ScorerEntry>>, FactsError> {
        memo!(self.memo.scorers, ed_key(e), self.facts.edition_scorers(e))
    }

    /// Memoised edition matches.
    pub fn edition_matches(&self, e: &Edition) -> Result<Vec<MatchRow>, FactsError> {
        memo!(
            self.memo.edition_matches,
            ed_key(e),
            self.facts.edition_matches(e)
        )
    }

    /// Memoised match facts.
    pub fn match_facts(&self, id: MatchId) -> Result<MatchFacts, FactsError> {
        memo!(self.memo.match_facts, id, self.facts.match_facts(id))
    }

    /// Memoised match search.
    pub fn find_matches(&self, q: &MatchQuery) -> Result<Vec<MatchRow>, FactsError> {
        memo!(
            self.memo.finds,
            format!("{q:?}"),
            self.facts.find_matches(q)
        )
    }
}
