//! A server under bad conditions: garbage, oversized and half frames, silent and slow
//! clients, stale and live sockets, a planted socket, SIGTERM and SIGKILL.

use crate::server_support;

use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use prezenca::backend::local::LocalBackend;
use prezenca::backend::protocol::{
    MAX_FRAME, PROTOCOL_VERSION, Request, ToClient, ToServer, encode, read_msg,
};
use prezenca::core::{Command as Cmd, MarkInput, Queries, Query};
use prezenca::domain::{Id, MarkStatus};
use prezenca::store::schema::SCHEMA_VERSION;
use server_support::*;

fn never() -> bool {
    false
}

/// Reads until the server closes; false if it keeps the connection open for a minute.
fn closed_by_server(s: &mut UnixStream) -> bool {
    s.set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    let mut buf = [0u8; 65536];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return false,
            Err(_) => return true,
        }
    }
}

fn hello(s: &mut UnixStream) {
    let f = encode(&ToServer::Hello {
        protocol: PROTOCOL_VERSION,
        schema: SCHEMA_VERSION,
        version: "test".into(),
        lang: "en".into(),
    })
    .expect("hello");
    s.write_all(&f).expect("send hello");
    let w: ToClient = read_msg(s, None, &never).expect("welcome");
    assert!(matches!(w, ToClient::Welcome { .. }), "{w:?}");
}

#[test]
fn garbage_oversized_half_and_silent_clients_do_not_stop_the_server() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    let seeded = seed(&db, 1, 3);
    let mut server = Server::start(&db, &dir.path().join("run/socket"));
    let sock = server.socket.clone();

    // Silent clients stay connected for the whole test: one says nothing, one says half a
    // length, one says hello and then half a frame.
    let _silent = UnixStream::connect(&sock).expect("silent");
    let mut half = UnixStream::connect(&sock).expect("half");
    half.write_all(&[0, 0]).expect("half header");
    let mut half_body = UnixStream::connect(&sock).expect("half body");
    hello(&mut half_body);
    half_body
        .write_all(&[0, 0, 0, 50, 1, 2])
        .expect("half body");

    // Garbage instead of hello.
    let mut g = UnixStream::connect(&sock).expect("garbage");
    g.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("write");
    assert!(closed_by_server(&mut g), "garbage is disconnected");

    // An oversized frame after hello: told why, then closed.
    let mut big = UnixStream::connect(&sock).expect("big");
    hello(&mut big);
    big.write_all(&(MAX_FRAME as u32 + 1).to_be_bytes())
        .expect("write");
    let m: ToClient = read_msg(&mut big, None, &never).expect("closing");
    assert!(
        matches!(&m, ToClient::Closing { reason } if reason.contains("larger than")),
        "{m:?}"
    );
    assert!(closed_by_server(&mut big));

    // A well-framed message that is not a message.
    let mut bad = UnixStream::connect(&sock).expect("bad");
    hello(&mut bad);
    bad.write_all(&[0, 0, 0, 4, 0xff, 0xff, 0xff, 0xff])
        .expect("write");
    assert!(closed_by_server(&mut bad));

    // A request before hello.
    let mut early = UnixStream::connect(&sock).expect("early");
    let f = encode(&ToServer::Request {
        id: 1,
        request: Request::Query(Query::Events),
    })
    .expect("req");
    early.write_all(&f).expect("write");
    let m: ToClient = read_msg(&mut early, None, &never).expect("refused");
    assert!(matches!(m, ToClient::Refused { .. }), "{m:?}");

    // Another version: a clear refusal, not garbage.
    let mut old = UnixStream::connect(&sock).expect("old");
    let f = encode(&ToServer::Hello {
        protocol: PROTOCOL_VERSION + 1,
        schema: SCHEMA_VERSION,
        version: "9.9.9".into(),
        lang: "en".into(),
    })
    .expect("hello");
    old.write_all(&f).expect("write");
    let m: ToClient = read_msg(&mut old, None, &never).expect("refused");
    assert!(
        matches!(&m, ToClient::Refused { reason } if reason.contains("same version")),
        "{m:?}"
    );

    // Through all this, a real client works.
    let mut b = client(&sock);
    let out = b
        .execute(Cmd::SetMark {
            session: seeded.sessions[0],
            participant: seeded.people[0].0,
            mark: present(),
            expect: None,
        })
        .expect("mark");
    assert!(out.entry.is_some());
    assert_eq!(b.events().expect("events").len(), 1);
    assert!(server.alive());
    drop(half);
    assert!(server.terminate().success(), "{}", server.log_text());
}

