//! The checker's work grows in proportion to the article (issue 15, point 1).
//!
//! Articles are built like `scripts/bench-check.sh` builds them: the dev2 articles (dense,
//! varied football text, without their SOURCE/DATE lines) one after another, cut to a size.
//! What is compared is the **work meter** of [`goalline_check::budget::work`] — bytes of text
//! handed to the rules and items visited by the look-ups of mentions, entities and segments —
//! not a clock: the same text always costs the same work, so the test cannot flake on a busy
//! machine, and a rule that copies the article's prefix or rescans its mentions per claim (the
//! quadratic work issue 15 found) shows up as a ratio far above the ratio of the sizes. The
//! CPU time of each check is printed beside it (a figure, not an assertion).
//!
//! The 1, 4 and 8 MB test takes minutes in a debug build: it runs in release
//! (`cargo test --release -p goalline-check --test linear`) and is ignored in debug, where
//! the same assertion runs at 64, 256 and 512 KB. Each also checks that a deadline stops a
//! large check promptly.

mod common;

use goalline_check::{budget, CheckError, CheckOptions};
use std::time::{Duration, Instant};

/// The dev2 articles one after another, repeated and cut to `size` bytes (at a char boundary).
fn article(size: usize) -> String {
    let dir = common::shared().join("articles/dev2");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("articles/dev2")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .map(|f| {
            let t = std::fs::read_to_string(f).expect("read");
            t.split('\n')
                .filter(|l| !l.starts_with("SOURCE:") && !l.starts_with("DATE:"))
                .collect::<Vec<_>>()
                .join("\n")
                .trim()
                .to_string()
        })
        .collect();
    let base = texts.join("\n\n");
    assert!(base.len() > 10_000, "dev2 is missing or empty");
    let mut s = base.clone();
    while s.len() < size {
        s.push_str("\n\n");
        s.push_str(&base);
    }
    let mut cut = size.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// Checks an article of `size` bytes: (work, CPU seconds of this thread, claims).
fn measure(size: usize) -> (u64, f64, usize) {
    let text = article(size);
    let checker = common::checker();
    let w0 = budget::work();
    let t0 = cpu_time();
    let report = checker.check(&text, None);
    let cpu = cpu_time() - t0;
    let work = budget::work() - w0;
    assert!(
        report.summary.claims > size / 2_000,
        "{size} bytes gave only {} claims",
        report.summary.claims
    );
    println!(
        "{:>9} bytes: work {work:>12}, {:.2} s CPU, {} claims",
        text.len(),
        cpu,
        report.summary.claims
    );
    (work, cpu, report.summary.claims)
}

/// CPU time of this thread, in seconds (`/proc/thread-self/stat`, Linux); 0 elsewhere.
fn cpu_time() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/thread-self/stat") else {
        return 0.0;
    };
    // Fields after the command name (which is in brackets and may hold spaces).
    let rest = stat.rsplit_once(')').map(|x| x.1).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime are fields 14 and 15 of stat: 12 and 13 after the state field.
    (ticks(11) + ticks(12)) / 100.0
}

/// Asserts that the work at each size grows at most `slack` times faster than the size.
fn assert_linear(sizes: &[usize], slack: f64) {
    // The first check of a process also compiles the rule tables: warm up first.
    let _ = measure(sizes[0] / 4);
    let runs: Vec<(usize, u64, f64)> = sizes
        .iter()
        .map(|&s| {
            let (w, c, _) = measure(s);
            (s, w, c)
        })
        .collect();
    for pair in runs.windows(2) {
        let (s1, w1, c1) = pair[0];
        let (s2, w2, c2) = pair[1];
        let size_ratio = s2 as f64 / s1 as f64;
        let work_ratio = w2 as f64 / w1 as f64;
        println!(
            "x{size_ratio:.1} text: x{work_ratio:.2} work, x{:.2} CPU time",
            c2 / c1.max(1e-9)
        );
        assert!(
            work_ratio <= size_ratio * slack,
            "{s1} → {s2} bytes (x{size_ratio:.1}) cost x{work_ratio:.2} the work: not linear"
        );
    }
}

/// A check of `size` bytes with a deadline `after` from its start stops within `margin` of
/// it, with [`CheckError::Stopped`].
fn assert_stops(size: usize, after: Duration, margin: Duration) {
    let text = article(size);
    let checker = common::checker();
    let t = Instant::now();
    let r = checker.check_with(&text, None, &CheckOptions::within(after));
    let took = t.elapsed();
    match r {
        Err(CheckError::Stopped { phase, .. }) => {
            println!("{size} bytes, deadline {after:?}: stopped in {phase} after {took:?}")
        }
        Ok(rep) => panic!(
            "{size} bytes finished ({} claims) instead of stopping at {after:?}",
            rep.summary.claims
        ),
    }
    assert!(
        took <= after + margin,
        "stopped only after {took:?} (deadline {after:?})"
    );
}

#[test]
fn work_grows_linearly_from_64_kb_to_512_kb() {
    // x4 text → at most x4.5 work; x2 → at most x2.25.
    assert_linear(&[64_000, 256_000, 512_000], 1.125);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "minutes in a debug build: cargo test --release -p goalline-check --test linear"
)]
fn work_grows_linearly_at_1_4_and_8_mb() {
    assert_linear(&[1_000_000, 4_000_000, 8_000_000], 1.125);
}

#[test]
fn a_deadline_stops_a_large_check_promptly() {
    // 2 MB takes seconds; a 300 ms deadline is met within a wide margin (the layers look at
    // the budget per paragraph, per sentence, per 1,024 tokens and per pattern search).
    assert_stops(
        2_000_000,
        Duration::from_millis(300),
        Duration::from_secs(2),
    );
}
