//! What the families about people share (ages, tallies, n-th goals, appearances, managers):
//! how a name is tied to a phrase in the grammar (a pre-modifier "37-year-old talisman
//! Modric", an apposition "Hurst, the 25-year-old", a relative clause "Bright, who turns 30"),
//! and, in verifiers, who a description or pronoun can mean (the persons the passage names,
//! resolved against the data) and the days a claim about the present refers to.

use super::Reading;
use crate::discourse::{Entity, Referent, SegmentKind, Via};
use crate::doc::Span;
use crate::frames::Frame;
use crate::verify::{Context, PlayerRes};
use goalline_core::{Date, Datelike, PlayerId};

/// Nouns that describe a footballer (or coach) and may stand between an age or a name and
/// the rest of a noun phrase ("37-year-old talisman Modric", "the 29-year-old Chelsea
/// goalkeeper").
pub const PERSON_NOUNS: &[&str] = &[
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
    "centre-half",
    "full-back",
    "fullback",
    "left-back",
    "right-back",
    "wing-back",
    "talisman",
    "star",
    "superstar",
    "attacker",
    "frontman",
    "marksman",
    "hitman",
    "prodigy",
    "wonderkid",
    "sensation",
    "debutant",
    "international",
    "icon",
    "legend",
    "great",
    "coach",
    "manager",
    "boss",
    "player",
    "man",
    "woman",
    "defensive",
    "attacking",
    "central",
    "holding",
    "right",
    "left",
    "back",
    "stopper",
    "shot-stopper",
    "no",
    "number",
    "10",
    "9",
];

/// Adjectives allowed inside such a noun phrase ("the burly 24-year-old winger").
pub const PERSON_ADJECTIVES: &[&str] = &[
    "young",
    "burly",
    "diminutive",
    "experienced",
    "veteran",
    "former",
    "evergreen",
    "ageless",
    "tireless",
    "prolific",
    "teenage",
    "versatile",
    "injured",
    "fit-again",
    "new",
    "then",
    "now",
    "still",
    "also",
    "only",
    "just",
    "record",
    "all-time",
    "influential",
    "inspirational",
    "mercurial",
    "lanky",
    "towering",
    "tall",
    "brilliant",
    "talented",
    "gifted",
    "exciting",
    "rising",
    "irrepressible",
    "outstanding",
    "impressive",
];

/// True for a word that may stand in a person's noun phrase: a person noun, an allowed
/// adjective, or a capitalised word (a club or a nationality: "Werder Bremen striker",
/// "Irish goalkeeper").
pub fn noun_phrase_word(word: &str) -> bool {
    let w = word
        .trim_end_matches("'s")
        .trim_end_matches('\u{2019}')
        .to_lowercase();
    PERSON_NOUNS.contains(&w.as_str())
        || PERSON_ADJECTIVES.contains(&w.as_str())
        || word.chars().next().is_some_and(char::is_uppercase)
}

/// True for a person noun (the head of "the 29-year-old Chelsea goalkeeper").
pub fn person_noun(word: &str) -> bool {
    let w = word
        .trim_end_matches("'s")
        .trim_end_matches("\u{2019}s")
        .to_lowercase();
    PERSON_NOUNS.contains(&w.as_str())
}

/// The words of a gap between two spans (`None` when it holds punctuation other than the
/// word-inner hyphen and apostrophe).
fn gap_words(r: &Reading<'_>, from: usize, to: usize) -> Option<Vec<String>> {
    if to < from {
        return None;
    }
    let text = r.doc.text_of(r.doc.span(from, to));
    if text.chars().any(|c| {
        !(c.is_alphanumeric() || c.is_whitespace() || matches!(c, '-' | '\'' | '\u{2019}'))
    }) {
        return None;
    }
    Some(text.split_whitespace().map(str::to_string).collect())
}

/// A person named right after `at`, across at most `max` noun-phrase words ("37-year-old
/// talisman Modric", "teenager Kylian Mbappe", "the teenage Irish goalkeeper Gavin Bazunu").
/// A name followed by a person noun is a club ("the 24-year-old Paris Saint-Germain forward"),
/// not the person.
pub fn named_after<'a>(r: &Reading<'a>, at: Span, max: usize) -> Option<&'a Entity> {
    let sentence = r.sentence_of(at)?.span;
    let e = r
        .discourse
        .entities_in(sentence)
        .filter(|e| {
            e.via == Via::Name
                && sentence.contains(e.span)
                && matches!(e.referent, Referent::Person(_))
        })
        .find(|e| e.span.start() >= at.end())?;
    let words = gap_words(r, at.end(), e.span.start())?;
    if words.len() > max || !words.iter().all(|w| noun_phrase_word(w)) {
        return None;
    }
    // "Paris Saint-Germain forward": the name qualifies a noun; it is not the person.
    let after = r
        .doc
        .text_of(r.doc.span(e.span.end(), sentence.end()))
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_string();
    if person_noun(after.trim_end_matches([',', '.', ';', ':'])) && !e.possessive {
        return None;
    }
    Some(e)
}

