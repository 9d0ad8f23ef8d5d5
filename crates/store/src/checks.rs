//! Saved checks, independent of any backend: what a saved check holds ([`SavedCheck`]), its
//! unguessable id ([`CheckId`]), and the [`CheckStore`] trait a backend implements (save, get
//! by id, list for the operator, delete, purge by age). No SQL here: the SQLite backend is
//! [`crate::sqlite_checks`]; a PostgreSQL one implements the same trait.
//!
//! A saved check keeps the article text, its publication date (when one was given), the
//! checker's report as JSON (the store does not read it), the data version it was checked
//! against ([`DataVersion`]: the import id and every source file's checksum) and when it was
//! saved. Its size — article plus report — is bounded ([`CheckStore::max_bytes`]).
//!
//! Ids are 128 random bits from the operating system, written as 22 characters of URL-safe
//! base64 (`A–Z a–z 0–9 - _`): knowing one id tells nothing about another, so a permalink can
//! be shared without exposing the other drafts.

use crate::{DataVersion, StoreError};
use base64::Engine;
use chrono::{DateTime, SubsecRound, Utc};
use goalline_core::Date;
use serde::{Deserialize, Serialize};

/// Bytes of randomness in an id.
pub const ID_BYTES: usize = 16;

/// Characters of an id's text (URL-safe base64 of [`ID_BYTES`], no padding).
pub const ID_CHARS: usize = 22;

/// The default bound on one saved check: article text plus report JSON.
pub const DEFAULT_MAX_CHECK_BYTES: usize = 8 * 1024 * 1024;

/// Characters of the article kept as a saved check's title in listings.
pub const TITLE_CHARS: usize = 80;

/// A saved check's id: 128 random bits as URL-safe base64 text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CheckId(String);

impl CheckId {
    /// A fresh id from the operating system's random source.
    pub fn random() -> Result<CheckId, StoreError> {
        let mut bytes = [0u8; ID_BYTES];
        getrandom::getrandom(&mut bytes).map_err(|e| StoreError::Entropy(e.to_string()))?;
        Ok(CheckId(
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes),
        ))
    }

    /// Reads an id from a URL: exactly [`ID_CHARS`] characters that decode to [`ID_BYTES`]
    /// bytes (canonical base64 only, so one id has one spelling). `None` for anything else —
    /// which can never name a saved check.
    pub fn parse(s: &str) -> Option<CheckId> {
        if s.len() != ID_CHARS {
            return None;
        }
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(s)
            .ok()?;
        (bytes.len() == ID_BYTES).then(|| CheckId(s.to_string()))
    }

    /// The text of the id.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The permalink path of the saved check's page: `/checks/<id>`.
    pub fn permalink(&self) -> String {
        format!("/checks/{}", self.0)
    }
}

impl std::fmt::Display for CheckId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for CheckId {
    type Error = String;
    fn try_from(s: String) -> Result<CheckId, String> {
        CheckId::parse(&s).ok_or_else(|| format!("{s:?} is not a saved check id"))
    }
}

impl From<CheckId> for String {
    fn from(id: CheckId) -> String {
        id.0
    }
}

/// A check to save: what the caller has after running the checker.
#[derive(Debug, Clone)]
pub struct NewCheck {
    /// The article text, as checked.
    pub text: String,
    /// The publication date given with it, if any.
    pub date: Option<Date>,
    /// The checker's report, serialised as JSON (the store keeps it as it is).
    pub report_json: String,
    /// The data the check was run against.
    pub data_version: DataVersion,
}

impl NewCheck {
    /// Bytes counted against the bound: the article and the report.
    pub fn bytes(&self) -> usize {
        self.text.len() + self.report_json.len()
    }
}

/// A saved check, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedCheck {
    /// Its id.
    pub id: CheckId,
    /// When it was saved (UTC, whole seconds).
    pub created_at: DateTime<Utc>,
    /// The article text.
    pub text: String,
    /// The publication date given with it, if any.
    pub date: Option<Date>,
    /// The checker's report as JSON.
    pub report_json: String,
    /// The data it was checked against.
    pub data_version: DataVersion,
}

impl SavedCheck {
    /// A new saved check with this id and creation time (truncated to whole seconds, as
    /// every backend keeps it).
    pub fn from_new(new: NewCheck, id: CheckId, created_at: DateTime<Utc>) -> SavedCheck {
        SavedCheck {
            id,
            created_at: created_at.trunc_subsecs(0),
            text: new.text,
            date: new.date,
            report_json: new.report_json,
            data_version: new.data_version,
        }
    }

    /// Bytes counted against the bound.
    pub fn bytes(&self) -> usize {
        self.text.len() + self.report_json.len()
    }

    /// The title listings show: the first non-blank line of the article, at most
    /// [`TITLE_CHARS`] characters.
    pub fn title(&self) -> String {
        title_of(&self.text)
    }
}

/// The first non-blank line of `text`, trimmed, cut to [`TITLE_CHARS`] characters (with `…`).
pub fn title_of(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty());
    let line = line.unwrap_or_default();
    let mut out: String = line.chars().take(TITLE_CHARS).collect();
    if line.chars().nth(TITLE_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// One saved check in the operator's listing (no article text beyond its title).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckListing {
    /// Its id.
    pub id: CheckId,
    /// When it was saved.
    pub created_at: DateTime<Utc>,
    /// The publication date given with it, if any.
    pub date: Option<Date>,
    /// The first line of the article.
    pub title: String,
    /// Article plus report, in bytes.
    pub bytes: u64,
    /// The import id of the data it was checked against.
    pub import_id: Option<String>,
}

