//! Goals and match events: who scored, when, from the spot or into their own net, how many;
//! substitutions, cards; and penalty misses (never in the data: always UNVERIFIABLE).

use super::{claim, contradicted, event_match, find_in, Kind};
use crate::context::Ctx;
use crate::text::{number_word, Sentence};
use crate::Claim;
use goalline_core::{Evidence, Minute, PlayerId, Verdict};
use goalline_facts::goals::Goal;
use goalline_facts::matches::MatchFacts;
use once_cell::sync::Lazy;
use regex::Regex;

pub(super) fn extract(ctx: &mut Ctx<'_>, out: &mut Vec<Claim>) {
    let sentences = ctx.sentences.clone();
    for s in sentences {
        seconds(ctx, s, out);
        relative_minutes(ctx, s, out);
        team_nth_goal(ctx, s, out);
        described_scorer(ctx, s, out);
        if shootout_context(ctx, s) {
            shootout_kicks(ctx, s, out);
            continue;
        }
        missed_penalties(ctx, s, out);
        goal_events(ctx, s, out);
        minute_mentions(ctx, s, out);
        substitutions(ctx, s, out);
        cards(ctx, s, out);
    }
}

/// True when a sentence speaks of a shootout's kicks rather than of goals: it says so
/// ("in the shootout"), or follows a sentence that does in the same paragraph and gives no
/// minute of its own.
fn shootout_context(ctx: &Ctx<'_>, s: Sentence) -> bool {
    let lc = ctx.slice(s.start, s.end).to_ascii_lowercase();
    let says = |t: &str| {
        t.contains("shootout")
            || t.contains("shoot-out")
            || t.contains("spot-kicks")
            || t.contains("penalty kicks")
            || (t.contains("kick") && t.contains("penalt"))
    };
    if says(&lc) {
        // "after a 1-1 draw, won on penalties": a result with a shootout, not its kicks.
        return KICK_VERB.is_match(&lc);
    }
    let Some(i) = ctx.sentences.iter().position(|x| *x == s) else {
        return false;
    };
    if i == 0 || minute_in(ctx, s.start, s.end).is_some() {
        return false;
    }
    let prev = ctx.sentences[i - 1];
    let gap = ctx.slice(prev.end, s.start);
    !gap.contains('\n')
        && says(&ctx.slice(prev.start, prev.end).to_ascii_lowercase())
        && KICK_VERB.is_match(&lc)
}

static KICK_VERB: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(scored|scores|scoring|converted|converting|netted|found the net|were on target|was on target|made no mistake|successful|missed|misses|failed|saved|hit the (?:post|bar|crossbar)|blazed|skied|fired (?:over|wide)|over the bar|wide of the post|denied|stopped|kept out|keep out)\b").expect("regex")
});

/// One shootout kick from either source.
struct Kick {
    player: Option<PlayerId>,
    name: String,
    scored: bool,
    evidence: Evidence,
}

fn kicks_of(ctx: &Ctx<'_>, m: &MatchFacts) -> Vec<Kick> {
    if !m.kicks.is_empty() {
        return m
            .kicks
            .iter()
            .map(|k| Kick {
                player: Some(k.player),
                name: k.player_name.clone(),
                scored: k.converted,
                evidence: k.evidence.clone(),
            })
            .collect();
    }
    ctx.facts
        .store()
        .of_kicks(m.row.id)
        .unwrap_or_default()
        .into_iter()
        .map(|k| Kick {
            player: k.player,
            name: k.name,
            scored: k.scored,
            evidence: k.evidence,
        })
        .collect()
}

/// "Falcao, Cuadrado and Muriel all scored", "Coman and Tchouaméni failed from the spot":
/// kicks of a shootout, checked against the recorded kicks where a source has them.
fn shootout_kicks(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let verbs: Vec<(usize, usize, bool)> = find_in(&KICK_VERB, ctx, s)
        .iter()
        .filter_map(|c| c.get(0))
        .map(|m| {
            let w = m.as_str().to_ascii_lowercase();
            let scored = [
                "scored",
                "scores",
                "scoring",
                "converted",
                "converting",
                "netted",
                "found the net",
                "were on target",
                "was on target",
                "made no mistake",
                "successful",
            ]
            .contains(&w.as_str());
            (m.start(), m.end(), scored)
        })
        .collect();
    if verbs.is_empty() {
        return;
    }
    let names: Vec<(usize, usize, PlayerId, String)> = ctx
        .names_in(s.start, s.end)
        .iter()
        .filter_map(|n| n.player.map(|p| (n.start, n.end, p, n.text.clone())))
        .collect();
    const KEEPER: &[&str] = &["saved", "denied", "stopped", "kept out", "keep out"];
    for (ns, ne, p, name) in names {
        let before = ctx
            .slice(s.start.max(ns.saturating_sub(20)), ns)
            .to_ascii_lowercase();
        let after = ctx.slice(ne, s.end.min(ne + 40)).to_ascii_lowercase();
        // "saved from X", "to keep out X's decisive kick": the keeper saved, X missed.
        let keeper_before = KEEPER.iter().any(|k| {
            let b = before.trim_end();
            b.ends_with(&format!("{k} from")) || b.ends_with(k)
        }) && (before.trim_end().ends_with("from")
            || after.starts_with("'s ")
            || after.starts_with("’s "));
        let (ve, scored) = if keeper_before {
            (ne, false)
        } else {
            // The verb that follows the name (or its list) within the clause.
            let Some(&(vs, ve, scored)) = verbs.iter().find(|(vs, _, _)| {
                *vs >= ne && *vs - ne < 90 && !ctx.slice(ne, *vs).contains(['.', ';'])
            }) else {
                continue;
            };
            let verb = ctx.slice(vs, ve).to_ascii_lowercase();
            let between = ctx.slice(ne, vs).to_ascii_lowercase();
            let passive = [
                "was ", "were ", "saw ", "had ", "kick", "effort", "attempt", "shot",
            ]
            .iter()
            .any(|w| between.contains(w));
            // "Mendy saved from Lasheen": the name before a save is the goalkeeper's.
            if KEEPER.contains(&verb.as_str()) && !passive {
                continue;
            }
            (ve, scored)
        };
        let team = ctx.facts.store().player_teams(p).ok().and_then(|ts| {
            let main = ctx.main.as_ref();
            ts.iter()
                .copied()
                .find(|t| main.is_some_and(|m| m.involves(*t)))
                .or(ts.first().copied())
        });
        let Some(ev) = super::event_match(ctx, s, team) else {
            continue;
        };
        let m = &ev.facts;
        let end = ve;
        if m.result.shootout.is_none() && m.result.shootout_score.is_none() {
            out.push(claim(
                ctx,
                ns,
                end,
                Kind::Shootout,
                Verdict::Unverifiable,
                format!("no shootout is recorded for {}", m.row.evidence.text),
                vec![m.row.evidence.clone()],
            ));
            continue;
        }
        let kicks = kicks_of(ctx, m);
        if kicks.is_empty() {
            out.push(claim(
                ctx,
                ns,
                end,
                Kind::Shootout,
                Verdict::Unverifiable,
                format!(
                    "the kicks of this shootout are not recorded (only its winner): {}",
                    m.row.evidence.text
                ),
                vec![m.row.evidence.clone()],
            ));
            continue;
        }
        let last = goalline_core::names::last_word(&name);
        let mine: Vec<&Kick> = kicks
            .iter()
            .filter(|k| {
                k.player == Some(p)
                    || (k.player.is_none()
                        && goalline_core::names::last_word(&k.name) == last
                        && last.is_some())
            })
            .collect();
        let Some(k) = mine.first() else {
            out.push(claim(
                ctx,
                ns,
                end,
                Kind::Shootout,
                Verdict::Unverifiable,
                format!(
                    "{name} is not among the recorded kickers of {}",
                    m.row.evidence.text
                ),
                kicks.iter().map(|k| k.evidence.clone()).take(3).collect(),
            ));
            continue;
        };
        let what = if k.scored { "scored" } else { "missed" };
        if k.scored == scored {
            out.push(claim(
                ctx,
                ns,
                end,
                Kind::Shootout,
                Verdict::Supported,
                format!(
                    "{name} {what} a kick in the shootout of {}",
                    m.row.evidence.text
                ),
                vec![k.evidence.clone()],
            ));
        } else if ev.certain {
            out.push(contradicted(
                ctx,
                ns,
                end,
                Kind::Shootout,
                format!("{name} {what}"),
                format!(
                    "{name} {what} a kick in the shootout of {}",
                    m.row.evidence.text
                ),
                vec![k.evidence.clone(), m.row.evidence.clone()],
            ));
        } else {
            out.push(claim(
                ctx,
                ns,
                end,
                Kind::Shootout,
                Verdict::Unverifiable,
                format!(
                    "the shootout meant is not certain; in {}, {name} {what}",
                    m.row.evidence.text
                ),
                vec![k.evidence.clone()],
            ));
        }
    }
}

