//! The defects the Checker v2 issue lists, pinned on the real data: each case is a short
//! text written for this test (after the descriptions), a phrase inside it, and the
//! verdict the claim over that phrase must get — or `None` when no claim may cover it.

mod common;

use common::checker;
use goalline_core::{Date, Verdict};

/// The verdict of the most specific claim over `needle` (the smallest claim containing it).
fn verdict_of(text: &str, date: &str, needle: &str) -> Option<(Verdict, String)> {
    let d = Date::parse_from_str(date, "%Y-%m-%d").expect("date");
    let r = checker().check(text, Some(d));
    let pos = text.find(needle).expect("needle in text");
    let end = pos + needle.len();
    r.claims
        .iter()
        .filter(|c| c.start <= pos && end <= c.end)
        .min_by_key(|c| c.end - c.start)
        .map(|c| {
            (
                c.verdict,
                format!("{} [{}] {}", c.text, c.rule, c.explanation),
            )
        })
}

fn expect(text: &str, date: &str, needle: &str, want: Option<Verdict>) {
    let got = verdict_of(text, date, needle);
    assert_eq!(
        got.as_ref().map(|g| g.0),
        want,
        "{text:?} / {needle:?}: got {got:?}"
    );
}

#[test]
fn a_formation_is_not_a_score_and_never_panics() {
    let t = "France beat England 2-1. They switched to a 3–5–2 at half-time.";
    expect(t, "2022-12-11", "3–5–2", None);
}

#[test]
fn a_sentence_without_a_team_is_not_pinned_on_the_home_side() {
    let t = "France beat England 2-1 in the World Cup quarter-final. They led at the break through Tchouaméni.";
    let got = verdict_of(t, "2022-12-11", "led at the break");
    assert!(
        got.as_ref().is_none_or(|g| g.0 != Verdict::Contradicted),
        "{got:?}"
    );
}

#[test]
fn negation_is_understood() {
    // England lost to France: "did not beat" is true, "France did not win" is false.
    expect(
        "England did not beat France 2-1 in the World Cup quarter-final.",
        "2022-12-11",
        "did not beat",
        Some(Verdict::Supported),
    );
    expect(
        "France did not win 2-1 against England in the World Cup quarter-final.",
        "2022-12-11",
        "did not win",
        Some(Verdict::Contradicted),
    );
}

#[test]
fn numbers_that_are_not_football_make_no_claim() {
    expect(
        "The Bank of England voted 6-3 to hold rates on Thursday.",
        "2024-05-10",
        "6-3",
        None,
    );
    expect(
        "Shares in the lender fell 2-1 against the index in early trading.",
        "2024-05-10",
        "2-1",
        None,
    );
}

#[test]
fn a_result_with_names_of_the_day_is_found() {
    expect(
        "Yugoslavia beat Zaire 9-0 at the 1974 World Cup.",
        "2024-06-18",
        "Yugoslavia beat Zaire 9-0",
        Some(Verdict::Supported),
    );
}

#[test]
fn a_wrong_score_in_a_draw_is_caught() {
    // France 3-3 Switzerland, Euro 2020 round of 16.
    expect(
        "France and Switzerland played out a thrilling 2-2 draw in Bucharest before the shoot-out.",
        "2021-06-29",
        "2-2 draw",
        Some(Verdict::Contradicted),
    );
}

/// True sentences the first checker called CONTRADICTED must not be.
fn not_contradicted(text: &str, date: &str, needle: &str) {
    let got = verdict_of(text, date, needle);
    assert!(
        got.as_ref().is_none_or(|g| g.0 != Verdict::Contradicted),
        "{text:?} / {needle:?}: got {got:?}"
    );
}

#[test]
fn true_sentences_the_first_checker_contradicted() {
    // Mbappé scored at 80' and 81' in the 2022 final.
    not_contradicted(
        "Argentina and France drew 3-3 in the World Cup final. Mbappé then scored twice in 97 seconds to level the match.",
        "2022-12-19",
        "scored twice",
    );
    // Euro 96: England beat Spain in the quarter-final; the semi-final against Germany was
    // at Wembley on Wednesday 26 June.
    not_contradicted(
        "England beat Spain on penalties in the Euro 96 quarter-final on Saturday. England will now face Germany at Wembley on Wednesday for a place in the final.",
        "1996-06-23",
        "face Germany",
    );
    not_contradicted(
        "Miroslav Klose is the World Cup record scorer with 16 goals.",
        "2022-12-10",
        "16 goals",
    );
    not_contradicted(
        "England drew 0-0 with the United States. Harry Kane could not add to his World Cup tally of six.",
        "2022-11-26",
        "tally of six",
    );
}

