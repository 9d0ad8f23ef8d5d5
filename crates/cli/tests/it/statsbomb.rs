//! StatsBomb event data end to end: the import's linking figures, `goalline match` with the
//! StatsBomb credit, `--statsbomb DIR`, strict errors, and `data pull --statsbomb` against a
//! local 127.0.0.1 server serving the shared StatsBomb files under their upstream paths.

use crate::common::*;
use crate::pull::serve;
use std::path::Path;

fn sb_files(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.join("data")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(
                    p.strip_prefix(root)
                        .expect("prefix")
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
    }
    out.sort();
    out
}

fn import_json(db: &Path, extra: &[&str]) -> (bool, String, String) {
    let data = data_dir();
    let mut args = vec![
        "--db",
        db.to_str().expect("utf8"),
        "--data",
        data.to_str().expect("utf8"),
        "import",
        "--json",
    ];
    args.extend_from_slice(extra);
    let o = goalline(&args);
    (o.status.success(), stdout(&o), stderr(&o))
}

#[test]
fn import_reports_statsbomb_linking_rates() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (ok, out, err) = import_json(&tmp.path().join("g.db"), &[]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let sb = &v["links"]["statsbomb"];
    assert_eq!(sb["matches"], 3, "{sb}");
    assert_eq!(sb["matches_linked"], 3, "{sb}");
    assert_eq!(sb["complete"], 1);
    assert_eq!(sb["excerpts"], 2);
    let players = sb["players"].as_u64().expect("players");
    assert!(players > 100, "{sb}");
    assert_eq!(
        sb["players_linked"], sb["players"],
        "{}",
        sb["unlinked_players"]
    );
    assert_eq!(sb["conflicts"], 0, "{sb}");
    let tables: Vec<(String, u64)> = serde_json::from_value(v["tables"].clone()).expect("tables");
    let n = |t: &str| tables.iter().find(|(n, _)| n == t).map(|x| x.1);
    assert_eq!(n("sb_match"), Some(3));
    assert_eq!(n("sb_lineup"), Some(players));
}

#[test]
fn match_shows_kanes_miss_with_the_statsbomb_credit() {
    let db = real_db().to_str().expect("utf8");
    let o = goalline(&[
        "--db",
        db,
        "match",
        "England",
        "France",
        "--date",
        "2022-12-10",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("Data: StatsBomb"), "{text}");
    assert!(
        text.contains("Harry Kane (England) penalty 84' (83:35): Off T, over the bar"),
        "{text}"
    );
    assert!(text.contains("excerpt"), "{text}");
    let o = goalline(&[
        "--db",
        db,
        "match",
        "England",
        "France",
        "--date",
        "2022-12-10",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["events"]["coverage"], "excerpt");
    assert!(v["events"]["credit"]
        .as_str()
        .is_some_and(|c| c.contains("StatsBomb")));
    let miss = v["events"]["shots"]
        .as_array()
        .expect("shots")
        .iter()
        .find(|s| s["index"] == 2909)
        .expect("shot 2909")
        .clone();
    assert_eq!(miss["end"]["over_bar"], true);
    assert_eq!(miss["time"]["display"]["base"], 84);
    // A match without event data says nothing about it.
    let o = goalline(&[
        "--db",
        db,
        "match",
        "England",
        "Iran",
        "--date",
        "2022-11-21",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert!(v["events"].is_null());
}

#[test]
fn a_malformed_statsbomb_file_fails_with_its_line_and_column_and_writes_nothing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let clone = tmp.path().join("open-data");
    std::fs::create_dir_all(clone.join("data")).expect("dir");
    std::fs::write(
        clone.join("data/competitions.json"),
        "[ {\n  \"competition_id\" : 43,\n  \"season_id\" : \"106\"\n} ]\n",
    )
    .expect("write");
    let db = tmp.path().join("g.db");
    let (ok, _, err) = import_json(&db, &["--statsbomb", clone.to_str().expect("utf8")]);
    assert!(!ok);
    assert!(err.contains("open-data/data/competitions.json:3:"), "{err}");
    assert!(
        err.contains("expected an array of competition entries"),
        "{err}"
    );
    assert!(!db.exists(), "a failed import writes nothing");
}

#[test]
fn pull_statsbomb_fetches_a_competition_and_import_reads_it() {
    let shared = data_dir().join("statsbomb");
    let routes: Vec<(String, Vec<u8>)> = sb_files(&shared)
        .into_iter()
        .map(|rel| {
            let bytes = std::fs::read(shared.join(&rel)).expect("file");
            (format!("/statsbomb/open-data/master/{rel}"), bytes)
        })
        .collect();
    let base = serve(routes);
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("data");
    let o = goalline(&[
        "data",
        "pull",
        "--statsbomb",
        "--competitions",
        "Euro 2020",
        "--to",
        dir.to_str().expect("utf8"),
        "--mirror",
        &base,
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["matches"], 2, "{v}");
    assert_eq!(v["competitions"][0], "UEFA Euro 2020");
    let pulled = dir.join("statsbomb-open-data");
    for id in ["3788741", "3795506"] {
        for kind in ["events", "lineups"] {
            let rel = format!("data/{kind}/{id}.json");
            assert_eq!(
                file_sha(&pulled.join(&rel)),
                file_sha(&shared.join(&rel)),
                "{rel}"
            );
        }
    }
    assert!(
        !pulled.join("data/events/3869354.json").exists(),
        "World Cup 2022 not asked for"
    );
    // The pulled directory imports as a clone (`--statsbomb DIR`).
    let db = tmp.path().join("g.db");
    let (ok, out, err) = import_json(&db, &["--statsbomb", pulled.to_str().expect("utf8")]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["links"]["statsbomb"]["matches_linked"], 3);
    // A competition StatsBomb does not have fails and writes nothing.
    let empty = tmp.path().join("empty");
    let o = goalline(&[
        "data",
        "pull",
        "--statsbomb",
        "--competitions",
        "Copa America 1910",
        "--to",
        empty.to_str().expect("utf8"),
        "--mirror",
        &base,
    ]);
    assert!(!o.status.success());
    assert!(!empty.join("statsbomb-open-data").exists());
}
