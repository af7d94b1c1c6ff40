//! CSV reading for imports (UTF-8 with or without BOM, UTF-16, a named legacy encoding;
//! comma, semicolon or tab; CRLF, lone CR, quoted newlines; headers matched case- and
//! diacritic-blind with survey tools' names for them) and CSV/JSON writing of exports.

use crate::core::ImportKind;
use crate::core::error::{Error, Result};
use crate::t;

pub use super::rows::Parsed;
use super::rows::ReadOptions;
use super::sheet::{Sheet, SheetRow};

/// The delimiter of a file: the one of `,`, `;` and tab that occurs most often (outside
/// quotes) on one of the first lines — the header, which a title line above it may precede.
/// Spreadsheets in much of Europe write `;` because `,` is their decimal mark; "Unicode text"
/// from a spreadsheet is tab-separated.
pub fn sniff_delimiter(text: &str) -> u8 {
    let (mut commas, mut semis, mut tabs) = (0, 0, 0);
    for line in text.split('\n').take(10) {
        let (mut c, mut s, mut t, mut quoted) = (0, 0, 0, false);
        for ch in line.chars() {
            match ch {
                '"' => quoted = !quoted,
                ',' if !quoted => c += 1,
                ';' if !quoted => s += 1,
                '\t' if !quoted => t += 1,
                _ => {}
            }
        }
        commas = commas.max(c);
        semis = semis.max(s);
        tabs = tabs.max(t);
    }
    if tabs > commas && tabs > semis {
        b'\t'
    } else if semis > commas {
        b';'
    } else {
        b','
    }
}

/// The text of a file: UTF-8 (a BOM is dropped), UTF-16 with a BOM, or the encoding the
/// user named. Other bytes are refused, naming the line and the encoding they look like, so
/// no name is ever stored garbled by a guess.
/// UTF-8 text is borrowed, not copied: a large file is not held twice while it is split.
pub fn decode<'a>(
    bytes: &'a [u8],
    encoding: Option<&str>,
) -> Result<(std::borrow::Cow<'a, str>, Option<String>)> {
    if let Some(label) = encoding {
        let enc = encoding_rs::Encoding::for_label(label.trim().as_bytes())
            .ok_or_else(|| Error::invalid(t!("csv-unknown-encoding", encoding = label)))?;
        let (text, used, bad) = enc.decode(bytes);
        if bad {
            return Err(Error::invalid(t!(
                "csv-not-in-encoding",
                encoding = used.name()
            )));
        }
        return Ok((text, Some(t!("csv-read-as", encoding = used.name()))));
    }
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes)
        && enc != encoding_rs::UTF_8
    {
        let (text, used, _) = enc.decode(bytes);
        return Ok((text, Some(t!("csv-read-as", encoding = used.name()))));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.into(), None)),
        Err(e) => {
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            let guess = det.guess(None, chardetng::Utf8Detection::Deny);
            Err(Error::invalid(t!(
                "csv-not-utf8-guess",
                line = line_of(bytes, e.valid_up_to()),
                encoding = guess.name()
            )))
        }
    }
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

/// Splits a UTF-8 file into rows of `kind` (see [`read_with`]).
pub fn read(bytes: &[u8], kind: ImportKind) -> Result<Parsed> {
    read_with(bytes, kind, None)
}

/// Splits a CSV file into rows of `kind`, text in `encoding` when given (see
/// [`super::rows`]); [`super::read`] takes workbooks too.
pub fn read_with(bytes: &[u8], kind: ImportKind, encoding: Option<&str>) -> Result<Parsed> {
    let (text, read_as) = decode(bytes, encoding)?;
    let (sheet, sep_note) = self::sheet(&text)?;
    let mut parsed = super::rows::from_sheet(sheet, kind, &ReadOptions::default())?;
    let mut notes: Vec<String> = read_as.into_iter().chain(sep_note).collect();
    notes.append(&mut parsed.notes);
    parsed.notes = notes;
    Ok(parsed)
}

