//! Player tallies as intervals, and which number a goal was.

use super::*;

#[test]
fn kane_on_2022_12_10_has_47_known_goals_and_his_real_53_lies_inside_the_interval() {
    let (kane, eng) = (player("Harry Kane", "England"), men("England"));
    let t = f()
        .player_tally(kane, eng, Some(d("2022-12-10")))
        .expect("tally");
    assert_eq!(t.value.known, 47);
    assert!(t.value.tally.contains(53), "{:?}", t.value.tally);
    assert!(!t.value.tally.is_exact());
    assert!(!t.coverage.is_exact());
}

#[test]
fn kanes_penalty_against_france_was_his_53rd_goal_which_the_interval_allows_but_cannot_prove() {
    let (kane, eng) = (player("Harry Kane", "England"), men("England"));
    let n = f()
        .nth_goals(kane, eng, the_match("England", "France", "2022-12-10"))
        .expect("nth");
    assert_eq!(n.value.len(), 1);
    assert!(
        n.value[0].low >= 47,
        "at least his 47th known goal: {:?}",
        n.value[0]
    );
    assert!(n.value[0].contains(53), "{:?}", n.value[0]);
    assert!(!n.coverage.is_exact());
}

#[test]
fn rooney_had_at_least_37_known_england_goals_when_he_retired_from_england() {
    let rooney = player("Wayne Rooney", "England");
    let t = f()
        .player_tally(rooney, men("England"), Some(d("2019-01-01")))
        .expect("tally");
    assert!(
        t.value.tally.contains(53),
        "Rooney's record 53 is inside {:?}",
        t.value.tally
    );
    assert_eq!(t.value.known, 37);
}
