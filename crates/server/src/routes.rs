//! The route registry: the one place every route of the server is declared, so the router, the
//! OpenAPI document and the route table ([`RouteInfo`]) can never disagree.
//!
//! API endpoints are registered with [`Registry::api`] from `utoipa_axum::routes!`, which builds
//! both the axum handler and its OpenAPI operation from the handler's `#[utoipa::path]`
//! attribute. HTML pages and static assets go through [`Registry::page`] and
//! [`Registry::asset`], which build the method router themselves from the declared method.
//! Nothing else adds routes: [`crate::router`] is built from the registry alone.

use crate::state::AppState;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{on, MethodFilter};
use axum::Router;
use serde::Serialize;
use utoipa::openapi::OpenApi;
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouter};

/// What a route serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RouteKind {
    /// JSON API under `/api/`, documented in the OpenAPI document.
    Api,
    /// A server-rendered HTML page.
    Page,
    /// A static file compiled into the binary (CSS, JS, icon).
    Asset,
}

/// One (method, path) the router answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RouteInfo {
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template in axum/OpenAPI syntax (`/api/teams/{name}/coverage`).
    pub path: String,
    /// What it serves.
    pub kind: RouteKind,
}

/// Collects routes; see the module docs.
pub struct Registry {
    api: OpenApiRouter<AppState>,
    other: Router<AppState>,
    table: Vec<RouteInfo>,
}

impl Registry {
    /// An empty registry whose OpenAPI document starts from `base` (title, tags…).
    pub fn new(base: OpenApi) -> Registry {
        Registry {
            api: OpenApiRouter::with_openapi(base),
            other: Router::new(),
            table: Vec::new(),
        }
    }

    /// Adds API endpoints made with `utoipa_axum::routes!(handler, …)`.
    pub fn api(mut self, endpoints: UtoipaMethodRouter<AppState>) -> Registry {
        for (path, item) in &endpoints.1.paths {
            let ops = serde_json::to_value(item).unwrap_or_default();
            if let Some(ops) = ops.as_object() {
                for method in ops.keys().filter(|k| is_method(k)) {
                    debug_assert!(path.starts_with("/api/"), "API route outside /api/: {path}");
                    self.table.push(RouteInfo {
                        method: method.to_ascii_uppercase(),
                        path: path.clone(),
                        kind: RouteKind::Api,
                    });
                }
            }
        }
        self.api = self.api.routes(endpoints);
        self
    }

    /// Adds an HTML page answering `method` on `path`.
    pub fn page<H, T>(self, method: Method, path: &'static str, handler: H) -> Registry
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        debug_assert!(!path.starts_with("/api/"), "page under /api/: {path}");
        self.other_route(RouteKind::Page, method, path, handler)
    }

    /// Adds a static asset answering GET on `path`.
    pub fn asset<H, T>(self, path: &'static str, handler: H) -> Registry
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.other_route(RouteKind::Asset, Method::GET, path, handler)
    }

    fn other_route<H, T>(
        mut self,
        kind: RouteKind,
        method: Method,
        path: &'static str,
        handler: H,
    ) -> Registry
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let filter = match MethodFilter::try_from(method.clone()) {
            Ok(f) => f,
            Err(_) => panic!("unsupported method {method} for {path}"),
        };
        self.table.push(RouteInfo {
            method: method.as_str().to_string(),
            path: path.to_string(),
            kind,
        });
        self.other = self.other.route(path, on(filter, handler));
        self
    }

    /// The router, the OpenAPI document and the route table.
    pub fn finish(self) -> (Router<AppState>, OpenApi, Vec<RouteInfo>) {
        let (api, doc) = self.api.split_for_parts();
        (api.merge(self.other), doc, self.table)
    }
}

fn is_method(k: &str) -> bool {
    matches!(
        k,
        "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace"
    )
}
