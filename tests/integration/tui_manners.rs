//! The terminal as trainers meet it, through the real loop on a test terminal: pastes are
//! text, a screen too small to read takes no keys, an undone walk-in leaves the roster, every
//! question shows its answer keys, the who-marked line keeps the user and time, a half-typed
//! walk-in is kept, and a name that matches no one is cleared.

use crate::common;

use std::time::Duration;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use prezenca::core::{Backend, Command, MarkInput, Queries};
use prezenca::domain::*;
use prezenca::tui::app::{App, Input, InputSource, run_loop};
use prezenca::tui::state::{Overlay, Pane, Screen};

/// A scripted terminal: the inputs in order, then SIGTERM (which ends the loop whatever is
/// open, where a quit key would go into a form).
struct Script(Vec<Input>);

impl InputSource for Script {
    fn next(&mut self, _timeout: Duration) -> Input {
        if self.0.is_empty() {
            Input::Signal(15)
        } else {
            self.0.remove(0)
        }
    }
}

fn k(c: char) -> Input {
    Input::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

fn code(c: KeyCode) -> Input {
    Input::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

fn ctrl_k(c: char) -> Input {
    Input::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

fn text(s: &str) -> Vec<Input> {
    s.chars().map(k).collect()
}

/// Opens the roster of PR-2026-ADV (Ana Çela and Ђорђе Петровић registered; its first
/// session runs at the fixed clock).
fn open_roster(app: &mut App) {
    key(app, KeyCode::Char('/'));
    typed(app, "ADV");
    key(app, KeyCode::Enter);
    key(app, KeyCode::Char('r'));
    assert!(matches!(app.screen, Screen::Roster(_)), "the roster opened");
}

fn marks(app: &mut App, event: Id) -> Vec<(Id, Mark)> {
    let b = app.backend.as_mut();
    let s = b.sessions(event).expect("sessions")[0].0;
    b.session_marks(s).expect("marks")
}

/// The line of the screen holding `needle`.
fn line_with(screen: &str, needle: &str) -> String {
    screen
        .lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} in\n{screen}"))
        .to_string()
}

/// True when a row of the roster's list names `name`.
fn listed(screen: &str, name: &str) -> bool {
    screen.lines().any(|l| l.trim_start().starts_with(name))
}

fn roster_filter(app: &App) -> String {
    match &app.screen {
        Screen::Roster(r) => r.filter_text().to_string(),
        _ => panic!("not in the roster"),
    }
}

#[test]
fn a_paste_in_the_roster_is_filter_text_and_never_marks() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    open_roster(&mut app);
    // Ana is marked present; a paste holding Esc, "]", "0" and a newline must neither move
    // to the next session, nor clear her mark, nor mark anyone.
    key(&mut app, KeyCode::Char('1'));
    let before = marks(&mut app, ids.adv);
    assert_eq!(before.len(), 1);
    let mut term = terminal(80, 24);
    let mut script = Script(vec![Input::Paste("\u{1b}]0\r\nana\n".into())]);
    run_loop(&mut term, &mut app, &mut script);
    assert_eq!(
        marks(&mut app, ids.adv),
        before,
        "nothing marked or cleared"
    );
    let Screen::Roster(r) = &app.screen else {
        panic!("still in the roster")
    };
    assert_eq!(r.session_number(), 1, "the paste did not move sessions");
    assert_eq!(r.filter_text(), "]0 ana", "the paste is text in the filter");
}

#[test]
fn a_paste_never_answers_a_question_and_lands_in_the_form_field() {
    let (_d, bk, _ids) = seeded();
    let mut app = app(bk);
    // Delete asks first: a pasted "y" and newline do not answer.
    key(&mut app, KeyCode::Char('d'));
    assert!(matches!(app.overlay, Some(Overlay::Confirm(_))));
    app.handle_paste("y\n");
    assert!(
        matches!(app.overlay, Some(Overlay::Confirm(_))),
        "still asking"
    );
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(app.backend.events().expect("events").len(), 2);
    // In a form, a paste is the field's text, control characters and line breaks gone.
    key(&mut app, KeyCode::Char('n'));
    app.handle_paste("PR-2026\u{1b}[2J\n-12-X");
    let Some(Overlay::Form(f)) = &app.overlay else {
        panic!("the form is open")
    };
    assert_eq!(f.value(prezenca::domain::Field::Code), "PR-2026[2J -12-X");
}

#[test]
fn keys_do_nothing_while_the_terminal_is_too_small_but_quit() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    open_roster(&mut app);
    let mut term = terminal(80, 24);
    let mut script = Script(vec![Input::Tick]);
    run_loop(&mut term, &mut app, &mut script);
    term.backend_mut().resize(30, 8);
    let mut inputs = vec![Input::Resize];
    inputs.extend(text("ana"));
    inputs.push(code(KeyCode::Enter));
    inputs.push(k('1'));
    inputs.push(k(']'));
    inputs.push(Input::Paste("ana".into()));
    inputs.push(k('q'));
    let mut script = Script(inputs);
    assert_eq!(run_loop(&mut term, &mut app, &mut script), 0, "q quits");
    assert!(script.0.is_empty(), "q quit before the script ran out");
    assert!(marks(&mut app, ids.adv).is_empty(), "no one was marked");
    assert_eq!(roster_filter(&app), "", "nothing was typed into the filter");
    let Screen::Roster(r) = &app.screen else {
        panic!("still in the roster")
    };
    assert_eq!(r.session_number(), 1);
    assert!(screen(&app, 30, 8).contains("too small"));
}

