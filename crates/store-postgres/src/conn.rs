//! One PostgreSQL connection as a [`SqlConn`]: the shared SQL in PostgreSQL's dialect, prepared
//! once per text, parameters bound by the column type PostgreSQL infers, and `INSERT INTO t
//! VALUES (…)` rows of an import streamed with `COPY t FROM STDIN` in batches.

use crate::dialect;
use bytes::BytesMut;
use goalline_store::sql::{Param, SqlConn, SqlRow};
use goalline_store::StoreError;
use postgres::types::{IsNull, ToSql, Type};
use postgres::{Client, Statement};
use std::collections::HashMap;
use std::io::Write;

/// A driver error in words: the server's message, or the driver's with its cause (the
/// driver's own `Display` is only "db error" / "error connecting to server").
pub(crate) fn describe(e: &postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        return format!(
            "PostgreSQL: {} ({}){}",
            db.message(),
            db.code().code(),
            db.detail().map(|d| format!(": {d}")).unwrap_or_default()
        );
    }
    match std::error::Error::source(e) {
        Some(cause) => format!("{e}: {cause}"),
        None => e.to_string(),
    }
}

/// Converts a driver error into the store's error (see [`describe`]).
pub(crate) fn pg(e: postgres::Error) -> StoreError {
    StoreError::backend(std::io::Error::other(describe(&e)))
}

/// A client with its prepared statements (keyed by the shared SQL text).
pub(crate) struct PgConn {
    pub(crate) client: Client,
    statements: HashMap<String, Statement>,
    /// Rows of an import waiting for `COPY`: (table, text-format rows).
    copy: Option<(String, Vec<u8>)>,
    /// Whether `INSERT INTO t VALUES` rows go through `COPY` (import connections).
    pub(crate) bulk: bool,
}

impl std::fmt::Debug for PgConn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgConn")
            .field("statements", &self.statements.len())
            .finish()
    }
}

const COPY_BATCH: usize = 4 << 20;

impl PgConn {
    pub(crate) fn new(client: Client) -> PgConn {
        PgConn {
            client,
            statements: HashMap::new(),
            copy: None,
            bulk: false,
        }
    }

    fn prepared(&mut self, sql: &str) -> Result<Statement, StoreError> {
        if let Some(st) = self.statements.get(sql) {
            return Ok(st.clone());
        }
        let st = self.client.prepare(&dialect::statement(sql)).map_err(pg)?;
        self.statements.insert(sql.to_string(), st.clone());
        Ok(st)
    }

    /// Sends the rows waiting for `COPY`.
    pub(crate) fn flush(&mut self) -> Result<(), StoreError> {
        let Some((table, rows)) = self.copy.take() else {
            return Ok(());
        };
        if rows.is_empty() {
            return Ok(());
        }
        // The table name comes from the shared SQL text, never from user input.
        let mut w = self
            .client
            .copy_in(&format!("COPY \"{table}\" FROM STDIN"))
            .map_err(pg)?;
        w.write_all(&rows)
            .map_err(|e| StoreError::backend(std::io::Error::other(e)))?;
        w.finish().map_err(pg)?;
        Ok(())
    }

    /// `INSERT INTO t VALUES (?1,…)`: the table, when the statement is a whole-row insert.
    fn copy_table(sql: &str) -> Option<&str> {
        let rest = sql.strip_prefix("INSERT INTO ")?;
        let (table, rest) = rest.split_once(' ')?;
        rest.starts_with("VALUES (")
            .then_some(table)
            .filter(|t| t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
    }
}

/// Appends one row in `COPY`'s text format.
fn copy_row(out: &mut Vec<u8>, params: &[Param<'_>]) {
    for (i, p) in params.iter().enumerate() {
        if i > 0 {
            out.push(b'\t');
        }
        match p {
            Param::Null => out.extend_from_slice(b"\\N"),
            Param::Int(v) => out.extend_from_slice(v.to_string().as_bytes()),
            Param::Real(v) => out.extend_from_slice(format!("{v:?}").as_bytes()),
            Param::Text(s) => {
                for b in s.bytes() {
                    match b {
                        b'\\' => out.extend_from_slice(b"\\\\"),
                        b'\t' => out.extend_from_slice(b"\\t"),
                        b'\n' => out.extend_from_slice(b"\\n"),
                        b'\r' => out.extend_from_slice(b"\\r"),
                        _ => out.push(b),
                    }
                }
            }
        }
    }
    out.push(b'\n');
}

/// A parameter bound by the type PostgreSQL inferred for it.
#[derive(Debug)]
struct Bind<'a>(Param<'a>);

type BoxError = Box<dyn std::error::Error + Sync + Send>;

impl ToSql for Bind<'_> {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
        match self.0 {
            Param::Null => Ok(IsNull::Yes),
            Param::Int(v) => match *ty {
                Type::INT8 => v.to_sql(ty, out),
                Type::INT4 => i32::try_from(v)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(v)?.to_sql(ty, out),
                Type::BOOL => (v != 0).to_sql(ty, out),
                Type::FLOAT8 => (v as f64).to_sql(ty, out),
                _ => v.to_string().to_sql(ty, out),
            },
            Param::Real(v) => match *ty {
                Type::FLOAT4 => (v as f32).to_sql(ty, out),
                Type::FLOAT8 => v.to_sql(ty, out),
                _ => v.to_string().to_sql(ty, out),
            },
            Param::Text(s) => s.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

struct PgRow<'a>(&'a postgres::Row);

fn column_error(e: postgres::Error) -> StoreError {
    StoreError::Corrupt(e.to_string())
}

impl SqlRow for PgRow<'_> {
    fn int(&self, idx: usize) -> Result<Option<i64>, StoreError> {
        let r = self.0;
        let ty = r
            .columns()
            .get(idx)
            .ok_or_else(|| StoreError::Corrupt(format!("no column {idx}")))?
            .type_()
            .clone();
        Ok(match ty {
            Type::INT8 => r.try_get::<_, Option<i64>>(idx).map_err(column_error)?,
            Type::INT4 => r
                .try_get::<_, Option<i32>>(idx)
                .map_err(column_error)?
                .map(i64::from),
            Type::INT2 => r
                .try_get::<_, Option<i16>>(idx)
                .map_err(column_error)?
                .map(i64::from),
            Type::BOOL => r
                .try_get::<_, Option<bool>>(idx)
                .map_err(column_error)?
                .map(i64::from),
            other => {
                return Err(StoreError::Corrupt(format!(
                    "column {idx} is {other}, expected an integer"
                )))
            }
        })
    }

