//! Several trainers at once through one server: every acknowledged mark is saved under the
//! right user, every change reaches every client, and the CLI works through the server.

use crate::server_support;

use std::collections::HashMap;
use std::process::Command;
use std::sync::{Arc, Mutex};

use prezenca::backend::local::LocalBackend;
use prezenca::core::{Command as Cmd, Error, MarkInput, Queries};
use prezenca::domain::{Id, MarkStatus};
use server_support::*;

/// A config directory that does not exist: the tests never read the config of whoever runs
/// them (a `lang = "sq"` there would change every message).
const NO_CONFIG: &str = "/nonexistent/prezenca-test-config";

const STATUSES: [MarkStatus; 4] = [
    MarkStatus::Present,
    MarkStatus::Absent,
    MarkStatus::Excused,
    MarkStatus::LeftEarly,
];

/// (session, participant, status, audit entry) of a mark the server confirmed.
type Acked = (Id, Id, MarkStatus, Id);

#[test]
fn eight_clients_mark_two_thousand_and_every_acknowledged_mark_is_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    let seeded = seed(&db, 10, 200);
    let mut server = Server::start(&db, &dir.path().join("run/socket"));

    // Every (session, participant) pair once: 10 × 200 = 2,000 marks over 8 clients.
    let mut pairs = Vec::new();
    for (si, s) in seeded.sessions.iter().enumerate() {
        for (pi, (p, _)) in seeded.people.iter().enumerate() {
            pairs.push((*s, *p, STATUSES[(si + pi) % STATUSES.len()]));
        }
    }
    let acked: Arc<Mutex<Vec<Acked>>> = Arc::default();
    let threads: Vec<_> = (0..8)
        .map(|k| {
            let mine: Vec<_> = pairs.iter().skip(k).step_by(8).copied().collect();
            let socket = server.socket.clone();
            let acked = acked.clone();
            std::thread::spawn(move || {
                let mut b = client(&socket);
                assert!(b.location().starts_with("server "), "{}", b.location());
                for (s, p, status) in mine {
                    let out = b
                        .execute(Cmd::SetMark {
                            session: s,
                            participant: p,
                            mark: Some(MarkInput {
                                status,
                                arrived_at: None,
                                reason: String::new(),
                            }),
                            expect: None,
                        })
                        .expect("mark through the server");
                    let entry = out.entry.expect("a saved mark has an audit entry");
                    acked.lock().expect("lock").push((s, p, status, entry));
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("client thread");
    }

    // A few marks through the command line prove the CLI path. `--db` names the file the
    // server holds: a CLI that opened it itself would be refused as busy.
    let cli_session = 3;
    for (_, email) in seeded.people.iter().take(3) {
        let out = Command::new(BIN)
            .env("XDG_CONFIG_HOME", NO_CONFIG)
            .args([
                "mark",
                &seeded.code,
                &cli_session.to_string(),
                email,
                "late",
            ])
            .args(["--arrived", "09:45"])
            .arg("--socket")
            .arg(&server.socket)
            .arg("--db")
            .arg(&db)
            .env("PREZENCA_NOW", NOW)
            // English messages, whatever the locale of whoever runs the tests.
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .expect("run prezenca mark");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    assert!(server.terminate().success(), "{}", server.log_text());
    assert!(!server.socket.exists(), "the socket is removed on SIGTERM");

    let mut b = LocalBackend::open(&db).expect("reopen");
    let me = prezenca::core::os_user();
    let acked = acked.lock().expect("lock");
    assert_eq!(acked.len(), 2000);
    let mut marks: HashMap<Id, HashMap<Id, MarkStatus>> = HashMap::new();
    for s in &seeded.sessions {
        marks.insert(
            *s,
            b.session_marks(*s)
                .expect("marks")
                .into_iter()
                .map(|(p, m)| (p, m.status))
                .collect(),
        );
    }
    let cli_sid = seeded.sessions[cli_session - 1];
    for (s, p, status, entry) in acked.iter() {
        let overwritten_by_cli = *s == cli_sid && seeded.people[..3].iter().any(|(q, _)| q == p);
        let want = if overwritten_by_cli {
            MarkStatus::Late
        } else {
            *status
        };
        assert_eq!(marks[s].get(p), Some(&want), "mark of {p} at session {s}");
        let e = b.audit_entry(*entry).expect("audit").expect("entry");
        assert_eq!(
            e.who, me,
            "the audit log names the user the socket reported"
        );
    }
    let audit = b.audit(5000).expect("audit");
    let cli_entries = audit
        .iter()
        .filter(|(_, e)| e.who == me && e.what.to_lowercase().contains("late"))
        .count();
    assert!(cli_entries >= 3, "the CLI marks are audited too");
}

#[test]
fn two_trainers_marking_the_same_person_end_with_one_mark_and_both_in_the_audit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    let seeded = seed(&db, 1, 2);
    let mut server = Server::start(&db, &dir.path().join("run/socket"));
    let s = seeded.sessions[0];
    let (p, _) = seeded.people[0];
    let (q, _) = seeded.people[1];

    // Without `expect`, both marks are saved in turn: one mark remains, two audit entries.
    let results: Vec<_> = [MarkStatus::Present, MarkStatus::Late]
        .into_iter()
        .map(|status| {
            let socket = server.socket.clone();
            std::thread::spawn(move || {
                let mut b = client(&socket);
                b.execute(Cmd::SetMark {
                    session: s,
                    participant: p,
                    mark: Some(MarkInput {
                        status,
                        arrived_at: None,
                        reason: String::new(),
                    }),
                    expect: None,
                })
                .expect("mark")
            })
        })
        .map(|t| t.join().expect("thread"))
        .collect();
    assert!(results.iter().all(|o| o.entry.is_some()));

    // With `expect` (what the roster sends), the second one sees a conflict.
    let mut a = client(&server.socket);
    let mut b = client(&server.socket);
    let first = a.execute(Cmd::SetMark {
        session: s,
        participant: q,
        mark: present(),
        expect: Some(None),
    });
    let second = b.execute(Cmd::SetMark {
        session: s,
        participant: q,
        mark: present(),
        expect: Some(None),
    });
    assert!(first.is_ok(), "{first:?}");
    assert!(matches!(second, Err(Error::Conflict(_))), "{second:?}");
    drop((a, b));

    assert!(server.terminate().success());
    let mut local = LocalBackend::open(&db).expect("reopen");
    let marks = local.session_marks(s).expect("marks");
    assert_eq!(marks.iter().filter(|(x, _)| *x == p).count(), 1);
    let audit = local.audit(100).expect("audit");
    let about_p: Vec<_> = audit
        .iter()
        .filter(|(id, _)| results.iter().any(|o| o.entry == Some(*id)))
        .collect();
    assert_eq!(about_p.len(), 2, "both marks are in the audit log");
}

#[test]
fn every_change_is_pushed_to_every_client_and_presence_is_shared() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    let seeded = seed(&db, 1, 1);
    let server = Server::start(&db, &dir.path().join("run/socket"));
    let s = seeded.sessions[0];
    let mut a = client(&server.socket);
    let mut b = client(&server.socket);
    let mut c = client(&server.socket);
    assert_eq!(a.pushed_changes(), Some(vec![]));

    let out = a
        .execute(Cmd::SetMark {
            session: s,
            participant: seeded.people[0].0,
            mark: present(),
            expect: None,
        })
        .expect("mark");
    let seq = out.entry.expect("entry");
    for other in [&mut b, &mut c] {
        let mut seen = Vec::new();
        eventually("the change reaches the other client", || {
            seen.extend(other.pushed_changes().expect("a push channel"));
            seen.contains(&seq)
        });
    }
    // A failed command changes nothing and pushes nothing.
    let bad = a.execute(Cmd::SetMark {
        session: 999_999,
        participant: seeded.people[0].0,
        mark: present(),
        expect: None,
    });
    assert!(bad.is_err());
    assert_eq!(b.change_seq().expect("seq"), seq);
    assert!(!b.pushed_changes().expect("push").iter().any(|x| *x > seq));

    // Two clients on the same session see each other; the third is elsewhere.
    assert!(a.presence(Some(s)).is_empty(), "no one else is there yet");
    b.presence(Some(s));
    c.presence(None);
    let me = a.who();
    eventually("a sees b on the session", || {
        a.presence(Some(s)) == vec![me.clone()]
    });
    assert!(c.presence(None).is_empty());
    drop(b);
    eventually("b's leaving is seen", || a.presence(Some(s)).is_empty());
}
