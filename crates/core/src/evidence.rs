//! Provenance: where a stored fact came from (dataset, file, line).
//!
//! Every answer of the facts engine and every verdict of the checker carries [`Evidence`], so a
//! journalist can open the source file at the line and see the row that decided it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One of the open datasets goalline reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// martj42/international_results (CC0): all men's internationals since 1872.
    Martj42,
    /// The Fjelstul World Cup Database (CC-BY-SA 4.0): men's and women's World Cups 1930–2022.
    Fjelstul,
    /// openfootball worldcup and euro files in Football.TXT (CC0).
    Openfootball,
    /// StatsBomb open event data.
    Statsbomb,
}

impl Source {
    /// Short stored name: `martj42`, `fjelstul`, `openfootball`, `statsbomb`.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Martj42 => "martj42",
            Source::Fjelstul => "fjelstul",
            Source::Openfootball => "openfootball",
            Source::Statsbomb => "statsbomb",
        }
    }

    /// Reads the stored name back.
    pub fn parse(s: &str) -> Option<Source> {
        match s {
            "martj42" => Some(Source::Martj42),
            "fjelstul" => Some(Source::Fjelstul),
            "openfootball" => Some(Source::Openfootball),
            "statsbomb" => Some(Source::Statsbomb),
            _ => None,
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A source row that supports (or refutes) an answer: dataset, file relative to the data
/// directory, 1-based line number, and a short human rendering of the row.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// The dataset.
    pub source: Source,
    /// Path relative to the data directory, e.g. `international/results.csv`.
    pub file: String,
    /// 1-based line number in that file (the header is line 1 for CSVs).
    pub line: u32,
    /// What the row says, e.g. `2022-12-10 England 1–2 France (FIFA World Cup)`.
    pub text: String,
}

impl Evidence {
    /// Builds evidence for one row.
    pub fn new(
        source: Source,
        file: impl Into<String>,
        line: u32,
        text: impl Into<String>,
    ) -> Self {
        Evidence {
            source,
            file: file.into(),
            line,
            text: text.into(),
        }
    }
}

impl Evidence {
    /// `file:line`, or just `file` for a derived fact that has no single row (line 0).
    pub fn location(&self) -> String {
        if self.line == 0 {
            self.file.clone()
        } else {
            format!("{}:{}", self.file, self.line)
        }
    }
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Line 0 means "no single row" (a derived fact): never print `file:0`.
        write!(f, "{}: {}", self.location(), self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_derived_fact_never_prints_file_zero() {
        let e = Evidence::new(
            Source::Martj42,
            "international/goalscorers.csv",
            0,
            "UEFA Euro 2020: 142 goals",
        );
        assert_eq!(
            e.to_string(),
            "international/goalscorers.csv: UEFA Euro 2020: 142 goals"
        );
        assert_eq!(e.location(), "international/goalscorers.csv");
        let row = Evidence::new(Source::Martj42, "international/results.csv", 12, "a row");
        assert_eq!(row.to_string(), "international/results.csv:12: a row");
    }
}
