//! `prezenca import` and `export` run as a user runs them: the built binary on the files in
//! `tests/fixtures/`, checking exit status, messages, and what the database holds after.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use prezenca::backend::local::LocalBackend;
use prezenca::core::Queries;

/// A config directory that does not exist: the tests never read the config of whoever runs
/// them (a `lang = "sq"` there would change every message).
const NO_CONFIG: &str = "/nonexistent/prezenca-test-config";

const BIN: &str = env!("CARGO_BIN_EXE_prezenca");

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .env("XDG_CONFIG_HOME", NO_CONFIG)
        .arg("--db")
        .arg(db)
        .args(args)
        .env("PREZENCA_NOW", "2026-03-02T09:30")
        // English messages, whatever the locale of whoever runs the tests.
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("PREZENCA_DB")
        .env_remove("PREZENCA_SOCKET")
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[track_caller]
fn exits_with(o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        stdout(o),
        stderr(o)
    );
}

#[track_caller]
fn ok(o: &Output) {
    exits_with(o, 0);
}

#[track_caller]
fn fails(o: &Output) {
    exits_with(o, 1);
}

/// A temp dir and the path of a database not made yet in it.
fn empty() -> (tempfile::TempDir, PathBuf) {
    prezenca::core::clock::fix(Some(time::macros::datetime!(2026-03-02 09:30)));
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    (dir, db)
}

/// `prezenca import KIND FILE`, which must fail with exit status 1; its message.
#[track_caller]
fn import_fails(db: &Path, kind: &str, file: &str) -> String {
    let o = run(db, &["import", kind, file]);
    fails(&o);
    stderr(&o)
}

/// The change counter of the database: it moves with every committed change.
fn change_seq(db: &Path) -> u64 {
    LocalBackend::open(db)
        .expect("open")
        .change_seq()
        .expect("seq")
}

fn export(db: &Path, kind: &str) -> String {
    let o = run(db, &["export", kind]);
    ok(&o);
    stdout(&o)
}

const GOOD: [(&str, &str); 6] = [
    ("events", "events.csv"),
    ("sessions", "sessions.csv"),
    ("participants", "participants_bom_semicolon_crlf.csv"),
    ("registrations", "registrations.csv"),
    ("attendance", "attendance_quoted_newlines.csv"),
    ("followups", "followups.csv"),
];

/// A database holding every good fixture.
fn loaded() -> (tempfile::TempDir, PathBuf) {
    let (dir, db) = empty();
    for (kind, file) in GOOD {
        ok(&run(&db, &["import", kind, &fixture(file)]));
    }
    (dir, db)
}

#[test]
fn bom_semicolons_crlf_and_header_case_are_read() {
    let (_dir, db) = loaded();
    let people = export(&db, "participants");
    assert_eq!(
        people,
        "name,email,phone,gender,organisation,position,city,country,birth_year,disability\n\
         Ana Çela,ana.cela@example.org,'+383 44 111 222,female,\"Lëvizja \"\"Zëri\"\"\",Coordinator,Prishtina,Kosovo,,undisclosed\n\
         Đorđe Đorđević,djordje@example.rs,,male,Udruženje; Zeleni krug,Volunteer,Novi Sad,Serbia,,undisclosed\n\
         Петар Петровић,,,undisclosed,Удружење Мост,,Београд,Србија,,undisclosed\n\
         Ayşe Şahin,ayse@example.org.tr,,female,Sivil Düşün Derneği,Project Coordinator,Ankara,Türkiye,,undisclosed\n\
         Elif Yılmaz,,,undisclosed,,,Ankara,Türkiye,,undisclosed\n"
    );
    // Names given without their email match by folded name (Yilmaz = Yılmaz); a mark for
    // someone not registered (Ayşe) registers them.
    assert_eq!(
        export(&db, "registrations"),
        "event,participant,role,status\n\
         PR-2026-03-ADV,ana.cela@example.org,participant,registered\n\
         PR-2026-03-ADV,djordje@example.rs,trainer,registered\n\
         PR-2026-03-ADV,Петар Петровић,participant,confirmed\n\
         PR-2026-03-ADV,ayse@example.org.tr,participant,registered\n\
         PR-2026-03-ADV,Elif Yılmaz,participant,cancelled\n"
    );
}

