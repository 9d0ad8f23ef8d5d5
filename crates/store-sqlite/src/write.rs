//! Writing an imported dataset: into a fresh file, then an atomic swap over the old one.
//!
//! Owns import atomicity and idempotence. The new database is built in a temporary file beside
//! the target (journal off: nobody else can see it yet), checked, and renamed over the target
//! only when complete, so an interrupted or failed import leaves the old database untouched.
//! An import whose source checksums and schema equal the stored manifest is a no-op.

use crate::conn::{sql, Lite};
use goalline_store::dataset::*;
use goalline_store::sbdataset::SbData;
use goalline_store::sql::insert;
use goalline_store::{
    DatasetTarget, DatasetWriter, Outcome, StoreError, MIGRATIONS, SCHEMA_VERSION,
};
use rusqlite::{Connection, OptionalExtension};
use std::path::{Path, PathBuf};

/// The manifest stored in an existing database, if any.
pub fn stored_manifest(db: &Path) -> Option<String> {
    if !db.exists() {
        return None;
    }
    let conn = Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    conn.query_row("SELECT value FROM meta WHERE key = 'manifest'", [], |r| {
        r.get::<_, String>(0)
    })
    .optional()
    .ok()
    .flatten()
}

/// An SQLite database file an import replaces.
#[derive(Debug, Clone)]
pub struct SqliteTarget {
    /// The database file.
    pub path: PathBuf,
}

impl DatasetTarget for SqliteTarget {
    fn stored_manifest(&self) -> Result<Option<String>, StoreError> {
        Ok(stored_manifest(&self.path))
    }

    fn begin(&self) -> Result<Box<dyn DatasetWriter>, StoreError> {
        Ok(Box::new(Writer::begin(&self.path)?))
    }
}

fn temp_path(db: &Path) -> PathBuf {
    let name = db
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "goalline.db".into());
    db.with_file_name(format!(".{name}.importing-{}", std::process::id()))
}

/// A database being built: a fresh temporary file beside the target, with the schema, inside
/// one transaction. Rows go in with [`Writer::insert_dataset`] (and, for an import that links
/// openfootball while the CSV sources are written, [`Writer::insert_additions`]);
/// [`Writer::finish`] indexes, commits and renames the file over the target. Dropped
/// unfinished, the temporary file is removed and the target never changes.
pub struct Writer {
    conn: Option<Connection>,
    tmp: PathBuf,
    db: PathBuf,
    existed: bool,
    done: bool,
}

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Writer").field("tmp", &self.tmp).finish()
    }
}

impl Writer {
    /// Creates the temporary database next to `db` and its schema.
    pub fn begin(db: &Path) -> Result<Writer, StoreError> {
        let existed = db.exists();
        if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        }
        let tmp = temp_path(db);
        let _ = std::fs::remove_file(&tmp);
        let conn = Connection::open(&tmp).map_err(sql)?;
        let w = Writer {
            conn: Some(conn),
            tmp,
            db: db.to_path_buf(),
            existed,
            done: false,
        };
        let c = w.conn()?;
        // Nobody else sees the file while it is built: no journal, no syncs until the final
        // fsync, and a 64 MB page cache so that bulk inserts and index builds rarely spill.
        c.execute_batch(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -65536;",
        ).map_err(sql)?;
        // The mark that lets a later import (and `guard::check_target`) know the file is ours.
        c.execute_batch(&format!(
            "PRAGMA application_id = {}; PRAGMA user_version = {}; BEGIN;",
            crate::guard::APPLICATION_ID,
            SCHEMA_VERSION.parse::<u32>().unwrap_or(0)
        ))
        .map_err(sql)?;
        for m in MIGRATIONS {
            c.execute_batch(m.tables).map_err(sql)?;
        }
        Ok(w)
    }

    fn conn(&self) -> Result<&Connection, StoreError> {
        self.conn.as_ref().ok_or_else(|| {
            StoreError::io(&self.tmp, std::io::Error::other("writer already finished"))
        })
    }

    /// Creates the indexes, records the manifest and the link report, commits, makes the file
    /// durable and renames it over the target.
    fn finish_inner(
        &mut self,
        report: &serde_json::Value,
        manifest: &str,
    ) -> Result<Outcome, StoreError> {
        let conn = self.conn.take().ok_or_else(|| {
            StoreError::io(&self.tmp, std::io::Error::other("writer already finished"))
        })?;
        for m in MIGRATIONS {
            conn.execute_batch(m.indexes).map_err(sql)?;
        }
        insert::insert_meta(&mut Lite::new(&conn), report, manifest)?;
        conn.execute_batch("COMMIT; PRAGMA optimize;")
            .map_err(sql)?;
        conn.close().map_err(|(_, e)| sql(e))?;
        // Make the new file durable before it replaces the old one.
        let f = std::fs::File::open(&self.tmp).map_err(|e| StoreError::io(&self.tmp, e))?;
        f.sync_all().map_err(|e| StoreError::io(&self.tmp, e))?;
        for suffix in ["-wal", "-shm", "-journal"] {
            let _ = std::fs::remove_file(PathBuf::from(format!("{}{suffix}", self.db.display())));
        }
        std::fs::rename(&self.tmp, &self.db).map_err(|e| StoreError::io(&self.db, e))?;
        self.done = true;
        Ok(if self.existed {
            Outcome::Replaced
        } else {
            Outcome::Created
        })
    }
}

impl DatasetWriter for Writer {
    fn insert_settled(&mut self, rows: &SettledRows<'_>) -> Result<(), StoreError> {
        insert::insert_settled(&mut Lite::new(self.conn()?), rows)
    }

    fn insert_linked(&mut self, ds: &Dataset) -> Result<(), StoreError> {
        insert::insert_all(&mut Lite::new(self.conn()?), ds)
    }

    fn insert_additions(&mut self, add: &OfAdditions) -> Result<(), StoreError> {
        insert::insert_openfootball(&mut Lite::new(self.conn()?), add)
    }

    fn insert_statsbomb(&mut self, sb: &SbData) -> Result<(), StoreError> {
        insert::insert_statsbomb(&mut Lite::new(self.conn()?), sb)
    }

    fn finish(
        mut self: Box<Self>,
        report: &serde_json::Value,
        manifest: &str,
    ) -> Result<Outcome, StoreError> {
        self.finish_inner(report, manifest)
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        // Unfinished (an error, or abandoned): the target is untouched; remove the temporary file.
        if !self.done {
            drop(self.conn.take());
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}
