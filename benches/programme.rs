//! Figures at the scale of a whole regional programme that are not a plain "time one call":
//! p99 of search keystrokes, reopen after SIGKILL, durable mark against a raw 4 KiB
//! write + fsync, the report against sqlite3, and file sizes against CSV.
//!
//! The TUI figures drive the real `App` (keys through `handle_key`, frames through `draw`) on a
//! `TestBackend`, or on a `CrosstermBackend` writing into memory to count terminal bytes.
//!
//! `cargo bench --bench programme [-- SECTION…]` with sections `search`, `mark`, `report`,
//! `crash`, `size`, `memory`, `import`, `tui`, `backup`; `PREZENCA_BENCH_DATA=small` runs them against
//! the small dataset.

#[path = "common/mod.rs"]
mod common;

use std::fs::OpenOptions;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::process::{Command as Proc, Stdio};
use std::time::{Duration, Instant};

use common::Stats;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use prezenca::backend::local::LocalBackend;
use prezenca::core::{Backend, Command, MarkInput, Queries};
use prezenca::domain::MarkStatus;
use prezenca::tui::app::{App, Input, InputSource, run_loop};
use prezenca::tui::keymap::Keymap;
use prezenca::tui::state::Screen;
use prezenca::tui::theme::Theme;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use time::macros::date;

/// Set in the child process that writes marks until it is killed.
const WRITER_ENV: &str = "PREZENCA_BENCH_WRITER";
/// Set in the child process that loads what the participant list holds and reports memory.
const MEMORY_ENV: &str = "PREZENCA_BENCH_MEMORY";
/// Set in the child process that runs the TUI loop on a script of keys and reports memory.
const TUI_MEMORY_ENV: &str = "PREZENCA_BENCH_TUI_MEMORY";

fn main() {
    if let Ok(path) = std::env::var(WRITER_ENV) {
        writer_child(Path::new(&path));
        return;
    }
    if let Ok(path) = std::env::var(MEMORY_ENV) {
        memory_child(Path::new(&path));
        return;
    }
    if let Ok(path) = std::env::var(TUI_MEMORY_ENV) {
        tui_memory_child(Path::new(&path));
        return;
    }
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let want = |s: &str| args.is_empty() || args.iter().any(|a| a == s);
    let data = std::env::var("PREZENCA_BENCH_DATA").unwrap_or_else(|_| "large".into());
    let (path, g) = common::dataset(&data);
    println!(
        "dataset {data}: {} events, {} sessions, {} participants, {} organisations, {} registrations, {} marks",
        g.events, g.sessions, g.participants, g.organisations, g.registrations, g.marks
    );
    if want("search") {
        search(&path);
    }
    if want("mark") {
        mark(&path, &g);
    }
    if want("report") {
        report(&path);
    }
    if want("crash") {
        crash(&path);
    }
    if want("size") {
        size(&path, &data);
    }
    if want("memory") {
        memory(&path);
    }
    if want("import") {
        import(&path, &data);
    }
    if want("tui") {
        tui(&path);
    }
    if want("backup") {
        backup(&path, &g);
    }
}