static GOAL_VERB: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(scored|scores|scoring|score|netted|nets|net|struck|strikes|strike|header|headed|goal|goals|equalised|equalized|equalise|equalize|equaliser|equalizer|opener|opened the scoring|winner|brace|hat-?tricks?|hat trick|tapped in|tapped home|fired|slotted|converted|penalty|spot-kick|from the spot|own goal|replied|added|add|lobbed|poked|notched|volleyed|drilled|curled|swept|nodded|bundled|rifled|smashed|thumped|glanced|lashed|side-footed|stabbed|prodded|chipped|dinked|levelled|leveled|pulled one back|pulled a goal back|doubled the lead|doubled the advantage|restored the lead|broke the deadlock|found the net|found the back of the net|turned in|turned home|headed home|headed in|drove|slid|steered|placed|rolled|guided|stroked|planted|hammered|blasted|buried|whipped|bent|flicked|nudged|squeezed|looped|put|gave|made it|make it|making it)\b")
        .expect("regex")
});
static MISS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(missed (?:a |the |his |her )?(?:crucial |vital |late )?(?:penalty|spot-kick)|penalty miss|missing the penalty|(?:penalty|spot-kick)(?: was)? (?:saved|held|missed)|could not convert from the spot|failed to convert|sailed (?:well )?over the crossbar|blazed over)").expect("regex")
});
static NTH_MINUTE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(?:in the |the )?(\d{1,3})(?:st|nd|rd|th)(?:[- ]minute)(?:\s*\+\s*(\d{1,2}))?|\b(\d{1,3})(?:st|nd|rd|th)?-minute\b|\b(\d{1,3})(?:\+(\d{1,2}))?'").expect("regex")
});

/// A goal claim: one player, what about them.
#[derive(Debug, Clone, Default)]
struct GoalClaim {
    count: Option<u32>,
    penalty: bool,
    own_goal: bool,
    minute: Option<Minute>,
    minute_span: Option<(usize, usize)>,
    opener: bool,
    equaliser: bool,
    winner: bool,
    nth_of_team: Option<u32>,
    half: Option<u8>,
    late: bool,
    stoppage: bool,
    extra_time: bool,
    made_it: Option<(u32, u32)>,
    after_break_minutes: Option<u32>,
    mark: Option<super::minutes::Mark>,
}

fn parse_claim(clause: &str) -> GoalClaim {
    let lc = clause.to_ascii_lowercase();
    let mut g = GoalClaim {
        penalty: lc.contains("penalty")
            || lc.contains("spot-kick")
            || lc.contains("from the spot")
            || lc.contains("from the penalty spot"),
        own_goal: lc.contains("own goal") || lc.contains("own-goal"),
        opener: lc.contains("opened the scoring")
            || lc.contains("the opener")
            || lc.contains("early lead")
            || lc.contains("first goal"),
        equaliser: lc.contains("equalis") || lc.contains("equaliz") || lc.contains("level"),
        winner: lc.contains("winner")
            || lc.contains("winning goal")
            || lc.contains("decisive goal"),
        late: lc.contains("late ") || lc.contains("dying minutes") || lc.contains("last minute"),
        stoppage: lc.contains("injury time")
            || lc.contains("stoppage time")
            || lc.contains("added time"),
        extra_time: lc.contains("extra-time") || lc.contains("extra time"),
        ..Default::default()
    };
    if lc.contains("first half") || lc.contains("first-half") {
        g.half = Some(1);
    }
    if lc.contains("second half")
        || lc.contains("second-half")
        || lc.contains("after the break")
        || lc.contains("after half-time")
    {
        g.half = Some(2);
    }
    if lc.contains("hat-trick")
        || lc.contains("hat trick")
        || lc.contains("hattrick")
        || lc.contains("treble")
    {
        g.count = Some(3);
    } else if lc.contains("brace") {
        g.count = Some(2);
    }
    static COUNT: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i-u)\b(two|three|four|five|\d)\s+(?:more\s+)?(?:goals|more|times)\b|\b(?:scored|netted|added|bagged)\s+(twice|two|three|four|\d)\b").expect("regex")
    });
    if g.count.is_none() {
        if let Some(c) = COUNT.captures(&lc) {
            g.count = c.get(1).or(c.get(2)).and_then(|m| number_word(m.as_str()));
        }
    }
    static NTH_TEAM: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i-u)\b(?:net|add|added|scored|score|netted|make it) an? (second|third|fourth|fifth|sixth|seventh|eighth)\b").expect("regex")
    });
    if let Some(c) = NTH_TEAM.captures(&lc) {
        g.nth_of_team = c.get(1).and_then(|m| number_word(m.as_str()));
    }
    static MADE_IT: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)\b(?:to make it|made it|making it) (\d{1,2})\s?[-–]\s?(\d{1,2})")
            .expect("regex")
    });
    if let Some(c) = MADE_IT.captures(&lc) {
        if let (Some(a), Some(b)) = (c.get(1), c.get(2)) {
            g.made_it = Some((
                a.as_str().parse().unwrap_or(0),
                b.as_str().parse().unwrap_or(0),
            ));
        }
    }
    static AFTER_BREAK: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
            r"(?i-u)\b(\w+)\s+minutes?\s+after\s+(?:the\s+)?(?:break|half-?time|restart|interval)",
        )
        .expect("regex")
    });
    if let Some(c) = AFTER_BREAK.captures(&lc) {
        g.after_break_minutes = c
            .get(1)
            .and_then(|m| number_word(m.as_str()).or_else(|| m.as_str().parse().ok()));
    }
    g
}

/// A minute written in words within a clause, or in the sentence's opening phrase
/// ("Then, six minutes from time, Rahn collected a loose ball and …").
fn mark_in(ctx: &Ctx<'_>, s: Sentence, from: usize, to: usize) -> Option<super::minutes::Mark> {
    ctx.minute_marks
        .iter()
        .find(|m| m.start >= from && m.end <= to)
        .or_else(|| {
            let head_end = ctx
                .slice(s.start, from)
                .rfind(',')
                .map(|i| s.start + i)
                .unwrap_or(s.start);
            ctx.minute_marks
                .iter()
                .rfind(|m| m.start >= s.start && m.end <= head_end.max(s.start))
        })
        .copied()
}

fn minute_in(ctx: &Ctx<'_>, from: usize, to: usize) -> Option<(Minute, usize, usize)> {
    let hay = &ctx.slice(0, to);
    let c = NTH_MINUTE.captures_at(hay, from)?;
    let all = c.get(0)?;
    if let Some(b) = c.get(1) {
        let base: u16 = b.as_str().parse().ok()?;
        let stoppage = c.get(2).and_then(|x| x.as_str().parse().ok());
        return Some((Minute { base, stoppage }, all.start(), all.end()));
    }
    if let Some(b) = c.get(3) {
        return Some((
            Minute::new(b.as_str().parse().ok()?),
            all.start(),
            all.end(),
        ));
    }
    if let Some(b) = c.get(4) {
        let stoppage = c.get(5).and_then(|x| x.as_str().parse().ok());
        return Some((
            Minute {
                base: b.as_str().parse().ok()?,
                stoppage,
            },
            all.start(),
            all.end(),
        ));
    }
    None
}

static SECONDS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(?:in the space of|within|inside|after|in)\s+(\d+)\s+seconds\b")
        .expect("regex")
});

/// Durations in seconds: no dataset records seconds.
fn seconds(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&SECONDS, ctx, s) {
        let Some(m) = c.get(0) else { continue };
        let start = ctx
            .names_in(s.start, m.start())
            .last()
            .map(|n| n.start)
            .filter(|&n| m.start() - n < 60)
            .unwrap_or(m.start());
        out.push(claim(
            ctx,
            start,
            m.end(),
            Kind::Minute,
            Verdict::Unverifiable,
            "seconds are never recorded: goals carry minute labels only",
            vec![],
        ));
    }
}

