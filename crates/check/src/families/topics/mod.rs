//! Statements no open dataset covers, reported UNVERIFIABLE with the reason instead of being
//! skipped silently: assists and passes, crowds, video reviews and disallowed goals, clubs and
//! transfers, shots and the woodwork, saves, injuries and bans, rankings, captaincy, coaching
//! appointments, money, opinions about favourites.
//!
//! Grammar: a table of topic cues ([`TOPICS`]); a frame covers the clause (segment) holding the
//! cue, so that the reader sees which statement is not checked. One frame per segment (the
//! first cue found wins). Kind `other`.

use super::{Family, Reading};
use crate::frames::{Frame, Kind, Predicate, Topic};
use crate::verify::{Context, Finding, Tie};
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "topics",
    recognise,
    verify,
};

/// Topic cues: (topic, pattern over the normalised text).
pub static TOPICS: Lazy<Vec<(Topic, Regex)>> = Lazy::new(|| {
    let t = |topic: Topic, re: &str| (topic, crate::rx::must(re));
    vec![
        t(
            Topic::Assist,
            r"(?i)\b(?:assists?|assisted|set up by|teed up|laid (?:on|off)|turned provider|put \p{Lu}\w+ through|through ball|(?:\p{Lu}[\p{L}-]+'s|his|her) (?:pass|cross|centre|center|corner|free-kick|free kick|through ball|lay-off|flick|header down)|(?:a|the) (?:\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) (?:cross|pass|corner)|cross from|pass from|picked out|found \p{Lu}\w+ (?:with|at)|goal kick)\b",
        ),
        t(
            Topic::Attendance,
            r"(?i)\b(?:crowd|attendance|spectators|sell-?out|sold-?out|in front of [\d,]+|seats sold|fans packed|capacity)\b",
        ),
        t(
            Topic::Var,
            r"(?i)\b(?:VAR|video review|video assistant|offside|disallowed|ruled out|chalked off|overturned)\b",
        ),
        t(
            Topic::Club,
            r"(?i)\b(?:(?:Manchester|Borussia|Real|Paris|Bayern|Atletico|Inter|AC|AS|Tottenham|Aston|Newcastle|Leicester|West Ham|Crystal Palace|Juventus|Barcelona|Chelsea|Arsenal|Liverpool|Everton|Roma|Napoli|Lazio|Ajax|PSV|Benfica|Porto|Sporting|Celtic|Rangers|Hoffenheim|Dortmund|Leipzig|Galatasaray|Fenerbahce|Al[- ]\w+|Inter Miami|LA Galaxy)[\w ]{0,12}(?:striker|forward|midfielder|defender|goalkeeper|keeper|winger|player|star|man|hitman|captain|side)|joined (?-i:\p{Lu})\w+|signed for|transfer|on loan|loan spell|return to (?:Manchester|Real|Juventus|\p{Lu}\w+ (?:United|City))|goalscorer for|plays (?:his|her) club football|club football|-a-week deal)\b",
        ),
        t(
            Topic::Chance,
            r"(?i)\b(?:hit the (?:post|bar|crossbar|woodwork|upright)|off the (?:post|bar|crossbar|woodwork|upright)|struck the (?:underside of the )?(?:post|bar|crossbar|woodwork|upright)|shots?(?: on (?:goal|target))?|chances?|went close|fired (?:wide|over)|blazed (?:wide|over)|flashed (?:wide|over)|narrowly wide|missed a sitter|should have scored|effort (?:on|at) goal|efforts?|attempts? on goal|possession)\b",
        ),
        t(
            Topic::Save,
            r"(?i)\b(?:(?:a|fine|great|stunning|superb|fingertip|double|point-blank) save|saved (?:from|by|well)|denied by|kept out|tipped (?:over|wide|onto)|clean sheet|past (?:the )?(?:\p{Lu}[\p{L}-]+ )?(?:keeper|goalkeeper))\b",
        ),
        t(
            Topic::Injury,
            r"(?i)\b(?:injur(?:y|ed|ies)|stretchered|hamstring|knee|ankle|groin|fitness|suspended|suspension|banned|ban\b|banished|doping|stimulants|ten men|10 men|nine men)\b",
        ),
        t(
            Topic::Ranking,
            r"(?i)\b(?:ranked|ranking|rankings|world No\.? ?\d+|No\.? ?1 in the world|top (?:\d+|ten|twenty|fifty) (?:in|of) the (?:FIFA )?world)\b",
        ),
        t(
            Topic::Captaincy,
            r"(?i)\b(?:captain|captained|skipper|armband|captaincy)\b",
        ),
        t(
            Topic::Coach,
            r"(?i)\b(?:sacked|appointed|ousted|replaced the|took (?:over|charge)|in charge|spell as|his first game in charge|interim (?:coach|manager|boss)|new (?:boss|coach|manager)|congratulated by (?:his|her) (?:manager|coach))\b",
        ),
        t(
            Topic::Money,
            r"(?i)(?:£|\$|€)\s?\d|\b(?:wages?|salary|prize money|fee|worth (?:£|\$|€))\b",
        ),
        t(
            Topic::Opinion,
            r"(?i)\b(?:favourites|favorites|unfancied|underdogs?|minnows|pre-tournament|dark horses|expected to|tipped to|widely regarded|considered|became known as|made history)\b",
        ),
        t(
            Topic::Other,
            r"(?i)\b(?:celebrat(?:ed|ing|ion)s?|protest(?:ed)?|scandal|disqualified|permanent possession|weather|rain|heat|temperature|kick-off time|kickoff time|Kick-off:|referee|whistle)\b",
        ),
    ]
});

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for seg in &r.discourse.segments {
        for (topic, re) in TOPICS.iter() {
            let hits = r.find(re, seg.span);
            let Some(m) = hits.first() else { continue };
            let span = r
                .doc
                .trim(seg.span, &[',', ';', ':', '-', '(', ')', '"', '\'']);
            out.push(r.frame(
                "topics",
                topic_rule(*topic),
                Kind::Other,
                span,
                m.span,
                Predicate::Unverifiable(*topic),
            ));
            break;
        }
    }
}

fn topic_rule(t: Topic) -> &'static str {
    match t {
        Topic::Assist => "assist",
        Topic::Attendance => "attendance",
        Topic::Var => "var",
        Topic::Club => "club",
        Topic::Chance => "chance",
        Topic::Save => "save",
        Topic::Injury => "injury",
        Topic::Ranking => "ranking",
        Topic::Captaincy => "captaincy",
        Topic::Coach => "coach",
        Topic::Money => "money",
        Topic::Opinion => "opinion",
        Topic::Other => "other",
    }
}

fn verify(f: &Frame, _ctx: &Context<'_>) -> Finding {
    let reason = match &f.predicate {
        Predicate::Unverifiable(t) => t.reason(),
        _ => "no dataset covers this",
    };
    Finding::unknown(reason, Tie::none("not a fact the data hold"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("topics", include_str!("corpus.txt"));
    }
}
