//! Real exports through the real binary: each file in `tests/fixtures/import/` (made the way
//! its tool writes it, see `make.py` there) is imported as a trainer would, and what the
//! database holds afterwards is checked field by field — not only the exit status.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::cli_support;
use cli_support::*;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn source(name: &str) -> String {
    fixture(&format!("import/{name}"))
}

fn run(db: &Path, args: &[&str]) -> Output {
    run_at(db, "2026-03-02T09:30", args)
}

#[track_caller]
fn status(o: &Output, code: i32) {
    exits_with(o, code);
}

fn empty() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    (dir, db)
}

/// `prezenca export KIND` as rows of (column → value).
fn export(db: &Path, kind: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let o = run(db, &["export", kind]);
    status(&o, 0);
    let mut r = csv::Reader::from_reader(o.stdout.as_slice());
    let header: Vec<String> = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    r.records()
        .map(|rec| {
            let rec = rec.expect("record");
            header
                .iter()
                .cloned()
                // The export guards formula-looking text (`+383…`) with a `'`.
                .zip(
                    rec.iter()
                        .map(|v| prezenca::io::export::unguard(v).to_string()),
                )
                .collect()
        })
        .collect()
}

/// The stored participant named `name`: its exported fields.
#[track_caller]
fn person(db: &Path, name: &str) -> std::collections::BTreeMap<String, String> {
    let all = export(db, "participants");
    all.iter()
        .find(|p| p["name"] == name)
        .cloned()
        .unwrap_or_else(|| panic!("no {name:?} in {all:#?}"))
}

#[track_caller]
fn imports(db: &Path, kind: &str, file: &str, extra: &[&str]) -> String {
    let mut args = vec!["import", kind, file];
    args.extend_from_slice(extra);
    let o = run(db, &args);
    status(&o, 0);
    stderr(&o)
}

#[test]
fn google_forms_in_albanian_with_bilingual_questions() {
    let (_d, db) = empty();
    let err = imports(&db, "participants", &source("google_forms_sq.csv"), &[]);
    assert!(err.contains("Vula kohore"), "{err}");
    assert!(err.contains("Çfarë prisni nga trajnimi?"), "{err}");
    let ana = person(&db, "Ana Çela");
    // Non-breaking and doubled spaces collapse; the email is lower-cased.
    assert_eq!(ana["email"], "ana.cela@kwn.org");
    assert_eq!(ana["gender"], "female");
    assert_eq!(ana["organisation"], "Kosovo Women's Network");
    assert_eq!(ana["position"], "Koordinatore");
    assert_eq!(ana["phone"], "+383 44 111 222");
    assert_eq!(ana["country"], "Kosovë");
    let ib = person(&db, "İbrahim Yılmaz");
    // Turkish capital İ lowers to a plain i, not i with a combining dot.
    assert_eq!(ib["email"], "ibrahim.yilmaz@ornek.org.tr");
    assert_eq!(ib["gender"], "male");
    // Alt+Enter inside the organisation cell is a space.
    assert_eq!(ib["organisation"], "Toplum Gönüllüleri Vakfı");
    let dj = person(&db, "Ђорђе Петровић");
    assert_eq!(dj["gender"], "male", "the BCMS M");
    assert_eq!(dj["position"], "", "a placeholder `-` is no position");
    // Importing the same file again changes nothing.
    let err = imports(&db, "participants", &source("google_forms_sq.csv"), &[]);
    assert!(err.contains("0 created, 0 updated, 3 unchanged"), "{err}");
}

#[test]
fn kobo_toolbox_with_group_paths_and_its_own_columns() {
    let (_d, db) = empty();
    let err = imports(&db, "participants", &source("kobo_groups.csv"), &[]);
    assert!(err.contains("_uuid") && err.contains("deviceid"), "{err}");
    let m = person(&db, "Marija Stojanovska");
    assert_eq!(m["email"], "marija@mladi.mk");
    assert_eq!(m["gender"], "female");
    assert_eq!(m["phone"], "+389 70 123 456");
    assert_eq!(m["organisation"], "Младински образовен форум");
    assert_eq!(m["position"], "Програмски менаџер");
    assert_eq!(m["country"], "Северна Македонија");
    assert_eq!(person(&db, "Arben Hoxha")["gender"], "male");
}

