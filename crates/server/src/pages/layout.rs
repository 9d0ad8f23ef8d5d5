//! The base layout every page shares (head, navigation, footer) and the HTML error page.
//!
//! Owns the site chrome; pages pass their title, their [`Nav`] entry and their content.

use crate::error::ServerError;
use crate::urls;
use maud::{html, Markup, DOCTYPE};

/// Navigation entries; a page passes the one it belongs to (highlighted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    /// Home.
    Home,
    /// Search results and entity pages.
    Search,
    /// The article checker.
    Check,
    /// API and error documentation.
    Api,
    /// No entry highlighted.
    None,
}

/// The navigation bar: (label, href, entry). Extension point: new top-level pages go here.
pub const NAV: &[(&str, &str, Nav)] = &[
    ("Home", "/", Nav::Home),
    ("Search", "/search", Nav::Search),
    ("Check an article", "/check", Nav::Check),
    ("API", "/errors", Nav::Api),
];

/// A full page.
pub fn page(title: &str, active: Nav, content: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · goalline" }
                link rel="stylesheet" href="/assets/app.css";
                link rel="icon" href="/favicon.svg" type="image/svg+xml";
                script src="/assets/app.js" defer {}
            }
            body {
                header.site {
                    div.bar {
                        a.brand href="/" { "goalline" }
                        nav aria-label="Main" {
                            @for (label, href, entry) in NAV {
                                @if *entry == active {
                                    a href=(href) aria-current="page" { (label) }
                                } @else {
                                    a href=(href) { (label) }
                                }
                            }
                        }
                        form action="/search" method="get" role="search" {
                            input type="search" name="q" placeholder="Team, player, match, tournament…" aria-label="Search";
                        }
                    }
                }
                main { (content) }
                footer.site {
                    "Data: martj42/international_results (CC0) and the Fjelstul World Cup Database "
                    "(© Joshua C. Fjelstul, CC-BY-SA 4.0). Every figure links back to its source rows. "
                    a href="/api/openapi.json" { "OpenAPI" }
                    " · "
                    a href="/errors" { "Error codes" }
                }
            }
        }
    }
}

/// The HTML page of an error, with the same facts as the JSON body (code, message, link) and,
/// for ambiguous or unknown names, links to the candidates or the suggestion.
pub fn error_page(err: &ServerError) -> Markup {
    let body = err.body();
    let spec = body.code.spec();
    let title = match body.code.spec().status.as_u16() {
        404 => "Not found",
        409 => "Which one?",
        413 => "Too large",
        400 => "Bad request",
        405 => "Not allowed",
        503 | 504 => "Try again",
        _ => "Something went wrong",
    };
    page(
        title,
        Nav::None,
        html! {
            h1 { (title) }
            div.error-box {
                p { (body.message) }
                @if let Some(cands) = &body.candidates {
                    p { "Did you mean:" }
                    ul {
                        @for (i, c) in cands.iter().enumerate() {
                            @let href = body.candidate_pages.as_ref().and_then(|p| p.get(i)).cloned()
                                .unwrap_or_else(|| urls::search(c));
                            li { a href=(href) { (c) } }
                        }
                    }
                }
                @if let Some(s) = &body.suggestion {
                    p { "Closest known name: " a href=(urls::search(s)) { (s) } }
                }
                p.muted {
                    "Error code " code { (spec.code) } " (HTTP " (spec.status.as_u16()) "). "
                    a href=(body.link) { "What it means" }
                }
            }
            p { a href="/" { "Back to the home page" } }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_page_escapes_the_name() {
        let err = ServerError::NotFound {
            kind: "team",
            name: "<script>alert(1)</script>".into(),
            suggestion: Some("\"><img src=x>".into()),
        };
        let html = error_page(&err).into_string();
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(!html.contains("<img src=x>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}
