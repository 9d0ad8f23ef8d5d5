//! goalline's article checker, version 2: a layered reader of football articles.
//!
//! 1. [`doc`]: the article split into paragraphs, sentences and tokens; [`doc::Span`] is the
//!    only way to refer to (and slice) the text.
//! 2. [`mentions`]: typed values, one module per dimension, each a rule table with an
//!    example corpus.
//! 3. [`discourse`]: clauses, entities and coreference, roles, polarity and modality, time
//!    cues, and the article's focus.
//! 4. [`frames`]: one typed claim per checkable statement.
//! 5. [`families`]: one folder per kind of claim — its grammar, its corpus and its verifier;
//!    [`verify`] holds what verifiers share (the context, findings, ties to events).
//! 6. [`policy`]: the one function that turns a frame and its finding into a verdict.
//! 7. [`report`]: claims with explanations rendered from findings, and the sentences with
//!    facts that produced no claim.
//!
//! Layers 1–4 and every family's grammar run without a database; verifiers read data through
//! `goalline-facts` only (this crate does not link the store). See `docs/checker-v2.md`.
#![forbid(unsafe_code)]

pub mod budget;
pub mod discourse;
pub mod doc;
pub mod eval;
pub mod families;
pub mod frames;
pub mod input;
pub mod mentions;
pub mod policy;
pub mod render;
pub mod report;
pub mod rx;
pub mod verify;

pub use budget::{CheckError, CheckOptions};
pub use frames::Kind;
pub use goalline_core::Verdict;
pub use report::{Claim, Report, Summary, Unchecked};

use goalline_core::Date;
use goalline_facts::Facts;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The checker: the facts engine and the lexicon built from it (build once, check many).
pub struct Checker {
    facts: Facts,
    pub(crate) lexicon: mentions::Lexicon,
}

impl std::fmt::Debug for Checker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Checker").finish_non_exhaustive()
    }
}

/// Reads a built-in text through every reading layer with the built-in lexicon, which compiles
/// the rule tables its sentences reach. Never panics (the layers do not).
fn compile_rules() {
    let t = std::time::Instant::now();
    let doc = doc::Doc::new(WARM_TEXT);
    let lex = mentions::Lexicon::fixture();
    // The families' tables first, with no mentions (the main thread is building its lexicon,
    // then compiling the mention tables), then the mention tables in the reverse of the order
    // a check runs them, then the whole reading.
    {
        let none = mentions::Mentions::default();
        let discourse = discourse::Discourse::analyse(&doc, &none);
        let _ = families::recognise(&families::Reading::new(&doc, &none, &discourse));
    }
    for (_, finder) in mentions::FINDERS.iter().rev() {
        for s in &doc.sentences {
            let mut found = Vec::new();
            finder(&doc, s.span, &lex, &mut found);
        }
    }
    let mentions = mentions::Mentions::find(&doc, &lex);
    let discourse = discourse::Discourse::analyse(&doc, &mentions);
    let reading = families::Reading::new(&doc, &mentions, &discourse);
    let frames = families::recognise(&reading);
    tracing::debug!(
        elapsed_ms = t.elapsed().as_millis() as u64,
        frames = frames.len(),
        "checker rules compiled"
    );
}

/// A short text written for warming the checker: a sentence of most kinds of claim.
const WARM_TEXT: &str = "France beat England 2-1 in the World Cup quarter-final on Saturday. \
    Harry Kane missed a penalty in the 84th minute, his 53rd goal having come earlier from the \
    spot. The 29-year-old started all five matches. France face Morocco in the semi-final at the \
    Al Bayt Stadium on Wednesday, with Mbappé on five goals. Spain won their first title since \
    1964, a record third, and Messi was named player of the tournament. Italy were unbeaten in 37 \
    games and top of Group C with 12 points. Germany were 5-0 up at half-time. Pickford saved \
    Saka's kick in the shoot-out, and Martinez was booked.";

impl Checker {
    /// Builds a checker over a facts engine.
    pub fn new(facts: Facts) -> Checker {
        let t = std::time::Instant::now();
        // The rule tables compile on first use; a second thread starts compiling them (by
        // reading a built-in text without the database) while this one builds the lexicon, so a
        // single check in a fresh process pays for less of it. Nothing waits for the thread:
        // a table it has not finished is compiled by whoever needs it first, once.
        let _ = std::thread::Builder::new()
            .name("checker-rules".into())
            .spawn(compile_rules);
        let lexicon = mentions::Lexicon::from_facts(&facts);
        tracing::debug!(
            elapsed_ms = t.elapsed().as_millis() as u64,
            "checker lexicon built"
        );
        Checker { facts, lexicon }
    }

    /// Compiles the rule tables and fills the facts engine's first caches by checking a short
    /// built-in text, so that the first real check is as fast as the next ones (a server calls
    /// this at start-up; the CLI, which checks once, does not).
    pub fn warm_up(&self) {
        let t = std::time::Instant::now();
        let _ = self.check(WARM_TEXT, Date::from_ymd_opt(2022, 12, 11));
        tracing::debug!(
            elapsed_ms = t.elapsed().as_millis() as u64,
            "checker warmed up"
        );
    }

