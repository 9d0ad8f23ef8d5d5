//! Spotting entities in prose: teams (names, former names, nicknames, adjectives),
//! competitions with their year ("Euro 2020", "the 2018 World Cup", "Qatar 2022") and
//! person-name candidates (capitalised word sequences) for the player resolver.
//!
//! Spotting never decides identity alone: ambiguous team aliases keep every candidate, and
//! names are resolved later against the article's context.

use goalline_core::{names, Gender, TeamId};
use goalline_facts::tournaments::competitions;
use goalline_facts::Facts;
use once_cell::sync::Lazy;
use regex::Regex;
use std::collections::HashMap;

/// A team mention.
#[derive(Debug, Clone)]
pub struct TeamMention {
    /// Byte range.
    pub start: usize,
    /// End.
    pub end: usize,
    /// Candidate teams (several for "La Roja").
    pub teams: Vec<TeamId>,
    /// Gender implied by the alias ("Lionesses" → women).
    pub gender: Option<Gender>,
    /// Kind of alias (canonical, nickname, adjective…).
    pub kind: String,
}

/// A competition mention.
#[derive(Debug, Clone)]
pub struct CompetitionMention {
    /// Byte range.
    pub start: usize,
    /// End.
    pub end: usize,
    /// Competition (martj42 spelling).
    pub competition: String,
    /// Gender.
    pub gender: Gender,
    /// Year written with it.
    pub year: Option<i32>,
}

/// A capitalised name that may be a person.
#[derive(Debug, Clone)]
pub struct NameMention {
    /// Byte range.
    pub start: usize,
    /// End (possessive stripped).
    pub end: usize,
    /// The name as written.
    pub text: String,
}

struct Span {
    start: usize,
    end: usize,
}

impl Span {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
}

struct CompetitionRef {
    name: String,
    gender: Gender,
}

struct AliasEntry {
    teams: Vec<TeamId>,
    gender: Option<Gender>,
    kind: String,
}

/// The lexicon of team aliases, built once per engine.
pub struct Lexicon {
    team_ac: aho_corasick::AhoCorasick,
    team_keys: Vec<String>,
    entries: HashMap<String, AliasEntry>,
    hosts: HashMap<String, i32>,
    comp_res: Vec<(String, Gender, Regex)>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("aliases", &self.entries.len())
            .finish()
    }
}

const SKIP_KINDS: &[&str] = &["code"];

