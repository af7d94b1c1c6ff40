//! The summary and the report as a spreadsheet workbook (`.xlsx`): the CSV's sections, one
//! sheet each, counts and rates as numbers. Excel opens it the same in every locale, where a
//! CSV of names with diacritics can open garbled or in one column.

use rust_xlsxwriter::{Format as CellFormat, Workbook};

use super::Options;
use super::csv::{Sections, report_tables, summary_tables};
use crate::core::error::{Error, Result};
use crate::domain::summary::{Report, Summary};

pub fn summary(s: &Summary, opts: &Options) -> Result<Vec<u8>> {
    workbook(&summary_tables(s, opts)?)
}

pub fn report(r: &Report, opts: &Options) -> Result<Vec<u8>> {
    workbook(&report_tables(r, opts)?)
}

fn xlsx_error(e: rust_xlsxwriter::XlsxError) -> Error {
    Error::invalid(format!("cannot write the workbook: {e}"))
}

/// A cell the CSV wrote as a plain number (`12`, `87.5`): a number in the sheet, so sums
/// and charts work. Codes, phone numbers and dates stay text.
fn number(cell: &str) -> Option<f64> {
    let plain = !cell.is_empty()
        && cell.chars().all(|c| c.is_ascii_digit() || c == '.')
        && cell.matches('.').count() <= 1
        && !cell.starts_with('.')
        && !cell.ends_with('.')
        && !(cell.len() > 1 && cell.starts_with('0') && !cell.starts_with("0."));
    if plain { cell.parse().ok() } else { None }
}

/// The CSV guards text that a spreadsheet would run as a formula with a leading `'`; a
/// workbook's text cells are never formulas, so the text is written as it was.
fn unguarded(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    name.chars()
        .map(|c| if "[]:*?/\\".contains(c) { '_' } else { c })
        .take(31)
        .collect()
}

fn workbook(sections: &Sections) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let bold = CellFormat::new().set_bold();
    for t in &sections.tables {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&t.name)).map_err(xlsx_error)?;
        for (c, h) in t.header.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| Error::invalid("too many columns"))?;
            ws.write_string_with_format(0, c, h, &bold)
                .map_err(xlsx_error)?;
        }
        for (r, row) in t.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|_| Error::invalid("too many rows"))?;
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).map_err(|_| Error::invalid("too many columns"))?;
                match number(cell) {
                    Some(n) => ws.write_number(r, c, n).map_err(xlsx_error)?,
                    None => ws.write_string(r, c, unguarded(cell)).map_err(xlsx_error)?,
                };
            }
        }
        ws.set_freeze_panes(1, 0).map_err(xlsx_error)?;
        ws.autofit();
    }
    wb.save_to_buffer().map_err(xlsx_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_numbers_become_numbers_and_the_rest_stays_text() {
        assert_eq!(number("12"), Some(12.0));
        assert_eq!(number("87.5"), Some(87.5));
        assert_eq!(number("0"), Some(0.0));
        assert_eq!(number("0.8"), Some(0.8));
        for text in [
            "",
            "0044",
            "+383 44",
            "2026-03-02",
            "<5",
            "1.2.3",
            "PR-1",
            "12a",
            ".",
        ] {
            assert_eq!(number(text), None, "{text}");
        }
        assert_eq!(unguarded("'=HYPERLINK(1)"), "=HYPERLINK(1)");
        assert_eq!(unguarded("'quoted"), "'quoted");
        assert_eq!(sheet_name("a/b:c"), "a_b_c");
    }
}
