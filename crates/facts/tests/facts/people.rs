//! Appearances, starts, ages.

use super::*;

#[test]
fn kane_started_all_five_of_englands_2022_matches_and_scored_twice() {
    let cups = f()
        .player_world_cups(player("Harry Kane", "England"))
        .expect("cups");
    let c = cups.value.iter().find(|c| c.year == 2022).expect("2022");
    assert_eq!(
        (c.team_matches, c.appearances, c.starts, c.goals),
        (5, Some(5), Some(5), 2)
    );
}

#[test]
fn kane_scored_six_in_six_appearances_at_the_2018_world_cup() {
    let cups = f()
        .player_world_cups(player("Harry Kane", "England"))
        .expect("cups");
    let c = cups.value.iter().find(|c| c.year == 2018).expect("2018");
    assert_eq!((c.appearances, c.goals), (Some(6), 6));
}

#[test]
fn kane_was_29_on_2022_12_10() {
    let a = f()
        .age(player("Harry Kane", "England"), d("2022-12-10"))
        .expect("age");
    assert_eq!(a.value, Some(29));
    assert!(a.coverage.is_exact());
}

#[test]
fn pele_was_17_in_the_1958_final_and_messi_35_in_the_2022_final() {
    assert_eq!(
        f().age(player("Pelé", "Brazil"), d("1958-06-29"))
            .expect("age")
            .value,
        Some(17)
    );
    assert_eq!(
        f().age(player("Lionel Messi", "Argentina"), d("2022-12-18"))
            .expect("age")
            .value,
        Some(35)
    );
}
