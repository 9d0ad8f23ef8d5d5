//! Match minutes as football writes them: a base minute and optional stoppage time.
//!
//! `90+3'` is `Minute { base: 90, stoppage: Some(3) }`. Sources disagree on spelling
//! (Fjelstul `90'+3'`, openfootball `90+3'`, martj42 a bare `90` with stoppage folded in);
//! this module reads all of them and prints the conventional label.

use crate::CoreError;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A minute of a match with optional stoppage time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Minute {
    /// The regulation minute (1..=120), e.g. 90 in `90+3'`.
    pub base: u16,
    /// Minutes of stoppage time, e.g. 3 in `90+3'`; `None` when the source has no stoppage part.
    pub stoppage: Option<u16>,
}

impl Minute {
    /// A minute without stoppage time.
    pub fn new(base: u16) -> Minute {
        Minute {
            base,
            stoppage: None,
        }
    }

    /// A minute with stoppage time.
    pub fn with_stoppage(base: u16, stoppage: u16) -> Minute {
        Minute {
            base,
            stoppage: Some(stoppage),
        }
    }

    /// The minute as football writes it from an event clock (StatsBomb's `period` and elapsed
    /// `minute`): the minute under way (`minute + 1`: 83:35 is the 84th minute), with time past
    /// the period's regulation end written as stoppage time (first half 45+n, second half 90+n,
    /// extra time 105+n and 120+n). Shoot-out kicks (period 5) read 120.
    pub fn from_elapsed(period: u8, minute: u16) -> Minute {
        let under_way = minute + 1;
        let end = match period {
            1 => 45,
            2 => 90,
            3 => 105,
            4 => 120,
            _ => return Minute::new(120),
        };
        if under_way > end {
            Minute::with_stoppage(end, under_way - end)
        } else {
            Minute::new(under_way)
        }
    }

    /// Elapsed time in minutes for ordering and intervals: `90+3` counts as 93.
    pub fn elapsed(self) -> u16 {
        self.base + self.stoppage.unwrap_or(0)
    }

    /// True when the minute lies in extra time (after the 90th minute plus stoppage).
    pub fn is_extra_time(self) -> bool {
        self.base > 90
    }

    /// Parses `54`, `54'`, `90+3`, `90+3'`, `90'+3'` and `45 + 2'`.
    pub fn parse(text: &str) -> Result<Minute, CoreError> {
        let err = || CoreError::Minute(text.to_string());
        let cleaned: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\'' && *c != '’' && *c != '′')
            .collect();
        let mut parts = cleaned.splitn(2, '+');
        let base = parts
            .next()
            .filter(|s| !s.is_empty())
            .ok_or_else(err)?
            .parse::<u16>()
            .map_err(|_| err())?;
        let stoppage = match parts.next() {
            Some(s) => Some(s.parse::<u16>().map_err(|_| err())?),
            None => None,
        };
        if base == 0 || base > 130 || stoppage.is_some_and(|s| s > 30) {
            return Err(err());
        }
        Ok(Minute { base, stoppage })
    }
}

impl FromStr for Minute {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Minute::parse(s)
    }
}

impl fmt::Display for Minute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.stoppage {
            Some(s) => write!(f, "{}+{}'", self.base, s),
            None => write!(f, "{}'", self.base),
        }
    }
}

impl PartialOrd for Minute {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Minute {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.base, self.stoppage.unwrap_or(0)).cmp(&(other.base, other.stoppage.unwrap_or(0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("54", 54, None)]
    #[case("54'", 54, None)]
    #[case("90+3'", 90, Some(3))]
    #[case("90'+3'", 90, Some(3))]
    #[case("45 + 2'", 45, Some(2))]
    #[case("120+1", 120, Some(1))]
    fn parses_labels(#[case] text: &str, #[case] base: u16, #[case] stoppage: Option<u16>) {
        assert_eq!(Minute::parse(text), Ok(Minute { base, stoppage }));
    }

    #[rstest]
    #[case("")]
    #[case("NA")]
    #[case("0")]
    #[case("90+")]
    #[case("+3")]
    #[case("999")]
    fn rejects_garbage(#[case] text: &str) {
        assert!(Minute::parse(text).is_err());
    }

    #[test]
    fn displays_conventional_label_and_orders_stoppage_after_base() {
        assert_eq!(Minute::with_stoppage(45, 1).to_string(), "45+1'");
        assert!(Minute::with_stoppage(45, 3) < Minute::new(46));
        assert!(Minute::new(45) < Minute::with_stoppage(45, 1));
    }

    proptest::proptest! {
        #[test]
        fn display_roundtrips(base in 1u16..=130, stoppage in proptest::option::of(0u16..=30)) {
            let m = Minute { base, stoppage };
            proptest::prop_assert_eq!(Minute::parse(&m.to_string()), Ok(m));
        }
    }
}
