//! At the door with a scanner, end to end in a real terminal (tmux): badge codes typed as a
//! USB scanner types them (the code, then a carriage return), several in one burst; a second
//! scan; a badge from another event; exit mode with someone leaving early; and the kiosk,
//! where a participant finds themselves and another scans. Checked with `prezenca export
//! attendance` and the screen. Prints the seconds per check-in by scan and by typing.

use crate::tmux_support;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use prezenca::core::Queries;
use prezenca::domain::{Id, badge};
use tmux_support::{BIN, Tmux, app_line, counts, load_demo, quote, wait_file};

/// The afternoon of the first day of PR-2026-11-VOL: its second session (13:30–17:00) runs
/// and nobody is marked in it yet.
const NOW: &str = "2026-11-25T13:45";
const CODE: &str = "PR-2026-11-VOL";

/// People of the event by email: (email, name as the roster shows it).
const AT_THE_DOOR: [(&str, &str); 6] = [
    ("zarko.djordjevic@nis.rs", "Žarko Đorđević"),
    ("bojana.scepanovic@sjever.me", "Bojana Šćepanović"),
    ("dino.delic@tuzla.ba", "Dino Delić"),
    ("nikola.pavlovic@krug.rs", "Nikola Pavlović"),
    ("goran.jovanovic@vojvodine.rs", "Goran Jovanović"),
    ("emir.softic@zenica.ba", "Emir Softić"),
];

/// Typed by hand for the same people: a part of the name that only they match.
const TYPED: [&str; 4] = ["hodz", "djuk", "bula", "milos"];

struct Door {
    /// Badge code of each person of [`AT_THE_DOOR`], in order.
    codes: Vec<String>,
    /// The badge of someone registered at another event only.
    stranger: (String, String),
}

/// Reads the badge codes from the database before the app starts (no other process has it).
fn codes(db: &Path) -> Door {
    let mut b = tmux_support::eventually_open(db);
    let everyone = b.participants().expect("participants");
    let event = b.event_by_code(CODE).expect("query").expect("event");
    let here: Vec<Id> = b
        .registrations(event)
        .expect("registrations")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let codes = AT_THE_DOOR
        .iter()
        .map(|(email, _)| {
            let (id, _) = everyone
                .iter()
                .find(|(_, p)| p.email == *email)
                .unwrap_or_else(|| panic!("{email}"));
            badge::code(*id).expect("code")
        })
        .collect();
    let (id, p) = everyone
        .iter()
        .find(|(id, p)| !here.contains(id) && !p.email.is_empty())
        .expect("someone of another event");
    Door {
        codes,
        stranger: (badge::code(*id).expect("code"), p.name.clone()),
    }
}

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
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).expect("UTF-8 export");
    text.lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f.first() == Some(&CODE))
                .then(|| ((f[1].to_string(), f[2].to_string()), f[3].to_string()))
        })
        .collect()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn open_roster(t: &Tmux, s: &str) {
    t.keys(s, &["/"]);
    t.text(s, "VOL");
    t.keys(s, &["Enter"]);
    t.wait_for(s, "at PR-2026-11-VOL");
    t.keys(s, &["r"]);
    t.wait_until(s, "the second session, nobody marked", |sc| {
        sc.contains("session 2/6") && counts(sc) == Some((0, 0, 0, 19))
    });
}

