//! The Team page (`GET /teams/{name}?as_of=YYYY-MM-DD`): canonical name, aliases, scorer
//! coverage by competition as a table and an inline SVG bar chart, the all-time scorers ranked
//! with ties (tallies as intervals), and the tournament history (World Cup finishes and the
//! continental championship) — all as of a chosen day.
//!
//! Any known name is accepted and redirected to the canonical URL; ambiguous or unknown names
//! become error pages with candidates or a suggestion.

use super::chart::{self, Bar};
use super::layout::{page, Nav};
use crate::api::params::{self, Q};
use crate::api::teams::{self as api, team_coverage, COVERAGE_NOTE};
use crate::error::ServerError;
use crate::routes::Registry;
use crate::state::AppState;
use crate::urls;
use axum::extract::{Path, State};
use axum::http::Method;
use axum::response::{IntoResponse, Redirect, Response};
use goalline_core::Gender;
use maud::html;
use serde::Deserialize;

/// Registers `GET /teams/{name}`.
pub fn register(r: Registry) -> Registry {
    r.page(Method::GET, "/teams/{name}", team_page)
}

/// Query of the team page.
#[derive(Debug, Deserialize)]
pub struct TeamQuery {
    /// Show coverage up to this day (inclusive); names resolve as of it too.
    pub as_of: Option<String>,
}

/// Competitions drawn in the chart; the table lists all.
const CHART_ROWS: usize = 12;

/// Places of the all-time scorer table (ties with the last place are kept).
const SCORERS: usize = 15;

