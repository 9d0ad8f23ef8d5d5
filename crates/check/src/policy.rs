//! Layer 6, the verdict policy: the only place a verdict is decided.
//!
//! A claim is CONTRADICTED only when the data rule it out (its finding fails, or a negated
//! claim's positive form holds), the event is identified with certainty, the data cover the
//! question completely, and the article states it plainly (asserted, or a future fixture). It
//! is SUPPORTED when the data confirm it (an affirmed claim that holds; a negated claim whose
//! positive form fails with complete coverage and a certain tie) and the article asserts it
//! or hedges it only softly. Everything else is UNVERIFIABLE, with the reason.

use crate::discourse::{Modality, Polarity};
use crate::frames::{Frame, Kind};
use crate::verify::{Event, Finding, Status};
use goalline_core::Verdict;

/// A verdict and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The verdict.
    pub verdict: Verdict,
    /// Why, when the policy (rather than the data) decided: "the article hedges it", "not
    /// tied to a match with certainty"…
    pub why: Option<String>,
    /// Contradicted through another part of the same statement (see [`statements`]): that
    /// part's correct value and what the data say of it.
    pub via: Option<(String, String)>,
}

fn decided(verdict: Verdict) -> Decision {
    Decision {
        verdict,
        why: None,
        via: None,
    }
}

fn unverifiable(why: impl Into<String>) -> Decision {
    Decision {
        verdict: Verdict::Unverifiable,
        why: Some(why.into()),
        via: None,
    }
}

/// Kinds of claims that describe one match as it happened (its result, day, stage, place,
/// goals and shoot-out), as opposed to what a match adds to a history (head-to-heads, records,
/// tallies, standings, runs), which a statement may carry beside it without sharing its truth.
fn of_the_match(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Scoreline
            | Kind::Date
            | Kind::Weekday
            | Kind::Scorer
            | Kind::Minute
            | Kind::Penalty
            | Kind::OwnGoal
            | Kind::Shootout
            | Kind::Stage
            | Kind::Venue
            | Kind::NextFixture
    )
}

/// One claim of a statement, as [`statements`] sees it.
pub struct Part<'a> {
    /// The frame.
    pub frame: &'a Frame,
    /// Its finding.
    pub finding: &'a Finding,
    /// Its decision by [`decide`]; [`statements`] may turn it to CONTRADICTED.
    pub decision: Decision,
}

