//! goalline's persistence: the [`Store`] trait and its SQLite backend.
//!
//! Owns the schema (add-only migrations under `migrations/`), atomic and idempotent writes of
//! an imported dataset ([`write`]), and the read queries the facts engine needs ([`Store`]).
//! SQL stays portable (SQLite now, PostgreSQL next); no SQL is ever built from user text —
//! every value is a bound parameter.
#![forbid(unsafe_code)]

pub mod error;
pub mod model;
pub mod sqlite;
pub mod write;

pub use error::StoreError;
pub use model::*;
pub use sqlite::SqliteStore;

use goalline_core::{Date, TeamId};
use std::path::{Path, PathBuf};

/// Version of the schema; a database with another version is rebuilt by `goalline import`.
pub const SCHEMA_VERSION: &str = "1";

/// Migrations in order: tables, then indexes (created after the bulk load).
pub const MIGRATIONS: [&str; 2] = [
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0001_indexes.sql"),
];

/// Where a database lives, parsed from `--db`: a path, `sqlite://PATH`, or (later) `postgres://`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbLocation {
    /// An SQLite file.
    Sqlite(PathBuf),
}

impl DbLocation {
    /// Parses a `--db` value.
    pub fn parse(s: &str) -> Result<DbLocation, StoreError> {
        if let Some(rest) = s.strip_prefix("sqlite://") {
            return Ok(DbLocation::Sqlite(PathBuf::from(rest)));
        }
        if s.contains("://") {
            return Err(StoreError::UnsupportedUrl(s.to_string()));
        }
        Ok(DbLocation::Sqlite(PathBuf::from(s)))
    }

    /// The file path of an SQLite location.
    pub fn path(&self) -> &Path {
        match self {
            DbLocation::Sqlite(p) => p,
        }
    }
}

/// The read side of a goalline database: the queries the facts engine runs.
///
/// Every method answers from stored rows only and returns provenance with them.
pub trait Store: Send + Sync {
    /// Row counts per table, for summaries.
    fn table_counts(&self) -> Result<Vec<(String, u64)>, StoreError>;

    /// The link report stored by the last import.
    fn link_report(&self) -> Result<Option<serde_json::Value>, StoreError>;

    /// All teams.
    fn teams(&self) -> Result<Vec<TeamRow>, StoreError>;

    /// All team aliases.
    fn team_aliases(&self) -> Result<Vec<AliasRow>, StoreError>;

    /// A team's matches with `from <= date <= to`, in date order.
    fn team_matches(
        &self,
        team: TeamId,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Result<Vec<MatchRow>, StoreError>;
}
