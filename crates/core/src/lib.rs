//! goalline's domain model: the vocabulary every other crate speaks.
//!
//! This crate owns the meaning of the values that flow from ingest to the article checker:
//! identifiers, minutes with stoppage time, stages, tallies as intervals, coverage, evidence
//! (provenance) and verdicts, plus the name normalisation used for entity linking.
//! It must not do I/O: no files, no database, no network.
#![forbid(unsafe_code)]

pub mod error;
pub mod evidence;
pub mod ids;
pub mod minute;
pub mod names;
pub mod stage;
pub mod tally;
pub mod verdict;

pub use chrono::{Datelike, Days, NaiveDate as Date, Weekday};
pub use error::CoreError;
pub use evidence::{Evidence, Source};
pub use ids::{Gender, MatchId, PlayerId, TeamId};
pub use minute::Minute;
pub use stage::Stage;
pub use tally::{Coverage, Tally};
pub use verdict::Verdict;
