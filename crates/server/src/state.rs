//! Shared server state: the store, the indexes loaded once at start-up, the limits, and the
//! one way handlers touch the database ([`AppState::query`]).
//!
//! Owns the rule that blocking SQLite work never runs on the async runtime: every query runs
//! on tokio's blocking pool, at most [`ServerConfig::db_workers`] at a time (one per pooled
//! connection). It must not hold per-request state or build SQL: handlers call the facts and
//! store APIs only.
//!
//! Caches: the team index is loaded once; each team's matches are read once, on first use, and
//! kept ([`AppState::team_matches`]). The database is read-only and an import replaces the file
//! whole (the server's open connections keep reading the file they opened), so cached rows
//! never go stale for the life of the server. All teams' matches together take ~40 MB.

use crate::error::ServerError;
use goalline_core::TeamId;
use goalline_facts::TeamIndex;
use goalline_store::{MatchRow, Store};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
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
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            body_limit: 2 * 1024 * 1024,
            request_timeout: Duration::from_secs(10),
            db_workers: 4,
        }
    }
}

/// What a query closure sees: the store and the indexes.
///
/// When the facts engine (`goalline_facts::Facts`) and the article checker land, they join
/// this struct so every page and endpoint reaches them the same way.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    /// The database (read-only).
    pub store: &'a dyn Store,
    /// All teams and their aliases, loaded once.
    pub teams: &'a TeamIndex,
}

struct Inner {
    store: Arc<dyn Store>,
    teams: Arc<TeamIndex>,
    permits: Arc<Semaphore>,
    config: ServerConfig,
    team_matches: RwLock<HashMap<TeamId, Arc<Vec<MatchRow>>>>,
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
    /// Builds the state over a store, loading the team index (blocking: call it before the
    /// runtime serves requests, or inside `spawn_blocking`).
    pub fn new(store: Arc<dyn Store>, config: ServerConfig) -> Result<AppState, ServerError> {
        let teams = Arc::new(TeamIndex::load(store.as_ref())?);
        let permits = Arc::new(Semaphore::new(config.db_workers.max(1)));
        Ok(AppState {
            inner: Arc::new(Inner {
                store,
                teams,
                permits,
                config,
                team_matches: RwLock::new(HashMap::new()),
            }),
        })
    }

    /// The limits this server runs with.
    pub fn config(&self) -> &ServerConfig {
        &self.inner.config
    }

    /// The team index (cheap, in memory: usable from async code).
    pub fn teams(&self) -> &TeamIndex {
        &self.inner.teams
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
                teams: &inner.teams,
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
