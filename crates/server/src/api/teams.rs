//! Team endpoints: `GET /api/teams?q=` (name resolution, with ambiguity reported as candidates),
//! `GET /api/teams/{name}/coverage?from=&to=` (scorer coverage by competition),
//! `GET /api/teams/{name}/scorers?as_of=` (all-time scorers ranked with ties, tallies as
//! bounds), `GET /api/teams/{name}/tournaments?as_of=` (World Cup finishes and continental
//! championships) and `GET /api/teams/{name}/head-to-head/{opponent}?as_of=`.
//!
//! The response types here are the API's contract, kept apart from the facts engine's internal
//! types so the engine can change without breaking clients. Pages reuse [`team_coverage`],
//! [`scorers`] and [`history`].

use crate::api::model::{
    world_cup_competition, CoverageView, EditionSummary, StageView, TallyView,
};
use crate::api::params::{self, Q};
use crate::api::{cache_key, cached_json, gender_param};
use crate::error::{ApiError, ServerError};
use crate::routes::Registry;
use crate::state::AppState;
use crate::urls;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use axum::Json;
use goalline_core::{Coverage, Date, Evidence, Gender, PlayerId, Tally, TeamId};
use goalline_facts::coverage::{self, TeamCoverage};
use goalline_facts::records::{set_places, TableEntry};
use goalline_facts::wcall::LaterWorldCups;
use goalline_facts::{Facts, FactsError, Resolution};
use goalline_store::TeamRow;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::routes;

/// The caveat that goes with every coverage figure.
pub const COVERAGE_NOTE: &str = "Source: martj42 goalscorers.csv, which has no friendlies and no \
    British Home Championship; men's matches only. A career tally from scorer rows is a lower bound.";

/// Registers the team endpoints.
pub fn register(r: Registry) -> Registry {
    r.api(routes!(resolve_team))
        .api(routes!(get_team))
        .api(routes!(coverage_of_team))
        .api(routes!(scorers_of_team))
        .api(routes!(tournaments_of_team))
        .api(routes!(head_to_head))
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

impl EvidenceRow {
    /// `file:line`, or just `file` for a derived fact that has no single row (line 0).
    pub fn location(&self) -> String {
        if self.line == 0 {
            self.file.clone()
        } else {
            format!("{}:{}", self.file, self.line)
        }
    }
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

/// Query of the scorers endpoint.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ScorersQuery {
    /// Count up to and including this day, `YYYY-MM-DD` (names resolve as of it too).
    #[param(format = Date, example = "2022-12-10")]
    pub as_of: Option<String>,
    /// How many places (players tied with the last place are kept); default 20, at most 200.
    pub limit: Option<usize>,
    /// `men` (default) or `women`.
    pub gender: Option<String>,
}

/// One line of a scorer table.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ScorerLine {
    /// Rank by known goals; equal tallies share a rank.
    pub rank: u32,
    /// True when another line has the same rank.
    pub tied: bool,
    /// goalline's player id.
    pub player_id: i64,
    /// Name.
    pub name: String,
    /// Goals as an interval.
    pub goals: TallyView,
    /// The interval in words.
    pub text: String,
    /// The best and worst places the intervals of the listed players allow this one.
    pub places: [u32; 2],
    /// True when no other listed interval overlaps this one: the place is certain.
    pub certain: bool,
    /// The player's page.
    pub page: String,
}

/// A team's all-time scorers as of a day.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ScorerTable {
    /// The team.
    pub team: String,
    /// `men` or `women`.
    pub gender: &'static str,
    /// Up to and including this day.
    #[schema(value_type = Option<String>, format = Date)]
    pub as_of: Option<Date>,
    /// Ranked by known goals, ties kept together.
    pub scorers: Vec<ScorerLine>,
    /// How completely the data covers the table.
    pub coverage: CoverageView,
    /// What the ranking can and cannot say.
    pub note: Option<String>,
}

