//! The TUI summary view on a `TestBackend` at 80x24: what it shows, export to a file, and
//! certificate follow-ups for the eligible.

use crate::common;
use crate::summary_support;

use std::os::unix::fs::PermissionsExt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use prezenca::backend::local::LocalBackend;
use prezenca::core::{Backend, Queries};
use prezenca::domain::FollowUpKind;
use prezenca::tui::action::Action;
use prezenca::tui::roster::RosterExit;
use prezenca::tui::summary_view::{SummaryAction, SummaryView};
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
    assert!(SummaryAction::NAMES.contains(&"export"));
    assert!(!view.wants_raw_keys());
    view.on_action(&mut b, SummaryAction::Export)
        .expect("export");
    assert!(view.wants_raw_keys(), "the path prompt takes every key");
    let prompt = screen(&view);
    assert!(
        prompt.contains("Export html (Tab: format) to: PR-2026-03-ADV-summary.html"),
        "{prompt}"
    );
    insta::assert_snapshot!("summary_view_export_prompt", prompt);
    // The workbook comes next; then Markdown, into the temporary directory rather than the
    // working one.
    view.on_key(&mut b, key(KeyCode::Tab)).expect("tab");
    assert!(screen(&view).contains("Export xlsx (Tab: format) to: PR-2026-03-ADV-summary.xlsx"));
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
    view.on_action(&mut b, SummaryAction::Export)
        .expect("export");
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
fn certificates_are_issued_by_the_core_command_after_its_dry_run_is_shown() {
    let (d, mut b, f) = summary_support::open();
    let mut view = SummaryView::open_at(&mut b, f.a, datetime!(2026-03-05 10:00)).expect("open");
    let before = followups_of(&mut b, f.a);
    // Eligible: P1 (Ana, who has a certificate follow-up, done, without a number) and P2
    // (Đorđe). The confirmation shows the dry run: nothing is written yet.
    let exit = view
        .on_action(&mut b, SummaryAction::Certificates)
        .expect("certificates");
    assert_eq!(exit, RosterExit::Stay);
    assert!(view.wants_raw_keys());
    assert_eq!(
        followups_of(&mut b, f.a),
        before,
        "a dry run writes nothing"
    );
    let s = screen(&view);
    assert!(s.contains("Certificates of PR-2026-03-ADV"), "{s}");
    assert!(
        s.contains("2 eligible participants get a certificate (2 newly numbered)"),
        "{s}"
    );
    assert!(s.contains("PR-2026-03-ADV-001  Ana Çela"), "{s}");
    assert!(s.contains("PR-2026-03-ADV-002  Đorđe Đorđević"), "{s}");
    assert!(s.contains("File: PR-2026-03-ADV-certificates.html"), "{s}");
    insta::assert_snapshot!("summary_view_certificates_prompt", s);
    view.on_key(
        &mut b,
        KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
    )
    .expect("clear");
    let target = d.path().join("certs.html");
    for c in target.to_string_lossy().chars() {
        view.on_key(&mut b, key(KeyCode::Char(c))).expect("type");
    }
    let exit = view.on_key(&mut b, key(KeyCode::Enter)).expect("enter");
    assert_eq!(
        exit,
        RosterExit::Status(format!(
            "2 certificates issued, written to {}",
            target.display()
        ))
    );
    assert!(!view.wants_raw_keys());
    let html = std::fs::read_to_string(&target).expect("written");
    assert_eq!(html.matches("<section class=\"certificate\">").count(), 2);
    let mode = std::fs::metadata(&target)
        .expect("meta")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    // Recorded: each eligible person's certificate follow-up is done with its number; Ana's
    // existing one got hers, Đorđe got a new one.
    let certs: Vec<(Option<prezenca::domain::Id>, Option<u32>)> = followups_of(&mut b, f.a)
        .into_iter()
        .filter(|x| x.kind == FollowUpKind::Certificate)
        .map(|x| (x.participant, x.certificate))
        .collect();
    assert_eq!(certs.len(), 2);
    assert!(certs.contains(&(Some(f.p[1]), Some(1))), "{certs:?}");
    assert!(certs.contains(&(Some(f.p[2]), Some(2))), "{certs:?}");
    // Asking again shows the same numbers, none new.
    view.on_action(&mut b, SummaryAction::Certificates)
        .expect("again");
    let s = screen(&view);
    assert!(
        s.contains("2 eligible participants get a certificate (0 newly numbered)"),
        "{s}"
    );
    assert_eq!(
        view.on_key(&mut b, key(KeyCode::Esc)).expect("esc"),
        RosterExit::Status("certificates cancelled".into())
    );
    assert_eq!(
        view.on_action(&mut b, SummaryAction::Close).expect("close"),
        RosterExit::Close
    );
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
                mode: Default::default(),
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
    view.on_action(&mut b, SummaryAction::Export)
        .expect("export");
    for (w, h) in [(20, 5), (1, 1), (80, 3)] {
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        t.draw(|f| view.render(f, f.area(), &Theme::mono()))
            .expect("draw");
    }
    let exit = view
        .on_action(&mut b, SummaryAction::Certificates)
        .expect("certificates");
    assert_eq!(
        exit,
        RosterExit::Status("no sessions yet: nobody is eligible".into())
    );
}