#[test]
fn a_client_that_stops_reading_is_dropped_and_does_not_block_the_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    let seeded = seed(&db, 1, 150);
    let mut server = Server::start(&db, &dir.path().join("run/socket"));

    let mut slow = UnixStream::connect(&server.socket).expect("slow");
    hello(&mut slow);
    let flooding = Arc::new(AtomicBool::new(true));
    let flood = {
        let mut slow = slow.try_clone().expect("clone");
        let flooding = flooding.clone();
        std::thread::spawn(move || {
            // Asks for the whole participant list again and again, never reading a reply.
            let f = encode(&ToServer::Request {
                id: 1,
                request: Request::Query(Query::Participants),
            })
            .expect("req");
            let mut sent = 0;
            while flooding.load(Ordering::SeqCst) && sent < 20_000 {
                if slow.write_all(&f).is_err() {
                    return true;
                }
                sent += 1;
            }
            false
        })
    };

    let mut good = client(&server.socket);
    for (p, _) in seeded.people.iter().take(100) {
        good.execute(Cmd::SetMark {
            session: seeded.sessions[0],
            participant: *p,
            mark: present(),
            expect: None,
        })
        .expect("the other clients keep working");
    }
    let cut_off = flood.join().expect("flood thread");
    flooding.store(false, Ordering::SeqCst);
    assert!(
        cut_off,
        "the server disconnected the client that stopped reading"
    );
    assert!(closed_by_server(&mut slow));
    assert!(server.log_text().contains("stopped reading"));
    assert_eq!(
        good.session_marks(seeded.sessions[0]).expect("marks").len(),
        100
    );
    assert!(server.terminate().success());
}

#[test]
fn a_stale_socket_is_replaced_and_a_live_one_is_not_stolen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    seed(&db, 1, 1);
    let run = dir.path().join("run");
    std::fs::create_dir(&run).expect("run dir");
    std::fs::set_permissions(&run, std::fs::Permissions::from_mode(0o750)).expect("chmod");
    let sock = run.join("socket");
    // What a crashed server leaves: a socket file nobody listens on.
    drop(UnixListener::bind(&sock).expect("bind"));
    assert!(sock.exists());
    let mut first = Server::start(&db, &sock);
    assert!(first.log_text().contains("stale"), "{}", first.log_text());
    assert_eq!(client(&sock).events().expect("events").len(), 1);

    // A second server on the same socket (another database) refuses and leaves it alone.
    let db2 = dir.path().join("q.redb");
    seed(&db2, 1, 1);
    let mut second = Server::spawn(&db2, &sock, &[]);
    let status = second.child.wait().expect("wait");
    assert_eq!(status.code(), Some(1));
    assert!(
        second.log_text().contains("already running"),
        "{}",
        second.log_text()
    );
    assert!(first.alive());
    assert_eq!(client(&sock).events().expect("still served").len(), 1);

    // A second server on the same database is refused too.
    let mut third = Server::spawn(&db, &run.join("other"), &[]);
    assert_eq!(third.child.wait().expect("wait").code(), Some(1));
    assert!(
        third.log_text().contains("open in another"),
        "{}",
        third.log_text()
    );
    assert!(first.terminate().success());
}

