//! Document-level consistency rules: a line that parses can still not belong where it stands.
//!
//! The grammar reads one line at a time; these rules see the lines around it, so that one stray
//! line cannot invent a match in strict mode:
//!
//! * a date line must be followed by a match before the next date line (`Fri Nov 25` then a
//!   stray `Mon Nov 21` moves every following match of the day);
//! * under one heading, dates do not go backwards;
//! * a match under `▪ Group A` is between teams of the `Group A | …` table, when the file has
//!   that table (a name missing from it is tolerated unless it belongs to another group);
//! * the same two teams do not meet twice in a group that has a `Group A | …` table;
//! * a match under a round with a schedule line (`▪ Quarter-finals | Fri Dec 9 - Sat Dec 10`)
//!   is dated within it, and a group match of a file with matchdays falls on one of them.
//!
//! This module only decides; [`crate::parser`] turns a violation into a located error.

use crate::model::{GroupTable, ScheduleEntry};
use goalline_core::names::{fold, sorted_key};
use goalline_core::Date;
use std::collections::HashMap;

/// A broken rule: the expectation, phrased for `expected …`.
#[derive(Debug)]
pub(crate) struct Violation {
    /// What was expected (the parser adds `file:line:column`).
    pub expected: String,
    /// Which part of the line to point at.
    pub at: Part,
}

/// The part of a match line a violation points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    /// The start of the line (the date).
    Start,
    /// The home team.
    Home,
    /// The away team.
    Away,
}

/// State of the consistency rules while a document is parsed.
#[derive(Debug, Default)]
pub(crate) struct Consistency {
    /// A date line that has not been followed by a match yet: (line, date).
    dangling: Option<(u32, Date)>,
    /// The section (heading path) the last date belongs to, and that date with its line.
    last_date: Option<(Date, u32)>,
    /// Bumped whenever the heading path changes.
    section: u32,
    /// (section, pair of folded team names) → line of the first meeting.
    pairs: HashMap<(u32, String, String), u32>,
}

fn same_name(a: &str, b: &str) -> bool {
    fold(a) == fold(b) || sorted_key(a) == sorted_key(b)
}

impl Consistency {
    /// The heading path changed: dates and meetings start afresh.
    pub fn new_section(&mut self) {
        self.section = self.section.wrapping_add(1);
        self.last_date = None;
    }

    /// A date was read on `line` (a date line, or a match line that starts with a date).
    /// `header_only` is true for a line without a match.
    pub fn date(&mut self, line: u32, date: Date, header_only: bool) -> Result<(), Violation> {
        if header_only {
            if let Some((prev_line, prev)) = self.dangling {
                if prev_line != line {
                    return Err(Violation {
                        expected: format!(
                            "a match after the date {prev} on line {prev_line} before another date"
                        ),
                        at: Part::Start,
                    });
                }
            }
        }
        // Before the first heading a file may list anything (fixtures of date spellings);
        // under a heading, the dates of its matches run forward.
        if let Some((prev, prev_line)) = self.last_date.filter(|_| self.section > 0) {
            // One day back is tolerated: 2006--germany/cup.txt lists Mon Jun 12 after
            // Tue Jun 13 in Group F. No file of the data goes back further.
            if date + chrono::Days::new(1) < prev {
                return Err(Violation {
                    expected: format!(
                        "a date on or after {prev} (line {prev_line}) under the same heading"
                    ),
                    at: Part::Start,
                });
            }
        }
        self.last_date = Some((date, line));
        self.dangling = header_only.then_some((line, date));
        Ok(())
    }

    /// A line that stood for a match was read (even if it could not be parsed).
    pub fn match_seen(&mut self) {
        self.dangling = None;
    }

    /// A date line still waiting for its match, if any: (line, date).
    pub fn dangling(&self) -> Option<(u32, Date)> {
        self.dangling
    }

    /// Checks a match (teams, date, group and round) and records it.
    #[allow(clippy::too_many_arguments)]
    pub fn match_line(
        &mut self,
        line: u32,
        home: &str,
        away: &str,
        date: Option<Date>,
        group: Option<&str>,
        round: Option<&str>,
        tables: &[GroupTable],
        schedule: &[ScheduleEntry],
    ) -> Result<(), Violation> {
        self.dangling = None;
        if let Some(group) = group {
            // The most recent table of that name (a second group stage reuses names).
            if let Some(table) = tables.iter().rev().find(|t| same_name(&t.name, group)) {
                // Files spell a team differently in the table and the match lines
                // (`Ivory Coast` / `Côte d'Ivoire`), so a name outside the table is an error
                // only when it belongs to another group, or when neither team is in the table.
                let member = |team: &str| table.teams.iter().any(|t| same_name(t, team));
                let elsewhere = |team: &str| {
                    tables.iter().any(|t| {
                        !same_name(&t.name, group) && t.teams.iter().any(|n| same_name(n, team))
                    })
                };
                let neither = !member(home) && !member(away);
                for (team, at) in [(home, Part::Home), (away, Part::Away)] {
                    if !member(team) && (neither || elsewhere(team)) {
                        return Err(Violation {
                            expected: format!(
                                "a team of {} ({}, line {})",
                                table.name,
                                table.teams.join(", "),
                                table.line
                            ),
                            at,
                        });
                    }
                }
            }
        }
        if let Some(d) = date {
            if let Some(round) = round {
                if let Some(s) = schedule
                    .iter()
                    .rev()
                    .find(|s| s.name.eq_ignore_ascii_case(round))
                {
                    if d < s.start || d > s.end {
                        return Err(Violation {
                            expected: format!(
                                "a date within {} ({} to {}, line {}), the match is dated {d}",
                                s.name, s.start, s.end, s.line
                            ),
                            at: Part::Start,
                        });
                    }
                }
            }
            let matchdays: Vec<&ScheduleEntry> = schedule
                .iter()
                .filter(|s| s.name.to_lowercase().starts_with("matchday"))
                .collect();
            if group.is_some() && !matchdays.is_empty() {
                let first = matchdays.iter().map(|s| s.start).min();
                let last = matchdays.iter().map(|s| s.end).max();
                let inside = matchdays.iter().any(|s| s.start <= d && d <= s.end);
                // Only matches inside the span of the matchdays are held to them (a later
                // group stage may have none listed).
                let in_span = first.is_some_and(|f| f <= d) && last.is_some_and(|l| d <= l);
                if !inside && in_span {
                    return Err(Violation {
                        expected: format!("a date on one of the matchdays, the match is dated {d}"),
                        at: Part::Start,
                    });
                }
            }
        }
        // Each pair of a round-robin group meets once per group phase; elsewhere (play-offs,
        // replays, placeholders such as `N.N.`) a pair may meet again under one heading.
        let in_table = group.is_some_and(|g| tables.iter().any(|t| same_name(&t.name, g)));
        if !in_table {
            return Ok(());
        }
        let (a, b) = {
            let (h, w) = (fold(home), fold(away));
            if h <= w {
                (h, w)
            } else {
                (w, h)
            }
        };
        if let Some(first) = self.pairs.get(&(self.section, a.clone(), b.clone())) {
            return Err(Violation {
                expected: format!(
                    "a match not listed yet under this heading ({home} v {away} is on line {first})"
                ),
                at: Part::Home,
            });
        }
        self.pairs.insert((self.section, a, b), line);
        Ok(())
    }
}