/// A CSV text as rows of cells, each with the physical line it starts on. Excel's `sep=;`
/// first line names the delimiter and is no row; otherwise the delimiter is sniffed.
pub fn sheet(text: &str) -> Result<(Sheet, Option<String>)> {
    let first = text.split('\n').next().unwrap_or("").trim_end_matches('\r');
    let (body_start, delimiter, note) = match first.trim().strip_prefix("sep=") {
        Some(d) if d.len() == 1 || d == "\\t" => {
            let d = if d == "\\t" { b'\t' } else { d.as_bytes()[0] };
            let skip = text.find('\n').map_or(text.len(), |i| i + 1);
            (skip, d, Some(t!("rows-sep-line", sep = first.trim())))
        }
        _ => (0, sniff_delimiter(text), None),
    };
    let bytes = text.as_bytes();
    let newlines = line_ends(bytes);
    let mut rdr = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(&bytes[body_start..]);
    let mut out = Sheet {
        rows: Vec::new(),
        strict_width: true,
    };
    for rec in rdr.records() {
        let rec = rec.map_err(|e| Error::invalid(t!("csv-cannot-read", reason = e.to_string())))?;
        let line = rec.position().map_or(0, |p| {
            physical_line(bytes, &newlines, p.byte() + body_start as u64)
        });
        out.rows.push(SheetRow {
            line,
            cells: crate::core::Cells::new(rec.iter()),
        });
    }
    Ok((out, note))
}

/// An export: the column names and the rows, every value as text.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

