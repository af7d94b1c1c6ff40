//! I/O errors under a commit: a storage backend that fails the Nth write, sync or resize
//! proves that a failed commit is an error with a clear message, never shown as saved, and
//! that reopening the file finds the last good state.

use crate::support;

use prezenca::backend::local::LocalBackend;
use prezenca::core::{Backend, Command, Queries};
use prezenca::domain::MarkStatus;
use support::faulty::{self, Faults};

#[derive(Debug, Clone, Copy)]
enum Fault {
    Write(u64),
    Sync(u64),
}

fn arm(f: &Faults, fault: Fault) {
    match fault {
        Fault::Write(n) => f.fail_write(n),
        Fault::Sync(n) => f.fail_sync(n),
    }
}

fn marked(b: &mut LocalBackend, session: u64) -> Vec<(u64, MarkStatus)> {
    let mut v: Vec<_> = b
        .session_marks(session)
        .expect("marks")
        .into_iter()
        .map(|(p, m)| (p, m.status))
        .collect();
    v.sort();
    v
}

/// One failure injected into the commit of one mark; returns whether it fired.
fn failed_commit_case(fault: Fault) -> bool {
    let dir = support::tmp();
    let path = support::db_in(&dir);
    let (mut b, faults) = faulty::open(&path);
    let s = support::seed_into(&mut b, 3);
    let session = s.sessions[0];
    b.execute(Command::SetMark {
        session,
        participant: s.people[0],
        mark: support::mark(MarkStatus::Present),
        expect: None,
    })
    .expect("good mark");
    let good = marked(&mut b, session);
    let audit_before = b.change_seq().expect("seq");

    arm(&faults, fault);
    let result = b.execute(Command::SetMark {
        session,
        participant: s.people[1],
        mark: support::mark(MarkStatus::Late),
        expect: None,
    });
    let fired = faults.tripped();
    if fired {
        let e = result.expect_err("a failed commit must be an error, never shown as saved");
        let msg = e.to_string();
        assert!(
            msg.starts_with("could not save:")
                && (msg.contains("No space left on device") || msg.contains("Input/output error")),
            "{fault:?}: unclear message {msg:?}"
        );
        // The handle refuses further work with a clear message instead of pretending.
        let again = b.execute(Command::SetMark {
            session,
            participant: s.people[2],
            mark: support::mark(MarkStatus::Present),
            expect: None,
        });
        if let Err(e) = again {
            assert!(e.to_string().starts_with("could not save:"), "{e}");
        }
    } else {
        result.expect("no failure fired: the mark is saved");
    }
    faults.disarm();
    drop(b);

    // Reopen with the plain file backend: redb repairs the unclean file.
    let mut b = LocalBackend::open(&path).expect("reopen after failure");
    let now = marked(&mut b, session);
    if fired {
        // The failed change is absent. The one exception redb allows is a failure of the
        // final flush after the new root was written: then the change is there whole.
        let with_late = {
            let mut v = good.clone();
            v.push((s.people[1], MarkStatus::Late));
            v.sort();
            v
        };
        assert!(
            now == good || now == with_late,
            "{fault:?}: after reopen {now:?}, expected {good:?}"
        );
        if now == good {
            assert_eq!(b.change_seq().expect("seq"), audit_before, "{fault:?}");
        }
    } else {
        assert!(now.contains(&(s.people[1], MarkStatus::Late)), "{fault:?}");
    }
    let problems = prezenca::store::check::check(b.db()).expect("check runs");
    assert!(problems.is_empty(), "{fault:?}: {problems:?}");
    // And it keeps working.
    b.execute(Command::SetMark {
        session,
        participant: s.people[2],
        mark: support::mark(MarkStatus::Absent),
        expect: None,
    })
    .expect("writes work after reopen");
    fired
}

#[test]
fn failed_writes_are_errors_and_reopen_finds_the_last_good_state() {
    let mut fired = 0;
    for n in 1..=8 {
        fired += u32::from(failed_commit_case(Fault::Write(n)));
    }
    assert!(fired >= 3, "the injected write failures must reach commits");
}

#[test]
fn failed_syncs_are_errors_and_reopen_finds_the_last_good_state() {
    assert!(failed_commit_case(Fault::Sync(1)), "a commit syncs");
    failed_commit_case(Fault::Sync(2));
}

