//! Command-line flags (clap). Raw flags only; [`crate::config`] validates them.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// goalline — the open record of international football, and a fact checker for articles.
#[derive(Debug, Parser)]
#[command(name = "goalline", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// Options shared by every command.
    #[command(flatten)]
    pub global: Global,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Options shared by every command.
#[derive(Debug, Args)]
pub struct Global {
    /// Database: a file path, sqlite://PATH or postgres://USER@HOST/DB [default: $XDG_DATA_HOME/goalline/goalline.db]
    #[arg(long, global = true, env = "GOALLINE_DB", value_name = "PATH|URL")]
    pub db: Option<String>,
    /// Data directory with international/ and worldcup/ [default: ../shared/data when it exists]
    #[arg(long, global = true, env = "GOALLINE_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Print machine-readable JSON instead of tables.
    #[arg(long, global = true)]
    pub json: bool,
    /// More logging (-v info, -vv debug).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

/// Commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import the datasets into the database (atomic; a no-op when nothing changed).
    Import(ImportArgs),
    /// Goals scored versus goals with a known scorer, for a team over a period.
    Coverage(CoverageArgs),
    /// Database status: tables, row counts, linking figures.
    Status,
    /// Manage the source datasets.
    Data {
        /// What to do.
        #[command(subcommand)]
        action: DataAction,
    },
    /// Check an article: every checkable claim with a verdict and its evidence (exit 1 if any is contradicted).
    Check(CheckArgs),
    /// Score the checker on an annotated article set (recall, verdict accuracy, false contradictions).
    Eval(EvalArgs),
    /// Serve the HTTP API and web UI (read-only) until Ctrl-C or SIGTERM.
    Serve(ServeArgs),
    /// One match in full (score, stage, venue, goals, gaps, cards, next fixture), or a list.
    Match(MatchArgs),
    /// A player's tally for a team (an interval with coverage), World Cups, awards, age.
    Player(PlayerArgs),
    /// A team's all-time scorers, World Cup history and shootout record.
    Team(TeamArgs),
    /// All-time World Cup scorers (men's or women's, all teams or one).
    Records(RecordsArgs),
    /// A tournament edition: champion, standings, awards, scorers with coverage, bracket.
    Tournament(TournamentArgs),
    /// Head-to-head record of two teams.
    H2h(H2hArgs),
    /// A player's goal log: date, opponent, competition, stage, minute, penalty, running tally.
    #[command(
        after_help = "Examples:\n  goalline goals Kane --year 2022\n  goalline goals Messi --from 2022-11-20 --to 2022-12-18 --json"
    )]
    Goals(GoalsArgs),
    /// Where the sources disagree (score, minute, scorer, birth date) and which value is used.
    Conflicts(crate::commands::conflicts::ConflictsArgs),
    /// Benchmarks that print figures.
    Bench {
        /// Which benchmark.
        #[command(subcommand)]
        which: BenchWhich,
    },
}

/// `goalline check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The article: a file path, or `-` for standard input.
    pub file: std::path::PathBuf,
    /// Publication date (YYYY-MM-DD); inferred from the text when absent.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Colour the verdicts: auto, always, never.
    #[arg(long, default_value = "auto", value_name = "WHEN")]
    pub color: String,
    /// Largest article read, in bytes (larger ones are refused before the check starts).
    #[arg(
        long,
        default_value_t = 10_000_000,
        value_name = "BYTES",
        env = "GOALLINE_CHECK_MAX_BYTES"
    )]
    pub max_size: u64,
    /// Save the check (in the saved-checks file beside the database, the one `goalline serve`
    /// serves) and print its permalink path, `/checks/<id>`.
    #[arg(long)]
    pub save: bool,
}

/// `goalline eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Directory of annotated articles [default: <data>/../articles/dev].
    pub dir: Option<std::path::PathBuf>,
    /// Print every annotated claim with the checker's verdict.
    #[arg(long)]
    pub verbose_claims: bool,
    /// Plant errors in the SUPPORTED claims (numbers, weekdays, stages, swapped teams) and
    /// report how many come out CONTRADICTED and how many are wrongly SUPPORTED.
    #[arg(long)]
    pub plant: bool,
}

