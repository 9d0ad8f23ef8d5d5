//! `GET /api/records?gender=&team=&as_of=&limit=`: the all-time World Cup scorers of every
//! edition known from any source (Fjelstul's editions, then 2026 from martj42), for all teams
//! or one, as of a day. Lines use the vocabulary of a team's scorer table
//! ([`crate::api::teams::ScorerLine`]) plus the team as named on the player's goal days.
//!
//! [`records_view`] takes the facts engine only, so `goalline records --json` prints the same
//! structure.

use crate::api::model::{CoverageView, TallyView};
use crate::api::params::{self, Q};
use crate::api::teams::ScorerLine;
use crate::api::{cache_key, cached_json, gender_param};
use crate::error::{ApiError, ServerError};
use crate::routes::Registry;
use crate::state::AppState;
use crate::urls;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;
use goalline_core::{Date, Gender, TeamId};
use goalline_facts::{Facts, FactsError};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::routes;

/// Registers the records endpoint.
pub fn register(r: Registry) -> Registry {
    r.api(routes!(get_records))
}

/// Query of `GET /api/records`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RecordsQuery {
    /// `men` (default) or `women`.
    pub gender: Option<String>,
    /// Only this team's scorers (any team name).
    #[param(example = "Argentina")]
    pub team: Option<String>,
    /// Up to and including this day, `YYYY-MM-DD`.
    #[param(format = Date, example = "2018-07-15")]
    pub as_of: Option<String>,
    /// How many places (ties with the last place are kept); default 10, at most 200.
    pub limit: Option<usize>,
}

/// One line of the all-time World Cup scorers.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RecordLine {
    /// Rank, places, goals, page: as a team's scorer table.
    #[serde(flatten)]
    pub line: ScorerLine,
    /// The team as named on the player's goal days (`West Germany / Germany` for Klinsmann).
    pub team: String,
}

/// The all-time World Cup scorers.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RecordsTable {
    /// `All-time World Cup scorers for Argentina up to 2018-07-15`.
    pub title: String,
    /// `men` or `women`.
    pub gender: &'static str,
    /// The team asked about (canonical name).
    pub team: Option<String>,
    /// Up to and including this day.
    #[schema(value_type = Option<String>, format = Date)]
    pub as_of: Option<Date>,
    /// Ranked by goals, ties kept together.
    pub scorers: Vec<RecordLine>,
    /// Exact only when every edition in scope is covered goal by goal.
    pub coverage: CoverageView,
    /// The sources and what they cover.
    pub note: Option<String>,
}

/// The all-time World Cup scorers (blocking).
pub fn records_view(
    facts: &Facts,
    gender: Gender,
    team: Option<TeamId>,
    as_of: Option<Date>,
    limit: usize,
) -> Result<RecordsTable, FactsError> {
    let answer = facts.world_cup_scorers(gender, team, as_of, limit)?;
    let (goals, _, _) = facts.world_cup_goals_in_scope(gender, as_of)?;
    let scorers = answer
        .value
        .iter()
        .map(|e| {
            // The names the team had on the player's goal days.
            let mut names: Vec<&str> = Vec::new();
            for g in goals
                .rows()
                .filter(|g| g.player == e.player && !g.own_goal)
                .filter(|g| team.is_none_or(|t| g.team == t))
            {
                let n = facts.team_name_on(g.team, g.date);
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            if names.is_empty() {
                if let Some(t) = team {
                    names.push(facts.team_name(t));
                }
            }
            let t = TallyView::from(e.goals);
            RecordLine {
                line: ScorerLine {
                    rank: e.rank,
                    tied: answer.value.iter().filter(|x| x.rank == e.rank).count() > 1,
                    player_id: e.player.0,
                    name: e.name.clone(),
                    text: t.text(),
                    goals: t,
                    places: e.places,
                    certain: e.certain,
                    page: urls::player_page_id(e.player.0),
                },
                team: names.join(" / "),
            }
        })
        .collect();
    let title = format!(
        "All-time {} scorers{}{}",
        match gender {
            Gender::Men => "World Cup",
            Gender::Women => "Women's World Cup",
        },
        team.map(|t| format!(" for {}", facts.team_name(t)))
            .unwrap_or_default(),
        as_of.map(|d| format!(" up to {d}")).unwrap_or_default()
    );
    Ok(RecordsTable {
        title,
        gender: gender.as_str(),
        team: team.map(|t| facts.team_name(t).to_string()),
        as_of,
        scorers,
        coverage: answer.coverage.into(),
        note: answer.note,
    })
}

/// All-time World Cup scorers (men's by default), for every team or one, as of a day: every
/// edition known from any source counts; exact only when every edition in scope is covered.
#[utoipa::path(get, path = "/api/records", tag = "tournaments", params(RecordsQuery),
    responses(
        (status = 200, description = "The scorer table", body = RecordsTable),
        (status = 400, description = "A malformed parameter", body = ApiError),
        (status = 404, description = "No team of that name", body = ApiError),
        (status = 409, description = "Ambiguous team name", body = ApiError),
    ))]
pub async fn get_records(
    State(state): State<AppState>,
    uri: Uri,
    Q(query): Q<RecordsQuery>,
) -> Result<Response, ServerError> {
    let as_of = params::date("as_of", query.as_of.as_deref())?;
    let gender = gender_param(query.gender.as_deref())?.unwrap_or(Gender::Men);
    let team = match query
        .team
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        Some(t) => Some(state.teams().require(t, as_of, Some(gender))?),
        None => None,
    };
    let limit = query.limit.unwrap_or(10).clamp(1, 200);
    cached_json(&state, cache_key(&uri, &query), move |ctx| {
        Ok(records_view(ctx.facts, gender, team, as_of, limit)?)
    })
    .await
}