fn missed_penalties(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&MISS, ctx, s) {
        let Some(m) = c.get(0) else { continue };
        // Include a minute written in the same clause ("the 84th-minute spot-kick was held").
        let clause_from = ctx
            .slice(s.start, m.start())
            .rfind([',', ';'])
            .map(|i| s.start + i + 1)
            .unwrap_or(s.start);
        let (start, _) = crate::text::trim(ctx.text, clause_from, m.start());
        let mut end = m.end();
        if let Some((_, _, me)) =
            minute_in(ctx, m.end(), s.end).filter(|(_, ms, _)| *ms < m.end() + 25)
        {
            end = me;
        }
        out.push(claim(
            ctx,
            start,
            end,
            Kind::Penalty,
            Verdict::Unverifiable,
            "missed or saved penalties in open play are not recorded in any open dataset",
            vec![],
        ));
    }
}

/// Player names in a sentence that are followed or preceded by a goal word, with the clause.
fn goal_events(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let verbs: Vec<(usize, usize)> = find_in(&GOAL_VERB, ctx, s)
        .iter()
        .filter_map(|c| c.get(0).map(|m| (m.start(), m.end())))
        .collect();
    if verbs.is_empty() {
        return;
    }
    if MISS.is_match(ctx.slice(s.start, s.end))
        && !ctx
            .slice(s.start, s.end)
            .to_ascii_lowercase()
            .contains("scored")
    {
        return;
    }
    let names: Vec<(usize, usize, Option<PlayerId>, String)> = ctx
        .names_in(s.start, s.end)
        .iter()
        .map(|n| (n.start, n.end, n.player, n.text.clone()))
        .collect();
    for (i, (ns, ne, player, text)) in names.iter().enumerate() {
        let Some(player) = *player else { continue };
        let (clause_start, mut clause_end) = clause_bounds(ctx, &names, i, s);
        // "Nico Williams, who celebrated his 22nd birthday on Friday, opened the scoring":
        // the verb comes after an apposition or a relative clause.
        let mut search_from = *ne;
        if let Some(e) = apposition_end(ctx, *ne, s.end) {
            search_from = e;
            clause_end = ctx
                .slice(e, s.end)
                .find([',', ';', '(', '.'])
                .map(|i| e + i)
                .unwrap_or(s.end);
        }
        let verb_after = verbs.iter().find(|(vs, _)| {
            *vs >= search_from && *vs <= clause_end.max(search_from + 1) && *vs < search_from + 60
        });
        // A name after the goal word must be its agent: "a goal from X", "strikes by X and Y".
        let verb_before = verbs
            .iter()
            .rfind(|(_, ve)| *ve <= *ns && *ve >= clause_start && *ns - *ve < 40)
            .filter(|_| agent_before(ctx, &names, i, s.start));
        // A name followed by its verb must not be an object ("tie with X for the most goals").
        let verb_after = verb_after.filter(|_| !object_before(ctx, *ns, s.start));
        let possessive = ctx.slice(*ne, ctx.text.len()).starts_with("'s")
            || ctx.slice(*ne, ctx.text.len()).starts_with("’s");
        if verb_after.or(verb_before).is_none() {
            continue;
        }
        // "Guedes's cross", "Schürrle's pass": a possessive is the scorer only of a goal noun.
        if possessive {
            let next: Vec<String> = ctx
                .slice(*ne, s.end)
                .trim_start_matches(['\'', '’', 's'])
                .split_whitespace()
                .take(3)
                .map(|w| w.to_ascii_lowercase())
                .collect();
            let goal_noun = next.iter().any(|noun| {
                [
                    "goal",
                    "goals",
                    "strike",
                    "header",
                    "penalty",
                    "equaliser",
                    "equalizer",
                    "winner",
                    "opener",
                    "brace",
                    "hat-trick",
                    "double",
                    "volley",
                    "finish",
                    "spot-kick",
                    "free-kick",
                    "tap-in",
                    "effort",
                ]
                .iter()
                .any(|g| noun.starts_with(g))
            });
            if !goal_noun {
                continue;
            }
        }
        // Weak verbs are goals only with a finish: "drove a low shot past Grosics", "put the
        // Germans ahead", "made it 2-0".
        if let Some((vs, ve)) = verb_after.filter(|_| verb_before.is_none()) {
            let verb = ctx.slice(*vs, *ve).to_ascii_lowercase();
            let tail = ctx.slice(*ve, s.end.min(ve + 70)).to_ascii_lowercase();
            let cut = tail.find([';', '.']).unwrap_or(tail.len());
            let tail = &tail[..cut];
            let weak_ok = match verb.as_str() {
                "put" => tail.contains(" ahead") || tail.contains(" in front"),
                "gave" => tail.contains(" the lead") || tail.contains(" lead"),
                "made it" | "make it" | "making it" => {
                    tail.trim_start().starts_with(|c: char| c.is_ascii_digit())
                        || ["two", "three", "four", "five", "six"]
                            .iter()
                            .any(|w| tail.trim_start().starts_with(w))
                }
                "drove" | "slid" | "steered" | "placed" | "rolled" | "guided" | "stroked"
                | "planted" | "hammered" | "blasted" | "buried" | "whipped" | "bent"
                | "flicked" | "nudged" | "squeezed" | "looped" | "fired" | "struck" | "curled"
                | "drilled" | "swept" | "lashed" | "rifled" | "smashed" | "thumped" | "chipped"
                | "dinked" | "lobbed" => [
                    " past ",
                    " into ",
                    " home",
                    " in off",
                    "the net",
                    " in from",
                    " beyond ",
                    "the winner",
                    "the equaliser",
                    "the opener",
                    "the bottom corner",
                    "the top corner",
                ]
                .iter()
                .any(|w| tail.contains(w) || tail.ends_with(w.trim_end())),
                _ => true,
            };
            // "flicked on a corner", "headed down", "laid it back": a pass, not a finish.
            let passes = [
                " on ",
                " down",
                " back",
                " across",
                " it on",
                " the ball on",
            ]
            .iter()
            .any(|w| tail.starts_with(w));
            if !weak_ok || passes {
                continue;
            }
        }
        // "headed X's effort off the line", "fired wide": the verb is not a goal.
        if let Some((_, ve)) = verb_after.filter(|_| verb_before.is_none()) {
            let tail = ctx.slice(*ve, s.end.min(ve + 60)).to_ascii_lowercase();
            let cut = tail.find([',', ';', '.']).unwrap_or(tail.len());
            let tail = &tail[..cut];
            if [
                "off the line",
                " clear",
                " wide",
                "over the bar",
                "against the post",
                "against the bar",
                "onto the post",
                "onto the bar",
                "the woodwork",
                "side netting",
                "was saved",
                "were saved",
                "was blocked",
                "straight at",
            ]
            .iter()
            .any(|w| tail.contains(w))
            {
                continue;
            }
        }
        let (start, end) = match (verb_before, verb_after) {
            (Some((vs, _)), _) if !possessive => (*vs.min(ns), clause_end.min(ne + 80)),
            (_, Some((_, ve))) => (*ns, (*ve).max(*ne)),
            _ => (*ns, *ne),
        };
        // Keep a count written right after the verb inside the claim ("scored a hat-trick",
        // "scored twice", "added two more").
        let mut end = end;
        static COUNT_TAIL: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"(?i-u)^\s*(?:a hat-?trick|a hat trick|a brace|twice|(?:two|three|four|five|\d) (?:more|goals))").expect("regex")
        });
        if let Some(m) = COUNT_TAIL.find(ctx.slice(end.min(s.end), s.end)) {
            end += m.end();
        }
        let (start, end) =
            crate::text::trim(ctx.text, start, crate::text::ceil_char(ctx.text, end));
        let clause = &ctx.slice(clause_start.min(start), clause_end.max(end));
        let lc = clause.to_ascii_lowercase();
        // Not a goal claim: "scored … last year at Euro 2020" (tournament tallies), "his 53rd goal".
        if lc.contains("goals last year")
            || lc.contains(" goals at ")
            || lc.contains("goal of the tournament")
            || lc.contains("goal for ")
            || lc.contains("goals for ")
            || lc.contains("first international")
        {
            continue;
        }
        // Tallies over a tournament or a career are not claims about one match.
        let sentence_lc = ctx.slice(s.start, s.end).to_ascii_lowercase();
        if [
            "matches",
            "tournament",
            "edition",
            "campaign",
            "games against",
            "back-to-back",
            "career",
            "top scorer",
            "golden boot",
        ]
        .iter()
        .any(|w| sentence_lc.contains(w))
            && (gc_count_words(&lc) || lc.contains("golden boot"))
        {
            continue;
        }
        let mut gc = parse_claim(clause);
        if let Some((m, ms, me)) =
            minute_in(ctx, clause_start.min(start), clause_end.max(end).min(s.end))
        {
            gc.minute = Some(m);
            gc.minute_span = Some((ms, me));
        } else if let Some(mk) = mark_in(ctx, s, clause_start.min(start), clause_end.max(end)) {
            gc.mark = Some(mk);
            gc.after_break_minutes = None;
            gc.minute_span = Some((mk.start, mk.end));
        }
        let team = ctx.facts.store().player_teams(player).ok().and_then(|ts| {
            let main = ctx.main.as_ref();
            ts.iter()
                .copied()
                .find(|t| main.is_some_and(|m| m.involves(*t)))
                .or(ts.first().copied())
        });
        let Some(ev) =
            super::event_match_local(ctx, s, clause_start, clause_end.max(end).min(s.end), team)
        else {
            continue;
        };
        let (start, end) = (
            start.min(gc.minute_span.map(|x| x.0).unwrap_or(start)),
            end.max(gc.minute_span.map(|x| x.1).unwrap_or(end)),
        );
        let name = text.clone();
        verify_goal(
            ctx, &ev.facts, ev.certain, player, &name, &gc, start, end, out,
        );
    }
}