#[test]
fn common_shapes_are_checked() {
    // A weekday in a report published the next day is the day before.
    expect(
        "France beat Morocco 2-0 on Wednesday to reach the World Cup final.",
        "2022-12-15",
        "on Wednesday",
        Some(Verdict::Supported),
    );
    expect(
        "Argentina beat France 4-2 on penalties in the World Cup final.",
        "2022-12-19",
        "4-2 on penalties",
        Some(Verdict::Supported),
    );
}

#[test]
fn planted_errors_the_first_checker_supported() {
    // The USA's 2019 title was their fourth.
    expect(
        "The United States beat the Netherlands 2-0 in Lyon to win a fifth Women's World Cup.",
        "2019-07-08",
        "fifth",
        Some(Verdict::Contradicted),
    );
}

#[test]
fn all_time_tallies_are_checked() {
    expect(
        "Miroslav Klose scored 16 goals at World Cups.",
        "2022-12-30",
        "scored 16",
        Some(Verdict::Supported),
    );
}

/// Event data (StatsBomb): a complete file proves absences, an excerpt never does.
#[test]
fn event_data_support_and_only_complete_files_contradict() {
    // England 1-2 France, 2022-12-10: an excerpt.
    let t = "France beat England 2-1 in the World Cup quarter-final. Kane missed a penalty in the 84th minute. Griezmann set up Giroud's winning goal.";
    expect(
        t,
        "2022-12-11",
        "Kane missed a penalty",
        Some(Verdict::Supported),
    );
    expect(
        t,
        "2022-12-11",
        "Griezmann set up",
        Some(Verdict::Supported),
    );
    let t = "France beat England 2-1 in the World Cup quarter-final. Giroud missed a penalty in the 30th minute.";
    expect(
        t,
        "2022-12-11",
        "Giroud missed a penalty",
        Some(Verdict::Unverifiable),
    );
    // Turkey 0-3 Italy, 2021-06-11: every event of the match. "Euro 2020" (played in 2021) is
    // the match's own edition, not another time.
    let t = "Italy beat Turkey 3-0 in the opening match of Euro 2020. Immobile missed a penalty in the 30th minute.";
    expect(
        t,
        "2021-06-12",
        "Immobile missed a penalty",
        Some(Verdict::Contradicted),
    );
    let t =
        "Italy beat Turkey 3-0 in Rome on Friday. Immobile missed a penalty in the 30th minute.";
    expect(
        t,
        "2021-06-12",
        "Immobile missed a penalty",
        Some(Verdict::Contradicted),
    );
    // The Euro 2020 final's shoot-out, from an excerpt holding every kick.
    let t = "Italy beat England on penalties in the Euro 2020 final at Wembley. Saka's kick was saved by Donnarumma.";
    expect(
        t,
        "2021-07-12",
        "saved by Donnarumma",
        Some(Verdict::Supported),
    );
}

#[test]
fn a_result_that_could_be_one_of_several_matches_is_judged_against_each() {
    // England and West Germany met twice in 1966: a friendly (1-0) and the final (4-2).
    let t = |s: &str| {
        format!(
            "France beat Croatia 4-2 in the World Cup final in Moscow on Sunday. \
             It was the highest-scoring final since {s} after extra time in 1966."
        )
    };
    let right = t("England beat West Germany 4-2");
    expect(
        &right,
        "2018-07-16",
        "England beat West Germany 4-2",
        Some(Verdict::Supported),
    );
    // No match of the two in 1966 was won 5-2, or by West Germany: ruled out whichever.
    let score = t("England beat West Germany 5-2");
    expect(
        &score,
        "2018-07-16",
        "England beat West Germany 5-2",
        Some(Verdict::Contradicted),
    );
    let winner = t("West Germany beat England 4-2");
    expect(
        &winner,
        "2018-07-16",
        "West Germany beat England 4-2",
        Some(Verdict::Contradicted),
    );
}

