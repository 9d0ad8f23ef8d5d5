//! `goalline check FILE --save`: the check is kept in the saved-checks sidecar beside the
//! database (the file `goalline serve` serves `/checks/<id>` from) and its permalink printed;
//! `--json` prints what `POST /api/checks` answers.

use crate::common::*;
use goalline_store::{CheckId, CheckStore};
use goalline_store_sqlite::{checks::sidecar_path, SqliteCheckStore};

fn showcase() -> std::path::PathBuf {
    data_dir().join("../articles/kane-penalty-miss-2022.txt")
}

#[test]
fn check_save_prints_the_permalink_and_stores_beside_the_database() {
    let article = showcase();
    let o = run(&[
        "check",
        article.to_str().expect("utf8"),
        "--save",
        "--date",
        "2022-12-11",
    ]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    let out = stdout(&o);
    let last = out.lines().last().unwrap_or_default();
    let id = last
        .strip_prefix("saved: /checks/")
        .unwrap_or_else(|| panic!("no permalink line: {last:?}"));
    let id = CheckId::parse(id).expect("a valid id");
    let checks = SqliteCheckStore::open(&sidecar_path(real_db())).expect("sidecar");
    let saved = checks.get(&id).expect("get").expect("saved");
    assert_eq!(
        saved.text,
        std::fs::read_to_string(&article).expect("article")
    );
    assert_eq!(
        saved.date.map(|d| d.to_string()).as_deref(),
        Some("2022-12-11")
    );
    assert!(saved.data_version.import_id.is_some());
    assert!(saved.report_json.contains("\"claims\""));
}

#[test]
fn check_save_json_has_the_api_fields() {
    let article = showcase();
    let o = run(&["check", article.to_str().expect("utf8"), "--save", "--json"]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let id = v["id"].as_str().expect("id");
    assert_eq!(v["permalink"], format!("/checks/{id}"));
    assert_eq!(v["data"]["current"], true);
    assert_eq!(
        v["exports"]["markdown"],
        format!("/api/checks/{id}/export.md")
    );
    assert!(v["report"]["claims"]
        .as_array()
        .is_some_and(|c| !c.is_empty()));
    // The report is the one `check --json` prints without --save.
    let plain: serde_json::Value = serde_json::from_str(&stdout(&run(&[
        "check",
        article.to_str().expect("utf8"),
        "--json",
    ])))
    .expect("json");
    assert_eq!(v["report"], plain);
    let checks = SqliteCheckStore::open(&sidecar_path(real_db())).expect("sidecar");
    assert!(checks
        .get(&CheckId::parse(id).expect("id"))
        .expect("get")
        .is_some());
}
