//! One answer structure for the CLI and the API: `goalline player/team/records/tournament
//! --json` print the very JSON objects `GET /api/players/{name}`, `/api/teams/{name}` (whose
//! `scorers` and `tournaments` are `/scorers` and `/tournaments`), `/api/records` and
//! `/api/tournaments/{key}` answer for the same question, on the real data. The API runs in a
//! live server over the same database, started once on 127.0.0.1:0.

use crate::common::{json, real_db};
use std::net::SocketAddr;
use std::sync::OnceLock;

/// A live goalline server over the real database.
fn addr() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        let state = goalline_server::AppState::open(real_db(), Default::default())
            .expect("open the real database");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let bound = goalline_server::bind("127.0.0.1:0".parse().expect("addr"), state)
                    .await
                    .expect("bind");
                tx.send(bound.local_addr().expect("local addr"))
                    .expect("send addr");
                bound.run(std::future::pending()).await.expect("server run");
            });
        });
        rx.recv().expect("server address")
    })
}

/// GET `path` from the live server: 200 and a JSON body.
fn api(path: &str) -> serde_json::Value {
    let resp = ureq::get(&format!("http://{}{path}", addr()))
        .call()
        .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    assert_eq!(resp.status(), 200, "{path}");
    serde_json::from_reader(resp.into_reader()).expect("json body")
}

/// Asserts two answers are equal, naming the first field that differs.
fn same(cli: &serde_json::Value, api: &serde_json::Value, what: &str) {
    if cli != api {
        let (Some(c), Some(a)) = (cli.as_object(), api.as_object()) else {
            panic!("{what}: CLI {cli} != API {api}");
        };
        let mut keys: Vec<&String> = c.keys().chain(a.keys()).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            assert_eq!(c.get(k), a.get(k), "{what}: field {k:?} differs");
        }
    }
}

#[test]
fn player_json_is_the_api_profile() {
    let cli = json(&["player", "Harry Kane", "--as-of", "2022-12-10"]);
    let answer = api("/api/players/Harry%20Kane?as_of=2022-12-10");
    same(&cli, &answer, "player Harry Kane");
    // The API's vocabulary, not the engine's: tally.tally.low, World Cups, age on the day.
    assert_eq!(cli["player"]["name"], "Harry Kane");
    assert!(cli["tally"]["tally"]["low"].as_u64().is_some(), "{cli}");
    assert_eq!(cli["age"], 29);
    let years: Vec<i64> = cli["world_cups"]
        .as_array()
        .expect("world cups")
        .iter()
        .map(|w| w["year"].as_i64().expect("year"))
        .collect();
    assert_eq!(years, vec![2018, 2022], "{cli}");
    // A women's player found by the fallback, with the team asked for.
    let cli = json(&["player", "Marta", "--women", "--team", "Brazil"]);
    let answer = api("/api/players/Marta?gender=women&team=Brazil");
    same(&cli, &answer, "player Marta");
}

#[test]
fn team_json_is_the_api_team_with_scorers_and_history() {
    let cli = json(&["team", "England", "--as-of", "2022-12-10", "--limit", "5"]);
    let api_team = api("/api/teams/England?as_of=2022-12-10&limit=5");
    same(&cli, &api_team, "team England");
    same(
        &cli["scorers"],
        &api("/api/teams/England/scorers?as_of=2022-12-10&limit=5"),
        "team England scorers",
    );
    same(
        &cli["tournaments"],
        &api("/api/teams/England/tournaments?as_of=2022-12-10"),
        "team England history",
    );
    assert_eq!(cli["scorers"]["scorers"][0]["name"], "Harry Kane", "{cli}");
    assert!(cli["shootouts"]["won"].as_u64().is_some(), "{cli}");
    // A former name: the note says where the record is filed.
    let cli = json(&["team", "USSR", "--limit", "12"]);
    same(&cli, &api("/api/teams/USSR?limit=12"), "team USSR");
    assert_eq!(cli["team"], "Russia");
    assert!(
        cli["name_note"]
            .as_str()
            .is_some_and(|n| n.contains("USSR")),
        "{cli}"
    );
}

#[test]
fn records_json_is_the_api_records_table() {
    let cli = json(&["records"]);
    let api_all = api("/api/records");
    same(&cli, &api_all, "records");
    // 2026 counts: Mbappé first, then Messi, Klose behind them.
    let names: Vec<&str> = cli["scorers"]
        .as_array()
        .expect("scorers")
        .iter()
        .map(|s| s["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names[0], "Kylian Mbappé", "{names:?}");
    let cli = json(&["records", "--women", "--limit", "3"]);
    same(
        &cli,
        &api("/api/records?gender=women&limit=3"),
        "records women",
    );
    let cli = json(&["records", "--team", "Germany", "--as-of", "2018-07-15"]);
    same(
        &cli,
        &api("/api/records?team=Germany&as_of=2018-07-15"),
        "records Germany 2018",
    );
    // Klinsmann scored for West Germany and Germany: both names of the day.
    let klinsmann = cli["scorers"]
        .as_array()
        .expect("scorers")
        .iter()
        .find(|s| s["name"] == "Jürgen Klinsmann")
        .expect("Klinsmann");
    assert_eq!(klinsmann["team"], "West Germany / Germany", "{klinsmann}");
}

#[test]
fn tournament_json_is_the_api_edition() {
    let cli = json(&["tournament", "World Cup 2022"]);
    let api_wc = api("/api/tournaments/FIFA%20World%20Cup%202022?limit=10");
    same(&cli, &api_wc, "tournament World Cup 2022");
    assert_eq!(cli["champion"]["team"], "Argentina");
    // In progress on a day inside the edition.
    let cli = json(&["tournament", "Euro 2020", "--as-of", "2021-06-20"]);
    let api_euro = api("/api/tournaments/UEFA%20Euro%202020?as_of=2021-06-20&limit=10");
    same(&cli, &api_euro, "tournament Euro 2020 as of 2021-06-20");
    assert_eq!(cli["status"], "in_progress");
    assert!(cli["champion"].is_null(), "{cli}");
    // The limit keeps everyone tied with the last place (2022: ten places, all with 3 goals
    // kept), and no one with fewer goals.
    let cli = json(&["tournament", "World Cup 2022"]);
    let all = api("/api/tournaments/FIFA%20World%20Cup%202022");
    let (kept, every) = (
        cli["scorers"].as_array().expect("scorers"),
        all["scorers"].as_array().expect("scorers"),
    );
    assert!(
        kept.len() >= 10 && kept.len() < every.len(),
        "{} of {}",
        kept.len(),
        every.len()
    );
    assert_eq!(kept[..], every[..kept.len()]);
    let cut = kept[kept.len() - 1]["goals"]["low"].as_u64();
    assert!(every[kept.len()..]
        .iter()
        .all(|s| s["goals"]["low"].as_u64() < cut));
}