#[test]
fn a_since_clause_keeps_its_own_year() {
    // Two comparisons in one sentence, each with its year.
    let t = "France beat Croatia 4-2 in the World Cup final in Moscow on Sunday. \
             It was the highest since England beat West Germany 4-2 in 1966 and the highest in \
             normal time since Brazil defeated Sweden 5-2 in 1958.";
    expect(
        t,
        "2018-07-16",
        "England beat West Germany 4-2",
        Some(Verdict::Supported),
    );
    expect(
        t,
        "2018-07-16",
        "Brazil defeated Sweden 5-2",
        Some(Verdict::Supported),
    );
}

#[test]
fn a_statement_overlapping_a_contradicted_part_is_contradicted() {
    // Homare Sawa was 36 at the 2015 final, her sixth World Cup.
    let t = "The United States beat Japan 5-2 in the Women's World Cup final in Vancouver on \
             Sunday. Coach Norio Sasaki sent on Homare Sawa, the 37-year-old playing at a \
             record sixth World Cup.";
    expect(
        t,
        "2015-07-06",
        "Homare Sawa, the 37-year-old playing",
        Some(Verdict::Contradicted),
    );
    let right = t.replace("37-year-old", "36-year-old");
    let got = verdict_of(&right, "2015-07-06", "Homare Sawa, the 36-year-old playing");
    assert!(
        got.as_ref().is_none_or(|g| g.0 != Verdict::Contradicted),
        "{got:?}"
    );
}

#[test]
fn a_friendly_named_in_a_report_of_another_match_is_not_that_match() {
    let t = "Cristiano Ronaldo scored twice as Portugal beat the Republic of Ireland 2-1 in a \
             World Cup qualifier in Faro on Wednesday. They play Qatar in a friendly in \
             Debrecen, Hungary, on Saturday. Ronaldo is expected to be rested for the friendly.";
    let got = verdict_of(t, "2021-09-02", "for the friendly");
    assert!(
        got.as_ref().is_none_or(|g| g.0 != Verdict::Contradicted),
        "{got:?}"
    );
}

#[test]
fn a_wrong_apposition_makes_its_statement_wrong_and_leaves_the_predicate_alone() {
    // Helmut Rahn was 24 at the 1954 final; he equalised in the 18th minute.
    let t = "West Germany beat Hungary 3-2 in the World Cup final in Bern on Sunday. \
             Helmut Rahn, the burly 25-year-old winger, levelled in the 18th minute.";
    expect(
        t,
        "1954-07-05",
        "Helmut Rahn, the burly 25-year-old winger, levelled",
        Some(Verdict::Contradicted),
    );
    expect(
        t,
        "1954-07-05",
        "levelled in the 18th minute",
        Some(Verdict::Supported),
    );
    // Age and predicate apart, the subject's age right: no statement is contradicted.
    let right = t.replace("25-year-old", "24-year-old");
    expect(
        &right,
        "1954-07-05",
        "Helmut Rahn, the burly 24-year-old winger, levelled",
        Some(Verdict::Supported),
    );
}

#[test]
fn last_june_is_the_latest_june_before_the_article() {
    // France beat England 3-2 in a friendly on 2017-06-13.
    let t = |score: &str| {
        format!(
            "England drew 1-1 with Italy at Wembley on Tuesday. The draw stretched England's \
             unbeaten run to eight matches since the {score} defeat by France last June."
        )
    };
    let right = t("3-2");
    expect(
        &right,
        "2018-03-28",
        "3-2 defeat by France",
        Some(Verdict::Supported),
    );
    let wrong = t("4-2");
    expect(
        &wrong,
        "2018-03-28",
        "4-2 defeat by France",
        Some(Verdict::Contradicted),
    );
}

#[test]
fn a_side_and_its_weekday_identify_a_match() {
    // Portugal beat Hungary 3-0 on Tuesday 2021-06-15; only Hungary is named as a team.
    let t = |score: &str| {
        format!(
            "Germany beat Portugal 4-2 in Munich on Saturday. Ronaldo, who scored twice in \
             Tuesday's {score} win over Hungary, now has three goals at this tournament."
        )
    };
    let right = t("3-0");
    expect(
        &right,
        "2021-06-20",
        "3-0 win over Hungary",
        Some(Verdict::Supported),
    );
    let wrong = t("4-0");
    expect(
        &wrong,
        "2021-06-20",
        "4-0 win over Hungary",
        Some(Verdict::Contradicted),
    );
}
