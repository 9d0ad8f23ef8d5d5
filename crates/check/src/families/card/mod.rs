//! Cards and sending-offs: "was sent off", "booked", "shown a second yellow card", "sent off
//! for a second bookable offence", "two yellow cards in quick succession in extra time", "X
//! and Y went into the book within a minute of each other", "showed eight yellow cards",
//! "Morocco were down to ten men in injury time".
//!
//! Grammar: card words with their person (the clause's subject, or the people coordinated
//! with it), or the side ("down to ten men"), or a count ("showed eight yellow cards"); the
//! minute or window of the clause ("in extra time", "in injury time", "in the first half");
//! "within a minute of each other". Not cards: "booked a place", "escaped a second yellow",
//! hedged or hypothetical reds ("should have been sent off" is hedged by the discourse).
//!
//! Verifier: the match ([`crate::families::goal::check::match_of`] and its signs of another
//! match), its cards from the facts engine (Fjelstul's World Cup bookings, complete; the second
//! yellow's minute from openfootball). A person with no card in a complete list, a red where
//! the data have only a yellow, a count other than the match's yellows, or extra time in a
//! match that had none fail; elsewhere (no World Cup bookings) unknown. Kind `other`.

use super::goal::check::{match_of, minute_fit_at, other_match_signs, resolve_in, Fit};
use super::{Family, Reading};
use crate::discourse::{Entity, Referent, Via};
use crate::doc::Span;
use crate::frames::{CardClaim, Frame, Kind, Predicate};
use crate::mentions::{Dim, MinuteKind, MinuteValue, Value};
use crate::verify::{Context, Finding, PlayerRes, Tie};
use goalline_core::Evidence;
use goalline_facts::cards::{Card, CardKind};
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "card",
    recognise,
    verify,
};

use crate::rx::must as re;

static CARD: Lazy<Regex> = Lazy::new(|| {
    re(r"(?ix)
        (?P<second>second\s+yellow(?:\s+card)?|second\s+bookable\s+offen[cs]e|two\s+yellow\s+cards|two\s+bookings|second\s+caution|booked\s+twice)
      | (?P<red>sent\s+off|sent-off|sending[-\s]off|red\s+card|red-carded|shown\s+(?:a\s+|the\s+)?(?:straight\s+)?red\b|straight\s+red|marching\s+orders|dismissed\s+(?:for|after)|(?P<men>(?:down|reduced)\s+to\s+(?:ten|10|nine|9)\s+men))
      | (?P<count>(?P<n>[a-z]+|\d+)\s+yellow\s+cards)
      | (?P<yellow>\bbooked\b|yellow\s+card|yellow-carded|shown\s+a\s+yellow|(?:went|go|goes|going)\s+into\s+the\s+(?:referee's\s+)?book|joined\s+\w+\s+in\s+the\s+book|\bcautioned\b)
    ")
});

/// Not a card: a booking of a place, an escape, a claim for one.
static NOT_CARD: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)\b(?:booked\s+(?:\w+\s+){0,2}(?:a|their|his|her|its)\s+(?:place|clash|spot|ticket|berth|date|passage|meeting|trip|seat|slot)|escap(?:e|ed|ing)|avoid(?:ed|ing)?|lucky\s+not|fortunate\s+not|appeal(?:ed|s)?\s+for|claims?\s+for|calls?\s+for|deserved\s+(?:a|to\s+be))\b",
    )
});

static APART: Lazy<Regex> =
    Lazy::new(|| re(r"(?i)\bwithin\s+(?P<n>a|one|two|three|\d+)\s+minutes?\s+of\s+each\s+other\b"));

fn lower(r: &Reading<'_>, s: Span) -> String {
    r.doc.norm_of(s).0.to_lowercase()
}

