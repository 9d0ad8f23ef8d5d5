//! The SQLite backend of [`CheckStore`]: saved checks in a sidecar file beside the data
//! database ([`sidecar_path`]: `goalline.db` → `goalline.checks.db`).
//!
//! Why a sidecar: the data file is opened read-only by servers and replaced whole by every
//! import, so nothing written by users may live in it. The sidecar is never touched by an
//! import; saved checks survive re-imports and restarts.
//!
//! Several server processes (and `goalline check --save`) may share one sidecar: it runs in
//! WAL mode with a busy timeout, every write is one short transaction, and the schema is
//! created under `BEGIN IMMEDIATE` so two processes opening a new sidecar at once agree. The
//! file carries its own SQLite `application_id` ("GLCK") and schema version in
//! `user_version`; another application's database at that path is refused, never written.

use crate::sql;
use chrono::{DateTime, Utc};
use goalline_core::Date;
use goalline_store::checks::{
    CheckId, CheckListing, CheckStore, SavedCheck, DEFAULT_MAX_CHECK_BYTES,
};
use goalline_store::{DataVersion, StoreError};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Row};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// SQLite `application_id` of a saved-checks sidecar: the bytes "GLCK".
pub const CHECKS_APPLICATION_ID: i32 = 0x474C_434B;

/// Schema version of the sidecar (`user_version`).
pub const CHECKS_SCHEMA_VERSION: i32 = 1;

/// How long a write waits for another process holding the sidecar's lock.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Add-only migrations of the sidecar; entry `n` brings it to version `n + 1`.
const MIGRATIONS: [&str; 1] = ["
CREATE TABLE saved_check (
    id           TEXT PRIMARY KEY,
    created_unix INTEGER NOT NULL,
    pub_date     TEXT,
    title        TEXT NOT NULL,
    text         TEXT NOT NULL,
    report       TEXT NOT NULL,
    import_id    TEXT,
    data_version TEXT NOT NULL,
    bytes        INTEGER NOT NULL
);
CREATE INDEX saved_check_created ON saved_check (created_unix);
"];

/// The sidecar of a data database: same directory, `.checks.db` in place of the extension
/// (`goalline.db` → `goalline.checks.db`, `data` → `data.checks.db`).
pub fn sidecar_path(db: &Path) -> PathBuf {
    let stem = db
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "goalline".into());
    db.with_file_name(format!("{stem}.checks.db"))
}

/// Saved checks in an SQLite file.
pub struct SqliteCheckStore {
    path: PathBuf,
    conn: Mutex<Connection>,
    max_bytes: usize,
}

impl std::fmt::Debug for SqliteCheckStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteCheckStore")
            .field("path", &self.path)
            .field("max_bytes", &self.max_bytes)
            .finish()
    }
}

impl SqliteCheckStore {
    /// Opens (creating when missing) the sidecar of the data database `db`.
    pub fn open_beside(db: &Path) -> Result<SqliteCheckStore, StoreError> {
        Self::open(&sidecar_path(db))
    }

    /// Opens (creating when missing) the saved-checks database at `path`, with the default
    /// bound per check ([`DEFAULT_MAX_CHECK_BYTES`]).
    pub fn open(path: &Path) -> Result<SqliteCheckStore, StoreError> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::io(path, std::io::Error::other(e)))?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(sql)?;
        let not_ours = |why: String| StoreError::NotGoalline {
            path: path.to_path_buf(),
            why,
            hint: "saved checks need a file of their own; move it away or pick another --db",
        };
        // A text file or another application's database is refused before anything is written.
        let app_id: i32 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(|e| not_ours(format!("not an SQLite database ({e})")))?;
        if app_id != 0 && app_id != CHECKS_APPLICATION_ID {
            return Err(not_ours(format!(
                "it is the SQLite database of another application (application_id {app_id:#010x})"
            )));
        }
        if app_id == 0 {
            let tables: i64 = conn
                .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
                .map_err(sql)?;
            if tables > 0 {
                return Err(not_ours(
                    "it is an SQLite database without goalline's saved-checks mark".into(),
                ));
            }
        }
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(sql)?;
        conn.execute_batch("PRAGMA synchronous = NORMAL;")
            .map_err(sql)?;
        migrate(&conn)?;
        Ok(SqliteCheckStore {
            path: path.to_path_buf(),
            conn: Mutex::new(conn),
            max_bytes: DEFAULT_MAX_CHECK_BYTES,
        })
    }

    /// The same store with another bound per check (article plus report, bytes).
    pub fn with_max_bytes(mut self, max_bytes: usize) -> SqliteCheckStore {
        self.max_bytes = max_bytes;
        self
    }

    /// The sidecar file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Brings the sidecar to [`CHECKS_SCHEMA_VERSION`], in one immediate transaction (a second
