//! System endpoints: `/api/health`, `/api/status` (table counts and the link report of the
//! last import) and `/api/openapi.json` (this API, generated from the code).

use crate::error::{ApiError, ServerError};
use crate::routes::Registry;
use crate::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::routes;

/// Registers the system endpoints.
pub fn register(r: Registry) -> Registry {
    r.api(routes!(health))
        .api(routes!(status))
        .api(routes!(openapi_json))
}

/// Liveness.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// Always `ok` when the server answers.
    #[schema(example = "ok")]
    pub status: &'static str,
    /// goalline version.
    #[schema(example = "0.1.0")]
    pub version: &'static str,
}

/// Rows in one table.
#[derive(Debug, Serialize, ToSchema)]
pub struct TableCount {
    /// Table name.
    #[schema(example = "matches")]
    pub name: String,
    /// Row count.
    pub rows: u64,
}

/// What the database holds.
#[derive(Debug, Serialize, ToSchema)]
pub struct Status {
    /// Row counts per table.
    pub tables: Vec<TableCount>,
    /// The linking report of the last import (matches, scorers and players linked across
    /// sources), as stored by `goalline import`; `null` if the database has none.
    #[schema(value_type = Object)]
    pub links: Option<serde_json::Value>,
    /// The data version served: import id, source checksums, when the file was written and
    /// opened (the server reopens a database swapped under it).
    pub data: crate::state::ServedData,
}

/// Is the server up?
#[utoipa::path(get, path = "/api/health", tag = "system",
    responses((status = 200, description = "The server answers", body = Health)))]
pub async fn health() -> Json<Health> {
    Json(Health {
        status: "ok",
        version: env!("CARGO_PKG_VERSION"),
    })
}

/// Tables, row counts, the linking figures of the last import and the data version served.
#[utoipa::path(get, path = "/api/status", tag = "system",
    responses(
        (status = 200, description = "Database status", body = Status),
        (status = 500, description = "The database failed", body = ApiError),
    ))]
pub async fn status(State(state): State<AppState>) -> Result<Json<Status>, ServerError> {
    let data = state.served();
    let status = state
        .query(|ctx| {
            let tables = ctx
                .store
                .table_counts()?
                .into_iter()
                .map(|(name, rows)| TableCount { name, rows })
                .collect();
            Ok(Status {
                tables,
                links: ctx.store.link_report()?,
                data,
            })
        })
        .await?;
    Ok(Json(status))
}

/// This document: the OpenAPI 3 description of the API, generated from the code.
#[utoipa::path(get, path = "/api/openapi.json", tag = "system",
    responses((status = 200, description = "OpenAPI 3 document", content_type = "application/json")))]
pub async fn openapi_json() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        crate::openapi_json(),
    )
}