fn is_person(e: &Entity) -> bool {
    matches!(e.referent, Referent::Person(_) | Referent::Described { .. })
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let text = lower(r, s.span);
        if !(text.contains("book")
            || text.contains("yellow")
            || text.contains("red")
            || text.contains("sent")
            || text.contains("dismiss")
            || text.contains("men")
            || text.contains("caution")
            || text.contains("sending"))
        {
            continue;
        }
        let mut done: Vec<Span> = Vec::new();
        for m in r.find(&CARD, s.span) {
            let seg = r.segment_span(m.span);
            if done.contains(&seg) {
                continue;
            }
            let seg_text = lower(r, seg);
            if NOT_CARD.is_match(&seg_text) {
                continue;
            }
            // The strongest card word of the clause.
            let words: Vec<_> = r
                .find(&CARD, seg)
                .into_iter()
                .filter(|x| x.span.start() >= m.span.start())
                .collect();
            let second = words.iter().any(|x| x.group("second").is_some());
            let red = second || words.iter().any(|x| x.group("red").is_some());
            let men = words.iter().find_map(|x| x.group("men"));
            let count_m = words.iter().find(|x| x.group("count").is_some());
            let trig = words.iter().map(|x| x.span).fold(m.span, |a, b| a.cover(b));
            // A count of the match's yellow cards ("showed eight yellow cards").
            let count = count_m.and_then(|x| {
                let n = lower(r, x.group("n")?);
                let before = lower(r, r.doc.span(seg.start(), x.span.start()));
                let shown = [
                    "showed",
                    "brandished",
                    "issued",
                    "handed out",
                    "dished out",
                    "produced",
                    "total of",
                    "flashed",
                ]
                .iter()
                .any(|w| before.contains(w));
                (shown && !second)
                    .then(|| crate::mentions::numbers::parse_number(&n))
                    .flatten()
            });
            // The person: the clause's subject (not the referee), with those coordinated.
            let before_ents: Vec<&Entity> = r
                .discourse
                .entities_in(r.doc.span(seg.start(), trig.start()))
                .filter(|e| !e.possessive || matches!(e.via, Via::Pronoun))
                .collect();
            let referee = |e: &Entity| {
                let b = lower(
                    r,
                    r.doc
                        .span(e.span.start().saturating_sub(12), e.span.start()),
                );
                b.contains("referee") || b.contains("official")
            };
            let mut people: Vec<Entity> = before_ents
                .iter()
                .filter(|e| is_person(e) && !referee(e))
                .map(|e| (*e).clone())
                .collect();
            // Keep the last run of coordinated people ("X and Y went into the book").
            if people.len() > 1 {
                let mut keep = vec![people.pop().unwrap_or_else(|| unreachable!())];
                while let Some(p) = people.pop() {
                    let gap = lower(r, r.doc.span(p.span.end(), keep[0].span.start()));
                    if matches!(gap.trim(), "and" | "," | ", and") {
                        keep.insert(0, p);
                    } else {
                        break;
                    }
                }
                people = keep;
            }
            if people.is_empty() && count.is_none() && men.is_none() {
                // "the subject is in the host clause" ("…, who was booked for …").
                if let Some(a) = r.roles(trig).agent.filter(|e| is_person(e) && !referee(e)) {
                    people.push(a);
                }
            }
            if people.is_empty() && count.is_none() && men.is_none() {
                // "The referee booked Hojbjerg": the person after the card word.
                if let Some(p) = r
                    .discourse
                    .entities_in(r.doc.span(trig.end(), seg.end()))
                    .find(|e| is_person(e) && !e.possessive)
                {
                    people.push(p.clone());
                }
            }
            let team = if men.is_some() {
                before_ents
                    .iter()
                    .rev()
                    .find(|e| e.is_team())
                    .map(|e| (*e).clone())
            } else {
                None
            };
            if people.is_empty() && team.is_none() && count.is_none() {
                continue;
            }
            // The minute or window of the clause, after the person.
            let from = people
                .first()
                .map(|p| p.span.start())
                .or(team.as_ref().map(|t| t.span.start()))
                .unwrap_or(trig.start());
            let minute = r
                .mentions_of(seg, Dim::Minute)
                .into_iter()
                .filter(|mm| mm.span.start() >= from)
                .find_map(|mm| match &mm.value {
                    Value::Minute(v) => Some((mm.span, *v)),
                    _ => None,
                });
            let apart = r.find(&APART, seg).first().map(|a| {
                let n = a
                    .group("n")
                    .map(|g| lower(r, g))
                    .and_then(|w| match w.as_str() {
                        "a" | "one" => Some(1),
                        w => crate::mentions::numbers::parse_number(w),
                    })
                    .unwrap_or(1);
                (a.span, n)
            });
            // One frame for the card (the person and the card words), one for its time (the
            // last card word to the minute): "Cheddira was sent off after receiving two yellow
            // cards" and "two yellow cards in quick succession in extra time" are two claims.
            let mut card_span = trig;
            if let Some(p) = people.first() {
                card_span = card_span.cover(p.span);
            }
            if let Some(t) = &team {
                card_span = card_span.cover(t.span);
            }
            if let Some((a, _)) = apart {
                card_span = card_span.cover(a);
            }
            let claim = |minute: Option<MinuteValue>| CardClaim {
                person: people.first().cloned(),
                others: people.iter().skip(1).cloned().collect(),
                team: team.clone(),
                red,
                second_yellow: second,
                count,
                minute,
                apart: apart.map(|x| x.1),
            };
            let inside = minute
                .filter(|(ms, _)| card_span.contains(*ms))
                .map(|x| x.1);
            let card_span = r.doc.trim(card_span, &[',', ';', ' ']);
            let f = r.frame(
                "card",
                if count.is_some() { "count" } else { "card" },
                Kind::Other,
                card_span,
                trig,
                Predicate::Card(claim(inside)),
            );
            out.push(f);
            if let Some((ms, mv)) = minute.filter(|(ms, _)| !card_span.contains(*ms)) {
                let last_word = words
                    .iter()
                    .map(|x| x.span)
                    .max_by_key(|x| x.start())
                    .unwrap_or(trig);
                let time_span = r.doc.trim(last_word.cover(ms), &[',', ';', ' ']);
                let f = r.frame(
                    "card",
                    "card_time",
                    Kind::Other,
                    time_span,
                    trig,
                    Predicate::Card(claim(Some(mv))),
                );
                out.push(f);
            }
            done.push(seg);
        }
    }
}

