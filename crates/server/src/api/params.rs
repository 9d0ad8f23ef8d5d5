//! Request parameters shared by the API and the pages: a query-string extractor whose
//! rejections are goalline errors, and date parsing with messages that say what was expected.
//!
//! Owns input validation of query strings; it must not look anything up.

use crate::error::ServerError;
use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use goalline_core::Date;
use serde::de::DeserializeOwned;

/// `Query<T>` whose rejection is a [`ServerError::BadRequest`] (JSON under `/api/`, an HTML
/// page elsewhere) instead of axum's plain-text 400.
#[derive(Debug, Clone, Copy, Default)]
pub struct Q<T>(pub T);

impl<S, T> FromRequestParts<S> for Q<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = ServerError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| Q(q.0))
            .map_err(|e| ServerError::BadRequest(e.body_text()))
    }
}

/// Parses an optional `YYYY-MM-DD` parameter; an empty value (an untouched form field) is none.
pub fn date(param: &'static str, value: Option<&str>) -> Result<Option<Date>, ServerError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => Date::parse_from_str(s, "%Y-%m-%d").map(Some).map_err(|_| {
            ServerError::InvalidParameter {
                param,
                message: format!("expected a date YYYY-MM-DD, found {s:?}"),
            }
        }),
    }
}

/// A required, non-empty text parameter (trimmed).
pub fn required<'a>(param: &'static str, value: Option<&'a str>) -> Result<&'a str, ServerError> {
    match value.map(str::trim) {
        Some(s) if !s.is_empty() => Ok(s),
        _ => Err(ServerError::MissingParameter(param)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(date("to", None).ok(), Some(None));
        assert_eq!(date("to", Some("  ")).ok(), Some(None));
        assert_eq!(
            date("to", Some("2022-12-10")).ok().flatten(),
            Date::from_ymd_opt(2022, 12, 10)
        );
        let e = date("to", Some("10/12/2022")).err().map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("invalid parameter `to`: expected a date YYYY-MM-DD, found \"10/12/2022\"")
        );
        assert!(date("to", Some("2022-02-30")).is_err());
    }

    #[test]
    fn required_text() {
        assert_eq!(required("q", Some(" England ")).ok(), Some("England"));
        assert!(matches!(
            required("q", Some("")),
            Err(ServerError::MissingParameter("q"))
        ));
        assert!(required("q", None).is_err());
    }
}
