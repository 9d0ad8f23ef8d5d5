//! Ages: "Arnaldo Ortega, a 20-year-old forward", "37-year-old talisman Modric", "The
//! 36-year-old", "teenage star Endrick", "Modric, 37,", "aged 34", "is still only 23", "who
//! turned 19 on Monday", "his 22nd birthday on Friday", "turned 17 the day before the final".
//!
//! Grammar: every age mention (the age dimension) is tied to a person —
//! - `premodifier`: the age before a name, across a few noun-phrase words ("37-year-old
//!   talisman Modric", "a 20-year-old Franz Beckenbauer", "teenager Kylian Mbappe");
//! - `apposition`: a name, a comma and the age ("Hurst, the 25-year-old", "Modric, 37,",
//!   "Navas, at 38 the oldest", "Ortega, a 20-year-old forward");
//! - `relative`: a name and a relative clause ("Bright, who turns 30 on Monday");
//! - `subject`: the subject of the age's clause ("Giroud is 36", "he made his debut as a
//!   teenager"), named (certain) or a pronoun;
//! - `description`: "the 29-year-old", whose referent the discourse resolves.
//!
//! A name followed by a person noun is a club ("the 24-year-old Paris Saint-Germain forward").
//! Birthdays ("turned", "turns", "Nth birthday") keep their weekday ("on Monday", "next
//! Tuesday") and an offset from the event ("three days before the final").
//!
//! Verified against the birth date (`Facts::age`) on the main match's day and the publication
//! date (either may be meant), or across the year the clause names. A named person's age is
//! contradicted when it fits neither day; a description's age is supported when its referent
//! fits, consistent (unverifiable) when another person named in the passage fits, and
//! contradicted only when it opens its sentence and every person the passage names is known
//! and none of them has that age. A birthday is checked for its weekday or offset.

use super::people::{self, named_after, named_before, opens_sentence, relative_antecedent};
use super::{Family, Reading};
use crate::discourse::{Entity, Referent, Via};
use crate::doc::Span;
use crate::frames::{AgeClaim, AgeLink, Birthday, Frame, Kind, Predicate};
use crate::mentions::{AgeValue, Dim, Value};
use crate::verify::{Context, Event, Finding, PlayerRes, Tie};
use goalline_core::{Date, Datelike, PlayerId};
use goalline_facts::people::age_on;
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "age",
    recognise,
    verify,
};

/// Nouns after "N-year-old" that are no person ("a 10-year-old stadium", "the two-year-old
/// crown").
static NOT_PERSON: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^\s*(?:stadium|ground|arena|record|crown|title|trophy|wait|drought|rivalry|competition|tournament|club|league|rule|law|mark|tradition|building|venue|pitch|boy|girl|son|daughter|child|kid|fan|supporter|mascot)s?\b",
    )
});

/// "three days before the final", "the day before the final", "a day after the semi-final".
static OFFSET: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?|(?:the|a)\s+day)\s+(?P<dir>before|after|ahead\s+of)\s+(?:the|their|his|her|this|that)\b",
    )
});

/// "next Tuesday", "last Monday", "on Friday".
static WEEKDAY_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)^\s*(?:only\s+|just\s+)?(?:on\s+|next\s+|last\s+|this\s+(?:coming\s+)?)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    )
});

