//! Queries over the openfootball tables and the conflict table (schema version 2).
//!
//! Owns the SQL and row mapping of those tables only; the [`crate::Store`] implementation in
//! the parent module delegates here. Every value is a bound parameter.

use super::{date_col, opt_date_col};
use crate::error::StoreError;
use crate::model::evidence;
use crate::ofmodel::*;
use crate::params;
use crate::sql::{SqlPool, SqlPoolExt, SqlRow};
use goalline_core::{Evidence, MatchId, Minute, PlayerId, Source, Stage, TeamId};

fn opt_minute(r: &dyn SqlRow, base: usize, stoppage: usize) -> Result<Option<Minute>, StoreError> {
    let b: Option<u16> = r.get(base)?;
    let s: Option<u16> = r.get(stoppage)?;
    Ok(b.map(|base| Minute { base, stoppage: s }))
}

fn pair(r: &dyn SqlRow, a: usize, b: usize) -> Result<Option<(u32, u32)>, StoreError> {
    let x: Option<u32> = r.get(a)?;
    let y: Option<u32> = r.get(b)?;
    Ok(x.zip(y))
}

const OF_MATCH_SELECT: &str = "SELECT o.match_id, o.edition_id, e.name, e.competition, o.stage, o.round, o.group_name, \
     o.number, o.date, o.kickoff, o.home_team_id, o.away_team_id, o.home_name, o.away_name, o.home_score, o.away_score, \
     o.home_ht, o.away_ht, o.home_90, o.away_90, o.extra_time, o.home_pens, o.away_pens, o.stadium, o.city, \
     o.attendance, o.referee, f.path, o.line \
     FROM of_match o JOIN of_edition e ON e.id = o.edition_id JOIN source_file f ON f.id = o.file_id";

fn of_match_row(r: &dyn SqlRow) -> Result<OfMatchRow, StoreError> {
    let stage: Option<String> = r.get(4)?;
    let (home_name, away_name): (String, String) = (r.get(12)?, r.get(13)?);
    let (hs, as_): (u32, u32) = (r.get(14)?, r.get(15)?);
    let extra_time = r.get::<i64>(20)? != 0;
    let pens = pair(r, 21, 22)?;
    let edition_name: String = r.get(2)?;
    let text = format!(
        "{edition_name}: {home_name} {hs}–{as_}{}{} {away_name}",
        if extra_time { " a.e.t." } else { "" },
        pens.map(|(h, a)| format!(", {h}–{a} pen."))
            .unwrap_or_default()
    );
    Ok(OfMatchRow {
        match_id: MatchId(r.get(0)?),
        edition: r.get(1)?,
        competition: r.get(3)?,
        stage: stage.as_deref().and_then(|s| Stage::parse(s).ok()),
        round: r.get(5)?,
        group_name: r.get(6)?,
        number: r.get(7)?,
        date: date_col(r, 8)?,
        kickoff: r.get(9)?,
        home: TeamId(r.get(10)?),
        away: TeamId(r.get(11)?),
        home_score: hs,
        away_score: as_,
        ht: pair(r, 16, 17)?,
        regulation: pair(r, 18, 19)?,
        extra_time,
        pens,
        stadium: r.get(23)?,
        city: r.get(24)?,
        attendance: r.get(25)?,
        referee: r.get(26)?,
        evidence: evidence("openfootball", &r.get::<String>(27)?, r.get(28)?, text),
        edition_name,
        home_name,
        away_name,
    })
}

const OF_GOAL_SELECT: &str = "SELECT g.match_id, o.date, o.edition_id, g.team_id, g.player_id, p.name, g.player_team_id, \
     g.name, g.minute, g.stoppage, g.own_goal, g.penalty, f.path, g.line \
     FROM of_goal g JOIN of_match o ON o.id = g.of_match_id LEFT JOIN player p ON p.id = g.player_id \
     JOIN source_file f ON f.id = g.file_id";

fn of_goal_row(r: &dyn SqlRow) -> Result<OfGoalRow, StoreError> {
    let name: String = r.get(7)?;
    let minute = Minute {
        base: r.get(8)?,
        stoppage: r.get(9)?,
    };
    let own_goal = r.get::<i64>(10)? != 0;
    let penalty = r.get::<i64>(11)? != 0;
    let edition: String = r.get(2)?;
    let text = format!(
        "{edition}: {name} {minute}{}{}",
        if penalty { " (pen.)" } else { "" },
        if own_goal { " (o.g.)" } else { "" }
    );
    Ok(OfGoalRow {
        match_id: MatchId(r.get(0)?),
        date: date_col(r, 1)?,
        team: TeamId(r.get(3)?),
        player: r.get::<Option<i64>>(4)?.map(PlayerId),
        player_name: r.get(5)?,
        player_team: TeamId(r.get(6)?),
        minute,
        own_goal,
        penalty,
        evidence: evidence("openfootball", &r.get::<String>(12)?, r.get(13)?, text),
        edition,
        name,
    })
}

