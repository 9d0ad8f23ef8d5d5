//! Where a match was played: "at the Rose Bowl", "at Free State Stadium in Bloemfontein,
//! South Africa", "in Bucharest", "Mexico City's purpose-built Azteca Stadium", "at a sold-out
//! Wembley", and datelines ("BUDAPEST:", "East Rutherford:").
//!
//! Grammar: places written together (joined by "in", a comma or a possessive) make one claim.
//! A stadium names a match's ground wherever it stands; a city or country only in a clause that
//! speaks of a match (a result, a goal, a match noun, a score, a stage) and after a place word
//! ("in", "at"). A place at the start of a paragraph followed by a colon or a dash is a
//! dateline: it names where the story was filed, so it is supported when it is the venue and
//! otherwise unverifiable, never contradicted.
//!
//! Verified against the match the clause is about (see [`crate::verify::event`]): each place
//! is compared with the data's stadium, city and country (aliases and a stadium's known city
//! count). A place is ruled out only when the data name the match's place for certain: a
//! country other than the match's, a stadium the data or the reference place in another city
//! while the data name the match's own ground, a city the World Cup data place in another
//! country.

use super::clause;
use super::{Family, Reading};
use crate::frames::{Frame, Kind, Predicate, VenueClaim};
use crate::mentions::{Dim, Value, VenueKind, VenueValue};
use crate::verify::event::{self, Hints};
use crate::verify::{Context, Finding, Tie};
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "venue",
    recognise,
    verify,
};

/// Words that make a clause speak of a match (as in `when`).
static MATCH_CUE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"(?i)\b(?:beat|beats|beating|won|win|wins|winning|victory|victorious|defeat|defeated|defeats|lost|loss|losing|draw|drew|drawn|held|thrash\w*|crush\w*|hammer\w*|humiliat\w*|stun\w*|edged?|saw off|see off|knock\w* out|eliminat\w*|triumph\w*|prevail\w*|overcame|scor\w*|goals?|struck|netted|penalt\w*|shoot-?outs?|match|game|final|semi-?finals?|quarter-?finals?|tie|clash|friendly|qualifier|fixture|showdown|derby|encounter|contest|meet|meets|meeting|face|faces|faced|play|plays|played|host|hosts|hosted|take on|crowned|champions?|title|trophy|record|debut|hat-trick|equali[sz]\w*|opener|winner|kick-off|stake)\b",
    )
});

/// A word that puts a match at a place right before it.
static PLACE_WORD: Lazy<Regex> =
    Lazy::new(|| crate::rx::must(r"(?i)\b(?:in|at|inside)\s+(?:the\s+|a\s+(?:[\w-]+\s+){0,2})?$"));

/// A dateline's tail: optional region and agency, then a colon or a dash.
static DATELINE_TAIL: Lazy<Regex> = Lazy::new(|| {
    crate::rx::must(
        r"^\s*(?:,\s*[A-Z][\w.' -]*?)?\s*(?:\([\w ]+\))?\s*(?::|-{1,2}\s|,\s*[A-Z][a-z]{2,8}\.?\s+\d)",
    )
});

