//! Appearances: "the final was his 26th World Cup match", "making his 24th appearance at the
//! finals", "whose 25 appearances came over four tournaments", "playing at a sixth World Cup",
//! "without the injured James Rodríguez", "he will miss the semi-final", "missed the
//! quarter-final against Brazil", "started all five matches", "played every minute of the run
//! to the final", "had not started a match until the quarter-final", "making his World Cup
//! debut", "Substitute Bruno Petkovic", "players such as Zico, Sócrates and Falcão";
//! club appearances, caps and international debuts are said to be uncovered.
//!
//! Grammar: ordinals and counts of matches or appearances (the count dimension) owned by a
//! person; a table of appearance phrases (miss, without, started all, every minute, debut,
//! substitute, players such as) with the person they are about (possessor, subject, the
//! name after "without").
//!
//! Verified against the person's World Cup matches (`Facts::world_cup_career`: Fjelstul's
//! appearances and substitutions from 1970, openfootball's line-ups for every edition and
//! 2026): the match in scope (or the stage or next match named) tells which; a match without
//! a line-up in any source leaves the claim unverifiable. Outside World Cups nothing is
//! covered.

use super::people;
use super::{Family, Reading};
use crate::discourse::{Entity, Referent, Via};
use crate::doc::Span;
use crate::frames::{AppearanceClaim, AppearanceWhat, Frame, Kind, Predicate};
use crate::mentions::{Dim, Noun, StageValue, Value};
use crate::verify::{Context, Finding, Tie};
use goalline_core::{Date, Gender, Stage};
use goalline_facts::careers::WcCareer;
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "appearance",
    recognise,
    verify,
};

/// "will miss the semi-final", "missed both the quarter-final", "ruled out of the final".
static MISS: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?P<verb>will\s+miss|misses|to\s+miss|must\s+miss|missed|miss|ruled\s+out\s+of|sat\s+out|sits\s+out|suspended\s+for|banned\s+for)\s+(?:both\s+|all\s+of\s+)?(?:the|their|his|her|this|Saturday's|Sunday's|\w+day's)\s+",
    )
});

/// "without the injured X", "without X", "in the absence of X".
static WITHOUT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:without|in\s+the\s+absence\s+of|missing)\s+(?:the\s+)?(?:(?:injured|suspended|banned|absent|ill|sick|unavailable|rested|dropped)\s+)?(?:(?:captain|striker|forward|defender|midfielder|goalkeeper|keeper|winger|star|talisman)\s+)?",
    )
});

/// "started all five matches", "started every game", "started each of their matches".
static STARTED_ALL: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\bstart(?:ed|s)?\s+(?:all|every|each)\s+(?:of\s+(?:their|his|her|the)\s+)?(?P<n>\w+\s+)?(?:of\s+(?:their|his|her|the)\s+)?(?:matches|games|fixtures|match|game)\b",
    )
});

/// "played every minute", "played every single minute".
static EVERY_MINUTE: Lazy<Regex> =
    Lazy::new(|| crate::rx::must(r"(?i)\bplay(?:ed|s)?\s+every\s+(?:single\s+)?minute\b"));

/// "had not (even) started a match until the quarter-final".
static FIRST_START: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:had\s+not|hadn't|did\s+not|didn't|never)\s+(?:even\s+)?start(?:ed)?\s+(?:a|one|any)\s+(?:single\s+)?(?:match|game)\s+(?:until|before)\s+the\s+",
    )
});

/// "making his World Cup debut", "made her tournament debut", "his senior England debut".
static DEBUT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:mak\w*|made|handed|given|earned|won)\s+(?:his|her|a)\s+(?P<kind>(?:[\p{L}'-]+\s+){0,3}?)debut\b",
    )
});

/// "Substitute Bruno Petkovic", "came off the bench".
static SUBSTITUTE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:(?-i:S)ubstitute|substitute|replacement)\s+(?-i:\p{Lu})|\bcame\s+off\s+the\s+bench\b|\bcame\s+on\s+as\s+(?:a\s+)?substitute\b",
    )
});

/// "players such as A, B and C", "the likes of A and B", "a side including A, B and C".
static SUCH_AS: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:players|stars|talents|names|greats|internationals)\s+(?:such\s+as|like|including)\s+|\bthe\s+likes\s+of\s+",
    )
});

/// Appearances for a club ("three appearances for Juventus"), caps.
static UNCOVERED: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:appearances?|games|matches)\s+for\s+(?P<club>(?-i:\p{Lu})[\p{L}]+)|\b(?P<caps>caps?)\b",
    )
});

/// "at the finals", "at World Cups", "World Cup": the World Cup context of a count.
static WORLD_CUP_WORDS: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(r"(?i)\b(?:world\s+cups?|at\s+the\s+finals|finals\s+matches|mundial)\b")
});