fn followups_of(
    b: &mut LocalBackend,
    event: prezenca::domain::Id,
) -> Vec<prezenca::domain::FollowUp> {
    b.followups(Some(event))
        .expect("followups")
        .into_iter()
        .map(|(_, f)| f)
        .collect()
}

fn count(fs: &[prezenca::domain::FollowUp], kind: FollowUpKind) -> usize {
    fs.iter().filter(|f| f.kind == kind).count()
}

#[test]
fn closing_files_the_follow_ups_once_and_undo_takes_them_back() {
    let (_d, mut b, f) = summary_support::open();
    let before = followups_of(&mut b, f.a);
    let mut view = SummaryView::open_at(&mut b, f.a, datetime!(2026-03-05 10:00)).expect("open");
    assert!(
        SummaryAction::NAMES.contains(&"close_event") && SummaryAction::NAMES.contains(&"undo")
    );
    assert_eq!(
        view.on_action(&mut b, SummaryAction::CloseEvent)
            .expect("ask"),
        RosterExit::Stay
    );
    assert!(view.wants_raw_keys(), "the confirmation takes the keys");
    // Eligible P1 (has a certificate follow-up) and P2; no-show P4; came: P1 P2 P3 P5 P6.
    let s = screen(&view);
    for line in [
        "1 certificate follow-up for those eligible",
        "1 contact follow-up for the registered who came to no session",
        "5 evaluation follow-ups for everyone who attended",
        "The event is then marked done.",
        "Due: 2026-03-19",
    ] {
        assert!(s.contains(line), "{line:?} missing:\n{s}");
    }
    assert!(s.contains(&format!("Owner: {}", b.who())));
    let exit = view.on_key(&mut b, key(KeyCode::Enter)).expect("close");
    assert_eq!(
        exit,
        RosterExit::Status(
            "closed PR-2026-03-ADV: 1 certificate, 1 contact and 5 evaluation follow-ups created"
                .into()
        )
    );
    assert!(!view.wants_raw_keys());
    let after = followups_of(&mut b, f.a);
    assert_eq!(after.len(), before.len() + 7);
    let new: Vec<_> = after.iter().filter(|x| !before.contains(x)).collect();
    assert!(new.iter().all(|x| x.owner == b.who()
        && x.due == Some(time::macros::date!(2026 - 03 - 19))
        && x.status == prezenca::domain::FollowUpStatus::Open));
    assert_eq!(count(&after, FollowUpKind::Certificate), 2);
    assert_eq!(count(&after, FollowUpKind::Contact), 1);
    assert_eq!(count(&after, FollowUpKind::Evaluation), 5);
    assert_eq!(
        b.event(f.a).expect("event").expect("there").status,
        prezenca::domain::EventStatus::Done
    );
    assert!(screen(&view).contains("· done"));

    // Closing again: the confirmation says nothing is new, and nothing is created.
    view.on_action(&mut b, SummaryAction::CloseEvent)
        .expect("ask again");
    let s = screen(&view);
    assert!(s.contains("Nothing new to create"), "{s}");
    assert!(!s.contains("marked done"));
    let exit = view
        .on_key(&mut b, key(KeyCode::Enter))
        .expect("close again");
    assert_eq!(
        exit,
        RosterExit::Status("closed PR-2026-03-ADV: no new follow-ups to create".into())
    );
    assert_eq!(followups_of(&mut b, f.a).len(), after.len());

    // One undo takes the whole close back.
    let exit = view.on_action(&mut b, SummaryAction::Undo).expect("undo");
    assert!(
        matches!(&exit, RosterExit::Status(m) if m.starts_with("undid: closed PR-2026-03-ADV")),
        "{exit:?}"
    );
    assert_eq!(followups_of(&mut b, f.a), before);
    assert_eq!(
        b.event(f.a).expect("event").expect("there").status,
        prezenca::domain::EventStatus::Running
    );
    assert_eq!(
        view.on_action(&mut b, SummaryAction::Undo).expect("undo"),
        RosterExit::Status("nothing of this view's to undo".into())
    );
}

