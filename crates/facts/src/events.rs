//! Event data (StatsBomb open data): a match's penalties, shots, saves, woodwork, assists,
//! fouls that won a penalty, cards, substitutions and own goals, and a player's penalties.
//!
//! Owns the meaning of StatsBomb rows: the display minute (StatsBomb's `minute` is elapsed, so
//! 83:35 is the 84th minute; 45:30 of the first half is 45+1), the over-the-bar and wide flags of
//! a shot's end location (yards: the crossbar is at height 2.67, the posts at y 36 and 44), the
//! keeper facing a shot, shoot-out kicks (period 5) and coverage. Coverage rule: an excerpt
//! supports facts but never proves an absence; only [`Coverage::Complete`] does. Every item
//! carries [`Evidence`] whose text is its one-line description, and the StatsBomb credit.

use crate::{Facts, FactsError};
use goalline_core::{Date, Evidence, MatchId, Minute, PlayerId, TeamId};
use goalline_store::{SbCoverage, SbEventRow, SbMatchRow};
use serde::Serialize;

/// The credit every output that shows StatsBomb data carries (StatsBomb's terms).
pub const CREDIT: &str = "Data: StatsBomb (StatsBomb open data, github.com/statsbomb/open-data)";

/// Height of the crossbar in yards (8 ft).
pub const CROSSBAR_HEIGHT: f64 = 8.0 / 3.0;
/// The goal mouth's posts on StatsBomb's y axis (yards).
pub const POSTS: (f64, f64) = (36.0, 44.0);

/// How fully event data covers a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Coverage {
    /// Every event of the match: an event not found did not happen.
    Complete,
    /// Some events of the match: supports facts, never proves an absence.
    Excerpt,
}

impl Coverage {
    /// True when an absence can be concluded (complete coverage only).
    pub fn proves_absence(self) -> bool {
        self == Coverage::Complete
    }
}

/// When an event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EventTime {
    /// 1, 2 (halves), 3, 4 (extra time), 5 (shoot-out).
    pub period: u8,
    /// Elapsed minutes (StatsBomb's `minute`).
    pub minute: u16,
    /// Seconds.
    pub second: u8,
    /// The minute as football writes it: 84 for 83:35, 45+1 for 45:30 in the first half.
    pub display: Minute,
}

impl EventTime {
    /// Builds the time of an event from StatsBomb's period, elapsed minute and second.
    pub fn new(period: u8, minute: u16, second: u8) -> EventTime {
        EventTime {
            period,
            minute,
            second,
            display: Minute::from_elapsed(period, minute),
        }
    }

    /// Elapsed time as StatsBomb's clock shows it: `83:35`.
    pub fn elapsed(&self) -> String {
        format!("{}:{:02}", self.minute, self.second)
    }

    /// True for a shoot-out (period 5).
    pub fn shootout(&self) -> bool {
        self.period == 5
    }
}

/// A person in an event: the canonical player when linked, and the name as StatsBomb writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// Canonical player, when linked.
    pub player: Option<PlayerId>,
    /// The name as StatsBomb writes it (`Jorge Luiz Frello Filho`).
    pub name: String,
}

impl Person {
    /// True when this is `player`.
    pub fn is(&self, player: PlayerId) -> bool {
        self.player == Some(player)
    }
}

/// Where a shot ended, in yards on StatsBomb's pitch.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct EndLocation {
    /// Along the pitch (120 = the goal line attacked).
    pub x: f64,
    /// Across the pitch (posts at 36 and 44).
    pub y: f64,
    /// Height, when given.
    pub z: Option<f64>,
    /// Above the crossbar (height > 2.67).
    pub over_bar: bool,
    /// Outside the posts (y < 36 or y > 44).
    pub wide: bool,
}

impl EndLocation {
    /// Derives the flags from the coordinates.
    pub fn new(x: f64, y: f64, z: Option<f64>) -> EndLocation {
        EndLocation {
            x,
            y,
            z,
            over_bar: z.is_some_and(|z| z > CROSSBAR_HEIGHT),
            wide: y < POSTS.0 || y > POSTS.1,
        }
    }
}

