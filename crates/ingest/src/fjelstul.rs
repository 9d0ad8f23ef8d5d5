//! Adapter for the Fjelstul World Cup Database (men's and women's World Cups 1930–2022).
//!
//! Owns the meaning of Fjelstul's columns: ids (`WC-2022`, `M-2022-60`, `T-28`, `P-58924`),
//! `not applicable` / `not available` markers, minutes split into regulation and stoppage, and
//! the men's/women's flag carried by each tournament. Fjelstul team names are mapped to
//! canonical teams here; match linking to martj42 happens in [`crate::link`].

use crate::csvread::{CsvTable, Row};
use crate::dataset::*;
use crate::error::{IngestError, RowProblem};
use crate::martj42::push_file;
use crate::problems::Problems;
use crate::teams::TeamRegistry;
use goalline_core::{names, Date, Gender, Minute, Stage};
use std::collections::HashMap;
use std::path::Path;

/// Files of the Fjelstul dataset that goalline reads, in load order.
pub const FILES: [&str; 15] = [
    "worldcup/tournaments.csv",
    "worldcup/tournament_stages.csv",
    "worldcup/teams.csv",
    "worldcup/players.csv",
    "worldcup/matches.csv",
    "worldcup/goals.csv",
    "worldcup/penalty_kicks.csv",
    "worldcup/player_appearances.csv",
    "worldcup/squads.csv",
    "worldcup/awards.csv",
    "worldcup/award_winners.csv",
    "worldcup/tournament_standings.csv",
    "worldcup/group_standings.csv",
    "worldcup/bookings.csv",
    "worldcup/substitutions.csv",
];

/// Alias kinds whose validity depends on the date.
const DATED_KINDS: &[&str] = &["historical", "former", "fjelstul"];

/// Lookup tables from Fjelstul ids to canonical ids, built while loading.
#[derive(Debug, Default)]
pub struct FjelstulIds {
    /// `T-28` → canonical team.
    pub teams: HashMap<String, i64>,
    /// `P-58924` → canonical player.
    pub players: HashMap<String, i64>,
    /// `M-2022-60` → index in `Dataset::wc_matches`.
    pub matches: HashMap<String, usize>,
    /// `WC-2022` → gender and first day.
    pub tournaments: HashMap<String, (Gender, Date)>,
    /// `T-28` → Fjelstul team name.
    pub team_names: HashMap<String, String>,
}

/// State shared by the per-file loaders.
pub struct Loader<'a> {
    /// Data directory.
    pub root: &'a Path,
    /// Output.
    pub ds: &'a mut Dataset,
    /// Team registry.
    pub teams: &'a mut TeamRegistry,
    /// Problems collector.
    pub problems: &'a mut Problems,
    /// Id maps.
    pub ids: FjelstulIds,
}

fn prov(fid: i64, row: &Row<'_>) -> Prov {
    Prov {
        file: fid,
        line: row.line,
    }
}

fn minute(row: &Row<'_>, base: usize, stoppage: usize) -> Result<Minute, RowProblem> {
    let b = row.int(base)?;
    let s = row.int(stoppage)?;
    if !(0..=130).contains(&b) || !(0..=30).contains(&s) {
        return Err(row.problem(
            base,
            format!("expected a minute 0..130 with stoppage 0..30, found {b}+{s}"),
        ));
    }
    Ok(Minute {
        base: b as u16,
        stoppage: (s > 0).then_some(s as u16),
    })
}

fn stage(row: &Row<'_>, idx: usize) -> Result<(Stage, String), RowProblem> {
    let s = row.text(idx)?;
    // Fjelstul's group tables call the first group stage of some tournaments "first round";
    // elsewhere (openfootball 1934/1938) "first round" is a knockout round, so core does not
    // map it.
    if s == "first round" {
        return Ok((Stage::GroupStage, s.to_string()));
    }
    Stage::parse(s)
        .map(|st| (st, s.to_string()))
        .map_err(|e| row.problem(idx, e.to_string()))
}

fn count(row: &Row<'_>, idx: usize) -> Result<u32, RowProblem> {
    let v = row.int(idx)?;
    u32::try_from(v)
        .map_err(|_| row.problem(idx, format!("expected a non-negative count, found {v}")))
}

impl<'a> Loader<'a> {
    fn open(&mut self, rel: &str) -> Result<(CsvTable, i64), IngestError> {
        let t = CsvTable::open(self.root, rel)?;
        let fid = push_file(self.ds, &t);
        Ok((t, fid))
    }

