//! The facts endpoints (matches, players, team scorers and history, head-to-head,
//! tournaments) and `POST /api/check` against the live server on the real data, with figures
//! cross-checked against the facts engine and the checker called directly.

use crate::common::*;
use goalline_core::{Date, Gender};
use goalline_facts::Facts;
use std::sync::{Arc, OnceLock};

fn facts() -> &'static Facts {
    static F: OnceLock<Facts> = OnceLock::new();
    F.get_or_init(|| {
        let store = goalline_store_sqlite::SqliteStore::open(real_db()).expect("open");
        Facts::new(Arc::new(store)).expect("facts")
    })
}

fn d(s: &str) -> Date {
    Date::parse_from_str(s, "%Y-%m-%d").expect("date")
}

#[tokio::test]
async fn england_france_2022_in_full() {
    let id = england_france_2022().await;
    let (status, v) = get_json(&format!("/api/matches/{id}")).await;
    assert_eq!(status, 200, "{v}");
    let m = &v["match"];
    assert_eq!(
        (m["home"].as_str(), m["away"].as_str()),
        (Some("England"), Some("France"))
    );
    assert_eq!(
        (m["home_score"].as_u64(), m["away_score"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(m["weekday"], "Saturday");
    assert_eq!(v["stage"]["key"], "quarter_final");
    assert_eq!(v["tournament"]["key"], "FIFA World Cup 2022");
    assert!(
        v["venue"].as_str().is_some_and(|s| s.contains("Al Bayt")),
        "{}",
        v["venue"]
    );
    assert_eq!(v["result"]["winner"], "France");
    assert_eq!(v["result"]["decided"], "regulation");
    let goals = v["timeline"]["goals"].as_array().expect("goals");
    assert_eq!(goals.len(), 3);
    assert_eq!(v["timeline"]["complete"], true);
    let kane = &goals[1];
    assert_eq!(kane["scorer"], "Harry Kane");
    assert_eq!(kane["minute_label"], "54'");
    assert_eq!(kane["penalty"], true);
    assert_eq!(kane["side"], "home");
    assert_eq!(
        kane["score_after"],
        serde_json::json!({"home": 1, "away": 1})
    );
    assert!(kane["evidence"][0]["file"]
        .as_str()
        .is_some_and(|f| f.ends_with("goals.csv")));
    assert_eq!(v["details_source"], "fjelstul");
    assert!(
        v["cards"].as_array().is_some_and(|c| c.len() == 4),
        "{}",
        v["cards"]
    );
    let subs = v["substitutions"].as_array().expect("subs");
    assert!(subs.iter().any(|s| s["player"] == "Jack Grealish"
        && s["minute"] == serde_json::json!({"base": 90, "stoppage": 8})));
    assert_eq!(v["next_fixture"]["opponent"], "Morocco");
    assert_eq!(v["next_fixture"]["stage"]["key"], "semi_final");
    assert!(!v["evidence"].as_array().expect("evidence").is_empty());
}

#[tokio::test]
async fn a_final_won_on_penalties_after_extra_time() {
    let (_, list) = get_json("/api/matches?team=Argentina&opponent=France&date=2022-12-18").await;
    let id = list["matches"][0]["id"].as_i64().expect("the 2022 final");
    let (status, v) = get_json(&format!("/api/matches/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(v["stage"]["key"], "final");
    assert_eq!(v["result"]["decided"], "shootout");
    assert_eq!(v["result"]["extra_time"], true);
    assert_eq!(v["result"]["winner"], "Argentina");
    // Oriented like the match: Argentina (home) 4, France 2.
    assert_eq!(
        v["result"]["shootout"],
        serde_json::json!({"home": 4, "away": 2})
    );
    assert!(v["result"]["text"]
        .as_str()
        .is_some_and(|t| t.contains("4–2 on penalties after extra time")));
    let kicks = v["shootout_kicks"].as_array().expect("kicks");
    assert_eq!(kicks.len(), 8, "{}", v["shootout_kicks"]);
    assert_eq!(kicks.iter().filter(|k| k["scored"] == true).count(), 6);
    // Extra-time goals keep their minute (Messi 108', Mbappé 118' pen.).
    let goals = v["timeline"]["goals"].as_array().expect("goals");
    assert_eq!(goals.len(), 6);
    assert!(goals.iter().any(|g| g["minute"]["base"] == 108));
    assert!(goals
        .iter()
        .any(|g| g["minute"]["base"] == 118 && g["penalty"] == true));
}

#[tokio::test]
async fn euro_matches_take_details_from_openfootball() {
    // The Euro 1976 final, won on penalties (Panenka's): kicks from openfootball.
    let (_, list) = get_json("/api/matches?team=Germany&date=1976-06-20").await;
    let id = list["matches"][0]["id"]
        .as_i64()
        .expect("the Euro 1976 final");
    let (_, v) = get_json(&format!("/api/matches/{id}")).await;
    assert_eq!(v["tournament"]["key"], "UEFA Euro 1976");
    assert_eq!(v["match"]["away"], "West Germany", "the name of the day");
    assert_eq!(v["result"]["winner"], "Czechoslovakia");
    assert_eq!(
        v["result"]["shootout"],
        serde_json::json!({"home": 5, "away": 3})
    );
    assert_eq!(v["details_source"], "openfootball", "{v}");
    let kicks = v["shootout_kicks"].as_array().expect("kicks");
    assert_eq!(kicks.len(), 9);
    assert_eq!(kicks.iter().filter(|k| k["scored"] == false).count(), 1);
    // The Euro 2020 final has no kicks in any source: none are invented.
    let (_, list) = get_json("/api/matches?team=Italy&opponent=England&date=2021-07-11").await;
    let id = list["matches"][0]["id"]
        .as_i64()
        .expect("the Euro 2020 final");
    let (_, v) = get_json(&format!("/api/matches/{id}")).await;
    assert_eq!(
        v["result"]["text"],
        "Italy won 3–2 on penalties after extra time"
    );
    assert_eq!(v["shootout_kicks"].as_array().map(Vec::len), Some(0));
    assert_eq!(v["half_time"], serde_json::json!({"home": 1, "away": 0}));
}

#[tokio::test]
async fn goal_timeline_and_storylines() {
    let id = england_france_2022().await;
    let (status, t) = get_json(&format!("/api/matches/{id}/goals")).await;
    assert_eq!(status, 200);
    assert_eq!(t["source"], "fjelstul");
    let gaps: Vec<u64> = t["intervals"]
        .as_array()
        .expect("intervals")
        .iter()
        .filter_map(|i| i["minutes"].as_u64())
        .collect();
    assert_eq!(gaps, [37, 24]);
    let (status, s) = get_json(&format!("/api/matches/{id}/storylines")).await;
    assert_eq!(status, 200);
    let stories = s["storylines"].as_array().expect("storylines");
    assert!(
        stories.iter().any(|x| x["kind"] == "record_undecided"
            && x["text"].as_str().is_some_and(|t| t.contains("Harry Kane"))
            && x["coverage"]["kind"] == "bounded"),
        "{s}"
    );
    assert!(stories.iter().any(|x| x["kind"] == "next_fixture"));
}

#[tokio::test]
async fn match_errors() {
    let (status, v) = get_json("/api/matches/abc").await;
    assert_eq!(status, 400);
    assert_error(&v, "invalid_parameter");
    let (status, v) = get_json("/api/matches/999999999").await;
    assert_eq!(status, 404);
    assert_error(&v, "not_found");
    let (status, v) = get_json("/api/matches?competition=World%20Cup").await;
    assert_eq!(status, 400);
    assert_error(&v, "bad_question");
    let (status, v) = get_json("/api/matches?team=Englnd&date=2022-12-10").await;
    assert_eq!(status, 404);
    assert_eq!(v["suggestion"], "England");
}

#[tokio::test]
async fn match_search_by_edition() {
    let (status, v) = get_json("/api/matches?team=England&competition=World%20Cup%202022").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(
        v["count"], 5,
        "England played five matches at the 2022 World Cup"
    );
}

#[tokio::test]
async fn harry_kanes_tally_as_of_the_quarter_final() {
    let (status, v) = get_json("/api/players/Harry%20Kane/tally?as_of=2022-12-10").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["player"]["name"], "Harry Kane");
    assert_eq!(v["team"], "England");
    assert_eq!(
        v["tally"],
        serde_json::json!({"low": 52, "high": 55, "exact": false})
    );
    assert_eq!(v["text"], "52–55");
    assert_eq!(v["known"], 47);
    assert_eq!(v["coverage"]["kind"], "bounded");
    assert_eq!(v["coverage"]["unknown"], 3);
    assert!(v["reasoning"]
        .as_str()
        .is_some_and(|r| r.contains("scorer rows")));
    assert_eq!(v["snapshots"].as_array().map(Vec::len), Some(2));
    assert!(v["evidence"].as_array().is_some_and(|e| e.len() >= 47));
    // The same as the facts engine's answer.
    let f = facts();
    let kane = f
        .player("Harry Kane", goalline_facts::PlayerContext::default())
        .expect("Kane");
    let england = f.team("England", None, Some(Gender::Men)).expect("England");
    let direct = f
        .player_tally(kane, england, Some(d("2022-12-10")))
        .expect("tally");
    assert_eq!(v["tally"]["low"], direct.value.tally.low);
    assert_eq!(v["tally"]["high"], direct.value.tally.high);
    assert_eq!(v["reasoning"], direct.value.reasoning);
    // By id, with the team given: the same interval.
    let id = v["player"]["id"].as_i64().expect("id");
    let (_, by_id) = get_json(&format!(
        "/api/players/{id}/tally?as_of=2022-12-10&team=Three%20Lions"
    ))
    .await;
    assert_eq!(by_id["tally"], v["tally"]);
    assert_eq!(by_id["team_chosen"], "requested");
}

#[tokio::test]
async fn a_tally_never_falls_as_the_date_moves_forward() {
    let mut last = (0u64, 0u64);
    for day in [
        "2015-01-01",
        "2016-06-01",
        "2018-07-15",
        "2020-01-01",
        "2021-07-11",
        "2022-12-10",
        "2024-07-14",
    ] {
        let (status, v) = get_json(&format!("/api/players/Harry%20Kane/tally?as_of={day}")).await;
        assert_eq!(status, 200, "{day}: {v}");
        let low = v["tally"]["low"].as_u64().expect("low");
        let high = v["tally"]["high"].as_u64().unwrap_or(u64::MAX);
        assert!(
            low >= last.0 && high >= last.1.min(high),
            "{day}: {low}–{high} after {last:?}"
        );
        assert!(low <= high);
        last = (low, high);
    }
}

#[tokio::test]
async fn player_profile_world_cups_awards_age() {
    let (status, v) = get_json("/api/players/Harry%20Kane?as_of=2022-12-10").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["player"]["birth_date"], "1993-07-28");
    assert_eq!(v["age"], 29);
    let cups = v["world_cups"].as_array().expect("world cups");
    let summary: Vec<(i64, u64, u64, u64)> = cups
        .iter()
        .map(|c| {
            (
                c["year"].as_i64().unwrap_or_default(),
                c["appearances"].as_u64().unwrap_or_default(),
                c["starts"].as_u64().unwrap_or_default(),
                c["goals"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(summary, [(2018, 6, 6, 6), (2022, 5, 5, 2)]);
    let awards = v["awards"].as_array().expect("awards");
    assert!(awards
        .iter()
        .any(|a| a["award"] == "Golden Boot" && a["year"] == 2018));
    // Before the 2018 final, no award yet.
    let (_, early) = get_json("/api/players/Harry%20Kane?as_of=2018-07-01").await;
    assert_eq!(early["awards"].as_array().map(Vec::len), Some(0));
}

#[tokio::test]
async fn player_names_resolve_or_list_candidates() {
    let (status, v) = get_json("/api/players?q=Kane").await;
    assert_eq!(status, 200);
    assert_eq!(v["resolution"], "ambiguous");
    assert!(v["players"]
        .as_array()
        .is_some_and(|p| p.iter().any(|x| x["name"] == "Harry Kane")));
    let (_, one) = get_json("/api/players?q=Harry%20Kane").await;
    assert_eq!(one["resolution"], "one");
    assert_eq!(one["players"][0]["page"], "/players/Harry%20Kane");
    // The two Jan Olssons of Sweden: a 409 with both candidates and their pages.
    let (status, v) = get_json("/api/players/Jan%20Olsson/tally").await;
    assert_eq!(status, 409, "{v}");
    assert_error(&v, "ambiguous_name");
    let pages = v["candidate_pages"].as_array().expect("candidate pages");
    assert_eq!(pages.len(), v["candidates"].as_array().map_or(0, Vec::len));
    assert!(pages.len() >= 2);
    assert!(pages
        .iter()
        .all(|p| p.as_str().is_some_and(|p| p.starts_with("/players/"))));
    let (status, v) = get_json("/api/players/Nobody%20Atall/tally").await;
    assert_eq!(status, 404);
    assert_error(&v, "not_found");
    // A women's player is found without asking.
    let (status, v) = get_json("/api/players/Alex%20Morgan").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["player"]["gender"], "women");
    assert_eq!(
        v["tally"]["tally"]["high"],
        serde_json::Value::Null,
        "no upper bound for women"
    );
}

#[tokio::test]
async fn england_all_time_scorers_with_ties() {
    let (status, v) = get_json("/api/teams/England/scorers?as_of=2022-12-10&limit=15").await;
    assert_eq!(status, 200, "{v}");
    let rows = v["scorers"].as_array().expect("scorers");
    assert_eq!(rows[0]["name"], "Harry Kane");
    assert_eq!(rows[0]["rank"], 1);
    // 47 scorer rows, raised to 52 by the caps/goals snapshots (as `player` says).
    assert_eq!(rows[0]["goals"]["low"], 52);
    assert_eq!(v["coverage"]["kind"], "bounded");
    // Shared places are flagged, and everyone tied with the last place is kept.
    let tied: Vec<&serde_json::Value> = rows.iter().filter(|r| r["tied"] == true).collect();
    assert!(!tied.is_empty());
    for t in &tied {
        assert!(rows.iter().filter(|r| r["rank"] == t["rank"]).count() > 1);
    }
    for r in rows {
        let low = r["goals"]["low"].as_u64().expect("low");
        assert!(r["goals"]["high"].as_u64().is_none_or(|h| h >= low));
    }
    // Same order and bounds as the facts engine.
    let f = facts();
    let england = f.team("England", None, Some(Gender::Men)).expect("England");
    let direct = f
        .team_top_scorers(england, Some(d("2022-12-10")), 15)
        .expect("scorers");
    let names: Vec<&str> = rows.iter().filter_map(|r| r["name"].as_str()).collect();
    let expected: Vec<&str> = direct.value.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, expected);
    // Interval ranks: the places each interval allows, as the CLI's place column.
    for (r, e) in rows.iter().zip(&direct.value) {
        assert_eq!(r["places"], serde_json::json!(e.places), "{r}");
        assert_eq!(r["certain"], e.certain, "{r}");
    }
    assert!(
        rows.iter().any(|r| r["certain"] == false),
        "overlapping intervals (Kane 52-55 and Rooney's) leave places open"
    );
}

#[tokio::test]
async fn team_tournament_history() {
    let (status, v) = get_json("/api/teams/England/tournaments?as_of=2022-12-10").await;
    assert_eq!(status, 200, "{v}");
    let cups = v["world_cups"].as_array().expect("world cups");
    assert!(cups
        .iter()
        .any(|c| c["edition"]["year"] == 1966 && c["finish"] == "champions"));
    assert!(
        !cups.iter().any(|c| c["edition"]["year"] == 2022),
        "2022 had not ended"
    );
    assert_eq!(v["world_cup_titles"], serde_json::json!([1966]));
    assert_eq!(v["continental"], "UEFA Euro");
    let euros = v["continental_runs"].as_array().expect("euros");
    assert!(euros
        .iter()
        .any(|r| r["edition"]["key"] == "UEFA Euro 2020" && r["finish"] == "runners-up"));
}

#[tokio::test]
async fn head_to_head_matches_the_facts_engine() {
    let (status, v) = get_json("/api/teams/England/head-to-head/France?as_of=2022-12-10").await;
    assert_eq!(status, 200, "{v}");
    let f = facts();
    let (a, b) = (
        f.team("England", None, Some(Gender::Men)).expect("England"),
        f.team("France", None, Some(Gender::Men)).expect("France"),
    );
    let direct = f
        .head_to_head(a, b, Some(d("2022-12-10")), Gender::Men)
        .expect("h2h");
    assert_eq!(v["wins"], direct.value.a_wins);
    assert_eq!(v["draws"], direct.value.draws);
    assert_eq!(v["losses"], direct.value.b_wins);
    assert_eq!(v["goals_for"], direct.value.a_goals);
    assert_eq!(v["played"], direct.value.matches.len());
    assert_eq!(
        v["matches"]
            .as_array()
            .and_then(|m| m.last())
            .map(|m| m["date"].clone()),
        Some(serde_json::json!("2022-12-10"))
    );
    let (status, v) = get_json("/api/teams/England/head-to-head/Three%20Lions").await;
    assert_eq!(status, 400);
    assert_error(&v, "bad_question");
}

#[tokio::test]
async fn world_cup_2022_tournament() {
    let (status, r) = get_json("/api/tournaments?q=World%20Cup%202022").await;
    assert_eq!(status, 200);
    assert_eq!(r["resolution"], "one");
    let key = r["editions"][0]["key"].as_str().expect("key").to_string();
    assert_eq!(key, "FIFA World Cup 2022");
    let (status, v) = get_json("/api/tournaments/FIFA%20World%20Cup%202022").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["champion"]["team"], "Argentina");
    assert_eq!(v["matches"], 64);
    assert_eq!(v["goals"], 172);
    let standings: Vec<&str> = v["standings"]
        .as_array()
        .expect("standings")
        .iter()
        .filter_map(|s| s["team"].as_str())
        .collect();
    assert_eq!(standings, ["Argentina", "France", "Croatia", "Morocco"]);
    let semis = v["bracket"]
        .as_array()
        .expect("bracket")
        .iter()
        .find(|r| r["stage"]["key"] == "semi_final")
        .expect("semi-finals");
    assert!(
        semis["matches"].as_array().expect("semis").iter().any(|m| {
            m["match"]["home_team"] == "France"
                && m["match"]["away_team"] == "Morocco"
                && m["winner"] == "France"
        }),
        "{semis}"
    );
    assert_eq!(v["scorers"][0]["name"], "Kylian Mbappé");
    assert_eq!(
        v["scorers"][0]["goals"],
        serde_json::json!({"low": 8, "high": 8, "exact": true})
    );
    assert_eq!(v["scorers_coverage"]["kind"], "exact");
    assert!(v["awards"]
        .as_array()
        .expect("awards")
        .iter()
        .any(|a| a["award"] == "Golden Ball" && a["winner"] == "Lionel Messi"));
    let groups = v["groups"].as_array().expect("groups");
    assert_eq!(groups.len(), 8);
    for g in groups {
        let rows = g["rows"].as_array().expect("rows");
        assert_eq!(rows.len(), 4, "{g}");
        assert!(rows.iter().all(|r| r["played"] == 3));
        let gf: u64 = rows.iter().filter_map(|r| r["goals_for"].as_u64()).sum();
        let ga: u64 = rows
            .iter()
            .filter_map(|r| r["goals_against"].as_u64())
            .sum();
        assert_eq!(gf, ga);
    }
    let group_c = groups
        .iter()
        .find(|g| g["name"] == "Group C")
        .expect("group C");
    assert_eq!(group_c["rows"][0]["team"], "Argentina");
    assert_eq!(group_c["rows"][0]["points"], 6);
}

#[tokio::test]
async fn euro_2020_by_phrase_with_a_derived_bracket() {
    let (status, v) = get_json("/api/tournaments/Euro%202020").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["edition"]["key"], "UEFA Euro 2020");
    assert_eq!(v["champion"]["team"], "Italy");
    assert!(v["bracket_note"]
        .as_str()
        .is_some_and(|n| n.contains("derived")));
    assert_eq!(
        v["bracket"].as_array().map(Vec::len),
        Some(4),
        "round of 16 to the final"
    );
    assert_eq!(v["groups"].as_array().map(Vec::len), Some(6));
    let (status, v) = get_json("/api/tournaments/Nowhere%20Cup%201901").await;
    assert_eq!(status, 404);
    assert_error(&v, "not_found");
}

#[tokio::test]
async fn check_returns_the_clis_json() {
    let article = showcase_article();
    let (status, plain) = post("/api/check", "text/plain; charset=utf-8", article.clone()).await;
    assert_eq!(status, 200, "{plain}");
    // Exactly what `goalline check --json` prints: the checker's report, pretty, newline.
    let store = goalline_store_sqlite::SqliteStore::open(real_db()).expect("open");
    let checker = goalline_check::Checker::new(Facts::new(Arc::new(store)).expect("facts"));
    let expected = format!(
        "{}\n",
        serde_json::to_string_pretty(&checker.check(&article, None)).expect("json")
    );
    assert_eq!(plain, expected);
    let v: serde_json::Value = serde_json::from_str(&plain).expect("json");
    assert_eq!(
        v["main_match"],
        "2022-12-10 England 1–2 France (FIFA World Cup)"
    );
    assert!(v["summary"]["supported"].as_u64().is_some_and(|n| n > 0));
    // Offsets index the article: text == article[start..end].
    for c in v["claims"].as_array().expect("claims") {
        let (s, e) = (
            c["start"].as_u64().expect("start") as usize,
            c["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(article.get(s..e), c["text"].as_str(), "{c}");
    }
    // JSON body with a date: the date is used as given.
    let body = serde_json::json!({"text": article, "date": "2022-12-11"}).to_string();
    let (status, json) = post("/api/check", "application/json", body).await;
    assert_eq!(status, 200);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["date"], "2022-12-11");
    assert_eq!(v["date_source"], "given");
    // Every key of the report is documented in the OpenAPI schema.
    let doc: serde_json::Value =
        serde_json::from_str(goalline_server::openapi_json()).expect("doc");
    let props = doc["components"]["schemas"]["CheckReport"]["properties"]
        .as_object()
        .expect("schema");
    for k in v.as_object().expect("object").keys() {
        assert!(props.contains_key(k), "{k} undocumented");
    }
    let claim_props = doc["components"]["schemas"]["CheckedClaim"]["properties"]
        .as_object()
        .expect("claim schema");
    for c in v["claims"].as_array().expect("claims") {
        for k in c.as_object().expect("claim").keys() {
            assert!(claim_props.contains_key(k), "claim field {k} undocumented");
        }
    }
}

#[tokio::test]
async fn check_rejects_bad_bodies() {
    let (status, body) = post("/api/check", "text/plain", "   ").await;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("\"code\":\"missing_parameter\""));
    let (status, body) = post("/api/check", "application/json", "{not json").await;
    assert_eq!(status, 400);
    assert!(body.contains("\"code\":\"bad_request\""));
    let (status, body) = post("/api/check", "application/xml", "<a/>").await;
    assert_eq!(status, 400);
    assert!(body.contains("unsupported content type"));
    let (status, body) = post("/api/check?date=tomorrow", "text/plain", "England won.").await;
    assert_eq!(status, 400);
    assert!(body.contains("\"code\":\"invalid_parameter\""));
    let text = post_head_only("/api/check", "text/plain", 2 * 1024 * 1024 + 1).await;
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    assert!(text.contains("\"code\":\"payload_too_large\""), "{text}");
}

#[tokio::test]
async fn cached_answers_are_identical() {
    let path = "/api/players/Harry%20Kane/tally?as_of=2021-07-11";
    let a = get_text(path).await;
    let b = get_text(path).await;
    assert_eq!(a.0, 200);
    assert_eq!(a, b);
}

#[tokio::test]
async fn tournament_as_of_inside_the_edition_is_in_progress() {
    let (status, v) = get_json("/api/tournaments/UEFA%20Euro%202020?as_of=2021-06-20").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["status"], "in_progress");
    assert_eq!(v["as_of"], "2021-06-20");
    assert!(v["champion"].is_null(), "no champion before the final");
    assert_eq!(v["standings"], serde_json::json!([]));
    // What was played up to that day, counted by the facts engine from the edition's matches.
    let f = facts();
    let full = f
        .require_edition("UEFA Euro 2020", None, Some(Gender::Men))
        .expect("Euro 2020");
    let all = f.edition_matches(&full).expect("matches");
    let played: Vec<_> = all.iter().filter(|m| m.date <= d("2021-06-20")).collect();
    assert!(!played.is_empty() && played.len() < all.len());
    assert_eq!(v["matches"], played.len());
    assert_eq!(v["matches_scheduled"], all.len());
    let goals: u32 = played
        .iter()
        .filter_map(|m| m.home_score.zip(m.away_score))
        .map(|(h, a)| h + a)
        .sum();
    assert_eq!(v["goals"], goals);
    // No knockout match had been played; the scorer table counts only those goals.
    assert_eq!(v["bracket"], serde_json::json!([]));
    let scored: u64 = v["scorers"]
        .as_array()
        .expect("scorers")
        .iter()
        .filter_map(|s| s["goals"]["low"].as_u64())
        .sum();
    assert!(
        scored > 0 && scored <= u64::from(goals),
        "{scored} of {goals}"
    );
    // Before the first match: not started, nothing played; without as_of: finished.
    let (_, before) = get_json("/api/tournaments/UEFA%20Euro%202020?as_of=2021-06-01").await;
    assert_eq!(before["status"], "not_started");
    assert_eq!(before["matches"], 0);
    assert_eq!(before["scorers"], serde_json::json!([]));
    let (_, after) = get_json("/api/tournaments/UEFA%20Euro%202020").await;
    assert_eq!(after["status"], "finished");
    assert_eq!(after["champion"]["team"], "Italy");
    assert_eq!(after["matches"], all.len());
}
