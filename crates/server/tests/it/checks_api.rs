//! Saved checks on the real data: save → JSON → page → exports; the operator's listing and
//! deletion behind the token; 404s for ids that name nothing; the 413 of an oversize check; a
//! permalink that survives a server restart and a re-import (the data file replaced), flagged
//! stale afterwards, and "check again" with what changed; retention.

use crate::common::*;
use axum::body::Body;
use axum::http::Request;
use goalline_server::{AppState, ServerConfig};
use goalline_store::{CheckId, CheckStore, NewCheck, SavedCheck};
use goalline_store_sqlite::SqliteCheckStore;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt;

async fn save_showcase() -> (String, serde_json::Value) {
    let body = serde_json::json!({"text": showcase_article(), "date": "2022-12-11"}).to_string();
    let resp = client()
        .post(url("/api/checks"))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .expect("request");
    assert_eq!(resp.status().as_u16(), 200);
    let location = resp
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    assert_eq!(
        resp.headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("private, no-store")
    );
    let v: serde_json::Value = resp.json().await.expect("json");
    let id = v["id"].as_str().expect("id").to_string();
    assert_eq!(location.as_deref(), Some(format!("/checks/{id}").as_str()));
    (id, v)
}

#[tokio::test]
async fn save_then_json_page_and_exports() {
    let (id, saved) = save_showcase().await;
    assert_eq!(id.len(), 22, "{id}");
    assert!(CheckId::parse(&id).is_some());
    assert_eq!(saved["permalink"], format!("/checks/{id}"));
    assert_eq!(saved["text"], showcase_article());
    assert_eq!(saved["date"], "2022-12-11");
    assert_eq!(saved["data"]["current"], true, "{}", saved["data"]);
    assert!(saved["data"]["checked_against"]["import_id"].is_string());
    assert_eq!(
        saved["exports"]["csv"],
        format!("/api/checks/{id}/export.csv")
    );

    // The saved report is what POST /api/check answers for the same article and date.
    let (status, live) = post(
        "/api/check?date=2022-12-11",
        "text/plain",
        showcase_article(),
    )
    .await;
    assert_eq!(status, 200);
    let live: serde_json::Value = serde_json::from_str(&live).expect("json");
    assert_eq!(saved["report"], live);
    let claims = live["claims"].as_array().expect("claims").clone();
    assert!(claims.len() > 5, "{}", claims.len());

    let (status, got) = get_json(&format!("/api/checks/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(got, saved, "GET answers what POST returned");

    // The page: the check page's rendering, with the permalink and the exports.
    let (status, html) = get_text(&format!("/checks/{id}")).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("id=\"article-view\""),
        "rendered like the check page"
    );
    assert!(html.contains("class=\"mark v-supported"), "verdict marks");
    assert!(html.contains(&format!("href=\"/api/checks/{id}/export.md\"")));
    assert!(html.contains("id=\"data-current\""));
    assert!(!html.contains("id=\"stale-notice\""));
    let n_marked = claims.len();
    assert_eq!(
        html.matches("<details class=\"claim ").count(),
        n_marked,
        "one entry per claim"
    );

    // Markdown: a mark after each marked passage, a table row per claim.
    let resp = client()
        .get(url(&format!("/api/checks/{id}/export.md")))
        .send()
        .await
        .expect("md");
    assert_eq!(resp.status().as_u16(), 200);
    assert!(resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.starts_with("text/markdown")));
    let md = resp.text().await.expect("md body");
    assert!(md.starts_with("# Checked article\n"), "{md}");
    assert!(md.contains(&format!("`/checks/{id}`")));
    let (_, table) = md.split_once("## Claims").expect("claim table");
    let rows: Vec<&str> = table
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| #"))
        .collect();
    assert_eq!(rows.len(), claims.len(), "{table}");
    for (i, (row, c)) in rows.iter().zip(&claims).enumerate() {
        assert!(row.starts_with(&format!("| {} | ", i + 1)), "{row}");
        assert!(
            row.contains(c["verdict"].as_str().expect("verdict")),
            "{row}"
        );
    }
    let (article, _) = md.split_once("## Claims").expect("article part");
    // Each mark `\[✓3\]` names a claim by number with its verdict's sign (a claim around
    // a nested one is marked on each side of it).
    let mut marked = std::collections::BTreeSet::new();
    for piece in article.split("\\[").skip(1) {
        let Some((mark, _)) = piece.split_once("\\]") else {
            continue;
        };
        let sign = mark.chars().next().unwrap_or(' ');
        if !matches!(sign, '✓' | '✗' | '?') {
            continue; // an escaped bracket of the article
        }
        let n: usize = mark[sign.len_utf8()..].parse().expect("claim number");
        let verdict = claims[n - 1]["verdict"].as_str().expect("verdict");
        let expected = match verdict {
            "SUPPORTED" => '✓',
            "CONTRADICTED" => '✗',
            _ => '?',
        };
        assert_eq!(sign, expected, "claim {n} is {verdict}");
        marked.insert(n);
    }
    assert!(marked.len() >= 5, "{marked:?}");

    // CSV: one row per claim, fields as the report has them, quoted by a real CSV reader.
    let (status, csv) = get_text(&format!("/api/checks/{id}/export.csv")).await;
    assert_eq!(status, 200);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(&header[..4], ["claim", "verdict", "kind", "text"]);
    let records: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("rows");
    assert_eq!(records.len(), claims.len());
    for (rec, c) in records.iter().zip(&claims) {
        assert_eq!(Some(rec.get(1).unwrap_or_default()), c["verdict"].as_str());
        assert_eq!(Some(rec.get(2).unwrap_or_default()), c["kind"].as_str());
        let text = c["text"].as_str().unwrap_or_default();
        if !text.starts_with(['=', '+', '-', '@']) {
            assert_eq!(rec.get(3), Some(text));
        }
        assert_eq!(
            rec.get(9).and_then(|s| s.parse::<u64>().ok()),
            c["start"].as_u64()
        );
    }
}

