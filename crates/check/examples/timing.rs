//! Times the checker on articles, cold (first check: rule tables compile) and warm:
//! `GOALLINE_DB=… cargo run --release -p goalline-check --example timing -- FILE…`.

use goalline_check::Checker;
use goalline_facts::Facts;
use goalline_store_sqlite::SqliteStore;
use std::sync::Arc;
use std::time::Instant;

fn main() {
    let Some(db) = std::env::var_os("GOALLINE_DB") else {
        eprintln!("timing: set GOALLINE_DB to an imported database");
        std::process::exit(2);
    };
    let t = Instant::now();
    let store = match SqliteStore::open(std::path::Path::new(&db)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("timing: {e}");
            std::process::exit(1);
        }
    };
    let facts = match Facts::new(Arc::new(store)) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("timing: {e}");
            std::process::exit(1);
        }
    };
    let checker = Checker::new(facts);
    println!("open + lexicon: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    for f in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&f) else {
            eprintln!("timing: cannot read {f}");
            continue;
        };
        for run in ["cold", "warm", "warm"] {
            let t = Instant::now();
            let r = checker.check(&text, None);
            println!(
                "{f} ({} bytes) {run}: {:.1} ms, {} claims",
                text.len(),
                t.elapsed().as_secs_f64() * 1e3,
                r.claims.len()
            );
        }
    }
}
