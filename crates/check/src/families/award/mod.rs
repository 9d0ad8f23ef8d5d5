//! Awards: the Golden Ball (player of the tournament), the Golden Boot, the Golden Glove, the
//! best young player, and awards no dataset holds (the Ballon d'Or, other competitions').
//!
//! Grammar:
//! - `won`: a verb of winning before the award — "won the Golden Boot", "took both the Golden
//!   Ball and the Golden Boot in France four years ago", "his eight goals earned him the Golden
//!   Boot", "collecting the Golden Ball for a second time";
//! - `named`: "was named player of the tournament", "voted the Golden Ball as player of the
//!   tournament", "named the tournament's best player", "later named the Golden Ball winner";
//! - `went_to`: "the Golden Boot went to Japan's Hinata Miyazawa";
//! - `matching`: an award named before, then another winner and year — "matching Lineker's
//!   achievement from 1986", "the first to win the award since Homare Sawa in 2015".
//!
//! Checked against Fjelstul's award winners for World Cups up to 2022. Elsewhere (other
//! competitions, the 2026 World Cup) the Golden Boot is the top scorer's: supported when the
//! player is the edition's only top scorer with every goal's scorer known, contradicted when
//! the player scored fewer than the top scorer; ties (broken by rules no dataset holds) and
//! every other award are unverifiable.

mod verify;

use super::tourney::{competition_in, years_in};
use super::{Family, Reading};
use crate::discourse::{Entity, Referent};
use crate::doc::{Sentence, Span};
use crate::frames::{AwardClaim, Frame, Kind, Predicate};
use crate::mentions::numbers::parse_ordinal;
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "award",
    recognise,
    verify: verify::verify,
};

use crate::rx::must as re;

const AWARD: &str = r"(?:golden\s+ball|silver\s+ball|bronze\s+ball|golden\s+boot|golden\s+shoe|silver\s+boot|bronze\s+boot|golden\s+gloves?(?:\s+award)?|best\s+young\s+player(?:\s+award)?|young\s+player(?:\s+of\s+the\s+tournament)?\s+award|player\s+of\s+the\s+tournament|(?:the\s+)?(?:tournament|competition)'s\s+best\s+(?:player|goalkeeper)|best\s+player\s+(?:of|at)\s+the\s+(?:tournament|competition)|ballon\s+d'or|best\s+goalkeeper(?:\s+award)?|top\s+goalkeeper)";

static AWARD_RE: Lazy<Regex> = Lazy::new(|| re(&format!(r"(?i)\b{AWARD}")));

static WON: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?P<verb>won|win|wins|winning|took(?:\s+home)?|take(?:\s+home)?|takes(?:\s+home)?|taking(?:\s+home)?|claimed|claiming|claims|collected|collecting|collects|picked\s+up|picking\s+up|scooped|earned|earning|earns|secured|securing|received|receiving|receives|landed|bagged|clinched|clinching|handed|awarded)\s+(?P<obj>him|her|them)?\s*(?:both\s+)?(?:the\s+)?(?P<list>{AWARD}(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?{AWARD})*)"
    ))
});

static NAMED: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?:named|voted|crowned|chosen\s+as|selected\s+as)\s+(?:as\s+)?(?:the\s+)?(?:winner\s+of\s+the\s+)?(?P<list>{AWARD})(?:\s+winner)?"
    ))
});

static WENT_TO: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)\b(?:the\s+)?(?P<list>{AWARD})\s+(?:went|goes|go|was\s+awarded|was\s+handed|was\s+given)\s+to\s+"
    ))
});

static MATCHING: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?:matching|equalling|equaling|emulating|repeating|following)\s+(?P<who>[\p{L}\p{M}'\u{2019}. -]{2,40}?)(?:'s|\u{2019}s)\s+(?:achievement|feat|success)\s+(?:from|of|in)\s+|\b(?:win|won|claim|claimed|take|took)\s+(?:the|that|this)\s+(?:award|prize|honour|trophy)\s+since\s+",
    )
});

static NTH_TIME: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?i)^\s+for\s+(?:the|a)\s+(?P<ord>{})\s+time\b",
        crate::mentions::numbers::ORDINAL
    ))
});

