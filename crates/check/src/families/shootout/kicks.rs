//! Single kicks of a shoot-out: "Mbappe saw his effort saved by Yann Sommer", "Coman and
//! Tchouaméni failed from the spot", "Falcao, Cuadrado and Muriel all scored for Colombia",
//! "Hakimi scoring the decisive kick", "Hoeness sent West Germany's fourth attempt high over the
//! bar", "Montiel struck the decisive kick"; and what a score allows of the kicks ("were
//! flawless").
//!
//! A kick claim is read only in a sentence about a shoot-out (it, or the one before, names
//! one) and needs a kick word ("kick", "penalty", "attempt", "effort", "from the spot", "all
//! scored"); a minute in the clause makes it a goal in play instead. It is ruled out only
//! when the taker is found among the recorded kicks with another outcome, or with another
//! place in the order.

use super::super::{clause, Reading};
use super::shootout_match;
use crate::discourse::{Entity, Referent};
use crate::doc::Span;
use crate::frames::{Frame, KickClaim, KickOutcome, Kind, Predicate, ShootoutClaim};
use crate::mentions::Dim;
use crate::verify::{Context, Finding};
use goalline_core::{names, TeamId};
use goalline_facts::matches::MatchFacts;
use goalline_facts::schedule::Kick;
use once_cell::sync::Lazy;
use regex::Regex;

/// Outcome verbs: (pattern, outcome, the taker is the object).
static VERBS: Lazy<Vec<(Regex, KickOutcome, bool)>> = Lazy::new(|| {
    let r = |p: &str| crate::rx::must(&format!("(?i){p}"));
    vec![
        (
            r(
                r"\bsaw (?:his|her) (?:[\w-]+ ){0,2}(?:effort|kick|penalty|attempt|shot|spot-kick) (?:saved|kept out|stopped)\b|\bhad (?:his|her) (?:[\w-]+ ){0,2}(?:effort|kick|penalty|attempt) saved\b",
            ),
            KickOutcome::Saved,
            false,
        ),
        (
            r(r"\b(?:saved from|kept out|keep out|keeping out|keeps out|denied|stopped|saved)\b"),
            KickOutcome::Saved,
            true,
        ),
        (
            r(
                r"\b(?:missed|misses|failed from the spot|failed to score|fired (?:\w+ )?(?:wide|over)|blazed (?:\w+ )?(?:wide|over)|skied|sent (?:[\w'-]+ ){0,5}(?:over|wide)|hit the (?:post|bar|crossbar|woodwork)|struck the (?:post|bar|crossbar)|smashed (?:[\w'-]+ ){0,4}against the (?:post|bar|crossbar|woodwork))\b",
            ),
            KickOutcome::Missed,
            false,
        ),
        (
            r(
                r"\b(?:all scored|scored|scoring|converted|converting|netted|drove home|drive home|swept|sweeping|slotted|slotting|dinked|dinking|chipped|chipping|rolled|rolling|struck|striking|smashed|put away|found the net)\b",
            ),
            KickOutcome::Scored,
            false,
        ),
    ]
});

/// A kick word in the clause.
static KICK_WORD: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:kick|kicks|penalty|spot-kick|attempt|effort|from the spot|all scored|shoot-?out)\b",
    )
});

/// "the decisive kick", "the winning penalty", "the crucial penalty".
static DECISIVE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:decisive|winning|crucial|deciding|final|last) (?:kick|penalty|spot-kick|attempt|effort)\b",
    )
});

/// "West Germany's fourth attempt", "Czechoslovakia's fifth penalty".
static ORDINAL: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)'s (?P<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:kick|penalty|spot-kick|attempt|effort)\b",
    )
});

fn ordinal(w: &str) -> Option<u32> {
    Some(match w.to_ascii_lowercase().as_str() {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        _ => return None,
    })
}

fn person(e: &Entity) -> bool {
    matches!(e.referent, Referent::Person(_))
}

