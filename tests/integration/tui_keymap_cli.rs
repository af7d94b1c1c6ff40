//! `prezenca keymap check` and starting without a terminal, as real processes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A config directory that does not exist: the tests never read the config of whoever runs
/// them (a `lang = "sq"` there would change every message).
const NO_CONFIG: &str = "/nonexistent/prezenca-test-config";

fn prezenca() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_prezenca"));
    c.env("XDG_CONFIG_HOME", NO_CONFIG);
    c.env("PREZENCA_NOW", "2026-03-02T09:30");
    // English messages, whatever the locale of whoever runs the tests.
    for k in ["LANG", "LC_ALL", "LC_MESSAGES"] {
        c.env_remove(k);
    }
    c
}

/// `prezenca keymap check FILE`.
fn check(file: &Path) -> Output {
    prezenca()
        .args(["keymap", "check"])
        .arg(file)
        .output()
        .expect("run")
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write keymap");
    p
}

#[test]
fn a_good_keymap_passes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "k.toml",
        "[events]\nnew_event = \"a\"\n[roster]\nwalk_in = \"ctrl-n\"\n",
    );
    let out = check(&p);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_bad_keymap_is_reported_with_file_line_and_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "k.toml",
        "[events]\nnew_event = \"a\"\nteleport = \"t\"\n[followups]\nmark_done = \"x\"\nnew_followup = \"x\"\nedit_followup = \"meta-q\"\n",
    );
    let out = check(&p);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let f = p.display().to_string();
    assert!(
        err.contains(&format!("{f}:3:1: unknown action \"teleport\" in [events]")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{f}:6:")) && err.contains("bound to both"),
        "{err}"
    );
    assert!(
        err.contains(&format!("{f}:7:")) && err.contains("cannot read key \"meta-q\""),
        "{err}"
    );
}

#[test]
fn unparsable_toml_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "k.toml", "[events\nnew_event = \"a\"\n");
    let out = check(&p);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{}:1:", p.display())), "{err}");
}

#[test]
fn a_world_writable_keymap_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "k.toml", "[events]\nnew_event = \"a\"\n");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o666)).expect("chmod");
    let out = check(&p);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("world-writable"));
}

#[test]
fn without_a_user_keymap_the_defaults_apply() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = prezenca()
        .args(["keymap", "check"])
        .env("XDG_CONFIG_HOME", dir.path())
        .env("HOME", dir.path())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("default keys apply"));
}

#[test]
fn the_tui_without_a_terminal_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("t.redb");
    let out = prezenca()
        .arg("--db")
        .arg(&db)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a terminal"));
    assert!(!db.exists(), "nothing created");
}
