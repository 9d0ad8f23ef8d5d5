//! The article checker: claims, verdicts, evidence.
