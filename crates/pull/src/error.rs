//! The pull error type: a failed download, a checksum that does not match its pin, a file the
//! importer would reject, or a file that cannot be written.

use goalline_ingest::IngestError;
use std::path::PathBuf;
use thiserror::Error;

/// Errors of `goalline data pull`.
#[derive(Debug, Error)]
pub enum PullError {
    /// Downloading a dataset failed.
    #[error("download of {url} failed: {message}")]
    Download {
        /// The URL.
        url: String,
        /// What went wrong.
        message: String,
    },
    /// A downloaded file did not match its pinned checksum.
    #[error("checksum mismatch for {file}: expected sha256 {expected}, got {actual}; the upstream file changed or the download was corrupted")]
    Checksum {
        /// The file.
        file: String,
        /// The pinned checksum.
        expected: String,
        /// The checksum of what arrived.
        actual: String,
    },
    /// A downloaded file is not what the importer reads (file:line:column).
    #[error(transparent)]
    Invalid(#[from] IngestError),
    /// A file could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

impl PullError {
    /// Wraps an I/O error with its path.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        PullError::Io {
            path: path.into(),
            source,
        }
    }
}
