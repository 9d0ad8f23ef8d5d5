//! Every insert of an import, written once in SQL both backends run: the rows of a
//! [`Dataset`] (and its openfootball additions and StatsBomb rows) go into the tables of
//! `migrations/` in id order, one bound statement per row over a [`SqlConn`]. A backend decides
//! how a statement reaches its database (SQLite: a cached prepared statement; PostgreSQL: `COPY`
//! batches).

use crate::dataset::*;
use crate::error::StoreError;
use crate::params;
use crate::sbdataset::SbData;
use crate::sql::SqlConn;
use goalline_core::names;

fn b(v: bool) -> i64 {
    i64::from(v)
}

fn d(v: &goalline_core::Date) -> String {
    use goalline_core::Datelike;
    format!("{:04}-{:02}-{:02}", v.year(), v.month(), v.day())
}

fn insert_files(tx: &mut dyn SqlConn, files: &[SourceFile]) -> Result<(), StoreError> {
    let st = "INSERT INTO source_file VALUES (?1,?2,?3,?4,?5)";
    for r in files {
        tx.execute(
            st,
            params![r.id, r.source.as_str(), r.path, r.sha256, r.rows],
        )?;
    }
    Ok(())
}

fn insert_matches(tx: &mut dyn SqlConn, matches: &[Match]) -> Result<(), StoreError> {
    let st = "INSERT INTO matches VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19)";
    for r in matches {
        tx.execute(
            st,
            params![
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
            ],
        )?;
    }
    Ok(())
}

/// The rows of `team_unattributed` (schema version 4): per team and men's match, the team's
/// goals without a scorer row, or an unknown score; matches that add nothing are left out.
/// `home_known`/`away_known` are final here: scorer rows are counted before matches are written.
pub fn unattributed_rows(
    matches: &[Match],
) -> Vec<(i64, goalline_core::Date, i64, Option<u32>, u32)> {
    let mut rows = Vec::new();
    for m in matches
        .iter()
        .filter(|m| m.gender == goalline_core::Gender::Men)
    {
        let mut sides = vec![(m.home, m.home_score, m.home_known)];
        // A team is one side of a match (as `MatchRow::goals_for` reads it: home first).
        if m.away != m.home {
            sides.push((m.away, m.away_score, m.away_known));
        }
        for (team, goals, known) in sides {
            let unattributed = goals.map_or(0, |g| g.saturating_sub(known));
            if goals.is_none() || unattributed > 0 {
                rows.push((team, m.date, m.id, goals, unattributed));
            }
        }
    }
    rows.sort_by_key(|r| (r.0, r.1, r.2));
    rows
}

fn insert_team_unattributed(tx: &mut dyn SqlConn, matches: &[Match]) -> Result<(), StoreError> {
    let st = "INSERT INTO team_unattributed VALUES (?1,?2,?3,?4,?5)";
    for (team, date, id, goals, unattributed) in unattributed_rows(matches) {
        tx.execute(st, params![team, d(&date), id, goals, unattributed])?;
    }
    Ok(())
}

fn insert_players(tx: &mut dyn SqlConn, players: &[Player]) -> Result<(), StoreError> {
    let st = "INSERT INTO player VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)";
    for r in players {
        let folded = names::fold(&r.name);
        let first = folded.split(' ').next().unwrap_or("");
        let last = folded.rsplit(' ').next().unwrap_or("");
        // names::sorted_key, without folding a second time.
        let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        words.sort_unstable();
        tx.execute(
            st,
            params![
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
            ],
        )?;
    }
    Ok(())
}

/// Writes the tables player linking fills: players, scorer rows and name links.
pub fn insert_all(tx: &mut dyn SqlConn, ds: &Dataset) -> Result<(), StoreError> {
    macro_rules! insert {
        ($sql:expr, $rows:expr, |$r:ident| $params:expr) => {{
            for $r in $rows {
                tx.execute($sql, $params)?;
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
pub fn insert_settled(tx: &mut dyn SqlConn, ds: &SettledRows<'_>) -> Result<(), StoreError> {
    macro_rules! insert {
        ($sql:expr, $rows:expr, |$r:ident| $params:expr) => {{
            for $r in $rows {
                tx.execute($sql, $params)?;
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
    insert_team_unattributed(tx, ds.matches)?;
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
pub fn insert_openfootball(tx: &mut dyn SqlConn, ds: &OfAdditions) -> Result<(), StoreError> {
    macro_rules! insert {
        ($sql:expr, $rows:expr, |$r:ident| $params:expr) => {{
            for $r in $rows {
                tx.execute($sql, $params)?;
            }
        }};
    }
    insert_files(tx, &ds.files)?;
    insert_matches(tx, &ds.matches)?;
    insert_team_unattributed(tx, &ds.matches)?;
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
        let st =
            "INSERT INTO of_appearance VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)";
        for r in &ds.appearances {
            let (on, on_s) = minute_parts(r.on);
            let (off, off_s) = minute_parts(r.off);
            tx.execute(
                st,
                params![
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
                ],
            )?;
        }
    }
    {
        let st = "INSERT INTO of_card VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)";
        for r in &ds.cards {
            let (m, s) = minute_parts(r.minute);
            tx.execute(
                st,
                params![
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
                ],
            )?;
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
pub fn insert_statsbomb(tx: &mut dyn SqlConn, sb: &SbData) -> Result<(), StoreError> {
    insert_files(tx, &sb.files)?;
    let st = "INSERT INTO sb_match VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)";
    for m in &sb.matches {
        tx.execute(
            st,
            params![
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
            ],
        )?;
    }
    let st = "INSERT INTO sb_lineup VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)";
    for l in &sb.lineups {
        tx.execute(
            st,
            params![
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
            ],
        )?;
    }
    let st = "INSERT INTO sb_event VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24)";
    for e in &sb.events {
        let (x, y, z) = match e.end {
            Some((x, y, z)) => (Some(x), Some(y), z),
            None => (None, None, None),
        };
        tx.execute(
            st,
            params![
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
            ],
        )?;
    }
    let first: i64 = tx
        .row(
            "SELECT COALESCE(MAX(id), 0) FROM conflict",
            params![],
            |r: &dyn crate::sql::SqlRow| r.get::<i64>(0),
        )?
        .unwrap_or(0);
    let st = "INSERT INTO conflict VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)";
    for (i, c) in sb.conflicts.iter().enumerate() {
        tx.execute(
            st,
            params![
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
            ],
        )?;
    }
    Ok(())
}

/// Records the import's manifest, its link report and the schema and goalline versions in
/// `meta` (last, once every row is in).
pub fn insert_meta(
    tx: &mut dyn SqlConn,
    report: &serde_json::Value,
    manifest: &str,
) -> Result<(), StoreError> {
    let meta = [
        ("schema_version", crate::SCHEMA_VERSION.to_string()),
        ("manifest", manifest.to_string()),
        ("link_report", report.to_string()),
        ("goalline_version", env!("CARGO_PKG_VERSION").to_string()),
    ];
    for (k, v) in meta {
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)",
            params![k, v],
        )?;
    }
    Ok(())
}
