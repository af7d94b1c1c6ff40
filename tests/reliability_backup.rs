//! Backups: a copy taken while marks are being written is consistent (every table from the
//! same moment) and passes `prezenca check`; the CLI writes a private file and restores by
//! copying it back.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use prezenca::core::apply::{Ctx, apply};
use prezenca::core::{Command, Queries};
use prezenca::domain::MarkStatus;
use prezenca::store::local::LocalBackend;
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