/// A team's all-time scorers (blocking). Men's: martj42 scorer rows, each tally an interval
/// whose top adds the team's goals without a scorer row in the player's span. Women's: World
/// Cup goals only (no other women's internationals are in the data), lower bounds.
pub fn scorers(
    facts: &Facts,
    team: TeamId,
    gender: Gender,
    as_of: Option<Date>,
    limit: usize,
) -> Result<ScorerTable, FactsError> {
    let (entries, coverage, note): (Vec<TableEntry>, Coverage, Option<String>) = match gender {
        Gender::Men => {
            let a = facts.team_top_scorers(team, as_of, limit)?;
            (a.value, a.coverage, a.note)
        }
        Gender::Women => {
            let goals = facts.wc_goals(Gender::Women)?;
            let mut counts: HashMap<PlayerId, (String, u32)> = HashMap::new();
            for g in goals
                .iter()
                .filter(|g| !g.own_goal && g.team == team && as_of.is_none_or(|d| g.date <= d))
            {
                counts
                    .entry(g.player)
                    .or_insert_with(|| (g.player_name.clone(), 0))
                    .1 += 1;
            }
            let mut v: Vec<_> = counts.into_iter().collect();
            v.sort_by(|a, b| b.1 .1.cmp(&a.1 .1).then(a.1 .0.cmp(&b.1 .0)));
            let mut out = Vec::new();
            let (mut rank, mut last) = (0, u32::MAX);
            for (i, (p, (name, c))) in v.into_iter().enumerate() {
                if c != last {
                    rank = i as u32 + 1;
                    last = c;
                }
                if rank as usize > limit {
                    break;
                }
                out.push(TableEntry::new(rank, p, name, Tally::at_least(c)));
            }
            set_places(&mut out);
            (
                    out,
                    Coverage::LowerBound,
                    Some("women's internationals outside the World Cup are in no dataset: these are World Cup goals, lower bounds of career tallies".into()),
                )
        }
    };
    let scorers = entries
        .iter()
        .map(|e| {
            let t = TallyView::from(e.goals);
            ScorerLine {
                rank: e.rank,
                tied: entries.iter().filter(|x| x.rank == e.rank).count() > 1,
                player_id: e.player.0,
                name: e.name.clone(),
                text: t.text(),
                goals: t,
                places: e.places,
                certain: e.certain,
                page: urls::player_page_id(e.player.0),
            }
        })
        .collect();
    Ok(ScorerTable {
        team: facts.team_name(team).to_string(),
        gender: gender.as_str(),
        as_of,
        scorers,
        coverage: coverage.into(),
        note,
    })
}

/// All-time scorers of a team as of a day, ranked by known goals with ties; each tally is an
/// interval (its top adds the team's goals without a scorer row in the player's span).
#[utoipa::path(get, path = "/api/teams/{name}/scorers", tag = "teams",
    params(("name" = String, Path, description = "Any team name", example = "England"), ScorersQuery),
    responses(
        (status = 200, description = "The scorer table", body = ScorerTable),
        (status = 400, description = "A malformed parameter", body = ApiError),
        (status = 404, description = "No team of that name", body = ApiError),
        (status = 409, description = "Ambiguous team name", body = ApiError),
    ))]
pub async fn scorers_of_team(
    State(state): State<AppState>,
    uri: Uri,
    Path(name): Path<String>,
    Q(query): Q<ScorersQuery>,
) -> Result<Response, ServerError> {
    let as_of = params::date("as_of", query.as_of.as_deref())?;
    let gender = gender_param(query.gender.as_deref())?.unwrap_or(Gender::Men);
    let team = state.teams().require(&name, as_of, Some(gender))?;
    let limit = query.limit.unwrap_or(20).clamp(1, 200);
    cached_json(&state, cache_key(&uri, &query), move |ctx| {
        Ok(scorers(ctx.facts, team, gender, as_of, limit)?)
    })
    .await
}

/// A team's shootout record.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ShootoutsView {
    /// Shootouts won.
    pub won: u32,
    /// Shootouts lost.
    pub lost: u32,
    /// The most recent shootout, with how it ended (winner as named that day).
    pub last: Option<crate::api::journal::MatchLine>,
    /// What a reader should know.
    pub note: Option<String>,
    /// Source rows (martj42 shootouts.csv).
    pub evidence: Vec<EvidenceRow>,
}

/// A team in one answer: all-time scorers, tournament history and shootouts, as of a day.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TeamAnswer {
    /// The team (canonical name).
    pub team: String,
    /// When the name asked about is a former name (`USSR`): which team it is filed under.
    pub name_note: Option<String>,
    /// `men` or `women`.
    pub gender: &'static str,
    /// Up to and including this day.
    #[schema(value_type = Option<String>, format = Date)]
    pub as_of: Option<Date>,
    /// All-time scorers, as `GET /api/teams/{name}/scorers` answers.
    pub scorers: ScorerTable,
    /// Tournament history, as `GET /api/teams/{name}/tournaments` answers.
    pub tournaments: TournamentHistory,
    /// Shootout record (men's; `null` for women's teams, none recorded).
    pub shootouts: Option<ShootoutsView>,
}

