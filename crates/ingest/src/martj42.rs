//! Adapter for martj42/international_results: results, goalscorers, shootouts, former names.
//!
//! Owns the meaning of martj42's columns and its validation rules:
//! - a match is keyed by (date, home_team, away_team); an exact duplicate row is an error, while
//!   two different rows with the same key are two matches (Tahiti v New Caledonia played twice
//!   on 1974-02-17);
//! - scores may be `NA` (unknown); minutes may be `NA`;
//! - goal rows must name a known match and one of its two teams, and a side's scorer rows may
//!   never exceed its score;
//! - a shootout for an unknown match is a warning (upstream has one: Saare County 2011).

use crate::csvread::CsvTable;
use crate::dataset::{Dataset, Match, Prov, ScorerRow, ShootoutRow, SourceFile};
use crate::error::IngestError;
use crate::problems::Problems;
use crate::teams::TeamRegistry;
use goalline_core::{Date, Gender, Source};
use std::collections::HashMap;
use std::path::Path;

/// Files of the martj42 dataset, relative to the data directory.
pub const FILES: [&str; 4] = [
    "international/former_names.csv",
    "international/results.csv",
    "international/goalscorers.csv",
    "international/shootouts.csv",
];

/// What makes two results rows the same match: date, teams, score, competition.
type RowKey = (Date, i64, i64, Option<u32>, Option<u32>, String);

/// Index from (date, home, away) to canonical match ids.
pub type MatchKeyIndex = HashMap<(Date, i64, i64), Vec<i64>>;

/// Loads the martj42 files into `ds`, registering teams in `teams`.
pub fn load(
    root: &Path,
    ds: &mut Dataset,
    teams: &mut TeamRegistry,
    problems: &mut Problems,
    tick: &mut dyn FnMut(&str, u64),
) -> Result<MatchKeyIndex, IngestError> {
    let former = CsvTable::open(root, FILES[0])?;
    let fid = push_file(ds, &former);
    load_former(&former, fid, teams, problems, ds)?;
    tick(FILES[0], former.len_bytes() as u64);

    let results = CsvTable::open(root, FILES[1])?;
    let fid = push_file(ds, &results);
    let index = load_results(&results, fid, teams, problems, ds)?;
    tick(FILES[1], results.len_bytes() as u64);

    let goals = CsvTable::open(root, FILES[2])?;
    let fid = push_file(ds, &goals);
    load_goals(&goals, fid, teams, &index, problems, ds)?;
    tick(FILES[2], goals.len_bytes() as u64);

    let shootouts = CsvTable::open(root, FILES[3])?;
    let fid = push_file(ds, &shootouts);
    load_shootouts(&shootouts, fid, teams, &index, problems, ds)?;
    tick(FILES[3], shootouts.len_bytes() as u64);
    Ok(index)
}

pub(crate) fn push_file(ds: &mut Dataset, t: &CsvTable) -> i64 {
    let id = ds.files.len() as i64 + 1;
    let source = if t.rel.starts_with("worldcup/") {
        Source::Fjelstul
    } else {
        Source::Martj42
    };
    ds.files.push(SourceFile {
        id,
        source,
        path: t.rel.clone(),
        sha256: t.sha256.clone(),
        rows: 0,
    });
    id
}

fn set_rows(ds: &mut Dataset, fid: i64, rows: usize) {
    if let Some(f) = ds.files.get_mut((fid - 1) as usize) {
        f.rows = rows as u32;
    }
}

fn load_former(
    t: &CsvTable,
    fid: i64,
    teams: &mut TeamRegistry,
    problems: &mut Problems,
    ds: &mut Dataset,
) -> Result<(), IngestError> {
    let [cur, former, start, end] = t.columns(["current", "former", "start_date", "end_date"])?;
    let n = t.for_each(problems, |row| {
        let (c, f, s, e) = (
            row.text(cur)?,
            row.text(former)?,
            row.date(start)?,
            row.date(end)?,
        );
        if e < s {
            return Err(row.problem(end, format!("end_date {e} is before start_date {s}")));
        }
        teams.add_former(
            c,
            f,
            s,
            e,
            Prov {
                file: fid,
                line: row.line,
            },
        );
        Ok(())
    })?;
    set_rows(ds, fid, n);
    Ok(())
}

fn load_results(
    t: &CsvTable,
    fid: i64,
    teams: &mut TeamRegistry,
    problems: &mut Problems,
    ds: &mut Dataset,
) -> Result<MatchKeyIndex, IngestError> {
    let [date, home, away, hs, aws, tour, city, country, neutral] = t.columns([
        "date",
        "home_team",
        "away_team",
        "home_score",
        "away_score",
        "tournament",
        "city",
        "country",
        "neutral",
    ])?;
    let mut index: MatchKeyIndex = HashMap::with_capacity(50_000);
    let mut seen: HashMap<RowKey, u32> = HashMap::new();
    let n = t.for_each(problems, |row| {
        let d = row.date(date)?;
        let (h, a) = (row.text(home)?, row.text(away)?);
        if h == a {
            return Err(row.problem(away, format!("a team cannot play itself: {h:?}")));
        }
        let score = |idx| -> Result<Option<u32>, _> {
            match row.opt_int(idx)? {
                Some(v) if !(0..=99).contains(&v) => Err(row.problem(
                    idx,
                    format!("expected a score between 0 and 99 or NA, found {v}"),
                )),
                v => Ok(v.map(|v| v as u32)),
            }
        };
        let (h_score, a_score) = (score(hs)?, score(aws)?);
        let tournament = row.text(tour)?.to_string();
        let neutral = row.bool(neutral)?;
        let (hid, aid) = (teams.intern(h), teams.intern(a));
        let key = (d, hid, aid, h_score, a_score, tournament.clone());
        if let Some(first) = seen.get(&key) {
            return Err(row.problem(
                0,
                format!("duplicate row: the same match is already at line {first}"),
            ));
        }
        seen.insert(key, row.line);
        let id = ds.matches.len() as i64 + 1;
        ds.matches.push(Match {
            id,
            date: d,
            gender: Gender::Men,
            home: hid,
            away: aid,
            home_name: teams.name_on(hid, h, d),
            away_name: teams.name_on(aid, a, d),
            home_score: h_score,
            away_score: a_score,
            tournament,
            city: row.opt_text(city)?.map(str::to_string),
            country: row.opt_text(country)?.map(str::to_string),
            neutral,
            home_known: 0,
            away_known: 0,
            wc_match: None,
            source: Source::Martj42,
            prov: Prov {
                file: fid,
                line: row.line,
            },
        });
        index.entry((d, hid, aid)).or_default().push(id);
        Ok(())
    })?;
    set_rows(ds, fid, n);
    Ok(index)
}

