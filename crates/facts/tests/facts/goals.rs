//! Goals of a match: scorers, minutes with stoppage time, penalties, own goals, intervals.

use super::*;
use goalline_core::Minute;
use goalline_facts::timeline::goal_intervals;

fn goals(a: &str, b: &str, day: &str) -> goalline_facts::goals::MatchGoals {
    let f = f();
    let id = the_match(a, b, day);
    let row = f.store().match_by_id(id).expect("row").expect("match");
    f.match_goals(&row).expect("goals")
}

#[test]
fn kane_scored_a_54th_minute_penalty_against_france() {
    let g = goals("England", "France", "2022-12-10");
    assert!(g.complete);
    let kane = g
        .goals
        .iter()
        .find(|x| x.name.as_deref() == Some("Harry Kane"))
        .expect("Kane");
    assert_eq!(kane.minute, Some(Minute::new(54)));
    assert!(kane.penalty);
    assert_eq!(kane.score_after, (1, 1));
}

#[test]
fn mbappe_scored_a_hat_trick_in_the_2022_final_two_of_them_penalties() {
    let g = goals("Argentina", "France", "2022-12-18");
    let mbappe: Vec<_> = g
        .goals
        .iter()
        .filter(|x| x.name.as_deref() == Some("Kylian Mbappé"))
        .collect();
    assert_eq!(mbappe.len(), 3);
    assert_eq!(mbappe.iter().filter(|x| x.penalty).count(), 2);
    assert_eq!(mbappe[2].minute.map(|m| m.base), Some(118));
    assert_eq!(g.goals.len(), 6);
}

#[test]
fn kanes_winner_against_tunisia_2018_came_in_stoppage_time_90_plus_1() {
    let g = goals("Tunisia", "England", "2018-06-18");
    let last = g.goals.last().expect("goal");
    assert_eq!(last.name.as_deref(), Some("Harry Kane"));
    assert_eq!(last.minute, Some(Minute::with_stoppage(90, 1)));
    assert!(last.stoppage_known);
}

#[test]
fn mandzukic_scored_an_own_goal_in_the_2018_final() {
    let g = goals("France", "Croatia", "2018-07-15");
    let og = g.goals.iter().find(|x| x.own_goal).expect("own goal");
    assert_eq!(og.name.as_deref(), Some("Mario Mandžukić"));
    assert_eq!(og.team, men("France"), "credited to France");
    assert_eq!(og.minute.map(|m| m.base), Some(18));
}

#[test]
fn germany_scored_twice_in_two_minutes_against_brazil_kroos_24_and_26() {
    let g = goals("Brazil", "Germany", "2014-07-08");
    let iv = goal_intervals(&g);
    let kroos: Vec<_> = iv
        .iter()
        .filter(|i| i.from_minute == Minute::new(24) && i.to_minute == Minute::new(26))
        .collect();
    assert_eq!(kroos.len(), 1);
    assert_eq!(kroos[0].minutes, 2);
    assert!(!kroos[0].approximate);
}

#[test]
fn maradona_scored_twice_against_england_in_1986_at_51_and_55() {
    let g = goals("Argentina", "England", "1986-06-22");
    let m: Vec<u16> = g
        .goals
        .iter()
        .filter(|x| x.name.as_deref() == Some("Diego Maradona"))
        .filter_map(|x| x.minute.map(|m| m.base))
        .collect();
    assert_eq!(m, vec![51, 55]);
}