/// The end of ", who …," / ", the 25-year-old West Ham forward," right after a name.
fn apposition_end(ctx: &Ctx<'_>, ne: usize, end: usize) -> Option<usize> {
    let rest = ctx.slice(ne, end);
    let body = rest.strip_prefix(", ")?;
    let first = body.split_whitespace().next()?.to_ascii_lowercase();
    let opens = [
        "who", "whose", "the", "a", "an", "aged", "then", "now", "still", "himself", "herself",
    ]
    .contains(&first.as_str())
        || first.chars().all(|c| c.is_ascii_digit() || c == ',');
    if !opens {
        return None;
    }
    let close = body.find(',')?;
    (close < 90).then(|| ne + 2 + close + 1)
}

const OBJECT_WORDS: &[&str] = &[
    "past",
    "keeper",
    "goalkeeper",
    "over",
    "beyond",
    "against",
    "to",
    "for",
    "with",
    "on",
    "beat",
    "beating",
    "rounded",
    "of",
];

fn is_object(ctx: &Ctx<'_>, ns: usize, sentence_start: usize) -> bool {
    let before = ctx.slice(sentence_start, ns).to_ascii_lowercase();
    before
        .split_whitespace()
        .last()
        .is_some_and(|w| OBJECT_WORDS.contains(&w))
}

fn is_list_gap(gap: &str) -> bool {
    let g = gap.trim();
    let g = g.strip_prefix(',').unwrap_or(g).trim();
    let g = g.strip_prefix("and").unwrap_or(g).trim();
    g.split_whitespace()
        .all(|w| w.chars().all(|c| c.is_lowercase()) && w.len() < 12)
        && (gap.contains(" and ") || gap.trim() == ",")
}

/// The clause that belongs to `names[i]`: from the previous clause break, list conjunction or
/// agent name, to the next comma or the next name that is not an object ("past keeper X");
/// lists ("Pogba and Mbappe scored") share the clause of their last member.
fn clause_bounds(
    ctx: &Ctx<'_>,
    names: &[(usize, usize, Option<PlayerId>, String)],
    i: usize,
    s: Sentence,
) -> (usize, usize) {
    let (ns, ne) = (names[i].0, names[i].1);
    let before = &ctx.slice(s.start, ns);
    let mut start = before
        .rfind([',', ';', '('])
        .map(|c| s.start + c + 1)
        .unwrap_or(s.start);
    for dash in [" - ", " – ", " — "] {
        if let Some(d) = before.rfind(dash) {
            start = start.max(s.start + d + dash.len());
        }
    }
    if i > 0 && !is_object(ctx, ns, s.start) {
        let prev_end = names[i - 1].1;
        if prev_end <= ns && !is_list_gap(ctx.slice(prev_end, ns)) {
            if let Some(a) = ctx.slice(prev_end, ns).rfind(" and ") {
                start = start.max(prev_end + a + 5);
            }
        }
    }
    let rest = &ctx.slice(ne, s.end);
    let mut end = rest
        .find([',', ';', '(', '.'])
        .map(|c| ne + c)
        .unwrap_or(s.end);
    for dash in [" - ", " – ", " — "] {
        if let Some(d) = rest.find(dash) {
            end = end.min(ne + d);
        }
    }
    for (j, n) in names.iter().enumerate().skip(i + 1) {
        if n.0 >= end {
            break;
        }
        let possessive = ctx.slice(n.1, ctx.text.len()).starts_with("'s")
            || ctx.slice(n.1, ctx.text.len()).starts_with("’s");
        if is_object(ctx, n.0, s.start) && !possessive {
            continue;
        }
        if is_list_gap(ctx.slice(ne, n.0)) && j == i + 1 {
            let (_, e) = clause_bounds(ctx, names, j, s);
            end = e;
        } else {
            end = end.min(n.0);
        }
        break;
    }
    (start.min(ns), end.max(ne))
}

fn gc_count_words(lc: &str) -> bool {
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "goals",
        "hat-trick",
        "hat trick",
        "brace",
    ]
    .iter()
    .any(|w| lc.contains(w))
}

/// True when the name at `names[i]` is introduced as the agent of a preceding goal word:
/// "from X", "by X", or a list continuing one ("by Paul Pogba and teenager Kylian Mbappe").
fn agent_before(
    ctx: &Ctx<'_>,
    names: &[(usize, usize, Option<PlayerId>, String)],
    i: usize,
    sentence_start: usize,
) -> bool {
    let ns = names[i].0;
    let before = ctx.slice(sentence_start, ns).to_ascii_lowercase();
    let trimmed = before.trim_end();
    // Drop descriptive words directly before the name ("teenager", "striker").
    let mut words: Vec<&str> = trimmed.split_whitespace().collect();
    while words.last().is_some_and(|w| {
        [
            "teenager",
            "striker",
            "winger",
            "midfielder",
            "defender",
            "forward",
            "substitute",
            "captain",
            "veteran",
            "youngster",
        ]
        .contains(w)
    }) {
        words.pop();
    }
    match words.last() {
        Some(&"from") | Some(&"by") => true,
        Some(&"and") | Some(&"&") => i > 0 && agent_before(ctx, names, i - 1, sentence_start),
        Some(w) if w.ends_with(',') => i > 0 && agent_before(ctx, names, i - 1, sentence_start),
        _ => false,
    }
}

/// True when the name at `ns` is governed by a preposition that makes it an object
/// ("a tie with X", "level with X", "after X", "than X", "surpassing X").
fn object_before(ctx: &Ctx<'_>, ns: usize, sentence_start: usize) -> bool {
    let before = ctx.slice(sentence_start, ns).to_ascii_lowercase();
    let last = before.split_whitespace().last().unwrap_or("");
    // "30 minutes after Kane had scored": a conjunction opening a clause, not a preposition.
    let after_name = ctx
        .slice(ns, ctx.text.len())
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .to_ascii_lowercase();
    if ["after", "before", "when", "as", "since"].contains(&last)
        && [
            "had",
            "has",
            "scored",
            "netted",
            "struck",
            "converted",
            "equalised",
            "headed",
        ]
        .contains(&after_name.as_str())
    {
        return false;
    }
    // "who replaced the injured Jimmy Greaves and headed …", "set up Julián Álvarez for …":
    // the object of another verb.
    let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    let object_verbs = [
        "replaced",
        "replacing",
        "injured",
        "found",
        "picked",
        "teed",
        "fed",
        "released",
        "assisted",
        "for",
        "fouled",
        "tripped",
        "felled",
        "beat",
        "beating",
        "rounded",
        "denied",
        "thwarted",
        "sent",
        "wrong-footed",
        "chipped",
        "lobbed",
        "nutmegged",
        "outjumped",
        "leaving",
        "substituted",
        "alongside",
        "partnering",
        "partnered",
        "ahead",
        "instead",
        "of",
        "from",
        "set",
        "up",
        "beyond",
        "relieved",
    ];
    if words
        .iter()
        .take_while(|w| !w.ends_with(','))
        .any(|w| object_verbs.contains(w))
    {
        return true;
    }
    [
        "with",
        "than",
        "after",
        "surpassing",
        "overtaking",
        "passing",
        "behind",
        "to",
        "against",
        "over",
        "past",
    ]
    .contains(&last)
}