    fn done(&mut self, fid: i64, rows: usize) {
        if let Some(f) = self.ds.files.get_mut((fid - 1) as usize) {
            f.rows = rows as u32;
        }
    }

    /// Loads every Fjelstul file. Matches are created unlinked (`match_id` 0) and must be linked
    /// by [`crate::link::link_matches`] before the dependent files are loaded; this function
    /// does both in order through the `link` callback.
    pub fn load_all(
        &mut self,
        tick: &mut dyn FnMut(&str, u64),
        link: &mut dyn FnMut(&mut Dataset, &TeamRegistry, &mut Problems),
    ) -> Result<(), IngestError> {
        self.tournaments(tick)?;
        self.stages(tick)?;
        self.wc_teams(tick)?;
        self.players(tick)?;
        self.matches(tick)?;
        link(self.ds, self.teams, self.problems);
        self.goals(tick)?;
        self.penalty_kicks(tick)?;
        self.appearances(tick)?;
        self.squads(tick)?;
        self.awards(tick)?;
        self.award_winners(tick)?;
        self.standings(tick)?;
        self.group_standings(tick)?;
        self.bookings(tick)?;
        self.substitutions(tick)?;
        Ok(())
    }

    fn tournaments(&mut self, tick: &mut dyn FnMut(&str, u64)) -> Result<(), IngestError> {
        let (t, fid) = self.open(FILES[0])?;
        let [id, name, year, start, end, host, winner, count_teams] = t.columns([
            "tournament_id",
            "tournament_name",
            "year",
            "start_date",
            "end_date",
            "host_country",
            "winner",
            "count_teams",
        ])?;
        let out = &mut self.ds.tournaments;
        let genders = &mut self.ids.tournaments;
        let n = t.for_each(self.problems, |row| {
            let nm = row.text(name)?;
            let gender = if nm.contains("Women's") {
                Gender::Women
            } else if nm.contains("Men's") {
                Gender::Men
            } else {
                return Err(row.problem(
                    name,
                    format!("expected a tournament name saying Men's or Women's, found {nm:?}"),
                ));
            };
            let tid = row.text(id)?.to_string();
            genders.insert(tid.clone(), (gender, row.date(start)?));
            out.push(Tournament {
                id: tid,
                name: nm.to_string(),
                year: row.int(year)? as i32,
                gender,
                start_date: row.date(start)?,
                end_date: row.date(end)?,
                host: row.text(host)?.to_string(),
                winner: row.text(winner)?.to_string(),
                count_teams: count(row, count_teams)?,
                prov: prov(fid, row),
            });
            Ok(())
        })?;
        tick(FILES[0], t.len_bytes() as u64);
        self.done(fid, n);
        Ok(())
    }

    fn stages(&mut self, tick: &mut dyn FnMut(&str, u64)) -> Result<(), IngestError> {
        let (t, fid) = self.open(FILES[1])?;
        let [tid, num, sname, start, end, cm, ct] = t.columns([
            "tournament_id",
            "stage_number",
            "stage_name",
            "start_date",
            "end_date",
            "count_matches",
            "count_teams",
        ])?;
        let out = &mut self.ds.stages;
        let n = t.for_each(self.problems, |row| {
            let (st, raw) = stage(row, sname)?;
            out.push(TournamentStage {
                tournament: row.text(tid)?.to_string(),
                number: count(row, num)?,
                stage: st,
                stage_name: raw,
                start_date: row.date(start)?,
                end_date: row.date(end)?,
                count_matches: count(row, cm)?,
                count_teams: count(row, ct)?,
                prov: prov(fid, row),
            });
            Ok(())
        })?;
        tick(FILES[1], t.len_bytes() as u64);
        self.done(fid, n);
        Ok(())
    }