#[test]
fn quoted_newlines_and_case_blind_statuses_in_attendance() {
    let (_dir, db) = loaded();
    assert_eq!(
        export(&db, "attendance"),
        "event,session,participant,status,arrived_at,reason\n\
         PR-2026-03-ADV,1,ana.cela@example.org,present,,\n\
         PR-2026-03-ADV,1,Петар Петровић,late,09:25,\n\
         PR-2026-03-ADV,1,ayse@example.org.tr,excused,,\"Flight cancelled;\nback on Tuesday\"\n\
         PR-2026-03-ADV,2,ana.cela@example.org,left_early,,Bus home\n\
         PR-2026-03-ADV,2,Петар Петровић,absent,,\n\
         PR-2026-03-ADV,3,ana.cela@example.org,present,,\n"
    );
}

#[test]
fn a_sessions_file_replaces_the_generated_default_sessions() {
    let (_dir, db) = loaded();
    // ADV's two generated days (09:00–17:00) became the three sessions of the file: the
    // 09:00 one of day 1 was updated in place, day 2's default was removed. NET kept its
    // default because the file has no session for it.
    assert_eq!(
        export(&db, "sessions"),
        "event,date,start,end,title\n\
         PR-2026-03-ADV,2026-03-02,09:00,12:30,Day 1 morning\n\
         PR-2026-03-ADV,2026-03-02,13:30,17:00,Day 1 afternoon\n\
         PR-2026-03-ADV,2026-03-03,09:30,13:00,Day 2 morning\n\
         PR-2026-04-NET,2026-04-10,09:00,17:00,Day 1\n"
    );
    assert_eq!(
        export(&db, "events"),
        "code,title,kind,start_date,end_date,city,country,project,threshold,mode\n\
         PR-2026-03-ADV,Advocacy basics,training,2026-03-02,2026-03-03,Prishtina,Kosovo,CSRC-EU-2026,0.8,in_person\n\
         PR-2026-04-NET,\"Networking day: Tirana, Durrës\",networking,2026-04-10,2026-04-10,Tirana,Albania,CSRC-EU-2026,0.6,in_person\n"
    );
}

#[test]
fn importing_the_same_files_again_changes_nothing() {
    let (_dir, db) = loaded();
    let before = change_seq(&db);
    assert!(before > 0);
    for (kind, file) in GOOD {
        let o = run(&db, &["import", kind, &fixture(file)]);
        ok(&o);
        assert!(
            stderr(&o).contains(": 0 created, 0 updated,"),
            "{kind}: {}",
            stderr(&o)
        );
    }
    assert_eq!(change_seq(&db), before, "a re-import wrote an audit entry");
}

#[test]
fn an_export_imports_again_into_a_fresh_database_unchanged() {
    let (dir, db) = loaded();
    let out = dir.path().join("all");
    ok(&run(
        &db,
        &["export", "all", "--out", out.to_str().expect("utf-8")],
    ));
    let fresh = dir.path().join("fresh.redb");
    for kind in [
        "events",
        "sessions",
        "participants",
        "registrations",
        "attendance",
        "followups",
    ] {
        let file = out.join(format!("{kind}.csv"));
        ok(&run(
            &fresh,
            &["import", kind, file.to_str().expect("utf-8")],
        ));
    }
    for kind in [
        "events",
        "sessions",
        "participants",
        "registrations",
        "attendance",
        "followups",
        "organisations",
    ] {
        assert_eq!(export(&fresh, kind), export(&db, kind), "{kind}");
    }
}

#[test]
fn dry_run_lists_the_changes_and_writes_nothing() {
    let (_dir, db) = empty();
    let o = run(
        &db,
        &["import", "events", &fixture("events.csv"), "--dry-run"],
    );
    ok(&o);
    assert_eq!(
        stdout(&o),
        "line 2: create event PR-2026-03-ADV (Advocacy basics)\n\
         line 3: create event PR-2026-04-NET (Networking day: Tirana, Durrës)\n"
    );
    assert!(stderr(&o).contains("2 to create"), "{}", stderr(&o));
    assert!(stderr(&o).contains("nothing was written"), "{}", stderr(&o));
    assert_eq!(change_seq(&db), 0);
    assert_eq!(
        export(&db, "events"),
        "code,title,kind,start_date,end_date,city,country,project,threshold,mode\n"
    );
}