#[test]
fn a_scanner_at_the_door_checks_people_in_and_out_and_nobody_is_lost() {
    let t = Tmux::start("scan");
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("door.redb");
    load_demo(dir.path(), &db, NOW);
    let door = codes(&db);
    let s = "scan";
    t.session(
        s,
        &app_line(
            dir.path(),
            s,
            NOW,
            &format!("--lang en --db {}", quote(&db)),
        ),
    );
    t.wait_for(s, "Events");
    open_roster(&t, s);

    // One scan at a time, timed from the first keystroke to the count on screen.
    let mut by_scan = Vec::new();
    for (i, code) in door.codes.iter().take(2).enumerate() {
        let start = Instant::now();
        t.text(s, &format!("{code}\r"));
        let want = (i as u32 + 1, 0, 0, 18 - i as u32);
        t.wait_until(s, "a scan counted", |sc| counts(sc) == Some(want));
        by_scan.push(start.elapsed().as_secs_f64());
    }
    let sc = t.screen(s);
    assert!(
        sc.contains("Bojana Šćepanović (") && sc.contains(") checked in"),
        "who, with the organisation:\n{sc}"
    );
    // Four scans in one burst, faster than any scanner types: none lost, none run together.
    // The last ends with a line feed, as some scanners are set to send.
    let burst: String = door.codes[2..]
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c}{}", if i == 3 { '\n' } else { '\r' }))
        .collect();
    let start = Instant::now();
    t.text(s, &burst);
    t.wait_until(s, "the burst counted", |sc| {
        counts(sc) == Some((6, 0, 0, 13))
    });
    by_scan.push(start.elapsed().as_secs_f64() / 4.0);
    // The filter is empty again and its line says what the last scan did.
    t.wait_until(s, "the last scan on the filter line", |sc| {
        sc.lines()
            .any(|l| l.starts_with("Find:   Emir Softić (") && l.contains(") checked in"))
    });

    // A second scan of the first: said, and nothing changes.
    t.text(s, &format!("{}\r", door.codes[0]));
    t.wait_for(
        s,
        "Žarko Đorđević already present since 13:45: nothing changed",
    );
    assert_eq!(counts(&t.screen(s)), Some((6, 0, 0, 13)));

    // A badge of someone registered at another event only.
    t.text(s, &format!("{}\r", door.stranger.0));
    t.wait_for(s, "not registered here — Ctrl-W to add as a walk-in");
    assert_eq!(counts(&t.screen(s)), Some((6, 0, 0, 13)));

    // Typing part of the name, for comparison, timed the same way.
    let mut by_typing = Vec::new();
    for (i, typed) in TYPED.iter().enumerate() {
        let start = Instant::now();
        t.text(s, typed);
        t.wait_for(s, "  1 match");
        t.keys(s, &["Enter"]);
        let want = (7 + i as u32, 0, 0, 12 - i as u32);
        t.wait_until(s, "a typed check-in counted", |sc| counts(sc) == Some(want));
        by_typing.push(start.elapsed().as_secs_f64());
    }
    let (scan, typing) = (median(by_scan.clone()), median(by_typing.clone()));
    println!(
        "seconds per check-in, terminal round trip: by scan {by_scan:.3?} median {scan:.3}; \
         by typing {by_typing:.3?} median {typing:.3}"
    );
    eprintln!("seconds per check-in (median): scan {scan:.3}, typing {typing:.3}");

    // Exit mode: shown in the header; Dino leaves at 13:45, long before 17:00 less the grace.
    t.keys(s, &["C-e"]);
    t.wait_until(s, "the header in exit mode", |sc| {
        sc.lines().next().is_some_and(|l| l.contains("EXIT"))
    });
    t.text(s, &format!("{}\r", door.codes[2]));
    t.wait_for(s, "Dino Delić left early at 13:45");
    let sc = t.screen(s);
    assert!(
        sc.lines()
            .any(|l| l.contains("Dino Delić") && l.contains("left 13:45")),
        "{sc}"
    );
    // Someone who never came cannot leave.
    t.keys(s, &["C-e"]);
    t.wait_until(s, "entry mode again", |sc| {
        sc.lines().next().is_some_and(|l| !l.contains("EXIT"))
    });
    t.keys(s, &["Escape"]);
    t.wait_for(s, "Events");
    t.keys(s, &["q"]);
    assert_eq!(wait_file(&dir.path().join(format!("status-{s}"))), "0");

    let rows = exported(dir.path(), &db);
    for (i, (email, name)) in AT_THE_DOOR.iter().enumerate() {
        let want = if i == 2 { "left_early" } else { "present" };
        assert_eq!(
            rows.get(&("2".into(), email.to_string()))
                .map(String::as_str),
            Some(want),
            "{name}"
        );
    }
    let second = rows.keys().filter(|(n, _)| n == "2").count();
    assert_eq!(
        second, 10,
        "six scanned, four typed, nobody twice, no stranger"
    );
    assert!(
        !rows.keys().any(|(_, p)| p.contains(&door.stranger.1)),
        "the stranger was not marked"
    );
}

