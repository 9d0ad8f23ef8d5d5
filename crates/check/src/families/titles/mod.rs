//! Titles and champions: how many titles a team has, which title one is, when they were won,
//! who holds them.
//!
//! Grammar (each rule one shape of sentence; the team is the one the phrase is attached to,
//! a possessive, or the clause's subject):
//! - `n_time`: "four-time champions Japan", "the three-time European champions", "the record
//!   seven-time winners";
//! - `count`: "who have three titles", "have won five World Cups", "won the cup on eight
//!   previous occasions";
//! - `nth`: an ordinal before a title noun — "a record third title", "their first-ever Gold Cup
//!   trophy", "a first Asian Cup triumph", "the country's third world title", "their second
//!   consecutive Asian Cup" (with a win verb), "chasing a record-extending fifth title" (at
//!   stake), "their first major title in 28 years", "and first since 1999";
//! - `nth_time`: "won the World Cup for a fourth time", "world champions for the second time";
//! - `since`: "have not won a major title since 1988", "a first global crown since 1966";
//! - `years`: "Italy having won in 1934 and 1938; Brazil in 1958 and 1962", "the 2008 and 2012
//!   European champions", "the 1978 and '86 champion and the '90 runner-up", "first winning the
//!   2019 Asian Cup", "previous triumphs in 1964, 2008 and 2010";
//! - `holders`: "world champions France", "the reigning world champions Brazil", "defending
//!   champion Japan", "the holders", "arrived as the reigning world champions";
//! - `only`: "their only World Cup", "their only major trophy remains the 1966 World Cup";
//! - `record_holders`: "the record holders of this title";
//! - `consecutive`: "back-to-back titles", "gone back-to-back", "a third title in a row".
//!
//! A negated "have not won a title since 1988" says the last title came in 1988: the frame
//! carries that meaning and is affirmed. Titles at stake ("chasing", "bid for", "one win
//! from") count the titles before the event plus the one at stake.

mod verify;

use super::tourney::{competition_in, team_attached, team_subject, years_in};
use super::{Family, Reading};
use crate::discourse::{Entity, Modality, Polarity, Referent};
use crate::discourse::{SegmentKind, Via};
use crate::doc::{Sentence, Span};
use crate::frames::{Frame, Kind, Predicate, RecordMark, TitleScope, TitlesClaim};
use crate::mentions::numbers::{parse_number, parse_ordinal};
use crate::mentions::{CompetitionValue, Dim, Value};
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "titles",
    recognise,
    verify: verify::verify,
};

use crate::rx::must as re;

/// Ordinals as a regex group body.
const ORD: &str = crate::mentions::numbers::ORDINAL;

/// Words that may stand between an ordinal and a title noun ("third Women's World Cup title",
/// "first major football title", "maiden piece of major silverware").
const TITLE_MID: &str = r"(?:(?:major|international|continental|world|global|senior|european|african|asian|south\s+american|women's|men's|football|official|fifa|uefa|afc|caf|concacaf|gold|copa|america|américa|asian|cup|nations|world\s+cup|piece\s+of|elusive|historic|maiden|overall|straight|successive|consecutive)\s+){0,4}";

/// Title nouns.
const TITLE_NOUN: &str = r"(?:titles?|crowns?|trophy|trophies|championships?|triumphs?|silverware|world\s+cups?|asian\s+cups?|gold\s+cups?|copa\s+am[eé]rica|euros?|european\s+championships?|cup\s+of\s+nations|afcon|nations\s+league)";

/// Nouns after a tournament name that make it no title ("first World Cup final").
const NOT_AFTER: &[&str] = &[
    "final",
    "finals",
    "goal",
    "goals",
    "match",
    "matches",
    "game",
    "games",
    "appearance",
    "campaign",
    "squad",
    "win",
    "victory",
    "defeat",
    "knockout",
    "semi-final",
    "semifinal",
    "semi",
    "quarter-final",
    "quarterfinal",
    "debut",
    "qualifier",
    "qualifiers",
    "qualifying",
    "hat-trick",
    "hat",
    "tie",
    "record",
    "history",
    "career",
    "start",
    "outing",
    "team",
    "clean",
    "draw",
    "loss",
    "shootout",
    "shoot-out",
    "meeting",
    "run",
    "exit",
    "opener",
    "group",
    "stage",
    "round",
    "finalists",
    "semi-finalists",
    "winners",
    "champions",
    "host",
    "hosts",
    "bid",
    "place",
    "spot",
    "berth",
    "title",
    "trophy",
];

/// Verbs that make a tournament name a title won ("won their first World Cup").
static WIN_BEFORE: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?:won|win|wins|winning|lift|lifts|lifted|lifting|claim|claims|claimed|claiming|clinch|clinched|clinching|secure|secured|securing|capture|captured|deliver|delivered|delivering|hand|handed|handing|give|gave|giving|bring|brought|bringing|seal|sealed|sealing|chasing|chase|chases|bid\s+for|bidding\s+for|going\s+for|seeking|hunting)\b",
    )
});

/// Cues that the title is at stake, not won yet.
static AT_STAKE: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?:chasing|chase|chases|bid(?:ding)?\s+(?:for|to)|going\s+for|go\s+for|seeking|seek|hunting|hunt\s+for|in\s+search\s+of|aiming\s+(?:for|to)|aim\s+(?:for|to)|fighting\s+(?:for|to)|fight\s+(?:for|to)|hopes?\s+(?:of|for)|dreams?\s+of|one\s+win\s+(?:from|away\s+from)|one\s+game\s+(?:from|away\s+from)|on\s+the\s+verge\s+of|on\s+course\s+for|closing\s+in\s+on|tr(?:y|ies|ying)\s+to|attempt(?:ing)?\s+to|quest\s+for|pursuit\s+of|wait\s+for|hoping\s+to|hope\s+to|eyeing|eye|target(?:ing)?|would\s+be|could\s+be|will\s+be|miss(?:ed|es|ing)?\s+out\s+on|denied|deny|denying|robbed\s+of)\b",
    )
});

static RECORD_BEFORE: Lazy<Regex> =
    Lazy::new(|| re(r"(?i)\brecord(?P<kind>[- ](?:extending|equall?ing|breaking|setting))?\s*$"));

static NTH: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?P<ord>{ORD}|maiden)(?P<ever>[- ]ever)?\s+(?P<mid>{TITLE_MID})(?P<noun>{TITLE_NOUN})\b(?P<row>\s+in\s+a\s+row)?"
    ))
});

