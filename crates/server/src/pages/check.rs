//! The "Check an article" page. Placeholder until the article checker (`goalline-check`) is
//! wired in: `GET /check` shows the form, `POST /check` renders the submitted text back,
//! HTML-escaped, with its size.
//!
//! Extension point: in `check_submit`, run the checker inside `state.query(...)` and render its
//! claims, verdicts and evidence instead of the echo. The request body cap
//! ([`crate::state::ServerConfig::body_limit`]) already applies.

use super::layout::{page, Nav};
use crate::routes::Registry;
use axum::extract::rejection::FormRejection;
use axum::extract::Form;
use axum::http::Method;
use axum::response::{IntoResponse, Response};
use maud::{html, Markup};
use serde::Deserialize;

/// Registers `GET /check` and `POST /check`.
pub fn register(r: Registry) -> Registry {
    r.page(Method::GET, "/check", check_form)
        .page(Method::POST, "/check", check_submit)
}

/// The form body.
#[derive(Debug, Deserialize)]
pub struct CheckForm {
    /// The article text.
    #[serde(default)]
    pub text: String,
}

fn form(text: &str) -> Markup {
    html! {
        form #check-form action="/check" method="post" {
            label for="article" { "Article text" }
            textarea #article name="text" placeholder="Paste an article about international football…" { (text) }
            p.muted #article-count {}
            button #check-submit type="submit" { "Check" }
        }
    }
}

async fn check_form() -> Markup {
    page(
        "Check an article",
        Nav::Check,
        html! {
            h1 { "Check an article" }
            p.lead { "Paste an article; goalline will list its factual claims about international football "
                "and check each against the record, with the rows that decide it." }
            (form(""))
        },
    )
}

async fn check_submit(
    form_body: Result<Form<CheckForm>, FormRejection>,
) -> Result<Markup, Response> {
    // A rejected body (too large, wrong content type) keeps its status; the error normaliser
    // turns it into goalline's error page.
    let Form(f) = form_body.map_err(IntoResponse::into_response)?;
    let chars = f.text.chars().count();
    let words = f.text.split_whitespace().count();
    Ok(page(
        "Check an article",
        Nav::Check,
        html! {
            h1 { "Check an article" }
            p.note { "The article checker is being built: for now this page shows the text it received. "
                "Claims and verdicts will appear here." }
            h2 { "Received" }
            p.muted #received-size { (chars) " characters, " (words) " words" }
            pre.echo #received { (f.text) }
            h2 { "Check another" }
            (form(&f.text))
        },
    ))
}
