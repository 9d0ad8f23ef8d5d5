//! Checking awards: Fjelstul's award winners for World Cups up to 2022; the top scorer for a
//! Golden Boot elsewhere (see the module docs); nothing else is in the data.

use super::super::tourney::{competition_key, covered, MEN_WC, WOMEN_WC};
use crate::discourse::{Entity, Via};
use crate::frames::{AwardClaim, Frame, Predicate};
use crate::verify::{Context, Event, Finding, PlayerRes, Status, Tie};
use goalline_core::{Datelike, Gender, PlayerId};
use goalline_facts::tournaments::Edition;

/// The player a person entity names: in the article's context, else by full name anywhere.
fn player(ctx: &Context<'_>, e: &Entity) -> Option<PlayerId> {
    match ctx.player(e) {
        PlayerRes::One(p) => Some(p),
        PlayerRes::Ambiguous(_) => None,
        PlayerRes::None => {
            let name = e.person()?.name.clone();
            if !name.contains(' ') {
                return None;
            }
            match ctx.facts.resolve_player(
                &name,
                goalline_facts::PlayerContext {
                    team: None,
                    date: None,
                    gender: Some(ctx.gender),
                },
            ) {
                Ok(goalline_facts::Resolution::One(p)) => Some(p),
                _ => None,
            }
        }
    }
}

/// The edition: the year the clause gives (with a host country: "in Brazil in 2014"), of the
/// competition named, else of the article's competition, else the World Cup.
fn edition(f: &Frame, c: &AwardClaim, ctx: &Context<'_>) -> Option<Edition> {
    let (comp, gender) = match &c.competition {
        Some(cv) => competition_key(cv, ctx.gender),
        None => match &ctx.edition {
            Some(e) => (e.competition.clone(), e.gender),
            None => (
                if ctx.gender == Gender::Women {
                    WOMEN_WC.to_string()
                } else {
                    MEN_WC.to_string()
                },
                ctx.gender,
            ),
        },
    };
    // The Golden Ball, Glove and young player award are the World Cup's when the year or the
    // place says so ("in Brazil in 2014" in a Copa América article).
    let year = c
        .competition
        .as_ref()
        .and_then(|cv| cv.year)
        .or(c.year)
        .or_else(|| {
            f.scope
                .time
                .years_ago
                .and_then(|n| ctx.date.map(|d| d.year() - n as i32))
        });
    if !covered(&comp, gender) {
        return None;
    }
    let eds = ctx.facts.editions(&comp).ok()?;
    if let Some(y) = year {
        if let Some(e) = eds.iter().find(|e| e.year == y) {
            return Some(e.clone());
        }
        // A year with no edition of the article's competition: the World Cup's, if any.
        let wc = if gender == Gender::Women {
            WOMEN_WC
        } else {
            MEN_WC
        };
        return ctx
            .facts
            .editions(wc)
            .ok()?
            .into_iter()
            .find(|e| e.year == y);
    }
    // A host country: "in France four years ago", "on home soil".
    if let Some(v) = &f.scope.venue {
        if v.kind == crate::mentions::VenueKind::Country {
            if let Some(team) = ctx.facts.teams().resolve(&v.name, None, None).one() {
                let wc = if gender == Gender::Women {
                    WOMEN_WC
                } else {
                    MEN_WC
                };
                let hosted: Vec<Edition> = ctx
                    .facts
                    .hosted_editions(team, Some(gender))
                    .ok()?
                    .into_iter()
                    .filter(|e| e.competition == wc || e.competition == comp)
                    .filter(|e| ctx.date.is_none_or(|d| e.from <= d))
                    .collect();
                if hosted.len() == 1 {
                    return hosted.into_iter().next();
                }
                return None;
            }
        }
    }
    ctx.edition.clone().filter(|e| e.competition == comp)
}

pub(super) fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::Award(c) = &f.predicate else {
        return Finding::unknown("not an award", Tie::none("-"));
    };
    if c.awards.iter().any(|a| a == "Ballon d'Or") {
        return Finding::unknown("the Ballon d'Or is not in the data", Tie::none("no data"));
    }
    let Some(who) = &c.person else {
        return Finding::unknown("no player identified", Tie::none("-"));
    };
    let Some(e) = edition(f, c, ctx) else {
        return Finding::unknown(
            "the tournament is not identified or its awards are in no dataset",
            Tie::none("no edition"),
        );
    };
    let direct = check(c, ctx, &e, who);
    if who.via == Via::Name || direct.status == Status::Holds {
        return direct;
    }
    if matches!(direct.status, Status::Fails { .. }) {
        // A pronoun or a description: someone else named nearby may be meant.
        if let Some(s) = ctx.doc.sentence_at(f.span.start()) {
            let from = ctx
                .doc
                .sentences
                .iter()
                .find(|x| x.paragraph + 1 >= s.paragraph)
                .map(|x| x.span.start())
                .unwrap_or(s.span.start());
            for other in ctx
                .discourse
                .entities_in(ctx.doc.span(from, s.span.end()))
                .filter(|x| x.via == Via::Name && x.person().is_some())
            {
                if check(c, ctx, &e, other).status == Status::Holds {
                    return Finding::unknown(
                        "the winner is named only by a pronoun or description, and another player named nearby fits",
                        Tie::none("the person is not named"),
                    );
                }
            }
        }
    }
    direct
}

