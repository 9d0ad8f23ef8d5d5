//! Facts pinned on the real openfootball files.

use crate::{data_dir, open};
use goalline_core::{Date, Minute, Stage};
use goalline_footballtxt::{
    parse_dir, render_table, CardKind, Document, FileOutcome, FileReport, Match, MatchStatus,
    Position, Side,
};

fn date(y: i32, m: u32, d: u32) -> Option<Date> {
    Date::from_ymd_opt(y, m, d)
}

fn find<'a>(doc: &'a Document, home: &str, away: &str) -> &'a Match {
    doc.matches
        .iter()
        .find(|m| m.home == home && m.away == away)
        .unwrap_or_else(|| panic!("{home} v {away} not in {}", doc.label))
}

fn goals(m: &Match) -> Vec<(Side, &str, String, bool, bool)> {
    m.goals
        .iter()
        .map(|g| {
            (
                g.team_side,
                g.player.as_str(),
                g.minute.to_string(),
                g.penalty,
                g.own_goal,
            )
        })
        .collect()
}

#[test]
fn world_cup_2022_quarter_final_england_france() {
    let doc = open("worldcup/2022--qatar/cup_finals.txt");
    let m = find(&doc, "England", "France");
    assert_eq!(m.date, date(2022, 12, 10));
    assert_eq!(m.stage, Some(Stage::QuarterFinal));
    assert_eq!(m.round.as_deref(), Some("Quarter-finals"));
    let score = m.score.unwrap();
    assert_eq!(
        (score.ft, score.ht, score.aet),
        ((1, 2), Some((0, 1)), false)
    );
    let venue = m.venue.as_ref().unwrap();
    assert_eq!(venue.stadium.as_deref(), Some("Al Bayt Stadium"));
    assert_eq!(venue.city.as_deref(), Some("Al Khor"));
    assert_eq!(
        m.kickoff.as_ref().map(|k| k.time.to_string()).as_deref(),
        Some("22:00:00")
    );
    assert_eq!(
        goals(m),
        [
            (Side::Home, "Harry Kane", "54'".to_string(), true, false),
            (
                Side::Away,
                "Aurelién Tchouaméni",
                "17'".to_string(),
                false,
                false
            ),
            (
                Side::Away,
                "Olivier Giroud",
                "78'".to_string(),
                false,
                false
            ),
        ]
    );
    // provenance: the match line and the goals' own lines
    let text = std::fs::read_to_string(
        data_dir().join("openfootball/worldcup/2022--qatar/cup_finals.txt"),
    )
    .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[m.line as usize - 1].contains("England          1-2 (0-1)"));
    assert!(lines[m.goals[0].line as usize - 1].contains("Harry Kane 54'"));
    assert!(lines[m.goals[2].line as usize - 1].contains("Olivier Giroud 78'"));
}

#[test]
fn world_cup_2022_japan_croatia_shootout() {
    let doc = open("worldcup/2022--qatar/cup_finals.txt");
    let m = find(&doc, "Japan", "Croatia");
    let s = m.score.unwrap();
    assert!(s.aet);
    assert_eq!(s.ft, (1, 1));
    assert_eq!(s.regulation, Some((1, 1)));
    assert_eq!(s.ht, Some((1, 0)));
    assert_eq!(s.pens, Some((1, 3)));
    assert_eq!(m.date, date(2022, 12, 5));
    assert_eq!(m.stage, Some(Stage::RoundOf16));
}

#[test]
fn world_cup_2022_final_messi_and_mbappe() {
    let doc = open("worldcup/2022--qatar/cup_finals.txt");
    let m = find(&doc, "Argentina", "France");
    assert_eq!(m.stage, Some(Stage::Final));
    assert_eq!(m.date, date(2022, 12, 18));
    let s = m.score.unwrap();
    assert_eq!(
        (s.ft, s.regulation, s.ht, s.pens),
        ((3, 3), Some((2, 2)), Some((2, 0)), Some((4, 2)))
    );
    let messi: Vec<(String, bool)> = m
        .goals
        .iter()
        .filter(|g| g.player == "Lionel Messi")
        .map(|g| (g.minute.to_string(), g.penalty))
        .collect();
    assert_eq!(
        messi,
        [("23'".to_string(), true), ("108'".to_string(), false)]
    );
    assert!(m
        .goals
        .iter()
        .filter(|g| g.player == "Lionel Messi")
        .all(|g| g.team_side == Side::Home));
    let mbappe: Vec<(Side, String, bool)> = m
        .goals
        .iter()
        .filter(|g| g.player == "Kylian Mbappé")
        .map(|g| (g.team_side, g.minute.to_string(), g.penalty))
        .collect();
    assert_eq!(
        mbappe,
        [
            (Side::Away, "80'".to_string(), true),
            (Side::Away, "81'".to_string(), false),
            (Side::Away, "118'".to_string(), true)
        ]
    );
}

