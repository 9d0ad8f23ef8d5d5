//! The PostgreSQL backend of `goalline-store` (a shared database behind any number of servers).
//!
//! Owns the PostgreSQL specifics: a small pool of synchronous connections ([`PostgresStore`]; the
//! `postgres` crate, the blocking face of tokio-postgres, because the `Store` trait is
//! synchronous and the facts engine calls it from blocking threads), the dialect of the shared
//! SQL ([`dialect`]), and the import ([`PgTarget`]): a new dataset is built in a fresh schema
//! (`goalline_import_…`) out of readers' sight and swapped in by renaming schemas in one
//! transaction, so readers see the old data or the new, never a mix; a failed import drops its
//! schema and leaves the live one untouched; one import at a time (an advisory lock).
//!
//! The live data is the schema `goalline`; readers' connections set `search_path` to it and
//! are read-only. Reads and inserts are the shared SQL of `goalline_store::sql`. Saved checks
//! live in their own schema, `goalline_checks` ([`checks`]), which no import touches.
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

/// The schema readers read.
pub const LIVE_SCHEMA: &str = "goalline";

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

fn reader(url: &str) -> Result<PgConn, StoreError> {
    let mut c = connect(url)?;
    c.batch_execute(&format!(
        "SET search_path TO {LIVE_SCHEMA}; SET default_transaction_read_only = on;"
    ))
    .map_err(pg)?;
    Ok(PgConn::new(c))
}

impl PostgresStore {
    /// Connects one reader and checks the live schema's version.
    pub fn open(url: &str) -> Result<PostgresStore, StoreError> {
        Self::open_pool(url, 1)
    }

    /// Connects `size` readers (at least one; the others connect on first use) and checks the
    /// live schema's version.
    pub fn open_pool(url: &str, size: usize) -> Result<PostgresStore, StoreError> {
        let mut first = reader(url)?;
        let location = goalline_store::DbLocation::Postgres(url.to_string()).to_string();
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
            pool,
            next: AtomicUsize::new(0),
        })
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
            *slot = Some(reader(&self.url)?);
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

/// A PostgreSQL database an import replaces (the schema [`LIVE_SCHEMA`]).
#[derive(Clone)]
pub struct PgTarget {
    /// The connection URL.
    pub url: String,
}

impl std::fmt::Debug for PgTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "PgTarget({})",
            goalline_store::DbLocation::Postgres(self.url.clone())
        )
    }
}

impl DatasetTarget for PgTarget {
    fn stored_manifest(&self) -> Result<Option<String>, StoreError> {
        let mut c = PgConn::new(connect(&self.url)?);
        let exists: Option<i64> = (&mut c as &mut dyn SqlConn).row(
            "SELECT 1::bigint FROM information_schema.tables WHERE table_schema = ?1 AND table_name = 'meta'",
            goalline_store::params![LIVE_SCHEMA],
            |r| r.get(0),
        )?;
        if exists.is_none() {
            return Ok(None);
        }
        (&mut c as &mut dyn SqlConn).row(
            &format!("SELECT value FROM {LIVE_SCHEMA}.meta WHERE key = 'manifest'"),
            goalline_store::params![],
            |r| r.get(0),
        )
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

impl PgWriter {
    /// Connects, takes the import lock (waiting for another import), drops schemas left by
    /// dead imports, and creates the new schema with the tables.
    pub fn begin(url: &str) -> Result<PgWriter, StoreError> {
        let mut client = connect(url)?;
        client
            .execute("SELECT pg_advisory_lock($1)", &[&IMPORT_LOCK])
            .map_err(pg)?;
        // Holding the lock, any other import schema belongs to a dead import.
        let stale: Vec<String> = client
            .query(
                "SELECT nspname::text FROM pg_namespace WHERE nspname LIKE 'goalline\\_import\\_%' \
                 OR nspname LIKE 'goalline\\_old\\_%'",
                &[],
            )
            .map_err(pg)?
            .iter()
            .map(|r| r.get(0))
            .collect();
        for s in stale {
            client
                .batch_execute(&format!("DROP SCHEMA \"{s}\" CASCADE"))
                .map_err(pg)?;
        }
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let schema = format!("goalline_import_{}_{nanos}", std::process::id());
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
        let existed = c
            .query_opt(
                "SELECT 1 FROM pg_namespace WHERE nspname = $1",
                &[&LIVE_SCHEMA],
            )
            .map_err(pg)?
            .is_some();
        let old = format!(
            "goalline_old_{}",
            self.schema.trim_start_matches("goalline_import_")
        );
        // The swap: readers see the old schema until this commits, the new one after.
        let mut swap = String::new();
        if existed {
            swap.push_str(&format!("ALTER SCHEMA {LIVE_SCHEMA} RENAME TO {old}; "));
        }
        swap.push_str(&format!(
            "ALTER SCHEMA {} RENAME TO {LIVE_SCHEMA}; ANALYZE; COMMIT;",
            self.schema
        ));
        c.batch_execute(&swap).map_err(pg)?;
        self.done = true;
        if existed {
            // Waits for readers still inside a statement on the old tables.
            c.batch_execute(&format!("DROP SCHEMA {old} CASCADE"))
                .map_err(pg)?;
        }
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
