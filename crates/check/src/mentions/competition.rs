//! Competitions, with the edition's year when written: `the World Cup`, `Euro 2020`,
//! `Euro '96`, `the 2018 World Cup`, `World Cup 2022`, `the 2019 Women's World Cup`,
//! `Copa America 2024`, `AFCON 2023`, `the Euros`, `Nations League`, host-and-year names of
//! World Cups (`Qatar 2022`, `Italia 90`, `USA 94`, `France 2019` for the women's), qualifying
//! (`World Cup qualifiers`, `Euro 2024 qualifying`, `qualifying for the World Cup`) and
//! friendlies (`a friendly`, `Saturday's friendly`, `international friendlies`).
//!
//! Names come from the facts engine's reference table of competitions
//! ([`goalline_facts::tournaments::competitions`]) plus a few spellings of the press
//! ([`EXTRA_ALIASES`]); the value's competition is martj42's tournament name (`UEFA Euro`,
//! `Friendly`), qualifying is a flag (martj42 files qualifiers under `… qualification`).
//!
//! Not these competitions: club and youth tournaments and other sports that borrow the words
//! (`the Club World Cup`, `the Under-20 World Cup`, `the Rugby World Cup`, `Copa del Rey`,
//! `the Cheltenham Gold Cup`), plurals counting editions (`three World Cups`: a count),
//! "friendly" as an adjective (`a friendly atmosphere`, `user-friendly`), and `euros` the
//! currency (`Euro`, `Euros`, `Copa` and `Mundial` must be capitalised).

use super::rules::{Rule, Table};
use super::{CompetitionValue, Lexicon, Mention, Value};
use crate::doc::{Doc, Span};
use goalline_core::Gender;
use goalline_facts::tournaments::competitions;
use once_cell::sync::Lazy;
use regex::Captures;
use std::collections::HashMap;

/// Spellings of the press the reference table lacks: (alias, competition, gender).
pub const EXTRA_ALIASES: &[(&str, &str, Gender)] = &[
    ("Afcon", "African Cup of Nations", Gender::Men),
    ("African Nations Cup", "African Cup of Nations", Gender::Men),
    ("WAFCON", "African Cup of Nations", Gender::Women),
    ("EURO", "UEFA Euro", Gender::Men),
    ("Women's Euro", "UEFA Euro", Gender::Women),
    ("Women's Euros", "UEFA Euro", Gender::Women),
    ("Confed Cup", "Confederations Cup", Gender::Men),
    ("Gulf Cup", "Gulf Cup", Gender::Men),
    ("Olympic Games", "Olympic Games", Gender::Men),
    ("Olympics", "Olympic Games", Gender::Men),
    ("Olympic football tournament", "Olympic Games", Gender::Men),
    (
        "Finalissima",
        "CONMEBOL\u{2013}UEFA Cup of Champions",
        Gender::Men,
    ),
];

/// Words right before a competition's name that make it another tournament: clubs, youth
/// teams, other sports (compared in lower case; `u17`, `under-20` and the like by shape).
const OTHER_TOURNAMENT: &[&str] = &[
    "club",
    "clubs",
    "rugby",
    "cricket",
    "t20",
    "hockey",
    "netball",
    "futsal",
    "beach",
    "homeless",
    "youth",
    "junior",
    "juniors",
    "ski",
    "skiing",
    "cheltenham",
    "league",
    "blind",
    "amputee",
    "esports",
    "fifae",
    "icc",
    "sevens",
    "davis",
    "polo",
    "darts",
    "chess",
    "volleyball",
    "basketball",
    "handball",
    "softball",
    "baseball",
    "cycling",
    "biathlon",
    "golf",
    "racing",
];