#[test]
fn broken_participant_rows_are_all_reported_by_line_and_nothing_is_written() {
    let (_dir, db) = empty();
    let file = fixture("participants_broken.csv");
    let err = import_fails(&db, "participants", &file);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            format!("{file}:3: column email: \"not-an-email\" is not an email address"),
            format!("{file}:4: column name: must not be empty"),
            format!(
                "{file}:5: column gender: unknown gender \"maybe\"; use one of female, male, other, undisclosed"
            ),
            format!("{file}:6: column email: duplicate email ana@example.org: also on line 2"),
            // Line 7's name holds a line break typed in the cell: it reads as a space.
            format!(
                "{file}:9: column name: contains a control character (U+001B) or escape sequence"
            ),
            format!("5 rows of {file} rejected; nothing was imported"),
        ]
    );
    assert_eq!(change_seq(&db), 0);
    assert_eq!(
        export(&db, "participants").lines().count(),
        1,
        "only the header"
    );
    assert_eq!(export(&db, "organisations").lines().count(), 1);
}

#[test]
fn broken_attendance_rows_leave_the_earlier_marks_as_they_were() {
    let (_dir, db) = loaded();
    let before = change_seq(&db);
    let marks = export(&db, "attendance");
    let file = fixture("attendance_broken.csv");
    let err = import_fails(&db, "attendance", &file);
    for (line, column) in [
        (3, "arrived_at"),
        (4, "status"),
        (5, "event"),
        (6, "session"),
        (7, "participant"),
    ] {
        assert!(
            err.contains(&format!("{file}:{line}: column {column}: ")),
            "line {line}: {err}"
        );
    }
    assert!(!err.contains(&format!("{file}:2:")), "{err}");
    assert!(err.contains("5 rows"), "{err}");
    // Line 2 alone was good (Ana absent at session 3) but is not applied either.
    assert_eq!(export(&db, "attendance"), marks);
    assert_eq!(change_seq(&db), before);
}

#[test]
fn broken_event_rows_name_the_column_and_the_reason() {
    let (_dir, db) = empty();
    let file = fixture("events_broken.csv");
    let err = import_fails(&db, "events", &file);
    for want in [
        format!("{file}:2: column start_date: \"2026-02-30\" is not a date"),
        format!("{file}:3: column kind: unknown kind \"party\"; use one of training,"),
        format!("{file}:4: column title: must not be empty"),
        format!("{file}:5: column end_date: 2026-03-01 is before the start date 2026-03-05"),
        format!("{file}:6: column threshold: \"150%\" is not a threshold"),
    ] {
        assert!(err.contains(&want), "missing {want:?} in {err}");
    }
    assert!(!err.contains(&format!("{file}:7:")), "{err}");
    assert_eq!(change_seq(&db), 0);
}

#[test]
fn a_file_that_is_not_utf8_or_has_wrong_columns_is_refused_clearly() {
    let (_dir, db) = empty();
    let o = run(&db, &["import", "participants", &fixture("latin1.csv")]);
    fails(&o);
    assert!(
        stderr(&o).contains("latin1.csv: line 3 is not UTF-8 text"),
        "{}",
        stderr(&o)
    );
    let err = import_fails(&db, "participants", &fixture("bad_header.csv"));
    assert!(err.contains("missing column name"), "{err}");
    assert!(err.contains("unknown column nome"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    // Neither file opened the database.
    assert!(!db.exists());
}

#[test]
fn participants_with_event_are_registered_there_as_imported() {
    let (_dir, db) = empty();
    ok(&run(&db, &["import", "events", &fixture("events.csv")]));
    let o = run(
        &db,
        &[
            "import",
            "participants",
            &fixture("participants_bom_semicolon_crlf.csv"),
            "--event",
            "pr-2026-04-net",
        ],
    );
    ok(&o);
    let regs = export(&db, "registrations");
    assert_eq!(regs.lines().count(), 6, "{regs}");
    assert!(regs.contains("PR-2026-04-NET,Elif Yılmaz,participant,registered"));
    let o = run(
        &db,
        &[
            "import",
            "participants",
            &fixture("participants_bom_semicolon_crlf.csv"),
            "--event",
            "NOPE",
        ],
    );
    fails(&o);
    assert!(stderr(&o).contains("no event with code \"NOPE\""));
}

#[test]
fn exports_are_private_files_and_json_has_the_import_fields() {
    let (dir, db) = loaded();
    let one = dir.path().join("people.json");
    ok(&run(
        &db,
        &[
            "export",
            "participants",
            "--format",
            "json",
            "--out",
            one.to_str().expect("utf-8"),
        ],
    ));
    let mode = std::fs::metadata(&one)
        .expect("written")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&one).expect("read")).expect("json");
    let rows = v.as_array().expect("an array");
    assert_eq!(rows.len(), 5);
    let keys: Vec<&str> = rows[0]
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut want = vec![
        "name",
        "email",
        "phone",
        "gender",
        "organisation",
        "position",
        "city",
        "country",
        "birth_year",
        "disability",
    ];
    let mut got = keys.clone();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want);
    assert_eq!(rows[0]["organisation"], "Lëvizja \"Zëri\"");

    let all = dir.path().join("all");
    ok(&run(
        &db,
        &["export", "all", "--out", all.to_str().expect("utf-8")],
    ));
    for kind in [
        "events",
        "sessions",
        "organisations",
        "participants",
        "registrations",
        "attendance",
        "followups",
    ] {
        let f = all.join(format!("{kind}.csv"));
        let mode = std::fs::metadata(&f).expect(kind).permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{kind}");
    }
    let o = run(&db, &["export", "all", "--format", "csv"]);
    fails(&o);
    assert!(stderr(&o).contains("--out DIR"), "{}", stderr(&o));
}

