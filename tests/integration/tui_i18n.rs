//! The TUI in both languages at 80x24: snapshots of the main screens in English and Albanian,
//! every reachable help overlay and form shown without a cut label, and the language key that
//! switches and is remembered in the user's config file.
//!
//! The language is process-wide, so every test here that sets it holds `LANGUAGE`.

use crate::common;

use std::sync::Mutex;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use insta::assert_snapshot;
use prezenca::i18n;
use prezenca::tui::app::App;
use prezenca::tui::state::Screen;
use prezenca::tui::summary_view::SummaryView;
use time::macros::datetime;

static LANGUAGE: Mutex<()> = Mutex::new(());

const LANGS: [&str; 2] = ["en", "sq"];

fn f1(app: &mut App) {
    app.handle_key(KeyEvent::new(KeyCode::F(1), KeyModifiers::NONE));
}

/// Every description the help of `ctx` lists (its own, then the global ones).
fn descriptions(app: &App, ctx: &str) -> Vec<String> {
    let mut d: Vec<String> = app
        .keymap
        .bindings(ctx)
        .into_iter()
        .map(|(_, _, d)| d)
        .collect();
    d.extend(app.keymap.bindings("global").into_iter().map(|(_, _, d)| d));
    d
}

/// The help as far as it scrolls: every screen from the top until it stops moving.
fn whole_help(app: &mut App) -> String {
    let mut all = String::new();
    let mut last = String::new();
    for _ in 0..40 {
        let s = screen(app, 80, 24);
        if s == last {
            break;
        }
        all.push_str(&s);
        last = s;
        key(app, KeyCode::Down);
    }
    all
}

/// Opens the help of the current screen, checks that each description it should hold is
/// there in full (no label cut), and closes it.
fn help_is_whole(app: &mut App, ctx: &str, open: fn(&mut App)) {
    open(app);
    let help = whole_help(app);
    let own: Vec<String> = app
        .keymap
        .bindings(ctx)
        .into_iter()
        .map(|(_, _, d)| d)
        .collect();
    for d in &own {
        assert!(
            help.contains(d.as_str()),
            "[{}] help of {ctx} lacks or cuts {d:?}:\n{help}",
            i18n::current()
        );
    }
    // The global rows not shadowed by the section are there too.
    let shown_global = descriptions(app, ctx)
        .iter()
        .skip(own.len())
        .filter(|d| help.contains(d.as_str()))
        .count();
    assert!(shown_global > 0, "[{ctx}] no global keys in the help");
    key(app, KeyCode::Char('x')); // closes
    assert!(app.overlay.is_none(), "any other key closes the help");
}

fn summary_at_fixed_time(app: &mut App, event: prezenca::domain::Id) {
    let v = SummaryView::open_at(app.backend.as_mut(), event, datetime!(2026-03-03 12:00))
        .expect("summary");
    app.screen = Screen::Summary(Box::new(v));
}

fn form_labels_whole(app: &App, s: &str) {
    let Some(prezenca::tui::state::Overlay::Form(f)) = &app.overlay else {
        panic!("no form open");
    };
    for fld in &f.fields {
        let l = fld.label_text();
        assert!(
            s.contains(&l),
            "[{}] form label {l:?} cut:\n{s}",
            i18n::current()
        );
    }
}

