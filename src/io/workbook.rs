//! Spreadsheet workbooks (.xlsx, .xls, .ods) as tables of text: the first sheet, or the one
//! named. A date cell becomes an ISO date, a whole number its digits (a long phone number is
//! never `3.8E+11`), an error cell its error text so the import can name it.

use std::io::Cursor;

use calamine::{Data, Reader};

use super::sheet::{Sheet, SheetRow};
use crate::core::error::{Error, Result};
use crate::t;

/// Whether `bytes` start like a workbook: a ZIP container (.xlsx, .ods) or an OLE compound
/// file (.xls) — never text.
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// The cells of one sheet of a workbook, with its name.
pub fn read(bytes: &[u8], sheet: Option<&str>) -> Result<(Sheet, String)> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| Error::invalid(t!("workbook-cannot-open", reason = e.to_string())))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(want) => names
            .iter()
            .find(|n| n.trim().eq_ignore_ascii_case(want.trim()))
            .or_else(|| {
                let key = crate::text::fold(want.trim());
                names.iter().find(|n| crate::text::fold(n.trim()) == key)
            })
            .cloned()
            .ok_or_else(|| {
                Error::invalid(t!(
                    "workbook-no-sheet",
                    sheet = want,
                    sheets = names.join(", ")
                ))
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| Error::invalid(t!("workbook-no-sheets")))?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| Error::invalid(t!("workbook-cannot-open", reason = e.to_string())))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut out = Sheet::default();
    for (i, row) in range.rows().enumerate() {
        let mut cells: Vec<String> = (0..left).map(|_| String::new()).collect();
        cells.extend(row.iter().map(cell_text));
        out.rows.push(SheetRow {
            // Rows are numbered as the spreadsheet numbers them.
            line: u64::from(top) + i as u64 + 1,
            cells: cells.into(),
        });
    }
    Ok((out, name))
}

/// A cell as the text a trainer sees in it, in the forms the import reads.
fn cell_text(c: &Data) -> String {
    match c {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => if *b { "true" } else { "false" }.to_string(),
        Data::DateTime(d) => {
            let (y, mo, da, h, mi, s, _) = d.to_ymd_hms_milli();
            let v = d.as_f64();
            if d.is_duration() || v < 1.0 {
                // A time of day alone (0.375 is 09:00) or a duration.
                format!("{h:02}:{mi:02}")
            } else if v.fract() == 0.0 {
                format!("{y:04}-{mo:02}-{da:02}")
            } else {
                let _ = s;
                format!("{y:04}-{mo:02}-{da:02} {h:02}:{mi:02}")
            }
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.replace('T', " "),
        Data::Error(e) => e.to_string(),
    }
}

/// A number as a spreadsheet shows it in a General cell: whole numbers with all their
/// digits, others with their decimals.
fn number_text(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e17 {
        format!("{f:.0}")
    } else {
        f.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_digits() {
        assert_eq!(number_text(38_344_123_456.0), "38344123456");
        assert_eq!(number_text(0.8), "0.8");
        assert_eq!(number_text(12.0), "12");
    }

    #[test]
    fn workbooks_are_told_from_text() {
        assert!(is_workbook(b"PK\x03\x04rest"));
        assert!(!is_workbook(b"name,email\n"));
    }
}
