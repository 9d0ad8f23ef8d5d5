//! The PostgreSQL backend of `goalline-store` (a shared database behind any number of servers).
//!
//! Owns the PostgreSQL specifics: a small pool of synchronous connections ([`PostgresStore`]; the
//! `postgres` crate, the blocking face of tokio-postgres, because the `Store` trait is
//! synchronous and the facts engine calls it from blocking threads), the dialect of the shared
//! SQL ([`dialect`]), and the import ([`PgTarget`]): a new dataset is built in a fresh schema
//! (`goalline_data_…`) out of readers' sight, and the pointer `goalline_live.live` is moved to
//! it in the same transaction, so readers see the old data or the new, never a mix; a failed
//! import rolls back (its schema goes with it) and leaves the live one untouched; one import at
//! a time (an advisory lock).
//!
//! Each [`PostgresStore`] is pinned to the data schema that was live when it was opened: its
//! connections set `search_path` to it (read-only). A server therefore answers every request of
//! one generation from one import, and switches — caches rebuilt — when it sees the pointer
//! move ([`PostgresStore::live_schema`]). An import keeps the previous data schema (servers may
//! still be on it) and drops older ones. Reads and inserts are the shared SQL of
//! `goalline_store::sql`. Saved checks live in their own schema, `goalline_checks`
//! ([`checks`]), which no import touches.
#![forbid(unsafe_code)]

pub mod checks;
mod conn;
pub mod dialect;

pub use checks::PgCheckStore;

use conn::{pg, PgConn};

use goalline_store::sql::{insert, SqlConn, SqlPool};
use goalline_store::{
    DatasetTarget, DatasetWriter, Outcome, StoreError, MIGRATIONS, SCHEMA_VERSION,
};
use postgres::{Client, NoTls};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

/// The schema holding the pointer to the live data schema (table `live`: one row).
pub const POINTER_SCHEMA: &str = "goalline_live";

/// The prefix of data schemas (`goalline_data_<pid>_<nanos>`).
const DATA_PREFIX: &str = "goalline_data_";

/// The live data schema and the one before it, if the database has a goalline import.
fn pointer(c: &mut Client) -> Result<Option<(String, Option<String>)>, StoreError> {
    let exists = c
        .query_opt(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'live'",
            &[&POINTER_SCHEMA],
        )
        .map_err(pg)?
        .is_some();
    if !exists {
        return Ok(None);
    }
    Ok(c.query_opt(
        &format!("SELECT schema, previous FROM {POINTER_SCHEMA}.live WHERE id = 1"),
        &[],
    )
    .map_err(pg)?
    .map(|r| (r.get(0), r.get(1))))
}

/// Advisory lock key of imports ("GOAL" as an integer).
const IMPORT_LOCK: i64 = 0x474F_414C;

fn masked(url: &str) -> String {
    goalline_store::DbLocation::Postgres(url.to_string()).to_string()
}

fn connect(url: &str) -> Result<Client, StoreError> {
    Client::connect(url, NoTls).map_err(|e| StoreError::Unreachable {
        location: masked(url),
        why: conn::describe(&e),
    })
}

/// A PostgreSQL [`Store`](goalline_store::Store): a pool of connections to one database, each
/// reading the live schema, read-only; the queries are the shared SQL (a [`SqlPool`] is a
/// `Store`). Connections broken by a server restart are replaced on their next use.
pub struct PostgresStore {
    url: String,
    schema: String,
    pool: Vec<Mutex<Option<PgConn>>>,
    next: AtomicUsize,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore")
            .field(
                "db",
                &goalline_store::DbLocation::Postgres(self.url.clone()).to_string(),
            )
            .field("size", &self.pool.len())
            .finish()
    }
}

/// A read-only connection whose unqualified names are the tables of `schema`.
fn reader(url: &str, schema: &str) -> Result<PgConn, StoreError> {
    let mut c = connect(url)?;
    reader_on(&mut c, schema)?;
    Ok(PgConn::new(c))
}

fn reader_on(c: &mut Client, schema: &str) -> Result<(), StoreError> {
    // The schema name comes from the pointer table, written by the import as
    // `goalline_data_<digits>_<digits>`; checked again here before it is spliced in.
    if !schema.starts_with(DATA_PREFIX)
        || !schema
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        return Err(StoreError::Corrupt(format!(
            "the live data schema is named {schema:?}, not goalline_data_…"
        )));
    }
    c.batch_execute(&format!(
        "SET search_path TO {schema}; SET default_transaction_read_only = on;"
    ))
    .map_err(pg)
}

impl PostgresStore {
    /// Connects one reader and checks the live schema's version.
    pub fn open(url: &str) -> Result<PostgresStore, StoreError> {
        Self::open_pool(url, 1)
    }

