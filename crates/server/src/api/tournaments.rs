//! Tournament endpoints: `GET /api/tournaments?q=` (editions named in prose: "World Cup 2022",
//! "Euro 2020", "Qatar 2022") and `GET /api/tournaments/{key}` (one edition: champion, final
//! standings, knockout bracket, group tables, scorers with coverage, awards).
//!
//! `{key}` is `{competition} {year}` as in [`crate::api::model::edition_key`]
//! (`FIFA World Cup 2022`, `UEFA Euro 2020`, `FIFA Women's World Cup 2019`); any phrase the
//! facts engine resolves to one edition is accepted too. World Cup stages come from Fjelstul;
//! other brackets are derived from results by the facts engine and say so in `bracket_note`.
//!
//! Group tables are computed here from the group matches (the store keeps Fjelstul's group
//! standings but has no read method for them yet): points, goal difference, goals scored, then
//! name; the order of teams level on all three may differ from the official tie-breakers.

use crate::api::matches::ScorePair;
use crate::api::model::{
    edition_key, known_competition, CoverageView, EditionSummary, MatchSummary, StageView,
    TallyView,
};
use crate::api::params::{self, Q};
use crate::api::players::{award_view, AwardView};
use crate::api::teams::{EvidenceRow, ResolutionKind};
use crate::api::{cache_key, cached_json, gender_param};
use crate::error::{ApiError, ServerError};
use crate::routes::Registry;
use crate::state::{AppState, Ctx};
use crate::urls;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use goalline_core::{Coverage, Date, Datelike, Gender, Stage, Tally, TeamId};
use goalline_facts::tournaments::Edition;
use goalline_facts::{Facts, FactsError, Resolution};
use goalline_store::MatchRow;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::routes;

/// Registers the tournament endpoints.
pub fn register(r: Registry) -> Registry {
    r.api(routes!(resolve_tournaments))
        .api(routes!(get_tournament))
}

/// Query of `GET /api/tournaments`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TournamentSearchQuery {
    /// An edition in prose: `World Cup 2022`, `Euro 2020`, `Qatar 2022`, `Italia 90`.
    #[param(example = "World Cup 2022")]
    pub q: Option<String>,
    /// `men` or `women`.
    pub gender: Option<String>,
}

/// How a phrase resolved to editions.
#[derive(Debug, Serialize, ToSchema)]
pub struct TournamentResolution {
    /// The phrase asked about.
    pub query: String,
    /// `one`, `ambiguous` or `none`.
    pub resolution: ResolutionKind,
    /// The edition (one) or the candidates (ambiguous).
    pub editions: Vec<EditionSummary>,
}

/// Resolves an edition phrase (blocking): `Ok(None)` when nothing fits.
pub fn find_editions(
    ctx: Ctx<'_>,
    q: &str,
    gender: Option<Gender>,
) -> Result<(ResolutionKind, Vec<Edition>), ServerError> {
    if let Some(e) = by_key(ctx, q)? {
        return Ok((ResolutionKind::One, vec![e]));
    }
    Ok(match ctx.facts.resolve_edition(q, None, gender) {
        Ok(Resolution::One(e)) => (ResolutionKind::One, vec![e]),
        Ok(Resolution::Ambiguous(es)) => (ResolutionKind::Ambiguous, es),
        // A phrase the engine cannot read as an edition ("World Cup" with no year) is no match.
        Ok(Resolution::None) | Err(goalline_facts::FactsError::BadQuestion(_)) => {
            (ResolutionKind::None, Vec::new())
        }
        Err(e) => return Err(e.into()),
    })
}

/// The edition of an exact key `{competition} {year}`, if the competition is known.
fn by_key(ctx: Ctx<'_>, key: &str) -> Result<Option<Edition>, ServerError> {
    let key = key.trim();
    let Some((comp, year)) = key.rsplit_once(' ') else {
        return Ok(None);
    };
    let (Ok(year), true) = (year.parse::<i32>(), known_competition(comp)) else {
        return Ok(None);
    };
    Ok(ctx.facts.edition(comp, Some(year), None)?)
}

/// The one edition a key or phrase names (blocking), or a 404 / 409.
pub fn require_edition(
    ctx: Ctx<'_>,
    key: &str,
    gender: Option<Gender>,
) -> Result<Edition, ServerError> {
    match find_editions(ctx, key, gender)? {
        (ResolutionKind::One, mut es) if es.len() == 1 => Ok(es.remove(0)),
        (ResolutionKind::Ambiguous, es) => Err(ServerError::Ambiguous {
            name: key.to_string(),
            candidates: es.iter().map(|e| e.label.clone()).collect(),
            pages: es
                .iter()
                .map(|e| urls::tournament_page(&edition_key(e)))
                .collect(),
        }),
        _ => Err(ServerError::NotFound {
            kind: "tournament",
            name: key.to_string(),
            suggestion: None,
        }),
    }
}

