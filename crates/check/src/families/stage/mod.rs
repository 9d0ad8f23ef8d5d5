//! The stage of a match: "in the quarter-final", "a Round of 16 match", "2022 FIFA World Cup
//! (Group C)", "during a group C contest", "in the World Cup's second round", "Italy's final
//! second round group stage match with Brazil", a "ROUND OF 16" heading; what a match led to
//! ("with a place in the semi-final at stake", "propelling Ivory Coast into the final", "to book
//! a place in the semis"); and the competition it belonged to ("as part of the qualifiers for
//! the 2022 World Cup", "a friendly").
//!
//! Grammar: a stage mention is the stage of the clause's match when it stands in a phrase
//! about one — "in the …", "a/the … match/tie/clash/win/defeat", "won the final", a headline
//! or a bracket — and not about how far a team went ("reached the semi-finals", "since the
//! 1990 final", "three finals": tournament runs belong to another family). After "a place in",
//! "into", "through to" or before "berth"/"place", it is the stage the match led to (its
//! winner's next match, or the team named after the verb: "propelling Ivory Coast into").
//!
//! Verified against the stage of the clause's match (Fjelstul for World Cups, openfootball for
//! Euros and 2026, the final of an edition that ended with one, the knockout rounds rebuilt
//! from results elsewhere); a group letter against the recorded group; "second round" is the
//! round of 16 from 1986 and the second group stage before; a "group" match of a second group
//! stage is a group match. Unknown where no source records the stage.

use super::clause;
use super::{Family, Reading};
use crate::discourse::Entity;
use crate::doc::Span;
use crate::frames::{Frame, Kind, Predicate, StageClaim};
use crate::mentions::{CompetitionValue, Dim, StageValue, Value};
use crate::verify::event::{self, Hints};
use crate::verify::{Context, Finding, Tie};
use goalline_core::{Datelike, Stage};
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "stage",
    recognise,
    verify,
};

/// Before a stage: what it led to ("a place in the", "into the", "through to a").
static LEADS_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)(?:\b(?:(?:a|their|the|his|her|its) (?:place|spot|berth|ticket|passage) in|into|through to|progress(?:ed|es)? to|advanc(?:e|ed|es) to|qualif(?:y|ied|ies) for) (?:a|an|the|their)?\s*(?:[\w'-]+\s+){0,3}|\b(?:are|is|now)\s+in\s+the\s+|\b(?:puts?|putting|sends?|sent|takes?|took|lifts?|lifted)\s+(?:[\w.'-]+\s+){1,3}in(?:to)?\s+(?:the\s+)?)$",
    )
});

/// After a stage: what it led to ("semi-final berth", "final place").
static LEADS_AFTER: Lazy<Regex> =
    Lazy::new(|| crate::rx::must(r"(?i)^(?:'s)?\s+(?:berth|place|spot|ticket|slot)\b"));

/// Before a stage: a match's own stage ("in the", "during a", "won the").
static OWN_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)(?:\b(?:in|during|at)\s+(?:the|a|an|their|his|its|this|that|[\w]+'s)\s+(?:[\w'-]+\s+){0,4}|\b(?:won|win|wins|winning|lost|lose|loses|losing)\s+the\s+|^\s*(?:the|a|an)\s+(?:[\w'-]+\s+){0,2}|^\s*|\(\s*)$",
    )
});

/// Before a stage with a match noun after it: any determiner ("a Round of 16 match",
/// "Italy's first round-robin match", "group C contest").
static NOUN_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)(?:\b(?:a|an|the|this|that|their|its|his|[\w]+'s)\s+(?:[\w'-]+\s+){0,3}|\b(?:in|during|at)\s+|^\s*)$",
    )
});

/// After a stage: a match noun ("match", "tie", "win", "defeat").
static MATCH_NOUN: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^(?:'s)?\s*(?:[\w-]+\s+){0,2}?(?:match|matches|game|tie|clash|contest|encounter|meeting|showdown|win|victory|defeat|loss|draw|replay|fixture|shootout|shoot-out|opener)\b",
    )
});

