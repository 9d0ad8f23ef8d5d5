//! Tournaments and their editions: which matches belong to "Euro 2020" (played in 2021), who
//! won, how far a team got, scorer tables with coverage, awards, brackets, best finishes.
//!
//! World Cups come from Fjelstul (stages, standings, awards). Other competitions come from
//! martj42, which has no stage or winner field: an edition is a cluster of matches of one
//! competition, and its champion is the winner of its last match only for competitions and
//! years that ended with a final (`reference/competitions.csv`); otherwise it is unknown.

use crate::answer::Answer;
use crate::{Facts, FactsError};
use goalline_core::{names, Coverage, Date, Datelike, Evidence, Gender, PlayerId, Stage, TeamId};
use goalline_store::{AwardRow, MatchRow, WcInfo};
use serde::Serialize;
use std::collections::BTreeMap;

const COMPETITIONS: &str = include_str!("../reference/competitions.csv");
const EDITION_YEARS: &str = include_str!("../reference/editions.csv");

/// A competition goalline knows by name.
#[derive(Debug, Clone, Serialize)]
pub struct Competition {
    /// martj42 spelling (`UEFA Euro`), or `FIFA Women's World Cup`.
    pub name: String,
    /// Men's or women's.
    pub gender: Gender,
    /// Names used in prose.
    pub aliases: Vec<String>,
    /// First year whose edition ended with a final match.
    pub final_from: i32,
    /// Later years without a final (round-robin editions).
    pub no_final: Vec<i32>,
}

/// The competitions of the reference table.
pub fn competitions() -> Vec<Competition> {
    COMPETITIONS
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f.len() == 5).then(|| Competition {
                name: f[0].to_string(),
                gender: Gender::parse(f[1]).unwrap_or(Gender::Men),
                aliases: f[2].split(';').map(str::to_string).collect(),
                final_from: f[3].parse().unwrap_or(9999),
                no_final: f[4].split(';').filter_map(|y| y.parse().ok()).collect(),
            })
        })
        .collect()
}

/// Resolves a competition name from prose (`Euro`, `the World Cup`, `Asian Cup`).
pub fn competition_named(text: &str) -> Option<Competition> {
    let key = names::fold(text);
    let key = key.strip_prefix("the ").unwrap_or(&key).to_string();
    // The edition parser drops filler words ("of", "the", "FIFA"): "African Cup of Nations"
    // reaches here as "african cup nations", so names are compared without them too.
    let bare = |s: &str| -> String {
        s.split(' ')
            .filter(|w| !matches!(*w, "the" | "of" | "in" | "fifa"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let key_bare = bare(&key);
    competitions().into_iter().find(|c| {
        let name = names::fold(&c.name);
        name == key
            || bare(&name) == key_bare
            || c.aliases.iter().any(|a| {
                let a = names::fold(a);
                a.strip_prefix("the ").unwrap_or(&a) == key || bare(&a) == key_bare
            })
    })
}

/// One edition of a competition.
#[derive(Debug, Clone, Serialize)]
pub struct Edition {
    /// Competition (martj42 spelling).
    pub competition: String,
    /// Year in the edition's name (`Euro 2020` → 2020).
    pub year: i32,
    /// `UEFA Euro 2020`.
    pub label: String,
    /// Men's or women's.
    pub gender: Gender,
    /// First match day.
    pub from: Date,
    /// Last match day.
    pub to: Date,
    /// Fjelstul tournament id for World Cups.
    pub wc: Option<String>,
}

fn name_year(competition: &str, first_year: i32) -> i32 {
    EDITION_YEARS
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f.len() == 3 && f[0] == competition && f[1].parse() == Ok(first_year))
                .then(|| f[2].parse().ok())?
        })
        .next()
        .unwrap_or(first_year)
}

/// How far a team got in one edition.
#[derive(Debug, Clone, Serialize)]
pub struct Run {
    /// Edition label.
    pub edition: String,
    /// Deepest stage reached, where stages are known.
    pub stage: Option<Stage>,
    /// Final position (1–4) where recorded.
    pub position: Option<u32>,
    /// Champions.
    pub champion: Option<bool>,
    /// Matches played.
    pub matches: Vec<MatchRow>,
}

/// A scorer in a table.
#[derive(Debug, Clone, Serialize)]
pub struct ScorerEntry {
    /// Player, when linked.
    pub player: Option<PlayerId>,
    /// Name as written.
    pub name: String,
    /// Team.
    pub team: TeamId,
    /// Goals (own goals excluded).
    pub goals: u32,
}

