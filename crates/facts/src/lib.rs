//! The facts engine: entity resolution, tallies, records, runs.
