//! Search across entity kinds for the search page: each kind is a [`Provider`] that turns a
//! query into [`Hit`]s with a link to its page — teams (any name, code or nickname), players
//! (full name or surname), matches ("England France 2022", "England v France 2022-12-10",
//! "Germany 1974") and tournaments ("World Cup 2022", "Euro 2020", "Qatar 2022", "Euro").
//!
//! To add a kind, implement [`Provider`] and add it to [`providers`]; the search page lists
//! every provider's hits in order. Providers run on the blocking pool and may use the facts
//! engine and the store, but must not build SQL. A provider that cannot read the query as its
//! kind returns no hits, never an error.

use crate::api::model::{edition_key, score_text};
use crate::error::ServerError;
use crate::state::Ctx;
use crate::urls;
use goalline_core::{names, Date, Gender, TeamId};
use goalline_facts::matches::{weekday_name, MatchQuery};
use goalline_facts::tournaments::competition_named;
use goalline_facts::{PlayerContext, Resolution};
use std::collections::HashMap;

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Kind shown beside the result (`team`).
    pub kind: &'static str,
    /// Main text (the canonical name).
    pub title: String,
    /// Why it matched (`nickname “Three Lions”`).
    pub detail: String,
    /// Link to the entity's page.
    pub url: String,
    /// The query names this entity exactly (as resolution would).
    pub exact: bool,
}

/// A searchable kind of entity.
pub trait Provider: Send + Sync {
    /// Plural heading on the search page (`Teams`).
    fn heading(&self) -> &'static str;
    /// Up to `limit` hits for `query`, best first.
    fn search(&self, ctx: Ctx<'_>, query: &str, limit: usize) -> Result<Vec<Hit>, ServerError>;
}

/// Every provider, in the order of the search page.
pub fn providers() -> &'static [&'static dyn Provider] {
    &[&Teams, &Players, &Matches, &Tournaments]
}

/// Runs every provider.
pub fn search_all(
    ctx: Ctx<'_>,
    query: &str,
    limit: usize,
) -> Result<Vec<(&'static str, Vec<Hit>)>, ServerError> {
    providers()
        .iter()
        .map(|p| Ok((p.heading(), p.search(ctx, query, limit)?)))
        .collect()
}

/// Teams by canonical name, former name, code, nickname or adjective.
#[derive(Debug, Clone, Copy)]
pub struct Teams;

impl Provider for Teams {
    fn heading(&self) -> &'static str {
        "Teams"
    }

    fn search(&self, ctx: Ctx<'_>, query: &str, limit: usize) -> Result<Vec<Hit>, ServerError> {
        let key = names::fold(query);
        let key = key.strip_prefix("the ").unwrap_or(&key).to_string();
        if key.is_empty() {
            return Ok(Vec::new());
        }
        let exact: Vec<_> = match ctx.teams.resolve(query, None, None) {
            goalline_facts::Resolution::One(t) => vec![t],
            goalline_facts::Resolution::Ambiguous(ts) => ts,
            goalline_facts::Resolution::None => Vec::new(),
        };
        // Best (rank, alias) per team: 0 exact, 1 prefix, 2 word prefix, 3 substring.
        let mut best: HashMap<i64, (u8, bool, String, String)> = HashMap::new();
        for a in ctx.teams.aliases() {
            let folded = a.folded.strip_prefix("the ").unwrap_or(&a.folded);
            let rank = if folded == key {
                0
            } else if folded.starts_with(&key) {
                1
            } else if folded.split(' ').any(|w| w.starts_with(&key)) {
                2
            } else if key.len() >= 3 && folded.contains(&key) {
                3
            } else {
                continue;
            };
            let canonical = a.kind == "canonical";
            let entry =
                best.entry(a.team.0)
                    .or_insert((u8::MAX, false, String::new(), String::new()));
            if (rank, !canonical) < (entry.0, !entry.1) {
                *entry = (rank, canonical, a.alias.clone(), a.kind.clone());
            }
        }
        for t in &exact {
            best.entry(t.0).and_modify(|e| e.0 = 0).or_insert((
                0,
                true,
                String::new(),
                "canonical".into(),
            ));
        }
        let mut hits: Vec<(u8, Hit)> = best
            .into_iter()
            .filter_map(|(id, (rank, canonical, alias, kind))| {
                let team = ctx.teams.team(goalline_core::TeamId(id))?;
                let detail = if canonical || alias.is_empty() {
                    team.confederation.clone().unwrap_or_default()
                } else {
                    format!("{} “{}”", kind_label(&kind), alias)
                };
                Some((
                    rank,
                    Hit {
                        kind: "team",
                        title: team.name.clone(),
                        detail,
                        url: urls::team_page(&team.name),
                        exact: exact.iter().any(|t| t.0 == id),
                    },
                ))
            })
            .collect();
        hits.sort_by(|a, b| (!a.1.exact, a.0, &a.1.title).cmp(&(!b.1.exact, b.0, &b.1.title)));
        Ok(hits.into_iter().take(limit).map(|(_, h)| h).collect())
    }
}