/// process opening it at the same time waits, then finds it done).
fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let version: i32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(sql)?;
    if version >= CHECKS_SCHEMA_VERSION {
        return Ok(());
    }
    conn.execute_batch("BEGIN IMMEDIATE").map_err(sql)?;
    let run = || -> Result<(), StoreError> {
        let version: i32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(sql)?;
        for (i, step) in MIGRATIONS.iter().enumerate() {
            if (i as i32) >= version {
                conn.execute_batch(step).map_err(sql)?;
            }
        }
        conn.execute_batch(&format!(
            "PRAGMA application_id = {CHECKS_APPLICATION_ID}; PRAGMA user_version = {CHECKS_SCHEMA_VERSION};"
        )).map_err(sql)?;
        Ok(())
    };
    match run() {
        Ok(()) => {
            conn.execute_batch("COMMIT").map_err(sql)?;
            Ok(())
        }
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

fn saved_check(r: &Row<'_>) -> rusqlite::Result<(SavedCheck, String)> {
    let id: String = r.get(0)?;
    let created: i64 = r.get(1)?;
    let date: Option<String> = r.get(2)?;
    let version: String = r.get(6)?;
    let bad = |idx: usize, why: String| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            Box::<dyn std::error::Error + Send + Sync>::from(why),
        )
    };
    let check = SavedCheck {
        id: CheckId::parse(&id).ok_or_else(|| bad(0, format!("bad id {id:?}")))?,
        created_at: DateTime::<Utc>::from_timestamp(created, 0)
            .ok_or_else(|| bad(1, format!("bad time {created}")))?,
        date: date
            .map(|d| Date::parse_from_str(&d, "%Y-%m-%d").map_err(|e| bad(2, e.to_string())))
            .transpose()?,
        text: r.get(4)?,
        report_json: r.get(5)?,
        data_version: DataVersion::default(),
    };
    Ok((check, version))
}

impl CheckStore for SqliteCheckStore {
    fn max_bytes(&self) -> usize {
        self.max_bytes
    }

