//! Inline SVG charts (no script, no external library): a horizontal bar chart of totals with the
//! known part overlaid (scorer coverage by competition), and a cumulative chart over time of a
//! count known as an interval (a player's goals: the known tally as a line, the interval
//! `[low, high]` as a shaded band, so the unknown-scorer coverage is visible).
//!
//! Labels are interpolated by maud and so HTML-escaped; colours come from CSS classes, so the
//! strict CSP needs no inline styles.

use goalline_core::{Date, Datelike};
use maud::{html, Markup};

/// One bar: a label, the total and the known part of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Label on the left.
    pub label: String,
    /// Full length.
    pub total: u32,
    /// Highlighted part (clamped to `total`).
    pub known: u32,
}

const WIDTH: u32 = 720;
const LABEL_W: u32 = 220;
const VALUE_W: u32 = 90;
const ROW_H: u32 = 24;
const BAR_H: u32 = 16;

/// A horizontal bar chart; `title` is the accessible name.
pub fn bars(title: &str, rows: &[Bar]) -> Markup {
    let max = rows.iter().map(|r| r.total).max().unwrap_or(0).max(1);
    let plot_w = WIDTH - LABEL_W - VALUE_W;
    let height = ROW_H * rows.len() as u32 + 8;
    let scale = |n: u32| -> u32 { (u64::from(n) * u64::from(plot_w) / u64::from(max)) as u32 };
    html! {
        svg.chart xmlns="http://www.w3.org/2000/svg" role="img" aria-label=(title)
            viewBox=(format!("0 0 {WIDTH} {height}")) width=(WIDTH) height=(height) {
            title { (title) }
            @for (i, r) in rows.iter().enumerate() {
                @let y = 4 + ROW_H * i as u32;
                @let known = r.known.min(r.total);
                @let label = truncate(&r.label, 30);
                g {
                    title { (r.label) ": " (known) " of " (r.total) " with a known scorer" }
                    text x=(LABEL_W - 8) y=(y + BAR_H - 3) text-anchor="end" { (label) }
                    rect.total x=(LABEL_W) y=(y) width=(scale(r.total).max(1)) height=(BAR_H) rx="2" {}
                    rect.known x=(LABEL_W) y=(y) width=(scale(known)) height=(BAR_H) rx="2" {}
                    text.value x=(LABEL_W + scale(r.total).max(1) + 6) y=(y + BAR_H - 3) {
                        (known) " / " (r.total)
                    }
                }
            }
        }
    }
}

/// A point of the band: from `date` on, the count lies in `[low, high]` (`high` `None`: no
/// upper bound).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BandPoint {
    /// The day from which this holds.
    pub date: Date,
    /// Lower bound.
    pub low: u32,
    /// Upper bound.
    pub high: Option<u32>,
}

const CW: f64 = 900.0;
const CH: f64 = 300.0;
const CL: f64 = 56.0;
const CR: f64 = 20.0;
const CT: f64 = 16.0;
const CB: f64 = 36.0;

