//! A server against a member of its own group who floods it: frames before hello, memory,
//! connection slots, half-sent headers. Raw sockets against the real `prezenca serve`.

use crate::server_support;

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use prezenca::backend::protocol::{
    MAX_BUFFERED, MAX_FRAME, PROTOCOL_VERSION, ToClient, ToServer, encode, read_msg,
};
use prezenca::store::schema::SCHEMA_VERSION;
use server_support::*;

fn never() -> bool {
    false
}

/// True when the server closes the connection within `within`.
fn closed_within(s: &mut UnixStream, within: Duration) -> bool {
    s.set_read_timeout(Some(within)).expect("timeout");
    let mut buf = [0u8; 65536];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return false;
            }
            Err(_) => return true,
        }
    }
}

fn say_hello(s: &mut UnixStream) -> ToClient {
    let f = encode(&ToServer::Hello {
        protocol: PROTOCOL_VERSION,
        schema: SCHEMA_VERSION,
        version: "test".into(),
        lang: "en".into(),
    })
    .expect("hello");
    // A server that refuses at once may have closed before the hello arrives: its answer
    // is read all the same.
    let _ = s.write_all(&f);
    read_msg(s, None, &never).expect("an answer to hello")
}

/// The server's resident memory in KiB.
fn rss_kib(server: &Server) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", server.child.id()))
        .expect("proc status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS")
}

/// Sends `n` bytes of body (ignoring a server that hangs up meanwhile).
fn send_body(s: &mut UnixStream, n: usize) {
    s.set_write_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let chunk = vec![0xAAu8; 256 * 1024];
    let mut sent = 0;
    while sent < n {
        let k = chunk.len().min(n - sent);
        if s.write_all(&chunk[..k]).is_err() {
            return;
        }
        sent += k;
    }
}

#[test]
fn frames_before_hello_are_capped_and_buffered_memory_is_bounded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    seed(&db, 1, 3);
    let mut server = Server::start(&db, &dir.path().join("run/socket"));
    let sock = server.socket.clone();
    let base = rss_kib(&server);
    // Before hello, a frame declared at 16 MiB is refused at once: the peer is closed
    // without the server waiting for (or making room for) the body.
    let mut early: Vec<UnixStream> = (0..20)
        .map(|_| {
            let mut s = UnixStream::connect(&sock).expect("connect");
            s.write_all(&(MAX_FRAME as u32).to_be_bytes())
                .expect("header");
            s
        })
        .collect();
    for s in &mut early {
        assert!(
            closed_within(s, Duration::from_secs(3)),
            "a 16 MiB frame before hello was waited for"
        );
    }
    // After hello, 24 members each send 12 MiB of a 16 MiB frame and stop: what the server
    // holds for them together stays within its budget.
    let senders: Vec<_> = (0..24)
        .map(|_| {
            let sock = sock.clone();
            std::thread::spawn(move || {
                let mut s = UnixStream::connect(&sock).expect("connect");
                assert!(matches!(say_hello(&mut s), ToClient::Welcome { .. }));
                s.write_all(&(MAX_FRAME as u32).to_be_bytes())
                    .expect("header");
                send_body(&mut s, 12 * 1024 * 1024);
                s
            })
        })
        .collect();
    let held: Vec<UnixStream> = senders
        .into_iter()
        .map(|t| t.join().expect("sender"))
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let grown = rss_kib(&server).saturating_sub(base);
    let bound = (MAX_BUFFERED / 1024) as u64 + 48 * 1024;
    assert!(
        grown < bound,
        "the server grew by {grown} KiB for half-sent frames (bound {bound} KiB)"
    );
    assert!(server.alive(), "{}", server.log_text());
    drop(held);
    // And it still serves.
    let mut c = client(&server.socket);
    assert!(prezenca::core::Queries::events(c.as_mut()).is_ok());
}

