//! Files that are not what they should be: damaged, foreign, of a newer schema, read-only,
//! too big for the file-size limit; and the files prezenca creates, which no other user may
//! read. Everything through the real binary.

use crate::support;

use std::path::{Path, PathBuf};

use support::{available, bytes, mode, run, run_shell, stderr};

/// Every command that opens the database, with arguments that would work on a good file.
fn commands(dir: &Path) -> Vec<Vec<String>> {
    let csv = dir.join("people.csv");
    std::fs::write(&csv, "name,email\nAna Çela,ana@example.org\n").expect("csv");
    let backup = dir.join("copy.redb");
    [
        vec!["summary", support::CODE, "--format", "json"],
        vec!["summary", support::CODE, "--format", "md"],
        vec!["export", "participants", "--format", "csv"],
        vec!["export", "all", "--format", "json"],
        vec![
            "report",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--format",
            "json",
        ],
        vec!["mark", support::CODE, "1", "p0@example.org", "present"],
        vec!["check"],
        vec!["forget", "p0@example.org", "--yes"],
        vec!["close", support::CODE],
        vec!["backup", backup.to_str().expect("utf-8 path")],
        vec!["import", "participants", csv.to_str().expect("utf-8 path")],
    ]
    .into_iter()
    .map(|v| v.into_iter().map(String::from).collect())
    .collect()
}

/// Runs every command on `db` and asserts: exit 1, a message naming the problem, no panic,
/// the file byte for byte as it was, no backup written.
fn refused_everywhere(dir: &Path, db: &Path, what: &str, expect: &[&str]) {
    let before = bytes(db);
    for args in commands(dir) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(db, &args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{what}: {args:?}: {err}");
        assert!(!err.contains("panicked"), "{what}: {args:?}: {err}");
        assert!(out.stdout.is_empty(), "{what}: {args:?}: data on stdout");
        if available(&out) {
            assert!(
                expect.iter().any(|e| err.contains(e)),
                "{what}: {args:?}: unclear message {err:?}"
            );
        }
        assert!(
            bytes(db) == before,
            "{what}: {args:?} modified the file ({err})"
        );
        assert!(!dir.join("copy.redb").exists(), "{what}: backup written");
    }
}

fn seeded(dir: &tempfile::TempDir) -> PathBuf {
    let db = support::db_in(dir);
    support::seed(&db, 3);
    db
}

#[test]
fn truncated_database_is_refused_untouched() {
    let dir = support::tmp();
    let db = seeded(&dir);
    let full = bytes(&db);
    for keep in [full.len() / 2, 4096, 600] {
        std::fs::write(&db, &full[..keep]).expect("truncate");
        refused_everywhere(
            dir.path(),
            &db,
            &format!("truncated to {keep}"),
            &["damaged", "not a prezenca database"],
        );
    }
}

#[test]
fn random_bytes_are_refused_untouched() {
    let dir = support::tmp();
    let db = support::db_in(&dir);
    let mut rng = support::Rng::new(7);
    let noise: Vec<u8> = (0..16384).map(|_| rng.next() as u8).collect();
    std::fs::write(&db, &noise).expect("noise");
    // Private, as a database is: a file others can open is refused before redb judges it.
    let private = <std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(0o600);
    std::fs::set_permissions(&db, private).expect("chmod");
    refused_everywhere(
        dir.path(),
        &db,
        "random bytes",
        &["not a prezenca database"],
    );
    // The same noise behind a redb signature, so redb itself has to judge it.
    let good = {
        let d = support::tmp();
        let p = seeded(&d);
        bytes(&p)
    };
    let mut fake = good[..9].to_vec();
    fake.extend_from_slice(&noise);
    std::fs::write(&db, &fake).expect("fake");
    refused_everywhere(dir.path(), &db, "redb signature + noise", &["damaged"]);
    // Real files with a block overwritten here and there: whatever a command makes of it, a
    // message and status 0 or 1, never a panic; check and backup never change the file.
    for (n, at) in [3usize, 5, 7, 9, 11, 13].into_iter().enumerate() {
        let mut hurt = good.clone();
        let at = hurt.len() * at / 16 / 4096 * 4096;
        let end = (at + 4096).min(hurt.len());
        hurt[at..end].copy_from_slice(&noise[n * 100..n * 100 + end - at]);
        std::fs::write(&db, &hurt).expect("hurt");
        for args in commands(dir.path()) {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let before = bytes(&db);
            let out = run(&db, &args);
            let err = stderr(&out);
            assert!(
                matches!(out.status.code(), Some(0 | 1)) && !err.contains("panicked"),
                "block at {at}: {args:?}: {:?} {err}",
                out.status
            );
            // check and backup open the file read-only; the others open it for writing
            // (redb marks the header while open), so only these two promise untouched bytes.
            if matches!(args[0], "check" | "backup") {
                assert!(
                    bytes(&db) == before,
                    "block at {at}: {args:?} modified the file"
                );
            }
            let _ = std::fs::remove_file(dir.path().join("copy.redb"));
        }
    }
}

