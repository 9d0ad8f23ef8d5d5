//! One SQLite connection as a [`SqlConn`]: the shared SQL runs as written (it is SQLite's
//! dialect), through rusqlite's statement cache; an import's repeated insert keeps its
//! statement at hand.

use goalline_store::sql::{Param, SqlConn, SqlRow};
use goalline_store::StoreError;
use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::{Connection, Statement, ToSql};

/// Converts a driver error into the store's error.
pub(crate) fn sql(e: rusqlite::Error) -> StoreError {
    StoreError::backend(e)
}

/// A borrowed connection running the shared SQL.
pub(crate) struct Lite<'a> {
    conn: &'a Connection,
    /// The last statement executed (an import runs one insert many times in a row).
    last: Option<(String, Statement<'a>)>,
}

impl<'a> Lite<'a> {
    pub(crate) fn new(conn: &'a Connection) -> Lite<'a> {
        Lite { conn, last: None }
    }
}

struct Bind<'a>(Param<'a>);

impl ToSql for Bind<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self.0 {
            Param::Null => ToSqlOutput::Owned(Value::Null),
            Param::Int(v) => ToSqlOutput::Owned(Value::Integer(v)),
            Param::Real(v) => ToSqlOutput::Owned(Value::Real(v)),
            Param::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        })
    }
}

fn binds<'p>(params: &'p [Param<'p>]) -> impl Iterator<Item = Bind<'p>> + 'p {
    params.iter().map(|p| Bind(*p))
}

struct LiteRow<'a, 'b>(&'a rusqlite::Row<'b>);

fn wrong_type(idx: usize, want: &str, got: ValueRef<'_>) -> StoreError {
    StoreError::Corrupt(format!(
        "column {idx}: expected {want}, found {}",
        got.data_type()
    ))
}

impl SqlRow for LiteRow<'_, '_> {
    fn int(&self, idx: usize) -> Result<Option<i64>, StoreError> {
        match self.0.get_ref(idx).map_err(sql)? {
            ValueRef::Null => Ok(None),
            ValueRef::Integer(v) => Ok(Some(v)),
            other => Err(wrong_type(idx, "an integer", other)),
        }
    }

    fn real(&self, idx: usize) -> Result<Option<f64>, StoreError> {
        match self.0.get_ref(idx).map_err(sql)? {
            ValueRef::Null => Ok(None),
            ValueRef::Real(v) => Ok(Some(v)),
            ValueRef::Integer(v) => Ok(Some(v as f64)),
            other => Err(wrong_type(idx, "a number", other)),
        }
    }

    fn text(&self, idx: usize) -> Result<Option<String>, StoreError> {
        match self.0.get_ref(idx).map_err(sql)? {
            ValueRef::Null => Ok(None),
            ValueRef::Text(b) => String::from_utf8(b.to_vec())
                .map(Some)
                .map_err(|e| StoreError::Corrupt(format!("column {idx}: {e}"))),
            other => Err(wrong_type(idx, "a text", other)),
        }
    }
}

impl SqlConn for Lite<'_> {
    fn query(
        &mut self,
        sql_text: &str,
        params: &[Param<'_>],
        f: &mut dyn FnMut(&dyn SqlRow) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut st = self.conn.prepare_cached(sql_text).map_err(sql)?;
        let mut rows = st
            .query(rusqlite::params_from_iter(binds(params)))
            .map_err(sql)?;
        while let Some(r) = rows.next().map_err(sql)? {
            f(&LiteRow(r))?;
        }
        Ok(())
    }

    fn execute(&mut self, sql_text: &str, params: &[Param<'_>]) -> Result<u64, StoreError> {
        let same = self.last.as_ref().is_some_and(|(s, _)| s == sql_text);
        if !same {
            let st = self.conn.prepare(sql_text).map_err(sql)?;
            self.last = Some((sql_text.to_string(), st));
        }
        let (_, st) = self
            .last
            .as_mut()
            .ok_or_else(|| StoreError::Corrupt("statement cache lost its statement".into()))?;
        let n = st
            .execute(rusqlite::params_from_iter(binds(params)))
            .map_err(sql)?;
        Ok(n as u64)
    }
}
