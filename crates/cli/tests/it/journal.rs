//! A journalist's daily questions through the binary on the real data (issue 12, points 8 and
//! 10): the goal log, stage/a.e.t./penalties in lists and headers, line-ups with substitution
//! pairs, one JSON vocabulary with the API, JSON errors on stderr, `h2h --limit` newest first,
//! no `file:0` evidence, `--as-of` inside a tournament, no "Broken pipe".

use crate::common::*;
use std::io::Read;
use std::process::{Command, Stdio};

#[test]
fn kane_goal_log_2022_has_opponents_stages_minutes_penalties_and_a_running_tally() {
    let v = json(&["goals", "Harry Kane", "--team", "England", "--year", "2022"]);
    assert_eq!(v["team"], "England");
    let goals = v["goals"].as_array().expect("goals");
    assert!(goals.len() >= 4, "{v}");
    // Every goal in 2022, in date order.
    let dates: Vec<&str> = goals
        .iter()
        .map(|g| g["date"].as_str().expect("value"))
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    assert!(dates.iter().all(|d| d.starts_with("2022-")), "{dates:?}");
    // The World Cup quarter-final penalty against France, with its stage and minute.
    let fr = goals
        .iter()
        .find(|g| g["opponent"] == "France")
        .expect("a goal against France");
    assert_eq!(fr["date"], "2022-12-10");
    assert_eq!(fr["stage"]["key"], "quarter_final");
    assert_eq!(fr["penalty"], true);
    assert_eq!(fr["minute_label"], "54'");
    assert_eq!(fr["competition"], "FIFA World Cup");
    // Stoppage time kept where Fjelstul has it: 45+3' against Senegal.
    let sen = goals
        .iter()
        .find(|g| g["opponent"] == "Senegal")
        .expect("a goal against Senegal");
    assert_eq!(sen["minute_label"], "45+3'");
    assert_eq!(sen["penalty"], false);
    // The running tally rises by one per goal and holds the true figure: the France penalty
    // was his 53rd England goal (public record).
    let lows: Vec<u64> = goals
        .iter()
        .map(|g| g["tally"]["low"].as_u64().expect("value"))
        .collect();
    assert!(lows.windows(2).all(|w| w[1] == w[0] + 1), "{lows:?}");
    let t = &fr["tally"];
    assert!(
        t["low"].as_u64().expect("value") <= 53 && t["high"].as_u64().expect("value") >= 53,
        "{t}"
    );
    // Before 2022 he had 48 (the San Marino hat-trick in Nov 2021 ended 2021 on 48).
    let b = &v["tally_before"];
    assert!(
        b["low"].as_u64().expect("value") <= 48 && b["high"].as_u64().expect("value") >= 48,
        "{b}"
    );
    // The text table says the same.
    let out = ok(&["goals", "Harry Kane", "--team", "England", "--year", "2022"]);
    assert!(out.contains("quarter-final"), "{out}");
    assert!(out.contains("45+3'"), "{out}");
    assert!(out.contains("pen."), "{out}");
}

#[test]
fn euro_2020_final_prints_its_stage_and_the_winner_first() {
    let out = ok(&["match", "Italy", "England", "--date", "2021-07-11"]);
    let header = out.lines().next().expect("header");
    assert!(header.contains("final"), "{out}");
    assert!(
        header.contains("a.e.t.") && header.contains("3–2 pens"),
        "{out}"
    );
    assert!(
        out.contains("Result: Italy won 3–2 on penalties after extra time"),
        "{out}"
    );
    // The same in a list: stage and outcome after the score.
    let out = ok(&["match", "--competition", "Euro 2020"]);
    let fin = out
        .lines()
        .find(|l| l.contains("2021-07-11"))
        .expect("the final in the list");
    assert!(fin.contains("final") && fin.contains("3–2 pens"), "{fin}");
    let out = ok(&["match", "--competition", "World Cup 2026", "--limit", "3"]);
    let fin = out
        .lines()
        .find(|l| l.contains("2026-07-19"))
        .expect("the 2026 final");
    assert!(fin.contains("final") && fin.contains("a.e.t."), "{fin}");
    let v = json(&["match", "--competition", "World Cup 2026", "--limit", "1"]);
    assert_eq!(v["matches"][0]["outcome"]["stage"]["key"], "final", "{v}");
    assert_eq!(v["matches"][0]["outcome"]["extra_time"], true, "{v}");
}

#[test]
fn world_cup_2022_final_has_line_ups_and_substitution_pairs() {
    let v = json(&["match", "Argentina", "France", "--date", "2022-12-18"]);
    let l = &v["lineups"];
    assert_eq!(l["source"], "fjelstul", "{l}");
    for t in l["teams"].as_array().expect("teams") {
        assert_eq!(t["starters"].as_array().map(Vec::len), Some(11), "{t}");
    }
    let arg = &l["teams"][0];
    assert_eq!(arg["team"], "Argentina");
    let pair = arg["substitutions"]
        .as_array()
        .expect("pairs")
        .iter()
        .find(|p| p["minute_label"] == "64'")
        .expect("the 64th-minute change");
    assert_eq!(pair["on"], "Marcos Acuña");
    assert_eq!(pair["off"], "Ángel Di María");
    assert_eq!(pair["paired_by_order"], false);
    let out = ok(&["match", "Argentina", "France", "--date", "2022-12-18"]);
    assert!(out.contains("64' Marcos Acuña for Ángel Di María"), "{out}");
    assert!(
        out.contains("Result: Argentina won 4–2 on penalties after extra time"),
        "{out}"
    );
}

