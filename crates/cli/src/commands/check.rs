//! `goalline check ARTICLE [--save]` and `goalline eval [DIR]`. `--save` keeps the check where
//! `goalline serve` serves `/checks/<id>` from: the saved-checks sidecar beside an SQLite
//! database (`goalline_store_sqlite::checks`), or the `goalline_checks` schema of a PostgreSQL
//! one (`goalline_store_postgres::checks`).

use crate::args::{CheckArgs, EvalArgs};
use crate::config::Config;
use crate::exit;
use crate::output;
use anyhow::{Context, Result};
use goalline_check::eval::{Evaluation, Mutation, PlantedErrors};
use goalline_check::Checker;
use goalline_core::{Date, Verdict};
use goalline_facts::Facts;
use goalline_store::{CheckStore, DataVersion, NewCheck, SavedCheck};
use goalline_store_sqlite::SqliteCheckStore;
use std::io::{IsTerminal, Read};

fn checker(cfg: &Config) -> Result<Checker> {
    Ok(checker_versioned(cfg)?.0)
}

/// The checker, and the version of the data it reads.
fn checker_versioned(cfg: &Config) -> Result<(Checker, DataVersion)> {
    let store = super::open_store(cfg)?;
    let version = store.data_version()?;
    let facts = Facts::new(store.into_arc())?;
    Ok((Checker::new(facts), version))
}

/// Saves a check in the sidecar beside the database (where `goalline serve` looks).
fn save(
    cfg: &Config,
    text: String,
    date: Option<Date>,
    report: &goalline_check::Report,
    version: DataVersion,
) -> Result<SavedCheck> {
    let checks: Box<dyn CheckStore> = match &cfg.db {
        goalline_store::DbLocation::Postgres(url) => {
            Box::new(goalline_store_postgres::PgCheckStore::open(url)?)
        }
        db => Box::new(SqliteCheckStore::open_beside(crate::config::sqlite_path(
            db,
        )?)?),
    };
    let saved = checks.save(NewCheck {
        text,
        date,
        report_json: serde_json::to_string(report)?,
        data_version: version,
    })?;
    Ok(saved)
}

/// Reads the article: a regular file or standard input, at most `limit` bytes (a larger one,
/// a FIFO, a device such as `/dev/zero` or a directory is refused before anything is read),
/// decoded as UTF-8 or BOM-marked UTF-16.
fn read_article(path: &std::path::Path, limit: u64) -> Result<String> {
    let too_big = |what: &str, size: Option<u64>| {
        let size = size.map_or_else(
            || "more".to_string(),
            |n| format!("{:.1} MB", n as f64 / 1e6),
        );
        anyhow::anyhow!(
            "{what} is {size} than the {:.1} MB an article may be ({limit} bytes); raise --max-size (or GOALLINE_CHECK_MAX_BYTES) to check it anyway",
            limit as f64 / 1e6
        )
    };
    let bytes = if path.as_os_str() == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .lock()
            .take(limit.saturating_add(1))
            .read_to_end(&mut b)
            .context("reading the article from standard input")?;
        if b.len() as u64 > limit {
            return Err(too_big("standard input", None));
        }
        b
    } else {
        let meta =
            std::fs::metadata(path).with_context(|| format!("reading {}", path.display()))?;
        if !meta.is_file() {
            let kind = if meta.is_dir() {
                "a directory"
            } else {
                "not a regular file (a pipe, socket or device)"
            };
            anyhow::bail!(
                "{} is {kind}; goalline check reads a regular file, or standard input with `-`",
                path.display()
            );
        }
        if meta.len() > limit {
            return Err(too_big(&path.display().to_string(), Some(meta.len())));
        }
        let mut b = Vec::new();
        std::fs::File::open(path)
            .with_context(|| format!("reading {}", path.display()))?
            .take(limit.saturating_add(1))
            .read_to_end(&mut b)
            .with_context(|| format!("reading {}", path.display()))?;
        if b.len() as u64 > limit {
            return Err(too_big(&path.display().to_string(), None));
        }
        b
    };
    // Invalid UTF-8 is replaced, not rejected: an article is prose, not data.
    Ok(goalline_check::input::decode(&bytes).0)
}

/// True when standard output was closed when the process started (`goalline check … >&-`):
/// Rust then points it at `/dev/null` opened read-write, which a shell redirection
/// (`> /dev/null`, write-only) never does. Linux only; elsewhere false.
fn stdout_closed() -> bool {
    let null =
        std::fs::read_link("/proc/self/fd/1").is_ok_and(|p| p == std::path::Path::new("/dev/null"));
    null && std::fs::read_to_string("/proc/self/fdinfo/1").is_ok_and(|info| {
        info.lines()
            .find_map(|l| l.strip_prefix("flags:"))
            .and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
            .is_some_and(|flags| flags & 0o3 == 0o2)
    })
}

