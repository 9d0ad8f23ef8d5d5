//! Cards of a match: Fjelstul's bookings with openfootball's second-yellow minutes.

use super::*;
use goalline_core::Minute;
use goalline_facts::cards::{CardKind, MatchCards};

fn cards(a: &str, b: &str, day: &str) -> MatchCards {
    let f = f();
    let id = the_match(a, b, day);
    let row = f.store().match_by_id(id).expect("row").expect("match");
    f.match_cards(&row).expect("cards")
}

#[test]
fn cheddira_was_sent_off_for_a_second_yellow_in_stoppage_time_against_portugal() {
    let c = cards("Morocco", "Portugal", "2022-12-10");
    assert!(c.complete);
    let second = c
        .cards
        .iter()
        .find(|x| x.kind == CardKind::SecondYellow)
        .expect("a second yellow");
    assert!(second.name.contains("Cheddira"), "{}", second.name);
    // Fjelstul keeps the dismissal at the first yellow's minute; openfootball has 90+3.
    assert_eq!(second.minute, Some(Minute::with_stoppage(90, 3)));
}

#[test]
fn the_2010_final_had_fourteen_yellow_cards_and_heitinga_went_off_in_extra_time() {
    let c = cards("Netherlands", "Spain", "2010-07-11");
    assert!(c.complete);
    assert_eq!(c.yellows(), 14);
    let h = c
        .cards
        .iter()
        .find(|x| x.kind.sends_off())
        .expect("a sending-off");
    assert!(h.name.contains("Heitinga"), "{}", h.name);
    assert!(h.minute.is_some_and(|m| m.base > 90), "{:?}", h.minute);
}

#[test]
fn millie_bright_was_sent_off_in_the_2019_semi_final() {
    let c = cards("England", "United States", "2019-07-02");
    assert!(c.complete);
    assert!(c
        .cards
        .iter()
        .any(|x| x.kind == CardKind::SecondYellow && x.name.contains("Bright")));
}

#[test]
fn matches_outside_world_cups_have_no_complete_card_list() {
    let c = cards("Italy", "England", "2023-03-23");
    assert!(!c.complete);
}