/// Words before a stage that make it a run, a count or another match.
static NOT_OWN: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:reach\w*|made|make|making|since|previous|next|every|each|all|another|two|three|four|five|six|seven|several|many|consecutive|successive|straight|back-to-back|last|ever|earlier|former|until|before|after|beyond|past|out of|knocked out|eliminated|exit|exits|crashed out|bowed out|went out|go out|lost in|runs? to)\s+(?:[\w'’-]+\s+){0,3}$",
    )
});

/// Before a competition: the match belonged to it ("as part of the qualifiers", "in a
/// friendly", "Wednesday night's World Cup qualifier").
static COMP_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:as part of|in|during|of|for)\s+(?:the|a|an|this|[\w]+'s)?\s*(?:[\w'-]+\s+){0,3}$",
    )
});

/// A stage in a list or a plural ("their last 16, quarterfinal and semifinal games",
/// "the quarter-final matches"): several matches, not one.
static SEVERAL: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^(?:,?\s+(?:and\s+)?(?:the\s+)?(?:quarter-?finals?|semi-?finals?|finals?|last\s+(?:16|eight|8)|round of 16|group)\b|\s+(?:games|matches|ties|fixtures)\b)",
    )
});

/// Words after a stage that make it a record ("a semi-final since 1990", "the final for the
/// first time").
static NOT_OWN_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^(?:'s)?\s*(?:[\w-]+\s+){0,2}?(?:since|for the (?:first|second|third|\w+th) time|ever|in history)\b",
    )
});

/// "qualifiers for the next", "qualifying for", "qualification for the" before a competition.
static QUAL_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:qualifiers?|qualifying|qualification)\s+(?:for|to)\s+(?:the\s+)?(?:next\s+|upcoming\s+|coming\s+)?$",
    )
});