#[test]
fn limesurvey_in_bosnian_with_a_bom() {
    let (_d, db) = empty();
    imports(&db, "participants", &source("limesurvey_bs.csv"), &[]);
    let a = person(&db, "Amra Hadžić");
    assert_eq!(
        (a["email"].as_str(), a["gender"].as_str()),
        ("amra.hadzic@example.ba", "female")
    );
    assert_eq!(a["organisation"], "Fondacija CURE");
    assert_eq!(a["position"], "Koordinatorica");
    assert_eq!(a["city"], "Sarajevo");
    let e = person(&db, "Emir Kovačević");
    assert_eq!(e["email"], "emir.kovacevic@example.ba");
    assert_eq!(e["gender"], "male");
}

#[test]
fn eventbrite_and_pretix_attendee_lists() {
    let (_d, db) = empty();
    imports(
        &db,
        "participants",
        &source("eventbrite_attendees.csv"),
        &[],
    );
    let elif = person(&db, "Elif Şahin");
    assert_eq!(elif["organisation"], "Sivil Toplum Geliştirme Merkezi");
    assert_eq!(elif["position"], "Program Officer");
    assert_eq!(elif["phone"], "+90 312 000 00 00");
    imports(&db, "participants", &source("pretix_attendees.csv"), &[]);
    // Each attendee's own email; the order's email only where the attendee gave none.
    assert_eq!(person(&db, "Besa Gashi")["email"], "besa.gashi@kcsf.org");
    assert_eq!(person(&db, "Driton Krasniqi")["email"], "office@kcsf.org");
    assert_eq!(person(&db, "Besa Gashi")["organisation"], "KCSF");
    assert_eq!(person(&db, "Besa Gashi")["country"], "XK");
}

#[test]
fn microsoft_forms_workbook_with_respondent_columns() {
    let (_d, db) = empty();
    let err = imports(&db, "participants", &source("ms_forms.xlsx"), &[]);
    assert!(err.contains("read the sheet Sheet1"), "{err}");
    let v = person(&db, "Vjosa Rexhepi");
    // The form's "Email address", not the respondent's "anonymous".
    assert_eq!(v["email"], "vjosa@example.org");
    // A long number in a number cell keeps its digits.
    assert_eq!(v["phone"], "38344555666");
    assert_eq!(person(&db, "Nikola Jovanović")["gender"], "male");
    assert_eq!(export(&db, "participants").len(), 2);
}

#[test]
fn hand_kept_workbooks_from_excel_and_libreoffice() {
    for file in ["hand_kept.xlsx", "hand_kept.ods"] {
        let (_d, db) = empty();
        let err = imports(&db, "participants", &source(file), &[]);
        assert!(err.contains("skipped the title line"), "{file}: {err}");
        assert!(err.contains("Pjesëmarrësit"), "{file}: {err}");
        let b = person(&db, "Blerta Zeqiri");
        assert_eq!(b["phone"], "38349123456", "{file}");
        assert_eq!(b["gender"], "female", "{file}");
        assert_eq!(b["organisation"], "Iniciativa e Re", "{file}");
        // Another sheet by name: it has no participants' columns.
        let o = run(
            &db,
            &[
                "import",
                "participants",
                &source(file),
                "--sheet",
                "Shënime",
            ],
        );
        status(&o, 1);
        assert!(stderr(&o).contains("missing column name"), "{}", stderr(&o));
        let o = run(
            &db,
            &["import", "participants", &source(file), "--sheet", "Nope"],
        );
        status(&o, 1);
        assert!(
            stderr(&o).contains("Pjesëmarrësit, Shënime"),
            "{}",
            stderr(&o)
        );
    }
}

#[test]
fn a_workbook_named_csv_is_read_as_a_workbook() {
    let (d, db) = empty();
    let disguised = d.path().join("participants.csv");
    std::fs::copy(source("ms_forms.xlsx"), &disguised).expect("copy");
    imports(&db, "participants", disguised.to_str().expect("path"), &[]);
    assert_eq!(person(&db, "Vjosa Rexhepi")["email"], "vjosa@example.org");
}

