//! Shared pieces of the reliability suite: running the real binary, seeding a database,
//! a storage backend that fails on request, and scanners for bytes that must never reach a
//! terminal.
#![allow(dead_code)] // each test file uses only some of these

pub mod faulty;
pub mod screen;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use prezenca::backend::local::LocalBackend;
use prezenca::core::{Backend, Command as Cmd, MarkInput, Queries};
use prezenca::domain::*;
use time::macros::date;

/// A config directory that does not exist: the tests never read the config of whoever runs
/// them (a `lang = "sq"` there would change every message).
const NO_CONFIG: &str = "/nonexistent/prezenca-test-config";

/// The fixed clock every subprocess runs with.
pub const NOW: &str = "2026-03-02T09:30";

/// The `prezenca` binary under test.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_prezenca")
}

/// A `prezenca` command on `db` with a fixed clock and no server or default database from the
/// environment of whoever runs the tests.
pub fn prezenca(db: &Path) -> Command {
    let mut c = Command::new(bin());
    c.env("XDG_CONFIG_HOME", NO_CONFIG);
    c.arg("--db").arg(db);
    isolated(&mut c, db);
    c
}

/// A fixed clock, English messages whatever the locale of whoever runs the tests, no server
/// or default database from their environment, and no terminal input.
fn isolated(c: &mut Command, db: &Path) {
    c.env("PREZENCA_NOW", NOW)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("PREZENCA_DB")
        .env("PREZENCA_SOCKET", db.with_extension("no-server"))
        .stdin(std::process::Stdio::null());
}

/// Runs `prezenca --db DB ARGS…` and returns its output.
pub fn run(db: &Path, args: &[&str]) -> Output {
    prezenca(db).args(args).output().expect("run prezenca")
}

/// Runs `bash -c SCRIPT` with `$BIN` and `$DB` set, for `ulimit` and `umask`.
pub fn run_shell(db: &Path, script: &str) -> Output {
    let mut c = Command::new("bash");
    c.arg("-c").arg(script).env("BIN", bin()).env("DB", db);
    isolated(&mut c, db);
    c.output().expect("run bash")
}

pub use crate::cli_support::{stderr, stdout};

/// True when the command exists in this build. Commands still being written answer "… is not
/// available yet"; tests of their output start to bite as soon as they land.
pub fn available(o: &Output) -> bool {
    !stderr(o).contains("not available yet")
}

pub fn event(code: &str) -> Event {
    Event {
        project: "P1".into(),
        capacity: None,
        ..crate::common::event(
            code,
            "Advocacy basics",
            date!(2026 - 03 - 02),
            date!(2026 - 03 - 04),
        )
    }
}

pub fn person(name: &str, email: &str, phone: &str) -> Participant {
    Participant {
        phone: phone.into(),
        ..crate::common::person(name, email, None)
    }
}

pub fn mark(status: MarkStatus) -> Option<MarkInput> {
    Some(MarkInput {
        status,
        arrived_at: None,
        reason: String::new(),
    })
}

/// A seeded database: one event of three sessions and `people` participants with emails
/// `p{i}@example.org`.
pub struct Seeded {
    pub event: Id,
    pub code: &'static str,
    pub sessions: Vec<Id>,
    pub people: Vec<Id>,
}

pub const CODE: &str = "ADV-2026";

pub fn email(i: usize) -> String {
    format!("p{i}@example.org")
}

/// Creates the database at `path` with [`Seeded`] content and closes it.
pub fn seed(path: &Path, people: usize) -> Seeded {
    let mut b = LocalBackend::open(path).expect("create database");
    let s = seed_into(&mut b, people);
    drop(b);
    s
}

pub fn seed_into(b: &mut dyn Backend, people: usize) -> Seeded {
    fix_clock();
    let event = b
        .execute(Cmd::CreateEvent(event(CODE)))
        .expect("create event")
        .created
        .expect("event id");
    let sessions = b
        .sessions(event)
        .expect("sessions")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let people = (0..people)
        .map(|i| {
            b.execute(Cmd::CreateParticipant(person(
                &format!("Person Nr {i}"),
                &email(i),
                "",
            )))
            .expect("create participant")
            .created
            .expect("participant id")
        })
        .collect();
    Seeded {
        event,
        code: CODE,
        sessions,
        people,
    }
}

/// The file's bytes, to compare before and after.
pub fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("read file")
}

/// The permission bits of a file.
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

/// Fixes this process's clock at [`NOW`], as every subprocess runs: what is stored in-process
/// (audit and mark times) never holds the day the tests run.
pub fn fix_clock() {
    prezenca::core::clock::fix(Some(time::macros::datetime!(2026-03-02 09:30)));
}

pub fn tmp() -> tempfile::TempDir {
    fix_clock();
    tempfile::tempdir().expect("temp dir")
}

pub fn db_in(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("prezenca.redb")
}

/// A small deterministic generator, so a failing round can be replayed from its seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// What must never reach a terminal raw: C0 controls (but newline, tab and carriage return
/// that plain text output uses), DEL, C1 controls, bidi overrides and isolates, zero-width
/// and invisible characters.
pub fn forbidden(c: char) -> bool {
    let u = c as u32;
    (u < 0x20 && !matches!(c, '\n' | '\t' | '\r'))
        || u == 0x7f
        || (0x80..=0x9f).contains(&u)
        || (0x202a..=0x202e).contains(&u)
        || (0x2066..=0x2069).contains(&u)
        || matches!(
            u,
            0x200b..=0x200f | 0x2028 | 0x2029 | 0x2060 | 0x061c | 0xfeff
        )
        || invisible(c)
}

/// Characters that draw nothing and hide what is around them: tag characters, the combining
/// grapheme joiner, invisible operators, interlinear annotation marks, Khmer inherent vowels,
/// Hangul fillers.
pub fn invisible(c: char) -> bool {
    matches!(
        c as u32,
        0xe0000..=0xe007f
            | 0x034f
            | 0x2061..=0x2064
            | 0xfff9..=0xfffb
            | 0x17b4
            | 0x17b5
            | 0x115f
            | 0x1160
            | 0x3164
            | 0xffa0
    )
}

/// The most combining marks one letter may carry on a terminal.
pub const MAX_MARKS: usize = 4;

/// Every forbidden character in `bytes` (read as UTF-8, lossily: invalid bytes are a
/// different failure and show as U+FFFD), with its byte position.
///
/// A combining mark past [`MAX_MARKS`] on one letter counts too (a flood of them piles up
/// over the lines around it), and so does U+FE0F after anything but a symbol or pictograph.
pub fn forbidden_in(bytes: &[u8]) -> Vec<(usize, char)> {
    let text = String::from_utf8_lossy(bytes);
    let mut out = Vec::new();
    let mut marks = 0usize;
    let mut prev = ' ';
    for (i, c) in text.char_indices() {
        let mark = matches!(c as u32, 0x300..=0x36f | 0x1ab0..=0x1aff | 0x20d0..=0x20ff);
        marks = if mark { marks + 1 } else { 0 };
        let lone_selector =
            c == '\u{fe0f}' && (prev.is_alphabetic() && (prev as u32) < 0x2000 || prev == ' ');
        if forbidden(c) || marks > MAX_MARKS || lone_selector {
            out.push((i, c));
        }
        if !mark {
            prev = c;
        }
    }
    out
}