fn goals_of(m: &MatchFacts, p: PlayerId) -> Vec<&Goal> {
    m.goals
        .goals
        .iter()
        .filter(|g| g.player == Some(p))
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn verify_goal(
    ctx: &Ctx<'_>,
    m: &MatchFacts,
    certain: bool,
    p: PlayerId,
    name: &str,
    gc: &GoalClaim,
    start: usize,
    end: usize,
    out: &mut Vec<Claim>,
) {
    let all: Vec<&Goal> = goals_of(m, p);
    let own: Vec<&Goal> = all.iter().copied().filter(|g| g.own_goal).collect();
    let real: Vec<&Goal> = all.iter().copied().filter(|g| !g.own_goal).collect();
    let relevant: Vec<&Goal> = if gc.own_goal {
        own.clone()
    } else {
        real.clone()
    };
    let evidence: Vec<Evidence> = relevant
        .iter()
        .flat_map(|g| g.evidence.iter().cloned())
        .chain(std::iter::once(m.row.evidence.clone()))
        .collect();
    let list = |gs: &[&Goal]| {
        gs.iter()
            .map(|g| {
                format!(
                    "{}{}{}",
                    g.minute
                        .map(|x| x.to_string())
                        .unwrap_or_else(|| "?'".into()),
                    if g.penalty { " pen" } else { "" },
                    if g.own_goal { " og" } else { "" }
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let scorers = || {
        m.goals
            .goals
            .iter()
            .map(|g| {
                format!(
                    "{} {}",
                    g.name.clone().unwrap_or_else(|| "?".into()),
                    g.minute.map(|x| x.to_string()).unwrap_or_default()
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let kind_of = |gc: &GoalClaim| {
        if gc.minute.is_some()
            || gc.stoppage
            || gc.after_break_minutes.is_some()
            || gc.mark.is_some()
        {
            Kind::Minute
        } else if gc.own_goal {
            Kind::OwnGoal
        } else if gc.penalty {
            Kind::Penalty
        } else {
            Kind::Scorer
        }
    };
    let kind = kind_of(gc);
    if relevant.is_empty() {
        let what = if gc.own_goal { "an own goal" } else { "a goal" };
        // A goal by someone of the same surname means the sources name one person twice
        // (unlinked ids), not that the claim is false.
        let claimed_last = goalline_core::names::last_word(name);
        let namesake = m.goals.goals.iter().any(|g| {
            g.name.as_deref().and_then(goalline_core::names::last_word) == claimed_last
                && claimed_last.is_some()
        });
        if namesake {
            out.push(claim(ctx, start, end, kind, Verdict::Unverifiable, format!("a goal by a player named like {name} is recorded, but the sources' identities differ: {}", scorers()), evidence));
            return;
        }
        if m.goals.complete && certain {
            out.push(contradicted(
                ctx,
                start,
                end,
                kind,
                format!("no {what} by {name}"),
                format!(
                    "{name} did not score {what} in {}; the goals: {}",
                    m.row.evidence.text,
                    scorers()
                ),
                evidence,
            ));
        } else {
            out.push(claim(ctx, start, end, kind, Verdict::Unverifiable, format!("no {what} by {name} among the recorded goals of {}; the scorer list is incomplete or the match uncertain", m.row.evidence.text), evidence));
        }
        return;
    }
    let mut problems: Vec<String> = Vec::new();
    let mut unknowns: Vec<String> = Vec::new();
    if let Some(n) = gc.count {
        if relevant.len() as u32 != n {
            if m.goals.complete {
                problems.push(format!("{name} scored {} in this match", relevant.len()));
            } else {
                unknowns.push("the scorer list is incomplete".into());
            }
        }
    }
    if gc.penalty && !gc.own_goal && !relevant.iter().any(|g| g.penalty) {
        problems.push(format!(
            "{name}'s goal{} ({}) not from the penalty spot",
            if relevant.len() > 1 { "s were" } else { " was" },
            list(&relevant)
        ));
    }
    if let Some(mm) = gc.minute {
        let hit = relevant.iter().any(|g| {
            g.minute.is_some_and(|x| {
                x.base == mm.base
                    && (mm.stoppage.is_none() || x.stoppage == mm.stoppage || !g.stoppage_known)
            })
        });
        if !hit {
            if relevant.iter().all(|g| g.minute.is_some()) {
                problems.push(format!("{name} scored at {}", list(&relevant)));
            } else {
                unknowns.push("the minute is not recorded".into());
            }
        }
    }
    if let Some(mk) = gc.mark {
        let fits = if mk.all {
            relevant
                .iter()
                .all(|g| g.minute.is_some_and(|x| mk.fits(x.base)))
        } else {
            relevant
                .iter()
                .any(|g| g.minute.is_some_and(|x| mk.fits(x.base)))
        };
        if !fits {
            let known = relevant.iter().all(|g| g.minute.is_some());
            let ruled = known
                && if mk.all {
                    relevant
                        .iter()
                        .any(|g| g.minute.is_some_and(|x| mk.rules_out(x.base)))
                } else {
                    relevant
                        .iter()
                        .all(|g| g.minute.is_some_and(|x| mk.rules_out(x.base)))
                };
            // "six minutes later" counts from a goal of this match, or from nothing we know.
            let anchored = mk.from.is_none_or(|f| {
                m.goals
                    .goals
                    .iter()
                    .any(|x| x.minute.is_some_and(|mm| mm.base == f))
            });
            if ruled && anchored {
                problems.push(format!("{name} scored at {}", list(&relevant)));
            } else {
                unknowns.push(format!(
                    "{name} scored at {}; the wording allows {}–{}'",
                    list(&relevant),
                    mk.lo,
                    mk.hi
                ));
            }
        }
    }
    if let Some(n) = gc.after_break_minutes {
        let target = 45 + n as u16;
        if !relevant
            .iter()
            .any(|g| g.minute.is_some_and(|x| x.base == target))
        {
            problems.push(format!("{name} scored at {}", list(&relevant)));
        }
    }
    if gc.stoppage {
        let any_stoppage = relevant
            .iter()
            .any(|g| g.minute.is_some_and(|x| x.stoppage.is_some()));
        let folded = relevant.iter().any(|g| {
            !g.stoppage_known
                && g.minute
                    .is_some_and(|x| x.base == 90 || x.base == 45 || x.base == 120)
        });
        if !any_stoppage {
            if folded {
                unknowns.push("martj42 folds stoppage time into minute 90, so injury time cannot be confirmed".into());
            } else if relevant.iter().all(|g| g.minute.is_some()) {
                problems.push(format!(
                    "{name} scored at {}, not in stoppage time",
                    list(&relevant)
                ));
            }
        }
    }
    if gc.extra_time
        && !relevant
            .iter()
            .any(|g| g.minute.is_some_and(|x| x.base > 90))
        && relevant.iter().all(|g| g.minute.is_some())
    {
        problems.push(format!(
            "{name} scored at {}, not in extra time",
            list(&relevant)
        ));
    }
    if gc.opener && m.goals.complete {
        if let Some(first) = m.goals.goals.first() {
            if first.player != Some(p) {
                problems.push(format!(
                    "the first goal was {}'s",
                    first.name.clone().unwrap_or_default()
                ));
            }
        }
    }
    if gc.equaliser
        && m.goals.complete
        && !relevant.iter().any(|g| g.score_after.0 == g.score_after.1)
    {
        problems.push(format!("{name}'s goal did not level the score"));
    }
    if let Some((a, b)) = gc.made_it {
        if m.goals.complete
            && !relevant
                .iter()
                .any(|g| g.score_after == (a, b) || g.score_after == (b, a))
        {
            problems.push(format!(
                "{name}'s goal made it {}",
                relevant
                    .iter()
                    .map(|g| format!("{}–{}", g.score_after.0, g.score_after.1))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    if let Some(n) = gc.nth_of_team {
        if m.goals.complete {
            let team_goals: Vec<&Goal> = m
                .goals
                .goals
                .iter()
                .filter(|g| relevant.first().is_some_and(|r| r.team == g.team))
                .collect();
            let hit = team_goals
                .get(n as usize - 1)
                .is_some_and(|g| g.player == Some(p));
            if !hit {
                problems.push(format!("{name} did not score his team's goal number {n}"));
            }
        }
    }
    if gc.winner && m.goals.complete {
        let w = m.result.winner;
        let decisive = relevant.iter().any(|g| {
            let mine = Some(g.team) == w;
            let (h, a) = g.score_after;
            let (fh, fa) = (m.row.home_score.unwrap_or(0), m.row.away_score.unwrap_or(0));
            // The winner: the goal after which the winning side led by the final margin's sign for good.
            mine && ((g.team == m.row.home && h > a && h - 1 == a.min(fa) && fh > fa)
                || (g.team == m.row.away && a > h && a - 1 == h.min(fh) && fa > fh))
        });
        if !decisive && w.is_some() {
            unknowns.push("which goal counts as the winner is a matter of wording".into());
        }
    }
    if let Some(half) = gc.half {
        let in_half = |g: &&Goal| {
            g.minute.is_some_and(|x| {
                if half == 1 {
                    x.base <= 45
                } else {
                    x.base > 45 && x.base <= 90
                }
            })
        };
        if !relevant.iter().any(in_half)
            && relevant.iter().all(|g| g.minute.is_some())
            && gc.count.is_none_or(|_| true)
        {
            problems.push(format!("{name} scored at {}", list(&relevant)));
        }
    }
    if gc.late
        && !relevant
            .iter()
            .any(|g| g.minute.is_some_and(|x| x.base >= 75))
        && relevant.iter().all(|g| g.minute.is_some())
    {
        unknowns.push(format!(
            "{name} scored at {}; 'late' is a matter of wording",
            list(&relevant)
        ));
    }
    let base = format!("{name}: {} in {}", list(&relevant), m.row.evidence.text);
    if !problems.is_empty() && certain {
        out.push(contradicted(
            ctx,
            start,
            end,
            kind,
            problems.join("; "),
            format!("{}; {base}", problems.join("; ")),
            evidence,
        ));
    } else if !problems.is_empty() || !unknowns.is_empty() {
        let mut why = problems;
        why.extend(unknowns);
        out.push(claim(
            ctx,
            start,
            end,
            kind,
            Verdict::Unverifiable,
            format!("{}; {base}", why.join("; ")),
            evidence,
        ));
    } else {
        out.push(claim(
            ctx,
            start,
            end,
            kind,
            Verdict::Supported,
            base,
            evidence,
        ));
    }
}

static SUB_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(came off the bench|came on|on as a substitute|introduced|brought on|off the bench)\b").expect("regex")
});

fn substitutions(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&SUB_RE, ctx, s) {
        let Some(mm) = c.get(0) else { continue };
        let name = ctx
            .names_in(s.start, mm.start())
            .last()
            .map(|n| (n.start, n.player, n.text.clone()));
        let Some((ns, Some(p), name)) = name else {
            continue;
        };
        if mm.start() - ns > 80 {
            continue;
        }
        // "came off the bench to equalise" is a goal claim too: keep the substitution part short.
        let rest = &ctx.slice(mm.end(), s.end);
        let lc = rest.to_ascii_lowercase();
        let gc = parse_claim(&lc[..crate::text::floor_char(&lc, lc.len().min(60))]);
        let mut end = mm.end();
        let after_break = gc
            .after_break_minutes
            .filter(|_| lc.find("after").is_some_and(|i| i < 40));
        if after_break.is_some() {
            end = mm.end()
                + lc.find("break")
                    .map(|i| i + 5)
                    .or_else(|| lc.find("half-time").map(|i| i + 9))
                    .unwrap_or(0);
        }
        let minute = minute_in(ctx, mm.end(), s.end).filter(|(_, ms, _)| *ms < mm.end() + 20);
        if let Some((_, _, me)) = minute {
            end = end.max(me);
        }
        let end = crate::text::ceil_char(ctx.text, end);
        let team = ctx
            .facts
            .store()
            .player_teams(p)
            .ok()
            .and_then(|ts| ts.first().copied());
        let Some(ev) = event_match(ctx, s, team) else {
            continue;
        };
        let m = &ev.facts;
        let on: Vec<_> = m
            .substitutions
            .iter()
            .filter(|x| x.player == p && x.coming_on)
            .collect();
        if m.wc.is_none() {
            // Line-ups beyond World Cups come from openfootball when linked; otherwise unknown.
            let apps = ctx
                .facts
                .store()
                .match_appearances(m.row.id)
                .unwrap_or_default();
            if apps.is_empty() {
                out.push(claim(
                    ctx,
                    ns,
                    end,
                    Kind::Appearances,
                    Verdict::Unverifiable,
                    "substitutions of this match are not in the data",
                    vec![m.row.evidence.clone()],
                ));
                continue;
            }
        }
        let Some(sub) = on.first() else {
            let verdict = if m.wc.is_some() && ev.certain {
                Verdict::Contradicted
            } else {
                Verdict::Unverifiable
            };
            let mut cl = claim(
                ctx,
                ns,
                end,
                Kind::Appearances,
                verdict,
                format!(
                    "{name} did not come on as a substitute in {}",
                    m.row.evidence.text
                ),
                vec![m.row.evidence.clone()],
            );
            if verdict == Verdict::Contradicted {
                cl.correct = Some(format!("{name} did not come on"));
            }
            out.push(cl);
            continue;
        };
        let target = after_break
            .map(|n| 45 + n as u16)
            .or(minute.map(|x| x.0.base));
        let kind = if target.is_some() {
            Kind::Minute
        } else {
            Kind::Appearances
        };
        match target {
            Some(t) if sub.minute.base != t => out.push(contradicted(
                ctx,
                ns,
                end,
                kind,
                sub.minute.to_string(),
                format!("{name} came on at {}", sub.minute),
                vec![sub.evidence.clone()],
            )),
            _ => out.push(claim(
                ctx,
                ns,
                end,
                kind,
                Verdict::Supported,
                format!("{name} came on at {}", sub.minute),
                vec![sub.evidence.clone()],
            )),
        }
    }
}

static CARD_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(sent[- ]off|was dismissed|red card|second bookable offence|second yellow|two yellow cards|down to (?:10|ten) men)\b").expect("regex")
});

fn cards(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let hits = find_in(&CARD_RE, ctx, s);
    let Some(first) = hits.first().and_then(|c| c.get(0)) else {
        return;
    };
    let names: Vec<_> = ctx
        .names_in(s.start, s.end)
        .into_iter()
        .filter(|n| n.player.is_some())
        .map(|n| (n.start, n.end, n.player, n.text.clone()))
        .collect();
    let Some((ns, _, Some(p), name)) = names
        .iter()
        .rfind(|n| n.0 < first.start() + 1)
        .or(names.first())
        .cloned()
    else {
        return;
    };
    let team = ctx
        .facts
        .store()
        .player_teams(p)
        .ok()
        .and_then(|ts| ts.first().copied());
    let Some(ev) = event_match(ctx, s, team) else {
        return;
    };
    let m = &ev.facts;
    let _lc_sentence = ctx.slice(s.start, s.end).to_ascii_lowercase();
    let clause_start = ctx
        .slice(s.start, first.start())
        .rfind([',', ';'])
        .map(|i| s.start + i + 1)
        .unwrap_or(s.start);
    let (start, _) = crate::text::trim(ctx.text, clause_start.min(ns), first.start());
    let base_end = hits
        .last()
        .and_then(|c| c.get(0))
        .map(|x| x.end())
        .unwrap_or(first.end());
    let mut end = base_end;
    // Qualifiers: "in quick succession" belongs to the card; "in extra time", "in injury
    // time" state a period, checked on their own.
    let tail = ctx.slice(base_end, s.end).to_ascii_lowercase();
    let mut period_start = None;
    if let Some(i) = tail.find("in quick succession").filter(|i| *i < 30) {
        end = end.max(base_end + i + "in quick succession".len());
    }
    for q in [
        "in extra time",
        "in extra-time",
        "in injury time",
        "in stoppage time",
    ] {
        if let Some(i) = tail.find(q).filter(|i| *i < 50) {
            period_start = Some(base_end + i);
            end = end.max(base_end + i + q.len());
        }
    }
    // "down to 10 men in injury time after X was sent off": the period precedes the card.
    let head = ctx.slice(s.start, first.start()).to_ascii_lowercase();
    for q in ["in injury time", "in stoppage time", "in extra time"] {
        if let Some(i) = head.find(q) {
            let _ = i;
        }
    }
    let end = crate::text::ceil_char(ctx.text, end.max(ns));
    if m.wc.is_none() {
        out.push(claim(
            ctx,
            start,
            end,
            Kind::Other,
            Verdict::Unverifiable,
            "cards are recorded for World Cup matches only",
            vec![],
        ));
        return;
    }
    let booked: Vec<_> = m
        .bookings
        .iter()
        .filter(|b| b.player == p && (b.sending_off || b.red || b.second_yellow))
        .collect();
    let Some(b) = booked.first() else {
        let verdict = if ev.certain {
            Verdict::Contradicted
        } else {
            Verdict::Unverifiable
        };
        let mut cl = claim(
            ctx,
            start,
            end,
            Kind::Other,
            verdict,
            format!("{name} was not sent off in {}", m.row.evidence.text),
            vec![m.row.evidence.clone()],
        );
        if verdict == Verdict::Contradicted {
            cl.correct = Some(format!("{name} was not sent off"));
        }
        out.push(cl);
        return;
    };
    let claim_text = ctx.slice(start, end).to_ascii_lowercase();
    let card_end = period_start.unwrap_or(end);
    let base_text = ctx.slice(start, card_end).to_ascii_lowercase();
    let mut problems = Vec::new();
    // "down to 10 men": eleven minus the team's dismissals.
    static MEN: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"(?i-u)down to (\d+|ten|nine|eight) men").expect("regex"));
    if let Some(n) = MEN
        .captures(ctx.slice(s.start, s.end))
        .and_then(|c| c.get(1))
        .and_then(|m| number_word(m.as_str()))
    {
        let off = m
            .bookings
            .iter()
            .filter(|x| x.team == b.team && (x.sending_off || x.red))
            .count() as u32;
        if 11u32.saturating_sub(off) != n {
            problems.push(format!(
                "{} had {} players after {off} dismissal(s)",
                ctx.facts.team_name(b.team),
                11 - off.min(11)
            ));
        }
    }
    if (base_text.contains("two yellow")
        || base_text.contains("second yellow")
        || base_text.contains("second bookable"))
        && !b.second_yellow
    {
        problems.push(format!("{name} was shown a straight red card"));
    }
    if problems.is_empty() {
        out.push(claim(
            ctx,
            start,
            card_end,
            Kind::Other,
            Verdict::Supported,
            b.evidence.text.to_string(),
            vec![b.evidence.clone()],
        ));
    } else if ev.certain {
        out.push(contradicted(
            ctx,
            start,
            card_end,
            Kind::Other,
            problems.join("; "),
            format!("{}; {}", problems.join("; "), b.evidence.text),
            vec![b.evidence.clone(), m.row.evidence.clone()],
        ));
    }
    // Fjelstul keeps a second-yellow dismissal at the first yellow's minute; openfootball's
    // line-ups give the second booking's own minute.
    let off_minute: Option<Minute> = if b.second_yellow {
        ctx.facts
            .store()
            .of_cards(m.row.id)
            .unwrap_or_default()
            .into_iter()
            .filter(|c| c.player == Some(p) && (c.kind == "second_yellow" || c.kind == "red"))
            .filter_map(|c| c.minute)
            .next_back()
    } else {
        Some(b.minute)
    };
    // A period written with the card ("in extra time", "in injury time") is a claim of its own.
    if let Some(ps) = period_start {
        let card_phrase = hits
            .last()
            .and_then(|c| c.get(0))
            .map(|x| x.start())
            .unwrap_or(ps);
        let period = &claim_text[ps - start..];
        let (verdict, why) = if period.contains("extra") {
            match m.result.extra_time {
                Some(false) => (
                    Verdict::Contradicted,
                    format!("the match had no extra time; {}", b.evidence.text),
                ),
                Some(true) => match off_minute {
                    Some(mm) if mm.base > 90 => (
                        Verdict::Supported,
                        format!("sent off at {mm}: {}", b.evidence.text),
                    ),
                    Some(mm) => (
                        Verdict::Contradicted,
                        format!("the card came at {mm}, before extra time"),
                    ),
                    None => (
                        Verdict::Unverifiable,
                        format!(
                            "the second yellow's minute is not recorded (Fjelstul keeps the dismissal at the first yellow, {})",
                            b.minute
                        ),
                    ),
                },
                None => (
                    Verdict::Unverifiable,
                    "extra time is not recorded for this match".into(),
                ),
            }
        } else if let Some(mm) = off_minute.filter(|mm| mm.stoppage.is_some()) {
            (
                Verdict::Supported,
                format!("{mm} is in stoppage time ({})", b.evidence.text),
            )
        } else {
            (
                Verdict::Unverifiable,
                format!(
                    "recorded at {}; Fjelstul keeps a second yellow at the first yellow's minute",
                    b.minute
                ),
            )
        };
        let mut cl = claim(
            ctx,
            card_phrase,
            end,
            Kind::Other,
            verdict,
            why,
            vec![b.evidence.clone(), m.row.evidence.clone()],
        );
        if verdict == Verdict::Contradicted {
            cl.correct = Some(format!("{} (no extra time)", b.minute));
        }
        out.push(cl);
    }
}

static LATER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(?:their|his|her|the)\s+(first|second|third|fourth|fifth)\s+(penalty|goal|spot-kick|strike)\b(?u:[^.;]){0,40}?\b(?:only\s+|just\s+|exactly\s+)?(\w+)\s+minutes?\s+(later|after)\b").expect("regex")
});

/// "Qatar responded with their second penalty only five minutes later": the minute of the
/// team's n-th goal (or penalty) minus the minute written just before in the text.
fn relative_minutes(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    for c in find_in(&LATER, ctx, s) {
        let (Some(all), Some(ord), Some(what), Some(nw)) = (c.get(0), c.get(1), c.get(2), c.get(3))
        else {
            continue;
        };
        let (Some(k), Some(n)) = (number_word(ord.as_str()), number_word(nw.as_str())) else {
            continue;
        };
        let team = super::sentence_teams(ctx, s.start, all.start())
            .into_iter()
            .rev()
            .find(|t| main.involves(*t));
        let Some(team) = team else { continue };
        // The reference minute: the last minute written before this phrase.
        let hay = &ctx.slice(0, all.start());
        let Some(prev) = NTH_MINUTE.captures_iter(hay).last().and_then(|c| {
            c.get(1)
                .or(c.get(3))
                .or(c.get(4))
                .and_then(|m| m.as_str().parse::<u16>().ok())
        }) else {
            continue;
        };
        let start = super::sentence_teams(ctx, s.start, all.start())
            .into_iter()
            .next()
            .and_then(|_| {
                ctx.teams
                    .iter()
                    .filter(|t| {
                        t.start >= s.start && t.end <= all.start() && t.teams.contains(&team)
                    })
                    .map(|t| t.start)
                    .next_back()
            })
            .unwrap_or(all.start());
        let start = if all.start() - start > 40 {
            all.start()
        } else {
            start
        };
        if !main.goals.complete {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Minute,
                Verdict::Unverifiable,
                "the goals of this match are not all known",
                vec![],
            ));
            continue;
        }
        let penalty = what.as_str().to_ascii_lowercase().contains("pen")
            || what.as_str().to_ascii_lowercase().contains("spot");
        let goals: Vec<&Goal> = main
            .goals
            .goals
            .iter()
            .filter(|g| g.team == team && (!penalty || g.penalty))
            .collect();
        let Some(g) = goals.get(k as usize - 1) else {
            continue;
        };
        let Some(gm) = g.minute else { continue };
        // The reference must itself be an event of the match (a goal at that minute).
        if !main
            .goals
            .goals
            .iter()
            .any(|x| x.minute.is_some_and(|m| m.base == prev))
        {
            continue;
        }
        let diff = gm.base as i64 - prev as i64;
        let expl = format!(
            "{} {} {} came at {gm}, {diff} minutes after the {prev}' goal",
            ctx.facts.team_name(team),
            ord.as_str(),
            what.as_str(),
        );
        let ev: Vec<Evidence> = g.evidence.clone();
        if diff == n as i64 {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Minute,
                Verdict::Supported,
                expl,
                ev,
            ));
        } else {
            out.push(contradicted(
                ctx,
                start,
                all.end(),
                Kind::Minute,
                format!("{diff} minutes"),
                expl,
                ev,
            ));
        }
    }
}

