//! Finals told apart from same-day third-place matches, round-robin champions, title counts,
//! a team's phases in an edition, and edition tallies as of a day.

use super::*;
use goalline_core::Stage;

fn edition(text: &str) -> goalline_facts::tournaments::Edition {
    f().require_edition(text, None, None)
        .unwrap_or_else(|e| panic!("{text}: {e}"))
}

#[test]
fn the_1972_asian_cup_final_is_not_the_same_day_third_place_match() {
    let e = edition("Asian Cup 1972");
    let fin = f().edition_final(&e).expect("final").expect("known");
    let names = [fin.home_name.as_str(), fin.away_name.as_str()];
    assert!(
        names.contains(&"Iran") && names.contains(&"South Korea"),
        "{names:?}"
    );
    assert_eq!(
        f().champion(&e).expect("c").expect("known").value,
        men("Iran")
    );
}

#[test]
fn mexico_had_eight_gold_cups_before_2023_and_japan_four_asian_cups_before_2019() {
    let t = f()
        .titles(men("Mexico"), "Gold Cup", d("2023-07-16"))
        .expect("titles");
    assert!(t.coverage.is_exact(), "{:?}", t.note);
    assert_eq!(t.value.len(), 8);
    let j = f()
        .titles(men("Japan"), "AFC Asian Cup", d("2019-02-01"))
        .expect("titles");
    let years: Vec<i32> = j.value.iter().map(|e| e.year).collect();
    assert_eq!(years, vec![1992, 2000, 2004, 2011]);
    // The 1956-1968 round robins are decided by their tables: the count is exact.
    assert!(j.coverage.is_exact(), "{:?}", j.note);
    let iran = f()
        .titles(men("Iran"), "AFC Asian Cup", d("2019-02-01"))
        .expect("titles");
    assert_eq!(iran.value.len(), 3);
}

#[test]
fn mexico_won_two_and_lost_one_group_game_at_the_2023_gold_cup() {
    let e = edition("Gold Cup 2023");
    let p = f().team_phases(men("Mexico"), &e).expect("phases");
    assert!(p.coverage.is_exact());
    assert_eq!(p.value.group.len(), 3);
    assert_eq!(p.value.knockout.len(), 3);
    assert_eq!(
        p.value.knockout.last().and_then(|k| k.1),
        Some(Stage::Final)
    );
}

#[test]
fn switzerland_never_got_past_a_euro_knockout_tie_before_2021() {
    let mut knockouts = 0;
    for e in f().editions("UEFA Euro").expect("eds") {
        if e.year >= 2020 {
            continue;
        }
        let p = f().team_phases(men("Switzerland"), &e).expect("phases");
        assert!(p.coverage.is_exact(), "{}", e.label);
        knockouts += p.value.knockout.len();
    }
    assert_eq!(knockouts, 1); // the 2016 round of 16, lost on penalties
}

#[test]
fn ronaldo_had_five_euro_2020_goals_and_the_edition_is_fully_listed() {
    let e = edition("Euro 2020");
    let g = f().edition_goals(&e).expect("goals");
    let p = player("Cristiano Ronaldo", "Portugal");
    let t = g.tally(p, "Cristiano Ronaldo", &[men("Portugal")], None, true);
    assert_eq!((t.known, t.unknown), (5, 0));
    let table = g.table(None, true);
    assert_eq!((table.top(), table.unknown, table.total), (5, 0, 142));
}

#[test]
fn round_robins_and_same_day_finals_give_their_champions() {
    let champ = |c: &str, y: i32| {
        let e = f().edition(c, Some(y), None).expect("ed").expect("edition");
        f().champion(&e)
            .expect("c")
            .map(|a| f().team_name(a.value).to_string())
    };
    // Final rounds played as round robins.
    assert_eq!(
        champ("African Cup of Nations", 1976).as_deref(),
        Some("Morocco")
    );
    assert_eq!(champ("Copa América", 1989).as_deref(), Some("Brazil"));
    assert_eq!(champ("AFC Asian Cup", 1968).as_deref(), Some("Iran"));
    // A final on the same day as the third-place match, told apart by the points before it.
    assert_eq!(
        champ("African Cup of Nations", 1965).as_deref(),
        Some("Ghana")
    );
    // Editions decided by play-offs or tables the data cannot rebuild stay unknown.
    assert_eq!(champ("Copa América", 1979), None);
}
