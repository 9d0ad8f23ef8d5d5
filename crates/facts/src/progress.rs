//! How far teams get: World Cup finishes and "best finish since", the next fixture of a match's
//! winner, and knockout brackets of editions outside the World Cup (derived from results).
//!
//! World Cup stages and final standings come from Fjelstul and are exact. martj42 has no stage
//! field, so for other competitions the bracket is *derived*: walking back from the final, each
//! round is the previous match of every team of the next round, accepted only when all of them
//! were won by that team, are distinct, and their losers never play again (bar the third-place
//! match). Derived answers say so in their note; this module never invents a stage it cannot
//! derive.

use crate::answer::Answer;
use crate::tournaments::Edition;
use crate::{Facts, FactsError};
use goalline_core::{Coverage, Date, Evidence, Gender, MatchId, Stage, TeamId};
use goalline_store::{MatchRow, StandingRow, WcInfo};
use serde::Serialize;
use std::collections::BTreeMap;

/// How far a team got in one World Cup.
#[derive(Debug, Clone, Serialize)]
pub struct Finish {
    /// `WC-2018`.
    pub tournament: String,
    /// Year.
    pub year: i32,
    /// Deepest stage played.
    pub stage: Stage,
    /// Final position (1–4) where Fjelstul records one.
    pub position: Option<u32>,
    /// Matches played.
    pub matches: u32,
    /// Source rows (the standing, else the last match).
    pub evidence: Vec<Evidence>,
}

impl Finish {
    /// A comparable score: champions 100, runners-up 90, third 80, fourth 70, then the stage
    /// reached (quarter-final 30, round of 16 or second group stage 20, round of 32 10, group 0).
    pub fn score(&self) -> u32 {
        match self.position {
            Some(p @ 1..=4) => 110 - 10 * p,
            _ => u32::from(self.stage.depth().min(3)) * 10,
        }
    }

    /// "champions", "runners-up", "third place", "fourth place", "quarter-final"…
    pub fn label(&self) -> String {
        match self.position {
            Some(1) => "champions".into(),
            Some(2) => "runners-up".into(),
            Some(3) => "third place".into(),
            Some(4) => "fourth place".into(),
            _ => self.stage.label().into(),
        }
    }
}

/// A team's best finish compared with earlier World Cups.
#[derive(Debug, Clone, Serialize)]
pub struct BestSince {
    /// Team.
    pub team: TeamId,
    /// The finish in question.
    pub finish: Finish,
    /// The latest earlier World Cup where the team did at least as well, if any.
    pub since: Option<Finish>,
    /// World Cups the team played between `since` and this one.
    pub played_between: u32,
    /// True when the team never did as well before.
    pub best_ever: bool,
}

/// The next fixture of a match's winner.
#[derive(Debug, Clone, Serialize)]
pub struct NextFixture {
    /// The match that was won.
    pub after: MatchId,
    /// Its winner.
    pub winner: TeamId,
    /// The winner's next match in the same edition.
    pub next: MatchRow,
    /// The opponent in it.
    pub opponent: TeamId,
    /// Its stage, where known (World Cups) or derived.
    pub stage: Option<Stage>,
}

/// One round of a bracket.
#[derive(Debug, Clone, Serialize)]
pub struct BracketRound {
    /// Stage.
    pub stage: Stage,
    /// Matches of the round, in date order.
    pub matches: Vec<MatchRow>,
}

/// Final standings of an edition.
#[derive(Debug, Clone, Serialize)]
pub struct Standing {
    /// 1 = champions; semi-finalists without a third-place match share 3.
    pub position: u32,
    /// Team.
    pub team: TeamId,
}

