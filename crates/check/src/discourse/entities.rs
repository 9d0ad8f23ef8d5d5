//! Entities and coreference: every team and person the text refers to — by name (a mention),
//! by pronoun ("he", "they", "his"), or by description ("the striker", "the 29-year-old", "the
//! hosts", "his side", "the South Americans") — resolved to what it refers to when the text
//! allows.
//!
//! Pronouns take the nearest compatible antecedent before them (a person for he/she/his/her, a
//! team for they/their/them, preferring subjects and staying within the paragraph or the
//! previous one). Person descriptions take the nearest person; an age description keeps its
//! age so the verifier can require it. Team descriptions that need the data ("the hosts", "the
//! holders") stay symbolic and are resolved against the main match by the context.

use crate::doc::{Doc, Span, TokenKind};
use crate::mentions::{AgeValue, Mentions, PersonValue, TeamValue, Value};
use serde::Serialize;

/// A team described by its role, resolved against the data later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TeamRole {
    /// "the hosts", "the home side".
    Hosts,
    /// "the visitors", "the away side".
    Visitors,
    /// "the holders", "the defending champions", "the reigning champions".
    Holders,
    /// "the winners" / "the victors" of the match in question.
    Winners,
    /// "the losers" / "the beaten side".
    Losers,
    /// "the South Americans", "the Europeans", "the Africans", "the Asians": the side of the
    /// main match from that continent.
    Continental(Confederation),
}

/// Confederations (for "the South Americans").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confederation {
    /// CONMEBOL.
    SouthAmerica,
    /// UEFA.
    Europe,
    /// CAF.
    Africa,
    /// AFC.
    Asia,
    /// CONCACAF.
    NorthAmerica,
}

/// What an entity refers to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Referent {
    /// A team (by name, or resolved from a pronoun).
    Team(TeamValue),
    /// A person (by name, or resolved from a pronoun or description).
    Person(PersonValue),
    /// A team named by its role.
    TeamRole {
        /// The role.
        role: TeamRole,
    },
    /// A person described but not resolved ("the 31 year old" with no one named before).
    Described {
        /// The age the description gives, if any.
        age: Option<AgeValue>,
    },
}

/// How the text refers to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// By name.
    Name,
    /// By a pronoun.
    Pronoun,
    /// By a description ("the striker", "the hosts").
    Description,
}

/// A reference to a team or person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// The words that refer.
    pub span: Span,
    /// What they refer to.
    pub referent: Referent,
    /// How.
    pub via: Via,
    /// The antecedent's span, for pronouns and descriptions resolved to a mention.
    pub antecedent: Option<Span>,
    /// An age the description requires ("the 29-year-old"), to check against the referent.
    pub age: Option<AgeValue>,
    /// A possessive ("Kane's", "his", "their").
    pub possessive: bool,
}

impl Entity {
    /// The team, when it refers to a named team.
    pub fn team(&self) -> Option<&TeamValue> {
        match &self.referent {
            Referent::Team(t) => Some(t),
            _ => None,
        }
    }

    /// The person, when it refers to a named person.
    pub fn person(&self) -> Option<&PersonValue> {
        match &self.referent {
            Referent::Person(p) => Some(p),
            _ => None,
        }
    }

    /// True for a team, named or by role.
    pub fn is_team(&self) -> bool {
        matches!(self.referent, Referent::Team(_) | Referent::TeamRole { .. })
    }
}

const PERSON_NOUNS: &[&str] = &[
    "striker",
    "forward",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "captain",
    "skipper",
    "winger",
    "playmaker",
    "veteran",
    "teenager",
    "youngster",
    "substitute",
    "centre-back",
    "center-back",
    "full-back",
    "left-back",
    "right-back",
    "wing-back",
    "talisman",
    "star",
    "attacker",
    "number",
    "frontman",
    "marksman",
    "forward's",
    "striker's",
    "captain's",
];

fn team_role(words: &[&str]) -> Option<(usize, TeamRole)> {
    use TeamRole::*;
    let table: &[(&[&str], TeamRole)] = &[
        (&["the", "hosts"], Hosts),
        (&["the", "host", "nation"], Hosts),
        (&["the", "home", "side"], Hosts),
        (&["the", "home", "team"], Hosts),
        (&["the", "visitors"], Visitors),
        (&["the", "away", "side"], Visitors),
        (&["the", "holders"], Holders),
        (&["the", "defending", "champions"], Holders),
        (&["the", "reigning", "champions"], Holders),
        (&["defending", "champions"], Holders),
        (&["the", "winners"], Winners),
        (&["the", "victors"], Winners),
        (&["the", "losers"], Losers),
        (
            &["the", "south", "americans"],
            Continental(Confederation::SouthAmerica),
        ),
        (&["the", "europeans"], Continental(Confederation::Europe)),
        (&["the", "africans"], Continental(Confederation::Africa)),
        (&["the", "asians"], Continental(Confederation::Asia)),
    ];
    table
        .iter()
        .find(|(cue, _)| words.len() >= cue.len() && cue.iter().zip(words).all(|(a, b)| a == b))
        .map(|(cue, r)| (cue.len(), *r))
}

