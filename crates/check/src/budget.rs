//! The time budget of one check: [`CheckOptions`] (a deadline and a cancel flag) and the cheap
//! test [`expired`] that the layers call between sentences and frames, inside the document
//! split, the discourse analysis and each family's grammar; and the work meter ([`work`]): the
//! bytes of text the layers read and the list items their look-ups visit, counted on this
//! thread, so that a test can show the work growing in proportion to the article.
//!
//! Owns nothing else. The budget of the check running on this thread is kept in a thread
//! local (set by [`crate::Checker::check_with`] for the length of the check), so the layers
//! need no extra parameter; a check that runs out stops cooperatively and the checker answers
//! [`CheckError::Stopped`] instead of a partial report.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Limits of one check.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The check stops when this instant passes.
    pub deadline: Option<Instant>,
    /// The check stops when this flag becomes true (a server sets it when the request is
    /// dropped: the client went away or the request timed out).
    pub cancel: Option<Arc<AtomicBool>>,
}

impl CheckOptions {
    /// Options with a deadline `after` from now.
    pub fn within(after: Duration) -> CheckOptions {
        CheckOptions {
            deadline: Instant::now().checked_add(after),
            cancel: None,
        }
    }

    fn expired(&self) -> bool {
        self.cancel
            .as_ref()
            .is_some_and(|c| c.load(Ordering::Relaxed))
            || self.deadline.is_some_and(|d| Instant::now() >= d)
    }
}

/// Why a check gave no report.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// The deadline passed or the check was cancelled; `phase` is the layer it stopped in.
    #[error("the check was stopped after {:.1} s, in the {phase} layer ({why})", elapsed.as_secs_f64())]
    Stopped {
        /// The layer that was running.
        phase: &'static str,
        /// Time spent.
        elapsed: Duration,
        /// `deadline passed` or `cancelled`.
        why: &'static str,
    },
}

thread_local! {
    static CURRENT: RefCell<Option<CheckOptions>> = const { RefCell::new(None) };
    static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The work done on this thread so far: bytes of text handed to rules (every slice of the
/// article a rule reads or matches goes through [`crate::doc::Doc::text_of`] or
/// [`crate::doc::Doc::norm_of`]) plus the items visited by the look-ups of mentions, entities
/// and segments. A counter, not a clock: the same text always costs the same work.
pub fn work() -> u64 {
    WORK.with(|w| w.get())
}

/// Adds `n` units of work.
pub(crate) fn count(n: usize) {
    WORK.with(|w| w.set(w.get().wrapping_add(n as u64)));
}

/// True when the check running on this thread is out of time or cancelled (false when no
/// budget is set). Costs a clock read; call it per sentence or per frame, not per token.
pub fn expired() -> bool {
    CURRENT.with(|c| c.borrow().as_ref().is_some_and(CheckOptions::expired))
}

/// Why the current budget ran out (`None` when it did not).
pub(crate) fn reason() -> Option<&'static str> {
    CURRENT.with(|c| {
        let c = c.borrow();
        let o = c.as_ref()?;
        if o.cancel.as_ref().is_some_and(|c| c.load(Ordering::Relaxed)) {
            Some("cancelled")
        } else if o.deadline.is_some_and(|d| Instant::now() >= d) {
            Some("deadline passed")
        } else {
            None
        }
    })
}

/// Sets the budget of this thread until the guard drops.
pub(crate) fn enter(opts: &CheckOptions) -> Guard {
    let prev = CURRENT.with(|c| c.replace(Some(opts.clone())));
    Guard { prev }
}

/// Restores the previous budget when dropped.
pub(crate) struct Guard {
    prev: Option<CheckOptions>,
}

impl Drop for Guard {
    fn drop(&mut self) {
        let prev = self.prev.take();
        CURRENT.with(|c| *c.borrow_mut() = prev);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expired_follows_the_deadline_and_the_flag_and_is_restored() {
        assert!(!expired(), "no budget: never expired");
        {
            let _g = enter(&CheckOptions::within(Duration::from_secs(60)));
            assert!(!expired());
            let flag = Arc::new(AtomicBool::new(false));
            {
                let _g2 = enter(&CheckOptions {
                    deadline: None,
                    cancel: Some(Arc::clone(&flag)),
                });
                assert!(!expired());
                flag.store(true, Ordering::Relaxed);
                assert!(expired());
                assert_eq!(reason(), Some("cancelled"));
            }
            assert!(!expired(), "the outer budget is back");
        }
        let _g = enter(&CheckOptions::within(Duration::ZERO));
        assert!(expired());
        assert_eq!(reason(), Some("deadline passed"));
    }

    /// Each layer looks at the budget inside itself, not only between layers: with the time
    /// up, the document split, the clause splitter, coreference and a family's grammar each
    /// give up their work on a text they read in full without a budget.
    #[test]
    fn the_layers_stop_inside_themselves() {
        use crate::discourse::Discourse;
        use crate::doc::Doc;
        use crate::families::{self, Reading};
        use crate::mentions::{Lexicon, Mentions};
        let one = "France beat England 2-1 in the World Cup quarter-final on Saturday. \
                   Harry Kane missed a penalty in the 84th minute. He scored in the 54th minute.";
        let text = vec![one; 400].join("\n");
        let lex = Lexicon::fixture();
        let doc = Doc::new(&text);
        let mentions = Mentions::find(&doc, &lex);
        let discourse = Discourse::analyse(&doc, &mentions);
        let reading = Reading::new(&doc, &mentions, &discourse);
        let mut frames = Vec::new();
        (families::goal::FAMILY.recognise)(&reading, &mut frames);
        assert!(doc.sentences.len() >= 1200 && doc.tokens.len() > 10_000);
        assert!(discourse.segments.len() >= 1200 && discourse.entities.len() >= 1200);
        assert!(frames.len() >= 400, "{} goal frames", frames.len());

        let _g = enter(&CheckOptions::within(Duration::ZERO));
        let cut = Doc::new(&text);
        assert!(cut.sentences.is_empty(), "the split went on");
        assert!(cut.tokens.len() < 1024, "the tokenizer went on");
        let cut = Discourse::analyse(&doc, &mentions);
        assert!(cut.segments.is_empty(), "the clause splitter went on");
        assert!(
            cut.entities.len() < discourse.entities.len(),
            "coreference went on"
        );
        let mut cut = Vec::new();
        (families::goal::FAMILY.recognise)(&reading, &mut cut);
        assert!(
            cut.is_empty(),
            "the goal grammar went on: {} frames",
            cut.len()
        );
    }
}
