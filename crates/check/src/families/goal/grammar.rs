//! The grammar of goals: every statement that someone (or a side) scored in a match, with the
//! attributes the sentence gives — minute, penalty, own goal, count, order, the score after.
//!
//! A statement is found from one or more **triggers** in a sentence:
//!
//! - a goal verb with its subject: "Kane scored", "Lloyd netted", "X and Y scored", "Kramaric
//!   equalised", "pulled one back", "opened the scoring", "made it 4-0", "put them ahead",
//!   "gave the hosts the lead"; finishing verbs need a finish ("headed in", "tapped home",
//!   "bundled the ball over the line"), shooting verbs a target ("fired into the top corner",
//!   "drilled past the keeper");
//! - a goal noun with its scorer: a possessive ("Haller's goal", "Pogba's stunning strike"), a
//!   name before it ("a Mario Pasalic volley", "a late Afif penalty"), "by/from X" after it
//!   ("a double by Müller", "an own goal by Johnston", "goals from X and Y"), or the subject of
//!   the verb it is the object of ("Lloyd scored a hat trick", "curled a glorious third");
//! - "from the (penalty) spot" with the nearest person before it ("sealed by Modric from the
//!   penalty spot"), unless the sentence speaks of a miss or a chance;
//! - a bare ordinal after a goal verb ("netted his team's second", "net a fifth", "led them to
//!   a second");
//! - scorer lists: a name right before its minutes ("Morgan 12', 53'", "Kjaer (34th)");
//! - a bracketed score and minute closing a clause whose subject is a person ("Vlahovic allowed
//!   the Serbs to win (1-0, 68th)").
//!
//! Triggers of the same scorer in one clause make one statement ("Lloyd scored a hat trick").
//! Each statement owns the part of the sentence up to the next statement's clause (cut at the
//! coordinator before it: "Holiday scored in the 14th and two minutes later Lloyd made it
//! 4-0"), and takes its attributes from there, never from a relative clause or an aside about
//! something else ("X, who replaced Y just before the hour, added two more").
//!
//! "N minutes later" is counted from the last minute the text gave (a goal of this statement's
//! paragraph or the one before); seconds are kept as such (never recorded).

use crate::discourse::{Entity, Referent, SegmentKind};
use crate::doc::Span;
use crate::families::Reading;
use crate::frames::GoalOrder;
use crate::mentions::{
    numbers, Dim, Direction, MinuteKind, MinuteValue, ScoreKind, TimeUnit, Value,
};
use once_cell::sync::Lazy;
use regex::Regex;

/// A goal statement found in a sentence.
#[derive(Debug, Clone)]
pub struct Event {
    /// The rule that found it.
    pub rule: &'static str,
    /// The main trigger.
    pub trigger: Span,
    /// Every trigger merged into it.
    pub triggers: Vec<Span>,
    /// The scorers, in text order.
    pub scorers: Vec<Entity>,
    /// The side, when named as the agent or with "for X".
    pub team: Option<Entity>,
    /// Penalty words.
    pub penalty: Option<Span>,
    /// Own-goal words.
    pub own_goal: Option<Span>,
    /// How many goals.
    pub count: Option<(Span, u32)>,
    /// Which goal.
    pub order: Option<(Span, GoalOrder)>,
    /// Minutes, in text order.
    pub minutes: Vec<(Span, MinuteValue)>,
    /// "N minutes later": the reference minute, the words, the minutes counted.
    pub relative: Option<(Span, MinuteValue, u32)>,
    /// A time in seconds.
    pub seconds: Option<Span>,
    /// The goals lie N minutes apart (exactly / at most).
    pub apart: Option<(Span, u32, bool)>,
    /// The score after the goal.
    pub score_after: Option<(Span, (u32, u32))>,
    /// Found from a minute and a person only (may confirm, never refute).
    pub soft: bool,
    /// A scorer list ("Morgan 12', 53', Lavelle 20'"): one statement per name.
    pub list: bool,
    /// "each": a count applies to every scorer.
    pub each: bool,
    /// The scorer is read close to the trigger (the subject right before the verb, a
    /// possessive, "by X"): only then may the data refute the statement.
    pub firm: bool,
}

impl Event {
    fn new(rule: &'static str, trigger: Span, scorers: Vec<Entity>) -> Event {
        Event {
            rule,
            trigger,
            triggers: vec![trigger],
            scorers,
            team: None,
            penalty: None,
            own_goal: None,
            count: None,
            order: None,
            minutes: Vec::new(),
            relative: None,
            seconds: None,
            apart: None,
            score_after: None,
            soft: false,
            list: false,
            each: false,
            firm: true,
        }
    }

    /// A soft statement: a minute and a person named together, no goal word.
    pub fn soft(trigger: Span, person: Entity) -> Event {
        let mut e = Event::new("soft_minute", trigger, vec![person]);
        e.soft = true;
        e
    }

    /// Where the statement starts: its first scorer or trigger.
    pub fn start(&self) -> usize {
        self.scorers
            .iter()
            .map(|e| e.span.start())
            .chain(self.team.iter().map(|e| e.span.start()))
            .chain(self.triggers.iter().map(|t| t.start()))
            .min()
            .unwrap_or(self.trigger.start())
    }

    /// The scorers and triggers.
    pub fn core(&self) -> Span {
        let mut s = self.trigger;
        for t in &self.triggers {
            s = s.cover(*t);
        }
        for e in &self.scorers {
            s = s.cover(e.span);
        }
        s
    }
}

use crate::rx::must as re;

/// Goal verbs that need no completion.
static VERB: Lazy<Regex> = Lazy::new(|| {
    re(r"(?ix)\b(?P<v>
        scor(?:ed|es|ing)|score
      | nett(?:ed|ing)|nets|net
      | bagged|bagging|notched|notching|grabbed|grabbing|helped\s+(?:him|her)self\s+to
      | (?P<eq>equali[sz](?:ed|es|ing|e)|levell?(?:ed|ing)|levels|drew\s+(?:them\s+|the\s+\w+\s+)?level|pulled\s+(?:them\s+|the\s+\w+\s+)?level)
      | (?P<found>f(?:ound|inding|inds|ind)\s+the\s+(?:back\s+of\s+the\s+)?net|hit\s+the\s+back\s+of\s+the\s+net)
      | (?P<open>open(?:ed|ing|s)?\s+the\s+scoring|open(?:ed|ing|s)?\s+(?:his|her|their)\s+account|br(?:oke|eaking|eaks)\s+the\s+deadlock|dr(?:ew|awing)\s+first\s+blood|struck\s+first)
      | (?P<back>pull(?:ed|ing|s)?\s+(?:one|a\s+goal)\s+back|halved\s+the\s+deficit|reduced\s+the\s+deficit)
      | (?P<dbl>doubl(?:ed|ing|es)\s+(?:the|their|his\s+side's|her\s+side's|his\s+team's|her\s+team's|the\s+\w+')\s*(?:lead|advantage))
      | (?P<ext>(?:restor|extend)(?:ed|ing|s)\s+(?:the|their|his\s+side's|her\s+side's)\s+(?:[\w-]+\s+){0,2}(?:lead|advantage|cushion))
      | (?P<made>ma(?:de|king|kes|ke)\s+it\s+(?P<a>\d{1,2})\s*-\s*(?P<b>\d{1,2}))
      | (?P<ahead>(?:put|putting|puts)\s+(?:[\w.'\x{2019}-]+\s+){1,3}?(?:ahead|in\s+front)|(?:gave|giving|gives|give)\s+(?:[\w.'\x{2019}-]+\s+){1,3}?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?lead)
      | (?P<replied>repli(?:ed|es)|respond(?:ed|s)|hit\s+back)
      | (?P<struck>str(?:uck|ikes))
      | (?P<conv>convert(?:ed|ing|s))
      | (?P<add>add(?:ed|ing|s)?)
      | (?P<sent>sen(?:t|ds|ding)\s+\S+(?:\s+\S+){0,3}?\s+the\s+wrong\s+way)
    )\b")
});

/// Finishing verbs: a goal with "in", "home", "into", "past", "over the line".
static FINISH: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)\b(?P<v>head(?:ed|s|ing)?|nodd(?:ed|ing)|nods|tapp(?:ed|ing)|taps|turn(?:ed|ing|s)|bundl(?:ed|ing|es)|pok(?:ed|ing|es)|prodd(?:ed|ing)|prods|stabb(?:ed|ing)|stabs|volley(?:ed|ing|s)|side-?foot(?:ed|ing|s)|glanc(?:ed|ing|es)|steer(?:ed|ing|s)|swep(?:t)|sweeping|slott(?:ed|ing)|slots|tuck(?:ed|ing|s)|finish(?:ed|ing|es)|flick(?:ed|ing|s)|squeez(?:ed|ing|es)|chest(?:ed|s))\b
        (?P<tail>\s+(?:(?:the\s+ball|it|him|her)\s+)?(?:in\b|home\b|into\b|past\b|beyond\b|over\s+the\s+(?:goal-?\s*)?line|in\s+off\b))",
    )
});

/// Shooting verbs: a goal with a target ("into the top corner", "past the keeper", "home").
static SHOT: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)\b(?P<v>fir(?:ed|ing|es|e)|drill(?:ed|ing|s)|curl(?:ed|ing|s)|lash(?:ed|ing|es)|rifl(?:ed|ing|es)|smash(?:ed|ing|es)|thump(?:ed|ing|s)|chipp(?:ed|ing)|chips|dink(?:ed|ing|s)|lobb(?:ed|ing)|lobs|hammer(?:ed|ing|s)|blast(?:ed|ing|s)|buri(?:ed|es)|burying|whipp(?:ed|ing)|bent|bend(?:ing|s)|nudg(?:ed|ing|es)|loop(?:ed|ing|s)|plac(?:ed|ing|es)|roll(?:ed|ing|s)|guid(?:ed|ing|es)|strok(?:ed|ing|es)|plant(?:ed|ing|s)|power(?:ed|ing|s)?|slamm(?:ed|ing)|slams|dr(?:ove|iving|ives)|crash(?:ed|ing|es)|sweep|shot|thunder(?:ed|ing|s)|stroked|rocket(?:ed|ing|s)|blazed|spun|spin)\b
        (?P<tail>[^,;.]{0,60}?\b(?:home\b|into\s+(?:the\s+|an\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}(?:net|goal|corner|roof|back\s+of)|past\s+|beyond\s+|over\s+the\s+(?:goal-?\s*)?line|in\s+off\b|in\s+from\b|the\s+(?:opener|equali[sz]er|winner)\b))",
    )
});

