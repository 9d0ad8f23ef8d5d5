//! A facts engine over a database imported from the real data, built once per test binary.

use goalline_facts::Facts;
use goalline_store_sqlite::SqliteStore;
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
        goalline_import::import_data_dir(&data_dir(), &db).expect("import");
        let store = SqliteStore::open_pool(&db, 2).expect("open");
        Facts::new(Arc::new(store)).expect("facts")
    })
}

/// A date.
pub fn d(s: &str) -> goalline_core::Date {
    goalline_core::Date::parse_from_str(s, "%Y-%m-%d").expect("date")
}