static NTH_TIME: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?P<verb>won|win|wins|winning|lift(?:ed|s|ing)?|claim(?:ed|s|ing)?|crowned|crown|champions?|title|trophy)\b(?P<mid>[^.;:]{{0,60}}?)\bfor\s+(?:the|a)\s+(?P<ord>{ORD})\s+(?P<cons>(?:straight|consecutive|successive)\s+)?time\b"
    ))
});

static SINCE: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?:(?P<neg>not|never|n't|without)\s+(?:having\s+)?(?:won|win|winning|lifted|lift|claimed)\s+(?:a|any|an)\s+|(?P<first>first)\s+(?P<mid>{TITLE_MID}))(?P<mid2>{TITLE_MID})(?P<noun>{TITLE_NOUN})?(?P<rest>[^.;]{{0,60}}?)\bsince\s+(?:the\s+)?(?P<year>(?:18|19|20)\d{{2}})\b"
    ))
});

static GAP: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\bfirst\s+(?P<mid>{TITLE_MID})(?P<noun>{TITLE_NOUN})\s+(?:in|for)\s+(?P<n>\d{{1,3}}|[a-z]+(?:-[a-z]+)?)\s+years\b"
    ))
});

static N_TIME_NOUN: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)^(?:[- ]times?)?\s+(?P<adj>(?:[\p{L}'’]+\s+){0,3}?)(?P<noun>champions?|winners?|title[- ]holders|holders)\b",
    )
});

static COUNT_TITLES: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?P<n>\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<prev>(?:previous|earlier|more|other|separate)\s+)?(?P<mid>{TITLE_MID})(?P<noun>titles|crowns|trophies|championships|world\s+cups|asian\s+cups|gold\s+cups|european\s+championships|euros)\b"
    ))
});

static OCCASIONS: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?:won|lifted|claimed)\s+(?:the|this|that)\s+(?:cup|title|trophy|tournament|competition|crown|[\p{L}'’ ]{2,30}?)\s+on\s+(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<prev>previous\s+|earlier\s+|separate\s+|different\s+)?occasions\b",
    )
});

static YEARS_TRIGGER: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?P<verb>won|win|winning|wins|lifted|lift|lifting|triumphs?|triumphed|champions?|crowned|titles?|winners?)\b",
    )
});

static YEARS_ADJ: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\bthe\s+(?P<list>(?:(?:(?:18|19|20)\d{2}|['’]\d{2})(?:\s*,\s*|\s+and\s+|\s*&\s*)?){1,6})\s+(?P<adj>(?:world|european|african|asian|south\s+american|continental|copa\s+am[eé]rica|gold\s+cup|asian\s+cup|world\s+cup|euro)\s+)?(?P<noun>champions?|winners?|title[- ]?holders)\b(?P<ru>\s+and\s+the\s+(?P<rulist>(?:(?:(?:18|19|20)\d{2}|['’]\d{2})(?:\s*,\s*|\s+and\s+)?){1,4})\s+runners?[- ]up)?",
    )
});

static WON_EDITION: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?:won|win|winning|wins|lifted|lift|lifting|claimed|claiming|clinched)\s+(?:the\s+)?$",
    )
});

static HOLDERS: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?P<adj>reigning|defending|current)?\s*(?P<kind>world|european|african|asian|south\s+american|continental)?\s*(?P<noun>champions?|holders|title[- ]holders)\b",
    )
});

static ONLY: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?:their|its|the\s+country's|the\s+nation's|his|her)\s+only\s+(?P<mid>{TITLE_MID})(?P<noun>{TITLE_NOUN}|major\s+trophy)\b"
    ))
});

static ONLY_TIME: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\bthe\s+only\s+time\s+(?P<who>[^.;]{0,40}?)\s+(?:have|has|had)\s+(?:won|lifted|claimed)\s+(?:a|an|the)\s+(?P<what>major\s+trophy|major\s+title|title|trophy|world\s+cup|major\s+honour)\b",
    )
});

static RECORD_HOLDERS: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?:the\s+)?record\s+(?:title[- ]?)?holders\b|\bmost\s+successful\s+(?:team|side|nation)\b",
    )
});

static BACK_TO_BACK: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?:gone|go|going|went|made\s+it)\s+back[- ]to[- ]back\b|\bback[- ]to[- ]back\s+(?P<mid>{TITLE_MID})(?:titles|crowns|championships|trophies)\b"
    ))
});

/// A qualifier that makes a title count a subset ("on foreign soil", "outside Europe", "as
/// hosts", "under this coach"): not the team's count.
static QUALIFIED: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?:on\s+(?:[\p{L}]+\s+)?soil|outside\b|away\s+from\s+home|abroad|overseas|as\s+(?:the\s+)?hosts?\b|under\s+\p{L}+|without\b|in\s+(?:europe|africa|asia|south\s+america|north\s+america|the\s+americas|their\s+own|its\s+own))",
    )
});

fn blank() -> TitlesClaim {
    TitlesClaim {
        team: None,
        competition: None,
        scope: TitleScope::Competition,
        count: None,
        before: false,
        nth: None,
        at_stake: false,
        years: Vec::new(),
        runner_up_years: Vec::new(),
        since: None,
        none_since: false,
        gap_years: None,
        only: false,
        record: None,
        consecutive: None,
        holders: false,
    }
}

/// The scope and competition an adjective or noun phrase names ("European" → Euro,
/// "major" → major titles, "world" → the World Cup).
fn scope_of(words: &str) -> (TitleScope, Option<CompetitionValue>) {
    let w = words.to_lowercase();
    let comp = |name: &str| {
        Some(CompetitionValue {
            competition: name.to_string(),
            year: None,
            gender: goalline_core::Gender::Men,
            qualifying: false,
        })
    };
    if w.contains("major") || w.contains("international") || w.contains("silverware") {
        (TitleScope::Major, None)
    } else if w.contains("continental") {
        (TitleScope::Continental, None)
    } else if w.contains("world") || w.contains("global") {
        let women = w.contains("women");
        (
            TitleScope::Competition,
            Some(CompetitionValue {
                competition: if women {
                    "FIFA Women's World Cup".into()
                } else {
                    "FIFA World Cup".into()
                },
                year: None,
                gender: if women {
                    goalline_core::Gender::Women
                } else {
                    goalline_core::Gender::Men
                },
                qualifying: false,
            }),
        )
    } else if w.contains("european") || w.contains("euro") {
        (TitleScope::Competition, comp("UEFA Euro"))
    } else if w.contains("african") || w.contains("nations") || w.contains("afcon") {
        (TitleScope::Competition, comp("African Cup of Nations"))
    } else if w.contains("asian") {
        (TitleScope::Competition, comp("AFC Asian Cup"))
    } else if w.contains("south american") || w.contains("copa") {
        (TitleScope::Competition, comp("Copa América"))
    } else if w.contains("gold") {
        (TitleScope::Competition, comp("Gold Cup"))
    } else {
        (TitleScope::Competition, None)
    }
}