fn kind_label(kind: &str) -> &str {
    match kind {
        "former" | "historical" => "former name",
        "fjelstul" => "World Cup database name",
        "name" => "also known as",
        "code" => "code",
        "nickname" => "nickname",
        "adjective" => "adjective",
        other => other,
    }
}

/// Players by full name (any word order) or surname; men's first, women's when no man fits.
#[derive(Debug, Clone, Copy)]
pub struct Players;

impl Provider for Players {
    fn heading(&self) -> &'static str {
        "Players"
    }

    fn search(&self, ctx: Ctx<'_>, query: &str, limit: usize) -> Result<Vec<Hit>, ServerError> {
        let q = query.trim();
        if q.chars().any(|c| c.is_ascii_digit()) || names::fold(q).len() < 3 {
            return Ok(Vec::new());
        }
        let mut ids = Vec::new();
        for g in [Gender::Men, Gender::Women] {
            let ctx_g = PlayerContext {
                gender: Some(g),
                ..PlayerContext::default()
            };
            match ctx.facts.resolve_player(q, ctx_g)? {
                Resolution::One(p) => ids.push(p),
                Resolution::Ambiguous(ps) => ids.extend(ps),
                Resolution::None => {}
            }
            if !ids.is_empty() {
                break;
            }
        }
        let unique = ids.len() == 1;
        let mut hits = Vec::new();
        for id in ids.into_iter().take(limit) {
            let Some(p) = ctx.store.player(id)? else {
                continue;
            };
            let teams: Vec<String> = ctx
                .player_teams
                .get(ctx.store, id)?
                .iter()
                .map(|t| ctx.teams.name(*t).to_string())
                .collect();
            let mut detail = teams.join(", ");
            if let Some(b) = p.birth_date {
                detail.push_str(&format!(" · born {b}"));
            }
            if p.gender == Gender::Women {
                detail.push_str(" · women's football");
            }
            hits.push(Hit {
                kind: "player",
                title: p.name.clone(),
                detail,
                url: if unique {
                    urls::player_page(&p.name)
                } else {
                    urls::player_page_id(p.id.0)
                },
                exact: unique,
            });
        }
        Ok(hits)
    }
}

/// What a match query says: teams, a day or a year, a competition.
#[derive(Debug, Default, PartialEq)]
pub struct MatchText {
    /// Teams named, in order.
    pub teams: Vec<TeamId>,
    /// A day (`2022-12-10`).
    pub date: Option<Date>,
    /// A year (`2022`).
    pub year: Option<i32>,
    /// A competition (martj42 spelling).
    pub competition: Option<String>,
}

fn is_separator(w: &str) -> bool {
    matches!(
        w,
        "v" | "vs" | "versus" | "against" | "-" | "–" | "x" | "and"
    ) || (w.contains(['-', '–'])
        && w.split(['-', '–'])
            .all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && w.len() <= 7)
}

