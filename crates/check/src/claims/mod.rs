//! Claim extraction and verification: one module per family of football sentences.
//!
//! Each extractor scans the article's sentences for its grammar (scorelines, goals and
//! minutes, fixtures and stages, people, records, uncheckable statements), ties each claim to
//! its event (usually the article's main match; another match when the sentence names other
//! teams or another time), and verifies it against the facts engine.

mod goals;
pub(crate) mod minutes;
mod other;
mod people;
mod records;
mod results;
mod shootouts;

use crate::context::Ctx;
use crate::text::Sentence;
use crate::Claim;
use goalline_core::{Date, Datelike, Evidence, TeamId, Verdict};
use goalline_facts::matches::{MatchFacts, MatchQuery};
use once_cell::sync::Lazy;
use regex::Regex;
use serde::Serialize;

/// Kinds of claims (the dev set's vocabulary plus `quotation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A result or score.
    Scoreline,
    /// A calendar date.
    Date,
    /// A day of the week.
    Weekday,
    /// Who scored.
    Scorer,
    /// When something happened.
    Minute,
    /// A penalty scored or missed.
    Penalty,
    /// An own goal.
    OwnGoal,
    /// A penalty shootout.
    Shootout,
    /// The stage of a match.
    Stage,
    /// The next match of a team.
    NextFixture,
    /// Goals in a tournament.
    TournamentGoals,
    /// Appearances, starts, substitutions.
    Appearances,
    /// Which number a goal was.
    NthGoal,
    /// A record or a first.
    Record,
    /// An award.
    Award,
    /// How far a team got, titles.
    TournamentRun,
    /// A person's age.
    Age,
    /// A quotation repeated with different wording.
    Quotation,
    /// Anything else (cards, venues, and statements no dataset covers).
    Other,
}

/// Builds a claim over a byte range.
pub(crate) fn claim(
    ctx: &Ctx<'_>,
    start: usize,
    end: usize,
    kind: Kind,
    verdict: Verdict,
    explanation: impl Into<String>,
    evidence: Vec<Evidence>,
) -> Claim {
    let start = crate::text::floor_char(ctx.text, start);
    let end = crate::text::ceil_char(ctx.text, end.max(start));
    Claim {
        start,
        end,
        text: ctx.slice(start, end).to_string(),
        kind,
        verdict,
        explanation: explanation.into(),
        evidence,
        correct: None,
    }
}

/// A contradicted claim with the correct value.
pub(crate) fn contradicted(
    ctx: &Ctx<'_>,
    start: usize,
    end: usize,
    kind: Kind,
    correct: String,
    explanation: impl Into<String>,
    evidence: Vec<Evidence>,
) -> Claim {
    let mut c = claim(
        ctx,
        start,
        end,
        kind,
        Verdict::Contradicted,
        explanation,
        evidence,
    );
    c.correct = Some(correct);
    c
}

/// Runs every extractor and resolves overlaps (one claim per span and kind).
pub fn extract_all(ctx: &mut Ctx<'_>) -> Vec<Claim> {
    let mut out = Vec::new();
    results::extract(ctx, &mut out);
    goals::extract(ctx, &mut out);
    people::extract(ctx, &mut out);
    records::extract(ctx, &mut out);
    other::extract(ctx, &mut out);
    dedup(out)
}

fn dedup(mut claims: Vec<Claim>) -> Vec<Claim> {
    claims.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    let mut out: Vec<Claim> = Vec::new();
    for c in claims {
        if out
            .iter()
            .any(|o| o.kind == c.kind && o.start == c.start && o.end == c.end)
        {
            continue;
        }
        out.push(c);
    }
    out
}

