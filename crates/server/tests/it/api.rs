//! The JSON API against a live server on the real data.

use crate::common::*;
use goalline_server::ServerConfig;
use std::time::Duration;

#[tokio::test]
async fn health_answers_ok() {
    let (status, v) = get_json("/api/health").await;
    assert_eq!(status, 200);
    assert_eq!(v["status"], "ok");
}

#[tokio::test]
async fn three_lions_resolves_to_england() {
    let (status, v) = get_json("/api/teams?q=Three%20Lions").await;
    assert_eq!(status, 200);
    assert_eq!(v["resolution"], "one");
    assert_eq!(v["teams"][0]["name"], "England");
    assert_eq!(v["teams"][0]["page"], "/teams/England");
    assert_eq!(v["teams"][0]["coverage"], "/api/teams/England/coverage");
}

#[tokio::test]
async fn la_roja_is_ambiguous_with_candidates() {
    let (status, v) = get_json("/api/teams?q=La%20Roja").await;
    assert_eq!(status, 200);
    assert_eq!(v["resolution"], "ambiguous");
    let mut names: Vec<&str> = v["teams"]
        .as_array()
        .expect("teams")
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    names.sort();
    assert_eq!(names, ["Chile", "Spain"]);
}

#[tokio::test]
async fn dated_former_name_resolves_as_of_the_day() {
    let (_, v) = get_json("/api/teams?q=Yugoslavia&as_of=1998-06-14").await;
    assert_eq!(v["resolution"], "one", "{v}");
    assert_eq!(v["teams"][0]["name"], "Serbia");
}

#[tokio::test]
async fn unknown_team_resolves_to_none_with_a_suggestion() {
    let (status, v) = get_json("/api/teams?q=Englnd").await;
    assert_eq!(status, 200);
    assert_eq!(v["resolution"], "none");
    assert_eq!(v["suggestion"], "England");
    assert_eq!(v["teams"].as_array().map(Vec::len), Some(0));
}

#[tokio::test]
async fn missing_or_bad_parameters_are_400() {
    let (status, v) = get_json("/api/teams").await;
    assert_eq!(status, 400);
    assert_error(&v, "missing_parameter");
    let (status, v) = get_json("/api/teams?q=England&as_of=yesterday").await;
    assert_eq!(status, 400);
    assert_error(&v, "invalid_parameter");
    assert_eq!(v["type"], "invalid_request");
    let (status, v) = get_json("/api/teams/England/coverage?to=2022-13-01").await;
    assert_eq!(status, 400);
    assert_error(&v, "invalid_parameter");
    let (status, v) = get_json("/api/teams/England/coverage?from=2022-01-01&to=2021-01-01").await;
    assert_eq!(status, 400);
    assert_error(&v, "bad_question");
}

#[tokio::test]
async fn england_coverage_matches_the_readme() {
    let (status, v) = get_json("/api/teams/England/coverage?to=2022-12-10").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["team"]["name"], "England");
    assert_eq!(v["goals"], 2295);
    assert_eq!(v["goals_with_scorer"], 745);
    assert_eq!(v["goals_unknown"], 2295 - 745);
    let comps = v["by_competition"].as_array().expect("by_competition");
    let sum: u64 = comps.iter().filter_map(|c| c["goals"].as_u64()).sum();
    assert_eq!(sum, 2295);
    let friendly = comps
        .iter()
        .find(|c| c["competition"] == "Friendly")
        .expect("friendlies");
    assert_eq!(
        friendly["goals_with_scorer"], 0,
        "martj42 has no friendly scorers"
    );
    assert!(v["note"]
        .as_str()
        .is_some_and(|n| n.contains("lower bound")));
    let sample = v["incomplete_sample"].as_array().expect("sample");
    assert!(!sample.is_empty());
    assert!(sample[0]["file"]
        .as_str()
        .is_some_and(|f| f.ends_with("results.csv")));
}

