//! `prezenca import meeting` run as a trainer runs it: the built binary on Zoom, Teams and
//! Meet reports made the way those tools export them (`tests/fixtures/meeting/`), checking
//! what is stored afterwards, not only the exit status.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::cli_support;
use cli_support::*;

use prezenca::backend::local::LocalBackend;
use prezenca::core::Queries;
use prezenca::domain::Source;

const EVENT: &str = "ONL-2026-11";

const HEADER: &str = "event,session,participant,status,arrived_at,reason\n";

fn fixture(name: &str) -> String {
    format!(
        "{}/tests/fixtures/meeting/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn run(db: &Path, args: &[&str]) -> Output {
    run_at(db, "2026-11-30T10:00", args)
}

/// The event with its six sessions, seven people (one only in Cyrillic, two without an
/// email) and their registrations.
fn event() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    for kind in ["events", "sessions", "participants", "registrations"] {
        exits_with(
            &run(&db, &["import", kind, &fixture(&format!("{kind}.csv"))]),
            0,
        );
    }
    (dir, db)
}

/// `import meeting FILE --event ONL-2026-11 EXTRA…`.
fn meeting(db: &Path, file: &str, extra: &[&str]) -> Output {
    let f = fixture(file);
    let mut args = vec!["import", "meeting", f.as_str(), "--event", EVENT];
    args.extend_from_slice(extra);
    run(db, &args)
}

fn attendance(db: &Path) -> String {
    let o = run(db, &["export", "attendance"]);
    exits_with(&o, 0);
    stdout(&o)
}

/// The exported marks of one session, without the header.
fn marks_of(db: &Path, session: u32) -> Vec<String> {
    let prefix = format!("{EVENT},{session},");
    attendance(db)
        .lines()
        .filter(|l| l.starts_with(&prefix))
        .map(str::to_string)
        .collect()
}

fn change_seq(db: &Path) -> u64 {
    LocalBackend::open(db)
        .expect("open")
        .change_seq()
        .expect("seq")
}

fn names(db: &Path) -> Vec<String> {
    let mut b = LocalBackend::open(db).expect("open");
    b.participants()
        .expect("participants")
        .into_iter()
        .map(|(_, p)| p.name)
        .collect()
}

