//! Player endpoints: `GET /api/players?q=` (resolution: one, ambiguous with candidates, none),
//! `GET /api/players/{name}` (profile: birth date, age, World Cups, awards, tally) and
//! `GET /api/players/{name}/tally` (goals for a team as an interval `[low, high]` with its
//! coverage and reasoning, as of a day).
//!
//! `{name}` is any name the facts engine resolves (full name in any word order, a surname), or
//! goalline's numeric player id for names shared by several players. Ambiguity is an error with
//! candidates, never a guess. Men's players are tried first; a name no man has falls back to
//! women's players (e.g. `Marta`) unless `gender` says otherwise.

use crate::api::model::{CoverageView, PlayerSummary, TallyView};
use crate::api::params::{self, Q};
use crate::api::teams::EvidenceRow;
use crate::api::{cache_key, cached_json, gender_param};
use crate::error::{ApiError, ServerError};
use crate::routes::Registry;
use crate::state::{AppState, Ctx};
use crate::urls;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use goalline_core::{Date, Gender, PlayerId, TeamId};
use goalline_facts::{FactsError, PlayerContext, Resolution};
use goalline_store::PlayerRow;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::routes;

/// Registers the player endpoints.
pub fn register(r: Registry) -> Registry {
    r.api(routes!(resolve_players))
        .api(routes!(get_player))
        .api(routes!(get_player_tally))
}

/// Query of `GET /api/players`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PlayerSearchQuery {
    /// A player's name (full name in any word order, or a surname).
    #[param(example = "Harry Kane")]
    pub q: Option<String>,
    /// Only players of this team.
    pub team: Option<String>,
    /// Only players active around this day, `YYYY-MM-DD`.
    #[param(format = Date)]
    pub as_of: Option<String>,
    /// `men` or `women`.
    pub gender: Option<String>,
}

/// How a player name resolved.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlayerResolution {
    /// The name asked about.
    pub query: String,
    /// `one`, `ambiguous` or `none`.
    pub resolution: super::teams::ResolutionKind,
    /// The player (one) or the candidates (ambiguous).
    pub players: Vec<PlayerSummary>,
}

/// Context parameters of the player endpoints.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PlayerQuery {
    /// The team to count goals for (default: the player's only team, else the one with most
    /// scorer rows). Also narrows the name.
    #[param(example = "England")]
    pub team: Option<String>,
    /// Count up to and including this day, `YYYY-MM-DD` (default: all data).
    #[param(format = Date, example = "2022-12-10")]
    pub as_of: Option<String>,
    /// `men` or `women`.
    pub gender: Option<String>,
}

/// A caps/goals snapshot used to pin a tally.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SnapshotView {
    /// Day of the snapshot.
    #[schema(value_type = String, format = Date)]
    pub date: Date,
    /// Caps then, where recorded.
    pub caps: Option<u32>,
    /// Goals then.
    pub goals: u32,
    /// Source row.
    pub evidence: EvidenceRow,
}

/// A player's goals for a team as of a day.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TallyResponse {
    /// The player.
    pub player: PlayerSummary,
    /// The team counted.
    pub team: String,
    /// Why this team: `requested`, `only team`, `most scorer rows`.
    pub team_chosen: &'static str,
    /// Up to and including this day (`null`: all data).
    #[schema(value_type = Option<String>, format = Date)]
    pub as_of: Option<Date>,
    /// The interval.
    pub tally: TallyView,
    /// The interval in words: `52–55`, `53`, `at least 7`.
    #[schema(example = "52–55")]
    pub text: String,
    /// Goals known goal by goal (scorer rows).
    pub known: u32,
    /// Goals of the team in the player's span whose scorer is unknown.
    pub unknown_team_goals: u32,
    /// How completely the data covers the tally.
    pub coverage: CoverageView,
    /// How the bounds were made.
    pub reasoning: String,
    /// What a reader should know.
    pub note: Option<String>,
    /// Caps/goals snapshots that pinned the interval.
    pub snapshots: Vec<SnapshotView>,
    /// The scorer rows and snapshots behind it.
    pub evidence: Vec<EvidenceRow>,
}

