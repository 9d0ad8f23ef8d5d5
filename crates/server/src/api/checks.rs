//! Saved checks over the API: `POST /api/checks` runs a check like `POST /api/check` and
//! keeps it under an unguessable id; `GET /api/checks/{id}` is its JSON (with whether the data
//! it was checked against are still the live data), `…/export.md` and `…/export.csv` its
//! exports ([`crate::api::checks_export`]), `POST …/recheck` runs the saved text again against
//! today's data and says what changed. `GET /api/checks` (listing) and `DELETE
//! /api/checks/{id}` are the operator's, unlocked by the server's API token
//! ([`AppState::authorize`]); without one they answer 404, and saved checks are reachable by
//! id only.
//!
//! Storage goes through [`goalline_store::CheckStore`] (the state's); this module builds the
//! views, the data-version comparison and the diff of two reports. Every answer about a saved
//! check carries `Cache-Control: private, no-store`: drafts are confidential.

use crate::api::check::{read_request, CheckQuery, CheckReport, CheckRequest};
use crate::error::{ApiError, ServerError};
use crate::routes::Registry;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use goalline_check::Report;
use goalline_core::Date;
use goalline_store::{CheckId, DataVersion, NewCheck, SavedCheck};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::routes;

/// Registers the saved-check endpoints.
pub fn register(r: Registry) -> Registry {
    r.api(routes!(save_check, list_checks))
        .api(routes!(get_check, delete_check))
        .api(routes!(export_markdown))
        .api(routes!(export_csv))
        .api(routes!(recheck))
}

/// Where a saved check can be fetched in other forms.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Exports {
    /// The JSON of the saved check.
    pub json: String,
    /// The article with verdict marks and a claim table, as Markdown.
    pub markdown: String,
    /// One row per claim, as CSV.
    pub csv: String,
}

/// The data a saved check was checked against, compared with the data served now.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DataStatus {
    /// True when the saved check was made against the data this server answers from now.
    pub current: bool,
    /// The import it was checked against: import id, goalline version, source checksums.
    #[schema(value_type = Object)]
    pub checked_against: DataVersion,
    /// The import id of the data served now.
    pub live_import_id: Option<String>,
    /// Source files whose checksum differs between the two (added or removed ones included).
    pub changed_sources: Vec<String>,
    /// When not current: where to POST to check the saved text again against today's data.
    pub recheck: Option<String>,
}

/// A saved check: what `POST /api/checks` returns and `GET /api/checks/{id}` serves.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SavedCheckView {
    /// The id: 128 random bits, URL-safe base64 (22 characters).
    #[schema(example = "q3Zx0l7Yb1k2m4n6p8r0tA")]
    pub id: String,
    /// The path of its page: `/checks/{id}`.
    pub permalink: String,
    /// When it was saved (RFC 3339, UTC).
    pub created_at: String,
    /// The publication date given with it, if any.
    #[schema(format = Date)]
    pub date: Option<String>,
    /// The article text as checked.
    pub text: String,
    /// The data it was checked against, and whether they are still the live data.
    pub data: DataStatus,
    /// Its exports.
    pub exports: Exports,
    /// The checker's report, as `POST /api/check` returns it.
    #[schema(value_type = CheckReport)]
    pub report: serde_json::Value,
}

/// Source files whose checksum differs between two data versions, sorted.
pub fn changed_sources(a: &DataVersion, b: &DataVersion) -> Vec<String> {
    let sums = |v: &DataVersion| -> HashMap<String, String> {
        v.sources
            .iter()
            .map(|s| (s.path.clone(), s.sha256.clone()))
            .collect()
    };
    let (sa, sb) = (sums(a), sums(b));
    let paths: BTreeSet<&String> = sa.keys().chain(sb.keys()).collect();
    paths
        .into_iter()
        .filter(|p| sa.get(*p) != sb.get(*p))
        .cloned()
        .collect()
}