/// A shot, penalty or shoot-out kick.
#[derive(Debug, Clone, Serialize)]
pub struct Shot {
    /// When.
    pub time: EventTime,
    /// The shooter's team.
    pub team: Option<TeamId>,
    /// The shooter's team as StatsBomb names it.
    pub team_name: String,
    /// The shooter.
    pub shooter: Person,
    /// `Penalty`, `Open Play`, `Free Kick`, `Corner`, `Kick Off`.
    pub kind: String,
    /// `Goal`, `Saved`, `Off T`, `Post`, `Blocked`, `Wayward`, `Saved to Post`, `Saved Off Target`.
    pub outcome: String,
    /// Where the ball ended.
    pub end: Option<EndLocation>,
    /// The keeper facing it (the Goal Keeper event answering the shot).
    pub keeper: Option<Person>,
    /// What the keeper's event says (`Penalty Saved`, `Shot Saved`, `Goal Conceded`).
    pub keeper_event: Option<String>,
    /// A kick of a penalty shoot-out (period 5): not an in-match penalty.
    pub shootout: bool,
    /// StatsBomb's event index.
    pub index: u32,
    /// StatsBomb's event id.
    pub id: String,
    /// The event, with this shot's one-line description as text.
    pub evidence: Evidence,
}

impl Shot {
    /// A penalty kick (in-match or shoot-out).
    pub fn is_penalty(&self) -> bool {
        self.kind == "Penalty"
    }
    /// Scored.
    pub fn scored(&self) -> bool {
        self.outcome == "Goal"
    }
    /// Not scored.
    pub fn missed(&self) -> bool {
        !self.scored()
    }
    /// Saved by the keeper (onto the post or not).
    pub fn saved(&self) -> bool {
        matches!(
            self.outcome.as_str(),
            "Saved" | "Saved to Post" | "Saved Off Target"
        )
    }
    /// Hit the woodwork (the post or bar, with or without the keeper's touch).
    pub fn woodwork(&self) -> bool {
        matches!(self.outcome.as_str(), "Post" | "Saved to Post")
    }
    /// Went over the bar (end height above the crossbar, off target).
    pub fn over_bar(&self) -> bool {
        !self.scored() && self.end.is_some_and(|e| e.over_bar)
    }
    /// Went wide (end outside the posts, off target).
    pub fn wide(&self) -> bool {
        !self.scored() && self.end.is_some_and(|e| e.wide)
    }
    /// One line: `Harry Kane (England) penalty 84' (83:35): Off T, over the bar (height 4.2), keeper Hugo Lloris`.
    pub fn describe(&self) -> String {
        let what = match (self.shootout, self.kind.as_str()) {
            (true, _) => "shoot-out kick".to_string(),
            (false, "Penalty") => "penalty".to_string(),
            (false, k) => format!("shot ({})", k.to_lowercase()),
        };
        let mut s = format!(
            "{} ({}) {what} {} ({}): {}",
            self.shooter.name,
            self.team_name,
            minute_label(&self.time),
            self.time.elapsed(),
            self.outcome
        );
        if let Some(e) = self.end.filter(|_| self.missed()) {
            if e.over_bar {
                s.push_str(&format!(
                    ", over the bar (height {:.1})",
                    e.z.unwrap_or(0.0)
                ));
            }
            if e.wide {
                s.push_str(&format!(", wide (y {:.1})", e.y));
            }
        }
        if let Some(k) = &self.keeper {
            s.push_str(&format!(", keeper {}", k.name));
            if let Some(ev) = &self.keeper_event {
                s.push_str(&format!(" ({ev})"));
            }
        }
        s
    }
}

fn minute_label(t: &EventTime) -> String {
    if t.shootout() {
        "in the shoot-out".into()
    } else {
        t.display.to_string()
    }
}

/// A keeper's save (a Goal Keeper event of a saving type).
#[derive(Debug, Clone, Serialize)]
pub struct Save {
    /// When.
    pub time: EventTime,
    /// The keeper's team.
    pub team: Option<TeamId>,
    /// The keeper.
    pub keeper: Person,
    /// The shooter, when the shot is in the data.
    pub shooter: Option<Person>,
    /// `Shot Saved`, `Penalty Saved`, `Penalty Saved to Post`, `Save`, `Shot Saved to Post`.
    pub kind: String,
    /// A penalty (in-match or shoot-out) saved.
    pub penalty: bool,
    /// In the shoot-out.
    pub shootout: bool,
    /// StatsBomb's event index.
    pub index: u32,
    /// The event, with the one-line description as text.
    pub evidence: Evidence,
}

/// A pass that set up a goal (`goal_assist`).
#[derive(Debug, Clone, Serialize)]
pub struct Assist {
    /// When the pass was played.
    pub time: EventTime,
    /// The team.
    pub team: Option<TeamId>,
    /// The passer.
    pub passer: Person,
    /// The scorer (the assisted shot's player, else the pass's recipient).
    pub scorer: Option<Person>,
    /// StatsBomb's event index.
    pub index: u32,
    /// The event, with the one-line description as text.
    pub evidence: Evidence,
}

