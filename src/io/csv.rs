//! CSV reading for imports (BOM, comma or semicolon, CRLF, quoted newlines, case-blind
//! headers) and CSV/JSON writing of export tables.

use std::collections::{BTreeMap, HashSet};

use crate::core::error::{Error, Result};
use crate::core::import::{columns, extra_columns, required_columns};
use crate::core::{ImportKind, ImportRow, RowError};
use crate::t;

/// The rows of a file, and the rows that could not even be split into columns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    pub rows: Vec<ImportRow>,
    pub errors: Vec<RowError>,
}

/// The delimiter of a file: the one of `,` and `;` that occurs more often (outside quotes)
/// in the header line. Spreadsheets in much of Europe write `;` because `,` is their decimal
/// mark.
pub fn sniff_delimiter(text: &str) -> u8 {
    let header = text.split('\n').next().unwrap_or("");
    let (mut commas, mut semis, mut quoted) = (0, 0, false);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if semis > commas { b';' } else { b',' }
}

/// The 1-based line of byte offset `at`.
fn line_of(bytes: &[u8], at: usize) -> usize {
    line_ends(&bytes[..at.min(bytes.len())]).len() + 1
}

/// Where lines end: at every `\n`, and at a `\r` not followed by `\n` (old Mac files, which
/// spreadsheets still write as "CSV (Macintosh)" and which the CSV reader splits there too).
fn line_ends(bytes: &[u8]) -> Vec<usize> {
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, b)| *b == b'\n' || (*b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .map(|(i, _)| i)
        .collect()
}

/// The 1-based physical line where the record found at `byte` starts. The position csv
/// gives is taken before the line end of the previous record is fully read (the `\n` of a
/// CRLF) and before blank lines are skipped, so its line number lags in CRLF files and after
/// blank lines; its byte offset is exact, and the record starts at the first byte after it
/// that is not a line end.
fn physical_line(text: &[u8], newlines: &[usize], byte: u64) -> u64 {
    let mut at = usize::try_from(byte).unwrap_or(usize::MAX).min(text.len());
    while at < text.len() && matches!(text[at], b'\r' | b'\n') {
        at += 1;
    }
    newlines.partition_point(|n| *n < at) as u64 + 1
}

/// Splits a file into rows of `kind`. Errors about the file as a whole (not UTF-8, no
/// header, unknown or missing columns) are `Err`; a row with the wrong number of fields is
/// reported in [`Parsed::errors`] with its line.
pub fn read(bytes: &[u8], kind: ImportKind) -> Result<Parsed> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes)
        .map_err(|e| Error::Invalid(t!("csv-not-utf8", line = line_of(bytes, e.valid_up_to()))))?;
    let accepted: Vec<&str> = columns(kind)
        .iter()
        .chain(extra_columns(kind))
        .copied()
        .collect();
    if text.trim().is_empty() {
        return Err(Error::Invalid(t!(
            "csv-empty",
            columns = columns(kind).join(",")
        )));
    }
    let mut rdr = ::csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(text))
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = rdr
        .headers()
        .map_err(|e| Error::Invalid(t!("csv-bad-header", reason = e.to_string())))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let mut seen = HashSet::new();
    let twice: Vec<&str> = header
        .iter()
        .filter(|h| !h.is_empty() && !seen.insert(h.as_str()))
        .map(String::as_str)
        .collect();
    let unknown: Vec<&str> = header
        .iter()
        .filter(|h| !h.is_empty() && !accepted.contains(&h.as_str()))
        .map(String::as_str)
        .collect();
    let missing: Vec<&str> = required_columns(kind)
        .iter()
        .copied()
        .filter(|c| !header.iter().any(|h| h == c))
        .collect();
    let mut problems = Vec::new();
    if !missing.is_empty() {
        problems.push(t!(
            "csv-missing-columns",
            count = missing.len(),
            columns = missing.join(", ")
        ));
    }
    if !unknown.is_empty() {
        problems.push(t!(
            "csv-unknown-columns",
            count = unknown.len(),
            columns = unknown.join(", ")
        ));
    }
    if !twice.is_empty() {
        problems.push(t!(
            "csv-twice-columns",
            count = twice.len(),
            columns = twice.join(", ")
        ));
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(t!(
            "csv-header-problems",
            problems = problems.join("; "),
            kind = kind.word(),
            columns = accepted.join(",")
        )));
    }
    let newlines = line_ends(text.as_bytes());
    let mut out = Parsed::default();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| Error::Invalid(t!("csv-cannot-read", reason = e.to_string())))?;
        let line = rec
            .position()
            .map_or(0, |p| physical_line(text.as_bytes(), &newlines, p.byte()));
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        // Trailing empty cells (a spreadsheet's stray delimiters) are harmless; a short row
        // or one with data beyond the header is a misaligned row.
        let extra_data = rec.iter().skip(header.len()).any(|f| !f.trim().is_empty());
        if rec.len() < header.len() || extra_data {
            out.errors.push(RowError {
                line,
                column: String::new(),
                reason: t!("csv-field-count", count = rec.len(), header = header.len()),
            });
            continue;
        }
        let fields: BTreeMap<String, String> = header
            .iter()
            .zip(rec.iter())
            .filter(|(h, _)| !h.is_empty())
            .map(|(h, v)| (h.clone(), v.to_string()))
            .collect();
        out.rows.push(ImportRow { line, fields });
    }
    Ok(out)
}

