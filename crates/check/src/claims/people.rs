//! Claims about people: ages, World Cup appearances and starts, goals in a tournament, which
//! number a goal was, and awards.

use super::{claim, contradicted, event_match, find_in, Kind};
use crate::context::Ctx;
use crate::text::{number_word, Sentence};
use crate::Claim;
use goalline_core::{Coverage, Date, PlayerId, TeamId, Verdict};
use goalline_facts::tournaments::Edition;
use once_cell::sync::Lazy;
use regex::Regex;

pub(super) fn extract(ctx: &mut Ctx<'_>, out: &mut Vec<Claim>) {
    let sentences = ctx.sentences.clone();
    for s in sentences {
        ages(ctx, s, out);
        starts(ctx, s, out);
        tournament_goals(ctx, s, out);
        nth_goals(ctx, s, out);
        awards(ctx, s, out);
    }
}

fn player_team(ctx: &Ctx<'_>, p: PlayerId) -> Option<TeamId> {
    let ts = ctx.facts.store().player_teams(p).ok()?;
    let main = ctx.main.as_ref();
    ts.iter()
        .copied()
        .find(|t| main.is_some_and(|m| m.involves(*t)))
        .or_else(|| ts.iter().copied().find(|t| ctx.team_counts.contains_key(t)))
        .or(ts.first().copied())
}

/// The player a phrase at `pos` is about: a name right after it, else the last one before.
fn subject_near(
    ctx: &Ctx<'_>,
    s: Sentence,
    pos_end: usize,
    pos_start: usize,
) -> Option<(PlayerId, String)> {
    if let Some(n) = ctx
        .names
        .iter()
        .find(|n| n.start >= pos_end && n.start <= pos_end + 2 && n.player.is_some())
    {
        return n.player.map(|p| (p, n.text.clone()));
    }
    // A description opening a sentence ("The 29-year-old …", "The centre forward …") is about
    // the article's protagonist: the player named most often so far.
    let opening = ctx.slice(s.start, pos_start).trim().to_ascii_lowercase();
    if opening.is_empty() || opening == "the" {
        return protagonist(ctx, pos_start);
    }
    if let Some(n) = ctx
        .names
        .iter()
        .rfind(|n| n.end <= pos_start && n.start >= s.start && n.player.is_some())
    {
        return n.player.map(|p| (p, n.text.clone()));
    }
    ctx.last_player_before(pos_start)
        .and_then(|n| n.player.map(|p| (p, n.text.clone())))
}

/// The player named most often before `pos` (the latest on ties).
fn protagonist(ctx: &Ctx<'_>, pos: usize) -> Option<(PlayerId, String)> {
    let mut counts: std::collections::HashMap<PlayerId, (usize, usize, String)> =
        std::collections::HashMap::new();
    for n in ctx.names.iter().filter(|n| n.end <= pos) {
        if let Some(p) = n.player {
            let e = counts.entry(p).or_insert((0, 0, n.text.clone()));
            e.0 += 1;
            e.1 = n.start;
            if n.text.len() > e.2.len() {
                e.2 = n.text.clone();
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|(_, (c, last, _))| (*c, *last))
        .map(|(p, (_, _, name))| (p, name))
}

static AGE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(?:the\s+)?(\d{2})-year-old\b|\baged\s+(\d{2})\b|\b(teenager|teenage)\b|, (\d{2}),")
        .expect("regex")
});

/// True when an age description opens its sentence ("The 24-year-old Paris Saint-Germain
/// forward took the Golden Boot").
fn description_opens(ctx: &Ctx<'_>, s: Sentence, pos: usize) -> bool {
    let head = ctx.slice(s.start, pos).trim().to_ascii_lowercase();
    head.is_empty() || head == "the" || head == "but the" || head == "and the"
}

/// Whom a description at `pos` refers to: the last player named before it in the sentence,
/// else the previous sentence's subject (its first player, named in the first words) or its
/// only player.
fn referent(ctx: &Ctx<'_>, s: Sentence, pos: usize) -> Option<(PlayerId, String)> {
    if let Some(n) = ctx
        .names
        .iter()
        .rfind(|n| n.start >= s.start && n.end <= pos)
    {
        return n.player.map(|p| (p, n.text.clone()));
    }
    let idx = ctx.sentences.iter().position(|x| *x == s)?;
    let prev = *ctx.sentences.get(idx.checked_sub(1)?)?;
    let named: Vec<&crate::context::NameRef> = ctx
        .names
        .iter()
        .filter(|n| n.start >= prev.start && n.end <= prev.end)
        .collect();
    let first = named.first()?;
    let first_player = first.player?;
    let mut head = ctx.slice(prev.start, first.start);
    // A dateline ("BELO HORIZONTE, Brazil (Reuters) - ") is not part of the sentence.
    for dash in [" - ", " — ", " – "] {
        if let Some(i) = head.rfind(dash) {
            head = head.get(i + dash.len()..).unwrap_or(head);
        }
    }
    let subject = head.split_whitespace().count() <= 3;
    let only = named.iter().all(|n| n.player == Some(first_player));
    (subject || only).then(|| (first_player, first.text.clone()))
}

