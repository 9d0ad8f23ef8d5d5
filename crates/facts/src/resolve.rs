//! Entity resolution for teams: names, former names, codes, nicknames and adjectives.
//!
//! Ambiguity is reported, never guessed: "La Roja" is Spain or Chile unless the context
//! (a team already in the article, the gender, the date) decides.

use crate::FactsError;
use goalline_core::{names, Date, Gender, TeamId};
use goalline_store::{AliasRow, Store, TeamRow};
use serde::Serialize;
use std::collections::HashMap;

/// The outcome of resolving a name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Resolution<T> {
    /// Exactly one candidate.
    One(T),
    /// Several candidates; the caller must decide or report.
    Ambiguous(Vec<T>),
    /// Nothing.
    None,
}

impl<T: Clone> Resolution<T> {
    /// The single candidate, if any.
    pub fn one(&self) -> Option<T> {
        match self {
            Resolution::One(t) => Some(t.clone()),
            _ => None,
        }
    }
}

/// All teams and their aliases, indexed by folded name.
#[derive(Debug, Clone)]
pub struct TeamIndex {
    teams: Vec<TeamRow>,
    by_folded: HashMap<String, Vec<usize>>, // folded -> alias indexes (usize::MAX-marked = canonical)
    aliases: Vec<AliasRow>,
}

const CANONICAL: &str = "canonical";

