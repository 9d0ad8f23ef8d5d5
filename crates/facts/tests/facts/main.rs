//! Facts from the public record, asserted on the real data (../shared/data), one module per
//! query kind. The database is imported once for the whole binary (tests/common).

#[path = "../common/mod.rs"]
mod common;

mod cards;
mod derived;
mod editions;
mod events;
mod goals;
mod honesty;
mod honours;
mod matches;
mod names;
mod names_in_out;
mod people;
mod records;
mod runs;
mod schedule;
mod scope;
mod shootouts;
mod storylines;
mod tallies;
mod tournaments;
mod women;

use goalline_core::{Date, Gender, MatchId, TeamId};
use goalline_facts::matches::MatchQuery;
use goalline_facts::{Facts, PlayerContext};

/// A men's team by name.
pub fn men(name: &str) -> TeamId {
    common::facts()
        .team(name, None, Some(Gender::Men))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// A date.
pub fn d(s: &str) -> Date {
    common::d(s)
}

/// The engine.
pub fn f() -> &'static Facts {
    common::facts()
}

/// The one match of two teams on a day (either gender).
pub fn the_match(a: &str, b: &str, day: &str) -> MatchId {
    let f = f();
    for g in [Gender::Men, Gender::Women] {
        let (Ok(ta), Ok(tb)) = (
            f.team(a, Some(d(day)), Some(g)),
            f.team(b, Some(d(day)), Some(g)),
        ) else {
            continue;
        };
        let ms = f
            .find_matches(&MatchQuery {
                teams: vec![ta, tb],
                from: Some(d(day)),
                to: Some(d(day)),
                gender: Some(g),
                ..Default::default()
            })
            .expect("find");
        if ms.len() == 1 {
            return ms[0].id;
        }
    }
    panic!("no single match {a} v {b} on {day}")
}

/// A player resolved with a team context.
pub fn player(name: &str, team: &str) -> goalline_core::PlayerId {
    let f = f();
    let t = f.team(team, None, None).expect("team");
    f.player(
        name,
        PlayerContext {
            team: Some(t),
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"))
}
