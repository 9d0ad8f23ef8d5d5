//! First facts on the real data.

mod common;
use common::{d, facts};
use goalline_core::Gender;
use goalline_facts::PlayerContext;

#[test]
fn kane_tally_on_2022_12_10_is_an_interval_containing_53() {
    let f = facts();
    let england = f.team("England", None, Some(Gender::Men)).expect("England");
    let kane = f
        .player(
            "Harry Kane",
            PlayerContext {
                team: Some(england),
                ..Default::default()
            },
        )
        .expect("Kane");
    let t = f
        .player_tally(kane, england, Some(d("2022-12-10")))
        .expect("tally");
    assert_eq!(t.value.known, 47, "47 scorer rows up to 2022-12-10");
    assert!(t.value.tally.contains(53), "{:?}", t.value.tally);
    assert!(!t.value.tally.is_exact());
}

#[test]
fn england_france_2022_facts() {
    let f = facts();
    let eng = f.team("England", None, None).expect("team");
    let fra = f.team("France", None, None).expect("team");
    let ms = f
        .find_matches(&goalline_facts::matches::MatchQuery {
            teams: vec![eng, fra],
            from: Some(d("2022-12-10")),
            to: Some(d("2022-12-10")),
            ..Default::default()
        })
        .expect("find");
    assert_eq!(ms.len(), 1);
    let mf = f.match_facts(ms[0].id).expect("facts");
    assert_eq!(mf.weekday, "Saturday");
    assert_eq!(mf.stage, Some(goalline_core::Stage::QuarterFinal));
    assert_eq!(mf.result.winner, Some(fra));
    assert!(mf.goals.complete);
    let kane_goal = mf.goals.goals.iter().find(|g| g.penalty).expect("penalty");
    assert_eq!(kane_goal.minute.map(|m| m.base), Some(54));
    let next = f
        .next_match(fra, d("2022-12-10"), Gender::Men)
        .expect("next")
        .expect("a match");
    assert_eq!(next.date, d("2022-12-14"));
}
