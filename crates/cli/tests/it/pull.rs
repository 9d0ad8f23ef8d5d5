//! `goalline data pull` against a local HTTP server on 127.0.0.1 that serves the shared data
//! files under their upstream paths (pinned commit in the URL).

use crate::common::*;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::PathBuf;

/// Serves `routes` (URL path → bytes) until the test process ends; returns the base URL.
pub(crate) fn serve(routes: Vec<(String, Vec<u8>)>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            let mut line = String::new();
            while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
                line.clear();
            }
            let path = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .to_string();
            match routes.iter().find(|(p, _)| *p == path) {
                Some((_, body)) => {
                    let _ = write!(
                        stream,
                        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        body.len()
                    );
                    let _ = stream.write_all(body);
                }
                None => {
                    let _ = write!(
                        stream,
                        "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    );
                }
            }
        }
    });
    format!("http://{addr}")
}

/// Routes for every manifest entry, served from the shared data directory.
fn routes(corrupt: Option<&str>) -> Vec<(String, Vec<u8>)> {
    goalline_manifest()
        .into_iter()
        .map(|(path, upstream)| {
            let mut bytes = std::fs::read(data_dir().join(&path)).expect("shared file");
            if corrupt == Some(path.as_str()) {
                bytes.extend_from_slice(b"1999-01-01,X,Y,1,0,Friendly,Z,X,FALSE\n");
            }
            (format!("/{upstream}"), bytes)
        })
        .collect()
}

fn goalline_manifest() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../pull/reference/pull-manifest.csv"),
    )
    .expect("manifest");
    text.lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[1].to_string(), f[2].to_string())
        })
        .collect()
}

#[test]
fn pull_downloads_pinned_files_and_they_import() {
    let base = serve(routes(None));
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("data");
    let o = goalline(&[
        "data",
        "pull",
        "--to",
        dir.to_str().expect("utf8"),
        "--mirror",
        &base,
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["downloaded"], 19);
    for (path, _) in goalline_manifest() {
        assert_eq!(
            file_sha(&dir.join(&path)),
            file_sha(&data_dir().join(&path)),
            "{path}"
        );
    }
    // A second pull finds every pinned file already in place.
    let o = goalline(&[
        "data",
        "pull",
        "--to",
        dir.to_str().expect("utf8"),
        "--mirror",
        &base,
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(
        v["unchanged"], 18,
        "all but the unpinned player_appearances.csv"
    );
    // And the pulled directory imports.
    let db = tmp.path().join("g.db");
    let o = goalline(&[
        "--db",
        db.to_str().expect("utf8"),
        "--data",
        dir.to_str().expect("utf8"),
        "import",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn pull_with_a_corrupted_file_fails_and_writes_nothing() {
    let base = serve(routes(Some("international/results.csv")));
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("data");
    let o = goalline(&[
        "data",
        "pull",
        "--to",
        dir.to_str().expect("utf8"),
        "--mirror",
        &base,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("checksum mismatch for international/results.csv"),
        "{}",
        stderr(&o)
    );
    assert!(
        !dir.join("international/former_names.csv").exists(),
        "nothing written after a failed pull"
    );
}

#[test]
fn pull_from_a_server_without_the_files_is_a_clear_error() {
    let base = serve(Vec::new());
    let tmp = tempfile::tempdir().expect("tempdir");
    let o = goalline(&[
        "data",
        "pull",
        "--to",
        tmp.path().to_str().expect("utf8"),
        "--mirror",
        &base,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("download of http://127.0.0.1"),
        "{}",
        stderr(&o)
    );
}