#[test]
fn the_due_date_is_edited_checked_and_cancel_changes_nothing() {
    let (_d, mut b, f) = summary_support::open();
    let before = followups_of(&mut b, f.a);
    let mut view = SummaryView::open_at(&mut b, f.a, datetime!(2026-03-05 10:00)).expect("open");
    view.on_action(&mut b, SummaryAction::CloseEvent)
        .expect("ask");
    view.on_key(
        &mut b,
        KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
    )
    .expect("clear");
    for c in "31.04.2026".chars() {
        view.on_key(&mut b, key(KeyCode::Char(c))).expect("type");
    }
    assert_eq!(
        view.on_key(&mut b, key(KeyCode::Enter)).expect("enter"),
        RosterExit::Stay
    );
    assert!(view.wants_raw_keys(), "a bad date keeps the confirmation");
    let s = screen(&view);
    assert!(
        s.contains("not a date: “31.04.2026” (e.g. 2026-03-05)"),
        "{s}"
    );
    assert_eq!(followups_of(&mut b, f.a), before);
    for _ in 0..7 {
        view.on_key(&mut b, key(KeyCode::Backspace)).expect("erase");
    }
    for c in "05.2026".chars() {
        view.on_key(&mut b, key(KeyCode::Char(c))).expect("type");
    }
    view.on_key(&mut b, key(KeyCode::Enter)).expect("close");
    let due: Vec<_> = followups_of(&mut b, f.a)
        .into_iter()
        .filter(|x| !before.contains(x))
        .map(|x| x.due)
        .collect();
    assert_eq!(due.len(), 7);
    assert!(
        due.iter()
            .all(|d| *d == Some(time::macros::date!(2026 - 05 - 31)))
    );

    // Esc leaves the confirmation without a change.
    view.on_action(&mut b, SummaryAction::Undo).expect("undo");
    view.on_action(&mut b, SummaryAction::CloseEvent)
        .expect("ask");
    assert_eq!(
        view.on_key(&mut b, key(KeyCode::Esc)).expect("esc"),
        RosterExit::Status("closing cancelled".into())
    );
    assert!(!view.wants_raw_keys());
    assert_eq!(followups_of(&mut b, f.a), before);
}

#[test]
fn certificates_are_undone_in_one_step() {
    let (d, mut b, f) = summary_support::open();
    let before = followups_of(&mut b, f.a);
    let mut view = SummaryView::open_at(&mut b, f.a, datetime!(2026-03-05 10:00)).expect("open");
    view.on_action(&mut b, SummaryAction::Certificates)
        .expect("certificates");
    view.on_key(
        &mut b,
        KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
    )
    .expect("clear");
    for c in d.path().join("c.html").to_string_lossy().chars() {
        view.on_key(&mut b, key(KeyCode::Char(c))).expect("type");
    }
    view.on_key(&mut b, key(KeyCode::Enter)).expect("issue");
    assert_eq!(followups_of(&mut b, f.a).len(), before.len() + 1);
    view.on_action(&mut b, SummaryAction::Undo).expect("undo");
    assert_eq!(followups_of(&mut b, f.a), before);
}

#[test]
fn the_close_confirmation_at_80x24() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("prezenca.redb");
    let f = summary_support::build(&path);
    // A fixed owner, so the screen does not depend on who runs the tests.
    let mut b = common::Fixed(LocalBackend::open(&path).expect("reopen"));
    let mut view = SummaryView::open_at(&mut b, f.a, datetime!(2026-03-05 10:00)).expect("open");
    view.on_action(&mut b, SummaryAction::CloseEvent)
        .expect("ask");
    let s = screen(&view);
    assert!(s.contains("Owner: trainer"), "{s}");
    insta::assert_snapshot!("summary_view_close_prompt", s);
    for (w, h) in [(1, 1), (3, 3), (20, 5), (80, 8)] {
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        t.draw(|fr| view.render(fr, fr.area(), &Theme::mono()))
            .expect("draw");
    }
}
