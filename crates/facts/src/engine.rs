//! The facts engine's entry point: a store plus the indexes every question needs.

use crate::resolve::{Resolution, TeamIndex};
use crate::FactsError;
use goalline_core::{names, Date, Datelike, Gender, PlayerId, TeamId};
use goalline_store::{
    PlayerRow, ScorerRow, Store, UnattributedRow, WcGoalRow, WcInfo, WcTournamentRow,
};
use std::sync::Arc;

/// Context that narrows a player name: the team, the day, men's or women's.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlayerContext {
    /// The player's team.
    pub team: Option<TeamId>,
    /// A day on which the player was active.
    pub date: Option<Date>,
    /// Men's or women's.
    pub gender: Option<Gender>,
}

/// The facts engine.
#[derive(Clone)]
pub struct Facts {
    store: Arc<dyn Store>,
    teams: Arc<TeamIndex>,
    pub(crate) cache: Arc<crate::cache::Caches>,
}

impl std::fmt::Debug for Facts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Facts").finish_non_exhaustive()
    }
}

impl Facts {
    /// Builds the engine over a store (loads the team index once).
    pub fn new(store: Arc<dyn Store>) -> Result<Facts, FactsError> {
        let teams = Arc::new(TeamIndex::load(store.as_ref())?);
        Ok(Facts {
            store,
            teams,
            cache: Default::default(),
        })
    }

    /// Every World Cup tournament, match and goal, loaded on first use and kept (World Cup
    /// records and milestones). A question that needs only the tournaments, the matches or one
    /// gender's goals asks [`Facts::wc_tournaments`], [`Facts::wc_matches`] or
    /// [`Facts::wc_goals`]: loading every goal is most of a cold process's work.
    pub fn wc_index(&self) -> Result<Arc<crate::wcindex::WcIndex>, FactsError> {
        if let Some(ix) = self.cache.wc.get() {
            return Ok(ix.clone());
        }
        let ix = Arc::new(crate::wcindex::WcIndex::from_parts(
            self.wc_tournaments()?.as_ref().clone(),
            self.wc_matches()?.as_ref().clone(),
            &self.wc_goals(Gender::Men)?,
            &self.wc_goals(Gender::Women)?,
        ));
        Ok(self.cache.wc.get_or_init(|| ix).clone())
    }

    /// Fjelstul's World Cup tournaments (both genders), oldest first; loaded once.
    pub fn wc_tournaments(&self) -> Result<Arc<Vec<WcTournamentRow>>, FactsError> {
        if let Some(t) = self.cache.wc_tournaments.get() {
            return Ok(t.clone());
        }
        let t = Arc::new(self.store.wc_tournaments()?);
        Ok(self.cache.wc_tournaments.get_or_init(|| t).clone())
    }

    /// One Fjelstul World Cup tournament by id (`WC-2022`).
    pub fn wc_tournament(&self, id: &str) -> Result<Option<WcTournamentRow>, FactsError> {
        Ok(self.wc_tournaments()?.iter().find(|t| t.id == id).cloned())
    }

    /// Every Fjelstul World Cup match (both genders), in date order; loaded once.
    pub fn wc_matches(&self) -> Result<Arc<Vec<WcInfo>>, FactsError> {
        if let Some(m) = self.cache.wc_matches.get() {
            return Ok(m.clone());
        }
        let m = Arc::new(self.store.wc_matches(None)?);
        Ok(self.cache.wc_matches.get_or_init(|| m).clone())
    }

    /// A team's Fjelstul World Cup matches of one gender, in date order: from every World Cup
    /// match when those are loaded, else the team's own (one query).
    pub fn wc_team_matches(&self, team: TeamId, gender: Gender) -> Result<Vec<WcInfo>, FactsError> {
        let mine = |w: &WcInfo| w.gender == gender && (w.home == team || w.away == team);
        if let Some(all) = self.cache.wc_matches.get() {
            return Ok(all.iter().filter(|w| mine(w)).cloned().collect());
        }
        let mut out: Vec<WcInfo> = self
            .store
            .team_wc_matches(team)?
            .into_iter()
            .filter(|w| mine(w))
            .collect();
        // The order of every World Cup match: day, kick-off, Fjelstul id.
        out.sort_by(|a, b| (a.date, &a.time, &a.wc_match).cmp(&(b.date, &b.time, &b.wc_match)));
        Ok(out)
    }

