//! Article bytes to text: the one decoding the CLI and the server share.
//!
//! UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark (what Windows
//! editors save as "Unicode") are decoded; invalid sequences are replaced with U+FFFD rather
//! than refused — an article is prose, not data.

/// The article's text and the encoding it was read as.
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => (String::from_utf8_lossy(rest).into_owned(), "UTF-8"),
        [0xFF, 0xFE, rest @ ..] => (utf16(rest, u16::from_le_bytes), "UTF-16LE"),
        [0xFE, 0xFF, rest @ ..] => (utf16(rest, u16::from_be_bytes), "UTF-16BE"),
        _ => (String::from_utf8_lossy(bytes).into_owned(), "UTF-8"),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks(2).map(|c| match c {
        [a, b] => unit([*a, *b]),
        // An odd last byte: not a whole code unit.
        _ => 0xFFFD,
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str) -> Vec<u8> {
        let mut v = vec![0xFF, 0xFE];
        v.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        v
    }

    #[test]
    fn boms_are_read() {
        let text = "Mbappé scored 3–1 in the 80th minute.";
        assert_eq!(decode(&utf16le(text)), (text.to_string(), "UTF-16LE"));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be), (text.to_string(), "UTF-16BE"));
        let mut bom8 = vec![0xEF, 0xBB, 0xBF];
        bom8.extend(text.as_bytes());
        assert_eq!(decode(&bom8).0, text);
        assert_eq!(decode(text.as_bytes()).0, text);
    }

    #[test]
    fn broken_input_is_replaced_not_refused() {
        assert_eq!(decode(b"caf\xe9").0, "caf\u{fffd}");
        // A lone surrogate and an odd trailing byte.
        assert_eq!(
            decode(&[0xFF, 0xFE, 0x00, 0xD8, 0x41]).0,
            "\u{fffd}\u{fffd}"
        );
    }
}