#[test]
fn one_member_cannot_take_every_connection_and_half_headers_time_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    seed(&db, 1, 3);
    let server = Server::start(&db, &dir.path().join("run/socket"));
    let sock = server.socket.clone();
    // After hello, half a length header and silence: the connection is dropped once the
    // frame's time (10 s) is up, not held forever.
    let mut half = UnixStream::connect(&sock).expect("connect");
    assert!(matches!(say_hello(&mut half), ToClient::Welcome { .. }));
    half.write_all(&[0, 0]).expect("half a header");
    let started = Instant::now();
    // Meanwhile: idle clients of one user (hello said, then nothing), up to the per-user
    // limit, well below the server's limit; the next one is refused and told why.
    let mut idle: Vec<UnixStream> = Vec::new();
    let mut refused = None;
    for _ in 0..100 {
        let mut s = UnixStream::connect(&sock).expect("connect");
        match say_hello(&mut s) {
            ToClient::Welcome { .. } => idle.push(s),
            other => {
                refused = Some(other);
                break;
            }
        }
    }
    let refused = refused.expect("100 idle connections of one user were all accepted");
    assert!(
        matches!(&refused, ToClient::Refused { reason } if reason.contains("you already have")),
        "{refused:?}"
    );
    assert!(
        idle.len() < 100,
        "{} connections of one user accepted",
        idle.len()
    );
    // One closed: there is room again for a real client.
    idle.pop();
    std::thread::sleep(Duration::from_millis(300));
    let mut again = UnixStream::connect(&sock).expect("connect");
    assert!(matches!(say_hello(&mut again), ToClient::Welcome { .. }));
    drop(again);
    assert!(
        closed_within(&mut half, Duration::from_secs(15)),
        "half a header after hello was never timed out"
    );
    assert!(
        started.elapsed() >= Duration::from_secs(5),
        "closed too early"
    );
}

/// A tmpfs of `size` at `dir`, unmounted when dropped (the tests run as root, as CI does).
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    fn mount(dir: &std::path::Path, size: &str) -> Tmpfs {
        std::fs::create_dir_all(dir).expect("mkdir");
        let out = std::process::Command::new("mount")
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
            String::from_utf8_lossy(&out.stderr)
        );
        Tmpfs(dir.to_path_buf())
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
    }
}

fn mark(
    c: &mut dyn prezenca::core::Backend,
    session: prezenca::domain::Id,
    person: prezenca::domain::Id,
    status: prezenca::domain::MarkStatus,
) -> prezenca::core::Result<prezenca::core::Outcome> {
    c.execute(prezenca::core::Command::SetMark {
        session,
        participant: person,
        mark: Some(prezenca::core::MarkInput {
            status,
            arrived_at: None,
            reason: "x".repeat(2000),
        }),
        expect: None,
    })
}

