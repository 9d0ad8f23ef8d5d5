//! The StatsBomb open-data adapter: competitions, matches, line-ups and the events that carry
//! facts (shots, keeper events, goal assists, fouls that won a penalty, cards, substitutions,
//! own goals), linked to canonical matches and players.
//!
//! Reads the upstream layout (`data/competitions.json`, `data/matches/<c>/<s>.json`,
//! `data/lineups/<m>.json`, `data/events/<m>.json`) from `<data>/statsbomb/` and from a local
//! clone of open-data. `excerpts.json` (the shared data's manifest) marks events files that
//! are excerpts; without it every events file is complete. Validation is strict: a file that
//! is not the expected JSON fails with file:line:column and what was expected (serde_json's
//! position), and an event with impossible values (a period outside 1–5, an end location
//! without coordinates) fails with its line. Nothing here touches a database.

use crate::dataset::{Conflict, ConflictKind, ConflictSide, Dataset, Prov, SourceFile};
use crate::error::{IngestError, RowProblem};
use goalline_core::{names, Date, Gender, Minute, Source};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The StatsBomb folder inside a data directory.
pub const DIR: &str = "statsbomb";

/// Where `goalline data pull --statsbomb` writes inside a data directory (beside the shared
/// `statsbomb/` excerpts, which it never changes; files read from here win over them).
pub const PULL_DIR: &str = "statsbomb-open-data";

/// Where StatsBomb files come from upstream, under a mirror (`https://raw.githubusercontent.com`).
pub const UPSTREAM: &str = "statsbomb/open-data/master";

/// Where StatsBomb files are read from.
#[derive(Debug, Clone)]
pub struct Root {
    /// The directory holding `data/` (and, for the shared data, `excerpts.json`).
    pub dir: PathBuf,
    /// How paths under it are written in evidence (`statsbomb` for the data directory's).
    pub label: String,
}

impl Root {
    /// The data directory's own `statsbomb/` folder, if present.
    pub fn in_data_dir(data: &Path) -> Option<Root> {
        let dir = data.join(DIR);
        dir.join("data").is_dir().then(|| Root {
            dir,
            label: DIR.to_string(),
        })
    }

    /// What `goalline data pull --statsbomb` wrote into the data directory
    /// ([`PULL_DIR`]), if present.
    pub fn pulled(data: &Path) -> Option<Root> {
        let dir = data.join(PULL_DIR);
        dir.join("data").is_dir().then(|| Root {
            dir,
            label: PULL_DIR.to_string(),
        })
    }

    /// A local clone of open-data (`--statsbomb DIR`).
    pub fn clone_at(dir: &Path) -> Root {
        Root {
            dir: dir.to_path_buf(),
            label: dir.display().to_string().trim_end_matches('/').to_string(),
        }
    }

    fn rel(&self, path: &str) -> String {
        format!("{}/{path}", self.label)
    }
}

pub use goalline_store::sbdataset::{
    SbData, SbEvent, SbLineup, SbMatch, SbPerson, StatsbombReport,
};

// ---------------------------------------------------------------- upstream JSON shapes

#[derive(Deserialize)]
struct Named {
    id: i64,
    name: String,
}

#[derive(Deserialize)]
struct Competition {
    competition_id: i64,
    season_id: i64,
    #[serde(default)]
    competition_name: String,
    #[serde(default)]
    season_name: String,
    #[serde(default)]
    competition_international: Option<bool>,
}

#[derive(Deserialize)]
struct MatchEntry {
    match_id: i64,
    match_date: String,
    competition: CompetitionRef,
    season: SeasonRef,
    home_team: HomeTeam,
    away_team: AwayTeam,
    home_score: Option<u32>,
    away_score: Option<u32>,
    #[serde(default)]
    competition_stage: Option<Named>,
}

#[derive(Deserialize)]
struct CompetitionRef {
    competition_name: String,
}
#[derive(Deserialize)]
struct SeasonRef {
    season_name: String,
}
#[derive(Deserialize)]
struct HomeTeam {
    home_team_name: String,
    #[serde(default)]
    home_team_gender: Option<String>,
}
#[derive(Deserialize)]
struct AwayTeam {
    away_team_name: String,
}

#[derive(Deserialize)]
struct TeamLineup {
    team_name: String,
    lineup: Vec<LineupPlayer>,
}

#[derive(Deserialize)]
struct LineupPlayer {
    player_id: i64,
    player_name: String,
    player_nickname: Option<String>,
    jersey_number: Option<u32>,
    #[serde(default)]
    positions: Vec<LineupPosition>,
}

#[derive(Deserialize)]
struct LineupPosition {
    #[serde(default)]
    start_reason: Option<String>,
}

#[derive(Deserialize)]
struct Event {
    id: String,
    index: u32,
    period: u8,
    minute: u16,
    second: u8,
    #[serde(rename = "type")]
    kind: Named,
    team: Named,
    #[serde(default)]
    player: Option<Named>,
    #[serde(default)]
    related_events: Vec<String>,
    #[serde(default)]
    shot: Option<ShotData>,
    #[serde(default)]
    goalkeeper: Option<KeeperData>,
    #[serde(default)]
    pass: Option<PassData>,
    #[serde(default)]
    foul_committed: Option<FoulData>,
    #[serde(default)]
    foul_won: Option<FoulData>,
    #[serde(default)]
    bad_behaviour: Option<FoulData>,
    #[serde(default)]
    substitution: Option<SubData>,
}

#[derive(Deserialize)]
struct ShotData {
    #[serde(rename = "type")]
    kind: Named,
    outcome: Named,
    #[serde(default)]
    end_location: Option<Vec<f64>>,
}

