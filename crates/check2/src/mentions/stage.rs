//! The `stage` dimension (rule table and finder; corpus in `corpus/stage.txt`).

use super::{Lexicon, Mention};
use crate::doc::{Doc, Span};

/// Finds the `stage` mentions inside `within`.
pub fn find(_doc: &Doc<'_>, _within: Span, _lex: &Lexicon, _out: &mut Vec<Mention>) {}
