//! Shared server state: the store, the facts engine and the article checker built once per
//! database file, the limits, and the one way handlers touch the database
//! ([`AppState::query`]) or run the checker ([`AppState::check`]).
//!
//! Owns the rule that blocking work (SQLite queries, facts questions, article checks) never
//! runs on the async runtime: it runs on tokio's blocking pool, queries at most
//! [`ServerConfig::db_workers`] at a time and article checks at most
//! [`ServerConfig::check_workers`] at a time, under a semaphore of their own, so checks can
//! never take the permits fact queries need. A check carries a deadline and a cancel flag
//! (set when its request is dropped), so a timed-out check frees its worker at once. It must
//! not hold per-request state or build SQL: handlers call the facts, check and store APIs only.
//!
//! The served database can change under the server: an import renames a new file over it, an
//! operator may copy one over it. A state opened with [`AppState::open`] remembers the file's
//! identity (device, inode, size, modification time); [`AppState::reload_if_changed`] (called
//! every [`ServerConfig::reload_interval`] by the server) reopens the file when it changed and
//! swaps the new store, facts engine, checker and caches in between requests (a request keeps
//! the generation it started with). A file that cannot be opened (truncated, half-copied) is
//! logged and the old generation keeps serving. SQLite's mmap is off in the store, so a file
//! truncated under an open connection gives I/O errors, never SIGBUS.
//!
//! Saved checks live in a [`CheckStore`] of their own (for a file-backed state, the SQLite
//! sidecar beside the database, opened by [`AppState::open`]; see
//! [`AppState::set_check_store`]), never in the served database, which is read-only here. The
//! operator endpoints (listing, deletion) are unlocked by [`ServerConfig::api_token`], compared
//! in constant time ([`AppState::authorize`]); [`ServerConfig::keep_checks_days`] purges old
//! saved checks at start and every [`ServerConfig::purge_interval`].
//!
//! Caches, per generation: the team index; the [`Checker`]; each team's matches
//! ([`AppState::team_matches`]); the facts engine's own per-team ledgers; each player's teams.
//! Across generations: the JSON of GET API answers in a [`ResponseCache`] bounded in bytes,
//! cleared when a new generation is swapped in.

use crate::error::ServerError;
use axum::body::Bytes;
use goalline_check::{CheckError, CheckOptions, Checker, Report};
use goalline_core::{Date, PlayerId, TeamId};
use goalline_facts::{Facts, TeamIndex};
use goalline_store::{CheckStore, DataVersion, MatchRow, Store};
use goalline_store_sqlite::{SqliteCheckStore, SqliteStore};
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::{Duration, Instant, SystemTime};
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
    /// Article checks allowed to run at once (a pool of their own; a check asked for when all
    /// are busy is answered 503 at once).
    pub check_workers: usize,
    /// Longest an article check may run; it is then stopped and answered 504.
    pub check_timeout: Duration,
    /// Bytes of GET API answers kept in memory, keys included (0 turns the cache off).
    pub cache_bytes: usize,
    /// A connection that has not sent a whole request head within this time is closed; the
    /// same timer closes a keep-alive connection idle this long between requests.
    pub header_read_timeout: Duration,
    /// Open connections at most (further ones wait in the listen queue); also kept below the
    /// process's descriptor limit.
    pub max_connections: usize,
    /// After the shutdown signal: how long requests in flight may take before the remaining
    /// connections are dropped.
    pub shutdown_grace: Duration,
    /// How often the database file is looked at for a swap (see [`AppState::open`]).
    pub reload_interval: Duration,
    /// The operator's token (`--api-token` / `GOALLINE_API_TOKEN`): unlocks listing and
    /// deleting saved checks. Without one those endpoints answer 404 and saved checks are
    /// served only by id.
    pub api_token: Option<String>,
    /// Saved checks older than this many days are deleted (at start and every
    /// [`ServerConfig::purge_interval`]); `None` keeps them.
    pub keep_checks_days: Option<u32>,
    /// How often old saved checks are purged.
    pub purge_interval: Duration,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            body_limit: 2 * 1024 * 1024,
            request_timeout: Duration::from_secs(10),
            db_workers: 4,
            check_workers: 2,
            check_timeout: Duration::from_secs(9),
            cache_bytes: 64 * 1024 * 1024,
            header_read_timeout: Duration::from_secs(10),
            max_connections: 512,
            shutdown_grace: Duration::from_secs(10),
            reload_interval: Duration::from_secs(2),
            api_token: None,
            keep_checks_days: None,
            purge_interval: Duration::from_secs(3600),
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

