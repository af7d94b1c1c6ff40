//! Badge scans and check-out in the roster, key by key against a local database, through
//! the default keymap: a USB scanner types the code and Enter.

use crate::roster_support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use prezenca::core::{Backend, Command, MarkInput, Queries};
use prezenca::domain::badge;
use prezenca::domain::*;
use prezenca::tui::keymap::{Key, Keymap};
use prezenca::tui::roster::{Roster, RosterExit};
use roster_support::{Fixture, NOW, fixture, id_of, key, status_of};
use time::macros::time;

/// The clock is one per process: tests that set it take turns, and each starts at 09:02 on
/// the event's first day, so no mark is stamped with the real time.
static CLOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn fixed_clock() -> std::sync::MutexGuard<'static, ()> {
    let g = CLOCK.lock().unwrap_or_else(|e| e.into_inner());
    prezenca::i18n::set_for_thread(Some(prezenca::i18n::DEFAULT));
    at(time::macros::datetime!(2026-03-02 09:02));
    g
}

fn at(t: time::PrimitiveDateTime) {
    prezenca::core::clock::fix(Some(t));
}

/// One key as the app routes it: the default keymap's roster action, else typed text.
fn press(r: &mut Roster, b: &mut dyn Backend, k: KeyEvent) -> RosterExit {
    use prezenca::tui::action::Bound;
    use prezenca::tui::roster::RosterAction;
    let keymap = Keymap::defaults();
    let action = Key::from_event(&k).and_then(|k| match keymap.bound::<RosterAction>(k) {
        Some(Bound::Own(a)) => Some(a),
        _ => None,
    });
    match action {
        Some(a) if !r.wants_raw_keys() => r.on_action(b, a).expect("action"),
        _ => r.on_key(b, k).expect("key"),
    }
}

/// What a scanner does: the code's letters, then Enter.
fn scan(r: &mut Roster, b: &mut dyn Backend, code: &str) -> String {
    for c in code.chars() {
        press(r, b, key(KeyCode::Char(c)));
    }
    match press(r, b, key(KeyCode::Enter)) {
        RosterExit::Status(m) => m,
        other => panic!("a scan says what it did, got {other:?}"),
    }
}

/// Scans the badge of the person named.
fn scan_badge(r: &mut Roster, b: &mut dyn Backend, name: &str) -> String {
    let code = code_of(b, name);
    scan(r, b, &code)
}

fn code_of(b: &mut dyn Backend, name: &str) -> String {
    badge::code(id_of(b, name)).expect("a code")
}

fn first_session(f: &mut Fixture) -> Id {
    f.b.sessions(f.event).expect("sessions")[0].0
}

fn mark_of(f: &mut Fixture, session: Id, name: &str) -> Option<Mark> {
    let id = id_of(&mut f.b, name);
    f.b.session_marks(session)
        .expect("marks")
        .into_iter()
        .find(|(p, _)| *p == id)
        .map(|(_, m)| m)
}

fn entries(b: &mut dyn Backend) -> usize {
    b.audit(1000).expect("audit").len()
}

#[test]
fn a_scanned_badge_checks_the_person_in_and_names_their_organisation() {
    let _clock = fixed_clock();
    let mut f = fixture();
    // The fixture fixes the clock too: the scans here happen at 09:02.
    at(time::macros::datetime!(2026-03-02 09:02));
    let s = first_session(&mut f);
    let mut r = Roster::open(&mut f.b, f.event, NOW).expect("roster");
    let code = code_of(&mut f.b, "Ana Çela");
    let said = scan(&mut r, &mut f.b, &code);
    assert_eq!(said, "Ana Çela (Lëvizja FOL) checked in");
    assert_eq!(
        status_of(&mut f.b, s, "Ana Çela"),
        Some(MarkStatus::Present)
    );
    assert_eq!(r.filter_text(), "", "ready for the next scan");
    assert_eq!(r.counts().present, 1);
    // The code typed by hand, in small letters and with its dash, is the same badge.
    let code = badge::printed(&code_of(&mut f.b, "Elif Şahin")).to_lowercase();
    let said = scan(&mut r, &mut f.b, &code);
    assert!(said.starts_with("Elif Şahin (Kadın"), "{said}");
    assert_eq!(r.counts().present, 2);
    // A scanner set to end codes with a line feed sends Ctrl-J in a raw terminal.
    for c in code_of(&mut f.b, "Gjergj Hoxha").chars() {
        press(&mut r, &mut f.b, key(KeyCode::Char(c)));
    }
    press(
        &mut r,
        &mut f.b,
        KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL),
    );
    assert_eq!(
        status_of(&mut f.b, s, "Gjergj Hoxha"),
        Some(MarkStatus::Present)
    );
    assert_eq!(r.filter_text(), "");
}

