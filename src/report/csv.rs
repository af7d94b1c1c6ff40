//! CSV of the summary and the report: one file holding one table per section, so a single
//! download opens in any spreadsheet. Each section is a row with its name alone, a header
//! row, the data rows, then a blank line. Numbers are plain (rates are percentages 0–100
//! with one decimal, no `%` sign), dates ISO 8601. Locale-free: the same bytes whatever
//! `--lang` is (English section and column names, `87.5`, `2026-03-02`), so scripts and
//! spreadsheets read every language's output alike.

use super::Options;
use crate::core::error::{Error, Result};
use crate::domain::summary::{Report, Summary};

/// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula; a quote in
/// front keeps text from data inert (the OWASP advice for CSV injection). Control and
/// direction-changing characters become visible placeholders: this CSV is often printed.
fn text(s: &str) -> String {
    let s = crate::text::sanitize(s);
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.into_owned()
    }
}

fn num(n: impl ToString) -> String {
    n.to_string()
}

/// A percentage with its one decimal always written (`50.0`, not `50`), as in JSON.
fn rate(v: f64) -> String {
    format!("{v:.1}")
}

fn flag(b: bool) -> String {
    if b { "true" } else { "false" }.to_string()
}

fn csv_error(e: impl std::fmt::Display) -> Error {
    Error::invalid(format!("cannot write CSV: {e}"))
}

/// One section: its name, its header and its rows, as the CSV writes them.
pub struct Table {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Builds the sectioned file, keeping the tables for the workbook (`report::xlsx`).
#[derive(Default)]
pub struct Sections {
    out: Vec<u8>,
    pub tables: Vec<Table>,
}

impl Sections {
    fn add(&mut self, name: &str, header: &[&str], rows: Vec<Vec<String>>) -> Result<()> {
        self.tables.push(Table {
            name: name.to_string(),
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: rows.clone(),
        });
        if !self.out.is_empty() {
            self.out.extend_from_slice(b"\n");
        }
        let mut w = ::csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(Vec::new());
        w.write_record([name]).map_err(csv_error)?;
        w.write_record(header).map_err(csv_error)?;
        for r in rows {
            w.write_record(&r).map_err(csv_error)?;
        }
        let bytes = w.into_inner().map_err(csv_error)?;
        self.out.extend_from_slice(&bytes);
        Ok(())
    }