    fn wc_teams(&mut self, tick: &mut dyn FnMut(&str, u64)) -> Result<(), IngestError> {
        let (t, fid) = self.open(FILES[2])?;
        let [id, name, code, mens, womens, conf] = t.columns([
            "team_id",
            "team_name",
            "team_code",
            "mens_team",
            "womens_team",
            "confederation_code",
        ])?;
        let teams = &mut *self.teams;
        let out = &mut self.ds.wc_teams;
        let map = &mut self.ids.teams;
        let names_map = &mut self.ids.team_names;
        let mut created = Vec::new();
        let n = t.for_each(self.problems, |row| {
            let nm = row.text(name)?;
            let canonical = match teams.get(nm) {
                Some(id) => id,
                None => match teams.resolve_alias(
                    nm,
                    &["fjelstul", "former", "historical", "name"],
                    None,
                ) {
                    Some(id) => id,
                    None => {
                        created.push(nm.to_string());
                        teams.intern(nm)
                    }
                },
            };
            let code_s = row.text(code)?.to_string();
            let conf_s = row.text(conf)?.to_string();
            if let Some(team) = teams.team_mut(canonical) {
                if team.name == nm || team.code.is_none() {
                    team.code = Some(code_s.clone());
                }
                team.confederation.get_or_insert(conf_s.clone());
            }
            if teams.name(canonical) != nm {
                teams.add_alias(TeamAlias {
                    team: canonical,
                    alias: nm.to_string(),
                    kind: "fjelstul".into(),
                    gender: None,
                    valid_from: None,
                    valid_to: None,
                    prov: Some(prov(fid, row)),
                });
            }
            let wid = row.text(id)?.to_string();
            map.insert(wid.clone(), canonical);
            names_map.insert(wid.clone(), nm.to_string());
            out.push(WcTeam {
                id: wid,
                team: canonical,
                name: nm.to_string(),
                code: code_s,
                mens: row.bool(mens)?,
                womens: row.bool(womens)?,
                confederation: conf_s,
                prov: prov(fid, row),
            });
            Ok(())
        })?;
        for c in created {
            self.problems.warn(format!(
                "{}: Fjelstul team {c:?} matches no martj42 team; created as its own team",
                FILES[2]
            ));
        }
        tick(FILES[2], t.len_bytes() as u64);
        self.done(fid, n);
        Ok(())
    }

    fn players(&mut self, tick: &mut dyn FnMut(&str, u64)) -> Result<(), IngestError> {
        let (t, fid) = self.open(FILES[3])?;
        let [id, family, given, birth, female] = t.columns([
            "player_id",
            "family_name",
            "given_name",
            "birth_date",
            "female",
        ])?;
        let out = &mut self.ds.players;
        let map = &mut self.ids.players;
        let n = t.for_each(self.problems, |row| {
            let fam = row.opt_text(family)?;
            let giv = row.opt_text(given)?;
            let name = match (giv, fam) {
                (Some(g), Some(f)) => format!("{g} {f}"),
                (None, Some(f)) => f.to_string(),
                (Some(g), None) => g.to_string(),
                (None, None) => {
                    return Err(
                        row.problem(family, "expected a family or given name, found neither")
                    )
                }
            };
            let pid = out.len() as i64 + 1;
            let wid = row.text(id)?.to_string();
            if map.insert(wid.clone(), pid).is_some() {
                return Err(row.problem(id, format!("duplicate player id {wid}")));
            }
            out.push(Player {
                id: pid,
                wc_id: Some(wid),
                name,
                given_name: giv.map(str::to_string),
                family_name: fam.map(str::to_string),
                birth_date: row.opt_date(birth)?,
                birth_prov: None,
                gender: if row.bool(female)? {
                    Gender::Women
                } else {
                    Gender::Men
                },
                team: None,
                prov: prov(fid, row),
            });
            Ok(())
        })?;
        tick(FILES[3], t.len_bytes() as u64);
        self.done(fid, n);
        Ok(())
    }

