//! Fuzzes the checker's reading layers without a database (document, mentions with the
//! built-in lexicon, discourse, every family's grammar) on arbitrary bytes: no panic, and every
//! span stays on char boundaries.
#![no_main]

use goalline_check::discourse::Discourse;
use goalline_check::doc::Doc;
use goalline_check::families::{recognise, Reading};
use goalline_check::mentions::{Lexicon, Mentions};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(Lexicon::fixture)
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = Doc::new(&text);
    for s in &doc.sentences {
        assert!(text.is_char_boundary(s.span.start()) && text.is_char_boundary(s.span.end()));
    }
    let mentions = Mentions::find(&doc, lexicon());
    for m in &mentions.all {
        assert!(text.is_char_boundary(m.span.start()) && text.is_char_boundary(m.span.end()));
    }
    let discourse = Discourse::analyse(&doc, &mentions);
    let reading = Reading::new(&doc, &mentions, &discourse);
    for f in recognise(&reading) {
        assert!(text.is_char_boundary(f.span.start()) && text.is_char_boundary(f.span.end()));
    }
});
