//! prezenca: attendance and follow-ups for training events, one core behind a TUI and a CLI.
pub mod backend;
pub mod cli;
pub mod core;
pub mod datagen;
pub mod domain;
pub mod i18n;
pub mod io;
pub mod report;
pub mod sample;
pub mod server;
pub mod store;
pub mod text;
pub mod tui;