const SQUAD_SELECT: &str = "SELECT s.edition_id, e.name, e.year, s.team_id, s.player_id, s.name, s.number, s.position, \
     s.birth_date, s.birth_year, s.caps, s.goals, s.club, f.path, s.line \
     FROM of_squad s JOIN of_edition e ON e.id = s.edition_id JOIN source_file f ON f.id = s.file_id";

fn squad_row(r: &dyn SqlRow) -> Result<OfSquadRow, StoreError> {
    let name: String = r.get(5)?;
    let edition_name: String = r.get(1)?;
    let birth_date = opt_date_col(r, 8)?;
    let birth_year: Option<i32> = r.get(9)?;
    let caps: Option<u32> = r.get(10)?;
    let goals: Option<u32> = r.get(11)?;
    let mut text = format!("{edition_name} squad: {name}");
    if let (Some(c), Some(g)) = (caps, goals) {
        text.push_str(&format!(", {c} caps / {g} goals at tournament start"));
    }
    match (birth_date, birth_year) {
        (Some(b), _) => text.push_str(&format!(", born {b}")),
        (None, Some(y)) => text.push_str(&format!(", born {y}")),
        _ => {}
    }
    Ok(OfSquadRow {
        edition: r.get(0)?,
        year: r.get(2)?,
        team: TeamId(r.get(3)?),
        player: r.get::<Option<i64>>(4)?.map(PlayerId),
        number: r.get(6)?,
        position: r.get(7)?,
        birth_date,
        birth_year,
        caps,
        goals,
        club: r.get(12)?,
        evidence: evidence("openfootball", &r.get::<String>(13)?, r.get(14)?, text),
        edition_name,
        name,
    })
}

/// The reads of these tables, for every pool.
pub(crate) trait OfReads: SqlPool {
    fn q_of_match(&self, id: MatchId) -> Result<Option<OfMatchRow>, StoreError> {
        let sql = format!("{OF_MATCH_SELECT} WHERE o.match_id = ?1");
        self.row(&sql, params![id.0], of_match_row)
    }

    fn q_of_goals(&self, id: MatchId) -> Result<Vec<OfGoalRow>, StoreError> {
        let sql = format!("{OF_GOAL_SELECT} WHERE g.match_id = ?1 ORDER BY g.seq");
        self.rows(&sql, params![id.0], of_goal_row)
    }

    fn q_lineups(&self, id: MatchId) -> Result<Vec<LineupRow>, StoreError> {
        self.rows(
            "SELECT a.match_id, a.team_id, a.player_id, p.name, a.name, a.starter, a.captain, a.on_minute, \
             a.on_stoppage, a.off_minute, a.off_stoppage, f.path, a.line \
             FROM of_appearance a LEFT JOIN player p ON p.id = a.player_id JOIN source_file f ON f.id = a.file_id \
             JOIN matches m ON m.id = a.match_id \
             WHERE a.match_id = ?1 ORDER BY CASE WHEN a.team_id = m.home_team_id THEN 0 ELSE 1 END, a.seq, a.rowid",
            params![id.0],
            |r| {
                let name: String = r.get(4)?;
                let starter = r.get::<i64>(5)? != 0;
                let on = opt_minute(r, 7, 8)?;
                let off = opt_minute(r, 9, 10)?;
                let mut text = if starter {
                    format!("{name} started")
                } else {
                    format!(
                        "{name} came on{}",
                        on.map(|m| format!(" at {m}")).unwrap_or_default()
                    )
                };
                if let Some(m) = off {
                    text.push_str(&format!(", went off at {m}"));
                }
                Ok(LineupRow {
                    match_id: MatchId(r.get(0)?),
                    team: TeamId(r.get(1)?),
                    player: r.get::<Option<i64>>(2)?.map(PlayerId),
                    player_name: r.get(3)?,
                    starter,
                    captain: r.get::<i64>(6)? != 0,
                    on,
                    off,
                    evidence: evidence("openfootball", &r.get::<String>(11)?, r.get(12)?, text),
                    name,
                })
            },
        )
    }