/// A foul that won a penalty.
#[derive(Debug, Clone, Serialize)]
pub struct PenaltyWon {
    /// When.
    pub time: EventTime,
    /// The team awarded the penalty.
    pub team: Option<TeamId>,
    /// The player fouled.
    pub won_by: Person,
    /// The player who committed the foul, when in the data.
    pub committed_by: Option<Person>,
    /// StatsBomb's event index (the Foul Won event).
    pub index: u32,
    /// The event, with the one-line description as text.
    pub evidence: Evidence,
}

/// A card (on a foul or for bad behaviour).
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    /// When.
    pub time: EventTime,
    /// The player's team.
    pub team: Option<TeamId>,
    /// The player booked.
    pub player: Person,
    /// `Yellow Card`, `Second Yellow`, `Red Card`.
    pub card: String,
    /// StatsBomb's event index.
    pub index: u32,
    /// The event, with the one-line description as text.
    pub evidence: Evidence,
}

/// A substitution.
#[derive(Debug, Clone, Serialize)]
pub struct Substitution {
    /// When.
    pub time: EventTime,
    /// The team.
    pub team: Option<TeamId>,
    /// Player going off.
    pub off: Person,
    /// Player coming on.
    pub on: Option<Person>,
    /// `Tactical`, `Injury`.
    pub reason: Option<String>,
    /// StatsBomb's event index.
    pub index: u32,
    /// The event, with the one-line description as text.
    pub evidence: Evidence,
}

/// An own goal (StatsBomb's `Own Goal Against`: the player and his team, who conceded).
#[derive(Debug, Clone, Serialize)]
pub struct OwnGoal {
    /// When.
    pub time: EventTime,
    /// The player's team (which conceded).
    pub team: Option<TeamId>,
    /// The player.
    pub player: Person,
    /// StatsBomb's event index.
    pub index: u32,
    /// The event, with the one-line description as text.
    pub evidence: Evidence,
}

/// The event data of one match.
#[derive(Debug, Clone, Serialize)]
pub struct MatchEvents {
    /// The canonical match.
    pub match_id: MatchId,
    /// StatsBomb's match id.
    pub sb_match: i64,
    /// Day.
    pub date: Date,
    /// Complete or excerpt.
    pub coverage: Coverage,
    /// Events held / events of the upstream file (excerpts).
    pub events: u32,
    /// Events of the whole upstream file (excerpts only).
    pub upstream_events: Option<u32>,
    /// The credit to show with any of it.
    pub credit: &'static str,
    /// The StatsBomb match entry.
    pub source: Evidence,
    /// Every shot, penalty and shoot-out kick, in event order.
    pub shots: Vec<Shot>,
    /// Keeper saves.
    pub saves: Vec<Save>,
    /// Passes that set up a goal.
    pub assists: Vec<Assist>,
    /// Fouls that won a penalty.
    pub penalties_won: Vec<PenaltyWon>,
    /// Cards.
    pub cards: Vec<Card>,
    /// Substitutions.
    pub substitutions: Vec<Substitution>,
    /// Own goals.
    pub own_goals: Vec<OwnGoal>,
}

impl MatchEvents {
    /// In-match penalties (periods 1–4), scored, missed or saved.
    pub fn penalties(&self) -> impl Iterator<Item = &Shot> {
        self.shots.iter().filter(|s| s.is_penalty() && !s.shootout)
    }
    /// Shoot-out kicks, in kick order.
    pub fn shootout_kicks(&self) -> impl Iterator<Item = &Shot> {
        self.shots.iter().filter(|s| s.shootout)
    }
    /// Shots that hit the woodwork (shoot-out kicks included; check `shootout`).
    pub fn woodwork(&self) -> impl Iterator<Item = &Shot> {
        self.shots.iter().filter(|s| s.woodwork())
    }
    /// True when an absence can be concluded from this match's events.
    pub fn proves_absence(&self) -> bool {
        self.coverage.proves_absence()
    }
    /// A player's in-match penalties in this match, and whether that list is the whole truth
    /// (`Some(list)` with complete coverage; with an excerpt the found ones are facts but the
    /// list may be incomplete: `None` means "unknown beyond the listed ones").
    pub fn penalties_of(&self, player: PlayerId) -> (Vec<&Shot>, bool) {
        let found = self.penalties().filter(|s| s.shooter.is(player)).collect();
        (found, self.proves_absence())
    }
}

