//! Small inline fixtures: edge cases of the grammar and strict-mode error positions.

use goalline_core::{Date, Minute, Stage};
use goalline_footballtxt::{
    parse_str, parse_str_lenient, MatchStatus, ParseError, Side, SuddenDeath,
};

#[test]
fn pens_first_spelling_and_golden_goal() {
    let doc = parse_str(
        "euro.txt",
        "= Euro 2000\n▪ Final\nJuly 2 20:00 @ Rotterdam   France   2-1 Italy   (aet/gg)\n   (Wiltord 90, Trezeguet 103; Delvecchio 55)\n▪ Quarter-finals\nJun 24\n  20:45   England  2-4 pen. 0-0 a.e.t. (0-0)  Italy  @ Kyiv\n",
    )
    .unwrap();
    let f = &doc.matches[0];
    let s = f.score.unwrap();
    assert_eq!(
        (s.ft, s.aet, s.sudden_death),
        ((2, 1), true, Some(SuddenDeath::GoldenGoal))
    );
    assert_eq!(
        f.venue.as_ref().and_then(|v| v.city.as_deref()),
        Some("Rotterdam")
    );
    assert_eq!(f.goals[1].minute, Minute::new(103));
    let q = &doc.matches[1];
    let s = q.score.unwrap();
    assert_eq!(
        (s.ft, s.pens, s.regulation),
        ((0, 0), Some((2, 4)), Some((0, 0)))
    );
    assert_eq!(q.stage, Some(Stage::QuarterFinal));
}

#[test]
fn date_spellings_take_the_year_from_the_title() {
    let doc = parse_str(
        "x.txt",
        "= World Cup 2022\n(1) Sat Jun/14 Brazil 1-0 Chile\nSun Nov 20 2022\n  A v B\n16 June  C 0-0 D\nTh 26/3/26 20:45 CET (19:45 UTC±0)  E 1-1 a.e.t, 2-4 pen.  F @ Cardiff\n",
    )
    .unwrap();
    let dates: Vec<Option<Date>> = doc.matches.iter().map(|m| m.date).collect();
    assert_eq!(
        dates,
        [
            Date::from_ymd_opt(2022, 6, 14),
            Date::from_ymd_opt(2022, 11, 20),
            Date::from_ymd_opt(2022, 6, 16),
            Date::from_ymd_opt(2026, 3, 26)
        ]
    );
    assert_eq!(doc.matches[0].number, Some(1));
    assert_eq!(doc.matches[1].status, MatchStatus::Scheduled);
    // Jun 14 2022 was a Tuesday: a warning, not an error.
    assert_eq!(doc.warnings.len(), 1);
    assert_eq!(doc.warnings[0].line, 2);
}

#[test]
fn scorer_list_without_semicolon_goes_to_the_side_that_scored() {
    let doc = parse_str(
        "x.txt",
        "= World Cup 2022\nSun Nov 20\n  Qatar  0-2 (0-2)  Ecuador\n    (Enner Valencia 16' (pen.), 31')\n",
    )
    .unwrap();
    assert!(doc.matches[0]
        .goals
        .iter()
        .all(|g| g.team_side == Side::Away));
    assert!(doc.matches[0].goals[0].penalty);
}

#[test]
fn strict_error_points_at_line_and_column() {
    let err = parse_str(
        "cup.txt",
        "= World Cup 2022\nSun Nov 20\n  19:00   Qatar  0-x  Ecuador\n",
    )
    .unwrap_err();
    match &err {
        ParseError::Syntax {
            file, line, column, ..
        } => {
            assert_eq!((file.as_str(), *line, *column), ("cup.txt", 3, 18));
        }
        other => panic!("unexpected {other:?}"),
    }
    let msg = err.to_string();
    assert!(msg.starts_with("cup.txt:3:18: expected "), "{msg}");
    assert!(msg.contains("found \"0-x  Ecuador\""), "{msg}");
}

#[test]
fn strict_error_inside_a_multi_line_scorer_list() {
    let text = "= World Cup 2022\nSun Nov 20\n  Qatar  0-2  Ecuador\n    (Enner Valencia 16',\n     Kane)\n";
    let err = parse_str("cup.txt", text).unwrap_err();
    assert_eq!((err.line(), err.column()), (5, 10));
    assert!(err.to_string().contains("expected a minute"), "{err}");
}

#[test]
fn invalid_dates_are_reported_with_their_position() {
    let err = parse_str("cup.txt", "= World Cup 2022\n\nFeb 30\n").unwrap_err();
    assert!(
        matches!(
            err,
            ParseError::Invalid {
                line: 3,
                column: 1,
                ..
            }
        ),
        "{err:?}"
    );
    let err = parse_str("cup.txt", "Sun Nov 20\n").unwrap_err();
    assert!(err.to_string().contains("a year in the title"), "{err}");
}

#[test]
fn goals_without_a_match_are_an_error_and_lenient_mode_skips_them() {
    let text = "= World Cup 2022\n(Kane 54')\nSun Nov 20\n  Qatar  0-2  Ecuador\n???\n";
    assert!(parse_str("x.txt", text).is_err());
    let parsed = parse_str_lenient("x.txt", text);
    assert_eq!(parsed.document.matches.len(), 1);
    let lines: Vec<u32> = parsed.skipped.iter().map(|s| s.line).collect();
    assert_eq!(lines, [2, 5]);
    assert!(parsed.skipped[0]
        .error
        .reason()
        .contains("a match line before the scorer list"));
}

#[test]
fn lineups_need_their_match_and_match_sides_by_name() {
    let text = "= World Cup 2022\nSun Nov 20 19:00 UTC+3 @ Al Bayt Stadium, Al Khor, Att: 67372\n  Qatar v Ecuador  0-2\n\nEcuador: Hernan GALINDEZ - Felix TORRES,\n      Piero HINCAPIE\nQatar: SAAD ALSHEEB [Y 15'] - PEDRO MIGUEL (72' X (80' Y))\n\nRefs: Daniele Orsato (ITA)\n";
    let doc = parse_str("x.txt", text).unwrap();
    let m = &doc.matches[0];
    assert_eq!(m.attendance, Some(67372));
    let [home, away] = m.lineups.as_ref().unwrap();
    assert_eq!(
        (home.team.as_str(), away.team.as_str()),
        ("Qatar", "Ecuador")
    );
    assert_eq!(away.starters.len(), 3);
    assert_eq!(away.line, 5);
    assert_eq!(away.starters[2].line, 6);
    assert_eq!(
        home.starters[1].chain().map(|p| p.line).collect::<Vec<_>>(),
        [7, 7, 7]
    );
    assert_eq!(
        home.starters[1]
            .chain()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["PEDRO MIGUEL", "X", "Y"]
    );
    assert_eq!(m.referee().and_then(|r| r.country.as_deref()), Some("ITA"));
    assert_eq!(m.referee().map(|r| r.line), Some(9));
    let one = "= World Cup 2022\nSun Nov 20\n  Qatar v Ecuador  0-2\nQatar: A - B\n";
    let err = parse_str("x.txt", one).unwrap_err();
    assert_eq!(err.line(), 4);
}

#[test]
fn squad_rows_need_a_team() {
    let err = parse_str("2022_squads.txt", "  9, Harry KANE, FW, b. 1993/07/28\n").unwrap_err();
    assert!(err.to_string().contains("team heading"), "{err}");
    let doc = parse_str(
        "2022_squads.txt",
        "== England\n  9, Harry KANE, FW, b. 1993/02/30\n",
    );
    assert!(matches!(doc, Err(ParseError::Invalid { line: 2, .. })));
}
