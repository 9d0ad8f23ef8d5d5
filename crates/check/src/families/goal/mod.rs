//! Goals: who scored, when, from the spot or into their own net, how many, and which goal it
//! was ("the opener", "an equaliser", "his team's second", "made it 4-0").
//!
//! Grammar ([`grammar`]): goal statements from verbs, nouns, "from the spot", bare ordinals,
//! scorer lists and bracketed scores with minutes; each statement makes one frame per
//! attribute it states, each spanning the scorer and the words that state it:
//!
//! - a scorer frame (kind `scorer`; focus `Count` or `Order` when the statement says how many
//!   or which goal) over the scorer, the trigger and those words;
//! - a minute frame (kind `minute`) over the scorer, the trigger and every minute, window,
//!   "N minutes later" or time in seconds;
//! - a penalty frame (kind `penalty`) and an own-goal frame (kind `own_goal`) over the scorer,
//!   the trigger and those words.
//!
//! A frame holds (and is checked on) the attributes its span contains. Several scorers of one
//! statement make one frame whose `with` holds the others ("Ward-Prowse and Grealish (79th
//! and 86th)"); a scorer list also makes one frame per name. A minute and a person named in
//! one clause with no goal word make a `soft` minute frame that the data may confirm but
//! never refute ("In the 42nd minute En-Nesyri leapt above the defenders").
//!
//! Verifier ([`check`]): the match from [`Context::match_for`], its goals from the facts
//! engine (minutes with stoppage time where Fjelstul or openfootball give them; martj42
//! folds stoppage time into 90), the scorer through [`Context::player`].

pub mod check;
pub mod grammar;

use super::{Family, Reading};
use crate::discourse::Entity;
use crate::doc::Span;
use crate::frames::{Frame, GoalClaim, GoalFocus, GoalOrder, Kind, Predicate};
use crate::mentions::{Dim, MinuteKind, MinuteValue, Value};
use grammar::Event;

/// The family.
pub const FAMILY: Family = Family {
    name: "goal",
    recognise,
    verify: check::verify,
};

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    let events = grammar::events(r);
    for (_, ev) in &events {
        frames(r, ev, out);
    }
    list_frames(r, &events, out);
    soft_minutes(r, &events, out);
}

/// The claim of one scorer (or of the side when none is named) with the attributes inside
/// `span`.
fn claim_for(ev: &Event, scorer: Option<&Entity>, idx: usize, span: Span) -> GoalClaim {
    let inside = |s: Span| span.contains(s);
    let n = ev.scorers.len().max(1);
    // Minutes: windows and fuzzy times apply to every scorer; labels pair with scorers when
    // there are as many, go to the one scorer, or to nobody.
    // Minutes: windows and fuzzy times apply to every scorer; labels pair with scorers when
    // there are as many, go to the one scorer, or to nobody. Minutes outside the frame's words
    // are checked loosely (a mismatch is unknown: the minute claim reports it).
    let mut minutes: Vec<MinuteValue> = Vec::new();
    let mut loose = false;
    let mut take = |s: Span, m: MinuteValue, minutes: &mut Vec<MinuteValue>| {
        if !inside(s) {
            loose = true;
        }
        minutes.push(m);
    };
    let labels: Vec<&(Span, MinuteValue)> = ev
        .minutes
        .iter()
        .filter(|(_, m)| m.kind == MinuteKind::At)
        .collect();
    if n == 1 {
        for (s, m) in &labels {
            take(*s, *m, &mut minutes);
        }
    } else if labels.len() == n {
        take(labels[idx].0, labels[idx].1, &mut minutes);
    }
    for (s, m) in ev.minutes.iter().filter(|(_, m)| m.kind != MinuteKind::At) {
        take(*s, *m, &mut minutes);
    }
    let relative = ev.relative.map(|(_, m, _)| m);
    let count = ev.count.filter(|(s, _)| inside(*s)).map(|(_, c)| c);
    let each = ev.count.is_some() && n > 1 && ev.each;
    GoalClaim {
        scorer: scorer.cloned(),
        team: ev.team.clone(),
        minute: minutes.first().copied(),
        more_minutes: minutes.iter().skip(1).copied().collect(),
        relative_to: relative,
        penalty: ev.penalty.filter(|s| inside(*s)).map(|_| true),
        own_goal: ev.own_goal.filter(|s| inside(*s)).map(|_| true),
        count: if n == 1 || each { count } else { None },
        order: ev.order.filter(|(s, _)| inside(*s)).map(|(_, o)| o),
        score_after: if idx + 1 == n {
            ev.score_after.filter(|(s, _)| inside(*s)).map(|(_, v)| v)
        } else {
            None
        },
        apart: ev
            .apart
            .filter(|(s, _, _)| inside(*s))
            .map(|(_, a, most)| (a, most)),
        seconds: ev.seconds.is_some_and(inside),
        unsure: !ev.firm,
        minute_loose: loose,
        soft: ev.soft,
        with: Vec::new(),
        focus: GoalFocus::Scorer,
    }
}