#[test]
fn after_a_full_disk_the_server_reopens_its_database_by_itself() {
    use prezenca::domain::MarkStatus;
    let dir = tempfile::tempdir().expect("tempdir");
    let mnt = dir.path().join("mnt");
    let _fs = Tmpfs::mount(&mnt, "8m");
    let db = mnt.join("p.redb");
    let seeded = seed(&db, 3, 40);
    let server = Server::start(&db, &dir.path().join("run/socket"));
    // Fill the disk but for a little room, then mark until a change fails for lack of space.
    let filler = mnt.join("filler");
    let free = nix::sys::statvfs::statvfs(&mnt).expect("statvfs");
    let room = free.blocks_available() * free.fragment_size();
    std::fs::write(&filler, vec![0u8; room.saturating_sub(64 * 1024) as usize]).expect("fill");
    let mut c = client(&server.socket);
    let mut failed = None;
    'fill: for round in 0..50 {
        for (i, (pid, _)) in seeded.people.iter().enumerate() {
            let status = if round % 2 == 0 {
                MarkStatus::Late
            } else {
                MarkStatus::Present
            };
            if let Err(e) = mark(c.as_mut(), seeded.sessions[i % 3], *pid, status) {
                failed = Some(e.to_string());
                break 'fill;
            }
        }
    }
    let failed = failed.expect("the disk never filled up");
    assert!(failed.contains("No space left"), "{failed}");
    // Space again: the very next change goes through, without a restart.
    std::fs::remove_file(&filler).expect("free space");
    let (pid, _) = seeded.people[0];
    let again = mark(c.as_mut(), seeded.sessions[0], pid, MarkStatus::Absent);
    assert!(
        again.is_ok(),
        "after the disk had room again: {:?}",
        again.err().map(|e| e.to_string())
    );
    let log = server.log_text();
    assert!(log.contains("reopened"), "{log}");
    drop(c);
    drop(server);
    let check = std::process::Command::new(BIN)
        .args(["check", "--db"])
        .arg(&db)
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .env("PREZENCA_SOCKET", dir.path().join("none"))
        .output()
        .expect("check");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn a_database_replaced_under_the_server_stops_changes_with_a_log_line() {
    use prezenca::domain::MarkStatus;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    let seeded = seed(&db, 1, 3);
    let other = dir.path().join("other.redb");
    seed(&other, 1, 3);
    let server = Server::start(&db, &dir.path().join("run/socket"));
    let mut c = client(&server.socket);
    let (pid, _) = seeded.people[0];
    mark(c.as_mut(), seeded.sessions[0], pid, MarkStatus::Present).expect("a first mark");
    // Someone moves another file over the database while the server holds it.
    std::fs::rename(&other, &db).expect("replace");
    let e = mark(c.as_mut(), seeded.sessions[0], pid, MarkStatus::Late)
        .expect_err("a change to a replaced file is refused")
        .to_string();
    assert!(e.contains("replaced or changed"), "{e}");
    let log = server.log_text();
    assert!(
        log.contains("was replaced or changed by another process"),
        "{log}"
    );
    // And the same for a copy written into the file itself.
    drop(c);
    drop(server);
    let db2 = dir.path().join("q.redb");
    let seeded = seed(&db2, 1, 3);
    let server = Server::start(&db2, &dir.path().join("run2/socket"));
    let mut c = client(&server.socket);
    let (pid, _) = seeded.people[0];
    mark(c.as_mut(), seeded.sessions[0], pid, MarkStatus::Present).expect("a first mark");
    let copy = dir.path().join("copy.redb");
    seed(&copy, 1, 1);
    std::fs::write(&db2, std::fs::read(&copy).expect("read")).expect("copy over");
    let e = mark(c.as_mut(), seeded.sessions[0], pid, MarkStatus::Late)
        .expect_err("a change to an overwritten file is refused")
        .to_string();
    assert!(e.contains("replaced or changed"), "{e}");
    drop(c);
    drop(server);
    assert_eq!(
        std::fs::read(&db2).expect("read"),
        std::fs::read(&copy).expect("read"),
        "the server wrote into the copied file"
    );
}

/// Hidden copies the server left beside the database.
fn copies_beside(db: &std::path::Path) -> Vec<String> {
    let name = db.file_name().expect("name").to_string_lossy().into_owned();
    std::fs::read_dir(db.parent().expect("dir"))
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&format!(".{name}.backup-")))
        .collect()
}

fn ask_backup(s: &mut UnixStream, id: u64) {
    let f = encode(&ToServer::Request {
        id,
        request: prezenca::backend::protocol::Request::Backup,
    })
    .expect("frame");
    s.write_all(&f).expect("ask for a backup");
}

/// Reads until the reply to `id`; its error text, or None when it succeeded.
fn backup_reply(s: &mut UnixStream, id: u64) -> Option<String> {
    loop {
        match read_msg::<ToClient>(s, None, &never).expect("a message") {
            ToClient::Reply { id: rid, result } if rid == id => {
                return result.err().map(|e| e.to_string());
            }
            _ => {}
        }
    }
}