/// World Cup years for an explanation: "2018, 2022, 2026".
fn list_years(years: &[i32]) -> String {
    years
        .iter()
        .map(|y| y.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Readings that take the World Cup from the context (the uncovered ones say so anyway).
fn ordinal_or_count_needs_context(f: &Frame) -> bool {
    matches!(
        &f.predicate,
        Predicate::Appearance(AppearanceClaim {
            what: AppearanceWhat::Nth(_)
                | AppearanceWhat::Count { .. }
                | AppearanceWhat::NthTournament(_),
            ..
        })
    )
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let text = r.doc.text_of(s.span);
        // The World Cup is the context when this sentence or one of the two before names it
        // and this one names no other competition.
        let other_competition = r.mentions_of(s.span, Dim::Competition).iter().any(
            |m| matches!(&m.value, Value::Competition(c) if !c.competition.contains("World Cup")),
        );
        let world_cup = WORLD_CUP_WORDS.is_match(text)
            || (!other_competition
                && (1..=2).any(|k| {
                    s.index
                        .checked_sub(k)
                        .and_then(|i| r.doc.sentences.get(i))
                        .is_some_and(|p| {
                            p.paragraph + 1 >= s.paragraph
                                && WORLD_CUP_WORDS.is_match(r.doc.text_of(p.span))
                        })
                }));
        let competition = r
            .mentions_of(s.span, Dim::Competition)
            .into_iter()
            .find_map(|m| match &m.value {
                Value::Competition(c) => Some(c.clone()),
                _ => None,
            });
        let push = |out: &mut Vec<Frame>,
                    rule: &'static str,
                    span: Span,
                    trigger: Span,
                    person: Option<Entity>,
                    what: AppearanceWhat| {
            out.push(r.frame(
                "appearance",
                rule,
                Kind::Appearances,
                span,
                trigger,
                Predicate::Appearance(AppearanceClaim {
                    person,
                    what,
                    competition: competition.clone(),
                    with: Vec::new(),
                }),
            ));
        };
        // Ordinals and counts of matches and appearances.
        for m in r.mentions_of(s.span, Dim::Count) {
            let (n, noun, ordinal) = match &m.value {
                Value::Ordinal(o) if o.n.len() == 1 => (o.n[0], o.noun, true),
                Value::Count(c) => (c.n, c.noun, false),
                _ => continue,
            };
            if !matches!(noun, Noun::Match | Noun::Appearance | Noun::Tournament) {
                continue;
            }
            let Some(person) = owner(r, m.span) else {
                continue;
            };
            let tail = r.doc.text_of(r.doc.span(m.span.end(), s.span.end()));
            let noun_phrase = r.doc.text_of(
                r.doc
                    .span(m.span.start(), (m.span.end() + 40).min(s.span.end())),
            );
            let uncovered = UNCOVERED.captures(noun_phrase).and_then(|c| {
                if c.name("caps").is_some() {
                    Some("caps are not in the data")
                } else {
                    let club = c.name("club")?.as_str();
                    let team = r
                        .discourse
                        .entities_in(r.doc.span(m.span.end(), s.span.end()))
                        .any(|e| e.is_team() && r.doc.text_of(e.span).starts_with(club));
                    (!team).then_some("club appearances are not in the data")
                }
            });
            let what = if let Some(u) = uncovered {
                AppearanceWhat::Uncovered(u)
            } else if noun == Noun::Tournament {
                if !ordinal || !world_cup {
                    continue;
                }
                AppearanceWhat::NthTournament(n)
            } else if !world_cup {
                if noun == Noun::Appearance && ordinal {
                    AppearanceWhat::Uncovered("international appearances are not in the data")
                } else {
                    continue;
                }
            } else if ordinal {
                AppearanceWhat::Nth(n)
            } else {
                // "25 appearances came over four tournaments".
                let tournaments = r
                    .mentions_of(r.doc.span(m.span.end(), s.span.end()), Dim::Count)
                    .into_iter()
                    .find_map(|x| match &x.value {
                        Value::Count(c)
                            if c.noun == Noun::Tournament && x.span.start() - m.span.end() < 40 =>
                        {
                            Some(c.n)
                        }
                        _ => None,
                    });
                if noun == Noun::Match
                    && !tail.to_lowercase().contains("world cup")
                    && !text.to_lowercase().contains("appearance")
                {
                    continue;
                }
                AppearanceWhat::Count { n, tournaments }
            };
            // The World Cup named next to the number ("14 World Cup matches", "his 24th
            // appearance at the finals"), not only somewhere in the sentence ("World Cup
            // winner Messi, who has scored 106 in 180 matches"): otherwise the reading is a
            // guess that may support but never contradict.
            let near = {
                let from = s.span.start().max(m.span.start().saturating_sub(30));
                let to = (m.span.end() + 40).min(s.span.end());
                WORLD_CUP_WORDS.is_match(r.doc.text_of(r.doc.span(from, to)))
            };
            let span = phrase(r, &person, m.span, s.span);
            let span = r.doc.trim(span, &[',', '.', ';']);
            push(out, "count", span, m.span, Some(person), what);
            if !near && ordinal_or_count_needs_context(&out[out.len() - 1]) {
                if let Some(last) = out.last_mut() {
                    last.certain = false;
                }
            }
        }
        // "will miss the semi-final", "missed the quarter-final against Brazil".
        for m in r.find(&MISS, s.span) {
            let rest = r.doc.span(m.span.end(), s.span.end());
            let Some(stage) =
                r.mentions_of(rest, Dim::Stage)
                    .into_iter()
                    .find_map(|x| match &x.value {
                        Value::Stage(v) if x.span.start() <= m.span.end() + 1 => {
                            Some((x.span, v.clone()))
                        }
                        _ => None,
                    })
            else {
                continue;
            };
            let Some(person) = subject(r, m.span) else {
                continue;
            };
            let verb = r.doc.text_of(m.span).to_lowercase();
            let before = r
                .doc
                .text_of(r.doc.span(s.span.start(), m.span.start()))
                .trim_end()
                .to_lowercase();
            let past = before.ends_with(" was")
                || before.ends_with(" were")
                || before.ends_with(" had been")
                || before.ends_with(" had");
            let next = verb.contains("will")
                || verb.starts_with("to ")
                || verb.contains("must")
                || verb.starts_with("misses")
                || verb.starts_with("miss ")
                || (!past
                    && (verb.starts_with("suspended")
                        || verb.starts_with("banned")
                        || verb.starts_with("ruled")));
            let span = m.span.cover(stage.0);
            push(
                out,
                "miss",
                span,
                m.span,
                Some(person),
                AppearanceWhat::Played {
                    played: false,
                    stage: Some(stage.1),
                    next,
                },
            );
        }
        // "without the injured James Rodríguez".
        for m in r.find(&WITHOUT, s.span) {
            let Some(e) = r
                .discourse
                .entities_starting(m.span.end(), m.span.end() + 1)
                .iter()
                .find(|e| e.span.start() == m.span.end() && e.via == Via::Name)
            else {
                continue;
            };
            if !matches!(e.referent, Referent::Person(_)) {
                continue;
            }
            push(
                out,
                "without",
                m.span.cover(e.span),
                m.span,
                Some(e.clone()),
                AppearanceWhat::Played {
                    played: false,
                    stage: None,
                    next: false,
                },
            );
        }
        for m in r.find(&STARTED_ALL, s.span) {
            let Some(person) = subject(r, m.span) else {
                continue;
            };
            let n = m
                .group("n")
                .and_then(|g| crate::mentions::numbers::parse_number(r.doc.text_of(g)));
            push(
                out,
                "started_all",
                m.span,
                m.span,
                Some(person),
                AppearanceWhat::StartedAll(n),
            );
        }
        for m in r.find(&EVERY_MINUTE, s.span) {
            let Some(person) = subject(r, m.span) else {
                continue;
            };
            let end = r
                .mentions_of(r.doc.span(m.span.end(), s.span.end()), Dim::Stage)
                .into_iter()
                .find(|x| x.span.start() < m.span.end() + 40)
                .map(|x| x.span.end())
                .unwrap_or(m.span.end());
            let span = person_span(&person, m.span, s.span).cover(r.doc.span(m.span.start(), end));
            push(
                out,
                "every_minute",
                span,
                m.span,
                Some(person),
                AppearanceWhat::EveryMinute,
            );
        }
        for m in r.find(&FIRST_START, s.span) {
            let rest = r.doc.span(m.span.end(), s.span.end());
            let Some((sp, stage)) =
                r.mentions_of(rest, Dim::Stage)
                    .into_iter()
                    .find_map(|x| match &x.value {
                        Value::Stage(v) if x.span.start() <= m.span.end() + 1 => {
                            Some((x.span, v.clone()))
                        }
                        _ => None,
                    })
            else {
                continue;
            };
            let Some(person) = subject(r, m.span) else {
                continue;
            };
            let span = person_span(&person, m.span, s.span).cover(sp);
            push(
                out,
                "first_start",
                span,
                m.span,
                Some(person),
                AppearanceWhat::FirstStartAt(stage),
            );
        }
        for m in r.find(&DEBUT, s.span) {
            let Some(person) = subject(r, m.span) else {
                continue;
            };
            let kind = m
                .group("kind")
                .map(|g| r.doc.text_of(g).to_lowercase())
                .unwrap_or_default();
            let what = if kind.contains("world cup") || kind.contains("finals") {
                AppearanceWhat::Debut { world_cup: true }
            } else if kind.contains("tournament") || kind.contains("competition") {
                AppearanceWhat::Debut { world_cup: false }
            } else {
                AppearanceWhat::Uncovered("international debuts are not in the data")
            };
            let span = r.doc.trim(
                r.doc.span(
                    m.span.start(),
                    r.segment_span(m.span).end().max(m.span.end()),
                ),
                &[',', '.', ';'],
            );
            push(out, "debut", span, m.span, Some(person), what);
        }
        for m in r.find(&SUBSTITUTE, s.span) {
            let word = r.doc.text_of(m.span).to_lowercase();
            let person = if word.starts_with("came") {
                subject(r, m.span)
            } else {
                r.discourse
                    .entities_starting(m.span.end().saturating_sub(2), m.span.end() + 2)
                    .iter()
                    .find(|e| {
                        e.via == Via::Name
                            && e.span.start() >= m.span.end().saturating_sub(2)
                            && e.span.start() <= m.span.end() + 1
                    })
                    .filter(|e| matches!(e.referent, Referent::Person(_)))
                    .cloned()
            };
            let Some(person) = person else { continue };
            let span = person_span(&person, m.span, s.span).cover(person.span);
            push(
                out,
                "substitute",
                span,
                m.span,
                Some(person),
                AppearanceWhat::Substitute,
            );
        }
        for m in r.find(&SUCH_AS, s.span) {
            let list: Vec<&Entity> = r
                .discourse
                .entities_starting(m.span.end(), m.span.end() + 80)
                .iter()
                .filter(|e| {
                    e.via == Via::Name
                        && matches!(e.referent, Referent::Person(_))
                        && e.span.start() >= m.span.end()
                        && s.span.contains(e.span)
                        && e.span.start() < m.span.end() + 80
                })
                .collect();
            if list.len() < 2 {
                continue;
            }
            let head = r.segment_span(m.span).start().min(m.span.start());
            let span = r.doc.span(head, list[list.len() - 1].span.end());
            push(
                out,
                "such_as",
                span,
                m.span,
                Some(list[0].clone()),
                AppearanceWhat::InSquad,
            );
            if let Some(Predicate::Appearance(a)) = out.last_mut().map(|f| &mut f.predicate) {
                a.with = list[1..].iter().map(|e| (*e).clone()).collect();
            }
        }
    }
}

/// The person an ordinal or count belongs to: a possessor ("his", "Messi's", "whose"), the
/// subject of its clause, or the name it is apposed to ("Sawa, the 36-year-old playing at a
/// sixth World Cup").
fn owner(r: &Reading<'_>, at: Span) -> Option<Entity> {
    let sentence = r.sentence_of(at)?.span;
    let before = r.doc.span(sentence.start(), at.start());
    let head = r.doc.text_of(before).trim_end().to_lowercase();
    if head.ends_with("whose") {
        return people::relative_antecedent(r, at).cloned();
    }
    if let Some(e) = r.discourse.entities_in(before).max_by_key(|e| e.span.end()) {
        let gap = r.doc.text_of(r.doc.span(e.span.end(), at.start()));
        let gap = gap
            .trim()
            .trim_start_matches("'s")
            .trim_start_matches("\u{2019}s")
            .trim();
        let ok = gap.split_whitespace().count() <= 3
            && gap.split_whitespace().all(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "record"
                        | "joint-record"
                        | "record-equalling"
                        | "record-breaking"
                        | "landmark"
                        | "tally"
                        | "total"
                        | "of"
                )
            });
        if ok
            && (e.possessive || e.via == Via::Pronoun)
            && matches!(e.referent, Referent::Person(_))
        {
            return Some(people::possessor(r, e));
        }
    }
    // A subject only when a verb of its own governs the number ("Costa has made 19
    // appearances", "Dubois is playing in his fourth World Cup", "the final was his 26th").
    static VERB: Lazy<Regex> = Lazy::new(|| {
        crate::rx::must(
            r"(?i)\b(?:has|have|had|made|makes|making|played|plays|playing|won|earned|reached|was|is|at)\b[^,;]{0,30}$",
        )
    });
    let seg = r.segment_span(at);
    let head = r
        .doc
        .text_of(r.doc.span(seg.start().min(at.start()), at.start()));
    if !VERB.is_match(head) {
        return None;
    }
    subject(r, at)
}