/// The World Cups named by their hosts: (host as written, year, gender).
pub const HOSTED_WORLD_CUPS: &[(&str, i32, Gender)] = &[
    ("Uruguay", 1930, Gender::Men),
    ("Italy", 1934, Gender::Men),
    ("Italia", 1934, Gender::Men),
    ("France", 1938, Gender::Men),
    ("Brazil", 1950, Gender::Men),
    ("Switzerland", 1954, Gender::Men),
    ("Sweden", 1958, Gender::Men),
    ("Chile", 1962, Gender::Men),
    ("England", 1966, Gender::Men),
    ("Mexico", 1970, Gender::Men),
    ("West Germany", 1974, Gender::Men),
    ("Germany", 1974, Gender::Men),
    ("Argentina", 1978, Gender::Men),
    ("Spain", 1982, Gender::Men),
    ("Espana", 1982, Gender::Men),
    ("España", 1982, Gender::Men),
    ("Mexico", 1986, Gender::Men),
    ("Italy", 1990, Gender::Men),
    ("Italia", 1990, Gender::Men),
    ("USA", 1994, Gender::Men),
    ("US", 1994, Gender::Men),
    ("United States", 1994, Gender::Men),
    ("France", 1998, Gender::Men),
    ("Korea/Japan", 2002, Gender::Men),
    ("Japan/Korea", 2002, Gender::Men),
    ("Korea-Japan", 2002, Gender::Men),
    ("Japan-Korea", 2002, Gender::Men),
    ("South Korea/Japan", 2002, Gender::Men),
    ("Germany", 2006, Gender::Men),
    ("South Africa", 2010, Gender::Men),
    ("Brazil", 2014, Gender::Men),
    ("Russia", 2018, Gender::Men),
    ("Qatar", 2022, Gender::Men),
    ("North America", 2026, Gender::Men),
    ("USA", 2026, Gender::Men),
    ("United States", 2026, Gender::Men),
    ("Canada", 2026, Gender::Men),
    ("Mexico", 2026, Gender::Men),
    ("China", 1991, Gender::Women),
    ("Sweden", 1995, Gender::Women),
    ("USA", 1999, Gender::Women),
    ("US", 1999, Gender::Women),
    ("United States", 1999, Gender::Women),
    ("USA", 2003, Gender::Women),
    ("United States", 2003, Gender::Women),
    ("China", 2007, Gender::Women),
    ("Germany", 2011, Gender::Women),
    ("Canada", 2015, Gender::Women),
    ("France", 2019, Gender::Women),
    ("Australia/New Zealand", 2023, Gender::Women),
    ("Australia-New Zealand", 2023, Gender::Women),
    ("Australia and New Zealand", 2023, Gender::Women),
    ("Australia & New Zealand", 2023, Gender::Women),
    ("Brazil", 2027, Gender::Women),
];

const WORLD_CUP: &str = "FIFA World Cup";
const WOMENS_WORLD_CUP: &str = "FIFA Women's World Cup";

/// Alias (lower case, without "the") → (competition, gender).
static ALIASES: Lazy<HashMap<String, (String, Gender)>> = Lazy::new(|| {
    let mut m = HashMap::new();
    for c in competitions() {
        for a in &c.aliases {
            let a = a.strip_prefix("the ").unwrap_or(a).trim();
            if !a.is_empty() {
                m.entry(a.to_lowercase())
                    .or_insert((c.name.clone(), c.gender));
            }
        }
        m.entry(c.name.to_lowercase())
            .or_insert((c.name.clone(), c.gender));
    }
    for (a, c, g) in EXTRA_ALIASES {
        m.entry(a.to_lowercase()).or_insert((c.to_string(), *g));
    }
    m
});