impl Facts {
    /// A team's finishes at every World Cup (one gender) it played, oldest first; two queries.
    pub fn wc_finishes(&self, team: TeamId, gender: Gender) -> Result<Vec<Finish>, FactsError> {
        let store = self.store();
        let standings: Vec<StandingRow> = store.standings(None, Some(team))?;
        let mut by: BTreeMap<(i32, String), Finish> = BTreeMap::new();
        for w in self.wc_team_matches(team, gender)? {
            let f = by
                .entry((w.year, w.tournament.clone()))
                .or_insert_with(|| Finish {
                    tournament: w.tournament.clone(),
                    year: w.year,
                    stage: w.stage,
                    position: None,
                    matches: 0,
                    evidence: Vec::new(),
                });
            f.matches += 1;
            if w.stage.depth() >= f.stage.depth() {
                // The third-place match is played by semi-finalists: they reached the semis.
                f.stage = if w.stage == Stage::ThirdPlace {
                    Stage::SemiFinal
                } else {
                    w.stage
                };
                f.evidence = vec![w.evidence.clone()];
            }
        }
        for s in standings {
            if let Some(f) = by.get_mut(&(s.year, s.tournament.clone())) {
                f.position = Some(s.position);
                f.evidence.insert(0, s.evidence);
            }
        }
        // Editions no Fjelstul table holds (2026): martj42's matches, openfootball's stages,
        // the final and third-place match's results for the top four.
        let later = self.later_world_cups(gender)?;
        for e in &later.editions {
            let tournament = crate::wcall::LaterWorldCups::id(e);
            let matches: Vec<MatchRow> = self
                .edition_matches(e)?
                .into_iter()
                .filter(|m| m.home == team || m.away == team)
                .collect();
            if matches.is_empty() {
                continue;
            }
            let mut f = Finish {
                tournament: tournament.clone(),
                year: e.year,
                stage: Stage::GroupStage,
                position: None,
                matches: 0,
                evidence: Vec::new(),
            };
            for m in &matches {
                f.matches += 1;
                let stage = self
                    .store()
                    .of_match(m.id)?
                    .and_then(|o| o.stage)
                    .unwrap_or(Stage::GroupStage);
                if stage.depth() >= f.stage.depth() {
                    f.stage = if stage == Stage::ThirdPlace {
                        Stage::SemiFinal
                    } else {
                        stage
                    };
                    f.evidence = vec![m.evidence.clone()];
                }
                if stage == Stage::ThirdPlace {
                    if let Some(w) = self.match_winner(m)? {
                        f.position = Some(if w == team { 3 } else { 4 });
                    }
                }
            }
            if f.stage == Stage::Final {
                if let Some(c) = self.champion(e)? {
                    f.position = Some(if c.value == team { 1 } else { 2 });
                    f.evidence.splice(0..0, c.evidence);
                }
            }
            by.insert((e.year, tournament), f);
        }
        Ok(by.into_values().collect())
    }

    /// How a team's finish at one World Cup compares with its earlier ones: "best since 1990".
    pub fn best_finish_since(
        &self,
        team: TeamId,
        tournament: &str,
    ) -> Result<Answer<BestSince>, FactsError> {
        let gender = self
            .store()
            .wc_tournaments()?
            .into_iter()
            .find(|t| t.id == tournament)
            .map(|t| t.gender)
            .ok_or_else(|| FactsError::NotFound {
                kind: "tournament",
                name: tournament.to_string(),
                hint: String::new(),
            })?;
        let finishes = self.wc_finishes(team, gender)?;
        let Some(i) = finishes.iter().position(|f| f.tournament == tournament) else {
            return Err(FactsError::BadQuestion(format!(
                "{} did not play at {tournament}",
                self.team_name(team)
            )));
        };
        let finish = finishes[i].clone();
        let since_idx = finishes[..i]
            .iter()
            .rposition(|f| f.score() >= finish.score());
        let since = since_idx.map(|j| finishes[j].clone());
        let played_between = since_idx.map_or(i, |j| i - j - 1) as u32;
        let mut evidence = finish.evidence.clone();
        if let Some(s) = &since {
            evidence.extend(s.evidence.clone());
        }
        Ok(Answer::exact(
            BestSince {
                team,
                best_ever: since.is_none(),
                finish,
                since,
                played_between,
            },
            evidence,
        )
        .with_note("Fjelstul records every World Cup match and the top four of each"))
    }

    /// The winner of a match (after extra time and a shootout), if any.
    pub fn match_winner(&self, m: &MatchRow) -> Result<Option<TeamId>, FactsError> {
        Ok(match (m.home_score, m.away_score) {
            (Some(h), Some(a)) if h > a => Some(m.home),
            (Some(h), Some(a)) if a > h => Some(m.away),
            (Some(_), Some(_)) => match self.store().shootout(m.id)? {
                Some(s) => Some(s.winner),
                None => self.store().wc_info(m.id)?.and_then(|w| w.winner()),
            },
            _ => None,
        })
    }

    /// The winner's next match in the same edition (England–France 2022 → France v Morocco,
    /// 2022-12-14, semi-final). `None` when the match had no winner or was the edition's last
    /// for the winner.
    pub fn next_fixture(&self, id: MatchId) -> Result<Answer<Option<NextFixture>>, FactsError> {
        let store = self.store();
        let m = store.match_by_id(id)?.ok_or_else(|| FactsError::NotFound {
            kind: "match",
            name: id.to_string(),
            hint: String::new(),
        })?;
        let Some(winner) = self.match_winner(&m)? else {
            return Ok(Answer {
                value: None,
                evidence: vec![m.evidence],
                coverage: Coverage::Exact,
                note: Some("the match had no winner".into()),
            });
        };
        let (next, stage) = if let Some(w) = store.wc_info(id)? {
            let next = store
                .wc_matches(Some(&w.tournament))?
                .into_iter()
                .find(|x| x.date > w.date && (x.home == winner || x.away == winner));
            match next {
                Some(x) => (store.match_by_id(x.match_id)?, Some(x.stage)),
                None => (None, None),
            }
        } else {
            let comp = m.tournament.clone();
            match self.edition(&comp, None, Some(m.date))? {
                Some(e) => {
                    let next = self
                        .edition_matches(&e)?
                        .into_iter()
                        .find(|x| x.date > m.date && (x.home == winner || x.away == winner));
                    let stage = match &next {
                        Some(n) => self.derived_stage(&e, n.id)?,
                        None => None,
                    };
                    (next, stage)
                }
                None => (None, None),
            }
        };
        let mut evidence = vec![m.evidence.clone()];
        let value = next.map(|n| {
            evidence.push(n.evidence.clone());
            NextFixture {
                after: id,
                winner,
                opponent: n.opponent(winner),
                next: n,
                stage,
            }
        });
        Ok(Answer::exact(value, evidence))
    }