/// An entity in possession right before `at` ("Spain's", "their", "the Americans'"), within
/// the same clause and at most three words back.
fn possessor(r: &Reading<'_>, at: Span, sentence: Span) -> Option<Entity> {
    let before = r.doc.span(sentence.start(), at.start());
    let e = r
        .discourse
        .entities_in(before)
        .filter(|e| e.possessive || r.doc.text_of(e.span).ends_with('\''))
        .last()?;
    let gap = r.doc.text_of(r.doc.span(e.span.end(), at.start()));
    let gap = gap
        .trim_start_matches("'s")
        .trim_start_matches("\u{2019}s")
        .trim_start_matches(['\'', '\u{2019}']);
    let words = gap.split_whitespace().count();
    (words <= 3 && !gap.contains(',')).then(|| e.clone())
}

/// The team of a title phrase: a possessive before it, a team right after "for" ("the first
/// title for Senegal"), the object of "hand"/"give"/"crown", an attached team, else the
/// clause's subject team.
fn title_team(r: &Reading<'_>, phrase: Span, sentence: Span) -> Option<Entity> {
    let named = |e: Entity| (e.via != crate::discourse::Via::Pronoun).then_some(e);
    if let Some(e) = possessor(r, phrase, sentence) {
        if e.via == crate::discourse::Via::Pronoun {
            // "the Americans beat Japan for their third title": the clause's subject; a
            // pronoun alone is not sure enough.
            return clause_subject(r, phrase);
        }
        if e.is_team() {
            return Some(e);
        }
        if matches!(e.referent, Referent::Person(_)) {
            return None;
        }
    }
    let after = r.doc.span(phrase.end(), sentence.end());
    let (rest, _) = r.doc.norm_of(after);
    let rest_l = rest.to_lowercase();
    if rest_l.trim_start().starts_with("for ") {
        if let Some(e) = r.discourse.entities_in(after).find(|e| e.is_team()) {
            let gap = r.doc.text_of(r.doc.span(phrase.end(), e.span.start()));
            if gap.split_whitespace().count() <= 2 {
                return named(e.clone());
            }
        }
    }
    // "handing El Tri a ninth title", "crown them world champions".
    let before = r.doc.span(sentence.start(), phrase.start());
    if let Some(e) = r
        .discourse
        .entities_in(before)
        .filter(|e| e.is_team())
        .last()
    {
        let (gap, _) = r.doc.norm_of(r.doc.span(e.span.end(), phrase.start()));
        let prev = r
            .doc
            .text_of(r.doc.span(sentence.start(), e.span.start()))
            .to_lowercase();
        let verb = prev.split_whitespace().last().unwrap_or("");
        if gap.split_whitespace().count() <= 2
            && matches!(
                verb,
                "handing"
                    | "handed"
                    | "hand"
                    | "give"
                    | "gave"
                    | "giving"
                    | "crown"
                    | "crowned"
                    | "crowning"
                    | "makes"
                    | "made"
                    | "make"
                    | "making"
                    | "earn"
                    | "earned"
                    | "earning"
                    | "deliver"
                    | "delivered"
            )
        {
            return named(e.clone());
        }
    }
    clause_subject(r, phrase).or_else(|| team_attached(r, phrase).and_then(named))
}

/// The subject team of the clause holding `at`: walking back through the sentence's segments
/// (this one first, up to `at`), the first team named (not by a pronoun) that is not a
/// possessive, not governed by a preposition and not the object of a result verb.
pub(crate) fn clause_subject(r: &Reading<'_>, at: Span) -> Option<Entity> {
    let k = r.discourse.segment_at(at.start())?;
    let sentence = r.discourse.segments[k].sentence;
    let mut i = k as isize;
    while i >= 0 {
        let seg = r.discourse.segments[i as usize];
        if seg.sentence != sentence {
            break;
        }
        let upto = if seg.span.contains_pos(at.start()) {
            r.doc.span(seg.span.start(), at.start())
        } else {
            seg.span
        };
        let found = r.discourse.entities_in(upto).find(|e| {
            if !e.is_team() || e.possessive || e.via == crate::discourse::Via::Pronoun {
                return false;
            }
            let before = r
                .doc
                .text_of(r.doc.span(seg.span.start(), e.span.start()))
                .trim_end()
                .to_lowercase();
            // The word before the name, past an article ("to the United States").
            let last = before
                .split_whitespace()
                .rev()
                .find(|w| !matches!(*w, "the" | "a" | "an"))
                .unwrap_or("");
            !GOVERNORS.contains(&last)
        });
        if let Some(e) = found {
            return Some(e.clone());
        }
        i -= 1;
    }
    None
}

/// The subject team of a trigger: a relative clause's antecedent ("Germany, who have three
/// titles"), else [`clause_subject`]; never a team known only through a pronoun.
pub(crate) fn subject_team(r: &Reading<'_>, at: Span) -> Option<Entity> {
    let seg = r.discourse.segment(at.start());
    if seg.is_some_and(|s| s.kind == SegmentKind::Relative) {
        if let Some(e) = team_subject(r, at).filter(|e| e.via != Via::Pronoun) {
            return Some(e);
        }
    }
    clause_subject(r, at)
}

/// Words before a team that make it no subject: prepositions and result verbs.
const GOVERNORS: &[&str] = &[
    "by",
    "against",
    "to",
    "over",
    "from",
    "with",
    "of",
    "than",
    "for",
    "in",
    "at",
    "beat",
    "beating",
    "beats",
    "defeated",
    "defeating",
    "overcame",
    "edged",
    "thrashed",
    "eliminated",
    "knocked",
    "face",
    "facing",
    "faced",
    "stunned",
    "dumped",
    "overwhelmed",
    "aside",
    "past",
    "out",
    "played",
    "playing",
    "meet",
    "met",
    "meeting",
    "on",
    "into",
];

fn record_mark(r: &Reading<'_>, at: Span, sentence: Span) -> Option<RecordMark> {
    let before = r.doc.span(sentence.start(), at.start());
    let (t, _) = r.doc.norm_of(before);
    let c = RECORD_BEFORE.captures(t)?;
    let kind = c.name("kind").map(|k| k.as_str().to_lowercase());
    Some(match kind.as_deref() {
        Some(k) if k.contains("extend") => RecordMark::Extending,
        Some(k) if k.contains("equal") => RecordMark::Equalling,
        _ => RecordMark::Record,
    })
}

