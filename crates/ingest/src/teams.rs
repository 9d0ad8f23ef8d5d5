//! The canonical team registry: one team per real national team, and all its other names.
//!
//! Canonical names are martj42's current names. Former names (martj42 former_names.csv, with
//! date ranges), Fjelstul's historical names and codes, and goalline's own reference table of
//! alternative names, nicknames and adjectives (`reference/teams.csv`) all become aliases.

use crate::dataset::{Prov, Team, TeamAlias};
use goalline_core::{Date, Gender};
use std::collections::HashMap;

/// goalline's reference table of team aliases (curated; see the file's header for columns).
pub const REFERENCE_TEAMS: &str = include_str!("../reference/teams.csv");

/// Builds canonical teams and their aliases.
#[derive(Debug, Default)]
pub struct TeamRegistry {
    teams: Vec<Team>,
    by_name: HashMap<String, i64>,
    aliases: Vec<TeamAlias>,
    /// Team → indexes of its former and historical names in `aliases` (for [`Self::name_on`]).
    dated: HashMap<i64, Vec<usize>>,
}

impl TeamRegistry {
    /// The id of the team with this canonical name, creating it if new.
    pub fn intern(&mut self, name: &str) -> i64 {
        if let Some(&id) = self.by_name.get(name) {
            return id;
        }
        let id = self.teams.len() as i64 + 1;
        self.teams.push(Team {
            id,
            name: name.to_string(),
            code: None,
            confederation: None,
        });
        self.by_name.insert(name.to_string(), id);
        id
    }

    /// The id of an existing canonical team.
    pub fn get(&self, name: &str) -> Option<i64> {
        self.by_name.get(name).copied()
    }

    /// Mutable access to a team.
    pub fn team_mut(&mut self, id: i64) -> Option<&mut Team> {
        self.teams.get_mut((id - 1) as usize)
    }

    /// Adds an alias.
    pub fn add_alias(&mut self, alias: TeamAlias) {
        self.push_alias(alias);
    }

    fn push_alias(&mut self, alias: TeamAlias) {
        if matches!(alias.kind.as_str(), "former" | "historical") {
            self.dated
                .entry(alias.team)
                .or_default()
                .push(self.aliases.len());
        }
        self.aliases.push(alias);
    }

    /// The canonical team an alias of the given kinds points at, valid on `date` if given.
    pub fn resolve_alias(&self, alias: &str, kinds: &[&str], date: Option<Date>) -> Option<i64> {
        self.aliases
            .iter()
            .find(|a| {
                a.alias == alias
                    && kinds.contains(&a.kind.as_str())
                    && date.is_none_or(|d| {
                        a.valid_from.is_none_or(|f| f <= d) && a.valid_to.is_none_or(|t| d <= t)
                    })
            })
            .map(|a| a.team)
    }

    /// The name a team went by on `date` (a former or historical name when one applies).
    pub fn name_on(&self, team: i64, current: &str, date: Date) -> String {
        self.dated
            .get(&team)
            .into_iter()
            .flatten()
            .map(|&i| &self.aliases[i])
            .filter(|a| {
                a.valid_from.is_some_and(|f| f <= date) && a.valid_to.is_some_and(|t| date <= t)
            })
            // martj42's former names first ("FR Yugoslavia" in 1998), then goalline's
            // historical ones ("Yugoslavia"); the facts engine ranks them the same way.
            .min_by_key(|a| a.kind != "former")
            .map(|a| a.alias.clone())
            .unwrap_or_else(|| current.to_string())
    }

    /// Loads goalline's reference aliases. Teams named there but absent from the data are
    /// created, so an alias never dangles.
    pub fn load_reference(&mut self) {
        for (i, line) in REFERENCE_TEAMS.lines().enumerate().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            if f.len() != 6 {
                continue;
            }
            let team = self.intern(f[0]);
            let date = |s: &str| Date::parse_from_str(s, "%Y-%m-%d").ok();
            self.push_alias(TeamAlias {
                team,
                alias: f[1].to_string(),
                kind: f[2].to_string(),
                gender: Gender::parse(f[3]),
                valid_from: date(f[4]),
                valid_to: date(f[5]),
                prov: None,
            });
            let _ = i;
        }
    }

    /// Records a former name from martj42 former_names.csv.
    pub fn add_former(&mut self, current: &str, former: &str, from: Date, to: Date, prov: Prov) {
        let team = self.intern(current);
        self.push_alias(TeamAlias {
            team,
            alias: former.to_string(),
            kind: "former".into(),
            gender: None,
            valid_from: Some(from),
            valid_to: Some(to),
            prov: Some(prov),
        });
    }

    /// Number of teams so far.
    pub fn len(&self) -> usize {
        self.teams.len()
    }

    /// True when no team is registered.
    pub fn is_empty(&self) -> bool {
        self.teams.is_empty()
    }

    /// Consumes the registry.
    pub fn into_parts(self) -> (Vec<Team>, Vec<TeamAlias>) {
        (self.teams, self.aliases)
    }

    /// A registry over teams and aliases already materialised (the inverse of
    /// [`TeamRegistry::into_parts`]).
    pub fn from_parts(teams: Vec<Team>, aliases: Vec<TeamAlias>) -> TeamRegistry {
        let by_name = teams.iter().map(|t| (t.name.clone(), t.id)).collect();
        let mut r = TeamRegistry {
            teams,
            by_name,
            aliases: Vec::with_capacity(aliases.len()),
            dated: HashMap::new(),
        };
        for a in aliases {
            r.push_alias(a);
        }
        r
    }

    /// Every canonical team: (id, name).
    pub fn names(&self) -> impl Iterator<Item = (i64, &str)> {
        self.teams.iter().map(|t| (t.id, t.name.as_str()))
    }

    /// Every alias: (team, alias, kind, limited to a date range).
    pub fn alias_list(&self) -> impl Iterator<Item = (i64, &str, &str, bool)> {
        self.aliases.iter().map(|a| {
            (
                a.team,
                a.alias.as_str(),
                a.kind.as_str(),
                a.valid_from.is_some() || a.valid_to.is_some(),
            )
        })
    }

    /// Canonical name of a team id.
    pub fn name(&self, id: i64) -> &str {
        self.teams
            .get((id - 1) as usize)
            .map(|t| t.name.as_str())
            .unwrap_or("?")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_table_is_well_formed() {
        for (i, line) in REFERENCE_TEAMS.lines().enumerate() {
            assert_eq!(
                line.split(',').count(),
                6,
                "reference/teams.csv line {}",
                i + 1
            );
        }
        let mut r = TeamRegistry::default();
        r.load_reference();
        let d = Date::from_ymd_opt(1974, 7, 7).expect("valid date");
        let de = r.get("Germany").expect("Germany from reference");
        assert_eq!(r.name_on(de, "Germany", d), "West Germany");
        assert_eq!(
            r.resolve_alias("Soviet Union", &["fjelstul"], None),
            r.get("Russia")
        );
    }
}
