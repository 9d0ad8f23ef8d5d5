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
        super::import::build(
            &data,
            &goalline_store_sqlite::SqliteTarget { path: db.clone() },
            Default::default(),
            true,
            &mut |_, _| {},
        )?;
        ours.push(t.elapsed());
    }
    let csvs: Vec<String> = goalline_ingest::source_files()
        .map(|s| s.to_string())
        .collect();
    let mut csv_script = String::from(".mode csv\n");
    for f in &csvs {
        let table = f.replace(['/', '.'], "_");
        csv_script.push_str(&format!(".import '{}' {table}\n", data.join(f).display()));
    }
    // The same files goalline reads: the CSV files, plus the Football.TXT files it imports
    // loaded as lines (ascii mode: no quoting; the unit separator never occurs in them; one
    // transaction).
    let txt: Vec<String> = if data.join(goalline_ingest::openfootball::DIR).is_dir() {
        let prepared = goalline_ingest::openfootball::prepare(&data)?;
        goalline_ingest::openfootball::manifest_entries(&prepared)
            .into_iter()
            .map(|(path, _)| path)
            .collect()
    } else {
        Vec::new()
    };
    let mut all_script = csv_script.clone();
    if !txt.is_empty() {
        all_script.push_str(".mode ascii\n.separator \"\u{1f}\" \"\\n\"\nBEGIN;\n");
        for (i, f) in txt.iter().enumerate() {
            all_script.push_str(&format!(".import '{}' txt_{i}\n", data.join(f).display()));
        }
        all_script.push_str("COMMIT;\n");
    }
    let mut raw = Vec::new();
    let mut raw_all = Vec::new();
    for i in 0..runs {
        raw.push(sqlite3_import(
            &dir.join(format!("raw-{i}.db")),
            &csv_script,
        )?);
        if !txt.is_empty() {
            raw_all.push(sqlite3_import(
                &dir.join(format!("all-{i}.db")),
                &all_script,
            )?);
        }
    }
    let (o, r) = (median(ours), median(raw));
    let ratio = o.as_secs_f64() / r.as_secs_f64();
    let all = (!raw_all.is_empty()).then(|| median(raw_all));
    let ratio_all = all.map(|a| o.as_secs_f64() / a.as_secs_f64());
    let _ = std::fs::remove_dir_all(&dir);
    if cfg.json {
        output::json(&serde_json::json!({
            "runs": runs,
            "goalline_ms": o.as_secs_f64() * 1e3,
            "sqlite3_import_ms": r.as_secs_f64() * 1e3,
            "ratio": ratio,
            "sqlite3_import_with_football_txt_ms": all.map(|a| a.as_secs_f64() * 1e3),
            "ratio_with_football_txt": ratio_all,
        }))?;
    } else {
        let mut t = output::table(&["import", "median wall time"]);
        t.add_row(vec![
            "goalline import (parse, validate, link, index)".to_string(),
            format!("{:.0} ms", o.as_secs_f64() * 1e3),
        ]);
        t.add_row(vec![
            "sqlite3 .import of the CSV files (raw text, no validation)".to_string(),
            format!("{:.0} ms", r.as_secs_f64() * 1e3),
        ]);
        if let Some(a) = all {
            t.add_row(vec![
                format!(
                    "sqlite3 .import of the CSV files + the {} Football.TXT files as lines",
                    txt.len()
                ),
                format!("{:.0} ms", a.as_secs_f64() * 1e3),
            ]);
        }
        output::print(t)?;
        output::print(format!(
            "ratio goalline / sqlite3 (CSV files): {ratio:.2}× over {runs} runs (target ≤ 1.5×, total < 1 s)"
        ))?;
        if let Some(ra) = ratio_all {
            output::print(format!(
                "ratio goalline / sqlite3 (the same files): {ra:.2}×"
            ))?;
        }
    }
    Ok(exit::OK)
}

/// Runs `sqlite3 DB < script` and returns its wall time.
fn sqlite3_import(db: &std::path::Path, script: &str) -> Result<Duration> {
    let t = Instant::now();
    let mut child = Command::new("sqlite3")
        .arg(db)
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
    let elapsed = t.elapsed();
    if !out.status.success() {
        bail!(
            "sqlite3 .import failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(elapsed)
}

fn tempfile_dir() -> Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("goalline-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
