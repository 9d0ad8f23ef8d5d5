//! Coverage honesty: no query reports a lower bound as an exact count.
//!
//! - a player's tally is exact only when every match of his team in his span has complete scorer
//!   rows (or a snapshot pins it), and a tally never falls as the date moves forward;
//! - a team table, an edition's scorer table and a record event are exact only when their rows
//!   account for every goal.

use super::*;
use goalline_core::{Datelike, PlayerId};
use goalline_facts::milestones::{MilestoneKind, TeamRecordCheck};
use proptest::prelude::*;
use std::sync::OnceLock;

/// (player, team) pairs: the top known scorers of teams with at least 150 matches.
fn pairs() -> &'static Vec<(PlayerId, TeamId)> {
    static P: OnceLock<Vec<(PlayerId, TeamId)>> = OnceLock::new();
    P.get_or_init(|| {
        let f = f();
        let mut out = Vec::new();
        for t in f.teams().teams() {
            let n = f
                .store()
                .team_matches(t.id, None, None)
                .expect("matches")
                .len();
            if n < 150 {
                continue;
            }
            let table = f.team_top_scorers(t.id, None, 3).expect("table");
            out.extend(table.value.iter().take(3).map(|e| (e.player, t.id)));
        }
        assert!(out.len() > 100, "enough pairs: {}", out.len());
        out
    })
}

/// Checks one (player, team, day) against the stored rows.
fn check(p: PlayerId, team: TeamId, day: Date) {
    let f = f();
    let a = f.player_tally(p, team, Some(day)).expect("tally");
    let t = a.value.tally;
    assert_eq!(
        t.is_exact(),
        a.coverage.is_exact(),
        "coverage mirrors the interval"
    );
    assert!(t.low <= t.high);
    if t.is_exact() && a.value.snapshots.is_empty() {
        let row = f.store().player(p).expect("player").expect("row");
        // His span for the team: first and last known row, else from age 14.
        let span = f.career_span(p, team).expect("span");
        let from = match &span {
            Some(s) => Some(s.first),
            None => row.birth_date.and_then(|b| b.with_year(b.year() + 14)),
        };
        let to = span.map_or(day, |s| s.last.min(day));
        for m in f
            .store()
            .team_matches(team, from, Some(to))
            .expect("matches")
        {
            if m.gender != Gender::Men {
                continue;
            }
            let g = m.goals_for(team).expect("an exact tally needs every score");
            assert!(
                m.known_for(team) >= g,
                "{} is called exact but {} has {g} goals and {} scorer rows",
                row.name,
                m.evidence,
                m.known_for(team)
            );
        }
    }
}

#[test]
fn exhaustive_tallies_are_exact_only_with_complete_rows_and_never_fall() {
    let days: Vec<Date> = (1960..=2026)
        .step_by(3)
        .map(|y| d(&format!("{y}-07-01")))
        .collect();
    let mut exact = 0;
    for &(p, team) in pairs().iter() {
        let mut prev: Option<goalline_core::Tally> = None;
        for &day in &days {
            check(p, team, day);
            let t = f()
                .player_tally(p, team, Some(day))
                .expect("tally")
                .value
                .tally;
            exact += usize::from(t.is_exact() && t.low > 0);
            if let Some(q) = prev {
                assert!(
                    t.low >= q.low && t.high >= q.high,
                    "tally fell from {q:?} to {t:?}"
                );
            }
            prev = Some(t);
        }
    }
    eprintln!(
        "{} pairs × {} days checked; {exact} exact non-zero tallies",
        pairs().len(),
        days.len()
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]
    #[test]
    fn random_player_team_day_triples_are_honest(i in 0usize..10_000, days in 0i64..(66 * 365), step in 1i64..2000) {
        let (p, team) = pairs()[i % pairs().len()];
        let day = plus(d("1960-01-01"), days);
        check(p, team, day);
        let later = plus(day, step);
        let a = f().player_tally(p, team, Some(day)).expect("a").value.tally;
        let b = f().player_tally(p, team, Some(later)).expect("b").value.tally;
        prop_assert!(b.low >= a.low && b.high >= a.high, "{a:?} then {b:?}");
    }
}

