//! Rule tables: a rule is a name, a regular expression over the normalised text (ASCII
//! punctuation, see [`crate::doc`]) and a function from the match to a typed value. A table is
//! compiled once and run over one sentence at a time; a rule may decline a match by returning
//! `None` (a number word that is not a number, a year out of range).
//!
//! Patterns are written case-insensitively unless they say `(?-i)`; `\b` works on ASCII and
//! Unicode letters alike.

use super::{Mention, Value};
use crate::doc::{Doc, Span};
use regex::{Captures, Regex};

/// One rule of a dimension.
#[derive(Debug)]
pub struct Rule {
    /// Name, shown in corpus failures and explanations (`score_digits`, `minute_ordinal`).
    pub name: &'static str,
    /// The pattern. The value's span is capture group `v` when the pattern has one, else the
    /// whole match (so a pattern can look at context it does not claim).
    pub pattern: &'static str,
    /// Builds the value, or declines.
    pub produce: fn(&Captures<'_>) -> Option<Value>,
}

/// A compiled rule table.
#[derive(Debug)]
pub struct Table {
    rules: &'static [Rule],
    compiled: Vec<Regex>,
}

impl Table {
    /// Compiles a table (once, behind a `Lazy`). A pattern that does not compile is a bug in
    /// the table, caught by every corpus test; in release it is skipped, never a panic.
    pub fn new(rules: &'static [Rule]) -> Table {
        Table::with_fragments(rules, &[])
    }

    /// Compiles a table whose patterns name shared fragments: each `{name}` in a pattern is
    /// replaced by the fragment's regex before compiling (an alternation built from reference
    /// data, such as the competitions' aliases, that the static patterns cannot spell).
    pub fn with_fragments(rules: &'static [Rule], fragments: &[(&str, &str)]) -> Table {
        let compiled = rules
            .iter()
            .map(|r| {
                let mut pattern = r.pattern.to_string();
                for (name, fragment) in fragments {
                    pattern = pattern.replace(&format!("{{{name}}}"), fragment);
                }
                Regex::new(&format!("(?i){pattern}")).unwrap_or_else(|e| {
                    debug_assert!(false, "rule {} does not compile: {e}", r.name);
                    Regex::new("$^").unwrap_or_else(|_| unreachable!())
                })
            })
            .collect();
        Table { rules, compiled }
    }

    /// The rules.
    pub fn rules(&self) -> &'static [Rule] {
        self.rules
    }

    /// Runs every rule over `within` and appends the mentions found.
    pub fn run(&self, doc: &Doc<'_>, within: Span, out: &mut Vec<Mention>) {
        let (text, base) = doc.norm_of(within);
        for (rule, re) in self.rules.iter().zip(&self.compiled) {
            for caps in re.captures_iter(text) {
                let Some(value) = (rule.produce)(&caps) else {
                    continue;
                };
                let Some(m) = caps.name("v").or_else(|| caps.get(0)) else {
                    continue;
                };
                out.push(Mention {
                    span: doc.span_of_norm(base + m.start(), base + m.end()),
                    value,
                    rule: rule.name,
                });
            }
        }
    }
}

/// A capture group as a number (digits or an English number word).
pub fn num(c: &Captures<'_>, name: &str) -> Option<u32> {
    c.name(name)
        .and_then(|m| super::numbers::parse_number(m.as_str()))
}

/// True when the named group matched.
pub fn has(c: &Captures<'_>, name: &str) -> bool {
    c.name(name).is_some()
}
