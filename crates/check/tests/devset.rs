//! The checker on the development set (../shared/articles/dev) and the showcase article, on
//! the real data. Prints recall and accuracy; fails on any CONTRADICTED verdict for a claim the
//! annotations call SUPPORTED or UNVERIFIABLE, and on any panic.

use goalline_check::Checker;
use goalline_core::Verdict;
use goalline_facts::Facts;
use goalline_store::SqliteStore;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

fn shared() -> PathBuf {
    std::env::var_os("GOALLINE_DATA")
        .map(|d| PathBuf::from(d).join(".."))
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("goalline-check-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let db = dir.join("check.db");
        let loaded =
            goalline_ingest::load(&shared().join("data"), Default::default(), &mut |_, _| {})
                .expect("import");
        let files: Vec<(String, String)> = loaded
            .dataset
            .files
            .iter()
            .map(|f| (f.path.clone(), f.sha256.clone()))
            .collect();
        goalline_store::write::write_dataset(
            &db,
            &loaded.dataset,
            &loaded.report,
            &goalline_store::write::manifest(&files),
        )
        .expect("write");
        let store = SqliteStore::open_pool(&db, 2).expect("open");
        Checker::new(Facts::new(Arc::new(store)).expect("facts"))
    })
}

#[test]
fn devset_has_no_false_contradictions_and_reports_its_figures() {
    let ev = goalline_check::eval::evaluate(checker(), &shared().join("articles/dev"))
        .expect("evaluate");
    eprintln!(
        "dev set: {} annotated claims, recall {:.3}, accuracy {:.3}",
        ev.total,
        ev.recall(),
        ev.accuracy()
    );
    for o in &ev.outcomes {
        if !o.correct() {
            eprintln!(
                "  {} expected {} got {}: {:?}",
                o.article,
                o.expected.verdict.as_str(),
                o.found
                    .as_ref()
                    .map(|f| f.verdict.as_str())
                    .unwrap_or("MISSING"),
                o.expected.claim
            );
        }
    }
    let false_c: Vec<_> = ev
        .false_contradictions()
        .into_iter()
        .map(|o| {
            (
                o.article.clone(),
                o.expected.claim.clone(),
                o.found.as_ref().map(|f| f.explanation.clone()),
            )
        })
        .collect();
    assert!(
        false_c.is_empty(),
        "false CONTRADICTED verdicts: {false_c:#?}"
    );
    assert!(
        ev.total >= 150,
        "the dev set has 150 annotated claims, found {}",
        ev.total
    );
}

/// The team's written article set (crates/check/tests/written): no false CONTRADICTED, and the
/// figures must not fall below what the checker reached on it.
#[test]
fn written_set_has_no_false_contradictions() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/written");
    let ev = goalline_check::eval::evaluate(checker(), &dir).expect("evaluate");
    eprintln!(
        "written set: {} annotated claims, recall {:.3}, accuracy {:.3}",
        ev.total,
        ev.recall(),
        ev.accuracy()
    );
    let false_c: Vec<_> = ev
        .false_contradictions()
        .into_iter()
        .map(|o| (o.article.clone(), o.expected.claim.clone()))
        .collect();
    assert!(false_c.is_empty(), "false CONTRADICTED: {false_c:#?}");
    assert!(ev.total >= 500, "annotated claims: {}", ev.total);
    assert!(ev.recall() >= 0.65, "recall {:.3}", ev.recall());
    assert!(ev.accuracy() >= 0.65, "accuracy {:.3}", ev.accuracy());
}

