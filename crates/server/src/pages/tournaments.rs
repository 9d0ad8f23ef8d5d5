//! The Tournament page (`GET /tournaments/{key}?as_of=YYYY-MM-DD`, e.g.
//! `/tournaments/FIFA%20World%20Cup%202022`): dates, host, champion and final standings, the
//! knockout bracket drawn as a tree (SVG), the group tables, the scorer table with its
//! coverage, and the awards. With `as_of` inside the edition it is in progress, as
//! `/api/tournaments/{key}?as_of=` says: what was played up to that day, no champion,
//! standings or awards. Teams are named as they were in the edition ("West Germany" in 1974).
//!
//! Any phrase naming one edition (`World Cup 2022`, `Qatar 2022`, `Euro 2020`) is accepted and
//! redirected (303) to the canonical key; several editions become an error page listing them.
//! Data comes from [`crate::api::tournaments`] (the same values as `/api/tournaments/{key}`).

use super::bracket;
use super::layout::{page, Nav};
use crate::api::model::edition_key;
use crate::api::params::{self, Q};
use crate::api::tournaments::{self as api, TournamentDetail};
use crate::error::ServerError;
use crate::routes::Registry;
use crate::state::AppState;
use crate::urls;
use axum::extract::{Path, State};
use axum::http::Method;
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;
use serde::Deserialize;

/// Registers `GET /tournaments/{key}`.
pub fn register(r: Registry) -> Registry {
    r.page(Method::GET, "/tournaments/{key}", tournament_page)
}

/// Query of the tournament page.
#[derive(Debug, Deserialize)]
pub struct TournamentPageQuery {
    /// The edition as of this day (inclusive), `YYYY-MM-DD`.
    pub as_of: Option<String>,
}

/// Scorers shown before the "all scorers" fold.
const TOP_SCORERS: usize = 10;

async fn tournament_page(
    State(state): State<AppState>,
    Path(key): Path<String>,
    Q(query): Q<TournamentPageQuery>,
) -> Result<Response, ServerError> {
    let as_of = params::date("as_of", query.as_of.as_deref())?;
    let k = key.clone();
    let found = state
        .query(move |ctx| {
            let e = api::require_edition(ctx, &k, None)?;
            if edition_key(&e) != k {
                return Ok(Err(edition_key(&e)));
            }
            Ok(Ok(api::tournament_as_of(ctx.facts, &e, as_of, None)?))
        })
        .await?;
    let t = match found {
        Ok(t) => t,
        Err(canonical) => {
            let mut url = urls::tournament_page(&canonical);
            if let Some(d) = as_of {
                url.push_str(&format!("?as_of={d}"));
            }
            return Ok(Redirect::to(&url).into_response());
        }
    };
    Ok(render(&t).into_response())
}

