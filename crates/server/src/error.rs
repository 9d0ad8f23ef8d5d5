//! The server's one error type, [`ServerError`], and the table that maps every API error code
//! to its HTTP status ([`ErrorCode::spec`]).
//!
//! Owns how failures look on the wire: API errors serialise as
//! `{message, code, type, link}` (plus `candidates` / `suggestion` when a name was ambiguous or
//! unknown), in the manner of meilisearch. User errors (`invalid_request`), internal errors
//! (`internal`) and system errors (`system`: timeouts, shutdown, I/O) are distinct types.
//! HTML pages render the same errors through [`crate::pages::layout`]; this module must not
//! know about HTML.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use goalline_facts::FactsError;
use goalline_store::StoreError;
use serde::Serialize;
use std::net::SocketAddr;
use std::time::Duration;
use thiserror::Error;
use utoipa::ToSchema;

/// Everything that can go wrong in the server, from binding a port to answering a request.
#[derive(Debug, Error)]
pub enum ServerError {
    /// A query or path parameter is malformed (e.g. a date that is not `YYYY-MM-DD`).
    #[error("invalid parameter `{param}`: {message}")]
    InvalidParameter {
        /// The parameter name as the client sent it.
        param: &'static str,
        /// What was expected and what was found.
        message: String,
    },
    /// A required parameter is missing.
    #[error("missing parameter `{0}`")]
    MissingParameter(&'static str),
    /// The request was malformed in a way the framework detected (bad form body, bad JSON…).
    #[error("bad request: {0}")]
    BadRequest(String),
    /// The question is well-formed but makes no sense (e.g. `to` before `from`).
    #[error("{0}")]
    BadQuestion(String),
    /// A name matched several entities and nothing in the request decides between them.
    #[error("{name:?} is ambiguous: it could be {}; ask again with one of these names", candidates.join(", "))]
    Ambiguous {
        /// The name given.
        name: String,
        /// Canonical names (or descriptions) of the candidates.
        candidates: Vec<String>,
        /// The page of each candidate on this server, in the same order (may be empty).
        pages: Vec<String>,
    },
    /// A name matched nothing.
    #[error("no {kind} called {name:?}{}", suggestion.as_ref().map(|s| format!("; did you mean {s:?}?")).unwrap_or_default())]
    NotFound {
        /// `team`, `player`, `match`, `tournament`.
        kind: &'static str,
        /// The name given.
        name: String,
        /// The closest known name, if any.
        suggestion: Option<String>,
    },
    /// No route has this path.
    #[error("no route {0}: see /api/openapi.json for the API")]
    RouteNotFound(String),
    /// The route exists but not with this method.
    #[error("method {method} is not allowed on {path}")]
    MethodNotAllowed {
        /// The method used.
        method: String,
        /// The path.
        path: String,
    },
    /// The request body is larger than the server accepts.
    #[error("request body too large: the limit is {limit} bytes")]
    PayloadTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// A check to save is over the bound per saved check (article plus report).
    #[error("the check is {bytes} bytes (article and report), over the {limit} bytes a saved check may take; shorten the article")]
    CheckTooLarge {
        /// Its size.
        bytes: usize,
        /// The bound.
        limit: usize,
    },
    /// An operator endpoint was called without the API token.
    #[error("{0}")]
    Unauthorized(String),
    /// An operator endpoint was called with a wrong API token.
    #[error("{0}")]
    Forbidden(String),
    /// The request took longer than the per-request timeout.
    #[error("the request took longer than {}s and was abandoned; narrow the question or try again", after.as_secs_f64())]
    Timeout {
        /// The timeout.
        after: Duration,
    },
    /// The server cannot take the request now (shutting down, worker pool closed).
    #[error("service unavailable: {0}; try again shortly")]
    Unavailable(String),
    /// The database failed.
    #[error("database error: {0}")]
    Store(#[from] StoreError),
    /// A bug or an unexpected state; the message says where.
    #[error("internal error: {0}")]
    Internal(String),
    /// The listening socket could not be bound.
    #[error("cannot listen on {addr}: {source}; is another server using the port?")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// Serving failed with an I/O error.
    #[error("server I/O error: {0}")]
    Io(#[from] std::io::Error),
}

impl ServerError {
    /// A store error, with a check over the saved-check bound as a 413.
    pub fn from_checks(e: StoreError) -> ServerError {
        match e {
            StoreError::CheckTooLarge { bytes, limit } => {
                ServerError::CheckTooLarge { bytes, limit }
            }
            e => ServerError::Store(e),
        }
    }
}

impl From<FactsError> for ServerError {
    fn from(e: FactsError) -> Self {
        match e {
            FactsError::Store(s) => ServerError::Store(s),
            FactsError::NotFound { kind, name, hint } => ServerError::NotFound {
                kind,
                name,
                // The facts engine formats its hint as `; did you mean "X"?`.
                suggestion: hint
                    .split('"')
                    .nth(1)
                    .map(str::to_string)
                    .filter(|s| !s.is_empty()),
            },
            // Name ambiguity from the facts engine is about teams unless the caller says
            // otherwise (players and tournaments build their own error with their own pages).
            FactsError::Ambiguous { name, candidates } => ServerError::Ambiguous {
                pages: candidates
                    .iter()
                    .map(|c| crate::urls::team_page(c))
                    .collect(),
                name,
                candidates,
            },
            FactsError::BadQuestion(m) => ServerError::BadQuestion(m),
        }
    }
}

/// The kind of an error, as in meilisearch: whose fault it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorType {
    /// The request is wrong; the message says how to fix it.
    InvalidRequest,
    /// The server is wrong (a bug or a broken database).
    Internal,
    /// The system could not serve the request now (timeout, shutdown).
    System,
}

impl ErrorType {
    /// The name as it appears in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorType::InvalidRequest => "invalid_request",
            ErrorType::Internal => "internal",
            ErrorType::System => "system",
        }
    }
}