/// The subject of a phrase's clause when it is a person (or the name it is apposed to).
fn subject(r: &Reading<'_>, at: Span) -> Option<Entity> {
    if let Some(e) = people::relative_antecedent(r, at) {
        return Some(e.clone());
    }
    let si = r.discourse.segment_at(at.start())?;
    let e = r.discourse.subject_before(r.doc, si, at)?;
    if !matches!(e.referent, Referent::Person(_) | Referent::Described { .. }) {
        return None;
    }
    // A description ("the 36-year-old playing at") stands for the name before it.
    Some(e)
}

fn person_span(person: &Entity, at: Span, sentence: Span) -> Span {
    if sentence.contains(person.span)
        && person.span.end() <= at.start()
        && at.start() - person.span.end() < 40
    {
        person.span.cover(at)
    } else {
        at
    }
}

/// The words of an ordinal's or count's claim: from its possessive ("his", "whose",
/// "Matthaeus's") or its subject (when close) to its noun phrase and a "over N tournaments".
fn phrase(r: &Reading<'_>, person: &Entity, at: Span, sentence: Span) -> Span {
    let head = r.doc.text_of(r.doc.span(sentence.start(), at.start()));
    let words: Vec<(usize, &str)> = head
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - head.as_ptr() as usize, w))
        .collect();
    let start = words
        .iter()
        .rev()
        .take(3)
        .find(|(_, w)| {
            let l = w.to_lowercase();
            matches!(l.as_str(), "his" | "her" | "whose" | "their")
                || l.ends_with("'s")
                || l.ends_with("\u{2019}s")
        })
        .map(|(i, _)| sentence.start() + i);
    let end = phrase_end(r, at, sentence);
    match start {
        Some(st) if !(person.span.start() >= st && person.span.end() <= at.start()) => {
            r.doc.span(st, end)
        }
        _ => person_span(person, at, sentence).cover(r.doc.span(at.start(), end)),
    }
}

