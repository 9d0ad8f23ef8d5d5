//! Records, firsts and titles: "the first African country to reach the semi-finals", "record
//! World Cup scorer", "five-time winners", "world champions for the second time", "their first
//! final", "best showing since 1990", "third-place finish", "biggest World Cup defeat", and
//! national-team scoring records (checked only when every tally involved is exact).

use super::{claim, contradicted, find_in, sentence_teams, time_cue, Kind};
use crate::context::Ctx;
use crate::text::{number_word, Sentence};
use crate::Claim;
use goalline_core::{Coverage, Date, Gender, Stage, TeamId, Verdict};
use goalline_facts::tournaments::Edition;
use once_cell::sync::Lazy;
use regex::Regex;

pub(super) fn extract(ctx: &mut Ctx<'_>, out: &mut Vec<Claim>) {
    let sentences = ctx.sentences.clone();
    for s in sentences {
        first_region(ctx, s, out);
        wc_scoring_record(ctx, s, out);
        n_time_winners(ctx, s, out);
        nth_title(ctx, s, out);
        first_final(ctx, s, out);
        best_since(ctx, s, out);
        finish_position(ctx, s, out);
        biggest_defeat(ctx, s, out);
        h2h_streak(ctx, s, out);
        major_titles(ctx, s, out);
        first_in_years(ctx, s, out);
        nth_team_hat_trick(ctx, s, out);
        first_knockout_win(ctx, s, out);
        team_form(ctx, s, out);
        first_win_over_since(ctx, s, out);
        first_personal_feat(ctx, s, out);
        runners_up(ctx, s, out);
        first_final_event(ctx, s, out);
        unchecked_records(ctx, s, out);
        team_scoring_record(ctx, s, out);
    }
}

fn wc_name(g: Gender) -> &'static str {
    match g {
        Gender::Men => "FIFA World Cup",
        Gender::Women => "FIFA Women's World Cup",
    }
}

fn reference_date(ctx: &Ctx<'_>) -> Option<Date> {
    ctx.main.as_ref().map(|m| m.row.date).or(ctx.date)
}

static FIRST_REGION: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\bfirst(?:[- ]ever)?\s+(African|Asian|European|South American|North American|Central American|Caribbean|Oceanian|Arab)\s+(?:country|team|nation|side)\s+to\s+(?:reach|make|play in|get to)\s+the\s+([\w-]+(?:[ -]finals?)?)").expect("regex")
});

fn confed(adj: &str) -> &'static [&'static str] {
    match adj.to_ascii_lowercase().as_str() {
        "african" => &["CAF"],
        "asian" => &["AFC"],
        "european" => &["UEFA"],
        "south american" => &["CONMEBOL"],
        "north american" | "central american" | "caribbean" => &["CONCACAF"],
        "oceanian" => &["OFC"],
        _ => &[],
    }
}

fn first_region(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&FIRST_REGION, ctx, s) {
        let (Some(all), Some(adj), Some(stage_w)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let confs = confed(adj.as_str());
        let stage = match stage_w.as_str().to_ascii_lowercase().as_str() {
            "semifinals" | "semi-finals" | "semis" | "semifinal" | "semi-final" | "last four" => {
                Stage::SemiFinal
            }
            "quarterfinals" | "quarter-finals" | "quarter-final" | "quarterfinal" => {
                Stage::QuarterFinal
            }
            "final" => Stage::Final,
            _ => continue,
        };
        let Some(main) = ctx.main.clone() else {
            continue;
        };
        if confs.is_empty() || main.wc.is_none() {
            out.push(claim(
                ctx,
                all.start(),
                all.end(),
                Kind::Record,
                Verdict::Unverifiable,
                "this kind of first can only be checked for World Cups",
                vec![],
            ));
            continue;
        }
        let team = main.result.winner.filter(|w| {
            ctx.facts
                .teams()
                .team(*w)
                .and_then(|t| t.confederation.clone())
                .is_some_and(|cf| confs.contains(&cf.as_str()))
        });
        let Some(team) = team else { continue };
        let Ok(all_wc) = ctx.facts.store().wc_matches(None) else {
            continue;
        };
        let earlier: Vec<_> = all_wc
            .iter()
            .filter(|w| {
                w.gender == ctx.gender && w.date < main.row.date && w.stage.depth() >= stage.depth()
            })
            .filter(|w| {
                [w.home, w.away].iter().any(|t| {
                    ctx.facts
                        .teams()
                        .team(*t)
                        .and_then(|x| x.confederation.clone())
                        .is_some_and(|cf| confs.contains(&cf.as_str()))
                })
            })
            .collect();
        let reached_now = main.stage.is_some_and(|st| st.depth() + 1 >= stage.depth());
        if earlier.is_empty() && reached_now {
            out.push(claim(
                ctx,
                all.start(),
                all.end(),
                Kind::Record,
                Verdict::Supported,
                format!(
                    "no {} team played a World Cup {} before {}; {} reached it",
                    adj.as_str(),
                    stage.label(),
                    main.row.date,
                    ctx.facts.team_name(team)
                ),
                vec![main.row.evidence.clone()],
            ));
        } else if let Some(w) = earlier.first() {
            out.push(contradicted(
                ctx,
                all.start(),
                all.end(),
                Kind::Record,
                format!(
                    "{} v {} in {}",
                    ctx.facts.team_name(w.home),
                    ctx.facts.team_name(w.away),
                    w.year
                ),
                format!(
                    "an {} team had already reached that stage: {}",
                    adj.as_str(),
                    w.evidence.text
                ),
                vec![w.evidence.clone()],
            ));
        }
    }
}

static WC_RECORD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:record World Cup (?:goal)?scorer|break(?:s|ing)? the World Cup scoring record|World Cup(?:'s|’s)? (?:all-time )?(?:record|leading|top) (?:goal)?scorer|all-time (?:leading|top) (?:goal)?scorer (?:at|in) (?:the )?World Cups?)").expect("regex")
});

fn wc_scoring_record(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&WC_RECORD, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        let Some(n) = ctx
            .names
            .iter()
            .filter(|n| n.player.is_some() && n.start >= s.start && n.end <= s.end)
            .min_by_key(|n| (n.start as i64 - all.start() as i64).abs())
        else {
            continue;
        };
        let (Some(p), name) = (n.player, n.text.clone()) else {
            continue;
        };
        let Some(d) = reference_date(ctx) else {
            continue;
        };
        let (start, end) = (n.start.min(all.start()), n.end.max(all.end()));
        let Ok(after) = ctx.facts.world_cup_top_scorers(ctx.gender, Some(d), 3) else {
            continue;
        };
        let day_before = d.pred_opt().unwrap_or(d);
        let Ok(before) = ctx
            .facts
            .world_cup_top_scorers(ctx.gender, Some(day_before), 3)
        else {
            continue;
        };
        let top_after: Vec<_> = after.value.iter().filter(|e| e.rank == 1).collect();
        let sole = top_after.len() == 1 && top_after[0].player == p;
        let was_sole_before = before.value.iter().filter(|e| e.rank == 1).count() == 1
            && before.value.first().is_some_and(|e| e.player == p);
        let table = |v: &[goalline_facts::records::TableEntry]| {
            v.iter()
                .take(3)
                .map(|e| format!("{} {}", e.name, e.goals))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let expl = format!(
            "World Cup scorers after {d}: {}; before: {}",
            table(&after.value),
            table(&before.value)
        );
        let breaks = all.as_str().to_ascii_lowercase().contains("break");
        if sole && (!breaks || !was_sole_before) {
            out.push(claim(
                ctx,
                start,
                end,
                Kind::Record,
                Verdict::Supported,
                expl,
                vec![],
            ));
        } else {
            out.push(contradicted(
                ctx,
                start,
                end,
                Kind::Record,
                table(&after.value),
                format!("{name} is not the sole record holder: {expl}"),
                vec![],
            ));
        }
    }
}