fn at_stake(r: &Reading<'_>, at: Span, sentence: Span) -> bool {
    let seg = r.segment_span(at);
    let from = seg.start().max(sentence.start());
    let before = r.doc.span(from, at.start());
    let (t, _) = r.doc.norm_of(before);
    AT_STAKE.is_match(t)
}

fn number(s: &str) -> Option<u32> {
    parse_number(s).or_else(|| parse_ordinal(s))
}

#[allow(clippy::too_many_arguments)]
fn push(
    r: &Reading<'_>,
    out: &mut Vec<Frame>,
    rule: &'static str,
    kind: Kind,
    span: Span,
    trigger: Span,
    claim: TitlesClaim,
    affirm: bool,
) {
    let mut f = r.frame(
        "titles",
        rule,
        kind,
        span,
        trigger,
        Predicate::Titles(claim),
    );
    if affirm {
        f.polarity = Polarity::Affirmed;
    }
    // A title at stake is stated as such ("chasing a fifth title"): the count is asserted.
    if let Predicate::Titles(t) = &f.predicate {
        if t.at_stake && matches!(f.modality, Modality::Hedged | Modality::Future) {
            f.modality = Modality::Asserted;
        }
    }
    out.push(f);
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let n0 = out.len();
        n_time(r, s, out);
        counts(r, s, out);
        nth(r, s, out);
        nth_time(r, s, out);
        since(r, s, out);
        years(r, s, out);
        holders(r, s, out);
        only(r, s, out);
        record_holders(r, s, out);
        back_to_back(r, s, out);
        // One frame per span: the first rule wins.
        let mut seen: Vec<Span> = Vec::new();
        let mut k = n0;
        while k < out.len() {
            if seen.contains(&out[k].span) {
                out.remove(k);
            } else {
                seen.push(out[k].span);
                k += 1;
            }
        }
    }
}

/// "four-time champions Japan", "the three-time European champions".
fn n_time(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.mentions_of(s.span, Dim::Count) {
        if m.rule != "count_time_champions" {
            continue;
        }
        let Value::Count(c) = &m.value else { continue };
        let rest = r.doc.span(m.span.end(), s.span.end());
        let (t, base) = r.doc.norm_of(rest);
        let Some(cap) = N_TIME_NOUN.captures(t) else {
            continue;
        };
        let Some(noun) = cap.name("noun") else {
            continue;
        };
        let adj = cap.name("adj").map(|a| a.as_str()).unwrap_or("");
        let end = r.doc.span_of_norm(base + noun.end(), base + noun.end());
        let mut phrase = m.span.cover(end);
        let record = record_mark(r, m.span, s.span);
        if record.is_some() {
            // Include "record" in the span.
            let (bt, bbase) = r.doc.norm_of(r.doc.span(s.span.start(), m.span.start()));
            if let Some(i) = bt.to_lowercase().rfind("record") {
                phrase = r.doc.span_of_norm(bbase + i, bbase + i).cover(phrase);
            }
        }
        let (scope, mut comp) = scope_of(adj);
        let adj_comp = competition_in(r, phrase);
        if adj_comp.is_some() {
            comp = adj_comp;
        }
        if comp.is_none() && scope == TitleScope::Competition {
            comp = competition_in(r, s.span);
        }
        let team = team_attached(r, phrase);
        let span = match &team {
            Some(e) => phrase.cover(e.span),
            None => phrase,
        };
        let claim = TitlesClaim {
            team,
            competition: comp,
            scope,
            count: Some(c.n),
            record,
            ..blank()
        };
        push(r, out, "n_time", Kind::Record, span, m.span, claim, false);
    }
}

/// "who have three titles", "won the cup on eight previous occasions".
fn counts(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.find(&COUNT_TITLES, s.span) {
        let text = r.doc.text_of(m.span).to_lowercase();
        let Some(n) = m.group("n").and_then(|g| number(r.doc.text_of(g))) else {
            continue;
        };
        let prev = m
            .group("prev")
            .map(|g| r.doc.text_of(g).to_lowercase())
            .unwrap_or_default();
        if prev.contains("more") || prev.contains("other") {
            continue;
        }
        // A title count needs a verb of having or winning before it in the clause.
        let seg = r.segment_span(m.span);
        let (before, _) = r.doc.norm_of(r.doc.span(seg.start(), m.span.start()));
        let bl = before.to_lowercase();
        let having = [
            "have",
            "has",
            "had",
            "won",
            "win",
            "winning",
            "lifted",
            "claimed",
            "with",
            "boast",
            "boasts",
            "own",
            "owns",
            "collected",
            "holds",
            "hold",
        ]
        .iter()
        .any(|w| bl.split_whitespace().rev().take(4).any(|x| x == *w));
        if !having {
            continue;
        }
        let mid = m.group("mid").map(|g| r.doc.text_of(g)).unwrap_or("");
        let noun = m.group("noun").map(|g| r.doc.text_of(g)).unwrap_or("");
        let (scope, mut comp) = scope_of(&format!("{mid} {noun}"));
        if let Some(c) = competition_in(r, m.span) {
            comp = Some(c);
        }
        if comp.is_none() && scope == TitleScope::Competition {
            comp = competition_in(r, s.span);
        }
        let team = subject_team(r, m.span);
        let Some(team) = team else { continue };
        let _ = text;
        let claim = TitlesClaim {
            team: Some(team.clone()),
            competition: comp,
            scope,
            count: Some(n),
            before: prev.contains("previous") || prev.contains("earlier"),
            ..blank()
        };
        let span = if team.span.end() <= m.span.start() && m.span.start() - team.span.end() < 40 {
            team.span.cover(m.span)
        } else {
            m.span
        };
        push(r, out, "count", Kind::Record, span, m.span, claim, false);
    }
    for m in r.find(&OCCASIONS, s.span) {
        let Some(n) = m.group("n").and_then(|g| number(r.doc.text_of(g))) else {
            continue;
        };
        let Some(team) = subject_team(r, m.span) else {
            continue;
        };
        let prev = m.group("prev").is_some();
        let comp = competition_in(r, m.span).or_else(|| competition_in(r, s.span));
        let claim = TitlesClaim {
            team: Some(team.clone()),
            competition: comp,
            count: Some(n),
            before: prev,
            ..blank()
        };
        push(r, out, "count", Kind::Record, m.span, m.span, claim, false);
    }
}

