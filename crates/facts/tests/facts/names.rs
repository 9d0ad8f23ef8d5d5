//! Names: former team names, name changes, nicknames, ambiguity, player names.

use super::*;
use goalline_facts::{FactsError, Resolution};

#[test]
fn west_germany_1974_champions_count_for_germany() {
    let t = f()
        .team("West Germany", Some(d("1974-07-07")), Some(Gender::Men))
        .expect("team");
    assert_eq!(t, men("Germany"));
    let fin = f()
        .wc_finishes(men("Germany"), Gender::Men)
        .expect("finishes");
    let titles: Vec<i32> = fin
        .iter()
        .filter(|x| x.position == Some(1))
        .map(|x| x.year)
        .collect();
    assert_eq!(titles, vec![1954, 1974, 1990, 2014]);
}

#[test]
fn the_soviet_union_is_russia_and_finished_fourth_in_1966() {
    assert_eq!(
        f().team("Soviet Union", Some(d("1966-07-01")), None)
            .expect("team"),
        men("Russia")
    );
    assert_eq!(
        f().team("USSR", Some(d("1966-07-01")), None).expect("team"),
        men("Russia")
    );
    let fin = f()
        .wc_finishes(men("Russia"), Gender::Men)
        .expect("finishes");
    assert!(fin.iter().any(|x| x.year == 1966 && x.position == Some(4)));
}

#[test]
fn zaire_the_name_of_dr_congo_in_1974_played_that_world_cup_and_dr_congo_2026() {
    let t = f()
        .team("Zaïre", Some(d("1974-06-18")), None)
        .expect("team");
    assert_eq!(t, men("DR Congo"));
    let fin = f().wc_finishes(t, Gender::Men).expect("finishes");
    assert_eq!(
        fin.iter().map(|x| x.year).collect::<Vec<_>>(),
        vec![1974, 2026]
    );
}

#[test]
fn dutch_east_indies_1938_is_indonesia() {
    let t = f()
        .team("Dutch East Indies", Some(d("1938-06-05")), None)
        .expect("team");
    assert_eq!(t, men("Indonesia"));
    assert!(f()
        .wc_finishes(t, Gender::Men)
        .expect("f")
        .iter()
        .any(|x| x.year == 1938));
}

#[test]
fn nicknames_resolve_three_lions_les_bleus_azzurri_socceroos() {
    for (nick, team) in [
        ("the Three Lions", "England"),
        ("Les Bleus", "France"),
        ("the Azzurri", "Italy"),
        ("Socceroos", "Australia"),
        ("La Albiceleste", "Argentina"),
    ] {
        assert_eq!(f().team(nick, None, None).expect(nick), men(team), "{nick}");
    }
}

#[test]
fn la_roja_is_ambiguous_between_spain_and_chile() {
    match f().teams().resolve("La Roja", None, None) {
        Resolution::Ambiguous(ts) => {
            assert_eq!(ts.len(), 2);
            assert!(ts.contains(&men("Spain")) && ts.contains(&men("Chile")));
        }
        other => panic!("expected ambiguity, got {other:?}"),
    }
    assert!(matches!(
        f().team("La Roja", None, None),
        Err(FactsError::Ambiguous { .. })
    ));
}

#[test]
fn kane_alone_is_ambiguous_but_not_with_england_and_mbappe_needs_no_accent() {
    let r = f()
        .resolve_player("Kane", Default::default())
        .expect("resolve");
    assert!(
        matches!(r, Resolution::Ambiguous(ref v) if v.len() >= 2),
        "{r:?}"
    );
    let kane = player("Kane", "England");
    assert_eq!(
        f().store().player(kane).expect("p").expect("row").name,
        "Harry Kane"
    );
    let m = f().player("Mbappe", Default::default()).expect("Mbappé");
    assert_eq!(
        f().store().player(m).expect("p").expect("row").name,
        "Kylian Mbappé"
    );
}
