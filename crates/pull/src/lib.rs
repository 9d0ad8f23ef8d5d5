//! `goalline data pull`: downloading the datasets over HTTP (ureq) from their pinned upstream
//! commits ([`martj42`]: martj42 and Fjelstul, checked against pinned sha256 sums) and
//! StatsBomb open-data ([`statsbomb`], each file checked by the importer's reader).
//!
//! Only the CLI links this crate, so the facts engine, the checker and the server never link
//! an HTTP client. A failed pull writes nothing.
#![forbid(unsafe_code)]

pub mod error;
pub mod martj42;
pub mod statsbomb;

pub use error::PullError;
pub use martj42::{entries, pull, Entry, PullReport, DEFAULT_MIRROR, MANIFEST};