    fn matches(&mut self, tick: &mut dyn FnMut(&str, u64)) -> Result<(), IngestError> {
        let (t, fid) = self.open(FILES[4])?;
        let [id, tid, sname, group, replay, date, time, stadium, city, country, home, away, hs, aws, et, ps, hp, ap] =
            t.columns([
                "match_id",
                "tournament_id",
                "stage_name",
                "group_name",
                "replay",
                "match_date",
                "match_time",
                "stadium_name",
                "city_name",
                "country_name",
                "home_team_id",
                "away_team_id",
                "home_team_score",
                "away_team_score",
                "extra_time",
                "penalty_shootout",
                "home_team_score_penalties",
                "away_team_score_penalties",
            ])?;
        let out = &mut self.ds.wc_matches;
        let ids = &mut self.ids;
        let teams = &*self.teams;
        let n = t.for_each(self.problems, |row| {
            let day = row.date(date)?;
            let team = |idx: usize| -> Result<(i64, String), RowProblem> {
                let w = row.text(idx)?;
                let c = *ids.teams.get(w).ok_or_else(|| {
                    row.problem(
                        idx,
                        format!("unknown team id {w:?} (not in worldcup/teams.csv)"),
                    )
                })?;
                // A Fjelstul name can denote another canonical team on this date
                // (1998 "Yugoslavia" is martj42's Serbia).
                let c = ids
                    .team_names
                    .get(w)
                    .and_then(|n| teams.resolve_alias(n, DATED_KINDS, Some(day)))
                    .unwrap_or(c);
                Ok((c, w.to_string()))
            };
            let (h, h_wc) = team(home)?;
            let (a, a_wc) = team(away)?;
            let t_id = row.text(tid)?.to_string();
            if !ids.tournaments.contains_key(&t_id) {
                return Err(row.problem(
                    tid,
                    format!("unknown tournament {t_id:?} (not in worldcup/tournaments.csv)"),
                ));
            }
            let (st, raw) = stage(row, sname)?;
            let shootout = row.bool(ps)?;
            let mid = row.text(id)?.to_string();
            if ids.matches.insert(mid.clone(), out.len()).is_some() {
                return Err(row.problem(id, format!("duplicate match id {mid}")));
            }
            out.push(WcMatch {
                id: mid,
                match_id: 0,
                tournament: t_id,
                stage: st,
                stage_name: raw,
                group_name: row.opt_text(group)?.map(str::to_string),
                date: row.date(date)?,
                time: row.opt_text(time)?.map(str::to_string),
                stadium: row.text(stadium)?.to_string(),
                city: row.text(city)?.to_string(),
                country: row.text(country)?.to_string(),
                home: h,
                away: a,
                home_wc: h_wc,
                away_wc: a_wc,
                home_score: count(row, hs)?,
                away_score: count(row, aws)?,
                extra_time: row.bool(et)?,
                penalty_shootout: shootout,
                home_pens: if shootout {
                    Some(count(row, hp)?)
                } else {
                    None
                },
                away_pens: if shootout {
                    Some(count(row, ap)?)
                } else {
                    None
                },
                replay: row.bool(replay)?,
                prov: prov(fid, row),
            });
            Ok(())
        })?;
        tick(FILES[4], t.len_bytes() as u64);
        self.done(fid, n);
        Ok(())
    }
}

/// Helpers to resolve Fjelstul ids inside a row.
struct Refs<'r> {
    ids: &'r FjelstulIds,
    wc_matches: &'r [WcMatch],
    teams: &'r TeamRegistry,
}

impl Refs<'_> {
    fn team(&self, row: &Row<'_>, idx: usize) -> Result<i64, RowProblem> {
        let w = row.text(idx)?;
        self.ids
            .teams
            .get(w)
            .copied()
            .ok_or_else(|| row.problem(idx, format!("unknown team id {w:?}")))
    }
    /// A team of a match row: the side of that match with this Fjelstul id (so date-dependent
    /// identities such as 1998 "Yugoslavia" = Serbia agree with the match).
    fn side(&self, row: &Row<'_>, idx: usize, wc_match: &str) -> Result<i64, RowProblem> {
        let w = row.text(idx)?;
        if let Some(m) = self.ids.matches.get(wc_match).map(|&i| &self.wc_matches[i]) {
            if m.home_wc == w {
                return Ok(m.home);
            }
            if m.away_wc == w {
                return Ok(m.away);
            }
        }
        self.team(row, idx)
    }
    fn player(&self, row: &Row<'_>, idx: usize) -> Result<i64, RowProblem> {
        let w = row.text(idx)?;
        self.ids.players.get(w).copied().ok_or_else(|| {
            row.problem(
                idx,
                format!("unknown player id {w:?} (not in worldcup/players.csv)"),
            )
        })
    }
    fn wc_match(&self, row: &Row<'_>, idx: usize) -> Result<(String, i64), RowProblem> {
        let w = row.text(idx)?;
        self.ids
            .matches
            .get(w)
            .map(|&i| (w.to_string(), self.wc_matches[i].match_id))
            .ok_or_else(|| {
                row.problem(
                    idx,
                    format!("unknown match id {w:?} (not in worldcup/matches.csv)"),
                )
            })
    }
    /// A team in a tournament row, resolved as of the tournament's first day.
    fn team_in(&self, row: &Row<'_>, idx: usize, tournament: &str) -> Result<i64, RowProblem> {
        let c = self.team(row, idx)?;
        let w = row.text(idx)?;
        let day = self.ids.tournaments.get(tournament).map(|t| t.1);
        Ok(self
            .ids
            .team_names
            .get(w)
            .and_then(|n| self.teams.resolve_alias(n, DATED_KINDS, day))
            .filter(|_| day.is_some())
            .unwrap_or(c))
    }

    fn tournament(&self, row: &Row<'_>, idx: usize) -> Result<String, RowProblem> {
        let w = row.text(idx)?;
        if self.ids.tournaments.contains_key(w) {
            Ok(w.to_string())
        } else {
            Err(row.problem(idx, format!("unknown tournament id {w:?}")))
        }
    }
}

