//! What the tournament families (titles, run, tournament tallies, awards) share.
//!
//! Grammar side (no database): years written in a list ("in 1934 and 1938", "the 1978 and '86
//! champion", "in 1991 and then again eight years later"), the team a descriptive phrase is
//! attached to ("four-time champions Japan", "Japan, the holders"), the competition a
//! sentence names.
//!
//! Verifier side: the reference day of a claim (the main match's, else the publication date),
//! the edition a frame is about (a competition and year written in the clause, a host country
//! with a World Cup, else the main match's edition), and the competitions behind "major",
//! "continental" and "world" titles.

use super::Reading;
use crate::discourse::Entity;
use crate::doc::Span;
use crate::frames::{Frame, TitleScope};
use crate::mentions::{CompetitionValue, Dim, Direction, TimeUnit, Value};
use crate::verify::Context;
use goalline_core::{Date, Datelike, Gender, TeamId};
use goalline_facts::tournaments::Edition;

/// The men's World Cup (martj42 spelling).
pub const MEN_WC: &str = "FIFA World Cup";
/// The women's World Cup (Fjelstul spelling).
pub const WOMEN_WC: &str = "FIFA Women's World Cup";

/// Years written inside `span`, in text order: the date dimension's years ("1934", "'86"), and "N years
/// later/earlier" counted from the year before it ("in 1991 and then again eight years later").
pub fn years_in(r: &Reading<'_>, span: Span) -> Vec<(i32, Span)> {
    let mut out: Vec<(i32, Span)> = Vec::new();
    for m in r.mentions_of(span, Dim::Date) {
        if let Value::Date(d) = &m.value {
            if let Some(y) = d.year {
                out.push((y, m.span));
            }
        }
    }
    for m in r.mentions_of(span, Dim::Duration) {
        let Value::Duration(d) = &m.value else {
            continue;
        };
        if d.unit != TimeUnit::Year || d.amount != d.amount_to {
            continue;
        }
        let shift = match d.direction {
            Direction::Later => d.amount as i32,
            Direction::Earlier => -(d.amount as i32),
            Direction::Ago => {
                let Some(p) = r.doc.header.date else { continue };
                out.push((p.year() - d.amount as i32, m.span));
                continue;
            }
            Direction::Span => continue,
        };
        if let Some(&(prev, _)) = out
            .iter()
            .filter(|(_, s)| s.end() <= m.span.start())
            .max_by_key(|(_, s)| s.start())
        {
            out.push((prev + shift, m.span));
        }
    }
    out.sort_by_key(|(_, s)| s.start());
    out
}

/// The team entity written right next to a phrase: "four-time champions Japan", "holders
/// France", "Japan, the four-time champions", "Japan (the holders)". A person's team does not
/// count.
pub fn team_attached(r: &Reading<'_>, phrase: Span) -> Option<Entity> {
    let sentence = r.sentence_of(phrase)?.span;
    let teams: Vec<&Entity> = r
        .discourse
        .entities_in(sentence)
        .filter(|e| e.is_team() && !e.possessive)
        .collect();
    // After: "champions Japan", "champions, Japan".
    if let Some(e) = teams.iter().find(|e| e.span.start() >= phrase.end()) {
        let gap = r
            .doc
            .text_of(r.doc.span(phrase.end(), e.span.start()))
            .trim();
        if gap.is_empty() || gap == "," || gap.eq_ignore_ascii_case("the") {
            return Some((*e).clone());
        }
    }
    // Before: "Japan, the four-time champions", "Japan, four-time champions".
    if let Some(e) = teams.iter().rev().find(|e| e.span.end() <= phrase.start()) {
        let gap = r
            .doc
            .text_of(r.doc.span(e.span.end(), phrase.start()))
            .trim()
            .to_lowercase();
        if matches!(
            gap.as_str(),
            "," | ", the" | "the" | "" | "(" | "(the" | ", who are the" | ", now"
        ) {
            return Some((*e).clone());
        }
    }
    None
}

/// The subject team of a trigger: the agent the discourse gives when it is a team; a
/// person's team is not a team subject.
pub fn team_subject(r: &Reading<'_>, trigger: Span) -> Option<Entity> {
    let roles = r.roles(trigger);
    let a = if roles.passive {
        roles.patient
    } else {
        roles.agent
    };
    a.filter(|e| e.is_team())
}

/// The first competition named inside `span`.
pub fn competition_in(r: &Reading<'_>, span: Span) -> Option<CompetitionValue> {
    r.mentions_of(span, Dim::Competition)
        .into_iter()
        .find_map(|m| match &m.value {
            Value::Competition(c) if !c.qualifying => Some(c.clone()),
            _ => None,
        })
}

/// The day a claim is measured on: the main match's, else the publication date.
pub fn ref_date(ctx: &Context<'_>) -> Option<Date> {
    ctx.main.as_ref().map(|m| m.row.date).or(ctx.date)
}

/// The day after `d`.
pub fn next_day(d: Date) -> Date {
    d.succ_opt().unwrap_or(d)
}

/// The competition key (martj42 spelling, Fjelstul's for the women's World Cup) and gender of
/// a competition value, with men's or women's from the article when the value does not say.
pub fn competition_key(c: &CompetitionValue, article: Gender) -> (String, Gender) {
    let gender = if c.gender == Gender::Women || article == Gender::Women {
        Gender::Women
    } else {
        Gender::Men
    };
    if c.competition == MEN_WC || c.competition == WOMEN_WC {
        let key = if gender == Gender::Women {
            WOMEN_WC
        } else {
            MEN_WC
        };
        return (key.to_string(), gender);
    }
    (c.competition.clone(), gender)
}