#[test]
fn world_cup_2022_final_full_shootout_and_lineups() {
    let doc = open("worldcup/more/2022_full.txt");
    let m = find(&doc, "Argentina", "France");
    assert_eq!(m.attendance, Some(88966));
    assert_eq!(
        m.referee().map(|r| r.name.as_str()),
        Some("Szymon MARCINIAK")
    );
    assert_eq!(m.shootout.len(), 8);
    let first = &m.shootout[0];
    assert_eq!(
        (first.player.as_str(), first.scored, first.side),
        ("Kylian MBAPPE", true, Some(Side::Away))
    );
    let coman = &m.shootout[2];
    assert_eq!(
        (coman.player.as_str(), coman.scored, coman.side),
        ("Kingsley COMAN", false, Some(Side::Away))
    );
    assert_eq!(coman.note.as_deref(), Some("missed"));
    assert_eq!(m.shootout[7].score_after, Some((4, 2)));
    let [home, away] = m.lineups.as_ref().unwrap();
    assert_eq!(
        (home.team.as_str(), away.team.as_str()),
        ("Argentina", "France")
    );
    assert_eq!(home.starters.len(), 11);
    assert_eq!(away.starters.len(), 11);
    let messi = home.player("Lionel MESSI").unwrap();
    assert!(messi.captain);
}

#[test]
fn world_cup_2022_morocco_portugal_second_yellow() {
    let doc = open("worldcup/more/2022_full.txt");
    let m = find(&doc, "Morocco", "Portugal");
    assert_eq!(m.date, date(2022, 12, 10));
    assert_eq!(m.attendance, Some(44198));
    assert_eq!(
        m.venue.as_ref().and_then(|v| v.stadium.as_deref()),
        Some("Al Thumama Stadium")
    );
    let morocco = m.lineup(Side::Home).unwrap();
    assert_eq!(morocco.team, "Morocco");
    let amallah = morocco
        .starters
        .iter()
        .find(|p| p.name == "Selim AMALLAH")
        .unwrap();
    assert_eq!(amallah.subbed_off_at, Some(Minute::new(65)));
    let cheddira = amallah.replaced_by.as_deref().unwrap();
    assert_eq!(cheddira.name, "Walid CHEDDIRA");
    assert_eq!(cheddira.subbed_on_at, Some(Minute::new(65)));
    let cards: Vec<(CardKind, Option<Minute>)> =
        cheddira.cards.iter().map(|c| (c.kind, c.minute)).collect();
    assert_eq!(
        cards,
        [
            (CardKind::Yellow, Some(Minute::with_stoppage(90, 1))),
            (CardKind::SecondYellow, Some(Minute::with_stoppage(90, 3)))
        ]
    );
    assert_eq!(morocco.appearances().count(), 16);
    let text = std::fs::read_to_string(data_dir().join("openfootball/worldcup/more/2022_full.txt"))
        .unwrap();
    let line = text.lines().nth(cheddira.line as usize - 1).unwrap();
    assert!(
        line.contains("(65' Walid CHEDDIRA [Y 90+1'] [Y/R 90+3'])"),
        "{line}"
    );
    let portugal = m.lineup(Side::Away).unwrap();
    assert!(portugal.player("Cristiano Ronaldo").is_some());
}

#[test]
fn world_cup_2026_final_as_the_file_holds_it() {
    let doc = open("worldcup/2026--usa/cup_finals.txt");
    let finals: Vec<&Match> = doc
        .matches
        .iter()
        .filter(|m| m.stage == Some(Stage::Final))
        .collect();
    assert_eq!(finals.len(), 1);
    let m = finals[0];
    assert_eq!((m.home.as_str(), m.away.as_str()), ("Spain", "Argentina"));
    assert_eq!(m.number, Some(104));
    assert_eq!(m.date, date(2026, 7, 19));
    let s = m.score.unwrap();
    assert_eq!(
        (s.ft, s.aet, s.regulation, s.ht, s.pens),
        ((1, 0), true, Some((0, 0)), Some((0, 0)), None)
    );
    assert_eq!(
        goals(m),
        [(
            Side::Home,
            "Ferran Torres",
            "106'".to_string(),
            false,
            false
        )]
    );
    let k = m.kickoff.as_ref().unwrap();
    assert_eq!(
        (k.time.to_string().as_str(), k.utc_offset_minutes),
        ("15:00:00", Some(-240))
    );
    assert_eq!(
        m.venue.as_ref().map(|v| v.raw.as_str()),
        Some("New York/New Jersey (East Rutherford)")
    );
    // Round of 32 exists and the third-place match has ten goals.
    assert_eq!(
        doc.matches
            .iter()
            .filter(|m| m.stage == Some(Stage::RoundOf32))
            .count(),
        16
    );
    let third = doc
        .matches
        .iter()
        .find(|m| m.stage == Some(Stage::ThirdPlace))
        .unwrap();
    assert_eq!(third.goals.len(), 10);
}

