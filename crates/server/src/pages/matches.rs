//! The Match page (`GET /matches/{id}`): score with `a.e.t.` and penalties, stage and
//! tournament, weekday, date, venue and kick-off; the goal timeline by minute as inline SVG
//! (stoppage time drawn after its period, penalties and own goals marked, cards and
//! substitutions as small markers); the goals, shootout kicks, cards and substitutions as
//! tables where a source records them; the storylines the facts engine can support; the
//! winner's next match; and the source rows.
//!
//! Data comes from [`crate::api::matches`] (the same values as `/api/matches/{id}`).

use super::layout::{page, Nav};
use super::timeline::{self, Event, Side};
use crate::api::matches::{self as api, full_score, MatchDetail, Storylines};
use crate::error::ServerError;
use crate::routes::Registry;
use crate::state::AppState;
use crate::urls;
use axum::extract::{Path, State};
use axum::http::Method;
use goalline_core::TeamId;
use goalline_facts::events::MatchEvents;
use maud::{html, Markup};

/// Registers `GET /matches/{id}`.
pub fn register(r: Registry) -> Registry {
    r.page(Method::GET, "/matches/{id}", match_page)
}

fn events(d: &MatchDetail) -> Vec<Event> {
    let side = |s: &str| if s == "home" { Side::Home } else { Side::Away };
    let mut out = Vec::new();
    for g in &d.timeline.goals {
        let Some(m) = g.minute else { continue };
        let mut label = format!(
            "{} {}",
            m.label(),
            g.scorer.as_deref().unwrap_or("unknown scorer")
        );
        if g.penalty {
            label.push_str(" (pen.)");
        }
        if g.own_goal {
            label.push_str(" (o.g.)");
        }
        out.push(Event {
            base: m.base,
            stoppage: m.stoppage,
            side: side(g.side),
            kind: timeline::Kind::Goal {
                penalty: g.penalty,
                own_goal: g.own_goal,
            },
            label,
        });
    }
    for c in &d.cards {
        let Some(m) = c.minute else { continue };
        out.push(Event {
            base: m.base,
            stoppage: m.stoppage,
            side: side(c.side),
            kind: if c.kind == "yellow" {
                timeline::Kind::Yellow
            } else {
                timeline::Kind::Red
            },
            label: format!(
                "{} {} card: {}",
                m.label(),
                c.kind.replace('_', " "),
                c.player
            ),
        });
    }
    for s in d.substitutions.iter().filter(|s| s.on) {
        let Some(m) = s.minute else { continue };
        out.push(Event {
            base: m.base,
            stoppage: m.stoppage,
            side: side(s.side),
            kind: timeline::Kind::SubOn,
            label: format!("{} on: {}", m.label(), s.player),
        });
    }
    out
}

async fn match_page(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Markup, ServerError> {
    let id = api::match_id(&id)?;
    let (d, stories, ev) = state
        .query(move |ctx| {
            let d = api::match_detail(ctx, id)?;
            let s = api::storylines(ctx, id)?;
            let mid = goalline_core::MatchId(id);
            // Event data with the canonical home team (to put each event on its side).
            let ev = ctx.facts.match_events(mid)?.zip(
                ctx.facts
                    .store()
                    .match_by_id(mid)
                    .map_err(goalline_facts::FactsError::from)?
                    .map(|r| r.home),
            );
            Ok((d, s, ev))
        })
        .await?;
    Ok(render(&d, &stories, ev.as_ref()))
}

/// Event-data markers (StatsBomb): penalties not scored and shots off the woodwork, in-match
/// only (shoot-out kicks have their own table).
fn event_markers(ev: &MatchEvents, home: TeamId) -> Vec<Event> {
    let mut out = Vec::new();
    for s in ev.shots.iter().filter(|s| !s.shootout) {
        let kind = if s.is_penalty() && s.missed() {
            timeline::Kind::PenaltyMiss { saved: s.saved() }
        } else if s.woodwork() {
            timeline::Kind::Woodwork
        } else {
            continue;
        };
        out.push(Event {
            base: s.time.display.base,
            stoppage: s.time.display.stoppage,
            side: if s.team == Some(home) {
                Side::Home
            } else {
                Side::Away
            },
            kind,
            label: s.describe(),
        });
    }
    out
}

/// The event-data section: penalties (scored, missed, saved), woodwork, assists and shoot-out
/// kicks, with the StatsBomb credit and what the coverage allows.
fn event_section(ev: &MatchEvents) -> Markup {
    let rows: Vec<(&str, String)> = ev
        .penalties()
        .map(|s| ("penalty", s.describe()))
        .chain(
            ev.shots
                .iter()
                .filter(|s| !s.shootout && !s.is_penalty() && s.woodwork())
                .map(|s| ("woodwork", s.describe())),
        )
        .chain(
            ev.assists
                .iter()
                .map(|a| ("assist", a.evidence.text.clone())),
        )
        .chain(
            ev.shootout_kicks()
                .map(|s| ("shoot-out kick", s.describe())),
        )
        .collect();
    html! {
        section #match-event-data {
            h2 { "Event data" }
            p.muted {
                @if ev.proves_absence() {
                    "Complete event data: every event of the match."
                } @else {
                    "An excerpt of the match's event data (" (ev.events) " events"
                    @if let Some(n) = ev.upstream_events { " of " (n) }
                    "): what it shows happened, but an event missing from it may still have happened."
                }
            }
            @if rows.is_empty() {
                p.muted { "No penalty, woodwork, assist or shoot-out kick in these events." }
            } @else {
                table.data {
                    thead { tr { th { "what" } th { "event" } } }
                    tbody {
                        @for (k, t) in &rows { tr { td { (k) } td { (t) } } }
                    }
                }
            }
            p.credit #statsbomb-credit { (ev.credit) }
        }
    }
}

