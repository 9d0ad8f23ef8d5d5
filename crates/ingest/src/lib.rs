//! goalline's ingest: read the open datasets, validate every row, link entities across sources.
//!
//! One adapter per source format ([`martj42`], [`fjelstul`], [`openfootball`] over the
//! `goalline-footballtxt` parser), entity linking ([`link`], [`oflink`]) and the detection of
//! disagreements between sources ([`conflicts`]). The output is an in-memory [`Dataset`] (a
//! `goalline-store` type: ingest depends on the store's types, never the other way round) plus
//! a [`LinkReport`]; nothing here touches a database or the network — a backend crate persists
//! what this crate produces, `goalline-pull` downloads the sources.
//!
//! Entry point: [`load`]. For an import that writes while it links, [`stage`] loads and links
//! the CSV sources (openfootball parses on another thread meanwhile), [`Staged::link_openfootball`]
//! links openfootball against a read-only view of them, and [`Staged::finish`] merges the two.
#![forbid(unsafe_code)]

pub mod conflicts;
pub mod csvread;
pub use goalline_store::dataset;
pub mod error;
pub mod fjelstul;
pub mod link;
pub mod martj42;
pub mod oflink;
pub mod openfootball;
pub mod problems;
pub mod statsbomb;
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
    let mut staged = stage(root, options, tick)?;
    let linked = staged.link_openfootball()?;
    Ok(staged.finish(linked))
}

/// The CSV sources loaded and linked, with openfootball parsed (or parsing) on the side.
#[derive(Debug)]
pub struct Staged {
    /// martj42 and Fjelstul, validated and linked (teams materialised).
    pub dataset: Dataset,
    /// Linking figures so far.
    pub report: LinkReport,
    problems: Problems,
    lenient: bool,
    openfootball: Option<std::thread::JoinHandle<Result<openfootball::Prepared, IngestError>>>,
    prepared: Option<openfootball::Prepared>,
    root: std::path::PathBuf,
}

/// Loads and links the CSV sources of `root` (martj42, Fjelstul) while openfootball, when the
/// data directory has it, is parsed on another thread.
pub fn stage(
    root: &Path,
    options: Options,
    tick: &mut dyn FnMut(&str, u64),
) -> Result<Staged, IngestError> {
    Ok(load_sources(root, options, tick)?.link_players())
}

/// martj42 and Fjelstul loaded and their matches linked; players not yet linked.
#[derive(Debug)]
pub struct Sources {
    ds: Dataset,
    teams: teams::TeamRegistry,
    report: LinkReport,
    problems: Problems,
    lenient: bool,
    openfootball: Option<std::thread::JoinHandle<Result<openfootball::Prepared, IngestError>>>,
    prepared: Option<openfootball::Prepared>,
    root: std::path::PathBuf,
}

/// Loads martj42 and Fjelstul (validated, teams and matches linked) while openfootball, when
/// the data directory has it, is parsed on another thread.
pub fn load_sources(
    root: &Path,
    options: Options,
    tick: &mut dyn FnMut(&str, u64),
) -> Result<Sources, IngestError> {
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
    Ok(Sources {
        ds,
        teams,
        report,
        problems,
        lenient: options.lenient,
        openfootball,
        prepared: None,
        root: root.to_path_buf(),
    })
}

impl Sources {
    /// Waits for the openfootball parser (if any) and returns the import manifest entries of
    /// every source file: (path, sha256), CSV files first.
    pub fn manifest_files(&mut self) -> Result<Vec<(String, String)>, IngestError> {
        if let Some(job) = self.openfootball.take() {
            let prepared = job.join().map_err(|_| {
                IngestError::io(
                    self.root.join(openfootball::DIR),
                    std::io::Error::other("the openfootball parser thread panicked"),
                )
            })??;
            self.prepared = Some(prepared);
        }
        let mut files: Vec<(String, String)> = self
            .ds
            .files
            .iter()
            .map(|f| (f.path.clone(), f.sha256.clone()))
            .collect();
        if let Some(p) = &self.prepared {
            files.extend(openfootball::manifest_entries(p));
        }
        Ok(files)
    }

    /// Links martj42 scorer names to players.
    pub fn link_players(self) -> Staged {
        self.link_players_alongside(|_| ()).0
    }