/// How the data a check was saved against compare with the live data.
pub fn data_status(id: &CheckId, saved: &DataVersion, live: &DataVersion) -> DataStatus {
    let changed = changed_sources(saved, live);
    let current = match (&saved.import_id, &live.import_id) {
        (Some(a), Some(b)) => a == b,
        (a, b) => a == b && changed.is_empty(),
    };
    DataStatus {
        current,
        checked_against: saved.clone(),
        live_import_id: live.import_id.clone(),
        changed_sources: changed,
        recheck: (!current).then(|| format!("/api/checks/{id}/recheck")),
    }
}

/// The exports of a saved check.
pub fn exports(id: &CheckId) -> Exports {
    Exports {
        json: format!("/api/checks/{id}"),
        markdown: format!("/api/checks/{id}/export.md"),
        csv: format!("/api/checks/{id}/export.csv"),
    }
}

impl SavedCheckView {
    /// The view of `saved`, compared with the `live` data.
    pub fn new(saved: &SavedCheck, live: &DataVersion) -> Result<SavedCheckView, ServerError> {
        let report: serde_json::Value = serde_json::from_str(&saved.report_json)
            .map_err(|e| ServerError::Internal(format!("saved check {}: report: {e}", saved.id)))?;
        Ok(SavedCheckView {
            id: saved.id.to_string(),
            permalink: saved.id.permalink(),
            created_at: saved
                .created_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            date: saved.date.map(|d| d.to_string()),
            text: saved.text.clone(),
            data: data_status(&saved.id, &saved.data_version, live),
            exports: exports(&saved.id),
            report,
        })
    }
}

/// A claim on one side of a comparison.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ClaimRef {
    /// Byte offset in the article.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The claim as written.
    pub text: String,
    /// Its kind.
    pub kind: String,
    /// Its verdict.
    pub verdict: String,
    /// Why.
    pub explanation: String,
}

/// A claim whose verdict changed.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ClaimChange {
    /// Byte offset in the article.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The claim as written.
    pub text: String,
    /// Its kind.
    pub kind: String,
    /// The verdict saved.
    pub before: String,
    /// The verdict now.
    pub after: String,
    /// Why, now.
    pub explanation: String,
}

/// What changed between a saved report and a new one on the same text.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Changes {
    /// Claims found both times whose verdict changed.
    pub changed: Vec<ClaimChange>,
    /// Claims found only now.
    pub added: Vec<ClaimRef>,
    /// Claims found only before.
    pub removed: Vec<ClaimRef>,
    /// Claims found both times with the same verdict.
    pub unchanged: usize,
}

impl Changes {
    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.added.is_empty() && self.removed.is_empty()
    }
}

fn claim_ref(c: &goalline_check::Claim) -> ClaimRef {
    ClaimRef {
        start: c.start,
        end: c.end,
        text: c.text.clone(),
        kind: c.kind.as_str().to_string(),
        verdict: c.verdict.as_str().to_string(),
        explanation: c.explanation.clone(),
    }
}

/// Compares two reports on the same text: a claim is the same claim when it covers the same
/// bytes and is of the same kind (several claims on one passage are paired in order).
pub fn diff(before: &Report, after: &Report) -> Changes {
    type Key = (usize, usize, &'static str);
    let mut old: BTreeMap<Key, Vec<&goalline_check::Claim>> = BTreeMap::new();
    for c in &before.claims {
        old.entry((c.start, c.end, c.kind.as_str()))
            .or_default()
            .push(c);
    }
    for list in old.values_mut() {
        list.reverse();
    }
    let mut out = Changes::default();
    for c in &after.claims {
        match old
            .get_mut(&(c.start, c.end, c.kind.as_str()))
            .and_then(Vec::pop)
        {
            Some(b) if b.verdict == c.verdict => out.unchanged += 1,
            Some(b) => out.changed.push(ClaimChange {
                start: c.start,
                end: c.end,
                text: c.text.clone(),
                kind: c.kind.as_str().to_string(),
                before: b.verdict.as_str().to_string(),
                after: c.verdict.as_str().to_string(),
                explanation: c.explanation.clone(),
            }),
            None => out.added.push(claim_ref(c)),
        }
    }
    let mut removed: Vec<ClaimRef> = old
        .into_values()
        .flat_map(|l| l.into_iter().map(claim_ref))
        .collect();
    removed.sort_by_key(|c| (c.start, c.end));
    out.removed = removed;
    out
}

/// `POST /api/checks/{id}/recheck`: the saved text checked again against today's data.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RecheckView {
    /// The saved check's id.
    pub id: String,
    /// Its page.
    pub permalink: String,
    /// The data it was saved against.
    #[schema(value_type = Object)]
    pub checked_against: DataVersion,
    /// The data it was checked against now.
    #[schema(value_type = Object)]
    pub rechecked_against: DataVersion,
    /// What changed.
    pub changes: Changes,
    /// The new report (not saved: save it with `POST /api/checks`).
    #[schema(value_type = CheckReport)]
    pub report: serde_json::Value,
}

