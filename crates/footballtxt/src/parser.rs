//! The document parser: walks the lines, keeps context and builds a [`Document`].
//!
//! Context that the grammar cannot see lives here: the tournament year (dates rarely carry
//! one), the current date, the heading path (stage and group), the pending match header of
//! `more/*_full.txt`, the match that scorer lists, line-ups, shoot-outs and officials attach
//! to, and the current squad team. This module decides which construct a line starts and how
//! far it continues; the grammar of each construct lives in [`crate::grammar`].

use crate::consistency::{Consistency, Part, Violation};
use crate::error::ParseError;
use crate::grammar::{self, date::RangeEnd, date::RawDate, date::RawTime, SyntaxError};
use crate::lines::{self, Logical, PhysLine};
use crate::model::{
    Document, Goal, GroupTable, Heading, KickOff, Lineup, Match, MatchStatus, ScheduleEntry,
    ShootoutKick, Side, SquadEntry, Title, Venue, Warning,
};
use goalline_core::names::{fold, sorted_key};
use goalline_core::{Date, Datelike, Stage};
use serde::{Deserialize, Serialize};

/// A line the lenient parser could not read, with the reason.
#[derive(Debug)]
pub struct SkippedLine {
    /// 1-based line number.
    pub line: u32,
    /// The line as written.
    pub text: String,
    /// Why it was skipped (the error strict mode would have returned).
    pub error: ParseError,
}

/// The result of a lenient parse: everything readable, plus what was not.
#[derive(Debug)]
pub struct Parsed {
    /// The document built from every readable line.
    pub document: Document,
    /// Lines that could not be read, in file order (a multi-line construct that fails is
    /// reported once per physical line). Comments and blank lines are never skipped.
    pub skipped: Vec<SkippedLine>,
}

/// How the parser treats unreadable lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    /// Stop at the first unreadable line with a [`ParseError`].
    Strict,
    /// Skip unreadable lines and report them in [`Parsed::skipped`].
    Lenient,
}

/// Parses a Football.TXT text strictly: the first line that does not follow the grammar is an
/// error `file:line:column: expected …, found "…"`. `file_label` names the source in errors
/// and in [`Document::label`]; it also supplies the year when the text has no title.
///
/// ```
/// let doc = goalline_footballtxt::parse_str(
///     "cup.txt",
///     "= World Cup 2022\n▪ Final\nSun Dec 18\n  18:00  Argentina  3-3 a.e.t. (2-2, 2-0), 4-2 pen.  France\n",
/// )?;
/// let m = &doc.matches[0];
/// assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2022-12-18"));
/// assert_eq!(m.score.map(|s| s.pens), Some(Some((4, 2))));
/// # Ok::<(), goalline_footballtxt::ParseError>(())
/// ```
pub fn parse_str(file_label: &str, text: &str) -> Result<Document, ParseError> {
    let mut p = DocParser::new(file_label, Mode::Strict);
    p.run(text)?;
    p.finish().map(|parsed| parsed.document)
}

/// Parses leniently: unreadable lines are skipped and returned with their reasons.
/// Never fails and never panics.
pub fn parse_str_lenient(file_label: &str, text: &str) -> Parsed {
    let mut p = DocParser::new(file_label, Mode::Lenient);
    // In lenient mode every error is recorded instead of returned.
    let _ = p.run(text);
    match p.finish() {
        Ok(parsed) => parsed,
        Err(e) => Parsed {
            document: Document {
                label: file_label.to_string(),
                ..Document::default()
            },
            skipped: vec![SkippedLine {
                line: e.line(),
                text: String::new(),
                error: e,
            }],
        },
    }
}

/// Parses in the given mode; strict errors become `Err`, lenient ones land in `skipped`.
pub fn parse_with(file_label: &str, text: &str, mode: Mode) -> Result<Parsed, ParseError> {
    let mut p = DocParser::new(file_label, mode);
    p.run(text)?;
    p.finish()
}

/// A header line waiting for its match (`Sun Nov 20 19:00 UTC+3 @ Al Bayt Stadium, …`).
#[derive(Debug, Default)]
struct PendingHeader {
    number: Option<u16>,
    time: Option<RawTime>,
    venue: Option<String>,
    attendance: Option<u32>,
}

/// Which construct a line starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Eq,
    Bullet,
    GroupTable,
    Goals,
    Officials,
    Shootout,
    LegacySquad,
    SquadRow,
    Lineup,
    MatchLine,
}

struct DocParser<'l> {
    label: &'l str,
    mode: Mode,
    doc: Document,
    skipped: Vec<SkippedLine>,
    label_year: Option<i32>,
    date: Option<Date>,
    stack: Vec<(u8, String)>,
    group_phase: u8,
    matches_at_last_table: Option<usize>,
    header: Option<PendingHeader>,
    current: Option<usize>,
    lineups: Vec<Vec<Lineup>>,
    squad_team: Option<String>,
    seen_content: bool,
    qualifying: bool,
    rules: Consistency,
}