/// One World Cup of a player.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct WorldCupLine {
    /// Fjelstul id (`WC-2022`).
    pub tournament: String,
    /// Year.
    pub year: i32,
    /// Team, as named at that World Cup (`Soviet Union` in 1986).
    pub team: String,
    /// Matches the team played (up to `as_of`).
    pub team_matches: u32,
    /// Appearances; `null` when a match of the team has no line-up in any source.
    pub appearances: Option<u32>,
    /// Starts; `null` like `appearances`.
    pub starts: Option<u32>,
    /// Why appearances are unknown.
    pub appearances_note: Option<String>,
    /// Goals (own goals excluded).
    pub goals: u32,
    /// The tournament page.
    pub page: String,
}

/// A World Cup award.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AwardView {
    /// Fjelstul tournament id.
    pub tournament: String,
    /// Year.
    pub year: i32,
    /// `Golden Boot`…
    pub award: String,
    /// Shared with another player.
    pub shared: bool,
    /// Winner (player or team).
    pub winner: String,
    /// Team, as named at that tournament.
    pub team: String,
    /// The winner's page, when a linked player.
    pub player_page: Option<String>,
    /// Source row.
    pub evidence: EvidenceRow,
}

/// A player's profile as of a day.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PlayerProfile {
    /// The player.
    pub player: PlayerSummary,
    /// The day asked about (`null`: all data).
    #[schema(value_type = Option<String>, format = Date)]
    pub as_of: Option<Date>,
    /// Age in whole years on `as_of`, from the birth date (`null` without either).
    pub age: Option<i32>,
    /// Goals for the team.
    pub tally: TallyResponse,
    /// World Cups played (Fjelstul, exact), up to `as_of`.
    pub world_cups: Vec<WorldCupLine>,
    /// World Cup awards, up to `as_of`.
    pub awards: Vec<AwardView>,
    /// Other players the name also fits, when one was picked over them (a famous mononym
    /// with its team); each described with birth date and teams.
    pub other_candidates: Vec<String>,
}

/// Resolves a player key (name or numeric id) in context (blocking). Men's players first,
/// then women's when no man has the name and nothing asked for a gender or a team.
pub fn resolve(
    ctx: Ctx<'_>,
    key: &str,
    team: Option<TeamId>,
    as_of: Option<Date>,
    gender: Option<Gender>,
) -> Result<PlayerRow, ServerError> {
    let key = key.trim();
    if !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit()) {
        let id = key
            .parse::<i64>()
            .map_err(|_| ServerError::InvalidParameter {
                param: "name",
                message: format!("player id {key:?} is out of range"),
            })?;
        return ctx
            .store
            .player(PlayerId(id))?
            .ok_or_else(|| ServerError::NotFound {
                kind: "player",
                name: key.to_string(),
                suggestion: None,
            });
    }
    let pctx = PlayerContext {
        team,
        date: as_of,
        gender: Some(gender.unwrap_or(Gender::Men)),
    };
    let mut res = ctx.facts.resolve_player(key, pctx)?;
    if matches!(res, Resolution::None) && gender.is_none() && team.is_none() {
        res = ctx.facts.resolve_player(
            key,
            PlayerContext {
                gender: Some(Gender::Women),
                ..pctx
            },
        )?;
    }
    match res {
        Resolution::One(id) => ctx.store.player(id)?.ok_or_else(|| {
            ServerError::Internal(format!("player {id} resolved but is not in the database"))
        }),
        Resolution::Ambiguous(ids) => Err(ServerError::Ambiguous {
            name: key.to_string(),
            candidates: ids
                .iter()
                .map(|p| ctx.facts.describe_player(*p))
                .collect::<Result<_, FactsError>>()?,
            pages: ids.iter().map(|p| urls::player_page_id(p.0)).collect(),
        }),
        Resolution::None => Err(ServerError::NotFound {
            kind: "player",
            name: key.to_string(),
            suggestion: None,
        }),
    }
}

/// Canonical names of a player's teams.
pub fn team_names(ctx: Ctx<'_>, ids: &[TeamId]) -> Vec<String> {
    ids.iter().map(|t| ctx.teams.name(*t).to_string()).collect()
}

