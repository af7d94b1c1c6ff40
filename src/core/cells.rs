//! Rows of text kept compact: a row's cells in one string with their end offsets, and the
//! rows of an import under one header. A large import holds hundreds of thousands of rows;
//! a map of owned strings per row cost about a kilobyte each, this costs the text and four
//! bytes a cell.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// The cells of one row, in order, in one allocation of text and one of offsets.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "CellsWire", into = "CellsWire")]
pub struct Cells {
    text: Box<str>,
    /// The end of each cell in `text`; a cell starts where the one before it ends.
    ends: Box<[u32]>,
}

/// How [`Cells`] goes over the wire: checked when read, since a peer may send anything.
#[derive(Serialize, Deserialize)]
struct CellsWire(String, Vec<u32>);

impl From<Cells> for CellsWire {
    fn from(c: Cells) -> Self {
        CellsWire(c.text.into(), c.ends.into())
    }
}

impl TryFrom<CellsWire> for Cells {
    type Error = &'static str;

    fn try_from(w: CellsWire) -> Result<Self, Self::Error> {
        let CellsWire(text, ends) = w;
        let mut start = 0u32;
        for &end in &ends {
            if end < start || end as usize > text.len() || !text.is_char_boundary(end as usize) {
                return Err("cell offsets out of order");
            }
            start = end;
        }
        Ok(Cells {
            text: text.into(),
            ends: ends.into(),
        })
    }
}

impl Cells {
    /// The cells `cells`, in order.
    pub fn new<'a, I>(cells: I) -> Self
    where
        I: IntoIterator<Item = &'a str>,
        I::IntoIter: Clone,
    {
        let it = cells.into_iter();
        let (len, count) = it.clone().fold((0, 0), |(l, n), c| (l + c.len(), n + 1));
        let mut text = String::with_capacity(len);
        let mut ends = Vec::with_capacity(count);
        for c in it {
            text.push_str(c);
            ends.push(u32::try_from(text.len()).expect("a row under 4 GB"));
        }
        Cells {
            text: text.into_boxed_str(),
            ends: ends.into_boxed_slice(),
        }
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The cell at `i`, or `None` past the last.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        Some(&self.text[start..end])
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + Clone + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or_default())
    }

    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_string).collect()
    }
}

impl fmt::Debug for Cells {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl From<Vec<String>> for Cells {
    fn from(v: Vec<String>) -> Self {
        Cells::new(v.iter().map(String::as_str))
    }
}

impl<const N: usize> From<[&str; N]> for Cells {
    fn from(v: [&str; N]) -> Self {
        Cells::new(v)
    }
}

/// One data row of an import: its line in the file and its cells, in the order of the
/// header of its [`ImportRows`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRow {
    pub line: u64,
    pub cells: Cells,
}

/// The rows of an imported file under one header of (lower-cased, trimmed) column names. A
/// row shorter than the header has no value in the columns past its last cell.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRows {
    columns: Vec<String>,
    rows: Vec<ImportRow>,
}

/// One row read through its header.
#[derive(Clone, Copy)]
pub struct RowRef<'a> {
    columns: &'a [String],
    row: &'a ImportRow,
}

impl<'a> RowRef<'a> {
    pub fn line(&self) -> u64 {
        self.row.line
    }

    /// The cell of column `col`, `None` when the row has none.
    pub fn get(&self, col: &str) -> Option<&'a str> {
        let i = self.columns.iter().position(|c| c == col)?;
        self.row.cells.get(i)
    }

    /// (column, cell) in the header's order.
    pub fn fields(&self) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.columns
            .iter()
            .map(String::as_str)
            .zip(self.row.cells.iter())
    }

    /// The fields as a map, for tests and messages.
    pub fn to_map(&self) -> BTreeMap<String, String> {
        self.fields()
            .map(|(c, v)| (c.to_string(), v.to_string()))
            .collect()
    }
}

impl fmt::Debug for RowRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Row")
            .field("line", &self.row.line)
            .field("fields", &self.to_map())
            .finish()
    }
}

impl ImportRows {
    pub fn new(columns: Vec<String>) -> Self {
        ImportRows {
            columns,
            rows: Vec::new(),
        }
    }

    /// Rows given as maps of column → cell (the header is every column any of them names,
    /// sorted); for rows made in code rather than read from a file.
    pub fn from_maps(rows: impl IntoIterator<Item = (u64, BTreeMap<String, String>)>) -> Self {
        let mut out = ImportRows::default();
        for (line, fields) in rows {
            out.push_map(line, &fields);
        }
        out
    }

    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    pub fn has_column(&self, col: &str) -> bool {
        self.columns.iter().any(|c| c == col)
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn reserve(&mut self, n: usize) {
        self.rows.reserve(n);
    }

    /// Adds a row whose cells are in the header's order.
    pub fn push(&mut self, line: u64, cells: Cells) {
        self.rows.push(ImportRow { line, cells });
    }

    /// Adds a row given as column → cell; a column the header lacks is added to it (the
    /// rows before have no value there).
    pub fn push_map(&mut self, line: u64, fields: &BTreeMap<String, String>) {
        for c in fields.keys() {
            if !self.has_column(c) {
                self.columns.push(c.clone());
            }
        }
        let cells = Cells::new(
            self.columns
                .iter()
                .map(|c| fields.get(c).map_or("", String::as_str)),
        );
        self.push(line, cells);
    }

    pub fn get(&self, i: usize) -> Option<RowRef<'_>> {
        self.rows.get(i).map(|row| RowRef {
            columns: &self.columns,
            row,
        })
    }

