//! Source adapters: read, validate and link the open datasets.