impl<'l> DocParser<'l> {
    fn new(label: &'l str, mode: Mode) -> Self {
        DocParser {
            label,
            mode,
            doc: Document {
                label: label.to_string(),
                ..Document::default()
            },
            skipped: Vec::new(),
            label_year: year_in(label),
            date: None,
            stack: Vec::new(),
            group_phase: 0,
            matches_at_last_table: None,
            header: None,
            current: None,
            lineups: Vec::new(),
            squad_team: None,
            seen_content: false,
            qualifying: false,
            rules: Consistency::default(),
        }
    }

    fn run(&mut self, text: &str) -> Result<(), ParseError> {
        let lines = lines::split(text);
        let mut idx = 0;
        while idx < lines.len() {
            let line = &lines[idx];
            if line.is_empty() {
                if !self.seen_content {
                    self.comment_header(line);
                }
                idx += 1;
                continue;
            }
            self.seen_content = true;
            let kind = classify(line);
            let (logical, consumed) = gather(&lines, idx, kind);
            if let Err(e) = self.item(kind, &logical) {
                match self.mode {
                    Mode::Strict => return Err(e),
                    Mode::Lenient => {
                        if kind == Kind::MatchLine {
                            self.current = None;
                            self.header = None;
                            // The date's match was there, just unreadable: listing the date
                            // line too would report one fault twice (and first).
                            self.rules.match_seen();
                        }
                        self.skip(&lines, idx, consumed, e);
                    }
                }
            }
            idx += consumed;
        }
        Ok(())
    }

