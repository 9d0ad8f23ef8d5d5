//! Team all-time scorers with ties, World Cup records and record ties/breaks.

use super::*;
use goalline_facts::milestones::{RecordMove, RecordScope};

#[test]
fn england_scorers_up_to_2022_12_10_kane_first_lampard_and_sterling_uncertain() {
    let t = f()
        .team_top_scorers(men("England"), Some(d("2022-12-10")), 10)
        .expect("table");
    assert_eq!(t.value[0].name, "Harry Kane");
    assert_eq!(t.value[1].name, "Wayne Rooney");
    let lampard = t
        .value
        .iter()
        .find(|e| e.name == "Frank Lampard")
        .expect("Lampard");
    let sterling = t
        .value
        .iter()
        .find(|e| e.name == "Raheem Sterling")
        .expect("Sterling");
    assert!(
        !lampard.certain && !sterling.certain,
        "level on known goals, their intervals overlap: neither place is certain"
    );
    assert!(
        t.value.iter().all(|e| !e.goals.is_exact()),
        "lower bounds, not counts"
    );
    assert!(!t.coverage.is_exact());
}

#[test]
fn klose_held_the_mens_world_cup_record_with_16_before_2026_and_marta_the_womens_with_17() {
    let men_t = f()
        .world_cup_top_scorers(Gender::Men, Some(d("2025-12-31")), 3)
        .expect("men");
    assert_eq!(men_t.value[0].name, "Miroslav Klose");
    assert_eq!(men_t.value[0].goals.low, 16);
    assert!(men_t.value[0].goals.is_exact());
    assert_eq!(men_t.value[1].name, "Ronaldo");
    assert_eq!(men_t.value[1].goals.low, 15);
    let women_t = f()
        .world_cup_top_scorers(Gender::Women, None, 1)
        .expect("women");
    assert_eq!(women_t.value[0].name, "Marta");
    assert_eq!(women_t.value[0].goals.low, 17);
}

#[test]
fn klose_tied_ronaldos_world_cup_record_against_ghana_in_2014() {
    let ev = f()
        .wc_record_events(the_match("Germany", "Ghana", "2014-06-21"))
        .expect("events");
    let tie = ev
        .iter()
        .find(|e| e.scope == RecordScope::WorldCupAllTime)
        .expect("a record event");
    assert_eq!(tie.player_name, "Miroslav Klose");
    assert_eq!(tie.kind, RecordMove::Ties);
    assert_eq!(tie.goals, 15);
    assert_eq!(tie.holders, vec![("Ronaldo".to_string(), 15)]);
}

#[test]
fn klose_broke_the_world_cup_record_against_brazil_in_2014() {
    let ev = f()
        .wc_record_events(the_match("Brazil", "Germany", "2014-07-08"))
        .expect("events");
    let br = ev
        .iter()
        .find(|e| e.scope == RecordScope::WorldCupAllTime)
        .expect("a record event");
    assert_eq!(
        (br.player_name.as_str(), br.kind, br.goals),
        ("Miroslav Klose", RecordMove::Breaks, 16)
    );
}

#[test]
fn messi_drew_level_with_batistuta_as_argentinas_top_world_cup_scorer_against_the_netherlands() {
    let ev = f()
        .wc_record_events(the_match("Netherlands", "Argentina", "2022-12-09"))
        .expect("events");
    let tie = ev
        .iter()
        .find(|e| e.scope == RecordScope::TeamWorldCup && e.player_name == "Lionel Messi")
        .expect("Messi's record tie");
    assert_eq!(tie.kind, RecordMove::Ties);
    assert_eq!(tie.goals, 10);
    assert_eq!(tie.holders[0].0, "Gabriel Batistuta");
    let ev = f()
        .wc_record_events(the_match("Argentina", "Croatia", "2022-12-13"))
        .expect("events");
    assert!(ev.iter().any(|e| e.scope == RecordScope::TeamWorldCup
        && e.kind == RecordMove::Breaks
        && e.goals == 11));
}
