//! What the end-to-end tests share: the shared data folder and one checker over a database
//! imported from it (built once per test binary).

use goalline_check::Checker;
use goalline_facts::Facts;
use goalline_store_sqlite::SqliteStore;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// `../shared` (or `$GOALLINE_DATA/..`).
pub fn shared() -> PathBuf {
    std::env::var_os("GOALLINE_DATA")
        .map(|d| PathBuf::from(d).join(".."))
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

/// The checker over the real data.
pub fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("goalline-check-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let db = dir.join("check.db");
        goalline_import::import_data_dir(&shared().join("data"), &db).expect("import");
        let store = SqliteStore::open_pool(&db, 2).expect("open");
        Checker::new(Facts::new(Arc::new(store)).expect("facts"))
    })
}