#[tokio::test]
async fn coverage_by_alias_and_by_range() {
    let (_, by_alias) = get_json("/api/teams/Three%20Lions/coverage?to=2022-12-10").await;
    assert_eq!(by_alias["team"]["name"], "England");
    assert_eq!(by_alias["goals"], 2295);
    let (_, ranged) = get_json("/api/teams/England/coverage?from=2022-11-20&to=2022-12-10").await;
    // England's 2022 World Cup: 13 goals, every scorer known.
    assert_eq!(ranged["goals"], 13, "{ranged}");
    assert_eq!(ranged["goals_with_scorer"], 13);
    assert_eq!(ranged["from"], "2022-11-20");
}

#[tokio::test]
async fn ambiguous_coverage_is_409_with_candidates() {
    let (status, v) = get_json("/api/teams/La%20Roja/coverage").await;
    assert_eq!(status, 409);
    assert_error(&v, "ambiguous_name");
    let cands = v["candidates"].as_array().expect("candidates");
    assert_eq!(cands.len(), 2);
}

#[tokio::test]
async fn unknown_team_coverage_is_404_with_suggestion() {
    let (status, v) = get_json("/api/teams/Englnd/coverage").await;
    assert_eq!(status, 404);
    assert_error(&v, "not_found");
    assert_eq!(v["suggestion"], "England");
}

#[tokio::test]
async fn status_reports_tables_and_links() {
    let (status, v) = get_json("/api/status").await;
    assert_eq!(status, 200);
    let tables = v["tables"].as_array().expect("tables");
    let matches = tables
        .iter()
        .find(|t| t["name"] == "matches")
        .expect("matches table");
    assert!(
        matches["rows"].as_u64().is_some_and(|n| n > 40_000),
        "{matches}"
    );
    assert!(v["links"].is_object(), "{}", v["links"]);
}

#[tokio::test]
async fn unknown_route_and_wrong_method_are_json_errors() {
    let (status, v) = get_json("/api/nothing-here").await;
    assert_eq!(status, 404);
    assert_error(&v, "route_not_found");
    let resp = client()
        .delete(url("/api/health"))
        .send()
        .await
        .expect("request");
    assert_eq!(resp.status().as_u16(), 405);
    let v: serde_json::Value = resp.json().await.expect("json");
    assert_error(&v, "method_not_allowed");
}

#[tokio::test]
async fn bodies_over_two_megabytes_are_413() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    // Raw HTTP: announce a body one byte over the limit and send none of it. The server must
    // answer 413 from the Content-Length alone (a client that kept writing the body would race
    // the server closing the connection).
    let mut tcp = tokio::net::TcpStream::connect(addr())
        .await
        .expect("connect");
    let head = format!(
        "POST /api/health HTTP/1.1\r\nHost: {}\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
        addr(),
        2 * 1024 * 1024 + 1
    );
    tcp.write_all(head.as_bytes()).await.expect("write head");
    let mut buf = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), async {
        let mut chunk = [0u8; 4096];
        loop {
            match tcp.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
            if String::from_utf8_lossy(&buf).contains("\"link\"") {
                break;
            }
        }
    })
    .await;
    assert!(read.is_ok(), "no answer within 10 s");
    let text = String::from_utf8_lossy(&buf);
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    assert!(text.contains("\"code\":\"payload_too_large\""), "{text}");
    // A form just under the limit is accepted by the check page.
    let ok = "y".repeat(2 * 1024 * 1024 - 100);
    let resp = client()
        .post(url("/check"))
        .form(&[("text", ok.as_str())])
        .send()
        .await
        .expect("request");
    assert_eq!(resp.status().as_u16(), 200);
}

#[tokio::test]
async fn concurrent_requests_all_succeed() {
    let mut tasks = Vec::new();
    for i in 0..64 {
        let path = if i % 2 == 0 {
            "/api/teams/England/coverage?to=2022-12-10"
        } else {
            "/api/teams/Brazil/coverage"
        };
        tasks.push(tokio::spawn(async move { get_json(path).await.0 }));
    }
    for t in tasks {
        assert_eq!(t.await.expect("task"), 200);
    }
}