#[derive(Deserialize)]
struct KeeperData {
    #[serde(rename = "type")]
    kind: Named,
    #[serde(default)]
    outcome: Option<Named>,
}

#[derive(Deserialize)]
struct PassData {
    #[serde(default)]
    recipient: Option<Named>,
    #[serde(default)]
    goal_assist: Option<bool>,
    #[serde(default)]
    assisted_shot_id: Option<String>,
}

#[derive(Deserialize)]
struct FoulData {
    #[serde(default)]
    penalty: Option<bool>,
    #[serde(default)]
    card: Option<Named>,
}

#[derive(Deserialize)]
struct SubData {
    outcome: Named,
    replacement: Named,
}

#[derive(Deserialize)]
struct Excerpts {
    events: HashMap<String, ExcerptEntry>,
}

#[derive(Deserialize)]
struct ExcerptEntry {
    complete: bool,
    #[serde(default)]
    upstream_events: Option<u32>,
}

// ---------------------------------------------------------------- reading

struct FileText {
    rel: String,
    bytes: Vec<u8>,
}

fn read_file(root: &Root, rel: &str) -> Result<FileText, IngestError> {
    let path = root.dir.join(rel);
    let bytes = std::fs::read(&path).map_err(|e| IngestError::io(&path, e))?;
    Ok(FileText {
        rel: root.rel(rel),
        bytes,
    })
}

fn parse<T: for<'de> Deserialize<'de>>(f: &FileText, what: &str) -> Result<T, IngestError> {
    serde_json::from_slice(&f.bytes).map_err(|e| {
        IngestError::Row(RowProblem {
            file: f.rel.clone(),
            line: e.line() as u32,
            column: e.column() as u32,
            message: format!("expected {what}: {e}"),
        })
    })
}

fn problem(file: &str, line: u32, message: String) -> IngestError {
    IngestError::Row(RowProblem {
        file: file.to_string(),
        line,
        column: 1,
        message,
    })
}

/// Line of each `"key" : <number>` in a JSON text (the first one per number): the line where
/// an event (`index`), match (`match_id`) or line-up player (`player_id`) is written.
fn key_lines(bytes: &[u8], key: &str) -> HashMap<i64, u32> {
    let needle = format!("\"{key}\"");
    let nb = needle.as_bytes();
    let mut out = HashMap::new();
    let mut line = 1u32;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            line += 1;
        } else if b == b'"' && bytes[i..].starts_with(nb) {
            let mut j = i + nb.len();
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r' | b'\n' | b':') {
                j += 1;
            }
            let start = j;
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            if j > start {
                if let Ok(n) = std::str::from_utf8(&bytes[start..j])
                    .unwrap_or("")
                    .parse::<i64>()
                {
                    out.entry(n).or_insert(line);
                }
            }
            // Newlines skipped while scanning whitespace still count.
            line += bytes[i..j].iter().filter(|&&c| c == b'\n').count() as u32;
            i = j;
            continue;
        }
        i += 1;
    }
    out
}

fn parse_date(s: &str) -> Option<Date> {
    Date::parse_from_str(s, "%Y-%m-%d").ok()
}

/// A match as read, before linking.
struct ReadMatch {
    entry: MatchEntry,
    prov_file: i64,
    line: u32,
    lineups: Option<(i64, Vec<TeamLineup>, HashMap<i64, u32>)>,
    events: Option<ReadEvents>,
}

struct ReadEvents {
    file: i64,
    events: Vec<Event>,
    lines: HashMap<i64, u32>,
    complete: bool,
    upstream_events: Option<u32>,
}

/// Every StatsBomb file of the roots, parsed and validated, not yet linked.
pub struct SbRead {
    /// (path, sha256, rows) per file; a file's id is its position + the first id given to
    /// [`link`].
    files: Vec<(String, String, u32)>,
    matches: BTreeMap<i64, ReadMatch>,
    competitions: u32,
    skipped: u32,
}

impl std::fmt::Debug for SbRead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SbRead")
            .field("files", &self.files.len())
            .field("matches", &self.matches.len())
            .finish()
    }
}

impl SbRead {
    /// The manifest entries (path, sha256) of the files read.
    pub fn manifest_entries(&self) -> Vec<(String, String)> {
        self.files
            .iter()
            .map(|(p, h, _)| (p.clone(), h.clone()))
            .collect()
    }
}

/// Reads every StatsBomb root and links it against `ds` (see [`read`] and [`link`]).
pub fn load(roots: &[Root], ds: &Dataset) -> Result<SbData, IngestError> {
    link(read(roots)?, ds)
}

