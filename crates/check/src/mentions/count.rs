//! Counts and ordinals with their noun: "six goals", "five victories in 41 H2Hs", "seven
//! different scorers", "more than 100 caps", "scored twice", "netted 109 times", "a brace",
//! "a hat-trick", "four-time champions", "a 10-match unbeaten run", "(W4, D1, L2)", "76 goals
//! in 92"; "his 99th and 100th goals", "a record third title", "the 53rd goal", "his 12th
//! career World Cup goal", "third-placed", "for the first time", "first-ever".
//!
//! A count's span is the words that carry the number ("six", "twice", "brace", "10-match",
//! "99th and 100th"), not its noun, so a competition named between number and noun ("five
//! World Cup goals") does not suppress it. Words written with the number set its
//! [`Bound`] ("more than 100 goals" is at least 100, "nearly 100" at most 100, "about 40"
//! roughly 40).
//!
//! Nouns are a closed list (see [`noun_of`]); a number before any other word is not a count
//! here ("10 men", "the No. 9 shirt"). Margins are not counts: "a two-goal lead", "a 12-point
//! gap", "two goals down", "won by three goals", "four points clear". "World Cups", "tournaments" and "editions" count tournaments, or titles when the
//! clause says they were won ("won five World Cups"); "on eight occasions" stays `Other` (won
//! on eight occasions may be titles or wins). A standings position ("third-placed", "finished
//! second", "in third place") is an ordinal of `Other`.
//!
//! Not counts: minutes ("84th minute": the minute dimension's), ages, years ("the 2018 World
//! Cup"), scores ("a 2-1 win"), dates, durations ("two minutes later").

use super::numbers::{cardinal_words, ordinal_words, parse_number, parse_ordinal};
use super::rules::{has, ListRule, ListTable, Rule, Table};
use super::{Bound, CountValue, Lexicon, Mention, Noun, OrdinalValue, Value};
use crate::doc::{Doc, Span};
use once_cell::sync::Lazy;
use regex::{Captures, Regex};

/// Count nouns, longest first (see [`noun_of`] for what each counts).
macro_rules! nouns {
    () => {
        r"(?:finals\s+tournaments|world\s+cups|major\s+tournaments|clean\s+sheets|clean\s+sheet|spot[- ]kicks|spot[- ]kick|own\s+goals|own\s+goal|hat[- ]?tricks|yellow\s+cards|red\s+cards|penalty\s+shoot-?outs|shoot-?outs|head-to-heads|h2hs|h2h|goals|goal|strikes|caps|cap|appearances|appearance|internationals|starts|outings|matches|match|games|game|fixtures|meetings|encounters|wins|win|victories|victory|draws|draw|stalemates|defeats|defeat|losses|loss|titles|title|trophies|trophy|crowns|championships|honours|cups|finals|final|tournaments|tournament|editions|edition|points|point|pts|penalties|penalty|assists|assist|shutouts|minutes|minute|mins|seconds|years|scorers|scorer|goalscorers|goalscorer|marksmen|cards|card|bookings|yellows|dismissals|sendings-off|shots|shot|attempts|players|player|occasions|occasion|saves|corners|changes|substitutions|teams|nations|countries|sides|groups|stadiums|venues|cities|debutants|substitutes|managers|coaches)"
    };
}

/// Ordinal nouns, longest first.
macro_rules! ordinal_nouns {
    () => {
        r"(?:world\s+cups?|major\s+tournaments?|clean\s+sheets?|spot[- ]kicks?|own\s+goals?|hat[- ]?tricks?|yellow\s+cards?|red\s+cards?|goals?|strikes?|caps?|appearances?|internationals?|starts?|outings?|matches|match|games?|fixtures?|meetings?|wins?|victory|victories|draws?|defeats?|loss|losses|titles?|trophy|trophies|crowns?|championships?|finals?|tournaments?|editions?|penalty|penalties|assists?|scorers?|goalscorers?|cards?|bookings?|shots?|points?|triumphs?|successes|success)"
    };
}

/// Words that set a count's [`Bound`].
macro_rules! modifier {
    () => {
        r"(?:more\s+than|well\s+over|just\s+over|over|at\s+least|upwards\s+of|in\s+excess\s+of|fewer\s+than|less\s+than|under|up\s+to|at\s+most|no\s+more\s+than|nearly|almost|just\s+under|just\s+shy\s+of|about|around|roughly|approximately|some|close\s+to|an\s+estimated|exactly|precisely|just|only)"
    };
}