#[test]
fn a_second_scan_says_since_when_and_changes_nothing() {
    let _clock = fixed_clock();
    let mut f = fixture();
    // The fixture fixes the clock too: the scans here happen at 09:02.
    at(time::macros::datetime!(2026-03-02 09:02));
    let s = first_session(&mut f);
    let mut r = Roster::open(&mut f.b, f.event, NOW).expect("roster");
    let code = code_of(&mut f.b, "Marko Đorđević");
    scan(&mut r, &mut f.b, &code);
    at(time::macros::datetime!(2026-03-02 09:30));
    let before = entries(&mut f.b);
    let said = scan(&mut r, &mut f.b, &code);
    assert_eq!(
        said,
        "Marko Đorđević already present since 09:02: nothing changed"
    );
    assert_eq!(entries(&mut f.b), before, "no change was written");
    let m = mark_of(&mut f, s, "Marko Đorđević").expect("mark");
    assert_eq!(m.status, MarkStatus::Present);
    assert_eq!(r.filter_text(), "");
}

#[test]
fn a_badge_of_someone_not_registered_here_is_refused_and_offered_as_a_walk_in() {
    let _clock = fixed_clock();
    let mut f = fixture();
    // The fixture fixes the clock too: the scans here happen at 09:02.
    at(time::macros::datetime!(2026-03-02 09:02));
    let s = first_session(&mut f);
    let mut r = Roster::open(&mut f.b, f.event, NOW).expect("roster");
    let before = entries(&mut f.b);
    let code = code_of(&mut f.b, "Vesna Todorović");
    let said = scan(&mut r, &mut f.b, &code);
    assert_eq!(
        said,
        "Vesna Todorović: not registered here — Ctrl-W to add as a walk-in"
    );
    assert_eq!(entries(&mut f.b), before);
    assert_eq!(status_of(&mut f.b, s, "Vesna Todorović"), None);
    assert_eq!(r.filter_text(), "");
    // The cancelled registration is no registration at the door either.
    let said = scan_badge(&mut r, &mut f.b, "Dragan Nikolić");
    assert!(said.contains("not registered here"), "{said}");
    // Ctrl-W takes the refused badge's person into the walk-in form.
    let vesna = code_of(&mut f.b, "Vesna Todorović");
    scan(&mut r, &mut f.b, &vesna);
    press(
        &mut r,
        &mut f.b,
        KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL),
    );
    let names: Vec<String> = r
        .walk_in_form()
        .expect("the walk-in form")
        .candidates()
        .map(|(k, _)| k.name.clone())
        .collect();
    assert_eq!(names, vec!["Vesna Todorović".to_string()]);
}

#[test]
fn a_mistyped_code_is_no_badge_and_a_code_of_no_one_changes_nothing() {
    let _clock = fixed_clock();
    let mut f = fixture();
    // The fixture fixes the clock too: the scans here happen at 09:02.
    at(time::macros::datetime!(2026-03-02 09:02));
    let s = first_session(&mut f);
    let mut r = Roster::open(&mut f.b, f.event, NOW).expect("roster");
    let before = entries(&mut f.b);
    // An id no record has: a well-formed code of no one.
    let nobody = badge::code(999_999).expect("code");
    let said = scan(&mut r, &mut f.b, &nobody);
    assert_eq!(
        said,
        format!(
            "no one has the badge {}: nothing changed",
            badge::printed(&nobody)
        )
    );
    assert_eq!(entries(&mut f.b), before);
    assert!(f.b.session_marks(s).expect("marks").is_empty());
}

