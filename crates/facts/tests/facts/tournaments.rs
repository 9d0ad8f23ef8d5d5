//! Tournament scorer tables with coverage, awards, standings, runs and best finishes, brackets.

use super::*;
use goalline_core::Stage;

fn edition(text: &str) -> goalline_facts::tournaments::Edition {
    f().require_edition(text, None, None)
        .unwrap_or_else(|e| panic!("{text}: {e}"))
}

#[test]
fn mbappe_topped_the_2022_scorers_with_8_ahead_of_messi_7_exactly() {
    let s = f()
        .edition_scorers(&edition("World Cup 2022"))
        .expect("scorers");
    assert!(s.coverage.is_exact());
    assert_eq!(
        (s.value[0].name.as_str(), s.value[0].goals),
        ("Kylian Mbappé", 8)
    );
    assert_eq!(
        (s.value[1].name.as_str(), s.value[1].goals),
        ("Lionel Messi", 7)
    );
}

#[test]
fn ronaldo_and_schick_shared_the_euro_2020_lead_with_5() {
    let s = f().edition_scorers(&edition("Euro 2020")).expect("scorers");
    let top: Vec<(&str, u32)> = s
        .value
        .iter()
        .take(2)
        .map(|e| (e.name.as_str(), e.goals))
        .collect();
    assert_eq!(top, vec![("Cristiano Ronaldo", 5), ("Patrik Schick", 5)]);
}

#[test]
fn kane_won_the_golden_boot_in_2018_and_lineker_in_1986() {
    for (year, name) in [
        ("World Cup 2018", "Harry Kane"),
        ("World Cup 1986", "Gary Lineker"),
    ] {
        let a = f().edition_awards(&edition(year)).expect("awards");
        let boot = a
            .iter()
            .find(|a| a.award == "Golden Boot")
            .expect("Golden Boot");
        assert_eq!(boot.player_name.as_deref(), Some(name), "{year}");
    }
}

#[test]
fn messi_won_the_golden_ball_in_2022() {
    let a = f().edition_awards(&edition("Qatar 2022")).expect("awards");
    let ball = a
        .iter()
        .find(|a| a.award == "Golden Ball")
        .expect("Golden Ball");
    assert_eq!(ball.player_name.as_deref(), Some("Lionel Messi"));
}

#[test]
fn final_standings_2018_france_croatia_belgium_england() {
    let s = f()
        .edition_standings(&edition("World Cup 2018"))
        .expect("standings");
    let order: Vec<_> = s.value.iter().map(|x| x.team).collect();
    assert_eq!(
        order,
        vec![
            men("France"),
            men("Croatia"),
            men("Belgium"),
            men("England")
        ]
    );
}

#[test]
fn england_finished_fourth_in_2018_their_best_since_1990() {
    let b = f()
        .best_finish_since(men("England"), "WC-2018")
        .expect("best");
    assert_eq!(b.value.finish.position, Some(4));
    assert_eq!(b.value.since.as_ref().map(|s| s.year), Some(1990));
    assert_eq!(b.value.played_between, 5, "1998, 2002, 2006, 2010, 2014");
    assert!(b.coverage.is_exact());
}

#[test]
fn croatia_2018_runners_up_was_their_best_world_cup_ever_and_morocco_2022_fourth_too() {
    let c = f()
        .best_finish_since(men("Croatia"), "WC-2018")
        .expect("best");
    assert!(c.value.best_ever);
    let m = f()
        .best_finish_since(men("Morocco"), "WC-2022")
        .expect("best");
    assert!(m.value.best_ever);
    assert_eq!(m.value.finish.position, Some(4));
}

#[test]
fn argentina_won_in_2022_their_first_title_since_1986() {
    let b = f()
        .best_finish_since(men("Argentina"), "WC-2022")
        .expect("best");
    assert_eq!(b.value.finish.position, Some(1));
    assert_eq!(b.value.since.as_ref().map(|s| s.year), Some(1986));
}

#[test]
fn euro_2020_derived_bracket_has_round_of_16_to_final_and_italy_are_champions() {
    let e = edition("Euro 2020");
    let b = f().edition_bracket(&e).expect("bracket");
    let sizes: Vec<(Stage, usize)> = b.value.iter().map(|r| (r.stage, r.matches.len())).collect();
    assert_eq!(
        sizes,
        vec![
            (Stage::RoundOf16, 8),
            (Stage::QuarterFinal, 4),
            (Stage::SemiFinal, 2),
            (Stage::Final, 1)
        ]
    );
    let champ = f().champion(&e).expect("champion").expect("known");
    assert_eq!(champ.value, men("Italy"));
}

#[test]
fn asian_cup_2023_was_played_in_2024_and_won_by_qatar() {
    let e = edition("Asian Cup 2023");
    assert_eq!(e.from.format("%Y").to_string(), "2024");
    let champ = f().champion(&e).expect("champion").expect("known");
    assert_eq!(champ.value, men("Qatar"));
}

#[test]
fn england_wc_runs_include_1966_champions_and_2018_semi_final() {
    let fin = f()
        .wc_finishes(men("England"), Gender::Men)
        .expect("finishes");
    let y = |year: i32| fin.iter().find(|x| x.year == year).expect("played");
    assert_eq!(y(1966).position, Some(1));
    assert_eq!(y(2018).stage, Stage::SemiFinal);
    assert_eq!(y(2022).stage, Stage::QuarterFinal);
}
