//! The door as drawn on a `TestBackend`: the roster in exit mode after a scan and a
//! check-out, and the kiosk's prompt, matches, question and thanks. Also the kiosk's keys in
//! process: what it refuses and what it records.

use crate::roster_support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use prezenca::core::{Backend, Queries};
use prezenca::domain::{MarkStatus, badge};
use prezenca::tui::kiosk::{Kiosk, KioskExit};
use prezenca::tui::roster::Roster;
use prezenca::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use roster_support::*;
use time::macros::datetime;

static CLOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Tests that set the process's clock take turns; each starts at 09:02 on the first day.
fn fixed_clock() -> std::sync::MutexGuard<'static, ()> {
    let g = CLOCK.lock().unwrap_or_else(|e| e.into_inner());
    prezenca::i18n::set_for_thread(Some(prezenca::i18n::DEFAULT));
    prezenca::core::clock::fix(Some(datetime!(2026-03-02 09:02)));
    g
}

fn draw_roster(r: &Roster) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 12)).expect("terminal");
    t.draw(|f| r.render(f, f.area(), &Theme::mono()))
        .expect("draw");
    t.backend().to_string()
}

fn draw_kiosk(k: &Kiosk) -> String {
    let mut t = Terminal::new(TestBackend::new(70, 16)).expect("terminal");
    t.draw(|f| k.render(f, &Theme::mono())).expect("draw");
    t.backend().to_string()
}

fn typed(k: &mut Kiosk, b: &mut dyn Backend, s: &str) {
    for c in s.chars() {
        let code = if c == '\r' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        assert_eq!(k.on_key(b, key(code)).expect("key"), KioskExit::Stay);
    }
}

#[test]
fn the_roster_in_exit_mode_says_so_and_shows_who_left() {
    let _clock = fixed_clock();
    let mut f = fixture();
    let mut r = Roster::open(&mut f.b, f.event, NOW).expect("roster");
    let ana = badge::code(id_of(&mut f.b, "Ana Çela")).expect("code");
    let elif = badge::code(id_of(&mut f.b, "Elif Şahin")).expect("code");
    for code in [&ana, &elif] {
        type_text(&mut r, &mut f.b, code);
        press(&mut r, &mut f.b, key(KeyCode::Enter));
    }
    r.on_action(
        &mut f.b,
        prezenca::tui::roster::RosterAction::ToggleExitMode,
    )
    .expect("exit mode");
    prezenca::core::clock::fix(Some(datetime!(2026-03-02 15:40)));
    type_text(&mut r, &mut f.b, &ana);
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    // The cursor off the marked rows: their detail line names the login that ran the test.
    r.on_action(&mut f.b, prezenca::tui::roster::RosterAction::Down)
        .expect("down");
    insta::assert_snapshot!(draw_roster(&r));
}

#[test]
fn the_kiosk_shows_names_after_three_letters_asks_and_thanks() {
    let _clock = fixed_clock();
    let mut f = fixture();
    let b: &mut dyn Backend = &mut f.b;
    let mut k = Kiosk::open(b, "ADV-2026-03").expect("kiosk");
    insta::assert_snapshot!("kiosk_prompt", draw_kiosk(&k));
    typed(&mut k, b, "kr");
    assert!(k.offered().is_empty(), "two letters show no one");
    typed(&mut k, b, "a");
    let names: Vec<(&str, &str)> = k.offered().iter().map(|(n, o, _)| (*n, *o)).collect();
    assert_eq!(
        names,
        vec![("Arben Krasniqi", "KCSF"), ("Blerta Krasniqi", "KCSF")]
    );
    k.on_key(b, key(KeyCode::Down)).expect("down");
    insta::assert_snapshot!("kiosk_matches", draw_kiosk(&k));
    k.on_key(b, key(KeyCode::Enter)).expect("pick");
    insta::assert_snapshot!("kiosk_question", draw_kiosk(&k));
    k.on_key(b, key(KeyCode::Enter)).expect("confirm");
    insta::assert_snapshot!("kiosk_thanks", draw_kiosk(&k));
    let s = b.sessions(f.event).expect("sessions")[0].0;
    let blerta = id_of(b, "Blerta Krasniqi");
    let marks = b.session_marks(s).expect("marks");
    assert_eq!(marks.len(), 1);
    assert_eq!(
        (marks[0].0, marks[0].1.status),
        (blerta, MarkStatus::Present)
    );
    let (_, entry) = b.audit(1).expect("audit").pop().expect("an entry");
    assert_eq!(
        entry.what,
        "Blerta Krasniqi present (self check-in at the kiosk)"
    );
    assert_eq!(entry.who, b.who());
    // Three seconds later the prompt is back, empty.
    k.tick(std::time::Instant::now() + prezenca::tui::kiosk::CLEAR_AFTER);
    assert_eq!(k.shown(), None);
    assert_eq!(draw_kiosk(&k), {
        let fresh = Kiosk::open(b, "ADV-2026-03").expect("kiosk");
        draw_kiosk(&fresh)
    });
}