/// A person named right before `at` in apposition: "Hurst, the 25-year-old", "Modric, 37,",
/// "Mendy, the burly 29-year-old", "Navas, at 38", "Ortega, a 20-year-old".
pub fn named_before<'a>(r: &Reading<'a>, at: Span) -> Option<&'a Entity> {
    let sentence = r.sentence_of(at)?.span;
    let e = r
        .discourse
        .entities_in(sentence)
        .filter(|e| e.via == Via::Name && sentence.contains(e.span))
        .filter(|e| e.span.end() <= at.start())
        .last()?;
    if !matches!(e.referent, Referent::Person(_)) {
        return None;
    }
    let gap = r.doc.text_of(r.doc.span(e.span.end(), at.start()));
    let gap = gap.trim_start();
    let rest = gap.strip_prefix(',')?.trim();
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.len() > 3 || rest.contains([',', ';', '(', ')', ':']) {
        return None;
    }
    let ok = words.iter().enumerate().all(|(i, w)| {
        let w = w.to_lowercase();
        (i == 0 && matches!(w.as_str(), "the" | "a" | "an" | "aged"))
            || PERSON_ADJECTIVES.contains(&w.as_str())
    });
    ok.then_some(e)
}

/// The person a relative clause holding `at` hangs on, when named right before it ("Bright,
/// who turns 30", "Ochoa, who turned 38").
pub fn relative_antecedent<'a>(r: &Reading<'a>, at: Span) -> Option<&'a Entity> {
    let seg = r.discourse.segment(at.start())?;
    if seg.kind != SegmentKind::Relative || !matches!(seg.opener, Some("who") | Some("whose")) {
        return None;
    }
    let sentence = r.sentence_of(at)?.span;
    let e = r
        .discourse
        .entities_in(sentence)
        .filter(|e| sentence.contains(e.span) && matches!(e.referent, Referent::Person(_)))
        .filter(|e| e.span.end() <= seg.span.start())
        .last()?;
    let gap = r.doc.text_of(r.doc.span(e.span.end(), seg.span.start()));
    (gap.trim().is_empty() || gap.trim() == ",").then_some(e)
}

/// Sentence openers that do not stop a description from being the subject ("But the
/// 29-year-old …").
const OPENERS: &[&str] = &[
    "",
    "the",
    "but the",
    "and the",
    "yet the",
    "still, the",
    "now the",
];

/// True when `at` (a description) is the first noun phrase of its sentence.
pub fn opens_sentence(r: &Reading<'_>, at: Span) -> bool {
    let Some(s) = r.sentence_of(at) else {
        return false;
    };
    let head = r
        .doc
        .text_of(r.doc.span(s.span.start(), at.start()))
        .trim()
        .trim_start_matches(['"', '\u{201c}', '\''])
        .to_lowercase();
    OPENERS.contains(&head.as_str())
}

/// A person named in the passage around a claim, resolved against the data.
#[derive(Debug, Clone)]
pub struct Named {
    /// The mention.
    pub entity: Entity,
    /// The player.
    pub player: PlayerRes,
    /// The sentence index.
    pub sentence: usize,
    /// The first person named in its sentence, outside a prepositional phrase.
    pub subject: bool,
}

/// The persons named (by name) from `back` sentences before the claim's sentence to the end
/// of that sentence, each resolved.
pub fn passage(ctx: &Context<'_>, at: Span, back: usize) -> Vec<Named> {
    let Some(here) = ctx.doc.sentence_at(at.start()) else {
        return Vec::new();
    };
    let from = here.index.saturating_sub(back);
    let mut out: Vec<Named> = Vec::new();
    let mut subject_seen: Option<usize> = None;
    // The entities starting in those sentences (a binary search, not a scan of the article).
    let first = ctx.doc.sentences.get(from).map_or(0, |s| s.span.start());
    for e in ctx
        .discourse
        .entities_starting(first, here.span.end())
        .iter()
        .filter(|e| e.via == Via::Name)
    {
        let Referent::Person(_) = &e.referent else {
            continue;
        };
        let Some(s) = ctx.doc.sentence_at(e.span.start()) else {
            continue;
        };
        if s.index < from || s.index > here.index {
            continue;
        }
        let before = ctx
            .doc
            .text_of(ctx.doc.span(s.span.start(), e.span.start()))
            .trim_end()
            .to_lowercase();
        let governed = matches!(
            before.rsplit(' ').next().unwrap_or(""),
            "by" | "against" | "to" | "over" | "from" | "with" | "of" | "than" | "for" | "past"
        );
        let player = ctx.player(e);
        let subject = !governed && subject_seen != Some(s.index) && player.one().is_some();
        if subject {
            subject_seen = Some(s.index);
        }
        out.push(Named {
            entity: e.clone(),
            player,
            sentence: s.index,
            subject,
        });
    }
    out
}

