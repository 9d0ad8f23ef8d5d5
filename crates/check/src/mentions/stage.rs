//! Stages of a tournament: `the final`, `semi-final`/`semifinal`/`the semis`,
//! `quarter-final`/`the last eight`, `round of 16`/`last 16`/`second round`, `round of 32`,
//! `third-place play-off`, `group stage`/`Group C`/`group matches`/`round-robin`, and the
//! second group stage of the 1974–1982 World Cups (`second group stage`, `second-round group`).
//!
//! "Second round" is the round of 16 at the World Cups of 1986–2022 and something else before
//! (a second group stage) and in qualifying; it is emitted as the round of 16 and later layers
//! decide with the edition. Not stages: "final" as an adjective (`the final whistle`, `the
//! final 65 minutes`, `final third`, `his final group game`, `the result is final`), "finals"
//! (the tournament: `the World Cup finals`; a count: `three finals`), a second round of group
//! matches or of qualifying, and `quarters` that are fractions (`three quarters of`).

use super::rules::{Rule, Table};
use super::{Lexicon, Mention, StageValue, Value};
use crate::doc::{Doc, Span};
use goalline_core::Stage;
use once_cell::sync::Lazy;
use regex::Captures;

/// Words after "final" that make it an adjective ("the final whistle", "the final day").
macro_rules! final_adjective {
    () => {
        r"(?:whistle|minutes?|mins|seconds|moments?|third|score|scoreline|day|days|weeks?|months?|years?|stages?|round|rounds|group|game|games|match|matches|fixtures?|kick|touch|touches|ball|pass|passes|cross|shot|shots|chance|chances|act|appearances?|outing|outings|straw|push|quarter|half|half-hour|hour|period|spell|stretch|tally|say|words?|results?|standings|table|positions?|squads?|training|warm-up|preparations|tournaments?|countdown|analysis|verdict|destination|season|campaign|qualifiers?|qualifying|decision|approach|flourish|throw|attempts?|effort|action|substitutions?|changes?|sentence|leg|spot|place|hurdle|test|piece|instalment|chapter|farewell|bow|curtain|list|cut|selection|roster|call|reckoning|product|line|slot|tally|stop|home|resting|ranking|rankings|whistle-blower|set|sets|word|assessment|quarter-hour|phase|lap|bend|dress|match-up|matchup|berth|berths|tune-up|showdown|opponents?|opposition|group-stage|pool|series|frame|inning|innings|session|sessions)"
    };
}

/// Nouns counted after "final N" or "last N" that make them a stretch of time or a run of
/// games ("the final 10 minutes", "his last 16 games"), not a stage.
macro_rules! unit {
    () => {
        r"(?:minutes?|mins|seconds|games?|matches|days|weeks?|months?|years?|goals|meetings|fixtures|outings|appearances|caps|internationals|starts|attempts|shots|penalties|kicks|tournaments|editions|seasons|hours|times|wins|defeats|draws|points|competitive|international|home|away|major|league|friendly|friendlies|qualifiers|qualifying|encounters|clashes|contests|ties|visits|trips|rounds|places|spots|yards|metres|matchdays|players|men|shots)"
    };
}

fn stage(s: Stage, group: Option<String>) -> Option<Value> {
    Some(Value::Stage(StageValue { stage: s, group }))
}

fn final_noun(c: &Captures<'_>) -> Option<Value> {
    if c.name("pre").is_some() || c.name("post").is_some() {
        return None;
    }
    stage(Stage::Final, None)
}

fn semi(c: &Captures<'_>) -> Option<Value> {
    if c.name("post").is_some() {
        return None; // "semi-professional"
    }
    stage(Stage::SemiFinal, None)
}

fn quarter(c: &Captures<'_>) -> Option<Value> {
    if c.name("post").is_some() {
        return None; // "three quarters of the stadium"
    }
    stage(Stage::QuarterFinal, None)
}

fn round_of_16(c: &Captures<'_>) -> Option<Value> {
    if c.name("post").is_some() {
        return None; // "the second round of group matches", "second round of qualifying"
    }
    stage(Stage::RoundOf16, None)
}

fn second_round(c: &Captures<'_>) -> Option<Value> {
    if c.name("post").is_some() {
        return None;
    }
    if let Some(of) = c.name("of") {
        let of = of.as_str().to_lowercase();
        let tournament = [
            "the tournament",
            "the competition",
            "the finals",
            "the knockout",
        ]
        .iter()
        .any(|t| of.starts_with(t))
            || of.starts_with("the world cup")
            || of.starts_with("the euro");
        if !tournament {
            return None;
        }
    }
    stage(Stage::RoundOf16, None)
}

fn round_of_32(c: &Captures<'_>) -> Option<Value> {
    if c.name("post").is_some() {
        return None;
    }
    stage(Stage::RoundOf32, None)
}

fn third_place(_: &Captures<'_>) -> Option<Value> {
    stage(Stage::ThirdPlace, None)
}

fn group_stage(_: &Captures<'_>) -> Option<Value> {
    stage(Stage::GroupStage, None)
}

fn group_named(c: &Captures<'_>) -> Option<Value> {
    stage(
        Stage::GroupStage,
        Some(c.name("g").or(c.name("g2"))?.as_str().to_ascii_uppercase()),
    )
}

