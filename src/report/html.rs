//! HTML of the summary and the report: one self-contained file (inline CSS and SVG, no
//! scripts, nothing fetched) that prints on A4 with a page break between sections and table
//! headers repeated on every page.

use super::{Lang, Options};
use crate::domain::summary::{Report, SessionFigures, Summary};

/// Escapes text from data for HTML element content and quoted attribute values. Control
/// characters and direction overrides are made visible first, as on the terminal.
pub fn escape(s: &str) -> String {
    let s = crate::text::sanitize(s);
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "\
@page { size: A4; margin: 15mm; }
body { font-family: system-ui, 'Segoe UI', 'DejaVu Sans', sans-serif; font-size: 10pt; color: #111; margin: 0 auto; max-width: 180mm; }
h1 { font-size: 16pt; margin: 0 0 4mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; }
table { border-collapse: collapse; width: 100%; margin: 0 0 4mm; }
th, td { border: 0.5pt solid #888; padding: 1mm 2mm; text-align: left; vertical-align: top; }
th { background: #eee; }
.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th.n { white-space: normal; }
table.sessions { font-size: 8pt; }
table.sessions th, table.sessions td { padding: 0.6mm 1mm; }
table.sessions td:nth-child(2) { white-space: nowrap; }
thead { display: table-header-group; }
tr, svg { break-inside: avoid; page-break-inside: avoid; }
section + section { break-before: page; page-break-before: always; }
.note { font-style: italic; }
.footnote { font-size: 8pt; margin-top: 6mm; }
svg { display: block; margin: 2mm 0 4mm; }
svg text { font-family: inherit; font-size: 9px; fill: #111; }
svg .bar { fill: #3b7a57; }
svg .axis { stroke: #111; stroke-width: 0.5; }
@media print { body { max-width: none; } }
";

fn page(lang: &str, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(lang),
        escape(title)
    )
}

/// A table: `cols` are (header, numeric); `rows` hold already escaped cells.
fn table<S: AsRef<str>>(cols: &[(S, bool)], rows: &[Vec<String>]) -> String {
    table_of("", cols, rows)
}

/// A table with a CSS class (`sessions`: twelve columns set smaller, so they fit the page
/// even with the longer headers of Albanian).
fn table_of<S: AsRef<str>>(class: &str, cols: &[(S, bool)], rows: &[Vec<String>]) -> String {
    let mut s = if class.is_empty() {
        String::from("<table>\n<thead><tr>")
    } else {
        format!("<table class=\"{class}\">\n<thead><tr>")
    };
    for (h, n) in cols {
        let class = if *n { " class=\"n\"" } else { "" };
        s.push_str(&format!("<th{class}>{}</th>", escape(h.as_ref())));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        s.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            let numeric = cols.get(i).is_some_and(|(_, n)| *n);
            if numeric {
                s.push_str(&format!("<td class=\"n\">{c}</td>"));
            } else {
                s.push_str(&format!("<td dir=\"auto\">{c}</td>"));
            }
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table>\n");
    s
}

fn note(text: &str) -> String {
    format!("<p class=\"note\">{}</p>\n", escape(text))
}

fn heading(text: &str) -> String {
    format!("<h2>{}</h2>\n", escape(text))
}

/// Attendance per session as an inline SVG bar chart (rate 0–100 %), labelled in `l`.
fn chart(sessions: &[SessionFigures], l: &Lang) -> String {
    const BAR: usize = 28;
    const STEP: usize = 40;
    const TOP: usize = 16;
    const H: usize = 120;
    let w = (40 + sessions.len() * STEP).max(200);
    let base = TOP + H;
    let label = escape(&l.tkey("report-chart-label", &[]));
    let mut s = format!(
        "<svg width=\"{w}\" height=\"{}\" viewBox=\"0 0 {w} {}\" role=\"img\" aria-label=\"{label}\">\n\
         <title>{label}</title>\n",
        base + 20,
        base + 20
    );
    s.push_str(&format!(
        "<line class=\"axis\" x1=\"30\" y1=\"{TOP}\" x2=\"30\" y2=\"{base}\"/>\n\
         <line class=\"axis\" x1=\"30\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\"/>\n\
         <text x=\"26\" y=\"{}\" text-anchor=\"end\">100%</text>\n\
         <text x=\"26\" y=\"{base}\" text-anchor=\"end\">0%</text>\n",
        w - 4,
        TOP + 3
    ));
    for (i, x) in sessions.iter().enumerate() {
        // Tenths of a percent keep the bar height exact in integers.
        let tenths = (x.rate * 10.0).round().clamp(0.0, 1000.0) as usize;
        let h = tenths * H / 1000;
        let left = 36 + i * STEP;
        let bar_title = l.tkey(
            "report-chart-bar",
            &[
                ("number", x.number.into()),
                ("date", l.date(&x.date).into()),
                ("rate", l.pct(x.rate).into()),
            ],
        );
        s.push_str(&format!(
            "<rect class=\"bar\" x=\"{left}\" y=\"{}\" width=\"{BAR}\" height=\"{h}\"><title>{}</title></rect>\n\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\">#{}</text>\n",
            base - h,
            escape(&bar_title),
            left + BAR / 2,
            (base - h).saturating_sub(3).max(9),
            l.pct(x.rate),
            left + BAR / 2,
            base + 12,
            x.number
        ));
    }
    s.push_str("</svg>\n");
    s
}

fn pairs(rows: Vec<(String, String)>) -> Vec<Vec<String>> {
    rows.into_iter()
        .map(|(k, v)| vec![escape(&k), escape(&v)])
        .collect()
}

/// The summary of one event in the language chosen for this process (`--lang`).
pub fn summary(s: &Summary, opts: &Options) -> String {
    summary_in(s, opts, &Lang::current())
}

/// The summary of one event in the language `l`.
pub fn summary_in(s: &Summary, opts: &Options, l: &Lang) -> String {
    let tr = |key: &str| l.tkey(key, &[]);
    let mut b = String::new();
    b.push_str("<section>\n");
    b.push_str(&format!(
        "<h1 dir=\"auto\">{}: {}</h1>\n",
        escape(&s.event.code),
        escape(&s.event.title)
    ));
    b.push_str(&table(
        &[(tr("report-section-event"), false), (String::new(), false)],
        &pairs(super::event_fields(s, l)),
    ));
    if let Some(n) = super::empty_note_in(s, l) {
        b.push_str(&note(&n));
    }
    b.push_str(&heading(&tr("report-section-key-figures")));
    b.push_str(&table(
        &[
            (tr("report-col-figure"), false),
            (tr("report-col-value"), true),
        ],
        &pairs(super::key_figures(s, l)),
    ));
    b.push_str(&heading(&tr("report-section-attendance-per-session")));
    if s.sessions.is_empty() {
        b.push_str(&note(&tr("report-empty-no-sessions")));
    } else {
        b.push_str(&chart(&s.sessions, l));
    }
    b.push_str("</section>\n<section>\n");
    b.push_str(&heading(&tr("report-section-sessions")));
    if s.sessions.is_empty() {
        b.push_str(&note(&tr("report-empty-no-sessions")));
    } else {
        let rows: Vec<Vec<String>> = s
            .sessions
            .iter()
            .map(|x| super::session_cells(x, l, escape, escape))
            .collect();
        b.push_str(&table_of("sessions", &super::session_columns(l), &rows));
    }
    b.push_str("</section>\n<section>\n");
    for section in super::breakdowns(s, l) {
        b.push_str(&heading(&section.title));
        if section.map.is_empty() {
            b.push_str(&note(&tr("report-empty-no-participants")));
            continue;
        }
        let rows: Vec<Vec<String>> = section
            .map
            .iter()
            .map(|(k, x)| {
                let k = if section.countries {
                    opts.country(k)
                } else {
                    k
                };
                vec![
                    escape(&section.key(k, l)),
                    escape(&opts.cell(x.registered)),
                    escape(&opts.cell(x.attended_any)),
                    escape(&opts.cell(x.eligible)),
                ]
            })
            .collect();
        let mut cols = vec![(section.column.clone(), false)];
        cols.extend(super::breakdown_columns(l));
        b.push_str(&table(&cols, &rows));
    }
    b.push_str("</section>\n<section>\n");
    b.push_str(&heading(&tr("report-section-participants")));
    if s.participants.is_empty() {
        b.push_str(&note(&tr("report-empty-no-participants")));
    } else {
        let left = super::any_left(s);
        let rows: Vec<Vec<String>> = s
            .participants
            .iter()
            .map(|p| {
                let walk = super::walk_in_suffix(p.walk_in, l);
                let mut row = vec![
                    format!("{}{}", escape(&p.name), escape(&walk)),
                    escape(&p.organisation),
                    format!("{}/{}", p.attended, p.sessions),
                    escape(&l.pct(p.rate)),
                    escape(&l.yes_no(p.eligible)),
                ];
                if left {
                    row.push(escape(&super::left_text(&p.left)));
                }
                row
            })
            .collect();
        let mut cols = vec![
            (tr("report-col-name"), false),
            (tr("report-col-organisation"), false),
            (tr("report-col-sessions"), true),
            (tr("report-col-rate"), true),
            (tr("report-col-certificate"), false),
        ];
        if left {
            cols.push((tr("report-col-left"), false));
        }
        b.push_str(&table(&cols, &rows));
    }
    b.push_str("</section>\n<section>\n");
    b.push_str(&heading(&tr("report-section-absentees")));
    if s.absentees.is_empty() {
        b.push_str(&note(&tr("report-none")));
    } else {
        let rows: Vec<Vec<String>> = s
            .absentees
            .iter()
            .map(|p| vec![escape(&p.name), escape(&p.email), escape(&p.organisation)])
            .collect();
        b.push_str(&table(
            &[
                (tr("report-col-name"), false),
                (tr("report-col-email"), false),
                (tr("report-col-organisation"), false),
            ],
            &rows,
        ));
    }
    let risk = super::at_risk_lines(s, l);
    if !risk.is_empty() {
        b.push_str(&heading(&tr("report-section-at-risk")));
        b.push_str("<ul>\n");
        for (label, names) in risk {
            let list: Vec<String> = names.iter().map(|n| escape(n)).collect();
            b.push_str(&format!(
                "<li>{}: {}</li>\n",
                escape(&label),
                list.join(", ")
            ));
        }
        b.push_str("</ul>\n");
    }
    b.push_str("</section>\n<section>\n");
    if !s.staff.is_empty() {
        b.push_str(&heading(&tr("report-section-staff")));
        let rows: Vec<Vec<String>> = s
            .staff
            .iter()
            .map(|x| {
                vec![
                    escape(&x.name),
                    escape(&l.role_word(&x.role)),
                    escape(&x.organisation),
                ]
            })
            .collect();
        b.push_str(&table(
            &[
                (tr("report-col-name"), false),
                (tr("report-col-role"), false),
                (tr("report-col-organisation"), false),
            ],
            &rows,
        ));
    }
    let followups = tr("report-section-followups");
    b.push_str(&heading(&followups));
    b.push_str(&table(
        &[(followups, false), (tr("report-col-count"), true)],
        &pairs(super::followup_rows(s, l)),
    ));
    if let Some(f) = opts.footnote(s.by_country.keys(), l) {
        b.push_str(&format!("<p class=\"footnote\">{}</p>\n", escape(&f)));
    }
    b.push_str("</section>\n");
    page(
        l.code(),
        &format!("{}: {}", s.event.code, s.event.title),
        &b,
    )
}

/// The cross-event report in the language chosen for this process (`--lang`).
pub fn report(r: &Report, opts: &Options) -> String {
    report_in(r, opts, &Lang::current())
}

/// The cross-event report in the language `l`.
pub fn report_in(r: &Report, opts: &Options, l: &Lang) -> String {
    let tr = |key: &str| l.tkey(key, &[]);
    let title = super::report_title(r, l);
    let mut b = format!("<section>\n<h1>{}</h1>\n", escape(&title));
    if r.events == 0 {
        b.push_str(&note(&tr("report-empty-no-events")));
    }
    b.push_str(&heading(&tr("report-section-key-figures")));
    b.push_str(&table(
        &[
            (tr("report-col-figure"), false),
            (tr("report-col-value"), true),
        ],
        &pairs(super::report_figures(r, l)),
    ));
    b.push_str(&heading(&tr("report-section-indicators")));
    b.push_str(&table(
        &[
            (tr("report-col-figure"), false),
            (tr("report-col-value"), true),
        ],
        &pairs(super::indicators(r, opts, l)),
    ));
    b.push_str(&heading(&tr("report-section-events-by-kind")));
    let rows: Vec<Vec<String>> = super::events_by_kind(r, l)
        .into_iter()
        .map(|(k, n)| vec![escape(&k), n.to_string()])
        .collect();
    b.push_str(&table(
        &[
            (tr("report-col-kind"), false),
            (tr("report-col-events"), true),
        ],
        &rows,
    ));
    b.push_str("</section>\n<section>\n");
    for x in super::report_breakdowns(r, opts, l) {
        b.push_str(&heading(&x.title));
        let rows: Vec<Vec<String>> = x
            .rows
            .iter()
            .map(|(k, n)| vec![escape(k), escape(&opts.cell(*n))])
            .collect();
        b.push_str(&table(&[(x.column, false), (x.counted, true)], &rows));
    }
    b.push_str("</section>\n<section>\n");
    b.push_str(&heading(&tr("report-section-events-by-rate")));
    let rows: Vec<Vec<String>> = r
        .events_by_rate
        .iter()
        .enumerate()
        .map(|(i, e)| {
            vec![
                (i + 1).to_string(),
                escape(&e.code),
                escape(&e.title),
                escape(&l.pct(e.average_rate)),
            ]
        })
        .collect();
    b.push_str(&table(
        &[
            ("#".to_string(), true),
            (tr("report-col-code"), false),
            (tr("report-col-title"), false),
            (tr("report-col-average-rate"), true),
        ],
        &rows,
    ));
    if let Some(f) = opts.footnote(r.by_country.keys(), l) {
        b.push_str(&format!("<p class=\"footnote\">{}</p>\n", escape(&f)));
    }
    b.push_str("</section>\n");
    page(l.code(), &title, &b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_quotes_and_ampersands() {
        assert_eq!(
            escape("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
        );
        assert_eq!(escape("\"Ana\" & Co"), "&quot;Ana&quot; &amp; Co");
        assert_eq!(escape("&amp;"), "&amp;amp;");
        assert_eq!(escape("a\u{202e}b"), "a\u{fffd}b");
        assert_eq!(escape("Đorđević"), "Đorđević");
    }
}
