//! Latency through the server, for BENCHMARKS.md (prints numbers, asserts none):
//! `cargo test --release --test server_latency -- --ignored --nocapture`

use crate::server_support;

use std::time::{Duration, Instant};

use prezenca::core::{Command as Cmd, Queries};
use server_support::*;

fn report(what: &str, mut d: Vec<Duration>) {
    d.sort();
    let at = |q: f64| d[((d.len() as f64 - 1.0) * q) as usize];
    println!(
        "{what}: n={} median={:?} p95={:?} p99={:?} max={:?}",
        d.len(),
        at(0.5),
        at(0.95),
        at(0.99),
        at(1.0)
    );
}

#[test]
#[ignore = "a measurement, run by hand in release"]
fn mark_round_trip_and_push_latency() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.redb");
    let seeded = seed(&db, 5, 200);
    let mut server = Server::start(&db, &dir.path().join("run/socket"));
    let mut a = client(&server.socket);
    let mut b = client(&server.socket);

    let mut query = Vec::new();
    for _ in 0..1000 {
        let t = Instant::now();
        a.change_seq().expect("seq");
        query.push(t.elapsed());
    }
    let mut round_trip = Vec::new();
    let mut push = Vec::new();
    for (i, s) in seeded.sessions.iter().enumerate() {
        for (p, _) in &seeded.people {
            let status = if i % 2 == 0 {
                prezenca::domain::MarkStatus::Present
            } else {
                prezenca::domain::MarkStatus::Late
            };
            let t = Instant::now();
            let out = a
                .execute(Cmd::SetMark {
                    session: *s,
                    participant: *p,
                    mark: Some(prezenca::core::MarkInput {
                        status,
                        arrived_at: None,
                        reason: String::new(),
                    }),
                    expect: None,
                })
                .expect("mark");
            round_trip.push(t.elapsed());
            let seq = out.entry.expect("entry");
            // b polls as a TUI would, but without sleeping, to see when the push lands.
            loop {
                if b.pushed_changes().expect("push").contains(&seq) {
                    push.push(t.elapsed());
                    break;
                }
                std::thread::yield_now();
            }
            a.pushed_changes();
        }
    }
    report("query round trip (ChangeSeq)", query);
    report("mark round trip (SetMark, committed)", round_trip);
    report("mark sent by A -> Changed seen by B", push);
    assert!(server.terminate().success());
}
