//! `prezenca summary`, `report` and `close` as a user runs them: real processes on the
//! hand-built fixture, with the clock fixed by `PREZENCA_NOW`.

use crate::summary_support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Output;

use summary_support::{Db, on_disk as fixture};

/// After the event, in English.
const AFTER: &str = "2026-03-05T10:00";

fn run(db: &Db, args: &[&str]) -> Output {
    summary_support::run(db, args, AFTER, &[])
}

fn ok(db: &Db, args: &[&str]) -> String {
    summary_support::ok(db, args, AFTER, &[])
}

fn fails(db: &Db, args: &[&str]) -> String {
    let out = run(db, args);
    assert_eq!(out.status.code(), Some(1), "{args:?} must fail with 1");
    assert!(out.stdout.is_empty(), "no data on failure");
    String::from_utf8(out.stderr).expect("utf-8 message")
}

#[test]
fn summary_in_every_format() {
    let db = fixture();
    for format in ["md", "csv", "json", "html"] {
        let text = ok(&db, &["summary", "PR-2026-03-ADV", "--format", format]);
        insta::assert_snapshot!(format!("summary_{format}"), text);
    }
}

#[test]
fn report_in_every_format() {
    let db = fixture();
    for format in ["md", "csv", "json", "html"] {
        let text = ok(
            &db,
            &[
                "report",
                "--from",
                "2026-01-01",
                "--to",
                "31.12.2026",
                "--project",
                "EU-CS",
                "--format",
                format,
                "--min-cell",
                "2",
            ],
        );
        insta::assert_snapshot!(format!("report_{format}"), text);
    }
}