/// A count: digits (with thousands commas) or words.
macro_rules! amount {
    () => {
        concat!(
            r"(?:\d{1,3}(?:,\d{3})+|\d{1,6}|a\s+couple\s+of|a\s+pair\s+of|a\s+dozen|",
            cardinal_words!(),
            ")"
        )
    };
}

/// A word between a number and its noun ("three *straight* wins", "12th *career World Cup*
/// goal"); checked against [`NOT_ADJECTIVES`].
macro_rules! adjectives {
    () => {
        r"(?P<adj>(?:[\p{L}][\p{L}'\-]*\s+){0,3}?)"
    };
}

/// What may not stand between a number and its noun: a clause has ended or another number
/// or period has started ("the first two goals", "his second half goals").
const NOT_ADJECTIVES: &[&str] = &[
    "of", "in", "and", "or", "the", "a", "an", "to", "for", "at", "on", "by", "with", "from",
    "against", "than", "as", "but", "that", "this", "which", "who", "was", "were", "is", "are",
    "be", "been", "has", "have", "had", "he", "she", "they", "it", "we", "i", "you", "his", "her",
    "their", "its", "our", "my", "no", "not", "after", "before", "since", "all", "both", "half",
    "leg", "round", "minute", "minutes", "century", "time", "times", "period", "string", "team",
    "xi", "choice", "place", "season", "day", "days", "week", "month", "year", "years", "so", "if",
    "then", "when", "where", "while", "into", "over", "under", "per", "each", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third",
    "fourth", "fifth", "last", "next", "these", "those", "goals", "games", "matches", "points",
];

/// The noun a count noun names.
pub fn noun_of(word: &str) -> Option<Noun> {
    let w = word
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(' ', "-");
    let n = match w.as_str() {
        "goals" | "goal" | "strikes" | "strike" | "own-goals" | "own-goal" => Noun::Goal,
        "caps" | "cap" | "appearances" | "appearance" | "internationals" | "international"
        | "starts" | "start" | "outings" | "outing" => Noun::Appearance,
        "matches" | "match" | "games" | "game" | "fixtures" | "fixture" | "meetings"
        | "meeting" | "encounters" | "head-to-heads" | "h2hs" | "h2h" => Noun::Match,
        "wins" | "win" | "victories" | "victory" | "triumphs" | "triumph" | "successes"
        | "success" => Noun::Win,
        "draws" | "draw" | "stalemates" => Noun::Draw,
        "defeats" | "defeat" | "losses" | "loss" => Noun::Defeat,
        "titles" | "title" | "trophies" | "trophy" | "crowns" | "crown" | "championships"
        | "championship" | "honours" | "cups" | "major-honours" => Noun::Title,
        "finals" | "final" => Noun::Final,
        "finals-tournaments" | "world-cups" | "world-cup" | "major-tournaments"
        | "major-tournament" | "tournaments" | "tournament" | "editions" | "edition" => {
            Noun::Tournament
        }
        "points" | "point" | "pts" => Noun::Point,
        "penalties" | "penalty" | "spot-kicks" | "spot-kick" => Noun::Penalty,
        "assists" | "assist" => Noun::Assist,
        "clean-sheets" | "clean-sheet" | "shutouts" => Noun::CleanSheet,
        "minutes" | "minute" | "mins" => Noun::Minute,
        "seconds" => Noun::Second,
        "years" => Noun::Year,
        "scorers" | "scorer" | "goalscorers" | "goalscorer" | "marksmen" => Noun::Scorer,
        "hat-tricks" | "hattricks" | "hat-trick" | "hattrick" => Noun::HatTrick,
        "cards" | "card" | "yellow-cards" | "yellow-card" | "red-cards" | "red-card"
        | "bookings" | "booking" | "yellows" | "dismissals" | "sendings-off" => Noun::Card,
        "shots" | "shot" | "attempts" => Noun::Shot,
        "players" | "player" | "occasions" | "occasion" | "saves" | "corners" | "changes"
        | "substitutions" | "teams" | "nations" | "countries" | "sides" | "groups" | "stadiums"
        | "venues" | "cities" | "debutants" | "substitutes" | "managers" | "coaches"
        | "penalty-shoot-outs" | "penalty-shootouts" | "shoot-outs" | "shootouts" => Noun::Other,
        _ => return None,
    };
    Some(n)
}

/// Singular nouns: counted only for one ("one goal"), never "two goal".
fn singular(word: &str) -> bool {
    let w = word.to_lowercase();
    if w.ends_with("ss") {
        return true; // "loss", "success"
    }
    !(w.ends_with('s') || w == "marksmen" || w == "sendings-off" || w == "h2h")
}

