//! Shared by the benchmarks and the report test: the cached generated databases, their CSV
//! form (the columns of `prezenca export all`) and an SQLite copy of the same data for `benches/report.sql`.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use prezenca::core::ImportKind;
use prezenca::core::import::columns;
use prezenca::datagen::{Generated, Scale, generate};
use prezenca::domain::*;
use prezenca::store::tx::Reader;

/// Bumped whenever the generator or the schema changes, so stale caches are not reused.
pub const DATA_VERSION: &str = "v5-s3-seed42";
pub const SEED: u64 = 42;

/// Where generated files are cached between runs.
pub fn cache_dir() -> PathBuf {
    let dir = match option_env!("CARGO_TARGET_TMPDIR") {
        Some(t) => Path::new(t).join("..").join("bench-data"),
        None => std::env::temp_dir().join("prezenca-bench-data"),
    };
    fs::create_dir_all(&dir).expect("create the bench data directory");
    dir
}

pub fn scale(name: &str) -> Scale {
    match name {
        "large" => Scale::LARGE,
        _ => Scale::SMALL,
    }
}

/// The generated database for `name` ("small" or "large"), generated once and cached;
/// returns its path and what was generated.
pub fn dataset(name: &str) -> (PathBuf, Generated) {
    // Tests of one binary run in parallel threads; the first generates, the others wait.
    static GENERATING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = GENERATING.lock().unwrap_or_else(|e| e.into_inner());
    let path = cache_dir().join(format!("{name}-{DATA_VERSION}.redb"));
    let scale = scale(name);
    if !path.exists() {
        // Per process, so that two processes generating at once do not share a file.
        let tmp = path.with_extension(format!("partial-{}", std::process::id()));
        let _ = fs::remove_file(&tmp);
        let t = Instant::now();
        let (db, _) = prezenca::store::open(&tmp).expect("create the dataset file");
        generate(db.writable().expect("writable"), &scale, SEED).expect("generate");
        drop(db);
        eprintln!(
            "generated {name} dataset in {:.1} s: {}",
            t.elapsed().as_secs_f64(),
            path.display()
        );
        fs::rename(&tmp, &path).expect("move the dataset into place");
    }
    // The plan is deterministic, so what was generated can be read back cheaply.
    let (db, _) = prezenca::store::open_with(&path, true).expect("open dataset");
    let r = db.begin_read().expect("read");
    let flagship = r
        .event_by_code(prezenca::datagen::FLAGSHIP_CODE)
        .expect("lookup")
        .expect("flagship event exists");
    let flagship_sessions = r
        .sessions_of(flagship)
        .expect("sessions")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let flagship_participants = r
        .registrations_of(flagship)
        .expect("registrations")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let g = Generated {
        flagship,
        flagship_sessions,
        flagship_participants,
        events: scale.events,
        sessions: scale.sessions,
        organisations: scale.organisations,
        participants: scale.participants,
        registrations: scale.registrations,
        marks: scale.marks,
    };
    (path, g)
}

/// A private copy of a dataset for benchmarks that write, in the same file system.
pub fn scratch_copy(src: &Path) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir_in(cache_dir()).expect("scratch dir");
    let dst = dir.path().join("scratch.redb");
    fs::copy(src, &dst).expect("copy the dataset");
    // Flushed now, so that no measured fsync pays for writing back the copy.
    fs::File::open(&dst)
        .and_then(|f| f.sync_all())
        .expect("sync the copy");
    (dir, dst)
}

/// Quotes a CSV field when it needs it.
fn csv(out: &mut String, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

fn row(w: &mut impl Write, fields: &[&str]) {
    let mut line = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        csv(&mut line, f);
    }
    line.push('\n');
    w.write_all(line.as_bytes()).expect("write csv");
}

fn create(path: &Path) -> BufWriter<fs::File> {
    BufWriter::new(fs::File::create(path).expect("create csv"))
}

