//! End-to-end tests of goalline-footballtxt, built into one test binary: real openfootball files
//! (from `GOALLINE_DATA` or `../shared/data` next to the workspace), inline fixtures for edge
//! cases and error messages, and property tests.
#![allow(clippy::unwrap_used)]

mod fixtures;
mod props;
mod real_data;
mod strictness;

use std::path::PathBuf;

/// The shared data directory: `$GOALLINE_DATA` or `<workspace>/../shared/data`.
pub fn data_dir() -> PathBuf {
    std::env::var_os("GOALLINE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

/// Reads and strictly parses one openfootball file (path relative to `openfootball/`).
pub fn open(rel: &str) -> goalline_footballtxt::Document {
    let path = data_dir().join("openfootball").join(rel);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    goalline_footballtxt::parse_str(rel, &text).unwrap_or_else(|e| panic!("{e}"))
}