    /// The facts engine.
    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    /// Checks an article. `date` is the publication date when known; otherwise it comes from
    /// the `DATE:` header or the main match. Never panics: a fault inside one family is
    /// logged and leaves that claim out.
    pub fn check(&self, text: &str, date: Option<Date>) -> Report {
        // No budget: the run is never stopped (an empty report is the unreachable fallback).
        let _budget = budget::enter(&CheckOptions::default());
        self.run(text, date).unwrap_or_else(|e| {
            tracing::error!(error = %e, "a check without a budget was stopped");
            Report {
                date,
                date_source: verify::context::DateSource::Unknown,
                main_match: None,
                gender: goalline_core::Gender::Men,
                claims: Vec::new(),
                unchecked: Vec::new(),
                summary: Summary::default(),
            }
        })
    }

    /// Checks an article within a budget: like [`Checker::check`], but the check stops
    /// cooperatively (between sentences, families and frames) once `opts`' deadline passes or
    /// its cancel flag is set, and answers [`CheckError::Stopped`] — never a partial report,
    /// whose missing claims would read as "nothing to check".
    pub fn check_with(
        &self,
        text: &str,
        date: Option<Date>,
        opts: &CheckOptions,
    ) -> Result<Report, CheckError> {
        let _budget = budget::enter(opts);
        self.run(text, date)
    }

    fn run(&self, text: &str, date: Option<Date>) -> Result<Report, CheckError> {
        let clock = std::time::Instant::now();
        let stop = |phase: &'static str| match budget::reason() {
            Some(why) => Err(CheckError::Stopped {
                phase,
                elapsed: clock.elapsed(),
                why,
            }),
            None => Ok(()),
        };
        let lap = |what: &str| {
            tracing::debug!(
                phase = what,
                elapsed_ms = clock.elapsed().as_secs_f64() * 1000.0,
                "check"
            )
        };
        let doc = doc::Doc::new(text);
        lap("document");
        stop("document")?;
        let mentions = mentions::Mentions::find(&doc, &self.lexicon);
        lap("mentions");
        stop("mentions")?;
        let discourse = discourse::Discourse::analyse(&doc, &mentions);
        lap("discourse");
        stop("discourse")?;
        let reading = families::Reading::new(&doc, &mentions, &discourse);
        let mut frames = Vec::new();
        for fam in families::FAMILIES {
            stop("frames")?;
            let mut out = Vec::new();
            let ok = catch_unwind(AssertUnwindSafe(|| (fam.recognise)(&reading, &mut out)));
            match ok {
                Ok(()) => frames.extend(out),
                Err(_) => tracing::error!(
                    family = fam.name,
                    "a family's grammar failed; its claims are left out"
                ),
            }
        }
        lap("frames");
        let ctx = verify::Context::build(&self.facts, &doc, &mentions, &discourse, date);
        lap("context");
        stop("context")?;
        let mut verified: Vec<(&frames::Frame, verify::Finding)> = Vec::new();
        for frame in &frames {
            stop("verify")?;
            let Some(fam) = families::family(frame.family) else {
                continue;
            };
            let finding = catch_unwind(AssertUnwindSafe(|| (fam.verify)(frame, &ctx)));
            let Ok(finding) = finding else {
                tracing::error!(
                    family = fam.name,
                    "a verifier failed; the claim is left out"
                );
                continue;
            };
            verified.push((frame, finding));
        }
        let parts: Vec<policy::Part<'_>> = verified
            .iter()
            .map(|(frame, finding)| policy::Part {
                frame,
                finding,
                decision: policy::decide(frame, finding),
            })
            .collect();
        let mut claims: Vec<Claim> = parts
            .iter()
            .map(|p| report::claim(text, p.frame, p.finding, &p.decision))
            .collect();
        // Statements: a claim and a contradicted part of its clause, read together (see
        // `policy::statements`). A statement is one clause: the clause (with the adjuncts it
        // governs) of each claim's trigger.
        let clauses: Vec<_> = parts
            .iter()
            .map(|p| families::clause::clause_at(&reading, p.frame.trigger))
            .collect();
        let statements = policy::statements(
            &parts,
            |i, j| {
                clauses[i].head == clauses[j].head
                    || clauses[i].holds(parts[j].frame.trigger)
                    || clauses[j].holds(parts[i].frame.trigger)
            },
            |i, j| touches(&doc, parts[i].frame.span, parts[j].frame.span),
            |i| {
                doc.sentence_at(parts[i].frame.trigger.start())
                    .map_or(usize::MAX, |s| s.index)
            },
        );
        for (i, j, decision) in statements {
            let p = &parts[i];
            // The part's words, or only its key word when they hold the claim's ("Germany
            // bounced England … at Free State Stadium in Bloemfontein on Monday": the day).
            let part = if parts[j].frame.span.contains(p.frame.span) {
                parts[j].frame.trigger
            } else {
                parts[j].frame.span
            };
            let span = p.frame.span.cover(part);
            if span == p.frame.span {
                // The part lies inside the claim's words ("Tim Cahill, 36, finished with three
                // goals"): the claim keeps its own verdict for the words beside the part
                // ("finished with three goals"), the statement takes them all.
                let Some(rest) = remainder(&doc, p.frame.span, part, p.frame.trigger) else {
                    continue;
                };
                claims[i].start = rest.start();
                claims[i].end = rest.end();
                claims[i].text = doc.text_of(rest).to_string();
            }
            let mut c = report::claim(text, p.frame, p.finding, &decision);
            c.start = span.start();
            c.end = span.end();
            c.text = text.get(c.start..c.end).unwrap_or("").to_string();
            c.rule = format!("{}+statement", c.rule);
            claims.push(c);
        }
        lap("verify");
        stop("verify")?;
        claims.sort_by_key(|c| (c.start, c.end));
        dedup(&mut claims);
        let unchecked = unchecked(&doc, &mentions, &claims);
        let mut summary = Summary {
            claims: claims.len(),
            unchecked: unchecked.len(),
            ..Default::default()
        };
        for c in &claims {
            match c.verdict {
                Verdict::Supported => summary.supported += 1,
                Verdict::Contradicted => summary.contradicted += 1,
                Verdict::Unverifiable => summary.unverifiable += 1,
            }
        }
        Ok(Report {
            date: ctx.date,
            date_source: ctx.date_source,
            main_match: ctx.main_label(),
            gender: ctx.gender,
            claims,
            unchecked,
            summary,
        })
    }
}

