//! People: runs of capitalised words that may be a person's name ("Harry Kane", "Kane",
//! "Rodrigo De Paul", "Virgil van Dijk", "Al-Dawsari", "Vinicius Jr"), possessives stripped.
//!
//! Only names: whether "Kane" is a player, which one, and whether a name is a club or a coach
//! is decided later against the data. Words that open sentences, titles, months, competitions,
//! clubs and other capitalised non-names ([`NOT_NAMES`]) split or end a run; team and place
//! names are claimed first by their own dimensions.

use super::{Lexicon, Mention, PersonValue, Value};
use crate::doc::{Doc, Span, Token, TokenKind};

/// Lower-case particles allowed inside a name.
const PARTICLES: &[&str] = &[
    "de", "da", "dos", "das", "do", "van", "von", "der", "den", "di", "del", "della", "la", "le",
    "bin", "ben", "al", "el", "ter", "ten", "mac", "y",
];

/// Capitalised words that are not (parts of) people's names.
pub const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "Or",
    "So",
    "As",
    "At",
    "In",
    "On",
    "Of",
    "For",
    "With",
    "After",
    "Before",
    "When",
    "While",
    "Where",
    "Who",
    "Whose",
    "What",
    "Why",
    "How",
    "Despite",
    "Following",
    "Instead",
    "Then",
    "There",
    "Here",
    "Now",
    "Next",
    "Many",
    "Some",
    "Most",
    "All",
    "Both",
    "Only",
    "Over",
    "Under",
    "Against",
    "From",
    "To",
    "By",
    "If",
    "Once",
    "Since",
    "Until",
    "During",
    "Yet",
    "Still",
    "Even",
    "Just",
    "Also",
    "However",
    "Meanwhile",
    "Although",
    "Though",
    "Because",
    "Without",
    "Within",
    "Into",
    "Up",
    "Down",
    "Out",
    "No",
    "Not",
    "Never",
    "Every",
    "Each",
    "Another",
    "Other",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "First",
    "Second",
    "Third",
    "Last",
    "Late",
    "Early",
    "Half",
    "Full",
    "Read",
    "More",
    "Advertisement",
    "Photo",
    "Picture",
    "Getty",
    "Images",
    "Published",
    "Updated",
    "Sign",
    "Get",
    "Watch",
    "Defender",
    "Winger",
    "Striker",
    "Forward",
    "Midfielder",
    "Goalkeeper",
    "Keeper",
    "Captain",
    "Skipper",
    "Manager",
    "Coach",
    "Boss",
    "Substitute",
    "Sub",
    // Title-case headline words ("Paolo Rossi Scores A Hat Trick As Italy Beat Brazil").
    "Scores",
    "Scored",
    "Score",
    "Nets",
    "Netted",
    "Hat",
    "Trick",
    "Hat-Trick",
    "Brace",
    "Double",
    "Goal",
    "Goals",
    "Penalty",
    "Beat",
    "Beats",
    "Stun",
    "Stuns",
    "Wins",
    "Win",
    "Draw",
    "Draws",
    "Teenager",
    "Veteran",
    "Star",
    "World",
    "Cup",
    "Golden",
    "Boot",
    "Ball",
    "Glove",
    "Gloves",
    "Euro",
    "Euros",
    "FIFA",
    "UEFA",
    "CAF",
    "AFC",
    "CONMEBOL",
    "CONCACAF",
    "Concacaf",
    "VAR",
    "Round",
    "Group",
    "Final",
    "Finals",
    "Semi",
    "Semi-final",
    "Semifinal",
    "Quarter",
    "Quarter-final",
    "Quarterfinal",
    "Women",
    "Women's",
    "Men's",
    "Men",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Twitter",
    "Instagram",
    "ESPN",
    "Reuters",
    "AFP",
    "AP",
    "PA",
    "BBC",
    "CNN",
    "Sky",
    "Sports",
    "Stadium",
    "Stade",
    "Estadio",
    "Park",
    "Arena",
    "Ballon",
    "d'Or",
    "Player",
    "Tournament",
    "Championship",
    "Championships",
    "League",
    "Nations",
    "Africa",
    "African",
    "Asian",
    "European",
    "South",
    "North",
    "East",
    "West",
    "Copa",
    "America",
    "América",
    "Gold",
    "Paris",
    "Saint-Germain",
    "United",
    "City",
    "Mr",
    "Mrs",
    "Ms",
    "Sir",
    "Dr",
    "President",
    "Prime",
    "Minister",
    "Vice",
    "Everton",
    "Aston",
    "Villa",
    "Manchester",
    "Chelsea",
    "Tottenham",
    "Arsenal",
    "Liverpool",
    "Juventus",
    "Barcelona",
    "Real",
    "Madrid",
    "Bayern",
    "Munich",
    "Milan",
    "Inter",
    "Atletico",
    "Hotspur",
    "Athletic",
    "Olympique",
    "Lyonnais",
    "Borussia",
    "Dortmund",
    "Roma",
    "Napoli",
    "Ajax",
    "Benfica",
    "Porto",
    "Sporting",
    "Celtic",
    "Rangers",
    "Newcastle",
    "Leicester",
    "Club",
    "FC",
    "AC",
    "AS",
    "SC",
    "Ltd",
    "Inc",
    "Story",
    "Continue",
    "Reading",
    "Related",
    "Tickets",
    "Kick-off",
    "Date",
    "Time",
    "Venue",
    "Live",
    "Highlights",
    "Report",
    "Preview",
    "Result",
    "Results",
    "Records",
    "Record",
    "Shootout",
    "Penalty",
    "Penalties",
    "Goal",
    "Goals",
    "Extra",
    "Stoppage",
    "Added",
    "Injury",
    "God",
    "Christmas",
    "Easter",
    "Olympics",
    "Olympic",
    "Games",
    "Trophy",
    "Cup's",
    "Hall",
    "Fame",
    "Nation",
    "National",
    "International",
    "Federation",
    "Association",
    "Football",
    "Soccer",
    "Selecao",
    "Azzurri",
    "Socceroos",
    "Samurai",
    "Blue",
    "Lions",
    "Eagles",
    "Super",
    "Elephants",
    "Les",
    "Bleus",
    "La",
    "El",
    "Die",
    "Mannschaft",
    "Oranje",
    "Albiceleste",
    "Lionesses",
    // Words that open sentences.
    "Between",
    "Across",
    "Above",
    "Below",
    "Beside",
    "Inside",
    "Outside",
    "Near",
    "Via",
    "Versus",
    "Plus",
    "Except",
    "Nevertheless",
    "Nonetheless",
    "Afterwards",
    "Later",
    "Earlier",
    "Today",
    "Yesterday",
    "Tonight",
    "Tomorrow",
    "Sadly",
    "Unfortunately",
    "Fortunately",
    "Indeed",
    "Moreover",
    "Furthermore",
    "Finally",
    "Eventually",
    "Ultimately",
    "Perhaps",
    "Maybe",
    "Clearly",
    "Certainly",
    "Surely",
    "Overall",
    "Elsewhere",
    "Speaking",
    "Asked",
    "Having",
    "Being",
    "According",
    "Along",
    "Among",
    "Amid",
    "Around",
    "Behind",
    "Beyond",
    "Through",
    "Throughout",
    "Toward",
    "Towards",
    "Upon",
    "Whether",
    "Unlike",
    "Like",
    "Which",
    "Such",
    "Several",
    "Few",
    "Much",
    "Any",
    "Neither",
    "Either",
    "None",
    "Nobody",
    "Everyone",
    "Everybody",
    "Someone",
    "Nothing",
    "Everything",
    "Something",
    "Anyone",
    "Yes",
    "Oh",
    "Again",
    "Already",
    "Almost",
    "Always",
    "Often",
    "Sometimes",
    "Soon",
    "Suddenly",
    "Together",
    "Thus",
    "Hence",
    "Therefore",
    "Otherwise",
    "Besides",
    "Let",
    "Let's",
    "It's",
    "That's",
    "There's",
    "Here's",
    "What's",
    "He's",
    "She's",
    "I'm",
    "We're",
    "They're",
    "You're",
    "Don't",
    "Didn't",
    "Can't",
    "Won't",
    "Isn't",
    "Wasn't",
    "Is",
    "Was",
    "Were",
    "Are",
    "Has",
    "Have",
    "Had",
    "Did",
    "Does",
    "Do",
    "Can",
    "Could",
    "Would",
    "Should",
    "Thanks",
    "Unless",
    "Whatever",
    "Whenever",
    "Wherever",
    "Former",
    "Ex",
    "Fellow",
    "Head",
    "Assistant",
    "Interim",
    "Caretaker",
    "Referee",
    "Centre-back",
    "Center-back",
    "Full-back",
    "Left-back",
    "Right-back",
    "Wing-back",
    "Playmaker",
    "Debutant",
    "Chairman",
    "Chief",
    "Executive",
    "Director",
    "Owner",
    "Pundit",
    "Commentator",
    "Hosts",
    "Holders",
    "Champions",
    "Favourites",
    // Competitions, clubs and leagues.
    "Premier",
    "Bundesliga",
    "LaLiga",
    "Liga",
    "Serie",
    "Ligue",
    "Eredivisie",
    "MLS",
    "Libertadores",
    "Sudamericana",
    "Rey",
    "Europa",
    "Conference",
    "Confederations",
    "Qualifiers",
    "Qualifying",
    "Knockout",
    "Stage",
    "Play-off",
    "Playoff",
    "Finalissima",
    "AFCON",
    "Afcon",
    "Mundial",
    "Leverkusen",
    "Bayer",
    "Leipzig",
    "RB",
    "Schalke",
    "Wolfsburg",
    "Eintracht",
    "Frankfurt",
    "Stuttgart",
    "Galatasaray",
    "Fenerbahce",
    "Besiktas",
    "Marseille",
    "Lyon",
    "Lille",
    "PSG",
    "Valencia",
    "Sevilla",
    "Seville",
    "Villarreal",
    "Betis",
    "Sociedad",
    "Lazio",
    "Fiorentina",
    "Atalanta",
    "Brighton",
    "Wolves",
    "Fulham",
    "Crystal",
    "Palace",
    "Brentford",
    "Bournemouth",
    "Southampton",
    "Sunderland",
    "Leeds",
    "Nottingham",
    "Forest",
    "Feyenoord",
    "PSV",
    "Eindhoven",
    "Anderlecht",
    "Brugge",
    "Salzburg",
    "Zenit",
    "Shakhtar",
    "Olympiacos",
    "Panathinaikos",
    "Boca",
    "Juniors",
    "River",
    "Plate",
    "Flamengo",
    "Corinthians",
    "Palmeiras",
    "Al-Hilal",
    "Al-Nassr",
    "Al-Ittihad",
    "Al-Ahly",
    "Miami",
    "Galaxy",
    "Wanderers",
    "Albion",
    "Rovers",
];

