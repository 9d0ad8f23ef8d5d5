//! Prints a per-file coverage table for a data directory:
//! `cargo run -p goalline-footballtxt --example report -- /work/shared/data/openfootball`.
//!
//! Options: `--skipped` lists every skipped line with its reason; `--warnings` lists warnings.
//! Without a path it reads `$GOALLINE_DATA/openfootball`, else `../shared/data/openfootball`.
//! Exit codes: 0 ok (also when the output pipe closes early), 1 some lines were skipped,
//! 2 the directory could not be read.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

fn main() -> std::process::ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::from(2)
        }
    }
}

fn run() -> std::io::Result<std::process::ExitCode> {
    let mut root: Option<PathBuf> = None;
    let mut show_skipped = false;
    let mut show_warnings = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--skipped" => show_skipped = true,
            "--warnings" => show_warnings = true,
            _ => root = Some(PathBuf::from(arg)),
        }
    }
    let root = root
        .or_else(|| {
            std::env::var_os("GOALLINE_DATA").map(|d| PathBuf::from(d).join("openfootball"))
        })
        .unwrap_or_else(|| PathBuf::from("../shared/data/openfootball"));
    let started = Instant::now();
    let results = match goalline_footballtxt::parse_dir(&root) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(std::process::ExitCode::from(2));
        }
    };
    let elapsed = started.elapsed();
    let reports: Vec<_> = results
        .iter()
        .map(goalline_footballtxt::FileReport::from_result)
        .collect();
    let mut out = std::io::stdout().lock();
    write!(out, "{}", goalline_footballtxt::render_table(&reports))?;
    let not_attempted: Vec<&str> = reports
        .iter()
        .filter(|r| !r.attempted)
        .map(|r| r.path.as_str())
        .collect();
    writeln!(
        out,
        "\nnot attempted ({}): {}",
        not_attempted.len(),
        not_attempted.join(", ")
    )?;
    writeln!(
        out,
        "parsed {} files in {:.1} ms (discover + read + parse)",
        reports.len(),
        elapsed.as_secs_f64() * 1e3
    )?;
    for r in &results {
        if let goalline_footballtxt::FileOutcome::Parsed(p) = &r.outcome {
            if show_skipped {
                for s in &p.skipped {
                    writeln!(out, "SKIP {}:{}: {}", r.path, s.line, s.error.reason())?;
                }
            }
            if show_warnings {
                for w in &p.document.warnings {
                    writeln!(out, "WARN {}:{}: {}", r.path, w.line, w.message)?;
                }
            }
        }
    }
    let skipped: usize = reports.iter().map(|r| r.skipped).sum();
    Ok(if skipped == 0 {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::from(1)
    })
}