/// A verb that sends a team into a stage ("propelling Ivory Coast into").
static SEND: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:propel\w*|send\w*|sent|fire\w*|fired|put|putting|puts|carr(?:y|ied|ies|ying)|took|taking|takes|lift\w*|sweep\w*|swept|shoot\w*|shot)\b",
    )
});

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        for m in r.mentions_of(s.span, Dim::Stage) {
            let Value::Stage(st) = &m.value else { continue };
            let (before, _) = r.doc.norm_of(r.doc.span(s.span.start(), m.span.start()));
            let (after, _) = r.doc.norm_of(r.doc.span(m.span.end(), s.span.end()));
            let before_l = before.to_lowercase();
            let c = clause::clause_at(r, m.span);
            if clause::polarity(r, &c, m.span) == crate::discourse::Polarity::Negated {
                continue; // "have not won a semi-final": a record
            }
            // What the match led to.
            if LEADS_BEFORE.is_match(&before_l) || LEADS_AFTER.is_match(after) {
                let lead = LEADS_BEFORE
                    .find(&before_l)
                    .map(|x| x.start())
                    .unwrap_or(before_l.len());
                let lead_at = r
                    .doc
                    .span_of_norm(
                        r.doc.norm_of(s.span).1 + lead,
                        r.doc.norm_of(s.span).1 + lead,
                    )
                    .start()
                    .max(c.own.start());
                // The team sent there: the object of a sending verb ("propelling Ivory Coast
                // into").
                let team = SEND.find_iter(&before_l).last().and_then(|v| {
                    let at = r
                        .doc
                        .span_of_norm(
                            r.doc.norm_of(s.span).1 + v.end(),
                            r.doc.norm_of(s.span).1 + v.end(),
                        )
                        .start();
                    r.discourse
                        .entities_in(r.doc.span(at, m.span.start()))
                        .find(|e| e.is_team())
                        .cloned()
                });
                let start = team
                    .as_ref()
                    .map(|t| t.span.start())
                    .unwrap_or(lead_at)
                    .min(lead_at);
                let mut end = m.span.end();
                if let Some(x) = LEADS_AFTER.find(after) {
                    end = r
                        .doc
                        .span_of_norm(
                            r.doc.norm_of(r.doc.span(m.span.end(), s.span.end())).1 + x.end(),
                            r.doc.norm_of(r.doc.span(m.span.end(), s.span.end())).1 + x.end(),
                        )
                        .start();
                }
                // "at stake" closes the phrase when it follows.
                let rest = r.doc.text_of(r.doc.span(end, s.span.end()));
                if let Some(i) = rest.find(" at stake").filter(|i| *i <= 30) {
                    end += i + " at stake".len();
                }
                push(
                    r,
                    out,
                    &c,
                    r.doc.span(start, end),
                    m.span,
                    StageClaim {
                        stage: Some(st.clone()),
                        competition: competition_near(r, s.span, m.span),
                        leads_to: true,
                        team,
                        friendly: false,
                    },
                );
                continue;
            }
            // The match's own stage.
            let headline = r.sentence_of(m.span).is_some_and(|x| x.headline)
                || before.trim().is_empty()
                || before.trim_end().ends_with('(')
                || after.trim_start().starts_with(':');
            let noun = MATCH_NOUN.find(after);
            let own = OWN_BEFORE.is_match(before)
                || headline
                || (noun.is_some() && NOUN_BEFORE.is_match(before));
            if !own
                || NOT_OWN.is_match(&before_l)
                || NOT_OWN_AFTER.is_match(after)
                || !clause::match_stage_phrase(r, m.span)
                || SEVERAL.is_match(after)
            {
                continue;
            }
            // A coming match's stage belongs to the fixture ("will face Spain in the final").
            if clause::ahead(r, &c, m.span) {
                continue;
            }
            // A bare "the final" as a subject or object needs a match word around it.
            let starts = OWN_BEFORE
                .find(before)
                .or_else(|| noun.and_then(|_| NOUN_BEFORE.find(before)))
                .map(|x| x.start())
                .unwrap_or(before.len());
            let base = r.doc.norm_of(r.doc.span(s.span.start(), m.span.start())).1;
            let start = r.doc.span_of_norm(base + starts, base + starts).start();
            let mut end = m.span.end();
            if let Some(n) = noun {
                let nb = r.doc.norm_of(r.doc.span(m.span.end(), s.span.end())).1;
                end = r.doc.span_of_norm(nb + n.end(), nb + n.end()).start();
            }
            let start = start.max(c.own.start().min(m.span.start()));
            push(
                r,
                out,
                &c,
                r.doc.span(start, end),
                m.span,
                StageClaim {
                    stage: Some(st.clone()),
                    competition: competition_near(r, s.span, m.span),
                    leads_to: false,
                    team: None,
                    friendly: false,
                },
            );
        }
        // Competitions a match belonged to: qualifiers, friendlies.
        for m in r.mentions_of(s.span, Dim::Competition) {
            let Value::Competition(cv) = &m.value else {
                continue;
            };
            let friendly = cv.competition == "Friendly";
            let (before, base) = r.doc.norm_of(r.doc.span(s.span.start(), m.span.start()));
            // "the qualifiers for the next 2022 World Cup".
            let qual_before = QUAL_BEFORE.find(before);
            if !cv.qualifying && !friendly && qual_before.is_none() {
                continue;
            }
            let mut cv = cv.clone();
            if qual_before.is_some() {
                cv.qualifying = true;
            }
            let Some(lead) = qual_before
                .and_then(|q| COMP_BEFORE.find(&before[..q.start()]).map(|x| x.start()))
                .or_else(|| COMP_BEFORE.find(before).map(|x| x.start()))
            else {
                continue;
            };
            let c = clause::clause_at(r, m.span);
            let start = r.doc.span_of_norm(base + lead, base + lead).start();
            push(
                r,
                out,
                &c,
                r.doc.span(start, m.span.end()),
                m.span,
                StageClaim {
                    stage: None,
                    competition: Some(cv.clone()),
                    leads_to: false,
                    team: None,
                    friendly,
                },
            );
        }
    }
}

fn competition_near(r: &Reading<'_>, sentence: Span, at: Span) -> Option<CompetitionValue> {
    r.mentions
        .of(sentence, Dim::Competition)
        .filter(|m| m.span.end() <= at.start() + 80)
        .min_by_key(|m| m.span.start().abs_diff(at.start()))
        .and_then(|m| match &m.value {
            Value::Competition(c) => Some(c.clone()),
            _ => None,
        })
}

