//! The sample data (six files in `sample-data/`, built into the binary) and loading it into
//! an empty database, for `prezenca demo` and the welcome screen of the TUI.

use crate::core::error::{Error, Result};
use crate::core::{Backend, Command, ImportKind, ImportReport, ImportRows, Queries};
use crate::io::csv::read;
use crate::t;

/// The sample data, built into the binary so `prezenca demo` works from any directory, in
/// the order it must be imported.
pub const SAMPLE: [(ImportKind, &str, &str); 6] = [
    (
        ImportKind::Events,
        "events.csv",
        include_str!("../sample-data/events.csv"),
    ),
    (
        ImportKind::Sessions,
        "sessions.csv",
        include_str!("../sample-data/sessions.csv"),
    ),
    (
        ImportKind::Participants,
        "participants.csv",
        include_str!("../sample-data/participants.csv"),
    ),
    (
        ImportKind::Registrations,
        "registrations.csv",
        include_str!("../sample-data/registrations.csv"),
    ),
    (
        ImportKind::Attendance,
        "attendance.csv",
        include_str!("../sample-data/attendance.csv"),
    ),
    (
        ImportKind::FollowUps,
        "followups.csv",
        include_str!("../sample-data/followups.csv"),
    ),
];

fn run_import(
    b: &mut dyn Backend,
    kind: ImportKind,
    rows: ImportRows,
    dry_run: bool,
) -> Result<ImportReport> {
    let out = b.execute(Command::Import {
        kind,
        rows,
        event: None,
        dry_run,
        partial: false,
    })?;
    Ok(out.import.unwrap_or_default())
}

/// What loading found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    Done(String),
    /// The same data was loaded before: nothing to do.
    AlreadyThere(String),
    /// The database holds other events: nothing was loaded.
    Refused(String),
}

/// Loads the sample data into an empty database (or finds it loaded already).
pub fn load_into(b: &mut dyn Backend) -> Result<Loaded> {
    let mut files = Vec::new();
    for (kind, name, text) in SAMPLE {
        let p = read(text.as_bytes(), kind).map_err(|e| {
            Error::Corrupt(t!("sample-bad-file", file = name, reason = e.to_string()))
        })?;
        files.push((kind, name, p.rows));
    }
    let events = b.events()?.len();
    if events > 0 {
        // Loaded before? A dry run of every file then finds nothing to do.
        let mut same = true;
        for (kind, _, rows) in &files {
            let r = run_import(b, *kind, rows.clone(), true)?;
            same &= r.created == 0 && r.updated == 0 && r.rejected.is_empty();
        }
        if same {
            return Ok(Loaded::AlreadyThere(t!(
                "sample-already-loaded",
                location = b.location()
            )));
        }
        return Ok(Loaded::Refused(t!(
            "sample-refused",
            location = b.location(),
            count = events
        )));
    }
    let mut counts = Vec::new();
    for (kind, name, rows) in files {
        let r = run_import(b, kind, rows, false)?;
        if let Some(first) = r.rejected.first() {
            // Said in the error, never printed: the TUI may hold the screen.
            return Err(Error::Corrupt(format!(
                "{} ({name}:{}: {})",
                t!("sample-file-refused", file = name),
                first.line,
                first.reason
            )));
        }
        counts.push(t!("sample-count", count = r.created, kind = kind.word()));
    }
    Ok(Loaded::Done(t!(
        "sample-loaded",
        location = b.location(),
        counts = counts.join(", ")
    )))
}

/// Loads the sample data; the message says what happened, an error when it could not.
pub fn load(b: &mut dyn Backend) -> Result<String> {
    match load_into(b)? {
        Loaded::Done(m) | Loaded::AlreadyThere(m) => Ok(m),
        Loaded::Refused(m) => Err(Error::invalid(m)),
    }
}
