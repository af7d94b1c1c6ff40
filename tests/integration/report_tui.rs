//! The TUI report view on a `TestBackend`: the figures it shows are the `Report` query's,
//! years and projects switch, export writes an owner-only file, and any size draws.

use crate::summary_support;

use std::os::unix::fs::PermissionsExt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use prezenca::backend::local::LocalBackend;
use prezenca::core::{Backend, Command, Queries};
use prezenca::domain::summary::Report;
use prezenca::domain::{Event, EventKind, EventStatus};
use prezenca::tui::action::Action;
use prezenca::tui::report_view::{ReportAction, ReportView};
use prezenca::tui::roster::RosterExit;
use prezenca::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use time::Date;
use time::macros::date;

fn setup() -> (tempfile::TempDir, LocalBackend, summary_support::Fixture) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("prezenca.redb");
    let f = summary_support::build(&path);
    let b = LocalBackend::open(&path).expect("reopen");
    (dir, b, f)
}

/// A third event in 2026 under another project, with one session (the default).
fn other_project(b: &mut LocalBackend) {
    b.execute(Command::CreateEvent(Event {
        code: "RBF-2026-07-INFO".into(),
        title: "Info day".into(),
        kind: EventKind::InfoSession,
        city: "Tirana".into(),
        country: "Albania".into(),
        venue: String::new(),
        start: date!(2026 - 07 - 01),
        end: date!(2026 - 07 - 01),
        project: "RBF-NET".into(),
        capacity: None,
        trainers: String::new(),
        threshold_permille: 800,
        status: EventStatus::Planned,
        notes: String::new(),
        mode: Default::default(),
    }))
    .expect("create");
}

fn screen_at(view: &ReportView, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| view.render(f, f.area(), &Theme::mono()))
        .expect("draw");
    t.backend().to_string()
}

fn screen(view: &ReportView) -> String {
    screen_at(view, 80, 24)
}

fn key(c: KeyCode) -> KeyEvent {
    KeyEvent::new(c, KeyModifiers::NONE)
}

fn year(b: &mut LocalBackend, y: i32, project: Option<&str>) -> Box<Report> {
    let from = Date::from_calendar_date(y, time::Month::January, 1).expect("date");
    let to = Date::from_calendar_date(y, time::Month::December, 31).expect("date");
    b.report(from, to, project.map(str::to_string))
        .expect("report")
}

/// The lines of the figures the view must show for `r`, in English.
fn figures(r: &Report) -> Vec<String> {
    vec![
        format!(
            "Participants {} (returning {})   Organisations {}   Person-days {}",
            r.unique_participants, r.returning_participants, r.unique_organisations, r.person_days
        ),
        format!("{} events: ", r.events),
    ]
}

#[test]
fn the_figures_shown_are_the_report_query_of_the_year() {
    let (_d, mut b, _f) = setup();
    let view = ReportView::open(&mut b, date!(2026 - 11 - 25)).expect("open");
    assert_eq!((view.year(), view.project()), (2026, None));
    let want = year(&mut b, 2026, None);
    assert_eq!(view.report(), want.as_ref());
    assert_eq!(want.events, 2, "both fixture events are in 2026");
    let s = screen(&view);
    for line in figures(&want) {
        assert!(s.contains(&line), "{line:?} missing:\n{s}");
    }
    assert!(s.contains("2 events: networking 1, training 1"), "{s}");
    assert!(s.contains("Report 2026 · all projects · 2026-01-01 to 2026-12-31"));
    // Ranked by average rate, highest first, with the rate as the query has it.
    let first = &want.events_by_rate[0];
    let row = s
        .lines()
        .find(|l| l.contains(&format!("1. {}", first.code)))
        .expect("first ranked row");
    assert!(
        row.contains(&format!("{:.1}%", first.average_rate)),
        "{row}"
    );
    for (g, n) in &want.by_gender {
        let shown = s
            .lines()
            .any(|l| l.contains(&format!("│{g} ")) && l.contains(&format!(" {n} │")));
        assert!(shown, "gender {g} {n} missing:\n{s}");
    }
    insta::assert_snapshot!("report_view_2026", s);
}

