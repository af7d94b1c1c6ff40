//! Crash consistency: writer processes (the real binary, `prezenca mark` in a shell loop) are
//! killed with SIGKILL at random moments; after each kill the file must reopen, pass
//! `prezenca check`, hold every acknowledged mark and nothing half-written.
//!
//! Three kinds of writer take turns: the binary opening the file (acknowledged when the process
//! exits 0), this test binary re-run as a long-lived writer that prints each mark after
//! `execute` returns Ok (acknowledged as the TUI and the server acknowledge: the process goes
//! on), and the binary writing through a running `prezenca serve`, killed mid-request while
//! the server goes on.
//!
//! Rounds: 50 by default, `PREZENCA_CRASH_ROUNDS=N` for more; `PREZENCA_CRASH_SEED=S` replays.
//!
//! The same through the server: `prezenca serve` is SIGKILLed while two library clients write
//! marks through it, then restarted over its stale socket; every mark the server acknowledged
//! must be in the file. 20 rounds by default, `PREZENCA_SERVER_CRASH_ROUNDS=N` for more.

use crate::server_support;
use crate::support;

use std::collections::HashMap;
use std::io::BufRead;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;
use prezenca::backend::local::LocalBackend;
use prezenca::core::Queries;
use prezenca::domain::{Id, MarkStatus, Source};

const PEOPLE: usize = 12;
const SESSIONS: usize = 3;
const KEYS: usize = PEOPLE * SESSIONS;
const STATUSES: [&str; 5] = ["present", "absent", "late", "excused", "left_early"];