static TEAM_NTH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(?:adding|added|add|grabbed|grabbing|scored|scoring|netted|netting)\s+a\s+(second|third|fourth|fifth|sixth|seventh)\b(?:\s+goal)?(?:\s+(in (?:injury|stoppage|added) time|in extra[- ]time|in the (\d{1,3})(?:st|nd|rd|th) minute|before half-?time|after the break))?").expect("regex")
});

/// "before adding a third in injury time": the team's n-th goal and when it came.
fn team_nth_goal(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    for c in find_in(&TEAM_NTH, ctx, s) {
        let (Some(all), Some(ord)) = (c.get(0), c.get(1)) else {
            continue;
        };
        // Named scorers are handled by the goal extractor.
        if ctx
            .names_in(s.start, all.start())
            .iter()
            .any(|n| n.player.is_some() && all.start() - n.end < 25)
        {
            continue;
        }
        let Some(k) = number_word(ord.as_str()) else {
            continue;
        };
        let Some(when) = c.get(2) else { continue };
        let team = super::sentence_teams(ctx, s.start, all.start())
            .into_iter()
            .rev()
            .find(|t| main.involves(*t));
        let Some(team) = team else { continue };
        let goals: Vec<&Goal> = main.goals.goals.iter().filter(|g| g.team == team).collect();
        let Some(g) = goals.get(k as usize - 1) else {
            continue;
        };
        let Some(m) = g.minute else { continue };
        let w = when.as_str().to_ascii_lowercase();
        let (verdict, why) = if w.contains("injury")
            || w.contains("stoppage")
            || w.contains("added")
        {
            if m.stoppage.is_some() {
                (Verdict::Supported, format!("the goal came at {m}"))
            } else if !g.stoppage_known && (m.base == 90 || m.base == 45) {
                (Verdict::Unverifiable, format!("recorded at minute {}; martj42 folds stoppage time into 90, so injury time cannot be confirmed", m.base))
            } else {
                (
                    Verdict::Contradicted,
                    format!("the goal came at {m}, not in stoppage time"),
                )
            }
        } else if w.contains("extra") {
            if m.base > 90 {
                (Verdict::Supported, format!("the goal came at {m}"))
            } else {
                (
                    Verdict::Contradicted,
                    format!("the goal came at {m}, not in extra time"),
                )
            }
        } else if let Some(n) = c.get(3).and_then(|x| x.as_str().parse::<u16>().ok()) {
            if m.base == n {
                (Verdict::Supported, format!("the goal came at {m}"))
            } else {
                (Verdict::Contradicted, format!("the goal came at {m}"))
            }
        } else if w.contains("before half") {
            if m.base <= 45 {
                (Verdict::Supported, format!("the goal came at {m}"))
            } else {
                (Verdict::Contradicted, format!("the goal came at {m}"))
            }
        } else if m.base > 45 {
            (Verdict::Supported, format!("the goal came at {m}"))
        } else {
            (Verdict::Contradicted, format!("the goal came at {m}"))
        };
        let expl = format!(
            "{}'s goal number {k}: {} {why}",
            ctx.facts.team_name(team),
            g.name.clone().unwrap_or_default()
        );
        let mut cl = claim(
            ctx,
            all.start(),
            all.end(),
            Kind::Minute,
            verdict,
            expl,
            g.evidence.clone(),
        );
        if verdict == Verdict::Contradicted {
            cl.correct = Some(m.to_string());
        }
        out.push(cl);
    }
}