/// Kick claims of a sentence about a shoot-out.
pub fn recognise(r: &Reading<'_>, sentence: Span, out: &mut Vec<Frame>) {
    let mut taken: Vec<Span> = Vec::new();
    for (re, outcome, object) in VERBS.iter() {
        for m in r.find(re, sentence) {
            if taken.iter().any(|t| t.overlaps(m.span)) {
                continue;
            }
            let c = clause::clause_at(r, m.span);
            let text = clause::text(r, &c);
            if !KICK_WORD.is_match(&text) {
                continue;
            }
            if c.segs
                .iter()
                .any(|sp| r.mentions.of(*sp, Dim::Minute).next().is_some())
            {
                continue;
            }
            let roles = r.roles(m.span);
            let (takers, keeper): (Vec<Entity>, Option<Entity>) = if *object {
                let t = roles.patient.filter(person);
                (t.into_iter().collect(), roles.agent.filter(person))
            } else {
                // A list of takers before the verb ("Falcao, Cuadrado and Muriel all scored").
                let before = r.doc.span(sentence.start(), m.span.start());
                let ps: Vec<Entity> = r
                    .discourse
                    .entities_in(before)
                    .filter(|e| person(e))
                    .cloned()
                    .collect();
                let mut list: Vec<Entity> = Vec::new();
                for e in ps.iter().rev() {
                    match list.last() {
                        None => list.push(e.clone()),
                        Some(l) => {
                            let gap = r
                                .doc
                                .norm_of(r.doc.span(e.span.end(), l.span.start()))
                                .0
                                .trim()
                                .to_lowercase();
                            if matches!(gap.as_str(), "," | "and" | ", and") {
                                list.push(e.clone());
                            } else {
                                break;
                            }
                        }
                    }
                }
                list.reverse();
                if list.is_empty() {
                    if let Some(a) = roles.agent.filter(person) {
                        list.push(a);
                    }
                }
                let keeper = r
                    .discourse
                    .entities_in(r.doc.span(m.span.end(), c.own.end()))
                    .find(|e| {
                        person(e)
                            && r.doc
                                .norm_of(r.doc.span(m.span.end(), e.span.start()))
                                .0
                                .to_lowercase()
                                .contains("by")
                    })
                    .cloned();
                (list, keeper)
            };
            if takers.is_empty() {
                continue;
            }
            let after = r.doc.span(m.span.end(), c.own.end());
            let decisive = DECISIVE.is_match(r.doc.norm_of(c.own).0);
            let ord = r.find(&ORDINAL, c.own).into_iter().next();
            let nth = ord
                .as_ref()
                .and_then(|o| o.group("n"))
                .and_then(|g| ordinal(r.doc.text_of(g)));
            let team = ord.as_ref().and_then(|o| {
                r.discourse
                    .entities_in(r.doc.span(c.own.start(), o.span.start()))
                    .filter(|e| e.is_team())
                    .last()
                    .cloned()
            });
            let team = team.or_else(|| {
                // "all scored for Colombia".
                r.discourse
                    .entities_in(after)
                    .find(|e| {
                        e.is_team()
                            && r.doc
                                .norm_of(r.doc.span(m.span.end(), e.span.start()))
                                .0
                                .trim()
                                .eq_ignore_ascii_case("for")
                    })
                    .cloned()
            });
            taken.push(m.span);
            for t in takers {
                let mut end = m.span.end();
                if let Some(k) = &keeper {
                    end = end.max(k.span.end());
                }
                if let Some(o) = &ord {
                    end = end.max(o.span.end());
                }
                if let Some(d) = r.find(&DECISIVE, c.own).into_iter().next() {
                    end = end.max(d.span.end());
                }
                let span = r.doc.span(
                    t.span.start().min(m.span.start()),
                    end.min(c.own.end().max(end)),
                );
                let mut f = r.frame(
                    "shootout",
                    "kick",
                    Kind::Shootout,
                    span,
                    m.span,
                    Predicate::Kick(KickClaim {
                        taker: Some(t),
                        outcome: *outcome,
                        keeper: keeper.clone(),
                        decisive,
                        team: team.clone(),
                        nth,
                    }),
                );
                clause::rescope(r, &mut f, &c);
                out.push(f);
            }
        }
    }
}

/// The recorded kick of a taker: by player id, else by surname.
fn kick_of<'k>(ctx: &Context<'_>, kicks: &'k [Kick], e: &Entity) -> Option<&'k Kick> {
    if let Some(p) = ctx.player(e).one() {
        if let Some(k) = kicks.iter().find(|k| k.player == Some(p)) {
            return Some(k);
        }
    }
    let Referent::Person(p) = &e.referent else {
        return None;
    };
    let key = names::fold(&p.name);
    let last = key.rsplit(' ').next().unwrap_or(&key).to_string();
    let hits: Vec<&Kick> = kicks
        .iter()
        .filter(|k| {
            let n = names::fold(&k.name);
            n == key || n.split(' ').any(|w| w == last)
        })
        .collect();
    (hits.len() == 1).then(|| hits[0])
}

