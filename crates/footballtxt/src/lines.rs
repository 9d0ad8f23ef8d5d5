//! Physical and logical lines: comment splitting, continuation joining and position mapping.
//!
//! Football.TXT is line-oriented, but scorer lists, line-ups and shoot-outs run over several
//! physical lines. This module splits the text into physical lines (dropping `\r`, a BOM and
//! `#` comments), joins continuation lines into one logical line, and maps an offset in the
//! logical line back to the physical `line:column`. It must not interpret content.

/// One physical line of the file.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PhysLine<'a> {
    /// 1-based line number.
    pub no: u32,
    /// The whole line without the line terminator.
    pub raw: &'a str,
    /// The content before any `#`, trimmed at both ends.
    pub body: &'a str,
    /// Byte offset of `body` in `raw`.
    pub body_start: usize,
    /// The comment including its leading `#`, if any.
    pub comment: Option<&'a str>,
}

impl PhysLine<'_> {
    /// True for blank and comment-only lines.
    pub fn is_empty(&self) -> bool {
        self.body.is_empty()
    }
}

/// Splits text into physical lines.
pub(crate) fn split(text: &str) -> Vec<PhysLine<'_>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::with_capacity(text.len() / 40 + 1);
    for (idx, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let (content, comment) = match raw.find('#') {
            Some(pos) => (&raw[..pos], Some(&raw[pos..])),
            None => (raw, None),
        };
        let trimmed_start = content.trim_start();
        let body_start = content.len() - trimmed_start.len();
        let body = trimmed_start.trim_end();
        out.push(PhysLine {
            no: u32::try_from(idx + 1).unwrap_or(u32::MAX),
            raw,
            body,
            body_start,
            comment,
        });
    }
    // `split` yields one empty piece after a final newline; it is not a line of the file.
    if out.len() > 1 && out.last().is_some_and(|l| l.raw.is_empty()) {
        out.pop();
    }
    out
}

/// A piece of a logical line and where it came from.
#[derive(Debug, Clone, Copy)]
struct Segment<'a> {
    /// Byte offset of the piece in the logical text.
    start: usize,
    /// 1-based physical line number.
    line: u32,
    /// The physical line.
    raw: &'a str,
    /// Byte offset of the piece in `raw`.
    raw_start: usize,
}

/// One or more physical lines joined with single spaces.
#[derive(Debug, Clone)]
pub(crate) struct Logical<'a> {
    /// The joined text.
    pub text: String,
    segments: Vec<Segment<'a>>,
}

impl<'a> Logical<'a> {
    /// A logical line made of one physical line's body.
    pub fn single(line: &PhysLine<'a>) -> Logical<'a> {
        Logical {
            text: line.body.to_string(),
            segments: vec![Segment {
                start: 0,
                line: line.no,
                raw: line.raw,
                raw_start: line.body_start,
            }],
        }
    }

    /// A logical line made of one physical line's raw text, comment included (for the legacy
    /// squad rows whose last column sits behind `##`).
    pub fn raw(line: &PhysLine<'a>) -> Logical<'a> {
        let text = line.raw.trim();
        let start = line.raw.len() - line.raw.trim_start().len();
        Logical {
            text: text.to_string(),
            segments: vec![Segment {
                start: 0,
                line: line.no,
                raw: line.raw,
                raw_start: start,
            }],
        }
    }

    /// Appends a continuation line, separated by one space.
    pub fn push(&mut self, line: &PhysLine<'a>) {
        self.text.push(' ');
        self.segments.push(Segment {
            start: self.text.len(),
            line: line.no,
            raw: line.raw,
            raw_start: line.body_start,
        });
        self.text.push_str(line.body);
    }

    /// The first physical line number.
    pub fn first_line(&self) -> u32 {
        self.segments.first().map_or(0, |s| s.line)
    }

    /// Maps a byte offset in `text` to the physical `(line, column)`, column 1-based in chars.
    pub fn locate(&self, offset: usize) -> (u32, u32) {
        let seg = self
            .segments
            .iter()
            .rev()
            .find(|s| s.start <= offset)
            .or(self.segments.first());
        let Some(seg) = seg else { return (0, 1) };
        let mut byte = seg.raw_start + offset.saturating_sub(seg.start);
        byte = byte.min(seg.raw.len());
        while !seg.raw.is_char_boundary(byte) {
            byte -= 1;
        }
        let column = seg.raw[..byte].chars().count() + 1;
        (seg.line, u32::try_from(column).unwrap_or(u32::MAX))
    }

    /// The physical line number of a byte offset.
    pub fn line_of(&self, offset: usize) -> u32 {
        self.locate(offset).0
    }

    /// The text of the physical line from `offset` on, shortened for messages.
    pub fn found_at(&self, offset: usize) -> String {
        let offset = offset.min(self.text.len());
        let seg_end = self
            .segments
            .iter()
            .find(|s| s.start > offset)
            .map_or(self.text.len(), |s| s.start.saturating_sub(1));
        let mut start = offset;
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let rest = self.text.get(start..seg_end.max(start)).unwrap_or("");
        let rest = rest.trim_end();
        if rest.is_empty() {
            return "end of line".to_string();
        }
        let mut out: String = rest.chars().take(40).collect();
        if rest.chars().count() > 40 {
            out.push('…');
        }
        out
    }
}

/// Paren and bracket depth change of a piece of text (`(` and `[` open, `)` and `]` close).
pub(crate) fn depth_delta(text: &str) -> i32 {
    text.chars().fold(0, |d, c| match c {
        '(' | '[' => d + 1,
        ')' | ']' => d - 1,
        _ => d,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_comments_and_crlf() {
        let lines = split("\u{feff}= Cup 2022   # note\r\n\r\n  (Kane 54')  \n");
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].body, "= Cup 2022");
        assert_eq!(lines[0].comment, Some("# note"));
        assert!(lines[1].is_empty());
        assert_eq!(lines[2].body, "(Kane 54')");
        assert_eq!(lines[2].body_start, 2);
    }

    #[test]
    fn locates_offsets_across_segments() {
        let lines = split("  (Kane 54';\n     Giroud 78')");
        let mut logical = Logical::single(&lines[0]);
        logical.push(&lines[1]);
        assert_eq!(logical.text, "(Kane 54'; Giroud 78')");
        assert_eq!(logical.locate(0), (1, 3));
        let giroud = logical.text.find("Giroud").unwrap_or(0);
        assert_eq!(logical.locate(giroud), (2, 6));
        assert_eq!(logical.found_at(giroud), "Giroud 78')");
    }
}
