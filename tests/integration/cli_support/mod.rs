//! Running the built binary as a user runs it, for the CLI tests: on a given database, at a
//! fixed clock, in English, and never with the config, database or socket of whoever runs the
//! tests.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_prezenca");

/// `prezenca --db DB ARGS…` with the clock at `now` (`PREZENCA_NOW`).
pub fn run_at(db: &Path, now: &str, args: &[&str]) -> Output {
    Command::new(BIN)
        .env("XDG_CONFIG_HOME", "/nonexistent/prezenca-test-config")
        .arg("--db")
        .arg(db)
        .args(args)
        .env("PREZENCA_NOW", now)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("PREZENCA_DB")
        .env_remove("PREZENCA_SOCKET")
        .output()
        .expect("the binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The exit status must be `code`; otherwise both outputs are shown.
#[track_caller]
pub fn exits_with(o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        stdout(o),
        stderr(o)
    );
}