static N_TIME: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(\w+)-time (?:world |european )?(?:winners|champions)\b").expect("regex")
});

/// "the five-time winners", "the three-time winners" (before the article's match).
fn n_time_winners(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&N_TIME, ctx, s) {
        let (Some(all), Some(nw)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let Some(n) = number_word(nw.as_str()) else {
            continue;
        };
        let Some(d) = reference_date(ctx) else {
            continue;
        };
        // Which team: the nearest team mentioned around the phrase, or the main match side it
        // refers to when the sentence names only the other.
        let comp = ctx
            .comps
            .iter()
            .find(|cm| cm.start >= s.start && cm.end <= s.end)
            .map(|cm| cm.competition.clone())
            .unwrap_or_else(|| wc_name(ctx.gender).to_string());
        // Which team: one directly attached ("the five-time winners Brazil", "Brazil, the
        // five-time winners") is certain; otherwise any team of this or the previous sentence
        // with that many titles fits, and none fitting is only UNVERIFIABLE.
        let attached = attached_team(ctx, all.start(), all.end());
        let team = match attached.or_else(|| nearest_team(ctx, s, all.start(), all.end())) {
            Some(t) => t,
            None => continue,
        };
        if attached.is_none() {
            let mut pool = sentence_teams(ctx, s.start, s.end);
            if let Some(prev) = ctx
                .sentences
                .iter()
                .rev()
                .find(|x| x.end <= s.start)
                .copied()
            {
                pool.extend(sentence_teams(ctx, prev.start, prev.end));
            }
            let fitting: Vec<TeamId> = pool
                .into_iter()
                .filter(|t| {
                    ctx.titles(*t, &comp, d)
                        .map(|x| x.coverage == Coverage::Exact && x.value.len() as u32 == n)
                        .unwrap_or(false)
                })
                .collect();
            if let Some(t) = fitting.first() {
                let titles = ctx.titles(*t, &comp, d).ok();
                let years = titles
                    .as_ref()
                    .map(|x| {
                        x.value
                            .iter()
                            .map(|e| e.year.to_string())
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default();
                out.push(claim(
                    ctx,
                    all.start(),
                    all.end(),
                    Kind::Record,
                    Verdict::Supported,
                    format!(
                        "{} {} titles before {d}: {n} ({years})",
                        ctx.facts.team_name(*t),
                        comp
                    ),
                    titles.map(|x| x.evidence).unwrap_or_default(),
                ));
            } else {
                out.push(claim(ctx, all.start(), all.end(), Kind::Record, Verdict::Unverifiable, format!("no team named near it has {n} {comp} titles; which team is meant is unclear"), vec![]));
            }
            continue;
        }
        let Ok(titles) = ctx.titles(team, &comp, d) else {
            continue;
        };
        let got = titles.value.len() as u32;
        let years = titles
            .value
            .iter()
            .map(|e| e.year.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let expl = format!(
            "{} {} titles before {d}: {got} ({years})",
            ctx.facts.team_name(team),
            comp
        );
        if titles.coverage != Coverage::Exact {
            out.push(claim(
                ctx,
                all.start(),
                all.end(),
                Kind::Record,
                Verdict::Unverifiable,
                format!("{expl}; {}", titles.note.unwrap_or_default()),
                titles.evidence,
            ));
        } else if got == n {
            out.push(claim(
                ctx,
                all.start(),
                all.end(),
                Kind::Record,
                Verdict::Supported,
                expl,
                titles.evidence,
            ));
        } else {
            out.push(contradicted(
                ctx,
                all.start(),
                all.end(),
                Kind::Record,
                got.to_string(),
                expl,
                titles.evidence,
            ));
        }
    }
}

/// A team written right next to a phrase: "the five-time winners Brazil" or "Brazil, the …".
fn attached_team(ctx: &Ctx<'_>, start: usize, end: usize) -> Option<TeamId> {
    ctx.teams
        .iter()
        .filter(|t| t.teams.len() == 1)
        .find(|t| {
            let after = t.start >= end && ctx.slice(end, t.start).trim().is_empty();
            let before = t.end <= start && {
                let gap = ctx.slice(t.end, start).trim();
                gap == "," || gap == ", the" || gap.is_empty() || gap == "the"
            };
            after || before
        })
        .map(|t| t.teams[0])
}

fn nearest_team(ctx: &Ctx<'_>, s: Sentence, start: usize, end: usize) -> Option<TeamId> {
    let here: Vec<(TeamId, usize)> = ctx
        .teams
        .iter()
        .filter(|t| t.start >= s.start && t.end <= s.end && t.teams.len() == 1)
        .map(|t| {
            (
                t.teams[0],
                if t.end <= start {
                    start - t.end
                } else {
                    t.start.saturating_sub(end)
                },
            )
        })
        .collect();
    if let Some(main) = &ctx.main {
        // "Thomas Muller gave the three-time winners an early lead": the phrase names the
        // scorer's team, the main match side not named elsewhere in the sentence.
        let named: Vec<TeamId> = here.iter().map(|x| x.0).collect();
        if named.is_empty() {
            let scorer_team = ctx
                .names
                .iter()
                .filter(|n| n.start >= s.start && n.end <= start)
                .filter_map(|n| n.player)
                .find_map(|p| {
                    ctx.facts
                        .store()
                        .player_teams(p)
                        .ok()?
                        .into_iter()
                        .find(|t| main.involves(*t))
                });
            return scorer_team;
        }
        if named.len() == 1 && !main.involves(named[0]) {
            return None;
        }
    }
    here.into_iter().min_by_key(|x| x.1).map(|x| x.0)
}

static NTH_TITLE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b(?:won|win|winning|lift(?:ed)?|claim(?:ed)?)\s+the\s+([\p{L}' ]*?(?:World Cup|Euro\w*|Copa America|Copa América|Asian Cup|Gold Cup|Cup of Nations))\s+for the (\w+) time\b|\b(?:world|european) champions for the (\w+) time\b|\ba record (\w+) title\b|\b(?:their|a)\s+(second|third|fourth|fifth)\s+consecutive\s+([\p{L} ]*?(?:Asian Cup|World Cup|Copa America|Euro\w*|title))").expect("regex")
});

/// "won the World Cup for the second time", "world champions for the second time", "a record
/// fourth title", "their second consecutive AFC Asian Cup".
fn nth_title(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    let Some(ed) = ctx.edition.clone() else {
        return;
    };
    for c in find_in(&NTH_TITLE, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        let n = c
            .get(2)
            .or(c.get(3))
            .or(c.get(4))
            .or(c.get(5))
            .and_then(|m| number_word(m.as_str()));
        let Some(n) = n else { continue };
        let consecutive = c.get(5).is_some();
        let record = c.get(4).is_some();
        let team = sentence_teams(ctx, s.start, all.end())
            .into_iter()
            .find(|t| main.involves(*t))
            .or(main.result.winner);
        let Some(team) = team else { continue };
        let comp = ed.competition.clone();
        let after = main.row.date.succ_opt().unwrap_or(main.row.date);
        let Ok(titles) = ctx.titles(team, &comp, after) else {
            continue;
        };
        // The title being won now counts when the article's match decided it.
        let mut list: Vec<Edition> = titles.value.clone();
        let champion_now = ctx.champion(&ed).ok().flatten().map(|c| c.value);
        if champion_now == Some(team) && !list.iter().any(|e| e.year == ed.year) {
            list.push(ed.clone());
        }
        let got = list.len() as u32;
        let years = list
            .iter()
            .map(|e| e.year.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let start = ctx
            .teams
            .iter()
            .filter(|t| t.start >= s.start && t.end <= all.start() && t.teams.contains(&team))
            .map(|t| t.start)
            .next_back()
            .unwrap_or(all.start());
        let start = if all.start() - start > 120 {
            all.start()
        } else {
            start
        };
        let expl = format!(
            "{} {} titles up to {}: {got} ({years})",
            ctx.facts.team_name(team),
            comp,
            main.row.date
        );
        if titles.coverage != Coverage::Exact && !consecutive {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::TournamentRun,
                Verdict::Unverifiable,
                format!("{expl}; {}", titles.note.clone().unwrap_or_default()),
                titles.evidence,
            ));
            continue;
        }
        let ok = if consecutive {
            let eds = ctx.editions(&comp).unwrap_or_default();
            let idx = eds.iter().position(|e| e.year == ed.year);
            let window: Vec<&Edition> = idx
                .filter(|i| i + 1 >= n as usize)
                .map(|i| (0..n as usize).map(|k| &eds[i - k]).collect())
                .unwrap_or_default();
            let champions: Vec<Option<TeamId>> = window
                .iter()
                .map(|e| ctx.champion(e).ok().flatten().map(|c| c.value))
                .collect();
            if champions.iter().any(Option::is_none) || window.is_empty() {
                out.push(claim(
                    ctx,
                    start,
                    all.end(),
                    Kind::TournamentRun,
                    Verdict::Unverifiable,
                    format!("{expl}; an edition in the run has no recorded champion"),
                    titles.evidence,
                ));
                continue;
            }
            champions.iter().all(|c| *c == Some(team))
        } else {
            got == n
        };
        let record_ok = !record || {
            // No other team had reached n titles before.
            let others = ctx
                .facts
                .teams()
                .teams()
                .iter()
                .filter(|t| t.id != team)
                .any(|t| {
                    ctx.titles(t.id, &comp, main.row.date)
                        .map(|x| x.value.len() as u32 >= n)
                        .unwrap_or(false)
                });
            !others
        };
        if ok && record_ok {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::TournamentRun,
                Verdict::Supported,
                expl,
                titles.evidence,
            ));
        } else {
            out.push(contradicted(
                ctx,
                start,
                all.end(),
                Kind::TournamentRun,
                got.to_string(),
                expl,
                titles.evidence,
            ));
        }
    }
}

