//! The same failures and results in Albanian and in English: the language chosen by
//! `--lang` or the locale reaches the core's errors, import rejections, results of
//! commands, and (through the hello) the answers of a server that runs in another language.

use crate::server_support;

use std::path::Path;
use std::process::{Command, Output};

use server_support::Server;

/// A config directory that does not exist: the tests never read the config of whoever runs
/// them (a `lang = "sq"` there would change every message).
const NO_CONFIG: &str = "/nonexistent/prezenca-test-config";

const BIN: &str = env!("CARGO_BIN_EXE_prezenca");

/// A prezenca command with no language from the environment of whoever runs the tests;
/// `lang` (a locale name) is set as `LANG` when given.
fn prezenca(db: &Path, lang: Option<&str>, args: &[&str]) -> Output {
    let mut c = Command::new(BIN);
    c.env("XDG_CONFIG_HOME", NO_CONFIG);
    c.arg("--db")
        .arg(db)
        .args(args)
        .env("PREZENCA_NOW", "2026-11-25T10:00")
        .env("PREZENCA_SOCKET", db.with_extension("no-server"))
        .env_remove("PREZENCA_DB")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    if let Some(l) = lang {
        c.env("LANG", l);
    }
    c.output().expect("run prezenca")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A database with the sample data.
fn sample_db(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("p.redb");
    let o = prezenca(&db, None, &["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    db
}

#[test]
fn an_unknown_event_names_the_closest_codes_in_the_chosen_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = sample_db(dir.path());

    let en = prezenca(&db, None, &["summary", "PR-2026-03-ADW"]);
    assert_eq!(en.status.code(), Some(1));
    let en = stderr(&en);
    assert!(en.contains("no event with code \"PR-2026-03-ADW\""), "{en}");
    assert!(en.contains("closest: PR-2026-03-ADV"), "{en}");

    let sq = prezenca(&db, None, &["summary", "PR-2026-03-ADW", "--lang", "sq"]);
    assert_eq!(sq.status.code(), Some(1));
    let sq = stderr(&sq);
    assert!(
        sq.contains("nuk ka ngjarje me kodin \"PR-2026-03-ADW\""),
        "{sq}"
    );
    assert!(sq.contains("më të afërtit: PR-2026-03-ADV"), "{sq}");
    assert!(!sq.contains("closest"), "{sq}");
}

#[test]
fn a_rejected_import_row_keeps_its_shape_and_says_why_in_albanian() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = sample_db(dir.path());
    let file = dir.path().join("attendance.csv");
    std::fs::write(
        &file,
        "event,session,participant,status\nPR-2026-03-ADV,1,ivana.lukic@plus.org,maybe\n",
    )
    .expect("write csv");
    let name = file.display().to_string();

    let en = prezenca(&db, None, &["import", "attendance", &name]);
    assert_eq!(en.status.code(), Some(1));
    let en = stderr(&en);
    assert!(
        en.contains(&format!(
            "{name}:2: column status: unknown status \"maybe\"; use one of present"
        )),
        "{en}"
    );
    assert!(en.contains("1 row of"), "{en}");

    let sq = prezenca(&db, Some("sq_XK.UTF-8"), &["import", "attendance", &name]);
    assert_eq!(sq.status.code(), Some(1));
    let sq = stderr(&sq);
    assert!(
        sq.contains(&format!(
            "{name}:2: kolona status: status i panjohur \"maybe\"; përdor një nga present"
        )),
        "{sq}"
    );
    assert!(sq.contains("u refuzua 1 rresht"), "{sq}");
    assert!(sq.contains("nuk u importua asgjë"), "{sq}");
}

#[test]
fn mark_says_what_it_did_in_albanian_with_the_right_form() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = sample_db(dir.path());
    let args = [
        "mark",
        "PR-2026-03-ADV",
        "2",
        "arta.hasani@civile.org",
        "present",
    ];
    let sq = prezenca(&db, None, &[&args[..], &["--lang", "sq"]].concat());
    assert!(sq.status.success(), "{}", stderr(&sq));
    // Arta is recorded as female: the adjective agrees.
    assert!(
        stderr(&sq).contains("Arta Hasani: e pranishme"),
        "{}",
        stderr(&sq)
    );

    let again = prezenca(&db, None, &args);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stderr(&again).contains("Arta Hasani already present"),
        "{}",
        stderr(&again)
    );

    let bad = prezenca(
        &db,
        Some("sq_AL.UTF-8"),
        &[
            "mark",
            "PR-2026-03-ADV",
            "9",
            "arta.hasani@civile.org",
            "late",
        ],
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).contains("ngjarja PR-2026-03-ADV ka 6 seanca; seanca 9 nuk ekziston"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn a_server_in_english_answers_an_albanian_client_in_albanian() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = sample_db(dir.path());
    let socket = dir.path().join("run/socket");
    let mut server = Server::start(&db, &socket);
    let sock = socket.display().to_string();
    let through = |lang: Option<&str>, args: &[&str]| {
        prezenca(&db, lang, &[args, &["--socket", &sock]].concat())
    };

    // The import is applied by the server: the reasons are built there.
    let file = dir.path().join("p.csv");
    std::fs::write(&file, "name,email\nBesa Krasniqi,not-an-email\n").expect("write csv");
    let name = file.display().to_string();
    let sq = through(Some("sq_XK.UTF-8"), &["import", "participants", &name]);
    assert_eq!(sq.status.code(), Some(1));
    assert!(
        stderr(&sq).contains("kolona email: \"not-an-email\" nuk është adresë email-i"),
        "{}",
        stderr(&sq)
    );
    let en = through(None, &["import", "participants", &name]);
    assert!(
        stderr(&en).contains("column email: \"not-an-email\" is not an email address"),
        "{}",
        stderr(&en)
    );

    // The outcome of a change comes back in the client's language too.
    let mark = through(
        Some("sq_XK.UTF-8"),
        &[
            "mark",
            "PR-2026-03-ADV",
            "2",
            "ardian.morina@civile.org",
            "late",
        ],
    );
    assert!(mark.status.success(), "{}", stderr(&mark));
    assert!(
        stderr(&mark).contains("Ardian Morina: me vonesë"),
        "{}",
        stderr(&mark)
    );

    // The server's own log stays in its language.
    assert!(server.terminate().success(), "{}", server.log_text());
    let log = server.log_text();
    assert!(log.contains("serving "), "{log}");
    assert!(!log.contains("po shërbej"), "{log}");
}

#[test]
fn keymap_check_reports_problems_in_the_chosen_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("keymap.toml");
    std::fs::write(&file, "[events]\nbogus = \"x\"\n").expect("write");
    let f = file.to_str().expect("utf-8 path");
    let db = dir.path().join("unused.redb");
    for (lang, want) in [
        ("en", "unknown action \"bogus\" in [events]"),
        ("sq", "veprim i panjohur \"bogus\" te [events]"),
    ] {
        let o = prezenca(&db, Some(lang), &["keymap", "check", f]);
        assert_eq!(o.status.code(), Some(1));
        let e = stderr(&o);
        assert!(e.contains(&format!("{f}:2:1: {want}")), "{lang}: {e}");
    }
}