/// Cues in a sentence that point at a time other than the main match.
#[derive(Debug, Clone, Default)]
pub(crate) struct TimeCue {
    /// An explicit year ("in 1966", "the 2018 World Cup").
    pub year: Option<i32>,
    /// A month of a year ("June 2017").
    pub month: Option<(i32, u32)>,
    /// A full date.
    pub date: Option<Date>,
    /// An edition mention (competition, year).
    pub edition: Option<(String, Option<i32>)>,
    /// "last year", "two years ago", "20 years ago".
    pub years_ago: Option<i32>,
    /// "four years later" with no year to count from: some other time, unknown.
    pub relative: bool,
}

static YEAR: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?-u)\b(18[7-9]\d|19\d\d|20[0-3]\d)\b").expect("regex"));
static YEARS_AGO: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|[a-z]+-[a-z]+|half a century|a century|a decade|two decades|three decades|four decades|five decades)\s+(?:years\s+)?ago\b").expect("regex")
});

pub(crate) fn time_cue(ctx: &Ctx<'_>, start: usize, end: usize) -> TimeCue {
    let s = &ctx.slice(start, end);
    let mut cue = TimeCue::default();
    if let Some(c) = ctx.comps.iter().find(|c| c.start >= start && c.end <= end) {
        cue.edition = Some((c.competition.clone(), c.year));
    }
    for m in YEAR.find_iter(s) {
        // A year inside "Euro 2020" belongs to the edition; keep it too.
        if let Ok(y) = m.as_str().parse::<i32>() {
            cue.year.get_or_insert(y);
        }
    }
    // "60 years ago" is more specific than a year written for another event.
    if YEARS_AGO.is_match(s) {
        cue.year = None;
    }
    if let Some(d) = ctx.dates.iter().find(|d| d.start >= start && d.end <= end) {
        cue.date = d.date;
        cue.month = d.month_year;
    }
    if let Some(c) = YEARS_AGO.captures(s) {
        cue.years_ago = c
            .get(1)
            .and_then(|n| {
                let w = n.as_str().to_ascii_lowercase();
                match w.as_str() {
                    "half a century" => Some(50),
                    "a century" => Some(100),
                    "a decade" => Some(10),
                    "two decades" => Some(20),
                    "three decades" => Some(30),
                    "four decades" => Some(40),
                    "five decades" => Some(50),
                    _ => w.parse().ok().or_else(|| crate::text::number_word(&w)),
                }
            })
            .map(|n| n as i32);
    }
    let lower = s.to_ascii_lowercase();
    if lower.contains("last year") {
        cue.years_ago = Some(1);
    }
    // "four years later": counted from the last year written before it in the sentence;
    // with none, the time is unknown (no year is borrowed from elsewhere).
    if let Some(c) = YEARS_REL.captures(s) {
        let n = c.get(1).and_then(|n| {
            n.as_str()
                .parse::<i32>()
                .ok()
                .or_else(|| crate::text::number_word(n.as_str()).map(|x| x as i32))
        });
        let later = c
            .get(2)
            .is_some_and(|w| matches!(w.as_str().to_ascii_lowercase().as_str(), "later" | "on"));
        let at = start + c.get(0).map_or(0, |m| m.start());
        let sentence_start = ctx.sentence_at(start).map(|x| x.start).unwrap_or(start);
        let prior = YEAR
            .find_iter(ctx.slice(sentence_start, at))
            .last()
            .and_then(|m| m.as_str().parse::<i32>().ok());
        cue.year = match (n, prior) {
            (Some(n), Some(y)) => Some(if later { y + n } else { y - n }),
            _ => None,
        };
        cue.relative = cue.year.is_none();
        cue.date = None;
        cue.month = None;
    }
    cue
}

static YEARS_REL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+years?\s+(later|earlier|on)\b").expect("regex")
});

impl TimeCue {
    /// True when the cue points away from the given day's season.
    pub fn points_away_from(&self, d: Date) -> bool {
        self.year
            .is_some_and(|y| y != d.year() && !(y == d.year() - 1 && self.edition.is_some()))
            || self
                .month
                .is_some_and(|(y, m)| (y, m) != (d.year(), d.month()))
            || self.date.is_some_and(|x| (x - d).num_days().abs() > 3)
            || self.years_ago.is_some_and(|n| n > 0)
            || self.relative
    }

