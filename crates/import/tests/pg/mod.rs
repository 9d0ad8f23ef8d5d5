//! The PostgreSQL server the conformance tests run on: `GOALLINE_TEST_PG` (a URL), else a
//! throw-away cluster started with `scripts/pg-cluster.sh` when `pg_ctl` exists, else none
//! (the PostgreSQL half of the suite is skipped, and says so).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

/// A PostgreSQL server for one test binary; stops the cluster it started when dropped.
pub struct Server {
    /// The URL of its `postgres` database.
    pub url: String,
    cluster: Option<PathBuf>,
    /// Databases made by [`Server::fresh_db`], dropped with the server.
    created: std::sync::Mutex<Vec<String>>,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn pg_ctl_exists() -> bool {
    let on_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).any(|d| d.join("pg_ctl").is_file()))
        .unwrap_or(false);
    on_path
        || std::fs::read_dir("/usr/lib/postgresql")
            .map(|rd| rd.flatten().any(|e| e.path().join("bin/pg_ctl").is_file()))
            .unwrap_or(false)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Server {
    /// The server, or `None` (with a note on stderr) when there is none to use.
    pub fn get() -> Option<Server> {
        if let Ok(url) = std::env::var("GOALLINE_TEST_PG") {
            if !url.is_empty() {
                return Some(Server {
                    url,
                    cluster: None,
                    created: Default::default(),
                });
            }
        }
        if !pg_ctl_exists() {
            eprintln!("SKIPPED: GOALLINE_TEST_PG is unset and no pg_ctl exists");
            return None;
        }
        // Under /tmp itself: as root the cluster runs as `postgres`, who must reach the dir.
        let dir = std::env::temp_dir().join(format!("goalline-pg-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let out = Command::new("bash")
            .arg(repo().join("scripts/pg-cluster.sh"))
            .arg("start")
            .arg(&dir)
            .arg(free_port().to_string())
            .output()
            .expect("run scripts/pg-cluster.sh");
        assert!(
            out.status.success(),
            "pg-cluster.sh start failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let url = String::from_utf8_lossy(&out.stdout).trim().to_string();
        Some(Server {
            url,
            cluster: Some(dir),
            created: Default::default(),
        })
    }

    /// A fresh, empty database on the server (its URL).
    pub fn fresh_db(&self, tag: &str) -> String {
        static N: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "goalline_t_{tag}_{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        );
        let mut c = postgres::Client::connect(&self.url, postgres::NoTls).expect("connect");
        c.batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
            .expect("drop database");
        c.batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create database");
        self.created
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(name.clone());
        with_db(&self.url, &name)
    }
}

/// `url` with its database name replaced by `db`.
fn with_db(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |i| scheme_end + i);
    format!("{}/{db}{query}", &base[..host_end])
}

impl Drop for Server {
    fn drop(&mut self) {
        // The test databases go (on a shared server too); connections still open are ended.
        let names = std::mem::take(&mut *self.created.lock().unwrap_or_else(|p| p.into_inner()));
        if let Ok(mut c) = postgres::Client::connect(&self.url, postgres::NoTls) {
            for name in names {
                let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
        if let Some(dir) = &self.cluster {
            let _ = Command::new("bash")
                .arg(repo().join("scripts/pg-cluster.sh"))
                .arg("stop")
                .arg(dir)
                .status();
            let _ = std::fs::remove_dir_all(dir);
            let _ = std::fs::remove_file(Path::new(&format!("{}.initdb.log", dir.display())));
        }
    }
}

#[test]
fn a_url_gets_another_database() {
    assert_eq!(
        with_db("postgres://u@h:5/postgres", "x"),
        "postgres://u@h:5/x"
    );
    assert_eq!(
        with_db("postgres://u@h:5/postgres?sslmode=disable", "x"),
        "postgres://u@h:5/x?sslmode=disable"
    );
    assert_eq!(with_db("postgres://u@h", "x"), "postgres://u@h/x");
}