/// Goal nouns.
static NOUN: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)\b(?P<n>own[-\s]goals?|goals?|strikes?|headers?|penalt(?:y|ies)|spot[-\s]kicks?|volleys?|finish|equali[sz]ers?|leveller|winner|opener|brace|double|hat[-\s]?tricks?|treble|tap-?in|consolation|lob|chip|overhead\s+kick|bicycle\s+kick|scissor[-\s]kick)\b",
    )
});

/// Penalty words in a goal statement.
static PENALTY: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)\b(?:penalt(?:y|ies)|spot[-\s]kicks?|from\s+the\s+(?:penalty\s+)?spot|from\s+(?:twelve|12)\s+yards|\(pen\.?\)|pen\.?\))",
    )
});

/// Own-goal words.
static OWN_GOAL: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)\b(?:own[-\s]goals?|into\s+(?:his|her|their)\s+own\s+(?:net|goal)|(?:past|beyond)\s+(?:his|her|their)\s+own\s+(?:goalkeeper|keeper)|o\.g\.?|\(og\))",
    )
});

/// An attempt, not a goal: "a chance to score", "tried to equalise".
static NOT_YET: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?:chances?|opportunit(?:y|ies)|tried|trying|try|attempt(?:ed|ing)?|bid|looking|looked|hoping|hoped|sought|seeking|wanted|want|needing|needed|need)\s+to\s*$",
    )
});

/// A goal that did not count.
static DISALLOWED: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)^[^.;]{0,80}?\b(?:offside|flag\s+went\s+up|flagged|ruled\s+out|disallowed|chalked\s+off|struck\s+off|cancelled\s+out\s+by\s+var|overturned|did\s+not\s+count|didn't\s+count|was\s+not\s+given|wasn't\s+given|(?:did\s+not|didn't|failed\s+to|refused\s+to)\s+(?:validate|award|allow|stand|give)|not\s+(?:validated|awarded|allowed)|never\s+(?:given|awarded|allowed))\b",
    )
});

/// Own goals written as an action: "glanced a free-kick into her own net", "turned the ball
/// past his own goalkeeper".
static OWN_GOAL_VERB: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\binto\s+(?:his|her|their)\s+own\s+(?:net|goal)\b|\b(?:past|beyond)\s+(?:his|her|their)\s+own\s+(?:goalkeeper|keeper)\b",
    )
});

/// "from the spot" as a trigger.
static SPOT: Lazy<Regex> =
    Lazy::new(|| re(r"(?i)\bfrom\s+the\s+(?:penalty\s+)?spot\b|\bfrom\s+(?:twelve|12)\s+yards\b"));

/// A bare ordinal after a goal verb: "netted his team's second", "net a fifth", "led them to a
/// second", "curled a glorious third".
static ORDINAL: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)\b(?P<verb>netted|net|nets|scored|scores|added|adding|add|adds|grabbed|bagged|curled|headed|fired|slotted|struck|drilled|volleyed|poked|tapped\s+in|notched|smashed|lashed|rifled|hit|got|led\s+(?:them|him|her|us)\s+to|to)\s+
        (?P<det>a|an|the|their|his|her|(?:his|her|their|the)\s+(?:team|side|country)'s|[A-Z][\w-]+'s)\s+(?:(?P<adj>[a-z][\w-]+)\s+)?
        (?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth)
        (?P<goal>\s+goal)?",
    )
});

/// What may follow a bare ordinal that is a goal ("a fifth.", "a second in the 32nd minute").
static ORDINAL_FOLLOW: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)^\s*(?:[,.;:)(-]|$|in\b|of\s+the\s+(?:game|match|night|evening|afternoon|day)\b|with\b|from\b|just\b|when\b|after\b|before\b|as\b|on\b|for\b|into\b|and\b|past\b|to\b|soon\b|shortly\b|moments\s+later|late\b|early\b|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+minutes?\s+(?:later|after))",
    )
});

/// "in the 14th" after a goal: a minute label without the word "minute".
static BARE_MINUTE: Lazy<Regex> =
    Lazy::new(|| re(r"(?i)\b(?:in|on)\s+the\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\b(?P<next>\s*[\w(]*)"));

/// Counts of goals written with a goal verb or noun.
static COUNT: Lazy<Regex> = Lazy::new(|| {
    re(r"(?ix)^\s*(?:(?:a|his|her)\s+)?(?:
        (?P<twice>twice)
      | (?P<thrice>three\s+times|thrice)
      | (?P<ntimes>\w+)\s+times
      | (?P<hat>(?:a\s+)?(?:hat[-\s]?trick|treble))
      | (?P<brace>(?:a\s+)?(?:brace|double|pair\s+of\s+goals|pair))
      | (?P<ngoals>\w+)\s+(?:more\s+)?goals
      | (?P<nmore>\w+)\s+more
    )\b")
});

/// A count before a plural goal noun: "a pair of goals", "two quick-fire goals".
static COUNT_BEFORE: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)(?:(?P<pair>a\s+(?:pair|brace)\s+of)|\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+(?:[\w-]+\s+){0,2}$",
    )
});

/// What kills a goal reading of a noun or verb nearby: misses, saves, chances, disallowed
/// goals, goals of a tally.
static MISS_AFTER: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)^[^.;]{0,40}?\b(?:was|were|got|had\s+been|being)\s+(?:saved|missed|blocked|held|parried|ruled\s+out|disallowed|chalked\s+off|cancelled|overturned|stopped|denied|thwarted|foiled|turned\s+away|kept\s+out|pushed\s+away|tipped)\b|^\s*(?:\w+\s+){0,2}?(?:saved|held|parried|stopped|blocked|kept\s+out|missed|thwarted|denied|foiled|repelled|clawed\s+away|palmed\s+away|tipped\s+over|turned\s+away)\s+by\b",
    )
});
/// A chance, not a goal: "a header from X sent straight at the keeper was their best chance".
static CHANCE_AFTER: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)^[^.;]{0,70}?\b(?:straight\s+at|went\s+wide|flew\s+wide|flew\s+over|went\s+over|sailed\s+over|over\s+the\s+(?:cross)?bar|hit\s+the\s+(?:post|bar|crossbar|woodwork|upright)|struck\s+the\s+(?:post|bar|crossbar|woodwork)|rattled\s+the|cleared\s+off\s+the\s+line|best\s+(?:chance|opportunity)|came\s+close|narrowly\s+wide|just\s+wide|was\s+blocked|was\s+saved|were\s+saved)\b",
    )
});
static MISS_NEAR: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)^\s*(?:\w+\s+){0,3}?(?:wide|over\s+the\s+bar|over\s+the\s+crossbar|against\s+the\s+(?:post|bar|crossbar|woodwork|upright)|off\s+the\s+(?:post|bar|crossbar|line|woodwork|upright)|onto\s+the\s+(?:post|bar|crossbar)|hit\s+the\s+(?:post|bar|crossbar|woodwork)|struck\s+the\s+(?:post|bar|crossbar|woodwork)|was\s+offside|for\s+offside|ruled\s+out|disallowed|saved|straight\s+at)\b",
    )
});
/// Verbs before a goal noun that deny it was scored.
static DENY_BEFORE: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)\b(?:miss(?:ed|es|ing)?|sav(?:e|ed|es|ing)|gift(?:ed|s|ing)?|handed|present(?:ed|s)?|block(?:ed|ing)?|conced(?:ed|es|ing)|won|win|wins|winning|earn(?:ed|ing|s)?|award(?:ed|ing)?|given|gave\s+away|giving\s+away|appeal(?:ed|ing)?\s+for|claim(?:ed|ing)?|denied|deny|ruled\s+out|disallowed|chalked\s+off|spurn(?:ed|ing)?|squander(?:ed|ing)?|wast(?:ed|ing)|fluff(?:ed|ing)?|skied|blazed|fail(?:ed|ing|s)?\s+to|without|no|chance|chances|attempt|attempts|looking\s+for|search(?:ing)?\s+for|hunt(?:ing)?\s+for|need(?:ed|s|ing)?|wait(?:ed|ing)?\s+for|had\s+(?:a|an|two|three)\s+(?:\w+\s+)?(?:goal|goals)\s+(?:ruled|disallowed)|stepped\s+up\s+to\s+take|to\s+take|took)\s+(?:[\w'\x{2019}.-]+\s+){0,4}$",
    )
});

/// Words that make a goal noun not a goal of this match: tallies, records, other nouns.
static NOT_EVENT_AFTER: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)^[\s-]*(?:lead|leads|advantage|cushion|deficit|margin|haul|swing|thriller|glut|spree|kicks?|line|lines|mouth|difference|average|scorers?|scoring|keeper|keepers|posts?|frame|machine|threat|tally|tallies|contributions?|celebration|drought|of\s+the\s+(?:tournament|season|year|month|competition)|area|box|shoot-?outs?|shootouts?|decider|kicks?|takers?|appeals?|claims?|shout|record|spot\b|-?bound|hangers?|hungry|glut|fest|lines?man|-?line)\b",
    )
});

/// A goal noun that counts several goals of a career or tournament rather than one match:
/// an ordinal or "career"/"international" before it ("his 12th career World Cup goal"), or a
/// span after it ("six goals in the tournament", "goal of the tournament").
static TALLY_BEFORE: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+|record|career|international|world\s+cup|competitive|senior|club)\s+(?:[\w-]+\s+){0,3}$",
    )
});
static TALLY_AFTER: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?ix)^\s*(?:(?:in|at|of|for|during|this|across|over)\s+(?:the\s+|this\s+|his\s+|her\s+|their\s+|a\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:tournament|competition|campaign|season|career|qualifying|qualifiers|finals|editions?|world\s+cups?|euros?|games|matches|appearances|caps|outings|starts|internationals)\b|for\s+(?:his|her)\s+(?:country|nation)|in\s+total|so\s+far|overall|all\s+told)",
    )
});

/// Coordinators that end one goal statement before the next.
static CUT: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)(?:,|;|\band\b|\bbut\b|\bbefore\b|\bafter\b|\bwhile\b|\bwhen\b|\bas\b|\bthen\b|\bwith\b|\s-\s)",
    )
});

/// Words after a person that make the person the goal's victim or the provider.
const PERSON_DESCRIPTORS: &[&str] = &[
    "teenager",
    "striker",
    "winger",
    "midfielder",
    "defender",
    "forward",
    "substitute",
    "captain",
    "veteran",
    "youngster",
    "talisman",
    "skipper",
    "centre-back",
    "full-back",
    "playmaker",
    "attacker",
    "star",
    "debutant",
    "replacement",
    "sub",
    "wing-back",
    "left-back",
    "right-back",
    "goalkeeper",
    "keeper",
];

