//! Discovering and parsing every Football.TXT file under a data directory.
//!
//! This module owns file discovery and the grouping of openfootball files (cup results, line-up
//! files, squads, Euro files, alternative renderings). It reads files but must not interpret
//! their content beyond calling the parser.

use crate::error::ParseError;
use crate::model::Document;
use crate::parser::{parse_str, parse_str_lenient, Parsed};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The kind of openfootball file, from its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileGroup {
    /// `worldcup/YYYY--host/cup.txt`: group stage results with scorers.
    WorldCupCup,
    /// `worldcup/YYYY--host/cup_finals.txt`: knockout results.
    WorldCupFinals,
    /// `worldcup/2026--usa/quali_playoffs.txt` and other qualifying files.
    WorldCupQualifying,
    /// `worldcup/more/YYYY.txt`: results with scorers.
    WorldCupMore,
    /// `worldcup/more/YYYY_full.txt`: results with line-ups, cards, officials, attendance.
    WorldCupMoreFull,
    /// `worldcup/more/YYYY_squads.txt`: squads with full birth dates.
    WorldCupMoreSquads,
    /// `worldcup/YYYY--host/squads/*.txt`: squads with caps and clubs.
    WorldCupSquads,
    /// `euro/YYYY--host/euro.txt`: Euro results.
    Euro,
    /// `euro/YYYY--host/squads/*.txt`: Euro squads with caps/goals at tournament start.
    EuroSquads,
    /// `<competition>/YYYY--host/squads/*.txt` of any other competition (`copa-america/`): squads
    /// in the Euro format, with caps/goals at tournament start.
    CupSquads,
    /// `rsssf/`, `wikipedia/`, `planetworldcup/`, `min/`: alternative renderings, not parsed.
    Alternative,
    /// Any other `.txt` file (e.g. `PROVENANCE.txt`), not parsed.
    Other,
}

impl FileGroup {
    /// All groups in report order.
    pub const ALL: [FileGroup; 12] = [
        FileGroup::WorldCupCup,
        FileGroup::WorldCupFinals,
        FileGroup::WorldCupQualifying,
        FileGroup::WorldCupMore,
        FileGroup::WorldCupMoreFull,
        FileGroup::WorldCupMoreSquads,
        FileGroup::WorldCupSquads,
        FileGroup::Euro,
        FileGroup::EuroSquads,
        FileGroup::CupSquads,
        FileGroup::Alternative,
        FileGroup::Other,
    ];

    /// Classifies a path (relative or absolute; `/` or the platform separator).
    pub fn classify(path: &Path) -> FileGroup {
        let parts: Vec<String> = path
            .components()
            .map(|c| c.as_os_str().to_string_lossy().to_string())
            .collect();
        let name = parts.last().map(String::as_str).unwrap_or("");
        let parent = parts
            .len()
            .checked_sub(2)
            .and_then(|i| parts.get(i))
            .map(String::as_str)
            .unwrap_or("");
        let in_dir = |d: &str| parts.iter().rev().skip(1).any(|p| p == d);
        let euro = in_dir("euro");
        if ["rsssf", "wikipedia", "planetworldcup", "min"]
            .iter()
            .any(|d| in_dir(d))
        {
            return FileGroup::Alternative;
        }
        if !name.ends_with(".txt") {
            return FileGroup::Other;
        }
        if parent == "squads" {
            return if euro {
                FileGroup::EuroSquads
            } else if in_dir("worldcup") || parts.len() < 4 {
                FileGroup::WorldCupSquads
            } else {
                FileGroup::CupSquads
            };
        }
        if parent == "more" {
            let stem = name.trim_end_matches(".txt");
            if stem.ends_with("_full") {
                return FileGroup::WorldCupMoreFull;
            }
            if stem.ends_with("_squads") {
                return FileGroup::WorldCupMoreSquads;
            }
            if stem.chars().all(|c| c.is_ascii_digit()) {
                return FileGroup::WorldCupMore;
            }
            return FileGroup::Other;
        }
        match name {
            "cup.txt" => FileGroup::WorldCupCup,
            "cup_finals.txt" => FileGroup::WorldCupFinals,
            "euro.txt" => FileGroup::Euro,
            n if n.starts_with("quali") => FileGroup::WorldCupQualifying,
            _ => FileGroup::Other,
        }
    }

    /// True when the parser reads files of this group.
    pub fn attempted(self) -> bool {
        !matches!(self, FileGroup::Alternative | FileGroup::Other)
    }

    /// True for the groups that must parse with zero skipped lines.
    pub fn zero_skip_target(self) -> bool {
        matches!(
            self,
            FileGroup::WorldCupCup
                | FileGroup::WorldCupFinals
                | FileGroup::WorldCupMoreFull
                | FileGroup::WorldCupMoreSquads
                | FileGroup::WorldCupSquads
                | FileGroup::Euro
                | FileGroup::EuroSquads
                | FileGroup::CupSquads
        )
    }

    /// Short label for tables, e.g. `worldcup cup.txt`.
    pub fn label(self) -> &'static str {
        match self {
            FileGroup::WorldCupCup => "worldcup cup.txt",
            FileGroup::WorldCupFinals => "worldcup cup_finals.txt",
            FileGroup::WorldCupQualifying => "worldcup quali",
            FileGroup::WorldCupMore => "worldcup more/YYYY.txt",
            FileGroup::WorldCupMoreFull => "worldcup more/*_full.txt",
            FileGroup::WorldCupMoreSquads => "worldcup more/*_squads.txt",
            FileGroup::WorldCupSquads => "worldcup squads/*.txt",
            FileGroup::Euro => "euro euro.txt",
            FileGroup::EuroSquads => "euro squads/*.txt",
            FileGroup::CupSquads => "copa-america (other cups) squads/*.txt",
            FileGroup::Alternative => "alternative (not attempted)",
            FileGroup::Other => "other (not attempted)",
        }
    }
}