static FIRST_FINAL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b(?:their|its|a) first(?:[- ]ever)? ([\p{L}' ]*?(?:World Cup|Asian Cup|Copa America|Euro\w*|Cup of Nations|Gold Cup))? ?final\b|\bfirst-time finalists\b|\bthird consecutive (?:[\p{L}' ]*?)final\b").expect("regex")
});

/// "their first Women's World Cup final", "first-time finalists Croatia", "their third
/// consecutive World Cup final".
fn first_final(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    for c in find_in(&FIRST_FINAL, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        let lc = all.as_str().to_ascii_lowercase();
        let comp = c
            .get(1)
            .map(|m| m.as_str())
            .and_then(goalline_facts::tournaments::competition_named)
            .map(|x| x.name)
            .or_else(|| ctx.edition.as_ref().map(|e| e.competition.clone()));
        let Some(comp) = comp else { continue };
        // The team whose finals these are: one attached to the phrase, else the sentence's
        // subject (its first team), else the main match's winner.
        let team = attached_team(ctx, all.start(), all.end())
            .or_else(|| sentence_teams(ctx, s.start, all.start()).into_iter().next())
            .or_else(|| nearest_team(ctx, s, all.start(), all.end()))
            .or(main.result.winner);
        let Some(team) = team else { continue };
        let Ok(eds) = ctx.editions(&comp) else {
            continue;
        };
        let mut finals: Vec<(i32, bool)> = Vec::new(); // (year, appeared)
        let mut unknown = 0;
        for e in eds.iter().filter(|e| e.from <= main.row.date) {
            if !ctx.facts.has_final(e) {
                unknown += 1;
                continue;
            }
            let Ok(ms) = ctx.edition_matches(e) else {
                continue;
            };
            let last = ms.iter().rev().find(|m| {
                if e.wc.is_some() {
                    ctx.facts
                        .store()
                        .wc_info(m.id)
                        .ok()
                        .flatten()
                        .is_some_and(|w| w.stage == Stage::Final)
                } else {
                    true
                }
            });
            if let Some(m) = last {
                // The main edition's final counts even when played after the article ("through
                // to their third consecutive final").
                let current = ctx
                    .edition
                    .as_ref()
                    .is_some_and(|c| c.year == e.year && c.competition == e.competition);
                if m.date <= main.row.date || current {
                    finals.push((e.year, m.home == team || m.away == team));
                }
            }
        }
        let current_year = ctx
            .edition
            .as_ref()
            .filter(|e| e.competition == comp)
            .map(|e| e.year);
        let before: Vec<i32> = finals
            .iter()
            .filter(|(y, a)| *a && Some(*y) != current_year)
            .map(|(y, _)| *y)
            .collect();
        let start = all.start();
        let expl = format!(
            "{} {} finals before {}: {}",
            ctx.facts.team_name(team),
            comp,
            main.row.date,
            if before.is_empty() {
                "none".to_string()
            } else {
                before
                    .iter()
                    .map(|y| y.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        );
        // Editions without a final match cannot hold an earlier final appearance.
        let _ = unknown;
        if lc.contains("third consecutive") {
            let appearances: Vec<i32> =
                finals.iter().filter(|(_, a)| *a).map(|(y, _)| *y).collect();
            let ok = finals.len() >= 3 && finals[finals.len() - 3..].iter().all(|(_, a)| *a);
            let expl = format!(
                "{} finals: {}",
                ctx.facts.team_name(team),
                appearances
                    .iter()
                    .map(|y| y.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Record,
                if ok {
                    Verdict::Supported
                } else {
                    Verdict::Unverifiable
                },
                expl,
                vec![],
            ));
            continue;
        }
        if before.is_empty() {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Record,
                Verdict::Supported,
                expl,
                vec![],
            ));
        } else {
            out.push(contradicted(
                ctx,
                start,
                all.end(),
                Kind::Record,
                format!("earlier finals: {before:?}"),
                expl,
                vec![],
            ));
        }
    }
}

static BEST_SINCE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\bbest (?:showing|finish|performance|result|run)\b(?u:[^.]){0,60}?\bsince (\d{4})\b").expect("regex")
});

