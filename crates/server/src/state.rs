//! Shared server state: the store, the facts engine and the article checker built once at
//! start-up, the limits, and the one way handlers touch the database ([`AppState::query`]).
//!
//! Owns the rule that blocking work (SQLite queries, facts questions, article checks) never
//! runs on the async runtime: it runs on tokio's blocking pool, at most
//! [`ServerConfig::db_workers`] at a time (one per pooled connection). It must not hold
//! per-request state or build SQL: handlers call the facts, check and store APIs only.
//!
//! Caches: the team index is loaded once; the [`Checker`] (lexicons of every team and player
//! name) is built once; each team's matches are read once, on first use, and kept
//! ([`AppState::team_matches`]); the facts engine keeps its own per-team ledgers; and the JSON
//! of GET API answers is kept in a bounded [`ResponseCache`] keyed by path and query. The
//! database is read-only and an import replaces the file whole (the server's open connections
//! keep reading the file they opened), so nothing cached ever goes stale for the life of the
//! server. All teams' matches together take ~40 MB.

use crate::error::ServerError;
use axum::body::Bytes;
use goalline_check::Checker;
use goalline_core::{PlayerId, TeamId};
use goalline_facts::{Facts, TeamIndex};
use goalline_store::{MatchRow, Store};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;
use tokio::sync::Semaphore;

/// Limits and sizes of a server.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Largest request body accepted, in bytes (POST /check takes article text).
    pub body_limit: usize,
    /// Longest a request may take before it is answered with `request_timeout`.
    pub request_timeout: Duration,
    /// Queries allowed to run at once (match it to the store's connection pool).
    pub db_workers: usize,
    /// GET API answers kept in memory (0 turns the response cache off).
    pub cache_entries: usize,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            body_limit: 2 * 1024 * 1024,
            request_timeout: Duration::from_secs(10),
            db_workers: 4,
            cache_entries: 4096,
        }
    }
}

/// What a query closure sees: the store, the indexes, the facts engine and the checker.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    /// The database (read-only).
    pub store: &'a dyn Store,
    /// All teams and their aliases, loaded once.
    pub teams: &'a TeamIndex,
    /// The facts engine (over the same store).
    pub facts: &'a Facts,
    /// The article checker, built once.
    pub checker: &'a Checker,
    /// Each player's teams, read once per player.
    pub player_teams: &'a PlayerTeams,
}

struct Inner {
    store: Arc<dyn Store>,
    facts: Facts,
    checker: Checker,
    permits: Arc<Semaphore>,
    config: ServerConfig,
    team_matches: RwLock<HashMap<TeamId, Arc<Vec<MatchRow>>>>,
    cache: ResponseCache,
    player_teams: PlayerTeams,
}

/// The state every handler receives (cheap to clone).
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("config", &self.inner.config)
            .finish_non_exhaustive()
    }
}

impl AppState {
    /// Builds the state over a store: loads the team index and builds the facts engine and the
    /// article checker with its lexicons (blocking, about a second: call it before the runtime
    /// serves requests, or inside `spawn_blocking`).
    pub fn new(store: Arc<dyn Store>, config: ServerConfig) -> Result<AppState, ServerError> {
        let facts = Facts::new(Arc::clone(&store))?;
        let checker = Checker::new(facts.clone());
        // The first request should not pay for compiling the checker's rule tables.
        checker.warm_up();
        let permits = Arc::new(Semaphore::new(config.db_workers.max(1)));
        let cache = ResponseCache::new(config.cache_entries);
        Ok(AppState {
            inner: Arc::new(Inner {
                store,
                facts,
                checker,
                permits,
                config,
                team_matches: RwLock::new(HashMap::new()),
                cache,
                player_teams: PlayerTeams::default(),
            }),
        })
    }

    /// The limits this server runs with.
    pub fn config(&self) -> &ServerConfig {
        &self.inner.config
    }

    /// The team index (cheap, in memory: usable from async code).
    pub fn teams(&self) -> &TeamIndex {
        self.inner.facts.teams()
    }

    /// The response cache of GET API answers.
    pub fn cache(&self) -> &ResponseCache {
        &self.inner.cache
    }

