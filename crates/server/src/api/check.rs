//! `POST /api/check`: an article in, the checker's report out — the same JSON `goalline check
//! --json` prints (the serde form of `goalline_check::Report`, pretty-printed, with a final
//! newline), so scripts can switch between the CLI and the server.
//!
//! The body is JSON `{"text": "...", "date": "YYYY-MM-DD"}` (`date` optional) or the article
//! itself as `text/plain` (then `?date=` gives the publication date). A plain body is UTF-8,
//! or UTF-16 with a byte-order mark; invalid sequences are replaced, as the CLI does: an article is prose, not data. The body cap of the server
//! applies (413 above it). The one [`goalline_check::Checker`] of the state runs on the
//! blocking pool; this module must not build a checker per request.

use crate::api::params::{self, Q};
use crate::api::teams::EvidenceRow;
use crate::error::{ApiError, ServerError};
use crate::routes::Registry;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use goalline_core::Date;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::routes;

/// Registers `POST /api/check`.
pub fn register(r: Registry) -> Registry {
    r.api(routes!(check_article))
}

/// JSON body of `POST /api/check`.
#[derive(Debug, Deserialize, ToSchema)]
pub struct CheckRequest {
    /// The article text.
    pub text: String,
    /// Publication date `YYYY-MM-DD`; when absent it is read from a `DATE:` header or the
    /// latest full date in the text, and the report says which.
    #[schema(format = Date, example = "2022-12-11")]
    pub date: Option<String>,
}

/// Query of `POST /api/check` (for `text/plain` bodies).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CheckQuery {
    /// Publication date `YYYY-MM-DD` (a JSON body's own `date` wins).
    #[param(format = Date)]
    pub date: Option<String>,
}

/// One checked claim (documentation of the checker's JSON; the server sends the checker's own
/// serialisation).
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckedClaim {
    /// Byte offset of the claim in the article.
    pub start: usize,
    /// One past its last byte: `text == article[start..end]`.
    pub end: usize,
    /// The claim as written.
    pub text: String,
    /// Kind of claim (`scoreline`, `date`, `goal`, `penalty`, `tournament_run`, `other`, …).
    pub kind: String,
    /// `SUPPORTED`, `CONTRADICTED` or `UNVERIFIABLE`.
    #[schema(example = "SUPPORTED")]
    pub verdict: String,
    /// What the data say; the reason when the claim cannot be checked.
    pub explanation: String,
    /// The rows behind the verdict.
    pub evidence: Vec<EvidenceRow>,
    /// The correct value, when contradicted (absent otherwise).
    pub correct: Option<String>,
    /// What the claim was checked against: a match, an edition, a career (absent when the
    /// checker could not tie it to one).
    pub checked_against: Option<String>,
    /// The family and rule that read the claim (`result/verb`, `goal/minute`).
    #[schema(example = "result/verb")]
    pub rule: String,
    /// The typed claim as the checker read it (predicate and values), for machines and for
    /// reading why a verdict was given.
    #[schema(example = "result France win 2-1 v England")]
    pub frame: String,
}

/// A sentence with facts (numbers, dates, names) that produced no claim: not checked, which
/// is not the same as nothing to check.
#[derive(Debug, Serialize, ToSchema)]
pub struct UncheckedSentence {
    /// Byte offset in the article.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The sentence.
    pub text: String,
}

/// Counts per verdict.
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckSummary {
    /// Claims found.
    pub claims: usize,
    /// Supported.
    pub supported: usize,
    /// Contradicted.
    pub contradicted: usize,
    /// Unverifiable.
    pub unverifiable: usize,
}

/// The checker's report on one article (as `goalline check --json` prints it).
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckReport {
    /// Publication date used, if known.
    #[schema(value_type = Option<String>, format = Date)]
    pub date: Option<Date>,
    /// Where the date came from: `given`, `header`, `inferred` or `unknown`.
    pub date_source: String,
    /// The match the article is about, when found (`2022-12-10 England 1–2 France (FIFA World Cup)`).
    pub main_match: Option<String>,
    /// `men` or `women`.
    pub gender: String,
    /// Claims in text order (they may overlap or nest).
    pub claims: Vec<CheckedClaim>,
    /// Sentences with facts that produced no claim.
    pub unchecked: Vec<UncheckedSentence>,
    /// Counts.
    pub summary: CheckSummary,
}

