//! Which number a goal was: "netting his 110th and then 111th goal for Portugal", "his 24th
//! international goal", "Endrick's first senior international goal", "his 14th in his Copa
//! America career", "his 12th career World Cup goal", "his 16th goal at the finals", "his
//! first goal of the tournament", "for number 111", "a half-century of goals for his country".
//!
//! Grammar: an ordinal of goals (the count dimension), or an ordinal with its noun left out
//! ("his 35th for England", "his 38th proved crucial") in a sentence about goals, owned by a
//! person ("his", "her", "Kane's", "the captain's"); its scope read from the words around it —
//! an edition ("of the tournament", "at these finals"), a competition over a career ("World Cup
//! goal", "in his Copa America career", "at the finals"), or every international ("for his
//! country", "for England", "international", or nothing).
//!
//! Verified at the goal's moment, the match in scope: the player's tally before the match
//! (`Facts::player_tally`, `Facts::competition_tally_between`) plus his goals in it, one
//! interval per goal. SUPPORTED only when the number is pinned exactly; CONTRADICTED only when
//! it lies outside every goal's interval, the match's goals of his team all have scorer rows,
//! and the match is identified with certainty (dev README rule 1).

use super::people;
use super::{Family, Reading};
use crate::discourse::{Entity, Referent, Via};
use crate::doc::Span;
use crate::frames::{Frame, Kind, NthGoalClaim, Predicate};
use crate::mentions::numbers::{ordinal_words, parse_ordinal};
use crate::mentions::{CompetitionValue, Dim, Noun, Value};
use crate::verify::{Context, Finding, Tie};
use goalline_core::{Days, Gender, Tally};
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "nth_goal",
    recognise,
    verify,
};

/// An ordinal whose noun is left out: "his 35th for England", "his 38th proved crucial", "his
/// 14th in his Copa America career", "Kane's 50th".
static NOUNLESS: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(concat!(
        r"(?i)\b(?:his|her|(?-i:\p{Lu})[\p{L}\-]+'s)\s+(?P<o>",
        ordinal_words!(),
        r"(?:\s+and(?:\s+then)?\s+",
        ordinal_words!(),
        r")?)(?P<next>\s+(?:for|in|proved|came|arrived|was|is|international|career|senior|of\s+the\s+(?:night|game|match|evening|afternoon))\b|\s*[,.;:)]|\s*$)"
    ))
});

/// "for number 111", "number 50 arrived".
static NUMBER: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(r"(?i)\b(?:for|made\s+it|brought\s+up|reached)\s+number\s+(?P<n>\d{1,3})\b")
});

/// "a half-century of goals", "a century of international goals".
static CENTURY: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:a|his|her|the)\s+(?P<c>half-century|half\s+century|century)\s+of\s+(?:international\s+)?goals\b",
    )
});

/// Words about goals that make a noun-less ordinal an ordinal of goals.
static GOAL_WORDS: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:goals?|scor\w*|strikes?|struck|netted|netting|nets|head(?:ed|er)|volley\w*|levell?\w*|equali[sz]\w*|penalt\w*|spot-kicks?|tally|finish\w*|winner|opener|brace|hat-?tricks?|double)\b",
    )
});

/// One edition: "of the tournament", "at these finals", "in this edition", "of the campaign".
static EDITION: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^\W*(?:goals?\s+)?(?:\w+\s+)?(?:of|at|in|during)\s+(?:the|this|these)\s+(?:tournament|competition|campaign|edition|championships?|finals\s+tournament)\b|^\W*(?:goals?\s+)?(?:of|at|in|during)\s+(?:these|this\s+year's)\s+(?:finals|world\s+cup|euros?|tournament)\b|^\W*(?:goals?\s+)?(?:of|at|in)\s+(?:the|this)\s+(?:\d{4}\s+)?(?:world\s+cup|euros?|copa|asian\s+cup|gold\s+cup|africa\s+cup|cup\s+of\s+nations)\b",
    )
});

/// A competition over a career: "at the finals", "at World Cups", "in his Copa America career".
static CAREER_AT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^\W*(?:goals?\s+)?(?:at|in)\s+(?:the\s+)?(?:finals|world\s+cups|world\s+cup\s+finals|european\s+championships?|european\s+championship\s+finals)\b(?:\s+(?:history|career))?|^\W*(?:goals?\s+)?in\s+(?:his|her)\s+(?P<comp>[\p{L}' ]+?)\s+career\b",
    )
});

