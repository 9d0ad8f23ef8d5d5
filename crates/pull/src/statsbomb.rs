//! Downloading StatsBomb open-data (`goalline data pull --statsbomb`): the international
//! competitions, their match lists, line-ups and events, each file checked by the importer's
//! own reader (`goalline_ingest::statsbomb`) before anything is written.

use crate::error::PullError;
use goalline_core::names;
use goalline_ingest::statsbomb::{
    check_competitions, check_match_file, check_match_list, CompetitionEntry, UPSTREAM,
};
use serde::Serialize;
use std::collections::HashSet;
use std::path::Path;

/// What a StatsBomb pull did.
#[derive(Debug, Default, Serialize)]
pub struct SbPullReport {
    /// Competitions/seasons fetched.
    pub competitions: Vec<String>,
    /// Matches fetched.
    pub matches: u32,
    /// Files written.
    pub files: u32,
    /// Where.
    pub dir: String,
}

fn fetch(agent: &ureq::Agent, url: &str) -> Result<Vec<u8>, PullError> {
    let dl = |message: String| PullError::Download {
        url: url.to_string(),
        message,
    };
    let resp = agent.get(url).call().map_err(|e| dl(e.to_string()))?;
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut resp.into_reader(), &mut bytes)
        .map_err(|e| dl(e.to_string()))?;
    Ok(bytes)
}

/// True when a `--competitions` filter names this competition/season: `43/106`, or words of
/// `FIFA World Cup 2022` (`world cup 2022`, `Euro 2020`).
fn wanted(c: &CompetitionEntry, filter: &[String]) -> bool {
    if filter.is_empty() {
        return true;
    }
    let ids = format!("{}/{}", c.competition_id, c.season_id);
    let label = names::fold(&format!("{} {}", c.competition_name, c.season_name));
    filter.iter().any(|f| {
        let f = f.trim();
        f == ids || (!names::fold(f).is_empty() && label.contains(&names::fold(f)))
    })
}

/// Downloads StatsBomb open-data for the international competitions matching `filter` (all
/// of them when empty): the competition list, their match lists, and each match's line-ups and
/// events, from `{mirror}/statsbomb/open-data/master/data/…`, into `dir/data/…`. Every file is
/// validated as the importer reads it before anything is written; a failed pull changes
/// nothing.
pub fn pull(
    dir: &Path,
    mirror: &str,
    filter: &[String],
    progress: &mut dyn FnMut(&str),
) -> Result<SbPullReport, PullError> {
    let base = format!("{}/{UPSTREAM}", mirror.trim_end_matches('/'));
    let agent = ureq::AgentBuilder::new()
        .timeout(std::time::Duration::from_secs(120))
        .build();
    let mut report = SbPullReport {
        dir: dir.display().to_string(),
        ..Default::default()
    };
    let mut staged: Vec<(String, Vec<u8>)> = Vec::new();
    progress("data/competitions.json");
    let comps_bytes = fetch(&agent, &format!("{base}/data/competitions.json"))?;
    let comps = check_competitions(&format!("{base}/data/competitions.json"), &comps_bytes)?;
    let mut seen = HashSet::new();
    for c in &comps {
        if c.international == Some(false)
            || !wanted(c, filter)
            || !seen.insert((c.competition_id, c.season_id))
        {
            continue;
        }
        report
            .competitions
            .push(format!("{} {}", c.competition_name, c.season_name));
        let rel = format!("data/matches/{}/{}.json", c.competition_id, c.season_id);
        progress(&rel);
        let bytes = fetch(&agent, &format!("{base}/{rel}"))?;
        let entries = check_match_list(&format!("{base}/{rel}"), &bytes)?;
        staged.push((rel, bytes));
        for match_id in &entries {
            for kind in ["lineups", "events"] {
                let rel = format!("data/{kind}/{match_id}.json");
                progress(&rel);
                let bytes = fetch(&agent, &format!("{base}/{rel}"))?;
                check_match_file(kind, &format!("{base}/{rel}"), &bytes)?;
                staged.push((rel, bytes));
            }
            report.matches += 1;
        }
    }
    if report.competitions.is_empty() {
        return Err(PullError::Download {
            url: format!("{base}/data/competitions.json"),
            message: format!(
                "no international competition matches {:?}",
                filter.join(", ")
            ),
        });
    }
    // Only the fetched competitions are listed, so the importer reads exactly those.
    let kept: Vec<serde_json::Value> =
        serde_json::from_slice::<Vec<serde_json::Value>>(&comps_bytes)
            .unwrap_or_default()
            .into_iter()
            .filter(|v| {
                let id = |k: &str| v.get(k).and_then(|x| x.as_i64()).unwrap_or(-1);
                seen.contains(&(id("competition_id"), id("season_id")))
            })
            .collect();
    let list = serde_json::to_vec_pretty(&kept).unwrap_or_default();
    staged.push(("data/competitions.json".into(), list));
    for (rel, bytes) in staged {
        let target = dir.join(&rel);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| PullError::io(parent, e))?;
        }
        let tmp = target.with_extension("json.part");
        std::fs::write(&tmp, &bytes).map_err(|e| PullError::io(&tmp, e))?;
        std::fs::rename(&tmp, &target).map_err(|e| PullError::io(&target, e))?;
        report.files += 1;
    }
    Ok(report)
}
