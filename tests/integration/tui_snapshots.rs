//! Whole screens of the TUI on a `TestBackend`, as text snapshots (fixed clock, fixed
//! location), plus the style checks text cannot show (monochrome, overdue).

use crate::common;

use common::*;
use crossterm::event::KeyCode;
use insta::assert_snapshot;
use prezenca::tui::theme::Theme;
use ratatui::style::{Color, Modifier};

#[test]
fn welcome_screen_on_an_empty_database() {
    let (_d, b) = open();
    let app = app(b);
    assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn events_pane_with_the_detail_of_the_selected_event() {
    let (_d, b, _) = seeded();
    let app = app(b);
    assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn participants_pane_flags_duplicates_and_shows_history() {
    let (_d, b, _) = seeded();
    let mut app = app(b);
    key(&mut app, KeyCode::Char('j')); // SK-2026-MED
    key(&mut app, KeyCode::Char('2'));
    assert_snapshot!(screen(&app, 100, 30));
}

#[test]
fn followups_pane_across_events_by_due_date() {
    let (_d, b, _) = seeded();
    let mut app = app(b);
    key(&mut app, KeyCode::Char('3'));
    key(&mut app, KeyCode::Char('a'));
    assert_snapshot!(screen(&app, 100, 30));
}

#[test]
fn sessions_of_an_event() {
    let (_d, b, _) = seeded();
    let mut app = app(b);
    key(&mut app, KeyCode::Char('t'));
    key(&mut app, KeyCode::Char('j'));
    assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn new_event_form() {
    let (_d, b, _) = seeded();
    let mut app = app(b);
    key(&mut app, KeyCode::Char('n'));
    assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn participant_form_shows_errors_inline_and_keeps_what_was_typed() {
    let (_d, b, _) = seeded();
    let mut app = app(b);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Tab); // name left empty
    typed(&mut app, "ana@kwn.org"); // taken
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "sometimes");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "Nowhere Collective");
    key(&mut app, KeyCode::Enter);
    assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn delete_confirmation_says_what_goes_with_it() {
    let (_d, b, _) = seeded();
    let mut app = app(b);
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('d'));
    assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn help_overlay_lists_the_live_bindings() {
    let (_d, b, _) = seeded();
    let mut app = app(b);
    key(&mut app, KeyCode::Char('3'));
    key(&mut app, KeyCode::Char('?'));
    assert_snapshot!(screen(&app, 80, 30));
}

#[test]
fn search_filters_and_counts() {
    let (_d, b, _) = seeded();
    let mut app = app(b);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "sahin");
    assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn too_small_says_so_and_any_size_renders() {
    let (_d, b, _) = seeded();
    let mut app = app(b);
    assert_snapshot!(screen(&app, 39, 12));
    key(&mut app, KeyCode::Char('n'));
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 5),
        (40, 10),
        (41, 11),
        (10, 40),
        (300, 3),
    ] {
        let s = screen(&app, w, h);
        assert_eq!(s.lines().count(), h as usize);
    }
}

#[test]
fn wide_characters_keep_columns_aligned() {
    let (_d, mut b) = open();
    created(
        &mut b,
        prezenca::core::Command::CreateEvent(event(
            "EV-1",
            "Title",
            time::macros::date!(2026 - 03 - 02),
            time::macros::date!(2026 - 03 - 02),
        )),
    );
    created(
        &mut b,
        prezenca::core::Command::CreateParticipant(person("李小龍 Đorđe", "li@example.org", None)),
    );
    let mut app = app(b);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('a'));
    let s = screen(&app, 80, 24);
    let row = s.lines().find(|l| l.contains("Đorđe")).expect("row drawn");
    // The right border stays in its column after wide characters.
    assert_eq!(prezenca::text::width(row), 80, "{row}");
}

#[test]
fn monochrome_theme_uses_no_colour_and_reverse_video_for_the_selection() {
    let (_d, b, _) = seeded();
    let mut app = app_with(b, Theme::mono());
    key(&mut app, KeyCode::Char('3'));
    key(&mut app, KeyCode::Char('a'));
    let mut t = terminal(100, 30);
    t.draw(|f| app.draw(f)).expect("draw");
    let buf = t.backend().buffer();
    let mut reversed = 0;
    for cell in buf.content() {
        assert!(
            matches!(cell.fg, Color::Reset) && matches!(cell.bg, Color::Reset),
            "a coloured cell in monochrome: {cell:?}"
        );
        if cell.modifier.contains(Modifier::REVERSED) {
            reversed += 1;
        }
    }
    assert!(reversed > 0, "the selection is reverse video");
    assert_snapshot!(screen(&app, 100, 30));
}

