//! Writing an imported dataset: into a fresh file, then an atomic swap over the old one.
//!
//! Owns import atomicity and idempotence. The new database is built in a temporary file beside
//! the target (journal off: nobody else can see it yet), checked, and renamed over the target
//! only when complete, so an interrupted or failed import leaves the old database untouched.
//! An import whose source checksums and schema equal the stored manifest is a no-op.

use goalline_core::names;
use goalline_store::dataset::*;
use goalline_store::sbdataset::SbData;
use goalline_store::{
    DatasetTarget, DatasetWriter, Outcome, StoreError, MIGRATIONS, SCHEMA_VERSION,
};
use rusqlite::{params, Connection, OptionalExtension};
use std::path::{Path, PathBuf};

/// The manifest stored in an existing database, if any.
pub fn stored_manifest(db: &Path) -> Option<String> {
    if !db.exists() {
        return None;
    }
    let conn = Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    conn.query_row("SELECT value FROM meta WHERE key = 'manifest'", [], |r| {
        r.get::<_, String>(0)
    })
    .optional()
    .ok()
    .flatten()
}

/// An SQLite database file an import replaces.
#[derive(Debug, Clone)]
pub struct SqliteTarget {
    /// The database file.
    pub path: PathBuf,
}

impl DatasetTarget for SqliteTarget {
    fn stored_manifest(&self) -> Result<Option<String>, StoreError> {
        Ok(stored_manifest(&self.path))
    }

    fn begin(&self) -> Result<Box<dyn DatasetWriter>, StoreError> {
        Ok(Box::new(Writer::begin(&self.path)?))
    }
}

fn temp_path(db: &Path) -> PathBuf {
    let name = db
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "goalline.db".into());
    db.with_file_name(format!(".{name}.importing-{}", std::process::id()))
}

/// A database being built: a fresh temporary file beside the target, with the schema, inside
/// one transaction. Rows go in with [`Writer::insert_dataset`] (and, for an import that links
/// openfootball while the CSV sources are written, [`Writer::insert_additions`]);
/// [`Writer::finish`] indexes, commits and renames the file over the target. Dropped
/// unfinished, the temporary file is removed and the target never changes.
pub struct Writer {
    conn: Option<Connection>,
    tmp: PathBuf,
    db: PathBuf,
    existed: bool,
    done: bool,
}

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Writer").field("tmp", &self.tmp).finish()
    }
}

