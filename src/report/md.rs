//! Markdown of the summary and the report: GFM tables that render on a code-forge page and,
//! padded by display width, read as aligned plain text too.

use super::{Lang, NAME_COLS, Options};
use crate::domain::summary::{Report, Summary};
use crate::text::{fit, width};

/// Escapes what GFM would read as markup or as a cell border; text is sanitised first so
/// control characters and direction overrides cannot reach the reader.
pub fn escape(s: &str) -> String {
    let s = crate::text::sanitize(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '|' | '`' | '*' | '<' | '>' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Fits free text to [`NAME_COLS`] and escapes it, for a table cell.
fn name(s: &str) -> String {
    escape(&fit(s, NAME_COLS))
}

/// A GFM table whose columns are padded to the same display width, so it lines up as plain
/// text whatever the scripts in it (wide, combining or right-to-left characters).
pub struct Table {
    headers: Vec<String>,
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// `cols` are (header, right-aligned).
    pub fn new<S: AsRef<str>>(cols: &[(S, bool)]) -> Self {
        Table {
            headers: cols.iter().map(|(h, _)| escape(h.as_ref())).collect(),
            right: cols.iter().map(|(_, r)| *r).collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row of cells already escaped (use [`escape`] or the helpers here).
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn render(&self) -> String {
        let n = self.headers.len();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| width(h).max(3)).collect();
        for r in &self.rows {
            for (i, c) in r.iter().enumerate().take(n) {
                widths[i] = widths[i].max(width(c));
            }
        }
        let line = |cells: &[String]| {
            let mut s = String::from("|");
            for (i, (w, right)) in widths.iter().zip(&self.right).enumerate() {
                let c = cells.get(i).map_or("", String::as_str);
                let gap = " ".repeat(w.saturating_sub(width(c)));
                if *right {
                    s.push_str(&format!(" {gap}{c} |"));
                } else {
                    s.push_str(&format!(" {c}{gap} |"));
                }
            }
            s.push('\n');
            s
        };
        let mut out = line(&self.headers);
        out.push('|');
        for (w, right) in widths.iter().zip(&self.right) {
            if *right {
                out.push_str(&format!(" {}: |", "-".repeat(w - 1)));
            } else {
                out.push_str(&format!(" {} |", "-".repeat(*w)));
            }
        }
        out.push('\n');
        for r in &self.rows {
            out.push_str(&line(r));
        }
        out
    }
}

fn section(out: &mut String, title: &str) {
    out.push_str(&format!("\n## {title}\n\n"));
}

fn pairs(out: &mut String, head: (&str, &str), rows: Vec<(String, String)>) {
    let mut t = Table::new(&[(head.0, false), (head.1, true)]);
    for (k, v) in rows {
        t.row(vec![escape(&k), escape(&v)]);
    }
    out.push_str(&t.render());
}

fn names_line(names: &[String]) -> String {
    names.iter().map(|n| name(n)).collect::<Vec<_>>().join(", ")
}

/// The summary of one event in the language chosen for this process (`--lang`).
pub fn summary(s: &Summary, opts: &Options) -> String {
    summary_in(s, opts, &Lang::current())
}

/// The summary of one event in the language `l`.
pub fn summary_in(s: &Summary, opts: &Options, l: &Lang) -> String {
    let tr = |key: &str| l.tkey(key, &[]);
    let mut out = format!(
        "# {}: {}\n\n",
        escape(&s.event.code),
        escape(&fit(&s.event.title, 80))
    );
    let mut t = Table::new(&[(tr("report-section-event"), false), (String::new(), false)]);
    for (k, v) in super::event_fields(s, l) {
        t.row(vec![escape(&k), name(&v)]);
    }
    out.push_str(&t.render());
    if let Some(note) = super::empty_note_in(s, l) {
        out.push_str(&format!("\n{note}\n"));
    }

    section(&mut out, &tr("report-section-key-figures"));
    pairs(
        &mut out,
        (&tr("report-col-figure"), &tr("report-col-value")),
        super::key_figures(s, l),
    );

    section(&mut out, &tr("report-section-sessions"));
    if s.sessions.is_empty() {
        out.push_str(&format!("{}\n", tr("report-empty-no-sessions")));
    } else {
        let mut t = Table::new(&super::session_columns(l));
        for x in &s.sessions {
            // Times and rates hold nothing GFM reads as markup: escaping leaves them as they are.
            t.row(super::session_cells(x, l, escape, name));
        }
        out.push_str(&t.render());
    }

    for b in super::breakdowns(s, l) {
        section(&mut out, &b.title);
        if b.map.is_empty() {
            out.push_str(&format!("{}\n", tr("report-empty-no-participants")));
            continue;
        }
        let mut cols = vec![(b.column.clone(), false)];
        cols.extend(super::breakdown_columns(l));
        let mut t = Table::new(&cols);
        for (k, x) in b.map {
            let k = if b.countries { opts.country(k) } else { k };
            t.row(vec![
                name(&b.key(k, l)),
                opts.cell(x.registered),
                opts.cell(x.attended_any),
                opts.cell(x.eligible),
            ]);
        }
        out.push_str(&t.render());
    }

    section(&mut out, &tr("report-section-participants"));
    if s.participants.is_empty() {
        out.push_str(&format!("{}\n", tr("report-empty-no-participants")));
    } else {
        let left = super::any_left(s);
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
        let mut t = Table::new(&cols);
        for p in &s.participants {
            let suffix = super::walk_in_suffix(p.walk_in, l);
            let who = format!(
                "{}{suffix}",
                fit(&p.name, NAME_COLS.saturating_sub(width(&suffix)).max(20))
            );
            let mut row = vec![
                escape(&who),
                name(&p.organisation),
                format!("{}/{}", p.attended, p.sessions),
                l.pct(p.rate),
                l.yes_no(p.eligible),
            ];
            if left {
                row.push(super::left_text(&p.left));
            }
            t.row(row);
        }
        out.push_str(&t.render());
    }

    section(&mut out, &tr("report-section-absentees"));
    if s.absentees.is_empty() {
        out.push_str(&format!("{}\n", tr("report-none")));
    } else {
        let mut t = Table::new(&[
            (tr("report-col-name"), false),
            (tr("report-col-email"), false),
            (tr("report-col-organisation"), false),
        ]);
        for p in &s.absentees {
            t.row(vec![name(&p.name), name(&p.email), name(&p.organisation)]);
        }
        out.push_str(&t.render());
    }

    let risk = super::at_risk_lines(s, l);
    if !risk.is_empty() {
        section(&mut out, &tr("report-section-at-risk"));
        for (label, names) in risk {
            out.push_str(&format!("- {}: {}\n", escape(&label), names_line(names)));
        }
    }

    if !s.staff.is_empty() {
        section(&mut out, &tr("report-section-staff"));
        let mut t = Table::new(&[
            (tr("report-col-name"), false),
            (tr("report-col-role"), false),
            (tr("report-col-organisation"), false),
        ]);
        for x in &s.staff {
            t.row(vec![
                name(&x.name),
                escape(&l.role_word(&x.role)),
                name(&x.organisation),
            ]);
        }
        out.push_str(&t.render());
    }

    let followups = tr("report-section-followups");
    section(&mut out, &followups);
    pairs(
        &mut out,
        (&followups, &tr("report-col-count")),
        super::followup_rows(s, l),
    );
    if let Some(note) = opts.footnote(s.by_country.keys(), l) {
        out.push_str(&format!("\n{}\n", escape(&note)));
    }
    out
}

/// The cross-event report in the language chosen for this process (`--lang`).
pub fn report(r: &Report, opts: &Options) -> String {
    report_in(r, opts, &Lang::current())
}

/// The cross-event report in the language `l`.
pub fn report_in(r: &Report, opts: &Options, l: &Lang) -> String {
    let tr = |key: &str| l.tkey(key, &[]);
    let mut out = format!("# {}\n", escape(&super::report_title(r, l)));
    if r.events == 0 {
        out.push_str(&format!("\n{}\n", tr("report-empty-no-events")));
    }
    section(&mut out, &tr("report-section-key-figures"));
    pairs(
        &mut out,
        (&tr("report-col-figure"), &tr("report-col-value")),
        super::report_figures(r, l),
    );

    section(&mut out, &tr("report-section-indicators"));
    let mut t = Table::new(&[
        (tr("report-col-figure"), false),
        (tr("report-col-value"), true),
    ]);
    // The values are figures and `<N` cells, as in the breakdowns: not escaped.
    for (k, v) in super::indicators(r, opts, l) {
        t.row(vec![escape(&k), v]);
    }
    out.push_str(&t.render());

    section(&mut out, &tr("report-section-events-by-kind"));
    let mut t = Table::new(&[
        (tr("report-col-kind"), false),
        (tr("report-col-events"), true),
    ]);
    for (k, n) in super::events_by_kind(r, l) {
        t.row(vec![escape(&k), n.to_string()]);
    }
    out.push_str(&t.render());

    for b in super::report_breakdowns(r, opts, l) {
        section(&mut out, &b.title);
        let mut t = Table::new(&[(b.column, false), (b.counted, true)]);
        for (k, n) in &b.rows {
            t.row(vec![name(k), opts.cell(*n)]);
        }
        out.push_str(&t.render());
    }

    section(&mut out, &tr("report-section-events-by-rate"));
    let mut t = Table::new(&[
        ("#".to_string(), true),
        (tr("report-col-code"), false),
        (tr("report-col-title"), false),
        (tr("report-col-average-rate"), true),
    ]);
    for (i, e) in r.events_by_rate.iter().enumerate() {
        t.row(vec![
            (i + 1).to_string(),
            name(&e.code),
            name(&e.title),
            l.pct(e.average_rate),
        ]);
    }
    out.push_str(&t.render());
    if let Some(note) = opts.footnote(r.by_country.keys(), l) {
        out.push_str(&format!("\n{}\n", escape(&note)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_cell_borders_and_markup() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("<b>*x*</b>"), "\\<b\\>\\*x\\*\\</b\\>");
        assert_eq!(escape("line\nbreak"), "line\u{240a}break");
    }

    #[test]
    fn columns_align_by_display_width() {
        let mut t = Table::new(&[("Name", false), ("N", true)]);
        t.row(vec![escape("Şahin"), "1".into()]);
        t.row(vec![escape("محمد علي"), "12".into()]);
        t.row(vec![escape("王小明"), "3".into()]);
        t.row(vec![name(&"Петровић ".repeat(10)), "4".into()]);
        let s = t.render();
        let widths: Vec<usize> = s.lines().map(width).collect();
        assert!(widths.iter().all(|w| *w == widths[0]), "{s}");
        assert!(s.contains('…'), "long names are cut: {s}");
        assert!(s.lines().nth(1).is_some_and(|l| l.ends_with("--: |")));
    }
}