/// Tokens that may sit between "by/from" and the scorer ("by Germany's Thomas Müller", "from
/// teenager Kylian Mbappé", "by 37-year-old talisman Modric").
fn descriptor_gap(gap: &str) -> bool {
    let g = gap.trim();
    if g.is_empty() {
        return true;
    }
    g.split_whitespace().count() <= 5
        && g.split_whitespace().all(|w| {
            let w = w.trim_end_matches(',').to_lowercase();
            PERSON_DESCRIPTORS.contains(&w.as_str())
                || w.ends_with("'s")
                || w.ends_with("\u{2019}s")
                || w.contains("year-old")
                || matches!(
                    w.as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "prolific"
                        | "young"
                        | "veteran"
                        | "in-form"
                        | "fellow"
                        | "former"
                        | "new"
                        | "his"
                        | "her"
                        | "their"
                )
                || w.chars().next().is_some_and(char::is_uppercase)
        })
}

/// A person (named or described) that is not part of a team's name or role ("the South
/// Americans" is no person "Americans").
fn is_person(r: &Reading<'_>, e: &Entity) -> bool {
    // "VAR-decided", "US": not a person's name.
    if let Referent::Person(p) = &e.referent {
        let n = p.name.as_str();
        let lower_after_hyphen = n.split('-').skip(1).any(|part| {
            part.chars().next().is_some_and(char::is_lowercase)
                && !matches!(
                    part.split(' ').next(),
                    Some("al" | "el" | "de" | "da" | "van" | "von")
                )
        });
        let caps = n.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && n.chars().all(|c| !c.is_lowercase());
        if lower_after_hyphen || caps {
            return false;
        }
    }
    // Overlapping team names lie in the same sentence: look only there (not the whole list,
    // which made long articles quadratic).
    let around = r.sentence_of(e.span).map(|s| s.span).unwrap_or(e.span);
    matches!(e.referent, Referent::Person(_) | Referent::Described { .. })
        && !r
            .discourse
            .entities_in(around)
            .any(|t| t.is_team() && t.span.overlaps(e.span))
}

fn same_referent(a: &Entity, b: &Entity) -> bool {
    a.referent == b.referent
}

/// The subject of a trigger (through [`Reading::roles`]), skipping words the person finder
/// took from a team's name ("the South Americans").
fn subject(r: &Reading<'_>, trig: Span) -> Option<Entity> {
    let si = r.discourse.segment_at(trig.start())?;
    // A person right before the verb is its subject, whatever governs it ("with Diakité
    // scoring in the 120th minute").
    if let Some(e) = r.discourse.last_ending_by(trig.start()) {
        let gap = r.doc.text_of(r.doc.span(e.span.end(), trig.start()));
        if gap.trim().is_empty() && is_person(r, e) && !e.possessive && !keeper_before(r, e) {
            return Some(e.clone());
        }
    }
    // "Rahn, the burly winger, levelled": the name before an aside that ends right before the
    // verb's clause.
    let seg = r.discourse.segments[si];
    let own_before = r
        .discourse
        .entities_in(seg.span)
        .any(|e| e.span.end() <= trig.start());
    if !own_before && si > 0 {
        let prev = r.discourse.segments[si - 1];
        if prev.sentence == seg.sentence
            && matches!(
                prev.kind,
                crate::discourse::SegmentKind::Parenthetical
                    | crate::discourse::SegmentKind::Relative
            )
        {
            let before_aside = r.discourse.last_ending_by(prev.span.start());
            if let Some(e) = before_aside {
                let gap = r.doc.text_of(r.doc.span(e.span.end(), prev.span.start()));
                if gap.trim().trim_matches(',').trim().is_empty()
                    && is_person(r, e)
                    && !e.possessive
                {
                    return Some(e.clone());
                }
            }
        }
    }
    let mut a = r.roles(trig).agent;
    if a.is_none() {
        // "Lloyd, voted player of the tournament, scored twice": the sentence's subject, when
        // it opens the sentence and the segments between are asides.
        let sent = r.sentence_of(trig)?.span;
        let first = r
            .discourse
            .entities_in(sent)
            .find(|e| e.span.end() <= trig.start())?;
        let lead = lower(r, r.doc.span(sent.start(), first.span.start()));
        let between = lower(r, r.doc.span(first.span.end(), trig.start()));
        let aside = between.trim_start().starts_with(',') && between.trim_end().ends_with(',');
        let lead = lead.trim();
        let short_lead =
            lead.is_empty() || (lead.ends_with(',') && lead.split_whitespace().count() <= 5);
        if short_lead && aside && !first.possessive {
            a = Some(first.clone());
        }
    }
    for _ in 0..4 {
        match &a {
            // Not a person of the text ("the South Americans"), a possessive ("Mbappe's pass
            // to fire in"), a keeper, the object of a verb ("sends Schneider the wrong way") or
            // coordinated with a governed one ("between Turek and Kohlmeyer"): the subject is
            // further back (a relative clause's antecedent).
            Some(e)
                if (matches!(e.referent, Referent::Person(_)) && !is_person(r, e))
                    || (e.possessive && e.via == crate::discourse::Via::Name)
                    || keeper_before(r, e)
                    || object_of_verb(r, e) =>
            {
                let back = coordinated_start(r, e);
                a = r.discourse.subject_before(r.doc, si, back);
            }
            _ => break,
        }
    }
    a
}

/// An entity right after a verb that takes people as objects ("sends Schneider", "beat
/// Pickford", "replaced Klose"), or coordinated after a preposition ("between Turek and
/// Kohlmeyer").
fn object_of_verb(r: &Reading<'_>, e: &Entity) -> bool {
    let before = lower(
        r,
        r.doc
            .span(e.span.start().saturating_sub(30), e.span.start()),
    );
    let words: Vec<&str> = before.split_whitespace().collect();
    let last = words.last().copied().unwrap_or("");
    if matches!(
        last,
        "sent"
            | "sends"
            | "sending"
            | "beat"
            | "beats"
            | "beating"
            | "rounded"
            | "rounds"
            | "rounding"
            | "wrong-footed"
            | "fooled"
            | "nutmegged"
            | "replaced"
            | "replacing"
            | "fouled"
            | "tripped"
            | "felled"
            | "denied"
            | "thwarted"
            | "found"
            | "fed"
            | "released"
            | "between"
            | "past"
            | "beyond"
    ) {
        return true;
    }
    // "between X and Y": Y is governed like X.
    if matches!(last, "and" | "&") {
        let prev = r
            .discourse
            .last_ending_by(e.span.start())
            .filter(|x| e.span.start() - x.span.end() < 8);
        if let Some(p) = prev {
            let b = lower(
                r,
                r.doc
                    .span(p.span.start().saturating_sub(14), p.span.start()),
            );
            return matches!(
                b.split_whitespace().last().unwrap_or(""),
                "between"
                    | "by"
                    | "to"
                    | "with"
                    | "for"
                    | "of"
                    | "against"
                    | "from"
                    | "past"
                    | "over"
                    | "than"
            );
        }
    }
    false
}

/// The start of a coordination an entity ends ("Toni Turek and Werner Kohlmeyer" for
/// Kohlmeyer), so that the subject is looked for before it.
fn coordinated_start(r: &Reading<'_>, e: &Entity) -> Span {
    let mut cur = e.span;
    loop {
        let prev = r
            .discourse
            .last_ending_by(cur.start())
            .filter(|x| cur.start() - x.span.end() < 8);
        let Some(p) = prev else { break };
        let gap = lower(r, r.doc.span(p.span.end(), cur.start()));
        if matches!(gap.trim(), "and" | "," | "&") {
            cur = p.span;
        } else {
            break;
        }
    }
    cur
}

/// True when a subject stands close enough before its trigger to be sure of it: at most eight
/// words between, no clause boundary, an aside between commas skipped ("Schurrle, who
/// replaced Klose just before the hour, added two more").
fn firm(r: &Reading<'_>, agent: &Entity, trig: Span) -> bool {
    if agent.span.end() > trig.start() {
        return true;
    }
    let gap = r.doc.span(agent.span.end(), trig.start());
    let text = lower(r, gap);
    let counted = if text.trim_start().starts_with(',') {
        text.rsplit_once(',')
            .map(|x| x.1.to_string())
            .unwrap_or_default()
    } else {
        text
    };
    let words: Vec<&str> = counted.split_whitespace().collect();
    words.len() <= 8
        && !counted.contains(';')
        && !counted.contains(',')
        && !words.iter().any(|w| {
            matches!(
                *w,
                "and"
                    | "but"
                    | "when"
                    | "while"
                    | "as"
                    | "after"
                    | "before"
                    | "then"
                    | "who"
                    | "which"
                    | "whose"
                    | "because"
                    | "although"
                    | "though"
            )
        })
}

/// The first person of a clause before a trigger, not governed by a preposition, not a
/// possessive, not a keeper.
fn person_before(r: &Reading<'_>, seg: Span, trig: Span) -> Option<Entity> {
    r.discourse
        .entities_in(seg)
        .filter(|e| {
            e.span.end() <= trig.start() && is_person(r, e) && !e.possessive && !keeper_before(r, e)
        })
        .find(|e| {
            let before = lower(r, r.doc.span(seg.start(), e.span.start()));
            !matches!(
                before.split_whitespace().last().unwrap_or(""),
                "by" | "to"
                    | "with"
                    | "for"
                    | "of"
                    | "against"
                    | "from"
                    | "past"
                    | "beyond"
                    | "over"
                    | "on"
                    | "at"
                    | "than"
                    | "after"
                    | "before"
            )
        })
        .cloned()
}

/// "goalkeeper Ederson", "keeper Lloris": a keeper is beaten, not the scorer.
fn keeper_before(r: &Reading<'_>, e: &Entity) -> bool {
    let before = lower(
        r,
        r.doc
            .span(e.span.start().saturating_sub(14), e.span.start()),
    );
    let w = before.split_whitespace().last().unwrap_or("");
    matches!(w, "goalkeeper" | "keeper" | "goalie" | "custodian")
}

/// The text of a span, normalised and lower-cased.
fn lower(r: &Reading<'_>, s: Span) -> String {
    r.doc.norm_of(s).0.to_lowercase()
}