/// The edition named `year`, or the one being played on `on`, among `eds`.
pub fn pick_edition(eds: Vec<Edition>, year: Option<i32>, on: Option<Date>) -> Option<Edition> {
    match (year, on) {
        (Some(y), _) => eds.into_iter().find(|e| e.year == y),
        (None, Some(d)) => eds.into_iter().find(|e| e.from <= d && d <= e.to),
        (None, None) => None,
    }
}

/// The latest edition among `eds` that started on or before `d`.
pub fn latest_started(eds: Vec<Edition>, d: Date) -> Option<Edition> {
    eds.into_iter().rev().find(|e| e.from <= d)
}

impl Facts {
    /// All editions of a competition, in order.
    pub fn editions(&self, competition: &str) -> Result<Vec<Edition>, FactsError> {
        if let Some(e) = self.cache.editions_of(competition) {
            return Ok(e.as_ref().clone());
        }
        let e = self.editions_uncached(competition)?;
        Ok(self.cache.keep_editions(competition, e).as_ref().clone())
    }

    fn editions_uncached(&self, competition: &str) -> Result<Vec<Edition>, FactsError> {
        if competition == "FIFA Women's World Cup" || competition == "FIFA World Cup" {
            let gender = if competition == "FIFA World Cup" {
                Gender::Men
            } else {
                Gender::Women
            };
            return Ok(self
                .store()
                .wc_tournaments()?
                .into_iter()
                .filter(|t| t.gender == gender)
                .map(|t| Edition {
                    competition: competition.to_string(),
                    year: t.year,
                    label: t.name.clone(),
                    gender,
                    from: t.start_date,
                    to: t.end_date,
                    wc: Some(t.id),
                })
                .chain(self.editions_from_results(competition, Some(2026))?)
                .collect());
        }
        self.editions_from_results(competition, None)
    }

    fn editions_from_results(
        &self,
        competition: &str,
        from_year: Option<i32>,
    ) -> Result<Vec<Edition>, FactsError> {
        let lo = Date::from_ymd_opt(from_year.unwrap_or(1800), 1, 1).unwrap_or_default();
        let hi = Date::from_ymd_opt(2100, 1, 1).unwrap_or_default();
        let days = self.store().competition_days(competition, lo, hi)?;
        let mut out: Vec<Edition> = Vec::new();
        for (date, id) in days {
            match out.last_mut() {
                Some(e) if (date - e.to).num_days() <= 120 => e.to = date,
                _ => {
                    // An edition is of its first match's gender.
                    let gender = self
                        .store()
                        .match_by_id(id)?
                        .map_or(Gender::Men, |m| m.gender);
                    let year = name_year(competition, date.year());
                    out.push(Edition {
                        competition: competition.to_string(),
                        year,
                        label: format!("{competition} {year}"),
                        gender,
                        from: date,
                        to: date,
                        wc: None,
                    });
                }
            }
        }
        Ok(out)
    }

    /// The edition of `competition` named `year` (`Euro 2020`), or the one being played on a day.
    pub fn edition(
        &self,
        competition: &str,
        year: Option<i32>,
        on: Option<Date>,
    ) -> Result<Option<Edition>, FactsError> {
        Ok(pick_edition(self.editions(competition)?, year, on))
    }

    /// The most recent edition that started on or before `d`.
    pub fn edition_before(
        &self,
        competition: &str,
        d: Date,
    ) -> Result<Option<Edition>, FactsError> {
        Ok(latest_started(self.editions(competition)?, d))
    }

    /// Matches of an edition.
    pub fn edition_matches(&self, e: &Edition) -> Result<Vec<MatchRow>, FactsError> {
        let mut rows = self
            .store()
            .competition_matches(&e.competition, e.from, e.to)?;
        if rows.is_empty() && e.wc.is_some() {
            // Women's World Cups are stored under the Fjelstul competition name.
            rows = self.store().matches_between(e.from, e.to)?;
            rows.retain(|m| m.gender == e.gender && m.tournament == e.competition);
        }
        Ok(rows)
    }

    /// World Cup matches (with stages) of an edition, if a World Cup.
    pub fn edition_wc_matches(&self, e: &Edition) -> Result<Vec<WcInfo>, FactsError> {
        match &e.wc {
            Some(id) => Ok(self.store().wc_matches(Some(id))?),
            None => Ok(Vec::new()),
        }
    }

