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

/// The scorer's matching rule (dev2/README.md, "Scoring"), shared by [`evaluate`] and
/// [`plant`]: among the checker's claims overlapping the annotated span, the same kind wins,
/// then the larger overlap ratio (Jaccard).
fn best_match<'a>(claims: &'a [Claim], span: (usize, usize), kind: &str) -> Option<&'a Claim> {
    claims
        .iter()
        .filter(|c| overlap((c.start, c.end), span) > 0)
        .max_by_key(|c| {
            let same_kind = serde_json::to_value(c.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .is_some_and(|k| k == kind);
            // Jaccard overlap in per-mille: the most specific matching claim wins.
            let inter = overlap((c.start, c.end), span);
            let union = c.end.max(span.1) - c.start.min(span.0);
            (same_kind, inter * 1000 / union.max(1))
        })
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
            let best = best_match(&report.claims, span, &a.kind);
            if best.is_some() {
                for (j, c) in report.claims.iter().enumerate() {
                    if overlap((c.start, c.end), span) > 0 {
                        matched_claims[j] = true;
                    }
                }
            }
            outcomes.push(Outcome {
                article: stem.clone(),
                expected: a,
                found: best.cloned(),
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

/// How a true claim was made false.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mutation {
    /// A number changed by one ("2-1" → "3-1", "84th" → "85th", "29-year-old" → "30-year-old").
    Number,
    /// A weekday moved by one day.
    Weekday,
    /// A stage moved one round ("quarter-final" → "semi-final").
    Stage,
    /// Two team names swapped ("France beat England" → "England beat France").
    Teams,
}

/// One planted error and what the checker said of it.
#[derive(Debug, Clone, Serialize)]
pub struct Planted {
    /// Article file name.
    pub article: String,
    /// The annotated (true) claim.
    pub claim: String,
    /// The mutation.
    pub mutation: Mutation,
    /// The claim after the mutation.
    pub planted: String,
    /// The verdict of the most specific checker claim over the changed words, if any.
    pub verdict: Option<Verdict>,
    /// Its explanation.
    pub explanation: Option<String>,
}

/// Planted errors over a set.
#[derive(Debug, Clone, Serialize)]
pub struct PlantedErrors {
    /// Every mutation tried.
    pub planted: Vec<Planted>,
}

impl PlantedErrors {
    /// Mutations tried.
    pub fn total(&self) -> usize {
        self.planted.len()
    }
    /// Caught (CONTRADICTED).
    pub fn caught(&self) -> usize {
        self.planted
            .iter()
            .filter(|p| p.verdict == Some(Verdict::Contradicted))
            .count()
    }
    /// Still SUPPORTED: the second worst bug.
    pub fn supported(&self) -> Vec<&Planted> {
        self.planted
            .iter()
            .filter(|p| p.verdict == Some(Verdict::Supported))
            .collect()
    }
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const STAGES: [(&str, &str); 6] = [
    ("quarter-final", "semi-final"),
    ("quarterfinal", "semifinal"),
    ("semi-final", "quarter-final"),
    ("semifinal", "quarterfinal"),
    ("round of 16", "quarter-final"),
    ("group stage", "round of 16"),
];

/// The mutations of one claim: (mutation, byte range in the claim, replacement).
fn mutations(claim: &str, teams: &[String]) -> Vec<(Mutation, usize, usize, String)> {
    let mut out = Vec::new();
    if let Some(m) = regex::Regex::new(r"\b(\d{1,3})\b")
        .ok()
        .and_then(|re| re.find(claim))
    {
        let n: u32 = m.as_str().parse().unwrap_or(0);
        out.push((Mutation::Number, m.start(), m.end(), (n + 1).to_string()));
    }
    for (i, w) in WEEKDAYS.iter().enumerate() {
        if let Some(p) = claim.find(w) {
            out.push((
                Mutation::Weekday,
                p,
                p + w.len(),
                WEEKDAYS[(i + 1) % 7].to_string(),
            ));
            break;
        }
    }
    let lower = claim.to_ascii_lowercase();
    for (a, b) in STAGES {
        if let Some(p) = lower.find(a) {
            out.push((Mutation::Stage, p, p + a.len(), b.to_string()));
            break;
        }
    }
    // Two teams of the article named in the claim, swapped.
    let mut found: Vec<(usize, &String)> = teams
        .iter()
        .filter_map(|t| claim.find(t.as_str()).map(|p| (p, t)))
        .collect();
    found.sort();
    found.dedup_by(|a, b| a.0 < b.0 + b.1.len());
    if let [(p1, t1), (p2, t2), ..] = found[..] {
        if p1 + t1.len() <= p2 {
            let swapped = format!("{t2}{}{t1}", &claim[p1 + t1.len()..p2]);
            out.push((Mutation::Teams, p1, p2 + t2.len(), swapped));
        }
    }
    out
}

/// Plants errors in the SUPPORTED claims of an annotated set and checks each mutated article:
/// numbers moved by one, weekdays by a day, stages by a round, two teams swapped. A planted
/// error should come out CONTRADICTED, and never SUPPORTED.
pub fn plant(checker: &Checker, dir: &Path) -> Result<PlantedErrors, EvalError> {
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
    let mut planted = Vec::new();
    for path in entries {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let claims_path = dir.join("claims").join(format!("{stem}.json"));
        let Ok(json) = std::fs::read_to_string(&claims_path) else {
            continue;
        };
        let text = std::fs::read_to_string(&path).map_err(|e| io(&path, e))?;
        let annotated: Vec<Annotated> =
            serde_json::from_str(&json).map_err(|e| EvalError::Json {
                path: claims_path.display().to_string(),
                message: e.to_string(),
            })?;
        let body_start = text.find("\n\n").map(|i| i + 2).unwrap_or(0);
        // The article's team names, as the checker's own report names them.
        let teams: Vec<String> = {
            let doc = crate::doc::Doc::new(&text);
            let mut t: Vec<String> = crate::mentions::Mentions::find(&doc, &checker.lexicon)
                .all
                .iter()
                .filter(|m| matches!(m.value, crate::mentions::Value::Team(_)))
                .map(|m| doc.text_of(m.span).to_string())
                .collect();
            t.sort();
            t.dedup();
            t
        };
        for a in annotated.iter().filter(|a| a.verdict == Verdict::Supported) {
            let Some(pos) = text[body_start..].find(&a.claim).map(|p| p + body_start) else {
                continue;
            };
            for (mutation, s, e, replacement) in mutations(&a.claim, &teams) {
                let mut mutated = text.clone();
                mutated.replace_range(pos + s..pos + e, &replacement);
                // Scored as the hidden planted sets are: the mutated claim, annotated
                // CONTRADICTED with its kind, matched by the scorer's rule.
                let report = checker.check(&mutated, None);
                let span = (pos, pos + a.claim.len() - (e - s) + replacement.len());
                let pick = best_match(&report.claims, span, &a.kind);
                let mut claim_text = a.claim.clone();
                claim_text.replace_range(s..e, &replacement);
                planted.push(Planted {
                    article: stem.clone(),
                    claim: a.claim.clone(),
                    mutation,
                    planted: claim_text,
                    verdict: pick.map(|c| c.verdict),
                    explanation: pick.map(|c| c.explanation.clone()),
                });
            }
        }
    }
    Ok(PlantedErrors { planted })
}
