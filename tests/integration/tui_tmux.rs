//! The real binary in a real terminal (tmux): typing an event and a participant through the
//! keyboard, a user keymap override, and the terminal going away under a form.

use crate::tmux_support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use prezenca::backend::local::LocalBackend;
use prezenca::core::Queries;
use tmux_support::{BIN, Tmux, quote, wait_ended, wait_file};

/// The one tmux session each test runs the app in.
const S: &str = "t";

/// Starts the app in a detached 80x24 session; its pid goes to `pid`, its exit status to
/// `status` when it ends.
fn launch(t: &Tmux, dir: &Path, db: &Path) -> (PathBuf, PathBuf) {
    let pid = dir.join("pid");
    let status = dir.join("status");
    let script = format!(
        "export PREZENCA_NOW=2026-03-02T09:30 XDG_CONFIG_HOME={d}/config XDG_DATA_HOME={d}/data XDG_STATE_HOME={d}/state HOME={d}; \
         sh -c 'echo $$ > \"$1\"; exec \"$2\" --db \"$3\"' sh {pid} {bin} {db}; echo $? > {status}; sleep 30",
        d = quote(dir),
        bin = quote(Path::new(BIN)),
        db = quote(db),
        pid = quote(&pid),
        status = quote(&status),
    );
    t.session(S, &script);
    (pid, status)
}

#[test]
fn an_event_and_a_participant_typed_in_the_terminal_are_saved() {
    let t = Tmux::start("type");
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("t.redb");
    // A user keymap that moves "new event" to `a`: overrides merge key by key.
    std::fs::create_dir_all(dir.path().join("config/prezenca")).expect("config dir");
    std::fs::write(
        dir.path().join("config/prezenca/keymap.toml"),
        "[events]\nnew_event = \"a\"\n",
    )
    .expect("keymap");
    let (_pid, status) = launch(&t, dir.path(), &db);
    t.wait_for(S, "start with an empty database");
    t.keys(S, &["e"]);
    t.wait_for(S, "a new");
    t.keys(S, &["a"]);
    t.wait_for(S, "New event");
    t.text(S, "PR-2026-11-ADV");
    t.keys(S, &["Tab"]);
    t.text(S, "Advocacy for CSOs");
    t.keys(S, &["Enter"]);
    t.wait_for(S, "created event PR-2026-11-ADV");
    t.keys(S, &["2"]);
    t.keys(S, &["n"]);
    t.wait_for(S, "New participant");
    t.text(S, "Ђорђе Петровић");
    t.keys(S, &["Tab"]);
    t.text(S, "djordje@example.rs");
    t.keys(S, &["Enter"]);
    t.wait_for(S, "created participant");
    t.keys(S, &["q"]);
    assert_eq!(wait_file(&status), "0");

    let mut b = LocalBackend::open(&db).expect("the database opens after the app quit");
    let events = b.events().expect("events");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].1.code, "PR-2026-11-ADV");
    let people = b.participants().expect("people");
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].1.name, "Ђорђе Петровић");
    assert_eq!(b.registrations(events[0].0).expect("regs").len(), 1);
}

#[test]
fn when_the_terminal_goes_away_the_app_exits_and_keeps_the_form() {
    let t = Tmux::start("hup");
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("t.redb");
    let (pid, _status) = launch(&t, dir.path(), &db);
    let pid: i32 = wait_file(&pid).parse().expect("a pid");
    t.wait_for(S, "start with an empty database");
    t.keys(S, &["e", "n"]);
    t.wait_for(S, "New event");
    t.text(S, "SAVED-1");
    t.keys(S, &["Tab"]);
    t.text(S, "Committed before the link dropped");
    t.keys(S, &["Enter"]);
    t.wait_for(S, "created event SAVED-1");
    t.keys(S, &["n"]);
    t.wait_for(S, "New event");
    t.text(S, "HALF-TYPED");
    std::thread::sleep(Duration::from_millis(200));
    // Killing the session hangs up the terminal: SIGHUP, then reads fail.
    t.run(&["kill-session", "-t", S]);
    wait_ended(pid);
    let mut b = LocalBackend::open(&db).expect("the database opens: the app let go of it");
    let events = b.events().expect("events");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].1.code, "SAVED-1");
    let draft = dir.path().join("data/prezenca/draft.json");
    let kept = prezenca::tui::terminal::read_draft(&draft).expect("the form was kept");
    assert_eq!(kept.values[0], "HALF-TYPED");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&draft)
        .expect("draft")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}
