//! Renderers of the event summary and the cross-event report (Markdown, CSV, JSON, HTML,
//! and the CSV's sections as a workbook),
//! the small-cell privacy rule they share, and the private atomic file write they go through.

pub mod badges;
pub mod certificates;
pub mod csv;
pub mod html;
pub mod json;
pub mod md;
pub mod words;
pub mod xlsx;

use crate::core::error::{Error, Result};
use crate::domain::summary::{Report, SessionFigures, Summary};
use fluent_bundle::FluentValue;
pub use words::Lang;

/// The output formats of `summary` and `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Md,
    Csv,
    Json,
    Html,
    /// A workbook: bytes for a file, not text for a terminal.
    Xlsx,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Html,
        Format::Xlsx,
        Format::Md,
        Format::Csv,
        Format::Json,
    ];

    /// The file extension, also the word shown in the UI.
    pub fn ext(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Html => "html",
            Format::Xlsx => "xlsx",
        }
    }
}

/// How the human formats present figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Breakdown counts below this (and above 0) show as `<N`, so small groups cannot be
    /// singled out in a published report. JSON keeps exact counts.
    pub min_cell: Option<u64>,
    /// Country names as EU documents write them (`country_names = "eu"` in the config):
    /// `Kosovo*`, with the EU's designation footnote. JSON keeps `Kosovo`.
    pub eu_names: bool,
}

/// The name Kosovo is counted under, and the EU's way of writing it.
const KOSOVO: &str = "Kosovo";
const KOSOVO_EU: &str = "Kosovo*";

impl Options {
    /// The options of `min_cell` with the country names the config files ask for.
    pub fn from_config(min_cell: Option<u64>) -> Self {
        let names = crate::config::Config::load().0.country_names;
        Options {
            min_cell,
            eu_names: names.is_some_and(|n| n.trim().eq_ignore_ascii_case("eu")),
        }
    }

    /// A country of a breakdown as the reader sees it: `Kosovo*` under EU naming.
    pub fn country<'a>(&self, name: &'a str) -> &'a str {
        if self.eu_names && name == KOSOVO {
            KOSOVO_EU
        } else {
            name
        }
    }

    /// The EU's designation footnote, when EU naming is on and Kosovo is among `countries`.
    pub fn footnote<'a>(
        &self,
        mut countries: impl Iterator<Item = &'a String>,
        l: &Lang,
    ) -> Option<String> {
        (self.eu_names && countries.any(|c| c == KOSOVO))
            .then(|| l.tkey("report-kosovo-footnote", &[]))
    }

    /// A breakdown count as the human formats print it.
    pub fn cell(&self, n: u64) -> String {
        match self.min_cell {
            Some(min) if n > 0 && n < min => format!("<{min}"),
            _ => n.to_string(),
        }
    }
}

/// A percentage as the locale-free formats and the English text print it: one decimal and
/// a sign (`87.5%`). The value is already rounded half-up by `domain::summary::pct`, so this
/// only formats. The human formats use [`Lang::pct`] (`87,5%` in Albanian).
pub fn pct(v: f64) -> String {
    format!("{v:.1}%")
}

/// The certificate threshold (a fraction) as a percentage.
pub fn threshold(t: f64) -> String {
    pct((t * 1000.0).round() / 10.0)
}

/// The widest a name, title or organisation is printed in the text formats (Markdown,
/// terminal), so one long name cannot push a table off the screen; HTML, CSV and JSON keep
/// every character.
pub const NAME_COLS: usize = 32;

