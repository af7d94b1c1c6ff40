//! Where the data is reached: [`local::LocalBackend`] owns the redb file in this process and
//! applies commands through the core; [`remote::RemoteBackend`] is the client of a running
//! `prezenca serve`, speaking [`protocol`]. [`open`] picks between them. The doors (CLI,
//! TUI) and the server hold a `Box<dyn Backend>`. This layer sits above `core` and `store`:
//! storage never imports the command layer.

pub mod local;
pub mod protocol;
pub mod remote;

use std::path::PathBuf;

use crate::core::Backend;
use crate::core::error::{Error, Result};
use local::LocalBackend;

/// Where the data is meant to be: a file named by the user (`--db`), a server's socket
/// (`--socket`), or neither (the config file and the defaults decide).
#[derive(Debug, Clone, Default)]
pub struct Target {
    pub db: Option<PathBuf>,
    pub socket: Option<PathBuf>,
}

impl Target {
    /// True when a file is named (`--db`) and no socket (`--socket`, `PREZENCA_SOCKET`):
    /// that file is meant, not the server of the config file. A trainer on a shared server
    /// who runs `prezenca --db ~/copy.redb summary …` on a backup reads the backup.
    pub fn file_first(&self) -> bool {
        self.db.is_some()
            && self.socket.is_none()
            && std::env::var_os("PREZENCA_SOCKET").is_none_or(|s| s.is_empty())
    }

    /// Refuses to go on with a file of its own when a server is meant but does not answer:
    /// with a socket given (`--socket`, `PREZENCA_SOCKET`) or configured, a mark written
    /// into a personal database while the server is down would be a mark nobody else ever
    /// sees. Only a file named with `--db` is opened instead.
    pub fn refuse_without_server(&self) -> Result<()> {
        self.refuse_without_server_in(&crate::config::Config::load().0)
    }

    /// [`Target::refuse_without_server`] with the settings already read.
    fn refuse_without_server_in(&self, cfg: &crate::config::Config) -> Result<()> {
        if self.db.is_some() {
            return Ok(());
        }
        let choice = crate::config::socket_path(self.socket.as_deref(), cfg);
        if choice.explicit {
            return Err(Error::NotSent(crate::t!(
                "client-not-connected-at",
                socket = choice.path.display().to_string(),
                why = crate::t!("client-no-server"),
                not_saved = crate::t!("client-not-saved")
            )));
        }
        Ok(())
    }
}

/// Opens the backend for a target: the server when one answers, else the file itself; a
/// file named on its own comes first (see [`Target::file_first`]). When a server is meant
/// and does not answer, nothing is opened (see [`Target::refuse_without_server`]). Returns
/// what the user should be told (config warnings, a repaired or read-only file); the caller
/// says it, this layer never prints.
pub fn open(target: &Target) -> Result<(Box<dyn Backend>, Vec<String>)> {
    // A config file others can write to is ignored, with a warning.
    let (cfg, mut notes) = crate::config::Config::load();
    if !target.file_first() {
        if let Some(r) = remote::connect_if_running(target.socket.as_deref())? {
            return Ok((r, notes));
        }
        target.refuse_without_server_in(&cfg)?;
    }
    let path = crate::store::resolve_path(target.db.as_deref())?;
    let b = match LocalBackend::open(&path) {
        Ok(b) => b,
        // The named file is held: by the running server, which then serves it.
        Err(Error::Busy(why)) => {
            return match remote::remote_if_running(target.socket.as_deref())? {
                Some(server) if server.serves(&path) => Ok((Box::new(server), notes)),
                _ => Err(Error::Busy(why)),
            };
        }
        // Refused as someone else's (the server's file, in the service account's folder):
        // the server that holds it serves it; otherwise the refusal stands.
        Err(refused @ Error::Invalid { .. }) => {
            return match remote::remote_if_running(target.socket.as_deref()) {
                Ok(Some(server)) if server.serves(&path) => Ok((Box::new(server), notes)),
                _ => Err(refused),
            };
        }
        Err(e) => return Err(e),
    };
    notes.extend(crate::store::take_notes());
    if b.read_only() {
        notes.push(crate::t!(
            "cmd-read-only-note",
            path = path.display().to_string()
        ));
    }
    Ok((Box::new(b), notes))
}
