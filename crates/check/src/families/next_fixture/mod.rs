//! A team's next match: "will face Spain in the quarter-final", "will now meet Nigeria at the
//! same stadium on Sunday", "The Germans will now face the winner of the Mexico vs. Argentina
//! in a July 3 quarterfinal", "booked Norway a clash with Brazil in the last 16", "Next comes a
//! glamour tie with Brazil on Sunday", "who still have to face Luxembourg on Tuesday", "while
//! the Dutch face a third-place play-off", "Spain will play for the World Cup on Sunday", "A
//! victory against Albania on the next day".
//!
//! Grammar: a meeting verb that looks ahead (future, or present tense with a day, a stage or
//! "now"/"next"), a booking verb with a fixture noun ("booked a clash with", "set up a
//! semi-final against"), "next up/next comes", "play for the World Cup" (the final). The
//! statement runs over the verb's clause and the adjuncts that follow it (a relative clause
//! about the opponents is left out: "either England or France, who play later on Saturday").
//! It names the team (the verb's subject; a relative clause's antecedent; "those two sides";
//! the winner of the match in scope when the subject is not a side, as in "Zlatko Dalic's side
//! will now play"), the opponents ("either A or B", "the winner of A v B"; none for "the loser
//! of"), and any of: stage, weekday, date, places ("at the same stadium": the place named just
//! before, else the match in scope's), a day offset ("on the next day"), a competition ("in a
//! friendly"). A second fixture of the same team in a sentence is the match after the first
//! ("… before travelling to Baku to face Azerbaijan").
//!
//! Verified against the team's next match in the data after the match in scope (after the
//! article's day for previews and for teams the match in scope does not involve): each
//! attribute written is compared (opponents: one of the candidates; places as in `venue`).
//! An opponent who is met later but not next makes the claim unknown, not wrong.

use super::clause;
use super::{Family, Reading};
use crate::discourse::{Entity, Referent, SegmentKind};
use crate::doc::Span;
use crate::frames::{FixtureClaim, Frame, Kind, Predicate};
use crate::mentions::{
    CompetitionValue, DateValue, Dim, Direction, StageValue, TimeUnit, Value, VenueValue,
};
use crate::verify::event;
use crate::verify::{Context, Finding, Tie};
use goalline_core::{Date, Datelike, Stage, TeamId, Weekday};
use goalline_facts::matches::weekday_name;
use goalline_facts::rows::MatchRow;
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "next_fixture",
    recognise,
    verify,
};

/// Meeting and booking verbs.
static TRIGGER: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?P<v>(?:will|shall|'ll) (?:now |next |then |also |still |again )?(?:face|meet|play|take on|host|visit|travel to|go on to (?:face|meet|play))|(?:now |next |then )?(?:faces?|meets?|plays?|takes? on|taking on)|(?:set|sets|setting) up|book(?:s|ed|ing)?|seal(?:s|ed|ing)?|go(?:es)? through to|went through to|(?:travel|travels|travelling|traveling) to|(?:must|need to|needs to|have to|has to) (?:beat|face|play|meet)|still (?:have|has) to (?:face|play|meet)|regroup for|go(?:es)? into|next up (?:is|are)|next comes|up next (?:is|are)|opens? (?:their|its|the) (?:[\w-]+ ){0,5}?(?:against|with|at home to|away to))\b",
    )
});

/// Present-tense meeting verbs (need a sign that the statement looks ahead).
static PRESENT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(r"(?i)^(?:now |next |then )?(?:faces?|meets?|plays?|takes? on|taking on)$")
});

/// A booking verb needs a fixture noun after it.
static BOOKING: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(r"(?i)^(?:(?:set|sets|setting) up|book(?:s|ed|ing)?|seal(?:s|ed|ing)?)$")
});

/// Fixture nouns ("a clash with", "a semi-final showdown against").
static FIXTURE_NOUN: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:clash|tie|showdown|date|meeting|encounter|rematch|match-up|matchup|game|match|final|semi-?final|quarter-?final|play-?off)\b",
    )
});

/// "play for the World Cup / the title": the final.
static PLAY_FOR: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\bplay(?:s|ing)? for (?:the )?(?:world cup|title|trophy|crown|championship|cup)\b",
    )
});

/// A result noun against a team on a day to come ("A victory against Albania on the next day").
static RESULT_AHEAD: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?P<v>(?:a |an )?(?:victory|win|draw|defeat|point|result) (?:against|over|versus|at home to|away to))\b",
    )
});

