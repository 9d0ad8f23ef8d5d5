//! Every read of [`Store`], written once in SQL both backends run: every backend connection pool
//! ([`SqlPool`]) is a [`Store`] through a blanket implementation.
//!
//! Owns the SELECTs and the row mapping (row → persisted type, with the evidence text); a
//! backend supplies connections, its table list and its dialect. Every value is a bound
//! parameter.

use crate::error::StoreError;
use crate::model::*;
use crate::ofmodel::*;
use crate::params;
use crate::sbmodel::*;
use crate::sql::{Param, SqlConn, SqlRow};
use crate::{DataVersion, SourceChecksum, Store};
use goalline_core::{Date, Gender, MatchId, Minute, PlayerId, Stage, TeamId};

mod openfootball;
mod statsbomb;

use openfootball::OfReads;
use statsbomb::SbReads;

/// A backend's connections, as the shared reads need them.
pub trait SqlPool: Send + Sync {
    /// Runs `f` on a connection of the pool (waiting for a free one).
    fn with_conn(
        &self,
        f: &mut dyn FnMut(&mut dyn SqlConn) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>;

    /// The goalline tables of the database, in creation order.
    fn tables(&self) -> Result<Vec<String>, StoreError>;
}

/// Query helpers every [`SqlPool`] gets: one query on a pooled connection.
pub trait SqlPoolExt: SqlPool {
    /// Every row of a query, mapped.
    fn rows<T>(
        &self,
        sql: &str,
        params: &[Param<'_>],
        mut map: impl FnMut(&dyn SqlRow) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        let mut out = Vec::new();
        self.with_conn(&mut |c| {
            out = c.rows(sql, params, &mut map)?;
            Ok(())
        })?;
        Ok(out)
    }

    /// The first row of a query, mapped, if any.
    fn row<T>(
        &self,
        sql: &str,
        params: &[Param<'_>],
        mut map: impl FnMut(&dyn SqlRow) -> Result<T, StoreError>,
    ) -> Result<Option<T>, StoreError> {
        let mut out = None;
        self.with_conn(&mut |c| {
            out = c.row(sql, params, &mut map)?;
            Ok(())
        })?;
        Ok(out)
    }
}

impl<P: SqlPool + ?Sized> SqlPoolExt for P {}

/// Reads a `YYYY-MM-DD` column.
pub fn date_col(r: &dyn SqlRow, idx: usize) -> Result<Date, StoreError> {
    let s: String = r.get(idx)?;
    parse_date(&s).map_err(|e| StoreError::Corrupt(format!("date {s:?} in column {idx}: {e}")))
}

/// Reads an optional `YYYY-MM-DD` column.
pub fn opt_date_col(r: &dyn SqlRow, idx: usize) -> Result<Option<Date>, StoreError> {
    let s: Option<String> = r.get(idx)?;
    Ok(s.and_then(|s| parse_date(&s).ok()))
}

/// Parses `YYYY-MM-DD`: the stored form (ten ASCII bytes) directly, anything else through
/// chrono (whose general parser is a large share of reading many rows).
fn parse_date(s: &str) -> Result<Date, chrono::ParseError> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        if let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) {
            if let Some(date) = Date::from_ymd_opt(y as i32, m, d) {
                return Ok(date);
            }
        }
    }
    Date::parse_from_str(s, "%Y-%m-%d")
}

/// Reads a gender column.
pub fn gender_col(r: &dyn SqlRow, idx: usize) -> Result<Gender, StoreError> {
    let s: String = r.get(idx)?;
    Ok(Gender::parse(&s).unwrap_or(Gender::Men))
}

/// The SELECT list for [`MatchRow`] (alias `m` for matches, `f` for source_file).
pub const MATCH_COLUMNS: &str = "m.id, m.date, m.gender, m.home_team_id, m.away_team_id, m.home_name, m.away_name, \
     m.home_score, m.away_score, m.tournament, m.city, m.country, m.neutral, m.home_known, m.away_known, \
     m.wc_match_id, m.source, f.path, m.line";

/// Maps a row selected with [`MATCH_COLUMNS`].
pub fn match_row(r: &dyn SqlRow) -> Result<MatchRow, StoreError> {
    let date = date_col(r, 1)?;
    let home_name: String = r.get(5)?;
    let away_name: String = r.get(6)?;
    let hs: Option<u32> = r.get(7)?;
    let as_: Option<u32> = r.get(8)?;
    let tournament: String = r.get(9)?;
    let source: String = r.get(16)?;
    let path: String = r.get(17)?;
    let line: u32 = r.get(18)?;
    let score = match (hs, as_) {
        (Some(h), Some(a)) => format!("{h}–{a}"),
        _ => "NA–NA".into(),
    };
    let text = format!("{date} {home_name} {score} {away_name} ({tournament})");
    Ok(MatchRow {
        id: MatchId(r.get(0)?),
        date,
        gender: gender_col(r, 2)?,
        home: TeamId(r.get(3)?),
        away: TeamId(r.get(4)?),
        home_score: hs,
        away_score: as_,
        city: r.get(10)?,
        country: r.get(11)?,
        neutral: r.get::<i64>(12)? != 0,
        home_known: r.get(13)?,
        away_known: r.get(14)?,
        wc_match: r.get(15)?,
        evidence: evidence(&source, &path, line, text),
        home_name,
        away_name,
        tournament,
    })
}

