//! Shared plumbing of the facts commands (`match`, `player`, `team`, `records`, `tournament`,
//! `h2h`): opening the engine, reading dates, naming things, printing evidence and coverage.
//! No question is answered here.

use crate::config::Config;
use crate::output;
use anyhow::{Context, Result};
use goalline_core::{Coverage, Date, Evidence, Gender, Tally, TeamId};
use goalline_facts::Facts;

/// Opens the database (building it on first use) and the facts engine over it.
///
/// A command answers from one read transaction: every query sees the same snapshot, and
/// SQLite takes its shared lock once instead of once per query (a cold `records` makes ~1,000
/// queries; locking and the hot-journal check were a third of its time). The transaction ends
/// with the process.
///
/// The engine lives as long as the process (it is leaked on purpose): a command answers one
/// question and exits, and freeing its caches row by row at exit cost ~1 ms of a cold
/// `team England`.
pub fn open_facts(cfg: &Config) -> Result<&'static Facts> {
    let store = super::open_store(cfg)?;
    // SQLite: one read transaction for the whole command. PostgreSQL needs none: the store
    // reads the data schema that was live when it was opened, which no re-import changes.
    if let super::OpenStore::Sqlite(s) = &store {
        s.conn()
            .execute_batch("BEGIN")
            .context("starting a read transaction")?;
    }
    Ok(Box::leak(Box::new(Facts::new(store.into_arc())?)))
}

/// Parses an optional `YYYY-MM-DD` flag value.
pub fn date_flag(flag: &str, s: Option<&str>) -> Result<Option<Date>> {
    s.map(|s| {
        Date::parse_from_str(s.trim(), "%Y-%m-%d")
            .with_context(|| format!("{flag} {s:?}: expected a date YYYY-MM-DD"))
    })
    .transpose()
}

/// `--women` → women's football, otherwise men's.
pub fn gender(women: bool) -> Gender {
    if women {
        Gender::Women
    } else {
        Gender::Men
    }
}

/// Resolves a team name (ambiguity and unknown names become errors with candidates/hints).
pub fn team(facts: &Facts, name: &str, on: Option<Date>, g: Gender) -> Result<TeamId> {
    Ok(facts.team(name, on, Some(g))?)
}

/// A tally as prose: "53 (exact)", "at least 47", "47–60".
pub fn tally_text(t: Tally) -> String {
    if t.is_exact() {
        format!("{} (exact)", t.low)
    } else if t.is_unbounded() {
        format!("at least {}", t.low)
    } else {
        format!("{}–{} (at least {})", t.low, t.high, t.low)
    }
}

/// Coverage as prose.
pub fn coverage_text(c: Coverage) -> String {
    match c {
        Coverage::Exact => "exact".into(),
        Coverage::Bounded { unknown } => format!(
            "lower bound: up to {unknown} more goals are possible (goals without a scorer row)"
        ),
        Coverage::LowerBound => "lower bound (no upper bound in the data)".into(),
        Coverage::None => "not covered by the data".into(),
    }
}

/// Prints up to `max` evidence rows, then how many more there are.
pub fn print_evidence(evidence: &[Evidence], max: usize) -> Result<()> {
    if evidence.is_empty() {
        return Ok(());
    }
    output::print("Evidence:")?;
    for e in evidence.iter().take(max) {
        output::print(format!("  {e}"))?;
    }
    if evidence.len() > max {
        output::print(format!(
            "  … and {} more rows (--json lists them all)",
            evidence.len() - max
        ))?;
    }
    Ok(())
}

/// Prints a note line when there is one.
pub fn print_note(note: &Option<String>) -> Result<()> {
    if let Some(n) = note {
        output::print(format!("Note: {n}"))?;
    }
    Ok(())
}

/// "2–1", or "?–?" for an unknown score.
pub fn score(h: Option<u32>, a: Option<u32>) -> String {
    match (h, a) {
        (Some(h), Some(a)) => format!("{h}–{a}"),
        _ => "?–?".into(),
    }
}