fn plus(day: Date, n: i64) -> Date {
    day.checked_add_days(goalline_core::Days::new(n as u64))
        .expect("date")
}

#[test]
fn team_tables_are_exact_only_when_every_goal_has_a_scorer() {
    for t in f().teams().teams().iter().take(400) {
        let table = f()
            .team_top_scorers(t.id, Some(d("2022-12-31")), 3)
            .expect("table");
        let cov =
            goalline_facts::coverage::team_coverage(f().store(), t.id, None, Some(d("2022-12-31")))
                .expect("coverage");
        if table.coverage.is_exact() {
            assert_eq!(cov.goals_unknown(), 0, "{}", t.name);
            assert!(table.value.iter().all(|e| e.goals.is_exact()));
        } else {
            // Each entry is the player's own interval: exact only when his span is covered.
            for e in &table.value {
                let own = f()
                    .player_tally(e.player, t.id, Some(d("2022-12-31")))
                    .expect("tally");
                assert_eq!(e.goals, own.value.tally, "{} {}", t.name, e.name);
            }
        }
    }
}

#[test]
fn edition_scorer_tables_are_exact_only_when_rows_match_the_goals() {
    for comp in [
        "FIFA World Cup",
        "UEFA Euro",
        "Copa América",
        "AFC Asian Cup",
    ] {
        for e in f().editions(comp).expect("editions") {
            let s = f().edition_scorers(&e).expect("scorers");
            let total: u32 = f()
                .edition_matches(&e)
                .expect("matches")
                .iter()
                .filter_map(|m| m.home_score.zip(m.away_score))
                .map(|(h, a)| h + a)
                .sum();
            let listed: u32 = s.value.iter().map(|x| x.goals).sum();
            if s.coverage.is_exact() {
                assert!(listed <= total, "{}: {listed} > {total}", e.label);
            } else {
                assert!(s.note.is_some(), "{} must say why it is a bound", e.label);
            }
        }
    }
}

#[test]
fn record_events_and_round_numbers_come_only_from_exact_tallies() {
    let f = f();
    let mut checked = 0;
    for comp in ["UEFA Euro", "FIFA World Cup"] {
        let e = f
            .edition(
                comp,
                Some(if comp == "UEFA Euro" { 2020 } else { 2022 }),
                None,
            )
            .expect("e")
            .expect("edition");
        for m in f.edition_matches(&e).expect("matches") {
            for c in f.team_record_checks(&m).expect("checks") {
                match c {
                    TeamRecordCheck::Event(ev) => {
                        let before = m.date.pred_opt().expect("day");
                        assert!(f
                            .player_tally(ev.player, ev.team, Some(before))
                            .expect("t")
                            .value
                            .tally
                            .is_exact());
                    }
                    TeamRecordCheck::Undecided {
                        tally,
                        rival,
                        reason,
                        ..
                    } => {
                        // Either a tally is a bound, or a third player's total is open.
                        let both = tally.is_exact() && rival.is_some_and(|r| r.1.is_exact());
                        assert!(!both || reason.contains("cannot be ruled out"), "{reason}");
                    }
                    TeamRecordCheck::Nothing => {}
                }
                checked += 1;
            }
            for ms in f.milestones(m.id).expect("milestones") {
                if ms.kind == MilestoneKind::PlayerTeamRound {
                    let p = ms.player.expect("scorer");
                    let n = f.nth_goals(p, ms.team, m.id).expect("nth");
                    assert!(n.value.iter().any(|t| t.is_exact() && t.low == ms.number));
                }
            }
        }
    }
    assert!(checked > 0);
}
