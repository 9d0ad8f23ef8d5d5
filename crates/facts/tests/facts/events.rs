//! Event data (StatsBomb open data, ../shared/data/statsbomb): penalties, shoot-out kicks,
//! assists, own goals and coverage. The "Done when" cases.

use super::*;
use goalline_core::Minute;
use goalline_facts::events::{Coverage, MatchEvents, CREDIT};

fn events(a: &str, b: &str, day: &str) -> MatchEvents {
    f().match_events(the_match(a, b, day))
        .expect("query")
        .unwrap_or_else(|| panic!("no event data for {a} – {b} {day}"))
}

#[test]
fn kanes_84th_minute_penalty_against_france_was_missed_over_the_bar() {
    let ev = events("England", "France", "2022-12-10");
    assert_eq!(ev.coverage, Coverage::Excerpt);
    assert_eq!(ev.credit, CREDIT);
    let pens: Vec<_> = ev.penalties().collect();
    assert_eq!(pens.len(), 2, "both of Kane's penalties are in the excerpt");
    let miss = pens.iter().find(|s| s.missed()).expect("a missed penalty");
    assert_eq!(miss.shooter.name, "Harry Kane");
    assert!(
        miss.shooter.player.is_some(),
        "Kane is linked to his player"
    );
    assert_eq!(miss.time.display, Minute::new(84));
    assert_eq!(miss.time.elapsed(), "83:35");
    assert_eq!(miss.outcome, "Off T");
    assert!(miss.over_bar(), "end height 4.2 is above the crossbar");
    assert!(!miss.wide(), "y 38.7 is between the posts");
    assert!(!miss.shootout);
    assert_eq!(
        miss.keeper.as_ref().map(|k| k.name.as_str()),
        Some("Hugo Lloris")
    );
    assert_eq!(miss.index, 2909);
    assert!(miss
        .evidence
        .file
        .ends_with("statsbomb/data/events/3869354.json"));
    assert!(miss.evidence.line > 1);
    assert!(
        miss.evidence.text.contains("penalty 84' (83:35)"),
        "{}",
        miss.evidence.text
    );
    assert!(
        miss.evidence.text.contains("over the bar"),
        "{}",
        miss.evidence.text
    );
    let goal = pens.iter().find(|s| s.scored()).expect("the scored one");
    assert_eq!(goal.time.display, Minute::new(54));
    assert!(!goal.over_bar());
    // Both penalties were won by fouls with `penalty: true`.
    let won: Vec<_> = ev
        .penalties_won
        .iter()
        .map(|p| p.won_by.name.as_str())
        .collect();
    assert_eq!(won, ["Bukayo Saka", "Mason Mount"]);
    assert!(ev.penalties_won[1]
        .committed_by
        .as_ref()
        .is_some_and(|c| c.name.contains("Hern")));
}

#[test]
fn sakas_shootout_kick_in_the_euro_2020_final_was_saved_by_donnarumma() {
    let ev = events("Italy", "England", "2021-07-11");
    assert_eq!(ev.coverage, Coverage::Excerpt);
    let kicks: Vec<_> = ev.shootout_kicks().collect();
    assert_eq!(kicks.len(), 10);
    assert_eq!(
        ev.penalties().count(),
        0,
        "shoot-out kicks are not in-match penalties"
    );
    let saka = kicks.last().expect("the last kick");
    assert_eq!(saka.shooter.name, "Bukayo Saka");
    assert!(saka.saved());
    assert!(saka.shootout);
    let keeper = saka.keeper.as_ref().expect("keeper");
    assert!(keeper.name.contains("Donnarumma"), "{}", keeper.name);
    assert_eq!(saka.keeper_event.as_deref(), Some("Penalty Saved"));
    // The same save from the keeper's side.
    let save = ev
        .saves
        .iter()
        .find(|s| s.shooter.as_ref().is_some_and(|p| p.name == "Bukayo Saka"))
        .expect("Donnarumma's save");
    assert!(save.penalty && save.shootout);
    // Rashford hit the post; Jorginho's was saved onto the post.
    let woodwork: Vec<_> = ev.woodwork().map(|s| s.shooter.name.as_str()).collect();
    assert_eq!(woodwork, ["Marcus Rashford", "Jorge Luiz Frello Filho"]);
    let jorginho = ev
        .shots
        .iter()
        .find(|s| s.shooter.name == "Jorge Luiz Frello Filho")
        .expect("Jorginho");
    assert!(
        jorginho.shooter.player.is_some(),
        "Jorginho is linked through his nickname"
    );
}