/// "In the 42nd minute En-Nesyri leapt …": a minute and a player named in one sentence, when
/// that player scored in the main match at that minute. Never contradicts (the minute may be
/// about something else).
fn minute_mentions(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    let hay = &ctx.slice(0, s.end);
    let mut pos = s.start;
    while let Some((m, ms, me)) = minute_in(ctx, pos, s.end) {
        pos = me;
        let _ = hay;
        let names: Vec<(usize, usize, PlayerId, String)> = ctx
            .names_in(s.start, s.end)
            .iter()
            .filter_map(|n| n.player.map(|p| (n.start, n.end, p, n.text.clone())))
            .collect();
        for (ns, ne, p, name) in names {
            let hit = main
                .goals
                .goals
                .iter()
                .find(|g| g.player == Some(p) && g.minute.is_some_and(|x| x.base == m.base));
            // The goal extractor already judged this player's claim.
            let judged = out.iter().any(|c| {
                c.start <= ns
                    && ne <= c.end
                    && matches!(
                        c.kind,
                        Kind::Minute | Kind::Scorer | Kind::Penalty | Kind::OwnGoal
                    )
                    && c.verdict != Verdict::Unverifiable
            });
            if let (Some(g), false) = (hit, judged) {
                let (start, end) = (ns.min(ms), ne.max(me));
                let lc = ctx.slice(s.start, s.end).to_ascii_lowercase();
                let kind = if g.penalty && (lc.contains("spot") || lc.contains("penalty")) {
                    Kind::Penalty
                } else {
                    Kind::Minute
                };
                out.push(claim(
                    ctx,
                    start,
                    end,
                    kind,
                    Verdict::Supported,
                    format!(
                        "{name} scored at {} in {}",
                        g.minute.map(|x| x.to_string()).unwrap_or_default(),
                        main.row.evidence.text
                    ),
                    g.evidence.clone(),
                ));
            }
        }
        if pos >= s.end {
            break;
        }
    }
}

