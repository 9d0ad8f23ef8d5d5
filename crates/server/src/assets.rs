//! Static assets compiled into the binary (`include_str!`): the stylesheet, the small script
//! and the icon. No CDN, no web fonts: pages work offline and under a strict CSP.

use crate::routes::Registry;
use axum::http::header;
use axum::response::IntoResponse;

/// The stylesheet.
pub const CSS: &str = include_str!("../assets/app.css");
/// The script (progressive enhancement only: every page works without it).
pub const JS: &str = include_str!("../assets/app.js");
/// The icon.
pub const ICON: &str = include_str!("../assets/favicon.svg");

/// Registers the asset routes.
pub fn register(r: Registry) -> Registry {
    r.asset("/assets/app.css", css)
        .asset("/assets/app.js", js)
        .asset("/favicon.svg", icon)
}

const CACHE: &str = "public, max-age=300";

async fn css() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, CACHE),
        ],
        CSS,
    )
}

async fn js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, CACHE),
        ],
        JS,
    )
}

async fn icon() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, CACHE),
        ],
        ICON,
    )
}