/// Finds every entity of the article, resolving pronouns and descriptions.
pub fn find(doc: &Doc<'_>, mentions: &Mentions) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    // Countries named as places, in text order (looked up by binary search below).
    let mut countries: Vec<Span> = mentions
        .all
        .iter()
        .filter(|v| {
            matches!(&v.value, Value::Venue(x) if x.kind == crate::mentions::VenueKind::Country)
        })
        .map(|v| v.span)
        .collect();
    countries.sort_by_key(|s| (s.start(), s.end()));
    // Named entities first.
    for m in &mentions.all {
        if doc.dateline_containing(m.span).is_some() {
            continue; // "LISBON, Portugal –": where the story was filed
        }
        if matches!(m.value, Value::Team(_))
            && countries[..countries.partition_point(|c| c.start() <= m.span.start())]
                .iter()
                .rev()
                .take(4)
                .any(|c| c.contains(m.span))
        {
            continue; // "a 2-1 defeat in Trinidad": a place, not a side
        }
        let referent = match &m.value {
            Value::Team(t) => Referent::Team(t.clone()),
            Value::Person(p) => Referent::Person(p.clone()),
            _ => continue,
        };
        let possessive = matches!(&m.value, Value::Person(p) if p.possessive)
            || doc.text()[m.span.end()..].starts_with("'s")
            || doc.text()[m.span.end()..].starts_with("\u{2019}s");
        out.push(Entity {
            span: m.span,
            referent,
            via: Via::Name,
            antecedent: None,
            age: None,
            possessive,
        });
    }
    out.sort_by_key(|e| e.span.start());
    // Pronouns and descriptions, in text order, resolved against what precedes them.
    let toks = &doc.tokens;
    let mut k = 0;
    let mut added: Vec<Entity> = Vec::new();
    let mut steps = 0usize;
    while k < toks.len() {
        // Out of time (looked at every 1,024 tokens): stop here; the checker then reports the
        // check as stopped.
        steps += 1;
        if steps.is_multiple_of(1024) && crate::budget::expired() {
            break;
        }
        let t = &toks[k];
        if t.kind != TokenKind::Word {
            k += 1;
            continue;
        }
        let words: Vec<&str> = toks[k..(k + 4).min(toks.len())]
            .iter()
            .map(|t| t.norm.as_str())
            .collect();
        let para = doc
            .sentence_at(t.span.start())
            .map(|s| s.paragraph)
            .unwrap_or(0);
        let here = doc.sentence_at(t.span.start()).map(|s| s.index);
        // Antecedents come from this paragraph and the one before: only entities from the
        // previous paragraph's start are looked at (both lists are in text order).
        let from = doc
            .paragraphs
            .get(para.saturating_sub(1))
            .map(|p| p.start())
            .unwrap_or(0);
        let window = |list: &'_ [Entity]| -> (usize, usize) {
            (
                list.partition_point(|e| e.span.start() < from),
                list.partition_point(|e| e.span.start() < t.span.start()),
            )
        };
        let (oa, ob) = window(&out);
        let (aa, ab) = window(&added);
        let earlier = |pred: &dyn Fn(&Entity) -> bool, teams_only: bool| -> Option<Entity> {
            let cands: Vec<&Entity> = out[oa..ob.max(oa)]
                .iter()
                .chain(added[aa..ab.max(aa)].iter())
                .filter(|e| e.span.end() <= t.span.start())
                .filter(|e| pred(e))
                .collect();
            let latest = cands.iter().max_by_key(|e| e.span.start())?;
            let sentence = doc.sentence_at(latest.span.start()).map(|s| s.index);
            let governed = |e: &Entity| {
                let from = doc
                    .sentence_at(e.span.start())
                    .map(|s| s.span.start())
                    .unwrap_or(0);
                let before = doc
                    .text_of(doc.span(from, e.span.start()))
                    .trim_end()
                    .to_lowercase();
                matches!(
                    before.rsplit(' ').next().unwrap_or(""),
                    "by" | "against" | "to" | "over" | "from" | "with" | "of" | "than"
                )
            };
            if sentence == here && !teams_only {
                // Same sentence: the nearest; for a person, the nearest that is neither a
                // possessive modifier ("Guedes's cross") nor governed by a preposition ("one
                // more than Messi") when there is one ("Ronaldo met Guedes's cross … for his
                // 110th goal").
                if matches!(latest.referent, Referent::Person(_)) {
                    if let Some(e) = cands
                        .iter()
                        .filter(|e| doc.sentence_at(e.span.start()).map(|s| s.index) == here)
                        .filter(|e| matches!(e.referent, Referent::Person(_)))
                        .filter(|e| !e.possessive && !governed(e))
                        .max_by_key(|e| e.span.start())
                    {
                        return Some((*e).clone());
                    }
                }
                return Some((*latest).clone());
            }
            if sentence == here {
                // A side in the same sentence: the nearest that is not the object of a
                // preposition ("put them ahead against Ecuador …, and they went through");
                // with only such objects before it, the subject of an earlier sentence.
                if let Some(e) = cands
                    .iter()
                    .filter(|e| doc.sentence_at(e.span.start()).map(|s| s.index) == here)
                    .filter(|e| !governed(e))
                    .max_by_key(|e| e.span.start())
                {
                    return Some((*e).clone());
                }
                let earlier_sentence = cands
                    .iter()
                    .filter(|e| doc.sentence_at(e.span.start()).map(|s| s.index) != here)
                    .max_by_key(|e| e.span.start())
                    .and_then(|e| doc.sentence_at(e.span.start()).map(|s| s.index));
                let in_earlier: Vec<&&Entity> = cands
                    .iter()
                    .filter(|e| {
                        earlier_sentence.is_some()
                            && doc.sentence_at(e.span.start()).map(|s| s.index) == earlier_sentence
                    })
                    .collect();
                return in_earlier
                    .iter()
                    .find(|e| !governed(e))
                    .map(|e| (**e).clone())
                    .or_else(|| Some((*latest).clone()));
            }
            // An earlier sentence: its subject-like entity (the first one not governed by a
            // preposition) rather than its last object.
            let in_sentence: Vec<&&Entity> = cands
                .iter()
                .filter(|e| doc.sentence_at(e.span.start()).map(|s| s.index) == sentence)
                .collect();
            in_sentence
                .iter()
                .find(|e| !governed(e))
                .or(in_sentence.first())
                .map(|e| (**e).clone())
        };
        // Team roles ("the hosts").
        if let Some((n, role)) = team_role(&words) {
            let span = t.span.cover(toks[k + n - 1].span);
            added.push(Entity {
                span,
                referent: Referent::TeamRole { role },
                via: Via::Description,
                antecedent: None,
                age: None,
                possessive: toks[k + n - 1].norm.ends_with("'s"),
            });
            k += n;
            continue;
        }
        // "his side", "her team", "their side" → the person's (or team's) team.
        let w = t.norm.as_str();
        let pronoun = match w {
            "he" | "him" | "his" | "himself" | "she" | "her" | "hers" | "herself" => Some(false),
            "they" | "them" | "their" | "theirs" | "themselves" => Some(true),
            _ => None,
        };
        if let Some(plural) = pronoun {
            let next = words.get(1).copied().unwrap_or("");
            let side = matches!(
                next,
                "side" | "team" | "country" | "nation" | "men" | "women"
            );
            let ant = if plural || side {
                earlier(&|e: &Entity| e.is_team(), true)
            } else {
                earlier(
                    &|e: &Entity| {
                        matches!(e.referent, Referent::Person(_) | Referent::Described { .. })
                    },
                    false,
                )
            };
            let span = if side {
                t.span.cover(toks[k + 1].span)
            } else {
                t.span
            };
            if let Some(a) = ant {
                added.push(Entity {
                    span,
                    referent: a.referent.clone(),
                    via: Via::Pronoun,
                    antecedent: Some(a.span),
                    age: a.age,
                    possessive: matches!(w, "his" | "her" | "their") && !side,
                });
            }
            k += if side { 2 } else { 1 };
            continue;
        }
        // "the striker", "the 29-year-old", "the 31 year old forward".
        if w == "the" {
            let mut j = k + 1;
            let mut age = None;
            for m in mentions.within(doc.span(t.span.end(), t.span.end() + 40)) {
                if let Value::Age(a) = &m.value {
                    if toks
                        .get(j)
                        .is_some_and(|n| n.span.start() == m.span.start())
                    {
                        age = Some(*a);
                        j = toks.partition_point(|x| x.span.start() < m.span.end());
                    }
                }
            }
            // "the Barcelona teenager", "the 24-year-old Paris Saint-Germain forward": a club
            // or a nationality (capitalised words) may qualify the noun.
            let mut q = j;
            while q < j + 3 && toks.get(q).is_some_and(|n| n.capitalised(doc)) {
                q += 1;
            }
            if q > j
                && toks
                    .get(q)
                    .is_some_and(|n| PERSON_NOUNS.contains(&n.norm.as_str()))
            {
                j = q;
            }
            let noun = toks.get(j).map(|n| n.norm.as_str()).unwrap_or("");
            let is_noun = PERSON_NOUNS.contains(&noun.trim_end_matches("'s"));
            if age.is_some() || is_noun {
                let last = if is_noun { j } else { j.saturating_sub(1) };
                let span = t.span.cover(toks[last.min(toks.len() - 1)].span);
                let ant = earlier(
                    &|e: &Entity| matches!(e.referent, Referent::Person(_)),
                    false,
                );
                added.push(Entity {
                    span,
                    referent: ant
                        .as_ref()
                        .map(|a| a.referent.clone())
                        .unwrap_or(Referent::Described { age }),
                    via: Via::Description,
                    antecedent: ant.map(|a| a.span),
                    age,
                    possessive: noun.ends_with("'s"),
                });
                k = last + 1;
                continue;
            }
        }
        k += 1;
    }
    out.extend(added);
    out.sort_by_key(|e| (e.span.start(), std::cmp::Reverse(e.span.end())));
    out
}