/// A cumulative chart from `from` to `to`: `known` is a step line (the count after each day
/// listed), `band` a shaded step band. `title` is the accessible name.
pub fn cumulative(
    title: &str,
    from: Date,
    to: Date,
    known: &[(Date, u32)],
    band: &[BandPoint],
) -> Markup {
    let to = to.max(from.succ_opt().unwrap_or(from));
    let days = (to - from).num_days().max(1) as f64;
    let finite_max = band
        .iter()
        .filter_map(|b| b.high)
        .chain(band.iter().map(|b| b.low))
        .chain(known.iter().map(|k| k.1))
        .max()
        .unwrap_or(0);
    let ymax = nice_max(finite_max);
    let plot_w = CW - CL - CR;
    let plot_h = CH - CT - CB;
    let x = |d: Date| CL + ((d - from).num_days().clamp(0, days as i64) as f64 / days) * plot_w;
    let y = |v: u32| CT + plot_h - (f64::from(v.min(ymax)) / f64::from(ymax)) * plot_h;
    let top = CT;
    // Band: upper edge left to right, lower edge right to left, as steps.
    let mut upper: Vec<(f64, f64)> = Vec::new();
    let mut lower: Vec<(f64, f64)> = Vec::new();
    for (i, b) in band.iter().enumerate() {
        let x0 = x(b.date);
        let x1 = band.get(i + 1).map_or(x(to), |n| x(n.date));
        let hy = b.high.map_or(top, y);
        upper.push((x0, hy));
        upper.push((x1, hy));
        lower.push((x0, y(b.low)));
        lower.push((x1, y(b.low)));
    }
    let band_path = if upper.is_empty() {
        String::new()
    } else {
        let mut d = String::new();
        for (i, (px, py)) in upper.iter().chain(lower.iter().rev()).enumerate() {
            d.push_str(&format!(
                "{}{px:.1} {py:.1} ",
                if i == 0 { "M" } else { "L" }
            ));
        }
        d.push('Z');
        d
    };
    let unbounded: Vec<(f64, f64)> = band
        .iter()
        .enumerate()
        .filter(|(_, b)| b.high.is_none())
        .map(|(i, b)| (x(b.date), band.get(i + 1).map_or(x(to), |n| x(n.date))))
        .collect();
    let mut line = format!("M{:.1} {:.1}", x(from), y(0));
    let mut last = 0;
    for (d, v) in known.iter().filter(|(d, _)| *d >= from && *d <= to) {
        line.push_str(&format!(
            " L{:.1} {:.1} L{:.1} {:.1}",
            x(*d),
            y(last),
            x(*d),
            y(*v)
        ));
        last = *v;
    }
    line.push_str(&format!(" L{:.1} {:.1}", x(to), y(last)));
    let yticks: Vec<u32> = (0..=4).map(|i| ymax * i / 4).collect();
    let span_years = (to.year() - from.year()).max(1);
    let step = match span_years {
        0..=8 => 1,
        9..=20 => 2,
        21..=50 => 5,
        _ => 10,
    };
    let xticks: Vec<i32> = ((from.year() + 1)..=to.year())
        .filter(|yr| yr % step == 0)
        .collect();
    html! {
        svg.chart.cumulative xmlns="http://www.w3.org/2000/svg" role="img" aria-label=(title)
            viewBox=(format!("0 0 {CW} {CH}")) width=(CW) height=(CH) {
            title { (title) }
            @for v in &yticks {
                line.grid x1=(CL) x2=(CW - CR) y1=(format!("{:.1}", y(*v))) y2=(format!("{:.1}", y(*v))) {}
                text.value x=(CL - 8.0) y=(format!("{:.1}", y(*v) + 4.0)) text-anchor="end" { (v) }
            }
            @for yr in &xticks {
                @if let Some(d) = Date::from_ymd_opt(*yr, 1, 1) {
                    line.grid x1=(format!("{:.1}", x(d))) x2=(format!("{:.1}", x(d))) y1=(CT) y2=(CH - CB) {}
                    text.value x=(format!("{:.1}", x(d))) y=(CH - CB + 18.0) text-anchor="middle" { (yr) }
                }
            }
            @if !band_path.is_empty() {
                path.band d=(band_path) {
                    title { "the interval [low, high]: goals the data prove, and at most how many the player may have" }
                }
            }
            @for (x0, x1) in &unbounded {
                rect.unbounded x=(format!("{x0:.1}")) y=(CT) width=(format!("{:.1}", (x1 - x0).max(1.0))) height="6" {
                    title { "no upper bound here: a match of the team with an unknown score" }
                }
            }
            path.known d=(line) {
                title { "goals known goal by goal (scorer rows)" }
            }
            line.axis x1=(CL) x2=(CW - CR) y1=(CH - CB) y2=(CH - CB) {}
            line.axis x1=(CL) x2=(CL) y1=(CT) y2=(CH - CB) {}
        }
    }
}

/// A round axis maximum above `v`: four times a tick step of 1, 2, 3 or 5 × 10ⁿ.
fn nice_max(v: u32) -> u32 {
    let raw = (f64::from(v.max(4)) * 1.08).ceil() as u32;
    let target = raw.div_ceil(4);
    let mut mag = 1u32;
    loop {
        for m in [1, 2, 3, 5] {
            if m * mag >= target {
                return 4 * m * mag;
            }
        }
        mag = mag.saturating_mul(10);
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_and_escape() {
        let svg = bars(
            "coverage",
            &[
                Bar {
                    label: "FIFA World Cup".into(),
                    total: 100,
                    known: 100,
                },
                Bar {
                    label: "<b>x</b>".into(),
                    total: 50,
                    known: 10,
                },
            ],
        )
        .into_string();
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("width=\"410\""), "{svg}");
        assert!(svg.contains("width=\"205\""), "{svg}");
        assert!(svg.contains("&lt;b&gt;x&lt;/b&gt;"));
        assert!(!svg.contains("<b>"));
    }

    #[test]
    fn cumulative_band_and_line() {
        let d = |s: &str| Date::parse_from_str(s, "%Y-%m-%d").unwrap_or_default();
        let svg = cumulative(
            "Kane",
            d("2014-01-01"),
            d("2022-12-10"),
            &[(d("2015-03-27"), 1), (d("2022-12-10"), 47)],
            &[
                BandPoint {
                    date: d("2014-01-01"),
                    low: 0,
                    high: Some(40),
                },
                BandPoint {
                    date: d("2020-01-01"),
                    low: 30,
                    high: None,
                },
                BandPoint {
                    date: d("2022-12-10"),
                    low: 52,
                    high: Some(55),
                },
            ],
        )
        .into_string();
        assert!(svg.contains("class=\"band\""), "{svg}");
        assert!(svg.contains("class=\"known\""));
        assert!(
            svg.contains("class=\"unbounded\""),
            "unbounded stretch marked"
        );
        assert!(svg.contains(">2020<"));
    }

    #[test]
    fn nice_maxima() {
        assert!(nice_max(55) >= 55);
        assert!(nice_max(0) >= 4);
        assert_eq!(nice_max(55) % 4, 0);
        assert_eq!(nice_max(45), 80);
        assert_eq!(nice_max(100), 120);
        assert_eq!(nice_max(10), 12);
    }

    #[test]
    fn empty_chart_is_valid() {
        assert!(bars("none", &[])
            .into_string()
            .contains("viewBox=\"0 0 720 8\""));
    }
}