/// Reads and validates every StatsBomb root: competitions (international ones), their match
/// lists, and each match's line-ups and events when present. A match present under several
/// roots is taken from the later root (a clone given with `--statsbomb` overrides the data
/// directory's files) unless the later one has no events file and the earlier one has.
pub fn read(roots: &[Root]) -> Result<SbRead, IngestError> {
    let mut out = SbRead {
        files: Vec::new(),
        matches: BTreeMap::new(),
        competitions: 0,
        skipped: 0,
    };
    let add_file = |out: &mut SbRead, f: &FileText, rows: u32| -> i64 {
        out.files
            .push((f.rel.clone(), hex::encode(Sha256::digest(&f.bytes)), rows));
        out.files.len() as i64 - 1
    };
    for root in roots {
        check_root(root)?;
        let excerpts = if root.dir.join("excerpts.json").is_file() {
            let f = read_file(root, "excerpts.json")?;
            let e: Excerpts = parse(&f, "the excerpts manifest (an object with \"events\")")?;
            add_file(&mut out, &f, e.events.len() as u32);
            e.events
        } else {
            HashMap::new()
        };
        let cf = read_file(root, "data/competitions.json")?;
        let comps: Vec<Competition> = parse(&cf, "an array of competition entries")?;
        add_file(&mut out, &cf, comps.len() as u32);
        let mut seen = HashSet::new();
        for c in &comps {
            if !seen.insert((c.competition_id, c.season_id)) {
                continue;
            }
            if c.competition_international == Some(false) {
                out.skipped += 1;
                continue;
            }
            let rel = format!("data/matches/{}/{}.json", c.competition_id, c.season_id);
            if !root.dir.join(&rel).is_file() {
                continue;
            }
            out.competitions += 1;
            let f = read_file(root, &rel)?;
            let entries: Vec<MatchEntry> = parse(&f, "an array of match entries")?;
            let lines = key_lines(&f.bytes, "match_id");
            let fid = add_file(&mut out, &f, entries.len() as u32);
            for entry in entries {
                let sb_id = entry.match_id;
                let line = lines.get(&sb_id).copied().unwrap_or(1);
                if parse_date(&entry.match_date).is_none() {
                    return Err(problem(
                        &f.rel,
                        line,
                        format!(
                            "match {sb_id}: expected match_date as YYYY-MM-DD, found {:?}",
                            entry.match_date
                        ),
                    ));
                }
                let lrel = format!("data/lineups/{sb_id}.json");
                let lineups = if root.dir.join(&lrel).is_file() {
                    let f = read_file(root, &lrel)?;
                    let teams: Vec<TeamLineup> = parse(&f, "an array of team line-ups")?;
                    let lines = key_lines(&f.bytes, "player_id");
                    let n = teams.iter().map(|t| t.lineup.len() as u32).sum();
                    Some((add_file(&mut out, &f, n), teams, lines))
                } else {
                    None
                };
                let erel = format!("data/events/{sb_id}.json");
                let events = if root.dir.join(&erel).is_file() {
                    let f = read_file(root, &erel)?;
                    let events: Vec<Event> = parse(&f, "an array of events")?;
                    let lines = key_lines(&f.bytes, "index");
                    validate(&events, &f.rel, &lines)?;
                    let ex = excerpts.get(&sb_id.to_string());
                    Some(ReadEvents {
                        file: add_file(&mut out, &f, events.len() as u32),
                        events,
                        lines,
                        complete: ex.is_none_or(|x| x.complete),
                        upstream_events: ex.and_then(|x| x.upstream_events),
                    })
                } else {
                    None
                };
                let keep_old = out
                    .matches
                    .get(&sb_id)
                    .is_some_and(|old| old.events.is_some() && events.is_none());
                if !keep_old {
                    out.matches.insert(
                        sb_id,
                        ReadMatch {
                            entry,
                            prov_file: fid,
                            line,
                            lineups,
                            events,
                        },
                    );
                }
            }
        }
    }
    Ok(out)
}

/// Values serde cannot check: a period outside 1–5, a second past 59, a shot end location
/// that is not [x, y] or [x, y, z], a Shot or Substitution without its object.
fn validate(events: &[Event], rel: &str, lines: &HashMap<i64, u32>) -> Result<(), IngestError> {
    for e in events {
        let line = lines.get(&i64::from(e.index)).copied().unwrap_or(1);
        let bad = |what: String| Err(problem(rel, line, format!("event {}: {what}", e.index)));
        if !(1..=5).contains(&e.period) || e.second > 59 || e.minute > 200 {
            return bad(format!(
                "expected period 1–5, minute 0–200 and second 0–59, found period {}, {}:{}",
                e.period, e.minute, e.second
            ));
        }
        match e.kind.name.as_str() {
            "Shot" => match &e.shot {
                None => return bad("a Shot without a shot object".into()),
                Some(s) => {
                    if let Some(l) = &s.end_location {
                        if !(2..=3).contains(&l.len()) {
                            return bad(format!(
                                "expected shot.end_location [x, y] or [x, y, z], found {} numbers",
                                l.len()
                            ));
                        }
                    }
                }
            },
            "Substitution" if e.substitution.is_none() => {
                return bad("a Substitution without a substitution object".into())
            }
            _ => {}
        }
    }
    Ok(())
}