    fn insert(&self, check: &SavedCheck) -> Result<(), StoreError> {
        let version = serde_json::to_string(&check.data_version)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.conn().execute(
            "INSERT INTO saved_check (id, created_unix, pub_date, title, text, report, import_id, data_version, bytes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                check.id.as_str(),
                check.created_at.timestamp(),
                check.date.map(|d| d.format("%Y-%m-%d").to_string()),
                check.title(),
                check.text,
                check.report_json,
                check.data_version.import_id,
                version,
                check.bytes() as i64,
            ],
        ).map_err(sql)?;
        Ok(())
    }

    fn get(&self, id: &CheckId) -> Result<Option<SavedCheck>, StoreError> {
        let row = self
            .conn()
            .query_row(
                "SELECT id, created_unix, pub_date, title, text, report, data_version
                 FROM saved_check WHERE id = ?1",
                params![id.as_str()],
                saved_check,
            )
            .optional()
            .map_err(sql)?;
        let Some((mut check, version)) = row else {
            return Ok(None);
        };
        check.data_version =
            serde_json::from_str(&version).map_err(|e| StoreError::CorruptCheck {
                id: id.to_string(),
                why: format!("data version: {e}"),
            })?;
        Ok(Some(check))
    }

    fn list(&self, limit: usize, offset: usize) -> Result<Vec<CheckListing>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare(
                "SELECT id, created_unix, pub_date, title, bytes, import_id FROM saved_check
             ORDER BY created_unix DESC, id LIMIT ?1 OFFSET ?2",
            )
            .map_err(sql)?;
        let rows = stmt
            .query_map(
                params![
                    i64::try_from(limit).unwrap_or(i64::MAX),
                    i64::try_from(offset).unwrap_or(i64::MAX)
                ],
                |r| {
                    let id: String = r.get(0)?;
                    let created: i64 = r.get(1)?;
                    let date: Option<String> = r.get(2)?;
                    Ok((
                        id,
                        created,
                        date,
                        r.get::<_, String>(3)?,
                        r.get::<_, i64>(4)?,
                        r.get::<_, Option<String>>(5)?,
                    ))
                },
            )
            .map_err(sql)?;
        let mut out = Vec::new();
        for row in rows {
            let (id, created, date, title, bytes, import_id) = row.map_err(sql)?;
            let corrupt = |why: String| StoreError::CorruptCheck {
                id: id.clone(),
                why,
            };
            out.push(CheckListing {
                id: CheckId::parse(&id).ok_or_else(|| corrupt("bad id".into()))?,
                created_at: DateTime::<Utc>::from_timestamp(created, 0)
                    .ok_or_else(|| corrupt(format!("bad time {created}")))?,
                date: date
                    .map(|d| Date::parse_from_str(&d, "%Y-%m-%d"))
                    .transpose()
                    .map_err(|e| corrupt(e.to_string()))?,
                title,
                bytes: u64::try_from(bytes).unwrap_or(0),
                import_id,
            });
        }
        Ok(out)
    }

    fn count(&self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn()
            .query_row("SELECT count(*) FROM saved_check", [], |r| r.get(0))
            .map_err(sql)?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    fn delete(&self, id: &CheckId) -> Result<bool, StoreError> {
        let n = self
            .conn()
            .execute(
                "DELETE FROM saved_check WHERE id = ?1",
                params![id.as_str()],
            )
            .map_err(sql)?;
        Ok(n > 0)
    }

    fn purge_created_before(&self, cutoff: DateTime<Utc>) -> Result<u64, StoreError> {
        let n = self
            .conn()
            .execute(
                "DELETE FROM saved_check WHERE created_unix < ?1",
                params![cutoff.timestamp()],
            )
            .map_err(sql)?;
        Ok(n as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use goalline_store::checks::NewCheck;
    use goalline_store::SourceChecksum;
    use std::sync::Arc;

    fn version(id: &str) -> DataVersion {
        DataVersion {
            import_id: Some(id.into()),
            goalline_version: Some("0.1.0".into()),
            sources: vec![SourceChecksum {
                source: "martj42".into(),
                path: "international/results.csv".into(),
                sha256: "ab".repeat(32),
                rows: 48_000,
            }],
        }
    }

    fn new_check(text: &str) -> NewCheck {
        NewCheck {
            text: text.into(),
            date: Date::from_ymd_opt(2022, 12, 11),
            report_json: r#"{"claims":[]}"#.into(),
            data_version: version("import-1"),
        }
    }

    #[test]
    fn sidecar_sits_beside_the_data_file() {
        assert_eq!(
            sidecar_path(Path::new("/x/goalline.db")),
            Path::new("/x/goalline.checks.db")
        );
        assert_eq!(
            sidecar_path(Path::new("/x/data")),
            Path::new("/x/data.checks.db")
        );
        assert_eq!(
            sidecar_path(Path::new("rel.sqlite")),
            Path::new("rel.checks.db")
        );
    }

    #[test]
    fn save_get_list_delete_round_trip() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = SqliteCheckStore::open_beside(&dir.path().join("g.db")).expect("open");
        assert!(dir.path().join("g.checks.db").exists());
        let a = store
            .save(new_check("England 1-2 France\nKane missed."))
            .expect("save");
        let got = store.get(&a.id).expect("get").expect("present");
        assert_eq!(got, a);
        assert_eq!(got.data_version, version("import-1"));
        assert_eq!(got.date, Date::from_ymd_opt(2022, 12, 11));
        let list = store.list(10, 0).expect("list");
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].title, "England 1-2 France");
        assert_eq!(list[0].import_id.as_deref(), Some("import-1"));
        assert_eq!(list[0].bytes as usize, a.bytes());
        let other = CheckId::random().expect("id");
        assert_eq!(store.get(&other).expect("get"), None);
        assert!(!store.delete(&other).expect("delete"));
        assert!(store.delete(&a.id).expect("delete"));
        assert_eq!(store.get(&a.id).expect("get"), None);
        assert_eq!(store.count().expect("count"), 0);
    }

    #[test]
    fn an_id_is_never_overwritten() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = SqliteCheckStore::open(&dir.path().join("c.db")).expect("open");
        let a = store.save(new_check("first")).expect("save");
        let mut b = a.clone();
        b.text = "second".into();
        assert!(store.insert(&b).is_err());
        assert_eq!(
            store.get(&a.id).expect("get").map(|c| c.text),
            Some("first".into())
        );
    }

    #[test]
    fn oversize_checks_are_refused_and_nothing_is_written() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = SqliteCheckStore::open(&dir.path().join("c.db"))
            .expect("open")
            .with_max_bytes(1000);
        let mut big = new_check(&"x".repeat(990));
        big.report_json = "{}".repeat(10);
        let e = store.save(big).err();
        assert!(
            matches!(
                e,
                Some(StoreError::CheckTooLarge {
                    bytes: 1010,
                    limit: 1000
                })
            ),
            "{e:?}"
        );
        assert_eq!(store.count().expect("count"), 0);
        store
            .save(new_check(&"x".repeat(900)))
            .expect("under the bound");
    }

    #[test]
    fn purge_deletes_only_what_is_older_than_the_cutoff() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = SqliteCheckStore::open(&dir.path().join("c.db")).expect("open");
        let now = Utc::now();
        let mut ids = Vec::new();
        for days in [0i64, 5, 29, 31, 400] {
            let c = SavedCheck::from_new(
                new_check(&format!("{days} days old")),
                CheckId::random().expect("id"),
                now - chrono::Duration::days(days),
            );
            store.insert(&c).expect("insert");
            ids.push((days, c.id));
        }
        assert_eq!(store.purge_older_than_days(30).expect("purge"), 2);
        for (days, id) in &ids {
            assert_eq!(
                store.get(id).expect("get").is_some(),
                *days < 30,
                "{days} days old"
            );
        }
        // Newest first.
        let titles: Vec<String> = store
            .list(10, 0)
            .expect("list")
            .into_iter()
            .map(|l| l.title)
            .collect();
        assert_eq!(titles, ["0 days old", "5 days old", "29 days old"]);
        assert_eq!(store.list(1, 1).expect("list")[0].title, "5 days old");
        assert_eq!(store.purge_older_than_days(30).expect("purge again"), 0);
    }

    #[test]
    fn another_applications_file_is_refused_untouched() {
        let dir = tempfile::tempdir().expect("tmp");
        let text = dir.path().join("notes.db");
        std::fs::write(&text, "not a database, just notes\n".repeat(200)).expect("write");
        let before = std::fs::read(&text).expect("read");
        assert!(SqliteCheckStore::open(&text).is_err());
        assert_eq!(std::fs::read(&text).expect("read"), before);
        let other = dir.path().join("other.db");
        Connection::open(&other)
            .and_then(|c| c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);"))
            .expect("other db");
        let e = SqliteCheckStore::open(&other).err();
        assert!(matches!(e, Some(StoreError::NotGoalline { .. })), "{e:?}");
    }

    #[test]
    fn stores_over_one_file_share_it_across_threads_and_reopens() {
        // Two stores over one sidecar stand for two server processes (separate connections,
        // WAL, busy timeout); every save of each is visible to the other and after reopening.
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("shared.checks.db");
        let a = Arc::new(SqliteCheckStore::open(&path).expect("open a"));
        let b = Arc::new(SqliteCheckStore::open(&path).expect("open b"));
        let mut handles = Vec::new();
        for (n, s) in [(0, Arc::clone(&a)), (1, Arc::clone(&b))] {
            for t in 0..2 {
                let s = Arc::clone(&s);
                handles.push(std::thread::spawn(move || {
                    (0..25)
                        .map(|i| s.save(new_check(&format!("{n}/{t}/{i}"))).map(|c| c.id))
                        .collect::<Result<Vec<_>, _>>()
                }));
            }
        }
        let mut ids = Vec::new();
        for h in handles {
            ids.extend(h.join().expect("thread").expect("saves"));
        }
        assert_eq!(ids.len(), 100);
        assert_eq!(a.count().expect("count"), 100);
        drop((a, b));
        let c = SqliteCheckStore::open(&path).expect("reopen");
        for id in &ids {
            assert!(c.get(id).expect("get").is_some());
        }
    }
}
