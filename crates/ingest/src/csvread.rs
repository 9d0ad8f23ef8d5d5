//! Reading CSV source files with exact error positions.
//!
//! Owns: header validation (columns found by name, so reordered columns are fine and missing
//! ones are reported), UTF-8 BOM and CRLF tolerance, invalid UTF-8 detection, and typed field
//! access whose errors say `file:line:column: what was expected, what was found`.
//! It does not know what any column means; the adapters (martj42, fjelstul) do.

use crate::error::{IngestError, RowProblem};
use crate::problems::Problems;
use goalline_core::Date;
use sha2::{Digest, Sha256};
use std::path::Path;

/// One CSV file loaded in memory, with its header resolved.
pub struct CsvTable {
    /// Path relative to the data directory.
    pub rel: String,
    bytes: Vec<u8>,
    body_start: usize,
    headers: Vec<String>,
    /// sha256 of the file bytes, hex.
    pub sha256: String,
    line_starts: std::sync::OnceLock<Vec<usize>>,
}

impl CsvTable {
    /// Reads `root/rel` fully and parses its header row.
    pub fn open(root: &Path, rel: &str) -> Result<CsvTable, IngestError> {
        let path = root.join(rel);
        let bytes = std::fs::read(&path).map_err(|e| IngestError::io(&path, e))?;
        Self::from_bytes(rel, bytes)
    }

    /// Parses a header row from bytes already in memory.
    pub fn from_bytes(rel: &str, bytes: Vec<u8>) -> Result<CsvTable, IngestError> {
        let sha256 = hex::encode(Sha256::digest(&bytes));
        let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        let header_end = bytes[bom..]
            .iter()
            .position(|&b| b == b'\n')
            .map(|p| bom + p + 1)
            .unwrap_or(bytes.len());
        let header_line = &bytes[bom..header_end];
        let header_text = std::str::from_utf8(header_line).map_err(|e| {
            IngestError::Row(RowProblem {
                file: rel.to_string(),
                line: 1,
                column: e.valid_up_to() as u32 + 1,
                message: "header row is not valid UTF-8".into(),
            })
        })?;
        let header_text = header_text.trim_end_matches(['\r', '\n']);
        if header_text.trim().is_empty() {
            return Err(IngestError::Row(RowProblem {
                file: rel.to_string(),
                line: 1,
                column: 1,
                message: "expected a header row with column names, found an empty file".into(),
            }));
        }
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(header_text.as_bytes());
        let mut rec = csv::StringRecord::new();
        let _ = rdr.read_record(&mut rec);
        let headers = rec.iter().map(|h| h.trim().to_string()).collect();
        Ok(CsvTable {
            rel: rel.to_string(),
            bytes,
            body_start: header_end,
            headers,
            sha256,
            line_starts: std::sync::OnceLock::new(),
        })
    }

    /// Resolves column names to indexes; a missing column is an error naming it.
    pub fn columns<const N: usize>(&self, names: [&str; N]) -> Result<[usize; N], IngestError> {
        let mut out = [0usize; N];
        for (slot, name) in out.iter_mut().zip(names) {
            *slot = self.headers.iter().position(|h| h == name).ok_or_else(|| {
                IngestError::Row(RowProblem {
                    file: self.rel.clone(),
                    line: 1,
                    column: 1,
                    message: format!(
                        "expected a column named `{name}` in the header, found columns: {}",
                        self.headers.join(", ")
                    ),
                })
            })?;
        }
        Ok(out)
    }

