//! The shared server: one process owns the redb file; clients talk to it over a Unix socket.
//!
//! `server::run` is the process; its client is `backend::remote`, and the messages both
//! ends speak are `backend::protocol`. The `serve` and `doctor` commands that start and
//! explain it are in the CLI door.

pub mod setup;
// `server::server` is the process itself, beside its setup checks.
#[allow(clippy::module_inception)]
pub mod server;
