//! Match endpoints: `GET /api/matches` (find matches by teams, dates and competition),
//! `GET /api/matches/{id}` (everything about one match), `GET /api/matches/{id}/goals` (the goal
//! timeline with the gaps between goals) and `GET /api/matches/{id}/storylines`.
//!
//! [`match_detail`], [`timeline`] and [`storylines`] build the answers from the facts engine on
//! the blocking pool; the match page renders the same values. Cards, substitutions and shootout
//! kicks come from Fjelstul for World Cups and from openfootball's line-ups elsewhere, where
//! they exist; nothing is invented when neither has them.

use crate::api::model::{
    edition_key, known_competition, score_text, world_cup_competition, CoverageView,
    EditionSummary, MatchSummary, MinuteView, StageView,
};
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
use goalline_core::{Date, Gender, MatchId, TeamId};
use goalline_facts::matches::{Decided, MatchFacts, MatchQuery};
use goalline_facts::timeline::goal_intervals;
use goalline_facts::tournaments::competition_named;
use goalline_facts::Resolution;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::routes;

/// Registers the match endpoints.
pub fn register(r: Registry) -> Registry {
    r.api(routes!(find_matches))
        .api(routes!(get_match))
        .api(routes!(get_match_goals))
        .api(routes!(get_match_storylines))
}

/// Query of `GET /api/matches`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MatchListQuery {
    /// A team (any known name); matches it played.
    #[param(example = "England")]
    pub team: Option<String>,
    /// A second team: matches between `team` and it.
    #[param(example = "France")]
    pub opponent: Option<String>,
    /// The match day, `YYYY-MM-DD` (sets `from` and `to`).
    #[param(format = Date, example = "2022-12-10")]
    pub date: Option<String>,
    /// First day (inclusive).
    #[param(format = Date)]
    pub from: Option<String>,
    /// Last day (inclusive).
    #[param(format = Date)]
    pub to: Option<String>,
    /// A competition or an edition (`World Cup`, `World Cup 2022`, `Euro 2020`).
    pub competition: Option<String>,
    /// `men` or `women` (default: men's, then women's when no men's match fits).
    pub gender: Option<String>,
    /// At most this many matches, the latest (default 50, at most 500).
    pub limit: Option<usize>,
}

/// Answer of `GET /api/matches`.
#[derive(Debug, Serialize, ToSchema)]
pub struct MatchList {
    /// Matches that fit.
    pub count: usize,
    /// The latest `limit` of them, in date order, each with its outcome (stage, a.e.t.,
    /// penalties, the winner first).
    pub matches: Vec<crate::api::journal::MatchLine>,
}

