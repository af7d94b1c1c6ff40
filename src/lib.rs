//! prezenca: attendance and follow-ups for training events, one core behind a TUI and a CLI.
//!
//! Only the CLI door prints: every other layer returns values or errors, so nothing writes
//! to a terminal the TUI holds (README › Architecture, the layering rule).
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod backend;
#[allow(clippy::print_stdout, clippy::print_stderr)]
pub mod cli;
pub mod config;
pub mod core;
#[cfg(any(test, feature = "datagen"))]
pub mod datagen;
pub mod domain;
pub mod i18n;
pub mod io;
pub mod peer;
pub mod report;
pub mod sample;
pub mod server;
pub mod store;
pub mod text;
pub mod tui;
