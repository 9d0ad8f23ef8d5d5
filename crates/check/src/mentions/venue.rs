//! Places: stadiums, cities and countries the [`Lexicon`] knows (from the data and the
//! reference aliases: `Wembley`, `Lusail Iconic Stadium`, `St Petersburg`), stadiums it does
//! not know by the shape of their names (`at the Al Bayt Stadium`, `Estadio Centenario`,
//! `Stade Velodrome`, `at Hampden Park`), and datelines (`BUDAPEST:`, `DOHA, Qatar (AP) —`,
//! `East Rutherford:` at the start of a paragraph).
//!
//! A country is a place only after a word that puts something in it (`in Qatar`, `hosts in
//! Germany`, `travelled to Russia`, `across Brazil`); `Qatar beat Japan` names a team, and
//! `lost to Qatar` or `in Qatar's win` too. The same goes for a city that shares a team's name
//! (`in Singapore`). Team mentions are found separately: both may exist for the same words.

use super::rules::{Rule, Table};
use super::{Lexicon, Mention, Value, VenueKind, VenueValue};
use crate::doc::{Doc, Span};
use once_cell::sync::Lazy;
use regex::{Captures, Regex};

/// Words before a name that make it a place.
static PLACE_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:in|at|across|throughout|around|inside|outside|within|into|near|hosted\s+by|host\s+(?:country|nation|city)|(?:travel(?:led|ed|ling|s)?|head(?:ed|ing|s)?|flew|fly|flying|flown|arrive[ds]?|arriving|return(?:ed|ing|s)?|trip|journey|way|bound|relocated|flights?)\s+(?:back\s+)?to)\s+(?:the\s+)?$",
    )
});

/// A dateline: an all-capitals place, or a capitalised one, at the start of a paragraph,
/// maybe with its region and a news agency, then a colon or a dash.
static DATELINE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"^(?P<v>(?P<caps>[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3})|[A-Z][\p{Ll}.'-]+(?:\s+(?:de|del|do|da|la|el|al|[A-Z][\p{Ll}.'-]+)){0,3})\s*(?:,\s*(?P<region>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}))?\s*(?P<agency>\((?:AP|AFP|Reuters|REUTERS|dpa|DPA|PA|Xinhua|ANI|IANS|UPI|EFE|Bloomberg|CNN|ANSA|Kyodo|Yonhap|TASS)\))?\s*(?P<sep>:|-{1,2})\s",
    )
});

fn stadium(c: &Captures<'_>) -> Option<Value> {
    let name = c.name("v")?.as_str().trim();
    Some(Value::Venue(VenueValue {
        name: name.to_string(),
        kind: VenueKind::Stadium,
        place: None,
    }))
}

/// A capitalised word of a place's name.
macro_rules! cap {
    () => {
        r"(?-i:St\.|[A-Z0-9][\w'-]*)"
    };
}

/// The rules for stadiums the lexicon does not know.
pub static RULES: &[Rule] = &[
    Rule {
        // "at the Al Bayt Stadium", "the Khalifa International Stadium", "at Hampden Park",
        // "the Johan Cruyff Arena": a place word after capitalised words, after "the" or a
        // place preposition.
        name: "venue_named_ground",
        pattern: concat!(
            r"\b(?-i:the|The|at|At|in|In|to|from|inside|outside|into|near|of)\s+(?:the\s+)?(?P<v>",
            cap!(),
            r"(?:\s+(?:(?:de|del|la|al|el|of|the)\s+)?",
            cap!(),
            r"){0,3}\s+(?-i:Stadium|Stadion|Arena|Park|Ground|Bowl|Dome|Oval|Coliseum|Colosseum|Field))\b"
        ),
        produce: stadium,
    },
    Rule {
        name: "venue_stadium_number",
        pattern: r"\b(?P<v>(?-i:Stadium)\s+\d{1,4})\b",
        produce: stadium,
    },
    Rule {
        // "Estadio Centenario", "Estádio do Maracanã", "Stade Velodrome", "Stadio Olimpico",
        // "Stade de France" (an English "Stadium" before a word may end a name instead:
        // "the Lusail Stadium Argentina fans filled").
        name: "venue_stadium_first",
        pattern: concat!(
            r"\b(?P<v>(?-i:Estadio|Estádio|Stade|Stadio|Stadion)\s+(?:(?:de|do|da|dos|das|del|della|di|du|des|la|le)\s+)?",
            cap!(),
            r"(?:\s+(?:(?:de|do|da|dos|del|della|di|du|des|la|le)\s+)?",
            cap!(),
            r"){0,3})"
        ),
        produce: stadium,
    },
];

static TABLE: Lazy<Table> = Lazy::new(|| Table::new(RULES));

/// True when the words before byte `i` of `text` put the name after them in a place.
fn after_place_word(text: &str, i: usize) -> bool {
    let before = text.get(..i).unwrap_or("");
    let start = before
        .char_indices()
        .rev()
        .nth(40)
        .map(|(k, _)| k)
        .unwrap_or(0);
    PLACE_BEFORE.is_match(before.get(start..).unwrap_or(""))
}

/// Place names that are also English words and open sentences as words ("Nice work",
/// "Reading the game", "Split decisions"): at a sentence's start they need a place word too.
const WORD_PLACES: &[&str] = &[
    "Nice",
    "Reading",
    "Split",
    "Bath",
    "Mobile",
    "Orange",
    "Sale",
    "Buffalo",
    "Lens",
    "Bury",
    "Deal",
    "Hull",
    "Derby",
    "Wigan",
    "Gent",
    "Eagle",
    "Independence",
    "Concord",
    "Victoria",
    "Marion",
    "Florence",
    "Como",
];

