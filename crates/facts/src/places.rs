//! Places: every stadium, city and country a match was played at, as the sources write them,
//! plus goalline's reference aliases (`reference/places.csv`: "Lusail Iconic Stadium" is
//! Fjelstul's "Lusail Stadium", "Naples" is results.csv's "Napoli" in one row).

use crate::{Facts, FactsError};

const ALIASES: &str = include_str!("../reference/places.csv");

/// What kind of place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A stadium.
    Stadium,
    /// A city.
    City,
    /// A country.
    Country,
}

impl PlaceKind {
    fn parse(s: &str) -> Option<PlaceKind> {
        match s {
            "stadium" => Some(PlaceKind::Stadium),
            "city" => Some(PlaceKind::City),
            "country" => Some(PlaceKind::Country),
            _ => None,
        }
    }
}

impl Facts {
    /// Every place name (alias, name in the data, kind): the data's own names (alias = name)
    /// and the reference aliases.
    pub fn places(&self) -> Vec<(String, String, PlaceKind)> {
        let mut out: Vec<(String, String, PlaceKind)> = self
            .store()
            .places()
            .unwrap_or_default()
            .into_iter()
            .filter_map(|p| Some((p.name.clone(), p.name, PlaceKind::parse(&p.kind)?)))
            .collect();
        for line in ALIASES.lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            if let [alias, name, kind] = f[..] {
                if let Some(k) = PlaceKind::parse(kind) {
                    out.push((alias.to_string(), name.to_string(), k));
                }
            }
        }
        out
    }

    /// True when two place names are the same place (equal, or one an alias of the other).
    pub fn same_place(&self, a: &str, b: &str) -> Result<bool, FactsError> {
        let fold = |s: &str| goalline_core::names::fold(s);
        if fold(a) == fold(b) {
            return Ok(true);
        }
        Ok(ALIASES.lines().skip(1).any(|line| {
            let f: Vec<&str> = line.split(',').collect();
            f.len() == 3
                && ((fold(f[0]) == fold(a) && fold(f[1]) == fold(b))
                    || (fold(f[0]) == fold(b) && fold(f[1]) == fold(a)))
        }))
    }
}