fn best_since(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&BEST_SINCE, ctx, s) {
        let (Some(all), Some(yw)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let Ok(since) = yw.as_str().parse::<i32>() else {
            continue;
        };
        let Some(team) = sentence_teams(ctx, s.start, s.end)
            .into_iter()
            .next()
            .or_else(|| ctx.main.as_ref().map(|m| m.row.home))
        else {
            continue;
        };
        // The edition meant: a year written in the sentence other than `since`, else the main one.
        let cue = time_cue(ctx, s.start, all.start());
        let year = cue
            .edition
            .as_ref()
            .and_then(|e| e.1)
            .or(cue.year)
            .filter(|y| *y != since);
        let comp = wc_name(ctx.gender);
        let ed = match year {
            Some(y) => ctx.edition(comp, Some(y), None).ok().flatten(),
            None => ctx.edition.clone(),
        };
        let Some(ed) = ed else { continue };
        let Ok(runs) = ctx.wc_runs(team, ctx.gender, ed.to.succ_opt().unwrap_or(ed.to)) else {
            continue;
        };
        let depth = |r: &goalline_facts::tournaments::Run| {
            r.position
                .map(|p| 10 - p as i32)
                .unwrap_or(0)
                .max(r.stage.map(|s| s.depth() as i32).unwrap_or(-1))
        };
        let Some((_, now)) = runs.iter().find(|(e, _)| e.year == ed.year) else {
            continue;
        };
        let now_d = depth(&now.value);
        let between: Vec<_> = runs
            .iter()
            .filter(|(e, _)| e.year > since && e.year < ed.year)
            .collect();
        let at_since = runs.iter().find(|(e, _)| e.year == since);
        let better_between = between.iter().any(|(_, r)| depth(&r.value) >= now_d);
        let since_ok = at_since.is_some_and(|(_, r)| depth(&r.value) >= now_d);
        let expl = format!(
            "{} at World Cups: {}",
            ctx.facts.team_name(team),
            runs.iter()
                .filter(|(e, _)| e.year >= since)
                .map(|(e, r)| format!(
                    "{} {}",
                    e.year,
                    r.value
                        .position
                        .map(|p| format!("#{p}"))
                        .or(r.value.stage.map(|s| s.label().to_string()))
                        .unwrap_or_default()
                ))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let start = s.start.max(all.start().saturating_sub(0));
        if !better_between && since_ok {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::TournamentRun,
                Verdict::Supported,
                expl,
                vec![],
            ));
        } else {
            out.push(contradicted(
                ctx,
                start,
                all.end(),
                Kind::TournamentRun,
                "not the best since then".into(),
                expl,
                vec![],
            ));
        }
    }
}

static FINISH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b([Tt]hird|[Ff]ourth|[Ss]econd)[- ]place finish at the (\d{4}) (?:Women['’]s )?World Cup").expect("regex")
});

fn finish_position(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&FINISH, ctx, s) {
        let (Some(all), Some(pos), Some(y)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let Some(pos) = number_word(pos.as_str()) else {
            continue;
        };
        let Ok(year) = y.as_str().parse::<i32>() else {
            continue;
        };
        let team = sentence_teams(ctx, s.start, s.end)
            .into_iter()
            .next()
            .or_else(|| ctx.ranked_teams().first().copied());
        let Some(team) = team else { continue };
        let Ok(Some(ed)) = ctx.edition(wc_name(ctx.gender), Some(year), None) else {
            continue;
        };
        let Ok(st) = ctx.facts.store().standings(ed.wc.as_deref(), Some(team)) else {
            continue;
        };
        let ev: Vec<_> = st.iter().map(|x| x.evidence.clone()).collect();
        match st.first() {
            Some(x) if x.position == pos => out.push(claim(
                ctx,
                all.start(),
                all.end(),
                Kind::TournamentRun,
                Verdict::Supported,
                x.evidence.text.clone(),
                ev,
            )),
            Some(x) => out.push(contradicted(
                ctx,
                all.start(),
                all.end(),
                Kind::TournamentRun,
                x.position.to_string(),
                x.evidence.text.clone(),
                ev,
            )),
            None => out.push(contradicted(
                ctx,
                all.start(),
                all.end(),
                Kind::TournamentRun,
                "outside the top four".into(),
                format!(
                    "{} did not finish in the top four of {}",
                    ctx.facts.team_name(team),
                    ed.label
                ),
                vec![],
            )),
        }
    }
}

static BIGGEST: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i-u)\b(?:biggest|heaviest|worst|record) (World Cup )?(defeat|loss|win|victory)\b",
    )
    .expect("regex")
});

fn biggest_defeat(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    for c in find_in(&BIGGEST, ctx, s) {
        let (Some(all), Some(kind)) = (c.get(0), c.get(2)) else {
            continue;
        };
        let defeat = matches!(
            kind.as_str().to_ascii_lowercase().as_str(),
            "defeat" | "loss"
        );
        let wc_only = c.get(1).is_some();
        let team = if defeat {
            main.result.winner.map(|w| main.opponent(w))
        } else {
            main.result.winner
        };
        let Some(team) = team else { continue };
        let named = sentence_teams(ctx, s.start, s.end);
        // "Germany inflicted their heaviest defeat": the loser is meant whoever is named.
        if !named.is_empty() && !named.iter().any(|t| main.involves(*t)) {
            continue;
        }
        let margin = |m: &goalline_store::MatchRow| -> Option<i64> {
            Some(m.goals_for(m.opponent(team))? as i64 - m.goals_for(team)? as i64)
        };
        let Some(this) = margin(&main.row) else {
            continue;
        };
        let Ok(ms) = ctx
            .facts
            .store()
            .team_matches(team, None, Some(main.row.date))
        else {
            continue;
        };
        let mut worst: Option<(i64, &goalline_store::MatchRow)> = None;
        for m in ms.iter().filter(|m| {
            m.gender == ctx.gender
                && m.id != main.row.id
                && (!wc_only || m.tournament == main.row.tournament)
        }) {
            if let Some(x) = margin(m) {
                let x = if defeat { x } else { -x };
                if worst.is_none_or(|(w, _)| x > w) {
                    worst = Some((x, m));
                }
            }
        }
        let this_v = if defeat { this } else { -this };
        let expl = match worst {
            Some((w, m)) => format!(
                "this margin {this_v}; previous worst {w}: {}",
                m.evidence.text
            ),
            None => "no earlier match".into(),
        };
        let start = if all.start() > s.start + 15 {
            ctx.slice(s.start, all.start())
                .rfind(' ')
                .map(|i| s.start + i + 1)
                .unwrap_or(all.start())
        } else {
            s.start
        };
        let start = ctx
            .slice(s.start, all.start())
            .rfind([',', '-'])
            .map(|i| s.start + i + 1)
            .unwrap_or(s.start)
            .max(start.min(all.start()));
        let (start, _) = crate::text::trim(ctx.text, start, all.start());
        match worst {
            Some((w, _)) if this_v >= w => out.push(claim(ctx, start, all.end(), Kind::Record, Verdict::Supported, expl, vec![main.row.evidence.clone()])),
            Some(_) => out.push(claim(ctx, start, all.end(), Kind::Record, Verdict::Unverifiable, format!("an earlier match had a bigger margin ({expl}); 'biggest' may be meant within a narrower set"), vec![main.row.evidence.clone()])),
            None => out.push(claim(ctx, start, all.end(), Kind::Record, Verdict::Supported, expl, vec![main.row.evidence.clone()])),
        }
    }
}

static TEAM_RECORD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b(?:(?:in(?:to)? a )?tie with (\p{Lu}[\p{L}' ]+?) for the most goals|level with (\p{Lu}[\p{L}' ]+?)(?:'s|’s)? (?:record|tally)|drawn level with (\p{Lu}[\p{L}' ]+?)\b|surpass(?:ed|ing)? (\p{Lu}[\p{L}' ]+?) as the (?:outright )?record|all-time (?:leading |top )+(?:goal)?scorer|record (?:goal)?scorer for)").expect("regex")
});