fn second_group_stage(_: &Captures<'_>) -> Option<Value> {
    stage(Stage::SecondGroupStage, None)
}

/// The rule table.
pub static RULES: &[Rule] = &[
    Rule {
        // "the final", "Sunday's final", "the World Cup final against France", "final:";
        // not "the final whistle", "the final 65 minutes", "the result was final".
        name: "stage_final",
        pattern: concat!(
            r"(?P<pre>\b(?:is|was|were|are|be|been|being|become|became|looks?|looked|seems?|seemed|remains?|remained)\s+(?:now\s+|not\s+)?|-\s*)?\b(?P<v>final)\b(?:'s)?(?P<post>(?:\s+|-)",
            final_adjective!(),
            r"\b|\s+(?:\d{1,3}|a|two|three|five|six|seven|nine|ten|twelve|fifteen|twenty|thirty|forty|forty-five|few|couple of)(?:\s+|-)",
            unit!(),
            r"\b|\s+(?:four|eight|sixteen|16|32)\b)?"
        ),
        produce: final_noun,
    },
    Rule {
        // "semi-final", "semifinals", "semi final", "the semis", "a semi".
        name: "stage_semi_final",
        pattern: r"\b(?P<v>semi(?:[- ]?finals?)|semis)\b",
        produce: semi,
    },
    Rule {
        name: "stage_semi",
        pattern: r"\b(?:the|a|their|his|her|its|our|two|both|in|of|losing|beaten|lost|won|win)\s+(?P<v>semi)\b(?P<post>-)?",
        produce: semi,
    },
    Rule {
        // "quarter-final", "quarterfinals", "quarter final", "the last eight", "the quarters".
        name: "stage_quarter_final",
        pattern: concat!(
            r"\b(?P<v>quarter(?:[- ]?finals?)|last[- ](?:eight|8))\b(?P<post>\s+",
            unit!(),
            r"\b)?"
        ),
        produce: quarter,
    },
    Rule {
        name: "stage_quarters",
        pattern: r"\bthe\s+(?P<v>quarters)\b(?P<post>\s+of\b)?",
        produce: quarter,
    },
    Rule {
        // "round of 16", "last 16", "last-sixteen", "second round", "second-round exit".
        name: "stage_round_of_16",
        pattern: concat!(
            r"\b(?P<v>round[- ]of[- ](?:16|sixteen)|last[- ](?:16|sixteen))\b(?P<post>\s+",
            unit!(),
            r"\b)?"
        ),
        produce: round_of_16,
    },
    Rule {
        // "the second round", "a second-round exit"; not "a second round of penalties",
        // "the second round of group matches", "second round of qualifying".
        name: "stage_second_round",
        pattern: r"\b(?P<v>(?:second|2nd)[- ]round)\b(?:\s+of\s+(?P<of>[\w'-]+(?:\s+[\w'-]+)?)|(?P<post>\s+(?:groups?|qualif\w*|matches|games|fixtures|proper|pool|ballot|voting|talks|interviews|bids?|pick|draft)\b))?",
        produce: second_round,
    },
    Rule {
        name: "stage_round_of_32",
        pattern: concat!(
            r"\b(?P<v>round[- ]of[- ](?:32|thirty-two)|last[- ](?:32|thirty-two))\b(?P<post>\s+",
            unit!(),
            r"\b)?"
        ),
        produce: round_of_32,
    },
    Rule {
        // "third-place play-off", "third place match", "play-off for third place".
        name: "stage_third_place",
        pattern: r"\b(?P<v>third[- ]place\s+(?:play-?offs?|playoffs?|match|game|decider|final)|play-?off\s+for\s+third(?:\s+place)?|(?:match|game)\s+for\s+third\s+place|bronze[- ]medal\s+(?:match|game|play-?off))\b",
        produce: third_place,
    },
    Rule {
        // "group stage", "group-stage exit", "group matches", "round-robin", "group of death".
        name: "stage_group",
        pattern: r"\b(?P<v>group[- ](?:stages?|phase|matches|match|games?|fixtures?|opener|openers|finale|round|defeats?|loss|losses|wins?|victory|victories|draws?|meetings?|encounters?|clash|exit)|round-?robin|group of death|opening group (?:game|match|fixture))\b",
        produce: group_stage,
    },
    Rule {
        // "Group C", "group F", "Group 1"; "Group I" only capitalised (the pronoun).
        name: "stage_group_named",
        pattern: r"\b(?P<v>(?-i:(?:[Gg]roup|GROUP)\s+(?P<g>[A-HJ-L]|\d{1,2})|Group\s+(?P<g2>I)))\b",
        produce: group_named,
    },
    Rule {
        // "second group stage", "second-round group", "second round group stage", "second
        // phase".
        name: "stage_second_group",
        pattern: r"\b(?P<v>second[- ](?:group[- ](?:stage|phase|round)|round[- ]groups?(?:\s+stage)?|phase(?:\s+groups?)?))\b",
        produce: second_group_stage,
    },
];

static TABLE: Lazy<Table> = Lazy::new(|| Table::new(RULES));

/// Finds the stages inside `within`.
pub fn find(doc: &Doc<'_>, within: Span, _lex: &Lexicon, out: &mut Vec<Mention>) {
    TABLE.run(doc, within, out);
}