/// The `j`th write of the whole run: (person index, session number, status). A key comes
/// round every `KEYS` writes with the next status, so every write changes the stored mark.
fn write(j: usize) -> (usize, usize, usize) {
    let key = j % KEYS;
    (key % PEOPLE, key / PEOPLE + 1, (j / KEYS) % STATUSES.len())
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Opens in-process, waiting while the killed processes finish dying (their file locks go
/// with them a moment after the pipe closes).
fn reopen(path: &Path) -> LocalBackend {
    let mut tries = 0;
    loop {
        match LocalBackend::open(path) {
            Ok(b) => return b,
            Err(prezenca::core::Error::Busy(_)) if tries < 500 => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(e) => panic!("reopen after kill failed: {e}"),
        }
    }
}

fn check_passes(path: &Path, round: u64, seed: u64) {
    let mut tries = 0;
    loop {
        let out = support::run(path, &["check"]);
        if out.status.code() == Some(0) {
            return;
        }
        let err = support::stderr(&out);
        if err.contains("open in another prezenca process") && tries < 500 {
            tries += 1;
            std::thread::sleep(Duration::from_millis(10));
            continue;
        }
        panic!("round {round} (seed {seed}): prezenca check failed: {err}");
    }
}

/// Not a test of its own: the long-lived writer the crash test starts and kills. It writes
/// from `PREZENCA_CRASH_FIRST` on and prints `ack J` after each `execute` returns Ok.
#[test]
#[ignore = "started by the crash test"]
fn crash_writer() {
    use prezenca::core::{Backend, Command};
    let Some(db) = std::env::var_os("PREZENCA_CRASH_DB") else {
        return;
    };
    let first = env_u64("PREZENCA_CRASH_FIRST", 0) as usize;
    let mut b = LocalBackend::open(Path::new(&db)).expect("writer opens");
    let event = b.event_by_code(support::CODE).expect("q").expect("event");
    let sessions = b.sessions(event).expect("sessions");
    let people = b.participants().expect("people");
    let by_email: HashMap<String, Id> = people.into_iter().map(|(id, p)| (p.email, id)).collect();
    for j in first..first + 10_000 {
        let (p, s, st) = write(j);
        b.execute(Command::SetMark {
            session: sessions[s - 1].0,
            participant: by_email[&support::email(p)],
            mark: support::mark(MarkStatus::parse(STATUSES[st]).expect("status")),
            expect: None,
        })
        .expect("mark");
        println!("ack {j}");
    }
}

#[test]
fn killed_writers_lose_no_acknowledged_mark_and_leave_nothing_half_written() {
    let rounds = env_u64("PREZENCA_CRASH_ROUNDS", 50);
    let seed = env_u64("PREZENCA_CRASH_SEED", 0x5eed);
    let mut rng = support::Rng::new(seed);
    let dir = support::tmp();
    let path = support::db_in(&dir);
    let seeded = support::seed(&path, PEOPLE);
    let mut b = reopen(&path);
    let audit_after_seed = b.change_seq().expect("seq");
    drop(b);

    // What must be in the file: every acknowledged write, in order.
    let mut model: HashMap<(usize, usize), usize> = HashMap::new();
    let mut next = 0usize;
    let mut committed = 0u64;
    let mut kills = 0;
    let mut in_flight_landed = 0;
    let socket = dir.path().join("writers.sock");
    let mut via_server = 0;
    for round in 0..rounds {
        let first = next;
        // Three kinds of writer, in turn: the binary opening the file itself, a long-lived
        // process with the file open, and the binary writing through a running server.
        let in_process = round % 3 == 1;
        let server = (round % 3 == 2).then(|| server_support::Server::start(&path, &socket));
        let mut cmd = if in_process {
            let mut c = Command::new(std::env::current_exe().expect("test binary"));
            c.args([
                "reliability_crash::crash_writer",
                "--exact",
                "--ignored",
                "--nocapture",
            ])
            .env("PREZENCA_CRASH_DB", &path)
            .env("PREZENCA_CRASH_FIRST", first.to_string());
            c
        } else {
            let mut script = String::new();
            for j in first..first + 40 {
                let (p, s, st) = write(j);
                script.push_str(&format!(
                    "\"$BIN\" --db \"$DB\" mark {code} {s} {email} {status} 2>/dev/null && echo ack {j} || echo fail {j}\n",
                    code = support::CODE,
                    email = support::email(p),
                    status = STATUSES[st],
                ));
            }
            let mut c = Command::new("bash");
            c.arg("-c").arg(&script).env("BIN", support::bin());
            c
        };
        let mut child = cmd
            .env("DB", &path)
            .env("PREZENCA_NOW", support::NOW)
            .env(
                "PREZENCA_SOCKET",
                if server.is_some() {
                    socket.clone()
                } else {
                    path.with_extension("no-server")
                },
            )
            .env_remove("PREZENCA_DB")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("start writer");
        let pgid = Pid::from_raw(i32::try_from(child.id()).expect("pid"));
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // Kill after a few acknowledgements and a random pause, so the kill lands anywhere:
        // start-up, open, inside the commit, exit.
        let wait_for = rng.below(4) as usize;
        let mut lines = Vec::new();
        while lines
            .iter()
            .filter(|l: &&String| l.starts_with("ack"))
            .count()
            < wait_for
        {
            match rx.recv_timeout(Duration::from_secs(20)) {
                Ok(l) => lines.push(l),
                Err(_) => break,
            }
        }
        // A mark takes a few milliseconds through the binary, a fraction of one in-process.
        let pause = if in_process { 3_000 } else { 30_000 };
        std::thread::sleep(Duration::from_micros(rng.below(pause)));
        if killpg(pgid, Signal::SIGKILL).is_ok() {
            kills += 1;
        }
        child.wait().expect("reap writer loop");
        reader.join().expect("reader");
        lines.extend(rx.try_iter());
        // The server outlives its killed client and stops cleanly before the file is checked.
        if let Some(mut server) = server {
            assert!(
                server.terminate().success(),
                "round {round}: the server after its client was killed: {}",
                server.log_text()
            );
        }

        let mut acked = Vec::new();
        for l in &lines {
            assert!(
                !l.starts_with("fail"),
                "round {round} (seed {seed}): a writer failed without being killed: {l}"
            );
            // The test harness of the in-process writer prints lines of its own.
            if let Some(j) = l.strip_prefix("ack ") {
                acked.push(j.trim().parse::<usize>().expect("ack line"));
            }
        }
        // The loop is sequential: acknowledgements are a prefix of the round's writes.
        for (i, j) in acked.iter().enumerate() {
            assert_eq!(
                *j,
                first + i,
                "round {round}: acknowledgements out of order"
            );
        }
        for j in &acked {
            let (p, s, st) = write(*j);
            model.insert((p, s), st);
            committed += 1;
        }
        next = first + acked.len();
        if round % 3 == 2 {
            via_server += acked.len();
        }
        // The one write in flight at the kill may or may not have committed; either way whole.
        let in_flight = write(next);

        check_passes(&path, round, seed);
        let mut b = reopen(&path);
        let sessions = b.sessions(seeded.event).expect("sessions");
        let mut stored: HashMap<(usize, usize), usize> = HashMap::new();
        let index: HashMap<Id, usize> = seeded
            .people
            .iter()
            .enumerate()
            .map(|(i, id)| (*id, i))
            .collect();
        for (n, (sid, _)) in sessions.iter().enumerate() {
            for (pid, m) in b.session_marks(*sid).expect("marks") {
                let st = STATUSES
                    .iter()
                    .position(|w| MarkStatus::parse(w) == Some(m.status))
                    .expect("status");
                stored.insert((index[&pid], n + 1), st);
            }
        }
        if stored != model {
            let mut with = model.clone();
            with.insert((in_flight.0, in_flight.1), in_flight.2);
            assert_eq!(
                stored, with,
                "round {round} (seed {seed}): stored marks are neither the acknowledged state nor it plus the write in flight"
            );
            model = with;
            committed += 1;
            in_flight_landed += 1;
            next += 1;
        }
        // Every mark came with its walk-in registration and its audit entry, in one commit.
        let regs = b.registrations(seeded.event).expect("registrations");
        let marked: std::collections::HashSet<usize> = model.keys().map(|(p, _)| *p).collect();
        assert_eq!(regs.len(), marked.len(), "round {round}: registrations");
        assert!(regs.iter().all(|(_, r)| r.source == Source::WalkIn));
        assert_eq!(
            b.change_seq().expect("seq"),
            audit_after_seed + committed,
            "round {round} (seed {seed}): one audit entry per committed mark"
        );
        drop(b);
    }
    eprintln!(
        "{rounds} rounds, {kills} kills, {committed} marks committed ({via_server} through the server), {in_flight_landed} unacknowledged writes found whole"
    );
    assert!(via_server > 0, "marks went through the server");
    assert!(
        kills * 2 >= rounds,
        "most rounds must end in a kill ({kills} of {rounds})"
    );
    assert!(committed > rounds, "the writers made progress");
}

/// The `j`th write of server client `c` (of two): the client's own people (every other one),
/// a key coming round with the next status so every write changes the stored mark.
fn client_write(c: usize, j: usize) -> (usize, usize, usize) {
    let own = PEOPLE / 2;
    let key = j % (own * SESSIONS);
    (
        (key % own) * 2 + c,
        key / own + 1,
        (j / (own * SESSIONS)) % STATUSES.len(),
    )
}

#[test]
fn a_killed_server_loses_no_mark_it_acknowledged() {
    use prezenca::core::Command as Cmd;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let rounds = env_u64("PREZENCA_SERVER_CRASH_ROUNDS", 20);
    let seed = env_u64("PREZENCA_CRASH_SEED", 0x5eed);
    let mut rng = support::Rng::new(seed ^ 0xc0ffee);
    let dir = support::tmp();
    let path = support::db_in(&dir);
    let socket = dir.path().join("serve.sock");
    let seeded = support::seed(&path, PEOPLE);
    let audit_after_seed = reopen(&path).change_seq().expect("seq");

    let mut model: HashMap<(usize, usize), usize> = HashMap::new();
    let mut next = [0usize; 2];
    let mut committed = 0u64;
    let mut in_flight_landed = 0;
    for round in 0..rounds {
        // Restarted over the socket the killed server left behind.
        let mut server = server_support::Server::start(&path, &socket);
        let acks = Arc::new(AtomicUsize::new(0));
        let writers: Vec<_> = (0..2)
            .map(|c| {
                let socket = socket.clone();
                let sessions = seeded.sessions.clone();
                let people = seeded.people.clone();
                let acks = acks.clone();
                let first = next[c];
                std::thread::spawn(move || {
                    use prezenca::core::Backend;
                    let mut acked = Vec::new();
                    // The kill may come before this client is in: then it wrote nothing.
                    let Ok(mut b) =
                        prezenca::backend::remote::RemoteBackend::connect(&socket, None)
                    else {
                        return acked;
                    };
                    for j in first.. {
                        let (p, s, st) = client_write(c, j);
                        let r = b.execute(Cmd::SetMark {
                            session: sessions[s - 1],
                            participant: people[p],
                            mark: support::mark(MarkStatus::parse(STATUSES[st]).expect("status")),
                            expect: None,
                        });
                        if r.is_err() {
                            // The server is gone: this write may or may not have landed.
                            break;
                        }
                        acked.push(j);
                        acks.fetch_add(1, Ordering::SeqCst);
                    }
                    acked
                })
            })
            .collect();
        // Kill after a few acknowledgements and a random pause: before, during or after a
        // commit, with a reply on its way or not.
        let wait_for = rng.below(6) as usize;
        let until = std::time::Instant::now() + Duration::from_secs(20);
        while acks.load(Ordering::SeqCst) < wait_for && std::time::Instant::now() < until {
            std::thread::sleep(Duration::from_micros(200));
        }
        std::thread::sleep(Duration::from_micros(rng.below(40_000)));
        server.kill9();
        let mut in_flight = Vec::new();
        for (c, w) in writers.into_iter().enumerate() {
            let acked = w.join().expect("writer thread");
            for (i, j) in acked.iter().enumerate() {
                assert_eq!(*j, next[c] + i, "round {round}: acknowledgements in order");
                let (p, s, st) = client_write(c, *j);
                model.insert((p, s), st);
                committed += 1;
            }
            next[c] += acked.len();
            in_flight.push((c, client_write(c, next[c])));
        }

        check_passes(&path, round, seed);
        let mut b = reopen(&path);
        let index: HashMap<Id, usize> = seeded
            .people
            .iter()
            .enumerate()
            .map(|(i, id)| (*id, i))
            .collect();
        let mut stored: HashMap<(usize, usize), usize> = HashMap::new();
        for (n, sid) in seeded.sessions.iter().enumerate() {
            for (pid, m) in b.session_marks(*sid).expect("marks") {
                let st = STATUSES
                    .iter()
                    .position(|w| MarkStatus::parse(w) == Some(m.status))
                    .expect("status");
                stored.insert((index[&pid], n + 1), st);
            }
        }
        // Each client's one unacknowledged write may have landed, whole; nothing else differs.
        for (c, (p, s, st)) in in_flight {
            if stored.get(&(p, s)) == Some(&st) && model.get(&(p, s)) != Some(&st) {
                model.insert((p, s), st);
                next[c] += 1;
                committed += 1;
                in_flight_landed += 1;
            }
        }
        assert_eq!(
            stored, model,
            "round {round} (seed {seed}): the file is not the acknowledged marks (plus whole writes in flight)"
        );
        assert_eq!(
            b.change_seq().expect("seq"),
            audit_after_seed + committed,
            "round {round} (seed {seed}): one audit entry per committed mark"
        );
        drop(b);
    }
    eprintln!(
        "{rounds} server kills, {committed} marks committed, {in_flight_landed} unacknowledged writes found whole"
    );
    assert!(committed > rounds, "the clients made progress");
}
