//! The goal-log page (`GET /players/{name}/goals?team=&year=&from=&to=`): a player's goals for
//! a team, one row each — date, opponent as named that day, competition, stage, minute,
//! penalty or own goal, and the running tally interval after the goal. Data comes from
//! [`crate::api::journal::goal_log`] (the same values as `/api/players/{name}/goals`).

use super::layout::{page, Nav};
use crate::api::journal::{self as api, GoalLogQuery, GoalLogResponse};
use crate::api::params::Q;
use crate::error::ServerError;
use crate::routes::Registry;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::Method;
use maud::{html, Markup};

/// Registers `GET /players/{name}/goals`.
pub fn register(r: Registry) -> Registry {
    r.page(Method::GET, "/players/{name}/goals", goal_log_page)
}

async fn goal_log_page(
    State(state): State<AppState>,
    Path(name): Path<String>,
    Q(query): Q<GoalLogQuery>,
) -> Result<Markup, ServerError> {
    let log = state
        .query(move |ctx| api::goal_log(ctx, &name, &query))
        .await?;
    Ok(render(&log))
}

fn render(l: &GoalLogResponse) -> Markup {
    let span = match (l.from, l.to) {
        (Some(f), Some(t)) => format!(" from {f} to {t}"),
        (Some(f), None) => format!(" since {f}"),
        (None, Some(t)) => format!(" up to {t}"),
        (None, None) => String::new(),
    };
    let title = format!("{}: goals for {}{span}", l.player.name, l.team);
    page(
        &title,
        Nav::Search,
        html! {
            h1 #goal-log-title { a href=(l.player.page) { (l.player.name) } ": goals for " (l.team) (span) }
            p #goal-log-summary {
                (l.goals_counted) " goal(s) with a scorer row; tally before: "
                (tally(&l.tally_before)) ", after: " (tally(&l.tally_after))
                " · " span.badge { (l.coverage.kind.replace('_', " ")) }
            }
            @if l.goals.is_empty() {
                p.muted { "No goal with a scorer row in this span." }
            } @else {
                table.data #goal-log {
                    thead { tr { th { "date" } th { "opponent" } th { "competition" } th { "stage" } th.num { "minute" } th { "" } th.num { "goal no." } th { "match" } } }
                    tbody {
                        @for g in &l.goals {
                            tr {
                                td { (g.date) }
                                td { (g.opponent) }
                                td { (g.competition) }
                                td { (g.stage.as_ref().map_or("", |s| s.label)) }
                                td.num { (g.minute_label) }
                                td { @if g.penalty { span.tag { "pen." } } @if g.own_goal { span.tag { "o.g." } } }
                                td.num { (g.tally_text.as_deref().unwrap_or("—")) }
                                td { a href=(g.r#match.page) { (g.r#match.home) " " (g.r#match.score) " " (g.r#match.away) } }
                            }
                        }
                    }
                }
            }
            @if let Some(n) = &l.note { p.muted { (n) } }
        },
    )
}

fn tally(t: &crate::api::model::TallyView) -> String {
    match t.high {
        Some(h) if h == t.low => t.low.to_string(),
        Some(h) => format!("{}–{}", t.low, h),
        None => format!("at least {}", t.low),
    }
}