fn number(w: &str) -> Option<i32> {
    w.parse().ok().or(match w.to_ascii_lowercase().as_str() {
        "one" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "six" => Some(6),
        "seven" => Some(7),
        "eight" => Some(8),
        "nine" => Some(9),
        "ten" => Some(10),
        _ => None,
    })
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        for m in r.mentions_of(s.span, Dim::Age) {
            let Value::Age(age) = &m.value else { continue };
            let age = *age;
            let teen = m.rule == "age_teen";
            if age.to < 14 && !teen {
                continue;
            }
            let after = r.doc.text_of(r.doc.span(m.span.end(), s.span.end()));
            if m.rule.starts_with("age_year") && NOT_PERSON.is_match(after) {
                continue;
            }
            let birthday = birthday(r, m.rule, m.span, s.span);
            let (person, link, rule, span) = tie(r, m.rule, m.span);
            if link == AgeLink::Described && person.is_none() && !teen && birthday.is_none() {
                // An age with nobody it could belong to in its own words ("aged between 18
                // and 21", "at 37 points") is not a claim about a person here.
                if !m.rule.starts_with("age_year") {
                    continue;
                }
            }
            let then = then(r, m.rule, m.span, s.span);
            let opens = link == AgeLink::Described
                && person.as_ref().is_some_and(|e| opens_sentence(r, e.span))
                || (person.is_none() && opens_sentence(r, m.span));
            let mut span = span;
            if let Some(b) = &birthday {
                // "who turned 19 on Monday", "three days before the final".
                let rest = r.doc.span(m.span.end(), s.span.end());
                for w in r.mentions_of(rest, Dim::Date) {
                    if matches!(w.value, Value::Weekday { .. })
                        && w.span.start() - m.span.end() < 20
                    {
                        span = span.cover(w.span);
                    }
                }
                if b.days_before_event.is_some() {
                    if let Some(x) = r.find(&OFFSET, rest).first() {
                        span = span.cover(x.span);
                    }
                }
            }
            out.push(r.frame(
                "age",
                rule,
                Kind::Age,
                span,
                m.span,
                Predicate::Age(AgeClaim {
                    person,
                    age,
                    link,
                    opens,
                    birthday,
                    then,
                }),
            ));
        }
    }
}

/// True when the age is the one at the time the clause speaks of rather than now: an
/// indefinite description ("a 19-year-old Ronaldo", "as a teenager"), "aged 19", "at 19",
/// "then 27", "was 17".
fn then(r: &Reading<'_>, rule: &str, at: Span, sentence: Span) -> bool {
    if matches!(
        rule,
        "age_aged" | "age_at_n" | "age_at_the_age_of" | "age_at_years_days"
    ) {
        return true;
    }
    let before = r
        .doc
        .text_of(r.doc.span(sentence.start(), at.start()))
        .to_lowercase();
    let last: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    match last.first().copied() {
        Some("a" | "an" | "then") => true,
        Some("only" | "just" | "still" | "barely" | "already") => last.contains(&"was"),
        Some("was") => rule == "age_is_n",
        _ => false,
    }
}

/// Who an age belongs to, how surely, the rule, and the span of the claim.
fn tie(r: &Reading<'_>, rule: &str, at: Span) -> (Option<Entity>, AgeLink, &'static str, Span) {
    let det = determiner_before(r, at);
    // "37-year-old talisman Modric", "teenager Kylian Mbappe".
    if rule.starts_with("age_year") || rule == "age_teen" {
        if let Some(e) = named_after(r, at, 4) {
            return (
                Some(e.clone()),
                AgeLink::Named,
                "premodifier",
                det.cover(e.span),
            );
        }
    }
    // "Hurst, the 25-year-old West Ham forward", "Modric, 37,", "Navas, at 38".
    if let Some(e) = named_before(r, at) {
        let span = e.span.cover(noun_phrase_end(r, at));
        return (Some(e.clone()), AgeLink::Named, "apposition", span);
    }
    // "Bright, who turns 30", "Ochoa, who turned 38".
    if let Some(e) = relative_antecedent(r, at) {
        if e.via == Via::Name {
            return (
                Some(e.clone()),
                AgeLink::Named,
                "relative",
                e.span.cover(at),
            );
        }
    }
    // "the 29-year-old", "the 35-year-old captain": a description the discourse resolved.
    if let Some(e) = r
        .discourse
        .entities_containing(at)
        .find(|e| e.via == Via::Description && e.span.contains(at))
    {
        return (
            Some(e.clone()),
            AgeLink::Described,
            "description",
            e.span.cover(noun_phrase_end(r, at)),
        );
    }
    // "Giroud is 36", "he made his debut as a teenager", "The Barcelona teenager had turned 17".
    let subject = r
        .discourse
        .segment_at(at.start())
        .and_then(|si| r.discourse.subject_before(r.doc, si, at));
    if let Some(a) = subject.filter(|a| {
        matches!(a.referent, Referent::Person(_) | Referent::Described { .. })
            && a.span.end() <= at.start()
    }) {
        let seg = r.segment_span(at);
        let link = if a.via == Via::Name && seg.contains(a.span) {
            AgeLink::Named
        } else {
            AgeLink::Described
        };
        let span = if seg.contains(a.span) && at.start() - a.span.end() < 40 {
            a.span.cover(at)
        } else {
            det.cover(at)
        };
        return (Some(a), link, "subject", span);
    }
    (
        None,
        AgeLink::Described,
        "description",
        det.cover(noun_phrase_end(r, at)),
    )
}

