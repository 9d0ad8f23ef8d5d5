//! The Player page (`GET /players/{name}?team=&as_of=`): name, birth date and age, the goal
//! tally for a team as an interval with its coverage and reasoning, international goals over
//! time as a cumulative SVG chart — the goals known goal by goal as a line, the interval
//! `[low, high]` as a shaded band, so what the scorer data cannot attribute stays visible —,
//! World Cups (appearances, starts, goals) and awards.
//!
//! `{name}` is a name or a numeric player id; an ambiguous name is an error page listing the
//! candidates (the two Jan Olssons), never a guess. The band is the facts engine's own tally
//! ([`goalline_facts::Facts::player_tally`]) computed as of a sample of the team's match days
//! in the player's span, so the chart and the headline figure cannot disagree.

use super::chart::{self, BandPoint};
use super::layout::{page, Nav};
use crate::api::params::Q;
use crate::api::players::{self as api, PlayerProfile, PlayerQuery};
use crate::error::ServerError;
use crate::routes::Registry;
use crate::state::{AppState, Ctx};
use crate::urls;
use axum::extract::{Path, State};
use axum::http::Method;
use goalline_core::{Date, Datelike, Gender, TeamId};
use maud::{html, Markup};

/// Registers `GET /players/{name}`.
pub fn register(r: Registry) -> Registry {
    r.page(Method::GET, "/players/{name}", player_page)
}

/// The data of the chart.
#[derive(Debug, Default)]
pub struct Series {
    /// First day drawn.
    pub from: Option<Date>,
    /// Last day drawn.
    pub to: Option<Date>,
    /// Goals known goal by goal after each scoring day.
    pub known: Vec<(Date, u32)>,
    /// The tally interval from each sampled day on.
    pub band: Vec<BandPoint>,
}

/// At most this many tallies are computed for the band.
const SAMPLES: usize = 160;

/// The chart data of a player's goals for a team up to `as_of` (blocking).
pub fn series(
    ctx: Ctx<'_>,
    player: &goalline_store::PlayerRow,
    team: TeamId,
    as_of: Option<Date>,
) -> Result<Series, ServerError> {
    if player.gender == Gender::Women {
        // Women's tallies are World Cup goals only: a line, no band.
        let goals: Vec<Date> = ctx
            .store
            .player_wc_goals(player.id)?
            .into_iter()
            .filter(|g| !g.own_goal && g.team == team && as_of.is_none_or(|d| g.date <= d))
            .map(|g| g.date)
            .collect();
        let known = cumulative_days(&goals);
        return Ok(Series {
            from: goals.first().and_then(|d| d.with_day(1)),
            to: as_of.or(goals.last().copied()),
            known,
            band: Vec::new(),
        });
    }
    let ledger = ctx.facts.team_ledger(team)?;
    let rows: Vec<Date> = ledger
        .scorer_rows
        .iter()
        .filter(|r| r.player == Some(player.id) && !r.own_goal)
        .filter(|r| as_of.is_none_or(|d| r.date <= d))
        .map(|r| r.date)
        .collect();
    let snapshots = ctx.store.snapshots(player.id, team)?;
    let apps = ctx.store.player_appearances(player.id)?;
    // The span drawn: from a little before the first sign of the player to the day asked.
    let first_sign = rows
        .first()
        .copied()
        .into_iter()
        .chain(snapshots.iter().map(|s| s.date))
        .chain(apps.iter().map(|a| a.date))
        .min();
    let matches = ledger.matches_to(as_of);
    let last_match = matches.last().map(|m| m.date);
    let Some(first_sign) = first_sign else {
        return Ok(Series::default());
    };
    let age14 = player.birth_date.and_then(|b| b.with_year(b.year() + 14));
    let from = first_sign
        .with_year(first_sign.year() - 2)
        .unwrap_or(first_sign)
        .max(age14.unwrap_or(Date::MIN));
    let to = as_of.or(last_match).unwrap_or(first_sign).max(from);
    let days: Vec<Date> = std::iter::once(from)
        .chain(
            matches
                .iter()
                .map(|m| m.date)
                .filter(|d| *d > from && *d <= to),
        )
        .collect();
    let step = days.len().div_ceil(SAMPLES).max(1);
    let mut sample: Vec<Date> = days.iter().step_by(step).copied().collect();
    if sample.last() != Some(&to) {
        sample.push(to);
    }
    sample.dedup();
    let mut band = Vec::with_capacity(sample.len());
    for d in sample {
        let t = ctx
            .facts
            .player_tally(player.id, team, Some(d))?
            .value
            .tally;
        band.push(BandPoint {
            date: d,
            low: t.low,
            high: (!t.is_unbounded()).then_some(t.high),
        });
    }
    Ok(Series {
        from: Some(from),
        to: Some(to),
        known: cumulative_days(&rows),
        band,
    })
}