fn count(n: u32, noun: Noun, bound: Bound) -> Value {
    Value::Count(CountValue { n, noun, bound })
}

fn bound(c: &Captures<'_>) -> Bound {
    if has(c, "plus") {
        return Bound::AtLeast;
    }
    let m = c
        .name("mod")
        .map(|m| m.as_str().to_ascii_lowercase())
        .unwrap_or_default();
    match m.split_whitespace().collect::<Vec<_>>().join(" ").as_str() {
        "more than" | "well over" | "just over" | "over" | "at least" | "upwards of"
        | "in excess of" => Bound::AtLeast,
        "fewer than" | "less than" | "under" | "up to" | "at most" | "no more than" | "nearly"
        | "almost" | "just under" | "just shy of" => Bound::AtMost,
        "about" | "around" | "roughly" | "approximately" | "some" | "close to" | "an estimated" => {
            Bound::About
        }
        _ => Bound::Exact,
    }
}

/// A count's number: digits, words, "a couple of", "a dozen". Years ("2018") are not counts.
fn amount(s: &str) -> Option<u32> {
    let w = s
        .to_ascii_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    match w.as_str() {
        "a couple of" | "a pair of" => return Some(2),
        "a dozen" => return Some(12),
        _ => {}
    }
    if w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) {
        let y: u32 = w.parse().ok()?;
        if (1850..=2100).contains(&y) {
            return None;
        }
    }
    parse_number(&w)
}

fn adjectives_ok(c: &Captures<'_>) -> bool {
    c.name("adj").is_none_or(|a| {
        a.as_str()
            .split_whitespace()
            .all(|w| !NOT_ADJECTIVES.contains(&w.to_lowercase().as_str()))
    })
}

fn r_count(c: &Captures<'_>) -> Option<Value> {
    if !adjectives_ok(c) {
        return None;
    }
    let n = amount(c.name("n")?.as_str())?;
    let word = c.name("noun")?.as_str();
    if n != 1 && singular(word) {
        return None; // "two goal lead": a compound, see `r_compound`
    }
    let mut noun = noun_of(word)?;
    // "two goals down", "won by three goals", "four points clear": a margin, not a count.
    if matches!(noun, Noun::Goal | Noun::Point) && (has(c, "by") || has(c, "margin")) {
        return None;
    }
    if has(c, "won") && noun == Noun::Tournament {
        noun = Noun::Title; // "won five World Cups"
    }
    Some(count(n, noun, bound(c)))
}

fn r_compound(c: &Captures<'_>) -> Option<Value> {
    let n = amount(c.name("n")?.as_str())?;
    let noun = c.name("noun")?.as_str().to_ascii_lowercase();
    let f: Vec<String> = ["f1", "f2"]
        .iter()
        .filter_map(|g| c.name(g))
        .map(|m| m.as_str().to_ascii_lowercase())
        .collect();
    let any = |ws: &[&str]| f.iter().any(|x| ws.contains(&x.as_str()));
    let noun = match noun.as_str() {
        "match" | "game" => {
            if any(&["winning", "win"]) {
                Noun::Win
            } else if any(&["losing", "defeat", "loss"]) {
                Noun::Defeat
            } else {
                Noun::Match
            }
        }
        // A margin ("a two-goal lead") is not a count of goals.
        "goal" if any(GOAL_HAULS) => Noun::Goal,
        "point" if any(&["haul", "tally", "total", "return"]) => Noun::Point,
        "man" | "player" | "team" | "nation" if any(GROUPS) => Noun::Other,
        _ => return None,
    };
    Some(count(n, noun, Bound::Exact))
}

const GOAL_HAULS: &[&str] = &[
    "haul",
    "spree",
    "salvo",
    "blitz",
    "burst",
    "tally",
    "display",
    "performance",
    "show",
    "thriller",
    "rout",
    "romp",
    "feast",
    "glut",
    "extravaganza",
    "fest",
    "flurry",
];

const GROUPS: &[&str] = &[
    "squad",
    "team",
    "list",
    "roster",
    "party",
    "shortlist",
    "group",
    "panel",
    "delegation",
    "tournament",
    "competition",
    "format",
    "field",
    "event",
    "league",
    "finals",
    "world",
];

