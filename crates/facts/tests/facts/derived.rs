//! Rows the import derives for cold processes (schema version 4) agree with a recomputation
//! from the raw rows: per team the men's matches with goals not known by scorer, every World
//! Cup goal of a gender in one query, a team's World Cup matches in one query.

use crate::common::facts;
use goalline_core::Gender;
use goalline_store::{UnattributedRow, WcGoalRow};

#[test]
fn team_unattributed_rows_match_the_team_matches() {
    let f = facts();
    let store = f.store();
    let (mut teams, mut rows, mut unknown_scores, mut goals) = (0, 0, 0, 0u64);
    for t in store.teams().expect("teams") {
        let team = t.id;
        let expected: Vec<UnattributedRow> = store
            .team_matches(team, None, None)
            .expect("matches")
            .into_iter()
            .filter(|m| m.gender == Gender::Men)
            .filter_map(|m| {
                let goals = m.goals_for(team);
                let unattributed = goals.map_or(0, |g| g.saturating_sub(m.known_for(team)));
                (goals.is_none() || unattributed > 0).then_some(UnattributedRow {
                    date: m.date,
                    match_id: m.id,
                    goals,
                    unattributed,
                })
            })
            .collect();
        let mut stored = store.team_unattributed(team).expect("derived rows");
        // The query orders by day and match id; the team's matches by day and match id too.
        stored.sort_by_key(|r| (r.date, r.match_id.0));
        assert_eq!(stored, expected, "team {} ({:?})", t.name, t.id);
        teams += 1;
        rows += stored.len();
        unknown_scores += stored.iter().filter(|r| r.goals.is_none()).count();
        goals += stored
            .iter()
            .map(|r| u64::from(r.unattributed))
            .sum::<u64>();
    }
    // The real data have many goals without a scorer row (an unknown score, `goals` NULL, is
    // compared above like any other row; the men's results have none today).
    assert!(teams > 200, "{teams} teams");
    assert!(
        rows > 10_000 && goals > 20_000,
        "{rows} rows, {goals} goals"
    );
    println!("{teams} teams, {rows} rows, {goals} goals without a scorer row, {unknown_scores} unknown scores");
}

fn json(g: &[WcGoalRow]) -> Vec<String> {
    g.iter()
        .map(|g| serde_json::to_string(g).expect("json"))
        .collect()
}

#[test]
fn one_query_world_cup_goals_match_the_goals_match_by_match() {
    let f = facts();
    let store = f.store();
    let matches = store.wc_matches(None).expect("wc matches");
    for gender in [Gender::Men, Gender::Women] {
        let mut expected = Vec::new();
        for w in matches.iter().filter(|w| w.gender == gender) {
            expected.extend(store.match_wc_goals(w.match_id).expect("goals"));
        }
        goalline_facts::wcindex::sort_goals(&mut expected);
        let got = store.gender_wc_goals(gender).expect("goals of a gender");
        assert!(got.len() > 500, "{gender:?}: {} goals", got.len());
        assert_eq!(json(&got), json(&expected), "{gender:?}");
        assert_eq!(json(&f.wc_goals(gender).expect("cached")), json(&expected));
    }
}

#[test]
fn a_teams_world_cup_matches_in_one_query_match_every_world_cup_match() {
    let f = facts();
    let store = f.store();
    let all = store.wc_matches(None).expect("wc matches");
    let mut teams = std::collections::BTreeSet::new();
    for w in &all {
        teams.insert(w.home);
        teams.insert(w.away);
    }
    let key = |w: &goalline_store::WcInfo| serde_json::to_string(w).expect("json");
    for team in teams {
        let expected: Vec<String> = all
            .iter()
            .filter(|w| w.home == team || w.away == team)
            .map(key)
            .collect();
        let got: Vec<String> = store
            .team_wc_matches(team)
            .expect("team wc matches")
            .iter()
            .map(key)
            .collect();
        assert_eq!(got, expected, "team {team:?}");
    }
}

#[test]
fn competition_days_match_the_competition_matches() {
    let store = facts().store();
    let (lo, hi) = (
        crate::common::d("1800-01-01"),
        crate::common::d("2100-01-01"),
    );
    for c in [
        "FIFA World Cup",
        "UEFA Euro",
        "Copa América",
        "African Cup of Nations",
    ] {
        let expected: Vec<_> = store
            .competition_matches(c, lo, hi)
            .expect("matches")
            .iter()
            .map(|m| (m.date, m.id))
            .collect();
        assert!(expected.len() > 100, "{c}: {} matches", expected.len());
        assert_eq!(
            store.competition_days(c, lo, hi).expect("days"),
            expected,
            "{c}"
        );
    }
}