/// (day, count after that day) for sorted days with repeats.
fn cumulative_days(days: &[Date]) -> Vec<(Date, u32)> {
    let mut out: Vec<(Date, u32)> = Vec::new();
    for (i, d) in days.iter().enumerate() {
        match out.last_mut() {
            Some(last) if last.0 == *d => last.1 = i as u32 + 1,
            _ => out.push((*d, i as u32 + 1)),
        }
    }
    out
}

async fn player_page(
    State(state): State<AppState>,
    Path(name): Path<String>,
    Q(query): Q<PlayerQuery>,
) -> Result<Markup, ServerError> {
    let team_param = query.team.clone().unwrap_or_default();
    let as_of_param = query.as_of.clone().unwrap_or_default();
    let key = name.clone();
    let (profile, series, teams) = state
        .query(move |ctx| {
            let profile = api::profile(ctx, &key, &query)?;
            let r = api::resolve_request(ctx, &key, &query)?;
            let series = series(ctx, &r.row, r.team.0, r.as_of)?;
            Ok((profile, series, r.teams))
        })
        .await?;
    Ok(render(
        &name,
        &profile,
        &series,
        teams.len(),
        &team_param,
        &as_of_param,
    ))
}

fn render(
    key: &str,
    p: &PlayerProfile,
    s: &Series,
    team_count: usize,
    team_param: &str,
    as_of_param: &str,
) -> Markup {
    let t = &p.tally;
    let span = p
        .as_of
        .map(|d| format!("up to {d}"))
        .unwrap_or_else(|| "all matches in the data".into());
    let self_url = urls::player_page(key);
    page(
        &p.player.name,
        Nav::Search,
        html! {
            p.muted { "Player" @if p.player.gender == "women" { " · women's football" } }
            h1 #player-name { (p.player.name) }
            p #player-facts {
                @match p.player.birth_date {
                    Some(b) => { "Born " strong #birth-date { (b) } }
                    None => { "Birth date not recorded" }
                }
                @if let Some(a) = p.age { " · aged " strong #age { (a) } " on " (p.as_of.map(|d| d.to_string()).unwrap_or_default()) }
                " · "
                @for (i, team) in p.player.teams.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(urls::team_page(team)) { (team) }
                }
            }
            @if !p.other_candidates.is_empty() {
                p.muted #other-candidates { "Also called “" (key) "”: " (p.other_candidates.join("; ")) }
            }
            form.inline action=(self_url) method="get" {
                @if team_count > 1 {
                    label for="team" { "Team" }
                    input #team type="text" name="team" value=(team_param) placeholder=(t.team);
                }
                label for="as_of" { "As of" }
                input #as_of type="date" name="as_of" value=(as_of_param);
                button type="submit" { "Show" }
                @if p.as_of.is_some() { a href=(self_url) { "all matches" } }
            }
            h2 { "Goals for " (t.team) ", " (span) }
            div.facts {
                div.card { div.value #tally { (t.text) } div.label { "goals (interval)" } }
                div.card { div.value #known { (t.known) } div.label { "known goal by goal" } }
                div.card { div.value { (t.coverage.kind.replace('_', " ")) } div.label { "coverage" } }
                div.card { div.value { (t.unknown_team_goals) } div.label { (t.team) " goals in the player's span without a scorer" } }
            }
            @if let (Some(from), Some(to)) = (s.from, s.to) {
                div.legend {
                    span { span.swatch.known-line {} "goals known goal by goal" }
                    @if !s.band.is_empty() {
                        span { span.swatch.band {} "interval: at least … at most (goals without a scorer row that could be the player's; a line where exact)" }
                        @if s.band.iter().any(|b| b.high.is_none()) {
                            span { span.swatch.unbounded {} "no upper bound (a match with an unknown score)" }
                        }
                    }
                }
                (chart::cumulative(&format!("{}'s goals for {} over time", p.player.name, t.team), from, to, &s.known, &s.band))
                @if s.band.is_empty() && p.player.gender == "women" {
                    p.muted { "Women's internationals outside the World Cup are in no dataset: the line counts World Cup goals only, a lower bound." }
                }
            }
            p.muted #tally-reasoning { "How: " (t.reasoning) "." }
            @if let Some(n) = &t.note { p.note { (n) } }
            @if t.team_chosen != "requested" && team_count > 1 {
                p.muted { "Counting goals for " (t.team) " (" (t.team_chosen) "); choose another team above." }
            }
            h2 { "World Cups" }
            @if p.world_cups.is_empty() {
                p.muted { "None in the data." }
            } @else {
                table.data #world-cups {
                    thead { tr { th { "World Cup" } th { "team" } th.num { "team matches" } th.num { "appearances" } th.num { "starts" } th.num { "goals" } } }
                    tbody {
                        @for w in &p.world_cups {
                            tr {
                                td { a href=(w.page) { (w.year) } }
                                td { (w.team) }
                                td.num { (w.team_matches) }
                                td.num { (w.appearances.map_or_else(|| "not recorded".to_string(), |n| n.to_string())) }
                                td.num { (w.starts.map_or_else(|| "not recorded".to_string(), |n| n.to_string())) }
                                td.num { (w.goals) }
                            }
                        }
                    }
                }
                @if p.world_cups.iter().any(|w| w.appearances.is_none()) {
                    p.muted { "Goals exact (Fjelstul; later editions from martj42). Appearances \"not recorded\": " (goalline_facts::people::APPEARANCES_UNKNOWN) "." }
                } @else {
                    p.muted { "Fjelstul's World Cup database (later editions: martj42 goals, openfootball line-ups): every match, line-up and goal, exact." }
                }
            }
            h2 { "Awards" }
            @if p.awards.is_empty() {
                p.muted #awards { "No World Cup award." }
            } @else {
                ul #awards {
                    @for a in &p.awards {
                        li { (a.year) " " strong { (a.award) } @if a.shared { " (shared)" } " " code.muted { (a.evidence.location()) } }
                    }
                }
            }
            @if !t.snapshots.is_empty() {
                h2 { "Caps and goals snapshots" }
                ul.evidence {
                    @for sn in &t.snapshots {
                        li { (sn.evidence.text) " " code { (sn.evidence.location()) } }
                    }
                }
            }
            details.evidence-rows {
                summary { (t.evidence.len()) " source rows behind the tally" }
                ul.evidence {
                    @for e in &t.evidence {
                        li { (e.text) " " code { (e.location()) } }
                    }
                }
            }
            p.muted { "JSON: " a href=(urls::player_tally_api(key)) { code { (urls::player_tally_api(key)) } } }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cumulative_counts_repeat_days_once() {
        let d = |s: &str| Date::parse_from_str(s, "%Y-%m-%d").unwrap_or_default();
        let days = [
            d("2015-03-27"),
            d("2015-09-05"),
            d("2015-09-05"),
            d("2016-01-01"),
        ];
        assert_eq!(
            cumulative_days(&days),
            [(days[0], 1), (days[1], 3), (days[3], 4)]
        );
    }
}
