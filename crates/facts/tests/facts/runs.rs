//! Runs of results walked back from a day, and group tables rebuilt from fixtures.

use super::*;
use goalline_core::Gender;
use goalline_facts::runs::SideResult;

fn unbeaten(r: SideResult) -> bool {
    !r.lost()
}

#[test]
fn argentina_unbeaten_before_the_2022_world_cup() {
    // 36 matches without defeat from 2019-07-06, broken by the 2019 Copa semi-final.
    let r = f()
        .run_back(
            men("Argentina"),
            Gender::Men,
            d("2022-11-22"),
            false,
            &unbeaten,
            &|_| true,
        )
        .expect("run");
    assert!(r.coverage.is_exact());
    assert_eq!(r.value.len(), 36);
    assert_eq!(r.value.first().map(|m| m.date), Some(d("2019-07-06")));
    assert_eq!(
        r.value.broken_by.as_ref().map(|m| m.date),
        Some(d("2019-07-02"))
    );
}

#[test]
fn a_match_of_the_day_counts_only_when_inclusive() {
    // England lost 0-1 to Brazil on 2024-03-23 after ten unbeaten matches.
    let before = f()
        .run_back(
            men("England"),
            Gender::Men,
            d("2024-03-23"),
            false,
            &unbeaten,
            &|_| true,
        )
        .expect("run");
    assert_eq!(before.value.len(), 10);
    let with = f()
        .run_back(
            men("England"),
            Gender::Men,
            d("2024-03-23"),
            true,
            &unbeaten,
            &|_| true,
        )
        .expect("run");
    assert_eq!(with.value.len(), 0);
    assert_eq!(with.value.broken_by.map(|m| m.date), Some(d("2024-03-23")));
}

#[test]
fn womens_runs_are_exact_only_inside_a_world_cup() {
    let usa = f()
        .team("United States", None, Some(Gender::Women))
        .expect("usa");
    // Six clean sheets... the 2015 final: the USA conceded in the opener (Australia) only.
    let clean = |r: SideResult| r.conceded == 0;
    let r = f()
        .run_back(usa, Gender::Women, d("2015-07-05"), false, &clean, &|_| {
            true
        })
        .expect("run");
    assert_eq!(r.value.len(), 5);
    assert!(r.coverage.is_exact());
    // Wins before the 2019 World Cup: the data hold nothing before the tournament.
    let won = |r: SideResult| r.won();
    let r = f()
        .run_back(usa, Gender::Women, d("2019-06-11"), false, &won, &|_| true)
        .expect("run");
    assert!(!r.coverage.is_exact());
}

#[test]
fn a_qualifying_group_rebuilt_from_its_fixtures() {
    // Group I of the 2022 World Cup qualifiers after 2021-10-09: England 19, Albania 15,
    // Poland 14, Hungary 10, Andorra 3, San Marino 0.
    let t = f()
        .group_table(
            men("Poland"),
            "FIFA World Cup qualification",
            Gender::Men,
            d("2021-10-09"),
            true,
        )
        .expect("table")
        .expect("a group");
    assert!(t.coverage.is_exact());
    let pts: Vec<(String, u32)> = t
        .value
        .rows
        .iter()
        .map(|r| (f().team_name(r.team).to_string(), r.points))
        .collect();
    assert_eq!(
        pts,
        vec![
            ("England".to_string(), 19),
            ("Albania".to_string(), 15),
            ("Poland".to_string(), 14),
            ("Hungary".to_string(), 10),
            ("Andorra".to_string(), 3),
            ("San Marino".to_string(), 0),
        ]
    );
    assert_eq!(t.value.position(men("Poland")), Some((3, 3)));
    // Before that day's matches Poland were third too (11 points).
    let before = f()
        .group_table(
            men("Poland"),
            "FIFA World Cup qualification",
            Gender::Men,
            d("2021-10-09"),
            false,
        )
        .expect("table")
        .expect("a group");
    assert_eq!(before.value.row(men("Poland")).map(|r| r.points), Some(11));
}

#[test]
fn a_world_cup_group_from_fjelstul() {
    // 2015 Women's World Cup, Group B: Germany 7, Norway 7, Thailand 3, Ivory Coast 0.
    let thailand = f()
        .team("Thailand", None, Some(Gender::Women))
        .expect("thailand");
    let t = f()
        .group_table(
            thailand,
            "FIFA Women's World Cup",
            Gender::Women,
            d("2015-07-05"),
            true,
        )
        .expect("table")
        .expect("a group");
    assert_eq!(t.value.rows.len(), 4);
    assert_eq!(t.value.position(thailand), Some((3, 3)));
    assert_eq!(t.value.row(thailand).map(|r| r.points), Some(3));
}
