//! Per-file and per-group coverage reports: matches, goals, line-ups, squad rows and skipped
//! lines, rendered as a plain-text table.
//!
//! This module only counts and formats; it must not parse.

use crate::dir::{FileGroup, FileOutcome, FileResult};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// What one file yielded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileReport {
    /// Path relative to the data root.
    pub path: String,
    /// The file's group.
    pub group: FileGroup,
    /// False for files the parser does not read.
    pub attempted: bool,
    /// Matches (results and fixtures).
    pub matches: usize,
    /// Matches with a result.
    pub results: usize,
    /// Goal rows.
    pub goals: usize,
    /// Matches with both line-ups.
    pub lineups: usize,
    /// Matches with shoot-out kicks listed.
    pub shootouts: usize,
    /// Squad rows.
    pub squad_rows: usize,
    /// Physical lines skipped by the lenient parser.
    pub skipped: usize,
    /// Warnings (weekday mismatches, more scorers than goals…).
    pub warnings: usize,
    /// The first skipped line as `line: reason`, if any.
    pub first_skipped: Option<String>,
}

impl FileReport {
    /// Counts one file's outcome.
    pub fn from_result(r: &FileResult) -> FileReport {
        let mut rep = FileReport {
            path: r.path.clone(),
            group: r.group,
            attempted: r.group.attempted(),
            matches: 0,
            results: 0,
            goals: 0,
            lineups: 0,
            shootouts: 0,
            squad_rows: 0,
            skipped: 0,
            warnings: 0,
            first_skipped: None,
        };
        match &r.outcome {
            FileOutcome::Parsed(p) => {
                let d = &p.document;
                rep.matches = d.matches.len();
                rep.results = d.matches.iter().filter(|m| m.score.is_some()).count();
                rep.goals = d.goal_count();
                rep.lineups = d.lineup_count();
                rep.shootouts = d.matches.iter().filter(|m| !m.shootout.is_empty()).count();
                rep.squad_rows = d.squads.len();
                rep.skipped = p.skipped.len();
                rep.warnings = d.warnings.len();
                rep.first_skipped = p
                    .skipped
                    .first()
                    .map(|s| format!("{}:{}: {}", s.line, s.error.column(), s.error.reason()));
            }
            FileOutcome::Unreadable(e) => {
                rep.skipped = 1;
                rep.first_skipped = Some(e.to_string());
            }
            FileOutcome::NotAttempted => {}
        }
        rep
    }
}

/// Totals of one group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSummary {
    /// The group.
    pub group: FileGroup,
    /// Number of files.
    pub files: usize,
    /// Matches.
    pub matches: usize,
    /// Matches with a result.
    pub results: usize,
    /// Goal rows.
    pub goals: usize,
    /// Matches with both line-ups.
    pub lineups: usize,
    /// Matches with shoot-out kicks.
    pub shootouts: usize,
    /// Squad rows.
    pub squad_rows: usize,
    /// Skipped lines.
    pub skipped: usize,
    /// Warnings.
    pub warnings: usize,
}

/// Sums the reports per group (groups without files are left out).
pub fn summarize(reports: &[FileReport]) -> Vec<GroupSummary> {
    FileGroup::ALL
        .iter()
        .filter_map(|&group| {
            let rs: Vec<&FileReport> = reports.iter().filter(|r| r.group == group).collect();
            if rs.is_empty() {
                return None;
            }
            let sum = |f: fn(&FileReport) -> usize| rs.iter().map(|r| f(r)).sum();
            Some(GroupSummary {
                group,
                files: rs.len(),
                matches: sum(|r| r.matches),
                results: sum(|r| r.results),
                goals: sum(|r| r.goals),
                lineups: sum(|r| r.lineups),
                shootouts: sum(|r| r.shootouts),
                squad_rows: sum(|r| r.squad_rows),
                skipped: sum(|r| r.skipped),
                warnings: sum(|r| r.warnings),
            })
        })
        .collect()
}

/// Renders the per-file table (attempted files only) followed by the per-group totals.
pub fn render_table(reports: &[FileReport]) -> String {
    let mut out = String::new();
    let width = reports
        .iter()
        .filter(|r| r.attempted)
        .map(|r| r.path.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    let _ = writeln!(
        out,
        "{:<width$}  {:>7} {:>7} {:>6} {:>7} {:>6} {:>7} {:>7} {:>5}",
        "file", "matches", "results", "goals", "lineups", "pens", "squad", "skipped", "warn"
    );
    for r in reports.iter().filter(|r| r.attempted) {
        let _ = writeln!(
            out,
            "{:<width$}  {:>7} {:>7} {:>6} {:>7} {:>6} {:>7} {:>7} {:>5}",
            r.path,
            r.matches,
            r.results,
            r.goals,
            r.lineups,
            r.shootouts,
            r.squad_rows,
            r.skipped,
            r.warnings
        );
        if let Some(s) = &r.first_skipped {
            let _ = writeln!(out, "{:<width$}    first skipped line {s}", "");
        }
    }
    let _ = writeln!(out);
    out.push_str(&render_summary(&summarize(reports)));
    out
}

/// Renders the per-group totals.
pub fn render_summary(groups: &[GroupSummary]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<28} {:>5} {:>7} {:>7} {:>6} {:>7} {:>5} {:>6} {:>7} {:>5}",
        "group",
        "files",
        "matches",
        "results",
        "goals",
        "lineups",
        "pens",
        "squad",
        "skipped",
        "warn"
    );
    for g in groups {
        let _ = writeln!(
            out,
            "{:<28} {:>5} {:>7} {:>7} {:>6} {:>7} {:>5} {:>6} {:>7} {:>5}",
            g.group.label(),
            g.files,
            g.matches,
            g.results,
            g.goals,
            g.lineups,
            g.shootouts,
            g.squad_rows,
            g.skipped,
            g.warnings
        );
    }
    out
}