/// Resolves a tournament phrase to editions. Ambiguity is an answer: candidates are listed.
#[utoipa::path(get, path = "/api/tournaments", tag = "tournaments", params(TournamentSearchQuery),
    responses(
        (status = 200, description = "How the phrase resolved", body = TournamentResolution),
        (status = 400, description = "`q` missing or `gender` malformed", body = ApiError),
    ))]
pub async fn resolve_tournaments(
    State(state): State<AppState>,
    uri: Uri,
    Q(query): Q<TournamentSearchQuery>,
) -> Result<Response, ServerError> {
    let q = params::required("q", query.q.as_deref())?.to_string();
    let gender = gender_param(query.gender.as_deref())?;
    cached_json(&state, cache_key(&uri, &query), move |ctx| {
        let (resolution, es) = find_editions(ctx, &q, gender)?;
        Ok(TournamentResolution {
            query: q,
            resolution,
            editions: es.iter().map(EditionSummary::of).collect(),
        })
    })
    .await
}

/// The champion of an edition.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChampionView {
    /// The team, as named in the edition (`West Germany` in 1974).
    pub team: String,
    /// The team's page (under its canonical name).
    pub team_page: String,
    /// How it is known (e.g. "winner of the last match").
    pub note: Option<String>,
    /// Source rows.
    pub evidence: Vec<EvidenceRow>,
}

/// A final position.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StandingView {
    /// 1 = champions; semi-finalists without a third-place match share 3.
    pub position: u32,
    /// The team, as named in the edition.
    pub team: String,
    /// The team's page (under its canonical name).
    pub team_page: String,
}

/// One line of an edition's scorer table.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EditionScorer {
    /// Rank; equal goals share it.
    pub rank: u32,
    /// Name as written.
    pub name: String,
    /// Team, as named in the edition.
    pub team: String,
    /// The team's page (under its canonical name).
    pub team_page: String,
    /// Goals (own goals excluded): exact when the edition's coverage is, otherwise at least
    /// `low` and at most `low` plus the edition's goals without a scorer row.
    pub goals: TallyView,
    /// The player's page, when linked.
    pub player_page: Option<String>,
}

/// A match of a knockout round.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BracketMatch {
    /// The match.
    pub r#match: MatchSummary,
    /// Winner as named that day (like `home`/`away`), after a shootout if any.
    pub winner: Option<String>,
    /// Winner's canonical name (like `home_team`/`away_team`).
    pub winner_team: Option<String>,
    /// Extra time played, where known.
    pub extra_time: Option<bool>,
    /// Shootout score, oriented like the match (home, away), where known.
    pub shootout: Option<ScorePair>,
}

/// One knockout round.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BracketRoundView {
    /// The stage.
    pub stage: StageView,
    /// Its matches, in date order.
    pub matches: Vec<BracketMatch>,
}

/// One line of a group table.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GroupRow {
    /// Team, as named in the group's matches (`West Germany` in 1974).
    pub team: String,
    /// The team's page (under its canonical name).
    pub team_page: String,
    /// Played.
    pub played: u32,
    /// Won.
    pub won: u32,
    /// Drawn.
    pub drawn: u32,
    /// Lost.
    pub lost: u32,
    /// Goals scored.
    pub goals_for: u32,
    /// Goals conceded.
    pub goals_against: u32,
    /// `goals_for − goals_against`.
    pub goal_difference: i32,
    /// Points (2 for a win before 1994, 3 since).
    pub points: u32,
}

/// A group of a group stage.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GroupTable {
    /// `Group A`.
    pub name: String,
    /// The stage (`group_stage`, `second_group_stage`, `final_round`).
    pub stage: StageView,
    /// The table.
    pub rows: Vec<GroupRow>,
    /// Its matches, in date order.
    pub matches: Vec<MatchSummary>,
}

