//! The write side of a backend: an imported dataset replaces the stored one whole.
//!
//! Owns the contract every backend keeps: an import is built out of readers' sight
//! ([`DatasetTarget::begin`]), filled in stages ([`DatasetWriter`]) and made live in one step
//! ([`DatasetWriter::finish`]); a writer dropped unfinished leaves the live data untouched; an
//! import whose [`manifest`] equals the stored one is a no-op (the caller compares
//! [`DatasetTarget::stored_manifest`] first).

use crate::dataset::{Dataset, OfAdditions, SettledRows};
use crate::error::StoreError;
use crate::sbdataset::SbData;
use crate::SCHEMA_VERSION;
use sha2::{Digest, Sha256};

/// What an import did to the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// The database was created.
    Created,
    /// The database existed and was replaced with new data.
    Replaced,
    /// The sources and schema were unchanged: nothing was written.
    Unchanged,
}

/// The manifest of an import: schema version plus every source file's checksum.
pub fn manifest(files: &[(String, String)]) -> String {
    let mut h = Sha256::new();
    h.update(SCHEMA_VERSION.as_bytes());
    for (path, sha) in files {
        h.update(path.as_bytes());
        h.update([0]);
        h.update(sha.as_bytes());
        h.update([0]);
    }
    hex::encode(h.finalize())
}

/// A database an import can replace.
pub trait DatasetTarget: Send + Sync {
    /// The manifest of the live data, if the database holds a goalline import.
    fn stored_manifest(&self) -> Result<Option<String>, StoreError>;

    /// Starts building a new dataset out of readers' sight (a temporary file, a fresh schema).
    fn begin(&self) -> Result<Box<dyn DatasetWriter>, StoreError>;
}

/// A dataset being built. Rows go in with [`DatasetWriter::insert_dataset`] (or in stages, for
/// an import that links openfootball while the CSV sources are written); [`DatasetWriter::finish`]
/// indexes it and swaps it in. Dropped unfinished, nothing readers see changes.
pub trait DatasetWriter: Send {
    /// Inserts the settled rows (files, teams, matches, shoot-outs, World Cup tables).
    fn insert_settled(&mut self, rows: &SettledRows<'_>) -> Result<(), StoreError>;

    /// Inserts what player linking fills: players, scorer rows and name links.
    fn insert_linked(&mut self, ds: &Dataset) -> Result<(), StoreError>;

    /// Inserts openfootball's additions to a dataset already inserted.
    fn insert_additions(&mut self, add: &OfAdditions) -> Result<(), StoreError>;

    /// Inserts a StatsBomb import, after the rest of the dataset.
    fn insert_statsbomb(&mut self, sb: &SbData) -> Result<(), StoreError>;

    /// Inserts every row of `ds` (the CSV sources and whatever openfootball added to it).
    fn insert_dataset(&mut self, ds: &Dataset) -> Result<(), StoreError> {
        self.insert_settled(&ds.settled_rows())?;
        self.insert_linked(ds)?;
        self.insert_additions(&ds.openfootball)
    }

    /// Creates the indexes, records the manifest and the link report (`report`, stored as
    /// JSON), and makes the new dataset the live one in one step.
    fn finish(
        self: Box<Self>,
        report: &serde_json::Value,
        manifest: &str,
    ) -> Result<Outcome, StoreError>;
}