    fn real(&self, idx: usize) -> Result<Option<f64>, StoreError> {
        let r = self.0;
        let ty = r
            .columns()
            .get(idx)
            .ok_or_else(|| StoreError::Corrupt(format!("no column {idx}")))?
            .type_()
            .clone();
        Ok(match ty {
            Type::FLOAT8 => r.try_get::<_, Option<f64>>(idx).map_err(column_error)?,
            Type::FLOAT4 => r
                .try_get::<_, Option<f32>>(idx)
                .map_err(column_error)?
                .map(f64::from),
            _ => self.int(idx)?.map(|v| v as f64),
        })
    }

    fn text(&self, idx: usize) -> Result<Option<String>, StoreError> {
        self.0
            .try_get::<_, Option<String>>(idx)
            .map_err(column_error)
    }
}

impl SqlConn for PgConn {
    fn query(
        &mut self,
        sql: &str,
        params: &[Param<'_>],
        f: &mut dyn FnMut(&dyn SqlRow) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        self.flush()?;
        let st = self.prepared(sql)?;
        let binds: Vec<Bind<'_>> = params.iter().map(|p| Bind(*p)).collect();
        let refs: Vec<&(dyn ToSql + Sync)> =
            binds.iter().map(|b| b as &(dyn ToSql + Sync)).collect();
        let rows = self.client.query(&st, &refs).map_err(pg)?;
        for r in &rows {
            f(&PgRow(r))?;
        }
        Ok(())
    }

    fn execute(&mut self, sql: &str, params: &[Param<'_>]) -> Result<u64, StoreError> {
        if self.bulk {
            if let Some(table) = Self::copy_table(sql) {
                if self.copy.as_ref().is_some_and(|(t, _)| t != table) {
                    self.flush()?;
                }
                let (_, buf) = self
                    .copy
                    .get_or_insert_with(|| (table.to_string(), Vec::new()));
                copy_row(buf, params);
                if buf.len() > COPY_BATCH {
                    self.flush()?;
                }
                return Ok(1);
            }
        }
        self.flush()?;
        let st = self.prepared(sql)?;
        let binds: Vec<Bind<'_>> = params.iter().map(|p| Bind(*p)).collect();
        let refs: Vec<&(dyn ToSql + Sync)> =
            binds.iter().map(|b| b as &(dyn ToSql + Sync)).collect();
        self.client.execute(&st, &refs).map_err(pg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_rows_escape_text_and_nulls() {
        let mut out = Vec::new();
        copy_row(
            &mut out,
            &[
                Param::Int(7),
                Param::Null,
                Param::Text("a\tb\\c\nd"),
                Param::Real(0.5),
            ],
        );
        assert_eq!(out, b"7\t\\N\ta\\tb\\\\c\\nd\t0.5\n");
    }

    #[test]
    fn only_whole_row_inserts_are_copied() {
        assert_eq!(
            PgConn::copy_table("INSERT INTO of_goal VALUES (?1,?2)"),
            Some("of_goal")
        );
        assert_eq!(
            PgConn::copy_table("INSERT INTO meta (key, value) VALUES (?1, ?2)"),
            None
        );
        assert_eq!(PgConn::copy_table("UPDATE player SET x = ?1"), None);
    }
}