fn render(t: &TournamentDetail) -> maud::Markup {
    let e = &t.edition;
    let cut = t
        .scorers
        .get(TOP_SCORERS.saturating_sub(1))
        .map(|s| s.goals.low)
        .unwrap_or(0);
    let (top, rest): (Vec<_>, Vec<_>) = t.scorers.iter().partition(|s| s.goals.low >= cut);
    let finished = t.status == "finished";
    page(
        &e.label,
        Nav::Search,
        html! {
            p.muted { "Tournament" @if e.gender == "women" { " · women's football" } }
            h1 #tournament-name { (e.label) }
            p {
                (e.from) " to " (e.to)
                @if let Some(h) = &t.host { " · hosted by " (h) }
                " · " (t.matches) " matches, " (t.goals) " goals"
            }
            form.inline action=(e.page) method="get" {
                label for="as_of" { "As of" }
                input #as_of type="date" name="as_of" value=(t.as_of.map(|d| d.to_string()).unwrap_or_default());
                button type="submit" { "Show" }
                @if t.as_of.is_some() { a href=(e.page) { "whole edition" } }
            }
            @if let (false, Some(d)) = (finished, t.as_of) {
                p #status data-status=(t.status) {
                    strong { @if t.status == "in_progress" { "In progress" } @else { "Not started" } }
                    " on " (d) ": " (t.matches) " of " (t.matches_scheduled)
                    " matches played; no champion, standings or awards yet."
                }
            }
            @if finished {
            div.facts {
                div.card {
                    div.value #champion {
                        @match &t.champion {
                            Some(c) => { a href=(c.team_page) { (c.team) } }
                            None => { "unknown" }
                        }
                    }
                    div.label { "champion" @if let Some(n) = t.champion.as_ref().and_then(|c| c.note.as_ref()) { " (" (n) ")" } }
                }
                @for s in t.standings.iter().filter(|s| s.position > 1) {
                    div.card { div.value { a href=(s.team_page) { (s.team) } } div.label { "position " (s.position) } }
                }
            }
            @if t.champion.is_none() {
                p.muted { "The data cannot tell the champion of this edition (no final recorded)." }
            }
            @if let Some(n) = &t.standings_note { p.muted { "Standings: " (n) } }
            }
            h2 { "Knockout bracket" }
            @if t.bracket.is_empty() {
                p.muted #bracket-none { (t.bracket_note.clone().unwrap_or_else(|| "No knockout rounds.".into())) }
            } @else {
                (bracket::bracket(&format!("Knockout bracket of {}", e.label), &t.bracket))
                @if let Some(n) = &t.bracket_note { p.muted { (n) "." } }
            }
            h2 { "Scorers" }
            p.muted #scorers-coverage { "Coverage: " (t.scorers_coverage.text)
                @if let Some(n) = &t.scorers_note { " — " (n) } }
            @if t.scorers.is_empty() {
                p.muted { "No scorer rows for this edition." }
            } @else {
                (scorer_table("scorers", &top))
                @if !rest.is_empty() {
                    details {
                        summary { "All " (t.scorers.len()) " scorers" }
                        (scorer_table("scorers-rest", &rest))
                    }
                }
            }
            @if !t.awards.is_empty() {
                h2 { "Awards" }
                table.data #awards {
                    thead { tr { th { "award" } th { "winner" } th { "team" } } }
                    tbody {
                        @for a in &t.awards {
                            tr {
                                td { (a.award) @if a.shared { " (shared)" } }
                                td { @match &a.player_page { Some(p) => { a href=(p) { (a.winner) } } None => { (a.winner) } } }
                                td { (a.team) }
                            }
                        }
                    }
                }
            } @else if e.competition.contains("World Cup") && finished {
                h2 { "Awards" } p.muted { "No awards recorded." }
            }
            @if !t.groups.is_empty() {
                h2 { "Groups" }
                @if let Some(n) = &t.groups_note { p.muted { "Tables " (n) "." } }
                div.groups {
                    @for g in &t.groups {
                        div.group {
                            h3 { (g.name) @if g.stage.key != "group_stage" { span.muted { " · " (g.stage.label) } } }
                            table.data.group-table {
                                thead { tr { th { "team" } th.num { "P" } th.num { "W" } th.num { "D" } th.num { "L" } th.num { "GF" } th.num { "GA" } th.num { "GD" } th.num { "Pts" } } }
                                tbody {
                                    @for r in &g.rows {
                                        tr {
                                            td { a href=(r.team_page) { (r.team) } }
                                            td.num { (r.played) } td.num { (r.won) } td.num { (r.drawn) } td.num { (r.lost) }
                                            td.num { (r.goals_for) } td.num { (r.goals_against) }
                                            td.num { @if r.goal_difference > 0 { "+" } (r.goal_difference) }
                                            td.num { strong { (r.points) } }
                                        }
                                    }
                                }
                            }
                            details.group-matches {
                                summary { (g.matches.len()) " matches" }
                                ul.plain {
                                    @for m in &g.matches {
                                        li { (m.date) " " a href=(m.page) { (m.home) " " (m.score) " " (m.away) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            p.muted { "JSON: " a href=(e.api) { code { (e.api) } } }
        },
    )
}

fn scorer_table(id: &str, rows: &[&crate::api::tournaments::EditionScorer]) -> maud::Markup {
    html! {
        table.data id=(id) {
            thead { tr { th.num { "rank" } th { "player" } th { "team" } th.num { "goals" } } }
            tbody {
                @for s in rows {
                    tr {
                        td.num { (s.rank) }
                        td { @match &s.player_page { Some(p) => { a href=(p) { (s.name) } } None => { (s.name) } } }
                        td { (s.team) }
                        td.num { (s.goals.text()) }
                    }
                }
            }
        }
    }
}