/// National-team scoring records need exact career tallies; without a snapshot they are
/// UNVERIFIABLE (martj42 has no friendlies).
fn team_scoring_record(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&TEAM_RECORD, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        let start = ctx
            .slice(s.start, all.start())
            .rfind([',', ';'])
            .map(|i| s.start + i + 1)
            .unwrap_or(all.start());
        let (start, _) = crate::text::trim(ctx.text, start, all.start());
        let start = if all.start() - start > 60 {
            all.start()
        } else {
            start
        };
        let mut end = all.end();
        let tail = &ctx.slice(end, s.end);
        if let Some(i) = tail.find([',', '.', ';']) {
            if i < 50 {
                end += i;
            }
        } else if tail.len() < 50 {
            end = s.end;
        }
        let (_, end) = crate::text::trim(ctx.text, start, end);
        out.push(claim(ctx, start, end, Kind::Record, Verdict::Unverifiable, "career scoring records need exact tallies of every player involved; scorer data has no friendlies, so the tallies are only bounded", vec![]));
    }
}

static STREAK: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(won|lost|drawn|unbeaten in|winless in)\s+(?:their|its|the|his|her)\s+(?:previous|last|past)\s+(\w+)\s+(?:consecutive\s+|straight\s+)?(?:meetings|matches|games|encounters)\s+(?:with|against)\b").expect("regex")
});

/// "had won their previous 10 consecutive meetings with Portugal": the head-to-head streak
/// before the article's match (martj42 has every result).
fn h2h_streak(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    for c in find_in(&STREAK, ctx, s) {
        let (Some(all), Some(verb), Some(nw)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let Some(n) = number_word(nw.as_str()) else {
            continue;
        };
        let Some(opp_m) = ctx
            .teams
            .iter()
            .find(|t| t.start >= all.end() && t.start <= all.end() + 2 && t.teams.len() == 1)
        else {
            continue;
        };
        let opp = opp_m.teams[0];
        let subject = sentence_teams(ctx, s.start, all.start())
            .into_iter()
            .find(|t| *t != opp)
            .or_else(|| main.involves(opp).then(|| main.opponent(opp)));
        let Some(team) = subject else { continue };
        let Ok(h) = ctx
            .facts
            .head_to_head(team, opp, main.row.date.pred_opt(), ctx.gender)
        else {
            continue;
        };
        let verb = verb.as_str().to_ascii_lowercase();
        let result = |m: &goalline_store::MatchRow| -> Option<std::cmp::Ordering> {
            Some(m.goals_for(team)?.cmp(&m.goals_for(opp)?))
        };
        let fits = |o: std::cmp::Ordering| match verb.as_str() {
            "won" => o == std::cmp::Ordering::Greater,
            "lost" => o == std::cmp::Ordering::Less,
            "drawn" => o == std::cmp::Ordering::Equal,
            "unbeaten in" => o != std::cmp::Ordering::Less,
            _ => o != std::cmp::Ordering::Greater,
        };
        let mut streak = 0;
        let mut evidence = Vec::new();
        let mut broke = None;
        for m in h.value.matches.iter().rev() {
            match result(m) {
                Some(o) if fits(o) => {
                    streak += 1;
                    evidence.push(m.evidence.clone());
                }
                Some(_) => {
                    broke = Some(m.evidence.text.clone());
                    break;
                }
                None => break,
            }
        }
        let end = opp_m.end;
        let start = ctx
            .teams
            .iter()
            .filter(|t| t.start >= s.start && t.end <= all.start() && t.teams.contains(&team))
            .map(|t| t.start)
            .next_back()
            .unwrap_or(all.start());
        let expl = format!(
            "{} {verb} {streak} consecutive meetings with {} before {}{}",
            ctx.facts.team_name(team),
            ctx.facts.team_name(opp),
            main.row.date,
            broke
                .map(|b| format!("; the run began after {b}"))
                .unwrap_or_default()
        );
        evidence.truncate(4);
        if streak >= n {
            // "won their previous 8" is literally true of a run of 9; the explanation gives the run.
            out.push(claim(
                ctx,
                start,
                end,
                Kind::Record,
                Verdict::Supported,
                expl,
                evidence,
            ));
        } else {
            out.push(contradicted(
                ctx,
                start,
                end,
                Kind::Record,
                streak.to_string(),
                expl,
                evidence,
            ));
        }
    }
}

/// The competitions that count as "major" for a team: the World Cup, the Confederations Cup
/// and the team's continental championship.
fn majors(ctx: &Ctx<'_>, team: TeamId) -> Vec<&'static str> {
    let conf = ctx
        .facts
        .teams()
        .team(team)
        .and_then(|t| t.confederation.clone())
        .unwrap_or_default();
    let mut v = vec!["FIFA World Cup", "Confederations Cup"];
    v.push(match conf.as_str() {
        "UEFA" => "UEFA Euro",
        "CONMEBOL" => "Copa América",
        "CAF" => "African Cup of Nations",
        "AFC" => "AFC Asian Cup",
        "CONCACAF" => "Gold Cup",
        _ => "",
    });
    v.retain(|c| !c.is_empty());
    v
}

static MAJOR: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b(?:(?:the )?first time (?:that )?(\p{Lu}[\p{L} ]*?) (?:have|has|had) won a major (?:tournament|title|trophy)|(?:have|has|had) won (?:their|its) first major (?:\w+ )?(?:title|trophy|tournament|honour) in (\w+) years)").expect("regex")
});

/// "This is the first time Portugal have won a major tournament"; "Argentina have won their
/// first major football title in 28 years". Majors: World Cup, Confederations Cup and the
/// team's continental championship; exact only when every such edition's champion is known.
fn major_titles(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    for c in find_in(&MAJOR, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        let team = sentence_teams(ctx, s.start, all.end())
            .into_iter()
            .next()
            .or(main.result.winner);
        let Some(team) = team else { continue };
        let before = main.row.date;
        let mut won: Vec<(i32, String)> = Vec::new();
        let mut unknown_after: Vec<String> = Vec::new();
        for comp in majors(ctx, team) {
            for e in ctx
                .editions(comp)
                .unwrap_or_default()
                .into_iter()
                .filter(|e| e.to < before)
            {
                match ctx.champion(&e).ok().flatten() {
                    Some(ch) if ch.value == team => won.push((e.year, e.label.clone())),
                    Some(_) => {}
                    None => unknown_after.push(e.label.clone()),
                }
            }
        }
        won.sort();
        let champion_now = ctx
            .edition
            .clone()
            .and_then(|e| ctx.champion(&e).ok().flatten())
            .map(|c| c.value)
            == Some(team);
        let start = ctx
            .teams
            .iter()
            .filter(|t| t.start >= s.start && t.end <= all.end() && t.teams.contains(&team))
            .map(|t| t.start)
            .next()
            .unwrap_or(all.start())
            .min(all.start());
        let listed = won
            .iter()
            .map(|w| w.1.clone())
            .collect::<Vec<_>>()
            .join(", ");
        if let Some(nw) = c.get(2) {
            let Some(n) = number_word(nw.as_str()).or_else(|| nw.as_str().parse().ok()) else {
                continue;
            };
            let year = goalline_core::Datelike::year(&before);
            let last = won.last().map(|w| w.0);
            let unknown_since: Vec<&String> = unknown_after
                .iter()
                .filter(|l| {
                    l.chars()
                        .rev()
                        .take(4)
                        .collect::<String>()
                        .chars()
                        .rev()
                        .collect::<String>()
                        .parse::<i32>()
                        .is_ok_and(|y| last.is_none_or(|l| y > l))
                })
                .collect();
            let expl = format!(
                "{} major titles before {before}: {}",
                ctx.facts.team_name(team),
                if listed.is_empty() {
                    "none".into()
                } else {
                    listed.clone()
                }
            );
            match last {
                Some(l) if unknown_since.is_empty() && champion_now && year - l == n as i32 => out
                    .push(claim(
                        ctx,
                        start,
                        all.end(),
                        Kind::Record,
                        Verdict::Supported,
                        expl,
                        vec![],
                    )),
                Some(l) if unknown_since.is_empty() && champion_now => out.push(contradicted(
                    ctx,
                    start,
                    all.end(),
                    Kind::Record,
                    format!("{} years (last title {l})", year - l),
                    expl,
                    vec![],
                )),
                _ => out.push(claim(
                    ctx,
                    start,
                    all.end(),
                    Kind::Record,
                    Verdict::Unverifiable,
                    format!("{expl}; some editions have no recorded champion"),
                    vec![],
                )),
            }
            continue;
        }
        let expl = format!(
            "{} major titles before {before}: {}",
            ctx.facts.team_name(team),
            if listed.is_empty() {
                "none".into()
            } else {
                listed.clone()
            }
        );
        if !won.is_empty() {
            out.push(contradicted(
                ctx,
                start,
                all.end(),
                Kind::Record,
                listed,
                expl,
                vec![],
            ));
        } else if unknown_after.is_empty() && champion_now {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Record,
                Verdict::Supported,
                expl,
                vec![],
            ));
        } else {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Record,
                Verdict::Unverifiable,
                format!("{expl}; champions unknown for {}", unknown_after.join(", ")),
                vec![],
            ));
        }
    }
}

