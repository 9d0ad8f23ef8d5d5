//! Renders a [`Report`] for people: claims in text order with the quoted span, a coloured
//! verdict, the explanation, evidence lines and a summary. (JSON is the serde form of Report.)

use crate::report::DateSource;
use crate::Report;
use goalline_core::Verdict;
use std::fmt::Write;

/// Text report; `color` adds ANSI colours.
pub fn human(report: &Report, color: bool) -> String {
    let mut s = String::new();
    let paint = |v: Verdict| -> String {
        let (code, label) = match v {
            Verdict::Supported => ("32", "SUPPORTED"),
            Verdict::Contradicted => ("31;1", "CONTRADICTED"),
            Verdict::Unverifiable => ("33", "UNVERIFIABLE"),
        };
        if color {
            format!("\x1b[{code}m{label}\x1b[0m")
        } else {
            label.to_string()
        }
    };
    let _ = writeln!(
        s,
        "Date: {} ({})",
        report
            .date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "unknown".into()),
        match report.date_source {
            DateSource::Given => "given with --date",
            DateSource::Header => "from the DATE: header",
            DateSource::Inferred => "inferred from the text",
            DateSource::Unknown => "no date found: relative dates cannot be resolved",
        }
    );
    let _ = writeln!(
        s,
        "Match: {}",
        report
            .main_match
            .clone()
            .unwrap_or_else(|| "none identified".into())
    );
    let _ = writeln!(s);
    for c in &report.claims {
        let _ = writeln!(
            s,
            "{:>12}  [{}] “{}”",
            paint(c.verdict),
            c.kind.as_str(),
            c.text.replace('\n', " ")
        );
        let _ = writeln!(s, "              {}", c.explanation);
        if let Some(correct) = &c.correct {
            let _ = writeln!(s, "              correct: {correct}");
        }
        for e in c.evidence.iter().take(4) {
            let _ = writeln!(s, "              · {e}");
        }
    }
    if !report.unchecked.is_empty() {
        let _ = writeln!(
            s,
            "\nNot checked (facts without a claim the checker can read):"
        );
        for u in &report.unchecked {
            let _ = writeln!(s, "              “{}”", u.text.replace('\n', " "));
        }
    }
    let _ = writeln!(
        s,
        "\n{} claims: {} supported, {} contradicted, {} unverifiable; {} sentences not checked",
        report.summary.claims,
        report.summary.supported,
        report.summary.contradicted,
        report.summary.unverifiable,
        report.summary.unchecked
    );
    s
}
