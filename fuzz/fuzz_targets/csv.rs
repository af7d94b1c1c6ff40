//! Fuzzes the CSV import reader with arbitrary bytes for every kind of import: a malformed
//! file is an error or a row error, never a panic, and every row and row error names a line of the file after the header.
#![no_main]

use libfuzzer_sys::fuzz_target;
use prezenca::core::ImportKind;
use prezenca::io::csv::read;

const KINDS: [ImportKind; 6] = [
    ImportKind::Events,
    ImportKind::Sessions,
    ImportKind::Participants,
    ImportKind::Registrations,
    ImportKind::Attendance,
    ImportKind::FollowUps,
];

fuzz_target!(|data: &[u8]| {
    // Lines counted the way a user's editor numbers them: one more than the line feeds.
    let lines = data.iter().filter(|b| **b == b'\n').count() as u64 + 1;
    for kind in KINDS {
        if let Ok(parsed) = read(data, kind) {
            for line in parsed.rows.iter().map(|r| r.line) {
                assert!((2..=lines).contains(&line), "row on line {line} of {lines}");
            }
            for line in parsed.errors.iter().map(|e| e.line) {
                assert!((2..=lines).contains(&line), "row error on line {line} of {lines}");
            }
        }
    }
});
