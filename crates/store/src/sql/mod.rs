//! The SQL both backends share: a small, driver-free row-access layer ([`SqlConn`], [`SqlRow`],
//! [`Param`]) and, written once against it, every read query of [`crate::Store`]
//! (a [`read::SqlPool`] is a `Store`) and every insert of an import ([`insert`]).
//!
//! SQL text here is SQLite's dialect with `?N` placeholders; a backend adapts it in one place
//! (PostgreSQL: `?N` → `$N`, `rowid` → `ctid`, see `goalline-store-postgres`'s `dialect`).
//! Portability rules the text keeps: a parameter that may be NULL is typed (`CAST(?1 AS TEXT)`),
//! every ORDER BY is total (ties broken by `rowid`, the insertion order), a UNION has an ORDER BY. Row mapping goes through typed
//! getters (`r.get::<i64>(0)`), so a backend only says how to read an integer, a float or a text
//! column of its own rows. No SQL is ever built from user text — every value is a bound
//! parameter.

use crate::error::StoreError;

pub mod insert;
pub mod read;

pub use read::{SqlPool, SqlPoolExt};

/// A bound parameter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Param<'a> {
    /// SQL NULL.
    Null,
    /// An integer (booleans are 0/1).
    Int(i64),
    /// A float.
    Real(f64),
    /// A text.
    Text(&'a str),
}

/// A value that binds as a [`Param`] (borrowing texts).
pub trait ToParam {
    /// The parameter.
    fn to_param(&self) -> Param<'_>;
}

macro_rules! int_param {
    ($($t:ty),*) => {$(
        impl ToParam for $t {
            fn to_param(&self) -> Param<'_> {
                Param::Int(i64::from(*self))
            }
        }
    )*};
}
int_param!(i64, i32, u32, u16, u8, i16, bool);

impl ToParam for f64 {
    fn to_param(&self) -> Param<'_> {
        Param::Real(*self)
    }
}

impl ToParam for str {
    fn to_param(&self) -> Param<'_> {
        Param::Text(self)
    }
}

impl ToParam for String {
    fn to_param(&self) -> Param<'_> {
        Param::Text(self)
    }
}

impl<T: ToParam + ?Sized> ToParam for &T {
    fn to_param(&self) -> Param<'_> {
        (**self).to_param()
    }
}

impl<T: ToParam> ToParam for Option<T> {
    fn to_param(&self) -> Param<'_> {
        self.as_ref().map_or(Param::Null, |v| v.to_param())
    }
}

/// `params![a, b]`: the parameters of one statement, as a slice of [`Param`].
#[macro_export]
macro_rules! params {
    () => {
        &[] as &[$crate::sql::Param<'_>]
    };
    ($($x:expr),+ $(,)?) => {
        &[$($crate::sql::ToParam::to_param(&$x)),+] as &[$crate::sql::Param<'_>]
    };
}

/// One result row, read by column index.
pub trait SqlRow {
    /// An integer (or boolean) column; `None` for NULL.
    fn int(&self, idx: usize) -> Result<Option<i64>, StoreError>;
    /// A float column; `None` for NULL.
    fn real(&self, idx: usize) -> Result<Option<f64>, StoreError>;
    /// A text column; `None` for NULL.
    fn text(&self, idx: usize) -> Result<Option<String>, StoreError>;
}

/// A Rust value read from one column.
pub trait FromColumn: Sized {
    /// Reads column `idx` of `r`.
    fn column(r: &dyn SqlRow, idx: usize) -> Result<Self, StoreError>;
}

fn null(idx: usize) -> StoreError {
    StoreError::Corrupt(format!("unexpected NULL in column {idx}"))
}

macro_rules! int_column {
    ($($t:ty),*) => {$(
        impl FromColumn for Option<$t> {
            fn column(r: &dyn SqlRow, idx: usize) -> Result<Self, StoreError> {
                r.int(idx)?
                    .map(|v| {
                        <$t>::try_from(v).map_err(|_| {
                            StoreError::Corrupt(format!("{v} out of range in column {idx}"))
                        })
                    })
                    .transpose()
            }
        }
        impl FromColumn for $t {
            fn column(r: &dyn SqlRow, idx: usize) -> Result<Self, StoreError> {
                Option::<$t>::column(r, idx)?.ok_or_else(|| null(idx))
            }
        }
    )*};
}
int_column!(i64, i32, u32, u16, u8, i16, u64);

impl FromColumn for Option<bool> {
    fn column(r: &dyn SqlRow, idx: usize) -> Result<Self, StoreError> {
        Ok(r.int(idx)?.map(|v| v != 0))
    }
}

impl FromColumn for bool {
    fn column(r: &dyn SqlRow, idx: usize) -> Result<Self, StoreError> {
        Option::<bool>::column(r, idx)?.ok_or_else(|| null(idx))
    }
}

impl FromColumn for Option<f64> {
    fn column(r: &dyn SqlRow, idx: usize) -> Result<Self, StoreError> {
        r.real(idx)
    }
}

impl FromColumn for f64 {
    fn column(r: &dyn SqlRow, idx: usize) -> Result<Self, StoreError> {
        r.real(idx)?.ok_or_else(|| null(idx))
    }
}

impl FromColumn for Option<String> {
    fn column(r: &dyn SqlRow, idx: usize) -> Result<Self, StoreError> {
        r.text(idx)
    }
}

impl FromColumn for String {
    fn column(r: &dyn SqlRow, idx: usize) -> Result<Self, StoreError> {
        r.text(idx)?.ok_or_else(|| null(idx))
    }
}

impl dyn SqlRow + '_ {
    /// Column `idx` as a `T` (`r.get::<i64>(0)`, or inferred).
    pub fn get<T: FromColumn>(&self, idx: usize) -> Result<T, StoreError> {
        T::column(self, idx)
    }
}

/// A connection the shared SQL runs on.
pub trait SqlConn {
    /// Runs a query, calling `f` for each row in order.
    fn query(
        &mut self,
        sql: &str,
        params: &[Param<'_>],
        f: &mut dyn FnMut(&dyn SqlRow) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>;

    /// Runs a statement that returns no rows (prepared once per SQL text and cached); returns the
    /// rows changed.
    fn execute(&mut self, sql: &str, params: &[Param<'_>]) -> Result<u64, StoreError>;
}

impl dyn SqlConn + '_ {
    /// Every row of a query, mapped.
    pub fn rows<T>(
        &mut self,
        sql: &str,
        params: &[Param<'_>],
        mut map: impl FnMut(&dyn SqlRow) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        let mut out = Vec::new();
        self.query(sql, params, &mut |r| {
            out.push(map(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// The first row of a query, mapped, if there is one.
    pub fn row<T>(
        &mut self,
        sql: &str,
        params: &[Param<'_>],
        mut map: impl FnMut(&dyn SqlRow) -> Result<T, StoreError>,
    ) -> Result<Option<T>, StoreError> {
        let mut out = None;
        self.query(sql, params, &mut |r| {
            if out.is_none() {
                out = Some(map(r)?);
            }
            Ok(())
        })?;
        Ok(out)
    }
}