#[tokio::test]
async fn ids_that_name_nothing_are_404() {
    let absent = CheckId::random().expect("id");
    for path in [
        format!("/api/checks/{absent}"),
        "/api/checks/nope".into(),
        "/api/checks/..%2F..%2Fetc%2Fpasswd".into(),
        format!("/api/checks/{absent}/export.csv"),
    ] {
        let (status, v) = get_json(&path).await;
        assert_eq!(status, 404, "{path}");
        assert_error(&v, "not_found");
    }
    let (status, html) = get_text(&format!("/checks/{absent}")).await;
    assert_eq!(status, 404);
    assert!(html.contains("<html"), "an HTML error page");
}

#[tokio::test]
async fn listing_and_deleting_need_the_operator_token() {
    let (id, _) = save_showcase().await;
    let list = |auth: Option<&'static str>| async move {
        let mut req = client().get(url("/api/checks?limit=1000"));
        if let Some(a) = auth {
            req = req.header("authorization", a);
        }
        let resp = req.send().await.expect("list");
        let status = resp.status().as_u16();
        (
            status,
            resp.json::<serde_json::Value>().await.expect("json"),
        )
    };
    let (status, v) = list(None).await;
    assert_eq!(status, 401, "{v}");
    assert_error(&v, "unauthorized");
    let (status, v) = list(Some("Bearer wrong-token")).await;
    assert_eq!(status, 403, "{v}");
    assert_error(&v, "forbidden");
    // The right token with one character more or less is still wrong.
    let (status, _) = list(Some("Bearer test-operator-token-7f3")).await;
    assert_eq!(status, 403);
    let (status, _) = list(Some("Bearer test-operator-token-7f3ab")).await;
    assert_eq!(status, 403);
    let (status, v) = get_list_with_token().await;
    assert_eq!(status, 200, "{v}");
    let listed = v["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|c| c["id"] == id.as_str())
        .cloned()
        .expect("the saved check is listed to the operator");
    assert_eq!(listed["permalink"], format!("/checks/{id}"));
    assert_eq!(listed["current"], true);
    assert!(listed["title"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(v["count"].as_u64().is_some_and(|n| n >= 1));

    let delete = |auth: &'static str| {
        let id = id.clone();
        async move {
            client()
                .delete(url(&format!("/api/checks/{id}")))
                .header("authorization", auth)
                .send()
                .await
                .expect("delete")
                .status()
                .as_u16()
        }
    };
    assert_eq!(delete("Bearer nope").await, 403);
    assert_eq!(
        get_json(&format!("/api/checks/{id}")).await.0,
        200,
        "still there"
    );
    assert_eq!(delete("Bearer test-operator-token-7f3a").await, 200);
    assert_eq!(get_json(&format!("/api/checks/{id}")).await.0, 404, "gone");
    assert_eq!(delete("Bearer test-operator-token-7f3a").await, 404);
}

async fn get_list_with_token() -> (u16, serde_json::Value) {
    let resp = client()
        .get(url("/api/checks?limit=1000"))
        .header("authorization", format!("Bearer {TOKEN}"))
        .send()
        .await
        .expect("list");
    let status = resp.status().as_u16();
    (status, resp.json().await.expect("json"))
}

#[tokio::test]
async fn the_check_page_saves_and_redirects_to_the_permalink() {
    let (status, html) = post(
        "/check",
        "application/x-www-form-urlencoded",
        "text=England+beat+France+3-1+on+10+December+2022.&date=",
    )
    .await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"save-form\""), "a Save and share button");
    assert!(html.contains("Save and share"));
    let resp = client()
        .post(url("/checks"))
        .form(&[
            ("text", "England beat France 3-1 on 10 December 2022."),
            ("date", ""),
        ])
        .send()
        .await
        .expect("save");
    assert_eq!(resp.status().as_u16(), 303);
    let location = resp
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("location")
        .to_string();
    let id = location.strip_prefix("/checks/").expect("permalink");
    assert!(CheckId::parse(id).is_some(), "{location}");
    let (status, html) = get_text(&location).await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"article-view\""), "{html}");
    assert!(html.contains("England beat France 3-1"), "{html}");
}