fn ages(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&AGE, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        // "Lionel Messi, 39, …" counts only right after a name.
        if c.get(4).is_some()
            && !ctx
                .names
                .iter()
                .any(|n| n.end == all.start() && n.player.is_some())
        {
            continue;
        }
        let claimed: Option<i32> = c
            .get(1)
            .or(c.get(2))
            .or(c.get(4))
            .and_then(|m| m.as_str().parse().ok());
        // The span of "Lionel Messi, 39," is the name and the number.
        let (span_start, span_end) = match c.get(4) {
            Some(n) => (
                ctx.names
                    .iter()
                    .find(|x| x.end == all.start())
                    .map(|x| x.start)
                    .unwrap_or(all.start()),
                n.end(),
            ),
            None => (all.start(), all.end()),
        };
        let teen = c.get(3).is_some();
        let Some((mut p, mut name)) = subject_near(ctx, s, all.end(), all.start()) else {
            continue;
        };
        let mut end = span_end;
        // Only an age written next to a name ("the 23-year-old Kylian Mbappe", "Mbappe, 23,",
        // "Geoff Hurst, the 25-year-old West Ham forward") is tied to its person with
        // certainty; otherwise a mismatch is not a contradiction.
        let mut attached = false;
        if let Some(n) = ctx
            .names
            .iter()
            .find(|n| n.start >= all.end() && n.start <= all.end() + 2 && n.player.is_some())
        {
            end = n.end;
            attached = true;
        }
        if let Some(n) = ctx.names.iter().rfind(|n| {
            n.player.is_some() && n.end <= all.start() && n.start >= s.start && {
                let gap = ctx.slice(n.end, all.start()).to_ascii_lowercase();
                gap == ", " || gap == "," || gap == ", the " || gap == ", a " || gap.is_empty()
            }
        }) {
            attached = true;
            if let Some(np) = n.player {
                p = np;
                name = n.text.clone();
            }
        }
        let dates: Vec<Date> = [ctx.main.as_ref().map(|m| m.row.date), ctx.date]
            .into_iter()
            .flatten()
            .collect();
        let Some(&on) = dates.first() else { continue };
        let Ok(age) = ctx.facts.age(p, on) else {
            continue;
        };
        let Some(actual) = age.value else {
            out.push(claim(
                ctx,
                span_start,
                end,
                Kind::Age,
                Verdict::Unverifiable,
                format!("no birth date recorded for {name}"),
                vec![],
            ));
            continue;
        };
        let ages: Vec<i32> = dates
            .iter()
            .filter_map(|d| ctx.facts.age(p, *d).ok().and_then(|a| a.value))
            .collect();
        let ok = match claimed {
            Some(n) => ages.contains(&n),
            None => ages.iter().any(|a| (13..=19).contains(a)),
        };
        // A description not attached to a name ("The 24-year-old …") may mean another player of
        // the passage: the one of that age among those named in this sentence and the last two.
        let (mut p2, mut name2, mut age2) = (p, name.clone(), age.clone());
        let mut consistent_other = false;
        if !ok && !attached {
            if let Some(n) = claimed {
                let idx = ctx.sentences.iter().position(|x| *x == s).unwrap_or(0);
                let from = ctx.sentences[idx.saturating_sub(2)].start;
                let mut seen: Vec<PlayerId> = Vec::new();
                let cands: Vec<(PlayerId, String)> = ctx
                    .names
                    .iter()
                    .filter(|x| x.start >= from && x.end <= s.end)
                    .filter_map(|x| x.player.map(|pl| (pl, x.text.clone())))
                    .filter(|(pl, _)| {
                        let fresh = !seen.contains(pl);
                        seen.push(*pl);
                        fresh
                    })
                    .collect();
                let fitting: Vec<(PlayerId, String)> = cands
                    .into_iter()
                    .filter(|(pl, _)| {
                        dates
                            .iter()
                            .any(|d| ctx.facts.age(*pl, *d).ok().and_then(|a| a.value) == Some(n))
                    })
                    .collect();
                // Another player of that age makes the claim consistent, not proven.
                if fitting.len() == 1 {
                    let (pl, nm) = fitting[0].clone();
                    if let Ok(a) = ctx.facts.age(pl, on) {
                        p2 = pl;
                        name2 = nm;
                        age2 = a;
                        consistent_other = true;
                    }
                }
            }
        }
        let _ = p2;
        // "Mbappé ended up … The 24-year-old forward …": a description opening a sentence
        // means the previous sentence's subject; inside a sentence, the last player named.
        let mut referent_fits = false;
        let mut referent_differs: Option<(String, i32, Vec<goalline_core::Evidence>)> = None;
        if !ok && !attached && !teen {
            if let (Some(n), Some((rp, rname))) = (claimed, referent(ctx, s, all.start())) {
                let rage = ctx.facts.age(rp, on).ok();
                let r_ages: Vec<i32> = dates
                    .iter()
                    .filter_map(|d| ctx.facts.age(rp, *d).ok().and_then(|a| a.value))
                    .collect();
                if r_ages.contains(&n) {
                    referent_fits = consistent_other && name2 == rname;
                } else if !consistent_other && description_opens(ctx, s, all.start()) {
                    if let Some(a) = rage.filter(|a| a.value.is_some()) {
                        referent_differs = Some((rname, a.value.unwrap_or_default(), a.evidence));
                    }
                }
            }
        }
        let (name, age) = (name2, age2);
        let actual = age.value.unwrap_or(actual);
        let expl = format!("{name} was {actual} on {on}");
        if referent_fits {
            out.push(claim(
                ctx,
                span_start,
                end,
                Kind::Age,
                Verdict::Supported,
                format!("{expl} (the player the description follows)"),
                age.evidence,
            ));
        } else if let Some((rname, ra, ev)) = referent_differs {
            out.push(contradicted(
                ctx,
                span_start,
                end,
                Kind::Age,
                ra.to_string(),
                format!(
                    "{rname}, the previous sentence's subject, was {ra} on {on}, and no player named nearby was {}",
                    claimed.unwrap_or_default()
                ),
                ev,
            ));
        } else if consistent_other {
            out.push(claim(
                ctx,
                span_start,
                end,
                Kind::Age,
                Verdict::Unverifiable,
                format!("who is meant is not certain; it fits {name}, who was {actual} on {on}"),
                age.evidence,
            ));
        } else if ok {
            out.push(claim(
                ctx,
                span_start,
                end,
                Kind::Age,
                Verdict::Supported,
                expl,
                age.evidence,
            ));
        } else if !attached || teen {
            out.push(claim(
                ctx,
                span_start,
                end,
                Kind::Age,
                Verdict::Unverifiable,
                format!("who is meant is not certain; {expl}"),
                age.evidence,
            ));
        } else {
            out.push(contradicted(
                ctx,
                span_start,
                end,
                Kind::Age,
                actual.to_string(),
                expl,
                age.evidence,
            ));
        }
    }
}