#[tokio::test]
async fn graceful_shutdown_finishes_and_returns() {
    let state = state(ServerConfig {
        db_workers: 1,
        ..ServerConfig::default()
    });
    let bound = goalline_server::bind("127.0.0.1:0".parse().expect("addr"), state)
        .await
        .expect("bind");
    let addr = bound.local_addr().expect("addr");
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(bound.run(async {
        let _ = rx.await;
    }));
    let resp = reqwest::get(format!("http://{addr}/api/health"))
        .await
        .expect("request");
    assert_eq!(resp.status().as_u16(), 200);
    tx.send(()).expect("signal");
    let result = tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .expect("server stops within 10 s")
        .expect("join");
    assert!(result.is_ok(), "{result:?}");
    assert!(
        reqwest::get(format!("http://{addr}/api/health"))
            .await
            .is_err(),
        "still answering after shutdown"
    );
}

#[tokio::test]
async fn cached_coverage_equals_the_facts_engine() {
    use goalline_core::{Date, Gender};
    use goalline_facts::{coverage, TeamIndex};
    let store = goalline_store_sqlite::SqliteStore::open(real_db()).expect("open");
    let teams = TeamIndex::load(&store).expect("teams");
    let d = |s: &str| Date::parse_from_str(s, "%Y-%m-%d").expect("date");
    let spans = [
        (None, None),
        (None, Some("2022-12-10")),
        (Some("1950-01-01"), Some("1990-12-31")),
        (Some("2018-06-14"), None),
        (Some("1872-11-30"), Some("1872-11-30")),
    ];
    for name in ["England", "Brazil", "Germany", "Scotland", "Faroe Islands"] {
        for (from, to) in spans {
            let mut q = Vec::new();
            if let Some(f) = from {
                q.push(format!("from={f}"));
            }
            if let Some(t) = to {
                q.push(format!("to={t}"));
            }
            let path = format!(
                "/api/teams/{}/coverage?{}",
                name.replace(' ', "%20"),
                q.join("&")
            );
            let (status, api) = get_json(&path).await;
            assert_eq!(status, 200, "{path}: {api}");
            let to_d = to.map(d);
            let id = teams.require(name, to_d, Some(Gender::Men)).expect("team");
            let direct = coverage::team_coverage(&store, id, from.map(d), to_d).expect("coverage");
            assert_eq!(api["goals"], direct.goals, "{path}");
            assert_eq!(api["goals_with_scorer"], direct.goals_with_scorer, "{path}");
            assert_eq!(api["matches"], direct.matches, "{path}");
            assert_eq!(api["matches_complete"], direct.matches_complete, "{path}");
            assert_eq!(
                api["matches_unknown_score"], direct.matches_unknown_score,
                "{path}"
            );
            let comps: Vec<(String, u64, u64)> = api["by_competition"]
                .as_array()
                .expect("by_competition")
                .iter()
                .map(|c| {
                    (
                        c["competition"].as_str().unwrap_or_default().to_string(),
                        c["goals"].as_u64().unwrap_or_default(),
                        c["goals_with_scorer"].as_u64().unwrap_or_default(),
                    )
                })
                .collect();
            let expected: Vec<(String, u64, u64)> = direct
                .by_competition
                .iter()
                .map(|(c, g, k)| (c.clone(), u64::from(*g), u64::from(*k)))
                .collect();
            assert_eq!(comps, expected, "{path}");
            let sample: Vec<u64> = api["incomplete_sample"]
                .as_array()
                .expect("sample")
                .iter()
                .filter_map(|e| e["line"].as_u64())
                .collect();
            let expected: Vec<u64> = direct
                .incomplete_sample
                .iter()
                .map(|e| u64::from(e.line))
                .collect();
            assert_eq!(sample, expected, "{path}");
        }
    }
}
