//! Two trainers at one door: two real terminals (tmux) running `prezenca --socket` against
//! one `prezenca serve`; a mark made in one shows in the other without a key pressed there,
//! the other's cursor stays on its person, and each roster says who else has it open.

use crate::server_support;
use crate::tmux_support;

use std::os::unix::fs::PermissionsExt;

use prezenca::core::{Command as Cmd, Queries, WalkInPerson};
use prezenca::domain::Participant;
use server_support::{Server, client};
use tmux_support::{Tmux, app_line, counts, load_demo, open_second_session, quote, wait_file};

const NOW: &str = "2026-11-25T09:40";
const CODE: &str = "PR-2026-11-VOL";

/// The selected person's name, as the roster's detail line (above the status line) starts.
fn detail(screen: &str) -> String {
    screen
        .lines()
        .rev()
        .find(|l| l.contains(" \u{2014} "))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_mark_in_one_terminal_shows_in_the_other_without_a_key() {
    let t = Tmux::start("two");
    let dir = tempfile::tempdir().expect("temp dir");
    let run = dir.path().join("run");
    std::fs::create_dir(&run).expect("socket dir");
    std::fs::set_permissions(&run, std::fs::Permissions::from_mode(0o700)).expect("mode 0700");
    let socket = run.join("prezenca.sock");
    let db = dir.path().join("shared.redb");
    load_demo(dir.path(), &db, NOW);
    let mut server = Server::start(&db, &socket);

    let args = format!("--lang en --socket {}", quote(&socket));
    for s in ["a", "b"] {
        t.session(s, &app_line(dir.path(), s, NOW, &args));
        t.wait_for(s, "server ");
        open_second_session(&t, s);
    }
    // Both have the session open, and each says so (one OS user runs both here).
    let me = prezenca::core::os_user();
    let also = format!("also here: {me}");
    t.wait_for("a", &also);
    t.wait_for("b", &also);

    // b looks at someone further down the list.
    for _ in 0..4 {
        t.keys("b", &["Down"]);
    }
    let before = t.wait_until("b", "the cursor moved", |sc| {
        detail(sc).starts_with("Dino Delić")
    });
    let on = detail(&before);

    // a checks Žarko in; b shows it without a key pressed there.
    t.text("a", "zark");
    t.wait_for("a", "  1 match");
    t.keys("a", &["Enter"]);
    t.wait_until("a", "the mark in a", |sc| counts(sc) == Some((1, 0, 0, 18)));
    let after = t.wait_until("b", "a's mark pushed to b", |sc| {
        counts(sc) == Some((1, 0, 0, 18))
    });
    assert_eq!(detail(&after), on, "b's cursor stayed on its person");

    // A walk-in registered elsewhere lands above b's cursor: the cursor stays on Dino.
    let mut c = client(&socket);
    let event = c.event_by_code(CODE).expect("query").expect("event");
    let second = c.sessions(event).expect("sessions")[1].0;
    let walk_in = c
        .execute(Cmd::WalkIn {
            event,
            session: Some(second),
            person: WalkInPerson::New {
                participant: Participant {
                    name: "Agron Abazi".into(),
                    email: "agron@example.org".into(),
                    ..Participant::default()
                },
                organisation: String::new(),
            },
        })
        .expect("walk-in");
    let after = t.wait_until("b", "the walk-in pushed to b", |sc| {
        sc.contains("Agron Abazi") && counts(sc) == Some((2, 0, 0, 18))
    });
    assert!(
        detail(&after).starts_with("Dino Delić"),
        "b's cursor stayed on Dino:\n{after}"
    );
    // a's cursor is on Žarko at the bottom, so Agron is scrolled out of a's view.
    t.wait_until("a", "the walk-in pushed to a", |sc| {
        counts(sc) == Some((2, 0, 0, 18)) && sc.contains(" of 20")
    });

    // The walk-in is undone: the row and the counts go on both screens at once.
    c.execute(Cmd::Undo {
        entry: walk_in.entry.expect("an undo entry"),
    })
    .expect("undo the walk-in");
    for s in ["a", "b"] {
        let sc = t.wait_until(s, "the undone walk-in gone", |sc| {
            counts(sc) == Some((1, 0, 0, 18)) && sc.contains(" of 19")
        });
        assert!(!sc.contains("Agron Abazi"), "{s} still lists Agron:\n{sc}");
    }

    // b leaves the roster: a no longer has company.
    t.keys("b", &["Escape"]);
    t.wait_until("a", "b gone from the session", |sc| {
        !sc.contains("also here")
    });
    for s in ["a", "b"] {
        if s == "a" {
            t.keys(s, &["Escape"]);
        }
        t.wait_for(s, "Events");
        t.keys(s, &["q"]);
        assert_eq!(wait_file(&dir.path().join(format!("status-{s}"))), "0");
    }
    drop(c);
    assert!(server.terminate().success(), "{}", server.log_text());
}
