//! goalline's facts engine: answers football questions from the store, each answer with its
//! evidence rows and its coverage.
//!
//! Modules own one kind of question each; none of them writes to the store, and none states a
//! count more strongly than the coverage of the underlying rows allows.
#![forbid(unsafe_code)]

pub mod coverage;
pub mod error;
pub mod resolve;

pub use error::FactsError;
pub use resolve::{Resolution, TeamIndex};
