//! Adapter for openfootball (Football.TXT): World Cups 1930–2026 and Euros 1960–2024.
//!
//! Owns which openfootball files are imported and how their facts join the canonical model:
//!
//! - **Files.** `goalline_footballtxt::parse_dir` parses every file of `openfootball/`; the
//!   import reads one rendering of each fact: results and scorers from `worldcup/YYYY--host/
//!   cup.txt` + `cup_finals.txt` and `euro/YYYY--host/euro.txt`; line-ups, substitutions, cards,
//!   shoot-out kicks, referees and attendance from `worldcup/more/YYYY_full.txt` (merged into
//!   the same match, never counted twice); squads from `worldcup/more/YYYY_squads.txt` (full
//!   birth dates), `euro/YYYY--host/squads/*.txt` and `copa-america/YYYY--host/squads/*.txt`
//!   (caps/goals at tournament start). The
//!   other renderings (`more/YYYY.txt`, per-team World Cup squad files, rsssf, wikipedia…) are
//!   parsed for the coverage report but not imported, each group with its reason.
//! - **Strictness.** A line of an imported file that does not parse aborts the import with
//!   `file:line:column` (like a bad CSV row); `--lenient` skips and lists it.
//! - **Teams** map through the [`TeamRegistry`] (names, former and historical names valid on
//!   the day, reference aliases, then folded spelling); an unknown team is reported and its
//!   rows are left out.
//! - **Matches** link to the canonical match with the same teams on the same day (±1 day);
//!   undated Euro group matches (1984, 1992) to the only match of those teams at that Euro;
//!   otherwise a canonical match is created with source `openfootball` (its scorer coverage
//!   is left at zero, so tallies treat its goals as unattributed: an interval never shrinks
//!   on a match no other source confirms).
//! - **Players** link through [`crate::oflink`]; unknown names create players.
//!   Squad birth dates fill players lacking one (with the squad line as provenance).
//! - **Snapshots**: a squad line `54/34` (Euro and Copa América squads, and any other
//!   competition's `squads/*.txt` in that format) is the player's caps and goals at the end of
//!   the eve of the edition's first match (from the results file's dates; for a squads-only
//!   edition such as the Copa América, from the competition's first match that year in martj42).
//!
//! This module must not decide between sources; [`crate::conflicts`] does that.

use crate::dataset::*;
use crate::error::{IngestError, RowProblem};
use crate::oflink::{display_name, Found, NameKey, PlayerIndex};
use crate::problems::Problems;
use crate::teams::TeamRegistry;
use goalline_core::{names, Date, Datelike, Gender, Source};
use goalline_footballtxt::{
    self as ftxt, FileGroup, FileOutcome, FileReport, FileResult, GroupSummary, MatchStatus,
    Position, Side,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// The openfootball folder inside the data directory.
pub const DIR: &str = "openfootball";

/// Alias kinds a team name may be resolved through.
const TEAM_KINDS: &[&str] = &[
    "historical",
    "former",
    "fjelstul",
    "name",
    "code",
    "openfootball",
];

/// Alias kinds limited to a period (a former or historical name).
const DATED_KINDS: &[&str] = &["historical", "former", "fjelstul"];

/// Editions played in another year than the one in their name: (competition, year played,
/// year named). Euro 2020 was played in 2021 (`euro/2021--europe`).
const RENAMED: [(Comp, i32, i32); 1] = [(Comp::Euro, 2021, 2020)];

/// A competition openfootball covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Comp {
    WorldCup,
    Euro,
    CopaAmerica,
}

impl Comp {
    fn competition(self) -> &'static str {
        match self {
            Comp::WorldCup => "FIFA World Cup",
            Comp::Euro => "UEFA Euro",
            Comp::CopaAmerica => "Copa América",
        }
    }
    fn prefix(self) -> &'static str {
        match self {
            Comp::WorldCup => "WC",
            Comp::Euro => "EURO",
            Comp::CopaAmerica => "COPA",
        }
    }
}

/// What a file contributes to the import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Results,
    Lineups,
    Squads,
    Skip(&'static str),
}

fn role(group: FileGroup) -> Role {
    match group {
        FileGroup::WorldCupCup | FileGroup::WorldCupFinals | FileGroup::Euro => Role::Results,
        FileGroup::WorldCupMoreFull => Role::Lineups,
        FileGroup::WorldCupMoreSquads | FileGroup::EuroSquads | FileGroup::CupSquads => {
            Role::Squads
        }
        FileGroup::WorldCupMore => {
            Role::Skip("the same matches and goals as more/YYYY_full.txt, without line-ups")
        }
        FileGroup::WorldCupSquads => Role::Skip(
            "per-team squads with caps but neither goals nor full birth dates, the same squads as \
             more/YYYY_squads.txt (the 2014 files also name teams in local languages)",
        ),
        FileGroup::WorldCupQualifying => {
            Role::Skip("qualifying play-offs: not matches of a World Cup finals tournament")
        }
        FileGroup::Alternative => {
            Role::Skip("alternative renderings (rsssf, wikipedia, planetworldcup, min)")
        }
        FileGroup::Other => Role::Skip("not Football.TXT (licence and provenance notes)"),
    }
}

/// The competition and the year in the directory name of a path such as
/// `worldcup/2022--qatar/cup.txt`, `worldcup/more/2022_full.txt` or `euro/2021--europe/euro.txt`.
fn edition_dir(path: &str) -> Option<(Comp, i32)> {
    let mut parts = path.split('/');
    let comp = match parts.next()? {
        "worldcup" => Comp::WorldCup,
        "euro" => Comp::Euro,
        "copa-america" => Comp::CopaAmerica,
        _ => return None,
    };
    let dir = match parts.next()? {
        "more" => parts.next()?,
        d => d,
    };
    let year = dir.get(..4)?.parse().ok()?;
    Some((comp, year))
}

