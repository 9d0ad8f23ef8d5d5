//! The clause a fact about a match as a whole belongs to, for the families that read days,
//! places, stages and fixtures (`when`, `venue`, `stage`, `next_fixture`, `shootout`).
//!
//! Such facts are often adjuncts cut off from their verb: "They will meet Spain, who beat
//! Croatia …, in St Petersburg on Saturday" (the place and day belong to "will meet", not to
//! the relative clause before them); "Seventy years ago today, on a rain-soaked Saturday at the
//! Wankdorf Stadium, West Germany beat Hungary" (a fronted adjunct belongs to the clause after
//! it). A segment that opens with a preposition is joined to the clause it qualifies, skipping
//! relative clauses and parentheses in between.
//!
//! The clause's sides: its team entities; for a relative clause also its antecedent ("England
//! or Argentina, who face each other"); for "those two sides" the last two teams named before.

use super::Reading;
use crate::discourse::{Entity, Modality, Polarity, SegmentKind, TimeCues};
use crate::doc::{Span, TokenKind};
use crate::mentions::Dim;
use once_cell::sync::Lazy;
use regex::Regex;

/// A clause: the segment of a mention and the segment that governs it.
#[derive(Debug, Clone)]
pub struct Clause {
    /// The segments (the mention's, and the governing one when it is an adjunct), in order.
    pub segs: Vec<Span>,
    /// The governing segment (the mention's own when it is not an adjunct).
    pub head: Span,
    /// The mention's segment.
    pub own: Span,
    /// The kind of the mention's segment.
    pub kind: SegmentKind,
    /// The teams of the clause, antecedents of a relative clause included.
    pub teams: Vec<Entity>,
    /// The mention's segment is a relative clause.
    pub relative: bool,
}

impl Clause {
    /// The whole extent (first segment's start to last segment's end).
    pub fn cover(&self) -> Span {
        let mut s = self.own;
        for x in &self.segs {
            s = s.cover(*x);
        }
        s
    }

    /// True when a span lies inside one of the clause's segments.
    pub fn holds(&self, sp: Span) -> bool {
        self.segs.iter().any(|s| s.contains(sp))
    }
}

const PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "during", "against", "with", "for", "from", "thanks", "inside", "amid",
    "under", "despite", "via", "to",
];

/// True when a segment opens with a preposition or is only a time phrase ("Seventy years ago
/// today"): an adjunct of another clause.
fn adjunct(r: &Reading<'_>, seg: Span) -> bool {
    let toks: Vec<_> = r
        .doc
        .tokens_in(seg)
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .collect();
    let Some(first) = toks.first() else {
        return false;
    };
    if PREPOSITIONS.contains(&first.norm.as_str()) {
        return true;
    }
    // Only names, places and dates ("British Columbia", "Canada", "July 5"): a continuation.
    let named: Vec<Span> = r.mentions.within(seg).map(|m| m.span).collect();
    let bare = toks
        .iter()
        .filter(|t| !named.iter().any(|n| n.contains(t.span)))
        .filter(|t| !matches!(t.norm.as_str(), "and" | "the" | "of" | "a"))
        .count();
    if bare == 0 && !named.is_empty() {
        return true;
    }
    toks.len() <= 5
        && r.mentions
            .within(seg)
            .any(|m| matches!(m.dim(), Dim::Duration | Dim::Date))
}

