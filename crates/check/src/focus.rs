//! Which event a passage speaks of: the article's main match, or something else.
//!
//! Owns the *tie* between a claim and the main match. A sentence that names another team,
//! another time (a year, a date, "four years earlier"), another stage ("in the semi-final" in a
//! report on the final) or background ("the opening game", "a qualifier") is not certainly
//! about the main match, and neither is a sentence without cues of its own that follows such a
//! sentence in the same paragraph ("In the opening match on June 12, Greece won 2-1. Karagounis
//! struck in the seventh minute…"). Anchors pull a passage back to the main match: both of its
//! teams, its weekday, "tonight", its stage, its city.
//!
//! The checker's last line of defence, [`gate`], uses the tie: a CONTRADICTED verdict computed
//! from the main match (or its edition) on a passage that is not certainly about it becomes
//! UNVERIFIABLE, with the reason. It must never turn a verdict into CONTRADICTED or SUPPORTED.

use crate::claims::time_cue;
use crate::context::Ctx;
use crate::text::Sentence;
use crate::Claim;
use goalline_core::{Datelike, Stage, TeamId, Verdict};
use once_cell::sync::Lazy;
use regex::Regex;

/// How sure we are that a passage is about the main match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tie {
    /// Anchored to the main match (its teams, weekday, stage or city), or nothing points away.
    Main,
    /// Something in the passage or its paragraph points to another event: the reason.
    Away(String),
}

impl Tie {
    /// True when the passage is about the main match as far as the text tells.
    pub fn is_main(&self) -> bool {
        matches!(self, Tie::Main)
    }
}

/// Cues found in a range of text.
#[derive(Debug, Default, Clone)]
pub(crate) struct Cues {
    /// Reasons the range points away from the main match.
    pub away: Vec<String>,
    /// Reasons it is anchored to the main match.
    pub anchors: Vec<String>,
}

static TWO_DIGIT_EDITION: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?-u)\b(?:Euro|EURO|Italia|USA|France|Mexico|Spain|Korea|Japan|Germany|Argentina|Brazil|Russia|Qatar|Chile|England|Sweden|Switzerland|Portugal|Belgium)\s?'?(\d\d)\b|(?:^|\s)'(\d\d)\b")
        .expect("regex")
});

static STAGE_WORD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(quarter[- ]?finals?|semi[- ]?finals?|semis|finals?|round of (?:16|32|sixteen)|last[- ](?:16|32|sixteen|eight|four)|third[- ]place (?:play-?off|match)|group (?:stages?|games?|matches|match|phase|opener))\b(\s+\w+)?")
        .expect("regex")
});

/// Words after "final" that make it an adjective, not the stage ("final whistle").
const FINAL_ADJ: &[&str] = &[
    "whistle",
    "group",
    "minute",
    "minutes",
    "day",
    "kick",
    "seconds",
    "moments",
    "stages",
    "round",
    "touch",
    "pass",
    "third",
    "ball",
    "word",
    "words",
    "say",
    "score",
    "match",
    "game",
    "appearance",
    "tournament",
    "qualifier",
    "training",
    "squad",
    "hurdle",
    "act",
    "stretch",
    "quarter",
    "period",
    "spot",
    "place",
    "berth",
    "years",
    "season",
    "analysis",
    "result",
    "standings",
    "table",
    "position",
    "chance",
    "attempt",
    "shot",
    "action",
    "throw",
    "fixture",
];

const BACKGROUND: &[&str] = &[
    " ago",
    "years earlier",
    "years later",
    "year earlier",
    "year later",
    "months earlier",
    "months later",
    "weeks earlier",
    "previous",
    "last time",
    "last meeting",
    "last met",
    "opening match",
    "opening game",
    "opening fixture",
    "en route",
    "on the way to",
    "on their way",
    "on its way",
    "qualifier",
    "qualifying",
    "qualification",
    "friendly",
    "earlier in the tournament",
    "earlier in the competition",
    "earlier in the group",
    "the group stage",
    "in the group",
    "group game",
    "group match",
    "in the last 16",
    "in the round of",
    "the round before",
    "back in",
    "in the past",
    "history",
    "all-time",
    "career",
    "debut",
];

