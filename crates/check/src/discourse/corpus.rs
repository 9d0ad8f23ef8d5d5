//! The discourse corpus (`corpus/roles.txt`), run without a database: for a text and a
//! trigger word, the agent and patient the role finder gives, the polarity and the modality.
//!
//! Line format: `text | trigger => agent=NAME patient=NAME polarity modality` where NAME is a
//! team or person name, a role (`hosts`), `described` or `-`; polarity is `affirmed` or
//! `negated`; modality one of `asserted hedged future conditional question reported`;
//! `dated` or `undated` says whether the trigger's clause (with what it inherits) has a date. Fields
//! left out are not checked. The trigger is the first occurrence of the word in the *last*
//! sentence of the text (earlier sentences give context for pronouns).

use super::{Discourse, Modality, Polarity, Referent};
use crate::doc::Doc;
use crate::mentions::{Lexicon, Mentions};

fn name(e: Option<&super::Entity>) -> String {
    match e.map(|e| &e.referent) {
        None => "-".into(),
        Some(Referent::Team(t)) => t.name.replace(' ', "_"),
        Some(Referent::Person(p)) => p.name.replace(' ', "_"),
        Some(Referent::TeamRole { role }) => format!("{role:?}").to_lowercase(),
        Some(Referent::Described { .. }) => "described".into(),
    }
}

#[test]
fn roles_corpus() {
    let lex = Lexicon::fixture();
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, line) in include_str!("corpus/roles.txt").lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((lhs, expect)) = line.split_once(" => ") else {
            failures.push(format!("line {}: no ' => '", i + 1));
            continue;
        };
        let Some((text, trig)) = lhs.rsplit_once(" | ") else {
            failures.push(format!("line {}: no ' | '", i + 1));
            continue;
        };
        n += 1;
        let doc = Doc::new(text);
        let mentions = Mentions::find(&doc, &lex);
        let d = Discourse::analyse(&doc, &mentions);
        let last = doc.sentences.last().map(|s| s.span).unwrap_or_default();
        let Some(tok) = doc
            .tokens_in(last)
            .iter()
            .find(|t| t.norm == trig.trim().to_lowercase())
        else {
            failures.push(format!(
                "line {}: trigger {trig:?} not in the last sentence",
                i + 1
            ));
            continue;
        };
        let r = d.roles(&doc, tok.span);
        let pol = match d.polarity(&doc, tok.span) {
            Polarity::Affirmed => "affirmed",
            Polarity::Negated => "negated",
        };
        let modal = match d.modality(&doc, tok.span) {
            Modality::Asserted => "asserted",
            Modality::Hedged => "hedged",
            Modality::Future => "future",
            Modality::Conditional => "conditional",
            Modality::Question => "question",
            Modality::Reported => "reported",
        };
        let got = [
            format!("agent={}", name(r.agent.as_ref())),
            format!("patient={}", name(r.patient.as_ref())),
            pol.to_string(),
            modal.to_string(),
            if r.passive {
                "passive".into()
            } else {
                "active".into()
            },
            if d.time(&doc, &mentions, tok.span).0.date.is_some() {
                "dated".into()
            } else {
                "undated".into()
            },
        ];
        for want in expect.split_whitespace() {
            let ok = got.iter().any(|g| g == want);
            if !ok {
                failures.push(format!(
                    "line {}: {text:?} | {trig}\n    expected {want}\n    got      {}",
                    i + 1,
                    got.join(" ")
                ));
            }
        }
    }
    assert!(n >= 20, "the roles corpus needs at least 20 cases ({n})");
    assert!(
        failures.is_empty(),
        "{} failing\n{}",
        failures.len(),
        failures.join("\n")
    );
}