#[test]
fn world_cup_1930_first_match() {
    let doc = open("worldcup/1930--uruguay/cup.txt");
    assert_eq!(doc.title.as_ref().and_then(|t| t.year), Some(1930));
    let m = find(&doc, "France", "Mexico");
    assert_eq!(m.date, date(1930, 7, 13));
    assert_eq!(m.group.as_deref(), Some("Group 1"));
    assert_eq!(m.stage, Some(Stage::GroupStage));
    assert_eq!(m.matchday.as_deref(), Some("Matchday 1"));
    assert_eq!(m.score.map(|s| (s.ft, s.ht)), Some(((4, 1), Some((3, 0)))));
    assert_eq!(m.goals.len(), 5);
    assert_eq!(m.goals[0].player, "L. Laurent");
    assert_eq!(m.goals[3].minute, Minute::new(87));
    let chile = find(&doc, "Chile", "Mexico");
    let og = chile.goals.iter().find(|g| g.own_goal).unwrap();
    assert_eq!((og.player.as_str(), og.team_side), ("M. Rosas", Side::Home));
    let final_ = doc
        .matches
        .iter()
        .find(|m| m.stage == Some(Stage::Final))
        .unwrap();
    assert_eq!(
        (final_.home.as_str(), final_.away.as_str()),
        ("Uruguay", "Argentina")
    );
    assert_eq!(final_.date, date(1930, 7, 30));
}

#[test]
fn euro_2020_final_shootout() {
    let doc = open("euro/2021--europe/euro.txt");
    let m = find(&doc, "Italy", "England");
    assert_eq!(m.date, date(2021, 7, 11));
    assert_eq!(m.stage, Some(Stage::Final));
    let s = m.score.unwrap();
    assert_eq!(
        (s.ft, s.aet, s.pens, s.regulation, s.ht),
        ((1, 1), true, Some((3, 2)), Some((1, 1)), Some((0, 1)))
    );
    assert_eq!(
        goals(m),
        [
            (Side::Home, "Bonucci", "67'".to_string(), false, false),
            (Side::Away, "Shaw", "2'".to_string(), false, false)
        ]
    );
    let k = m.kickoff.as_ref().unwrap();
    assert_eq!(k.time.to_string(), "21:00:00");
    assert_eq!(
        k.alternative.as_ref().and_then(|a| a.utc_offset_minutes),
        Some(60)
    );
}

#[test]
fn euro_1976_final_penalties_and_city_first_venues() {
    let doc = open("euro/1976--yugoslavia/euro.txt");
    let m = find(&doc, "Czechoslovakia", "West Germany");
    let s = m.score.unwrap();
    assert_eq!((s.ft, s.aet, s.pens), ((2, 2), true, Some((5, 3))));
    assert_eq!(m.shootout.len(), 9);
    assert_eq!(m.shootout[7].note.as_deref(), Some("over"));
    assert_eq!(m.shootout[7].side, Some(Side::Away));
    let v = m.venue.as_ref().unwrap();
    assert_eq!(
        (v.stadium.as_deref(), v.city.as_deref()),
        (Some("Crvena zvezda"), Some("Beograd"))
    );
    assert!(m.lineups.is_some());
}

#[test]
fn euro_1968_final_replay() {
    let doc = open("euro/1968--italy/euro.txt");
    let finals: Vec<&Match> = doc
        .matches
        .iter()
        .filter(|m| m.stage == Some(Stage::Final))
        .collect();
    assert_eq!(finals.len(), 2);
    assert_eq!(finals[1].round.as_deref(), Some("Final, Replay"));
    assert_eq!(finals[1].date, date(1968, 6, 10));
}

#[test]
fn world_cup_1974_second_group_stage_and_1950_final_round() {
    let doc = open("worldcup/1974--west-germany/cup.txt");
    let m = find(&doc, "Netherlands", "Brazil");
    assert_eq!(m.stage, Some(Stage::SecondGroupStage));
    assert_eq!(doc.groups.iter().filter(|g| g.phase == 2).count(), 2);
    let doc = open("worldcup/1950--brazil/cup.txt");
    let m = find(&doc, "Uruguay", "Brazil");
    assert_eq!(m.stage, Some(Stage::FinalRound));
    assert_eq!(m.date, date(1950, 7, 16));
}