/// The persons coordinated with `e` before it ("Saleh Al-Shehri and Salem Al-Dawsari
/// scored"): walking back over ", " and " and ".
fn coordinated_before(r: &Reading<'_>, e: &Entity, within: Span) -> Vec<Entity> {
    let mut out = vec![e.clone()];
    let ents: Vec<&Entity> = r
        .discourse
        .entities_in(within)
        .filter(|x| is_person(r, x) && x.span.end() <= e.span.start())
        .collect();
    let mut cur = e.span;
    for x in ents.iter().rev() {
        let gap = lower(r, r.doc.span(x.span.end(), cur.start()));
        let g = gap.trim();
        let g = g.trim_start_matches(['\'', 's']).trim();
        // Not a person governed by a preposition or a keeper ("fouled by goalkeeper X and Y
        // thumped home the penalty": X is no scorer).
        let before_x = lower(
            r,
            r.doc
                .span(x.span.start().saturating_sub(16), x.span.start()),
        );
        let governed = matches!(
            before_x.split_whitespace().last().unwrap_or(""),
            "by" | "to"
                | "with"
                | "for"
                | "of"
                | "against"
                | "from"
                | "past"
                | "beyond"
                | "over"
                | "on"
                | "at"
                | "than"
        ) || keeper_before(r, x);
        if governed {
            break;
        }
        let joined = matches!(g, "and" | "," | ", and" | "&" | "as well as")
            || (descriptor_gap(g.trim_start_matches("and").trim_start_matches(','))
                && (g.starts_with("and ") || g.starts_with(", ")));
        if !joined || x.possessive {
            break;
        }
        out.insert(0, (*x).clone());
        cur = x.span;
    }
    out
}

/// The persons coordinated with `e` after it ("by Paul Pogba and teenager Kylian Mbappé").
fn coordinated_after(r: &Reading<'_>, e: &Entity, within: Span) -> Vec<Entity> {
    let mut out = vec![e.clone()];
    let ents: Vec<&Entity> = r
        .discourse
        .entities_in(within)
        .filter(|x| is_person(r, x) && x.span.start() >= e.span.end())
        .collect();
    let mut cur = e.span;
    for x in ents {
        let gap = lower(r, r.doc.span(cur.end(), x.span.start()));
        let g = gap.trim();
        let rest = g
            .strip_prefix("and")
            .or_else(|| g.strip_prefix(","))
            .or_else(|| g.strip_prefix("&"));
        let Some(rest) = rest else { break };
        let rest = rest.trim_start_matches(" and").trim();
        // Descriptors only, no new noun phrase (", an Antoine Griezmann penalty").
        let determiner = rest
            .split_whitespace()
            .any(|w| matches!(w, "a" | "an" | "the"));
        if !descriptor_gap(rest) || determiner {
            break;
        }
        out.push(x.clone());
        cur = x.span;
    }
    out
}

/// The scorer named with "by/from/through/via/thanks to/courtesy of X" right after `at`.
fn agent_after(r: &Reading<'_>, at: Span, within: Span, preps: &[&str]) -> Vec<Entity> {
    let after = r.doc.span(at.end(), within.end());
    for e in r.discourse.entities_in(after) {
        if e.possessive && is_person(r, e) {
            // "either side of Ellen White's equaliser": the possessor of another noun.
            return Vec::new();
        }
        if !is_person(r, e) {
            // "by Germany's Thomas Müller": a team possessive is part of the description.
            if e.is_team() && e.possessive {
                continue;
            }
            if e.is_team() {
                continue;
            }
        }
        if !is_person(r, e) {
            continue;
        }
        let gap = lower(r, r.doc.span(at.end(), e.span.start()));
        let words: Vec<&str> = gap.split_whitespace().collect();
        // The preposition, then descriptors only.
        let Some(k) = words.iter().position(|w| preps.contains(w)) else {
            return Vec::new();
        };
        if k > 6 {
            return Vec::new();
        }
        // Nothing that looks like a clause or another noun's phrase between the trigger and
        // the preposition ("a header off a corner kick from X": X took the corner).
        let other_noun = words[..k].iter().any(|w| {
            matches!(
                w.trim_end_matches(','),
                "off"
                    | "after"
                    | "following"
                    | "on"
                    | "with"
                    | "to"
                    | "onto"
                    | "into"
                    | "corner"
                    | "cross"
                    | "pass"
                    | "kick"
                    | "free-kick"
                    | "ball"
                    | "assist"
                    | "delivery"
                    | "centre"
                    | "center"
                    | "through"
                    | "set-up"
                    | "lay-off"
                    | "flick"
            )
        });
        if other_noun {
            return Vec::new();
        }
        if words[..k].iter().any(|w| {
            w.ends_with(',')
                || matches!(*w, "was" | "were" | "is" | "had" | "which" | "who" | "that")
        }) {
            return Vec::new();
        }
        let rest = words[k + 1..].join(" ");
        if !descriptor_gap(&rest) {
            return Vec::new();
        }
        return coordinated_after(r, e, within);
    }
    Vec::new()
}

/// The possessor of a noun: "Haller's goal", "Pogba's stunning curling strike", "his header".
fn possessor(r: &Reading<'_>, noun: Span, within: Span) -> Option<Entity> {
    let e = r
        .discourse
        .entities_in(within)
        .filter(|e| e.possessive && e.span.end() <= noun.start())
        .last()?;
    let gap = lower(r, r.doc.span(e.span.end(), noun.start()));
    let gap = gap
        .trim_start_matches("'s")
        .trim_start_matches("\u{2019}s")
        .trim_start_matches('\'')
        .trim();
    let ok = gap.split_whitespace().count() <= 4
        && !gap.contains(',')
        && gap.split_whitespace().all(|w| {
            !matches!(
                w,
                "was"
                    | "were"
                    | "is"
                    | "had"
                    | "has"
                    | "and"
                    | "but"
                    | "to"
                    | "from"
                    | "by"
                    | "of"
                    | "with"
                    | "for"
                    | "after"
                    | "before"
            )
        });
    (ok && (is_person(r, e) || e.is_team())).then(|| e.clone())
}

/// A name right before the noun: "a Mario Pasalic volley", "a late Akram Afif penalty".
fn premodifier(r: &Reading<'_>, noun: Span, within: Span) -> Option<Entity> {
    let e = r
        .discourse
        .entities_in(within)
        .filter(|e| e.span.end() <= noun.start())
        .last()?;
    if !is_person(r, e) || e.possessive {
        return None;
    }
    let gap = r.doc.text_of(r.doc.span(e.span.end(), noun.start()));
    if !gap.trim().is_empty() {
        return None;
    }
    // A determiner (and adjectives) before the name: "a (late) X penalty".
    let before = lower(r, r.doc.span(within.start(), e.span.start()));
    let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    words
        .iter()
        .any(|w| matches!(*w, "a" | "an" | "the" | "another"))
        .then(|| e.clone())
}

/// Reads every goal statement of the article, in text order.
pub fn events(r: &Reading<'_>) -> Vec<(usize, Event)> {
    let mut out: Vec<(usize, Event)> = Vec::new();
    let mut last_minute: Option<(usize, MinuteValue)> = None; // (paragraph, minute)
    for (si, s) in r.sentences().iter().enumerate() {
        let mut evs = sentence_events(r, s.span);
        // Relative minutes: counted from the last minute the text gave, in text order.
        let mut written: Vec<(usize, MinuteValue)> = r
            .mentions_of(s.span, Dim::Minute)
            .into_iter()
            .filter_map(|m| match &m.value {
                Value::Minute(v) if v.kind == MinuteKind::At && v.from == v.to => {
                    Some((m.span.start(), *v))
                }
                _ => None,
            })
            .collect();
        for ev in evs.iter_mut() {
            if let Some((span, _, n)) = ev.relative {
                let here = span.start();
                let reference = written
                    .iter()
                    .filter(|(at, _)| *at < here)
                    .max_by_key(|(at, _)| *at)
                    .map(|(_, m)| *m)
                    .or(last_minute
                        .filter(|(p, _)| p + 1 >= s.paragraph)
                        .map(|(_, m)| m));
                match reference {
                    Some(m) => {
                        ev.relative = Some((span, m, n));
                        // The reference's labels (a range for "ten minutes from time").
                        let (from, to) = match m.kind {
                            MinuteKind::At if m.from == m.to => {
                                let b = m.base + m.stoppage.unwrap_or(0);
                                (b, b)
                            }
                            _ => (m.from, m.to),
                        };
                        let n = n as u16;
                        ev.minutes.push((
                            span,
                            MinuteValue {
                                base: from + n,
                                stoppage: None,
                                kind: MinuteKind::At,
                                from: from + n,
                                to: to + n,
                            },
                        ));
                        written.push((here, ev.minutes.last().map(|x| x.1).unwrap_or(m)));
                    }
                    None => ev.relative = None,
                }
            }
            for (sp, m) in &ev.minutes {
                if matches!(m.kind, MinuteKind::At | MinuteKind::FromEnd)
                    && !written.iter().any(|w| w.0 == sp.start())
                {
                    written.push((sp.start(), *m));
                }
            }
        }
        written.sort_by_key(|w| w.0);
        if let Some((_, m)) = written.last() {
            last_minute = Some((s.paragraph, *m));
        }
        out.extend(evs.into_iter().map(|e| (si, e)));
    }
    out
}

/// A candidate trigger before merging.
struct Cand {
    ev: Event,
    /// A noun or spot trigger whose scorer came from the clause's subject (may merge into a
    /// verb statement of the same subject).
    from_subject: bool,
}

