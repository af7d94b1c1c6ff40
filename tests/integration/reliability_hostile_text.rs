//! Hostile text written straight into the store, past validation (as a damaged import, an old
//! version or another tool might leave it): no output meant for a terminal may carry it raw.
//! Human formats show placeholders; JSON carries the exact text, escaped as `\uXXXX`.

use crate::server_support;
use crate::support;

use prezenca::backend::local::LocalBackend;
use prezenca::core::{Backend, Command};
use prezenca::domain::*;
use prezenca::store::tx::Writer;
use support::{available, run, stderr};

const OSC_TITLE: &str = "\x1b]0;pwned\x07";
const CLEAR: &str = "\x1b[2J";
const OSC52: &str = "\x1b]52;c;cHduZWQ=\x07";
const C1_CSI: &str = "\u{9b}31m";
const BIDI: &str = "\u{202e}gnp.exe";
const ZERO_WIDTH: &str = "a\u{200b}b\u{feff}c\u{2066}d";
/// Tag characters, a grapheme joiner, invisible operators, annotation marks, a Khmer
/// inherent vowel, Hangul fillers and an emoji selector on a letter.
const INVISIBLE: &str =
    "t\u{e0041}\u{e0042}\u{34f}\u{2062}\u{fff9}\u{17b4}\u{115f}\u{3164}a\u{fe0f}";

fn hostile(tag: &str) -> String {
    let flood = format!("Z{}", "\u{301}".repeat(290));
    format!("{tag} {OSC_TITLE}{CLEAR}{OSC52}{C1_CSI}{BIDI}{ZERO_WIDTH}{INVISIBLE}{flood}\x7f\r")
}

const CLEAN_CODE: &str = "HOSTILE-1";
const BAD_CODE: &str = "EV\x1b[2J\u{202e}";
const EMAIL: &str = "victim@example.org";

struct Planted {
    long_name: String,
    name: String,
}

/// Writes an event, sessions, people, marks and follow-ups full of control sequences with
/// `Writer::put` in a raw write transaction: no validation runs.
fn plant(path: &std::path::Path) -> Planted {
    let b = LocalBackend::open(path).expect("open");
    let db = b.db().writable().expect("writable");
    let txn = db.begin_write().expect("write");
    let long_name = format!("{}{}", "Ш".repeat(5000), hostile("long").repeat(200));
    let name = hostile("name");
    {
        let mut w = Writer::new(&txn);
        let mut ev = support::event(CLEAN_CODE);
        ev.title = hostile("title");
        ev.city = hostile("city");
        ev.country = hostile("country");
        ev.venue = hostile("venue");
        ev.project = hostile("project");
        ev.trainers = hostile("trainers");
        ev.notes = hostile("notes");
        let eid = w.next_id().expect("id");
        w.put(RecordKey::Event(eid), Some(Record::Event(ev)))
            .expect("event");
        let mut other = support::event(BAD_CODE);
        other.title = hostile("other");
        let oid = w.next_id().expect("id");
        w.put(RecordKey::Event(oid), Some(Record::Event(other)))
            .expect("event");
        let org = w.next_id().expect("id");
        w.put(
            RecordKey::Organisation(org),
            Some(Record::Organisation(Organisation {
                name: hostile("org"),
                acronym: hostile("acr"),
                kind: OrgKind::Cso,
                city: hostile("ocity"),
                country: hostile("ocountry"),
            })),
        )
        .expect("org");
        let mut sessions = Vec::new();
        for (n, day) in [2u8, 3].into_iter().enumerate() {
            let sid = w.next_id().expect("id");
            let date = time::Date::from_calendar_date(2026, time::Month::March, day).expect("d");
            w.put(
                RecordKey::Session(sid),
                Some(Record::Session(Session {
                    event: eid,
                    date,
                    start: time::Time::from_hms(9, 0, 0).expect("t"),
                    end: time::Time::from_hms(17, 0, 0).expect("t"),
                    title: hostile(&format!("session{n}")),
                })),
            )
            .expect("session");
            sessions.push(sid);
        }
        let people = [
            (name.clone(), EMAIL.to_string()),
            (long_name.clone(), String::new()),
            (hostile("third"), format!("x{OSC_TITLE}@example.org")),
        ];
        for (i, (n, email)) in people.iter().enumerate() {
            let pid = w.next_id().expect("id");
            w.put(
                RecordKey::Participant(pid),
                Some(Record::Participant(Participant {
                    name: n.clone(),
                    email: email.clone(),
                    phone: hostile("phone"),
                    gender: Gender::Other,
                    organisation: Some(org),
                    position: hostile("position"),
                    city: hostile("pcity"),
                    country: hostile("pcountry"),
                    notes: hostile("pnotes"),
                    ..Participant::default()
                })),
            )
            .expect("participant");
            w.put(
                RecordKey::Registration(eid, pid),
                Some(Record::Registration(Registration::default())),
            )
            .expect("registration");
            if i < 2 {
                w.put(
                    RecordKey::Mark(sessions[0], pid),
                    Some(Record::Mark(Mark {
                        status: MarkStatus::Excused,
                        arrived_at: None,
                        reason: hostile("reason"),
                        by: hostile("by"),
                        at: 0,
                        left_at: None,
                    })),
                )
                .expect("mark");
            }
            let fid = w.next_id().expect("id");
            w.put(
                RecordKey::FollowUp(fid),
                Some(Record::FollowUp(FollowUp {
                    event: eid,
                    participant: Some(pid),
                    organisation: None,
                    title: hostile("followup"),
                    kind: FollowUpKind::Certificate,
                    owner: hostile("owner"),
                    due: None,
                    status: FollowUpStatus::Open,
                    notes: hostile("fnotes"),
                    certificate: Some(1),
                })),
            )
            .expect("followup");
        }
    }
    txn.commit().expect("commit");
    Planted { long_name, name }
}