/// The clause holding `at`.
pub fn clause_at(r: &Reading<'_>, at: Span) -> Clause {
    let segs = &r.discourse.segments;
    let Some(i) = r.discourse.segment_at(at.start()) else {
        let sp = r.sentence_of(at).map(|s| s.span).unwrap_or(at);
        return Clause {
            segs: vec![sp],
            head: sp,
            own: sp,
            kind: SegmentKind::Main,
            teams: r
                .discourse
                .entities_in(sp)
                .filter(|e| e.is_team())
                .cloned()
                .collect(),
            relative: false,
        };
    };
    let own = segs[i];
    let sentence = own.sentence;
    let mut chosen = vec![own.span];
    let mut head = own.span;
    if own.kind == SegmentKind::Participle {
        // "…, starting in Cairo on Friday": the clause the participle hangs on.
        if let Some(h) = own.host {
            head = segs[h].span;
            chosen.push(head);
        }
    } else if own.kind == SegmentKind::Main && adjunct(r, own.span) {
        // Back to the clause it qualifies, over relative clauses and parentheses.
        let mut j = i;
        let mut found = None;
        while j > 0 {
            j -= 1;
            let s = segs[j];
            if s.sentence != sentence {
                break;
            }
            match s.kind {
                SegmentKind::Relative | SegmentKind::Parenthetical | SegmentKind::Quote => continue,
                _ if adjunct(r, s.span) => {
                    chosen.push(s.span);
                    continue;
                }
                _ => {
                    found = Some(j);
                    break;
                }
            }
        }
        if found.is_none() {
            // A fronted adjunct: forward to the clause after it.
            let mut j = i + 1;
            while j < segs.len() && segs[j].sentence == sentence {
                let s = segs[j];
                if s.kind == SegmentKind::Main && !adjunct(r, s.span) {
                    found = Some(j);
                    break;
                }
                if s.kind == SegmentKind::Main {
                    chosen.push(s.span);
                }
                j += 1;
            }
        }
        if let Some(j) = found {
            head = segs[j].span;
            chosen.push(head);
        }
    }
    chosen.sort_by_key(|s| s.start());
    let mut teams: Vec<Entity> = Vec::new();
    for sp in &chosen {
        for e in r.discourse.entities_in(*sp).filter(|e| e.is_team()) {
            if !teams.iter().any(|t| t.span == e.span) {
                teams.push(e.clone());
            }
        }
    }
    let relative =
        own.kind == SegmentKind::Relative && matches!(own.opener, Some("who" | "which" | "whose"));
    if relative {
        for e in antecedents(r, i) {
            if !teams.iter().any(|t| t.span == e.span) {
                teams.insert(0, e);
            }
        }
    }
    if TWO_SIDES.is_match(&r.doc.text_of(own.span).to_lowercase()) {
        for e in last_two_before(r, own.span) {
            if !teams.iter().any(|t| t.span == e.span) {
                teams.push(e);
            }
        }
    }
    Clause {
        segs: chosen,
        head,
        own: own.span,
        kind: own.kind,
        teams,
        relative,
    }
}

static TWO_SIDES: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"\b(?:those|these|the|both) (?:two )?(?:sides|teams|nations|countries)\b|\bthe pair\b|\bthe two\b",
    )
});

/// The teams a relative clause is about: the last team before it, and the one before that when
/// joined by "or"/"and" ("England or Argentina, who …").
fn antecedents(r: &Reading<'_>, i: usize) -> Vec<Entity> {
    let segs = &r.discourse.segments;
    let own = segs[i];
    let host = match own.host {
        Some(h) => segs[h].span,
        None => return Vec::new(),
    };
    let before = r.doc.span(host.start(), own.span.start());
    let ts: Vec<&Entity> = r
        .discourse
        .entities_in(before)
        .filter(|e| e.is_team())
        .collect();
    let Some(last) = ts.last() else {
        return Vec::new();
    };
    // The antecedent ends the host: nothing but punctuation between it and the relative.
    let gap = r.doc.text_of(r.doc.span(last.span.end(), own.span.start()));
    if !gap
        .trim_matches(|c: char| c == ',' || c.is_whitespace())
        .is_empty()
    {
        return Vec::new();
    }
    let mut out = vec![(*last).clone()];
    if ts.len() >= 2 {
        let prev = ts[ts.len() - 2];
        let mid = r
            .doc
            .text_of(r.doc.span(prev.span.end(), last.span.start()))
            .to_lowercase();
        let mid = mid.trim();
        let joined = mid == "or"
            || mid == "and"
            || mid.ends_with(" or")
            || mid.ends_with(" and")
            || mid.starts_with("or ")
            || mid.starts_with("and ");
        if joined && mid.split_whitespace().count() <= 5 {
            out.insert(0, prev.clone());
        }
    }
    out
}

/// The last two distinct teams named before a span, in earlier sentences of its paragraph or
/// the one before.
fn last_two_before(r: &Reading<'_>, sp: Span) -> Vec<Entity> {
    let Some(s) = r.sentence_of(sp) else {
        return Vec::new();
    };
    let mut out: Vec<Entity> = Vec::new();
    // Only this paragraph and the one before are read (an earlier side stops the loop):
    // the entities starting there, latest first.
    let from = s
        .paragraph
        .checked_sub(1)
        .and_then(|p| r.doc.paragraphs.get(p))
        .map_or(0, |p| p.start());
    for e in r
        .discourse
        .entities_starting(from, s.span.start())
        .iter()
        .rev()
        .filter(|e| e.span.end() <= s.span.start() && e.is_team())
    {
        let para = r.sentence_of(e.span).map(|x| x.paragraph).unwrap_or(0);
        if para + 1 < s.paragraph {
            break;
        }
        let same = out.iter().any(|o| o.referent == e.referent);
        if !same {
            out.push(e.clone());
        }
        if out.len() == 2 {
            break;
        }
    }
    if out.len() == 2 {
        out.reverse();
        out
    } else {
        Vec::new()
    }
}

