//! The store error type.

use std::path::PathBuf;
use thiserror::Error;

/// Errors of the store.
#[derive(Debug, Error)]
pub enum StoreError {
    /// The database file does not exist (run `goalline import`).
    #[error("no database at {}: run `goalline import` first", path.display())]
    Missing {
        /// The expected path.
        path: PathBuf,
    },
    /// The database was written by another schema version.
    #[error("database {} has schema version {found}, this goalline needs {expected}: run `goalline import` to rebuild it", path.display())]
    SchemaVersion {
        /// The file.
        path: PathBuf,
        /// Version found.
        found: String,
        /// Version needed.
        expected: String,
    },
    /// The path holds something that is not a goalline database.
    #[error("{} is not a goalline database: {why}; {hint}", path.display())]
    NotGoalline {
        /// The file.
        path: PathBuf,
        /// What it is instead.
        why: String,
        /// What to do.
        hint: &'static str,
    },
    /// Another import holds the lock of this database path.
    #[error("another import{} is writing {}; gave up after waiting {waited} s (rerun when it has finished)", holder.map(|p| format!(" (pid {p})")).unwrap_or_default(), path.display())]
    Locked {
        /// The database.
        path: PathBuf,
        /// The process holding the lock, when known.
        holder: Option<u32>,
        /// Seconds waited.
        waited: u64,
    },
    /// The database server could not be reached.
    #[error("cannot connect to {location}: {why}")]
    Unreachable {
        /// The database (password masked).
        location: String,
        /// The driver's reason.
        why: String,
    },
    /// The database server holds no goalline import.
    #[error("no goalline data in {location}: run `goalline import --db {location}` first")]
    NoData {
        /// The database (password masked).
        location: String,
    },
    /// A backend URL this build cannot serve.
    #[error(
        "unsupported database URL {0:?}: use a file path, sqlite://PATH or postgres://USER@HOST/DB"
    )]
    UnsupportedUrl(String),
    /// The database driver failed (SQLite, PostgreSQL).
    #[error("database error: {0}")]
    Backend(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// File-system failure around the database file.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The error.
        #[source]
        source: std::io::Error,
    },
    /// A stored value could not be read back as a domain value.
    #[error("corrupt value in the database: {0}; rebuild it with `goalline import`")]
    Corrupt(String),
    /// A check to save is larger than the bound per saved check.
    #[error("the check is {bytes} bytes (article and report), over the {limit} bytes a saved check may take")]
    CheckTooLarge {
        /// Its size.
        bytes: usize,
        /// The bound.
        limit: usize,
    },
    /// The operating system gave no random bytes for a saved check's id.
    #[error("no random bytes for a saved check's id: {0}")]
    Entropy(String),
    /// A stored saved check could not be read back.
    #[error("saved check {id}: {why}")]
    CorruptCheck {
        /// Its id.
        id: String,
        /// What is wrong.
        why: String,
    },
}

impl StoreError {
    /// Wraps a driver error.
    pub fn backend(e: impl std::error::Error + Send + Sync + 'static) -> Self {
        StoreError::Backend(Box::new(e))
    }

    /// Wraps a file-system error with its path.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        StoreError::Io {
            path: path.into(),
            source,
        }
    }
}
