//! The checker's layering, checked on its sources: it reads data through `goalline-facts`
//! only (never the store behind it), and the reading layers (document, mentions, discourse,
//! frames) never reach the verifiers or the facts engine.

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Code lines (comments dropped) of every source file under `dir`.
fn code(dir: &Path) -> Vec<(PathBuf, usize, String)> {
    let mut files = Vec::new();
    sources(dir, &mut files);
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read");
        for (i, l) in text.lines().enumerate() {
            let t = l.trim_start();
            if t.starts_with("//") {
                continue;
            }
            out.push((f.clone(), i + 1, l.to_string()));
        }
    }
    out
}

#[test]
fn the_checker_reads_data_through_the_facts_engine_only() {
    let bad: Vec<String> = code(&src())
        .into_iter()
        .filter(|(_, _, l)| l.contains(".store()") || l.contains("goalline_store"))
        .map(|(f, n, l)| format!("{}:{n}: {}", f.display(), l.trim()))
        .collect();
    assert!(
        bad.is_empty(),
        "the store is reached directly:\n{}",
        bad.join("\n")
    );
    let manifest =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .expect("manifest");
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .and_then(|s| s.split("\n[").next())
        .expect("dependencies");
    assert!(!deps.contains("goalline-store") && !deps.contains("goalline-ingest"));
}

#[test]
fn reading_layers_do_not_reach_verifiers_or_data() {
    for layer in ["doc", "mentions", "discourse"] {
        let bad: Vec<String> = code(&src().join(layer))
            .into_iter()
            .filter(|(_, _, l)| {
                l.contains("crate::verify")
                    || l.contains("crate::families")
                    || l.contains("crate::policy")
                    || l.contains("crate::report")
            })
            .map(|(f, n, l)| format!("{}:{n}: {}", f.display(), l.trim()))
            .collect();
        assert!(
            bad.is_empty(),
            "{layer} reaches a later layer:\n{}",
            bad.join("\n")
        );
    }
}
