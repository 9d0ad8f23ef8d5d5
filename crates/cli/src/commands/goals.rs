//! `goalline goals NAME [--team T] [--year Y | --from D --to D]`: a player's goal log — each
//! goal with its date, the opponent as named that day, competition, stage, minute, penalty or
//! own goal, and the running tally interval after it (which goal for the team it was).
//! `--json` prints the structure of `GET /api/players/{name}/goals`.

use super::facts_util as fu;
use crate::args::GoalsArgs;
use crate::config::Config;
use crate::exit;
use crate::output;
use anyhow::{anyhow, bail, Result};
use goalline_core::Gender;
use goalline_facts::PlayerContext;
use goalline_server::api::journal::{goal_log_view, log_range, summary_of};

/// Runs `goalline goals`.
pub fn run(cfg: &Config, args: &GoalsArgs) -> Result<u8> {
    let from = fu::date_flag("--from", args.from.as_deref())?;
    let to = fu::date_flag("--to", args.to.as_deref())?;
    let (from, to) = log_range(args.year, from, to).map_err(|e| anyhow!(e))?;
    let facts = fu::open_facts(cfg)?;
    let gender = args.women.then_some(Gender::Women);
    let team = match &args.team {
        Some(t) => Some(fu::team(facts, t, to, gender.unwrap_or(Gender::Men))?),
        None => None,
    };
    let ctx = PlayerContext {
        team,
        date: to,
        gender: Some(gender.unwrap_or(Gender::Men)),
    };
    let player = match facts.player(&args.name, ctx) {
        Err(goalline_facts::FactsError::NotFound { .. }) if gender.is_none() && team.is_none() => {
            facts.player(
                &args.name,
                PlayerContext {
                    gender: Some(Gender::Women),
                    ..ctx
                },
            )?
        }
        other => other?,
    };
    let Some(row) = facts.store().player(player)? else {
        bail!("player {player} vanished from the database");
    };
    let teams = facts.store().player_teams(player)?;
    let team = match team {
        Some(t) => t,
        None => match teams.as_slice() {
            [t] => *t,
            [] => bail!("{} has no team in the data; pass --team", row.name),
            many => bail!(
                "{} played for several teams ({}); pass --team",
                row.name,
                many.iter()
                    .map(|t| facts.team_name(*t))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        },
    };
    let log = facts.goal_log(player, team, from, to)?;
    let view = goal_log_view(facts, summary_of(facts, &row, &teams), team, log)?;
    if cfg.json {
        output::json(&view)?;
        return Ok(exit::OK);
    }
    let span = match (from, to) {
        (Some(f), Some(t)) => format!(" from {f} to {t}"),
        (Some(f), None) => format!(" since {f}"),
        (None, Some(t)) => format!(" up to {t}"),
        (None, None) => String::new(),
    };
    output::print(format!(
        "{}: goals for {}{span} — {} with a scorer row",
        view.player.name, view.team, view.goals_counted
    ))?;
    if view.goals.is_empty() {
        output::print("No goal with a scorer row in this span.")?;
    } else {
        let mut t = output::table(&[
            "date",
            "opponent",
            "competition",
            "stage",
            "minute",
            "",
            "goal no.",
        ]);
        for g in &view.goals {
            let mut tags = Vec::new();
            if g.penalty {
                tags.push("pen.");
            }
            if g.own_goal {
                tags.push("o.g.");
            }
            t.add_row(vec![
                g.date.to_string(),
                g.opponent.clone(),
                g.competition.clone(),
                g.stage.as_ref().map_or("", |s| s.label).to_string(),
                g.minute_label.clone(),
                tags.join(" "),
                g.tally_text.clone().unwrap_or_else(|| "—".into()),
            ]);
        }
        output::print(t)?;
    }
    output::print(format!(
        "Tally before: {}; after: {} ({})",
        tally(&view.tally_before),
        tally(&view.tally_after),
        view.coverage.text
    ))?;
    fu::print_note(&view.note)?;
    Ok(exit::OK)
}

fn tally(t: &goalline_server::api::model::TallyView) -> String {
    match t.high {
        Some(h) if h == t.low => format!("{} (exact)", t.low),
        Some(h) => format!("{}–{}", t.low, h),
        None => format!("at least {}", t.low),
    }
}