    /// True when the edition is known to have ended with a final.
    pub fn has_final(&self, e: &Edition) -> bool {
        competitions()
            .iter()
            .find(|c| c.name == e.competition)
            .is_some_and(|c| e.year >= c.final_from && !c.no_final.contains(&e.year))
    }

    /// The champion of an edition, where the data can tell: Fjelstul's standings for World
    /// Cups up to 2022; the winner of the final ([`Facts::edition_final`]: the last match, told
    /// apart from a same-day third-place match) for editions that ended with one; the leader of
    /// a complete single round robin ([`Facts::round_robin_champion`]) otherwise.
    pub fn champion(&self, e: &Edition) -> Result<Option<Answer<TeamId>>, FactsError> {
        if let Some(id) = &e.wc {
            let st = self.store().standings(Some(id), None)?;
            return Ok(st
                .into_iter()
                .find(|s| s.position == 1)
                .map(|s| Answer::exact(s.team, vec![s.evidence])));
        }
        if !self.has_final(e) {
            return self.round_robin_champion(e);
        }
        let Some(last) = self.edition_final(e)? else {
            return Ok(None);
        };
        let mf = self.match_facts(last.id)?;
        Ok(mf.result.winner.map(|w| {
            Answer::exact(w, mf.evidence.clone())
                .with_note(format!("winner of the final of {}", e.label))
        }))
    }

    /// Titles of a team in a competition won before `before` (exclusive), with coverage: exact
    /// only when every earlier edition's champion is known.
    pub fn titles(
        &self,
        team: TeamId,
        competition: &str,
        before: Date,
    ) -> Result<Answer<Vec<Edition>>, FactsError> {
        let mut won = Vec::new();
        let mut unknown = 0;
        let mut evidence = Vec::new();
        for (e, c) in self
            .champions(competition)?
            .iter()
            .filter(|(e, _)| e.to < before)
        {
            match c {
                Some(c) if c.value == team => {
                    evidence.extend(c.evidence.clone());
                    won.push(e.clone());
                }
                Some(_) => {}
                None => unknown += 1,
            }
        }
        Ok(Answer {
            value: won,
            evidence,
            coverage: if unknown == 0 {
                Coverage::Exact
            } else {
                Coverage::Bounded { unknown }
            },
            note: (unknown > 0).then(|| {
                format!(
                    "{unknown} earlier editions had no final, so their champion is not in the data"
                )
            }),
        })
    }

    /// How far `team` got in an edition.
    pub fn run(&self, team: TeamId, e: &Edition) -> Result<Answer<Run>, FactsError> {
        let matches: Vec<MatchRow> = self
            .edition_matches(e)?
            .into_iter()
            .filter(|m| m.home == team || m.away == team)
            .collect();
        let mut evidence: Vec<Evidence> = matches.iter().map(|m| m.evidence.clone()).collect();
        let (stage, position) = if e.wc.is_some() {
            let wcm = self.edition_wc_matches(e)?;
            let stage = wcm
                .iter()
                .filter(|w| w.home == team || w.away == team)
                .map(|w| w.stage)
                .max_by_key(|s| s.depth());
            let pos = self
                .store()
                .standings(e.wc.as_deref(), Some(team))?
                .into_iter()
                .next()
                .map(|s| {
                    evidence.push(s.evidence.clone());
                    s.position
                });
            (stage, pos)
        } else if self.has_final(e) {
            // The last match of an edition that ended with a final is the final: a team that
            // played it reached the final; other stages are not recorded outside World Cups.
            let all = self.edition_matches(e)?;
            let played_final = all.last().is_some_and(|l| l.home == team || l.away == team);
            (played_final.then_some(Stage::Final), None)
        } else {
            (None, None)
        };
        let champion = match self.champion(e)? {
            Some(c) => Some(c.value == team),
            None => None,
        };
        let known = e.wc.is_some() || stage.is_some();
        Ok(Answer {
            value: Run {
                edition: e.label.clone(),
                stage,
                position,
                champion,
                matches,
            },
            evidence,
            coverage: if known {
                Coverage::Exact
            } else {
                Coverage::None
            },
            note: (!known).then(|| "stages are recorded for World Cups only".to_string()),
        })
    }