/// The data version a server answers from (shown by `/api/status`).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ServedData {
    /// The import's id: a checksum of the schema version and every source file's checksum
    /// (`null` for a database without one).
    pub import_id: Option<String>,
    /// The goalline version that wrote the database.
    pub written_by: Option<String>,
    /// When the database file was last written (RFC 3339, UTC), if known.
    pub file_modified: Option<String>,
    /// When this server opened it (RFC 3339, UTC).
    pub opened_at: String,
    /// How many times the server has reopened a swapped database since it started.
    pub reloads: u64,
    /// Source files and their SHA-256 checksums.
    #[schema(value_type = Vec<Object>)]
    pub sources: Vec<goalline_store::SourceChecksum>,
}

impl ServedData {
    /// The served data as a [`DataVersion`] (what a saved check records).
    pub fn data_version(&self) -> DataVersion {
        DataVersion {
            import_id: self.import_id.clone(),
            goalline_version: self.written_by.clone(),
            sources: self.sources.clone(),
        }
    }
}

/// True when `given` is `expected`, compared as SHA-256 digests in constant time.
pub fn token_matches(expected: &str, given: &str) -> bool {
    use sha2::{Digest, Sha256};
    use subtle::ConstantTimeEq;
    let a = Sha256::digest(expected.as_bytes());
    let b = Sha256::digest(given.as_bytes());
    bool::from(a.as_slice().ct_eq(b.as_slice()))
}

/// One database generation: everything built over one opened file.
struct Data {
    store: Arc<dyn Store>,
    facts: Facts,
    checker: Checker,
    team_matches: RwLock<HashMap<TeamId, Arc<Vec<MatchRow>>>>,
    player_teams: PlayerTeams,
    served: ServedData,
}

impl Data {
    fn build(
        store: Arc<dyn Store>,
        file: Option<&FileId>,
        reloads: u64,
    ) -> Result<Data, ServerError> {
        let facts = Facts::new(Arc::clone(&store))?;
        let checker = Checker::new(facts.clone());
        // The first request should not pay for compiling the checker's rule tables.
        checker.warm_up();
        let version: DataVersion = store.data_version()?;
        let served = ServedData {
            import_id: version.import_id,
            written_by: version.goalline_version,
            file_modified: file.and_then(|f| f.modified).map(rfc3339),
            opened_at: rfc3339(SystemTime::now()),
            reloads,
            sources: version.sources,
        };
        Ok(Data {
            store,
            facts,
            checker,
            team_matches: RwLock::new(HashMap::new()),
            player_teams: PlayerTeams::default(),
            served,
        })
    }

    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            store: self.store.as_ref(),
            teams: self.facts.teams(),
            facts: &self.facts,
            checker: &self.checker,
            player_teams: &self.player_teams,
        }
    }
}

/// A file's identity: what changes when it is replaced (inode) or rewritten in place (size,
/// modification time).
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileId {
    dev: u64,
    ino: u64,
    len: u64,
    modified: Option<SystemTime>,
}

impl FileId {
    fn of(path: &Path) -> Option<FileId> {
        let m = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        let (dev, ino) = {
            use std::os::unix::fs::MetadataExt;
            (m.dev(), m.ino())
        };
        #[cfg(not(unix))]
        let (dev, ino) = (0, 0);
        Some(FileId {
            dev,
            ino,
            len: m.len(),
            modified: m.modified().ok(),
        })
    }
}