/// Every API error code. [`ErrorCode::spec`] is the one table from code to HTTP status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A parameter is malformed.
    InvalidParameter,
    /// A required parameter is missing.
    MissingParameter,
    /// The request could not be parsed.
    BadRequest,
    /// The question is well-formed but contradictory.
    BadQuestion,
    /// A name is ambiguous; `candidates` lists the choices.
    AmbiguousName,
    /// A name matched nothing; `suggestion` may hold the closest name.
    NotFound,
    /// No such route.
    RouteNotFound,
    /// The route exists with other methods.
    MethodNotAllowed,
    /// The request body is too large.
    PayloadTooLarge,
    /// An operator endpoint needs the API token (`Authorization: Bearer …`).
    Unauthorized,
    /// The API token given is wrong.
    Forbidden,
    /// The request timed out.
    RequestTimeout,
    /// The server cannot take requests now.
    ServiceUnavailable,
    /// The database failed.
    DatabaseError,
    /// Anything else that is the server's fault.
    Internal,
}

/// One row of the error table.
#[derive(Debug, Clone, Copy)]
pub struct ErrorSpec {
    /// The code as it appears in JSON (`not_found`).
    pub code: &'static str,
    /// The HTTP status.
    pub status: StatusCode,
    /// Whose fault.
    pub kind: ErrorType,
    /// What it means and what to do, for the `/errors` page.
    pub description: &'static str,
}

impl ErrorCode {
    /// Every code, in the order of the `/errors` page.
    pub const ALL: [ErrorCode; 15] = [
        ErrorCode::InvalidParameter,
        ErrorCode::MissingParameter,
        ErrorCode::BadRequest,
        ErrorCode::BadQuestion,
        ErrorCode::AmbiguousName,
        ErrorCode::NotFound,
        ErrorCode::RouteNotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::PayloadTooLarge,
        ErrorCode::Unauthorized,
        ErrorCode::Forbidden,
        ErrorCode::RequestTimeout,
        ErrorCode::ServiceUnavailable,
        ErrorCode::DatabaseError,
        ErrorCode::Internal,
    ];

