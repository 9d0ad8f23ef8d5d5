//! Errors raised when text cannot be read as a domain value (a minute, a stage, a date).

use thiserror::Error;

/// A value of the domain model could not be parsed from text.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum CoreError {
    /// A minute label such as `54'`, `90'+3'` or `90+3` was expected.
    #[error("invalid minute {0:?}: expected a minute such as 54, 54', 90+3 or 90'+3'")]
    Minute(String),
    /// A stage name such as `quarter-finals` or `group stage` was expected.
    #[error("unknown stage {0:?}: expected e.g. group stage, round of 16, quarter-final, semi-final, third place, final")]
    Stage(String),
    /// A date in `YYYY-MM-DD` form was expected.
    #[error("invalid date {0:?}: expected YYYY-MM-DD")]
    Date(String),
}