#[test]
fn h2h_json_speaks_the_api_vocabulary_and_honours_limit_newest_first() {
    let v = json(&["h2h", "England", "Scotland", "--limit", "3"]);
    let keys: Vec<&str> = v
        .as_object()
        .expect("value")
        .keys()
        .map(String::as_str)
        .collect();
    for k in [
        "team",
        "opponent",
        "played",
        "wins",
        "draws",
        "losses",
        "goals_for",
        "goals_against",
        "unknown_score",
        "matches",
        "coverage",
    ] {
        assert!(keys.contains(&k), "missing {k}: {keys:?}");
    }
    for old in ["a", "b", "a_wins", "b_wins", "a_goals"] {
        assert!(!keys.contains(&old), "old key {old}: {keys:?}");
    }
    let m = v["matches"].as_array().expect("value");
    assert_eq!(m.len(), 3, "--limit 3 under --json");
    assert!(v["played"].as_u64().expect("value") > 100);
    let out = ok(&["h2h", "England", "Scotland", "--limit", "3"]);
    let dates: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_whitespace().nth(1))
        .filter(|w| w.len() == 10 && w.as_bytes()[4] == b'-')
        .collect();
    assert_eq!(dates.len(), 3, "{out}");
    assert!(
        dates.windows(2).all(|w| w[0] > w[1]),
        "newest first: {dates:?}"
    );
    // The player tally has the API's shape too: tally.tally.low, not tally.value.tally.low.
    let p = json(&["player", "Harry Kane", "--team", "England"]);
    assert!(
        p["tally"]["tally"]["low"].as_u64().is_some(),
        "{}",
        p["tally"]
    );
    assert!(p["tally"]["text"].is_string(), "{}", p["tally"]);
}

#[test]
fn errors_under_json_are_json_on_stderr_with_the_exit_code() {
    let o = run(&["--json", "player", "Xyzzyqw Plonk"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let e: serde_json::Value = serde_json::from_str(stderr(&o).trim()).expect("json on stderr");
    assert_eq!(e["code"], "not_found", "{e}");
    assert_eq!(e["exit_code"], 2, "{e}");
    assert!(
        e["message"].as_str().expect("value").contains("Xyzzyqw"),
        "{e}"
    );
    let o = run(&["--json", "player", "Kane"]);
    assert_eq!(o.status.code(), Some(2));
    let e: serde_json::Value = serde_json::from_str(stderr(&o).trim()).expect("json on stderr");
    assert_eq!(e["code"], "ambiguous_name", "{e}");
    assert!(
        e["candidates"].as_array().is_some_and(|c| c.len() > 1),
        "{e}"
    );
    // A usage error of goalline's own (a bad date) is JSON too.
    let o = run(&["--json", "goals", "Harry Kane", "--from", "10/12/2022"]);
    assert_eq!(o.status.code(), Some(2));
    let e: serde_json::Value = serde_json::from_str(stderr(&o).trim()).expect("json on stderr");
    assert!(
        e["message"].as_str().expect("value").contains("YYYY-MM-DD"),
        "{e}"
    );
}

#[test]
fn as_of_inside_a_tournament_counts_it_as_in_progress() {
    let v = json(&["tournament", "World Cup 2022", "--as-of", "2022-12-01"]);
    assert_eq!(v["status"], "in_progress", "{v}");
    assert!(v["champion"].is_null(), "{v}");
    assert_eq!(v["matches_scheduled"], 64);
    let played = v["matches"].as_u64().expect("value");
    assert!(played > 32 && played < 64, "{played}");
    // Mbappé had 3 goals by 1 December 2022 (8 at the end).
    let mb = v["scorers"]
        .as_array()
        .expect("value")
        .iter()
        .find(|s| s["name"] == "Kylian Mbappé")
        .expect("Mbappé");
    assert_eq!(mb["goals"]["low"], 3, "{mb}");
    let out = ok(&["tournament", "World Cup 2022", "--as-of", "2022-12-01"]);
    assert!(out.contains("In progress on 2022-12-01"), "{out}");
    assert!(!out.contains("Champion: Argentina"), "{out}");
    let done = json(&["tournament", "World Cup 2022", "--as-of", "2022-12-18"]);
    assert_eq!(done["status"], "finished");
    assert_eq!(done["matches"], 64);
}

#[test]
fn evidence_lines_never_say_file_zero() {
    // `results.csv:0:` or `euro.txt:0 ` — a line number 0 (not `:0123`, not `:04`).
    let file_zero = |s: &str| {
        [".csv:0", ".txt:0"].iter().any(|p| {
            s.match_indices(p).any(|(i, _)| {
                !s[i + p.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
            })
        })
    };
    for args in [
        &["tournament", "Euro 2024"][..],
        &["tournament", "World Cup 2022"],
        &["team", "England"],
        &["player", "Harry Kane", "--team", "England"],
        &["records"],
        &["match", "England", "France", "--date", "2022-12-10"],
    ] {
        let out = ok(args);
        assert!(!file_zero(&out), "{args:?}: {out}");
    }
}

#[test]
fn piping_into_head_is_not_an_error() {
    let db = real_db().to_str().expect("utf8").to_string();
    for args in [
        vec!["match", "England", "--limit", "500"],
        vec!["--json", "match", "England", "--limit", "500"],
        vec!["goals", "Harry Kane", "--team", "England"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_goalline"))
            .args(["--db", db.as_str()])
            .args(&args)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        // Read one byte, then close the pipe as `head -c1` would.
        let mut out = child.stdout.take().expect("value");
        let mut b = [0u8; 1];
        out.read_exact(&mut b).expect("first byte");
        drop(out);
        let o = child.wait_with_output().expect("wait");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            !err.contains("Broken pipe") && !err.contains("panicked"),
            "{args:?}: {err}"
        );
        assert_eq!(o.status.code(), Some(0), "{args:?}: {err}");
    }
}
