//! The shape of every answer: a value, the rows that prove it, and how complete those rows are.

use goalline_core::{Coverage, Evidence};
use serde::Serialize;

/// A value with its evidence and coverage.
#[derive(Debug, Clone, Serialize)]
pub struct Answer<T> {
    /// The answer.
    pub value: T,
    /// The source rows behind it.
    pub evidence: Vec<Evidence>,
    /// How completely the data covers it.
    pub coverage: Coverage,
    /// What a reader should know (e.g. why a count is only a bound).
    pub note: Option<String>,
}

impl<T> Answer<T> {
    /// An answer fully covered by its evidence.
    pub fn exact(value: T, evidence: Vec<Evidence>) -> Self {
        Answer {
            value,
            evidence,
            coverage: Coverage::Exact,
            note: None,
        }
    }

    /// Adds a note.
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// Maps the value, keeping evidence and coverage.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Answer<U> {
        Answer {
            value: f(self.value),
            evidence: self.evidence,
            coverage: self.coverage,
            note: self.note,
        }
    }
}