/// True when goalline has the competition's editions for that gender (the women's data are
/// World Cups only).
pub fn covered(competition: &str, gender: Gender) -> bool {
    match gender {
        Gender::Women => competition == WOMEN_WC,
        Gender::Men => goalline_facts::tournaments::competitions()
            .iter()
            .any(|c| c.name == competition && c.gender == Gender::Men),
    }
}

/// The continental championship of a team's confederation (men's).
pub fn continental(ctx: &Context<'_>, team: TeamId) -> Option<&'static str> {
    let conf = ctx.facts.teams().team(team)?.confederation.clone()?;
    Some(match conf.as_str() {
        "UEFA" => "UEFA Euro",
        "CONMEBOL" => "Copa América",
        "CAF" => "African Cup of Nations",
        "AFC" => "AFC Asian Cup",
        "CONCACAF" => "Gold Cup",
        _ => return None,
    })
}

/// The competitions a title scope counts for a team: (strict, loose). "Major" titles are the
/// World Cup and the continental championship; the loose reading adds the Confederations Cup
/// and the Nations Leagues. A claim holds when either reading confirms it and fails only when
/// both rule it out.
pub fn scope_competitions(
    ctx: &Context<'_>,
    scope: TitleScope,
    named: Option<&CompetitionValue>,
    team: TeamId,
    gender: Gender,
) -> Option<(Vec<String>, Vec<String>)> {
    let wc = if gender == Gender::Women {
        WOMEN_WC
    } else {
        MEN_WC
    };
    match scope {
        TitleScope::Competition => {
            let (key, g) = match named {
                // The claim's own gender decides between the men's and women's World Cup.
                Some(c) => competition_key(
                    &CompetitionValue {
                        gender,
                        ..c.clone()
                    },
                    gender,
                ),
                None => {
                    let e = ctx.edition.as_ref()?;
                    (e.competition.clone(), e.gender)
                }
            };
            covered(&key, g).then(|| (vec![key.clone()], vec![key]))
        }
        TitleScope::World => Some((vec![wc.to_string()], vec![wc.to_string()])),
        TitleScope::Continental => {
            if gender == Gender::Women {
                return None;
            }
            let c = continental(ctx, team)?.to_string();
            Some((vec![c.clone()], vec![c]))
        }
        TitleScope::Major => {
            if gender == Gender::Women {
                return None;
            }
            let c = continental(ctx, team)?.to_string();
            let strict = vec![wc.to_string(), c.clone()];
            let mut loose = strict.clone();
            loose.push("Confederations Cup".into());
            match c.as_str() {
                "UEFA Euro" => loose.push("UEFA Nations League".into()),
                "Gold Cup" => loose.push("CONCACAF Nations League".into()),
                _ => {}
            }
            Some((strict, loose))
        }
    }
}

/// The edition a frame is about: the competition (written, else the main match's) and the
/// year the clause gives (an edition's year, a date's year, "in Qatar" for a World Cup host),
/// else the main match's edition when the competition is the same, else the edition being
/// played (or last started) on the reference day. The second value says whether the edition
/// came from the text (`true`) or from the article's match.
pub fn edition_for(
    ctx: &Context<'_>,
    frame: &Frame,
    named: Option<&CompetitionValue>,
) -> Option<(Edition, bool)> {
    let named = named.or(frame.scope.competition.as_ref());
    let year = named
        .and_then(|c| c.year)
        .or_else(|| frame.scope.time.year())
        .or_else(|| frame.scope.sentence_time.year());
    let (key, gender) = match named {
        Some(c) => competition_key(c, ctx.gender),
        None => {
            let e = ctx.edition.as_ref()?;
            if year.is_none() {
                return Some((e.clone(), false));
            }
            (e.competition.clone(), e.gender)
        }
    };
    if !covered(&key, gender) {
        return None;
    }
    if let Some(y) = year {
        let eds = ctx.facts.editions(&key).ok()?;
        // The edition's name year, else the edition played that calendar year.
        return eds
            .iter()
            .find(|e| e.year == y)
            .or_else(|| eds.iter().find(|e| e.from.year() == y || e.to.year() == y))
            .cloned()
            .map(|e| (e, true));
    }
    // A host country named as a place: "in Qatar", "in Russia four years ago".
    if let Some(v) = &frame.scope.venue {
        if v.kind == crate::mentions::VenueKind::Country {
            if let Some(team) = ctx.facts.teams().resolve(&v.name, None, None).one() {
                if let Ok(eds) = ctx.facts.hosted_editions(team, Some(gender)) {
                    let hits: Vec<Edition> = eds
                        .into_iter()
                        .filter(|e| e.competition == key)
                        .filter(|e| ref_date(ctx).is_none_or(|d| e.from <= d))
                        .collect();
                    if hits.len() == 1 {
                        return hits.into_iter().next().map(|e| (e, true));
                    }
                }
            }
        }
    }
    if let Some(e) = &ctx.edition {
        if e.competition == key {
            return Some((e.clone(), false));
        }
    }
    let d = ref_date(ctx)?;
    let eds = ctx.facts.editions(&key).ok()?;
    eds.into_iter()
        .rev()
        .find(|e| e.from <= d)
        .map(|e| (e, false))
}