/// One edition of a tournament.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TournamentDetail {
    /// The edition.
    pub edition: EditionSummary,
    /// Host country or countries (World Cups).
    pub host: Option<String>,
    /// `finished`, `in_progress` or `not_started` on `as_of`.
    pub status: &'static str,
    /// The day asked about (`null`: all data). Inside the edition it is in progress: matches,
    /// goals, scorers, groups and bracket up to that day; no champion, standings or awards.
    #[schema(value_type = Option<String>, format = Date)]
    pub as_of: Option<Date>,
    /// Matches of the whole edition in the data.
    pub matches_scheduled: u32,
    /// Matches played (up to `as_of`).
    pub matches: u32,
    /// Goals scored (matches with a known score).
    pub goals: u32,
    /// The champion, where the data can tell.
    pub champion: Option<ChampionView>,
    /// Final standings (top four where recorded or derivable).
    pub standings: Vec<StandingView>,
    /// How the standings are known.
    pub standings_note: Option<String>,
    /// Awards (World Cups).
    pub awards: Vec<AwardView>,
    /// Scorers, most goals first.
    pub scorers: Vec<EditionScorer>,
    /// How completely the scorer data covers the edition.
    pub scorers_coverage: CoverageView,
    /// What the scorer table can and cannot say.
    pub scorers_note: Option<String>,
    /// Knockout rounds, earliest first (third-place match before the final).
    pub bracket: Vec<BracketRoundView>,
    /// How the bracket is known (Fjelstul stages, or derived from results).
    pub bracket_note: Option<String>,
    /// Group tables, computed from the group matches.
    pub groups: Vec<GroupTable>,
    /// How the group tables were made.
    pub groups_note: Option<String>,
    /// Source rows of the champion and standings.
    pub evidence: Vec<EvidenceRow>,
}

fn bracket_match(facts: &Facts, m: &MatchRow) -> Result<BracketMatch, FactsError> {
    let mf = facts.match_facts(m.id)?;
    let shootout = match &mf.wc {
        Some(w) => w.home_pens.zip(w.away_pens).map(|(h, a)| {
            if w.home == m.home {
                ScorePair { home: h, away: a }
            } else {
                ScorePair { home: a, away: h }
            }
        }),
        None => mf
            .result
            .shootout_score
            .map(|(home, away)| ScorePair { home, away }),
    };
    Ok(BracketMatch {
        r#match: MatchSummary::of(m, facts.teams()),
        winner: mf
            .result
            .winner
            .map(|w| goalline_facts::journal::name_in(&mf, w).to_string()),
        winner_team: mf.result.winner.map(|w| facts.team_name(w).to_string()),
        extra_time: mf.result.extra_time,
        shootout,
    })
}

/// Group tables of an edition (blocking): World Cup groups from Fjelstul stages, other
/// editions from openfootball's group names where it covers them.
fn groups(facts: &Facts, e: &Edition) -> Result<(Vec<GroupTable>, Option<String>), FactsError> {
    let store = facts.store();
    let win_points = if e.from.year() >= 1994 { 3 } else { 2 };
    // (stage, group) -> matches
    let mut by: BTreeMap<(Stage, String), Vec<MatchRow>> = BTreeMap::new();
    let mut source = None;
    if e.wc.is_some() {
        let rows = facts.edition_wc_matches(e)?;
        for w in rows.iter().filter(|w| !w.stage.is_knockout()) {
            if let Some(m) = store.match_by_id(w.match_id)? {
                let name = w
                    .group_name
                    .clone()
                    .unwrap_or_else(|| w.stage.label().to_string());
                by.entry((w.stage, name)).or_default().push(m);
            }
        }
        source = Some("Fjelstul's group of each match");
    } else {
        for m in facts.edition_matches(e)? {
            if let Some(o) = store.of_match(m.id)? {
                if let (Some(g), false) = (
                    o.group_name.clone(),
                    o.stage.is_some_and(|s| s.is_knockout()),
                ) {
                    by.entry((o.stage.unwrap_or(Stage::GroupStage), g))
                        .or_default()
                        .push(m);
                }
            }
        }
        if !by.is_empty() {
            source = Some("openfootball's group of each match");
        }
    }
    let mut out = Vec::new();
    for ((stage, name), mut matches) in by {
        matches.sort_by_key(|m| (m.date, m.id));
        let mut table: BTreeMap<TeamId, GroupRow> = BTreeMap::new();
        for m in &matches {
            for (t, name) in [(m.home, &m.home_name), (m.away, &m.away_name)] {
                table.entry(t).or_insert_with(|| GroupRow {
                    team: name.clone(),
                    team_page: urls::team_page(facts.team_name(t)),
                    played: 0,
                    won: 0,
                    drawn: 0,
                    lost: 0,
                    goals_for: 0,
                    goals_against: 0,
                    goal_difference: 0,
                    points: 0,
                });
            }
            let (Some(h), Some(a)) = (m.home_score, m.away_score) else {
                continue;
            };
            for (t, f, ag) in [(m.home, h, a), (m.away, a, h)] {
                if let Some(r) = table.get_mut(&t) {
                    r.played += 1;
                    r.goals_for += f;
                    r.goals_against += ag;
                    match f.cmp(&ag) {
                        std::cmp::Ordering::Greater => {
                            r.won += 1;
                            r.points += win_points;
                        }
                        std::cmp::Ordering::Equal => {
                            r.drawn += 1;
                            r.points += 1;
                        }
                        std::cmp::Ordering::Less => r.lost += 1,
                    }
                }
            }
        }
        let mut rows: Vec<GroupRow> = table
            .into_values()
            .map(|mut r| {
                r.goal_difference = r.goals_for as i32 - r.goals_against as i32;
                r
            })
            .collect();
        rows.sort_by(|a, b| {
            (b.points, b.goal_difference, b.goals_for)
                .cmp(&(a.points, a.goal_difference, a.goals_for))
                .then(a.team.cmp(&b.team))
        });
        out.push(GroupTable {
            name,
            stage: stage.into(),
            rows,
            matches: matches
                .iter()
                .map(|m| MatchSummary::of(m, facts.teams()))
                .collect(),
        });
    }
    let note = source.map(|s| {
        format!(
            "computed from the group matches ({s}): {win_points} points for a win, 1 for a draw; \
             ordered by points, goal difference, goals scored, then name — the official \
             tie-breakers beyond those are not applied"
        )
    });
    Ok((out, note))
}