    /// THE table: code → (JSON code, HTTP status, type, description).
    pub const fn spec(self) -> ErrorSpec {
        use ErrorType::*;
        let (code, status, kind, description) = match self {
            ErrorCode::InvalidParameter => ("invalid_parameter", StatusCode::BAD_REQUEST, InvalidRequest,
                "A query or path parameter is malformed, e.g. a date that is not YYYY-MM-DD. Fix the parameter named in the message."),
            ErrorCode::MissingParameter => ("missing_parameter", StatusCode::BAD_REQUEST, InvalidRequest,
                "A required parameter is missing. Add it."),
            ErrorCode::BadRequest => ("bad_request", StatusCode::BAD_REQUEST, InvalidRequest,
                "The request could not be parsed (form or JSON body, query string)."),
            ErrorCode::BadQuestion => ("bad_question", StatusCode::BAD_REQUEST, InvalidRequest,
                "The question is well-formed but contradictory, e.g. `to` before `from`."),
            ErrorCode::AmbiguousName => ("ambiguous_name", StatusCode::CONFLICT, InvalidRequest,
                "The name fits several teams (or players…). `candidates` lists them: ask again with one of those names."),
            ErrorCode::NotFound => ("not_found", StatusCode::NOT_FOUND, InvalidRequest,
                "No team (or player…) has this name. `suggestion` holds the closest known name, if any."),
            ErrorCode::RouteNotFound => ("route_not_found", StatusCode::NOT_FOUND, InvalidRequest,
                "No route has this path. /api/openapi.json lists the API."),
            ErrorCode::MethodNotAllowed => ("method_not_allowed", StatusCode::METHOD_NOT_ALLOWED, InvalidRequest,
                "The route exists but not with this HTTP method."),
            ErrorCode::PayloadTooLarge => ("payload_too_large", StatusCode::PAYLOAD_TOO_LARGE, InvalidRequest,
                "The request body is larger than the server accepts (2 MB by default), or a check to save is over the bound per saved check (article and report, 8 MB by default)."),
            ErrorCode::Unauthorized => ("unauthorized", StatusCode::UNAUTHORIZED, InvalidRequest,
                "Listing and deleting saved checks need the server's API token: send `Authorization: Bearer TOKEN`."),
            ErrorCode::Forbidden => ("forbidden", StatusCode::FORBIDDEN, InvalidRequest,
                "The API token sent is not the server's."),
            ErrorCode::RequestTimeout => ("request_timeout", StatusCode::GATEWAY_TIMEOUT, System,
                "The answer took longer than the per-request timeout. Narrow the question or try again."),
            ErrorCode::ServiceUnavailable => ("service_unavailable", StatusCode::SERVICE_UNAVAILABLE, System,
                "The server is shutting down or overloaded. Try again shortly."),
            ErrorCode::DatabaseError => ("database_error", StatusCode::INTERNAL_SERVER_ERROR, Internal,
                "The database failed. Rebuild it with `goalline import --force` if this persists."),
            ErrorCode::Internal => ("internal", StatusCode::INTERNAL_SERVER_ERROR, Internal,
                "A bug in goalline. Please report it with the request that caused it."),
        };
        ErrorSpec {
            code,
            status,
            kind,
            description,
        }
    }

    /// Where the code is documented (the server's own `/errors` page).
    pub fn link(self) -> String {
        format!("/errors#{}", self.spec().code)
    }
}

impl ServerError {
    /// The API code of this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            ServerError::InvalidParameter { .. } => ErrorCode::InvalidParameter,
            ServerError::MissingParameter(_) => ErrorCode::MissingParameter,
            ServerError::BadRequest(_) => ErrorCode::BadRequest,
            ServerError::BadQuestion(_) => ErrorCode::BadQuestion,
            ServerError::Ambiguous { .. } => ErrorCode::AmbiguousName,
            ServerError::NotFound { .. } => ErrorCode::NotFound,
            ServerError::RouteNotFound(_) => ErrorCode::RouteNotFound,
            ServerError::MethodNotAllowed { .. } => ErrorCode::MethodNotAllowed,
            ServerError::PayloadTooLarge { .. } | ServerError::CheckTooLarge { .. } => {
                ErrorCode::PayloadTooLarge
            }
            ServerError::Unauthorized(_) => ErrorCode::Unauthorized,
            ServerError::Forbidden(_) => ErrorCode::Forbidden,
            ServerError::Timeout { .. } => ErrorCode::RequestTimeout,
            ServerError::Unavailable(_) => ErrorCode::ServiceUnavailable,
            ServerError::Store(_) => ErrorCode::DatabaseError,
            ServerError::Internal(_) | ServerError::Bind { .. } | ServerError::Io(_) => {
                ErrorCode::Internal
            }
        }
    }

    /// The HTTP status of this error (from the table).
    pub fn status(&self) -> StatusCode {
        self.code().spec().status
    }

    /// The JSON body of this error.
    pub fn body(&self) -> ApiError {
        let code = self.code();
        let spec = code.spec();
        let (candidates, candidate_pages, suggestion) = match self {
            ServerError::Ambiguous {
                candidates, pages, ..
            } => (
                Some(candidates.clone()),
                (!pages.is_empty()).then(|| pages.clone()),
                None,
            ),
            ServerError::NotFound { suggestion, .. } => (None, None, suggestion.clone()),
            _ => (None, None, None),
        };
        ApiError {
            message: self.to_string(),
            code,
            r#type: spec.kind,
            link: code.link(),
            candidates,
            candidate_pages,
            suggestion,
        }
    }
}