fn ds(d: Option<Date>, default: &str) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| default.to_string())
}

/// Every backend whose connections run the shared SQL is a [`Store`].
impl<P: SqlPool> Store for P {
    fn table_counts(&self) -> Result<Vec<(String, u64)>, StoreError> {
        let mut out = Vec::new();
        for t in self.tables()? {
            if t == "meta" {
                continue;
            }
            // Table names come from the database's catalogue, never from user input.
            let n: Option<u64> =
                self.row(&format!("SELECT COUNT(*) FROM \"{t}\""), params![], |r| {
                    r.get(0)
                })?;
            out.push((t, n.unwrap_or(0)));
        }
        Ok(out)
    }

    fn link_report(&self) -> Result<Option<serde_json::Value>, StoreError> {
        let s: Option<String> = self.row(
            "SELECT value FROM meta WHERE key = 'link_report'",
            params![],
            |r| r.get(0),
        )?;
        Ok(s.and_then(|s| serde_json::from_str(&s).ok()))
    }

    fn data_version(&self) -> Result<DataVersion, StoreError> {
        let meta = |key: &str| -> Result<Option<String>, StoreError> {
            self.row("SELECT value FROM meta WHERE key = ?1", params![key], |r| {
                r.get(0)
            })
        };
        let import_id = meta("manifest")?;
        let goalline_version = meta("goalline_version")?;
        let sources = self.rows(
            "SELECT source, path, sha256, rows_accepted FROM source_file ORDER BY id",
            params![],
            |r| {
                Ok(SourceChecksum {
                    source: r.get(0)?,
                    path: r.get(1)?,
                    sha256: r.get(2)?,
                    rows: r.get::<i64>(3)?.max(0) as u64,
                })
            },
        )?;
        Ok(DataVersion {
            import_id,
            goalline_version,
            sources,
        })
    }

    fn teams(&self) -> Result<Vec<TeamRow>, StoreError> {
        self.rows(
            "SELECT id, name, code, confederation FROM team ORDER BY id",
            params![],
            |r| {
                Ok(TeamRow {
                    id: TeamId(r.get(0)?),
                    name: r.get(1)?,
                    code: r.get(2)?,
                    confederation: r.get(3)?,
                })
            },
        )
    }

    fn team_aliases(&self) -> Result<Vec<AliasRow>, StoreError> {
        self.rows(
            "SELECT team_id, alias, folded, kind, gender, valid_from, valid_to FROM team_alias ORDER BY rowid",
            params![],
            |r| {
                let g: Option<String> = r.get(4)?;
                Ok(AliasRow {
                    team: TeamId(r.get(0)?),
                    alias: r.get(1)?,
                    folded: r.get(2)?,
                    kind: r.get(3)?,
                    gender: g.as_deref().and_then(Gender::parse),
                    valid_from: opt_date_col(r, 5)?,
                    valid_to: opt_date_col(r, 6)?,
                })
            },
        )
    }

