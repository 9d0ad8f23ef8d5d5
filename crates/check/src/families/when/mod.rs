//! When a match was (or will be) played: weekdays ("on Sunday", "Saturday's glamour friendly",
//! "Wednesday night's World Cup qualifier", "this Saturday", "It was a Saturday then"), dates
//! ("on Tuesday, November 22", "in Abu Dhabi on February 1, 2019", "on Monday (Jun 28)"),
//! anniversaries ("on this day in 1982") and days named from the article's date
//! ("yesterday", "last night").
//!
//! Grammar: every weekday or day-and-month date (a weekday written with a date makes one
//! weekday frame and one date frame) in a clause that speaks of a match — a result or goal word,
//! a match noun, a score, a stage, a competition, "it was a Saturday" — and not of something
//! else (a birthday, an announcement, training). The clause is the mention's, joined to the
//! clause it qualifies when it is an adjunct ("…, in St Petersburg on Saturday"). A statement
//! looks ahead when its verb is future or a meeting verb in the present ("who play later on
//! Saturday", "Those two sides meet on Wednesday").
//!
//! Verified against the match the clause is about (see [`crate::verify::event`]): a weekday
//! holds when that match fell on it; resolved both ways from the publication date (a report
//! says "on Tuesday" for yesterday, a preview "on Sunday" for the coming match). A weekday
//! written with a full date is checked against the calendar. A date holds when the clause's
//! match was played that day; one day off next to a kick-off time in another time zone is
//! unknown (the data record local dates).

use super::clause::{self, Clause};
use super::{Family, Reading};
use crate::doc::Span;
use crate::frames::{Frame, Kind, Predicate, WhenClaim};
use crate::mentions::{DateValue, Dim, NotFootball, RelativeDay, Value};
use crate::verify::event::{self, Hints};
use crate::verify::{Context, Event, Finding, Tie};
use goalline_core::{Date, Datelike, Weekday};
use goalline_facts::matches::weekday_name;
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "when",
    recognise,
    verify,
};

/// Words that make a clause speak of a match.
static MATCH_CUE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:beat|beats|beating|won|win|wins|winning|victory|victorious|defeat|defeated|defeats|lost|loss|losing|lose|draw|drew|drawn|held|thrash\w*|crush\w*|hammer\w*|humiliat\w*|stun\w*|edged?|edging|saw off|see off|seeing off|knock\w* out|eliminat\w*|bounced|dumped|triumph\w*|prevail\w*|overcame|scor\w*|goals?|strike|struck|netted|header|penalt\w*|shoot-?outs?|spot-kicks?|kicks?|match|matches|game|games|final|finals|semi-?finals?|semis|quarter-?finals?|tie|clash|friendly|qualifier|fixture|showdown|derby|encounter|contest|meet|meets|meeting|face|faces|faced|facing|play|plays|played|playing|host|hosts|hosted|hosting|take on|takes on|taking on|took on|crowned|champions?|title|trophy|cup|record|debut|hat-trick|brace|equali[sz]\w*|opener|winner|run|campaign|exit|reached|advanced?|progress\w*|qualif\w*|sent off|came to an end|went out|knockout|opening match|glory|kick-off|goalscor\w*|scorer)\b",
    )
});

/// Words that make a day someone else's business: birthdays, announcements, training.
static NOT_MATCH: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:said|says|told|tells|announc\w*|confirm\w*|reveal\w*|named|appointed|sacked|fired|resign\w*|train\w*|arriv\w*|flew|landed|signed|retir\w*|died|born|birthday|turned \d+|turns \d+|publish\w*|released|voted|elected|charged|fined|banned|suspended|injur\w*|ruled out|surgery|press conference|unveil\w*|launch\w*|the draw|was drawn|tickets?|interview\w*|statement|tweet\w*|posted|wrote|apologi[sz]\w*)\b",
    )
});