/// Writes the database as the CSV files `export all` writes, plus
/// organisations; returns the total size in bytes.
pub fn export_design_csv(db_path: &Path, dir: &Path) -> u64 {
    fs::create_dir_all(dir).expect("csv dir");
    let (db, _) = prezenca::store::open_with(db_path, true).expect("open");
    let r = db.begin_read().expect("read");
    let events = r.all_events().expect("events");
    let orgs = r.all_organisations().expect("orgs");
    let org_name: std::collections::HashMap<Id, String> =
        orgs.iter().map(|(id, o)| (*id, o.name.clone())).collect();
    let people = r.all_participants().expect("participants");
    let who: std::collections::HashMap<Id, String> = people
        .iter()
        .map(|(id, p)| {
            let key = if p.email.is_empty() {
                &p.name
            } else {
                &p.email
            };
            (*id, key.clone())
        })
        .collect();

    let mut w = create(&dir.join("organisations.csv"));
    row(&mut w, &["name", "acronym", "kind", "city", "country"]);
    for (_, o) in &orgs {
        row(
            &mut w,
            &[&o.name, &o.acronym, o.kind.word(), &o.city, &o.country],
        );
    }
    w.flush().expect("flush");

    let mut w = create(&dir.join("participants.csv"));
    row(&mut w, columns(ImportKind::Participants));
    for (_, p) in &people {
        let org = p
            .organisation
            .and_then(|o| org_name.get(&o))
            .map_or("", |s| s);
        row(
            &mut w,
            &[
                &p.name,
                &p.email,
                &p.phone,
                p.gender.word(),
                org,
                &p.position,
                &p.city,
                &p.country,
            ],
        );
    }
    w.flush().expect("flush");

    let mut ev = create(&dir.join("events.csv"));
    let mut se = create(&dir.join("sessions.csv"));
    let mut re = create(&dir.join("registrations.csv"));
    let mut at = create(&dir.join("attendance.csv"));
    // The headers the import reads, so the benchmark files cannot drift from the format.
    row(&mut ev, columns(ImportKind::Events));
    row(&mut se, columns(ImportKind::Sessions));
    row(&mut re, columns(ImportKind::Registrations));
    row(&mut at, columns(ImportKind::Attendance));
    for (eid, e) in &events {
        let th = format!("{}", f64::from(e.threshold_permille) / 1000.0);
        row(
            &mut ev,
            &[
                &e.code,
                &e.title,
                e.kind.word(),
                &iso_date(e.start),
                &iso_date(e.end),
                &e.city,
                &e.country,
                &e.project,
                &th,
            ],
        );
        let sessions = r.sessions_of(*eid).expect("sessions");
        for (_, s) in &sessions {
            row(
                &mut se,
                &[
                    &e.code,
                    &iso_date(s.date),
                    &hhmm(s.start),
                    &hhmm(s.end),
                    &s.title,
                ],
            );
        }
        for (pid, reg) in r.registrations_of(*eid).expect("registrations") {
            let p = who.get(&pid).map_or("", |s| s);
            row(&mut re, &[&e.code, p, reg.role.word(), reg.status.word()]);
        }
        for (n, (sid, _)) in sessions.iter().enumerate() {
            let num = (n + 1).to_string();
            for (pid, m) in r.marks_of_session(*sid).expect("marks") {
                let p = who.get(&pid).map_or("", |s| s);
                let arrived = m.arrived_at.map(hhmm).unwrap_or_default();
                row(
                    &mut at,
                    &[&e.code, &num, p, m.status.word(), &arrived, &m.reason],
                );
            }
        }
    }
    for w in [&mut ev, &mut se, &mut re, &mut at] {
        w.flush().expect("flush");
    }
    dir_size(dir)
}

pub fn dir_size(dir: &Path) -> u64 {
    fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

/// The SQLite copy of a dataset (same rows, integer keys like the redb tables), built with
/// the `sqlite3` command from id-keyed CSV files and cached next to the redb file.
pub fn sqlite_copy(db_path: &Path) -> PathBuf {
    static LOADING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = LOADING.lock().unwrap_or_else(|e| e.into_inner());
    let out = db_path.with_extension("sqlite");
    if out.exists() {
        return out;
    }
    let dir = tempfile::tempdir_in(cache_dir()).expect("tmp");
    let (db, _) = prezenca::store::open_with(db_path, true).expect("open");
    let r = db.begin_read().expect("read");
    let mut w = create(&dir.path().join("events.csv"));
    let events = r.all_events().expect("events");
    for (id, e) in &events {
        row(
            &mut w,
            &[
                &id.to_string(),
                &e.code,
                &e.title,
                e.kind.word(),
                &iso_date(e.start),
                &e.project,
            ],
        );
    }
    w.flush().expect("flush");
    let mut w = create(&dir.path().join("sessions.csv"));
    for (id, s) in r.all_sessions().expect("sessions") {
        row(
            &mut w,
            &[&id.to_string(), &s.event.to_string(), &iso_date(s.date)],
        );
    }
    w.flush().expect("flush");
    let mut w = create(&dir.path().join("participants.csv"));
    for (id, p) in r.all_participants().expect("participants") {
        let org = p.organisation.map(|o| o.to_string()).unwrap_or_default();
        row(
            &mut w,
            &[&id.to_string(), &org, p.gender.word(), &p.country],
        );
    }
    w.flush().expect("flush");
    let mut rw = create(&dir.path().join("registrations.csv"));
    let mut mw = create(&dir.path().join("marks.csv"));
    for (eid, _) in &events {
        for (pid, reg) in r.registrations_of(*eid).expect("registrations") {
            row(
                &mut rw,
                &[
                    &eid.to_string(),
                    &pid.to_string(),
                    reg.role.word(),
                    reg.status.word(),
                ],
            );
        }
        for (sid, _) in r.sessions_of(*eid).expect("sessions") {
            for (pid, m) in r.marks_of_session(sid).expect("marks") {
                row(
                    &mut mw,
                    &[&sid.to_string(), &pid.to_string(), m.status.word()],
                );
            }
        }
    }
    rw.flush().expect("flush");
    mw.flush().expect("flush");
    let mut script = String::from(
        "PRAGMA journal_mode=OFF;\nPRAGMA synchronous=OFF;\n\
         CREATE TABLE events(id INTEGER PRIMARY KEY, code TEXT, title TEXT, kind TEXT, start TEXT, project TEXT);\n\
         CREATE TABLE sessions(id INTEGER PRIMARY KEY, event INTEGER, date TEXT);\n\
         CREATE TABLE participants(id INTEGER PRIMARY KEY, org INTEGER, gender TEXT, country TEXT);\n\
         CREATE TABLE registrations(event INTEGER, participant INTEGER, role TEXT, status TEXT, PRIMARY KEY(event, participant)) WITHOUT ROWID;\n\
         CREATE TABLE marks(session INTEGER, participant INTEGER, status TEXT, PRIMARY KEY(session, participant)) WITHOUT ROWID;\n\
         .mode csv\n",
    );
    for t in [
        "events",
        "sessions",
        "participants",
        "registrations",
        "marks",
    ] {
        let _ = writeln!(
            script,
            ".import {} {t}",
            dir.path().join(format!("{t}.csv")).display()
        );
    }
    // Same relation indexes as the redb file: sessions of an event.
    script.push_str(
        "CREATE INDEX sessions_event ON sessions(event);\n\
         UPDATE participants SET org = NULL WHERE org = '';\nANALYZE;\n",
    );
    let tmp = out.with_extension(format!("sqlite-partial-{}", std::process::id()));
    let _ = fs::remove_file(&tmp);
    let status = Command::new("sqlite3")
        .arg(&tmp)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .and_then(|mut c| {
            c.stdin
                .take()
                .expect("stdin")
                .write_all(script.as_bytes())?;
            c.wait()
        })
        .expect("run sqlite3 (is it installed?)");
    assert!(status.success(), "sqlite3 load failed");
    fs::rename(&tmp, &out).expect("move sqlite copy into place");
    out
}

/// Path of the report queries.
pub fn report_sql() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/report.sql")
}