    /// The stage of a match in a derived bracket (non-World Cup editions).
    fn derived_stage(&self, e: &Edition, id: MatchId) -> Result<Option<Stage>, FactsError> {
        let b = self.derived_bracket(e)?;
        Ok(b.value
            .iter()
            .find(|r| r.matches.iter().any(|m| m.id == id))
            .map(|r| r.stage))
    }

    /// The knockout bracket of an edition: Fjelstul stages for World Cups, derived from results
    /// (see the module docs) for other competitions that ended with a final.
    pub fn edition_bracket(&self, e: &Edition) -> Result<Answer<Vec<BracketRound>>, FactsError> {
        if e.wc.is_some() {
            let mut rounds: BTreeMap<Stage, Vec<MatchRow>> = BTreeMap::new();
            let mut evidence = Vec::new();
            for w in self.edition_wc_matches(e)? {
                if !w.stage.is_knockout() {
                    continue;
                }
                if let Some(m) = self.store().match_by_id(w.match_id)? {
                    evidence.push(w.evidence.clone());
                    rounds.entry(w.stage).or_default().push(m);
                }
            }
            let v = rounds
                .into_iter()
                .map(|(stage, matches)| BracketRound { stage, matches })
                .collect();
            return Ok(Answer::exact(v, evidence));
        }
        self.derived_bracket(e)
    }