/// Every international: "for his country", "for the national team", "international".
static INTERNATIONAL: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^\W*(?:(?:senior\s+)?international\s+)?(?:goals?\s+)?(?:for\s+(?:his|her|their|the)\s+(?:country|nation|national\s+(?:team|side))|in\s+international\s+football)\b",
    )
});

/// How an ordinal is scoped, read from its words.
#[derive(Debug, Clone, Default)]
struct Scope {
    team: Option<Entity>,
    competition: Option<CompetitionValue>,
    this_competition: bool,
    edition: bool,
    /// No word says whose goals the number counts ("his first goal", "his 38th").
    unqualified: bool,
    end: usize,
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let mut found: Vec<(Span, Vec<u32>, &'static str)> = Vec::new();
        for m in r.mentions_of(s.span, Dim::Count) {
            if let Value::Ordinal(o) = &m.value {
                if o.noun == Noun::Goal && counts_goals(r, m.span, s.span) {
                    found.push((m.span, o.n.clone(), "ordinal"));
                }
            }
        }
        // Noun-less ordinals in a sentence about goals (this one or the one before).
        let prev = s.index.checked_sub(1).and_then(|i| r.doc.sentences.get(i));
        let about_goals = GOAL_WORDS.is_match(r.doc.text_of(s.span))
            || prev.is_some_and(|p| GOAL_WORDS.is_match(r.doc.text_of(p.span)));
        if about_goals {
            for m in r.find(&NOUNLESS, s.span) {
                let Some(o) = m.group("o") else { continue };
                if found.iter().any(|f| f.0.overlaps(o)) {
                    continue;
                }
                let text = r.doc.text_of(o).to_lowercase();
                let n: Vec<u32> = text
                    .split(" and ")
                    .map(|w| w.trim().trim_start_matches("then ").trim())
                    .filter_map(parse_ordinal)
                    .collect();
                if n.is_empty() || r.mentions.within(o).any(|x| x.dim() == Dim::Minute) {
                    continue;
                }
                // "his first international hat-trick", "his 100th international cap".
                let next = m
                    .group("next")
                    .map(|g| r.doc.text_of(g).trim().to_lowercase())
                    .unwrap_or_default();
                if matches!(next.as_str(), "international" | "senior" | "career")
                    && !counts_goals(r, o, s.span)
                {
                    continue;
                }
                found.push((o, n, "nounless"));
            }
            for m in r.find(&NUMBER, s.span) {
                let Some(g) = m.group("n") else { continue };
                let Ok(n) = r.doc.text_of(g).parse::<u32>() else {
                    continue;
                };
                found.push((m.span, vec![n], "number"));
            }
        }
        for m in r.find(&CENTURY, s.span) {
            let c = m.group("c").map(|g| r.doc.text_of(g).to_lowercase());
            let n = if c.is_some_and(|c| c.starts_with("half")) {
                50
            } else {
                100
            };
            found.push((m.span, vec![n], "century"));
        }
        for (at, n, rule) in found {
            let Some((word, owner)) = owner(r, at, rule) else {
                continue;
            };
            let scope = scope(r, at, s.span);
            let start = if rule == "number" || rule == "century" {
                at.start()
            } else {
                word.start().min(at.start())
            };
            let span = r.doc.span(start, scope.end.max(at.end()));
            let span = r.doc.trim(span, &[',', ';', ':', '.', ' ']);
            out.push(r.frame(
                "nth_goal",
                rule,
                Kind::NthGoal,
                span,
                at,
                Predicate::NthGoal(NthGoalClaim {
                    player: Some(owner),
                    team: scope.team,
                    n,
                    competition: scope.competition,
                    this_competition: scope.this_competition,
                    edition: scope.edition,
                    or_match: scope.unqualified,
                }),
            ));
        }
    }
}