#[test]
fn sockets_in_directories_others_can_write_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let open = dir.path().join("open");
    std::fs::create_dir(&open).expect("dir");
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).expect("chmod");

    // A planted "server": the client refuses before connecting, so it learns nothing.
    let planted = open.join("socket");
    let fake = UnixListener::bind(&planted).expect("bind");
    fake.set_nonblocking(true).expect("nonblocking");
    let r = prezenca::backend::remote::connect_if_running(Some(&planted));
    let e = r.err().expect("refused").to_string();
    assert!(e.contains("other users can write"), "{e}");
    assert!(fake.accept().is_err(), "the client never connected");

    // The server refuses to listen there, like tmux.
    let db = dir.path().join("p.redb");
    let mut s = Server::spawn(&db, &open.join("s2"), &[]);
    assert_eq!(s.child.wait().expect("wait").code(), Some(1));
    assert!(
        s.log_text().contains("other users can write"),
        "{}",
        s.log_text()
    );
}

#[test]
fn sigterm_stops_cleanly_and_clients_refuse_changes_until_it_is_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    let seeded = seed(&db, 1, 2);
    let sock = dir.path().join("run/socket");
    let mut server = Server::start(&db, &sock);
    let mut b = client(&sock);
    let mark = |p: Id| Cmd::SetMark {
        session: seeded.sessions[0],
        participant: p,
        mark: present(),
        expect: None,
    };
    b.execute(mark(seeded.people[0].0)).expect("mark");
    assert!(server.terminate().success(), "{}", server.log_text());
    assert!(!sock.exists(), "the socket is removed");
    assert!(server.log_text().contains("stopped"));

    let e = b
        .execute(mark(seeded.people[1].0))
        .expect_err("refused while the server is away");
    // Never sent: safe to try again, and the error type says so.
    assert!(
        matches!(e, prezenca::core::error::Error::NotSent(_)),
        "{e:?}"
    );
    let e = e.to_string();
    assert!(e.contains("not connected to the server"), "{e}");
    assert!(e.contains("not saved"), "{e}");
    assert!(b.location().contains("not connected"), "{}", b.location());

    let _server = Server::start(&db, &sock);
    let mut back = None;
    eventually("the client reconnects by itself", || {
        back = b.execute(mark(seeded.people[1].0)).ok();
        back.is_some()
    });
    assert!(b.location().contains("reconnected"), "{}", b.location());
    assert_eq!(b.session_marks(seeded.sessions[0]).expect("marks").len(), 2);
}

#[test]
fn a_killed_server_loses_nothing_it_acknowledged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    let seeded = seed(&db, 4, 250);
    let sock = dir.path().join("run/socket");
    let server = Arc::new(Mutex::new(Server::start(&db, &sock)));

    let acked: Arc<Mutex<Vec<(Id, Id)>>> = Arc::default();
    let count = Arc::new(AtomicUsize::new(0));
    let restarted = Arc::new(AtomicBool::new(false));
    let after_restart = Arc::new(AtomicUsize::new(0));
    let pairs: Vec<(Id, Id)> = seeded
        .sessions
        .iter()
        .flat_map(|s| seeded.people.iter().map(move |(p, _)| (*s, *p)))
        .collect();
    let threads: Vec<_> = (0..4)
        .map(|k| {
            let mine: Vec<_> = pairs.iter().skip(k).step_by(4).copied().collect();
            let (sock, acked, count) = (sock.clone(), acked.clone(), count.clone());
            let (restarted, after) = (restarted.clone(), after_restart.clone());
            std::thread::spawn(move || {
                let mut b = client(&sock);
                let mut reconnected = false;
                for (s, p) in mine {
                    let cmd = Cmd::SetMark {
                        session: s,
                        participant: p,
                        mark: Some(MarkInput {
                            status: MarkStatus::Present,
                            arrived_at: None,
                            reason: String::new(),
                        }),
                        expect: None,
                    };
                    for _ in 0..2000 {
                        match b.execute(cmd.clone()) {
                            Ok(o) => {
                                assert!(o.entry.is_some());
                                acked.lock().expect("lock").push((s, p));
                                count.fetch_add(1, Ordering::SeqCst);
                                if restarted.load(Ordering::SeqCst) {
                                    after.fetch_add(1, Ordering::SeqCst);
                                }
                                break;
                            }
                            // Certainly not saved: try again once the server is back.
                            Err(e) if e.to_string().contains("not saved") => {
                                std::thread::sleep(Duration::from_millis(20));
                            }
                            // Maybe saved, maybe not: not counted as acknowledged.
                            Err(_) => break,
                        }
                    }
                    reconnected |= b.location().contains("reconnected");
                }
                reconnected
            })
        })
        .collect();

    eventually("some marks are acknowledged", || {
        count.load(Ordering::SeqCst) >= 200
    });
    server.lock().expect("lock").kill9();
    assert!(sock.exists(), "SIGKILL leaves the socket behind");
    let fresh = Server::start(&db, &sock);
    restarted.store(true, Ordering::SeqCst);
    *server.lock().expect("lock") = fresh;

    let reconnected: Vec<bool> = threads
        .into_iter()
        .map(|t| t.join().expect("thread"))
        .collect();
    assert!(reconnected.iter().all(|r| *r), "every client reconnected");
    assert!(after_restart.load(Ordering::SeqCst) > 0);
    assert!(server.lock().expect("lock").terminate().success());

    let mut b = LocalBackend::open(&db).expect("reopen");
    let acked = acked.lock().expect("lock");
    for s in &seeded.sessions {
        let marks = b.session_marks(*s).expect("marks");
        for (_, p) in acked.iter().filter(|(x, _)| x == s) {
            assert!(
                marks
                    .iter()
                    .any(|(q, m)| q == p && m.status == MarkStatus::Present),
                "acknowledged mark of {p} at {s} is saved"
            );
        }
    }
    let me = prezenca::core::os_user();
    assert!(
        b.audit(5000)
            .expect("audit")
            .iter()
            .all(|(_, e)| e.who == me)
    );
}