/// The event header as (label, value) pairs, shared by the human formats.
pub(crate) fn event_fields(s: &Summary, l: &Lang) -> Vec<(String, String)> {
    let e = &s.event;
    let dates = if e.start == e.end {
        l.date(&e.start)
    } else {
        l.tkey(
            "report-dates-range",
            &[
                ("start", l.date(&e.start).into()),
                ("end", l.date(&e.end).into()),
            ],
        )
    };
    let place = [e.city.as_str(), e.country.as_str()]
        .into_iter()
        .filter(|x| !x.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let mut out = vec![
        (l.tkey("report-field-code", &[]), e.code.clone()),
        (l.tkey("report-field-kind", &[]), l.event_kind_word(&e.kind)),
    ];
    out.push((l.tkey("report-field-dates", &[]), dates));
    if !place.is_empty() {
        out.push((l.tkey("report-field-place", &[]), place));
    }
    if !e.venue.trim().is_empty() {
        out.push((l.tkey("report-field-venue", &[]), e.venue.clone()));
    }
    if !e.project.trim().is_empty() {
        out.push((l.tkey("report-field-project", &[]), e.project.clone()));
    }
    out.push((
        l.tkey("report-field-status", &[]),
        l.event_status_word(&e.status),
    ));
    out.push((
        l.tkey("report-field-threshold", &[]),
        l.threshold(e.threshold),
    ));
    out
}

/// The key figures as (label, value) pairs, shared by the human formats.
pub(crate) fn key_figures(s: &Summary, l: &Lang) -> Vec<(String, String)> {
    vec![
        (
            l.tkey("report-fig-registered", &[]),
            s.registered.to_string(),
        ),
        (
            l.tkey("report-fig-attended-any", &[]),
            s.attended_any.to_string(),
        ),
        (
            l.tkey(
                "report-fig-eligible",
                &[("threshold", l.threshold(s.event.threshold).into())],
            ),
            s.certificate_eligible.to_string(),
        ),
        (
            l.tkey("report-fig-person-days", &[]),
            s.person_days.to_string(),
        ),
        (
            l.tkey("report-fig-person-hours", &[]),
            l.locale.decimal1(s.person_hours),
        ),
        (
            l.tkey("report-fig-sessions", &[]),
            s.sessions.len().to_string(),
        ),
        (
            l.tkey("report-fig-average-rate", &[]),
            l.pct(s.average_rate),
        ),
    ]
}

/// Why a section is empty, in English words, or `None` when it has rows (the terminal
/// view's line; the documents use [`empty_note_in`]).
pub fn empty_note(s: &Summary) -> Option<&'static str> {
    match (s.sessions.is_empty(), s.registered == 0) {
        (true, true) => Some("No sessions and no registered participants yet."),
        (true, false) => Some("No sessions yet."),
        (false, true) => Some("No registered participants yet."),
        (false, false) => None,
    }
}

/// Why a section is empty, in the given language, or `None` when it has rows.
pub fn empty_note_in(s: &Summary, l: &Lang) -> Option<String> {
    match (s.sessions.is_empty(), s.registered == 0) {
        (true, true) => Some(l.tkey("report-empty-no-sessions-no-participants", &[])),
        (true, false) => Some(l.tkey("report-empty-no-sessions", &[])),
        (false, true) => Some(l.tkey("report-empty-no-participants", &[])),
        (false, false) => None,
    }
}

/// A breakdown of the summary: its title, the header of its first column, its rows, and
/// whether its keys are gender words (translated) rather than entered text.
pub(crate) struct BreakdownSection<'a> {
    pub title: String,
    pub column: String,
    pub map: &'a std::collections::BTreeMap<String, crate::domain::summary::Breakdown>,
    pub genders: bool,
    /// Countries: written the EU's way when the options ask for it.
    pub countries: bool,
}

impl BreakdownSection<'_> {
    /// A row's key as readers see it.
    pub fn key(&self, k: &str, l: &Lang) -> String {
        if self.genders {
            l.gender_word(k)
        } else {
            l.value(k)
        }
    }
}