/// Runs `goalline check`.
pub fn run(cfg: &Config, args: &CheckArgs) -> Result<u8> {
    let date = args
        .date
        .as_deref()
        .map(|s| {
            Date::parse_from_str(s, "%Y-%m-%d")
                .with_context(|| format!("--date {s:?}: expected YYYY-MM-DD"))
        })
        .transpose()?;
    let color = match args.color.as_str() {
        "always" => true,
        "never" => false,
        "auto" => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        other => anyhow::bail!("--color {other:?}: expected auto, always or never"),
    };
    if stdout_closed() {
        anyhow::bail!(
            "standard output is closed: the report would be lost; send it to a file or a pipe"
        );
    }
    let text = read_article(&args.file, args.max_size)?;
    let (checker, version) = checker_versioned(cfg)?;
    let report = checker.check(&text, date);
    let saved = if args.save {
        Some(save(cfg, text, date, &report, version)?)
    } else {
        None
    };
    let written = match (&saved, cfg.json) {
        // What `POST /api/checks` answers: id, permalink, data status, exports and the report.
        (Some(saved), true) => {
            goalline_server::api::checks::SavedCheckView::new(saved, &saved.data_version)
                .map_err(anyhow::Error::from)
                .and_then(|view| output::json(&view))
        }
        (None, true) => output::json(&report),
        (saved, false) => output::print(goalline_check::render::human(&report, color)).and_then(
            |()| match saved {
                Some(s) => output::print(format!("saved: {}", s.id.permalink())),
                None => Ok(()),
            },
        ),
    };
    if let Err(e) = written {
        // Unlike a listing cut short by `| head`, a report that was not written is a failure.
        eprintln!("error: cannot write the report: {e:#}");
        return Ok(exit::ERROR);
    }
    Ok(if report.has_contradiction() {
        exit::CONTRADICTED
    } else {
        exit::OK
    })
}

/// Runs `goalline eval`: recall, verdict accuracy and false contradictions on an annotated
/// set, or (`--plant`) how many planted errors come out CONTRADICTED. Exits with the
/// CONTRADICTED code when the checker contradicted a claim the annotation does not.
pub fn eval(cfg: &Config, args: &EvalArgs) -> Result<u8> {
    let dir = match &args.dir {
        Some(d) => d.clone(),
        None => cfg.data_dir()?.join("../articles/dev"),
    };
    let checker = checker(cfg)?;
    if args.plant {
        let p = goalline_check::eval::plant(&checker, &dir)?;
        if cfg.json {
            output::json(&p)?;
        } else {
            print_planting(&p)?;
        }
        return Ok(exit::OK);
    }
    let ev = goalline_check::eval::evaluate(&checker, &dir)?;
    let false_c = ev.false_contradictions();
    if cfg.json {
        output::json(&serde_json::json!({
            "total": ev.total, "found": ev.found, "correct": ev.correct,
            "recall": ev.recall(), "accuracy": ev.accuracy(),
            "false_contradictions": false_c.len(),
            "outcomes": ev.outcomes,
        }))?;
    } else {
        if args.verbose_claims {
            print_outcomes(&ev)?;
        }
        let mut t = output::table(&[
            "annotated claims",
            "found (recall)",
            "verdict correct (accuracy)",
            "false CONTRADICTED",
        ]);
        t.add_row(vec![
            ev.total.to_string(),
            format!("{} ({:.2})", ev.found, ev.recall()),
            format!("{} ({:.2})", ev.correct, ev.accuracy()),
            false_c.len().to_string(),
        ]);
        output::print(t)?;
        for o in &false_c {
            output::print(format!(
                "FALSE CONTRADICTED in {}: {:?}",
                o.article, o.expected.claim
            ))?;
        }
    }
    Ok(if false_c.is_empty() {
        exit::OK
    } else {
        exit::CONTRADICTED
    })
}

/// One line per annotated claim: a mark (` ` right, `x` wrong, `!` false contradiction), the
/// article, the annotated kind and verdict, the checker's verdict, and for wrong ones what the
/// checker read.
fn print_outcomes(ev: &Evaluation) -> Result<()> {
    for o in &ev.outcomes {
        let got = o
            .found
            .as_ref()
            .map(|f| f.verdict.as_str())
            .unwrap_or("MISSING");
        let mark = if o.correct() {
            " "
        } else if o.false_contradiction() {
            "!"
        } else {
            "x"
        };
        output::print(format!(
            "{mark} {:<8} {:<14} {:<12} {:<12} {}",
            o.article.chars().take(8).collect::<String>(),
            o.expected.kind,
            o.expected.verdict.as_str(),
            got,
            o.expected.claim
        ))?;
        if let Some(f) = &o.found {
            if !o.correct() {
                output::print(format!(
                    "           ↳ [{} {}] {} :: {}",
                    f.kind.as_str(),
                    f.rule,
                    f.text,
                    f.explanation
                ))?;
            }
        }
    }
    Ok(())
}

fn print_planting(p: &PlantedErrors) -> Result<()> {
    let mut t = output::table(&[
        "mutation",
        "planted",
        "CONTRADICTED",
        "SUPPORTED",
        "UNVERIFIABLE",
        "no claim",
    ]);
    for m in [
        Mutation::Number,
        Mutation::Weekday,
        Mutation::Stage,
        Mutation::Teams,
    ] {
        let of: Vec<_> = p.planted.iter().filter(|x| x.mutation == m).collect();
        let n = |v: Option<Verdict>| of.iter().filter(|x| x.verdict == v).count().to_string();
        t.add_row(vec![
            format!("{m:?}").to_lowercase(),
            of.len().to_string(),
            n(Some(Verdict::Contradicted)),
            n(Some(Verdict::Supported)),
            n(Some(Verdict::Unverifiable)),
            n(None),
        ]);
    }
    output::print(t)?;
    output::print(format!(
        "planted {}, caught {} ({:.2}), still SUPPORTED {}",
        p.total(),
        p.caught(),
        p.caught() as f64 / p.total().max(1) as f64,
        p.supported().len()
    ))?;
    for x in p.supported() {
        output::print(format!(
            "SUPPORTED planted error in {}: {:?} -> {:?} :: {}",
            x.article,
            x.claim,
            x.planted,
            x.explanation.clone().unwrap_or_default()
        ))?;
    }
    Ok(())
}