/// True when `name` is exactly a team's name (a city called like a country, "Singapore").
fn team_named(lex: &Lexicon, name: &str) -> bool {
    lex.teams_in(name)
        .any(|(s, e, _)| s == 0 && e == name.len())
}

/// "EAST RUTHERFORD" → the spellings a lexicon may know ("East Rutherford", "Rio de Janeiro").
fn title_variants(caps: &str) -> [String; 2] {
    let title = |lower_particles: bool| {
        caps.split(' ')
            .filter(|w| !w.is_empty())
            .enumerate()
            .map(|(k, w)| {
                let lw = w.to_lowercase();
                if lower_particles
                    && k > 0
                    && matches!(lw.as_str(), "de" | "del" | "do" | "da" | "la" | "el" | "al")
                {
                    return lw;
                }
                let mut cs = lw.chars();
                match cs.next() {
                    Some(f) => f.to_uppercase().chain(cs).collect(),
                    None => String::new(),
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    [title(false), title(true)]
}

/// The lexicon's entry for exactly these words, if any.
fn known(lex: &Lexicon, name: &str) -> Option<super::lexicon::VenueEntry> {
    lex.venues_in(name)
        .find(|(s, e, _)| *s == 0 && *e == name.len())
        .map(|(_, _, v)| v.clone())
}

fn dateline(doc: &Doc<'_>, within: Span, lex: &Lexicon, out: &mut Vec<Mention>) {
    // The document decides what is a dateline (one detector for every layer); this reads
    // which place it names.
    if doc.dateline_at(within.start()).is_none() {
        return;
    }
    let (text, base) = doc.norm_of(within);
    let Some(c) = DATELINE.captures(text) else {
        return;
    };
    let Some(v) = c.name("v") else { return };
    let written = v.as_str().trim();
    let agency = c.name("agency").is_some();
    let region = c.name("region");
    let entry = match c.name("caps") {
        Some(_) => title_variants(written)
            .iter()
            .find_map(|t| known(lex, t).map(|e| (t.clone(), e))),
        None => known(lex, written).map(|e| (written.to_string(), e)),
    };
    let kept = match (&entry, c.name("caps")) {
        (Some(_), _) => true,
        // An unknown all-capitals word needs an agency or a region ("UPDATE:" is no place).
        (None, Some(_)) => agency || region.is_some_and(|r| known(lex, r.as_str()).is_some()),
        // An unknown capitalised word needs an agency ("Kane: 'We were ...'" is a quote).
        (None, None) => agency,
    };
    if !kept {
        return;
    }
    let (name, place, kind) = match entry {
        Some((t, e)) => (t, Some(e.name.clone()), e.kind),
        None => (
            match c.name("caps") {
                Some(_) => title_variants(written)[0].clone(),
                None => written.to_string(),
            },
            None,
            VenueKind::City,
        ),
    };
    let kind = if kind == VenueKind::Country {
        VenueKind::Country
    } else {
        VenueKind::City
    };
    out.push(Mention {
        span: doc.span_of_norm(base + v.start(), base + v.start() + written.len()),
        value: Value::Venue(VenueValue { name, kind, place }),
        rule: "venue_dateline",
    });
    if let Some(r) = region {
        if let Some(e) = known(lex, r.as_str()).filter(|e| e.kind == VenueKind::Country) {
            out.push(Mention {
                span: doc.span_of_norm(base + r.start(), base + r.end()),
                value: Value::Venue(VenueValue {
                    name: r.as_str().to_string(),
                    kind: VenueKind::Country,
                    place: Some(e.name.clone()),
                }),
                rule: "venue_dateline_region",
            });
        }
    }
}

/// Finds the places inside `within`.
pub fn find(doc: &Doc<'_>, within: Span, lex: &Lexicon, out: &mut Vec<Mention>) {
    dateline(doc, within, lex, out);
    let (text, base) = doc.norm_of(within);
    for (s, e, entry) in lex.venues_in(text) {
        let words = text.get(s..e).unwrap_or("");
        let opens_sentence = text.get(..s).is_some_and(|b| b.trim().is_empty());
        let needs_place_word = entry.kind == VenueKind::Country
            || (entry.kind == VenueKind::City && team_named(lex, words))
            || (opens_sentence && WORD_PLACES.contains(&words));
        if needs_place_word {
            let possessive = text.get(e..).is_some_and(|r| r.starts_with("'s"));
            if possessive || !after_place_word(text, s) {
                continue; // "Qatar beat Japan", "lost to Qatar", "in Qatar's win"
            }
        }
        out.push(Mention {
            span: doc.span_of_norm(base + s, base + e),
            value: Value::Venue(VenueValue {
                name: words.to_string(),
                kind: entry.kind,
                place: Some(entry.name.clone()),
            }),
            rule: "venue_lexicon",
        });
    }
    TABLE.run(doc, within, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_words_and_title_case() {
        let t = "the final was played in ";
        assert!(after_place_word(t, t.len()));
        let t = "they lost to ";
        assert!(!after_place_word(t, t.len()));
        let t = "the squad travelled to ";
        assert!(after_place_word(t, t.len()));
        assert_eq!(
            title_variants("RIO DE JANEIRO"),
            ["Rio De Janeiro".to_string(), "Rio de Janeiro".to_string()]
        );
        assert_eq!(title_variants("ST. PETERSBURG")[0], "St. Petersburg");
    }
}