#[test]
fn showcase_article_core_claims() {
    let text = std::fs::read_to_string(shared().join("articles/kane-penalty-miss-2022.txt"))
        .expect("showcase");
    let r = checker().check(
        &text,
        Some(goalline_core::Date::from_ymd_opt(2022, 12, 11).expect("date")),
    );
    let verdict_of = |needle: &str| {
        r.claims
            .iter()
            .filter(|c| c.text.contains(needle) || needle.contains(&c.text))
            .map(|c| c.verdict)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        r.main_match
            .as_deref()
            .map(|m| m.contains("England") && m.contains("France")),
        Some(true),
        "{:?}",
        r.main_match
    );
    assert!(
        verdict_of("2-1").contains(&Verdict::Supported),
        "{:#?}",
        r.claims
    );
    assert!(r.claims.iter().any(|c| c.kind == goalline_check::Kind::NextFixture && c.verdict == Verdict::Supported), "next fixture v Morocco");
    assert!(
        r.claims
            .iter()
            .any(|c| c.kind == goalline_check::Kind::Quotation),
        "the tweet quoted twice with different wording"
    );
    assert!(
        r.claims.iter().all(|c| c.verdict != Verdict::Contradicted),
        "{:#?}",
        r.claims
            .iter()
            .filter(|c| c.verdict == Verdict::Contradicted)
            .collect::<Vec<_>>()
    );
    for c in &r.claims {
        assert_eq!(&text[c.start..c.end], c.text);
    }
}