/// One penalty of a player, with its match's coverage.
#[derive(Debug, Clone, Serialize)]
pub struct PlayerPenalty {
    /// The canonical match.
    pub match_id: MatchId,
    /// Day.
    pub date: Date,
    /// Coverage of that match.
    pub coverage: Coverage,
    /// The kick (in-match or shoot-out: see `shot.shootout`).
    pub shot: Shot,
}

/// A player's penalties where event data covers his matches.
#[derive(Debug, Clone, Serialize)]
pub struct PlayerPenalties {
    /// The player.
    pub player: PlayerId,
    /// Every penalty and shoot-out kick of his found in covered matches, by date.
    pub penalties: Vec<PlayerPenalty>,
    /// Every covered match he was in the line-up of, with its coverage: only the complete ones
    /// prove that he took no (other) penalty there.
    pub matches: Vec<(MatchId, Date, Coverage)>,
    /// The credit to show with any of it.
    pub credit: &'static str,
}

impl Facts {
    /// The event data of a match: `None` when no StatsBomb events file covers it.
    pub fn match_events(&self, id: MatchId) -> Result<Option<MatchEvents>, FactsError> {
        let Some(m) = self.store().sb_match(id)? else {
            return Ok(None);
        };
        self.events_of(&m)
    }

    fn events_of(&self, m: &SbMatchRow) -> Result<Option<MatchEvents>, FactsError> {
        let coverage = match m.coverage {
            SbCoverage::Complete => Coverage::Complete,
            SbCoverage::Excerpt => Coverage::Excerpt,
            SbCoverage::None => return Ok(None),
        };
        let Some(match_id) = m.match_id else {
            return Ok(None);
        };
        let rows = self.store().sb_events(m.sb_id)?;
        Ok(Some(build(match_id, m, coverage, rows)))
    }

    /// A player's penalties in every match event data covers (with each match's coverage).
    pub fn player_penalties(&self, player: PlayerId) -> Result<PlayerPenalties, FactsError> {
        let mut out = PlayerPenalties {
            player,
            penalties: Vec::new(),
            matches: Vec::new(),
            credit: CREDIT,
        };
        for m in self.store().sb_player_matches(player)? {
            let Some(ev) = self.events_of(&m)? else {
                continue;
            };
            out.matches.push((ev.match_id, ev.date, ev.coverage));
            for s in ev
                .shots
                .iter()
                .filter(|s| s.is_penalty() && s.shooter.is(player))
            {
                out.penalties.push(PlayerPenalty {
                    match_id: ev.match_id,
                    date: ev.date,
                    coverage: ev.coverage,
                    shot: s.clone(),
                });
            }
        }
        Ok(out)
    }
}

fn person(id: Option<PlayerId>, name: Option<&str>) -> Option<Person> {
    name.map(|n| Person {
        player: id,
        name: n.to_string(),
    })
}

fn with_text(ev: &Evidence, text: String) -> Evidence {
    let mut e = ev.clone();
    e.text = text;
    e
}