fn push(
    r: &Reading<'_>,
    out: &mut Vec<Frame>,
    c: &clause::Clause,
    span: Span,
    trigger: Span,
    claim: StageClaim,
) {
    let qualifying = claim.competition.as_ref().is_some_and(|c| c.qualifying);
    let mut f = r.frame(
        "stage",
        if claim.leads_to { "leads_to" } else { "own" },
        Kind::Stage,
        span,
        trigger,
        Predicate::Stage(claim),
    );
    clause::rescope(r, &mut f, c);
    let lead = r
        .doc
        .text_of(
            r.doc
                .span(trigger.start().saturating_sub(12), trigger.start()),
        )
        .to_lowercase();
    if clause::demonstrative_before(r, trigger)
        || lead.trim_end().ends_with("during the")
        || lead.trim_end().ends_with("throughout the")
    {
        // "That group-stage defeat": a match spoken of before, not necessarily this one;
        // "the football that impressed during the group stage": a period, not this match.
        f.certain = false;
    }
    if qualifying {
        // The qualifiers are not played in the edition's days.
        f.scope.time.edition = None;
        f.scope.sentence_time.edition = None;
        f.scope.competition = None;
    }
    out.push(f);
}

fn stage_label(s: Stage, group: Option<&str>) -> String {
    match group {
        Some(g) => format!("{} (group {g})", s.label()),
        None => s.label().to_string(),
    }
}

/// The written stage against the data's: equal, or the same round named otherwise ("second
/// round" = the second group stage before 1986; a group match of a second group stage).
fn stage_fits(claimed: &StageValue, actual: Stage, year: i32, written: &str) -> bool {
    if event::same_stage(actual, claimed.stage) {
        return true;
    }
    let w = written.to_lowercase();
    claimed.stage == Stage::RoundOf16
        && w.contains("second")
        && year < 1986
        && actual == Stage::SecondGroupStage
}

