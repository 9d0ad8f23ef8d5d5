//! goalline's ingest: read the open datasets, validate every row, link entities across sources.
//!
//! One adapter per source format ([`martj42`], [`fjelstul`], [`openfootball`] over the
//! `goalline-footballtxt` parser), entity linking ([`link`], [`oflink`]) and the detection of
//! disagreements between sources ([`conflicts`]). The output is an in-memory [`Dataset`] plus
//! a [`LinkReport`];
//! nothing here touches a database — `goalline-store` persists what this crate produces.
//!
//! Entry point: [`load`].
#![forbid(unsafe_code)]

pub mod conflicts;
pub mod csvread;
pub mod dataset;
pub mod error;
pub mod fjelstul;
pub mod link;
pub mod martj42;
pub mod oflink;
pub mod openfootball;
pub mod problems;
pub mod pull;
pub mod teams;

pub use dataset::Dataset;
pub use error::{IngestError, RowProblem};
pub use link::LinkReport;

use problems::Problems;
use std::path::Path;

/// Options of an import.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Skip malformed rows (and list them) instead of aborting at the first one.
    pub lenient: bool,
}

/// Everything an import produced.
#[derive(Debug)]
pub struct Loaded {
    /// The linked data.
    pub dataset: Dataset,
    /// Linking figures.
    pub report: LinkReport,
    /// Rows skipped (lenient mode only; empty in strict mode).
    pub skipped: Vec<RowProblem>,
    /// Things worth knowing that did not stop the import.
    pub warnings: Vec<String>,
}

/// All source files goalline reads, relative to the data directory.
pub fn source_files() -> impl Iterator<Item = &'static str> {
    martj42::FILES.iter().chain(fjelstul::FILES.iter()).copied()
}

/// Total size in bytes of the source files present under `root` (for progress bars).
pub fn total_bytes(root: &Path) -> u64 {
    source_files()
        .filter_map(|f| std::fs::metadata(root.join(f)).ok())
        .map(|m| m.len())
        .sum()
}

/// Checks that `root` looks like a data directory before anything is read.
pub fn check_data_dir(root: &Path) -> Result<(), IngestError> {
    for dir in ["international", "worldcup"] {
        if !root.join(dir).is_dir() {
            return Err(IngestError::NotADataDir {
                dir: root.to_path_buf(),
                what: format!("{dir}/"),
            });
        }
    }
    Ok(())
}

/// Reads, validates and links every dataset under `root`. `tick(file, bytes)` is called after
/// each file for progress reporting.
pub fn load(
    root: &Path,
    options: Options,
    tick: &mut dyn FnMut(&str, u64),
) -> Result<Loaded, IngestError> {
    check_data_dir(root)?;
    // openfootball is parsed on another thread while the CSV sources load.
    let openfootball = root.join(openfootball::DIR).is_dir().then(|| {
        let root = root.to_path_buf();
        std::thread::spawn(move || openfootball::prepare(&root))
    });
    let mut problems = Problems::new(options.lenient);
    let mut ds = Dataset::default();
    let mut teams = teams::TeamRegistry::default();
    teams.load_reference();
    let mut report = LinkReport::default();
    let started = std::time::Instant::now();
    let phase = |name: &str| {
        tracing::debug!(
            phase = name,
            ms = started.elapsed().as_millis() as u64,
            "import phase done"
        )
    };

    martj42::load(root, &mut ds, &mut teams, &mut problems, tick)?;
    phase("martj42");
    {
        let mut loader = fjelstul::Loader {
            root,
            ds: &mut ds,
            teams: &mut teams,
            problems: &mut problems,
            ids: Default::default(),
        };
        let report_ref = &mut report;
        loader.load_all(tick, &mut |ds, teams, _problems| {
            link::link_matches(ds, teams, report_ref)
        })?;
        report.wc_teams_mapped = loader.ds.wc_teams.len() as u32;
    }
    phase("fjelstul");
    link::fjelstul_coverage(&mut ds);
    link::link_players(&mut ds, &teams, &mut report);
    link::warn_summary(&report, &mut problems);
    phase("link players");
    if let Some(job) = openfootball {
        let prepared = job.join().map_err(|_| {
            IngestError::io(
                root.join(openfootball::DIR),
                std::io::Error::other("the openfootball parser thread panicked"),
            )
        })??;
        phase("openfootball parsed");
        let mut of = openfootball::load(prepared, &mut ds, &mut teams, &mut problems, tick)?;
        phase("openfootball linked");
        of.conflicts = conflicts::detect(&mut ds, &teams);
        phase("conflicts");
        report.openfootball = Some(of);
    }
    report.teams = teams.len() as u32;
    let (t, a) = teams.into_parts();
    ds.teams = t;
    ds.team_aliases = a;
    let (skipped, warnings) = problems.into_parts();
    Ok(Loaded {
        dataset: ds,
        report,
        skipped,
        warnings,
    })
}
