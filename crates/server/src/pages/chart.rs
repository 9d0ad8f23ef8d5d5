//! Inline SVG charts (no script, no external library): a horizontal bar chart of totals with the
//! known part overlaid, used for scorer coverage by competition.
//!
//! Labels are interpolated by maud and so HTML-escaped; colours come from CSS classes, so the
//! strict CSP needs no inline styles.

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
    fn empty_chart_is_valid() {
        assert!(bars("none", &[])
            .into_string()
            .contains("viewBox=\"0 0 720 8\""));
    }
}
