//! The checker's three verdicts.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What the data says about a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Verdict {
    /// The data positively confirm the claim.
    Supported,
    /// The data positively rule the claim out (with full coverage).
    Contradicted,
    /// No dataset covers the fact, or the data are consistent with it but cannot pin it down.
    Unverifiable,
}

impl Verdict {
    /// `SUPPORTED`, `CONTRADICTED` or `UNVERIFIABLE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "SUPPORTED",
            Verdict::Contradicted => "CONTRADICTED",
            Verdict::Unverifiable => "UNVERIFIABLE",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