fn check(c: &AwardClaim, ctx: &Context<'_>, e: &Edition, who: &Entity) -> Finding {
    let Some(p) = player(ctx, who) else {
        return Finding::unknown("the player is not identified", Tie::none("-"));
    };
    let name = ctx
        .facts
        .player_row(p)
        .ok()
        .flatten()
        .map(|r| r.name)
        .unwrap_or_default();
    let tie = Tie::certain(
        Event::Edition {
            competition: e.competition.clone(),
            year: e.year,
        },
        format!("{} awards", e.label),
        "the edition named or the article's",
    );
    if e.wc.is_some() {
        let Ok(rows) = ctx.facts.edition_awards(e) else {
            return Finding::unknown("the awards could not be read", tie);
        };
        let mut ev = Vec::new();
        for a in &c.awards {
            let winners: Vec<_> = rows.iter().filter(|r| &r.award == a).collect();
            if winners.is_empty() {
                return Finding::unknown(format!("no {a} recorded for {}", e.label), tie);
            }
            let mine = winners.iter().find(|r| {
                r.player == Some(p)
                    || r.player_name.as_deref().is_some_and(|n| {
                        goalline_core::names::fold(n) == goalline_core::names::fold(&name)
                    })
            });
            match mine {
                Some(r) => ev.push(r.evidence.clone()),
                None => {
                    let names: Vec<String> = winners
                        .iter()
                        .map(|r| r.player_name.clone().unwrap_or_default())
                        .collect();
                    return Finding::fails(
                        names.join(", "),
                        format!("{} {a}: {}", e.label, names.join(", ")),
                        tie,
                        winners.iter().map(|r| r.evidence.clone()).collect(),
                    );
                }
            }
        }
        // "for a second time": the player's awards of that name up to this edition.
        if let Some(n) = c.nth {
            let Ok(all) = ctx.facts.player_awards(p) else {
                return Finding::unknown("the player's awards could not be read", tie);
            };
            for a in &c.awards {
                let k = all
                    .iter()
                    .filter(|r| &r.award == a && r.year <= e.year && r.gender == e.gender)
                    .count() as u32;
                if k != n {
                    return Finding::fails(
                        format!("{a} number {k}"),
                        format!("{name}: {k} {a} awards up to {}", e.label),
                        tie,
                        ev,
                    );
                }
            }
        }
        return Finding::holds(
            format!("{name} won the {} at {}", c.awards.join(" and "), e.label),
            tie,
            ev,
        );
    }
    // Outside Fjelstul's awards: the Golden Boot is the top scorer's.
    if c.awards.len() != 1 || c.awards[0] != "Golden Boot" || c.nth.is_some() {
        return Finding::unknown(
            format!("the awards of {} are not in the data", e.label),
            tie.uncertain("no award data"),
        );
    }
    let Ok(goals) = ctx.facts.edition_goals(e) else {
        return Finding::unknown("the edition's goals could not be read", tie);
    };
    // Only once the edition is over.
    if ctx.date.is_some_and(|d| d < e.to) {
        return Finding::unknown("the edition was not over", tie);
    }
    let table = goals.table(None, true);
    let top = table.top();
    let mine = table.goals_of(p);
    let sharing = table.rows.iter().filter(|r| r.3 == top).count();
    let detail = format!(
        "{}: top scorer {} with {top}; {name} {mine} (awards of this competition are not in the data)",
        e.label,
        table
            .rows
            .iter()
            .filter(|r| r.3 == top)
            .map(|r| r.1.clone())
            .collect::<Vec<_>>()
            .join(", ")
    );
    if table.unknown > 0 {
        return Finding::unknown(
            format!("{detail}; {} goals without a scorer", table.unknown),
            tie,
        );
    }
    if mine == top && sharing == 1 {
        return Finding::holds(detail, tie, Vec::new());
    }
    if mine < top {
        return Finding::fails(
            format!("not the top scorer ({mine}, top {top})"),
            detail,
            tie,
            Vec::new(),
        );
    }
    Finding::unknown(
        format!("{detail}; joint top scorers: the tie-break is not in the data"),
        tie,
    )
}
