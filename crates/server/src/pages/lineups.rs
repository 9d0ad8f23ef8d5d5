//! The line-ups section of the match page: each side's starters, the substitutes who came on,
//! and the substitutions as pairs (who came on for whom), where a source records them. Its own
//! module so the match page's other sections change independently.

use crate::api::journal::LineupsView;
use maud::{html, Markup};

/// The line-ups section, or nothing when no source has line-ups for the match.
pub fn section(l: Option<&LineupsView>) -> Markup {
    let Some(l) = l else {
        return html! {};
    };
    html! {
        h2 { "Line-ups" }
        div.grid-2 #lineups {
            @for t in &l.teams {
                div.(format!("lineup-{}", t.side)) {
                    h3 { (t.team) }
                    p { strong { "Starting: " } (t.starters.join(", ")) }
                    @if t.substitutions.is_empty() {
                        p.muted { "No substitutions recorded." }
                    } @else {
                        table.data.subs-pairs {
                            thead { tr { th.num { "minute" } th { "on" } th { "off" } } }
                            tbody {
                                @for p in &t.substitutions {
                                    tr {
                                        td.num { (p.minute_label) }
                                        td { (p.on.as_deref().unwrap_or("—")) }
                                        td { (p.off.as_deref().unwrap_or("—"))
                                            @if p.paired_by_order { " " span.muted title="several changes at this minute; the source does not say who replaced whom" { "*" } } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if l.teams.iter().flat_map(|t| &t.substitutions).any(|p| p.paired_by_order) {
            p.muted { "* several changes at the same minute: the source does not say who replaced whom; paired in file order." }
        }
        p.muted { "Line-ups: " (l.source) "." }
    }
}
