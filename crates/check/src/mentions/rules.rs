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
    /// All the table's patterns in one set: one pass over a sentence tells which rules match
    /// in it at all, and only those run (a rule that matches nowhere in the text matches from
    /// no position either). `None` when the set would not compile within its size limit.
    set: Option<regex::RegexSet>,
}

/// Compiles one pattern case-insensitively. A pattern that does not compile is a bug in the
/// table, caught by every corpus test; in release it matches nothing, never a panic.
fn compile(name: &str, pattern: &str) -> Regex {
    // Patterns written in ASCII (the normalised text's punctuation is ASCII) compile without
    // Unicode classes where they can: `\b`, `\d`, `\s` and case folding are then ASCII, and
    // the automata are a fraction of the size. A pattern that names Unicode letters or classes,
    // or that could match part of a multi-byte character in ASCII mode (`.`, `[^…]`), keeps
    // Unicode.
    if pattern.is_ascii() {
        if let Ok(re) = Regex::new(&format!("(?i-u){pattern}")) {
            return re;
        }
    }
    Regex::new(&format!("(?i){pattern}")).unwrap_or_else(|e| {
        debug_assert!(false, "rule {name} does not compile: {e}");
        Regex::new("$^").unwrap_or_else(|_| unreachable!())
    })
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
        let compiled: Vec<Regex> = rules
            .iter()
            .map(|r| {
                let mut pattern = r.pattern.to_string();
                for (name, fragment) in fragments {
                    pattern = pattern.replace(&format!("{{{name}}}"), fragment);
                }
                compile(r.name, &pattern)
            })
            .collect();
        let set = regex::RegexSetBuilder::new(compiled.iter().map(Regex::as_str))
            .size_limit(64 << 20)
            .dfa_size_limit(16 << 20)
            .build()
            .ok();
        Table {
            rules,
            compiled,
            set,
        }
    }

    /// Which rules match somewhere in `text` (all when the table has no set).
    fn candidates(&self, text: &str) -> Vec<bool> {
        match &self.set {
            Some(set) => {
                let hits = set.matches(text);
                (0..self.compiled.len()).map(|i| hits.matched(i)).collect()
            }
            None => vec![true; self.compiled.len()],
        }
    }

    /// The rules.
    pub fn rules(&self) -> &'static [Rule] {
        self.rules
    }

    /// Like [`Table::run`], except that a match the rule declines is tried again from its
    /// next character, so a declined match does not hide a later one it overlaps ("the last
    /// four at five tournaments": the count rule declines "four at five tournaments" and
    /// then finds "five tournaments"). Accepted matches are not overlapped, as in `run`.
    pub fn run_retrying(&self, doc: &Doc<'_>, within: Span, out: &mut Vec<Mention>) {
        let (text, base) = doc.norm_of(within);
        let candidates = self.candidates(text);
        for ((rule, re), _) in self
            .rules
            .iter()
            .zip(&self.compiled)
            .zip(candidates)
            .filter(|x| x.1)
        {
            let mut at = 0;
            while at <= text.len() {
                let Some(caps) = re.captures_at(text, at) else {
                    break;
                };
                let Some(whole) = caps.get(0) else {
                    break;
                };
                let next_char = |i: usize| {
                    text.get(i..)
                        .and_then(|r| r.chars().next())
                        .map_or(i + 1, |c| i + c.len_utf8())
                };
                let value = (rule.produce)(&caps);
                let m = caps.name("v").unwrap_or(whole);
                match value {
                    Some(value) => {
                        out.push(Mention {
                            span: doc.span_of_norm(base + m.start(), base + m.end()),
                            value,
                            rule: rule.name,
                        });
                        at = if whole.end() > whole.start() {
                            whole.end()
                        } else {
                            next_char(whole.end())
                        };
                    }
                    None => at = next_char(whole.start()),
                }
            }
        }
    }

    /// Runs every rule over `within` and appends the mentions found.
    pub fn run(&self, doc: &Doc<'_>, within: Span, out: &mut Vec<Mention>) {
        let (text, base) = doc.norm_of(within);
        let candidates = self.candidates(text);
        for ((rule, re), _) in self
            .rules
            .iter()
            .zip(&self.compiled)
            .zip(candidates)
            .filter(|x| x.1)
        {
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

/// A rule for lists that make one value per item: `pattern` finds the whole list ("the 84th
/// and 90th minutes", "(W4, D1, L2)", "Kane (23rd, 45th + 1)"), `item` finds each item inside
/// it (its group `v`, else the whole item match, is the mention's span), and `produce` gets
/// both the list's and the item's captures.
#[derive(Debug)]
pub struct ListRule {
    /// Name, shown in corpus failures and explanations.
    pub name: &'static str,
    /// The whole list. Its group `v`, when present, is where items are looked for.
    pub pattern: &'static str,
    /// One item, matched inside the list.
    pub item: &'static str,
    /// Builds an item's value from (list, item), or declines.
    pub produce: fn(&Captures<'_>, &Captures<'_>) -> Option<Value>,
}

/// A compiled table of list rules.
#[derive(Debug)]
pub struct ListTable {
    rules: &'static [ListRule],
    compiled: Vec<(Regex, Regex)>,
}

impl ListTable {
    /// Compiles a table (once, behind a `Lazy`).
    pub fn new(rules: &'static [ListRule]) -> ListTable {
        let compiled = rules
            .iter()
            .map(|r| (compile(r.name, r.pattern), compile(r.name, r.item)))
            .collect();
        ListTable { rules, compiled }
    }

    /// Runs every rule over `within` and appends one mention per item found.
    pub fn run(&self, doc: &Doc<'_>, within: Span, out: &mut Vec<Mention>) {
        let (text, base) = doc.norm_of(within);
        for (rule, (re, item)) in self.rules.iter().zip(&self.compiled) {
            for caps in re.captures_iter(text) {
                let Some(list) = caps.name("v").or_else(|| caps.get(0)) else {
                    continue;
                };
                for ic in item.captures_iter(list.as_str()) {
                    let Some(value) = (rule.produce)(&caps, &ic) else {
                        continue;
                    };
                    let Some(m) = ic.name("v").or_else(|| ic.get(0)) else {
                        continue;
                    };
                    let at = base + list.start();
                    out.push(Mention {
                        span: doc.span_of_norm(at + m.start(), at + m.end()),
                        value,
                        rule: rule.name,
                    });
                }
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
