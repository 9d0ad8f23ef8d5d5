//! Storylines: each with evidence, none stronger than its coverage.

use super::*;
use goalline_core::Coverage;
use goalline_facts::storylines::StoryKind;

#[test]
fn england_france_2022_storylines_are_honest_about_kanes_record() {
    let s = f()
        .storylines(the_match("England", "France", "2022-12-10"))
        .expect("stories");
    let rec = s
        .iter()
        .find(|x| x.kind == StoryKind::RecordUndecided)
        .expect("undecided record");
    assert!(
        rec.text.contains("Harry Kane") && rec.text.contains("cannot be decided"),
        "{}",
        rec.text
    );
    assert!(!rec.coverage.is_exact());
    assert!(s
        .iter()
        .all(|x| x.kind != StoryKind::RecordTie && x.kind != StoryKind::RecordBreak));
    let next = s
        .iter()
        .find(|x| x.kind == StoryKind::NextFixture)
        .expect("next");
    assert!(
        next.text.contains("Morocco") && next.text.contains("2022-12-14"),
        "{}",
        next.text
    );
    assert!(s.iter().all(|x| !x.evidence.is_empty()));
}

#[test]
fn england_reached_the_2018_semi_final_for_the_first_time_since_1990() {
    let s = f()
        .storylines(the_match("Sweden", "England", "2018-07-07"))
        .expect("stories");
    let b = s
        .iter()
        .find(|x| x.kind == StoryKind::BestSince)
        .expect("best since");
    assert!(
        b.text.contains("semi-final") && b.text.contains("since 1990"),
        "{}",
        b.text
    );
    assert_eq!(b.coverage, Coverage::Exact);
}

#[test]
fn the_2022_final_has_mbappes_and_messis_milestones_and_shootout_histories() {
    let s = f()
        .storylines(the_match("Argentina", "France", "2022-12-18"))
        .expect("stories");
    assert!(s
        .iter()
        .any(|x| x.kind == StoryKind::Shootout && x.text.contains("Argentina")));
    assert!(s
        .iter()
        .any(|x| x.kind == StoryKind::BestSince && x.text.contains("since 1986")));
    assert!(s
        .iter()
        .any(|x| x.kind == StoryKind::RoundNumber && x.text.contains("Mbappé")));
}

#[test]
fn the_opening_goal_of_the_2022_world_cup_was_an_ecuador_goal_against_qatar() {
    let s = f()
        .storylines(the_match("Qatar", "Ecuador", "2022-11-20"))
        .expect("stories");
    let o = s
        .iter()
        .find(|x| x.text.starts_with("the opening goal"))
        .expect("opener");
    assert!(o.text.contains("Enner Valencia"), "{}", o.text);
}
