//! A journalist's daily questions over HTTP, in the vocabulary the CLI prints with `--json`:
//! `GET /api/players/{name}/goals` (the goal log: date, opponent as named that day,
//! competition, stage, minute, penalty/own goal, the running tally after each goal), the
//! outcome of a match in lists (stage, a.e.t., penalties, the winner first), and line-ups with
//! substitutions as pairs for match pages.
//!
//! The view builders take the facts engine only, so the `goalline` CLI prints the very same
//! structures.

use crate::api::cached_json;
use crate::api::model::{
    CoverageView, MatchSummary, MinuteView, PlayerSummary, StageView, TallyView,
};
use crate::api::params::{self, Q};
use crate::api::players::{resolve_request, PlayerQuery};
use crate::api::teams::EvidenceRow;
use crate::error::{ApiError, ServerError};
use crate::routes::Registry;
use crate::state::{AppState, Ctx};
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use goalline_core::{Date, MatchId, TeamId};
use goalline_facts::journal::{outcome_of, result_text, GoalLog, Lineups};
use goalline_facts::{Answer, Facts, FactsError};
use goalline_store::{MatchRow, PlayerRow};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::routes;

/// Registers the journal endpoints.
pub fn register(r: Registry) -> Registry {
    r.api(routes!(get_player_goals))
}

/// How a match ended: stage, extra time, penalties, the result in words (winner first).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OutcomeView {
    /// Stage, where a source records it.
    pub stage: Option<StageView>,
    /// Extra time played (`null`: no source says).
    pub extra_time: Option<bool>,
    /// Shoot-out score, the winner's kicks first.
    pub penalties: Option<[u32; 2]>,
    /// Winner as named that day (after a shoot-out if any); `null` for a draw or unknown score.
    pub winner: Option<String>,
    /// Short tag after the score: `a.e.t.`, `3–2 pens`, `a.e.t., 4–2 pens`.
    pub tag: Option<String>,
    /// In words, winner first: `Italy won 3–2 on penalties after extra time`.
    #[schema(example = "Italy won 3–2 on penalties after extra time")]
    pub text: String,
}

/// A match in a list with how it ended.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MatchLine {
    /// The match.
    #[serde(flatten)]
    pub r#match: MatchSummary,
    /// How it ended.
    pub outcome: OutcomeView,
}

/// How a match ended (blocking; reads the match's facts).
pub fn outcome_view(facts: &Facts, id: MatchId) -> Result<OutcomeView, FactsError> {
    let mf = facts.match_facts(id)?;
    let o = outcome_of(&mf);
    let winner = o
        .winner
        .map(|w| goalline_facts::journal::name_in(&mf, w).to_string());
    Ok(OutcomeView {
        stage: o.stage.map(StageView::from),
        extra_time: o.extra_time,
        penalties: o.penalties.map(|(a, b)| [a, b]),
        text: result_text(&mf, winner.as_deref()),
        winner,
        tag: o.tag,
    })
}

/// Match rows as list lines with their outcomes.
pub fn match_lines(facts: &Facts, rows: &[MatchRow]) -> Result<Vec<MatchLine>, FactsError> {
    rows.iter()
        .map(|m| {
            Ok(MatchLine {
                r#match: MatchSummary::of(m, facts.teams()),
                outcome: outcome_view(facts, m.id)?,
            })
        })
        .collect()
}

/// One goal of a goal log.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LoggedGoalView {
    /// Match day.
    #[schema(value_type = String, format = Date)]
    pub date: Date,
    /// The opponent as named that day.
    #[schema(example = "France")]
    pub opponent: String,
    /// The opponent's canonical name.
    pub opponent_team: String,
    /// Competition.
    pub competition: String,
    /// Stage, where a source records it.
    pub stage: Option<StageView>,
    /// Minute, where recorded.
    pub minute: Option<MinuteView>,
    /// `54'`, `90+3'`, or `?'`.
    pub minute_label: String,
    /// Penalty.
    pub penalty: bool,
    /// Own goal (for the other side; not counted in the tally).
    pub own_goal: bool,
    /// Which goal for the team this was: the running tally interval after it (`null` for an
    /// own goal).
    pub tally: Option<TallyView>,
    /// The running tally in words: `52–55`, `53`.
    pub tally_text: Option<String>,
    /// The match.
    pub r#match: MatchSummary,
    /// Source rows.
    pub evidence: Vec<EvidenceRow>,
}

