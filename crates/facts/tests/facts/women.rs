//! Women's World Cup facts: never mixed with men's.

use super::*;

fn women(name: &str) -> TeamId {
    f().team(name, None, Some(Gender::Women)).expect("team")
}

#[test]
fn the_united_states_won_the_2019_womens_world_cup_beating_the_netherlands_2_0_in_lyon() {
    let e = f()
        .require_edition("Women's World Cup 2019", None, None)
        .expect("edition");
    assert_eq!(e.gender, Gender::Women);
    assert_eq!(
        f().champion(&e).expect("c").expect("known").value,
        women("United States")
    );
    let m = f()
        .match_facts(the_match("United States", "Netherlands", "2019-07-07"))
        .expect("final");
    assert_eq!(m.row.gender, Gender::Women);
    assert_eq!(m.goals_for(women("United States")), Some(2));
    assert_eq!(m.wc.as_ref().map(|w| w.city.as_str()), Some("Lyon"));
    assert_eq!(m.weekday, "Sunday");
}

#[test]
fn england_women_finished_third_in_2015_after_beating_germany_in_extra_time() {
    let s = f()
        .edition_standings(
            &f().require_edition("Women's World Cup 2015", None, None)
                .expect("e"),
        )
        .expect("standings");
    assert_eq!(
        s.value.iter().find(|x| x.position == 3).map(|x| x.team),
        Some(women("England"))
    );
    let m = f()
        .match_facts(the_match("Germany", "England", "2015-07-04"))
        .expect("3rd place");
    assert_eq!(m.result.winner, Some(women("England")));
    assert_eq!(m.result.extra_time, Some(true));
}

#[test]
fn englands_mens_finishes_never_include_womens_years() {
    let men_f = f().wc_finishes(men("England"), Gender::Men).expect("men");
    assert!(
        men_f.iter().all(|x| x.year % 4 == 2),
        "men's World Cups fall in years 4k+2"
    );
    let women_f = f()
        .wc_finishes(women("England"), Gender::Women)
        .expect("women");
    assert!(women_f
        .iter()
        .any(|x| x.year == 2015 && x.position == Some(3)));
    assert!(women_f.iter().all(|x| x.year != 1966));
}

#[test]
fn carli_lloyd_scored_a_hat_trick_in_the_first_16_minutes_of_the_2015_final() {
    let id = the_match("United States", "Japan", "2015-07-05");
    let row = f().store().match_by_id(id).expect("row").expect("m");
    let g = f().match_goals(&row).expect("goals");
    let lloyd: Vec<u16> = g
        .goals
        .iter()
        .filter(|x| x.name.as_deref() == Some("Carli Lloyd"))
        .filter_map(|x| x.minute.map(|m| m.base))
        .collect();
    assert_eq!(lloyd, vec![3, 5, 16]);
}

#[test]
fn rapinoe_won_the_2019_golden_boot() {
    let e = f()
        .require_edition("2019 Women's World Cup", None, None)
        .expect("e");
    let a = f().edition_awards(&e).expect("awards");
    assert_eq!(
        a.iter()
            .find(|a| a.award == "Golden Boot")
            .and_then(|a| a.player_name.as_deref()),
        Some("Megan Rapinoe")
    );
}

#[test]
fn a_womens_career_tally_is_only_a_lower_bound() {
    let ctx = goalline_facts::PlayerContext {
        gender: Some(Gender::Women),
        ..Default::default()
    };
    assert!(
        f().player("Marta", ctx).is_err(),
        "Marta alone: also Marta Corredera, Marta Torrejón"
    );
    let marta = f()
        .player(
            "Marta",
            goalline_facts::PlayerContext {
                team: Some(women("Brazil")),
                ..ctx
            },
        )
        .expect("Marta");
    let t = f()
        .player_tally(marta, women("Brazil"), None)
        .expect("tally");
    assert_eq!(t.value.tally.low, 17);
    assert!(t.value.tally.is_unbounded());
    assert_eq!(t.coverage, goalline_core::Coverage::LowerBound);
}