/// The age's span extended back over "the"/"a"/"an" right before it.
fn determiner_before(r: &Reading<'_>, at: Span) -> Span {
    let Some(s) = r.sentence_of(at) else {
        return at;
    };
    let before = r.doc.text_of(r.doc.span(s.span.start(), at.start()));
    let trimmed = before.trim_end();
    for d in ["the", "The", "a", "A", "an", "An"] {
        if let Some(head) = trimmed.strip_suffix(d) {
            if head.is_empty() || head.ends_with(char::is_whitespace) {
                return r.doc.span(s.span.start() + head.len(), at.end());
            }
        }
    }
    at
}

/// The end of the noun phrase an age opens ("the 29-year-old Chelsea goalkeeper"): the age
/// extended over the following noun-phrase words up to a person noun.
fn noun_phrase_end(r: &Reading<'_>, at: Span) -> Span {
    let Some(s) = r.sentence_of(at) else {
        return at;
    };
    let toks = r.doc.tokens_in(r.doc.span(at.end(), s.span.end()));
    let mut end = at;
    for t in toks.iter().take(4) {
        let w = r.doc.text_of(t.span);
        if !people::noun_phrase_word(w) {
            break;
        }
        if people::person_noun(w) {
            end = at.cover(t.span);
        }
    }
    end
}

/// A birthday phrase: "turned 19", "turns 30", "his 22nd birthday", with its weekday and
/// offset.
fn birthday(r: &Reading<'_>, rule: &str, at: Span, sentence: Span) -> Option<Birthday> {
    if rule != "age_turned" && rule != "age_birthday" {
        return None;
    }
    let words = r.doc.text_of(at).to_lowercase();
    let before = r
        .doc
        .text_of(r.doc.span(sentence.start(), at.start()))
        .to_lowercase();
    let future = words.starts_with("turns")
        || words.starts_with("turning") && !before.trim_end().ends_with("after")
        || before.trim_end().ends_with("will")
        || before.trim_end().ends_with("will celebrate")
        || (rule == "age_birthday" && before.contains("celebrates"));
    let rest = r.doc.span(at.end(), sentence.end());
    let rest_text = r.doc.text_of(rest);
    let weekday = if WEEKDAY_AFTER.is_match(rest_text) || rest_text.len() < 40 {
        r.mentions_of(rest, Dim::Date)
            .into_iter()
            .find_map(|w| match w.value {
                Value::Weekday { day } if w.span.start() - at.end() < 20 => Some(day),
                _ => None,
            })
    } else {
        None
    };
    let days_before_event = r.find(&OFFSET, rest).first().and_then(|m| {
        let head = r.doc.text_of(r.doc.span(at.end(), m.span.start()));
        if head.split_whitespace().count() > 2 {
            return None;
        }
        let n = match m.group("n") {
            Some(g) => number(r.doc.text_of(g))?,
            None => 1,
        };
        let dir = m.group("dir").map(|g| r.doc.text_of(g).to_lowercase())?;
        Some(if dir.starts_with("after") { -n } else { n })
    });
    Some(Birthday {
        future,
        weekday,
        days_before_event,
    })
}

/// The possible ages of a birth date on the reference days, or across a period (`span`: the
/// days are its first and last).
fn ages_over(birth: Date, days: &[Date], span: bool) -> Vec<i32> {
    let mut v: Vec<i32> = days.iter().map(|d| age_on(birth, *d)).collect();
    if span {
        if let (Some(lo), Some(hi)) = (v.iter().min().copied(), v.iter().max().copied()) {
            v = (lo..=hi).collect();
        }
    }
    v.sort();
    v.dedup();
    v
}

