//! Match facts: scores, extra time, shootouts, stages, weekdays, venues, next fixtures.

use super::*;
use goalline_core::Stage;
use goalline_facts::matches::Decided;

#[test]
fn england_france_2022_quarter_final_on_a_saturday_at_al_bayt() {
    let m = f()
        .match_facts(the_match("England", "France", "2022-12-10"))
        .expect("facts");
    assert_eq!((m.row.home_score, m.row.away_score), (Some(1), Some(2)));
    assert_eq!(m.stage, Some(Stage::QuarterFinal));
    assert_eq!(m.weekday, "Saturday");
    assert_eq!(
        m.wc.as_ref().map(|w| w.stadium.as_str()),
        Some("Al Bayt Stadium")
    );
    assert_eq!(m.result.winner, Some(men("France")));
    assert_eq!(m.result.decided, Decided::Regulation);
}

#[test]
fn the_2022_final_went_to_extra_time_and_argentina_won_the_shootout_4_2() {
    let m = f()
        .match_facts(the_match("Argentina", "France", "2022-12-18"))
        .expect("facts");
    assert_eq!((m.row.home_score, m.row.away_score), (Some(3), Some(3)));
    assert_eq!(m.stage, Some(Stage::Final));
    assert_eq!(m.weekday, "Sunday");
    assert_eq!(m.result.extra_time, Some(true));
    assert_eq!(m.result.decided, Decided::Shootout);
    assert_eq!(m.result.winner, Some(men("Argentina")));
    assert_eq!(m.result.shootout_score, Some((4, 2)));
    assert_eq!(
        m.wc.as_ref().map(|w| w.stadium.as_str()),
        Some("Lusail Stadium")
    );
}

#[test]
fn the_1966_final_england_4_west_germany_2_after_extra_time_at_wembley() {
    let id = the_match("England", "West Germany", "1966-07-30");
    let m = f().match_facts(id).expect("facts");
    assert_eq!(
        m.row.away_name, "West Germany",
        "the name of the day is kept"
    );
    assert_eq!(m.row.away, men("Germany"), "and it is Germany");
    assert_eq!((m.row.home_score, m.row.away_score), (Some(4), Some(2)));
    assert_eq!(m.result.decided, Decided::ExtraTime);
    assert_eq!(m.weekday, "Saturday");
    assert_eq!(
        m.wc.as_ref().map(|w| w.stadium.as_str()),
        Some("Wembley Stadium")
    );
}

#[test]
fn brazil_1_germany_7_was_a_tuesday_semi_final_in_belo_horizonte() {
    let m = f()
        .match_facts(the_match("Brazil", "Germany", "2014-07-08"))
        .expect("facts");
    assert_eq!((m.row.home_score, m.row.away_score), (Some(1), Some(7)));
    assert_eq!(m.stage, Some(Stage::SemiFinal));
    assert_eq!(m.weekday, "Tuesday");
    assert_eq!(
        m.wc.as_ref().map(|w| w.city.as_str()),
        Some("Belo Horizonte")
    );
}

#[test]
fn croatia_beat_england_after_extra_time_in_the_2018_semi_final_in_moscow() {
    let m = f()
        .match_facts(the_match("Croatia", "England", "2018-07-11"))
        .expect("facts");
    assert_eq!(m.result.winner, Some(men("Croatia")));
    assert_eq!(m.result.decided, Decided::ExtraTime);
    assert_eq!(m.weekday, "Wednesday");
    assert_eq!(m.wc.as_ref().map(|w| w.city.as_str()), Some("Moscow"));
}

#[test]
fn the_1950_decider_uruguay_2_brazil_1_was_a_final_round_match() {
    let m = f()
        .match_facts(the_match("Uruguay", "Brazil", "1950-07-16"))
        .expect("facts");
    assert_eq!(m.stage, Some(Stage::FinalRound));
    assert_eq!(m.goals_for(men("Uruguay")), Some(2));
    assert_eq!(m.goals_for(men("Brazil")), Some(1));
}

#[test]
fn next_fixture_after_england_france_2022_is_france_v_morocco_semi_final_on_2022_12_14() {
    let n = f()
        .next_fixture(the_match("England", "France", "2022-12-10"))
        .expect("next")
        .value
        .expect("a fixture");
    assert_eq!(n.winner, men("France"));
    assert_eq!(n.opponent, men("Morocco"));
    assert_eq!(n.next.date, d("2022-12-14"));
    assert_eq!(n.stage, Some(Stage::SemiFinal));
}

#[test]
fn next_fixture_outside_world_cups_uses_the_derived_bracket_england_denmark_to_the_euro_final() {
    let n = f()
        .next_fixture(the_match("England", "Denmark", "2021-07-07"))
        .expect("next")
        .value
        .expect("a fixture");
    assert_eq!(n.opponent, men("Italy"));
    assert_eq!(n.next.date, d("2021-07-11"));
    assert_eq!(n.stage, Some(Stage::Final));
}

#[test]
fn a_final_has_no_next_fixture() {
    let n = f()
        .next_fixture(the_match("Argentina", "France", "2022-12-18"))
        .expect("next");
    assert!(n.value.is_none());
}
