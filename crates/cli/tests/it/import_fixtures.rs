//! Malformed input: every fixture gives a clear `file:line:column` error and leaves the
//! database exactly as it was; lenient mode skips and lists; re-imports are idempotent.

use crate::common::*;
use rstest::rstest;
use std::path::{Path, PathBuf};

struct Case {
    _tmp: tempfile::TempDir,
    data: PathBuf,
    db: PathBuf,
}

/// A fixture data directory and a database already imported from it.
fn setup() -> Case {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    copy_dir(&fixture_dir(), &data);
    let db = tmp.path().join("g.db");
    let o = import(&data, &db, &[]);
    assert!(o.status.success(), "fixture import failed: {}", stderr(&o));
    Case {
        _tmp: tmp,
        data,
        db,
    }
}

fn import(data: &Path, db: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "--db",
        db.to_str().expect("utf8"),
        "--data",
        data.to_str().expect("utf8"),
        "import",
    ];
    args.extend_from_slice(extra);
    goalline(&args)
}

fn edit(path: &Path, f: impl FnOnce(String) -> String) {
    let s = std::fs::read_to_string(path).expect("read");
    std::fs::write(path, f(s)).expect("write");
}

#[rstest]
#[case::bad_date("international/results.csv", |s: String| s.replace("2022-12-14,France", "2022-13-45,France"),
    "international/results.csv:4:1: field `date`: expected a date YYYY-MM-DD, found \"2022-13-45\"")]
#[case::goal_for_unknown_match("international/goalscorers.csv", |s: String| s + "2020-01-01,Spain,Chile,Spain,Someone,5,FALSE,FALSE\n",
    "international/goalscorers.csv:10:1: goal for an unknown match")]
#[case::duplicate_row("international/results.csv", |s: String| s + "2022-12-10,England,France,1,2,FIFA World Cup,Al Khor,Qatar,TRUE\n",
    "international/results.csv:8:1: duplicate row: the same match is already at line 3")]
#[case::missing_column("international/results.csv", |s: String| s.replacen("home_score,", "", 1),
    "international/results.csv:1:1: expected a column named `home_score`")]
#[case::invalid_utf8("international/goalscorers.csv", |s: String| s,
    "international/goalscorers.csv:4:51: field `scorer` is not valid UTF-8")]
#[case::empty_file("international/shootouts.csv", |_s: String| String::new(),
    "international/shootouts.csv:1:1: expected a header row with column names, found an empty file")]
#[case::too_many_scorer_rows("international/goalscorers.csv", |s: String| s + "2022-12-10,England,France,England,Bukayo Saka,80,FALSE,FALSE\n",
    "international/goalscorers.csv:10:")]
#[case::bad_score("international/results.csv", |s: String| s.replace("England,France,1,2", "England,France,one,2"),
    "international/results.csv:3:27: field `home_score`: expected an integer or NA, found \"one\"")]
fn malformed_input_is_rejected_and_database_unchanged(
    #[case] file: &str,
    #[case] mutate: fn(String) -> String,
    #[case] expected: &str,
) {
    let c = setup();
    let before = file_sha(&c.db);
    let path = c.data.join(file);
    if expected.contains("not valid UTF-8") {
        // Line 4 is Tchouaméni's goal; the bad byte is at byte column 51: corrupt the é into an invalid byte.
        let bytes = std::fs::read(&path).expect("read");
        let s = String::from_utf8(bytes).expect("utf8 fixture");
        let corrupted = s
            .replacen("Tchouaméni", "Tchouam\u{FFFD}ni", 1)
            .into_bytes();
        let mut out = Vec::new();
        let marker = "\u{FFFD}".as_bytes();
        let mut i = 0;
        while i < corrupted.len() {
            if corrupted[i..].starts_with(marker) {
                out.push(0xFF);
                i += marker.len();
            } else {
                out.push(corrupted[i]);
                i += 1;
            }
        }
        std::fs::write(&path, out).expect("write");
    } else {
        edit(&path, mutate);
    }
    let o = import(&c.data, &c.db, &[]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "exit code; stderr: {}",
        stderr(&o)
    );
    let err = stderr(&o);
    assert!(
        err.contains(expected),
        "expected {expected:?} in stderr:\n{err}"
    );
    assert!(
        err.contains("database left unchanged") || err.contains("left unchanged"),
        "{err}"
    );
    assert_eq!(
        file_sha(&c.db),
        before,
        "database changed after a failed import"
    );
}

