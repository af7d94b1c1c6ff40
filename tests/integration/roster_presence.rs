//! Awareness in the roster: through a server, the header names the other trainers who have
//! the same session open; with a local file it names no one.

use crate::server_support;

use prezenca::backend::local::LocalBackend;
use prezenca::tui::roster::Roster;
use prezenca::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use server_support::{Server, client, eventually, seed};
use time::macros::datetime;

fn header(r: &Roster, w: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, 24)).expect("terminal");
    t.draw(|f| r.render(f, f.area(), &Theme::mono()))
        .expect("draw");
    let buf = t.backend().buffer();
    (0..w).map(|x| buf[(x, 0)].symbol()).collect()
}

#[test]
fn the_roster_header_names_who_else_has_the_session_open() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("p.redb");
    let socket = dir.path().join("p.sock");
    let seeded = seed(&db, 2, 3);
    let _server = Server::start(&db, &socket);
    let now = datetime!(2026-03-02 09:30);
    let me = prezenca::core::os_user();

    let mut a = client(&socket);
    let event = {
        use prezenca::core::Queries;
        a.event_by_code(&seeded.code)
            .expect("query")
            .expect("event")
    };
    let mut r = Roster::open(a.as_mut(), event, now).expect("roster");
    assert_eq!(r.session(), Some(seeded.sessions[0]));
    assert!(r.others().is_empty(), "alone so far");
    assert!(!header(&r, 80).contains("also here"));

    // A second trainer opens the same session: a's header names them.
    let mut b = client(&socket);
    b.presence(Some(seeded.sessions[0]));
    eventually("a learns that b is there", || r.announce(a.as_mut()));
    assert_eq!(r.others(), std::slice::from_ref(&me));
    let top = header(&r, 80);
    assert!(
        top.trim_end().ends_with(&format!("also here: {me}")),
        "{top:?}"
    );
    // The names stay readable on a narrow terminal: the header gives way.
    assert!(header(&r, 50).contains(&format!("also here: {me}")));

    // b moves to the next session: a is alone again.
    b.presence(Some(seeded.sessions[1]));
    eventually("a learns that b left", || r.announce(a.as_mut()));
    assert!(r.others().is_empty());
    assert!(!header(&r, 80).contains("also here"));

    // a follows to session 2 with `]`: b is there.
    r.on_action(a.as_mut(), prezenca::tui::roster::RosterAction::NextSession)
        .expect("next session");
    assert_eq!(r.session(), Some(seeded.sessions[1]));
    eventually("a sees b in session 2", || {
        r.announce(a.as_mut());
        !r.others().is_empty()
    });

    // a closes the roster: b no longer sees a.
    // Presence travels through the server: b may hear of a a moment later.
    eventually("b sees a in session 2", || {
        b.presence(Some(seeded.sessions[1])) == vec![me.clone()]
    });
    r.leave(a.as_mut());
    eventually("b learns that a left", || {
        b.presence(Some(seeded.sessions[1])).is_empty()
    });
}

#[test]
fn with_a_local_file_the_roster_names_no_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("l.redb");
    let seeded = seed(&db, 1, 2);
    let mut b = LocalBackend::open(&db).expect("open");
    let event = {
        use prezenca::core::Queries;
        b.event_by_code(&seeded.code)
            .expect("query")
            .expect("event")
    };
    let mut r = Roster::open(&mut b, event, datetime!(2026-03-02 09:30)).expect("roster");
    assert!(!r.announce(&mut b));
    assert!(r.others().is_empty());
    assert!(!header(&r, 80).contains("also here"));
}
