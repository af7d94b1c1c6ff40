//! `import`, `export`, `check`, `forget` and `demo`.

use std::path::Path;

use super::{DataFormat, ExportKind, Global, Kind, backend, sanitize_multiline, say};
use crate::core::columns::parse_mapping;
use crate::core::error::{Error, Result};
use crate::core::{Command, ImportKind, RowError};
use crate::io::csv::{JsonTable, JsonTables, json_text};
use crate::io::export::{Dataset, table};
use crate::io::read as read_rows;
use crate::io::rows::{Parsed, ReadOptions};
use crate::io::write_private;
use crate::t;

fn import_kind(kind: Kind) -> ImportKind {
    match kind {
        Kind::Events => ImportKind::Events,
        Kind::Sessions => ImportKind::Sessions,
        Kind::Participants => ImportKind::Participants,
        Kind::Registrations => ImportKind::Registrations,
        Kind::Attendance => ImportKind::Attendance,
        Kind::Followups => ImportKind::FollowUps,
        Kind::Organisations => ImportKind::Organisations,
    }
}

/// Prints refused rows as `FILE:LINE: column COLUMN: reason`, the way compilers do, so an
/// editor can jump to them.
pub(super) fn print_rejected(file: &str, rejected: &[RowError]) {
    for e in rejected {
        if e.column.is_empty() {
            say(&format!("{file}:{}: {}", e.line, e.reason));
        } else {
            say(&format!(
                "{file}:{}: {}: {}",
                e.line,
                t!("cmd-column", column = e.column.as_str()),
                e.reason
            ));
        }
    }
}

/// What `prezenca import` was told besides the kind and the file.
#[derive(Debug, Default)]
pub struct ImportOptions {
    pub event: Option<String>,
    pub dry_run: bool,
    pub encoding: Option<String>,
    pub sheet: Option<String>,
    pub maps: Vec<String>,
    pub partial: bool,
    pub rejects: Option<std::path::PathBuf>,
}

pub fn import(g: &Global, kind: Kind, file: &Path, o: ImportOptions) -> Result<i32> {
    let kind = import_kind(kind);
    let name = file.display().to_string();
    let maps = o
        .maps
        .iter()
        .map(|m| parse_mapping(kind, m))
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(Error::invalid)?;
    // The file is read and split before the database is opened: a bad file never touches it.
    let bytes = std::fs::read(file).map_err(|e| {
        Error::invalid(t!(
            "cmd-cannot-read",
            path = name.as_str(),
            reason = e.to_string()
        ))
    })?;
    let (register_at, fill_event) = if kind == ImportKind::Participants {
        (o.event.clone(), None)
    } else {
        (None, o.event.clone())
    };
    let opts = ReadOptions {
        encoding: o.encoding.clone(),
        sheet: o.sheet.clone(),
        maps,
        event: fill_event,
        keep_raw: o.rejects.is_some(),
    };
    let mut parsed =
        read_rows(&bytes, kind, &opts).map_err(|e| Error::invalid(format!("{name}: {e}")))?;
    // The rows hold what the import needs: the file's bytes would only add to its peak.
    drop(bytes);
    for note in &parsed.notes {
        say(&format!("{name}: {note}"));
    }
    if !parsed.errors.is_empty() && !o.partial {
        print_rejected(&name, &parsed.errors);
        say(&t!(
            "cmd-rows-rejected",
            count = parsed.errors.len(),
            file = name.as_str()
        ));
        return Ok(1);
    }
    let mut b = backend(g)?;
    let out = b.execute(Command::Import {
        kind,
        rows: std::mem::take(&mut parsed.rows),
        event: register_at,
        dry_run: o.dry_run,
        partial: o.partial,
    })?;
    let mut report = out.import.unwrap_or_default();
    report.rejected.extend(parsed.errors.iter().cloned());
    report.rejected.sort_by_key(|e| e.line);
    print_rejected(&name, &report.rejected);
    if o.dry_run {
        for d in &report.details {
            println!("{}", sanitize_multiline(d));
        }
        say(&t!(
            "cmd-dry-run",
            kind = kind.word(),
            file = name.as_str(),
            created = report.created,
            updated = report.updated,
            unchanged = report.unchanged,
            rejected = report.rejected.len()
        ));
    } else if report.applied {
        say(&t!(
            "cmd-imported",
            kind = kind.word(),
            file = name.as_str(),
            created = report.created,
            updated = report.updated,
            unchanged = report.unchanged
        ));
    }
    if report.rejected.is_empty() {
        return Ok(0);
    }
    if let Some(path) = &o.rejects {
        write_rejects(path, &parsed, &report.rejected)?;
        say(&t!(
            "cmd-rejects-written",
            count = report.rejected.len(),
            path = path.display().to_string()
        ));
    }
    if o.partial && report.applied && !o.dry_run {
        say(&t!(
            "cmd-rows-rejected-partial",
            count = report.rejected.len(),
            file = name.as_str()
        ));
    } else {
        say(&t!(
            "cmd-rows-rejected",
            count = report.rejected.len(),
            file = name.as_str()
        ));
    }
    Ok(1)
}