#[test]
fn lenient_mode_skips_and_lists_bad_rows() {
    let c = setup();
    edit(&c.data.join("international/results.csv"), |s| {
        s.replace("2022-12-14,France", "2022-13-45,France")
    });
    let o = import(&c.data, &c.db, &["--lenient", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json summary");
    let skipped = v["skipped"].as_array().expect("skipped list");
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0]["line"], 4);
    assert_eq!(v["outcome"], "replaced");
    let matches = v["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .find(|t| t[0] == "matches")
        .expect("matches")[1]
        .as_u64();
    assert_eq!(matches, Some(5), "the bad row is skipped, the others kept");
}

#[test]
fn reimport_of_unchanged_data_is_a_noop_and_changes_replace_cleanly() {
    let c = setup();
    let before = file_sha(&c.db);
    let o = import(&c.data, &c.db, &["--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["outcome"], "unchanged");
    assert_eq!(file_sha(&c.db), before);

    edit(&c.data.join("international/results.csv"), |s| {
        s.replace(
            "2023-03-23,Italy,England,1,2",
            "2023-03-23,Italy,England,1,3",
        )
    });
    edit(&c.data.join("international/goalscorers.csv"), |s| {
        s + "2023-03-23,Italy,England,England,Bukayo Saka,88,FALSE,FALSE\n"
    });
    let o = import(&c.data, &c.db, &["--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["outcome"], "replaced");
    let conn = rusqlite::Connection::open(&c.db).expect("open");
    let (h, a): (i64, i64) = conn
        .query_row(
            "SELECT home_score, away_score FROM matches WHERE date = '2023-03-23'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("row");
    assert_eq!((h, a), (1, 3));
    let n: i64 = conn
        .query_row("SELECT COUNT(*) FROM scorer", [], |r| r.get(0))
        .expect("count");
    assert_eq!(n, 9, "old rows replaced, not duplicated");
}

#[rstest]
#[case::bom(|s: String| format!("\u{FEFF}{s}"))]
#[case::crlf(|s: String| s.replace('\n', "\r\n"))]
#[case::reordered_columns(|s: String| {
    s.lines().map(|l| { let f: Vec<&str> = l.split(',').collect(); let mut g = f.clone(); g.swap(0, 4); g.join(",") }).collect::<Vec<_>>().join("\n") + "\n"
})]
fn tolerated_variants_import_the_same_rows(#[case] mutate: fn(String) -> String) {
    let c = setup();
    edit(&c.data.join("international/results.csv"), mutate);
    let o = import(&c.data, &c.db, &["--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let conn = rusqlite::Connection::open(&c.db).expect("open");
    let n: i64 = conn
        .query_row("SELECT COUNT(*) FROM matches", [], |r| r.get(0))
        .expect("count");
    assert_eq!(n, 6);
    let line: i64 = conn
        .query_row(
            "SELECT line FROM matches WHERE date = '2022-12-14'",
            [],
            |r| r.get(0),
        )
        .expect("row");
    assert_eq!(line, 4, "line numbers survive BOM, CRLF and column order");
}

#[test]
fn na_scores_are_unknown_not_zero() {
    let c = setup();
    let conn = rusqlite::Connection::open(&c.db).expect("open");
    let (h, a): (Option<i64>, Option<i64>) = conn
        .query_row(
            "SELECT home_score, away_score FROM matches WHERE date = '1990-05-01'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("row");
    assert_eq!((h, a), (None, None));
    let o = goalline(&[
        "--db",
        c.db.to_str().expect("utf8"),
        "coverage",
        "Atlantis",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["coverage"]["matches_unknown_score"], 1);
    assert_eq!(v["coverage"]["goals"], 0);
}

#[test]
fn former_names_give_the_name_of_the_day() {
    let c = setup();
    let conn = rusqlite::Connection::open(&c.db).expect("open");
    let name: String = conn
        .query_row(
            "SELECT home_name FROM matches WHERE date = '1958-06-08'",
            [],
            |r| r.get(0),
        )
        .expect("row");
    assert_eq!(name, "Soviet Union");
}

#[test]
fn not_a_data_directory_is_a_clear_error() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let o = import(tmp.path(), &tmp.path().join("g.db"), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("does not look like a goalline data directory"),
        "{}",
        stderr(&o)
    );
    assert!(!tmp.path().join("g.db").exists());
}
