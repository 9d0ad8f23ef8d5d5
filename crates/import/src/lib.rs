//! One whole-directory import: read every source of a data directory with `goalline-ingest`
//! (martj42, Fjelstul, openfootball and the directory's `statsbomb/`) and write it to a backend
//! through the store's write traits, atomically.
//!
//! This is the layer above both ingest and the backends: ingest produces the store's dataset
//! types and knows no database, the backends know no source format, and this crate joins them.
//! The facts, check and server crates use it only as a dev-dependency (their tests build the
//! real database with [`import_data_dir`]), so their normal dependency trees stay free of the
//! CSV reader and the Football.TXT parser. `goalline import` does the same with progress, a
//! lock, change detection and openfootball linked while the CSV rows are written.
#![forbid(unsafe_code)]

use goalline_ingest::IngestError;
use goalline_store::{DatasetTarget, Outcome, StoreError};
use std::path::Path;
use thiserror::Error;

/// Errors of a whole-directory import.
#[derive(Debug, Error)]
pub enum ImportError {
    /// Reading or linking the sources failed.
    #[error(transparent)]
    Ingest(#[from] IngestError),
    /// Writing the dataset failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Imports a whole data directory into the SQLite file `db` (see [`import_into`]).
pub fn import_data_dir(data: &Path, db: &Path) -> Result<Outcome, ImportError> {
    import_into(
        data,
        &goalline_store_sqlite::SqliteTarget {
            path: db.to_path_buf(),
        },
    )
}

/// Imports a whole data directory into `target` in one atomic write; a no-op
/// ([`Outcome::Unchanged`]) when the stored manifest equals the sources'.
pub fn import_into(data: &Path, target: &dyn DatasetTarget) -> Result<Outcome, ImportError> {
    let loaded = goalline_ingest::load(data, Default::default(), &mut |_, _| {})?;
    let roots: Vec<_> = goalline_ingest::statsbomb::Root::in_data_dir(data)
        .into_iter()
        .collect();
    let sb = goalline_ingest::statsbomb::load(&roots, &loaded.dataset)?;
    let mut files: Vec<(String, String)> = loaded
        .dataset
        .files
        .iter()
        .map(|f| (f.path.clone(), f.sha256.clone()))
        .collect();
    files.extend(goalline_ingest::statsbomb::manifest_entries(&sb));
    let manifest = goalline_store::manifest(&files);
    if target.stored_manifest()?.as_deref() == Some(manifest.as_str()) {
        return Ok(Outcome::Unchanged);
    }
    let mut report = loaded.report.clone();
    report.statsbomb = Some(sb.report.clone());
    let report = serde_json::to_value(&report).map_err(StoreError::backend)?;
    let mut w = target.begin()?;
    w.insert_dataset(&loaded.dataset)?;
    w.insert_statsbomb(&sb)?;
    Ok(w.finish(&report, &manifest)?)
}