#[test]
fn at_the_kiosk_a_participant_finds_themselves_another_scans_and_only_the_trainer_leaves() {
    let t = Tmux::start("kiosk");
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("kiosk.redb");
    load_demo(dir.path(), &db, NOW);
    let door = codes(&db);
    let s = "kiosk";
    t.session(
        s,
        &app_line(
            dir.path(),
            s,
            NOW,
            &format!("--lang en --db {} kiosk {CODE}", quote(&db)),
        ),
    );
    t.wait_for(s, "Type your name or scan your badge");
    // Two letters show nobody; the third shows the names and organisations, no emails.
    t.text(s, "za");
    t.wait_for(s, "> za");
    assert!(!t.screen(s).contains("Žarko"));
    t.text(s, "r");
    let sc = t.wait_for(s, "Žarko Đorđević — ");
    assert!(!sc.contains('@'), "no emails at the kiosk:\n{sc}");
    t.keys(s, &["Enter"]);
    t.wait_for(s, "Are you Žarko Đorđević?");
    t.keys(s, &["Enter"]);
    t.wait_for(s, "Thank you, Žarko Đorđević! You are checked in.");
    // It clears by itself after three seconds.
    t.wait_for(s, "Type your name or scan your badge");
    // A scan checks in at once.
    t.text(s, &format!("{}\r", door.codes[1]));
    t.wait_for(s, "Thank you, Bojana Šćepanović! You are checked in.");
    t.wait_for(s, "Type your name or scan your badge");
    // A badge of another event is refused.
    t.text(s, &format!("{}\r", door.stranger.0));
    t.wait_for(
        s,
        "This badge is not registered here: please ask a trainer.",
    );
    t.wait_for(s, "Type your name or scan your badge");
    // Nothing else is reachable: quit, help, Escape, Ctrl-C and undo keys do nothing.
    t.keys(s, &["Escape", "C-c", "C-z", "?"]);
    t.text(s, "q");
    t.wait_for(s, "> ?q");
    // Only the trainer's combination and the event's code close it.
    t.keys(s, &["C-x"]);
    t.wait_for(s, "Trainer: type the event code");
    t.text(s, "WRONG\r");
    t.wait_for(s, "that is not the event code; the kiosk stays open");
    t.keys(s, &["C-x"]);
    t.wait_for(s, "Trainer: type the event code");
    t.text(s, &format!("{}\r", CODE.to_lowercase()));
    assert_eq!(wait_file(&dir.path().join(format!("status-{s}"))), "0");

    let rows = exported(dir.path(), &db);
    let second: Vec<(&String, &String)> = rows
        .iter()
        .filter(|((n, _), _)| n == "2")
        .map(|((_, p), st)| (p, st))
        .collect();
    assert_eq!(
        second,
        vec![
            (
                &"bojana.scepanovic@sjever.me".to_string(),
                &"present".to_string()
            ),
            (
                &"zarko.djordjevic@nis.rs".to_string(),
                &"present".to_string()
            ),
        ]
    );
    // Recorded under the trainer who started the kiosk, noted as a self check-in.
    let mut b = tmux_support::eventually_open(&db);
    let audit = b.audit(2).expect("audit");
    assert_eq!(audit.len(), 2);
    for (_, e) in &audit {
        assert!(e.what.contains("self check-in"), "{}", e.what);
        assert_eq!(e.who, prezenca::core::os_user());
    }
}