impl Lexicon {
    /// Builds the lexicon from the facts engine's team index.
    pub fn new(facts: &Facts) -> Lexicon {
        let mut entries: HashMap<String, AliasEntry> = HashMap::new();
        for a in facts.teams().aliases() {
            if SKIP_KINDS.contains(&a.kind.as_str()) || a.alias.len() < 3 {
                continue;
            }
            let mut variants = vec![a.alias.clone()];
            if let Some(rest) = a.alias.strip_prefix("the ") {
                variants.push(format!("The {rest}"));
            }
            for v in variants {
                let e = entries.entry(v).or_insert(AliasEntry {
                    teams: Vec::new(),
                    gender: a.gender,
                    kind: a.kind.clone(),
                });
                if !e.teams.contains(&a.team) {
                    e.teams.push(a.team);
                }
                if e.gender != a.gender {
                    e.gender = None;
                }
                if a.kind == "canonical" {
                    e.kind = "canonical".into();
                }
            }
        }
        let mut team_keys: Vec<String> = entries.keys().cloned().collect();
        team_keys.sort();
        let team_ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&team_keys)
            .unwrap_or_else(|_| {
                aho_corasick::AhoCorasick::new(Vec::<String>::new()).expect("empty automaton")
            });
        let mut comp_res = Vec::new();
        for c in competitions() {
            let mut aliases = c.aliases.clone();
            aliases.sort_by_key(|a| std::cmp::Reverse(a.len()));
            for a in aliases {
                let a = a.strip_prefix("the ").unwrap_or(&a).to_string();
                let ascii = if a.is_ascii() { "(?-u)" } else { "" };
                // "Euro 96", "Euro '96": two-digit years for the Euros only (a World Cup
                // "50 years ago" is not 1950's).
                let tail = if c.name == "UEFA Euro" {
                    r"(?:\s+(\d{4}|'?\d{2})\b)?"
                } else {
                    r"(?:\s+(\d{4})\b)?"
                };
                if let Ok(re) = Regex::new(&format!(
                    r"{ascii}(?:\b(\d{{4}})\s+)?\b{}\b{tail}",
                    regex::escape(&a)
                )) {
                    comp_res.push((c.name.clone(), c.gender, re));
                }
            }
        }
        let mut hosts = HashMap::new();
        if let Ok(ts) = facts.store().wc_tournaments() {
            for t in ts.into_iter().filter(|t| t.gender == Gender::Men) {
                for h in t.host.split([',', '&']).map(str::trim) {
                    hosts.insert(format!("{h} {}", t.year), t.year);
                    // "Italia 90", "USA 94", "France 98", "Mexico 86".
                    let short = match h {
                        "Italy" => "Italia",
                        "United States" => "USA",
                        other => other,
                    };
                    hosts.insert(format!("{short} {:02}", t.year % 100), t.year);
                    hosts.insert(format!("{short} '{:02}", t.year % 100), t.year);
                    if short != h {
                        hosts.insert(format!("{short} {}", t.year), t.year);
                    }
                }
            }
        }
        Lexicon {
            team_ac,
            team_keys,
            entries,
            hosts,
            comp_res,
        }
    }

    /// Team mentions in `text`. A team name directly followed by a capitalised word that is
    /// not a team is taken as part of a person's name ("Jordan Henderson").
    pub fn teams(&self, text: &str) -> Vec<TeamMention> {
        let mut out = Vec::new();
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        for hit in self.team_ac.find_iter(text) {
            let (ms, me) = (hit.start(), hit.end());
            if word(text[..ms].chars().next_back()) || word(text[me..].chars().next()) {
                continue;
            }
            let key = &self.team_keys[hit.pattern().as_usize()];
            let Some(e) = self.entries.get(key) else {
                continue;
            };
            let m = Span { start: ms, end: me };
            let after = &text[m.end()..];
            let next_word: String = after
                .strip_prefix(' ')
                .map(|a| {
                    a.chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '-')
                        .collect()
                })
                .unwrap_or_default();
            if next_word.chars().next().is_some_and(|c| c.is_uppercase())
                && !self.is_team(&next_word)
                && !is_common_capital(&next_word)
                && e.kind != "adjective"
            {
                continue;
            }
            // "Chelsea striker", "Manchester United's": a club, not a national team.
            let before = &text[..m.start()];
            let prev_word: String = before
                .trim_end()
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_string();
            if prev_word.chars().next().is_some_and(|c| c.is_uppercase())
                && !is_common_capital(&prev_word)
                && !prev_word.ends_with(['.', ':', ',', ';'])
                && !prev_word.ends_with("'s")
                && !prev_word.ends_with("’s")
                && e.kind != "adjective"
                && !self.is_team(&prev_word)
                && before.trim_end().len() == before.len().saturating_sub(1)
                && !["The", "A", "An"].contains(&prev_word.as_str())
            {
                continue;
            }
            out.push(TeamMention {
                start: m.start(),
                end: m.end(),
                teams: e.teams.clone(),
                gender: e.gender,
                kind: e.kind.clone(),
            });
        }
        out
    }

    fn is_team(&self, word: &str) -> bool {
        self.entries.keys().any(|k| word.starts_with(k.as_str()))
    }

    /// Competition mentions with their years.
    pub fn competitions(&self, text: &str) -> Vec<CompetitionMention> {
        let mut out: Vec<CompetitionMention> = Vec::new();
        for (name, gender, re) in &self.comp_res {
            let c = CompetitionRef {
                name: name.clone(),
                gender: *gender,
            };
            {
                for cap in re.captures_iter(text) {
                    let Some(all) = cap.get(0) else { continue };
                    if out
                        .iter()
                        .any(|o| o.start < all.end() && all.start() < o.end)
                    {
                        continue;
                    }
                    // "Women's World Cup" is not the men's "World Cup".
                    let womens = text[..all.start()].ends_with("Women's ")
                        || text[..all.start()].ends_with("Women’s ");
                    if c.gender == Gender::Men && womens {
                        continue;
                    }
                    let year = cap.get(1).or(cap.get(2)).and_then(|y| {
                        let t = y.as_str().trim_start_matches('\'');
                        let n: i32 = t.parse().ok()?;
                        Some(match t.len() {
                            2 if n >= 60 => 1900 + n,
                            2 => 2000 + n,
                            _ => n,
                        })
                    });
                    // "Euro 96 minutes" is not an edition.
                    let next = text[all.end()..].trim_start();
                    if cap
                        .get(2)
                        .is_some_and(|y| y.as_str().trim_start_matches('\'').len() == 2)
                        && ["minute", "goal", "year", "match", "game"]
                            .iter()
                            .any(|w| next.starts_with(w))
                    {
                        continue;
                    }
                    out.push(CompetitionMention {
                        start: all.start(),
                        end: all.end(),
                        competition: c.name.clone(),
                        gender: c.gender,
                        year,
                    });
                }
            }
        }
        for (host, year) in &self.hosts {
            let mut from = 0;
            while let Some(i) = text[from..].find(host.as_str()) {
                let s = from + i;
                let next = text[s + host.len()..].chars().next();
                let prev = text[..s].chars().next_back();
                if next.is_some_and(|c| c.is_alphanumeric())
                    || prev.is_some_and(|c| c.is_alphanumeric())
                {
                    from = s + host.len();
                    continue;
                }
                out.push(CompetitionMention {
                    start: s,
                    end: s + host.len(),
                    competition: "FIFA World Cup".into(),
                    gender: Gender::Men,
                    year: Some(*year),
                });
                from = s + host.len();
            }
        }
        out.sort_by_key(|c| c.start);
        out
    }
}