    fn team_matches(
        &self,
        team: TeamId,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Result<Vec<MatchRow>, StoreError> {
        let sql = format!(
            "SELECT {MATCH_COLUMNS} FROM matches m JOIN source_file f ON f.id = m.file_id \
             WHERE (m.home_team_id = ?1 OR m.away_team_id = ?1) AND m.date >= ?2 AND m.date <= ?3 \
             ORDER BY m.date, m.id"
        );
        self.rows(
            &sql,
            params![team.0, ds(from, "0000-00-00"), ds(to, "9999-99-99")],
            match_row,
        )
    }

    fn match_by_id(&self, id: MatchId) -> Result<Option<MatchRow>, StoreError> {
        let sql = format!("SELECT {MATCH_COLUMNS} FROM matches m JOIN source_file f ON f.id = m.file_id WHERE m.id = ?1");
        self.row(&sql, params![id.0], match_row)
    }

    fn matches_between(&self, from: Date, to: Date) -> Result<Vec<MatchRow>, StoreError> {
        let sql = format!(
            "SELECT {MATCH_COLUMNS} FROM matches m JOIN source_file f ON f.id = m.file_id \
             WHERE m.date >= ?1 AND m.date <= ?2 ORDER BY m.date, m.id"
        );
        self.rows(
            &sql,
            params![ds(Some(from), ""), ds(Some(to), "")],
            match_row,
        )
    }

    fn competition_matches(
        &self,
        competition: &str,
        from: Date,
        to: Date,
    ) -> Result<Vec<MatchRow>, StoreError> {
        let sql = format!(
            "SELECT {MATCH_COLUMNS} FROM matches m JOIN source_file f ON f.id = m.file_id \
             WHERE m.tournament = ?1 AND m.date >= ?2 AND m.date <= ?3 ORDER BY m.date, m.id"
        );
        self.rows(
            &sql,
            params![competition, ds(Some(from), ""), ds(Some(to), "")],
            match_row,
        )
    }

    fn competition_days(
        &self,
        competition: &str,
        from: Date,
        to: Date,
    ) -> Result<Vec<(Date, MatchId)>, StoreError> {
        // Covered by the index `matches_tournament` (tournament, date; the id is the rowid).
        self.rows(
            "SELECT m.date, m.id FROM matches m \
             WHERE m.tournament = ?1 AND m.date >= ?2 AND m.date <= ?3 ORDER BY m.date, m.id",
            params![competition, ds(Some(from), ""), ds(Some(to), "")],
            |r| Ok((date_col(r, 0)?, MatchId(r.get(1)?))),
        )
    }

    fn wc_info(&self, id: MatchId) -> Result<Option<WcInfo>, StoreError> {
        let sql = format!("{WC_SELECT} WHERE w.match_id = ?1");
        self.row(&sql, params![id.0], wc_info_row)
    }

    fn wc_matches(&self, tournament: Option<&str>) -> Result<Vec<WcInfo>, StoreError> {
        let sql = format!(
            "{WC_SELECT} WHERE (CAST(?1 AS TEXT) IS NULL OR w.tournament_id = ?1) ORDER BY w.date, w.time, w.id"
        );
        self.rows(&sql, params![tournament], wc_info_row)
    }

    fn wc_tournaments(&self) -> Result<Vec<WcTournamentRow>, StoreError> {
        let sql = "SELECT t.id, t.name, t.year, t.gender, t.start_date, t.end_date, t.host, t.winner, t.count_teams, f.path, t.line \
                   FROM wc_tournament t JOIN source_file f ON f.id = t.file_id ORDER BY t.start_date, t.rowid";
        self.rows(sql, params![], |r| {
            let name: String = r.get(1)?;
            Ok(WcTournamentRow {
                id: r.get(0)?,
                year: r.get(2)?,
                gender: gender_col(r, 3)?,
                start_date: date_col(r, 4)?,
                end_date: date_col(r, 5)?,
                host: r.get(6)?,
                winner: r.get(7)?,
                count_teams: r.get(8)?,
                evidence: evidence("fjelstul", &r.get::<String>(9)?, r.get(10)?, name.clone()),
                name,
            })
        })
    }

    fn places(&self) -> Result<Vec<PlaceRow>, StoreError> {
        let sql = "SELECT stadium, 'stadium' FROM wc_match \
                   UNION SELECT stadium, 'stadium' FROM of_match WHERE stadium IS NOT NULL \
                   UNION SELECT city, 'city' FROM wc_match \
                   UNION SELECT city, 'city' FROM of_match WHERE city IS NOT NULL \
                   UNION SELECT city, 'city' FROM matches WHERE city IS NOT NULL \
                   UNION SELECT country, 'country' FROM matches WHERE country IS NOT NULL \
                   UNION SELECT country, 'country' FROM wc_match ORDER BY 1, 2";
        self.rows(sql, params![], |r| {
            Ok(PlaceRow {
                name: r.get(0)?,
                kind: r.get(1)?,
            })
        })
    }

    fn match_scorers(&self, id: MatchId) -> Result<Vec<ScorerRow>, StoreError> {
        let sql = format!("{SCORER_SELECT} WHERE s.match_id = ?1 ORDER BY s.id");
        self.rows(&sql, params![id.0], scorer_row)
    }

    fn match_wc_goals(&self, id: MatchId) -> Result<Vec<WcGoalRow>, StoreError> {
        let sql = format!("{WC_GOAL_SELECT} WHERE g.match_id = ?1 ORDER BY g.minute, COALESCE(g.stoppage, 0), g.id");
        self.rows(&sql, params![id.0], wc_goal_row)
    }

    fn player_scorer_rows(
        &self,
        player: PlayerId,
        to: Option<Date>,
    ) -> Result<Vec<ScorerRow>, StoreError> {
        let sql = format!(
            "{SCORER_SELECT} WHERE s.player_id = ?1 AND s.own_goal = 0 AND m.date <= ?2 ORDER BY m.date, s.id"
        );
        self.rows(&sql, params![player.0, ds(to, "9999-99-99")], scorer_row)
    }

    fn team_scorer_rows(
        &self,
        team: TeamId,
        to: Option<Date>,
    ) -> Result<Vec<ScorerRow>, StoreError> {
        let sql =
            format!("{SCORER_SELECT} WHERE s.team_id = ?1 AND m.date <= ?2 ORDER BY m.date, s.id");
        self.rows(&sql, params![team.0, ds(to, "9999-99-99")], scorer_row)
    }

    fn competition_scorer_rows(
        &self,
        competition: &str,
        from: Date,
        to: Date,
    ) -> Result<Vec<ScorerRow>, StoreError> {
        let sql = format!(
            "{SCORER_SELECT} WHERE m.tournament = ?1 AND m.date >= ?2 AND m.date <= ?3 ORDER BY m.date, s.id"
        );
        self.rows(
            &sql,
            params![competition, ds(Some(from), ""), ds(Some(to), "")],
            scorer_row,
        )
    }

    fn player_wc_goals(&self, player: PlayerId) -> Result<Vec<WcGoalRow>, StoreError> {
        let sql = format!("{WC_GOAL_SELECT} WHERE g.player_id = ?1 ORDER BY w.date, g.minute, COALESCE(g.stoppage, 0), g.rowid");
        self.rows(&sql, params![player.0], wc_goal_row)
    }

    fn tournament_wc_goals(&self, tournament: &str) -> Result<Vec<WcGoalRow>, StoreError> {
        let sql = format!("{WC_GOAL_SELECT} WHERE w.tournament_id = ?1 ORDER BY w.date, g.minute, COALESCE(g.stoppage, 0), g.rowid");
        self.rows(&sql, params![tournament], wc_goal_row)
    }

    fn gender_wc_goals(&self, gender: Gender) -> Result<Vec<WcGoalRow>, StoreError> {
        // The order of `match_wc_goals` over the matches of `wc_matches`, then a stable sort by
        // day, minute and stoppage time (what the facts engine did goal by goal).
        let sql = format!(
            "{WC_GOAL_SELECT} JOIN wc_tournament t ON t.id = w.tournament_id WHERE t.gender = ?1 \
             ORDER BY w.date, g.minute, COALESCE(g.stoppage, 0), COALESCE(w.time, ''), w.id, g.id"
        );
        self.rows(&sql, params![gender.as_str()], wc_goal_row)
    }

    fn team_wc_matches(&self, team: TeamId) -> Result<Vec<WcInfo>, StoreError> {
        let sql = format!(
            "{WC_SELECT} WHERE w.home_team_id = ?1 OR w.away_team_id = ?1 \
             ORDER BY w.date, COALESCE(w.time, ''), w.id"
        );
        self.rows(&sql, params![team.0], wc_info_row)
    }

    fn team_unattributed(&self, team: TeamId) -> Result<Vec<UnattributedRow>, StoreError> {
        self.rows(
            "SELECT date, match_id, goals, unattributed FROM team_unattributed \
             WHERE team_id = ?1 ORDER BY date, match_id",
            params![team.0],
            |r| {
                Ok(UnattributedRow {
                    date: date_col(r, 0)?,
                    match_id: MatchId(r.get(1)?),
                    goals: r.get(2)?,
                    unattributed: r.get(3)?,
                })
            },
        )
    }

    fn player(&self, id: PlayerId) -> Result<Option<PlayerRow>, StoreError> {
        let sql = format!("{PLAYER_SELECT} WHERE p.id = ?1");
        self.row(&sql, params![id.0], player_row)
    }

    fn players_named(&self, key: &str) -> Result<Vec<PlayerRow>, StoreError> {
        let sql = format!(
            "{PLAYER_SELECT} WHERE p.folded = ?1 OR p.name_key = ?1 OR p.first_word = ?1 OR p.last_word = ?1 \
             ORDER BY p.id"
        );
        self.rows(&sql, params![key], player_row)
    }

    fn players_for_scorer(&self, scorer: &str) -> Result<Vec<(PlayerId, TeamId)>, StoreError> {
        self.rows(
            "SELECT player_id, team_id FROM player_link WHERE scorer = ?1 AND player_id IS NOT NULL ORDER BY rowid",
            params![scorer],
            |r| Ok((PlayerId(r.get(0)?), TeamId(r.get(1)?))),
        )
    }

    fn player_teams(&self, player: PlayerId) -> Result<Vec<TeamId>, StoreError> {
        self.rows(
            "SELECT team_id FROM player_link WHERE player_id = ?1 \
             UNION SELECT team_id FROM wc_squad WHERE player_id = ?1 \
             UNION SELECT team_id FROM player WHERE id = ?1 AND team_id IS NOT NULL ORDER BY 1",
            params![player.0],
            |r| Ok(TeamId(r.get(0)?)),
        )
    }

    fn player_appearances(&self, player: PlayerId) -> Result<Vec<AppearanceRow>, StoreError> {
        let sql = format!("{APPEARANCE_SELECT} WHERE a.player_id = ?1 ORDER BY w.date, a.rowid");
        self.rows(&sql, params![player.0], appearance_row)
    }

    fn match_appearances(&self, id: MatchId) -> Result<Vec<AppearanceRow>, StoreError> {
        let sql = format!(
            "{APPEARANCE_SELECT} WHERE a.match_id = ?1 ORDER BY a.team_id, a.starter DESC, a.shirt, a.rowid"
        );
        self.rows(&sql, params![id.0], appearance_row)
    }

    fn player_squads(&self, player: PlayerId) -> Result<Vec<SquadRow>, StoreError> {
        self.rows(
            "SELECT s.tournament_id, t.year, s.team_id, s.player_id, s.shirt, s.position, f.path, s.line \
             FROM wc_squad s JOIN wc_tournament t ON t.id = s.tournament_id JOIN source_file f ON f.id = s.file_id \
             WHERE s.player_id = ?1 ORDER BY t.year, s.rowid",
            params![player.0],
            |r| {
                let tournament: String = r.get(0)?;
                Ok(SquadRow {
                    year: r.get(1)?,
                    team: TeamId(r.get(2)?),
                    player: PlayerId(r.get(3)?),
                    shirt: r.get(4)?,
                    position: r.get(5)?,
                    evidence: evidence("fjelstul", &r.get::<String>(6)?, r.get(7)?, format!("{tournament} squad")),
                    tournament,
                })
            },
        )
    }

    fn awards(
        &self,
        tournament: Option<&str>,
        player: Option<PlayerId>,
    ) -> Result<Vec<AwardRow>, StoreError> {
        self.rows(
            "SELECT w.tournament_id, t.year, t.gender, a.name, w.shared, w.player_id, p.name, w.team_id, f.path, w.line \
             FROM wc_award_winner w JOIN wc_tournament t ON t.id = w.tournament_id JOIN wc_award a ON a.id = w.award_id \
             LEFT JOIN player p ON p.id = w.player_id JOIN source_file f ON f.id = w.file_id \
             WHERE (CAST(?1 AS TEXT) IS NULL OR w.tournament_id = ?1) AND (CAST(?2 AS BIGINT) IS NULL OR w.player_id = ?2) ORDER BY t.year, a.id, w.line",
            params![tournament, player.map(|p| p.0)],
            |r| {
                let award: String = r.get(3)?;
                let tournament: String = r.get(0)?;
                let player_name: Option<String> = r.get(6)?;
                Ok(AwardRow {
                    year: r.get(1)?,
                    gender: gender_col(r, 2)?,
                    shared: r.get::<i64>(4)? != 0,
                    player: r.get::<Option<i64>>(5)?.map(PlayerId),
                    team: TeamId(r.get(7)?),
                    evidence: evidence(
                        "fjelstul",
                        &r.get::<String>(8)?,
                        r.get(9)?,
                        format!("{tournament} {award}: {}", player_name.clone().unwrap_or_default()),
                    ),
                    player_name,
                    award,
                    tournament,
                })
            },
        )
    }

    fn standings(
        &self,
        tournament: Option<&str>,
        team: Option<TeamId>,
    ) -> Result<Vec<StandingRow>, StoreError> {
        self.rows(
            "SELECT s.tournament_id, t.year, t.gender, s.position, s.team_id, f.path, s.line, tm.name \
             FROM wc_standing s JOIN wc_tournament t ON t.id = s.tournament_id JOIN source_file f ON f.id = s.file_id \
             JOIN team tm ON tm.id = s.team_id \
             WHERE (CAST(?1 AS TEXT) IS NULL OR s.tournament_id = ?1) AND (CAST(?2 AS BIGINT) IS NULL OR s.team_id = ?2) ORDER BY t.year, s.position, s.rowid",
            params![tournament, team.map(|t| t.0)],
            |r| {
                let tournament: String = r.get(0)?;
                let position: u32 = r.get(3)?;
                let name: String = r.get(7)?;
                Ok(StandingRow {
                    year: r.get(1)?,
                    gender: gender_col(r, 2)?,
                    position,
                    team: TeamId(r.get(4)?),
                    evidence: evidence("fjelstul", &r.get::<String>(5)?, r.get(6)?, format!("{tournament}: {position}. {name}")),
                    tournament,
                })
            },
        )
    }

    fn shootout(&self, id: MatchId) -> Result<Option<ShootoutRow>, StoreError> {
        let sql = format!("{SHOOTOUT_SELECT} WHERE s.match_id = ?1");
        self.row(&sql, params![id.0], shootout_row)
    }

    fn team_shootouts(
        &self,
        team: TeamId,
        to: Option<Date>,
    ) -> Result<Vec<(MatchRow, ShootoutRow)>, StoreError> {
        let ids: Vec<i64> = self.rows(
            "SELECT m.id FROM shootout s JOIN matches m ON m.id = s.match_id \
             WHERE (m.home_team_id = ?1 OR m.away_team_id = ?1) AND m.date <= ?2 ORDER BY m.date, m.id",
            params![team.0, ds(to, "9999-99-99")],
            |r| r.get(0),
        )?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let (Some(m), Some(s)) =
                (self.match_by_id(MatchId(id))?, self.shootout(MatchId(id))?)
            {
                out.push((m, s));
            }
        }
        Ok(out)
    }

