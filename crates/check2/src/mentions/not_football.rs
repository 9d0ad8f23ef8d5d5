//! The `not_football` dimension (rule table and finder; corpus in `corpus/not_football.txt`).

use super::{Lexicon, Mention};
use crate::doc::{Doc, Span};

/// Finds the `not_football` mentions inside `within`.
pub fn find(_doc: &Doc<'_>, _within: Span, _lex: &Lexicon, _out: &mut Vec<Mention>) {}
