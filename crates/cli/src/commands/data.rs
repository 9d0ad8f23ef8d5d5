//! `goalline data pull`: download the datasets (see goalline_pull).

use crate::args::DataAction;
use crate::config::Config;
use crate::exit;
use crate::output;
use anyhow::Result;

/// Runs `goalline data …`.
pub fn run(cfg: &Config, action: DataAction) -> Result<u8> {
    match action {
        DataAction::Pull {
            to,
            mirror,
            statsbomb,
            competitions,
        } => {
            let dir = match to {
                Some(d) => d,
                None => cfg.data_dir()?,
            };
            if statsbomb {
                let target = dir.join(goalline_ingest::statsbomb::PULL_DIR);
                let report = goalline_pull::statsbomb::pull(
                    &target,
                    mirror.as_deref().unwrap_or(goalline_pull::DEFAULT_MIRROR),
                    &competitions,
                    &mut |f| eprintln!("  {f}"),
                )?;
                if cfg.json {
                    output::json(&report)?;
                } else {
                    output::print(format!(
                        "{} matches of {} ({} files) downloaded into {}; `goalline import` reads them. Data: StatsBomb.",
                        report.matches,
                        report.competitions.join(", "),
                        report.files,
                        target.display()
                    ))?;
                }
                return Ok(exit::OK);
            }
            let report = goalline_pull::pull(&dir, mirror.as_deref(), &mut |f| eprintln!("  {f}"))?;
            if cfg.json {
                output::json(&report)?;
            } else {
                output::print(format!(
                    "{} files downloaded, {} already up to date, into {}",
                    report.downloaded,
                    report.unchanged,
                    dir.display()
                ))?;
            }
            Ok(exit::OK)
        }
    }
}