/// The World Cup's name of an award as written.
pub(crate) fn award_name(words: &str) -> String {
    let w = words.to_lowercase();
    let w = w.replace('\u{2019}', "'");
    if w.contains("silver ball") {
        "Silver Ball"
    } else if w.contains("bronze ball") {
        "Bronze Ball"
    } else if w.contains("silver boot") {
        "Silver Boot"
    } else if w.contains("bronze boot") {
        "Bronze Boot"
    } else if w.contains("boot") || w.contains("shoe") {
        "Golden Boot"
    } else if w.contains("glove") || w.contains("goalkeeper") {
        "Golden Glove"
    } else if w.contains("young") {
        "Best Young Player"
    } else if w.contains("ballon") {
        "Ballon d'Or"
    } else {
        "Golden Ball"
    }
    .to_string()
}

fn awards_in(r: &Reading<'_>, list: Span) -> Vec<String> {
    let mut out = Vec::new();
    for m in r.find(&AWARD_RE, list) {
        let n = award_name(r.doc.text_of(m.span));
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// The recipient: an object pronoun after the verb ("earned him"), a relative clause's
/// antecedent or the clause's subject; a person only.
fn recipient(r: &Reading<'_>, at: Span, s: &Sentence, obj: Option<Span>) -> Option<Entity> {
    if let Some(o) = obj {
        if let Some(e) = r.discourse.entities_in(o).next() {
            return Some(e.clone());
        }
    }
    // The person right before the verb, in the same clause ("… and Neuer received the Golden
    // Glove", "Enzo Fernández was voted best young player"): a coordinated clause's own subject.
    let seg = r.segment_span(at);
    if let Some(e) = r
        .discourse
        .entities_in(r.doc.span(seg.start().max(s.span.start()), at.start()))
        .filter(|e| matches!(e.referent, Referent::Person(_)))
        .last()
    {
        let gap = r
            .doc
            .text_of(r.doc.span(e.span.end(), at.start()))
            .to_lowercase();
        let words = gap.split_whitespace().count();
        if words <= 3 && !gap.contains(',') && !gap.split_whitespace().any(|w| w == "and") {
            return Some(e.clone());
        }
    }
    let e = super::tournament_tally::scorer_of(r, at, s.span)?;
    matches!(e.referent, Referent::Person(_) | Referent::Described { .. }).then_some(e)
}

/// Words that open a clause about another time than the award's.
static OTHER_TIME: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    crate::rx::must(r"(?i)\b(?:after|since|having|before|than|as\s+well\s+as)\b")
});

/// The edition's year in the clause ("in 2014", "four years ago", "in 1986").
fn year_near(r: &Reading<'_>, from: usize, s: &Sentence) -> Option<i32> {
    let seg = r.segment_span(r.doc.span(from, from));
    let mut end = seg.end().max(from).min(s.span.end());
    // Up to the next comma: "the Golden Boot, matching Lineker's achievement from 1986"; and
    // up to a clause about another time: "for a second time after winning it in 2014".
    let (t, base) = r.doc.norm_of(r.doc.span(from, end));
    let cut = [t.find([',', ';']), OTHER_TIME.find(t).map(|m| m.start())]
        .into_iter()
        .flatten()
        .min();
    if let Some(i) = cut {
        end = r.doc.span_of_norm(base + i, base + i).start();
    }
    years_in(r, r.doc.span(from, end)).first().map(|y| y.0)
}

fn nth_after(r: &Reading<'_>, end: usize, s: &Sentence) -> Option<u32> {
    let (t, _) = r.doc.norm_of(r.doc.span(end, s.span.end()));
    let c = NTH_TIME.captures(t)?;
    parse_ordinal(c.name("ord")?.as_str())
}

