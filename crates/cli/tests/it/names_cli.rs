//! Names of the day in the CLI's text, and names in, names out (issue 12, points 4 and 9).

use crate::common::*;

#[test]
fn match_lines_name_teams_as_they_were_called_that_day() {
    let out = ok(&["match", "USSR", "Belgium", "--date", "1986-06-15"]);
    assert!(out.contains("Ihor Belanov (Soviet Union)"), "{out}");
    assert!(!out.contains("(Russia)"), "{out}");
    // Evidence lines stay verbatim from the source row.
    assert!(
        out.contains("1986-06-15 Soviet Union 3–4 Belgium (FIFA World Cup)"),
        "{out}"
    );
    let out = ok(&["match", "Yugoslavia", "Iran", "--date", "1998-06-14"]);
    assert!(out.contains("Result: FR Yugoslavia won"), "{out}");
    let out = ok(&["match", "England", "West Germany", "--date", "1966-07-30"]);
    assert!(out.contains("England 4–2 West Germany"), "{out}");
    assert!(out.contains("Helmut Haller (West Germany)"), "{out}");
}

#[test]
fn team_ussr_says_whose_record_it_is() {
    let out = ok(&["team", "USSR"]);
    assert!(out.starts_with("Russia"), "{out}");
    assert!(
        out.contains("USSR is the name Russia played under"),
        "{out}"
    );
}

#[test]
fn dahomey_over_a_range_is_benin_not_a_suggestion_of_itself() {
    let o = run(&[
        "match",
        "Dahomey",
        "Ghana",
        "--from",
        "1960-01-01",
        "--to",
        "1975-12-01",
    ]);
    let (out, err) = (stdout(&o), stderr(&o));
    assert!(o.status.success(), "{err}");
    assert!(!err.contains("did you mean"), "{err}");
    assert!(out.contains("Dahomey"), "{out}");
}

#[test]
fn names_goalline_prints_are_accepted_back() {
    let out = ok(&["tournament", "African Cup of Nations 2023"]);
    assert!(out.starts_with("African Cup of Nations 2023"), "{out}");
    let o = run(&["player", "Mbape"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("Kylian Mbappé"), "{}", stderr(&o));
    let out = ok(&["player", "Marta", "--women", "--team", "Brazil"]);
    assert!(out.starts_with("Marta (born 1986-02-19)"), "{out}");
    assert!(out.contains("Also called \"Marta\""), "{out}");
    let out = ok(&["player", "Ronaldo", "--team", "Brazil"]);
    assert!(out.starts_with("Ronaldo (born 1976-09-18)"), "{out}");
    let out = ok(&["player", "Pelé"]);
    assert!(out.starts_with("Pelé (born 1940-10-23)"), "{out}");
}