/// The three breakdowns with their titles.
pub(crate) fn breakdowns<'a>(s: &'a Summary, l: &Lang) -> [BreakdownSection<'a>; 3] {
    [
        BreakdownSection {
            title: l.tkey("report-by-gender", &[]),
            column: l.tkey("report-col-gender", &[]),
            map: &s.by_gender,
            genders: true,
            countries: false,
        },
        BreakdownSection {
            title: l.tkey("report-by-country", &[]),
            column: l.tkey("report-col-country", &[]),
            map: &s.by_country,
            genders: false,
            countries: true,
        },
        BreakdownSection {
            title: l.tkey("report-by-organisation", &[]),
            column: l.tkey("report-col-organisation", &[]),
            map: &s.by_organisation,
            genders: false,
            countries: false,
        },
    ]
}

/// The column headers of the sessions table, with whether each is numeric.
pub(crate) fn session_columns(l: &Lang) -> Vec<(String, bool)> {
    vec![
        ("#".to_string(), true),
        (l.tkey("report-col-date", &[]), false),
        (l.tkey("report-col-time", &[]), false),
        (l.tkey("report-col-title", &[]), false),
        (l.tkey("report-col-present", &[]), true),
        (l.tkey("report-col-late", &[]), true),
        (l.tkey("report-col-left-early", &[]), true),
        (l.tkey("report-col-excused", &[]), true),
        (l.tkey("report-col-absent", &[]), true),
        (l.tkey("report-col-unmarked", &[]), true),
        (l.tkey("report-col-attended", &[]), true),
        (l.tkey("report-col-rate", &[]), true),
    ]
}

/// The cells of one row of the sessions table, under [`session_columns`]: `text` escapes what
/// the format must escape, `title` also fits the free-text title where the format needs it.
pub(crate) fn session_cells(
    x: &SessionFigures,
    l: &Lang,
    text: impl Fn(&str) -> String,
    title: impl Fn(&str) -> String,
) -> Vec<String> {
    vec![
        x.number.to_string(),
        text(&l.date(&x.date)),
        format!("{}–{}", text(&x.start), text(&x.end)),
        title(&x.title),
        x.present.to_string(),
        x.late.to_string(),
        x.left_early.to_string(),
        x.excused.to_string(),
        x.absent.to_string(),
        x.unmarked.to_string(),
        x.attended.to_string(),
        text(&l.pct(x.rate)),
    ]
}

/// The column headers of a breakdown table after its first column.
pub(crate) fn breakdown_columns(l: &Lang) -> [(String, bool); 3] {
    [
        (l.tkey("report-col-registered", &[]), true),
        (l.tkey("report-col-attended", &[]), true),
        (l.tkey("report-col-eligible", &[]), true),
    ]
}

/// The follow-up counts as (label, value) pairs.
pub(crate) fn followup_rows(s: &Summary, l: &Lang) -> Vec<(String, String)> {
    vec![
        (
            l.tkey("report-followups-open", &[]),
            s.followups.open.to_string(),
        ),
        (
            l.tkey("report-followups-done", &[]),
            s.followups.done.to_string(),
        ),
        (
            l.tkey("report-followups-overdue", &[]),
            s.followups.overdue.to_string(),
        ),
    ]
}

/// The two at-risk lines (label, names) in the language, the verb agreeing with how many
/// names follow.
pub(crate) fn at_risk_lines<'a>(s: &'a Summary, l: &Lang) -> Vec<(String, &'a [String])> {
    let mut out = Vec::new();
    for (key, names) in [
        ("cannot", &s.at_risk.cannot_reach),
        ("one-more", &s.at_risk.one_more_miss),
    ] {
        if names.is_empty() {
            continue;
        }
        let count = [("count", FluentValue::from(names.len()))];
        let label = if key == "cannot" {
            l.tkey("report-at-risk-cannot-reach", &count)
        } else {
            l.tkey("report-at-risk-one-more-miss", &count)
        };
        out.push((label, names.as_slice()));
    }
    out
}

