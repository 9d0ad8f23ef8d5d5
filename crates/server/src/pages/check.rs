//! The "Check an article" page: `GET /check` shows the form (text and an optional publication
//! date); `POST /check` runs the article checker (the one built at start-up, on the blocking
//! pool) and shows the article with every claim highlighted by verdict — green SUPPORTED, red
//! CONTRADICTED, amber UNVERIFIABLE — the summary counts, and one expandable entry per claim
//! with its explanation, the correct value, the coverage and the evidence rows. Clicking a
//! highlighted span opens its claim (a link to `#claim-N`; `app.js` opens and scrolls to it).
//!
//! Claims may overlap or nest. The article is cut at every claim boundary; each piece is marked
//! with the most specific claim covering it (the shortest; at equal length, a contradiction
//! first) and lists all the claims that cover it. Offsets are byte offsets into the text the
//! checker saw; they are moved to character boundaries before slicing, so a bad offset can never
//! split a character or panic. Everything — article, claims, evidence — is HTML-escaped by maud.
//!
//! A checked article comes with a "Save and share" button ([`super::saved::save_form`]); saved
//! checks are rendered by [`report_view`] too.

use super::layout::{page, Nav};
use crate::api::params;
use crate::error::ServerError;
use crate::routes::Registry;
use crate::state::AppState;
use crate::urls;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, State};
use axum::http::Method;
use axum::response::{IntoResponse, Response};
use goalline_check::{Claim, Report, Unchecked, Verdict};
use maud::{html, Markup};
use serde::Deserialize;

/// Registers `GET /check` and `POST /check`.
pub fn register(r: Registry) -> Registry {
    r.page(Method::GET, "/check", check_form)
        .page(Method::POST, "/check", check_submit)
}

/// The form body.
#[derive(Debug, Deserialize)]
pub struct CheckForm {
    /// The article text.
    #[serde(default)]
    pub text: String,
    /// Publication date, `YYYY-MM-DD` (optional).
    #[serde(default)]
    pub date: Option<String>,
}

fn form(text: &str, date: &str) -> Markup {
    html! {
        form #check-form action="/check" method="post" {
            label for="article" { "Article text" }
            textarea #article name="text" placeholder="Paste an article about international football…" { (text) }
            p.muted #article-count {}
            div.form-row {
                label for="date" { "Publication date (optional)" }
                input #date type="date" name="date" value=(date);
                button #check-submit type="submit" { "Check" }
            }
            p.muted { "Without a date, goalline reads a " code { "DATE:" } " header or the latest full date in the text, and says so." }
        }
    }
}

async fn check_form() -> Markup {
    page(
        "Check an article",
        Nav::Check,
        html! {
            h1 { "Check an article" }
            p.lead { "Paste an article; goalline finds its factual claims about international football "
                "and checks each against the record, with the rows that decide it. A claim is "
                strong { "contradicted" } " only when the data rule it out with full coverage; "
                "anything the data cannot decide is " strong { "unverifiable" } ", with the reason." }
            (form("", ""))
        },
    )
}

async fn check_submit(
    State(state): State<AppState>,
    form_body: Result<Form<CheckForm>, FormRejection>,
) -> Result<Markup, Response> {
    // A rejected body (too large, wrong content type) keeps its status; the error normaliser
    // turns it into goalline's error page.
    let Form(f) = form_body.map_err(IntoResponse::into_response)?;
    // Browsers send a textarea's line breaks as CRLF; the checker reads articles as files do.
    let text = f.text.replace("\r\n", "\n");
    let date_raw = f.date.unwrap_or_default();
    let date = params::date("date", Some(&date_raw)).map_err(IntoResponse::into_response)?;
    if text.trim().is_empty() {
        return Err(ServerError::MissingParameter("text").into_response());
    }
    let t = text.clone();
    let report = state
        .query(move |ctx| Ok(ctx.checker.check(&t, date)))
        .await
        .map_err(IntoResponse::into_response)?;
    Ok(page(
        "Check an article",
        Nav::Check,
        html! {
            h1 { "Check an article" }
            (super::saved::save_form(&text, &date_raw, "Save and share"))
            (report_view(&text, &report))
            h2 { "Check another" }
            (form(&text, &date_raw))
        },
    ))
}

/// CSS class of a verdict.
pub fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "v-supported",
        Verdict::Contradicted => "v-contradicted",
        Verdict::Unverifiable => "v-unverifiable",
    }
}