impl TeamIndex {
    /// Loads the index from a store.
    pub fn load(store: &dyn Store) -> Result<TeamIndex, FactsError> {
        let teams = store.teams()?;
        let mut aliases = store.team_aliases()?;
        for t in &teams {
            aliases.push(AliasRow {
                team: t.id,
                alias: t.name.clone(),
                folded: names::fold(&t.name),
                kind: CANONICAL.into(),
                gender: None,
                valid_from: None,
                valid_to: None,
            });
            if let Some(code) = &t.code {
                aliases.push(AliasRow {
                    team: t.id,
                    alias: code.clone(),
                    folded: names::fold(code),
                    kind: "code".into(),
                    gender: None,
                    valid_from: None,
                    valid_to: None,
                });
            }
        }
        let mut by_folded: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, a) in aliases.iter().enumerate() {
            let key = strip_article(&a.folded);
            by_folded.entry(key).or_default().push(i);
        }
        Ok(TeamIndex {
            teams,
            by_folded,
            aliases,
        })
    }

    /// The team row of an id.
    pub fn team(&self, id: TeamId) -> Option<&TeamRow> {
        self.teams.get((id.0 - 1) as usize).filter(|t| t.id == id)
    }

    /// The canonical name of a team.
    pub fn name(&self, id: TeamId) -> &str {
        self.team(id).map(|t| t.name.as_str()).unwrap_or("?")
    }

    /// Resolves a free-text team name, optionally as of a date and for one gender.
    /// Canonical names win over aliases; dated aliases only apply within their range.
    pub fn resolve(
        &self,
        text: &str,
        date: Option<Date>,
        gender: Option<Gender>,
    ) -> Resolution<TeamId> {
        let key = strip_article(&names::fold(text));
        let Some(hits) = self.by_folded.get(&key) else {
            return Resolution::None;
        };
        let usable: Vec<&AliasRow> = hits
            .iter()
            .map(|&i| &self.aliases[i])
            .filter(|a| match (a.gender, gender) {
                (Some(ag), Some(g)) => ag == g,
                _ => true,
            })
            .filter(|a| match date {
                Some(d) => a.valid_from.is_none_or(|f| f <= d) && a.valid_to.is_none_or(|t| d <= t),
                None => true,
            })
            .collect();
        // "Yugoslavia" in 1998 is Serbia, not the older Yugoslavia: a dated alias that applies
        // beats an undated canonical name.
        let dated: Vec<TeamId> = dedup(
            usable
                .iter()
                .filter(|a| date.is_some() && a.valid_from.is_some())
                .map(|a| a.team),
        );
        if dated.len() == 1 {
            return Resolution::One(dated[0]);
        }
        let canonical: Vec<TeamId> = dedup(
            usable
                .iter()
                .filter(|a| a.kind == CANONICAL)
                .map(|a| a.team),
        );
        if canonical.len() == 1 {
            return Resolution::One(canonical[0]);
        }
        let all = dedup(usable.iter().map(|a| a.team));
        match all.len() {
            0 => Resolution::None,
            1 => Resolution::One(all[0]),
            _ => Resolution::Ambiguous(all),
        }
    }

    /// The name `team` went by on `date`: a former name valid that day (martj42's
    /// former_names.csv first, then goalline's historical names, the ranking the import uses
    /// for the matches' names), else the
    /// canonical name. "Soviet Union" in 1986, "FR Yugoslavia" in 1998, "West Germany" in 1966.
    pub fn name_on(&self, team: TeamId, date: Date) -> &str {
        let rank = |kind: &str| match kind {
            "former" => Some(0),
            "historical" => Some(1),
            _ => None,
        };
        self.aliases
            .iter()
            .filter(|a| a.team == team)
            .filter_map(|a| {
                let (f, t) = (a.valid_from?, a.valid_to?);
                (f <= date && date <= t)
                    .then_some(())
                    .and(rank(&a.kind).map(|r| (r, a)))
            })
            .min_by_key(|(r, _)| *r)
            .map_or_else(|| self.name(team), |(_, a)| a.alias.as_str())
    }

    /// When `text` names `team` by a former name ("USSR" for Russia), a note saying so: the
    /// name, the years it was used, and that goalline files the team's record under the
    /// current name.
    pub fn alias_note(&self, text: &str, team: TeamId) -> Option<String> {
        let key = strip_article(&names::fold(text));
        let current = self.name(team);
        if strip_article(&names::fold(current)) == key {
            return None;
        }
        let a = self
            .by_folded
            .get(&key)?
            .iter()
            .map(|&i| &self.aliases[i])
            .find(|a| {
                a.team == team
                    && a.kind != CANONICAL
                    && (a.valid_from.is_some() || a.valid_to.is_some())
            })?;
        let years = match (a.valid_from, a.valid_to) {
            (Some(f), Some(t)) => format!(" from {f} to {t}"),
            (Some(f), None) => format!(" from {f}"),
            (None, Some(t)) => format!(" until {t}"),
            (None, None) => String::new(),
        };
        Some(format!(
            "{} is the name {current} played under{years}; goalline keeps one record per team, \
             filed under {current}, and names each match with the name of its day",
            text.trim()
        ))
    }

    /// Resolves or explains why not, with a spelling suggestion. A name the team did not bear
    /// on `date` ("Dahomey" for a range that ends after 1975) still resolves when it names one
    /// team outside the date.
    pub fn require(
        &self,
        text: &str,
        date: Option<Date>,
        gender: Option<Gender>,
    ) -> Result<TeamId, FactsError> {
        let mut found = self.resolve(text, date, gender);
        if found == Resolution::None && date.is_some() {
            if let Resolution::One(t) = self.resolve(text, None, gender) {
                found = Resolution::One(t);
            }
        }
        match found {
            Resolution::One(t) => Ok(t),
            Resolution::Ambiguous(ts) => Err(FactsError::Ambiguous {
                name: text.to_string(),
                candidates: ts.iter().map(|t| self.name(*t).to_string()).collect(),
            }),
            Resolution::None => Err(FactsError::NotFound {
                kind: "team",
                name: text.to_string(),
                hint: self
                    .suggest(text)
                    .map(|s| format!("; did you mean {s:?}?"))
                    .unwrap_or_default(),
            }),
        }
    }

    /// The closest known name, for "did you mean".
    pub fn suggest(&self, text: &str) -> Option<String> {
        let key = names::fold(text);
        self.aliases
            .iter()
            .filter(|a| a.folded != key)
            .map(|a| (strsim::jaro_winkler(&key, &a.folded), a))
            .filter(|(s, _)| *s > 0.85)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, a)| a.alias.clone())
    }

    /// All aliases (for the article checker's team spotting).
    pub fn aliases(&self) -> &[AliasRow] {
        &self.aliases
    }

    /// All teams.
    pub fn teams(&self) -> &[TeamRow] {
        &self.teams
    }
}

fn strip_article(folded: &str) -> String {
    folded.strip_prefix("the ").unwrap_or(folded).to_string()
}

fn dedup(it: impl Iterator<Item = TeamId>) -> Vec<TeamId> {
    let mut v: Vec<TeamId> = it.collect();
    v.sort();
    v.dedup();
    v
}