#[test]
fn girouds_goal_against_england_was_assisted_by_griezmann() {
    let ev = events("England", "France", "2022-12-10");
    let a = ev
        .assists
        .iter()
        .find(|a| {
            a.scorer
                .as_ref()
                .is_some_and(|s| s.name == "Olivier Giroud")
        })
        .expect("the assist");
    assert_eq!(a.passer.name, "Antoine Griezmann");
    assert!(a.passer.player.is_some() && a.scorer.as_ref().is_some_and(|s| s.player.is_some()));
    assert_eq!(a.time.display, Minute::new(78));
    let subs: Vec<_> = ev
        .substitutions
        .iter()
        .map(|s| (s.off.name.as_str(), s.on.as_ref().map(|p| p.name.as_str())))
        .collect();
    assert!(
        subs.contains(&("Bukayo Saka", Some("Raheem Sterling"))),
        "{subs:?}"
    );
}

#[test]
fn turkey_italy_own_goal_and_shots_agree_with_the_other_sources() {
    let id = the_match("Turkey", "Italy", "2021-06-11");
    let ev = f().match_events(id).expect("query").expect("events");
    assert_eq!(ev.coverage, Coverage::Complete);
    assert_eq!(ev.shots.len(), 27);
    assert!(ev.shots.iter().all(|s| s.kind == "Open Play"));
    assert_eq!(ev.penalties().count(), 0);
    assert_eq!(ev.own_goals.len(), 1);
    let og = &ev.own_goals[0];
    assert_eq!(og.player.name, "Merih Demiral");
    assert_eq!(og.time.display, Minute::new(53));
    let goals: Vec<_> = ev
        .shots
        .iter()
        .filter(|s| s.scored())
        .map(|s| (s.shooter.name.as_str(), s.time.display))
        .collect();
    assert_eq!(
        goals,
        [
            ("Ciro Immobile", Minute::new(66)),
            ("Lorenzo Insigne", Minute::new(79))
        ]
    );
    // The other sources: openfootball's goals of the match at the same minutes, same players.
    let of = f().store().of_goals(id).expect("of goals");
    assert_eq!(of.len(), 3, "{of:?}");
    for g in &of {
        let sb_minute = if g.own_goal {
            og.time.display
        } else {
            ev.shots
                .iter()
                .find(|s| s.scored() && s.shooter.player.is_some() && s.shooter.player == g.player)
                .unwrap_or_else(|| panic!("no StatsBomb goal for {}", g.name))
                .time
                .display
        };
        assert_eq!(sb_minute, g.minute, "{}", g.name);
    }
    let of_og = of
        .iter()
        .find(|g| g.own_goal)
        .expect("openfootball's own goal");
    assert!(of_og.player.is_some());
    assert_eq!(
        og.player.player, of_og.player,
        "the same player scored the own goal"
    );
    // No StatsBomb conflict recorded for this match.
    let conflicts = f().store().conflicts(None, None).expect("conflicts");
    assert!(
        conflicts
            .iter()
            .all(|c| c.match_id != Some(id) || c.other.source != goalline_core::Source::Statsbomb),
        "{conflicts:?}"
    );
}

#[test]
fn an_excerpt_never_proves_an_absence_and_a_complete_file_does() {
    let ev = events("England", "France", "2022-12-10");
    let kane = ev
        .penalties()
        .next()
        .and_then(|s| s.shooter.player)
        .expect("Kane linked");
    let (found, complete) = ev.penalties_of(kane);
    assert_eq!(found.len(), 2);
    assert!(
        !complete,
        "an excerpt cannot say Kane took no other penalty"
    );
    assert!(!ev.proves_absence());
    let ti = events("Turkey", "Italy", "2021-06-11");
    assert!(ti.proves_absence());
    let immobile = ti
        .shots
        .iter()
        .find(|s| s.shooter.name == "Ciro Immobile")
        .and_then(|s| s.shooter.player)
        .expect("Immobile linked");
    let (found, complete) = ti.penalties_of(immobile);
    assert!(
        found.is_empty() && complete,
        "complete coverage: definitely no penalty"
    );
    // Kane's penalty record across covered matches keeps each match's coverage.
    let rec = f().player_penalties(kane).expect("record");
    assert_eq!(rec.penalties.iter().filter(|p| !p.shot.shootout).count(), 2);
    assert!(rec
        .penalties
        .iter()
        .any(|p| p.shot.shootout && p.shot.scored()));
    assert!(rec
        .penalties
        .iter()
        .all(|p| p.coverage == Coverage::Excerpt));
    assert_eq!(rec.matches.len(), 2);
}

#[test]
fn a_match_without_event_data_has_none() {
    let id = the_match("England", "Iran", "2022-11-21");
    assert!(f().match_events(id).expect("query").is_none());
}
