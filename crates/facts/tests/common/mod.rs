//! A facts engine over a database imported from the real data, built once per test binary.

use goalline_facts::Facts;
use goalline_store::SqliteStore;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// The shared data directory.
pub fn data_dir() -> PathBuf {
    std::env::var_os("GOALLINE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

/// The engine.
pub fn facts() -> &'static Facts {
    static F: OnceLock<Facts> = OnceLock::new();
    F.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("goalline-facts-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let db = dir.join("facts.db");
        let loaded =
            goalline_ingest::load(&data_dir(), Default::default(), &mut |_, _| {}).expect("import");
        let files: Vec<(String, String)> = loaded
            .dataset
            .files
            .iter()
            .map(|f| (f.path.clone(), f.sha256.clone()))
            .collect();
        goalline_store::write::write_dataset(
            &db,
            &loaded.dataset,
            &loaded.report,
            &goalline_store::write::manifest(&files),
        )
        .expect("write");
        let store = SqliteStore::open_pool(&db, 2).expect("open");
        Facts::new(Arc::new(store)).expect("facts")
    })
}

/// A date.
pub fn d(s: &str) -> goalline_core::Date {
    goalline_core::Date::parse_from_str(s, "%Y-%m-%d").expect("date")
}