/// Checks a kick claim.
pub fn verify(f: &Frame, ctx: &Context<'_>, k: &KickClaim) -> Finding {
    let c = ShootoutClaim {
        winner: None,
        loser: None,
        side: k.team.clone(),
        score: None,
        match_score: None,
        kicks_scored: None,
        first: None,
        flawless: false,
    };
    let found = shootout_match(f, ctx, &c);
    let Some(m) = found.m.clone() else {
        return Finding::unknown(
            format!("no shoot-out identified: {}", found.tie.why),
            found.tie,
        );
    };
    let (mut kicks, mut ordered) = ctx.facts.shootout_kicks(&m.row).unwrap_or_default();
    // Event data (StatsBomb) when no other source lists the kicks: every kick of a complete
    // file; an excerpt's kicks are facts, but not the whole list (no order, no count).
    let mut events: Vec<goalline_facts::events::Shot> = Vec::new();
    let mut partial = false;
    if kicks.is_empty() {
        if let Ok(Some(ev)) = ctx.facts.match_events(m.row.id) {
            events = ev.shootout_kicks().cloned().collect();
            partial = !ev.proves_absence();
            ordered = !partial;
            kicks = events
                .iter()
                .enumerate()
                .map(|(i, s)| Kick {
                    team: s.team,
                    player: s.shooter.player,
                    name: s.shooter.name.clone(),
                    scored: s.scored(),
                    seq: i as u32 + 1,
                })
                .collect();
        }
    }
    if kicks.is_empty() {
        return Finding::unknown(
            format!(
                "the kicks of this shoot-out are not recorded (only its result): {}",
                super::describe(ctx, &m)
            ),
            found.tie,
        );
    }
    let team = k.team.as_ref().and_then(|e| ctx.team_of(e));
    let by_taker = k.taker.as_ref().and_then(|t| kick_of(ctx, &kicks, t));
    let by_order = match (team, k.nth) {
        (Some(t), Some(n)) => kicks
            .iter()
            .filter(|x| x.team == Some(t))
            .nth(n.saturating_sub(1) as usize),
        _ => None,
    };
    let Some(kick) = by_taker.or(by_order) else {
        return Finding::unknown("the taker is not among the recorded kicks", found.tie);
    };
    let who = kick.name.clone();
    let mut ev: Vec<_> = m.evidence.iter().take(2).cloned().collect();
    let shot = events
        .get(kick.seq as usize - 1)
        .filter(|_| !events.is_empty());
    if let Some(s) = shot {
        ev.insert(0, s.evidence.clone());
    }
    let scored = kick.scored;
    let claimed_scored = k.outcome == KickOutcome::Scored;
    let detail = format!(
        "{who} {} kick {} of the shoot-out: {}",
        if scored { "scored" } else { "missed" },
        kick.seq,
        super::describe(ctx, &m)
    );
    let detail = match shot {
        Some(s) => format!("{detail}; {}", s.describe()),
        None => detail,
    };
    if scored != claimed_scored {
        return Finding::fails(
            format!("{who} {}", if scored { "scored" } else { "missed" }),
            detail,
            found.tie,
            ev,
        );
    }
    // "Saved": the event data tell a save from a kick off target or against the post.
    if let Some(s) = shot.filter(|s| k.outcome == KickOutcome::Saved && !s.scored() && !s.saved()) {
        return Finding::fails(format!("not saved ({})", s.outcome), detail, found.tie, ev);
    }
    // The keeper named, where the event data say who faced the kick.
    if let (Some(kw), Some(sk)) = (k.keeper.as_ref(), shot.and_then(|s| s.keeper.as_ref())) {
        if let (crate::verify::PlayerRes::One(kp), Some(_)) = (ctx.player(kw), sk.player) {
            if !sk.is(kp) {
                return Finding::fails(
                    format!("faced by {}", sk.name),
                    format!("{detail}; the keeper was {}", sk.name),
                    found.tie,
                    ev,
                );
            }
        }
    }
    if partial {
        // An excerpt: the kick is a fact, its place in the shoot-out is not known.
        if k.nth.is_some() || k.decisive {
            return Finding::unknown(
                format!("{detail}; the event data are an excerpt, so the kick's place in the shoot-out is not known"),
                found.tie,
            );
        }
        return Finding::holds(detail, found.tie, ev);
    }
    if let Some(n) = k.nth {
        let place = kicks
            .iter()
            .filter(|x| x.team == kick.team && x.team.is_some())
            .position(|x| x.seq == kick.seq)
            .map(|i| i as u32 + 1);
        if let Some(p) = place {
            if p != n {
                return Finding::fails(
                    format!("kick {p} of the side"),
                    format!("{detail} (the side's kick {p})"),
                    found.tie,
                    ev,
                );
            }
        }
    }
    if k.decisive && ordered {
        let last = kicks.iter().map(|x| x.seq).max().unwrap_or(0);
        if kick.seq != last {
            return Finding::fails(
                format!("kick {} of {last}", kick.seq),
                format!("{detail}; the last kick was number {last}"),
                found.tie,
                ev,
            );
        }
    }
    Finding::holds(detail, found.tie, ev)
}

