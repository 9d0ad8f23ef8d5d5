//! Debug aid: `GL_TEXT='…' cargo test -p goalline-check2 goal::debug -- --nocapture --ignored`.

#[test]
#[ignore]
fn debug() {
    use crate::discourse::Discourse;
    use crate::doc::Doc;
    use crate::families::Reading;
    use crate::mentions::{Lexicon, Mentions};
    let text = std::env::var("GL_TEXT").unwrap_or_default();
    for line in text.split(" || ") {
        let doc = Doc::new(line);
        let lex = Lexicon::fixture();
        let mentions = Mentions::find(&doc, &lex);
        let discourse = Discourse::analyse(&doc, &mentions);
        println!("== {line}");
        for m in &mentions.all {
            println!("  M {:?} {:?} = {}", doc.text_of(m.span), m.rule, m.value);
        }
        for s in &discourse.segments {
            println!(
                "  S {:?} {:?} host={:?}",
                s.kind,
                doc.text_of(s.span),
                s.host
            );
        }
        for e in &discourse.entities {
            println!(
                "  E {:?} {:?} {:?}",
                doc.text_of(e.span),
                e.via,
                crate::frames::entity_name(&Some(e.clone()))
            );
        }
        let reading = Reading::new(&doc, &mentions, &discourse);
        for f in crate::families::recognise(&reading) {
            println!(
                "  F [{}:{}] {:?} {}",
                f.family,
                f.rule,
                doc.text_of(f.span),
                crate::families::corpus::summary(&f)
            );
        }
    }
}