/// Planted errors: every annotated SUPPORTED claim of an article set that contains a number is
/// copied with the number changed (+1). Returns (tried, contradicted, still SUPPORTED).
fn plant_number_errors(dir: &std::path::Path) -> (usize, usize, Vec<String>) {
    use goalline_check::eval::Annotated;
    let mut total = 0;
    let mut contradicted = 0;
    let mut supported = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    entries.sort();
    let num = regex::Regex::new(r"\b(\d{1,3})\b").expect("regex");
    for path in entries {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Ok(json) = std::fs::read_to_string(dir.join("claims").join(format!("{stem}.json")))
        else {
            continue;
        };
        let text = std::fs::read_to_string(&path).expect("article");
        let claims: Vec<Annotated> = serde_json::from_str(&json).expect("claims");
        for a in claims.iter().filter(|a| a.verdict == Verdict::Supported) {
            let Some(pos) = text.find(&a.claim) else {
                continue;
            };
            let Some(m) = num.find(&a.claim) else {
                continue;
            };
            let n: u32 = m.as_str().parse().unwrap_or(0);
            let changed = if n == 0 { 1 } else { n + 1 };
            let mut mutated = text.clone();
            let abs = pos + m.start();
            mutated.replace_range(abs..abs + m.len(), &changed.to_string());
            let span = (
                pos,
                pos + a.claim.len() + changed.to_string().len() - m.len(),
            );
            let report = checker().check(&mutated, None);
            // The most specific claims about the changed number: the smallest spans containing it.
            let mut hit = report
                .claims
                .iter()
                .filter(|c| c.start < span.1 && span.0 < c.end && c.start <= abs && abs < c.end)
                .collect::<Vec<_>>();
            let smallest = hit.iter().map(|c| c.end - c.start).min().unwrap_or(0);
            hit.retain(|c| c.end - c.start == smallest);
            total += 1;
            if hit.iter().any(|c| c.verdict == Verdict::Contradicted) {
                contradicted += 1;
            } else if hit.iter().any(|c| c.verdict == Verdict::Supported) {
                supported.push(format!(
                    "{stem}: {:?} -> {changed}: {:?}",
                    a.claim,
                    hit.iter()
                        .map(|c| (c.text.clone(), c.verdict.as_str(), c.explanation.clone()))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    eprintln!(
        "planted number errors in {}: {total}, contradicted {contradicted}, still supported {}",
        dir.display(),
        supported.len()
    );
    for s in &supported {
        eprintln!("  {s}");
    }
    (total, contradicted, supported)
}

/// On the development set a changed number is never SUPPORTED.
#[test]
fn planted_number_errors_are_never_supported() {
    let (total, contradicted, supported) = plant_number_errors(&shared().join("articles/dev"));
    assert!(total >= 25, "mutations tried: {total}");
    assert!(
        contradicted * 2 >= total,
        "contradicted {contradicted} of {total}"
    );
    assert!(
        supported.is_empty(),
        "planted errors still SUPPORTED: {supported:#?}"
    );
}

/// On the written set too, with three changes that keep the sentence true: "inside the first
/// 16 minutes" also holds for 17, distances in yards are not data, and a claim counting
/// World Cup goals (13 → 14) that the checker does not find.
#[test]
fn planted_number_errors_in_the_written_set() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/written");
    let (total, contradicted, supported) = plant_number_errors(&dir);
    assert!(total >= 100, "mutations tried: {total}");
    assert!(
        contradicted * 3 >= total,
        "contradicted {contradicted} of {total}"
    );
    assert!(
        supported.len() <= 3,
        "planted errors still SUPPORTED: {supported:#?}"
    );
}

/// Hostile input never panics and every span is a slice of the input.
#[test]
fn empty_binary_huge_and_foreign_text_never_panic() {
    let showcase = std::fs::read_to_string(shared().join("articles/kane-penalty-miss-2022.txt"))
        .expect("showcase");
    let mut huge = String::new();
    while huge.len() < 1_000_000 {
        huge.push_str(&showcase);
        huge.push_str("\n\n");
    }
    let binaryish: String = (0u32..60_000)
        .map(|i| char::from_u32((i * 7919) % 0x2FFFF).unwrap_or('\u{FFFD}'))
        .collect();
    let inputs = [
        String::new(),
        " \n\t ".to_string(),
        binaryish,
        "La France a battu l'Angleterre 2-1 samedi en quart de finale. Kane a marqué sur penalty à la 54e minute. 日本は2022年12月5日にクロアチアにPK戦で敗れた。 Россия обыграла Испанию 4:3 по пенальти.".to_string(),
        "\"\"\"“”‘’ 1-1 2-2-2 90+ 45+' 120+30' the 0th minute 9999-99-99 December 32".to_string(),
        huge,
    ];
    for text in &inputs {
        let r = checker().check(text, None);
        for c in &r.claims {
            assert_eq!(&text[c.start..c.end], c.text);
        }
    }
    // The foreign-language text has no English claims to make; it must not invent contradictions.
    let r = checker().check(&inputs[3], None);
    assert!(
        r.claims.iter().all(|c| c.verdict != Verdict::Contradicted),
        "{:#?}",
        r.claims
    );
}

/// Sentences written for these tests (not from any article), each with the verdict the data
/// must give to the claim containing `needle`. True statements and their planted errors.
#[rstest::rstest]
#[case(
    "2022-12-11",
    "France beat England 2-1 in the World Cup quarter-final on December 10.",
    "2-1",
    Verdict::Supported
)]
#[case(
    "2022-12-11",
    "France beat England 3-1 in the World Cup quarter-final on December 10.",
    "3-1",
    Verdict::Contradicted
)]
#[case(
    "2022-12-11",
    "France beat England 2-1 in the World Cup semi-final on December 10.",
    "semi-final",
    Verdict::Contradicted
)]
#[case(
    "2022-12-11",
    "France beat England 2-1 in the World Cup quarter-final on December 12.",
    "December 12",
    Verdict::Contradicted
)]
#[case(
    "2022-12-11",
    "England lost 2-1 to France on Saturday in the World Cup quarter-final.",
    "Saturday",
    Verdict::Supported
)]
#[case(
    "2022-12-11",
    "England lost 2-1 to France on Sunday in the World Cup quarter-final.",
    "Sunday",
    Verdict::Contradicted
)]
#[case(
    "2022-12-11",
    "Harry Kane scored a penalty in the 54th minute as England lost to France.",
    "54th minute",
    Verdict::Supported
)]
#[case(
    "2022-12-11",
    "Harry Kane scored a penalty in the 64th minute as England lost to France.",
    "64th minute",
    Verdict::Contradicted
)]
#[case(
    "2022-12-11",
    "Olivier Giroud scored the winner for France against England.",
    "Olivier Giroud",
    Verdict::Supported
)]
#[case(
    "2022-12-11",
    "Bukayo Saka scored the equaliser for England against France.",
    "Bukayo Saka",
    Verdict::Contradicted
)]
#[case(
    "2022-12-19",
    "Kylian Mbappe scored a hat-trick for France in the World Cup final against Argentina.",
    "hat-trick",
    Verdict::Supported
)]
#[case(
    "2022-12-19",
    "Kylian Mbappe scored twice for France in the World Cup final against Argentina.",
    "Kylian Mbappe",
    Verdict::Contradicted
)]
#[case(
    "2021-07-12",
    "Italy beat England on penalties in the Euro 2020 final.",
    "on penalties",
    Verdict::Supported
)]
#[case(
    "2021-07-12",
    "England beat Italy on penalties in the Euro 2020 final.",
    "on penalties",
    Verdict::Contradicted
)]
#[case(
    "2022-12-11",
    "Harry Kane won the Golden Boot at the 2018 World Cup.",
    "Golden Boot",
    Verdict::Supported
)]
#[case(
    "2022-12-11",
    "Harry Kane won the Golden Boot at the 2014 World Cup.",
    "Golden Boot",
    Verdict::Contradicted
)]
#[case(
    "2022-12-10",
    "Morocco beat Portugal 1-0 to become the first African team to reach the semi-finals.",
    "first African",
    Verdict::Supported
)]
#[case(
    "2014-07-09",
    "Brazil lost 7-1 to Germany, and Germany kept a clean sheet.",
    "clean sheet",
    Verdict::Contradicted
)]
#[case(
    "2022-12-11",
    "France beat England 2-1 and will face Morocco in the semi-final on Wednesday.",
    "Morocco",
    Verdict::Supported
)]
#[case(
    "2022-12-11",
    "France beat England 2-1 and will face Portugal in the semi-final on Wednesday.",
    "Portugal",
    Verdict::Contradicted
)]
#[case("2022-12-19", "Argentina beat France on penalties in the final, and the 35-year-old Lionel Messi lifted the trophy.", "35-year-old", Verdict::Supported)]
#[case("2022-12-19", "Argentina beat France on penalties in the final, and the 34-year-old Lionel Messi lifted the trophy.", "34-year-old", Verdict::Contradicted)]
fn written_claims_get_the_verdict_the_data_support(
    #[case] date: &str,
    #[case] text: &str,
    #[case] needle: &str,
    #[case] expected: Verdict,
) {
    let d = goalline_core::Date::parse_from_str(date, "%Y-%m-%d").expect("date");
    let r = checker().check(text, Some(d));
    let pos = text.find(needle).expect("needle in text");
    let mut hits: Vec<_> = r
        .claims
        .iter()
        .filter(|c| c.start <= pos && pos < c.end)
        .collect();
    hits.sort_by_key(|c| c.end - c.start);
    assert!(
        !hits.is_empty(),
        "no claim covers {needle:?} in {text:?}: {:#?}",
        r.claims
    );
    assert!(
        hits.iter().any(|c| c.verdict == expected),
        "{needle:?} in {text:?}: expected {expected:?}, got {:#?}",
        hits
    );
    if expected == Verdict::Supported {
        assert!(
            hits.iter().all(|c| c.verdict != Verdict::Contradicted),
            "{text:?}: {:#?}",
            hits
        );
    }
}

