//! goalline's article checker, version 2: a layered reader of football articles.
//!
//! 1. [`doc`]: the article split into paragraphs, sentences and tokens; [`doc::Span`] is the
//!    only way to refer to (and slice) the text.
//! 2. [`mentions`]: typed values, one module per dimension, each a rule table with an
//!    example corpus.
//! 3. [`discourse`]: clauses, entities and coreference, roles, polarity and modality, time
//!    cues, and the article's focus.
#![forbid(unsafe_code)]

pub mod discourse;
pub mod doc;
pub mod mentions;