    /// Every Fjelstul World Cup goal of one gender (own goals included, flagged), in date and
    /// minute order; loaded once per gender, in one query.
    pub fn wc_goals(&self, gender: Gender) -> Result<Arc<Vec<WcGoalRow>>, FactsError> {
        let slot = &self.cache.wc_goals[match gender {
            Gender::Men => 0,
            Gender::Women => 1,
        }];
        if let Some(g) = slot.get() {
            return Ok(g.clone());
        }
        let mut goals = self.store.gender_wc_goals(gender)?;
        // Already in this order (the query's); a stable sort keeps it.
        crate::wcindex::sort_goals(&mut goals);
        let g = Arc::new(goals);
        Ok(slot.get_or_init(|| g).clone())
    }

    /// A team's men's matches and scorer rows, loaded on first use and kept.
    pub fn team_ledger(&self, team: TeamId) -> Result<Arc<crate::cache::TeamLedger>, FactsError> {
        self.cache.ledger(self.store.as_ref(), team)
    }

    /// A team's martj42 scorer rows (own goals included, date order), loaded on first use and
    /// kept (shared with its ledger).
    pub fn team_scorer_rows(&self, team: TeamId) -> Result<Arc<Vec<ScorerRow>>, FactsError> {
        self.cache.scorer_rows(self.store.as_ref(), team)
    }

    /// A team's men's matches with goals not known by scorer (derived at import), loaded on
    /// first use and kept.
    pub fn team_unattributed(&self, team: TeamId) -> Result<Arc<Vec<UnattributedRow>>, FactsError> {
        self.cache.unattributed(self.store.as_ref(), team)
    }

    /// The underlying store.
    pub fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    /// The team index.
    pub fn teams(&self) -> &TeamIndex {
        &self.teams
    }

    /// Name of a team.
    pub fn team_name(&self, id: TeamId) -> &str {
        self.teams.name(id)
    }

    /// The name a team had on `date` (a former name valid that day, else the current one).
    pub fn team_name_on(&self, id: TeamId, date: Date) -> &str {
        self.teams.name_on(id, date)
    }

    /// Resolves a team name or fails with candidates / suggestions.
    pub fn team(
        &self,
        name: &str,
        date: Option<Date>,
        gender: Option<Gender>,
    ) -> Result<TeamId, FactsError> {
        self.teams.require(name, date, gender)
    }

