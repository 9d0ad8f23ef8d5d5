//! The time between goals of a match: "two goals in four minutes", "a 68-minute wait".
//!
//! Minutes come from [`crate::goals`]. Within one period the gap is the difference of elapsed
//! minutes (`90+3'` counts as 93). Across a break (half time, the start of extra time) the
//! stoppage time of the earlier period is unknown, so the gap counts regulation minutes only and
//! is flagged approximate; so is any gap measured on martj42 minutes, which fold stoppage time in.

use crate::goals::MatchGoals;
use goalline_core::Minute;
use serde::Serialize;

/// The gap between two consecutive goals with known minutes.
#[derive(Debug, Clone, Serialize)]
pub struct GoalInterval {
    /// Index of the earlier goal in [`MatchGoals::goals`].
    pub from: usize,
    /// Index of the later goal.
    pub to: usize,
    /// Minute of the earlier goal.
    pub from_minute: Minute,
    /// Minute of the later goal.
    pub to_minute: Minute,
    /// Minutes between them.
    pub minutes: u32,
    /// True when stoppage time makes the figure uncertain.
    pub approximate: bool,
}

/// The period a minute lies in: 1 first half, 2 second half, 3 and 4 extra time.
pub fn period(m: Minute) -> u8 {
    match m.base {
        0..=45 => 1,
        46..=90 => 2,
        91..=105 => 3,
        _ => 4,
    }
}

/// Gaps between consecutive goals whose minutes are known, in time order.
pub fn goal_intervals(goals: &MatchGoals) -> Vec<GoalInterval> {
    let timed: Vec<(usize, Minute, bool)> = goals
        .goals
        .iter()
        .enumerate()
        .filter_map(|(i, g)| g.minute.map(|m| (i, m, g.stoppage_known)))
        .collect();
    timed
        .windows(2)
        .map(|w| {
            let (i, a, ka) = w[0];
            let (j, b, kb) = w[1];
            let same = period(a) == period(b);
            let minutes = if same {
                u32::from(b.elapsed().saturating_sub(a.elapsed()))
            } else {
                u32::from(b.base.saturating_sub(a.base)) + u32::from(b.stoppage.unwrap_or(0))
            };
            GoalInterval {
                from: i,
                to: j,
                from_minute: a,
                to_minute: b,
                minutes,
                approximate: !(ka && kb) || (!same && a.stoppage.is_some()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goals::Goal;
    use goalline_core::TeamId;

    fn goal(m: Minute) -> Goal {
        Goal {
            team: TeamId(1),
            player: None,
            name: None,
            minute: Some(m),
            stoppage_known: true,
            penalty: false,
            own_goal: false,
            score_after: (0, 0),
            evidence: Vec::new(),
        }
    }

    #[test]
    fn gaps_within_and_across_periods() {
        let g = MatchGoals {
            goals: vec![
                goal(Minute::new(10)),
                goal(Minute::with_stoppage(45, 2)),
                goal(Minute::new(50)),
                goal(Minute::with_stoppage(90, 3)),
            ],
            complete: true,
            source: "fjelstul",
        };
        let v = goal_intervals(&g);
        assert_eq!(
            v.iter().map(|i| i.minutes).collect::<Vec<_>>(),
            vec![37, 5, 43]
        );
        assert_eq!(
            v.iter().map(|i| i.approximate).collect::<Vec<_>>(),
            vec![false, true, false]
        );
    }
}
