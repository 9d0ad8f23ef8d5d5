//! Reliability of the `goalline` binary (issue 15): `check` refuses what it cannot read safely
//! (too large, not a regular file), reads UTF-16 articles, and fails (exit 2) when its report
//! cannot be written; `serve` stops within its shutdown grace even with a client stuck in the
//! middle of its headers (SIGTERM to the real binary).

#[allow(dead_code)]
#[path = "it/common.rs"]
mod common;

use common::{goalline, real_db, stderr, stdout};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ARTICLE: &str =
    "France beat England 2-1 in the World Cup quarter-final at the Al Bayt Stadium \
on 10 December 2022. Harry Kane scored a penalty in the 54th minute, his 53rd goal for England, \
and Olivier Giroud headed the winner.\n";

fn db() -> &'static str {
    real_db().to_str().expect("utf8 path")
}

#[test]
fn check_refuses_an_article_over_the_limit_before_reading_it() {
    let dir = tempfile::tempdir().expect("tmp");
    let f = dir.path().join("big.txt");
    std::fs::write(&f, ARTICLE.repeat(20)).expect("write");
    let o = goalline(&[
        "--db",
        db(),
        "check",
        f.to_str().expect("utf8"),
        "--max-size",
        "1000",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("big.txt") && e.contains("--max-size"), "{e}");
    assert!(stdout(&o).is_empty());
    // Under the limit it is checked.
    let o = goalline(&[
        "--db",
        db(),
        "check",
        f.to_str().expect("utf8"),
        "--max-size",
        "100000",
        "--json",
    ]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    // Standard input is capped the same way (it cannot be measured before reading).
    let mut child = Command::new(env!("CARGO_BIN_EXE_goalline"))
        .args(["--db", db(), "check", "-", "--max-size", "1000"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    if let Some(mut i) = child.stdin.take() {
        let _ = i.write_all(ARTICLE.repeat(20).as_bytes());
    }
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("standard input"), "{}", stderr(&o));
}

#[test]
fn check_refuses_files_that_are_not_regular_files() {
    let t = Instant::now();
    let o = goalline(&["--db", db(), "check", "/dev/zero"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("not a regular file"), "{}", stderr(&o));
    let dir = tempfile::tempdir().expect("tmp");
    let fifo = dir.path().join("article.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let o = goalline(&["--db", db(), "check", fifo.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("not a regular file"), "{}", stderr(&o));
    let o = goalline(&["--db", db(), "check", dir.path().to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("directory"), "{}", stderr(&o));
    // Refused at once: nothing waited on the FIFO or read /dev/zero.
    assert!(t.elapsed() < Duration::from_secs(30), "{:?}", t.elapsed());
}

#[test]
fn a_utf16_article_is_read_like_its_utf8_text() {
    let dir = tempfile::tempdir().expect("tmp");
    let f8 = dir.path().join("a8.txt");
    let f16 = dir.path().join("a16.txt");
    std::fs::write(&f8, ARTICLE).expect("write");
    let mut b = vec![0xFF, 0xFE];
    b.extend(ARTICLE.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(&f16, b).expect("write");
    let run = |f: &std::path::Path| {
        let o = goalline(&[
            "--db",
            db(),
            "--json",
            "check",
            f.to_str().expect("utf8"),
            "--date",
            "2022-12-11",
        ]);
        assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json report");
        v
    };
    let (a, b) = (run(&f8), run(&f16));
    assert!(
        a["summary"]["claims"].as_u64().unwrap_or(0) >= 3,
        "{}",
        a["summary"]
    );
    assert_eq!(a["summary"], b["summary"]);
    assert_eq!(a["claims"], b["claims"]);
}

#[test]
fn check_exits_2_when_its_report_cannot_be_written() {
    let dir = tempfile::tempdir().expect("tmp");
    let f = dir.path().join("a.txt");
    std::fs::write(&f, ARTICLE).expect("write");
    let bin = env!("CARGO_BIN_EXE_goalline");
    // Standard output closed.
    let o = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "exec '{bin}' --db '{}' check '{}' >&-",
            db(),
            f.display()
        ))
        .output()
        .expect("sh");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("standard output is closed"),
        "{}",
        stderr(&o)
    );
    // Standard output a pipe nobody reads.
    let mut child = Command::new(bin)
        .args(["--db", db(), "check", f.to_str().expect("utf8")])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("cannot write the report"),
        "{}",
        stderr(&o)
    );
    // `> /dev/null` is a choice, not a failure.
    let o = Command::new(bin)
        .args(["--db", db(), "check", f.to_str().expect("utf8")])
        .stdout(Stdio::null())
        .output()
        .expect("run");
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
}

#[test]
fn sigterm_with_a_partial_header_connection_exits_within_the_shutdown_grace() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_goalline"))
        .args([
            "--db",
            db(),
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--shutdown-grace",
            "2",
            "--header-timeout",
            "60",
        ])
        .env_remove("GOALLINE_DB")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn serve");
    let mut err = BufReader::new(child.stderr.take().expect("stderr"));
    let mut addr = None;
    let mut line = String::new();
    while err.read_line(&mut line).unwrap_or(0) > 0 {
        if let Some(rest) = line.split("serving http://").nth(1) {
            addr = rest.split_whitespace().next().map(str::to_string);
            break;
        }
        line.clear();
    }
    let addr = addr.expect("the server printed its address");
    // Keep draining stderr so the server never blocks on a full pipe.
    std::thread::spawn(move || {
        let mut sink = String::new();
        while err.read_line(&mut sink).unwrap_or(0) > 0 {
            sink.clear();
        }
    });
    let mut stuck = TcpStream::connect(&addr).expect("connect");
    stuck
        .write_all(b"GET /api/health HTTP/1.1\r\nHost: x\r\nX-Par")
        .expect("partial head");
    std::thread::sleep(Duration::from_millis(300));
    let t = Instant::now();
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if t.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("serve still running 10 s after SIGTERM (grace 2 s)");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let took = t.elapsed();
    assert_eq!(status.code(), Some(0), "{status:?}");
    assert!(
        took <= Duration::from_millis(4000),
        "exited {took:?} after SIGTERM (grace 2 s)"
    );
    drop(stuck);
}