    fn kicks(&self, id: MatchId) -> Result<Vec<KickRow>, StoreError> {
        self.rows(
            "SELECT k.match_id, k.team_id, k.player_id, p.name, k.converted, k.seq, f.path, k.line \
             FROM wc_penalty_kick k JOIN player p ON p.id = k.player_id JOIN source_file f ON f.id = k.file_id \
             WHERE k.match_id = ?1 ORDER BY k.seq",
            params![id.0],
            |r| {
                let name: String = r.get(3)?;
                let converted = r.get::<i64>(4)? != 0;
                Ok(KickRow {
                    match_id: MatchId(r.get(0)?),
                    team: TeamId(r.get(1)?),
                    player: PlayerId(r.get(2)?),
                    converted,
                    seq: r.get(5)?,
                    evidence: evidence(
                        "fjelstul",
                        &r.get::<String>(6)?,
                        r.get(7)?,
                        format!("shootout kick by {name}: {}", if converted { "scored" } else { "missed" }),
                    ),
                    player_name: name,
                })
            },
        )
    }

    fn bookings(&self, id: MatchId) -> Result<Vec<BookingRow>, StoreError> {
        self.rows(
            "SELECT b.match_id, b.team_id, b.player_id, p.name, b.minute, b.stoppage, b.yellow, b.red, b.second_yellow, \
             b.sending_off, f.path, b.line FROM wc_booking b JOIN player p ON p.id = b.player_id \
             JOIN source_file f ON f.id = b.file_id WHERE b.match_id = ?1 ORDER BY b.minute, COALESCE(b.stoppage, 0), b.rowid",
            params![id.0],
            |r| {
                let name: String = r.get(3)?;
                let minute = minute_cols(r, 4, 5)?;
                let (yellow, red, second, off) = (
                    r.get::<i64>(6)? != 0,
                    r.get::<i64>(7)? != 0,
                    r.get::<i64>(8)? != 0,
                    r.get::<i64>(9)? != 0,
                );
                let what = if second { "second yellow, sent off" } else if red { "red card" } else { "yellow card" };
                Ok(BookingRow {
                    match_id: MatchId(r.get(0)?),
                    team: TeamId(r.get(1)?),
                    player: PlayerId(r.get(2)?),
                    minute,
                    yellow,
                    red,
                    second_yellow: second,
                    sending_off: off,
                    evidence: evidence("fjelstul", &r.get::<String>(10)?, r.get(11)?, format!("{name} {minute} {what}")),
                    player_name: name,
                })
            },
        )
    }