/// A statement about a result to come ("would", "will", "next").
static FUTURE_CUE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(r"(?i)\b(?:would|will|could|'ll|next|following|upcoming|coming)\b")
});

/// A day offset ("on the next day", "the following day", "a day later").
static NEXT_DAY: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(r"(?i)\b(?:on )?the (?:next|following) day\b|\ba day later\b|\bthe day after\b")
});

/// Where a statement about this fixture stops: another leg or a later match.
static STOP: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:return leg|second leg|first leg|reverse fixture|before|then|after that|afterwards)\b",
    )
});

/// "at the same stadium / venue / ground / city".
static SAME_PLACE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(r"(?i)\b(?:at|in) the same (?:stadium|venue|ground|arena|city|town)\b")
});

/// "the loser(s) of": an opponent not yet known.
static LOSER_OF: Lazy<Regex> =
    Lazy::new(|| crate::rx::must(r"(?i)\bthe (?:loser|losers|losing side|beaten side) of\b"));

struct Attrs {
    opponents: Vec<Entity>,
    stage: Option<StageValue>,
    weekday: Option<Weekday>,
    date: Option<DateValue>,
    venues: Vec<VenueValue>,
    same_venue: bool,
    days_after: Option<u32>,
    competition: Option<CompetitionValue>,
    friendly: bool,
    end: usize,
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let mut made: Vec<(Span, Option<Referent>)> = Vec::new();
        let mut made_segs: Vec<usize> = Vec::new();
        let mut triggers: Vec<(Span, bool)> = r
            .find(&TRIGGER, s.span)
            .into_iter()
            .map(|m| (m.group("v").unwrap_or(m.span), false))
            .collect();
        for m in r.find(&RESULT_AHEAD, s.span) {
            triggers.push((m.group("v").unwrap_or(m.span), true));
        }
        for m in r.find(&PLAY_FOR, s.span) {
            triggers.push((m.span, false));
        }
        triggers.sort_by_key(|t| t.0.start());
        for (trig, result_noun) in triggers {
            let seg_i = r.discourse.segment_at(trig.start());
            if seg_i.is_some_and(|i| made_segs.contains(&i))
                && made.iter().any(|(sp, _)| sp.contains(trig))
            {
                continue;
            }
            let verb = r.doc.norm_of(trig).0.to_lowercase();
            // "play-off", "face-off": nouns.
            if r.doc.text()[trig.end()..].starts_with('-') {
                continue;
            }
            // "the hosts", "a face", "their play": nouns, not verbs.
            let prev = r
                .doc
                .norm_of(r.doc.span(s.span.start(), trig.start()))
                .0
                .to_lowercase();
            let prev_word = prev.split_whitespace().last().unwrap_or("");
            if PRESENT.is_match(&verb)
                && matches!(
                    prev_word,
                    "the" | "a" | "an" | "their" | "his" | "her" | "its" | "our" | "whose"
                )
            {
                continue;
            }
            let c = clause::clause_at(r, trig);
            // The statement's segments: the trigger's, and the adjuncts after it.
            let region = region(r, trig, &c);
            // "booked Norway a clash with Brazil": the first side after a booking verb is the
            // team, not an opponent.
            let mut beneficiary: Option<Entity> = None;
            if BOOKING.is_match(&verb) {
                if let Some(first) = r
                    .discourse
                    .entities_in(r.doc.span(trig.end(), c.own.end().max(trig.end())))
                    .find(|e| e.is_team())
                {
                    let next = r
                        .doc
                        .norm_of(
                            r.doc
                                .span(first.span.end(), (first.span.end() + 7).min(s.span.end())),
                        )
                        .0
                        .to_lowercase();
                    if next.starts_with(" a ")
                        || next.starts_with(" an ")
                        || next.starts_with(" their ")
                    {
                        beneficiary = Some(first.clone());
                    }
                }
            }
            let attrs = attributes(
                r,
                trig,
                &region,
                s.span,
                beneficiary.as_ref().map(|b| b.span),
            );
            let play_for = PLAY_FOR.is_match(
                r.doc
                    .norm_of(
                        r.doc
                            .span(trig.start(), (trig.end() + 40).min(s.span.end())),
                    )
                    .0,
            );
            let stage = if play_for {
                Some(StageValue {
                    stage: Stage::Final,
                    group: None,
                })
            } else {
                attrs.stage.clone()
            };
            let timed = attrs.weekday.is_some()
                || attrs.date.is_some()
                || attrs.days_after.is_some()
                || stage.is_some();
            let ahead = clause::ahead(r, &c, r.doc.span(trig.end(), trig.end()))
                || verb.starts_with("now")
                || verb.starts_with("next");
            if PRESENT.is_match(&verb) && !(ahead || timed) {
                continue;
            }
            if BOOKING.is_match(&verb) {
                let after = r
                    .doc
                    .norm_of(r.doc.span(trig.end(), attrs.end.max(trig.end())))
                    .0;
                if !FIXTURE_NOUN.is_match(after) {
                    continue;
                }
            }
            if result_noun {
                let text = clause::text(r, &c);
                let future = FUTURE_CUE.is_match(&text);
                if !future || (attrs.days_after.is_none() && attrs.weekday.is_none()) {
                    continue;
                }
            }
            let has_attr = !attrs.opponents.is_empty()
                || stage.is_some()
                || attrs.weekday.is_some()
                || attrs.date.is_some()
                || !attrs.venues.is_empty()
                || attrs.same_venue
                || attrs.days_after.is_some();
            if !has_attr {
                continue;
            }
            // The team: the verb's subject; a relative clause's antecedent; "those two sides".
            let roles = r.roles(trig);
            let mut team: Option<Entity> = roles.agent.filter(|e| {
                e.is_team()
                    && !clause::adjective(r, e)
                    && !attrs.opponents.iter().any(|o| o.span == e.span)
                    && !written_as_place(r, e)
            });
            // A side named in the trigger's own segment before it beats a subject borrowed
            // from another clause ("…, with Morocco coming out as the winner to seal …").
            if team.as_ref().is_some_and(|t| !c.own.contains(t.span)) {
                if let Some(own) = r
                    .discourse
                    .entities_in(r.doc.span(c.own.start(), trig.start()))
                    .filter(|e| e.is_team() && !written_as_place(r, e))
                    .last()
                {
                    team = Some(own.clone());
                }
            }
            let mut opponents = attrs.opponents.clone();
            if beneficiary.is_some() {
                team = beneficiary.clone();
            }
            if team.is_none() && !c.relative {
                // The side the trigger's own segment names before it ("with Morocco coming out
                // as the winner to seal a semi-final showdown").
                team = r
                    .discourse
                    .entities_in(r.doc.span(c.own.start(), trig.start()))
                    .filter(|e| {
                        e.is_team()
                            && !opponents.iter().any(|o| o.span == e.span)
                            && !written_as_place(r, e)
                    })
                    .last()
                    .cloned();
            }
            if team.is_none() && !c.relative {
                // The subject of the clause the segment continues ("Julian Nagelsmann's
                // Germany, who beat Hungary …, face Spain").
                team = subject_of_sentence(r, trig);
            }
            if c.relative || team.is_none() {
                let pre: Vec<&Entity> = c
                    .teams
                    .iter()
                    .filter(|e| e.span.end() <= trig.start() || !c.own.contains(e.span))
                    .filter(|e| !opponents.iter().any(|o| o.span == e.span))
                    .collect();
                if let Some(t) = pre.first() {
                    team = Some((*t).clone());
                    // Two antecedents and no object: they meet each other.
                    if opponents.is_empty() && pre.len() >= 2 {
                        opponents.push(pre[1].clone());
                    }
                }
            }
            if result_noun {
                // "A victory against Albania … would allow the Poles": the other side named.
                team = r
                    .discourse
                    .entities_in(s.span)
                    .filter(|e| e.is_team() && !opponents.iter().any(|o| o.referent == e.referent))
                    .find(|e| !matches!(e.referent, Referent::TeamRole { .. }))
                    .cloned();
                if team.is_none() {
                    continue;
                }
            }
            // "Mexico and Panama will face each other".
            let text_after = r
                .doc
                .norm_of(r.doc.span(trig.end(), attrs.end.max(trig.end())))
                .0;
            if text_after
                .to_lowercase()
                .trim_start()
                .starts_with("each other")
                && opponents.is_empty()
            {
                let subj: Vec<&Entity> = r
                    .discourse
                    .entities_in(r.doc.span(c.own.start(), trig.start()))
                    .filter(|e| e.is_team())
                    .collect();
                if subj.len() >= 2 {
                    team = Some(subj[0].clone());
                    opponents.push(subj[1].clone());
                }
            }
            let nth = 1 + made
                .iter()
                .filter(|(_, refr)| {
                    refr.is_some() && refr.as_ref() == team.as_ref().map(|t| &t.referent)
                })
                .count() as u32;
            let start = team
                .as_ref()
                .filter(|t| t.span.start() >= c.own.start() && t.span.start() < trig.start())
                .map(|t| t.span.start())
                .unwrap_or(trig.start());
            let span = r.doc.span(start, attrs.end.max(trig.end()));
            let claim = FixtureClaim {
                team: team.clone(),
                opponents,
                stage,
                weekday: attrs.weekday,
                date: attrs.date,
                venues: attrs.venues.clone(),
                same_venue: attrs.same_venue,
                days_after: attrs.days_after,
                nth,
                competition: attrs.competition.clone(),
                friendly: attrs.friendly,
            };
            let mut f = r.frame(
                "next_fixture",
                if result_noun { "result_ahead" } else { "verb" },
                Kind::NextFixture,
                span,
                trig,
                Predicate::NextFixture(claim),
            );
            clause::rescope(r, &mut f, &c);
            f.polarity = r.discourse.polarity(r.doc, trig);
            let m = clause::verbal_modality(r, trig);
            if m != crate::discourse::Modality::Asserted
                || f.modality == crate::discourse::Modality::Asserted
            {
                f.modality = m;
            }
            made.push((span, team.map(|t| t.referent)));
            made_segs.extend(seg_i);
            out.push(f);
        }
    }
}

