//! The cards of a match: Fjelstul's bookings (World Cups 1970–2022, men and women) merged with
//! openfootball's line-up cards (which keep the second yellow's own minute).
//!
//! Fjelstul stores a dismissal for two yellows as one row at the *first* yellow's minute
//! (`yellow_card = second_yellow_card = sending_off = 1`): that row gives a yellow card at its
//! minute and a second yellow whose minute comes from openfootball when it has the card, and
//! is unknown otherwise. Where Fjelstul covers the match its list is complete; openfootball
//! alone never proves an absence.

use crate::{Facts, FactsError};
use goalline_core::{names, Evidence, Minute, PlayerId, TeamId};
use goalline_store::MatchRow;
use serde::Serialize;

/// What a card was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CardKind {
    /// A caution.
    Yellow,
    /// A second caution, and the sending-off it brings.
    SecondYellow,
    /// A straight red.
    Red,
}

impl CardKind {
    /// True for a sending-off.
    pub fn sends_off(self) -> bool {
        matches!(self, CardKind::SecondYellow | CardKind::Red)
    }
}

/// One card.
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    /// The player's team.
    pub team: TeamId,
    /// The player, when linked.
    pub player: Option<PlayerId>,
    /// The player's name as the source writes it.
    pub name: String,
    /// The card.
    pub kind: CardKind,
    /// Its minute, when known.
    pub minute: Option<Minute>,
    /// Source rows.
    pub evidence: Vec<Evidence>,
}

/// The cards of a match.
#[derive(Debug, Clone, Serialize)]
pub struct MatchCards {
    /// Cards in the sources' order.
    pub cards: Vec<Card>,
    /// True when a source lists every card of the match (Fjelstul's World Cups).
    pub complete: bool,
    /// Which sources the list comes from.
    pub source: &'static str,
}

impl MatchCards {
    /// Yellow cards shown, a second yellow counting as one more yellow.
    pub fn yellows(&self) -> usize {
        self.cards
            .iter()
            .filter(|c| matches!(c.kind, CardKind::Yellow | CardKind::SecondYellow))
            .count()
    }
}

impl Facts {
    /// The cards of a match (see the module's notes on the sources).
    pub fn match_cards(&self, m: &MatchRow) -> Result<MatchCards, FactsError> {
        let store = self.store();
        let wc = store.wc_info(m.id)?;
        let of: Vec<goalline_store::OfCardRow> = store.of_cards(m.id)?;
        let same = |a: &str, b: &str| {
            let (x, y) = (names::fold(a), names::fold(b));
            x == y || names::last_word(a) == names::last_word(b)
        };
        let of_minute = |player: PlayerId, name: &str, kinds: &[&str]| {
            of.iter()
                .filter(|c| kinds.contains(&c.kind.as_str()))
                .find(|c| c.player == Some(player) || same(&c.name, name))
        };
        if wc.is_some() {
            let rows = store.bookings(m.id)?;
            let mut cards = Vec::new();
            for b in &rows {
                if b.yellow {
                    cards.push(Card {
                        team: b.team,
                        player: Some(b.player),
                        name: b.player_name.clone(),
                        kind: CardKind::Yellow,
                        minute: Some(b.minute),
                        evidence: vec![b.evidence.clone()],
                    });
                }
                if b.second_yellow {
                    // openfootball's second yellow (or red), else its later yellow of the
                    // player (some files list only the card that sent him off).
                    let of_row = of_minute(b.player, &b.player_name, &["second_yellow", "red"])
                        .or_else(|| {
                            of.iter().find(|c| {
                                c.kind == "yellow"
                                    && (c.player == Some(b.player) || same(&c.name, &b.player_name))
                                    && c.minute.is_some_and(|x| x > b.minute)
                            })
                        });
                    let mut evidence = vec![b.evidence.clone()];
                    if let Some(o) = of_row {
                        evidence.push(o.evidence.clone());
                    }
                    cards.push(Card {
                        team: b.team,
                        player: Some(b.player),
                        name: b.player_name.clone(),
                        kind: CardKind::SecondYellow,
                        minute: of_row.and_then(|o| o.minute),
                        evidence,
                    });
                } else if b.red || (b.sending_off && !b.yellow) {
                    cards.push(Card {
                        team: b.team,
                        player: Some(b.player),
                        name: b.player_name.clone(),
                        kind: CardKind::Red,
                        minute: Some(b.minute),
                        evidence: vec![b.evidence.clone()],
                    });
                }
            }
            return Ok(MatchCards {
                cards,
                complete: true,
                source: "fjelstul",
            });
        }
        let cards = of
            .iter()
            .map(|c| Card {
                team: c.team,
                player: c.player,
                name: c.name.clone(),
                kind: match c.kind.as_str() {
                    "second_yellow" => CardKind::SecondYellow,
                    "red" => CardKind::Red,
                    _ => CardKind::Yellow,
                },
                minute: c.minute,
                evidence: vec![c.evidence.clone()],
            })
            .collect();
        Ok(MatchCards {
            cards,
            complete: false,
            source: "openfootball",
        })
    }
}
