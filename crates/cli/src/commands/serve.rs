//! `goalline serve`: the HTTP API and web UI over a read-only database, until Ctrl-C/SIGTERM.
//! The server itself lives in `goalline-server`; this module only wires flags to it.

use crate::args::ServeArgs;
use crate::config::Config;
use crate::exit;
use anyhow::{Context, Result};
use goalline_server::{AppState, ServerConfig};
use std::time::Duration;

/// Runs `goalline serve`.
pub fn run(cfg: &Config, args: &ServeArgs) -> Result<u8> {
    // Builds the database on first use, like every other command; then reopen with a pool.
    drop(super::open_store(cfg)?);
    let connections = args.connections.max(1);
    let timeout = Duration::from_secs(args.timeout.max(1));
    let config = ServerConfig {
        db_workers: connections,
        request_timeout: timeout,
        // The check stops a little before the request times out, so its own 504 (which says
        // the check was stopped) is what the client reads.
        check_timeout: timeout
            .saturating_sub(Duration::from_millis(250))
            .max(Duration::from_millis(100)),
        check_workers: args.check_workers.max(1),
        cache_bytes: args.cache_mb.saturating_mul(1024 * 1024),
        header_read_timeout: Duration::from_secs(args.header_timeout.max(1)),
        max_connections: args.max_connections.max(1),
        shutdown_grace: Duration::from_secs(args.shutdown_grace),
        api_token: args.api_token.clone().filter(|t| !t.trim().is_empty()),
        keep_checks_days: args.keep_checks_days,
        ..ServerConfig::default()
    };
    let state = match &cfg.db {
        goalline_store::DbLocation::Postgres(url) => AppState::open_postgres(url, config)?,
        db => AppState::open(crate::config::sqlite_path(db)?, config)?,
    };
    if !tracing::enabled!(target: "goalline_server::access", tracing::Level::INFO) {
        eprintln!("goalline: request logging is off (RUST_LOG hides it); RUST_LOG=goalline_server=info shows one line per request");
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let served: Result<()> = rt.block_on(async {
        let bound = goalline_server::bind(args.addr, state).await?;
        eprintln!(
            "goalline: serving http://{} (database {}); Ctrl-C to stop",
            bound.local_addr()?,
            cfg.db
        );
        bound.run(goalline_server::shutdown_signal()).await?;
        Ok(())
    });
    // `run` already gave requests in flight the grace period; blocking work still running (a
    // check stops at its deadline or when its request is dropped) gets one more second, then
    // the process exits regardless.
    rt.shutdown_timeout(Duration::from_secs(1));
    served?;
    eprintln!("goalline: stopped");
    Ok(exit::OK)
}
