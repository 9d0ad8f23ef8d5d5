//! Exports of a saved check: Markdown (the article with a verdict mark after every claim, then
//! a claim table) and CSV (one row per claim, written by the `csv` crate, so quotes, commas and
//! line breaks inside a cell are quoted as RFC 4180 says).
//!
//! The Markdown marks come from the same segmentation as the check page
//! ([`crate::pages::check::segments_with`]): each piece of the article is marked with the most
//! specific claim covering it. Article text is escaped so that it reads as written (no stray
//! emphasis, links or HTML). CSV cells that a spreadsheet would run as a formula (starting
//! with `=`, `+`, `-`, `@`, a tab or a carriage return) get a leading `'`: articles are
//! user text, and the CSV is made to be opened in a spreadsheet.

use crate::error::ServerError;
use crate::pages::check::segments_with;
use goalline_check::{Claim, Report};
use goalline_core::Verdict;
use goalline_store::SavedCheck;
use std::fmt::Write;

/// The mark of a verdict: `✓` supported, `✗` contradicted, `?` unverifiable.
pub fn mark(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "✓",
        Verdict::Contradicted => "✗",
        Verdict::Unverifiable => "?",
    }
}

/// Escapes Markdown's inline syntax so `s` reads as written.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(
            ch,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// A table cell: escaped, on one line.
fn cell(s: &str) -> String {
    md_escape(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Article text as Markdown: escaped, and every line break kept as a hard break.
fn md_text(s: &str) -> String {
    md_escape(s).replace('\n', "  \n")
}

fn evidence_list(c: &Claim) -> Vec<String> {
    c.evidence
        .iter()
        .map(|e| format!("{} ({}): {}", e.location(), e.source.as_str(), e.text))
        .collect()
}

/// The saved check as Markdown.
pub fn markdown(saved: &SavedCheck, report: &Report) -> String {
    let text = &saved.text;
    let mut md = String::new();
    let s = &report.summary;
    let _ = writeln!(md, "# Checked article\n");
    let _ = writeln!(
        md,
        "- Saved: {} — permalink `{}`",
        saved
            .created_at
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        saved.id.permalink()
    );
    let _ = writeln!(
        md,
        "- Publication date: {}",
        report
            .date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "unknown".into())
    );
    if let Some(m) = &report.main_match {
        let _ = writeln!(md, "- Main match: {}", md_escape(m));
    }
    let _ = writeln!(
        md,
        "- Checked against: data import `{}`{}",
        saved.data_version.import_id.as_deref().unwrap_or("unknown"),
        saved
            .data_version
            .goalline_version
            .as_deref()
            .map(|v| format!(" (goalline {v})"))
            .unwrap_or_default()
    );
    let _ = writeln!(
        md,
        "- Claims: {} — {} supported, {} contradicted, {} unverifiable\n",
        s.claims, s.supported, s.contradicted, s.unverifiable
    );
    let _ = writeln!(
        md,
        "Each checked passage is in bold, followed by its claim number and verdict: \
         ✓ supported, ✗ contradicted, ? unverifiable.\n"
    );
    let _ = writeln!(md, "## Article\n");
    for seg in segments_with(text, &report.claims, &[]) {
        let piece = text.get(seg.start..seg.end).unwrap_or_default();
        match seg.claim {
            Some(i) => {
                let c = &report.claims[i];
                let core = piece.trim();
                if core.is_empty() {
                    md.push_str(&md_text(piece));
                    continue;
                }
                let lead = &piece[..piece.len() - piece.trim_start().len()];
                let tail = &piece[piece.trim_end().len()..];
                let _ = write!(
                    md,
                    "{}**{}** \\[{}{}\\]{}",
                    md_text(lead),
                    md_text(core),
                    mark(c.verdict),
                    i + 1,
                    md_text(tail)
                );
            }
            None => md.push_str(&md_text(piece)),
        }
    }
    let _ = writeln!(md, "\n\n## Claims\n");
    if report.claims.is_empty() {
        let _ = writeln!(
            md,
            "No checkable claim about international football was found."
        );
        return md;
    }
    let _ = writeln!(
        md,
        "| # | Verdict | Kind | Claim | Explanation | Correct | Evidence |"
    );
    let _ = writeln!(md, "|---|---|---|---|---|---|---|");
    for (i, c) in report.claims.iter().enumerate() {
        let _ = writeln!(
            md,
            "| {} | {} {} | {} | {} | {} | {} | {} |",
            i + 1,
            mark(c.verdict),
            c.verdict.as_str(),
            cell(&c.kind.as_str().replace('_', " ")),
            cell(&c.text),
            cell(&c.explanation),
            cell(c.correct.as_deref().unwrap_or("")),
            cell(&evidence_list(c).join("; ")),
        );
    }
    md
}

/// A CSV cell a spreadsheet will not run as a formula.
pub fn csv_safe(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

/// The claims as CSV: a header row, then one row per claim.
pub fn csv(report: &Report) -> Result<String, ServerError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let bad = |e: csv::Error| ServerError::Internal(format!("writing CSV: {e}"));
    w.write_record([
        "claim",
        "verdict",
        "kind",
        "text",
        "explanation",
        "correct",
        "checked_against",
        "evidence",
        "rule",
        "start",
        "end",
    ])
    .map_err(bad)?;
    for (i, c) in report.claims.iter().enumerate() {
        w.write_record([
            (i + 1).to_string(),
            c.verdict.as_str().to_string(),
            c.kind.as_str().to_string(),
            csv_safe(&c.text),
            csv_safe(&c.explanation),
            csv_safe(c.correct.as_deref().unwrap_or("")),
            csv_safe(c.checked_against.as_deref().unwrap_or("")),
            csv_safe(&evidence_list(c).join("\n")),
            c.rule.clone(),
            c.start.to_string(),
            c.end.to_string(),
        ])
        .map_err(bad)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| ServerError::Internal(format!("writing CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| ServerError::Internal(format!("writing CSV: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_syntax_in_the_article_is_escaped() {
        assert_eq!(
            md_escape("*a* [b](c) <x> #1 | _y_"),
            r"\*a\* \[b\](c) \<x\> \#1 \| \_y\_"
        );
        assert_eq!(cell("a\nb |  c"), r"a b \| c");
    }

    #[test]
    fn formulas_are_neutralised_and_the_rest_left_alone() {
        assert_eq!(csv_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_safe("-1+2"), "'-1+2");
        assert_eq!(csv_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_safe("England 1-2 France"), "England 1-2 France");
        assert_eq!(csv_safe(""), "");
    }
}