/// A match noun right after a possessive weekday ("Saturday's final", "Wednesday night's
/// World Cup qualifier").
static POSSESSIVE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^(?:\s+(?:night|afternoon|evening))?'s\s+(?:[\w-]+\s+){0,4}?(?:final|semi-?final|quarter-?final|match|game|clash|tie|friendly|qualifier|showdown|derby|encounter|meeting|opener|contest|defeat|win|victory|draw|loss|play-?off)\b",
    )
});

/// "It was a Saturday", "on a rain-soaked Saturday".
static COPULA: Lazy<Regex> =
    Lazy::new(|| crate::rx::must(r"(?i)\b(?:was|is|fell on) an? (?:[\w-]+ )?$"));

/// "on this day in 1982", "this day in 1982".
static THIS_DAY: Lazy<Regex> = Lazy::new(|| crate::rx::must(r"(?i)\bon this day in\s*$"));

/// A day as the subject of a present or future verb ("Wednesday is the chance to put that
/// right", "Sunday will decide it"): the day of a coming match, not of the one reported.
static DAY_AS_SUBJECT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^\s*(?:night\s+|evening\s+)?(?:is|will|could|should|would|might|brings|offers)\b",
    )
});

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    let first = out.len();
    recognise_days(r, out);
    let len = r.doc.text().len();
    for f in &mut out[first..] {
        let end = f.trigger.end().min(len);
        let after = r.doc.text_of(r.doc.span(end, (end + 24).min(len)));
        if DAY_AS_SUBJECT.is_match(after) {
            f.certain = false;
        }
    }
}

