//! Attendance at the door, end to end in a real terminal (tmux): the sample data loaded from
//! the welcome screen, ten check-ins typed as partial names without diacritics, a late mark
//! undone, the rest marked absent, the result read back through `prezenca export`; and a
//! mark that survives `kill -9` the moment it shows.

use crate::tmux_support;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use prezenca::core::Queries;
use prezenca::domain::MarkStatus;
use tmux_support::{
    BIN, Tmux, app_line, app_line_then, counts, exec_line, load_demo, open_second_session, paste,
    quote, wait_ended, wait_file,
};

/// The clock of the door: Wednesday of PR-2026-11-VOL, during its first session.
const NOW: &str = "2026-11-25T09:40";
const CODE: &str = "PR-2026-11-VOL";

/// (typed at the door, how the export names the person). Every typed text is a prefix of a
/// word of one name only, typed without diacritics (and in Latin for a Cyrillic name).
const ARRIVALS: [(&str, &str); 10] = [
    ("zark", "zarko.djordjevic@nis.rs"),       // Žarko Đorđević
    ("scep", "bojana.scepanovic@sjever.me"),   // Bojana Šćepanović
    ("deli", "dino.delic@tuzla.ba"),           // Dino Delić
    ("pavl", "nikola.pavlovic@krug.rs"),       // Nikola Pavlović
    ("jovan", "goran.jovanovic@vojvodine.rs"), // Goran Jovanović
    ("soft", "emir.softic@zenica.ba"),         // Emir Softić
    ("hodz", "nermina.hodzic@luka.ba"),        // Nermina Hodžić
    ("djuk", "marko.djukanovic@podgorica.me"), // Marko Đukanović
    ("bula", "Filip Bulatović"),               // no email: the export names them
    ("milos", "milica.miloshevic@pirot.rs"),   // Милица Милошевић
];

/// The counted participants of the event no one marked in its second session yet: everyone
/// else registered as a participant and not cancelled.
const OTHERS: [&str; 9] = [
    "dejan.markovic@nis.rs",
    "vesna.markovic@krug.rs",
    "dejan.djordjevic@krug.rs",
    "Milica Popović",
    "adnan.karic@most.ba",
    "maja.jukic@tuzla.ba",
    "nermina.karic@gmail.com",
    "igor.jukic@luka.ba",
    "vuk.vukovic@participac.me",
];

/// Attendance rows of the event as `prezenca export attendance` prints them:
/// (session number, participant) → status.
fn exported(dir: &Path, db: &Path) -> BTreeMap<(String, String), String> {
    let out = Command::new(BIN)
        .args(["export", "attendance", "--format", "csv", "--db"])
        .arg(db)
        .env("PREZENCA_NOW", NOW)
        .env("PREZENCA_SOCKET", dir.join("no-server"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .output()
        .expect("run prezenca export");
    assert!(
        out.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8 export");
    let mut lines = text.lines();
    assert_eq!(
        lines.next().map(|h| h.trim_start_matches('\u{feff}')),
        Some("event,session,participant,status,arrived_at,reason")
    );
    lines
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f.first() == Some(&CODE))
                .then(|| ((f[1].to_string(), f[2].to_string()), f[3].to_string()))
        })
        .collect()
}

fn median(mut v: Vec<usize>) -> f64 {
    v.sort_unstable();
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2] as f64
    } else {
        (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0
    }
}

