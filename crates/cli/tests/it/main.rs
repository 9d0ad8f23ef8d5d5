//! goalline's end-to-end tests: one binary, real data from ../shared/data plus small fixtures.
//! Regressions are named after the bug they pin.

mod cli;
mod common;
mod facts_cli;
mod import_fixtures;
mod import_guard;
mod journal;
mod names_cli;
mod openfootball;
mod pull;
mod real_data;
mod same_json;
mod saved_cli;
mod statsbomb;