    /// Links martj42 scorer names to players while `side` runs on another thread with the
    /// settled rows (files, teams, matches, shoot-outs, World Cup tables), which player linking
    /// reads but never changes, e.g. to write them.
    pub fn link_players_alongside<R: Send>(
        mut self,
        side: impl FnOnce(dataset::SettledRows<'_>) -> R + Send,
    ) -> (Staged, R) {
        // Teams are settled too: materialise them, and link against a copy of the registry.
        self.report.teams = self.teams.len() as u32;
        let (t, a) = std::mem::take(&mut self.teams).into_parts();
        self.ds.teams = t;
        self.ds.team_aliases = a;
        let teams =
            teams::TeamRegistry::from_parts(self.ds.teams.clone(), self.ds.team_aliases.clone());
        let r = {
            let ds = &mut self.ds;
            let rows = dataset::SettledRows {
                files: &ds.files,
                teams: &ds.teams,
                team_aliases: &ds.team_aliases,
                matches: &ds.matches,
                shootouts: &ds.shootouts,
                tournaments: &ds.tournaments,
                stages: &ds.stages,
                wc_teams: &ds.wc_teams,
                wc_matches: &ds.wc_matches,
                wc_goals: &ds.wc_goals,
                penalty_kicks: &ds.penalty_kicks,
                appearances: &ds.appearances,
                squads: &ds.squads,
                awards: &ds.awards,
                award_winners: &ds.award_winners,
                standings: &ds.standings,
                group_standings: &ds.group_standings,
                bookings: &ds.bookings,
                substitutions: &ds.substitutions,
            };
            let linking = link::PlayerLinking {
                tournaments: &ds.tournaments,
                squads: &ds.squads,
                wc_goals: &ds.wc_goals,
                wc_matches: &ds.wc_matches,
                matches: &ds.matches,
                players: &mut ds.players,
                scorers: &mut ds.scorers,
                player_links: &mut ds.player_links,
            };
            let report = &mut self.report;
            std::thread::scope(|s| {
                let h = s.spawn(move || side(rows));
                link::link_players_in(linking, &teams, report);
                match h.join() {
                    Ok(r) => r,
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            })
        };
        link::warn_summary(&self.report, &mut self.problems);
        let staged = Staged {
            dataset: self.ds,
            report: self.report,
            problems: self.problems,
            lenient: self.lenient,
            openfootball: self.openfootball,
            prepared: self.prepared,
            root: self.root,
        };
        (staged, r)
    }
}

impl Staged {
    /// Waits for the openfootball parser (if any) and returns the import manifest entries of
    /// every source file: (path, sha256), CSV files first.
    pub fn manifest_files(&mut self) -> Result<Vec<(String, String)>, IngestError> {
        self.join_parser()?;
        let mut files: Vec<(String, String)> = self
            .dataset
            .files
            .iter()
            .map(|f| (f.path.clone(), f.sha256.clone()))
            .collect();
        if let Some(p) = &self.prepared {
            files.extend(openfootball::manifest_entries(p));
        }
        Ok(files)
    }

    fn join_parser(&mut self) -> Result<(), IngestError> {
        if let Some(job) = self.openfootball.take() {
            let prepared = job.join().map_err(|_| {
                IngestError::io(
                    self.root.join(openfootball::DIR),
                    std::io::Error::other("the openfootball parser thread panicked"),
                )
            })??;
            self.prepared = Some(prepared);
        }
        Ok(())
    }

    /// Links openfootball against the CSV sources without changing them (so they can be
    /// written meanwhile). `None` when the data directory has no `openfootball/`.
    pub fn link_openfootball(&mut self) -> Result<Option<openfootball::Linked>, IngestError> {
        self.join_parser()?;
        match self.prepared.take() {
            Some(p) => openfootball::link(p, &self.dataset, self.lenient).map(Some),
            None => Ok(None),
        }
    }

    /// Like [`Staged::link_openfootball`], for a caller that lends the dataset elsewhere
    /// meanwhile: takes what the link needs out of `self` first.
    pub fn openfootball_job(&mut self) -> Result<Option<OpenfootballJob>, IngestError> {
        self.join_parser()?;
        Ok(self.prepared.take().map(|prepared| OpenfootballJob {
            prepared,
            lenient: self.lenient,
        }))
    }

    /// Merges openfootball's additions and reports into the dataset.
    pub fn finish(mut self, linked: Option<openfootball::Linked>) -> Loaded {
        if let Some(l) = linked {
            self.dataset.apply(l.additions);
            for s in l.skipped {
                self.problems.skip(s);
            }
            for w in l.warnings {
                self.problems.warn(w);
            }
            self.report.openfootball = Some(l.report);
        }
        let (skipped, warnings) = self.problems.into_parts();
        Loaded {
            dataset: self.dataset,
            report: self.report,
            skipped,
            warnings,
        }
    }
}

/// The openfootball link of a [`Staged`] import, to run on another thread.
#[derive(Debug)]
pub struct OpenfootballJob {
    prepared: openfootball::Prepared,
    lenient: bool,
}

impl OpenfootballJob {
    /// Links openfootball against `ds` (the staged CSV dataset, read-only).
    pub fn run(self, ds: &Dataset) -> Result<openfootball::Linked, IngestError> {
        openfootball::link(self.prepared, ds, self.lenient)
    }
}
