//! Backups: a copy taken while marks are being written is consistent (every table from the
//! same moment) and passes `prezenca check`; the CLI writes a private file and restores by
//! copying it back.

use crate::server_support;
use crate::support;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use prezenca::backend::local::LocalBackend;
use prezenca::core::apply::apply;
use prezenca::core::write::Ctx;
use prezenca::core::{Command, Queries};
use prezenca::domain::MarkStatus;
use prezenca::store::tx::{Reader, Writer};
use support::{run, stderr, stdout};

#[test]
fn backups_taken_during_writes_are_consistent_and_pass_check() {
    let dir = support::tmp();
    let db = support::db_in(&dir);
    let mut b = LocalBackend::open(&db).expect("open");
    let s = support::seed_into(&mut b, 0);
    let b = Arc::new(b);
    let done = Arc::new(AtomicBool::new(false));
    // The writer: each commit creates a person and marks them, which also registers them as
    // a walk-in — three tables that a torn copy would show out of step.
    let writer = {
        let b = b.clone();
        let done = done.clone();
        let session = s.sessions[0];
        std::thread::spawn(move || {
            let db = b.db().writable().expect("writable");
            let ctx = Ctx {
                who: "door".into(),
                at: 0,
            };
            let mut n = 0u64;
            while !done.load(Ordering::SeqCst) || n < 50 {
                let mut txn = db.begin_write().expect("write");
                txn.set_durability(redb::Durability::Immediate)
                    .expect("durability");
                {
                    let mut w = Writer::new(&txn);
                    let pid = apply(
                        &mut w,
                        &Command::CreateParticipant(support::person(
                            &format!("Walk In {n}"),
                            &format!("w{n}@example.org"),
                            "",
                        )),
                        &ctx,
                    )
                    .expect("person")
                    .created
                    .expect("id");
                    apply(
                        &mut w,
                        &Command::SetMark {
                            session,
                            participant: pid,
                            mark: support::mark(MarkStatus::Present),
                            expect: None,
                        },
                        &ctx,
                    )
                    .expect("mark");
                }
                txn.commit().expect("commit");
                n += 1;
                if n >= 5000 {
                    break;
                }
            }
            n
        })
    };
    let mut sizes = Vec::new();
    for k in 0..8 {
        let dest = dir.path().join(format!("backup-{k}.redb"));
        prezenca::store::backup(b.db(), &dest).expect("backup during writes");
        sizes.push(dest);
    }
    done.store(true, Ordering::SeqCst);
    let written = writer.join().expect("writer");
    assert!(written >= 50);
    let mut last = 0;
    for dest in &sizes {
        let out = run(dest, &["check"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let copy = LocalBackend::open_read_only(dest).expect("open backup");
        let r = copy.db().begin_read().expect("read");
        let people = r.all_participants().expect("people").len();
        let marks = r.marks_of_session(s.sessions[0]).expect("marks").len();
        let regs = r.registrations_of(s.event).expect("regs").len();
        assert_eq!(
            (people, marks),
            (regs, regs),
            "{}: a torn copy",
            dest.display()
        );
        assert!(people >= last, "backups go forward in time");
        last = people;
    }
    assert!(last > 0, "the backups saw the writes");
}

#[test]
fn cli_backup_is_private_checkable_and_restores_by_copying() {
    let dir = support::tmp();
    let db = support::db_in(&dir);
    let s = support::seed(&db, 3);
    let out = run(&db, &["mark", s.code, "2", "p1@example.org", "late"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let original = stdout(&run(&db, &["summary", s.code, "--format", "json"]));

    let copy = dir.path().join("copy.redb");
    let out = run(&db, &["backup", copy.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(support::mode(&copy), 0o600);
    assert_eq!(run(&copy, &["check"]).status.code(), Some(0));
    assert_eq!(
        stdout(&run(&copy, &["summary", s.code, "--format", "json"])),
        original
    );
    // An existing file is never overwritten.
    let before = support::bytes(&copy);
    let out = run(&db, &["backup", copy.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("exists already"), "{}", stderr(&out));
    assert!(support::bytes(&copy) == before);

    // Later changes, then the restore: stop every prezenca, copy the backup over the file.
    let out = run(&db, &["mark", s.code, "1", "p0@example.org", "absent"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::copy(&copy, &db).expect("restore");
    assert_eq!(run(&db, &["check"]).status.code(), Some(0));
    assert_eq!(
        stdout(&run(&db, &["summary", s.code, "--format", "json"])),
        original
    );
    let mut b = LocalBackend::open(&db).expect("restored opens for writing");
    assert_eq!(b.session_marks(s.sessions[0]).expect("marks").len(), 0);
}

/// While `prezenca serve` holds the file, `prezenca backup` goes through the server: two
/// trainers keep marking through it, and every copy taken meanwhile is private, passes
/// `prezenca check`, shows every table at one moment and holds every mark acknowledged
/// before it was asked for. The server leaves no temporary file behind.
#[test]
fn backups_through_a_running_server_during_writes_are_consistent() {
    use std::os::unix::fs::PermissionsExt;
    let dir = support::tmp();
    let db = support::db_in(&dir);
    let s = support::seed(&db, 600);
    // Enough people besides that the copy travels in several parts (more than 1 MiB); they
    // are added in one transaction to keep the test quick.
    {
        let b = LocalBackend::open(&db).expect("open");
        let txn = b
            .db()
            .writable()
            .expect("writable")
            .begin_write()
            .expect("write");
        {
            let mut w = Writer::new(&txn);
            let ctx = Ctx {
                who: "import".into(),
                at: 0,
            };
            for n in 0..6000 {
                apply(
                    &mut w,
                    &Command::CreateParticipant(support::person(
                        &format!("Registered Later {n}"),
                        &format!("later{n}@example.org"),
                        "",
                    )),
                    &ctx,
                )
                .expect("person");
            }
        }
        txn.commit().expect("commit");
    }
    let run_dir = dir.path().join("run");
    std::fs::create_dir(&run_dir).expect("run dir");
    std::fs::set_permissions(&run_dir, std::fs::Permissions::from_mode(0o750)).expect("chmod");
    let sock = run_dir.join("socket");
    let mut server = server_support::Server::start(&db, &sock);

    let done = Arc::new(AtomicBool::new(false));
    // Marks acknowledged so far, per writer (person index).
    let acked: Vec<Arc<std::sync::Mutex<Vec<usize>>>> = (0..2).map(|_| Arc::default()).collect();
    let writers: Vec<_> = (0..2)
        .map(|k| {
            let (sock, done, acked) = (sock.clone(), done.clone(), acked[k].clone());
            let (session, people) = (s.sessions[0], s.people.clone());
            std::thread::spawn(move || {
                let mut c = prezenca::backend::remote::connect_if_running(Some(&sock))
                    .expect("connect")
                    .expect("a server answers");
                // Marking someone not registered registers them as a walk-in in the same
                // change: a torn copy would show marks and registrations out of step.
                for i in (k..people.len()).step_by(2) {
                    if done.load(Ordering::SeqCst) && i > 200 {
                        break;
                    }
                    c.execute(Command::SetMark {
                        session,
                        participant: people[i],
                        mark: support::mark(MarkStatus::Present),
                        expect: None,
                    })
                    .expect("mark through the server");
                    acked.lock().expect("lock").push(i);
                }
            })
        })
        .collect();

    let mut copies = Vec::new();
    for n in 0..5 {
        let before: usize = acked.iter().map(|a| a.lock().expect("lock").len()).sum();
        let dest = dir.path().join(format!("through-server-{n}.redb"));
        let out = support::prezenca(&db)
            .env("PREZENCA_SOCKET", &sock)
            .arg("backup")
            .arg(&dest)
            .output()
            .expect("run backup");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("by the running server") && stderr(&out).contains("passes check"),
            "{}",
            stderr(&out)
        );
        assert_eq!(support::mode(&dest), 0o600, "the copy is private");
        copies.push((dest, before));
    }
    done.store(true, Ordering::SeqCst);
    for w in writers {
        w.join().expect("writer");
    }

    let mut last = 0;
    for (dest, before) in &copies {
        assert!(
            std::fs::metadata(dest).expect("copy").len() > 1024 * 1024,
            "the copy came in several parts: {} bytes",
            std::fs::metadata(dest).expect("copy").len()
        );
        let out = run(dest, &["check"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let mut copy = LocalBackend::open_read_only(dest).expect("open the copy");
        let marks = copy.session_marks(s.sessions[0]).expect("marks").len();
        let regs = copy.registrations(s.event).expect("registrations").len();
        assert_eq!(marks, regs, "{}: a torn copy", dest.display());
        assert!(
            marks >= *before,
            "a mark acknowledged before the backup is missing"
        );
        assert!(marks >= last, "backups go forward in time");
        last = marks;
    }
    assert!(last > 0, "the copies saw the writes");

    // Nothing the server wrote for the copies is left beside the database.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".backup-") || n.ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // An existing file is not overwritten through the server either.
    let (first, _) = &copies[0];
    let before = support::bytes(first);
    let out = support::prezenca(&db)
        .env("PREZENCA_SOCKET", &sock)
        .arg("backup")
        .arg(first)
        .output()
        .expect("run backup");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("exists already"), "{}", stderr(&out));
    assert!(support::bytes(first) == before);
    assert!(server.terminate().success());
}
