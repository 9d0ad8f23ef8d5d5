//! `goalline status`: what the database holds.

use crate::config::Config;
use crate::exit;
use crate::output::{self, thousands};
use anyhow::Result;

/// Runs `goalline status`.
pub fn run(cfg: &Config) -> Result<u8> {
    let store = super::open_store(cfg)?;
    let tables = store.table_counts()?;
    let links = store.link_report()?;
    if cfg.json {
        output::json(
            &serde_json::json!({"db": cfg.db.to_string(), "tables": tables, "links": links}),
        )?;
        return Ok(exit::OK);
    }
    output::print(format!("Database {}", cfg.db))?;
    let mut t = output::table(&["table", "rows"]);
    for (name, n) in &tables {
        t.add_row(vec![name.clone(), thousands(*n)]);
    }
    output::print(t)?;
    if let Some(r) = links.and_then(|v| serde_json::from_value(v).ok()) {
        super::import::print_links(&r)?;
    }
    Ok(exit::OK)
}