/// The aliases as a regex alternation, longest first; one-word aliases keep their case
/// (`Euro` the tournament, `euro` the currency).
static ALIAS_FRAGMENT: Lazy<String> = Lazy::new(|| {
    let mut names: Vec<String> = competitions()
        .into_iter()
        .flat_map(|c| {
            let mut v = c.aliases.clone();
            v.push(c.name);
            v
        })
        .chain(EXTRA_ALIASES.iter().map(|(a, _, _)| a.to_string()))
        .map(|a| a.strip_prefix("the ").unwrap_or(&a).trim().to_string())
        .filter(|a| !a.is_empty())
        .collect();
    names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    names.dedup();
    let alts: Vec<String> = names
        .iter()
        .map(|a| {
            let e = regex::escape(&a.replace('\u{2019}', "'"));
            if a.contains(' ') {
                e
            } else {
                format!("(?-i:{e})")
            }
        })
        .collect();
    format!("(?:{})", alts.join("|"))
});

static HOST_FRAGMENT: Lazy<String> = Lazy::new(|| {
    let mut hosts: Vec<&str> = HOSTED_WORLD_CUPS.iter().map(|h| h.0).collect();
    hosts.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    hosts.dedup();
    let alts: Vec<String> = hosts
        .iter()
        .map(|h| regex::escape(h).replace('/', r"\s?/\s?"))
        .collect();
    format!("(?-i:{})", alts.join("|"))
});

fn lookup(alias: &str) -> Option<(String, Gender)> {
    ALIASES.get(&alias.to_lowercase()).cloned()
}

fn year_of(c: &Captures<'_>, names: &[&str]) -> Option<i32> {
    names
        .iter()
        .filter_map(|n| c.name(n))
        .find_map(|m| m.as_str().parse().ok())
        .filter(|y| (1872..=2035).contains(y))
}

fn two_digit_year(s: &str) -> Option<i32> {
    let yy: i32 = s.trim_start_matches('\'').parse().ok()?;
    (0..100)
        .contains(&yy)
        .then_some(if yy <= 35 { 2000 + yy } else { 1900 + yy })
}

fn other_tournament(word: &str) -> bool {
    let w = word.to_lowercase();
    let youth = |p: &str| {
        w.strip_prefix(p)
            .map(|r| r.trim_start_matches('-'))
            .is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_digit() || c == 's'))
    };
    OTHER_TOURNAMENT.contains(&w.as_str()) || youth("u") || youth("under")
}

fn named(c: &Captures<'_>) -> Option<Value> {
    if c.name("hy").is_some() {
        return None; // "pre-World Cup", "post-Euro"
    }
    if c.name("prew").is_some_and(|w| other_tournament(w.as_str())) {
        return None; // "the Club World Cup", "the Under-20 World Cup", "Rugby World Cup"
    }
    let alias = c.name("a")?.as_str();
    let womens = c.name("w").is_some();
    let club_copa = |n: &str| {
        n.chars().next().is_some_and(char::is_uppercase)
            || matches!(n.to_lowercase().as_str(), "del" | "de" | "do" | "da")
    };
    if alias == "Copa"
        && c.name("y2").is_none()
        && c.name("next").is_some_and(|n| club_copa(n.as_str()))
    {
        return None; // "Copa del Rey", "Copa Libertadores", "Copa Italia"
    }
    let (mut competition, mut gender) = lookup(alias)?;
    if womens {
        match lookup(&format!("women's {alias}")) {
            Some((c, g)) => (competition, gender) = (c, g),
            None => gender = Gender::Women,
        }
    }
    if competition == WOMENS_WORLD_CUP {
        gender = Gender::Women;
    }
    let qualifying = c.name("q0").is_some() || c.name("q").is_some();
    Some(Value::Competition(CompetitionValue {
        competition,
        year: year_of(c, &["y1", "y2"]),
        gender,
        qualifying,
    }))
}

fn euro_two_digit(c: &Captures<'_>) -> Option<Value> {
    if c.name("post").is_some() {
        return None; // "Euro 96 minutes"
    }
    Some(Value::Competition(CompetitionValue {
        competition: "UEFA Euro".into(),
        year: Some(two_digit_year(c.name("yy")?.as_str())?),
        gender: if c.name("w").is_some() {
            Gender::Women
        } else {
            Gender::Men
        },
        qualifying: c.name("q").is_some(),
    }))
}

