//! `goalline import`: load, validate and link the datasets, then write the database atomically.

use crate::args::ImportArgs;
use crate::config::Config;
use crate::exit;
use crate::output::{self, thousands};
use anyhow::Result;
use goalline_ingest::openfootball::OpenfootballReport;
use goalline_ingest::{LinkReport, Loaded, Options, RowProblem};
use goalline_store::{DatasetTarget, DatasetWriter, Outcome};
use goalline_store_sqlite::SqliteTarget;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;
use std::io::IsTerminal;
use std::path::Path;
use std::time::{Duration, Instant};

/// The closing summary of an import (also its `--json` output).
#[derive(Debug, Serialize)]
pub struct Summary {
    /// Created, replaced or unchanged.
    pub outcome: Outcome,
    /// Database file.
    pub db: String,
    /// Data directory.
    pub data: String,
    /// Rows per table.
    pub tables: Vec<(String, u64)>,
    /// Linking figures.
    pub links: Option<LinkReport>,
    /// Tables whose row count changed: (table, rows before, rows after).
    pub row_changes: Vec<(String, u64, u64)>,
    /// Source directories missing from the data directory, allowed with `--allow-missing`.
    pub missing_sources: Vec<String>,
    /// Temporary files of dead imports that were removed.
    pub removed_stale: Vec<String>,
    /// Rows skipped (lenient mode).
    pub skipped: Vec<RowProblem>,
    /// Warnings.
    pub warnings: Vec<String>,
    /// Wall time in milliseconds.
    pub millis: u128,
}

/// Runs `goalline import`.
pub fn run(cfg: &Config, args: &ImportArgs) -> Result<u8> {
    let summary = import(cfg, args, false)?;
    if cfg.json {
        output::json(&summary)?;
    } else {
        print_summary(&summary)?;
    }
    Ok(exit::OK)
}

