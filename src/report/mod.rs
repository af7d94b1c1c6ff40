//! Renderers of the event summary and the cross-event report (Markdown, CSV, JSON, HTML),
//! the small-cell privacy rule they share, and the private atomic file write they go through.

pub mod csv;
pub mod html;
pub mod json;
pub mod md;

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use crate::core::error::{Error, Result};
use crate::domain::summary::{Report, Summary};

/// The output formats of `summary` and `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Md,
    Csv,
    Json,
    Html,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Html, Format::Md, Format::Csv, Format::Json];

    /// The file extension, also the word shown in the UI.
    pub fn ext(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Html => "html",
        }
    }
}

/// How the human formats present figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Breakdown counts below this (and above 0) show as `<N`, so small groups cannot be
    /// singled out in a published report. JSON keeps exact counts.
    pub min_cell: Option<u64>,
}

impl Options {
    /// A breakdown count as the human formats print it.
    pub fn cell(&self, n: u64) -> String {
        match self.min_cell {
            Some(min) if n > 0 && n < min => format!("<{min}"),
            _ => n.to_string(),
        }
    }
}

/// A percentage as every human format prints it: one decimal and a sign (`87.5%`). The
/// value is already rounded half-up by `domain::summary::pct`, so this only formats.
pub fn pct(v: f64) -> String {
    format!("{v:.1}%")
}

/// The certificate threshold (a fraction) as a percentage.
pub fn threshold(t: f64) -> String {
    pct((t * 1000.0).round() / 10.0)
}

/// The widest a name, title or organisation is printed in the text formats (Markdown,
/// terminal), so one long name cannot push a table off the screen; HTML, CSV and JSON keep
/// every character.
pub const NAME_COLS: usize = 32;

/// The event header as (label, value) pairs, shared by the human formats.
pub(crate) fn event_fields(s: &Summary) -> Vec<(&'static str, String)> {
    let e = &s.event;
    let dates = if e.start == e.end {
        e.start.clone()
    } else {
        format!("{} to {}", e.start, e.end)
    };
    let place = [e.city.as_str(), e.country.as_str()]
        .into_iter()
        .filter(|x| !x.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let mut out = vec![("Code", e.code.clone()), ("Kind", e.kind.clone())];
    out.push(("Dates", dates));
    if !place.is_empty() {
        out.push(("Place", place));
    }
    if !e.venue.trim().is_empty() {
        out.push(("Venue", e.venue.clone()));
    }
    if !e.project.trim().is_empty() {
        out.push(("Project", e.project.clone()));
    }
    out.push(("Status", e.status.clone()));
    out.push(("Certificate threshold", threshold(e.threshold)));
    out
}

/// The key figures as (label, value) pairs, shared by the human formats.
pub(crate) fn key_figures(s: &Summary) -> Vec<(String, String)> {
    vec![
        ("Registered participants".into(), s.registered.to_string()),
        ("Attended at least once".into(), s.attended_any.to_string()),
        (
            format!(
                "Certificate eligible (at least {})",
                threshold(s.event.threshold)
            ),
            s.certificate_eligible.to_string(),
        ),
        ("Person-days".into(), s.person_days.to_string()),
        ("Sessions".into(), s.sessions.len().to_string()),
        ("Average session rate".into(), pct(s.average_rate)),
    ]
}

/// Why a section is empty, in words, or `None` when it has rows.
pub(crate) fn empty_note(s: &Summary) -> Option<&'static str> {
    match (s.sessions.is_empty(), s.registered == 0) {
        (true, true) => Some("No sessions and no registered participants yet."),
        (true, false) => Some("No sessions yet."),
        (false, true) => Some("No registered participants yet."),
        (false, false) => None,
    }
}

/// The three breakdowns with their titles.
pub(crate) fn breakdowns(
    s: &Summary,
) -> [(
    &'static str,
    &'static str,
    &std::collections::BTreeMap<String, crate::domain::summary::Breakdown>,
); 3] {
    [
        ("By gender", "Gender", &s.by_gender),
        ("By country", "Country", &s.by_country),
        ("By organisation", "Organisation", &s.by_organisation),
    ]
}