/// The player a person entity names, when the data know exactly one.
pub fn player_of(ctx: &Context<'_>, e: &Entity) -> Option<PlayerId> {
    match &e.referent {
        Referent::Person(_) => ctx.player(e).one(),
        _ => None,
    }
}

/// The days a claim about "now" refers to: the main match's day and the publication date;
/// or, when its clause names another year (or edition), that time's first and last day.
/// The flag says the clause names another time.
pub fn reference_days(f: &Frame, ctx: &Context<'_>) -> (Vec<Date>, bool) {
    let main = ctx.main.as_ref().map(|m| m.row.date);
    for cues in [&f.scope.time, &f.scope.sentence_time] {
        if let Some(e) = &cues.edition {
            if let Some(y) = e.year {
                if let Ok(Some(ed)) = ctx.facts.edition(&e.competition, Some(y), None) {
                    if main.is_some_and(|d| ed.from <= d && d <= ed.to) {
                        break;
                    }
                    return (vec![ed.from, ed.to], true);
                }
            }
        }
        if let Some(y) = cues.year() {
            if main.is_some_and(|d| d.year() == y) || ctx.date.is_some_and(|d| d.year() == y) {
                break;
            }
            let days: Vec<Date> = [Date::from_ymd_opt(y, 1, 1), Date::from_ymd_opt(y, 12, 31)]
                .into_iter()
                .flatten()
                .collect();
            return (days, true);
        }
        if let (Some(n), Some(p)) = (cues.years_ago, ctx.date) {
            let y = p.year() - n as i32;
            let days: Vec<Date> = [Date::from_ymd_opt(y, 1, 1), Date::from_ymd_opt(y, 12, 31)]
                .into_iter()
                .flatten()
                .collect();
            return (days, true);
        }
    }
    (present_days(ctx).0, false)
}

/// The days "now" can mean: the main match's day and the publication date.
pub fn present_days(ctx: &Context<'_>) -> (Vec<Date>, bool) {
    let mut days: Vec<Date> = ctx
        .main
        .as_ref()
        .map(|m| m.row.date)
        .into_iter()
        .chain(ctx.date)
        .collect();
    days.dedup();
    (days, false)
}

/// The persons (named or by pronoun) of a sentence that no preposition governs, in order.
pub fn ungoverned_persons<'a>(ctx: &Context<'a>, sentence: Span) -> Vec<&'a Entity> {
    ctx.discourse
        .entities_in(sentence)
        .filter(|e| {
            sentence.contains(e.span)
                && matches!(e.referent, Referent::Person(_))
                && matches!(e.via, Via::Name | Via::Pronoun)
        })
        .filter(|e| {
            let before = ctx
                .doc
                .text_of(ctx.doc.span(sentence.start(), e.span.start()))
                .trim_end()
                .to_lowercase();
            !matches!(
                before.rsplit(' ').next().unwrap_or(""),
                "by" | "against"
                    | "to"
                    | "over"
                    | "from"
                    | "with"
                    | "of"
                    | "than"
                    | "for"
                    | "past"
                    | "after"
                    | "before"
                    | "behind"
                    | "like"
                    | "including"
            )
        })
        .collect()
}

/// Whose a possessive pronoun is ("his 110th goal", "took his tally to 31"): in a relative
/// clause, its antecedent; otherwise the subject of its sentence — the first person before it
/// that is neither a possessive modifier nor governed by a preposition ("Ronaldo met Guedes's
/// cross … for his 110th goal", "Klose matched Pele … with his 12th"); else the pronoun's own
/// referent.
pub fn possessor(r: &Reading<'_>, pronoun: &Entity) -> Entity {
    if pronoun.via != Via::Pronoun {
        return pronoun.clone();
    }
    if let Some(e) = relative_antecedent(r, pronoun.span) {
        return e.clone();
    }
    let Some(sentence) = r.sentence_of(pronoun.span).map(|s| s.span) else {
        return pronoun.clone();
    };
    let governed = |e: &Entity| {
        let before = r
            .doc
            .text_of(r.doc.span(sentence.start(), e.span.start()))
            .trim_end()
            .to_lowercase();
        matches!(
            before.rsplit(' ').next().unwrap_or(""),
            "by" | "against"
                | "to"
                | "over"
                | "from"
                | "with"
                | "of"
                | "than"
                | "for"
                | "past"
                | "after"
                | "like"
                | "including"
                | "behind"
        )
    };
    r.discourse
        .entities_in(sentence)
        .filter(|e| {
            sentence.contains(e.span)
                && e.span.end() <= pronoun.span.start()
                && matches!(e.referent, Referent::Person(_))
                && !e.possessive
                && !governed(e)
        })
        .min_by_key(|e| e.span.start())
        .cloned()
        .unwrap_or_else(|| pronoun.clone())
}
