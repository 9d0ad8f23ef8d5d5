//! Parser for Football.TXT, the hand-written plain-text format of the openfootball projects.
//!
//! It reads the World Cup and Euro files of openfootball — results with half-time, extra-time
//! and shoot-out scores, scorer lists, kick-off times and venues, line-ups with substitutions
//! and cards, officials, attendance and squads — into typed [`Document`]s where every item
//! carries its 1-based source line.
//!
//! * [`parse_str`]: strict; the first unreadable line is a [`ParseError`] such as
//!   `cup.txt:12:23: expected a score such as `2-1` or `v` between the teams, found "x-1 Iran"`.
//! * [`parse_str_lenient`]: returns the document plus every skipped line with its reason.
//! * [`parse_dir`]: discovers and parses every file of a data directory; [`FileReport`] and
//!   [`render_table`] summarise the result.
//!
//! ```
//! use goalline_footballtxt::{parse_str, Side};
//!
//! let doc = parse_str(
//!     "worldcup/2022--qatar/cup_finals.txt",
//!     "= World Cup 2022\n\n▪ Quarter-finals\nSat Dec 10\n   22:00    England  1-2 (0-1)   France  @ Al Bayt Stadium, Al Khor\n                (Harry Kane 54'(pen.);\n                 Aurelién Tchouaméni 17' Olivier Giroud 78')\n",
//! )?;
//! let m = &doc.matches[0];
//! assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2022-12-10"));
//! assert_eq!(m.stage, Some(goalline_core::Stage::QuarterFinal));
//! assert_eq!(m.goals.len(), 3);
//! assert!(m.goals[0].penalty && m.goals[0].team_side == Side::Home);
//! assert_eq!(m.goals[1].line, 7);
//! # Ok::<(), goalline_footballtxt::ParseError>(())
//! ```
//!
//! Module map: `lines` splits text and joins continuation lines; `grammar` holds the winnow
//! grammar of each construct; `parser` keeps document context (year, date, headings, the match
//! that scorers and line-ups attach to); `model` is the typed output; `dir` walks a data
//! directory; `report` counts and formats. This crate does no entity linking: names are kept
//! as written, and it never panics on any input.
#![forbid(unsafe_code)]

mod consistency;
mod dir;
mod encoding;
mod error;
mod grammar;
mod lines;
mod model;
mod parser;
mod report;

pub use dir::{parse_dir, parse_file, FileGroup, FileOutcome, FileResult};
pub use encoding::decode;
pub use error::ParseError;
pub use model::{
    Card, CardKind, Document, Goal, GroupTable, Heading, KickOff, Lineup, LineupPlayer, Match,
    MatchStatus, Official, Position, ScheduleEntry, Score, ShootoutKick, Side, SquadEntry,
    SuddenDeath, Title, Venue, Warning,
};
pub use parser::{parse_str, parse_str_lenient, parse_with, Mode, Parsed, SkippedLine};
pub use report::{render_summary, render_table, summarize, FileReport, GroupSummary};