/// The first side named in the sentence's main clauses that is not the object of a
/// preposition nor an adjective ("the Romanian capital").
pub fn sentence_subject(r: &Reading<'_>, at: Span) -> Option<Entity> {
    let s = r.sentence_of(at)?;
    r.discourse
        .segments
        .iter()
        .filter(|g| g.sentence == s.index && g.kind == SegmentKind::Main)
        .flat_map(|g| r.discourse.entities_in(g.span))
        .filter(|e| e.is_team() && !adjective(r, e))
        .find(|e| {
            let before = r
                .doc
                .norm_of(r.doc.span(s.span.start(), e.span.start()))
                .0
                .trim_end()
                .to_lowercase();
            !matches!(
                before.rsplit(' ').next().unwrap_or(""),
                "by" | "against" | "to" | "over" | "from" | "with" | "of" | "in" | "at" | "than"
            )
        })
        .cloned()
}

/// A demonym used as an adjective ("the Romanian capital", "Dutch fans").
pub fn adjective(r: &Reading<'_>, e: &Entity) -> bool {
    let written = r.doc.text_of(e.span).to_lowercase();
    let demonym = matches!(
        &e.referent,
        crate::discourse::Referent::Team(t) if t.form == crate::mentions::TeamForm::Demonym
            || (is_demonym_shape(&written) && !written.eq_ignore_ascii_case(&t.name))
    );
    if !demonym {
        return false;
    }
    let after = r.doc.text_of(r.doc.span(e.span.end(), e.span.end() + 20));
    after
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase())
        && !after.trim_start().starts_with("and ")
        && !after.trim_start().starts_with("will ")
        && !after.trim_start().starts_with("were ")
}

/// True when a word has a demonym's shape ("Romanian", "Dutch", "Portuguese", "Swiss").
fn is_demonym_shape(word: &str) -> bool {
    let w = word.trim().to_lowercase();
    let w = w.strip_prefix("the ").unwrap_or(&w);
    [
        "an", "ans", "ese", "ish", "ch", "ss", "ic", "ian", "ians", "i",
    ]
    .iter()
    .any(|s| w.ends_with(s))
}

/// Words that make a statement look ahead (present or future tense of meeting verbs).
static AHEAD: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)(?P<pre>\b(?:the|a|an|their|his|her|its)\s+)?\b(?:(?:is|are) (?:on|set for|scheduled for)|takes place|later on|later today|later this|this coming|will|shall|'ll|next|upcoming|due to|set to|awaits?|await(?:ing)?|still (?:have|has) to|who play|play|plays|face|faces|meet|meets|take on|takes on|taking on|travel to|travels to|go on to|goes on to|must (?:beat|face|play|win))\b",
    )
});

/// Whether a statement looks ahead: future modality in its governing segment, or a meeting
/// verb in the present tense before `at`.
pub fn ahead(r: &Reading<'_>, c: &Clause, at: Span) -> bool {
    if modality(r, c) == Modality::Future {
        return true;
    }
    c.segs.iter().any(|s| {
        let end = if s.contains(at) { at.start() } else { s.end() };
        if end <= s.start() {
            return false;
        }
        AHEAD
            .captures_iter(r.doc.norm_of(r.doc.span(s.start(), end)).0)
            .any(|c| c.name("pre").is_none())
    })
}

/// The modality of a clause (from its governing segment, every cue counted). A requirement
/// ("must beat Mexico on Wednesday", "still have to face Luxembourg") states a fixture to
/// come, not a condition, unless an "if" or "unless" clause says so.
pub fn modality(r: &Reading<'_>, c: &Clause) -> Modality {
    let end = c.head.end().saturating_sub(1).max(c.head.start());
    let mut m = r.discourse.modality(r.doc, r.doc.span(end, end));
    if m == Modality::Asserted && c.own != c.head {
        m = r.discourse.modality(r.doc, c.own);
    }
    if m == Modality::Conditional {
        let conditional = c.segs.iter().any(|sp| {
            r.discourse
                .segment(sp.start())
                .is_some_and(|s| matches!(s.opener, Some("if" | "unless")))
        });
        if !conditional {
            return Modality::Future;
        }
    }
    m
}

/// The modality of a verb's own statement (its segment's cues before it), a requirement
/// read as a fixture to come unless an "if"/"unless" clause makes it a condition.
pub fn verbal_modality(r: &Reading<'_>, at: Span) -> Modality {
    let m = r.discourse.modality(r.doc, at);
    if m == Modality::Conditional
        && !r
            .discourse
            .segment(at.start())
            .is_some_and(|s| matches!(s.opener, Some("if" | "unless")))
    {
        return Modality::Future;
    }
    m
}