fn sentence_events(r: &Reading<'_>, sentence: Span) -> Vec<Event> {
    let text = lower(r, sentence);
    let mut cands: Vec<Cand> = Vec::new();
    // Shoot-out sentences belong to the shoot-out family.
    let shootout = text.contains("shoot-out")
        || text.contains("shootout")
        || text.contains("shoot out")
        || text.contains("spot-kicks")
        || text.contains("on penalties")
        || text.contains("penalties and")
        || text.contains("went to penalties");
    verbs(r, sentence, &mut cands);
    nouns(r, sentence, &mut cands);
    spots(r, sentence, shootout, &mut cands);
    ordinals(r, sentence, &mut cands);
    lists(r, sentence, &mut cands);
    cands.sort_by_key(|c| c.ev.trigger.start());
    // Merge triggers of the same scorer in one segment.
    let mut evs: Vec<Event> = Vec::new();
    for c in cands {
        if evs
            .iter()
            .any(|e| e.triggers.iter().any(|t| t.overlaps(c.ev.trigger)))
        {
            continue;
        }
        let seg = r.segment_span(c.ev.trigger);
        let spot_host = c.ev.rule == "spot" && {
            let seg = r.segment_span(c.ev.trigger);
            evs.iter().any(|e| seg.contains_pos(e.trigger.start()))
        };
        if spot_host {
            let seg = r.segment_span(c.ev.trigger);
            if let Some(h) = evs
                .iter_mut()
                .rev()
                .find(|e| seg.contains_pos(e.trigger.start()))
            {
                h.penalty = h.penalty.or(c.ev.penalty);
                h.triggers.push(c.ev.trigger);
                continue;
            }
        }
        // A participle clause continuing a statement of the same scorer is the same goal
        // ("Kane doubled the lead ten minutes later, stooping to head in a cross").
        let participle_of = |e: &Event| {
            let Some(k) = r.discourse.segment_at(c.ev.trigger.start()) else {
                return false;
            };
            let sg = r.discourse.segments[k];
            sg.kind == SegmentKind::Participle
                && sg
                    .host
                    .is_some_and(|h| r.discourse.segments[h].span.contains_pos(e.trigger.start()))
                && match (e.scorers.first(), c.ev.scorers.first()) {
                    (Some(a), Some(b)) => same_referent(a, b),
                    _ => false,
                }
        };
        if let Some(h) = evs.iter_mut().rev().find(|e| participle_of(e)) {
            merge(h, c.ev);
            continue;
        }
        // "X scored … to put them ahead": an infinitive of the same scorer is the same goal.
        let infinitive = lower(
            r,
            r.doc
                .span(c.ev.trigger.start().saturating_sub(4), c.ev.trigger.start()),
        )
        .trim_end()
        .ends_with("to");
        let host = evs.iter_mut().rev().find(|e| {
            let same = match (e.scorers.first(), c.ev.scorers.first()) {
                (Some(a), Some(b)) => same_referent(a, b),
                (None, None) => match (&e.team, &c.ev.team) {
                    (Some(a), Some(b)) => same_referent(a, b),
                    _ => false,
                },
                (Some(_), None) | (None, Some(_)) => c.ev.scorers.is_empty() && c.from_subject,
            };
            let same_seg = seg.contains_pos(e.trigger.start()) || r.segment_span(e.trigger) == seg;
            let near = same_seg || c.ev.trigger.start().saturating_sub(e.trigger.end()) < 80;
            // Two verbs of one scorer are two goals ("converted a penalty … and a minute later
            // he volleyed in the equaliser"), unless the second is an infinitive of the first;
            // a noun, a spot or an ordinal completes a statement of its scorer.
            let noun_like =
                |ev: &Event| ev.rule.starts_with("noun") || matches!(ev.rule, "spot" | "ordinal");
            let completes = c.from_subject
                || (same_seg && (noun_like(&c.ev) || noun_like(e)))
                || (infinitive && same_seg);
            same && near && !e.list && !c.ev.list && completes
        });
        match host {
            Some(h) => merge(h, c.ev),
            None => {
                if c.ev.scorers.is_empty() && c.ev.team.is_none() {
                    continue;
                }
                evs.push(c.ev)
            }
        }
    }
    // Statements with no scorer and no side say nothing checkable; a side known only through
    // a pronoun is too unsure to stand alone.
    evs.retain(|e| {
        !e.scorers.is_empty()
            || e.team
                .as_ref()
                .is_some_and(|t| t.via != crate::discourse::Via::Pronoun)
    });
    evs.sort_by_key(|e| e.start());
    // Regions and attributes.
    let n = evs.len();
    let starts: Vec<usize> = evs.iter().map(|e| e.start()).collect();
    let mut bounds: Vec<(usize, usize)> = Vec::with_capacity(n);
    for i in 0..n {
        let from = if i == 0 {
            sentence.start()
        } else {
            bounds[i - 1].1
        };
        let to = if i + 1 < n {
            // Cut at the last coordinator between this statement's core and the next one.
            let core_end = evs[i].core().end().max(from);
            let next = starts[i + 1].max(core_end);
            let gap = r.doc.span(core_end, next);
            let cut = r
                .find(&CUT, gap)
                .last()
                .map(|m| m.span.start())
                .unwrap_or(next);
            cut.max(core_end)
        } else {
            sentence.end()
        };
        bounds.push((from, to));
    }
    for (ev, (a, b)) in evs.iter_mut().zip(bounds) {
        // The statement ends where a new clause with a subject of its own begins ("… as the
        // U.S. led 2-0 by the fifth minute", "… when a long goal kick drifted").
        let core_end = ev.core().end().min(b);
        let tail = r.doc.span(core_end, b);
        let mut end = b;
        for m in r.find(&CUT, tail) {
            // Not inside a bracket ("(1-0, 17th)").
            let upto = r.doc.text_of(r.doc.span(core_end, m.span.start()));
            if upto.matches('(').count() > upto.matches(')').count() {
                continue;
            }
            let next = r.doc.span(m.span.end(), (m.span.end() + 45).min(b));
            let first_words = r
                .doc
                .tokens_in(next)
                .iter()
                .filter(|t| t.kind == crate::doc::TokenKind::Word)
                .take(5)
                .map(|t| t.span)
                .collect::<Vec<_>>();
            let Some(last) = first_words.last() else {
                continue;
            };
            let window = r.doc.span(next.start(), last.end());
            let other = r.discourse.entities_in(window).any(|e| {
                !ev.scorers.iter().any(|s| same_referent(s, e))
                    && ev.team.as_ref().is_none_or(|t| !same_referent(t, e))
            });
            if other {
                end = m.span.start();
                break;
            }
        }
        attributes(r, sentence, ev, r.doc.span(a, end.max(core_end)));
    }
    evs
}

fn merge(h: &mut Event, c: Event) {
    h.firm = h.firm || (c.firm && !c.scorers.is_empty());
    h.triggers.extend(c.triggers);
    h.penalty = h.penalty.or(c.penalty);
    h.own_goal = h.own_goal.or(c.own_goal);
    h.count = h.count.or(c.count);
    h.order = h.order.or(c.order);
    h.score_after = h.score_after.or(c.score_after);
    if h.team.is_none() {
        h.team = c.team;
    }
    if h.scorers.is_empty() {
        h.scorers = c.scorers;
    }
}