/// Builds the typed lists from a match's stored event rows.
pub fn build(
    match_id: MatchId,
    m: &SbMatchRow,
    coverage: Coverage,
    rows: Vec<SbEventRow>,
) -> MatchEvents {
    let mut ev = MatchEvents {
        match_id,
        sb_match: m.sb_id,
        date: m.date,
        coverage,
        events: m.events,
        upstream_events: m.upstream_events,
        credit: CREDIT,
        source: m.evidence.clone(),
        shots: Vec::new(),
        saves: Vec::new(),
        assists: Vec::new(),
        penalties_won: Vec::new(),
        cards: Vec::new(),
        substitutions: Vec::new(),
        own_goals: Vec::new(),
    };
    for r in &rows {
        let time = EventTime::new(r.period, r.minute, r.second);
        let label = minute_label(&time);
        let actor = person(r.player, r.player_name.as_deref());
        let other = person(r.other, r.other_name.as_deref());
        let src = |text: String| {
            with_text(
                &r.evidence,
                format!("{text} [StatsBomb match {} event {}]", r.sb_match, r.index),
            )
        };
        match r.kind.as_str() {
            "shot" => {
                let Some(shooter) = actor else { continue };
                let mut shot = Shot {
                    time,
                    team: r.team,
                    team_name: r.team_name.clone(),
                    shooter,
                    kind: r.detail.clone().unwrap_or_default(),
                    outcome: r.outcome.clone().unwrap_or_default(),
                    end: r.end.map(|(x, y, z)| EndLocation::new(x, y, z)),
                    keeper: other,
                    keeper_event: None,
                    shootout: r.period == 5,
                    index: r.index,
                    id: r.uuid.clone(),
                    evidence: r.evidence.clone(),
                };
                // The keeper's answer to the shot is stored as a keeper row at the same index
                // order; it is filled below.
                shot.evidence = src(shot.describe());
                ev.shots.push(shot);
            }
            "keeper" => {
                let Some(keeper) = actor else { continue };
                let kind = r.detail.clone().unwrap_or_default();
                // Attach to the shot this keeper event answers (the shooter is `other`).
                if let Some(shot) = ev.shots.iter_mut().rev().find(|s| {
                    s.keeper.as_ref().is_some_and(|k| k.name == keeper.name)
                        && s.keeper_event.is_none()
                        && s.time.period == r.period
                        && other.as_ref().is_some_and(|o| o.name == s.shooter.name)
                }) {
                    shot.keeper_event = Some(kind.clone());
                    shot.evidence = with_text(
                        &shot.evidence,
                        format!(
                            "{} [StatsBomb match {} event {}]",
                            shot.describe(),
                            r.sb_match,
                            shot.index
                        ),
                    );
                }
                let saving = kind.contains("Saved") || kind == "Save";
                if saving {
                    let penalty = kind.starts_with("Penalty");
                    let text = format!(
                        "{} ({}) {kind} {label} ({}){}",
                        keeper.name,
                        r.team_name,
                        time.elapsed(),
                        other
                            .as_ref()
                            .map(|o| format!(", shot by {}", o.name))
                            .unwrap_or_default()
                    );
                    ev.saves.push(Save {
                        time,
                        team: r.team,
                        keeper,
                        shooter: other,
                        kind,
                        penalty,
                        shootout: r.period == 5,
                        index: r.index,
                        evidence: src(text),
                    });
                }
            }
            "assist" => {
                let Some(passer) = actor else { continue };
                let text = format!(
                    "{} ({}) assist {label} ({}){}",
                    passer.name,
                    r.team_name,
                    time.elapsed(),
                    other
                        .as_ref()
                        .map(|o| format!(" for {}'s goal", o.name))
                        .unwrap_or_default()
                );
                ev.assists.push(Assist {
                    time,
                    team: r.team,
                    passer,
                    scorer: other,
                    index: r.index,
                    evidence: src(text),
                });
            }
            "foul_won" if r.penalty => {
                let Some(won_by) = actor else { continue };
                let text = format!(
                    "{} ({}) won a penalty {label} ({}){}",
                    won_by.name,
                    r.team_name,
                    time.elapsed(),
                    other
                        .as_ref()
                        .map(|o| format!(", foul by {}", o.name))
                        .unwrap_or_default()
                );
                ev.penalties_won.push(PenaltyWon {
                    time,
                    team: r.team,
                    won_by,
                    committed_by: other,
                    index: r.index,
                    evidence: src(text),
                });
            }
            "card" => {
                let Some(player) = actor else { continue };
                let card = r.detail.clone().unwrap_or_default();
                let text = format!(
                    "{} ({}) {card} {label} ({})",
                    player.name,
                    r.team_name,
                    time.elapsed()
                );
                ev.cards.push(Card {
                    time,
                    team: r.team,
                    player,
                    card,
                    index: r.index,
                    evidence: src(text),
                });
            }
            "substitution" => {
                let Some(off) = actor else { continue };
                let text = format!(
                    "{} substitution {label} ({}): {} off, {} on",
                    r.team_name,
                    time.elapsed(),
                    off.name,
                    other.as_ref().map(|o| o.name.as_str()).unwrap_or("–")
                );
                ev.substitutions.push(Substitution {
                    time,
                    team: r.team,
                    off,
                    on: other,
                    reason: r.detail.clone(),
                    index: r.index,
                    evidence: src(text),
                });
            }
            "own_goal" => {
                let Some(player) = actor else { continue };
                let text = format!(
                    "{} ({}) own goal {label} ({})",
                    player.name,
                    r.team_name,
                    time.elapsed()
                );
                ev.own_goals.push(OwnGoal {
                    time,
                    team: r.team,
                    player,
                    index: r.index,
                    evidence: src(text),
                });
            }
            _ => {}
        }
    }
    ev
}
