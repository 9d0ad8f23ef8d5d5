//! `goalline match [TEAM [TEAM]] [--date D] [--competition C] [--notes]`: one match in full
//! (score with extra time and shootout, stage, venue, weekday, goals with minutes and the gaps
//! between them, cards and substitutions where known, the winner's next fixture), or the list
//! of matches that fit.

use super::facts_util::{self as fu, score};
use crate::args::MatchArgs;
use crate::config::Config;
use crate::exit;
use crate::output;
use anyhow::{bail, Result};
use goalline_core::Gender;
use goalline_facts::matches::{MatchFacts, MatchQuery};
use goalline_facts::timeline::goal_intervals;
use goalline_facts::tournaments::competition_named;
use goalline_facts::{Facts, Resolution};
use goalline_store::MatchRow;

/// Runs `goalline match`.
pub fn run(cfg: &Config, args: &MatchArgs) -> Result<u8> {
    if args.teams.len() > 2 {
        bail!("give at most two teams (got {})", args.teams.len());
    }
    let date = fu::date_flag("--date", args.date.as_deref())?;
    let mut from = fu::date_flag("--from", args.from.as_deref())?.or(date);
    let mut to = fu::date_flag("--to", args.to.as_deref())?.or(date);
    let facts = fu::open_facts(cfg)?;
    let mut gender = args.women.then_some(Gender::Women);
    let mut competition = None;
    if let Some(c) = &args.competition {
        match facts.resolve_edition(c, to, gender)? {
            Resolution::One(e) => {
                from = Some(from.map_or(e.from, |f| f.max(e.from)));
                to = Some(to.map_or(e.to, |t| t.min(e.to)));
                gender = Some(e.gender);
                competition = Some(e.competition);
            }
            Resolution::Ambiguous(es) => bail!(
                "{c:?} is ambiguous: it could be {}",
                es.iter()
                    .map(|e| e.label.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Resolution::None => {
                competition = Some(competition_named(c).map_or(c.clone(), |k| k.name));
            }
        }
    }
    let search = |g: Gender| -> Result<Vec<MatchRow>> {
        let teams = args
            .teams
            .iter()
            .map(|t| fu::team(facts, t, to, g))
            .collect::<Result<Vec<_>>>()?;
        Ok(facts.find_matches(&MatchQuery {
            teams,
            from,
            to,
            competition: competition.clone(),
            gender: Some(g),
        })?)
    };
    let mut rows = search(gender.unwrap_or(Gender::Men))?;
    if rows.is_empty() && gender.is_none() {
        rows = search(Gender::Women)?;
    }
    match rows.len() {
        0 => bail!("no match found (check the names, --date, or add --women)"),
        1 => one(cfg, facts, &rows[0], args.notes),
        n => list(cfg, facts, &rows, n, args.limit),
    }
}

fn list(cfg: &Config, facts: &Facts, rows: &[MatchRow], n: usize, limit: usize) -> Result<u8> {
    let shown = &rows[n.saturating_sub(limit.max(1))..];
    // The same lines as `GET /api/matches`: each match with its outcome (stage, a.e.t., pens).
    let lines = goalline_server::api::journal::match_lines(facts, shown)?;
    if cfg.json {
        output::json(&serde_json::json!({"count": n, "matches": lines}))?;
        return Ok(exit::OK);
    }
    let mut t = output::table(&[
        "date",
        "day",
        "home",
        "score",
        "away",
        "competition",
        "stage",
        "venue",
    ]);
    for (m, l) in shown.iter().zip(&lines) {
        let mut sc = score(m.home_score, m.away_score);
        if let Some(tag) = &l.outcome.tag {
            sc.push_str(&format!(" ({tag})"));
        }
        t.add_row(vec![
            m.date.to_string(),
            goalline_facts::matches::weekday_name(m.date)[..3].to_string(),
            m.home_name.clone(),
            sc,
            m.away_name.clone(),
            m.tournament.clone(),
            l.outcome
                .stage
                .as_ref()
                .map_or(String::new(), |s| s.label.to_string()),
            [m.city.clone(), m.country.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", "),
        ]);
    }
    output::print(t)?;
    output::print(format!(
        "{n} matches{}; add --date YYYY-MM-DD to see one in full.",
        if shown.len() < n {
            format!(" (the last {} shown; --limit N for more)", shown.len())
        } else {
            String::new()
        }
    ))?;
    Ok(exit::OK)
}

fn one(cfg: &Config, facts: &Facts, row: &MatchRow, notes: bool) -> Result<u8> {
    let mf = facts.match_facts(row.id)?;
    let next = facts.next_fixture(row.id)?;
    let intervals = goal_intervals(&mf.goals);
    let stories = if notes {
        Some(facts.storylines(row.id)?)
    } else {
        None
    };
    let events = facts.match_events(row.id)?;
    if cfg.json {
        output::json(&serde_json::json!({
            "match": mf,
            "home": facts.team_name(mf.row.home),
            "away": facts.team_name(mf.row.away),
            "intervals": intervals,
            "next_fixture": next,
            "storylines": stories,
            "events": events,
            "outcome": goalline_server::api::journal::outcome_view(facts, row.id)?,
            "lineups": goalline_server::api::journal::lineups(facts, row.id)?,
        }))?;
        return Ok(exit::OK);
    }
    print_match(facts, &mf)?;
    if let Some(ev) = &events {
        print_events(ev)?;
    }
    print_lineups(facts, row.id)?;
    if !intervals.is_empty() {
        let gaps: Vec<String> = intervals
            .iter()
            .map(|i| {
                format!(
                    "{}→{} {}{} min",
                    i.from_minute,
                    i.to_minute,
                    if i.approximate { "~" } else { "" },
                    i.minutes
                )
            })
            .collect();
        output::print(format!("Between goals: {}", gaps.join(", ")))?;
    }
    if let Some(n) = &next.value {
        output::print(format!(
            "Next: {} play {} on {} {}{}",
            facts.team_name_on(n.winner, n.next.date),
            facts.team_name_on(n.opponent, n.next.date),
            goalline_facts::matches::weekday_name(n.next.date),
            n.next.date,
            n.stage
                .map(|s| format!(" ({})", s.label()))
                .unwrap_or_default()
        ))?;
    }
    if let Some(stories) = stories {
        output::print("")?;
        if stories.is_empty() {
            output::print("Storylines: none the data can support.")?;
        } else {
            output::print("Storylines:")?;
            for s in &stories {
                output::print(format!("  • {} [{}]", s.text, s.coverage))?;
                if let Some(n) = &s.note {
                    output::print(format!("      {n}"))?;
                }
                if let Some(e) = s.evidence.first() {
                    output::print(format!("      {e}"))?;
                }
            }
        }
    }
    output::print("")?;
    fu::print_evidence(&mf.evidence, 5)?;
    Ok(exit::OK)
}

fn print_match(facts: &Facts, mf: &MatchFacts) -> Result<()> {
    let r = &mf.row;
    let stage = mf
        .wc
        .as_ref()
        .map(|w| {
            format!(
                "{}, {}{}",
                w.tournament_name,
                w.stage.label(),
                w.group_name
                    .as_deref()
                    .map(|g| format!(" ({g})"))
                    .unwrap_or_default()
            )
        })
        .unwrap_or_else(|| match mf.stage {
            // Euros and the 2026 World Cup: openfootball's stage.
            Some(s) => format!("{}, {}", r.tournament, s.label()),
            None => r.tournament.clone(),
        });
    let tag = goalline_facts::journal::outcome_of(mf)
        .tag
        .map(|t| format!(" ({t})"))
        .unwrap_or_default();
    output::print(format!(
        "{} {}{tag} {} · {stage}{}",
        facts.team_name_on(r.home, r.date),
        score(r.home_score, r.away_score),
        facts.team_name_on(r.away, r.date),
        if r.gender == Gender::Women {
            " (women)"
        } else {
            ""
        }
    ))?;
    let venue = match &mf.wc {
        Some(w) => format!("{}, {}, {}", w.stadium, w.city, w.country),
        None => [r.city.clone(), r.country.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", "),
    };
    output::print(format!(
        "{} {} · {venue}{}",
        mf.weekday,
        r.date,
        if r.neutral { " (neutral)" } else { "" }
    ))?;
    // The winner as named that day, first: "Italy won 3–2 on penalties after extra time".
    let winner = mf
        .result
        .winner
        .map(|w| facts.team_name_on(w, r.date).to_string());
    let how = goalline_facts::journal::result_text(mf, winner.as_deref());
    output::print(format!("Result: {how}"))?;
    let g = &mf.goals;
    let total = r.home_score.zip(r.away_score).map(|(h, a)| h + a);
    output::print(format!(
        "Goals ({}, {}):",
        g.source,
        if g.complete {
            "every goal listed".to_string()
        } else {
            format!(
                "{} of {} goals have a scorer row",
                g.goals.len(),
                total.map_or("?".into(), |t| t.to_string())
            )
        }
    ))?;
    for goal in &g.goals {
        let minute = goal
            .minute
            .map(|m| m.to_string())
            .unwrap_or_else(|| "?'".into());
        let mut tags = Vec::new();
        if goal.penalty {
            tags.push("pen.");
        }
        if goal.own_goal {
            tags.push("o.g.");
        }
        output::print(format!(
            "  {minute:>7} {} ({}){} {}–{}",
            goal.name.as_deref().unwrap_or("unknown scorer"),
            facts.team_name_on(goal.team, r.date),
            if tags.is_empty() {
                String::new()
            } else {
                format!(" {}", tags.join(" "))
            },
            goal.score_after.0,
            goal.score_after.1
        ))?;
    }
    if !mf.kicks.is_empty() {
        let kicks: Vec<String> = mf
            .kicks
            .iter()
            .map(|k| format!("{} {}", k.player_name, if k.converted { "✓" } else { "✗" }))
            .collect();
        output::print(format!("Shootout kicks: {}", kicks.join(", ")))?;
    } else if let Some(s) = &mf.result.shootout {
        output::print(format!(
            "Shootout: won by {}{}",
            facts.team_name_on(s.winner, r.date),
            s.first_shooter
                .map(|f| format!(", {} kicked first", facts.team_name_on(f, r.date)))
                .unwrap_or_default()
        ))?;
    }
    if !mf.bookings.is_empty() {
        let cards: Vec<String> = mf
            .bookings
            .iter()
            .map(|b| {
                let what = if b.second_yellow {
                    "2nd yellow"
                } else if b.red {
                    "red"
                } else {
                    "yellow"
                };
                format!("{} {} {what}", b.player_name, b.minute)
            })
            .collect();
        output::print(format!("Cards: {}", cards.join(", ")))?;
    }
    if !mf.substitutions.is_empty() {
        let on: Vec<String> = mf
            .substitutions
            .iter()
            .filter(|s| s.coming_on)
            .map(|s| format!("{} {}", s.player_name, s.minute))
            .collect();
        output::print(format!("Came on: {}", on.join(", ")))?;
    }
    if mf.wc.is_none() {
        // Say the scope only where no source has them: openfootball's line-up files carry
        // cards and substitutions of later World Cups (2026).
        let id = mf.row.id;
        let store = facts.store();
        let has_of = !store.of_cards(id)?.is_empty() || !store.lineups(id)?.is_empty();
        if !has_of {
            if mf.row.tournament.contains("World Cup") {
                output::print("Cards and substitutions: no source has them for this match.")?;
            } else {
                output::print("Cards and substitutions are recorded for World Cup matches only.")?;
            }
        }
    }
    Ok(())
}

/// Event data (StatsBomb): penalties, shoot-out kicks, misses, saves, woodwork and assists,
/// with the credit and what the coverage allows.
fn print_events(ev: &goalline_facts::events::MatchEvents) -> Result<()> {
    use goalline_facts::events::Coverage;
    let cov = match ev.coverage {
        Coverage::Complete => "complete: every event of the match".to_string(),
        Coverage::Excerpt => format!(
            "excerpt: {} of {} events; it supports facts but proves no absence",
            ev.events,
            ev.upstream_events
                .map(|n| n.to_string())
                .unwrap_or_else(|| "?".into())
        ),
    };
    output::print(format!("Event data ({cov}):"))?;
    let mut lines: Vec<String> = Vec::new();
    for s in ev.penalties() {
        lines.push(format!("penalty: {}", s.describe()));
    }
    for s in ev.shots.iter().filter(|s| !s.is_penalty() && s.woodwork()) {
        lines.push(format!("woodwork: {}", s.describe()));
    }
    for s in ev.saves.iter().filter(|s| !s.shootout && s.penalty) {
        lines.push(format!("save: {}", s.evidence.text));
    }
    for a in &ev.assists {
        lines.push(format!("assist: {}", a.evidence.text));
    }
    for o in &ev.own_goals {
        lines.push(format!("own goal: {}", o.evidence.text));
    }
    let kicks: Vec<String> = ev
        .shootout_kicks()
        .map(|s| {
            let what = if s.scored() {
                "scored".to_string()
            } else if s.saved() {
                format!(
                    "saved{}",
                    s.keeper
                        .as_ref()
                        .map(|k| format!(" by {}", k.name))
                        .unwrap_or_default()
                )
            } else if s.woodwork() {
                "hit the post".into()
            } else {
                "missed".into()
            };
            format!("{} {what}", s.shooter.name)
        })
        .collect();
    if !kicks.is_empty() {
        lines.push(format!("shoot-out: {}", kicks.join("; ")));
    }
    if lines.is_empty() {
        lines.push(if ev.proves_absence() {
            "no penalty, woodwork or assist in the match".into()
        } else {
            "none in the excerpt".into()
        });
    }
    for l in lines {
        output::print(format!("  {l}"))?;
    }
    output::print(format!("  {}", ev.credit))?;
    Ok(())
}

/// Line-ups and substitutions as pairs, where a source has them.
fn print_lineups(facts: &Facts, id: goalline_core::MatchId) -> Result<()> {
    let Some(l) = goalline_server::api::journal::lineups(facts, id)? else {
        return Ok(());
    };
    for t in &l.teams {
        output::print(format!("{} starting: {}", t.team, t.starters.join(", ")))?;
        if !t.substitutions.is_empty() {
            let pairs: Vec<String> = t
                .substitutions
                .iter()
                .map(|p| {
                    format!(
                        "{} {} for {}{}",
                        p.minute_label,
                        p.on.as_deref().unwrap_or("?"),
                        p.off.as_deref().unwrap_or("?"),
                        if p.paired_by_order { "*" } else { "" }
                    )
                })
                .collect();
            output::print(format!("  Substitutions: {}", pairs.join(", ")))?;
        }
    }
    if l.teams
        .iter()
        .flat_map(|t| &t.substitutions)
        .any(|p| p.paired_by_order)
    {
        output::print(
            "  * several changes at one minute: the source does not say who replaced whom (file order).",
        )?;
    }
    output::print(format!("Line-ups: {}.", l.source))?;
    Ok(())
}