#[test]
fn the_kiosk_refuses_everything_but_names_badges_and_the_trainers_code() {
    let _clock = fixed_clock();
    let mut f = fixture();
    let b: &mut dyn Backend = &mut f.b;
    let mut k = Kiosk::open(b, "ADV-2026-03").expect("kiosk");
    let before = b.audit(100).expect("audit").len();
    // The keys of other screens do nothing here.
    for ev in [
        key(KeyCode::Esc),
        KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
        KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL),
        KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL),
        key(KeyCode::F(1)),
    ] {
        assert_eq!(k.on_key(b, ev).expect("key"), KioskExit::Stay);
    }
    // Someone registered elsewhere only, by badge: refused, nothing written.
    let vesna = badge::code(id_of(b, "Vesna Todorović")).expect("code");
    typed(&mut k, b, &format!("{vesna}\r"));
    assert_eq!(
        k.shown(),
        Some("This badge is not registered here: please ask a trainer.")
    );
    // Nor are they offered by name.
    k.tick(std::time::Instant::now() + prezenca::tui::kiosk::CLEAR_AFTER);
    typed(&mut k, b, "vesna");
    assert!(k.offered().is_empty());
    assert_eq!(b.audit(100).expect("audit").len(), before);
    // A scan checks in at once; a second scan of the same badge writes nothing.
    let ana = badge::code(id_of(b, "Ana Çela")).expect("code");
    k.on_key(b, key(KeyCode::Esc)).expect("clear");
    typed(&mut k, b, &format!("{ana}\r"));
    assert_eq!(k.shown(), Some("Thank you, Ana Çela! You are checked in."));
    typed(&mut k, b, &format!("{ana}\r"));
    assert_eq!(
        k.shown(),
        Some("Welcome, Ana Çela: you were already checked in.")
    );
    assert_eq!(b.audit(100).expect("audit").len(), before + 1);
    // A trainer registers Vesna meanwhile: once the kiosk reads again, she finds herself.
    let vesna_id = id_of(b, "Vesna Todorović");
    b.execute(prezenca::core::Command::SetRegistration {
        event: f.event,
        participant: vesna_id,
        registration: Some(prezenca::domain::Registration::default()),
    })
    .expect("registered");
    k.on_key(b, key(KeyCode::Esc)).expect("clear");
    typed(&mut k, b, "vesna");
    assert!(k.offered().is_empty(), "not read yet");
    k.reload(b).expect("reload");
    let names: Vec<&str> = k.offered().iter().map(|(n, _, _)| *n).collect();
    assert_eq!(names, vec!["Vesna Todorović"]);
    k.on_key(b, key(KeyCode::Esc)).expect("clear");
    // Leaving: Ctrl-X, then the event's code; a wrong code keeps the kiosk open.
    let ctrl_x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL);
    k.on_key(b, ctrl_x).expect("ctrl-x");
    typed(&mut k, b, "ADV-2026-04\r");
    k.on_key(b, ctrl_x).expect("ctrl-x");
    typed(&mut k, b, "adv-2026-0");
    assert_eq!(
        k.on_key(b, key(KeyCode::Char('3'))).expect("key"),
        KioskExit::Stay
    );
    assert_eq!(
        k.on_key(b, key(KeyCode::Enter)).expect("enter"),
        KioskExit::Close
    );
}
