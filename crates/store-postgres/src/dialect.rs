//! PostgreSQL's dialect of the shared SQL, in one place.
//!
//! The shared SQL (`goalline_store::MIGRATIONS`, `goalline_store::sql`) is written for SQLite
//! with `?N` placeholders; PostgreSQL differs in:
//! - placeholders: `?N` → `$N` ([`statement`], every statement);
//! - insertion order: SQLite's `rowid` → PostgreSQL's `ctid` ([`statement`]); the import
//!   writes each table once into a fresh schema and never updates it, so physical order is the
//!   order rows were inserted in, as with SQLite's rowid;
//! - column types ([`ddl`], the migrations only): `INTEGER` → `BIGINT` (SQLite integers are 64
//!   bits), `REAL` → `DOUBLE PRECISION` (PostgreSQL's `REAL` is 32 bits), `TEXT` →
//!   `TEXT COLLATE "C"` (byte order, as SQLite compares and sorts, whatever the database's
//!   locale);
//! - foreign keys: SQLite does not enforce them (`PRAGMA foreign_keys` is off), the import
//!   inserts in id order, not in dependency order, so `REFERENCES t(c)` is dropped ([`ddl`]).

/// A shared statement in PostgreSQL's dialect: `?N` → `$N` and the word `rowid` → `ctid`,
/// outside string literals and quoted identifiers.
pub fn statement(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quote: Option<char> = None;
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word == "rowid" {
            out.push_str("ctid");
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in sql.chars() {
        if quote.is_none() && (c.is_ascii_alphanumeric() || c == '_') {
            word.push(c);
            continue;
        }
        flush(&mut word, &mut out);
        match quote {
            Some(q) => {
                if c == q {
                    quote = None;
                }
                out.push(c);
            }
            None => match c {
                '\'' | '"' => {
                    quote = Some(c);
                    out.push(c);
                }
                '?' => out.push('$'),
                _ => out.push(c),
            },
        }
    }
    flush(&mut word, &mut out);
    out
}

/// A migration's DDL in PostgreSQL's types, without foreign keys.
pub fn ddl(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 256);
    for line in sql.lines() {
        let code = match line.find("--") {
            Some(i) => &line[..i],
            None => line,
        };
        out.push_str(&rewrite_line(code));
        out.push('\n');
    }
    statement(&out)
}

fn rewrite_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 32);
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if c.is_ascii_alphabetic() || c == '_' {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            let word = &rest[..end];
            rest = &rest[end..];
            match word {
                "INTEGER" => out.push_str("BIGINT"),
                "REAL" => out.push_str("DOUBLE PRECISION"),
                "TEXT" => out.push_str("TEXT COLLATE \"C\""),
                "REFERENCES" => {
                    // Skip ` name(column)`.
                    rest = rest.trim_start_matches(' ');
                    rest = rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
                    if rest.starts_with('(') {
                        rest = rest.find(')').map_or("", |i| &rest[i + 1..]);
                    }
                    while out.ends_with(' ') {
                        out.pop();
                    }
                }
                _ => out.push_str(word),
            }
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_and_rowid_skip_literals() {
        assert_eq!(
            statement(
                "SELECT '?1 rowid', x FROM t WHERE a = ?1 AND b LIKE '%' || ?12 ORDER BY rowid"
            ),
            "SELECT '?1 rowid', x FROM t WHERE a = $1 AND b LIKE '%' || $12 ORDER BY ctid"
        );
        assert_eq!(
            statement("SELECT rowid_x, xrowid FROM t"),
            "SELECT rowid_x, xrowid FROM t"
        );
    }

    #[test]
    fn ddl_types_and_foreign_keys() {
        let sql = "CREATE TABLE m (\n  id INTEGER PRIMARY KEY, t INTEGER NOT NULL REFERENCES team(id), x REAL, -- a TEXT\n  name TEXT);";
        assert_eq!(
            ddl(sql),
            "CREATE TABLE m (\n  id BIGINT PRIMARY KEY, t BIGINT NOT NULL, x DOUBLE PRECISION, \n  name TEXT COLLATE \"C\");\n"
        );
    }
}
