//! Scoring the checker on an annotated article set (the development set under
//! `../shared/articles/dev`): recall (annotated claims found, by span overlap), verdict
//! accuracy over the found claims, and every false CONTRADICTED (the bug we must never ship).

use crate::{Checker, Claim};
use goalline_core::Verdict;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// One annotated claim.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Annotated {
    /// Exact span from the article body.
    pub claim: String,
    /// Kind.
    pub kind: String,
    /// Expected verdict.
    pub verdict: Verdict,
    /// Why.
    pub evidence: String,
}

/// The outcome for one annotated claim.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// Article file name.
    pub article: String,
    /// The annotation.
    pub expected: Annotated,
    /// The checker's claim matched to it (same kind preferred, then largest overlap).
    pub found: Option<Claim>,
}

impl Outcome {
    /// True when the verdicts agree, by the scorer's rule (`../shared/articles/dev2/README.md`):
    /// a SUPPORTED verdict where the annotation says UNVERIFIABLE counts as right (the data
    /// confirmed what the annotator could not).
    pub fn correct(&self) -> bool {
        self.found.as_ref().is_some_and(|f| {
            f.verdict == self.expected.verdict
                || (f.verdict == Verdict::Supported
                    && self.expected.verdict == Verdict::Unverifiable)
        })
    }

    /// True when the verdicts are identical (the stricter figure, reported beside).
    pub fn identical(&self) -> bool {
        self.found
            .as_ref()
            .is_some_and(|f| f.verdict == self.expected.verdict)
    }

    /// True when the checker said CONTRADICTED and the annotation did not.
    pub fn false_contradiction(&self) -> bool {
        self.found
            .as_ref()
            .is_some_and(|f| f.verdict == Verdict::Contradicted)
            && self.expected.verdict != Verdict::Contradicted
    }
}

/// Figures for a whole set.
#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    /// Per annotated claim.
    pub outcomes: Vec<Outcome>,
    /// Annotated claims.
    pub total: usize,
    /// Found (overlapping some checker claim).
    pub found: usize,
    /// Found with the expected verdict.
    pub correct: usize,
    /// Checker claims that overlap no annotation and say CONTRADICTED.
    pub unannotated_contradictions: Vec<Claim>,
}

impl Evaluation {
    /// found / total.
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.total.max(1) as f64
    }

    /// correct / found.
    pub fn accuracy(&self) -> f64 {
        self.correct as f64 / self.found.max(1) as f64
    }

    /// Annotated SUPPORTED or UNVERIFIABLE claims the checker called CONTRADICTED.
    pub fn false_contradictions(&self) -> Vec<&Outcome> {
        self.outcomes
            .iter()
            .filter(|o| o.false_contradiction())
            .collect()
    }
}

/// Errors reading an annotated set.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        #[source]
        source: std::io::Error,
    },
    /// A claims file is not valid JSON of the expected shape.
    #[error("{path}: {message}")]
    Json {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Runs the checker on every `NN-*.txt` with a `claims/NN-*.json` beside it.
pub fn evaluate(checker: &Checker, dir: &Path) -> Result<Evaluation, EvalError> {
    let io = |p: &Path, e| EvalError::Io {
        path: p.display().to_string(),
        source: e,
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| io(dir, e))?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    entries.sort();
    let mut outcomes = Vec::new();
    let mut unannotated = Vec::new();
    for path in entries {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let claims_path = dir.join("claims").join(format!("{stem}.json"));
        if !claims_path.exists() {
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(|e| io(&path, e))?;
        let json = std::fs::read_to_string(&claims_path).map_err(|e| io(&claims_path, e))?;
        let annotated: Vec<Annotated> =
            serde_json::from_str(&json).map_err(|e| EvalError::Json {
                path: claims_path.display().to_string(),
                message: e.to_string(),
            })?;
        let report = checker.check(&text, None);
        let body_start = text.find("\n\n").map(|i| i + 2).unwrap_or(0);
        let mut matched_claims = vec![false; report.claims.len()];
        for a in annotated {
            let Some(pos) = text[body_start..].find(&a.claim).map(|p| p + body_start) else {
                outcomes.push(Outcome {
                    article: stem.clone(),
                    expected: a,
                    found: None,
                });
                continue;
            };
            let span = (pos, pos + a.claim.len());
            let best = report
                .claims
                .iter()
                .enumerate()
                .filter(|(_, c)| overlap((c.start, c.end), span) > 0)
                .max_by_key(|(_, c)| {
                    let same_kind = serde_json::to_value(c.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .is_some_and(|k| k == a.kind);
                    // Jaccard overlap in per-mille: the most specific matching claim wins.
                    let inter = overlap((c.start, c.end), span);
                    let union = c.end.max(span.1) - c.start.min(span.0);
                    (same_kind, inter * 1000 / union.max(1))
                });
            if let Some((i, _)) = best {
                for (j, c) in report.claims.iter().enumerate() {
                    if overlap((c.start, c.end), span) > 0 {
                        matched_claims[j] = true;
                    }
                }
                let _ = i;
            }
            outcomes.push(Outcome {
                article: stem.clone(),
                expected: a,
                found: best.map(|(_, c)| c.clone()),
            });
        }
        for (c, m) in report.claims.iter().zip(matched_claims) {
            if !m && c.verdict == Verdict::Contradicted {
                unannotated.push(c.clone());
            }
        }
    }
    let total = outcomes.len();
    let found = outcomes.iter().filter(|o| o.found.is_some()).count();
    let correct = outcomes.iter().filter(|o| o.correct()).count();
    Ok(Evaluation {
        outcomes,
        total,
        found,
        correct,
        unannotated_contradictions: unannotated,
    })
}