    /// Calls `f` for every data row. A row error is handed to `problems`, which either aborts
    /// (strict) or records it and skips the row (lenient).
    pub fn for_each(
        &self,
        problems: &mut Problems,
        mut f: impl FnMut(&Row<'_>) -> Result<(), RowProblem>,
    ) -> Result<usize, IngestError> {
        let mut rows = 0usize;
        // The reader restarts after an unterminated quote, one line after the row that
        // opened it, so that lenient mode skips exactly the row it lists.
        let mut offset = self.body_start;
        'restart: while offset < self.bytes.len() {
            let base = offset;
            let body = &self.bytes[base..];
            let mut rdr = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(body);
            let mut rec = csv::ByteRecord::new();
            loop {
                let pos_byte = match rdr.read_byte_record(&mut rec) {
                    Ok(false) => break 'restart,
                    Ok(true) => {
                        let pos = rec.position().cloned().unwrap_or_else(csv::Position::new);
                        pos.byte() as usize + base
                    }
                    Err(e) => {
                        let at = e.position().map_or(base, |p| p.byte() as usize + base);
                        problems.report(RowProblem {
                            file: self.rel.clone(),
                            line: self.line_at(at),
                            column: 1,
                            message: format!("malformed CSV: {e}"),
                        })?;
                        continue;
                    }
                };
                let end = rdr.position().byte() as usize + base;
                // csv reports a record after CRLF as starting on the `\n`; skip it.
                let start = if self.bytes.get(pos_byte) == Some(&b'\n') {
                    pos_byte + 1
                } else {
                    pos_byte
                };
                let line = self.line_at(start);
                if let Some((col, next_line)) = self.unterminated(start, end, rec.len()) {
                    let spans = self.line_at(end.saturating_sub(1)).saturating_sub(line) + 1;
                    problems.report(RowProblem {
                        file: self.rel.clone(),
                        line,
                        column: col,
                        message: format!(
                            "unterminated quoted field: the quote opened here is not closed on \
                             this line (read as one field it would swallow {spans} lines)"
                        ),
                    })?;
                    offset = next_line;
                    continue 'restart;
                }
                if rec.len() == 1 && rec.get(0).is_some_and(|f| f.is_empty()) {
                    continue; // blank line
                }
                let row = Row {
                    table: self,
                    rec: &rec,
                    line,
                    start,
                };
                if let Some(nul) = rec.as_slice().iter().position(|&b| b == 0) {
                    let raw = &self.bytes[start..end.min(self.bytes.len())];
                    let col = raw.iter().position(|&b| b == 0).unwrap_or(nul);
                    problems.report(RowProblem {
                        file: self.rel.clone(),
                        line,
                        column: col as u32 + 1,
                        message: "a NUL byte is not text; the file is damaged or not UTF-8 CSV"
                            .into(),
                    })?;
                    continue;
                }
                if rec.len() != self.headers.len() {
                    problems.report(row.problem(
                        rec.len().min(self.headers.len()),
                        format!(
                            "expected {} fields as in the header, found {}",
                            self.headers.len(),
                            rec.len()
                        ),
                    ))?;
                    continue;
                }
                match f(&row) {
                    Ok(()) => rows += 1,
                    Err(p) => problems.report(p)?,
                }
            }
        }
        Ok(rows)
    }

    /// 1-based line of byte `at` (binary search over the line starts, built once).
    fn line_at(&self, at: usize) -> u32 {
        let starts = self.line_starts.get_or_init(|| {
            let mut v = vec![0usize];
            v.extend(
                self.bytes
                    .iter()
                    .enumerate()
                    .filter(|(_, &b)| b == b'\n')
                    .map(|(i, _)| i + 1),
            );
            v
        });
        let idx = starts.partition_point(|&s| s <= at);
        u32::try_from(idx.max(1)).unwrap_or(u32::MAX)
    }

    /// When the record at `start..end` holds a quoted field that runs past the end of its
    /// first line and the record is bad (wrong field count, or the quote never closes), the
    /// 1-based column of that opening quote and the byte where the next line starts.
    fn unterminated(&self, start: usize, end: usize, fields: usize) -> Option<(u32, usize)> {
        let raw = self.bytes.get(start..end.min(self.bytes.len()))?;
        let mut in_quotes = false;
        let mut opened = 0usize;
        let mut prev = b',';
        for (i, &b) in raw.iter().enumerate() {
            match b {
                b'"' if !in_quotes && (prev == b',' || i == 0) => {
                    in_quotes = true;
                    opened = i;
                }
                b'"' if in_quotes => in_quotes = false,
                b'\n' => {
                    if !in_quotes {
                        return None; // the record ends on its first line
                    }
                    let reaches_eof = end >= self.bytes.len() && raw.last() != Some(&b'"');
                    let trailing_quote_open = {
                        // An odd number of quotes after the opening one: never closed.
                        raw[opened..].iter().filter(|&&c| c == b'"').count() % 2 == 1
                    };
                    if fields != self.headers.len() || reaches_eof || trailing_quote_open {
                        let col = u32::try_from(opened + 1).unwrap_or(u32::MAX);
                        return Some((col, start + i + 1));
                    }
                    return None;
                }
                _ => {}
            }
            prev = b;
        }
        None
    }

    /// Number of bytes in the file.
    pub fn len_bytes(&self) -> usize {
        self.bytes.len()
    }
}

/// One data row, with typed accessors that produce positioned errors.
pub struct Row<'a> {
    table: &'a CsvTable,
    rec: &'a csv::ByteRecord,
    /// 1-based line number of the row.
    pub line: u32,
    start: usize,
}

