//! openfootball (Football.TXT) joined to the store: the 2026 World Cup, 1930, Euro shoot-outs,
//! squads with birth dates, caps/goals snapshots, tallies as intervals, source conflicts, and
//! strict versus lenient parsing.

use crate::common::*;
use goalline_core::{Date, Gender, Minute, Stage};
use goalline_facts::matches::{Decided, MatchQuery};
use goalline_facts::{Facts, PlayerContext};
use goalline_store_sqlite::SqliteStore;
use std::sync::{Arc, OnceLock};

fn facts() -> &'static Facts {
    static F: OnceLock<Facts> = OnceLock::new();
    F.get_or_init(|| {
        let store = SqliteStore::open_pool(real_db(), 2).expect("open");
        Facts::new(Arc::new(store)).expect("facts")
    })
}

fn d(s: &str) -> Date {
    Date::parse_from_str(s, "%Y-%m-%d").expect("date")
}

/// The canonical match of two teams on a day.
fn one_match(a: &str, b: &str, day: &str) -> goalline_facts::matches::MatchFacts {
    let f = facts();
    let ta = f.team(a, Some(d(day)), Some(Gender::Men)).expect("team");
    let tb = f.team(b, Some(d(day)), Some(Gender::Men)).expect("team");
    let ms = f
        .find_matches(&MatchQuery {
            teams: vec![ta, tb],
            from: Some(d(day)),
            to: Some(d(day)),
            ..Default::default()
        })
        .expect("find");
    assert_eq!(ms.len(), 1, "{a} v {b} on {day}");
    f.match_facts(ms[0].id).expect("match facts")
}

#[test]
fn world_cup_2026_final_spain_beat_argentina_after_extra_time_with_ferran_torres_goal() {
    let mf = one_match("Spain", "Argentina", "2026-07-19");
    assert!(mf.wc.is_none(), "Fjelstul stops at 2022");
    assert_eq!(mf.stage, Some(Stage::Final), "stage from openfootball");
    let of = mf.openfootball.as_ref().expect("openfootball rendering");
    assert_eq!(of.edition, "WC-2026");
    assert!(of.extra_time);
    assert!(of
        .evidence
        .file
        .ends_with("worldcup/2026--usa/cup_finals.txt"));
    assert_eq!(mf.result.extra_time, Some(true));
    assert_eq!(mf.result.decided, Decided::ExtraTime);
    let spain = facts().team("Spain", None, None).expect("Spain");
    assert_eq!(mf.result.winner, Some(spain));
    assert_eq!(mf.goals.source, "openfootball");
    assert!(mf.goals.complete);
    let g = &mf.goals.goals;
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].name.as_deref(), Some("Ferran Torres"));
    assert_eq!(g[0].minute, Some(Minute::new(106)));
    assert_eq!(g[0].team, spain);
    assert!(
        g[0].evidence
            .iter()
            .any(|e| e.file == "international/goalscorers.csv"),
        "the martj42 row of the same goal is attached: {:?}",
        g[0].evidence
    );
}