/// A verb in the past tense: the sentence reports what happened.
static PAST_TENSE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    crate::rx::must(
        r"(?i)\b(?:was|were|had|did|beat|won|lost|drew|scored|met|took|came|went|saw|gave|[a-z]{2,}ed)\b",
    )
});

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::Stage(c) = &f.predicate else {
        return Finding::unknown("not a stage", Tie::none("-"));
    };
    let seg = ctx
        .discourse
        .segment(f.trigger.start())
        .map(|s| s.span)
        .unwrap_or(f.span);
    let place = f
        .scope
        .venue
        .as_ref()
        .filter(|v| v.kind != crate::mentions::VenueKind::Country)
        .map(|v| v.name.clone());
    let hints = Hints {
        score: event::written_score(ctx, seg),
        place,
        ..Default::default()
    };
    let found = event::find(ctx, f, &[], &hints);
    let Some(m) = &found.m else {
        return Finding::unknown(format!("no match identified: {}", found.tie.why), found.tie);
    };
    let ev = vec![m.row.evidence.clone()];
    // The competition a match belonged to.
    if c.stage.is_none() {
        let t = m.row.tournament.clone();
        // "in friendlies", "in the Euro 2024 qualifiers", "for Russia 2018": a plural names a
        // set of matches, and an edition whose years do not hold the match names another event
        // than the one the clause was tied to; either may be supported, never contradicted.
        let written = ctx.doc.text_of(f.trigger).to_lowercase();
        let plural = written.ends_with("friendlies")
            || written.ends_with("qualifiers")
            || written.ends_with("matches")
            || written.ends_with("games");
        let other_edition = c
            .competition
            .as_ref()
            .and_then(|cv| cv.year)
            .is_some_and(|y| {
                let d = m.row.date.year();
                !(d <= y && d >= y - 4)
            });
        let loose = |fd: Finding| -> Finding {
            if (plural || other_edition) && matches!(fd.status, crate::verify::Status::Fails { .. })
            {
                Finding::unknown(
                    format!(
                        "the words name {} rather than this match ({}): {}",
                        if plural {
                            "several matches"
                        } else {
                            "another edition"
                        },
                        m.row.evidence.text,
                        t
                    ),
                    found.tie.clone(),
                )
            } else {
                fd
            }
        };
        if c.friendly {
            return loose(if t == "Friendly" {
                Finding::holds(
                    format!("{}: a friendly", m.row.evidence.text),
                    found.tie.clone(),
                    ev,
                )
            } else {
                Finding::fails(
                    t.clone(),
                    format!("{} ({t})", m.row.evidence.text),
                    found.tie.clone(),
                    ev,
                )
            });
        }
        if let Some(cv) = &c.competition {
            let key = event::competition_key(cv);
            let qualifying = t.contains("qualification");
            let same =
                t.starts_with(&key) || (key.contains("World Cup") && t.contains("World Cup"));
            let year_ok = cv.year.is_none_or(|y| {
                let d = m.row.date.year();
                d <= y && d >= y - 4
            });
            return loose(if qualifying && same && year_ok {
                Finding::holds(
                    format!("{} ({t})", m.row.evidence.text),
                    found.tie.clone(),
                    ev,
                )
            } else if !qualifying {
                Finding::fails(
                    t.clone(),
                    format!("{} ({t})", m.row.evidence.text),
                    found.tie.clone(),
                    ev,
                )
            } else {
                Finding::unknown(
                    format!("{} belongs to {t}", m.row.evidence.text),
                    found.tie.clone(),
                )
            });
        }
        return Finding::unknown("no stage or competition", found.tie);
    }
    let Some(claimed) = &c.stage else {
        return Finding::unknown("no stage", found.tie);
    };
    if c.leads_to {
        return leads_to(ctx, f, c, claimed, m, found.tie);
    }
    let written = ctx.doc.text_of(f.trigger);
    let actual = ctx.facts.match_stage(&m.row).ok().flatten();
    let Some((stage, source)) = actual else {
        return Finding::unknown(
            format!("the stage of {} is not recorded", m.row.evidence.text),
            found.tie,
        );
    };
    let year = m.row.date.year();
    if !stage_fits(claimed, stage, year, written) {
        // A preview speaks of the coming match ("What: UEFA EURO 2024 final"): the next match
        // of the sides, when it is of the stage written.
        // Only for a clause about the future or an article written before the match in
        // scope was played: a report's "in a Round of 16 match" is about the match reported.
        let sentence = ctx
            .doc
            .sentence_at(f.span.start())
            .map(|s| ctx.doc.text_of(s.span))
            .unwrap_or("");
        let preview = f.modality == crate::discourse::Modality::Future
            || ctx.date.is_some_and(|d| d < m.row.date)
            || !PAST_TENSE.is_match(sentence);
        let from = ctx.date.unwrap_or(m.row.date).max(m.row.date);
        for t in [m.row.home, m.row.away].into_iter().filter(|_| preview) {
            let Some(n) = ctx.facts.next_match(t, from, ctx.gender).ok().flatten() else {
                continue;
            };
            if (n.date - from).num_days() > 10 {
                continue;
            }
            if let Some((st, _)) = ctx.facts.match_stage(&n).ok().flatten() {
                if event::same_stage(st, claimed.stage) {
                    return Finding::holds(
                        format!("{} is the coming {}", n.evidence.text, st.label()),
                        found.tie.uncertain("the coming match of the sides"),
                        vec![n.evidence.clone()],
                    );
                }
            }
        }
        return Finding::fails(
            stage.label(),
            format!(
                "{} was a {} ({source:?})",
                m.row.evidence.text,
                stage.label()
            ),
            found.tie,
            ev,
        );
    }
    if let Some(g) = &claimed.group {
        match ctx.facts.match_group(&m.row).ok().flatten() {
            Some(actual) if actual.eq_ignore_ascii_case(g) => {}
            Some(actual) => {
                return Finding::fails(
                    format!("Group {actual}"),
                    format!("{} was a group {actual} match", m.row.evidence.text),
                    found.tie,
                    ev,
                )
            }
            None => {
                return Finding::unknown(
                    format!("the group of {} is not recorded", m.row.evidence.text),
                    found.tie,
                )
            }
        }
    }
    Finding::holds(
        format!(
            "{} was a {} ({source:?})",
            m.row.evidence.text,
            stage_label(stage, claimed.group.as_deref())
        ),
        found.tie,
        ev,
    )
}

