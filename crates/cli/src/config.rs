//! Validated configuration: where the database and the data live, and how to print.

use crate::args::Global;
use anyhow::{Context, Result};
use goalline_store::DbLocation;
use std::path::PathBuf;

/// The resolved configuration every command receives.
#[derive(Debug, Clone)]
pub struct Config {
    /// Database location.
    pub db: DbLocation,
    /// Data directory, if one was given or found.
    pub data: Option<PathBuf>,
    /// JSON output.
    pub json: bool,
}

impl Config {
    /// Validates the global flags.
    pub fn from_global(g: &Global) -> Result<Config> {
        let db = match &g.db {
            Some(s) => DbLocation::parse(s)?,
            None => DbLocation::Sqlite(default_db()?),
        };
        let data = g.data.clone().or_else(|| {
            let p = PathBuf::from("../shared/data");
            p.join("international").is_dir().then_some(p)
        });
        Ok(Config {
            db,
            data,
            json: g.json,
        })
    }

    /// The data directory, or an error that says how to provide one.
    pub fn data_dir(&self) -> Result<PathBuf> {
        self.data.clone().context(
            "no data directory: pass --data DIR (or set GOALLINE_DATA), or run `goalline data pull --to DIR` to download the datasets",
        )
    }
}

/// The SQLite file of a location (for what only the SQLite backend does).
pub fn sqlite_path(db: &DbLocation) -> Result<&std::path::Path> {
    db.sqlite_path()
        .with_context(|| format!("{db}: this works on an SQLite database only"))
}

fn default_db() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "goalline")
        .context("cannot determine a data directory for the database; pass --db PATH")?;
    Ok(dirs.data_dir().join("goalline.db"))
}

/// Logs to stderr; `-v` info, `-vv` debug, or `RUST_LOG`.
pub fn init_tracing(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