/// A player's goal log for a team.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GoalLogResponse {
    /// The player.
    pub player: PlayerSummary,
    /// The team.
    pub team: String,
    /// First day (inclusive).
    #[schema(value_type = Option<String>, format = Date)]
    pub from: Option<Date>,
    /// Last day (inclusive).
    #[schema(value_type = Option<String>, format = Date)]
    pub to: Option<Date>,
    /// Goals in the log (own goals excluded).
    pub goals_counted: usize,
    /// The tally before `from`.
    pub tally_before: TallyView,
    /// The tally at the end of `to`.
    pub tally_after: TallyView,
    /// Goals in the order scored.
    pub goals: Vec<LoggedGoalView>,
    /// How completely the data covers the tally.
    pub coverage: CoverageView,
    /// What a reader should know.
    pub note: Option<String>,
}

/// An interval in words: `53`, `52–55`, `at least 7`.
pub fn tally_words(t: goalline_core::Tally) -> String {
    if t.is_exact() {
        t.low.to_string()
    } else if t.is_unbounded() {
        format!("at least {}", t.low)
    } else {
        format!("{}–{}", t.low, t.high)
    }
}

/// Builds the goal log view (blocking).
pub fn goal_log_view(
    facts: &Facts,
    player: PlayerSummary,
    team: TeamId,
    log: Answer<GoalLog>,
) -> Result<GoalLogResponse, FactsError> {
    let store = facts.store();
    let v = log.value;
    let mut goals = Vec::new();
    for g in &v.goals {
        let row = store
            .match_by_id(g.match_id)?
            .ok_or_else(|| FactsError::NotFound {
                kind: "match",
                name: g.match_id.to_string(),
                hint: String::new(),
            })?;
        goals.push(LoggedGoalView {
            date: g.date,
            opponent: g.opponent_name.clone(),
            opponent_team: facts.team_name(g.opponent).to_string(),
            competition: g.competition.clone(),
            stage: g.stage.map(StageView::from),
            minute: g.minute.map(MinuteView::from),
            minute_label: g.minute.map_or_else(|| "?'".to_string(), |m| m.to_string()),
            penalty: g.penalty,
            own_goal: g.own_goal,
            tally: g.tally_after.map(TallyView::from),
            tally_text: g.tally_after.map(tally_words),
            r#match: MatchSummary::of(&row, facts.teams()),
            evidence: g.evidence.iter().map(EvidenceRow::from).collect(),
        });
    }
    Ok(GoalLogResponse {
        player,
        team: facts.team_name(team).to_string(),
        from: v.from,
        to: v.to,
        goals_counted: v.goals.iter().filter(|g| !g.own_goal).count(),
        tally_before: v.tally_before.into(),
        tally_after: v.tally_after.into(),
        goals,
        coverage: log.coverage.into(),
        note: log.note,
    })
}

/// Query of `GET /api/players/{name}/goals`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GoalLogQuery {
    /// The team (default: the player's only team, else the one with most scorer rows).
    #[param(example = "England")]
    pub team: Option<String>,
    /// First day (inclusive), `YYYY-MM-DD`.
    #[param(format = Date, example = "2022-01-01")]
    pub from: Option<String>,
    /// Last day (inclusive), `YYYY-MM-DD`.
    #[param(format = Date, example = "2022-12-31")]
    pub to: Option<String>,
    /// A calendar year (sets `from` and `to`).
    #[param(example = 2022)]
    pub year: Option<i32>,
    /// `men` or `women`.
    pub gender: Option<String>,
}

/// The date range of a goal log: `year` or `from`/`to`.
pub fn log_range(
    year: Option<i32>,
    from: Option<Date>,
    to: Option<Date>,
) -> Result<(Option<Date>, Option<Date>), String> {
    let (mut from, mut to) = (from, to);
    if let Some(y) = year {
        let (Some(f), Some(t)) = (Date::from_ymd_opt(y, 1, 1), Date::from_ymd_opt(y, 12, 31))
        else {
            return Err(format!("year {y} is out of range"));
        };
        from = Some(from.map_or(f, |x| x.max(f)));
        to = Some(to.map_or(t, |x| x.min(t)));
    }
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            return Err(format!("the last day {t} is before the first day {f}"));
        }
    }
    Ok((from, to))
}