fn assert_clean(what: &str, bytes: &[u8]) {
    let bad = support::forbidden_in(bytes);
    assert!(
        bad.is_empty(),
        "{what}: raw control characters reach the terminal: {:?}",
        &bad[..bad.len().min(8)]
    );
}

#[test]
fn every_output_path_keeps_control_sequences_off_the_terminal() {
    let dir = support::tmp();
    let db = support::db_in(&dir);
    let planted = plant(&db);
    let runs: Vec<Vec<&str>> = vec![
        vec!["summary", CLEAN_CODE, "--format", "json"],
        vec!["summary", CLEAN_CODE, "--format", "md"],
        vec!["summary", CLEAN_CODE, "--format", "csv"],
        vec!["summary", CLEAN_CODE, "--format", "html"],
        vec!["summary", CLEAN_CODE, "--certificates"],
        vec![
            "report",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--format",
            "md",
        ],
        vec![
            "report",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--format",
            "json",
        ],
        vec![
            "report",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--format",
            "csv",
        ],
        // Certificates print names, titles and places; and say what was issued.
        vec!["certificates", CLEAN_CODE],
        vec!["certificates", CLEAN_CODE, "--lang", "sq"],
        vec!["export", "participants", "--format", "csv"],
        vec!["export", "all", "--format", "json"],
        vec!["export", "attendance", "--format", "csv"],
        vec!["export", "followups", "--format", "csv"],
        vec!["export", "organisations", "--format", "csv"],
        vec!["export", "events", "--format", "csv"],
        // Messages that carry data: the closest event codes, what a mark did.
        vec!["summary", "NOPE", "--format", "json"],
        vec!["mark", CLEAN_CODE, "1", EMAIL, "present"],
        vec!["mark", CLEAN_CODE, "1", EMAIL, "late", "--reason", OSC52],
        vec!["close", CLEAN_CODE],
        vec!["check"],
    ];
    let mut ran = 0;
    for args in &runs {
        let out = run(&db, args);
        let what = format!("{:?}", args.first().map(|a| (a, args.get(1))));
        assert!(
            !stderr(&out).contains("panicked"),
            "{what}: {}",
            stderr(&out)
        );
        assert_clean(&format!("stdout of {args:?}"), &out.stdout);
        assert_clean(&format!("stderr of {args:?}"), &out.stderr);
        if available(&out) {
            ran += 1;
        }
    }
    // The message naming the closest codes shows the hostile code, defused.
    let out = run(&db, &["summary", "NOPE", "--format", "json"]);
    assert!(stderr(&out).contains("EV␛[2J"), "{}", stderr(&out));
    // JSON keeps the exact text: escaped, not replaced.
    let out = run(&db, &["summary", CLEAN_CODE, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let names: Vec<&str> = v["participants"]
        .as_array()
        .expect("participants")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert!(names.contains(&planted.name.as_str()), "{names:?}");
    assert!(names.contains(&planted.long_name.as_str()));
    assert_eq!(
        v["event"]["title"].as_str(),
        Some(hostile("title").as_str())
    );
    assert!(ran >= 4, "the output paths ran");
}

#[test]
fn core_validation_refuses_control_characters() {
    let dir = support::tmp();
    let mut b = LocalBackend::open(&support::db_in(&dir)).expect("open");
    let flood = format!("Z{}", "\u{301}".repeat(290));
    for bad in [
        OSC_TITLE,
        CLEAR,
        C1_CSI,
        BIDI,
        "a\u{200b}b",
        "\u{e0041}",
        "\u{3164}",
        "a\u{fe0f}",
        flood.as_str(),
    ] {
        let e = b
            .execute(Command::CreateParticipant(support::person(
                &format!("Ana {bad}"),
                "",
                "",
            )))
            .expect_err("refused");
        assert!(matches!(e, prezenca::core::Error::Invalid { .. }), "{e}");
        let mut ev = support::event("OK-1");
        ev.title = format!("T {bad}");
        assert!(b.execute(Command::CreateEvent(ev)).is_err());
    }
}

#[test]
fn screens_show_placeholders_not_control_sequences() {
    use prezenca::core::Queries;
    use prezenca::tui::theme::Theme;
    let dir = support::tmp();
    let db = support::db_in(&dir);
    plant(&db);
    let mut b = LocalBackend::open(&db).expect("open");
    let now = time::macros::datetime!(2026-03-02 09:30);
    for code in [CLEAN_CODE, BAD_CODE] {
        let id = b.event_by_code(code).expect("q").expect("event");
        let roster = prezenca::tui::roster::Roster::open(&mut b, id, now).expect("roster");
        for (w, h) in [(80, 24), (20, 5), (200, 50)] {
            support::screen::assert_screen_safe(w, h, |f| {
                roster.render(f, f.area(), &Theme::mono());
            });
        }
        let view = prezenca::tui::summary_view::SummaryView::open(&mut b, id).expect("summary");
        support::screen::assert_screen_safe(80, 24, |f| {
            view.render(f, f.area(), &Theme::mono());
        });
    }
}

#[test]
fn the_screen_scanner_sees_a_raw_sequence_written_past_the_widgets() {
    // ratatui's string setters drop control characters; a widget that sets cell symbols
    // itself does not. The scanner must see that.
    let buf = support::screen::render(10, 2, |f| {
        let area = f.area();
        f.buffer_mut()[(area.x + 1, area.y)].set_symbol("\x1b]0;x\x07");
        f.buffer_mut()[(area.x + 2, area.y + 1)].set_symbol("\u{202e}");
    });
    let bad = support::screen::forbidden_cells(&buf);
    assert_eq!(bad.len(), 2, "{bad:?}");
}

/// Draws the whole app at 80x24 and 200x60 and fails on any forbidden character in a cell.
fn assert_app_safe(app: &prezenca::tui::app::App, step: &str) {
    for (w, h) in [(80, 24), (200, 60)] {
        let buf = support::screen::render(w, h, |f| app.draw(f));
        let bad = support::screen::forbidden_cells(&buf);
        assert!(
            bad.is_empty(),
            "{step} at {w}x{h}: raw control characters on screen: {:?}",
            &bad[..bad.len().min(8)]
        );
    }
}

/// The app's screen at 200x60 as text.
fn app_text(app: &prezenca::tui::app::App) -> String {
    let buf = support::screen::render(200, 60, |f| app.draw(f));
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Walks the real app through every pane, the detail of each record, forms, confirmations,
/// the sessions list, the roster (with its prompts and walk-in form), the summary and the
/// help overlays, checking the screen after every key. Returns the number of screens seen.
fn walk_every_screen(app: &mut prezenca::tui::app::App) -> usize {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use prezenca::tui::state::Screen;
    let mut seen = 0;
    let mut press = |app: &mut prezenca::tui::app::App, code: KeyCode, mods: KeyModifiers| {
        app.handle_key(KeyEvent::new(code, mods));
        assert_app_safe(app, &format!("after {code:?} {mods:?}"));
        seen += 1;
    };
    let none = KeyModifiers::NONE;
    let ctrl = KeyModifiers::CONTROL;
    let c = KeyCode::Char;
    assert_app_safe(app, "the first screen");
    // The hostile text is on screen, defused: escape shows as a visible placeholder.
    let first = app_text(app);
    assert!(first.contains(CLEAN_CODE), "{first}");
    assert!(
        first.contains('\u{241b}'),
        "a placeholder for ESC:\n{first}"
    );
    // Events: each event, its help, edit form, delete confirmation, sessions.
    for _ in 0..2 {
        for k in [c('?'), c('x'), c('e'), KeyCode::Esc, c('d'), c('n')] {
            press(app, k, none);
        }
        for k in [c('t'), KeyCode::Down, c('e'), KeyCode::Esc, c('?'), c('x')] {
            press(app, k, none);
        }
        press(app, KeyCode::Esc, none);
        press(app, KeyCode::Down, none);
    }
    // Participants: everyone, each one's detail, form, confirmation, help.
    press(app, c('2'), none);
    press(app, c('a'), none);
    for _ in 0..3 {
        for k in [
            c('e'),
            KeyCode::Tab,
            KeyCode::Esc,
            c('d'),
            c('n'),
            c('?'),
            c('x'),
        ] {
            press(app, k, none);
        }
        press(app, c('m'), none);
        press(app, KeyCode::Down, none);
    }
    // A search that highlights inside the hostile names.
    press(app, c('/'), none);
    for ch in "name".chars() {
        press(app, c(ch), none);
    }
    press(app, KeyCode::Enter, none);
    press(app, KeyCode::Esc, none);
    // Follow-ups: all of them, each with its detail and form.
    press(app, c('3'), none);
    press(app, c('a'), none);
    for _ in 0..3 {
        for k in [c('e'), KeyCode::Esc, c('d'), c('n'), c('?'), c('x')] {
            press(app, k, none);
        }
        press(app, KeyCode::Down, none);
    }
    assert!(matches!(app.screen, Screen::Panes) && app.overlay.is_none());
    // The roster and the summary of each event.
    let mut rosters = 0;
    for event in 0..2 {
        press(app, c('1'), none);
        press(app, KeyCode::Home, none);
        for _ in 0..event {
            press(app, KeyCode::Down, none);
        }
        press(app, c('r'), none);
        assert!(
            matches!(app.screen, Screen::Roster(_)),
            "the roster is open"
        );
        let roster = app_text(app);
        let full = roster.contains("session 1/2");
        if full {
            assert!(
                roster.contains("ШШШ"),
                "the long name in the roster:\n{roster}"
            );
            rosters += 1;
        }
        // Each row with its detail line (who marked, when, why).
        for _ in 0..3 {
            press(app, KeyCode::Down, none);
        }
        press(app, KeyCode::Home, none);
        // A name typed: prompts about that person, the walk-in form with candidates.
        press(app, c('n'), none);
        press(app, c('2'), none);
        assert!(
            !full || app_text(app).contains("arrived at"),
            "the late prompt"
        );
        // A name that matches no one is cleared with the message; Esc then would leave the
        // roster, so it only closes a prompt that opened.
        let close_prompt = |app: &mut prezenca::tui::app::App,
                            press: &mut dyn FnMut(
            &mut prezenca::tui::app::App,
            KeyCode,
            KeyModifiers,
        )| {
            if matches!(&app.screen, Screen::Roster(r) if r.wants_raw_keys()) {
                press(app, KeyCode::Esc, KeyModifiers::NONE);
            }
        };
        close_prompt(app, &mut press);
        for k in [c('n'), c('3')] {
            press(app, k, none);
        }
        close_prompt(app, &mut press);
        press(app, c('n'), none);
        press(app, c('w'), ctrl);
        assert!(app_text(app).contains("Walk-in"), "the walk-in form");
        for k in [c('a'), KeyCode::Down, KeyCode::Tab, KeyCode::Esc] {
            press(app, k, none);
        }
        for k in [c('?'), c('x'), c('1'), c('0')] {
            press(app, k, none);
        }
        press(app, c('b'), ctrl);
        press(app, c('n'), none);
        press(app, c(']'), none);
        press(app, c('['), none);
        while matches!(app.screen, Screen::Roster(_)) {
            press(app, KeyCode::Esc, none);
        }
        press(app, c('s'), none);
        assert!(
            matches!(app.screen, Screen::Summary(_)),
            "the summary is open"
        );
        for k in [KeyCode::Down, KeyCode::PageDown, c('?'), c('x')] {
            press(app, k, none);
        }
        while matches!(app.screen, Screen::Summary(_)) {
            press(app, KeyCode::Esc, none);
        }
    }
    assert_eq!(rosters, 1, "the roster with sessions was seen");
    seen
}

#[test]
fn the_whole_app_shows_placeholders_not_control_sequences() {
    use prezenca::tui::keymap::Keymap;
    use prezenca::tui::theme::Theme;
    let dir = support::tmp();
    let db = support::db_in(&dir);
    plant(&db);
    let b = LocalBackend::open(&db).expect("open");
    let mut app = prezenca::tui::app::App::new(Box::new(b), Keymap::defaults(), Theme::mono());
    app.set_now(time::macros::datetime!(2026-03-02 09:30));
    let seen = walk_every_screen(&mut app);
    assert!(seen > 100, "the walk went through the screens ({seen})");
    assert!(!app.quit);
}

#[test]
fn through_the_server_the_app_shows_placeholders_not_control_sequences() {
    use prezenca::tui::keymap::Keymap;
    use prezenca::tui::theme::Theme;
    let dir = support::tmp();
    let db = support::db_in(&dir);
    plant(&db);
    let socket = dir.path().join("hostile.sock");
    let _server = server_support::Server::start(&db, &socket);
    let b = prezenca::backend::remote::connect_if_running(Some(&socket))
        .expect("connect")
        .expect("the server answers");
    assert!(b.location().starts_with("server "));
    let mut app = prezenca::tui::app::App::new(b, Keymap::defaults(), Theme::mono());
    app.set_now(time::macros::datetime!(2026-03-02 09:30));
    let seen = walk_every_screen(&mut app);
    assert!(seen > 100, "the walk went through the screens ({seen})");
}

/// What a raw client of the server (frames written by hand, no prezenca client code) gets
/// back for `request`: the reply to it, skipping pushes.
fn raw_request(
    s: &mut std::os::unix::net::UnixStream,
    id: u64,
    cmd: Command,
) -> Result<prezenca::backend::protocol::Reply, prezenca::core::Error> {
    use prezenca::backend::protocol::{Request, ToClient, ToServer, encode, read_msg};
    use std::io::Write;
    let f = encode(&ToServer::Request {
        id,
        request: Request::Execute(Box::new(cmd)),
    })
    .expect("frame");
    s.write_all(&f).expect("send");
    loop {
        match read_msg::<ToClient>(s, None, &|| false).expect("reply") {
            ToClient::Reply { id: rid, result } if rid == id => return result,
            _ => {}
        }
    }
}

/// A raw client of the server cannot store control sequences: every command that carries
/// text is checked by the server, whatever the client. What validation lets through
/// (10,000-character notes with CR, tab and newlines, 300-character names) reaches every
/// screen only defused, and the server's log and messages stay clean too.
#[test]
fn a_raw_client_of_the_server_cannot_store_control_sequences() {
    use prezenca::backend::protocol::{PROTOCOL_VERSION, ToClient, ToServer, encode, read_msg};
    use prezenca::core::{ImportKind, ImportRows, MarkInput, Queries, WalkInPerson};
    use prezenca::store::schema::SCHEMA_VERSION;
    use std::io::Write;
    use std::os::unix::net::UnixStream;
    let dir = support::tmp();
    let db = support::db_in(&dir);
    // The planted records give the walk below its hostile text to defuse; the raw client
    // must add none of its own.
    plant(&db);
    let socket = dir.path().join("raw.sock");
    let mut server = server_support::Server::start(&db, &socket);
    let mut c = server_support::client(&socket);
    let event = c
        .event_by_code(CLEAN_CODE)
        .expect("query")
        .expect("the event");
    let sessions: Vec<Id> = c
        .sessions(event)
        .expect("sessions")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let people: Vec<Id> = c
        .participants()
        .expect("people")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let stored = |c: &mut Box<dyn Backend>| {
        (
            c.participants().expect("people"),
            c.events().expect("events"),
            c.organisations().expect("organisations"),
            c.followups(None).expect("follow-ups"),
            c.session_marks(sessions[0]).expect("marks"),
        )
    };
    let before = stored(&mut c);

    // A hello whose version and language are escape sequences, with a wrong protocol: the
    // refusal and the server's log carry them defused.
    let mut bad = UnixStream::connect(&socket).expect("connect");
    let f = encode(&ToServer::Hello {
        protocol: PROTOCOL_VERSION + 7,
        schema: SCHEMA_VERSION,
        version: hostile("version"),
        lang: OSC_TITLE.into(),
    })
    .expect("hello");
    bad.write_all(&f).expect("hello");
    match read_msg::<ToClient>(&mut bad, None, &|| false).expect("an answer") {
        ToClient::Refused { reason } => {
            assert!(reason.contains("version"), "{reason}");
            assert_clean("the refusal", reason.as_bytes());
        }
        other => panic!("not refused: {other:?}"),
    }

    let mut raw = UnixStream::connect(&socket).expect("connect");
    let f = encode(&ToServer::Hello {
        protocol: PROTOCOL_VERSION,
        schema: SCHEMA_VERSION,
        version: hostile("version"),
        lang: CLEAR.into(),
    })
    .expect("hello");
    raw.write_all(&f).expect("hello");
    let welcome = read_msg::<ToClient>(&mut raw, None, &|| false).expect("welcome");
    assert!(matches!(welcome, ToClient::Welcome { .. }), "{welcome:?}");

    let bad_texts = [OSC_TITLE, CLEAR, OSC52, C1_CSI, BIDI, ZERO_WIDTH, "\x7f"];
    let mut refused = 0;
    let mut id = 0;
    for bad_text in bad_texts {
        let text = format!("Ana {bad_text}");
        let mut ev = support::event("RAW-1");
        ev.title = text.clone();
        let mut p = support::person(&text, "", "");
        let mut notes = support::person("Ana Notes", "", "");
        notes.notes = text.clone();
        let mut import = std::collections::BTreeMap::new();
        import.insert("name".to_string(), text.clone());
        let mut bad_column = std::collections::BTreeMap::new();
        bad_column.insert(text.clone(), "x".to_string());
        p.email = String::new();
        let cmds = vec![
            Command::CreateEvent(ev),
            Command::CreateParticipant(p.clone()),
            Command::CreateParticipant(notes),
            Command::UpdateParticipant {
                id: people[0],
                participant: p.clone(),
            },
            Command::CreateOrganisation(Organisation {
                name: text.clone(),
                acronym: String::new(),
                kind: OrgKind::Cso,
                city: String::new(),
                country: String::new(),
            }),
            Command::SetMark {
                session: sessions[0],
                participant: people[1],
                mark: Some(MarkInput {
                    status: MarkStatus::Excused,
                    arrived_at: None,
                    reason: text.clone(),
                }),
                expect: None,
            },
            Command::WalkIn {
                event,
                session: Some(sessions[0]),
                person: WalkInPerson::New {
                    participant: p.clone(),
                    organisation: text.clone(),
                },
            },
            Command::CloseEvent {
                event,
                owner: text.clone(),
                due: time::macros::date!(2026 - 04 - 01),
                dry_run: false,
            },
            Command::Import {
                kind: ImportKind::Participants,
                rows: ImportRows::from_maps([(2, import)]),
                event: None,
                dry_run: false,
                partial: false,
            },
            Command::Import {
                kind: ImportKind::Participants,
                rows: ImportRows::from_maps([(2, bad_column)]),
                event: Some(text.clone()),
                dry_run: false,
                partial: false,
            },
        ];
        for cmd in cmds {
            id += 1;
            let what = format!("{cmd:?}");
            match raw_request(&mut raw, id, cmd) {
                Ok(prezenca::backend::protocol::Reply::Outcome(o)) => {
                    // An import answers with its row errors instead of failing.
                    let report = o.import.expect("only an import may answer Ok");
                    assert!(!report.applied, "{what}: applied");
                    assert!(!report.rejected.is_empty(), "{what}: no row refused");
                    for e in &report.rejected {
                        assert_clean("a row error", e.reason.as_bytes());
                    }
                    refused += 1;
                }
                Ok(other) => panic!("{what}: {other:?}"),
                Err(e) => {
                    assert_clean(&format!("the error for {what}"), e.to_string().as_bytes());
                    refused += 1;
                }
            }
        }
    }
    assert_eq!(
        refused,
        bad_texts.len() * 10,
        "every hostile command refused"
    );

    // What validation lets through: the longest name, and the longest notes with CR, tab and
    // newlines (a notes field may hold several lines).
    let long_name = "Ш".repeat(prezenca::text::MAX_LINE);
    let mut p = support::person(&long_name, "long@example.org", "");
    p.notes = format!("line one\r\nline\ttwo\r{}", "ж".repeat(9_950));
    id += 1;
    let made = raw_request(&mut raw, id, Command::CreateParticipant(p)).expect("accepted");
    let prezenca::backend::protocol::Reply::Outcome(o) = made else {
        panic!("not an outcome: {made:?}");
    };
    let pid = o.created.expect("created");
    id += 1;
    raw_request(
        &mut raw,
        id,
        Command::SetMark {
            session: sessions[0],
            participant: pid,
            mark: Some(MarkInput {
                status: MarkStatus::Excused,
                arrived_at: None,
                reason: "sick\r\n\tsee notes".into(),
            }),
            expect: None,
        },
    )
    .expect("a multi-line reason is accepted");
    drop(raw);

    // Nothing hostile was stored: the only changes are the accepted person and their mark.
    let (people_after, events, orgs, followups, marks) = stored(&mut c);
    assert_eq!((events, orgs, followups), (before.1, before.2, before.3));
    let added: Vec<_> = people_after
        .iter()
        .filter(|p| !before.0.contains(p))
        .collect();
    assert_eq!(
        added.len(),
        1,
        "only the accepted person was added: {added:?}"
    );
    assert_eq!(added[0].0, pid);
    assert_eq!(people_after.len(), before.0.len() + 1, "nobody was changed");
    let new_marks: Vec<_> = marks.iter().filter(|m| !before.4.contains(m)).collect();
    assert_eq!(new_marks.len(), 1, "only the accepted mark: {new_marks:?}");
    // And every screen shows what got in defused.
    use prezenca::tui::keymap::Keymap;
    use prezenca::tui::theme::Theme;
    let mut app = prezenca::tui::app::App::new(c, Keymap::defaults(), Theme::mono());
    app.set_now(time::macros::datetime!(2026-03-02 09:30));
    let seen = walk_every_screen(&mut app);
    assert!(seen > 100, "the walk went through the screens ({seen})");
    assert_clean("the server's log", server.log_text().as_bytes());
    assert!(server.terminate().success());
}
