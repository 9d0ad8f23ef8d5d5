//! The clause splitter: each sentence becomes segments (clauses and phrases with their kind),
//! cut at semicolons, colons, dashes and brackets, at commas before a conjunction, relative
//! pronoun or participle, at subordinating conjunctions that open a clause, and at quotation
//! marks.
//!
//! A segment knows the segment it hangs on (`host`): a relative clause hangs on the segment
//! holding its antecedent, a subordinate or participle clause on the main clause it qualifies.
//! The role finder uses that to look for a subject outside a segment that has none.

use crate::doc::{Doc, Sentence, Span, TokenKind};

/// What a segment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    /// A main (or coordinated main) clause.
    Main,
    /// "…, who scored twice", "which …".
    Relative,
    /// "when …", "after …", "as …", "before …", "while …".
    Subordinate,
    /// "…, taking his tally to 53", "…, leaving them third".
    Participle,
    /// Between dashes or in brackets.
    Parenthetical,
    /// Inside quotation marks.
    Quote,
}

/// A segment of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Where it is.
    pub span: Span,
    /// Its kind.
    pub kind: SegmentKind,
    /// The sentence.
    pub sentence: usize,
    /// The segment (index in the discourse) it qualifies, if any.
    pub host: Option<usize>,
    /// The word that opened it ("who", "when", "and"…), lower case, if any.
    pub opener: Option<&'static str>,
}

/// Words that open a relative clause after a comma or a name.
const RELATIVES: &[&str] = &["who", "which", "whose", "whom", "where"];

/// Subordinating conjunctions that open a clause (when followed by a subject and verb).
const SUBORDINATORS: &[&str] = &[
    "when", "after", "before", "as", "while", "whilst", "since", "because", "although", "though",
    "until", "unless", "if", "whereas", "once",
];

/// Coordinators that, after a comma, open a new main clause.
const COORDINATORS: &[&str] = &["and", "but", "yet", "so", "or", "then"];

/// Participles that open a participle phrase after a comma.
fn participle(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("ing")
        && !matches!(
            word,
            "during"
                | "including"
                | "following"
                | "bring"
                | "thing"
                | "something"
                | "nothing"
                | "evening"
                | "morning"
                | "opening"
                | "king"
                | "spring"
                | "wing"
                | "ring"
                | "sing"
                | "string"
        )
}

static OPENERS: &[&str] = &[
    "who", "which", "whose", "whom", "where", "when", "after", "before", "as", "while", "whilst",
    "since", "because", "although", "though", "until", "unless", "if", "whereas", "once", "and",
    "but", "yet", "so", "or", "then", "only",
];

/// Verbs that open a second verb phrase after a bare "and" ("France beat England 2-1 and set
/// up a semi-final against Morocco on December 14"): the second phrase is a clause of its own,
/// with its own time, sharing the first one's subject.
fn vp_verb(word: &str) -> bool {
    matches!(
        word,
        "set"
            | "sets"
            | "booked"
            | "books"
            | "book"
            | "sealed"
            | "seals"
            | "secured"
            | "secures"
            | "reached"
            | "reach"
            | "reaches"
            | "advanced"
            | "advance"
            | "progressed"
            | "will"
            | "now"
            | "face"
            | "faces"
            | "meet"
            | "meets"
            | "earned"
            | "earns"
            | "clinched"
            | "moved"
            | "moves"
            | "went"
    )
}

/// True when a finite verb of match reports follows within a few words, before any
/// punctuation: "after goals from Oyarzabal and Porro earned a 2-0 victory" is a clause, "after
/// a 2-1 win over Spain" a phrase. (A preposition right after the conjunction — "while in Riga
/// Turkey beat Latvia" — keeps the old reading: the clause a later participle hangs on is
/// then unclear.)
fn finite_verb_ahead(toks: &[crate::doc::Token]) -> bool {
    toks.iter()
        .take(10)
        .take_while(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number)
        .any(|t| {
            matches!(
                t.norm.as_str(),
                "earned"
                    | "scored"
                    | "gave"
                    | "sealed"
                    | "secured"
                    | "won"
                    | "beat"
                    | "struck"
                    | "netted"
                    | "fired"
                    | "headed"
                    | "levelled"
                    | "equalised"
                    | "equalized"
                    | "handed"
                    | "clinched"
                    | "completed"
                    | "condemned"
                    | "sent"
                    | "put"
            )
        })
}

fn opener(word: &str) -> Option<&'static str> {
    OPENERS.iter().copied().find(|o| *o == word)
}

