//! Team endpoints: `GET /api/teams?q=` (name resolution, with ambiguity reported as candidates)
//! and `GET /api/teams/{name}/coverage?from=&to=` (scorer coverage by competition).
//!
//! The response types here are the API's contract, kept apart from the facts engine's internal
//! types so the engine can change without breaking clients. Pages reuse [`team_coverage`].

use crate::api::params::{self, Q};
use crate::error::{ApiError, ServerError};
use crate::routes::Registry;
use crate::state::AppState;
use crate::urls;
use axum::extract::{Path, State};
use axum::Json;
use goalline_core::{Date, Evidence, Gender, TeamId};
use goalline_facts::coverage::{self, TeamCoverage};
use goalline_facts::Resolution;
use goalline_store::TeamRow;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::routes;

/// The caveat that goes with every coverage figure.
pub const COVERAGE_NOTE: &str = "Source: martj42 goalscorers.csv, which has no friendlies and no \
    British Home Championship; men's matches only. A career tally from scorer rows is a lower bound.";

/// Registers the team endpoints.
pub fn register(r: Registry) -> Registry {
    r.api(routes!(resolve_team)).api(routes!(coverage_of_team))
}

/// A canonical team.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TeamSummary {
    /// goalline's id (stable within one import).
    pub id: i64,
    /// Canonical name (as martj42 names the team today).
    #[schema(example = "England")]
    pub name: String,
    /// FIFA-style code, where known.
    #[schema(example = "ENG")]
    pub code: Option<String>,
    /// Confederation, where known.
    #[schema(example = "UEFA")]
    pub confederation: Option<String>,
    /// The team's page on this server.
    #[schema(example = "/teams/England")]
    pub page: String,
    /// The team's coverage endpoint.
    #[schema(example = "/api/teams/England/coverage")]
    pub coverage: String,
}

impl TeamSummary {
    /// Summarises a team row.
    pub fn of(t: &TeamRow) -> TeamSummary {
        TeamSummary {
            id: t.id.0,
            name: t.name.clone(),
            code: t.code.clone(),
            confederation: t.confederation.clone(),
            page: urls::team_page(&t.name),
            coverage: urls::team_coverage_api(&t.name),
        }
    }
}

/// How a name resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ResolutionKind {
    /// Exactly one team.
    One,
    /// Several teams; `teams` lists the candidates.
    Ambiguous,
    /// No team; `suggestion` may hold the closest name.
    None,
}

/// Query of `GET /api/teams`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ResolveQuery {
    /// Any name: canonical, former, code, nickname or adjective (`Three Lions`, `ENG`, `West Germany`).
    #[param(example = "Three Lions")]
    pub q: Option<String>,
    /// Resolve as of this day (former names only apply within their dates), `YYYY-MM-DD`.
    #[param(example = "1974-07-07", format = Date)]
    pub as_of: Option<String>,
}

/// Answer of `GET /api/teams`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResolveResponse {
    /// The name asked about.
    pub query: String,
    /// One, ambiguous or none.
    pub resolution: ResolutionKind,
    /// The team (one), the candidates (ambiguous), or nothing.
    pub teams: Vec<TeamSummary>,
    /// The closest known name when nothing matched.
    pub suggestion: Option<String>,
}

/// Resolves a team name. Ambiguity is an answer, not an error: the candidates are listed.
#[utoipa::path(get, path = "/api/teams", tag = "teams", params(ResolveQuery),
    responses(
        (status = 200, description = "How the name resolved", body = ResolveResponse),
        (status = 400, description = "`q` missing or `as_of` malformed", body = ApiError),
    ))]
pub async fn resolve_team(
    State(state): State<AppState>,
    Q(query): Q<ResolveQuery>,
) -> Result<Json<ResolveResponse>, ServerError> {
    let q = params::required("q", query.q.as_deref())?;
    let as_of = params::date("as_of", query.as_of.as_deref())?;
    let teams = state.teams();
    let summaries = |ids: &[TeamId]| -> Vec<TeamSummary> {
        ids.iter()
            .filter_map(|id| teams.team(*id))
            .map(TeamSummary::of)
            .collect()
    };
    let (resolution, found, suggestion) = match teams.resolve(q, as_of, None) {
        Resolution::One(id) => (ResolutionKind::One, summaries(&[id]), None),
        Resolution::Ambiguous(ids) => (ResolutionKind::Ambiguous, summaries(&ids), None),
        Resolution::None => (ResolutionKind::None, Vec::new(), teams.suggest(q)),
    };
    Ok(Json(ResolveResponse {
        query: q.to_string(),
        resolution,
        teams: found,
        suggestion,
    }))
}

/// Query of the coverage endpoint.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CoverageQuery {
    /// First day (inclusive), `YYYY-MM-DD`.
    #[param(format = Date, example = "1872-01-01")]
    pub from: Option<String>,
    /// Last day (inclusive), `YYYY-MM-DD`; the team name is also resolved as of this day.
    #[param(format = Date, example = "2022-12-10")]
    pub to: Option<String>,
}