/// Query of `GET /api/checks`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// How many (default 100, at most 1000).
    pub limit: Option<usize>,
    /// How many to skip (newest first).
    pub offset: Option<usize>,
}

/// One saved check in the operator's listing.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ListedCheck {
    /// Its id.
    pub id: String,
    /// Its page.
    pub permalink: String,
    /// When it was saved (RFC 3339, UTC).
    pub created_at: String,
    /// The publication date given with it.
    #[schema(format = Date)]
    pub date: Option<String>,
    /// The first line of the article.
    pub title: String,
    /// Article plus report, in bytes.
    pub bytes: u64,
    /// The import id it was checked against.
    pub import_id: Option<String>,
    /// Whether that is the import served now.
    pub current: bool,
}

/// `GET /api/checks`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CheckList {
    /// Saved checks in all.
    pub count: u64,
    /// The limit applied.
    pub limit: usize,
    /// The offset applied.
    pub offset: usize,
    /// Newest first.
    pub checks: Vec<ListedCheck>,
}

/// `DELETE /api/checks/{id}`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Deleted {
    /// The id deleted.
    pub id: String,
    /// Always true (an unknown id is a 404).
    pub deleted: bool,
}

/// A response that no shared cache may keep.
pub fn private(mut resp: Response) -> Response {
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    resp.headers_mut()
        .insert("x-robots-tag", HeaderValue::from_static("noindex"));
    resp
}

fn json_response<T: Serialize>(value: &T) -> Result<Response, ServerError> {
    let mut json = serde_json::to_string_pretty(value)
        .map_err(|e| ServerError::Internal(format!("serialising the answer: {e}")))?;
    json.push('\n');
    let mut resp = json.into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Ok(private(resp))
}

fn not_found(id: &str) -> ServerError {
    ServerError::NotFound {
        kind: "saved check",
        name: id.chars().take(64).collect(),
        suggestion: None,
    }
}

/// Runs the checker on `text` and saves the check (the text is refused at once when it alone
/// is over the bound per saved check).
pub async fn run_and_save(
    state: &AppState,
    text: String,
    date: Option<Date>,
) -> Result<SavedCheck, ServerError> {
    let checks = state.checks()?;
    if text.len() > checks.max_bytes() {
        return Err(ServerError::CheckTooLarge {
            bytes: text.len(),
            limit: checks.max_bytes(),
        });
    }
    let (report, data_version) = state.check_versioned(text.clone(), date).await?;
    let report_json = serde_json::to_string(&report)
        .map_err(|e| ServerError::Internal(format!("serialising the report: {e}")))?;
    let new = NewCheck {
        text,
        date,
        report_json,
        data_version,
    };
    state
        .query(move |_| checks.save(new).map_err(ServerError::from_checks))
        .await
}