/// "a record third title", "their first-ever Gold Cup trophy", "their second consecutive Asian
/// Cup", "chasing a record-extending fifth title", "first major title in 28 years".
fn nth(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.find(&NTH, s.span) {
        let Some(og) = m.group("ord") else { continue };
        if r.doc.text()[m.span.end()..].starts_with('-') {
            continue; // "first title-decider"
        }
        let ord_text = r.doc.text_of(og).to_lowercase();
        let n = if ord_text == "maiden" {
            1
        } else {
            match parse_ordinal(&ord_text) {
                Some(n) => n,
                None => continue,
            }
        };
        let noun = m
            .group("noun")
            .map(|g| r.doc.text_of(g).to_lowercase())
            .unwrap_or_default();
        let mid = m
            .group("mid")
            .map(|g| r.doc.text_of(g).to_lowercase())
            .unwrap_or_default();
        // A tournament noun is a title only when won ("won their first World Cup") and when no
        // other noun follows it ("their first World Cup final").
        let after = r.doc.span(m.span.end(), s.span.end());
        let next = r
            .doc
            .text_of(after)
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase();
        if NOT_AFTER.contains(&next.as_str()) {
            continue;
        }
        let soon = r
            .doc
            .span(m.span.end(), (m.span.end() + 30).min(s.span.end()));
        let (soon_text, _) = r.doc.norm_of(soon);
        if QUALIFIED
            .find(soon_text)
            .is_some_and(|q| soon_text[..q.start()].trim().is_empty())
        {
            continue; // "their first title on foreign soil"
        }
        let tournament_noun = !matches!(
            noun.split_whitespace().next().unwrap_or(""),
            "title"
                | "titles"
                | "crown"
                | "crowns"
                | "trophy"
                | "trophies"
                | "championship"
                | "championships"
                | "triumph"
                | "triumphs"
                | "silverware"
        );
        let seg = r.segment_span(m.span);
        let before = r.doc.span(seg.start().max(s.span.start()), m.span.start());
        let (bt, _) = r.doc.norm_of(before);
        if tournament_noun && !WIN_BEFORE.is_match(bt) {
            continue;
        }
        // "first … since 1999" and "first … in 28 years" belong to `since`.
        let rest = r.doc.text_of(after).to_lowercase();
        let rest = rest.trim_start();
        let clause_rest: String = rest
            .split([',', ';'])
            .next()
            .unwrap_or("")
            .chars()
            .take(60)
            .collect();
        if n == 1
            && (rest.starts_with("since ")
                || clause_rest.contains(" since ")
                || (clause_rest.contains(" in ") && clause_rest.contains(" years"))
                || GAP.is_match(
                    r.doc.text_of(
                        m.span.cover(
                            r.doc
                                .span(m.span.end(), (m.span.end() + 20).min(s.span.end())),
                        ),
                    ),
                ))
        {
            continue;
        }
        let consecutive = mid.contains("consecutive")
            || mid.contains("straight")
            || mid.contains("successive")
            || m.group("row").is_some();
        let (scope, mut comp) = scope_of(&format!("{mid} {noun}"));
        if let Some(c) = competition_in(r, m.span) {
            comp = Some(c);
        }
        if comp.is_none() && scope == TitleScope::Competition {
            comp = competition_in(r, s.span);
        }
        let team = title_team(r, m.span, s.span);
        let record = record_mark(r, m.span, s.span);
        let mut start = m.span;
        if record.is_some() {
            let (bt2, bbase) = r.doc.norm_of(r.doc.span(s.span.start(), m.span.start()));
            if let Some(i) = bt2.to_lowercase().rfind("record") {
                start = r.doc.span_of_norm(bbase + i, bbase + i).cover(m.span);
            }
        }
        let claim = TitlesClaim {
            team,
            competition: comp,
            scope,
            nth: (!consecutive).then_some(n),
            consecutive: consecutive.then_some(n),
            at_stake: at_stake(r, m.span, s.span),
            record,
            ..blank()
        };
        // "Spain's first title, in 2010, was …": the title is dated by the apposition, not the
        // edition the article reports; which edition a year names is left open.
        let after = r
            .doc
            .text_of(
                r.doc
                    .span(m.span.end(), (m.span.end() + 14).min(s.span.end())),
            )
            .to_lowercase();
        let dated = after.trim_start().starts_with(", in ")
            || after.trim_start().starts_with("(in ")
            || after.trim_start().starts_with(", at the ");
        let n0 = out.len();
        push(r, out, "nth", Kind::Record, start, og, claim, false);
        if dated {
            for f in &mut out[n0..] {
                f.certain = false;
            }
        }
    }
}

/// "won the World Cup for a fourth time", "world champions for the second time".
fn nth_time(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.find(&NTH_TIME, s.span) {
        let Some(og) = m.group("ord") else { continue };
        let Some(n) = parse_ordinal(r.doc.text_of(og)) else {
            continue;
        };
        let verb = m
            .group("verb")
            .map(|g| r.doc.text_of(g).to_lowercase())
            .unwrap_or_default();
        let mid_span = m.group("mid").unwrap_or(m.span);
        let mid = r.doc.text_of(mid_span).to_lowercase();
        // "won the World Cup for the first time", "champions for the second time"; not "won a
        // penalty for the second time" or "won 2-0 for the first time in years".
        let title_words = mid.contains("title")
            || mid.contains("trophy")
            || mid.contains("crown")
            || mid.contains("cup")
            || mid.contains("euro")
            || mid.contains("championship")
            || mid.contains("tournament")
            || mid.contains("copa")
            || mid.contains("afcon")
            || verb.starts_with("champion")
            || verb.starts_with("crown")
            || mid.contains("champion")
            || verb == "title"
            || verb == "trophy";
        if !title_words
            || mid.contains("penalt")
            || mid.contains("match")
            || mid.contains("game")
            || mid.contains(',')
            || mid.contains(" and ")
            || QUALIFIED.is_match(&mid)
        {
            continue;
        }
        let (scope, mut comp) = scope_of(&mid);
        if let Some(c) = competition_in(r, m.span) {
            comp = Some(c);
        }
        if comp.is_none() && scope == TitleScope::Competition {
            comp = competition_in(r, s.span);
        }
        let team = title_team(r, m.span, s.span);
        let consecutive = m.group("cons").is_some();
        let claim = TitlesClaim {
            team,
            competition: comp,
            scope,
            nth: (!consecutive).then_some(n),
            consecutive: consecutive.then_some(n),
            at_stake: at_stake(r, m.span, s.span),
            ..blank()
        };
        push(
            r,
            out,
            "nth_time",
            Kind::TournamentRun,
            m.span,
            og,
            claim,
            false,
        );
    }
}

