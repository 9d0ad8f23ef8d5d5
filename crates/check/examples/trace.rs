//! Traces how the checker reads an article, layer by layer: each sentence's mentions,
//! entities and clause segments, the people resolved against the data, and every frame the
//! families recognise. For writing corpus cases and finding why a claim was (not) read.
//!
//! ```text
//! cargo run --release -p goalline-check --example trace -- ARTICLE [SENTENCE-REGEX]
//! ```
//!
//! With `GOALLINE_DB` set to an imported database, names are resolved against the data (as
//! `goalline check` does); without it, the small built-in lexicon is used and people are not
//! resolved. A text given as `-` is read from standard input.

use goalline_check::discourse::{Discourse, Referent};
use goalline_check::doc::Doc;
use goalline_check::families::{recognise, Reading};
use goalline_check::mentions::{Lexicon, Mentions};
use goalline_facts::Facts;
use goalline_store_sqlite::SqliteStore;
use std::io::Read;
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(file) = args.next() else {
        eprintln!("usage: trace ARTICLE [SENTENCE-REGEX]   (GOALLINE_DB=… to resolve names)");
        return ExitCode::from(2);
    };
    let only = match args.next().map(|g| regex::Regex::new(&g)).transpose() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("trace: the sentence filter is not a regular expression: {e}");
            return ExitCode::from(2);
        }
    };
    let text = if file == "-" {
        let mut s = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut s) {
            eprintln!("trace: reading standard input: {e}");
            return ExitCode::from(1);
        }
        s
    } else {
        match std::fs::read(&file) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                eprintln!("trace: reading {file}: {e}");
                return ExitCode::from(1);
            }
        }
    };
    let facts = match std::env::var_os("GOALLINE_DB") {
        Some(db) => match SqliteStore::open(std::path::Path::new(&db))
            .map_err(|e| e.to_string())
            .and_then(|s| Facts::new(Arc::new(s)).map_err(|e| e.to_string()))
        {
            Ok(f) => Some(f),
            Err(e) => {
                eprintln!("trace: opening {}: {e}", db.to_string_lossy());
                return ExitCode::from(1);
            }
        },
        None => None,
    };
    let lex = match &facts {
        Some(f) => Lexicon::from_facts(f),
        None => Lexicon::fixture(),
    };
    trace(&text, &lex, only.as_ref(), facts.as_ref());
    ExitCode::SUCCESS
}

fn trace(text: &str, lex: &Lexicon, only: Option<&regex::Regex>, facts: Option<&Facts>) {
    let doc = Doc::new(text);
    let mentions = Mentions::find(&doc, lex);
    let discourse = Discourse::analyse(&doc, &mentions);
    let wanted = |at: usize| {
        let st = doc
            .sentence_at(at)
            .map(|s| doc.text_of(s.span))
            .unwrap_or("");
        only.is_none_or(|g| g.is_match(st))
    };
    for s in doc.sentences.iter().filter(|s| wanted(s.span.start())) {
        println!("\n## {}", doc.text_of(s.span));
        for m in mentions.within(s.span) {
            println!(
                "  mention  {:?} {} [{}]",
                doc.text_of(m.span),
                m.value,
                m.rule
            );
        }
        for e in discourse.entities_in(s.span) {
            println!(
                "  entity   {:?} {:?} via={:?}",
                doc.text_of(e.span),
                e.referent,
                e.via
            );
        }
        for g in discourse
            .segments
            .iter()
            .filter(|g| s.span.contains(g.span))
        {
            println!("  segment  {:?} {:?}", g.kind, doc.text_of(g.span));
        }
    }
    if let Some(facts) = facts {
        let ctx = goalline_check::verify::Context::build(facts, &doc, &mentions, &discourse, None);
        println!("\nmain match: {:?}; date {:?}", ctx.main_label(), ctx.date);
        for e in discourse.entities.iter().filter(|e| wanted(e.span.start())) {
            if let Referent::Person(_) = &e.referent {
                println!(
                    "  person   {:?} -> {:?}",
                    doc.text_of(e.span),
                    ctx.player(e)
                );
            }
        }
    }
    println!();
    let reading = Reading::new(&doc, &mentions, &discourse);
    for f in recognise(&reading)
        .iter()
        .filter(|f| wanted(f.span.start()))
    {
        println!(
            "frame {:<16} {:<10} {:?} {}{}",
            f.family,
            f.kind.as_str(),
            doc.text_of(f.span),
            f.predicate,
            if f.certain { "" } else { " (unsure)" }
        );
    }
}
