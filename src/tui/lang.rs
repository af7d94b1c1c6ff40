//! The language switch remembered: `lang = "…"` written into the user's config file, the
//! other keys kept as they were, so the next start opens in the language last chosen.

use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

/// The user's config file: `$XDG_CONFIG_HOME/prezenca/config.toml`, else
/// `~/.config/prezenca/config.toml` (the file `crate::config` reads last).
pub fn config_file() -> Option<PathBuf> {
    let dir = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| PathBuf::from(h).join(".config"))
        })?;
    Some(dir.join("prezenca").join("config.toml"))
}

/// Sets `lang = code` in the config file at `path`. The directory is created private (0700)
/// when missing; the file is written private (0600) to a temporary name and renamed over the
/// old one, so it is never half-written. A file that does not parse is left alone: a setting
/// must not cost the user the rest of their configuration.
pub fn remember(path: &Path, code: &str) -> Result<(), String> {
    let shown = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| shown(&e))?;
    }
    let mut table = match std::fs::read_to_string(path) {
        Ok(text) => text.parse::<toml::Table>().map_err(|e| shown(&e))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => toml::Table::new(),
        Err(e) => return Err(shown(&e)),
    };
    table.insert("lang".into(), toml::Value::String(code.to_string()));
    let text = toml::to_string(&table).map_err(|e| shown(&e))?;
    crate::io::write_private(path, text.as_bytes()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).expect("stat").permissions().mode() & 0o777
    }

    #[test]
    fn a_missing_file_and_directory_are_created_private() {
        let d = tempfile::tempdir().expect("tempdir");
        let path = d.path().join("cfg/prezenca/config.toml");
        remember(&path, "sq").expect("written");
        let c = crate::config::read_file(&path)
            .expect("readable")
            .expect("exists");
        assert_eq!(c.lang.as_deref(), Some("sq"));
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().expect("dir")), 0o700);
    }

    #[test]
    fn other_keys_are_kept_and_lang_replaced() {
        let d = tempfile::tempdir().expect("tempdir");
        let path = d.path().join("config.toml");
        std::fs::write(
            &path,
            "# mine\nsocket = \"/run/p/socket\"\nlang = \"en\"\nserver_user = \"prezenca\"\n",
        )
        .expect("write");
        remember(&path, "sq").expect("written");
        let c = crate::config::read_file(&path)
            .expect("readable")
            .expect("exists");
        assert_eq!(c.lang.as_deref(), Some("sq"));
        assert_eq!(c.socket, Some(PathBuf::from("/run/p/socket")));
        assert_eq!(c.server_user.as_deref(), Some("prezenca"));
        let left: Vec<_> = std::fs::read_dir(d.path())
            .expect("list")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(left.len(), 1, "no temporary file left: {left:?}");
    }

    #[test]
    fn a_broken_file_is_not_overwritten() {
        let d = tempfile::tempdir().expect("tempdir");
        let path = d.path().join("config.toml");
        std::fs::write(&path, "socket = [broken\n").expect("write");
        assert!(remember(&path, "sq").is_err());
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "socket = [broken\n"
        );
    }
}