#[test]
fn screens_in_english_and_albanian_at_80x24() {
    let _g = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    for lang in LANGS {
        i18n::set_for_thread(Some(lang));
        assert_eq!(i18n::current(), lang);
        let snap = |name: &str, s: String| {
            insta::with_settings!({ snapshot_suffix => lang }, {
                assert_snapshot!(name, s);
            });
        };

        // Welcome screen, and its help.
        let (_d0, b0) = open();
        let mut w = app(b0);
        snap("welcome", screen(&w, 80, 24));
        help_is_whole(&mut w, "welcome", |a| key(a, KeyCode::Char('?')));

        let (_d, b, ids) = seeded();
        let mut a = app(b);
        snap("events", screen(&a, 80, 24));
        help_is_whole(&mut a, "events", |a| key(a, KeyCode::Char('?')));
        key(&mut a, KeyCode::Char('?'));
        snap("help_events", screen(&a, 80, 24));
        key(&mut a, KeyCode::Esc);

        key(&mut a, KeyCode::Char('t'));
        snap("sessions", screen(&a, 80, 24));
        help_is_whole(&mut a, "sessions", |a| key(a, KeyCode::Char('?')));
        key(&mut a, KeyCode::Esc);

        key(&mut a, KeyCode::Char('2'));
        key(&mut a, KeyCode::Char('a'));
        snap("participants", screen(&a, 80, 24));
        help_is_whole(&mut a, "participants", |a| key(a, KeyCode::Char('?')));

        key(&mut a, KeyCode::Char('3'));
        key(&mut a, KeyCode::Char('a'));
        snap("followups", screen(&a, 80, 24));
        help_is_whole(&mut a, "followups", |a| key(a, KeyCode::Char('?')));

        // Forms: every label whole, errors inline in the language.
        key(&mut a, KeyCode::Char('1'));
        key(&mut a, KeyCode::Char('n'));
        let s = screen(&a, 80, 24);
        form_labels_whole(&a, &s);
        snap("new_event_form", s);
        key(&mut a, KeyCode::Esc);
        key(&mut a, KeyCode::Char('2'));
        key(&mut a, KeyCode::Char('n'));
        key(&mut a, KeyCode::Tab); // the name left empty
        typed(&mut a, "ana@kwn.org"); // taken
        key(&mut a, KeyCode::Enter);
        let s = screen(&a, 80, 24);
        form_labels_whole(&a, &s);
        snap("participant_form_errors", s);
        key(&mut a, KeyCode::Esc);
        key(&mut a, KeyCode::Char('3'));
        key(&mut a, KeyCode::Char('n'));
        let s = screen(&a, 80, 24);
        form_labels_whole(&a, &s);
        key(&mut a, KeyCode::Esc);

        // A confirmation with plurals.
        key(&mut a, KeyCode::Char('1'));
        key(&mut a, KeyCode::Char('d'));
        snap("delete_event", screen(&a, 80, 24));
        key(&mut a, KeyCode::Esc);

        // The roster: header, counts, marks, detail line, help, walk-in.
        key(&mut a, KeyCode::Char('r'));
        typed(&mut a, "ana");
        key(&mut a, KeyCode::Enter);
        snap("roster", screen(&a, 80, 24));
        help_is_whole(&mut a, "roster", f1);
        ctrl(&mut a, 'w');
        typed(&mut a, "Mira");
        snap("roster_walk_in", screen(&a, 80, 24));
        key(&mut a, KeyCode::Esc);
        key(&mut a, KeyCode::Esc);

        // The summary, on a fixed clock.
        summary_at_fixed_time(&mut a, ids.adv);
        snap("summary", screen(&a, 80, 24));
        help_is_whole(&mut a, "summary", |a| key(a, KeyCode::Char('?')));
        // Closing asks first: what it files, the owner, the due date in the language.
        key(&mut a, KeyCode::Char('k'));
        let s = screen(&a, 80, 24);
        let due = i18n::Locale::current().date(time::macros::date!(2026 - 03 - 17));
        assert!(s.contains(&due), "[{lang}] due date {due} missing:\n{s}");
        snap("summary_close", s);
        key(&mut a, KeyCode::Esc);
        key(&mut a, KeyCode::Esc);

        // The report of the year, from the events pane.
        key(&mut a, KeyCode::Char('1'));
        key(&mut a, KeyCode::Char('R'));
        let s = screen(&a, 80, 24);
        let pct = i18n::Locale::current().pct(100.0 / 3.0);
        assert!(s.contains(&pct), "[{lang}] no {pct} in:\n{s}");
        for k in [
            "report-view-ranked-title",
            "report-view-who-came",
            "report-view-col-rate",
        ] {
            let label = i18n::tr(k);
            assert!(s.contains(&label), "[{lang}] {label:?} cut:\n{s}");
        }
        snap("report", s);
        help_is_whole(&mut a, "report", |a| key(a, KeyCode::Char('?')));
        key(&mut a, KeyCode::Esc);
    }
    i18n::set_for_thread(Some("en"));
}