/// The segments a fixture statement runs over: the trigger's (from the trigger on), then the
/// adjuncts after it in the sentence (relative clauses and parentheses skipped), up to a
/// clause of its own or a word that moves to another match.
fn region(r: &Reading<'_>, trig: Span, c: &clause::Clause) -> Vec<Span> {
    let segs = &r.discourse.segments;
    let Some(i) = r.discourse.segment_at(trig.start()) else {
        return vec![c.own];
    };
    let sentence = segs[i].sentence;
    // The trigger's segment from the trigger, up to a word that opens another statement.
    let own = r.doc.span(trig.start(), segs[i].span.end());
    let (text, base) = r.doc.norm_of(own);
    let cut = SUBORDINATE
        .find_iter(text)
        .find(|m| m.start() > 0)
        .map(|m| {
            r.doc
                .span_of_norm(base + m.start(), base + m.start())
                .start()
        })
        .unwrap_or(own.end());
    let mut out = vec![r.doc.span(trig.start(), cut)];
    // A relative clause ends where it ends: what follows belongs to its host ("Argentina or
    // Croatia, who meet …, in the final at the same venue on Sunday").
    if cut < own.end() || segs[i].kind == SegmentKind::Relative {
        return host_day(r, i, out);
    }
    let mut j = i + 1;
    while j < segs.len() && segs[j].sentence == sentence {
        let sg = segs[j];
        let text = r.doc.norm_of(sg.span).0.to_lowercase();
        if STOP.is_match(&text) {
            break;
        }
        if TRIGGER.is_match(&text)
            && !matches!(
                sg.kind,
                SegmentKind::Relative | SegmentKind::Parenthetical | SegmentKind::Quote
            )
        {
            break; // another statement ("…, with the losers taking on the Lionesses")
        }
        match sg.kind {
            SegmentKind::Relative | SegmentKind::Parenthetical | SegmentKind::Quote => {}
            SegmentKind::Participle
                if text.starts_with("starting") || text.starts_with("beginning") =>
            {
                out.push(sg.span)
            }
            SegmentKind::Main
                if sg.opener.is_none() && {
                    let first = text.split_whitespace().next().unwrap_or("");
                    matches!(first, "in" | "at" | "on" | "against" | "with" | "for")
                } =>
            {
                out.push(sg.span)
            }
            _ => break,
        }
        j += 1;
    }
    host_day(r, i, out)
}