/// Links what [`read`] found against `ds` (the canonical data, fully linked). File ids
/// continue after `ds.files`.
pub fn link(read: SbRead, ds: &Dataset) -> Result<SbData, IngestError> {
    let mut out = SbData::default();
    let first = ds.files.iter().map(|f| f.id).max().unwrap_or(0) + 1;
    out.files = read
        .files
        .iter()
        .enumerate()
        .map(|(i, (path, sha, rows))| SourceFile {
            id: first + i as i64,
            source: Source::Statsbomb,
            path: path.clone(),
            sha256: sha.clone(),
            rows: *rows,
        })
        .collect();
    out.report.competitions = read.competitions;
    out.report.competitions_skipped = read.skipped;
    let linker = Linker::new(ds);
    for (sb_id, rm) in read.matches {
        let e = &rm.entry;
        let date = parse_date(&e.match_date).unwrap_or_default();
        let women = e.home_team.home_team_gender.as_deref() == Some("female");
        let home = linker.team(&e.home_team.home_team_name);
        let away = linker.team(&e.away_team.away_team_name);
        let gender = if women { Gender::Women } else { Gender::Men };
        let match_id = home
            .zip(away)
            .and_then(|(h, a)| linker.find_match(date, h, a, gender));
        out.report.matches += 1;
        if match_id.is_some() {
            out.report.matches_linked += 1;
        } else {
            out.report.unlinked_matches.push(format!(
                "{sb_id} {date} {} – {}",
                e.home_team.home_team_name, e.away_team.away_team_name
            ));
        }
        let mut m = SbMatch {
            sb_id,
            match_id,
            competition: e.competition.competition_name.clone(),
            season: e.season.season_name.clone(),
            date,
            home_name: e.home_team.home_team_name.clone(),
            away_name: e.away_team.away_team_name.clone(),
            home,
            away,
            home_score: e.home_score,
            away_score: e.away_score,
            stage: e.competition_stage.as_ref().map(|s| s.name.clone()),
            coverage: "none",
            events: 0,
            upstream_events: None,
            events_file: None,
            prov: Prov {
                file: first + rm.prov_file,
                line: rm.line,
            },
        };
        // Line-ups: who is who (and the canonical players they are).
        let mut people: HashMap<i64, Option<i64>> = HashMap::new();
        let mut team_of: HashMap<String, Option<i64>> = HashMap::new();
        team_of.insert(m.home_name.clone(), home);
        team_of.insert(m.away_name.clone(), away);
        if let Some((fid, teams, lines)) = &rm.lineups {
            for t in teams {
                let team = team_of
                    .get(&t.team_name)
                    .copied()
                    .flatten()
                    .or_else(|| linker.team(&t.team_name));
                let pool = team.map(|tid| linker.pool(tid, date)).unwrap_or_default();
                for p in &t.lineup {
                    let (player, how) = match team {
                        Some(tid) => linker.player(p, &pool, tid),
                        None => (None, "unlinked"),
                    };
                    out.report.players += 1;
                    if player.is_some() {
                        out.report.players_linked += 1;
                        *out.report.players_by.entry(how.to_string()).or_default() += 1;
                    } else if out.report.unlinked_players.len() < 50 {
                        out.report
                            .unlinked_players
                            .push(format!("{} ({}, {sb_id})", p.player_name, t.team_name));
                    }
                    people.insert(p.player_id, player);
                    out.lineups.push(SbLineup {
                        sb_match: sb_id,
                        match_id,
                        team_name: t.team_name.clone(),
                        team,
                        sb_player: p.player_id,
                        name: p.player_name.clone(),
                        nickname: p.player_nickname.clone(),
                        jersey: p.jersey_number,
                        player,
                        link: how.to_string(),
                        started: p
                            .positions
                            .iter()
                            .any(|x| x.start_reason.as_deref() == Some("Starting XI")),
                        prov: Prov {
                            file: first + fid,
                            line: lines.get(&p.player_id).copied().unwrap_or(1),
                        },
                    });
                }
            }
        }
        if let Some(re) = &rm.events {
            m.coverage = if re.complete { "complete" } else { "excerpt" };
            if re.complete {
                out.report.complete += 1;
            } else {
                out.report.excerpts += 1;
            }
            m.events = re.events.len() as u32;
            m.upstream_events = re.upstream_events;
            m.events_file = Some(first + re.file);
            let before = out.events.len();
            extract(
                &mut out.events,
                &re.events,
                &m,
                first + re.file,
                &re.lines,
                &people,
                &team_of,
            );
            for e in &out.events[before..] {
                if let Some(p) = &e.player {
                    out.report.event_players += 1;
                    if p.player.is_some() {
                        out.report.event_players_linked += 1;
                    }
                }
            }
            if let Some(mid) = match_id {
                conflicts(&mut out.conflicts, ds, &m, mid, &out.events[before..]);
            }
        }
        out.matches.push(m);
    }
    out.report.events = out.events.len() as u32;
    out.report.conflicts = out.conflicts.len() as u32;
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn extract(
    out: &mut Vec<SbEvent>,
    events: &[Event],
    m: &SbMatch,
    fid: i64,
    lines: &HashMap<i64, u32>,
    people: &HashMap<i64, Option<i64>>,
    team_of: &HashMap<String, Option<i64>>,
) {
    let by_id: HashMap<&str, &Event> = events.iter().map(|e| (e.id.as_str(), e)).collect();
    let who = |n: &Named| SbPerson {
        sb_id: n.id,
        name: n.name.clone(),
        player: people.get(&n.id).copied().flatten(),
    };
    for (i, e) in events.iter().enumerate() {
        let line = lines.get(&i64::from(e.index)).copied().unwrap_or(1);
        let base = |kind: &'static str| SbEvent {
            sb_match: m.sb_id,
            match_id: m.match_id,
            index: e.index,
            uuid: e.id.clone(),
            kind,
            period: e.period,
            minute: e.minute,
            second: e.second,
            team_name: e.team.name.clone(),
            team: team_of.get(&e.team.name).copied().flatten(),
            player: e.player.as_ref().map(who),
            other: None,
            detail: None,
            outcome: None,
            end: None,
            penalty: false,
            prov: Prov { file: fid, line },
        };
        match e.kind.name.as_str() {
            "Shot" => {
                let Some(s) = &e.shot else { continue };
                let end = match s.end_location.as_deref() {
                    Some([x, y]) => Some((*x, *y, None)),
                    Some([x, y, z, ..]) => Some((*x, *y, Some(*z))),
                    _ => None,
                };
                // The keeper's answer: a related Goal Keeper event of the other team, else the
                // next Goal Keeper event at the same moment.
                let keeper = e
                    .related_events
                    .iter()
                    .filter_map(|id| by_id.get(id.as_str()))
                    .find(|k| k.kind.name == "Goal Keeper" && k.team.name != e.team.name)
                    .copied()
                    .or_else(|| {
                        events[i + 1..].iter().take(4).find(|k| {
                            k.kind.name == "Goal Keeper"
                                && k.team.name != e.team.name
                                && k.period == e.period
                                && k.minute == e.minute
                        })
                    });
                let mut ev = base("shot");
                ev.detail = Some(s.kind.name.clone());
                ev.outcome = Some(s.outcome.name.clone());
                ev.end = end;
                ev.penalty = s.kind.name == "Penalty";
                ev.other = keeper.and_then(|k| k.player.as_ref()).map(who);
                out.push(ev);
            }
            "Goal Keeper" => {
                let Some(g) = &e.goalkeeper else { continue };
                let shot = e
                    .related_events
                    .iter()
                    .filter_map(|id| by_id.get(id.as_str()))
                    .find(|s| s.kind.name == "Shot")
                    .copied()
                    .or_else(|| {
                        events[..i].iter().rev().take(4).find(|s| {
                            s.kind.name == "Shot" && s.period == e.period && s.minute == e.minute
                        })
                    });
                let mut ev = base("keeper");
                ev.detail = Some(g.kind.name.clone());
                ev.outcome = g.outcome.as_ref().map(|o| o.name.clone());
                ev.penalty = g.kind.name.starts_with("Penalty");
                ev.other = shot.and_then(|s| s.player.as_ref()).map(who);
                out.push(ev);
            }
            "Pass" => {
                let Some(p) = &e.pass else { continue };
                if p.goal_assist != Some(true) {
                    continue;
                }
                let scorer = p
                    .assisted_shot_id
                    .as_deref()
                    .and_then(|id| by_id.get(id))
                    .and_then(|s| s.player.as_ref())
                    .or(p.recipient.as_ref());
                let mut ev = base("assist");
                ev.other = scorer.map(who);
                out.push(ev);
            }
            "Foul Won" => {
                let Some(f) = &e.foul_won else { continue };
                if f.penalty != Some(true) {
                    continue;
                }
                let fouler = e
                    .related_events
                    .iter()
                    .filter_map(|id| by_id.get(id.as_str()))
                    .find(|c| c.kind.name == "Foul Committed")
                    .copied()
                    .or_else(|| {
                        events[i.saturating_sub(3)..i].iter().rev().find(|c| {
                            c.kind.name == "Foul Committed"
                                && c.period == e.period
                                && c.minute == e.minute
                                && c.second == e.second
                        })
                    });
                let mut ev = base("foul_won");
                ev.penalty = true;
                ev.other = fouler.and_then(|c| c.player.as_ref()).map(who);
                out.push(ev);
            }
            "Foul Committed" => {
                let Some(f) = &e.foul_committed else { continue };
                let pen = f.penalty == Some(true);
                if pen {
                    let mut ev = base("foul_committed");
                    ev.penalty = true;
                    ev.detail = f.card.as_ref().map(|c| c.name.clone());
                    out.push(ev);
                }
                if let Some(c) = &f.card {
                    let mut ev = base("card");
                    ev.detail = Some(c.name.clone());
                    out.push(ev);
                }
            }
            "Bad Behaviour" => {
                if let Some(c) = e.bad_behaviour.as_ref().and_then(|b| b.card.as_ref()) {
                    let mut ev = base("card");
                    ev.detail = Some(c.name.clone());
                    out.push(ev);
                }
            }
            "Substitution" => {
                let Some(s) = &e.substitution else { continue };
                let mut ev = base("substitution");
                ev.detail = Some(s.outcome.name.clone());
                ev.other = Some(who(&s.replacement));
                out.push(ev);
            }
            "Own Goal Against" => out.push(base("own_goal")),
            _ => {}
        }
    }
}

