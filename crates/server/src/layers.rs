//! Middleware around every route: the access log (one line per request with status and
//! latency), the per-request timeout, the request body cap, security headers, and the error
//! normaliser that turns every error response — ours or the framework's (404, 405, 413,
//! timeouts, rejected forms) — into the API's JSON error under `/api/` and an HTML error page
//! elsewhere.
//!
//! Owns limits and logging; it must not know about particular routes.

use crate::error::{Rendered, ServerError};
use crate::state::ServerConfig;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use std::sync::Arc;
use std::time::Instant;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

/// The Content-Security-Policy of every response: everything comes from this server, no inline
/// script, no plugins, no framing. Inline SVG needs no exception.
pub const CSP: &str =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Wraps `router` in goalline's middleware stack (outermost first: access log, error
/// normaliser, security headers, timeout, body limit).
pub fn apply<S>(router: Router<S>, config: &ServerConfig) -> Router<S>
where
    S: Clone + Send + Sync + 'static,
{
    let limits = Arc::new(config.clone());
    router
        .layer(DefaultBodyLimit::max(config.body_limit))
        .layer(RequestBodyLimitLayer::new(config.body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::GATEWAY_TIMEOUT,
            config.request_timeout,
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(middleware::from_fn(move |req, next| {
            normalise_errors(Arc::clone(&limits), req, next)
        }))
        .layer(middleware::from_fn(access_log))
}

/// True for paths answered in JSON.
pub fn is_api(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
}

async fn access_log(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    // The path only: query strings may hold article text or names, which stay out of logs.
    let path = req.uri().path().to_owned();
    let resp = next.run(req).await;
    let status = resp.status().as_u16();
    let latency_ms = format!("{:.3}", started.elapsed().as_secs_f64() * 1000.0);
    if resp.status().is_server_error() {
        tracing::warn!(target: "goalline_server::access", %method, %path, status, %latency_ms, "request");
    } else {
        tracing::info!(target: "goalline_server::access", %method, %path, status, %latency_ms, "request");
    }
    resp
}

async fn normalise_errors(limits: Arc<ServerConfig>, req: Request, next: Next) -> Response {
    let api = is_api(req.uri().path());
    let method = req.method().to_string();
    let path = req.uri().path().to_owned();
    let resp = next.run(req).await;
    let status = resp.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return resp;
    }
    if let Some(err) = resp.extensions().get::<Arc<ServerError>>().cloned() {
        return if api { resp } else { html_error(&err) };
    }
    if resp.extensions().get::<Rendered>().is_some() {
        return resp;
    }
    let err = from_status(resp, &limits, method, path).await;
    if api {
        err.into_response()
    } else {
        html_error(&err)
    }
}

fn html_error(err: &ServerError) -> Response {
    let mut resp = (err.status(), crate::pages::layout::error_page(err)).into_response();
    resp.extensions_mut().insert(Rendered);
    resp
}

/// Turns a bare error response from the framework or a layer into a goalline error.
async fn from_status(
    resp: Response,
    limits: &ServerConfig,
    method: String,
    path: String,
) -> ServerError {
    let status = resp.status();
    match status {
        StatusCode::NOT_FOUND => ServerError::RouteNotFound(path),
        StatusCode::METHOD_NOT_ALLOWED => ServerError::MethodNotAllowed { method, path },
        StatusCode::PAYLOAD_TOO_LARGE => ServerError::PayloadTooLarge {
            limit: limits.body_limit,
        },
        StatusCode::REQUEST_TIMEOUT | StatusCode::GATEWAY_TIMEOUT => ServerError::Timeout {
            after: limits.request_timeout,
        },
        StatusCode::SERVICE_UNAVAILABLE => ServerError::Unavailable("the server is busy".into()),
        s if s.is_client_error() => {
            let text = body_text(resp.into_body()).await;
            if text.contains("length limit exceeded") {
                ServerError::PayloadTooLarge {
                    limit: limits.body_limit,
                }
            } else if text.is_empty() {
                ServerError::BadRequest(s.canonical_reason().unwrap_or("bad request").into())
            } else {
                ServerError::BadRequest(text)
            }
        }
        s => ServerError::Internal(format!("unexpected {s} from {method} {path}")),
    }
}

async fn body_text(body: Body) -> String {
    match axum::body::to_bytes(body, 4096).await {
        Ok(b) => String::from_utf8_lossy(&b).trim().to_string(),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::{get, post};
    use std::time::Duration;
    use tower::ServiceExt;

    fn app() -> Router {
        let cfg = ServerConfig {
            body_limit: 16,
            request_timeout: Duration::from_millis(50),
            db_workers: 1,
            cache_bytes: 0,
            ..ServerConfig::default()
        };
        let r = Router::new()
            .route(
                "/api/slow",
                get(|| async {
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    "late"
                }),
            )
            .route("/api/echo", post(|body: String| async move { body }))
            .route(
                "/slow",
                get(|| async {
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    "late"
                }),
            );
        apply(r, &cfg)
    }

    async fn call(req: Request) -> (StatusCode, Option<String>, String) {
        let resp = app().oneshot(req).await.unwrap_or_else(|e| match e {});
        let status = resp.status();
        let ctype = resp
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        (status, ctype, body_text(resp.into_body()).await)
    }

    fn req(method: &str, uri: &str, body: &str) -> Request {
        Request::builder()
            .method(method)
            .uri(uri)
            .body(Body::from(body.to_string()))
            .unwrap_or_default()
    }

    #[tokio::test]
    async fn timeout_is_a_json_504_under_api_and_a_page_elsewhere() {
        let (status, ctype, body) = call(req("GET", "/api/slow", "")).await;
        assert_eq!(status, StatusCode::GATEWAY_TIMEOUT);
        assert_eq!(ctype.as_deref(), Some("application/json"));
        let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
        assert_eq!(v["code"], "request_timeout");
        assert_eq!(v["type"], "system");

        let (status, ctype, body) = call(req("GET", "/slow", "")).await;
        assert_eq!(status, StatusCode::GATEWAY_TIMEOUT);
        assert!(ctype.unwrap_or_default().starts_with("text/html"));
        assert!(body.contains("request_timeout"), "{body}");
    }

    #[tokio::test]
    async fn body_over_the_limit_is_413() {
        let (status, _, body) = call(req("POST", "/api/echo", "x".repeat(17).as_str())).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
        let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
        assert_eq!(v["code"], "payload_too_large");
        let (status, _, body) = call(req("POST", "/api/echo", "small")).await;
        assert_eq!((status, body.as_str()), (StatusCode::OK, "small"));
    }

    #[tokio::test]
    async fn unknown_route_and_wrong_method() {
        let (status, _, body) = call(req("GET", "/api/nope", "")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(body.contains("\"code\":\"route_not_found\""), "{body}");
        let (status, _, body) = call(req("DELETE", "/api/echo", "")).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
        assert!(body.contains("\"code\":\"method_not_allowed\""), "{body}");
    }
}