const HEDGES: &[&str] = &[
    "tipped to",
    "race for",
    "bid for",
    "bid to",
    "bidding",
    "could ",
    "would ",
    "might ",
    " may ",
    "aim to",
    "hoping to",
    "hopes to",
    "aiming",
    "chance to",
    "if ",
    "set to",
    "expected to",
    "likely",
    "favourite",
    "favorite",
    "threatened",
    "almost",
    "nearly",
    "came close",
    "looked to have",
    "appeared to",
    "thought he had",
    "thought she had",
    "denied",
    "disallowed",
    "ruled out",
    "chalked off",
    "in contention",
    "contender",
    "in line for",
    "on course",
    "on track",
    "?",
];

fn next_stage(s: Stage) -> Option<Stage> {
    match s {
        Stage::RoundOf32 => Some(Stage::RoundOf16),
        Stage::RoundOf16 => Some(Stage::QuarterFinal),
        Stage::QuarterFinal => Some(Stage::SemiFinal),
        Stage::SemiFinal => Some(Stage::Final),
        Stage::GroupStage => Some(Stage::RoundOf16),
        _ => None,
    }
}

fn main_stage_matches(main: Option<Stage>, st: Stage) -> bool {
    main == Some(st)
}

/// Cues in `text[start..end]`.
pub(crate) fn cues(ctx: &Ctx<'_>, start: usize, end: usize) -> Cues {
    let mut c = Cues::default();
    let Some(main) = ctx.main.as_ref() else {
        return c;
    };
    let raw = ctx.slice(start, end);
    let lc = raw.to_ascii_lowercase();
    // Teams.
    let teams = crate::claims::sentence_teams(ctx, start, end);
    let mut named_main: Vec<TeamId> = Vec::new();
    for t in &teams {
        if main.involves(*t) {
            if !named_main.contains(t) {
                named_main.push(*t);
            }
        } else {
            c.away.push(format!("it names {}", ctx.facts.team_name(*t)));
        }
    }
    if named_main.len() == 2 {
        c.anchors
            .push("it names both sides of the main match".into());
    }
    // Time.
    let cue = time_cue(ctx, start, end);
    if cue.points_away_from(main.row.date) {
        let what = cue
            .date
            .map(|d| d.to_string())
            .or(cue.year.map(|y| y.to_string()))
            .or(cue.month.map(|(y, m)| format!("{y}-{m:02}")))
            .unwrap_or_else(|| "another time".into());
        c.away.push(format!("it points to {what}"));
    }
    for m in TWO_DIGIT_EDITION.captures_iter(raw) {
        if let Some(yy) = m.get(1).or(m.get(2)) {
            if let Ok(n) = yy.as_str().parse::<i32>() {
                let y = if n > 40 { 1900 + n } else { 2000 + n };
                if y != main.row.date.year() && y + 1 != main.row.date.year() {
                    c.away.push(format!("it points to {y}"));
                }
            }
        }
    }
    if let Some(d) = cue.date {
        if (d - main.row.date).num_days().abs() <= 1 {
            c.anchors.push("it gives the main match's date".into());
        }
    }
    // Stages.
    for m in STAGE_WORD.captures_iter(&lc) {
        let Some(w) = m.get(1) else { continue };
        let word = w.as_str();
        let next = m
            .get(2)
            .map(|x| x.as_str().trim().to_string())
            .unwrap_or_default();
        if word.starts_with("final") && FINAL_ADJ.contains(&next.as_str()) {
            continue;
        }
        let st = if word.starts_with("group") {
            Some(Stage::GroupStage)
        } else if word == "semis" || word.starts_with("last four") || word.starts_with("last-four")
        {
            Some(Stage::SemiFinal)
        } else if word.starts_with("last eight") || word.starts_with("last-eight") {
            Some(Stage::QuarterFinal)
        } else {
            Stage::parse(word).ok()
        };
        let Some(st) = st else { continue };
        // The stage the main match leads to ("to reach the semi-finals") is its consequence.
        let next = main.stage.and_then(next_stage);
        if next == Some(st) {
            continue;
        }
        if main_stage_matches(main.stage, st) {
            c.anchors
                .push(format!("it names the main match's stage ({})", st.label()));
        } else if main.stage.is_some() {
            c.away.push(format!("it speaks of a {}", st.label()));
        }
    }
    // Background and history.
    let tournament_lc = main.row.tournament.to_ascii_lowercase();
    for w in BACKGROUND {
        if lc.contains(w) {
            // A qualifier's report may say "qualifier"; a friendly's, "friendly".
            if (w.starts_with("qualif") && tournament_lc.contains("qualification"))
                || (*w == "friendly" && tournament_lc == "friendly")
            {
                continue;
            }
            // "the final group game" in a report on a group match is not background.
            if (w.contains("group") || *w == "in the group")
                && main.stage == Some(Stage::GroupStage)
            {
                continue;
            }
            c.away
                .push(format!("it speaks of background (\"{}\")", w.trim()));
            break;
        }
    }
    // Anchors: the day, the place.
    let wd = main.weekday.to_ascii_lowercase();
    if !wd.is_empty() && lc.contains(&wd) {
        c.anchors.push(format!(
            "it names the main match's weekday ({})",
            main.weekday
        ));
    }
    for w in [
        "tonight",
        "today",
        "this evening",
        "on the night",
        "yesterday",
    ] {
        if lc.contains(w) {
            c.anchors.push(format!("\"{w}\""));
        }
    }
    let mut places: Vec<String> = Vec::new();
    places.extend(main.row.city.clone());
    if let Some(w) = &main.wc {
        places.push(w.city.clone());
        places.push(w.stadium.clone());
    }
    let folded = goalline_core::names::fold(raw);
    for p in places {
        let fp = goalline_core::names::fold(&p);
        if fp.len() > 3 && folded.contains(&fp) {
            c.anchors
                .push(format!("it names the main match's venue ({p})"));
        }
    }
    c
}