    /// A date window implied by the cue relative to `reference`.
    pub fn window(&self, reference: Option<Date>) -> Option<(Date, Date)> {
        if let Some(d) = self.date {
            return Some((d, d));
        }
        if let Some((y, m)) = self.month {
            let from = Date::from_ymd_opt(y, m, 1)?;
            let to = if m == 12 {
                Date::from_ymd_opt(y + 1, 1, 1)?
            } else {
                Date::from_ymd_opt(y, m + 1, 1)?
            };
            return Some((from, to.pred_opt()?));
        }
        if let Some(n) = self.years_ago {
            let y = reference?.year() - n;
            return Some((Date::from_ymd_opt(y, 1, 1)?, Date::from_ymd_opt(y, 12, 31)?));
        }
        if let Some(y) = self.year {
            return Some((
                Date::from_ymd_opt(y, 1, 1)?,
                Date::from_ymd_opt(y + 1, 2, 28)?,
            ));
        }
        None
    }
}

/// A match a claim refers to, and how sure the tie is.
pub(crate) struct EventMatch {
    /// The match.
    pub facts: MatchFacts,
    /// True when the match is the only one that fits the sentence.
    pub certain: bool,
    /// True when it is the article's main match.
    pub is_main: bool,
}

/// The clause around a claim: from the previous clause break (`,` `;` `(` or a conjunction
/// that starts a new clause) to the next one, within the sentence.
pub(crate) fn clause(ctx: &Ctx<'_>, s: Sentence, start: usize, end: usize) -> (usize, usize) {
    let before = &ctx.slice(s.start, start.max(s.start));
    let cs = before
        .rfind([',', ';', '('])
        .map(|i| s.start + i + 1)
        .unwrap_or(s.start);
    let after = &ctx.slice(end.min(s.end), s.end);
    let ce = after
        .find([',', ';', ')'])
        .map(|i| end + i)
        .unwrap_or(s.end);
    (cs, ce)
}

/// The edition a range speaks of: one it names (with a year, "last year", "N years ago"),
/// else the main match's edition.
pub(crate) fn edition_in(
    ctx: &Ctx<'_>,
    start: usize,
    end: usize,
) -> Option<goalline_facts::tournaments::Edition> {
    let cue = time_cue(ctx, start, end);
    if let Some((comp, year)) = &cue.edition {
        let year = year.or(cue.year);
        if let Some(y) = year {
            return ctx.edition(comp, Some(y), None).ok().flatten();
        }
        if let Some(n) = cue.years_ago {
            let d = ctx.date?;
            let y = d.year() - n;
            return ctx
                .editions(comp)
                .ok()?
                .into_iter()
                .find(|e| e.from.year() == y || e.year == y);
        }
        if let Some(main) = &ctx.main {
            if &main.row.tournament == comp {
                return ctx.edition.clone();
            }
        }
        return ctx
            .date
            .and_then(|d| ctx.edition_before(comp, d).ok().flatten());
    }
    if let Some(y) = cue.year {
        if let Some(main) = &ctx.main {
            if let Ok(Some(e)) = ctx.edition(&main.row.tournament, Some(y), None) {
                return Some(e);
            }
        }
    }
    ctx.edition.clone()
}

/// The team a mention stands for: its only candidate, or the candidate the article otherwise
/// names ("La Roja" in an article about Spain).
pub(crate) fn mention_team(ctx: &Ctx<'_>, t: &crate::mentions::TeamMention) -> Option<TeamId> {
    if t.teams.len() == 1 {
        Some(t.teams[0])
    } else {
        t.teams
            .iter()
            .copied()
            .find(|c| ctx.team_counts.contains_key(c))
    }
}

