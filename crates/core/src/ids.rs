//! Typed identifiers for stored entities, and the men's/women's distinction.
//!
//! Ids are the store's row ids; they are stable within one database file, not across imports.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A canonical national team (one per federation; men's and women's sides share it,
    /// the competition says which side played).
    TeamId
);
id_type!(
    /// A canonical match: one martj42 result, or a Fjelstul/openfootball match that has none.
    MatchId
);
id_type!(
    /// A canonical player.
    PlayerId
);

/// Men's or women's football. Facts of one must never answer questions about the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Men's international football (all of martj42, Fjelstul men's World Cups).
    Men,
    /// Women's international football (Fjelstul women's World Cups).
    Women,
}

impl Gender {
    /// The database spelling: `men` or `women`.
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Men => "men",
            Gender::Women => "women",
        }
    }

    /// Reads the database spelling back.
    pub fn parse(s: &str) -> Option<Gender> {
        match s {
            "men" => Some(Gender::Men),
            "women" => Some(Gender::Women),
            _ => None,
        }
    }
}

impl fmt::Display for Gender {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