static FIRST_IN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\bfirst (competitive |major )?(home |away )?(defeat|loss|win|victory) (?:in|for) (\w+) years\b").expect("regex")
});

/// "their first competitive home defeat in 39 years": the previous such result of the team.
fn first_in_years(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    for c in find_in(&FIRST_IN, ctx, s) {
        let (Some(all), Some(what), Some(nw)) = (c.get(0), c.get(3), c.get(4)) else {
            continue;
        };
        let Some(n) = number_word(nw.as_str()).or_else(|| nw.as_str().parse().ok()) else {
            continue;
        };
        let defeat = matches!(
            what.as_str().to_ascii_lowercase().as_str(),
            "defeat" | "loss"
        );
        let competitive = c
            .get(1)
            .is_some_and(|m| m.as_str().to_ascii_lowercase().starts_with("competitive"));
        let home = c.get(2).map(|m| m.as_str().trim().to_ascii_lowercase());
        let team = if defeat {
            main.result.winner.map(|w| main.opponent(w))
        } else {
            main.result.winner
        };
        let Some(team) = team else { continue };
        let team_name = ctx.facts.team_name(team).to_string();
        let fits = |m: &goalline_store::MatchRow| -> bool {
            let (Some(f), Some(a)) = (m.goals_for(team), m.goals_for(m.opponent(team))) else {
                return false;
            };
            let result_ok = if defeat { f < a } else { f > a };
            let comp_ok = !competitive || m.tournament != "Friendly";
            let at_home = m.country.as_deref() == Some(team_name.as_str());
            let home_ok = match home.as_deref() {
                Some("home") => at_home,
                Some("away") => !at_home,
                _ => true,
            };
            result_ok && comp_ok && home_ok
        };
        if !fits(&main.row) {
            continue;
        }
        let Ok(ms) = ctx
            .facts
            .store()
            .team_matches(team, None, main.row.date.pred_opt())
        else {
            continue;
        };
        let prev = ms
            .iter()
            .rev()
            .filter(|m| m.gender == ctx.gender)
            .find(|m| fits(m));
        let start = if all.start() > s.start + 40 {
            all.start()
        } else {
            s.start
        };
        match prev {
            Some(p) => {
                // Journalists count calendar years (1975 → 2014 is "39 years").
                let years = goalline_core::Datelike::year(&main.row.date)
                    - goalline_core::Datelike::year(&p.date);
                let expl = format!("previous one: {} ({years} years before)", p.evidence.text);
                if years == n as i32 {
                    out.push(claim(
                        ctx,
                        start,
                        all.end(),
                        Kind::Record,
                        Verdict::Supported,
                        expl,
                        vec![p.evidence.clone(), main.row.evidence.clone()],
                    ));
                } else {
                    out.push(contradicted(
                        ctx,
                        start,
                        all.end(),
                        Kind::Record,
                        format!("{years} years"),
                        expl,
                        vec![p.evidence.clone()],
                    ));
                }
            }
            None => out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Record,
                Verdict::Unverifiable,
                "no earlier such result in the data",
                vec![],
            )),
        }
    }
}

static NTH_HAT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\bthe (second|third|fourth|fifth|sixth) (?:male |female )?(\p{Lu}\p{L}+) player to (?:score (?:a hat-trick|a hat trick|thrice|three goals)) in a (?:World Cup|Women's World Cup) (?:match|game)").expect("regex")
});

/// "the third male England player to score thrice in a World Cup match": distinct players
/// with three or more goals in one World Cup match, in order (Fjelstul has every goal).
fn nth_team_hat_trick(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&NTH_HAT, ctx, s) {
        let (Some(all), Some(ord), Some(team_w)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let Some(k) = number_word(ord.as_str()) else {
            continue;
        };
        let Ok(team) = ctx.facts.team(team_w.as_str(), None, Some(ctx.gender)) else {
            continue;
        };
        let Some(p) = ctx
            .names
            .iter()
            .rfind(|n| n.end <= all.start() && n.player.is_some())
            .and_then(|n| n.player)
        else {
            continue;
        };
        let Ok(ts) = ctx.facts.store().wc_tournaments() else {
            continue;
        };
        let mut order: Vec<(goalline_core::Date, goalline_core::PlayerId, String)> = Vec::new();
        for t in ts.iter().filter(|t| t.gender == ctx.gender) {
            let Ok(goals) = ctx.facts.store().tournament_wc_goals(&t.id) else {
                continue;
            };
            let mut per: std::collections::HashMap<
                (goalline_core::MatchId, goalline_core::PlayerId),
                (u32, goalline_core::Date, String),
            > = Default::default();
            for g in goals.iter().filter(|g| g.team == team && !g.own_goal) {
                let e =
                    per.entry((g.match_id, g.player))
                        .or_insert((0, g.date, g.player_name.clone()));
                e.0 += 1;
            }
            for ((_, pl), (n, d, name)) in per {
                if n >= 3 && !order.iter().any(|o| o.1 == pl) {
                    order.push((d, pl, name));
                }
            }
        }
        order.sort();
        let names = order
            .iter()
            .map(|o| format!("{} ({})", o.2, goalline_core::Datelike::year(&o.0)))
            .collect::<Vec<_>>()
            .join(", ");
        let pos = order.iter().position(|o| o.1 == p);
        let start = all.start();
        match pos {
            Some(i) if i + 1 == k as usize => out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Record,
                Verdict::Supported,
                format!("World Cup hat-tricks for {}: {names}", team_w.as_str()),
                vec![],
            )),
            Some(i) => out.push(contradicted(
                ctx,
                start,
                all.end(),
                Kind::Record,
                format!("number {}", i + 1),
                format!("World Cup hat-tricks for {}: {names}", team_w.as_str()),
                vec![],
            )),
            None => out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Record,
                Verdict::Unverifiable,
                format!(
                    "no World Cup hat-trick by this player for {}: {names}",
                    team_w.as_str()
                ),
                vec![],
            )),
        }
    }
}

static FIRST_KO: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\bfirst(?:[- ]ever)? (win|victory) in (?:the )?knockout (?:stages?|rounds?|phase) of (?:the )?(?:World Cup|Women's World Cup)").expect("regex")
});

