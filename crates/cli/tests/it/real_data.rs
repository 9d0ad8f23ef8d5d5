//! The foundation on the real data: linking, provenance, coverage, men's/women's separation.

use crate::common::*;

/// (match id, home score, away score, Fjelstul id, stage, gender, file, line)
type LinkedRow = (i64, i64, i64, String, String, String, String, i64);

#[test]
fn england_france_2022_is_one_linked_quarter_final() {
    let conn = real_conn();
    let mut st = conn
        .prepare(
            "SELECT m.id, m.home_score, m.away_score, w.id, w.stage, t.gender, f.path, m.line \
             FROM matches m JOIN wc_match w ON w.match_id = m.id JOIN wc_tournament t ON t.id = w.tournament_id \
             JOIN source_file f ON f.id = m.file_id \
             JOIN team h ON h.id = m.home_team_id JOIN team a ON a.id = m.away_team_id \
             WHERE m.date = '2022-12-10' AND h.name = 'England' AND a.name = 'France'",
        )
        .expect("prepare");
    let rows: Vec<LinkedRow> = st
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(rows.len(), 1, "exactly one canonical match");
    let (_, hs, as_, wc, stage, gender, path, line) = &rows[0];
    assert_eq!((*hs, *as_), (1, 2));
    assert_eq!(wc, "M-2022-60");
    assert_eq!(stage, "quarter_final");
    assert_eq!(gender, "men");
    assert_eq!(path, "international/results.csv");
    assert!(*line > 40_000, "provenance line {line}");
}

#[test]
fn kanes_54th_minute_penalty_is_present_from_both_sources() {
    let conn = real_conn();
    let martj42: (i64, i64, i64) = conn
        .query_row(
            "SELECT s.minute, s.penalty, s.player_id FROM scorer s JOIN matches m ON m.id = s.match_id \
             WHERE m.wc_match_id = 'M-2022-60' AND s.scorer = 'Harry Kane'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("martj42 row");
    let fjelstul: (i64, i64, i64, String) = conn
        .query_row(
            "SELECT g.minute, g.penalty, g.player_id, p.wc_id FROM wc_goal g JOIN player p ON p.id = g.player_id \
             WHERE g.wc_match_id = 'M-2022-60' AND p.family_name = 'Kane'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .expect("fjelstul row");
    assert_eq!((martj42.0, martj42.1), (54, 1));
    assert_eq!((fjelstul.0, fjelstul.1), (54, 1));
    assert_eq!(
        martj42.2, fjelstul.2,
        "both rows point at the same canonical player"
    );
    assert!(fjelstul.3.starts_with("P-"));
}

#[test]
fn italy_beat_england_on_penalties_in_the_euro_2020_final() {
    let conn = real_conn();
    let (winner, first): (String, String) = conn
        .query_row(
            "SELECT w.name, fs.name FROM shootout s JOIN matches m ON m.id = s.match_id \
             JOIN team w ON w.id = s.winner_team_id JOIN team fs ON fs.id = s.first_shooter_team_id \
             WHERE m.date = '2021-07-11' AND m.tournament = 'UEFA Euro'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("shootout");
    assert_eq!(winner, "Italy");
    assert_eq!(first, "Italy", "martj42 records Italy kicking first");
}

#[test]
fn womens_standings_do_not_leak_into_mens() {
    let conn = real_conn();
    let standings = |gender: &str| -> Vec<(i64, i64)> {
        let mut st = conn
            .prepare(
                "SELECT t.year, s.position FROM wc_standing s JOIN wc_tournament t ON t.id = s.tournament_id \
                 JOIN team tm ON tm.id = s.team_id WHERE tm.name = 'England' AND t.gender = ?1 ORDER BY t.year",
            )
            .expect("prepare");
        st.query_map([gender], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows")
    };
    let men = standings("men");
    let women = standings("women");
    assert!(men.contains(&(1966, 1)), "men: {men:?}");
    assert!(
        men.iter().all(|(y, _)| ![2015, 2019].contains(y)),
        "women's years in men's: {men:?}"
    );
    assert!(women.contains(&(2015, 3)), "women: {women:?}");
    assert!(
        women.iter().all(|(y, _)| *y != 1966),
        "men's 1966 in women's: {women:?}"
    );
}

#[test]
fn england_coverage_up_to_2022_12_10_is_745_of_2295() {
    let db = real_db();
    let o = goalline(&[
        "--db",
        db.to_str().expect("utf8"),
        "coverage",
        "England",
        "--to",
        "2022-12-10",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["coverage"]["goals"], 2295);
    assert_eq!(v["coverage"]["goals_with_scorer"], 745);
}

#[test]
fn every_men_world_cup_match_links_and_1998_yugoslavia_is_serbia() {
    let conn = real_conn();
    let unlinked: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM wc_match w JOIN wc_tournament t ON t.id = w.tournament_id \
             JOIN matches m ON m.id = w.match_id WHERE t.gender = 'men' AND m.source <> 'martj42'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(unlinked, 0);
    let team: String = conn
        .query_row(
            "SELECT tm.name FROM wc_match w JOIN team tm ON tm.id = w.home_team_id WHERE w.id = 'M-1998-12'",
            [],
            |r| r.get(0),
        )
        .expect("row");
    assert_eq!(team, "Serbia");
}

#[test]
fn scorer_rows_never_exceed_the_score() {
    let conn = real_conn();
    let bad: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM matches WHERE home_known > home_score OR away_known > away_score",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(bad, 0);
}