/// Coverage of one competition.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CompetitionCoverage {
    /// Competition as martj42 names it.
    #[schema(example = "FIFA World Cup")]
    pub competition: String,
    /// Goals scored.
    pub goals: u32,
    /// Goals with a scorer row.
    pub goals_with_scorer: u32,
    /// `goals_with_scorer / goals` (1 when no goals).
    pub share: f64,
}

/// A source row.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EvidenceRow {
    /// Dataset (`martj42`, `fjelstul`…).
    pub source: String,
    /// File relative to the data directory.
    #[schema(example = "international/results.csv")]
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// What the row says.
    pub text: String,
}

impl From<&Evidence> for EvidenceRow {
    fn from(e: &Evidence) -> Self {
        EvidenceRow {
            source: e.source.as_str().to_string(),
            file: e.file.clone(),
            line: e.line,
            text: e.text.clone(),
        }
    }
}

/// Scorer coverage of a team over a span.
#[derive(Debug, Serialize, ToSchema)]
pub struct CoverageResponse {
    /// The team.
    pub team: TeamSummary,
    /// First day considered, if bounded.
    #[schema(value_type = Option<String>, format = Date)]
    pub from: Option<Date>,
    /// Last day considered, if bounded.
    #[schema(value_type = Option<String>, format = Date)]
    pub to: Option<Date>,
    /// Matches played (men's).
    pub matches: u32,
    /// Matches whose score is unknown.
    pub matches_unknown_score: u32,
    /// Matches where every goal of the team has a scorer row.
    pub matches_complete: u32,
    /// Goals scored (known scores only).
    pub goals: u32,
    /// Goals with a scorer row.
    pub goals_with_scorer: u32,
    /// Goals without one.
    pub goals_unknown: u32,
    /// `goals_with_scorer / goals`.
    pub share: f64,
    /// By competition, most goals first.
    pub by_competition: Vec<CompetitionCoverage>,
    /// Recent matches whose scorers are incomplete.
    pub incomplete_sample: Vec<EvidenceRow>,
    /// What the figures can and cannot show.
    pub note: &'static str,
}

impl CoverageResponse {
    /// Builds the response from the engine's figures.
    pub fn new(team: &TeamRow, c: &TeamCoverage) -> CoverageResponse {
        CoverageResponse {
            team: TeamSummary::of(team),
            from: c.from,
            to: c.to,
            matches: c.matches,
            matches_unknown_score: c.matches_unknown_score,
            matches_complete: c.matches_complete,
            goals: c.goals,
            goals_with_scorer: c.goals_with_scorer,
            goals_unknown: c.goals_unknown(),
            share: c.share(),
            by_competition: c
                .by_competition
                .iter()
                .map(|(competition, goals, known)| CompetitionCoverage {
                    competition: competition.clone(),
                    goals: *goals,
                    goals_with_scorer: *known,
                    share: if *goals == 0 {
                        1.0
                    } else {
                        f64::from(*known) / f64::from(*goals)
                    },
                })
                .collect(),
            incomplete_sample: c.incomplete_sample.iter().map(EvidenceRow::from).collect(),
            note: COVERAGE_NOTE,
        }
    }
}

/// Resolves `name` (as of `to`, men's teams) and computes its coverage between `from` and `to`
/// (inclusive) from the team's cached matches: the same figures as
/// [`goalline_facts::coverage::team_coverage`], without a query per request.
pub async fn team_coverage(
    state: &AppState,
    name: &str,
    from: Option<Date>,
    to: Option<Date>,
) -> Result<(TeamRow, TeamCoverage), ServerError> {
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            return Err(ServerError::BadQuestion(format!(
                "`to` {t} is before `from` {f}"
            )));
        }
    }
    let id = state.teams().require(name, to, Some(Gender::Men))?;
    let team = state
        .teams()
        .team(id)
        .cloned()
        .ok_or_else(|| ServerError::Internal(format!("team id {} not in the index", id.0)))?;
    let all = state.team_matches(id).await?;
    let lo = from.map_or(0, |f| all.partition_point(|m| m.date < f));
    let hi = to.map_or(all.len(), |t| all.partition_point(|m| m.date <= t));
    let c = coverage::summarise(id, from, to, &all[lo..hi.max(lo)]);
    Ok((team, c))
}

/// Goals scored versus goals with a known scorer, per competition.
#[utoipa::path(get, path = "/api/teams/{name}/coverage", tag = "teams",
    params(("name" = String, Path, description = "Any team name (canonical, former, code, nickname)", example = "England"),
           CoverageQuery),
    responses(
        (status = 200, description = "Coverage of the team's goals", body = CoverageResponse),
        (status = 400, description = "Malformed date, or `to` before `from`", body = ApiError),
        (status = 404, description = "No team of that name (`suggestion` may help)", body = ApiError),
        (status = 409, description = "Ambiguous name (`candidates` lists the teams)", body = ApiError),
    ))]
pub async fn coverage_of_team(
    State(state): State<AppState>,
    Path(name): Path<String>,
    Q(query): Q<CoverageQuery>,
) -> Result<Json<CoverageResponse>, ServerError> {
    let from = params::date("from", query.from.as_deref())?;
    let to = params::date("to", query.to.as_deref())?;
    let (team, c) = team_coverage(&state, &name, from, to).await?;
    Ok(Json(CoverageResponse::new(&team, &c)))
}