#[test]
fn a_user_outside_the_group_cannot_connect() {
    let root = nix::unistd::getuid().is_root();
    let tools = ["useradd", "userdel", "groupadd", "groupdel", "runuser"]
        .iter()
        .all(|t| Command::new(t).arg("--help").output().is_ok());
    if !root || !tools {
        println!("skipped: needs root and useradd/groupadd to create throwaway users");
        return;
    }
    let tag = std::process::id();
    let group = format!("przg{tag}");
    let inside = format!("przi{tag}");
    let outside = format!("przo{tag}");
    struct Cleanup(Vec<(&'static str, String)>);
    impl Drop for Cleanup {
        fn drop(&mut self) {
            for (tool, name) in self.0.iter().rev() {
                let _ = Command::new(tool).arg(name).output();
            }
        }
    }
    let run = |tool: &'static str, args: &[&str]| {
        let out = Command::new(tool).args(args).output().expect(tool);
        assert!(
            out.status.success(),
            "{tool}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let mut cleanup = Cleanup(Vec::new());
    run("groupadd", &[&group]);
    cleanup.0.push(("groupdel", group.clone()));
    run("useradd", &["-M", "-N", "-G", &group, &inside]);
    cleanup.0.push(("userdel", inside.clone()));
    run("useradd", &["-M", "-N", &outside]);
    cleanup.0.push(("userdel", outside.clone()));

    let dir = tempfile::tempdir().expect("tempdir");
    // Others may pass through the test directory; the server's own directory decides.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let db = dir.path().join("p.redb");
    let seeded = seed(&db, 1, 2);
    let sock = dir.path().join("run/socket");
    let mut server = Server::spawn(&db, &sock, &["--group", &group]);
    server.wait_ready();

    // runuser sets the user's groups from /etc/group, as a login would.
    let mark_as = |user: &str, email: &str| {
        Command::new("runuser")
            .args(["-u", user, "--", BIN])
            .args(["mark", &seeded.code, "1", email, "present", "--socket"])
            .arg(&sock)
            .arg("--db")
            .arg(dir.path().join("none/p.redb"))
            .env("PREZENCA_NOW", NOW)
            .env("HOME", "/nonexistent")
            .env_remove("XDG_CONFIG_HOME")
            .output()
            .expect("run as another user")
    };
    let ok = mark_as(&inside, &seeded.people[0].1);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let no = mark_as(&outside, &seeded.people[1].1);
    assert_eq!(no.status.code(), Some(1));
    let err = String::from_utf8_lossy(&no.stderr);
    assert!(err.contains("permission denied"), "{err}");
    assert!(server.terminate().success());

    let mut b = LocalBackend::open(&db).expect("reopen");
    let marks = b.session_marks(seeded.sessions[0]).expect("marks");
    assert_eq!(marks.len(), 1, "only the member's mark is saved");
    assert_eq!(
        marks[0].1.by, inside,
        "the mark names the user the socket reported"
    );
    let audit = b.audit(10).expect("audit");
    assert!(audit.iter().any(|(_, e)| e.who == inside));
    assert!(!audit.iter().any(|(_, e)| e.who == outside));
}

/// When a server answers, `prezenca backup` takes the copy through it, whatever `--db` says
/// (a trainer's own default database would be empty, and the server's file is not theirs to
/// open). A client that asks for a backup and goes away mid-stream costs the server
/// nothing: it goes on serving, and the copy it wrote for that client is removed; copies a
/// killed server left are removed at the next start.
#[test]
fn backup_through_the_server_survives_a_client_that_leaves_mid_stream() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    let seeded = seed(&db, 1, 40);
    let run = dir.path().join("run");
    std::fs::create_dir(&run).expect("run dir");
    std::fs::set_permissions(&run, std::fs::Permissions::from_mode(0o750)).expect("chmod");
    let sock = run.join("socket");
    // Copies a killed server left behind are removed when a server starts again: they may
    // hold what `forget` erased since.
    let stale = [
        dir.path().join(".p.redb.backup-999999-1"),
        dir.path().join(".p.redb.backup-999999-2.partial"),
    ];
    for f in &stale {
        std::fs::write(f, b"stale copy").expect("stale file");
    }
    let mut server = Server::start(&db, &sock);
    for f in &stale {
        assert!(!f.exists(), "{} left", f.display());
    }
    let own_db = dir.path().join("own/prezenca.redb");
    let backup = |dest: &std::path::Path| {
        isolated(BIN)
            .arg("--db")
            .arg(&own_db)
            .arg("--socket")
            .arg(&sock)
            .arg("backup")
            .arg(dest)
            .output()
            .expect("run")
    };

    for n in 0..3 {
        let mut s = UnixStream::connect(&sock).expect("connect");
        hello(&mut s);
        let f = encode(&ToServer::Request {
            id: 1,
            request: Request::Backup,
        })
        .expect("frame");
        s.write_all(&f).expect("ask for a backup");
        if n > 0 {
            // Leaves after the first part arrived (or at once, in round 0).
            let first: ToClient = read_msg(&mut s, None, &never).expect("a part");
            assert!(
                matches!(first, ToClient::BackupPart { id: 1, .. }),
                "{first:?}"
            );
        }
        drop(s);
    }
    let mut c = client(&sock);
    c.execute(Cmd::SetMark {
        session: seeded.sessions[0],
        participant: seeded.people[0].0,
        mark: present(),
        expect: None,
    })
    .expect("the server goes on serving");
    eventually("the copies for the clients that left are removed", || {
        std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(|e| e.ok())
            .all(|e| !e.file_name().to_string_lossy().contains(".backup-"))
    });

    let dest = dir.path().join("copy.redb");
    let out = backup(&dest);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("by the running server"), "{err}");
    assert!(!own_db.exists(), "the user's own database was not touched");
    let mut copy = LocalBackend::open_read_only(&dest).expect("the copy opens");
    assert_eq!(
        copy.session_marks(seeded.sessions[0]).expect("marks").len(),
        1,
        "the copy holds the mark made before it"
    );
    assert!(
        !server.log_text().contains("panicked"),
        "{}",
        server.log_text()
    );
    assert!(server.terminate().success());
}

/// Under `umask 000`, everything the server creates is still closed to other users: the
/// socket's directory and the socket (group only), a new database and its directory
/// (owner only), and a backup taken through it (owner only).
#[test]
fn the_server_creates_nothing_others_can_open_even_with_umask_000() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("data/new/p.redb");
    let sock = dir.path().join("run/prezenca/socket");
    let log = std::fs::File::create(dir.path().join("serve.log")).expect("log");
    // Killed when the test ends, passed or not.
    struct Reaped(std::process::Child);
    impl Drop for Reaped {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let mut child = isolated("bash")
        .arg("-c")
        .arg("umask 000; exec \"$BIN\" serve --db \"$DB\" --socket \"$SOCK\"")
        .env("BIN", BIN)
        .env("DB", &db)
        .env("SOCK", &sock)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(log)
        .spawn()
        .map(Reaped)
        .expect("start the server");
    eventually("the server listens", || UnixStream::connect(&sock).is_ok());
    let mode = |p: &std::path::Path| {
        std::fs::symlink_metadata(p)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    };
    assert!(
        std::fs::symlink_metadata(&sock)
            .expect("socket")
            .file_type()
            .is_socket()
    );
    assert_eq!(mode(&sock) & 0o007, 0, "socket open to others");
    assert_eq!(mode(sock.parent().expect("dir")) & 0o007, 0, "socket dir");
    assert_eq!(mode(&db), 0o600, "database");
    assert_eq!(mode(db.parent().expect("dir")), 0o700, "database directory");

    let dest = dir.path().join("copy.redb");
    let out = isolated("bash")
        .arg("-c")
        .arg("umask 000; exec \"$BIN\" --db \"$DB\" --socket \"$SOCK\" backup \"$DEST\"")
        .env("BIN", BIN)
        .env("DB", &db)
        .env("SOCK", &sock)
        .env("DEST", &dest)
        .output()
        .expect("backup");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mode(&dest), 0o600, "backup through the server");
    signal(&child.0, nix::sys::signal::Signal::SIGTERM);
    assert!(child.0.wait().expect("wait").success());
}