/// The JSON body of every API error.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ApiError {
    /// What went wrong and what to do about it.
    #[schema(example = "no team called \"Englnd\"; did you mean \"England\"?")]
    pub message: String,
    /// Stable machine-readable code (see `/errors`).
    pub code: ErrorCode,
    /// Whose fault: `invalid_request`, `internal` or `system`.
    pub r#type: ErrorType,
    /// Where the code is documented.
    #[schema(example = "/errors#not_found")]
    pub link: String,
    /// For `ambiguous_name`: the canonical names (players: descriptions) the name could mean.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidates: Option<Vec<String>>,
    /// For `ambiguous_name`: the page of each candidate, in the same order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidate_pages: Option<Vec<String>>,
    /// For `not_found`: the closest known name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
}

/// Marks an error response already rendered as an HTML page, so the error-normalising
/// middleware ([`crate::layers`]) leaves it alone.
#[derive(Debug, Clone, Copy)]
pub struct Rendered;

impl IntoResponse for ServerError {
    fn into_response(self) -> Response {
        if self.status().is_server_error() {
            tracing::error!(code = self.code().spec().code, "{self}");
        }
        let mut resp = (self.status(), Json(self.body())).into_response();
        // The error itself travels with the response, so the error normaliser can render it as
        // an HTML page outside /api/.
        resp.extensions_mut().insert(std::sync::Arc::new(self));
        resp
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_statuses_are_errors() {
        let mut seen = std::collections::HashSet::new();
        for c in ErrorCode::ALL {
            let s = c.spec();
            assert!(seen.insert(s.code), "duplicate code {}", s.code);
            assert!(s.status.is_client_error() || s.status.is_server_error());
            // The serde name and the table name agree.
            assert_eq!(
                serde_json::to_value(c).ok(),
                Some(serde_json::Value::String(s.code.into()))
            );
            assert_eq!(
                serde_json::to_value(s.kind).ok(),
                Some(serde_json::Value::String(s.kind.as_str().into()))
            );
        }
    }

    #[test]
    fn ambiguity_is_a_conflict_with_candidates() {
        let e = ServerError::Ambiguous {
            name: "La Roja".into(),
            candidates: vec!["Chile".into(), "Spain".into()],
            pages: vec!["/teams/Chile".into(), "/teams/Spain".into()],
        };
        assert_eq!(e.status(), StatusCode::CONFLICT);
        let v = serde_json::to_value(e.body()).unwrap_or_default();
        assert_eq!(v["code"], "ambiguous_name");
        assert_eq!(v["type"], "invalid_request");
        assert_eq!(v["link"], "/errors#ambiguous_name");
        assert_eq!(v["candidates"][1], "Spain");
        assert_eq!(v["candidate_pages"][1], "/teams/Spain");
    }

    #[test]
    fn facts_not_found_keeps_the_suggestion() {
        let e: ServerError = FactsError::NotFound {
            kind: "team",
            name: "Englnd".into(),
            hint: "; did you mean \"England\"?".into(),
        }
        .into();
        assert_eq!(e.status(), StatusCode::NOT_FOUND);
        assert_eq!(e.body().suggestion.as_deref(), Some("England"));
        assert_eq!(
            e.to_string(),
            "no team called \"Englnd\"; did you mean \"England\"?"
        );
    }
}