/// Reads a match query; `None` when some words are neither teams, a date, a year, a
/// competition nor separators (so "England" alone or "Harry Kane" is not a match query).
pub fn parse_match_text(ctx: Ctx<'_>, query: &str) -> Option<MatchText> {
    let cleaned: String = query
        .chars()
        .map(|c| {
            if matches!(c, '(' | ')' | ',' | ':' | ';') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut out = MatchText::default();
    let mut words: Vec<&str> = Vec::new();
    for w in cleaned.split_whitespace() {
        if let Ok(d) = Date::parse_from_str(w, "%Y-%m-%d") {
            out.date = Some(d);
        } else if w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) {
            out.year = w.parse().ok().filter(|y| (1872..=2100).contains(y));
            out.year?;
        } else if !is_separator(&w.to_lowercase()) {
            words.push(w);
        }
    }
    let on = out
        .date
        .or_else(|| out.year.and_then(|y| Date::from_ymd_opt(y, 7, 1)));
    let mut i = 0;
    let mut rest: Vec<&str> = Vec::new();
    while i < words.len() {
        let mut found = None;
        for len in (1..=(words.len() - i).min(4)).rev() {
            let phrase = words[i..i + len].join(" ");
            let r = match ctx.teams.resolve(&phrase, on, None) {
                Resolution::None => ctx.teams.resolve(&phrase, None, None),
                r => r,
            };
            if let Resolution::One(t) = r {
                found = Some((t, len));
                break;
            }
        }
        match found {
            Some((t, len)) if out.teams.len() < 2 => {
                out.teams.push(t);
                i += len;
            }
            _ => {
                rest.push(words[i]);
                i += 1;
            }
        }
    }
    if !rest.is_empty() {
        out.competition = Some(competition_named(&rest.join(" "))?.name);
    }
    (!out.teams.is_empty()).then_some(out)
}

/// Matches: one or two teams with a day, a year or a competition ("England France 2022").
#[derive(Debug, Clone, Copy)]
pub struct Matches;

impl Provider for Matches {
    fn heading(&self) -> &'static str {
        "Matches"
    }

    fn search(&self, ctx: Ctx<'_>, query: &str, limit: usize) -> Result<Vec<Hit>, ServerError> {
        let Some(m) = parse_match_text(ctx, query) else {
            return Ok(Vec::new());
        };
        // One team needs a day or a year; two teams may stand alone (their latest meetings).
        if m.teams.len() == 1 && m.date.is_none() && m.year.is_none() {
            return Ok(Vec::new());
        }
        let (from, to) = match (m.date, m.year) {
            (Some(d), _) => (Some(d), Some(d)),
            (None, Some(y)) => (Date::from_ymd_opt(y, 1, 1), Date::from_ymd_opt(y, 12, 31)),
            _ => (None, None),
        };
        let mut rows = Vec::new();
        for g in [Gender::Men, Gender::Women] {
            let r = ctx.facts.find_matches(&MatchQuery {
                teams: m.teams.clone(),
                from,
                to,
                competition: m.competition.clone(),
                gender: Some(g),
            });
            // A team that never played in this gender's data is no error for a search.
            rows.extend(r.unwrap_or_default());
        }
        rows.sort_by_key(|r| std::cmp::Reverse((r.date, r.id)));
        let exact = m.date.is_some() && rows.len() == 1;
        Ok(rows
            .iter()
            .take(limit)
            .map(|r| {
                let mut detail = format!("{} {} · {}", weekday_name(r.date), r.date, r.tournament);
                if let Some(c) = &r.city {
                    detail.push_str(&format!(" · {c}"));
                }
                Hit {
                    kind: "match",
                    title: format!(
                        "{} {} {}",
                        r.home_name,
                        score_text(r.home_score, r.away_score),
                        r.away_name
                    ),
                    detail,
                    url: urls::match_page(r.id.0),
                    exact,
                }
            })
            .collect())
    }
}

/// Tournament editions named in prose ("World Cup 2022", "Euro 2020", "Qatar 2022"), or the
/// latest editions of a competition named alone ("Euro").
#[derive(Debug, Clone, Copy)]
pub struct Tournaments;

impl Provider for Tournaments {
    fn heading(&self) -> &'static str {
        "Tournaments"
    }

    fn search(&self, ctx: Ctx<'_>, query: &str, limit: usize) -> Result<Vec<Hit>, ServerError> {
        let q = query.trim();
        let editions = match crate::api::tournaments::find_editions(ctx, q, None) {
            Ok((_, es)) if !es.is_empty() => es,
            _ => match competition_named(q) {
                Some(c) => {
                    let mut es = ctx.facts.editions(&c.name).unwrap_or_default();
                    es.reverse();
                    es.truncate(limit.min(8));
                    es
                }
                None => Vec::new(),
            },
        };
        let exact = editions.len() == 1;
        Ok(editions
            .iter()
            .take(limit)
            .map(|e| Hit {
                kind: "tournament",
                title: e.label.clone(),
                detail: format!("{} to {}", e.from, e.to),
                url: urls::tournament_page(&edition_key(e)),
                exact,
            })
            .collect())
    }
}
