//! From a file to import rows: a CSV text or a workbook sheet becomes a table of cells; the
//! header row is found (under any title rows); each header is given its meaning through the
//! column vocabulary and the trainer's `--map`; each cell is cleaned of what spreadsheets add
//! (non-breaking spaces, Alt+Enter line breaks, placeholders) and checked for what they break
//! (error values, phone numbers turned into `3,81E+11`). Nothing is dropped silently: every
//! column and row left out is named in a note, and a column that looks like a person's data
//! but is not understood stops the import before anything is written.

use std::collections::BTreeMap;

pub use super::sheet::{Sheet, SheetRow};
use crate::core::columns::{
    HeaderMeaning, Mapping, Vocabulary, accepted, columns, header_key, is_multiline,
    required_columns,
};
use crate::core::error::{Error, Result};
use crate::core::{ImportKind, ImportRows, RowError};
use crate::t;

/// How to read a file.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The text encoding when it is not UTF-8 or UTF-16 (`windows-1250`…).
    pub encoding: Option<String>,
    /// The sheet of a workbook; the first when `None`.
    pub sheet: Option<String>,
    /// What the trainer said headers mean (`--map "HEADER=field"`).
    pub maps: Vec<Mapping>,
    /// Stands in for a missing or empty `event` column (not for participants, where
    /// `--event` registers every row instead).
    pub event: Option<String>,
    /// Keep each row's cells as written ([`Parsed::raw`]), for a rejects file.
    pub keep_raw: bool,
}

/// The rows of a file, and the rows that could not even be split into columns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    pub rows: ImportRows,
    pub errors: Vec<RowError>,
    /// What the reader did that the user should know: the encoding or sheet it read, columns
    /// it ignored, names it joined, rows it skipped.
    pub notes: Vec<String>,
    /// The file's header cells, as written.
    pub header: Vec<String>,
    /// Each data row's cells as written, by line, when [`ReadOptions::keep_raw`] asks: what a
    /// rejects file gives back.
    pub raw: BTreeMap<u64, Vec<String>>,
    /// How each header was read: (header, column or what else it is).
    pub mapping: Vec<(String, String)>,
}

/// Spreadsheet error values: a formula's failure, never data.
const ERROR_VALUES: &[&str] = &[
    "#N/A",
    "#NAME?",
    "#REF!",
    "#VALUE!",
    "#DIV/0!",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
    "#NV",
    "#NAME",
    "#WERT!",
    "#BEZUG!",
];

/// Cells that stand for "nothing here".
const PLACEHOLDERS: &[&str] = &[
    "-", "--", "---", "–", "—", "/", "?", ".", "n/a", "n.a.", "na", "none", "nil", "null",
    "nuk ka", "s'ka", "ska", "nema", "нема", "yok", "x/x",
];

/// First words of a totals row under a table.
const TOTALS: &[&str] = &[
    "total",
    "totals",
    "totali",
    "gjithsej",
    "gjithsejt",
    "shuma",
    "ukupno",
    "svega",
    "ukupan",
    "ukupna",
    "вкупно",
    "укупно",
    "свега",
    "toplam",
    "sum",
    "summe",
];

