//! A file as rows of cells of text, whatever it came as (CSV text or a workbook sheet), and
//! the guard a spreadsheet cell needs so text is never run as a formula.

use crate::core::Cells;

/// One row of a file as cells of text, with the line (or spreadsheet row) it starts on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SheetRow {
    pub line: u64,
    pub cells: Cells,
}

/// A file as rows of cells, header included.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sheet {
    pub rows: Vec<SheetRow>,
    /// A CSV row shorter or longer than the header is misaligned; a workbook row just ends
    /// at its last filled cell.
    pub strict_width: bool,
}

pub fn looks_like_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@'])
}

/// True when `s`, after any quotes a guard put in front, is formula-looking.
fn guarded_or_formula(s: &str) -> bool {
    looks_like_formula(s.trim_start_matches('\''))
}

/// One cell of an export (`export::to_csv`): a quote in front of formula-looking text, also when it starts with
/// quotes already (so [`unguard`] gives back exactly what was there).
pub fn guard(s: &str) -> String {
    if guarded_or_formula(s) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// The inverse of [`guard`], for an imported cell.
pub fn unguard(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if guarded_or_formula(rest) => rest,
        _ => s,
    }
}
