//! The SQLite backend of [`Store`]: read-only connections over an imported database file.
//!
//! Connections are opened read-only, so queries can never change the data; a small pool lets
//! the web server answer concurrent requests.

use crate::error::StoreError;
use crate::model::*;
use crate::{Store, SCHEMA_VERSION};
use goalline_core::{Date, Gender, MatchId, TeamId};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Row};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

/// A read-only SQLite store.
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

    /// Opens `path` read-only with `size` connections (for concurrent readers).
    pub fn open_pool(path: &Path, size: usize) -> Result<SqliteStore, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        let mut pool = Vec::with_capacity(size.max(1));
        for _ in 0..size.max(1) {
            let conn = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX
                    | OpenFlags::SQLITE_OPEN_URI,
            )?;
            conn.execute_batch(
                "PRAGMA query_only = ON; PRAGMA cache_size = -16000; PRAGMA mmap_size = 268435456;",
            )?;
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

/// Reads a `YYYY-MM-DD` column.
pub fn date_col(r: &Row<'_>, idx: usize) -> rusqlite::Result<Date> {
    let s: String = r.get(idx)?;
    Date::parse_from_str(&s, "%Y-%m-%d").map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Reads an optional `YYYY-MM-DD` column.
pub fn opt_date_col(r: &Row<'_>, idx: usize) -> rusqlite::Result<Option<Date>> {
    let s: Option<String> = r.get(idx)?;
    Ok(s.and_then(|s| Date::parse_from_str(&s, "%Y-%m-%d").ok()))
}

/// Reads a gender column.
pub fn gender_col(r: &Row<'_>, idx: usize) -> rusqlite::Result<Gender> {
    let s: String = r.get(idx)?;
    Ok(Gender::parse(&s).unwrap_or(Gender::Men))
}

/// The SELECT list for [`MatchRow`] (alias `m` for matches, `f` for source_file).
pub const MATCH_COLUMNS: &str = "m.id, m.date, m.gender, m.home_team_id, m.away_team_id, m.home_name, m.away_name, \
     m.home_score, m.away_score, m.tournament, m.city, m.country, m.neutral, m.home_known, m.away_known, \
     m.wc_match_id, m.source, f.path, m.line";

/// Maps a row selected with [`MATCH_COLUMNS`].
pub fn match_row(r: &Row<'_>) -> rusqlite::Result<MatchRow> {
    let date = date_col(r, 1)?;
    let home_name: String = r.get(5)?;
    let away_name: String = r.get(6)?;
    let hs: Option<u32> = r.get(7)?;
    let as_: Option<u32> = r.get(8)?;
    let tournament: String = r.get(9)?;
    let source: String = r.get(16)?;
    let path: String = r.get(17)?;
    let line: u32 = r.get(18)?;
    let score = match (hs, as_) {
        (Some(h), Some(a)) => format!("{h}–{a}"),
        _ => "NA–NA".into(),
    };
    let text = format!("{date} {home_name} {score} {away_name} ({tournament})");
    Ok(MatchRow {
        id: MatchId(r.get(0)?),
        date,
        gender: gender_col(r, 2)?,
        home: TeamId(r.get(3)?),
        away: TeamId(r.get(4)?),
        home_score: hs,
        away_score: as_,
        city: r.get(10)?,
        country: r.get(11)?,
        neutral: r.get::<_, i64>(12)? != 0,
        home_known: r.get(13)?,
        away_known: r.get(14)?,
        wc_match: r.get(15)?,
        evidence: evidence(&source, &path, line, text),
        home_name,
        away_name,
        tournament,
    })
}

fn ds(d: Option<Date>, default: &str) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| default.to_string())
}

impl Store for SqliteStore {
    fn table_counts(&self) -> Result<Vec<(String, u64)>, StoreError> {
        let conn = self.conn();
        let mut st =
            conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")?;
        let tables: Vec<String> = st.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        let mut out = Vec::new();
        for t in tables {
            if t == "meta" || t.starts_with("sqlite_") {
                continue;
            }
            // Table names come from sqlite_master, never from user input.
            let n: u64 =
                conn.query_row(&format!("SELECT COUNT(*) FROM \"{t}\""), [], |r| r.get(0))?;
            out.push((t, n));
        }
        Ok(out)
    }

    fn link_report(&self) -> Result<Option<serde_json::Value>, StoreError> {
        let conn = self.conn();
        let s: Option<String> = conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'link_report'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(s.and_then(|s| serde_json::from_str(&s).ok()))
    }

    fn teams(&self) -> Result<Vec<TeamRow>, StoreError> {
        let conn = self.conn();
        let mut st =
            conn.prepare_cached("SELECT id, name, code, confederation FROM team ORDER BY id")?;
        let rows = st
            .query_map([], |r| {
                Ok(TeamRow {
                    id: TeamId(r.get(0)?),
                    name: r.get(1)?,
                    code: r.get(2)?,
                    confederation: r.get(3)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    fn team_aliases(&self) -> Result<Vec<AliasRow>, StoreError> {
        let conn = self.conn();
        let mut st = conn.prepare_cached(
            "SELECT team_id, alias, folded, kind, gender, valid_from, valid_to FROM team_alias",
        )?;
        let rows = st
            .query_map([], |r| {
                let g: Option<String> = r.get(4)?;
                Ok(AliasRow {
                    team: TeamId(r.get(0)?),
                    alias: r.get(1)?,
                    folded: r.get(2)?,
                    kind: r.get(3)?,
                    gender: g.as_deref().and_then(Gender::parse),
                    valid_from: opt_date_col(r, 5)?,
                    valid_to: opt_date_col(r, 6)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    fn team_matches(
        &self,
        team: TeamId,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Result<Vec<MatchRow>, StoreError> {
        let conn = self.conn();
        let sql = format!(
            "SELECT {MATCH_COLUMNS} FROM matches m JOIN source_file f ON f.id = m.file_id \
             WHERE (m.home_team_id = ?1 OR m.away_team_id = ?1) AND m.date >= ?2 AND m.date <= ?3 \
             ORDER BY m.date, m.id"
        );
        let mut st = conn.prepare_cached(&sql)?;
        let rows = st
            .query_map(
                params![team.0, ds(from, "0000-00-00"), ds(to, "9999-99-99")],
                match_row,
            )?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }
}
