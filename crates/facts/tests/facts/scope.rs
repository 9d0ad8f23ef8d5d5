//! Issue 12 (tally points): every edition counts, unknown is not zero, career bounds end with
//! the career, more snapshots, scope said plainly, record scorers ranked by interval.

use super::*;
use goalline_core::Datelike;

#[test]
fn the_2026_world_cup_counts_in_the_all_time_scorers_mbappe_22_messi_21_klose_16_exact() {
    for as_of in [None, Some(d("2026-07-19"))] {
        let t = f()
            .world_cup_top_scorers(Gender::Men, as_of, 3)
            .expect("table");
        let top: Vec<(&str, u32)> = t
            .value
            .iter()
            .map(|e| (e.name.as_str(), e.goals.low))
            .collect();
        assert_eq!(
            top,
            vec![
                ("Kylian Mbappé", 22),
                ("Lionel Messi", 21),
                ("Miroslav Klose", 16)
            ]
        );
        assert!(t.coverage.is_exact(), "every 2026 goal has a scorer row");
        assert!(t.value.iter().all(|e| e.goals.is_exact() && e.certain));
    }
    // Before 2026 began, Klose still led.
    let t = f()
        .world_cup_top_scorers(Gender::Men, Some(d("2026-06-01")), 1)
        .expect("table");
    assert_eq!(t.value[0].name, "Miroslav Klose");
    let mbappe = player("Kylian Mbappé", "France");
    let g = f()
        .world_cup_goals_of(mbappe, Gender::Men, None)
        .expect("goals");
    assert_eq!(g.value, goalline_core::Tally::exact(22));
}

#[test]
fn spain_has_two_world_cup_titles_and_four_teams_have_their_2026_world_cup() {
    let spain = f().wc_finishes(men("Spain"), Gender::Men).expect("spain");
    let titles: Vec<i32> = spain
        .iter()
        .filter(|f| f.position == Some(1))
        .map(|f| f.year)
        .collect();
    assert_eq!(titles, vec![2010, 2026]);
    for team in ["England", "Germany", "Norway", "DR Congo"] {
        let fs = f().wc_finishes(men(team), Gender::Men).expect(team);
        let last = fs.last().expect("a World Cup");
        assert_eq!(last.year, 2026, "{team}");
        assert!(last.matches >= 3, "{team}: {} matches", last.matches);
    }
}

#[test]
fn world_cup_appearances_never_read_zero_when_no_source_has_the_line_ups() {
    // Fontaine 1958: Fjelstul has no appearances before 1970; openfootball's line-ups do.
    let cups = f()
        .player_world_cups(player("Just Fontaine", "France"))
        .expect("cups");
    let c = cups.value.iter().find(|c| c.year == 1958).expect("1958");
    assert_eq!((c.appearances, c.goals), (Some(6), 13));
    // Pelé 1958: four matches, six goals.
    let cups = f()
        .player_world_cups(player("Pelé", "Brazil"))
        .expect("cups");
    let c = cups.value.iter().find(|c| c.year == 1958).expect("1958");
    assert_eq!((c.appearances, c.goals), (Some(4), 6));
    // The 1999 Women's World Cup has no line-up in any source: unknown, with the reason.
    let sun = f()
        .player(
            "Sun Wen",
            PlayerContext {
                gender: Some(Gender::Women),
                ..Default::default()
            },
        )
        .expect("Sun Wen");
    let cups = f().player_world_cups(sun).expect("cups");
    let c = cups.value.iter().find(|c| c.year == 1999).expect("1999");
    assert_eq!(c.appearances, None);
    assert_eq!(c.starts, None);
    assert!(c.appearances_note.as_deref().unwrap_or("").contains("1999"));
    assert_eq!(c.goals, 7);
    assert!(!cups.coverage.is_exact());
}