fn phrase_end(r: &Reading<'_>, at: Span, sentence: Span) -> usize {
    let toks = r.doc.tokens_in(r.doc.span(at.end(), sentence.end()));
    let mut end = at.end();
    for t in toks.iter().take(6) {
        let w = t.norm.as_str();
        if matches!(
            w,
            "match"
                | "matches"
                | "game"
                | "games"
                | "appearance"
                | "appearances"
                | "cup"
                | "cups"
                | "finals"
                | "caps"
                | "cap"
                | "tournaments"
        ) {
            end = t.span.end();
        }
        if matches!(w, "," | "." | ";") {
            break;
        }
    }
    // "… came over four tournaments between 1982 and 1998".
    for m in r.mentions_of(r.doc.span(end, sentence.end()), Dim::Count) {
        if matches!(&m.value, Value::Count(c) if c.noun == Noun::Tournament)
            && m.span.start() < end + 30
        {
            end = r
                .doc
                .tokens_in(r.doc.span(m.span.end(), sentence.end()))
                .first()
                .map(|t| t.span.end())
                .unwrap_or(m.span.end());
        }
    }
    end
}

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::Appearance(c) = &f.predicate else {
        return Finding::unknown("not an appearance", Tie::none("-"));
    };
    if let AppearanceWhat::Uncovered(why) = c.what {
        return Finding::unknown(why, Tie::none("not in the data"));
    }
    let Some(p) = c.person.as_ref().and_then(|e| people::player_of(ctx, e)) else {
        return Finding::unknown(
            "the player is not identified in the data",
            Tie::none("no player"),
        );
    };
    let name = ctx
        .facts
        .player_row(p)
        .ok()
        .flatten()
        .map(|r| r.name)
        .unwrap_or_default();
    // Only World Cups have line-ups.
    let main_wc = ctx
        .main
        .as_ref()
        .is_some_and(|m| m.row.tournament.contains("World Cup"));
    let named_wc = c
        .competition
        .as_ref()
        .map(|x| x.competition.contains("World Cup"));
    let about_wc = match &c.what {
        AppearanceWhat::Nth(_)
        | AppearanceWhat::Count { .. }
        | AppearanceWhat::NthTournament(_) => true,
        _ => named_wc.unwrap_or(main_wc),
    };
    if !about_wc {
        return Finding::unknown(
            "line-ups are in the data for World Cup matches only",
            Tie::none("not a World Cup"),
        );
    }
    let Ok(career) = ctx.facts.world_cup_career(p) else {
        return Finding::unknown(
            "the player's World Cup matches are not available",
            Tie::none("-"),
        );
    };
    let career = career.value;
    match &c.what {
        AppearanceWhat::Nth(n) => verify_nth(f, ctx, &career, &name, *n),
        AppearanceWhat::Count { n, tournaments } => {
            verify_count(f, ctx, &career, &name, *n, *tournaments)
        }
        AppearanceWhat::NthTournament(n) => verify_nth_tournament(f, ctx, &career, &name, *n),
        AppearanceWhat::Played {
            played,
            stage,
            next,
        } => verify_played(f, ctx, &career, &name, *played, stage.as_ref(), *next),
        AppearanceWhat::StartedAll(n) => verify_started_all(f, ctx, &career, &name, *n),
        AppearanceWhat::EveryMinute => verify_every_minute(f, ctx, &career, &name),
        AppearanceWhat::FirstStartAt(stage) => verify_first_start(f, ctx, &career, &name, stage),
        AppearanceWhat::Debut { world_cup } => verify_debut(f, ctx, &career, &name, *world_cup),
        AppearanceWhat::Substitute => verify_substitute(f, ctx, &career, &name),
        AppearanceWhat::InSquad => {
            let first = verify_squad(ctx, &career, &name);
            if !matches!(first.status, crate::verify::Status::Holds) {
                return first;
            }
            for e in &c.with {
                let Some(q) = people::player_of(ctx, e) else {
                    return Finding::unknown(
                        format!("{} is not identified in the data", ctx.doc.text_of(e.span)),
                        first.tie,
                    );
                };
                let qname = ctx
                    .facts
                    .player_row(q)
                    .ok()
                    .flatten()
                    .map(|r| r.name)
                    .unwrap_or_default();
                let Ok(qc) = ctx.facts.world_cup_career(q) else {
                    return Finding::unknown(
                        "a player's World Cup matches are not available",
                        first.tie,
                    );
                };
                let f2 = verify_squad(ctx, &qc.value, &qname);
                if !matches!(f2.status, crate::verify::Status::Holds) {
                    return f2;
                }
            }
            first
        }
        AppearanceWhat::Uncovered(_) => unreachable!(),
    }
}

