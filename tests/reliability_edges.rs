//! The edges of the promises: files written where other users can plant symlinks or hold
//! files open, a server that is meant but away, databases others can reach, forget and undo
//! at their limits. Each test here failed before the fix it guards.

mod support;

use std::io::{Read, Seek};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use support::{CODE, bytes, email, run, seed, stderr, tmp};

fn chmod(p: &Path, mode: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

fn check_passes(db: &Path) {
    let out = run(db, &["check"]);
    assert_eq!(out.status.code(), Some(0), "check: {}", stderr(&out));
}

#[test]
fn export_out_never_follows_a_symlink_nor_writes_into_a_file_someone_holds() {
    let dir = tmp();
    let db = dir.path().join("prezenca.redb");
    seed(&db, 3);
    // A group member plants attendance.csv -> the user's other database in a shared folder
    // (another one than the export reads, so its bytes must stay exactly as they were).
    let precious = dir.path().join("season-2025.redb");
    seed(&precious, 2);
    let before = bytes(&precious);
    let shared = dir.path().join("shared");
    std::fs::create_dir(&shared).expect("mkdir");
    let link = shared.join("attendance.csv");
    std::os::unix::fs::symlink(&precious, &link).expect("symlink");
    let out = run(
        &db,
        &[
            "export",
            "participants",
            "--out",
            link.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        bytes(&precious) == before,
        "the database was overwritten through the symlink"
    );
    check_passes(&precious);
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("stat")
            .file_type()
            .is_file(),
        "the export replaced the symlink with a file of its own"
    );
    assert_eq!(support::mode(&link), 0o600);
    assert!(
        std::fs::read_to_string(&link)
            .expect("read")
            .contains(&email(1))
    );
    // A file pre-created 0666 by someone else and held open by them.
    for (kind, args) in [
        ("export", vec!["export", "participants", "--format", "csv"]),
        ("summary", vec!["summary", CODE, "--format", "md"]),
    ] {
        let planted = shared.join(format!("{kind}.out"));
        std::fs::write(&planted, "").expect("plant");
        chmod(&planted, 0o666);
        let mut held = std::fs::File::open(&planted).expect("hold open");
        let mut args = args.clone();
        args.extend(["--out", planted.to_str().expect("utf-8")]);
        let out = run(&db, &args);
        assert_eq!(out.status.code(), Some(0), "{kind}: {}", stderr(&out));
        let mut seen = String::new();
        held.rewind().expect("rewind");
        held.read_to_string(&mut seen).expect("read held");
        assert!(
            seen.is_empty(),
            "{kind}: the holder of the planted file read {seen:?}"
        );
        assert_eq!(support::mode(&planted), 0o600, "{kind}");
        let leftovers: Vec<_> = std::fs::read_dir(&shared)
            .expect("list")
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(
            leftovers.is_empty(),
            "{kind}: temporary files left: {leftovers:?}"
        );
    }
}

/// `prezenca ARGS…` with no `--db`: the data directory and the config directory are under
/// `home`, so a fallback to a personal database would show there.
fn without_db(home: &Path, socket: Option<&Path>, args: &[&str]) -> std::process::Output {
    let mut c = Command::new(support::bin());
    c.env("PREZENCA_NOW", support::NOW)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("PREZENCA_DB")
        .env_remove("PREZENCA_SOCKET")
        .env_remove("XDG_RUNTIME_DIR")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .stdin(std::process::Stdio::null());
    if let Some(s) = socket {
        c.arg("--socket").arg(s);
    }
    c.args(args).output().expect("run prezenca")
}

#[test]
fn with_a_server_meant_and_away_the_cli_never_falls_back_to_a_personal_file() {
    let dir = tmp();
    let home = dir.path();
    let socket = home.join("run/socket");
    let mark = ["mark", CODE, "1", "p0@example.org", "present"];
    let personal = home.join("data/prezenca/prezenca.redb");
    // Given on the command line.
    let out = without_db(home, Some(&socket), &mark);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("not connected") && err.contains("not saved"),
        "{err}"
    );
    assert!(!personal.exists(), "a personal database was created: {err}");
    // Configured in the user's config file.
    std::fs::create_dir_all(home.join("config/prezenca")).expect("mkdir");
    std::fs::write(
        home.join("config/prezenca/config.toml"),
        format!("socket = {:?}\n", socket.display().to_string()),
    )
    .expect("config");
    // Even when the personal database exists and could take the mark.
    seed(&personal, 2);
    let before = bytes(&personal);
    for args in [
        &mark[..],
        &["summary", CODE, "--format", "json"],
        &["check"],
    ] {
        let out = without_db(home, None, args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains("not connected") && err.contains("not saved"),
            "{err}"
        );
        assert!(out.stdout.is_empty(), "{args:?} read the personal file");
    }
    assert!(
        bytes(&personal) == before,
        "the personal database was changed"
    );
    // Naming the file with --db is the way to use it.
    let out = without_db(
        home,
        None,
        &[
            "--db",
            personal.to_str().expect("utf-8"),
            "mark",
            CODE,
            "1",
            "p0@example.org",
            "present",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn a_database_others_can_reach_is_refused_and_left_alone() {
    let dir = tmp();
    let mark = ["mark", CODE, "1", "p0@example.org", "present"];
    // A file someone created 0666 in a shared folder.
    let db = dir.path().join("team.redb");
    seed(&db, 2);
    chmod(&db, 0o666);
    let before = bytes(&db);
    let out = run(&db, &mark);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("other users can open") && err.contains("666"),
        "{err}"
    );
    assert!(bytes(&db) == before, "the file was written");
    // An empty file planted 0666: nothing is written into it.
    let planted = dir.path().join("planted.redb");
    std::fs::write(&planted, "").expect("plant");
    chmod(&planted, 0o666);
    let out = run(&planted, &mark);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        bytes(&planted).len(),
        0,
        "personal data written into a planted file"
    );
    // A file another user owns, even private (the tests run as root; nobody is uid 65534).
    chmod(&db, 0o600);
    nix::unistd::chown(&db, Some(nix::unistd::Uid::from_raw(65534)), None)
        .expect("chown (run as root)");
    let out = run(&db, &mark);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("belongs to"), "{err}");
    assert!(bytes(&db) == before, "the file was written");
    // A folder others can write to: they could swap the file.
    let open_dir = dir.path().join("open");
    std::fs::create_dir(&open_dir).expect("mkdir");
    let inside = open_dir.join("p.redb");
    seed(&inside, 1);
    chmod(&open_dir, 0o777);
    let before = bytes(&inside);
    let out = run(&inside, &mark);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("can write to the folder"), "{err}");
    assert!(bytes(&inside) == before, "the file was written");
    let fresh = open_dir.join("new.redb");
    let out = run(&fresh, &mark);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        !fresh.exists(),
        "a database was created in a folder others can write to"
    );
    // Reading still works where nothing is written (check opens read-only).
    chmod(&open_dir, 0o700);
    check_passes(&inside);
}