/// Finds the person-name candidates inside `within`.
pub fn find(doc: &Doc<'_>, within: Span, _lex: &Lexicon, out: &mut Vec<Mention>) {
    let toks = doc.tokens_in(within);
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, out: &mut Vec<Mention>| {
        // Trailing particles and dots are not part of the name.
        while run.last().is_some_and(|&k| {
            (!toks[k].capitalised(doc) && PARTICLES.contains(&toks[k].norm.as_str()))
                || toks[k].kind == TokenKind::Punct
        }) {
            run.pop();
        }
        if let (Some(&a), Some(&b)) = (run.first(), run.last()) {
            let span = toks[a].span.cover(toks[b].span);
            let raw = doc.text_of(span);
            let possessive = raw.ends_with("'s") || raw.ends_with("\u{2019}s");
            let name = raw
                .trim_end_matches("'s")
                .trim_end_matches("\u{2019}s")
                .trim_end_matches(['\'', '\u{2019}']);
            if name.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
                let end = span.start() + name.len();
                out.push(Mention {
                    span: doc.span(span.start(), end),
                    value: Value::Person(PersonValue {
                        name: name.to_string(),
                        possessive,
                    }),
                    rule: "person_capitalised",
                });
            }
        }
        run.clear();
    };
    // The text between two tokens (" " when they are separate words of one name).
    let gap = |a: usize, b: usize| match (toks.get(a), toks.get(b)) {
        (Some(x), Some(y)) => doc.text_of(doc.span(x.span.end(), y.span.start())),
        _ => "?",
    };
    let name_word = |t: &Token| {
        let word = doc.text_of(t.span);
        let bare = word.trim_end_matches("'s").trim_end_matches("\u{2019}s");
        t.kind == TokenKind::Word
            && !NOT_NAMES.contains(&bare)
            && (t.capitalised(doc) || particle_prefixed(bare))
    };
    let particle = |t: &Token| t.kind == TokenKind::Word && PARTICLES.contains(&t.norm.as_str());
    // A word that is no name word but continues (or opens) one: a particle or "Jr" inside a
    // name, a particle opening one ("van Dijk", "van der Sar" with no first name before
    // them), the dot of an initial ("J. Henderson").
    let continues_name = |k: usize, t: &Token, run: &[usize], adjacent: bool| {
        let word = doc.text_of(t.span);
        let inside = t.kind == TokenKind::Word
            && !run.is_empty()
            && adjacent
            && (particle(t) || matches!(word, "Jr" | "Junior" | "Sr"));
        let opens = run.is_empty() && STARTERS.contains(&t.norm.as_str()) && {
            let mut j = k + 1;
            while toks.get(j).is_some_and(&particle) && gap(j - 1, j) == " " {
                j += 1;
            }
            toks.get(j).is_some_and(&name_word) && gap(j - 1, j) == " "
        };
        let dot = t.kind == TokenKind::Punct
            && word == "."
            && run.last().is_some_and(|&p| {
                toks.get(p)
                    .is_some_and(|x| initial(doc.text_of(x.span)) && gap(p, k).is_empty())
            });
        inside || opens || dot
    };
    // A verb form opening a sentence ("Entering the game", "Asked about it", "Speaking after
    // the match") is no name.
    let opening_verb = |k: usize, t: &Token| {
        let w = t.norm.as_str();
        let first = doc.sentence_at(t.span.start()).is_some_and(|s| {
            doc.text_of(doc.span(s.span.start(), t.span.start()))
                .trim_matches(|c: char| !c.is_alphanumeric())
                .is_empty()
        });
        let next = toks.get(k + 1).map(|n| n.norm.as_str()).unwrap_or("");
        first
            && (w.ends_with("ing") || w.ends_with("ed"))
            && matches!(
                next,
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "into"
                    | "with"
                    | "on"
                    | "in"
                    | "at"
                    | "from"
                    | "about"
                    | "after"
                    | "for"
                    | "to"
                    | "up"
                    | "off"
                    | "out"
                    | "by"
                    | "over"
                    | "back"
                    | "just"
                    | "only"
                    | "what"
                    | "how"
            )
    };
    for (k, t) in toks.iter().enumerate() {
        let word = doc.text_of(t.span);
        let bare = word.trim_end_matches("'s").trim_end_matches("\u{2019}s");
        let adjacent = run.last().is_some_and(|&p| gap(p, k) == " ");
        if run.is_empty() && opening_verb(k, t) {
            continue;
        }
        if name_word(t) {
            if !run.is_empty() && !adjacent {
                flush(&mut run, out);
            }
            run.push(k);
            if bare.len() < word.len() {
                flush(&mut run, out); // a possessive ends the name
            }
        } else if continues_name(k, t, &run, adjacent) {
            run.push(k);
        } else {
            flush(&mut run, out);
        }
    }
    flush(&mut run, out);
}

/// Lower-case particles that may open a name written without its first name ("van Dijk").
const STARTERS: &[&str] = &[
    "van", "von", "de", "di", "da", "dos", "das", "del", "della", "der", "den", "du",
];

/// "al-Dawsari", "el-Shenawy", "bin-Zayed": a lower-case particle joined to a capitalised name.
fn particle_prefixed(word: &str) -> bool {
    word.split_once('-').is_some_and(|(head, tail)| {
        matches!(
            head,
            "al" | "el" | "ad" | "ash" | "as" | "at" | "ar" | "an" | "bin" | "ben" | "abu" | "ibn"
        ) && tail.chars().next().is_some_and(char::is_uppercase)
    })
}

/// An initial: "J", "J.J", "A.J" (one capital letter per dot-separated part, at most three).
fn initial(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() <= 3
        && parts.iter().all(|p| {
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
        })
}