#[test]
fn a_hand_kept_excel_csv_with_broken_cells_is_refused_then_imported_in_part() {
    let (d, db) = empty();
    let file = source("excel_sr_1250.csv");
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
    status(&o, 1);
    let err = stderr(&o);
    assert!(err.contains(":4: column phone: 3,81E+11"), "{err}");
    assert!(err.contains(":6: column organisation: #N/A"), "{err}");
    assert!(err.contains("skipped the title line"), "{err}");
    assert!(err.contains("skipped the totals row on line 7"), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    assert!(export(&db, "participants").is_empty(), "all or nothing");
    let rejects = d.path().join("rejects.csv");
    let o = run(
        &db,
        &[
            "import",
            "participants",
            &file,
            "--encoding",
            "windows-1250",
            "--partial",
            "--rejects",
            rejects.to_str().expect("path"),
        ],
    );
    status(&o, 1);
    assert!(
        stderr(&o).contains("2 rows of") && stderr(&o).contains("the other rows were imported"),
        "{}",
        stderr(&o)
    );
    let people = export(&db, "participants");
    assert_eq!(people.len(), 1, "{people:?}");
    assert_eq!(people[0]["name"], "Miloš Šćekić");
    assert_eq!(people[0]["gender"], "male");
    // The rejects file: the original columns, the line and the reason, ready to fix.
    let mut r = csv::Reader::from_path(&rejects).expect("rejects");
    let header: Vec<String> = r.headers().expect("h").iter().map(str::to_string).collect();
    assert_eq!(
        header,
        [
            "Ime i prezime",
            "E-mail adresa",
            "Telefon",
            "Organizacija",
            "Pol",
            "line",
            "reason"
        ]
    );
    let rows: Vec<Vec<String>> = r
        .records()
        .map(|x| x.expect("row").iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][0], "Jelena Đorđević");
    assert_eq!(rows[0][5], "4");
    assert!(rows[0][6].contains("3,81E+11"), "{rows:?}");
    assert_eq!(rows[1][5], "6");
    // Fixed in the rejects file and imported again: the line and reason columns are read as
    // bookkeeping.
    let fixed = std::fs::read_to_string(&rejects)
        .expect("read")
        .replace("\"3,81E+11\"", "+381 63 444 555")
        .replace("#N/A", "CRTA");
    std::fs::write(&rejects, fixed).expect("write");
    imports(&db, "participants", rejects.to_str().expect("path"), &[]);
    assert_eq!(person(&db, "Jelena Đorđević")["phone"], "+381 63 444 555");
    assert_eq!(person(&db, "Dragana Lukić")["organisation"], "CRTA");
}

#[test]
fn excels_sep_line_and_split_names() {
    let (_d, db) = empty();
    let err = imports(&db, "participants", &source("excel_sep_line.csv"), &[]);
    assert!(err.contains("sep=;"), "{err}");
    let t = person(&db, "Teuta Krasniqi");
    assert_eq!(
        (t["email"].as_str(), t["gender"].as_str()),
        ("teuta@example.org", "female")
    );
    assert_eq!(person(&db, "Agon Morina")["organisation"], "Rrjeti i Grave");
}

#[test]
fn a_typed_up_paper_grid_marks_each_day() {
    let (_d, db) = empty();
    imports(&db, "events", &fixture("events.csv"), &[]);
    imports(&db, "participants", &source("google_forms_sq.csv"), &[]);
    let err = imports(
        &db,
        "attendance",
        &source("paper_grid_sq.csv"),
        &["--event", "PR-2026-03-ADV"],
    );
    assert!(err.contains("attendance grid"), "{err}");
    let marks: Vec<(String, String, String)> = export(&db, "attendance")
        .into_iter()
        .map(|m| {
            (
                m["session"].clone(),
                m["participant"].clone(),
                m["status"].clone(),
            )
        })
        .collect();
    let has = |s: &str, p: &str, st: &str| {
        assert!(
            marks.contains(&(s.into(), p.into(), st.into())),
            "{s} {p} {st} in {marks:?}"
        )
    };
    has("1", "ana.cela@kwn.org", "present");
    has("2", "ana.cela@kwn.org", "present"); // "po"
    has("1", "djordje@zelenikrug.rs", "late"); // "me vonesë", found by the Cyrillic name
    has("2", "djordje@zelenikrug.rs", "present"); // "✓"
    has("1", "ibrahim.yilmaz@ornek.org.tr", "absent"); // "mungon", a name without diacritics
    assert_eq!(marks.len(), 5, "an empty cell is no mark: {marks:?}");
}