/// The served file and what the server last saw of it.
struct Source {
    path: PathBuf,
    connections: usize,
    /// The identity of the file last looked at (opened, or failed to open).
    seen: Mutex<Option<FileId>>,
}

/// A served PostgreSQL database. Each generation's pool is pinned to the data schema that was
/// live when it was opened, so every answer of a generation comes from one import; when the
/// live pointer moves (a re-import), a new pool and new caches are built and swapped in.
struct PgSource {
    url: String,
    connections: usize,
    /// The store of the generation being served (used to poll the pointer).
    store: Mutex<Arc<goalline_store_postgres::PostgresStore>>,
}

struct Inner {
    data: RwLock<Arc<Data>>,
    source: Option<Source>,
    pg: Option<PgSource>,
    reloads: std::sync::atomic::AtomicU64,
    permits: Arc<Semaphore>,
    check_permits: Arc<Semaphore>,
    config: ServerConfig,
    cache: ResponseCache,
    checks: OnceLock<Arc<dyn CheckStore>>,
    /// Why saved checks are unavailable when no check store is set.
    checks_missing: Mutex<String>,
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

/// The team index of the generation a request started with (dereferences to [`TeamIndex`]).
pub struct Teams(Arc<Data>);

impl std::ops::Deref for Teams {
    type Target = TeamIndex;
    fn deref(&self) -> &TeamIndex {
        self.0.facts.teams()
    }
}

/// Sets the flag when dropped: a request future dropped (timeout, client gone) cancels its
/// check.
struct CancelOnDrop(Arc<AtomicBool>);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

impl AppState {
    /// Builds the state over a store: loads the team index and builds the facts engine and the
    /// article checker with its lexicons (blocking, about a second: call it before the runtime
    /// serves requests, or inside `spawn_blocking`). The store is never reopened; see
    /// [`AppState::open`] for a server that follows its database file.
    pub fn new(store: Arc<dyn Store>, config: ServerConfig) -> Result<AppState, ServerError> {
        let data = Data::build(store, None, 0)?;
        Ok(Self::with(data, None, config))
    }

    /// Opens the database at `path` (a pool of `db_workers + check_workers` connections) and
    /// builds the state over it; the server then follows the file: when it is replaced or
    /// rewritten, [`AppState::reload_if_changed`] reopens it.
    pub fn open(path: &Path, config: ServerConfig) -> Result<AppState, ServerError> {
        let connections = config.db_workers.max(1) + config.check_workers.max(1);
        let seen = FileId::of(path);
        let store = SqliteStore::open_pool(path, connections)?;
        let data = Data::build(Arc::new(store), seen.as_ref(), 0)?;
        let source = Source {
            path: path.to_path_buf(),
            connections,
            seen: Mutex::new(seen),
        };
        let state = Self::with(data, Some(source), config);
        // Saved checks go to the sidecar beside the database; a server that cannot write
        // there (a read-only directory) still serves everything else.
        match SqliteCheckStore::open_beside(path) {
            Ok(checks) => {
                state.set_check_store(Arc::new(checks));
            }
            Err(e) => {
                tracing::warn!(error = %e, "saved checks are unavailable");
                *state
                    .inner
                    .checks_missing
                    .lock()
                    .unwrap_or_else(|p| p.into_inner()) =
                    format!("saved checks are unavailable on this server: {e}");
            }
        }
        Ok(state)
    }