    fn snapshots(&self, player: PlayerId, team: TeamId) -> Result<Vec<SnapshotRow>, StoreError> {
        self.rows(
            "SELECT s.player_id, s.team_id, s.date, s.caps, s.goals, s.source, f.path, s.line, s.text \
             FROM snapshot s JOIN source_file f ON f.id = s.file_id WHERE s.player_id = ?1 AND s.team_id = ?2 ORDER BY s.date, s.rowid",
            params![player.0, team.0],
            |r| {
                Ok(SnapshotRow {
                    player: PlayerId(r.get(0)?),
                    team: TeamId(r.get(1)?),
                    date: date_col(r, 2)?,
                    caps: r.get(3)?,
                    goals: r.get(4)?,
                    evidence: evidence(&r.get::<String>(5)?, &r.get::<String>(6)?, r.get(7)?, r.get(8)?),
                })
            },
        )
    }

    fn substitutions(&self, id: MatchId) -> Result<Vec<SubstitutionRow>, StoreError> {
        self.rows(
            "SELECT s.match_id, s.team_id, s.player_id, p.name, s.minute, s.stoppage, s.coming_on, f.path, s.line \
             FROM wc_substitution s JOIN player p ON p.id = s.player_id JOIN source_file f ON f.id = s.file_id \
             WHERE s.match_id = ?1 ORDER BY s.minute, COALESCE(s.stoppage, 0), s.rowid",
            params![id.0],
            |r| {
                let name: String = r.get(3)?;
                let minute = minute_cols(r, 4, 5)?;
                let on = r.get::<i64>(6)? != 0;
                Ok(SubstitutionRow {
                    match_id: MatchId(r.get(0)?),
                    team: TeamId(r.get(1)?),
                    player: PlayerId(r.get(2)?),
                    minute,
                    coming_on: on,
                    evidence: evidence(
                        "fjelstul",
                        &r.get::<String>(7)?,
                        r.get(8)?,
                        format!("{name} {} {minute}", if on { "came on" } else { "went off" }),
                    ),
                    player_name: name,
                })
            },
        )
    }

