//! The HTML pages over HTTP: status codes, redirects, escaping and headers.

use crate::common::*;

#[tokio::test]
async fn home_page_has_search_and_strict_headers() {
    let resp = client().get(url("/")).send().await.expect("request");
    assert_eq!(resp.status().as_u16(), 200);
    let h = resp.headers().clone();
    assert!(h["content-type"]
        .to_str()
        .unwrap_or_default()
        .starts_with("text/html"));
    let csp = h["content-security-policy"].to_str().unwrap_or_default();
    assert!(csp.contains("script-src 'self'"), "{csp}");
    assert_eq!(h["x-content-type-options"], "nosniff");
    let body = resp.text().await.expect("body");
    assert!(body.contains("action=\"/search\""));
    assert!(body.contains("/assets/app.css"));
    // No external resources: every src/href is local.
    for attr in ["src=\"http", "href=\"http", "src=\"//", "href=\"//"] {
        assert!(
            !body.contains(attr),
            "external resource {attr} in the home page"
        );
    }
}

#[tokio::test]
async fn assets_are_served_from_the_binary() {
    for (path, ctype) in [
        ("/assets/app.css", "text/css"),
        ("/assets/app.js", "text/javascript"),
        ("/favicon.svg", "image/svg+xml"),
    ] {
        let resp = client().get(url(path)).send().await.expect("request");
        assert_eq!(resp.status().as_u16(), 200, "{path}");
        let ct = resp.headers()["content-type"]
            .to_str()
            .unwrap_or_default()
            .to_string();
        assert!(ct.starts_with(ctype), "{path}: {ct}");
        let body = resp.text().await.expect("body");
        assert!(
            !body.contains("https://"),
            "{path} refers to an external URL"
        );
    }
}

#[tokio::test]
async fn search_lists_england_for_three_lions() {
    let (status, body) = get_text("/search?q=Three+Lions").await;
    assert_eq!(status, 200);
    assert!(body.contains("href=\"/teams/England\""), "{body}");
    assert!(body.contains("exact match"));
    assert!(body.contains("Three Lions”"), "{body}");
}

#[tokio::test]
async fn search_partial_names_and_nothing() {
    let (_, body) = get_text("/search?q=germ").await;
    assert!(body.contains("href=\"/teams/Germany\""));
    let (status, body) = get_text("/search?q=zzzzqqq").await;
    assert_eq!(status, 200);
    assert!(body.contains("Nothing matches"));
}

#[tokio::test]
async fn team_page_shows_coverage_table_chart_and_aliases() {
    let (status, body) = get_text("/teams/England?as_of=2022-12-10").await;
    assert_eq!(status, 200);
    assert!(body.contains("id=\"coverage-table\""));
    assert!(body.contains("<svg class=\"chart\""));
    assert!(
        body.contains("id=\"goals\">2295<"),
        "total goals up to 2022-12-10"
    );
    assert!(body.contains("id=\"goals-with-scorer\">745<"));
    assert!(body.contains("Three Lions"), "aliases listed");
    assert!(body.contains("British Home Championship"));
}

#[tokio::test]
async fn team_page_by_alias_redirects_to_the_canonical_url() {
    let resp = client()
        .get(url("/teams/Three%20Lions?as_of=2022-12-10"))
        .send()
        .await
        .expect("request");
    assert_eq!(resp.status().as_u16(), 303);
    assert_eq!(
        resp.headers()["location"],
        "/teams/England?as_of=2022-12-10"
    );
    let resp = client()
        .get(url("/teams/West%20Germany?as_of=1974-07-07"))
        .send()
        .await
        .expect("request");
    assert_eq!(
        resp.headers()["location"],
        "/teams/Germany?as_of=1974-07-07"
    );
}

#[tokio::test]
async fn ambiguous_and_unknown_team_pages_are_helpful_errors() {
    let (status, body) = get_text("/teams/La%20Roja").await;
    assert_eq!(status, 409);
    assert!(body.contains("href=\"/teams/Spain\"") && body.contains("href=\"/teams/Chile\""));
    let (status, body) = get_text("/teams/Englnd").await;
    assert_eq!(status, 404);
    assert!(body.contains("England"), "suggestion shown");
    let (status, body) = get_text("/teams/England?as_of=soon").await;
    assert_eq!(status, 400);
    assert!(body.contains("invalid_parameter"));
    let (status, body) = get_text("/no/such/page").await;
    assert_eq!(status, 404);
    assert!(body.contains("route_not_found") && body.contains("<html"));
}

