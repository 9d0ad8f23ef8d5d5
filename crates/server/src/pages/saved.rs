//! Saved-check pages: `POST /checks` (the check page's "Save and share" button) checks and
//! saves an article, then redirects (303) to its permalink `GET /checks/{id}`, which shows the
//! article with its verdict marks — rendered by the check page's own
//! [`super::check::report_view`] —, links to the exports and, when the data have changed
//! since it was saved, says so and offers "Check again" (`POST /checks/{id}/recheck`: the
//! saved text against today's data, with what changed). Saving, loading and the diff are the
//! API module's ([`crate::api::checks`]); this module only renders.

use super::layout::{page, Nav};
use crate::api::checks::{self, Changes};
use crate::api::params;
use crate::error::ServerError;
use crate::routes::Registry;
use crate::state::AppState;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Path, State};
use axum::http::{header, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use goalline_store::SavedCheck;
use maud::{html, Markup};
use serde::Deserialize;

/// Registers the saved-check pages.
pub fn register(r: Registry) -> Registry {
    r.page(Method::POST, "/checks", save)
        .page(Method::GET, "/checks/{id}", show)
        .page(Method::POST, "/checks/{id}/recheck", recheck)
}

/// The form of "Save and share".
#[derive(Debug, Deserialize)]
pub struct SaveForm {
    /// The article text.
    #[serde(default)]
    pub text: String,
    /// Publication date, `YYYY-MM-DD` (optional).
    #[serde(default)]
    pub date: Option<String>,
}

/// The "Save and share" form: the article travels in a hidden field, so the page needs no
/// script.
pub fn save_form(text: &str, date: &str, label: &str) -> Markup {
    html! {
        form.save-form #save-form action="/checks" method="post" {
            textarea name="text" hidden { (text) }
            input type="hidden" name="date" value=(date);
            button #save-submit type="submit" { (label) }
            span.muted { " Anyone with the link can open a saved check; it is listed to no one else." }
        }
    }
}

async fn save(
    State(state): State<AppState>,
    form_body: Result<Form<SaveForm>, FormRejection>,
) -> Result<Response, Response> {
    let Form(f) = form_body.map_err(IntoResponse::into_response)?;
    let text = f.text.replace("\r\n", "\n");
    let date = params::date("date", f.date.as_deref()).map_err(IntoResponse::into_response)?;
    if text.trim().is_empty() {
        return Err(ServerError::MissingParameter("text").into_response());
    }
    let saved = checks::run_and_save(&state, text, date)
        .await
        .map_err(IntoResponse::into_response)?;
    let resp = (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, saved.id.permalink())],
    )
        .into_response();
    Ok(checks::private(resp))
}

fn header_lines(saved: &SavedCheck) -> Markup {
    let id = &saved.id;
    html! {
        p.muted #saved-meta {
            "Saved " (saved.created_at.format("%Y-%m-%d %H:%M UTC"))
            " · Permalink: " a #permalink href=(id.permalink()) { (id.permalink()) }
            " · Export: "
            a #export-md href=(format!("/api/checks/{id}/export.md")) { "Markdown" } " · "
            a #export-csv href=(format!("/api/checks/{id}/export.csv")) { "CSV" } " · "
            a #export-json href=(format!("/api/checks/{id}")) { "JSON" }
        }
    }
}

async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ServerError> {
    let (saved, report) = checks::load(&state, &id).await?;
    let live = state.served().data_version();
    let status = checks::data_status(&saved.id, &saved.data_version, &live);
    let short = |s: Option<&str>| {
        s.map(|s| s.chars().take(12).collect::<String>())
            .unwrap_or_else(|| "unknown".into())
    };
    let markup = page(
        "Saved check",
        Nav::Check,
        html! {
            h1 { "Saved check" }
            (header_lines(&saved))
            @if status.current {
                p.muted #data-current {
                    "Checked against the data this server answers from (import "
                    code { (short(saved.data_version.import_id.as_deref())) } ")."
                }
            } @else {
                div.note #stale-notice {
                    p {
                        strong { "The data have changed since this check was saved." }
                        " It was checked against import " code { (short(saved.data_version.import_id.as_deref())) }
                        "; this server now answers from " code { (short(live.import_id.as_deref())) } "."
                        @if !status.changed_sources.is_empty() {
                            " Files changed: " (status.changed_sources.join(", ")) "."
                        }
                        " The verdicts below are those of the saved check."
                    }
                    form #recheck-form action=(format!("/checks/{}/recheck", saved.id)) method="post" {
                        button #recheck-submit type="submit" { "Check again" }
                        span.muted { " against today's data, and see what changed" }
                    }
                }
            }
            (super::check::report_view(&saved.text, &report))
        },
    );
    Ok(checks::private(markup.into_response()))
}

fn changes_view(c: &Changes) -> Markup {
    html! {
        section #changes {
            h2 { "What changed" }
            @if c.is_empty() {
                p #no-changes { "Nothing: every claim has the verdict it had (" (c.unchanged) " claims)." }
            } @else {
                p.muted { (c.changed.len()) " verdicts changed, " (c.added.len()) " claims added, "
                    (c.removed.len()) " removed, " (c.unchanged) " unchanged." }
                table #changes-table {
                    thead { tr { th { "Change" } th { "Claim" } th { "Kind" } th { "Before" } th { "Now" } } }
                    tbody {
                        @for x in &c.changed {
                            tr.changed { td { "verdict changed" } td { q { (x.text) } } td { (x.kind) } td { (x.before) } td { (x.after) } }
                        }
                        @for x in &c.added {
                            tr.added { td { "added" } td { q { (x.text) } } td { (x.kind) } td { "—" } td { (x.verdict) } }
                        }
                        @for x in &c.removed {
                            tr.removed { td { "removed" } td { q { (x.text) } } td { (x.kind) } td { (x.verdict) } td { "—" } }
                        }
                    }
                }
            }
        }
    }
}

async fn recheck(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ServerError> {
    let (view, saved, report) = checks::recheck_view(&state, &id).await?;
    let date = saved.date.map(|d| d.to_string()).unwrap_or_default();
    let markup = page(
        "Checked again",
        Nav::Check,
        html! {
            h1 { "Checked again" }
            p.muted {
                "The text of saved check " a href=(saved.id.permalink()) { (saved.id.permalink()) }
                " checked against today's data (import "
                code { (view.rechecked_against.import_id.as_deref().unwrap_or("unknown")) } ")."
            }
            (changes_view(&view.changes))
            (save_form(&saved.text, &date, "Save this result"))
            (super::check::report_view(&saved.text, &report))
        },
    );
    Ok(checks::private(markup.into_response()))
}