    fn of_match(&self, id: MatchId) -> Result<Option<OfMatchRow>, StoreError> {
        self.q_of_match(id)
    }

    fn of_goals(&self, id: MatchId) -> Result<Vec<OfGoalRow>, StoreError> {
        self.q_of_goals(id)
    }

    fn lineups(&self, id: MatchId) -> Result<Vec<LineupRow>, StoreError> {
        self.q_lineups(id)
    }

    fn of_cards(&self, id: MatchId) -> Result<Vec<OfCardRow>, StoreError> {
        self.q_of_cards(id)
    }

    fn of_kicks(&self, id: MatchId) -> Result<Vec<OfKickRow>, StoreError> {
        self.q_of_kicks(id)
    }

    fn player_of_squads(&self, player: PlayerId) -> Result<Vec<OfSquadRow>, StoreError> {
        self.q_player_of_squads(player)
    }

    fn conflicts(
        &self,
        kind: Option<&str>,
        tournament: Option<&str>,
    ) -> Result<Vec<ConflictRow>, StoreError> {
        self.q_conflicts(kind, tournament)
    }

    fn sb_match(&self, id: MatchId) -> Result<Option<SbMatchRow>, StoreError> {
        self.q_sb_match(id)
    }

    fn sb_events(&self, sb_match: i64) -> Result<Vec<SbEventRow>, StoreError> {
        self.q_sb_events(sb_match)
    }