macro_rules! dependent_loader {
    ($fn_name:ident, $file_idx:expr, [$($col:ident = $name:expr),* $(,)?], $out:ident, |$refs:ident, $row:ident, $fid:ident| $body:block) => {
        fn $fn_name(&mut self, tick: &mut dyn FnMut(&str, u64)) -> Result<(), IngestError> {
            let (t, $fid) = self.open(FILES[$file_idx])?;
            let [$($col),*] = t.columns([$($name),*])?;
            let $refs = Refs { ids: &self.ids, wc_matches: &self.ds.wc_matches, teams: &*self.teams };
            let mut rows = Vec::new();
            let n = t.for_each(self.problems, |$row| {
                rows.push($body);
                Ok(())
            })?;
            self.ds.$out.extend(rows);
            tick(FILES[$file_idx], t.len_bytes() as u64);
            self.done($fid, n);
            Ok(())
        }
    };
}

impl<'a> Loader<'a> {
    dependent_loader!(
        goals,
        5,
        [
            id = "goal_id",
            mid = "match_id",
            team = "team_id",
            player = "player_id",
            pteam = "player_team_id",
            reg = "minute_regulation",
            stop = "minute_stoppage",
            period = "match_period",
            own = "own_goal",
            pen = "penalty",
        ],
        wc_goals,
        |refs, row, fid| {
            let (wc_match, match_id) = refs.wc_match(row, mid)?;
            WcGoal {
                id: row.text(id)?.to_string(),
                wc_match: wc_match.clone(),
                match_id,
                team: refs.side(row, team, &wc_match)?,
                player: refs.player(row, player)?,
                player_team: refs.side(row, pteam, &wc_match)?,
                minute: minute(row, reg, stop)?,
                period: row.text(period)?.to_string(),
                own_goal: row.bool(own)?,
                penalty: row.bool(pen)?,
                prov: prov(fid, row),
            }
        }
    );

    dependent_loader!(
        penalty_kicks,
        6,
        [
            id = "penalty_kick_id",
            mid = "match_id",
            team = "team_id",
            player = "player_id",
            conv = "converted",
        ],
        penalty_kicks,
        |refs, row, fid| {
            let (wc_match, match_id) = refs.wc_match(row, mid)?;
            PenaltyKick {
                id: row.text(id)?.to_string(),
                wc_match: wc_match.clone(),
                match_id,
                team: refs.side(row, team, &wc_match)?,
                player: refs.player(row, player)?,
                converted: row.bool(conv)?,
                seq: row.line,
                prov: prov(fid, row),
            }
        }
    );

    dependent_loader!(
        appearances,
        7,
        [
            mid = "match_id",
            team = "team_id",
            player = "player_id",
            shirt = "shirt_number",
            pos = "position_code",
            starter = "starter",
            sub = "substitute",
        ],
        appearances,
        |refs, row, fid| {
            let (wc_match, match_id) = refs.wc_match(row, mid)?;
            Appearance {
                wc_match: wc_match.clone(),
                match_id,
                team: refs.side(row, team, &wc_match)?,
                player: refs.player(row, player)?,
                shirt: row.opt_int(shirt)?.filter(|&s| s > 0).map(|s| s as u32),
                position: row.str(pos)?.to_string(),
                starter: row.bool(starter)?,
                substitute: row.bool(sub)?,
                prov: prov(fid, row),
            }
        }
    );

    dependent_loader!(
        squads,
        8,
        [
            tid = "tournament_id",
            team = "team_id",
            player = "player_id",
            shirt = "shirt_number",
            pos = "position_code",
        ],
        squads,
        |refs, row, fid| {
            SquadMember {
                tournament: refs.tournament(row, tid)?,
                team: refs.team_in(row, team, row.text(tid)?)?,
                player: refs.player(row, player)?,
                shirt: row.opt_int(shirt)?.filter(|&s| s > 0).map(|s| s as u32),
                position: row.str(pos)?.to_string(),
                prov: prov(fid, row),
            }
        }
    );