#[test]
fn an_unknown_column_that_looks_like_personal_data_stops_the_import_until_mapped() {
    let (d, db) = empty();
    let file = d.path().join("form.csv");
    std::fs::write(
        &file,
        "Emri dhe mbiemri,Email i punës,Gjinia\nAna Çela,ana@kwn.org,F\n",
    )
    .expect("write");
    let f = file.to_str().expect("path");
    let o = run(&db, &["import", "participants", f]);
    status(&o, 1);
    assert!(
        stderr(&o).contains("Email i punës looks like email")
            && stderr(&o).contains("--map \"Email i punës=email\""),
        "{}",
        stderr(&o)
    );
    assert!(export(&db, "participants").is_empty());
    imports(&db, "participants", f, &["--map", "Email i punës=email"]);
    assert_eq!(person(&db, "Ana Çela")["email"], "ana@kwn.org");
    let o = run(
        &db,
        &["import", "participants", f, "--map", "Email i punës=shoe"],
    );
    status(&o, 1);
    assert!(stderr(&o).contains("shoe is no field"), "{}", stderr(&o));
}

#[test]
fn duplicates_and_conflicts_in_one_file_are_shown_with_both_lines() {
    let (d, db) = empty();
    let file = d.path().join("dups.csv");
    std::fs::write(
        &file,
        "name,email,organisation\nAna Çela,Ana@KWN.org,KWN\nBeni Berisha,,FOL\nana cela,ana@kwn.org,KWN\nBENI BERISHA,,FOL\n",
    )
    .expect("write");
    let o = run(&db, &["import", "participants", file.to_str().expect("p")]);
    status(&o, 1);
    let err = stderr(&o);
    assert!(
        err.contains(":4: column email: duplicate email ana@kwn.org: also on line 2"),
        "{err}"
    );
    assert!(
        err.contains(":5: column name: BENI BERISHA is the same person as on line 3"),
        "{err}"
    );
    imports(&db, "events", &fixture("events.csv"), &[]);
    imports(
        &db,
        "participants",
        &fixture("participants_bom_semicolon_crlf.csv"),
        &[],
    );
    let marks = d.path().join("marks.csv");
    std::fs::write(
        &marks,
        "event,session,participant,status\nPR-2026-03-ADV,1,Ana Çela,present\nPR-2026-03-ADV,1,Ana Çela,absent\n",
    )
    .expect("write");
    let o = run(&db, &["import", "attendance", marks.to_str().expect("p")]);
    status(&o, 1);
    assert!(
        stderr(&o).contains(
            ":3: column status: a different mark for this person and session is on line 2"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_poorer_spelling_never_replaces_the_stored_name_and_the_dry_run_shows_each_change() {
    let (d, db) = empty();
    let first = d.path().join("first.csv");
    std::fs::write(
        &first,
        "name,email,city\nĐorđe Đorđević,dj@x.rs,Prishtinë\nДрагана Лукић,dl@x.rs,Beograd\n",
    )
    .expect("write");
    imports(&db, "participants", first.to_str().expect("p"), &[]);
    let second = d.path().join("second.csv");
    std::fs::write(
        &second,
        "name,email,city\nDjordje Djordjevic,dj@x.rs,Prizren\nDragana Lukic,DL@x.rs,Beograd\n",
    )
    .expect("write");
    let o = run(
        &db,
        &[
            "import",
            "participants",
            second.to_str().expect("p"),
            "--dry-run",
        ],
    );
    status(&o, 0);
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        out.contains("keeps the stored spelling Đorđe Đorđević (the file has Djordje Djordjevic)"),
        "{out}"
    );
    assert!(out.contains("city: Prishtinë → Prizren"), "{out}");
    assert!(
        out.contains("keeps the stored spelling Драгана Лукић"),
        "the other script: {out}"
    );
    imports(&db, "participants", second.to_str().expect("p"), &[]);
    assert_eq!(person(&db, "Đorđe Đorđević")["city"], "Prizren");
    person(&db, "Драгана Лукић");
}

#[test]
fn the_dry_run_says_register_for_a_known_person_at_a_new_event() {
    let (_d, db) = empty();
    imports(&db, "events", &fixture("events.csv"), &[]);
    imports(&db, "participants", &source("kobo_groups.csv"), &[]);
    let o = run(
        &db,
        &[
            "import",
            "participants",
            &source("kobo_groups.csv"),
            "--event",
            "PR-2026-03-ADV",
            "--dry-run",
        ],
    );
    status(&o, 0);
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        out.contains("line 2: register Marija Stojanovska at PR-2026-03-ADV"),
        "{out}"
    );
    assert!(!out.contains("update participant"), "{out}");
}

#[test]
fn donor_fields_and_organisations_import_and_come_back_from_an_export() {
    let (d, db) = empty();
    let orgs = d.path().join("organisations.csv");
    std::fs::write(
        &orgs,
        "Emri i organizatës;Akronimi;Lloji;Qyteti;Shteti\n\
         Kosovo Women's Network;KWN;rrjet;Prishtinë;Kosovë\n\
         Komuna e Prizrenit;;institucion publik;Prizren;Kosovë\n\
         Радио Слободна;;медиуми;Скопје;Северна Македонија\n",
    )
    .expect("write");
    imports(&db, "organisations", orgs.to_str().expect("p"), &[]);
    let stored = export(&db, "organisations");
    let kind_of = |n: &str| {
        stored
            .iter()
            .find(|o| o["name"] == n)
            .map(|o| o["kind"].clone())
            .unwrap_or_default()
    };
    assert_eq!(kind_of("Kosovo Women's Network"), "network");
    assert_eq!(kind_of("Komuna e Prizrenit"), "public_body");
    assert_eq!(kind_of("Радио Слободна"), "media");
    // The Washington Group Short Set: only the derived flag is stored, never the answers.
    let people = d.path().join("people.csv");
    std::fs::write(
        &people,
        "Full name,Email,Viti i lindjes,Seeing,Hearing,Walking,Remembering,Self-care,Communicating,Organisation\n\
         Ana Çela,ana@kwn.org,1990,1,no difficulty,2,1,1,1,KWN\n\
         Besnik Gashi,besnik@x.org,1975,1,1,shumë vështirësi,1,1,1,\n\
         Elif Şahin,elif@x.tr,,,,,,,,\n",
    )
    .expect("write");
    imports(&db, "participants", people.to_str().expect("p"), &[]);
    let ana = person(&db, "Ana Çela");
    assert_eq!(
        (ana["birth_year"].as_str(), ana["disability"].as_str()),
        ("1990", "no")
    );
    // A cell with an organisation's acronym means that organisation.
    assert_eq!(ana["organisation"], "Kosovo Women's Network");
    let besnik = person(&db, "Besnik Gashi");
    assert_eq!(besnik["disability"], "yes");
    assert_eq!(person(&db, "Elif Şahin")["disability"], "undisclosed");
    let raw = std::fs::read(&db).expect("db");
    assert!(
        !String::from_utf8_lossy(&raw).contains("shumë vështirësi"),
        "the answers themselves are not stored"
    );
    // A disability column says it directly, in the region's words.
    std::fs::write(
        &people,
        "name,email,disability\nElif Şahin,elif@x.tr,evet\n",
    )
    .expect("w");
    imports(&db, "participants", people.to_str().expect("p"), &[]);
    assert_eq!(person(&db, "Elif Şahin")["disability"], "yes");
    // An answer that is none of the four is refused, naming the column.
    std::fs::write(&people, "name,email,seeing\nElif Şahin,elif@x.tr,maybe\n").expect("w");
    let o = run(
        &db,
        &["import", "participants", people.to_str().expect("p")],
    );
    status(&o, 1);
    assert!(stderr(&o).contains("column seeing"), "{}", stderr(&o));
    // Events: the delivery mode.
    let events = d.path().join("events.csv");
    std::fs::write(
        &events,
        "code,title,start_date,mode\nONL-1,Online advocacy,2026-03-02,online\nHYB-1,Hybrid,2026-03-03,hybrid\n",
    )
    .expect("write");
    imports(&db, "events", events.to_str().expect("p"), &[]);
    let ev = export(&db, "events");
    assert_eq!(
        ev.iter().find(|e| e["code"] == "ONL-1").expect("e")["mode"],
        "online"
    );
    // Export then import into a new file keeps the donor fields.
    let (_d2, db2) = empty();
    let dir = d.path().join("all");
    status(
        &run(
            &db,
            &[
                "export",
                "all",
                "--format",
                "csv",
                "--out",
                dir.to_str().expect("p"),
            ],
        ),
        0,
    );
    for kind in ["events", "organisations", "participants"] {
        let f = dir.join(format!("{kind}.csv"));
        imports(&db2, kind, f.to_str().expect("p"), &[]);
    }
    assert_eq!(export(&db2, "participants"), export(&db, "participants"));
    assert_eq!(export(&db2, "events"), export(&db, "events"));
    assert_eq!(export(&db2, "organisations"), export(&db, "organisations"));
}
