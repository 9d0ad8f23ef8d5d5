//! Teams: names (current and of the day: "West Germany", "Zaire"), nicknames ("the Three
//! Lions", "Les Bleus") and demonyms ("the Germans", "English"), from the [`Lexicon`].
//!
//! A single-word team name directly followed by a capitalised word that is not part of a
//! team name is taken as part of a person's name ("Jordan Henderson", "Chad Le Clos") and left
//! to the person dimension; "England Women" and "Brazil U20" stay teams.

use super::{Lexicon, Mention, TeamValue, Value};
use crate::doc::{Doc, Span};

/// Capitalised words that may follow a team name without making it a person's name.
const TEAM_FOLLOWERS: &[&str] = &[
    "Women", "Women's", "Men", "Men's", "U17", "U19", "U20", "U21", "U23", "Under-21", "Under-20",
    "Under-23", "Olympic", "FA", "Football", "World", "Euro", "Euros", "Copa", "Gold", "Nations",
    "Asian", "African", "Cup", "A", "B", "I", "II",
];

/// Finds the teams named inside `within`.
pub fn find(doc: &Doc<'_>, within: Span, lex: &Lexicon, out: &mut Vec<Mention>) {
    let (text, base) = doc.norm_of(within);
    for (s, e, entry) in lex.teams_in(text) {
        let next_word: String = text[e..]
            .strip_prefix(' ')
            .map(|r| {
                r.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '\'' || *c == '-')
                    .collect()
            })
            .unwrap_or_default();
        let one_word = !text[s..e].contains(' ');
        if one_word
            && next_word.chars().next().is_some_and(char::is_uppercase)
            && !TEAM_FOLLOWERS.contains(&next_word.as_str())
            && lex.teams_in(&text[e + 1..]).next().map(|(s2, _, _)| s2) != Some(0)
        {
            continue; // "Jordan Henderson"
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
