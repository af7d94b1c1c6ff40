//! Where the server's socket is (discovery) and the config file that can say so.
//!
//! The socket is `--socket`, else `$PREZENCA_SOCKET`, else `socket` in the config file,
//! else `$XDG_RUNTIME_DIR/prezenca/socket`, else `/tmp/prezenca-$UID/socket`. The config file
//! is `/etc/prezenca/config.toml` (the administrator's) overridden key by key by
//! `$XDG_CONFIG_HOME/prezenca/config.toml` (the user's); keys: `socket`, `server_user`, `lang`,
//! `mouse`, `checkout_grace_minutes`, `organisation` (the organiser line of certificates),
//! `country_names` (`eu`: `Kosovo*` and the EU's footnote in reports).

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The settings of the config files, merged.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The server's socket.
    pub socket: Option<PathBuf>,
    /// The account the shared server runs as: clients trust a socket owned by it.
    pub server_user: Option<String>,
    /// Interface language.
    pub lang: Option<String>,
    /// The TUI takes the mouse (click, wheel); `mouse = false` leaves it to the terminal.
    pub mouse: Option<bool>,
    /// Check-out at the door: leaving this many minutes before a session's end or later
    /// counts as staying to the end (default 10).
    pub checkout_grace_minutes: Option<u16>,
    /// The organiser line printed on certificates.
    pub organisation: Option<String>,
    /// `eu`: country names in reports as EU documents write them (`Kosovo*` with the EU's
    /// designation footnote).
    pub country_names: Option<String>,
}

impl Config {
    /// Reads the system file, then the user's; problems are returned as warnings and the
    /// file in question is ignored, so a broken config never locks anyone out.
    pub fn load() -> (Config, Vec<String>) {
        let mut files = vec![PathBuf::from("/etc/prezenca/config.toml")];
        if let Some(dir) = user_config_dir() {
            files.push(dir.join("prezenca/config.toml"));
        }
        let mut cfg = Config::default();
        let mut warnings = Vec::new();
        for f in files {
            match read_file(&f) {
                Ok(Some(c)) => cfg.merge(c),
                Ok(None) => {}
                Err(w) => warnings.push(w),
            }
        }
        (cfg, warnings)
    }

    /// Later settings win, key by key.
    fn merge(&mut self, other: Config) {
        if other.socket.is_some() {
            self.socket = other.socket;
        }
        if other.server_user.is_some() {
            self.server_user = other.server_user;
        }
        if other.lang.is_some() {
            self.lang = other.lang;
        }
        if other.mouse.is_some() {
            self.mouse = other.mouse;
        }
        if other.checkout_grace_minutes.is_some() {
            self.checkout_grace_minutes = other.checkout_grace_minutes;
        }
        if other.organisation.is_some() {
            self.organisation = other.organisation;
        }
        if other.country_names.is_some() {
            self.country_names = other.country_names;
        }
    }
}

fn user_config_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("XDG_CONFIG_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d));
    }
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| PathBuf::from(h).join(".config"))
}

/// Reads one config file: `Ok(None)` when there is none, `Err(warning)` when it is refused.
pub fn read_file(path: &Path) -> Result<Option<Config>, String> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(cannot_read(path, &e.to_string())),
    };
    // Anyone could point the socket of a world-writable config at their own fake server.
    if meta.permissions().mode() & 0o002 != 0 {
        return Err(crate::t!(
            "config-writable",
            path = path.display().to_string()
        ));
    }
    let text = std::fs::read_to_string(path).map_err(|e| cannot_read(path, &e.to_string()))?;
    toml::from_str(&text).map(Some).map_err(|e| {
        crate::t!(
            "config-ignored",
            path = path.display().to_string(),
            why = e.to_string()
        )
    })
}

fn cannot_read(path: &Path, why: &str) -> String {
    crate::t!(
        "config-cannot-read",
        path = path.display().to_string(),
        why = why
    )
}

/// The socket path and how it was found (for messages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SocketChoice {
    pub path: PathBuf,
    /// True when the user or the administrator named it (flag, environment, config file);
    /// false for the default path.
    pub explicit: bool,
}