    fn skip(&mut self, lines: &[PhysLine<'_>], idx: usize, consumed: usize, error: ParseError) {
        let mut first = true;
        let start = lines.get(idx).map_or(0, |l| l.no);
        for l in &lines[idx..idx + consumed] {
            if l.is_empty() {
                continue;
            }
            let err = if first {
                first = false;
                clone_error(&error)
            } else {
                ParseError::Syntax {
                    file: self.label.to_string(),
                    line: l.no,
                    column: 1,
                    expected: format!(
                        "a readable construct (this line continues the one on line {start}, \
                         which failed)"
                    ),
                    found: l.body.chars().take(40).collect(),
                }
            };
            self.skipped.push(SkippedLine {
                line: l.no,
                text: l.raw.to_string(),
                error: err,
            });
        }
    }

    /// `# England (ENG)` before any content names the team of a squad file.
    fn comment_header(&mut self, line: &PhysLine<'_>) {
        let Some(comment) = line.comment else { return };
        let text = comment.trim_start_matches('#').trim();
        if let Some(open) = text.rfind('(') {
            let code = text[open + 1..].trim_end_matches(')');
            let team = text[..open].trim();
            if text.ends_with(')')
                && (2..=4).contains(&code.len())
                && code.chars().all(|c| c.is_ascii_uppercase())
                && !team.is_empty()
                && !team.contains(',')
            {
                self.squad_team = Some(team.to_string());
            }
        }
    }

    fn syntax(&self, log: &Logical<'_>, e: SyntaxError) -> ParseError {
        let (line, column) = log.locate(e.offset);
        ParseError::Syntax {
            file: self.label.to_string(),
            line,
            column,
            expected: e.expected,
            found: log.found_at(e.offset),
        }
    }

    fn context_error(&self, log: &Logical<'_>, expected: &str) -> ParseError {
        self.syntax(
            log,
            SyntaxError {
                offset: 0,
                expected: expected.to_string(),
            },
        )
    }

    fn item(&mut self, kind: Kind, log: &Logical<'_>) -> Result<(), ParseError> {
        match kind {
            Kind::Eq => self.eq_heading(log),
            Kind::Bullet => self.bullet(log),
            Kind::GroupTable => self.group_table(log),
            Kind::Goals => self.goals(log),
            Kind::Officials => self.officials(log),
            Kind::Shootout => self.shootout(log),
            Kind::LegacySquad => {
                let row = grammar::run(&log.text, grammar::squad::legacy_row)
                    .map_err(|e| self.syntax(log, e))?;
                self.squad_row(log, row)
            }
            Kind::SquadRow => {
                let row = grammar::run(&log.text, grammar::squad::comma_row)
                    .map_err(|e| self.syntax(log, e))?;
                self.squad_row(log, row)
            }
            Kind::Lineup => self.lineup(log),
            Kind::MatchLine => self.match_line(log),
        }
    }

    fn eq_heading(&mut self, log: &Logical<'_>) -> Result<(), ParseError> {
        let h = grammar::run(&log.text, grammar::heading::eq_heading)
            .map_err(|e| self.syntax(log, e))?;
        if h.text.is_empty() {
            // A ruler such as `=========` frames the title of squad files; anywhere after the
            // title a line of `=` is a stray line, not a heading.
            if self.doc.title.is_none() && self.doc.matches.is_empty() && self.doc.squads.is_empty()
            {
                return Ok(());
            }
            return Err(self.context_error(
                log,
                "a heading text after `=` (a ruler of `=` belongs above the title only)",
            ));
        }
        let line = log.first_line();
        if self.doc.title.is_none() && h.level == 1 {
            if let Some((team, rest)) = h.text.split_once(" - ") {
                if year_in(rest).is_some() {
                    self.squad_team = Some(team.trim().to_string());
                }
            }
            self.qualifying = h.text.to_lowercase().contains("qualif");
            self.doc.title = Some(Title {
                year: year_in(&h.text),
                text: h.text,
                line,
            });
            return Ok(());
        }
        if h.level >= 2 && !h.closed {
            self.squad_team = Some(h.text);
            return Ok(());
        }
        self.new_section(log)?;
        self.stack.clear();
        self.stack.push((0, h.text.clone()));
        self.doc.headings.push(Heading {
            level: 0,
            text: h.text,
            line,
        });
        Ok(())
    }

    fn bullet(&mut self, log: &Logical<'_>) -> Result<(), ParseError> {
        let h = grammar::run(&log.text, grammar::heading::bullet_heading)
            .map_err(|e| self.syntax(log, e))?;
        let line = log.first_line();
        if let Some((first, end)) = h.range {
            let start = self.resolve(first, log)?;
            let end = match end {
                None => start,
                Some(RangeEnd::Date(d)) => self.resolve(d, log)?,
                Some(RangeEnd::Day(day)) => {
                    start.with_day(day).ok_or_else(|| ParseError::Invalid {
                        file: self.label.to_string(),
                        line,
                        column: log.locate(h.range_offset).1,
                        what: "date range",
                        found: log.text[h.range_offset..].trim().to_string(),
                        reason: format!("day {day} does not exist in that month"),
                    })?
                }
            };
            self.doc.schedule.push(ScheduleEntry {
                name: h.text.clone(),
                start,
                end,
                line,
            });
            if !h.text.to_lowercase().starts_with("matchday") {
                self.new_section(log)?;
                self.set_heading(h.level, h.text);
            }
            return Ok(());
        }
        self.new_section(log)?;
        self.set_heading(h.level, h.text.clone());
        self.doc.headings.push(Heading {
            level: h.level,
            text: h.text,
            line,
        });
        Ok(())
    }

    /// A heading starts: a date line before it must have had its match.
    fn new_section(&mut self, log: &Logical<'_>) -> Result<(), ParseError> {
        if let Some((line, date)) = self.rules.dangling() {
            return Err(self.context_error(
                log,
                &format!("a match after the date {date} on line {line} before the next heading"),
            ));
        }
        self.rules.new_section();
        Ok(())
    }

    fn violation(&self, log: &Logical<'_>, v: Violation, home: usize, away: usize) -> ParseError {
        let offset = match v.at {
            Part::Start => 0,
            Part::Home => home,
            Part::Away => away,
        };
        self.syntax(
            log,
            SyntaxError {
                offset,
                expected: v.expected,
            },
        )
    }

    fn set_heading(&mut self, level: u8, text: String) {
        self.stack.retain(|(l, _)| *l < level);
        self.stack.push((level, text));
        self.header = None;
    }

    fn group_table(&mut self, log: &Logical<'_>) -> Result<(), ParseError> {
        let (name, teams) = grammar::run(&log.text, grammar::heading::group_table)
            .map_err(|e| self.syntax(log, e))?;
        if teams.len() < 2 {
            let at = log.text.find('|').map_or(0, |p| p + 1);
            return Err(self.syntax(
                log,
                SyntaxError {
                    offset: at,
                    expected: "two or more team names after `|`, separated by two spaces"
                        .to_string(),
                },
            ));
        }
        let played = self.doc.matches.len();
        match self.matches_at_last_table {
            Some(n) if played > n => self.group_phase += 1,
            None => self.group_phase = 1,
            _ => {}
        }
        self.matches_at_last_table = Some(played);
        self.doc.groups.push(GroupTable {
            name,
            teams,
            phase: self.group_phase.max(1),
            line: log.first_line(),
        });
        Ok(())
    }

    fn current_match(&self, log: &Logical<'_>, what: &str) -> Result<usize, ParseError> {
        self.current
            .ok_or_else(|| self.context_error(log, &format!("a match line before {what}")))
    }

    fn goals(&mut self, log: &Logical<'_>) -> Result<(), ParseError> {
        let (goals, split) = grammar::run(&log.text, grammar::goals::goals_block)
            .map_err(|e| self.syntax(log, e))?;
        let idx = self.current_match(log, "the scorer list")?;
        let m = &mut self.doc.matches[idx];
        // Without `;` the list belongs to the side that scored, when only one did.
        let only_away = !split && m.score.is_some_and(|s| s.ft.0 == 0 && s.ft.1 > 0);
        m.goals.extend(goals.into_iter().map(|g| Goal {
            team_side: if only_away { Side::Away } else { g.side },
            player: g.player,
            minute: g.minute,
            penalty: g.penalty,
            own_goal: g.own_goal,
            line: log.line_of(g.offset),
        }));
        Ok(())
    }

    fn officials(&mut self, log: &Logical<'_>) -> Result<(), ParseError> {
        let mut refs =
            grammar::run(&log.text, grammar::lineup::officials).map_err(|e| self.syntax(log, e))?;
        // The grammar leaves byte offsets in `line`; map them to source lines.
        for r in &mut refs {
            r.line = log.line_of(r.line as usize);
        }
        let idx = self.current_match(log, "the officials")?;
        self.doc.matches[idx].referees = refs;
        Ok(())
    }

    fn shootout(&mut self, log: &Logical<'_>) -> Result<(), ParseError> {
        let kicks =
            grammar::run(&log.text, grammar::lineup::shootout).map_err(|e| self.syntax(log, e))?;
        let idx = self.current_match(log, "the shoot-out")?;
        let mut out: Vec<ShootoutKick> = kicks
            .into_iter()
            .map(|(score, player, note, at)| ShootoutKick {
                player,
                scored: score.is_some(),
                score_after: score,
                note,
                side: None,
                line: log.line_of(at),
            })
            .collect();
        if let Some(msg) = infer_kick_sides(&mut out) {
            self.doc.warnings.push(Warning {
                line: log.first_line(),
                message: msg,
            });
        }
        self.doc.matches[idx].shootout = out;
        Ok(())
    }

    fn lineup(&mut self, log: &Logical<'_>) -> Result<(), ParseError> {
        let (team, at, mut starters) =
            grammar::run(&log.text, grammar::lineup::lineup).map_err(|e| self.syntax(log, e))?;
        // The grammar leaves byte offsets in `line`; map them to source lines.
        for p in &mut starters {
            let mut cur = Some(p);
            while let Some(player) = cur {
                player.line = log.line_of(player.line as usize);
                cur = player.replaced_by.as_deref_mut();
            }
        }
        let idx = self.current_match(log, "the line-up")?;
        let slot = &mut self.lineups[idx];
        if slot.len() >= 2 {
            return Err(self.context_error(log, "at most two line-ups per match"));
        }
        slot.push(Lineup {
            team,
            side: if slot.is_empty() {
                Side::Home
            } else {
                Side::Away
            },
            starters,
            line: log.line_of(at),
        });
        Ok(())
    }

    fn squad_row(
        &mut self,
        log: &Logical<'_>,
        row: grammar::squad::RawSquad,
    ) -> Result<(), ParseError> {
        let team = self
            .squad_team
            .clone()
            .or_else(|| team_from_label(self.label))
            .ok_or_else(|| {
                self.context_error(
                    log,
                    "a team heading (`== Team`, `= Team - Euro 2021` or `# Team (CODE)`) before squad rows",
                )
            })?;
        let line = log.first_line();
        let (birth_date, birth_year) = match row.birth {
            None => (None, None),
            Some(grammar::squad::Birth {
                year,
                month_day: None,
                ..
            }) => (None, Some(year)),
            Some(grammar::squad::Birth {
                year: y,
                month_day: Some((m, d)),
                offset,
            }) => {
                let date = Date::from_ymd_opt(y, m, d).ok_or_else(|| ParseError::Invalid {
                    file: self.label.to_string(),
                    line,
                    column: log.locate(offset).1,
                    what: "birth date",
                    found: format!("{y:04}/{m:02}/{d:02}"),
                    reason: "no such day".to_string(),
                })?;
                (Some(date), Some(y))
            }
        };
        if row.name.is_empty() {
            self.doc.warnings.push(Warning {
                line,
                message: "squad row without a player name".to_string(),
            });
        }
        self.doc.squads.push(SquadEntry {
            team,
            number: row.number,
            name: row.name,
            position: row.position,
            birth_date,
            birth_year,
            caps: row.caps,
            goals: row.goals,
            club: row.club,
            line,
        });
        Ok(())
    }

    fn resolve(&mut self, d: RawDate, log: &Logical<'_>) -> Result<Date, ParseError> {
        let (line, column) = log.locate(d.start);
        let found = log.text.get(d.start..d.end).unwrap_or("").to_string();
        let context_year = self
            .doc
            .title
            .as_ref()
            .and_then(|t| t.year)
            .or(self.label_year);
        let year = match d.year {
            Some(y) if y < 100 => context_year.map_or(2000, |c| c / 100 * 100) + y,
            Some(y) => y,
            None => context_year.ok_or_else(|| ParseError::Syntax {
                file: self.label.to_string(),
                line,
                column,
                expected: "a year in the title (`= World Cup 2022`) or in the date".to_string(),
                found: found.clone(),
            })?,
        };
        let date = Date::from_ymd_opt(year, d.month, d.day).ok_or_else(|| ParseError::Invalid {
            file: self.label.to_string(),
            line,
            column,
            what: "date",
            found: found.clone(),
            reason: format!("{year}-{:02}-{:02} does not exist", d.month, d.day),
        })?;
        if let Some(wd) = d.weekday {
            if wd != date.weekday() {
                self.doc.warnings.push(Warning {
                    line,
                    message: format!("{found:?} is a {}, not a {wd}", date.weekday()),
                });
            }
        }
        Ok(date)
    }

    fn match_line(&mut self, log: &Logical<'_>) -> Result<(), ParseError> {
        let raw = grammar::run(&log.text, grammar::matchline::match_line)
            .map_err(|e| self.syntax(log, e))?;
        if let Some(d) = raw.date {
            let date = self.resolve(d, log)?;
            self.rules
                .date(log.first_line(), date, raw.body.is_none())
                .map_err(|v| self.violation(log, v, 0, 0))?;
            self.date = Some(date);
        }
        if raw.body.is_none() && raw.date.is_none() && raw.time.is_none() && raw.number.is_none() {
            // `@ venue` alone is no header: a stray `@@@ garbage` would pass as one.
            return Err(self.context_error(log, "a date, a kick-off time or a match before `@`"));
        }
        if let Some(v) = raw
            .venue
            .as_ref()
            .filter(|v| !v.text.starts_with(char::is_alphanumeric))
        {
            return Err(self.syntax(
                log,
                SyntaxError {
                    offset: v.offset,
                    expected: "a venue name after `@`".to_string(),
                },
            ));
        }
        let Some(body) = raw.body else {
            self.current = None;
            let header = PendingHeader {
                number: raw.number,
                time: raw.time,
                venue: raw.venue.map(|v| v.text),
                attendance: raw.attendance,
            };
            let empty = header.number.is_none()
                && header.time.is_none()
                && header.venue.is_none()
                && header.attendance.is_none();
            self.header = if empty { None } else { Some(header) };
            return Ok(());
        };
        let header = self.header.take().unwrap_or_default();
        let (status, score) = match body.outcome {
            grammar::matchline::Outcome::Played(s) => (MatchStatus::Played, Some(s)),
            grammar::matchline::Outcome::Scheduled => (MatchStatus::Scheduled, None),
            grammar::matchline::Outcome::NotPlayed => (MatchStatus::NotPlayed, None),
        };
        let (round, group, stage) = self.stage();
        let away_at = log.text[body.offset..]
            .find(body.away.as_str())
            .map_or(body.offset, |p| body.offset + p);
        if let Err(v) = self.rules.match_line(
            log.line_of(body.offset),
            &body.home,
            &body.away,
            self.date,
            group.as_deref(),
            round.as_deref(),
            &self.doc.groups,
            &self.doc.schedule,
        ) {
            return Err(self.violation(log, v, body.offset, away_at));
        }
        let venue = raw
            .venue
            .map(|v| v.text)
            .or(header.venue)
            .map(|v| venue_of(&v));
        let m = Match {
            line: log.line_of(body.offset),
            number: raw.number.or(header.number),
            date: self.date,
            kickoff: raw.time.or(header.time).map(kickoff_of),
            round,
            group,
            stage,
            matchday: None,
            home: body.home,
            away: body.away,
            status,
            score,
            venue,
            goals: Vec::new(),
            lineups: None,
            shootout: Vec::new(),
            attendance: raw.attendance.or(header.attendance),
            referees: Vec::new(),
            note: body.note,
        };
        self.doc.matches.push(m);
        self.lineups.push(Vec::new());
        self.current = Some(self.doc.matches.len() - 1);
        Ok(())
    }

    /// Round label, group label and stage from the heading path.
    fn stage(&self) -> (Option<String>, Option<String>, Option<Stage>) {
        let round = self.stack.last().map(|(_, t)| t.clone());
        let group = self
            .stack
            .iter()
            .rev()
            .find(|(_, t)| is_group_label(t))
            .map(|(_, t)| t.clone());
        if self.qualifying {
            return (round, group, None);
        }
        let stage = if group.is_some() {
            if self
                .stack
                .iter()
                .any(|(_, t)| stage_from_label(t) == Some(Stage::FinalRound))
            {
                Some(Stage::FinalRound)
            } else if self.group_phase >= 2
                || self
                    .stack
                    .iter()
                    .any(|(_, t)| t.to_lowercase().contains("second"))
            {
                Some(Stage::SecondGroupStage)
            } else {
                Some(Stage::GroupStage)
            }
        } else {
            self.stack
                .iter()
                .rev()
                .find_map(|(_, t)| stage_from_label(t))
        };
        (round, group, stage)
    }

    fn finish(mut self) -> Result<Parsed, ParseError> {
        if let Some((line, date)) = self.rules.dangling() {
            let err = ParseError::Syntax {
                file: self.label.to_string(),
                line,
                column: 1,
                expected: format!("a match after the date {date}"),
                found: "end of file".to_string(),
            };
            match self.mode {
                Mode::Strict => return Err(err),
                Mode::Lenient => self.skipped.push(SkippedLine {
                    line,
                    text: String::new(),
                    error: err,
                }),
            }
        }
        let lineups = std::mem::take(&mut self.lineups);
        for (idx, mut set) in lineups.into_iter().enumerate() {
            match set.len() {
                0 => {}
                2 => {
                    let b = set.pop();
                    let a = set.pop();
                    if let (Some(a), Some(b)) = (a, b) {
                        let m = &mut self.doc.matches[idx];
                        m.lineups = Some(assign_sides(&m.home, &m.away, a, b));
                    }
                }
                _ => {
                    let line = set.first().map_or(0, |l| l.line);
                    let err = ParseError::Syntax {
                        file: self.label.to_string(),
                        line,
                        column: 1,
                        expected: "a second line-up for the match".to_string(),
                        found: set
                            .first()
                            .map_or_else(String::new, |l| format!("{}:", l.team)),
                    };
                    match self.mode {
                        Mode::Strict => return Err(err),
                        Mode::Lenient => self.skipped.push(SkippedLine {
                            line,
                            text: String::new(),
                            error: err,
                        }),
                    }
                }
            }
        }
        self.fix_venue_order();
        let schedule = self.doc.schedule.clone();
        let mut warnings = Vec::new();
        for m in &mut self.doc.matches {
            if let Some(d) = m.date {
                m.matchday = schedule
                    .iter()
                    .find(|s| {
                        s.name.to_lowercase().starts_with("matchday") && s.start <= d && d <= s.end
                    })
                    .map(|s| s.name.clone());
            }
            if let Some(s) = m.score {
                for side in [Side::Home, Side::Away] {
                    let n = m.goals.iter().filter(|g| g.team_side == side).count();
                    if n > usize::from(s.goals(side)) {
                        warnings.push(Warning {
                            line: m.line,
                            message: format!(
                                "{} has {n} scorer rows but {} goals in the score",
                                m.team(side),
                                s.goals(side)
                            ),
                        });
                    }
                }
            }
        }
        self.doc.warnings.extend(warnings);
        self.doc.warnings.sort_by_key(|w| w.line);
        self.skipped.sort_by_key(|s| s.line);
        Ok(Parsed {
            document: self.doc,
            skipped: self.skipped,
        })
    }

    /// Some files write `City, Stadium` (`@ Zagreb, Maksimir Stadion`): when the second part
    /// looks like a ground more often than the first, swap the parts for the whole file.
    fn fix_venue_order(&mut self) {
        let mut first = 0;
        let mut second = 0;
        for v in self.doc.matches.iter().filter_map(|m| m.venue.as_ref()) {
            if let (Some(s), Some(c)) = (&v.stadium, &v.city) {
                match (looks_like_ground(s), looks_like_ground(c)) {
                    (true, false) => first += 1,
                    (false, true) => second += 1,
                    _ => {}
                }
            }
        }
        if second > first {
            for v in self.doc.matches.iter_mut().filter_map(|m| m.venue.as_mut()) {
                if v.stadium.is_some() && v.city.is_some() {
                    std::mem::swap(&mut v.stadium, &mut v.city);
                }
            }
        }
    }
}

/// Decides which construct a non-empty line starts.
fn classify(line: &PhysLine<'_>) -> Kind {
    let b = line.body;
    if b.starts_with('=') {
        return Kind::Eq;
    }
    if b.starts_with('▪') || b.starts_with('»') {
        return Kind::Bullet;
    }
    if b.starts_with("Group") && b.contains('|') {
        return Kind::GroupTable;
    }
    if ["Refs:", "Ref:", "Referee:", "Referees:"]
        .iter()
        .any(|k| b.starts_with(k))
    {
        return Kind::Officials;
    }
    if ["Penalties:", "Penalty shoot-out:", "Shoot-out:"]
        .iter()
        .any(|k| b.starts_with(k))
    {
        return Kind::Shootout;
    }
    if looks_like_legacy_squad(line.raw) {
        return Kind::LegacySquad;
    }
    if let Some(after) = b.strip_prefix('(') {
        let after = after.trim_start();
        if !after.starts_with(|c: char| c.is_ascii_digit()) {
            return Kind::Goals;
        }
    }
    if looks_like_squad_row(b) {
        return Kind::SquadRow;
    }
    if looks_like_lineup(b) {
        return Kind::Lineup;
    }
    Kind::MatchLine
}

/// `(9)  FW  Harry Kane  ## …` or `-  GK  Name  ## …`
fn looks_like_legacy_squad(raw: &str) -> bool {
    let t = raw.trim_start();
    let rest = if let Some(r) = t.strip_prefix('(') {
        match r.split_once(')') {
            Some((n, rest)) if n.trim().chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => {
                rest
            }
            _ => return false,
        }
    } else if let Some(r) = t.strip_prefix('-') {
        r
    } else {
        return false;
    };
    if !rest.starts_with(char::is_whitespace) {
        return false;
    }
    let mut words = rest.split_whitespace();
    words.next().is_some_and(|w| {
        (crate::model::Position::from_code(w).is_some() && w != "MG") || w.starts_with("##")
    })
}

/// `9, Harry KANE, FW, b. 1993/07/28` and friends: a comma field that is a position code.
fn looks_like_squad_row(b: &str) -> bool {
    if b.contains(':') {
        return false;
    }
    let mut fields = b.split(',').map(str::trim);
    let _first = fields.next();
    let is_position = |f: &str| crate::model::Position::from_code(f).is_some() || f == "?";
    match (fields.next(), fields.next()) {
        (Some(second), Some(third)) => is_position(second) || is_position(third),
        _ => false,
    }
}

/// The team named by a squad file's name: `squads/en-england.txt` → `England`.
fn team_from_label(label: &str) -> Option<String> {
    let file = label.rsplit(['/', '\\']).next()?;
    let stem = file.strip_suffix(".txt").unwrap_or(file);
    let words: Vec<&str> = stem.split(['-', '_']).filter(|w| !w.is_empty()).collect();
    let words = match words.as_slice() {
        [code, rest @ ..] if !rest.is_empty() && code.len() <= 3 => rest,
        all => all,
    };
    if words.is_empty() || words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit())) {
        return None;
    }
    let title: Vec<String> = words
        .iter()
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect();
    Some(title.join(" "))
}