/// Rows under a header of any names, as CSV (an export, the rejects of an import).
pub fn rows_to_csv(columns: &[String], rows: &[Vec<String>]) -> Result<String> {
    let mut w = ::csv::WriterBuilder::new().from_writer(Vec::new());
    let fail = |e: ::csv::Error| Error::Storage(t!("csv-cannot-write", reason = e.to_string()));
    w.write_record(columns).map_err(fail)?;
    for r in rows {
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

/// The table as CSV: comma-separated, LF line ends, quoted where needed.
pub fn to_csv(t: &Table) -> Result<String> {
    let columns: Vec<String> = t.columns.iter().map(|c| c.to_string()).collect();
    rows_to_csv(&columns, &t.rows)
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
        p.rows.get(row).and_then(|r| r.get(col)).unwrap_or("<none>")
    }

    #[test]
    fn semicolons_bom_crlf_and_header_case() {
        let text = "\u{feff} Name ;EMAIL;Organisation\r\nAna Çela;ana@x.org;\"Lëvizja; FOL\"\r\n";
        let p = read(text.as_bytes(), ImportKind::Participants).expect("reads");
        assert_eq!(p.rows.len(), 1);
        assert_eq!(field(&p, 0, "name"), "Ana Çela");
        assert_eq!(field(&p, 0, "organisation"), "Lëvizja; FOL");
        assert_eq!(p.rows.get(0).map(|r| r.line()), Some(2));
    }

    #[test]
    fn quoted_newline_keeps_the_line_of_the_record_start() {
        let text = "event,session,participant,status,reason\nE,1,a@x.org,excused,\"ill\nat home\"\nE,2,a@x.org,absent,\n";
        let p = read(text.as_bytes(), ImportKind::Attendance).expect("reads");
        assert_eq!(p.rows.lines().collect::<Vec<_>>(), [2, 4]);
        assert_eq!(field(&p, 0, "reason"), "ill\nat home");
    }

    #[test]
    fn crlf_and_blank_lines_keep_physical_line_numbers() {
        let text = "name,email\r\nAna,a@x.org\r\n\r\n\r\n\"Beni\r\nB\",b@x.org\r\nCeni,\r\n";
        let p = read(text.as_bytes(), ImportKind::Participants).expect("reads");
        assert_eq!(p.rows.lines().collect::<Vec<_>>(), [2, 5, 7]);
    }

    #[test]
    fn header_problems_name_the_columns() {
        let e = read(b"nome,email\n", ImportKind::Participants).expect_err("bad header");
        let m = e.to_string();
        assert!(m.contains("missing column name"), "{m}");
        assert!(m.contains("unknown column nome"), "{m}");
        // The same column under two of its names is named twice.
        let e = read(b"name,E-mail,email\n", ImportKind::Participants).expect_err("twice");
        assert!(e.to_string().contains("named twice: email"), "{e}");
        let e = read(b"email\n", ImportKind::Participants).expect_err("no name");
        assert!(e.to_string().contains("missing column name"), "{e}");
    }

    #[test]
    fn survey_tool_headers_are_understood_and_extra_columns_ignored() {
        let text = "Timestamp;Full Name;E-mail Address;Organization;Država;Cinsiyet;How did you hear about us?\n\
                    2026/11/20 10:00:00;Ana Çela;ana@x.org;Lëvizja;Kosovo;female;a friend\n";
        let p = read(text.as_bytes(), ImportKind::Participants).expect("reads");
        let keys: Vec<&str> = p.rows.columns().iter().map(String::as_str).collect();
        assert_eq!(keys, ["country", "email", "gender", "name", "organisation"]);
        assert_eq!(field(&p, 0, "name"), "Ana Çela");
        assert_eq!(field(&p, 0, "country"), "Kosovo");
        assert_eq!(p.notes.len(), 2, "{:?}", p.notes);
        assert!(
            p.notes[0].contains("stamps the rows, no one's data: Timestamp")
                && p.notes[1].contains("How did you hear about us?"),
            "{:?}",
            p.notes
        );
    }

    #[test]
    fn first_and_last_names_are_joined() {
        let text = "Emri,Mbiemri,Email\nBesnik, Çela ,b@x.org\nTeuta,,t@x.org\n";
        let p = read(text.as_bytes(), ImportKind::Participants).expect("reads");
        assert_eq!(field(&p, 0, "name"), "Besnik Çela");
        assert_eq!(field(&p, 1, "name"), "Teuta");
        assert!(
            p.notes.iter().any(|n| n.contains("joined")),
            "{:?}",
            p.notes
        );
        // A first name column alone is the name.
        let p = read(b"ime,email\nMarko,m@x.org\n", ImportKind::Participants).expect("reads");
        assert_eq!(field(&p, 0, "name"), "Marko");
        // Beside a name column, the halves are extra columns.
        let text = "Name,First name,Last name\nAna Çela,Ana,Çela\n";
        let p = read(text.as_bytes(), ImportKind::Participants).expect("reads");
        assert_eq!(field(&p, 0, "name"), "Ana Çela");
        assert!(p.notes[0].contains("ignored 2 columns"), "{:?}", p.notes);
    }

    #[test]
    fn tab_separated_and_utf16_text_from_a_spreadsheet() {
        let p = read(b"name\temail\nAna\ta@x.org\n", ImportKind::Participants).expect("tabs");
        assert_eq!(field(&p, 0, "email"), "a@x.org");
        // "Unicode text": UTF-16 little-endian with a BOM, tab-separated.
        let mut bytes = vec![0xFF, 0xFE];
        for u in "name\temail\r\nĐorđe Петровић\td@x.org\r\n".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let p = read(&bytes, ImportKind::Participants).expect("utf-16");
        assert_eq!(field(&p, 0, "name"), "Đorđe Петровић");
        assert!(
            p.notes.iter().any(|n| n.contains("UTF-16LE")),
            "{:?}",
            p.notes
        );
    }

    #[test]
    fn a_legacy_encoding_is_refused_with_a_guess_and_read_when_named() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1250
            .encode("name,email\nĐorđe Šćepanović,d@x.org\nČela Žaneta,c@x.org\n");
        let e = read(&bytes, ImportKind::Participants).expect_err("not UTF-8");
        let m = e.to_string();
        assert!(
            m.contains("line 2 is not UTF-8") && m.contains("--encoding"),
            "{m}"
        );
        let p = read_with(&bytes, ImportKind::Participants, Some("windows-1250")).expect("named");
        assert_eq!(field(&p, 0, "name"), "Đorđe Šćepanović");
        assert_eq!(field(&p, 1, "name"), "Čela Žaneta");
        let e = read_with(&bytes, ImportKind::Participants, Some("klingon")).expect_err("unknown");
        assert!(e.to_string().contains("klingon"), "{e}");
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
        assert_eq!(p.rows.lines().collect::<Vec<_>>(), [2]);
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
