//! The OpenAPI document matches the router: every API route is documented and every documented
//! operation is routed, and every route of the table answers on the live server.

use crate::common::*;
use goalline_server::{RouteInfo, RouteKind};
use std::collections::BTreeSet;

fn documented(doc: &serde_json::Value) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("path item").keys() {
            if matches!(
                method.as_str(),
                "get" | "post" | "put" | "delete" | "patch" | "head" | "options"
            ) {
                out.insert((method.to_ascii_uppercase(), path.clone()));
            }
        }
    }
    out
}

fn api_routes(table: &[RouteInfo]) -> BTreeSet<(String, String)> {
    table
        .iter()
        .filter(|r| r.kind == RouteKind::Api)
        .map(|r| (r.method.clone(), r.path.clone()))
        .collect()
}

#[tokio::test]
async fn every_api_route_is_documented_and_vice_versa() {
    let (status, doc) = get_json("/api/openapi.json").await;
    assert_eq!(status, 200);
    assert!(
        doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")),
        "{}",
        doc["openapi"]
    );
    let table = goalline_server::route_table();
    let routed = api_routes(&table);
    let docs = documented(&doc);
    assert_eq!(
        routed,
        docs,
        "router and OpenAPI document disagree:\n only routed: {:?}\n only documented: {:?}",
        routed.difference(&docs).collect::<Vec<_>>(),
        docs.difference(&routed).collect::<Vec<_>>()
    );
    // The API lives under /api/, and nothing else does.
    for r in &table {
        assert_eq!(
            r.kind == RouteKind::Api,
            r.path.starts_with("/api/"),
            "{r:?}"
        );
    }
    for expected in [
        ("GET", "/api/health"),
        ("GET", "/api/status"),
        ("GET", "/api/teams"),
        ("GET", "/api/teams/{name}/coverage"),
        ("GET", "/api/teams/{name}/scorers"),
        ("GET", "/api/teams/{name}/tournaments"),
        ("GET", "/api/teams/{name}/head-to-head/{opponent}"),
        ("GET", "/api/matches"),
        ("GET", "/api/matches/{id}"),
        ("GET", "/api/matches/{id}/goals"),
        ("GET", "/api/matches/{id}/storylines"),
        ("GET", "/api/players"),
        ("GET", "/api/players/{name}"),
        ("GET", "/api/players/{name}/tally"),
        ("GET", "/api/players/{name}/goals"),
        ("GET", "/api/tournaments"),
        ("GET", "/api/tournaments/{key}"),
        ("POST", "/api/check"),
        ("GET", "/api/openapi.json"),
    ] {
        assert!(
            routed.contains(&(expected.0.into(), expected.1.into())),
            "{expected:?}"
        );
    }
}

#[tokio::test]
async fn every_route_in_the_table_answers_live() {
    let id = england_france_2022().await.to_string();
    // Saved checks: one to read, one to delete.
    let save = || async {
        let (status, body) = post(
            "/api/checks",
            "text/plain",
            "England beat France 3-1 on 10 December 2022.",
        )
        .await;
        assert_eq!(status, 200, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).expect("json");
        v["id"].as_str().expect("id").to_string()
    };
    let (saved, doomed) = (save().await, save().await);
    for r in goalline_server::route_table() {
        let checks = r.path.starts_with("/api/checks/") || r.path.starts_with("/checks/");
        let saved_id = if r.method == "DELETE" {
            &doomed
        } else {
            &saved
        };
        let player = r.path.starts_with("/api/players/") || r.path.starts_with("/players/");
        let path = r
            .path
            .replace("{name}", if player { "Harry%20Kane" } else { "England" })
            .replace("{opponent}", "France")
            .replace("{id}", if checks { saved_id } else { &id })
            .replace("{key}", "FIFA%20World%20Cup%202022");
        let path = match path.as_str() {
            "/api/teams" => "/api/teams?q=England".to_string(),
            "/api/players" => "/api/players?q=Harry%20Kane".to_string(),
            "/api/tournaments" => "/api/tournaments?q=World%20Cup%202022".to_string(),
            "/api/matches" => {
                "/api/matches?team=England&opponent=France&date=2022-12-10".to_string()
            }
            _ => path,
        };
        let req = match (r.method.as_str(), r.kind) {
            ("GET", _) => client().get(url(&path)),
            ("POST", RouteKind::Api) => client()
                .post(url(&path))
                .header("content-type", "text/plain")
                .body("England beat France 3-1 on 10 December 2022."),
            ("POST", _) => client().post(url(&path)).form(&[("text", "England won.")]),
            ("DELETE", _) => client().delete(url(&path)),
            (other, _) => panic!("no probe for method {other}"),
        };
        // The operator's endpoints need the token; the others ignore it.
        let req = req.header("authorization", format!("Bearer {TOKEN}"));
        let resp = req.send().await.expect("request");
        // Saving from the check page redirects to the saved check's permalink.
        let expected = if (r.method.as_str(), r.path.as_str()) == ("POST", "/checks") {
            303
        } else {
            200
        };
        assert_eq!(
            resp.status().as_u16(),
            expected,
            "{} {} → {}",
            r.method,
            path,
            resp.status()
        );
    }
}

#[tokio::test]
async fn every_documented_operation_has_an_ok_response_and_errors_use_the_error_schema() {
    let doc: serde_json::Value =
        serde_json::from_str(goalline_server::openapi_json()).expect("valid JSON");
    assert!(doc["components"]["schemas"]["ApiError"].is_object());
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("item") {
            let responses = op["responses"].as_object().expect("responses");
            assert!(responses.contains_key("200"), "{method} {path} has no 200");
            for (code, r) in responses {
                if code.starts_with('4') || code.starts_with('5') {
                    let schema = &r["content"]["application/json"]["schema"]["$ref"];
                    assert_eq!(
                        schema, "#/components/schemas/ApiError",
                        "{method} {path} {code}"
                    );
                }
            }
        }
    }
}
