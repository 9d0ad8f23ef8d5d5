//! What the end-to-end tests share: the shared data folder and one checker over a database
//! imported from it (built once per test binary).

use goalline_check::Checker;
use goalline_facts::Facts;
use goalline_store::SqliteStore;
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
        let loaded =
            goalline_ingest::load(&shared().join("data"), Default::default(), &mut |_, _| {})
                .expect("import");
        // StatsBomb (the data directory's statsbomb/), linked against the rest and written in
        // the same import, as `goalline import` does.
        let data = shared().join("data");
        let roots: Vec<_> = goalline_ingest::statsbomb::Root::in_data_dir(&data)
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
        Checker::new(Facts::new(Arc::new(store)).expect("facts"))
    })
}
