//! Statements no open dataset covers, reported as UNVERIFIABLE with the reason rather than
//! silently skipped: shots and chances, assists, VAR decisions, disallowed goals, injuries,
//! club affiliations, captaincy, crowds, quotes, fouls, tactics, debuts.

use super::{claim, find_in, Kind};
use crate::context::Ctx;
use crate::text::Sentence;
use crate::Claim;
use goalline_core::Verdict;
use once_cell::sync::Lazy;
use regex::Regex;

struct Topic {
    re: Regex,
    reason: &'static str,
}

static TOPICS: Lazy<Vec<Topic>> = Lazy::new(|| {
    let t = |re: &str, reason: &'static str| Topic {
        re: Regex::new(re).expect("regex"),
        reason,
    };
    vec![
        t(
            r"(?i-u)\b(?:attempts? on goal|shots?|efforts? on goal|off the (?:bar|post|crossbar)|hit the (?:bar|post)|fingertip save|saving smartly|save\b|blasted over|flashed wide|nodded over|tested (?u:.){0,30} keeper)",
            "shots and saves are not recorded in the open datasets",
        ),
        t(
            r"(?-u)\b[Aa]ssists?\b|\bgoal contributions\b|\b(?:set|teed|laid) up (?:[A-Z]|by\b)|\bcross(?:ed)? for\b|\bprovided the (?:cross|pass)\b",
            "assists are not recorded",
        ),
        t(
            r"(?i-u)\bVAR\b|video assistant referee",
            "VAR decisions are not recorded",
        ),
        t(
            r"(?i-u)\boffside\b|\bdisallowed\b|ruled out",
            "disallowed goals are not recorded",
        ),
        t(
            r"(?i-u)\binjur(?:y|ed|ies)\b|stretchered off|\bbruise\b|treatment",
            "injuries are not recorded",
        ),
        t(
            r"(?i-u)\b(?:captain|skipper|captaincy)\b",
            "captaincy is not recorded",
        ),
        t(
            r"(?i-u)\b(?:crowd|attendance|spectators)\b",
            "attendance and crowds are not recorded for these matches",
        ),
        t(
            r"(?i-u)\b(?:foul|tackle|brought down|handled the ball|clipped)\b",
            "fouls are not recorded",
        ),
        t(
            r"(?i-u)\bunchanged side\b|\bholding midfielder\b|\bformation\b|\brecalled\b",
            "line-up decisions and tactics are not recorded here",
        ),
        t(
            r"(?i)\bmade (?:his|her) (?:senior )?(?:\p{Lu}\w+ )?debut\b|\bdebut\b",
            "caps and debuts are not in the data",
        ),
        t(
            r"(?i)\b(?:Manchester City|Manchester United|Chelsea|Tottenham|Arsenal|Liverpool|Everton|Aston Villa|Paris Saint-Germain|Barcelona|Real Madrid|Bayern|Juventus|Inter|AC Milan|Atletico|Borussia Dortmund|Ajax|Benfica|Porto|Sporting)\b[’']?s?\s+(?:striker|forward|midfielder|defender|winger|goalkeeper|keeper|man|superstar|star|player)",
            "club affiliations are not in the data",
        ),
        t(
            r"(?i)\b(?:said|says|told|added|wrote|tweeted)\b(?u:[^.]){0,30}[:,]?\s*[“‘\x22']",
            "quotes are not checkable against match data",
        ),
    ]
});

pub(super) fn extract(ctx: &mut Ctx<'_>, out: &mut Vec<Claim>) {
    let sentences = ctx.sentences.clone();
    for s in sentences {
        topics(ctx, s, out);
    }
}

fn topics(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    // Headings and boilerplate are not statements.
    let sentence = &ctx.slice(s.start, s.end);
    if sentence.split_whitespace().count() < 4 {
        return;
    }
    for topic in TOPICS.iter() {
        for c in find_in(&topic.re, ctx, s) {
            let Some(m) = c.get(0) else { continue };
            // "injury time" is stoppage time, not an injury.
            if ctx.slice(m.end(), ctx.text.len()).starts_with(" time") {
                continue;
            }
            // The clause around the hit.
            let before = &ctx.slice(s.start, m.start());
            let cs = before
                .rfind([',', ';', '('])
                .map(|i| s.start + i + 1)
                .unwrap_or(s.start);
            let after = &ctx.slice(m.end(), s.end);
            let ce = after
                .find([',', ';', ')'])
                .map(|i| m.end() + i)
                .unwrap_or(s.end);
            let (start, end) = crate::text::trim(ctx.text, cs, ce);
            let end = if ctx.slice(0, end).ends_with('.') {
                end - 1
            } else {
                end
            };
            if end <= start
                || out
                    .iter()
                    .any(|o| o.kind == Kind::Other && o.start <= start && end <= o.end)
            {
                continue;
            }
            out.push(claim(
                ctx,
                start,
                end,
                Kind::Other,
                Verdict::Unverifiable,
                topic.reason,
                vec![],
            ));
        }
    }
}
