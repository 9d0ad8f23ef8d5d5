//! Search across entity kinds for the search page: each kind is a [`Provider`] that turns a
//! query into [`Hit`]s with a link to its page.
//!
//! Teams are searched now. To add players, matches or tournaments, implement [`Provider`] for
//! the kind (in its `pages` module or here) and add it to [`providers`]; the search page lists
//! every provider's hits in order. Providers run on the blocking pool and may use the store,
//! but must not build SQL.

use crate::error::ServerError;
use crate::state::Ctx;
use crate::urls;
use goalline_core::names;
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

/// Every provider, in the order of the search page. Extension point: add players, matches and
/// tournaments here.
pub fn providers() -> &'static [&'static dyn Provider] {
    &[&Teams]
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
