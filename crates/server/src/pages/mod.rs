//! Server-rendered HTML pages: one module per page kind, each with a `register` function that
//! adds its routes through [`crate::routes::Registry::page`].
//!
//! Templates are `maud` macros, which HTML-escape every interpolated value; nothing here may use
//! `PreEscaped` on user or database text. Pages get data through
//! [`crate::state::AppState::query`] and return `Result<Markup, ServerError>`: errors are
//! rendered as HTML pages by [`crate::layers`], with the same status as in the API.
//!
//! To add a page kind: fill in (or create) its module with handlers and a `register`, add its
//! link to [`layout::NAV`] if it deserves one, and a search [`crate::search::Provider`] if its
//! entities can be searched for. Drawing helpers (inline SVG) live in [`chart`], [`timeline`]
//! and [`bracket`]; they take plain values and know nothing of the facts engine.

pub mod bracket;
pub mod chart;
pub mod check;
pub mod errors;
pub mod goallog;
pub mod home;
pub mod layout;
pub mod lineups;
pub mod matches;
pub mod players;
pub mod saved;
pub mod search;
pub mod teams;
pub mod timeline;
pub mod tournaments;

use crate::routes::Registry;

/// Registers every page.
pub fn register(r: Registry) -> Registry {
    let r = home::register(r);
    let r = search::register(r);
    let r = teams::register(r);
    let r = check::register(r);
    let r = saved::register(r);
    let r = errors::register(r);
    let r = matches::register(r);
    let r = players::register(r);
    let r = goallog::register(r);
    tournaments::register(r)
}
