//! Driving the real binary in tmux: a private tmux server, sessions that run `prezenca`,
//! keys, and polling the screen for text (bounded waits, never fixed sleeps alone).
#![allow(dead_code)] // each test file uses only some of these

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_prezenca");

/// How long any awaited text may take to show; generous for loaded CI machines.
const PATIENCE: Duration = Duration::from_secs(30);

/// A tmux server of our own (`tmux -L name`), killed when dropped.
pub struct Tmux {
    socket: String,
}

impl Tmux {
    /// A private tmux server. A test that needs tmux fails without it, never skips: CI
    /// installs tmux, and a silent skip would pass with nothing tested.
    pub fn start(name: &str) -> Self {
        assert!(
            Command::new("tmux").arg("-V").output().is_ok(),
            "tmux is not installed: this test drives the real terminal and needs it"
        );
        Tmux {
            socket: format!("prezenca-{name}-{}", std::process::id()),
        }
    }

    fn cmd(&self) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket]);
        c
    }

    pub fn run(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("tmux runs");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Starts `script` (a shell command line) in a detached 80x24 session named `name`.
    pub fn session(&self, name: &str, script: &str) {
        self.run(&[
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            "80",
            "-y",
            "24",
            script,
        ]);
    }

    /// Sends key names (tmux syntax: "Enter", "C-z", "]") to a session.
    pub fn keys(&self, session: &str, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", session];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Sends text literally (no key-name lookup).
    pub fn text(&self, session: &str, s: &str) {
        self.run(&["send-keys", "-t", session, "-l", s]);
    }

    pub fn screen(&self, session: &str) -> String {
        let out = self
            .cmd()
            .args(["capture-pane", "-p", "-t", session])
            .output()
            .expect("capture");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen satisfies `ok`; panics with the screen after a while.
    pub fn wait_until(&self, session: &str, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen(session);
            if ok(&s) {
                return s;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "waited for {what}; screen of {session}:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&self, session: &str, text: &str) -> String {
        self.wait_until(session, &format!("{text:?}"), |s| s.contains(text))
    }

    /// The pid of the process tmux started in the session's pane.
    pub fn pane_pid(&self, session: &str) -> i32 {
        self.run(&["list-panes", "-t", session, "-F", "#{pane_pid}"])
            .trim()
            .parse()
            .expect("a pane pid")
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd().arg("kill-server").output();
    }
}

pub fn quote(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', "'\\''"))
}

/// The shell line that runs `prezenca ARGS` with a fixed clock and private XDG directories
/// under `dir`, then writes its exit status to `dir/status-NAME` and waits, so the pane
/// stays for inspection. `exec` makes prezenca the pane's process itself.
pub fn app_line(dir: &Path, name: &str, now: &str, args: &str) -> String {
    let status = dir.join(format!("status-{name}"));
    format!(
        "export PREZENCA_NOW={now} XDG_CONFIG_HOME={d}/config XDG_DATA_HOME={d}/data-{name} \
         XDG_STATE_HOME={d}/state HOME={d} PREZENCA_SOCKET={d}/no-server; \
         {bin} {args}; echo $? > {status}; sleep 60",
        d = quote(dir),
        bin = quote(Path::new(BIN)),
        status = quote(&status),
    )
}

/// Like [`app_line`], but once prezenca has ended the pane runs `then` (e.g. `cat -v`, to
/// see what the terminal sends now that prezenca gave it back).
pub fn app_line_then(dir: &Path, name: &str, now: &str, args: &str, then: &str) -> String {
    app_line(dir, name, now, args).replace("sleep 60", then)
}

/// Pastes `text` into a session the way a terminal does: wrapped in bracketed-paste marks
/// when the program in the pane asked for them, as plain typed bytes otherwise.
pub fn paste(t: &Tmux, session: &str, text: &str) {
    t.run(&["set-buffer", "-b", "prezenca-paste", "--", text]);
    t.run(&[
        "paste-buffer",
        "-p",
        "-d",
        "-b",
        "prezenca-paste",
        "-t",
        session,
    ]);
}

/// Like [`app_line`] but the pane's process is prezenca itself (`exec`), for `kill -9`.
pub fn exec_line(dir: &Path, name: &str, now: &str, args: &str) -> String {
    format!(
        "export PREZENCA_NOW={now} XDG_CONFIG_HOME={d}/config XDG_DATA_HOME={d}/data-{name} \
         XDG_STATE_HOME={d}/state HOME={d} PREZENCA_SOCKET={d}/no-server; exec {bin} {args}",
        d = quote(dir),
        bin = quote(Path::new(BIN)),
    )
}

/// Waits until a file holds a full line; returns it trimmed.
pub fn wait_file(p: &Path) -> String {
    let start = Instant::now();
    loop {
        if let Ok(s) = std::fs::read_to_string(p)
            && s.ends_with('\n')
        {
            return s.trim().to_string();
        }
        assert!(start.elapsed() < PATIENCE, "no {}", p.display());
        std::thread::sleep(Duration::from_millis(40));
    }
}

/// True once the process has ended (gone, or a zombie waiting to be reaped).
pub fn ended(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        Ok(s) => s
            .rsplit(')')
            .next()
            .is_some_and(|rest| rest.trim_start().starts_with('Z')),
    }
}

/// Waits until the process has ended.
pub fn wait_ended(pid: i32) {
    let start = Instant::now();
    while !ended(pid) {
        assert!(start.elapsed() < PATIENCE, "process {pid} is still running");
        std::thread::sleep(Duration::from_millis(40));
    }
}

/// The roster's counts line parsed: (present, late, absent, unmarked).
pub fn counts(screen: &str) -> Option<(u32, u32, u32, u32)> {
    let line = screen.lines().find(|l| l.contains(" unmarked"))?;
    let num = |word: &str| -> Option<u32> {
        let at = line.find(word)?;
        line[..at]
            .split([' ', ','])
            .rev()
            .find(|s| !s.is_empty())?
            .parse()
            .ok()
    };
    Some((
        num(" present")?,
        num(" late")?,
        num(" absent")?,
        num(" unmarked")?,
    ))
}

/// Opens the database once no process holds it any more (bounded wait).
pub fn eventually_open(db: &Path) -> prezenca::backend::local::LocalBackend {
    let start = Instant::now();
    loop {
        match prezenca::backend::local::LocalBackend::open(db) {
            Ok(b) => return b,
            Err(prezenca::core::Error::Busy(_)) if start.elapsed() < PATIENCE => {
                std::thread::sleep(Duration::from_millis(40));
            }
            Err(e) => panic!("the database does not open: {e}"),
        }
    }
}

/// Fills `db` with the sample data (`prezenca demo`) on the clock `now`, as a trainer would
/// before the door opens; private directories under `dir`.
pub fn load_demo(dir: &Path, db: &Path, now: &str) {
    let demo = Command::new(BIN)
        .args(["demo", "--db"])
        .arg(db)
        .env("PREZENCA_NOW", now)
        .env("PREZENCA_SOCKET", dir.join("no-server"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .output()
        .expect("run prezenca demo");
    assert!(demo.status.success(), "demo: {demo:?}");
}

/// Opens the roster of the sample data's PR-2026-11-VOL from the panes and moves to its
/// second session, which no one has marked yet (the first has only four people left
/// unmarked in the sample data).
pub fn open_second_session(t: &Tmux, s: &str) {
    t.keys(s, &["/"]);
    t.text(s, "VOL");
    t.keys(s, &["Enter"]);
    t.wait_for(s, "at PR-2026-11-VOL");
    t.keys(s, &["r"]);
    t.wait_for(s, "session 1/6");
    t.keys(s, &["]"]);
    t.wait_until(s, "the second session, nobody marked", |sc| {
        sc.contains("session 2/6") && counts(sc) == Some((0, 0, 0, 19))
    });
}
