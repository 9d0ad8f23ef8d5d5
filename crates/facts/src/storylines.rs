//! Storylines for a match: the notable facts a journalist would lead with, each with evidence
//! and coverage — record ties and breaks, round-number goals, firsts, best finishes since a
//! year, shootout histories, the winner's next fixture.
//!
//! The wording follows the coverage: exact counts are stated as facts; a bounded count is given
//! as "at least" or an interval, and a record the data cannot decide is reported as undecided
//! with both intervals. This module assembles; the facts come from [`crate::milestones`],
//! [`crate::progress`] and [`crate::shootouts`].

use crate::matches::{weekday_name, Decided, MatchFacts};
use crate::milestones::{MilestoneKind, RecordEvent, RecordMove, TeamRecordCheck};
use crate::{Facts, FactsError};
use goalline_core::{Coverage, Evidence, Gender, MatchId, Stage, Tally};
use serde::Serialize;

/// What a storyline is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StoryKind {
    /// A goal drew level with a scoring record.
    RecordTie,
    /// A goal broke a scoring record.
    RecordBreak,
    /// A goal may have tied or broken a record, but the data cannot decide.
    RecordUndecided,
    /// A round-number goal (10th World Cup goal, 100th goal of a tournament…).
    RoundNumber,
    /// A first: opening goal, first World Cup goal, a team's first goal of a tournament.
    First,
    /// A team's furthest run since a year.
    BestSince,
    /// Shootout histories of the teams.
    Shootout,
    /// The winner's next match.
    NextFixture,
}

/// One storyline.
#[derive(Debug, Clone, Serialize)]
pub struct Storyline {
    /// Kind.
    pub kind: StoryKind,
    /// The sentence.
    pub text: String,
    /// How completely the data covers it.
    pub coverage: Coverage,
    /// Source rows.
    pub evidence: Vec<Evidence>,
    /// What a reader should know.
    pub note: Option<String>,
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, x) if x != 11 => "st",
        (2, x) if x != 12 => "nd",
        (3, x) if x != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// "at least 48th" / "48th" / "48th–60th" for a goal number interval.
fn nth_text(t: Tally) -> String {
    if t.is_exact() {
        ordinal(t.low)
    } else if t.is_unbounded() {
        format!("at least the {}", ordinal(t.low))
    } else {
        format!(
            "somewhere between the {} and the {}",
            ordinal(t.low),
            ordinal(t.high)
        )
    }
}

