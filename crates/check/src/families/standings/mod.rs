//! Standings: where a team stands in its group or qualifying table.
//!
//! Grammar (one frame per attribute, so each is reported apart):
//! - `position`: "second in their group", "top of Group A", "fifth in its group", "finished
//!   third in their group in 2015", "bottom of the table", "the leader of Group F", "leads
//!   Group C", "Group B leaders", "red lantern" (last place, in translated French);
//! - `third_placed`: "as one of the four best third-placed teams" (third in its group);
//! - `gap`: "five points behind England", "seven points clear of Scotland", "one point ahead
//!   of Portugal", "level on points with Wales";
//! - `record`: "seven victories in seven qualifying matches", "ten points from four games";
//! - `no_points`: "with no points", "without a point", "pointless" (the negation is the
//!   claim's own).
//!
//! The team is the clause's subject, a possessive, or the team in apposition ("Andorra, fifth
//! in its group"); the gap's other team follows "behind/ahead of/clear of".
//!
//! Verified against the group's table rebuilt from its fixtures (dev2 rule 6) with
//! [`goalline_facts::Facts::group_table`]: the competition of the team's match in scope (or of
//! the edition the clause names), on the publication day, before and after that day's matches
//! (the claim holds when one reading confirms it, fails only when both rule it out), or at the
//! end of the group stage for "finished". Positions tied on points, goal difference and goals
//! scored are unknown.

use super::history::{combine, num, re, team_after_prep, year_in, RefPoint};
use super::{Family, Reading};
use crate::discourse::Polarity;
use crate::doc::Span;
use crate::frames::{Frame, Kind, Predicate, StandingsClaim};
use crate::verify::{Context, Event, Finding, Tie};
use goalline_core::{Date, Datelike, Days, Gender, TeamId};
use goalline_facts::matches::MatchQuery;
use goalline_facts::tables::GroupTable;
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "standings",
    recognise,
    verify,
};

const POS: &str = r"(?P<pos>top|bottom|first|second|third|fourth|fifth|sixth|seventh|last|1st|2nd|3rd|4th|5th|6th)";
const GROUP: &str = r"(?:(?:their|its|his|her|the)\s+)?(?:qualifying\s+|qualification\s+)?(?:group|table|pool|standings|section)(?:\s+(?P<gl>[A-L]|\d{1,2})\b)?";

struct Rule {
    name: &'static str,
    re: Regex,
}

fn rule(name: &'static str, p: &str) -> Rule {
    Rule {
        name,
        re: re(&p.replace("{POS}", POS).replace("{GROUP}", GROUP)),
    }
}

static RULES: Lazy<Vec<Rule>> = Lazy::new(|| {
    vec![
        rule(
            "position",
            r"\b(?P<fin>finish(?:ed|es|ing)?\s+|ended\s+(?:up\s+)?|came\s+)?(?:in\s+)?(?:the\s+)?{POS}(?:\s+(?:place|spot|position))?\s+(?:of|in|on)\s+{GROUP}",
        ),
        rule(
            "leader",
            r"\b(?:the\s+)?(?:leaders?|leading\s+team|table-toppers|pacesetters|pace-setters)\s+(?:of|in)\s+{GROUP}",
        ),
        rule("leads", r"\blead(?:s|ing)?\s+{GROUP}"),
        rule(
            "group_leaders",
            r"\b(?:group|pool)\s+(?P<gl>[A-L])\s+(?:leaders|table-toppers|pacesetters)\b",
        ),
        rule("red_lantern", r"\b(?:the\s+)?red\s+lantern\b"),
        rule(
            "third_placed",
            r"\b(?:\w+\s+)?best\s+(?P<pos>third|second)[- ]plac(?:ed|e)\s+(?:teams|sides|nations|finishers)\b",
        ),
        rule(
            "gap",
            r"(?P<with>\bwith\s+)?\b(?P<n>{NUM}|a)\s+points?\s+(?P<dir>behind|ahead\s+of|clear\s+of|adrift\s+of|above|below|off|in\s+front\s+of|short\s+of|ahead)\b",
        ),
        rule("level", r"\blevel\s+on\s+points\s+with\b"),
        rule(
            "record",
            r"\b(?P<w>{NUM})\s+(?:victories|wins)\s+(?:in|from|out\s+of)\s+(?P<p>{NUM})\s+(?:qualifying\s+|qualification\s+|group\s+)?(?:matches|games|qualifiers|outings)\b",
        ),
        rule(
            "points",
            r"\b(?P<pts>{NUM})\s+points\s+(?:from|in|after)\s+(?P<p>{NUM})\s+(?:qualifying\s+|group\s+)?(?:matches|games|qualifiers|outings)\b",
        ),
        rule(
            "no_points",
            r"\b(?:(?:with\s+)?(?:no|zero)\s+points?(?:\s+taken)?|without\s+(?:a\s+)?points?|pointless)\b",
        ),
    ]
});

