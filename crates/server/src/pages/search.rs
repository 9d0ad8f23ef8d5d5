//! The search page: `GET /search?q=` lists every [`crate::search::Provider`]'s hits.

use super::layout::{page, Nav};
use crate::api::params::Q;
use crate::error::ServerError;
use crate::routes::Registry;
use crate::search;
use crate::state::AppState;
use axum::extract::State;
use axum::http::Method;
use maud::{html, Markup};
use serde::Deserialize;

/// Registers `GET /search`.
pub fn register(r: Registry) -> Registry {
    r.page(Method::GET, "/search", search_page)
}

/// Query of the search page.
#[derive(Debug, Deserialize)]
pub struct SearchQuery {
    /// What to look for.
    pub q: Option<String>,
}

const LIMIT: usize = 25;

async fn search_page(
    State(state): State<AppState>,
    Q(query): Q<SearchQuery>,
) -> Result<Markup, ServerError> {
    let q = query.q.unwrap_or_default().trim().to_string();
    let sections = if q.is_empty() {
        Vec::new()
    } else {
        let q2 = q.clone();
        state
            .query(move |ctx| search::search_all(ctx, &q2, LIMIT))
            .await?
    };
    let total: usize = sections.iter().map(|(_, h)| h.len()).sum();
    let title = if q.is_empty() {
        "Search".to_string()
    } else {
        format!("Search: {q}")
    };
    Ok(page(
        &title,
        Nav::Search,
        html! {
            h1 { "Search" }
            form.big-search action="/search" method="get" role="search" {
                input #search-q type="search" name="q" value=(q) aria-label="Search" placeholder="A team, a player, a match (England France 2022) or a tournament (Euro 2020)";
                button type="submit" { "Search" }
            }
            @if !q.is_empty() {
                p.muted #result-count {
                    (total) " result" @if total != 1 { "s" } " for “" (q) "”"
                }
                @for (heading, hits) in &sections {
                    @if !hits.is_empty() {
                        h2 { (heading) }
                        ul.results {
                            @for h in hits {
                                li {
                                    span.kind { (h.kind) }
                                    a.title href=(h.url) { (h.title) }
                                    @if h.exact { span.badge { "exact match" } }
                                    span.muted { (h.detail) }
                                }
                            }
                        }
                    }
                }
                @if total == 0 {
                    p { "Nothing matches. Teams can be found by their name of today, a former name (West Germany), "
                        "a code (ENG) or a nickname (Three Lions); players by full name or surname (Kane); matches by "
                        "teams and a year or day (England France 2022); tournaments by name and year (World Cup 2022, "
                        "Euro 2020, Qatar 2022)." }
                }
            }
        },
    ))
}