/// What happened to one file.
#[derive(Debug)]
pub enum FileOutcome {
    /// Parsed leniently; see [`Parsed::skipped`] for unreadable lines.
    Parsed(Parsed),
    /// Not a file the parser reads (alternative renderings and other text).
    NotAttempted,
    /// The file could not be read (I/O or not UTF-8).
    Unreadable(ParseError),
}

/// One file of a directory parse.
#[derive(Debug)]
pub struct FileResult {
    /// Path relative to the root, with `/` separators (also the document label).
    pub path: String,
    /// The file's group.
    pub group: FileGroup,
    /// The outcome.
    pub outcome: FileOutcome,
}

impl FileResult {
    /// The parsed document, if the file was parsed.
    pub fn document(&self) -> Option<&Document> {
        match &self.outcome {
            FileOutcome::Parsed(p) => Some(&p.document),
            _ => None,
        }
    }
}

/// Reads and strictly parses one file; the label is the path as given.
pub fn parse_file(path: &Path) -> Result<Document, ParseError> {
    let bytes = std::fs::read(path).map_err(|source| ParseError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let label = path.to_string_lossy();
    parse_str(&label, &crate::decode(&label, &bytes)?)
}

/// Discovers every `.txt` file under `root` (recursively, sorted by path) and parses the
/// Football.TXT ones leniently, spreading files over the available cores. Alternative
/// renderings are listed as [`FileOutcome::NotAttempted`]. Fails only when `root` itself
/// cannot be read.
pub fn parse_dir(root: &Path) -> Result<Vec<FileResult>, ParseError> {
    let mut files = Vec::new();
    collect(root, root, &mut files)?;
    files.sort();
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .clamp(1, 8)
        .min(files.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut slots: Vec<Option<FileResult>> =
        std::iter::repeat_with(|| None).take(files.len()).collect();
    let done: Vec<Vec<(usize, FileResult)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let idx = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some((rel, abs)) = files.get(idx) else {
                            break;
                        };
                        out.push((idx, parse_one(rel, abs)));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    for (idx, result) in done.into_iter().flatten() {
        slots[idx] = Some(result);
    }
    // A worker that panicked leaves holes; parse those files here (the parser does not panic,
    // so this is a safety net).
    Ok(slots
        .into_iter()
        .zip(&files)
        .map(|(slot, (rel, abs))| slot.unwrap_or_else(|| parse_one(rel, abs)))
        .collect())
}

fn parse_one(rel: &str, abs: &Path) -> FileResult {
    let group = FileGroup::classify(Path::new(rel));
    let outcome = if group.attempted() {
        match std::fs::read(abs) {
            Ok(bytes) => match crate::decode(rel, &bytes) {
                Ok(text) => FileOutcome::Parsed(parse_str_lenient(rel, &text)),
                Err(e) => FileOutcome::Unreadable(e),
            },
            Err(source) => FileOutcome::Unreadable(ParseError::Io {
                path: abs.to_path_buf(),
                source,
            }),
        }
    } else {
        FileOutcome::NotAttempted
    };
    FileResult {
        path: rel.to_string(),
        group,
        outcome,
    }
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) -> Result<(), ParseError> {
    let entries = std::fs::read_dir(dir).map_err(|source| ParseError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| ParseError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        let file_type = entry.file_type().map_err(|source| ParseError::Io {
            path: path.clone(),
            source,
        })?;
        if file_type.is_dir() {
            collect(root, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().to_string())
                .collect::<Vec<_>>()
                .join("/");
            out.push((rel, path));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_paths() {
        let c = |p: &str| FileGroup::classify(Path::new(p));
        assert_eq!(c("worldcup/2022--qatar/cup.txt"), FileGroup::WorldCupCup);
        assert_eq!(
            c("worldcup/2022--qatar/cup_finals.txt"),
            FileGroup::WorldCupFinals
        );
        assert_eq!(
            c("worldcup/2026--usa/quali_playoffs.txt"),
            FileGroup::WorldCupQualifying
        );
        assert_eq!(
            c("worldcup/more/2022_full.txt"),
            FileGroup::WorldCupMoreFull
        );
        assert_eq!(
            c("worldcup/more/2022_squads.txt"),
            FileGroup::WorldCupMoreSquads
        );
        assert_eq!(c("worldcup/more/2022.txt"), FileGroup::WorldCupMore);
        assert_eq!(
            c("worldcup/2014--brazil/squads/en-england.txt"),
            FileGroup::WorldCupSquads
        );
        assert_eq!(
            c("euro/2021--europe/squads/england.txt"),
            FileGroup::EuroSquads
        );
        assert_eq!(c("euro/2021--europe/euro.txt"), FileGroup::Euro);
        assert_eq!(
            c("copa-america/2021--brazil/squads/argentina.txt"),
            FileGroup::CupSquads
        );
        assert_eq!(c("worldcup/rsssf/2022f.txt"), FileGroup::Alternative);
        assert_eq!(c("worldcup/min/2022.txt"), FileGroup::Alternative);
        assert_eq!(c("worldcup/PROVENANCE.txt"), FileGroup::Other);
    }
}