fn describe(cs: &[&Card]) -> String {
    cs.iter()
        .map(|c| {
            format!(
                "{} {}{}",
                c.name,
                match c.kind {
                    CardKind::Yellow => "yellow",
                    CardKind::SecondYellow => "second yellow",
                    CardKind::Red => "red",
                },
                c.minute.map(|m| format!(" {m}")).unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::Card(c) = &f.predicate else {
        return Finding::unknown("not a card", Tie::none("-"));
    };
    let sides: Vec<&Entity> = c.team.iter().collect();
    let (tie, m) = match_of(ctx, f, &sides);
    let Some(m) = m else {
        return Finding::unknown(format!("no match identified: {}", tie.why), tie);
    };
    let tie = match other_match_signs(ctx, f, &m) {
        Some(why) if tie.certain => tie.uncertain(why),
        _ => tie,
    };
    let Ok(cards) = ctx.facts.match_cards(&m.row) else {
        return Finding::unknown("the cards of this match could not be read", tie);
    };
    let against = crate::verify::context::label(&m.row);
    let ev: Vec<Evidence> = vec![m.row.evidence.clone()];
    // Extra time in a match that had none: the claim's period is wrong whatever the card.
    let et_claim = c
        .minute
        .is_some_and(|mv| mv.kind == MinuteKind::Within && mv.from > 90);
    if et_claim && m.result.extra_time == Some(false) {
        return Finding::fails(
            "no extra time",
            format!("{against} had no extra time"),
            tie,
            ev,
        );
    }
    if cards.cards.is_empty() && !cards.complete {
        return Finding::unknown(
            "the cards of this match are not in the data (World Cup bookings only)",
            tie,
        );
    }
    // A count of the match's yellows.
    if let Some(n) = c.count {
        let y = cards.yellows();
        if y == n as usize {
            return Finding::holds(format!("{y} yellow cards in {against}"), tie, ev);
        }
        if cards.complete {
            return Finding::fails(
                format!("{y} yellow cards"),
                format!("{against} had {y} yellow cards"),
                tie,
                ev,
            );
        }
        return Finding::unknown(
            format!("{y} yellow cards recorded; the list is incomplete"),
            tie,
        );
    }
    let wanted = |k: CardKind| {
        if c.second_yellow {
            k == CardKind::SecondYellow
        } else if c.red {
            k.sends_off()
        } else {
            true
        }
    };
    let what = if c.second_yellow {
        "a second yellow"
    } else if c.red {
        "a sending-off"
    } else {
        "a card"
    };
    // The cards the claim is about: each person's, or the side's sending-offs.
    let mut groups: Vec<(String, Vec<&Card>, bool)> = Vec::new(); // (who, cards, provable)
    if let Some(t) = c.team.as_ref().filter(|_| c.person.is_none()) {
        let Some(tid) = ctx.team_of(t).filter(|x| m.involves(*x)) else {
            return Finding::unknown("the side named did not play in this match", tie);
        };
        let cs: Vec<&Card> = cards
            .cards
            .iter()
            .filter(|x| x.team == tid && x.kind.sends_off())
            .collect();
        groups.push((ctx.facts.team_name(tid).to_string(), cs, cards.complete));
    }
    for p in c.person.iter().chain(c.others.iter()) {
        let Some(name) = super::goal::check::person_name(p) else {
            return Finding::unknown("the person is described, not named", tie);
        };
        let res = resolve_in(ctx, &m, p, &name);
        let last = goalline_core::names::last_word(&name);
        let by_name =
            |x: &&Card| last.is_some() && goalline_core::names::last_word(&x.name) == last;
        let (cs, provable): (Vec<&Card>, bool) = match res {
            PlayerRes::One(pid) => {
                let mine: Vec<&Card> = cards
                    .cards
                    .iter()
                    .filter(|x| x.player == Some(pid) || (x.player.is_none() && by_name(x)))
                    .collect();
                let namesake = cards
                    .cards
                    .iter()
                    .any(|x| x.player != Some(pid) && by_name(&x));
                let plays = super::goal::check::plays_in(ctx, &m, pid);
                (mine, plays && !namesake && p.via == Via::Name)
            }
            _ => (cards.cards.iter().filter(by_name).collect(), false),
        };
        groups.push((name, cs, provable && cards.complete));
    }
    let mut held: Vec<String> = Vec::new();
    let mut evidence = ev.clone();
    let mut minutes_seen: Vec<goalline_core::Minute> = Vec::new();
    for (who, cs, provable) in &groups {
        let hits: Vec<&Card> = cs.iter().copied().filter(|x| wanted(x.kind)).collect();
        if hits.is_empty() {
            if *provable {
                let shown = if cs.is_empty() {
                    "no card".to_string()
                } else {
                    describe(cs)
                };
                return Finding::fails(
                    format!("{who}: {shown}"),
                    format!(
                        "{who} got {shown} in {against}, not {what}; the cards: {}",
                        describe(&cards.cards.iter().collect::<Vec<_>>())
                    ),
                    tie,
                    ev,
                );
            }
            return Finding::unknown(
                format!("no {what} for {who} among the recorded cards of {against}"),
                tie,
            );
        }
        // The minute or window of the card.
        if let Some(mv) = &c.minute {
            let fits: Vec<Fit> = hits
                .iter()
                .map(|x| minute_fit_at(mv, x.minute, true, m.result.extra_time))
                .collect();
            if !fits.contains(&Fit::Yes) {
                let known = hits.iter().all(|x| x.minute.is_some());
                if fits.contains(&Fit::Unsure) || !known || mv.kind == MinuteKind::Fuzzy {
                    return Finding::unknown(
                        format!(
                            "{who}: {} (the minute cannot be confirmed)",
                            describe(&hits)
                        ),
                        tie,
                    );
                }
                return Finding::fails(
                    describe(&hits),
                    format!("{who}: {} in {against}", describe(&hits)),
                    tie,
                    ev,
                );
            }
        }
        if let Some(mm) = hits.iter().find_map(|x| x.minute) {
            minutes_seen.push(mm);
        }
        evidence.extend(hits.iter().flat_map(|x| x.evidence.iter().cloned()));
        held.push(format!("{who}: {}", describe(&hits)));
    }
    if let Some(n) = c.apart {
        if minutes_seen.len() >= 2 {
            let e: Vec<u16> = minutes_seen.iter().map(|x| x.elapsed()).collect();
            let d = e.iter().max().unwrap_or(&0) - e.iter().min().unwrap_or(&0);
            if d as u32 > n {
                return Finding::unknown(format!("the cards came {d} minutes apart"), tie);
            }
        } else {
            return Finding::unknown("the minutes of the cards are not all known", tie);
        }
    }
    Finding::holds(format!("{} ({against})", held.join("; ")), tie, evidence)
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("card", include_str!("corpus.txt"));
    }
}