/// A "when" clause takes the day of the clause it hangs on ("… on Wednesday when they face
/// holders France"): the host segment is added, and only its weekday is read.
fn host_day(r: &Reading<'_>, i: usize, mut out: Vec<Span>) -> Vec<Span> {
    let segs = &r.discourse.segments;
    if segs[i].kind == SegmentKind::Subordinate && segs[i].opener == Some("when") {
        if let Some(h) = segs[i].host {
            out.push(segs[h].span);
        }
    }
    out
}

/// Words that open another statement inside a segment.
static SUBORDINATE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:after|before|while|whilst|since|because|although|though|until|having|which|who|where|but)\b",
    )
});

fn attributes(
    r: &Reading<'_>,
    trig: Span,
    region: &[Span],
    sentence: Span,
    skip: Option<Span>,
) -> Attrs {
    let mut a = Attrs {
        opponents: Vec::new(),
        stage: None,
        weekday: None,
        date: None,
        venues: Vec::new(),
        same_venue: false,
        days_after: None,
        competition: None,
        friendly: false,
        end: trig.end(),
    };
    let grow = |end: usize, a: &mut Attrs| {
        if end > a.end && region.first().is_some_and(|f| end >= f.start()) {
            a.end = end;
        }
    };
    let mut unknown_opponent = false;
    for (k, sp) in region.iter().enumerate() {
        let text = r.doc.text_of(*sp);
        let lower = r.doc.norm_of(*sp).0.to_lowercase();
        if LOSER_OF.is_match(&lower) {
            unknown_opponent = true;
        }
        // Opponents: the teams of the statement that are not places.
        if sp.end() > trig.start() {
            for e in r.discourse.entities_in(*sp).filter(|e| e.is_team()) {
                if e.span.start() < trig.end() || written_as_place(r, e) || Some(e.span) == skip {
                    continue;
                }
                // "the winner(s) of A v B": the candidates, not the role.
                if matches!(e.referent, Referent::TeamRole { .. }) {
                    let next = r
                        .doc
                        .norm_of(r.doc.span(e.span.end(), (e.span.end() + 4).min(sp.end())))
                        .0
                        .to_lowercase();
                    if next.starts_with(" of") {
                        continue;
                    }
                }
                if a.opponents.iter().any(|o| o.referent == e.referent) {
                    continue;
                }
                if !a.opponents.is_empty() {
                    // A second opponent only as an alternative ("either A or B", "the winner
                    // of A v B").
                    let gap = r
                        .doc
                        .norm_of(r.doc.span(
                            a.opponents[a.opponents.len() - 1].span.end(),
                            e.span.start(),
                        ))
                        .0
                        .to_lowercase();
                    let g = gap.trim();
                    let first = g.split_whitespace().next().unwrap_or("");
                    let alt = matches!(
                        first,
                        "or" | "v" | "v." | "vs" | "vs." | "and" | "-" | "versus"
                    ) && g.split_whitespace().count() <= 5
                        || g.ends_with(" or")
                        || g == "-";
                    if !alt {
                        continue;
                    }
                }
                a.opponents.push(e.clone());
                grow(e.span.end(), &mut a);
            }
        }
        let host = sp.end() <= trig.start();
        for m in r.mentions.within(*sp) {
            if m.span.start() < trig.start() && k == 0 {
                continue;
            }
            if r.doc.in_dateline(m.span) {
                continue;
            }
            if host && !matches!(m.value, Value::Weekday { .. }) {
                continue;
            }
            match &m.value {
                Value::Stage(st) if a.stage.is_none() => {
                    // "the winners of Group F": the opponent's group, not the match's stage.
                    let lead = r
                        .doc
                        .norm_of(r.doc.span(sp.start(), m.span.start()))
                        .0
                        .to_lowercase();
                    // "for a place in the final": the stage the match leads to.
                    let leads_to = [
                        "place in the",
                        "spot in the",
                        "berth in the",
                        "ticket to the",
                    ]
                    .iter()
                    .any(|w| lead.trim_end().ends_with(w));
                    if !lead.trim_end().ends_with(" of") && !leads_to {
                        a.stage = Some(st.clone());
                        grow(m.span.end(), &mut a);
                    }
                }
                Value::Weekday { day } if a.weekday.is_none() => {
                    a.weekday = Some(*day);
                    grow(m.span.end(), &mut a);
                }
                Value::Date(d) if d.month.is_some() && d.day.is_some() && a.date.is_none() => {
                    a.date = Some(*d);
                    grow(m.span.end(), &mut a);
                }
                Value::Venue(v) => {
                    // Not the place of a competition ("a place at the World Cup in Qatar").
                    let before = r.doc.norm_of(r.doc.span(sp.start(), m.span.start())).0;
                    let after_comp = r
                        .mentions
                        .of(r.doc.span(sp.start(), m.span.start()), Dim::Competition)
                        .last()
                        .filter(|cm| {
                            !matches!(&cm.value, Value::Competition(c) if c.competition == "Friendly")
                        })
                        .is_some_and(|cm| {
                            let gap = r.doc.text_of(r.doc.span(cm.span.end(), m.span.start()));
                            gap.trim() == "in" || gap.trim() == "in the"
                        });
                    let place_of_place = before.to_lowercase().trim_end().ends_with("place at the")
                        || before.to_lowercase().trim_end().ends_with("place in the");
                    if !after_comp && !place_of_place {
                        a.venues.push(v.clone());
                        grow(m.span.end(), &mut a);
                    }
                }
                Value::Competition(cv) if a.competition.is_none() => {
                    a.friendly = cv.competition == "Friendly";
                    a.competition = Some(cv.clone());
                    grow(m.span.end(), &mut a);
                }
                Value::Duration(d)
                    if d.direction == Direction::Later
                        && d.unit == TimeUnit::Day
                        && a.days_after.is_none() =>
                {
                    a.days_after = Some(d.amount);
                    grow(m.span.end(), &mut a);
                }
                _ => {}
            }
        }
        if let Some(x) = NEXT_DAY.find(r.doc.norm_of(*sp).0) {
            if a.days_after.is_none() {
                a.days_after = Some(1);
                let base = r.doc.norm_of(*sp).1;
                grow(
                    r.doc.span_of_norm(base + x.start(), base + x.end()).end(),
                    &mut a,
                );
            }
        }
        if let Some(x) = SAME_PLACE.find(r.doc.norm_of(*sp).0) {
            a.same_venue = true;
            let base = r.doc.norm_of(*sp).1;
            grow(
                r.doc.span_of_norm(base + x.start(), base + x.end()).end(),
                &mut a,
            );
        }
        let _ = text;
    }
    if a.same_venue {
        // The place named just before (this sentence or the two before), else the match in
        // scope's (left to the verifier).
        let from = r
            .sentence_of(sentence)
            .map(|s| s.index.saturating_sub(2))
            .and_then(|i| r.doc.sentences.get(i))
            .map(|s| s.span.start())
            .unwrap_or(sentence.start());
        let before = r.doc.span(from, trig.start());
        if let Some(v) = r
            .mentions
            .of(before, Dim::Venue)
            .filter_map(|m| match &m.value {
                Value::Venue(v) if v.kind != crate::mentions::VenueKind::Country => Some(v),
                _ => None,
            })
            .last()
        {
            a.venues.push(v.clone());
        }
    }
    if unknown_opponent {
        a.opponents.clear();
    }
    a
}