/// The rejected lines of a file as a CSV the trainer can fix and import again: the original
/// columns, then `line` and `reason` (all of a line's reasons, when it had several).
fn write_rejects(path: &Path, parsed: &Parsed, rejected: &[RowError]) -> Result<()> {
    let mut reasons: std::collections::BTreeMap<u64, Vec<String>> = Default::default();
    for e in rejected {
        let r = if e.column.is_empty() {
            e.reason.clone()
        } else {
            format!(
                "{}: {}",
                t!("cmd-column", column = e.column.as_str()),
                e.reason
            )
        };
        reasons.entry(e.line).or_default().push(r);
    }
    let mut columns: Vec<String> = parsed.header.clone();
    columns.push("line".into());
    // An attendance file has a reason column of its own.
    let has_reason = columns
        .iter()
        .any(|c| crate::core::columns::header_key(c) == "reason");
    columns.push(if has_reason { "rejection" } else { "reason" }.into());
    let width = parsed.header.len();
    let rows: Vec<Vec<String>> = reasons
        .into_iter()
        .map(|(line, why)| {
            // Guarded like an export: the file goes back into a spreadsheet.
            let mut cells: Vec<String> = parsed
                .raw
                .get(&line)
                .map(|c| c.iter().map(|v| crate::io::export::guard(v)).collect())
                .unwrap_or_default();
            cells.resize(width, String::new());
            cells.push(line.to_string());
            cells.push(why.join("; "));
            cells
        })
        .collect();
    let text = crate::io::csv::rows_to_csv(&columns, &rows)?;
    write_private(path, text.as_bytes())
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
                .map_err(|e| Error::Storage(t!("cmd-stdout-failed", reason = e.to_string())))
        }
    }
}