fn r_times(c: &Captures<'_>) -> Option<Value> {
    let n = match c.name("w").map(|w| w.as_str().to_ascii_lowercase()) {
        Some(w) if w == "once" => 1,
        Some(w) if w == "twice" => 2,
        Some(w) if w == "thrice" => 3,
        _ => amount(c.name("n")?.as_str())?,
    };
    let verb = c.name("verb")?.as_str().to_ascii_lowercase();
    let mid = c
        .name("mid")
        .map(|m| m.as_str().to_ascii_lowercase())
        .unwrap_or_default();
    let has_word = |ws: &[&str]| mid.split_whitespace().any(|w| ws.contains(&w));
    let v = verb.as_str();
    let noun = if v.starts_with("scor")
        || v.starts_with("net")
        || v.starts_with("struck")
        || v.starts_with("strike")
        || v.starts_with("found")
        || v.starts_with("hit")
        || v.starts_with("on ")
        || v == "bagged"
    {
        Noun::Goal
    } else if v == "capped" || v == "appeared" || v == "featured" {
        Noun::Appearance
    } else if v.starts_with("play")
        || v.starts_with("met")
        || v.starts_with("meet")
        || v.starts_with("fac")
        || v.starts_with("clash")
    {
        Noun::Match
    } else if v.starts_with("won") || v.starts_with("win") || v == "lifted" {
        if has_word(&["final", "finals"]) {
            Noun::Final
        } else if has_word(&[
            "the",
            "it",
            "title",
            "titles",
            "cup",
            "trophy",
            "crown",
            "tournament",
            "competition",
            "championship",
        ]) {
            Noun::Title
        } else {
            Noun::Win
        }
    } else if v.starts_with("los") {
        if has_word(&["final", "finals"]) {
            Noun::Final
        } else {
            Noun::Defeat
        }
    } else if v.starts_with("draw") || v == "drew" {
        Noun::Draw
    } else if v.starts_with("reach") && has_word(&["final", "finals"]) {
        Noun::Final
    } else {
        Noun::Other
    };
    Some(count(n, noun, bound(c)))
}

fn r_brace(c: &Captures<'_>) -> Option<Value> {
    // "the players brace themselves": a verb, not a determiner-adjective-noun.
    if c.name("adj")
        .is_some_and(|a| a.as_str().ends_with('s') && !a.as_str().ends_with("'s"))
        || has(c, "refl")
    {
        return None;
    }
    let w = c.name("v")?.as_str().to_ascii_lowercase();
    let n = if w == "brace" { 2 } else { 3 };
    let noun = match c.name("of") {
        Some(o) => noun_of(o.as_str())?,
        None => Noun::Goal,
    };
    Some(count(n, noun, Bound::Exact))
}

fn r_goals_in(c: &Captures<'_>) -> Option<Value> {
    let n = amount(c.name("v")?.as_str())?;
    Some(count(n, Noun::Appearance, Bound::Exact))
}

static ORDINAL_ITEM: Lazy<Regex> =
    Lazy::new(|| crate::rx::must(concat!(r"(?i)\b", ordinal_words!())));

fn ordinals(s: &str) -> Vec<u32> {
    ORDINAL_ITEM
        .find_iter(s)
        .filter_map(|m| parse_ordinal(m.as_str()))
        .collect()
}

fn r_ordinal(c: &Captures<'_>) -> Option<Value> {
    if !adjectives_ok(c) {
        return None;
    }
    let n = ordinals(c.name("v")?.as_str());
    if n.is_empty() || n.iter().any(|&x| x == 0 || x > 2000) {
        return None;
    }
    // "his 12th World Cup goal": the second noun is what is counted.
    let noun = noun_of(c.name("noun2").or_else(|| c.name("noun"))?.as_str())?;
    Some(Value::Ordinal(OrdinalValue { n, noun }))
}

fn r_ordinal_other(c: &Captures<'_>) -> Option<Value> {
    if has(c, "x") {
        return None;
    }
    let n = ordinals(c.name("v")?.as_str());
    (!n.is_empty()).then_some(Value::Ordinal(OrdinalValue {
        n,
        noun: Noun::Other,
    }))
}

/// Before a number: a character that does not make it part of something else ("2-1",
/// "£10", "No.9", "4.5", "1,000").
macro_rules! free {
    () => {
        r"(?:^|[^\w\-:./+$£€#,'])"
    };
}