    /// Resolves a player name in context. Full names match on the whole name in any word order;
    /// a single word matches a surname, a mononym or a family name written first. Context
    /// (team, era, gender) removes candidates; what remains is returned, never guessed.
    pub fn resolve_player(
        &self,
        name: &str,
        ctx: PlayerContext,
    ) -> Result<Resolution<PlayerId>, FactsError> {
        let folded = names::fold(name);
        if folded.is_empty() {
            return Ok(Resolution::None);
        }
        let key = names::sorted_key(name);
        let single = !folded.contains(' ');
        let mut cands: Vec<PlayerRow> = if single {
            self.store.players_named(&folded)?
        } else {
            let mut v = self.store.players_named(&key)?;
            v.retain(|p| names::sorted_key(&p.name) == key || names::fold(&p.name) == folded);
            if v.is_empty() {
                // "Mbappe" written as "Kylian Mbappé Lottin": try the last word, then check the
                // given words appear in the candidate's name.
                if let Some(last) = folded.rsplit(' ').next() {
                    let words: Vec<&str> = folded.split(' ').collect();
                    v = self
                        .store
                        .players_named(last)?
                        .into_iter()
                        .filter(|p| {
                            let pf = names::fold(&p.name);
                            let pw: Vec<&str> = pf.split(' ').collect();
                            words.iter().all(|w| pw.contains(w))
                        })
                        .collect();
                }
            }
            v
        };
        if let Some(g) = ctx.gender {
            cands.retain(|p| p.gender == g);
        }
        if let Some(team) = ctx.team {
            let mut kept = Vec::new();
            for p in cands {
                if self.store.player_teams(p.id)?.contains(&team) {
                    kept.push(p);
                }
            }
            cands = kept;
        }
        if let Some(d) = ctx.date {
            cands.retain(|p| match p.birth_date {
                Some(b) => {
                    let age = d.year() - b.year();
                    (14..=45).contains(&age)
                }
                None => true,
            });
            if cands.len() > 1 {
                // Prefer players active around the date (a goal or a squad within 8 years).
                let mut active = Vec::new();
                for p in &cands {
                    if self.active_near(p.id, d)? {
                        active.push(p.clone());
                    }
                }
                if !active.is_empty() {
                    cands = active;
                }
            }
        }
        let mut ids: Vec<PlayerId> = cands.iter().map(|p| p.id).collect();
        ids.sort();
        ids.dedup();
        if single && ids.len() > 1 {
            // "Marta" for Brazil's women: the one player known by exactly that name (a
            // mononym) wins over those who merely carry it as a first name or surname
            // (the others stay listed by [`Facts::player_namesakes`]). Without a team, only
            // when the mononym is the most prolific of them (Pelé, not Abedi Pele; but
            // "Ronaldo" alone stays ambiguous: Cristiano Ronaldo scored more).
            let mononyms: Vec<PlayerId> = cands
                .iter()
                .filter(|p| names::fold(&p.name) == folded)
                .map(|p| p.id)
                .collect();
            if let [one] = mononyms.as_slice() {
                if ctx.team.is_some() {
                    return Ok(Resolution::One(*one));
                }
                let rows = |p: PlayerId| -> Result<usize, FactsError> {
                    Ok(self.store.player_scorer_rows(p, None)?.len())
                };
                let mine = rows(*one)?;
                let mut most = true;
                for p in ids.iter().filter(|p| *p != one) {
                    if rows(*p)? >= mine {
                        most = false;
                        break;
                    }
                }
                if most && mine > 0 {
                    return Ok(Resolution::One(*one));
                }
            }
        }
        Ok(match ids.len() {
            0 => Resolution::None,
            1 => Resolution::One(ids[0]),
            _ => Resolution::Ambiguous(ids),
        })
    }

    /// The other players `name` could mean in `ctx` once `chosen` was picked for it (a
    /// mononym's namesakes: "Marta" picks Marta, and Marta Cox is listed).
    pub fn player_namesakes(
        &self,
        name: &str,
        ctx: PlayerContext,
        chosen: PlayerId,
    ) -> Result<Vec<PlayerId>, FactsError> {
        let folded = names::fold(name);
        if folded.is_empty() || folded.contains(' ') {
            return Ok(Vec::new());
        }
        let all = self.resolve_player(name, PlayerContext { team: None, ..ctx })?;
        let mut out: Vec<PlayerId> = match all {
            Resolution::Ambiguous(ps) => ps,
            _ => Vec::new(),
        };
        if let Some(team) = ctx.team {
            // Same team first.
            let mut same = Vec::new();
            let mut other = Vec::new();
            for p in out {
                if self.store.player_teams(p)?.contains(&team) {
                    same.push(p);
                } else {
                    other.push(p);
                }
            }
            same.extend(other);
            out = same;
        }
        out.retain(|p| *p != chosen);
        Ok(out)
    }