static STARTS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(started|played|featured in|appeared in)\s+(all|every|each of the|each of|both)?\s*(\w+)?\s*(?:of\s+(?:their|his|her|the)\s+)?(matches|games|fixtures)\b|\bwill miss the (\w[\w-]*)\b").expect("regex")
});

fn starts(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&STARTS, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        let Some((p, name)) = subject_near(ctx, s, all.end() + 100, all.start()) else {
            continue;
        };
        let Some(ed) = edition_for(ctx, s) else {
            continue;
        };
        let Some(wc) = ed.wc.clone() else {
            out.push(claim(
                ctx,
                all.start(),
                all.end(),
                Kind::Appearances,
                Verdict::Unverifiable,
                "appearances are recorded for World Cups only",
                vec![],
            ));
            continue;
        };
        let Ok(tours) = ctx.facts.player_world_cups(p) else {
            continue;
        };
        let Some(t) = tours.value.iter().find(|t| t.tournament == wc) else {
            out.push(claim(
                ctx,
                all.start(),
                all.end(),
                Kind::Appearances,
                Verdict::Unverifiable,
                format!("{name} is not in a {} squad in the data", ed.label),
                vec![],
            ));
            continue;
        };
        let evidence: Vec<_> = t.rows.iter().map(|r| r.evidence.clone()).collect();
        if let Some(stage) = c.get(5) {
            // "will miss the semifinal": no appearance in the team's next match.
            let Some(main) = ctx.main.clone() else {
                continue;
            };
            let Ok(Some(next)) = ctx.facts.next_match(t.team, main.row.date, ctx.gender) else {
                continue;
            };
            let played = t.rows.iter().any(|r| r.match_id == next.id);
            let expl = format!(
                "{name} {} in {} ({})",
                if played { "played" } else { "did not play" },
                next.evidence.text,
                stage.as_str()
            );
            let apps = ctx
                .facts
                .store()
                .match_appearances(next.id)
                .unwrap_or_default();
            if apps.is_empty() {
                out.push(claim(
                    ctx,
                    all.start(),
                    all.end(),
                    Kind::Appearances,
                    Verdict::Unverifiable,
                    "line-ups of that match are not in the data",
                    vec![],
                ));
            } else if played {
                out.push(contradicted(
                    ctx,
                    all.start(),
                    all.end(),
                    Kind::Appearances,
                    format!("{name} played"),
                    expl,
                    vec![next.evidence.clone()],
                ));
            } else {
                out.push(claim(
                    ctx,
                    all.start(),
                    all.end(),
                    Kind::Appearances,
                    Verdict::Supported,
                    expl,
                    vec![next.evidence.clone()],
                ));
            }
            continue;
        }
        let verb = c
            .get(1)
            .map(|m| m.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        let quant = c.get(2).map(|m| m.as_str().to_ascii_lowercase());
        let number = c.get(3).and_then(|m| number_word(m.as_str()));
        let count = if verb == "started" {
            t.starts
        } else {
            t.appearances
        };
        let mut problems = Vec::new();
        if quant.is_some() && count != t.team_matches {
            problems.push(format!(
                "{name} {verb} {count} of {}'s {} matches",
                ctx.facts.team_name(t.team),
                t.team_matches
            ));
        }
        if let Some(n) = number {
            if quant.is_some() && n != t.team_matches {
                problems.push(format!(
                    "{} played {} matches",
                    ctx.facts.team_name(t.team),
                    t.team_matches
                ));
            } else if quant.is_none() && n != count {
                problems.push(format!("{name} {verb} {count} matches"));
            }
        }
        let start = ctx
            .names
            .iter()
            .filter(|n| n.player == Some(p) && n.end <= all.start() && all.start() - n.end < 5)
            .map(|n| n.start)
            .next_back()
            .unwrap_or(all.start());
        let expl = format!(
            "{name}: {} starts, {} appearances in {}'s {} matches at {}",
            t.starts,
            t.appearances,
            ctx.facts.team_name(t.team),
            t.team_matches,
            ed.label
        );
        if problems.is_empty() {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Appearances,
                Verdict::Supported,
                expl,
                evidence,
            ));
        } else {
            out.push(contradicted(
                ctx,
                start,
                all.end(),
                Kind::Appearances,
                problems.join("; "),
                expl,
                evidence,
            ));
        }
    }
}

