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
        // StatsBomb (the data directory's statsbomb/), linked against the rest and written in
        // the same import, as `goalline import` does.
        let roots: Vec<_> = goalline_ingest::statsbomb::Root::in_data_dir(&data_dir())
            .into_iter()
            .collect();
        let sb = goalline_ingest::statsbomb::load(&roots, &loaded.dataset).expect("statsbomb");
        let mut files: Vec<(String, String)> = loaded
            .dataset
            .files
            .iter()
            .map(|f| (f.path.clone(), f.sha256.clone()))
            .collect();
        files.extend(goalline_ingest::statsbomb::manifest_entries(&sb));
        let mut report = loaded.report.clone();
        report.statsbomb = Some(sb.report.clone());
        let w = goalline_store::write::Writer::begin(&db).expect("begin");
        w.insert_dataset(&loaded.dataset).expect("write");
        w.insert_statsbomb(&sb).expect("write statsbomb");
        w.finish(&report, &goalline_store::write::manifest(&files))
            .expect("finish");
        let store = SqliteStore::open_pool(&db, 2).expect("open");
        Facts::new(Arc::new(store)).expect("facts")
    })
}

/// A date.
pub fn d(s: &str) -> goalline_core::Date {
    goalline_core::Date::parse_from_str(s, "%Y-%m-%d").expect("date")
}
