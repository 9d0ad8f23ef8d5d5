//! The facts error type.

use thiserror::Error;

/// Errors of the facts engine.
#[derive(Debug, Error)]
pub enum FactsError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] goalline_store::StoreError),
    /// A name matched nothing.
    #[error("no {kind} called {name:?}{hint}")]
    NotFound {
        /// `team`, `player`, `match`, `tournament`.
        kind: &'static str,
        /// The name given.
        name: String,
        /// A suggestion (`; did you mean …?`), possibly empty.
        hint: String,
    },
    /// A name matched several entities and nothing in the context decides.
    #[error("{name:?} is ambiguous: it could be {}", candidates.join(", "))]
    Ambiguous {
        /// The name given.
        name: String,
        /// What it could be.
        candidates: Vec<String>,
    },
    /// The question is malformed (e.g. a date range that ends before it starts).
    #[error("{0}")]
    BadQuestion(String),
}
