//! Text decoding: Football.TXT files are UTF-8; anything else is an error at a position.
//!
//! This module turns the bytes of a file into text, or says where the text stops being UTF-8
//! (`file:line:column`, the column counting characters). A UTF-16 file (byte-order mark, or the
//! NUL bytes of UTF-16 without one) is named as such. It must not interpret content.

use crate::error::ParseError;

/// Decodes `bytes` as UTF-8 (a leading UTF-8 byte-order mark is kept; [`crate::parse_str`]
/// drops it). `label` names the file in errors.
///
/// ```
/// let err = goalline_footballtxt::decode("cup.txt", b"= Cup 2022\nQatar \xff 0-2 Ecuador\n")
///     .unwrap_err();
/// assert_eq!(err.to_string(), "cup.txt:2:7: invalid UTF-8: byte 0xFF is not UTF-8 text; save the file as UTF-8");
/// ```
pub fn decode(label: &str, bytes: &[u8]) -> Result<String, ParseError> {
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if utf16 {
        return Err(encoding_error(
            label,
            1,
            1,
            "the file is UTF-16 (byte-order mark); save it as UTF-8",
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            if let Some(at) = text.find('\0') {
                let (line, column) = position(text, at);
                let why = if looks_like_utf16(bytes) {
                    "NUL bytes: the file looks like UTF-16 without a byte-order mark; save it as UTF-8"
                } else {
                    "a NUL byte is not text"
                };
                return Err(encoding_error(label, line, column, why));
            }
            Ok(text.to_string())
        }
        Err(e) => {
            let good = e.valid_up_to();
            // Everything before `good` is valid UTF-8.
            let prefix = std::str::from_utf8(&bytes[..good]).unwrap_or("");
            let (line, column) = position(prefix, prefix.len());
            let byte = bytes.get(good).copied().unwrap_or(0);
            let why = if e.error_len().is_none() {
                format!("the file ends inside a character (byte 0x{byte:02X})")
            } else {
                format!("byte 0x{byte:02X} is not UTF-8 text; save the file as UTF-8")
            };
            Err(encoding_error(label, line, column, &why))
        }
    }
}

/// 1-based line and character column of byte `at` in `text`.
fn position(text: &str, at: usize) -> (u32, u32) {
    let before = &text[..at.min(text.len())];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    let column = before[line_start..].chars().count() + 1;
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

/// Many NUL bytes at odd or even positions only: UTF-16 text without a byte-order mark.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(4096)];
    let nul = sample.iter().filter(|&&b| b == 0).count();
    nul * 4 >= sample.len()
}

fn encoding_error(label: &str, line: u32, column: u32, reason: &str) -> ParseError {
    ParseError::Encoding {
        file: label.to_string(),
        line,
        column,
        reason: reason.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_at_the_bad_byte() {
        let e = decode("a.txt", "= Cup\nMünchen \u{2013} x\n".as_bytes());
        assert!(e.is_ok());
        let e = decode("a.txt", b"= Cup\nM\xfcnchen").expect_err("an encoding error");
        assert_eq!((e.line(), e.column()), (2, 2));
        let e = decode("a.txt", b"\xff\xfe=\0 \0C\0").expect_err("an encoding error");
        assert!(e.to_string().contains("UTF-16"), "{e}");
        let e = decode("a.txt", b"=\0 \0C\0u\0p\0").expect_err("an encoding error");
        assert!(e.to_string().contains("UTF-16"), "{e}");
        let e = decode("a.txt", b"= Cup\nab\xe2\x80").expect_err("an encoding error");
        assert_eq!((e.line(), e.column()), (2, 3));
    }
}