fn fits(age: AgeValue, ages: &[i32]) -> bool {
    ages.iter()
        .any(|a| *a >= age.from as i32 && *a <= age.to as i32)
}

fn birth_date(ctx: &Context<'_>, p: PlayerId) -> Option<(Date, goalline_core::Evidence)> {
    let row = ctx.facts.player_row(p).ok()??;
    Some((row.birth_date?, row.evidence))
}

fn shown(a: AgeValue) -> String {
    if a.from == a.to {
        a.from.to_string()
    } else {
        format!("{}-{}", a.from, a.to)
    }
}

fn days_label(days: &[Date]) -> String {
    days.iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join(" / ")
}

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::Age(c) = &f.predicate else {
        return Finding::unknown("not an age", Tie::none("-"));
    };
    let (days, other_time) = if c.then {
        people::reference_days(f, ctx)
    } else {
        people::present_days(ctx)
    };
    if days.is_empty() {
        return Finding::unknown(
            "the article's date is not known",
            Tie::none("no publication date or match"),
        );
    }
    match c.link {
        AgeLink::Named => verify_named(f, c, ctx, &days, other_time),
        AgeLink::Described => verify_described(f, c, ctx, &days, other_time),
    }
}

fn person_name(ctx: &Context<'_>, p: PlayerId) -> String {
    ctx.facts
        .player_row(p)
        .ok()
        .flatten()
        .map(|r| r.name)
        .unwrap_or_else(|| p.to_string())
}

fn verify_named(
    f: &Frame,
    c: &AgeClaim,
    ctx: &Context<'_>,
    days: &[Date],
    other_time: bool,
) -> Finding {
    let Some(e) = &c.person else {
        return Finding::unknown("no person", Tie::none("-"));
    };
    let written = ctx.doc.text_of(e.span).to_string();
    let p = match ctx.player(e) {
        crate::verify::PlayerRes::One(p) => p,
        crate::verify::PlayerRes::Ambiguous(_) => {
            return Finding::unknown(
                format!("{written} may be several players in the data"),
                Tie::none("ambiguous name"),
            )
        }
        crate::verify::PlayerRes::None => {
            return Finding::unknown(
                format!("{written} is not a player the data know"),
                Tie::none("unknown person"),
            )
        }
    };
    let name = person_name(ctx, p);
    let Some((birth, ev)) = birth_date(ctx, p) else {
        return Finding::unknown(
            format!("no birth date is recorded for {name}"),
            Tie::none("no birth date"),
        );
    };
    let tie = Tie::certain(
        Event::Career,
        format!("{name}, born {birth}"),
        "the age is written next to the name",
    );
    let tie = if other_time {
        tie
    } else {
        Tie {
            why: "the age is written next to the name; checked on the match day and the publication date".into(),
            ..tie
        }
    };
    if let Some(b) = &c.birthday {
        return verify_birthday(f, c, ctx, b, p, &name, birth, ev, tie);
    }
    let ages = ages_over(birth, days, other_time);
    let detail = format!(
        "{name} (born {birth}) was {} on {}",
        ages.iter()
            .map(|a| a.to_string())
            .collect::<Vec<_>>()
            .join(" or "),
        days_label(days)
    );
    if fits(c.age, &ages) {
        Finding::holds(detail, tie, vec![ev])
    } else {
        let correct = ages
            .iter()
            .map(|a| a.to_string())
            .collect::<Vec<_>>()
            .join(" or ");
        Finding::fails(correct, detail, tie, vec![ev])
    }
}

/// The day a person reached `years` (a 29 February birthday falls on 1 March).
fn birthday_of(birth: Date, years: u32) -> Option<Date> {
    let y = birth.year() + years as i32;
    birth.with_year(y).or_else(|| Date::from_ymd_opt(y, 3, 1))
}