#[test]
fn a_second_process_on_an_open_database_gets_a_clear_message() {
    let (_dir, db) = empty();
    let held = LocalBackend::open(&db).expect("open in this process");
    let err = import_fails(&db, "events", &fixture("events.csv"));
    assert!(err.contains("is open in another prezenca process"), "{err}");
    assert!(err.contains("prezenca serve"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    drop(held);
    assert_eq!(change_seq(&db), 0, "the busy import wrote nothing");
}

/// A survey tool's export as it comes (Google Forms: a timestamp, "Email Address", first and
/// last name apart, a free question): understood, the extra columns ignored and said so.
#[test]
fn a_survey_tools_export_imports_as_it_comes() {
    let (_dir, db) = empty();
    let file = fixture("google_forms_export.csv");
    let o = run(&db, &["import", "participants", &file, "--dry-run"]);
    ok(&o);
    let err = stderr(&o);
    assert!(
        err.contains("stamps the rows, no one's data: Timestamp")
            && err.contains("ignored a column prezenca does not use: How did you hear"),
        "{err}"
    );
    assert!(err.contains("first and last name joined"), "{err}");
    assert!(err.contains("3 to create"), "{err}");
    ok(&run(&db, &["import", "participants", &file]));
    let mut b = LocalBackend::open(&db).expect("open");
    let people = b.participants().expect("participants");
    let find = |name: &str| {
        people
            .iter()
            .find(|(_, p)| p.name == name)
            .map(|(_, p)| p.clone())
            .unwrap_or_else(|| panic!("{name} not imported: {people:?}"))
    };
    let elif = find("Elif Şahin");
    assert_eq!(elif.email, "elif.sahin@example.org");
    assert_eq!(elif.country, "Turkey");
    assert_eq!(elif.gender, prezenca::domain::Gender::Female);
    assert_eq!(elif.phone, "+90 532 000 00 00");
    assert_eq!(
        find("Dejan Đorđević").gender,
        prezenca::domain::Gender::Male
    );
    find("Милица Петровић");
}

/// A file saved by an older spreadsheet in the region's Windows encoding: refused with the
/// encoding it looks like (never stored garbled), then read when that encoding is named.
#[test]
fn a_windows_1250_file_is_refused_with_a_guess_then_read_with_encoding() {
    let (_dir, db) = empty();
    let file = fixture("participants_windows1250.csv");
    let o = run(&db, &["import", "participants", &file]);
    exits_with(&o, 1);
    let err = stderr(&o);
    assert!(err.contains("line 2 is not UTF-8 text"), "{err}");
    assert!(err.contains("--encoding windows-125"), "{err}");
    assert!(!db.exists(), "a refused file never opens the database");
    let o = run(
        &db,
        &[
            "import",
            "participants",
            &file,
            "--encoding",
            "windows-1250",
        ],
    );
    ok(&o);
    assert!(
        stderr(&o).contains("read as windows-1250"),
        "{}",
        stderr(&o)
    );
    let mut b = LocalBackend::open(&db).expect("open");
    let names: Vec<String> = b
        .participants()
        .expect("participants")
        .into_iter()
        .map(|(_, p)| p.name)
        .collect();
    for want in ["Bojana Šćepanović", "Čedomir Žižić", "Besnik Çela"] {
        assert!(names.iter().any(|n| n == want), "{want} in {names:?}");
    }
}
