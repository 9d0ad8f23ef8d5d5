//! Teams: names (current and of the day: "West Germany", "Zaire"), nicknames ("the Three
//! Lions", "Les Bleus", "Bafana Bafana") and demonyms ("the Germans", "English"), from the
//! [`Lexicon`]; a possessive ("England's") names the team too. Descriptions ("the hosts",
//! "the holders", "the champions") are not team mentions: the discourse layer resolves them.
//!
//! A team *name* is left out where the words around it make it part of another name:
//! - a single-word name next to a capitalised word that is not part of a team name is taken as
//!   part of a person's name ("Jordan Henderson", "Michael Jordan", "Chad Le Clos"), unless the
//!   sentence is a title-case headline; "England Women", "Brazil U20", "Mexico Tuesday" stay
//!   teams;
//! - after a compass word or a club word ("New South Wales", "Real", "Sporting"), after an
//!   institution and "of" ("the Bank of England", "the King of Spain"), and before a hyphen
//!   and a capitalised word that is not a team ("Guinea-Bissau" when the lexicon lacks it,
//!   while "the England-Scotland game" names both).
//!
//! Nicknames and demonyms are kept whatever follows them ("Brazilian Vinicius" is a demonym
//! mention; whose nationality it states is for later layers).

use super::person::NOT_NAMES;
use super::{Lexicon, Mention, TeamForm, TeamValue, Value};
use crate::doc::{Doc, Span};

/// Capitalised words that may follow a team name without making it a person's name.
const TEAM_FOLLOWERS: &[&str] = &[
    "Women",
    "Women's",
    "Men",
    "Men's",
    "U17",
    "U19",
    "U20",
    "U21",
    "U23",
    "U-17",
    "U-19",
    "U-20",
    "U-21",
    "U-23",
    "Under-17",
    "Under-19",
    "Under-21",
    "Under-20",
    "Under-23",
    "Olympic",
    "FA",
    "Football",
    "World",
    "Euro",
    "Euros",
    "Copa",
    "Gold",
    "Nations",
    "Asian",
    "African",
    "Cup",
    "A",
    "B",
    "I",
    "II",
    "XI",
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
];

/// Descriptions that open a sentence before a team's name ("Hosts Qatar lost").
const DESCRIPTIONS: &[&str] = &[
    "Hosts",
    "Co-hosts",
    "Holders",
    "Champions",
    "Favourites",
    "Favorites",
    "Minnows",
    "Neighbours",
    "Neighbors",
    "Rivals",
    "Opponents",
    "Leaders",
    "Debutants",
    "Newcomers",
    "Underdogs",
    "Outsiders",
    "Runners-up",
    "Finalists",
    "Semi-finalists",
    "Defending",
    "Reigning",
    "Unbeaten",
    "Winless",
    "Visitors",
    "Victors",
    "Winners",
    "Losers",
    "Title-holders",
    "Table-toppers",
];

/// Words right before a team's name that make it part of another name ("New South Wales",
/// "Real", "Sporting").
const NAME_BEFORE: &[&str] = &[
    "New",
    "South",
    "North",
    "East",
    "West",
    "Central",
    "Nueva",
    "Real",
    "Club",
    "Atletico",
    "Atlético",
    "Athletic",
    "Sporting",
    "Deportivo",
    "Inter",
    "FC",
    "AC",
    "Dynamo",
    "Dinamo",
    "Olympique",
    "Racing",
    "Union",
];

/// Institutions named "X of <country>" ("the Bank of England", "the King of Spain",
/// "Universidad de Chile").
const INSTITUTIONS: &[&str] = &[
    "Bank",
    "Church",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Duke",
    "Duchess",
    "Emir",
    "President",
    "Minister",
    "University",
    "Universidad",
    "Republic",
    "Kingdom",
    "Federation",
    "Association",
    "Union",
    "Embassy",
    "Ambassador",
    "Government",
    "Parliament",
    "Governor",
    "Archbishop",
    "Bishop",
    "Mayor",
    "Tour",
    "Stade",
    "Estadio",
    "Nacional",
    "Bay",
    "Gulf",
    "Sea",
];

/// The word right after byte `e` when a single space separates it (letters, digits, `'`, `-`).
fn word_after(text: &str, e: usize) -> &str {
    let rest = text.get(e..).unwrap_or("");
    let Some(r) = rest.strip_prefix(' ') else {
        return "";
    };
    let n = r
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '\'' || *c == '-'))
        .map(|(i, _)| i)
        .unwrap_or(r.len());
    r.get(..n).unwrap_or("")
}