const FUTURE: &[&str] = &[
    " will ",
    "'ll ",
    "’ll ",
    " next ",
    "set up",
    "set to",
    "upcoming",
    "await",
    " face ",
    " meet ",
    " play ",
    " take on ",
    " go on to ",
    "going to",
    " shall ",
    " either ",
    "showdown",
    " clash ",
    " date with ",
    " seal ",
    " book a ",
    " booked a ",
    " booking a ",
    " plays ",
    " faces ",
    " meets ",
];

/// Cues of a whole sentence, leaving out clauses about the future ("meaning he will miss the
/// semi-final"), which speak of the next fixture rather than of another past event.
fn sentence_cues(ctx: &Ctx<'_>, s: Sentence) -> Cues {
    let mut out = Cues::default();
    let text = ctx.slice(s.start, s.end);
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut last = 0usize;
    for (i, ch) in text.char_indices() {
        if matches!(ch, ',' | ';' | '(' | ')' | '—' | '–' | ':') {
            pieces.push((last, i));
            last = i + ch.len_utf8();
        }
    }
    pieces.push((last, text.len()));
    for (a, b) in pieces {
        let piece = format!(" {} ", text[a..b].to_ascii_lowercase());
        if FUTURE.iter().any(|f| piece.contains(f)) {
            continue;
        }
        let c = cues(ctx, s.start + a, s.start + b);
        out.away.extend(c.away);
        out.anchors.extend(c.anchors);
    }
    // Both sides named in different clauses still anchor the sentence.
    let whole = cues(ctx, s.start, s.end);
    out.anchors.extend(
        whole
            .anchors
            .into_iter()
            .filter(|a| a.starts_with("it names both")),
    );
    out
}

