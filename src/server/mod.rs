//! The shared server: one process owns the redb file; clients talk to it over a Unix socket.
//!
//! `serve` starts it; [`client::connect_if_running`] is how every other command finds it.

pub mod client;
pub mod config;
pub mod peer;
pub mod protocol;
// `server::server` is the process itself, beside its protocol, client and config.
#[allow(clippy::module_inception)]
pub mod server;

use crate::cli::{Global, say};
use crate::core::error::Result;

/// `prezenca serve`: owns the database at `--db` and listens on the chosen socket.
pub fn serve(g: &Global, group: Option<String>) -> Result<i32> {
    let (cfg, warnings) = config::Config::load();
    for w in warnings {
        say(&w);
    }
    let opts = server::Options {
        db: crate::store::resolve_path(g.db.as_deref())?,
        socket: config::socket_path(g.socket.as_deref(), &cfg).path,
        group,
    };
    server::run(&opts)
}
