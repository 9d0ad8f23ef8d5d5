//! The article's context, built once before any claim is checked: publication date, gender,
//! the teams and players it names, the competitions, and its main match.
//!
//! Everything relative in a claim ("on Saturday", "the 29-year-old", "this year's edition",
//! a bare surname) is resolved against this context.

use crate::dates::{self, DateMention, DateSource};
use crate::mentions::{name_candidates, CompetitionMention, Lexicon, NameMention, TeamMention};
use crate::text::{self, Sentence};
use goalline_core::{names, Date, Datelike, Gender, PlayerId, TeamId};
use goalline_facts::matches::{MatchFacts, MatchQuery};
use goalline_facts::tournaments::Edition;
use goalline_facts::{Facts, PlayerContext, Resolution};
use std::collections::HashMap;

/// A person name and what it resolved to.
#[derive(Debug, Clone)]
pub struct NameRef {
    /// Byte range.
    pub start: usize,
    /// End.
    pub end: usize,
    /// As written.
    pub text: String,
    /// The player, when resolved.
    pub player: Option<PlayerId>,
}

/// The article's context.
pub struct Ctx<'a> {
    /// The engine.
    pub facts: &'a Facts,
    /// The whole text.
    pub text: &'a str,
    /// Sentences.
    pub sentences: Vec<Sentence>,
    /// Publication date.
    pub date: Option<Date>,
    /// Where it came from.
    pub date_source: DateSource,
    /// Men's or women's football.
    pub gender: Gender,
    /// Team mentions.
    pub teams: Vec<TeamMention>,
    /// Mentions per team.
    pub team_counts: HashMap<TeamId, usize>,
    /// Competition mentions.
    pub comps: Vec<CompetitionMention>,
    /// Date expressions.
    pub dates: Vec<DateMention>,
    /// Person names.
    pub names: Vec<NameRef>,
    /// The match the article is about.
    pub main: Option<MatchFacts>,
    /// The edition the main match belongs to.
    pub edition: Option<Edition>,
    /// Minutes written in words ("nine minutes from time"), resolved once.
    pub(crate) minute_marks: Vec<crate::claims::minutes::Mark>,
    cache: HashMap<String, Option<PlayerId>>,
    /// Memoised facts queries.
    pub memo: crate::memo::Memo,
}

impl std::fmt::Debug for Ctx<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ctx")
            .field("date", &self.date)
            .field("gender", &self.gender)
            .finish_non_exhaustive()
    }
}