/// The team whose goals are counted: the one asked for, the only one, else the one with most
/// scorer rows (then the most World Cup squads).
pub fn choose_team(
    ctx: Ctx<'_>,
    p: &PlayerRow,
    teams: &[TeamId],
    requested: Option<TeamId>,
) -> Result<(TeamId, &'static str), ServerError> {
    if let Some(t) = requested {
        return Ok((t, "requested"));
    }
    match teams {
        [t] => Ok((*t, "only team")),
        [] => p
            .team
            .map(|t| (t, "only team"))
            .ok_or_else(|| ServerError::BadQuestion(format!("{} has no team in the data", p.name))),
        many => {
            let rows = ctx.store.player_scorer_rows(p.id, None)?;
            let squads = ctx.store.player_squads(p.id)?;
            let best = many
                .iter()
                .max_by_key(|t| {
                    (
                        rows.iter().filter(|r| r.team == **t).count(),
                        squads.iter().filter(|s| s.team == **t).count(),
                    )
                })
                .copied()
                .unwrap_or(many[0]);
            Ok((best, "most scorer rows"))
        }
    }
}

/// The tally of a resolved player for a team (blocking).
pub fn tally_of(
    ctx: Ctx<'_>,
    p: &PlayerRow,
    summary: PlayerSummary,
    team: (TeamId, &'static str),
    as_of: Option<Date>,
) -> Result<TallyResponse, ServerError> {
    Ok(tally_view(ctx.facts, p, summary, team, as_of)?)
}

/// The tally answer in the API's vocabulary (blocking); `goalline player --json` prints the
/// same structure under `tally`.
pub fn tally_view(
    facts: &goalline_facts::Facts,
    p: &PlayerRow,
    summary: PlayerSummary,
    team: (TeamId, &'static str),
    as_of: Option<Date>,
) -> Result<TallyResponse, FactsError> {
    let a = facts.player_tally(p.id, team.0, as_of)?;
    let t = TallyView::from(a.value.tally);
    Ok(TallyResponse {
        player: summary,
        team: facts.team_name(team.0).to_string(),
        team_chosen: team.1,
        as_of,
        text: t.text(),
        tally: t,
        known: a.value.known,
        unknown_team_goals: a.value.unknown_team_goals,
        coverage: a.coverage.into(),
        reasoning: a.value.reasoning,
        note: a.note,
        snapshots: a
            .value
            .snapshots
            .iter()
            .map(|s| SnapshotView {
                date: s.date,
                caps: s.caps,
                goals: s.goals,
                evidence: EvidenceRow::from(&s.evidence),
            })
            .collect(),
        evidence: a.evidence.iter().map(EvidenceRow::from).collect(),
    })
}

/// Everything `{name}` plus the context parameters resolve to.
pub struct Resolved {
    /// The player.
    pub row: PlayerRow,
    /// The player's teams.
    pub teams: Vec<TeamId>,
    /// The team counted and why.
    pub team: (TeamId, &'static str),
    /// The day.
    pub as_of: Option<Date>,
}

/// Resolves the key and the context of a player request (blocking).
pub fn resolve_request(ctx: Ctx<'_>, key: &str, q: &PlayerQuery) -> Result<Resolved, ServerError> {
    let as_of = params::date("as_of", q.as_of.as_deref())?;
    let gender = gender_param(q.gender.as_deref())?;
    let team = match q.team.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => Some(ctx.facts.team(t, as_of, gender)?),
        None => None,
    };
    let row = resolve(ctx, key, team, as_of, gender)?;
    let teams = ctx.player_teams.get(ctx.store, row.id)?.to_vec();
    let team = choose_team(ctx, &row, &teams, team)?;
    Ok(Resolved {
        row,
        teams,
        team,
        as_of,
    })
}

fn summary(ctx: Ctx<'_>, r: &Resolved) -> PlayerSummary {
    PlayerSummary::of(&r.row, team_names(ctx, &r.teams), false)
}

/// A player's tally (blocking).
pub fn tally(ctx: Ctx<'_>, key: &str, q: &PlayerQuery) -> Result<TallyResponse, ServerError> {
    let r = resolve_request(ctx, key, q)?;
    tally_of(ctx, &r.row, summary(ctx, &r), r.team, r.as_of)
}

/// A player's profile (blocking).
pub fn profile(ctx: Ctx<'_>, key: &str, q: &PlayerQuery) -> Result<PlayerProfile, ServerError> {
    let r = resolve_request(ctx, key, q)?;
    let player = summary(ctx, &r);
    // A mononym picked over namesakes ("Marta" for Brazil): the others, so nobody is hidden.
    let key = key.trim();
    let other_candidates = if key.bytes().all(|b| b.is_ascii_digit()) {
        Vec::new()
    } else {
        let pctx = PlayerContext {
            team: (r.team.1 == "requested").then_some(r.team.0),
            date: r.as_of,
            gender: Some(r.row.gender),
        };
        ctx.facts
            .player_namesakes(key, pctx, r.row.id)?
            .into_iter()
            .map(|p| ctx.facts.describe_player(p))
            .collect::<Result<_, FactsError>>()?
    };
    Ok(profile_view(
        ctx.facts,
        &r.row,
        player,
        r.team,
        r.as_of,
        other_candidates,
    )?)
}

/// The profile of a resolved player in the API's vocabulary (blocking): what
/// `GET /api/players/{name}` answers and `goalline player --json` prints. `team` is the team
/// counted and why it was chosen; `other_candidates` describes namesakes the name also fits.
pub fn profile_view(
    facts: &goalline_facts::Facts,
    row: &PlayerRow,
    player: PlayerSummary,
    team: (TeamId, &'static str),
    as_of: Option<Date>,
    other_candidates: Vec<String>,
) -> Result<PlayerProfile, FactsError> {
    let tally = tally_view(facts, row, player.clone(), team, as_of)?;
    let age = match (row.birth_date, as_of) {
        (Some(b), Some(d)) => Some(goalline_facts::people::age_on(b, d)),
        _ => None,
    };
    let tournaments = facts.wc_tournaments()?;
    let later = facts.later_world_cups(Gender::Men)?;
    let start_of = |t: &str| {
        tournaments
            .iter()
            .find(|x| x.id == t)
            .map(|x| x.start_date)
            .or_else(|| later.edition_of(t).map(|e| e.from))
    };
    let started_by = |t: &str| start_of(t).is_some_and(|start| as_of.is_none_or(|d| start <= d));
    let cups = facts.player_world_cups(row.id)?;
    let mut world_cups = Vec::new();
    for c in cups.value.iter().filter(|c| started_by(&c.tournament)) {
        let gender = tournaments
            .iter()
            .find(|t| t.id == c.tournament)
            .map_or(Gender::Men, |t| t.gender);
        let (team_matches, appearances, starts, goals) =
            goalline_facts::Facts::world_cup_line_as_of(c, as_of);
        world_cups.push(WorldCupLine {
            tournament: c.tournament.clone(),
            year: c.year,
            // The name of the day: "Soviet Union" at the 1986 World Cup.
            team: start_of(&c.tournament)
                .map_or(facts.team_name(c.team), |d| facts.team_name_on(c.team, d))
                .to_string(),
            team_matches,
            appearances,
            starts,
            appearances_note: appearances
                .is_none()
                .then(|| goalline_facts::people::APPEARANCES_UNKNOWN.to_string()),
            goals,
            page: urls::tournament_page(&format!(
                "{} {}",
                super::model::world_cup_competition(gender),
                c.year
            )),
        });
    }
    let ended_by = |t: &str| {
        tournaments
            .iter()
            .find(|x| x.id == t)
            .is_some_and(|x| as_of.is_none_or(|d| x.end_date <= d))
    };
    let awards = facts
        .player_awards(row.id)?
        .iter()
        .filter(|a| ended_by(&a.tournament))
        .map(|a| award_view(facts, a, start_of(&a.tournament)))
        .collect();
    Ok(PlayerProfile {
        player,
        as_of,
        age,
        tally,
        world_cups,
        awards,
        other_candidates,
    })
}

/// An award row on the wire; a team is named as it was on `on` (the tournament's first day).
pub fn award_view(
    facts: &goalline_facts::Facts,
    a: &goalline_store::AwardRow,
    on: Option<Date>,
) -> AwardView {
    let team = on.map_or(facts.team_name(a.team), |d| facts.team_name_on(a.team, d));
    AwardView {
        tournament: a.tournament.clone(),
        year: a.year,
        award: a.award.clone(),
        shared: a.shared,
        winner: a.player_name.clone().unwrap_or_else(|| team.to_string()),
        team: team.to_string(),
        player_page: a.player.map(|p| urls::player_page_id(p.0)),
        evidence: EvidenceRow::from(&a.evidence),
    }
}

/// Resolves a player name. Ambiguity is an answer, not an error: the candidates are listed.
#[utoipa::path(get, path = "/api/players", tag = "players", params(PlayerSearchQuery),
    responses(
        (status = 200, description = "How the name resolved", body = PlayerResolution),
        (status = 400, description = "`q` missing or a parameter malformed", body = ApiError),
    ))]
pub async fn resolve_players(
    State(state): State<AppState>,
    uri: Uri,
    Q(query): Q<PlayerSearchQuery>,
) -> Result<Response, ServerError> {
    let q = params::required("q", query.q.as_deref())?.to_string();
    cached_json(&state, cache_key(&uri, &query), move |ctx| {
        let as_of = params::date("as_of", query.as_of.as_deref())?;
        let gender = gender_param(query.gender.as_deref())?;
        let team = match query
            .team
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            Some(t) => Some(ctx.facts.team(t, as_of, gender)?),
            None => None,
        };
        let (resolution, rows) = match resolve(ctx, &q, team, as_of, gender) {
            Ok(p) => (super::teams::ResolutionKind::One, vec![p]),
            Err(ServerError::Ambiguous { .. }) => {
                let ids = match ctx.facts.resolve_player(
                    &q,
                    PlayerContext {
                        team,
                        date: as_of,
                        gender: Some(gender.unwrap_or(Gender::Men)),
                    },
                )? {
                    Resolution::Ambiguous(ids) => ids,
                    Resolution::One(id) => vec![id],
                    Resolution::None => Vec::new(),
                };
                let mut rows = Vec::new();
                for id in ids {
                    rows.extend(ctx.store.player(id)?);
                }
                (super::teams::ResolutionKind::Ambiguous, rows)
            }
            Err(ServerError::NotFound { .. }) => (super::teams::ResolutionKind::None, Vec::new()),
            Err(e) => return Err(e),
        };
        let unique = rows.len() == 1;
        let mut players = Vec::new();
        for p in &rows {
            let teams = ctx.player_teams.get(ctx.store, p.id)?;
            players.push(PlayerSummary::of(p, team_names(ctx, &teams), unique));
        }
        Ok(PlayerResolution {
            query: q,
            resolution,
            players,
        })
    })
    .await
}