fn recognise_days(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let ms: Vec<_> = r.mentions_of(s.span, Dim::Date);
        let mut k = 0;
        while k < ms.len() {
            let m = ms[k];
            k += 1;
            let before = r.doc.norm_of(r.doc.span(s.span.start(), m.span.start())).0;
            match &m.value {
                Value::Weekday { day } => {
                    // A date right after ("Tuesday, November 22", "Monday (Jun 28)").
                    let mut date: Option<(Span, DateValue)> = None;
                    if let Some(n) = ms.get(k) {
                        if let Value::Date(d) = &n.value {
                            let gap = r.doc.text_of(r.doc.span(m.span.end(), n.span.start()));
                            let gap_ok = gap
                                .trim_matches(|c: char| c == ',' || c == '(' || c.is_whitespace())
                                .is_empty()
                                || gap.trim() == ", the";
                            if gap_ok && d.month.is_some() && d.day.is_some() {
                                date = Some((n.span, *d));
                                k += 1;
                            }
                        }
                    }
                    let end = date.map(|d| d.0).unwrap_or(m.span);
                    let copula = COPULA.is_match(before);
                    let after = r.doc.norm_of(r.doc.span(m.span.end(), s.span.end())).0;
                    let possessive = POSSESSIVE.is_match(after);
                    push(
                        r,
                        out,
                        m.span,
                        end,
                        Some(*day),
                        date.map(|d| d.1),
                        None,
                        false,
                        copula || possessive,
                    );
                }
                Value::Date(d) if d.month.is_some() && d.day.is_some() => {
                    push(r, out, m.span, m.span, None, Some(*d), None, false, false);
                }
                Value::Date(d) if d.year.is_some() && THIS_DAY.is_match(before) => {
                    push(r, out, m.span, m.span, None, Some(*d), None, true, true);
                }
                Value::RelativeDay { day } => {
                    push(r, out, m.span, m.span, None, None, Some(*day), false, false);
                }
                _ => {}
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn push(
    r: &Reading<'_>,
    out: &mut Vec<Frame>,
    trigger: Span,
    end: Span,
    weekday: Option<Weekday>,
    date: Option<DateValue>,
    relative: Option<RelativeDay>,
    this_day: bool,
    strong: bool,
) {
    let c = clause::clause_at(r, trigger);
    let before = clause::text_before(r, &c, trigger);
    let own_before = r
        .doc
        .norm_of(
            r.doc
                .span(c.own.start(), trigger.start().max(c.own.start())),
        )
        .0
        .to_lowercase();
    let has_score = c
        .segs
        .iter()
        .any(|sp| r.mentions.of(*sp, Dim::Score).next().is_some());
    if NOT_MATCH.is_match(&own_before) && !has_score {
        return;
    }
    let text = clause::text(r, &c);
    let cued = strong
        || has_score
        || MATCH_CUE.is_match(&text)
        || c.segs.iter().any(|sp| {
            r.mentions
                .within(*sp)
                .any(|m| matches!(m.dim(), Dim::Stage | Dim::Competition))
        });
    if !cued {
        return;
    }
    // A negated clause is a record or a generality ("have not lost on a Sunday"), not a day.
    if clause::polarity(r, &c, trigger) == crate::discourse::Polarity::Negated {
        return;
    }
    let ahead = clause::ahead(r, &c, trigger);
    let start = span_start(r, &c, trigger);
    let span = r.doc.span(start, end.end());
    let claim = WhenClaim {
        weekday,
        date,
        relative,
        this_day,
        ahead,
    };
    let mut kinds = Vec::new();
    if weekday.is_some() {
        kinds.push(Kind::Weekday);
    }
    if date.is_some() || relative.is_some() {
        kinds.push(Kind::Date);
    }
    for kind in kinds {
        let mut f = r.frame(
            "when",
            if this_day { "this_day" } else { "day" },
            kind,
            span,
            trigger,
            Predicate::When(claim.clone()),
        );
        clause::rescope(r, &mut f, &c);
        out.push(f);
    }
    let _ = before;
}

/// Where the claim starts: the first match word of the clause before the mention (its
/// subject when one precedes it in the same segment), else the mention itself.
fn span_start(r: &Reading<'_>, c: &Clause, trigger: Span) -> usize {
    for sp in &c.segs {
        if sp.start() >= trigger.start() {
            break;
        }
        let upto = r.doc.span(sp.start(), sp.end().min(trigger.start()));
        let (t, base) = r.doc.norm_of(upto);
        if let Some(m) = MATCH_CUE.find(t) {
            let at = r.doc.span_of_norm(base + m.start(), base + m.end()).start();
            // The subject right before the verb ("France won …").
            let subj = r
                .discourse
                .entities_in(r.doc.span(sp.start(), at))
                .filter(|e| e.is_team() || e.person().is_some())
                .last()
                .map(|e| e.span.start());
            return subj.unwrap_or(at);
        }
    }
    trigger.start()
}

fn weekday_of(d: Date) -> Weekday {
    d.weekday()
}

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::When(w) = &f.predicate else {
        return Finding::unknown("not a day", Tie::none("-"));
    };
    let clause_span = ctx
        .discourse
        .segment(f.trigger.start())
        .map(|s| s.span)
        .unwrap_or(f.span);
    let clause_span = clause_span.cover(f.span);
    let item = item_span(ctx, f, clause_span);
    let score = event::written_score(ctx, item);
    // A list item names its own side ("…, Equatorial Guinea 3-1 in the quarter-finals and
    // Burkina Faso 3-1 in the semi-final on Thursday").
    let narrowed;
    let f = if item != clause_span {
        let mut g = f.clone();
        g.scope.teams = ctx
            .discourse
            .entities_in(item)
            .filter(|e| e.is_team())
            .cloned()
            .collect();
        narrowed = g;
        &narrowed
    } else {
        f
    };
    let mut hints = Hints {
        score,
        ahead: w.ahead,
        stage: f.scope.stage.as_ref().map(|s| s.stage),
        place: f.scope.venue.as_ref().map(|v| v.name.clone()),
        ..Default::default()
    };
    // Anniversaries: the day and month of the publication date in the year written.
    if w.this_day {
        let (Some(p), Some(y)) = (ctx.date, w.date.and_then(|d| d.year)) else {
            return Finding::unknown("the article's date is not known", Tie::none("-"));
        };
        let Some(day) = p.with_year(y) else {
            return Finding::unknown("no such day", Tie::none("-"));
        };
        hints.day = Some(day);
        let found = event::find(ctx, f, &[], &hints);
        return match found.m {
            Some(m) => Finding::holds(
                format!("{} was played on {}", m.row.evidence.text, m.row.date),
                found.tie,
                vec![m.row.evidence.clone()],
            ),
            None => Finding::unknown(
                format!("no match of the sides named on {day}: {}", found.tie.why),
                found.tie,
            ),
        };
    }
    // Days named from the article's date.
    if let Some(rel) = w.relative {
        return relative_day(f, ctx, rel, &hints);
    }
    // A date (day and month).
    if let Some(d) = w.date.filter(|d| d.month.is_some() && d.day.is_some()) {
        let year_hint = f.scope.time.year().filter(|_| d.year.is_none());
        let anchors: Vec<Date> = ctx
            .date
            .into_iter()
            .chain(ctx.main.as_ref().map(|m| m.row.date))
            .collect();
        let mut resolved: Option<Date> = None;
        for a in &anchors {
            let Some(day) = event::resolve_date(&d, year_hint, Some(*a), w.ahead.then_some(true))
            else {
                continue;
            };
            resolved.get_or_insert(day);
            hints.day = Some(day);
            let found = event::find(ctx, f, &[], &hints);
            if let Some(m) = found.m {
                if f.kind == Kind::Weekday {
                    if let Some(wd) = w.weekday {
                        return calendar(day, wd, year_known(ctx, &d, year_hint, day));
                    }
                }
                // "on Monday, July 14": the date claim is the day as written, weekday included.
                if let Some(wd) = w.weekday.filter(|wd| weekday_of(m.row.date) != *wd) {
                    return Finding::fails(
                        format!("{} {}", weekday_name(m.row.date), m.row.date),
                        format!(
                            "{} was played on {} {}, not a {}",
                            m.row.evidence.text,
                            weekday_name(m.row.date),
                            m.row.date,
                            crate::verify::weekday_word(wd)
                        ),
                        found.tie,
                        vec![m.row.evidence.clone()],
                    );
                }
                return Finding::holds(
                    format!(
                        "{} was played on {} {}",
                        m.row.evidence.text,
                        weekday_name(m.row.date),
                        m.row.date
                    ),
                    found.tie,
                    vec![m.row.evidence.clone()],
                );
            }
        }
        let Some(day) = resolved else {
            return Finding::unknown(
                "the year of the date is not known",
                Tie::none("no publication date"),
            );
        };
        if f.kind == Kind::Weekday {
            if let Some(wd) = w.weekday {
                return calendar(day, wd, year_known(ctx, &d, year_hint, day));
            }
        }
        if w.ahead {
            return Finding::unknown(
                format!("no match of the sides named on {day}"),
                Tie::none("a coming match's day is the fixture family's to rule on"),
            );
        }
        return date_elsewhere(f, ctx, day, &hints);
    }
    // A weekday alone.
    let Some(wd) = w.weekday else {
        return Finding::unknown("no day written", Tie::none("-"));
    };
    let found = event::find(ctx, f, &[], &hints);
    if let Some(m) = &found.m {
        if weekday_of(m.row.date) == wd {
            return Finding::holds(
                format!(
                    "{} was played on {} {}",
                    m.row.evidence.text,
                    weekday_name(m.row.date),
                    m.row.date
                ),
                found.tie,
                vec![m.row.evidence.clone()],
            );
        }
        // Not looking ahead, but written in the present: maybe a coming match.
        if !w.ahead && found.is_main {
            let other = Hints {
                ahead: true,
                ..hints.clone()
            };
            let f2 = event::find(ctx, f, &[], &other);
            if let Some(m2) = &f2.m {
                if weekday_of(m2.row.date) == wd && f2.tie.certain {
                    return Finding::holds(
                        format!(
                            "{} is played on {} {}",
                            m2.row.evidence.text,
                            weekday_name(m2.row.date),
                            m2.row.date
                        ),
                        f2.tie,
                        vec![m2.row.evidence.clone()],
                    );
                }
            }
        }
        let name = weekday_name(m.row.date);
        // Sides read only through pronouns or descriptions ("Their semifinal is on
        // Wednesday") may be the wrong ones.
        let named = f
            .scope
            .teams
            .iter()
            .any(|e| e.via == crate::discourse::Via::Name && !event::is_place(ctx, e));
        let found = if !named && !f.scope.teams.is_empty() {
            event::Found {
                tie: found
                    .tie
                    .clone()
                    .uncertain("the sides are read through pronouns"),
                ..found.clone()
            }
        } else {
            found.clone()
        };
        if w.ahead {
            // A coming match's day is the fixture family's to rule on (its team and opponent
            // are read there); here it is only confirmed.
            return Finding::unknown(
                format!("{} is played on {name} {}", m.row.evidence.text, m.row.date),
                found.tie,
            );
        }
        return Finding::fails(
            name,
            format!(
                "{} was played on {name} {}",
                m.row.evidence.text, m.row.date
            ),
            found.tie.clone(),
            vec![m.row.evidence.clone()],
        );
    }
    if let Some(m) = found.candidates.iter().find(|m| weekday_of(m.date) == wd) {
        return Finding::holds(
            format!(
                "{} was played on {} {}",
                m.evidence.text,
                weekday_name(m.date),
                m.date
            ),
            found.tie.clone().uncertain(found.tie.why.clone()),
            vec![m.evidence.clone()],
        );
    }
    Finding::unknown(
        format!("no match of the day identified: {}", found.tie.why),
        found.tie,
    )
}

/// The part of a list the mention belongs to ("Equatorial Guinea 3-1 in the quarter-finals
/// and Burkina Faso 3-1 in the semi-final on Thursday": the last item).
fn item_span(ctx: &Context<'_>, f: &Frame, seg: Span) -> Span {
    let upto = ctx
        .doc
        .span(seg.start(), f.trigger.start().max(seg.start()));
    let text = ctx.doc.text_of(upto);
    let mut cut = 0;
    for sep in [", ", " and "] {
        for (i, _) in text.match_indices(sep) {
            let item = ctx
                .doc
                .span(upto.start() + i + sep.len(), f.trigger.start());
            let has_team = ctx
                .discourse
                .entities_in(item)
                .any(|e| e.is_team() && !event::is_place(ctx, e));
            let has_score = ctx.mentions.of(item, Dim::Score).next().is_some();
            if has_team && has_score && i + sep.len() > cut {
                cut = i + sep.len();
            }
        }
    }
    if cut == 0 {
        return seg;
    }
    ctx.doc.span(upto.start() + cut, seg.end())
}

/// The year of a date is known: written, named in the clause, or inferred within half a year of
/// the article's date.
fn year_known(ctx: &Context<'_>, d: &DateValue, hint: Option<i32>, day: Date) -> bool {
    d.year.is_some()
        || hint.is_some()
        || ctx.date.is_some_and(|p| (p - day).num_days().abs() <= 183)
}

/// A weekday written with a full date: the calendar decides.
fn calendar(day: Date, wd: Weekday, year_known: bool) -> Finding {
    let actual = weekday_of(day);
    let tie = Tie::certain(Event::None, day.to_string(), "the calendar");
    let tie = if year_known {
        tie
    } else {
        tie.uncertain("the year is inferred from the article's date")
    };
    if actual == wd {
        Finding::holds(
            format!("{day} was a {}", weekday_name(day)),
            tie,
            Vec::new(),
        )
    } else {
        Finding::fails(
            weekday_name(day),
            format!("{day} was a {}", weekday_name(day)),
            tie,
            Vec::new(),
        )
    }
}

/// A date on which the clause's match was not found: contradicted when the clause's sides
/// played exactly one match around it and the tie is certain (a day off beside a kick-off time
/// in another time zone stays unknown).
fn date_elsewhere(f: &Frame, ctx: &Context<'_>, day: Date, h: &Hints) -> Finding {
    let around = Hints {
        day: None,
        ..h.clone()
    };
    let (teams, unresolved) = event::frame_teams(ctx, f, &[]);
    let near = (event::shift(day, -7), event::shift(day, 7));
    let cands: Vec<_> = if teams.is_empty() {
        Vec::new()
    } else {
        event::matches_of(ctx, &teams, near)
            .into_iter()
            .filter(|m| event::fits(ctx, m, &around))
            .collect()
    };
    let certain = !unresolved && (teams.len() >= 2 || h.score.is_some());
    match cands.as_slice() {
        [m] => {
            let off = (m.date - day).num_days().abs();
            let zone = off == 1 && clock_time_near(ctx, f);
            let tie = Tie::to_match(
                m.id,
                crate::verify::context::label(m),
                certain && !zone,
                if zone {
                    "one day off beside a kick-off time: the data record the local date"
                } else {
                    "the one match of the sides named around that day"
                },
            );
            Finding::fails(
                format!("{} {}", weekday_name(m.date), m.date),
                format!("{} was played on {}", m.evidence.text, m.date),
                tie,
                vec![m.evidence.clone()],
            )
        }
        _ => Finding::unknown(
            format!("no match of the sides named on {day}"),
            Tie::none("no match on that day"),
        ),
    }
}

/// A clock time in the sentence or the next one ("Kick-off time – 00:30 GMT").
fn clock_time_near(ctx: &Context<'_>, f: &Frame) -> bool {
    let Some(s) = ctx.doc.sentence_at(f.span.start()) else {
        return false;
    };
    let next = ctx.doc.sentences.get(s.index + 1).map(|n| n.span);
    let area = next.map(|n| s.span.cover(n)).unwrap_or(s.span);
    ctx.mentions.within(area).any(|m| {
        matches!(
            m.value,
            Value::NotFootball {
                what: NotFootball::ClockTime
            }
        )
    }) || CLOCK.is_match(ctx.doc.text_of(area))
}

static CLOCK: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|BST|CET|CEST|ET|EST|EDT|PT|PST|PDT|local|am|pm|a\.m\.|p\.m\.)",
    )
});