#[test]
fn in_exit_mode_a_scan_records_who_leaves_early_and_who_stays_to_the_end() {
    let _clock = fixed_clock();
    let mut f = fixture();
    // The fixture fixes the clock too: the scans here happen at 09:02.
    at(time::macros::datetime!(2026-03-02 09:02));
    let s = first_session(&mut f);
    let mut r = Roster::open(&mut f.b, f.event, NOW).expect("roster");
    r.set_checkout_grace(10);
    for name in ["Ana Çela", "Elif Şahin", "Gjergj Hoxha"] {
        let c = code_of(&mut f.b, name);
        scan(&mut r, &mut f.b, &c);
    }
    let ivana = id_of(&mut f.b, "Ivana Jovanović");
    f.b.execute(Command::SetMark {
        session: s,
        participant: ivana,
        mark: Some(MarkInput {
            status: MarkStatus::Late,
            arrived_at: Some(time!(9:40)),
            reason: String::new(),
        }),
        expect: None,
    })
    .expect("late");
    r.refresh(&mut f.b).expect("refresh");
    let exit = press(
        &mut r,
        &mut f.b,
        KeyEvent::new(KeyCode::Char('e'), KeyModifiers::CONTROL),
    );
    assert!(r.exit_mode());
    assert!(matches!(exit, RosterExit::Status(m) if m.contains("exit mode")));

    // The session runs 09:00–17:00: leaving at 15:40 is early…
    at(time::macros::datetime!(2026-03-02 15:40));
    let said = scan_badge(&mut r, &mut f.b, "Ana Çela");
    assert_eq!(said, "Ana Çela left early at 15:40");
    let m = mark_of(&mut f, s, "Ana Çela").expect("mark");
    assert_eq!(
        (m.status, m.left_at),
        (MarkStatus::LeftEarly, Some(time!(15:40)))
    );
    // …a late arrival leaving early keeps the arrival time…
    let said = scan_badge(&mut r, &mut f.b, "Ivana Jovanović");
    assert_eq!(said, "Ivana Jovanović left early at 15:40");
    let m = mark_of(&mut f, s, "Ivana Jovanović").expect("mark");
    assert_eq!(m.arrived_at, Some(time!(9:40)));
    // …16:50 is within the grace of 10 minutes: present to the end, the time kept.
    at(time::macros::datetime!(2026-03-02 16:50));
    let said = scan_badge(&mut r, &mut f.b, "Elif Şahin");
    assert_eq!(said, "Elif Şahin left at 16:50, present to the end");
    let m = mark_of(&mut f, s, "Elif Şahin").expect("mark");
    assert_eq!(
        (m.status, m.left_at),
        (MarkStatus::Present, Some(time!(16:50)))
    );
    // A second check-out changes nothing.
    let before = entries(&mut f.b);
    let said = scan_badge(&mut r, &mut f.b, "Ana Çela");
    assert_eq!(said, "Ana Çela already left at 15:40: nothing changed");
    assert_eq!(entries(&mut f.b), before);
    // Someone never checked in cannot leave.
    let said = scan_badge(&mut r, &mut f.b, "Ayşe Yıldız");
    assert_eq!(said, "Ayşe Yıldız is not checked in: nothing changed");
    assert_eq!(status_of(&mut f.b, s, "Ayşe Yıldız"), None);
    // Enter on a selected row (a name typed) checks out too.
    for c in "hoxha".chars() {
        press(&mut r, &mut f.b, key(KeyCode::Char(c)));
    }
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    let m = mark_of(&mut f, s, "Gjergj Hoxha").expect("mark");
    assert_eq!(
        (m.status, m.left_at),
        (MarkStatus::Present, Some(time!(16:50)))
    );
    // Undo takes a check-out back in one step.
    press(
        &mut r,
        &mut f.b,
        KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL),
    );
    let m = mark_of(&mut f, s, "Gjergj Hoxha").expect("mark");
    assert_eq!((m.status, m.left_at), (MarkStatus::Present, None));
    // The summary's participant rows carry the leaving times, in every format.
    let summary =
        f.b.summary(f.event, time::macros::datetime!(2026-03-02 18:00))
            .expect("summary");
    let row = |name: &str| {
        summary
            .participants
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.left.clone())
            .expect("a row")
    };
    let at = |session, t: &str| prezenca::domain::summary::LeftAt {
        session,
        at: t.into(),
    };
    assert_eq!(row("Ana Çela"), vec![at(1, "15:40")]);
    assert_eq!(row("Elif Şahin"), vec![at(1, "16:50")]);
    assert_eq!(row("Gjergj Hoxha"), vec![], "the check-out was undone");
    assert_eq!(row("Ayşe Yıldız"), vec![]);
    // Hours: a left-early mark counts until the person left (09:00–15:40 is 6 h 40 min),
    // a stay to the end the whole session (8 h), in the summary and in the report alike.
    let hours = |name: &str| {
        summary
            .participants
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.hours)
            .expect("a row")
    };
    assert_eq!(hours("Ana Çela"), 6.7);
    assert_eq!(hours("Elif Şahin"), 8.0);
    let ev = f.b.event(f.event).expect("q").expect("event");
    let report = f.b.report(ev.start, ev.end, None).expect("report");
    assert_eq!(report.person_hours, summary.person_hours);
    let opts = prezenca::report::Options::default();
    for format in [
        prezenca::report::Format::Md,
        prezenca::report::Format::Html,
        prezenca::report::Format::Csv,
        prezenca::report::Format::Json,
    ] {
        let text = String::from_utf8(
            prezenca::report::summary_file(&summary, format, &opts).expect("rendered"),
        )
        .expect("utf-8");
        let ana = text
            .lines()
            .find(|l| l.contains("Ana Çela"))
            .expect("Ana's row");
        if format == prezenca::report::Format::Json {
            assert!(
                text.contains("\"left\": [\n") || text.contains("\"left\":[{"),
                "{format:?}"
            );
            assert!(text.contains("\"at\": \"15:40\"") || text.contains("\"at\":\"15:40\""));
        } else {
            assert!(ana.contains("1: 15:40"), "{format:?}: {ana}");
        }
    }
    // Back to entry mode: the header no longer says exit.
    press(
        &mut r,
        &mut f.b,
        KeyEvent::new(KeyCode::Char('e'), KeyModifiers::CONTROL),
    );
    assert!(!r.exit_mode());
}