#[allow(clippy::too_many_arguments)]
fn verify_birthday(
    f: &Frame,
    c: &AgeClaim,
    ctx: &Context<'_>,
    b: &Birthday,
    _p: PlayerId,
    name: &str,
    birth: Date,
    ev: goalline_core::Evidence,
    tie: Tie,
) -> Finding {
    let years = c.age.from;
    let Some(day) = birthday_of(birth, years) else {
        return Finding::unknown("no such birthday", tie);
    };
    let detail = format!(
        "{name} (born {birth}) turned {years} on {} {day}",
        crate::verify::weekday_word(day.weekday())
    );
    // "three days before the final": the event in scope.
    if let Some(n) = b.days_before_event {
        let (mtie, m) = ctx.match_for(f, &[]);
        let Some(m) = m else {
            return Finding::unknown(format!("the event is not identified: {}", mtie.why), mtie);
        };
        let diff = (m.row.date - day).num_days() as i32;
        let detail = format!("{detail}; the match was on {}", m.row.date);
        return if diff == n {
            Finding::holds(detail, tie, vec![ev, m.row.evidence.clone()])
        } else {
            let correct = match diff {
                0 => "on the day of the match".to_string(),
                d if d > 0 => format!("{d} days before"),
                d => format!("{} days after", -d),
            };
            let t = if mtie.certain {
                tie
            } else {
                tie.uncertain(mtie.why)
            };
            Finding::fails(correct, detail, t, vec![ev, m.row.evidence.clone()])
        };
    }
    let refs: Vec<Date> = ctx
        .date
        .into_iter()
        .chain(ctx.main.as_ref().map(|m| m.row.date))
        .collect();
    if refs.is_empty() {
        return Finding::unknown("the article's date is not known", tie);
    }
    let near = |d: Date| refs.iter().any(|r| (d - *r).num_days().abs() <= 8);
    if let Some(w) = b.weekday {
        if near(day) {
            return if day.weekday() == w {
                Finding::holds(detail, tie, vec![ev])
            } else {
                Finding::fails(
                    crate::verify::weekday_word(day.weekday()),
                    detail,
                    tie,
                    vec![ev],
                )
            };
        }
        // The birthday is not in the article's week: the weekday cannot be the one meant.
        return Finding::fails(
            format!("{} {day}", crate::verify::weekday_word(day.weekday())),
            format!("{detail}, not in the week of {}", days_label(&refs)),
            tie,
            vec![ev],
        );
    }
    // No weekday: the age reached by the article's days (or about to be, for "turns").
    let ok = refs.iter().any(|r| {
        let now = age_on(birth, *r);
        if b.future {
            now + 1 == years as i32 || (now == years as i32 && (*r - day).num_days() <= 2)
        } else {
            now == years as i32
        }
    });
    if ok {
        Finding::holds(detail, tie, vec![ev])
    } else {
        let now = age_on(birth, refs[0]);
        Finding::fails(format!("{now} on {}", refs[0]), detail, tie, vec![ev])
    }
}

