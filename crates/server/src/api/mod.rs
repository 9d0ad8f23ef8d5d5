//! The JSON API under `/api/`: one module per resource, each registering its endpoints with
//! [`crate::routes::Registry::api`], plus the OpenAPI document generated from them.
//!
//! To add an endpoint: write a handler in the resource's module (or a new module here) with a
//! `#[utoipa::path(...)]` attribute, give its response types `#[derive(ToSchema)]`, and add
//! `routes!(handler)` to that module's `register`. The OpenAPI document and the route table
//! follow by construction; `tests/it/openapi.rs` checks they match the live router.
//!
//! Handlers must not build SQL or touch the database on the async runtime: they go through
//! [`crate::state::AppState::query`] and the facts/store APIs.

pub mod params;
pub mod system;
pub mod teams;

use crate::routes::Registry;
use utoipa::OpenApi;

/// The static part of the OpenAPI document; paths and schemas are added by the registry.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "goalline API",
        description = "The open record of international football: teams, coverage of scorer data, \
                       and (soon) matches, players, tournaments and an article checker. \
                       Every answer carries its evidence rows; errors are `{message, code, type, link}`.",
        license(name = "MIT OR Apache-2.0"),
    ),
    tags(
        (name = "teams", description = "Team resolution and scorer coverage"),
        (name = "system", description = "Health, database status and this document"),
    ),
    components(schemas(crate::error::ApiError, crate::error::ErrorCode, crate::error::ErrorType))
)]
pub struct ApiDoc;

/// Registers every API endpoint. New resource modules add one line here.
pub fn register(r: Registry) -> Registry {
    let r = system::register(r);
    teams::register(r)
    // Extension points (being written now):
    // let r = matches::register(r);     GET /api/matches/{id}
    // let r = players::register(r);     GET /api/players?q=, /api/players/{name}/tally
    // let r = tournaments::register(r); GET /api/tournaments/{id}
    // let r = check::register(r);       POST /api/check (article text; the body limit applies)
}
