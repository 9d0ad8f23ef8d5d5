//! The `age` dimension (rule table and finder; corpus in `corpus/age.txt`).

use super::{Lexicon, Mention};
use crate::doc::{Doc, Span};

/// Finds the `age` mentions inside `within`.
pub fn find(_doc: &Doc<'_>, _within: Span, _lex: &Lexicon, _out: &mut Vec<Mention>) {}
