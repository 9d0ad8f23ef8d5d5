//! Shootouts and head-to-head records.

use super::*;

#[test]
fn italy_beat_england_on_penalties_on_2021_07_11_and_kicked_first() {
    let m = f()
        .match_facts(the_match("England", "Italy", "2021-07-11"))
        .expect("facts");
    let s = m.result.shootout.as_ref().expect("shootout");
    assert_eq!(s.winner, men("Italy"));
    assert_eq!(s.first_shooter, Some(men("Italy")));
    assert_eq!(m.result.winner, Some(men("Italy")));
}

#[test]
fn england_won_shootouts_against_spain_1996_colombia_2018_and_switzerland_2019() {
    let r = f()
        .shootout_record(men("England"), Some(d("2022-12-10")))
        .expect("record");
    let eng = men("England");
    let won: Vec<String> = r
        .value
        .shootouts
        .iter()
        .filter(|(_, s)| s.winner == eng)
        .map(|(m, _)| m.date.to_string())
        .collect();
    assert_eq!(won, vec!["1996-06-22", "2018-07-03", "2019-06-09"]);
    assert!(
        r.value.lost >= 7,
        "1990, 1996, 1998, 2004, 2006, 2012, 2021 at least"
    );
}

#[test]
fn the_2022_final_shootout_coman_and_tchouameni_missed() {
    let m = f()
        .match_facts(the_match("Argentina", "France", "2022-12-18"))
        .expect("facts");
    let missed: Vec<&str> = m
        .kicks
        .iter()
        .filter(|k| !k.converted)
        .map(|k| k.player_name.as_str())
        .collect();
    assert_eq!(missed, vec!["Kingsley Coman", "Aurélien Tchouaméni"]);
}

#[test]
fn head_to_head_england_germany_counts_west_germany_and_the_euro_2020_win() {
    let h = f()
        .head_to_head(
            men("England"),
            men("Germany"),
            Some(d("2022-12-10")),
            Gender::Men,
        )
        .expect("h2h");
    assert!(
        h.value.matches.iter().any(|m| m.date == d("1966-07-30")),
        "1966 final v West Germany"
    );
    assert!(h
        .value
        .matches
        .iter()
        .any(|m| m.date == d("2021-06-29") && m.goals_for(men("England")) == Some(2)));
    assert_eq!(
        h.value.a_wins + h.value.draws + h.value.b_wins + h.value.unknown,
        h.value.matches.len() as u32
    );
}

#[test]
fn head_to_head_argentina_england_includes_the_1986_quarter_final() {
    let h = f()
        .head_to_head(
            men("Argentina"),
            men("England"),
            Some(d("1986-12-31")),
            Gender::Men,
        )
        .expect("h2h");
    let last = h.value.matches.last().expect("a match");
    assert_eq!(last.date, d("1986-06-22"));
    assert_eq!(last.goals_for(men("Argentina")), Some(2));
}
