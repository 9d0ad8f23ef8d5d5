//! goalline's facts engine: answers football questions from the store, each answer with its
//! evidence rows and its coverage.
//!
//! [`Facts`] is the entry point. Modules own one kind of question each; none of them writes to
//! the store, and none states a count more strongly than the coverage of its rows allows.
#![forbid(unsafe_code)]

pub mod answer;
pub mod cache;
pub mod cards;
pub mod careers;
pub mod coverage;
pub mod editions;
pub mod engine;
pub mod error;
pub mod events;
pub mod goals;
pub mod honours;
pub mod journal;
pub mod matches;
pub mod matchsets;
pub mod milestones;
pub mod people;
pub mod places;
pub mod progress;
pub mod records;
pub mod resolve;
pub mod runs;
pub mod schedule;
pub mod shootouts;
pub mod storylines;
pub mod tables;
pub mod tally;
pub mod timeline;
pub mod tournaments;
pub mod wcall;
pub mod wcindex;

pub use answer::Answer;
pub use engine::{Facts, PlayerContext};
pub use error::FactsError;
pub use resolve::{Resolution, TeamIndex};

/// The persisted rows the engine's answers carry (re-exported so readers of answers, such as
/// the article checker, need not link the store).
pub mod rows {
    pub use goalline_store::model::*;
    pub use goalline_store::ofmodel::*;
    pub use goalline_store::sbmodel::*;
}