/// A group of files that were parsed but not imported, and why.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct NotImported {
    /// The file group.
    pub group: String,
    /// Files in it.
    pub files: u32,
    /// Why they are not imported.
    pub reason: String,
}

/// What the openfootball import read and linked, printed after every import.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct OpenfootballReport {
    /// Parse coverage of every file under `openfootball/`.
    pub files: Vec<FileReport>,
    /// The same, per file group.
    pub groups: Vec<GroupSummary>,
    /// Files whose facts were imported.
    pub files_imported: u32,
    /// File groups parsed but not imported, with the reason.
    pub not_imported: Vec<NotImported>,
    /// Lines of imported files that did not parse (lenient mode; strict aborts).
    pub skipped_lines: u32,
    /// Editions imported (`WC-2022`, `EURO-2020`…).
    pub editions: Vec<String>,
    /// Matches imported (one per canonical match).
    pub matches: u32,
    /// … linked to a canonical match with the same teams on the same day.
    pub linked_same_day: u32,
    /// … one day apart.
    pub linked_shifted: u32,
    /// … undated in the file, linked within the edition.
    pub linked_undated: u32,
    /// … with no canonical match: created (listed).
    pub created: Vec<String>,
    /// Matches whose line-ups come from `more/YYYY_full.txt` (merged, not counted twice).
    pub lineups_merged: u32,
    /// Matches whose goals come from `more/YYYY_full.txt` because the results file lists none.
    pub goals_from_full: u32,
    /// Fixtures without a result, left out.
    pub fixtures: u32,
    /// Team names that match no canonical team (rows left out).
    pub unresolved_teams: Vec<String>,
    /// Goals imported.
    pub goals: u32,
    /// … whose scorer is a player known from martj42 or Fjelstul.
    pub goals_linked: u32,
    /// … whose scorer was created from openfootball.
    pub goals_new_player: u32,
    /// Line-up entries (starters and substitutes).
    pub appearances: u32,
    /// … linked to a player known from martj42 or Fjelstul.
    pub appearances_linked: u32,
    /// Cards.
    pub cards: u32,
    /// Shoot-out kicks.
    pub kicks: u32,
    /// Squad rows imported (managers left out).
    pub squad_rows: u32,
    /// … linked to a player known from martj42 or Fjelstul.
    pub squad_linked: u32,
    /// Distinct (edition, team, name) look-ups by the rule that settled them
    /// (`squad`, `name+team`, `surname+team+era`, `created`, `ambiguous`…).
    pub names: BTreeMap<String, u32>,
    /// Ambiguous names with their candidates (listed).
    pub ambiguous: Vec<String>,
    /// Players created from openfootball.
    pub players_created: u32,
    /// Created players that share team and name with another player of the era (suspected
    /// duplicates, listed with why they stay apart; the goal is none).
    #[serde(default)]
    pub duplicates: Vec<String>,
    /// Birth dates filled from squad lines.
    pub birth_dates_filled: u32,
    /// Caps/goals snapshots.
    pub snapshots: u32,
    /// Disagreements between sources, by kind.
    pub conflicts: BTreeMap<String, u32>,
}

/// The parser's output, produced on a background thread while the CSV sources load.
#[derive(Debug)]
pub struct Prepared {
    results: Vec<FileResult>,
    /// Path → (sha256, bytes) of the files whose facts are imported.
    sha: HashMap<String, (String, u64)>,
}

fn io_error(e: ftxt::ParseError) -> IngestError {
    match e {
        ftxt::ParseError::Io { path, source } => IngestError::io(path, source),
        other => IngestError::io(
            DIR,
            std::io::Error::new(std::io::ErrorKind::InvalidData, other.to_string()),
        ),
    }
}

/// Parses every file under `<data>/openfootball` and checksums the ones to import.
pub fn prepare(data: &Path) -> Result<Prepared, IngestError> {
    let root = data.join(DIR);
    let results = ftxt::parse_dir(&root).map_err(io_error)?;
    let mut sha = HashMap::new();
    for r in &results {
        if matches!(role(r.group), Role::Skip(_)) {
            continue;
        }
        let path = root.join(&r.path);
        let bytes = std::fs::read(&path).map_err(|e| IngestError::io(&path, e))?;
        sha.insert(
            r.path.clone(),
            (hex::encode(Sha256::digest(&bytes)), bytes.len() as u64),
        );
    }
    Ok(Prepared { results, sha })
}

/// One rendering of a match, with its teams resolved.
#[derive(Clone, Copy)]
struct Rendering<'a> {
    m: &'a ftxt::Match,
    file: i64,
    home: i64,
    away: i64,
}

impl Rendering<'_> {
    fn key(&self) -> (i64, i64) {
        (self.home.min(self.away), self.home.max(self.away))
    }
    fn prov(&self, line: u32) -> Prov {
        Prov {
            file: self.file,
            line,
        }
    }
    /// The canonical team of a side of this rendering, oriented like `primary`.
    fn team(&self, side: Side) -> i64 {
        match side {
            Side::Home => self.home,
            Side::Away => self.away,
        }
    }
}