/// The polarity of a statement at `at` in a clause.
pub fn polarity(r: &Reading<'_>, c: &Clause, at: Span) -> Polarity {
    // A participle has its own verb ("without losing …, edging South Africa on penalties").
    if c.own.contains(at) && c.own != c.head && c.kind != SegmentKind::Participle {
        let end = c.head.end().saturating_sub(1).max(c.head.start());
        return r.discourse.polarity(r.doc, r.doc.span(end, end));
    }
    r.discourse.polarity(r.doc, at)
}

/// The time cues of a clause's segments, merged (the mention's own first).
pub fn time(r: &Reading<'_>, c: &Clause) -> TimeCues {
    let mut out = own_time(r, c.own);
    for s in &c.segs {
        if *s == c.own {
            continue;
        }
        let t = own_time(r, *s);
        out.date = out.date.or(t.date);
        out.edition = out.edition.or(t.edition);
        out.years_ago = out.years_ago.or(t.years_ago);
        out.weekday = out.weekday.or(t.weekday);
        out.relative_day = out.relative_day.or(t.relative_day);
        out.shifted = out.shifted.or(t.shifted);
        for b in t.background {
            if !out.background.contains(&b) {
                out.background.push(b);
            }
        }
    }
    out
}

/// The time cues of a segment, a year that only bounds a record ("first since 1999", "until
/// 2006") left out.
fn own_time(r: &Reading<'_>, sp: Span) -> TimeCues {
    let mut t = crate::discourse::time::cues(r.doc, r.mentions, sp);
    let dates: Vec<&crate::mentions::Mention> = r
        .mentions
        .of(sp, Dim::Date)
        .filter(|m| matches!(m.value, crate::mentions::Value::Date(_)))
        .collect();
    if !dates.is_empty() {
        t.date = dates
            .iter()
            .find(|m| {
                let before = r
                    .doc
                    .norm_of(r.doc.span(sp.start(), m.span.start()))
                    .0
                    .to_lowercase();
                let last = before.split_whitespace().last().unwrap_or("");
                !matches!(
                    last,
                    "since" | "until" | "till" | "before" | "after" | "than"
                )
            })
            .and_then(|m| match &m.value {
                crate::mentions::Value::Date(d) => Some(*d),
                _ => None,
            });
    }
    t
}

/// A frame re-scoped to its clause: the clause's teams, time, modality and polarity, and the
/// stage, competition and place written nearest the trigger in the clause (a stage the match
/// led to — "into the final", "their first final" — and datelines left out).
pub fn rescope(r: &Reading<'_>, f: &mut crate::frames::Frame, c: &Clause) {
    f.scope.teams = c.teams.clone();
    f.scope.time = time(r, c);
    f.modality = modality(r, c);
    f.polarity = polarity(r, c, f.trigger);
    let near = |dim: Dim| {
        let mut best: Option<&crate::mentions::Mention> = None;
        for sp in &c.segs {
            for m in r.mentions.of(*sp, dim) {
                if r.doc.in_dateline(m.span) {
                    continue;
                }
                if dim == Dim::Stage && !match_stage_phrase(r, m.span) {
                    continue;
                }
                if dim == Dim::Competition && title_of(r, m.span) {
                    continue;
                }
                if dim == Dim::Venue && !placed(r, m) {
                    continue;
                }
                let d = m.span.start().abs_diff(f.trigger.start());
                if best.is_none_or(|b| b.span.start().abs_diff(f.trigger.start()) > d) {
                    best = Some(m);
                }
            }
        }
        best.map(|m| m.value.clone())
    };
    f.scope.stage = match near(Dim::Stage) {
        Some(crate::mentions::Value::Stage(s)) => Some(s),
        _ => None,
    };
    f.scope.competition = match near(Dim::Competition) {
        Some(crate::mentions::Value::Competition(x)) => Some(x),
        _ => None,
    };
    f.scope.venue = match near(Dim::Venue) {
        Some(crate::mentions::Value::Venue(v)) => Some(v),
        _ => None,
    };
}

/// A place written as where something happened: a stadium, or a city or country after a
/// place word ("in Bucharest", "at Wembley") or in a chain after one ("in Vancouver, British
/// Columbia, Canada"); not a club's city ("Manchester City superstar").
pub fn placed(r: &Reading<'_>, m: &crate::mentions::Mention) -> bool {
    if let crate::mentions::Value::Venue(v) = &m.value {
        if v.kind == crate::mentions::VenueKind::Stadium {
            return true;
        }
    }
    let Some(s) = r.sentence_of(m.span) else {
        return false;
    };
    let before = r.doc.norm_of(r.doc.span(s.span.start(), m.span.start())).0;
    PLACED.is_match(before)
}

