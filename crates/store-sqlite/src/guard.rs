//! Which files goalline may replace: only its own databases.
//!
//! A goalline database carries SQLite's `application_id` ([`APPLICATION_ID`], "GOAL") and the
//! schema version in `user_version`; databases written before the mark existed are recognised
//! by their `meta` table with a `schema_version` row. [`check_target`] refuses any other file
//! (a text file, another application's SQLite database, a directory, a FIFO) before an import
//! replaces it, and [`check_readable`] gives read commands a message that does not advise
//! `goalline import` for a file that is not goalline's. This module only inspects files.

use goalline_store::StoreError;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::io::Read;
use std::path::Path;

/// SQLite `application_id` of goalline databases: the bytes "GOAL".
pub const APPLICATION_ID: i32 = 0x474F_414C;

/// What a path holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Nothing there.
    Absent,
    /// An empty regular file (nothing to lose).
    Empty,
    /// A goalline database.
    Goalline,
    /// Something else, with the reason it is not a goalline database.
    Foreign(String),
}

/// Inspects `path` without changing it.
pub fn inspect(path: &Path) -> Kind {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Kind::Absent,
        Err(e) => return Kind::Foreign(format!("it cannot be inspected ({e})")),
    };
    if meta.is_dir() {
        return Kind::Foreign("it is a directory".into());
    }
    if !meta.is_file() {
        return Kind::Foreign("it is not a regular file".into());
    }
    if meta.len() == 0 {
        return Kind::Empty;
    }
    let mut header = [0u8; 100];
    let n = match std::fs::File::open(path).and_then(|mut f| read_full(&mut f, &mut header)) {
        Ok(n) => n,
        Err(e) => return Kind::Foreign(format!("it cannot be read ({e})")),
    };
    if n < 100 || &header[..16] != b"SQLite format 3\0" {
        return Kind::Foreign("it is not an SQLite database".into());
    }
    let app_id = i32::from_be_bytes([header[68], header[69], header[70], header[71]]);
    if app_id == APPLICATION_ID {
        return Kind::Goalline;
    }
    if app_id != 0 {
        return Kind::Foreign(format!(
            "it is the SQLite database of another application (application_id {:#010x})",
            app_id as u32
        ));
    }
    // Unmarked: a goalline database from before the mark has a meta table with its schema.
    let legacy = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .ok()
        .and_then(|c| {
            c.query_row(
                "SELECT value FROM meta WHERE key = 'schema_version'",
                [],
                |r| r.get::<_, String>(0),
            )
            .optional()
            .ok()
            .flatten()
        });
    match legacy {
        Some(_) => Kind::Goalline,
        None => Kind::Foreign(
            "it is an SQLite database without goalline's mark (application_id) or tables".into(),
        ),
    }
}

fn read_full(f: &mut std::fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// Refuses to let an import replace `db` unless it is absent, empty or a goalline database;
/// `force` overrides the refusal for a regular file (never for a directory).
pub fn check_target(db: &Path, force: bool) -> Result<(), StoreError> {
    match inspect(db) {
        Kind::Absent | Kind::Empty | Kind::Goalline => Ok(()),
        Kind::Foreign(why) => {
            if force && std::fs::metadata(db).is_ok_and(|m| m.is_file()) {
                return Ok(());
            }
            Err(StoreError::NotGoalline {
                path: db.to_path_buf(),
                why,
                hint: "the import refuses to replace it; choose another --db path (or GOALLINE_DB), or pass --force to overwrite it",
            })
        }
    }
}

/// Refuses to read `db` when it exists but is not a goalline database (no advice to import
/// over it).
pub fn check_readable(db: &Path) -> Result<(), StoreError> {
    match inspect(db) {
        Kind::Foreign(why) => Err(StoreError::NotGoalline {
            path: db.to_path_buf(),
            why,
            hint: "point --db (or GOALLINE_DB) at a goalline database",
        }),
        Kind::Empty => Err(StoreError::NotGoalline {
            path: db.to_path_buf(),
            why: "it is an empty file".into(),
            hint: "run `goalline import` to build the database there",
        }),
        Kind::Absent | Kind::Goalline => Ok(()),
    }
}

/// The top-level source directories (`international`, `openfootball`, …) whose files the
/// goalline database `db` was built from; empty when there is no such database.
pub fn imported_source_dirs(db: &Path) -> Vec<String> {
    if inspect(db) != Kind::Goalline {
        return Vec::new();
    }
    let Ok(c) = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return Vec::new();
    };
    let Ok(mut st) = c.prepare("SELECT DISTINCT path FROM source_file") else {
        return Vec::new();
    };
    let Ok(rows) = st.query_map([], |r| r.get::<_, String>(0)) else {
        return Vec::new();
    };
    let mut dirs: Vec<String> = rows
        .flatten()
        .filter_map(|p| p.split('/').next().map(str::to_string))
        .filter(|d| !d.is_empty())
        .collect();
    dirs.sort();
    dirs.dedup();
    dirs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_goalline_from_other_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let text = dir.path().join("notes.txt");
        std::fs::write(&text, "my notes\n").expect("write");
        assert!(matches!(inspect(&text), Kind::Foreign(_)));
        assert!(check_target(&text, false).is_err());
        assert!(check_target(&text, true).is_ok());
        let other = dir.path().join("other.db");
        let c = Connection::open(&other).expect("open");
        c.execute_batch("PRAGMA application_id = 1234; CREATE TABLE t (x);")
            .expect("create");
        drop(c);
        let err = check_target(&other, false).expect_err("foreign");
        assert!(err.to_string().contains("another application"), "{err}");
        let plain = dir.path().join("plain.db");
        let c = Connection::open(&plain).expect("open");
        c.execute_batch("CREATE TABLE t (x);").expect("create");
        drop(c);
        assert!(matches!(inspect(&plain), Kind::Foreign(_)));
        let legacy = dir.path().join("legacy.db");
        let c = Connection::open(&legacy).expect("open");
        c.execute_batch(
            "CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('schema_version', '2');",
        )
        .expect("create");
        drop(c);
        assert_eq!(inspect(&legacy), Kind::Goalline);
        assert_eq!(inspect(&dir.path().join("absent.db")), Kind::Absent);
        assert!(check_target(dir.path(), true).is_err());
    }
}