// ---- in-process servers over their own files ----

/// A router over a fresh state opened on `db` (so its sidecar beside it), as a server process
/// started on those files would be.
fn open(db: &Path, config: ServerConfig) -> (AppState, axum::Router) {
    let state = AppState::open(db, config).expect("open state");
    (state.clone(), goalline_server::router(state))
}

async fn call(app: &axum::Router, method: &str, path: &str, body: &str) -> (u16, String) {
    let req = Request::builder()
        .method(method)
        .uri(path)
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .expect("request");
    let resp = app.clone().oneshot(req).await.expect("answer");
    let status = resp.status().as_u16();
    let bytes = axum::body::to_bytes(resp.into_body(), 64 << 20)
        .await
        .expect("body");
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("{e}: {s}"))
}

fn copy_db(dir: &Path) -> PathBuf {
    let p = dir.join("goalline.db");
    std::fs::copy(real_db(), &p).expect("copy db");
    p
}

#[tokio::test]
async fn a_permalink_survives_a_restart_and_a_reimport_and_is_flagged_stale() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = copy_db(dir.path());
    // The served data come from an "older import": its id differs from what a fresh import
    // of ../shared/data writes.
    rusqlite::Connection::open(&db)
        .and_then(|c| {
            c.execute(
                "UPDATE meta SET value = 'older-import' WHERE key = 'manifest'",
                [],
            )
        })
        .expect("mark the import");
    let body = serde_json::json!({"text": showcase_article(), "date": "2022-12-11"}).to_string();
    let (id, report) = {
        let (_state, app) = open(&db, ServerConfig::default());
        let (status, saved) = call(&app, "POST", "/api/checks", &body).await;
        assert_eq!(status, 200, "{saved}");
        let saved = json(&saved);
        assert_eq!(
            saved["data"]["checked_against"]["import_id"],
            "older-import"
        );
        (
            saved["id"].as_str().expect("id").to_string(),
            saved["report"].clone(),
        )
    };
    assert!(
        dir.path().join("goalline.checks.db").exists(),
        "the sidecar beside the data"
    );

    // Restart: a new state over the same files.
    let (_state, app) = open(&db, ServerConfig::default());
    let (status, got) = call(&app, "GET", &format!("/api/checks/{id}"), "").await;
    assert_eq!(status, 200, "{got}");
    let got = json(&got);
    assert_eq!(got["report"], report);
    assert_eq!(got["data"]["current"], true);
    drop((_state, app));

    // A real re-import replaces the data file whole (a new inode, a new import id).
    let before = inode(&db);
    let sidecar_before = std::fs::read(dir.path().join("goalline.checks.db")).ok();
    tokio::task::spawn_blocking({
        let db = db.clone();
        move || goalline_import::import_data_dir(&data_dir(), &db).expect("re-import")
    })
    .await
    .expect("import thread");
    assert_ne!(inode(&db), before, "the data file was replaced");
    assert_eq!(
        std::fs::read(dir.path().join("goalline.checks.db")).ok(),
        sidecar_before,
        "the import left the sidecar alone"
    );

    let (state, app) = open(&db, ServerConfig::default());
    let live_import = state.served().import_id.expect("import id");
    assert_ne!(live_import, "older-import");
    let (status, got) = call(&app, "GET", &format!("/api/checks/{id}"), "").await;
    assert_eq!(status, 200, "the permalink survives the re-import: {got}");
    let got = json(&got);
    assert_eq!(got["text"], showcase_article());
    assert_eq!(
        got["report"], report,
        "the saved verdicts are kept as saved"
    );
    assert_eq!(got["data"]["current"], false, "{}", got["data"]);
    assert_eq!(got["data"]["live_import_id"], live_import.as_str());
    assert_eq!(got["data"]["recheck"], format!("/api/checks/{id}/recheck"));

    let (status, html) = call(&app, "GET", &format!("/checks/{id}"), "").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("id=\"stale-notice\""),
        "the page says the data changed"
    );
    assert!(
        html.contains(&format!("action=\"/checks/{id}/recheck\"")),
        "and offers to check again"
    );

    // Check again: same data rows, so every claim keeps its verdict.
    let (status, re) = call(&app, "POST", &format!("/api/checks/{id}/recheck"), "").await;
    assert_eq!(status, 200, "{re}");
    let re = json(&re);
    assert_eq!(re["rechecked_against"]["import_id"], live_import.as_str());
    assert_eq!(re["checked_against"]["import_id"], "older-import");
    let n = report["claims"].as_array().map_or(0, Vec::len);
    assert_eq!(re["changes"]["unchanged"], n, "{}", re["changes"]);
    assert_eq!(re["changes"]["changed"].as_array().map(Vec::len), Some(0));
    let (status, html) = call(&app, "POST", &format!("/checks/{id}/recheck"), "").await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"no-changes\""), "{html}");
    assert!(
        html.contains("id=\"save-form\""),
        "the new result can be saved"
    );
}