fn host_key(h: &str) -> String {
    h.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" / ", "/")
        .replace("/ ", "/")
        .replace(" /", "/")
}

fn hosted(c: &Captures<'_>) -> Option<Value> {
    if c.name("post").is_some() {
        return None; // "Italy 90 minutes"
    }
    let host = host_key(c.name("h")?.as_str());
    let y = c.name("y")?.as_str();
    let hits: Vec<&(&str, i32, Gender)> = HOSTED_WORLD_CUPS
        .iter()
        .filter(|(h, year, _)| {
            *h == host
                && match y.len() {
                    4 => y.parse() == Ok(*year),
                    _ => y.parse() == Ok(year % 100),
                }
        })
        .collect();
    let [(_, year, gender)] = hits[..] else {
        return None;
    };
    Some(Value::Competition(CompetitionValue {
        competition: if *gender == Gender::Women {
            WOMENS_WORLD_CUP
        } else {
            WORLD_CUP
        }
        .into(),
        year: Some(*year),
        gender: *gender,
        qualifying: false,
    }))
}

fn host_world_cup(c: &Captures<'_>) -> Option<Value> {
    if c.name("post").is_some() {
        return None; // "the England World Cup squad": England's squad, not the 1966 edition
    }
    let host = host_key(c.name("h")?.as_str());
    let womens = c.name("w").is_some();
    let gender = if womens { Gender::Women } else { Gender::Men };
    let years: Vec<i32> = HOSTED_WORLD_CUPS
        .iter()
        .filter(|(h, _, g)| *h == host && *g == gender)
        .map(|h| h.1)
        .collect();
    let [year] = years[..] else {
        return None; // Mexico hosted two: leave it to the plain "World Cup" rule
    };
    Some(Value::Competition(CompetitionValue {
        competition: if womens { WOMENS_WORLD_CUP } else { WORLD_CUP }.into(),
        year: Some(year),
        gender,
        qualifying: false,
    }))
}

fn friendly(c: &Captures<'_>) -> Option<Value> {
    if c.name("pre").is_some() || c.name("post").is_some() {
        return None;
    }
    Some(Value::Competition(CompetitionValue {
        competition: "Friendly".into(),
        year: None,
        gender: Gender::Men,
        qualifying: false,
    }))
}

/// Words after a host's World Cup that make the host the team ("the England World Cup squad").
macro_rules! team_things {
    () => {
        r"(?:squads?|teams?|sides?|players?|coach|manager|boss|captain|stars?|hero|heroes|winners?|winning|campaigns?|debut|record|shirt|kit|bid|legends?|veterans?|greats?|starting|line-up|lineup|dreams?|hopes|exit|hopefuls|match|matches|games?|opener|tie|clash|win|victory|defeat|loss|draw|goals?|qualifiers?|qualifying|run|journey|history|pedigree|experience|fans|supporters|pedigree|record)"
    };
}