/// The word right before byte `s` when a single space separates it.
fn word_before(text: &str, s: usize) -> &str {
    let before = text.get(..s).unwrap_or("");
    let Some(b) = before.strip_suffix(' ') else {
        return "";
    };
    let n = b
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '\'' || *c == '-'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    b.get(n..).unwrap_or("")
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// True when the text is a title-case headline ("Messi Inspires Argentina To Glory").
fn title_case(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    words.len() >= 4 && words.iter().filter(|w| capitalised(w)).count() * 5 >= words.len() * 4
}

/// True when the words starting at byte `i` begin with a team's name.
fn team_at(lex: &Lexicon, text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|r| lex.teams_in(r).next())
        .is_some_and(|(s, _, _)| s == 0)
}

/// Why a team name at `s..e` is part of another name, if it is.
fn part_of_other_name(lex: &Lexicon, text: &str, s: usize, e: usize, headline: bool) -> bool {
    let one_word = !text.get(s..e).unwrap_or(" ").contains(' ');
    let next = word_after(text, e);
    let prev = word_before(text, s);
    // "Jordan Henderson", but "England Women", "Mexico Tuesday", "France Germany" (a list).
    if one_word
        && !headline
        && capitalised(next)
        && !TEAM_FOLLOWERS.contains(&next)
        && !team_at(lex, text, e + 1)
    {
        return true;
    }
    // "Michael Jordan": a capitalised word before that is not a description ("Hosts Qatar"),
    // a common capitalised word, a team, or a possessive.
    if one_word
        && !headline
        && capitalised(prev)
        && !DESCRIPTIONS.contains(&prev)
        && !NOT_NAMES.contains(&prev)
        && !prev.ends_with("'s")
        && !team_at(lex, text, s.saturating_sub(prev.len() + 1))
        && !TEAM_FOLLOWERS.contains(&prev)
    {
        return true;
    }
    if NAME_BEFORE.contains(&prev) {
        return true; // "New South Wales", "Sporting Cristal"
    }
    if matches!(prev, "of" | "de") {
        let before_of = word_before(text, s.saturating_sub(prev.len() + 1));
        if INSTITUTIONS.contains(&before_of) {
            return true; // "the Bank of England", "Universidad de Chile"
        }
    }
    // "Guinea-Bissau" (when the lexicon lacks it); "the England-Scotland game" names both.
    if let Some(after) = text.get(e..).and_then(|r| r.strip_prefix('-')) {
        if after.chars().next().is_some_and(char::is_uppercase) && !team_at(lex, text, e + 1) {
            return true;
        }
    }
    false
}

/// Finds the teams named inside `within`.
pub fn find(doc: &Doc<'_>, within: Span, lex: &Lexicon, out: &mut Vec<Mention>) {
    let (text, base) = doc.norm_of(within);
    let headline = title_case(text);
    for (s, e, entry) in lex.teams_in(text) {
        if entry.form == TeamForm::Name && part_of_other_name(lex, text, s, e, headline) {
            continue;
        }
        out.push(Mention {
            span: doc.span_of_norm(base + s, base + e),
            value: Value::Team(TeamValue {
                teams: entry.teams.clone(),
                name: entry.name.clone(),
                gender: entry.gender,
                form: entry.form,
            }),
            rule: "team_lexicon",
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_nicknames_keep_every_team() {
        let lex = Lexicon::fixture();
        for (text, n) in [
            ("La Roja won", 2),
            ("the White Eagles lost", 2),
            ("Les Bleus", 1),
        ] {
            let doc = Doc::new(text);
            let mut out = Vec::new();
            find(&doc, doc.body, &lex, &mut out);
            match out.first().map(|m| &m.value) {
                Some(Value::Team(t)) => assert_eq!(t.teams.len(), n, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
    }

    #[test]
    fn neighbouring_words() {
        assert_eq!(word_after("Jordan Henderson's cross", 6), "Henderson's");
        assert_eq!(word_before("the Bank of England", 12), "of");
        assert_eq!(word_before("England", 0), "");
        assert!(title_case("Messi Inspires Argentina To Glory"));
        assert!(!title_case("Messi inspires Argentina to glory"));
    }
}
