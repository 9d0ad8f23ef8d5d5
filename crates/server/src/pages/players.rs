//! Extension point: the Player page (`GET /players/{name}`), waiting for the facts engine's
//! player resolution and tallies.
//!
//! Planned content: canonical name, birth date, teams, World Cup squads and appearances, goal
//! tally as an interval `[low, high]` with its coverage, as of `?as_of=`. Ambiguous names must
//! list candidates (the two Jan Olssons), never guess. Register it here with
//! `r.page(Method::GET, "/players/{name}", handler)` and add a player
//! [`crate::search::Provider`].

use crate::routes::Registry;

/// Registers the player pages (none yet).
pub fn register(r: Registry) -> Registry {
    r
}
