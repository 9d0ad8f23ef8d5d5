//! Issue 15 (import side): only goalline databases are replaced, a vanished source fails the
//! import, CSV damage is reported where it starts and skipped row by row, one import per
//! database path, leftovers of killed imports are removed, and a stray Football.TXT line in
//! the real data fails the strict import at that line.

use crate::common::*;
use std::path::{Path, PathBuf};

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

fn mini() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    copy_dir(&fixture_dir(), &data);
    (tmp, data)
}

#[test]
fn db_naming_a_text_file_is_refused_and_the_file_is_byte_identical() {
    let (tmp, data) = mini();
    let notes = tmp.path().join("notes.txt");
    std::fs::write(&notes, "my notes: do not lose\n").expect("write");
    let before = std::fs::read(&notes).expect("read");
    let o = import(&data, &notes, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("notes.txt is not a goalline database"),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    assert_eq!(std::fs::read(&notes).expect("read"), before);
    // Read commands say what the file is, and do not advise importing over it.
    let o = goalline(&["--db", notes.to_str().expect("utf8"), "team", "England"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("not a goalline database"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("goalline import"), "{}", stderr(&o));
    // --force replaces it.
    let o = import(&data, &notes, &["--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read(&notes)
        .expect("read")
        .starts_with(b"SQLite format 3\0"));
}

#[test]
fn db_naming_another_sqlite_database_is_refused_and_unchanged() {
    let (tmp, data) = mini();
    let other = tmp.path().join("app.sqlite");
    let c = rusqlite::Connection::open(&other).expect("open");
    c.execute_batch("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');")
        .expect("create");
    drop(c);
    let before = std::fs::read(&other).expect("read");
    let o = import(&data, &other, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("app.sqlite is not a goalline database"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read(&other).expect("read"), before);
    // A goalline database is marked, and re-imported without --force.
    let db = tmp.path().join("g.db");
    assert!(import(&data, &db, &[]).status.success());
    let header = std::fs::read(&db).expect("read");
    assert_eq!(&header[68..72], b"GOAL", "application_id");
    let o = import(&data, &db, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
}

const EURO_FINAL: &str = "= Euro 2021\n\n▪ Final\nJuly 11\n  21:00    Italy   3-2 pen. 1-1 a.e.t. (1-1, 0-1)  England    @ London\n                             (Bonucci 67'; Shaw 2')\n";

#[test]
fn a_vanished_source_fails_the_import_unless_allowed_and_the_summary_lists_row_changes() {
    let (tmp, data) = mini();
    let dir = data.join("openfootball/euro/2021--europe");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("euro.txt"), EURO_FINAL).expect("write");
    let db = tmp.path().join("g.db");
    assert!(import(&data, &db, &[]).status.success());
    let before = std::fs::read(&db).expect("read");
    std::fs::remove_dir_all(data.join("openfootball")).expect("rm");
    let o = import(&data, &db, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("openfootball/ is missing"), "{err}");
    assert!(err.contains("--allow-missing openfootball"), "{err}");
    assert_eq!(
        std::fs::read(&db).expect("read"),
        before,
        "database unchanged"
    );
    let o = import(&data, &db, &["--allow-missing", "openfootball", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["missing_sources"], serde_json::json!(["openfootball"]));
    let changes = v["row_changes"].as_array().expect("row_changes");
    assert!(
        changes
            .iter()
            .any(|c| c[0] == "of_match" && c[1] == 1 && c[2] == 0),
        "{changes:?}"
    );
}

#[test]
fn an_unterminated_quote_is_reported_where_it_opened_and_lenient_skips_only_that_row() {
    let (tmp, data) = mini();
    let results = data.join("international/results.csv");
    let text = std::fs::read_to_string(&results).expect("read");
    let lines: Vec<&str> = text.lines().collect();
    let total = lines.len() - 1;
    // Open a quote in the home team of line 3 and never close it.
    let mut edited: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let (date, rest) = lines[2].split_once(',').expect("row");
    edited[2] = format!("{date},\"{rest}");
    std::fs::write(&results, edited.join("\n") + "\n").expect("write");
    let db = tmp.path().join("g.db");
    let o = import(&data, &db, &[]);
    assert_eq!(o.status.code(), Some(2));
    let col = date.len() + 2;
    assert!(
        stderr(&o).contains(&format!(
            "international/results.csv:3:{col}: unterminated quoted field"
        )),
        "{}",
        stderr(&o)
    );
    let o = import(&data, &db, &["--lenient", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let skipped: Vec<&serde_json::Value> = v["skipped"]
        .as_array()
        .expect("skipped")
        .iter()
        .filter(|s| s["file"] == "international/results.csv")
        .collect();
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    let c = rusqlite::Connection::open(&db).expect("open");
    let n: usize = c
        .query_row("SELECT COUNT(*) FROM matches", [], |r| r.get(0))
        .expect("count");
    assert_eq!(n, total - 1, "every other row imported");
}

#[test]
fn a_nul_byte_in_a_csv_field_is_rejected_with_its_position() {
    let (tmp, data) = mini();
    let results = data.join("international/results.csv");
    let text = std::fs::read_to_string(&results).expect("read");
    std::fs::write(
        &results,
        text.replacen("England,France", "Eng\0land,France", 1),
    )
    .expect("write");
    let line = text
        .lines()
        .position(|l| l.contains("England,France"))
        .expect("row")
        + 1;
    let col = text
        .lines()
        .nth(line - 1)
        .expect("l")
        .find("England")
        .expect("e")
        + 4;
    let o = import(&data, &tmp.path().join("g.db"), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!(
            "international/results.csv:{line}:{col}: a NUL byte"
        )),
        "{}",
        stderr(&o)
    );
}

#[test]
fn temporary_files_of_dead_imports_are_removed() {
    let (tmp, data) = mini();
    let db = tmp.path().join("g.db");
    let stale = tmp.path().join(".g.db.importing-4999999");
    std::fs::write(&stale, "half a database").expect("write");
    let o = import(&data, &db, &["--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stale.exists());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["removed_stale"].as_array().map(Vec::len), Some(1));
}

/// The probe's case on the real data: a stray `Mon Nov 21` in a copy of 2022--qatar/cup.txt
/// fails the strict import at that line, with the database left as it was.
#[test]
fn a_stray_date_line_in_the_real_cup_file_fails_the_strict_import_at_that_line() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    for d in ["international", "worldcup", "openfootball"] {
        copy_dir(&data_dir().join(d), &data.join(d));
    }
    let cup = data.join("openfootball/worldcup/2022--qatar/cup.txt");
    let text = std::fs::read_to_string(&cup).expect("read");
    let mut lines: Vec<&str> = text.split('\n').collect();
    let at = lines
        .iter()
        .position(|l| l.contains("Qatar  1-3 (0-1)  Senegal"))
        .expect("Qatar v Senegal");
    lines.insert(at, "Mon Nov 21");
    std::fs::write(&cup, lines.join("\n")).expect("write");
    let o = import(&data, &tmp.path().join("g.db"), &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "openfootball/worldcup/2022--qatar/cup.txt:{}:1: expected a match after the date",
            at + 1
        )),
        "{err}"
    );
    assert!(!tmp.path().join("g.db").exists());
}