    /// Connects a pool of `db_workers + check_workers` connections to the PostgreSQL database
    /// at `url` and builds the state over it; the server then follows the database: when
    /// another process re-imports it, [`AppState::reload_if_changed`] rebuilds the caches.
    /// Any number of servers can share one database; saved checks live in its
    /// `goalline_checks` schema.
    pub fn open_postgres(url: &str, config: ServerConfig) -> Result<AppState, ServerError> {
        let connections = config.db_workers.max(1) + config.check_workers.max(1);
        let store = Arc::new(goalline_store_postgres::PostgresStore::open_pool(
            url,
            connections,
        )?);
        let data = Data::build(store.clone(), None, 0)?;
        let mut state = Self::with(data, None, config);
        if let Some(inner) = Arc::get_mut(&mut state.inner) {
            inner.pg = Some(PgSource {
                url: url.to_string(),
                connections,
                store: Mutex::new(store),
            });
        }
        // Saved checks go to the schema `goalline_checks` of the same database, shared by
        // every server and kept across re-imports.
        match goalline_store_postgres::PgCheckStore::open(url) {
            Ok(checks) => {
                state.set_check_store(Arc::new(checks));
            }
            Err(e) => {
                tracing::warn!(error = %e, "saved checks are unavailable");
                *state
                    .inner
                    .checks_missing
                    .lock()
                    .unwrap_or_else(|p| p.into_inner()) =
                    format!("saved checks are unavailable on this server: {e}");
            }
        }
        Ok(state)
    }

    /// Sets where saved checks are kept (once; false when one was already set).
    pub fn set_check_store(&self, checks: Arc<dyn CheckStore>) -> bool {
        self.inner.checks.set(checks).is_ok()
    }

    /// The saved-checks store, or 503 saying why there is none.
    pub fn checks(&self) -> Result<Arc<dyn CheckStore>, ServerError> {
        self.inner.checks.get().cloned().ok_or_else(|| {
            ServerError::Unavailable(
                self.inner
                    .checks_missing
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .clone(),
            )
        })
    }

    /// Lets an operator request through: `authorization` is the request's `Authorization`
    /// header. Without a configured token the operator endpoints do not exist (404, naming
    /// `what`); a missing token is 401, a wrong one 403. Tokens are compared as SHA-256
    /// digests in constant time, so neither the content nor the length of the configured
    /// token leaks through timing.
    pub fn authorize(&self, authorization: Option<&str>, what: &str) -> Result<(), ServerError> {
        let Some(expected) = self.inner.config.api_token.as_deref() else {
            return Err(ServerError::NotFound {
                kind: "operator endpoint",
                name: format!("{what} (this server has no --api-token)"),
                suggestion: None,
            });
        };
        let given = authorization
            .and_then(|h| {
                let (scheme, token) = h.trim().split_once(' ')?;
                scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
            })
            .ok_or_else(|| {
                ServerError::Unauthorized(format!(
                    "{what} needs the server's API token: send `Authorization: Bearer TOKEN`"
                ))
            })?;
        if token_matches(expected, given) {
            Ok(())
        } else {
            Err(ServerError::Forbidden(format!(
                "{what}: the API token sent is not the server's"
            )))
        }
    }

    /// Blocking: deletes saved checks older than [`ServerConfig::keep_checks_days`]; returns
    /// how many (0 without a retention setting or a check store).
    pub fn purge_old_checks(&self) -> Result<u64, ServerError> {
        let (Some(days), Some(checks)) =
            (self.inner.config.keep_checks_days, self.inner.checks.get())
        else {
            return Ok(0);
        };
        let n = checks.purge_older_than_days(days)?;
        if n > 0 {
            tracing::info!(purged = n, keep_days = days, "old saved checks deleted");
        }
        Ok(n)
    }

    fn with(data: Data, source: Option<Source>, config: ServerConfig) -> AppState {
        let permits = Arc::new(Semaphore::new(config.db_workers.max(1)));
        let check_permits = Arc::new(Semaphore::new(config.check_workers.max(1)));
        let cache = ResponseCache::new(config.cache_bytes);
        AppState {
            inner: Arc::new(Inner {
                data: RwLock::new(Arc::new(data)),
                source,
                pg: None,
                reloads: std::sync::atomic::AtomicU64::new(0),
                permits,
                check_permits,
                config,
                cache,
                checks: OnceLock::new(),
                checks_missing: Mutex::new(
                    "saved checks are not enabled on this server (no check store)".into(),
                ),
            }),
        }
    }