static DESCRIBED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:The|the)\s+(?:[\p{L}\-]+\s+){0,3}(?:superstar|star|striker|forward|winger|midfielder|defender|captain|skipper|centre[- ]forward|talisman|veteran|youngster|substitute|No\.? ?9)\s+(scored|netted|struck|headed|fired|tapped in|converted|grabbed)\b").expect("regex")
});

/// "The Manchester City superstar scored a late winner for his country": a sentence opening
/// with a description is about the player the previous sentence opened with.
fn described_scorer(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(c) = DESCRIBED.captures(ctx.slice(s.start, s.end)) else {
        return;
    };
    let (Some(all), Some(verb)) = (c.get(0), c.get(1)) else {
        return;
    };
    let Some(prev) = ctx
        .sentences
        .iter()
        .rev()
        .find(|x| x.end <= s.start)
        .copied()
    else {
        return;
    };
    let Some(p) = ctx
        .names_in(prev.start, prev.end)
        .into_iter()
        .find(|n| n.player.is_some())
        .and_then(|n| n.player.map(|p| (p, n.text.clone())))
    else {
        return;
    };
    let (player, name) = p;
    let start = s.start + all.start();
    let clause_end = ctx
        .slice(s.start + verb.end(), s.end)
        .find([',', ';', '.'])
        .map(|i| s.start + verb.end() + i)
        .unwrap_or(s.end);
    let clause_end = ctx
        .slice(s.start + verb.end(), clause_end)
        .find(" as ")
        .map(|i| s.start + verb.end() + i)
        .unwrap_or(clause_end);
    let team = ctx.facts.store().player_teams(player).ok().and_then(|ts| {
        let main = ctx.main.as_ref();
        ts.iter()
            .copied()
            .find(|t| main.is_some_and(|m| m.involves(*t)))
            .or(ts.first().copied())
    });
    let Some(ev) = super::event_match_local(ctx, s, start, clause_end, team) else {
        return;
    };
    let gc = parse_claim(ctx.slice(start, clause_end));
    verify_goal(
        ctx, &ev.facts, ev.certain, player, &name, &gc, start, clause_end, out,
    );
}