/// Whether `team` scored every kick it took: from the recorded kicks, else from every kick
/// sequence its score and first kicker allow (`None` when they disagree).
pub fn flawless(ctx: &Context<'_>, m: &MatchFacts, team: TeamId) -> Option<bool> {
    let (kicks, _) = ctx.facts.shootout_kicks(&m.row).unwrap_or_default();
    if !kicks.is_empty() {
        return Some(
            kicks
                .iter()
                .filter(|k| k.team == Some(team))
                .all(|k| k.scored),
        );
    }
    let (h, a) = m.result.shootout_score?;
    let winner = m.result.winner?;
    let (w, l) = if winner == m.row.home { (h, a) } else { (a, h) };
    let first = m.result.shootout.as_ref().and_then(|s| s.first_shooter);
    let orders: Vec<bool> = match first {
        Some(f) => vec![f == winner],
        None => vec![true, false],
    };
    let is_winner = team == winner;
    let mut all = true;
    let mut any = false;
    for o in orders {
        for s in sequences(o, w, l) {
            let clean = s.iter().filter(|k| k.0 == is_winner).all(|k| k.1);
            all &= clean;
            any |= clean;
        }
    }
    if all && any {
        Some(true)
    } else if !any {
        Some(false)
    } else {
        None
    }
}

/// Every kick sequence of a shoot-out that ends `w`-`l` for the winner, as (the winner kicks,
/// scored) pairs: five kicks each unless decided earlier, then rounds of sudden death.
pub fn sequences(winner_first: bool, w: u32, l: u32) -> Vec<Vec<(bool, bool)>> {
    let mut out = Vec::new();
    let mut seq = Vec::new();
    let cap = 5.max(w.max(l)) + 2;
    step(
        winner_first,
        (w, l),
        [0, 0],
        [0, 0],
        cap,
        &mut seq,
        &mut out,
    );
    out
}

fn decided(k: [u32; 2], g: [u32; 2]) -> bool {
    if k[0] <= 5 && k[1] <= 5 {
        let rem = [5 - k[0], 5 - k[1]];
        if g[0] > g[1] + rem[1] || g[1] > g[0] + rem[0] {
            return true;
        }
        if k[0] < 5 || k[1] < 5 {
            return false;
        }
    }
    k[0] == k[1] && k[0] >= 5 && g[0] != g[1]
}

fn step(
    winner_first: bool,
    target: (u32, u32),
    k: [u32; 2],
    g: [u32; 2],
    cap: u32,
    seq: &mut Vec<(bool, bool)>,
    out: &mut Vec<Vec<(bool, bool)>>,
) {
    if decided(k, g) {
        if (g[0], g[1]) == target {
            out.push(seq.clone());
        }
        return;
    }
    if g[0] > target.0 || g[1] > target.1 || k[0] > cap || k[1] > cap {
        return;
    }
    // Index 0 is the winner; the first kicker kicks when both have taken as many.
    let winner_turn = if k[0] == k[1] {
        winner_first
    } else {
        k[0] < k[1]
    };
    let i = if winner_turn { 0 } else { 1 };
    for scored in [true, false] {
        let mut k2 = k;
        let mut g2 = g;
        k2[i] += 1;
        if scored {
            g2[i] += 1;
        }
        seq.push((winner_turn, scored));
        step(winner_first, target, k2, g2, cap, seq, out);
        seq.pop();
    }
}
