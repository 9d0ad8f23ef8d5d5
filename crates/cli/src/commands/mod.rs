//! One module per command. Each takes the validated [`Config`] and returns an exit code.

mod bench;
mod check;
pub mod conflicts;
mod coverage;
mod data;
mod facts_util;
mod goals;
mod h2h;
pub mod import;
mod matches;
mod player;
mod records;
mod serve;
mod status;
mod team;
mod tournament;

use crate::args::{Cli, Command};
use crate::config::Config;
use anyhow::Result;
use goalline_store::{DbLocation, Store};
use goalline_store_postgres::PostgresStore;
use goalline_store_sqlite::SqliteStore;
use std::sync::Arc;

/// An opened database of either backend (dereferences to the [`Store`]).
pub enum OpenStore {
    /// The embedded SQLite file.
    Sqlite(SqliteStore),
    /// A shared PostgreSQL database.
    Postgres(PostgresStore),
}

impl OpenStore {
    /// The store, shared (for the facts engine).
    pub fn into_arc(self) -> Arc<dyn Store> {
        match self {
            OpenStore::Sqlite(s) => Arc::new(s),
            OpenStore::Postgres(s) => Arc::new(s),
        }
    }
}

impl std::ops::Deref for OpenStore {
    type Target = dyn Store;
    fn deref(&self) -> &(dyn Store + 'static) {
        match self {
            OpenStore::Sqlite(s) => s,
            OpenStore::Postgres(s) => s,
        }
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<u8> {
    let cfg = Config::from_global(&cli.global)?;
    match cli.command {
        Command::Import(a) => import::run(&cfg, &a),
        Command::Coverage(a) => coverage::run(&cfg, &a),
        Command::Conflicts(a) => conflicts::run(&cfg, &a),
        Command::Status => status::run(&cfg),
        Command::Data { action } => data::run(&cfg, action),
        Command::Bench { which } => bench::run(&cfg, which),
        Command::Serve(a) => serve::run(&cfg, &a),
        Command::Match(a) => matches::run(&cfg, &a),
        Command::Player(a) => player::run(&cfg, &a),
        Command::Team(a) => team::run(&cfg, &a),
        Command::Records(a) => records::run(&cfg, &a),
        Command::Tournament(a) => tournament::run(&cfg, &a),
        Command::H2h(a) => h2h::run(&cfg, &a),
        Command::Goals(a) => goals::run(&cfg, &a),
        Command::Check(a) => check::run(&cfg, &a),
        Command::Eval(a) => check::eval(&cfg, &a),
    }
}

/// Opens the database, building it first (import from the data directory, with a progress
/// bar) when it does not exist yet, so a new user's first command just works.
pub fn open_store(cfg: &Config) -> Result<OpenStore> {
    if let DbLocation::Postgres(url) = &cfg.db {
        return Ok(OpenStore::Postgres(PostgresStore::open(url)?));
    }
    let path = crate::config::sqlite_path(&cfg.db)?;
    if !path.exists() {
        eprintln!(
            "goalline: no database at {} yet; importing from the data directory first",
            path.display()
        );
        import::import(
            cfg,
            &crate::args::ImportArgs {
                lenient: false,
                force: false,
                statsbomb: None,
                allow_missing: Vec::new(),
                lock_wait: 300,
            },
            true,
        )?;
    }
    Ok(OpenStore::Sqlite(SqliteStore::open(path)?))
}