#[test]
fn out_file_is_private_and_the_same_as_stdout() {
    let db = fixture();
    let shown = ok(&db, &["summary", "PR-2026-03-ADV", "--format", "html"]);
    let out = run(
        &db,
        &[
            "summary",
            "PR-2026-03-ADV",
            "--format",
            "html",
            "--out",
            "PR-2026-03-ADV-summary.html",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let file = db.dir.path().join("PR-2026-03-ADV-summary.html");
    assert_eq!(std::fs::read_to_string(&file).expect("written file"), shown);
    let mode = std::fs::metadata(&file).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn certificates_list_is_mail_merge_csv() {
    let db = fixture();
    let csv = ok(&db, &["summary", "pr-2026-03-adv", "--certificates"]);
    assert_eq!(
        csv,
        "name,email,organisation,sessions_attended\n\
         Ana Çela,ana@zeri.org,Zëri i Gruas,3\n\
         Đorđe Đorđević,djordje@mreza.rs,Mreža Mladih,3\n"
    );
}

#[test]
fn unknown_event_and_bad_dates_fail_with_a_message() {
    let db = fixture();
    let msg = fails(&db, &["summary", "PR-2026-03-AD", "--format", "md"]);
    assert!(msg.contains("closest: PR-2026-03-ADV"), "{msg}");
    let msg = fails(
        &db,
        &["report", "--from", "2026-13-01", "--to", "2026-12-31"],
    );
    assert!(msg.contains("--from \"2026-13-01\" is not a date"), "{msg}");
    let msg = fails(
        &db,
        &["report", "--from", "2026-12-31", "--to", "2026-01-01"],
    );
    assert!(msg.contains("before --from"), "{msg}");
    let msg = fails(&db, &["close", "PR-2026-03-ADV", "--due", "soon"]);
    assert!(msg.contains("--due"), "{msg}");
    let msg = fails(&db, &["summary", "NOPE", "--out", "x.md"]);
    assert!(msg.contains("no event"), "{msg}");
    assert!(!Path::new(&db.dir.path().join("x.md")).exists());
}

#[test]
fn close_shows_the_summary_then_files_follow_ups_once() {
    let db = fixture();
    let out = run(
        &db,
        &[
            "close",
            "PR-2026-03-ADV",
            "--owner",
            "besa",
            "--due",
            "2026-03-20",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let shown = String::from_utf8(out.stdout).expect("utf-8");
    assert!(shown.starts_with("# PR-2026-03-ADV: "), "{shown}");
    let said = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        said.contains(
            "closed PR-2026-03-ADV: 1 certificate, 1 contact and 5 evaluation follow-ups created (change #"
        ),
        "{said}"
    );
    let again = run(&db, &["close", "PR-2026-03-ADV", "--owner", "besa"]);
    assert_eq!(again.status.code(), Some(0));
    let said = String::from_utf8(again.stderr).expect("utf-8");
    assert!(
        said.contains("closed PR-2026-03-ADV: no new follow-ups to create"),
        "{said}"
    );
    // The summary now counts them: 4 + 7 follow-ups, 2 + 7 open.
    let json = ok(&db, &["summary", "PR-2026-03-ADV", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["followups"]["open"], 9);
    assert_eq!(v["event"]["status"], "done");
}

/// The workbook holds the CSV's sections, one sheet each, with counts and rates as numbers
/// and names as written; it is private, and refused on a terminal's stdout.
#[test]
fn summary_and_report_as_a_workbook() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let db = fixture();
    let csv = ok(&db, &["summary", "PR-2026-03-ADV", "--format", "csv"]);
    let out = run(
        &db,
        &[
            "summary",
            "PR-2026-03-ADV",
            "--format",
            "xlsx",
            "--out",
            "summary.xlsx",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let file = db.dir.path().join("summary.xlsx");
    let mode = std::fs::metadata(&file).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let mut wb: Xlsx<_> = open_workbook(&file).expect("a workbook");
    // One sheet per CSV section, in order.
    let sections: Vec<String> = csv
        .split("\n\n")
        .map(|s| s.lines().next().expect("section name").to_string())
        .collect();
    assert_eq!(wb.sheet_names(), sections);
    let figures = wb.worksheet_range("figures").expect("figures sheet");
    let registered = figures
        .rows()
        .find(|r| r[0] == Data::String("registered".into()))
        .expect("registered row");
    assert!(
        matches!(registered[1], Data::Float(n) if n > 0.0),
        "{registered:?}"
    );
    let people = wb
        .worksheet_range("participants")
        .expect("participants sheet");
    assert!(
        people
            .rows()
            .any(|r| r[0] == Data::String("Ana Çela".into())),
        "names as written"
    );
    // Without --out: a message, nothing on stdout.
    let err = fails(&db, &["summary", "PR-2026-03-ADV", "--format", "xlsx"]);
    assert!(err.contains("--out"), "{err}");
    let out = run(
        &db,
        &[
            "report",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--format",
            "xlsx",
            "--out",
            "report.xlsx",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let mut wb: Xlsx<_> = open_workbook(db.dir.path().join("report.xlsx")).expect("a workbook");
    for sheet in [
        "figures",
        "indicators",
        "by_disability",
        "by_age_band",
        "by_mode",
        "organisations_by_kind",
    ] {
        assert!(
            wb.sheet_names().contains(&sheet.to_string()),
            "{sheet}: {:?}",
            wb.sheet_names()
        );
    }
    assert!(!wb.sheet_names().contains(&"notes".to_string()));
    // The logframe's figures are numbers a programme officer copies without a formula.
    let indicators = wb.worksheet_range("indicators").expect("indicators");
    let value = |name: &str| {
        indicators
            .rows()
            .find(|r| {
                r[0] == Data::String(name.into())
                    && (r[1] == Data::Empty || r[1] == Data::String(String::new()))
            })
            .map(|r| r[2].clone())
    };
    assert_eq!(value("people_trained"), Some(Data::Float(6.0)));
    assert_eq!(
        value("people_trained_with_disability"),
        Some(Data::Float(2.0))
    );
    assert_eq!(value("person_hours"), Some(Data::Float(115.5)));
    assert_eq!(value("completed"), Some(Data::Float(4.0)));

    // EU naming: Kosovo* and the footnote on a sheet of its own.
    let cfg = db.dir.path().join("cfg");
    std::fs::create_dir_all(cfg.join("prezenca")).expect("dir");
    let file = cfg.join("prezenca/config.toml");
    std::fs::write(&file, "country_names = \"eu\"\n").expect("config");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("mode");
    let out = summary_support::run(
        &db,
        &[
            "report",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--format",
            "xlsx",
            "--out",
            "eu.xlsx",
        ],
        AFTER,
        &[("XDG_CONFIG_HOME", cfg.to_str().expect("utf-8 path"))],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let mut wb: Xlsx<_> = open_workbook(db.dir.path().join("eu.xlsx")).expect("a workbook");
    let notes = wb.worksheet_range("notes").expect("notes sheet");
    assert!(
        notes
            .rows()
            .any(|r| matches!(&r[0], Data::String(t) if t.contains("UNSCR 1244/1999"))),
        "the EU footnote"
    );
    let countries = wb.worksheet_range("by_country").expect("by_country");
    assert!(
        countries
            .rows()
            .any(|r| r[0] == Data::String("Kosovo*".into()))
    );
}

#[test]
fn certificates_are_one_a4_page_each_with_numbers_that_stay() {
    let db = fixture();
    let out = db.dir.path().join("certs.html");
    let path = out.to_string_lossy().to_string();
    let args = ["certificates", "PR-2026-03-ADV", "--out", path.as_str()];
    let o = run(&db, &args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("2 certificates, 2 newly numbered"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let first = std::fs::read_to_string(&out).expect("written");
    let mode = std::fs::metadata(&out).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    // One page per eligible participant (P1 Ana, P2 Đorđe), each breaking after itself.
    assert!(first.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(first.contains("@page { size: A4; margin: 0; }"));
    assert!(first.contains("break-after: page; page-break-after: always;"));
    let pages: Vec<&str> = first
        .split("<section class=\"certificate\">")
        .skip(1)
        .collect();
    assert_eq!(pages.len(), 2);
    assert!(pages[0].contains("<p class=\"name\">Ana Çela</p>"));
    assert!(pages[0].contains("Certificate no. PR-2026-03-ADV-001"));
    assert!(pages[1].contains("<p class=\"name\">Đorđe Đorđević</p>"));
    assert!(pages[1].contains("Certificate no. PR-2026-03-ADV-002"));
    for p in &pages {
        assert!(p.contains("<p class=\"event\">Advocacy &amp; &lt;policy&gt; basics</p>"));
        assert!(p.contains("2026-03-02 to 2026-03-04<br>Hotel Sirius, Prishtina, Kosovo"));
        assert!(p.contains("24.0 hours in 3 sessions"));
        assert_eq!(p.matches("class=\"signature\"").count(), 2);
    }
    assert!(
        !first.contains("<script") && !first.contains("http"),
        "self-contained"
    );
    assert!(
        !first.contains("class=\"organiser\""),
        "no organiser line configured"
    );

    // Printing again gives the same document, byte for byte, and records nothing new.
    let o = run(&db, &args);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stderr).contains("0 newly numbered"));
    assert_eq!(std::fs::read_to_string(&out).expect("again"), first);

    // Blerim comes to S2 after all: he gets number 3, the others keep theirs.
    ok(
        &db,
        &["mark", "PR-2026-03-ADV", "2", "blerim@zeri.org", "present"],
    );
    ok(&db, &args);
    let later = std::fs::read_to_string(&out).expect("later");
    let pages: Vec<&str> = later
        .split("<section class=\"certificate\">")
        .skip(1)
        .collect();
    assert_eq!(pages.len(), 3);
    assert!(pages[0].contains("Ana Çela") && pages[0].contains("PR-2026-03-ADV-001"));
    assert!(pages[1].contains("Đorđe Đorđević") && pages[1].contains("PR-2026-03-ADV-002"));
    assert!(pages[2].contains("Blerim Krasniqi") && pages[2].contains("PR-2026-03-ADV-003"));

    // In Albanian, with the organiser line of the config file, to stdout.
    let cfg = db.dir.path().join("cfg");
    std::fs::create_dir_all(cfg.join("prezenca")).expect("dir");
    let file = cfg.join("prezenca/config.toml");
    std::fs::write(&file, "organisation = \"Qendra për Shoqërinë Civile\"\n").expect("config");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("mode");
    let sq = summary_support::ok(
        &db,
        &["certificates", "PR-2026-03-ADV", "--lang", "sq"],
        AFTER,
        &[("XDG_CONFIG_HOME", cfg.to_str().expect("utf-8 path"))],
    );
    assert!(sq.starts_with("<!DOCTYPE html>\n<html lang=\"sq\">"));
    assert!(sq.contains("Certifikatë pjesëmarrjeje"));
    assert!(sq.contains("Certifikata nr. PR-2026-03-ADV-003"));
    assert!(sq.contains("24,0 orë në 3 seanca"));
    assert_eq!(
        sq.matches("<p class=\"organiser\">Qendra për Shoqërinë Civile</p>")
            .count(),
        3
    );

    // Each event numbers its own: B's eligible (P1, P3, P7 at half of two sessions).
    let b = ok(&db, &["certificates", "PR-2026-04-NET"]);
    assert!(b.contains("PR-2026-04-NET-003") && !b.contains("PR-2026-04-NET-004"));
    // An unknown code is refused and names the closest.
    assert!(fails(&db, &["certificates", "PR-2026-03-AD"]).contains("PR-2026-03-ADV"));
}