fn edition_for(ctx: &Ctx<'_>, s: Sentence) -> Option<Edition> {
    super::edition_in(ctx, s.start, s.end)
}

/// The tournament a phrase about a tournament (an award, "top scorer", "the tournament")
/// refers to: one named in its clause, else the latest one named with a year in this or the
/// two previous sentences, else the main match's edition when that is a final tournament.
fn tournament_for(ctx: &Ctx<'_>, s: Sentence, pos: usize) -> Option<Edition> {
    let (cs, ce) = super::clause(ctx, s, pos, pos);
    let cue = super::time_cue(ctx, cs, ce);
    if cue.edition.is_some() {
        return super::edition_in(ctx, cs, ce);
    }
    // A competition named earlier in the same sentence ("As for this year's edition of the
    // FIFA World Cup, Kane … scored two goals").
    if let Some(c) = ctx
        .comps
        .iter()
        .rfind(|c| c.start >= s.start && c.end <= pos)
    {
        return match c.year {
            Some(y) => ctx.edition(&c.competition, Some(y), None).ok().flatten(),
            None => ctx
                .date
                .and_then(|d| ctx.edition_before(&c.competition, d).ok().flatten()),
        };
    }
    let idx = ctx.sentences.iter().position(|x| x.start == s.start)?;
    let from = ctx.sentences[idx.saturating_sub(2)].start;
    if let Some(c) = ctx
        .comps
        .iter()
        .rfind(|c| c.start >= from && c.end <= pos && c.year.is_some())
    {
        return ctx.edition(&c.competition, c.year, None).ok().flatten();
    }
    let main = ctx.main.as_ref()?;
    let t = main.row.tournament.to_ascii_lowercase();
    if t.contains("qualification") || t == "friendly" || t.contains("nations league") {
        return None;
    }
    ctx.edition.clone()
}

static TOURN_GOALS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(?:scored|scoring|netted|with)\s+(\w+)\s+goals?\b|\b(?:his|her)\s+(\w+)\s+goal of the (?:tournament|competition)\b|\bmost goals\s*\((\w+)\)|\b(?:top|leading) (?:goal)?scorer\b(?:\s+(?:with|on)\s+(\w+)\s+goals?\b)?").expect("regex")
});

