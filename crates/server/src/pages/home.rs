//! The home page: what goalline is, and the search box.

use super::layout::{page, Nav};
use crate::routes::Registry;
use crate::urls;
use axum::http::Method;
use maud::{html, Markup};

/// Registers `GET /`.
pub fn register(r: Registry) -> Registry {
    r.page(Method::GET, "/", home)
}

async fn home() -> Markup {
    let examples = [
        "Three Lions",
        "Harry Kane",
        "England France 2022",
        "World Cup 2022",
        "Euro 2020",
        "West Germany",
    ];
    page(
        "The open record of international football",
        Nav::Home,
        html! {
            h1 { "goalline" }
            p.lead {
                "The open record of international football — every men's international since 1872, "
                "every men's and women's World Cup — with the rows that prove each answer, and a plain "
                "statement of what the data cannot show."
            }
            form.big-search action="/search" method="get" role="search" {
                input #home-search type="search" name="q" placeholder="A team, a player, a match or a tournament…"
                    aria-label="Search" autofocus required;
                button type="submit" { "Search" }
            }
            p.muted {
                "Try: "
                @for (i, e) in examples.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(urls::search(e)) { (e) }
                }
                "."
            }
            div.grid-2 {
                div.card {
                    h2 { "Teams and coverage" }
                    p { "Every national team under its name of today, with its former names, codes and "
                        "nicknames, and how many of its goals have a known scorer in the data — by competition, "
                        "as of any date." }
                }
                div.card {
                    h2 { "Players, matches, tournaments" }
                    p { "A player's international goals as an interval with what the scorer data cannot show; "
                        "every match with its goal timeline, cards and storylines; every World Cup and Euro "
                        "with its bracket, groups, scorers and awards." }
                }
                div.card {
                    h2 { "Check an article" }
                    p { "Paste an article and goalline will check its claims against the record. "
                        a href="/check" { "Open the checker" } "." }
                }
            }
        },
    )
}
