//! The goal timeline of a match as inline SVG: a time axis from kick-off to the final whistle
//! (with extra time when played), stoppage time drawn as its own stretch after each period so
//! `90+3'` sits after the 90th minute, home goals above the axis and away goals below, each
//! with its minute, scorer and `pen.` / `o.g.` marks, and cards and substitutions as small
//! markers next to the axis.
//!
//! Pure layout: it takes minutes and labels and knows nothing of the facts engine. Text is
//! interpolated by maud (HTML-escaped); colours come from CSS classes (strict CSP).

use maud::{html, Markup};

/// Which side an event belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Drawn above the axis.
    Home,
    /// Drawn below the axis.
    Away,
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A goal.
    Goal {
        /// From the penalty spot.
        penalty: bool,
        /// An own goal (credited to `side`).
        own_goal: bool,
    },
    /// A yellow card.
    Yellow,
    /// A red card (straight or a second yellow).
    Red,
    /// A player coming on.
    SubOn,
    /// A penalty not scored (event data): saved, or missed (over, wide).
    PenaltyMiss {
        /// Saved by the keeper.
        saved: bool,
    },
    /// A shot off the post or bar (event data).
    Woodwork,
}

/// One event on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Regulation minute (90 in `90+3'`).
    pub base: u16,
    /// Stoppage time, when known.
    pub stoppage: Option<u16>,
    /// Side.
    pub side: Side,
    /// Kind.
    pub kind: Kind,
    /// Label (goals: `54' Harry Kane (pen.)`; others: the tooltip).
    pub label: String,
}

const WIDTH: f64 = 960.0;
const LEFT: f64 = 110.0;
const RIGHT: f64 = 24.0;
/// Distance of goal markers from the axis, per label level.
const LEVELS: [f64; 3] = [44.0, 66.0, 88.0];
/// Room above the highest label and below the lowest, and the band of minute labels.
const PAD: f64 = 22.0;
const TICK_BAND: f64 = 26.0;
const STOPPAGE_MAX: u16 = 15;

/// Periods: (start minute, end minute).
const PERIODS: [(u16, u16); 4] = [(0, 45), (45, 90), (90, 105), (105, 120)];

/// The x layout of the axis: each period's length plus the stoppage time drawn after it.
#[derive(Debug, Clone)]
pub struct Axis {
    periods: usize,
    stoppage: [u16; 4],
    scale: f64,
}

fn period_of(base: u16, periods: usize) -> usize {
    let p = match base {
        0..=45 => 0,
        46..=90 => 1,
        91..=105 => 2,
        _ => 3,
    };
    p.min(periods - 1)
}

impl Axis {
    /// An axis for `events`; `extra_time` adds the two periods of extra time.
    pub fn new(events: &[Event], extra_time: bool) -> Axis {
        let periods = if extra_time { 4 } else { 2 };
        let mut stoppage = [0u16; 4];
        for e in events {
            let (base, st) = normalise(e.base, e.stoppage, periods);
            let p = period_of(base, periods);
            if base == PERIODS[p].1 || st > 0 {
                stoppage[p] = stoppage[p].max(st.min(STOPPAGE_MAX));
            }
        }
        let units: u16 = (0..periods)
            .map(|p| PERIODS[p].1 - PERIODS[p].0 + stoppage[p])
            .sum();
        Axis {
            periods,
            stoppage,
            scale: (WIDTH - LEFT - RIGHT) / f64::from(units.max(1)),
        }
    }

    fn start_units(&self, p: usize) -> u16 {
        (0..p)
            .map(|q| PERIODS[q].1 - PERIODS[q].0 + self.stoppage[q])
            .sum()
    }

    /// The x of a minute.
    pub fn x(&self, base: u16, stoppage: Option<u16>) -> f64 {
        let (base, st) = normalise(base, stoppage, self.periods);
        let p = period_of(base, self.periods);
        let (lo, hi) = PERIODS[p];
        let within = base.clamp(lo, hi) - lo;
        let extra = st.min(self.stoppage[p]);
        LEFT + f64::from(self.start_units(p) + within + extra) * self.scale
    }

    fn end_x(&self, p: usize) -> f64 {
        LEFT + f64::from(self.start_units(p) + PERIODS[p].1 - PERIODS[p].0) * self.scale
    }
}