/// The rule table.
pub static RULES: &[Rule] = &[
    Rule {
        name: "count_noun",
        pattern: concat!(
            r"(?:(?P<won>\b(?:won|win|wins|winning|lifted|lifting|claimed|clinched|collected)\b[^.;:]{0,30}?\s)|",
            free!(),
            r")(?P<v>(?P<by>by\s+)?(?:(?P<mod>",
            modifier!(),
            r")\s+)?(?P<n>",
            amount!(),
            r")(?P<plus>\+|-plus)?)\s+",
            adjectives!(),
            r"(?P<noun>",
            nouns!(),
            r")\b(?P<margin>\s+(?:down|up|behind|ahead|clear|adrift|in\s+front|to\s+the\s+good))?"
        ),
        produce: r_count,
    },
    Rule {
        name: "count_compound",
        pattern: concat!(
            free!(),
            r"(?P<v>(?P<n>\d{1,3}|",
            cardinal_words!(),
            r")[- ](?P<noun>match|game|goal|point|man|player|team|nation))\b(?:[- ](?P<f1>[\p{L}][\p{L}'\-]*))?(?:\s+(?P<f2>[\p{L}][\p{L}'\-]*))?"
        ),
        produce: r_compound,
    },
    Rule {
        name: "count_time_champions",
        pattern: concat!(
            r"\b(?P<v>(?P<n>\d{1,3}|",
            cardinal_words!(),
            r")-times?)\s+(?:[\p{L}][\p{L}'\-]*\s+){0,3}?(?:champions?|winners?|title[- ]holders|holders)\b"
        ),
        produce: |c| {
            Some(count(
                amount(c.name("n")?.as_str())?,
                Noun::Title,
                Bound::Exact,
            ))
        },
    },
    Rule {
        name: "count_times",
        pattern: concat!(
            r"\b(?P<verb>scored|scores|score|scoring|netted|nets|net|netting|struck|strikes|strike|found\s+the\s+(?:back\s+of\s+the\s+)?net|hit\s+the\s+(?:back\s+of\s+the\s+)?net|on\s+target|on\s+the\s+scoresheet|bagged|capped|appeared|featured|played|met|meet|meeting|faced|face|facing|clashed|won|win|wins|winning|lifted|lost|lose|losing|drawn|drew|draw|reached|reaching)\b",
            r"(?P<mid>(?:\s+[\p{L}][\p{L}'\-]*){0,4}?)\s+(?P<v>(?P<w>once|twice|thrice)|(?:(?P<mod>",
            modifier!(),
            r")\s+)?(?P<n>",
            amount!(),
            r")\s+times)\b"
        ),
        produce: r_times,
    },
    Rule {
        name: "count_brace",
        pattern: concat!(
            r"(?:\b(?:a|an|his|her|their|the|its)|'s)\s+(?:(?P<adj>[\p{L}][\p{L}'\-]*)\s+)?(?P<v>brace|hat-trick|hat\s+trick|hattrick)\b(?P<refl>\s+(?:themselves|himself|herself|ourselves|itself))?(?:\s+of\s+(?P<of>",
            nouns!(),
            r")\b)?"
        ),
        produce: r_brace,
    },
    Rule {
        name: "count_treble",
        pattern: r"\b(?:scored|netted|hit|grabbed|bagged|notched|claimed|completed|helped\s+(?:him|her)self\s+to)\s+(?:a|his|her)\s+(?:[\p{L}][\p{L}'\-]*\s+)?(?P<v>treble)\b",
        produce: |_| Some(count(3, Noun::Goal, Bound::Exact)),
    },
    Rule {
        name: "count_goals_in",
        pattern: concat!(
            r"\bgoals?\s+in\s+(?P<v>",
            amount!(),
            r")(?:\s*(?:[,.;:)]|$)|\s+(?:for|and|with|since|across|at|as|while|during|so|but)\b)"
        ),
        produce: r_goals_in,
    },
    Rule {
        name: "ordinal_noun",
        pattern: concat!(
            r"(?:^|[^\w\-])(?P<v>",
            ordinal_words!(),
            r"(?:-ever)?(?:\s*(?:,\s*(?:and\s+)?|and\s+(?:then\s+)?|&\s*|or\s+|then\s+)",
            ordinal_words!(),
            r"(?:-ever)?)*)\s+",
            adjectives!(),
            r"(?P<noun>",
            ordinal_nouns!(),
            r")(?:\s+(?P<noun2>",
            ordinal_nouns!(),
            r"))?\b"
        ),
        produce: r_ordinal,
    },
    Rule {
        name: "ordinal_placed",
        pattern: concat!(
            r"\b(?P<v>",
            ordinal_words!(),
            r")[- ]plac(?:ed|e)\b|\bin\s+(?P<v2>",
            ordinal_words!(),
            r")\s+place\b"
        ),
        produce: |c| {
            let v = c.name("v").or_else(|| c.name("v2"))?;
            let n = parse_ordinal(v.as_str())?;
            Some(Value::Ordinal(OrdinalValue {
                n: vec![n],
                noun: Noun::Other,
            }))
        },
    },
    Rule {
        name: "ordinal_finished",
        pattern: concat!(
            r"\b(?:finish(?:ed|ing|es)?|came|ended|placed|sit|sits|sitting|lie|lies|lying|climbed\s+to|moved\s+up\s+to|dropped\s+to|fell\s+to|slipped\s+to|rose\s+to)\s+(?P<v>",
            ordinal_words!(),
            r")\b(?P<x>-|\s+(?:half|minute|round|leg|time|of)\b)?"
        ),
        produce: r_ordinal_other,
    },
    Rule {
        name: "ordinal_time",
        pattern: concat!(
            r"\bfor\s+the\s+(?P<v>",
            ordinal_words!(),
            r")\s+(?:straight\s+|consecutive\s+|successive\s+)?time\b"
        ),
        produce: r_ordinal_other,
    },
    Rule {
        name: "ordinal_first_ever",
        pattern: r"\b(?P<v>first-ever)\b",
        produce: r_ordinal_other,
    },
];

