//! Extension point: the Match page (`GET /matches/{id}`), waiting for the facts engine's match
//! queries.
//!
//! Planned content: date, teams (names of the day), score, competition, venue; scorers from
//! martj42 and, for World Cup matches, Fjelstul goals, line-ups, bookings and shootout kicks —
//! each row with its evidence (`file:line`). Register it here with
//! `r.page(Method::GET, "/matches/{id}", handler)` and add a match search
//! [`crate::search::Provider`].

use crate::routes::Registry;

/// Registers the match pages (none yet).
pub fn register(r: Registry) -> Registry {
    r
}