/// The core clause of a claim: from the last clause break before it to the first after it,
/// where breaks are punctuation and clause-opening words ("and", "when", "to set up", "who").
pub(crate) fn core_clause(ctx: &Ctx<'_>, s: Sentence, start: usize, end: usize) -> (usize, usize) {
    const OPENERS: &[&str] = &[
        " and ",
        " but ",
        " when ",
        " while ",
        " whereas ",
        " before ",
        " after ",
        " as ",
        " who ",
        " which ",
        " where ",
        " whose ",
        " to set up ",
        " to reach ",
        " to book ",
        " to earn ",
        " to secure ",
        " to win ",
        " having ",
        " since ",
        " until ",
    ];
    let start = start.max(s.start);
    let end = end.min(s.end).max(start);
    let before = ctx.slice(s.start, start).to_ascii_lowercase();
    let mut cs = before
        .rfind([',', ';', '(', ':', '—', '–'])
        .map(|i| s.start + i + 1)
        .unwrap_or(s.start);
    for o in OPENERS {
        if let Some(i) = before.rfind(o) {
            cs = cs.max(s.start + i + 1);
        }
    }
    let after = ctx.slice(end, s.end).to_ascii_lowercase();
    let mut ce = after
        .find([',', ';', ')', ':', '—', '–'])
        .map(|i| end + i)
        .unwrap_or(s.end);
    for o in OPENERS {
        if let Some(i) = after.find(o) {
            ce = ce.min(end + i);
        }
    }
    (cs.min(start), ce.max(end))
}

/// The fronted adverbial of a sentence ("In the opening match in Porto on June 12,"), when the
/// claim comes after it.
fn fronted(ctx: &Ctx<'_>, s: Sentence, start: usize) -> Option<(usize, usize)> {
    let head = ctx.slice(s.start, start);
    let comma = head.find(',')?;
    let first = head.split_whitespace().next()?.to_ascii_lowercase();
    const PREPS: &[&str] = &[
        "in", "at", "on", "during", "after", "before", "against", "four", "two", "three", "five",
        "six", "ten", "twenty", "fifty", "back", "earlier", "later", "since", "when", "then",
        "having", "a", "an", "the", "last", "that", "this", "that's",
    ];
    PREPS
        .contains(&first.as_str())
        .then_some((s.start, s.start + comma))
}

/// Paragraph of each sentence (sentences split at line breaks; a blank line or any line break
/// starts a new paragraph).
fn paragraph_starts(ctx: &Ctx<'_>) -> Vec<bool> {
    let mut v = Vec::with_capacity(ctx.sentences.len());
    let mut prev_end = 0usize;
    for (i, s) in ctx.sentences.iter().enumerate() {
        let gap = ctx.slice(prev_end, s.start);
        v.push(i == 0 || gap.contains('\n'));
        prev_end = s.end;
    }
    v
}

/// The digression a sentence inherits from earlier sentences of its paragraph, if any.
fn inherited(ctx: &Ctx<'_>, idx: usize) -> Option<String> {
    let starts = paragraph_starts(ctx);
    let mut first = idx;
    while first > 0 && !starts[first] {
        first -= 1;
    }
    let mut state: Option<String> = None;
    for s in &ctx.sentences[first..idx] {
        let c = sentence_cues(ctx, *s);
        if !c.anchors.is_empty() {
            state = None;
        } else if let Some(r) = c.away.first() {
            let text = ctx.slice(s.start, s.end);
            let short: String = text.chars().take(60).collect();
            state = Some(format!(
                "the paragraph turned to another event (\"{short}…\": {r})"
            ));
        }
    }
    state
}

