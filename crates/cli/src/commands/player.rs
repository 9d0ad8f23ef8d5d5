//! `goalline player NAME [--team T] [--as-of DATE]`: a player's goal tally for a team as an
//! interval with its coverage and reasoning, World Cup appearances, starts and goals per
//! tournament, World Cup awards, and age on the day. `--json` prints the API's player profile
//! (`GET /api/players/{name}`, [`goalline_server::api::players::profile_view`]).

use super::facts_util as fu;
use crate::args::PlayerArgs;
use crate::config::Config;
use crate::exit;
use crate::output;
use anyhow::{bail, Result};
use goalline_core::Gender;
use goalline_facts::PlayerContext;

/// One World Cup of the player, as of the day asked (the text table's row).
struct WorldCupLine {
    year: i32,
    team: String,
    team_matches: u32,
    /// `None` when a match of the team has no line-up in any source.
    appearances: Option<u32>,
    starts: Option<u32>,
    goals: u32,
}

/// Runs `goalline player`.
pub fn run(cfg: &Config, args: &PlayerArgs) -> Result<u8> {
    let as_of = fu::date_flag("--as-of", args.as_of.as_deref())?;
    let facts = fu::open_facts(cfg)?;
    let gender = args.women.then_some(Gender::Women);
    let team = match &args.team {
        Some(t) => Some(fu::team(facts, t, as_of, gender.unwrap_or(Gender::Men))?),
        None => None,
    };
    let ctx = PlayerContext {
        team,
        date: as_of,
        gender: Some(gender.unwrap_or(Gender::Men)),
    };
    // Men's players first; a name no man has falls back to women's players (e.g. "Marta").
    let mut ctx = ctx;
    let player = match facts.player(&args.name, ctx) {
        Err(e @ goalline_facts::FactsError::NotFound { .. })
            if gender.is_none() && team.is_none() =>
        {
            let women = PlayerContext {
                gender: Some(Gender::Women),
                ..ctx
            };
            match facts.player(&args.name, women) {
                Ok(p) => {
                    ctx = women;
                    p
                }
                // Nobody of either: the men's "did you mean" (the default's) is the answer.
                Err(goalline_facts::FactsError::NotFound { .. }) => return Err(e.into()),
                Err(other) => return Err(other.into()),
            }
        }
        other => other?,
    };
    // A mononym picked over namesakes ("Marta" for Brazil): the others, so nobody is hidden.
    let namesakes: Vec<String> = facts
        .player_namesakes(&args.name, ctx, player)?
        .into_iter()
        .map(|p| facts.describe_player(p))
        .collect::<Result<_, _>>()?;
    let Some(row) = facts.store().player(player)? else {
        bail!("player {player} vanished from the database");
    };
    let team = match team {
        Some(t) => t,
        None => {
            let teams = facts.store().player_teams(player)?;
            match teams.as_slice() {
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
            }
        }
    };
    if cfg.json {
        // `GET /api/players/{name}`'s profile, field for field.
        let summary = goalline_server::api::journal::summary_of(
            facts,
            &row,
            &facts.store().player_teams(player)?,
        );
        let chosen = if args.team.is_some() {
            "requested"
        } else {
            "only team"
        };
        output::json(&goalline_server::api::players::profile_view(
            facts,
            &row,
            summary,
            (team, chosen),
            as_of,
            namesakes,
        )?)?;
        return Ok(exit::OK);
    }
    let tally = facts.player_tally(player, team, as_of)?;
    let age = match as_of {
        Some(d) => Some(facts.age(player, d)?),
        None => None,
    };
    let tournaments = facts.wc_tournaments()?;
    let later = facts.later_world_cups(Gender::Men)?;
    let ended_by = |t: &str| {
        tournaments
            .iter()
            .find(|x| x.id == t)
            .map(|x| x.start_date)
            .or_else(|| later.edition_of(t).map(|e| e.from))
            .is_some_and(|start| as_of.is_none_or(|d| start <= d))
    };
    let cups = facts.player_world_cups(player)?;
    let mut lines = Vec::new();
    for c in cups.value.iter().filter(|c| ended_by(&c.tournament)) {
        let (team_matches, appearances, starts, goals) =
            goalline_facts::Facts::world_cup_line_as_of(c, as_of);
        let start = tournaments
            .iter()
            .find(|x| x.id == c.tournament)
            .map(|x| x.start_date)
            .or_else(|| later.edition_of(&c.tournament).map(|e| e.from));
        lines.push(WorldCupLine {
            year: c.year,
            // The name of the day: "Soviet Union" at the 1986 World Cup.
            team: start
                .map_or(facts.team_name(c.team), |d| facts.team_name_on(c.team, d))
                .to_string(),
            team_matches,
            appearances,
            starts,
            goals,
        });
    }
    let awards: Vec<_> = facts
        .player_awards(player)?
        .into_iter()
        .filter(|a| ended_by(&a.tournament))
        .filter(|a| {
            as_of.is_none_or(|d| {
                tournaments
                    .iter()
                    .find(|t| t.id == a.tournament)
                    .is_some_and(|t| t.end_date <= d)
            })
        })
        .collect();
    output::print(format!(
        "{}{} · {}",
        row.name,
        row.birth_date
            .map(|b| format!(" (born {b})"))
            .unwrap_or_default(),
        facts.team_name(team)
    ))?;
    if !namesakes.is_empty() {
        output::print(format!(
            "  Also called {:?}: {}",
            args.name,
            namesakes.join("; ")
        ))?;
    }
    if let (Some(d), Some(a)) = (as_of, &age) {
        match a.value {
            Some(years) => output::print(format!("Age on {d}: {years}"))?,
            None => output::print(format!("Age on {d}: unknown (no birth date recorded)"))?,
        }
    }
    let span = as_of.map(|d| format!(" up to {d}")).unwrap_or_default();
    output::print(format!(
        "Goals for {}{span}: {}",
        facts.team_name(team),
        fu::tally_text(tally.value.tally)
    ))?;
    output::print(format!("  Coverage: {}", fu::coverage_text(tally.coverage)))?;
    output::print(format!(
        "  Known goal by goal: {}; reasoning: {}",
        tally.value.known, tally.value.reasoning
    ))?;
    fu::print_note(&tally.note)?;
    if lines.is_empty() {
        output::print("World Cups: none in the data.")?;
    } else {
        let mut t = output::table(&[
            "World Cup",
            "team",
            "team matches",
            "appearances",
            "starts",
            "goals",
        ]);
        for l in &lines {
            let or_unknown =
                |n: Option<u32>| n.map_or_else(|| "not recorded".to_string(), |n| n.to_string());
            t.add_row(vec![
                l.year.to_string(),
                l.team.clone(),
                l.team_matches.to_string(),
                or_unknown(l.appearances),
                or_unknown(l.starts),
                l.goals.to_string(),
            ]);
        }
        let unknown = lines.iter().any(|l| l.appearances.is_none());
        output::print(if unknown {
            "World Cups (goals exact; appearances from Fjelstul and openfootball line-ups):"
        } else {
            "World Cups (Fjelstul and openfootball, exact):"
        })?;
        output::print(t)?;
        if unknown {
            output::print(format!(
                "  not recorded: {}",
                goalline_facts::people::APPEARANCES_UNKNOWN
            ))?;
        }
    }
    if awards.is_empty() {
        output::print("World Cup awards: none.")?;
    } else {
        for a in &awards {
            output::print(format!(
                "Award: {} {}{}",
                a.year,
                a.award,
                if a.shared { " (shared)" } else { "" }
            ))?;
        }
    }
    fu::print_evidence(&tally.evidence, 3)?;
    Ok(exit::OK)
}
