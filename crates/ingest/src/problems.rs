//! Strict versus lenient handling of bad rows.
//!
//! Strict (the default) turns the first problem into an error that aborts the import before the
//! database is touched. Lenient records the problem, skips the row, and lets the import go on.

use crate::error::{IngestError, RowProblem};

/// Collects row problems according to the import mode.
#[derive(Debug, Default)]
pub struct Problems {
    lenient: bool,
    skipped: Vec<RowProblem>,
    warnings: Vec<String>,
}

impl Problems {
    /// A collector; `lenient` decides whether problems abort.
    pub fn new(lenient: bool) -> Self {
        Problems {
            lenient,
            ..Default::default()
        }
    }

    /// Reports a bad row: an error in strict mode, a skipped row in lenient mode.
    pub fn report(&mut self, problem: RowProblem) -> Result<(), IngestError> {
        if self.lenient {
            self.skipped.push(problem);
            Ok(())
        } else {
            Err(IngestError::Row(problem))
        }
    }

    /// Records a row already skipped elsewhere (lenient mode of another loader).
    pub fn skip(&mut self, problem: RowProblem) {
        self.skipped.push(problem);
    }

    /// Records something worth telling that does not invalidate any row
    /// (e.g. a shootout whose match is not in results.csv).
    pub fn warn(&mut self, message: impl Into<String>) {
        self.warnings.push(message.into());
    }

    /// Rows skipped in lenient mode.
    pub fn skipped(&self) -> &[RowProblem] {
        &self.skipped
    }

    /// Warnings.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Consumes the collector.
    pub fn into_parts(self) -> (Vec<RowProblem>, Vec<String>) {
        (self.skipped, self.warnings)
    }
}