#[test]
fn overdue_followups_stand_out() {
    let (_d, b, _) = seeded();
    let mut app = app(b);
    key(&mut app, KeyCode::Char('3'));
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('j')); // off the overdue row, so its own style shows
    let mut t = terminal(100, 30);
    t.draw(|f| app.draw(f)).expect("draw");
    let buf = t.backend().buffer();
    let y = (0..buf.area.height)
        .find(|&y| {
            let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            line.contains("2026-02-20 Send certificate")
        })
        .expect("overdue row");
    let x = (0..buf.area.width)
        .find(|&x| buf[(x, y)].symbol() == "!")
        .expect("overdue mark");
    let warn = Theme { color: true }.warn();
    assert_eq!(buf[(x, y)].fg, warn.fg.expect("warn colour"));
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
}

/// The participants pane as rows: id, name, organisation, likely duplicate.
fn people_rows(app: &prezenca::tui::app::App) -> Vec<(u64, String, String, bool)> {
    app.people
        .visible
        .iter()
        .filter_map(|&i| app.data.people.get(i as usize))
        .map(|r| {
            (
                r.id,
                r.name().to_string(),
                r.org.to_string(),
                r.dup_of.is_some(),
            )
        })
        .collect()
}

/// On large data the first screen reads only the selected event's registrations and the
/// list over everyone is built on first use: then its rows, order and duplicate flags are
/// those of a list read at the start.
#[test]
fn the_list_over_everyone_built_on_first_use_matches_one_read_at_the_start() {
    let (_d1, b1, _) = seeded();
    let (_d2, b2, _) = seeded();
    let mut eager = app(b1);
    let mut lazy = app(b2);
    lazy.set_load_all_below(0);
    assert!(eager.data.people_all);
    assert!(!lazy.data.people_all, "only the event's people are read");
    for a in [&mut eager, &mut lazy] {
        key(a, KeyCode::Char('j')); // SK-2026-MED
        key(a, KeyCode::Char('2'));
    }
    assert!(!lazy.data.people_all);
    let scoped = |rows: Vec<(u64, String, String, bool)>| -> Vec<(u64, String, String)> {
        rows.into_iter().map(|(i, n, o, _)| (i, n, o)).collect()
    };
    assert!(!people_rows(&eager).is_empty());
    assert_eq!(
        scoped(people_rows(&eager)),
        scoped(people_rows(&lazy)),
        "same people, same order"
    );
    let detail = |a: &prezenca::tui::app::App| match &a.detail {
        prezenca::tui::state::Detail::Person { id, record, .. } => {
            Some((*id, record.as_ref().map(|r| r.phone.clone())))
        }
        _ => None,
    };
    assert!(detail(&eager).is_some_and(|(_, r)| r.is_some()));
    assert_eq!(
        detail(&eager),
        detail(&lazy),
        "the detail reads the whole record"
    );
    for a in [&mut eager, &mut lazy] {
        key(a, KeyCode::Char('a'));
    }
    assert!(lazy.data.people_all, "everyone is read on first use");
    let all = people_rows(&eager);
    assert!(
        all.iter().any(|r| r.3),
        "the fixture has a likely duplicate"
    );
    assert_eq!(all, people_rows(&lazy));
    // Back to the event: the flags stay now that everyone is known.
    for a in [&mut eager, &mut lazy] {
        key(a, KeyCode::Char('a'));
    }
    assert_eq!(people_rows(&eager), people_rows(&lazy));
}

/// Backspace takes back the rows of the shorter query (kept from when it was typed); they
/// are the rows a fresh search finds.
#[test]
fn backspace_in_a_search_shows_the_rows_of_the_shorter_query() {
    let (_d, b, _) = seeded();
    let mut app = app(b);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "a");
    let one = people_rows(&app);
    typed(&mut app, "na");
    let three = people_rows(&app);
    assert!(three.len() < one.len(), "the fixture narrows from a to ana");
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    assert_eq!(people_rows(&app), one);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "a");
    assert_eq!(people_rows(&app), one);
}
