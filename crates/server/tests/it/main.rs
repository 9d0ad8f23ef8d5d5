//! goalline-server's integration tests: one binary, a live server on 127.0.0.1 over a database
//! imported once from the real data (../shared/data), driven by reqwest and by real headless
//! Chromium through chromedriver (WebDriver).

mod api;
mod browser;
mod checks_api;
mod common;
mod facts_api;
mod journal_api;
mod names_api;
mod openapi;
mod pages;