/// Cues of the core clause `cs..ce` around a claim at `start..end`: the claim's own words do
/// not count against it ("in the semi-final" is the claim of a stage claim, not a cue).
fn core_cues(
    ctx: &Ctx<'_>,
    (cs, ce): (usize, usize),
    (start, end): (usize, usize),
    kind: Option<crate::Kind>,
) -> Cues {
    let Some(kind) = kind else {
        return cues(ctx, cs, ce);
    };
    let own_category = |r: &String| match kind {
        crate::Kind::Stage | crate::Kind::TournamentRun | crate::Kind::NextFixture => {
            r.starts_with("it speaks of a")
        }
        crate::Kind::Date | crate::Kind::Weekday => r.starts_with("it points to"),
        _ => false,
    };
    let mut c = cues(ctx, cs, start.max(cs));
    let own = cues(ctx, start, end);
    let after = cues(ctx, end.min(ce), ce);
    c.away
        .extend(own.away.into_iter().filter(|r| !own_category(r)));
    c.anchors.extend(own.anchors);
    c.away.extend(after.away);
    c.anchors.extend(after.anchors);
    let whole = cues(ctx, cs, ce);
    c.anchors.extend(
        whole
            .anchors
            .into_iter()
            .filter(|a| a.starts_with("it names both")),
    );
    c
}

fn strong(c: &Cues) -> bool {
    c.anchors
        .iter()
        .any(|a| a.starts_with("it names both") || a.starts_with("it gives the main match's date"))
}

/// The tie of the passage `start..end` to the main match.
pub fn tie(ctx: &Ctx<'_>, start: usize, end: usize) -> Tie {
    tie_of(ctx, start, end, None)
}

/// [`tie`] for a claim of `kind`, whose own words are not cues against it.
pub fn tie_of(ctx: &Ctx<'_>, start: usize, end: usize, kind: Option<crate::Kind>) -> Tie {
    if ctx.main.is_none() {
        return Tie::Away("the article's main match is not known".into());
    }
    let Some(idx) = ctx
        .sentences
        .iter()
        .position(|s| s.start <= start && start < s.end.max(s.start + 1))
    else {
        return Tie::Main;
    };
    let s = ctx.sentences[idx];
    let (cs, ce) = core_clause(ctx, s, start, end);
    let mut core = core_cues(ctx, (cs, ce), (start, end), kind);
    if let Some((fs, fe)) = fronted(ctx, s, cs) {
        let f = cues(ctx, fs, fe);
        core.away.extend(f.away);
        core.anchors.extend(f.anchors);
    }
    if strong(&core) {
        return Tie::Main;
    }
    if let Some(r) = core.away.first() {
        return Tie::Away(r.clone());
    }
    if !core.anchors.is_empty() {
        return Tie::Main;
    }
    let whole = sentence_cues(ctx, s);
    if let Some(r) = whole.away.first() {
        return Tie::Away(r.clone());
    }
    if !whole.anchors.is_empty() {
        return Tie::Main;
    }
    match inherited(ctx, idx) {
        Some(r) => Tie::Away(r),
        None => Tie::Main,
    }
}

/// The time an earlier sentence of the same paragraph named, for a sentence that names none
/// and is not tied to the main match ("…Spain at Euro 96. Southgate missed in the semi-final
/// shootout").
pub(crate) fn discourse_time(ctx: &Ctx<'_>, s: Sentence) -> Option<crate::claims::TimeCue> {
    let idx = ctx.sentences.iter().position(|x| *x == s)?;
    if tie(ctx, s.start, s.end).is_main() {
        return None;
    }
    let starts = paragraph_starts(ctx);
    let mut i = idx;
    while i > 0 && !starts[i] {
        i -= 1;
        let p = ctx.sentences[i];
        // The time nearest the sentence: the last clause of the earlier sentence that names one.
        let text = ctx.slice(p.start, p.end);
        let mut cuts: Vec<usize> = text
            .char_indices()
            .filter(|(_, c)| matches!(c, ',' | ';' | '-' | '–' | '—'))
            .map(|(i, _)| p.start + i)
            .collect();
        cuts.insert(0, p.start);
        for (k, &from) in cuts.iter().enumerate().rev() {
            let to = cuts.get(k + 1).copied().unwrap_or(p.end);
            let c = time_cue(ctx, from, to);
            if c.edition.as_ref().is_some_and(|e| e.1.is_some())
                || c.year.is_some()
                || c.date.is_some()
                || c.years_ago.is_some()
            {
                return Some(c);
            }
        }
    }
    None
}