/// "have not won a major title since 1988", "and first since 1999", "first title in 28 years".
fn since(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.find(&SINCE, s.span) {
        let Some(y) = m
            .group("year")
            .and_then(|g| r.doc.text_of(g).parse::<i32>().ok())
        else {
            continue;
        };
        let negated = m.group("neg").is_some();
        if m.group("noun")
            .is_some_and(|g| r.doc.text()[g.end()..].starts_with('-'))
        {
            continue; // "the first title-decider since 1998"
        }
        let mid = format!(
            "{} {} {}",
            m.group("mid").map(|g| r.doc.text_of(g)).unwrap_or(""),
            m.group("mid2").map(|g| r.doc.text_of(g)).unwrap_or(""),
            m.group("noun").map(|g| r.doc.text_of(g)).unwrap_or("")
        );
        let rest = m
            .group("rest")
            .map(|g| r.doc.text_of(g).to_lowercase())
            .unwrap_or_default();
        // "first … since": a title noun, or nothing ("and first since 1999" after a title).
        let noun = m.group("noun").is_some();
        if !negated && !noun {
            let (before, _) = r.doc.norm_of(r.doc.span(s.span.start(), m.span.start()));
            let bl = before.to_lowercase();
            if !(bl.contains("title") || bl.contains("championship") || bl.contains("crown"))
                || !rest.trim().is_empty()
            {
                continue;
            }
        }
        if !negated && noun && rest.contains("final") {
            continue;
        }
        if rest.contains("final") || rest.contains("match") || rest.contains("game") {
            continue;
        }
        let (scope, mut comp) = scope_of(&mid);
        if let Some(c) = competition_in(r, m.span) {
            comp = Some(c);
        }
        if comp.is_none() && scope == TitleScope::Competition {
            comp = competition_in(r, s.span);
        }
        let team = title_team(r, m.span, s.span);
        let claim = TitlesClaim {
            team,
            competition: comp,
            scope,
            since: Some(y),
            none_since: negated,
            at_stake: !negated && at_stake(r, m.span, s.span),
            ..blank()
        };
        let trigger = m.group("neg").or(m.group("first")).unwrap_or(m.span);
        push(
            r,
            out,
            "since",
            Kind::Record,
            m.span,
            trigger,
            claim,
            negated,
        );
    }
    for m in r.find(&GAP, s.span) {
        let Some(n) = m.group("n").and_then(|g| number(r.doc.text_of(g))) else {
            continue;
        };
        let mid = format!(
            "{} {}",
            m.group("mid").map(|g| r.doc.text_of(g)).unwrap_or(""),
            m.group("noun").map(|g| r.doc.text_of(g)).unwrap_or("")
        );
        let (scope, mut comp) = scope_of(&mid);
        if let Some(c) = competition_in(r, m.span) {
            comp = Some(c);
        }
        let team = title_team(r, m.span, s.span);
        let claim = TitlesClaim {
            team,
            competition: comp,
            scope,
            gap_years: Some(n),
            at_stake: at_stake(r, m.span, s.span),
            ..blank()
        };
        push(r, out, "since", Kind::Record, m.span, m.span, claim, false);
    }
}

/// A run of years from `from`: items separated by commas, "and", "and then again …", each
/// within a short gap of the one before.
fn year_list(r: &Reading<'_>, from: usize, until: usize) -> (Vec<i32>, Option<Span>) {
    let span = r.doc.span(from, until);
    let ys = years_in(r, span);
    let mut out: Vec<i32> = Vec::new();
    let mut cover: Option<Span> = None;
    let mut last_end = from;
    for (y, sp) in ys {
        let gap = r.doc.text_of(r.doc.span(last_end, sp.start()));
        let ok = if cover.is_none() {
            gap.trim().is_empty() || gap.len() < 3
        } else {
            gap.len() <= 45 && !gap.contains(';') && !gap.contains(" when ")
        };
        if !ok {
            break;
        }
        out.push(y);
        cover = Some(cover.map_or(sp, |c| c.cover(sp)));
        last_end = sp.end();
    }
    (out, cover)
}