#[test]
fn an_undone_walk_in_leaves_the_roster_and_its_counts_at_once() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    open_roster(&mut app);
    let before = screen(&app, 80, 24);
    assert!(before.contains("of 2"), "{before}");
    ctrl(&mut app, 'w');
    typed(&mut app, "Agron Abazi");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "male");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    let added = screen(&app, 80, 24);
    assert!(listed(&added, "Agron Abazi"), "{added}");
    assert!(line_with(&added, "unmarked").contains("of 3"), "{added}");
    ctrl(&mut app, 'z');
    let undone = screen(&app, 80, 24);
    assert!(!listed(&undone, "Agron Abazi"), "{undone}");
    assert!(line_with(&undone, "unmarked").contains("of 2"), "{undone}");
    assert!(marks(&mut app, ids.adv).is_empty());
}

#[test]
fn a_walk_in_undone_elsewhere_leaves_this_roster_on_the_next_poll() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    open_roster(&mut app);
    let session = app.backend.sessions(ids.adv).expect("sessions")[0].0;
    let out = app
        .backend
        .execute(Command::WalkIn {
            event: ids.adv,
            session: Some(session),
            person: prezenca::core::WalkInPerson::New {
                participant: person("Agron Abazi", "", None),
                organisation: String::new(),
            },
        })
        .expect("walk-in");
    app.poll_changes();
    assert!(listed(&screen(&app, 80, 24), "Agron Abazi"));
    app.backend
        .execute(Command::Undo {
            entry: out.entry.expect("an undo entry"),
        })
        .expect("undo");
    app.poll_changes();
    let s = screen(&app, 80, 24);
    assert!(!listed(&s, "Agron Abazi"), "{s}");
    assert!(line_with(&s, "unmarked").contains("of 2"), "{s}");
}

#[test]
fn the_conflict_question_shows_its_answer_keys_at_80_columns() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    open_roster(&mut app);
    // Another trainer marks Ana behind this screen's back.
    let session = app.backend.sessions(ids.adv).expect("sessions")[0].0;
    app.backend
        .execute(Command::SetMark {
            session,
            participant: ids.ana,
            mark: Some(MarkInput {
                status: MarkStatus::Present,
                arrived_at: None,
                reason: String::new(),
            }),
            expect: None,
        })
        .expect("mark");
    typed(&mut app, "ana");
    key(&mut app, KeyCode::Char('4'));
    let s = screen(&app, 80, 24);
    assert!(
        line_with(&s, "look again").starts_with("y/n "),
        "the answer keys come first: {s}"
    );
    key(&mut app, KeyCode::Char('y'));
    let m = marks(&mut app, ids.adv);
    assert_eq!(m[0].1.status, MarkStatus::Absent, "y answered the question");
}

#[test]
fn the_who_marked_line_shortens_the_email_before_the_user_and_time() {
    let (_d, mut bk, ids) = seeded();
    bk.execute(Command::UpdateParticipant {
        id: ids.ana,
        participant: Participant {
            name: "Ana Çela".into(),
            email: "ana.cela.coordinator.of.programmes@kosovo-womens-network.org".into(),
            gender: Gender::Female,
            country: "Kosovo".into(),
            ..Participant::default()
        },
    })
    .expect("update");
    let mut app = app(bk);
    open_roster(&mut app);
    typed(&mut app, "ana");
    key(&mut app, KeyCode::Enter);
    let s = screen(&app, 80, 24);
    let line = line_with(&s, "\u{2014} present by");
    assert!(line.contains("present by trainer"), "{line}");
    assert!(line.contains("09:30"), "the time is shown: {line}");
    assert!(line.starts_with("Ana Çela"), "{line}");
    assert!(line.contains('…'), "the email was shortened: {line}");
}