impl Facts {
    /// Storylines of a match, most newsworthy first.
    pub fn storylines(&self, id: MatchId) -> Result<Vec<Storyline>, FactsError> {
        let mf = self.match_facts(id)?;
        let mut out = Vec::new();
        let wc_label = |g: Gender| match g {
            Gender::Men => "World Cup",
            Gender::Women => "Women's World Cup",
        };
        // Records at World Cups (exact).
        for e in self.wc_record_events(id)? {
            out.push(self.record_story(&e, mf.row.gender));
        }
        // Team all-time records (exact only; otherwise undecided with intervals).
        for c in self.team_record_checks(&mf.row)? {
            match c {
                TeamRecordCheck::Event(e) => out.push(self.record_story(&e, mf.row.gender)),
                TeamRecordCheck::Nothing => {}
                TeamRecordCheck::Undecided {
                    player,
                    tally,
                    rival,
                    reason,
                } => {
                    let name = self
                        .store()
                        .player(player)?
                        .map(|p| p.name)
                        .unwrap_or_default();
                    let team = mf
                        .goals
                        .goals
                        .iter()
                        .find(|g| g.player == Some(player))
                        .map(|g| self.team_name(g.team).to_string())
                        .unwrap_or_default();
                    let rival_text = rival
                        .as_ref()
                        .map(|(n, t)| format!("; {n}'s tally lies in {t}"))
                        .unwrap_or_default();
                    out.push(Storyline {
                        kind: StoryKind::RecordUndecided,
                        text: format!(
                            "{name}'s goal was {} goal for {team} (his tally after it lies in {tally}{rival_text}): whether it tied or broke {team}'s all-time scoring record cannot be decided from the data",
                            nth_text(tally)
                        ),
                        coverage: tally.coverage(),
                        evidence: vec![mf.row.evidence.clone()],
                        note: Some(reason),
                    });
                }
            }
        }
        // Round numbers and firsts (exact counts only).
        for m in self.milestones(id)? {
            let who = m
                .player_name
                .clone()
                .unwrap_or_else(|| format!("an own goal for {}", self.team_name(m.team)));
            let minute = m.minute.map(|x| format!(" ({x})")).unwrap_or_default();
            let team = self.team_name(m.team);
            let edition = mf
                .wc
                .as_ref()
                .map(|w| w.tournament_name.clone())
                .unwrap_or_else(|| mf.row.tournament.clone());
            let wc = wc_label(mf.row.gender);
            let his = match mf.row.gender {
                Gender::Men => "his",
                Gender::Women => "her",
            };
            let (kind, text) = match m.kind {
                MilestoneKind::PlayerWorldCupRound => (
                    StoryKind::RoundNumber,
                    format!("{who}{minute} scored {his} {} {wc} goal", ordinal(m.number)),
                ),
                MilestoneKind::TeamWorldCupRound => (
                    StoryKind::RoundNumber,
                    format!("{team}'s {} {wc} goal, by {who}{minute}", ordinal(m.number)),
                ),
                MilestoneKind::EditionRound => (
                    StoryKind::RoundNumber,
                    format!(
                        "the {} goal of the {edition}, by {who}{minute}",
                        ordinal(m.number)
                    ),
                ),
                MilestoneKind::PlayerTeamRound => (
                    StoryKind::RoundNumber,
                    format!(
                        "{who}{minute} scored {his} {} goal for {team}",
                        ordinal(m.number)
                    ),
                ),
                MilestoneKind::FirstWorldCupGoal => (
                    StoryKind::First,
                    format!("{who}{minute} scored a first {wc} goal"),
                ),
                MilestoneKind::TeamFirstOfEdition => (
                    StoryKind::First,
                    format!("{team}'s first goal of the {edition}, by {who}{minute}"),
                ),
                MilestoneKind::EditionOpener => (
                    StoryKind::First,
                    format!("the opening goal of the {edition}, by {who}{minute}"),
                ),
            };
            out.push(Storyline {
                kind,
                text,
                coverage: Coverage::Exact,
                evidence: m.evidence,
                note: None,
            });
        }
        out.extend(self.progress_stories(&mf)?);
        out.extend(self.shootout_stories(&mf)?);
        // The winner's next fixture.
        let next = self.next_fixture(id)?;
        if let Some(n) = &next.value {
            let stage = n
                .stage
                .map(|s| format!(" in the {}", s.label()))
                .unwrap_or_default();
            out.push(Storyline {
                kind: StoryKind::NextFixture,
                text: format!(
                    "{} play {} next{stage}, on {} {}",
                    self.team_name(n.winner),
                    self.team_name(n.opponent),
                    weekday_name(n.next.date),
                    n.next.date
                ),
                coverage: Coverage::Exact,
                evidence: next.evidence.clone(),
                note: None,
            });
        }
        Ok(out)
    }

    fn record_story(&self, e: &RecordEvent, gender: Gender) -> Storyline {
        let team = self.team_name(e.team);
        let record = e.scope.describe(team, gender);
        let holders: Vec<String> = e.holders.iter().map(|h| h.0.clone()).collect();
        let best = e.holders.first().map_or(0, |h| h.1);
        let minute = e.minute.map(|m| format!(" ({m})")).unwrap_or_default();
        let (kind, text) = match e.kind {
            RecordMove::Ties => (
                StoryKind::RecordTie,
                format!(
                    "{}{minute} drew level with {} on {} goals: {record}",
                    e.player_name,
                    holders.join(" and "),
                    e.goals
                ),
            ),
            RecordMove::Breaks => (
                StoryKind::RecordBreak,
                format!(
                    "{}{minute} went past {} ({best}) with a {} goal: {record}",
                    e.player_name,
                    holders.join(" and "),
                    ordinal(e.goals)
                ),
            ),
        };
        Storyline {
            kind,
            text,
            coverage: Coverage::Exact,
            evidence: e.evidence.clone(),
            note: None,
        }
    }