/// An export: the column names and the rows, every value as text.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

/// The table as CSV: comma-separated, LF line ends, quoted where needed.
pub fn to_csv(t: &Table) -> Result<String> {
    let mut w = ::csv::WriterBuilder::new().from_writer(Vec::new());
    let fail = |e: ::csv::Error| Error::Storage(t!("csv-cannot-write", reason = e.to_string()));
    w.write_record(&t.columns).map_err(fail)?;
    for r in &t.rows {
        // Data that holds control or direction-changing characters could not be imported
        // anyway; placeholders keep a printed export from acting on the terminal.
        w.write_record(
            r.iter()
                .map(|c| crate::text::sanitize_keep_lines(c).into_owned()),
        )
        .map_err(fail)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::Storage(t!("csv-cannot-write", reason = e.to_string())))?;
    String::from_utf8(bytes)
        .map_err(|e| Error::Storage(t!("csv-cannot-write", reason = e.to_string())))
}

/// The table as a JSON array of objects with the same fields in the same order, every value
/// a string exactly as in the CSV.
pub struct JsonTable<'a>(pub &'a Table);

impl serde::Serialize for JsonTable<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.0.rows.len()))?;
        for r in &self.0.rows {
            seq.serialize_element(&JsonRow(&self.0.columns, r))?;
        }
        seq.end()
    }
}

struct JsonRow<'a>(&'a [&'static str], &'a [String]);

impl serde::Serialize for JsonRow<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (c, v) in self.0.iter().zip(self.1) {
            m.serialize_entry(c, v)?;
        }
        m.end()
    }
}

/// Several tables as one JSON object, one key per table, in the order given.
pub struct JsonTables<'a>(pub Vec<(&'static str, &'a Table)>);

impl serde::Serialize for JsonTables<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, t) in &self.0 {
            m.serialize_entry(k, &JsonTable(t))?;
        }
        m.end()
    }
}

