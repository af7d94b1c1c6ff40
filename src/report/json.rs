//! JSON of the summary and the report: the serde form of the domain structs, which is the
//! stable contract documented in the README (rates as percentages 0–100, one decimal).
//! Locale-free: English keys, ISO dates and the stable vocabulary words (`female`,
//! `training`) whatever `--lang` is.

use crate::core::error::{Error, Result};
use crate::domain::summary::{Report, Summary};

fn pretty<T: serde::Serialize>(v: &T) -> Result<String> {
    let mut s = serde_json::to_string_pretty(v)
        .map_err(|e| Error::invalid(format!("cannot write JSON: {e}")))?;
    s.push('\n');
    // serde_json escapes C0 only: C1 controls, bidi overrides and zero-width characters
    // would reach a terminal raw.
    Ok(crate::text::escape_json(&s).into_owned())
}

pub fn summary(s: &Summary) -> Result<String> {
    pretty(s)
}

pub fn report(r: &Report) -> Result<String> {
    pretty(r)
}