/// True when a team mention names a place ("in Germany in 2006", "the final in Qatar"), not
/// a side.
pub(crate) fn is_place(ctx: &Ctx<'_>, t: &crate::mentions::TeamMention) -> bool {
    let before = ctx.slice(0, t.start).to_ascii_lowercase();
    let last = before.split_whitespace().last().unwrap_or("");
    let after = ctx.slice(t.end, (t.end + 4).min(ctx.text.len()));
    matches!(last, "in" | "at" | "across" | "throughout")
        && !after.starts_with("'s")
        && !after.starts_with("’s")
}

/// Single-candidate teams named in a range (places left out).
pub(crate) fn sentence_teams(ctx: &Ctx<'_>, start: usize, end: usize) -> Vec<TeamId> {
    let mut v: Vec<TeamId> = Vec::new();
    for t in ctx.teams_in(start, end) {
        if is_place(ctx, t) {
            continue;
        }
        let pick = mention_team(ctx, t);
        if let Some(p) = pick {
            if !v.contains(&p) {
                v.push(p);
            }
        }
    }
    v
}

/// The match a sentence speaks about: the main match unless the sentence names another
/// opponent or another time; `team_hint` is the team of the player the claim is about.
pub(crate) fn event_match(
    ctx: &Ctx<'_>,
    s: Sentence,
    team_hint: Option<TeamId>,
) -> Option<EventMatch> {
    event_match_in(ctx, s.start, s.end, team_hint)
}

/// [`event_match_in`] over a clause, falling back to the whole sentence when the clause alone
/// names no match ("…against Lithuania in a 4-0 win" after "in March 2015,").
pub(crate) fn event_match_local(
    ctx: &Ctx<'_>,
    s: Sentence,
    start: usize,
    end: usize,
    team_hint: Option<TeamId>,
) -> Option<EventMatch> {
    if let Some(m) = event_match_in(ctx, start, end, team_hint) {
        return Some(m);
    }
    // Only borrow the sentence's cues when the clause has none of its own.
    let cue = time_cue(ctx, start, end);
    if cue.edition.is_some()
        || cue.year.is_some()
        || cue.month.is_some()
        || cue.date.is_some()
        || cue.years_ago.is_some()
    {
        return None;
    }
    event_match_in(ctx, s.start, s.end, team_hint)
}

