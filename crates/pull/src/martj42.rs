//! Downloading martj42 and Fjelstul from their upstream repositories: pinned commits, checked sums.
//!
//! Owns `goalline data pull`. Every file is fetched from a pinned commit (see
//! `reference/pull-manifest.csv`), its sha256 compared with the pinned value, and only when
//! every file of the run arrived intact are they moved into place; a failed pull changes nothing.
//! `player_appearances.csv` is unpinned: the shared copy was converted from the upstream RData
//! file, so the upstream CSV legitimately differs; its header is checked instead.

use crate::error::PullError;
use goalline_ingest::csvread::CsvTable;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The pinned manifest: dataset, local path, upstream path (repo/commit/file), sha256.
pub const MANIFEST: &str = include_str!("../reference/pull-manifest.csv");

/// Where files come from by default.
pub const DEFAULT_MIRROR: &str = "https://raw.githubusercontent.com";

/// One manifest entry.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// `martj42` or `fjelstul`.
    pub dataset: String,
    /// Path under the data directory.
    pub path: String,
    /// Path under the mirror (`owner/repo/commit/file`).
    pub upstream: String,
    /// Pinned sha256, or `None` when unpinned.
    pub sha256: Option<String>,
}

/// The manifest entries.
pub fn entries() -> Vec<Entry> {
    MANIFEST
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f.len() == 4).then(|| Entry {
                dataset: f[0].into(),
                path: f[1].into(),
                upstream: f[2].into(),
                sha256: (f[3] != "unpinned").then(|| f[3].to_string()),
            })
        })
        .collect()
}

/// What a pull did.
#[derive(Debug, Default, Serialize)]
pub struct PullReport {
    /// Files written.
    pub downloaded: u32,
    /// Files already present with the pinned checksum.
    pub unchanged: u32,
}

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Downloads every dataset file into `dir` from `mirror` (default: GitHub raw files).
/// `progress` is told each file as it starts.
pub fn pull(
    dir: &Path,
    mirror: Option<&str>,
    progress: &mut dyn FnMut(&str),
) -> Result<PullReport, PullError> {
    let base = mirror.unwrap_or(DEFAULT_MIRROR).trim_end_matches('/');
    let agent = ureq::AgentBuilder::new()
        .timeout(std::time::Duration::from_secs(60))
        .build();
    let mut report = PullReport::default();
    let mut staged: Vec<(std::path::PathBuf, Vec<u8>)> = Vec::new();
    for e in entries() {
        let target = dir.join(&e.path);
        if let (Some(want), Ok(have)) = (&e.sha256, std::fs::read(&target)) {
            if &sha(&have) == want {
                report.unchanged += 1;
                continue;
            }
        }
        progress(&e.path);
        let url = format!("{base}/{}", e.upstream);
        let resp = agent.get(&url).call().map_err(|err| PullError::Download {
            url: url.clone(),
            message: err.to_string(),
        })?;
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut resp.into_reader(), &mut bytes).map_err(|err| {
            PullError::Download {
                url: url.clone(),
                message: err.to_string(),
            }
        })?;
        match &e.sha256 {
            Some(want) => {
                let got = sha(&bytes);
                if &got != want {
                    return Err(PullError::Checksum {
                        file: e.path.clone(),
                        expected: want.clone(),
                        actual: got,
                    });
                }
            }
            None => {
                // Unpinned: at least the header must be the one goalline reads.
                let t = CsvTable::from_bytes(&e.path, bytes.clone())?;
                t.columns(["match_id", "team_id", "player_id", "starter", "substitute"])?;
            }
        }
        staged.push((target, bytes));
    }
    // Everything arrived intact: write each file beside its target, then rename into place.
    for (target, bytes) in staged {
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| PullError::io(parent, e))?;
        }
        let tmp = target.with_extension("csv.part");
        std::fs::write(&tmp, &bytes).map_err(|e| PullError::io(&tmp, e))?;
        std::fs::rename(&tmp, &target).map_err(|e| PullError::io(&target, e))?;
        report.downloaded += 1;
    }
    Ok(report)
}
