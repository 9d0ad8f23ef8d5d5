//! The Store trait and its SQLite backend.
