//! Ingest on the real shared data: counts, linking rates, known facts.

use goalline_ingest::{load, Options};
use std::path::PathBuf;

fn data_dir() -> PathBuf {
    std::env::var_os("GOALLINE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

#[test]
fn loads_real_data_strictly_and_links_world_cup_matches() {
    let t = std::time::Instant::now();
    let loaded =
        load(&data_dir(), Options::default(), &mut |_, _| {}).expect("strict import of real data");
    eprintln!("load took {:?}", t.elapsed());
    let r = &loaded.report;
    eprintln!("{r:#?}");
    eprintln!("warnings: {:#?}", loaded.warnings);
    assert!(r.match_rate() > 0.99, "match link rate {}", r.match_rate());
}
