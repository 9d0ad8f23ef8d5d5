//! The `goalline` binary: parses flags into a validated configuration, runs one command, and
//! maps the outcome to a documented exit code (0 ok, 1 a claim contradicted, 2 usage or input
//! error). A broken pipe (`goalline … | head`) counts as success.
#![forbid(unsafe_code)]

mod args;
mod commands;
mod config;
mod output;

use clap::Parser;
use std::process::ExitCode;

/// Exit codes, documented in the README.
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// The article checker found a contradicted claim.
    pub const CONTRADICTED: u8 = 1;
    /// Usage error, bad input or failure.
    pub const ERROR: u8 = 2;
}

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    // A server is watched through its request log: `serve` logs at info (one line per request)
    // even without -v; -vv still raises it to debug.
    let verbose = match cli.command {
        args::Command::Serve(_) => cli.global.verbose.max(1),
        _ => cli.global.verbose,
    };
    config::init_tracing(verbose);
    match commands::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::from(exit::OK);
            }
            eprintln!("error: {err:#}");
            ExitCode::from(exit::ERROR)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
