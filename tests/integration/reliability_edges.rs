//! The edges of the promises: files written where other users can plant symlinks or hold
//! files open, a server that is meant but away, databases others can reach, forget and undo
//! at their limits. Each test here failed before the fix it guards.

use crate::server_support;
use crate::support;

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

const NAME: &str = "Zorica Đorđević-Xhemajli";
const EMAIL: &str = "zorica.private@example.org";
const PHONE: &str = "+383 44 987 654";

/// Every form of her data that must be gone: as typed, lower and upper case, folded the way
/// search folds it, and in UTF-16 (both byte orders).
fn her_forms() -> Vec<(String, Vec<u8>)> {
    let mut texts: Vec<String> = vec![NAME.into(), EMAIL.into(), PHONE.into()];
    texts.extend(["Zorica", "Đorđević", "Xhemajli", "987 654"].map(String::from));
    texts.push(NAME.to_lowercase());
    texts.push(NAME.to_uppercase());
    texts.push(prezenca::text::fold(NAME));
    texts.push(prezenca::text::fold(EMAIL));
    let mut forms = Vec::new();
    for t in texts {
        forms.push((format!("{t:?} utf-8"), t.as_bytes().to_vec()));
        let le: Vec<u8> = t.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = t.encode_utf16().flat_map(u16::to_be_bytes).collect();
        forms.push((format!("{t:?} utf-16le"), le));
        forms.push((format!("{t:?} utf-16be"), be));
    }
    forms
}

fn traces_in(file: &Path) -> Vec<String> {
    let raw = bytes(file);
    her_forms()
        .into_iter()
        .filter(|(_, f)| raw.windows(f.len()).any(|w| w == f.as_slice()))
        .map(|(what, _)| what)
        .collect()
}

/// A database that has seen large imports: `people` participants, her among them, marks
/// with reasons that name her at the event where she is not registered, and a follow-up
/// she owns.
fn imported(dir: &Path, db: &Path, people: usize) {
    seed(db, 2);
    let csv = dir.join("people.csv");
    let mut text = String::from("name,email,phone,gender,organisation,position,city,country\n");
    text.push_str(&format!(
        "{NAME},{EMAIL},{PHONE},female,Qendra Zëri,coordinator,Prishtina,Kosovo\n"
    ));
    for i in 0..people {
        text.push_str(&format!(
            "Import Person {i},imported{i}@example.org,+383 49 {i:06},male,Org {o},staff,Prizren,Kosovo\n",
            o = i % 40
        ));
    }
    std::fs::write(&csv, text).expect("csv");
    let out = run(
        db,
        &["import", "participants", csv.to_str().expect("utf-8")],
    );
    assert_eq!(out.status.code(), Some(0), "import: {}", stderr(&out));
    let marks = dir.join("attendance.csv");
    let mut text = String::from("event,session,participant,status,arrived_at,reason\n");
    for i in 0..people.min(300) {
        text.push_str(&format!(
            "{CODE},{s},imported{i}@example.org,excused,,travelled with {NAME} ({PHONE})\n",
            s = 1 + i % 3
        ));
    }
    std::fs::write(&marks, text).expect("csv");
    let out = run(
        db,
        &["import", "attendance", marks.to_str().expect("utf-8")],
    );
    assert_eq!(out.status.code(), Some(0), "import: {}", stderr(&out));
    let followups = dir.join("followups.csv");
    std::fs::write(
        &followups,
        format!(
            "event,participant,title,kind,owner,due,status\n\
             {CODE},p0@example.org,Send the certificate,certificate,{NAME},2026-03-20,open\n"
        ),
    )
    .expect("csv");
    let out = run(
        db,
        &["import", "followups", followups.to_str().expect("utf-8")],
    );
    assert_eq!(out.status.code(), Some(0), "import: {}", stderr(&out));
}

