//! Core queries and commands on the large generated dataset, timed with divan:
//! `cargo bench --bench core` (`PREZENCA_BENCH_DATA=small` for the small one).

#[path = "common/mod.rs"]
mod common;

use std::fs::OpenOptions;
use std::os::unix::fs::FileExt;
use std::path::PathBuf;
use std::sync::OnceLock;

use divan::Bencher;
use prezenca::backend::local::LocalBackend;
use prezenca::core::{Backend, Command, MarkInput, Queries};
use prezenca::datagen::Generated;
use prezenca::domain::MarkStatus;
use time::macros::{date, datetime};

fn main() {
    divan::main();
}

fn data() -> &'static (PathBuf, Generated) {
    static DATA: OnceLock<(PathBuf, Generated)> = OnceLock::new();
    DATA.get_or_init(|| {
        let name = std::env::var("PREZENCA_BENCH_DATA").unwrap_or_else(|_| "large".into());
        common::dataset(&name)
    })
}

fn reader() -> LocalBackend {
    LocalBackend::open_read_only(&data().0).expect("open dataset")
}

/// The summary of the flagship event: 300 participants × 10 sessions, fully marked.
#[divan::bench(sample_count = 50)]
fn summary_300x10(bencher: Bencher) {
    let mut b = reader();
    let event = data().1.flagship;
    bencher.bench_local(|| {
        b.summary(event, datetime!(2030-01-01 09:00))
            .expect("summary")
    });
}

/// The cross-event report over the whole dataset.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn report_all_events(bencher: Bencher) {
    let mut b = reader();
    bencher.bench_local(|| {
        b.report(date!(2000 - 01 - 01), date!(2100 - 12 - 31), None)
            .expect("report")
    });
}

/// Every event decoded, as the event list (the first screen) loads them.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn events_all(bencher: Bencher) {
    let mut b = reader();
    bencher.bench_local(|| b.events().expect("events"));
}

/// Every participant decoded, as the participant list loads them.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn participants_all(bencher: Bencher) {
    let mut b = reader();
    bencher.bench_local(|| b.participants().expect("participants"));
}

/// Opening the large file (schema check included), as the TUI and every CLI call do.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn open_database(bencher: Bencher) {
    let path = &data().0;
    bencher.bench_local(|| LocalBackend::open_read_only(path).expect("open"));
}

/// Opening the large file for writing, as the TUI does (closed cleanly before).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn open_database_read_write(bencher: Bencher) {
    let (_dir, copy) = common::scratch_copy(&data().0);
    bencher.bench_local(|| LocalBackend::open(&copy).expect("open"));
}

/// One attendance mark committed durably (its own write transaction, one fdatasync).
#[divan::bench(sample_count = 100, sample_size = 1)]
fn mark_durable(bencher: Bencher) {
    let (_dir, copy) = common::scratch_copy(&data().0);
    let mut b = LocalBackend::open(&copy).expect("open copy");
    let g = &data().1;
    let session = g.flagship_sessions[0];
    let mut i = 0usize;
    bencher.bench_local(|| {
        i += 1;
        let pid = g.flagship_participants[i % g.flagship_participants.len()];
        b.execute(Command::SetMark {
            session,
            participant: pid,
            mark: Some(MarkInput {
                status: if (i / g.flagship_participants.len()) % 2 == 0 {
                    MarkStatus::Late
                } else {
                    MarkStatus::Present
                },
                arrived_at: None,
                reason: String::new(),
            }),
            expect: None,
        })
        .expect("mark")
    });
}

/// The floor under a durable mark: one 4 KiB write + fsync in the same file system.
#[divan::bench(sample_count = 100, sample_size = 1)]
fn write_4k_fsync(bencher: Bencher) {
    let dir = tempfile::tempdir_in(common::cache_dir()).expect("dir");
    let f = OpenOptions::new()
        .create(true)
        .truncate(true)
        .read(true)
        .write(true)
        .open(dir.path().join("raw.bin"))
        .expect("file");
    let page = [1u8; 4096];
    let mut i = 0u64;
    bencher.bench_local(|| {
        i += 1;
        f.write_all_at(&page, (i % 64) * 4096).expect("write");
        f.sync_all().expect("fsync");
    });
}

/// One keystroke of participant search: fold the query once, test every
/// precomputed key.
#[divan::bench(args = ["đ", "đorđ", "đorđević", "петров", "krasniqi arta"])]
fn search_keystroke(bencher: Bencher, query: &str) {
    let keys: Vec<String> = reader()
        .participants()
        .expect("participants")
        .iter()
        .map(|(_, p)| prezenca::text::fold(&format!("{} {}", p.name, p.email)))
        .collect();
    bencher.bench_local(|| {
        let needle = prezenca::text::Needle::new(query);
        keys.iter().filter(|k| needle.matches(k)).count()
    });
}

/// Checking a keymap file full of unknown actions (each one a problem with its line and
/// column): linear in the file, so 30,000 lines take about ten times 3,000.
#[divan::bench(args = [3_000, 30_000], sample_count = 5, sample_size = 1)]
fn keymap_unknown_actions(bencher: Bencher, n: usize) {
    let src: String = std::iter::once("[events]\n".to_string())
        .chain((0..n).map(|i| format!("unknown_{i} = \"a\"\n")))
        .collect();
    bencher.bench_local(|| prezenca::tui::keymap::parse(&src).1.len());
}
