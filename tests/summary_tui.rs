//! The TUI summary view on a `TestBackend` at 80x24: what it shows, export to a file, and
//! certificate follow-ups for the eligible.

mod summary_support;

use std::os::unix::fs::PermissionsExt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use prezenca::core::{Backend, Queries};
use prezenca::domain::FollowUpKind;
use prezenca::tui::roster::RosterExit;
use prezenca::tui::summary_view::{ACTIONS, SummaryView};
use prezenca::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use time::macros::datetime;

fn screen(view: &SummaryView) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    t.draw(|f| view.render(f, f.area(), &Theme::mono()))
        .expect("draw");
    t.backend().to_string()
}

fn key(c: KeyCode) -> KeyEvent {
    KeyEvent::new(c, KeyModifiers::NONE)
}

#[test]
fn summary_view_at_80x24_while_the_event_runs() {
    let (_d, mut b, f) = summary_support::open();
    let mut view = SummaryView::open_at(&mut b, f.a, datetime!(2026-03-03 12:00)).expect("open");
    view.set_min_cell(Some(2));
    let s = screen(&view);
    assert!(s.contains("Average rate 61.1%"));
    assert!(s.contains("Cannot reach the certificate: Elif Şahin, Mira Hoxha"));
    insta::assert_snapshot!("summary_view_running", s);
}

#[test]
fn export_writes_the_chosen_format_to_the_edited_path() {
    let (d, mut b, f) = summary_support::open();
    let mut view = SummaryView::open_at(&mut b, f.a, datetime!(2026-03-05 10:00)).expect("open");
    assert!(ACTIONS.contains(&"export"));
    assert!(!view.wants_raw_keys());
    view.on_action(&mut b, "export").expect("export");
    assert!(view.wants_raw_keys(), "the path prompt takes every key");
    let prompt = screen(&view);
    assert!(
        prompt.contains("Export html (Tab: format) to: PR-2026-03-ADV-summary.html"),
        "{prompt}"
    );
    insta::assert_snapshot!("summary_view_export_prompt", prompt);
    // Markdown instead, and into the temporary directory rather than the working one.
    view.on_key(&mut b, key(KeyCode::Tab)).expect("tab");
    let s = screen(&view);
    assert!(s.contains("Export md (Tab: format) to: PR-2026-03-ADV-summary.md"));
    view.on_key(
        &mut b,
        KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
    )
    .expect("clear");
    let target = d.path().join("out.md");
    for c in target.to_string_lossy().chars() {
        view.on_key(&mut b, key(KeyCode::Char(c))).expect("type");
    }
    let exit = view.on_key(&mut b, key(KeyCode::Enter)).expect("enter");
    assert_eq!(
        exit,
        RosterExit::Status(format!("summary written to {}", target.display()))
    );
    assert!(!view.wants_raw_keys());
    let text = std::fs::read_to_string(&target).expect("written");
    assert!(text.starts_with("# PR-2026-03-ADV: "));
    let mode = std::fs::metadata(&target)
        .expect("meta")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);

    // A path that cannot be written keeps the prompt open with the reason.
    view.on_action(&mut b, "export").expect("export");
    view.on_key(
        &mut b,
        KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
    )
    .expect("clear");
    for c in "/nonexistent-dir/x.html".chars() {
        view.on_key(&mut b, key(KeyCode::Char(c))).expect("type");
    }
    let exit = view.on_key(&mut b, key(KeyCode::Enter)).expect("enter");
    assert!(matches!(exit, RosterExit::Status(m) if m.contains("cannot write")));
    assert!(view.wants_raw_keys());
    view.on_key(&mut b, key(KeyCode::Esc)).expect("esc");
    assert!(!view.wants_raw_keys());
}

#[test]
fn certificates_action_creates_one_follow_up_per_eligible_once() {
    let (_d, mut b, f) = summary_support::open();
    let mut view = SummaryView::open_at(&mut b, f.a, datetime!(2026-03-05 10:00)).expect("open");
    // Eligible: P1 (has a certificate follow-up already) and P2.
    let exit = view
        .on_action(&mut b, "certificates")
        .expect("certificates");
    assert_eq!(
        exit,
        RosterExit::Status("created 1 certificate follow-up".into())
    );
    let certs: Vec<_> = b
        .followups(Some(f.a))
        .expect("followups")
        .into_iter()
        .filter(|(_, x)| x.kind == FollowUpKind::Certificate)
        .filter_map(|(_, x)| x.participant)
        .collect();
    assert_eq!(certs.len(), 2);
    assert!(certs.contains(&f.p[1]) && certs.contains(&f.p[2]));
    let exit = view.on_action(&mut b, "certificates").expect("again");
    assert_eq!(
        exit,
        RosterExit::Status("every eligible participant has a certificate follow-up already".into())
    );
    assert!(screen(&view).contains("Follow-ups: 3 open"));
    assert_eq!(
        view.on_action(&mut b, "close").expect("close"),
        RosterExit::Close
    );
    let _ = b.location();
}

#[test]
fn an_empty_event_and_a_tiny_terminal_draw_without_panicking() {
    let (_d, mut b, _f) = summary_support::open();
    let id = b
        .execute(prezenca::core::Command::CreateEvent(
            prezenca::domain::Event {
                code: "EMPTY-1".into(),
                title: "محاضرة عن المناصرة".into(),
                kind: prezenca::domain::EventKind::Workshop,
                city: String::new(),
                country: String::new(),
                venue: String::new(),
                start: time::macros::date!(2026 - 05 - 01),
                end: time::macros::date!(2026 - 05 - 01),
                project: String::new(),
                capacity: None,
                trainers: String::new(),
                threshold_permille: 800,
                status: prezenca::domain::EventStatus::Planned,
                notes: String::new(),
            },
        ))
        .expect("create")
        .created
        .expect("id");
    for (sid, _) in b.sessions(id).expect("sessions") {
        b.execute(prezenca::core::Command::DeleteSession { id: sid })
            .expect("delete");
    }
    let mut view = SummaryView::open_at(&mut b, id, datetime!(2026-03-05 10:00)).expect("open");
    let s = screen(&view);
    assert!(
        s.contains("No sessions and no registered participants yet."),
        "{s}"
    );
    assert!(s.contains("No sessions yet."));
    view.on_action(&mut b, "export").expect("export");
    for (w, h) in [(20, 5), (1, 1), (80, 3)] {
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        t.draw(|f| view.render(f, f.area(), &Theme::mono()))
            .expect("draw");
    }
    let exit = view
        .on_action(&mut b, "certificates")
        .expect("certificates");
    assert_eq!(
        exit,
        RosterExit::Status("no sessions yet: nobody is eligible".into())
    );
}