impl Writer {
    /// Creates the temporary database next to `db` and its schema.
    pub fn begin(db: &Path) -> Result<Writer, StoreError> {
        let existed = db.exists();
        if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        }
        let tmp = temp_path(db);
        let _ = std::fs::remove_file(&tmp);
        let conn = Connection::open(&tmp).map_err(crate::sql)?;
        let w = Writer {
            conn: Some(conn),
            tmp,
            db: db.to_path_buf(),
            existed,
            done: false,
        };
        let c = w.conn()?;
        // Nobody else sees the file while it is built: no journal, no syncs until the final
        // fsync, and a 64 MB page cache so that bulk inserts and index builds rarely spill.
        c.execute_batch(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -65536;",
        ).map_err(crate::sql)?;
        // The mark that lets a later import (and `guard::check_target`) know the file is ours.
        c.execute_batch(&format!(
            "PRAGMA application_id = {}; PRAGMA user_version = {}; BEGIN;",
            crate::guard::APPLICATION_ID,
            SCHEMA_VERSION.parse::<u32>().unwrap_or(0)
        ))
        .map_err(crate::sql)?;
        for m in MIGRATIONS {
            c.execute_batch(m.tables).map_err(crate::sql)?;
        }
        Ok(w)
    }

    fn conn(&self) -> Result<&Connection, StoreError> {
        self.conn.as_ref().ok_or_else(|| {
            StoreError::io(&self.tmp, std::io::Error::other("writer already finished"))
        })
    }

    /// Creates the indexes, records the manifest and the link report, commits, makes the file
    /// durable and renames it over the target.
    fn finish_inner(
        &mut self,
        report: &serde_json::Value,
        manifest: &str,
    ) -> Result<Outcome, StoreError> {
        let conn = self.conn.take().ok_or_else(|| {
            StoreError::io(&self.tmp, std::io::Error::other("writer already finished"))
        })?;
        for m in MIGRATIONS {
            conn.execute_batch(m.indexes).map_err(crate::sql)?;
        }
        let meta = [
            ("schema_version", SCHEMA_VERSION.to_string()),
            ("manifest", manifest.to_string()),
            ("link_report", report.to_string()),
            ("goalline_version", env!("CARGO_PKG_VERSION").to_string()),
        ];
        for (k, v) in meta {
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2)",
                params![k, v],
            )
            .map_err(crate::sql)?;
        }
        conn.execute_batch("COMMIT; PRAGMA optimize;")
            .map_err(crate::sql)?;
        conn.close().map_err(|(_, e)| crate::sql(e))?;
        // Make the new file durable before it replaces the old one.
        let f = std::fs::File::open(&self.tmp).map_err(|e| StoreError::io(&self.tmp, e))?;
        f.sync_all().map_err(|e| StoreError::io(&self.tmp, e))?;
        for suffix in ["-wal", "-shm", "-journal"] {
            let _ = std::fs::remove_file(PathBuf::from(format!("{}{suffix}", self.db.display())));
        }
        std::fs::rename(&self.tmp, &self.db).map_err(|e| StoreError::io(&self.db, e))?;
        self.done = true;
        Ok(if self.existed {
            Outcome::Replaced
        } else {
            Outcome::Created
        })
    }
}

impl DatasetWriter for Writer {
    fn insert_settled(&mut self, rows: &SettledRows<'_>) -> Result<(), StoreError> {
        insert_settled(self.conn()?, rows)
    }

    fn insert_linked(&mut self, ds: &Dataset) -> Result<(), StoreError> {
        insert_all(self.conn()?, ds)
    }

    fn insert_additions(&mut self, add: &OfAdditions) -> Result<(), StoreError> {
        insert_openfootball(self.conn()?, add)
    }

    fn insert_statsbomb(&mut self, sb: &SbData) -> Result<(), StoreError> {
        insert_statsbomb(self.conn()?, sb)
    }