/// The claim of the whole statement (every scorer) for a span.
fn statement(ev: &Event, span: Span, focus: GoalFocus) -> GoalClaim {
    let mut first = claim_for(ev, ev.scorers.first(), 0, span);
    for (i, s) in ev.scorers.iter().enumerate().skip(1) {
        first.with.push(claim_for(ev, Some(s), i, span));
    }
    first.focus = focus;
    first
}

fn frames(r: &Reading<'_>, ev: &Event, out: &mut Vec<Frame>) {
    let core = ev.core();
    let trigger = ev.trigger;
    // A side with no scorer is only as sure as its reading: the subject right before the verb.
    let team_only_soft = ev.scorers.is_empty()
        && ev.team.as_ref().is_none_or(|t| {
            let gap = r.doc.text_of(r.doc.span(t.span.end(), trigger.start()));
            t.span.start() > trigger.start() || gap.split_whitespace().count() > 1
        });
    let mut push = |kind: Kind, focus: GoalFocus, span: Span, rule: &'static str| {
        let span = r.doc.trim(span, &[',', ';', ' ']);
        let mut g = statement(ev, span, focus);
        if team_only_soft {
            g.soft = true;
        }
        let f = r.frame("goal", rule, kind, span, trigger, Predicate::Goal(g));
        out.push(f);
    };
    // Scorer (count, order).
    if !ev.scorers.is_empty() && !ev.list {
        let mut span = core;
        let mut focus = GoalFocus::Scorer;
        if let Some((s, _)) = ev.order {
            span = span.cover(s);
            focus = GoalFocus::Order;
        }
        if let Some((s, _)) = ev.count {
            span = span.cover(s);
            focus = GoalFocus::Count;
            // "twice in a span of 135 seconds", "twice in three minutes", "a hat-trick inside
            // the first 16 minutes": the count is of the goals in that window, not of the
            // match; the window goes with it.
            let window = [ev.seconds, ev.apart.map(|x| x.0)]
                .into_iter()
                .flatten()
                .chain(
                    ev.minutes
                        .iter()
                        .filter(|(_, v)| v.kind == MinuteKind::Within)
                        .map(|(sp, _)| *sp),
                )
                .filter(|w| w.start() >= s.end() && w.start() <= s.end() + 40);
            for w in window {
                span = span.cover(w);
            }
        }
        if let Some((s, _)) = ev.score_after {
            if s.start() < span.end() + 3 {
                span = span.cover(s);
            }
        }
        push(Kind::Scorer, focus, span, ev.rule);
    }
    // Minute.
    let mut mspan: Option<Span> = None;
    for (s, _) in &ev.minutes {
        mspan = Some(mspan.map_or(*s, |m| m.cover(*s)));
    }
    for s in [ev.relative.map(|x| x.0), ev.seconds, ev.apart.map(|x| x.0)]
        .into_iter()
        .flatten()
    {
        mspan = Some(mspan.map_or(s, |m| m.cover(s)));
    }
    if let Some(ms) = mspan {
        let mut span = core.cover(ms);
        if let Some((s, _)) = ev.score_after {
            if s.start() < span.end() + 3 {
                span = span.cover(s);
            }
        }
        push(Kind::Minute, GoalFocus::Minute, span, ev.rule);
        // A scorer list of several names: one frame per name was pushed by the grammar's
        // list events; the whole list is one more frame (see `list_frames`).
    }
    // Penalty.
    if let Some(p) = ev.penalty {
        push(Kind::Penalty, GoalFocus::Penalty, core.cover(p), ev.rule);
    }
    // Own goal.
    if let Some(o) = ev.own_goal {
        push(Kind::OwnGoal, GoalFocus::OwnGoal, core.cover(o), ev.rule);
    }
}

