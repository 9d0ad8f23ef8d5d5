//! World Cups after Fjelstul's last edition (the 2026 men's World Cup): an edition known from
//! any source counts in every all-time and World Cup-history answer.
//!
//! Fjelstul holds every goal of the editions it has ([`crate::wcindex`]); later editions come
//! from martj42's results and scorer rows (linked to players) and openfootball's stages. Their
//! goals are exact only when every goal of every match has a scorer row with a player
//! ([`LaterWorldCups::missing`] is 0). Loaded once per engine with two queries, kept.

use crate::tournaments::Edition;
use crate::{Facts, FactsError};
use goalline_core::{Date, Gender, Minute};
use goalline_store::WcGoalRow;

/// The men's World Cups no Fjelstul table holds.
#[derive(Debug, Clone, Default)]
pub struct LaterWorldCups {
    /// Editions after Fjelstul's last one, oldest first.
    pub editions: Vec<Edition>,
    /// Their goals as World Cup goal rows (tournament `WC-2026`), in date order.
    pub goals: Vec<WcGoalRow>,
    /// Goals of those editions' matches with no scorer row naming a player.
    pub missing: u32,
}

impl LaterWorldCups {
    /// The tournament id of a later edition (`WC-2026`).
    pub fn id(e: &Edition) -> String {
        format!("WC-{}", e.year)
    }

    /// The edition a goal row belongs to.
    pub fn edition_of(&self, tournament: &str) -> Option<&Edition> {
        self.editions.iter().find(|e| Self::id(e) == tournament)
    }

    /// True when every goal of the editions that started on or before `as_of` is known by
    /// scorer.
    pub fn complete(&self) -> bool {
        self.missing == 0
    }

    /// Last day of the last later edition that started on or before `as_of`.
    pub fn end(&self, as_of: Option<Date>) -> Option<Date> {
        self.editions
            .iter()
            .filter(|e| as_of.is_none_or(|d| e.from <= d))
            .map(|e| e.to)
            .max()
    }
}

impl Facts {
    /// World Cups (one gender) after Fjelstul's last edition, with their goals. Women's later
    /// editions are in no dataset: empty.
    pub fn later_world_cups(
        &self,
        gender: Gender,
    ) -> Result<std::sync::Arc<LaterWorldCups>, FactsError> {
        if gender == Gender::Women {
            return Ok(Default::default());
        }
        if let Some(l) = self.cache.later_wc.get() {
            return Ok(l.clone());
        }
        let l = std::sync::Arc::new(self.load_later_world_cups()?);
        Ok(self.cache.later_wc.get_or_init(|| l).clone())
    }

    fn load_later_world_cups(&self) -> Result<LaterWorldCups, FactsError> {
        let store = self.store();
        let editions: Vec<Edition> = self
            .editions("FIFA World Cup")?
            .into_iter()
            .filter(|e| e.wc.is_none())
            .collect();
        let mut out = LaterWorldCups {
            editions: editions.clone(),
            ..Default::default()
        };
        for e in &editions {
            let tournament = LaterWorldCups::id(e);
            let matches = self.edition_matches(e)?;
            let rows = store.competition_scorer_rows(&e.competition, e.from, e.to)?;
            for m in &matches {
                let goals = m.home_score.unwrap_or(0) + m.away_score.unwrap_or(0);
                let named = rows
                    .iter()
                    .filter(|r| r.match_id == m.id && r.player.is_some())
                    .count() as u32;
                out.missing += goals.saturating_sub(named);
                if m.home_score.is_none() || m.away_score.is_none() {
                    out.missing += 1;
                }
            }
            for r in &rows {
                let Some(player) = r.player else { continue };
                let Some(m) = matches.iter().find(|m| m.id == r.match_id) else {
                    continue;
                };
                let player_team = if r.own_goal {
                    m.opponent(r.team)
                } else {
                    r.team
                };
                out.goals.push(WcGoalRow {
                    match_id: r.match_id,
                    wc_match: String::new(),
                    date: r.date,
                    tournament: tournament.clone(),
                    team: r.team,
                    player,
                    player_name: r.scorer.clone().unwrap_or_default(),
                    player_team,
                    minute: Minute::new(r.minute.unwrap_or(0)),
                    period: String::new(),
                    own_goal: r.own_goal,
                    penalty: r.penalty,
                    evidence: r.evidence.clone(),
                });
            }
        }
        out.goals.sort_by_key(|g| g.date);
        Ok(out)
    }
}
