//! `goalline conflicts`: where the sources disagree (a score, a minute, a scorer, a birth date),
//! what each says with its row, and which one goalline uses by which rule.
//!
//! Read-only: the disagreements are found at import time (`goalline_ingest::conflicts`).

use crate::config::Config;
use crate::exit;
use crate::output;
use anyhow::Result;
use clap::{Args, ValueEnum};
use goalline_store::ConflictRow;
use std::collections::BTreeMap;

/// What the sources disagree on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// Final score or shoot-out.
    Score,
    /// Minute of the same goal.
    Minute,
    /// Who scored, or whether a goal was a penalty or an own goal.
    Scorer,
    /// A player's birth date.
    Birth,
}

impl KindArg {
    fn as_str(self) -> &'static str {
        match self {
            KindArg::Score => "score",
            KindArg::Minute => "minute",
            KindArg::Scorer => "scorer",
            KindArg::Birth => "birth",
        }
    }
}

/// `goalline conflicts`.
#[derive(Debug, Args)]
pub struct ConflictsArgs {
    /// Only this kind of disagreement.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Only tournaments whose name contains this text, e.g. "World Cup 2022", "Euro", "1930".
    #[arg(long, value_name = "TEXT")]
    pub tournament: Option<String>,
}

/// Runs `goalline conflicts`.
pub fn run(cfg: &Config, args: &ConflictsArgs) -> Result<u8> {
    let store = super::open_store(cfg)?;
    let rows = store.conflicts(
        args.kind.map(KindArg::as_str),
        args.tournament.as_deref().map(str::trim),
    )?;
    if cfg.json {
        output::json(&serde_json::json!({
            "count": rows.len(),
            "by_kind": by_kind(&rows),
            "conflicts": rows,
        }))?;
        return Ok(exit::OK);
    }
    if rows.is_empty() {
        output::print("No disagreement between the sources matches this filter.")?;
        return Ok(exit::OK);
    }
    let mut t = output::table(&["tournament", "kind", "disagreement", "used", "not used"]);
    for c in &rows {
        let side = |e: &goalline_core::Evidence| {
            format!("{}: {}\n{}:{}", e.source, e.text, e.file, e.line)
        };
        // The description ends with what each side says, which the next columns show.
        let what = c
            .description
            .split_once(&format!(": {} says", c.preferred.source))
            .map_or(c.description.as_str(), |(w, _)| w);
        t.add_row(vec![
            c.tournament.clone(),
            c.kind.clone(),
            what.to_string(),
            side(&c.preferred),
            side(&c.other),
        ]);
    }
    output::print(t)?;
    output::print(format!(
        "{} disagreements ({}).",
        rows.len(),
        by_kind(&rows)
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    ))?;
    let mut rules: Vec<&str> = rows.iter().map(|c| c.rule.as_str()).collect();
    rules.sort_unstable();
    rules.dedup();
    output::print("Rules that chose the value used:")?;
    for r in rules {
        output::print(format!("  - {r}"))?;
    }
    Ok(exit::OK)
}

fn by_kind(rows: &[ConflictRow]) -> BTreeMap<&str, usize> {
    let mut m = BTreeMap::new();
    for c in rows {
        *m.entry(c.kind.as_str()).or_default() += 1;
    }
    m
}