/// The World Cup match in scope, with the tie.
fn wc_match(
    f: &Frame,
    ctx: &Context<'_>,
) -> Result<(Tie, goalline_core::MatchId, Date, i32), Box<Finding>> {
    let (tie, m) = ctx.match_for(f, &[]);
    let Some(m) = m else {
        return Err(Box::new(Finding::unknown(
            format!("the match is not identified: {}", tie.why),
            tie,
        )));
    };
    let Some(w) = ctx
        .facts
        .wc_index()
        .ok()
        .and_then(|ix| ix.match_info(m.row.id).cloned())
    else {
        if m.row.tournament == "FIFA World Cup" {
            use goalline_core::Datelike;
            return Ok((tie, m.row.id, m.row.date, m.row.date.year()));
        }
        return Err(Box::new(Finding::unknown(
            "line-ups are in the data for World Cup matches only",
            tie,
        )));
    };
    Ok((tie, m.row.id, m.row.date, w.year))
}

fn verify_nth(f: &Frame, ctx: &Context<'_>, c: &WcCareer, name: &str, n: u32) -> Finding {
    let (tie, id, date, _) = match wc_match(f, ctx) {
        Ok(x) => x,
        Err(e) => return *e,
    };
    let upto: Vec<_> = c.appearances.iter().filter(|a| a.date <= date).collect();
    let played_here = upto.iter().any(|a| a.match_id == id);
    let unknown_before = c.unknown.iter().filter(|u| u.1 <= date).count();
    let k = upto.len() as u32;
    let detail = format!(
        "{name} had played {k} World Cup matches up to {date}{}",
        if played_here {
            ", this one included"
        } else {
            ""
        }
    );
    let ev: Vec<_> = upto
        .iter()
        .rev()
        .take(3)
        .map(|a| a.evidence.clone())
        .collect();
    if !played_here {
        return Finding::unknown(
            format!("{name} is not in this match's line-up in the data; {detail}"),
            tie,
        );
    }
    if k == n && unknown_before == 0 {
        return Finding::holds(detail, tie, ev);
    }
    // "in only his second appearance": an appearance may be a tournament.
    let mut years: Vec<i32> = upto.iter().map(|a| a.year).collect();
    years.dedup();
    if years.len() as u32 == n {
        return Finding::unknown(
            format!("read as his World Cup number {n} it holds, as a match it does not; {detail}"),
            tie,
        );
    }
    if unknown_before == 0 {
        return Finding::fails(format!("{k}th"), detail, tie, ev);
    }
    if k > n {
        return Finding::fails(format!("at least {k}"), detail, tie, ev);
    }
    Finding::unknown(format!("some line-ups are missing; {detail}"), tie)
}

