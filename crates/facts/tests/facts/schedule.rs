//! A match's place in its edition: stages recorded or derived, the final of an edition,
//! shoot-out kicks from either source, stadium cities.

use super::*;
use goalline_core::Stage;
use goalline_facts::schedule::StageSource;

fn row(a: &str, b: &str, day: &str) -> goalline_facts::rows::MatchRow {
    f().match_facts(the_match(a, b, day)).expect("facts").row
}

#[test]
fn stages_recorded_or_derived() {
    let f = f();
    let m = row("France", "Switzerland", "2021-06-28");
    assert_eq!(
        f.match_stage(&m).expect("q"),
        Some((Stage::RoundOf16, StageSource::Recorded))
    );
    let m = row("Argentina", "Canada", "2024-07-09");
    assert_eq!(
        f.match_stage(&m).expect("q"),
        Some((Stage::SemiFinal, StageSource::Derived))
    );
    let m = row("Ivory Coast", "Nigeria", "2024-02-11");
    assert_eq!(
        f.match_stage(&m).expect("q"),
        Some((Stage::Final, StageSource::EditionFinal))
    );
    let m = row("Argentina", "Saudi Arabia", "2022-11-22");
    assert_eq!(f.match_group(&m).expect("q").as_deref(), Some("C"));
}

#[test]
fn shootout_kicks_from_fjelstul_or_openfootball() {
    let f = f();
    // Euro 1976 final: openfootball lists nine kicks, Hoeness's (the eighth) missed.
    let m = row("Czechoslovakia", "West Germany", "1976-06-20");
    let (kicks, ordered) = f.shootout_kicks(&m).expect("q");
    assert!(ordered);
    assert_eq!(kicks.len(), 9);
    assert!(!kicks[7].scored, "{:?}", kicks[7]);
    assert_eq!(kicks.iter().filter(|k| k.scored).count(), 8);
    // 2022 final: Fjelstul.
    let m = row("Argentina", "France", "2022-12-18");
    let (kicks, _) = f.shootout_kicks(&m).expect("q");
    assert!(kicks.len() >= 6);
    // Morocco v Spain 2022: seven kicks in the order taken, Hakimi's the last.
    let m = row("Morocco", "Spain", "2022-12-06");
    let (kicks, ordered) = f.shootout_kicks(&m).expect("q");
    assert!(ordered);
    assert_eq!(kicks.len(), 7);
    assert!(
        kicks[6].name.contains("Hakimi") || kicks[6].name.contains("HAKIMI"),
        "{kicks:?}"
    );
    // Euro 2020 France v Switzerland: nobody records the kicks.
    let m = row("France", "Switzerland", "2021-06-28");
    assert!(f.shootout_kicks(&m).expect("q").0.is_empty());
}

#[test]
fn stadium_cities_from_the_data_and_the_reference() {
    let f = f();
    let c = f.stadium_cities("Free State Stadium").expect("q");
    assert!(c.iter().any(|c| c == "Bloemfontein"), "{c:?}");
    let c = f.stadium_cities("the SoFi Stadium").expect("q");
    assert_eq!(c, vec!["Inglewood".to_string()]);
    assert!(f.stadium_cities("Nowhere Park").expect("q").is_empty());
}