static FINISHED: Lazy<Regex> = Lazy::new(|| re(r"\bfinish(?:ed|es|ing)?\b|\bended\b"));

fn ordinal(w: &str) -> Option<u32> {
    Some(match w.to_ascii_lowercase().as_str() {
        "top" | "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        "fifth" | "5th" => 5,
        "sixth" | "6th" => 6,
        "seventh" => 7,
        _ => return None,
    })
}

fn empty() -> StandingsClaim {
    StandingsClaim {
        team: None,
        team_sure: false,
        position: None,
        bottom: false,
        points: None,
        played: None,
        wins: None,
        gap: None,
        group: None,
        no_points: false,
        year: None,
        finished: false,
        gap_or_points: false,
    }
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let mut taken: Vec<Span> = Vec::new();
        let (stext, _) = r.doc.norm_of(s.span);
        let year = year_in(stext);
        for rule in RULES.iter() {
            for m in r.find(&rule.re, s.span) {
                if taken.iter().any(|t| t.overlaps(m.span)) {
                    continue;
                }
                let text = |g: &str| m.group(g).map(|sp| r.doc.text_of(sp).to_string());
                let mut c = empty();
                c.group = text("gl");
                let seg = r.segment_span(m.span);
                match rule.name {
                    "position" => {
                        let p = text("pos").unwrap_or_default().to_lowercase();
                        if p == "bottom" || p == "last" {
                            c.bottom = true;
                        } else {
                            c.position = ordinal(&p);
                        }
                        c.finished = text("fin").is_some();
                    }
                    "leader" | "leads" | "group_leaders" => c.position = Some(1),
                    "red_lantern" => c.bottom = true,
                    "third_placed" => {
                        c.position = ordinal(&text("pos").unwrap_or_default());
                        c.finished = true;
                    }
                    "gap" | "level" => {
                        let n = text("n").and_then(|n| num(&n)).unwrap_or(0) as i32;
                        let dir = text("dir").unwrap_or_default().to_lowercase();
                        let sign = if dir.starts_with("behind")
                            || dir.starts_with("adrift")
                            || dir.starts_with("below")
                            || dir.starts_with("off")
                            || dir.starts_with("short")
                        {
                            -1
                        } else {
                            1
                        };
                        let window = r
                            .doc
                            .span(m.span.start(), (m.span.end() + 30).min(seg.end()));
                        let Some(other) = team_after_prep(
                            r,
                            window,
                            &["behind", "of", "above", "below", "off", "with", "over"],
                        ) else {
                            continue;
                        };
                        c.gap = Some((sign * n, other));
                        c.gap_or_points = m.group("with").is_some();
                    }
                    "record" => {
                        c.wins = text("w").and_then(|w| num(&w));
                        c.played = text("p").and_then(|w| num(&w));
                    }
                    "points" => {
                        c.points = text("pts").and_then(|w| num(&w));
                        c.played = text("p").and_then(|w| num(&w));
                    }
                    "no_points" => {
                        c.no_points = true;
                        c.points = Some(0);
                    }
                    _ => continue,
                }
                // A table needs a group or qualifying context: the other rules name one.
                if matches!(
                    rule.name,
                    "gap" | "level" | "record" | "points" | "no_points"
                ) && !TABLE_CONTEXT
                    .is_match(r.doc.norm_of(r.doc.span(s.span.start(), s.span.end())).0)
                    && !near_standings(out, s.span)
                {
                    continue;
                }
                if c.finished
                    || FINISHED.is_match(r.doc.norm_of(r.doc.span(seg.start(), m.span.start())).0)
                {
                    c.finished = true;
                    c.year = year;
                }
                match super::history::subject_team_sure(r, m.span) {
                    Some((e, sure)) => {
                        c.team = Some(e);
                        c.team_sure = sure;
                    }
                    None => {
                        // A fronted phrase ("With six wins from six, Germany lead") or an
                        // apposition after the trigger ("the Group C leaders Croatia").
                        let after =
                            super::history::teams_in(r, r.doc.span(m.span.end(), s.span.end()))
                                .into_iter()
                                .find(|e| e.via == crate::discourse::Via::Name);
                        let ok = after.as_ref().is_some_and(|e| {
                            let gap = r.doc.text_of(r.doc.span(m.span.end(), e.span.start()));
                            let lead = r.doc.text_of(r.doc.span(s.span.start(), m.span.start()));
                            let fronted = lead.split_whitespace().count() <= 2
                                && gap.trim_end().ends_with(',')
                                && !gap.contains(" and ");
                            gap.trim().is_empty() || fronted
                        });
                        if ok {
                            c.team = after;
                            c.team_sure = true;
                        }
                    }
                }
                let mut span = m.span;
                if let Some(t) = &c.team {
                    if t.span.end() <= m.span.start() && s.span.contains(t.span) {
                        let gap = r.doc.text_of(r.doc.span(t.span.end(), m.span.start()));
                        if gap.len() < 40 {
                            span = t.span.cover(span);
                        }
                    }
                }
                let mut frame = r.frame(
                    "standings",
                    rule.name,
                    Kind::Standings,
                    span,
                    m.span,
                    Predicate::Standings(c),
                );
                if rule.name == "no_points" {
                    frame.polarity = Polarity::Affirmed;
                }
                if super::history::prevented(r, m.span) {
                    frame.polarity = Polarity::Negated;
                }
                taken.push(m.span);
                out.push(frame);
            }
        }
    }
}