/// A backup through a running server, as a trainer takes it on the shared server (the whole
/// `prezenca backup` run: snapshot, copy, stream, write, check), while another client marks
/// at the door; the marks' round trips during the backups against those before.
fn backup(path: &Path, g: &prezenca::datagen::Generated) {
    let (dir, copy) = common::scratch_copy(path);
    let run = dir.path().join("run");
    std::fs::create_dir(&run).expect("run dir");
    std::fs::set_permissions(&run, std::os::unix::fs::PermissionsExt::from_mode(0o750))
        .expect("chmod");
    let socket = run.join("socket");
    let mut server = Proc::new(env!("CARGO_BIN_EXE_prezenca"))
        .arg("serve")
        .arg("--db")
        .arg(&copy)
        .arg("--socket")
        .arg(&socket)
        .env("XDG_CONFIG_HOME", "/nonexistent/prezenca-bench-config")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start prezenca serve");
    let until = Instant::now() + Duration::from_secs(120);
    while std::os::unix::net::UnixStream::connect(&socket).is_err() {
        assert!(Instant::now() < until, "the server did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let during = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let marker = {
        let (socket, stop, during) = (socket.clone(), stop.clone(), during.clone());
        let (session, people) = (g.flagship_sessions[0], g.flagship_participants.clone());
        std::thread::spawn(move || {
            use std::sync::atomic::Ordering;
            let mut b = prezenca::backend::remote::RemoteBackend::connect(&socket, None)
                .unwrap_or_else(|_| panic!("connect"));
            let (mut before, mut while_copying) = (Vec::new(), Vec::new());
            for i in 0.. {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let copying = during.load(Ordering::SeqCst);
                let t = Instant::now();
                b.execute(Command::SetMark {
                    session,
                    participant: people[i % people.len()],
                    mark: Some(MarkInput {
                        status: if i % 2 == 0 {
                            MarkStatus::Late
                        } else {
                            MarkStatus::Present
                        },
                        arrived_at: None,
                        reason: String::new(),
                    }),
                    expect: None,
                })
                .expect("mark during backup");
                let took = t.elapsed();
                if copying && during.load(Ordering::SeqCst) {
                    while_copying.push(took);
                } else if !copying {
                    before.push(took);
                }
                // About one mark every 5 ms, a busy door.
                std::thread::sleep(Duration::from_millis(5));
            }
            (before, while_copying)
        })
    };
    std::thread::sleep(Duration::from_secs(2));
    let mut times = Vec::new();
    let mut size = 0;
    for k in 0..3 {
        let dest = dir.path().join(format!("backup-{k}.redb"));
        during.store(true, std::sync::atomic::Ordering::SeqCst);
        let t = Instant::now();
        let out = Proc::new(env!("CARGO_BIN_EXE_prezenca"))
            .arg("--socket")
            .arg(&socket)
            .arg("backup")
            .arg(&dest)
            .env("XDG_CONFIG_HOME", "/nonexistent/prezenca-bench-config")
            .output()
            .expect("run prezenca backup");
        times.push(t.elapsed());
        during.store(false, std::sync::atomic::Ordering::SeqCst);
        assert!(
            out.status.success(),
            "backup failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        size = std::fs::metadata(&dest).expect("backup").len();
        std::thread::sleep(Duration::from_secs(1));
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let (before, while_copying) = marker.join().expect("marker");
    let _ = server.kill();
    let _ = server.wait();
    println!(
        "backup through the server ({:.1} MiB, whole CLI run incl. check of the copy): {}",
        size as f64 / (1024.0 * 1024.0),
        Stats::of(times)
    );
    println!("mark round trip before the backups: {}", Stats::of(before));
    if while_copying.is_empty() {
        println!("mark round trip while a backup runs: no mark fell inside a backup");
    } else {
        println!(
            "mark round trip while a backup runs: {}",
            Stats::of(while_copying)
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Search as the participant list filters: every keystroke folds the query once and tests
/// the precomputed folded keys of all participants (no narrowing of the previous result,
/// so every keystroke pays the full scan — the worst case).
fn search(path: &Path) {
    let mut b = LocalBackend::open_read_only(path).expect("open");
    let t = Instant::now();
    let people = b.participants().expect("participants");
    let load = t.elapsed();
    let t = Instant::now();
    let keys: Vec<String> = people
        .iter()
        .map(|(_, p)| prezenca::text::fold(&format!("{} {}", p.name, p.email)))
        .collect();
    let index = t.elapsed();
    println!(
        "search: load {} participants {:.1} ms, fold keys {:.1} ms",
        people.len(),
        ms(load),
        ms(index)
    );
    let queries = [
        "đorđević",
        "Петровић",
        "şahin ay",
        "krasniqi arta",
        "ćos",
        "xhaf",
    ];
    let (mut times, mut cpu) = (Vec::new(), Vec::new());
    let mut hits = 0usize;
    for _round in 0..5 {
        for q in queries {
            let mut typed = String::new();
            for c in q.chars() {
                typed.push(c);
                let (n, wall, on_cpu) = common::timed(|| {
                    let needle = prezenca::text::Needle::new(&typed);
                    keys.iter().filter(|k| needle.matches(k)).count()
                });
                times.push(wall);
                cpu.push(on_cpu);
                hits += n;
            }
        }
    }
    println!(
        "search keystroke (filter only), wall: {} ({hits} hits)",
        Stats::of(times)
    );
    println!("search keystroke (filter only), cpu:  {}", Stats::of(cpu));

    // As the list filters: typing narrows the previous hits; backspace rescans.
    let (mut list, build, _) = common::timed(|| {
        prezenca::text::SearchList::new(
            people
                .iter()
                .map(|(_, p)| format!("{} {}", p.name, p.email)),
        )
    });
    println!(
        "search list built (fold {} keys): {:.1} ms",
        list.len(),
        ms(build)
    );
    let (mut times, mut cpu) = (Vec::new(), Vec::new());
    for _round in 0..5 {
        for q in queries {
            let mut steps: Vec<String> = Vec::new();
            let mut typed = String::new();
            for c in q.chars() {
                typed.push(c);
                steps.push(typed.clone());
            }
            // Two backspaces and the last two letters again.
            let retype = steps[steps.len().saturating_sub(2)..].to_vec();
            for _ in 0..2 {
                typed.pop();
                steps.push(typed.clone());
            }
            steps.extend(retype);
            steps.push(String::new());
            for s in &steps {
                let (_, wall, on_cpu) = common::timed(|| list.filter(s).len());
                times.push(wall);
                cpu.push(on_cpu);
            }
        }
    }
    println!("search keystroke (SearchList), wall: {}", Stats::of(times));
    println!("search keystroke (SearchList), cpu:  {}", Stats::of(cpu));
}

/// A durable mark (one SetMark command, committed with Durability::Immediate) and a raw
/// 4 KiB write + fsync on the same file system, interleaved so both see the same disk.
fn mark(path: &Path, g: &prezenca::datagen::Generated) {
    let (dir, copy) = common::scratch_copy(path);
    let mut b = LocalBackend::open(&copy).expect("open copy");
    let raw_path = dir.path().join("raw.bin");
    let raw = OpenOptions::new()
        .create(true)
        .truncate(true)
        .read(true)
        .write(true)
        .open(&raw_path)
        .expect("raw file");
    raw.write_all_at(&[7u8; 4096], 0).expect("prefill");
    raw.sync_all().expect("sync");
    let page = [42u8; 4096];
    // Seats to mark: first 200 changes of an existing mark (the flagship is fully marked),
    // then 200 first marks on seats of other events that nobody marked yet.
    let mut seats: Vec<(prezenca::domain::Id, prezenca::domain::Id, MarkStatus)> = (0..200)
        .map(|i| {
            let pid = g.flagship_participants[i % g.flagship_participants.len()];
            (g.flagship_sessions[0], pid, MarkStatus::Late)
        })
        .collect();
    let mut eid = g.flagship + 1;
    while seats.len() < 400 {
        let regs = b.registrations(eid).expect("registrations");
        for (sid, _) in b.sessions(eid).expect("sessions") {
            let marked: std::collections::HashSet<_> = b
                .session_marks(sid)
                .expect("marks")
                .into_iter()
                .map(|(p, _)| p)
                .collect();
            for (pid, _) in &regs {
                if !marked.contains(pid) && seats.len() < 400 {
                    seats.push((sid, *pid, MarkStatus::Present));
                }
            }
        }
        eid += 1;
    }
    let (mut marks, mut fsyncs, mut fdatasyncs) = (Vec::new(), Vec::new(), Vec::new());
    let (mut firsts, mut marks_cpu) = (Vec::new(), Vec::new());
    let (mut pages_changed, mut pages_first) = (0u64, 0u64);
    for (i, (session, pid, status)) in seats.into_iter().enumerate() {
        let writes_before = bytes_written();
        let (_, wall, cpu) = common::timed(|| {
            b.execute(Command::SetMark {
                session,
                participant: pid,
                mark: Some(MarkInput {
                    status,
                    arrived_at: None,
                    reason: String::new(),
                }),
                expect: None,
            })
            .expect("mark")
        });
        let writes = bytes_written() - writes_before;
        if i < 200 {
            pages_changed += writes;
            marks.push(wall);
            marks_cpu.push(cpu);
        } else {
            pages_first += writes;
            firsts.push(wall);
        }
        let t = Instant::now();
        raw.write_all_at(&page, ((i % 64) * 4096) as u64)
            .expect("write");
        raw.sync_all().expect("fsync");
        fsyncs.push(t.elapsed());
        let t = Instant::now();
        raw.write_all_at(&page, ((i % 64) * 4096) as u64)
            .expect("write");
        raw.sync_data().expect("fdatasync");
        fdatasyncs.push(t.elapsed());
    }
    let first = Stats::of(firsts);
    let (m, f, d) = (Stats::of(marks), Stats::of(fsyncs), Stats::of(fdatasyncs));
    println!("mark durable, changing a mark: {m}");
    println!(
        "mark durable, changing a mark, on-CPU part: {}",
        Stats::of(marks_cpu)
    );
    println!("mark durable, first mark of a seat: {first}");
    println!(
        "4 KiB pages written per commit: changing {:.1}, first {:.1}",
        pages_changed as f64 / 200.0 / 4096.0,
        pages_first as f64 / 200.0 / 4096.0
    );
    println!("4 KiB write + fsync: {f}");
    println!("4 KiB write + fdatasync: {d}");
    println!(
        "ratio mark / (write + fsync), medians: changing {:.2}, first {:.2}",
        m.p50.as_secs_f64() / f.p50.as_secs_f64(),
        first.p50.as_secs_f64() / f.p50.as_secs_f64()
    );
}

/// The cross-event report over every event, against sqlite3 running benches/report.sql on
/// the same rows (process start included; the SQLite file is warm in the page cache).
fn report(path: &Path) {
    let sqlite = common::sqlite_copy(path);
    let mut b = LocalBackend::open_read_only(path).expect("open");
    let (mut ours, mut ours_cpu) = (Vec::new(), Vec::new());
    let (mut theirs, mut theirs_cpu) = (Vec::new(), Vec::new());
    let mut rep = None;
    // One untimed run each to warm the page cache.
    let _ = common::sqlite_report(&sqlite);
    let _ = b.report(date!(2000 - 01 - 01), date!(2100 - 12 - 31), None);
    for _ in 0..5 {
        let (r, wall, cpu) = common::timed(|| {
            b.report(date!(2000 - 01 - 01), date!(2100 - 12 - 31), None)
                .expect("report")
        });
        rep = Some(r);
        ours.push(wall);
        ours_cpu.push(cpu);
        let t = Instant::now();
        let out = common::sqlite_report(&sqlite);
        theirs.push(t.elapsed());
        assert!(out.contains("person_days|"));
        theirs_cpu.push(common::sqlite_report_cpu(&sqlite));
    }
    let rep = rep.expect("ran");
    println!(
        "report: {} events, {} unique participants, {} person-days",
        rep.events, rep.unique_participants, rep.person_days
    );
    println!("report (prezenca core), wall: {}", Stats::of(ours));
    println!("report (prezenca core), cpu:  {}", Stats::of(ours_cpu));
    println!(
        "report (sqlite3 < benches/report.sql), wall: {}",
        Stats::of(theirs)
    );
    println!(
        "report (sqlite3, user + sys from .timer), cpu: {}",
        Stats::of(theirs_cpu)
    );
}

/// Bytes this process has written so far (/proc/self/io `wchar`).
fn bytes_written() -> u64 {
    std::fs::read_to_string("/proc/self/io")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("wchar: "))
                .and_then(|n| n.trim().parse().ok())
        })
        .unwrap_or(0)
}

/// The child: opens the database and commits marks as fast as it can, printing a line per
/// commit, until it is killed.
fn writer_child(path: &Path) {
    let mut b = LocalBackend::open(path).expect("child opens");
    let eid = b
        .event_by_code(prezenca::datagen::FLAGSHIP_CODE)
        .expect("lookup")
        .expect("flagship");
    let sessions = b.sessions(eid).expect("sessions");
    let people = b.registrations(eid).expect("registrations");
    let mut out = std::io::stdout();
    for i in 0.. {
        let (sid, _) = sessions[i % sessions.len()];
        let (pid, _) = people[i % people.len()];
        b.execute(Command::MarkMany {
            session: sid,
            participants: vec![pid],
            status: if i % 2 == 0 {
                MarkStatus::Excused
            } else {
                MarkStatus::Present
            },
            only_unmarked: false,
            expect: Vec::new(),
        })
        .expect("child marks");
        let _ = writeln!(out, "committed {i}");
        let _ = out.flush();
    }
}

/// Reopen after SIGKILL: a child writes marks in a loop and is killed mid-write; the time
/// to open the file again (redb's repair included) is measured, then the file is checked.
fn crash(path: &Path) {
    let exe = std::env::current_exe().expect("own path");
    let mut reopen = Vec::new();
    let mut clean = Vec::new();
    for round in 0..3 {
        let (_dir, copy) = common::scratch_copy(path);
        // A clean open of the same file first, for reference.
        let t = Instant::now();
        let b = LocalBackend::open(&copy).expect("clean open");
        clean.push(t.elapsed());
        drop(b);
        let mut child = Proc::new(&exe)
            .env(WRITER_ENV, &copy)
            .stdout(Stdio::piped())
            .spawn()
            .expect("spawn writer");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        // Let it commit a few marks, then kill it while the next transaction is under way.
        for _ in 0..(5 + round * 7) {
            lines.next().expect("child alive").expect("line");
        }
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(child.id() as i32),
            nix::sys::signal::Signal::SIGKILL,
        )
        .expect("kill child");
        let _ = child.wait();
        let t = Instant::now();
        let b = LocalBackend::open(&copy).expect("reopen after kill");
        reopen.push(t.elapsed());
        let problems = prezenca::store::check::check(b.db()).expect("check");
        assert!(problems.is_empty(), "damaged after kill: {problems:?}");
    }
    println!("open, clean: {}", Stats::of(clean));
    println!(
        "reopen after SIGKILL (repair included): {}",
        Stats::of(reopen)
    );
}

/// File size of the database against the same data as the CSV files of `export all`.
fn size(path: &Path, data: &str) {
    let csv_dir = common::cache_dir().join(format!("{data}-{}-csv", common::DATA_VERSION));
    let csv = if csv_dir.exists() {
        common::dir_size(&csv_dir)
    } else {
        common::export_design_csv(path, &csv_dir)
    };
    let db = std::fs::metadata(path).expect("db size").len();
    println!(
        "size: redb {:.1} MB, CSV {:.1} MB, ratio {:.2}",
        db as f64 / 1e6,
        csv as f64 / 1e6,
        db as f64 / csv as f64
    );
    // After compaction, as `prezenca` leaves it after a forget.
    let (_dir, copy) = common::scratch_copy(path);
    let mut b = LocalBackend::open(&copy).expect("open copy");
    b.compact().expect("compact");
    drop(b);
    let compacted = std::fs::metadata(&copy).expect("size").len();
    println!(
        "size after compaction: redb {:.1} MB, ratio {:.2}",
        compacted as f64 / 1e6,
        compacted as f64 / csv as f64
    );
}

fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// The child: opens the database and holds what the participant list and the event list
/// need in memory (records and folded search keys), then prints its peak resident size.
fn memory_child(path: &Path) {
    let before = status_kb("VmHWM:");
    let mut b = LocalBackend::open(path).expect("open");
    let events = b.events().expect("events");
    let orgs = b.organisations().expect("organisations");
    let (people, list) = if std::env::var("PREZENCA_BENCH_LIGHT").is_ok() {
        light_rows(&b)
    } else {
        let people = b.participants().expect("participants");
        let list = prezenca::text::SearchList::new(
            people
                .iter()
                .map(|(_, p)| format!("{} {}", p.name, p.email)),
        );
        (people.len(), list)
    };
    let with_lists = status_kb("VmHWM:");
    let _ = b
        .report(date!(2000 - 01 - 01), date!(2100 - 12 - 31), None)
        .expect("report");
    println!(
        "{} {} {} {} {}",
        before,
        with_lists,
        status_kb("VmRSS:"),
        events.len() + orgs.len() + people,
        list.len()
    );
}

/// The participant list as a lean view would hold it: id and name per row (decoded as a
/// borrowed view of the stored record) plus the folded search key, never whole records.
fn light_rows(b: &LocalBackend) -> (usize, prezenca::text::SearchList) {
    use prezenca::store::tx::Source;
    use redb::ReadableTable;
    let r = b.db().begin_read().expect("read");
    let t = r
        .table(prezenca::store::schema::PARTICIPANTS)
        .expect("participants table");
    let mut rows: Vec<(prezenca::domain::Id, String)> = Vec::new();
    let mut search = Vec::new();
    for row in t.iter().expect("iterate") {
        let (k, v) = row.expect("row");
        let (name, email): (&str, &str) =
            prezenca::store::codec::decode_view(v.value(), "participant", k.value())
                .expect("decode");
        rows.push((k.value(), name.to_string()));
        search.push(format!("{name} {email}"));
    }
    let list = prezenca::text::SearchList::new(search);
    (rows.len(), list)
}

/// Peak resident memory of a process holding the lists the TUI shows on the large data.
fn memory(path: &Path) {
    memory_of(path, false);
    memory_of(path, true);
}

fn memory_of(path: &Path, light: bool) {
    let (_dir, copy) = common::scratch_copy(path);
    let mut cmd = Proc::new(std::env::current_exe().expect("own path"));
    if light {
        cmd.env("PREZENCA_BENCH_LIGHT", "1");
    }
    let out = cmd
        .env(MEMORY_ENV, &copy)
        .stderr(Stdio::inherit())
        .output()
        .expect("run memory child");
    let text = String::from_utf8_lossy(&out.stdout);
    let f: Vec<u64> = text
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    assert!(out.status.success() && f.len() == 5, "memory child: {text}");
    println!(
        "memory ({}): peak RSS with the lists {:.1} MB (process start {:.1} MB) holding {} records and {} search keys; resident after a report over everything {:.1} MB",
        if light {
            "id + name rows"
        } else {
            "whole participant records"
        },
        f[1] as f64 / 1024.0,
        f[0] as f64 / 1024.0,
        f[3],
        f[4],
        f[2] as f64 / 1024.0,
    );
}

/// The participants CSV with an email added where a row without one shares its folded name
/// and organisation with another row: the import would take those for the same person
/// (or refuse them as ambiguous), and the figure is for importing 100,000 distinct people.
fn importable_participants(csv_dir: &Path) -> std::path::PathBuf {
    let out = csv_dir.join("participants-distinct.csv");
    if out.exists() {
        return out;
    }
    let mut rd = csv::Reader::from_path(csv_dir.join("participants.csv")).expect("read CSV");
    let headers = rd.headers().expect("headers").clone();
    let col = |n: &str| headers.iter().position(|h| h == n).expect("column");
    let (name, email, org) = (col("name"), col("email"), col("organisation"));
    let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.expect("row")).collect();
    let key = |r: &csv::StringRecord| {
        (
            prezenca::text::fold(&r[name]),
            prezenca::text::fold(&r[org]),
        )
    };
    let mut seen: std::collections::HashMap<(String, String), usize> = Default::default();
    for r in &rows {
        *seen.entry(key(r)).or_default() += 1;
    }
    let tmp = out.with_extension("partial");
    let mut w = csv::Writer::from_path(&tmp).expect("write CSV");
    w.write_record(&headers).expect("headers");
    for (i, r) in rows.iter().enumerate() {
        let mut r = r.clone();
        if r[email].is_empty() && seen[&key(&r)] > 1 {
            let filled = format!("p{i}@import.example");
            r = r
                .iter()
                .enumerate()
                .map(|(c, v)| if c == email { filled.as_str() } else { v })
                .collect();
        }
        w.write_record(&r).expect("row");
    }
    w.flush().expect("flush");
    drop(w);
    std::fs::rename(&tmp, &out).expect("move into place");
    out
}

/// `prezenca import participants FILE` of the 100,000 participants of the large data set
/// into a new database, as a user runs it.
fn import(path: &Path, data: &str) {
    let csv_dir = common::cache_dir().join(format!("{data}-{}-csv", common::DATA_VERSION));
    if !csv_dir.exists() {
        common::export_design_csv(path, &csv_dir);
    }
    let file = importable_participants(&csv_dir);
    let mut times = Vec::new();
    for _ in 0..3 {
        let dir = tempfile::tempdir_in(common::cache_dir()).expect("dir");
        let db = dir.path().join("import.redb");
        let t = Instant::now();
        let out = Proc::new(env!("CARGO_BIN_EXE_prezenca"))
            .arg("--db")
            .arg(&db)
            .args(["import", "participants"])
            .arg(&file)
            .output()
            .expect("run prezenca import");
        let took = t.elapsed();
        let imported = LocalBackend::open_read_only(&db)
            .and_then(|mut b| b.participants())
            .map(|p| p.len())
            .unwrap_or(0);
        if !out.status.success() || imported == 0 {
            println!(
                "import: not measurable with this build (exit {:?}, {imported} participants stored): {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr).trim()
            );
            return;
        }
        println!(
            "import: {imported} participants stored in {:.0} ms",
            ms(took)
        );
        times.push(took);
    }
    println!(
        "import participants CSV (whole CLI run): {}",
        Stats::of(times)
    );
}

fn tui_app(path: &Path) -> App {
    let b = LocalBackend::open(path).expect("open");
    App::new(Box::new(b), Keymap::defaults(), Theme { color: true })
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn type_in(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Puts the events pane on the flagship event (300 registered × 10 sessions).
fn select_flagship(app: &mut App) {
    press(app, KeyCode::Char('1'));
    press(app, KeyCode::Char('/'));
    type_in(app, prezenca::datagen::FLAGSHIP_CODE);
    press(app, KeyCode::Enter);
    let code = app.current_event().map(|e| e.event.code.clone());
    assert_eq!(code.as_deref(), Some(prezenca::datagen::FLAGSHIP_CODE));
}

/// The TUI at programme scale: the first frame, search keystrokes over everyone (update +
/// draw), terminal bytes of one mark in the roster, and resident memory of the TUI loop.
fn tui(path: &Path) {
    let (_dir, copy) = common::scratch_copy(path);
    // Warm the OS cache once, as a second start of the day would find it.
    drop(tui_app(&copy));

    let (mut first, mut first_cpu) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        let (kept, wall, cpu) = common::timed(|| {
            let app = tui_app(&copy);
            let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
            term.draw(|f| app.draw(f)).expect("draw");
            (app, term)
        });
        drop(kept);
        first.push(wall);
        first_cpu.push(cpu);
    }
    println!(
        "tui first frame (open + App::new + draw 120x40), wall: {}",
        Stats::of(first)
    );
    println!(
        "tui first frame (open + App::new + draw 120x40), cpu:  {}",
        Stats::of(first_cpu)
    );

    // Search over everyone: the participants pane, all participants, then typing.
    let mut app = tui_app(&copy);
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    term.draw(|f| app.draw(f)).expect("draw");
    let (_, open_all, _) = common::timed(|| {
        press(&mut app, KeyCode::Char('2'));
        press(&mut app, KeyCode::Char('a'));
        term.draw(|f| app.draw(f)).expect("draw");
    });
    assert!(!app.people_scoped(), "the pane shows everyone");
    println!(
        "tui participants pane over everyone ({} rows), first use: {:.1} ms",
        app.people.visible.len(),
        ms(open_all)
    );
    let queries = [
        "đorđević",
        "Петровић",
        "şahin ay",
        "krasniqi arta",
        "ćos",
        "xhaf",
    ];
    let (mut times, mut cpu, mut after) = (Vec::new(), Vec::new(), Vec::new());
    let mut step = |app: &mut App, code: KeyCode| {
        let (_, wall, on_cpu) = common::timed(|| {
            press(app, code);
            term.draw(|f| app.draw(f)).expect("draw");
        });
        times.push(wall);
        cpu.push(on_cpu);
        // As `run_loop` does once the frame is out: the participant detail, and a redraw.
        let (_, _, settle) = common::timed(|| {
            if app.detail_due {
                app.settle();
                term.draw(|f| app.draw(f)).expect("draw");
            }
        });
        after.push(settle);
    };
    for _round in 0..3 {
        for q in queries {
            step(&mut app, KeyCode::Char('/'));
            for c in q.chars() {
                step(&mut app, KeyCode::Char(c));
            }
            // Two backspaces and the last two letters again, then leave the search.
            let tail: Vec<char> = q.chars().rev().take(2).collect();
            step(&mut app, KeyCode::Backspace);
            step(&mut app, KeyCode::Backspace);
            for c in tail.into_iter().rev() {
                step(&mut app, KeyCode::Char(c));
            }
            step(&mut app, KeyCode::Esc);
        }
        // Scrolling the whole list: a page down and a line down.
        for _ in 0..5 {
            step(&mut app, KeyCode::PageDown);
            step(&mut app, KeyCode::Down);
        }
    }
    println!(
        "tui search keystroke over everyone (update + draw 120x40), wall: {}",
        Stats::of(times)
    );
    println!(
        "tui search keystroke over everyone (update + draw 120x40), cpu:  {}",
        Stats::of(cpu)
    );
    println!(
        "tui participant detail read after the frame (+ redraw), cpu: {}",
        Stats::of(after)
    );
    drop(app);

    // Bytes sent to a real terminal backend for one mark keystroke in the roster.
    let mut app = tui_app(&copy);
    select_flagship(&mut app);
    press(&mut app, KeyCode::Char('r'));
    assert!(matches!(app.screen, Screen::Roster(_)), "roster open");
    let viewport = Viewport::Fixed(Rect::new(0, 0, 120, 40));
    let sent = ByteCount::default();
    let mut term = Terminal::with_options(
        CrosstermBackend::new(sent.clone()),
        TerminalOptions { viewport },
    )
    .expect("terminal");
    term.draw(|f| app.draw(f)).expect("draw");
    let mut bytes = Vec::new();
    for i in 0..20 {
        let before = sent.0.get();
        press(&mut app, KeyCode::Char(if i % 2 == 0 { '4' } else { '1' }));
        term.draw(|f| app.draw(f)).expect("draw");
        bytes.push(sent.0.get() - before);
    }
    bytes.sort_unstable();
    println!(
        "tui terminal bytes per mark keystroke (roster 120x40): median {}, max {} (n={})",
        bytes[bytes.len() / 2],
        bytes[bytes.len() - 1],
        bytes.len()
    );
    drop(app);

    tui_memory(&copy);
}

/// A terminal that counts the bytes written to it.
#[derive(Clone, Default)]
struct ByteCount(std::rc::Rc<std::cell::Cell<usize>>);

impl Write for ByteCount {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.set(self.0.get() + buf.len());
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Keys for the TUI loop in the memory child, with a mark of where to read memory.
struct Script {
    keys: std::vec::IntoIter<Option<KeyCode>>,
    first_frame: Option<u64>,
    /// Peak resident size before each key, to tell which step set the peak.
    seen: Vec<u64>,
}

impl InputSource for Script {
    fn next(&mut self, _timeout: Duration) -> Input {
        // The loop draws before it asks for input: the first call follows the first frame.
        if self.first_frame.is_none() {
            self.first_frame = Some(status_kb("VmHWM:"));
        }
        self.seen.push(status_kb("VmHWM:"));
        match self.keys.next() {
            Some(Some(code)) => Input::Key(KeyEvent::new(code, KeyModifiers::NONE)),
            Some(None) => Input::Tick,
            None => Input::Gone,
        }
    }
}

/// The child: the real TUI loop on the large data, driven by keys a trainer would press —
/// the participants pane over everyone, searches, scrolling, the flagship's roster and
/// marks, the summary — then prints its peak resident size.
fn tui_memory_child(path: &Path) {
    let start = status_kb("VmHWM:");
    let mut app = tui_app(path);
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let mut keys: Vec<Option<KeyCode>> = vec![None];
    let chars = |s: &str| {
        s.chars()
            .map(|c| Some(KeyCode::Char(c)))
            .collect::<Vec<_>>()
    };
    keys.extend(chars("2a/"));
    keys.extend(chars("petrović"));
    keys.push(Some(KeyCode::Esc));
    keys.extend(chars("/şahin"));
    keys.push(Some(KeyCode::Enter));
    keys.extend([Some(KeyCode::PageDown); 20]);
    keys.push(Some(KeyCode::Esc));
    keys.extend([Some(KeyCode::PageDown); 50]);
    keys.extend(chars("1/"));
    keys.extend(chars(prezenca::datagen::FLAGSHIP_CODE));
    keys.push(Some(KeyCode::Enter));
    keys.extend(chars("r1414"));
    keys.extend([Some(KeyCode::Down); 20]);
    keys.push(Some(KeyCode::Esc));
    keys.extend(chars("s"));
    keys.push(Some(KeyCode::Esc));
    // Where the steps start: everyone's list, the searches, the roster, the summary.
    let steps = [1, 4, 4 + 8, keys.len() - 28, keys.len() - 2];
    let mut script = Script {
        keys: keys.into_iter(),
        first_frame: None,
        seen: Vec::new(),
    };
    let code = run_loop(&mut term, &mut app, &mut script);
    assert_eq!(
        code,
        prezenca::tui::app::HANGUP_STATUS,
        "script ran to its end"
    );
    println!(
        "{} {} {} {}",
        start,
        script.first_frame.unwrap_or(0),
        status_kb("VmHWM:"),
        app.people.visible.len()
    );
    let at: Vec<String> = steps
        .iter()
        .filter_map(|&i| script.seen.get(i))
        .map(|kb| format!("{:.1}", *kb as f64 / 1024.0))
        .collect();
    eprintln!(
        "tui memory by step (peak MB before: everyone's list, search, after search, roster, summary): {}",
        at.join(" ")
    );
}

/// Peak resident memory of a process running the TUI loop on the large data.
fn tui_memory(copy: &Path) {
    let out = Proc::new(std::env::current_exe().expect("own path"))
        .env(TUI_MEMORY_ENV, copy)
        .stderr(Stdio::inherit())
        .output()
        .expect("run the TUI memory child");
    let text = String::from_utf8_lossy(&out.stdout);
    let f: Vec<u64> = text
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    assert!(
        out.status.success() && f.len() == 4,
        "TUI memory child: {text}"
    );
    println!(
        "tui memory: peak RSS {:.1} MB after the first frame, {:.1} MB after everyone's list, searches, the roster and the summary (process start {:.1} MB)",
        f[1] as f64 / 1024.0,
        f[2] as f64 / 1024.0,
        f[0] as f64 / 1024.0,
    );
}