#[test]
fn years_move_back_and_forth_and_projects_cycle() {
    let (_d, mut b, _f) = setup();
    other_project(&mut b);
    let mut view = ReportView::open(&mut b, date!(2026 - 03 - 01)).expect("open");
    assert!(ReportAction::NAMES.contains(&"prev_year") && ReportAction::NAMES.contains(&"project"));

    view.on_action(&mut b, ReportAction::PrevYear)
        .expect("back");
    assert_eq!(view.year(), 2025);
    assert_eq!(view.report(), year(&mut b, 2025, None).as_ref());
    assert_eq!(view.report().events, 0);
    let s = screen(&view);
    assert!(s.contains("No events in this period."), "{s}");
    assert!(s.contains("2025-01-01 to 2025-12-31"));
    view.on_action(&mut b, ReportAction::NextYear)
        .expect("forward");
    assert_eq!(view.year(), 2026);
    assert_eq!(view.report().events, 3);

    // All, then each project in order, then all again.
    let mut seen = Vec::new();
    for _ in 0..3 {
        view.on_action(&mut b, ReportAction::Project)
            .expect("project");
        seen.push(view.project().map(str::to_string));
        let want = year(&mut b, 2026, view.project());
        assert_eq!(view.report(), want.as_ref());
    }
    assert_eq!(
        seen,
        vec![Some("EU-CS".to_string()), Some("RBF-NET".to_string()), None]
    );
    view.on_action(&mut b, ReportAction::Project)
        .expect("project");
    assert_eq!(view.report().events, 2, "EU-CS holds the fixture's two");
    assert!(screen(&view).contains("· project EU-CS ·"));
    // The filter stays while the year moves.
    view.on_action(&mut b, ReportAction::NextYear)
        .expect("forward");
    assert_eq!(
        (view.year(), view.project(), view.report().events),
        (2027, Some("EU-CS"), 0)
    );
    assert_eq!(
        view.on_action(&mut b, ReportAction::Close).expect("close"),
        RosterExit::Close
    );
}

#[test]
fn export_writes_an_owner_only_file_named_after_the_year_and_project() {
    let (d, mut b, _f) = setup();
    let mut view = ReportView::open(&mut b, date!(2026 - 11 - 25)).expect("open");
    view.on_action(&mut b, ReportAction::Project)
        .expect("project");
    view.on_action(&mut b, ReportAction::Export)
        .expect("export");
    assert!(view.wants_raw_keys());
    let s = screen(&view);
    assert!(
        s.contains("Export html (Tab: format) to: report-2026-EU-CS.html"),
        "{s}"
    );
    view.on_key(&mut b, key(KeyCode::Tab)).expect("tab");
    assert!(screen(&view).contains("to: report-2026-EU-CS.xlsx"));
    view.on_key(&mut b, key(KeyCode::Tab)).expect("tab");
    assert!(screen(&view).contains("to: report-2026-EU-CS.md"));
    view.on_key(
        &mut b,
        KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
    )
    .expect("clear");
    let target = d.path().join("report-2026.md");
    for c in target.to_string_lossy().chars() {
        view.on_key(&mut b, key(KeyCode::Char(c))).expect("type");
    }
    let exit = view.on_key(&mut b, key(KeyCode::Enter)).expect("enter");
    assert_eq!(
        exit,
        RosterExit::Status(format!("report written to {}", target.display()))
    );
    assert!(!view.wants_raw_keys());
    let text = std::fs::read_to_string(&target).expect("written");
    let want = prezenca::report::report(
        view.report(),
        prezenca::report::Format::Md,
        &prezenca::report::Options::default(),
    )
    .expect("render");
    assert_eq!(text, want);
    assert!(text.contains("EU-CS"));
    let mode = std::fs::metadata(&target)
        .expect("meta")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);

    // Esc leaves the prompt without writing.
    view.on_action(&mut b, ReportAction::Export)
        .expect("export");
    let exit = view.on_key(&mut b, key(KeyCode::Esc)).expect("esc");
    assert_eq!(exit, RosterExit::Status("export cancelled".into()));
    assert!(!view.wants_raw_keys());
}

#[test]
fn small_cells_are_hidden_and_every_size_draws() {
    let (_d, mut b, _f) = setup();
    let mut view = ReportView::open(&mut b, date!(2026 - 11 - 25)).expect("open");
    let want = year(&mut b, 2026, None);
    let (_, one) = want
        .by_country
        .iter()
        .find(|(_, n)| **n == 1)
        .expect("a country with one participant");
    assert_eq!(*one, 1);
    view.set_min_cell(Some(3));
    let s = screen(&view);
    assert!(s.contains("<3"), "{s}");
    view.on_action(&mut b, ReportAction::Export)
        .expect("export");
    for (w, h) in [(1, 1), (2, 2), (20, 5), (80, 3), (40, 10), (200, 60)] {
        screen_at(&view, w, h);
    }
    // Scrolling past the end stays on the last page.
    view.on_key(&mut b, key(KeyCode::Esc)).expect("esc");
    for a in [
        ReportAction::Bottom,
        ReportAction::Down,
        ReportAction::PageDown,
        ReportAction::Up,
        ReportAction::Top,
        ReportAction::PageUp,
    ] {
        view.on_action(&mut b, a).expect("scroll");
    }
    assert!(screen(&view).contains("1. "));
}