static PLACED: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)(?:\b(?:in|at|inside|outside|near)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}|\b(?:in|at)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)*,\s*|'s\s+(?:[\w-]+\s+)?)$",
    )
});

/// A competition naming a title, not the match's competition ("the World Cup holders",
/// "European champions", "reigning world champions").
pub fn title_of(r: &Reading<'_>, at: Span) -> bool {
    let Some(s) = r.sentence_of(at) else {
        return false;
    };
    let after = r
        .doc
        .norm_of(r.doc.span(at.end(), s.span.end()))
        .0
        .to_lowercase();
    let w = after.split_whitespace().next().unwrap_or("");
    matches!(
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'),
        "holders"
            | "holder"
            | "champions"
            | "champion"
            | "winners"
            | "winner"
            | "runners-up"
            | "title"
            | "titles"
            | "crown"
            | "trophy"
            | "finalists"
            | "semi-finalists"
    )
}

/// Words before a stage that make it the stage a match led to, or a record, not its own.
static NOT_MATCH_STAGE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)(?:\b(?:into|through to|place in|spot in|berth in|ticket to|reach\w*|made|qualif\w*|for)\s+(?:the|a|an|their|its)?\s*(?:[\w'-]+\s+){0,3}|\b(?:their|his|her|its|[\w]+'s)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|consecutive|successive|straight|maiden|last|previous|next)\s+(?:[\w'-]+\s+){0,3})$",
    )
});

/// True when a stage mention is the stage of a match being spoken of (not one it led to, a
/// record or a count: "into the final", "their first final").
pub fn match_stage_phrase(r: &Reading<'_>, at: Span) -> bool {
    let Some(s) = r.sentence_of(at) else {
        return true;
    };
    let before = r.doc.norm_of(r.doc.span(s.span.start(), at.start())).0;
    let Some(m) = NOT_MATCH_STAGE.find(before) else {
        return true;
    };
    let written = r.doc.text_of(at).to_lowercase();
    if written.contains("match") || written.contains("game") {
        return true; // "their second group match"
    }
    // "Italy's first round-robin match": one match of a round, not a record.
    let lead = m.as_str().to_lowercase();
    let ordinal = !(lead.contains("into")
        || lead.contains("through")
        || lead.contains("place")
        || lead.contains("spot")
        || lead.contains("berth")
        || lead.contains("ticket")
        || lead.contains("reach")
        || lead.contains("made")
        || lead.contains("qualif")
        || lead.starts_with("for"));
    let after = r.doc.norm_of(r.doc.span(at.end(), s.span.end())).0;
    ordinal && STAGE_MATCH_NOUN.is_match(after)
}

/// A match noun right after a stage ("round-robin match", "group game").
static STAGE_MATCH_NOUN: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^(?:'s)?\s*(?:[\w-]+\s+){0,1}?(?:match|game|fixture|contest|encounter|tie|clash)\b",
    )
});

/// A noun phrase opened by a demonstrative points back to a match already spoken of ("That
/// 1-0 group defeat", "that group-stage defeat", "those two semi-finals"): what it names is not
/// the article's match for certain. True when `at` follows "that"/"those" with at most a score
/// or a number between them.
pub fn demonstrative_before(r: &Reading<'_>, at: Span) -> bool {
    static DEMONSTRATIVE: Lazy<Regex> = Lazy::new(|| {
        crate::rx::must(
            r"(?i)(?:^|[^\w'])(?:that|those)\s+(?:\d{1,2}\s*[-:]\s*\d{1,2}\s+|\w+\s+)?$",
        )
    });
    let text = r.doc.text();
    let end = at.start().min(text.len());
    let mut from = end.saturating_sub(30);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    DEMONSTRATIVE.is_match(&text[from..end])
}

/// The text of the clause's segments before `at` (lower case, normalised).
pub fn text_before(r: &Reading<'_>, c: &Clause, at: Span) -> String {
    let mut out = String::new();
    for s in &c.segs {
        if s.start() >= at.start() {
            continue;
        }
        let end = s.end().min(at.start());
        out.push_str(&r.doc.norm_of(r.doc.span(s.start(), end)).0.to_lowercase());
        out.push(' ');
    }
    out
}

/// The text of the clause's segments (lower case, normalised).
pub fn text(r: &Reading<'_>, c: &Clause) -> String {
    c.segs
        .iter()
        .map(|s| r.doc.norm_of(*s).0.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}
