//! `import`, `export`, `check`, `forget` and `demo`.

use std::path::Path;

use super::{DataFormat, ExportKind, Global, Kind, backend, sanitize_multiline, say};
use crate::core::error::{Error, Result};
use crate::core::{Command, ImportKind, RowError};
use crate::io::csv::{JsonTable, JsonTables, json_text, read, to_csv};
use crate::io::export::{Dataset, table};
use crate::io::write_private;

fn import_kind(kind: Kind) -> ImportKind {
    match kind {
        Kind::Events => ImportKind::Events,
        Kind::Sessions => ImportKind::Sessions,
        Kind::Participants => ImportKind::Participants,
        Kind::Registrations => ImportKind::Registrations,
        Kind::Attendance => ImportKind::Attendance,
        Kind::Followups => ImportKind::FollowUps,
    }
}

/// Prints refused rows as `FILE:LINE: column COLUMN: reason`, the way compilers do, so an
/// editor can jump to them.
pub(crate) fn print_rejected(file: &str, rejected: &[RowError]) {
    for e in rejected {
        if e.column.is_empty() {
            say(&format!("{file}:{}: {}", e.line, e.reason));
        } else {
            say(&format!(
                "{file}:{}: column {}: {}",
                e.line, e.column, e.reason
            ));
        }
    }
}

pub fn import(
    g: &Global,
    kind: Kind,
    file: &Path,
    event: Option<String>,
    dry_run: bool,
) -> Result<i32> {
    let kind = import_kind(kind);
    let name = file.display().to_string();
    // The file is read and split before the database is opened: a bad file never touches it.
    let bytes =
        std::fs::read(file).map_err(|e| Error::Invalid(format!("cannot read {name}: {e}")))?;
    let parsed = read(&bytes, kind).map_err(|e| Error::Invalid(format!("{name}: {e}")))?;
    if !parsed.errors.is_empty() {
        print_rejected(&name, &parsed.errors);
        say(&format!(
            "{} rows of {name} rejected; nothing was imported",
            parsed.errors.len()
        ));
        return Ok(1);
    }
    let mut b = backend(g)?;
    let out = b.execute(Command::Import {
        kind,
        rows: parsed.rows,
        event,
        dry_run,
    })?;
    let report = out.import.unwrap_or_default();
    print_rejected(&name, &report.rejected);
    if dry_run {
        for d in &report.details {
            println!("{}", sanitize_multiline(d));
        }
        say(&format!(
            "dry run of {} from {name}: {} to create, {} to update, {} unchanged, {} rejected; nothing was written",
            kind.word(),
            report.created,
            report.updated,
            report.unchanged,
            report.rejected.len()
        ));
    } else if report.rejected.is_empty() {
        say(&format!(
            "imported {} from {name}: {} created, {} updated, {} unchanged",
            kind.word(),
            report.created,
            report.updated,
            report.unchanged
        ));
    }
    if !report.rejected.is_empty() {
        say(&format!(
            "{} rows of {name} rejected; nothing was imported",
            report.rejected.len()
        ));
        return Ok(1);
    }
    Ok(0)
}

fn dataset(kind: ExportKind) -> Option<Dataset> {
    Some(match kind {
        ExportKind::Events => Dataset::Events,
        ExportKind::Sessions => Dataset::Sessions,
        ExportKind::Participants => Dataset::Participants,
        ExportKind::Registrations => Dataset::Registrations,
        ExportKind::Attendance => Dataset::Attendance,
        ExportKind::Followups => Dataset::FollowUps,
        ExportKind::Organisations => Dataset::Organisations,
        ExportKind::All => return None,
    })
}

/// Writes to `out` (mode 0600) or to stdout.
fn emit(out: Option<&Path>, text: &str) -> Result<()> {
    match out {
        Some(p) => write_private(p, text.as_bytes()),
        None => {
            use std::io::Write;
            let mut o = std::io::stdout().lock();
            o.write_all(text.as_bytes())
                .and_then(|()| o.flush())
                .map_err(|e| Error::Storage(format!("cannot write to stdout: {e}")))
        }
    }
}

pub fn export(g: &Global, kind: ExportKind, format: DataFormat, out: Option<&Path>) -> Result<i32> {
    if kind == ExportKind::All && format == DataFormat::Csv && out.is_none() {
        return Err(Error::Invalid(
            "export all --format csv writes one file per kind: give a directory with --out DIR"
                .into(),
        ));
    }
    let mut b = backend(g)?;
    match (dataset(kind), format) {
        (Some(d), DataFormat::Csv) => emit(out, &to_csv(&table(b.as_mut(), d)?)?)?,
        (Some(d), DataFormat::Json) => emit(out, &json_text(&JsonTable(&table(b.as_mut(), d)?))?)?,
        (None, DataFormat::Json) => {
            let mut tables = Vec::new();
            for d in Dataset::ALL {
                tables.push((d.word(), table(b.as_mut(), d)?));
            }
            let all = JsonTables(tables.iter().map(|(k, t)| (*k, t)).collect());
            emit(out, &json_text(&all)?)?;
        }
        (None, DataFormat::Csv) => {
            let dir = out.ok_or_else(|| Error::Invalid("--out DIR is needed".into()))?;
            if !dir.exists() {
                use std::os::unix::fs::DirBuilderExt;
                std::fs::DirBuilder::new()
                    .recursive(true)
                    .mode(0o700)
                    .create(dir)
                    .map_err(|e| Error::Storage(format!("cannot create {}: {e}", dir.display())))?;
            } else if !dir.is_dir() {
                return Err(Error::Invalid(format!(
                    "{} is not a directory; export all --format csv writes one file per kind into a directory",
                    dir.display()
                )));
            }
            for d in Dataset::ALL {
                let path = dir.join(format!("{}.csv", d.word()));
                write_private(&path, to_csv(&table(b.as_mut(), d)?)?.as_bytes())?;
            }
            say(&format!(
                "wrote {} files to {}",
                Dataset::ALL.len(),
                dir.display()
            ));
        }
    }
    Ok(0)
}

pub fn demo(g: &Global) -> Result<i32> {
    let mut b = backend(g)?;
    match crate::sample::load_into(b.as_mut())? {
        crate::sample::Loaded::Done(msg) | crate::sample::Loaded::AlreadyThere(msg) => {
            say(&msg);
            Ok(0)
        }
        crate::sample::Loaded::Refused(msg) => {
            say(&msg);
            Ok(1)
        }
    }
}

pub fn check(g: &Global) -> Result<i32> {
    let path = crate::store::resolve_path(g.db.as_deref())?;
    let b = crate::store::local::LocalBackend::open_read_only(&path)?;
    let problems = crate::store::check::check(b.db())?;
    if problems.is_empty() {
        say(&format!(
            "{}: every record decodes and every reference resolves",
            path.display()
        ));
        Ok(0)
    } else {
        for p in &problems {
            say(p);
        }
        say(&format!("{} problems found", problems.len()));
        Ok(1)
    }
}

pub fn forget(g: &Global, participant: &str, yes: bool) -> Result<i32> {
    let mut b = backend(g)?;
    let pid = super::find_participant(b.as_mut(), participant)?;
    if !yes {
        return Err(Error::Invalid(
            "forgetting erases the person's name, email, phone and notes everywhere and cannot be undone; add --yes to confirm".into(),
        ));
    }
    let out = b.execute(Command::Forget { participant: pid })?;
    say(&out.what);
    Ok(0)
}