/// Whose goal: the possessor before the ordinal ("his", "Kane's", "the captain's"), or, for
/// "for number 111" and "a half-century", the clause's subject; with the possessive's own
/// words.
fn owner(r: &Reading<'_>, at: Span, rule: &str) -> Option<(Span, Entity)> {
    let sentence = r.sentence_of(at)?.span;
    let before = r.doc.span(sentence.start(), at.start());
    let person =
        |e: &&Entity| matches!(e.referent, Referent::Person(_) | Referent::Described { .. });
    if rule == "number" || rule == "century" {
        let si = r.discourse.segment_at(at.start())?;
        return r
            .discourse
            .subject_before(r.doc, si, at)
            .filter(|e| person(&e))
            .map(|e| (at, e));
    }
    // The possessor ends right before the ordinal (or its "senior"/"first" words).
    let e = r
        .discourse
        .entities_in(before)
        .max_by_key(|e| e.span.end())?;
    let gap = r.doc.text_of(r.doc.span(e.span.end(), at.start()));
    let gap = gap
        .trim()
        .trim_start_matches("'s")
        .trim_start_matches("\u{2019}s")
        .trim();
    let words: Vec<&str> = gap.split_whitespace().collect();
    if words.len() > 2
        || !words.iter().all(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "own" | "record" | "record-breaking" | "landmark" | "milestone"
            )
        })
    {
        return None;
    }
    if !(e.possessive || e.via == Via::Pronoun || e.via == Via::Description) {
        return None;
    }
    person(&e).then(|| (e.span, people::possessor(r, e)))
}

/// True when the noun an ordinal counts is a goal ("his 24th international goal", "his 12th
/// career World Cup goal"), not a hat-trick, a brace or a cap.
fn counts_goals(r: &Reading<'_>, at: Span, sentence: Span) -> bool {
    for t in r
        .doc
        .tokens_in(r.doc.span(at.end(), sentence.end()))
        .iter()
        .take(6)
    {
        match t.norm.as_str() {
            "goal" | "goals" | "strike" | "strikes" => return true,
            "hat-trick" | "hat-tricks" | "hat" | "trick" | "brace" | "double" | "treble"
            | "cap" | "caps" | "penalty" | "penalties" | "assist" | "assists" => return false,
            _ => {}
        }
    }
    true
}

/// The scope an ordinal's words give (an edition, a competition, every international with a
/// team) and where those words end.
fn scope(r: &Reading<'_>, at: Span, sentence: Span) -> Scope {
    let mut out = Scope {
        end: at.end(),
        ..Default::default()
    };
    // The ordinal's clause, or the one its last word is in ("netting his 70th and then 71st
    // goals for his country" is cut at "and then").
    let seg = r.segment_span(at);
    let last = r.segment_span(r.doc.span(at.end().saturating_sub(1), at.end()));
    let seg_end = seg.end().max(last.end()).max(at.end()).min(sentence.end());
    // A competition named inside the ordinal phrase: "his 12th career World Cup goal".
    let noun_end = r
        .doc
        .tokens_in(r.doc.span(at.end(), seg_end))
        .iter()
        .take(5)
        .find(|t| matches!(t.norm.as_str(), "goal" | "goals" | "strike" | "strikes"))
        .map(|t| t.span.end());
    if let Some(ne) = noun_end {
        for m in r.mentions_of(r.doc.span(at.end(), ne), Dim::Competition) {
            if let Value::Competition(c) = &m.value {
                out.competition = Some(c.clone());
            }
        }
        out.end = ne;
    }
    let rest_span = r.doc.span(out.end, seg_end);
    let rest = r.doc.norm_of(rest_span).0.to_string();
    if let Some(m) = EDITION.find(&rest) {
        out.edition = true;
        out.end = {
            let x = r.doc.norm_of(rest_span).1 + m.end();
            r.doc.span_of_norm(x, x).start()
        };
        for c in r.mentions_of(rest_span, Dim::Competition) {
            if let Value::Competition(c) = &c.value {
                out.competition = Some(c.clone());
            }
        }
        return out;
    }
    if let Some(c) = CAREER_AT.captures(&rest) {
        let m = c.get(0).map(|m| m.end()).unwrap_or(0);
        let end = {
            let x = r.doc.norm_of(rest_span).1 + m;
            r.doc.span_of_norm(x, x).start()
        };
        let within = r.doc.span(rest_span.start(), end.max(rest_span.start()));
        for c in r.mentions_of(within, Dim::Competition) {
            if let Value::Competition(c) = &c.value {
                out.competition = Some(c.clone());
            }
        }
        if out.competition.is_none() {
            out.this_competition = true;
            // "at the finals" may also mean this edition's finals: both readings are kept.
            let words = r.doc.text_of(within).to_lowercase();
            if words.trim_start().starts_with("at the finals")
                || words.contains("goal at the finals")
                || words.contains("goals at the finals")
            {
                out.edition = true;
            }
        }
        out.end = end;
        return out;
    }
    if let Some(m) = INTERNATIONAL.find(&rest) {
        out.end = {
            let x = r.doc.norm_of(rest_span).1 + m.end();
            r.doc.span_of_norm(x, x).start()
        };
        return out;
    }
    // "for Portugal", "for England".
    let team = r
        .discourse
        .entities_in(rest_span)
        .find(|e| e.is_team() && e.via == Via::Name)
        .filter(|e| {
            let gap = r.doc.text_of(r.doc.span(rest_span.start(), e.span.start()));
            let g = gap.trim().to_lowercase();
            g == "for" || g == "goals for" || g == "goal for" || g == "international goal for"
        });
    if let Some(t) = team {
        out.end = t.span.end();
        out.team = Some(t.clone());
    } else if out.competition.is_none() {
        let phrase = r
            .doc
            .text_of(r.doc.span(at.start(), out.end))
            .to_lowercase();
        out.unqualified = !phrase.contains("international") && !phrase.contains("career");
    }
    out
}