/// Finds matches (blocking).
pub fn match_list(ctx: Ctx<'_>, q: &MatchListQuery) -> Result<MatchList, ServerError> {
    let date = params::date("date", q.date.as_deref())?;
    let mut from = params::date("from", q.from.as_deref())?.or(date);
    let mut to = params::date("to", q.to.as_deref())?.or(date);
    let mut gender = gender_param(q.gender.as_deref())?;
    let mut competition = None;
    if let Some(c) = q
        .competition
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        match ctx.facts.resolve_edition(c, to, gender) {
            Ok(Resolution::One(e)) => {
                from = Some(from.map_or(e.from, |f| f.max(e.from)));
                to = Some(to.map_or(e.to, |t| t.min(e.to)));
                gender = Some(e.gender);
                competition = Some(e.competition);
            }
            Ok(Resolution::Ambiguous(es)) => {
                return Err(ServerError::Ambiguous {
                    name: c.to_string(),
                    candidates: es.iter().map(|e| e.label.clone()).collect(),
                    pages: es
                        .iter()
                        .map(|e| urls::tournament_page(&edition_key(e)))
                        .collect(),
                })
            }
            // A competition without a year ("World Cup"), or a name outside the reference
            // table: filter by competition name.
            Ok(Resolution::None) | Err(_) => {
                competition = Some(competition_named(c).map_or(c.to_string(), |k| k.name));
            }
        }
    }
    if q.team.is_none() && q.opponent.is_some() {
        return Err(ServerError::MissingParameter("team"));
    }
    if q.team.is_none() && (from.is_none() || to.is_none()) {
        return Err(ServerError::BadQuestion(
            "a match search needs `team`, `date`, or both `from` and `to`".into(),
        ));
    }
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            return Err(ServerError::BadQuestion(format!(
                "`to` {t} is before `from` {f}"
            )));
        }
        if q.team.is_none() && (t - f).num_days() > 366 {
            return Err(ServerError::BadQuestion(
                "without a team, the date range is limited to one year".into(),
            ));
        }
    }
    let search = |g: Gender| -> Result<_, ServerError> {
        let mut teams = Vec::new();
        for t in [&q.team, &q.opponent].into_iter().flatten() {
            teams.push(ctx.facts.team(t, to, Some(g))?);
        }
        Ok(ctx.facts.find_matches(&MatchQuery {
            teams,
            from,
            to,
            competition: competition.clone(),
            gender: Some(g),
        })?)
    };
    let rows = match gender {
        Some(g) => search(g)?,
        None => {
            let men = search(Gender::Men)?;
            if men.is_empty() {
                search(Gender::Women).unwrap_or_default()
            } else {
                men
            }
        }
    };
    let limit = q.limit.unwrap_or(50).clamp(1, 500);
    let shown = &rows[rows.len().saturating_sub(limit)..];
    Ok(MatchList {
        count: rows.len(),
        matches: crate::api::journal::match_lines(ctx.facts, shown)?,
    })
}

/// Finds matches by teams, dates and competition.
#[utoipa::path(get, path = "/api/matches", tag = "matches", params(MatchListQuery),
    responses(
        (status = 200, description = "Matches that fit, the latest last", body = MatchList),
        (status = 400, description = "No team and no date range, or a malformed date", body = ApiError),
        (status = 404, description = "A team name matched nothing", body = ApiError),
        (status = 409, description = "A team or edition name is ambiguous", body = ApiError),
    ))]
pub async fn find_matches(
    State(state): State<AppState>,
    uri: Uri,
    Q(query): Q<MatchListQuery>,
) -> Result<Response, ServerError> {
    cached_json(&state, cache_key(&uri, &query), move |ctx| {
        match_list(ctx, &query)
    })
    .await
}

/// A score of two sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct ScorePair {
    /// Home side.
    pub home: u32,
    /// Away side.
    pub away: u32,
}

/// How a match ended.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ResultView {
    /// Winner (canonical name), after a shootout if any.
    pub winner: Option<String>,
    /// `regulation`, `extra_time`, `shootout`, `draw` or `unknown`.
    pub decided: String,
    /// Extra time played, where a source says.
    pub extra_time: Option<bool>,
    /// Shootout score, where known.
    pub shootout: Option<ScorePair>,
    /// In words: `France won`, `Argentina won 4–2 on penalties after extra time`.
    pub text: String,
}

/// One goal.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GoalView {
    /// `home` or `away`: the side credited.
    pub side: &'static str,
    /// Team credited (canonical name).
    pub team: String,
    /// Scorer as the source writes it.
    pub scorer: Option<String>,
    /// goalline's player id, when linked.
    pub player_id: Option<i64>,
    /// The scorer's page, when linked.
    pub player_page: Option<String>,
    /// Minute, when recorded.
    pub minute: Option<MinuteView>,
    /// `54'`, `90+3'`, or `?'`.
    pub minute_label: String,
    /// True when the source keeps stoppage time apart (Fjelstul, openfootball); martj42's `90`
    /// cannot tell 90' from 90+4'.
    pub stoppage_known: bool,
    /// Penalty.
    pub penalty: bool,
    /// Own goal.
    pub own_goal: bool,
    /// Score after this goal.
    pub score_after: ScorePair,
    /// Source rows.
    pub evidence: Vec<EvidenceRow>,
}

