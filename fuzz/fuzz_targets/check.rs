//! Fuzzes the whole checker (context, every extractor, verification) on arbitrary text against
//! a database imported from the real data (GOALLINE_DATA or ../shared/data): no panic, spans on
//! char boundaries and equal to the text they cover.
#![no_main]

use goalline_check::Checker;
use libfuzzer_sys::fuzz_target;
use std::sync::{Arc, OnceLock};

fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| {
        let data = std::env::var_os("GOALLINE_DATA").map(std::path::PathBuf::from).unwrap_or_else(|| "../../shared/data".into());
        let db = std::env::temp_dir().join(format!("goalline-fuzz-{}.db", std::process::id()));
        let loaded = goalline_ingest::load(&data, Default::default(), &mut |_, _| {}).expect("import");
        let files: Vec<(String, String)> = loaded.dataset.files.iter().map(|f| (f.path.clone(), f.sha256.clone())).collect();
        goalline_store::write::write_dataset(&db, &loaded.dataset, &loaded.report, &goalline_store::write::manifest(&files)).expect("write");
        let store = goalline_store::SqliteStore::open(&db).expect("open");
        Checker::new(goalline_facts::Facts::new(Arc::new(store)).expect("facts"))
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = checker().check(&text, None);
    for c in &report.claims {
        assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        assert_eq!(&text[c.start..c.end], c.text);
    }
});