impl<'a> Ctx<'a> {
    /// Builds the context.
    pub fn build(
        facts: &'a Facts,
        lexicon: &Lexicon,
        text: &'a str,
        given_date: Option<Date>,
    ) -> Ctx<'a> {
        let (date, date_source) = match (
            given_date,
            dates::header_date(text),
            dates::latest_full_date(text),
        ) {
            (Some(d), _, _) => (Some(d), DateSource::Given),
            (None, Some(d), _) => (Some(d), DateSource::Header),
            (None, None, Some(d)) => (Some(d), DateSource::Inferred),
            _ => (None, DateSource::Unknown),
        };
        let teams = lexicon.teams(text);
        let comps = lexicon.competitions(text);
        let womens = text.contains("Women's")
            || text.contains("Women’s")
            || teams.iter().any(|t| t.gender == Some(Gender::Women));
        let gender = if womens { Gender::Women } else { Gender::Men };
        let mut team_counts: HashMap<TeamId, usize> = HashMap::new();
        for t in &teams {
            if t.teams.len() == 1 {
                *team_counts.entry(t.teams[0]).or_default() += 1;
            }
        }
        let mut ctx = Ctx {
            facts,
            text,
            sentences: text::sentences(text),
            date,
            date_source,
            gender,
            dates: dates::find_dates(text, date),
            teams,
            team_counts,
            comps,
            names: Vec::new(),
            main: None,
            edition: None,
            cache: HashMap::new(),
            minute_marks: Vec::new(),
            memo: Default::default(),
        };
        ctx.main = ctx.find_main_match();
        if ctx.date.is_none() {
            if let Some(m) = &ctx.main {
                ctx.date = Some(m.row.date);
                ctx.date_source = DateSource::Inferred;
                ctx.dates = dates::find_dates(text, ctx.date);
            }
        }
        ctx.edition = ctx.main.as_ref().and_then(|m| {
            facts
                .edition(&m.row.tournament, None, Some(m.row.date))
                .ok()
                .flatten()
        });
        ctx.resolve_names(name_candidates(text));
        ctx.minute_marks = crate::claims::minutes::marks(&ctx);
        ctx
    }

    /// Teams ordered by how often the article names them.
    pub fn ranked_teams(&self) -> Vec<TeamId> {
        let mut v: Vec<(TeamId, usize)> = self.team_counts.iter().map(|(t, c)| (*t, *c)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.into_iter().map(|(t, _)| t).collect()
    }

    fn find_main_match(&self) -> Option<MatchFacts> {
        let ranked = self.ranked_teams();
        let top: Vec<TeamId> = ranked.iter().take(4).copied().collect();
        let first = *top.first()?;
        let scores = scorelines_in(self.text);
        let mut best: Option<(i64, goalline_store::MatchRow)> = None;
        // Reports come out on the day or soon after; anniversary pieces and retrospectives
        // name their day in the lead ("Fifty years ago today, on 30 July 1966, …").
        let mut windows: Vec<(Option<Date>, Option<Date>, Option<Date>)> = match self.date {
            Some(d) => vec![(
                d.checked_sub_days(goalline_core::Days::new(4)),
                d.checked_add_days(goalline_core::Days::new(1)),
                Some(d),
            )],
            None => vec![(None, None, None)],
        };
        for anchor in self.lead_anchors() {
            windows.push((
                anchor.checked_sub_days(goalline_core::Days::new(1)),
                anchor.checked_add_days(goalline_core::Days::new(1)),
                Some(anchor),
            ));
        }
        for (from, to, anchor) in windows {
            for &t in &top {
                let Ok(ms) = self.facts.find_matches(&MatchQuery {
                    teams: vec![t],
                    from,
                    to,
                    gender: Some(self.gender),
                    ..Default::default()
                }) else {
                    continue;
                };
                for m in ms {
                    let other = m.opponent(t);
                    let a = self.team_counts.get(&t).copied().unwrap_or(0) as i64;
                    let b = self.team_counts.get(&other).copied().unwrap_or(0) as i64;
                    if b == 0 {
                        continue;
                    }
                    // Mentions, with the lead (first two sentences) counting extra; a written
                    // scoreline that fits; and closeness to the publication date (reports come
                    // out on the day or the day after).
                    let lead_end = self
                        .sentences
                        .get(1)
                        .or(self.sentences.first())
                        .map(|s| s.end)
                        .unwrap_or(0);
                    let early = self
                        .teams
                        .iter()
                        .filter(|x| {
                            x.start < lead_end
                                && x.teams.len() == 1
                                && (x.teams[0] == t || x.teams[0] == other)
                        })
                        .count() as i64;
                    let mut score = a + b + 2 * early;
                    if let (Some(h), Some(aw)) = (m.home_score, m.away_score) {
                        if scores
                            .iter()
                            .any(|&(x, y)| (x, y) == (h, aw) || (y, x) == (h, aw))
                        {
                            score += 4;
                        }
                    }
                    if let Some(d) = anchor {
                        score -= 2 * (d - m.date).num_days().abs();
                    }
                    if best.as_ref().is_none_or(|(s, _)| score > *s) {
                        best = Some((score, m));
                    }
                }
            }
        }
        let _ = first;
        best.and_then(|(_, m)| self.facts.match_facts(m.id).ok())
    }

    /// Days the article's lead points to, other than the publication date: a full date
    /// with its year, or "N years ago today/tonight" counted back from the publication date.
    fn lead_anchors(&self) -> Vec<Date> {
        static AGO: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
            regex::Regex::new(r"(?i-u)\b(\d{1,3}|[a-z]+(?:[- ][a-z]+)?|half a century|a century)\s+(?:years?\s+)?ago\s+(?:to(?:day|night)|this (?:week|evening|afternoon))").expect("regex")
        });
        let lead_end = self
            .sentences
            .get(2)
            .or(self.sentences.last())
            .map(|s| s.end)
            .unwrap_or(0);
        let mut out: Vec<Date> = self
            .dates
            .iter()
            .filter(|d| d.start < lead_end && d.year_written)
            .filter_map(|d| d.date)
            .filter(|d| self.date.is_none_or(|p| (p - *d).num_days().abs() > 5))
            .collect();
        if let Some(p) = self.date {
            let lead = &self.text[..crate::text::floor_char(self.text, lead_end)];
            for c in AGO.captures_iter(lead) {
                let Some(n) = c.get(1) else { continue };
                let w = n.as_str().to_ascii_lowercase();
                let w = w
                    .trim_end_matches(" years")
                    .trim_end_matches(" year")
                    .to_string();
                let years = match w.as_str() {
                    "half a century" => Some(50),
                    "a century" => Some(100),
                    _ => w
                        .parse::<u32>()
                        .ok()
                        .or_else(|| crate::text::number_word(&w))
                        .or_else(|| {
                            // "seventy-five"
                            let parts: Vec<&str> = w.split(['-', ' ']).collect();
                            match parts.as_slice() {
                                [a, b] => Some(
                                    crate::text::number_word(a)? + crate::text::number_word(b)?,
                                ),
                                _ => None,
                            }
                        }),
                };
                if let Some(y) = years.filter(|y| (1..=160).contains(y)) {
                    if let Some(d) = p.with_year(p.year() - y as i32) {
                        out.push(d);
                    }
                }
            }
        }
        out
    }

    /// Resolves a person name in this article's context (cached). Surnames of players named
    /// earlier in full resolve to them.
    pub fn resolve_player(&mut self, name: &str) -> Option<PlayerId> {
        let key = names::fold(name);
        if let Some(p) = self.cache.get(&key) {
            return *p;
        }
        // A surname or shortened name of someone named earlier.
        let earlier: Vec<PlayerId> = self
            .names
            .iter()
            .filter(|n| n.player.is_some())
            .filter(|n| {
                let f = names::fold(&n.text);
                f != key
                    && (f.ends_with(&format!(" {key}"))
                        || f.starts_with(&format!("{key} "))
                        || f.contains(&format!(" {key} ")))
            })
            .filter_map(|n| n.player)
            .collect();
        let mut uniq = earlier.clone();
        uniq.sort();
        uniq.dedup();
        if uniq.len() == 1 {
            self.cache.insert(key, Some(uniq[0]));
            return Some(uniq[0]);
        }
        let date = self.main.as_ref().map(|m| m.row.date).or(self.date);
        let mut teams: Vec<TeamId> = Vec::new();
        if let Some(m) = &self.main {
            teams.push(m.row.home);
            teams.push(m.row.away);
        }
        for t in self.ranked_teams() {
            if !teams.contains(&t) {
                teams.push(t);
            }
        }
        let mut found = None;
        for t in teams.iter().take(6) {
            if let Ok(Resolution::One(p)) = self.facts.resolve_player(
                name,
                PlayerContext {
                    team: Some(*t),
                    date,
                    gender: Some(self.gender),
                },
            ) {
                found = Some(p);
                break;
            }
        }
        if found.is_none() && name.contains(' ') {
            if let Ok(Resolution::One(p)) = self.facts.resolve_player(
                name,
                PlayerContext {
                    team: None,
                    date,
                    gender: Some(self.gender),
                },
            ) {
                found = Some(p);
            }
        }
        self.cache.insert(key, found);
        found
    }

    fn resolve_names(&mut self, cands: Vec<NameMention>) {
        for mut c in cands {
            // Skip names that are team mentions.
            if self
                .teams
                .iter()
                .any(|t| t.start <= c.start && c.end <= t.end)
            {
                continue;
            }
            // "Morocco’s Walid Cheddira": drop a leading team (or any possessive first word).
            if let Some(t) = self
                .teams
                .iter()
                .find(|t| t.start == c.start && t.end < c.end)
            {
                let rest = &self.text[t.end..c.end];
                let skip = rest.len() - rest.trim_start_matches(['\'', '’', 's', ' ']).len();
                let new_start = t.end + skip;
                if new_start < c.end {
                    c = NameMention {
                        start: new_start,
                        end: c.end,
                        text: self.text[new_start..c.end].to_string(),
                    };
                }
            } else if let Some(i) = c.text.find("'s ").or_else(|| c.text.find("’s ")) {
                let cut = c.text[i..]
                    .find(' ')
                    .map(|j| i + j + 1)
                    .unwrap_or(c.text.len());
                if cut < c.text.len() && !self.text[c.start..c.start + i].contains(' ') {
                    let start = c.start + cut;
                    c = NameMention {
                        start,
                        end: c.end,
                        text: self.text[start..c.end].to_string(),
                    };
                }
            }
            let player = self.resolve_player(&c.text);
            self.names.push(NameRef {
                start: c.start,
                end: c.end,
                text: c.text,
                player,
            });
        }
    }

    /// `text[a..b]` with both ends moved down onto char boundaries and clamped to the text:
    /// offsets computed with arithmetic ("the 60 bytes before the score") never panic.
    pub fn slice(&self, a: usize, b: usize) -> &'a str {
        let b = crate::text::floor_char(self.text, b);
        let a = crate::text::floor_char(self.text, a).min(b);
        &self.text[a..b]
    }

    /// The sentence containing byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<Sentence> {
        self.sentences
            .iter()
            .copied()
            .find(|s| s.start <= pos && pos < s.end.max(s.start + 1))
    }

    /// Team mentions within a byte range.
    pub fn teams_in(&self, start: usize, end: usize) -> Vec<&TeamMention> {
        self.teams
            .iter()
            .filter(|t| t.start >= start && t.end <= end)
            .collect()
    }

    /// Resolved names within a byte range.
    pub fn names_in(&self, start: usize, end: usize) -> Vec<&NameRef> {
        self.names
            .iter()
            .filter(|n| n.start >= start && n.end <= end)
            .collect()
    }

    /// The last resolved player named before `pos` (for "he", "the 29-year-old").
    pub fn last_player_before(&self, pos: usize) -> Option<&NameRef> {
        self.names
            .iter()
            .rfind(|n| n.end <= pos && n.player.is_some())
    }
}

/// All `a-b` scorelines written in the text.
pub fn scorelines_in(text: &str) -> Vec<(u32, u32)> {
    static RE: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
        regex::Regex::new(r"\b(\d{1,2})\s?[-–]\s?(\d{1,2})\b").expect("regex")
    });
    RE.captures_iter(text)
        .filter_map(|c| {
            Some((
                c.get(1)?.as_str().parse().ok()?,
                c.get(2)?.as_str().parse().ok()?,
            ))
        })
        .collect()
}
