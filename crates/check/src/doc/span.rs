//! [`Span`]: a byte range of the article that always lies on `char` boundaries. Spans are made
//! only by [`crate::doc::Doc`] (which rounds to boundaries) or from other spans, and the article
//! is sliced only through [`crate::doc::Doc::text_of`], so no slice can panic.

use serde::Serialize;

/// A byte range of the article, on `char` boundaries, `start <= end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// Only the document builds spans from raw offsets (it knows the boundaries).
    pub(super) fn raw(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// First byte.
    pub fn start(self) -> usize {
        self.start
    }

    /// One past the last byte.
    pub fn end(self) -> usize {
        self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True for an empty span.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when `self` contains byte `i`.
    pub fn contains_pos(self, i: usize) -> bool {
        self.start <= i && i < self.end
    }

    /// True when the spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The part of `self` before `other` starts (empty if `other` starts first).
    pub fn before(self, other: Span) -> Span {
        Span {
            start: self.start,
            end: other.start.clamp(self.start, self.end),
        }
    }

    /// The part of `self` after `other` ends (empty if `other` ends last).
    pub fn after(self, other: Span) -> Span {
        Span {
            start: other.end.clamp(self.start, self.end),
            end: self.end,
        }
    }

    /// The part of `self` from `other`'s start to its own end.
    pub fn from_start_of(self, other: Span) -> Span {
        Span {
            start: other.start.clamp(self.start, self.end),
            end: self.end,
        }
    }

    /// Byte distance between two spans (0 when they overlap or touch).
    pub fn gap(self, other: Span) -> usize {
        if self.end <= other.start {
            other.start - self.end
        } else {
            self.start.saturating_sub(other.end)
        }
    }
}
