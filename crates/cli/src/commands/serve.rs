//! `goalline serve`: the HTTP API and web UI over a read-only database, until Ctrl-C/SIGTERM.
//! The server itself lives in `goalline-server`; this module only wires flags to it.

use crate::args::ServeArgs;
use crate::config::Config;
use crate::exit;
use anyhow::{Context, Result};
use goalline_server::{AppState, ServerConfig};
use goalline_store::SqliteStore;
use std::sync::Arc;
use std::time::Duration;

/// Runs `goalline serve`.
pub fn run(cfg: &Config, args: &ServeArgs) -> Result<u8> {
    // Builds the database on first use, like every other command; then reopen with a pool.
    drop(super::open_store(cfg)?);
    let connections = args.connections.max(1);
    let store = SqliteStore::open_pool(cfg.db.path(), connections)?;
    let config = ServerConfig {
        db_workers: connections,
        request_timeout: Duration::from_secs(args.timeout.max(1)),
        cache_entries: args.cache_entries,
        ..ServerConfig::default()
    };
    let state = AppState::new(Arc::new(store), config)?;
    if !tracing::enabled!(target: "goalline_server::access", tracing::Level::INFO) {
        eprintln!("goalline: request logging is off (RUST_LOG hides it); RUST_LOG=goalline_server=info shows one line per request");
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    rt.block_on(async {
        let bound = goalline_server::bind(args.addr, state).await?;
        eprintln!(
            "goalline: serving http://{} (database {}); Ctrl-C to stop",
            bound.local_addr()?,
            cfg.db.path().display()
        );
        bound.run(goalline_server::shutdown_signal()).await
    })?;
    eprintln!("goalline: stopped");
    Ok(exit::OK)
}