fn tournament_goals(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&TOURN_GOALS, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        let lc_sentence = ctx.slice(s.start, s.end).to_ascii_lowercase();
        let lc_all = all.as_str().to_ascii_lowercase();
        let top = lc_all.contains("top scorer")
            || lc_all.contains("top goalscorer")
            || lc_all.contains("leading scorer")
            || lc_all.contains("leading goalscorer")
            || lc_all.contains("most goals");
        let claimed = c
            .get(1)
            .or(c.get(2))
            .or(c.get(3))
            .or(c.get(4))
            .and_then(|m| number_word(m.as_str()));
        if !top && claimed.is_none() {
            continue;
        }
        // A match tally ("scored two goals in the first half") is not a tournament tally unless
        // the sentence speaks of a tournament.
        let tournament_words = [
            "tournament",
            "edition",
            "euro",
            "world cup",
            "copa",
            "asian cup",
            "golden boot",
            "at the",
            "competition",
        ];
        if !top && c.get(2).is_none() && !tournament_words.iter().any(|w| lc_sentence.contains(w)) {
            continue;
        }
        if lc_sentence.contains("golden boot")
            && !lc_sentence.contains("asian cup")
            && !top
            && lc_all.starts_with("with")
        {
            // "securing the Golden Boot … with eight goals" is handled as tournament goals below too
        }
        // Career totals ("at World Cups", "in his career") are not one tournament's.
        let sent_lc = ctx.slice(s.start, s.end).to_ascii_lowercase();
        if [
            "world cups",
            "in his career",
            "in her career",
            "tournaments",
            "all-time",
            "in total",
            "across",
        ]
        .iter()
        .any(|w| sent_lc.contains(w))
        {
            continue;
        }
        let (cs, _) = super::clause(ctx, s, all.start(), all.end());
        // "Spain finished the tournament with 15 goals": a team's tally.
        if !top {
            if let Some(n) = claimed {
                if let Some(team) = team_subject(ctx, s, cs, all.start()) {
                    if let Some(ed) = tournament_for(ctx, s, all.start()) {
                        team_tournament_goals(ctx, &ed, team, n, (cs, all.end()), out);
                    }
                    continue;
                }
            }
        }
        let Some((p, name)) = subject_near(ctx, s, all.end() + 200, all.start()) else {
            continue;
        };
        // Named in the clause (or right after the phrase): the tally is tied to its player;
        // bound through a pronoun or a description, a mismatch may be a binding error.
        let named_here = ctx.names.iter().any(|n| {
            n.player == Some(p)
                && ((n.start >= cs && n.end <= all.start())
                    || (n.start >= all.end() && n.start <= all.end() + 2))
        });
        let Some(ed) = tournament_for(ctx, s, all.start()) else {
            continue;
        };
        // "Ronaldo arrived at Euro 2020 with 104 goals": a career tally on the eve.
        let arrival = [
            "arrived at",
            "went into",
            "heading into",
            "going into",
            "came into",
            "arrived in",
        ]
        .iter()
        .any(|w| lc_sentence.contains(w));
        let tournament_words = ["tournament", "scorer", "competition", "finals"]
            .iter()
            .any(|w| lc_sentence.contains(w));
        if let Some(n) = claimed.filter(|n| !top && arrival && (!tournament_words || *n >= 20)) {
            career_on_eve(
                ctx,
                &ed,
                p,
                &name,
                n,
                named_here,
                (start_of(ctx, p, s, all.start()), all.end()),
                out,
            );
            continue;
        }
        let Ok(table) = ctx.edition_scorers(&ed) else {
            continue;
        };
        let complete = table.coverage == Coverage::Exact;
        // As of when: "his fifth goal of the tournament" counts up to the article's match;
        // otherwise the tally known on publication, or before the main match for "arrived
        // with", "going into".
        let main_date = ctx.main.as_ref().map(|m| m.row.date);
        let in_edition = |d: Date| ed.from <= d && d <= ed.to;
        let mut dates: Vec<Date> = Vec::new();
        if c.get(2).is_some() {
            dates.extend(main_date);
        } else {
            let reference = ctx.date.or(main_date).unwrap_or(ed.to);
            dates.push(reference.min(ed.to));
            let before_cue = [
                "arrived",
                "before",
                "going into",
                "heading into",
                "coming into",
                "ahead of",
                "had ",
                "went into",
            ]
            .iter()
            .any(|w| lc_sentence.contains(w));
            if let Some(md) = main_date.filter(|d| in_edition(*d)) {
                if before_cue {
                    dates.extend(md.pred_opt());
                }
                dates.push(md);
            }
        }
        dates.sort();
        dates.dedup();
        let counts: Vec<(Date, u32)> = dates
            .iter()
            .map(|d| (*d, count_until(ctx, &ed, p, *d)))
            .collect();
        let goals = counts.last().map(|x| x.1).unwrap_or(0);
        let start = ctx
            .names
            .iter()
            .filter(|n| n.player == Some(p) && n.end <= all.start() && n.start >= s.start)
            .map(|n| n.start)
            .next_back()
            .unwrap_or(all.start());
        let start = if all.start() - start > 80 {
            all.start()
        } else {
            start
        };
        let as_of = |d: Date| {
            if d >= ed.to {
                String::new()
            } else {
                format!(" up to {d}")
            }
        };
        let mut expl = format!(
            "{name}: {}",
            counts
                .iter()
                .map(|(d, g)| format!("{g} goals at {}{}", ed.label, as_of(*d)))
                .collect::<Vec<_>>()
                .join("; ")
        );
        if let Some(n) = &table.note {
            expl.push_str(&format!(" ({n})"));
        }
        let evidence = table.evidence.clone();
        if top {
            // Top of the table on one of the dates the sentence can mean.
            let mut best: Option<(u32, u32)> = None;
            let mut is_top = false;
            for (d, g) in &counts {
                let max = max_until(ctx, &ed, *d);
                best.get_or_insert((*g, max));
                if *g == max && max > 0 && claimed.is_none_or(|n| n == *g) {
                    is_top = true;
                }
            }
            expl.push_str(&format!(
                "; top scorers: {}",
                table
                    .value
                    .iter()
                    .take(3)
                    .map(|e| format!("{} {}", e.name, e.goals))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            if complete && is_top {
                out.push(claim(
                    ctx,
                    start,
                    all.end(),
                    Kind::TournamentGoals,
                    Verdict::Supported,
                    expl,
                    evidence,
                ));
            } else if complete && named_here {
                let (g, max) = best.unwrap_or((goals, 0));
                out.push(contradicted(
                    ctx,
                    start,
                    all.end(),
                    Kind::TournamentGoals,
                    format!("{g} goals; top scorer had {max}"),
                    expl,
                    evidence,
                ));
            } else {
                out.push(claim(
                    ctx,
                    start,
                    all.end(),
                    Kind::TournamentGoals,
                    Verdict::Unverifiable,
                    expl,
                    evidence,
                ));
            }
            continue;
        }
        let Some(n) = claimed else { continue };
        let fits = counts.iter().any(|(_, g)| *g == n);
        let known_exceeds = counts.iter().all(|(_, g)| *g > n);
        if fits && complete {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::TournamentGoals,
                Verdict::Supported,
                expl,
                evidence,
            ));
        } else if !fits && named_here && (known_exceeds || complete) {
            out.push(contradicted(
                ctx,
                start,
                all.end(),
                Kind::TournamentGoals,
                goals.to_string(),
                expl,
                evidence,
            ));
        } else {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::TournamentGoals,
                Verdict::Unverifiable,
                if named_here || fits {
                    expl
                } else {
                    format!("whose tally is meant is not certain; {expl}")
                },
                evidence,
            ));
        }
    }
}

fn start_of(ctx: &Ctx<'_>, p: PlayerId, s: Sentence, pos: usize) -> usize {
    ctx.names
        .iter()
        .filter(|n| n.player == Some(p) && n.end <= pos && n.start >= s.start && pos - n.end < 80)
        .map(|n| n.start)
        .next_back()
        .unwrap_or(pos)
}

