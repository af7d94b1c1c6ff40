//! What the server tests share: a seeded database, a running `prezenca serve`, clients.
#![allow(dead_code)]

use std::fs::File;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use prezenca::backend::local::LocalBackend;
use prezenca::core::{Backend, Command as Cmd, Queries};
use prezenca::domain::*;
use time::macros::date;

pub const BIN: &str = env!("CARGO_BIN_EXE_prezenca");
pub const NOW: &str = "2026-03-02T09:30";

/// What `seed` created.
pub struct Seeded {
    pub code: String,
    pub sessions: Vec<Id>,
    /// (participant, email)
    pub people: Vec<(Id, String)>,
}

/// Creates an event of `days` days (one session each) and `people` participants.
pub fn seed(db: &Path, days: u8, people: usize) -> Seeded {
    // The server runs on `NOW`; what this process stores does too.
    prezenca::core::clock::fix(Some(time::macros::datetime!(2026-03-02 09:30)));
    let mut b = LocalBackend::open(db).expect("open the database");
    let code = "PRZ-ADV-26".to_string();
    let event = Event {
        code: code.clone(),
        title: "Advocacy basics".into(),
        kind: EventKind::Training,
        city: "Prishtina".into(),
        country: "Kosovo".into(),
        venue: String::new(),
        start: date!(2026 - 03 - 02),
        end: date!(2026 - 03 - 02)
            .checked_add(time::Duration::days(i64::from(days) - 1))
            .expect("date"),
        project: "P1".into(),
        capacity: None,
        trainers: String::new(),
        threshold_permille: 800,
        status: EventStatus::Planned,
        notes: String::new(),
        mode: Default::default(),
    };
    let eid = b
        .execute(Cmd::CreateEvent(event))
        .expect("event")
        .created
        .expect("event id");
    let sessions: Vec<Id> = b
        .sessions(eid)
        .expect("sessions")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(sessions.len(), usize::from(days));
    let names = ["Ana Çela", "Marko Đorđević", "Elif Şahin", "Петар Петровић"];
    let mut list = Vec::new();
    for i in 0..people {
        let email = format!("p{i}@example.org");
        let p = Participant {
            name: format!("{} {i}", names[i % names.len()]),
            email: email.clone(),
            gender: Gender::Female,
            country: "Kosovo".into(),
            ..Participant::default()
        };
        let pid = b
            .execute(Cmd::CreateParticipant(p))
            .expect("participant")
            .created
            .expect("participant id");
        list.push((pid, email));
    }
    Seeded {
        code,
        sessions,
        people: list,
    }
}

/// `program` (the binary, or a shell that runs it) with English messages whatever the locale
/// of whoever runs the tests, and none of their config (a `lang` or `socket` there would
/// change what the tests see).
pub fn isolated(program: &str) -> Command {
    let mut c = Command::new(program);
    c.env("XDG_CONFIG_HOME", "/nonexistent/prezenca-test-config")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    c
}

/// A running `prezenca serve`; killed when dropped.
pub struct Server {
    pub child: Child,
    pub socket: PathBuf,
    pub db: PathBuf,
    pub log: PathBuf,
}

impl Server {
    /// Starts a server and waits until it answers.
    pub fn start(db: &Path, socket: &Path) -> Server {
        let s = Server::spawn(db, socket, &[]);
        s.wait_ready();
        s
    }

    /// Starts a server without waiting.
    pub fn spawn(db: &Path, socket: &Path, extra: &[&str]) -> Server {
        let log = socket.with_file_name(format!(
            "serve-{}.log",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .expect("clock")
                .as_nanos()
        ));
        let _ = std::fs::create_dir_all(log.parent().expect("socket dir"));
        let child = isolated(BIN)
            .arg("serve")
            .arg("--db")
            .arg(db)
            .arg("--socket")
            .arg(socket)
            .args(extra)
            .env("PREZENCA_NOW", NOW)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::from(File::create(&log).expect("log file")))
            .spawn()
            .expect("start prezenca serve");
        Server {
            child,
            socket: socket.to_path_buf(),
            db: db.to_path_buf(),
            log,
        }
    }

    pub fn wait_ready(&self) {
        let until = Instant::now() + Duration::from_secs(60);
        while Instant::now() < until {
            if UnixStream::connect(&self.socket).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("the server did not start: {}", self.log_text());
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Sends SIGTERM and waits for the exit status.
    pub fn terminate(&mut self) -> std::process::ExitStatus {
        signal(&self.child, nix::sys::signal::Signal::SIGTERM);
        self.child.wait().expect("wait for the server")
    }

    pub fn kill9(&mut self) {
        signal(&self.child, nix::sys::signal::Signal::SIGKILL);
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.alive() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

pub fn signal(child: &Child, sig: nix::sys::signal::Signal) {
    let pid = nix::unistd::Pid::from_raw(i32::try_from(child.id()).expect("pid"));
    nix::sys::signal::kill(pid, sig).expect("signal the server");
}

/// A library client of the server at `socket`.
pub fn client(socket: &Path) -> Box<dyn Backend> {
    prezenca::backend::remote::connect_if_running(Some(socket))
        .expect("connect")
        .expect("a server answers")
}

pub fn present() -> Option<prezenca::core::MarkInput> {
    Some(prezenca::core::MarkInput {
        status: MarkStatus::Present,
        arrived_at: None,
        reason: String::new(),
    })
}

/// Waits (bounded, not timed) until `f` holds.
pub fn eventually(what: &str, mut f: impl FnMut() -> bool) {
    let until = Instant::now() + Duration::from_secs(60);
    while Instant::now() < until {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("never happened: {what}");
}