    fn finish(self) -> Result<String> {
        String::from_utf8(self.out).map_err(csv_error)
    }
}

pub fn summary(s: &Summary, opts: &Options) -> Result<String> {
    summary_tables(s, opts)?.finish()
}

/// The sections of the summary, for the CSV and the workbook alike.
pub fn summary_tables(s: &Summary, opts: &Options) -> Result<Sections> {
    let mut out = Sections::default();
    let e = &s.event;
    out.add(
        "event",
        &["field", "value"],
        [
            ("code", &e.code),
            ("title", &e.title),
            ("kind", &e.kind),
            ("city", &e.city),
            ("country", &e.country),
            ("venue", &e.venue),
            ("start", &e.start),
            ("end", &e.end),
            ("project", &e.project),
            ("status", &e.status),
        ]
        .into_iter()
        .map(|(k, v)| vec![k.to_string(), text(v)])
        .chain(std::iter::once(vec![
            "threshold".to_string(),
            num(e.threshold),
        ]))
        .collect(),
    )?;
    out.add(
        "figures",
        &["figure", "value"],
        vec![
            vec!["registered".into(), num(s.registered)],
            vec!["attended_any".into(), num(s.attended_any)],
            vec!["certificate_eligible".into(), num(s.certificate_eligible)],
            vec!["person_days".into(), num(s.person_days)],
            vec!["person_hours".into(), rate(s.person_hours)],
            vec!["sessions".into(), num(s.sessions.len())],
            vec!["average_rate".into(), rate(s.average_rate)],
        ],
    )?;
    out.add(
        "sessions",
        &[
            "number",
            "date",
            "start",
            "end",
            "title",
            "present",
            "late",
            "left_early",
            "excused",
            "absent",
            "unmarked",
            "attended",
            "rate",
        ],
        s.sessions
            .iter()
            .map(|x| {
                vec![
                    num(x.number),
                    x.date.clone(),
                    x.start.clone(),
                    x.end.clone(),
                    text(&x.title),
                    num(x.present),
                    num(x.late),
                    num(x.left_early),
                    num(x.excused),
                    num(x.absent),
                    num(x.unmarked),
                    num(x.attended),
                    rate(x.rate),
                ]
            })
            .collect(),
    )?;
    for (name, col, map) in [
        ("by_gender", "gender", &s.by_gender),
        ("by_country", "country", &s.by_country),
        ("by_organisation", "organisation", &s.by_organisation),
    ] {
        out.add(
            name,
            &[col, "registered", "attended_any", "eligible"],
            map.iter()
                .map(|(k, b)| {
                    vec![
                        text(if name == "by_country" {
                            opts.country(k)
                        } else {
                            k
                        }),
                        opts.cell(b.registered),
                        opts.cell(b.attended_any),
                        opts.cell(b.eligible),
                    ]
                })
                .collect(),
        )?;
    }
    out.add(
        "participants",
        &[
            "name",
            "email",
            "organisation",
            "attended",
            "sessions",
            "rate",
            "eligible",
            "walk_in",
            "left",
            "hours",
        ],
        s.participants
            .iter()
            .map(|p| {
                vec![
                    text(&p.name),
                    text(&p.email),
                    text(&p.organisation),
                    num(p.attended),
                    num(p.sessions),
                    rate(p.rate),
                    flag(p.eligible),
                    flag(p.walk_in),
                    text(&super::left_text(&p.left)),
                    rate(p.hours),
                ]
            })
            .collect(),
    )?;
    out.add(
        "absentees",
        &["name", "email", "organisation"],
        s.absentees
            .iter()
            .map(|p| vec![text(&p.name), text(&p.email), text(&p.organisation)])
            .collect(),
    )?;
    out.add(
        "at_risk",
        &["name", "risk"],
        s.at_risk
            .cannot_reach
            .iter()
            .map(|n| vec![text(n), "cannot_reach".into()])
            .chain(
                s.at_risk
                    .one_more_miss
                    .iter()
                    .map(|n| vec![text(n), "one_more_miss".into()]),
            )
            .collect(),
    )?;
    out.add(
        "staff",
        &["name", "role", "organisation"],
        s.staff
            .iter()
            .map(|x| vec![text(&x.name), x.role.clone(), text(&x.organisation)])
            .collect(),
    )?;
    out.add(
        "followups",
        &["open", "done", "overdue"],
        vec![vec![
            num(s.followups.open),
            num(s.followups.done),
            num(s.followups.overdue),
        ]],
    )?;
    footnote(&mut out, opts, s.by_country.keys())?;
    Ok(out)
}

/// The EU's designation footnote as a section of its own (`notes`), when the options ask
/// for EU names and Kosovo is among the countries: the workbook carries it on a sheet.
fn footnote<'a>(
    out: &mut Sections,
    opts: &Options,
    countries: impl Iterator<Item = &'a String>,
) -> Result<()> {
    match opts.footnote(countries, &super::Lang::of("en")) {
        Some(note) => out.add("notes", &["note"], vec![vec![note]]),
        None => Ok(()),
    }
}

pub fn report(r: &Report, opts: &Options) -> Result<String> {
    report_tables(r, opts)?.finish()
}