fn inode(p: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(p).expect("metadata").ino()
}

#[tokio::test]
async fn check_again_lists_changed_added_and_removed_claims() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = copy_db(dir.path());
    let (state, app) = open(&db, ServerConfig::default());
    let (report, version) = state
        .check_versioned(
            showcase_article(),
            goalline_core::Date::from_ymd_opt(2022, 12, 11),
        )
        .await
        .expect("check");
    // A saved report that differs from today's in known ways: the first claim had another
    // verdict, the last one was not found, and one claim existed that today's checker lacks.
    let mut old = serde_json::to_value(&report).expect("json");
    let claims = old["claims"].as_array_mut().expect("claims");
    let n = claims.len();
    assert!(n >= 3);
    let first_verdict = claims[0]["verdict"].as_str().expect("v").to_string();
    claims[0]["verdict"] = if first_verdict == "CONTRADICTED" {
        "SUPPORTED"
    } else {
        "CONTRADICTED"
    }
    .into();
    let last = claims.pop().expect("last");
    let mut ghost = claims[0].clone();
    ghost["kind"] = "award".into();
    ghost["start"] = 0.into();
    ghost["end"] = 1.into();
    claims.push(ghost);
    let checks = state.checks().expect("check store");
    let saved = SavedCheck::from_new(
        NewCheck {
            text: showcase_article(),
            date: goalline_core::Date::from_ymd_opt(2022, 12, 11),
            report_json: old.to_string(),
            data_version: version,
        },
        CheckId::random().expect("id"),
        chrono::Utc::now(),
    );
    checks.insert(&saved).expect("insert");
    let (status, re) = call(
        &app,
        "POST",
        &format!("/api/checks/{}/recheck", saved.id),
        "",
    )
    .await;
    assert_eq!(status, 200, "{re}");
    let re = json(&re);
    let ch = &re["changes"];
    assert_eq!(ch["changed"].as_array().map(Vec::len), Some(1), "{ch}");
    assert_eq!(ch["changed"][0]["after"], first_verdict.as_str());
    assert_eq!(ch["added"].as_array().map(Vec::len), Some(1), "{ch}");
    assert_eq!(ch["added"][0]["start"], last["start"]);
    assert_eq!(ch["removed"].as_array().map(Vec::len), Some(1), "{ch}");
    assert_eq!(ch["removed"][0]["kind"], "award");
    assert_eq!(ch["unchanged"], n - 2);
    let (status, html) = call(&app, "POST", &format!("/checks/{}/recheck", saved.id), "").await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"changes-table\""));
    assert!(html.contains("verdict changed") && html.contains("added") && html.contains("removed"));
}