/// The gap between two consecutive goals.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IntervalView {
    /// Index of the earlier goal in `goals`.
    pub from: usize,
    /// Index of the later goal.
    pub to: usize,
    /// Minutes between them.
    pub minutes: u32,
    /// True when stoppage time makes the figure uncertain.
    pub approximate: bool,
}

/// The goals of a match in time order.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Timeline {
    /// The match.
    pub r#match: MatchSummary,
    /// Which source the list comes from (`fjelstul`, `openfootball`, `martj42`).
    pub source: &'static str,
    /// True when every goal of both sides is listed.
    pub complete: bool,
    /// Goals, in time order.
    pub goals: Vec<GoalView>,
    /// Gaps between consecutive goals with known minutes.
    pub intervals: Vec<IntervalView>,
}

/// A shootout kick.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct KickView {
    /// Order (1 = first kick).
    pub seq: u32,
    /// Kicking team, when known.
    pub team: Option<String>,
    /// `home`/`away`, when known.
    pub side: Option<&'static str>,
    /// Taker.
    pub player: String,
    /// Scored.
    pub scored: bool,
}

/// A card.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CardView {
    /// Team.
    pub team: String,
    /// `home` or `away`.
    pub side: &'static str,
    /// Player.
    pub player: String,
    /// Minute, when recorded.
    pub minute: Option<MinuteView>,
    /// `yellow`, `second_yellow` or `red`.
    pub kind: String,
}

/// A substitution (one player coming on or going off).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SubstitutionView {
    /// Team.
    pub team: String,
    /// `home` or `away`.
    pub side: &'static str,
    /// Player.
    pub player: String,
    /// Minute, when recorded.
    pub minute: Option<MinuteView>,
    /// True for the player coming on.
    pub on: bool,
}

/// The winner's next match.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NextFixtureView {
    /// The winner of this match, as named on the day of the next match.
    pub team: String,
    /// Its next opponent, as named that day.
    pub opponent: String,
    /// Its stage, where known.
    pub stage: Option<StageView>,
    /// The next match.
    pub r#match: MatchSummary,
}

/// Everything about one match.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MatchDetail {
    /// The match.
    pub r#match: MatchSummary,
    /// Its tournament edition, when it belongs to one goalline knows.
    pub tournament: Option<EditionSummary>,
    /// Stage, where known (Fjelstul for World Cups, openfootball for Euros).
    pub stage: Option<StageView>,
    /// Group (`Group B`), where known.
    pub group: Option<String>,
    /// Stadium, city, country, as far as known.
    pub venue: Option<String>,
    /// Local kick-off time, where known.
    pub kickoff: Option<String>,
    /// How it ended.
    pub result: ResultView,
    /// Score at half time (openfootball), where known.
    pub half_time: Option<ScorePair>,
    /// Goals in time order with their gaps.
    pub timeline: Timeline,
    /// Shootout kicks, where recorded.
    pub shootout_kicks: Vec<KickView>,
    /// Cards, where recorded.
    pub cards: Vec<CardView>,
    /// Substitutions, where recorded.
    pub substitutions: Vec<SubstitutionView>,
    /// Where cards, substitutions and kicks come from (`fjelstul`, `openfootball`), or `null`
    /// when no source records them for this match.
    pub details_source: Option<&'static str>,
    /// The winner's next match in the same edition.
    pub next_fixture: Option<NextFixtureView>,
    /// Source rows of the match.
    pub evidence: Vec<EvidenceRow>,
    /// Line-ups with substitutions as pairs, where a source has them (Fjelstul for World Cups
    /// 1970–2022, openfootball elsewhere); `null` when none does.
    pub lineups: Option<crate::api::journal::LineupsView>,
    /// How it ended as in match lists: stage, a.e.t., penalties (winner first).
    pub outcome: crate::api::journal::OutcomeView,
}