/// The team answer (blocking): what `GET /api/teams/{name}` answers and `goalline team --json`
/// prints. `asked` is the name as asked (for the note on former names).
pub fn team_view(
    facts: &Facts,
    asked: &str,
    team: TeamId,
    gender: Gender,
    as_of: Option<Date>,
    limit: usize,
) -> Result<TeamAnswer, FactsError> {
    let shootouts = match gender {
        Gender::Men => {
            let s = facts.shootout_record(team, as_of)?;
            let last = match s.value.shootouts.last() {
                Some((m, _)) => {
                    crate::api::journal::match_lines(facts, std::slice::from_ref(m))?.pop()
                }
                None => None,
            };
            Some(ShootoutsView {
                won: s.value.won,
                lost: s.value.lost,
                last,
                note: s.note,
                evidence: s.evidence.iter().map(EvidenceRow::from).collect(),
            })
        }
        Gender::Women => None,
    };
    Ok(TeamAnswer {
        team: facts.team_name(team).to_string(),
        name_note: facts.teams().alias_note(asked, team),
        gender: gender.as_str(),
        as_of,
        scorers: scorers(facts, team, gender, as_of, limit)?,
        tournaments: history(facts, team, gender, as_of)?,
        shootouts,
    })
}

/// Query of `GET /api/teams/{name}`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TeamQuery {
    /// Up to and including this day, `YYYY-MM-DD` (names resolve as of it too).
    #[param(format = Date, example = "2022-12-10")]
    pub as_of: Option<String>,
    /// Places of the scorer table (players tied with the last place are kept); default 20, at
    /// most 200.
    pub limit: Option<usize>,
    /// `men` (default) or `women`.
    pub gender: Option<String>,
}

/// A team in one answer: all-time scorers (as `/scorers`), tournament history (as
/// `/tournaments`) and the shootout record, as of a day. `goalline team --json` prints it.
#[utoipa::path(get, path = "/api/teams/{name}", tag = "teams",
    params(("name" = String, Path, description = "Any team name", example = "England"), TeamQuery),
    responses(
        (status = 200, description = "The team", body = TeamAnswer),
        (status = 400, description = "A malformed parameter", body = ApiError),
        (status = 404, description = "No team of that name", body = ApiError),
        (status = 409, description = "Ambiguous team name", body = ApiError),
    ))]
pub async fn get_team(
    State(state): State<AppState>,
    uri: Uri,
    Path(name): Path<String>,
    Q(query): Q<TeamQuery>,
) -> Result<Response, ServerError> {
    let as_of = params::date("as_of", query.as_of.as_deref())?;
    let gender = gender_param(query.gender.as_deref())?.unwrap_or(Gender::Men);
    let team = state.teams().require(&name, as_of, Some(gender))?;
    let limit = query.limit.unwrap_or(20).clamp(1, 200);
    cached_json(&state, cache_key(&uri, &query), move |ctx| {
        Ok(team_view(ctx.facts, &name, team, gender, as_of, limit)?)
    })
    .await
}

/// Query of the tournaments-of-a-team and head-to-head endpoints.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HistoryQuery {
    /// Up to and including this day, `YYYY-MM-DD`.
    #[param(format = Date)]
    pub as_of: Option<String>,
    /// `men` (default) or `women`.
    pub gender: Option<String>,
}

/// A team at one World Cup.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct WorldCupFinish {
    /// The edition.
    pub edition: EditionSummary,
    /// Deepest stage played.
    pub stage: StageView,
    /// `champions`, `runners-up`, `third place`, `fourth place`, or the stage.
    pub finish: String,
    /// Final position (1–4), where Fjelstul records one.
    pub position: Option<u32>,
    /// Matches played.
    pub matches: u32,
}

/// A team at one edition of its continental championship.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ContinentalRun {
    /// The edition.
    pub edition: EditionSummary,
    /// Matches played.
    pub matches: u32,
    /// Reached the final (editions that ended with one).
    pub final_reached: Option<bool>,
    /// Won it, where the data can tell.
    pub champion: Option<bool>,
    /// In words.
    pub finish: String,
}