    /// Runs `f` against the database on the blocking pool, at most
    /// [`ServerConfig::db_workers`] at a time. The permit travels with the blocking job, so a
    /// request that times out does not let more queries start than there are connections.
    pub async fn query<T, F>(&self, f: F) -> Result<T, ServerError>
    where
        T: Send + 'static,
        F: FnOnce(Ctx<'_>) -> Result<T, ServerError> + Send + 'static,
    {
        let permit = Arc::clone(&self.inner.permits)
            .acquire_owned()
            .await
            .map_err(|_| ServerError::Unavailable("the database worker pool is closed".into()))?;
        let inner = Arc::clone(&self.inner);
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            f(Ctx {
                store: inner.store.as_ref(),
                teams: inner.facts.teams(),
                facts: &inner.facts,
                checker: &inner.checker,
                player_teams: &inner.player_teams,
            })
        })
        .await
        .map_err(|e| ServerError::Internal(format!("database worker failed: {e}")))?
    }

    /// All matches of a team (men's and women's, any date), in date order, read from the store
    /// on first use and cached.
    pub async fn team_matches(&self, team: TeamId) -> Result<Arc<Vec<MatchRow>>, ServerError> {
        let cached = self
            .inner
            .team_matches
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(&team)
            .cloned();
        if let Some(rows) = cached {
            return Ok(rows);
        }
        let rows = self
            .query(move |ctx| Ok(ctx.store.team_matches(team, None, None)?))
            .await?;
        let mut cache = self
            .inner
            .team_matches
            .write()
            .unwrap_or_else(|p| p.into_inner());
        Ok(Arc::clone(
            cache.entry(team).or_insert_with(|| Arc::new(rows)),
        ))
    }
}

/// Each player's teams (`Store::player_teams`), read on first use and kept: the query scans
/// the player-link table, and the player endpoints ask it on every request.
#[derive(Debug, Default)]
pub struct PlayerTeams {
    map: RwLock<HashMap<PlayerId, Arc<[TeamId]>>>,
}

impl PlayerTeams {
    /// The teams of `player` (blocking on first use).
    pub fn get(&self, store: &dyn Store, player: PlayerId) -> Result<Arc<[TeamId]>, ServerError> {
        if let Some(t) = self
            .map
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(&player)
        {
            return Ok(Arc::clone(t));
        }
        let teams: Arc<[TeamId]> = store.player_teams(player)?.into();
        let mut map = self.map.write().unwrap_or_else(|p| p.into_inner());
        Ok(Arc::clone(map.entry(player).or_insert(teams)))
    }
}

/// A bounded in-memory cache of serialised answers (JSON bytes) keyed by request path and
/// query, for GET endpoints whose answer depends on nothing else.
///
/// Two generations approximate LRU at the cost of one extra lookup: entries go into `young`;
/// when it holds `capacity / 2` entries it becomes `old` (the previous `old` is dropped), and a
/// hit in `old` is promoted. So at most `capacity` entries are held, and what keeps being asked
/// for stays. Sound because the database never changes under a running server.
#[derive(Debug)]
pub struct ResponseCache {
    half: usize,
    gens: Mutex<Generations>,
}

#[derive(Debug, Default)]
struct Generations {
    young: HashMap<String, Bytes>,
    old: HashMap<String, Bytes>,
}

impl ResponseCache {
    /// A cache of at most `capacity` answers (0: never stores anything).
    pub fn new(capacity: usize) -> ResponseCache {
        ResponseCache {
            half: capacity / 2,
            gens: Mutex::new(Generations::default()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Generations> {
        self.gens.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The cached answer for `key`, if any.
    pub fn get(&self, key: &str) -> Option<Bytes> {
        if self.half == 0 {
            return None;
        }
        let mut g = self.lock();
        if let Some(b) = g.young.get(key) {
            return Some(b.clone());
        }
        let b = g.old.remove(key)?;
        Self::insert_young(&mut g, self.half, key.to_string(), b.clone());
        Some(b)
    }

    /// Stores an answer.
    pub fn put(&self, key: String, value: Bytes) {
        if self.half == 0 {
            return;
        }
        let mut g = self.lock();
        Self::insert_young(&mut g, self.half, key, value);
    }

    fn insert_young(g: &mut Generations, half: usize, key: String, value: Bytes) {
        if g.young.len() >= half {
            g.old = std::mem::take(&mut g.young);
        }
        g.young.insert(key, value);
    }

    /// Entries held now.
    pub fn len(&self) -> usize {
        let g = self.lock();
        g.young.len() + g.old.len()
    }

    /// True when nothing is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_is_bounded_and_keeps_what_is_asked_for() {
        let c = ResponseCache::new(4);
        for i in 0..10 {
            c.put(format!("k{i}"), Bytes::from(format!("v{i}")));
            // k0 is asked for after every insert: it must survive.
            assert_eq!(c.get("k0").as_deref(), Some(&b"v0"[..]), "after k{i}");
            assert!(c.len() <= 4, "{} entries", c.len());
        }
        assert!(
            c.get("k1").is_none(),
            "an old entry never asked for again is dropped"
        );
        assert_eq!(c.get("k9").as_deref(), Some(&b"v9"[..]));
    }

    #[test]
    fn zero_capacity_stores_nothing() {
        let c = ResponseCache::new(0);
        c.put("a".into(), Bytes::from_static(b"x"));
        assert!(c.get("a").is_none());
        assert!(c.is_empty());
    }
}