fn severity(v: Verdict) -> u8 {
    match v {
        Verdict::Contradicted => 0,
        Verdict::Supported => 1,
        Verdict::Unverifiable => 2,
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A piece of the article between two claim boundaries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Byte range in the article (on character boundaries).
    pub start: usize,
    /// End of the range.
    pub end: usize,
    /// The claim shown for this piece (the most specific covering it).
    pub claim: Option<usize>,
    /// Every claim covering it, in report order.
    pub all: Vec<usize>,
    /// No claim covers it, but it lies in a sentence with facts the checker could not read
    /// (shown greyed: "not checked" is not "nothing to check").
    pub unchecked: bool,
}

/// Cuts `text` at every claim boundary and picks, for each piece, the most specific claim
/// covering it. Pieces with the same covering claims are merged.
pub fn segments(text: &str, claims: &[Claim]) -> Vec<Segment> {
    segments_with(text, claims, &[])
}

/// [`segments`], also cut at the sentences the checker left unchecked.
pub fn segments_with(text: &str, claims: &[Claim], unchecked: &[Unchecked]) -> Vec<Segment> {
    let grey: Vec<(usize, usize)> = unchecked
        .iter()
        .map(|u| {
            (
                floor_boundary(text, u.start),
                ceil_boundary(text, u.end.max(u.start)),
            )
        })
        .filter(|(s, e)| s < e)
        .collect();
    let spans: Vec<(usize, usize, usize)> = claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let s = floor_boundary(text, c.start);
            let e = ceil_boundary(text, c.end.max(c.start));
            (s < e).then_some((i, s, e))
        })
        .collect();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for (_, s, e) in &spans {
        cuts.push(*s);
        cuts.push(*e);
    }
    for (s, e) in &grey {
        cuts.push(*s);
        cuts.push(*e);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<Segment> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        let all: Vec<usize> = spans
            .iter()
            .filter(|(_, s, e)| *s <= a && b <= *e)
            .map(|(i, _, _)| *i)
            .collect();
        let claim = spans
            .iter()
            .filter(|(i, _, _)| all.contains(i))
            .min_by_key(|(i, s, e)| (e - s, severity(claims[*i].verdict), *i))
            .map(|(i, _, _)| *i);
        let unchecked = claim.is_none() && grey.iter().any(|(s, e)| *s <= a && b <= *e);
        match out.last_mut() {
            Some(prev)
                if prev.end == a
                    && prev.all == all
                    && prev.claim == claim
                    && prev.unchecked == unchecked =>
            {
                prev.end = b
            }
            _ => out.push(Segment {
                start: a,
                end: b,
                claim,
                all,
                unchecked,
            }),
        }
    }
    out
}

fn kind_name(c: &Claim) -> String {
    serde_json::to_value(c.kind)
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
        .unwrap_or_default()
}

fn coverage_text(c: &Claim) -> String {
    match c.verdict {
        Verdict::Supported => format!(
            "decided by the data: {} source row{} below",
            c.evidence.len(),
            if c.evidence.len() == 1 { "" } else { "s" }
        ),
        Verdict::Contradicted => {
            "ruled out by the data with full coverage (goalline contradicts nothing less)".into()
        }
        Verdict::Unverifiable => {
            "the open data cannot decide this claim (see the explanation)".into()
        }
    }
}