/// The second rule of the policy: **a statement is as true as its parts.** A writer's sentence
/// "Germany crushed Brazil 7-1 in a quarter-final" is one statement about one match; when one
/// of its parts is contradicted (the stage), the statement is false, although 7-1 alone holds.
/// The claim of the result keeps its own verdict for its own words; the statement — the
/// claim's words and the contradicted part's together — is one more claim, CONTRADICTED, of the
/// claim's kind. Two parts make one statement when they were read by different families (two
/// goals of one list, or two scorers of one sentence, are two statements), the claim is
/// asserted, affirmed and read with certainty, the contradicted part was decided by the first
/// rule (its tie certain, its data complete), and either
/// - both describe the same match as it happened (see [`of_the_match`]) and `same_statement`
///   says they belong to one clause; or
/// - the claim holds and `touches` says its words overlap the contradicted part's or follow
///   it directly: "Messi, 28, was named player of the tournament" (an award holding, its
///   subject's age contradicted), "the
///   highest-scoring final since England beat West Germany 5-2 in 1966" (a record holding, the
///   result it is measured from contradicted). A part whose words hold the claim's (a coming
///   fixture around a relative clause with a past result) is not one of its parts; a part
///   merely beside the claim in its clause ("He won the Golden Boot in 2006, ending that tournament with six goals") is a statement
///   of its own: the award and the tally are two facts a reader tells apart.
///
/// Hedged, reported, conditional or negated claims make no statement claim.
///
/// Returns, per statement, the index of the claim, the index of the contradicted part and the
/// statement's decision.
pub fn statements(
    parts: &[Part<'_>],
    same_statement: impl Fn(usize, usize) -> bool,
    touches: impl Fn(usize, usize) -> bool,
    sentence: impl Fn(usize) -> usize,
) -> Vec<(usize, usize, Decision)> {
    // The contradicted parts by sentence: a statement never leaves its sentence, so each claim
    // looks only at its own sentence's (linear in the article, not claims × contradictions).
    let mut contradicted: std::collections::HashMap<usize, Vec<usize>> =
        std::collections::HashMap::new();
    for (i, q) in parts.iter().enumerate() {
        if q.decision.verdict == Verdict::Contradicted
            && q.decision.via.is_none()
            && q.finding.tie.certain
        {
            contradicted.entry(sentence(i)).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        if p.decision.verdict == Verdict::Contradicted
            || !p.frame.certain
            || !matches!(p.frame.modality, Modality::Asserted | Modality::Future)
            || p.frame.polarity != Polarity::Affirmed
        {
            continue;
        }
        let same_match = |j: usize| {
            of_the_match(p.frame.kind)
                && of_the_match(parts[j].frame.kind)
                && matches!(p.finding.tie.event, Event::Match { .. })
                && parts[j].finding.tie.event == p.finding.tie.event
                && same_statement(i, j)
        };
        let within = |j: usize| {
            p.decision.verdict == Verdict::Supported
                && touches(i, j)
                && !parts[j].frame.span.contains(p.frame.span)
        };
        let Some(&j) = contradicted
            .get(&sentence(i))
            .into_iter()
            .flatten()
            .find(|&&j| {
                j != i && parts[j].frame.family != p.frame.family && (same_match(j) || within(j))
            })
        else {
            continue;
        };
        let q = &parts[j];
        let Status::Fails { correct } = &q.finding.status else {
            continue;
        };
        out.push((
            i,
            j,
            Decision {
                verdict: Verdict::Contradicted,
                why: Some("another part of the same statement is contradicted".into()),
                via: Some((correct.clone(), q.finding.detail.clone())),
            },
        ));
    }
    out
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

    fn part_frame(family: &'static str, kind: Kind, modality: Modality) -> Frame {
        Frame {
            family,
            kind,
            ..frame(Polarity::Affirmed, modality)
        }
    }

    fn tie_to(id: i64) -> Tie {
        Tie::to_match(MatchId(id), "m".into(), true, "t")
    }

    #[test]
    fn a_statement_is_as_true_as_its_parts() {
        let result = part_frame("result", Kind::Scoreline, Modality::Asserted);
        let stage = part_frame("stage", Kind::Stage, Modality::Asserted);
        let other_result = part_frame("result", Kind::Scoreline, Modality::Asserted);
        let h2h = part_frame("head_to_head", Kind::HeadToHead, Modality::Asserted);
        let hedged = part_frame("when", Kind::Weekday, Modality::Hedged);
        let holds = Finding::holds("7-1", tie_to(1), vec![]);
        let fails = Finding::fails("semi-final", "was a semi-final", tie_to(1), vec![]);
        let elsewhere = Finding::holds("2-0", tie_to(2), vec![]);
        let run = |pairs: &[(&Frame, &Finding)], same: bool| {
            let parts: Vec<Part<'_>> = pairs
                .iter()
                .map(|(fr, fi)| Part {
                    frame: fr,
                    finding: fi,
                    decision: decide(fr, fi),
                })
                .collect();
            statements(
                &parts,
                |_, _| same,
                |i, j| parts[i].frame.span.overlaps(parts[j].frame.span),
                |_| 0,
            )
        };
        // The result holds alone; with the contradicted stage of its clause it makes one
        // contradicted statement, which carries the stage's correct value.
        let st = run(&[(&result, &holds), (&stage, &fails)], true);
        assert_eq!(st.len(), 1);
        assert_eq!((st[0].0, st[0].1), (0, 1));
        assert_eq!(st[0].2.verdict, Verdict::Contradicted);
        assert_eq!(
            st[0].2.via.as_ref().map(|v| v.0.as_str()),
            Some("semi-final")
        );
        // Not in one clause, another match, the same family, a history claim beside the
        // part, or a hedged claim: no statement.
        assert!(run(&[(&result, &holds), (&stage, &fails)], false).is_empty());
        assert!(run(&[(&result, &elsewhere), (&stage, &fails)], true).is_empty());
        let fails_result = Finding::fails("2-1", "was 2-1", tie_to(1), vec![]);
        assert!(run(&[(&result, &holds), (&other_result, &fails_result)], true).is_empty());
        assert!(run(&[(&h2h, &holds), (&stage, &fails)], true).is_empty());
        // A claim that holds and whose words overlap the contradicted part's makes one
        // statement with it, whatever the events ("Messi, 28, was named player of the
        // tournament"; "the highest-scoring final since England beat West Germany 5-2").
        let text = "x".repeat(60);
        let doc = crate::doc::Doc::new(&text);
        let mut award = part_frame("award", Kind::Award, Modality::Asserted);
        award.span = doc.span(0, 40);
        let mut age = part_frame("age", Kind::Age, Modality::Asserted);
        age.span = doc.span(0, 9);
        let career = Tie::certain(Event::Career, "Messi", "t");
        let age_fails = Finding::fails("27", "was 27", career.clone(), vec![]);
        let award_holds = Finding::holds("won", career, vec![]);
        let st = run(&[(&award, &award_holds), (&age, &age_fails)], false);
        assert_eq!(st.len(), 1);
        assert_eq!(st[0].2.verdict, Verdict::Contradicted);
        // Apart in the text, or the claim itself not confirmed: no statement.
        age.span = doc.span(41, 50);
        assert!(run(&[(&award, &award_holds), (&age, &age_fails)], true).is_empty());
        // A part whose words hold the claim's is not a part of it.
        age.span = doc.span(0, 50);
        assert!(run(&[(&award, &award_holds), (&age, &age_fails)], true).is_empty());
        age.span = doc.span(0, 9);
        let award_unknown = Finding::unknown("no awards data", Tie::none("-"));
        assert!(run(&[(&award, &award_unknown), (&age, &age_fails)], true).is_empty());
        assert!(run(&[(&hedged, &holds), (&stage, &fails)], true).is_empty());
    }
}
