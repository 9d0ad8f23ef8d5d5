//! Command-line behaviour: help, first-use database build, errors and exit codes.

use crate::common::*;

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["import", "--help"],
        vec!["coverage", "--help"],
        vec!["data", "pull", "--help"],
        vec!["status", "--help"],
        vec!["bench", "import", "--help"],
        vec!["serve", "--help"],
    ] {
        let o = goalline(&args);
        assert!(o.status.success(), "{args:?}");
        assert!(stdout(&o).contains("Usage:"), "{args:?}: {}", stdout(&o));
    }
}

#[test]
fn first_command_builds_the_database_when_missing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let db = tmp.path().join("sub/dir/g.db");
    let o = goalline(&[
        "--db",
        db.to_str().expect("utf8"),
        "--data",
        fixture_dir().to_str().expect("utf8"),
        "coverage",
        "England",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(db.exists());
    assert!(stderr(&o).contains("importing from the data directory first"));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(
        v["coverage"]["goals"], 6,
        "England scored 1 + 1 + 2 + 2 in the fixture"
    );
}

#[test]
fn unknown_team_is_a_usage_error_with_a_suggestion() {
    let db = real_db();
    let o = goalline(&["--db", db.to_str().expect("utf8"), "coverage", "Englnd"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean \"England\""),
        "{}",
        stderr(&o)
    );
}

#[test]
fn nickname_and_code_resolve_to_the_team() {
    let db = real_db();
    for name in ["the Three Lions", "ENG", "england"] {
        let o = goalline(&[
            "--db",
            db.to_str().expect("utf8"),
            "coverage",
            name,
            "--to",
            "2022-12-10",
            "--json",
        ]);
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
        assert_eq!(v["team"], "England", "{name}");
    }
}

#[test]
fn bad_date_flag_is_a_usage_error() {
    let db = real_db();
    let o = goalline(&[
        "--db",
        db.to_str().expect("utf8"),
        "coverage",
        "England",
        "--to",
        "10/12/2022",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("expected a date YYYY-MM-DD"));
}

#[test]
fn an_unknown_database_url_is_refused_clearly() {
    let o = goalline(&["--db", "mysql://localhost/goalline", "status"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("unsupported database URL"),
        "{}",
        stderr(&o)
    );
}