/// Loads a saved check and reads its report back; an id that cannot be one, or names
/// nothing, is a 404.
pub async fn load(state: &AppState, id: &str) -> Result<(SavedCheck, Report), ServerError> {
    let parsed = CheckId::parse(id).ok_or_else(|| not_found(id))?;
    let checks = state.checks()?;
    let saved = state
        .query(move |_| Ok(checks.get(&parsed)?))
        .await?
        .ok_or_else(|| not_found(id))?;
    let report: Report = serde_json::from_str(&saved.report_json).map_err(|e| {
        ServerError::Internal(format!(
            "saved check {}: its report cannot be read: {e}",
            saved.id
        ))
    })?;
    Ok((saved, report))
}

/// Checks an article like `POST /api/check` and saves the check: the answer holds its id, its
/// permalink (`/checks/{id}`, a page anyone with the link can open) and the report. Saved
/// checks are never listed to anonymous users.
#[utoipa::path(post, path = "/api/checks", tag = "checks", params(CheckQuery),
    request_body(description = "The article: JSON `{text, date?}`, or the text itself as text/plain",
        content((CheckRequest = "application/json"), (String = "text/plain"))),
    responses(
        (status = 200, description = "The saved check (`Location` is its permalink)", body = SavedCheckView),
        (status = 400, description = "Empty text, malformed JSON or date, or another content type", body = ApiError),
        (status = 413, description = "The body is over the server's limit, or the check over the bound per saved check", body = ApiError),
        (status = 503, description = "Every article-check worker is busy, or saved checks are unavailable", body = ApiError),
        (status = 504, description = "The check ran past its deadline and was stopped", body = ApiError),
    ))]
pub async fn save_check(
    State(state): State<AppState>,
    crate::api::params::Q(query): crate::api::params::Q<CheckQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ServerError> {
    let (text, date) = read_request(&headers, query.date.as_deref(), &body)?;
    drop(body);
    let saved = run_and_save(&state, text, date).await?;
    let view = SavedCheckView::new(&saved, &saved.data_version)?;
    let mut resp = json_response(&view)?;
    if let Ok(v) = HeaderValue::from_str(&view.permalink) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    Ok(resp)
}

/// A saved check: text, date, report, and whether the data it was checked against are still
/// the live data (if not, `data.recheck` says where to check it again).
#[utoipa::path(get, path = "/api/checks/{id}", tag = "checks",
    params(("id" = String, Path, description = "The saved check's id")),
    responses(
        (status = 200, description = "The saved check", body = SavedCheckView),
        (status = 404, description = "No saved check has this id", body = ApiError),
        (status = 503, description = "Saved checks are unavailable", body = ApiError),
    ))]
pub async fn get_check(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ServerError> {
    let (saved, _) = load(&state, &id).await?;
    let view = SavedCheckView::new(&saved, &state.served().data_version())?;
    json_response(&view)
}

/// Lists saved checks, newest first (the operator's: needs `Authorization: Bearer TOKEN`
/// with the server's `--api-token`; 404 when the server has none).
#[utoipa::path(get, path = "/api/checks", tag = "checks", params(ListQuery),
    responses(
        (status = 200, description = "Saved checks", body = CheckList),
        (status = 401, description = "No token sent", body = ApiError),
        (status = 403, description = "Wrong token", body = ApiError),
        (status = 404, description = "The server has no API token: saved checks are not listed", body = ApiError),
    ))]
pub async fn list_checks(
    State(state): State<AppState>,
    crate::api::params::Q(query): crate::api::params::Q<ListQuery>,
    headers: HeaderMap,
) -> Result<Response, ServerError> {
    state.authorize(authorization(&headers), "listing saved checks")?;
    let checks = state.checks()?;
    let limit = query.limit.unwrap_or(100).clamp(1, 1000);
    let offset = query.offset.unwrap_or(0);
    let (count, rows) = state
        .query(move |_| Ok((checks.count()?, checks.list(limit, offset)?)))
        .await?;
    let live = state.served().import_id;
    let list = CheckList {
        count,
        limit,
        offset,
        checks: rows
            .into_iter()
            .map(|r| ListedCheck {
                permalink: r.id.permalink(),
                id: r.id.to_string(),
                created_at: r
                    .created_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                date: r.date.map(|d| d.to_string()),
                title: r.title,
                bytes: r.bytes,
                current: r.import_id.is_some() && r.import_id == live,
                import_id: r.import_id,
            })
            .collect(),
    };
    json_response(&list)
}