/// "Italy having won in 1934 and 1938; Brazil in 1958 and 1962", "the 2008 and 2012 European
/// champions", "first winning the 2019 Asian Cup", "champions on home soil in 2001".
fn years(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    // "won in 1934 and 1938": a year list after "in", with the nearest title word before it.
    let triggers = r.find(&YEARS_TRIGGER, s.span);
    let mut done_until = s.span.start();
    for (y0, ysp) in years_in(r, s.span) {
        if ysp.start() < done_until {
            continue;
        }
        let (pre, _) = r.doc.norm_of(r.doc.span(s.span.start(), ysp.start()));
        let pl = pre.to_lowercase();
        if !pl.trim_end().ends_with(" in") && !pl.trim_end().ends_with(",") {
            // A relative year ("eight years later", "three years ago") needs no "in".
            let rel = r
                .mentions_of(ysp, Dim::Duration)
                .first()
                .is_some_and(|m| m.span == ysp);
            if !rel {
                continue;
            }
        }
        let _ = y0;
        let Some(m) = triggers
            .iter()
            .rfind(|t| t.span.end() <= ysp.start() && ysp.start() - t.span.end() <= 50)
        else {
            continue;
        };
        let verb = r.doc.text_of(m.span).to_lowercase();
        let mid_span = r.doc.span(m.span.end(), ysp.start());
        let mid = r.doc.text_of(mid_span).to_lowercase();
        // Not a match won in a year ("won 2-1 in 1990", "won a penalty in 2014"), nor an award.
        if mid.contains("penalt")
            || mid.contains("boot")
            || mid.contains("ball")
            || mid.contains("glove")
            || mid.contains("award")
            || mid.contains("player")
            || mid.chars().any(|c| c.is_ascii_digit())
            || mid.contains(" match")
            || mid.contains(" game")
            || mid.contains("final")
            || mid.contains("against")
            || mid.contains(" over ")
            || mid.contains(" by ")
            || mid.contains(';')
            || mid.contains(" when ")
            || mid.contains("since")
            || r.discourse.entities_in(mid_span).any(|e| e.is_team())
        {
            continue;
        }
        if verb.starts_with("winner") && !mid.trim().is_empty() {
            continue;
        }
        // "collecting the Golden Ball … after winning it in 2014": an award, not a title.
        let (pre_t, _) = r.doc.norm_of(r.doc.span(
            m.span.start().saturating_sub(80).max(s.span.start()),
            m.span.start(),
        ));
        let pre_l = pre_t.to_lowercase();
        if [
            "golden ball",
            "golden boot",
            "golden glove",
            "award",
            "player of the",
        ]
        .iter()
        .any(|w| pre_l.contains(w))
        {
            continue;
        }
        let (ys, cover) = year_list(r, ysp.start(), s.span.end());
        let Some(cover) = cover else { continue };
        done_until = cover.end();
        let vspan = m.span;
        let team = if verb.starts_with("champion") || verb.starts_with("winner") {
            team_attached(r, vspan).or_else(|| clause_subject(r, vspan))
        } else {
            possessor(r, vspan, s.span)
                .filter(|e| e.is_team())
                .or_else(|| clause_subject(r, vspan))
        };
        let team = team.filter(|e| e.is_team());
        let (scope, mut comp) = scope_of(&mid);
        if let Some(c) = competition_in(r, vspan.cover(cover)) {
            comp = Some(c);
        }
        if comp.is_none() && scope == TitleScope::Competition {
            comp = competition_in(r, s.span);
        }
        let span = vspan.cover(cover);
        let claim = TitlesClaim {
            team,
            competition: comp.clone(),
            scope,
            years: ys,
            ..blank()
        };
        push(
            r,
            out,
            "years",
            Kind::TournamentRun,
            span,
            vspan,
            claim,
            false,
        );
        // Gapping: "; Brazil in 1958 and 1962".
        let tail = r.doc.span(cover.end(), s.span.end());
        let (tt, _) = r.doc.norm_of(tail);
        if tt.trim_start().starts_with(';') || tt.trim_start().starts_with(", and") {
            if let Some(e) = r.discourse.entities_in(tail).find(|e| e.is_team()) {
                let after_e = r.doc.span(e.span.end(), s.span.end());
                let (g, _) = r.doc.norm_of(after_e);
                if g.trim_start().to_lowercase().starts_with("in ") {
                    let (ys2, cover2) = year_list(
                        r,
                        e.span.end() + (g.len() - g.trim_start().len()) + 3,
                        s.span.end(),
                    );
                    if let Some(c2) = cover2 {
                        done_until = c2.end();
                        let claim = TitlesClaim {
                            team: Some(e.clone()),
                            competition: comp.clone(),
                            scope,
                            years: ys2,
                            ..blank()
                        };
                        push(
                            r,
                            out,
                            "years",
                            Kind::TournamentRun,
                            e.span.cover(c2),
                            e.span,
                            claim,
                            false,
                        );
                    }
                }
            }
        }
    }
    // "the 2008 and 2012 European champions", "the 1978 and '86 champion and the '90 runner-up".
    for m in r.find(&YEARS_ADJ, s.span) {
        let list = m.group("list").unwrap_or(m.span);
        let ys: Vec<i32> = years_in(r, list).into_iter().map(|(y, _)| y).collect();
        if ys.is_empty() {
            continue;
        }
        let ru: Vec<i32> = m
            .group("rulist")
            .map(|g| years_in(r, g).into_iter().map(|(y, _)| y).collect())
            .unwrap_or_default();
        let adj = m.group("adj").map(|g| r.doc.text_of(g)).unwrap_or("");
        let (scope, mut comp) = scope_of(adj);
        if comp.is_none() && scope == TitleScope::Competition {
            comp = competition_in(r, s.span);
        }
        // A description without a team next to it is checked against the teams around it.
        let team = team_attached(r, m.span).filter(|e| e.via != Via::Pronoun);
        let claim = TitlesClaim {
            team,
            competition: comp,
            scope,
            years: ys,
            runner_up_years: ru,
            ..blank()
        };
        let kind = if m.group("ru").is_some() {
            Kind::TournamentRun
        } else {
            Kind::Record
        };
        push(r, out, "years", kind, m.span, list, claim, false);
    }
    // "first winning the 2019 Asian Cup", "won Euro 2016".
    for c in r.mentions_of(s.span, Dim::Competition) {
        let Value::Competition(cv) = &c.value else {
            continue;
        };
        let Some(y) = cv.year else { continue };
        if cv.qualifying {
            continue;
        }
        let (before, _) = r.doc.norm_of(r.doc.span(s.span.start(), c.span.start()));
        let Some(w) = WON_EDITION.find(before) else {
            continue;
        };
        // No noun after it ("won the 2019 Asian Cup final" is a match).
        let next = r
            .doc
            .text_of(r.doc.span(c.span.end(), s.span.end()))
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_lowercase();
        if NOT_AFTER.contains(&next.as_str()) {
            continue;
        }
        let vstart = r.doc.span_of_norm(
            r.doc.norm_of(r.doc.span(s.span.start(), c.span.start())).1 + w.start(),
            r.doc.norm_of(r.doc.span(s.span.start(), c.span.start())).1 + w.start(),
        );
        let span = vstart.cover(c.span);
        let team = subject_team(r, span);
        let claim = TitlesClaim {
            team,
            competition: Some(cv.clone()),
            years: vec![y],
            ..blank()
        };
        push(
            r,
            out,
            "years",
            Kind::TournamentRun,
            span,
            c.span,
            claim,
            false,
        );
    }
}

/// "world champions France", "the reigning world champions Brazil", "defending champion Japan",
/// "arrived as the reigning world champions".
fn holders(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.find(&HOLDERS, s.span) {
        let adj = m.group("adj").map(|g| r.doc.text_of(g).to_lowercase());
        let kind = m.group("kind").map(|g| r.doc.text_of(g).to_lowercase());
        let noun = m
            .group("noun")
            .map(|g| r.doc.text_of(g).to_lowercase())
            .unwrap_or_default();
        if adj.is_none() && kind.is_none() && !noun.contains("holders") {
            continue;
        }
        let (before, _) = r.doc.norm_of(r.doc.span(s.span.start(), m.span.start()));
        let bl = before.to_lowercase();
        let bl = bl.trim_end();
        // "four-time champions", "the 2008 and 2012 European champions", "record holders",
        // "Olympic champions": other rules or no data.
        if bl.ends_with("-time")
            || bl.ends_with("-times")
            || bl.ends_with("record")
            || bl.ends_with("olympic")
            || bl.ends_with("club")
            || bl.chars().last().is_some_and(|c| c.is_ascii_digit())
            || bl.ends_with("league")
        {
            continue;
        }
        let rest = r
            .doc
            .text_of(r.doc.span(m.span.end(), s.span.end()))
            .to_lowercase();
        let rest = rest.trim_start();
        if rest.starts_with("for the")
            || rest.starts_with("in 1")
            || rest.starts_with("in 2")
            || rest.starts_with("on home soil")
            || rest.starts_with("of south america in")
            || rest.starts_with("league")
        {
            continue;
        }
        let mut comp = None;
        let mut scope = TitleScope::Competition;
        if let Some(k) = &kind {
            let (sc, c) = scope_of(k);
            scope = sc;
            comp = c;
        } else if let Some(c) = r
            .mentions_of(r.doc.span(s.span.start(), m.span.start()), Dim::Competition)
            .last()
        {
            // "the World Cup holders".
            if c.span.end() + 2 >= m.span.start() {
                if let Value::Competition(cv) = &c.value {
                    comp = Some(cv.clone());
                }
            }
        }
        // The team: attached, else the subject of "as"/"are"/"were" before it.
        let team = team_attached(r, m.span).or_else(|| {
            let last = bl.split_whitespace().last().unwrap_or("");
            let prev2: Vec<&str> = bl.split_whitespace().rev().take(2).collect();
            let copula = matches!(last, "as" | "are" | "were" | "is" | "was")
                || (last == "the"
                    && prev2
                        .get(1)
                        .is_some_and(|w| matches!(*w, "as" | "are" | "were" | "is" | "was")));
            if copula {
                subject_team(r, m.span)
            } else {
                None
            }
        });
        let Some(team) = team else { continue };
        let span = if team.span.end() <= m.span.start() {
            m.span
        } else {
            m.span.cover(team.span)
        };
        let claim = TitlesClaim {
            team: Some(team),
            competition: comp,
            scope,
            holders: true,
            ..blank()
        };
        let kind = Kind::Record;
        push(r, out, "holders", kind, span, m.span, claim, false);
    }
}