/// Like [`event_match`] over a byte range (a clause), so that other teams and dates elsewhere
/// in a long sentence do not pull the claim away from its match.
pub(crate) fn event_match_in(
    ctx: &Ctx<'_>,
    start: usize,
    end: usize,
    team_hint: Option<TeamId>,
) -> Option<EventMatch> {
    let s = Sentence { start, end };
    let teams = sentence_teams(ctx, s.start, s.end);
    let cue = time_cue(ctx, s.start, s.end);
    let main = ctx.main.as_ref();
    if let Some(m) = main {
        let in_main = |t: &TeamId| m.involves(*t);
        let away = cue.points_away_from(m.row.date);
        let edition_away = cue.edition.as_ref().is_some_and(|(c, y)| {
            c != &m.row.tournament
                && !(c == "FIFA World Cup" && m.row.tournament == "FIFA World Cup")
                || y.is_some_and(|y| ctx.edition.as_ref().is_some_and(|e| e.year != y))
        });
        if teams.iter().all(in_main)
            && !away
            && !edition_away
            && team_hint.is_none_or(|t| in_main(&t))
        {
            return Some(EventMatch {
                facts: m.clone(),
                certain: true,
                is_main: true,
            });
        }
    }
    // Another match: a subject team and an opponent.
    let mut subject = team_hint.or_else(|| teams.first().copied())?;
    let mut opponents: Vec<TeamId> = teams.iter().copied().filter(|t| *t != subject).collect();
    if opponents.is_empty() {
        if let (Some(m), None) = (main, team_hint) {
            if m.involves(subject) {
                opponents.push(m.opponent(subject));
            } else if let Some(top) = ctx.ranked_teams().into_iter().find(|t| *t != subject) {
                // "The first came against Senegal": the article's own team played it.
                opponents.push(subject);
                subject = top;
            }
        }
    }
    if team_hint.is_none() && opponents.is_empty() {
        return None;
    }
    if let Some(m) = main {
        if !m.involves(subject) && opponents.iter().any(|o| m.involves(*o)) {
            std::mem::swap(&mut subject, &mut opponents[0]);
        }
    }
    let reference = ctx.main.as_ref().map(|m| m.row.date).or(ctx.date);
    let window = cue.window(reference).or_else(|| {
        if let Some((comp, Some(y))) = &cue.edition {
            ctx.edition(comp, Some(*y), None)
                .ok()
                .flatten()
                .map(|e| (e.from, e.to))
        } else {
            ctx.edition.as_ref().map(|e| (e.from, e.to))
        }
    });
    let (from, to) = match window {
        Some(w) => (Some(w.0), Some(w.1)),
        None => (
            reference.and_then(|r| r.checked_sub_days(goalline_core::Days::new(400))),
            reference,
        ),
    };
    let mut cands = Vec::new();
    for o in &opponents {
        let q = MatchQuery {
            teams: vec![subject, *o],
            from,
            to,
            gender: Some(ctx.gender),
            ..Default::default()
        };
        cands.extend(ctx.find_matches(&q).ok()?);
    }
    if opponents.is_empty() {
        return None;
    }
    if let Some((comp, _)) = &cue.edition {
        let filtered: Vec<_> = cands
            .iter()
            .filter(|m| &m.tournament == comp)
            .cloned()
            .collect();
        if !filtered.is_empty() {
            cands = filtered;
        }
    }
    // Without a time of its own (a date, a year, an edition) a sentence about another match is
    // only tied to it loosely: enough to support, not to contradict.
    let explicit = cue.date.is_some()
        || cue.month.is_some()
        || cue.year.is_some()
        || cue.years_ago.is_some()
        || cue.edition.as_ref().is_some_and(|e| e.1.is_some());
    // Within the main match's edition, a past-tense sentence with no historical markers is
    // about that tournament.
    let lc = ctx.slice(start, end).to_ascii_lowercase();
    let historical = [
        " have ",
        " has ",
        "before",
        "previous",
        "last time",
        "history",
        " ever",
        "since",
        "record",
        "used to",
        "once ",
    ]
    .iter()
    .any(|w| lc.contains(w));
    let in_main_edition =
        cue.window(reference).is_none() && cue.edition.is_none() && ctx.edition.is_some();
    let certain = cands.len() == 1 && !cue.relative && (explicit || in_main_edition && !historical);
    let pick = if let Some(r) = reference {
        cands
            .into_iter()
            .filter(|m| m.date <= r)
            .max_by_key(|m| m.date)
    } else {
        cands.into_iter().last()
    }?;
    let facts = ctx.match_facts(pick.id).ok()?;
    let is_main = main.is_some_and(|m| m.row.id == facts.row.id);
    Some(EventMatch {
        facts,
        certain,
        is_main,
    })
}

/// Finds a regex in a sentence; returns absolute byte ranges with captures.
pub(crate) fn find_in<'t>(re: &Regex, ctx: &Ctx<'t>, s: Sentence) -> Vec<regex::Captures<'t>> {
    let hay = &ctx.slice(0, s.end);
    let mut out = Vec::new();
    let mut pos = s.start;
    while pos <= hay.len() {
        let Some(c) = re.captures_at(hay, pos) else {
            break;
        };
        let Some(m) = c.get(0) else { break };
        pos = if m.end() > m.start() {
            m.end()
        } else {
            crate::text::ceil_char(hay, m.end() + 1)
        };
        out.push(c);
        if pos >= hay.len() {
            break;
        }
    }
    out
}
