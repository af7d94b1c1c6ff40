//! Fuzzes the CSV import reader with arbitrary bytes for every kind of import, and through a
//! named legacy encoding: a malformed file is an error or a row error, never a panic, and
//! every row and row error names a line of the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use prezenca::core::ImportKind;
use prezenca::io::csv::{read, read_with};

const KINDS: [ImportKind; 6] = [
    ImportKind::Events,
    ImportKind::Sessions,
    ImportKind::Participants,
    ImportKind::Registrations,
    ImportKind::Attendance,
    ImportKind::FollowUps,
];

fuzz_target!(|data: &[u8]| {
    // Lines counted as the reader numbers them: a line ends at LF, or at a CR not followed
    // by LF (old Mac files). Rows come after the header, so never on line 1.
    let ends = data
        .iter()
        .enumerate()
        .filter(|&(i, b)| *b == b'\n' || (*b == b'\r' && data.get(i + 1) != Some(&b'\n')))
        .count() as u64;
    let lines = ends + 1;
    // Read as UTF-8 (or UTF-16 with a BOM), and as a named single-byte encoding, which
    // keeps every line end where it was.
    let readings = KINDS
        .into_iter()
        .map(|kind| read(data, kind))
        .chain(std::iter::once(read_with(
            data,
            ImportKind::Participants,
            Some("windows-1250"),
        )));
    for parsed in readings {
        if let Ok(parsed) = parsed {
            for line in parsed.rows.lines() {
                assert!((2..=lines).contains(&line), "row on line {line} of {lines}");
            }
            for line in parsed.errors.iter().map(|e| e.line) {
                assert!(
                    (2..=lines).contains(&line),
                    "row error on line {line} of {lines}"
                );
            }
        }
    }
});
