//! Browser tests in real headless Chromium, driven through chromedriver (WebDriver) with
//! fantoccini. Each test starts its own chromedriver on a free port and a fresh profile, and
//! saves PNG screenshots of the pages it visits into docs/screenshots/.
//!
//! Chromium and chromedriver (Debian packages `chromium`, `chromium-driver`) are required: when
//! they are missing these tests FAIL with instructions; they never skip silently.

use crate::common::*;
use fantoccini::{Client, ClientBuilder, Locator};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One browser at a time: the machine has two cores.
static ONE_BROWSER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--hide-scrollbars",
    "--window-size=1280,1100",
];

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(name))
            .find(|p| p.is_file())
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A chromedriver process and a WebDriver session on it.
struct Browser {
    client: Option<Client>,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    async fn start() -> Browser {
        let chromium = on_path("chromium").or_else(|| on_path("chromium-browser"));
        let driver_bin = on_path("chromedriver");
        let (Some(chromium), Some(driver_bin)) = (chromium, driver_bin) else {
            panic!(
                "browser tests need Chromium and ChromeDriver on PATH (found chromium: {}, chromedriver: {}). \
                 Install them with `apt-get install chromium chromium-driver` (CI's .ci/run does).",
                on_path("chromium").is_some(),
                on_path("chromedriver").is_some()
            );
        };
        let port = free_port();
        let driver = Command::new(&driver_bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", driver_bin.display()));
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "chromedriver did not listen on port {port} within 20 s"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let profile = tempfile::Builder::new()
            .prefix("goalline-chromium")
            .tempdir()
            .expect("profile dir");
        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|s| s.to_string()).collect();
        args.push(format!("--user-data-dir={}", profile.path().display()));
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "chrome".into());
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({ "binary": chromium, "args": args }),
        );
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a WebDriver session in headless Chromium");
        Browser {
            client: Some(client),
            driver,
            _profile: profile,
        }
    }

    fn c(&self) -> &Client {
        self.client.as_ref().expect("open session")
    }

    async fn goto(&self, path: &str) {
        self.c().goto(&url(path)).await.expect("navigate");
    }

    async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.c()
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
    }

    async fn path(&self) -> String {
        let u = self.c().current_url().await.expect("url");
        u.path().to_string()
    }

    /// Saves a PNG of the viewport to docs/screenshots/NAME.png.
    async fn screenshot(&self, name: &str) {
        let png = self.c().screenshot().await.expect("screenshot");
        assert!(png.starts_with(b"\x89PNG"), "not a PNG");
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/screenshots");
        std::fs::create_dir_all(&dir).expect("screenshot dir");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("write screenshot");
    }

    async fn close(mut self) {
        if let Some(c) = self.client.take() {
            let _ = c.close().await;
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[tokio::test]
async fn search_three_lions_lands_on_englands_team_page() {
    let _one = ONE_BROWSER.lock().await;
    let b = Browser::start().await;

    b.goto("/").await;
    let input = b.wait_for("#home-search").await;
    b.screenshot("home").await;
    input.send_keys("Three Lions").await.expect("type");
    b.c()
        .find(Locator::Css("form.big-search button"))
        .await
        .expect("search button")
        .click()
        .await
        .expect("submit");

    let count = b.wait_for("#result-count").await;
    assert_eq!(b.path().await, "/search");
    assert!(count.text().await.expect("text").contains("Three Lions"));
    b.screenshot("search").await;
    b.c()
        .find(Locator::LinkText("England"))
        .await
        .expect("England in the results")
        .click()
        .await
        .expect("click England");

    let name = b.wait_for("#team-name").await;
    assert_eq!(name.text().await.expect("text"), "England");
    assert_eq!(b.path().await, "/teams/England");
    let rows = b
        .c()
        .find_all(Locator::Css("#coverage-table tbody tr"))
        .await
        .expect("coverage rows");
    assert!(rows.len() > 10, "coverage table has {} rows", rows.len());
    assert!(b
        .c()
        .find(Locator::Css("svg.chart rect.known"))
        .await
        .is_ok());

    // As of the 2022 World Cup final: the README's figures.
    b.goto("/teams/England?as_of=2022-12-10").await;
    let goals = b.wait_for("#goals").await;
    assert_eq!(goals.text().await.expect("text"), "2295");
    let known = b.wait_for("#goals-with-scorer").await;
    assert_eq!(known.text().await.expect("text"), "745");
    b.screenshot("team").await;

    // An ambiguous name gets a page of candidates.
    b.goto("/teams/La%20Roja").await;
    b.wait_for(".error-box").await;
    assert!(b.c().find(Locator::LinkText("Spain")).await.is_ok());
    b.screenshot("error-ambiguous").await;

    b.goto("/errors").await;
    b.wait_for("#ambiguous_name").await;
    b.screenshot("api").await;
    b.close().await;
}

#[tokio::test]
async fn pasted_script_on_the_check_page_stays_inert() {
    let _one = ONE_BROWSER.lock().await;
    let b = Browser::start().await;
    let payload = r#"<script>window.__xss=1</script><img src=x onerror="window.__xss=2">"#;

    b.goto("/check").await;
    let area = b.wait_for("#article").await;
    area.send_keys(payload).await.expect("type the payload");
    b.c()
        .find(Locator::Css("#check-submit"))
        .await
        .expect("submit button")
        .click()
        .await
        .expect("submit");

    let received = b.wait_for("#article-view").await;
    // Give a would-be onerror handler time to fire.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let xss = b
        .c()
        .execute("return typeof window.__xss;", vec![])
        .await
        .expect("run script");
    assert_eq!(xss, serde_json::json!("undefined"), "the payload ran");
    assert_eq!(
        received.text().await.expect("text"),
        payload,
        "text shown as typed"
    );
    let images = b
        .c()
        .find_all(Locator::Css("main img"))
        .await
        .expect("query images");
    assert!(images.is_empty(), "the payload created an <img>");
    let source = b.c().source().await.expect("page source");
    assert!(source.contains("&lt;script&gt;window.__xss=1&lt;/script&gt;"));
    b.close().await;
}

/// Texts of the elements matching `css`.
async fn texts(b: &Browser, css: &str) -> Vec<String> {
    let mut out = Vec::new();
    for e in b.c().find_all(Locator::Css(css)).await.expect("query") {
        out.push(e.text().await.unwrap_or_default());
    }
    out
}

#[tokio::test]
async fn pasted_article_shows_verdicts_and_evidence_on_click() {
    let _one = ONE_BROWSER.lock().await;
    let b = Browser::start().await;
    let article = showcase_article();

    b.goto("/check").await;
    b.wait_for("#article").await;
    // Paste: set the text area's value as a paste would (typing 2,700 characters key by key
    // adds nothing to the test).
    b.c()
        .execute(
            "const a = document.getElementById('article'); a.value = arguments[0]; \
             a.dispatchEvent(new Event('input'));",
            vec![serde_json::Value::String(article.clone())],
        )
        .await
        .expect("paste");
    b.c()
        .find(Locator::Css("#check-submit"))
        .await
        .expect("submit button")
        .click()
        .await
        .expect("submit");

    let view = b.wait_for("#article-view").await;
    // The article is shown whole (CRLF from the form normalised), with marks inside it.
    let shown = view.text().await.expect("text");
    assert!(shown.contains("Harry Kane takes responsibility for England's exit"));
    let supported = b
        .c()
        .find_all(Locator::Css("#article-view a.mark.v-supported"))
        .await
        .expect("marks");
    assert!(!supported.is_empty(), "no SUPPORTED mark");
    assert!(!texts(&b, "#article-view a.mark.v-unverifiable")
        .await
        .is_empty());
    let counts = texts(&b, "#count-supported").await;
    assert!(
        counts
            .first()
            .and_then(|c| c.parse::<u32>().ok())
            .is_some_and(|n| n > 0),
        "{counts:?}"
    );

    // Clicking the first SUPPORTED passage opens its claim with the evidence rows.
    let first = &supported[0];
    let claim = first
        .attr("data-claim")
        .await
        .expect("attr")
        .expect("data-claim");
    first.click().await.expect("click the mark");
    let details = b.wait_for(&format!("details#claim-{claim}[open]")).await;
    let body = details.text().await.expect("details text");
    assert!(body.contains("SUPPORTED"), "{body}");
    assert!(body.contains("Coverage:"), "{body}");
    let evidence = texts(&b, &format!("details#claim-{claim} ul.evidence li")).await;
    assert!(!evidence.is_empty(), "no evidence shown for claim {claim}");
    assert!(evidence.iter().all(|e| !e.trim().is_empty()));
    assert!(
        evidence
            .iter()
            .any(|e| e.contains(".csv:") || e.contains(".txt:")),
        "{evidence:?}"
    );
    assert!(details.is_displayed().await.expect("displayed"));
    b.screenshot("check").await;
    b.close().await;
}

#[tokio::test]
async fn england_france_2022_timeline_shows_kanes_penalty() {
    let _one = ONE_BROWSER.lock().await;
    let b = Browser::start().await;

    b.goto("/").await;
    let input = b.wait_for("#home-search").await;
    input.send_keys("England France 2022").await.expect("type");
    b.c()
        .find(Locator::Css("form.big-search button"))
        .await
        .expect("search button")
        .click()
        .await
        .expect("submit");
    b.wait_for("#result-count").await;
    b.c()
        .find(Locator::LinkText("England 1–2 France"))
        .await
        .expect("the match in the results")
        .click()
        .await
        .expect("open the match");

    b.wait_for("svg.timeline").await;
    assert!(b.path().await.starts_with("/matches/"));
    let score = b
        .wait_for("#match-score")
        .await
        .text()
        .await
        .expect("score");
    assert!(score.contains("1–2"), "{score}");
    let stage = b
        .wait_for("#match-stage")
        .await
        .text()
        .await
        .expect("stage");
    assert_eq!(stage, "quarter-final");
    let penalties = texts(&b, "svg.timeline g.goal.penalty text.goal-label").await;
    assert_eq!(penalties, ["54' Harry Kane (pen.)"]);
    let goals = texts(&b, "svg.timeline g.goal text.goal-label").await;
    assert_eq!(goals.len(), 3, "{goals:?}");
    assert!(goals.iter().any(|g| g.starts_with("78' Olivier Giroud")));
    b.screenshot("match").await;
    b.close().await;
}

#[tokio::test]
async fn world_cup_2022_bracket_has_france_v_morocco_in_the_semis() {
    let _one = ONE_BROWSER.lock().await;
    let b = Browser::start().await;

    b.goto("/search?q=World%20Cup%202022").await;
    b.wait_for("#result-count").await;
    b.c()
        .find(Locator::LinkText("2022 FIFA Men's World Cup"))
        .await
        .expect("the tournament in the results")
        .click()
        .await
        .expect("open the tournament");
    b.wait_for("svg.bracket").await;
    let champion = b
        .wait_for("#champion")
        .await
        .text()
        .await
        .expect("champion");
    assert_eq!(champion, "Argentina");
    let semis = texts(&b, "svg.bracket g.bracket-match[data-stage='semi_final']").await;
    assert_eq!(semis.len(), 2, "{semis:?}");
    assert!(
        semis
            .iter()
            .any(|s| s.contains("France") && s.contains("Morocco")),
        "{semis:?}"
    );
    let finals = texts(&b, "svg.bracket g.bracket-match[data-stage='final']").await;
    assert!(finals
        .iter()
        .any(|f| f.contains("Argentina") && f.contains("France")));
    assert_eq!(
        texts(&b, "svg.bracket g.bracket-match[data-stage='round_of_16']")
            .await
            .len(),
        8
    );
    b.screenshot("tournament").await;
    b.close().await;
}

#[tokio::test]
async fn player_page_shows_the_tally_and_its_band() {
    let _one = ONE_BROWSER.lock().await;
    let b = Browser::start().await;

    b.goto("/search?q=Harry%20Kane").await;
    b.wait_for("#result-count").await;
    b.c()
        .find(Locator::LinkText("Harry Kane"))
        .await
        .expect("Kane in the results")
        .click()
        .await
        .expect("open the player");
    b.wait_for("#player-name").await;
    // As of the 2022 quarter-final.
    b.wait_for("#as_of").await;
    b.c()
        .execute(
            "const i = document.getElementById('as_of'); i.value = '2022-12-10'; i.form.submit();",
            vec![],
        )
        .await
        .expect("submit the date");
    b.wait_for("svg.cumulative path.band").await;
    let tally = b.wait_for("#tally").await.text().await.expect("tally");
    assert_eq!(tally, "52–55");
    assert!(b
        .c()
        .find(Locator::Css("svg.cumulative path.known"))
        .await
        .is_ok());
    b.screenshot("player").await;
    b.close().await;
}

#[tokio::test]
async fn save_and_share_lands_on_the_saved_checks_permalink() {
    let _one = ONE_BROWSER.lock().await;
    let b = Browser::start().await;
    b.goto("/check").await;
    b.wait_for("#article").await;
    b.c()
        .execute(
            "const a = document.getElementById('article'); a.value = arguments[0]; \
             a.dispatchEvent(new Event('input'));",
            vec![serde_json::Value::String(showcase_article())],
        )
        .await
        .expect("paste");
    b.c()
        .find(Locator::Css("#check-submit"))
        .await
        .expect("submit button")
        .click()
        .await
        .expect("submit");
    b.wait_for("#article-view").await;
    let checked = texts(&b, "#count-claims").await;
    b.c()
        .find(Locator::Css("#save-submit"))
        .await
        .expect("Save and share")
        .click()
        .await
        .expect("save");
    b.wait_for("#saved-meta").await;
    let path = b.path().await;
    let id = path
        .strip_prefix("/checks/")
        .unwrap_or_default()
        .to_string();
    assert!(
        goalline_store::CheckId::parse(&id).is_some(),
        "landed on {path}"
    );
    // The permalink shows the same article, marks and counts as the check it saved.
    let shown = b
        .wait_for("#article-view")
        .await
        .text()
        .await
        .expect("text");
    assert!(shown.contains("Harry Kane takes responsibility for England's exit"));
    assert!(!texts(&b, "#article-view a.mark.v-supported")
        .await
        .is_empty());
    assert_eq!(texts(&b, "#count-claims").await, checked);
    assert_eq!(texts(&b, "#permalink").await, [path]);
    b.screenshot("saved").await;
    b.close().await;
}
