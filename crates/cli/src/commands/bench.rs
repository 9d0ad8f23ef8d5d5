//! `goalline bench import`: times goalline's import against `sqlite3 .import` of the same CSVs.

use crate::args::BenchWhich;
use crate::config::Config;
use crate::exit;
use crate::output;
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `goalline bench …`.
pub fn run(cfg: &Config, which: BenchWhich) -> Result<u8> {
    match which {
        BenchWhich::Import { runs } => import(cfg, runs.max(1)),
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn import(cfg: &Config, runs: u32) -> Result<u8> {
    let data = cfg.data_dir()?;
    let dir = tempfile_dir()?;
    let mut ours = Vec::new();
    for i in 0..runs {
        let db = dir.join(format!("bench-{i}.db"));
        let t = Instant::now();
        super::import::build(&data, &db, Default::default(), true, &mut |_, _| {})?;
        ours.push(t.elapsed());
    }
    let mut raw = Vec::new();
    let csvs: Vec<String> = goalline_ingest::source_files()
        .map(|s| s.to_string())
        .collect();
    for i in 0..runs {
        let db = dir.join(format!("raw-{i}.db"));
        let mut script = String::from(".mode csv\n");
        for f in &csvs {
            let table = f.replace(['/', '.'], "_");
            script.push_str(&format!(".import '{}' {table}\n", data.join(f).display()));
        }
        let t = Instant::now();
        let mut child = Command::new("sqlite3")
            .arg(&db)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .context("running sqlite3 (install the Debian package sqlite3)")?;
        child
            .stdin
            .take()
            .context("sqlite3 stdin")?
            .write_all(script.as_bytes())?;
        let out = child.wait_with_output()?;
        raw.push(t.elapsed());
        if !out.status.success() {
            bail!(
                "sqlite3 .import failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    let (o, r) = (median(ours), median(raw));
    let ratio = o.as_secs_f64() / r.as_secs_f64();
    let _ = std::fs::remove_dir_all(&dir);
    if cfg.json {
        output::json(
            &serde_json::json!({"runs": runs, "goalline_ms": o.as_secs_f64() * 1e3, "sqlite3_import_ms": r.as_secs_f64() * 1e3, "ratio": ratio}),
        )?;
    } else {
        let mut t = output::table(&["import of the same CSV files", "median wall time"]);
        t.add_row(vec![
            "goalline import (parse, validate, link, index)".to_string(),
            format!("{:.0} ms", o.as_secs_f64() * 1e3),
        ]);
        t.add_row(vec![
            "sqlite3 .import (raw text, no validation)".to_string(),
            format!("{:.0} ms", r.as_secs_f64() * 1e3),
        ]);
        output::print(t)?;
        output::print(format!(
            "ratio goalline / sqlite3: {ratio:.2}× over {runs} runs (target ≤ 1.5×, total < 1 s)"
        ))?;
    }
    Ok(exit::OK)
}

fn tempfile_dir() -> Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("goalline-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