fn verify_count(
    f: &Frame,
    ctx: &Context<'_>,
    c: &WcCareer,
    name: &str,
    n: u32,
    tournaments: Option<u32>,
) -> Finding {
    let mut as_of = ctx.date.or(ctx.main.as_ref().map(|m| m.row.date));
    // "Before this summer": up to the end of the previous year.
    if f.scope.time.prior || f.scope.sentence_time.prior || f.scope.sentence_any.prior {
        use goalline_core::Datelike;
        as_of = as_of.and_then(|d| Date::from_ymd_opt(d.year() - 1, 12, 31));
    }
    let apps: Vec<_> = c
        .appearances
        .iter()
        .filter(|a| as_of.is_none_or(|d| a.date <= d))
        .collect();
    let k = apps.len() as u32;
    let unknown = c
        .unknown
        .iter()
        .filter(|u| as_of.is_none_or(|d| u.1 <= d))
        .count();
    let mut years: Vec<i32> = apps.iter().map(|a| a.year).collect();
    years.dedup();
    let t = years.len() as u32;
    let tie = Tie::certain(
        crate::verify::Event::Career,
        format!("{name}'s World Cup matches"),
        "a World Cup career",
    );
    let detail = format!(
        "{name} played {k} World Cup matches at {t} tournaments ({})",
        list_years(&years)
    );
    let ev: Vec<_> = apps
        .iter()
        .rev()
        .take(3)
        .map(|a| a.evidence.clone())
        .collect();
    let complete = unknown == 0;
    if k != n {
        return if complete || k > n {
            Finding::fails(k.to_string(), detail, tie, ev)
        } else {
            Finding::unknown(format!("some line-ups are missing; {detail}"), tie)
        };
    }
    if let Some(x) = tournaments {
        if x != t {
            return Finding::fails(format!("{t} tournaments"), detail, tie, ev);
        }
    }
    if complete {
        Finding::holds(detail, tie, ev)
    } else {
        Finding::unknown(format!("some line-ups are missing; {detail}"), tie)
    }
}

fn verify_nth_tournament(
    f: &Frame,
    ctx: &Context<'_>,
    c: &WcCareer,
    name: &str,
    n: u32,
) -> Finding {
    use goalline_core::Datelike;
    let year = match wc_match(f, ctx) {
        Ok((_, _, _, y)) => y,
        Err(_) => match ctx.date {
            Some(d) => d.year(),
            None => return Finding::unknown("the tournament is not identified", Tie::none("-")),
        },
    };
    let mut years: Vec<i32> = c
        .squads
        .iter()
        .map(|s| s.0)
        .chain(c.appearances.iter().map(|a| a.year))
        .filter(|y| *y <= year)
        .collect();
    years.sort();
    years.dedup();
    let k = years.len() as u32;
    let tie = Tie::certain(
        crate::verify::Event::Career,
        format!("{name}'s World Cups up to {year}"),
        "a World Cup career",
    );
    let detail = format!(
        "{name}'s World Cups up to {year}: {k} ({})",
        list_years(&years)
    );
    if k == n {
        Finding::holds(detail, tie, Vec::new())
    } else if k > n || !years.contains(&year) {
        Finding::unknown(format!("the data count otherwise; {detail}"), tie)
    } else {
        Finding::fails(format!("{k}"), detail, tie, Vec::new())
    }
}

/// The team's match the claim is about: the next one, one of a stage in the edition in
/// scope, or the match in scope.
fn target_match(
    f: &Frame,
    ctx: &Context<'_>,
    c: &WcCareer,
    stage: Option<&StageValue>,
    next: bool,
) -> Result<(Tie, goalline_core::MatchId, String), Box<Finding>> {
    let Some(main) = &ctx.main else {
        return Err(Box::new(Finding::unknown(
            "the article's match is not identified",
            Tie::none("-"),
        )));
    };
    let team = c
        .appearances
        .iter()
        .map(|a| a.team)
        .find(|t| main.involves(*t))
        .or_else(|| c.squads.iter().map(|s| s.1).find(|t| main.involves(*t)));
    let Some(team) = team else {
        return Err(Box::new(Finding::unknown(
            "the player's team is not in the article's match",
            Tie::none("-"),
        )));
    };
    if next {
        let Ok(Some(n)) = ctx.facts.next_match(team, main.row.date, ctx.gender) else {
            return Err(Box::new(Finding::unknown(
                "the team's next match is not in the data",
                Tie::none("-"),
            )));
        };
        if let (Some(s), Some(w)) = (
            stage,
            ctx.facts
                .wc_index()
                .ok()
                .and_then(|ix| ix.match_info(n.id).cloned()),
        ) {
            if w.stage != s.stage && !(s.stage == Stage::SemiFinal && w.stage == Stage::SemiFinal) {
                return Err(Box::new(Finding::unknown(
                    "the team's next match is of another stage",
                    Tie::none("-"),
                )));
            }
        }
        let label = n.evidence.text.clone();
        return Ok((
            Tie::to_match(n.id, label.clone(), true, "the team's next match"),
            n.id,
            label,
        ));
    }
    if let Some(s) = stage {
        let ix = ctx
            .facts
            .wc_index()
            .map_err(|_| Finding::unknown("no World Cup index", Tie::none("-")))?;
        let year = ix.match_info(main.row.id).map(|w| w.year);
        let team_in_main = team;
        let cands: Vec<_> = ix
            .team_matches(
                team_in_main,
                if ctx.gender == Gender::Women {
                    Gender::Women
                } else {
                    Gender::Men
                },
            )
            .filter(|w| Some(w.year) == year && w.stage == s.stage)
            .collect();
        if cands.len() != 1 {
            return Err(Box::new(Finding::unknown(
                "the stage's match is not identified",
                Tie::none("-"),
            )));
        }
        let w = cands[0];
        let label = format!("{} {} ({})", w.date, w.wc_match, w.stage_name);
        return Ok((
            Tie::to_match(
                w.match_id,
                label.clone(),
                true,
                "the team's match at that stage",
            ),
            w.match_id,
            label,
        ));
    }
    let (tie, m) = ctx.match_for(f, &[]);
    match m {
        Some(m) => Ok((tie, m.row.id, m.row.evidence.text.clone())),
        None => Err(Box::new(Finding::unknown(
            format!("the match is not identified: {}", tie.why),
            tie,
        ))),
    }
}