/// A trainer who switches language (`L` in the TUI) gets the server's answers in the new
/// language at once, on the same connection, as a local database would give them.
#[test]
fn switching_language_changes_the_servers_answers_without_reconnecting() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    let seeded = seed(&db, 1, 1);
    let missing = Cmd::SetMark {
        session: 999_999,
        participant: seeded.people[0].0,
        mark: present(),
        expect: None,
    };
    // What a local database says, in each language.
    let local = |lang: &str| {
        prezenca::i18n::set_for_thread(Some(lang));
        let mut b = LocalBackend::open(&db).expect("open");
        let e =
            prezenca::core::Backend::execute(&mut b, missing.clone()).expect_err("no such session");
        prezenca::i18n::set_for_thread(None);
        e.to_string()
    };
    let (en, sq) = (local("en"), local("sq"));
    assert_ne!(en, sq, "the message is translated");

    let server = Server::start(&db, &dir.path().join("run/socket"));
    prezenca::i18n::set_for_thread(Some("en"));
    let mut c = client(&server.socket);
    let said = |c: &mut Box<dyn prezenca::core::Backend>| {
        c.execute(missing.clone())
            .expect_err("no such session")
            .to_string()
    };
    assert_eq!(said(&mut c), en);
    prezenca::i18n::set_for_thread(Some("sq"));
    assert_eq!(said(&mut c), sq, "in the new language, same connection");
    prezenca::i18n::set_for_thread(Some("en"));
    assert_eq!(said(&mut c), en);
    prezenca::i18n::set_for_thread(None);
}