    fn sb_player_matches(&self, player: PlayerId) -> Result<Vec<SbMatchRow>, StoreError> {
        self.q_sb_player_matches(player)
    }

    fn player_by_wc_id(&self, wc_id: &str) -> Result<Option<PlayerId>, StoreError> {
        self.row(
            "SELECT id FROM player WHERE wc_id = ?1",
            params![wc_id],
            |r| Ok(PlayerId(r.get(0)?)),
        )
    }

    fn all_players(&self) -> Result<Vec<PlayerRow>, StoreError> {
        let sql = format!("{PLAYER_SELECT} ORDER BY p.id");
        self.rows(&sql, params![], player_row)
    }
}

fn minute_cols(r: &dyn SqlRow, base: usize, stoppage: usize) -> Result<Minute, StoreError> {
    Ok(Minute {
        base: r.get(base)?,
        stoppage: r.get(stoppage)?,
    })
}

const WC_SELECT: &str = "SELECT w.match_id, w.id, w.tournament_id, t.name, t.year, t.gender, w.stage, w.stage_name, \
     w.group_name, w.date, w.time, w.stadium, w.city, w.country, w.home_team_id, w.away_team_id, w.home_score, \
     w.away_score, w.extra_time, w.penalty_shootout, w.home_pens, w.away_pens, f.path, w.line \
     FROM wc_match w JOIN wc_tournament t ON t.id = w.tournament_id JOIN source_file f ON f.id = w.file_id";

fn wc_info_row(r: &dyn SqlRow) -> Result<WcInfo, StoreError> {
    let wc_match: String = r.get(1)?;
    let stage_s: String = r.get(6)?;
    let stage =
        Stage::parse(&stage_s).map_err(|e| StoreError::Corrupt(format!("stage column: {e}")))?;
    let stage_name: String = r.get(7)?;
    let (hs, as_): (u32, u32) = (r.get(16)?, r.get(17)?);
    let tournament_name: String = r.get(3)?;
    let stadium: String = r.get(11)?;
    Ok(WcInfo {
        match_id: MatchId(r.get(0)?),
        tournament: r.get(2)?,
        year: r.get(4)?,
        gender: gender_col(r, 5)?,
        stage,
        group_name: r.get(8)?,
        date: date_col(r, 9)?,
        time: r.get(10)?,
        city: r.get(12)?,
        country: r.get(13)?,
        home: TeamId(r.get(14)?),
        away: TeamId(r.get(15)?),
        home_score: hs,
        away_score: as_,
        extra_time: r.get::<i64>(18)? != 0,
        penalty_shootout: r.get::<i64>(19)? != 0,
        home_pens: r.get(20)?,
        away_pens: r.get(21)?,
        evidence: evidence(
            "fjelstul",
            &r.get::<String>(22)?,
            r.get(23)?,
            format!("{wc_match} {tournament_name}, {stage_name}, {hs}–{as_} at {stadium}"),
        ),
        wc_match,
        tournament_name,
        stage_name,
        stadium,
    })
}

const SCORER_SELECT: &str = "SELECT s.id, s.match_id, m.date, s.team_id, s.scorer, s.player_id, s.minute, s.own_goal, \
     s.penalty, f.path, s.line, m.home_name, m.away_name FROM scorer s JOIN matches m ON m.id = s.match_id \
     JOIN source_file f ON f.id = s.file_id";

fn scorer_row(r: &dyn SqlRow) -> Result<ScorerRow, StoreError> {
    let date = date_col(r, 2)?;
    let scorer: Option<String> = r.get(4)?;
    let minute: Option<u16> = r.get(6)?;
    let own_goal = r.get::<i64>(7)? != 0;
    let penalty = r.get::<i64>(8)? != 0;
    let (home, away): (String, String) = (r.get(11)?, r.get(12)?);
    let text = format!(
        "{date} {home} v {away}: {} {}{}{}",
        scorer.as_deref().unwrap_or("unknown scorer"),
        minute.map_or("NA".into(), |m| format!("{m}'")),
        if penalty { " (pen.)" } else { "" },
        if own_goal { " (o.g.)" } else { "" }
    );
    Ok(ScorerRow {
        id: r.get(0)?,
        match_id: MatchId(r.get(1)?),
        date,
        team: TeamId(r.get(3)?),
        player: r.get::<Option<i64>>(5)?.map(PlayerId),
        minute,
        own_goal,
        penalty,
        evidence: evidence("martj42", &r.get::<String>(9)?, r.get(10)?, text),
        scorer,
    })
}