#[test]
fn backups_through_the_server_are_limited_and_never_fill_the_disk() {
    use prezenca::core::{Backend, Command as Cmd};
    let dir = tempfile::tempdir().expect("tempdir");
    let mnt = dir.path().join("mnt");
    let _fs = Tmpfs::mount(&mnt, "64m");
    let db = mnt.join("p.redb");
    // A database of some 6 MiB, so a copy goes out in several parts.
    {
        let mut b = prezenca::backend::local::LocalBackend::open(&db).expect("open");
        for i in 0..600 {
            let mut p = prezenca::domain::Participant {
                name: format!("Person {i}"),
                ..Default::default()
            };
            p.notes = format!("{i} ").repeat(3000).chars().take(9000).collect();
            b.execute(Cmd::CreateParticipant(p)).expect("create");
        }
    }
    let server = Server::start(&db, &dir.path().join("run/socket"));
    // A disk without room for another copy: refused before anything is written.
    let filler = mnt.join("filler");
    let free = nix::sys::statvfs::statvfs(&mnt).expect("statvfs");
    let room = free.blocks_available() * free.fragment_size();
    let size = std::fs::metadata(&db).expect("size").len();
    std::fs::write(&filler, vec![0u8; room.saturating_sub(size / 2) as usize]).expect("fill");
    let mut asker = UnixStream::connect(&server.socket).expect("connect");
    assert!(matches!(say_hello(&mut asker), ToClient::Welcome { .. }));
    ask_backup(&mut asker, 8);
    let refused = backup_reply(&mut asker, 8).expect("refused for lack of space");
    assert!(refused.contains("not enough free space"), "{refused}");
    assert!(copies_beside(&db).is_empty(), "{:?}", copies_beside(&db));
    std::fs::remove_file(&filler).expect("room again");
    // Two members ask for copies and do not read them: their copies stay in flight.
    let mut slow: Vec<UnixStream> = (0..2)
        .map(|i| {
            let mut s = UnixStream::connect(&server.socket).expect("connect");
            assert!(matches!(say_hello(&mut s), ToClient::Welcome { .. }));
            ask_backup(&mut s, 100 + i);
            s
        })
        .collect();
    eventually("two copies written", || copies_beside(&db).len() == 2);
    // A third is refused, not a third copy beside the database.
    let mut third = UnixStream::connect(&server.socket).expect("connect");
    assert!(matches!(say_hello(&mut third), ToClient::Welcome { .. }));
    ask_backup(&mut third, 7);
    let refused = backup_reply(&mut third, 7).expect("the third backup is refused");
    assert!(
        refused.contains("backups are being taken already"),
        "{refused}"
    );
    assert!(copies_beside(&db).len() <= 2, "{:?}", copies_beside(&db));
    // The slow ones go away: their copies are removed.
    slow.clear();
    eventually("copies removed", || copies_beside(&db).is_empty());
    // And marks still have their room.
    let mut c = client(&server.socket);
    assert!(prezenca::core::Queries::participants(c.as_mut()).is_ok());
}

#[test]
fn an_import_too_large_for_one_message_says_how_large_and_how_to_split_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    seed(&db, 1, 3);
    let server = Server::start(&db, &dir.path().join("run/socket"));
    // About 20 MB of rows: more than one message holds.
    let csv = dir.path().join("people.csv");
    let position = "p".repeat(1000);
    let mut text = String::from("name,email,position\n");
    for i in 0..20_000 {
        text.push_str(&format!("Person {i},p{i}@example.org,{position}\n"));
    }
    std::fs::write(&csv, text).expect("csv");
    let out = isolated(BIN)
        .arg("--socket")
        .arg(&server.socket)
        .args(["import", "participants"])
        .arg(&csv)
        .env("PREZENCA_NOW", NOW)
        .output()
        .expect("run the client");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("rows are too large to send through the server: 20 MiB, the limit is 16 MiB")
            && err.contains("split the file into parts of at most"),
        "{err}"
    );
    // Nothing was sent, and the server serves on.
    let mut c = client(&server.socket);
    let people = prezenca::core::Queries::participants(c.as_mut()).expect("people");
    assert_eq!(people.len(), 3);
}