#[test]
fn world_cup_2026_semi_final_scorers_keep_openfootball_minutes() {
    let mf = one_match("England", "Argentina", "2026-07-15");
    assert_eq!(mf.stage, Some(Stage::SemiFinal));
    let names: Vec<(String, u16)> = mf
        .goals
        .goals
        .iter()
        .map(|g| {
            (
                g.name.clone().unwrap_or_default(),
                g.minute.map_or(0, |m| m.base),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("Anthony Gordon".to_string(), 55),
            ("Enzo Fernández".to_string(), 86),
            ("Lautaro Martínez".to_string(), 92)
        ]
    );
}

#[test]
fn a_1930_match_links_to_martj42_with_line_ups_from_the_full_file() {
    let mf = one_match("France", "Mexico", "1930-07-13");
    let of = mf.openfootball.as_ref().expect("openfootball");
    assert_eq!(of.edition, "WC-1930");
    assert_eq!((of.home_score, of.away_score), (4, 1));
    assert!(of.evidence.file.ends_with("worldcup/1930--uruguay/cup.txt"));
    assert_eq!(mf.stage, Some(Stage::GroupStage));
    // Fjelstul covers 1930, so its goals (with stoppage time) are preferred.
    assert_eq!(mf.goals.source, "fjelstul");
    assert_eq!(mf.goals.goals.len(), 5);
    let store = facts().store();
    let id = mf.row.id;
    let goals = store.of_goals(id).expect("of goals");
    assert_eq!(goals.len(), 5);
    assert!(goals
        .iter()
        .any(|g| g.name.contains("Laurent") && g.minute == Minute::new(19)));
    let lineups = store.lineups(id).expect("line-ups");
    assert!(lineups.len() >= 22, "{} line-up entries", lineups.len());
    assert_eq!(lineups.iter().filter(|l| l.starter).count(), 22);
    assert!(lineups
        .iter()
        .all(|l| l.evidence.file == "openfootball/worldcup/more/1930_full.txt"));
    assert!(
        lineups.iter().filter(|l| l.player.is_some()).count() >= 20,
        "line-up names link to players"
    );
}

#[test]
fn euro_2020_final_went_to_penalties_italy_won_3_2() {
    let mf = one_match("Italy", "England", "2021-07-11");
    let italy = facts().team("Italy", None, None).expect("Italy");
    assert_eq!(mf.stage, Some(Stage::Final), "Euro stage from openfootball");
    assert_eq!(mf.result.decided, Decided::Shootout);
    assert_eq!(mf.result.winner, Some(italy));
    assert_eq!(mf.result.extra_time, Some(true));
    // martj42 has England at home; the shoot-out score is oriented like the canonical row.
    let expected = if mf.row.home == italy { (3, 2) } else { (2, 3) };
    assert_eq!(mf.result.shootout_score, Some(expected));
    let of = mf.openfootball.as_ref().expect("openfootball");
    assert_eq!(of.edition, "EURO-2020");
    assert_eq!(of.edition_name, "UEFA Euro 2020");
    assert_eq!(mf.goals.source, "openfootball");
    let minutes: Vec<u16> = mf
        .goals
        .goals
        .iter()
        .map(|g| g.minute.map_or(0, |m| m.base))
        .collect();
    assert_eq!(minutes, [2, 67]);
    assert_eq!(
        mf.goals.goals[0].score_after,
        if mf.row.home == italy { (0, 1) } else { (1, 0) }
    );
}

#[test]
fn world_cup_2022_squads_carry_full_birth_dates() {
    let conn = real_conn();
    let (rows, with_birth): (i64, i64) = conn
        .query_row(
            "SELECT COUNT(*), COUNT(birth_date) FROM of_squad WHERE edition_id = 'WC-2022'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("count");
    assert_eq!(rows, 831, "32 squads of 26, managers left out");
    assert_eq!(with_birth, rows);
    let (birth, file, player_birth): (String, String, String) = conn
        .query_row(
            "SELECT s.birth_date, f.path, p.birth_date FROM of_squad s JOIN source_file f ON f.id = s.file_id \
             JOIN player p ON p.id = s.player_id JOIN team t ON t.id = s.team_id \
             WHERE s.edition_id = 'WC-2022' AND t.name = 'England' AND s.name = 'Harry KANE'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("Kane's squad row");
    assert_eq!(birth, "1993-07-28");
    assert_eq!(player_birth, "1993-07-28", "linked to the canonical Kane");
    assert_eq!(file, "openfootball/worldcup/more/2022_squads.txt");
}

#[test]
fn squad_birth_dates_fill_players_lacking_one_with_provenance() {
    let conn = real_conn();
    let filled: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM player p JOIN source_file f ON f.id = p.birth_file_id \
             WHERE p.birth_date IS NOT NULL AND f.source = 'openfootball'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert!(filled > 300, "{filled} birth dates filled from squads");
    // The age answer cites the squad line when openfootball gave the birth date.
    let id: i64 = conn
        .query_row(
            "SELECT p.id FROM player p WHERE p.birth_file_id IS NOT NULL ORDER BY p.id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("a filled player");
    let age = facts()
        .age(goalline_core::PlayerId(id), d("2000-01-01"))
        .expect("age");
    assert!(age.value.is_some());
    assert!(
        age.evidence[0].file.starts_with("openfootball/"),
        "{:?}",
        age.evidence
    );
}

#[test]
fn kane_has_a_2021_snapshot_of_54_caps_and_34_goals_on_the_eve_of_euro_2020() {
    let conn = real_conn();
    let rows: Vec<(String, i64, i64, String)> = conn
        .prepare(
            "SELECT s.date, s.caps, s.goals, f.path FROM snapshot s JOIN player p ON p.id = s.player_id \
             JOIN team t ON t.id = s.team_id JOIN source_file f ON f.id = s.file_id \
             WHERE p.name = 'Harry Kane' AND t.name = 'England' ORDER BY s.date",
        )
        .expect("prepare")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(
        rows,
        [
            (
                "2021-06-10".to_string(),
                54,
                34,
                "openfootball/euro/2021--europe/squads/england.txt".to_string()
            ),
            (
                "2024-06-13".to_string(),
                91,
                63,
                "openfootball/euro/2024--germany/squads/england.txt".to_string()
            ),
        ]
    );
}

/// Kane's tally for England after the matches of `day`, and the scorer rows alone.
fn kane(day: &str) -> (goalline_core::Tally, u32) {
    let f = facts();
    let england = f.team("England", None, Some(Gender::Men)).expect("England");
    let kane = f
        .player(
            "Harry Kane",
            PlayerContext {
                team: Some(england),
                ..Default::default()
            },
        )
        .expect("Kane");
    let t = f.player_tally(kane, england, Some(d(day))).expect("tally");
    (t.value.tally, t.value.known)
}

#[test]
fn kane_tally_on_2022_12_10_is_a_narrow_interval_containing_53() {
    // truth.py (articles/dev): snapshot 34 on 2021-06-10 + 18 scorer rows + up to 5 England
    // goals without scorer rows, intersected with the 2024 snapshot backwards: [52, 55].
    let (t, known) = kane("2022-12-10");
    assert_eq!((t.low, t.high), (52, 55));
    assert!(t.contains(53));
    assert_eq!(known, 47, "scorer rows alone: a lower bound of 47");
    assert!(t.high - t.low <= 3);
}

#[test]
fn kane_tally_intervals_match_the_dev_set_ground_truth() {
    let (t, _) = kane("2021-07-07");
    assert!(t.is_exact(), "{t:?}");
    assert_eq!(t.low, 38);
    let (t, _) = kane("2023-03-23");
    assert_eq!((t.low, t.high), (53, 56));
    // The day before his debut (2015-03-27): his known span has not begun.
    let (t, _) = kane("2015-03-26");
    assert_eq!((t.low, t.high), (0, 0));
}

#[test]
fn messi_extra_time_goal_in_the_2022_final_is_a_minute_conflict_108_vs_109() {
    let db = real_db();
    let o = goalline(&[
        "--db",
        db.to_str().expect("utf8"),
        "conflicts",
        "--kind",
        "minute",
        "--tournament",
        "World Cup 2022",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let rows = v["conflicts"].as_array().expect("list");
    let messi = rows
        .iter()
        .find(|c| {
            c["description"]
                .as_str()
                .is_some_and(|d| d.contains("Messi"))
        })
        .expect("Messi's conflict");
    assert_eq!(messi["preferred"]["source"], "fjelstul");
    assert_eq!(messi["preferred"]["text"], "Lionel Messi 108'");
    assert_eq!(messi["preferred"]["file"], "worldcup/goals.csv");
    assert_eq!(messi["other"]["source"], "martj42");
    assert_eq!(messi["other"]["text"], "Lionel Messi 109'");
    assert_eq!(messi["other"]["file"], "international/goalscorers.csv");
    assert!(messi["rule"]
        .as_str()
        .is_some_and(|r| r.contains("Fjelstul")));
    // openfootball agrees with Fjelstul: no second conflict for the same goal.
    assert_eq!(
        rows.iter()
            .filter(|c| c["description"]
                .as_str()
                .is_some_and(|d| d.contains("Messi")))
            .count(),
        1
    );
    let human = goalline(&[
        "--db",
        db.to_str().expect("utf8"),
        "conflicts",
        "--tournament",
        "2022",
    ]);
    assert!(human.status.success());
    assert!(stdout(&human).contains("Lionel Messi 109'"));
}

#[test]
fn openfootball_coverage_and_linking_figures_are_in_the_import_summary() {
    let db = real_db();
    let o = goalline(&["--db", db.to_str().expect("utf8"), "status", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let of = v
        .pointer("/links/openfootball")
        .or_else(|| v.pointer("/link_report/openfootball"))
        .unwrap_or_else(|| panic!("openfootball report in status: {v}"));
    assert_eq!(of["skipped_lines"], 0);
    // Euro and World Cup files, and the Copa América squads (2021, 2024).
    assert_eq!(of["files_imported"], 172);
    assert_eq!(of["unresolved_teams"].as_array().map(Vec::len), Some(0));
    assert_eq!(of["created"].as_array().map(Vec::len), Some(0));
    assert!(of["matches"].as_u64().is_some_and(|n| n > 1400));
    let files = of["files"].as_array().expect("per-file coverage");
    assert!(files.len() > 600);
    assert!(files.iter().all(|f| f["skipped"] == 0));
}

fn mini_with_openfootball(euro: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    copy_dir(&fixture_dir(), &data);
    let dir = data.join("openfootball/euro/2021--europe");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("euro.txt"), euro).expect("write");
    (tmp, data)
}

const EURO_FINAL: &str = "= Euro 2021\n\n▪ Final\nJuly 11\n  21:00    Italy   3-2 pen. 1-1 a.e.t. (1-1, 0-1)  England    @ London\n                             (Bonucci 67'; Shaw 2')\n";

#[test]
fn a_football_txt_syntax_error_aborts_the_import_with_file_line_column() {
    let (tmp, data) = mini_with_openfootball(&EURO_FINAL.replace("3-2 pen. 1-1", "3-2 pen. 1-"));
    let db = tmp.path().join("g.db");
    let args = |extra: &[&'static str]| {
        let mut a = vec![
            "--db".to_string(),
            db.display().to_string(),
            "--data".to_string(),
            data.display().to_string(),
            "import".to_string(),
        ];
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    let run = |a: Vec<String>| goalline(&a.iter().map(String::as_str).collect::<Vec<_>>());
    let o = run(args(&[]));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("openfootball/euro/2021--europe/euro.txt:5:"),
        "{err}"
    );
    assert!(err.contains("left unchanged"), "{err}");
    assert!(!db.exists(), "no database written");
    let o = run(args(&["--lenient", "--json"]));
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let skipped = v["skipped"].as_array().expect("skipped");
    assert!(skipped
        .iter()
        .any(|s| s["file"] == "openfootball/euro/2021--europe/euro.txt" && s["line"] == 5));
}

#[test]
fn a_clean_football_txt_file_links_to_the_fixture_match() {
    let (tmp, data) = mini_with_openfootball(EURO_FINAL);
    let db = tmp.path().join("g.db");
    let o = goalline(&[
        "--db",
        db.to_str().expect("utf8"),
        "--data",
        data.to_str().expect("utf8"),
        "import",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let of = &v["links"]["openfootball"];
    assert_eq!(of["matches"], 1);
    assert_eq!(of["linked_same_day"], 1);
    assert_eq!(of["goals"], 2);
}