/// Leaving times recorded at the door, as `2: 15:40, 3: 16:10` (session: time).
pub(crate) fn left_text(left: &[crate::domain::summary::LeftAt]) -> String {
    left.iter()
        .map(|l| format!("{}: {}", l.session, l.at))
        .collect::<Vec<_>>()
        .join(", ")
}

/// True when someone's leaving time was recorded: only then do tables get the column.
pub(crate) fn any_left(s: &crate::domain::summary::Summary) -> bool {
    s.participants.iter().any(|p| !p.left.is_empty())
}

/// A participant's name, with the walk-in mark when they came without registering.
pub(crate) fn walk_in_suffix(walk_in: bool, l: &Lang) -> String {
    if walk_in {
        format!(" ({})", l.source(crate::domain::Source::WalkIn))
    } else {
        String::new()
    }
}

/// The report's key figures as (label, value) pairs.
pub(crate) fn report_figures(r: &Report, l: &Lang) -> Vec<(String, String)> {
    vec![
        (l.tkey("report-fig-events", &[]), r.events.to_string()),
        (
            l.tkey("report-fig-unique-participants", &[]),
            r.unique_participants.to_string(),
        ),
        (
            l.tkey("report-fig-unique-organisations", &[]),
            r.unique_organisations.to_string(),
        ),
        (
            l.tkey("report-fig-returning-participants", &[]),
            r.returning_participants.to_string(),
        ),
        (
            l.tkey("report-fig-person-days", &[]),
            r.person_days.to_string(),
        ),
        (
            l.tkey("report-fig-training-hours", &[]),
            l.locale.decimal1(r.training_hours),
        ),
        (
            l.tkey("report-fig-person-hours", &[]),
            l.locale.decimal1(r.person_hours),
        ),
        (l.tkey("report-fig-completed", &[]), r.completed.to_string()),
    ]
}

/// The logframe indicators, in the order a results framework asks for them: people trained
/// (by sex), with a disability, CSOs trained, person-days and person-hours, completed. Counts
/// of a breakdown follow the small-cell rule.
pub(crate) fn indicators(r: &Report, opts: &Options, l: &Lang) -> Vec<(String, String)> {
    let mut out = vec![(
        l.tkey("report-ind-people", &[]),
        r.unique_participants.to_string(),
    )];
    for (g, n) in &r.by_gender {
        out.push((
            format!(
                "  {}",
                l.tkey("report-ind-people-sex", &[("sex", l.gender_word(g).into())])
            ),
            opts.cell(*n),
        ));
    }
    let get = |m: &std::collections::BTreeMap<String, u64>, k: &str| m.get(k).copied().unwrap_or(0);
    out.push((
        l.tkey("report-ind-disability", &[]),
        opts.cell(get(&r.by_disability, crate::domain::Disability::Yes.word())),
    ));
    out.push((
        l.tkey("report-ind-csos", &[]),
        opts.cell(get(
            &r.organisations_by_kind,
            crate::domain::OrgKind::Cso.word(),
        )),
    ));
    out.push((
        l.tkey("report-ind-person-days", &[]),
        r.person_days.to_string(),
    ));
    out.push((
        l.tkey("report-ind-person-hours", &[]),
        l.locale.decimal1(r.person_hours),
    ));
    out.push((l.tkey("report-ind-completed", &[]), r.completed.to_string()));
    out
}

/// The report's events by kind as (kind in words, count), in the order of the words so the
/// table reads alphabetically in every language.
pub(crate) fn events_by_kind(r: &Report, l: &Lang) -> Vec<(String, u64)> {
    let mut rows: Vec<(String, u64)> = r
        .events_by_kind
        .iter()
        .map(|(k, n)| (l.event_kind_word(k), *n))
        .collect();
    rows.sort_by_cached_key(|(k, _)| k.to_lowercase());
    rows
}

/// One breakdown of the report as the human formats show it: title, first column, what is
/// counted, and the rows (value in words, count) in reading order.
pub(crate) struct ReportBreakdown {
    pub title: String,
    pub column: String,
    pub counted: String,
    pub rows: Vec<(String, u64)>,
}

