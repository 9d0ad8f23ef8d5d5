//! [`SqliteStore`]: read-only pooled connections over an imported database file. The queries
//! are the shared SQL of `goalline_store::sql` (a [`SqlPool`] is a `Store`).
//!
//! Connections are opened read-only, so queries can never change the data; a small pool lets
//! the web server answer concurrent requests.

use crate::conn::{sql, Lite};
use goalline_store::sql::{SqlConn, SqlPool};
use goalline_store::{StoreError, SCHEMA_VERSION};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

/// A read-only SQLite [`Store`](goalline_store::Store): connections to one file.
pub struct SqliteStore {
    path: PathBuf,
    pool: Vec<Mutex<Connection>>,
    next: AtomicUsize,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("path", &self.path)
            .finish()
    }
}

impl SqliteStore {
    /// Opens `path` read-only with one connection.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        Self::open_pool(path, 1)
    }

    /// Opens `path` read-only with `size` connections (for concurrent readers) and checks its
    /// schema version.
    pub fn open_pool(path: &Path, size: usize) -> Result<SqliteStore, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        crate::guard::check_readable(path)?;
        let mut pool = Vec::with_capacity(size.max(1));
        for _ in 0..size.max(1) {
            let conn = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX
                    | OpenFlags::SQLITE_OPEN_URI,
            )
            .map_err(sql)?;
            conn.execute_batch(
                // No mmap: the file may be replaced or truncated under a running server, and a
                // read through a mapping of a truncated file is SIGBUS (the process dies); with
                // read() it is an I/O error on that query.
                "PRAGMA query_only = ON; PRAGMA cache_size = -16000; PRAGMA mmap_size = 0;",
            )
            .map_err(sql)?;
            conn.set_prepared_statement_cache_capacity(64);
            pool.push(Mutex::new(conn));
        }
        let store = SqliteStore {
            path: path.to_path_buf(),
            pool,
            next: AtomicUsize::new(0),
        };
        let version: Option<String> = store
            .conn()
            .query_row(
                "SELECT value FROM meta WHERE key = 'schema_version'",
                [],
                |r| r.get(0),
            )
            .optional()
            .unwrap_or(None);
        if version.as_deref() != Some(SCHEMA_VERSION) {
            return Err(StoreError::SchemaVersion {
                path: path.to_path_buf(),
                found: version.unwrap_or_else(|| "none".into()),
                expected: SCHEMA_VERSION.into(),
            });
        }
        Ok(store)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A connection from the pool (the first free one, else waits on one).
    pub fn conn(&self) -> MutexGuard<'_, Connection> {
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

impl SqlPool for SqliteStore {
    fn with_conn(
        &self,
        f: &mut dyn FnMut(&mut dyn SqlConn) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let conn = self.conn();
        let mut lite = Lite::new(&conn);
        let out = f(&mut lite);
        drop(lite);
        out
    }

    fn tables(&self) -> Result<Vec<String>, StoreError> {
        let conn = self.conn();
        let mut st = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
            .map_err(sql)?;
        let names = st
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(sql)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(sql)?;
        Ok(names
            .into_iter()
            .filter(|t| !t.starts_with("sqlite_"))
            .collect())
    }
}