/// The report's key figures as (label, value) pairs.
pub(crate) fn report_figures(r: &Report) -> Vec<(&'static str, String)> {
    vec![
        ("Events", r.events.to_string()),
        ("Unique participants", r.unique_participants.to_string()),
        ("Unique organisations", r.unique_organisations.to_string()),
        (
            "Returning participants",
            r.returning_participants.to_string(),
        ),
        ("Person-days", r.person_days.to_string()),
    ]
}

/// The report's title line.
pub(crate) fn report_title(r: &Report) -> String {
    match &r.project {
        Some(p) => format!("Report {} to {}, project {p}", r.from, r.to),
        None => format!("Report {} to {}", r.from, r.to),
    }
}

/// Renders the summary of one event.
pub fn summary(s: &Summary, format: Format, opts: &Options) -> Result<String> {
    match format {
        Format::Md => Ok(md::summary(s, opts)),
        Format::Csv => csv::summary(s, opts),
        Format::Json => json::summary(s),
        Format::Html => Ok(html::summary(s, opts)),
    }
}

/// Renders the cross-event report.
pub fn report(r: &Report, format: Format, opts: &Options) -> Result<String> {
    match format {
        Format::Md => Ok(md::report(r, opts)),
        Format::Csv => csv::report(r, opts),
        Format::Json => json::report(r),
        Format::Html => Ok(html::report(r, opts)),
    }
}

/// The file name suggested for an event's summary: `CODE-summary.EXT`, with anything that
/// is not a safe file-name character replaced by `_`.
pub fn suggested_name(code: &str, format: Format) -> String {
    let safe: String = code
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let safe = safe.trim_start_matches('.');
    let safe = if safe.is_empty() { "event" } else { safe };
    format!("{safe}-summary.{}", format.ext())
}

/// Writes `bytes` to `path` readable by the owner only (mode 0600), atomically: a temporary
/// file in the same directory is written, flushed to disk and renamed over the target, so a
/// reader never sees half a report and a crash leaves the old file whole.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |e: std::io::Error| Error::Invalid(format!("cannot write {}: {e}", path.display()));
    let name = path
        .file_name()
        .ok_or_else(|| Error::Invalid(format!("{} is not a file name", path.display())))?;
    if path.is_dir() {
        return Err(Error::Invalid(format!(
            "{} is a directory; give a file name",
            path.display()
        )));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);
    let _ = std::fs::remove_file(&tmp);
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn small_cells_are_hidden_only_between_zero_and_n() {
        let o = Options { min_cell: Some(5) };
        assert_eq!(o.cell(0), "0");
        assert_eq!(o.cell(1), "<5");
        assert_eq!(o.cell(4), "<5");
        assert_eq!(o.cell(5), "5");
        assert_eq!(Options::default().cell(1), "1");
    }

    #[test]
    fn percentages_have_one_decimal() {
        assert_eq!(pct(87.5), "87.5%");
        assert_eq!(pct(100.0), "100.0%");
        assert_eq!(pct(0.0), "0.0%");
        assert_eq!(pct(66.7), "66.7%");
        assert_eq!(threshold(0.8), "80.0%");
        assert_eq!(threshold(0.667), "66.7%");
    }

    #[test]
    fn suggested_names_are_safe() {
        assert_eq!(
            suggested_name("PR-2026-11-ADV", Format::Html),
            "PR-2026-11-ADV-summary.html"
        );
        assert_eq!(suggested_name("../x/y", Format::Md), "_x_y-summary.md");
        assert_eq!(suggested_name("", Format::Csv), "event-summary.csv");
    }

    #[test]
    fn private_write_replaces_atomically_with_mode_0600() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let p = dir.path().join("out.html");
        std::fs::write(&p, "old")?;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644))?;
        write_private(&p, b"new")?;
        assert_eq!(std::fs::read_to_string(&p)?, "new");
        assert_eq!(std::fs::metadata(&p)?.permissions().mode() & 0o777, 0o600);
        let left: Vec<_> = std::fs::read_dir(dir.path())?.collect();
        assert_eq!(left.len(), 1, "no temporary file left behind");
        assert!(write_private(dir.path(), b"x").is_err());
        Ok(())
    }
}