/// True when a claim's words (`claim`) overlap a part's (`part`) or follow it directly, past
/// commas and a linking verb ("Messi, 28, was named player of the tournament").
fn touches(doc: &doc::Doc<'_>, claim: doc::Span, part: doc::Span) -> bool {
    if claim.overlaps(part) {
        return true;
    }
    if part.end() > claim.start() || claim.start() - part.end() > 12 {
        return false;
    }
    let gap = doc.text_of(doc.span(part.end(), claim.start()));
    let words: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    matches!(
        words.as_slice(),
        [] | ["was" | "were" | "is" | "has" | "had" | "then"]
    )
}

/// The claim's words before or after a part inside them — the side holding the claim's
/// trigger, else the longer — without the commas and spaces that separate them (`None` when
/// nothing is left).
fn remainder(
    doc: &doc::Doc<'_>,
    claim: doc::Span,
    part: doc::Span,
    trigger: doc::Span,
) -> Option<doc::Span> {
    let sep = |c: char| c.is_whitespace() || c == ',' || c == '-' || c == '–';
    let trimmed = |s: doc::Span| -> Option<doc::Span> {
        let t = doc.text_of(s);
        let lead = t.len() - t.trim_start_matches(sep).len();
        let tail = t.len() - t.trim_end_matches(sep).len();
        (lead + tail < t.len()).then(|| doc.span(s.start() + lead, s.end() - tail))
    };
    let before = trimmed(doc.span(claim.start(), part.start()));
    let after = trimmed(doc.span(part.end(), claim.end()));
    if trigger.start() >= part.end() {
        after
    } else if trigger.end() <= part.start() {
        before
    } else {
        // The trigger runs into the part ("highest-scoring decider since England beat …"):
        // the longer side.
        match (before, after) {
            (Some(b), Some(a)) => Some(if a.len() >= b.len() { a } else { b }),
            (b, a) => a.or(b),
        }
    }
}

/// One claim per span and kind: the first kept (families read in priority order). One pass
/// with a set of the (kind, start, end) already kept.
fn dedup(claims: &mut Vec<Claim>) {
    let mut seen: std::collections::HashSet<(Kind, usize, usize)> =
        std::collections::HashSet::with_capacity(claims.len());
    claims.retain(|c| seen.insert((c.kind, c.start, c.end)));
}

/// Sentences that hold a number, a date or a name but overlap no claim. `claims` are sorted
/// by start: a claim overlapping a sentence is found among those starting before its end, by
/// a running maximum of their ends (one pass over sentences and claims together).
fn unchecked(
    doc: &doc::Doc<'_>,
    mentions: &mentions::Mentions,
    claims: &[Claim],
) -> Vec<Unchecked> {
    use mentions::Dim;
    // max_end[k]: the largest end among claims[..k].
    let mut max_end = Vec::with_capacity(claims.len() + 1);
    max_end.push(0usize);
    for c in claims {
        let last = max_end.last().copied().unwrap_or(0);
        max_end.push(last.max(c.end));
    }
    doc.sentences
        .iter()
        .filter(|s| {
            mentions
                .within(s.span)
                .any(|m| !matches!(m.dim(), Dim::NotFootball))
        })
        .filter(|s| {
            // Claims starting before the sentence ends; one of them overlaps it when the
            // latest end among them lies after the sentence's start.
            let k = claims.partition_point(|c| c.start < s.span.end());
            max_end[k] <= s.span.start()
        })
        .map(|s| Unchecked {
            start: s.span.start(),
            end: s.span.end(),
            text: doc.text_of(s.span).to_string(),
        })
        .collect()
}