    fn data(&self) -> Arc<Data> {
        Arc::clone(&self.inner.data.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// The limits this server runs with.
    pub fn config(&self) -> &ServerConfig {
        &self.inner.config
    }

    /// The team index (cheap, in memory: usable from async code).
    pub fn teams(&self) -> Teams {
        Teams(self.data())
    }

    /// The data version being served.
    pub fn served(&self) -> ServedData {
        self.data().served.clone()
    }

    /// The response cache of GET API answers.
    pub fn cache(&self) -> &ResponseCache {
        &self.inner.cache
    }

    /// Blocking: when the served file's identity changed since it was last looked at, opens it
    /// and swaps the new generation in (true). A file that cannot be opened is logged and
    /// remembered (it is tried again when it changes again); the old generation keeps
    /// serving. Without a file ([`AppState::new`]) does nothing.
    pub fn reload_if_changed(&self) -> bool {
        if let Some(pg) = &self.inner.pg {
            return self.reload_postgres(pg);
        }
        let Some(src) = &self.inner.source else {
            return false;
        };
        let now = FileId::of(&src.path);
        {
            let mut seen = src.seen.lock().unwrap_or_else(|p| p.into_inner());
            if *seen == now {
                return false;
            }
            *seen = now.clone();
        }
        let Some(id) = now else {
            tracing::warn!(path = %src.path.display(), "the served database is gone; still serving the one opened before");
            return false;
        };
        let t = Instant::now();
        let reloads = self.inner.reloads.load(Ordering::Relaxed) + 1;
        let built = SqliteStore::open_pool(&src.path, src.connections)
            .map_err(ServerError::from)
            .and_then(|store| Data::build(Arc::new(store), Some(&id), reloads));
        match built {
            Ok(data) => {
                let import = data.served.import_id.clone().unwrap_or_default();
                *self.inner.data.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(data);
                self.inner.reloads.store(reloads, Ordering::Relaxed);
                self.inner.cache.clear();
                tracing::info!(path = %src.path.display(), import_id = %import,
                    elapsed_ms = t.elapsed().as_millis() as u64, "the database file changed; reopened it");
                true
            }
            Err(e) => {
                tracing::warn!(path = %src.path.display(), error = %e,
                    "the database file changed but cannot be opened; still serving the one opened before");
                false
            }
        }
    }

    /// PostgreSQL: when the live data schema is not the one being served, opens a pool on the
    /// new one and builds the caches over it, then swaps the generation in.
    fn reload_postgres(&self, pg: &PgSource) -> bool {
        let current = pg.store.lock().unwrap_or_else(|p| p.into_inner()).clone();
        match current.live_schema() {
            Ok(Some(live)) if live != current.schema() => {}
            Ok(_) => return false,
            Err(e) => {
                tracing::warn!(error = %e, "cannot read which import is live");
                return false;
            }
        }
        let t = Instant::now();
        let reloads = self.inner.reloads.load(Ordering::Relaxed) + 1;
        let built = goalline_store_postgres::PostgresStore::open_pool(&pg.url, pg.connections)
            .map(Arc::new)
            .map_err(ServerError::from)
            .and_then(|store| Data::build(store.clone(), None, reloads).map(|data| (store, data)));
        match built {
            Ok((store, data)) => {
                let now = data.served.import_id.clone();
                *pg.store.lock().unwrap_or_else(|p| p.into_inner()) = store;
                *self.inner.data.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(data);
                self.inner.reloads.store(reloads, Ordering::Relaxed);
                self.inner.cache.clear();
                tracing::info!(import_id = %now.unwrap_or_default(),
                    elapsed_ms = t.elapsed().as_millis() as u64, "the database was re-imported; rebuilt the caches");
                true
            }
            Err(e) => {
                tracing::warn!(error = %e, "the database was re-imported but the caches could not be rebuilt; still serving the old ones");
                false
            }
        }
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
        let data = self.data();
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            f(data.ctx())
        })
        .await
        .map_err(|e| ServerError::Internal(format!("database worker failed: {e}")))?
    }

