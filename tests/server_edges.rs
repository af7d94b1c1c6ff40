//! A server against a member of its own group who floods it: frames before hello, memory,
//! connection slots, half-sent headers. Raw sockets against the real `prezenca serve`.

mod server_support;

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use prezenca::server::protocol::{
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
    s.write_all(&f).expect("send hello");
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
