//! `goalline check ARTICLE` and `goalline eval [DIR]`.

use crate::args::{CheckArgs, EvalArgs};
use crate::config::Config;
use crate::exit;
use crate::output;
use anyhow::{Context, Result};
use goalline_check::Checker;
use goalline_core::{Date, Verdict};
use goalline_facts::Facts;
use std::io::{IsTerminal, Read};
use std::sync::Arc;

fn checker(cfg: &Config) -> Result<Checker> {
    let store = super::open_store(cfg)?;
    let facts = Facts::new(Arc::new(store))?;
    Ok(Checker::new(facts))
}

fn read_article(path: &std::path::Path) -> Result<String> {
    let bytes = if path.as_os_str() == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .context("reading the article from standard input")?;
        b
    } else {
        std::fs::read(path).with_context(|| format!("reading {}", path.display()))?
    };
    // Invalid UTF-8 is replaced, not rejected: an article is prose, not data.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Runs `goalline check`.
pub fn run(cfg: &Config, args: &CheckArgs) -> Result<u8> {
    let date = args
        .date
        .as_deref()
        .map(|s| {
            Date::parse_from_str(s, "%Y-%m-%d")
                .with_context(|| format!("--date {s:?}: expected YYYY-MM-DD"))
        })
        .transpose()?;
    let color = match args.color.as_str() {
        "always" => true,
        "never" => false,
        "auto" => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        other => anyhow::bail!("--color {other:?}: expected auto, always or never"),
    };
    let text = read_article(&args.file)?;
    if args.v2 {
        let store = super::open_store(cfg)?;
        let checker = goalline_check2::Checker::new(Facts::new(Arc::new(store))?);
        let report = checker.check(&text, date);
        if cfg.json {
            output::json(&report)?;
        } else {
            output::print(goalline_check2::render::human(&report, color))?;
        }
        return Ok(if report.has_contradiction() {
            exit::CONTRADICTED
        } else {
            exit::OK
        });
    }
    let checker = checker(cfg)?;
    let report = checker.check(&text, date);
    if cfg.json {
        output::json(&report)?;
    } else {
        output::print(goalline_check::render::human(&report, color))?;
    }
    Ok(if report.has_contradiction() {
        exit::CONTRADICTED
    } else {
        exit::OK
    })
}

/// Runs `goalline eval`.
pub fn eval(cfg: &Config, args: &EvalArgs) -> Result<u8> {
    let dir = match &args.dir {
        Some(d) => d.clone(),
        None => cfg.data_dir()?.join("../articles/dev"),
    };
    if args.v2 {
        return eval_v2(cfg, args, &dir);
    }
    let checker = checker(cfg)?;
    let ev = goalline_check::eval::evaluate(&checker, &dir)?;
    let false_c = ev.false_contradictions();
    if cfg.json {
        output::json(&serde_json::json!({
            "total": ev.total, "found": ev.found, "correct": ev.correct,
            "recall": ev.recall(), "accuracy": ev.accuracy(),
            "false_contradictions": false_c.len(),
            "outcomes": ev.outcomes,
        }))?;
    } else {
        if args.verbose_claims {
            for o in &ev.outcomes {
                let got = o
                    .found
                    .as_ref()
                    .map(|f| f.verdict.as_str())
                    .unwrap_or("MISSING");
                let mark = if o.correct() {
                    " "
                } else if o.false_contradiction() {
                    "!"
                } else {
                    "x"
                };
                output::print(format!(
                    "{mark} {:<8} {:<12} {:<12} {}",
                    &o.article[..o.article.len().min(8)],
                    o.expected.verdict.as_str(),
                    got,
                    o.expected.claim
                ))?;
                if !o.correct() {
                    if let Some(f) = &o.found {
                        output::print(format!("           ↳ [{}] {}", f.text, f.explanation))?;
                    }
                }
            }
        }
        let mut t = output::table(&[
            "annotated claims",
            "found (recall)",
            "verdict correct (accuracy)",
            "false CONTRADICTED",
        ]);
        t.add_row(vec![
            ev.total.to_string(),
            format!("{} ({:.2})", ev.found, ev.recall()),
            format!("{} ({:.2})", ev.correct, ev.accuracy()),
            false_c.len().to_string(),
        ]);
        output::print(t)?;
        for o in &false_c {
            output::print(format!(
                "FALSE CONTRADICTED in {}: {:?}",
                o.article, o.expected.claim
            ))?;
        }
    }
    let bad = false_c
        .iter()
        .any(|o| o.expected.verdict != Verdict::Contradicted);
    Ok(if bad { exit::CONTRADICTED } else { exit::OK })
}