fn weekday_word(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

fn month_word(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Splits the sentences of a document into segments.
pub fn split(doc: &Doc<'_>) -> Vec<Segment> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        // Out of time: stop here (the checker then reports the check as stopped).
        if crate::budget::expired() {
            break;
        }
        split_sentence(doc, s, &mut out);
    }
    out
}

#[derive(Debug, Clone, Copy)]
struct Cut {
    at: usize,
    kind: SegmentKind,
    opener: Option<&'static str>,
    /// A closing mark: the segment after it returns to the kind before the opening mark.
    close: bool,
}

fn split_sentence(doc: &Doc<'_>, s: &Sentence, out: &mut Vec<Segment>) {
    let toks = doc.tokens_in(s.span);
    let mut cuts: Vec<Cut> = Vec::new();
    let mut in_quote = false;
    let mut in_paren = false;
    let mut dash_open = false;
    let mut in_apposition = false;
    for (k, t) in toks.iter().enumerate() {
        let next = toks.get(k + 1);
        let prev = k.checked_sub(1).and_then(|p| toks.get(p));
        let next_word = next
            .filter(|n| n.kind == TokenKind::Word)
            .map(|n| n.norm.as_str());
        match t.norm.as_str() {
            "\"" => {
                if in_quote {
                    cuts.push(Cut {
                        at: t.span.end(),
                        kind: SegmentKind::Main,
                        opener: None,
                        close: true,
                    });
                } else {
                    cuts.push(Cut {
                        at: t.span.start(),
                        kind: SegmentKind::Quote,
                        opener: None,
                        close: false,
                    });
                }
                in_quote = !in_quote;
            }
            "(" | "[" => {
                in_paren = true;
                cuts.push(Cut {
                    at: t.span.start(),
                    kind: SegmentKind::Parenthetical,
                    opener: None,
                    close: false,
                });
            }
            ")" | "]" if in_paren => {
                in_paren = false;
                cuts.push(Cut {
                    at: t.span.end(),
                    kind: SegmentKind::Main,
                    opener: None,
                    close: true,
                });
            }
            ";" => cuts.push(Cut {
                at: t.span.end(),
                kind: SegmentKind::Main,
                opener: None,
                close: false,
            }),
            ":" if !(prev.is_some_and(|p| p.kind == TokenKind::Number)
                && next.is_some_and(|n| n.kind == TokenKind::Number)) =>
            {
                cuts.push(Cut {
                    at: t.span.end(),
                    kind: SegmentKind::Main,
                    opener: None,
                    close: false,
                })
            }
            "-" => {
                // A spaced dash (" – ", " — ") opens or closes a parenthetical; "2-1" and
                // "Al-Dawsari" are not cuts.
                let text = doc.text();
                let spaced_before = text[..t.span.start()].ends_with(' ');
                let spaced_after = text[t.span.end()..].starts_with(' ');
                if spaced_before && spaced_after {
                    if dash_open {
                        cuts.push(Cut {
                            at: t.span.end(),
                            kind: SegmentKind::Main,
                            opener: None,
                            close: true,
                        });
                    } else {
                        cuts.push(Cut {
                            at: t.span.start(),
                            kind: SegmentKind::Parenthetical,
                            opener: None,
                            close: false,
                        });
                    }
                    dash_open = !dash_open;
                }
            }
            "," if in_apposition => {
                in_apposition = false;
                cuts.push(Cut {
                    at: t.span.end(),
                    kind: SegmentKind::Main,
                    opener: None,
                    close: true,
                });
            }
            "," if next_word.is_some_and(|w| month_word(w) || weekday_word(w))
                || (next.is_some_and(|n| n.kind == TokenKind::Number)
                    && prev.is_some_and(|p| {
                        p.kind == TokenKind::Number || month_word(&p.norm) || weekday_word(&p.norm)
                    })) =>
            {
                // "on Thursday, January 18", "July 5, 2015": one date, not two clauses.
            }
            "," => {
                let Some(w) =
                    next_word.or_else(|| next.filter(|n| n.kind == TokenKind::Number).map(|_| ""))
                else {
                    continue;
                };
                if RELATIVES.contains(&w) {
                    cuts.push(Cut {
                        at: t.span.end(),
                        kind: SegmentKind::Relative,
                        opener: opener(w),
                        close: false,
                    });
                } else if SUBORDINATORS.contains(&w) {
                    cuts.push(Cut {
                        at: t.span.end(),
                        kind: SegmentKind::Subordinate,
                        opener: opener(w),
                        close: false,
                    });
                } else if COORDINATORS.contains(&w) || w == "only" {
                    cuts.push(Cut {
                        at: t.span.end(),
                        kind: SegmentKind::Main,
                        opener: opener(w),
                        close: false,
                    });
                } else if participle(w) {
                    cuts.push(Cut {
                        at: t.span.end(),
                        kind: SegmentKind::Participle,
                        opener: None,
                        close: false,
                    });
                } else if prev.is_some_and(|p| p.capitalised(doc))
                    && (matches!(w, "the" | "a" | "an" | "his" | "her" | "their" | "aged")
                        || next.is_some_and(|n| n.kind == TokenKind::Number))
                {
                    // An apposition ("Kane, the England captain, scored"; "Modric, 37,"):
                    // parenthetical up to the next comma.
                    cuts.push(Cut {
                        at: t.span.end(),
                        kind: SegmentKind::Parenthetical,
                        opener: None,
                        close: false,
                    });
                    in_apposition = true;
                } else {
                    // A bare comma: an apposition's end or a list; it ends a relative or
                    // participle segment (the main clause resumes).
                    cuts.push(Cut {
                        at: t.span.end(),
                        kind: SegmentKind::Main,
                        opener: None,
                        close: true,
                    });
                }
            }
            w if t.kind == TokenKind::Word && prev.is_some_and(|p| p.norm != ",") && k > 0 => {
                // "who"/"which" right after a name; "when"/"after"/"before" opening a clause
                // (a subject word follows: a capitalised name, a pronoun or a determiner).
                // "that" after a match noun opens a relative clause too ("a semi-final that
                // will haunt the country"): its tense is not the match's.
                let that_relative = w == "that"
                    && prev.is_some_and(|p| {
                        let n = p.norm.as_str();
                        n.ends_with("final")
                            || n.ends_with("finals")
                            || matches!(
                                n,
                                "match"
                                    | "game"
                                    | "win"
                                    | "victory"
                                    | "defeat"
                                    | "loss"
                                    | "draw"
                                    | "goal"
                                    | "clash"
                                    | "tie"
                                    | "shootout"
                                    | "shoot-out"
                                    | "tournament"
                            )
                    });
                if (RELATIVES.contains(&w) && w != "where") || that_relative {
                    cuts.push(Cut {
                        at: t.span.start(),
                        kind: SegmentKind::Relative,
                        opener: opener(w),
                        close: false,
                    });
                } else if SUBORDINATORS.contains(&w)
                    && w != "once"
                    // "since" opens a clause before a name or a pronoun ("the highest-scoring
                    // final since England beat West Germany 4-2 in 1966"), not before an
                    // article or a month ("since the 1966 final", "since June").
                    && (w != "since"
                        || next.is_some_and(|n| {
                            (n.capitalised(doc) && !month_word(&n.norm))
                                || matches!(n.norm.as_str(), "he" | "she" | "they" | "it" | "we")
                        }))
                    && !(w == "as"
                        && prev.is_some_and(|p| {
                            matches!(
                                p.norm.as_str(),
                                "such" | "same" | "so" | "as" | "known" | "regarded" | "seen"
                            )
                        }))
                    && (w != "as" || next.is_some_and(|n| n.capitalised(doc)))
                    && (next.is_some_and(|n| {
                        n.capitalised(doc)
                            || matches!(
                                n.norm.as_str(),
                                "he" | "she"
                                    | "they"
                                    | "it"
                                    | "we"
                                    | "the"
                                    | "his"
                                    | "her"
                                    | "their"
                            )
                    }) || (w != "as"
                        && !next.is_some_and(|n| {
                            matches!(
                                n.norm.as_str(),
                                "in" | "at" | "on" | "with" | "for" | "by" | "from" | "to"
                            )
                        })
                        && finite_verb_ahead(&toks[k + 1..])))
                {
                    cuts.push(Cut {
                        at: t.span.start(),
                        kind: SegmentKind::Subordinate,
                        opener: opener(w),
                        close: false,
                    });
                } else if w == "but"
                    || (w == "and" && next_word.is_some_and(|n| n == "then" || vp_verb(n)))
                {
                    cuts.push(Cut {
                        at: t.span.start(),
                        kind: SegmentKind::Main,
                        opener: opener(w),
                        close: false,
                    });
                }
            }
            _ => {}
        }
    }
    // Build segments from the cuts.
    let base = out.len();
    let mut start = s.span.start();
    let mut kind = SegmentKind::Main;
    let mut op: Option<&'static str> = None;
    // A sentence opening with a subordinator ("When Kane scored, …") starts subordinate.
    if let Some(first) = toks.first() {
        let w = first.norm.as_str();
        if SUBORDINATORS.contains(&w) && !matches!(w, "as") {
            kind = SegmentKind::Subordinate;
            op = opener(w);
        }
    }
    // A dateline opening the sentence is a segment of its own.
    if let Some(d) = doc.dateline_at(s.span.start()) {
        kind = SegmentKind::Parenthetical;
        cuts.insert(
            0,
            Cut {
                at: d.end(),
                kind: SegmentKind::Main,
                opener: None,
                close: false,
            },
        );
    }
    let mut stack: Vec<SegmentKind> = Vec::new();
    let push = |a: usize,
                b: usize,
                kind: SegmentKind,
                op: Option<&'static str>,
                out: &mut Vec<Segment>| {
        let span = doc.trim(doc.span(a, b), &[',', ';', ':']);
        if !span.is_empty() {
            out.push(Segment {
                span,
                kind,
                sentence: s.index,
                host: None,
                opener: op,
            });
        }
    };
    for c in cuts {
        if c.at < start || c.at > s.span.end() {
            continue;
        }
        if c.at > start {
            push(start, c.at, kind, op, out);
        }
        start = c.at;
        if c.close {
            kind = stack.pop().unwrap_or(SegmentKind::Main);
            if matches!(
                kind,
                SegmentKind::Relative | SegmentKind::Participle | SegmentKind::Subordinate
            ) {
                kind = SegmentKind::Main;
            }
            op = None;
        } else {
            if matches!(c.kind, SegmentKind::Quote | SegmentKind::Parenthetical) {
                stack.push(kind);
            }
            kind = c.kind;
            op = c.opener;
        }
    }
    push(start, s.span.end(), kind, op, out);
    // Hosts: a relative clause hangs on the segment before it; a subordinate or participle
    // clause on the nearest main segment (before it, else after it).
    let n = out.len();
    for i in base..n {
        let host = match out[i].kind {
            SegmentKind::Relative | SegmentKind::Parenthetical => (i > base).then(|| i - 1),
            SegmentKind::Subordinate | SegmentKind::Participle => (base..i)
                .rev()
                .find(|&j| out[j].kind == SegmentKind::Main)
                .or_else(|| (i + 1..n).find(|&j| out[j].kind == SegmentKind::Main)),
            SegmentKind::Main | SegmentKind::Quote => None,
        };
        out[i].host = host;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The segments of a one-sentence text, as (kind, text).
    fn segs(text: &str) -> Vec<(SegmentKind, String)> {
        let doc = Doc::new(text);
        split(&doc)
            .iter()
            .map(|s| (s.kind, doc.text_of(s.span).trim().to_string()))
            .collect()
    }

    fn opens(text: &str, kind: SegmentKind, start: &str) -> bool {
        segs(text)
            .iter()
            .any(|(k, t)| *k == kind && t.starts_with(start))
    }

    #[test]
    fn since_opens_a_clause_before_a_name_not_before_an_article_or_a_month() {
        let t = "It was the highest since England beat West Germany 4-2 in 1966 and the \
                 highest since Brazil defeated Sweden 5-2 in 1958.";
        assert!(opens(t, SegmentKind::Subordinate, "since England"));
        assert!(opens(t, SegmentKind::Subordinate, "since Brazil"));
        assert_eq!(segs("Their first title since the 1966 final.").len(), 1);
        assert_eq!(segs("Unbeaten since June in all competitions.").len(), 1);
    }

    #[test]
    fn that_after_a_match_noun_opens_a_relative_clause() {
        let t = "Germany crushed Brazil 7-1 in a semi-final that will haunt the country.";
        assert!(opens(t, SegmentKind::Relative, "that will haunt"));
        assert_eq!(segs("He said that Germany were the better side.").len(), 1);
    }

    #[test]
    fn a_conjunction_before_a_finite_verb_opens_a_clause() {
        let t = "Spain will play on Sunday after goals from Oyarzabal and Porro earned a 2-0 win.";
        assert!(opens(t, SegmentKind::Subordinate, "after goals"));
        // A phrase, not a clause; a preposition after the conjunction keeps one segment.
        assert_eq!(
            segs("Spain will play on Sunday after a 2-0 win over France.").len(),
            1
        );
        assert_eq!(
            segs("Wales lost while in Riga Turkey beat Latvia 3-2.").len(),
            1
        );
    }
}