/// `goalline import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Skip malformed rows and list them, instead of aborting at the first one.
    #[arg(long)]
    pub lenient: bool,
    /// Rebuild even if the sources are unchanged, and replace a --db file that is not a
    /// goalline database (refused otherwise).
    #[arg(long)]
    pub force: bool,
    /// Also read a local clone of StatsBomb open-data (github.com/statsbomb/open-data): every
    /// international match with an events file gets event data (complete coverage).
    #[arg(long, value_name = "DIR")]
    pub statsbomb: Option<std::path::PathBuf>,
    /// Import even though this configured source directory is missing (repeatable:
    /// `openfootball`, …). Without it a vanished source fails the import.
    #[arg(long, value_name = "SOURCE")]
    pub allow_missing: Vec<String>,
    /// Seconds to wait for another import of the same database to finish (0: fail at once).
    #[arg(long, value_name = "SECS", default_value_t = 300)]
    pub lock_wait: u64,
}

/// `goalline coverage`.
#[derive(Debug, Args)]
pub struct CoverageArgs {
    /// Team name (any known name, former name, code or nickname).
    pub team: String,
    /// First day (inclusive), YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day (inclusive), YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

/// `goalline data …`.
#[derive(Debug, Subcommand)]
pub enum DataAction {
    /// Download the datasets from their upstream repositories (pinned commits, checksums).
    Pull {
        /// Directory to write into [default: the --data directory].
        #[arg(long, value_name = "DIR")]
        to: Option<PathBuf>,
        /// Base URL of the mirror to download from (for tests and offline mirrors).
        #[arg(long, env = "GOALLINE_MIRROR", value_name = "URL", hide = true)]
        mirror: Option<String>,
        /// Fetch StatsBomb open event data instead (github.com/statsbomb/open-data, Data:
        /// StatsBomb) into DIR/statsbomb-open-data, which `goalline import` then reads.
        /// Example: goalline data pull --statsbomb --competitions "World Cup 2022,Euro 2020"
        #[arg(long)]
        statsbomb: bool,
        /// With --statsbomb: competitions to fetch, comma-separated, by name and season
        /// ("World Cup 2022", "Euro 2020") or StatsBomb ids ("43/106") [default: every
        /// international competition].
        #[arg(long, value_delimiter = ',', requires = "statsbomb")]
        competitions: Vec<String>,
    },
}

/// `goalline bench …`.
#[derive(Debug, Subcommand)]
pub enum BenchWhich {
    /// Time the full import against `sqlite3 .import` of the same CSV files.
    Import {
        /// Repetitions (the median is reported).
        #[arg(long, default_value_t = 5)]
        runs: u32,
    },
}

/// `goalline serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
    pub addr: std::net::SocketAddr,
    /// Database connections (queries running at once).
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub connections: usize,
    /// Per-request timeout in seconds.
    #[arg(long, default_value_t = 10, value_name = "SECS")]
    pub timeout: u64,
    /// Megabytes of GET API answers kept in memory (keys included); 0 turns the cache off.
    #[arg(long, default_value_t = 64, value_name = "MB")]
    pub cache_mb: usize,
    /// Article checks running at once (a pool of their own, so checks never hold up fact
    /// queries; a check asked for when all are busy gets 503).
    #[arg(long, default_value_t = 2, value_name = "N")]
    pub check_workers: usize,
    /// Seconds a client may take to send a request's headers; also how long an idle keep-alive
    /// connection stays open.
    #[arg(long, default_value_t = 10, value_name = "SECS")]
    pub header_timeout: u64,
    /// Open connections at most (kept below the open-file limit).
    #[arg(long, default_value_t = 512, value_name = "N")]
    pub max_connections: usize,
    /// Seconds requests in flight get after Ctrl-C/SIGTERM before their connections are dropped.
    #[arg(long, default_value_t = 10, value_name = "SECS")]
    pub shutdown_grace: u64,
    /// The operator's token: unlocks listing (`GET /api/checks`) and deleting saved checks
    /// (`Authorization: Bearer TOKEN`). Without it saved checks are reachable by id only.
    #[arg(
        long,
        env = "GOALLINE_API_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub api_token: Option<String>,
    /// Delete saved checks older than this many days (at start, then hourly); kept forever
    /// when absent.
    #[arg(long, value_name = "DAYS")]
    pub keep_checks_days: Option<u32>,
}