    fn derived_bracket(&self, e: &Edition) -> Result<Answer<Vec<BracketRound>>, FactsError> {
        let none = |note: &str| Answer {
            value: Vec::new(),
            evidence: Vec::new(),
            coverage: Coverage::None,
            note: Some(note.to_string()),
        };
        if !self.has_final(e) {
            return Ok(none("this edition had no final; martj42 records no stages"));
        }
        let matches = self.edition_matches(e)?;
        let Some(final_) = matches.last().cloned() else {
            return Ok(none("no matches"));
        };
        let mut winners: BTreeMap<i64, Option<TeamId>> = BTreeMap::new();
        let mut winner_of = |m: &MatchRow| -> Result<Option<TeamId>, FactsError> {
            if let Some(w) = winners.get(&m.id.0) {
                return Ok(*w);
            }
            let w = self.match_winner(m)?;
            winners.insert(m.id.0, w);
            Ok(w)
        };
        if winner_of(&final_)?.is_none() {
            return Ok(none("the last match had no winner"));
        }
        const STAGES: [Stage; 5] = [
            Stage::Final,
            Stage::SemiFinal,
            Stage::QuarterFinal,
            Stage::RoundOf16,
            Stage::RoundOf32,
        ];
        let mut rounds: Vec<BracketRound> = vec![BracketRound {
            stage: Stage::Final,
            matches: vec![final_.clone()],
        }];
        let mut third: Option<MatchRow> = None;
        for stage in STAGES.iter().skip(1) {
            let prev = rounds.last().map(|r| r.matches.clone()).unwrap_or_default();
            let earliest = prev.iter().map(|m| m.date).min().unwrap_or(final_.date);
            let mut level: Vec<MatchRow> = Vec::new();
            let mut ok = true;
            'teams: for pm in &prev {
                for team in [pm.home, pm.away] {
                    let before = matches
                        .iter()
                        .rev()
                        .find(|x| x.date < pm.date && (x.home == team || x.away == team));
                    let Some(b) = before else {
                        ok = false;
                        break 'teams;
                    };
                    if b.date > earliest
                        || winner_of(b)? != Some(team)
                        || level.iter().any(|l| l.id == b.id)
                    {
                        ok = false;
                        break 'teams;
                    }
                    level.push(b.clone());
                }
            }
            if !ok {
                break;
            }
            // Losers of this round never play again, except in a third-place match.
            let last_of_level = level.iter().map(|m| m.date).max().unwrap_or(earliest);
            let mut losers = Vec::new();
            for m in &level {
                let w = winner_of(m)?;
                losers.push(if w == Some(m.home) { m.away } else { m.home });
            }
            let later: Vec<&MatchRow> = matches
                .iter()
                .filter(|x| x.date > last_of_level && !prev.iter().any(|p| p.id == x.id))
                .filter(|x| losers.contains(&x.home) || losers.contains(&x.away))
                .collect();
            let mut later_ok = later.is_empty();
            if *stage == Stage::SemiFinal && later.len() == 1 {
                let t = later[0];
                if losers.contains(&t.home) && losers.contains(&t.away) {
                    third = Some(t.clone());
                    later_ok = true;
                }
            }
            if !later_ok {
                break;
            }
            level.sort_by_key(|m| (m.date, m.id));
            rounds.push(BracketRound {
                stage: *stage,
                matches: level,
            });
        }
        if let Some(t) = third {
            rounds.push(BracketRound {
                stage: Stage::ThirdPlace,
                matches: vec![t],
            });
        }
        rounds.sort_by_key(|r| r.stage);
        let evidence = rounds
            .iter()
            .flat_map(|r| r.matches.iter().map(|m| m.evidence.clone()))
            .collect();
        Ok(Answer {
            value: rounds,
            evidence,
            coverage: Coverage::Exact,
            note: Some(format!(
                "rounds derived from results: martj42 has no stage field; each round is the previous win of every team of the next round, back from the final of {}",
                e.label
            )),
        })
    }

    /// Final standings of an edition: Fjelstul's top four for World Cups; for other editions with
    /// a final, champion and runner-up, then third and fourth from a third-place match or the
    /// losing semi-finalists sharing third.
    pub fn edition_standings(&self, e: &Edition) -> Result<Answer<Vec<Standing>>, FactsError> {
        if let Some(id) = &e.wc {
            let rows = self.store().standings(Some(id), None)?;
            let evidence = rows.iter().map(|s| s.evidence.clone()).collect();
            return Ok(Answer::exact(
                rows.iter()
                    .map(|s| Standing {
                        position: s.position,
                        team: s.team,
                    })
                    .collect(),
                evidence,
            ));
        }
        let b = self.derived_bracket(e)?;
        let mut out = Vec::new();
        let round = |s: Stage| b.value.iter().find(|r| r.stage == s);
        if let Some(f) = round(Stage::Final).and_then(|r| r.matches.first()) {
            if let Some(w) = self.match_winner(f)? {
                out.push(Standing {
                    position: 1,
                    team: w,
                });
                out.push(Standing {
                    position: 2,
                    team: f.opponent(w),
                });
            }
        }
        if let Some(t) = round(Stage::ThirdPlace).and_then(|r| r.matches.first()) {
            if let Some(w) = self.match_winner(t)? {
                out.push(Standing {
                    position: 3,
                    team: w,
                });
                out.push(Standing {
                    position: 4,
                    team: t.opponent(w),
                });
            }
        } else if let Some(sf) = round(Stage::SemiFinal) {
            for m in &sf.matches {
                if let Some(w) = self.match_winner(m)? {
                    out.push(Standing {
                        position: 3,
                        team: m.opponent(w),
                    });
                }
            }
        }
        Ok(Answer {
            value: out,
            evidence: b.evidence,
            coverage: b.coverage,
            note: b.note,
        })
    }

    /// The stage a team reached by a World Cup knockout match: the winner reaches the next
    /// round (the final for a semi-final winner), the loser stays at the match's stage.
    pub fn reached_by(&self, w: &WcInfo, team: TeamId) -> Option<Stage> {
        if !w.stage.is_knockout() || w.stage == Stage::ThirdPlace {
            return None;
        }
        let won = w.winner() == Some(team);
        Some(if won {
            match w.stage {
                Stage::RoundOf32 => Stage::RoundOf16,
                Stage::RoundOf16 => Stage::QuarterFinal,
                Stage::QuarterFinal => Stage::SemiFinal,
                _ => Stage::Final,
            }
        } else {
            w.stage
        })
    }

    /// The latest World Cup before `before` at which a team reached `stage` or further, with the
    /// number of World Cups it played in between.
    pub fn last_reached(
        &self,
        team: TeamId,
        gender: Gender,
        stage: Stage,
        before: Date,
    ) -> Result<Option<(Finish, u32)>, FactsError> {
        let tournaments = self.wc_tournaments()?;
        let finishes: Vec<Finish> = self
            .wc_finishes(team, gender)?
            .into_iter()
            .filter(|f| {
                tournaments
                    .iter()
                    .any(|t| t.id == f.tournament && t.end_date < before)
            })
            .collect();
        let n = finishes.len();
        Ok(finishes
            .into_iter()
            .enumerate()
            .rev()
            .find(|(_, f)| f.stage.depth() >= stage.depth())
            .map(|(i, f)| (f, (n - i - 1) as u32)))
    }
}