    fn progress_stories(&self, mf: &MatchFacts) -> Result<Vec<Storyline>, FactsError> {
        let mut out = Vec::new();
        let Some(w) = &mf.wc else {
            return Ok(out);
        };
        let wc = match w.gender {
            Gender::Men => "World Cup",
            Gender::Women => "Women's World Cup",
        };
        if matches!(w.stage, Stage::Final | Stage::ThirdPlace) {
            for team in [w.home, w.away] {
                let Ok(b) = self.best_finish_since(team, &w.tournament) else {
                    continue;
                };
                let name = self.team_name(team);
                let label = b.value.finish.label();
                let earlier = self.wc_finishes(team, w.gender)?.len() > 1;
                let text = match &b.value.since {
                    Some(s) if b.value.played_between >= 1 => format!(
                        "{name} finished {label}, their best {wc} finish since {} ({})",
                        s.year,
                        s.label()
                    ),
                    None if earlier => {
                        format!("{name} finished {label}, their best {wc} finish ever")
                    }
                    _ => continue,
                };
                out.push(Storyline {
                    kind: StoryKind::BestSince,
                    text,
                    coverage: b.coverage,
                    evidence: b.evidence,
                    note: b.note,
                });
            }
            return Ok(out);
        }
        for team in [w.home, w.away] {
            let Some(reached) = self.reached_by(w, team) else {
                continue;
            };
            if reached.depth() < Stage::QuarterFinal.depth() || w.winner() != Some(team) {
                continue;
            }
            let name = self.team_name(team);
            let played = self.wc_finishes(team, w.gender)?.len();
            match self.last_reached(team, w.gender, reached, w.date)? {
                Some((f, between)) if between >= 1 => out.push(Storyline {
                    kind: StoryKind::BestSince,
                    text: format!(
                        "{name} reached the {} {wc} for the first time since {} ({} later {wc}s without)",
                        reached.label(),
                        f.year,
                        between
                    ),
                    coverage: Coverage::Exact,
                    evidence: [vec![w.evidence.clone()], f.evidence].concat(),
                    note: None,
                }),
                None if played > 1 => out.push(Storyline {
                    kind: StoryKind::BestSince,
                    text: format!(
                        "{name} reached the {} of a {wc} for the first time",
                        reached.label()
                    ),
                    coverage: Coverage::Exact,
                    evidence: vec![w.evidence.clone()],
                    note: None,
                }),
                _ => {}
            }
        }
        Ok(out)
    }

    fn shootout_stories(&self, mf: &MatchFacts) -> Result<Vec<Storyline>, FactsError> {
        let mut out = Vec::new();
        if mf.result.decided != Decided::Shootout || mf.row.gender != Gender::Men {
            return Ok(out);
        }
        let day_before = mf.row.date.pred_opt().unwrap_or(mf.row.date);
        for team in [mf.row.home, mf.row.away] {
            let rec = self.shootout_record(team, Some(day_before))?;
            let name = self.team_name(team);
            let won_this = mf.result.winner == Some(team);
            let n = rec.value.won + rec.value.lost;
            let text = if n == 0 {
                format!(
                    "{name}'s first shootout in martj42's record, {}",
                    if won_this {
                        "and they won it"
                    } else {
                        "and they lost it"
                    }
                )
            } else {
                format!(
                    "before this one, {name} had won {} and lost {} of {n} shootouts in martj42's record; this one they {}",
                    rec.value.won,
                    rec.value.lost,
                    if won_this { "won" } else { "lost" }
                )
            };
            out.push(Storyline {
                kind: StoryKind::Shootout,
                text,
                coverage: Coverage::Exact,
                evidence: [vec![mf.row.evidence.clone()], rec.evidence].concat(),
                note: Some("counts are of the shootouts martj42's shootouts.csv records".into()),
            });
        }
        if !mf.kicks.is_empty() {
            let missed: Vec<String> = mf
                .kicks
                .iter()
                .filter(|k| !k.converted)
                .map(|k| format!("{} ({})", k.player_name, self.team_name(k.team)))
                .collect();
            out.push(Storyline {
                kind: StoryKind::Shootout,
                text: format!(
                    "{} kicks in the shootout; missed: {}",
                    mf.kicks.len(),
                    if missed.is_empty() {
                        "none".into()
                    } else {
                        missed.join(", ")
                    }
                ),
                coverage: Coverage::Exact,
                evidence: mf.kicks.iter().map(|k| k.evidence.clone()).collect(),
                note: None,
            });
        }
        Ok(out)
    }
}