/// A player's profile: birth date, age on `as_of`, goals for a team as an interval, World Cups
/// (appearances, starts, goals) and World Cup awards up to `as_of`.
#[utoipa::path(get, path = "/api/players/{name}", tag = "players",
    params(("name" = String, Path, description = "A player's name, or goalline's player id", example = "Harry Kane"),
           PlayerQuery),
    responses(
        (status = 200, description = "The player", body = PlayerProfile),
        (status = 400, description = "A malformed parameter, or a player without a team", body = ApiError),
        (status = 404, description = "No player (or team) of that name", body = ApiError),
        (status = 409, description = "Several players have this name (`candidates`, `candidate_pages`)", body = ApiError),
    ))]
pub async fn get_player(
    State(state): State<AppState>,
    uri: Uri,
    Path(name): Path<String>,
    Q(query): Q<PlayerQuery>,
) -> Result<Response, ServerError> {
    cached_json(&state, cache_key(&uri, &query), move |ctx| {
        profile(ctx, &name, &query)
    })
    .await
}

/// A player's goals for a team up to a day, as an interval `[low, high]`: `low` goals are known
/// goal by goal, and up to `high − low` more may hide among the team's goals without a scorer
/// row (friendlies and some competitions are missing from the scorer data); caps/goals
/// snapshots pin it further. Only a zero-width interval is an exact count.
#[utoipa::path(get, path = "/api/players/{name}/tally", tag = "players",
    params(("name" = String, Path, description = "A player's name, or goalline's player id", example = "Harry Kane"),
           PlayerQuery),
    responses(
        (status = 200, description = "The tally with its coverage and reasoning", body = TallyResponse),
        (status = 400, description = "A malformed parameter, or a player without a team", body = ApiError),
        (status = 404, description = "No player (or team) of that name", body = ApiError),
        (status = 409, description = "Several players have this name (`candidates`, `candidate_pages`)", body = ApiError),
    ))]
pub async fn get_player_tally(
    State(state): State<AppState>,
    uri: Uri,
    Path(name): Path<String>,
    Q(query): Q<PlayerQuery>,
) -> Result<Response, ServerError> {
    cached_json(&state, cache_key(&uri, &query), move |ctx| {
        tally(ctx, &name, &query)
    })
    .await
}