    pub fn first(&self) -> Option<RowRef<'_>> {
        self.get(0)
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = RowRef<'_>> + '_ {
        self.rows.iter().map(|row| RowRef {
            columns: &self.columns,
            row,
        })
    }

    /// The line of each row, in order.
    pub fn lines(&self) -> impl Iterator<Item = u64> + '_ {
        self.rows.iter().map(|r| r.line)
    }

    /// Keeps the rows for which `keep` holds.
    pub fn retain(&mut self, mut keep: impl FnMut(RowRef<'_>) -> bool) {
        let columns = &self.columns;
        self.rows.retain(|row| keep(RowRef { columns, row }));
    }

    /// The same rows with each cell given by `f(column, cell)`.
    pub fn map_cells(&self, mut f: impl FnMut(&str, &str) -> String) -> ImportRows {
        let rows = self
            .rows
            .iter()
            .map(|r| {
                let cells: Vec<String> = self
                    .columns
                    .iter()
                    .zip(r.cells.iter())
                    .map(|(c, v)| f(c, v))
                    .collect();
                ImportRow {
                    line: r.line,
                    cells: cells.into(),
                }
            })
            .collect();
        ImportRows {
            columns: self.columns.clone(),
            rows,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ImportRows {
        let mut rows = ImportRows::new(vec!["name".into(), "email".into(), "notes".into()]);
        rows.push(2, Cells::from(["Ana Çela", "ana@x.org", "ëë\nline"]));
        rows.push(3, Cells::from(["", "b@x.org", ""]));
        rows.push(5, Cells::from(["Beni"]));
        rows
    }

    #[test]
    fn cells_read_back_by_column() {
        let rows = sample();
        let r = rows.get(0).expect("row");
        assert_eq!(r.line(), 2);
        assert_eq!(r.get("name"), Some("Ana Çela"));
        assert_eq!(r.get("notes"), Some("ëë\nline"));
        assert_eq!(r.get("missing"), None);
        assert_eq!(rows.get(1).and_then(|r| r.get("name")), Some(""));
        // A short row has no value past its last cell.
        assert_eq!(rows.get(2).and_then(|r| r.get("email")), None);
        assert_eq!(rows.lines().collect::<Vec<_>>(), [2, 3, 5]);
    }

    #[test]
    fn rows_survive_postcard_and_json() {
        let rows = sample();
        let bytes = postcard::to_allocvec(&rows).expect("encodes");
        let back: ImportRows = postcard::from_bytes(&bytes).expect("decodes");
        assert_eq!(back, rows);
        let json = serde_json::to_string(&rows).expect("json");
        let back: ImportRows = serde_json::from_str(&json).expect("json back");
        assert_eq!(back, rows);
    }

    #[test]
    fn bad_offsets_from_a_peer_are_refused() {
        let good = postcard::to_allocvec(&("abc", vec![1u32, 3])).expect("encodes");
        let cells: Cells = postcard::from_bytes(&good).expect("good offsets");
        assert_eq!(cells.to_vec(), ["a", "bc"]);
        for (text, ends) in [("abc", vec![2u32, 1]), ("abc", vec![4]), ("ë", vec![1])] {
            let bytes = postcard::to_allocvec(&(text, ends.clone())).expect("encodes");
            assert!(
                postcard::from_bytes::<Cells>(&bytes).is_err(),
                "{text:?} {ends:?}"
            );
        }
    }

    #[test]
    fn maps_give_a_union_header() {
        let a: BTreeMap<String, String> = [("name".to_string(), "Ana".to_string())].into();
        let b: BTreeMap<String, String> = [
            ("email".to_string(), "b@x.org".to_string()),
            ("name".to_string(), "Beni".to_string()),
        ]
        .into();
        let rows = ImportRows::from_maps([(1, a.clone()), (2, b.clone())]);
        assert_eq!(rows.get(0).map(|r| r.to_map()), Some(a));
        assert_eq!(rows.get(1).map(|r| r.to_map()), Some(b));
        let mut kept = rows.clone();
        kept.retain(|r| r.line() != 1);
        assert_eq!(kept.lines().collect::<Vec<_>>(), [2]);
        let upper = rows.map_cells(|_, v| v.to_uppercase());
        assert_eq!(upper.get(1).and_then(|r| r.get("name")), Some("BENI"));
    }
}
