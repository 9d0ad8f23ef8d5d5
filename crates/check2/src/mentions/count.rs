//! The `count` dimension (rule table and finder; corpus in `corpus/count.txt`).

use super::{Lexicon, Mention};
use crate::doc::{Doc, Span};

/// Finds the `count` mentions inside `within`.
pub fn find(_doc: &Doc<'_>, _within: Span, _lex: &Lexicon, _out: &mut Vec<Mention>) {}