/// A hedge in the claim's core clause ("tipped to win the Golden Boot", "looked to have won it").
pub fn hedge(ctx: &Ctx<'_>, start: usize, end: usize) -> Option<&'static str> {
    let s = ctx.sentence_at(start)?;
    let (cs, ce) = core_clause(ctx, s, start, end);
    let lc = ctx.slice(cs, ce).to_ascii_lowercase();
    HEDGES.iter().find(|h| lc.contains(*h)).copied()
}

/// True when the claim's verdict was computed from the main match (or, for claims about a
/// tournament, from its edition).
fn about_main(ctx: &Ctx<'_>, c: &Claim, scope: Scope) -> bool {
    let Some(main) = ctx.main.as_ref() else {
        return false;
    };
    let row = &main.row.evidence;
    if c.evidence
        .iter()
        .any(|e| e.file == row.file && e.line == row.line)
        || c.explanation.contains(&row.text)
    {
        return true;
    }
    if scope != Scope::Edition {
        // Weekday and card claims name the match by its date.
        return c.evidence.is_empty() && c.explanation.contains(&main.row.date.to_string());
    }
    if let Some(e) = ctx.edition.as_ref() {
        if c.explanation.contains(&e.label) || c.evidence.iter().any(|x| x.text.contains(&e.label))
        {
            return true;
        }
    }
    // Weekday, stage and card claims name the match by its date.
    c.explanation.contains(&main.row.date.to_string())
}

/// What a kind of claim is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// One match: any cue of another event matters.
    Match,
    /// A tournament edition: only cues of another time matter.
    Edition,
    /// History and careers: the claim names its own span.
    Free,
}

impl Scope {
    fn of(kind: crate::Kind) -> Scope {
        use crate::Kind as K;
        match kind {
            K::TournamentGoals | K::Award | K::Appearances | K::TournamentRun => Scope::Edition,
            K::Record | K::NthGoal | K::Quotation => Scope::Free,
            _ => Scope::Match,
        }
    }
}

fn is_time_reason(r: &str) -> bool {
    r.contains("points to")
        || r.contains("\"previous\"")
        || r.contains(" ago")
        || r.contains("earlier")
        || r.contains("later")
        || r.contains("last time")
}

/// The last line of defence against false CONTRADICTED verdicts: a contradiction computed from
/// the main match (or its edition) on a passage not certainly about it, or written as a hedge,
/// becomes UNVERIFIABLE with the reason.
pub fn gate(ctx: &Ctx<'_>, claims: &mut [Claim]) {
    for c in claims.iter_mut() {
        if c.verdict != Verdict::Contradicted {
            continue;
        }
        let scope = Scope::of(c.kind);
        let reason = if let Some(h) = hedge(ctx, c.start, c.end) {
            Some(format!("the sentence is hedged (\"{}\")", h.trim()))
        } else if scope != Scope::Free && about_main(ctx, c, scope) {
            match tie_of(ctx, c.start, c.end, Some(c.kind)) {
                Tie::Away(r) if scope == Scope::Match || is_time_reason(&r) => {
                    Some(format!("the passage may not be about the main match: {r}"))
                }
                _ => None,
            }
        } else {
            None
        };
        if let Some(r) = reason {
            c.verdict = Verdict::Unverifiable;
            let correct = c.correct.take();
            c.explanation = format!(
                "not checked against the main match with certainty — {r}; the main match's data say: {}{}",
                c.explanation,
                correct.map(|x| format!(" (there: {x})")).unwrap_or_default()
            );
        }
    }
}