    /// Scorer table of an edition with coverage (own goals excluded).
    pub fn edition_scorers(&self, e: &Edition) -> Result<Answer<Vec<ScorerEntry>>, FactsError> {
        let mut table: BTreeMap<(String, i64), ScorerEntry> = BTreeMap::new();
        let mut evidence = Vec::new();
        let (goals_total, rows_total) = if let Some(id) = &e.wc {
            let goals = self.store().tournament_wc_goals(id)?;
            // An edition cut at a day (in progress) counts the goals up to that day.
            for g in goals.iter().filter(|g| !g.own_goal && g.date <= e.to) {
                let entry = table
                    .entry((g.player_name.clone(), g.team.0))
                    .or_insert(ScorerEntry {
                        player: Some(g.player),
                        name: g.player_name.clone(),
                        team: g.team,
                        goals: 0,
                    });
                entry.goals += 1;
            }
            let total = self
                .edition_matches(e)?
                .iter()
                .filter_map(|m| m.home_score.zip(m.away_score))
                .map(|(h, a)| h + a)
                .sum::<u32>();
            (
                total,
                goals.iter().filter(|g| g.date <= e.to).count() as u32,
            )
        } else {
            let rows = self
                .store()
                .competition_scorer_rows(&e.competition, e.from, e.to)?;
            for r in rows.iter().filter(|r| !r.own_goal) {
                let name = r.scorer.clone().unwrap_or_else(|| "unknown".into());
                let entry = table
                    .entry((name.clone(), r.team.0))
                    .or_insert(ScorerEntry {
                        player: r.player,
                        name,
                        team: r.team,
                        goals: 0,
                    });
                entry.goals += 1;
            }
            let total = self
                .edition_matches(e)?
                .iter()
                .filter_map(|m| m.home_score.zip(m.away_score))
                .map(|(h, a)| h + a)
                .sum::<u32>();
            (total, rows.len() as u32)
        };
        let mut v: Vec<ScorerEntry> = table.into_values().collect();
        v.sort_by(|a, b| b.goals.cmp(&a.goals).then(a.name.cmp(&b.name)));
        if let Some(top) = v.first() {
            evidence.push(Evidence::new(
                if e.wc.is_some() {
                    goalline_core::Source::Fjelstul
                } else {
                    goalline_core::Source::Martj42
                },
                if e.wc.is_some() {
                    "worldcup/goals.csv"
                } else {
                    "international/goalscorers.csv"
                },
                0,
                format!(
                    "{}: {} goals in {} matches, {} with a scorer row; top scorer {} ({})",
                    e.label,
                    goals_total,
                    self.edition_matches(e)?.len(),
                    rows_total,
                    top.name,
                    top.goals
                ),
            ));
        }
        let unknown = goals_total.saturating_sub(rows_total);
        Ok(Answer {
            value: v,
            evidence,
            coverage: if unknown == 0 {
                Coverage::Exact
            } else {
                Coverage::Bounded { unknown }
            },
            note: (unknown > 0)
                .then(|| format!("{unknown} goals of {} have no scorer row", e.label)),
        })
    }

    /// Awards of a World Cup edition.
    pub fn edition_awards(&self, e: &Edition) -> Result<Vec<AwardRow>, FactsError> {
        match &e.wc {
            Some(id) => Ok(self.store().awards(Some(id), None)?),
            None => Ok(Vec::new()),
        }
    }

    /// The World Cup editions (of one gender) in which `team` reached at least `stage`, before a day.
    pub fn wc_runs(
        &self,
        team: TeamId,
        gender: Gender,
        before: Date,
    ) -> Result<Vec<(Edition, Answer<Run>)>, FactsError> {
        let comp = match gender {
            Gender::Men => "FIFA World Cup",
            Gender::Women => "FIFA Women's World Cup",
        };
        let mut out = Vec::new();
        for e in self
            .editions(comp)?
            .into_iter()
            .filter(|e| e.from < before && e.wc.is_some())
        {
            let r = self.run(team, &e)?;
            if !r.value.matches.is_empty() {
                out.push((e, r));
            }
        }
        Ok(out)
    }

    /// Knockout matches of a World Cup edition, by stage (the bracket).
    pub fn bracket(&self, e: &Edition) -> Result<Vec<(Stage, Vec<WcInfo>)>, FactsError> {
        let mut by: BTreeMap<Stage, Vec<WcInfo>> = BTreeMap::new();
        for w in self
            .edition_wc_matches(e)?
            .into_iter()
            .filter(|w| w.stage.is_knockout())
        {
            by.entry(w.stage).or_default().push(w);
        }
        Ok(by.into_iter().collect())
    }
}