/// "Norway's first ever win in the knockout stages of the World Cup".
fn first_knockout_win(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    for c in find_in(&FIRST_KO, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        let Some(team) = main.result.winner else {
            continue;
        };
        let Ok(all_wc) = ctx.facts.store().wc_matches(None) else {
            continue;
        };
        let earlier: Vec<_> = all_wc
            .iter()
            .filter(|w| {
                w.gender == ctx.gender
                    && w.date < main.row.date
                    && w.stage.is_knockout()
                    && w.winner() == Some(team)
            })
            .collect();
        let start = ctx
            .teams
            .iter()
            .filter(|t| {
                t.end <= all.start() && t.start + 40 >= all.start() && t.teams.contains(&team)
            })
            .map(|t| t.start)
            .next_back()
            .unwrap_or(all.start());
        let knockout_now = main.stage.map(|st| st.is_knockout());
        match earlier.first() {
            None if knockout_now == Some(true) => out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Record,
                Verdict::Supported,
                format!(
                    "{} had no World Cup knockout win before {}",
                    ctx.facts.team_name(team),
                    main.row.date
                ),
                vec![main.row.evidence.clone()],
            )),
            None => out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Record,
                Verdict::Unverifiable,
                "the stage of this match is not recorded",
                vec![main.row.evidence.clone()],
            )),
            Some(w) => out.push(contradicted(
                ctx,
                start,
                all.end(),
                Kind::Record,
                w.evidence.text.clone(),
                format!("an earlier knockout win: {}", w.evidence.text),
                vec![w.evidence.clone()],
            )),
        }
    }
}

static FORM: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(?:(unbeaten|winless) in (?:their|its|the)? ?(?:last|previous|past)? ?(\w+) (?:matches|games|internationals)|(\w+)(?:-match|-game) (unbeaten|winning|losing) (?:run|streak)|(?:won|lost) (?:their|its)? ?(?:last|previous)? ?(\w+) (?:matches|games) in a row|(\w+) (consecutive|straight) (wins|victories|defeats|losses|draws))\b").expect("regex")
});

/// Team form before the article's match: "unbeaten in 10 matches", "a five-match winning
/// run", "four consecutive wins" (martj42 has every result).
fn team_form(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    for c in find_in(&FORM, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        let lc = all.as_str().to_ascii_lowercase();
        let n = [c.get(2), c.get(3), c.get(5), c.get(6)]
            .into_iter()
            .flatten()
            .find_map(|m| number_word(m.as_str()).or_else(|| m.as_str().parse().ok()));
        let Some(n) = n else { continue };
        let kind = if lc.contains("unbeaten") {
            "unbeaten"
        } else if lc.contains("winless") {
            "winless"
        } else if lc.contains("win") || lc.contains("victor") || lc.starts_with("won") {
            "won"
        } else if lc.contains("los") || lc.contains("defeat") {
            "lost"
        } else {
            "drawn"
        };
        let team = sentence_teams(ctx, s.start, all.start())
            .into_iter()
            .last()
            .or_else(|| sentence_teams(ctx, s.start, s.end).into_iter().next());
        let Some(team) = team else { continue };
        // The run meant ends either before the article's match or with it: both are reported.
        let Ok(ms) = ctx
            .facts
            .store()
            .team_matches(team, None, Some(main.row.date))
        else {
            continue;
        };
        let fits = |m: &goalline_store::MatchRow| -> Option<bool> {
            let (f, a) = (m.goals_for(team)?, m.goals_for(m.opponent(team))?);
            Some(match kind {
                "unbeaten" => f >= a,
                "winless" => f <= a,
                "won" => f > a,
                "lost" => f < a,
                _ => f == a,
            })
        };
        let streak = |skip_main: bool| -> u32 {
            let mut k = 0;
            for m in ms
                .iter()
                .rev()
                .filter(|m| m.gender == ctx.gender)
                .filter(|m| !skip_main || m.id != main.row.id)
            {
                match fits(m) {
                    Some(true) => k += 1,
                    _ => break,
                }
            }
            k
        };
        let (with_main, before_main) = (streak(false), streak(true));
        let start = ctx
            .teams
            .iter()
            .filter(|t| t.start >= s.start && t.end <= all.start() && t.teams.contains(&team))
            .map(|t| t.start)
            .next_back()
            .filter(|&x| all.start() - x < 60)
            .unwrap_or(all.start());
        let expl = format!(
            "{} run ({kind}): {before_main} matches before {}, {with_main} including it",
            ctx.facts.team_name(team),
            main.row.date
        );
        if with_main == n || before_main == n {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Record,
                Verdict::Supported,
                expl,
                vec![main.row.evidence.clone()],
            ));
        } else if with_main > n || before_main > n {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::Record,
                Verdict::Supported,
                format!("{expl} (the run is longer than stated)"),
                vec![main.row.evidence.clone()],
            ));
        } else {
            out.push(contradicted(
                ctx,
                start,
                all.end(),
                Kind::Record,
                format!("{}", with_main.max(before_main)),
                expl,
                vec![main.row.evidence.clone()],
            ));
        }
    }
}

static WIN_SINCE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\bfirst (?:win|victory) (?:over|against) (\p{Lu}[\p{L} ]*?) (?:since (\d{4})|in (\w+) years)\b").expect("regex")
});

/// "their first win over Germany since 1966", "first victory against Brazil in 20 years".
fn first_win_over_since(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    for c in find_in(&WIN_SINCE, ctx, s) {
        let (Some(all), Some(opp_w)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let Ok(opp) = ctx
            .facts
            .team(opp_w.as_str(), Some(main.row.date), Some(ctx.gender))
        else {
            continue;
        };
        if !main.involves(opp) {
            continue;
        }
        let team = main.opponent(opp);
        if main.result.winner != Some(team) {
            continue;
        }
        let Ok(h) = ctx
            .facts
            .head_to_head(team, opp, main.row.date.pred_opt(), ctx.gender)
        else {
            continue;
        };
        let prev = h.value.matches.iter().rev().find(|m| {
            m.goals_for(team)
                .zip(m.goals_for(opp))
                .is_some_and(|(f, a)| f > a)
        });
        let year_now = goalline_core::Datelike::year(&main.row.date);
        let claimed_year: Option<i32> =
            c.get(2).and_then(|y| y.as_str().parse().ok()).or_else(|| {
                c.get(3)
                    .and_then(|n| number_word(n.as_str()).or_else(|| n.as_str().parse().ok()))
                    .map(|n| year_now - n as i32)
            });
        let Some(cy) = claimed_year else { continue };
        match prev {
            Some(p) => {
                let py = goalline_core::Datelike::year(&p.date);
                let expl = format!("previous win: {}", p.evidence.text);
                if py == cy {
                    out.push(claim(
                        ctx,
                        all.start(),
                        all.end(),
                        Kind::Record,
                        Verdict::Supported,
                        expl,
                        vec![p.evidence.clone()],
                    ));
                } else {
                    out.push(contradicted(
                        ctx,
                        all.start(),
                        all.end(),
                        Kind::Record,
                        py.to_string(),
                        expl,
                        vec![p.evidence.clone()],
                    ));
                }
            }
            None => out.push(contradicted(
                ctx,
                all.start(),
                all.end(),
                Kind::Record,
                "never before".into(),
                format!(
                    "{} had never beaten {} before",
                    ctx.facts.team_name(team),
                    ctx.facts.team_name(opp)
                ),
                vec![],
            )),
        }
    }
}

static PERSONAL_FIRST: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(?:his|her) first (?:international |senior )?(hat-?trick|hat trick|brace|two-goal performance|two-goal game|goal)s?\b").expect("regex")
});