/// Where saved checks are kept. Implementations must be safe to share between threads and,
/// for a shared database, between processes: [`CheckStore::insert`] of distinct ids never
/// loses one, and a check once saved is readable by every process until deleted or purged.
pub trait CheckStore: Send + Sync + std::fmt::Debug {
    /// The bound on one saved check (article plus report), in bytes.
    fn max_bytes(&self) -> usize;

    /// Stores a check built by the caller (the backend primitive; [`CheckStore::save`] is
    /// what callers use). An id already present is an error, never an overwrite.
    fn insert(&self, check: &SavedCheck) -> Result<(), StoreError>;

    /// The saved check with this id, if any.
    fn get(&self, id: &CheckId) -> Result<Option<SavedCheck>, StoreError>;

    /// Saved checks, newest first, `limit` of them after skipping `offset` (for the operator).
    fn list(&self, limit: usize, offset: usize) -> Result<Vec<CheckListing>, StoreError>;

    /// How many saved checks there are.
    fn count(&self) -> Result<u64, StoreError>;

    /// Deletes a saved check; true when it existed.
    fn delete(&self, id: &CheckId) -> Result<bool, StoreError>;

    /// Deletes every check saved before `cutoff`; returns how many.
    fn purge_created_before(&self, cutoff: DateTime<Utc>) -> Result<u64, StoreError>;

    /// Saves a check under a fresh random id, now. A check over [`CheckStore::max_bytes`] is
    /// refused ([`StoreError::CheckTooLarge`]) and nothing is written.
    fn save(&self, new: NewCheck) -> Result<SavedCheck, StoreError> {
        let bytes = new.bytes();
        if bytes > self.max_bytes() {
            return Err(StoreError::CheckTooLarge {
                bytes,
                limit: self.max_bytes(),
            });
        }
        let check = SavedCheck::from_new(new, CheckId::random()?, Utc::now());
        self.insert(&check)?;
        Ok(check)
    }

    /// Deletes every check saved more than `days` days ago; returns how many.
    fn purge_older_than_days(&self, days: u32) -> Result<u64, StoreError> {
        let cutoff = Utc::now() - chrono::Duration::days(i64::from(days));
        self.purge_created_before(cutoff)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_22_url_safe_characters_of_128_random_bits() {
        let mut seen = HashSet::new();
        let mut bits_set = [0u32; ID_BYTES * 8];
        let n = 2000;
        for _ in 0..n {
            let id = CheckId::random().expect("random id");
            assert_eq!(id.as_str().len(), ID_CHARS, "{id}");
            assert!(
                id.as_str()
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
                "{id}"
            );
            assert_eq!(CheckId::parse(id.as_str()).as_ref(), Some(&id));
            let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(id.as_str())
                .expect("decodes");
            assert_eq!(raw.len(), ID_BYTES);
            for (i, bit) in bits_set.iter_mut().enumerate() {
                *bit += u32::from(raw[i / 8] >> (i % 8) & 1);
            }
            assert!(seen.insert(id), "an id repeated within {n}");
        }
        // Every one of the 128 bits varies: each is set in roughly half the ids (a bit stuck
        // at 0 or 1, or a counter, would fail; 2000 draws put a fair bit within 40–60 %).
        for (i, &c) in bits_set.iter().enumerate() {
            let share = f64::from(c) / f64::from(n);
            assert!((0.40..=0.60).contains(&share), "bit {i} set in {share:.2}");
        }
    }

    #[test]
    fn parse_refuses_what_no_id_looks_like() {
        let good = CheckId::random().expect("id");
        for bad in [
            "",
            "short",
            "../../etc/passwd",
            "AAAAAAAAAAAAAAAAAAAAA",   // 21
            "AAAAAAAAAAAAAAAAAAAAAAA", // 23
            "AAAAAAAAAAAAAAAAAAAA+/",  // standard base64 alphabet
            "AAAAAAAAAAAAAAAAAAAA%2",
            "AAAAAAAAAAAAAAAAAAAAAB", // non-zero trailing bits: not canonical
            "ÀAAAAAAAAAAAAAAAAAAAA",
        ] {
            assert_eq!(CheckId::parse(bad), None, "{bad:?}");
        }
        assert!(CheckId::parse(good.as_str()).is_some());
        assert_eq!(good.permalink(), format!("/checks/{good}"));
        let json = serde_json::to_string(&good).expect("json");
        assert_eq!(json, format!("\"{good}\""));
        assert!(serde_json::from_str::<CheckId>("\"nope\"").is_err());
    }

    #[test]
    fn titles_are_the_first_line_cut_to_size() {
        assert_eq!(
            title_of("\n\n  England 1-2 France  \nbody"),
            "England 1-2 France"
        );
        assert_eq!(title_of(""), "");
        let long = "é".repeat(100);
        let t = title_of(&long);
        assert_eq!(t.chars().count(), TITLE_CHARS + 1);
        assert!(t.ends_with('…'));
    }
}