/// `goalline eval --v2`: the same figures for the layered checker under construction.
fn eval_v2(cfg: &Config, args: &EvalArgs, dir: &std::path::Path) -> Result<u8> {
    let store = super::open_store(cfg)?;
    let checker = goalline_check2::Checker::new(Facts::new(Arc::new(store))?);
    if args.plant {
        let p = goalline_check2::eval::plant(&checker, dir)?;
        if cfg.json {
            output::json(&p)?;
            return Ok(exit::OK);
        }
        let mut t = output::table(&[
            "mutation",
            "planted",
            "CONTRADICTED",
            "SUPPORTED",
            "UNVERIFIABLE",
            "no claim",
        ]);
        use goalline_check2::eval::Mutation::*;
        for m in [Number, Weekday, Stage, Teams] {
            let of: Vec<_> = p.planted.iter().filter(|x| x.mutation == m).collect();
            let n = |v: Option<Verdict>| of.iter().filter(|x| x.verdict == v).count().to_string();
            t.add_row(vec![
                format!("{m:?}").to_lowercase(),
                of.len().to_string(),
                n(Some(Verdict::Contradicted)),
                n(Some(Verdict::Supported)),
                n(Some(Verdict::Unverifiable)),
                n(None),
            ]);
        }
        output::print(t)?;
        output::print(format!(
            "planted {}, caught {} ({:.2}), still SUPPORTED {}",
            p.total(),
            p.caught(),
            p.caught() as f64 / p.total().max(1) as f64,
            p.supported().len()
        ))?;
        for x in p.supported() {
            output::print(format!(
                "SUPPORTED planted error in {}: {:?} -> {:?} :: {}",
                x.article,
                x.claim,
                x.planted,
                x.explanation.clone().unwrap_or_default()
            ))?;
        }
        return Ok(exit::OK);
    }
    let ev = goalline_check2::eval::evaluate(&checker, dir)?;
    let false_c = ev.false_contradictions();
    if cfg.json {
        output::json(&serde_json::json!({
            "total": ev.total, "found": ev.found, "correct": ev.correct,
            "recall": ev.recall(), "accuracy": ev.accuracy(),
            "false_contradictions": false_c.len(),
            "outcomes": ev.outcomes,
        }))?;
        return Ok(exit::OK);
    }
    if args.verbose_claims {
        for o in &ev.outcomes {
            let got = o
                .found
                .as_ref()
                .map(|f| f.verdict.as_str())
                .unwrap_or("MISSING");
            let mark = if o.correct() {
                " "
            } else if o.false_contradiction() {
                "!"
            } else {
                "x"
            };
            output::print(format!(
                "{mark} {:<8} {:<14} {:<12} {:<12} {}",
                &o.article[..o.article.len().min(8)],
                o.expected.kind,
                o.expected.verdict.as_str(),
                got,
                o.expected.claim
            ))?;
            if let Some(f) = &o.found {
                if !o.correct() {
                    output::print(format!(
                        "           ↳ [{} {}] {} :: {}",
                        f.kind.as_str(),
                        f.rule,
                        f.text,
                        f.explanation
                    ))?;
                }
            }
        }
    }
    output::print(format!(
        "annotated {}, found {} (recall {:.2}), correct {} (accuracy {:.2}), false CONTRADICTED {}",
        ev.total,
        ev.found,
        ev.recall(),
        ev.correct,
        ev.accuracy(),
        false_c.len()
    ))?;
    for o in &false_c {
        output::print(format!(
            "FALSE CONTRADICTED in {}: {:?}",
            o.article, o.expected.claim
        ))?;
    }
    Ok(exit::OK)
}