#[test]
fn zoom_report_lists_the_unmatched_and_writes_nothing_until_they_are_walk_ins() {
    let (_dir, db) = event();
    let before = change_seq(&db);
    let o = meeting(&db, "zoom_participants.csv", &[]);
    exits_with(&o, 1);
    let out = stdout(&o);
    for line in [
        "Nikola Stojanovski: 173 of 180 min (96%): nobody known by this name or email",
        "Emre Yıldız: 110 of 180 min (61%): nobody known by this name or email",
        "Ilir: 10 of 180 min (6%): nobody known by this name or email",
    ] {
        assert!(out.contains(line), "{line:?} missing in:\n{out}");
    }
    assert!(
        stderr(&o).contains("3 people in") && stderr(&o).contains("nothing was written"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("--walk-ins"), "{}", stderr(&o));
    assert_eq!(change_seq(&db), before, "nothing may be written");
    assert_eq!(attendance(&db), HEADER);

    let o = meeting(&db, "zoom_participants.csv", &["--walk-ins"]);
    exits_with(&o, 0);
    assert!(
        stdout(&o).contains(
            "Ilir: 10 of 180 min (6%): nobody known, and below the share: not registered"
        ),
        "{}",
        stdout(&o)
    );
    // The session is the one the report's time falls in: Monday morning.
    assert!(
        stderr(&o).contains("session 1 of ONL-2026-11, 2026-11-23 09:00–12:00"),
        "{}",
        stderr(&o)
    );
    // Hand-counted: Ana 08:55:20–11:52:10 → 172 min; Marko two stints 09:24:40–10:31:05 and
    // 10:33:15–12:03:30 → 153 min, first in at 09:24; Drita out at 11:20; Jelena (Cyrillic in
    // the database, Latin in the report) 177 min; Besnik 46 min; Emre 09:40–11:30.
    assert_eq!(
        marks_of(&db, 1),
        vec![
            "ONL-2026-11,1,ana.cela@kcsf.org,present,,",
            "ONL-2026-11,1,marko.djordjevic@crta.rs,late,09:24,",
            "ONL-2026-11,1,Јелена Петровић,present,,",
            "ONL-2026-11,1,drita.berisha@kdi-kosova.org,left_early,,online: left at 11:20",
            "ONL-2026-11,1,Besnik Hoxha,absent,,online: 46 of 180 min (26%)",
            "ONL-2026-11,1,nikola.s@mladiinfo.mk,present,,",
            "ONL-2026-11,1,Emre Yıldız,late,09:40,online: also left early at 11:30",
        ]
    );
    // The walk-ins are registered as such; the host, the phones, the device and the one
    // below the share are neither marked nor created.
    let mut b = LocalBackend::open(&db).expect("open");
    let eid = b.event_by_code(EVENT).expect("query").expect("event");
    let regs = b.registrations(eid).expect("registrations");
    let people = b.participants().expect("participants");
    let walk_ins: Vec<String> = regs
        .iter()
        .filter(|(_, r)| r.source == Source::WalkIn)
        .filter_map(|(id, _)| people.iter().find(|(p, _)| p == id))
        .map(|(_, p)| p.name.clone())
        .collect();
    assert_eq!(walk_ins, vec!["Nikola Stojanovski", "Emre Yıldız"]);
    drop(b);
    let all = names(&db);
    assert_eq!(all.len(), 9, "{all:?}");
    for never in ["iPhone", "+383 44 123 456", "Call-in User_2", "Ilir"] {
        assert!(!all.iter().any(|n| n == never), "{never} created: {all:?}");
    }
    assert!(
        !attendance(&db).contains("arta.krasniqi"),
        "the host is marked"
    );
}

#[test]
fn zoom_dry_run_shows_every_decision_with_its_minutes_and_writes_nothing() {
    let (_dir, db) = event();
    let before = change_seq(&db);
    let o = meeting(&db, "zoom_participants.csv", &["--walk-ins", "--dry-run"]);
    exits_with(&o, 0);
    assert_eq!(
        stdout(&o),
        "Arta Krasniqi: host, not marked\n\
         Ana Çela: 172 of 180 min (96%) → present\n\
         Marko Đorđević (in the report: Marko (Marko Đorđević)): 153 of 180 min (85%) → late 09:24\n\
         Drita Berisha: 140 of 180 min (78%) → left early 11:20\n\
         Јелена Петровић (in the report: Jelena Petrovic): 177 of 180 min (98%) → present\n\
         Besnik Hoxha: 46 of 180 min (26%) → absent\n\
         +383 44 123 456: phone, not marked\n\
         iPhone: device, not marked\n\
         Nikola Stojanovski: 173 of 180 min (96%) → new walk-in, present\n\
         Call-in User_2: phone, not marked\n\
         Emre Yıldız: 110 of 180 min (61%) → new walk-in, late 09:40 (also left early at 11:30; a mark holds one status: late kept)\n\
         Ilir: 10 of 180 min (6%): nobody known, and below the share: not registered\n"
    );
    assert!(
        stderr(&o).contains("7 marks to create, 0 to change, 0 unchanged; 2 walk-ins to register; 5 not marked; nothing was written"),
        "{}",
        stderr(&o)
    );
    assert_eq!(change_seq(&db), before);
}

#[test]
fn the_same_report_twice_changes_nothing_and_stricter_rules_change_the_marks() {
    let (_dir, db) = event();
    exits_with(&meeting(&db, "zoom_participants.csv", &["--walk-ins"]), 0);
    let seq = change_seq(&db);
    let o = meeting(&db, "zoom_participants.csv", &["--walk-ins"]);
    exits_with(&o, 0);
    assert!(
        stderr(&o).contains("0 marks created, 0 changed, 7 unchanged"),
        "{}",
        stderr(&o)
    );
    assert_eq!(change_seq(&db), seq, "a second import wrote");
    // --min-share 0.9: Drita's 140 and Marko's 153 of 180 fall short; --grace 30 forgives
    // Marko's 09:24 but he is absent now anyway.
    let o = meeting(
        &db,
        "zoom_participants.csv",
        &["--min-share", "0.9", "--grace", "30", "--walk-ins"],
    );
    exits_with(&o, 0);
    let marks = marks_of(&db, 1);
    assert!(
        marks.contains(
            &"ONL-2026-11,1,marko.djordjevic@crta.rs,absent,,online: 153 of 180 min (85%)"
                .to_string()
        ),
        "{marks:?}"
    );
    assert!(
        marks.contains(
            &"ONL-2026-11,1,drita.berisha@kdi-kosova.org,absent,,online: 140 of 180 min (78%)"
                .to_string()
        ),
        "{marks:?}"
    );
    let o = meeting(&db, "zoom_participants.csv", &["--min-share", "1.5"]);
    exits_with(&o, 1);
    assert!(stderr(&o).contains("--min-share 1.5"), "{}", stderr(&o));
}

#[test]
fn a_mark_already_there_is_replaced_and_the_dry_run_says_so() {
    let (_dir, db) = event();
    exits_with(
        &run(
            &db,
            &[
                "mark",
                EVENT,
                "1",
                "ana.cela@kcsf.org",
                "excused",
                "--reason",
                "sick",
            ],
        ),
        0,
    );
    let o = meeting(&db, "zoom_participants.csv", &["--walk-ins", "--dry-run"]);
    exits_with(&o, 0);
    assert!(
        stdout(&o).contains("Ana Çela: 172 of 180 min (96%) → present; replaces the mark excused"),
        "{}",
        stdout(&o)
    );
    exits_with(&meeting(&db, "zoom_participants.csv", &["--walk-ins"]), 0);
    assert!(marks_of(&db, 1).contains(&"ONL-2026-11,1,ana.cela@kcsf.org,present,,".to_string()));
}

#[test]
fn zoom_unique_users_need_the_session_and_are_judged_by_their_totals() {
    let (_dir, db) = event();
    let o = meeting(&db, "zoom_unique_users.csv", &[]);
    exits_with(&o, 1);
    assert!(
        stderr(&o)
            .contains("the report gives no date: name the session of ONL-2026-11 with --session N"),
        "{}",
        stderr(&o)
    );
    let o = meeting(&db, "zoom_unique_users.csv", &["--session", "2"]);
    exits_with(&o, 0);
    assert!(
        stdout(&o).contains("Galaxy S21: device, not marked"),
        "{}",
        stdout(&o)
    );
    // No host in this export: the trainer is marked like anyone else. "Marko Djordjevic"
    // without an email is Marko Đorđević.
    assert_eq!(
        marks_of(&db, 2),
        vec![
            "ONL-2026-11,2,arta.krasniqi@kcsf.org,present,,",
            "ONL-2026-11,2,ana.cela@kcsf.org,present,,",
            "ONL-2026-11,2,marko.djordjevic@crta.rs,present,,",
            "ONL-2026-11,2,drita.berisha@kdi-kosova.org,absent,,online: 40 of 120 min (33%)",
        ]
    );
}

#[test]
fn teams_report_in_utf16_sections_matches_last_first_guests_and_adds_up_stints() {
    let (_dir, db) = event();
    let o = meeting(&db, "teams_attendance.csv", &[]);
    exits_with(&o, 0);
    let out = stdout(&o);
    for line in [
        "Arta Krasniqi: host, not marked",
        // Two stints: 09:02:05–10:15:00 and 10:20:00–11:58:00 → 72:55 + 98:00 = 171 min.
        "Elif Şahin (in the report: Şahin, Elif (Guest)): 171 of 180 min (95%) → present",
        "Marko Đorđević: 129 of 180 min (72%) → late 09:31 (also left early at 11:40; a mark holds one status: late kept)",
        "+38344123456: phone, not marked",
    ] {
        assert!(out.contains(line), "{line:?} missing in:\n{out}");
    }
    assert!(
        stderr(&o).contains("session 3 of ONL-2026-11, 2026-11-24 09:00–12:00"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        marks_of(&db, 3),
        vec![
            "ONL-2026-11,3,ana.cela@kcsf.org,present,,",
            "ONL-2026-11,3,marko.djordjevic@crta.rs,late,09:31,online: also left early at 11:40",
            "ONL-2026-11,3,elif.sahin@tusev.org.tr,present,,",
            "ONL-2026-11,3,Јелена Петровић,absent,,online: 70 of 180 min (39%)",
        ]
    );
    assert_eq!(names(&db).len(), 7, "nobody may be created");
}

#[test]
fn teams_legacy_list_with_european_dates_pairs_joins_and_leaves() {
    let (_dir, db) = event();
    let o = meeting(&db, "teams_legacy_attendance.csv", &[]);
    exits_with(&o, 0);
    // Drita 13:16:20–14:10:00 and 14:12:30–15:00:05: 101 min, first in after 13:10.
    assert!(
        stdout(&o).contains("Drita Berisha: 101 of 120 min (84%) → late 13:16"),
        "{}",
        stdout(&o)
    );
    assert_eq!(
        marks_of(&db, 4),
        vec![
            "ONL-2026-11,4,arta.krasniqi@kcsf.org,present,,",
            "ONL-2026-11,4,ana.cela@kcsf.org,present,,",
            "ONL-2026-11,4,drita.berisha@kdi-kosova.org,late,13:16,",
        ]
    );
}

#[test]
fn meet_attendance_with_times_of_day_takes_the_date_of_the_session_given() {
    let (_dir, db) = event();
    let o = meeting(&db, "meet_attendance.csv", &[]);
    exits_with(&o, 1);
    assert!(stderr(&o).contains("--session N"), "{}", stderr(&o));
    // Its times of day are of a morning: not the afternoon session.
    let o = meeting(&db, "meet_attendance.csv", &["--session", "6"]);
    exits_with(&o, 1);
    assert!(
        stderr(&o).contains(
            "session 6 is 2026-11-25 13:00–15:00, but the report is of 2026-11-25 08:56–12:00"
        ),
        "{}",
        stderr(&o)
    );
    let o = meeting(&db, "meet_attendance.csv", &["--session", "5"]);
    exits_with(&o, 0);
    // Marko's first join and last exit span 9:40–11:55, but Meet counts 1 hr 20 min in the
    // call: the duration wins. Elif's email in capitals is hers.
    assert!(
        stdout(&o).contains("Marko Đorđević: 80 of 180 min (44%) → absent"),
        "{}",
        stdout(&o)
    );
    assert_eq!(
        marks_of(&db, 5),
        vec![
            "ONL-2026-11,5,arta.krasniqi@kcsf.org,present,,",
            "ONL-2026-11,5,ana.cela@kcsf.org,present,,",
            "ONL-2026-11,5,marko.djordjevic@crta.rs,absent,,online: 80 of 180 min (44%)",
            "ONL-2026-11,5,elif.sahin@tusev.org.tr,present,,",
            "ONL-2026-11,5,Besnik Hoxha,absent,,online: 58 of 180 min (32%)",
        ]
    );
}

#[test]
fn meet_attendance_report_finds_its_session_and_skips_the_organiser() {
    let (_dir, db) = event();
    let o = meeting(&db, "meet_attendance_report.csv", &[]);
    exits_with(&o, 0);
    assert!(
        stdout(&o).contains("Arta Krasniqi: host, not marked"),
        "{}",
        stdout(&o)
    );
    // "Çela, Ana" without an email is Ana again; her two rows overlap and count once.
    assert!(
        stdout(&o).contains("Ana Çela: 118 of 120 min (99%) → present"),
        "{}",
        stdout(&o)
    );
    assert_eq!(
        marks_of(&db, 6),
        vec![
            "ONL-2026-11,6,ana.cela@kcsf.org,present,,",
            "ONL-2026-11,6,drita.berisha@kdi-kosova.org,late,13:14,",
        ]
    );
}

#[test]
fn a_report_that_fits_no_session_or_not_the_one_given_is_refused() {
    let (_dir, db) = event();
    let before = change_seq(&db);
    let o = meeting(&db, "teams_attendance.csv", &["--session", "1"]);
    exits_with(&o, 1);
    assert!(
        stderr(&o).contains(
            "session 1 is 2026-11-23 09:00–12:00, but the report is of 2026-11-24 08:50–12:04"
        ),
        "{}",
        stderr(&o)
    );
    let o = meeting(&db, "teams_attendance.csv", &["--session", "9"]);
    exits_with(&o, 1);
    // Another event, on other days.
    let dir = tempfile::tempdir().expect("tempdir");
    let other = dir.path().join("events.csv");
    std::fs::write(
        &other,
        "code,title,kind,start_date,end_date,city,country,project,threshold\n\
         ONL-2026-12,Later,training,2026-12-07,2026-12-07,Prishtinë,XK,,\n",
    )
    .expect("write");
    exits_with(
        &run(&db, &["import", "events", other.to_str().expect("path")]),
        0,
    );
    let seq = change_seq(&db);
    let f = fixture("zoom_participants.csv");
    let o = run(
        &db,
        &[
            "import",
            "meeting",
            &f,
            "--event",
            "ONL-2026-12",
            "--walk-ins",
        ],
    );
    exits_with(&o, 1);
    assert!(
        stderr(&o).contains("no session of ONL-2026-12 falls in the report's time (2026-11-23 08:52–12:06); the sessions: 1 2026-12-07 09:00–17:00"),
        "{}",
        stderr(&o)
    );
    assert_eq!(change_seq(&db), seq);
    assert!(before < seq);
}

#[test]
fn a_file_that_is_no_meeting_report_is_refused_naming_what_was_expected() {
    let (_dir, db) = event();
    let before = change_seq(&db);
    let o = meeting(&db, "not_a_report.csv", &[]);
    exits_with(&o, 1);
    let err = stderr(&o);
    for expected in [
        "Zoom participant report",
        "Microsoft Teams attendance report",
        "Google Meet attendance CSV",
    ] {
        assert!(err.contains(expected), "{err}");
    }
    // A workbook's bytes are not text at all.
    let dir = tempfile::tempdir().expect("tempdir");
    let xlsx = dir.path().join("report.xlsx");
    std::fs::write(
        &xlsx,
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xff\xfe\x80",
    )
    .expect("write");
    let o = run(
        &db,
        &[
            "import",
            "meeting",
            xlsx.to_str().expect("path"),
            "--event",
            EVENT,
        ],
    );
    exits_with(&o, 1);
    assert!(
        stderr(&o).contains("not a meeting report"),
        "{}",
        stderr(&o)
    );
    // The meeting options with another kind would be ignored: refused.
    let o = run(
        &db,
        &[
            "import",
            "participants",
            &fixture("participants.csv"),
            "--walk-ins",
            "--grace",
            "5",
        ],
    );
    exits_with(&o, 1);
    assert!(
        stderr(&o).contains("--grace, --walk-ins belong to import meeting"),
        "{}",
        stderr(&o)
    );
    // Without --event there is nothing to mark.
    let f = fixture("zoom_participants.csv");
    let o = run(&db, &["import", "meeting", &f]);
    exits_with(&o, 1);
    assert!(stderr(&o).contains("--event CODE"), "{}", stderr(&o));
    assert_eq!(change_seq(&db), before);
}

#[test]
fn a_name_two_registered_people_share_is_not_guessed() {
    let (dir, db) = event();
    let more = dir.path().join("more.csv");
    std::fs::write(&more, "name,email,organisation\nBesnik Hoxha,,Mladiinfo\n").expect("write");
    exits_with(
        &run(
            &db,
            &[
                "import",
                "participants",
                more.to_str().expect("path"),
                "--event",
                EVENT,
            ],
        ),
        0,
    );
    let before = change_seq(&db);
    let o = meeting(&db, "zoom_participants.csv", &["--walk-ins"]);
    exits_with(&o, 1);
    assert!(
        stdout(&o).contains(
            "Besnik Hoxha: fits 2 people (Besnik Hoxha (Lëvizja FOL), Besnik Hoxha (Mladiinfo)), not marked"
        ),
        "{}",
        stdout(&o)
    );
    assert!(stderr(&o).contains("nothing was written"), "{}", stderr(&o));
    assert_eq!(change_seq(&db), before);
}