/// `Team: players…` — a label of letters before a colon followed by a space.
fn looks_like_lineup(b: &str) -> bool {
    let Some((label, rest)) = b.split_once(':') else {
        return false;
    };
    !label.trim().is_empty()
        && (rest.is_empty() || rest.starts_with(char::is_whitespace))
        && label
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '&' | '-' | '’' | '/'))
}

/// Collects the physical lines of one construct.
fn gather<'a>(lines: &[PhysLine<'a>], idx: usize, kind: Kind) -> (Logical<'a>, usize) {
    let mut log = Logical::single(&lines[idx]);
    if kind == Kind::LegacySquad {
        log = Logical::raw(&lines[idx]);
    }
    let mut consumed = 1;
    if !matches!(
        kind,
        Kind::Goals | Kind::Lineup | Kind::Shootout | Kind::Officials
    ) {
        return (log, consumed);
    }
    let mut depth = lines::depth_delta(&log.text);
    let continues = |log: &Logical<'_>, depth: i32| -> bool {
        match kind {
            Kind::Goals => depth > 0,
            _ => {
                let t = log.text.trim_end();
                depth > 0 || t.ends_with(',') || t.ends_with('-')
            }
        }
    };
    while continues(&log, depth) && idx + consumed < lines.len() {
        let next = &lines[idx + consumed];
        if next.is_empty() {
            if next.comment.is_some() {
                consumed += 1;
                continue;
            }
            break;
        }
        depth += lines::depth_delta(next.body);
        log.push(next);
        consumed += 1;
    }
    (log, consumed)
}

