//! `goalline data pull`: download the datasets (see goalline_ingest::pull).

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
                use goalline_ingest::statsbomb;
                let target = dir.join(statsbomb::PULL_DIR);
                let report = statsbomb::pull(
                    &target,
                    mirror
                        .as_deref()
                        .unwrap_or(goalline_ingest::pull::DEFAULT_MIRROR),
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
            let report =
                goalline_ingest::pull::pull(&dir, mirror.as_deref(), &mut |f| eprintln!("  {f}"))?;
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