/// One storyline of a match.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StorylineView {
    /// `record_tie`, `record_break`, `record_undecided`, `round_number`, `first`,
    /// `best_since`, `shootout` or `next_fixture`.
    pub kind: String,
    /// The sentence.
    pub text: String,
    /// How completely the data covers it.
    pub coverage: CoverageView,
    /// What a reader should know.
    pub note: Option<String>,
    /// Source rows.
    pub evidence: Vec<EvidenceRow>,
}

/// Storylines of a match.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Storylines {
    /// The match.
    pub r#match: MatchSummary,
    /// Most newsworthy first; only what the data can support.
    pub storylines: Vec<StorylineView>,
}

fn side(mf: &MatchFacts, team: TeamId) -> &'static str {
    if team == mf.row.home {
        "home"
    } else {
        "away"
    }
}

fn evidence(rows: &[goalline_core::Evidence]) -> Vec<EvidenceRow> {
    rows.iter().map(EvidenceRow::from).collect()
}

fn load(ctx: Ctx<'_>, id: i64) -> Result<MatchFacts, ServerError> {
    ctx.facts
        .match_facts(MatchId(id))
        .map_err(|e| match ServerError::from(e) {
            ServerError::NotFound { .. } => ServerError::NotFound {
                kind: "match",
                name: id.to_string(),
                suggestion: None,
            },
            other => other,
        })
}

/// The goal timeline of a loaded match.
pub fn timeline_of(ctx: Ctx<'_>, mf: &MatchFacts) -> Timeline {
    let goals = mf
        .goals
        .goals
        .iter()
        .map(|g| GoalView {
            side: side(mf, g.team),
            team: ctx.teams.name_on(g.team, mf.row.date).to_string(),
            scorer: g.name.clone(),
            player_id: g.player.map(|p| p.0),
            player_page: g.player.map(|p| urls::player_page_id(p.0)),
            minute: g.minute.map(MinuteView::from),
            minute_label: g.minute.map_or_else(|| "?'".to_string(), |m| m.to_string()),
            stoppage_known: g.stoppage_known,
            penalty: g.penalty,
            own_goal: g.own_goal,
            score_after: ScorePair {
                home: g.score_after.0,
                away: g.score_after.1,
            },
            evidence: evidence(&g.evidence),
        })
        .collect();
    Timeline {
        r#match: MatchSummary::of(&mf.row, ctx.teams),
        source: mf.goals.source,
        complete: mf.goals.complete,
        goals,
        intervals: goal_intervals(&mf.goals)
            .into_iter()
            .map(|i| IntervalView {
                from: i.from,
                to: i.to,
                minutes: i.minutes,
                approximate: i.approximate,
            })
            .collect(),
    }
}

/// The goal timeline of a match (blocking).
pub fn timeline(ctx: Ctx<'_>, id: i64) -> Result<Timeline, ServerError> {
    let mf = load(ctx, id)?;
    Ok(timeline_of(ctx, &mf))
}

