//! HTML of the summary and the report: one self-contained file (inline CSS and SVG, no
//! scripts, nothing fetched) that prints on A4 with a page break between sections and table
//! headers repeated on every page.

use super::{Options, pct};
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
thead { display: table-header-group; }
tr, svg { break-inside: avoid; page-break-inside: avoid; }
section + section { break-before: page; page-break-before: always; }
.note { font-style: italic; }
svg { display: block; margin: 2mm 0 4mm; }
svg text { font-family: inherit; font-size: 9px; fill: #111; }
svg .bar { fill: #3b7a57; }
svg .axis { stroke: #111; stroke-width: 0.5; }
@media print { body { max-width: none; } }
";

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title)
    )
}

/// A table: `cols` are (header, numeric); `rows` hold already escaped cells.
fn table(cols: &[(&str, bool)], rows: &[Vec<String>]) -> String {
    let mut s = String::from("<table>\n<thead><tr>");
    for (h, n) in cols {
        let class = if *n { " class=\"n\"" } else { "" };
        s.push_str(&format!("<th{class}>{}</th>", escape(h)));
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

/// Attendance per session as an inline SVG bar chart (rate 0–100 %).
fn chart(sessions: &[SessionFigures]) -> String {
    const BAR: usize = 28;
    const STEP: usize = 40;
    const TOP: usize = 16;
    const H: usize = 120;
    let w = (40 + sessions.len() * STEP).max(200);
    let base = TOP + H;
    let mut s = format!(
        "<svg width=\"{w}\" height=\"{}\" viewBox=\"0 0 {w} {}\" role=\"img\" aria-label=\"Attendance rate per session\">\n\
         <title>Attendance rate per session</title>\n",
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
        s.push_str(&format!(
            "<rect class=\"bar\" x=\"{left}\" y=\"{}\" width=\"{BAR}\" height=\"{h}\"><title>Session {} ({}): {} of the registered</title></rect>\n\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\">#{}</text>\n",
            base - h,
            x.number,
            escape(&x.date),
            pct(x.rate),
            left + BAR / 2,
            (base - h).saturating_sub(3).max(9),
            pct(x.rate),
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

pub fn summary(s: &Summary, opts: &Options) -> String {
    let mut b = String::new();
    b.push_str("<section>\n");
    b.push_str(&format!(
        "<h1 dir=\"auto\">{}: {}</h1>\n",
        escape(&s.event.code),
        escape(&s.event.title)
    ));
    b.push_str(&table(
        &[("Event", false), ("", false)],
        &pairs(
            super::event_fields(s)
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        ),
    ));
    if let Some(n) = super::empty_note(s) {
        b.push_str(&note(n));
    }
    b.push_str("<h2>Key figures</h2>\n");
    b.push_str(&table(
        &[("Figure", false), ("Value", true)],
        &pairs(super::key_figures(s)),
    ));
    b.push_str("<h2>Attendance per session</h2>\n");
    if s.sessions.is_empty() {
        b.push_str(&note("No sessions yet."));
    } else {
        b.push_str(&chart(&s.sessions));
    }
    b.push_str("</section>\n<section>\n<h2>Sessions</h2>\n");
    if s.sessions.is_empty() {
        b.push_str(&note("No sessions yet."));
    } else {
        let rows: Vec<Vec<String>> = s
            .sessions
            .iter()
            .map(|x| {
                vec![
                    x.number.to_string(),
                    escape(&x.date),
                    format!("{}–{}", escape(&x.start), escape(&x.end)),
                    escape(&x.title),
                    x.present.to_string(),
                    x.late.to_string(),
                    x.left_early.to_string(),
                    x.excused.to_string(),
                    x.absent.to_string(),
                    x.unmarked.to_string(),
                    x.attended.to_string(),
                    pct(x.rate),
                ]
            })
            .collect();
        b.push_str(&table(
            &[
                ("#", true),
                ("Date", false),
                ("Time", false),
                ("Title", false),
                ("Present", true),
                ("Late", true),
                ("Left early", true),
                ("Excused", true),
                ("Absent", true),
                ("Unmarked", true),
                ("Attended", true),
                ("Rate", true),
            ],
            &rows,
        ));
    }
    b.push_str("</section>\n<section>\n");
    for (title, col, map) in super::breakdowns(s) {
        b.push_str(&format!("<h2>{}</h2>\n", escape(title)));
        if map.is_empty() {
            b.push_str(&note("No registered participants yet."));
            continue;
        }
        let rows: Vec<Vec<String>> = map
            .iter()
            .map(|(k, x)| {
                vec![
                    escape(k),
                    opts.cell(x.registered),
                    opts.cell(x.attended_any),
                    opts.cell(x.eligible),
                ]
                .into_iter()
                .enumerate()
                .map(|(i, c)| if i == 0 { c } else { escape(&c) })
                .collect()
            })
            .collect();
        b.push_str(&table(
            &[
                (col, false),
                ("Registered", true),
                ("Attended", true),
                ("Eligible", true),
            ],
            &rows,
        ));
    }
    b.push_str("</section>\n<section>\n<h2>Participants</h2>\n");
    if s.participants.is_empty() {
        b.push_str(&note("No registered participants yet."));
    } else {
        let rows: Vec<Vec<String>> = s
            .participants
            .iter()
            .map(|p| {
                let walk = if p.walk_in { " (walk-in)" } else { "" };
                vec![
                    format!("{}{walk}", escape(&p.name)),
                    escape(&p.organisation),
                    format!("{}/{}", p.attended, p.sessions),
                    pct(p.rate),
                    if p.eligible { "yes" } else { "no" }.to_string(),
                ]
            })
            .collect();
        b.push_str(&table(
            &[
                ("Name", false),
                ("Organisation", false),
                ("Sessions", true),
                ("Rate", true),
                ("Eligible", false),
            ],
            &rows,
        ));
    }
    b.push_str("</section>\n<section>\n<h2>Absentees (registered, never came)</h2>\n");
    if s.absentees.is_empty() {
        b.push_str(&note("None."));
    } else {
        let rows: Vec<Vec<String>> = s
            .absentees
            .iter()
            .map(|p| vec![escape(&p.name), escape(&p.email), escape(&p.organisation)])
            .collect();
        b.push_str(&table(
            &[("Name", false), ("Email", false), ("Organisation", false)],
            &rows,
        ));
    }
    if !s.at_risk.cannot_reach.is_empty() || !s.at_risk.one_more_miss.is_empty() {
        b.push_str("<h2>At risk of no certificate</h2>\n<ul>\n");
        for (label, names) in [
            ("Can no longer reach the threshold", &s.at_risk.cannot_reach),
            (
                "Will miss it if they miss one more session",
                &s.at_risk.one_more_miss,
            ),
        ] {
            if !names.is_empty() {
                let list: Vec<String> = names.iter().map(|n| escape(n)).collect();
                b.push_str(&format!("<li>{label}: {}</li>\n", list.join(", ")));
            }
        }
        b.push_str("</ul>\n");
    }
    b.push_str("</section>\n<section>\n");
    if !s.staff.is_empty() {
        b.push_str("<h2>Trainers and staff (not counted in rates)</h2>\n");
        let rows: Vec<Vec<String>> = s
            .staff
            .iter()
            .map(|x| vec![escape(&x.name), escape(&x.role), escape(&x.organisation)])
            .collect();
        b.push_str(&table(
            &[("Name", false), ("Role", false), ("Organisation", false)],
            &rows,
        ));
    }
    b.push_str("<h2>Follow-ups</h2>\n");
    b.push_str(&table(
        &[("Follow-ups", false), ("Count", true)],
        &pairs(vec![
            ("Open".into(), s.followups.open.to_string()),
            ("Done".into(), s.followups.done.to_string()),
            ("Overdue".into(), s.followups.overdue.to_string()),
        ]),
    ));
    b.push_str("</section>\n");
    page(&format!("{}: {}", s.event.code, s.event.title), &b)
}

pub fn report(r: &Report, opts: &Options) -> String {
    let title = super::report_title(r);
    let mut b = format!("<section>\n<h1>{}</h1>\n", escape(&title));
    if r.events == 0 {
        b.push_str(&note("No events in this period."));
    }
    b.push_str("<h2>Key figures</h2>\n");
    b.push_str(&table(
        &[("Figure", false), ("Value", true)],
        &pairs(
            super::report_figures(r)
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        ),
    ));
    b.push_str("<h2>Events by kind</h2>\n");
    let rows: Vec<Vec<String>> = r
        .events_by_kind
        .iter()
        .map(|(k, n)| vec![escape(k), n.to_string()])
        .collect();
    b.push_str(&table(&[("Kind", false), ("Events", true)], &rows));
    b.push_str("</section>\n<section>\n");
    for (h, col, map) in [
        ("Participants by gender", "Gender", &r.by_gender),
        ("Participants by country", "Country", &r.by_country),
    ] {
        b.push_str(&format!("<h2>{}</h2>\n", escape(h)));
        let rows: Vec<Vec<String>> = map
            .iter()
            .map(|(k, n)| vec![escape(k), escape(&opts.cell(*n))])
            .collect();
        b.push_str(&table(&[(col, false), ("Participants", true)], &rows));
    }
    b.push_str("</section>\n<section>\n<h2>Events by attendance rate</h2>\n");
    let rows: Vec<Vec<String>> = r
        .events_by_rate
        .iter()
        .enumerate()
        .map(|(i, e)| {
            vec![
                (i + 1).to_string(),
                escape(&e.code),
                escape(&e.title),
                pct(e.average_rate),
            ]
        })
        .collect();
    b.push_str(&table(
        &[
            ("#", true),
            ("Code", false),
            ("Title", false),
            ("Average rate", true),
        ],
        &rows,
    ));
    b.push_str("</section>\n");
    page(&title, &b)
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