    /// Checks an article on the blocking pool, under the check workers' own semaphore: when
    /// all are busy the answer is 503 at once (the client may retry); the check stops at
    /// [`ServerConfig::check_timeout`] (504), and when this future is dropped (the request
    /// timed out or the client went away) the check is cancelled and its worker freed.
    pub async fn check(&self, text: String, date: Option<Date>) -> Result<Report, ServerError> {
        Ok(self.check_versioned(text, date).await?.0)
    }

    /// [`AppState::check`], with the version of the data the check ran against (the
    /// generation it started with, even if a new database is swapped in meanwhile).
    pub async fn check_versioned(
        &self,
        text: String,
        date: Option<Date>,
    ) -> Result<(Report, DataVersion), ServerError> {
        let n = self.inner.config.check_workers.max(1);
        let permit = Arc::clone(&self.inner.check_permits)
            .try_acquire_owned()
            .map_err(|_| {
                ServerError::Unavailable(format!(
                    "all {n} article-check workers are busy (checks run {n} at a time)"
                ))
            })?;
        let cancel = Arc::new(AtomicBool::new(false));
        let _cancel_on_drop = CancelOnDrop(Arc::clone(&cancel));
        let timeout = self.inner.config.check_timeout;
        let opts = CheckOptions {
            deadline: Instant::now().checked_add(timeout),
            cancel: Some(cancel),
        };
        let data = self.data();
        let version = data.served.data_version();
        let done = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            data.checker.check_with(&text, date, &opts)
        })
        .await
        .map_err(|e| ServerError::Internal(format!("check worker failed: {e}")))?;
        let report = done.map_err(|e: CheckError| {
            tracing::warn!(error = %e, "article check stopped");
            ServerError::Timeout { after: timeout }
        })?;
        Ok((report, version))
    }

    /// All matches of a team (men's and women's, any date), in date order, read from the store
    /// on first use and cached.
    pub async fn team_matches(&self, team: TeamId) -> Result<Arc<Vec<MatchRow>>, ServerError> {
        let data = self.data();
        let cached = data
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
        let mut cache = data.team_matches.write().unwrap_or_else(|p| p.into_inner());
        Ok(Arc::clone(
            cache.entry(team).or_insert_with(|| Arc::new(rows)),
        ))
    }
}