#[test]
fn a_morning_at_the_door_typed_in_a_terminal_is_what_the_export_says() {
    let t = Tmux::start("door");
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("door.redb");
    let s = "door";
    t.session(
        s,
        &app_line(
            dir.path(),
            s,
            NOW,
            &format!("--lang en --db {}", quote(&db)),
        ),
    );
    t.wait_for(s, "load the sample data");
    t.keys(s, &["s"]);
    t.wait_for(s, "loaded the sample data");
    open_second_session(&t, s);

    let mut per_check_in = Vec::new();
    for (i, (typed, _)) in ARRIVALS.iter().enumerate() {
        t.text(s, typed);
        // Exactly one name matches what was typed: Enter marks that one.
        t.wait_for(s, "  1 match");
        t.keys(s, &["Enter"]);
        let want = (i as u32 + 1, 0, 0, 18 - i as u32);
        t.wait_until(s, &format!("{typed} checked in"), |sc| {
            counts(sc) == Some(want)
        });
        per_check_in.push(typed.chars().count() + 1);
    }
    let med = median(per_check_in.clone());
    println!("keystrokes per check-in: {per_check_in:?}, median {med}");
    eprintln!("keystrokes per check-in (median): {med}");

    // The last one came late after all: 2 opens the time (now, accepted with Enter)…
    t.keys(s, &["2"]);
    t.wait_for(s, "arrived at");
    t.keys(s, &["Enter"]);
    t.wait_until(s, "a late mark", |sc| counts(sc) == Some((9, 1, 0, 9)));
    // …no, they were on time: undo puts the present mark back.
    t.keys(s, &["C-z"]);
    t.wait_until(s, "the late mark undone", |sc| {
        counts(sc) == Some((10, 0, 0, 9))
    });
    // Whoever did not come is absent.
    t.keys(s, &["C-b"]);
    t.wait_for(s, "unmarked participants absent?");
    t.keys(s, &["y"]);
    t.wait_until(s, "the rest absent", |sc| counts(sc) == Some((10, 0, 9, 0)));
    t.keys(s, &["Escape"]);
    t.wait_for(s, "Events");
    t.keys(s, &["q"]);
    assert_eq!(wait_file(&dir.path().join(format!("status-{s}"))), "0");

    let rows = exported(dir.path(), &db);
    for (typed, who) in ARRIVALS {
        assert_eq!(
            rows.get(&("2".into(), who.into())).map(String::as_str),
            Some("present"),
            "{who} (typed {typed:?}) checked in"
        );
    }
    for who in OTHERS {
        assert_eq!(
            rows.get(&("2".into(), who.into())).map(String::as_str),
            Some("absent"),
            "{who} did not come"
        );
    }
    let second = rows.keys().filter(|(n, _)| n == "2").count();
    assert_eq!(second, 19, "trainers and the cancelled get no mark");
    // The first session is as the sample data left it.
    let first: Vec<&String> = rows
        .iter()
        .filter(|((n, _), _)| n == "1")
        .map(|(_, st)| st)
        .collect();
    assert_eq!(first.len(), 15);
    assert_eq!(
        rows.get(&("1".into(), "vesna.markovic@krug.rs".into()))
            .map(String::as_str),
        Some("late")
    );
}

#[test]
fn a_mark_on_screen_survives_kill_9_of_the_app() {
    let t = Tmux::start("kill");
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("kill.redb");
    load_demo(dir.path(), &db, NOW);
    let s = "kill";
    t.session(
        s,
        &exec_line(
            dir.path(),
            s,
            NOW,
            &format!("--lang en --db {}", quote(&db)),
        ),
    );
    let pid = t.pane_pid(s);
    t.wait_for(s, "Events");
    open_second_session(&t, s);
    t.text(s, "zark");
    t.wait_for(s, "  1 match");
    t.keys(s, &["Enter"]);
    // The row shows the mark: from here on it must be on disk.
    t.wait_until(s, "Žarko's row marked present", |sc| {
        sc.lines()
            .any(|l| l.contains("Žarko Đorđević") && l.contains("present"))
    });
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid),
        nix::sys::signal::Signal::SIGKILL,
    )
    .expect("kill -9 the app");
    wait_ended(pid);

    // A killed process's leader turns zombie before its other threads are gone and its file
    // lock with them: wait (bounded) for the lock rather than for a fixed time.
    let mut b = tmux_support::eventually_open(&db);
    let event = b
        .event_by_code(CODE)
        .expect("query")
        .expect("the event is there");
    let sessions = b.sessions(event).expect("sessions");
    let second = sessions.get(1).expect("a second session").0;
    let zarko = b
        .participants()
        .expect("participants")
        .into_iter()
        .find(|(_, p)| p.email == "zarko.djordjevic@nis.rs")
        .expect("Žarko")
        .0;
    let marks = b.session_marks(second).expect("marks");
    assert_eq!(marks.len(), 1, "one mark in the second session: {marks:?}");
    assert_eq!(marks[0].0, zarko);
    assert_eq!(marks[0].1.status, MarkStatus::Present);
}