fn venue(m: &crate::mentions::Mention) -> Option<&VenueValue> {
    match &m.value {
        Value::Venue(v) => Some(v),
        _ => None,
    }
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    for s in r.sentences() {
        let ms: Vec<_> = r
            .mentions_of(s.span, Dim::Venue)
            .into_iter()
            .filter(|m| venue(m).is_some())
            .collect();
        let mut k = 0;
        while k < ms.len() {
            // A group: places joined by "in", ",", "'s …".
            let first = ms[k];
            let mut group = vec![first];
            k += 1;
            while let Some(n) = ms.get(k) {
                let last = group[group.len() - 1];
                let gap = r
                    .doc
                    .norm_of(r.doc.span(last.span.end(), n.span.start()))
                    .0
                    .to_lowercase();
                let joined = gap.trim().is_empty()
                    || gap.trim() == ","
                    || gap.trim() == "in"
                    || gap.trim() == ", in"
                    || gap.trim() == "at"
                    || (gap.starts_with("'s ") && gap.split_whitespace().count() <= 3);
                if !joined {
                    break;
                }
                group.push(n);
                k += 1;
            }
            let span = first.span.cover(group[group.len() - 1].span);
            let places: Vec<VenueValue> = group.iter().filter_map(|m| venue(m).cloned()).collect();
            // A dateline: at the start of a paragraph, then a colon or a dash.
            let para_start = r
                .doc
                .paragraphs
                .iter()
                .any(|p| p.start() == first.span.start());
            let after = r.doc.norm_of(r.doc.span(span.end(), s.span.end())).0;
            let dateline = first.rule == "venue_dateline"
                || r.doc.dateline_containing(first.span).is_some()
                || (para_start && DATELINE_TAIL.is_match(after));
            if dateline {
                let tail = r.doc.text_of(r.doc.span(span.end(), s.span.end()));
                let colon = tail.find(':').filter(|i| *i <= 40).map(|i| i + 1);
                let end = colon.map(|c| span.end() + c).unwrap_or(span.end());
                let fs = r.doc.span(span.start(), end);
                let mut f = r.frame(
                    "venue",
                    "dateline",
                    Kind::Venue,
                    fs,
                    span,
                    Predicate::Venue(VenueClaim {
                        places,
                        dateline: true,
                    }),
                );
                f.scope.teams.clear();
                out.push(f);
                continue;
            }
            let c = clause::clause_at(r, first.span);
            let text = clause::text(r, &c);
            let stadium = places.iter().any(|p| p.kind == VenueKind::Stadium);
            let (before, before_base) = r
                .doc
                .norm_of(r.doc.span(s.span.start(), first.span.start()));
            let before = before.to_string();
            let placed = PLACE_WORD.is_match(&before)
                || before.trim_end().ends_with("'s")
                || group.len() > 1;
            let cued = MATCH_CUE.is_match(&text)
                || c.segs.iter().any(|sp| {
                    r.mentions
                        .within(*sp)
                        .any(|m| matches!(m.dim(), Dim::Score | Dim::Stage))
                });
            if !(cued && (placed || stadium)) {
                continue;
            }
            // "Algeria have not lost in Egypt": a record about a place, not a match's venue.
            if clause::polarity(r, &c, first.span) == crate::discourse::Polarity::Negated {
                continue;
            }
            // The claim: the place word (and "a sold-out") with the places.
            let start = PLACE_WORD
                .find(&before)
                .map(|m| {
                    r.doc
                        .span_of_norm(before_base + m.start(), before_base + m.end())
                        .start()
                })
                .unwrap_or(span.start());
            let fs = r.doc.span(start.min(span.start()), span.end());
            let mut f = r.frame(
                "venue",
                "place",
                Kind::Venue,
                fs,
                span,
                Predicate::Venue(VenueClaim {
                    places,
                    dateline: false,
                }),
            );
            clause::rescope(r, &mut f, &c);
            out.push(f);
        }
    }
}

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::Venue(v) = &f.predicate else {
        return Finding::unknown("not a place", Tie::none("-"));
    };
    if v.dateline {
        return dateline(ctx, v);
    }
    let seg = ctx
        .discourse
        .segment(f.trigger.start())
        .map(|s| s.span)
        .unwrap_or(f.span);
    let hints = Hints {
        score: event::written_score(ctx, seg).or_else(|| {
            // "(4-0)" right after the clause.
            let after = ctx
                .doc
                .span(seg.end(), (seg.end() + 12).min(ctx.doc.text().len()));
            event::written_score(ctx, after)
        }),
        stage: f.scope.stage.as_ref().map(|s| s.stage),
        ..Default::default()
    };
    let found = event::find(ctx, f, &[], &hints);
    let Some(m) = &found.m else {
        return Finding::unknown(format!("no match identified: {}", found.tie.why), found.tie);
    };
    let check = event::check_places(ctx, m, &pairs(&v.places));
    let ev = m.evidence.iter().take(2).cloned().collect::<Vec<_>>();
    let data = event::match_places(m).join(", ");
    if !check.fails.is_empty() {
        let correct = check
            .fails
            .iter()
            .map(|x| x.1.clone())
            .collect::<Vec<_>>()
            .join("; ");
        return Finding::fails(
            correct,
            format!("{} was played at {data}", m.row.evidence.text),
            found.tie,
            ev,
        );
    }
    if !check.holds.is_empty() {
        return Finding::holds(
            format!("{} ({})", check.holds.join("; "), m.row.evidence.text),
            found.tie,
            ev,
        );
    }
    Finding::unknown(
        format!(
            "the data do not name this place for {} (they give {data})",
            m.row.evidence.text
        ),
        found.tie,
    )
}

/// A dateline: supported when it is the venue of the article's match, else unverifiable.
fn dateline(ctx: &Context<'_>, v: &VenueClaim) -> Finding {
    let Some(m) = &ctx.main else {
        return Finding::unknown(
            "a dateline names where the story was filed; the article's match is not known",
            Tie::none("no main match"),
        );
    };
    let tie = Tie::to_match(
        m.row.id,
        crate::verify::context::label(&m.row),
        false,
        "a dateline names where the story was filed",
    );
    let check = event::check_places(ctx, m, &pairs(&v.places));
    if !check.holds.is_empty() {
        return Finding::holds(
            format!(
                "the dateline is the venue: {} ({})",
                check.holds.join("; "),
                m.row.evidence.text
            ),
            tie,
            vec![m.row.evidence.clone()],
        );
    }
    Finding::unknown(
        format!(
            "a dateline names where the story was filed, not necessarily the venue ({})",
            event::match_places(m).join(", ")
        ),
        tie,
    )
}

/// Places as (name, kind) pairs.
pub fn pairs(v: &[VenueValue]) -> Vec<(String, VenueKind)> {
    v.iter().map(|p| (p.name.clone(), p.kind)).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("venue", include_str!("corpus.txt"));
    }
}