#[test]
fn failed_growth_is_an_error_and_reopen_finds_the_last_good_state() {
    // The file grows only when it is full: marks with long reasons fill it until it must.
    let dir = support::tmp();
    let path = support::db_in(&dir);
    let (mut b, faults) = faulty::open(&path);
    let s = support::seed_into(&mut b, 60);
    faults.fail_resize(1);
    let mut saved = Vec::new();
    let mut failure = None;
    for (i, p) in s.people.iter().enumerate() {
        let long = prezenca::core::MarkInput {
            status: MarkStatus::Excused,
            arrived_at: None,
            reason: format!("{i:05}").repeat(1900),
        };
        match b.execute(Command::SetMark {
            session: s.sessions[0],
            participant: *p,
            mark: Some(long),
            expect: None,
        }) {
            Ok(_) => saved.push((*p, MarkStatus::Excused)),
            Err(e) => {
                failure = Some(e);
                break;
            }
        }
    }
    assert!(faults.tripped(), "60 marks of 9.5 kB grow the file");
    let e = failure.expect("failed growth is an error");
    assert!(e.to_string().starts_with("could not save:"), "{e}");
    assert!(e.to_string().contains("No space left on device"), "{e}");
    drop(b);
    let mut b = LocalBackend::open(&path).expect("reopen");
    saved.sort();
    assert_eq!(marked(&mut b, s.sessions[0]), saved);
    assert!(
        prezenca::store::check::check(b.db())
            .expect("check")
            .is_empty()
    );
}

/// Reopen time after an unclean stop, and the commit cost of quick repair. Figures go to
/// GUARANTEES.md; run with `cargo test --release --test reliability_io_errors -- --ignored
/// --nocapture`. Not a test of speed: it prints, it does not assert.
#[test]
#[ignore = "a measurement, run by hand"]
fn measure_reopen_after_unclean_stop() {
    use prezenca::core::apply::apply;
    use prezenca::core::write::Ctx;
    use prezenca::store::tx::Writer;
    use std::time::Instant;

    for quick in [false, true] {
        let dir = support::tmp();
        let path = support::db_in(&dir);
        let mut b = LocalBackend::open(&path).expect("open");
        // A season of work: 40 events × 3 sessions, 3000 people, 9000 marks.
        let mut seeds = Vec::new();
        for e in 0..40 {
            let mut ev = support::event(&format!("EV-{e}"));
            ev.title = format!("Event {e}");
            let id = b
                .execute(Command::CreateEvent(ev))
                .expect("event")
                .created
                .expect("id");
            seeds.push((id, b.sessions(id).expect("s")));
        }
        let db = b.db().writable().expect("rw");
        let ctx = Ctx {
            who: "bench".into(),
            at: 0,
        };
        let txn = db.begin_write().expect("w");
        let mut pids = Vec::new();
        {
            let mut w = Writer::new(&txn);
            for i in 0..3000usize {
                let out = apply(
                    &mut w,
                    &Command::CreateParticipant(support::person(
                        &format!("Person {i}"),
                        &support::email(i),
                        "+383 44 000 000",
                    )),
                    &ctx,
                )
                .expect("p");
                let pid = out.created.expect("id");
                pids.push(pid);
                let (_, sessions) = &seeds[i % seeds.len()];
                for (sid, _) in sessions {
                    apply(
                        &mut w,
                        &Command::SetMark {
                            session: *sid,
                            participant: pid,
                            mark: support::mark(MarkStatus::Present),
                            expect: None,
                        },
                        &ctx,
                    )
                    .expect("m");
                }
            }
        }
        txn.commit().expect("commit");
        // 200 single-mark commits as the door sees them, timed.
        let started = Instant::now();
        for i in 0..200u64 {
            let mut txn = db.begin_write().expect("w");
            txn.set_durability(redb::Durability::Immediate)
                .expect("durability");
            txn.set_quick_repair(quick);
            {
                let mut w = Writer::new(&txn);
                let (_, sessions) = &seeds[(i % 40) as usize];
                apply(
                    &mut w,
                    &Command::SetMark {
                        session: sessions[1].0,
                        participant: pids[(i % 40) as usize],
                        mark: support::mark(if i % 2 == 0 {
                            MarkStatus::Late
                        } else {
                            MarkStatus::Absent
                        }),
                        expect: None,
                    },
                    &ctx,
                )
                .expect("mark");
            }
            txn.commit().expect("commit");
        }
        let per_commit = started.elapsed() / 200;
        // The file as a power cut leaves it: copied while the database is still open.
        let image = dir.path().join("unclean.redb");
        std::fs::copy(&path, &image).expect("copy");
        let size = std::fs::metadata(&image).expect("meta").len();
        let started = Instant::now();
        let reopened = LocalBackend::open(&image).expect("reopen unclean image");
        let reopen = started.elapsed();
        drop(reopened);
        let started = Instant::now();
        let clean = LocalBackend::open(&image).expect("reopen clean");
        let clean_open = started.elapsed();
        drop(clean);
        println!(
            "quick_repair={quick}: file {:.1} MiB, commit {per_commit:?}, reopen after unclean stop {reopen:?}, clean open {clean_open:?}",
            size as f64 / 1048576.0
        );
        drop(b);
    }
}