#[test]
fn enter_with_no_match_says_so_and_clears_the_search() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    open_roster(&mut app);
    typed(&mut app, "zzz");
    key(&mut app, KeyCode::Enter);
    assert_eq!(roster_filter(&app), "");
    assert!(
        app.status.text.contains("no one matches “zzz”"),
        "{:?}",
        app.status
    );
    // The next name typed at once is a search of its own.
    typed(&mut app, "ana");
    key(&mut app, KeyCode::Enter);
    let m = marks(&mut app, ids.adv);
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].0, ids.ana);
}

#[test]
fn a_half_typed_walk_in_is_kept_when_the_link_drops_and_offered_back() {
    let (_d, bk, ids) = seeded();
    let drafts = tempfile::tempdir().expect("tempdir");
    let path = drafts.path().join("draft.json");
    let mut app = app(bk);
    app.draft_path = Some(path.clone());
    open_roster(&mut app);
    let mut inputs = vec![ctrl_k('w')];
    inputs.extend(text("Agron Aba"));
    inputs.push(code(KeyCode::Tab));
    inputs.extend(text("KCSF"));
    inputs.push(Input::Gone);
    let mut term = terminal(80, 24);
    assert_eq!(run_loop(&mut term, &mut app, &mut Script(inputs)), 129);
    let draft = prezenca::tui::terminal::read_draft(&path).expect("the walk-in was kept");
    assert_eq!(draft.values[0], "Agron Aba");
    assert_eq!(draft.values[1], "KCSF");
    assert_eq!(draft.focus, 1);

    // The next start offers it back; yes opens the roster with the form as it was.
    let bk = app.backend;
    let mut app2 = App::new(
        bk,
        prezenca::tui::keymap::Keymap::defaults(),
        prezenca::tui::theme::Theme { color: true },
    );
    app2.set_now(time::macros::datetime!(2026-03-02 09:30));
    app2.draft_path = Some(path.clone());
    app2.offer_draft(draft);
    key(&mut app2, KeyCode::Char('y'));
    let Screen::Roster(r) = &app2.screen else {
        panic!("the roster opened")
    };
    let form = r.walk_in_form().expect("the walk-in form is open");
    assert_eq!(form.fields[0].text(), "Agron Aba");
    assert_eq!(form.fields[1].text(), "KCSF");
    assert!(!path.exists(), "the draft is used once");
    // Finishing it adds the person.
    key(&mut app2, KeyCode::Tab);
    key(&mut app2, KeyCode::Tab);
    typed(&mut app2, "male");
    key(&mut app2, KeyCode::Enter);
    key(&mut app2, KeyCode::Enter);
    let regs = app2.backend.registrations(ids.adv).expect("regs");
    assert_eq!(regs.len(), 3, "the walk-in was registered");
}

/// Where `text` first shows on the screen: (column, row). The screen's lines are read as
/// characters, one a column (the texts looked for are left of any wide character).
fn at(screen: &str, text: &str) -> (u16, u16) {
    for (y, line) in screen.lines().enumerate() {
        if let Some(b) = line.find(text) {
            return (line[..b].chars().count() as u16, y as u16);
        }
    }
    panic!("{text:?} is not on the screen:\n{screen}")
}

fn mouse(kind: MouseEventKind, (column, row): (u16, u16)) -> Input {
    Input::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

fn click(at: (u16, u16)) -> Input {
    mouse(MouseEventKind::Down(MouseButton::Left), at)
}

#[test]
fn a_click_focuses_a_pane_and_selects_a_row_and_the_wheel_scrolls() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    let mut term = terminal(80, 24);
    run_loop(&mut term, &mut app, &mut Script(vec![Input::Tick]));
    let s = screen(&app, 80, 24);
    // The second event's row, in the events pane; then a follow-up's row.
    let med = at(&s, "SK-2026-MED");
    let script = vec![
        click(med),
        mouse(MouseEventKind::Moved, (0, 0)),
        mouse(MouseEventKind::Up(MouseButton::Left), med),
    ];
    run_loop(&mut term, &mut app, &mut Script(script));
    assert_eq!(app.focus, Pane::Events);
    assert_eq!(
        app.selected_event,
        Some(ids.med),
        "the clicked event is selected"
    );
    let s = screen(&app, 80, 24);
    let ayse = at(&s, "Ayşe");
    run_loop(&mut term, &mut app, &mut Script(vec![click(ayse)]));
    assert_eq!(app.focus, Pane::Participants, "the click focused the pane");
    assert_eq!(app.current_person().map(|p| p.id), Some(ids.ay));
    // The wheel over the events pane moves its selection, without a click.
    let s = screen(&app, 80, 24);
    let adv = at(&s, "PR-2026-ADV");
    run_loop(
        &mut term,
        &mut app,
        &mut Script(vec![mouse(MouseEventKind::ScrollUp, adv)]),
    );
    assert_eq!(app.focus, Pane::Events);
    assert_eq!(app.events.nav.cursor, 0);
}

