//! Shared fixtures: the real database (imported once per test binary), a live server on a free
//! port of 127.0.0.1 (started once, on its own runtime thread), and HTTP helpers.

use goalline_server::{AppState, ServerConfig};
use goalline_store_sqlite::SqliteStore;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// The shared data directory (GOALLINE_DATA or ../shared/data beside the repository).
pub fn data_dir() -> PathBuf {
    std::env::var_os("GOALLINE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

/// A database imported from the real data with goalline_import, built once.
pub fn real_db() -> &'static Path {
    static DB: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &DB.get_or_init(|| {
        let dir = tempfile::Builder::new()
            .prefix("goalline-server-it")
            .tempdir()
            .expect("temp dir");
        let db = dir.path().join("real.db");
        goalline_import::import_data_dir(&data_dir(), &db).expect("import the real data");
        (dir, db)
    })
    .1
}

/// A state over the real database.
pub fn state(config: ServerConfig) -> AppState {
    let store = SqliteStore::open_pool(real_db(), config.db_workers).expect("open the database");
    AppState::new(Arc::new(store), config).expect("state")
}

/// The operator token of the shared live server.
pub const TOKEN: &str = "test-operator-token-7f3a";

/// The shared live server (default limits, the operator token [`TOKEN`], saved checks in the
/// sidecar beside the real database), started once on 127.0.0.1:0.
pub fn addr() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        let state = state(ServerConfig {
            api_token: Some(TOKEN.into()),
            ..ServerConfig::default()
        });
        let checks =
            goalline_store_sqlite::SqliteCheckStore::open_beside(real_db()).expect("sidecar");
        assert!(state.set_check_store(Arc::new(checks)));
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
                tx.send(bound.local_addr().expect("local addr"))
                    .expect("send addr");
                bound.run(std::future::pending()).await.expect("server run");
            });
        });
        rx.recv().expect("server address")
    })
}

/// `http://127.0.0.1:PORT` + `path`.
pub fn url(path: &str) -> String {
    format!("http://{}{}", addr(), path)
}

/// An HTTP client that does not follow redirects (tests look at them).
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// GET `path`, returning status and JSON body.
pub async fn get_json(path: &str) -> (u16, serde_json::Value) {
    let resp = client().get(url(path)).send().await.expect("request");
    let status = resp.status().as_u16();
    let ctype = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(
        ctype.starts_with("application/json"),
        "{path}: content-type {ctype}"
    );
    (status, resp.json().await.expect("json body"))
}

/// GET `path`, returning status and text body.
pub async fn get_text(path: &str) -> (u16, String) {
    let resp = client().get(url(path)).send().await.expect("request");
    (resp.status().as_u16(), resp.text().await.expect("body"))
}

/// Asserts the API error shape `{message, code, type, link}`.
pub fn assert_error(v: &serde_json::Value, code: &str) {
    assert_eq!(v["code"], code, "{v}");
    assert!(v["message"].as_str().is_some_and(|m| !m.is_empty()), "{v}");
    assert!(v["type"].is_string(), "{v}");
    assert_eq!(v["link"], format!("/errors#{code}"), "{v}");
}

/// The showcase article, read from the shared articles directory at test time (never copied
/// into the repository).
pub fn showcase_article() -> String {
    let path = data_dir().join("../articles/kane-penalty-miss-2022.txt");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read the showcase article {}: {e}", path.display()))
}

/// The id of England v France, 2022-12-10 (World Cup quarter-final), found through the API.
pub async fn england_france_2022() -> i64 {
    let (status, v) = get_json("/api/matches?team=England&opponent=France&date=2022-12-10").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["count"], 1, "{v}");
    v["matches"][0]["id"].as_i64().expect("match id")
}

/// POST `body` with a content type, returning status and text.
pub async fn post(path: &str, ctype: &str, body: impl Into<reqwest::Body>) -> (u16, String) {
    let resp = client()
        .post(url(path))
        .header("content-type", ctype)
        .body(body)
        .send()
        .await
        .expect("request");
    (resp.status().as_u16(), resp.text().await.expect("body"))
}

/// Sends only the head of a POST announcing a body of `len` bytes and returns the raw answer
/// (a server that rejects the body from its Content-Length answers before any body byte; a
/// client that kept writing the body would race the server closing the connection).
pub async fn post_head_only(path: &str, ctype: &str, len: usize) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut tcp = tokio::net::TcpStream::connect(addr())
        .await
        .expect("connect");
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: {ctype}\r\nContent-Length: {len}\r\n\r\n",
        addr()
    );
    tcp.write_all(head.as_bytes()).await.expect("write head");
    let mut buf = Vec::new();
    let read = tokio::time::timeout(std::time::Duration::from_secs(10), async {
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
    String::from_utf8_lossy(&buf).into_owned()
}