/// `goalline match`.
#[derive(Debug, Args)]
pub struct MatchArgs {
    /// Zero, one or two team names (any known name, former name, code or nickname).
    pub teams: Vec<String>,
    /// The match day, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// First day (inclusive), YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day (inclusive), YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Competition or edition: "World Cup", "Euro 2020", "Qatar 2022".
    #[arg(long, short = 'c', value_name = "TEXT")]
    pub competition: Option<String>,
    /// Women's football.
    #[arg(long)]
    pub women: bool,
    /// Print storylines: records, round numbers, firsts, best finishes, shootout histories.
    #[arg(long)]
    pub notes: bool,
    /// How many matches a list shows (the most recent).
    #[arg(long, default_value_t = 30, value_name = "N")]
    pub limit: usize,
}

/// `goalline player`.
#[derive(Debug, Args)]
pub struct PlayerArgs {
    /// Player name: full name, surname, any word order, accents optional.
    pub name: String,
    /// The team the tally is for (also narrows the name).
    #[arg(long, value_name = "TEAM")]
    pub team: Option<String>,
    /// Up to and including this day, YYYY-MM-DD (also narrows the name to players active then).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// A women's player.
    #[arg(long)]
    pub women: bool,
}

/// `goalline team`.
#[derive(Debug, Args)]
pub struct TeamArgs {
    /// Team name (any known name, former name, code or nickname).
    pub name: String,
    /// Up to and including this day, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// The women's team.
    #[arg(long)]
    pub women: bool,
    /// How many top scorers (ties at the cut are kept).
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub limit: usize,
}

/// `goalline records`.
#[derive(Debug, Args)]
pub struct RecordsArgs {
    /// Women's World Cups.
    #[arg(long)]
    pub women: bool,
    /// Only this team's scorers.
    #[arg(long, value_name = "TEAM")]
    pub team: Option<String>,
    /// Up to and including this day, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// How many places (ties at the cut are kept).
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub limit: usize,
}

/// `goalline tournament`.
#[derive(Debug, Args)]
pub struct TournamentArgs {
    /// The edition: "World Cup 2022", "Euro 2020", "Qatar 2022", "Women's World Cup 2019",
    /// "Asian Cup 2023", "last year's Copa America" (with --as-of).
    pub name: String,
    /// The day relative phrases ("this year's", "last") refer to, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Women's football.
    #[arg(long)]
    pub women: bool,
    /// How many top scorers (ties at the cut are kept).
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub limit: usize,
}

/// `goalline h2h`.
#[derive(Debug, Args)]
pub struct H2hArgs {
    /// First team.
    pub a: String,
    /// Second team.
    pub b: String,
    /// Up to and including this day, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Women's football.
    #[arg(long)]
    pub women: bool,
    /// How many of the latest meetings to list.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub limit: usize,
}

/// `goalline goals`.
#[derive(Debug, Args)]
pub struct GoalsArgs {
    /// Player name: full name, surname, any word order, accents optional.
    pub name: String,
    /// The team the goals are for (also narrows the name).
    #[arg(long, value_name = "TEAM")]
    pub team: Option<String>,
    /// A calendar year (sets --from and --to).
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,
    /// First day (inclusive), YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day (inclusive), YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// A women's player.
    #[arg(long)]
    pub women: bool,
}