fn render(d: &MatchDetail, stories: &Storylines, ev: Option<&(MatchEvents, TeamId)>) -> Markup {
    let m = &d.r#match;
    let title = format!("{} {} {}, {}", m.home, m.score, m.away, m.date);
    let extra_time = d.result.extra_time == Some(true)
        || d.timeline
            .goals
            .iter()
            .any(|g| g.minute.is_some_and(|x| x.base > 90) && g.stoppage_known);
    let mut evs = events(d);
    if let Some((ev, home)) = ev {
        evs.extend(event_markers(ev, *home));
    }
    let untimed = d
        .timeline
        .goals
        .iter()
        .filter(|g| g.minute.is_none())
        .count();
    page(
        &title,
        Nav::Search,
        html! {
            p.muted #match-context {
                @match &d.tournament {
                    Some(t) => { a href=(t.page) { (t.label) } }
                    None => { (m.competition) }
                }
                @if let Some(s) = &d.stage { " · " span #match-stage { (s.label) } }
                @if let Some(g) = &d.group { " · " (g) }
                @if m.gender == "women" { " · women's" }
            }
            h1.scoreline #match-score {
                a href=(urls::team_page(&m.home_team)) { (m.home) }
                " " span.score { (full_score(d)) } " "
                a href=(urls::team_page(&m.away_team)) { (m.away) }
            }
            p #match-when {
                strong { (m.weekday) } " " (m.date)
                @if let Some(k) = &d.kickoff { ", " (k) }
                @if let Some(v) = &d.venue { " · " (v) }
                @if m.neutral { " (neutral ground)" }
            }
            p.result #match-result {
                (d.result.text)
                @if let Some(h) = d.half_time { " · half time " (h.home) "–" (h.away) }
            }
            h2 { "Goal timeline" }
            @if d.timeline.goals.is_empty() {
                p.muted { "No goals." }
            } @else {
                (timeline::timeline(
                    &format!("Goals of {} v {} by minute", m.home, m.away),
                    &m.home, &m.away, &evs, extra_time))
                div.legend {
                    span { span.swatch.goal {} "goal" }
                    span { span.swatch.penalty {} "penalty" }
                    span { span.swatch.own-goal {} "own goal" }
                    @if !d.cards.is_empty() { span { span.swatch.yellow {} "yellow card" } span { span.swatch.red {} "red card" } }
                    @if !d.substitutions.is_empty() { span { span.swatch.sub {} "substitute on" } }
                    span { span.swatch.stoppage {} "stoppage time" }
                    @if ev.is_some() { span { span.swatch.pen-miss {} "penalty missed or saved" } span { span.swatch.woodwork {} "woodwork (Data: StatsBomb)" } }
                }
                @if !d.timeline.complete {
                    p.note { "The scorer data list " (d.timeline.goals.len()) " of the "
                        (m.home_score.zip(m.away_score).map_or("?".to_string(), |(h, a)| (h + a).to_string()))
                        " goals of this match (source: " (d.timeline.source) "); the rest have no scorer row." }
                }
                @if d.timeline.source == "martj42" {
                    p.muted { "Minutes from martj42, which folds stoppage time into the minute (its 90 can be 90+4)." }
                }
                @if untimed > 0 { p.muted { (untimed) " goal(s) have no minute and are not drawn." } }
                table.data #goals-table {
                    thead { tr { th.num { "minute" } th { "scorer" } th { "team" } th { "" } th.num { "score" } th { "source" } } }
                    tbody {
                        @for g in &d.timeline.goals {
                            tr {
                                td.num { (g.minute_label) }
                                td {
                                    @match (&g.player_page, &g.scorer) {
                                        (Some(p), Some(s)) => { a href=(p) { (s) } }
                                        (None, Some(s)) => { (s) }
                                        _ => { span.muted { "unknown scorer" } }
                                    }
                                }
                                td { (g.team) }
                                td { @if g.penalty { span.tag { "pen." } } @if g.own_goal { span.tag { "o.g." } } }
                                td.num { (g.score_after.home) "–" (g.score_after.away) }
                                td { @for e in g.evidence.iter().take(1) { code { (e.location()) } } }
                            }
                        }
                    }
                }
                @if !d.timeline.intervals.is_empty() {
                    p.muted { "Between goals: "
                        @for (i, iv) in d.timeline.intervals.iter().enumerate() {
                            @if i > 0 { ", " }
                            (d.timeline.goals[iv.from].minute_label) "→" (d.timeline.goals[iv.to].minute_label) " "
                            @if iv.approximate { "~" } (iv.minutes) " min"
                        }
                    }
                }
            }
            @if !d.shootout_kicks.is_empty() {
                h2 { "Penalty shootout" }
                table.data #kicks-table {
                    thead { tr { th.num { "#" } th { "team" } th { "taker" } th { "" } } }
                    tbody {
                        @for k in &d.shootout_kicks {
                            tr {
                                td.num { (k.seq) }
                                td { (k.team.clone().unwrap_or_default()) }
                                td { (k.player) }
                                td { @if k.scored { span.tag.ok { "scored" } } @else { span.tag.miss { "missed" } } }
                            }
                        }
                    }
                }
            } @else if let Some(p) = d.result.shootout {
                h2 { "Penalty shootout" }
                p { (p.home) "–" (p.away) " on penalties; the kicks are not recorded for this match." }
            }
            @if !d.cards.is_empty() || !d.substitutions.is_empty() {
                div.grid-2 {
                    @if !d.cards.is_empty() {
                        div {
                            h2 { "Cards" }
                            table.data #cards-table {
                                thead { tr { th.num { "minute" } th { "player" } th { "team" } th { "card" } } }
                                tbody {
                                    @for c in &d.cards {
                                        tr {
                                            td.num { (c.minute.map_or("?'".to_string(), |m| m.label())) }
                                            td { (c.player) } td { (c.team) }
                                            td { span.tag.(c.kind.as_str()) { (c.kind.replace('_', " ")) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    @if !d.substitutions.is_empty() {
                        div {
                            h2 { "Substitutions" }
                            table.data #subs-table {
                                thead { tr { th.num { "minute" } th { "player" } th { "team" } th { "" } } }
                                tbody {
                                    @for s in &d.substitutions {
                                        tr {
                                            td.num { (s.minute.map_or("?'".to_string(), |m| m.label())) }
                                            td { (s.player) } td { (s.team) }
                                            td { @if s.on { "on" } @else { "off" } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            (super::lineups::section(d.lineups.as_ref()))
            @if let Some(src) = d.details_source {
                p.muted { "Cards, substitutions and shootout kicks: " (src) "." }
            } @else {
                p.muted { "No source records cards, substitutions or shootout kicks for this match." }
            }
            @if let Some((ev, _)) = ev { (event_section(ev)) }
            h2 { "Storylines" }
            @if stories.storylines.is_empty() {
                p.muted #storylines { "None the data can support." }
            } @else {
                ul.storylines #storylines {
                    @for s in &stories.storylines {
                        li.(format!("cov-{}", s.coverage.kind)) {
                            (s.text)
                            " " span.badge { (s.coverage.kind.replace('_', " ")) }
                            @if let Some(n) = &s.note { br; span.muted { (n) } }
                        }
                    }
                }
            }
            @if let Some(n) = &d.next_fixture {
                p #next-fixture { "Next: " (n.team) " play " (n.opponent) " on " (n.r#match.weekday) " "
                    a href=(n.r#match.page) { (n.r#match.date) }
                    @if let Some(s) = &n.stage { " (" (s.label) ")" } "." }
            }
            h2 { "Sources" }
            ul.evidence {
                @for e in &d.evidence {
                    li { (e.text) " " code { (e.location()) } }
                }
            }
            p.muted { "JSON: " a href=(m.api) { code { (m.api) } } }
        },
    )
}
