//! Tallies as intervals, and coverage: what the data can and cannot show.
//!
//! Scorer data is incomplete (no friendlies in martj42's goalscorers), so a player's goal count
//! is an interval `[low, high]`: `low` goals are known goal by goal, and up to `high - low` more
//! may hide among goals whose scorer is unknown. Only a zero-width interval is an exact count.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A count known to lie in `[low, high]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Tally {
    /// Goals (or appearances…) proven by the data.
    pub low: u32,
    /// The most the true count can be given everything the data leaves open.
    pub high: u32,
}

impl Tally {
    /// An exact count.
    pub fn exact(n: u32) -> Tally {
        Tally { low: n, high: n }
    }

    /// An interval; `high` is raised to `low` if given smaller.
    pub fn between(low: u32, high: u32) -> Tally {
        Tally {
            low,
            high: high.max(low),
        }
    }

    /// A count known only from below (no upper bound: e.g. women's internationals outside the
    /// World Cup are in no dataset).
    pub fn at_least(n: u32) -> Tally {
        Tally {
            low: n,
            high: u32::MAX,
        }
    }

    /// True when there is no upper bound.
    pub fn is_unbounded(self) -> bool {
        self.high == u32::MAX
    }

    /// True when the interval has width zero.
    pub fn is_exact(self) -> bool {
        self.low == self.high
    }

    /// True when `n` lies in the interval.
    pub fn contains(self, n: u32) -> bool {
        self.low <= n && n <= self.high
    }

    /// The intersection with another bound on the same quantity, or `None` if they disagree
    /// (which means the sources contradict each other).
    pub fn intersect(self, other: Tally) -> Option<Tally> {
        let low = self.low.max(other.low);
        let high = self.high.min(other.high);
        (low <= high).then_some(Tally { low, high })
    }

    /// Adds two independent intervals.
    pub fn plus(self, other: Tally) -> Tally {
        Tally {
            low: self.low.saturating_add(other.low),
            high: self.high.saturating_add(other.high),
        }
    }

    /// Shifts both bounds by `n` (saturating; an unbounded top stays unbounded).
    pub fn shift(self, n: u32) -> Tally {
        Tally {
            low: self.low.saturating_add(n),
            high: self.high.saturating_add(n),
        }
    }

    /// The coverage this interval represents.
    pub fn coverage(self) -> Coverage {
        if self.is_exact() {
            Coverage::Exact
        } else if self.is_unbounded() {
            Coverage::LowerBound
        } else {
            Coverage::Bounded {
                unknown: self.high - self.low,
            }
        }
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_exact() {
            write!(f, "{}", self.low)
        } else if self.is_unbounded() {
            write!(f, "at least {}", self.low)
        } else {
            write!(f, "{}–{}", self.low, self.high)
        }
    }
}

/// How completely the data covers an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Coverage {
    /// Every relevant row is present: the answer is exact.
    Exact,
    /// Some relevant rows are missing: the answer is bounded, `unknown` units are undecided.
    Bounded {
        /// How many units (goals, matches) the data cannot attribute.
        unknown: u32,
    },
    /// Only a lower bound is known (no upper bound at all).
    LowerBound,
    /// The data holds nothing on this question.
    None,
}

impl Coverage {
    /// True only for [`Coverage::Exact`].
    pub fn is_exact(self) -> bool {
        matches!(self, Coverage::Exact)
    }
}

impl fmt::Display for Coverage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Coverage::Exact => f.write_str("exact"),
            Coverage::Bounded { unknown } => write!(f, "bounded ({unknown} unattributed)"),
            Coverage::LowerBound => f.write_str("lower bound only"),
            Coverage::None => f.write_str("no data"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn exact_only_when_width_zero() {
        assert!(Tally::exact(53).is_exact());
        assert!(!Tally::between(47, 60).is_exact());
        assert_eq!(
            Tally::between(47, 60).coverage(),
            Coverage::Bounded { unknown: 13 }
        );
    }

    #[test]
    fn disjoint_bounds_do_not_intersect() {
        assert_eq!(Tally::between(1, 3).intersect(Tally::between(5, 6)), None);
        assert_eq!(
            Tally::between(1, 10).intersect(Tally::between(5, 20)),
            Some(Tally::between(5, 10))
        );
    }

    proptest! {
        #[test]
        fn intersection_stays_inside_both(a in 0u32..100, b in 0u32..100, c in 0u32..100, d in 0u32..100) {
            let x = Tally::between(a.min(b), a.max(b));
            let y = Tally::between(c.min(d), c.max(d));
            if let Some(z) = x.intersect(y) {
                prop_assert!(x.contains(z.low) && x.contains(z.high));
                prop_assert!(y.contains(z.low) && y.contains(z.high));
            }
        }
    }
}