/// A player's goal log (blocking).
pub fn goal_log(ctx: Ctx<'_>, key: &str, q: &GoalLogQuery) -> Result<GoalLogResponse, ServerError> {
    let from = params::date("from", q.from.as_deref())?;
    let to = params::date("to", q.to.as_deref())?;
    let (from, to) = log_range(q.year, from, to).map_err(ServerError::BadQuestion)?;
    let r = resolve_request(
        ctx,
        key,
        &PlayerQuery {
            team: q.team.clone(),
            as_of: None,
            gender: q.gender.clone(),
        },
    )?;
    let teams = r
        .teams
        .iter()
        .map(|t| ctx.teams.name(*t).to_string())
        .collect();
    let summary = PlayerSummary::of(&r.row, teams, false);
    let log = ctx.facts.goal_log(r.row.id, r.team.0, from, to)?;
    Ok(goal_log_view(ctx.facts, summary, r.team.0, log)?)
}

/// A player's goals for a team in a date range, one line each: date, opponent as named that
/// day, competition, stage, minute, penalty or own goal, and the running tally interval after
/// the goal (which goal for the team it was).
#[utoipa::path(get, path = "/api/players/{name}/goals", tag = "players",
    params(("name" = String, Path, description = "A player's name, or goalline's player id", example = "Harry Kane"),
           GoalLogQuery),
    responses(
        (status = 200, description = "The goal log", body = GoalLogResponse),
        (status = 400, description = "A malformed parameter", body = ApiError),
        (status = 404, description = "No player (or team) of that name", body = ApiError),
        (status = 409, description = "Several players have this name", body = ApiError),
    ))]
pub async fn get_player_goals(
    State(state): State<AppState>,
    uri: Uri,
    Path(name): Path<String>,
    Q(query): Q<GoalLogQuery>,
) -> Result<Response, ServerError> {
    let key = crate::api::cache_key(&uri, &query);
    cached_json(&state, key, move |ctx| goal_log(ctx, &name, &query)).await
}

/// A pair of substitutions.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SubstitutionPairView {
    /// Minute, where recorded.
    pub minute: Option<MinuteView>,
    /// `64'`.
    pub minute_label: String,
    /// Player going off.
    pub off: Option<String>,
    /// Player coming on.
    pub on: Option<String>,
    /// Several changes at the same minute: the source does not say who replaced whom, so the
    /// pair follows file order.
    pub paired_by_order: bool,
}

/// One side's line-up.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TeamLineupView {
    /// `home` or `away`.
    pub side: &'static str,
    /// The team as named that day.
    pub team: String,
    /// Starters.
    pub starters: Vec<String>,
    /// Substitutes who came on.
    pub substitutes_used: Vec<String>,
    /// Substitutions as pairs, in time order.
    pub substitutions: Vec<SubstitutionPairView>,
}

/// The line-ups of a match.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LineupsView {
    /// `fjelstul` or `openfootball`.
    pub source: &'static str,
    /// Home, then away.
    pub teams: Vec<TeamLineupView>,
}

/// Line-ups as a view.
pub fn lineups_view(l: Lineups) -> LineupsView {
    LineupsView {
        source: l.source,
        teams: l
            .teams
            .into_iter()
            .enumerate()
            .map(|(i, t)| TeamLineupView {
                side: if i == 0 { "home" } else { "away" },
                team: t.team_name,
                starters: t.starters,
                substitutes_used: t.substitutes_used,
                substitutions: t
                    .substitutions
                    .into_iter()
                    .map(|p| SubstitutionPairView {
                        minute: p.minute.map(MinuteView::from),
                        minute_label: p.minute.map_or_else(|| "?'".into(), |m| m.to_string()),
                        off: p.off,
                        on: p.on,
                        paired_by_order: p.paired_by_order,
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// The line-ups of a match, where a source has them (blocking).
pub fn lineups(facts: &Facts, id: MatchId) -> Result<Option<LineupsView>, FactsError> {
    Ok(facts.lineups(id)?.map(lineups_view))
}

/// Re-exported for callers that build player summaries from rows.
pub fn summary_of(facts: &Facts, row: &PlayerRow, teams: &[TeamId]) -> PlayerSummary {
    PlayerSummary::of(
        row,
        teams
            .iter()
            .map(|t| facts.team_name(*t).to_string())
            .collect(),
        false,
    )
}
