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

#[test]
fn messis_copa_america_goal_in_the_2024_semi_final_was_his_14th_exactly() {
    let messi = player("Lionel Messi", "Argentina");
    let t = f()
        .competition_tally(messi, "Copa América", Some(d("2024-07-09")))
        .expect("tally");
    assert_eq!(
        t.value.tally,
        goalline_core::Tally::exact(14),
        "{}",
        t.value.reasoning
    );
    assert!(t.coverage.is_exact());
    let before = f()
        .competition_tally(messi, "Copa América", Some(d("2024-07-08")))
        .expect("tally");
    assert_eq!(before.value.tally, goalline_core::Tally::exact(13));
}

#[test]
fn world_cup_tallies_are_exact_klose_12_in_2010_16_in_2014_messi_13_after_2022() {
    let klose = player("Miroslav Klose", "Germany");
    let t = |p, day: &str| {
        f().competition_tally(p, "FIFA World Cup", Some(d(day)))
            .expect("tally")
            .value
            .tally
    };
    assert_eq!(t(klose, "2010-06-27"), goalline_core::Tally::exact(12));
    assert_eq!(t(klose, "2014-07-08"), goalline_core::Tally::exact(16));
    let messi = player("Lionel Messi", "Argentina");
    assert_eq!(t(messi, "2022-12-18"), goalline_core::Tally::exact(13));
    // The 2026 World Cup comes from martj42's rows.
    let all = f()
        .competition_tally(messi, "FIFA World Cup", None)
        .expect("tally");
    assert!(all.value.tally.low >= 13, "{}", all.value.reasoning);
}

#[test]
fn world_cup_careers_count_appearances_from_fjelstul_and_openfootball() {
    // Messi's 26 World Cup matches by the 2022 final; Matthäus's 25 over five tournaments.
    let messi = player("Lionel Messi", "Argentina");
    let c = f().world_cup_career(messi).expect("career").value;
    let upto = c
        .appearances
        .iter()
        .filter(|a| a.date <= d("2022-12-18"))
        .count();
    assert_eq!(upto, 26, "{:?}", c.unknown);
    let matthaus = player("Lothar Matthäus", "Germany");
    let c = f().world_cup_career(matthaus).expect("career").value;
    assert_eq!(c.appearances.len(), 25);
    let mut years: Vec<i32> = c.appearances.iter().map(|a| a.year).collect();
    years.dedup();
    assert_eq!(years.len(), 5);
    // Hurst in 1966 (openfootball line-ups only): absent until the quarter-final.
    let hurst = player("Geoff Hurst", "England");
    let c = f().world_cup_career(hurst).expect("career").value;
    let in_1966: Vec<_> = c.appearances.iter().filter(|a| a.year == 1966).collect();
    assert_eq!(in_1966.len(), 3);
    assert!(in_1966
        .iter()
        .all(|a| a.stage >= goalline_core::Stage::QuarterFinal));
    assert_eq!(c.missed.iter().filter(|m| m.2 == 1966).count(), 3);
}