#[test]
fn career_bounds_end_with_the_career_and_still_hold_the_public_figures() {
    for (name, team, last_year, public) in [
        ("Pelé", "Brazil", 1971, 77),
        ("Bobby Charlton", "England", 1970, 49),
        ("Wayne Rooney", "England", 2018, 53),
    ] {
        let p = player(name, team);
        let span = f()
            .career_span(p, men(team))
            .expect("span")
            .expect("a span");
        assert!(span.last.year() <= last_year, "{name}: {span:?}");
        let t = f().player_tally(p, men(team), None).expect("tally");
        let tally = t.value.tally;
        assert!(
            tally.low <= public && public <= tally.high,
            "{name}: {tally:?} must hold {public}"
        );
        assert!(t.value.reasoning.contains("known span"), "{name}");
        // The team's unattributed goals after the career are not his: the upper bound is
        // below what the span up to today would give.
        let all_unknown: u32 = f()
            .team_ledger(men(team))
            .expect("ledger")
            .matches
            .iter()
            .filter(|m| m.date > span.last)
            .filter_map(|m| {
                m.goals_for(men(team))
                    .map(|g| g.saturating_sub(m.known_for(men(team))))
            })
            .sum();
        assert!(all_unknown > 0, "{name}: later unattributed goals exist");
    }
    // Pelé's bound used to reach 1148.
    let pele = f()
        .player_tally(player("Pelé", "Brazil"), men("Brazil"), None)
        .expect("tally");
    assert!(pele.value.tally.high < 400, "{:?}", pele.value.tally);
}

#[test]
fn messi_after_the_2022_final_holds_98_within_16_thanks_to_the_copa_america_snapshots() {
    let t = f()
        .player_tally(
            player("Lionel Messi", "Argentina"),
            men("Argentina"),
            Some(d("2022-12-18")),
        )
        .expect("tally");
    let tally = t.value.tally;
    assert!(tally.low <= 98 && 98 <= tally.high, "{tally:?}");
    assert!(tally.high - tally.low <= 16, "{tally:?}");
    let dates: Vec<String> = t
        .value
        .snapshots
        .iter()
        .map(|s| s.date.to_string())
        .collect();
    assert!(dates.contains(&"2021-06-12".to_string()), "{dates:?}");
    assert!(dates.contains(&"2024-06-19".to_string()), "{dates:?}");
}

#[test]
fn team_scorer_tables_use_the_player_interval_and_say_which_places_are_certain() {
    let england = men("England");
    let day = Some(d("2023-03-24"));
    let t = f().team_top_scorers(england, day, 10).expect("table");
    let kane = t
        .value
        .iter()
        .find(|e| e.name == "Harry Kane")
        .expect("Kane");
    let p = f().player_tally(kane.player, england, day).expect("tally");
    assert_eq!(kane.goals, p.value.tally, "same interval as `player`");
    let find = |n: &str| t.value.iter().find(|e| e.name == n).expect(n);
    let (rashford, charlton) = (find("Marcus Rashford"), find("Bobby Charlton"));
    assert!(!rashford.certain && !charlton.certain);
    assert!(rashford.places[1] >= charlton.places[0]);
    // An exact table (World Cup scorers) has certain places.
    let wc = f().world_cup_top_scorers(Gender::Men, None, 5).expect("wc");
    assert!(wc.value[0].certain && wc.value[0].places == [1, 1]);
}

#[test]
fn a_womens_head_to_head_is_world_cup_meetings_only_not_exact() {
    let usa = f()
        .team("United States", None, Some(Gender::Women))
        .expect("usa");
    let swe = f().team("Sweden", None, Some(Gender::Women)).expect("swe");
    let h = f()
        .head_to_head(usa, swe, None, Gender::Women)
        .expect("h2h");
    assert!(!h.value.matches.is_empty());
    assert!(!h.coverage.is_exact());
    assert!(h
        .note
        .as_deref()
        .unwrap_or("")
        .contains("World Cup meetings only"));
    let men_h = f()
        .head_to_head(men("England"), men("Germany"), None, Gender::Men)
        .expect("h2h");
    assert!(men_h.coverage.is_exact());
}
