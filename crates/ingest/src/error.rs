//! The ingest error type: every failure names the file, line and column and what was expected.

use std::path::PathBuf;
use thiserror::Error;

/// A problem found in one row of a source file. Strict imports stop at the first one;
/// lenient imports skip the row and list the problem in the report.
#[derive(Debug, Clone, PartialEq, Eq, Error, serde::Serialize)]
#[error("{file}:{line}:{column}: {message}")]
pub struct RowProblem {
    /// File path relative to the data directory, e.g. `international/results.csv`.
    pub file: String,
    /// 1-based line number.
    pub line: u32,
    /// 1-based column (byte offset in the line) where the bad value starts.
    pub column: u32,
    /// What was expected and what was found.
    pub message: String,
}

/// Errors of the ingest crate.
#[derive(Debug, Error)]
pub enum IngestError {
    /// A source file could not be read (missing, unreadable).
    #[error("cannot read {}: {source} (is --data pointing at the shared data directory?)", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A row is malformed (strict mode).
    #[error("{0}\n  the import was aborted and the database left unchanged; fix the file or rerun with --lenient to skip bad rows")]
    Row(RowProblem),
    /// A source file is not UTF-8 text (no row of it can be read, so `--lenient` cannot help).
    #[error(
        "{0}\n  the import was aborted and the database left unchanged; save the file as UTF-8"
    )]
    Encoding(RowProblem),
    /// A data directory lacks a dataset folder.
    #[error("{} does not look like a goalline data directory: {what} is missing", dir.display())]
    NotADataDir {
        /// The directory given.
        dir: PathBuf,
        /// The missing part.
        what: String,
    },
}

impl IngestError {
    /// Wraps an I/O error with its path.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        IngestError::Io {
            path: path.into(),
            source,
        }
    }
}
