//! A match's place in its edition's schedule: its stage (recorded by Fjelstul or openfootball,
//! the final of its edition (`edition_final`), or derived from results), the kicks of a
//! shoot-out from whichever source records them, and the city of a stadium.

use crate::{Facts, FactsError};
use goalline_core::{names, PlayerId, Stage, TeamId};
use goalline_store::MatchRow;
use serde::Serialize;

const STADIUMS: &str = include_str!("../reference/stadiums.csv");

/// How a stage was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StageSource {
    /// Recorded (Fjelstul for World Cups, openfootball for Euros and 2026).
    Recorded,
    /// The last match of an edition that ended with a final.
    EditionFinal,
    /// Derived from the knockout bracket rebuilt from results.
    Derived,
}

/// One kick of a shoot-out, from Fjelstul (World Cups) or openfootball (Euros, World Cups).
#[derive(Debug, Clone, Serialize)]
pub struct Kick {
    /// The kicking side, when known.
    pub team: Option<TeamId>,
    /// The taker, when linked.
    pub player: Option<PlayerId>,
    /// The taker as written.
    pub name: String,
    /// Scored.
    pub scored: bool,
    /// Order in the shoot-out (1 = first kick).
    pub seq: u32,
}

impl Facts {
    /// The stage of a match and how it is known: recorded, the final of its edition, or
    /// derived from the edition's knockout bracket. `None` when no source settles it.
    pub fn match_stage(&self, m: &MatchRow) -> Result<Option<(Stage, StageSource)>, FactsError> {
        let store = self.store();
        if let Some(w) = store.wc_info(m.id)? {
            return Ok(Some((w.stage, StageSource::Recorded)));
        }
        if let Some(st) = store.of_match(m.id)?.and_then(|o| o.stage) {
            return Ok(Some((st, StageSource::Recorded)));
        }
        let Some(e) = self.edition(&m.tournament, None, Some(m.date))? else {
            return Ok(None);
        };
        if self.edition_final(&e)?.is_some_and(|f| f.id == m.id) {
            return Ok(Some((Stage::Final, StageSource::EditionFinal)));
        }
        let bracket = self.edition_bracket(&e)?;
        Ok(bracket
            .value
            .iter()
            .find(|r| r.matches.iter().any(|x| x.id == m.id))
            .map(|r| (r.stage, StageSource::Derived)))
    }

    /// The group of a match, where recorded ("Group C" → "C").
    pub fn match_group(&self, m: &MatchRow) -> Result<Option<String>, FactsError> {
        let store = self.store();
        let g = match store.wc_info(m.id)? {
            Some(w) => w.group_name,
            None => store.of_match(m.id)?.and_then(|o| o.group_name),
        };
        Ok(g.map(|g| {
            g.trim()
                .trim_start_matches("Group")
                .trim_start_matches("group")
                .trim()
                .to_string()
        }))
    }

    /// The kicks of a match's shoot-out, and whether they are in the order they were taken:
    /// openfootball lists them in order; Fjelstul lists each side's kicks together, put in
    /// order here when shootouts.csv says who kicked first. Empty when no source records them.
    pub fn shootout_kicks(&self, m: &MatchRow) -> Result<(Vec<Kick>, bool), FactsError> {
        let store = self.store();
        let mut of: Vec<Kick> = store
            .of_kicks(m.id)?
            .into_iter()
            .map(|k| Kick {
                team: k.team,
                player: k.player,
                name: k.name,
                scored: k.scored,
                seq: k.seq,
            })
            .collect();
        if !of.is_empty() && of.iter().all(|k| k.team.is_some()) {
            of.sort_by_key(|k| k.seq);
            for (i, k) in of.iter_mut().enumerate() {
                k.seq = i as u32 + 1;
            }
            return Ok((of, true));
        }
        let mut wc: Vec<Kick> = store
            .kicks(m.id)?
            .into_iter()
            .map(|k| Kick {
                team: Some(k.team),
                player: Some(k.player),
                name: k.player_name,
                scored: k.converted,
                seq: k.seq,
            })
            .collect();
        if !wc.is_empty() {
            wc.sort_by_key(|k| k.seq);
            let first = store.shootout(m.id)?.and_then(|s| s.first_shooter);
            let ordered = match first {
                Some(f) => {
                    let a: Vec<Kick> = wc.iter().filter(|k| k.team == Some(f)).cloned().collect();
                    let b: Vec<Kick> = wc.iter().filter(|k| k.team != Some(f)).cloned().collect();
                    let mut out = Vec::with_capacity(wc.len());
                    for i in 0..a.len().max(b.len()) {
                        out.extend(a.get(i).cloned());
                        out.extend(b.get(i).cloned());
                    }
                    wc = out;
                    true
                }
                None => false,
            };
            for (i, k) in wc.iter_mut().enumerate() {
                k.seq = i as u32 + 1;
            }
            return Ok((wc, ordered));
        }
        // openfootball kicks without their sides: in order, sides unknown.
        of.sort_by_key(|k| k.seq);
        for (i, k) in of.iter_mut().enumerate() {
            k.seq = i as u32 + 1;
        }
        Ok((of, true))
    }