    dependent_loader!(
        awards,
        9,
        [
            id = "award_id",
            name = "award_name",
            desc = "award_description",
            year = "year_introduced",
        ],
        awards,
        |refs, row, fid| {
            let _ = &refs;
            Award {
                id: row.text(id)?.to_string(),
                name: row.text(name)?.to_string(),
                description: row.str(desc)?.to_string(),
                year_introduced: row.int(year)? as i32,
                prov: prov(fid, row),
            }
        }
    );

    dependent_loader!(
        award_winners,
        10,
        [
            tid = "tournament_id",
            award = "award_id",
            shared = "shared",
            player = "player_id",
            team = "team_id",
        ],
        award_winners,
        |refs, row, fid| {
            AwardWinner {
                tournament: refs.tournament(row, tid)?,
                award: row.text(award)?.to_string(),
                shared: row.bool(shared)?,
                player: match row.opt_text(player)? {
                    Some(_) => Some(refs.player(row, player)?),
                    None => None,
                },
                team: refs.team_in(row, team, row.text(tid)?)?,
                prov: prov(fid, row),
            }
        }
    );

    dependent_loader!(
        standings,
        11,
        [tid = "tournament_id", pos = "position", team = "team_id",],
        standings,
        |refs, row, fid| {
            Standing {
                tournament: refs.tournament(row, tid)?,
                position: count(row, pos)?,
                team: refs.team_in(row, team, row.text(tid)?)?,
                prov: prov(fid, row),
            }
        }
    );

    dependent_loader!(
        group_standings,
        12,
        [
            tid = "tournament_id",
            sname = "stage_name",
            group = "group_name",
            pos = "position",
            team = "team_id",
            played = "played",
            wins = "wins",
            draws = "draws",
            losses = "losses",
            gf = "goals_for",
            ga = "goals_against",
            points = "points",
            adv = "advanced",
        ],
        group_standings,
        |refs, row, fid| {
            GroupStanding {
                tournament: refs.tournament(row, tid)?,
                stage: stage(row, sname)?.0,
                group_name: row.text(group)?.to_string(),
                position: count(row, pos)?,
                team: refs.team_in(row, team, row.text(tid)?)?,
                played: count(row, played)?,
                wins: count(row, wins)?,
                draws: count(row, draws)?,
                losses: count(row, losses)?,
                goals_for: count(row, gf)?,
                goals_against: count(row, ga)?,
                points: count(row, points)?,
                advanced: row.bool(adv)?,
                prov: prov(fid, row),
            }
        }
    );

    dependent_loader!(
        bookings,
        13,
        [
            mid = "match_id",
            team = "team_id",
            player = "player_id",
            reg = "minute_regulation",
            stop = "minute_stoppage",
            yellow = "yellow_card",
            red = "red_card",
            second = "second_yellow_card",
            off = "sending_off",
        ],
        bookings,
        |refs, row, fid| {
            let (wc_match, match_id) = refs.wc_match(row, mid)?;
            Booking {
                wc_match: wc_match.clone(),
                match_id,
                team: refs.side(row, team, &wc_match)?,
                player: refs.player(row, player)?,
                minute: minute(row, reg, stop)?,
                yellow: row.bool(yellow)?,
                red: row.bool(red)?,
                second_yellow: row.bool(second)?,
                sending_off: row.bool(off)?,
                prov: prov(fid, row),
            }
        }
    );

    dependent_loader!(
        substitutions,
        14,
        [
            mid = "match_id",
            team = "team_id",
            player = "player_id",
            reg = "minute_regulation",
            stop = "minute_stoppage",
            off = "going_off",
            on = "coming_on",
        ],
        substitutions,
        |refs, row, fid| {
            let (wc_match, match_id) = refs.wc_match(row, mid)?;
            Substitution {
                wc_match: wc_match.clone(),
                match_id,
                team: refs.side(row, team, &wc_match)?,
                player: refs.player(row, player)?,
                minute: minute(row, reg, stop)?,
                going_off: row.bool(off)?,
                coming_on: row.bool(on)?,
                prov: prov(fid, row),
            }
        }
    );
}

/// The folded full name of a Fjelstul player, for linking.
pub fn player_key(p: &Player) -> String {
    names::sorted_key(&p.name)
}

/// Parses a date that may be absent.
pub fn date_or_none(s: &str) -> Option<Date> {
    Date::parse_from_str(s, "%Y-%m-%d").ok()
}
