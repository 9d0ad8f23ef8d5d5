//! The facts commands end to end on the real data: match, player, team, records, tournament,
//! h2h — tables, --json, --help, ambiguity (exit 2 with candidates), honest bounds.

use crate::common::*;

#[test]
fn player_kane_as_of_2022_12_10_shows_a_bound_world_cups_golden_boot_and_age() {
    let out = ok(&[
        "player",
        "Harry Kane",
        "--team",
        "England",
        "--as-of",
        "2022-12-10",
    ]);
    assert!(out.contains("Age on 2022-12-10: 29"), "{out}");
    assert!(
        out.contains("at least"),
        "a lower bound, never a count: {out}"
    );
    assert!(out.contains("Coverage: lower bound"), "{out}");
    assert!(out.contains("reasoning:"), "{out}");
    assert!(out.contains("Golden Boot"), "{out}");
    let line_2022 = out
        .lines()
        .find(|l| l.contains("┆") && l.contains("2022"))
        .expect("2022 row");
    let cells: Vec<&str> = line_2022
        .split(['┆', '│'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        &cells[2..],
        &["5", "5", "5", "2"],
        "5 matches, 5 apps, 5 starts, 2 goals: {line_2022}"
    );
    let v = json(&[
        "player",
        "Harry Kane",
        "--team",
        "England",
        "--as-of",
        "2022-12-10",
    ]);
    let t = &v["tally"]["tally"];
    assert!(t["low"].as_u64().expect("low") <= 53 && t["high"].as_u64().expect("high") >= 53);
    assert_ne!(v["tally"]["coverage"]["kind"], "exact");
    assert_eq!(v["age"], 29, "the API's profile: age in whole years");
}

#[test]
fn match_england_france_2022_with_notes() {
    let out = ok(&[
        "match",
        "England",
        "France",
        "--date",
        "2022-12-10",
        "--notes",
    ]);
    for want in [
        "England 1–2 France",
        "quarter-final",
        "Saturday",
        "Al Bayt Stadium",
        "54' Harry Kane",
        "pen.",
        "Morocco",
        "2022-12-14",
        "Storylines:",
        "cannot be decided",
    ] {
        assert!(out.contains(want), "missing {want:?} in {out}");
    }
    let v = json(&["match", "Three Lions", "Les Bleus", "--date", "2022-12-10"]);
    assert_eq!(v["match"]["stage"], "quarter_final");
    assert_eq!(v["next_fixture"]["value"]["next"]["date"], "2022-12-14");
    assert_eq!(v["intervals"][0]["minutes"], 37);
}

#[test]
fn match_list_and_competition_edition_filter() {
    let out = ok(&["match", "England", "France", "--competition", "World Cup"]);
    assert!(out.contains("matches; add --date"), "{out}");
    let v = json(&["match", "England", "--competition", "Euro 2020"]);
    assert_eq!(v["count"], 7, "England played seven matches at Euro 2020");
    let fin = ok(&["match", "England", "Italy", "--competition", "Euro 2020"]);
    assert!(
        fin.contains("Italy won 3–2 on penalties"),
        "winner first: {fin}"
    );
}

#[test]
fn womens_match_is_found_without_a_flag_and_marked() {
    let out = ok(&[
        "match",
        "United States",
        "Netherlands",
        "--date",
        "2019-07-07",
    ]);
    assert!(out.contains("(women)") && out.contains("Lyon"), "{out}");
}

#[test]
fn ambiguous_names_exit_2_with_candidates() {
    let o = run(&["team", "La Roja"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("ambiguous") && e.contains("Spain") && e.contains("Chile"),
        "{e}"
    );
    let o = run(&["player", "Kane"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Harry Kane"), "{}", stderr(&o));
    let o = run(&["player", "Harry Kame"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn team_england_scorers_are_bounds_and_history_has_1966() {
    let out = ok(&["team", "England", "--as-of", "2022-12-10", "--limit", "5"]);
    assert!(
        out.contains("Harry Kane") && out.contains("at least 52 (≤ 55)"),
        "{out}"
    );
    assert!(out.contains("1966") && out.contains("champions"), "{out}");
    assert!(out.contains("Shootouts up to 2022-12-10: won 3"), "{out}");
    let v = json(&["team", "West Germany", "--as-of", "1990-12-31"]);
    assert_eq!(v["team"], "Germany");
    let titles: Vec<i64> = v["tournaments"]["world_cups"]
        .as_array()
        .expect("array")
        .iter()
        .filter(|f| f["position"] == 1)
        .map(|f| f["edition"]["year"].as_i64().expect("year"))
        .collect();
    assert_eq!(
        v["tournaments"]["world_cup_titles"],
        serde_json::json!(titles)
    );
    assert_eq!(titles, vec![1954, 1974, 1990]);
}

#[test]
fn records_world_cup_scorers_men_and_women() {
    let out = ok(&["records", "--limit", "3"]);
    assert!(
        out.contains("Miroslav Klose") && out.contains("16"),
        "{out}"
    );
    let v = json(&["records", "--women", "--limit", "1"]);
    assert_eq!(v["scorers"][0]["name"], "Marta");
    assert_eq!(v["scorers"][0]["goals"]["low"], 17);
    let v = json(&["records", "--team", "Argentina", "--limit", "1"]);
    assert_eq!(v["scorers"][0]["name"], "Lionel Messi");
}

#[test]
fn tournaments_world_cup_2022_euro_2020_asian_cup_2023() {
    let v = json(&["tournament", "World Cup 2022"]);
    assert_eq!(v["champion"]["team"], "Argentina");
    assert_eq!(v["scorers"][0]["name"], "Kylian Mbappé");
    assert_eq!(v["scorers_coverage"]["kind"], "exact");
    let out = ok(&["tournament", "Euro 2020"]);
    assert!(
        out.contains("Champion: Italy") && out.contains("derived"),
        "{out}"
    );
    assert!(
        out.contains("2021-06-11"),
        "Euro 2020 was played in 2021: {out}"
    );
    let out = ok(&["tournament", "Asian Cup 2023"]);
    assert!(out.contains("Champion: Qatar"), "{out}");
    let out = ok(&[
        "tournament",
        "last year's Asian Cup",
        "--as-of",
        "2025-05-01",
    ]);
    assert!(out.contains("AFC Asian Cup 2023"), "{out}");
    let o = run(&["tournament", "this year's Euro"]);
    assert_eq!(o.status.code(), Some(2), "a relative phrase needs --as-of");
}

#[test]
fn h2h_england_germany() {
    let v = json(&["h2h", "England", "Germany", "--as-of", "2022-12-10"]);
    let (w, dr, l) = (
        v["wins"].as_u64(),
        v["draws"].as_u64(),
        v["losses"].as_u64(),
    );
    assert_eq!(
        w.zip(dr).zip(l).map(|((a, b), c)| a + b + c),
        v["played"].as_u64(),
        "{v}"
    );
    let out = ok(&[
        "h2h",
        "England",
        "Germany",
        "--as-of",
        "2022-12-10",
        "--limit",
        "2",
    ]);
    assert!(out.contains("2022-09-26"), "{out}");
}

#[test]
fn every_facts_command_has_help() {
    for cmd in [
        "match",
        "player",
        "team",
        "records",
        "tournament",
        "h2h",
        "goals",
    ] {
        let o = goalline(&[cmd, "--help"]);
        assert!(o.status.success(), "{cmd} --help");
        assert!(stdout(&o).contains("--json"), "{cmd} --help lists --json");
    }
}

#[test]
fn bad_dates_are_usage_errors() {
    let o = run(&["player", "Harry Kane", "--as-of", "10/12/2022"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("YYYY-MM-DD"), "{}", stderr(&o));
}