fn push(r: &Reading<'_>, out: &mut Vec<Frame>, rule: &'static str, span: Span, claim: AwardClaim) {
    if out
        .iter()
        .any(|f| f.family == "award" && f.span.overlaps(span))
    {
        return;
    }
    let mut f = r.frame(
        "award",
        rule,
        Kind::Award,
        span,
        span,
        Predicate::Award(claim),
    );
    // "four in Russia in 2018, eight in Qatar, where he won the Golden Boot": "where" points at
    // a place whose edition the clause does not date; the year read nearby may be another's.
    let lead = r
        .doc
        .text_of(r.doc.span(span.start().saturating_sub(16), span.start()))
        .to_lowercase();
    if lead.contains(", where ") || lead.trim_end().ends_with(", where") {
        f.certain = false;
    }
    out.push(f);
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let stext = r.doc.text_of(s.span).to_lowercase();
        // "the race for the Golden Boot", "in contention for": no award won.
        let _ = stext;
        for m in r.find(&WENT_TO, s.span) {
            let Some(list) = m.group("list") else {
                continue;
            };
            let after = r.doc.span(m.span.end(), s.span.end());
            let Some(who) = r
                .discourse
                .entities_in(after)
                .find(|e| matches!(e.referent, Referent::Person(_)))
                .cloned()
            else {
                continue;
            };
            let year = year_near(r, m.span.start(), s);
            let claim = AwardClaim {
                person: Some(who.clone()),
                awards: awards_in(r, list),
                competition: competition_in(r, s.span),
                year,
                nth: None,
            };
            push(r, out, "went_to", m.span.cover(who.span), claim);
        }
        for (rule, re_) in [("won", &*WON), ("named", &*NAMED)] {
            for m in r.find(re_, s.span) {
                let Some(list) = m.group("list") else {
                    continue;
                };
                let (pre, _) = r.doc.norm_of(r.doc.span(s.span.start(), m.span.start()));
                let pl = pre.to_lowercase();
                if pl.trim_end().ends_with("race for")
                    || pl.trim_end().ends_with("contention for")
                    || pl.trim_end().ends_with("to")
                        && (pl.contains("bid") || pl.contains("hope") || pl.contains("set"))
                {
                    continue;
                }
                let who = recipient(r, m.span, s, m.group("obj"));
                let year = year_near(r, list.end(), s);
                let nth = nth_after(r, m.span.end(), s);
                let claim = AwardClaim {
                    person: who.clone(),
                    awards: awards_in(r, list),
                    competition: competition_in(r, s.span),
                    year,
                    nth,
                };
                let mut span = m.span;
                if let Some(w) = &who {
                    if w.span.end() <= span.start()
                        && span.start() - w.span.end() < 40
                        && r.segment_span(w.span) == r.segment_span(span)
                    {
                        span = w.span.cover(span);
                    }
                }
                push(r, out, rule, span, claim);
            }
        }
        // "matching Lineker's achievement from 1986", "to win the award since Sawa in 2015".
        for m in r.find(&MATCHING, s.span) {
            let from = r.doc.span(s.span.start(), m.span.start());
            let prev_from = if s.index > 0 {
                r.doc.sentences[s.index - 1].span.start()
            } else {
                s.span.start()
            };
            let Some(last) = r.find(&AWARD_RE, from).last().cloned().or_else(|| {
                r.find(&AWARD_RE, r.doc.span(prev_from, m.span.start()))
                    .last()
                    .cloned()
            }) else {
                continue;
            };
            let after = r.doc.span(m.span.start(), s.span.end());
            let Some(who) = r
                .discourse
                .entities_in(after)
                .find(|e| matches!(e.referent, Referent::Person(_)))
                .cloned()
            else {
                continue;
            };
            let Some((year, ysp)) = years_in(r, r.doc.span(who.span.end(), s.span.end()))
                .into_iter()
                .next()
                .filter(|(_, sp)| sp.start() - who.span.end() < 30)
            else {
                continue;
            };
            let claim = AwardClaim {
                person: Some(who.clone()),
                awards: vec![award_name(r.doc.text_of(last.span))],
                competition: competition_in(r, s.span),
                year: Some(year),
                nth: None,
            };
            let start = if r.doc.text_of(m.span).to_lowercase().starts_with("match")
                || r.doc.text_of(m.span).to_lowercase().starts_with("equal")
                || r.doc.text_of(m.span).to_lowercase().starts_with("emul")
                || r.doc.text_of(m.span).to_lowercase().starts_with("repeat")
                || r.doc.text_of(m.span).to_lowercase().starts_with("follow")
            {
                m.span.start()
            } else {
                who.span.start()
            };
            push(r, out, "matching", r.doc.span(start, ysp.end()), claim);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("award", include_str!("corpus.txt"));
    }
}
