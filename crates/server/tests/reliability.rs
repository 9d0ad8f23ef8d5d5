//! Reliability of the server (issue 15): bounded article checks that never starve the rest of
//! the API, hyper's connection limits, a database swapped or truncated under the server, and
//! a response cache bounded in bytes. Real database (imported once from ../shared/data), real
//! sockets on 127.0.0.1; the SIGTERM test, which needs the real binary, is in the CLI's
//! `reliability` target.

#[allow(dead_code)]
#[path = "it/common.rs"]
mod common;

use axum::body::Body;
use axum::http::Request;
use goalline_server::{AppState, ServerConfig};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tower::ServiceExt;

/// Starts a server over `state` on its own runtime thread; returns its address.
fn start(state: AppState) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let bound = goalline_server::bind("127.0.0.1:0".parse().expect("addr"), state)
                .await
                .expect("bind");
            tx.send(bound.local_addr().expect("addr")).expect("send");
            bound.run(std::future::pending()).await.expect("run");
        });
    });
    rx.recv().expect("server address")
}

/// Dense football prose of at least `bytes` bytes: the dev2 articles one after another.
fn dense_text(bytes: usize) -> String {
    let dir = common::data_dir().join("../articles/dev2");
    let mut base = String::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("dev2 articles")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    for f in files {
        let t = std::fs::read_to_string(f).expect("article");
        for l in t
            .lines()
            .filter(|l| !l.starts_with("SOURCE:") && !l.starts_with("DATE:"))
        {
            base.push_str(l);
            base.push('\n');
        }
        base.push('\n');
    }
    assert!(base.len() > 10_000, "the dev2 articles are there");
    let mut s = String::new();
    while s.len() < bytes {
        s.push_str(&base);
    }
    s
}

/// One blocking HTTP/1.1 request on a fresh connection: (status, body, elapsed).
fn http(addr: SocketAddr, method: &str, path: &str, body: &str) -> (u16, String, Duration) {
    let t = Instant::now();
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    s.write_all(req.as_bytes()).expect("write head");
    s.write_all(body.as_bytes()).expect("write body");
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|x| x.1.to_string())
        .unwrap_or_default();
    (status, body, t.elapsed())
}

/// Seconds until the peer closes `s` (reads and discards whatever it sends), at most `max`.
fn closed_within(s: &mut TcpStream, max: Duration) -> Option<Duration> {
    let t = Instant::now();
    s.set_read_timeout(Some(Duration::from_millis(100))).ok()?;
    let mut buf = [0u8; 4096];
    while t.elapsed() < max {
        match s.read(&mut buf) {
            Ok(0) => return Some(t.elapsed()),
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return Some(t.elapsed()),
        }
    }
    None
}

#[test]
fn slow_header_and_idle_connections_are_closed_by_the_header_timeout() {
    let addr = start(common::state(ServerConfig {
        header_read_timeout: Duration::from_secs(1),
        ..ServerConfig::default()
    }));
    // A client sending one header byte every 150 ms: it never finishes in time.
    let mut slow = TcpStream::connect(addr).expect("connect");
    let t = Instant::now();
    let head = b"GET /api/health HTTP/1.1\r\nHost: t\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n";
    let mut closed = None;
    for b in head {
        if slow.write_all(&[*b]).is_err() {
            closed = Some(t.elapsed());
            break;
        }
        if let Some(d) = closed_within(&mut slow, Duration::from_millis(150)) {
            closed = Some(t.elapsed().min(d + t.elapsed()));
            break;
        }
    }
    let closed = closed.expect("the slow client was disconnected");
    assert!(
        closed >= Duration::from_millis(900) && closed <= Duration::from_millis(2500),
        "disconnected after {closed:?} (header timeout 1 s)"
    );

    // A keep-alive connection that answered one request and then stays idle is closed too.
    let mut idle = TcpStream::connect(addr).expect("connect");
    idle.write_all(b"GET /api/health HTTP/1.1\r\nHost: t\r\n\r\n")
        .expect("write");
    let mut buf = [0u8; 1024];
    idle.set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let n = idle.read(&mut buf).expect("response");
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    let after = closed_within(&mut idle, Duration::from_secs(4)).expect("idle connection closed");
    assert!(
        after <= Duration::from_millis(2500),
        "idle closed after {after:?}"
    );

    // The server still answers.
    let (status, _, _) = http(addr, "GET", "/api/health", "");
    assert_eq!(status, 200);
}