/// The files of one edition.
struct EditionFiles<'a> {
    comp: Comp,
    dir_year: i32,
    results: Vec<(i64, &'a ftxt::Document)>,
    full: Vec<(i64, &'a ftxt::Document)>,
    squads: Vec<(i64, &'a ftxt::Document)>,
}

impl EditionFiles<'_> {
    fn year(&self) -> i32 {
        RENAMED
            .iter()
            .find(|(c, played, _)| *c == self.comp && *played == self.dir_year)
            .map_or(self.dir_year, |r| r.2)
    }
    fn id(&self) -> String {
        format!("{}-{}", self.comp.prefix(), self.year())
    }
    fn name(&self) -> String {
        format!("{} {}", self.comp.competition(), self.year())
    }
    /// The first day of the edition, when every played match of the results files has a date.
    fn first_date(&self) -> Option<Date> {
        let played: Vec<&ftxt::Match> = self
            .results
            .iter()
            .flat_map(|(_, d)| d.matches.iter())
            .filter(|m| m.status == MatchStatus::Played && m.score.is_some())
            .collect();
        if played.iter().any(|m| m.date.is_none()) {
            return None;
        }
        played.iter().filter_map(|m| m.date).min()
    }
}

struct Loader<'a> {
    /// The CSV sources, read-only (they may be written to the database meanwhile).
    ds: &'a Dataset,
    /// What openfootball adds; ids continue those of `ds`.
    out: OfAdditions,
    /// Birth dates filled so far, by player.
    fills: HashMap<i64, (Date, Prov)>,
    teams: TeamRegistry,
    problems: &'a mut Problems,
    rep: &'a mut OpenfootballReport,
    players: PlayerIndex,
    players_before: i64,
    team_cache: HashMap<(String, Date), Option<i64>>,
    folded_teams: HashMap<String, i64>,
    unresolved: BTreeMap<String, String>,
    match_index: HashMap<(Date, i64, i64), Vec<usize>>,
    taken: HashSet<usize>,
    /// (edition, team) → name as written → player: line-up names repeat match after match.
    name_cache: HashMap<(u32, i64), HashMap<String, Option<i64>>>,
    /// Index of the edition being loaded.
    cur_edition: u32,
}

/// What [`link`] produced: the additions to the dataset, the report and the problems met.
#[derive(Debug)]
pub struct Linked {
    /// Rows to add to the dataset ([`Dataset::apply`]).
    pub additions: OfAdditions,
    /// Coverage, linking and conflict figures.
    pub report: OpenfootballReport,
    /// Lines skipped (lenient mode).
    pub skipped: Vec<RowProblem>,
    /// Warnings.
    pub warnings: Vec<String>,
}

