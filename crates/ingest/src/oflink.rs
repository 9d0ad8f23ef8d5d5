//! Linking openfootball player names to canonical players.
//!
//! openfootball writes names in several styles: `Harry KANE` (World Cup line-ups and squads),
//! `Harry Kane` (Euro squads, 2026 scorers), `Kane` or `J. Henderson` (Euro scorer lists).
//! This module owns the rules that turn such a name, seen for a team on a day, into a
//! canonical player (a Fjelstul player, a martj42 scorer, or a player created from openfootball):
//!
//! 1. the edition's roster first: the squad rows of the same team at the same tournament
//!    (same naming style), by whole name, then by surname (with initials checked);
//! 2. then every known player of the team by whole name (diacritics, case and word order
//!    ignored), among those of a plausible era (squads or goals within twelve years, age 15–45),
//!    with a birth date, when the caller has one, deciding between namesakes;
//! 3. then by surname among the team's players active within two years of the day;
//! 4. then, for squad rows with a full birth date, the team's player born that day who shares
//!    a word of the name.
//!
//! Two or more candidates is ambiguous: nothing is guessed. This module only reads the dataset;
//! creating players is the adapter's job.

use crate::dataset::Dataset;
use goalline_core::{names, Date, Datelike, Gender};
use std::collections::HashMap;

/// A name folded once (diacritics, case and punctuation dropped): its words and its
/// order-insensitive key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameKey {
    /// The words sorted and joined: `harry kane` for `KANE Harry`.
    pub key: String,
    /// The words in written order.
    pub words: Vec<String>,
}

impl NameKey {
    /// Folds `name`.
    pub fn new(name: &str) -> NameKey {
        let folded = names::fold(name);
        let words: Vec<String> = folded
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let mut sorted: Vec<&str> = words.iter().map(String::as_str).collect();
        sorted.sort_unstable();
        NameKey {
            key: sorted.join(" "),
            words,
        }
    }

    /// True when nothing is left after folding.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// A name a player is known by, for one team.
#[derive(Debug, Clone)]
struct Cand {
    player: i64,
    key: String,
    words: Vec<String>,
    birth: Option<Date>,
    from: i32,
    to: i32,
}

/// The result of a look-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// One player, and the rule that found it.
    One(i64, &'static str),
    /// Several players fit; none is chosen.
    Many(Vec<i64>),
    /// No player fits.
    None,
}

/// Known players per team, with the names they go by and the years they were active.
#[derive(Debug, Default)]
pub struct PlayerIndex {
    cands: Vec<Cand>,
    /// team → name key → entries.
    by_team_key: HashMap<i64, HashMap<String, Vec<u32>>>,
    by_team: HashMap<i64, Vec<u32>>,
    editions: HashMap<String, u32>,
    rosters: HashMap<(u32, i64), Vec<u32>>,
}

/// The words of a folded name, with single letters (initials such as the `J` of
/// `J. Henderson`) split off.
fn split_initials(words: &[String]) -> (Vec<char>, &[String]) {
    let n = words
        .iter()
        .take_while(|w| w.chars().count() == 1)
        .count()
        .min(words.len().saturating_sub(1));
    let initials = words[..n].iter().filter_map(|w| w.chars().next()).collect();
    (initials, &words[n..])
}

/// True when `written` (`kane`, `j henderson`, `van dijk`) names `cand` by surname: its words
/// end the candidate's name and any initials match the candidate's first word.
fn surname_match(written: &[String], cand: &[String]) -> bool {
    let (initials, rest) = split_initials(written);
    if rest.is_empty() || rest.len() >= cand.len() {
        return false;
    }
    if cand[cand.len() - rest.len()..] != *rest {
        return false;
    }
    initials.iter().enumerate().all(|(i, c)| {
        cand.get(i)
            .is_some_and(|w| w.starts_with(*c) && i < cand.len() - rest.len())
    })
}

impl PlayerIndex {
    /// Indexes the men's players already in `ds`: Fjelstul squad members (per team and
    /// tournament year) and martj42 scorers (per team, over the years of their goals, under
    /// both the canonical name and the martj42 spelling).
    pub fn build(ds: &Dataset) -> PlayerIndex {
        let mut idx = PlayerIndex::default();
        let years: HashMap<&str, (i32, Gender)> = ds
            .tournaments
            .iter()
            .map(|t| (t.id.as_str(), (t.year, t.gender)))
            .collect();
        let mut spans: HashMap<(i64, i64), (i32, i32)> = HashMap::new();
        let mut widen = |p: i64, t: i64, y: i32| {
            let e = spans.entry((p, t)).or_insert((y, y));
            e.0 = e.0.min(y);
            e.1 = e.1.max(y);
        };
        for s in &ds.squads {
            if let Some(&(y, Gender::Men)) = years.get(s.tournament.as_str()) {
                widen(s.player, s.team, y);
            }
        }
        for r in &ds.scorers {
            let Some(p) = r.player else { continue };
            let Some(m) = ds.matches.get((r.match_id - 1) as usize) else {
                continue;
            };
            let team = if r.own_goal {
                if r.team == m.home {
                    m.away
                } else {
                    m.home
                }
            } else {
                r.team
            };
            widen(p, team, m.date.year());
        }
        let mut spans: Vec<((i64, i64), (i32, i32))> = spans.into_iter().collect();
        spans.sort_unstable();
        let mut keys: HashMap<i64, NameKey> = HashMap::new();
        let mut entry_of: HashMap<(i64, i64), u32> = HashMap::new();
        for ((p, t), (from, to)) in &spans {
            if let Some(pl) = ds.players.get((*p - 1) as usize) {
                let nk = keys.entry(*p).or_insert_with(|| NameKey::new(&pl.name));
                let e = idx.add(*p, *t, nk, pl.birth_date, *from, *to);
                entry_of.insert((*p, *t), e);
            }
        }
        // The Fjelstul squads are the rosters of their editions (`WC-1986`, the id openfootball
        // editions use too): a squad line of the same team and edition links by name first.
        for s in &ds.squads {
            if let Some(&(_, Gender::Men)) = years.get(s.tournament.as_str()) {
                if let Some(&e) = entry_of.get(&(s.player, s.team)) {
                    idx.enrol(&s.tournament, s.team, e);
                }
            }
        }
        let span_of: HashMap<(i64, i64), (i32, i32)> = spans.into_iter().collect();
        for l in &ds.player_links {
            let Some(p) = l.player else { continue };
            let Some(pl) = ds.players.get((p - 1) as usize) else {
                continue;
            };
            if pl.name == l.scorer {
                continue;
            }
            if let Some(&(from, to)) = span_of.get(&(p, l.team)) {
                idx.add(p, l.team, &NameKey::new(&l.scorer), pl.birth_date, from, to);
            }
        }
        idx
    }