/// A player's career tally for his team on the eve of an edition, as an interval.
#[allow(clippy::too_many_arguments)]
fn career_on_eve(
    ctx: &mut Ctx<'_>,
    ed: &Edition,
    p: PlayerId,
    name: &str,
    n: u32,
    named_here: bool,
    (start, end): (usize, usize),
    out: &mut Vec<Claim>,
) {
    let Some(team) = player_team(ctx, p) else {
        return;
    };
    let eve = ed.from.pred_opt().unwrap_or(ed.from);
    let Ok(t) = ctx.facts.player_tally(p, team, Some(eve)) else {
        return;
    };
    let (lo, hi) = (t.value.tally.low, t.value.tally.high);
    let expl = format!(
        "{name}'s goals for {} up to {eve}: {lo}–{hi} ({})",
        ctx.facts.team_name(team),
        t.value.reasoning
    );
    let evidence: Vec<_> = t.evidence.iter().take(4).cloned().collect();
    if lo == hi && lo == n {
        out.push(claim(
            ctx,
            start,
            end,
            Kind::NthGoal,
            Verdict::Supported,
            expl,
            evidence,
        ));
    } else if (n < lo || n > hi) && named_here {
        out.push(contradicted(
            ctx,
            start,
            end,
            Kind::NthGoal,
            if lo == hi {
                lo.to_string()
            } else {
                format!("{lo}–{hi}")
            },
            expl,
            evidence,
        ));
    } else {
        out.push(claim(
            ctx,
            start,
            end,
            Kind::NthGoal,
            Verdict::Unverifiable,
            format!("consistent but not pinned: {expl}"),
            evidence,
        ));
    }
}

/// The team a tally phrase is about when a team, not a player, is its subject: a team named
/// in the clause before the phrase with no player named after it.
fn team_subject(ctx: &Ctx<'_>, s: Sentence, cs: usize, pos: usize) -> Option<TeamId> {
    let from = cs.max(s.start);
    let t = ctx.teams_in(from, pos).into_iter().next_back()?;
    if ctx
        .names
        .iter()
        .any(|n| n.player.is_some() && n.start >= from && n.end <= pos)
    {
        return None;
    }
    // "Spain's Dani Olmo" is a player; "Spain finished … with" is the team.
    let after = ctx.slice(t.end, pos).to_ascii_lowercase();
    if after.starts_with("'s") || after.starts_with("’s") {
        return None;
    }
    super::mention_team(ctx, t)
}

/// "Spain finished the tournament with 15 goals": goals scored in the edition's matches (the
/// scores, not scorer rows, so the count is exact wherever the scores are known).
fn team_tournament_goals(
    ctx: &mut Ctx<'_>,
    ed: &Edition,
    team: TeamId,
    n: u32,
    (start, end): (usize, usize),
    out: &mut Vec<Claim>,
) {
    let Ok(ms) = ctx.edition_matches(ed) else {
        return;
    };
    let reference = ctx.date.unwrap_or(ed.to);
    let mine: Vec<_> = ms
        .iter()
        .filter(|m| (m.home == team || m.away == team) && m.date <= reference)
        .collect();
    if mine.is_empty() {
        return;
    }
    let unknown = mine.iter().any(|m| m.goals_for(team).is_none());
    let goals: u32 = mine.iter().filter_map(|m| m.goals_for(team)).sum();
    let (start, _) = crate::text::trim(ctx.text, start, end);
    let start = ctx
        .teams
        .iter()
        .find(|t| t.start >= start && t.end <= end)
        .map(|t| t.start)
        .unwrap_or(start);
    let expl = format!(
        "{} scored {goals} goals in {} matches at {}",
        ctx.facts.team_name(team),
        mine.len(),
        ed.label
    );
    let evidence = mine.iter().take(3).map(|m| m.evidence.clone()).collect();
    if unknown {
        out.push(claim(
            ctx,
            start,
            end,
            Kind::TournamentGoals,
            Verdict::Unverifiable,
            format!("a score is not recorded; {expl}"),
            evidence,
        ));
    } else if goals == n {
        out.push(claim(
            ctx,
            start,
            end,
            Kind::TournamentGoals,
            Verdict::Supported,
            expl,
            evidence,
        ));
    } else {
        out.push(contradicted(
            ctx,
            start,
            end,
            Kind::TournamentGoals,
            goals.to_string(),
            expl,
            evidence,
        ));
    }
}

/// The highest individual tally of an edition up to a day.
fn max_until(ctx: &Ctx<'_>, ed: &Edition, d: Date) -> u32 {
    let Ok(ms) = ctx.edition_matches(ed) else {
        return 0;
    };
    let mut counts: std::collections::HashMap<PlayerId, u32> = std::collections::HashMap::new();
    for m in ms.iter().filter(|m| m.date <= d) {
        if let Ok(g) = ctx.facts.match_goals(m) {
            for x in g.goals.iter().filter(|x| !x.own_goal) {
                if let Some(p) = x.player {
                    *counts.entry(p).or_default() += 1;
                }
            }
        }
    }
    counts.values().copied().max().unwrap_or(0)
}

fn count_until(ctx: &Ctx<'_>, ed: &Edition, p: PlayerId, d: Date) -> u32 {
    let Ok(ms) = ctx.edition_matches(ed) else {
        return 0;
    };
    let mut n = 0;
    for m in ms.iter().filter(|m| m.date <= d) {
        if let Ok(g) = ctx.facts.match_goals(m) {
            n += g
                .goals
                .iter()
                .filter(|x| x.player == Some(p) && !x.own_goal)
                .count() as u32;
        }
    }
    n
}

