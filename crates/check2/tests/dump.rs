//! A debugging aid (ignored by default): prints the mentions, entities and frames of an
//! article. `DUMP_FILE=path GOALLINE_DB=db cargo test -p goalline-check2 --test dump -- --ignored --nocapture`

use goalline_check2::discourse::Discourse;
use goalline_check2::doc::Doc;
use goalline_check2::families::{recognise, Reading};
use goalline_check2::mentions::{Lexicon, Mentions};
use goalline_facts::Facts;
use goalline_store::SqliteStore;
use std::sync::Arc;

#[test]
#[ignore]
fn dump() {
    let (Some(file), Some(db)) = (
        std::env::var_os("DUMP_FILE"),
        std::env::var_os("GOALLINE_DB"),
    ) else {
        return;
    };
    let store = SqliteStore::open(std::path::Path::new(&db)).expect("db");
    let facts = Facts::new(Arc::new(store)).expect("facts");
    let lex = Lexicon::from_facts(&facts);
    let only = std::env::var("DUMP_GREP")
        .ok()
        .map(|g| regex::Regex::new(&g).expect("regex"));
    for file in file.to_string_lossy().split(':') {
        println!("\n######## {file}");
        let text = std::fs::read_to_string(file).expect("file");
        dump_one(&text, &lex, only.as_ref(), &facts);
    }
}

fn dump_one(text: &str, lex: &Lexicon, only: Option<&regex::Regex>, facts: &Facts) {
    let doc = Doc::new(text);
    let mentions = Mentions::find(&doc, lex);
    let discourse = Discourse::analyse(&doc, &mentions);
    for s in &doc.sentences {
        let st = doc.text_of(s.span);
        if only.is_some_and(|g| !g.is_match(st)) {
            continue;
        }
        println!("\n## {st}");
        for m in mentions.within(s.span) {
            println!("  m {:?} {} [{}]", doc.text_of(m.span), m.value, m.rule);
        }
        for e in discourse.entities_in(s.span) {
            println!(
                "  e {:?} {:?} via={:?} age={:?}",
                doc.text_of(e.span),
                e.referent,
                e.via,
                e.age
            );
        }
        for g in discourse
            .segments
            .iter()
            .filter(|g| s.span.contains(g.span))
        {
            println!("  s {:?} {:?}", g.kind, doc.text_of(g.span));
        }
    }
    let ctx = goalline_check2::verify::Context::build(facts, &doc, &mentions, &discourse, None);
    println!("main: {:?} date {:?}", ctx.main_label(), ctx.date);
    for e in &discourse.entities {
        let st = doc
            .sentence_at(e.span.start())
            .map(|s| doc.text_of(s.span))
            .unwrap_or("");
        if only.is_some_and(|g| !g.is_match(st)) {
            continue;
        }
        if let goalline_check2::discourse::Referent::Person(_) = &e.referent {
            println!("P {:?} -> {:?}", doc.text_of(e.span), ctx.player(e));
        }
    }
    let reading = Reading::new(&doc, &mentions, &discourse);
    for f in recognise(&reading) {
        let st = doc
            .sentence_at(f.span.start())
            .map(|s| doc.text_of(s.span))
            .unwrap_or("");
        if only.is_some_and(|g| !g.is_match(st)) {
            continue;
        }
        println!(
            "F {} {:?} {} {}",
            f.family,
            doc.text_of(f.span),
            f.kind.as_str(),
            f.predicate
        );
    }
}