/// Pretty JSON text of anything serialisable, ending with a newline.
pub fn json_text(v: &impl serde::Serialize) -> Result<String> {
    serde_json::to_string_pretty(v)
        .map(|s| crate::text::escape_json(&s).into_owned() + "\n")
        .map_err(|e| Error::Storage(t!("json-cannot-write", reason = e.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field<'a>(p: &'a Parsed, row: usize, col: &str) -> &'a str {
        p.rows
            .get(row)
            .and_then(|r| r.fields.get(col))
            .map_or("<none>", String::as_str)
    }

    #[test]
    fn semicolons_bom_crlf_and_header_case() {
        let text = "\u{feff} Name ;EMAIL;Organisation\r\nAna Çela;ana@x.org;\"Lëvizja; FOL\"\r\n";
        let p = read(text.as_bytes(), ImportKind::Participants).expect("reads");
        assert_eq!(p.rows.len(), 1);
        assert_eq!(field(&p, 0, "name"), "Ana Çela");
        assert_eq!(field(&p, 0, "organisation"), "Lëvizja; FOL");
        assert_eq!(p.rows[0].line, 2);
    }

    #[test]
    fn quoted_newline_keeps_the_line_of_the_record_start() {
        let text = "event,session,participant,status,reason\nE,1,a@x.org,excused,\"ill\nat home\"\nE,2,a@x.org,absent,\n";
        let p = read(text.as_bytes(), ImportKind::Attendance).expect("reads");
        assert_eq!(p.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 4]);
        assert_eq!(field(&p, 0, "reason"), "ill\nat home");
    }

    #[test]
    fn crlf_and_blank_lines_keep_physical_line_numbers() {
        let text = "name,email\r\nAna,a@x.org\r\n\r\n\r\n\"Beni\r\nB\",b@x.org\r\nCeni,\r\n";
        let p = read(text.as_bytes(), ImportKind::Participants).expect("reads");
        assert_eq!(p.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 5, 7]);
    }

    #[test]
    fn header_problems_name_the_columns() {
        let e = read(b"name,mail,name\n", ImportKind::Participants).expect_err("bad header");
        let m = e.to_string();
        assert!(m.contains("unknown column mail"), "{m}");
        assert!(m.contains("named twice: name"), "{m}");
        let e = read(b"email\n", ImportKind::Participants).expect_err("no name");
        assert!(e.to_string().contains("missing column name"), "{e}");
    }

    #[test]
    fn not_utf8_is_an_error_with_its_line() {
        let e = read(b"name\nAna\nMar\xe7al\n", ImportKind::Participants).expect_err("latin-1");
        assert!(e.to_string().contains("line 3 is not UTF-8"), "{e}");
    }

    #[test]
    fn misaligned_rows_are_row_errors_and_blank_rows_are_skipped() {
        let text = "name,email\nAna,a@x.org,\n,,\n,\nBeni\nCeni,c@x.org,extra\nDea,d@x.org\n";
        let p = read(text.as_bytes(), ImportKind::Participants).expect("reads");
        assert_eq!(p.rows.len(), 2, "{p:?}");
        assert_eq!(
            p.errors.iter().map(|e| e.line).collect::<Vec<_>>(),
            [5, 6],
            "{p:?}"
        );
    }

    #[test]
    fn old_mac_line_ends_number_the_lines() {
        let p = read(
            b"name,email\rAna,ana@x.org\rBen,ben@x.org,extra\r",
            ImportKind::Participants,
        )
        .expect("reads");
        assert_eq!(p.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2]);
        assert_eq!(p.errors.iter().map(|e| e.line).collect::<Vec<_>>(), [3]);
    }

    #[test]
    fn delimiter_sniffing_ignores_quoted_separators() {
        assert_eq!(sniff_delimiter("\"a;b;c\",d\n"), b',');
        assert_eq!(sniff_delimiter("a;b,c;d\n"), b';');
    }

    #[test]
    fn csv_output_quotes_what_needs_it() {
        let t = Table {
            columns: vec!["name", "reason"],
            rows: vec![vec!["Đorđević, \"Đoka\"".into(), "a\nb".into()]],
        };
        let s = to_csv(&t).expect("csv");
        assert_eq!(s, "name,reason\n\"Đorđević, \"\"Đoka\"\"\",\"a\nb\"\n");
        assert_eq!(
            json_text(&JsonTable(&t)).expect("json"),
            "[\n  {\n    \"name\": \"Đorđević, \\\"Đoka\\\"\",\n    \"reason\": \"a\\nb\"\n  }\n]\n"
        );
    }
}
