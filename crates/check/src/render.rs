//! Renders a [`Report`] for people: claims in text order with the quoted span, a coloured
//! verdict, the explanation, evidence lines and a summary. (JSON is the serde form of Report.)

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
            crate::DateSource::Given => "given with --date",
            crate::DateSource::Header => "from the DATE: header",
            crate::DateSource::Inferred => "inferred from the text",
            crate::DateSource::Unknown => "no date found: relative dates cannot be resolved",
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
            serde_json::to_value(c.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
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
    let _ = writeln!(
        s,
        "\n{} claims: {} supported, {} contradicted, {} unverifiable",
        report.summary.claims,
        report.summary.supported,
        report.summary.contradicted,
        report.summary.unverifiable
    );
    s
}
