//! The roster as drawn: snapshots at 80x24 and 120x40, and no panic at any small size.

use crate::roster_support;

use crossterm::event::KeyCode;
use prezenca::core::Backend;
use prezenca::tui::roster::Roster;
use prezenca::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use roster_support::*;

/// Draws into a `w`×`h` area at the top left of a larger screen (the test backend cannot be
/// zero-sized, the area can).
fn draw_in(r: &Roster, w: u16, h: u16) {
    let mut t = Terminal::new(TestBackend::new(60, 20)).expect("terminal");
    t.draw(|f| r.render(f, ratatui::layout::Rect::new(0, 0, w, h), &Theme::mono()))
        .expect("draw");
}

fn draw(r: &Roster, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| r.render(f, f.area(), &Theme::mono()))
        .expect("draw");
    t.backend().to_string()
}

/// A roster mid-check-in: some present, one late, one excused, the cursor on someone unmarked
/// (the detail line of a marked person holds the OS user and the wall clock).
fn busy(f: &mut Fixture) -> Roster {
    let mut r = Roster::open(&mut f.b, f.event, NOW).expect("roster");
    let b: &mut dyn Backend = &mut f.b;
    for name in ["cela", "petrovic", "djordjevic"] {
        type_text(&mut r, b, name);
        press(&mut r, b, key(KeyCode::Enter));
    }
    type_text(&mut r, b, "hoxha");
    press(&mut r, b, key(KeyCode::Char('2')));
    press(&mut r, b, key(KeyCode::Enter));
    type_text(&mut r, b, "markovic");
    press(&mut r, b, key(KeyCode::Char('3')));
    type_text(&mut r, b, "sick");
    press(&mut r, b, key(KeyCode::Enter));
    press(&mut r, b, key(KeyCode::Home));
    press(&mut r, b, key(KeyCode::Down));
    r
}

#[test]
fn roster_at_80x24() {
    let mut f = fixture();
    let r = busy(&mut f);
    insta::assert_snapshot!(draw(&r, 80, 24));
}

#[test]
fn roster_at_120x40() {
    let mut f = fixture();
    let r = busy(&mut f);
    insta::assert_snapshot!(draw(&r, 120, 40));
}

#[test]
fn filtered_roster_highlights_and_counts_matches() {
    let mut f = fixture();
    let mut r = busy(&mut f);
    type_text(&mut r, &mut f.b, "kr");
    insta::assert_snapshot!(draw(&r, 80, 12));
}

#[test]
fn walk_in_form_with_a_candidate() {
    let mut f = fixture();
    let mut r = Roster::open(&mut f.b, f.event, NOW).expect("roster");
    press(&mut r, &mut f.b, ctrl('w'));
    type_text(&mut r, &mut f.b, "vesna");
    press(&mut r, &mut f.b, key(KeyCode::Down));
    insta::assert_snapshot!(draw(&r, 80, 24));
}

#[test]
fn conflict_and_late_prompts() {
    let mut f = fixture();
    let mut r = Roster::open(&mut f.b, f.event, NOW).expect("roster");
    type_text(&mut r, &mut f.b, "jovan");
    press(&mut r, &mut f.b, key(KeyCode::Char('2')));
    let late = draw(&r, 80, 6);
    assert!(
        late.contains("Late: Ivana Jovanović arrived at 10:00"),
        "{late}"
    );
    press(&mut r, &mut f.b, key(KeyCode::Esc));
    press(&mut r, &mut f.b, ctrl('b'));
    let q = draw(&r, 80, 6);
    assert!(
        q.contains(&format!(
            "y/n  Mark the {} unmarked participants absent?",
            PEOPLE.len()
        )),
        "{q}"
    );
}

#[test]
fn long_names_are_cut_with_an_ellipsis_never_wrapped() {
    let mut f = fixture();
    let mut r = Roster::open(&mut f.b, f.event, NOW).expect("roster");
    type_text(&mut r, &mut f.b, "papadop");
    let screen = draw(&r, 80, 8);
    let row = screen
        .lines()
        .find(|l| l.contains("Maria-Magdalena"))
        .expect("row");
    assert!(row.contains("Papadopoulou-Konstant… "), "{row}");
    // The next line is not a continuation of the name (the detail line may show it whole).
    let next = screen
        .lines()
        .skip_while(|l| !l.contains("Maria-Magdalena"))
        .nth(1)
        .expect("line after the row");
    assert!(
        !next.contains("inidou") || next.contains("Maria-Magdalena"),
        "{screen}"
    );
}

#[test]
fn failed_saves_show_in_the_row() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("p.redb");
    let event = {
        let mut b = prezenca::backend::local::LocalBackend::open(&path).expect("open");
        let e = b
            .execute(prezenca::core::Command::CreateEvent(roster_support::event(
                "RO-1",
            )))
            .expect("e")
            .created
            .expect("id");
        let p = create_person(&mut b, "Ana Çela", "", "");
        register(
            &mut b,
            e,
            p,
            prezenca::domain::Role::Participant,
            prezenca::domain::RegStatus::Registered,
        );
        e
    };
    let mut b = prezenca::backend::local::LocalBackend::open_read_only(&path).expect("ro");
    let mut r = Roster::open(&mut b, event, NOW).expect("roster");
    press(&mut r, &mut b, key(KeyCode::Enter));
    let screen = draw(&r, 80, 8);
    let row = screen
        .lines()
        .find(|l| l.contains("Ana Çela"))
        .expect("row");
    assert!(row.contains("not saved"), "{row}");
    assert!(
        row.trim_end_matches('"').trim_end().ends_with('·'),
        "still unmarked: {row}"
    );
}

#[test]
fn any_small_size_renders_without_panic() {
    let mut f = fixture();
    let mut r = busy(&mut f);
    for w in 0..=40 {
        for h in 0..=12 {
            draw_in(&r, w, h);
        }
    }
    press(&mut r, &mut f.b, ctrl('w'));
    type_text(
        &mut r,
        &mut f.b,
        "vesna todorović with a very long name indeed",
    );
    for w in 0..=40 {
        for h in 0..=18 {
            draw_in(&r, w, h);
        }
    }
}

#[test]
fn the_selected_row_is_reverse_video_and_others_are_not() {
    use ratatui::style::Modifier;
    let mut f = fixture();
    let r = busy(&mut f);
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    t.draw(|f| r.render(f, f.area(), &Theme::mono()))
        .expect("draw");
    let buf = t.backend().buffer();
    let reversed = |y: u16| {
        (0..80).all(|x| {
            buf.cell((x, y))
                .is_some_and(|c| c.modifier.contains(Modifier::REVERSED))
        })
    };
    // Row 5 is Arben Krasniqi (the second person), the cursor's row in `busy`.
    assert!(buf.cell((2, 5)).is_some_and(|c| c.symbol() == "A"));
    assert!(reversed(5));
    assert!(!reversed(4));
    assert!(!reversed(6));
}