    /// Registers a name of `player` for `team`, active in `from..=to`; an existing entry with
    /// the same name widens its span. Returns the entry.
    pub fn add(
        &mut self,
        player: i64,
        team: i64,
        name: &NameKey,
        birth: Option<Date>,
        from: i32,
        to: i32,
    ) -> u32 {
        let by_key = self.by_team_key.entry(team).or_default();
        if let Some(ids) = by_key.get(name.key.as_str()) {
            if let Some(&i) = ids
                .iter()
                .find(|&&i| self.cands[i as usize].player == player)
            {
                let c = &mut self.cands[i as usize];
                c.from = c.from.min(from);
                c.to = c.to.max(to);
                if c.birth.is_none() {
                    c.birth = birth;
                }
                return i;
            }
        }
        let i = self.cands.len() as u32;
        self.cands.push(Cand {
            player,
            key: name.key.clone(),
            words: name.words.clone(),
            birth,
            from,
            to,
        });
        by_key.entry(name.key.clone()).or_default().push(i);
        self.by_team.entry(team).or_default().push(i);
        i
    }

    /// Puts an entry on the roster of `team` at `edition` (squad rows, and players first seen
    /// in that edition's matches).
    pub fn enrol(&mut self, edition: &str, team: i64, entry: u32) {
        let next = self.editions.len() as u32;
        let ed = match self.editions.get(edition) {
            Some(&e) => e,
            None => {
                self.editions.insert(edition.to_string(), next);
                next
            }
        };
        let r = self.rosters.entry((ed, team)).or_default();
        if !r.contains(&entry) {
            r.push(entry);
        }
    }