async fn team_page(
    State(state): State<AppState>,
    Path(name): Path<String>,
    Q(query): Q<TeamQuery>,
) -> Result<Response, ServerError> {
    let as_of = params::date("as_of", query.as_of.as_deref())?;
    let id = state.teams().require(&name, as_of, Some(Gender::Men))?;
    let canonical = state.teams().name(id).to_string();
    if canonical != name {
        let mut url = urls::team_page(&canonical);
        if let Some(d) = as_of {
            url.push_str(&format!("?as_of={d}"));
        }
        return Ok(Redirect::to(&url).into_response());
    }
    let (team, c) = team_coverage(&state, &name, None, as_of).await?;
    let team_id = team.id;
    let (scorers, history) = state
        .query(move |ctx| {
            Ok((
                api::scorers(ctx.facts, team_id, Gender::Men, as_of, SCORERS)?,
                api::history(ctx.facts, team_id, Gender::Men, as_of)?,
            ))
        })
        .await?;
    let teams = state.teams();
    let mut aliases: Vec<_> = teams
        .aliases()
        .iter()
        .filter(|a| a.team == team.id && a.kind != "canonical" && a.alias != team.name)
        .collect();
    aliases.sort_by(|a, b| (&a.kind, &a.alias).cmp(&(&b.kind, &b.alias)));
    aliases.dedup_by(|a, b| a.alias == b.alias && a.kind == b.kind);
    let bars: Vec<Bar> = c
        .by_competition
        .iter()
        .take(CHART_ROWS)
        .map(|(comp, goals, known)| Bar {
            label: comp.clone(),
            total: *goals,
            known: *known,
        })
        .collect();
    let span = match as_of {
        Some(d) => format!("up to {d}"),
        None => "all matches in the data".to_string(),
    };
    let pct = |k: u32, g: u32| {
        if g == 0 {
            "–".to_string()
        } else {
            format!("{:.0}%", 100.0 * f64::from(k) / f64::from(g))
        }
    };
    let markup = page(
        &team.name,
        Nav::Search,
        html! {
            p.muted { "Team" }
            h1 #team-name { (team.name) }
            p.muted {
                @if let Some(code) = &team.code { "Code " strong { (code) } " · " }
                @if let Some(conf) = &team.confederation { (conf) " · " }
                "Men's internationals since 1872 (martj42)"
            }
            form.inline action=(urls::team_page(&team.name)) method="get" {
                label for="as_of" { "As of" }
                input #as_of type="date" name="as_of" value=(as_of.map(|d| d.to_string()).unwrap_or_default());
                button type="submit" { "Show" }
                @if as_of.is_some() { a href=(urls::team_page(&team.name)) { "all matches" } }
            }
            h2 { "Scorer coverage, " (span) }
            div.facts {
                div.card { div.value #goals { (c.goals) } div.label { "goals scored" } }
                div.card { div.value #goals-with-scorer { (c.goals_with_scorer) } div.label { "with a known scorer" } }
                div.card { div.value { (pct(c.goals_with_scorer, c.goals)) } div.label { "coverage" } }
                div.card { div.value { (c.matches) } div.label { "matches (" (c.matches_complete) " complete)" } }
            }
            @if !bars.is_empty() {
                div.legend {
                    span { span.swatch.known {} "goals with a known scorer" }
                    span { span.swatch.total {} "all goals" }
                }
                (chart::bars(&format!("Scorer coverage of {} by competition, {}", team.name, span), &bars))
                @if c.by_competition.len() > CHART_ROWS {
                    p.muted { "The chart shows the " (CHART_ROWS) " competitions with most goals; the table lists all "
                        (c.by_competition.len()) "." }
                }
            }
            table.data #coverage-table {
                thead { tr { th { "competition" } th.num { "goals" } th.num { "with scorer" } th.num { "coverage" } } }
                tbody {
                    @for (comp, goals, known) in &c.by_competition {
                        tr { td { (comp) } td.num { (goals) } td.num { (known) } td.num { (pct(*known, *goals)) } }
                    }
                }
            }
            p.note { (COVERAGE_NOTE) }
            @if !c.incomplete_sample.is_empty() {
                h2 { "Recent matches with unknown scorers" }
                ul.evidence {
                    @for e in &c.incomplete_sample {
                        li { (e.text) " " code { (e.location()) } }
                    }
                }
            }
            h2 #scorers-heading { "All-time scorers, " (span) }
            p.muted #scorers-coverage { "Coverage: " (scorers.coverage.text) }
            table.data #scorers {
                thead { tr { th.num { "rank" } th { "player" } th.num { "known goal by goal" } th.num { "at most" } th { "place" } } }
                tbody {
                    @for l in &scorers.scorers {
                        tr {
                            td.num { @if l.tied { "=" } (l.rank) }
                            td { a href=(l.page) { (l.name) } }
                            td.num { (l.goals.low) }
                            td.num { (l.goals.high.map_or("no bound".to_string(), |h| h.to_string())) }
                            td.place { (place_text(l)) }
                        }
                    }
                }
            }
            @if let Some(n) = &scorers.note { p.note { (n) } }
            p.muted { "Ranked by interval (low bound, then high bound); “=” marks a shared place, and the place column gives the places each interval allows among the listed players (“certain” when no other interval overlaps it). The top of each interval adds every "
                (team.name) " goal without a scorer row in the player's span (from age 14 when the birth date is known); "
                "a player's own page narrows it with caps/goals snapshots." }
            h2 #history-heading { "Tournament history" }
            @if history.world_cups.is_empty() {
                p.muted { "No World Cup played" @if as_of.is_some() { " by then" } "." }
            } @else {
                p #wc-summary { (history.world_cups.len()) " World Cups"
                    @if let Some(b) = &history.best_world_cup { "; best finish: " strong { (b) } }
                    @if !history.world_cup_titles.is_empty() {
                        "; titles: " (history.world_cup_titles.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", "))
                    } "." }
                table.data #world-cups {
                    thead { tr { th { "World Cup" } th.num { "matches" } th { "reached" } th { "finish" } } }
                    tbody {
                        @for w in &history.world_cups {
                            tr.(if w.position == Some(1) { "champion" } else { "" }) {
                                td { a href=(w.edition.page) { (w.edition.year) } }
                                td.num { (w.matches) }
                                td { (w.stage.label) }
                                td { (w.finish) }
                            }
                        }
                    }
                }
            }
            @if let Some(c) = &history.continental {
                h3 { (c) }
                @if history.continental_runs.is_empty() {
                    p.muted { "No edition played" @if as_of.is_some() { " by then" } "." }
                } @else {
                    table.data #continental {
                        thead { tr { th { "edition" } th.num { "matches" } th { "finish" } } }
                        tbody {
                            @for r in &history.continental_runs {
                                tr.(if r.champion == Some(true) { "champion" } else { "" }) {
                                    td { a href=(r.edition.page) { (r.edition.label) } }
                                    td.num { (r.matches) }
                                    td { (r.finish) }
                                }
                            }
                        }
                    }
                    p.muted { "martj42 records no stages outside World Cups: a run is known as far as the final." }
                }
            }
            h2 { "Also known as" }
            @if aliases.is_empty() {
                p.muted { "No other names." }
            } @else {
                table.data #aliases {
                    thead { tr { th { "name" } th { "kind" } th { "gender" } th { "valid" } } }
                    tbody {
                        @for a in &aliases {
                            tr {
                                td { (a.alias) }
                                td { (a.kind) }
                                td { (a.gender.map(|g| g.as_str()).unwrap_or("both")) }
                                td {
                                    @match (a.valid_from, a.valid_to) {
                                        (None, None) => { "always" }
                                        (Some(f), None) => { "from " (f) }
                                        (None, Some(t)) => { "until " (t) }
                                        (Some(f), Some(t)) => { (f) " to " (t) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            p.muted { "JSON: " a href=(urls::team_coverage_api(&team.name)) { code { (urls::team_coverage_api(&team.name)) } } }
        },
    );
    Ok(markup.into_response())
}

/// The place a scorer line's interval allows, as the CLI prints it: `certain`, or `2–4
/// (intervals overlap)`.
fn place_text(l: &crate::api::teams::ScorerLine) -> String {
    if l.certain {
        "certain".to_string()
    } else {
        format!("{}–{} (intervals overlap)", l.places[0], l.places[1])
    }
}
