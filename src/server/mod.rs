//! The shared server: one process owns the redb file; clients talk to it over a Unix socket.
//!
//! `server::run` is the process; [`client::connect_if_running`] is how every other command
//! finds it. The `serve` and `doctor` commands that start and explain it are in the CLI door.

pub mod client;
pub mod config;
pub mod peer;
pub mod protocol;
pub mod setup;
// `server::server` is the process itself, beside its protocol, client and config.
#[allow(clippy::module_inception)]
pub mod server;