/// With the server in the config file (as on a shared server), a file named with `--db` is
/// the one read, backed up and checked: a trainer looking at a backup copy sees the copy.
/// Without `--db`, or naming the file the server holds, the server's data is read, and
/// `check` checks a snapshot taken through it.
#[test]
fn a_file_named_on_the_command_line_comes_before_the_configured_server() {
    let dir = tempfile::tempdir().expect("tempdir");
    let served = dir.path().join("served.redb");
    let mine = dir.path().join("mine.redb");
    let code = seed(&served, 1, 2).code;
    seed(&mine, 3, 2);
    let run_dir = dir.path().join("run");
    std::fs::create_dir(&run_dir).expect("run dir");
    std::fs::set_permissions(&run_dir, std::fs::Permissions::from_mode(0o750)).expect("chmod");
    let sock = run_dir.join("socket");
    let mut server = Server::start(&served, &sock);
    let cfg = dir.path().join("cfg");
    std::fs::create_dir_all(cfg.join("prezenca")).expect("config dir");
    std::fs::write(
        cfg.join("prezenca/config.toml"),
        format!("socket = {:?}\n", sock.display().to_string()),
    )
    .expect("config");
    let run = |args: &[&str]| {
        let out = isolated(BIN)
            .args(args)
            .env("XDG_CONFIG_HOME", &cfg)
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env_remove("PREZENCA_SOCKET")
            .env_remove("PREZENCA_DB")
            .output()
            .expect("run");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.code(), text)
    };
    let sessions = |text: &str| {
        let v: serde_json::Value = serde_json::from_str(text).expect("json");
        v["sessions"].as_array().expect("sessions").len()
    };
    let mine_arg = mine.to_str().expect("utf-8");
    let (code_mine, text) = run(&["--db", mine_arg, "summary", &code, "--format", "json"]);
    assert_eq!(code_mine, Some(0), "{text}");
    assert_eq!(sessions(&text), 3, "the named file, not the server");
    let (status, text) = run(&["summary", &code, "--format", "json"]);
    assert_eq!(status, Some(0), "{text}");
    assert_eq!(sessions(&text), 1, "without --db, the server's data");

    let (status, text) = run(&["check"]);
    assert_eq!(status, Some(0), "{text}");
    assert!(
        text.contains("a snapshot of the server's database"),
        "{text}"
    );
    let (status, text) = run(&["--db", mine_arg, "check"]);
    assert_eq!(status, Some(0), "{text}");
    assert!(text.contains("mine.redb"), "{text}");

    // Naming the file the server holds (an administrator's habit) goes through the server.
    let served_arg = served.to_str().expect("utf-8");
    let (status, text) = run(&["--db", served_arg, "summary", &code, "--format", "json"]);
    assert_eq!(status, Some(0), "{text}");
    assert_eq!(sessions(&text), 1, "the server's file, through the server");
    let (status, text) = run(&["--db", served_arg, "check"]);
    assert_eq!(status, Some(0), "{text}");
    assert!(
        text.contains("a snapshot of the server's database"),
        "{text}"
    );
    let through = dir.path().join("through.redb");
    let (status, text) = run(&[
        "--db",
        served_arg,
        "backup",
        through.to_str().expect("utf-8"),
    ]);
    assert_eq!(status, Some(0), "{text}");
    assert!(text.contains("by the running server"), "{text}");

    let copy = dir.path().join("copy.redb");
    let copy_arg = copy.to_str().expect("utf-8");
    let (status, text) = run(&["--db", mine_arg, "backup", copy_arg]);
    assert_eq!(status, Some(0), "{text}");
    assert!(!text.contains("by the running server"), "{text}");
    let (_, text) = run(&["--db", copy_arg, "summary", &code, "--format", "json"]);
    assert_eq!(sessions(&text), 3, "a copy of the named file");
    assert!(server.terminate().success());
}