/// What a header cell of an attendance grid names: a session by number (`3`, `Session 3`,
/// `Seanca 3`), by day (`Day 2`, `Dita 2`, `2. Gün`) or by date (`23.11.2026`). The text is
/// what the attendance import reads in its `session` column.
pub fn grid_session(h: &str) -> Option<String> {
    let h = h.trim();
    if crate::domain::parse_date(h).is_some() {
        return Some(h.to_string());
    }
    let key = header_key(h);
    let words: Vec<&str> = key.split('_').filter(|w| !w.is_empty()).collect();
    let number = |w: &str| w.parse::<u32>().ok().filter(|n| (1..=999).contains(n));
    match words.as_slice() {
        [n] => number(n).map(|n| n.to_string()),
        [w, n] | [n, w] if number(n).is_some() => {
            let n = number(n)?;
            match *w {
                "session" | "seanca" | "seance" | "sesion" | "sesioni" | "sesija" | "sesiya"
                | "oturum" | "s" | "termin" | "cas" => Some(n.to_string()),
                "day" | "dita" | "dan" | "den" | "gun" | "d" => Some(format!("day {n}")),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Which header row: the first of the top rows where the vocabulary knows two or more cells
/// (or one, when no row has two); rows above it are a title.
fn header_index(sheet: &Sheet, vocab: &Vocabulary, kind: ImportKind) -> Option<usize> {
    let score = |r: &SheetRow| {
        let known = vocab
            .meanings(&r.cells.to_vec())
            .iter()
            .filter(|m| {
                matches!(
                    m,
                    Some(
                        HeaderMeaning::Column(_)
                            | HeaderMeaning::Fallback(_)
                            | HeaderMeaning::FirstName
                            | HeaderMeaning::LastName
                    )
                )
            })
            .count();
        let grid = if kind == ImportKind::Attendance {
            r.cells.iter().filter(|c| grid_session(c).is_some()).count()
        } else {
            0
        };
        known + grid.min(2)
    };
    let top: Vec<usize> = sheet
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.cells.iter().any(|c| !c.trim().is_empty()))
        .map(|(i, _)| i)
        .take(10)
        .collect();
    top.iter()
        .copied()
        .find(|i| score(&sheet.rows[*i]) >= 2)
        .or_else(|| top.iter().copied().find(|i| score(&sheet.rows[*i]) >= 1))
        .or_else(|| top.first().copied())
}

/// Where each column's value comes from: the cell of its header, then the cells of headers
/// that stand in for it where that one is empty.
#[derive(Debug, Default)]
struct Sources {
    columns: BTreeMap<&'static str, Vec<usize>>,
    first: Option<usize>,
    last: Option<usize>,
    join_names: bool,
    /// Attendance grid: (cell index, session as written for the import).
    grid: Vec<(usize, String)>,
}

/// The header row's cells (whitespace collapsed), or none when the sheet is empty.
pub fn header_of(sheet: &Sheet, kind: ImportKind, opts: &ReadOptions) -> Vec<String> {
    let vocab = Vocabulary::new(kind, &opts.maps);
    header_index(sheet, &vocab, kind)
        .map(|i| sheet.rows[i].cells.iter().map(clean_line).collect())
        .unwrap_or_default()
}

pub fn from_sheet(mut sheet: Sheet, kind: ImportKind, opts: &ReadOptions) -> Result<Parsed> {
    let vocab = Vocabulary::new(kind, &opts.maps);
    let list = accepted(kind).collect::<Vec<_>>().join(",");
    let Some(hi) = header_index(&sheet, &vocab, kind) else {
        return Err(Error::invalid(t!(
            "csv-empty",
            columns = columns(kind).join(",")
        )));
    };
    let mut out = Parsed::default();
    let titles: Vec<&SheetRow> = sheet.rows[..hi]
        .iter()
        .filter(|r| r.cells.iter().any(|c| !c.trim().is_empty()))
        .collect();
    if let Some(first) = titles.first() {
        let text: Vec<&str> = first
            .cells
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .collect();
        out.notes.push(t!(
            "rows-title-skipped",
            count = titles.len(),
            line = first.line,
            text = crate::text::sanitize(&text.join(" ")).into_owned()
        ));
    }
    let header: Vec<String> = sheet.rows[hi].cells.iter().map(clean_line).collect();
    let header_line = sheet.rows[hi].line;
    let meanings = vocab.meanings(&header);
    let mut src = Sources::default();
    let mut fallbacks: Vec<(&'static str, usize)> = Vec::new();
    let mut twice: Vec<String> = Vec::new();
    let mut looks: Vec<(String, &'static str)> = Vec::new();
    let mut ignored: Vec<String> = Vec::new();
    let mut metadata: Vec<String> = Vec::new();
    let has_name = meanings
        .iter()
        .any(|m| matches!(m, Some(HeaderMeaning::Column("name"))));
    for (i, (h, m)) in header.iter().zip(&meanings).enumerate() {
        let shown = crate::text::sanitize(h).into_owned();
        match m {
            Some(HeaderMeaning::Column(c)) => {
                out.mapping.push((shown.clone(), (*c).to_string()));
                let v = src.columns.entry(c).or_default();
                if v.is_empty() {
                    v.push(i);
                } else if *c == "participant" {
                    // A sign-in sheet with a name and an email column: the email is the
                    // surer reference, the name stands in where it is empty.
                    if header_key(h).contains("mail") {
                        v.insert(0, i);
                    } else {
                        v.push(i);
                    }
                } else if !twice.contains(&(*c).to_string()) {
                    twice.push((*c).to_string());
                }
            }
            Some(HeaderMeaning::Fallback(c)) => {
                out.mapping.push((shown.clone(), format!("{c} (…)")));
                fallbacks.push((c, i));
            }
            Some(HeaderMeaning::FirstName) if !has_name && src.first.is_none() => {
                out.mapping.push((shown.clone(), "name (first)".into()));
                src.first = Some(i);
            }
            Some(HeaderMeaning::LastName) if !has_name && src.last.is_none() => {
                out.mapping.push((shown.clone(), "name (last)".into()));
                src.last = Some(i);
            }
            Some(HeaderMeaning::FirstName | HeaderMeaning::LastName) => ignored.push(shown),
            Some(HeaderMeaning::Metadata) => metadata.push(shown),
            Some(HeaderMeaning::Ignored) => {
                out.mapping.push((shown.clone(), "ignore".into()));
                ignored.push(shown)
            }
            None if h.trim().is_empty() => {}
            None => {
                if kind == ImportKind::Attendance
                    && let Some(s) = grid_session(h)
                {
                    out.mapping.push((shown, format!("session {s}")));
                    src.grid.push((i, s));
                } else if let Some(field) = vocab.looks_like(h) {
                    looks.push((shown, field));
                } else {
                    ignored.push(shown);
                }
            }
        }
    }
    for (c, i) in fallbacks {
        src.columns.entry(c).or_default().push(i);
    }
    match (src.first, src.last) {
        (Some(_), Some(_)) => src.join_names = true,
        (Some(f), None) => {
            // A first name column alone is the name.
            src.columns.entry("name").or_default().push(f);
            src.first = None;
        }
        (None, Some(l)) => {
            src.columns.entry("name").or_default().push(l);
            src.last = None;
        }
        (None, None) => {}
    }
    let grid = kind == ImportKind::Attendance
        && !src.grid.is_empty()
        && !src.columns.contains_key("session")
        && !src.columns.contains_key("status");
    if !grid {
        for (i, _) in std::mem::take(&mut src.grid) {
            ignored.push(crate::text::sanitize(&header[i]).into_owned());
        }
    }
    let event_given = opts.event.is_some() && kind != ImportKind::Participants;
    let missing: Vec<&str> = required_columns(kind)
        .iter()
        .copied()
        .filter(|c| {
            !(src.columns.contains_key(c)
                || (*c == "name" && src.join_names)
                || (*c == "event" && event_given)
                || (grid && matches!(*c, "session" | "status")))
        })
        .collect();
    let mut problems = Vec::new();
    if !missing.is_empty() {
        problems.push(t!(
            "csv-missing-columns",
            count = missing.len(),
            columns = missing.join(", ")
        ));
        // With a required column missing, an unknown one is likely its misspelling.
        let unknown: Vec<String> = ignored
            .iter()
            .cloned()
            .chain(looks.iter().map(|(h, _)| h.clone()))
            .collect();
        if !unknown.is_empty() {
            problems.push(t!(
                "csv-unknown-columns",
                count = unknown.len(),
                columns = unknown.join(", ")
            ));
        }
    }
    if !twice.is_empty() {
        problems.push(t!(
            "csv-twice-columns",
            count = twice.len(),
            columns = twice.join(", ")
        ));
    }
    for (h, field) in &looks {
        problems.push(t!("rows-looks-like", header = h.as_str(), field = *field));
    }
    if !problems.is_empty() {
        return Err(Error::invalid(t!(
            "csv-header-problems",
            problems = problems.join("; "),
            kind = kind.word(),
            columns = list
        )));
    }
    out.header = header.clone();
    if src.join_names {
        out.notes.push(t!("csv-names-joined"));
    }
    if !metadata.is_empty() {
        out.notes.push(t!(
            "rows-metadata-ignored",
            count = metadata.len(),
            columns = metadata.join(", ")
        ));
    }
    if !ignored.is_empty() {
        out.notes.push(t!(
            "csv-ignored-columns",
            count = ignored.len(),
            columns = ignored.join(", ")
        ));
    }
    if grid {
        out.notes.push(t!(
            "rows-grid",
            count = src.grid.len(),
            sessions = src
                .grid
                .iter()
                .map(|(_, s)| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let mut placeholders: Vec<u64> = Vec::new();
    let mut totals: Vec<u64> = Vec::new();
    let strict_width = sheet.strict_width;
    out.rows.reserve(sheet.rows.len() - hi - 1);
    // Each row of cells is let go once it is read: a large file is not held twice.
    for r in sheet.rows.drain(hi + 1..) {
        let r = &r;
        if r.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // Trailing empty cells (a spreadsheet's stray delimiters) are harmless; a short row
        // or one with data beyond the header is a misaligned row.
        let extra = r
            .cells
            .iter()
            .skip(header.len())
            .any(|f| !f.trim().is_empty());
        if (strict_width && r.cells.len() < header.len()) || extra {
            out.errors.push(RowError {
                line: r.line,
                column: String::new(),
                reason: t!(
                    "csv-field-count",
                    count = r.cells.len(),
                    header = header.len()
                ),
            });
            continue;
        }
        if is_totals_row(&r.cells) {
            totals.push(r.line);
            continue;
        }
        if opts.keep_raw {
            out.raw.insert(r.line, r.cells.to_vec());
        }
        let cell = |i: usize| r.cells.get(i).unwrap_or("");
        let mut fields: BTreeMap<String, String> = BTreeMap::new();
        let mut bad: Option<RowError> = None;
        let mut had_placeholder = false;
        let mut take = |col: &str, raw: &str| -> Option<String> {
            match clean_cell(col, raw) {
                Cell::Value(v) => Some(v),
                Cell::Empty => None,
                Cell::Placeholder => {
                    had_placeholder = true;
                    None
                }
                Cell::Bad(reason) => {
                    if bad.is_none() {
                        bad = Some(RowError {
                            line: r.line,
                            column: col.to_string(),
                            reason,
                        });
                    }
                    None
                }
            }
        };
        for (col, idx) in &src.columns {
            let mut value = String::new();
            for i in idx {
                if let Some(v) = take(col, cell(*i)) {
                    value = v;
                    break;
                }
            }
            fields.insert((*col).to_string(), value);
        }
        if src.join_names {
            let parts: Vec<String> = [src.first, src.last]
                .into_iter()
                .flatten()
                .filter_map(|i| take("name", cell(i)))
                .collect();
            fields.insert("name".to_string(), parts.join(" "));
        }
        if let Some(code) = opts.event.as_deref().filter(|_| event_given) {
            let e = fields.entry("event".to_string()).or_default();
            if e.is_empty() {
                *e = code.trim().to_string();
            }
        }
        if grid {
            let mut marked = 0;
            for (i, session) in &src.grid {
                let Some(status) = take("status", cell(*i)) else {
                    continue;
                };
                let mut f = fields.clone();
                f.insert("session".to_string(), session.clone());
                f.insert("status".to_string(), status);
                marked += 1;
                out.rows.push_map(r.line, &f);
            }
            let _ = marked;
        }
        if had_placeholder {
            placeholders.push(r.line);
        }
        if let Some(e) = bad {
            out.errors.push(e);
            continue;
        }
        if !grid {
            out.rows.push_map(r.line, &fields);
        }
    }
    if !placeholders.is_empty() {
        out.notes.push(t!(
            "rows-placeholders",
            count = placeholders.len(),
            lines = lines_text(&placeholders)
        ));
    }
    if !totals.is_empty() {
        out.notes.push(t!(
            "rows-totals-skipped",
            count = totals.len(),
            lines = lines_text(&totals)
        ));
    }
    let _ = header_line;
    Ok(out)
}

/// Line numbers for a note: the first few, then how many more.
fn lines_text(lines: &[u64]) -> String {
    let shown: Vec<String> = lines.iter().take(8).map(u64::to_string).collect();
    if lines.len() > 8 {
        format!("{} …", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// A row under the table that adds it up: its first filled cell a totals word ("Gjithsej:
/// 2", "Total"), the other filled cells numbers.
fn is_totals_row(cells: &crate::core::Cells) -> bool {
    let filled: Vec<&str> = cells
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    let Some(first) = filled.first() else {
        return false;
    };
    // Every other cell a number first: cheap, and false for nearly every row of people.
    if !filled[1..].iter().all(|c| {
        c.chars()
            .all(|ch| ch.is_ascii_digit() || " .,%".contains(ch))
    }) {
        return false;
    }
    static KEYS: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| TOTALS.iter().map(|t| header_key(t)).collect());
    let key = header_key(first);
    let word = key.split('_').next().unwrap_or("");
    KEYS.iter().any(|t| t == word)
}

/// What a cell holds once cleaned.
enum Cell {
    Value(String),
    Empty,
    Placeholder,
    Bad(String),
}

/// A single-line value: trimmed, every run of whitespace (non-breaking spaces and line
/// breaks typed in the cell included) one space.
pub fn clean_line(s: &str) -> String {
    crate::text::collapse_whitespace(s)
}

fn clean_cell(col: &str, raw: &str) -> Cell {
    // An export's formula guard (a `'` before `=`, `+`, `-`, `@`) comes off.
    let raw = super::sheet::unguard(raw);
    let v = if is_multiline(col) {
        crate::text::clean_multiline(raw)
    } else {
        clean_line(raw)
    };
    if v.is_empty() {
        return Cell::Empty;
    }
    let upper = v.to_uppercase();
    if ERROR_VALUES.contains(&upper.as_str()) || upper.starts_with("ERR:") {
        return Cell::Bad(t!("rows-error-value", value = v));
    }
    if PLACEHOLDERS.contains(&v.to_lowercase().as_str()) && col != "status" {
        return Cell::Placeholder;
    }
    if col == "phone" && looks_scientific(&v) {
        return Cell::Bad(t!("rows-phone-scientific", value = v));
    }
    if col == "email" {
        let l = v.to_lowercase();
        if matches!(
            l.as_str(),
            "anonymous" | "anonim" | "anonimno" | "anonimo" | "anonime"
        ) {
            return Cell::Placeholder;
        }
    }
    Cell::Value(v)
}

/// `3,81E+11`, `3.8145E+11`: a number a spreadsheet showed in scientific notation, its digits
/// gone.
fn looks_scientific(v: &str) -> bool {
    let v = v.trim().replace(' ', "");
    let Some((mant, exp)) = v.split_once(['e', 'E']) else {
        return false;
    };
    let exp = exp.strip_prefix('+').unwrap_or(exp);
    !mant.is_empty()
        && mant
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && mant.chars().next().is_some_and(|c| c.is_ascii_digit())
        && !exp.is_empty()
        && exp.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_headers_name_sessions() {
        for (h, want) in [
            ("1", Some("1")),
            ("Session 3", Some("3")),
            ("Seanca 2", Some("2")),
            ("Sesija 4", Some("4")),
            ("Day 2", Some("day 2")),
            ("Dita 1", Some("day 1")),
            ("2. Gün", Some("day 2")),
            ("23.11.2026", Some("23.11.2026")),
            ("Email", None),
            ("Notes 2026", None),
        ] {
            assert_eq!(grid_session(h).as_deref(), want, "{h}");
        }
    }

    #[test]
    fn scientific_phone_numbers_and_totals_are_spotted() {
        assert!(looks_scientific("3,81E+11"));
        assert!(looks_scientific("3.8145E+11"));
        assert!(!looks_scientific("+383 44 123 456"));
        assert!(!looks_scientific("E+11"));
        let cells = |v: &[&str]| crate::core::Cells::new(v.iter().copied());
        assert!(is_totals_row(&cells(&["Gjithsej: 2", "", ""])));
        assert!(is_totals_row(&cells(&["Total", "25", ""])));
        assert!(is_totals_row(&cells(&["UKUPNO", "12"])));
        assert!(!is_totals_row(&cells(&["Totaj Ana", "ana@x.org"])));
        assert!(!is_totals_row(&cells(&["Total Reform NGO", "x@y.org"])));
    }
}
