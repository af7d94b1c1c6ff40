//! A file as rows of cells of text, whatever it came as (CSV text or a workbook sheet).

/// One row of a file as cells of text, with the line (or spreadsheet row) it starts on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SheetRow {
    pub line: u64,
    pub cells: Vec<String>,
}

/// A file as rows of cells, header included.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sheet {
    pub rows: Vec<SheetRow>,
    /// A CSV row shorter or longer than the header is misaligned; a workbook row just ends
    /// at its last filled cell.
    pub strict_width: bool,
}
