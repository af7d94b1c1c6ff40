//! The sample data: `prezenca demo` loads it (once), `sample-data/load.sh` loads the same,
//! and the summary of one event agrees with a count done by hand from the CSV files.

use std::path::Path;
use std::process::{Command, Output};

/// A config directory that does not exist: the tests never read the config of whoever runs
/// them (a `lang = "sq"` there would change every message).
const NO_CONFIG: &str = "/nonexistent/prezenca-test-config";

const BIN: &str = env!("CARGO_BIN_EXE_prezenca");

fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .env("XDG_CONFIG_HOME", NO_CONFIG)
        .arg("--db")
        .arg(db)
        .args(args)
        .env("PREZENCA_NOW", "2026-11-25T10:00")
        // English messages, whatever the locale of whoever runs the tests.
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("PREZENCA_DB")
        .env_remove("PREZENCA_SOCKET")
        .output()
        .expect("the binary runs")
}

#[track_caller]
fn status(o: &Output, want: i32) -> String {
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(want), "stderr: {err}");
    err
}

fn export_all(db: &Path, dir: &Path) -> Vec<(String, String)> {
    status(
        &run(
            db,
            &["export", "all", "--out", dir.to_str().expect("utf-8")],
        ),
        0,
    );
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("exported")
        .map(|e| {
            let p = e.expect("entry").path();
            let name = p.file_name().expect("name").to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).expect("read"))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn demo_loads_once_and_refuses_a_database_with_other_events() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("demo.redb");
    let err = status(&run(&db, &["demo"]), 0);
    assert!(err.contains("loaded the sample data"), "{err}");
    assert!(err.contains("7 events"), "{err}");
    // The same data again: nothing to do, and no error.
    let err = status(&run(&db, &["demo"]), 0);
    assert!(err.contains("already loaded"), "{err}");

    let other = dir.path().join("other.redb");
    let events = format!("{}/tests/fixtures/events.csv", env!("CARGO_MANIFEST_DIR"));
    status(&run(&other, &["import", "events", &events]), 0);
    let err = status(&run(&other, &["demo"]), 1);
    assert!(err.contains("already holds 2 events"), "{err}");
    let out = run(&other, &["export", "events"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        3,
        "demo added nothing"
    );
}

#[test]
fn load_sh_gives_the_same_database_as_demo() {
    let dir = tempfile::tempdir().expect("tempdir");
    let by_demo = dir.path().join("demo.redb");
    status(&run(&by_demo, &["demo"]), 0);
    let by_script = dir.path().join("script.redb");
    let script = format!("{}/sample-data/load.sh", env!("CARGO_MANIFEST_DIR"));
    let o = Command::new("sh")
        .arg(&script)
        .arg("--db")
        .arg(&by_script)
        .env("PREZENCA", BIN)
        .env("PREZENCA_NOW", "2026-11-25T10:00")
        // English messages, whatever the locale of whoever runs the tests.
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("sh runs");
    status(&o, 0);
    let a = export_all(&by_demo, &dir.path().join("a"));
    let b = export_all(&by_script, &dir.path().join("b"));
    assert_eq!(a.len(), 7);
    assert_eq!(a, b);
}

/// PR-2026-05-FUND (Tirana, 2 days, 4 sessions, threshold 0.75), counted by hand from the
/// CSV files:
/// - registrations.csv: `grep ^PR-2026-05-FUND, registrations.csv | cut -d, -f3,4 | sort |
///   uniq -c` gives 17 participant/confirmed, 1 participant/cancelled, 1 trainer. The
///   attendance file also marks zana.berisha@outlook.com, who has no registration: a
///   walk-in. Registered = 17 + 1 = 18.
/// - attendance.csv: `grep ^PR-2026-05-FUND, attendance.csv | cut -d, -f2,4 | sort | uniq -c`
///   gives per session (present, late, left_early, excused, absent):
///   1: 12 2 2 0 2 (18 marks); 2: 13 1 1 1 2 (18); 3: 12 0 0 4 1 (17); 4: 12 2 1 1 1 (17).
///   Sessions 3 and 4 have no mark for the walk-in: unmarked 1. Attended = present + late +
///   left_early: 16, 15, 12, 15.
/// - Sessions attended per person (awk over the same lines, counting present/late/
///   left_early by participant): 10 people attended 4, 4 attended 3, 3 attended 2 → 17
///   attended any; the 18th was absent throughout. Eligible needs 3 of 4 (0.75): 14.
/// - Person-days: sessions 1–2 are 12 May, 3–4 are 13 May; distinct (person, day) pairs with
///   an attended session: 32.
/// - Average rate: (10·100 + 4·75 + 3·50 + 0) / 18 = 80.56 → 80.6.
/// - followups.csv for the event: due 2026-05-13 done ×2, 2026-05-28 done ×2 and open ×1,
///   2026-10-15 open, 2026-05-20 cancelled → open 2, done 4; both open ones are overdue on
///   2026-11-25.
#[test]
fn the_summary_of_one_sample_event_matches_a_hand_count() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("demo.redb");
    status(&run(&db, &["demo"]), 0);
    let o = run(&db, &["summary", "PR-2026-05-FUND", "--format", "json"]);
    status(&o, 0);
    let s: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(s["registered"], 18);
    assert_eq!(s["attended_any"], 17);
    assert_eq!(s["certificate_eligible"], 14);
    assert_eq!(s["person_days"], 32);
    assert_eq!(s["average_rate"], 80.6);
    let sessions = s["sessions"].as_array().expect("sessions");
    let figures: Vec<[u64; 7]> = sessions
        .iter()
        .map(|x| {
            [
                "present",
                "late",
                "left_early",
                "excused",
                "absent",
                "unmarked",
                "attended",
            ]
            .map(|k| x[k].as_u64().expect("a count"))
        })
        .collect();
    assert_eq!(
        figures,
        [
            [12, 2, 2, 0, 2, 0, 16],
            [13, 1, 1, 1, 2, 0, 15],
            [12, 0, 0, 4, 1, 1, 12],
            [12, 2, 1, 1, 1, 1, 15],
        ]
    );
    assert_eq!(s["followups"]["open"], 2);
    assert_eq!(s["followups"]["done"], 4);
    assert_eq!(s["followups"]["overdue"], 2);
}