#[test]
fn a_click_on_a_key_hint_runs_it_and_clicks_do_not_reach_behind_a_form() {
    let (_d, bk, _ids) = seeded();
    let mut app = app(bk);
    let s = screen(&app, 80, 24);
    let hint = at(s.lines().last().expect("hints"), "new");
    let row = s.lines().count() as u16 - 1;
    let mut term = terminal(80, 24);
    run_loop(&mut term, &mut app, &mut Script(vec![click((hint.0, row))]));
    let Some(Overlay::Form(f)) = &app.overlay else {
        panic!("the hint opened the new event form")
    };
    assert_eq!(f.title, "New event");
    // With the form open, a click on a pane changes nothing behind it.
    let before = (app.focus, app.events.nav.cursor);
    run_loop(&mut term, &mut app, &mut Script(vec![click((50, 3))]));
    assert!(matches!(app.overlay, Some(Overlay::Form(_))));
    assert_eq!((app.focus, app.events.nav.cursor), before);
}

#[test]
fn in_the_roster_a_click_selects_and_never_marks() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    open_roster(&mut app);
    let s = screen(&app, 80, 24);
    let dj = at(&s, "Ђорђе");
    let mut term = terminal(80, 24);
    let script = vec![
        click(dj),
        mouse(MouseEventKind::Up(MouseButton::Left), dj),
        click(dj),
    ];
    run_loop(&mut term, &mut app, &mut Script(script));
    let Screen::Roster(r) = &app.screen else {
        panic!("roster")
    };
    assert_eq!(r.selected_person().map(|p| p.id), Some(ids.dj));
    assert!(marks(&mut app, ids.adv).is_empty(), "a click never marks");
    // The wheel moves the selection back up.
    run_loop(
        &mut term,
        &mut app,
        &mut Script(vec![mouse(MouseEventKind::ScrollUp, dj)]),
    );
    let Screen::Roster(r) = &app.screen else {
        panic!("roster")
    };
    assert_eq!(r.selected_person().map(|p| p.id), Some(ids.ana));
    assert!(marks(&mut app, ids.adv).is_empty());
}

#[test]
fn the_palette_finds_an_action_by_name_and_runs_it() {
    let (_d, bk, _ids) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char(':'));
    assert!(matches!(app.overlay, Some(Overlay::Palette(_))));
    let all = screen(&app, 80, 24);
    // The events pane's own actions and the global ones, each with its key.
    assert!(all.contains("Commands"), "{all}");
    assert!(line_with(&all, "Take attendance").contains('r'), "{all}");
    typed(&mut app, "attendance");
    let s = screen(&app, 80, 24);
    assert!(!s.contains("Undo your last change"), "filtered:\n{s}");
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    assert!(matches!(app.screen, Screen::Roster(_)), "Enter ran it");
}

#[test]
fn in_the_roster_the_palette_folds_accents_and_never_marks_by_typing() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    open_roster(&mut app);
    // ":" cannot start a name: it opens the palette (Ctrl-P stays the sign-in sheet).
    key(&mut app, KeyCode::Char(':'));
    assert!(matches!(app.overlay, Some(Overlay::Palette(_))));
    // Typing goes to the palette's filter, not the roster: "1" or Enter typed here are text
    // or the palette's own Enter.
    prezenca::i18n::set_for_thread(Some("sq"));
    typed(&mut app, "shëno vone");
    let s = screen(&app, 80, 24);
    prezenca::i18n::set_for_thread(None);
    assert!(s.contains("vonesë"), "vone finds vonesë:\n{s}");
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
    assert_eq!(roster_filter(&app), "", "nothing typed into the roster");
    assert!(marks(&mut app, ids.adv).is_empty());
    // Run "mark late" on Ana from the palette: it asks the time, like 2 would.
    key(&mut app, KeyCode::Char(':'));
    typed(&mut app, "mark late");
    key(&mut app, KeyCode::Enter);
    let s = screen(&app, 80, 24);
    assert!(s.contains("arrived at"), "{s}");
}

#[test]
fn slash_in_the_help_filters_the_keys() {
    let (_d, bk, _ids) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('?'));
    let full = screen(&app, 200, 60);
    assert!(full.contains("Redo what you undid"), "{full}");
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "undo");
    let s = screen(&app, 200, 60);
    assert!(s.contains("Undo your last change"), "{s}");
    assert!(!s.contains("Redo what you undid"), "{s}");
    assert!(
        matches!(app.overlay, Some(Overlay::Help(_))),
        "typing kept it open"
    );
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay, Some(Overlay::Help(_))));
    key(&mut app, KeyCode::Char('x'));
    assert!(app.overlay.is_none(), "any other key closes it");
    key(&mut app, KeyCode::Char('?'));
    assert!(
        screen(&app, 200, 60).contains("Redo what you undid"),
        "the filter is gone"
    );
}