#[test]
fn a_check_past_its_deadline_is_a_json_504_and_frees_its_worker_at_once() {
    let addr = start(common::state(ServerConfig {
        check_workers: 1,
        check_timeout: Duration::from_millis(800),
        request_timeout: Duration::from_secs(30),
        ..ServerConfig::default()
    }));
    let big = dense_text(1_500_000);
    let (status, body, took) = http(addr, "POST", "/api/check", &big);
    assert_eq!(status, 504, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).expect("json error");
    common::assert_error(&v, "request_timeout");
    assert!(took < Duration::from_secs(5), "answered after {took:?}");
    // The one check worker is free again: a small check is answered at once, not 503.
    let (status, body, took) = http(
        addr,
        "POST",
        "/api/check",
        "France beat England 2-1 in the 2022 World Cup quarter-final.",
    );
    assert_eq!(status, 200, "{body}");
    assert!(took < Duration::from_secs(5), "{took:?}");
}

#[test]
fn health_and_fact_queries_stay_fast_while_four_large_checks_run() {
    let addr = start(common::state(ServerConfig {
        check_workers: 2,
        check_timeout: Duration::from_secs(4),
        ..ServerConfig::default()
    }));
    let big = std::sync::Arc::new(dense_text(1_500_000));
    let checks: Vec<_> = (0..4)
        .map(|_| {
            let big = std::sync::Arc::clone(&big);
            std::thread::spawn(move || http(addr, "POST", "/api/check", &big))
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let mut worst = Duration::ZERO;
    let t = Instant::now();
    while t.elapsed() < Duration::from_secs(3) {
        let (status, _, took) = http(addr, "GET", "/api/health", "");
        assert_eq!(status, 200);
        worst = worst.max(took);
        std::thread::sleep(Duration::from_millis(100));
    }
    // A database-backed endpoint is not starved by the checks either.
    let (status, body, took) = http(addr, "GET", "/api/teams?q=England", "");
    assert_eq!(status, 200, "{body}");
    eprintln!("health worst {worst:?}; team query {took:?} while four checks run");
    assert!(worst <= Duration::from_millis(200), "health took {worst:?}");
    assert!(took <= Duration::from_secs(2), "team query took {took:?}");
    let codes: Vec<u16> = checks
        .into_iter()
        .map(|h| h.join().expect("check thread").0)
        .collect();
    // Two run (finished or stopped at the deadline), the others are turned away at once.
    assert!(
        codes.iter().all(|c| [200, 503, 504].contains(c)),
        "{codes:?}"
    );
    assert!(
        codes.iter().filter(|c| **c == 503).count() >= 2,
        "{codes:?}"
    );
}

/// A copy of the real database in a fresh directory.
fn copy_db(dir: &Path) -> PathBuf {
    let p = dir.join("served.db");
    std::fs::copy(common::real_db(), &p).expect("copy db");
    p
}

fn served_import_id(addr: SocketAddr) -> Option<String> {
    let (status, body, _) = http(addr, "GET", "/api/status", "");
    if status != 200 {
        return None;
    }
    let v: serde_json::Value = serde_json::from_str(&body).ok()?;
    v["data"]["import_id"].as_str().map(str::to_string)
}

fn config_fast_reload() -> ServerConfig {
    ServerConfig {
        reload_interval: Duration::from_millis(200),
        ..ServerConfig::default()
    }
}

#[test]
fn a_reimport_while_serving_is_visible_without_a_restart() {
    let dir = tempfile::tempdir().expect("tmp");
    let served = copy_db(dir.path());
    let state = AppState::open(&served, config_fast_reload()).expect("open");
    let addr = start(state);
    let before = served_import_id(addr).expect("status shows the import id");
    assert!(!before.is_empty());
    let (_, body, _) = http(addr, "GET", "/api/status", "");
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert!(
        v["data"]["sources"]
            .as_array()
            .is_some_and(|s| s.len() > 3 && s[0]["sha256"].as_str().is_some_and(|h| h.len() == 64)),
        "{}",
        v["data"]
    );
    assert!(v["data"]["opened_at"]
        .as_str()
        .is_some_and(|t| t.ends_with('Z')));

    // A new import: written beside the served file, then renamed over it (what `goalline
    // import` does). Its team name and import id differ.
    let next = dir.path().join("next.db");
    std::fs::copy(&served, &next).expect("copy");
    {
        let c = rusqlite::Connection::open(&next).expect("open copy");
        c.execute(
            "UPDATE meta SET value = 'reimport-2' WHERE key = 'manifest'",
            [],
        )
        .expect("manifest");
        c.execute(
            "UPDATE team SET name = 'Eengland' WHERE name = 'England'",
            [],
        )
        .expect("rename team");
    }
    let (status, _, _) = http(addr, "GET", "/api/teams?q=Eengland", "");
    let (_, eng, _) = http(addr, "GET", "/api/teams/England/scorers", "");
    std::fs::rename(&next, &served).expect("swap");
    let t = Instant::now();
    while served_import_id(addr).as_deref() != Some("reimport-2") {
        assert!(
            t.elapsed() < Duration::from_secs(20),
            "the swap was never picked up"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let (_, body, _) = http(addr, "GET", "/api/status", "");
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["data"]["reloads"], 1);
    // The new data answer (the cache of the old generation is gone too).
    let (status2, body2, _) = http(addr, "GET", "/api/teams?q=Eengland", "");
    assert_eq!(status2, 200, "{body2}");
    assert!(body2.contains("\"Eengland\""), "{body2}");
    let (_, eng2, _) = http(addr, "GET", "/api/teams/England/scorers", "");
    assert_ne!(
        eng, eng2,
        "the cached answer of the old database was dropped"
    );
    let _ = status;
}

#[test]
fn truncating_the_served_file_does_not_kill_the_server() {
    let dir = tempfile::tempdir().expect("tmp");
    let served = copy_db(dir.path());
    let good = std::fs::read(&served).expect("read");
    let state = AppState::open(&served, config_fast_reload()).expect("open");
    let addr = start(state);
    assert_eq!(http(addr, "GET", "/api/matches?team=Brazil", "").0, 200);
    // `cp new.db served.db` and `truncate`: the file is rewritten in place, under open
    // connections. With a mapping of the file this was SIGBUS (the test process would die).
    std::fs::OpenOptions::new()
        .write(true)
        .open(&served)
        .and_then(|f| f.set_len(good.len() as u64 / 3))
        .expect("truncate");
    let mut codes = Vec::new();
    for q in [
        "Argentina",
        "France",
        "Germany",
        "Italy",
        "Spain",
        "Uruguay",
    ] {
        codes.push(http(addr, "GET", &format!("/api/matches?team={q}"), "").0);
        codes.push(http(addr, "GET", &format!("/api/teams/{q}/scorers"), "").0);
    }
    assert!(
        codes.iter().all(|c| *c != 0),
        "every request was answered: {codes:?}"
    );
    assert_eq!(http(addr, "GET", "/api/health", "").0, 200);
    // The file copied back whole (in place again): the server reopens it and answers.
    std::fs::write(&served, &good).expect("restore");
    let t = Instant::now();
    loop {
        let (status, _, _) = http(addr, "GET", "/api/matches?team=Uruguay&limit=3", "");
        if status == 200 {
            break;
        }
        assert!(
            t.elapsed() < Duration::from_secs(20),
            "never recovered: {status}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[tokio::test]
async fn ten_thousand_junk_query_strings_leave_the_cache_under_its_byte_cap() {
    let cap = 256 * 1024;
    let state = common::state(ServerConfig {
        cache_bytes: cap,
        ..ServerConfig::default()
    });
    let app = goalline_server::router(state.clone());
    for i in 0..10_000 {
        let path = match i % 3 {
            0 => format!("/api/teams/England/scorers?nocache={i}"),
            1 => format!(
                "/api/teams/Brazil/tournaments?x{i}=y&junk={}",
                "z".repeat(i % 200)
            ),
            _ => format!("/api/players?q=Kane&utm_source={i}"),
        };
        let req = Request::builder()
            .uri(&path)
            .body(Body::empty())
            .expect("request");
        let resp = app.clone().oneshot(req).await.expect("response");
        assert!(
            resp.status().is_success() || resp.status().is_client_error(),
            "{path}: {}",
            resp.status()
        );
        assert!(
            state.cache().bytes() <= cap,
            "{} bytes after {path}",
            state.cache().bytes()
        );
    }
    // Unknown parameters are not part of the key: three answers, not 10,000.
    assert!(state.cache().len() <= 3, "{} entries", state.cache().len());
    // Parameters a route reads still make distinct entries.
    for y in 1990..2000 {
        let req = Request::builder()
            .uri(format!("/api/teams/England/scorers?as_of={y}-01-01"))
            .body(Body::empty())
            .expect("request");
        let _ = app.clone().oneshot(req).await.expect("response");
    }
    assert!(state.cache().len() > 3, "{} entries", state.cache().len());
    assert!(state.cache().bytes() <= cap);
}

#[test]
fn a_utf16_article_is_decoded_by_the_api() {
    let addr = start(common::state(ServerConfig::default()));
    let text = "France beat England 2-1 in the World Cup quarter-final on 10 December 2022. Harry Kane scored a penalty.";
    let (s8, b8, _) = http(addr, "POST", "/api/check", text);
    assert_eq!(s8, 200, "{b8}");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    // Raw bytes: the helper takes text, so write the request by hand.
    let mut s = TcpStream::connect(addr).expect("connect");
    let head = format!(
        "POST /api/check HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
        bytes.len()
    );
    s.write_all(head.as_bytes()).expect("head");
    s.write_all(&bytes).expect("body");
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    let body16 = out.split_once("\r\n\r\n").map(|x| x.1).unwrap_or_default();
    let v8: serde_json::Value = serde_json::from_str(&b8).expect("json");
    let v16: serde_json::Value = serde_json::from_str(body16).expect("json");
    assert!(v8["summary"]["claims"].as_u64().unwrap_or(0) >= 2, "{v8}");
    assert_eq!(v8["summary"], v16["summary"]);
}