#[allow(clippy::too_many_arguments)]
fn verify_played(
    f: &Frame,
    ctx: &Context<'_>,
    c: &WcCareer,
    name: &str,
    played: bool,
    stage: Option<&StageValue>,
    next: bool,
) -> Finding {
    let (tie, id, label) = match target_match(f, ctx, c, stage, next) {
        Ok(x) => x,
        Err(e) => return *e,
    };
    let did = if let Some(a) = c.appearances.iter().find(|a| a.match_id == id) {
        Some((true, a.evidence.clone()))
    } else if c.missed.iter().any(|m| m.0 == id) {
        Some((
            false,
            ctx.facts
                .match_facts(id)
                .ok()
                .map(|m| m.row.evidence)
                .unwrap_or_else(|| {
                    goalline_core::Evidence::new(goalline_core::Source::Fjelstul, "", 0, "")
                }),
        ))
    } else {
        None
    };
    let Some((did, ev)) = did else {
        return Finding::unknown(format!("no line-up of {label} is in the data"), tie);
    };
    let detail = format!(
        "{name} {} in {label}",
        if did { "played" } else { "did not play" }
    );
    if did == played {
        Finding::holds(detail, tie, vec![ev])
    } else {
        Finding::fails(
            if did {
                format!("{name} played")
            } else {
                format!("{name} did not play")
            },
            detail,
            tie,
            vec![ev],
        )
    }
}

/// The edition in scope: its year.
fn edition_year(f: &Frame, ctx: &Context<'_>) -> Option<i32> {
    use goalline_core::Datelike;
    if let Some(y) = f.scope.time.year().or(f.scope.sentence_time.year()) {
        return Some(y);
    }
    let m = ctx.main.as_ref()?;
    Some(m.row.date.year())
}

type EditionMatch<'c> = (
    goalline_core::MatchId,
    Date,
    Stage,
    Option<&'c goalline_facts::careers::WcAppearance>,
);

fn edition_matches<'c>(
    ctx: &Context<'_>,
    c: &'c WcCareer,
    year: i32,
    upto: Option<Date>,
) -> (Vec<EditionMatch<'c>>, bool) {
    let mut out = Vec::new();
    for a in c.appearances.iter().filter(|a| a.year == year) {
        out.push((a.match_id, a.date, a.stage, Some(a)));
    }
    for m in c.missed.iter().filter(|m| m.2 == year) {
        out.push((m.0, m.1, m.3, None));
    }
    out.retain(|m| upto.is_none_or(|d| m.1 <= d));
    out.sort_by_key(|m| m.1);
    let _ = ctx;
    use goalline_core::Datelike;
    let complete = !c.unknown.iter().any(|u| u.1.year() == year);
    (out, complete)
}

fn verify_started_all(
    f: &Frame,
    ctx: &Context<'_>,
    c: &WcCareer,
    name: &str,
    n: Option<u32>,
) -> Finding {
    let Some(year) = edition_year(f, ctx) else {
        return Finding::unknown("the tournament is not identified", Tie::none("-"));
    };
    let (ms, complete) = edition_matches(ctx, c, year, ctx.date);
    if ms.is_empty() {
        return Finding::unknown(
            format!("{name} played no World Cup match in {year} in the data"),
            Tie::none("-"),
        );
    }
    let starts = ms.iter().filter(|m| m.3.is_some_and(|a| a.started)).count() as u32;
    let total = ms.len() as u32;
    let tie = Tie::certain(
        crate::verify::Event::Career,
        format!("{name} at the {year} World Cup"),
        "a tournament",
    );
    let detail =
        format!("{name} started {starts} of his team's {total} matches at the {year} World Cup");
    let ok = starts == total && n.is_none_or(|n| n == total);
    if ok && complete {
        Finding::holds(detail, tie, Vec::new())
    } else if !ok && complete {
        Finding::fails(format!("{starts} of {total}"), detail, tie, Vec::new())
    } else {
        Finding::unknown(format!("some line-ups are missing; {detail}"), tie)
    }
}

fn verify_every_minute(f: &Frame, ctx: &Context<'_>, c: &WcCareer, name: &str) -> Finding {
    let Some(year) = edition_year(f, ctx) else {
        return Finding::unknown("the tournament is not identified", Tie::none("-"));
    };
    let (ms, complete) = edition_matches(ctx, c, year, None);
    if ms.is_empty() {
        return Finding::unknown(
            format!("{name} played no World Cup match in {year} in the data"),
            Tie::none("-"),
        );
    }
    let tie = Tie::certain(
        crate::verify::Event::Career,
        format!("{name} at the {year} World Cup"),
        "a tournament",
    );
    for m in &ms {
        match m.3 {
            None => {
                return Finding::fails(
                    "he missed a match".to_string(),
                    format!("{name} did not play in a match of {year} ({})", m.1),
                    tie,
                    Vec::new(),
                )
            }
            Some(a) if !a.started || a.off.is_some() => {
                let detail = format!(
                    "{name} {} on {} (World Cup {year})",
                    match (a.started, a.off) {
                        (false, _) => "came on as a substitute".to_string(),
                        (_, Some(o)) => format!("went off at {o}"),
                        _ => String::new(),
                    },
                    a.date
                );
                return Finding::fails(detail.clone(), detail, tie, vec![a.evidence.clone()]);
            }
            _ => {}
        }
    }
    if complete {
        Finding::holds(
            format!(
                "{name} started and finished all {} matches of {year}",
                ms.len()
            ),
            tie,
            Vec::new(),
        )
    } else {
        Finding::unknown("some line-ups are missing", tie)
    }
}

