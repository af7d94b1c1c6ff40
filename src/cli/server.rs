//! `prezenca serve` and `prezenca doctor`: the CLI door of the shared server.

use super::{Global, sanitize_multiline, say};
use crate::config;
use crate::core::error::Result;
use crate::server::{server, setup};

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

/// `prezenca doctor`: says why this user cannot connect to the shared server, or that they
/// can. Exit 0 when connected to a trusted server, 1 otherwise.
pub fn doctor(g: &Global) -> Result<i32> {
    let (cfg, warnings) = config::Config::load();
    for w in warnings {
        say(&w);
    }
    let socket = config::socket_path(g.socket.as_deref(), &cfg).path;
    let facts = setup::observe(&socket, cfg.server_user.as_deref());
    println!(
        "{}",
        sanitize_multiline(&crate::t!(
            "doctor-looked",
            socket = socket.display().to_string(),
            user = facts.user.as_str(),
            server_user = cfg.server_user.as_deref().unwrap_or("-")
        ))
    );
    let findings = setup::diagnose(&facts);
    for f in &findings {
        println!(
            "{}",
            sanitize_multiline(&format!("- {}", setup::describe(f)))
        );
    }
    Ok(
        if matches!(findings.as_slice(), [setup::Finding::Fine { .. }]) {
            0
        } else {
            1
        },
    )
}
