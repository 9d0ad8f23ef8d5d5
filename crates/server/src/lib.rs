//! goalline's HTTP JSON API and web UI.
//!
//! Entry points: [`router`] builds the whole application (API, pages, assets, middleware) over
//! an [`AppState`]; [`bind`] + [`Bound::run`] (or the one-call [`serve`]) listen on an address
//! with hyper's connection limits (header-read and idle timeout, a cap on open connections)
//! and shut down gracefully, within a deadline, when a future resolves (see
//! [`shutdown_signal`]).
//!
//! Layout: [`routes`] is the registry every route goes through; [`api`] holds the JSON
//! endpoints (saved checks in [`api::checks`]; documented in the OpenAPI document at `/api/openapi.json`, see [`openapi`]);
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
use std::time::Duration;
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

    /// Serves until `shutdown` resolves, then stops accepting, lets requests in flight finish
    /// for [`ServerConfig::shutdown_grace`] and drops the connections still open.
    ///
    /// Connection hygiene is hyper's own: its HTTP/1 header-read timer
    /// ([`ServerConfig::header_read_timeout`]) closes a connection that has not sent a whole
    /// request head in time — a slow client, and a keep-alive connection idle that long
    /// between requests alike (hyper restarts the timer when a connection goes idle). Open
    /// connections are capped ([`ServerConfig::max_connections`], and below the descriptor
    /// limit): past the cap the server stops accepting until one closes, so the process never
    /// runs out of descriptors. A database swapped under the server is picked up every
    /// [`ServerConfig::reload_interval`] (see [`AppState::reload_if_changed`]).
    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServerError> {
        use hyper_util::rt::{TokioIo, TokioTimer};
        use hyper_util::server::graceful::GracefulShutdown;
        use hyper_util::service::TowerToHyperService;

        let config = self.state.config().clone();
        let reloader = tokio::spawn(follow_database(self.state.clone()));
        let purger = tokio::spawn(purge_old_checks(self.state.clone()));
        let app = router(self.state);
        let cap = connection_cap(config.max_connections);
        let slots = Arc::new(tokio::sync::Semaphore::new(cap));
        let mut http = hyper::server::conn::http1::Builder::new();
        http.timer(TokioTimer::new())
            .header_read_timeout(config.header_read_timeout)
            .keep_alive(true);
        let graceful = GracefulShutdown::new();
        tokio::pin!(shutdown);
        loop {
            let slot = tokio::select! {
                s = Arc::clone(&slots).acquire_owned() => match s {
                    Ok(s) => s,
                    Err(_) => break,
                },
                () = &mut shutdown => break,
            };
            let (stream, _peer) = tokio::select! {
                r = self.listener.accept() => match r {
                    Ok(x) => x,
                    Err(e) => {
                        // Out of descriptors or a connection reset before accept: wait a little
                        // rather than spin.
                        tracing::warn!(error = %e, "accept failed");
                        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                        continue;
                    }
                },
                () = &mut shutdown => break,
            };
            let _ = stream.set_nodelay(true);
            let conn =
                http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
            let conn = graceful.watch(conn);
            tokio::spawn(async move {
                let _slot = slot;
                if let Err(e) = conn.await {
                    tracing::debug!(error = %e, "connection closed with an error");
                }
            });
        }
        drop(self.listener);
        reloader.abort();
        purger.abort();
        let open = cap - slots.available_permits();
        tokio::select! {
            () = graceful.shutdown() => {
                tracing::info!("all connections closed");
            }
            () = tokio::time::sleep(config.shutdown_grace) => {
                tracing::warn!(open, grace_s = config.shutdown_grace.as_secs_f64(),
                    "connections still open after the shutdown grace period; dropping them");
            }
        }
        Ok(())
    }
}

/// Looks at the served database file every `reload_interval` and reopens it when it changed.
async fn follow_database(state: AppState) {
    let mut tick = tokio::time::interval(state.config().reload_interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tick.tick().await;
    loop {
        tick.tick().await;
        let s = state.clone();
        if tokio::task::spawn_blocking(move || s.reload_if_changed())
            .await
            .is_err()
        {
            tracing::error!("reopening the database failed");
        }
    }
}

/// Deletes saved checks past the retention ([`ServerConfig::keep_checks_days`]) when the
/// server starts, then every [`ServerConfig::purge_interval`].
async fn purge_old_checks(state: AppState) {
    if state.config().keep_checks_days.is_none() {
        return;
    }
    let mut tick = tokio::time::interval(state.config().purge_interval.max(Duration::from_secs(1)));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let s = state.clone();
        match tokio::task::spawn_blocking(move || s.purge_old_checks()).await {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "purging old saved checks failed"),
            Err(e) => tracing::error!(error = %e, "purging old saved checks failed"),
        }
    }
}

/// `wanted`, kept below the process's open-file limit (64 descriptors are left for the
/// database connections, the listener and logs).
pub fn connection_cap(wanted: usize) -> usize {
    let limit = std::fs::read_to_string("/proc/self/limits")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Max open files"))
                .and_then(|l| l.split_whitespace().nth(3).map(str::to_string))
        })
        .and_then(|v| v.parse::<usize>().ok());
    match limit {
        Some(n) => wanted.min(n.saturating_sub(64)).max(1),
        None => wanted.max(1),
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