/// Without extra time, a base past 90 is stoppage time folded into the minute (martj42's `93`
/// is 90+3); likewise past 45 in the first half cannot be told apart, so it stays.
fn normalise(base: u16, stoppage: Option<u16>, periods: usize) -> (u16, u16) {
    let st = stoppage.unwrap_or(0);
    if periods == 2 && base > 90 {
        (90, st + (base - 90))
    } else if periods == 4 && base > 120 {
        (120, st + (base - 120))
    } else {
        (base.max(1), st)
    }
}

fn text_width(s: &str) -> f64 {
    s.chars().count() as f64 * 6.6 + 8.0
}

/// The timeline; `title` is the accessible name.
pub fn timeline(title: &str, home: &str, away: &str, events: &[Event], extra_time: bool) -> Markup {
    let axis = Axis::new(events, extra_time);
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by(|a, b| {
        axis.x(events[*a].base, events[*a].stoppage)
            .total_cmp(&axis.x(events[*b].base, events[*b].stoppage))
    });
    // Label levels per side, so close goals do not overlap: (index, level).
    let mut level_of = vec![0usize; events.len()];
    for side in [Side::Home, Side::Away] {
        let mut ends = [f64::MIN; 3];
        for &i in order.iter().filter(|i| events[**i].side == side) {
            if !matches!(events[i].kind, Kind::Goal { .. }) {
                continue;
            }
            let x = axis.x(events[i].base, events[i].stoppage);
            let lvl = (0..3).find(|l| ends[*l] < x - 2.0).unwrap_or_else(|| {
                (0..3)
                    .min_by(|a, b| ends[*a].total_cmp(&ends[*b]))
                    .unwrap_or(0)
            });
            ends[lvl] = x + text_width(&events[i].label);
            level_of[i] = lvl;
        }
    }
    let deepest = |side: Side| {
        (0..events.len())
            .filter(|i| events[*i].side == side && matches!(events[*i].kind, Kind::Goal { .. }))
            .map(|i| LEVELS[level_of[i]])
            .fold(30.0_f64, f64::max)
    };
    let axis_y = PAD + deepest(Side::Home);
    let height = axis_y + deepest(Side::Away) + PAD + TICK_BAND;
    let tick_y = height - 9.0;
    let ticks: Vec<(u16, String)> = {
        let mut v: Vec<(u16, String)> = vec![(0, "0'".into())];
        for m in [15u16, 30, 45, 60, 75, 90] {
            v.push((m, format!("{m}'")));
        }
        if axis.periods == 4 {
            v.push((105, "105'".into()));
            v.push((120, "120'".into()));
        }
        v
    };
    html! {
        svg.timeline xmlns="http://www.w3.org/2000/svg" role="img" aria-label=(title)
            viewBox=(format!("0 0 {WIDTH} {height:.0}")) width=(WIDTH) height=(format!("{height:.0}")) {
            title { (title) }
            text.side x="8" y=(fmt(axis_y - 12.0)) { (home) }
            text.side x="8" y=(fmt(axis_y + 22.0)) { (away) }
            // Stoppage stretches, shaded, with their length.
            @for p in 0..axis.periods {
                @if axis.stoppage[p] > 0 {
                    @let x0 = axis.end_x(p);
                    @let w = f64::from(axis.stoppage[p]) * axis.scale;
                    rect.stoppage x=(fmt(x0)) y="6" width=(fmt(w)) height=(fmt(height - TICK_BAND - 6.0)) {}
                    text.tick x=(fmt(x0 + w / 2.0)) y=(fmt(tick_y)) text-anchor="middle" { "+" (axis.stoppage[p]) }
                }
                @if p + 1 < axis.periods {
                    @let xb = axis.end_x(p) + f64::from(axis.stoppage[p]) * axis.scale;
                    line.break x1=(fmt(xb)) x2=(fmt(xb)) y1="6" y2=(fmt(height - TICK_BAND)) {}
                }
            }
            line.axis x1=(LEFT) x2=(fmt(WIDTH - RIGHT)) y1=(fmt(axis_y)) y2=(fmt(axis_y)) {}
            @for (m, label) in &ticks {
                @let x = if *m == 0 { LEFT } else { axis.x(*m, None) };
                line.grid x1=(fmt(x)) x2=(fmt(x)) y1="6" y2=(fmt(height - TICK_BAND)) {}
                line.tick x1=(fmt(x)) x2=(fmt(x)) y1=(fmt(axis_y - 4.0)) y2=(fmt(axis_y + 4.0)) {}
                text.tick x=(fmt(x)) y=(fmt(tick_y)) text-anchor="middle" { (label) }
            }
            @for &i in &order {
                @let e = &events[i];
                @let x = axis.x(e.base, e.stoppage);
                @let dir = if e.side == Side::Home { -1.0 } else { 1.0 };
                @match e.kind {
                    Kind::Goal { penalty, own_goal } => {
                        @let y = axis_y + dir * LEVELS[level_of[i]];
                        @let ty = if e.side == Side::Home { y - 6.0 } else { y + 14.0 };
                        g.goal.penalty[penalty].own-goal[own_goal] data-side=(if e.side == Side::Home { "home" } else { "away" }) {
                            title { (e.label) }
                            line.stem x1=(fmt(x)) x2=(fmt(x)) y1=(fmt(axis_y)) y2=(fmt(y)) {}
                            circle.ball cx=(fmt(x)) cy=(fmt(y)) r="5" {}
                            text.goal-label x=(fmt(x - 4.0)) y=(fmt(ty)) { (e.label) }
                        }
                    }
                    Kind::Yellow | Kind::Red => {
                        @let y = axis_y + dir * 14.0 - 5.0;
                        rect.card.red[e.kind == Kind::Red].yellow[e.kind == Kind::Yellow]
                            x=(fmt(x - 3.5)) y=(fmt(y)) width="7" height="10" rx="1" {
                            title { (e.label) }
                        }
                    }
                    Kind::SubOn => {
                        @let y = axis_y + dir * 28.0;
                        path.sub d=(format!("M{} {} l4 {} l-8 0 z", fmt(x), fmt(y - dir * 4.0), fmt(dir * 7.0))) {
                            title { (e.label) }
                        }
                    }
                    Kind::PenaltyMiss { saved } => {
                        @let y = axis_y + dir * 38.0;
                        path.pen-miss.saved[saved] d=(format!("M{} {} l8 8 m0 -8 l-8 8", fmt(x - 4.0), fmt(y - 4.0))) {
                            title { (e.label) }
                        }
                    }
                    Kind::Woodwork => {
                        @let y = axis_y + dir * 38.0;
                        path.woodwork d=(format!("M{} {} l0 8 l8 0 l0 -8", fmt(x - 4.0), fmt(y - 4.0))) {
                            title { (e.label) }
                        }
                    }
                }
            }
        }
    }
}

fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goal(base: u16, stoppage: Option<u16>, side: Side, label: &str) -> Event {
        Event {
            base,
            stoppage,
            side,
            kind: Kind::Goal {
                penalty: label.contains("pen"),
                own_goal: false,
            },
            label: label.into(),
        }
    }

    #[test]
    fn stoppage_time_sits_after_the_period() {
        let ev = [
            goal(90, Some(3), Side::Home, "90+3' A"),
            goal(89, None, Side::Away, "89' B"),
        ];
        let a = Axis::new(&ev, false);
        assert!(a.x(90, Some(3)) > a.x(90, None));
        assert!(a.x(90, None) > a.x(89, None));
        assert!(a.x(46, None) > a.x(45, None));
        // martj42's folded 93 is drawn as 90+3.
        assert_eq!(a.x(93, None), a.x(90, Some(3)));
        assert!(a.x(90, Some(3)) <= WIDTH - RIGHT + 0.01);
    }

    #[test]
    fn extra_time_extends_the_axis() {
        let ev = [goal(118, None, Side::Home, "118' A")];
        let a = Axis::new(&ev, true);
        assert!(a.x(118, None) > a.x(105, None));
        assert!(a.x(120, None) <= WIDTH - RIGHT + 0.01);
    }

    #[test]
    fn labels_are_escaped_and_marked() {
        let svg = timeline(
            "t",
            "<b>H</b>",
            "A",
            &[goal(54, None, Side::Home, "54' Harry Kane (pen.)")],
            false,
        )
        .into_string();
        assert!(svg.contains("54' Harry Kane (pen.)") || svg.contains("54&#39; Harry Kane (pen.)"));
        assert!(svg.contains("class=\"goal penalty\""), "{svg}");
        assert!(svg.contains("&lt;b&gt;H&lt;/b&gt;"));
    }
}