/// The checked article: summary, highlighted text and the claim list.
pub fn report_view(text: &str, report: &Report) -> Markup {
    let segs = segments_with(text, &report.claims, &report.unchecked);
    let s = &report.summary;
    let date_source = serde_json::to_value(report.date_source)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    html! {
        div.facts #check-summary {
            div.card { div.value #count-claims { (s.claims) } div.label { "claims found" } }
            div.card.v-supported { div.value #count-supported { (s.supported) } div.label { "supported" } }
            div.card.v-contradicted { div.value #count-contradicted { (s.contradicted) } div.label { "contradicted" } }
            div.card.v-unverifiable { div.value #count-unverifiable { (s.unverifiable) } div.label { "unverifiable" } }
        }
        p.muted #check-context {
            "Date: " strong { (report.date.map(|d| d.to_string()).unwrap_or_else(|| "unknown".into())) }
            " (" (match date_source.as_str() {
                "given" => "given with the form",
                "header" => "from the DATE: header",
                "inferred" => "inferred from the text",
                _ => "none found: relative dates cannot be resolved",
            }) ")"
            " · Match: "
            @match &report.main_match {
                Some(m) => { a href=(urls::search(m)) { (m) } }
                None => { "none identified" }
            }
            " · " (report.gender.as_str()) "'s football"
        }
        div.legend {
            span { span.swatch.v-supported {} "supported" }
            span { span.swatch.v-contradicted {} "contradicted" }
            span { span.swatch.v-unverifiable {} "unverifiable" }
            span { span.swatch.unchecked {} "not checked" }
            span.muted { "Click a highlighted passage for its evidence." }
        }
        div.check-grid {
            article.article #article-view {
                @for seg in &segs {
                    @let piece = text.get(seg.start..seg.end).unwrap_or_default();
                    @match seg.claim {
                        Some(i) => {
                            @let c = &report.claims[i];
                            a.mark.(verdict_class(c.verdict)).multi[seg.all.len() > 1]
                                href=(format!("#claim-{i}"))
                                data-claim=(i)
                                data-claims=(seg.all.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(" "))
                                title=(format!("{}: {}", c.verdict.as_str(), c.explanation)) {
                                (piece)
                            }
                        }
                        None if seg.unchecked => {
                            span.unchecked title="Facts here that the checker could not read: not checked" { (piece) }
                        }
                        None => { (piece) }
                    }
                }
            }
            section.claims aria-label="Claims" {
                h2 { "Claims" }
                @if report.claims.is_empty() {
                    p.muted { "No checkable claim about international football was found." }
                }
                ol.claims #claim-list {
                    @for (i, c) in report.claims.iter().enumerate() {
                        li {
                            details.claim.(verdict_class(c.verdict)) id=(format!("claim-{i}")) data-claim=(i) data-verdict=(c.verdict.as_str()) {
                                summary {
                                    span.verdict.(verdict_class(c.verdict)) { (c.verdict.as_str()) }
                                    " "
                                    span.kind { (kind_name(c)) }
                                    " "
                                    q { (c.text) }
                                }
                                div.claim-body {
                                    p.explanation { (c.explanation) }
                                    @if let Some(correct) = &c.correct {
                                        p.correct { "Correct: " strong { (correct) } }
                                    }
                                    @if let Some(against) = &c.checked_against {
                                        p.against { "Checked against: " (against) }
                                    }
                                    p.coverage { "Coverage: " (coverage_text(c)) }
                                    @if c.evidence.is_empty() {
                                        p.muted.evidence-none { "No source row." }
                                    } @else {
                                        ul.evidence {
                                            @for e in &c.evidence {
                                                li { (e.text) " " code { (e.location()) } " " span.muted { "(" (e.source.as_str()) ")" } }
                                            }
                                        }
                                    }
                                    p.muted.offsets { "Bytes " (c.start) "–" (c.end) " of the article." }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use goalline_check::Kind;

    fn claim(start: usize, end: usize, v: Verdict) -> Claim {
        Claim {
            start,
            end,
            text: String::new(),
            kind: Kind::Other,
            verdict: v,
            explanation: String::new(),
            evidence: Vec::new(),
            correct: None,
            checked_against: None,
            rule: String::new(),
            frame: String::new(),
        }
    }

    #[test]
    fn nested_claims_show_the_most_specific() {
        let text = "aaaa bbbb cccc";
        let claims = [
            claim(0, 14, Verdict::Unverifiable),
            claim(5, 9, Verdict::Supported),
        ];
        let segs = segments(text, &claims);
        let shown: Vec<(&str, Option<usize>)> = segs
            .iter()
            .map(|s| (&text[s.start..s.end], s.claim))
            .collect();
        assert_eq!(
            shown,
            [("aaaa ", Some(0)), ("bbbb", Some(1)), (" cccc", Some(0))]
        );
        assert_eq!(segs[1].all, [0, 1]);
    }

    #[test]
    fn unchecked_sentences_are_greyed_only_where_no_claim_covers() {
        let text = "aaaa bbbb. cccc dddd.";
        let claims = [claim(0, 4, Verdict::Supported)];
        let unchecked = [
            Unchecked {
                start: 0,
                end: 10,
                text: String::new(),
            },
            Unchecked {
                start: 11,
                end: 99, // past the end: clamped, never a panic
                text: String::new(),
            },
        ];
        let segs = segments_with(text, &claims, &unchecked);
        let shown: Vec<(&str, Option<usize>, bool)> = segs
            .iter()
            .map(|s| (&text[s.start..s.end], s.claim, s.unchecked))
            .collect();
        assert_eq!(
            shown,
            [
                ("aaaa", Some(0), false),
                (" bbbb.", None, true),
                (" ", None, false),
                ("cccc dddd.", None, true)
            ]
        );
    }

    #[test]
    fn crossing_claims_and_gaps() {
        let text = "0123456789";
        let claims = [
            claim(2, 6, Verdict::Supported),
            claim(4, 8, Verdict::Contradicted),
        ];
        let segs = segments(text, &claims);
        let shown: Vec<(&str, Option<usize>)> = segs
            .iter()
            .map(|s| (&text[s.start..s.end], s.claim))
            .collect();
        // Equal lengths: the contradiction wins where they cross.
        assert_eq!(
            shown,
            [
                ("01", None),
                ("23", Some(0)),
                ("45", Some(1)),
                ("67", Some(1)),
                ("89", None)
            ]
        );
    }

    #[test]
    fn offsets_inside_a_character_are_moved_to_its_boundaries() {
        let text = "Mbappé scored"; // é is two bytes (5..7)
        let claims = [
            claim(6, 9, Verdict::Supported),
            claim(0, 99, Verdict::Unverifiable),
        ];
        let segs = segments(text, &claims);
        for s in &segs {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        assert_eq!(segs.last().map(|s| s.end), Some(text.len()));
        let joined: String = segs.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(joined, text, "pieces cover the text exactly once");
    }

    #[test]
    fn empty_and_inverted_claims_are_ignored() {
        let text = "abc";
        let segs = segments(
            text,
            &[
                claim(2, 1, Verdict::Supported),
                claim(1, 1, Verdict::Supported),
            ],
        );
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].claim, None);
    }
}