fn progress_bar(total: u64, quiet: bool) -> ProgressBar {
    let hidden = quiet || !std::io::stderr().is_terminal();
    let pb = ProgressBar::with_draw_target(
        Some(total),
        if hidden {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        },
    );
    pb.set_style(
        ProgressStyle::with_template(
            "{spinner} importing [{bar:30}] {bytes}/{total_bytes} {wide_msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    pb.enable_steady_tick(Duration::from_millis(100));
    pb
}

/// Imports and returns the summary; `auto` marks an import triggered by another command.
pub fn import(cfg: &Config, args: &ImportArgs, auto: bool) -> Result<Summary> {
    if let goalline_store::DbLocation::Postgres(url) = &cfg.db {
        return import_postgres(cfg, args, auto, url);
    }
    let started = Instant::now();
    let data = cfg.data_dir()?;
    let db = crate::config::sqlite_path(&cfg.db)?.to_path_buf();
    goalline_ingest::check_data_dir(&data)?;
    // Only goalline databases are replaced (unless --force).
    goalline_store_sqlite::guard::check_target(&db, args.force)?;
    // One import per database path: wait for another one, or fail saying who holds it.
    let lock = goalline_store_sqlite::lock::acquire(
        &db,
        Duration::from_secs(args.lock_wait),
        &mut |pid| {
            eprintln!(
                "goalline: another import{} is writing {}; waiting up to {} s",
                pid.map(|p| format!(" (pid {p})")).unwrap_or_default(),
                db.display(),
                args.lock_wait
            );
        },
    )?;
    // A source the database was built from must still be there (or be allowed to go).
    let mut missing_sources = Vec::new();
    for dir in goalline_store_sqlite::guard::imported_source_dirs(&db) {
        if data.join(&dir).is_dir() {
            continue;
        }
        if args
            .allow_missing
            .iter()
            .any(|a| a.trim_end_matches('/') == dir)
        {
            missing_sources.push(dir);
            continue;
        }
        anyhow::bail!(
            "source directory {}/ is missing from {}, but {} was built from it: the import would \
             drop its rows. Restore it, or rerun with --allow-missing {dir} to import without it \
             (the database is unchanged)",
            dir,
            data.display(),
            db.display()
        );
    }
    let before = row_counts(&db);
    let pb = progress_bar(goalline_ingest::total_bytes(&data), cfg.json && !auto);
    let built = build_with(
        &data,
        &SqliteTarget { path: db.clone() },
        Options {
            lenient: args.lenient,
        },
        args.force,
        args.statsbomb.as_deref(),
        &mut |file, bytes| {
            pb.inc(bytes);
            pb.set_message(file.to_string());
        },
    );
    let (loaded, outcome) = match built {
        Ok(b) => b,
        Err(e) => {
            pb.finish_and_clear();
            return Err(e);
        }
    };
    pb.finish_and_clear();
    let store = goalline_store_sqlite::SqliteStore::open(&db)?;
    let tables = goalline_store::Store::table_counts(&store)?;
    let row_changes = match &before {
        Some(before) => tables
            .iter()
            .filter_map(|(t, n)| {
                let old = before.iter().find(|(b, _)| b == t).map_or(0, |(_, n)| *n);
                (old != *n).then(|| (t.clone(), old, *n))
            })
            .chain(
                before
                    .iter()
                    .filter(|(b, _)| !tables.iter().any(|(t, _)| t == b))
                    .map(|(b, n)| (b.clone(), *n, 0)),
            )
            .collect(),
        None => Vec::new(),
    };
    let removed_stale = lock
        .removed
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    drop(lock);
    Ok(Summary {
        outcome,
        db: db.display().to_string(),
        data: data.display().to_string(),
        tables,
        row_changes,
        missing_sources,
        removed_stale,
        links: Some(loaded.report),
        skipped: loaded.skipped,
        warnings: loaded.warnings,
        millis: started.elapsed().as_millis(),
    })
}

/// `goalline import --db postgres://…`: the same load and link, written into a fresh schema
/// and swapped in by one transaction (`goalline_store_postgres::PgTarget`); imports of one
/// database wait for each other on an advisory lock.
fn import_postgres(cfg: &Config, args: &ImportArgs, auto: bool, url: &str) -> Result<Summary> {
    let started = Instant::now();
    let data = cfg.data_dir()?;
    goalline_ingest::check_data_dir(&data)?;
    let target = goalline_store_postgres::PgTarget {
        url: url.to_string(),
    };
    let before = goalline_store_postgres::PostgresStore::open(url)
        .ok()
        .and_then(|s| goalline_store::Store::table_counts(&s).ok());
    let pb = progress_bar(goalline_ingest::total_bytes(&data), cfg.json && !auto);
    let built = build_with(
        &data,
        &target,
        Options {
            lenient: args.lenient,
        },
        args.force,
        args.statsbomb.as_deref(),
        &mut |file, bytes| {
            pb.inc(bytes);
            pb.set_message(file.to_string());
        },
    );
    pb.finish_and_clear();
    let (loaded, outcome) = built?;
    let store = goalline_store_postgres::PostgresStore::open(url)?;
    let tables = goalline_store::Store::table_counts(&store)?;
    let row_changes = match &before {
        Some(before) => tables
            .iter()
            .filter_map(|(t, n)| {
                let old = before.iter().find(|(b, _)| b == t).map_or(0, |(_, n)| *n);
                (old != *n).then(|| (t.clone(), old, *n))
            })
            .collect(),
        None => Vec::new(),
    };
    Ok(Summary {
        outcome,
        db: cfg.db.to_string(),
        data: data.display().to_string(),
        tables,
        row_changes,
        missing_sources: Vec::new(),
        removed_stale: Vec::new(),
        links: Some(loaded.report),
        skipped: loaded.skipped,
        warnings: loaded.warnings,
        millis: started.elapsed().as_millis(),
    })
}

/// Row counts of the goalline database at `db`, if there is one.
fn row_counts(db: &Path) -> Option<Vec<(String, u64)>> {
    if goalline_store_sqlite::guard::inspect(db) != goalline_store_sqlite::guard::Kind::Goalline {
        return None;
    }
    let store = goalline_store_sqlite::SqliteStore::open(db).ok()?;
    goalline_store::Store::table_counts(&store).ok()
}

/// Loads, links and writes the data directory `data` into `db` (atomically; a no-op when the
/// sources and schema are unchanged, unless `force`). Once the CSV sources are linked, they are
/// written on one core while openfootball is linked against them on the other; openfootball's
/// rows follow. Shared by `goalline import` and `goalline bench import`.
pub fn build(
    data: &Path,
    target: &dyn DatasetTarget,
    options: Options,
    force: bool,
    tick: &mut dyn FnMut(&str, u64),
) -> Result<(Loaded, Outcome)> {
    build_with(data, target, options, force, None, tick)
}

/// [`build`], also reading a local clone of StatsBomb open-data at `statsbomb` (besides the
/// data directory's own `statsbomb/`). StatsBomb is read and validated first (its files join
/// the manifest) and linked once the other sources are; its rows go into the same atomic write.
pub fn build_with(
    data: &Path,
    target: &dyn DatasetTarget,
    options: Options,
    force: bool,
    statsbomb: Option<&Path>,
    tick: &mut dyn FnMut(&str, u64),
) -> Result<(Loaded, Outcome)> {
    use goalline_ingest::statsbomb;
    let roots: Vec<statsbomb::Root> = statsbomb::Root::in_data_dir(data)
        .into_iter()
        .chain(statsbomb::Root::pulled(data))
        .chain(statsbomb.map(statsbomb::Root::clone_at))
        .collect();
    let sb_read = if roots.is_empty() {
        None
    } else {
        tick("statsbomb", 0);
        Some(statsbomb::read(&roots)?)
    };
    let mut sources = goalline_ingest::load_sources(data, options, tick)?;
    let mut files = sources.manifest_files()?;
    if let Some(r) = &sb_read {
        files.extend(r.manifest_entries());
    }
    let manifest = goalline_store::manifest(&files);
    if !force && target.stored_manifest()?.as_deref() == Some(manifest.as_str()) {
        // Probably unchanged: link without writing, and write only if rows were skipped.
        let mut staged = sources.link_players();
        let linked = staged.link_openfootball()?;
        let mut loaded = staged.finish(linked);
        let sb = sb_read
            .map(|r| statsbomb::link(r, &loaded.dataset))
            .transpose()?;
        loaded.report.statsbomb = sb.as_ref().map(|s| s.report.clone());
        if loaded.skipped.is_empty() {
            return Ok((loaded, Outcome::Unchanged));
        }
        let mut w = target.begin()?;
        w.insert_dataset(&loaded.dataset)?;
        if let Some(sb) = &sb {
            w.insert_statsbomb(sb)?;
        }
        let outcome = w.finish(&serde_json::to_value(&loaded.report)?, &manifest)?;
        return Ok((loaded, outcome));
    }
    tick("writing database", 0);
    // The settled rows (teams, matches, World Cup tables) are written while martj42 names are
    // linked to players…
    let (mut staged, writer) =
        sources.link_players_alongside(|rows| -> Result<Box<dyn DatasetWriter>> {
            let mut w = target.begin()?;
            w.insert_settled(&rows)?;
            Ok(w)
        });
    let writer = writer?;
    // … and the players, scorer rows and links while openfootball is linked against them.
    let job = staged.openfootball_job()?;
    let base = &staged.dataset;
    let (writer, linked) = std::thread::scope(|s| {
        let writer = s.spawn(move || -> Result<Box<dyn DatasetWriter>> {
            let mut writer = writer;
            writer.insert_linked(base)?;
            Ok(writer)
        });
        let linked = job.map(|j| j.run(base)).transpose();
        let writer = writer
            .join()
            .map_err(|_| anyhow::anyhow!("the database writer thread panicked"));
        (writer, linked)
    });
    let mut writer = writer??;
    let linked = linked?;
    if let Some(l) = &linked {
        writer.insert_additions(&l.additions)?;
    }
    let mut loaded = staged.finish(linked);
    if let Some(r) = sb_read {
        tick("linking statsbomb", 0);
        let sb = statsbomb::link(r, &loaded.dataset)?;
        writer.insert_statsbomb(&sb)?;
        loaded.report.statsbomb = Some(sb.report);
    }
    let outcome = writer.finish(&serde_json::to_value(&loaded.report)?, &manifest)?;
    Ok((loaded, outcome))
}

fn print_summary(s: &Summary) -> Result<()> {
    let verb = match s.outcome {
        Outcome::Created => "created",
        Outcome::Replaced => "replaced",
        Outcome::Unchanged => {
            "unchanged (sources identical to the last import; use --force to rebuild)"
        }
    };
    output::print(format!(
        "Database {} {verb} from {} in {} ms",
        s.db, s.data, s.millis
    ))?;
    let mut t = output::table(&["table", "rows"]);
    for (name, n) in &s.tables {
        t.add_row(vec![name.clone(), thousands(*n)]);
    }
    output::print(t)?;
    if !s.row_changes.is_empty() {
        output::print("\nRow counts changed by this import:")?;
        for (t, before, after) in &s.row_changes {
            let delta = i128::from(*after) - i128::from(*before);
            output::print(format!(
                "  {t}: {} → {} ({}{})",
                thousands(*before),
                thousands(*after),
                if delta < 0 { "−" } else { "+" },
                thousands(u64::try_from(delta.unsigned_abs()).unwrap_or(u64::MAX))
            ))?;
        }
    }
    for m in &s.missing_sources {
        output::print(format!(
            "Source {m}/ is missing from the data directory (--allow-missing {m}): its rows are gone"
        ))?;
    }
    for f in &s.removed_stale {
        output::print(format!("Removed the temporary file of a dead import: {f}"))?;
    }
    if let Some(r) = &s.links {
        print_links(r)?;
    }
    if !s.skipped.is_empty() {
        output::print(format!(
            "\nSkipped {} malformed rows (--lenient):",
            s.skipped.len()
        ))?;
        for p in &s.skipped {
            output::print(format!("  {p}"))?;
        }
    }
    if !s.warnings.is_empty() {
        output::print(format!("\n{} warnings:", s.warnings.len()))?;
        for w in &s.warnings {
            output::print(format!("  {w}"))?;
        }
    }
    Ok(())
}

/// Prints the linking figures.
pub fn print_links(r: &LinkReport) -> Result<()> {
    let pct = |a: u32, b: u32| {
        if b == 0 {
            "–".to_string()
        } else {
            format!("{:.1}%", 100.0 * f64::from(a) / f64::from(b))
        }
    };
    let linked = r.linked_same_day + r.linked_shifted;
    let mut t = output::table(&["links", "count", "rate / note"]);
    t.add_row(vec![
        "canonical teams".into(),
        r.teams.to_string(),
        format!("{} Fjelstul teams mapped", r.wc_teams_mapped),
    ]);
    t.add_row(vec![
        "men's World Cup matches linked to martj42".into(),
        format!("{linked} / {}", r.wc_men_matches),
        pct(linked, r.wc_men_matches),
    ]);
    t.add_row(vec![
        "  … one day apart".into(),
        r.linked_shifted.to_string(),
        String::new(),
    ]);
    t.add_row(vec![
        "  … score disagreements".into(),
        r.score_mismatches.len().to_string(),
        String::new(),
    ]);
    t.add_row(vec![
        "women's World Cup matches (Fjelstul only)".into(),
        r.wc_women_matches.to_string(),
        String::new(),
    ]);
    t.add_row(vec![
        "martj42 scorer names (name, team)".into(),
        r.scorer_names.to_string(),
        String::new(),
    ]);
    t.add_row(vec![
        "  linked to a Fjelstul player".into(),
        r.names_linked.to_string(),
        format!("{} through shared goals", r.names_linked_by_goal),
    ]);
    t.add_row(vec![
        "  ambiguous".into(),
        r.names_ambiguous.to_string(),
        "namesakes; nothing guessed".into(),
    ]);
    t.add_row(vec![
        "  unlinked".into(),
        r.names_unlinked.to_string(),
        "no World Cup squad member of that name".into(),
    ]);
    t.add_row(vec![
        "men's World Cup scorers with a martj42 name".into(),
        format!("{} / {}", r.wc_scorers_linked, r.wc_scorers),
        pct(r.wc_scorers_linked, r.wc_scorers),
    ]);
    output::print(t)?;
    for u in &r.unlinked {
        output::print(format!("  unlinked match: {u}"))?;
    }
    for a in &r.ambiguous {
        output::print(format!("  ambiguous name: {a}"))?;
    }
    for u in &r.wc_scorers_unlinked {
        output::print(format!("  World Cup scorer without a martj42 name: {u}"))?;
    }
    if let Some(of) = &r.openfootball {
        print_openfootball(of)?;
    }
    if let Some(sb) = &r.statsbomb {
        print_statsbomb(sb)?;
    }
    Ok(())
}

/// Prints the StatsBomb figures: matches and players linked, coverage.
pub fn print_statsbomb(r: &goalline_ingest::statsbomb::StatsbombReport) -> Result<()> {
    let pct = |a: u32, b: u32| {
        if b == 0 {
            "–".to_string()
        } else {
            format!("{:.1}%", 100.0 * f64::from(a) / f64::from(b))
        }
    };
    let mut t = output::table(&["StatsBomb (Data: StatsBomb)", "count", "rate / note"]);
    t.add_row(vec![
        "matches linked to canonical matches".into(),
        format!("{} / {}", r.matches_linked, r.matches),
        pct(r.matches_linked, r.matches),
    ]);
    t.add_row(vec![
        "  … events complete / excerpt".into(),
        format!("{} / {}", r.complete, r.excerpts),
        "an excerpt supports facts, never proves an absence".into(),
    ]);
    t.add_row(vec![
        "line-up players linked to players".into(),
        format!("{} / {}", r.players_linked, r.players),
        format!(
            "{} ({})",
            pct(r.players_linked, r.players),
            r.players_by
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    ]);
    t.add_row(vec![
        "fact-carrying events (actor linked)".into(),
        format!(
            "{} ({} / {})",
            r.events, r.event_players_linked, r.event_players
        ),
        pct(r.event_players_linked, r.event_players),
    ]);
    t.add_row(vec![
        "conflicts with other sources".into(),
        r.conflicts.to_string(),
        "goalline conflicts lists them".into(),
    ]);
    output::print(t)?;
    for m in &r.unlinked_matches {
        output::print(format!("  StatsBomb match not linked: {m}"))?;
    }
    for p in &r.unlinked_players {
        output::print(format!("  StatsBomb player not linked: {p}"))?;
    }
    Ok(())
}

/// Prints the openfootball figures: parse coverage per file group, then linking.
pub fn print_openfootball(r: &OpenfootballReport) -> Result<()> {
    let mut t = output::table(&[
        "openfootball files",
        "files",
        "matches",
        "goals",
        "line-ups",
        "squad rows",
        "skipped lines",
    ]);
    for g in &r.groups {
        t.add_row(vec![
            g.group.label().to_string(),
            g.files.to_string(),
            g.matches.to_string(),
            g.goals.to_string(),
            g.lineups.to_string(),
            g.squad_rows.to_string(),
            g.skipped.to_string(),
        ]);
    }
    output::print("")?;
    output::print(t)?;
    for f in r.files.iter().filter(|f| f.skipped > 0) {
        output::print(format!(
            "  {}: {} lines skipped, first {}",
            f.path,
            f.skipped,
            f.first_skipped.as_deref().unwrap_or("")
        ))?;
    }
    for n in &r.not_imported {
        output::print(format!(
            "  not imported: {} ({} files): {}",
            n.group, n.files, n.reason
        ))?;
    }
    let n = |v: u32| thousands(u64::from(v));
    let mut t = output::table(&["openfootball import", "count", "note"]);
    t.add_row(vec![
        "files imported".into(),
        n(r.files_imported),
        format!(
            "{} editions; {} lines skipped",
            r.editions.len(),
            r.skipped_lines
        ),
    ]);
    t.add_row(vec![
        "matches (one per canonical match)".into(),
        n(r.matches),
        format!(
            "{} same day, {} one day apart, {} undated in the file, {} created",
            r.linked_same_day,
            r.linked_shifted,
            r.linked_undated,
            r.created.len()
        ),
    ]);
    t.add_row(vec![
        "  line-ups merged from more/YYYY_full.txt".into(),
        n(r.lineups_merged),
        format!(
            "{} matches take their scorers from it; {} fixtures without result left out",
            r.goals_from_full, r.fixtures
        ),
    ]);
    t.add_row(vec![
        "goals".into(),
        n(r.goals),
        format!(
            "{} scorers known from martj42/Fjelstul, {} new players",
            r.goals_linked, r.goals_new_player
        ),
    ]);
    t.add_row(vec![
        "line-up entries".into(),
        n(r.appearances),
        format!(
            "{} known from martj42/Fjelstul; {} cards, {} shoot-out kicks",
            r.appearances_linked, r.cards, r.kicks
        ),
    ]);
    t.add_row(vec![
        "squad rows".into(),
        n(r.squad_rows),
        format!(
            "{} known from martj42/Fjelstul; {} birth dates filled",
            r.squad_linked, r.birth_dates_filled
        ),
    ]);
    t.add_row(vec![
        "caps/goals snapshots".into(),
        n(r.snapshots),
        "Euro 2020 and Euro 2024 squads, on the eve of the first match".into(),
    ]);
    t.add_row(vec![
        "player names (edition, team, name)".into(),
        n(r.names.values().sum()),
        r.names
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", "),
    ]);
    t.add_row(vec![
        "conflicts between sources".into(),
        n(r.conflicts.values().sum()),
        format!(
            "{} (goalline conflicts lists them)",
            r.conflicts
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    ]);
    output::print(t)?;
    for c in &r.created {
        output::print(format!("  match created from openfootball: {c}"))?;
    }
    for u in &r.unresolved_teams {
        output::print(format!("  unknown team: {u}"))?;
    }
    for a in &r.ambiguous {
        output::print(format!("  ambiguous openfootball name: {a}"))?;
    }
    output::print(format!(
        "  known duplicate players (created beside a namesake of the same team and era): {}",
        r.duplicates.len()
    ))?;
    for d in &r.duplicates {
        output::print(format!("  duplicate kept: {d}"))?;
    }
    Ok(())
}