    fn q_of_cards(&self, id: MatchId) -> Result<Vec<OfCardRow>, StoreError> {
        self.rows(
            "SELECT c.match_id, c.team_id, c.player_id, c.name, c.kind, c.minute, c.stoppage, f.path, c.line \
             FROM of_card c JOIN source_file f ON f.id = c.file_id WHERE c.match_id = ?1 \
             ORDER BY COALESCE(c.minute, 999), COALESCE(c.stoppage, 0), c.rowid",
            params![id.0],
            |r| {
                let name: String = r.get(3)?;
                let kind: String = r.get(4)?;
                let minute = opt_minute(r, 5, 6)?;
                let text = format!(
                    "{name}: {}{}",
                    kind.replace('_', " "),
                    minute.map(|m| format!(" {m}")).unwrap_or_default()
                );
                Ok(OfCardRow {
                    match_id: MatchId(r.get(0)?),
                    team: TeamId(r.get(1)?),
                    player: r.get::<Option<i64>>(2)?.map(PlayerId),
                    minute,
                    evidence: evidence("openfootball", &r.get::<String>(7)?, r.get(8)?, text),
                    name,
                    kind,
                })
            },
        )
    }

    fn q_of_kicks(&self, id: MatchId) -> Result<Vec<OfKickRow>, StoreError> {
        self.rows(
            "SELECT k.match_id, k.team_id, k.player_id, k.name, k.scored, k.seq, f.path, k.line \
             FROM of_kick k JOIN source_file f ON f.id = k.file_id WHERE k.match_id = ?1 ORDER BY k.seq",
            params![id.0],
            |r| {
                let name: String = r.get(3)?;
                let scored = r.get::<i64>(4)? != 0;
                let text = format!(
                    "shoot-out kick by {name}: {}",
                    if scored { "scored" } else { "missed" }
                );
                Ok(OfKickRow {
                    match_id: MatchId(r.get(0)?),
                    team: r.get::<Option<i64>>(1)?.map(TeamId),
                    player: r.get::<Option<i64>>(2)?.map(PlayerId),
                    scored,
                    seq: r.get(5)?,
                    evidence: evidence("openfootball", &r.get::<String>(6)?, r.get(7)?, text),
                    name,
                })
            },
        )
    }

    fn q_player_of_squads(&self, player: PlayerId) -> Result<Vec<OfSquadRow>, StoreError> {
        let sql = format!("{SQUAD_SELECT} WHERE s.player_id = ?1 ORDER BY e.first_date, s.rowid");
        self.rows(&sql, params![player.0], squad_row)
    }

    fn q_conflicts(
        &self,
        kind: Option<&str>,
        tournament: Option<&str>,
    ) -> Result<Vec<ConflictRow>, StoreError> {
        self.rows(
            "SELECT c.id, c.kind, c.match_id, c.tournament, c.team_id, c.player_id, c.description, c.rule, \
             c.preferred_source, c.preferred_value, pf.path, c.preferred_line, \
             c.other_source, c.other_value, otf.path, c.other_line \
             FROM conflict c JOIN source_file pf ON pf.id = c.preferred_file_id \
             JOIN source_file otf ON otf.id = c.other_file_id LEFT JOIN matches m ON m.id = c.match_id \
             WHERE (CAST(?1 AS TEXT) IS NULL OR c.kind = CAST(?1 AS TEXT)) \
             AND (CAST(?2 AS TEXT) IS NULL OR LOWER(c.tournament) LIKE '%' || LOWER(CAST(?2 AS TEXT)) || '%') \
             ORDER BY (m.date IS NOT NULL), m.date, c.id",
            params![kind, tournament],
            |r| {
                let side = |src: usize, val: usize, path: usize, line: usize| -> Result<Evidence, StoreError> {
                    let s: String = r.get(src)?;
                    Ok(Evidence::new(
                        Source::parse(&s).unwrap_or(Source::Martj42),
                        r.get::<String>(path)?,
                        r.get(line)?,
                        r.get::<String>(val)?,
                    ))
                };
                Ok(ConflictRow {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    match_id: r.get::<Option<i64>>(2)?.map(MatchId),
                    tournament: r.get(3)?,
                    team: r.get::<Option<i64>>(4)?.map(TeamId),
                    player: r.get::<Option<i64>>(5)?.map(PlayerId),
                    description: r.get(6)?,
                    rule: r.get(7)?,
                    preferred: side(8, 9, 10, 11)?,
                    other: side(12, 13, 14, 15)?,
                })
            },
        )
    }
}

impl<P: SqlPool + ?Sized> OfReads for P {}