/// Deletes a saved check (the operator's: needs the server's API token).
#[utoipa::path(delete, path = "/api/checks/{id}", tag = "checks",
    params(("id" = String, Path, description = "The saved check's id")),
    responses(
        (status = 200, description = "Deleted", body = Deleted),
        (status = 401, description = "No token sent", body = ApiError),
        (status = 403, description = "Wrong token", body = ApiError),
        (status = 404, description = "No saved check has this id, or the server has no API token", body = ApiError),
    ))]
pub async fn delete_check(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ServerError> {
    state.authorize(authorization(&headers), "deleting saved checks")?;
    let parsed = CheckId::parse(&id).ok_or_else(|| not_found(&id))?;
    let checks = state.checks()?;
    let deleted = state.query(move |_| Ok(checks.delete(&parsed)?)).await?;
    if !deleted {
        return Err(not_found(&id));
    }
    json_response(&Deleted { id, deleted })
}

fn authorization(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
}

fn download(body: String, ctype: &'static str, filename: String) -> Response {
    let mut resp = body.into_response();
    resp.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(ctype));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        resp.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    private(resp)
}

/// The saved check as Markdown: the article with a verdict mark after every claim, then a
/// table of the claims (verdict, kind, explanation, correct value, evidence).
#[utoipa::path(get, path = "/api/checks/{id}/export.md", tag = "checks",
    params(("id" = String, Path, description = "The saved check's id")),
    responses(
        (status = 200, description = "Markdown", content_type = "text/markdown", body = String),
        (status = 404, description = "No saved check has this id", body = ApiError),
    ))]
pub async fn export_markdown(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ServerError> {
    let (saved, report) = load(&state, &id).await?;
    let md = crate::api::checks_export::markdown(&saved, &report);
    Ok(download(
        md,
        "text/markdown; charset=utf-8",
        format!("check-{}.md", saved.id),
    ))
}

/// The saved check's claims as CSV, one row per claim (RFC 4180 quoting).
#[utoipa::path(get, path = "/api/checks/{id}/export.csv", tag = "checks",
    params(("id" = String, Path, description = "The saved check's id")),
    responses(
        (status = 200, description = "CSV", content_type = "text/csv", body = String),
        (status = 404, description = "No saved check has this id", body = ApiError),
    ))]
pub async fn export_csv(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ServerError> {
    let (saved, report) = load(&state, &id).await?;
    let csv = crate::api::checks_export::csv(&report)?;
    Ok(download(
        csv,
        "text/csv; charset=utf-8",
        format!("check-{}.csv", saved.id),
    ))
}

/// Checks the saved text again against the data served now and says what changed: claims
/// whose verdict changed, claims added, claims removed. The new result is not saved.
#[utoipa::path(post, path = "/api/checks/{id}/recheck", tag = "checks",
    params(("id" = String, Path, description = "The saved check's id")),
    responses(
        (status = 200, description = "The new report and what changed", body = RecheckView),
        (status = 404, description = "No saved check has this id", body = ApiError),
        (status = 503, description = "Every article-check worker is busy", body = ApiError),
        (status = 504, description = "The check ran past its deadline", body = ApiError),
    ))]