/// The rule table (`{alias}` and `{host}` are filled from the reference data).
pub static RULES: &[Rule] = &[
    Rule {
        // "the 2018 World Cup", "World Cup 2022", "Euro 2024 qualifiers", "the Women's World
        // Cup", "qualifying for the 2026 World Cup", "the Asian Cup", "the Euros".
        name: "competition_named",
        pattern: r"(?:(?P<prew>[\w'-]+)(?:\s+|(?P<hy>-)))??(?P<v>(?P<q0>\bqualif(?:ying|ication|iers?)\s+(?:(?:matches|match|games?|campaign|round|series|group)\s+)?(?:for|to)\s+(?:the\s+)?)?(?:\b(?P<y1>1[89]\d{2}|20[0-3]\d)(?:'s)?\s+)?(?P<w>\bwomen's\s+)?\b(?P<a>{alias})\b(?:\s+(?P<y2>1[89]\d{2}|20[0-3]\d)\b)?(?:\s+(?P<q>qualif(?:iers?|ying|ication)\b))?)(?:\s+(?P<next>[\w'-]+))?",
        produce: named,
    },
    Rule {
        // "Euro 96", "Euro '96", "Women's Euro '22 qualifiers".
        name: "competition_euro_two_digit",
        pattern: r"(?P<v>(?P<w>\bwomen's\s+)?\b(?-i:Euro|EURO)\s+'?(?P<yy>\d{2})\b(?:\s+(?P<q>qualif(?:iers?|ying|ication)\b))?)(?P<post>\s*(?:-\s*\d|minutes?|mins|goals?|years?|matches|games|times|seconds|percent|per cent|points|million|m\b|bn\b|k\b))?",
        produce: euro_two_digit,
    },
    Rule {
        // "Qatar 2022", "Italia 90", "USA '94", "Korea/Japan 2002", "France 2019" (women's).
        name: "competition_host_year",
        pattern: r"\b(?P<v>(?P<h>{host})\s+'?(?P<y>\d{4}|\d{2}))\b(?P<post>\s*(?:-\s*\d|minutes?|mins|goals?|years?|matches|games|times|seconds|caps|points|percent|per cent))?",
        produce: hosted,
    },
    Rule {
        // "the Qatar World Cup", "the Russia World Cup" (a host with one edition).
        name: "competition_host_world_cup",
        pattern: concat!(
            r"\bthe\s+(?P<v>(?P<h>{host})\s+(?P<w>women's\s+)?World Cup)\b(?P<post>\s+",
            team_things!(),
            r"\b)?"
        ),
        produce: host_world_cup,
    },
    Rule {
        // "a friendly", "Saturday's friendly", "international friendlies", "friendly
        // against Peru"; not "a friendly atmosphere", "very friendly", "user-friendly".
        name: "competition_friendly",
        pattern: r"(?P<pre>-|\b(?:very|so|more|most|too|quite|really|extremely|environmentally|family|fan|user|less|is|was|were|are|be|been|being|seemed|seems|seem|looks?|looked|stays?|stayed|remains?|remained|feel|felt)\s+)?\b(?P<v>friendl(?:y|ies))\b(?P<post>\s+(?:atmosphere|atmospheres|fire|face|faces|relations|relationship|terms|rivalry|rivalries|chat|chats|welcome|reception|smile|smiles|crowd|crowds|gesture|banter|nature|people|locals|manner|way|advice|tone|spirit|environment|words|hug|note|rivals|town|city|place|country|nation|bet|wager|ghost|neighbours|neighbors|voice|greeting|exchange|conversation|reminder|word|fans|supporters|staff|chap|guy|bunch|host|hosts|gesture)\b)?",
        produce: friendly,
    },
];

static TABLE: Lazy<Table> = Lazy::new(|| {
    Table::with_fragments(
        RULES,
        &[
            ("alias", ALIAS_FRAGMENT.as_str()),
            ("host", HOST_FRAGMENT.as_str()),
        ],
    )
});

/// Finds the competitions inside `within`.
pub fn find(doc: &Doc<'_>, within: Span, _lex: &Lexicon, out: &mut Vec<Mention>) {
    TABLE.run(doc, within, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_from_the_reference_table() {
        assert_eq!(
            lookup("World Cup").map(|c| c.0).as_deref(),
            Some("FIFA World Cup")
        );
        assert_eq!(lookup("Euros").map(|c| c.0).as_deref(), Some("UEFA Euro"));
        assert_eq!(
            lookup("Women's World Cup").map(|c| c.1),
            Some(Gender::Women)
        );
        assert!(ALIAS_FRAGMENT.contains("(?-i:Euro)"));
        assert!(other_tournament("U-20") && other_tournament("Under-21s"));
        assert!(!other_tournament("the") && !other_tournament("U"));
        assert_eq!(two_digit_year("'96"), Some(1996));
        assert_eq!(two_digit_year("24"), Some(2024));
        assert_eq!(host_key("Korea / Japan"), "Korea/Japan");
    }
}