// ---------------------------------------------------------------- linking

struct Candidate {
    player: i64,
    folded: String,
    sorted: String,
    shirt: Option<u32>,
}

struct Linker<'a> {
    ds: &'a Dataset,
    teams: HashMap<String, i64>,
    matches_by_date: HashMap<Date, Vec<usize>>,
}

impl<'a> Linker<'a> {
    fn new(ds: &'a Dataset) -> Linker<'a> {
        let mut teams = HashMap::new();
        for a in &ds.team_aliases {
            teams.entry(names::fold(&a.alias)).or_insert(a.team);
        }
        for t in &ds.teams {
            teams.insert(names::fold(&t.name), t.id);
        }
        let mut matches_by_date: HashMap<Date, Vec<usize>> = HashMap::new();
        for (i, m) in ds.matches.iter().enumerate() {
            matches_by_date.entry(m.date).or_default().push(i);
        }
        Linker {
            ds,
            teams,
            matches_by_date,
        }
    }

    /// The canonical team a StatsBomb team name means (`England Women` is England).
    fn team(&self, name: &str) -> Option<i64> {
        let base = name.strip_suffix(" Women").unwrap_or(name);
        self.teams.get(&names::fold(base)).copied()
    }

    /// The canonical match on `date` (or a day either side) between `a` and `b`.
    fn find_match(&self, date: Date, a: i64, b: i64, gender: Gender) -> Option<i64> {
        let days = [0i64, -1, 1];
        for off in days {
            let d = shift(date, off);
            for &i in self.matches_by_date.get(&d).into_iter().flatten() {
                let m = &self.ds.matches[i];
                if m.gender == gender
                    && ((m.home == a && m.away == b) || (m.home == b && m.away == a))
                {
                    return Some(m.id);
                }
            }
        }
        None
    }

    /// The players the team's tournament squads list around `date`: Fjelstul World Cup squads
    /// and openfootball squads (World Cup, Euro), with shirt numbers.
    fn pool(&self, team: i64, date: Date) -> Vec<Candidate> {
        let ds = self.ds;
        let mut out: Vec<Candidate> = Vec::new();
        let mut seen = HashSet::new();
        let mut push = |player: i64, shirt: Option<u32>, out: &mut Vec<Candidate>| {
            if !seen.insert(player) {
                return;
            }
            if let Some(p) = ds
                .players
                .get((player - 1) as usize)
                .filter(|p| p.id == player)
            {
                let folded = names::fold(&p.name);
                out.push(Candidate {
                    player,
                    sorted: names::sorted_key(&p.name),
                    folded,
                    shirt,
                });
            }
        };
        let tournaments: HashSet<&str> = ds
            .tournaments
            .iter()
            .filter(|t| t.start_date <= date && date <= t.end_date)
            .map(|t| t.id.as_str())
            .collect();
        for s in &ds.squads {
            if s.team == team && tournaments.contains(s.tournament.as_str()) {
                push(s.player, s.shirt, &mut out);
            }
        }
        let editions: HashSet<&str> = ds
            .openfootball
            .editions
            .iter()
            .filter(|e| shift(e.first_date, -1) <= date && date <= shift(e.last_date, 1))
            .map(|e| e.id.as_str())
            .collect();
        for s in &ds.openfootball.squads {
            if s.team == team && editions.contains(s.edition.as_str()) {
                if let Some(p) = s.player {
                    push(p, s.number, &mut out);
                }
            }
        }
        out
    }

    /// Links a line-up player: by full name or nickname, by words (every word of the shorter
    /// name in the longer one), then by shirt number within the tournament squad.
    fn player(
        &self,
        p: &LineupPlayer,
        pool: &[Candidate],
        team: i64,
    ) -> (Option<i64>, &'static str) {
        let unique = |hits: Vec<i64>| -> Option<i64> {
            let set: HashSet<i64> = hits.iter().copied().collect();
            (set.len() == 1).then(|| hits[0])
        };
        let full = names::fold(&p.player_name);
        let full_sorted = names::sorted_key(&p.player_name);
        let nick = p.player_nickname.as_deref().map(names::fold);
        let nick_sorted = p.player_nickname.as_deref().map(names::sorted_key);
        if let Some(id) = unique(
            pool.iter()
                .filter(|c| c.folded == full || c.sorted == full_sorted)
                .map(|c| c.player)
                .collect(),
        ) {
            return (Some(id), "name");
        }
        if let (Some(n), Some(ns)) = (&nick, &nick_sorted) {
            if let Some(id) = unique(
                pool.iter()
                    .filter(|c| &c.folded == n || &c.sorted == ns)
                    .map(|c| c.player)
                    .collect(),
            ) {
                return (Some(id), "nickname");
            }
        }
        let words = |s: &str| -> HashSet<String> {
            s.split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        let mut sb_names = vec![words(&full)];
        if let Some(n) = &nick {
            sb_names.push(words(n));
        }
        let subset = |a: &HashSet<String>, b: &HashSet<String>| {
            let (small, big) = if a.len() <= b.len() { (a, b) } else { (b, a) };
            !small.is_empty() && small.iter().all(|w| big.contains(w))
        };
        let hits: Vec<i64> = pool
            .iter()
            .filter(|c| {
                let cw = words(&c.folded);
                sb_names.iter().any(|s| subset(s, &cw))
                    && (cw.len() >= 2 || sb_names.iter().any(|s| s.len() == 1 && s == &cw))
            })
            .map(|c| c.player)
            .collect();
        if let Some(id) = unique(hits) {
            return (Some(id), "words");
        }
        if let Some(n) = p.jersey_number {
            let hits: Vec<i64> = pool
                .iter()
                .filter(|c| c.shirt == Some(n))
                .map(|c| c.player)
                .collect();
            if let Some(id) = unique(hits) {
                // A shirt number alone is trusted only when a word of the names agrees.
                let c = pool.iter().find(|c| c.player == id);
                let agree = c.is_some_and(|c| {
                    let cw = words(&c.folded);
                    sb_names
                        .iter()
                        .any(|s| s.iter().any(|w| w.len() > 2 && cw.contains(w)))
                });
                if agree {
                    return (Some(id), "shirt");
                }
            }
        }
        // No squad lists him: a unique player of the team with this exact name.
        if pool.is_empty() {
            let hits: Vec<i64> = self
                .ds
                .players
                .iter()
                .filter(|q| q.team == Some(team))
                .filter(|q| {
                    let f = names::fold(&q.name);
                    f == full || nick.as_deref() == Some(f.as_str())
                })
                .map(|q| q.id)
                .collect();
            if let Some(id) = unique(hits) {
                return (Some(id), "name");
            }
        }
        (None, "unlinked")
    }
}

fn shift(d: Date, days: i64) -> Date {
    let n = goalline_core::Days::new(days.unsigned_abs());
    if days < 0 {
        d.checked_sub_days(n).unwrap_or(d)
    } else {
        d.checked_add_days(n).unwrap_or(d)
    }
}

// ---------------------------------------------------------------- conflicts

/// StatsBomb's goals of a linked match against the other sources' goals: a goal whose scorer
/// is found with another minute is a `minute` conflict; a StatsBomb goal whose scorer has no
/// goal in a source that lists the match's goals is a `scorer` conflict. Absences from an
/// excerpt are never compared (an excerpt proves no absence), only the goals it holds.
fn conflicts(
    out: &mut Vec<Conflict>,
    ds: &Dataset,
    m: &SbMatch,
    match_id: i64,
    events: &[SbEvent],
) {
    struct Other {
        source: Source,
        player: Option<i64>,
        name: String,
        minute: Option<Minute>,
        own_goal: bool,
        prov: Prov,
    }
    let mut others: Vec<Other> = Vec::new();
    for g in ds
        .openfootball
        .goals
        .iter()
        .filter(|g| g.match_id == match_id)
    {
        others.push(Other {
            source: Source::Openfootball,
            player: g.player,
            name: g.name.clone(),
            minute: Some(g.minute),
            own_goal: g.own_goal,
            prov: g.prov,
        });
    }
    if others.is_empty() {
        for g in ds.scorers.iter().filter(|g| g.match_id == match_id) {
            others.push(Other {
                source: Source::Martj42,
                player: g.player,
                name: g.scorer.clone().unwrap_or_default(),
                minute: g.minute.map(Minute::new),
                own_goal: g.own_goal,
                prov: g.prov,
            });
        }
    }
    if others.is_empty() {
        return;
    }
    let tournament = format!("{} {}", m.competition, m.season);
    for e in events {
        let own_goal = e.kind == "own_goal";
        let goal =
            (e.kind == "shot" && e.outcome.as_deref() == Some("Goal") && e.period <= 4) || own_goal;
        let Some(p) = goal.then_some(e.player.as_ref()).flatten() else {
            continue;
        };
        let display = Minute::from_elapsed(e.period, e.minute);
        let sb_value = format!(
            "{} {display} ({}:{:02}){}",
            p.name,
            e.minute,
            e.second,
            if own_goal { " o.g." } else { "" }
        );
        let same = |o: &&Other| {
            o.own_goal == own_goal
                && match (o.player, p.player) {
                    (Some(a), Some(b)) => a == b,
                    _ => names::fold(&o.name) == names::fold(&p.name),
                }
        };
        let mine: Vec<&Other> = others.iter().filter(same).collect();
        let side = |o: &Other, v: String| ConflictSide {
            source: o.source,
            value: v,
            prov: o.prov,
        };
        let sb_side = ConflictSide {
            source: Source::Statsbomb,
            value: sb_value.clone(),
            prov: e.prov,
        };
        if mine.is_empty() {
            let o = &others[0];
            out.push(Conflict {
                kind: ConflictKind::Scorer,
                match_id: Some(match_id),
                tournament: tournament.clone(),
                team: e.team,
                player: p.player,
                description: format!(
                    "{} {} – {}: StatsBomb has a goal by {} at {display} that {} does not list",
                    m.date, m.home_name, m.away_name, p.name, o.source
                ),
                preferred: side(o, format!("{} lists no goal of {}", o.source, p.name)),
                other: sb_side,
                rule: "goal lists come from the result sources; StatsBomb's events are shown beside them".into(),
            });
            continue;
        }
        let agrees = |o: &&Other| {
            o.minute.is_none_or(|om| {
                om.base == display.base && om.stoppage.unwrap_or(0) == display.stoppage.unwrap_or(0)
                    || (o.source == Source::Martj42 && om.base == display.elapsed())
                    || (o.source == Source::Martj42 && om.base == display.base)
            })
        };
        if !mine.iter().any(agrees) {
            let o = mine[0];
            out.push(Conflict {
                kind: ConflictKind::Minute,
                match_id: Some(match_id),
                tournament: tournament.clone(),
                team: e.team,
                player: p.player,
                description: format!(
                    "{} {} – {}: {}'s goal is at {} in {} and at {display} ({}:{:02} elapsed) in StatsBomb",
                    m.date,
                    m.home_name,
                    m.away_name,
                    p.name,
                    o.minute.map(|x| x.to_string()).unwrap_or_default(),
                    o.source,
                    e.minute,
                    e.second
                ),
                preferred: side(o, format!("{} {}", o.name, o.minute.map(|x| x.to_string()).unwrap_or_default())),
                other: sb_side,
                rule: "goal minutes come from the result sources; StatsBomb's elapsed time is shown beside them".into(),
            });
        }
    }
}

/// The manifest entries (path, sha256) of the StatsBomb files read.
pub fn manifest_entries(data: &SbData) -> Vec<(String, String)> {
    data.files
        .iter()
        .map(|f| (f.path.clone(), f.sha256.clone()))
        .collect()
}

/// Checks a StatsBomb root before anything is read.
pub fn check_root(root: &Root) -> Result<(), IngestError> {
    if !root.dir.join("data/competitions.json").is_file() {
        return Err(IngestError::NotADataDir {
            dir: root.dir.clone(),
            what: "data/competitions.json (a StatsBomb open-data directory)".into(),
        });
    }
    Ok(())
}

/// A competition/season entry of `data/competitions.json`, as `goalline data pull` needs it.
#[derive(Debug, Clone)]
pub struct CompetitionEntry {
    /// StatsBomb competition id.
    pub competition_id: i64,
    /// StatsBomb season id.
    pub season_id: i64,
    /// Competition name (`FIFA World Cup`).
    pub competition_name: String,
    /// Season name (`2022`).
    pub season_name: String,
    /// `Some(false)` for club competitions.
    pub international: Option<bool>,
}

/// Checks a downloaded `data/competitions.json` (`rel` names it in errors) as the importer
/// reads it, and returns its entries.
pub fn check_competitions(rel: &str, bytes: &[u8]) -> Result<Vec<CompetitionEntry>, IngestError> {
    let f = FileText {
        rel: rel.to_string(),
        bytes: bytes.to_vec(),
    };
    let comps: Vec<Competition> = parse(&f, "an array of competition entries")?;
    Ok(comps
        .into_iter()
        .map(|c| CompetitionEntry {
            competition_id: c.competition_id,
            season_id: c.season_id,
            competition_name: c.competition_name,
            season_name: c.season_name,
            international: c.competition_international,
        })
        .collect())
}

/// Checks a downloaded match list (`data/matches/<c>/<s>.json`) and returns its match ids.
pub fn check_match_list(rel: &str, bytes: &[u8]) -> Result<Vec<i64>, IngestError> {
    let f = FileText {
        rel: rel.to_string(),
        bytes: bytes.to_vec(),
    };
    let entries: Vec<MatchEntry> = parse(&f, "an array of match entries")?;
    Ok(entries.iter().map(|m| m.match_id).collect())
}

/// Checks a downloaded line-ups (`kind` = `lineups`) or events (`events`) file as the importer
/// reads it: JSON shape, and for events the values serde cannot check, at their line.
pub fn check_match_file(kind: &str, rel: &str, bytes: &[u8]) -> Result<(), IngestError> {
    let f = FileText {
        rel: rel.to_string(),
        bytes: bytes.to_vec(),
    };
    if kind == "events" {
        let ev: Vec<Event> = parse(&f, "an array of events")?;
        validate(&ev, &f.rel, &key_lines(bytes, "index"))
    } else {
        let _: Vec<TeamLineup> = parse(&f, "an array of team line-ups")?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_lines_finds_event_lines() {
        let text = b"[ {\n  \"id\" : \"a\",\n  \"index\" : 1\n}, {\n  \"index\" : 2,\n  \"x\" : {\"index\": 9}\n} ]";
        let l = key_lines(text, "index");
        assert_eq!(l.get(&1), Some(&3));
        assert_eq!(l.get(&2), Some(&5));
        assert_eq!(l.get(&9), Some(&6));
    }

    fn sb_match() -> SbMatch {
        SbMatch {
            sb_id: 9,
            match_id: Some(1),
            competition: "UEFA Euro".into(),
            season: "2020".into(),
            date: parse_date("2021-06-11").expect("date"),
            home_name: "Turkey".into(),
            away_name: "Italy".into(),
            home: Some(1),
            away: Some(2),
            home_score: Some(0),
            away_score: Some(3),
            stage: None,
            coverage: "complete",
            events: 3,
            upstream_events: None,
            events_file: Some(5),
            prov: Prov { file: 4, line: 2 },
        }
    }

    fn goal(player: i64, name: &str, minute: u16, second: u8) -> SbEvent {
        SbEvent {
            sb_match: 9,
            match_id: Some(1),
            index: u32::from(minute),
            uuid: format!("u{minute}"),
            kind: "shot",
            period: 2,
            minute,
            second,
            team_name: "Italy".into(),
            team: Some(2),
            player: Some(SbPerson {
                sb_id: player * 10,
                name: name.into(),
                player: Some(player),
            }),
            other: None,
            detail: Some("Open Play".into()),
            outcome: Some("Goal".into()),
            end: None,
            penalty: false,
            prov: Prov { file: 5, line: 100 },
        }
    }

    #[test]
    fn goals_are_compared_with_openfootball_minute_and_scorer() {
        let mut ds = Dataset::default();
        for (player, name, minute) in [(7, "Immobile", 66), (8, "Insigne", 79)] {
            ds.openfootball.goals.push(crate::dataset::OfGoal {
                of_match: 1,
                match_id: 1,
                team: 2,
                player: Some(player),
                player_team: 2,
                name: name.into(),
                minute: Minute::new(minute),
                own_goal: false,
                penalty: false,
                seq: 1,
                prov: Prov { file: 3, line: 40 },
            });
        }
        let events = [
            goal(7, "Ciro Immobile", 65, 33),  // 66': agrees
            goal(8, "Lorenzo Insigne", 80, 2), // 81' against 79'
            goal(9, "Federico Chiesa", 30, 0), // not in openfootball
        ];
        let mut out = Vec::new();
        conflicts(&mut out, &ds, &sb_match(), 1, &events);
        assert_eq!(out.len(), 2, "{out:?}");
        assert_eq!(out[0].kind, ConflictKind::Minute);
        assert_eq!(out[0].player, Some(8));
        assert_eq!(out[0].other.source, Source::Statsbomb);
        assert!(out[0].other.value.contains("81'"), "{}", out[0].other.value);
        assert_eq!(out[1].kind, ConflictKind::Scorer);
        assert_eq!(out[1].player, Some(9));
    }

    #[test]
    fn an_impossible_event_is_reported_at_its_line() {
        let text = "[ {\n  \"id\" : \"a\",\n  \"index\" : 1,\n  \"period\" : 7,\n  \"minute\" : 3,\n  \"second\" : 0,\n  \"type\" : { \"id\" : 1, \"name\" : \"Pass\" },\n  \"team\" : { \"id\" : 1, \"name\" : \"Italy\" }\n} ]";
        let f = FileText {
            rel: "statsbomb/data/events/1.json".into(),
            bytes: text.as_bytes().to_vec(),
        };
        let events: Vec<Event> = parse(&f, "an array of events").expect("valid JSON");
        let err = validate(&events, &f.rel, &key_lines(&f.bytes, "index"))
            .expect_err("period 7")
            .to_string();
        assert!(
            err.starts_with("statsbomb/data/events/1.json:3:1: event 1: expected period 1–5"),
            "{err}"
        );
        // A type error carries serde's line and column.
        let bad = FileText {
            rel: "x.json".into(),
            bytes: b"[ {\n  \"id\" : 5 } ]".to_vec(),
        };
        let Err(err) = parse::<Vec<Event>>(&bad, "an array of events") else {
            panic!("id is a number: must fail");
        };
        let err = err.to_string();
        assert!(err.starts_with("x.json:2:"), "{err}");
        assert!(err.contains("expected an array of events"), "{err}");
    }

    #[test]
    fn display_minutes() {
        assert_eq!(Minute::from_elapsed(2, 83), Minute::new(84));
        assert_eq!(Minute::from_elapsed(1, 0), Minute::new(1));
        assert_eq!(Minute::from_elapsed(1, 45), Minute::with_stoppage(45, 1));
        assert_eq!(Minute::from_elapsed(2, 93), Minute::with_stoppage(90, 4));
        assert_eq!(Minute::from_elapsed(2, 45), Minute::new(46));
    }
}