fn result_view(ctx: Ctx<'_>, mf: &MatchFacts) -> ResultView {
    let r = &mf.row;
    // Fjelstul's home side may be martj42's away side: orient the shootout score to the row.
    let shootout = match &mf.wc {
        Some(w) => w.home_pens.zip(w.away_pens).map(|(h, a)| {
            if w.home == r.home {
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
    let winner = mf
        .result
        .winner
        .map(|w| ctx.teams.name_on(w, mf.row.date).to_string());
    let aet = mf.result.extra_time == Some(true);
    let text = match (mf.result.decided, &winner) {
        (Decided::Regulation, Some(w)) => format!("{w} won"),
        (Decided::ExtraTime, Some(w)) => format!("{w} won after extra time"),
        (Decided::Shootout, Some(w)) => {
            let pens = shootout
                .map(|s| {
                    let (a, b) = if mf.result.winner == Some(r.home) {
                        (s.home, s.away)
                    } else {
                        (s.away, s.home)
                    };
                    format!(" {a}–{b}")
                })
                .unwrap_or_default();
            format!(
                "{w} won{pens} on penalties{}",
                if aet { " after extra time" } else { "" }
            )
        }
        (Decided::Draw, _) => "a draw".into(),
        _ => "result unknown".into(),
    };
    ResultView {
        winner,
        decided: serde_json::to_value(mf.result.decided)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        extra_time: mf.result.extra_time,
        shootout,
        text,
    }
}

/// Everything about one match (blocking).
pub fn match_detail(ctx: Ctx<'_>, id: i64) -> Result<MatchDetail, ServerError> {
    let mf = load(ctx, id)?;
    let r = &mf.row;
    let store = ctx.store;
    let tournament = match &mf.wc {
        Some(w) => ctx
            .facts
            .edition(world_cup_competition(w.gender), Some(w.year), None)?,
        None if known_competition(&r.tournament) => {
            ctx.facts.edition(&r.tournament, None, Some(r.date))?
        }
        None => None,
    };
    let of = mf.openfootball.as_ref();
    let venue_parts: Vec<String> = match (&mf.wc, of) {
        (Some(w), _) => vec![w.stadium.clone(), w.city.clone(), w.country.clone()],
        (None, Some(o)) => [o.stadium.clone(), o.city.clone(), r.country.clone()]
            .into_iter()
            .flatten()
            .collect(),
        (None, None) => [r.city.clone(), r.country.clone()]
            .into_iter()
            .flatten()
            .collect(),
    };
    let venue = (!venue_parts.is_empty()).then(|| venue_parts.join(", "));
    let half_time = of.and_then(|o| {
        o.ht.map(|(h, a)| {
            if o.home == r.home {
                ScorePair { home: h, away: a }
            } else {
                ScorePair { home: a, away: h }
            }
        })
    });
    // Cards, substitutions, kicks: Fjelstul for World Cups, else openfootball's line-ups.
    let (mut kicks, mut cards, mut subs) = (Vec::new(), Vec::new(), Vec::new());
    let mut details_source = None;
    if mf.wc.is_some() {
        details_source = Some("fjelstul");
        kicks = mf
            .kicks
            .iter()
            .map(|k| KickView {
                seq: k.seq,
                team: Some(ctx.teams.name_on(k.team, mf.row.date).to_string()),
                side: Some(side(&mf, k.team)),
                player: k.player_name.clone(),
                scored: k.converted,
            })
            .collect();
        cards = mf
            .bookings
            .iter()
            .map(|b| CardView {
                team: ctx.teams.name_on(b.team, mf.row.date).to_string(),
                side: side(&mf, b.team),
                player: b.player_name.clone(),
                minute: Some(b.minute.into()),
                kind: if b.second_yellow {
                    "second_yellow"
                } else if b.red || b.sending_off {
                    "red"
                } else {
                    "yellow"
                }
                .into(),
            })
            .collect();
        subs = mf
            .substitutions
            .iter()
            .map(|s| SubstitutionView {
                team: ctx.teams.name_on(s.team, mf.row.date).to_string(),
                side: side(&mf, s.team),
                player: s.player_name.clone(),
                minute: Some(s.minute.into()),
                on: s.coming_on,
            })
            .collect();
    } else if of.is_some() {
        details_source = Some("openfootball");
        kicks = store
            .of_kicks(r.id)?
            .into_iter()
            .map(|k| KickView {
                seq: k.seq,
                team: k
                    .team
                    .map(|t| ctx.teams.name_on(t, mf.row.date).to_string()),
                side: k.team.map(|t| side(&mf, t)),
                player: k.name,
                scored: k.scored,
            })
            .collect();
        cards = store
            .of_cards(r.id)?
            .into_iter()
            .map(|c| CardView {
                team: ctx.teams.name_on(c.team, mf.row.date).to_string(),
                side: side(&mf, c.team),
                player: c.name,
                minute: c.minute.map(MinuteView::from),
                kind: c.kind,
            })
            .collect();
        for l in store.lineups(r.id)? {
            let name = l.player_name.clone().unwrap_or_else(|| l.name.clone());
            if let Some(m) = l.on.filter(|_| !l.starter) {
                subs.push(SubstitutionView {
                    team: ctx.teams.name_on(l.team, mf.row.date).to_string(),
                    side: side(&mf, l.team),
                    player: name.clone(),
                    minute: Some(m.into()),
                    on: true,
                });
            }
            if let Some(m) = l.off {
                subs.push(SubstitutionView {
                    team: ctx.teams.name_on(l.team, mf.row.date).to_string(),
                    side: side(&mf, l.team),
                    player: name,
                    minute: Some(m.into()),
                    on: false,
                });
            }
        }
        subs.sort_by_key(|s| s.minute.map(|m| (m.base, m.stoppage.unwrap_or(0))));
        if kicks.is_empty() && cards.is_empty() && subs.is_empty() {
            details_source = None;
        }
    }
    let next = ctx.facts.next_fixture(r.id)?;
    let next_fixture = next.value.map(|n| NextFixtureView {
        team: ctx.teams.name_on(n.winner, n.next.date).to_string(),
        opponent: ctx.teams.name_on(n.opponent, n.next.date).to_string(),
        stage: n.stage.map(StageView::from),
        r#match: MatchSummary::of(&n.next, ctx.teams),
    });
    Ok(MatchDetail {
        r#match: MatchSummary::of(r, ctx.teams),
        tournament: tournament.as_ref().map(EditionSummary::of),
        stage: mf.stage.map(StageView::from),
        group: mf
            .wc
            .as_ref()
            .and_then(|w| w.group_name.clone())
            .or_else(|| of.and_then(|o| o.group_name.clone())),
        venue,
        kickoff: mf
            .wc
            .as_ref()
            .and_then(|w| w.time.clone())
            .or_else(|| of.and_then(|o| o.kickoff.clone())),
        result: result_view(ctx, &mf),
        half_time,
        timeline: timeline_of(ctx, &mf),
        shootout_kicks: kicks,
        cards,
        substitutions: subs,
        details_source,
        next_fixture,
        evidence: evidence(&mf.evidence),
        lineups: crate::api::journal::lineups(ctx.facts, r.id)?,
        outcome: crate::api::journal::outcome_view(ctx.facts, r.id)?,
    })
}

/// Storylines of a match (blocking).
pub fn storylines(ctx: Ctx<'_>, id: i64) -> Result<Storylines, ServerError> {
    let row = ctx
        .store
        .match_by_id(MatchId(id))?
        .ok_or_else(|| ServerError::NotFound {
            kind: "match",
            name: id.to_string(),
            suggestion: None,
        })?;
    let stories = ctx.facts.storylines(MatchId(id))?;
    Ok(Storylines {
        r#match: MatchSummary::of(&row, ctx.teams),
        storylines: stories
            .into_iter()
            .map(|s| StorylineView {
                kind: serde_json::to_value(s.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                text: s.text,
                coverage: s.coverage.into(),
                note: s.note,
                evidence: evidence(&s.evidence),
            })
            .collect(),
    })
}

/// Everything about one match: score with extra time and shootout, stage, venue, weekday,
/// goals with minutes, cards, substitutions and kicks where recorded, the winner's next match.
#[utoipa::path(get, path = "/api/matches/{id}", tag = "matches",
    params(("id" = i64, Path, description = "goalline's match id (see `/api/matches`)", example = 45781)),
    responses(
        (status = 200, description = "The match", body = MatchDetail),
        (status = 400, description = "The id is not a number", body = ApiError),
        (status = 404, description = "No match with this id", body = ApiError),
    ))]
pub async fn get_match(
    State(state): State<AppState>,
    uri: Uri,
    Path(id): Path<String>,
) -> Result<Response, ServerError> {
    let id = match_id(&id)?;
    cached_json(&state, cache_key(&uri, &()), move |ctx| {
        match_detail(ctx, id)
    })
    .await
}

/// The goals of a match in time order (minutes with stoppage time where the source keeps it,
/// penalties and own goals flagged, running score) and the gaps between them.
#[utoipa::path(get, path = "/api/matches/{id}/goals", tag = "matches",
    params(("id" = i64, Path, description = "goalline's match id", example = 45781)),
    responses(
        (status = 200, description = "The goal timeline", body = Timeline),
        (status = 400, description = "The id is not a number", body = ApiError),
        (status = 404, description = "No match with this id", body = ApiError),
    ))]
pub async fn get_match_goals(
    State(state): State<AppState>,
    uri: Uri,
    Path(id): Path<String>,
) -> Result<Response, ServerError> {
    let id = match_id(&id)?;
    cached_json(&state, cache_key(&uri, &()), move |ctx| timeline(ctx, id)).await
}

/// The storylines of a match a journalist would lead with — records tied or broken (or
/// undecided, with the intervals), firsts, round numbers, best finishes, the next fixture —
/// each with its coverage and evidence.
#[utoipa::path(get, path = "/api/matches/{id}/storylines", tag = "matches",
    params(("id" = i64, Path, description = "goalline's match id", example = 45781)),
    responses(
        (status = 200, description = "Storylines, most newsworthy first", body = Storylines),
        (status = 400, description = "The id is not a number", body = ApiError),
        (status = 404, description = "No match with this id", body = ApiError),
    ))]