/// A paste is text for the name filter: a pasted Esc, `]`, `0` and newline neither move to
/// the next session, clear a mark nor mark anyone. On quit the terminal is given back with
/// bracketed paste off, so a paste into the shell is plain text again.
#[test]
fn a_paste_at_the_door_is_text_and_the_terminal_is_given_back_without_paste_marks() {
    let t = Tmux::start("paste");
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("paste.redb");
    load_demo(dir.path(), &db, NOW);
    let s = "paste";
    let args = format!("--lang en --db {}", quote(&db));
    t.session(s, &app_line_then(dir.path(), s, NOW, &args, "cat -v"));
    t.wait_for(s, "Events");
    open_second_session(&t, s);
    // One person marked, then a paste that as keys would clear that mark (Esc ] 0 would go
    // back… or: ] next session, 0 clear) and mark someone (newline = Enter).
    t.text(s, "zark");
    t.wait_for(s, "  1 match");
    t.keys(s, &["Enter"]);
    t.wait_until(s, "Žarko checked in", |sc| {
        counts(sc) == Some((1, 0, 0, 18))
    });
    paste(&t, s, "\u{1b}]0\nzark\n");
    let sc = t.wait_for(s, "Find: ]0 zark");
    assert!(
        sc.contains("session 2/6"),
        "still the second session:\n{sc}"
    );
    assert_eq!(
        counts(&sc),
        Some((1, 0, 0, 18)),
        "nothing marked or cleared:\n{sc}"
    );
    t.keys(s, &["Escape"]);
    t.wait_until(s, "the filter cleared", |sc| sc.contains("type a name"));
    t.keys(s, &["Escape"]);
    t.wait_for(s, "Events");
    t.keys(s, &["q"]);
    assert_eq!(wait_file(&dir.path().join(format!("status-{s}"))), "0");
    // The shell's `cat -v` now reads the pane: a paste arrives without the marks.
    paste(&t, s, "after-quit");
    let sc = t.wait_for(s, "after-quit");
    assert!(!sc.contains("[200~"), "bracketed paste was left on:\n{sc}");
    let mut b = tmux_support::eventually_open(&db);
    let event = b.event_by_code(CODE).expect("query").expect("event");
    let second = b.sessions(event).expect("sessions")[1].0;
    let marks = b.session_marks(second).expect("marks");
    assert_eq!(marks.len(), 1, "one mark, the one typed");
    assert_eq!(marks[0].1.status, MarkStatus::Present);
}

/// Column and row (0-based) where `text` first shows on a tmux screen.
fn find(screen: &str, text: &str) -> (usize, usize) {
    screen
        .lines()
        .enumerate()
        .find_map(|(y, l)| l.find(text).map(|b| (l[..b].chars().count(), y)))
        .unwrap_or_else(|| panic!("{text:?} not on the screen:\n{screen}"))
}

/// A left click as an xterm-compatible terminal reports it (SGR: press, then release),
/// written into the pane as the terminal would.
fn sgr_click(t: &Tmux, s: &str, (x, y): (usize, usize)) {
    t.text(s, &format!("\u{1b}[<0;{};{}M", x + 1, y + 1));
    t.text(s, &format!("\u{1b}[<0;{};{}m", x + 1, y + 1));
}

/// tmux's view of whether the program in the pane asked for the mouse.
fn mouse_on(t: &Tmux, s: &str) -> bool {
    t.run(&["display-message", "-p", "-t", s, "#{mouse_any_flag}"])
        .trim()
        == "1"
}

/// The mouse in a real terminal: on by default, a click on a row selects that person and
/// never marks; `mouse = false` in the config file leaves the mouse to the terminal.
#[test]
fn a_click_in_the_terminal_selects_a_person_and_never_marks() {
    let t = Tmux::start("mouse");
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("mouse.redb");
    load_demo(dir.path(), &db, NOW);
    let s = "mouse";
    let args = format!("--lang en --db {}", quote(&db));
    t.session(s, &app_line(dir.path(), s, NOW, &args));
    t.wait_for(s, "Events");
    assert!(mouse_on(&t, s), "the mouse is on by default");
    open_second_session(&t, s);
    let sc = t.screen(s);
    sgr_click(&t, s, find(&sc, "Dino Delić"));
    let sc = t.wait_until(s, "Dino selected", |sc| {
        sc.lines()
            .rev()
            .find(|l| l.contains(" \u{2014} "))
            .is_some_and(|l| l.starts_with("Dino Delić"))
    });
    assert_eq!(
        counts(&sc),
        Some((0, 0, 0, 19)),
        "a click never marks:\n{sc}"
    );
    // Enter marks the one the click selected.
    t.keys(s, &["Enter"]);
    t.wait_until(s, "Dino marked", |sc| counts(sc) == Some((1, 0, 0, 18)));
    t.keys(s, &["Escape"]);
    t.wait_for(s, "Events");
    t.keys(s, &["q"]);
    assert_eq!(wait_file(&dir.path().join(format!("status-{s}"))), "0");
    assert!(!mouse_on(&t, s), "the mouse is given back on quit");

    // Off in the config file: the terminal keeps the mouse.
    let config = dir.path().join("config/prezenca");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(config.join("config.toml"), "mouse = false\n").expect("config");
    let s = "nomouse";
    t.session(s, &app_line(dir.path(), s, NOW, &args));
    t.wait_for(s, "Events");
    assert!(
        !mouse_on(&t, s),
        "mouse = false leaves the mouse to the terminal"
    );
    t.keys(s, &["q"]);
    assert_eq!(wait_file(&dir.path().join(format!("status-{s}"))), "0");
}