/// A team's tournament history.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TournamentHistory {
    /// The team.
    pub team: String,
    /// `men` or `women`.
    pub gender: &'static str,
    /// Up to this day.
    #[schema(value_type = Option<String>, format = Date)]
    pub as_of: Option<Date>,
    /// World Cups played (Fjelstul, exact), oldest first.
    pub world_cups: Vec<WorldCupFinish>,
    /// The best World Cup finish.
    pub best_world_cup: Option<String>,
    /// World Cup titles (years).
    pub world_cup_titles: Vec<i32>,
    /// The continental championship of the team's confederation, where goalline knows it.
    pub continental: Option<String>,
    /// Its editions the team played (martj42 results; stages outside the final are not recorded).
    pub continental_runs: Vec<ContinentalRun>,
}

/// The continental championship of a confederation.
pub fn continental_competition(confederation: Option<&str>) -> Option<&'static str> {
    match confederation? {
        "UEFA" => Some("UEFA Euro"),
        "CONMEBOL" => Some("Copa América"),
        "CAF" => Some("African Cup of Nations"),
        "AFC" => Some("AFC Asian Cup"),
        "CONCACAF" => Some("Gold Cup"),
        _ => None,
    }
}

/// A team's World Cups and continental championships (blocking).
pub fn history(
    facts: &Facts,
    team: TeamId,
    gender: Gender,
    as_of: Option<Date>,
) -> Result<TournamentHistory, FactsError> {
    let tournaments = facts.wc_tournaments()?;
    let later = facts.later_world_cups(gender)?;
    // A World Cup counts once it has ended by `as_of`: Fjelstul's editions by their end dates,
    // later ones (2026) by their last match in the results.
    let finishes: Vec<_> = facts
        .wc_finishes(team, gender)?
        .into_iter()
        .filter(|f| {
            as_of.is_none_or(|d| {
                tournaments
                    .iter()
                    .any(|t| t.id == f.tournament && t.end_date <= d)
                    || later.edition_of(&f.tournament).is_some_and(|e| e.to <= d)
            })
        })
        .collect();
    let best = finishes
        .iter()
        .max_by_key(|f| (f.score(), f.year))
        .map(|f| format!("{} ({})", f.label(), f.year));
    let titles = finishes
        .iter()
        .filter(|f| f.position == Some(1))
        .map(|f| f.year)
        .collect();
    let comp = world_cup_competition(gender);
    let editions = facts.editions(comp)?;
    let world_cups = finishes
        .iter()
        .filter_map(|f| {
            let e = editions.iter().find(|e| match e.wc.as_deref() {
                Some(wc) => wc == f.tournament,
                None => LaterWorldCups::id(e) == f.tournament,
            })?;
            Some(WorldCupFinish {
                edition: EditionSummary::of(e),
                stage: f.stage.into(),
                finish: f.label(),
                position: f.position,
                matches: f.matches,
            })
        })
        .collect();
    let continental = match gender {
        Gender::Men => continental_competition(
            facts
                .teams()
                .team(team)
                .and_then(|t| t.confederation.as_deref()),
        ),
        Gender::Women => None,
    };
    let mut runs = Vec::new();
    if let Some(c) = continental {
        for e in facts
            .editions(c)?
            .into_iter()
            .filter(|e| as_of.is_none_or(|d| e.to <= d))
        {
            let r = facts.run(team, &e)?;
            if r.value.matches.is_empty() {
                continue;
            }
            let has_final = facts.has_final(&e);
            let final_reached =
                has_final.then_some(r.value.stage == Some(goalline_core::Stage::Final));
            let finish = match (r.value.champion, final_reached) {
                (Some(true), _) => "champions".to_string(),
                (_, Some(true)) => "runners-up".to_string(),
                (_, Some(false)) => "did not reach the final".to_string(),
                _ => "played (no final that year)".to_string(),
            };
            runs.push(ContinentalRun {
                edition: EditionSummary::of(&e),
                matches: r.value.matches.len() as u32,
                final_reached,
                champion: r.value.champion,
                finish,
            });
        }
    }
    Ok(TournamentHistory {
        team: facts.team_name(team).to_string(),
        gender: gender.as_str(),
        as_of,
        world_cups,
        best_world_cup: best,
        world_cup_titles: titles,
        continental: continental.map(str::to_string),
        continental_runs: runs,
    })
}

