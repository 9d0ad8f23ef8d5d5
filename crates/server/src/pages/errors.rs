//! The API page (`GET /errors`): the JSON endpoints from the route table and the error-code
//! table; the `link` of every API error points at an anchor here.

use super::layout::{page, Nav};
use crate::error::ErrorCode;
use crate::routes::{Registry, RouteKind};
use axum::http::Method;
use maud::{html, Markup};

/// Registers `GET /errors`.
pub fn register(r: Registry) -> Registry {
    r.page(Method::GET, "/errors", errors_page)
}

async fn errors_page() -> Markup {
    let routes: Vec<_> = crate::route_table()
        .into_iter()
        .filter(|r| r.kind == RouteKind::Api)
        .collect();
    page(
        "API and error codes",
        Nav::Api,
        html! {
            h1 { "API" }
            p { "JSON endpoints; the full description is the OpenAPI 3 document at "
                a href="/api/openapi.json" { code { "/api/openapi.json" } } "." }
            table.data {
                thead { tr { th { "method" } th { "path" } } }
                tbody {
                    @for r in &routes {
                        tr { td { code { (r.method) } } td { code { (r.path) } } }
                    }
                }
            }
            h2 { "Error codes" }
            p { "Errors are JSON objects " code { "{message, code, type, link}" } "; "
                code { "ambiguous_name" } " adds " code { "candidates" } " and " code { "not_found" }
                " may add " code { "suggestion" } "." }
            table.data {
                thead { tr { th { "code" } th.num { "HTTP" } th { "type" } th { "meaning" } } }
                tbody {
                    @for c in ErrorCode::ALL {
                        @let s = c.spec();
                        tr id=(s.code) {
                            td { code { (s.code) } }
                            td.num { (s.status.as_u16()) }
                            td { (s.kind.as_str()) }
                            td { (s.description) }
                        }
                    }
                }
            }
        },
    )
}