pub async fn get_match_storylines(
    State(state): State<AppState>,
    uri: Uri,
    Path(id): Path<String>,
) -> Result<Response, ServerError> {
    let id = match_id(&id)?;
    cached_json(&state, cache_key(&uri, &()), move |ctx| storylines(ctx, id)).await
}

/// Parses a match id path segment.
pub fn match_id(s: &str) -> Result<i64, ServerError> {
    s.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| ServerError::InvalidParameter {
            param: "id",
            message: format!("expected a match id (a positive number), found {s:?}"),
        })
}

/// The match on a day between two teams, if exactly one (used by search and tests).
pub fn match_on(
    ctx: Ctx<'_>,
    a: TeamId,
    b: TeamId,
    day: Date,
) -> Result<Option<goalline_store::MatchRow>, ServerError> {
    let rows = ctx.facts.find_matches(&MatchQuery {
        teams: vec![a, b],
        from: Some(day),
        to: Some(day),
        competition: None,
        gender: None,
    })?;
    Ok((rows.len() == 1).then(|| rows.into_iter().next()).flatten())
}

/// Score text of a summary, with `a.e.t.` and the shootout, for headings.
pub fn full_score(d: &MatchDetail) -> String {
    let mut s = score_text(d.r#match.home_score, d.r#match.away_score);
    if d.result.extra_time == Some(true) {
        s.push_str(" a.e.t.");
    }
    if let Some(p) = d.result.shootout {
        s.push_str(&format!(" ({}–{} pens)", p.home, p.away));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_ids_are_positive_numbers() {
        assert_eq!(match_id("45781").ok(), Some(45781));
        assert!(match_id("0").is_err());
        assert!(match_id("abc").is_err());
        assert!(match_id("-3").is_err());
    }

    #[test]
    fn coverage_view_round_trips_kind() {
        let c = CoverageView::from(goalline_core::Coverage::LowerBound);
        assert_eq!(c.kind, "lower_bound");
    }
}
