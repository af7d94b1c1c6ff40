//! Fuzzes a whole import as the user runs it, dry: CSV bytes of any kind through the reader
//! and the row validation (dates, times, statuses, emails, references) against a database
//! holding the sample data. A bad file or row is an error or a rejected row, never a panic,
//! and a dry run never changes the data.
#![no_main]

use std::path::Path;
use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;
use prezenca::core::{Backend, Command, ImportKind, Queries};
use prezenca::io::csv::read;
use prezenca::backend::local::LocalBackend;

const KINDS: [ImportKind; 6] = [
    ImportKind::Events,
    ImportKind::Sessions,
    ImportKind::Participants,
    ImportKind::Registrations,
    ImportKind::Attendance,
    ImportKind::FollowUps,
];

/// One in-memory database with the sample data, shared by every run: dry runs leave it as
/// it is, so building it once keeps the fuzzer fast.
fn backend() -> &'static Mutex<LocalBackend> {
    static DB: OnceLock<Mutex<LocalBackend>> = OnceLock::new();
    DB.get_or_init(|| {
        let db = redb::Builder::new()
            .create_with_backend(redb::backends::InMemoryBackend::new())
            .expect("in-memory database");
        let mut b = LocalBackend::from_database(db, Path::new("fuzz.redb")).expect("schema");
        prezenca::sample::load_into(&mut b).expect("sample data loads");
        Mutex::new(b)
    })
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks the kind and whether the import is scoped to one event.
    let Some((&pick, csv)) = data.split_first() else {
        return;
    };
    let kind = KINDS[usize::from(pick) % KINDS.len()];
    let event = (pick & 0x80 != 0).then(|| "PR-2026-03-ADV".to_string());
    let Ok(parsed) = read(csv, kind) else {
        return;
    };
    let mut b = backend().lock().expect("not poisoned");
    let before = (
        b.events().expect("events"),
        b.participants().expect("people").len(),
    );
    let _ = b.execute(Command::Import {
        kind,
        rows: parsed.rows,
        event,
        dry_run: true,
    });
    let after = (
        b.events().expect("events"),
        b.participants().expect("people").len(),
    );
    assert!(after == before, "a dry run changed the data");
});
