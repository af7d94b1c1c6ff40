//! Files in and out: reading imports (CSV text and workbooks, one sheet of rows; online
//! meeting reports), CSV and JSON exports, and the one way prezenca writes a file of its own.

pub mod csv;
pub mod export;
pub mod meeting;
pub mod rows;
pub mod sheet;
pub mod workbook;

use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

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
            return Err(Error::invalid(t!("rows-sheet-of-text")));
        }
        let (text, read_as) = csv::decode(bytes, opts.encoding.as_deref())?;
        notes.extend(read_as);
        let (sheet, sep_note) = csv::sheet(&text)?;
        notes.extend(sep_note);
        sheet
    };
    Ok((sheet, notes))
}

/// Writes `bytes` as the file `path`, readable by the owner only (0600). Every file prezenca
/// writes goes through here: exports, summaries, the sign-in sheet, drafts, the crash log,
/// the config file.
///
/// The bytes go into a new temporary file in the same directory, created exclusively
/// (`O_CREAT|O_EXCL|O_NOFOLLOW`, so never through a symlink or into a file someone planted),
/// flushed to disk, then renamed over `path`. The rename replaces whatever `path` was — a
/// symlink to the user's database, a file another user created 0666 and holds open — by the
/// new file; nothing is written into the old one. A reader never sees half a file, a crash
/// leaves the old one whole, and the temporary file is removed when anything fails. The
/// directory must exist: a path the user typed never creates folders (callers that own their
/// folder, such as the crash log's, make it first with [`private_dir`]).
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |reason: String| {
        Error::Storage(crate::t!(
            "io-cannot-write",
            path = path.display().to_string(),
            reason = reason
        ))
    };
    let Some(name) = path.file_name() else {
        return Err(fail(crate::t!("io-not-a-file-name")));
    };
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(fail(crate::t!("io-is-a-directory")));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let (tmp, mut file) = new_private_file(&dir, name).map_err(|e| fail(e.to_string()))?;
    let written = (|| -> std::io::Result<()> {
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)?;
        // The rename itself is durable once the directory is synced.
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e.to_string()));
    }
    Ok(())
}

/// Creates `dir` (and its parents) readable by the owner only (0700) when it is missing: for
/// the folders prezenca owns (its state and data directories).
pub fn private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.as_os_str().is_empty() || dir.exists() {
        return Ok(());
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

/// Writes `bytes` as `path` ([`write_private`]) in a folder of prezenca's own, created 0700
/// when missing: drafts and crash logs.
pub fn write_private_in_own_dir(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent() {
        private_dir(dir).map_err(|e| {
            Error::Storage(crate::t!(
                "io-cannot-write",
                path = path.display().to_string(),
                reason = e.to_string()
            ))
        })?;
    }
    write_private(path, bytes)
}

/// A new file `.NAME.PID.N.tmp` in `dir`, mode 0600, created exclusively; another name is
/// tried when one is taken (someone may have planted it).
fn new_private_file(
    dir: &Path,
    name: &std::ffi::OsStr,
) -> std::io::Result<(PathBuf, std::fs::File)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut last = None;
    for _ in 0..16 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let mut tmp_name = std::ffi::OsString::from(".");
        tmp_name.push(name);
        tmp_name.push(format!(
            ".{}.{}{}.tmp",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.subsec_nanos())
                .unwrap_or(0),
            n
        ));
        let tmp = dir.join(tmp_name);
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .custom_flags(nix::fcntl::OFlag::O_NOFOLLOW.bits())
            .open(&tmp)
        {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no temporary name")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Seek};
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).expect("stat").permissions().mode() & 0o777
    }

    fn entries(dir: &Path) -> usize {
        std::fs::read_dir(dir).expect("list").count()
    }

    #[test]
    fn an_existing_file_is_replaced_private_and_nothing_is_left_behind() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let p = dir.path().join("out.csv");
        std::fs::write(&p, "old")?;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o666))?;
        write_private(&p, b"new")?;
        assert_eq!(std::fs::read_to_string(&p)?, "new");
        assert_eq!(mode(&p), 0o600);
        assert_eq!(entries(dir.path()), 1, "no temporary file left behind");
        Ok(())
    }

    #[test]
    fn a_symlink_is_replaced_not_followed() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let precious = dir.path().join("prezenca.redb");
        std::fs::write(&precious, "the database")?;
        let link = dir.path().join("attendance.csv");
        std::os::unix::fs::symlink(&precious, &link)?;
        write_private(&link, b"name,phone\n")?;
        assert_eq!(std::fs::read_to_string(&precious)?, "the database");
        assert!(std::fs::symlink_metadata(&link)?.file_type().is_file());
        assert_eq!(std::fs::read_to_string(&link)?, "name,phone\n");
        // A dangling symlink to a place of someone else's choosing is not created either.
        let target = dir.path().join("elsewhere.csv");
        let dangling = dir.path().join("sheet.html");
        std::os::unix::fs::symlink(&target, &dangling)?;
        write_private(&dangling, b"names")?;
        assert!(!target.exists(), "written through a dangling symlink");
        Ok(())
    }

    #[test]
    fn a_file_someone_else_holds_open_never_receives_the_data() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let p = dir.path().join("export.csv");
        std::fs::write(&p, "")?;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o666))?;
        let mut held = std::fs::File::open(&p)?;
        write_private(&p, b"Ana Cela,+383 44 123 456\n")?;
        let mut seen = String::new();
        held.rewind()?;
        held.read_to_string(&mut seen)?;
        assert_eq!(seen, "", "the holder of the old file read the new data");
        assert_eq!(std::fs::read_to_string(&p)?, "Ana Cela,+383 44 123 456\n");
        Ok(())
    }

    #[test]
    fn a_directory_or_a_planted_temporary_name_is_handled() -> Result<()> {
        let dir = tempfile::tempdir()?;
        assert!(write_private(dir.path(), b"x").is_err());
        // A path the user typed never creates folders…
        let typed = dir.path().join("no-such-dir/x.html");
        assert!(write_private(&typed, b"x").is_err());
        assert!(!typed.parent().expect("parent").exists());
        // …while prezenca's own folders are made private when missing.
        let nested = dir.path().join("state/prezenca/crash.log");
        write_private_in_own_dir(&nested, b"log")?;
        assert_eq!(mode(nested.parent().expect("parent")), 0o700);
        assert_eq!(mode(&nested), 0o600);
        Ok(())
    }
}