/// One edition in full (blocking).
pub fn tournament(facts: &Facts, e: &Edition) -> Result<TournamentDetail, FactsError> {
    tournament_as_of(facts, e, None, None)
}

/// One edition as of a day (blocking): before its first match it has not started; inside it,
/// it is in progress (what was played up to that day, no champion, standings or awards), as
/// `goalline tournament --as-of` says. `limit` keeps that many places of the scorer table
/// (everyone tied with the last is kept; `None`: all scorers). Teams are named as they were in
/// the edition ("West Germany" in 1974), each with a link to its page. `goalline tournament
/// --json` prints this structure.
pub fn tournament_as_of(
    facts: &Facts,
    full: &Edition,
    as_of: Option<Date>,
    limit: Option<usize>,
) -> Result<TournamentDetail, FactsError> {
    let status = match as_of {
        Some(d) if d < full.from => "not_started",
        Some(d) if d < full.to => "in_progress",
        _ => "finished",
    };
    let finished = status == "finished";
    let cut = match (status, as_of) {
        ("in_progress", Some(d)) => Edition {
            to: d,
            ..full.clone()
        },
        _ => full.clone(),
    };
    let e = &cut;
    let played = |d: Date| finished || as_of.is_none_or(|a| d <= a);
    let all_matches = facts.edition_matches(full)?;
    let matches_scheduled = all_matches.len() as u32;
    let mut matches = facts.edition_matches(e)?;
    matches.retain(|m| played(m.date));
    // The name a team had in this edition: from its last match in it, else the name of the
    // edition's first day.
    let day_name = |t: TeamId| -> String {
        all_matches
            .iter()
            .rev()
            .find_map(|m| {
                if m.home == t {
                    Some(m.home_name.clone())
                } else if m.away == t {
                    Some(m.away_name.clone())
                } else {
                    None
                }
            })
            .unwrap_or_else(|| facts.team_name_on(t, full.from).to_string())
    };
    let page_of = |t: TeamId| urls::team_page(facts.team_name(t));
    let goals: u32 = matches
        .iter()
        .filter_map(|m| m.home_score.zip(m.away_score))
        .map(|(h, a)| h + a)
        .sum();
    let mut evidence = Vec::new();
    let champion = if finished { facts.champion(e)? } else { None };
    let champion = champion.map(|c| {
        evidence.extend(c.evidence.iter().map(EvidenceRow::from));
        ChampionView {
            team: day_name(c.value),
            team_page: page_of(c.value),
            note: c.note,
            evidence: c.evidence.iter().map(EvidenceRow::from).collect(),
        }
    });
    let mut standings = facts.edition_standings(e)?;
    let mut award_rows = facts.edition_awards(e)?;
    if !finished {
        standings.value.clear();
        standings.evidence.clear();
        award_rows.clear();
    }
    evidence.extend(standings.evidence.iter().take(8).map(EvidenceRow::from));
    let awards = award_rows
        .iter()
        .map(|a| award_view(facts, a, Some(full.from)))
        .collect();
    let mut sc = facts.edition_scorers(e)?;
    if status == "not_started" {
        sc.value.clear();
    }
    // Keep everyone tied with the last place kept.
    if let Some(cut) = limit.and_then(|l| sc.value.get(l.max(1) - 1).map(|s| s.goals)) {
        sc.value.retain(|s| s.goals >= cut);
    }
    let unknown = match sc.coverage {
        Coverage::Bounded { unknown } => Some(unknown),
        _ => None,
    };
    let mut scorers = Vec::new();
    let (mut rank, mut last) = (0, u32::MAX);
    for (i, s) in sc.value.iter().enumerate() {
        if s.goals != last {
            rank = i as u32 + 1;
            last = s.goals;
        }
        let goals = match (sc.coverage, unknown) {
            (Coverage::Exact, _) => Tally::exact(s.goals),
            (_, Some(u)) => Tally::between(s.goals, s.goals + u),
            _ => Tally::at_least(s.goals),
        };
        scorers.push(EditionScorer {
            rank,
            name: s.name.clone(),
            team: day_name(s.team),
            team_page: page_of(s.team),
            goals: goals.into(),
            player_page: s.player.map(|p| urls::player_page_id(p.0)),
        });
    }
    let bracket = facts.edition_bracket(full)?;
    let mut rounds = Vec::new();
    for r in &bracket.value {
        let mut ms = Vec::new();
        for m in r.matches.iter().filter(|m| played(m.date)) {
            ms.push(bracket_match(facts, m)?);
        }
        if ms.is_empty() && !finished {
            continue;
        }
        rounds.push(BracketRoundView {
            stage: r.stage.into(),
            matches: ms,
        });
    }
    let bracket_note = match (&e.wc, bracket.note) {
        (Some(_), None) => Some("stages from Fjelstul's World Cup database".to_string()),
        (_, n) => n,
    };
    let (groups, groups_note) = if status == "not_started" {
        (Vec::new(), None)
    } else {
        groups(facts, e)?
    };
    let host = match &e.wc {
        Some(id) => facts.wc_tournament(id)?.map(|t| t.host.clone()),
        None => None,
    };
    Ok(TournamentDetail {
        edition: EditionSummary::of(full),
        host,
        status,
        as_of,
        matches_scheduled,
        matches: matches.len() as u32,
        goals,
        champion,
        standings: standings
            .value
            .iter()
            .map(|s| StandingView {
                position: s.position,
                team: day_name(s.team),
                team_page: page_of(s.team),
            })
            .collect(),
        standings_note: standings.note,
        awards,
        scorers,
        scorers_coverage: sc.coverage.into(),
        scorers_note: sc.note,
        bracket: rounds,
        bracket_note,
        groups,
        groups_note,
        evidence,
    })
}