/// "yesterday", "last night", "tonight": the match of the clause on that day.
fn relative_day(f: &Frame, ctx: &Context<'_>, rel: RelativeDay, h: &Hints) -> Finding {
    use crate::verify::context::DateSource;
    let Some(p) = ctx
        .date
        .filter(|_| matches!(ctx.date_source, DateSource::Header | DateSource::Given))
    else {
        return Finding::unknown(
            "the article's date is not known, so its yesterday is not",
            Tie::none("no publication date"),
        );
    };
    let day = match rel {
        RelativeDay::Today => p,
        RelativeDay::Yesterday => event::shift(p, -1),
        RelativeDay::Tomorrow => event::shift(p, 1),
    };
    let hh = Hints {
        day: Some(day),
        ahead: false,
        ..h.clone()
    };
    let found = event::find(ctx, f, &[], &hh);
    match found.m {
        Some(m) => Finding::holds(
            format!("{} was played on {}", m.row.evidence.text, m.row.date),
            found.tie,
            vec![m.row.evidence.clone()],
        ),
        // Wire copy is often dated the day it was filed, or the next: never contradicted.
        None => Finding::unknown(format!("no match of the sides named on {day}"), found.tie),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_day_as_the_subject_of_a_coming_verb_is_not_certain() {
        let c = super::super::corpus::certainties(
            "when",
            "Spain beat Italy on Sunday. Wednesday is the chance to win the title.",
        );
        assert_eq!(c.len(), 2, "{c:?}");
        assert!(c[0] && !c[1], "{c:?}");
    }

    #[test]
    fn corpus() {
        super::super::corpus::run("when", include_str!("corpus.txt"));
    }
}
