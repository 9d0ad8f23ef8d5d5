//! What verifiers share: the facts engine, the publication date, men's or women's football, the
//! article's main match and edition, and resolution (cached) of the text's teams, people and
//! scopes to the data.
//!
//! The main match: among the matches of the article's most named teams within a few days
//! before the publication date (or on a day the lead names: "on 30 July 1966", "Fifty years
//! ago today"), the one whose teams the article names most, whose score the text writes, and
//! that lies closest to the anchor day.

use super::tie::Tie;
use crate::discourse::{Discourse, Entity, Referent, TeamRole};
use crate::doc::Doc;
use crate::frames::Frame;
use crate::mentions::{Dim, Direction, Mentions, TimeUnit, Value};
use goalline_core::{Date, Datelike, Days, Gender, PlayerId, TeamId};
use goalline_facts::matches::{MatchFacts, MatchQuery};
use goalline_facts::rows::MatchRow;
use goalline_facts::tournaments::Edition;
use goalline_facts::{Facts, PlayerContext, Resolution};
use std::cell::RefCell;
use std::collections::HashMap;

/// Where the publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// Given by the caller (`--date`).
    Given,
    /// The article's `DATE:` header.
    Header,
    /// Inferred from the text: the latest full date it writes when the main match lies just
    /// before it, else the main match's day.
    Inferred,
    /// Unknown (also what a source this version does not know is read back as).
    #[serde(other)]
    Unknown,
}

/// A person resolved against the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlayerRes {
    /// One player.
    One(PlayerId),
    /// Several candidates.
    Ambiguous(Vec<PlayerId>),
    /// No player of that name in context.
    None,
}

impl PlayerRes {
    /// The player when exactly one.
    pub fn one(&self) -> Option<PlayerId> {
        match self {
            PlayerRes::One(p) => Some(*p),
            _ => None,
        }
    }
}

/// The match a frame is about ([`Context::match_pick`]): the tie, the match when one was
/// identified, and otherwise the candidates when several could be meant.
#[derive(Debug, Clone)]
pub struct MatchPick {
    /// The tie (to no event when several could be meant).
    pub tie: Tie,
    /// The match, when one was identified.
    pub m: Option<MatchFacts>,
    /// The matches that could be meant, when more than one.
    pub candidates: Vec<MatchRow>,
    /// The candidates are every match of the sides named in the time the clause names: the
    /// match meant is one of them for certain.
    pub complete: bool,
}

/// The verifiers' context for one article.
pub struct Context<'a> {
    /// The facts engine.
    pub facts: &'a Facts,
    /// The document.
    pub doc: &'a Doc<'a>,
    /// Its mentions.
    pub mentions: &'a Mentions,
    /// Its discourse.
    pub discourse: &'a Discourse,
    /// Publication date.
    pub date: Option<Date>,
    /// Where it came from.
    pub date_source: DateSource,
    /// Men's or women's football.
    pub gender: Gender,
    /// The match the article is about.
    pub main: Option<MatchFacts>,
    /// The edition of the main match.
    pub edition: Option<Edition>,
    players: RefCell<HashMap<String, PlayerRes>>,
    matches: RefCell<HashMap<goalline_core::MatchId, Option<MatchFacts>>>,
    /// The article's person names by the words of their folded form: word → (folded name,
    /// name as first written), each name once, in text order. Built on first use.
    names_by_word: std::cell::OnceCell<HashMap<String, Vec<(String, String)>>>,
    /// The first competition the article names outside qualifying, built on first use.
    pub(crate) first_competition: std::cell::OnceCell<Option<crate::mentions::CompetitionValue>>,
    /// Answers of questions about the whole text asked per frame (such as "is this score
    /// written beside one of these sides?"), by a key of the asker's: each asked once.
    pub(crate) memo: RefCell<HashMap<String, bool>>,
}

impl std::fmt::Debug for Context<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context")
            .field("date", &self.date)
            .field("gender", &self.gender)
            .field(
                "main",
                &self.main.as_ref().map(|m| m.row.evidence.text.clone()),
            )
            .finish_non_exhaustive()
    }
}