/// The report's breakdowns: participants by gender, country, disability, age band and mode,
/// and organisations by kind. Values are in the language `l`; age bands in age order.
pub(crate) fn report_breakdowns(r: &Report, opts: &Options, l: &Lang) -> Vec<ReportBreakdown> {
    let people = l.tkey("report-col-participants", &[]);
    let rows = |m: &std::collections::BTreeMap<String, u64>, word: &dyn Fn(&str) -> String| {
        m.iter().map(|(k, n)| (word(k), *n)).collect::<Vec<_>>()
    };
    // Bands in age order; disability and mode in the order of their words (yes first).
    let ordered = |m: &std::collections::BTreeMap<String, u64>,
                   keys: &[&str],
                   word: &dyn Fn(&str) -> String| {
        let mut out: Vec<(String, u64)> = keys
            .iter()
            .filter_map(|k| m.get(*k).map(|n| (word(k), *n)))
            .collect();
        out.extend(
            m.iter()
                .filter(|(k, _)| !keys.contains(&k.as_str()))
                .map(|(k, n)| (word(k), *n)),
        );
        out
    };
    let band_names: Vec<&str> = r.age_bands.iter().map(String::as_str).collect();
    let bands = ordered(&r.by_age_band, &band_names, &|b| l.age_band(b));
    let disability_words: Vec<&str> = crate::domain::Disability::ALL
        .iter()
        .map(|d| d.word())
        .collect();
    let mode_words: Vec<&str> = crate::domain::Mode::ALL.iter().map(|m| m.word()).collect();
    vec![
        ReportBreakdown {
            title: l.tkey("report-participants-by-gender", &[]),
            column: l.tkey("report-col-gender", &[]),
            counted: people.clone(),
            rows: rows(&r.by_gender, &|k| l.gender_word(k)),
        },
        ReportBreakdown {
            title: l.tkey("report-participants-by-country", &[]),
            column: l.tkey("report-col-country", &[]),
            counted: people.clone(),
            rows: rows(&r.by_country, &|k| l.value(opts.country(k))),
        },
        ReportBreakdown {
            title: l.tkey("report-participants-by-disability", &[]),
            column: l.tkey("report-col-disability", &[]),
            counted: people.clone(),
            rows: ordered(&r.by_disability, &disability_words, &|k| {
                l.disability_word(k)
            }),
        },
        ReportBreakdown {
            title: l.tkey("report-participants-by-age-band", &[]),
            column: l.tkey("report-col-age-band", &[]),
            counted: people.clone(),
            rows: bands,
        },
        ReportBreakdown {
            title: l.tkey("report-participants-by-mode", &[]),
            column: l.tkey("report-col-mode", &[]),
            counted: people,
            rows: ordered(&r.by_mode, &mode_words, &|k| l.mode_word(k)),
        },
        ReportBreakdown {
            title: l.tkey("report-organisations-by-kind", &[]),
            column: l.tkey("report-col-org-kind", &[]),
            counted: l.tkey("report-col-organisations", &[]),
            rows: rows(&r.organisations_by_kind, &|k| l.value(&l.org_kind_word(k))),
        },
    ]
}

/// The report's title line.
pub(crate) fn report_title(r: &Report, l: &Lang) -> String {
    let from = l.date(&r.from);
    let to = l.date(&r.to);
    match &r.project {
        Some(p) => l.tkey(
            "report-title-project",
            &[
                ("from", from.into()),
                ("to", to.into()),
                ("project", p.as_str().into()),
            ],
        ),
        None => l.tkey("report-title", &[("from", from.into()), ("to", to.into())]),
    }
}

/// Renders the summary of one event; Markdown and HTML in the language chosen for this
/// process (`--lang`).
pub fn summary(s: &Summary, format: Format, opts: &Options) -> Result<String> {
    summary_in(s, format, opts, &Lang::current())
}

