//! Files in and out: reading imports (CSV text and workbooks, one sheet of rows; online
//! meeting reports), CSV and JSON exports, and private files.

pub mod csv;
pub mod export;
pub mod meeting;
pub mod rows;
pub mod sheet;
pub mod workbook;

use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

use crate::core::ImportKind;
use crate::core::error::{Error, Result};
use crate::t;
use rows::{Parsed, ReadOptions};

/// Reads `bytes` of `kind`: a workbook when it is one, else text.
pub fn read(bytes: &[u8], kind: ImportKind, opts: &ReadOptions) -> Result<Parsed> {
    let (sheet, mut notes) = load_sheet(bytes, opts)?;
    let mut parsed = rows::from_sheet(sheet, kind, opts)?;
    notes.append(&mut parsed.notes);
    parsed.notes = notes;
    Ok(parsed)
}

/// The header cells of a file as written (the row [`read`] takes for the header), for a
/// trainer to map even when the file cannot be read as it is.
pub fn read_header(bytes: &[u8], kind: ImportKind, opts: &ReadOptions) -> Result<Vec<String>> {
    let (sheet, _) = load_sheet(bytes, opts)?;
    Ok(rows::header_of(&sheet, kind, opts))
}

/// A file as one sheet of cells, and notes on how it was read.
fn load_sheet(bytes: &[u8], opts: &ReadOptions) -> Result<(sheet::Sheet, Vec<String>)> {
    let mut notes = Vec::new();
    let sheet = if workbook::is_workbook(bytes) {
        let (sheet, name) = workbook::read(bytes, opts.sheet.as_deref())?;
        notes.push(t!("rows-read-sheet", sheet = name));
        sheet
    } else {
        if opts.sheet.is_some() {
            return Err(Error::Invalid(t!("rows-sheet-of-text")));
        }
        let (text, read_as) = csv::decode(bytes, opts.encoding.as_deref())?;
        notes.extend(read_as);
        let (sheet, sep_note) = csv::sheet(&text)?;
        notes.extend(sep_note);
        sheet
    };
    Ok((sheet, notes))
}

/// Replaces `path` with `bytes` readable by the owner only (0600), through `tmp` in the same
/// directory: written, flushed to disk and renamed over the target, so a reader never sees half
/// a file and a crash leaves the old one whole. `tmp` is removed when anything fails.
pub fn replace_private(tmp: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let written = (|| -> std::io::Result<()> {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(tmp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(tmp);
    }
    written
}

/// Writes `bytes` to `path` readable by the owner only (0600): exports hold personal data,
/// and a file that already existed with wider permissions is narrowed too.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |e: std::io::Error| {
        Error::Storage(crate::t!(
            "io-cannot-write",
            path = path.display().to_string(),
            reason = e.to_string()
        ))
    };
    let mut f = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(fail)?;
    f.set_permissions(std::fs::Permissions::from_mode(0o600))
        .map_err(fail)?;
    f.write_all(bytes).map_err(fail)?;
    f.sync_all().map_err(fail)
}