/// The screen of `app` on a `w`×`h` test terminal, one line per row.
fn app_screen(app: &prezenca::tui::app::App, w: u16, h: u16) -> String {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("term");
    t.draw(|f| app.draw(f)).expect("draw");
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        for x in 0..w {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn the_roster_drops_stale_company_and_warnings_when_the_link_goes_and_comes_back() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    let seeded = seed(&db, 1, 2);
    let sock = dir.path().join("run/socket");
    let mut server = Server::start(&db, &sock);
    let now = time::macros::datetime!(2026-03-02 09:30);
    prezenca::core::clock::fix(Some(now));
    let mut other = client(&sock);
    let event = other
        .event_by_code(&seeded.code)
        .expect("query")
        .expect("event");
    for (p, _) in &seeded.people {
        other
            .execute(Cmd::SetRegistration {
                event,
                participant: *p,
                registration: Some(prezenca::domain::Registration::default()),
            })
            .expect("register");
    }
    let mut app = prezenca::tui::app::App::new(
        client(&sock),
        prezenca::tui::keymap::Keymap::defaults(),
        prezenca::tui::theme::Theme { color: false },
    );
    app.set_now(now);
    let press = |app: &mut prezenca::tui::app::App, c: KeyCode| {
        app.handle_key(KeyEvent::new(c, KeyModifiers::NONE));
    };
    for c in "/PRZ".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('r'));
    // A colleague opens the same session.
    other.presence(Some(seeded.sessions[0]));
    eventually("the colleague shows as here", || {
        app.poll_changes();
        app_screen(&app, 80, 24).contains("also here")
    });

    server.kill9();
    eventually("the link is seen down", || {
        app.poll_changes();
        app.location.contains("not connected")
    });
    let down = app_screen(&app, 80, 24);
    assert!(
        !down.contains("also here"),
        "no company while disconnected:\n{down}"
    );
    press(&mut app, KeyCode::Char('1'));
    assert!(app.status.text.contains("not saved"), "{:?}", app.status);

    let _server = Server::start(&db, &sock);
    eventually("the link comes back", || {
        app.poll_changes();
        app.location.contains("reconnected")
    });
    let back = app_screen(&app, 80, 24);
    let status = back.lines().rev().nth(1).unwrap_or_default();
    assert!(status.contains("(reco"), "{back}");
    assert!(
        !status.contains("not saved"),
        "the stale warning went:\n{back}"
    );
    drop(other);
}