impl<'a> Context<'a> {
    /// Builds the context: date, gender, main match, edition.
    pub fn build(
        facts: &'a Facts,
        doc: &'a Doc<'a>,
        mentions: &'a Mentions,
        discourse: &'a Discourse,
        given: Option<Date>,
    ) -> Context<'a> {
        let (date, date_source) = match (given, doc.header.date) {
            (Some(d), _) => (Some(d), DateSource::Given),
            (None, Some(d)) => (Some(d), DateSource::Header),
            _ => (None, DateSource::Unknown),
        };
        let body = doc.text_of(doc.body);
        let womens = body.contains("Women's")
            || body.contains("Women\u{2019}s")
            || body.contains("women's")
            || mentions.all.iter().any(|m| match &m.value {
                Value::Team(t) => t.gender == Some(Gender::Women),
                Value::Competition(c) => c.gender == Gender::Women,
                _ => false,
            });
        let gender = if womens { Gender::Women } else { Gender::Men };
        let mut ctx = Context {
            facts,
            doc,
            mentions,
            discourse,
            date,
            date_source,
            gender,
            main: None,
            edition: None,
            players: Default::default(),
            matches: Default::default(),
            names_by_word: Default::default(),
            first_competition: Default::default(),
            memo: Default::default(),
        };
        if ctx.date.is_none() {
            // No date given: the latest full date the text writes, when the article's match
            // lies in the days before it (a report written the day after, a tweet's date).
            ctx.infer_date();
        }
        if ctx.main.is_none() {
            ctx.main = ctx.find_main();
        }
        if ctx.date.is_none() {
            if let Some(m) = &ctx.main {
                ctx.date = Some(m.row.date);
                ctx.date_source = DateSource::Inferred;
            }
        }
        ctx.edition = ctx.main.as_ref().and_then(|m| {
            facts
                .edition(&m.row.tournament, None, Some(m.row.date))
                .ok()
                .flatten()
        });
        ctx
    }

    /// Sets the publication date to the latest full date the text writes (with its year) that
    /// the article's match falls at most four days before; leaves it unknown otherwise.
    fn infer_date(&mut self) {
        let mut full: Vec<Date> = self
            .mentions
            .all
            .iter()
            .filter_map(|m| match &m.value {
                Value::Date(d) => ymd(d.year?, d.month?, d.day?),
                _ => None,
            })
            .collect();
        full.sort();
        full.dedup();
        for d in full.into_iter().rev().take(4) {
            self.date = Some(d);
            if let Some(m) = self.find_main() {
                let lag = (d - m.row.date).num_days();
                if (0..=4).contains(&lag) {
                    self.main = Some(m);
                    self.date_source = DateSource::Inferred;
                    return;
                }
            }
        }
        self.date = None;
    }

    /// The main match's label ("2022-12-10 England 1–2 France").
    pub fn main_label(&self) -> Option<String> {
        self.main.as_ref().map(|m| label(&m.row))
    }

    /// Everything about a match (cached).
    pub fn match_facts(&self, id: goalline_core::MatchId) -> Option<MatchFacts> {
        if let Some(m) = &self.main {
            if m.row.id == id {
                return Some(m.clone());
            }
        }
        self.matches
            .borrow_mut()
            .entry(id)
            .or_insert_with(|| self.facts.match_facts(id).ok())
            .clone()
    }

    /// The teams an entity can be: a named team's candidates (one when the article's teams
    /// decide), a role resolved against the main match, a person's teams.
    pub fn teams_of(&self, e: &Entity) -> Vec<TeamId> {
        match &e.referent {
            Referent::Team(t) => {
                if t.teams.len() > 1 {
                    // "La Roja": the candidate the article's focus names.
                    let f: Vec<TeamId> = t
                        .teams
                        .iter()
                        .copied()
                        .filter(|id| self.discourse.focus.teams.iter().any(|x| x.0 == *id))
                        .collect();
                    if f.len() == 1 {
                        return f;
                    }
                }
                t.teams.clone()
            }
            Referent::TeamRole { role } => self.role_team(*role).into_iter().collect(),
            Referent::Person(_) | Referent::Described { .. } => match self.player(e).one() {
                Some(p) => self.facts.player_teams(p).unwrap_or_default(),
                None => Vec::new(),
            },
        }
    }

    /// The one team an entity names, when exactly one.
    pub fn team_of(&self, e: &Entity) -> Option<TeamId> {
        let t = self.teams_of(e);
        (t.len() == 1).then(|| t[0])
    }

    /// The team an entity names among the two of a match (a candidate that played in it).
    pub fn team_in(&self, e: &Entity, m: &MatchFacts) -> Option<TeamId> {
        let c: Vec<TeamId> = self
            .teams_of(e)
            .into_iter()
            .filter(|t| m.involves(*t))
            .collect();
        (c.len() == 1).then(|| c[0])
    }

    fn role_team(&self, role: TeamRole) -> Option<TeamId> {
        let m = self.main.as_ref()?;
        match role {
            TeamRole::Hosts => {
                let country = m.row.country.as_deref()?;
                [m.row.home, m.row.away]
                    .into_iter()
                    .find(|t| self.facts.team_name(*t) == country)
                    .or((!m.row.neutral).then_some(m.row.home))
                    .or_else(|| {
                        // Neither side at home: the host nation of the tournament ("Germany
                        // humiliated the hosts" in a report of a final between two others).
                        (m.row.tournament != "Friendly")
                            .then(|| {
                                self.facts
                                    .team(country, Some(m.row.date), Some(self.gender))
                            })
                            .and_then(|r| r.ok())
                    })
            }
            TeamRole::Visitors => (!m.row.neutral).then_some(m.row.away),
            TeamRole::Winners => m.result.winner,
            TeamRole::Losers => m.result.winner.map(|w| m.row.opponent(w)),
            TeamRole::Holders => None,
            TeamRole::Continental(c) => {
                let want = match c {
                    crate::discourse::entities::Confederation::SouthAmerica => "CONMEBOL",
                    crate::discourse::entities::Confederation::Europe => "UEFA",
                    crate::discourse::entities::Confederation::Africa => "CAF",
                    crate::discourse::entities::Confederation::Asia => "AFC",
                    crate::discourse::entities::Confederation::NorthAmerica => "CONCACAF",
                };
                let hits: Vec<TeamId> = [m.row.home, m.row.away]
                    .into_iter()
                    .filter(|t| {
                        self.facts
                            .teams()
                            .team(*t)
                            .and_then(|r| r.confederation.as_deref())
                            == Some(want)
                    })
                    .collect();
                (hits.len() == 1).then(|| hits[0])
            }
        }
    }

    /// Resolves a person entity to a player (cached by name): first among the main match's
    /// teams and the article's teams around the main match's day, then anywhere for full names.
    pub fn player(&self, e: &Entity) -> PlayerRes {
        let name = match &e.referent {
            Referent::Person(p) => p.name.clone(),
            _ => return PlayerRes::None,
        };
        self.player_named(&name)
    }

    /// Resolves a person's name (cached).
    pub fn player_named(&self, name: &str) -> PlayerRes {
        let key = goalline_core::names::fold(name);
        if let Some(r) = self.players.borrow().get(&key) {
            return r.clone();
        }
        let mut r = self.resolve_player(name);
        // A German umlaut transliterated ("Mueller", "Matthaeus", "Loew"): the folded
        // spelling of the data ("muller", "matthaus", "low").
        if r == PlayerRes::None {
            let plain = key.replace("ae", "a").replace("oe", "o").replace("ue", "u");
            if plain != key {
                r = self.resolve_player(&plain);
            }
        }
        self.players.borrow_mut().insert(key, r.clone());
        r
    }

    fn resolve_player(&self, name: &str) -> PlayerRes {
        // A surname of someone named in full earlier in the article.
        let key = goalline_core::names::fold(name);
        if !key.contains(' ') {
            let mut fulls: Vec<PlayerId> = Vec::new();
            // The names holding that word (an index built once, not a scan of the article's
            // mentions per surname).
            let names = self.names_by_word.get_or_init(|| {
                let mut by: HashMap<String, Vec<(String, String)>> = HashMap::new();
                let mut seen: std::collections::HashSet<String> = Default::default();
                for m in &self.mentions.all {
                    if let Value::Person(p) = &m.value {
                        let f = goalline_core::names::fold(&p.name);
                        if !seen.insert(f.clone()) {
                            continue;
                        }
                        let mut words: Vec<&str> = f.split(' ').collect();
                        words.sort_unstable();
                        words.dedup();
                        for w in words {
                            by.entry(w.to_string())
                                .or_default()
                                .push((f.clone(), p.name.clone()));
                        }
                    }
                }
                by
            });
            for (f, name) in names.get(&key).map(Vec::as_slice).unwrap_or(&[]) {
                if *f != key {
                    if let Some(id) = self.player_named(name).one() {
                        if !fulls.contains(&id) {
                            fulls.push(id);
                        }
                    }
                }
            }
            if fulls.len() == 1 {
                return PlayerRes::One(fulls[0]);
            }
            if fulls.len() > 1 {
                // "Martínez" after both Lautaro and Lisandro Martínez: not one player.
                return PlayerRes::Ambiguous(fulls);
            }
        }
        let date = self.main.as_ref().map(|m| m.row.date).or(self.date);
        let mut teams: Vec<TeamId> = Vec::new();
        if let Some(m) = &self.main {
            teams.push(m.row.home);
            teams.push(m.row.away);
        }
        for (t, _, _) in &self.discourse.focus.teams {
            if !teams.contains(t) {
                teams.push(*t);
            }
        }
        let mut ambiguous = Vec::new();
        // The main match's two sides together: a name one side holds once and the other
        // several times ("Martínez" for Colombia and Argentina) stays ambiguous.
        let main_sides = if self.main.is_some() { 2 } else { 0 };
        let mut both: Vec<PlayerId> = Vec::new();
        for t in teams.iter().take(main_sides) {
            match self.facts.resolve_player(
                name,
                PlayerContext {
                    team: Some(*t),
                    date,
                    gender: Some(self.gender),
                },
            ) {
                Ok(Resolution::One(p)) => both.push(p),
                Ok(Resolution::Ambiguous(ps)) => both.extend(ps),
                _ => {}
            }
        }
        both.sort();
        both.dedup();
        match both.len() {
            0 => {}
            1 => return PlayerRes::One(both[0]),
            _ => return PlayerRes::Ambiguous(both),
        }
        for t in teams.iter().take(6).skip(main_sides) {
            match self.facts.resolve_player(
                name,
                PlayerContext {
                    team: Some(*t),
                    date,
                    gender: Some(self.gender),
                },
            ) {
                Ok(Resolution::One(p)) => return PlayerRes::One(p),
                Ok(Resolution::Ambiguous(ps)) if ambiguous.is_empty() => ambiguous = ps,
                _ => {}
            }
        }
        if !ambiguous.is_empty() {
            return PlayerRes::Ambiguous(ambiguous);
        }
        if name.contains(' ') {
            match self.facts.resolve_player(
                name,
                PlayerContext {
                    team: None,
                    date,
                    gender: Some(self.gender),
                },
            ) {
                Ok(Resolution::One(p)) => return PlayerRes::One(p),
                Ok(Resolution::Ambiguous(ps)) => return PlayerRes::Ambiguous(ps),
                _ => {}
            }
            // A full name of another era ("Gerd Müller" in a 2014 piece): unique in the data.
            if let Ok(Resolution::One(p)) = self.facts.resolve_player(
                name,
                PlayerContext {
                    team: None,
                    date: None,
                    gender: Some(self.gender),
                },
            ) {
                return PlayerRes::One(p);
            }
            // A first name the data spell otherwise ("Arnaldo Ortega" for Ariel Ortega): the
            // surname within the main match's sides, when exactly one player of that surname
            // has a first name with the same initial.
            let words: Vec<&str> = key.split(' ').collect();
            if let (Some(first), Some(last)) = (words.first(), words.last()) {
                let initial = first.chars().next();
                let mut found: Vec<PlayerId> = Vec::new();
                for t in teams.iter().take(2) {
                    if let Ok(Resolution::One(p)) = self.facts.resolve_player(
                        last,
                        PlayerContext {
                            team: Some(*t),
                            date,
                            gender: Some(self.gender),
                        },
                    ) {
                        found.push(p);
                    }
                }
                let same_initial: Vec<PlayerId> = found
                    .into_iter()
                    .filter(|p| {
                        self.facts
                            .player_row(*p)
                            .ok()
                            .flatten()
                            .and_then(|r| {
                                goalline_core::names::fold(
                                    r.given_name.as_deref().unwrap_or(&r.name),
                                )
                                .chars()
                                .next()
                                .map(|c| Some(c) == initial)
                            })
                            .unwrap_or(false)
                    })
                    .collect();
                if same_initial.len() == 1 && words.len() == 2 {
                    return PlayerRes::One(same_initial[0]);
                }
            }
        }
        PlayerRes::None
    }

    /// The match a frame is about, and how surely (see [`super::tie`]):
    ///
    /// 1. a clause with a time of its own or inherited from the clause it qualifies (a year, a
    ///    date, an edition, "N years ago", "last month") is about a match of that time between
    ///    the teams it names, found only when the data hold exactly one; certain when two
    ///    teams are named;
    /// 2. a clause naming a stage other than the main match's is about the match of the named
    ///    teams at that stage of the edition, when there is one;
    /// 3. a clause whose teams all played in the main match (or that names none) is about the
    ///    main match — certainly only when nothing around it points elsewhere: no background
    ///    marker ("previous", "that final", "history"), no other time in its sentence, no
    ///    other time earlier in its paragraph (unless it is anchored to the present by a
    ///    weekday or "yesterday");
    /// 4. a clause naming a team that did not play in the main match is about a match of the
    ///    teams it names within ten days of the publication date, when there is exactly one;
    ///    certain when it names both sides and nothing points elsewhere.
    pub fn match_for(&self, frame: &Frame, sides: &[&Entity]) -> (Tie, Option<MatchFacts>) {
        let p = self.match_pick(frame, sides);
        (p.tie, p.m)
    }

    /// Like [`Context::match_for`], with the candidates when several matches could be meant:
    /// a verifier may then judge the claim against each ("England beat West Germany 4-2 in
    /// 1966": a friendly and the final).
    pub fn match_pick(&self, frame: &Frame, sides: &[&Entity]) -> MatchPick {
        let mut candidates = Vec::new();
        let mut complete = false;
        let (tie, m) = self.match_for_inner(frame, sides, &mut candidates, &mut complete);
        MatchPick {
            tie,
            m,
            candidates,
            complete,
        }
    }

    fn match_for_inner(
        &self,
        frame: &Frame,
        sides: &[&Entity],
        candidates: &mut Vec<MatchRow>,
        complete: &mut bool,
    ) -> (Tie, Option<MatchFacts>) {
        // Each side named: the teams it can be ("Yugoslavia" is a team of its own in one source
        // and Serbia's former name in another); a side with no candidate is unresolved.
        let mut teams: Vec<Vec<TeamId>> = Vec::new();
        let mut unresolved = false;
        for e in frame.scope.teams.iter().chain(sides.iter().copied()) {
            if !e.is_team() {
                continue;
            }
            let c = self.teams_of(e);
            if c.is_empty() {
                unresolved = true;
            } else if !teams.iter().any(|t| t == &c) {
                teams.push(c);
            }
        }
        let own = &frame.scope.time;
        let inherited = &frame.scope.sentence_time;
        let whole = &frame.scope.sentence_any;
        let main = self.main.as_ref();
        let other_time = |c: &crate::discourse::TimeCues| self.other_time(c);
        // A claim not about the future is about a match played by the publication day (a day's
        // grace for time zones): "opened their defence with a 2-1 defeat by Argentina" is never
        // the final a week after the article.
        let played_by = (frame.modality != crate::discourse::Modality::Future)
            .then_some(self.date)
            .flatten()
            .and_then(|d| d.checked_add_days(Days::new(1)));
        let cap = |to: Date| played_by.map_or(to, |p| to.min(p));
        // 1. A time of the clause's own.
        if let Some((from, to)) = other_time(own).or_else(|| other_time(inherited)) {
            let found = self.find_all(&teams, from, cap(to));
            if let Some(v) = found.as_deref().filter(|v| v.len() > 1) {
                *candidates = v.to_vec();
                // Every match of both sides in the time written: the one meant is among them.
                *complete = teams.len() >= 2 && !unresolved;
            }
            return self.unique(
                &teams,
                found.as_deref(),
                teams.len() >= 2,
                "the clause names another time",
            );
        }
        if own.shifted.is_some() || inherited.shifted.is_some() {
            return (
                Tie::none("the clause speaks of another time (\"years later\") it does not date"),
                None,
            );
        }
        let Some(main) = main else {
            return (
                Tie::none("the article's match was not found in the data"),
                None,
            );
        };
        let mut background: Vec<String> = own
            .background
            .iter()
            .chain(inherited.background.iter())
            .map(|b| b.to_string())
            .collect();
        background.dedup();
        let anchored_now = own.weekday.is_some()
            || own.relative_day.is_some()
            || inherited.weekday.is_some()
            || inherited.relative_day.is_some();
        let elsewhere: Option<String> = if !background.is_empty() {
            Some(format!("background ({})", background.join(", ")))
        } else if anchored_now {
            None
        } else if let Some(t) = other_time(whole) {
            Some(format!("its sentence also speaks of {}", t.0.year()))
        } else {
            frame
                .scope
                .preceding
                .iter()
                .find(|p| other_time(p).is_some() || p.years_ago.is_some() || p.shifted.is_some())
                .map(|p| {
                    format!(
                        "the paragraph speaks of another time{}",
                        p.year().map(|y| format!(" ({y})")).unwrap_or_default()
                    )
                })
        };
        // 2. Another stage of the edition.
        let stage_named = own.stage.or(inherited.stage);
        if let (Some(named), Some(real)) = (stage_named, main.stage) {
            if !same_stage(named, real) {
                if let Some(found) = self.match_at_stage(&teams, named) {
                    let certain = teams.len() >= 2 && elsewhere.is_none();
                    return (
                        Tie::to_match(
                            found.row.id,
                            label(&found.row),
                            certain,
                            format!("the {} of the edition", named.label()),
                        ),
                        Some(found),
                    );
                }
                return (
                    Tie::to_match(
                        main.row.id,
                        label(&main.row),
                        false,
                        format!(
                            "the sentence names the {}, the article's match was the {}",
                            named.label(),
                            real.label()
                        ),
                    ),
                    Some(main.clone()),
                );
            }
        }
        // 3. The main match.
        if teams.iter().all(|c| c.iter().any(|t| main.involves(*t))) && !unresolved {
            return match elsewhere
                .clone()
                .or_else(|| self.main_elsewhere(frame, main))
            {
                Some(why) => (
                    Tie::to_match(main.row.id, label(&main.row), false, why),
                    Some(main.clone()),
                ),
                None => (
                    Tie::to_match(main.row.id, label(&main.row), true, "the article's match"),
                    Some(main.clone()),
                ),
            };
        }
        if unresolved {
            return (Tie::none("a side named is not known to the data"), None);
        }
        // 4. Another match of the named teams close to the publication date.
        // In a look back (the article's match more than a month before it), near that match.
        let anchor = match self.date {
            Some(d) if !self.looks_back() => d,
            _ => main.row.date,
        };
        let from = anchor.checked_sub_days(Days::new(10)).unwrap_or(anchor);
        let to = cap(anchor.checked_add_days(Days::new(10)).unwrap_or(anchor));
        let mut near = self.find_all(&teams, from, to);
        // Several near: the one on the weekday the clause names ("Tuesday's 3-0 win over
        // Hungary"), when exactly one is; a side and its day identify a match for certain.
        let mut by_day = false;
        if let (Some(v), Some(w)) = (near.as_mut(), own.weekday.or(inherited.weekday)) {
            let on: Vec<MatchRow> = v
                .iter()
                .filter(|m| m.date.weekday() == w)
                .cloned()
                .collect();
            if on.len() == 1 {
                *v = on;
                by_day = true;
            }
        }
        let (mut tie, mut m) = self.unique(
            &teams,
            near.as_deref(),
            teams.len() >= 2 || by_day,
            if by_day {
                "the match of the side named on the day named"
            } else {
                "another match of the teams named"
            },
        );
        // 5. Earlier in the main match's edition ("who opened their defence with a 2-1 defeat by
        // Argentina" in a report of a quarter-final two weeks later), up to the publication day.
        if m.is_none() && near.is_some_and(|v| v.is_empty()) {
            if let Some(ed) = &self.edition {
                let to = cap(ed.to.min(anchor.max(main.row.date)));
                if ed.from < from && ed.from <= to {
                    // Loosely: the words may speak of the edition rather than that match
                    // ("edged through ahead of Spain" after a draw with them).
                    let (t2, m2) = self.find_unique(
                        &teams,
                        ed.from,
                        to.min(from),
                        false,
                        "a match earlier in the article's edition",
                    );
                    if m2.is_some() {
                        (tie, m) = (t2, m2);
                    }
                }
            }
        }
        match elsewhere {
            Some(why) if tie.certain => (tie.uncertain(why), m),
            _ => (tie, m),
        }
    }

    /// Why a clause tied to the article's match by its sides may still speak of another one:
    /// a shoot-out the match did not have ("they went through to the semi-finals on penalties
    /// after a 1-1 draw" in a report of the final), or a place written after in/at that the
    /// data do not give for it ("a goalless draw with Mexico in Denver followed" in a preview of
    /// their final; "Santiago Giménez struck" names no place).
    fn main_elsewhere(&self, frame: &Frame, main: &MatchFacts) -> Option<String> {
        let seg = self
            .discourse
            .segment(frame.trigger.start())
            .map(|s| s.span.cover(frame.span))
            .unwrap_or(frame.span);
        let seg_text = self.doc.text_of(seg).to_lowercase();
        let shootout_said = [
            "on penalties",
            "shoot-out",
            "shootout",
            "spot-kicks",
            "on pens",
        ]
        .iter()
        .any(|w| seg_text.contains(w));
        if shootout_said && main.result.shootout.is_none() && main.result.shootout_score.is_none() {
            return Some("the clause speaks of a shoot-out; the article's match had none".into());
        }
        let v = self
            .mentions
            .of(seg, Dim::Venue)
            .find_map(|m| match &m.value {
                Value::Venue(v) if v.kind != crate::mentions::VenueKind::Country => {
                    let from = m.span.start().saturating_sub(12);
                    let before = self
                        .doc
                        .text_of(self.doc.span(from, m.span.start()))
                        .trim_end()
                        .to_lowercase();
                    let placed = [" in", " at", " in the", " at the"]
                        .iter()
                        .any(|w| before.ends_with(w));
                    placed.then_some(v)
                }
                _ => None,
            })?;
        let pair = [(
            v.name.clone(),
            crate::verify::event::place_kind(self, &v.name),
        )];
        let check = crate::verify::event::check_places(self, main, &pair);
        check.holds.is_empty().then(|| {
            format!(
                "the clause names a place the data do not give for it ({})",
                v.name
            )
        })
    }

    /// True in a look back: the article's match was played more than a month before the
    /// article (an anniversary piece). Searches then start from the match, not the article's day.
    pub fn looks_back(&self) -> bool {
        matches!((self.date, self.main.as_ref()), (Some(p), Some(m)) if (p - m.row.date).num_days() > 30)
    }

    /// The days a set of time cues points to, when they point away from the main match: an
    /// explicit year or date, "N years ago", "last month"/"last year"/"this year".
    pub fn other_time(&self, c: &crate::discourse::TimeCues) -> Option<(Date, Date)> {
        let main = self.main.as_ref();
        let pub_date = self.date?;
        if let Some(y) = c.years_ago {
            let y = pub_date.year() - y as i32;
            return Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?));
        }
        if let Some(p) = c.period {
            use crate::discourse::time::Period;
            let (from, to) = match p {
                Period::LastMonth => (
                    pub_date.checked_sub_days(Days::new(62))?,
                    pub_date.checked_sub_days(Days::new(1))?,
                ),
                Period::LastYear => (
                    ymd(pub_date.year() - 1, 1, 1)?,
                    ymd(pub_date.year() - 1, 12, 31)?,
                ),
                Period::ThisYear => (ymd(pub_date.year(), 1, 1)?, pub_date),
                Period::LastNamedMonth(m) => {
                    // The latest such month before the publication's month.
                    let y = if m < pub_date.month() {
                        pub_date.year()
                    } else {
                        pub_date.year() - 1
                    };
                    let from = ymd(y, m, 1)?;
                    let next = if m == 12 {
                        ymd(y + 1, 1, 1)?
                    } else {
                        ymd(y, m + 1, 1)?
                    };
                    (from, next.pred_opt()?)
                }
            };
            if main.is_some_and(|mm| mm.row.date >= from && mm.row.date <= to) {
                return None;
            }
            return Some((from, to));
        }
        // A day and month without a year ("on June 20"): the main match's year.
        if let (None, Some(d)) = (c.year(), c.date) {
            if let (Some(mo), Some(da), Some(mm)) = (d.month, d.day, main) {
                let x = ymd(mm.row.date.year(), mo, da)?;
                if (x - mm.row.date).num_days().abs() > 1 {
                    return Some((x, x));
                }
                return None;
            }
        }
        // An edition named by its year ("Euro 2020", played in 2021): its own dates.
        if c.date.and_then(|d| d.year).is_none() {
            if let Some(ed) = c
                .edition
                .as_ref()
                .and_then(|e| crate::verify::event::edition_of(self, e, None))
            {
                if main.is_some_and(|mm| mm.row.date >= ed.from && mm.row.date <= ed.to) {
                    return None;
                }
                return Some((ed.from, ed.to));
            }
        }
        let y = c.year()?;
        let (m, d) = c.date.map(|d| (d.month, d.day)).unwrap_or((None, None));
        let from = ymd(y, m.unwrap_or(1), d.unwrap_or(1))?;
        let to = match (m, d) {
            (Some(m), Some(d)) => ymd(y, m, d)?,
            (Some(m), None) => ymd(y, m, 28)?.checked_add_days(Days::new(3))?,
            _ => ymd(y, 12, 31)?,
        };
        if main.is_some_and(|mm| mm.row.date >= from && mm.row.date <= to) {
            return None; // the main match's own year or date
        }
        Some((from, to))
    }

    /// The match of the named teams at a stage of the main match's edition, when exactly one.
    fn match_at_stage(
        &self,
        teams: &[Vec<TeamId>],
        stage: goalline_core::Stage,
    ) -> Option<MatchFacts> {
        let ed = self.edition.as_ref()?;
        if teams.is_empty() {
            return None;
        }
        let rows = self.facts.edition_matches(ed).ok()?;
        let mut found: Vec<MatchFacts> = Vec::new();
        for m in rows.iter().filter(|m| plays_all(m, teams)) {
            if let Some(mf) = self.match_facts(m.id) {
                if mf.stage.is_some_and(|s| same_stage(s, stage)) {
                    found.push(mf);
                }
            }
        }
        (found.len() == 1).then(|| found.remove(0))
    }

    /// Every match in a window that all the named teams played (each named side may be one
    /// of several teams); `None` when the data could not be searched.
    fn find_all(&self, teams: &[Vec<TeamId>], from: Date, to: Date) -> Option<Vec<MatchRow>> {
        let mut found: Vec<MatchRow> = Vec::new();
        let Some(firsts) = teams.first() else {
            return Some(found);
        };
        if from > to {
            return Some(found);
        }
        for first in firsts {
            let q = MatchQuery {
                teams: vec![*first],
                from: Some(from),
                to: Some(to),
                gender: Some(self.gender),
                ..Default::default()
            };
            let rows = self.facts.find_matches(&q).ok()?;
            for m in rows.into_iter().filter(|m| plays_all(m, teams)) {
                if !found.iter().any(|f| f.id == m.id) {
                    found.push(m);
                }
            }
        }
        Some(found)
    }

    fn find_unique(
        &self,
        teams: &[Vec<TeamId>],
        from: Date,
        to: Date,
        certain: bool,
        why: &str,
    ) -> (Tie, Option<MatchFacts>) {
        let found = self.find_all(teams, from, to);
        self.unique(teams, found.as_deref(), certain, why)
    }

    /// The one match of a search (`None`: the data could not be searched), tied with
    /// `certain`; none or several give no match, with the reason.
    fn unique(
        &self,
        teams: &[Vec<TeamId>],
        found: Option<&[MatchRow]>,
        certain: bool,
        why: &str,
    ) -> (Tie, Option<MatchFacts>) {
        if teams.is_empty() {
            return (Tie::none(format!("{why}, but no team")), None);
        }
        let Some(found) = found else {
            return (Tie::none("the data could not be searched"), None);
        };
        match found {
            [m] => {
                let mf = self.match_facts(m.id);
                (Tie::to_match(m.id, label(m), certain, why.to_string()), mf)
            }
            [] => (Tie::none(format!("{why}: no such match in the data")), None),
            _ => (
                Tie::none(format!("{why}: {} matches could be meant", found.len())),
                None,
            ),
        }
    }

    fn find_main(&self) -> Option<MatchFacts> {
        let focus = &self.discourse.focus.teams;
        let top: Vec<TeamId> = focus.iter().take(4).map(|t| t.0).collect();
        let weight: HashMap<TeamId, usize> = focus.iter().map(|t| (t.0, t.2)).collect();
        let scores: Vec<(u32, u32)> = self
            .mentions
            .all
            .iter()
            .filter_map(|m| match &m.value {
                Value::Score(s) => Some((s.a, s.b)),
                _ => None,
            })
            .collect();
        let mut windows: Vec<(Option<Date>, Option<Date>, Option<Date>)> = match self.date {
            Some(d) => vec![(
                d.checked_sub_days(Days::new(4)),
                d.checked_add_days(Days::new(1)),
                Some(d),
            )],
            None => vec![(None, None, None)],
        };
        for a in self.lead_anchors() {
            windows.push((
                a.checked_sub_days(Days::new(1)),
                a.checked_add_days(Days::new(1)),
                Some(a),
            ));
        }
        let mut best: Option<(i64, MatchRow)> = None;
        for (k, (from, to, anchor)) in windows.into_iter().enumerate() {
            // The publication window is preferred; a day the lead names ("Seventy years ago
            // today", "on July 4, 1954") wins when its match is the one the article names most.
            let bonus: i64 = if k == 0 { 3 } else { 0 };
            for &t in &top {
                let Ok(ms) = self.facts.find_matches(&MatchQuery {
                    teams: vec![t],
                    from,
                    to,
                    gender: Some(self.gender),
                    ..Default::default()
                }) else {
                    continue;
                };
                for m in ms {
                    let other = m.opponent(t);
                    let (a, b) = (
                        weight.get(&t).copied().unwrap_or(0) as i64,
                        weight.get(&other).copied().unwrap_or(0) as i64,
                    );
                    if b == 0 {
                        continue;
                    }
                    let mut score = a + b + bonus;
                    if let (Some(h), Some(w)) = (m.home_score, m.away_score) {
                        if scores
                            .iter()
                            .any(|&(x, y)| (x, y) == (h, w) || (y, x) == (h, w))
                        {
                            score += 4;
                        }
                    }
                    if let Some(d) = anchor {
                        score -= 2 * (d - m.date).num_days().abs();
                    }
                    if best.as_ref().is_none_or(|(s, _)| score > *s) {
                        best = Some((score, m));
                    }
                }
            }
        }
        best.and_then(|(_, m)| self.facts.match_facts(m.id).ok())
    }

    /// Days the lead (first three sentences) points to besides the publication date: a full
    /// date with its year, or "N years ago today".
    fn lead_anchors(&self) -> Vec<Date> {
        let lead_end = self
            .doc
            .sentences
            .get(2)
            .or(self.doc.sentences.last())
            .map(|s| s.span.end())
            .unwrap_or(0);
        let mut out = Vec::new();
        // "it was on this day in 1982 that …": the publication day, that year.
        if let Some(p) = self.date {
            for m in &self.mentions.all {
                if let Value::Date(d) = &m.value {
                    let (Some(y), None) = (d.year, d.month) else {
                        continue;
                    };
                    let before = self
                        .doc
                        .text_of(
                            self.doc
                                .span(m.span.start().saturating_sub(16), m.span.start()),
                        )
                        .to_lowercase();
                    if before.trim_end().ends_with("on this day in") {
                        if let Some(x) = p.with_year(y) {
                            out.push(x);
                        }
                    }
                }
            }
        }
        for m in self
            .mentions
            .all
            .iter()
            .filter(|m| m.span.end() <= lead_end)
        {
            match &m.value {
                Value::Date(d) => {
                    if let (Some(y), Some(mo), Some(da)) = (d.year, d.month, d.day) {
                        if let Some(x) = ymd(y, mo, da) {
                            if self.date.is_none_or(|p| (p - x).num_days().abs() > 5) {
                                out.push(x);
                            }
                        }
                    }
                }
                Value::Duration(d) if d.direction == Direction::Ago && d.unit == TimeUnit::Year => {
                    let after = self
                        .doc
                        .text_of(self.doc.span(m.span.end(), m.span.end() + 20));
                    let today = after.trim_start().to_lowercase();
                    if today.starts_with("today")
                        || today.starts_with("tonight")
                        || today.starts_with("this week")
                    {
                        if let Some(p) = self.date {
                            if let Some(x) = p.with_year(p.year() - d.amount as i32) {
                                out.push(x);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }
}

/// True when every side (a set of candidate teams) has a team in the match.
fn plays_all(m: &MatchRow, sides: &[Vec<TeamId>]) -> bool {
    sides
        .iter()
        .all(|c| c.iter().any(|t| m.home == *t || m.away == *t))
}

/// Two stages that the press and the data may name differently count as the same: the
/// round of 16 and the second round, the second group stage and the quarter-finals of the
/// editions that had one (1974–1982: "the last eight").
pub fn same_stage(a: goalline_core::Stage, b: goalline_core::Stage) -> bool {
    use goalline_core::Stage::*;
    a == b
        || matches!(
            (a, b),
            (SecondGroupStage, QuarterFinal)
                | (QuarterFinal, SecondGroupStage)
                | (SecondGroupStage, RoundOf16)
                | (RoundOf16, SecondGroupStage)
                | (FinalRound, Final)
                | (Final, FinalRound)
        )
}

/// `2022-12-10 England 1–2 France`.
pub fn label(m: &MatchRow) -> String {
    let score = match (m.home_score, m.away_score) {
        (Some(h), Some(a)) => format!("{h}–{a}"),
        _ => "?–?".into(),
    };
    format!(
        "{} {} {score} {} ({})",
        m.date, m.home_name, m.away_name, m.tournament
    )
}

fn ymd(y: i32, m: u32, d: u32) -> Option<Date> {
    Date::from_ymd_opt(y, m, d)
}
