//! Extension point: the Tournament page (`GET /tournaments/{id}`, e.g. `WC-2022`), waiting for
//! the facts engine's tournament queries.
//!
//! Planned content: host, dates, winner, final standings, awards, top scorers with coverage,
//! matches by stage. Register it here with `r.page(Method::GET, "/tournaments/{id}", handler)`
//! and add a tournament [`crate::search::Provider`].

use crate::routes::Registry;

/// Registers the tournament pages (none yet).
pub fn register(r: Registry) -> Registry {
    r
}
