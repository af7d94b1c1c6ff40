//! `summary`, `report` and `close`: the figures donors ask for, and the follow-ups an
//! event's attendance implies.

use std::path::Path;

use time::Date;

use super::{Global, ReportFormat, backend, say};
use crate::core::error::{Error, Result};
use crate::core::{Closing, Command, Queries, clock, find_event};
use crate::domain::parse_date;
use crate::domain::summary::AgeBands;
use crate::report::{self, Format, Options};
use crate::t;

impl From<ReportFormat> for Format {
    fn from(f: ReportFormat) -> Self {
        match f {
            ReportFormat::Md => Format::Md,
            ReportFormat::Csv => Format::Csv,
            ReportFormat::Json => Format::Json,
            ReportFormat::Html => Format::Html,
            ReportFormat::Xlsx => Format::Xlsx,
        }
    }
}

/// Writes to `out` (mode 0600, atomically) or to stdout.
fn emit(text: &str, out: Option<&Path>) -> Result<()> {
    emit_bytes(text.as_bytes(), out)
}

fn emit_bytes(bytes: &[u8], out: Option<&Path>) -> Result<()> {
    match out {
        Some(path) => {
            crate::io::write_private(path, bytes)?;
            say(&t!("cmd-written-to", path = path.display().to_string()));
        }
        None => {
            use std::io::Write;
            let mut so = std::io::stdout().lock();
            so.write_all(bytes)
                .and_then(|()| so.flush())
                .map_err(|e| Error::invalid(t!("cmd-stdout-failed", reason = e.to_string())))?;
        }
    }
    Ok(())
}

/// A workbook is a file: refused on stdout before anything is read.
fn needs_file(format: Format, out: Option<&Path>) -> Result<()> {
    if format == Format::Xlsx && out.is_none() {
        return Err(Error::invalid(t!("report-xlsx-needs-file")));
    }
    Ok(())
}

fn options(min_cell: Option<u64>) -> Options {
    Options::from_config(min_cell)
}

pub fn summary(
    g: &Global,
    event: &str,
    format: ReportFormat,
    out: Option<&Path>,
    certificates: bool,
    min_cell: Option<u64>,
) -> Result<i32> {
    let mut b = backend(g)?;
    let id = find_event(b.as_mut(), event)?;
    let s = b.summary(id, clock::now_local())?;
    if certificates {
        emit(&report::csv::certificates(&s)?, out)?;
        return Ok(0);
    }
    let format = Format::from(format);
    needs_file(format, out)?;
    emit_bytes(&report::summary_file(&s, format, &options(min_cell))?, out)?;
    Ok(0)
}

fn date_arg(flag: &str, s: &str) -> Result<Date> {
    parse_date(s)
        .ok_or_else(|| Error::invalid(t!("cmd-bad-date", flag = flag, value = format!("{s:?}"))))
}

/// How the figures of a report are cut: `--min-cell` and `--age-bands`.
pub struct Cuts<'a> {
    pub min_cell: Option<u64>,
    pub age_bands: Option<&'a str>,
}

pub fn report(
    g: &Global,
    from: &str,
    to: &str,
    project: Option<String>,
    format: ReportFormat,
    out: Option<&Path>,
    cuts: Cuts,
) -> Result<i32> {
    let Cuts {
        min_cell,
        age_bands,
    } = cuts;
    let bands = match age_bands {
        Some(a) => AgeBands::parse(a)
            .ok_or_else(|| Error::invalid(t!("cmd-bad-age-bands", value = format!("{a:?}"))))?,
        None => AgeBands::default(),
    };
    let from = date_arg("--from", from)?;
    let to = date_arg("--to", to)?;
    if to < from {
        return Err(Error::invalid(t!(
            "cmd-to-before-from",
            to = crate::domain::iso_date(to),
            from = crate::domain::iso_date(from)
        )));
    }
    let project = project
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty());
    let format = Format::from(format);
    needs_file(format, out)?;
    let mut b = backend(g)?;
    let r = b.report_banded(from, to, project, bands)?;
    emit_bytes(&report::report_file(&r, format, &options(min_cell))?, out)?;
    Ok(0)
}

/// Follow-ups of `close` fall due two weeks after closing unless `--due` says otherwise.
const DEFAULT_DUE_DAYS: i64 = 14;

pub fn close(g: &Global, event: &str, owner: Option<String>, due: Option<String>) -> Result<i32> {
    let now = clock::now_local();
    let due = match due {
        Some(d) => date_arg("--due", &d)?,
        None => now.date() + time::Duration::days(DEFAULT_DUE_DAYS),
    };
    let mut b = backend(g)?;
    let owner = owner
        .map(|o| o.trim().to_string())
        .unwrap_or_else(|| b.who());
    if owner.is_empty() {
        return Err(Error::invalid(t!("cmd-owner-empty")));
    }
    let id = find_event(b.as_mut(), event)?;
    let s = b.summary(id, now)?;
    emit(&report::md::summary(&s, &Options::default()), None)?;
    let out = b.execute(Command::CloseEvent {
        event: id,
        owner,
        due,
        dry_run: false,
    })?;
    let what = match &out.closing {
        Some(c) => closed_message(&s.event.code, c),
        None => out.what.clone(),
    };
    match out.entry {
        Some(n) => say(&t!("close-change-undoable", what = what, entry = n)),
        None => say(&what),
    }
    Ok(0)
}

/// What `close` did, in the user's language: the follow-ups it filed, by kind.
fn closed_message(code: &str, c: &Closing) -> String {
    let total = c.certificates + c.contacts + c.evaluations;
    if total == 0 {
        t!("close-none-created", code = code)
    } else {
        t!(
            "close-created",
            code = code,
            certificates = c.certificates,
            contacts = c.contacts,
            evaluations = c.evaluations,
            total = total
        )
    }
}

/// `certificates`: issues the certificates of an event (one recorded change) and writes
/// them as one printable HTML document, to `out` (0600) or stdout.
pub fn certificates(g: &Global, event: &str, out: Option<&Path>) -> Result<i32> {
    let mut b = backend(g)?;
    let id = find_event(b.as_mut(), event)?;
    let e = b
        .event(id)?
        .ok_or_else(|| Error::NotFound(t!("core-no-record", kind = "event", id = id)))?;
    let done = b.execute(Command::IssueCertificates {
        event: id,
        dry_run: false,
    })?;
    let issued = done.issued.unwrap_or_default();
    if issued.is_empty() {
        return Err(Error::invalid(t!(
            "certificates-none-eligible",
            code = e.code.as_str()
        )));
    }
    let organiser = crate::config::Config::load().0.organisation;
    let html = report::certificates::html(
        &e,
        &issued,
        organiser.as_deref().unwrap_or(""),
        &report::Lang::current(),
    );
    match out {
        Some(path) => {
            crate::io::write_private(path, html.as_bytes())?;
            say(&t!("cmd-written-to", path = path.display().to_string()));
        }
        None => emit(&html, None)?,
    }
    match done.entry {
        Some(n) => say(&t!("close-change-undoable", what = done.what, entry = n)),
        None => say(&done.what),
    }
    Ok(0)
}