/// Capitalised words that are not names.
pub fn is_common_capital(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "His",
        "Her",
        "Their",
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
        "Asked",
        "Appointed",
        "Promoted",
        "Match",
        "Story",
        "Picture",
        "Getty",
        "Images",
        "Published",
        "Sign",
        "Get",
        "Don't",
        "Worrying",
        "Appearing",
        "Defender",
        "Winger",
        "Striker",
        "Midfielder",
        "Goalkeeper",
        "Captain",
        "Manager",
        "Coach",
        "World",
        "Cup",
        "Golden",
        "Boot",
        "Ball",
        "Euro",
        "Euros",
        "FIFA",
        "UEFA",
        "VAR",
        "Round",
        "Group",
        "Final",
        "Semi",
        "Quarter",
        "Women's",
        "Women’s",
        "Men's",
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
        "Absolutely",
        "Thanks",
        "Covid",
        "Twitter",
        "ESPN",
        "Reuters",
        "AFP",
        "AP",
        "BBC",
        "Brazil's",
        "England's",
        "Stadium",
        "Stade",
        "Estadio",
        "Park",
        "Arena",
        "Ballon",
        "Player",
        "Tournament",
        "Championship",
        "League",
        "Nations",
        "Africa",
        "African",
        "Asian",
        "European",
        "South",
        "North",
        "Copa",
        "America",
        "Gold",
        "Concacaf",
        "CONCACAF",
        "AFC",
        "Paris",
        "Saint-Germain",
        "United",
        "City",
        "Lionesses",
        "Mr",
        "Sir",
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
    ];
    WORDS.contains(&w.trim_end_matches("'s").trim_end_matches("’s"))
}

static NAME: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\p{Lu}[\p{L}’'\-]*(?:\s+(?:(?:de|da|dos|das|do|van|von|der|den|di|del|la|le|bin|ben|al|el|De|Van|Von|Al|El)\s+)?\p{Lu}[\p{L}’'\-]*){0,3}")
        .expect("regex")
});

/// Capitalised word sequences that may name a person, minus known non-name words at either end.
pub fn name_candidates(text: &str) -> Vec<NameMention> {
    let mut out = Vec::new();
    for m in NAME.find_iter(text) {
        let mut words: Vec<(usize, &str)> = Vec::new();
        let mut pos = m.start();
        for w in m.as_str().split(' ') {
            if !w.is_empty() {
                let off = text[pos..].find(w).map(|i| pos + i).unwrap_or(pos);
                words.push((off, w));
                pos = off + w.len();
            }
        }
        // Split at common capitals inside ("Brazil goalkeeper Ederson" is already split by case).
        let mut group: Vec<(usize, &str)> = Vec::new();
        let flush = |group: &mut Vec<(usize, &str)>, out: &mut Vec<NameMention>| {
            if let (Some(first), Some(last)) = (group.first(), group.last()) {
                let start = first.0;
                let mut end = last.0 + last.1.len();
                let raw = &text[start..end];
                let stripped = raw
                    .trim_end_matches("'s")
                    .trim_end_matches("’s")
                    .trim_end_matches(['\'', '’']);
                end = start + stripped.len();
                if !stripped.is_empty() && names::fold(stripped).len() > 1 {
                    out.push(NameMention {
                        start,
                        end,
                        text: stripped.to_string(),
                    });
                }
            }
            group.clear();
        };
        for (off, w) in words {
            if is_common_capital(w) {
                flush(&mut group, &mut out);
            } else {
                group.push((off, w));
            }
        }
        flush(&mut group, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_candidates_strip_possessives_and_common_words() {
        let t = "The England skipper's 84th-minute spot-kick was held by Alyssa Naeher, and Kane’s goal.";
        let names: Vec<String> = name_candidates(t).into_iter().map(|n| n.text).collect();
        assert!(names.contains(&"Alyssa Naeher".to_string()), "{names:?}");
        assert!(names.contains(&"Kane".to_string()), "{names:?}");
        assert!(!names.iter().any(|n| n == "The"), "{names:?}");
    }

    #[test]
    fn particles_stay_inside_names() {
        let t = "Rodrigo De Paul's hopeful ball and Virgil van Dijk.";
        let names: Vec<String> = name_candidates(t).into_iter().map(|n| n.text).collect();
        assert!(names.contains(&"Rodrigo De Paul".to_string()), "{names:?}");
        assert!(names.contains(&"Virgil van Dijk".to_string()), "{names:?}");
    }
}