/// The source files an import of `prepared` reads, as (path under the data directory,
/// sha256), in the order [`link`] registers them: for the import manifest.
pub fn manifest_entries(prepared: &Prepared) -> Vec<(String, String)> {
    prepared
        .results
        .iter()
        .filter(|r| !matches!(role(r.group), Role::Skip(_)))
        .filter(|r| matches!(r.outcome, FileOutcome::Parsed(_)))
        .map(|r| {
            (
                format!("{DIR}/{}", r.path),
                prepared
                    .sha
                    .get(&r.path)
                    .map(|s| s.0.clone())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

/// Links the prepared openfootball files to `ds` (the CSV sources, fully loaded and linked):
/// teams, matches and players, birth dates, snapshots and conflicts. `ds` is only read, so it
/// can be written to the database on another thread meanwhile.
pub fn link(prepared: Prepared, ds: &Dataset, lenient: bool) -> Result<Linked, IngestError> {
    let mut problems = Problems::new(lenient);
    let mut rep = OpenfootballReport::default();
    let Prepared { results, sha } = prepared;
    rep.files = results.iter().map(FileReport::from_result).collect();
    rep.groups = ftxt::summarize(&rep.files);
    let mut skipped_groups: BTreeMap<&'static str, (u32, &'static str)> = BTreeMap::new();
    let mut out = OfAdditions::default();

    // Strictness and file registration.
    let mut file_ids: HashMap<&str, i64> = HashMap::new();
    for r in &results {
        if let Role::Skip(reason) = role(r.group) {
            let e = skipped_groups.entry(r.group.label()).or_insert((0, reason));
            e.0 += 1;
            continue;
        }
        let rel = format!("{DIR}/{}", r.path);
        match &r.outcome {
            FileOutcome::Parsed(p) => {
                for s in &p.skipped {
                    rep.skipped_lines += 1;
                    problems.report(RowProblem {
                        file: rel.clone(),
                        line: s.line,
                        column: s.error.column(),
                        message: s.error.reason(),
                    })?;
                }
            }
            // Not text: one positioned error, in lenient mode too (no line of it can be read).
            FileOutcome::Unreadable(e @ ftxt::ParseError::Encoding { .. }) => {
                return Err(IngestError::Encoding(RowProblem {
                    file: rel.clone(),
                    line: e.line(),
                    column: e.column(),
                    message: e.reason(),
                }))
            }
            FileOutcome::Unreadable(ftxt::ParseError::Io { path, source }) => {
                return Err(IngestError::io(
                    path,
                    std::io::Error::new(source.kind(), source.to_string()),
                ))
            }
            FileOutcome::Unreadable(e) => {
                return Err(IngestError::Row(RowProblem {
                    file: rel.clone(),
                    line: e.line(),
                    column: e.column(),
                    message: e.reason(),
                }))
            }
            FileOutcome::NotAttempted => continue,
        }
        let (sha256, _) = sha.get(&r.path).cloned().unwrap_or_default();
        let id = (ds.files.len() + out.files.len()) as i64 + 1;
        out.files.push(SourceFile {
            id,
            source: Source::Openfootball,
            path: rel,
            sha256,
            rows: 0,
        });
        file_ids.insert(r.path.as_str(), id);
        rep.files_imported += 1;
    }
    rep.not_imported = skipped_groups
        .into_iter()
        .map(|(group, (files, reason))| NotImported {
            group: group.to_string(),
            files,
            reason: reason.to_string(),
        })
        .collect();

    // Editions.
    let mut editions: BTreeMap<(Comp, i32), EditionFiles<'_>> = BTreeMap::new();
    for r in &results {
        let (Some(&fid), Some(doc)) = (file_ids.get(r.path.as_str()), r.document()) else {
            continue;
        };
        let Some((comp, dir_year)) = edition_dir(&r.path) else {
            continue;
        };
        let e = editions
            .entry((comp, dir_year))
            .or_insert_with(|| EditionFiles {
                comp,
                dir_year,
                results: Vec::new(),
                full: Vec::new(),
                squads: Vec::new(),
            });
        match role(r.group) {
            Role::Results => e.results.push((fid, doc)),
            Role::Lineups => e.full.push((fid, doc)),
            Role::Squads => e.squads.push((fid, doc)),
            Role::Skip(_) => {}
        }
    }

    let mut loader = Loader::new(ds, out, &mut problems, &mut rep);
    for ed in editions.values() {
        loader.edition(ed)?;
    }
    loader.finish();
    let Loader { out, teams, .. } = loader;
    let mut out = out;
    drop(editions);
    // The parsed documents are large trees of small allocations: free them on another core.
    std::thread::spawn(move || drop(results));
    let mut rows: HashMap<i64, u32> = HashMap::new();
    let provs = out
        .matches_of
        .iter()
        .map(|x| x.prov.file)
        .chain(out.goals.iter().map(|x| x.prov.file))
        .chain(out.appearances.iter().map(|x| x.prov.file))
        .chain(out.squads.iter().map(|x| x.prov.file));
    for f in provs {
        *rows.entry(f).or_default() += 1;
    }
    for f in out.files.iter_mut() {
        if let Some(&n) = rows.get(&f.id) {
            f.rows = n;
        }
    }
    let found = crate::conflicts::detect(ds, &out, &teams);
    out.conflicts.extend(found);
    for c in &out.conflicts {
        *rep.conflicts
            .entry(c.kind.as_str().to_string())
            .or_default() += 1;
    }
    let (skipped, warnings) = problems.into_parts();
    Ok(Linked {
        additions: out,
        report: rep,
        skipped,
        warnings,
    })
}

impl<'a> Loader<'a> {
    fn new(
        ds: &'a Dataset,
        out: OfAdditions,
        problems: &'a mut Problems,
        rep: &'a mut OpenfootballReport,
    ) -> Self {
        let teams = TeamRegistry::from_parts(ds.teams.clone(), ds.team_aliases.clone());
        let players = PlayerIndex::build(ds);
        let mut match_index: HashMap<(Date, i64, i64), Vec<usize>> = HashMap::new();
        for (i, m) in ds.matches.iter().enumerate() {
            if m.gender == Gender::Men {
                let (lo, hi) = (m.home.min(m.away), m.home.max(m.away));
                match_index.entry((m.date, lo, hi)).or_default().push(i);
            }
        }
        let mut folded_teams = HashMap::new();
        for (id, name) in teams.names() {
            folded_teams.insert(names::fold(name), id);
        }
        for (id, alias, kind, dated) in teams.alias_list() {
            if !dated && TEAM_KINDS.contains(&kind) {
                folded_teams.entry(names::fold(alias)).or_insert(id);
            }
        }
        Loader {
            players_before: ds.players.len() as i64,
            ds,
            out,
            fills: HashMap::new(),
            teams,
            problems,
            rep,
            players,
            team_cache: HashMap::new(),
            folded_teams,
            unresolved: BTreeMap::new(),
            match_index,
            taken: HashSet::new(),
            name_cache: HashMap::new(),
            cur_edition: 0,
        }
    }

    /// The canonical team a name denotes on `date`.
    fn team(&mut self, name: &str, date: Date, file: i64) -> Option<i64> {
        let key = (name.to_string(), date);
        if let Some(&t) = self.team_cache.get(&key) {
            return t;
        }
        // A name of the day first: 1998's "Yugoslavia" is Serbia, not the pre-1992 team.
        let t = self
            .teams
            .resolve_alias(name, DATED_KINDS, Some(date))
            .or_else(|| self.teams.get(name))
            .or_else(|| self.teams.resolve_alias(name, TEAM_KINDS, Some(date)))
            .or_else(|| self.folded_teams.get(&names::fold(name)).copied());
        if t.is_none() {
            let path = self.path(file);
            self.unresolved.entry(name.to_string()).or_insert(path);
        }
        self.team_cache.insert(key, t);
        t
    }

    fn edition(&mut self, ed: &EditionFiles<'_>) -> Result<(), IngestError> {
        let id = ed.id();
        self.cur_edition += 1;
        // A squads-only edition (Copa América): its first day is that of the first match of
        // the competition in the canonical results (martj42) that year.
        let first = ed.first_date().or_else(|| {
            let competition = ed.comp.competition();
            self.ds
                .matches
                .iter()
                .filter(|m| m.tournament == competition && m.date.year() == ed.dir_year)
                .map(|m| m.date)
                .min()
        });
        // Line-up and results files with no played match (e.g. Euro 2028 fixtures) add nothing.
        let fallback_day = Date::from_ymd_opt(ed.dir_year, 6, 1).unwrap_or_default();
        let day0 = first.unwrap_or(fallback_day);

        // Squads first: line-ups and scorer lists link against them.
        for (fid, doc) in &ed.squads {
            for s in &doc.squads {
                self.squad_row(ed, &id, *fid, s, day0, first)?;
            }
        }

        // Matches: results files, merged with the line-up rendering of the same match.
        let mut primaries: Vec<Rendering<'_>> = Vec::new();
        for (fid, doc) in &ed.results {
            for m in &doc.matches {
                if let Some(r) = self.rendering(m, *fid, day0) {
                    primaries.push(r);
                }
            }
        }
        let mut fulls: Vec<Rendering<'_>> = Vec::new();
        for (fid, doc) in &ed.full {
            for m in &doc.matches {
                if let Some(r) = self.rendering(m, *fid, day0) {
                    fulls.push(r);
                }
            }
        }
        let mut used = vec![false; fulls.len()];
        let mut merged: Vec<(Rendering<'_>, Option<Rendering<'_>>)> = Vec::new();
        for p in primaries {
            let partner = fulls.iter().enumerate().position(|(i, f)| {
                !used[i]
                    && f.key() == p.key()
                    && match (p.m.date, f.m.date) {
                        (Some(a), Some(b)) => (a - b).num_days().abs() <= 1,
                        (None, None) => true,
                        _ => false,
                    }
            });
            if let Some(i) = partner {
                used[i] = true;
            }
            merged.push((p, partner.map(|i| fulls[i])));
        }
        for (i, f) in fulls.into_iter().enumerate() {
            if !used[i] {
                merged.push((f, None));
            }
        }
        let mut dates: Vec<Date> = Vec::new();
        for (p, s) in merged {
            if let Some(d) = self.one_match(ed, &id, p, s)? {
                dates.push(d);
            }
        }
        let (Some(&first_day), Some(&last_day)) = (dates.iter().min(), dates.iter().max()) else {
            return Ok(());
        };
        let prov = ed
            .results
            .first()
            .map(|(fid, doc)| Prov {
                file: *fid,
                line: doc.title.as_ref().map_or(1, |t| t.line),
            })
            .unwrap_or(Prov { file: 0, line: 0 });
        self.out.editions.push(OfEdition {
            id: id.clone(),
            competition: ed.comp.competition().to_string(),
            name: ed.name(),
            year: ed.year(),
            first_date: first_day,
            last_date: last_day,
            matches: dates.len() as u32,
            prov,
        });
        self.rep.editions.push(id);
        Ok(())
    }

    /// A played match of a file with its teams resolved; fixtures and unknown teams are left
    /// out (and counted).
    fn rendering<'m>(
        &mut self,
        m: &'m ftxt::Match,
        file: i64,
        day0: Date,
    ) -> Option<Rendering<'m>> {
        if m.status != MatchStatus::Played || m.score.is_none() {
            self.rep.fixtures += 1;
            return None;
        }
        let day = m.date.unwrap_or(day0);
        let home = self.team(&m.home, day, file)?;
        let away = self.team(&m.away, day, file)?;
        Some(Rendering {
            m,
            file,
            home,
            away,
        })
    }

    /// Finds the canonical match of a rendering.
    fn canonical(
        &mut self,
        comp: Comp,
        year: i32,
        r: &Rendering<'_>,
    ) -> Option<(usize, MatchLink)> {
        let (lo, hi) = r.key();
        let prefer = comp.competition();
        match r.m.date {
            Some(d) => {
                for (day, link) in [
                    (Some(d), MatchLink::SameDay),
                    (d.pred_opt(), MatchLink::Shifted),
                    (d.succ_opt(), MatchLink::Shifted),
                ] {
                    let Some(day) = day else { continue };
                    if let Some(c) = self.match_index.get(&(day, lo, hi)) {
                        let free: Vec<usize> = c
                            .iter()
                            .copied()
                            .filter(|i| !self.taken.contains(i))
                            .collect();
                        let pick = free
                            .iter()
                            .copied()
                            .find(|&i| self.match_at(i).tournament == prefer)
                            .or_else(|| free.first().copied());
                        if let Some(i) = pick {
                            return Some((i, link));
                        }
                    }
                }
                None
            }
            None => {
                let cands: Vec<usize> = self
                    .ds
                    .matches
                    .iter()
                    .enumerate()
                    .filter(|(i, m)| {
                        m.tournament == prefer
                            && m.date.year() == year
                            && (m.home.min(m.away), m.home.max(m.away)) == (lo, hi)
                            && !self.taken.contains(i)
                    })
                    .map(|(i, _)| i)
                    .collect();
                (cands.len() == 1).then(|| (cands[0], MatchLink::Undated))
            }
        }
    }

    fn one_match(
        &mut self,
        ed: &EditionFiles<'_>,
        edition: &str,
        p: Rendering<'_>,
        s: Option<Rendering<'_>>,
    ) -> Result<Option<Date>, IngestError> {
        let Some(score) = p.m.score else {
            return Ok(None);
        };
        let found = self.canonical(ed.comp, ed.dir_year, &p);
        let (match_id, date, link) = match found {
            Some((i, link)) => {
                self.taken.insert(i);
                let m = self.match_at(i);
                (m.id, p.m.date.unwrap_or(m.date), link)
            }
            None => {
                let Some(date) = p.m.date.or(s.and_then(|s| s.m.date)) else {
                    self.problems.warn(format!(
                        "{}:{}: {} v {} has no date and no canonical match at {}; left out",
                        self.path(p.file),
                        p.m.line,
                        p.m.home,
                        p.m.away,
                        ed.name()
                    ));
                    return Ok(None);
                };
                let id = (self.ds.matches.len() + self.out.matches.len()) as i64 + 1;
                let (hn, an) = (
                    self.teams.name(p.home).to_string(),
                    self.teams.name(p.away).to_string(),
                );
                self.out.matches.push(Match {
                    id,
                    date,
                    gender: Gender::Men,
                    home: p.home,
                    away: p.away,
                    home_name: self.teams.name_on(p.home, &hn, date),
                    away_name: self.teams.name_on(p.away, &an, date),
                    home_score: Some(u32::from(score.ft.0)),
                    away_score: Some(u32::from(score.ft.1)),
                    tournament: ed.comp.competition().to_string(),
                    city: p.m.venue.as_ref().and_then(|v| v.city.clone()),
                    country: None,
                    neutral: false,
                    home_known: 0,
                    away_known: 0,
                    wc_match: None,
                    source: Source::Openfootball,
                    prov: p.prov(p.m.line),
                });
                let (lo, hi) = p.key();
                let idx = self.ds.matches.len() + self.out.matches.len() - 1;
                self.match_index
                    .entry((date, lo, hi))
                    .or_default()
                    .push(idx);
                self.taken.insert(idx);
                self.rep.created.push(format!(
                    "{} {date} {} v {} ({}:{})",
                    ed.name(),
                    p.m.home,
                    p.m.away,
                    self.path(p.file),
                    p.m.line
                ));
                (id, date, MatchLink::Created)
            }
        };
        match link {
            MatchLink::SameDay => self.rep.linked_same_day += 1,
            MatchLink::Shifted => self.rep.linked_shifted += 1,
            MatchLink::Undated => self.rep.linked_undated += 1,
            MatchLink::Created => {}
        }
        self.rep.matches += 1;
        let of_id = self.out.matches_of.len() as i64 + 1;
        let year = date.year();
        // The secondary rendering, oriented like the primary one.
        let flip = s.is_some_and(|s| s.home != p.home);
        let total = usize::from(score.ft.0) + usize::from(score.ft.1);
        let goal_source = [Some(p), s]
            .into_iter()
            .flatten()
            .find(|r| r.m.goals.len() == total && total > 0)
            .or_else(|| {
                [Some(p), s]
                    .into_iter()
                    .flatten()
                    .find(|r| !r.m.goals.is_empty())
            });
        let lineup_source = [Some(p), s]
            .into_iter()
            .flatten()
            .find(|r| r.m.lineups.is_some());
        let kick_source = [Some(p), s]
            .into_iter()
            .flatten()
            .find(|r| !r.m.shootout.is_empty());
        let is_secondary = |r: &Rendering<'_>| r.file != p.file || r.m.line != p.m.line;
        if goal_source.is_some_and(|g| is_secondary(&g)) {
            self.rep.goals_from_full += 1;
        }
        if lineup_source.is_some_and(|l| is_secondary(&l)) {
            self.rep.lineups_merged += 1;
        }
        let any =
            |f: &dyn Fn(&ftxt::Match) -> bool| [Some(p), s].into_iter().flatten().find(|r| f(r.m));
        let venue = any(&|m| m.venue.is_some()).and_then(|r| r.m.venue.clone());
        let kickoff = any(&|m| m.kickoff.is_some()).and_then(|r| r.m.kickoff.clone());
        let referee =
            any(&|m| !m.referees.is_empty()).and_then(|r| r.m.referee().map(|o| o.name.clone()));
        let attendance = any(&|m| m.attendance.is_some()).and_then(|r| r.m.attendance);
        let pair = |x: (u8, u8)| (u32::from(x.0), u32::from(x.1));
        self.out.matches_of.push(OfMatch {
            id: of_id,
            match_id,
            edition: edition.to_string(),
            stage: p.m.stage.or_else(|| s.and_then(|s| s.m.stage)),
            round: p.m.round.clone(),
            group_name: p.m.group.clone(),
            number: p.m.number.map(u32::from),
            date,
            kickoff: kickoff.map(|k| match &k.zone {
                Some(z) => format!("{} {z}", k.time.format("%H:%M")),
                None => k.time.format("%H:%M").to_string(),
            }),
            home: p.home,
            away: p.away,
            home_name: p.m.home.clone(),
            away_name: p.m.away.clone(),
            home_score: u32::from(score.ft.0),
            away_score: u32::from(score.ft.1),
            ht: score.ht.map(pair),
            regulation: score.regulation.map(pair),
            extra_time: score.aet,
            pens: score.pens.map(pair),
            stadium: venue.as_ref().and_then(|v| v.stadium.clone()),
            city: venue.as_ref().and_then(|v| v.city.clone()),
            attendance,
            referee,
            link,
            goals_prov: goal_source
                .filter(|g| is_secondary(g))
                .map(|g| g.prov(g.m.line)),
            lineups_prov: lineup_source.map(|l| l.prov(l.m.line)),
            prov: p.prov(p.m.line),
        });

        // Goals.
        if let Some(g) = goal_source {
            let fl = flip && is_secondary(&g);
            let o = |x: Side| if fl { x.other() } else { x };
            for (seq, goal) in g.m.goals.iter().enumerate() {
                let side = o(goal.team_side);
                let team = p.team(side);
                let player_team = if goal.own_goal {
                    p.team(side.other())
                } else {
                    team
                };
                let player = self.link(edition, player_team, year, &goal.player, g.prov(goal.line));
                self.rep.goals += 1;
                match player {
                    Some(pl) if pl <= self.players_before => self.rep.goals_linked += 1,
                    Some(_) => self.rep.goals_new_player += 1,
                    None => {}
                }
                self.out.goals.push(OfGoal {
                    of_match: of_id,
                    match_id,
                    team,
                    player,
                    player_team,
                    name: goal.player.clone(),
                    minute: goal.minute,
                    own_goal: goal.own_goal,
                    penalty: goal.penalty,
                    seq: seq as u32 + 1,
                    prov: g.prov(goal.line),
                });
            }
        }

        // Line-ups, substitutions, cards.
        if let Some(l) = lineup_source {
            let fl = flip && is_secondary(&l);
            let o = |x: Side| if fl { x.other() } else { x };
            for lineup in l.m.lineups.iter().flatten() {
                let team = p.team(o(lineup.side));
                let mut seq = 0;
                for starter in &lineup.starters {
                    for (i, pl) in starter.chain().enumerate() {
                        seq += 1;
                        let prov = l.prov(pl.line);
                        let player = self.link(edition, team, year, &pl.name, prov);
                        self.rep.appearances += 1;
                        if player.is_some_and(|x| x <= self.players_before) {
                            self.rep.appearances_linked += 1;
                        }
                        self.out.appearances.push(OfAppearance {
                            of_match: of_id,
                            match_id,
                            team,
                            player,
                            name: pl.name.clone(),
                            starter: i == 0,
                            captain: pl.captain,
                            on: if i == 0 { None } else { pl.subbed_on_at },
                            off: pl.subbed_off_at,
                            seq,
                            prov,
                        });
                        for c in &pl.cards {
                            self.rep.cards += 1;
                            self.out.cards.push(OfCard {
                                of_match: of_id,
                                match_id,
                                team,
                                player,
                                name: pl.name.clone(),
                                kind: match c.kind {
                                    ftxt::CardKind::Yellow => "yellow",
                                    ftxt::CardKind::SecondYellow => "second_yellow",
                                    ftxt::CardKind::Red => "red",
                                }
                                .to_string(),
                                minute: c.minute,
                                prov,
                            });
                        }
                    }
                }
            }
        }

        // Shoot-out kicks.
        if let Some(k) = kick_source {
            let fl = flip && is_secondary(&k);
            let o = |x: Side| if fl { x.other() } else { x };
            for (seq, kick) in k.m.shootout.iter().enumerate() {
                let team = kick.side.map(|sd| p.team(o(sd)));
                let prov = k.prov(kick.line);
                let player = match team {
                    Some(t) => self.link(edition, t, year, &kick.player, prov),
                    None => None,
                };
                self.rep.kicks += 1;
                self.out.kicks.push(OfKick {
                    of_match: of_id,
                    match_id,
                    team,
                    player,
                    name: kick.player.clone(),
                    scored: kick.scored,
                    seq: seq as u32 + 1,
                    prov,
                });
            }
        }
        Ok(Some(date))
    }

    fn path(&self, file: i64) -> String {
        let i = (file - 1) as usize;
        self.ds
            .files
            .get(i)
            .or_else(|| self.out.files.get(i.wrapping_sub(self.ds.files.len())))
            .map(|f| f.path.clone())
            .unwrap_or_default()
    }

    /// A canonical match by index: the CSV sources' first, then those created here.
    fn match_at(&self, i: usize) -> &Match {
        match self.ds.matches.get(i) {
            Some(m) => m,
            None => &self.out.matches[i - self.ds.matches.len()],
        }
    }

    /// A canonical player by id: the CSV sources' first, then those created here.
    fn player(&self, id: i64) -> &Player {
        let i = (id - 1) as usize;
        match self.ds.players.get(i) {
            Some(p) => p,
            None => &self.out.players[i - self.ds.players.len()],
        }
    }

    /// Links a name seen in a match (scorer, line-up, kick), creating the player if unknown.
    fn link(&mut self, edition: &str, team: i64, year: i32, name: &str, prov: Prov) -> Option<i64> {
        let slot = (self.cur_edition, team);
        if let Some(&p) = self.name_cache.get(&slot).and_then(|m| m.get(name)) {
            return p;
        }
        let p = self.resolve(edition, team, year, name, None, prov);
        self.name_cache
            .entry(slot)
            .or_default()
            .insert(name.to_string(), p);
        p
    }

    fn count(&mut self, rule: &str) {
        match self.rep.names.get_mut(rule) {
            Some(n) => *n += 1,
            None => {
                self.rep.names.insert(rule.to_string(), 1);
            }
        }
    }

    fn resolve(
        &mut self,
        edition: &str,
        team: i64,
        year: i32,
        name: &str,
        birth: Option<Date>,
        prov: Prov,
    ) -> Option<i64> {
        let nk = NameKey::new(name);
        if nk.is_empty() {
            return None;
        }
        match self.players.find(edition, team, year, &nk, birth) {
            Found::One(p, rule) => {
                self.count(rule);
                let e = self.players.add(p, team, &nk, birth, year, year);
                self.players.enrol(edition, team, e);
                Some(p)
            }
            Found::Many(ps) => {
                self.count("ambiguous");
                let cands: Vec<String> = ps
                    .iter()
                    .map(|&c| {
                        let pl = self.player(c);
                        format!(
                            "{} {}",
                            pl.wc_id.as_deref().unwrap_or(&pl.name),
                            pl.birth_date.map_or("?".into(), |d| d.to_string())
                        )
                    })
                    .collect();
                self.rep.ambiguous.push(format!(
                    "{name} ({}, {edition}): {}",
                    self.teams.name(team),
                    cands.join(", ")
                ));
                None
            }
            Found::None => {
                self.count("created");
                let id = (self.ds.players.len() + self.out.players.len()) as i64 + 1;
                self.out.players.push(Player {
                    id,
                    wc_id: None,
                    name: display_name(name),
                    given_name: None,
                    family_name: None,
                    birth_date: birth,
                    birth_prov: None,
                    gender: Gender::Men,
                    team: Some(team),
                    prov,
                });
                self.rep.players_created += 1;
                let e = self.players.add(id, team, &nk, birth, year, year);
                self.players.enrol(edition, team, e);
                Some(id)
            }
        }
    }

    fn squad_row(
        &mut self,
        ed: &EditionFiles<'_>,
        edition: &str,
        fid: i64,
        s: &ftxt::SquadEntry,
        day0: Date,
        first: Option<Date>,
    ) -> Result<(), IngestError> {
        if s.position == Some(Position::Manager) || names::fold(&s.name).is_empty() {
            return Ok(());
        }
        let Some(team) = self.team(&s.team, day0, fid) else {
            return Ok(());
        };
        let prov = Prov {
            file: fid,
            line: s.line,
        };
        let year = day0.year();
        let player = self.resolve(edition, team, year, &s.name, s.birth_date, prov);
        self.rep.squad_rows += 1;
        if let Some(p) = player {
            if p <= self.players_before {
                self.rep.squad_linked += 1;
            }
            // The birth date known so far: a fill made earlier in this import, else the
            // player's own.
            let (known, known_prov, name, wc) = {
                let pl = self.player(p);
                match self.fills.get(&p) {
                    Some(&(d, pr)) => (Some(d), pr, pl.name.clone(), pl.wc_id.is_some()),
                    None => (
                        pl.birth_date,
                        pl.birth_prov.unwrap_or(pl.prov),
                        pl.name.clone(),
                        pl.wc_id.is_some(),
                    ),
                }
            };
            match (known, s.birth_date) {
                (None, Some(b)) => {
                    if p <= self.players_before {
                        self.fills.insert(p, (b, prov));
                        self.out.birth_fills.push(BirthFill {
                            player: p,
                            date: b,
                            prov,
                        });
                    } else if let Some(pl) = self
                        .out
                        .players
                        .get_mut((p - self.players_before - 1) as usize)
                    {
                        pl.birth_date = Some(b);
                        pl.birth_prov = Some(prov);
                    }
                    self.rep.birth_dates_filled += 1;
                }
                (Some(a), Some(b)) if a != b => {
                    let source = if wc {
                        Source::Fjelstul
                    } else {
                        Source::Openfootball
                    };
                    let conflict = Conflict {
                        kind: ConflictKind::Birth,
                        match_id: None,
                        tournament: ed.name(),
                        team: Some(team),
                        player: Some(p),
                        description: format!(
                            "{name}'s birth date: {a} ({source}) vs {b} (openfootball {})",
                            self.path(fid)
                        ),
                        preferred: ConflictSide {
                            source,
                            value: a.to_string(),
                            prov: known_prov,
                        },
                        other: ConflictSide {
                            source: Source::Openfootball,
                            value: b.to_string(),
                            prov,
                        },
                        rule: "birth dates: the first source that gives one (Fjelstul for World Cup players); openfootball squads only fill missing ones".into(),
                    };
                    self.out.conflicts.push(conflict);
                }
                _ => {}
            }
            if let (Some(caps), Some(goals), Some(first)) = (s.caps, s.goals, first) {
                let date = first.pred_opt().unwrap_or(first);
                self.out.snapshots.push(Snapshot {
                    player: p,
                    team,
                    date,
                    caps: Some(u32::from(caps)),
                    goals: u32::from(goals),
                    source: Source::Openfootball,
                    text: format!(
                        "{}, {caps} caps / {goals} goals for {} at the start of {} (end of {date})",
                        s.name,
                        self.teams.name(team),
                        ed.name()
                    ),
                    prov,
                });
                self.rep.snapshots += 1;
            }
        }
        self.out.squads.push(OfSquad {
            edition: edition.to_string(),
            team,
            player,
            name: s.name.clone(),
            number: s.number.map(u32::from),
            position: s.position.map(|p| p.code().to_string()),
            birth_date: s.birth_date,
            birth_year: s.birth_year,
            caps: s.caps.map(u32::from),
            goals: s.goals.map(u32::from),
            club: s.club.clone(),
            prov,
        });
        Ok(())
    }

    fn finish(&mut self) {
        self.rep.unresolved_teams = self
            .unresolved
            .iter()
            .map(|(n, f)| format!("{n} ({f})"))
            .collect();
        for u in &self.rep.unresolved_teams {
            self.problems.warn(format!(
                "openfootball team {u} matches no canonical team; its rows are left out"
            ));
        }
        let created: Vec<(i64, i64)> = self
            .out
            .players
            .iter()
            .filter_map(|p| Some((p.id, p.team?)))
            .collect();
        for (id, team) in created {
            let others = self.players.namesakes_of(id, team);
            if others.is_empty() {
                continue;
            }
            let describe = |p: &Player| {
                format!(
                    "{} ({}, born {})",
                    p.name,
                    p.wc_id.as_deref().unwrap_or("openfootball"),
                    p.birth_date.map_or("?".into(), |d| d.to_string())
                )
            };
            let mine = self.player(id).birth_date;
            let me = describe(self.player(id));
            let them: Vec<String> = others.iter().map(|&o| describe(self.player(o))).collect();
            let gaps: Vec<i64> = others
                .iter()
                .filter_map(|&o| Some((self.player(o).birth_date? - mine?).num_days().abs()))
                .collect();
            let why = if !gaps.is_empty() && gaps.iter().all(|&g| g > 2 * 365) {
                format!(
                    "born {} years apart: two people of the same name",
                    gaps.iter().min().map_or(0, |g| g / 365)
                )
            } else {
                "the name fitted several players when it was met, so none was chosen".to_string()
            };
            self.rep.duplicates.push(format!(
                "{me} of {} beside {}: {why}",
                self.teams.name(team),
                them.join(", ")
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edition_dirs() {
        assert_eq!(
            edition_dir("worldcup/2022--qatar/cup.txt"),
            Some((Comp::WorldCup, 2022))
        );
        assert_eq!(
            edition_dir("worldcup/more/1930_full.txt"),
            Some((Comp::WorldCup, 1930))
        );
        assert_eq!(
            edition_dir("euro/2021--europe/squads/england.txt"),
            Some((Comp::Euro, 2021))
        );
        assert_eq!(edition_dir("worldcup/PROVENANCE.txt"), None);
    }
}