/// The first side named in the sentence's main segments before `trig`, not the object of a
/// preposition.
fn subject_of_sentence(r: &Reading<'_>, trig: Span) -> Option<Entity> {
    let s = r.sentence_of(trig)?;
    r.discourse
        .segments
        .iter()
        .filter(|g| {
            r.doc.sentence_at(g.span.start()).map(|x| x.index) == Some(s.index)
                && g.kind == SegmentKind::Main
                && g.span.end() <= trig.start()
        })
        .flat_map(|g| r.discourse.entities_in(g.span))
        .filter(|e| e.is_team() && !clause::adjective(r, e))
        .find(|e| {
            let before = r
                .doc
                .norm_of(r.doc.span(s.span.start(), e.span.start()))
                .0
                .trim_end()
                .to_lowercase();
            !matches!(
                before.rsplit(' ').next().unwrap_or(""),
                "by" | "against" | "to" | "over" | "from" | "with" | "of" | "in" | "at" | "than"
            )
        })
        .cloned()
}

/// A team written as a place ("in Debrecen, Hungary", "in Qatar").
fn written_as_place(r: &Reading<'_>, e: &Entity) -> bool {
    if r.mentions
        .within(e.span)
        .any(|m| m.dim() == Dim::Venue && m.span == e.span)
    {
        return true;
    }
    let Some(s) = r.sentence_of(e.span) else {
        return false;
    };
    let before = r
        .doc
        .norm_of(r.doc.span(s.span.start(), e.span.start()))
        .0
        .trim_end()
        .to_lowercase();
    let last = before.rsplit(' ').next().unwrap_or("");
    if e.possessive {
        return false; // "in Italy's first match"
    }
    if matches!(last, "in" | "at" | "to") && !before.ends_with("on to") {
        return true;
    }
    before.ends_with(',')
        && r.mentions.of(s.span, Dim::Venue).any(|m| {
            let gap = r.doc.text_of(r.doc.span(m.span.end(), e.span.start()));
            gap.trim() == ","
        })
}