/// "their only World Cup", "their only major trophy remains the 1966 World Cup", "the only
/// time the country's men have lifted a major trophy".
fn only(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.find(&ONLY, s.span) {
        let mid = m.group("mid").map(|g| r.doc.text_of(g)).unwrap_or("");
        let noun = m.group("noun").map(|g| r.doc.text_of(g)).unwrap_or("");
        let nl = noun.to_lowercase();
        let next = r
            .doc
            .text_of(r.doc.span(m.span.end(), s.span.end()))
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase();
        if NOT_AFTER.contains(&next.as_str()) {
            continue;
        }
        let tournament_noun = !(nl.contains("title")
            || nl.contains("trophy")
            || nl.contains("crown")
            || nl.contains("championship")
            || nl.contains("silverware"));
        let seg = r.segment_span(m.span);
        let (bt, _) = r.doc.norm_of(r.doc.span(seg.start(), m.span.start()));
        let rest = r.doc.text_of(r.doc.span(m.span.end(), s.span.end()));
        let remains = rest.trim_start().to_lowercase();
        let remains = remains.starts_with("remains") || remains.starts_with("is ");
        if tournament_noun && !WIN_BEFORE.is_match(bt) && !remains {
            continue;
        }
        let (scope, mut comp) = scope_of(&format!("{mid} {noun}"));
        if let Some(c) = competition_in(r, m.span) {
            comp = Some(c);
        }
        let mut years = Vec::new();
        let mut span = m.span;
        if remains {
            // "… remains the 1966 World Cup".
            let tail = r.doc.span(m.span.end(), s.span.end());
            if let Some(c) = r.mentions_of(tail, Dim::Competition).first() {
                if let Value::Competition(cv) = &c.value {
                    if let Some(y) = cv.year {
                        years.push(y);
                        span = span.cover(c.span);
                    }
                }
            } else if let Some((y, sp)) = years_in(r, tail).first() {
                years.push(*y);
                span = span.cover(*sp);
            }
        }
        if comp.is_none() && scope == TitleScope::Competition {
            comp = competition_in(r, s.span);
        }
        let team = title_team(r, m.span, s.span);
        let claim = TitlesClaim {
            team,
            competition: comp,
            scope,
            count: Some(1),
            only: true,
            years,
            ..blank()
        };
        push(r, out, "only", Kind::Record, span, m.span, claim, false);
    }
    for m in r.find(&ONLY_TIME, s.span) {
        let what = m.group("what").map(|g| r.doc.text_of(g)).unwrap_or("");
        let (scope, comp) = scope_of(what);
        let who = m.group("who").unwrap_or(m.span);
        let team = r
            .discourse
            .entities_in(who)
            .find(|e| e.is_team())
            .cloned()
            .or_else(|| subject_team(r, m.span))
            .or_else(|| {
                r.discourse
                    .entities_in(s.span)
                    .find(|e| e.is_team())
                    .cloned()
            });
        let claim = TitlesClaim {
            team,
            competition: comp,
            scope,
            count: Some(1),
            only: true,
            ..blank()
        };
        push(r, out, "only", Kind::Record, m.span, m.span, claim, false);
    }
}

/// "the record holders of this title".
fn record_holders(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.find(&RECORD_HOLDERS, s.span) {
        let rest = r
            .doc
            .text_of(r.doc.span(m.span.end(), s.span.end()))
            .to_lowercase();
        // "record holders of this title" / "of the title"; not a scoring or appearance record.
        if rest.contains("goal") && !rest.contains("title") {
            continue;
        }
        let Some(team) = subject_team(r, m.span).or_else(|| team_attached(r, m.span)) else {
            continue;
        };
        let comp = competition_in(r, s.span);
        let claim = TitlesClaim {
            team: Some(team.clone()),
            competition: comp,
            record: Some(RecordMark::Record),
            ..blank()
        };
        let span = if team.span.end() <= m.span.start() && m.span.start() - team.span.end() < 20 {
            team.span.cover(m.span)
        } else {
            m.span
        };
        push(
            r,
            out,
            "record_holders",
            Kind::Record,
            span,
            m.span,
            claim,
            false,
        );
    }
}

/// "have gone back-to-back", "back-to-back titles".
fn back_to_back(r: &Reading<'_>, s: &Sentence, out: &mut Vec<Frame>) {
    for m in r.find(&BACK_TO_BACK, s.span) {
        let Some(team) = subject_team(r, m.span) else {
            continue;
        };
        let mid = m.group("mid").map(|g| r.doc.text_of(g)).unwrap_or("");
        let (scope, mut comp) = scope_of(mid);
        if comp.is_none() && scope == TitleScope::Competition {
            comp = competition_in(r, s.span);
        }
        let claim = TitlesClaim {
            team: Some(team),
            competition: comp,
            scope,
            consecutive: Some(2),
            at_stake: at_stake(r, m.span, s.span),
            ..blank()
        };
        push(
            r,
            out,
            "consecutive",
            Kind::TournamentRun,
            m.span,
            m.span,
            claim,
            false,
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("titles", include_str!("corpus.txt"));
    }
}
