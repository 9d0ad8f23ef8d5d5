//! The facts engine's entry point: a store plus the indexes every question needs.

use crate::resolve::{Resolution, TeamIndex};
use crate::FactsError;
use goalline_core::{names, Date, Datelike, Gender, PlayerId, TeamId};
use goalline_store::{PlayerRow, Store};
use std::sync::Arc;

/// Context that narrows a player name: the team, the day, men's or women's.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlayerContext {
    /// The player's team.
    pub team: Option<TeamId>,
    /// A day on which the player was active.
    pub date: Option<Date>,
    /// Men's or women's.
    pub gender: Option<Gender>,
}

/// The facts engine.
#[derive(Clone)]
pub struct Facts {
    store: Arc<dyn Store>,
    teams: Arc<TeamIndex>,
    pub(crate) cache: Arc<crate::cache::Caches>,
}

impl std::fmt::Debug for Facts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Facts").finish_non_exhaustive()
    }
}

impl Facts {
    /// Builds the engine over a store (loads the team index once).
    pub fn new(store: Arc<dyn Store>) -> Result<Facts, FactsError> {
        let teams = Arc::new(TeamIndex::load(store.as_ref())?);
        Ok(Facts {
            store,
            teams,
            cache: Default::default(),
        })
    }

    /// Every World Cup goal, loaded on first use and kept (World Cup records and milestones).
    pub fn wc_index(&self) -> Result<Arc<crate::wcindex::WcIndex>, FactsError> {
        if let Some(ix) = self.cache.wc.get() {
            return Ok(ix.clone());
        }
        let ix = Arc::new(crate::wcindex::WcIndex::load(self.store.as_ref())?);
        Ok(self.cache.wc.get_or_init(|| ix).clone())
    }

    /// A team's men's matches and scorer rows, loaded on first use and kept.
    pub fn team_ledger(&self, team: TeamId) -> Result<Arc<crate::cache::TeamLedger>, FactsError> {
        self.cache.ledger(self.store.as_ref(), team)
    }

    /// The underlying store.
    pub fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    /// The team index.
    pub fn teams(&self) -> &TeamIndex {
        &self.teams
    }

    /// Name of a team.
    pub fn team_name(&self, id: TeamId) -> &str {
        self.teams.name(id)
    }

    /// Resolves a team name or fails with candidates / suggestions.
    pub fn team(
        &self,
        name: &str,
        date: Option<Date>,
        gender: Option<Gender>,
    ) -> Result<TeamId, FactsError> {
        self.teams.require(name, date, gender)
    }

    /// Resolves a player name in context. Full names match on the whole name in any word order;
    /// a single word matches a surname, a mononym or a family name written first. Context
    /// (team, era, gender) removes candidates; what remains is returned, never guessed.
    pub fn resolve_player(
        &self,
        name: &str,
        ctx: PlayerContext,
    ) -> Result<Resolution<PlayerId>, FactsError> {
        let folded = names::fold(name);
        if folded.is_empty() {
            return Ok(Resolution::None);
        }
        let key = names::sorted_key(name);
        let single = !folded.contains(' ');
        let mut cands: Vec<PlayerRow> = if single {
            self.store.players_named(&folded)?
        } else {
            let mut v = self.store.players_named(&key)?;
            v.retain(|p| names::sorted_key(&p.name) == key || names::fold(&p.name) == folded);
            if v.is_empty() {
                // "Mbappe" written as "Kylian Mbappé Lottin": try the last word, then check the
                // given words appear in the candidate's name.
                if let Some(last) = folded.rsplit(' ').next() {
                    let words: Vec<&str> = folded.split(' ').collect();
                    v = self
                        .store
                        .players_named(last)?
                        .into_iter()
                        .filter(|p| {
                            let pf = names::fold(&p.name);
                            let pw: Vec<&str> = pf.split(' ').collect();
                            words.iter().all(|w| pw.contains(w))
                        })
                        .collect();
                }
            }
            v
        };
        if let Some(g) = ctx.gender {
            cands.retain(|p| p.gender == g);
        }
        if let Some(team) = ctx.team {
            let mut kept = Vec::new();
            for p in cands {
                if self.store.player_teams(p.id)?.contains(&team) {
                    kept.push(p);
                }
            }
            cands = kept;
        }
        if let Some(d) = ctx.date {
            cands.retain(|p| match p.birth_date {
                Some(b) => {
                    let age = d.year() - b.year();
                    (14..=45).contains(&age)
                }
                None => true,
            });
            if cands.len() > 1 {
                // Prefer players active around the date (a goal or a squad within 8 years).
                let mut active = Vec::new();
                for p in &cands {
                    if self.active_near(p.id, d)? {
                        active.push(p.clone());
                    }
                }
                if !active.is_empty() {
                    cands = active;
                }
            }
        }
        let mut ids: Vec<PlayerId> = cands.iter().map(|p| p.id).collect();
        ids.sort();
        ids.dedup();
        Ok(match ids.len() {
            0 => Resolution::None,
            1 => Resolution::One(ids[0]),
            _ => Resolution::Ambiguous(ids),
        })
    }

    /// Resolves a player or fails with a clear error.
    pub fn player(&self, name: &str, ctx: PlayerContext) -> Result<PlayerId, FactsError> {
        match self.resolve_player(name, ctx)? {
            Resolution::One(p) => Ok(p),
            Resolution::Ambiguous(ps) => Err(FactsError::Ambiguous {
                name: name.to_string(),
                candidates: ps
                    .iter()
                    .map(|p| self.describe_player(*p))
                    .collect::<Result<_, _>>()?,
            }),
            Resolution::None => Err(FactsError::NotFound {
                kind: "player",
                name: name.to_string(),
                hint: String::new(),
            }),
        }
    }

    /// The teams a player played for.
    pub fn player_teams(&self, id: PlayerId) -> Result<Vec<TeamId>, FactsError> {
        Ok(self.store.player_teams(id)?)
    }

    /// A player's stored row (name, birth date, gender).
    pub fn player_row(&self, id: PlayerId) -> Result<Option<PlayerRow>, FactsError> {
        Ok(self.store.player(id)?)
    }

    /// "Harry Kane (born 1993-07-28, England)".
    pub fn describe_player(&self, id: PlayerId) -> Result<String, FactsError> {
        let Some(p) = self.store.player(id)? else {
            return Ok(format!("player {id}"));
        };
        let teams: Vec<String> = self
            .store
            .player_teams(id)?
            .iter()
            .map(|t| self.team_name(*t).to_string())
            .collect();
        Ok(format!(
            "{} ({}{})",
            p.name,
            p.birth_date
                .map(|b| format!("born {b}, "))
                .unwrap_or_default(),
            teams.join("/")
        ))
    }

    fn active_near(&self, player: PlayerId, d: Date) -> Result<bool, FactsError> {
        let near = |x: Date| (x.year() - d.year()).abs() <= 8;
        if self
            .store
            .player_scorer_rows(player, None)?
            .iter()
            .any(|r| near(r.date))
        {
            return Ok(true);
        }
        Ok(self
            .store
            .player_squads(player)?
            .iter()
            .any(|s| (s.year - d.year()).abs() <= 8))
    }
}