    fn finish(
        mut self: Box<Self>,
        report: &serde_json::Value,
        manifest: &str,
    ) -> Result<Outcome, StoreError> {
        self.finish_inner(report, manifest)
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        // Unfinished (an error, or abandoned): the target is untouched; remove the temporary file.
        if !self.done {
            drop(self.conn.take());
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

fn b(v: bool) -> i64 {
    i64::from(v)
}

fn d(v: &goalline_core::Date) -> String {
    use goalline_core::Datelike;
    format!("{:04}-{:02}-{:02}", v.year(), v.month(), v.day())
}

fn insert_files(tx: &Connection, files: &[SourceFile]) -> Result<(), StoreError> {
    let mut st = tx
        .prepare_cached("INSERT INTO source_file VALUES (?1,?2,?3,?4,?5)")
        .map_err(crate::sql)?;
    for r in files {
        st.execute(params![r.id, r.source.as_str(), r.path, r.sha256, r.rows])
            .map_err(crate::sql)?;
    }
    Ok(())
}

fn insert_matches(tx: &Connection, matches: &[Match]) -> Result<(), StoreError> {
    let mut st = tx.prepare_cached(
        "INSERT INTO matches VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19)",
    ).map_err(crate::sql)?;
    for r in matches {
        st.execute(params![
            r.id,
            d(&r.date),
            r.gender.as_str(),
            r.home,
            r.away,
            r.home_name,
            r.away_name,
            r.home_score,
            r.away_score,
            r.tournament,
            r.city,
            r.country,
            b(r.neutral),
            r.home_known,
            r.away_known,
            r.wc_match,
            r.source.as_str(),
            r.prov.file,
            r.prov.line
        ])
        .map_err(crate::sql)?;
    }
    Ok(())
}

fn insert_players(tx: &Connection, players: &[Player]) -> Result<(), StoreError> {
    let mut st = tx
        .prepare_cached(
            "INSERT INTO player VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)",
        )
        .map_err(crate::sql)?;
    for r in players {
        let folded = names::fold(&r.name);
        let first = folded.split(' ').next().unwrap_or("");
        let last = folded.rsplit(' ').next().unwrap_or("");
        // names::sorted_key, without folding a second time.
        let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        words.sort_unstable();
        st.execute(params![
            r.id,
            r.wc_id,
            r.name,
            folded,
            words.join(" "),
            first,
            last,
            r.given_name,
            r.family_name,
            r.birth_date.as_ref().map(d),
            r.gender.as_str(),
            r.team,
            r.prov.file,
            r.prov.line,
            r.birth_prov.map(|p| p.file),
            r.birth_prov.map(|p| p.line)
        ])
        .map_err(crate::sql)?;
    }
    Ok(())
}

/// Writes the tables player linking fills: players, scorer rows and name links.
fn insert_all(tx: &Connection, ds: &Dataset) -> Result<(), StoreError> {
    macro_rules! insert {
        ($sql:expr, $rows:expr, |$r:ident| $params:expr) => {{
            let mut st = tx.prepare_cached($sql).map_err(crate::sql)?;
            for $r in $rows {
                st.execute($params).map_err(crate::sql)?;
            }
        }};
    }
    insert_players(tx, &ds.players)?;
    insert!(
        "INSERT INTO scorer VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
        &ds.scorers,
        |r| params![
            r.id,
            r.match_id,
            r.team,
            r.scorer,
            r.player,
            r.minute,
            b(r.own_goal),
            b(r.penalty),
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO player_link VALUES (?1,?2,?3,?4,?5,?6)",
        &ds.player_links,
        |r| params![
            r.scorer,
            r.team,
            r.status.as_str(),
            r.player,
            r.candidates
                .iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(","),
            r.method
        ]
    );

    Ok(())
}

/// Writes the settled rows: files, teams, matches, shoot-outs, World Cup tables (in the
/// order foreign keys need).
fn insert_settled(tx: &Connection, ds: &SettledRows<'_>) -> Result<(), StoreError> {
    macro_rules! insert {
        ($sql:expr, $rows:expr, |$r:ident| $params:expr) => {{
            let mut st = tx.prepare_cached($sql).map_err(crate::sql)?;
            for $r in $rows {
                st.execute($params).map_err(crate::sql)?;
            }
        }};
    }
    insert_files(tx, ds.files)?;
    insert!(
        "INSERT INTO team VALUES (?1,?2,?3,?4)",
        ds.teams,
        |r| params![r.id, r.name, r.code, r.confederation]
    );
    insert!(
        "INSERT INTO team_alias VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
        ds.team_aliases,
        |r| params![
            r.team,
            r.alias,
            names::fold(&r.alias),
            r.kind,
            r.gender.map(|g| g.as_str()),
            r.valid_from.as_ref().map(d),
            r.valid_to.as_ref().map(d),
            r.prov.map(|p| p.file),
            r.prov.map(|p| p.line)
        ]
    );
    insert_matches(tx, ds.matches)?;
    insert!(
        "INSERT INTO shootout VALUES (?1,?2,?3,?4,?5)",
        ds.shootouts,
        |r| params![
            r.match_id,
            r.winner,
            r.first_shooter,
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO wc_tournament VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
        ds.tournaments,
        |r| params![
            r.id,
            r.name,
            r.year,
            r.gender.as_str(),
            d(&r.start_date),
            d(&r.end_date),
            r.host,
            r.winner,
            r.count_teams,
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO wc_stage VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
        ds.stages,
        |r| params![
            r.tournament,
            r.number,
            r.stage.as_str(),
            r.stage_name,
            d(&r.start_date),
            d(&r.end_date),
            r.count_matches,
            r.count_teams,
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO wc_team VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
        ds.wc_teams,
        |r| params![
            r.id,
            r.team,
            r.name,
            r.code,
            b(r.mens),
            b(r.womens),
            r.confederation,
            r.prov.file,
            r.prov.line
        ]
    );
    insert!("INSERT INTO wc_match VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24)", ds.wc_matches, |r| params![
        r.id, r.match_id, r.tournament, r.stage.as_str(), r.stage_name, r.group_name, d(&r.date), r.time, r.stadium,
        r.city, r.country, r.home, r.away, r.home_wc, r.away_wc, r.home_score, r.away_score, b(r.extra_time),
        b(r.penalty_shootout), r.home_pens, r.away_pens, b(r.replay), r.prov.file, r.prov.line
    ]);
    insert!(
        "INSERT INTO wc_goal VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)",
        ds.wc_goals,
        |r| params![
            r.id,
            r.wc_match,
            r.match_id,
            r.team,
            r.player,
            r.player_team,
            r.minute.base,
            r.minute.stoppage,
            r.period,
            b(r.own_goal),
            b(r.penalty),
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO wc_penalty_kick VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
        ds.penalty_kicks,
        |r| params![
            r.id,
            r.wc_match,
            r.match_id,
            r.team,
            r.player,
            b(r.converted),
            r.seq,
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO wc_appearance VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
        ds.appearances,
        |r| params![
            r.wc_match,
            r.match_id,
            r.team,
            r.player,
            r.shirt,
            r.position,
            b(r.starter),
            b(r.substitute),
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO wc_squad VALUES (?1,?2,?3,?4,?5,?6,?7)",
        ds.squads,
        |r| params![
            r.tournament,
            r.team,
            r.player,
            r.shirt,
            r.position,
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO wc_award VALUES (?1,?2,?3,?4,?5,?6)",
        ds.awards,
        |r| params![
            r.id,
            r.name,
            r.description,
            r.year_introduced,
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO wc_award_winner VALUES (?1,?2,?3,?4,?5,?6,?7)",
        ds.award_winners,
        |r| params![
            r.tournament,
            r.award,
            b(r.shared),
            r.player,
            r.team,
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO wc_standing VALUES (?1,?2,?3,?4,?5)",
        ds.standings,
        |r| params![r.tournament, r.position, r.team, r.prov.file, r.prov.line]
    );
    insert!(
        "INSERT INTO wc_group_standing VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)",
        ds.group_standings,
        |r| params![
            r.tournament,
            r.stage.as_str(),
            r.group_name,
            r.position,
            r.team,
            r.played,
            r.wins,
            r.draws,
            r.losses,
            r.goals_for,
            r.goals_against,
            r.points,
            b(r.advanced),
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO wc_booking VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
        ds.bookings,
        |r| params![
            r.wc_match,
            r.match_id,
            r.team,
            r.player,
            r.minute.base,
            r.minute.stoppage,
            b(r.yellow),
            b(r.red),
            b(r.second_yellow),
            b(r.sending_off),
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO wc_substitution VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
        ds.substitutions,
        |r| params![
            r.wc_match,
            r.match_id,
            r.team,
            r.player,
            r.minute.base,
            r.minute.stoppage,
            b(r.going_off),
            b(r.coming_on),
            r.prov.file,
            r.prov.line
        ]
    );
    Ok(())
}

fn minute_parts(m: Option<goalline_core::Minute>) -> (Option<u16>, Option<u16>) {
    (m.map(|m| m.base), m.and_then(|m| m.stoppage))
}

/// Writes openfootball's additions: its files, players, matches and birth dates (when not yet
/// merged into the dataset), its own tables, the snapshots and the conflicts (schema v2).
fn insert_openfootball(tx: &Connection, ds: &OfAdditions) -> Result<(), StoreError> {
    macro_rules! insert {
        ($sql:expr, $rows:expr, |$r:ident| $params:expr) => {{
            let mut st = tx.prepare_cached($sql).map_err(crate::sql)?;
            for $r in $rows {
                st.execute($params).map_err(crate::sql)?;
            }
        }};
    }
    insert_files(tx, &ds.files)?;
    insert_matches(tx, &ds.matches)?;
    insert_players(tx, &ds.players)?;
    insert!(
        "UPDATE player SET birth_date = ?1, birth_file_id = ?2, birth_line = ?3 WHERE id = ?4",
        &ds.birth_fills,
        |r| params![d(&r.date), r.prov.file, r.prov.line, r.player]
    );
    insert!(
        "INSERT INTO of_edition VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
        &ds.editions,
        |r| params![
            r.id,
            r.competition,
            r.name,
            r.year,
            d(&r.first_date),
            d(&r.last_date),
            r.matches,
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO of_match VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,?30,?31,?32,?33)",
        &ds.matches_of,
        |r| params![
            r.id,
            r.match_id,
            r.edition,
            r.stage.map(|s| s.as_str()),
            r.round,
            r.group_name,
            r.number,
            d(&r.date),
            r.kickoff,
            r.home,
            r.away,
            r.home_name,
            r.away_name,
            r.home_score,
            r.away_score,
            r.ht.map(|x| x.0),
            r.ht.map(|x| x.1),
            r.regulation.map(|x| x.0),
            r.regulation.map(|x| x.1),
            b(r.extra_time),
            r.pens.map(|x| x.0),
            r.pens.map(|x| x.1),
            r.stadium,
            r.city,
            r.attendance,
            r.referee,
            r.link.as_str(),
            r.goals_prov.map(|p| p.file),
            r.goals_prov.map(|p| p.line),
            r.lineups_prov.map(|p| p.file),
            r.lineups_prov.map(|p| p.line),
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO of_goal VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)",
        &ds.goals,
        |r| params![
            r.of_match,
            r.match_id,
            r.team,
            r.player,
            r.player_team,
            r.name,
            r.minute.base,
            r.minute.stoppage,
            b(r.own_goal),
            b(r.penalty),
            r.seq,
            r.prov.file,
            r.prov.line
        ]
    );
    {
        let mut st = tx
            .prepare_cached(
                "INSERT INTO of_appearance VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)",
            )
            .map_err(crate::sql)?;
        for r in &ds.appearances {
            let (on, on_s) = minute_parts(r.on);
            let (off, off_s) = minute_parts(r.off);
            st.execute(params![
                r.of_match,
                r.match_id,
                r.team,
                r.player,
                r.name,
                b(r.starter),
                b(r.captain),
                on,
                on_s,
                off,
                off_s,
                r.seq,
                r.prov.file,
                r.prov.line
            ])
            .map_err(crate::sql)?;
        }
    }
    {
        let mut st = tx
            .prepare_cached("INSERT INTO of_card VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)")
            .map_err(crate::sql)?;
        for r in &ds.cards {
            let (m, s) = minute_parts(r.minute);
            st.execute(params![
                r.of_match,
                r.match_id,
                r.team,
                r.player,
                r.name,
                r.kind,
                m,
                s,
                r.prov.file,
                r.prov.line
            ])
            .map_err(crate::sql)?;
        }
    }
    insert!(
        "INSERT INTO of_kick VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
        &ds.kicks,
        |r| params![
            r.of_match,
            r.match_id,
            r.team,
            r.player,
            r.name,
            b(r.scored),
            r.seq,
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO of_squad VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)",
        &ds.squads,
        |r| params![
            r.edition,
            r.team,
            r.player,
            r.name,
            r.number,
            r.position,
            r.birth_date.as_ref().map(d),
            r.birth_year,
            r.caps,
            r.goals,
            r.club,
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO snapshot VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
        &ds.snapshots,
        |r| params![
            r.player,
            r.team,
            d(&r.date),
            r.caps,
            r.goals,
            r.source.as_str(),
            r.text,
            r.prov.file,
            r.prov.line
        ]
    );
    insert!(
        "INSERT INTO conflict VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)",
        ds.conflicts.iter().enumerate(),
        |r| {
            let (i, c) = r;
            params![
                i as i64 + 1,
                c.kind.as_str(),
                c.match_id,
                c.tournament,
                c.team,
                c.player,
                c.description,
                c.rule,
                c.preferred.source.as_str(),
                c.preferred.value,
                c.preferred.prov.file,
                c.preferred.prov.line,
                c.other.source.as_str(),
                c.other.value,
                c.other.prov.file,
                c.other.prov.line
            ]
        }
    );
    Ok(())
}

/// Writes the StatsBomb tables (schema v3) and StatsBomb's conflicts.
fn insert_statsbomb(tx: &Connection, sb: &SbData) -> Result<(), StoreError> {
    insert_files(tx, &sb.files)?;
    let mut st = tx.prepare_cached(
        "INSERT INTO sb_match VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)",
    ).map_err(crate::sql)?;
    for m in &sb.matches {
        st.execute(params![
            m.sb_id,
            m.match_id,
            m.competition,
            m.season,
            d(&m.date),
            m.home_name,
            m.away_name,
            m.home,
            m.away,
            m.home_score,
            m.away_score,
            m.stage,
            m.coverage,
            m.events,
            m.upstream_events,
            m.events_file,
            m.prov.file,
            m.prov.line
        ])
        .map_err(crate::sql)?;
    }
    let mut st = tx
        .prepare_cached("INSERT INTO sb_lineup VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)")
        .map_err(crate::sql)?;
    for l in &sb.lineups {
        st.execute(params![
            l.sb_match,
            l.match_id,
            l.team_name,
            l.team,
            l.sb_player,
            l.name,
            l.nickname,
            l.jersey,
            l.player,
            l.link,
            b(l.started),
            l.prov.file,
            l.prov.line
        ])
        .map_err(crate::sql)?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO sb_event VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24)",
    ).map_err(crate::sql)?;
    for e in &sb.events {
        let (x, y, z) = match e.end {
            Some((x, y, z)) => (Some(x), Some(y), z),
            None => (None, None, None),
        };
        st.execute(params![
            e.sb_match,
            e.match_id,
            e.index,
            e.uuid,
            e.kind,
            e.period,
            e.minute,
            e.second,
            e.team_name,
            e.team,
            e.player.as_ref().map(|p| p.sb_id),
            e.player.as_ref().and_then(|p| p.player),
            e.player.as_ref().map(|p| p.name.as_str()),
            e.other.as_ref().map(|p| p.sb_id),
            e.other.as_ref().and_then(|p| p.player),
            e.other.as_ref().map(|p| p.name.as_str()),
            e.detail,
            e.outcome,
            x,
            y,
            z,
            b(e.penalty),
            e.prov.file,
            e.prov.line
        ])
        .map_err(crate::sql)?;
    }
    let first: i64 = tx
        .query_row("SELECT COALESCE(MAX(id), 0) FROM conflict", [], |r| {
            r.get(0)
        })
        .map_err(crate::sql)?;
    let mut st = tx
        .prepare_cached(
            "INSERT INTO conflict VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)",
        )
        .map_err(crate::sql)?;
    for (i, c) in sb.conflicts.iter().enumerate() {
        st.execute(params![
            first + i as i64 + 1,
            c.kind.as_str(),
            c.match_id,
            c.tournament,
            c.team,
            c.player,
            c.description,
            c.rule,
            c.preferred.source.as_str(),
            c.preferred.value,
            c.preferred.prov.file,
            c.preferred.prov.line,
            c.other.source.as_str(),
            c.other.value,
            c.other.prov.file,
            c.other.prov.line
        ])
        .map_err(crate::sql)?;
    }
    Ok(())
}