    /// Connects `size` readers (at least one; the others connect on first use) and checks the
    /// live schema's version.
    pub fn open_pool(url: &str, size: usize) -> Result<PostgresStore, StoreError> {
        let location = masked(url);
        let mut client = connect(url)?;
        let Some((schema, _)) = pointer(&mut client)? else {
            return Err(StoreError::NoData { location });
        };
        reader_on(&mut client, &schema)?;
        let mut first = PgConn::new(client);
        let version: Option<String> = (&mut first as &mut dyn SqlConn)
            .row(
                "SELECT value FROM meta WHERE key = 'schema_version'",
                goalline_store::params![],
                |r| r.get(0),
            )
            .map_err(|_| StoreError::NoData {
                location: location.clone(),
            })?;
        if version.as_deref() != Some(SCHEMA_VERSION) {
            return Err(StoreError::SchemaVersion {
                path: location.into(),
                found: version.unwrap_or_else(|| "none".into()),
                expected: SCHEMA_VERSION.into(),
            });
        }
        let mut pool = vec![Mutex::new(Some(first))];
        // The others connect on first use.
        pool.extend((1..size.max(1)).map(|_| Mutex::new(None)));
        Ok(PostgresStore {
            url: url.to_string(),
            schema,
            pool,
            next: AtomicUsize::new(0),
        })
    }

    /// The data schema this store reads (the live one when it was opened).
    pub fn schema(&self) -> &str {
        &self.schema
    }

    /// The data schema live now (after a re-import it differs from [`PostgresStore::schema`]).
    pub fn live_schema(&self) -> Result<Option<String>, StoreError> {
        let mut slot = self.slot();
        if slot.as_ref().is_none_or(|c| c.client.is_closed()) {
            *slot = Some(reader(&self.url, &self.schema)?);
        }
        match slot.as_mut() {
            Some(c) => Ok(pointer(&mut c.client)?.map(|(s, _)| s)),
            None => Ok(None),
        }
    }

    /// The database URL (with its password, if any: do not print it; `DbLocation` masks it).
    pub fn url(&self) -> &str {
        &self.url
    }

    fn slot(&self) -> MutexGuard<'_, Option<PgConn>> {
        let n = self.pool.len();
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        for i in 0..n {
            if let Ok(g) = self.pool[(start + i) % n].try_lock() {
                return g;
            }
        }
        match self.pool[start % n].lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        }
    }
}

impl SqlPool for PostgresStore {
    fn with_conn(
        &self,
        f: &mut dyn FnMut(&mut dyn SqlConn) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut slot = self.slot();
        if slot.as_ref().is_none_or(|c| c.client.is_closed()) {
            *slot = Some(reader(&self.url, &self.schema)?);
        }
        let conn = slot.as_mut().ok_or_else(|| StoreError::NoData {
            location: masked(&self.url),
        })?;
        let out = f(conn);
        if out.is_err() && conn.client.is_closed() {
            // A broken connection is replaced on the next use.
            *slot = None;
        }
        out
    }

    fn tables(&self) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        self.with_conn(&mut |c| {
            out = c.rows(
                "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                 WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.oid",
                goalline_store::params![],
                |r| r.get(0),
            )?;
            Ok(())
        })?;
        Ok(out)
    }
}

/// A PostgreSQL database an import replaces (the data schema `goalline_live.live` points at).
#[derive(Clone)]
pub struct PgTarget {
    /// The connection URL.
    pub url: String,
}

impl std::fmt::Debug for PgTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PgTarget({})", masked(&self.url))
    }
}

impl DatasetTarget for PgTarget {
    fn stored_manifest(&self) -> Result<Option<String>, StoreError> {
        let mut c = connect(&self.url)?;
        let Some((schema, _)) = pointer(&mut c)? else {
            return Ok(None);
        };
        reader_on(&mut c, &schema)?;
        let row = c
            .query_opt("SELECT value FROM meta WHERE key = 'manifest'", &[])
            .map_err(pg)?;
        Ok(row.map(|r| r.get(0)))
    }

    fn begin(&self) -> Result<Box<dyn DatasetWriter>, StoreError> {
        Ok(Box::new(PgWriter::begin(&self.url)?))
    }
}

/// An import being built in a schema of its own, inside one transaction.
pub struct PgWriter {
    conn: PgConn,
    schema: String,
    done: bool,
}

impl std::fmt::Debug for PgWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgWriter")
            .field("schema", &self.schema)
            .finish()
    }
}

/// The pointer table (created by the first import).
const POINTER_DDL: &str = "CREATE SCHEMA IF NOT EXISTS goalline_live; \
     CREATE TABLE IF NOT EXISTS goalline_live.live (id INTEGER PRIMARY KEY CHECK (id = 1), \
     schema TEXT NOT NULL, previous TEXT, swapped_at TIMESTAMPTZ NOT NULL DEFAULT now());";