#[test]
fn albanian_dates_percentages_and_plurals_in_the_tui() {
    let _g = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    i18n::set_for_thread(Some("sq"));
    let (_d, b, _) = seeded();
    let mut a = app(b);
    let s = screen(&a, 80, 24);
    assert!(s.contains("02.03.2026"), "{s}");
    assert!(s.contains("80,0%"), "{s}");
    key(&mut a, KeyCode::Char('d'));
    let s = screen(&a, 100, 30);
    assert!(s.contains("2 seanca"), "{s}");
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Char('j'));
    key(&mut a, KeyCode::Char('d'));
    let s = screen(&a, 100, 30);
    assert!(s.contains("1 seancë"), "{s}");
    i18n::set_for_thread(Some("en"));
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Char('d'));
    let s = screen(&a, 100, 30);
    assert!(s.contains("1 session,"), "{s}");
}

#[test]
fn the_language_key_switches_and_is_remembered() {
    let _g = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    i18n::set_for_thread(Some("en"));
    let cfg = tempfile::tempdir().expect("tempdir");
    let path = cfg.path().join("prezenca/config.toml");
    let (_d, b, _) = seeded();
    let mut a = app(b);
    a.config_path = Some(path.clone());

    typed(&mut a, "L");
    assert_eq!(i18n::current(), "sq");
    let s = screen(&a, 80, 24);
    assert!(s.contains("Gjuha: shqip"), "the status line says so:\n{s}");
    assert!(
        s.contains("1 Ngjarjet"),
        "the panes redraw in Albanian:\n{s}"
    );
    let c = prezenca::config::read_file(&path)
        .expect("readable")
        .expect("written");
    assert_eq!(c.lang.as_deref(), Some("sq"));
    assert_eq!(i18n::resolve(None, c.lang.as_deref()), "sq");
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(&path).expect("stat").permissions(),
    );
    assert_eq!(mode & 0o777, 0o600);

    typed(&mut a, "L");
    assert_eq!(i18n::current(), "en");
    assert!(screen(&a, 80, 24).contains("Language: English"));
    let c = prezenca::config::read_file(&path)
        .expect("readable")
        .expect("written");
    assert_eq!(c.lang.as_deref(), Some("en"));
    i18n::set_for_thread(Some("en"));
}

/// The next start reads the remembered language (and `--lang` and the locale still win or
/// lose in the documented order): checked on `--help`, which is translated too.
#[test]
fn the_remembered_language_is_used_at_the_next_start() {
    let cfg = tempfile::tempdir().expect("tempdir");
    prezenca::tui::lang::remember(&cfg.path().join("prezenca/config.toml"), "sq")
        .expect("remember");
    let help = |args: &[&str], lang: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_prezenca"))
            .args(args)
            .arg("--help")
            .env("XDG_CONFIG_HOME", cfg.path())
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .expect("run prezenca");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(help(&[], "C.UTF-8").contains("Përdorimi:"), "config: sq");
    assert!(
        help(&[], "en_GB.UTF-8").contains("Përdorimi:"),
        "config over LANG"
    );
    assert!(
        help(&["--lang", "en"], "C").contains("Usage:"),
        "--lang wins"
    );
    let empty = tempfile::tempdir().expect("tempdir");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_prezenca"))
        .arg("--help")
        .env("XDG_CONFIG_HOME", empty.path())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "sq_XK.UTF-8")
        .output()
        .expect("run prezenca");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Përdorimi:"));
}