static TABLE_CONTEXT: Lazy<Regex> = Lazy::new(|| {
    re(
        r"\b(?:group|table|standings|qualif\w*|lead(?:er|ers|s)?|top|bottom|second|third|red\s+lantern|points)\b",
    )
});

fn near_standings(out: &[Frame], s: Span) -> bool {
    out.iter()
        .any(|f| f.family == "standings" && s.contains(f.span))
}

// ---------------------------------------------------------------------------------------
// Verifier.

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::Standings(c) = &f.predicate else {
        return Finding::unknown("not a table claim", Tie::none("-"));
    };
    let Some(team) = c.team.as_ref().and_then(|e| ctx.team_of(e)) else {
        return Finding::unknown("the team is not identified", Tie::none("no team"));
    };
    let name = ctx.facts.team_name(team).to_string();
    let Some(pub_date) = ctx.date else {
        return Finding::unknown("the article's date is not known", Tie::none("no date"));
    };
    let gender = ctx.gender;
    // A past edition's final table ("finished third in their group in 2015").
    if let (Some(y), true) = (c.year, c.finished) {
        if ctx.main.as_ref().is_none_or(|m| m.row.date.year() != y) {
            let comp = ctx
                .doc
                .sentence_at(f.trigger.start())
                .and_then(|s| super::history::competition_in_text(ctx.doc.norm_of(s.span).0))
                .map(|c| c.0)
                .unwrap_or_else(|| {
                    if gender == Gender::Women {
                        "FIFA Women's World Cup".into()
                    } else {
                        "FIFA World Cup".into()
                    }
                });
            let comp = if gender == Gender::Women && comp == "FIFA World Cup" {
                "FIFA Women's World Cup".to_string()
            } else {
                comp
            };
            let Ok(Some(e)) = ctx.facts.edition(&comp, Some(y), None) else {
                return Finding::unknown(
                    format!("no {comp} edition of {y} in the data"),
                    Tie::none("no edition"),
                );
            };
            let mut tie = Tie::certain(
                Event::Edition {
                    competition: comp.clone(),
                    year: y,
                },
                e.label.clone(),
                "the edition the clause names",
            );
            if !c.team_sure {
                tie = tie.uncertain("the team was not read surely from the sentence");
            }
            let rp = RefPoint {
                date: e.to,
                inclusive: true,
                label: format!("at the end of the {} group stage", e.label),
            };
            return check(ctx, c, team, &name, &comp, &rp, &tie, gender);
        }
    }
    // The competition: the team's match in scope.
    let main = ctx.main.as_ref().filter(|m| m.involves(team));
    let recent = match main {
        Some(m) => Some(m.row.clone()),
        None => ctx
            .facts
            .find_matches(&MatchQuery {
                teams: vec![team],
                from: pub_date.checked_sub_days(Days::new(7)),
                to: Some(pub_date),
                gender: Some(gender),
                ..Default::default()
            })
            .ok()
            .and_then(|v| v.into_iter().last()),
    };
    let Some(recent) = recent else {
        return Finding::unknown(
            format!("{name} played no match in the days before the article"),
            Tie::none("no match"),
        );
    };
    if recent.tournament == "Friendly" {
        return Finding::unknown(
            "the team's match in scope is a friendly",
            Tie::none("friendly"),
        );
    }
    let comp = recent.tournament.clone();
    let tie = Tie::to_match(
        recent.id,
        super::history::label(&recent),
        c.team_sure,
        if c.team_sure {
            "the team's match in scope"
        } else {
            "the team's match in scope, but the team was not read surely from the sentence"
        },
    );
    if c.finished {
        // The group's final table: after its last match.
        let rp = RefPoint {
            date: recent
                .date
                .checked_add_days(Days::new(60))
                .unwrap_or(recent.date),
            inclusive: true,
            label: "at the end of the group".into(),
        };
        return check(ctx, c, team, &name, &comp, &rp, &tie, gender);
    }
    let day = recent.date.max(pub_date);
    let refs = [
        RefPoint {
            date: day,
            inclusive: true,
            label: format!("after the matches of {day}"),
        },
        RefPoint {
            date: recent.date,
            inclusive: false,
            label: format!("before the matches of {}", recent.date),
        },
    ];
    let findings = refs
        .iter()
        .map(|rp| check(ctx, c, team, &name, &comp, rp, &tie, gender))
        .collect();
    combine(findings, &tie)
}