/// The event the team's next match is counted from, and that event's day.
fn reference(ctx: &Context<'_>, team: TeamId) -> Option<(Date, Option<MatchRow>)> {
    let main = ctx.main.as_ref();
    let pub_date = ctx.date.or(main.map(|m| m.row.date))?;
    if let Some(m) = main {
        if m.involves(team) && m.row.date <= pub_date && m.row.date >= event::shift(pub_date, -7) {
            return Some((m.row.date, Some(m.row.clone())));
        }
        if m.involves(team) && m.row.date > pub_date {
            // A preview: the match in scope is the next one.
            return Some((event::shift(m.row.date, -1), None));
        }
    }
    // A match the team played on the article's day whose score the text writes (a round-up).
    let today = event::matches_of(ctx, &[team], (pub_date, pub_date));
    if let Some(t) = today.into_iter().find(|m| score_written(ctx, m)) {
        return Some((t.date, Some(t)));
    }
    Some((event::shift(pub_date, -1), None))
}

/// The text reports a match: its score is written in a sentence that names one of its sides.
fn score_written(ctx: &Context<'_>, m: &MatchRow) -> bool {
    let (Some(h), Some(a)) = (m.home_score, m.away_score) else {
        return false;
    };
    // The answer depends on the sides and the score only: read the text once per match.
    let key = format!("score_written {:?} {:?} {h} {a}", m.home, m.away);
    if let Some(&known) = ctx.memo.borrow().get(&key) {
        return known;
    }
    let found = ctx.mentions.all.iter().any(|x| {
        let same = match &x.value {
            Value::Score(s) => (s.a, s.b) == (h, a) || (s.b, s.a) == (h, a),
            _ => false,
        };
        same && ctx.doc.sentence_at(x.span.start()).is_some_and(|s| {
            ctx.discourse
                .entities_in(s.span)
                .any(|e| ctx.team_of(e).is_some_and(|t| t == m.home || t == m.away))
        })
    });
    ctx.memo.borrow_mut().insert(key, found);
    found
}

