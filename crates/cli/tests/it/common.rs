//! Shared helpers: the goalline binary, the real data directory, a database built once.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The shared data directory (GOALLINE_DATA or ../shared/data beside the repository).
pub fn data_dir() -> PathBuf {
    std::env::var_os("GOALLINE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

/// The mini fixture data directory.
pub fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini")
}

/// Runs the goalline binary with `args`, isolated from the user's environment.
pub fn goalline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_goalline"))
        .args(args)
        .env_remove("GOALLINE_DB")
        .env_remove("GOALLINE_DATA")
        .env("NO_COLOR", "1")
        .output()
        .expect("run goalline")
}

/// Stdout as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Stderr as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A database imported from the real data, built once per test run.
pub fn real_db() -> &'static Path {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("goalline-it-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let db = dir.join("real.db");
        let data = data_dir();
        let o = goalline(&[
            "--db",
            db.to_str().expect("utf8"),
            "--data",
            data.to_str().expect("utf8"),
            "import",
            "--json",
        ]);
        assert!(o.status.success(), "real import failed: {}", stderr(&o));
        db
    })
}

/// `goalline --db <the real database> ARGS`.
pub fn run(args: &[&str]) -> Output {
    let db = real_db().to_str().expect("utf8").to_string();
    let mut all = vec!["--db", db.as_str()];
    all.extend_from_slice(args);
    goalline(&all)
}

/// [`run`], which must succeed: its standard output.
pub fn ok(args: &[&str]) -> String {
    let o = run(args);
    assert!(o.status.success(), "{args:?} failed: {}", stderr(&o));
    stdout(&o)
}

/// [`ok`] with `--json`, parsed.
pub fn json(args: &[&str]) -> serde_json::Value {
    let mut a = args.to_vec();
    a.push("--json");
    serde_json::from_str(&ok(&a)).expect("json")
}

/// Opens the real database for direct SQL assertions.
pub fn real_conn() -> rusqlite::Connection {
    rusqlite::Connection::open_with_flags(real_db(), rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("open db")
}

/// Copies a directory tree.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read_dir") {
        let e = e.expect("entry");
        let dst = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_dir(&e.path(), &dst);
        } else {
            std::fs::copy(e.path(), dst).expect("copy");
        }
    }
}

/// sha256 of a file.
pub fn file_sha(p: &Path) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(std::fs::read(p).expect("read")))
}
