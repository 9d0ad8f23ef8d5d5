//! The `goalline` binary: parses flags into a validated configuration, runs one command, and
//! maps the outcome to a documented exit code (0 ok, 1 a claim contradicted, 2 usage or input
//! error). A broken pipe (`goalline … | head`) counts as success. Under `--json` an error is a
//! JSON object on stderr (the API's error vocabulary plus `exit_code`).
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
    let json = cli.global.json;
    match commands::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::from(exit::OK);
            }
            if json {
                eprintln!("{}", json_error(err, exit::ERROR));
            } else {
                eprintln!("error: {err:#}");
            }
            ExitCode::from(exit::ERROR)
        }
    }
}

/// An error under `--json`: the API's error object (`message`, `code`, `type`, `link`, and
/// `candidates`/`suggestion` where they apply) plus the process's `exit_code`.
fn json_error(err: anyhow::Error, exit_code: u8) -> String {
    use goalline_server::error::ServerError;
    let message = format!("{err:#}");
    let server = match err.downcast::<goalline_facts::FactsError>() {
        Ok(f) => ServerError::from(f),
        Err(_) => ServerError::BadQuestion(message.clone()),
    };
    let mut body = serde_json::to_value(server.body()).unwrap_or_default();
    if let Some(o) = body.as_object_mut() {
        o.insert("message".into(), serde_json::json!(message));
        o.insert("exit_code".into(), serde_json::json!(exit_code));
        // Web pages of the candidates mean nothing on a terminal (and may be team pages).
        o.remove("candidate_pages");
    }
    body.to_string()
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