fn name(ctx: &Context<'_>, t: TeamId) -> String {
    ctx.facts.team_name(t).to_string()
}

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::NextFixture(x) = &f.predicate else {
        return Finding::unknown("not a fixture", Tie::none("-"));
    };
    let mut opponents: Vec<TeamId> = x.opponents.iter().filter_map(|o| ctx.team_of(o)).collect();
    let opp_unresolved = opponents.len() < x.opponents.len();
    // The team: the subject when it is a side; else the winner of the match in scope.
    let mut certain_team = true;
    let mut team = x.team.as_ref().and_then(|e| ctx.team_of(e));
    if team.is_none() {
        certain_team = false;
        team = ctx
            .main
            .as_ref()
            .filter(|m| ctx.date.is_none_or(|p| m.row.date <= p))
            .and_then(|m| m.result.winner);
    }
    let Some(mut team) = team else {
        return Finding::unknown("the team is not identified", Tie::none("no team"));
    };
    // "the losers taking on the Lionesses": the side named is the opponent's.
    if let Some(i) = opponents.iter().position(|o| *o == team) {
        opponents.remove(i);
        if opponents.is_empty() && x.team.is_some() {
            // The subject was a role that resolved to the side itself.
        }
        team = ctx.team_of(&x.opponents[i]).unwrap_or(team);
        opponents.clear();
    }
    let role = x.team.as_ref().is_some_and(|e| {
        matches!(
            e.referent,
            Referent::TeamRole {
                role: crate::discourse::TeamRole::Winners | crate::discourse::TeamRole::Losers
            }
        )
    }) || !certain_team;
    let by_main = role
        .then(|| ctx.main.as_ref().filter(|m| m.involves(team)))
        .flatten()
        .map(|m| (m.row.date, Some(m.row.clone())));
    let Some((ref_day, ref_match)) = by_main.or_else(|| reference(ctx, team)) else {
        return Finding::unknown("the article's date is not known", Tie::none("no date"));
    };
    // The nth coming match.
    let mut after = ref_day;
    let mut next: Option<MatchRow> = None;
    for _ in 0..x.nth.max(1) {
        next = ctx.facts.next_match(team, after, ctx.gender).ok().flatten();
        match &next {
            Some(n) => after = n.date,
            None => break,
        }
    }
    let Some(next) = next else {
        return Finding::unknown(
            format!("no later match of {} in the data", name(ctx, team)),
            Tie::none("no next match"),
        );
    };
    // An opponent named but met later, not next ("who still have to face Luxembourg on
    // Tuesday" with a friendly in between): the claim is about that match.
    let mut skipped = false;
    let next = if !opponents.is_empty() && !opponents.contains(&next.opponent(team)) {
        match event::matches_of(
            ctx,
            &[team],
            (event::shift(next.date, 1), event::shift(next.date, 60)),
        )
        .into_iter()
        .find(|m| opponents.iter().any(|o| m.home == *o || m.away == *o))
        {
            Some(l) => {
                skipped = true;
                l
            }
            None => next,
        }
    } else {
        next
    };
    let soon = (next.date - ref_day).num_days() <= 45 && !skipped;
    let tie = Tie::to_match(
        next.id,
        crate::verify::context::label(&next),
        certain_team && soon && !opp_unresolved,
        format!("{}'s next match", name(ctx, team)),
    );
    let Some(nf) = ctx.match_facts(next.id) else {
        return Finding::unknown("the next match's facts are missing", tie);
    };
    let ev = vec![next.evidence.clone()];
    let what = format!("{}'s next match: {}", name(ctx, team), next.evidence.text);
    let mut holds: Vec<String> = Vec::new();
    let mut fails: Vec<(String, String)> = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    // Opponents.
    let actual = next.opponent(team);
    if !opponents.is_empty() {
        if opponents.contains(&actual) {
            holds.push(format!("against {}", name(ctx, actual)));
        } else {
            fails.push((
                name(ctx, actual),
                format!("the next opponent is {}", name(ctx, actual)),
            ));
        }
    }
    // Stage.
    if let Some(st) = &x.stage {
        match ctx.facts.match_stage(&next).ok().flatten() {
            Some((a, _)) if event::same_stage(a, st.stage) => holds.push(a.label().to_string()),
            Some((a, _)) => fails.push((a.label().to_string(), format!("a {}", a.label()))),
            None => unknown.push(format!(
                "the stage of {} is not recorded",
                next.evidence.text
            )),
        }
    }
    // Day.
    if let Some(wd) = x.weekday {
        if next.date.weekday() == wd {
            holds.push(weekday_name(next.date).to_string());
        } else {
            fails.push((
                weekday_name(next.date).to_string(),
                format!("played on {} {}", weekday_name(next.date), next.date),
            ));
        }
    }
    if let Some(d) = &x.date {
        match event::resolve_date(d, None, Some(ref_day), Some(true)) {
            Some(day) if day == next.date => holds.push(day.to_string()),
            Some(day) => fails.push((
                next.date.to_string(),
                format!("played on {} (not {day})", next.date),
            )),
            None => unknown.push("the date's year".into()),
        }
    }
    if let Some(n) = x.days_after {
        match &ref_match {
            Some(rm) => {
                let gap = (next.date - rm.date).num_days();
                if gap == i64::from(n) {
                    holds.push(format!("{n} day(s) after {}", rm.date));
                } else {
                    fails.push((
                        format!("{gap} days later ({})", next.date),
                        format!("{gap} days after {}", rm.date),
                    ));
                }
            }
            None => unknown.push("the day it is counted from".into()),
        }
    }
    // Places.
    let mut places = super::venue::pairs(&x.venues);
    let same_main = x.same_venue && places.is_empty();
    if same_main {
        if let Some(m) = &ctx.main {
            for p in event::match_places(m).into_iter().take(2) {
                places.push((p, crate::mentions::VenueKind::City));
            }
        }
    }
    if !places.is_empty() {
        let pc = event::check_places(ctx, &nf, &places);
        if same_main {
            // Either of the match in scope's places will do.
            if !pc.holds.is_empty() {
                holds.push("the same place".into());
            } else {
                unknown.push("the place".into());
            }
        } else {
            holds.extend(pc.holds);
            fails.extend(
                pc.fails
                    .into_iter()
                    .map(|(c, d)| (d.clone(), format!("{c}: played at {d}"))),
            );
            unknown.extend(pc.unknown);
        }
    }
    // Competition.
    if x.friendly {
        if next.tournament == "Friendly" {
            holds.push("a friendly".into());
        } else {
            fails.push((
                next.tournament.clone(),
                format!("a {} match", next.tournament),
            ));
        }
    } else if let Some(cv) = &x.competition {
        let key = event::competition_key(cv);
        let t = &next.tournament;
        let same = t.starts_with(&key) && (cv.qualifying == t.contains("qualification"));
        if same {
            holds.push(t.clone());
        } else {
            unknown.push(format!("the competition ({t})"));
        }
    }
    if !fails.is_empty() {
        let (correct, details) = crate::verify::join_failures(&fails);
        return Finding::fails(correct, format!("{what}: {details}"), tie, ev);
    }
    if !unknown.is_empty() && holds.is_empty() {
        return Finding::unknown(format!("{what}; not settled: {}", unknown.join("; ")), tie);
    }
    if holds.is_empty() {
        return Finding::unknown(format!("{what}; nothing to compare"), tie);
    }
    if !unknown.is_empty()
        && !opponents.is_empty()
        && !holds.iter().any(|h| h.starts_with("against"))
    {
        return Finding::unknown(format!("{what}; not settled: {}", unknown.join("; ")), tie);
    }
    Finding::holds(format!("{what} ({})", holds.join(", ")), tie, ev)
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("next_fixture", include_str!("corpus.txt"));
    }
}
