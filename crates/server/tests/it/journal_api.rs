//! A journalist's daily questions over HTTP on the real data (issue 12, point 8): the goal log
//! endpoint and page, line-ups with substitution pairs on the match endpoint and page, and
//! stage/a.e.t./penalties in match lists and head-to-heads.

use crate::common::*;

#[tokio::test]
async fn kane_goal_log_2022_over_http_and_on_its_page() {
    let (status, v) = get_json("/api/players/Harry%20Kane/goals?team=England&year=2022").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["player"]["name"], "Harry Kane");
    let goals = v["goals"].as_array().expect("goals");
    let fr = goals
        .iter()
        .find(|g| g["opponent"] == "France")
        .expect("the France penalty");
    assert_eq!(fr["stage"]["label"], "quarter-final");
    assert_eq!(fr["penalty"], true);
    let t = &fr["tally"];
    assert!(
        t["low"].as_u64().expect("value") <= 53 && t["high"].as_u64().expect("value") >= 53,
        "{t}"
    );
    assert_eq!(fr["match"]["score"], "1–2");
    assert_eq!(v["goals_counted"].as_u64(), Some(goals.len() as u64));
    // Malformed range: 400 with the API error shape.
    let (status, v) =
        get_json("/api/players/Harry%20Kane/goals?from=2022-12-31&to=2022-01-01").await;
    assert_eq!(status, 400, "{v}");
    assert_error(&v, "bad_question");
    let (status, page) = get_text("/players/Harry%20Kane/goals?team=England&year=2022").await;
    assert_eq!(status, 200);
    assert!(page.contains("id=\"goal-log\""), "{page}");
    assert!(
        page.contains("quarter-final") && page.contains("45+3'"),
        "{page}"
    );
}

#[tokio::test]
async fn final_2022_has_line_ups_and_pairs_in_json_and_on_the_page() {
    let (status, v) = get_json("/api/matches?team=Argentina&opponent=France&date=2022-12-18").await;
    assert_eq!(status, 200, "{v}");
    let line = &v["matches"][0];
    assert_eq!(line["outcome"]["stage"]["key"], "final", "{line}");
    assert_eq!(
        line["outcome"]["penalties"],
        serde_json::json!([4, 2]),
        "{line}"
    );
    assert_eq!(
        line["outcome"]["text"],
        "Argentina won 4–2 on penalties after extra time"
    );
    let id = line["id"].as_i64().expect("id");
    let (status, d) = get_json(&format!("/api/matches/{id}")).await;
    assert_eq!(status, 200, "{d}");
    let l = &d["lineups"];
    assert_eq!(l["source"], "fjelstul");
    assert_eq!(l["teams"][1]["team"], "France");
    assert_eq!(l["teams"][1]["starters"].as_array().map(Vec::len), Some(11));
    let pairs = l["teams"][0]["substitutions"].as_array().expect("pairs");
    assert!(
        pairs
            .iter()
            .any(|p| p["on"] == "Gonzalo Montiel" && p["off"] == "Nahuel Molina"),
        "{pairs:?}"
    );
    let (status, page) = get_text(&format!("/matches/{id}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("id=\"lineups\""), "{page}");
    assert!(page.contains("Gonzalo Montiel"), "{page}");
    // A match no source has line-ups for: `null`, and no section.
    let (_, v) = get_json("/api/matches?team=England&opponent=Scotland&date=2023-09-12").await;
    let id = v["matches"][0]["id"].as_i64().expect("id");
    let (_, d) = get_json(&format!("/api/matches/{id}")).await;
    assert!(d["lineups"].is_null(), "{}", d["lineups"]);
}

#[tokio::test]
async fn euro_2020_final_in_lists_and_head_to_head_carries_stage_and_penalties() {
    let (status, v) = get_json("/api/teams/England/head-to-head/Italy?as_of=2021-07-11").await;
    assert_eq!(status, 200, "{v}");
    let last = v["matches"]
        .as_array()
        .and_then(|m| m.last())
        .expect("a meeting");
    assert_eq!(last["date"], "2021-07-11");
    assert_eq!(last["outcome"]["stage"]["key"], "final", "{last}");
    assert_eq!(last["outcome"]["tag"], "a.e.t., 3–2 pens", "{last}");
    assert_eq!(
        last["outcome"]["text"],
        "Italy won 3–2 on penalties after extra time"
    );
}
