//! The real binary in a real terminal (tmux): typing an event and a participant through the
//! keyboard, a user keymap override, and the terminal going away under a form.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use prezenca::core::Queries;
use prezenca::store::local::LocalBackend;

struct Tmux {
    socket: String,
}

impl Tmux {
    /// A tmux server of our own, or `None` (with a note) when tmux is missing.
    fn start(name: &str) -> Option<Self> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("note: tmux is not installed; skipping the terminal test");
            return None;
        }
        Some(Tmux {
            socket: format!("prezenca-test-{name}-{}", std::process::id()),
        })
    }

    fn cmd(&self) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket]);
        c
    }

    fn run(&self, args: &[&str]) {
        let out = self.cmd().args(args).output().expect("tmux runs");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Sends text literally (no key-name lookup).
    fn text(&self, s: &str) {
        self.run(&["send-keys", "-t", "t", "-l", s]);
    }

    fn screen(&self) -> String {
        let out = self
            .cmd()
            .args(["capture-pane", "-p", "-t", "t"])
            .output()
            .expect("capture");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen shows `text`; panics with the screen after 20 s.
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waited for {text:?}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd().arg("kill-server").output();
    }
}

fn shell_quote(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', "'\\''"))
}

/// Starts the app in a detached 80x24 session; its pid goes to `pid`, its exit status to
/// `status` when it ends.
fn launch(t: &Tmux, dir: &Path, db: &Path) -> (PathBuf, PathBuf) {
    let pid = dir.join("pid");
    let status = dir.join("status");
    let script = format!(
        "export PREZENCA_NOW=2026-03-02T09:30 XDG_CONFIG_HOME={d}/config XDG_DATA_HOME={d}/data XDG_STATE_HOME={d}/state HOME={d}; \
         sh -c 'echo $$ > \"$1\"; exec \"$2\" --db \"$3\"' sh {pid} {bin} {db}; echo $? > {status}; sleep 30",
        d = shell_quote(dir),
        bin = shell_quote(Path::new(env!("CARGO_BIN_EXE_prezenca"))),
        db = shell_quote(db),
        pid = shell_quote(&pid),
        status = shell_quote(&status),
    );
    t.run(&[
        "new-session",
        "-d",
        "-s",
        "t",
        "-x",
        "80",
        "-y",
        "24",
        &script,
    ]);
    (pid, status)
}

fn wait_file(p: &Path) -> String {
    let start = Instant::now();
    loop {
        if let Ok(s) = std::fs::read_to_string(p)
            && s.ends_with('\n')
        {
            return s.trim().to_string();
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no {}",
            p.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// True once the process has ended (gone, or a zombie waiting to be reaped).
fn ended(pid: &str) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        Ok(s) => s
            .rsplit(')')
            .next()
            .is_some_and(|rest| rest.trim_start().starts_with('Z')),
    }
}

#[test]
fn an_event_and_a_participant_typed_in_the_terminal_are_saved() {
    let Some(t) = Tmux::start("type") else { return };
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
    t.wait_for("start with an empty database");
    t.send(&["e"]);
    t.wait_for("a new");
    t.send(&["a"]);
    t.wait_for("New event");
    t.text("PR-2026-11-ADV");
    t.send(&["Tab"]);
    t.text("Advocacy for CSOs");
    t.send(&["Enter"]);
    t.wait_for("created event PR-2026-11-ADV");
    t.send(&["2"]);
    t.send(&["n"]);
    t.wait_for("New participant");
    t.text("Ђорђе Петровић");
    t.send(&["Tab"]);
    t.text("djordje@example.rs");
    t.send(&["Enter"]);
    t.wait_for("created participant");
    t.send(&["q"]);
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
    let Some(t) = Tmux::start("hup") else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("t.redb");
    let (pid, _status) = launch(&t, dir.path(), &db);
    let pid = wait_file(&pid);
    t.wait_for("start with an empty database");
    t.send(&["e", "n"]);
    t.wait_for("New event");
    t.text("SAVED-1");
    t.send(&["Tab"]);
    t.text("Committed before the link dropped");
    t.send(&["Enter"]);
    t.wait_for("created event SAVED-1");
    t.send(&["n"]);
    t.wait_for("New event");
    t.text("HALF-TYPED");
    std::thread::sleep(Duration::from_millis(200));
    // Killing the session hangs up the terminal: SIGHUP, then reads fail.
    t.run(&["kill-session", "-t", "t"]);
    let start = Instant::now();
    while !ended(&pid) {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the app is still running"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
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
