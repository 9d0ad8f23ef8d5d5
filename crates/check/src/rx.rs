//! Compiling the families' regular expressions. A pattern is compiled in ASCII mode when it
//! can be (`\b`, `\w`, `\d`, `\s` and case folding over ASCII: the rules are written for the
//! normalised text, whose punctuation is ASCII), which builds many times faster than the
//! Unicode classes; a pattern that could then match inside a multi-byte character (`.`,
//! `[^…]`) keeps Unicode, with its negated classes and dots rewritten to Unicode alone and
//! the rest ASCII.

use regex::Regex;

/// Compiles `pattern` as cheaply as its meaning allows (see the module docs).
pub fn new(pattern: &str) -> Result<Regex, regex::Error> {
    if let Ok(re) = Regex::new(&format!("(?-u){pattern}")) {
        return Ok(re);
    }
    if let Some(p) = unicode_only_where_needed(pattern) {
        if let Ok(re) = Regex::new(&format!("(?-u){p}")) {
            return Ok(re);
        }
    }
    Regex::new(pattern)
}

/// Compiles one of the checker's own patterns. A pattern that does not compile is a
/// programming error that its family's corpus test catches (debug builds stop there); a release
/// build logs it and uses a pattern that never matches, so no article can make it panic.
pub fn must(pattern: &str) -> Regex {
    new(pattern).unwrap_or_else(|e| {
        tracing::error!(%e, pattern, "a rule's pattern does not compile");
        debug_assert!(false, "bad pattern {pattern}: {e}");
        never()
    })
}

/// A pattern that matches nothing.
fn never() -> Regex {
    Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!())
}

/// Wraps every `.` and negated class `[^…]` of `pattern` in `(?u:…)`; `None` when the pattern
/// has a construct this simple reader does not follow (a nested class).
fn unicode_only_where_needed(pattern: &str) -> Option<String> {
    let b = pattern.as_bytes();
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                // An escape: copy it and the (possibly multi-byte) character it escapes.
                let next = pattern[i + 1..].chars().next()?;
                out.push('\\');
                out.push(next);
                i += 1 + next.len_utf8();
            }
            b'.' => {
                out.push_str("(?u-i:.)");
                i += 1;
            }
            b'[' => {
                // A class up to its closing bracket (a `]` right after `[` or `[^` is literal).
                let start = i;
                let negated = b.get(i + 1) == Some(&b'^');
                let mut j = i + if negated { 2 } else { 1 };
                if b.get(j) == Some(&b']') {
                    j += 1;
                }
                while j < b.len() && b[j] != b']' {
                    match b[j] {
                        b'\\' => j += 2,
                        b'[' => return None,
                        _ => j += 1,
                    }
                }
                if j >= b.len() {
                    return None;
                }
                let class = &pattern[start..=j];
                if negated || !class.is_ascii() {
                    // Case folding a negated class is costly and changes nothing when it holds
                    // no letter ("[^,;.]").
                    let letters = {
                        let cb = class.as_bytes();
                        let mut k = 1;
                        let mut any = false;
                        while k < cb.len() {
                            if cb[k] == b'\\' {
                                k += 2;
                                continue;
                            }
                            any |= cb[k].is_ascii_alphabetic();
                            k += 1;
                        }
                        any
                    };
                    out.push_str(if letters { "(?u:" } else { "(?u-i:" });
                    out.push_str(class);
                    out.push(')');
                } else {
                    out.push_str(class);
                }
                i = j + 1;
            }
            _ => {
                let c = pattern[i..].chars().next()?;
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_mode_keeps_meaning_on_prose() {
        let re = new(r"(?i)\bscored\s+(?P<n>\d+)\s+goals\b").expect("compiles");
        let c = re.captures("Mbappé Scored 12 goals").expect("match");
        assert_eq!(&c["n"], "12");
    }

    #[test]
    fn negated_classes_and_dots_stay_on_characters() {
        let re = new(r"(?i)\bsince\s+(?P<x>[^,;.]{2,30})").expect("compiles");
        let c = re.captures("since Müller's goal, they").expect("match");
        assert_eq!(&c["x"], "Müller's goal");
        let re = new(r"(?i)A.C").expect("compiles");
        assert!(re.is_match("aéc"));
        assert_eq!(
            unicode_only_where_needed(r"a[^,;.]{0,9}b.").as_deref(),
            Some(r"a(?u-i:[^,;.]){0,9}b(?u-i:.)")
        );
        assert_eq!(
            unicode_only_where_needed(r"x[^\]a]y\.z").as_deref(),
            Some(r"x(?u:[^\]a])y\.z")
        );
        assert_eq!(unicode_only_where_needed(r"[[a]]"), None);
    }

    #[test]
    fn a_bad_pattern_is_an_error() {
        assert!(new(r"(unclosed").is_err());
    }
}
