//! Names of the day and names in, names out (issue 12, points 4 and 9), on the real data.

use super::*;
use goalline_facts::{FactsError, Resolution};

#[test]
fn teams_carry_the_name_of_the_match_day() {
    let f = f();
    assert_eq!(
        f.team_name_on(men("Russia"), d("1986-06-15")),
        "Soviet Union"
    );
    assert_eq!(f.team_name_on(men("Russia"), d("2018-06-14")), "Russia");
    assert_eq!(
        f.team_name_on(men("Serbia"), d("1998-06-14")),
        "FR Yugoslavia"
    );
    assert_eq!(
        f.team_name_on(men("Germany"), d("1966-07-30")),
        "West Germany"
    );
    assert_eq!(f.team_name_on(men("Germany"), d("1994-06-17")), "Germany");
    assert_eq!(f.team_name_on(men("Benin"), d("1970-01-01")), "Dahomey");
    // The stored match rows agree with the engine (the import ranks former names the same).
    let m = the_match("Serbia", "Iran", "1998-06-14");
    let row = f.store().match_by_id(m).expect("row").expect("match");
    assert_eq!(row.home_name, "FR Yugoslavia");
}

#[test]
fn a_former_name_answers_with_a_note() {
    let f = f();
    let t = f.team("USSR", None, Some(Gender::Men)).expect("USSR");
    assert_eq!(t, men("Russia"));
    let note = f.teams().alias_note("USSR", t).expect("a note");
    assert!(note.contains("Russia") && note.contains("1991"), "{note}");
    assert_eq!(f.teams().alias_note("Russia", t), None);
}

#[test]
fn a_former_name_resolves_for_a_range_that_outlives_it() {
    // `match Dahomey Ghana --from 1960-01-01 --to 1975-12-01` resolves teams on the last day.
    let f = f();
    assert_eq!(
        f.team("Dahomey", Some(d("1975-12-01")), Some(Gender::Men))
            .expect("Dahomey"),
        men("Benin")
    );
    match f.team("Dahomeyy", Some(d("1975-12-01")), Some(Gender::Men)) {
        Err(FactsError::NotFound { hint, .. }) => assert!(hint.contains("Dahomey"), "{hint}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn printed_competition_names_are_accepted() {
    let e = f()
        .require_edition("African Cup of Nations 2023", None, None)
        .expect("AFCON 2023");
    assert_eq!(e.competition, "African Cup of Nations");
    assert_eq!(e.from.to_string(), "2024-01-13");
}

#[test]
fn player_typos_get_suggestions() {
    let err = f()
        .player(
            "Mbape",
            PlayerContext {
                gender: Some(Gender::Men),
                ..Default::default()
            },
        )
        .expect_err("no Mbape");
    let text = err.to_string();
    assert!(text.contains("Kylian Mbappé"), "{text}");
}

#[test]
fn an_exact_mononym_wins_with_its_team_and_the_others_are_listed() {
    let f = f();
    let ctx = PlayerContext {
        team: Some(
            f.team("Brazil", None, Some(Gender::Women))
                .expect("Brazil women"),
        ),
        gender: Some(Gender::Women),
        date: None,
    };
    let marta = f.player("Marta", ctx).expect("Marta");
    let row = f.player_row(marta).expect("row").expect("player");
    assert_eq!(row.name, "Marta");
    let others = f.player_namesakes("Marta", ctx, marta).expect("namesakes");
    assert!(!others.is_empty() && !others.contains(&marta));

    // Ronaldo of Brazil: by name with his team, and by his Fjelstul id.
    let brazil = men("Brazil");
    let ronaldo = f
        .player(
            "Ronaldo",
            PlayerContext {
                team: Some(brazil),
                gender: Some(Gender::Men),
                date: None,
            },
        )
        .expect("Ronaldo");
    let row = f.player_row(ronaldo).expect("row").expect("player");
    assert_eq!(row.birth_date, Some(d("1976-09-18")));
    let wc = row.wc_id.clone().expect("a Fjelstul id");
    assert_eq!(
        f.player(&wc, PlayerContext::default()).expect("by id"),
        ronaldo
    );
    // Alone, "Ronaldo" stays ambiguous: Cristiano Ronaldo scored more.
    assert!(matches!(
        f.resolve_player("Ronaldo", PlayerContext::default()),
        Ok(Resolution::Ambiguous(_))
    ));
    // Pelé resolves with no context (the checker's look-up failed on it).
    let pele = f
        .resolve_player("Pelé", PlayerContext::default())
        .expect("resolve")
        .one()
        .expect("one Pelé");
    assert_eq!(
        f.player_row(pele).expect("row").expect("p").birth_date,
        Some(d("1940-10-23"))
    );
}

#[test]
fn stabile_and_voorhoof_are_queryable() {
    for name in ["Guillermo Stábile", "Voorhoof", "Bernard Voorhoof"] {
        f().player(name, PlayerContext::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}
