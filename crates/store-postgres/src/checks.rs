//! The PostgreSQL backend of [`CheckStore`]: saved checks in the schema `goalline_checks`,
//! outside the data schema an import swaps, so they survive every re-import and restart, and
//! every server sharing the database sees the same checks.
//!
//! The schema is created on first open under an advisory lock (servers starting together
//! agree); every write is one statement (autocommit). The row layout is the SQLite sidecar's.

use crate::conn::pg;
use chrono::{DateTime, Utc};
use goalline_core::Date;
use goalline_store::checks::{
    CheckId, CheckListing, CheckStore, SavedCheck, DEFAULT_MAX_CHECK_BYTES,
};
use goalline_store::StoreError;
use postgres::Client;
use std::sync::{Mutex, MutexGuard};

/// The schema saved checks live in.
pub const CHECKS_SCHEMA: &str = "goalline_checks";

/// Advisory lock key of the saved-checks migration ("GLCK").
const MIGRATION_LOCK: i64 = 0x474C_434B;

const MIGRATION: &str = "
CREATE SCHEMA IF NOT EXISTS goalline_checks;
CREATE TABLE IF NOT EXISTS goalline_checks.saved_check (
    id           TEXT PRIMARY KEY,
    created_unix BIGINT NOT NULL,
    pub_date     TEXT,
    title        TEXT NOT NULL,
    text         TEXT NOT NULL,
    report       TEXT NOT NULL,
    import_id    TEXT,
    data_version TEXT NOT NULL,
    bytes        BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS saved_check_created ON goalline_checks.saved_check (created_unix);
";

/// Saved checks in a PostgreSQL database (one connection, reconnected when it breaks).
pub struct PgCheckStore {
    url: String,
    conn: Mutex<Option<Client>>,
    max_bytes: usize,
}

impl std::fmt::Debug for PgCheckStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgCheckStore")
            .field("db", &crate::masked(&self.url))
            .field("max_bytes", &self.max_bytes)
            .finish()
    }
}

impl PgCheckStore {
    /// Connects and creates the schema if it is missing.
    pub fn open(url: &str) -> Result<PgCheckStore, StoreError> {
        let mut c = crate::connect(url)?;
        c.execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
            .map_err(pg)?;
        let migrated = c.batch_execute(MIGRATION).map_err(pg);
        let _ = c.execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK]);
        migrated?;
        Ok(PgCheckStore {
            url: url.to_string(),
            conn: Mutex::new(Some(c)),
            max_bytes: DEFAULT_MAX_CHECK_BYTES,
        })
    }

    /// The same store with another bound on a check's size.
    pub fn with_max_bytes(mut self, max_bytes: usize) -> PgCheckStore {
        self.max_bytes = max_bytes;
        self
    }

    fn with<T>(
        &self,
        f: impl FnOnce(&mut Client) -> Result<T, postgres::Error>,
    ) -> Result<T, StoreError> {
        let mut g: MutexGuard<'_, Option<Client>> =
            self.conn.lock().unwrap_or_else(|p| p.into_inner());
        if g.as_ref().is_none_or(|c| c.is_closed()) {
            *g = Some(crate::connect(&self.url)?);
        }
        let c = g.as_mut().ok_or_else(|| StoreError::Unreachable {
            location: crate::masked(&self.url),
            why: "no connection".into(),
        })?;
        f(c).map_err(pg)
    }
}

fn corrupt(id: &str, why: String) -> StoreError {
    StoreError::CorruptCheck {
        id: id.to_string(),
        why,
    }
}

fn parse_date(id: &str, d: Option<String>) -> Result<Option<Date>, StoreError> {
    d.map(|d| Date::parse_from_str(&d, "%Y-%m-%d"))
        .transpose()
        .map_err(|e| corrupt(id, e.to_string()))
}

fn parse_time(id: &str, t: i64) -> Result<DateTime<Utc>, StoreError> {
    DateTime::<Utc>::from_timestamp(t, 0).ok_or_else(|| corrupt(id, format!("bad time {t}")))
}

impl CheckStore for PgCheckStore {
    fn max_bytes(&self) -> usize {
        self.max_bytes
    }

    fn insert(&self, check: &SavedCheck) -> Result<(), StoreError> {
        let version = serde_json::to_string(&check.data_version)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let date = check.date.map(|d| d.format("%Y-%m-%d").to_string());
        let bytes = check.bytes() as i64;
        self.with(|c| {
            c.execute(
                "INSERT INTO goalline_checks.saved_check (id, created_unix, pub_date, title, text, report, import_id, data_version, bytes) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                &[
                    &check.id.as_str(),
                    &check.created_at.timestamp(),
                    &date,
                    &check.title(),
                    &check.text,
                    &check.report_json,
                    &check.data_version.import_id,
                    &version,
                    &bytes,
                ],
            )
        })?;
        Ok(())
    }

    fn get(&self, id: &CheckId) -> Result<Option<SavedCheck>, StoreError> {
        let row = self.with(|c| {
            c.query_opt(
                "SELECT created_unix, pub_date, text, report, data_version \
                 FROM goalline_checks.saved_check WHERE id = $1",
                &[&id.as_str()],
            )
        })?;
        let Some(r) = row else {
            return Ok(None);
        };
        let version: String = r.get(4);
        Ok(Some(SavedCheck {
            id: id.clone(),
            created_at: parse_time(id.as_str(), r.get(0))?,
            date: parse_date(id.as_str(), r.get(1))?,
            text: r.get(2),
            report_json: r.get(3),
            data_version: serde_json::from_str(&version)
                .map_err(|e| corrupt(id.as_str(), format!("data version: {e}")))?,
        }))
    }

    fn list(&self, limit: usize, offset: usize) -> Result<Vec<CheckListing>, StoreError> {
        let (limit, offset) = (
            i64::try_from(limit).unwrap_or(i64::MAX),
            i64::try_from(offset).unwrap_or(i64::MAX),
        );
        let rows = self.with(|c| {
            c.query(
                "SELECT id, created_unix, pub_date, title, bytes, import_id FROM goalline_checks.saved_check \
                 ORDER BY created_unix DESC, id COLLATE \"C\" LIMIT $1 OFFSET $2",
                &[&limit, &offset],
            )
        })?;
        rows.iter()
            .map(|r| {
                let id: String = r.get(0);
                Ok(CheckListing {
                    id: CheckId::parse(&id).ok_or_else(|| corrupt(&id, "bad id".into()))?,
                    created_at: parse_time(&id, r.get(1))?,
                    date: parse_date(&id, r.get(2))?,
                    title: r.get(3),
                    bytes: u64::try_from(r.get::<_, i64>(4)).unwrap_or(0),
                    import_id: r.get(5),
                })
            })
            .collect()
    }

    fn count(&self) -> Result<u64, StoreError> {
        let n: i64 = self
            .with(|c| c.query_one("SELECT count(*) FROM goalline_checks.saved_check", &[]))?
            .get(0);
        Ok(u64::try_from(n).unwrap_or(0))
    }

    fn delete(&self, id: &CheckId) -> Result<bool, StoreError> {
        let n = self.with(|c| {
            c.execute(
                "DELETE FROM goalline_checks.saved_check WHERE id = $1",
                &[&id.as_str()],
            )
        })?;
        Ok(n > 0)
    }

    fn purge_created_before(&self, cutoff: DateTime<Utc>) -> Result<u64, StoreError> {
        self.with(|c| {
            c.execute(
                "DELETE FROM goalline_checks.saved_check WHERE created_unix < $1",
                &[&cutoff.timestamp()],
            )
        })
    }
}
