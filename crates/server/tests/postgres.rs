//! Two servers over one PostgreSQL database while it is re-imported (issue 14): no request
//! fails, every answer is the old data or the new (never a half-built dataset, never one
//! import's rows under another's import id), both servers
//! notice the new import and rebuild their caches, and a check saved before the re-import is
//! still served after it, by either server.
//!
//! PostgreSQL comes from `GOALLINE_TEST_PG` or a throw-away cluster (`scripts/pg-cluster.sh`);
//! the test is skipped only when neither exists.

#[allow(dead_code)]
#[path = "../../import/tests/pg/mod.rs"]
mod pg;

use goalline_server::{AppState, ServerConfig};
use goalline_store_postgres::PgTarget;
use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn data_dir() -> PathBuf {
    std::env::var_os("GOALLINE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

/// A copy of the data directory with fewer scorer and shoot-out rows.
fn smaller_data(dir: &Path) -> PathBuf {
    let out = dir.join("data-b");
    let st = std::process::Command::new("cp")
        .arg("-r")
        .arg(data_dir())
        .arg(&out)
        .status()
        .expect("cp");
    assert!(st.success());
    for (file, drop) in [("goalscorers.csv", 500), ("shootouts.csv", 10)] {
        let p = out.join("international").join(file);
        let text = std::fs::read_to_string(&p).expect("read csv");
        let lines: Vec<&str> = text.lines().collect();
        std::fs::write(&p, lines[..lines.len() - drop].join("\n") + "\n").expect("write csv");
    }
    out
}

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

/// One HTTP/1.1 request (`Connection: close`): the status code and the body.
fn http(addr: SocketAddr, method: &str, path: &str, body: &str) -> Result<(u16, String), String> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(30)))
        .map_err(|e| e.to_string())?;
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .map_err(|e| e.to_string())?;
    let mut out = String::new();
    s.read_to_string(&mut out).map_err(|e| e.to_string())?;
    let code = out
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| format!("no status line in {out:?}"))?;
    let body = out.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
    Ok((code, body.to_string()))
}

/// (scorer rows, shoot-out rows, import id) from `/api/status`.
fn status(addr: SocketAddr) -> Result<(u64, u64, String), String> {
    let (code, body) = http(addr, "GET", "/api/status", "")?;
    if code != 200 {
        return Err(format!("status {code}: {body}"));
    }
    let v: serde_json::Value = serde_json::from_str(&body).map_err(|e| e.to_string())?;
    let rows = |t: &str| {
        v["tables"]
            .as_array()
            .and_then(|a| a.iter().find(|x| x["name"] == t))
            .and_then(|x| x["rows"].as_u64())
            .unwrap_or(0)
    };
    Ok((
        rows("scorer"),
        rows("shootout"),
        v["data"]["import_id"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
    ))
}

#[test]
fn two_servers_keep_answering_through_a_reimport() {
    let Some(server) = pg::Server::get() else {
        return;
    };
    let url = server.fresh_db("srv");
    let target = PgTarget { url: url.clone() };
    goalline_import::import_into(&data_dir(), &target).expect("import");
    let config = || ServerConfig {
        reload_interval: Duration::from_millis(200),
        ..ServerConfig::default()
    };
    let addrs = [
        start(AppState::open_postgres(&url, config()).expect("server 1")),
        start(AppState::open_postgres(&url, config()).expect("server 2")),
    ];
    let before: Vec<_> = addrs.iter().map(|a| status(*a).expect("status")).collect();
    assert_eq!(before[0], before[1]);
    let old = before[0].clone();
    // A check saved through server 1 before the re-import.
    let (code, body) = http(
        addrs[0],
        "POST",
        "/api/checks",
        "Harry Kane scored 3 goals at the 2022 World Cup.",
    )
    .expect("save");
    assert!(code == 200 || code == 201, "save: {code} {body}");
    let saved: serde_json::Value = serde_json::from_str(&body).expect("json");
    let id = saved["id"].as_str().expect("saved id").to_string();

    let dir = std::env::temp_dir().join(format!("goalline-srv-pg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let other = smaller_data(&dir);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let poller = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut seen = Vec::new();
            let mut errors = Vec::new();
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                for a in addrs {
                    match status(a) {
                        Ok(s) => seen.push(s),
                        Err(e) => errors.push(e),
                    }
                }
            }
            (seen, errors)
        })
    };
    std::thread::sleep(Duration::from_millis(300));
    let outcome = goalline_import::import_into(&other, &target).expect("re-import");
    assert_eq!(outcome, goalline_store::Outcome::Replaced);
    // Both servers pick the new import up.
    let t = Instant::now();
    let new = loop {
        let now: Vec<_> = addrs.iter().map(|a| status(*a).expect("status")).collect();
        if now.iter().all(|s| s.2 != old.2) {
            assert_eq!(now[0], now[1]);
            break now[0].clone();
        }
        assert!(
            t.elapsed() < Duration::from_secs(30),
            "the servers did not reload: {now:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (seen, errors) = poller.join().expect("poller");
    assert!(
        errors.is_empty(),
        "requests failed during the re-import: {errors:?}"
    );
    assert!(seen.len() > 10, "only {} answers", seen.len());
    assert!(new.0 < old.0 && new.1 < old.1, "old {old:?}, new {new:?}");
    // Every answer is one whole import, and the data it reports matches the import id the
    // server's caches were built for (no generation answers from another one's tables).
    let answers: BTreeSet<&(u64, u64, String)> = seen.iter().collect();
    for a in &answers {
        assert!(
            **a == old || **a == new,
            "a server answered {a:?}: neither the old {old:?} nor the new {new:?} import"
        );
    }
    // The saved check survives the re-import, on both servers.
    for a in addrs {
        let (code, body) = http(a, "GET", &format!("/api/checks/{id}"), "").expect("get saved");
        assert_eq!(code, 200, "{body}");
    }
    let _ = std::fs::remove_dir_all(&dir);
    drop(server);
}
