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

pub mod check;
pub mod checks;
pub mod checks_export;
pub mod journal;
pub mod matches;
pub mod model;
pub mod params;
pub mod players;
pub mod records;
pub mod system;
pub mod teams;
pub mod tournaments;

use crate::error::ServerError;
use crate::routes::Registry;
use crate::state::{AppState, Ctx};
use axum::body::Bytes;
use axum::http::{header, HeaderValue, Uri};
use axum::response::{IntoResponse, Response};
use goalline_core::Gender;
use serde::Serialize;
use utoipa::OpenApi;

/// The static part of the OpenAPI document; paths and schemas are added by the registry.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "goalline API",
        description = "The open record of international football: teams and the coverage of their \
                       scorer data, matches, players' tallies as intervals, tournaments, head-to-head \
                       records, and an article checker. Every answer carries its evidence rows and its \
                       coverage; errors are `{message, code, type, link}`.",
        license(name = "MIT OR Apache-2.0"),
    ),
    tags(
        (name = "teams", description = "Team resolution, scorer coverage, all-time scorers, World Cup history, head-to-head"),
        (name = "matches", description = "Matches: search, full facts, goal timeline, storylines"),
        (name = "players", description = "Players: resolution, goal tallies as intervals, World Cups, awards"),
        (name = "tournaments", description = "Tournament editions: champion, standings, bracket, groups, scorers, awards"),
        (name = "check", description = "The article checker"),
        (name = "checks", description = "Saved checks: permalinks, exports, checking again against new data; listing and deletion need the server's API token"),
        (name = "system", description = "Health, database status and this document"),
    ),
    components(schemas(crate::error::ApiError, crate::error::ErrorCode, crate::error::ErrorType))
)]
pub struct ApiDoc;

/// Registers every API endpoint. New resource modules add one line here.
pub fn register(r: Registry) -> Registry {
    let r = system::register(r);
    let r = teams::register(r);
    let r = matches::register(r);
    let r = players::register(r);
    let r = journal::register(r);
    let r = tournaments::register(r);
    let r = records::register(r);
    let r = check::register(r);
    checks::register(r)
}

/// The response-cache key of a GET endpoint: the request's path and the parameters the route
/// read (its parsed query, `()` when it reads none). Parameters the route ignores
/// (`&nocache=N`) are not in the parsed query, so they never make a new entry.
pub fn cache_key(uri: &Uri, params: &impl std::fmt::Debug) -> String {
    format!("{}?{params:?}", uri.path())
}

/// Answers a GET endpoint from the response cache, or computes the answer with `f` on the
/// blocking pool, serialises it there, and caches it under `key` (see [`cache_key`]); only
/// successful answers are cached.
pub async fn cached_json<T, F>(state: &AppState, key: String, f: F) -> Result<Response, ServerError>
where
    T: Serialize + Send + 'static,
    F: FnOnce(Ctx<'_>) -> Result<T, ServerError> + Send + 'static,
{
    if let Some(body) = state.cache().get(&key) {
        return Ok(json_bytes(body));
    }
    let body = state
        .query(move |ctx| {
            let value = f(ctx)?;
            serde_json::to_vec(&value)
                .map_err(|e| ServerError::Internal(format!("serialising the answer: {e}")))
        })
        .await?;
    let body = Bytes::from(body);
    state.cache().put(key, body.clone());
    Ok(json_bytes(body))
}

/// A 200 response with a JSON body already serialised.
pub fn json_bytes(body: Bytes) -> Response {
    let mut resp = body.into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}

/// Parses an optional `gender` parameter (`men`, `women`; empty means not given).
pub fn gender_param(value: Option<&str>) -> Result<Option<Gender>, ServerError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => Gender::parse(&s.to_ascii_lowercase())
            .map(Some)
            .ok_or_else(|| ServerError::InvalidParameter {
                param: "gender",
                message: format!("expected `men` or `women`, found {s:?}"),
            }),
    }
}