fn rfc3339(t: SystemTime) -> String {
    let d = t.duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default();
    let secs = d.as_secs() as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let date = goalline_core::Date::from_num_days_from_ce_opt(719_163 + days as i32)
        .map(|d| d.to_string())
        .unwrap_or_default();
    format!(
        "{date}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
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
/// the parameters the route reads, for GET endpoints whose answer depends on nothing else.
///
/// Bounded in bytes (key and value, plus a fixed per-entry overhead). Two generations
/// approximate LRU at the cost of one extra lookup: entries go into `young`; when it holds
/// half the byte budget it becomes `old` (the previous `old` is dropped), and a hit in `old` is
/// promoted. So at most `capacity` bytes are held, and what keeps being asked for stays. An
/// answer larger than half the budget is not kept.
#[derive(Debug)]
pub struct ResponseCache {
    half: usize,
    gens: Mutex<Generations>,
}

#[derive(Debug, Default)]
struct Generations {
    young: HashMap<String, Bytes>,
    young_bytes: usize,
    old: HashMap<String, Bytes>,
    old_bytes: usize,
}

/// Bytes an entry is counted for: its key, its value and the map's bookkeeping.
fn entry_bytes(key: &str, value: &Bytes) -> usize {
    key.len() + value.len() + 96
}

impl ResponseCache {
    /// A cache of at most `capacity` bytes (0: never stores anything).
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
        g.old_bytes = g.old_bytes.saturating_sub(entry_bytes(key, &b));
        Self::insert_young(&mut g, self.half, key.to_string(), b.clone());
        Some(b)
    }

    /// Stores an answer.
    pub fn put(&self, key: String, value: Bytes) {
        if self.half == 0 || entry_bytes(&key, &value) > self.half {
            return;
        }
        let mut g = self.lock();
        Self::insert_young(&mut g, self.half, key, value);
    }

    fn insert_young(g: &mut Generations, half: usize, key: String, value: Bytes) {
        let size = entry_bytes(&key, &value);
        if let Some(prev) = g.young.remove(&key) {
            g.young_bytes = g.young_bytes.saturating_sub(entry_bytes(&key, &prev));
        }
        if g.young_bytes + size > half {
            g.old = std::mem::take(&mut g.young);
            g.old_bytes = std::mem::take(&mut g.young_bytes);
        }
        g.young_bytes += size;
        g.young.insert(key, value);
    }

    /// Drops every entry (a new database generation).
    pub fn clear(&self) {
        *self.lock() = Generations::default();
    }

    /// Entries held now.
    pub fn len(&self) -> usize {
        let g = self.lock();
        g.young.len() + g.old.len()
    }

    /// Bytes held now (as counted against the capacity).
    pub fn bytes(&self) -> usize {
        let g = self.lock();
        g.young_bytes + g.old_bytes
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
    fn cache_is_bounded_in_bytes_and_keeps_what_is_asked_for() {
        // Each entry counts 2 + 2 + 96 = 100 bytes: 4 fit in 400.
        let c = ResponseCache::new(400);
        for i in 0..10 {
            c.put(format!("k{i}"), Bytes::from(format!("v{i}")));
            // k0 is asked for after every insert: it must survive.
            assert_eq!(c.get("k0").as_deref(), Some(&b"v0"[..]), "after k{i}");
            assert!(c.bytes() <= 400, "{} bytes", c.bytes());
        }
        assert!(
            c.get("k1").is_none(),
            "an old entry never asked for again is dropped"
        );
        assert_eq!(c.get("k9").as_deref(), Some(&b"v9"[..]));
        // An answer bigger than half the budget is not kept.
        c.put("big".into(), Bytes::from(vec![b'x'; 300]));
        assert!(c.get("big").is_none());
        c.clear();
        assert!(c.is_empty());
        assert_eq!(c.bytes(), 0);
    }

    #[test]
    fn many_big_answers_stay_under_the_byte_cap() {
        let cap = 64 * 1024;
        let c = ResponseCache::new(cap);
        for i in 0..10_000 {
            c.put(
                format!("/api/x?{i}"),
                Bytes::from(vec![b'j'; 1000 + i % 3000]),
            );
            assert!(c.bytes() <= cap, "{} bytes after {i}", c.bytes());
        }
        assert!(!c.is_empty());
    }

    #[test]
    fn zero_capacity_stores_nothing() {
        let c = ResponseCache::new(0);
        c.put("a".into(), Bytes::from_static(b"x"));
        assert!(c.get("a").is_none());
        assert!(c.is_empty());
    }

    #[test]
    fn tokens_compare_whole() {
        assert!(token_matches("s3cret-token", "s3cret-token"));
        assert!(!token_matches("s3cret-token", "s3cret-toke"));
        assert!(!token_matches("s3cret-token", "s3cret-token "));
        assert!(!token_matches("s3cret-token", ""));
        assert!(!token_matches("s3cret-token", "S3cret-token"));
    }

    #[test]
    fn rfc3339_of_known_instants() {
        assert_eq!(rfc3339(SystemTime::UNIX_EPOCH), "1970-01-01T00:00:00Z");
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_670_716_800 + 3_661);
        assert_eq!(rfc3339(t), "2022-12-11T01:01:01Z");
    }
}