#[test]
fn after_forget_no_byte_of_her_is_in_the_file_even_after_large_imports() {
    let dir = tmp();
    let db = dir.path().join("prezenca.redb");
    imported(dir.path(), &db, 3000);
    assert!(
        !traces_in(&db).is_empty(),
        "the fixture never held her data"
    );
    let out = run(&db, &["forget", EMAIL, "--yes"]);
    assert_eq!(out.status.code(), Some(0), "forget: {}", stderr(&out));
    let left = traces_in(&db);
    assert!(left.is_empty(), "left in the file after forget: {left:?}");
    check_passes(&db);
    // The reasons and the follow-up stay readable, with her replaced.
    let out = run(&db, &["export", "followups", "--format", "csv"]);
    assert!(
        support::stdout(&out).contains("(forgotten #"),
        "{}",
        support::stdout(&out)
    );
}

/// A tmpfs of `size` at `dir` (the tests run as root, as CI does).
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    fn mount(dir: &Path, size: &str) -> Tmpfs {
        std::fs::create_dir_all(dir).expect("mkdir");
        let out = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(dir)
            .output()
            .expect("run mount");
        assert!(
            out.status.success(),
            "mount a tmpfs (needs root): {}",
            stderr(&out)
        );
        Tmpfs(dir.to_path_buf())
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

#[test]
fn a_forget_whose_rewrite_meets_a_full_disk_says_so_and_is_finished_by_the_next_open() {
    let dir = tmp();
    let built = dir.path().join("built.redb");
    imported(dir.path(), &built, 3000);
    let size = std::fs::metadata(&built).expect("size").len();
    let mnt = dir.path().join("mnt");
    let _fs = Tmpfs::mount(&mnt, &format!("{}k", size * 3 / 1024 + 512));
    let db = mnt.join("prezenca.redb");
    std::fs::copy(&built, &db).expect("copy");
    // Fill the disk but for room for the forget's own commit, not for a copy of the file
    // (a backup is the size of that copy: a file that has seen imports holds free pages).
    let copy = dir.path().join("copy.redb");
    let out = run(&built, &["backup", copy.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(0), "backup: {}", stderr(&out));
    let copy_size = std::fs::metadata(&copy).expect("copy").len();
    let filler = mnt.join("filler");
    let free = nix::sys::statvfs::statvfs(&mnt).expect("statvfs");
    let room = free.blocks_available() * free.fragment_size();
    let keep = copy_size / 2;
    std::fs::write(&filler, vec![0u8; room.saturating_sub(keep) as usize]).expect("fill");
    let out = run(&db, &["forget", EMAIL, "--yes"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("forgot participant") && err.contains("could not be rewritten yet"),
        "the message must say she is forgotten and what is left: {err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    // Forgotten already: a second forget of her finds nobody.
    let out = run(&db, &["export", "participants", "--format", "csv"]);
    assert!(!support::stdout(&out).contains(EMAIL));
    // Space again: the next command that opens the file finishes the job and says so.
    std::fs::remove_file(&filler).expect("free space");
    let out = run(&db, &["export", "participants", "--format", "csv"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("finished a `forget` that had been interrupted"),
        "{err}"
    );
    let left = traces_in(&db);
    assert!(left.is_empty(), "left in the file: {left:?}");
    let leftovers: Vec<_> = std::fs::read_dir(&mnt)
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "copies left beside the database: {leftovers:?}"
    );
    check_passes(&db);
}

/// Fills the disk of `mnt` but for `keep` bytes.
fn fill(mnt: &Path, keep: u64) -> std::path::PathBuf {
    let filler = mnt.join("filler");
    let free = nix::sys::statvfs::statvfs(mnt).expect("statvfs");
    let room = free.blocks_available() * free.fragment_size();
    std::fs::write(&filler, vec![0u8; room.saturating_sub(keep) as usize]).expect("fill");
    filler
}

fn contains(file: &Path, text: &str) -> bool {
    let raw = bytes(file);
    raw.windows(text.len()).any(|w| w == text.as_bytes())
}

#[test]
fn a_forget_through_a_server_whose_rewrite_meets_a_full_disk_is_finished_by_the_next_forget_or_the_server()
 {
    let dir = tmp();
    let built = dir.path().join("built.redb");
    imported(dir.path(), &built, 3000);
    let size = std::fs::metadata(&built).expect("size").len();
    let mnt = dir.path().join("mnt");
    let _fs = Tmpfs::mount(&mnt, &format!("{}k", size * 3 / 1024 + 8 * 1024));
    let db = mnt.join("prezenca.redb");
    std::fs::copy(&built, &db).expect("copy");
    let sock = dir.path().join("run/socket");
    let server = server_support::Server::start(&db, &sock);
    let through = |args: &[&str]| {
        support::prezenca(&db)
            .env("PREZENCA_SOCKET", &sock)
            .args(args)
            .output()
            .expect("run prezenca")
    };
    // Room for the forget's own commit, not for a copy of the file (a backup is the size of
    // that copy: a file that has seen imports holds free pages).
    let copy = dir.path().join("copy.redb");
    let out = run(&built, &["backup", copy.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(0), "backup: {}", stderr(&out));
    let copy_size = std::fs::metadata(&copy).expect("copy").len();
    let filler = fill(&mnt, copy_size / 2);
    let out = through(&["forget", EMAIL, "--yes"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("forgot participant") && err.contains("could not be rewritten yet"),
        "the message must say she is forgotten and what is left: {err}"
    );
    // Asked again while the disk is still full: not "no participant", but what is left.
    let out = through(&["forget", EMAIL, "--yes"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("is not finished yet: the person is forgotten"),
        "{err}"
    );
    assert!(!err.contains("no participant"), "{err}");
    // The server tries the rewrite again after each change it answers, on its own thread;
    // a read goes through that thread after it, so once answered, that try (which found the
    // disk still full) is over and cannot race the space freed below.
    let out = through(&["export", "events", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Space again: the next forget of her finishes the rewrite through the server, and says so.
    std::fs::remove_file(&filler).expect("free space");
    let out = through(&["forget", EMAIL, "--yes"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("finished a `forget` that had been interrupted"),
        "{err}"
    );
    let left = traces_in(&db);
    assert!(left.is_empty(), "left in the file: {left:?}");
    // Nothing is pending any more: a third forget of her finds no one, as for anyone unknown.
    let out = through(&["forget", EMAIL, "--yes"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no participant"), "{}", stderr(&out));

    // The server finishes one by itself too: at the first change once the disk has room.
    let other = "imported7@example.org";
    let filler = fill(&mnt, std::fs::metadata(&db).expect("size").len() * 2 / 3);
    let out = through(&["forget", other, "--yes"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("could not be rewritten yet"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_file(&filler).expect("free space");
    let out = through(&["mark", CODE, "1", "imported8@example.org", "present"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let until = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !server.log_text().contains("finished a `forget`") && std::time::Instant::now() < until {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let log = server.log_text();
    assert!(log.contains("finished a `forget`"), "{log}");
    assert!(!contains(&db, other), "her email is still in the file");
    let out = through(&["forget", other, "--yes"]);
    assert!(stderr(&out).contains("no participant"), "{}", stderr(&out));
    drop(server);
    let leftovers: Vec<_> = std::fs::read_dir(&mnt)
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "copies left beside the database: {leftovers:?}"
    );
    check_passes(&db);
}

mod undo {
    use prezenca::backend::local::LocalBackend;
    use prezenca::core::{Backend, Command as Cmd, Queries};
    use prezenca::domain::*;

    use super::support::{self, mark, person, tmp};

    fn problems(b: &LocalBackend) -> Vec<String> {
        prezenca::store::check::check(b.db()).expect("check runs")
    }

    #[test]
    fn undo_refuses_to_remove_what_a_colleague_built_on_and_names_it() {
        let dir = tmp();
        let mut b = LocalBackend::open(&dir.path().join("p.redb")).expect("open");
        let s = support::seed_into(&mut b, 1);
        // Ana adds a walk-in; Besa marks her at the door.
        let added = b
            .execute_as(
                Cmd::CreateParticipant(person("Mirela Hoxha", "mirela@example.org", "")),
                "ana",
            )
            .expect("create");
        let (pid, entry) = (added.created.expect("id"), added.entry.expect("entry"));
        b.execute_as(
            Cmd::SetMark {
                session: s.sessions[0],
                participant: pid,
                mark: mark(MarkStatus::Present),
                expect: None,
            },
            "besa",
        )
        .expect("mark");
        let err = b
            .execute_as(Cmd::Undo { entry }, "ana")
            .expect_err("the undo is refused")
            .to_string();
        assert!(err.contains("depend"), "{err}");
        assert!(
            err.contains("registration of Mirela Hoxha at ADV-2026"),
            "{err}"
        );
        assert!(err.contains("mark of Mirela Hoxha"), "{err}");
        assert!(
            b.participant(pid).expect("q").is_some(),
            "the person was removed"
        );
        assert_eq!(problems(&b), Vec::<String>::new());
        // An event undone while a colleague registered someone at it: refused too.
        let mut e = support::event("NEW-2026");
        e.start = time::macros::date!(2026 - 04 - 01);
        e.end = time::macros::date!(2026 - 04 - 01);
        let made = b.execute_as(Cmd::CreateEvent(e), "ana").expect("event");
        let (eid, entry) = (made.created.expect("id"), made.entry.expect("entry"));
        let sid = b.sessions(eid).expect("sessions")[0].0;
        b.execute_as(
            Cmd::SetMark {
                session: sid,
                participant: s.people[0],
                mark: mark(MarkStatus::Late),
                expect: None,
            },
            "besa",
        )
        .expect("mark");
        let err = b
            .execute_as(Cmd::Undo { entry }, "ana")
            .expect_err("refused")
            .to_string();
        assert!(err.contains("NEW-2026"), "{err}");
        assert_eq!(problems(&b), Vec::<String>::new());
        // With nothing depending on it, the same kind of undo goes through.
        let lone = b
            .execute_as(
                Cmd::CreateParticipant(person("Ardit Lone", "ardit@example.org", "")),
                "ana",
            )
            .expect("create");
        b.execute_as(
            Cmd::Undo {
                entry: lone.entry.expect("entry"),
            },
            "ana",
        )
        .expect("an undo nothing depends on");
        assert!(
            b.participant(lone.created.expect("id"))
                .expect("q")
                .is_none()
        );
    }

    #[test]
    fn undo_never_brings_back_a_forgotten_person() {
        let dir = tmp();
        let mut b = LocalBackend::open(&dir.path().join("p.redb")).expect("open");
        let s = support::seed_into(&mut b, 1);
        let made = b
            .execute(Cmd::CreateParticipant(person(
                "Vesa Krasniqi",
                "vesa@example.org",
                "+383 44 1",
            )))
            .expect("create");
        let pid = made.created.expect("id");
        let mut p = person("Vesa Krasniqi", "vesa.new@example.org", "+383 44 2");
        p.notes = "prefers Albanian".into();
        let edit = b
            .execute(Cmd::UpdateParticipant {
                id: pid,
                participant: p,
            })
            .expect("edit")
            .entry
            .expect("entry");
        let marked = b
            .execute(Cmd::SetMark {
                session: s.sessions[0],
                participant: pid,
                mark: mark(MarkStatus::Present),
                expect: None,
            })
            .expect("mark")
            .entry
            .expect("entry");
        b.execute(Cmd::Forget { participant: pid }).expect("forget");
        // A raw client undoing every older entry, newest first: none that concerns her goes
        // through, and nothing is left pointing at nothing.
        for entry in [marked, edit, made.entry.expect("entry")] {
            let err = b
                .execute(Cmd::Undo { entry })
                .expect_err("refused")
                .to_string();
            assert!(err.contains("forgotten"), "{err}");
        }
        let now = b.participant(pid).expect("q").expect("still there");
        assert!(
            now.forgotten && now.email.is_empty() && now.phone.is_empty(),
            "{now:?}"
        );
        assert_eq!(problems(&b), Vec::<String>::new());
    }
}

#[test]
fn a_keymap_file_is_capped_in_size_and_its_problems_keep_their_lines() {
    let dir = tmp();
    let keymap = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).expect("keymap");
        p
    };
    let check = |p: &Path| {
        Command::new(support::bin())
            .env("XDG_CONFIG_HOME", dir.path())
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .args(["keymap", "check"])
            .arg(p)
            .output()
            .expect("run")
    };
    // 3,000 unknown actions: every one reported on its own line, the last on line 3,001,
    // its column counted in characters after a multi-byte name.
    let mut text = String::from("[events]\n");
    for i in 0..2999 {
        text.push_str(&format!("unknown_{i} = \"a\"\n"));
    }
    text.push_str("\"đđđ\" = \"a\"\n");
    let many = keymap("many.toml", &text);
    let out = check(&many);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().count(), 3000, "{}", &err[..err.len().min(400)]);
    assert!(
        err.lines()
            .next()
            .expect("first")
            .contains("many.toml:2:1:"),
        "{err:.200}"
    );
    assert!(
        err.lines()
            .last()
            .expect("last")
            .contains("many.toml:3001:1:"),
        "{err:.200}"
    );
    // Past the size cap: refused whole, with the reason, and the defaults used.
    let mut huge = String::from("[events]\n");
    while huge.len() <= 64 * 1024 {
        huge.push_str("# a comment to make the file larger than any keymap needs\n");
    }
    let big = keymap("big.toml", &huge);
    let out = check(&big);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("more than a keymap needs"), "{err}");
}

#[test]
fn csv_exports_keep_formulas_inert_and_import_back_unchanged() {
    let dir = tmp();
    let db = dir.path().join("prezenca.redb");
    seed(&db, 1);
    let csv = dir.path().join("people.csv");
    std::fs::write(
        &csv,
        "name,email,phone,gender,organisation,position,city,country\n\
         Ana Hoxha,ana.h@example.org,+383 44 111 222,female,Zëri,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\",@Prizren,Kosovo\n",
    )
    .expect("csv");
    let out = run(
        &db,
        &["import", "participants", csv.to_str().expect("utf-8")],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let exported = dir.path().join("out.csv");
    let out = run(
        &db,
        &[
            "export",
            "participants",
            "--format",
            "csv",
            "--out",
            exported.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(&exported).expect("read");
    for line in text.lines().skip(1) {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "a cell a spreadsheet would run: {cell:?} in {line:?}"
            );
        }
    }
    assert!(text.contains("'=HYPERLINK"), "{text}");
    assert!(text.contains("'+383 44 111 222"), "{text}");
    // JSON carries the exact text.
    let out = run(&db, &["export", "participants", "--format", "json"]);
    assert!(
        support::stdout(&out).contains("\"=HYPERLINK("),
        "{}",
        support::stdout(&out)
    );
    // Imported into another database, the export gives the same data back.
    let other = dir.path().join("other.redb");
    seed(&other, 1);
    let out = run(
        &other,
        &["import", "participants", exported.to_str().expect("utf-8")],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let a = support::stdout(&run(&db, &["export", "participants", "--format", "json"]));
    let b = support::stdout(&run(
        &other,
        &["export", "participants", "--format", "json"],
    ));
    assert_eq!(a, b, "the export did not import back unchanged");
}

#[test]
fn a_sensitive_reason_can_come_from_stdin_instead_of_the_command_line() {
    use std::io::Write;
    let dir = tmp();
    let db = dir.path().join("prezenca.redb");
    seed(&db, 2);
    let mut child = support::prezenca(&db)
        .args([
            "mark",
            CODE,
            "1",
            "p1@example.org",
            "excused",
            "--reason-file",
            "-",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    // While it runs, its command line holds no reason.
    let cmdline = std::fs::read(format!("/proc/{}/cmdline", child.id())).expect("cmdline");
    assert!(!String::from_utf8_lossy(&cmdline).contains("hospital"));
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("hospital: chemotherapy\n".as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let marks = support::stdout(&run(&db, &["export", "attendance", "--format", "json"]));
    assert!(marks.contains("\"hospital: chemotherapy\""), "{marks}");
    // From a file too; and not both ways at once.
    let file = dir.path().join("reason.txt");
    std::fs::write(&file, "family matters\n").expect("reason");
    let out = run(
        &db,
        &[
            "mark",
            CODE,
            "2",
            "p1@example.org",
            "excused",
            "--reason-file",
            file.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(
        &db,
        &[
            "mark",
            CODE,
            "3",
            "p1@example.org",
            "excused",
            "--reason",
            "x",
            "--reason-file",
            "-",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn imports_refuse_invisible_characters_and_mark_floods_with_their_line_and_column() {
    let dir = tmp();
    let db = dir.path().join("prezenca.redb");
    seed(&db, 1);
    let before = support::stdout(&run(&db, &["export", "participants", "--format", "json"]));
    let csv = dir.path().join("people.csv");
    let flood = format!("Z{}ana", "\u{301}".repeat(290));
    std::fs::write(
        &csv,
        format!(
            "name,email,phone,gender,organisation,position,city,country\n\
             Ana Çela,ana.c@example.org,,female,,,,\n\
             \u{3164}\u{3164},blank@example.org,,female,,,,\n\
             Tagged,tag@example.org,,female,Org\u{e0041}\u{e0042},,,\n\
             {flood},flood@example.org,,female,,,,\n\
             Smile,smile@example.org,,female,,,Prishtina\u{fe0f},\n"
        ),
    )
    .expect("csv");
    let out = run(
        &db,
        &["import", "participants", csv.to_str().expect("utf-8")],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for (line, column, why) in [
        (3, "name", "U+3164"),
        (4, "organisation", "U+E0041"),
        (5, "name", "combining marks"),
        (6, "city", "U+FE0F"),
    ] {
        assert!(
            err.lines().any(
                |l| l.contains(&format!("people.csv:{line}: column {column}:")) && l.contains(why)
            ),
            "line {line}, column {column} ({why}) not reported: {err}"
        );
    }
    assert!(support::forbidden_in(err.as_bytes()).is_empty(), "{err:?}");
    // All or nothing: not even the good row went in.
    let after = support::stdout(&run(&db, &["export", "participants", "--format", "json"]));
    assert_eq!(before, after);
}

#[test]
fn a_forget_killed_at_any_moment_is_finished_by_the_next_open() {
    let dir = tmp();
    let built = dir.path().join("built.redb");
    imported(dir.path(), &built, 1500);
    let mut rng = support::Rng::new(
        std::env::var("PREZENCA_FORGET_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(19),
    );
    // How long a whole forget takes here, to aim the kills (not a timing assertion).
    let whole = {
        let db = dir.path().join("whole.redb");
        std::fs::copy(&built, &db).expect("copy");
        let started = std::time::Instant::now();
        let out = run(&db, &["forget", EMAIL, "--yes"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        started.elapsed().as_millis() as u64
    };
    let mut interrupted = 0;
    let mut rounds = 0;
    // Where the kills are aimed: between `early` and `late` ms after the start. The window
    // follows what each kill hit (before the commit: later; after the rewrite: sooner), so a
    // machine slower or faster than the first measurement still lands kills in between.
    let (mut early, mut late) = (whole / 3, whole + whole / 2);
    // Until two kills landed between the commit and the rewrite (bounded).
    for round in 0..80 {
        if interrupted >= 2 && round >= 4 {
            break;
        }
        rounds += 1;
        let db = dir.path().join(format!("round-{round}.redb"));
        std::fs::copy(&built, &db).expect("copy");
        let mut child = support::prezenca(&db)
            .args(["forget", EMAIL, "--yes"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        let aim = early + rng.below(late.saturating_sub(early) + 1);
        std::thread::sleep(std::time::Duration::from_millis(aim));
        let done_before_kill = matches!(child.try_wait(), Ok(Some(_)));
        let _ = child.kill();
        let _ = child.wait();
        let pending = prezenca::backend::local::LocalBackend::open_read_only(&db)
            .and_then(|b| b.forget_pending())
            .unwrap_or(false);
        interrupted += usize::from(pending);
        // The next command that opens the file for writing finishes what was begun.
        let out = run(&db, &["export", "participants", "--format", "csv"]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "round {round}: {}",
            stderr(&out)
        );
        if pending {
            assert!(
                stderr(&out).contains("finished a `forget`"),
                "round {round}: {}",
                stderr(&out)
            );
        }
        let before_commit = support::stdout(&out).contains(EMAIL);
        if !pending {
            if before_commit && !done_before_kill {
                early = aim.max(early);
                late = late.max(early + early / 2 + 20);
            } else {
                late = aim.min(late).max(early + 10);
                early = early.min(late * 2 / 3);
            }
        }
        if !before_commit {
            let left = traces_in(&db);
            assert!(
                left.is_empty(),
                "round {round}: forgotten, yet in the file: {left:?}"
            );
        }
        check_passes(&db);
        let _ = std::fs::remove_file(&db);
    }
    eprintln!("{interrupted} of {rounds} kills landed between the commit and the rewrite");
    assert!(
        interrupted > 0,
        "no kill landed between the commit and the rewrite"
    );
}