fn verify_first_start(
    f: &Frame,
    ctx: &Context<'_>,
    c: &WcCareer,
    name: &str,
    stage: &StageValue,
) -> Finding {
    let Some(year) = edition_year(f, ctx) else {
        return Finding::unknown("the tournament is not identified", Tie::none("-"));
    };
    let (ms, complete) = edition_matches(ctx, c, year, None);
    let tie = Tie::certain(
        crate::verify::Event::Career,
        format!("{name} at the {year} World Cup"),
        "a tournament",
    );
    let before: Vec<_> = ms.iter().filter(|m| m.2 < stage.stage).collect();
    let at: Vec<_> = ms.iter().filter(|m| m.2 == stage.stage).collect();
    if at.is_empty() || !complete {
        return Finding::unknown(
            format!("the line-ups of {year} are not all in the data"),
            tie,
        );
    }
    let started_before = before
        .iter()
        .filter(|m| m.3.is_some_and(|a| a.started))
        .count();
    let started_at = at.iter().any(|m| m.3.is_some_and(|a| a.started));
    let detail = format!(
        "{name} started {started_before} of {} matches before the {} and {} in it",
        before.len(),
        stage.stage.as_str(),
        if started_at {
            "started"
        } else {
            "did not start"
        }
    );
    if started_before == 0 && started_at {
        Finding::holds(detail, tie, Vec::new())
    } else {
        Finding::fails(detail.clone(), detail, tie, Vec::new())
    }
}

fn verify_debut(
    f: &Frame,
    ctx: &Context<'_>,
    c: &WcCareer,
    name: &str,
    world_cup: bool,
) -> Finding {
    // "made his World Cup debut … in 2006": the year of his first World Cup match.
    if let (true, Some(y)) = (
        world_cup,
        f.scope.time.year().or(f.scope.sentence_time.year()),
    ) {
        let main_year = ctx.main.as_ref().map(|m| {
            use goalline_core::Datelike;
            m.row.date.year()
        });
        if main_year != Some(y) {
            let tie = Tie::certain(
                crate::verify::Event::Career,
                format!("{name}'s World Cup matches"),
                "a World Cup career",
            );
            let Some(first) = c.appearances.first() else {
                return Finding::unknown(
                    format!("no World Cup match of {name}'s is in the data"),
                    tie,
                );
            };
            let detail = format!("{name}'s first World Cup match was on {}", first.date);
            let early_unknown = c.unknown.iter().any(|u| u.1 < first.date);
            return if first.year == y && !early_unknown {
                Finding::holds(detail, tie, vec![first.evidence.clone()])
            } else if first.year < y {
                Finding::fails(
                    first.year.to_string(),
                    detail,
                    tie,
                    vec![first.evidence.clone()],
                )
            } else {
                Finding::unknown(format!("some line-ups are missing; {detail}"), tie)
            };
        }
    }
    let (tie, id, date, year) = match wc_match(f, ctx) {
        Ok(x) => x,
        Err(e) => return *e,
    };
    let Some(here) = c.appearances.iter().find(|a| a.match_id == id) else {
        return Finding::unknown(
            format!("{name} is not in this match's line-up in the data"),
            tie,
        );
    };
    let earlier = c
        .appearances
        .iter()
        .filter(|a| a.date < date && (world_cup || a.year == year))
        .count();
    let detail = format!(
        "{name} had played {earlier} {} matches before {date}",
        if world_cup { "World Cup" } else { "tournament" }
    );
    if earlier == 0 && !c.unknown.iter().any(|u| u.1 < date) {
        Finding::holds(detail, tie, vec![here.evidence.clone()])
    } else if earlier > 0 {
        Finding::fails(
            format!("{earlier} matches before"),
            detail,
            tie,
            vec![here.evidence.clone()],
        )
    } else {
        Finding::unknown(format!("some line-ups are missing; {detail}"), tie)
    }
}

fn verify_substitute(f: &Frame, ctx: &Context<'_>, c: &WcCareer, name: &str) -> Finding {
    let (tie, id, _, _) = match wc_match(f, ctx) {
        Ok(x) => x,
        Err(e) => return *e,
    };
    let Some(a) = c.appearances.iter().find(|a| a.match_id == id) else {
        return Finding::unknown(
            format!("{name} is not in this match's line-up in the data"),
            tie,
        );
    };
    let detail = format!(
        "{name} {} in this match",
        if a.started {
            "started"
        } else {
            "came on as a substitute"
        }
    );
    if a.started {
        Finding::fails(
            format!("{name} started"),
            detail,
            tie,
            vec![a.evidence.clone()],
        )
    } else {
        Finding::holds(detail, tie, vec![a.evidence.clone()])
    }
}

fn verify_squad(ctx: &Context<'_>, c: &WcCareer, name: &str) -> Finding {
    use goalline_core::Datelike;
    let Some(main) = &ctx.main else {
        return Finding::unknown("the article's match is not identified", Tie::none("-"));
    };
    let year = main.row.date.year();
    let tie = Tie::to_match(
        main.row.id,
        main.row.evidence.text.clone(),
        false,
        "the article's match",
    );
    if c.squads.iter().any(|s| s.0 == year && main.involves(s.1))
        || c.appearances
            .iter()
            .any(|a| a.year == year && main.involves(a.team))
    {
        Finding::holds(
            format!("{name} was in the squad of the {year} World Cup"),
            tie,
            Vec::new(),
        )
    } else {
        Finding::unknown(
            format!("{name} is not in a squad of this match's sides in {year} in the data"),
            tie,
        )
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("appearance", include_str!("corpus.txt"));
    }
}