static NTH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b(?:[Hh]is|[Hh]er|(?:\p{Lu}\p{L}+(?:'s|’s)))\s+(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|tenth|twentieth|thirtieth|fortieth|fiftieth)\s+(?:(?:and\s+\d{1,3}(?:st|nd|rd|th)\s+goals|(?:international\s+)?goal)\s+for\s+(?:his|her|the)?\s*(?:country|\p{Lu}[\p{L} ]+?)\b|international\s+goal\b)|\ba half-century of goals\b").expect("regex")
});

fn nth_goals(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&NTH, ctx, s) {
        let Some(all) = c.get(0) else {
            continue;
        };
        let n = match c.get(1) {
            Some(nw) => number_word(nw.as_str()),
            None => Some(50), // "a half-century of goals"
        };
        let Some(n) = n else {
            continue;
        };
        let Some((p, name)) = subject_near(ctx, s, all.start() + 1, all.start() + 20) else {
            continue;
        };
        let Some(team) = player_team(ctx, p) else {
            continue;
        };
        let start = ctx
            .slice(s.start, all.start())
            .rfind([',', ';'])
            .map(|i| s.start + i + 1)
            .unwrap_or(s.start);
        let (start, _) = crate::text::trim(ctx.text, start, all.start());
        // Which goal: a goal of this player in the match the sentence speaks of.
        let Some(ev) = event_match(ctx, s, Some(team)) else {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::NthGoal,
                Verdict::Unverifiable,
                format!("which goal of {name}'s is meant is not tied to a match; career tallies are only bounded (no friendlies in the scorer data)"),
                vec![],
            ));
            continue;
        };
        let Ok(nums) = ctx.facts.nth_goals(p, team, ev.facts.row.id) else {
            continue;
        };
        if nums.value.is_empty() {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::NthGoal,
                Verdict::Unverifiable,
                format!(
                    "no goal by {name} in {} to number",
                    ev.facts.row.evidence.text
                ),
                vec![],
            ));
            continue;
        }
        let expl = format!(
            "{name}'s goal{} in {}: number {} ({})",
            if nums.value.len() > 1 { "s" } else { "" },
            ev.facts.row.evidence.text,
            nums.value
                .iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            nums.note.clone().unwrap_or_default()
        );
        let evidence: Vec<_> = nums.evidence.iter().rev().take(4).cloned().collect();
        if nums.value.iter().any(|t| t.is_exact() && t.low == n) {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::NthGoal,
                Verdict::Supported,
                expl,
                evidence,
            ));
        } else if nums.value.iter().all(|t| !t.contains(n)) && ev.certain {
            let correct = nums
                .value
                .iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            out.push(contradicted(
                ctx,
                start,
                all.end(),
                Kind::NthGoal,
                correct,
                expl,
                evidence,
            ));
        } else {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::NthGoal,
                Verdict::Unverifiable,
                format!("consistent but not pinned: {expl}"),
                evidence,
            ));
        }
    }
}

static AWARD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(Golden Boot|Golden Ball|Golden Glove|Silver Boot|Bronze Boot|Silver Ball|Bronze Ball|Best Young Player|Ballon d'Or|Ballon d’Or)\b").expect("regex")
});