#[tokio::test]
async fn without_a_token_nothing_is_listed_but_ids_work() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = copy_db(dir.path());
    let (_state, app) = open(&db, ServerConfig::default());
    let (status, saved) = call(
        &app,
        "POST",
        "/api/checks",
        r#"{"text":"England beat France 2-1."}"#,
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    let id = json(&saved)["id"].as_str().expect("id").to_string();
    let (status, v) = call(&app, "GET", "/api/checks", "").await;
    assert_eq!(status, 404, "{v}");
    assert_error(&json(&v), "not_found");
    let (status, _) = call(&app, "DELETE", &format!("/api/checks/{id}"), "").await;
    assert_eq!(status, 404);
    assert_eq!(
        call(&app, "GET", &format!("/api/checks/{id}"), "").await.0,
        200
    );
}

#[tokio::test]
async fn an_oversize_check_is_a_json_413_and_nothing_is_saved() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = copy_db(dir.path());
    let state = AppState::new(
        Arc::new(goalline_store_sqlite::SqliteStore::open(&db).expect("store")),
        ServerConfig::default(),
    )
    .expect("state");
    let article = showcase_article();
    // The article fits, its report does not.
    let checks = Arc::new(
        SqliteCheckStore::open(&dir.path().join("c.checks.db"))
            .expect("sidecar")
            .with_max_bytes(article.len() + 200),
    );
    assert!(state.set_check_store(checks.clone()));
    let app = goalline_server::router(state);
    let body = serde_json::json!({"text": article}).to_string();
    let (status, v) = call(&app, "POST", "/api/checks", &body).await;
    assert_eq!(status, 413, "{v}");
    assert_error(&json(&v), "payload_too_large");
    // The article alone over the bound: refused before the check runs.
    let body = serde_json::json!({"text": article.repeat(2)}).to_string();
    let (status, v) = call(&app, "POST", "/api/checks", &body).await;
    assert_eq!(status, 413, "{v}");
    assert!(json(&v)["message"]
        .as_str()
        .is_some_and(|m| m.contains("bytes")));
    assert_eq!(checks.count().expect("count"), 0);
    // A body over the server's request limit is the same JSON 413.
    let big = "x".repeat(ServerConfig::default().body_limit + 1);
    let (status, v) = call(&app, "POST", "/api/checks", &big).await;
    assert_eq!(status, 413);
    assert_error(&json(&v), "payload_too_large");
}

#[tokio::test]
async fn old_saved_checks_are_purged_when_the_server_starts() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = copy_db(dir.path());
    let checks = SqliteCheckStore::open_beside(&db).expect("sidecar");
    let mut ids = Vec::new();
    for days in [45i64, 31, 2] {
        let c = SavedCheck::from_new(
            NewCheck {
                text: format!("{days} days old"),
                date: None,
                report_json: "{}".into(),
                data_version: Default::default(),
            },
            CheckId::random().expect("id"),
            chrono::Utc::now() - chrono::Duration::days(days),
        );
        checks.insert(&c).expect("insert");
        ids.push((days, c.id));
    }
    let state = AppState::open(
        &db,
        ServerConfig {
            keep_checks_days: Some(30),
            ..ServerConfig::default()
        },
    )
    .expect("state");
    let bound = goalline_server::bind("127.0.0.1:0".parse().expect("addr"), state)
        .await
        .expect("bind");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(bound.run(async {
        let _ = stopped.await;
    }));
    let t = std::time::Instant::now();
    while checks.count().expect("count") != 1 {
        assert!(t.elapsed() < Duration::from_secs(20), "never purged");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for (days, id) in &ids {
        assert_eq!(checks.get(id).expect("get").is_some(), *days < 30, "{days}");
    }
    let _ = stop.send(());
    let _ = server.await;
}