/// Sides of two line-ups, matched on team names (file order when names do not match).
fn assign_sides(home: &str, away: &str, mut a: Lineup, mut b: Lineup) -> [Lineup; 2] {
    let side_of = |team: &str| {
        let f = fold(team);
        let k = sorted_key(team);
        if f == fold(home) || k == sorted_key(home) {
            Some(Side::Home)
        } else if f == fold(away) || k == sorted_key(away) {
            Some(Side::Away)
        } else {
            None
        }
    };
    let swap = matches!(
        (side_of(&a.team), side_of(&b.team)),
        (Some(Side::Away), _) | (_, Some(Side::Home))
    );
    if swap {
        std::mem::swap(&mut a, &mut b);
    }
    a.side = Side::Home;
    b.side = Side::Away;
    [a, b]
}

/// Sets the kicking side of each shoot-out kick; returns a warning when the running score is
/// inconsistent.
fn infer_kick_sides(kicks: &mut [ShootoutKick]) -> Option<String> {
    let mut prev = (0u8, 0u8);
    let mut warning = None;
    for k in kicks.iter_mut() {
        if let Some(s) = k.score_after {
            if s == (prev.0.saturating_add(1), prev.1) {
                k.side = Some(Side::Home);
            } else if s == (prev.0, prev.1.saturating_add(1)) {
                k.side = Some(Side::Away);
            } else {
                warning = Some(format!(
                    "shoot-out score jumps from {}-{} to {}-{}",
                    prev.0, prev.1, s.0, s.1
                ));
            }
            prev = s;
        }
    }
    let known: Vec<(usize, Side)> = kicks
        .iter()
        .enumerate()
        .filter_map(|(i, k)| k.side.map(|s| (i, s)))
        .collect();
    for (i, k) in kicks.iter_mut().enumerate() {
        if k.side.is_none() {
            if let Some((j, s)) = known.iter().min_by_key(|(j, _)| j.abs_diff(i)) {
                k.side = Some(if j.abs_diff(i) % 2 == 0 {
                    *s
                } else {
                    s.other()
                });
            }
        }
    }
    warning
}

