//! The `competition` dimension (rule table and finder; corpus in `corpus/competition.txt`).

use super::{Lexicon, Mention};
use crate::doc::{Doc, Span};

/// Finds the `competition` mentions inside `within`.
pub fn find(_doc: &Doc<'_>, _within: Span, _lex: &Lexicon, _out: &mut Vec<Mention>) {}