fn load_goals(
    t: &CsvTable,
    fid: i64,
    teams: &TeamRegistry,
    index: &MatchKeyIndex,
    problems: &mut Problems,
    ds: &mut Dataset,
) -> Result<(), IngestError> {
    let [date, home, away, team, scorer, minute, own, pen] = t.columns([
        "date",
        "home_team",
        "away_team",
        "team",
        "scorer",
        "minute",
        "own_goal",
        "penalty",
    ])?;
    let matches = &mut ds.matches;
    let scorers = &mut ds.scorers;
    let n = t.for_each(problems, |row| {
        let d = row.date(date)?;
        let (h, a, tm) = (row.text(home)?, row.text(away)?, row.text(team)?);
        let key = teams.get(h).zip(teams.get(a)).map(|(hid, aid)| (d, hid, aid));
        let Some(ids) = key.and_then(|k| index.get(&k)) else {
            return Err(row.problem(0, format!("goal for an unknown match: no row {d},{h},{a} in international/results.csv")));
        };
        let match_id = ids[0];
        let m = &mut matches[(match_id - 1) as usize];
        let home_side = if tm == h {
            true
        } else if tm == a {
            false
        } else {
            return Err(row.problem(team, format!("expected the scoring team to be {h:?} or {a:?}, found {tm:?}")));
        };
        let minute_v = match row.opt_int(minute)? {
            Some(v) if !(1..=130).contains(&v) => {
                return Err(row.problem(minute, format!("expected a minute between 1 and 130 or NA, found {v}")))
            }
            v => v.map(|v| v as u16),
        };
        let (known, score) = if home_side {
            (&mut m.home_known, m.home_score)
        } else {
            (&mut m.away_known, m.away_score)
        };
        *known += 1;
        if let Some(s) = score {
            if *known > s {
                return Err(row.problem(team, format!(
                    "{tm} has {} scorer rows for this match but scored {s} (international/results.csv:{})",
                    *known, m.prov.line
                )));
            }
        }
        scorers.push(ScorerRow {
            id: scorers.len() as i64 + 1,
            match_id,
            team: if home_side { m.home } else { m.away },
            scorer: row.opt_text(scorer)?.map(str::to_string),
            player: None,
            minute: minute_v,
            own_goal: row.bool(own)?,
            penalty: row.bool(pen)?,
            prov: Prov { file: fid, line: row.line },
        });
        Ok(())
    })?;
    set_rows(ds, fid, n);
    Ok(())
}

fn load_shootouts(
    t: &CsvTable,
    fid: i64,
    teams: &TeamRegistry,
    index: &MatchKeyIndex,
    problems: &mut Problems,
    ds: &mut Dataset,
) -> Result<(), IngestError> {
    let [date, home, away, winner, first] =
        t.columns(["date", "home_team", "away_team", "winner", "first_shooter"])?;
    let mut warnings = Vec::new();
    let shootouts = &mut ds.shootouts;
    let matches = &ds.matches;
    let n = t.for_each(problems, |row| {
        let d = row.date(date)?;
        let (h, a, w) = (row.text(home)?, row.text(away)?, row.text(winner)?);
        if w != h && w != a {
            return Err(row.problem(
                winner,
                format!("expected the winner to be {h:?} or {a:?}, found {w:?}"),
            ));
        }
        let first_shooter = row.opt_text(first)?;
        if let Some(f) = first_shooter {
            if f != h && f != a {
                return Err(row.problem(
                    first,
                    format!("expected first_shooter to be {h:?}, {a:?} or empty, found {f:?}"),
                ));
            }
        }
        let key = teams
            .get(h)
            .zip(teams.get(a))
            .map(|(hid, aid)| (d, hid, aid));
        let Some(ids) = key.and_then(|k| index.get(&k)) else {
            warnings.push(format!(
                "{}:{}: shootout {d} {h} v {a} has no match in international/results.csv; kept out",
                t.rel, row.line
            ));
            return Ok(());
        };
        let m = &matches[(ids[0] - 1) as usize];
        let side = |name: &str| if name == h { m.home } else { m.away };
        shootouts.push(ShootoutRow {
            match_id: m.id,
            winner: side(w),
            first_shooter: first_shooter.map(side),
            prov: Prov {
                file: fid,
                line: row.line,
            },
        });
        Ok(())
    })?;
    for w in warnings {
        problems.warn(w);
    }
    set_rows(ds, fid, n);
    Ok(())
}
