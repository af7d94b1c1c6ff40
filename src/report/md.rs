//! Markdown of the summary and the report: GFM tables that render on a code-forge page and,
//! padded by display width, read as aligned plain text too.

use super::{NAME_COLS, Options, pct};
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
    pub fn new(cols: &[(&str, bool)]) -> Self {
        Table {
            headers: cols.iter().map(|(h, _)| escape(h)).collect(),
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

pub fn summary(s: &Summary, opts: &Options) -> String {
    let mut out = format!(
        "# {}: {}\n\n",
        escape(&s.event.code),
        escape(&fit(&s.event.title, 80))
    );
    let mut t = Table::new(&[("Event", false), ("", false)]);
    for (k, v) in super::event_fields(s) {
        t.row(vec![escape(k), name(&v)]);
    }
    out.push_str(&t.render());
    if let Some(note) = super::empty_note(s) {
        out.push_str(&format!("\n{note}\n"));
    }

    section(&mut out, "Key figures");
    pairs(&mut out, ("Figure", "Value"), super::key_figures(s));

    section(&mut out, "Sessions");
    if s.sessions.is_empty() {
        out.push_str("No sessions yet.\n");
    } else {
        let mut t = Table::new(&[
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
        ]);
        for x in &s.sessions {
            t.row(vec![
                x.number.to_string(),
                x.date.clone(),
                format!("{}–{}", x.start, x.end),
                name(&x.title),
                x.present.to_string(),
                x.late.to_string(),
                x.left_early.to_string(),
                x.excused.to_string(),
                x.absent.to_string(),
                x.unmarked.to_string(),
                x.attended.to_string(),
                pct(x.rate),
            ]);
        }
        out.push_str(&t.render());
    }

    for (title, col, map) in super::breakdowns(s) {
        section(&mut out, title);
        if map.is_empty() {
            out.push_str("No registered participants yet.\n");
            continue;
        }
        let mut t = Table::new(&[
            (col, false),
            ("Registered", true),
            ("Attended", true),
            ("Eligible", true),
        ]);
        for (k, b) in map {
            t.row(vec![
                name(k),
                opts.cell(b.registered),
                opts.cell(b.attended_any),
                opts.cell(b.eligible),
            ]);
        }
        out.push_str(&t.render());
    }

    section(&mut out, "Participants");
    if s.participants.is_empty() {
        out.push_str("No registered participants yet.\n");
    } else {
        let mut t = Table::new(&[
            ("Name", false),
            ("Organisation", false),
            ("Sessions", true),
            ("Rate", true),
            ("Eligible", false),
        ]);
        for p in &s.participants {
            let who = if p.walk_in {
                format!("{} (walk-in)", fit(&p.name, NAME_COLS - 10))
            } else {
                fit(&p.name, NAME_COLS)
            };
            t.row(vec![
                escape(&who),
                name(&p.organisation),
                format!("{}/{}", p.attended, p.sessions),
                pct(p.rate),
                if p.eligible { "yes" } else { "no" }.to_string(),
            ]);
        }
        out.push_str(&t.render());
    }

    section(&mut out, "Absentees (registered, never came)");
    if s.absentees.is_empty() {
        out.push_str("None.\n");
    } else {
        let mut t = Table::new(&[("Name", false), ("Email", false), ("Organisation", false)]);
        for p in &s.absentees {
            t.row(vec![name(&p.name), name(&p.email), name(&p.organisation)]);
        }
        out.push_str(&t.render());
    }

    if !s.at_risk.cannot_reach.is_empty() || !s.at_risk.one_more_miss.is_empty() {
        section(&mut out, "At risk of no certificate");
        if !s.at_risk.cannot_reach.is_empty() {
            out.push_str(&format!(
                "- Can no longer reach the threshold: {}\n",
                names_line(&s.at_risk.cannot_reach)
            ));
        }
        if !s.at_risk.one_more_miss.is_empty() {
            out.push_str(&format!(
                "- Will miss it if they miss one more session: {}\n",
                names_line(&s.at_risk.one_more_miss)
            ));
        }
    }

    if !s.staff.is_empty() {
        section(&mut out, "Trainers and staff (not counted in rates)");
        let mut t = Table::new(&[("Name", false), ("Role", false), ("Organisation", false)]);
        for x in &s.staff {
            t.row(vec![name(&x.name), escape(&x.role), name(&x.organisation)]);
        }
        out.push_str(&t.render());
    }

    section(&mut out, "Follow-ups");
    pairs(
        &mut out,
        ("Follow-ups", "Count"),
        vec![
            ("Open".into(), s.followups.open.to_string()),
            ("Done".into(), s.followups.done.to_string()),
            ("Overdue".into(), s.followups.overdue.to_string()),
        ],
    );
    out
}

pub fn report(r: &Report, opts: &Options) -> String {
    let mut out = format!("# {}\n", escape(&super::report_title(r)));
    if r.events == 0 {
        out.push_str("\nNo events in this period.\n");
    }
    section(&mut out, "Key figures");
    pairs(
        &mut out,
        ("Figure", "Value"),
        super::report_figures(r)
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    );

    section(&mut out, "Events by kind");
    let mut t = Table::new(&[("Kind", false), ("Events", true)]);
    for (k, n) in &r.events_by_kind {
        t.row(vec![escape(k), n.to_string()]);
    }
    out.push_str(&t.render());

    for (title, col, map) in [
        ("Participants by gender", "Gender", &r.by_gender),
        ("Participants by country", "Country", &r.by_country),
    ] {
        section(&mut out, title);
        let mut t = Table::new(&[(col, false), ("Participants", true)]);
        for (k, n) in map {
            t.row(vec![name(k), opts.cell(*n)]);
        }
        out.push_str(&t.render());
    }

    section(&mut out, "Events by attendance rate");
    let mut t = Table::new(&[
        ("#", true),
        ("Code", false),
        ("Title", false),
        ("Average rate", true),
    ]);
    for (i, e) in r.events_by_rate.iter().enumerate() {
        t.row(vec![
            (i + 1).to_string(),
            name(&e.code),
            name(&e.title),
            pct(e.average_rate),
        ]);
    }
    out.push_str(&t.render());
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