#[tokio::test]
async fn check_page_escapes_the_article() {
    let payload = r#"<script>window.__xss=1</script><img src=x onerror="window.__xss=2">"#;
    let resp = client()
        .post(url("/check"))
        .form(&[("text", payload)])
        .send()
        .await
        .expect("request");
    assert_eq!(resp.status().as_u16(), 200);
    let body = resp.text().await.expect("body");
    assert!(!body.contains("<script>window"), "raw script in page");
    assert!(!body.contains("<img src=x"), "raw img in page");
    assert!(body.contains("&lt;script&gt;window.__xss=1&lt;/script&gt;"));
}

#[tokio::test]
async fn user_text_in_search_and_errors_is_escaped() {
    let (_, body) = get_text("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
    assert!(!body.contains("<script>alert(1)"));
    assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let (status, body) = get_text("/teams/%3Cimg%20src%3Dx%3E").await;
    assert_eq!(status, 404);
    assert!(!body.contains("<img src=x>"));
}

#[tokio::test]
async fn errors_page_documents_every_code() {
    let (status, body) = get_text("/errors").await;
    assert_eq!(status, 200);
    for c in goalline_server::ErrorCode::ALL {
        let s = c.spec();
        assert!(
            body.contains(&format!("id=\"{}\"", s.code)),
            "{} missing",
            s.code
        );
    }
    assert!(body.contains("/api/teams/{name}/coverage"));
}

#[tokio::test]
async fn check_page_highlights_claims_by_verdict() {
    let article = showcase_article();
    let resp = client()
        .post(url("/check"))
        .form(&[("text", article.as_str())])
        .send()
        .await
        .expect("request");
    assert_eq!(resp.status().as_u16(), 200);
    let body = resp.text().await.expect("body");
    assert!(body.contains("id=\"article-view\""));
    assert!(
        body.contains("class=\"mark v-supported"),
        "a supported mark"
    );
    assert!(
        body.contains("class=\"mark v-unverifiable"),
        "an unverifiable mark"
    );
    assert!(body.contains("id=\"claim-0\""));
    assert!(
        body.contains("international/results.csv"),
        "evidence rows listed"
    );
    assert!(body.contains("id=\"count-supported\""));
    // The article's own text survives (escaped where needed) around the marks.
    assert!(
        body.contains("Harry Kane takes responsibility for England&#39;s exit")
            || body.contains("Harry Kane takes responsibility for England's exit")
    );
    let resp = client()
        .post(url("/check"))
        .form(&[("text", "England won."), ("date", "12/10/2022")])
        .send()
        .await
        .expect("request");
    assert_eq!(
        resp.status().as_u16(),
        400,
        "a malformed date is an error page"
    );
}

/// Event data (StatsBomb): Kane's missed penalty on the timeline, with the credit.
#[tokio::test]
async fn match_page_shows_event_data_with_the_statsbomb_credit() {
    let id = england_france_2022().await;
    let (status, body) = get_text(&format!("/matches/{id}")).await;
    assert_eq!(status, 200);
    assert!(body.contains("id=\"statsbomb-credit\""), "{body}");
    assert!(body.contains("StatsBomb"));
    assert!(body.contains("Event data"));
    assert!(body.contains("excerpt"), "the coverage of the file is said");
}

#[tokio::test]
async fn match_page_draws_the_timeline() {
    let id = england_france_2022().await;
    let (status, body) = get_text(&format!("/matches/{id}")).await;
    assert_eq!(status, 200);
    assert!(body.contains("<svg class=\"timeline\""), "{body}");
    assert!(body.contains("54' Harry Kane (pen.)"));
    assert!(body.contains("class=\"goal penalty\""));
    assert!(body.contains("quarter-final"));
    assert!(body.contains("Saturday"));
    assert!(body.contains("Al Bayt Stadium"));
    assert!(body.contains("id=\"cards-table\"") && body.contains("id=\"subs-table\""));
    assert!(body.contains("90+8'"), "stoppage time shown");
    assert!(body.contains("id=\"storylines\""));
    let (status, _) = get_text("/matches/nope").await;
    assert_eq!(status, 400);
    let (status, _) = get_text("/matches/999999999").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn player_page_draws_the_tally_band() {
    let (status, body) = get_text("/players/Harry%20Kane?as_of=2022-12-10").await;
    assert_eq!(status, 200);
    assert!(body.contains("id=\"tally\">52–55<"), "the interval");
    assert!(body.contains("svg class=\"chart cumulative\""));
    assert!(
        body.contains("class=\"band\""),
        "the interval drawn as a band"
    );
    assert!(
        body.contains("class=\"known\""),
        "the known tally drawn as a line"
    );
    assert!(body.contains("id=\"birth-date\">1993-07-28<"));
    assert!(body.contains("id=\"world-cups\""));
    assert!(body.contains("Golden Boot"));
    // Shared names: an error page linking each candidate's page.
    let (status, body) = get_text("/players/Jan%20Olsson").await;
    assert_eq!(status, 409);
    assert!(body.contains("href=\"/players/"), "{body}");
    let (status, body) = get_text("/players/%3Cscript%3E").await;
    assert_eq!(status, 404);
    assert!(!body.contains("<script>"));
}

#[tokio::test]
async fn tournament_page_draws_the_bracket() {
    let (status, body) = get_text("/tournaments/FIFA%20World%20Cup%202022").await;
    assert_eq!(status, 200);
    assert!(body.contains("<svg class=\"bracket\""));
    assert!(body.contains("data-stage=\"semi_final\""));
    assert!(body.contains("id=\"champion\""));
    assert!(body.contains("class=\"data group-table\""));
    assert!(body.contains("id=\"scorers\""));
    assert!(body.contains("Golden Ball"));
    // A phrase redirects to the canonical key.
    let resp = client()
        .get(url("/tournaments/Qatar%202022"))
        .send()
        .await
        .expect("request");
    assert_eq!(resp.status().as_u16(), 303);
    assert_eq!(
        resp.headers()["location"],
        "/tournaments/FIFA%20World%20Cup%202022"
    );
    let (status, _) = get_text("/tournaments/Nowhere%20Cup%201901").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn team_page_lists_scorers_and_tournaments() {
    let (status, body) = get_text("/teams/England?as_of=2022-12-10").await;
    assert_eq!(status, 200);
    assert!(body.contains("id=\"scorers\""));
    assert!(body.contains(">Harry Kane<"));
    assert!(
        body.contains(">=13<"),
        "shared places marked (Beckham and Keegan, the same interval 13-83)"
    );
    assert!(body.contains("id=\"world-cups\""));
    assert!(body.contains("champions"));
    assert!(body.contains("id=\"continental\""));
    // The place column: each line's places from the intervals, worded like the CLI's.
    assert!(body.contains("<th>place</th>"), "{body}");
    // The page lists 15 places; places depend on the listed intervals.
    let (_, api) = get_json("/api/teams/England/scorers?as_of=2022-12-10&limit=15").await;
    let rows = api["scorers"].as_array().expect("scorers");
    assert!(rows.iter().any(|r| r["certain"] == false));
    for r in rows {
        let want = if r["certain"] == true {
            "certain".to_string()
        } else {
            format!("{}–{} (intervals overlap)", r["places"][0], r["places"][1])
        };
        assert!(
            body.contains(&format!("<td class=\"place\">{want}</td>")),
            "{want} for {}",
            r["name"]
        );
    }
}

#[tokio::test]
async fn search_finds_players_matches_and_tournaments() {
    let id = england_france_2022().await;
    let (_, body) = get_text("/search?q=England+France+2022").await;
    assert!(body.contains(&format!("href=\"/matches/{id}\"")), "{body}");
    let (_, body) = get_text("/search?q=Harry+Kane").await;
    assert!(body.contains("href=\"/players/Harry%20Kane\""), "{body}");
    let (_, body) = get_text("/search?q=World+Cup+2022").await;
    assert!(body.contains("href=\"/tournaments/FIFA%20World%20Cup%202022\""));
    let (_, body) = get_text("/search?q=Euro+2020").await;
    assert!(body.contains("href=\"/tournaments/UEFA%20Euro%202020\""));
    // The checker's main match links to a search that finds it.
    let (_, body) =
        get_text("/search?q=2022-12-10+England+1%E2%80%932+France+(FIFA+World+Cup)").await;
    assert!(body.contains(&format!("href=\"/matches/{id}\"")), "{body}");
}