/// Regression: the fuzzer's crash-f4e89f08 — a result verb followed by multi-byte letters made
/// a 40-byte window end inside a character.
#[test]
fn regression_fuzz_window_inside_a_multibyte_character() {
    let bytes = [
        0x00u8, 0xbf, 0xbf, b'b', b'e', b'a', b't', 0xc4, 0xc4, 0xc4, 0xc4, 0xc4, 0xc4, 0xc4, 0xc4,
        0xc4, 0xc4, 0xe5, b'n', b' ', 0xbf,
    ];
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let r = checker().check(&text, None);
    for c in &r.claims {
        assert_eq!(&text[c.start..c.end], c.text);
    }
    let long = format!("France beat {} England 2-1", "é".repeat(40));
    let _ = checker().check(&long, None);
}

/// Regression: the fuzzer's crash-e3a5d3bc — a goal claim's clause end computed as "80 bytes
/// after the name" fell inside a multi-byte character of a mangled article.
#[test]
fn regression_fuzz_goal_clause_end_inside_a_character() {
    let mut text = String::from("France triumphed thanks to an own goal from Mario Mandzukic, an Antoine Griezmann penalty - awarded after a VAR review - and second-half strikes by Paul Pogba and teenager Kylian");
    // 3-byte characters: "80 bytes after the name" lands inside one.
    text.push_str(&"€".repeat(40));
    text.push_str(" Mbappe. Ivan Perisic replied ãããã for Croatia.");
    let r = checker().check(&text, goalline_core::Date::from_ymd_opt(2018, 7, 16));
    for c in &r.claims {
        assert_eq!(&text[c.start..c.end], c.text);
    }
}