/// A team's tournament history: World Cup finishes (Fjelstul, exact) and the editions of its
/// continental championship it played, with titles.
#[utoipa::path(get, path = "/api/teams/{name}/tournaments", tag = "teams",
    params(("name" = String, Path, description = "Any team name", example = "England"), HistoryQuery),
    responses(
        (status = 200, description = "The team's tournaments", body = TournamentHistory),
        (status = 400, description = "A malformed parameter", body = ApiError),
        (status = 404, description = "No team of that name", body = ApiError),
        (status = 409, description = "Ambiguous team name", body = ApiError),
    ))]
pub async fn tournaments_of_team(
    State(state): State<AppState>,
    uri: Uri,
    Path(name): Path<String>,
    Q(query): Q<HistoryQuery>,
) -> Result<Response, ServerError> {
    let as_of = params::date("as_of", query.as_of.as_deref())?;
    let gender = gender_param(query.gender.as_deref())?.unwrap_or(Gender::Men);
    let team = state.teams().require(&name, as_of, Some(gender))?;
    cached_json(&state, cache_key(&uri, &query), move |ctx| {
        Ok(history(ctx.facts, team, gender, as_of)?)
    })
    .await
}

/// The head-to-head record of two teams.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HeadToHeadResponse {
    /// First team.
    pub team: String,
    /// Second team.
    pub opponent: String,
    /// `men` or `women`.
    pub gender: &'static str,
    /// Up to this day.
    #[schema(value_type = Option<String>, format = Date)]
    pub as_of: Option<Date>,
    /// Matches played.
    pub played: u32,
    /// Wins of `team` (a shootout counts as a draw).
    pub wins: u32,
    /// Draws.
    pub draws: u32,
    /// Wins of `opponent`.
    pub losses: u32,
    /// Goals of `team`.
    pub goals_for: u32,
    /// Goals of `opponent`.
    pub goals_against: u32,
    /// Matches whose score is unknown.
    pub unknown_score: u32,
    /// The matches, oldest first, each with its outcome (stage, a.e.t., penalties).
    pub matches: Vec<crate::api::journal::MatchLine>,
    /// How completely the data covers it.
    pub coverage: CoverageView,
}

/// The head-to-head record of two teams up to a day (a match won on penalties counts as a draw).
#[utoipa::path(get, path = "/api/teams/{name}/head-to-head/{opponent}", tag = "teams",
    params(("name" = String, Path, description = "Any team name", example = "England"),
           ("opponent" = String, Path, description = "Any team name", example = "France"),
           HistoryQuery),
    responses(
        (status = 200, description = "The record and the matches", body = HeadToHeadResponse),
        (status = 400, description = "A malformed parameter, or the same team twice", body = ApiError),
        (status = 404, description = "No team of that name", body = ApiError),
        (status = 409, description = "Ambiguous team name", body = ApiError),
    ))]
pub async fn head_to_head(
    State(state): State<AppState>,
    uri: Uri,
    Path((name, opponent)): Path<(String, String)>,
    Q(query): Q<HistoryQuery>,
) -> Result<Response, ServerError> {
    let as_of = params::date("as_of", query.as_of.as_deref())?;
    let gender = gender_param(query.gender.as_deref())?.unwrap_or(Gender::Men);
    let a = state.teams().require(&name, as_of, Some(gender))?;
    let b = state.teams().require(&opponent, as_of, Some(gender))?;
    if a == b {
        return Err(ServerError::BadQuestion(format!(
            "{name:?} and {opponent:?} are the same team"
        )));
    }
    cached_json(&state, cache_key(&uri, &query), move |ctx| {
        Ok(head_to_head_view(ctx.facts, a, b, as_of, gender)?)
    })
    .await
}

/// The head-to-head answer in the API's vocabulary (blocking); the CLI's `h2h --json` prints
/// the same structure.
pub fn head_to_head_view(
    facts: &goalline_facts::Facts,
    a: TeamId,
    b: TeamId,
    as_of: Option<Date>,
    gender: Gender,
) -> Result<HeadToHeadResponse, goalline_facts::FactsError> {
    let h = facts.head_to_head(a, b, as_of, gender)?;
    let v = h.value;
    Ok(HeadToHeadResponse {
        team: facts.team_name(a).to_string(),
        opponent: facts.team_name(b).to_string(),
        gender: gender.as_str(),
        as_of,
        played: v.matches.len() as u32,
        wins: v.a_wins,
        draws: v.draws,
        losses: v.b_wins,
        goals_for: v.a_goals,
        goals_against: v.b_goals,
        unknown_score: v.unknown,
        matches: crate::api::journal::match_lines(facts, &v.matches)?,
        coverage: h.coverage.into(),
    })
}