fn kickoff_of(t: RawTime) -> KickOff {
    KickOff {
        time: t.time,
        zone: t.zone,
        utc_offset_minutes: t.offset_minutes,
        alternative: t.alternative.map(|a| Box::new(kickoff_of(*a))),
    }
}

/// Words that mark a ground rather than a town: stems matched anywhere in a word
/// (`Olympiastadion`, `Jernvallen`) and short words matched whole (`Soldier Field`, not
/// `Sheffield`).
fn looks_like_ground(text: &str) -> bool {
    const STEMS: &[&str] = &[
        "stadi",
        "stade",
        "estádio",
        "drome",
        "vallen",
        "centenario",
        "monumental",
        "maracan",
        "wembley",
    ];
    const WORDS: &[&str] = &[
        "arena", "park", "parc", "bowl", "field", "dome", "ground", "vall", "nou", "oval",
    ];
    let lower = text.to_lowercase();
    STEMS.iter().any(|k| lower.contains(k))
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| WORDS.contains(&w))
}

/// Splits a venue into ground and town.
fn venue_of(raw: &str) -> Venue {
    let raw = raw.trim().to_string();
    if let Some((first, rest)) = raw.split_once(',') {
        return Venue {
            stadium: Some(first.trim().to_string()),
            city: Some(rest.trim().to_string()).filter(|c| !c.is_empty()),
            raw,
        };
    }
    if let (Some(open), true) = (raw.find('('), raw.ends_with(')')) {
        let outer = raw[..open].trim();
        let inner = raw[open + 1..raw.len() - 1].trim();
        if looks_like_ground(inner) && !outer.is_empty() {
            return Venue {
                stadium: Some(inner.to_string()),
                city: Some(outer.to_string()),
                raw,
            };
        }
    }
    if looks_like_ground(&raw) {
        Venue {
            stadium: Some(raw.clone()),
            city: None,
            raw,
        }
    } else {
        Venue {
            stadium: None,
            city: Some(raw.clone()),
            raw,
        }
    }
}