/// A goal verb found: its span, the rule, the order it states, the score it gives.
type VerbHit = (Span, &'static str, Option<GoalOrder>, Option<(u32, u32)>);

/// The verbs of goals with their subjects.
fn verbs(r: &Reading<'_>, sentence: Span, out: &mut Vec<Cand>) {
    let mut found: Vec<VerbHit> = Vec::new();
    for m in r.find(&VERB, sentence) {
        let g = |n: &str| m.group(n).is_some();
        let v = lower(r, m.group("v").unwrap_or(m.span));
        let tail = lower(
            r,
            r.doc
                .span(m.span.end(), (m.span.end() + 40).min(sentence.end())),
        );
        let before = lower(
            r,
            r.doc.span(
                sentence.start().max(m.span.start().saturating_sub(12)),
                m.span.start(),
            ),
        );
        let prev_word = before.split_whitespace().last().unwrap_or("").to_string();
        // "net" as a verb only after a name, a pronoun or an auxiliary ("Khedira net a fifth",
        // "to net", "would net"); "into her own net" is the noun.
        if v == "net" || v == "nets" {
            let prev_raw = r
                .doc
                .tokens_in(r.doc.span(sentence.start(), m.span.start()))
                .last()
                .map(|t| (t.capitalised(r.doc), t.norm.clone()));
            let ok = prev_raw.is_some_and(|(cap, w)| {
                cap || matches!(
                    w.as_str(),
                    "to" | "would"
                        | "will"
                        | "could"
                        | "did"
                        | "then"
                        | "finally"
                        | "also"
                        | "he"
                        | "she"
                        | "they"
                        | "later"
                        | "again"
                )
            });
            if !ok {
                continue;
            }
        }
        // "score" as a noun.
        if (v == "score" || v == "net" || v == "nets")
            && matches!(
                prev_word.as_str(),
                "the"
                    | "a"
                    | "final"
                    | "half-time"
                    | "halftime"
                    | "into"
                    | "in"
                    | "of"
                    | "back"
                    | "side"
                    | "their"
                    | "his"
                    | "her"
                    | "its"
                    | "empty"
                    | "level"
                    | "to"
            )
            && !(v == "score" && prev_word == "to")
        {
            continue;
        }
        if v == "score"
            && (tail.starts_with("line") || tail.starts_with("board") || tail.starts_with("sheet"))
        {
            continue;
        }
        if (v.starts_with("scor") || v == "score")
            && (tail.starts_with(" a penalty") || tail.starts_with(" the penalty"))
        {
            // kept: a penalty scored
        }
        // "struck" needs a goal reading: not the woodwork, not "struck by", not "struck a deal".
        if g("struck") {
            let t = tail.trim_start();
            if t.starts_with("the post")
                || t.starts_with("the bar")
                || t.starts_with("the crossbar")
                || t.starts_with("the woodwork")
                || t.starts_with("the upright")
                || t.starts_with("by")
                || t.starts_with("a deal")
                || t.starts_with("a chord")
                || t.starts_with("off")
                || t.starts_with("the underside")
                || t.starts_with("a shot")
                || t.starts_with("a ball")
                || t.contains("struck the")
            {
                continue;
            }
        }
        if g("replied") {
            let t = tail.trim_start();
            if !(t.starts_with("for ")
                || t.starts_with("with a")
                || t.starts_with("through")
                || t.starts_with("via")
                || t.starts_with("in the")
                || t.starts_with("almost immediately")
                || t.starts_with("immediately"))
            {
                continue;
            }
        }
        if g("conv") {
            let t = tail.trim_start();
            if !(t.starts_with("a penalty")
                || t.starts_with("the penalty")
                || t.starts_with("from the")
                || t.starts_with("his penalty")
                || t.starts_with("her penalty")
                || t.starts_with("a spot")
                || t.starts_with("the spot")
                || t.starts_with("two penalties")
                || t.starts_with("a late penalty")
                || t.starts_with("a rebound")
                || t.starts_with("the rebound")
                || t.starts_with("a cross")
                || t.starts_with("a pass")
                || t.contains("penalty"))
            {
                continue;
            }
        }
        if g("add") {
            let t = tail.trim_start();
            let goalish = [
                "another",
                "two more",
                "three more",
                "a second",
                "a third",
                "a fourth",
                "a fifth",
                "a sixth",
                "a seventh",
                "a goal",
                "a brace",
                "a pair",
                "his second",
                "her second",
                "his third",
                "her third",
                "a late",
                "a fine",
                "a stunning",
                "a superb",
                "a header",
                "a penalty",
                "a further",
                "two",
                "three",
                "four",
            ];
            if !goalish.iter().any(|w| t.starts_with(w))
                || t.starts_with("two points")
                || t.starts_with("three points")
                || t.starts_with("a second title")
                || t.starts_with("a third title")
                || t.starts_with("a second star")
                || t.starts_with("a third star")
            {
                continue;
            }
        }
        if g("eq")
            && (tail.trim_start().starts_with("on points")
                || tail.trim_start().starts_with("the record")
                || tail.trim_start().starts_with("his record")
                || tail.trim_start().starts_with("the tally"))
        {
            continue;
        }
        let order = if g("open") {
            Some(GoalOrder::Opener)
        } else if g("eq") {
            Some(GoalOrder::Equaliser)
        } else if g("back") {
            Some(GoalOrder::PulledBack)
        } else if g("dbl") {
            Some(GoalOrder::Doubled)
        } else if g("ext") {
            Some(GoalOrder::Extended)
        } else if g("ahead") {
            Some(GoalOrder::Lead)
        } else {
            None
        };
        let score = if g("made") {
            let a = m.group("a").and_then(|s| lower(r, s).parse().ok());
            let b = m.group("b").and_then(|s| lower(r, s).parse().ok());
            a.zip(b)
        } else {
            None
        };
        let rule = if g("made") { "made_it" } else { "verb" };
        found.push((m.group("v").unwrap_or(m.span), rule, order, score));
    }
    for m in r.find(&FINISH, sentence) {
        let tail = lower(
            r,
            r.doc
                .span(m.span.end(), (m.span.end() + 40).min(sentence.end())),
        );
        let v = lower(r, m.group("v").unwrap_or(m.span));
        // "headed in a cross" is a goal; "fired in a cross" is a delivery (not in this list).
        // "turned in" needs an object that is a ball: "turned in a cross", "turned in X's cross".
        if v.starts_with("turn")
            && !(tail.trim_start().starts_with("a ")
                || tail.trim_start().starts_with("the ")
                || tail.contains("cross")
                || tail.trim_start().is_empty())
        {
            continue;
        }
        if MISS_NEAR.is_match(&tail) {
            continue;
        }
        found.push((m.span, "finish", None, None));
    }
    for m in r.find(&SHOT, sentence) {
        let t = lower(r, m.group("tail").unwrap_or(m.span));
        if MISS_NEAR.is_match(&t)
            || t.contains("wide")
            || t.contains("over the bar")
            || t.contains("saved")
            || t.contains("post") && !t.contains("past")
        {
            continue;
        }
        let v = m.group("v").unwrap_or(m.span);
        let order = if t.contains("the opener") {
            Some(GoalOrder::Opener)
        } else if t.contains("the equaliser") || t.contains("the equalizer") {
            Some(GoalOrder::Equaliser)
        } else if t.contains("the winner") {
            Some(GoalOrder::Winner)
        } else {
            None
        };
        found.push((v.cover(m.group("tail").unwrap_or(v)), "shot", order, None));
    }
    for m in r.find(&OWN_GOAL_VERB, sentence) {
        found.push((m.span, "own_goal", None, None));
    }
    for (trig, rule, order, score) in found {
        if out.iter().any(|c| c.ev.trigger.overlaps(trig)) {
            continue;
        }
        // "… hit the back of the net but was offside": no goal.
        let rest = lower(r, r.doc.span(trig.end(), sentence.end()));
        if DISALLOWED.is_match(&rest) {
            continue;
        }
        // "struck his penalty against the post", "fired straight at the keeper".
        let seg_rest = lower(r, r.doc.span(trig.end(), r.segment_span(trig).end()));
        if CHANCE_AFTER.is_match(&seg_rest) || MISS_NEAR.is_match(&seg_rest) {
            continue;
        }
        // "had an early chance to score", "tried to score": no goal said.
        let lead_in = lower(r, r.doc.span(trig.start().saturating_sub(24), trig.start()));
        if NOT_YET.is_match(&lead_in) {
            continue;
        }
        if r.roles(trig).passive {
            continue;
        }
        let seg = r.segment_span(trig);
        let Some(agent) = subject(r, trig) else {
            continue;
        };
        // The agent must be in this segment or its host (not the object of another clause).
        let mut ev = if is_person(r, &agent) {
            let scorers = coordinated_before(r, &agent, sentence);
            let mut ev = Event::new(rule, trig, scorers);
            ev.firm = firm(r, &agent, trig);
            ev
        } else if agent.is_team() && person_before(r, seg, trig).is_some() {
            // "Zubimendi took advantage of some sleepy Portugal defence to put Spain in front":
            // the person is the subject, the side a modifier.
            let p = person_before(r, seg, trig).unwrap_or_else(|| agent.clone());
            let mut ev = Event::new(rule, trig, vec![p.clone()]);
            ev.firm = firm(r, &p, trig);
            ev
        } else if agent.is_team() {
            // A side as the subject: the scorer comes with "through/via/thanks to X".
            let scorers = agent_after(r, trig, seg, &["through", "via", "courtesy", "thanks"]);
            let mut ev = Event::new(rule, trig, scorers);
            ev.team = Some(agent.clone());
            ev
        } else {
            continue;
        };
        // "for Croatia".
        if ev.team.is_none() {
            let after = r.doc.span(trig.end(), seg.end());
            if let Some(t) = r.discourse.entities_in(after).find(|e| e.is_team()) {
                let gap = lower(r, r.doc.span(trig.end(), t.span.start()));
                if gap.trim().ends_with("for") && gap.split_whitespace().count() <= 5 {
                    ev.team = Some(t.clone());
                }
            }
        }
        if let Some(o) = order {
            ev.order = Some((trig, o));
        }
        if let Some(s) = score {
            ev.score_after = Some((trig, s));
        }
        if rule == "own_goal" {
            ev.own_goal = Some(trig);
        }
        // "gave the hosts the lead", "put them ahead": the side is the object.
        if matches!(order, Some(GoalOrder::Lead)) && ev.team.is_none() {
            if let Some(t) = r.discourse.entities_in(trig).find(|e| e.is_team()) {
                ev.team = Some(t.clone());
            }
        }
        out.push(Cand {
            ev,
            from_subject: false,
        });
    }
}

/// A number written as a word or in digits ("three", "12").
fn count_word(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty()
        || matches!(
            w,
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "thirteen"
                | "fourteen"
                | "fifteen"
                | "sixteen"
        )
}

/// Goal nouns with their scorers.
fn nouns(r: &Reading<'_>, sentence: Span, out: &mut Vec<Cand>) {
    for m in r.find(&NOUN, sentence) {
        let noun = m.group("n").unwrap_or(m.span);
        let word = lower(r, noun);
        let seg = r.segment_span(noun);
        let after = lower(
            r,
            r.doc
                .span(noun.end(), (noun.end() + 60).min(sentence.end())),
        );
        let before = lower(r, r.doc.span(seg.start(), noun.start()));
        if NOT_EVENT_AFTER.is_match(&after) {
            continue;
        }
        let prev: Vec<&str> = before.split_whitespace().rev().take(3).collect();
        let p0 = prev.first().copied().unwrap_or("");
        // Goals in the wrong sense.
        if matches!(p0, "on" | "at" | "in" | "towards" | "toward") && word.starts_with("goal") {
            continue; // "shot on goal", "in goal"
        }
        let p1 = prev.get(1).copied().unwrap_or("");
        if p0 == "the"
            && matches!(p1, "on" | "at" | "towards" | "toward")
            && word.starts_with("goal")
        {
            continue; // "shot at the goal", "a header towards the goal"
        }
        if p1 == "on" && word.starts_with("goal") && count_word(p0) {
            continue; // a tally: "ended it level on three goals", "stays on four goals"
        }
        if word == "winner"
            && (after.trim_start().starts_with("of")
                || matches!(p0, "award" | "cup" | "tournament" | "group"))
        {
            continue;
        }
        if (word == "double" || word == "finish" || word == "chip" || word == "lob")
            && !matches!(
                p0,
                "a" | "the"
                    | "his"
                    | "her"
                    | "late"
                    | "fine"
                    | "clinical"
                    | "composed"
                    | "cool"
                    | "neat"
                    | "deft"
                    | "delightful"
                    | "sublime"
                    | "first-time"
                    | "low"
                    | "hooked"
                    | "last-gasp"
                    | "stunning"
            )
            && !p0.ends_with("'s")
        {
            continue;
        }
        if word == "double"
            && (after.trim_start().starts_with("figures")
                || after.trim_start().starts_with("digits")
                || p0 == "the"
                    && !after.trim_start().starts_with("by")
                    && !after.trim_start().starts_with("from"))
        {
            continue;
        }
        if word.starts_with("penalt")
            && (after.trim_start().starts_with("shoot")
                || after.trim_start().starts_with("area")
                || after.trim_start().starts_with("box")
                || after.trim_start().starts_with("spot")
                || after.trim_start().starts_with("kick"))
        {
            continue;
        }
        if MISS_AFTER.is_match(&after)
            || MISS_NEAR.is_match(&after)
            || CHANCE_AFTER.is_match(&after)
        {
            continue;
        }
        if DENY_BEFORE.is_match(&before) {
            continue;
        }
        // Tallies: "his 12th career World Cup goal", "six goals in the tournament".
        let near_before = lower(
            r,
            r.doc.span(
                noun.start().saturating_sub(40).max(seg.start()),
                noun.start(),
            ),
        );
        let ordinal_goal = word.starts_with("goal")
            && TALLY_BEFORE
                .find(&near_before)
                .is_some_and(|t| !near_before[t.start()..].contains("minute"));
        if ordinal_goal && !near_before.trim_end().ends_with("two") {
            continue;
        }
        if TALLY_AFTER.is_match(&after) {
            continue;
        }
        let (scorers, team, rule, from_subject) = if let Some(p) = possessor(r, noun, seg) {
            if is_person(r, &p) {
                (vec![p], None, "noun_possessive", false)
            } else {
                (Vec::new(), Some(p), "noun_possessive", false)
            }
        } else if let Some(by) = Some(agent_after(
            r,
            noun,
            seg.cover(sentence),
            &["by", "from", "of"],
        ))
        .filter(|v| !v.is_empty())
        {
            (by, None, "noun_by", false)
        } else if let Some(p) = premodifier(r, noun, seg) {
            (vec![p], None, "noun_premodifier", false)
        } else {
            {
                // The subject of the verb the noun is the object of ("Lloyd scored a hat
                // trick", "curled a glorious third"): only with a determiner before the noun.
                let det = prev.iter().take(3).any(|w| {
                    matches!(
                        *w,
                        "a" | "an"
                            | "the"
                            | "his"
                            | "her"
                            | "their"
                            | "another"
                            | "two"
                            | "three"
                            | "four"
                            | "five"
                    )
                });
                if !det {
                    continue;
                }
                if r.roles(noun).passive {
                    continue;
                }
                match subject(r, noun) {
                    Some(a) if is_person(r, &a) && !a.possessive => {
                        // A verb must stand between the subject and the noun.
                        let gap = lower(r, r.doc.span(a.span.end(), noun.start()));
                        if gap.split_whitespace().count() < 2 {
                            continue;
                        }
                        (
                            coordinated_before(r, &a, sentence),
                            None,
                            "noun_object",
                            true,
                        )
                    }
                    Some(a)
                        if a.is_team()
                            && (word.starts_with("goal")
                                || word == "winner"
                                || word == "equaliser"
                                || word == "equalizer"
                                || word == "opener") =>
                    {
                        let gap = lower(r, r.doc.span(a.span.end(), noun.start()));
                        if gap.split_whitespace().count() < 2 || !GOALISH_TEAM_VERB.is_match(&gap) {
                            continue;
                        }
                        (Vec::new(), Some(a), "noun_team", true)
                    }
                    _ => continue,
                }
            }
        };
        let subject_read = matches!(rule, "noun_object" | "noun_team");
        let firm_now = !subject_read
            || scorers
                .last()
                .or(team.as_ref())
                .is_some_and(|a| firm(r, a, noun));
        let mut ev = Event::new(rule, noun, scorers);
        ev.team = team;
        ev.firm = firm_now;
        // Attributes the noun states.
        match word.as_str() {
            w if w.starts_with("own") => ev.own_goal = Some(noun),
            w if w.starts_with("penalt") || w.starts_with("spot") => ev.penalty = Some(noun),
            "opener" => ev.order = Some((noun, GoalOrder::Opener)),
            "equaliser" | "equalizer" | "leveller" => ev.order = Some((noun, GoalOrder::Equaliser)),
            "winner" => ev.order = Some((noun, GoalOrder::Winner)),
            "consolation" => ev.order = Some((noun, GoalOrder::Consolation)),
            "brace" | "double" => ev.count = Some((noun, 2)),
            w if w.starts_with("hat") || w == "treble" => ev.count = Some((noun, 3)),
            _ => {}
        }
        if word.starts_with("goal") && (before.ends_with("only ") || before.ends_with("lone ")) {
            ev.order = Some((noun, GoalOrder::Only));
        }
        // "a pair of goals", "two quick-fire goals", "four goals".
        if word.starts_with("goal") && word.ends_with('s') {
            let from = noun.start().saturating_sub(40).max(seg.start());
            let (txt, base) = r.doc.norm_of(r.doc.span(from, noun.start()));
            if let Some(c) = COUNT_BEFORE.captures(txt) {
                let n = if c.name("pair").is_some() {
                    Some(2)
                } else {
                    c.name("n").and_then(|g| numbers::parse_number(g.as_str()))
                };
                if let (Some(n), Some(all)) = (n, c.get(0)) {
                    let sp = r
                        .doc
                        .span_of_norm(base + all.start(), base + all.end())
                        .cover(noun);
                    ev.count = Some((sp, n));
                }
            }
        }
        // "two quick-fire goals from X and Y": one each.
        // "penalties": "converted two penalties".
        out.push(Cand { ev, from_subject });
    }
}

/// Team verbs before a goal noun: "Germany scored a late winner", "England got a goal back".
static GOALISH_TEAM_VERB: Lazy<Regex> =
    Lazy::new(|| re(r"(?i)\b(?:scored|netted|got|grabbed|found|snatched|struck|added|conjured)\b"));

/// "from the (penalty) spot": a penalty scored by the nearest person before it.
fn spots(r: &Reading<'_>, sentence: Span, shootout: bool, out: &mut Vec<Cand>) {
    if shootout {
        return;
    }
    let text = lower(r, sentence);
    // A miss or a chance in the sentence: the spot is the miss's.
    if SPOT_MISS.is_match(&text) {
        return;
    }
    for m in r.find(&SPOT, sentence) {
        let agent = subject(r, m.span).filter(|e| is_person(r, e));
        let Some(agent) = agent else { continue };
        let is_firm = firm(r, &agent, m.span);
        let mut ev = Event::new("spot", m.span, vec![agent]);
        ev.penalty = Some(m.span);
        ev.firm = is_firm;
        out.push(Cand {
            ev,
            from_subject: true,
        });
    }
}

static SPOT_MISS: Lazy<Regex> = Lazy::new(|| {
    re(
        r"\b(?:miss(?:ed|es)?|saved?|chance|failed|fails|fail|denied|skied|blazed|hit the (?:post|bar)|over the bar|wide|awarded|won a|conceded|wait(?:ed)?)\b",
    )
});

/// "netted his team's second", "net a fifth".
fn ordinals(r: &Reading<'_>, sentence: Span, out: &mut Vec<Cand>) {
    for m in r.find(&ORDINAL, sentence) {
        let Some(ord) = m.group("ord") else { continue };
        let Some(n) = numbers::parse_ordinal(&lower(r, ord)) else {
            continue;
        };
        let trig = ord.cover(m.group("goal").unwrap_or(ord));
        let follow = lower(
            r,
            r.doc
                .span(trig.end(), (trig.end() + 30).min(sentence.end())),
        );
        if !ORDINAL_FOLLOW.is_match(&follow) {
            continue;
        }
        // "a seventh-minute penalty": a minute, not the side's seventh goal.
        if r.mentions_of(sentence, Dim::Minute)
            .iter()
            .any(|mm| mm.span.overlaps(ord))
        {
            continue;
        }
        let verb = m.group("verb").unwrap_or(m.span);
        if r.roles(verb).passive {
            continue;
        }
        let vtext = lower(r, verb);
        let mut ev = match subject(r, verb) {
            Some(a) if is_person(r, &a) && !vtext.starts_with("led") && vtext != "to" => {
                let mut ev = Event::new("ordinal", trig, coordinated_before(r, &a, sentence));
                ev.firm = firm(r, &a, verb);
                ev
            }
            Some(a) if a.is_team() => {
                let mut ev = Event::new("ordinal", trig, Vec::new());
                ev.team = Some(a);
                ev
            }
            _ => {
                // "led them to a second": the side is the object pronoun.
                let Some(t) = r.discourse.entities_in(m.span).find(|e| e.is_team()) else {
                    continue;
                };
                let mut ev = Event::new("ordinal", trig, Vec::new());
                ev.team = Some(t.clone());
                ev
            }
        };
        if vtext == "to" && ev.team.is_none() {
            continue;
        }
        ev.order = Some((trig, GoalOrder::Nth(n)));
        out.push(Cand {
            ev,
            from_subject: true,
        });
    }
}

/// Scorer lists: a name followed by its minutes ("Morgan 12', 53'", "Kjaer (34th)") and
/// bracketed scores with a minute after a clause ("Vlahovic allowed the Serbs to win (1-0,
/// 68th)").
fn lists(r: &Reading<'_>, sentence: Span, out: &mut Vec<Cand>) {
    let text = lower(r, sentence);
    if text.contains("booked")
        || text.contains("yellow")
        || text.contains("card")
        || text.contains("substitut")
        || text.contains("replaced")
        || text.contains("sent off")
    {
        return;
    }
    let minutes: Vec<(Span, MinuteValue)> = r
        .mentions_of(sentence, Dim::Minute)
        .into_iter()
        .filter_map(|m| match &m.value {
            Value::Minute(v) if v.kind == MinuteKind::At && v.from == v.to => Some((m.span, *v)),
            _ => None,
        })
        .collect();
    let people: Vec<&Entity> = r
        .discourse
        .entities_in(sentence)
        .filter(|e| is_person(r, e) && e.via == crate::discourse::Via::Name)
        .collect();
    for (k, p) in people.iter().enumerate() {
        // The minutes right after the name, up to the next name.
        let limit = people
            .get(k + 1)
            .map(|n| n.span.start())
            .unwrap_or(sentence.end());
        let mut mins: Vec<(Span, MinuteValue)> = Vec::new();
        let mut cur = p.span.end();
        for (sp, v) in minutes
            .iter()
            .filter(|(sp, _)| sp.start() >= p.span.end() && sp.end() <= limit)
        {
            let gap = r.doc.text_of(r.doc.span(cur, sp.start()));
            // Only brackets, commas, "and", a score, "pen" between: "Sabitzer (2-0, 48th)".
            let g = gap
                .replace(['(', ')', ',', '\'', '\u{2019}'], " ")
                .to_lowercase();
            let g = SCORE_IN_GAP.replace_all(&g, " ");
            let ok = g.split_whitespace().all(|w| {
                matches!(
                    w,
                    "and"
                        | "pen"
                        | "pen."
                        | "p"
                        | "og"
                        | "o.g."
                        | "penalty"
                        | "min"
                        | "mins"
                        | "-"
                        | "–"
                )
            });
            if !ok {
                break;
            }
            mins.push((*sp, *v));
            cur = sp.end();
        }
        if mins.is_empty() {
            continue;
        }
        let mut trig = p.span.cover(mins.last().map(|m| m.0).unwrap_or(p.span));
        if r.doc.text_of(r.doc.span(trig.end(), trig.end() + 1)) == ")" {
            trig = r.doc.span(trig.start(), trig.end() + 1);
        }
        let mut ev = Event::new("list", trig, vec![(*p).clone()]);
        ev.list = true;
        ev.minutes = mins;
        let span_text = lower(r, trig);
        if span_text.contains("pen") {
            ev.penalty = r.find(&PENALTY, trig).first().map(|m| m.span);
        }
        if span_text.contains("og") || span_text.contains("o.g") {
            ev.own_goal = Some(trig);
        }
        // "(2-0, 48th)": the score after.
        for m in r.mentions_of(trig, Dim::Score) {
            if let Value::Score(s) = &m.value {
                ev.score_after = Some((m.span, (s.a, s.b)));
            }
        }
        out.push(Cand {
            ev,
            from_subject: false,
        });
    }
    // Bracketed "(score, minute)" after a clause with a person subject.
    for m in r.find(&BRACKET, sentence) {
        let open = m.span;
        if out.iter().any(|c| c.ev.trigger.overlaps(open)) {
            continue;
        }
        let at = r.doc.span(
            open.start().saturating_sub(2),
            open.start().saturating_sub(1),
        );
        let seg = r.segment_span(at);
        let in_seg = r
            .discourse
            .entities_in(r.doc.span(seg.start(), open.start()))
            .find(|e| is_person(r, e) && !e.possessive)
            .cloned();
        let from_seg = in_seg.is_some();
        let Some(subject) = in_seg.or_else(|| subject(r, at).filter(|e| is_person(r, e))) else {
            continue;
        };
        let scorers = coordinated_after(r, &subject, sentence);
        let mut ev = Event::new("bracket", open, scorers);
        ev.firm = from_seg || firm(r, &subject, open);
        let subject_span = subject.span;
        ev.triggers.push(subject_span);
        out.push(Cand {
            ev,
            from_subject: true,
        });
    }
}

static SCORE_IN_GAP: Lazy<Regex> = Lazy::new(|| re(r"\d{1,2}\s*[-:]\s*\d{1,2}"));
static BRACKET: Lazy<Regex> =
    Lazy::new(|| re(r"\(\s*\d{1,2}\s*[-:]\s*\d{1,2}\s*,\s*\d{1,3}(?:st|nd|rd|th)\b[^)]*\)"));

/// The attributes of a statement inside its region.
fn attributes(r: &Reading<'_>, sentence: Span, ev: &mut Event, region: Span) {
    let core = ev.core();
    // Only the segments around the sentence are looked at (the list is in text order).
    let cover = sentence.cover(region);
    let segs = &r.discourse.segments;
    let lo = segs.partition_point(|s| s.span.end() <= cover.start());
    let hi = segs
        .partition_point(|s| s.span.start() < cover.end())
        .max(lo);
    // Segments that belong to someone else: relative clauses and asides that hold none of the
    // statement's triggers (except bare brackets of scores and minutes).
    let foreign: Vec<Span> = segs[lo..hi]
        .iter()
        .filter(|s| region.overlaps(s.span))
        .filter(|s| {
            matches!(
                s.kind,
                SegmentKind::Relative | SegmentKind::Parenthetical | SegmentKind::Quote
            )
        })
        .filter(|s| !ev.triggers.iter().any(|t| s.span.overlaps(*t)))
        .filter(|s| {
            let t = lower(r, s.span);
            let bare = t
                .trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace())
                .split([',', ' '])
                .filter(|w| !w.is_empty())
                .all(|w| {
                    w.chars().next().is_some_and(|c| c.is_ascii_digit())
                        || matches!(w, "and" | "pen" | "og" | "+")
                });
            !bare
        })
        .map(|s| s.span)
        .collect();
    // The segments the statement stands in, with short attachments next to them ("(1-0",
    // "17th)", "Then, in the 75th minute,"): minutes of other clauses are not its own.
    let mut own: Vec<usize> = Vec::new();
    for (k, sg) in segs.iter().enumerate().take(hi).skip(lo) {
        let holds = ev.triggers.iter().any(|t| sg.span.overlaps(*t))
            || ev.scorers.iter().any(|e| sg.span.contains(e.span));
        if holds && sentence.contains(sg.span) {
            own.push(k);
        }
    }
    let short = |k: usize| {
        let sg = &segs[k];
        sentence.contains(sg.span)
            && r.doc
                .tokens_in(sg.span)
                .iter()
                .filter(|t| t.kind == crate::doc::TokenKind::Word)
                .count()
                <= 7
            && r.discourse.entities_in(sg.span).next().is_none()
    };
    let mut extra: Vec<usize> = Vec::new();
    for &k in &own {
        let mut j = k + 1;
        while j < segs.len() && !own.contains(&j) && short(j) && j <= k + 3 {
            extra.push(j);
            j += 1;
        }
        // Backwards only an opening adverbial: short segments from the sentence's start
        // ("Then, six minutes from time, Rahn …").
        let mut j = k;
        let mut chain = Vec::new();
        while j > 0 && short(j - 1) && sentence.contains(segs[j - 1].span) {
            chain.push(j - 1);
            j -= 1;
        }
        let at_start = j == 0 || !sentence.contains(segs[j - 1].span);
        if at_start {
            extra.extend(chain);
        }
    }
    own.extend(extra);
    let allowed: Vec<Span> = own.iter().map(|&k| segs[k].span).collect();
    let usable = |sp: Span| {
        region.contains(sp)
            && !foreign.iter().any(|f| f.contains(sp))
            && (allowed.is_empty() || allowed.iter().any(|a| a.overlaps(sp)))
    };
    ev.each = ev.scorers.len() > 1 && {
        let t = lower(r, region);
        t.contains(" each ") || t.contains(" apiece")
    };
    // Minutes.
    if !ev.list {
        for m in r.mentions_of(region, Dim::Minute) {
            if let Value::Minute(v) = &m.value {
                if usable(m.span) {
                    ev.minutes.push((m.span, *v));
                }
            }
        }
    }
    // "in the 14th": a label without the word "minute", right after the statement's core.
    if !ev.list {
        for m in r.find(&BARE_MINUTE, region) {
            let next = m.group("next").map(|n| lower(r, n)).unwrap_or_default();
            let next = next.trim();
            let ok_next = next.is_empty()
                || matches!(
                    next,
                    "and"
                        | "but"
                        | "before"
                        | "after"
                        | "as"
                        | "when"
                        | "with"
                        | "for"
                        | "to"
                        | "from"
                        | "while"
                        | "("
                );
            if !ok_next || !usable(m.span) || ev.minutes.iter().any(|(s, _)| s.overlaps(m.span)) {
                continue;
            }
            if m.span.start() > core.end() + 40 {
                continue;
            }
            let Some(n) = m.group("n").and_then(|g| lower(r, g).parse::<u16>().ok()) else {
                continue;
            };
            if !(1..=120).contains(&n) {
                continue;
            }
            let sp = m
                .group("n")
                .map(|g| r.doc.span(m.span.start(), g.end() + 2))
                .unwrap_or(m.span);
            ev.minutes.push((
                sp,
                MinuteValue {
                    base: n,
                    stoppage: None,
                    kind: MinuteKind::At,
                    from: n,
                    to: n,
                },
            ));
        }
        ev.minutes.sort_by_key(|m| m.0.start());
    }
    // Durations: "two minutes later", "in 97 seconds", "in three minutes".
    for m in r.mentions_of(region, Dim::Duration) {
        let Value::Duration(d) = &m.value else {
            continue;
        };
        if !usable(m.span) {
            continue;
        }
        match (d.unit, d.direction) {
            (TimeUnit::Second, _) => ev.seconds = Some(m.span),
            (TimeUnit::Minute, Direction::Later)
                if d.amount == d.amount_to && m.span.start() <= core.end() + 60 =>
            {
                // Not "within two minutes of coming on" (an anchor of its own).
                let after = lower(
                    r,
                    r.doc
                        .span(m.span.end(), (m.span.end() + 20).min(region.end())),
                );
                if !after.trim_start().starts_with("of ") {
                    ev.relative = Some((
                        m.span,
                        MinuteValue {
                            base: 0,
                            stoppage: None,
                            kind: MinuteKind::At,
                            from: 0,
                            to: 0,
                        },
                        d.amount,
                    ));
                }
            }
            (TimeUnit::Minute, Direction::Span) if d.amount == d.amount_to => {
                let before = lower(
                    r,
                    r.doc
                        .span(m.span.start().saturating_sub(20), m.span.start()),
                );
                let most = before.contains("inside")
                    || before.contains("within")
                    || before.contains("under");
                ev.apart = Some((m.span, d.amount, most));
            }
            _ => {}
        }
    }
    // "twice inside three minutes": a window from kick-off that may be a span between goals.
    // Counts right after a verb trigger or a noun.
    if ev.count.is_none() {
        for t in ev.triggers.clone() {
            let rest = r.doc.span(t.end(), region.end());
            let (txt, base) = r.doc.norm_of(rest);
            if let Some(c) = COUNT.captures(txt) {
                let n = if c.name("twice").is_some() {
                    Some(2)
                } else if c.name("thrice").is_some() || c.name("hat").is_some() {
                    Some(3)
                } else if c.name("brace").is_some() {
                    Some(2)
                } else {
                    c.name("ntimes")
                        .or(c.name("ngoals"))
                        .or(c.name("nmore"))
                        .and_then(|g| numbers::parse_number(g.as_str()))
                };
                if let (Some(n), Some(all)) = (n, c.get(0)) {
                    if (1..=13).contains(&n) {
                        let sp = r.doc.span_of_norm(base + all.start(), base + all.end());
                        ev.count = Some((sp, n));
                        break;
                    }
                }
            }
        }
    }
    // Penalty and own-goal words in the region, near the core.
    let near = |sp: Span| sp.start() + 80 >= core.start() && sp.start() <= core.end() + 80;
    if ev.penalty.is_none() {
        if let Some(m) = r
            .find(&PENALTY, region)
            .into_iter()
            .find(|m| usable(m.span) && near(m.span))
        {
            let after = lower(
                r,
                r.doc
                    .span(m.span.end(), (m.span.end() + 40).min(sentence.end())),
            );
            let before = lower(r, r.doc.span(region.start(), m.span.start()));
            let t = after.trim_start();
            let place = [
                "shoot", "box", "area", "appeal", "claim", "shout", "decision", "spot ",
            ]
            .iter()
            .any(|w| t.starts_with(w));
            if !MISS_AFTER.is_match(&after) && !DENY_BEFORE.is_match(&before) && !place {
                ev.penalty = Some(m.span);
            }
        }
    }
    if ev.own_goal.is_none() {
        if let Some(m) = r
            .find(&OWN_GOAL, region)
            .into_iter()
            .find(|m| usable(m.span) && near(m.span))
        {
            ev.own_goal = Some(m.span);
        }
    }
    // "within two minutes", "inside ten minutes" with no count of goals: from kick-off or
    // from the last event; only "the first/opening N minutes" is surely a window. With a
    // count ("twice inside three minutes") the verifier reads both ways.
    if ev.count.is_none() {
        for (sp, v) in ev.minutes.iter_mut() {
            let words = lower(r, *sp);
            if v.kind == MinuteKind::Within
                && v.from == 1
                && v.to < 45
                && !(words.contains("first") || words.contains("opening"))
            {
                v.kind = MinuteKind::Fuzzy;
            }
        }
    }
    // The score after: "(1-0, 17th)", "made it 4-0" (already), "at 2-2" after "levelled".
    if ev.score_after.is_none() {
        for m in r.mentions_of(region, Dim::Score) {
            let Value::Score(s) = &m.value else { continue };
            if !matches!(s.kind, ScoreKind::Plain) || !usable(m.span) {
                continue;
            }
            let before = lower(
                r,
                r.doc
                    .span(m.span.start().saturating_sub(12), m.span.start()),
            );
            let bracketed = before.trim_end().ends_with('(');
            // "levelled the game at 2-2", "put them out of sight at 3-1".
            let at = before.trim_end().ends_with(" at") && m.span.start() <= core.end() + 60;
            if bracketed || at {
                ev.score_after = Some((m.span, (s.a, s.b)));
                break;
            }
        }
    }
    let _ = sentence;
}