#[test]
fn world_cup_1938_not_played() {
    let doc = open("worldcup/1938--france/cup.txt");
    let m = find(&doc, "Sweden", "Austria");
    assert_eq!(m.status, MatchStatus::NotPlayed);
    assert!(m.note.as_deref().unwrap().contains("Anschluss"));
}

#[test]
fn squads_2022_with_full_birth_dates() {
    let doc = open("worldcup/more/2022_squads.txt");
    let kane = doc.squads.iter().find(|s| s.name == "Harry KANE").unwrap();
    assert_eq!(kane.team, "England");
    assert_eq!(kane.number, Some(9));
    assert_eq!(kane.position, Some(Position::Forward));
    assert_eq!(kane.birth_date, date(1993, 7, 28));
    assert_eq!(
        doc.squads.iter().filter(|s| s.team == "England").count(),
        27
    );
    let england_manager = doc
        .squads
        .iter()
        .find(|s| s.team == "England" && s.position == Some(Position::Manager))
        .unwrap();
    assert_eq!(england_manager.number, None);
}

#[test]
fn euro_2021_kane_caps_and_goals() {
    let doc = open("euro/2021--europe/squads/england.txt");
    let kane = doc.squads.iter().find(|s| s.name == "Harry Kane").unwrap();
    assert_eq!(kane.team, "England");
    assert_eq!((kane.caps, kane.goals), (Some(54), Some(34)));
    assert_eq!(kane.birth_year, Some(1993));
    assert_eq!(kane.birth_date, None);
    assert_eq!(kane.club.as_deref(), Some("Tottenham Hotspur F.C. (ENG)"));
    assert_eq!(kane.number, Some(9));
    // 27 rows: Ramsdale was called up as #13 when Henderson withdrew.
    assert_eq!(doc.squads.len(), 27);
}

#[test]
fn legacy_world_cup_squads_with_caps_and_clubs() {
    let doc = open("worldcup/2014--brazil/squads/en-england.txt");
    assert_eq!(doc.squads.len(), 23);
    let rooney = doc
        .squads
        .iter()
        .find(|s| s.name == "Wayne Rooney")
        .unwrap();
    assert_eq!(rooney.team, "England");
    assert_eq!((rooney.number, rooney.caps), (Some(10), Some(90)));
    assert_eq!(rooney.club.as_deref(), Some("Manchester United (ENG)"));
    let doc = open("worldcup/1970--mexico/squads/en-england.txt");
    let charlton = doc
        .squads
        .iter()
        .find(|s| s.name == "Bobby Charlton")
        .unwrap();
    assert_eq!(
        (charlton.team.as_str(), charlton.caps),
        ("England", Some(102))
    );
}

#[test]
fn quali_playoffs_have_no_tournament_stage() {
    let doc = open("worldcup/2026--usa/quali_playoffs.txt");
    assert_eq!(doc.matches.len(), 16);
    assert!(doc.matches.iter().all(|m| m.stage.is_none()));
    let m = find(&doc, "Wales", "Bosnia & Herzegovina");
    assert_eq!(m.date, date(2026, 3, 26));
    let s = m.score.unwrap();
    assert_eq!((s.ft, s.aet, s.pens), ((1, 1), true, Some((2, 4))));
    assert_eq!(
        m.kickoff.as_ref().and_then(|k| k.zone.as_deref()),
        Some("CET")
    );
}

/// Every file of the target groups parses with zero skipped lines; prints the per-file table.
#[test]
fn whole_directory_parses_without_skips() {
    let results = parse_dir(&data_dir().join("openfootball")).unwrap();
    let reports: Vec<FileReport> = results.iter().map(FileReport::from_result).collect();
    println!("{}", render_table(&reports));
    let mut failures = Vec::new();
    for r in &results {
        match &r.outcome {
            FileOutcome::Parsed(p) if r.group.zero_skip_target() || r.group.attempted() => {
                for s in &p.skipped {
                    failures.push(format!("{}:{}: {}", r.path, s.line, s.error.reason()));
                }
            }
            FileOutcome::Unreadable(e) => failures.push(e.to_string()),
            _ => {}
        }
    }
    assert!(
        failures.is_empty(),
        "skipped lines:\n{}",
        failures.join("\n")
    );
    let total = |f: fn(&FileReport) -> usize| reports.iter().map(f).sum::<usize>();
    assert!(total(|r| r.matches) > 3000);
    assert!(total(|r| r.goals) > 7000);
    assert!(total(|r| r.lineups) > 1000);
    assert!(total(|r| r.squad_rows) > 20000);
}