/// Drops the data schemas the pointer names neither as live nor as previous (left by an
/// import before the previous one, or by a dead one). Call holding the import lock.
fn drop_stale(client: &mut Client) -> Result<(), StoreError> {
    let (live, previous) = match pointer(client)? {
        Some((l, p)) => (Some(l), p),
        None => (None, None),
    };
    let stale: Vec<String> = client
        .query(
            "SELECT nspname::text FROM pg_namespace WHERE nspname LIKE 'goalline\\_data\\_%'",
            &[],
        )
        .map_err(pg)?
        .iter()
        .map(|r| r.get::<_, String>(0))
        .filter(|s| Some(s) != live.as_ref() && Some(s) != previous.as_ref())
        .collect();
    for s in stale {
        // Waits for readers still inside a statement on it.
        client
            .batch_execute(&format!("DROP SCHEMA \"{s}\" CASCADE"))
            .map_err(pg)?;
    }
    Ok(())
}

impl PgWriter {
    /// Connects, takes the import lock (waiting for another import), drops data schemas the
    /// pointer no longer names (older than the previous import, or left by a dead one), and
    /// starts the transaction that creates the new schema with its tables.
    pub fn begin(url: &str) -> Result<PgWriter, StoreError> {
        let mut client = connect(url)?;
        client
            .execute("SELECT pg_advisory_lock($1)", &[&IMPORT_LOCK])
            .map_err(pg)?;
        // Holding the lock, nobody else creates or moves schemas.
        client.batch_execute(POINTER_DDL).map_err(pg)?;
        drop_stale(&mut client)?;
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let schema = format!("{DATA_PREFIX}{}_{nanos}", std::process::id());
        client
            .batch_execute(&format!(
                "BEGIN; CREATE SCHEMA {schema}; SET LOCAL search_path TO {schema};"
            ))
            .map_err(pg)?;
        for m in MIGRATIONS {
            client.batch_execute(&dialect::ddl(m.tables)).map_err(pg)?;
        }
        let mut conn = PgConn::new(client);
        conn.bulk = true;
        Ok(PgWriter {
            conn,
            schema,
            done: false,
        })
    }
}

impl DatasetWriter for PgWriter {
    fn insert_settled(
        &mut self,
        rows: &goalline_store::dataset::SettledRows<'_>,
    ) -> Result<(), StoreError> {
        insert::insert_settled(&mut self.conn, rows)
    }

    fn insert_linked(&mut self, ds: &goalline_store::dataset::Dataset) -> Result<(), StoreError> {
        insert::insert_all(&mut self.conn, ds)
    }

    fn insert_additions(
        &mut self,
        add: &goalline_store::dataset::OfAdditions,
    ) -> Result<(), StoreError> {
        insert::insert_openfootball(&mut self.conn, add)
    }

    fn insert_statsbomb(
        &mut self,
        sb: &goalline_store::sbdataset::SbData,
    ) -> Result<(), StoreError> {
        insert::insert_statsbomb(&mut self.conn, sb)
    }

    fn finish(
        mut self: Box<Self>,
        report: &serde_json::Value,
        manifest: &str,
    ) -> Result<Outcome, StoreError> {
        self.conn.flush()?;
        for m in MIGRATIONS {
            self.conn
                .client
                .batch_execute(&dialect::ddl(m.indexes))
                .map_err(pg)?;
        }
        insert::insert_meta(&mut self.conn, report, manifest)?;
        let c = &mut self.conn.client;
        let existed = pointer(c)?.is_some();
        // The swap: readers opened from now on read the new schema; those opened before keep
        // theirs (kept until the import after next).
        c.execute(
            "INSERT INTO goalline_live.live (id, schema, previous) VALUES (1, $1, NULL) \
             ON CONFLICT (id) DO UPDATE SET previous = goalline_live.live.schema, \
             schema = EXCLUDED.schema, swapped_at = now()",
            &[&self.schema],
        )
        .map_err(pg)?;
        // Planner statistics of the new tables (they are in search_path).
        let tables: Vec<String> = c
            .query(
                "SELECT tablename::text FROM pg_tables WHERE schemaname = $1",
                &[&self.schema],
            )
            .map_err(pg)?
            .iter()
            .map(|r| r.get(0))
            .collect();
        for t in tables {
            c.batch_execute(&format!("ANALYZE \"{t}\"")).map_err(pg)?;
        }
        c.batch_execute("COMMIT").map_err(pg)?;
        self.done = true;
        // The import before the previous one is no longer needed by anyone polling in time.
        // A failure here is harmless: the import is done, and the next one retries.
        let _ = drop_stale(c);
        let _ = c.execute("SELECT pg_advisory_unlock($1)", &[&IMPORT_LOCK]);
        Ok(if existed {
            Outcome::Replaced
        } else {
            Outcome::Created
        })
    }
}

impl Drop for PgWriter {
    fn drop(&mut self) {
        // Unfinished: roll the transaction back (the new schema goes with it); the live schema
        // never changed. Closing the connection releases the lock.
        if !self.done {
            let _ = self.conn.client.batch_execute("ROLLBACK");
        }
    }
}