/// "his first international hat trick", "His first two-goal performance for his country":
/// a player's firsts need every match of his career with scorer data, and friendlies have none.
fn first_personal_feat(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&PERSONAL_FIRST, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        if out
            .iter()
            .any(|o| o.start <= all.start() && all.end() <= o.end && o.kind == Kind::NthGoal)
        {
            continue;
        }
        let (cs, ce) = super::clause(ctx, s, all.start(), all.end());
        let (cs, ce) = crate::text::trim(ctx.text, cs, ce);
        let ce = if ctx.slice(0, ce).ends_with('.') {
            ce - 1
        } else {
            ce
        };
        out.push(claim(ctx, cs, ce, Kind::Record, Verdict::Unverifiable, "a player's firsts need scorer data for every match of the career; friendlies have none", vec![]));
    }
}

static RUNNERS_UP: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\brunners-up (?:at|in) (\w+) of the (?:past|last|previous) (\w+) (?:tournaments|editions)").expect("regex")
});

/// "Copa runners-up at four of the past seven tournaments": losers of the last matches of the
/// previous editions that ended with a final.
fn runners_up(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    let Some(ed) = ctx.edition.clone() else {
        return;
    };
    for c in find_in(&RUNNERS_UP, ctx, s) {
        let (Some(all), Some(kw), Some(nw)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let (Some(k), Some(n)) = (number_word(kw.as_str()), number_word(nw.as_str())) else {
            continue;
        };
        let Some(team) = sentence_teams(ctx, s.start, all.start()).into_iter().next() else {
            continue;
        };
        let eds: Vec<Edition> = ctx
            .editions(&ed.competition)
            .unwrap_or_default()
            .into_iter()
            .filter(|e| e.to < main.row.date)
            .collect();
        let last: Vec<&Edition> = eds.iter().rev().take(n as usize).collect();
        let mut count = 0;
        let mut unknown = 0;
        let mut years = Vec::new();
        for e in &last {
            if !ctx.facts.has_final(e) {
                unknown += 1;
                continue;
            }
            let ms = ctx.edition_matches(e).unwrap_or_default();
            let Some(fin) = ms.last() else { continue };
            let Ok(mf) = ctx.match_facts(fin.id) else {
                continue;
            };
            match mf.result.winner {
                Some(w) if mf.involves(team) && w != team => {
                    count += 1;
                    years.push(e.year);
                }
                None => unknown += 1,
                _ => {}
            }
        }
        let start = ctx
            .teams
            .iter()
            .filter(|t| t.start >= s.start && t.end <= all.start() && t.teams.contains(&team))
            .map(|t| t.start)
            .next_back()
            .unwrap_or(all.start());
        let expl = format!(
            "{} runners-up in {count} of the last {n} editions ({})",
            ctx.facts.team_name(team),
            years
                .iter()
                .map(|y| y.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        if unknown > 0 {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::TournamentRun,
                Verdict::Unverifiable,
                format!("{expl}; {unknown} editions without a known final"),
                vec![],
            ));
        } else if count == k {
            out.push(claim(
                ctx,
                start,
                all.end(),
                Kind::TournamentRun,
                Verdict::Supported,
                expl,
                vec![],
            ));
        } else {
            out.push(contradicted(
                ctx,
                start,
                all.end(),
                Kind::TournamentRun,
                count.to_string(),
                expl,
                vec![],
            ));
        }
    }
}

static FINAL_EVENT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\bthe first (?:(?:World Cup|Women's World Cup) )?final (own goal|hat-?trick|penalty)\b|\bthe first (own goal|hat-?trick|hat trick) (?:ever )?(?:to (?:ever )?be scored )?in an? (?:World Cup )?final\b").expect("regex")
});

/// "the first final own goal", "the first hat-trick in a World Cup final": World Cup finals
/// (Fjelstul records every goal), the article's gender only.
fn first_final_event(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(main) = ctx.main.clone() else { return };
    if main.wc.is_none() || main.stage != Some(Stage::Final) {
        return;
    }
    for c in find_in(&FINAL_EVENT, ctx, s) {
        let (Some(all), Some(what)) = (c.get(0), c.get(1).or(c.get(2))) else {
            continue;
        };
        let w = what.as_str().to_ascii_lowercase();
        let Ok(all_wc) = ctx.facts.store().wc_matches(None) else {
            continue;
        };
        let finals: Vec<_> = all_wc
            .iter()
            .filter(|m| {
                m.gender == ctx.gender && m.stage == Stage::Final && m.date <= main.row.date
            })
            .collect();
        let mut first: Option<goalline_core::Date> = None;
        for f in &finals {
            let goals = ctx
                .facts
                .store()
                .match_wc_goals(f.match_id)
                .unwrap_or_default();
            let hit = if w.contains("own") {
                goals.iter().any(|g| g.own_goal)
            } else if w.contains("pen") {
                goals.iter().any(|g| g.penalty)
            } else {
                let mut per: std::collections::HashMap<goalline_core::PlayerId, u32> =
                    Default::default();
                for g in goals.iter().filter(|g| !g.own_goal) {
                    *per.entry(g.player).or_default() += 1;
                }
                per.values().any(|n| *n >= 3)
            };
            if hit && first.is_none_or(|d| f.date < d) {
                first = Some(f.date);
            }
        }
        match first {
            Some(d) if d == main.row.date => out.push(claim(
                ctx,
                all.start(),
                all.end(),
                Kind::Record,
                Verdict::Supported,
                format!("no earlier World Cup final had one; this final ({d}) did"),
                vec![main.row.evidence.clone()],
            )),
            Some(d) => out.push(contradicted(
                ctx,
                all.start(),
                all.end(),
                Kind::Record,
                d.to_string(),
                format!("an earlier final already had one: {d}"),
                vec![],
            )),
            None => out.push(contradicted(
                ctx,
                all.start(),
                all.end(),
                Kind::Record,
                "none in this final".into(),
                "this final had none".to_string(),
                vec![],
            )),
        }
    }
}

static UNCHECKED_RECORD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(?:only )?the (?:first|second|third|fourth|fifth) (?:\w+ ){0,4}(?:man|woman|player|englishman|scotsman|team|side|nation|country|coach|manager|goalkeeper|striker|captain)\b(?: \w+){0,3} to\b").expect("regex")
});

/// Records and firsts the engine has no rule for ("only the second Englishman to …", "the
/// third man to lift the World Cup as player and coach"): reported, never guessed.
fn unchecked_records(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    for c in find_in(&UNCHECKED_RECORD, ctx, s) {
        let Some(all) = c.get(0) else { continue };
        if out
            .iter()
            .any(|o| o.kind == Kind::Record && o.start < all.end() && all.start() < o.end)
        {
            continue;
        }
        let (_, ce) = super::clause(ctx, s, all.start(), all.end());
        let (start, end) = crate::text::trim(ctx.text, all.start(), ce);
        let end = if ctx.slice(0, end).ends_with('.') {
            end - 1
        } else {
            end
        };
        let start = ctx
            .slice(s.start, start)
            .rfind("becom")
            .map(|i| s.start + i)
            .filter(|&i| start - i < 20)
            .unwrap_or(start);
        out.push(claim(ctx, start, end, Kind::Record, Verdict::Unverifiable, "a record of this kind is not computed from the data (it may need career tallies, line-ups or coaching records the datasets lack)", vec![]));
    }
}
