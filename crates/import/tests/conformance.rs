//! The conformance suite: the same tests on both backends (SQLite, PostgreSQL).
//!
//! - import of the real data directory, and re-import of unchanged data is a no-op;
//! - every read the facts engine makes (the whole `Store` trait) gives the same answer on both
//!   backends, compared as JSON over all teams, tournaments and competitions and a sample of
//!   matches and players;
//! - a writer dropped unfinished leaves the live data untouched;
//! - a re-import of different data while a reader thread loops: the reader never errs and
//!   never sees partial data (every single-statement read is the old answer or the new);
//! - saved checks: save, get, list, delete, purge, and a saved check survives a re-import.
//!
//! PostgreSQL comes from `GOALLINE_TEST_PG` or a throw-away cluster (see `pg/mod.rs`); the
//! PostgreSQL half is skipped only when neither exists.

mod pg;

use goalline_core::{Date, MatchId, PlayerId, TeamId};
use goalline_import::import_into;
use goalline_store::{CheckId, CheckStore, DatasetTarget, NewCheck, Outcome, Store};
use goalline_store_postgres::{PgCheckStore, PgTarget, PostgresStore};
use goalline_store_sqlite::{SqliteCheckStore, SqliteStore, SqliteTarget};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

fn data_dir() -> PathBuf {
    std::env::var_os("GOALLINE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

fn d(s: &str) -> Date {
    Date::parse_from_str(s, "%Y-%m-%d").expect("date")
}

/// A temporary directory, removed when dropped (also when a test fails).
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(tag: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("goalline-conf-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    TempDir(dir)
}

/// A copy of the data directory whose international sources lose their last rows (a
/// different, smaller, still valid dataset).
fn smaller_data(dir: &Path) -> PathBuf {
    let out = dir.join("data-b");
    let st = std::process::Command::new("cp")
        .arg("-r")
        .arg(data_dir())
        .arg(&out)
        .status()
        .expect("cp");
    assert!(st.success());
    for (file, drop) in [("goalscorers.csv", 500), ("shootouts.csv", 10)] {
        let p = out.join("international").join(file);
        let text = std::fs::read_to_string(&p).expect("read csv");
        let lines: Vec<&str> = text.lines().collect();
        let keep = lines[..lines.len() - drop].join("\n") + "\n";
        std::fs::write(&p, keep).expect("write csv");
    }
    out
}

/// One backend under test.
struct Backend {
    name: &'static str,
    target: Box<dyn DatasetTarget>,
    open: Box<dyn Fn() -> Arc<dyn Store>>,
    checks: Box<dyn Fn() -> Box<dyn CheckStore>>,
}

fn sqlite(dir: &Path) -> Backend {
    let db = dir.join("conf.db");
    Backend {
        name: "sqlite",
        target: Box::new(SqliteTarget { path: db.clone() }),
        open: Box::new({
            let db = db.clone();
            move || Arc::new(SqliteStore::open_pool(&db, 2).expect("open sqlite"))
        }),
        checks: Box::new(move || {
            Box::new(SqliteCheckStore::open_beside(&db).expect("open sqlite checks"))
        }),
    }
}

fn postgres(url: String) -> Backend {
    Backend {
        name: "postgres",
        target: Box::new(PgTarget { url: url.clone() }),
        open: Box::new({
            let url = url.clone();
            move || Arc::new(PostgresStore::open_pool(&url, 2).expect("open postgres"))
        }),
        checks: Box::new(move || Box::new(PgCheckStore::open(&url).expect("open postgres checks"))),
    }
}

fn j<T: serde::Serialize>(r: Result<T, goalline_store::StoreError>) -> Value {
    match r {
        Ok(v) => serde_json::to_value(v).expect("json"),
        Err(e) => Value::String(format!("ERROR: {e}")),
    }
}

/// Every read of the `Store` trait over all teams, tournaments and competitions and a sample of
/// matches and players, keyed by the call.
fn all_reads(s: &dyn Store) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    let mut put = |k: String, v: Value| {
        assert!(
            !v.as_str().is_some_and(|s| s.starts_with("ERROR")),
            "{k}: {v}"
        );
        out.insert(k, v);
    };
    put("table_counts".into(), j(s.table_counts()));
    put("link_report".into(), j(s.link_report()));
    put("data_version".into(), j(s.data_version()));
    put("teams".into(), j(s.teams()));
    put("team_aliases".into(), j(s.team_aliases()));
    put("places".into(), j(s.places()));
    put("wc_tournaments".into(), j(s.wc_tournaments()));
    put("wc_matches".into(), j(s.wc_matches(None)));
    put("conflicts".into(), j(s.conflicts(None, None)));
    put(
        "conflicts score cup".into(),
        j(s.conflicts(Some("score"), Some("CUP"))),
    );
    put("all_players".into(), j(s.all_players()));
    let (from, to) = (d("1800-01-01"), d("2100-01-01"));
    let matches = s.matches_between(from, to).expect("matches");
    put(
        "matches_between".into(),
        j(Ok::<_, goalline_store::StoreError>(&matches)),
    );
    put(
        "matches_between 2014".into(),
        j(s.matches_between(d("2014-01-01"), d("2014-12-31"))),
    );
    for t in s.teams().expect("teams") {
        let id = t.id;
        put(
            format!("team_matches {id:?}"),
            j(s.team_matches(id, None, None)),
        );
        put(
            format!("team_matches {id:?} 2000s"),
            j(s.team_matches(id, Some(d("2000-01-01")), Some(d("2009-12-31")))),
        );
        put(
            format!("team_scorer_rows {id:?}"),
            j(s.team_scorer_rows(id, None)),
        );
        put(
            format!("team_scorer_rows {id:?} 1990"),
            j(s.team_scorer_rows(id, Some(d("1990-01-01")))),
        );
        put(
            format!("team_shootouts {id:?}"),
            j(s.team_shootouts(id, None)),
        );
        put(
            format!("team_unattributed {id:?}"),
            j(s.team_unattributed(id)),
        );
        put(format!("team_wc_matches {id:?}"), j(s.team_wc_matches(id)));
        put(
            format!("standings team {id:?}"),
            j(s.standings(None, Some(id))),
        );
    }
    let competitions: BTreeSet<String> = matches.iter().map(|m| m.tournament.clone()).collect();
    for c in &competitions {
        put(
            format!("competition_matches {c}"),
            j(s.competition_matches(c, from, to)),
        );
        put(
            format!("competition_scorer_rows {c}"),
            j(s.competition_scorer_rows(c, from, to)),
        );
        put(
            format!("competition_days {c}"),
            j(s.competition_days(c, from, to)),
        );
    }
    for g in [goalline_core::Gender::Men, goalline_core::Gender::Women] {
        put(format!("gender_wc_goals {g:?}"), j(s.gender_wc_goals(g)));
    }
    for t in s.wc_tournaments().expect("tournaments") {
        let id = t.id.as_str();
        put(format!("wc_matches {id}"), j(s.wc_matches(Some(id))));
        put(
            format!("tournament_wc_goals {id}"),
            j(s.tournament_wc_goals(id)),
        );
        put(format!("awards {id}"), j(s.awards(Some(id), None)));
        put(format!("standings {id}"), j(s.standings(Some(id), None)));
    }
    put("awards".into(), j(s.awards(None, None)));
    put("standings".into(), j(s.standings(None, None)));
    // Every 4th World Cup match, every 3rd since 2024 (openfootball, StatsBomb), every 150th
    // other one.
    let sample: Vec<MatchId> = matches
        .iter()
        .enumerate()
        .filter(|(i, m)| {
            i % 150 == 0
                || (m.wc_match.is_some() && i % 4 == 0)
                || (m.date >= d("2024-01-01") && i % 3 == 0)
        })
        .map(|(_, m)| m.id)
        .collect();
    assert!(sample.len() > 500, "sample of {} matches", sample.len());
    for id in sample {
        put(format!("match_by_id {id:?}"), j(s.match_by_id(id)));
        put(format!("wc_info {id:?}"), j(s.wc_info(id)));
        put(format!("match_scorers {id:?}"), j(s.match_scorers(id)));
        put(format!("match_wc_goals {id:?}"), j(s.match_wc_goals(id)));
        put(
            format!("match_appearances {id:?}"),
            j(s.match_appearances(id)),
        );
        put(format!("shootout {id:?}"), j(s.shootout(id)));
        put(format!("kicks {id:?}"), j(s.kicks(id)));
        put(format!("bookings {id:?}"), j(s.bookings(id)));
        put(format!("substitutions {id:?}"), j(s.substitutions(id)));
        put(format!("of_match {id:?}"), j(s.of_match(id)));
        put(format!("of_goals {id:?}"), j(s.of_goals(id)));
        put(format!("lineups {id:?}"), j(s.lineups(id)));
        put(format!("of_cards {id:?}"), j(s.of_cards(id)));
        put(format!("of_kicks {id:?}"), j(s.of_kicks(id)));
        let sb = s.sb_match(id).expect("sb_match");
        if let Some(m) = &sb {
            put(format!("sb_events {}", m.sb_id), j(s.sb_events(m.sb_id)));
        }
        put(
            format!("sb_match {id:?}"),
            j(Ok::<_, goalline_store::StoreError>(sb)),
        );
    }
    // Every 25th player with a World Cup id or a team, plus every 200th other.
    let players = s.all_players().expect("players");
    let mut n = 0usize;
    for (i, p) in players.iter().enumerate() {
        if !(i % 25 == 0 && (p.wc_id.is_some() || p.team.is_some()) || i % 200 == 0) {
            continue;
        }
        n += 1;
        let id: PlayerId = p.id;
        put(format!("player {id:?}"), j(s.player(id)));
        put(
            format!("player_scorer_rows {id:?}"),
            j(s.player_scorer_rows(id, None)),
        );
        put(
            format!("player_scorer_rows {id:?} 2010"),
            j(s.player_scorer_rows(id, Some(d("2010-01-01")))),
        );
        put(format!("player_wc_goals {id:?}"), j(s.player_wc_goals(id)));
        let teams = s.player_teams(id).expect("player_teams");
        for t in &teams {
            put(format!("snapshots {id:?} {t:?}"), j(s.snapshots(id, *t)));
        }
        put(
            format!("player_teams {id:?}"),
            j(Ok::<_, goalline_store::StoreError>(teams)),
        );
        put(
            format!("player_appearances {id:?}"),
            j(s.player_appearances(id)),
        );
        put(format!("player_squads {id:?}"), j(s.player_squads(id)));
        put(format!("player_awards {id:?}"), j(s.awards(None, Some(id))));
        put(
            format!("player_of_squads {id:?}"),
            j(s.player_of_squads(id)),
        );
        put(
            format!("sb_player_matches {id:?}"),
            j(s.sb_player_matches(id)),
        );
        let folded = goalline_core::names::fold(&p.name);
        put(
            format!("players_named {folded}"),
            j(s.players_named(&folded)),
        );
        put(
            format!("players_for_scorer {}", p.name),
            j(s.players_for_scorer(&p.name)),
        );
        if let Some(w) = &p.wc_id {
            put(format!("player_by_wc_id {w}"), j(s.player_by_wc_id(w)));
        }
    }
    assert!(n > 200, "sample of {n} players");
    put("player none".into(), j(s.player(PlayerId(i64::MAX))));
    put("match none".into(), j(s.match_by_id(MatchId(i64::MAX))));
    put(
        "team none".into(),
        j(s.team_matches(TeamId(i64::MAX), None, None)),
    );
    out
}

/// The first difference between two read maps, if any.
fn first_difference(a: &BTreeMap<String, Value>, b: &BTreeMap<String, Value>) -> Option<String> {
    for (k, va) in a {
        match b.get(k) {
            None => return Some(format!("{k}: missing on the second backend")),
            Some(vb) if vb != va => {
                let (sa, sb) = (va.to_string(), vb.to_string());
                let at = sa
                    .bytes()
                    .zip(sb.bytes())
                    .position(|(x, y)| x != y)
                    .unwrap_or(sa.len().min(sb.len()));
                let lo = at.saturating_sub(200);
                return Some(format!(
                    "{k}: differs at byte {at}\n first:  …{}\n second: …{}",
                    &sa.get(lo..(at + 200).min(sa.len())).unwrap_or(""),
                    &sb.get(lo..(at + 200).min(sb.len())).unwrap_or("")
                ));
            }
            _ => {}
        }
    }
    b.keys()
        .find(|k| !a.contains_key(*k))
        .map(|k| format!("{k}: missing on the first backend"))
}

/// Import, no-op re-import, a dropped writer; returns the reads.
fn import_and_read(b: &Backend, data: &Path) -> BTreeMap<String, Value> {
    let t = Instant::now();
    let first = import_into(data, b.target.as_ref()).expect("import");
    eprintln!("{}: import {:?} in {:?}", b.name, first, t.elapsed());
    assert_eq!(first, Outcome::Created, "{}", b.name);
    assert_eq!(
        import_into(data, b.target.as_ref()).expect("re-import"),
        Outcome::Unchanged,
        "{}: unchanged data must not be written again",
        b.name
    );
    let store = (b.open)();
    let before = store.data_version().expect("version");
    let counts = store.table_counts().expect("counts");
    assert!(counts.iter().any(|(t, n)| t == "matches" && *n > 40_000));
    // A writer dropped half-way leaves the live data as it was.
    {
        let mut w = b.target.begin().expect("begin");
        w.insert_settled(&goalline_store::dataset::Dataset::default().settled_rows())
            .expect("insert");
    }
    let again = (b.open)();
    assert_eq!(again.data_version().expect("version"), before, "{}", b.name);
    assert_eq!(again.table_counts().expect("counts"), counts, "{}", b.name);
    assert_eq!(
        b.target.stored_manifest().expect("manifest"),
        before.import_id,
        "{}",
        b.name
    );
    let t = Instant::now();
    let reads = all_reads(store.as_ref());
    eprintln!("{}: {} reads in {:?}", b.name, reads.len(), t.elapsed());
    reads
}

/// Re-imports `other` while a reader loops; the reader must never err and every answer must be
/// the old one or the new one.
fn reimport_while_reading(b: &Backend, other: &Path) {
    let store = (b.open)();
    let old_counts: BTreeMap<String, u64> =
        store.table_counts().expect("counts").into_iter().collect();
    let old_id = store.data_version().expect("version").import_id;
    let stop = Arc::new(AtomicBool::new(false));
    let loops = Arc::new(AtomicU64::new(0));
    let seen_ids = Arc::new(std::sync::Mutex::new(Vec::<Option<String>>::new()));
    let reader = {
        let (stop, loops, seen_ids) = (stop.clone(), loops.clone(), seen_ids.clone());
        let store = (b.open)();
        std::thread::spawn(move || -> Result<Vec<BTreeMap<String, u64>>, String> {
            let mut seen = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let counts = store.table_counts().map_err(|e| e.to_string())?;
                let id = store.data_version().map_err(|e| e.to_string())?.import_id;
                seen.push(counts.into_iter().collect());
                seen_ids.lock().expect("lock").push(id);
                loops.fetch_add(1, Ordering::Relaxed);
            }
            Ok(seen)
        })
    };
    while loops.load(Ordering::Relaxed) < 2 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let outcome = import_into(other, b.target.as_ref()).expect("re-import");
    assert_eq!(outcome, Outcome::Replaced, "{}", b.name);
    let new = (b.open)();
    let new_counts: BTreeMap<String, u64> =
        new.table_counts().expect("counts").into_iter().collect();
    let new_id = new.data_version().expect("version").import_id;
    assert_ne!(new_id, old_id, "{}: the new import is live", b.name);
    assert!(
        new_counts["scorer"] < old_counts["scorer"]
            || new_counts["shootout"] < old_counts["shootout"],
        "{}: the smaller data is live: {new_counts:?}",
        b.name
    );
    let before_stop = loops.load(Ordering::Relaxed);
    while loops.load(Ordering::Relaxed) < before_stop + 2 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    stop.store(true, Ordering::Relaxed);
    let seen = reader.join().expect("reader thread").unwrap_or_else(|e| {
        panic!(
            "{}: the reader saw an error during the re-import: {e}",
            b.name
        )
    });
    eprintln!(
        "{}: {} reader loops during the re-import",
        b.name,
        seen.len()
    );
    for counts in &seen {
        for (table, n) in counts {
            assert!(
                old_counts.get(table) == Some(n) || new_counts.get(table) == Some(n),
                "{}: the reader saw {table} with {n} rows (old {:?}, new {:?})",
                b.name,
                old_counts.get(table),
                new_counts.get(table)
            );
        }
    }
    for id in seen_ids.lock().expect("lock").iter() {
        assert!(
            *id == old_id || *id == new_id,
            "{}: import id {id:?}",
            b.name
        );
    }
}

/// Saves checks and reads them back; returns the id of one left in place.
fn saved_checks(b: &Backend) -> CheckId {
    let store = (b.open)();
    let checks = (b.checks)();
    let version = store.data_version().expect("version");
    let new = |text: &str| NewCheck {
        text: text.into(),
        date: Some(d("2022-12-18")),
        report_json: r#"{"claims":[]}"#.into(),
        data_version: version.clone(),
    };
    let before = checks.count().expect("count");
    let a = checks
        .save(new("Argentina 3-3 France\nMessi scored twice."))
        .expect("save");
    let kept = checks.save(new("England 6-2 Iran")).expect("save");
    assert_eq!(
        checks.get(&a.id).expect("get").as_ref(),
        Some(&a),
        "{}",
        b.name
    );
    assert_eq!(checks.count().expect("count"), before + 2, "{}", b.name);
    let listed = checks.list(100, 0).expect("list");
    let la = listed.iter().find(|l| l.id == a.id).expect("listed");
    assert_eq!(la.title, "Argentina 3-3 France", "{}", b.name);
    assert_eq!(la.import_id, version.import_id, "{}", b.name);
    assert_eq!(la.bytes as usize, a.bytes(), "{}", b.name);
    // An id is never overwritten.
    let mut dup = a.clone();
    dup.text = "other".into();
    assert!(checks.insert(&dup).is_err(), "{}", b.name);
    let unknown = CheckId::random().expect("id");
    assert_eq!(checks.get(&unknown).expect("get"), None);
    assert!(!checks.delete(&unknown).expect("delete"));
    assert!(checks.delete(&a.id).expect("delete"), "{}", b.name);
    assert_eq!(checks.get(&a.id).expect("get"), None, "{}", b.name);
    // Purging before a time long past keeps everything; the oversized are refused.
    let old = chrono::DateTime::<chrono::Utc>::from_timestamp(0, 0).expect("epoch");
    assert_eq!(checks.purge_created_before(old).expect("purge"), 0);
    let huge = "x".repeat(checks.max_bytes() + 1);
    assert!(checks.save(new(&huge)).is_err(), "{}", b.name);
    kept.id
}

#[test]
fn both_backends_answer_every_read_alike_and_reimport_atomically() {
    let tmp = temp_dir("main");
    let dir = tmp.0.clone();
    let data = data_dir();
    let lite = sqlite(&dir);
    let lite_reads = import_and_read(&lite, &data);
    let Some(server) = pg::Server::get() else {
        return;
    };
    let pgb = postgres(server.fresh_db("conf"));
    let pg_reads = import_and_read(&pgb, &data);
    assert_eq!(lite_reads.len(), pg_reads.len());
    if let Some(diff) = first_difference(&lite_reads, &pg_reads) {
        panic!("SQLite and PostgreSQL differ: {diff}");
    }
    let other = smaller_data(&dir);
    let kept = [saved_checks(&lite), saved_checks(&pgb)];
    reimport_while_reading(&lite, &other);
    reimport_while_reading(&pgb, &other);
    // Saved checks survive the re-import (and a fresh connection: a restart).
    for (b, id) in [&lite, &pgb].into_iter().zip(&kept) {
        let got = (b.checks)().get(id).expect("get");
        assert_eq!(
            got.map(|c| c.text),
            Some("England 6-2 Iran".into()),
            "{}",
            b.name
        );
    }
    drop(server);
}
