//! The crate's error type: what went wrong, where (`file:line:column`) and what was expected.
//!
//! This module owns the wording of errors; it must not decide *whether* something is an error
//! (that is the grammar's job).

use std::path::PathBuf;
use thiserror::Error;

/// Parsing or reading Football.TXT failed.
#[derive(Debug, Error)]
pub enum ParseError {
    /// A line does not follow the Football.TXT grammar. Fix the line (or report the variant so
    /// the grammar can learn it); `column` is 1-based and counts characters.
    #[error("{file}:{line}:{column}: expected {expected}, found {found:?}")]
    Syntax {
        /// The file label given to the parser.
        file: String,
        /// 1-based line.
        line: u32,
        /// 1-based column (characters).
        column: u32,
        /// What the grammar expected at that point.
        expected: String,
        /// The text found there (up to the end of the line, shortened).
        found: String,
    },
    /// A value is well-formed but impossible, such as `Feb 30` or a month `13`.
    #[error("{file}:{line}:{column}: invalid {what} {found:?}: {reason}")]
    Invalid {
        /// The file label given to the parser.
        file: String,
        /// 1-based line.
        line: u32,
        /// 1-based column (characters).
        column: u32,
        /// The kind of value, e.g. `date`.
        what: &'static str,
        /// The offending text.
        found: String,
        /// Why it is invalid.
        reason: String,
    },
    /// The bytes are not UTF-8 text (invalid UTF-8, UTF-16, NUL bytes); save the file as UTF-8.
    #[error("{file}:{line}:{column}: invalid UTF-8: {reason}")]
    Encoding {
        /// The file label.
        file: String,
        /// 1-based line.
        line: u32,
        /// 1-based column (characters) of the first bad byte.
        column: u32,
        /// What is wrong and what to do.
        reason: String,
    },
    /// A file or directory could not be read; check the path and permissions.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

impl ParseError {
    /// The 1-based line the error points at (0 for I/O errors).
    pub fn line(&self) -> u32 {
        match self {
            ParseError::Syntax { line, .. }
            | ParseError::Invalid { line, .. }
            | ParseError::Encoding { line, .. } => *line,
            ParseError::Io { .. } => 0,
        }
    }

    /// The 1-based column the error points at (0 for I/O errors).
    pub fn column(&self) -> u32 {
        match self {
            ParseError::Syntax { column, .. }
            | ParseError::Invalid { column, .. }
            | ParseError::Encoding { column, .. } => *column,
            ParseError::Io { .. } => 0,
        }
    }

    /// A short reason without the location prefix, for reports.
    pub fn reason(&self) -> String {
        match self {
            ParseError::Syntax {
                expected, found, ..
            } => format!("expected {expected}, found {found:?}"),
            ParseError::Invalid {
                what,
                found,
                reason,
                ..
            } => format!("invalid {what} {found:?}: {reason}"),
            ParseError::Encoding { reason, .. } => format!("invalid UTF-8: {reason}"),
            ParseError::Io { source, .. } => source.to_string(),
        }
    }
}
