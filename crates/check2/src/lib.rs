//! goalline's article checker, version 2: a layered reader of football articles.
//!
//! 1. [`doc`]: the article split into paragraphs, sentences and tokens; [`doc::Span`] is the
//!    only way to refer to (and slice) the text.
//! 2. [`mentions`]: typed values, one module per dimension, each a rule table with an
//!    example corpus.
#![forbid(unsafe_code)]

pub mod doc;
pub mod mentions;