#[allow(clippy::too_many_arguments)]
fn check(
    ctx: &Context<'_>,
    c: &StandingsClaim,
    team: TeamId,
    name: &str,
    comp: &str,
    rp: &RefPoint,
    tie: &Tie,
    gender: Gender,
) -> Finding {
    let as_of: Date = rp.date;
    let t = match ctx
        .facts
        .group_table(team, comp, gender, as_of, rp.inclusive)
    {
        Ok(Some(t)) => t,
        Ok(None) => {
            return Finding::unknown(
                format!("no group of {name} in the {comp} around {as_of} could be rebuilt"),
                tie.clone(),
            )
        }
        Err(e) => {
            return Finding::unknown(format!("the table could not be read: {e}"), tie.clone())
        }
    };
    if !t.coverage.is_exact() {
        return Finding::unknown(
            t.note.unwrap_or_else(|| "the table is incomplete".into()),
            tie.clone(),
        );
    }
    let table: &GroupTable = &t.value;
    let Some(row) = table.row(team) else {
        return Finding::unknown(format!("{name} is not in the group rebuilt"), tie.clone());
    };
    let Some((lo, hi)) = table.position(team) else {
        return Finding::unknown("no position", tie.clone());
    };
    let lines: Vec<String> = table
        .rows
        .iter()
        .map(|r| {
            format!(
                "{} {} pts ({} played, {} won, GD {:+})",
                ctx.facts.team_name(r.team),
                r.points,
                r.played,
                r.won,
                r.goal_difference()
            )
        })
        .collect();
    let detail = format!("{} {}: {}", table.label, rp.label, lines.join("; "));
    let ev = t
        .evidence
        .iter()
        .rev()
        .take(12)
        .cloned()
        .collect::<Vec<_>>();
    let pos_text = |lo: u32, hi: u32| {
        if lo == hi {
            format!("{lo}")
        } else {
            format!("{lo}-{hi} (level)")
        }
    };
    let mut wrong: Vec<String> = Vec::new();
    let n = table.rows.len() as u32;
    let want_pos = if c.bottom { Some(n) } else { c.position };
    if let Some(p) = want_pos {
        if p < lo || p > hi {
            wrong.push(format!("{name} {}", ordinal_text(lo, hi, n)));
        } else if lo != hi {
            return Finding::unknown(
                format!(
                    "{detail}: {name} shares position {} with others",
                    pos_text(lo, hi)
                ),
                tie.clone(),
            );
        }
    }
    if let Some(p) = c.points {
        if row.points != p {
            wrong.push(format!("{} points", row.points));
        }
    }
    if let Some(p) = c.played {
        if row.played != p {
            wrong.push(format!("{} matches played", row.played));
        }
    }
    if let Some(w) = c.wins {
        if row.won != w {
            wrong.push(format!("{} wins", row.won));
        }
    }
    if let Some((g, e)) = &c.gap {
        let Some(o) = ctx.team_of(e) else {
            return Finding::unknown("the other team is not identified", tie.clone());
        };
        let Some(orow) = table.row(o) else {
            return Finding::unknown(
                format!("{} is not in {name}'s group", ctx.facts.team_name(o)),
                tie.clone(),
            );
        };
        let real = row.points as i32 - orow.points as i32;
        // "with six points ahead of Wales": six may be the team's own points.
        let as_points = c.gap_or_points
            && row.points as i32 == g.abs()
            && (real.signum() == g.signum() || real == 0 && *g == 0);
        if real != *g && !as_points {
            wrong.push(format!(
                "{} points {} {}",
                real.abs(),
                if real >= 0 { "ahead of" } else { "behind" },
                ctx.facts.team_name(o)
            ));
        }
    }
    if !wrong.is_empty() {
        return Finding::fails(wrong.join(", "), detail, tie.clone(), ev);
    }
    Finding::holds(detail, tie.clone(), ev)
}

fn ordinal_text(lo: u32, hi: u32, n: u32) -> String {
    let o = |k: u32| match k {
        1 => "first".to_string(),
        2 => "second".to_string(),
        3 => "third".to_string(),
        k => format!("{k}th"),
    };
    if lo == hi {
        if lo == n {
            format!("{} (last)", o(lo))
        } else {
            o(lo)
        }
    } else {
        format!("{}-{}", o(lo), o(hi))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("standings", include_str!("corpus.txt"));
    }
}