/// Chooses the socket: `--socket`, `PREZENCA_SOCKET`, the config file, the default.
pub fn socket_path(cli: Option<&Path>, cfg: &Config) -> SocketChoice {
    if let Some(p) = cli {
        return SocketChoice {
            path: p.to_path_buf(),
            explicit: true,
        };
    }
    if let Some(p) = std::env::var_os("PREZENCA_SOCKET").filter(|p| !p.is_empty()) {
        return SocketChoice {
            path: PathBuf::from(p),
            explicit: true,
        };
    }
    if let Some(p) = &cfg.socket {
        return SocketChoice {
            path: p.clone(),
            explicit: true,
        };
    }
    SocketChoice {
        path: default_socket(),
        explicit: false,
    }
}

/// `$XDG_RUNTIME_DIR/prezenca/socket`, else `/tmp/prezenca-$UID/socket`.
pub fn default_socket() -> PathBuf {
    if let Some(d) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d).join("prezenca/socket");
    }
    PathBuf::from(format!("/tmp/prezenca-{}/socket", nix::unistd::getuid()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(dir: &Path, name: &str, text: &str, mode: u32) -> PathBuf {
        let p = dir.join(name);
        let mut f = std::fs::File::create(&p).expect("create");
        f.write_all(text.as_bytes()).expect("write");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).expect("chmod");
        p
    }

    #[test]
    fn a_config_file_is_read() {
        let d = tempfile::tempdir().expect("tempdir");
        let p = write(
            d.path(),
            "c.toml",
            "socket = \"/run/prezenca/socket\"\nserver_user = \"prezenca\"\nmouse = false\n",
            0o644,
        );
        let c = read_file(&p).expect("read").expect("some");
        assert_eq!(c.socket, Some(PathBuf::from("/run/prezenca/socket")));
        assert_eq!(c.server_user.as_deref(), Some("prezenca"));
        assert_eq!(c.lang, None);
        assert_eq!(c.mouse, Some(false));
    }

    #[test]
    fn a_world_writable_config_is_refused_with_a_warning() {
        let d = tempfile::tempdir().expect("tempdir");
        let p = write(d.path(), "c.toml", "socket = \"/tmp/evil\"\n", 0o666);
        let w = read_file(&p).expect_err("refused");
        assert!(w.contains("other users can write"), "{w}");
    }

    #[test]
    fn unknown_keys_and_bad_syntax_are_warnings() {
        let d = tempfile::tempdir().expect("tempdir");
        let p = write(d.path(), "c.toml", "sockte = \"/x\"\n", 0o600);
        assert!(read_file(&p).is_err());
        let p = write(d.path(), "d.toml", "socket = \n", 0o600);
        assert!(read_file(&p).is_err());
        assert_eq!(read_file(&d.path().join("none.toml")), Ok(None));
    }

    #[test]
    fn the_users_file_overrides_key_by_key() {
        let mut c = Config {
            socket: Some("/run/prezenca/socket".into()),
            server_user: Some("prezenca".into()),
            lang: None,
            mouse: Some(true),
            checkout_grace_minutes: Some(15),
            organisation: Some("Civil Society Resource Centre".into()),
            country_names: None,
        };
        c.merge(Config {
            socket: None,
            server_user: None,
            lang: Some("sq".into()),
            mouse: Some(false),
            checkout_grace_minutes: None,
            organisation: None,
            country_names: Some("eu".into()),
        });
        assert_eq!(c.socket, Some(PathBuf::from("/run/prezenca/socket")));
        assert_eq!(c.lang.as_deref(), Some("sq"));
        assert_eq!(c.mouse, Some(false));
        assert_eq!(c.checkout_grace_minutes, Some(15));
        assert_eq!(
            c.organisation.as_deref(),
            Some("Civil Society Resource Centre")
        );
        assert_eq!(c.country_names.as_deref(), Some("eu"));
        c.merge(Config {
            checkout_grace_minutes: Some(5),
            ..Config::default()
        });
        assert_eq!(c.checkout_grace_minutes, Some(5));
    }

    #[test]
    fn the_flag_wins_over_the_config() {
        let c = Config {
            socket: Some("/run/prezenca/socket".into()),
            ..Config::default()
        };
        let s = socket_path(Some(Path::new("/tmp/x/socket")), &c);
        assert_eq!(s.path, PathBuf::from("/tmp/x/socket"));
        assert!(s.explicit);
    }
}