/// List rules: "(W4, D1, L2)", "P10 W6 D2 L2".
pub static LISTS: &[ListRule] = &[ListRule {
    name: "count_record",
    pattern: r"(?-i)\b(?P<v>[PWDL]\s?\d{1,3}(?:\s*[,/;]?\s*[PWDL]\s?\d{1,3})+)\b",
    item: r"(?-i)\b(?P<v>(?P<k>[PWDL])\s?(?P<n>\d{1,3}))\b",
    produce: |_, i| {
        let noun = match i.name("k")?.as_str() {
            "P" => Noun::Match,
            "W" => Noun::Win,
            "D" => Noun::Draw,
            _ => Noun::Defeat,
        };
        Some(count(
            i.name("n")?.as_str().parse().ok()?,
            noun,
            Bound::Exact,
        ))
    },
}];

static TABLE: Lazy<Table> = Lazy::new(|| Table::new(RULES));
static LIST_TABLE: Lazy<ListTable> = Lazy::new(|| ListTable::new(LISTS));

/// Finds the counts and ordinals inside `within`.
pub fn find(doc: &Doc<'_>, within: Span, _lex: &Lexicon, out: &mut Vec<Mention>) {
    let mut found = Vec::new();
    TABLE.run_retrying(doc, within, &mut found);
    LIST_TABLE.run(doc, within, &mut found);
    // "won by three goals": a margin (the rule declines it, but a retry after "by" would not
    // see the word).
    found.retain(|m| {
        let margin_noun = matches!(
            m.value,
            Value::Count(CountValue {
                noun: Noun::Goal | Noun::Point,
                ..
            })
        );
        !(m.rule == "count_noun" && margin_noun && after_by(doc, within, m.span))
    });
    out.extend(found);
}

/// True when the words right before `span` end with "by" ("by three goals", "by just two").
fn after_by(doc: &Doc<'_>, within: Span, span: Span) -> bool {
    let (before, _) = doc.norm_of(doc.span(within.start(), span.start()));
    let mut words = before.split_whitespace().rev().map(str::to_ascii_lowercase);
    match words.next().as_deref() {
        Some("by") => true,
        Some("just" | "only" | "a" | "an" | "some" | "around" | "about") => {
            words.next().as_deref() == Some("by")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of the noun alternations names a noun.
    #[test]
    fn nouns_are_mapped() {
        for list in [nouns!(), ordinal_nouns!()] {
            let inner = list.trim_start_matches("(?:").trim_end_matches(')');
            for alt in inner.split('|') {
                // Expand the small regex forms used in the lists.
                let forms: Vec<String> = if let Some(stem) = alt.strip_suffix('?') {
                    let stem = stem.to_string();
                    let short = stem[..stem.len() - 1].to_string();
                    vec![stem, short]
                } else {
                    vec![alt.to_string()]
                };
                for f in forms {
                    let f = f
                        .replace(r"\s+", " ")
                        .replace("[- ]", "-")
                        .replace("-?", "-")
                        .replace("(?:es)", "")
                        .replace("[- ]?", "-");
                    assert!(noun_of(&f).is_some(), "{alt:?} → {f:?} has no noun");
                }
            }
        }
    }
}