/// A server that welcomes the client, reads its first request, then hangs up without an
/// answer: a change sent into a connection that breaks.
fn hang_up_after_the_request(listener: UnixListener) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let (mut s, _) = listener.accept().expect("accept");
        let _: ToServer = read_msg(&mut s, None, &never).expect("hello");
        let welcome = encode(&ToClient::Welcome {
            protocol: PROTOCOL_VERSION,
            schema: SCHEMA_VERSION,
            version: env!("CARGO_PKG_VERSION").into(),
            who: "trainer".into(),
            seq: 0,
            read_only: false,
            db: "/srv/prezenca/prezenca.redb".into(),
        })
        .expect("welcome");
        s.write_all(&welcome).expect("send welcome");
        loop {
            match read_msg::<ToServer>(&mut s, None, &never).expect("request") {
                ToServer::Request { .. } => break,
                _ => continue,
            }
        }
        // Gone before answering: whatever the server did, the client cannot know.
    })
}

#[test]
fn a_change_sent_into_a_connection_that_breaks_is_an_unknown_outcome_not_a_refusal() {
    use prezenca::core::error::Error;
    let dir = tempfile::tempdir().expect("tempdir");
    let run = dir.path().join("run");
    std::fs::create_dir(&run).expect("dir");
    std::fs::set_permissions(&run, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    let sock = run.join("socket");

    let server = hang_up_after_the_request(UnixListener::bind(&sock).expect("bind"));
    let mut b = client(&sock);
    let e = b
        .execute(Cmd::SetMark {
            session: 1,
            participant: 1,
            mark: present(),
            expect: None,
        })
        .expect_err("no answer");
    server.join().expect("fake server");
    let Error::OutcomeUnknown(why) = &e else {
        panic!("a sent change without an answer is not 'not sent': {e:?}");
    };
    assert!(why.contains("may or may not have been saved"), "{why}");

    // A query in the same situation changed nothing: it may simply be asked again.
    std::fs::remove_file(&sock).expect("old socket");
    let server = hang_up_after_the_request(UnixListener::bind(&sock).expect("bind"));
    let mut b = client(&sock);
    let e = b.query(Query::Participants).expect_err("no answer");
    server.join().expect("fake server");
    assert!(matches!(e, Error::NotSent(_)), "{e:?}");
}