#[test]
fn foreign_files_are_refused_untouched() {
    let dir = support::tmp();
    let db = support::db_in(&dir);
    std::fs::write(
        &db,
        "name,email,phone\nAna Çela,ana@example.org,+383 44 111 222\n",
    )
    .expect("csv");
    refused_everywhere(dir.path(), &db, "a CSV file", &["not a prezenca database"]);
    let mut sqlite = b"SQLite format 3\0".to_vec();
    sqlite.resize(8192, 0);
    std::fs::write(&db, &sqlite).expect("sqlite");
    refused_everywhere(
        dir.path(),
        &db,
        "an SQLite file",
        &["not a prezenca database"],
    );
}

#[test]
fn newer_schema_is_refused_untouched() {
    let dir = support::tmp();
    let db = seeded(&dir);
    {
        let raw = redb::Database::create(&db).expect("raw open");
        let w = raw.begin_write().expect("w");
        w.open_table(prezenca::store::schema::META)
            .expect("meta")
            .insert(prezenca::store::schema::META_SCHEMA, 99)
            .expect("bump");
        w.commit().expect("commit");
    }
    refused_everywhere(
        dir.path(),
        &db,
        "schema 99",
        &["written by a newer prezenca (schema 99"],
    );
}

#[test]
fn a_directory_is_refused() {
    let dir = support::tmp();
    let out = run(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let out = run(dir.path(), &["mark", "X", "1", "a@b.org", "present"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("is a directory"), "{}", stderr(&out));
}

#[test]
fn read_only_file_is_readable_and_refuses_changes_clearly() {
    use std::os::unix::fs::PermissionsExt;
    let dir = support::tmp();
    let db = seeded(&dir);
    // No write bit: prezenca opens read-only even as root, who could write anyway.
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o400)).expect("chmod");
    let before = bytes(&db);
    let out = run(&db, &["summary", support::CODE, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(support::stdout(&out).contains(support::CODE));
    assert!(
        stderr(&out).contains("read-only: changes are disabled"),
        "a reader is told: {:?}",
        stderr(&out)
    );
    let out = run(
        &db,
        &["mark", support::CODE, "1", "p0@example.org", "present"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("read-only: changes are disabled"),
        "{}",
        stderr(&out)
    );
    let out = run(&db, &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(bytes(&db) == before, "a read-only file was modified");
    // In-process: the backend says so, and a command is refused before any write.
    let mut b = prezenca::backend::local::LocalBackend::open(&db).expect("open read-only");
    use prezenca::core::Backend;
    assert!(b.read_only());
    let e = b
        .execute(prezenca::core::Command::DeleteEvent { id: 1 })
        .expect_err("read-only refuses");
    assert_eq!(
        e.to_string(),
        "the database is open read-only: changes are disabled"
    );
}

#[test]
fn file_size_limit_is_a_clear_error_and_the_database_stays_usable() {
    let dir = support::tmp();
    let db = seeded(&dir);
    let size_kib = std::fs::metadata(&db).expect("meta").len() / 1024;
    // Marks that fill the file until it must grow, under a limit of its present size.
    let mut script = String::from("ulimit -f {LIMIT}\n");
    for i in 0..3 {
        script.push_str(&format!(
            "\"$BIN\" --db \"$DB\" mark {code} 1 p{i}@example.org excused --reason \"$(printf 'r%.0s' $(seq 1 9000))\" || exit $?\n",
            code = support::CODE
        ));
    }
    // Below the present size, the first page written past the limit fails: EFBIG.
    let out = run_shell(&db, &script.replace("{LIMIT}", &(size_kib / 4).to_string()));
    let err = stderr(&out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "killed by SIGXFSZ or wrong status: {:?} {err}",
        out.status
    );
    assert!(
        err.contains("could not save") && err.contains("File too large"),
        "unclear message: {err:?}"
    );
    // Without the limit: intact, writable.
    let out = run(&db, &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(
        &db,
        &["mark", support::CODE, "1", "p0@example.org", "present"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(&db, &["summary", support::CODE, "--format", "json"]);
    assert!(support::stdout(&out).contains("\"present\": 1"));
}

#[test]
fn created_files_are_private_even_with_umask_000() {
    let dir = support::tmp();
    let db = dir.path().join("data/sub/prezenca.redb");
    // Created by the binary under umask 000 (the mark itself fails: no such event).
    let out = run_shell(
        &db,
        "umask 000; \"$BIN\" --db \"$DB\" mark NOPE 1 a@b.org present",
    );
    assert!(db.exists(), "{}", stderr(&out));
    assert_eq!(mode(&db), 0o600, "database file");
    assert_eq!(mode(db.parent().expect("dir")), 0o700, "database directory");
    {
        let mut b = prezenca::backend::local::LocalBackend::open(&db).expect("open");
        support::seed_into(&mut b, 2);
    }
    let bak = dir.path().join("backup.redb");
    let summary = dir.path().join("summary.md");
    let export = dir.path().join("export");
    let out = run_shell(
        &db,
        &format!(
            "umask 000; \"$BIN\" --db \"$DB\" backup {b} && \
             \"$BIN\" --db \"$DB\" summary {code} --format md --out {s}; \
             \"$BIN\" --db \"$DB\" export all --format csv --out {e}",
            b = bak.display(),
            code = support::CODE,
            s = summary.display(),
            e = export.display()
        ),
    );
    assert!(bak.exists(), "{}", stderr(&out));
    assert_eq!(mode(&bak), 0o600, "backup");
    // Files written with --out.
    assert!(summary.exists() && export.exists(), "{}", stderr(&out));
    let mut files = vec![summary.clone()];
    if export.is_dir() {
        for entry in std::fs::read_dir(&export).expect("dir") {
            files.push(entry.expect("entry").path());
        }
    } else {
        files.push(export.clone());
    }
    for f in &files {
        assert_eq!(mode(f) & 0o077, 0, "{} readable by others", f.display());
    }
}

#[test]
fn crash_left_file_without_write_access_is_refused_untouched() {
    use std::os::unix::fs::PermissionsExt;
    let dir = support::tmp();
    let db = seeded(&dir);
    // The file as a kill leaves it: copied while a writer still holds it open.
    let image = dir.path().join("unclean.redb");
    {
        let _open = prezenca::backend::local::LocalBackend::open(&db).expect("open");
        std::fs::copy(&db, &image).expect("copy");
    }
    std::fs::set_permissions(&image, std::fs::Permissions::from_mode(0o400)).expect("chmod");
    let before = bytes(&image);
    for args in [
        vec!["check"],
        vec!["summary", support::CODE, "--format", "json"],
    ] {
        let out = run(&image, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&out).contains("needs a repair, which needs write access"),
            "{args:?}: {}",
            stderr(&out)
        );
        assert!(bytes(&image) == before, "{args:?} modified the file");
    }
    // With write access, a reader repairs it and reads.
    std::fs::set_permissions(&image, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let out = run(&image, &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}