/// What the data say about one goal number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Holds,
    Fails,
    Open,
}

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::NthGoal(c) = &f.predicate else {
        return Finding::unknown("not an n-th goal", Tie::none("-"));
    };
    let Some(p) = c.player.as_ref().and_then(|e| people::player_of(ctx, e)) else {
        return Finding::unknown(
            "the scorer is not identified in the data",
            Tie::none("no player"),
        );
    };
    let name = ctx
        .facts
        .player_row(p)
        .ok()
        .flatten()
        .map(|r| r.name)
        .unwrap_or_default();
    let sides: Vec<&Entity> = c.team.iter().collect();
    let (tie, m) = ctx.match_for(f, &sides);
    let Some(m) = m else {
        return Finding::unknown(
            format!(
                "which match the goal came in is not identified: {}",
                tie.why
            ),
            tie,
        );
    };
    // The player's team in that match.
    let teams = ctx.facts.player_teams(p).unwrap_or_default();
    let team = c
        .team
        .as_ref()
        .and_then(|e| ctx.team_of(e))
        .or_else(|| teams.iter().copied().find(|t| m.involves(*t)));
    let Some(team) = team.filter(|t| m.involves(*t)) else {
        return Finding::unknown(
            format!("{name}'s team did not play in {}", m.row.evidence.text),
            tie,
        );
    };
    // The player's goals in the match (World Cup rows when the match has them, else martj42's
    // scorer rows), through the facts engine.
    let goals = ctx.facts.match_goals(&m.row).ok();
    let in_match = goals
        .as_ref()
        .map(|g| {
            g.goals
                .iter()
                .filter(|g| g.player == Some(p) && !g.own_goal && g.team == team)
                .count() as u32
        })
        .unwrap_or(0);
    let complete = m
        .row
        .goals_for(team)
        .is_some_and(|g| g == m.row.known_for(team))
        || goals.as_ref().is_some_and(|g| g.complete);
    if in_match == 0 {
        return Finding::unknown(
            format!("no goal of {name}'s is recorded in {}", m.row.evidence.text),
            tie,
        );
    }
    let day_before = m
        .row
        .date
        .checked_sub_days(Days::new(1))
        .unwrap_or(m.row.date);
    // The tally before the match, for each reading of the scope.
    let mut readings: Vec<(String, Tally, String)> = Vec::new();
    let competition = c
        .competition
        .as_ref()
        .map(|x| x.competition.clone())
        .or_else(|| {
            c.this_competition.then(|| {
                ctx.edition
                    .as_ref()
                    .map(|e| e.competition.clone())
                    .unwrap_or_else(|| m.row.tournament.clone())
            })
        });
    if c.edition {
        let ed = c
            .competition
            .as_ref()
            .and_then(|x| {
                ctx.facts
                    .edition(&x.competition, x.year, Some(m.row.date))
                    .ok()
                    .flatten()
            })
            .or_else(|| {
                ctx.facts
                    .edition(&m.row.tournament, None, Some(m.row.date))
                    .ok()
                    .flatten()
            });
        if let Some(ed) = ed {
            if let Ok(t) = ctx.facts.competition_tally_between(
                p,
                &world_cup_name(&ed.competition, ctx.gender),
                Some(ed.from),
                Some(day_before),
            ) {
                readings.push((format!("of {}", ed.label), t.value.tally, t.value.reasoning));
            }
        }
    }
    if let Some(comp) = competition.filter(|_| c.competition.is_none() || !c.edition) {
        let comp = world_cup_name(&comp, ctx.gender);
        if let Ok(t) = ctx.facts.competition_tally(p, &comp, Some(day_before)) {
            readings.push((format!("at {comp}"), t.value.tally, t.value.reasoning));
        }
    } else if !c.edition {
        if let Ok(t) = ctx.facts.player_tally(p, team, Some(day_before)) {
            readings.push((
                format!("for {}", ctx.facts.team_name(team)),
                t.value.tally,
                t.value.reasoning,
            ));
        }
    }
    if readings.is_empty() {
        return Finding::unknown("the tally is not available", tie);
    }
    let mut details: Vec<String> = Vec::new();
    let mut per_reading: Vec<(Vec<Verdict>, String)> = Vec::new();
    for (label, before, reasoning) in &readings {
        let numbers: Vec<Tally> = (1..=in_match).map(|k| before.shift(k)).collect();
        let shown = numbers
            .iter()
            .map(|t| {
                if t.is_exact() {
                    t.low.to_string()
                } else if t.is_unbounded() {
                    format!("{}+", t.low)
                } else {
                    format!("{}-{}", t.low, t.high)
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        details.push(format!(
            "{name}'s goal{} in {} {} number {shown} {label} ({reasoning})",
            if in_match > 1 { "s" } else { "" },
            m.row.evidence.text,
            if in_match > 1 { "were" } else { "was" },
        ));
        let verdicts: Vec<Verdict> =
            c.n.iter()
                .map(|n| {
                    if numbers.iter().any(|t| t.is_exact() && t.low == *n) {
                        Verdict::Holds
                    } else if numbers.iter().all(|t| !t.contains(*n))
                        && (complete || numbers.iter().all(|t| *n < t.low))
                    {
                        Verdict::Fails
                    } else {
                        Verdict::Open
                    }
                })
                .collect();
        per_reading.push((verdicts, shown));
    }
    // "his first goal": perhaps his first of the match.
    if c.or_match {
        let verdicts: Vec<Verdict> =
            c.n.iter()
                .map(|n| {
                    if *n >= 1 && *n <= in_match {
                        Verdict::Holds
                    } else if complete {
                        Verdict::Fails
                    } else {
                        Verdict::Open
                    }
                })
                .collect();
        details.push(format!(
            "{name} scored {in_match} in {}",
            m.row.evidence.text
        ));
        per_reading.push((verdicts, format!("{in_match} in the match")));
    }
    let detail = details.join("; ");
    let mut ev = vec![m.row.evidence.clone()];
    if let Some(g) = &goals {
        ev.extend(
            g.goals
                .iter()
                .filter(|g| g.player == Some(p) && !g.own_goal && g.team == team)
                .flat_map(|g| g.evidence.iter().cloned()),
        );
    }
    // Any reading that pins every number supports it; only when every reading rules one
    // out is it contradicted.
    if per_reading
        .iter()
        .any(|(v, _)| v.iter().all(|x| *x == Verdict::Holds))
    {
        return Finding::holds(detail, tie, ev);
    }
    if per_reading.iter().all(|(v, _)| v.contains(&Verdict::Fails)) {
        let shown = per_reading
            .iter()
            .map(|(_, s)| s.clone())
            .collect::<Vec<_>>()
            .join(" or ");
        return Finding::fails(shown, detail, tie, ev);
    }
    Finding::unknown(format!("consistent but not pinned: {detail}"), tie)
}

/// The World Cup of the article's gender.
fn world_cup_name(comp: &str, gender: Gender) -> String {
    if comp == "FIFA World Cup" && gender == Gender::Women {
        "FIFA Women's World Cup".into()
    } else {
        comp.to_string()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("nth_goal", include_str!("corpus.txt"));
    }
}
