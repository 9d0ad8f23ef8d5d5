//! Queries over the StatsBomb tables (schema version 3).
//!
//! Owns the SQL and row mapping of `sb_match`, `sb_lineup` and `sb_event`; the
//! [`crate::Store`] implementation in the parent module delegates here. Every value is a bound
//! parameter.

use super::date_col;
use crate::error::StoreError;
use crate::model::evidence;
use crate::params;
use crate::sbmodel::*;
use crate::sql::{SqlPool, SqlPoolExt, SqlRow};
use goalline_core::{MatchId, PlayerId, TeamId};

const SB_MATCH_SELECT: &str = "SELECT m.sb_id, m.match_id, m.competition, m.season, m.date, m.home_name, m.away_name, \
     m.home_team_id, m.away_team_id, m.home_score, m.away_score, m.stage, m.coverage, m.events, m.upstream_events, \
     ef.path, f.path, m.line \
     FROM sb_match m JOIN source_file f ON f.id = m.file_id LEFT JOIN source_file ef ON ef.id = m.events_file_id";

fn sb_match_row(r: &dyn SqlRow) -> Result<SbMatchRow, StoreError> {
    let (home_name, away_name): (String, String) = (r.get(5)?, r.get(6)?);
    let (hs, as_): (Option<u32>, Option<u32>) = (r.get(9)?, r.get(10)?);
    let competition: String = r.get(2)?;
    let season: String = r.get(3)?;
    let date = date_col(r, 4)?;
    let sb_id: i64 = r.get(0)?;
    let score = match (hs, as_) {
        (Some(h), Some(a)) => format!("{h}–{a}"),
        _ => "–".into(),
    };
    let text = format!(
        "StatsBomb match {sb_id}: {date} {home_name} {score} {away_name} ({competition} {season})"
    );
    Ok(SbMatchRow {
        sb_id,
        match_id: r.get::<Option<i64>>(1)?.map(MatchId),
        competition,
        season,
        date,
        home: r.get::<Option<i64>>(7)?.map(TeamId),
        away: r.get::<Option<i64>>(8)?.map(TeamId),
        home_score: hs,
        away_score: as_,
        stage: r.get(11)?,
        coverage: SbCoverage::parse(&r.get::<String>(12)?),
        events: r.get(13)?,
        upstream_events: r.get(14)?,
        events_file: r.get(15)?,
        evidence: evidence("statsbomb", &r.get::<String>(16)?, r.get(17)?, text),
        home_name,
        away_name,
    })
}

const SB_EVENT_SELECT: &str = "SELECT e.sb_match_id, e.match_id, e.idx, e.uuid, e.kind, e.period, e.minute, e.second, \
     e.team_name, e.team_id, e.sb_player_id, e.player_id, e.player_name, e.other_sb_player_id, e.other_player_id, \
     e.other_name, e.detail, e.outcome, e.end_x, e.end_y, e.end_z, e.penalty, f.path, e.line \
     FROM sb_event e JOIN source_file f ON f.id = e.file_id";

fn sb_event_row(r: &dyn SqlRow) -> Result<SbEventRow, StoreError> {
    let kind: String = r.get(4)?;
    let (minute, second): (u16, u8) = (r.get(6)?, r.get(7)?);
    let player_name: Option<String> = r.get(12)?;
    let other_name: Option<String> = r.get(15)?;
    let detail: Option<String> = r.get(16)?;
    let outcome: Option<String> = r.get(17)?;
    let index: u32 = r.get(2)?;
    let x: Option<f64> = r.get(18)?;
    let y: Option<f64> = r.get(19)?;
    let z: Option<f64> = r.get(20)?;
    let mut text = format!(
        "StatsBomb event {index} ({minute}:{second:02}): {kind} {}",
        player_name.as_deref().unwrap_or("–")
    );
    for part in [detail.as_deref(), outcome.as_deref(), other_name.as_deref()]
        .into_iter()
        .flatten()
    {
        text.push_str(", ");
        text.push_str(part);
    }
    Ok(SbEventRow {
        sb_match: r.get(0)?,
        match_id: r.get::<Option<i64>>(1)?.map(MatchId),
        index,
        uuid: r.get(3)?,
        period: r.get(5)?,
        minute,
        second,
        team_name: r.get(8)?,
        team: r.get::<Option<i64>>(9)?.map(TeamId),
        sb_player: r.get(10)?,
        player: r.get::<Option<i64>>(11)?.map(PlayerId),
        other_sb_player: r.get(13)?,
        other: r.get::<Option<i64>>(14)?.map(PlayerId),
        end: x.zip(y).map(|(x, y)| (x, y, z)),
        penalty: r.get::<i64>(21)? != 0,
        evidence: evidence("statsbomb", &r.get::<String>(22)?, r.get(23)?, text),
        kind,
        player_name,
        other_name,
        detail,
        outcome,
    })
}

/// The reads of these tables, for every pool.
pub(crate) trait SbReads: SqlPool {
    fn q_sb_match(&self, id: MatchId) -> Result<Option<SbMatchRow>, StoreError> {
        // A canonical match has at most one StatsBomb match; prefer the best-covered one.
        let sql = format!(
            "{SB_MATCH_SELECT} WHERE m.match_id = ?1 ORDER BY CASE m.coverage WHEN 'complete' THEN 0 \
             WHEN 'excerpt' THEN 1 ELSE 2 END, m.events DESC, m.rowid LIMIT 1"
        );
        Ok(self
            .rows(&sql, params![id.0], sb_match_row)?
            .into_iter()
            .next())
    }

    fn q_sb_events(&self, sb_match: i64) -> Result<Vec<SbEventRow>, StoreError> {
        let sql = format!("{SB_EVENT_SELECT} WHERE e.sb_match_id = ?1 ORDER BY e.idx, e.kind");
        self.rows(&sql, params![sb_match], sb_event_row)
    }

    fn q_sb_player_matches(&self, player: PlayerId) -> Result<Vec<SbMatchRow>, StoreError> {
        let sql = format!(
            "{SB_MATCH_SELECT} WHERE m.match_id IS NOT NULL AND m.sb_id IN \
             (SELECT sb_match_id FROM sb_lineup WHERE player_id = ?1) ORDER BY m.date, m.sb_id"
        );
        self.rows(&sql, params![player.0], sb_match_row)
    }
}

impl<P: SqlPool + ?Sized> SbReads for P {}
