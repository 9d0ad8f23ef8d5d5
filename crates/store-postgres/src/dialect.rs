//! PostgreSQL's dialect of the shared SQL, in one place.
//!
//! The shared SQL (`goalline_store::MIGRATIONS`, `goalline_store::sql`) is written for SQLite
//! with `?N` placeholders; PostgreSQL differs in:
//! - placeholders: `?N` → `$N` ([`placeholders`], every statement);
//! - column types ([`ddl`], the migrations only): `INTEGER` → `BIGINT` (SQLite integers are 64
//!   bits), `REAL` → `DOUBLE PRECISION` (PostgreSQL's `REAL` is 32 bits), `TEXT` →
//!   `TEXT COLLATE "C"` (byte order, as SQLite compares and sorts, whatever the database's
//!   locale);
//! - foreign keys: SQLite does not enforce them (`PRAGMA foreign_keys` is off), the import
//!   inserts in id order, not in dependency order, so `REFERENCES t(c)` is dropped ([`ddl`]).

/// `?N` → `$N`, outside string literals and quoted identifiers.
pub fn placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quote: Option<char> = None;
    for c in sql.chars() {
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
    placeholders(&out)
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
    fn placeholders_skip_literals() {
        assert_eq!(
            placeholders("SELECT '?1', x FROM t WHERE a = ?1 AND b LIKE '%' || ?12"),
            "SELECT '?1', x FROM t WHERE a = $1 AND b LIKE '%' || $12"
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