pub fn export(g: &Global, kind: ExportKind, format: DataFormat, out: Option<&Path>) -> Result<i32> {
    if kind == ExportKind::All && format == DataFormat::Csv && out.is_none() {
        return Err(Error::invalid(t!("cmd-export-all-needs-dir")));
    }
    let mut b = backend(g)?;
    match (dataset(kind), format) {
        (Some(d), DataFormat::Csv) => {
            emit(out, &crate::io::export::to_csv(&table(b.as_mut(), d)?)?)?
        }
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
            let dir = out.ok_or_else(|| Error::invalid(t!("cmd-out-needed")))?;
            if !dir.exists() {
                use std::os::unix::fs::DirBuilderExt;
                std::fs::DirBuilder::new()
                    .recursive(true)
                    .mode(0o700)
                    .create(dir)
                    .map_err(|e| {
                        Error::Storage(t!(
                            "cmd-cannot-create",
                            path = dir.display().to_string(),
                            reason = e.to_string()
                        ))
                    })?;
            } else if !dir.is_dir() {
                return Err(Error::invalid(t!(
                    "cmd-not-a-directory",
                    path = dir.display().to_string()
                )));
            }
            for d in Dataset::ALL {
                let path = dir.join(format!("{}.csv", d.word()));
                write_private(
                    &path,
                    crate::io::export::to_csv(&table(b.as_mut(), d)?)?.as_bytes(),
                )?;
            }
            say(&t!(
                "cmd-wrote-files",
                count = Dataset::ALL.len(),
                path = dir.display().to_string()
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

/// Where `check` and `backup` read: the running server, unless the command line names a file
/// of its own (see `file_first`); a named file that the running server holds is read
/// through that server.
enum Source {
    File(crate::backend::local::LocalBackend, std::path::PathBuf),
    Server(crate::backend::remote::RemoteBackend),
}

fn source(g: &Global, only_read: bool) -> Result<Source> {
    use crate::backend::local::LocalBackend;
    if !super::target(g).file_first()
        && let Some(server) = crate::backend::remote::remote_if_running(g.socket.as_deref())?
    {
        return Ok(Source::Server(server));
    }
    if !super::target(g).file_first() {
        super::target(g).refuse_without_server()?;
    }
    let path = crate::store::resolve_path(g.db.as_deref())?;
    let opened = if only_read {
        LocalBackend::open_read_only(&path)
    } else {
        LocalBackend::open_read_only(&path).or_else(|_| LocalBackend::open(&path))
    };
    match opened {
        Ok(b) => Ok(Source::File(b, path)),
        Err(Error::Busy(why)) => {
            match crate::backend::remote::remote_if_running(g.socket.as_deref())? {
                Some(server) if server.serves(&path) => Ok(Source::Server(server)),
                _ => Err(Error::Busy(why)),
            }
        }
        Err(e) => Err(e),
    }
}

/// `prezenca check`: checks the file, or, when a server answers, a snapshot of the server's
/// database taken through it (the file is the server's alone).
pub fn check(g: &Global) -> Result<i32> {
    match source(g, true)? {
        Source::Server(mut server) => {
            let dir = tempfile_dir()?;
            let copy = dir.join("snapshot.redb");
            let checked = server.backup(&copy).and_then(|_| {
                let b = crate::backend::local::LocalBackend::open_read_only(&copy)?;
                crate::store::check::check(b.db())
            });
            let _ = std::fs::remove_dir_all(&dir);
            report_check(&checked?, &t!("cmd-check-server-snapshot"))
        }
        Source::File(b, path) => {
            let problems = crate::store::check::check(b.db())?;
            report_check(&problems, &path.display().to_string())
        }
    }
}

/// A private directory (0700) for a snapshot that lives as long as one command.
fn tempfile_dir() -> Result<std::path::PathBuf> {
    use std::os::unix::fs::DirBuilderExt;
    let base = std::env::var_os("TMPDIR")
        .filter(|d| !d.is_empty())
        .map_or_else(
            || std::path::PathBuf::from("/tmp"),
            std::path::PathBuf::from,
        );
    for n in 0..100u32 {
        let dir = base.join(format!("prezenca-check-{}-{n}", std::process::id()));
        match std::fs::DirBuilder::new().mode(0o700).create(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(Error::Storage(t!(
        "store-cannot-create",
        path = base.display().to_string(),
        reason = "no free name"
    )))
}

fn report_check(problems: &[String], what: &str) -> Result<i32> {
    if problems.is_empty() {
        say(&t!("cmd-check-ok", path = what));
        Ok(0)
    } else {
        for p in problems {
            say(p);
        }
        say(&t!("cmd-check-problems", count = problems.len()));
        Ok(1)
    }
}

/// `prezenca backup FILE`: when a server answers, it sends a copy of its database, checked
/// here; otherwise the file is copied directly. The server comes first, as for every other
/// command: a trainer whose config points at the shared server must never get a copy of an
/// empty personal database instead (and cannot open the server's file anyway). A file named
/// with `--db` (and no socket) is copied itself.
pub fn backup(g: &Global, file: &Path) -> Result<i32> {
    match source(g, false)? {
        Source::Server(mut server) => {
            let bytes = server.backup(file)?;
            let copy = crate::backend::local::LocalBackend::open_read_only(file)?;
            let problems = crate::store::check::check(copy.db())?;
            if !problems.is_empty() {
                return report_check(&problems, "");
            }
            say(&t!(
                "cmd-backup-written-server",
                path = file.display().to_string(),
                kib = bytes.div_ceil(1024)
            ));
        }
        Source::File(b, _) => {
            b.backup(file)?;
            say(&t!("cmd-backup-written", path = file.display().to_string()));
        }
    }
    Ok(0)
}

pub fn forget(g: &Global, participant: &str, yes: bool) -> Result<i32> {
    let mut b = backend(g)?;
    let pid = match super::find_participant(b.as_mut(), participant) {
        Ok(pid) => pid,
        // Found by no one: perhaps forgotten already by a `forget` whose rewrite of the file
        // is still to do (a server holds the file, so no open finished it). That rewrite is
        // finished now, and said so; otherwise no one has that name.
        Err(not_found @ Error::NotFound(_)) => {
            return match b.execute(Command::FinishForget) {
                Ok(out) => {
                    say(&out.what);
                    Ok(0)
                }
                Err(Error::NotFound(_)) => Err(not_found),
                Err(e) => Err(e),
            };
        }
        Err(e) => return Err(e),
    };
    if !yes {
        return Err(Error::invalid(t!("cmd-forget-confirm")));
    }
    let out = b.execute(Command::Forget { participant: pid })?;
    say(&out.what);
    Ok(0)
}