pub async fn recheck(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ServerError> {
    let view = recheck_view(&state, &id).await?.0;
    json_response(&view)
}

/// Runs a saved check again: the view, the saved check, and the new report.
pub async fn recheck_view(
    state: &AppState,
    id: &str,
) -> Result<(RecheckView, SavedCheck, Report), ServerError> {
    let (saved, before) = load(state, id).await?;
    let (after, version) = state
        .check_versioned(saved.text.clone(), saved.date)
        .await?;
    let view = RecheckView {
        id: saved.id.to_string(),
        permalink: saved.id.permalink(),
        checked_against: saved.data_version.clone(),
        rechecked_against: version,
        changes: diff(&before, &after),
        report: serde_json::to_value(&after)
            .map_err(|e| ServerError::Internal(format!("serialising the report: {e}")))?,
    };
    Ok((view, saved, after))
}

#[cfg(test)]
mod tests {
    use super::*;
    use goalline_check::{Claim, Kind};
    use goalline_core::Verdict;
    use goalline_store::SourceChecksum;

    fn claim(start: usize, end: usize, kind: Kind, v: Verdict) -> Claim {
        Claim {
            start,
            end,
            text: format!("{start}-{end}"),
            kind,
            verdict: v,
            explanation: String::new(),
            evidence: Vec::new(),
            correct: None,
            checked_against: None,
            rule: String::new(),
            frame: String::new(),
        }
    }

    fn report(claims: Vec<Claim>) -> Report {
        let json = serde_json::json!({
            "date": null, "date_source": "unknown", "main_match": null, "gender": "men",
            "claims": [], "unchecked": [], "summary": {"claims": 0, "supported": 0,
            "contradicted": 0, "unverifiable": 0, "unchecked": 0}
        });
        let mut r: Report = serde_json::from_value(json).expect("report");
        r.claims = claims;
        r
    }

    #[test]
    fn diff_pairs_claims_by_passage_and_kind() {
        use Verdict::*;
        let before = report(vec![
            claim(0, 5, Kind::Scoreline, Supported),
            claim(10, 20, Kind::Minute, Unverifiable),
            claim(30, 40, Kind::Scorer, Supported),
            claim(50, 60, Kind::Date, Supported),
        ]);
        let after = report(vec![
            claim(0, 5, Kind::Scoreline, Supported),
            claim(10, 20, Kind::Minute, Contradicted),
            claim(30, 40, Kind::Penalty, Supported),
            claim(70, 80, Kind::Venue, Supported),
        ]);
        let d = diff(&before, &after);
        assert_eq!(d.unchanged, 1);
        assert_eq!(d.changed.len(), 1);
        assert_eq!(
            (
                d.changed[0].start,
                d.changed[0].before.as_str(),
                d.changed[0].after.as_str()
            ),
            (10, "UNVERIFIABLE", "CONTRADICTED")
        );
        let added: Vec<(usize, &str)> =
            d.added.iter().map(|c| (c.start, c.kind.as_str())).collect();
        assert_eq!(added, [(30, "penalty"), (70, "venue")]);
        let removed: Vec<(usize, &str)> = d
            .removed
            .iter()
            .map(|c| (c.start, c.kind.as_str()))
            .collect();
        assert_eq!(removed, [(30, "scorer"), (50, "date")]);
        assert!(diff(&after, &after).is_empty());
    }

    #[test]
    fn data_versions_compare_by_import_and_sources() {
        let id = CheckId::random().expect("id");
        let src = |sha: &str| SourceChecksum {
            source: "martj42".into(),
            path: "international/results.csv".into(),
            sha256: sha.into(),
            rows: 1,
        };
        let v = |import: &str, sha: &str| DataVersion {
            import_id: Some(import.into()),
            goalline_version: None,
            sources: vec![src(sha)],
        };
        let same = data_status(&id, &v("a", "1"), &v("a", "1"));
        assert!(same.current && same.changed_sources.is_empty() && same.recheck.is_none());
        let stale = data_status(&id, &v("a", "1"), &v("b", "2"));
        assert!(!stale.current);
        assert_eq!(stale.changed_sources, ["international/results.csv"]);
        assert_eq!(stale.recheck, Some(format!("/api/checks/{id}/recheck")));
        let unknown = DataVersion::default();
        assert!(data_status(&id, &unknown, &unknown).current);
        assert!(!data_status(&id, &unknown, &v("a", "1")).current);
    }
}
