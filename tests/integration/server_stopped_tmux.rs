//! A server that stops answering (SIGSTOP, a hung disk) while a trainer is at the door: the
//! TUI says within seconds that the mark is unconfirmed (the server may still apply it when
//! it wakes), shows nothing as saved, and `q` still quits. A real terminal
//! (tmux) against a real `prezenca serve`.

use crate::server_support;
use crate::tmux_support;

use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use nix::sys::signal::Signal;
use server_support::{Server, signal};
use tmux_support::{Tmux, app_line, counts, load_demo, open_second_session, quote, wait_file};

const NOW: &str = "2026-11-25T09:40";

#[test]
fn with_the_server_stopped_a_mark_is_unconfirmed_within_seconds_and_q_quits() {
    let t = Tmux::start("stopped");
    let dir = tempfile::tempdir().expect("temp dir");
    let run = dir.path().join("run");
    std::fs::create_dir(&run).expect("socket dir");
    std::fs::set_permissions(&run, std::fs::Permissions::from_mode(0o700)).expect("mode 0700");
    let socket = run.join("prezenca.sock");
    let db = dir.path().join("shared.redb");
    load_demo(dir.path(), &db, NOW);
    let server = Server::start(&db, &socket);
    let args = format!("--lang en --socket {}", quote(&socket));
    t.session("a", &app_line(dir.path(), "a", NOW, &args));
    t.wait_for("a", "server ");
    open_second_session(&t, "a");

    signal(&server.child, Signal::SIGSTOP);
    let stopped = Instant::now();
    t.keys("a", &["1"]);
    // The row says why, cut to its column: "unknown: no answer from the server within…";
    // what is stored could not be read back either, so no mark is shown.
    let screen = t.wait_until("a", "the mark unconfirmed", |sc| {
        sc.contains("unknown: no answer")
    });
    assert!(
        stopped.elapsed() < Duration::from_secs(20),
        "the answer took {:?}",
        stopped.elapsed()
    );
    assert_eq!(
        counts(&screen),
        Some((0, 0, 0, 19)),
        "shown as saved:\n{screen}"
    );
    // In the roster letters find names; Esc leaves it, then q quits.
    t.keys("a", &["Escape"]);
    t.wait_until("a", "the roster left", |sc| !sc.contains("session 2/6"));
    t.keys("a", &["q"]);
    let status = wait_file(&dir.path().join("status-a"));
    assert_eq!(status, "0", "the app did not quit cleanly");
    assert!(
        stopped.elapsed() < Duration::from_secs(30),
        "quitting took {:?}",
        stopped.elapsed()
    );
    signal(&server.child, Signal::SIGCONT);
}