/// Renders the summary of one event; Markdown and HTML in the language `l`, CSV and JSON
/// locale-free (ISO dates, `87.5`, English column names and keys) whatever `l` is.
pub fn summary_in(s: &Summary, format: Format, opts: &Options, l: &Lang) -> Result<String> {
    match format {
        Format::Md => Ok(md::summary_in(s, opts, l)),
        Format::Csv => csv::summary(s, opts),
        Format::Json => json::summary(s),
        Format::Html => Ok(html::summary_in(s, opts, l)),
        Format::Xlsx => Err(Error::invalid(crate::t!("report-xlsx-needs-file"))),
    }
}

/// The summary as the bytes of a file in `format` (the workbook included).
pub fn summary_file(s: &Summary, format: Format, opts: &Options) -> Result<Vec<u8>> {
    match format {
        Format::Xlsx => xlsx::summary(s, opts),
        _ => summary(s, format, opts).map(String::into_bytes),
    }
}

/// Renders the cross-event report; Markdown and HTML in the language chosen for this
/// process (`--lang`).
pub fn report(r: &Report, format: Format, opts: &Options) -> Result<String> {
    report_in(r, format, opts, &Lang::current())
}

/// Renders the cross-event report; Markdown and HTML in the language `l`, CSV and JSON
/// locale-free whatever `l` is.
pub fn report_in(r: &Report, format: Format, opts: &Options, l: &Lang) -> Result<String> {
    match format {
        Format::Md => Ok(md::report_in(r, opts, l)),
        Format::Csv => csv::report(r, opts),
        Format::Json => json::report(r),
        Format::Html => Ok(html::report_in(r, opts, l)),
        Format::Xlsx => Err(Error::invalid(crate::t!("report-xlsx-needs-file"))),
    }
}

/// The report as the bytes of a file in `format` (the workbook included).
pub fn report_file(r: &Report, format: Format, opts: &Options) -> Result<Vec<u8>> {
    match format {
        Format::Xlsx => xlsx::report(r, opts),
        _ => report(r, format, opts).map(String::into_bytes),
    }
}

/// The file name suggested for an event's summary: `CODE-summary.EXT`, with anything that
/// is not a safe file-name character replaced by `_`.
pub fn suggested_name(code: &str, format: Format) -> String {
    let safe = file_stem(code);
    let safe = if safe.is_empty() { "event" } else { &safe };
    format!("{safe}-summary.{}", format.ext())
}

/// `s` made safe as part of a file name: anything but letters, digits, `-`, `_` and `.`
/// becomes `_`, and no leading dot (no hidden file).
pub fn file_stem(s: &str) -> String {
    let safe: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    safe.trim_start_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_cells_are_hidden_only_between_zero_and_n() {
        let o = Options {
            min_cell: Some(5),
            ..Options::default()
        };
        assert_eq!(o.cell(0), "0");
        assert_eq!(o.cell(1), "<5");
        assert_eq!(o.cell(4), "<5");
        assert_eq!(o.cell(5), "5");
        assert_eq!(Options::default().cell(1), "1");
    }

    #[test]
    fn percentages_have_one_decimal() {
        assert_eq!(pct(87.5), "87.5%");
        assert_eq!(pct(100.0), "100.0%");
        assert_eq!(pct(0.0), "0.0%");
        assert_eq!(pct(66.7), "66.7%");
        assert_eq!(threshold(0.8), "80.0%");
        assert_eq!(threshold(0.667), "66.7%");
    }

    #[test]
    fn suggested_names_are_safe() {
        assert_eq!(
            suggested_name("PR-2026-11-ADV", Format::Html),
            "PR-2026-11-ADV-summary.html"
        );
        assert_eq!(suggested_name("../x/y", Format::Md), "_x_y-summary.md");
        assert_eq!(suggested_name("", Format::Csv), "event-summary.csv");
    }
}
