//! The SQLite backend of `goalline-store` (the embedded default).
//!
//! Owns everything SQLite-specific: read-only pooled connections answering the [`Store`]
//! queries ([`read`]; the queries themselves are the shared SQL of `goalline_store::sql`, run
//! through one rusqlite connection by `conn`), the import that builds a new database in a temporary file and renames it
//! over the old one ([`write`]), the mark that tells a goalline database from any other file
//! ([`guard`]), the advisory lock that serialises imports of one path ([`lock`]), and saved
//! checks in a sidecar file beside the database ([`checks`]). The schema
//! is `goalline_store::MIGRATIONS`, run as written.
//!
//! [`Store`]: goalline_store::Store
#![forbid(unsafe_code)]

pub mod checks;
mod conn;
pub mod guard;
pub mod lock;
pub mod read;
pub mod write;

pub use checks::SqliteCheckStore;
pub use read::SqliteStore;
pub use write::{stored_manifest, SqliteTarget, Writer};

pub(crate) use conn::sql;
