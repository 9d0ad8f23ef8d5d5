//! A knockout bracket drawn as a tree in inline SVG: the earliest knockout round on the left,
//! the final on the right, each match a box linked to its page, joined to the two matches its
//! teams came from. The third-place match sits under the final.
//!
//! The tree is built from the results: the children of a match are the previous-round matches
//! its two teams won. Rounds that do not form a tree (a team missing from the previous round,
//! e.g. World Cups with a second group stage) are drawn from the final back as far as the tree
//! holds; the rest are listed beside it as plain columns, never forced into a shape they did
//! not have.

use crate::api::tournaments::{BracketMatch, BracketRoundView};
use maud::{html, Markup};

const BOX_W: f64 = 200.0;
const BOX_H: f64 = 46.0;
const COL_GAP: f64 = 44.0;
const SLOT_H: f64 = 58.0;
const TOP: f64 = 28.0;

/// A placed match: (round index from the left, vertical centre).
struct Placed<'a> {
    col: usize,
    y: f64,
    m: &'a BracketMatch,
    stage: &'static str,
    label: &'static str,
}

fn teams_of(m: &BracketMatch) -> [&str; 2] {
    [m.r#match.home_team.as_str(), m.r#match.away_team.as_str()]
}

/// The bracket of `rounds` (in stage order, as the API gives them).
pub fn bracket(title: &str, rounds: &[BracketRoundView]) -> Markup {
    let main: Vec<&BracketRoundView> = rounds
        .iter()
        .filter(|r| r.stage.key != "third_place")
        .collect();
    let third = rounds.iter().find(|r| r.stage.key == "third_place");
    // Walk back from the final while every match of the next round finds both of its children.
    let Some(final_round) = main.last().filter(|r| r.matches.len() == 1) else {
        return columns(rounds);
    };
    let mut levels: Vec<Vec<Option<&BracketMatch>>> = vec![vec![final_round.matches.first()]];
    let mut level_rounds: Vec<&BracketRoundView> = vec![final_round];
    for prev in main.iter().rev().skip(1) {
        let Some(cur) = levels.last() else { break };
        let mut next = Vec::new();
        let mut found = 0;
        for slot in cur {
            for team in slot.map_or(["", ""], teams_of) {
                let child = prev.matches.iter().find(|c| {
                    !team.is_empty()
                        && teams_of(c).contains(&team)
                        && c.winner_team.as_deref() == Some(team)
                });
                found += usize::from(child.is_some());
                next.push(child);
            }
        }
        if found != prev.matches.len() || found == 0 {
            break;
        }
        levels.push(next);
        level_rounds.push(prev);
    }
    levels.reverse();
    level_rounds.reverse();
    let cols = levels.len();
    let leaves = levels.first().map_or(1, Vec::len).max(1);
    let height = TOP + leaves as f64 * SLOT_H + if third.is_some() { 90.0 } else { 10.0 };
    let width = cols as f64 * (BOX_W + COL_GAP);
    let mut placed: Vec<Placed<'_>> = Vec::new();
    for (col, level) in levels.iter().enumerate() {
        let slot = SLOT_H * (leaves as f64 / level.len() as f64);
        for (i, m) in level.iter().enumerate() {
            if let Some(m) = m {
                placed.push(Placed {
                    col,
                    y: TOP + slot * (i as f64 + 0.5),
                    m,
                    stage: level_rounds[col].stage.key,
                    label: level_rounds[col].stage.label,
                });
            }
        }
    }
    let x_of = |col: usize| col as f64 * (BOX_W + COL_GAP) + 4.0;
    // Connectors: from each box's right edge to its parent's left edge.
    let mut links: Vec<String> = Vec::new();
    for (col, level) in levels.iter().enumerate().skip(1) {
        let slot = SLOT_H * (leaves as f64 / level.len() as f64);
        let child_slot = SLOT_H * (leaves as f64 / levels[col - 1].len() as f64);
        for (i, m) in level.iter().enumerate() {
            if m.is_none() {
                continue;
            }
            let py = TOP + slot * (i as f64 + 0.5);
            for c in [2 * i, 2 * i + 1] {
                if levels[col - 1].get(c).copied().flatten().is_none() {
                    continue;
                }
                let cy = TOP + child_slot * (c as f64 + 0.5);
                let x0 = x_of(col - 1) + BOX_W;
                let x1 = x_of(col);
                let xm = (x0 + x1) / 2.0;
                links.push(format!("M{x0:.1} {cy:.1} H{xm:.1} V{py:.1} H{x1:.1}"));
            }
        }
    }
    let leftover: Vec<&BracketRoundView> = main
        .iter()
        .filter(|r| !level_rounds.iter().any(|l| l.stage.key == r.stage.key))
        .copied()
        .collect();
    let third_y = TOP + leaves as f64 * SLOT_H + 44.0;
    html! {
        @if !leftover.is_empty() {
            p.muted { "Earlier knockout rounds that do not form a tree with the later ones are listed below the bracket." }
        }
        div.bracket-wrap {
            svg.bracket xmlns="http://www.w3.org/2000/svg" role="img" aria-label=(title)
                viewBox=(format!("0 0 {width:.0} {height:.0}")) width=(format!("{width:.0}")) height=(format!("{height:.0}")) {
                title { (title) }
                @for (col, r) in level_rounds.iter().enumerate() {
                    text.round x=(format!("{:.1}", x_of(col) + BOX_W / 2.0)) y="16" text-anchor="middle" { (r.stage.label) }
                }
                @for d in &links {
                    path.link d=(d) {}
                }
                @for p in &placed {
                    (match_box(x_of(p.col), p.y - BOX_H / 2.0, p.m, p.stage, p.label))
                }
                @if let Some(t) = third {
                    @if let Some(m) = t.matches.first() {
                        @let x = x_of(cols - 1);
                        text.round x=(format!("{:.1}", x + BOX_W / 2.0)) y=(format!("{:.1}", third_y - 8.0)) text-anchor="middle" { (t.stage.label) }
                        (match_box(x, third_y, m, t.stage.key, t.stage.label))
                    }
                }
            }
        }
        @if !leftover.is_empty() {
            (columns(&leftover.into_iter().cloned().collect::<Vec<_>>()))
        }
    }
}

fn match_box(x: f64, y: f64, m: &BracketMatch, stage: &str, label: &str) -> Markup {
    let s = &m.r#match;
    // Names of the day on the box (West Germany in 1974); the winner is known by canonical name.
    let rows = [
        (
            s.home.as_str(),
            s.home_team.as_str(),
            s.home_score,
            m.shootout.map(|p| p.home),
        ),
        (
            s.away.as_str(),
            s.away_team.as_str(),
            s.away_score,
            m.shootout.map(|p| p.away),
        ),
    ];
    let aet = m.extra_time == Some(true) && m.shootout.is_none();
    html! {
        a href=(s.page) {
            g.bracket-match data-stage=(stage) data-match=(s.id) {
                title { (label) ": " (s.home) " " (s.score) " " (s.away) ", " (s.date)
                    @if let Some(p) = m.shootout { " (" (p.home) "–" (p.away) " on penalties)" }
                    @if aet { " after extra time" } }
                rect.box x=(format!("{x:.1}")) y=(format!("{y:.1}")) width=(BOX_W) height=(BOX_H) rx="4" {}
                @for (i, (shown, team, goals, pens)) in rows.iter().enumerate() {
                    @let ty = y + 18.0 + i as f64 * 20.0;
                    @let won = m.winner_team.as_deref() == Some(*team);
                    text.team.win[won] x=(format!("{:.1}", x + 8.0)) y=(format!("{ty:.1}")) { (shown) }
                    text.score.win[won] x=(format!("{:.1}", x + BOX_W - 8.0)) y=(format!("{ty:.1}")) text-anchor="end" {
                        (goals.map_or("?".to_string(), |g| g.to_string()))
                        @if let Some(p) = pens { " (" (p) ")" }
                        @if aet && i == 0 { " aet" }
                    }
                }
            }
        }
    }
}

/// Rounds as plain columns of boxes (used when the rounds do not form a tree).
fn columns(rounds: &[BracketRoundView]) -> Markup {
    html! {
        div.bracket-columns {
            @for r in rounds {
                div.round-col {
                    h3 { (r.stage.label) }
                    ul.plain {
                        @for m in &r.matches {
                            li data-stage=(r.stage.key) {
                                a href=(m.r#match.page) {
                                    (m.r#match.home) " " (m.r#match.score) " " (m.r#match.away)
                                }
                                @if let Some(p) = m.shootout { " (" (p.home) "–" (p.away) " pens)" }
                            }
                        }
                    }
                }
            }
        }
    }
}
