//! `summary`, `report` and `close`.

use std::path::Path;

use super::{Global, ReportFormat, backend};
use crate::core::error::{Error, Result};
use crate::core::{Queries, clock, find_event};

pub fn summary(
    g: &Global,
    event: &str,
    format: ReportFormat,
    _out: Option<&Path>,
    _certificates: bool,
    _min_cell: Option<u64>,
) -> Result<i32> {
    let mut b = backend(g)?;
    let id = find_event(b.as_mut(), event)?;
    let s = b.summary(id, clock::now_local())?;
    match format {
        ReportFormat::Json => {
            let text =
                serde_json::to_string_pretty(&s).map_err(|e| Error::Storage(e.to_string()))?;
            println!("{}", crate::text::escape_json(&text));
            Ok(0)
        }
        _ => Err(Error::Invalid("only --format json is available yet".into())),
    }
}

pub fn report(
    _g: &Global,
    _from: &str,
    _to: &str,
    _project: Option<String>,
    _format: ReportFormat,
    _out: Option<&Path>,
    _min_cell: Option<u64>,
) -> Result<i32> {
    Err(Error::Invalid("report is not available yet".into()))
}

pub fn close(
    _g: &Global,
    _event: &str,
    _owner: Option<String>,
    _due: Option<String>,
) -> Result<i32> {
    Err(Error::Invalid("close is not available yet".into()))
}