/// Query of `GET /api/tournaments/{key}`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TournamentQuery {
    /// `men` or `women`, for phrases that could be either.
    pub gender: Option<String>,
    /// The edition as of this day, `YYYY-MM-DD`: inside it, in progress (default: all data).
    #[param(format = Date, example = "2021-06-20")]
    pub as_of: Option<String>,
    /// Places of the scorer table (everyone tied with the last is kept; default: all).
    pub limit: Option<usize>,
}

/// One edition: champion, final standings, knockout bracket, group tables, scorers with their
/// coverage, awards.
#[utoipa::path(get, path = "/api/tournaments/{key}", tag = "tournaments",
    params(("key" = String, Path, description = "`{competition} {year}` (`FIFA World Cup 2022`, `UEFA Euro 2020`) or a phrase naming one edition (`World Cup 2022`, `Qatar 2022`)", example = "FIFA World Cup 2022"),
           TournamentQuery),
    responses(
        (status = 200, description = "The edition", body = TournamentDetail),
        (status = 400, description = "`gender` malformed", body = ApiError),
        (status = 404, description = "No edition fits", body = ApiError),
        (status = 409, description = "Several editions fit (`candidates`, `candidate_pages`)", body = ApiError),
    ))]
pub async fn get_tournament(
    State(state): State<AppState>,
    uri: Uri,
    Path(key): Path<String>,
    Q(query): Q<TournamentQuery>,
) -> Result<Response, ServerError> {
    let gender = gender_param(query.gender.as_deref())?;
    let as_of = params::date("as_of", query.as_of.as_deref())?;
    cached_json(&state, cache_key(&uri, &query), move |ctx| {
        let e = require_edition(ctx, &key, gender)?;
        Ok(tournament_as_of(ctx.facts, &e, as_of, query.limit)?)
    })
    .await
}