const WC_GOAL_SELECT: &str =
    "SELECT g.match_id, g.wc_match_id, w.date, w.tournament_id, g.team_id, g.player_id, p.name, \
     g.player_team_id, g.minute, g.stoppage, g.period, g.own_goal, g.penalty, f.path, g.line \
     FROM wc_goal g JOIN wc_match w ON w.id = g.wc_match_id JOIN player p ON p.id = g.player_id \
     JOIN source_file f ON f.id = g.file_id";

fn wc_goal_row(r: &dyn SqlRow) -> Result<WcGoalRow, StoreError> {
    let wc_match: String = r.get(1)?;
    let name: String = r.get(6)?;
    let minute = minute_cols(r, 8, 9)?;
    let own_goal = r.get::<i64>(11)? != 0;
    let penalty = r.get::<i64>(12)? != 0;
    let text = format!(
        "{wc_match}: {name} {minute}{}{}",
        if penalty { " (pen.)" } else { "" },
        if own_goal { " (o.g.)" } else { "" }
    );
    Ok(WcGoalRow {
        match_id: MatchId(r.get(0)?),
        date: date_col(r, 2)?,
        tournament: r.get(3)?,
        team: TeamId(r.get(4)?),
        player: PlayerId(r.get(5)?),
        player_team: TeamId(r.get(7)?),
        minute,
        period: r.get(10)?,
        own_goal,
        penalty,
        evidence: evidence("fjelstul", &r.get::<String>(13)?, r.get(14)?, text),
        player_name: name,
        wc_match,
    })
}

/// A player's evidence is the row that gives the birth date when another source filled it
/// (an openfootball squad line), else the player's own row.
const PLAYER_SELECT: &str = "SELECT p.id, p.wc_id, p.name, p.given_name, p.family_name, p.birth_date, p.gender, p.team_id, \
     COALESCE(bf.path, f.path), COALESCE(p.birth_line, p.line), COALESCE(bf.source, f.source) \
     FROM player p JOIN source_file f ON f.id = p.file_id LEFT JOIN source_file bf ON bf.id = p.birth_file_id";

fn player_row(r: &dyn SqlRow) -> Result<PlayerRow, StoreError> {
    let name: String = r.get(2)?;
    let birth = opt_date_col(r, 5)?;
    let text = match birth {
        Some(b) => format!("{name}, born {b}"),
        None => name.clone(),
    };
    Ok(PlayerRow {
        id: PlayerId(r.get(0)?),
        wc_id: r.get(1)?,
        given_name: r.get(3)?,
        family_name: r.get(4)?,
        birth_date: birth,
        gender: gender_col(r, 6)?,
        team: r.get::<Option<i64>>(7)?.map(TeamId),
        evidence: evidence(&r.get::<String>(10)?, &r.get::<String>(8)?, r.get(9)?, text),
        name,
    })
}

const APPEARANCE_SELECT: &str = "SELECT a.match_id, a.wc_match_id, w.tournament_id, w.date, a.team_id, a.player_id, p.name, \
     a.starter, a.substitute, a.position, f.path, a.line FROM wc_appearance a JOIN wc_match w ON w.id = a.wc_match_id \
     JOIN player p ON p.id = a.player_id JOIN source_file f ON f.id = a.file_id";

fn appearance_row(r: &dyn SqlRow) -> Result<AppearanceRow, StoreError> {
    let wc_match: String = r.get(1)?;
    let name: String = r.get(6)?;
    let starter = r.get::<i64>(7)? != 0;
    let substitute = r.get::<i64>(8)? != 0;
    let text = format!(
        "{wc_match}: {name} {}",
        if starter {
            "started"
        } else if substitute {
            "came on"
        } else {
            "in the squad"
        }
    );
    Ok(AppearanceRow {
        match_id: MatchId(r.get(0)?),
        tournament: r.get(2)?,
        date: date_col(r, 3)?,
        team: TeamId(r.get(4)?),
        player: PlayerId(r.get(5)?),
        starter,
        substitute,
        position: r.get(9)?,
        evidence: evidence("fjelstul", &r.get::<String>(10)?, r.get(11)?, text),
        player_name: name,
        wc_match,
    })
}

const SHOOTOUT_SELECT: &str =
    "SELECT s.match_id, s.winner_team_id, s.first_shooter_team_id, f.path, s.line, w.name \
     FROM shootout s JOIN source_file f ON f.id = s.file_id JOIN team w ON w.id = s.winner_team_id";

fn shootout_row(r: &dyn SqlRow) -> Result<ShootoutRow, StoreError> {
    let winner: String = r.get(5)?;
    Ok(ShootoutRow {
        match_id: MatchId(r.get(0)?),
        winner: TeamId(r.get(1)?),
        first_shooter: r.get::<Option<i64>>(2)?.map(TeamId),
        evidence: evidence(
            "martj42",
            &r.get::<String>(3)?,
            r.get(4)?,
            format!("shootout won by {winner}"),
        ),
    })
}