    /// A player by id: `P-58924` (a Fjelstul id) or `#1234` / `1234` (goalline's own id).
    pub fn player_by_id(&self, text: &str) -> Result<Option<PlayerId>, FactsError> {
        let t = text.trim();
        if let Some(digits) = t.strip_prefix("P-").or_else(|| t.strip_prefix("p-")) {
            if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                return Ok(self.store.player_by_wc_id(&format!("P-{digits}"))?);
            }
            return Ok(None);
        }
        let digits = t.strip_prefix('#').unwrap_or(t);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(n) = digits.parse::<i64>() {
                return Ok(self.store.player(PlayerId(n))?.map(|p| p.id));
            }
        }
        Ok(None)
    }

    /// The closest player names to a name that matched nobody ("Mbape" → "Kylian Mbappé"),
    /// best first, at most `max`: whole names and single words (surnames, first names,
    /// mononyms) are compared, the players with more recorded goals first among equals.
    pub fn suggest_players(
        &self,
        name: &str,
        gender: Option<Gender>,
        max: usize,
    ) -> Result<Vec<String>, FactsError> {
        let folded = names::fold(name);
        if folded.is_empty() {
            return Ok(Vec::new());
        }
        let single = !folded.contains(' ');
        let mut scored: Vec<(f64, PlayerId)> = Vec::new();
        for p in self.store.all_players()? {
            if gender.is_some_and(|g| g != p.gender) {
                continue;
            }
            let pf = names::fold(&p.name);
            let mut best = strsim::jaro_winkler(&folded, &pf);
            if single {
                for w in pf.split(' ').filter(|w| w.len() > 2) {
                    best = best.max(strsim::jaro_winkler(&folded, w));
                }
            } else {
                best = best.max(strsim::jaro_winkler(
                    &names::sorted_key(name),
                    &names::sorted_key(&p.name),
                ));
            }
            if best >= 0.88 {
                scored.push((best, p.id));
            }
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        let top = scored.first().map_or(0.0, |s| s.0);
        // Among the near-best, the players with most goal rows first (the famous one).
        let mut near: Vec<(usize, f64, PlayerId)> = Vec::new();
        for (s, id) in scored.iter().filter(|s| s.0 >= top - 0.02).take(40) {
            let goals = self.store.player_scorer_rows(*id, None)?.len();
            near.push((goals, *s, *id));
        }
        near.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)));
        let mut out: Vec<String> = Vec::new();
        for (_, _, id) in near {
            let d = self.describe_player(id)?;
            if !out.contains(&d) {
                out.push(d);
            }
            if out.len() >= max {
                break;
            }
        }
        Ok(out)
    }

    /// Resolves a player or fails with a clear error.
    pub fn player(&self, name: &str, ctx: PlayerContext) -> Result<PlayerId, FactsError> {
        if let Some(p) = self.player_by_id(name)? {
            return Ok(p);
        }
        match self.resolve_player(name, ctx)? {
            Resolution::One(p) => Ok(p),
            Resolution::Ambiguous(ps) => Err(FactsError::Ambiguous {
                name: name.to_string(),
                candidates: ps
                    .iter()
                    .map(|p| self.describe_player(*p))
                    .collect::<Result<_, _>>()?,
            }),
            Resolution::None => Err(FactsError::NotFound {
                kind: "player",
                name: name.to_string(),
                hint: {
                    let s = self.suggest_players(name, ctx.gender, 3)?;
                    match s.as_slice() {
                        [] => String::new(),
                        [one] => format!("; did you mean {one}?"),
                        many => format!("; did you mean one of: {}?", many.join("; ")),
                    }
                },
            }),
        }
    }

    /// The teams a player played for.
    pub fn player_teams(&self, id: PlayerId) -> Result<Vec<TeamId>, FactsError> {
        Ok(self.store.player_teams(id)?)
    }

    /// A player's stored row (name, birth date, gender).
    pub fn player_row(&self, id: PlayerId) -> Result<Option<PlayerRow>, FactsError> {
        Ok(self.store.player(id)?)
    }

    /// "Harry Kane (born 1993-07-28, England)".
    pub fn describe_player(&self, id: PlayerId) -> Result<String, FactsError> {
        let Some(p) = self.store.player(id)? else {
            return Ok(format!("player {id}"));
        };
        let teams: Vec<String> = self
            .store
            .player_teams(id)?
            .iter()
            .map(|t| self.team_name(*t).to_string())
            .collect();
        Ok(format!(
            "{} ({}{})",
            p.name,
            p.birth_date
                .map(|b| format!("born {b}, "))
                .unwrap_or_default(),
            teams.join("/")
        ))
    }

    fn active_near(&self, player: PlayerId, d: Date) -> Result<bool, FactsError> {
        let near = |x: Date| (x.year() - d.year()).abs() <= 8;
        if self
            .store
            .player_scorer_rows(player, None)?
            .iter()
            .any(|r| near(r.date))
        {
            return Ok(true);
        }
        Ok(self
            .store
            .player_squads(player)?
            .iter()
            .any(|s| (s.year - d.year()).abs() <= 8))
    }
}