/// The article and date of a request, from a JSON or a plain-text body.
pub fn read_request(
    headers: &HeaderMap,
    query_date: Option<&str>,
    body: &[u8],
) -> Result<(String, Option<Date>), ServerError> {
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("text/plain")
        .to_ascii_lowercase();
    let (text, date) = if ctype.starts_with("application/json") {
        let req: CheckRequest = serde_json::from_slice(body).map_err(|e| {
            ServerError::BadRequest(format!(
                "invalid JSON body: {e}; expected {{\"text\": \"...\", \"date\": \"YYYY-MM-DD\"}}"
            ))
        })?;
        let date = req.date.or_else(|| query_date.map(str::to_string));
        (req.text, date)
    } else if ctype.starts_with("text/plain") {
        (
            goalline_check::input::decode(body).0,
            query_date.map(str::to_string),
        )
    } else {
        return Err(ServerError::BadRequest(format!(
            "unsupported content type {ctype:?}: send application/json {{\"text\", \"date\"}} or the article as text/plain"
        )));
    };
    if text.trim().is_empty() {
        return Err(ServerError::MissingParameter("text"));
    }
    let date = params::date("date", date.as_deref())?;
    Ok((text, date))
}

/// Checks an article: every claim found, with a verdict (SUPPORTED, CONTRADICTED, UNVERIFIABLE),
/// an explanation, the correct value when contradicted, and the rows behind it. The answer is
/// the JSON `goalline check --json` prints.
#[utoipa::path(post, path = "/api/check", tag = "check", params(CheckQuery),
    request_body(description = "The article: JSON `{text, date?}`, or the text itself as text/plain",
        content((CheckRequest = "application/json"), (String = "text/plain"))),
    responses(
        (status = 200, description = "The checker's report", body = CheckReport),
        (status = 400, description = "Empty text, malformed JSON or date, or another content type", body = ApiError),
        (status = 413, description = "The body is over the server's limit (2 MB by default)", body = ApiError),
        (status = 503, description = "Every article-check worker is busy; retry shortly", body = ApiError),
        (status = 504, description = "The check ran past its deadline and was stopped", body = ApiError),
    ))]
pub async fn check_article(
    State(state): State<AppState>,
    Q(query): Q<CheckQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ServerError> {
    let (text, date) = read_request(&headers, query.date.as_deref(), &body)?;
    drop(body);
    let report = state.check(text, date).await?;
    let mut json = serde_json::to_string_pretty(&report)
        .map_err(|e| ServerError::Internal(format!("serialising the report: {e}")))?;
    json.push('\n');
    let mut resp = json.into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Ok(resp)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(ctype: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        if let Ok(v) = HeaderValue::from_str(ctype) {
            h.insert(header::CONTENT_TYPE, v);
        }
        h
    }

    #[test]
    fn json_and_plain_bodies() {
        let (t, d) = read_request(
            &headers("application/json"),
            None,
            br#"{"text":"England won.","date":"2022-12-10"}"#,
        )
        .unwrap_or_default();
        assert_eq!(t, "England won.");
        assert_eq!(d, Date::from_ymd_opt(2022, 12, 10));
        let (t, d) = read_request(
            &headers("text/plain; charset=utf-8"),
            Some("2022-12-11"),
            "Kane scored.\n".as_bytes(),
        )
        .unwrap_or_default();
        assert_eq!(t, "Kane scored.\n");
        assert_eq!(d, Date::from_ymd_opt(2022, 12, 11));
        // No content type: plain text.
        assert!(read_request(&HeaderMap::new(), None, b"x").is_ok());
    }

    #[test]
    fn bad_bodies_are_user_errors() {
        let e = read_request(&headers("application/json"), None, b"{nope").err();
        assert!(matches!(e, Some(ServerError::BadRequest(_))), "{e:?}");
        let e = read_request(&headers("text/plain"), None, b"   ").err();
        assert!(matches!(e, Some(ServerError::MissingParameter("text"))));
        let e = read_request(&headers("application/xml"), None, b"<a/>").err();
        assert!(matches!(e, Some(ServerError::BadRequest(_))));
        let e = read_request(&headers("text/plain"), Some("10/12/2022"), b"x").err();
        assert!(matches!(e, Some(ServerError::InvalidParameter { .. })));
    }

    #[test]
    fn invalid_utf8_is_replaced() {
        let (t, _) =
            read_request(&headers("text/plain"), None, b"caf\xe9 goal").unwrap_or_default();
        assert_eq!(t, "caf\u{fffd} goal");
    }
}