/// "with a place in the semi-final at stake", "propelling Ivory Coast into the final": the
/// stage of the next match of the team the match sent on (its winner unless one is named).
fn leads_to(
    ctx: &Context<'_>,
    f: &Frame,
    c: &StageClaim,
    claimed: &StageValue,
    m: &goalline_facts::matches::MatchFacts,
    tie: Tie,
) -> Finding {
    let team = c
        .team
        .as_ref()
        .and_then(|e: &Entity| ctx.team_of(e))
        .filter(|t| m.involves(*t))
        .or(m.result.winner);
    let Some(team) = team else {
        return Finding::unknown(format!("{} had no winner", m.row.evidence.text), tie);
    };
    // A stage the tied match had already passed ("advanced to the round of 16" in the report
    // of a semi-final) is an earlier step of the same campaign, not where this match leads.
    let own = ctx.facts.match_stage(&m.row).ok().flatten().map(|x| x.0);
    if own.is_some_and(|own| own != Stage::ThirdPlace && claimed.stage <= own) {
        return earlier_step(ctx, team, claimed, m, tie);
    }
    let next = ctx
        .facts
        .next_match(team, m.row.date, ctx.gender)
        .ok()
        .flatten()
        .filter(|n| n.tournament == m.row.tournament && (n.date - m.row.date).num_days() <= 40);
    let Some(next) = next else {
        return Finding::unknown(
            format!(
                "{} played no later match in the same competition",
                ctx.facts.team_name(team)
            ),
            tie,
        );
    };
    let _ = f;
    let actual = ctx.facts.match_stage(&next).ok().flatten();
    let ev = vec![m.row.evidence.clone(), next.evidence.clone()];
    match actual {
        Some((st, _)) if event::same_stage(st, claimed.stage) => Finding::holds(
            format!(
                "{} went on to the {}: {}",
                ctx.facts.team_name(team),
                st.label(),
                next.evidence.text
            ),
            tie,
            ev,
        ),
        Some((st, _)) => Finding::fails(
            st.label(),
            format!(
                "{}'s next match was a {}: {}",
                ctx.facts.team_name(team),
                st.label(),
                next.evidence.text
            ),
            tie,
            ev,
        ),
        None => Finding::unknown(
            format!("the stage of {} is not recorded", next.evidence.text),
            tie,
        ),
    }
}

/// A step the team took before the tied match in the same edition: holds when the team
/// played a match of that stage there (within 60 days before); never contradicted (a
/// narrative of the campaign may be read against the wrong edition).
fn earlier_step(
    ctx: &Context<'_>,
    team: goalline_core::TeamId,
    claimed: &StageValue,
    m: &goalline_facts::matches::MatchFacts,
    tie: Tie,
) -> Finding {
    let Ok(ledger) = ctx.facts.team_ledger(team) else {
        return Finding::unknown("the team's matches could not be read", tie);
    };
    let earlier = ledger.matches.iter().rev().find(|x| {
        x.date < m.row.date
            && (m.row.date - x.date).num_days() <= 60
            && x.tournament == m.row.tournament
            && ctx
                .facts
                .match_stage(x)
                .ok()
                .flatten()
                .is_some_and(|(st, _)| event::same_stage(st, claimed.stage))
    });
    match earlier {
        Some(x) => Finding::holds(
            format!(
                "{} played the {} earlier in the same tournament: {}",
                ctx.facts.team_name(team),
                claimed.stage.label(),
                x.evidence.text
            ),
            tie,
            vec![m.row.evidence.clone(), x.evidence.clone()],
        ),
        None => Finding::unknown(
            format!(
                "the {} comes before {}; no earlier match of {} at that stage was found",
                claimed.stage.label(),
                m.row.evidence.text,
                ctx.facts.team_name(team)
            ),
            tie,
        ),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("stage", include_str!("corpus.txt"));
    }

    fn certainties(text: &str) -> Vec<bool> {
        super::super::corpus::certainties("stage", text)
    }

    #[test]
    fn a_demonstrative_points_back_to_another_match() {
        let back = certainties("That group-stage defeat was forgotten by the final.");
        assert!(!back.is_empty() && back.iter().all(|c| !c), "{back:?}");
        let during =
            certainties("They kept the pressing that had impressed during the group stage.");
        assert!(during.iter().all(|c| !c), "{during:?}");
        let own = certainties("Spain beat Italy 2-0 in the group stage.");
        assert!(own.iter().any(|c| *c), "{own:?}");
    }
}
