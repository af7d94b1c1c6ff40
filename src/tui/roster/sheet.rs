//! The printable sign-in sheet of one session: self-contained HTML for A4, written privately.

use std::path::{Path, PathBuf};

use crate::core::error::Result;
use crate::domain::{Session, hhmm};
use crate::report::html::escape;

/// Blank rows at the end, for walk-ins who sign on paper.
const BLANK_ROWS: usize = 5;

pub struct Sheet<'a> {
    pub code: &'a str,
    pub title: &'a str,
    pub session: &'a Session,
    pub number: usize,
    pub total: usize,
    /// (name, organisation, badge code) of everyone registered, in roster order.
    pub rows: &'a [(&'a str, &'a str, String)],
}

pub fn html(s: &Sheet) -> String {
    let heading = format!("{} \u{2014} {}", escape(s.code), escape(s.title));
    let when = format!(
        "{} \u{b7} {} {} {}\u{2013}{} \u{b7} {}",
        escape(&crate::t!(
            "sheet-session",
            number = s.number,
            total = s.total
        )),
        escape(&crate::tui::roster::view::weekday(s.session.date.weekday())),
        escape(&crate::i18n::Locale::current().date(s.session.date)),
        hhmm(s.session.start),
        hhmm(s.session.end),
        escape(&s.session.title)
    );
    let mut rows = String::new();
    for (i, (name, org, code)) in s.rows.iter().enumerate() {
        rows.push_str(&format!(
            "<tr><td class=\"n\">{}</td><td>{}</td><td>{}</td><td class=\"code\">{}</td>\
             <td class=\"sig\"></td></tr>\n",
            i + 1,
            escape(name),
            escape(org),
            escape(&crate::domain::badge::printed(code))
        ));
    }
    for i in 0..BLANK_ROWS {
        rows.push_str(&format!(
            "<tr><td class=\"n\">{}</td><td></td><td></td><td></td><td class=\"sig\"></td></tr>\n",
            s.rows.len() + i + 1
        ));
    }
    let lang = crate::i18n::current();
    let title = escape(&crate::t!("sheet-title"));
    let (col_name, col_org, col_badge, col_sig) = (
        escape(&crate::t!("sheet-col-name")),
        escape(&crate::t!("sheet-col-organisation")),
        escape(&crate::t!("sheet-col-badge")),
        escape(&crate::t!("sheet-col-signature")),
    );
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}: {heading}</title>
<style>
@page {{ size: A4; margin: 15mm; }}
body {{ font-family: sans-serif; font-size: 11pt; color: #000; }}
h1 {{ font-size: 14pt; margin: 0 0 2mm 0; }}
p {{ margin: 0 0 4mm 0; }}
table {{ width: 100%; border-collapse: collapse; }}
th, td {{ border: 1px solid #000; padding: 2mm; text-align: left; vertical-align: middle; }}
td {{ height: 8mm; }}
td.n {{ width: 8mm; text-align: right; }}
td.sig {{ width: 50mm; }}
td.code {{ width: 24mm; font-family: monospace; white-space: nowrap; }}
thead {{ display: table-header-group; }}
tr {{ page-break-inside: avoid; }}
</style>
</head>
<body>
<h1>{heading}</h1>
<p>{when}</p>
<table>
<thead><tr><th>#</th><th>{col_name}</th><th>{col_org}</th><th>{col_badge}</th><th>{col_sig}</th></tr></thead>
<tbody>
{rows}</tbody>
</table>
</body>
</html>
"#
    )
}

/// `CODE-session-N-sign-in.html`, with anything but letters, digits, `-` and `_` of the code
/// replaced, so a code can never name a path elsewhere.
pub fn file_name(code: &str, number: usize) -> String {
    let safe: String = code
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{safe}-session-{number}-sign-in.html")
}

/// Writes the sheet to `dir` readable by its owner only (it holds names): a private temporary
/// file first, renamed over any older sheet so the file is never half-written.
pub fn write(dir: &Path, code: &str, number: usize, html: &str) -> Result<PathBuf> {
    let path = dir.join(file_name(code, number));
    crate::io::write_private(&path, html.as_bytes())?;
    Ok(path)
}