fn awards(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&AWARD, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        let award = all.as_str();
        let before_lc = ctx.slice(s.start, all.start()).to_ascii_lowercase();
        if award.to_ascii_lowercase().starts_with("ballon") {
            let start = ctx
                .slice(s.start, all.start())
                .rfind([',', ';'])
                .map(|i| s.start + i + 1)
                .unwrap_or(all.start().saturating_sub(20).max(s.start));
            let (start, _) = crate::text::trim(
                ctx.text,
                crate::text::floor_char(ctx.text, start),
                all.start(),
            );
            let end = ctx
                .slice(all.end(), s.end)
                .find([',', '.', ';'])
                .map(|i| all.end() + i)
                .unwrap_or(s.end);
            out.push(claim(
                ctx,
                start,
                end,
                Kind::Award,
                Verdict::Unverifiable,
                "the Ballon d'Or is not in any open dataset here",
                vec![],
            ));
            continue;
        }
        if !(before_lc.contains("won")
            || before_lc.contains("win")
            || before_lc.contains("secur")
            || before_lc.contains("claim")
            || before_lc.contains("took")
            || before_lc.contains("awarded"))
        {
            continue;
        }
        let Some((p, name)) = subject_near(ctx, s, all.end() + 1, all.start()) else {
            continue;
        };
        let ed = tournament_for(ctx, s, all.start());
        let verb_start = [
            "won", "winning", "securing", "secured", "claimed", "claiming", "took",
        ]
        .iter()
        .filter_map(|v| before_lc.rfind(v))
        .max()
        .map(|i| s.start + i)
        .unwrap_or(all.start());
        let Some(ed) = ed else { continue };
        let mut end = all.end();
        if let Some(i) = ctx.slice(all.end(), s.end).find(" with ") {
            if i < 25 {
                let tail = &ctx.slice(all.end() + i, s.end);
                end = all.end() + i + tail.find(" goals").map(|g| g + 6).unwrap_or(0);
            }
        }
        // "as the leading scorer at the 2018 World Cup"
        if let Some(cm) = ctx
            .comps
            .iter()
            .find(|cm| cm.start >= all.end() && cm.start < all.end() + 50)
        {
            end = end.max(cm.end);
        }
        let end = crate::text::ceil_char(ctx.text, end.min(s.end));
        match &ed.wc {
            Some(_) => {
                let Ok(aw) = ctx.facts.edition_awards(&ed) else {
                    continue;
                };
                let winners: Vec<_> = aw
                    .iter()
                    .filter(|a| a.award.eq_ignore_ascii_case(award))
                    .collect();
                if winners.is_empty() {
                    out.push(claim(
                        ctx,
                        verb_start,
                        end,
                        Kind::Award,
                        Verdict::Unverifiable,
                        format!("no {award} recorded for {}", ed.label),
                        vec![],
                    ));
                } else if winners.iter().any(|a| a.player == Some(p)) {
                    let ev: Vec<_> = winners.iter().map(|a| a.evidence.clone()).collect();
                    out.push(claim(
                        ctx,
                        verb_start,
                        end,
                        Kind::Award,
                        Verdict::Supported,
                        format!("{award} {}: {name}", ed.label),
                        ev,
                    ));
                } else {
                    let who = winners
                        .iter()
                        .filter_map(|a| a.player_name.clone())
                        .collect::<Vec<_>>()
                        .join(", ");
                    let ev: Vec<_> = winners.iter().map(|a| a.evidence.clone()).collect();
                    out.push(contradicted(
                        ctx,
                        verb_start,
                        end,
                        Kind::Award,
                        who.clone(),
                        format!("the {award} at {} went to {who}", ed.label),
                        ev,
                    ));
                }
            }
            None if award.eq_ignore_ascii_case("golden boot") => {
                // Outside World Cups: the edition's top scorer, where every goal has a scorer.
                let Ok(table) = ctx.edition_scorers(&ed) else {
                    continue;
                };
                let max = table.value.first().map(|e| e.goals).unwrap_or(0);
                let mine: u32 = table
                    .value
                    .iter()
                    .filter(|e| e.player == Some(p))
                    .map(|e| e.goals)
                    .sum();
                let claimed = ctx
                    .slice(all.end(), end)
                    .split_whitespace()
                    .find_map(number_word);
                let expl = format!(
                    "{name}: {mine} goals at {}, the most by anyone: {max}",
                    ed.label
                );
                if table.coverage != Coverage::Exact {
                    out.push(claim(
                        ctx,
                        verb_start,
                        end,
                        Kind::TournamentGoals,
                        Verdict::Unverifiable,
                        format!("{expl}; scorer data incomplete"),
                        table.evidence,
                    ));
                } else if mine == max && claimed.is_none_or(|n| n == mine) {
                    out.push(claim(
                        ctx,
                        verb_start,
                        end,
                        Kind::TournamentGoals,
                        Verdict::Supported,
                        expl,
                        table.evidence,
                    ));
                } else {
                    out.push(contradicted(
                        ctx,
                        verb_start,
                        end,
                        Kind::TournamentGoals,
                        format!("{mine} goals; the most was {max}"),
                        expl,
                        table.evidence,
                    ));
                }
            }
            None => out.push(claim(
                ctx,
                verb_start,
                end,
                Kind::Award,
                Verdict::Unverifiable,
                format!("awards are recorded for World Cups only, not {}", ed.label),
                vec![],
            )),
        }
    }
    // "matching Lineker's achievement from 1986"
    static MATCHING: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"\bmatching (\p{Lu}[\p{L}\-]+)(?:'s|’s) achievement (?:from|in) (\d{4})")
            .expect("regex")
    });
    for c in find_in(&MATCHING, ctx, s) {
        let (Some(all), Some(who), Some(year)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let Some(award) = AWARD
            .find(ctx.slice(s.start, all.start()))
            .map(|m| m.as_str().to_string())
        else {
            continue;
        };
        let Ok(y) = year.as_str().parse::<i32>() else {
            continue;
        };
        let Ok(Some(ed)) = ctx.edition("FIFA World Cup", Some(y), None) else {
            continue;
        };
        let Ok(aw) = ctx.facts.edition_awards(&ed) else {
            continue;
        };
        let winners: Vec<_> = aw
            .iter()
            .filter(|a| a.award.eq_ignore_ascii_case(&award))
            .collect();
        let folded = goalline_core::names::fold(who.as_str());
        let hit = winners.iter().any(|a| {
            a.player_name.as_deref().is_some_and(|n| {
                goalline_core::names::fold(n)
                    .split(' ')
                    .any(|w| w == folded)
            })
        });
        let ev: Vec<_> = winners.iter().map(|a| a.evidence.clone()).collect();
        let names = winners
            .iter()
            .filter_map(|a| a.player_name.clone())
            .collect::<Vec<_>>()
            .join(", ");
        if hit {
            out.push(claim(
                ctx,
                all.start(),
                all.end(),
                Kind::Award,
                Verdict::Supported,
                format!("{award} {y}: {names}"),
                ev,
            ));
        } else if !winners.is_empty() {
            out.push(contradicted(
                ctx,
                all.start(),
                all.end(),
                Kind::Award,
                names.clone(),
                format!("{award} {y}: {names}"),
                ev,
            ));
        }
    }
}