/// `Group A`, `Group 2 Play-off` (not `Group Matches`, `Group stage`, `Group phase`).
fn is_group_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    let mut words = lower.split_whitespace();
    words.next() == Some("group")
        && words
            .next()
            .is_some_and(|w| !matches!(w, "matches" | "stage" | "phase" | "round" | "matchday"))
}

/// The stage a heading names, also for qualified labels (`Quarter-finals, Replays`,
/// `Pathway 1, Final`).
fn stage_from_label(text: &str) -> Option<Stage> {
    Stage::parse(text).ok().or_else(|| {
        text.split(',')
            .map(str::trim)
            .find_map(|part| Stage::parse(part).ok())
    })
}

/// The last plausible four-digit year in a text.
fn year_in(text: &str) -> Option<i32> {
    let bytes = text.as_bytes();
    let mut found = None;
    let mut i = 0;
    while i + 4 <= bytes.len() {
        let window = &bytes[i..i + 4];
        let before_ok = i == 0 || !bytes[i - 1].is_ascii_digit();
        let after_ok = i + 4 == bytes.len() || !bytes[i + 4].is_ascii_digit();
        if before_ok && after_ok && window.iter().all(u8::is_ascii_digit) {
            if let Some(y) = text
                .get(i..i + 4)
                .and_then(|s| s.parse::<i32>().ok())
                .filter(|y| (1850..=2100).contains(y))
            {
                found = Some(y);
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    found
}

fn clone_error(e: &ParseError) -> ParseError {
    match e {
        ParseError::Syntax {
            file,
            line,
            column,
            expected,
            found,
        } => ParseError::Syntax {
            file: file.clone(),
            line: *line,
            column: *column,
            expected: expected.clone(),
            found: found.clone(),
        },
        ParseError::Invalid {
            file,
            line,
            column,
            what,
            found,
            reason,
        } => ParseError::Invalid {
            file: file.clone(),
            line: *line,
            column: *column,
            what,
            found: found.clone(),
            reason: reason.clone(),
        },
        ParseError::Encoding {
            file,
            line,
            column,
            reason,
        } => ParseError::Encoding {
            file: file.clone(),
            line: *line,
            column: *column,
            reason: reason.clone(),
        },
        ParseError::Io { path, source } => ParseError::Io {
            path: path.clone(),
            source: std::io::Error::new(source.kind(), source.to_string()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_years() {
        assert_eq!(year_in("World Cup 2022"), Some(2022));
        assert_eq!(year_in("worldcup/1930--uruguay/cup.txt"), Some(1930));
        assert_eq!(year_in("England - Euro 2021"), Some(2021));
        assert_eq!(year_in("Stadium 974"), None);
    }

    #[test]
    fn names_teams_from_file_names() {
        assert_eq!(
            team_from_label("worldcup/2014--brazil/squads/en-england.txt").as_deref(),
            Some("England")
        );
        assert_eq!(
            team_from_label("squads/ba-bosnia-herzegovina.txt").as_deref(),
            Some("Bosnia Herzegovina")
        );
        assert_eq!(team_from_label("cup.txt").as_deref(), Some("Cup"));
        assert_eq!(team_from_label("worldcup/more/2022_squads.txt"), None);
    }

    #[test]
    fn splits_venues() {
        let v = venue_of("Al Bayt Stadium, Al Khor");
        assert_eq!(v.stadium.as_deref(), Some("Al Bayt Stadium"));
        assert_eq!(v.city.as_deref(), Some("Al Khor"));
        let v = venue_of("Paris (Stade de France)");
        assert_eq!(v.stadium.as_deref(), Some("Stade de France"));
        let v = venue_of("Sheffield");
        assert_eq!((v.stadium, v.city.as_deref()), (None, Some("Sheffield")));
        let v = venue_of("Soldier Field");
        assert_eq!(v.stadium.as_deref(), Some("Soldier Field"));
        let v = venue_of("Sheffield (Hillsborough)");
        assert_eq!(v.city.as_deref(), Some("Sheffield (Hillsborough)"));
        let v = venue_of("Guadalajara (Zapopan)");
        assert_eq!(
            (v.stadium, v.city.as_deref()),
            (None, Some("Guadalajara (Zapopan)"))
        );
    }

    #[test]
    fn classifies_lines() {
        let lines = lines::split(
            "Qatar: SAAD ALSHEEB - PEDRO MIGUEL\n  9, Harry KANE, FW, b. 1993/07/28\n(1)  GK  Joe Hart  ##  40, Man City\n  (73) 12:00 UTC-7  South Africa 0-1 (0-0) Canada\n(Kane 54')\n",
        );
        let kinds: Vec<Kind> = lines.iter().map(classify).collect();
        assert_eq!(
            kinds,
            [
                Kind::Lineup,
                Kind::SquadRow,
                Kind::LegacySquad,
                Kind::MatchLine,
                Kind::Goals
            ]
        );
    }
}
