//! Layer 6, the verdict policy: the only place a verdict is decided.
//!
//! A claim is CONTRADICTED only when the data rule it out (its finding fails, or a negated
//! claim's positive form holds), the event is identified with certainty, the data cover the
//! question completely, and the article states it plainly (asserted, or a future fixture). It
//! is SUPPORTED when the data confirm it (an affirmed claim that holds; a negated claim whose
//! positive form fails with complete coverage and a certain tie) and the article asserts it
//! or hedges it only softly. Everything else is UNVERIFIABLE, with the reason.

use crate::discourse::{Modality, Polarity};
use crate::frames::Frame;
use crate::verify::{Finding, Status};
use goalline_core::Verdict;

/// A verdict and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The verdict.
    pub verdict: Verdict,
    /// Why, when the policy (rather than the data) decided: "the article hedges it", "not
    /// tied to a match with certainty"…
    pub why: Option<String>,
}

fn decided(verdict: Verdict) -> Decision {
    Decision { verdict, why: None }
}

fn unverifiable(why: impl Into<String>) -> Decision {
    Decision {
        verdict: Verdict::Unverifiable,
        why: Some(why.into()),
    }
}

/// The verdict for a frame and its finding.
pub fn decide(frame: &Frame, f: &Finding) -> Decision {
    let not_asserted = match frame.modality {
        Modality::Question => Some("a question, not a statement"),
        Modality::Conditional => Some("a condition, not a statement"),
        Modality::Reported => Some("someone else's words, not the article's statement"),
        Modality::Hedged => Some("the article hedges it"),
        Modality::Asserted | Modality::Future => None,
    };
    // The positive form's truth, from the finding.
    let (positive_holds, positive_fails) = match &f.status {
        Status::Holds => (true, false),
        Status::Fails { .. } => (false, true),
        Status::Unknown { reason } => return unverifiable(reason.clone()),
    };
    let (claim_holds, claim_fails) = match frame.polarity {
        Polarity::Affirmed => (positive_holds, positive_fails),
        Polarity::Negated => (positive_fails, positive_holds),
    };
    if claim_holds {
        // A negated claim is only confirmed by an absence the data prove completely.
        if frame.polarity == Polarity::Negated && (!f.tie.certain || !f.coverage.is_exact()) {
            return unverifiable("the data do not prove the absence it states");
        }
        return match frame.modality {
            Modality::Question | Modality::Conditional => {
                unverifiable(not_asserted.unwrap_or_default())
            }
            _ => decided(Verdict::Supported),
        };
    }
    debug_assert!(claim_fails);
    if let Some(why) = not_asserted {
        return unverifiable(format!("the data disagree, but {why}"));
    }
    if !frame.certain {
        return unverifiable(
            "the data disagree, but the sentence can be read another way (who or what it is about)",
        );
    }
    if !f.tie.certain {
        return unverifiable(format!(
            "the data disagree, but the claim is not tied to that event with certainty ({})",
            f.tie.why
        ));
    }
    if frame.polarity == Polarity::Affirmed && !f.coverage.is_exact() {
        return unverifiable(format!(
            "the data disagree, but their coverage is {}",
            f.coverage
        ));
    }
    decided(Verdict::Contradicted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discourse::TimeCues;
    use crate::frames::{Kind, Predicate, Scope, Topic};
    use crate::verify::Tie;
    use goalline_core::{Coverage, MatchId};

    fn frame(polarity: Polarity, modality: Modality) -> Frame {
        Frame {
            span: Default::default(),
            trigger: Default::default(),
            kind: Kind::Other,
            family: "test",
            rule: "test",
            predicate: Predicate::Unverifiable(Topic::Other),
            scope: Scope {
                time: TimeCues::default(),
                ..Default::default()
            },
            polarity,
            modality,
            certain: true,
        }
    }

    fn tie(certain: bool) -> Tie {
        Tie::to_match(MatchId(1), "m".into(), certain, "t")
    }

    #[test]
    fn contradicted_only_when_certain_complete_and_asserted() {
        let fails = Finding::fails("2-1", "d", tie(true), vec![]);
        let f = frame(Polarity::Affirmed, Modality::Asserted);
        assert_eq!(decide(&f, &fails).verdict, Verdict::Contradicted);
        let uncertain = Finding::fails("2-1", "d", tie(false), vec![]);
        assert_eq!(decide(&f, &uncertain).verdict, Verdict::Unverifiable);
        let bounded = fails.clone().with_coverage(Coverage::LowerBound);
        assert_eq!(decide(&f, &bounded).verdict, Verdict::Unverifiable);
        for m in [
            Modality::Hedged,
            Modality::Question,
            Modality::Conditional,
            Modality::Reported,
        ] {
            assert_eq!(
                decide(&frame(Polarity::Affirmed, m), &fails).verdict,
                Verdict::Unverifiable,
                "{m:?}"
            );
        }
        assert_eq!(
            decide(&frame(Polarity::Affirmed, Modality::Future), &fails).verdict,
            Verdict::Contradicted
        );
    }

    #[test]
    fn negation_flips_and_needs_proof_of_absence() {
        let holds = Finding::holds("d", tie(true), vec![]);
        let neg = frame(Polarity::Negated, Modality::Asserted);
        // "England did not beat France" when England did: contradicted.
        assert_eq!(decide(&neg, &holds).verdict, Verdict::Contradicted);
        // "X did not win 2-1" when the data rule out a 2-1 win, completely: supported.
        let fails = Finding::fails("1-2", "d", tie(true), vec![]);
        assert_eq!(decide(&neg, &fails).verdict, Verdict::Supported);
        let partial = fails.with_coverage(Coverage::LowerBound);
        assert_eq!(decide(&neg, &partial).verdict, Verdict::Unverifiable);
    }

    #[test]
    fn an_uncertain_reading_is_never_contradicted() {
        let mut f = frame(Polarity::Affirmed, Modality::Asserted);
        f.certain = false;
        let fails = Finding::fails("2-1", "d", tie(true), vec![]);
        assert_eq!(decide(&f, &fails).verdict, Verdict::Unverifiable);
        let holds = Finding::holds("d", tie(true), vec![]);
        assert_eq!(decide(&f, &holds).verdict, Verdict::Supported);
    }

    #[test]
    fn unknown_is_always_unverifiable() {
        let u = Finding::unknown("no data", tie(true));
        assert_eq!(
            decide(&frame(Polarity::Affirmed, Modality::Asserted), &u).verdict,
            Verdict::Unverifiable
        );
    }
}