    /// Other players known under one of the names `player` goes by for `team`, active within
    /// twelve years of it: a created player with such a namesake is a suspected duplicate
    /// (the import reports them).
    pub fn namesakes_of(&self, player: i64, team: i64) -> Vec<i64> {
        let Some(ids) = self.by_team.get(&team) else {
            return Vec::new();
        };
        let Some(by_key) = self.by_team_key.get(&team) else {
            return Vec::new();
        };
        let mine: Vec<&Cand> = ids
            .iter()
            .map(|&i| &self.cands[i as usize])
            .filter(|c| c.player == player)
            .collect();
        let mut out: Vec<i64> = Vec::new();
        for m in mine {
            for &i in by_key.get(m.key.as_str()).into_iter().flatten() {
                let c = &self.cands[i as usize];
                if c.player != player && c.from - 12 <= m.to && m.from <= c.to + 12 {
                    out.push(c.player);
                }
            }
            // The same surname and a birth date at most one field apart: a first name spelt
            // two ways.
            let Some(mb) = m.birth else { continue };
            for &i in ids {
                let c = &self.cands[i as usize];
                if c.player != player
                    && c.words.last() == m.words.last()
                    && c.birth
                        .is_some_and(|cb| cb == mb || one_field_apart(cb, mb))
                {
                    out.push(c.player);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn distinct(&self, hits: impl Iterator<Item = u32>) -> Vec<i64> {
        let mut ps: Vec<i64> = hits.map(|i| self.cands[i as usize].player).collect();
        ps.sort_unstable();
        ps.dedup();
        ps
    }

    fn verdict(ps: Vec<i64>, method: &'static str) -> Option<Found> {
        match ps.len() {
            0 => None,
            1 => Some(Found::One(ps[0], method)),
            _ => Some(Found::Many(ps)),
        }
    }

    /// Finds the player `name` of `team` in `year` (at `edition`, whose roster is tried first).
    pub fn find(
        &self,
        edition: &str,
        team: i64,
        year: i32,
        name: &NameKey,
        birth: Option<Date>,
    ) -> Found {
        if name.is_empty() {
            return Found::None;
        }
        let (key, words) = (name.key.as_str(), name.words.as_slice());
        let birth_ok = |c: &Cand| match (birth, c.birth) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        // 1. The edition's roster.
        let roster = self
            .editions
            .get(edition)
            .and_then(|&e| self.rosters.get(&(e, team)));
        if let Some(roster) = roster {
            // Team + edition + whole name: the one squad member of that name is the player,
            // whatever birth date each source gives (a difference is a conflict, not a new
            // person); the birth date only decides between namesakes of the same squad.
            let named = self.distinct(
                roster
                    .iter()
                    .copied()
                    .filter(|&i| self.cands[i as usize].key == key),
            );
            if named.len() == 1 {
                return Found::One(named[0], "squad");
            }
            let exact = self.distinct(roster.iter().copied().filter(|&i| {
                let c = &self.cands[i as usize];
                c.key == key && birth_ok(c)
            }));
            if let Some(f) = Self::verdict(exact, "squad") {
                return f;
            }
            let by_surname = self.distinct(roster.iter().copied().filter(|&i| {
                let c = &self.cands[i as usize];
                birth_ok(c) && surname_match(words, &c.words)
            }));
            if let Some(f) = Self::verdict(by_surname, "squad surname") {
                return f;
            }
            // The same surname in the same squad, born the same day or a date one field
            // apart: the first name is spelt another way (`Aleksandr ZAVAROV`, Fjelstul's
            // Oleksandr Zavarov, 1961-04-26 / 1961-04-20).
            if let (Some(b), Some(last)) = (birth, words.last()) {
                let ps = self.distinct(roster.iter().copied().filter(|&i| {
                    let c = &self.cands[i as usize];
                    c.words.last() == Some(last)
                        && c.birth.is_some_and(|cb| cb == b || one_field_apart(cb, b))
                }));
                if let Some(f) = Self::verdict(ps, "squad surname+birth") {
                    return f;
                }
            }
        }
        // 2. Whole name among the team's players of the era.
        let era = |c: &Cand| {
            c.from - 12 <= year
                && year <= c.to + 12
                && c.birth
                    .is_none_or(|b| (15..=45).contains(&(year - b.year())))
        };
        if let Some(ids) = self.by_team_key.get(&team).and_then(|m| m.get(key)) {
            let namesakes = self.distinct(
                ids.iter()
                    .copied()
                    .filter(|&i| era(&self.cands[i as usize])),
            );
            let ps = self.distinct(ids.iter().copied().filter(|&i| {
                let c = &self.cands[i as usize];
                era(c) && birth_ok(c)
            }));
            if let (true, Some(b)) = (ps.len() > 1, birth) {
                // Namesakes: the one born that day, if the sources say so.
                let same = self.distinct(ids.iter().copied().filter(|&i| {
                    let c = &self.cands[i as usize];
                    era(c) && c.birth == Some(b)
                }));
                if let Some(f) = Self::verdict(same, "name+team+birth") {
                    return f;
                }
            }
            let rule = if namesakes.len() > 1 {
                "name+team+birth"
            } else {
                "name+team"
            };
            if let Some(f) = Self::verdict(ps, rule) {
                return f;
            }
            // The one player of that name in the era, whose birth date differs from this one
            // in a single field (day, month or year: a typo in one source, e.g. Zavarov
            // 1961-04-20 / 1961-04-26): the same person, and a birth conflict.
            if let ([p], Some(b)) = (namesakes.as_slice(), birth) {
                let close = ids.iter().any(|&i| {
                    let c = &self.cands[i as usize];
                    c.player == *p && c.birth.is_some_and(|cb| one_field_apart(cb, b))
                });
                if close {
                    return Found::One(*p, "name+team, birth differs");
                }
            }
        }
        let Some(team_ids) = self.by_team.get(&team) else {
            return Found::None;
        };
        // 3. Surname among the team's players active around the year.
        let near = |c: &Cand| c.from - 2 <= year && year <= c.to + 2 && birth_ok(c);
        let ps = self.distinct(team_ids.iter().copied().filter(|&i| {
            let c = &self.cands[i as usize];
            near(c) && surname_match(words, &c.words)
        }));
        if let Some(f) = Self::verdict(ps, "surname+team+era") {
            return f;
        }
        // 4. Same birth date and a shared word.
        if let Some(b) = birth {
            let ps = self.distinct(team_ids.iter().copied().filter(|&i| {
                let c = &self.cands[i as usize];
                c.birth == Some(b) && c.words.iter().any(|w| w.len() > 2 && words.contains(w))
            }));
            if let Some(f) = Self::verdict(ps, "birth+team") {
                return f;
            }
        }
        Found::None
    }
}

/// True when two dates differ in exactly one of year, month and day.
fn one_field_apart(a: Date, b: Date) -> bool {
    let same = [
        a.year() == b.year(),
        a.month() == b.month(),
        a.day() == b.day(),
    ];
    same.iter().filter(|x| !**x).count() == 1
}

/// A display name from an openfootball spelling: words written in capitals (`Harry KANE`,
/// `SAAD ALSHEEB`, `DE LIGT`) are put in title case; other words are kept as written.
pub fn display_name(raw: &str) -> String {
    raw.split_whitespace()
        .map(|w| {
            let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
                let mut out = String::with_capacity(w.len());
                let mut start = true;
                for c in w.chars() {
                    if start {
                        out.extend(c.to_uppercase());
                    } else {
                        out.extend(c.to_lowercase());
                    }
                    start = !c.is_alphabetic();
                }
                out
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn w(s: &str) -> Vec<String> {
        NameKey::new(s).words
    }

    #[rstest]
    #[case("Kane", "Harry Kane", true)]
    #[case("J. Henderson", "Jordan Henderson", true)]
    #[case("J. Henderson", "Dean Henderson", false)]
    #[case("Van Dijk", "Virgil van Dijk", true)]
    #[case("Dijk", "Virgil van Dijk", true)]
    #[case("Harry Kane", "Harry Kane", false)]
    #[case("Kane", "Martin Kane Smith", false)]
    fn surnames(#[case] written: &str, #[case] cand: &str, #[case] expected: bool) {
        assert_eq!(surname_match(&w(written), &w(cand)), expected);
    }

    #[rstest]
    #[case("Harry KANE", "Harry Kane")]
    #[case("SAAD ALSHEEB", "Saad Alsheeb")]
    #[case("Matthijs DE LIGT", "Matthijs De Ligt")]
    #[case("Martin O'NEILL", "Martin O'Neill")]
    #[case("Kylian Mbappé", "Kylian Mbappé")]
    #[case("N'Golo KANTÉ", "N'Golo Kanté")]
    fn display_names(#[case] raw: &str, #[case] expected: &str) {
        assert_eq!(display_name(raw), expected);
    }

    #[test]
    fn roster_then_namesakes_by_birth() {
        let mut idx = PlayerIndex::default();
        let b1 = Date::from_ymd_opt(1942, 1, 1);
        let b2 = Date::from_ymd_opt(1944, 1, 1);
        let jan = NameKey::new("Jan Olsson");
        idx.add(1, 7, &jan, b1, 1966, 1970);
        idx.add(2, 7, &jan, b2, 1966, 1974);
        assert_eq!(
            idx.find("WC-1970", 7, 1970, &NameKey::new("Jan OLSSON"), None),
            Found::Many(vec![1, 2])
        );
        assert_eq!(
            idx.find("WC-1970", 7, 1970, &NameKey::new("Jan OLSSON"), b2),
            Found::One(2, "name+team+birth")
        );
        let e = idx.add(2, 7, &NameKey::new("Jan OLSSON"), b2, 1970, 1970);
        idx.enrol("WC-1970", 7, e);
        assert_eq!(
            idx.find("WC-1970", 7, 1970, &NameKey::new("Olsson"), None),
            Found::One(2, "squad surname")
        );
    }
}
