//! goalline's HTTP JSON API and web UI.
//!
//! Entry points: [`router`] builds the whole application (API, pages, assets, middleware) over
//! an [`AppState`]; [`bind`] + [`Bound::run`] (or the one-call [`serve`]) listen on an address
//! and shut down gracefully when a future resolves (see [`shutdown_signal`]).
//!
//! Layout: [`routes`] is the registry every route goes through; [`api`] holds the JSON
//! endpoints (documented in the OpenAPI document at `/api/openapi.json`, see [`openapi`]);
//! [`pages`] holds one module per page kind; [`assets`] the CSS/JS compiled into the binary;
//! [`layers`] the limits, logging and error rendering; [`error`] the one error enum and the
//! table from error codes to HTTP statuses. The server never builds SQL: it calls the facts
//! and store APIs, on the blocking pool ([`AppState::query`]).
#![forbid(unsafe_code)]

pub mod api;
pub mod assets;
pub mod error;
pub mod layers;
pub mod pages;
pub mod routes;
pub mod search;
pub mod state;
pub mod urls;

pub use error::{ApiError, ErrorCode, ServerError};
pub use routes::{RouteInfo, RouteKind};
pub use state::{AppState, Ctx, ServerConfig};

use axum::Router;
use goalline_store::Store;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use tokio::net::TcpListener;

fn registry() -> routes::Registry {
    use utoipa::OpenApi;
    let r = routes::Registry::new(api::ApiDoc::openapi());
    let r = api::register(r);
    let r = pages::register(r);
    assets::register(r)
}

/// The whole application: API, pages and assets, behind goalline's middleware.
pub fn router(state: AppState) -> Router {
    let (router, _, _) = registry().finish();
    let router = router.fallback(not_found);
    layers::apply(router, state.config()).with_state(state)
}

async fn not_found() -> axum::http::StatusCode {
    // The error normaliser renders this as JSON under /api/ and as a page elsewhere.
    axum::http::StatusCode::NOT_FOUND
}

/// The OpenAPI 3 document of the API, generated from the handlers.
pub fn openapi() -> utoipa::openapi::OpenApi {
    registry().finish().1
}

/// The OpenAPI document as JSON (built once).
pub fn openapi_json() -> &'static str {
    static DOC: OnceLock<String> = OnceLock::new();
    DOC.get_or_init(|| {
        openapi()
            .to_pretty_json()
            .unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
    })
}

/// Every (method, path) the router answers, with its kind.
pub fn route_table() -> Vec<RouteInfo> {
    registry().finish().2
}

/// A server bound to its address, not yet serving.
#[derive(Debug)]
pub struct Bound {
    listener: TcpListener,
    state: AppState,
}

/// Binds `addr` (port 0 picks a free port; see [`Bound::local_addr`]).
pub async fn bind(addr: SocketAddr, state: AppState) -> Result<Bound, ServerError> {
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|source| ServerError::Bind { addr, source })?;
    Ok(Bound { listener, state })
}

impl Bound {
    /// The address actually bound.
    pub fn local_addr(&self) -> Result<SocketAddr, ServerError> {
        Ok(self.listener.local_addr()?)
    }

    /// Serves until `shutdown` resolves, then stops accepting and waits for requests in flight.
    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServerError> {
        let app = router(self.state);
        axum::serve(self.listener, app)
            .with_graceful_shutdown(shutdown)
            .await?;
        Ok(())
    }
}

/// One call: builds the state over `store` with `config`, binds `addr` and serves until
/// `shutdown` resolves.
pub async fn serve(
    addr: SocketAddr,
    store: Arc<dyn Store>,
    config: ServerConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServerError> {
    let state = tokio::task::spawn_blocking(move || AppState::new(store, config))
        .await
        .map_err(|e| ServerError::Internal(format!("loading the team index failed: {e}")))??;
    let bound = bind(addr, state).await?;
    tracing::info!(addr = %bound.local_addr()?, "goalline server listening");
    bound.run(shutdown).await
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutdown signal received; finishing requests in flight");
}