/// Runs `sqlite3 DB < benches/report.sql` and returns its output lines.
pub fn sqlite_report(sqlite: &Path) -> String {
    sqlite_run(sqlite, &[])
}

/// Like [`sqlite_report`] with `.timer on`: returns the CPU time (user + sys) sqlite3
/// reports for all statements together.
pub fn sqlite_report_cpu(sqlite: &Path) -> Duration {
    let out = sqlite_run(sqlite, &["-cmd", ".timer on"]);
    let mut cpu = 0.0;
    for line in out.lines().filter(|l| l.starts_with("Run Time:")) {
        // "Run Time: real 0.123 user 0.100000 sys 0.020000"
        let w: Vec<&str> = line.split_whitespace().collect();
        for (i, x) in w.iter().enumerate() {
            if *x == "user" || *x == "sys" {
                cpu += w
                    .get(i + 1)
                    .and_then(|v| v.parse::<f64>().ok())
                    .unwrap_or(0.0);
            }
        }
    }
    Duration::from_secs_f64(cpu)
}

fn sqlite_run(sqlite: &Path, extra: &[&str]) -> String {
    let sql = fs::File::open(report_sql()).expect("report.sql");
    let out = Command::new("sqlite3")
        .args(extra)
        .arg("-readonly")
        .arg(sqlite)
        .stdin(sql)
        .output()
        .expect("run sqlite3");
    assert!(
        out.status.success(),
        "sqlite3 failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// Time this thread has spent on a CPU: on a machine shared with other builds it shows the
/// work done, where wall time also shows the waiting for a core.
pub fn cpu_now() -> Duration {
    nix::time::clock_gettime(nix::time::ClockId::CLOCK_THREAD_CPUTIME_ID)
        .map(Duration::from)
        .unwrap_or_default()
}

/// Runs `f`, returning its result, wall time and on-CPU time.
pub fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration, Duration) {
    let (c, t) = (cpu_now(), Instant::now());
    let v = f();
    (v, t.elapsed(), cpu_now().saturating_sub(c))
}

/// Timing figures of repeated runs.
#[derive(Debug, Clone, Copy)]
pub struct Stats {
    pub n: usize,
    pub min: Duration,
    pub p50: Duration,
    pub p99: Duration,
    pub max: Duration,
}

impl Stats {
    pub fn of(mut xs: Vec<Duration>) -> Stats {
        xs.sort();
        let at = |q: f64| xs[((xs.len() as f64 - 1.0) * q).round() as usize];
        Stats {
            n: xs.len(),
            min: xs[0],
            p50: at(0.5),
            p99: at(0.99),
            max: xs[xs.len() - 1],
        }
    }
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        write!(
            f,
            "n={} min {:.3} ms, p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
            self.n,
            ms(self.min),
            ms(self.p50),
            ms(self.p99),
            ms(self.max)
        )
    }
}