    /// The cities a stadium is in, as the data record them (Fjelstul, openfootball) and as
    /// goalline's reference knows stadiums the data do not name (`reference/stadiums.csv`).
    /// Empty for a stadium nobody records.
    pub fn stadium_cities(&self, stadium: &str) -> Result<Vec<String>, FactsError> {
        let lock = || match self.cache.stadium_cities.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        if let Some(c) = lock().get(stadium) {
            return Ok(c.clone());
        }
        let cities = self.stadium_cities_uncached(stadium)?;
        lock().insert(stadium.to_string(), cities.clone());
        Ok(cities)
    }

    fn stadium_cities_uncached(&self, stadium: &str) -> Result<Vec<String>, FactsError> {
        let key = names::fold(stadium);
        let key = key.strip_prefix("the ").unwrap_or(&key).to_string();
        let mut out: Vec<String> = Vec::new();
        let mut push = |c: String| {
            if !out.iter().any(|o| names::fold(o) == names::fold(&c)) {
                out.push(c);
            }
        };
        for line in STADIUMS.lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            if let [s, c, ..] = f[..] {
                if names::fold(s) == key {
                    push(c.to_string());
                }
            }
        }
        for c in self.wc_places()?.0.get(&key).into_iter().flatten() {
            push(c.clone());
        }
        Ok(out)
    }

    /// World Cup venues read once: folded stadium → its cities, folded city → its countries
    /// (in the order the matches give them).
    fn wc_places(&self) -> Result<std::sync::Arc<crate::cache::WcPlaces>, FactsError> {
        if let Some(p) = self.cache.wc_places.get() {
            return Ok(p.clone());
        }
        let mut stadiums: std::collections::HashMap<String, Vec<String>> = Default::default();
        let mut cities: std::collections::HashMap<String, Vec<String>> = Default::default();
        for w in self.store().wc_matches(None)? {
            let s = stadiums.entry(names::fold(&w.stadium)).or_default();
            if !s.contains(&w.city) {
                s.push(w.city.clone());
            }
            let c = cities.entry(names::fold(&w.city)).or_default();
            if !c.contains(&w.country) {
                c.push(w.country.clone());
            }
        }
        let p = std::sync::Arc::new((stadiums, cities));
        Ok(self.cache.wc_places.get_or_init(|| p).clone())
    }

    /// The countries a city is in, as the World Cup data record them (empty when no World Cup
    /// match was played there).
    pub fn city_countries(&self, city: &str) -> Result<Vec<String>, FactsError> {
        let lock = || match self.cache.city_countries.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        if let Some(c) = lock().get(city) {
            return Ok(c.clone());
        }
        let countries = self.city_countries_uncached(city)?;
        lock().insert(city.to_string(), countries.clone());
        Ok(countries)
    }

    fn city_countries_uncached(&self, city: &str) -> Result<Vec<String>, FactsError> {
        let key = names::fold(city);
        Ok(self.wc_places()?.1.get(&key).cloned().unwrap_or_default())
    }
}
