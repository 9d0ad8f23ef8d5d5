//! Times parsing all Football.TXT files of a data directory, excluding disk reads:
//! `cargo run --release -p goalline-footballtxt --example bench -- /work/shared/data/openfootball`.
//! Prints the fastest and median of 20 runs, single-threaded parsing of in-memory texts and
//! the whole `parse_dir` (discovery, reads from the page cache and parsing on all cores).

use std::path::PathBuf;
use std::time::Instant;

fn main() -> std::process::ExitCode {
    let root = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data/openfootball"));
    // Discover and read once, so the timing below is parsing only.
    let files = match goalline_footballtxt::parse_dir(&root) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let mut texts = Vec::new();
    for f in files.iter().filter(|f| f.group.attempted()) {
        match std::fs::read_to_string(root.join(&f.path)) {
            Ok(t) => texts.push((f.path.clone(), t)),
            Err(e) => eprintln!("skipping {}: {e}", f.path),
        }
    }
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let lines: usize = texts.iter().map(|(_, t)| t.lines().count()).sum();
    let mut runs = Vec::new();
    let mut matches = 0;
    for _ in 0..20 {
        let started = Instant::now();
        matches = 0;
        for (label, text) in &texts {
            let parsed = goalline_footballtxt::parse_str_lenient(label, text);
            matches += parsed.document.matches.len();
        }
        runs.push(started.elapsed().as_secs_f64() * 1e3);
    }
    runs.sort_by(f64::total_cmp);
    let mut dir_runs = Vec::new();
    for _ in 0..20 {
        let started = Instant::now();
        let _ = goalline_footballtxt::parse_dir(&root);
        dir_runs.push(started.elapsed().as_secs_f64() * 1e3);
    }
    dir_runs.sort_by(f64::total_cmp);
    println!(
        "{} files, {} lines, {:.1} MB, {} matches: parse min {:.1} ms, median {:.1} ms",
        texts.len(),
        lines,
        bytes as f64 / 1e6,
        matches,
        runs[0],
        runs[runs.len() / 2]
    );
    println!(
        "parse_dir (discover + read + parse, {} threads): min {:.1} ms, median {:.1} ms",
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get),
        dir_runs[0],
        dir_runs[dir_runs.len() / 2]
    );
    std::process::ExitCode::SUCCESS
}