fn verify_described(
    f: &Frame,
    c: &AgeClaim,
    ctx: &Context<'_>,
    days: &[Date],
    span: bool,
) -> Finding {
    let passage = people::passage(ctx, f.span, 4);
    let age_of = |p: PlayerId| -> Option<(Vec<i32>, Date, goalline_core::Evidence)> {
        let (b, ev) = birth_date(ctx, p)?;
        Some((ages_over(b, days, span), b, ev))
    };
    let ages_text = |ages: &[i32]| {
        ages.iter()
            .map(|a| a.to_string())
            .collect::<Vec<_>>()
            .join(" or ")
    };
    // The referent: the discourse's, when it is one player; else the passage's latest subject.
    let resolved = c
        .person
        .as_ref()
        .filter(|e| matches!(e.referent, Referent::Person(_)))
        .map(|e| ctx.player(e));
    let mut referent = resolved.as_ref().and_then(PlayerRes::one);
    let from_discourse = referent.is_some();
    if referent.is_none() {
        referent = passage
            .iter()
            .rev()
            .filter(|n| n.entity.span.end() <= f.span.start())
            .find(|n| n.subject)
            .and_then(|n| n.player.one());
    }
    if let Some(p) = referent {
        if let Some((ages, birth, ev)) = age_of(p) {
            let name = person_name(ctx, p);
            if let Some(b) = &c.birthday {
                let tie = Tie::certain(Event::Career, format!("{name}, born {birth}"), "-")
                    .uncertain("the person is described, not named");
                return verify_birthday(f, c, ctx, b, p, &name, birth, ev, tie);
            }
            if fits(c.age, &ages) {
                return Finding::holds(
                    format!(
                        "{name} (born {birth}), whom the description follows, was {} on {}",
                        ages_text(&ages),
                        days_label(days)
                    ),
                    Tie::certain(
                        Event::Career,
                        format!("{name}, born {birth}"),
                        "the description's referent",
                    ),
                    vec![ev],
                );
            }
        }
    }
    // A name the data hold several players for ("Martínez"): the one the passage names in
    // full, when that one has the age.
    if let Some(PlayerRes::Ambiguous(cands)) = &resolved {
        for n in &passage {
            let Some(p) = n.player.one() else { continue };
            if !cands.contains(&p) {
                continue;
            }
            if let Some((ages, birth, ev)) = age_of(p) {
                if fits(c.age, &ages) {
                    let name = person_name(ctx, p);
                    return Finding::holds(
                        format!(
                            "{name} (born {birth}), the {} the passage names, was {} on {}",
                            ctx.doc.text_of(n.entity.span),
                            ages_text(&ages),
                            days_label(days)
                        ),
                        Tie::certain(
                            Event::Career,
                            format!("{name}, born {birth}"),
                            "the description's referent",
                        ),
                        vec![ev],
                    );
                }
            }
        }
    }
    // Someone else named in the passage of that age: consistent, not proven.
    let mut seen: Vec<PlayerId> = Vec::new();
    for n in &passage {
        let Some(p) = n.player.one() else { continue };
        if seen.contains(&p) {
            continue;
        }
        seen.push(p);
        if let Some((ages, birth, _)) = age_of(p) {
            if fits(c.age, &ages) {
                return Finding::unknown(
                    format!(
                        "who is meant is not certain; it fits {} (born {birth}) named nearby",
                        person_name(ctx, p)
                    ),
                    Tie::none("a description, not a name"),
                );
            }
        }
    }
    let Some(p) = referent else {
        return Finding::unknown(
            "the description's person is not identified",
            Tie::none("no person named nearby"),
        );
    };
    let Some((ages, birth, ev)) = age_of(p) else {
        return Finding::unknown(
            format!("no birth date is recorded for {}", person_name(ctx, p)),
            Tie::none("no birth date"),
        );
    };
    let name = person_name(ctx, p);
    let detail = format!(
        "{name} (born {birth}), whom the description follows, was {} on {}, and no one else named nearby was {}",
        ages_text(&ages),
        days_label(days),
        shown(c.age)
    );
    let tie = Tie::certain(
        Event::Career,
        format!("{name}, born {birth}"),
        "the description opens its sentence and means the previous sentence's subject",
    );
    let certain = c.opens
        && from_discourse
        && c.person
            .as_ref()
            .is_some_and(|e| subject_of_previous(ctx, e, f.span));
    let tie = if certain {
        tie
    } else {
        tie.uncertain("a description, not a name: who is meant is not certain")
    };
    Finding::fails(ages_text(&ages), detail, tie, vec![ev])
}

/// True when a description's antecedent is the subject of the sentence before it: the first
/// person named there outside a prepositional phrase, where every such person is a player
/// with a known birth date (so no one else of the sentence can be meant).
fn subject_of_previous(ctx: &Context<'_>, e: &Entity, at: Span) -> bool {
    let (Some(ant), Some(here)) = (e.antecedent, ctx.doc.sentence_at(at.start())) else {
        return false;
    };
    let Some(prev) = ctx.doc.sentence_at(ant.start()) else {
        return false;
    };
    if prev.index + 1 != here.index {
        return false;
    }
    let subjects = people::ungoverned_persons(ctx, prev.span);
    let Some(first) = subjects.first() else {
        return false;
    };
    first.span == ant
        && subjects.iter().all(|s| {
            ctx.player(s)
                .one()
                .is_some_and(|p| birth_date(ctx, p).is_some())
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("age", include_str!("corpus.txt"));
    }
}
