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
        let loaded = goalline_ingest::load(&shared().join("data"), Default::default(), &mut |_, _| {}).expect("import");
        let files: Vec<(String, String)> = loaded.dataset.files.iter().map(|f| (f.path.clone(), f.sha256.clone())).collect();
        goalline_store::write::write_dataset(&db, &loaded.dataset, &loaded.report, &goalline_store::write::manifest(&files)).expect("write");
        let store = SqliteStore::open_pool(&db, 2).expect("open");
        Checker::new(Facts::new(Arc::new(store)).expect("facts"))
    })
}

#[test]
fn devset_has_no_false_contradictions_and_reports_its_figures() {
    let ev = goalline_check::eval::evaluate(checker(), &shared().join("articles/dev")).expect("evaluate");
    eprintln!("dev set: {} annotated claims, recall {:.3}, accuracy {:.3}", ev.total, ev.recall(), ev.accuracy());
    for o in &ev.outcomes {
        if !o.correct() {
            eprintln!(
                "  {} expected {} got {}: {:?}",
                o.article,
                o.expected.verdict.as_str(),
                o.found.as_ref().map(|f| f.verdict.as_str()).unwrap_or("MISSING"),
                o.expected.claim
            );
        }
    }
    let false_c: Vec<_> = ev.false_contradictions().into_iter().map(|o| (o.article.clone(), o.expected.claim.clone(), o.found.as_ref().map(|f| f.explanation.clone()))).collect();
    assert!(false_c.is_empty(), "false CONTRADICTED verdicts: {false_c:#?}");
    assert!(ev.total >= 150, "the dev set has 150 annotated claims, found {}", ev.total);
}

#[test]
fn showcase_article_core_claims() {
    let text = std::fs::read_to_string(shared().join("articles/kane-penalty-miss-2022.txt")).expect("showcase");
    let r = checker().check(&text, Some(goalline_core::Date::from_ymd_opt(2022, 12, 11).expect("date")));
    let verdict_of = |needle: &str| r.claims.iter().filter(|c| c.text.contains(needle) || needle.contains(&c.text)).map(|c| c.verdict).collect::<Vec<_>>();
    assert_eq!(r.main_match.as_deref().map(|m| m.contains("England") && m.contains("France")), Some(true), "{:?}", r.main_match);
    assert!(verdict_of("2-1").contains(&Verdict::Supported), "{:#?}", r.claims);
    assert!(r.claims.iter().any(|c| c.kind == goalline_check::Kind::NextFixture && c.verdict == Verdict::Supported), "next fixture v Morocco");
    assert!(r.claims.iter().any(|c| c.kind == goalline_check::Kind::Quotation), "the tweet quoted twice with different wording");
    assert!(r.claims.iter().all(|c| c.verdict != Verdict::Contradicted), "{:#?}", r.claims.iter().filter(|c| c.verdict == Verdict::Contradicted).collect::<Vec<_>>());
    for c in &r.claims {
        assert_eq!(&text[c.start..c.end], c.text);
    }
}