impl<'a> Row<'a> {
    /// Byte column (1-based) where field `idx` starts in the raw line.
    fn column_of(&self, idx: usize) -> u32 {
        let raw = &self.table.bytes[self.start.min(self.table.bytes.len())..];
        let mut field = 0usize;
        let mut in_quotes = false;
        for (i, &b) in raw.iter().enumerate() {
            if field == idx {
                return i as u32 + 1;
            }
            match b {
                b'"' => in_quotes = !in_quotes,
                b',' if !in_quotes => field += 1,
                b'\n' if !in_quotes => break,
                _ => {}
            }
        }
        1
    }

    /// A positioned problem about field `idx`.
    pub fn problem(&self, idx: usize, message: impl Into<String>) -> RowProblem {
        RowProblem {
            file: self.table.rel.clone(),
            line: self.line,
            column: self.column_of(idx),
            message: message.into(),
        }
    }

    fn name(&self, idx: usize) -> &str {
        self.table
            .headers
            .get(idx)
            .map(String::as_str)
            .unwrap_or("?")
    }

    /// The field as UTF-8 text (trimmed).
    pub fn str(&self, idx: usize) -> Result<&'a str, RowProblem> {
        let raw = self.rec.get(idx).unwrap_or(b"");
        std::str::from_utf8(raw).map(str::trim).map_err(|e| {
            let mut p = self.problem(
                idx,
                format!("field `{}` is not valid UTF-8", self.name(idx)),
            );
            p.column += e.valid_up_to() as u32;
            p
        })
    }

    /// A non-empty text field.
    pub fn text(&self, idx: usize) -> Result<&'a str, RowProblem> {
        let s = self.str(idx)?;
        if s.is_empty() {
            return Err(self.problem(
                idx,
                format!(
                    "field `{}`: expected a value, found an empty field",
                    self.name(idx)
                ),
            ));
        }
        Ok(s)
    }

    /// Text, or `None` for empty, `NA`, `not applicable` or `not available`.
    pub fn opt_text(&self, idx: usize) -> Result<Option<&'a str>, RowProblem> {
        let s = self.str(idx)?;
        Ok(match s {
            "" | "NA" | "not applicable" | "not available" => None,
            s => Some(s),
        })
    }

    /// An integer.
    pub fn int(&self, idx: usize) -> Result<i64, RowProblem> {
        let s = self.str(idx)?;
        s.parse::<i64>().map_err(|_| {
            self.problem(
                idx,
                format!(
                    "field `{}`: expected an integer, found {s:?}",
                    self.name(idx)
                ),
            )
        })
    }

    /// An integer, or `None` for `NA` / empty.
    pub fn opt_int(&self, idx: usize) -> Result<Option<i64>, RowProblem> {
        let s = self.str(idx)?;
        if matches!(s, "" | "NA" | "not applicable" | "not available") {
            return Ok(None);
        }
        s.parse::<i64>().map(Some).map_err(|_| {
            self.problem(
                idx,
                format!(
                    "field `{}`: expected an integer or NA, found {s:?}",
                    self.name(idx)
                ),
            )
        })
    }

    /// A boolean: `TRUE`/`FALSE` (martj42) or `1`/`0` (Fjelstul).
    pub fn bool(&self, idx: usize) -> Result<bool, RowProblem> {
        let s = self.str(idx)?;
        match s {
            "TRUE" | "True" | "true" | "1" => Ok(true),
            "FALSE" | "False" | "false" | "0" => Ok(false),
            _ => Err(self.problem(
                idx,
                format!(
                    "field `{}`: expected TRUE/FALSE or 1/0, found {s:?}",
                    self.name(idx)
                ),
            )),
        }
    }

    /// A date `YYYY-MM-DD`.
    pub fn date(&self, idx: usize) -> Result<Date, RowProblem> {
        let s = self.str(idx)?;
        if let Some(d) = fast_date(s) {
            return Ok(d);
        }
        Date::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
            self.problem(
                idx,
                format!(
                    "field `{}`: expected a date YYYY-MM-DD, found {s:?}",
                    self.name(idx)
                ),
            )
        })
    }

    /// A date, or `None` for `NA` / `not available`.
    pub fn opt_date(&self, idx: usize) -> Result<Option<Date>, RowProblem> {
        match self.opt_text(idx)? {
            None => Ok(None),
            Some(_) => self.date(idx).map(Some),
        }
    }
}

/// `YYYY-MM-DD` written exactly so (the common case), without a format parser; anything else
/// is left to the general parser.
fn fast_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    Date::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}
