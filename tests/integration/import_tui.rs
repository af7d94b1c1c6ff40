//! Importing from the TUI, on the real loop over a `TestBackend`: `i` in the Participants
//! pane asks for a path (Tab completes it), shows the dry run and how each column is read,
//! lets a column be re-mapped, imports on Enter as one change, and `u` takes it back.

use crate::common;

use common::*;
use crossterm::event::KeyCode;
use prezenca::core::Queries;

/// The screen with the temp dir's path written as `[DIR]`.
fn shown(app: &prezenca::tui::app::App, dir: &std::path::Path) -> String {
    screen(app, 100, 24).replace(&dir.display().to_string(), "[DIR]")
}

#[test]
fn a_file_is_previewed_remapped_imported_and_undone_from_the_participants_pane() {
    let (d, b, _ids) = seeded();
    let file = d.path().join("registrations-form.csv");
    std::fs::write(
        &file,
        "Vula kohore,Emri dhe mbiemri / Full name,Email i punës,Gjinia\n\
         20/11/2026 10:15:32,Teuta Krasniqi,teuta@example.org,F\n\
         20/11/2026 11:02:07,Agon Morina,agon@example.org,M\n",
    )
    .expect("write");
    let mut app = app(b);
    let people =
        |app: &mut prezenca::tui::app::App| app.backend.participants().expect("participants").len();
    let before = people(&mut app);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('i'));
    // The directory, then Tab: the one file that starts with "reg" is completed.
    typed(&mut app, &format!("{}/reg", d.path().display()));
    key(&mut app, KeyCode::Tab);
    let s = shown(&app, d.path());
    assert!(s.contains("[DIR]/registrations-form.csv"), "{s}");
    key(&mut app, KeyCode::Enter);
    // "Email i punës" looks like an email but is not known: nothing can be imported yet.
    let s = shown(&app, d.path());
    assert!(s.contains("Email i punës looks like email"), "{s}");
    assert!(s.contains("Nothing to import yet"), "{s}");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        people(&mut app),
        before,
        "Enter imports nothing while refused"
    );
    // Down to the email column, → until it is read as the email.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    for _ in 0..2 {
        key(&mut app, KeyCode::Right);
    }
    let s = shown(&app, d.path());
    assert!(s.contains("Email i punës → email"), "{s}");
    assert!(s.contains("2 to create, 0 to update"), "{s}");
    insta::assert_snapshot!("import_preview", s);
    // At 80 columns the keys line is whole.
    let narrow = screen(&app, 80, 24);
    assert!(
        narrow.contains("Enter imports") && narrow.contains("Esc back"),
        "{narrow}"
    );
    key(&mut app, KeyCode::Enter);
    assert_eq!(people(&mut app), before + 2);
    let teuta = app
        .backend
        .participants()
        .expect("participants")
        .into_iter()
        .find(|(_, p)| p.name == "Teuta Krasniqi")
        .expect("imported");
    assert_eq!(teuta.1.email, "teuta@example.org");
    assert!(screen(&app, 100, 24).contains("imported participants: 2 created"));
    // One change: one undo takes the whole import back.
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(people(&mut app), before);
}

#[test]
fn esc_goes_back_to_the_path_and_then_out_without_writing() {
    let (d, b, _ids) = seeded();
    let mut app = app(b);
    let before = app.backend.change_seq().expect("seq");
    key(&mut app, KeyCode::Char('i'));
    typed(
        &mut app,
        &format!("{}/nothing-here.csv", d.path().display()),
    );
    key(&mut app, KeyCode::Enter);
    assert!(
        shown(&app, d.path()).contains("cannot read"),
        "{}",
        shown(&app, d.path())
    );
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    assert!(screen(&app, 100, 24).contains("import cancelled"));
    assert_eq!(app.backend.change_seq().expect("seq"), before);
}