/// The sections of the report, for the CSV and the workbook alike.
pub fn report_tables(r: &Report, opts: &Options) -> Result<Sections> {
    let mut out = Sections::default();
    out.add(
        "period",
        &["from", "to", "project"],
        vec![vec![
            r.from.clone(),
            r.to.clone(),
            text(r.project.as_deref().unwrap_or("")),
        ]],
    )?;
    out.add(
        "figures",
        &["figure", "value"],
        vec![
            vec!["events".into(), num(r.events)],
            vec!["unique_participants".into(), num(r.unique_participants)],
            vec!["unique_organisations".into(), num(r.unique_organisations)],
            vec![
                "returning_participants".into(),
                num(r.returning_participants),
            ],
            vec!["person_days".into(), num(r.person_days)],
            vec!["training_hours".into(), rate(r.training_hours)],
            vec!["person_hours".into(), rate(r.person_hours)],
            vec!["completed".into(), num(r.completed)],
        ],
    )?;
    let get = |m: &std::collections::BTreeMap<String, u64>, k: &str| m.get(k).copied().unwrap_or(0);
    let mut indicators = vec![vec![
        "people_trained".to_string(),
        String::new(),
        num(r.unique_participants),
    ]];
    for (g, n) in &r.by_gender {
        indicators.push(vec!["people_trained".into(), text(g), opts.cell(*n)]);
    }
    indicators.extend([
        vec![
            "people_trained_with_disability".into(),
            String::new(),
            opts.cell(get(&r.by_disability, "yes")),
        ],
        vec![
            "csos_trained".into(),
            String::new(),
            opts.cell(get(&r.organisations_by_kind, "cso")),
        ],
        vec!["person_days".into(), String::new(), num(r.person_days)],
        vec!["person_hours".into(), String::new(), rate(r.person_hours)],
        vec!["completed".into(), String::new(), num(r.completed)],
    ]);
    out.add("indicators", &["indicator", "sex", "value"], indicators)?;
    out.add(
        "events_by_kind",
        &["kind", "events"],
        r.events_by_kind
            .iter()
            .map(|(k, n)| vec![k.clone(), num(n)])
            .collect(),
    )?;
    // Age bands in age order, as the bands run, not in the order of their names.
    let by_age_band: Vec<(String, u64)> = r
        .age_bands
        .iter()
        .filter_map(|b| r.by_age_band.get(b).map(|n| (b.clone(), *n)))
        .collect();
    let in_order = |m: &std::collections::BTreeMap<String, u64>| -> Vec<(String, u64)> {
        m.iter().map(|(k, n)| (k.clone(), *n)).collect()
    };
    for (name, col, counted, rows) in [
        (
            "by_gender",
            "gender",
            "participants",
            in_order(&r.by_gender),
        ),
        (
            "by_country",
            "country",
            "participants",
            in_order(&r.by_country),
        ),
        (
            "by_disability",
            "disability",
            "participants",
            in_order(&r.by_disability),
        ),
        ("by_age_band", "age_band", "participants", by_age_band),
        ("by_mode", "mode", "participants", in_order(&r.by_mode)),
        (
            "organisations_by_kind",
            "kind",
            "organisations",
            in_order(&r.organisations_by_kind),
        ),
    ] {
        let rows = rows
            .iter()
            .map(|(k, n)| {
                let k = if name == "by_country" {
                    opts.country(k)
                } else {
                    k
                };
                vec![text(k), opts.cell(*n)]
            })
            .collect();
        out.add(name, &[col, counted], rows)?;
    }
    out.add(
        "events_by_rate",
        &["rank", "code", "title", "average_rate"],
        r.events_by_rate
            .iter()
            .enumerate()
            .map(|(i, e)| {
                vec![
                    num(i + 1),
                    text(&e.code),
                    text(&e.title),
                    rate(e.average_rate),
                ]
            })
            .collect(),
    )?;
    footnote(&mut out, opts, r.by_country.keys())?;
    Ok(out)
}

/// Certificate-eligible participants for a mail merge: one header row, one row each.
pub fn certificates(s: &Summary) -> Result<String> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record(["name", "email", "organisation", "sessions_attended"])
        .map_err(csv_error)?;
    for p in s.participants.iter().filter(|p| p.eligible) {
        w.write_record([
            text(&p.name),
            text(&p.email),
            text(&p.organisation),
            num(p.attended),
        ])
        .map_err(csv_error)?;
    }
    let bytes = w.into_inner().map_err(csv_error)?;
    String::from_utf8(bytes).map_err(csv_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_from_data_stay_text() {
        assert_eq!(text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(text("@sum"), "'@sum");
        assert_eq!(text("Ana Çela"), "Ana Çela");
    }

    #[test]
    fn sections_are_separated_by_one_blank_line() -> Result<()> {
        let mut s = Sections::default();
        s.add("a", &["x", "y"], vec![vec!["1".into(), "2".into()]])?;
        s.add("b", &["z"], vec![])?;
        assert_eq!(s.finish()?, "a\nx,y\n1,2\n\nb\nz\n");
        Ok(())
    }
}