/// Scorer lists of several names ("Skov Olsen (23rd), Kjaer (34th) and Maehle (44th)"): one
/// frame for the whole list, checking every name.
fn list_frames(r: &Reading<'_>, events: &[(usize, Event)], out: &mut Vec<Frame>) {
    let mut i = 0;
    while i < events.len() {
        let (si, ev) = &events[i];
        if !ev.list {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < events.len() && events[j].0 == *si && events[j].1.list {
            let gap = r.doc.text_of(
                r.doc
                    .span(events[j - 1].1.core().end(), events[j].1.core().start()),
            );
            let g = gap.replace([',', '(', ')', ';'], " ").to_lowercase();
            if !g.split_whitespace().all(|w| w == "and") {
                break;
            }
            j += 1;
        }
        if j - i >= 2 {
            let span = events[i].1.core().cover(events[j - 1].1.core());
            let mut g = statement(&events[i].1, events[i].1.core(), GoalFocus::Minute);
            for (_, e) in &events[i + 1..j] {
                g.with.push(statement(e, e.core(), GoalFocus::Minute));
            }
            let f = r.frame(
                "goal",
                "list_all",
                Kind::Minute,
                span,
                events[i].1.trigger,
                Predicate::Goal(g),
            );
            out.push(f);
        }
        i = j;
    }
}

/// A minute and a person named in one clause that no goal statement used: a soft minute
/// claim (confirmed when that person scored at that minute, never refuted).
fn soft_minutes(r: &Reading<'_>, events: &[(usize, Event)], out: &mut Vec<Frame>) {
    for (si, s) in r.sentences().iter().enumerate() {
        // Minutes of misses, saves, cards and substitutions belong to other families.
        let text = r.doc.norm_of(s.span).0.to_lowercase();
        if [
            "booked",
            "yellow",
            "red card",
            "sent off",
            "sent-off",
            "substitut",
            "replaced",
            "came on",
            "off the bench",
            "brought on",
            "introduced",
            "withdrawn",
            "taken off",
            "saved",
            "missed",
            "miss ",
            "hit the post",
            "hit the bar",
            "struck the post",
            "offside",
            "disallowed",
            "ruled out",
            "won a penalty",
            "conceded a penalty",
            "awarded a penalty",
            "woodwork",
            "crossbar",
            "stopped",
            "held by",
            "kept out",
            "blazed",
            "skied",
            "chance",
        ]
        .iter()
        .any(|w| text.contains(w))
        {
            continue;
        }
        let used: Vec<Span> = events
            .iter()
            .filter(|(i, _)| *i == si)
            .flat_map(|(_, e)| e.minutes.iter().map(|m| m.0))
            .collect();
        for m in r.mentions_of(s.span, Dim::Minute) {
            let Value::Minute(v) = &m.value else { continue };
            if v.kind != MinuteKind::At || used.iter().any(|u| u.overlaps(m.span)) {
                continue;
            }
            // The people of the minute's clause (or of the clause a short opener introduces:
            // "Then, six minutes from time, Rahn …"), and the sentence's subject.
            let segs = &r.discourse.segments;
            let Some(k) = r.discourse.segment_at(m.span.start()) else {
                continue;
            };
            let mut people: Vec<Entity> = Vec::new();
            fn add(people: &mut Vec<Entity>, e: &Entity) {
                if matches!(e.referent, crate::discourse::Referent::Person(_))
                    && !people.iter().any(|p| p.referent == e.referent)
                {
                    people.push(e.clone());
                }
            }
            for e in r.discourse.entities_in(segs[k].span) {
                add(&mut people, e);
            }
            for j in [k + 1, k.wrapping_sub(1)] {
                if let Some(sg) = segs.get(j).filter(|sg| s.span.contains(sg.span)) {
                    if people.is_empty() {
                        for e in r.discourse.entities_in(sg.span) {
                            add(&mut people, e);
                        }
                    }
                }
            }
            // Everyone else the sentence names (a minute may be told with the provider first:
            // "connected with X's cross in the 65th minute").
            for e in r.discourse.entities_in(s.span) {
                add(&mut people, e);
            }
            let Some(p) = people.first().cloned() else {
                continue;
            };
            let span = people
                .iter()
                .filter(|e| e.span.start() < m.span.start())
                .map(|e| e.span)
                .fold(m.span, |a, b| a.cover(b));
            let mut ev = grammar::Event::soft(m.span, p.clone());
            ev.minutes = vec![(m.span, *v)];
            let mut g = statement(&ev, span, GoalFocus::Minute);
            for other in people.iter().skip(1) {
                let mut alt = grammar::Event::soft(m.span, other.clone());
                alt.minutes = vec![(m.span, *v)];
                g.with.push(statement(&alt, span, GoalFocus::Minute));
            }
            let f = r.frame(
                "goal",
                "soft_minute",
                Kind::Minute,
                span,
                m.span,
                Predicate::Goal(g),
            );
            out.push(f);
        }
    }
}

/// True when an order word implies the scorer's side led afterwards (used by the score family).
pub fn leads_after(o: GoalOrder) -> bool {
    matches!(
        o,
        GoalOrder::Lead | GoalOrder::Doubled | GoalOrder::Extended
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("goal", include_str!("corpus.txt"));
    }
}
