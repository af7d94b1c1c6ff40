//! The cross-event report in the TUI: a calendar year (moved with `[`/`]`), an optional
//! project filter, the key figures, who came by gender and country, the events ranked by
//! average rate, and export to a file.
//!
//! Same contract with the app loop as the roster (see `roster/mod.rs`).

use std::cell::Cell;
use std::collections::BTreeSet;

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use time::{Date, Month};

use super::component::ViewExit;
use super::export_prompt::{self, ExportPrompt};
use super::theme::Theme;
use crate::core::error::Result;
use crate::core::{Backend, Queries};
use crate::domain::summary::{Report, UNKNOWN};
use crate::report::{self, Format, Options};
use crate::text::{fit, pad, width};

pub use super::action::ReportAction;

/// The keymap section of its keys.
pub const CONTEXT: &str = <ReportAction as super::action::Action>::SECTION;

/// The status-line hints of the report view, as (action, short label).
pub fn hints() -> Vec<(ReportAction, String)> {
    vec![
        (ReportAction::PrevYear, crate::t!("hint-report-prev-year")),
        (ReportAction::NextYear, crate::t!("hint-report-next-year")),
        (ReportAction::Project, crate::t!("hint-report-project")),
        (ReportAction::Export, crate::t!("hint-export")),
        (ReportAction::Close, crate::t!("hint-back")),
    ]
}

/// Years the calendar can hold a whole of (time's range is ±9999).
const YEARS: std::ops::RangeInclusive<i32> = 1..=9998;

fn pct(v: f64) -> String {
    crate::i18n::Locale::current().pct(v)
}

pub struct ReportView {
    year: i32,
    /// `None`: every project.
    project: Option<String>,
    /// The distinct project codes of the events, sorted: what `project` cycles through.
    projects: Vec<String>,
    report: Box<Report>,
    opts: Options,
    export: Option<ExportPrompt>,
    /// The first row of the ranked events shown.
    scroll: usize,
    /// Rows of the ranked table at the last draw, for page keys (only the view knows it).
    page: Cell<usize>,
}

impl ReportView {
    /// Opens on the calendar year of `today`, every project.
    pub fn open(b: &mut dyn Backend, today: Date) -> Result<Self> {
        let mut v = ReportView {
            year: today.year().clamp(*YEARS.start(), *YEARS.end()),
            project: None,
            projects: Vec::new(),
            report: Box::default(),
            // Country names as the config files ask (`country_names = "eu"`), as the CLI writes them.
            opts: Options::from_config(None),
            export: None,
            scroll: 0,
            page: Cell::new(10),
        };
        v.refresh(b)?;
        Ok(v)
    }

    /// The year shown.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The project filter, `None` for all.
    pub fn project(&self) -> Option<&str> {
        self.project.as_deref()
    }

    /// The report on screen.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Hides breakdown counts below `n` (the `--min-cell` rule), on screen and in exports.
    pub fn set_min_cell(&mut self, n: Option<u64>) {
        self.opts.min_cell = n;
    }

    /// The first and last day of the year shown.
    pub fn period(&self) -> (Date, Date) {
        let day = |m, d| Date::from_calendar_date(self.year, m, d).unwrap_or(Date::MIN);
        (day(Month::January, 1), day(Month::December, 31))
    }

    /// True while the export prompt takes every key as text.
    pub fn wants_raw_keys(&self) -> bool {
        self.export.is_some()
    }

    pub fn on_action(&mut self, b: &mut dyn Backend, action: ReportAction) -> Result<ViewExit> {
        let rows = self.report.events_by_rate.len();
        let page = self.page.get().max(1);
        match action {
            ReportAction::Close => return Ok(ViewExit::Close),
            ReportAction::PrevYear | ReportAction::NextYear => {
                let y = if action == ReportAction::PrevYear {
                    self.year - 1
                } else {
                    self.year + 1
                };
                if YEARS.contains(&y) {
                    self.year = y;
                    self.scroll = 0;
                    self.refresh(b)?;
                }
            }
            ReportAction::Project => {
                // All, then each project in order, then all again.
                self.project = match &self.project {
                    None => self.projects.first().cloned(),
                    Some(p) => self.projects.iter().skip_while(|x| *x != p).nth(1).cloned(),
                };
                self.scroll = 0;
                self.refresh(b)?;
            }
            ReportAction::Export => {
                let (year, project) = (self.year, self.project.clone());
                self.export = Some(ExportPrompt::new(|f| {
                    suggested_name(year, project.as_deref(), f)
                }));
            }
            ReportAction::Up => self.scroll = self.scroll.saturating_sub(1),
            ReportAction::Down => self.scroll = (self.scroll + 1).min(rows.saturating_sub(page)),
            ReportAction::PageUp => self.scroll = self.scroll.saturating_sub(page),
            ReportAction::PageDown => {
                self.scroll = (self.scroll + page).min(rows.saturating_sub(page))
            }
            ReportAction::Top => self.scroll = 0,
            ReportAction::Bottom => self.scroll = rows.saturating_sub(page),
        }
        Ok(ViewExit::Stay)
    }

    pub fn on_key(&mut self, _b: &mut dyn Backend, key: KeyEvent) -> Result<ViewExit> {
        let (r, opts) = (&self.report, &self.opts);
        Ok(export_prompt::on_key(
            &mut self.export,
            key,
            |format| report::report_file(r, format, opts),
            |path| crate::t!("report-view-written", path = path),
        ))
    }

    /// Pasted text: into the export path being edited; nothing else.
    pub fn on_paste(&mut self, text: &str) {
        if let Some(e) = &mut self.export {
            e.path.paste(text);
        }
    }

    /// Reads the report of the period and filter again, and the project codes to cycle.
    pub fn refresh(&mut self, b: &mut dyn Backend) -> Result<()> {
        let projects: BTreeSet<String> = b
            .events()?
            .into_iter()
            .map(|(_, e)| e.project.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect();
        self.projects = projects.into_iter().collect();
        let (from, to) = self.period();
        self.report = b.report(from, to, self.project.clone())?;
        self.scroll = self
            .scroll
            .min(self.report.events_by_rate.len().saturating_sub(1));
        Ok(())
    }

    /// Draws from state only: no I/O here.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let r = &self.report;
        let w = area.width as usize;
        let [head, figures, middle, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(3),
            Constraint::Min(4),
            Constraint::Length(1),
        ])
        .areas(area);

        let project = match &self.project {
            Some(p) => crate::t!("report-view-project", project = p.as_str()),
            None => crate::t!("report-view-all-projects"),
        };
        let (from, to) = self.period();
        let loc = crate::i18n::Locale::current();
        let title = crate::t!("report-view-title", year = self.year);
        let tail = format!(
            "· {} · {}",
            fit(&project, w / 2),
            crate::t!("summary-dates", start = loc.date(from), end = loc.date(to))
        );
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!("{title} "), theme.title()),
                Span::styled(fit(&tail, w.saturating_sub(width(&title) + 1)), theme.dim()),
            ])),
            head,
        );

        let kinds: Vec<String> = r
            .events_by_kind
            .iter()
            .map(|(k, n)| format!("{} {n}", super::view::parts::word(k)))
            .collect();
        let mut lines = vec![Line::from(fit(
            &if kinds.is_empty() {
                crate::t!("report-view-events", count = r.events)
            } else {
                crate::t!(
                    "report-view-events-kinds",
                    count = r.events,
                    kinds = kinds.join(", ")
                )
            },
            w,
        ))];
        lines.push(Line::from(fit(
            &crate::t!(
                "report-view-figures",
                participants = r.unique_participants,
                organisations = r.unique_organisations,
                returning = r.returning_participants,
                days = r.person_days
            ),
            w,
        )));
        if r.events == 0 {
            lines.push(Line::styled(
                fit(&crate::t!("report-view-no-events"), w),
                theme.warn(),
            ));
        }
        frame.render_widget(Paragraph::new(lines), figures);

        let side = 30.min(area.width / 2);
        let [table, breakdowns] =
            Layout::horizontal([Constraint::Min(10), Constraint::Length(side)]).areas(middle);
        self.render_ranked(frame, table, theme);
        self.render_breakdowns(frame, breakdowns, theme);

        if let Some(ex) = &self.export {
            ex.render(frame, bottom, theme);
        }
    }

    fn render_ranked(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border())
            .title(Span::styled(
                fit(
                    &crate::t!("report-view-ranked-title"),
                    area.width.saturating_sub(2) as usize,
                ),
                theme.header(),
            ));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let cols = inner.width as usize;
        let rows = (inner.height as usize).saturating_sub(1);
        self.page.set(rows.max(1));
        if inner.height == 0 || cols == 0 {
            return;
        }
        let ranked = &self.report.events_by_rate;
        let n = ranked.len();
        // Rank, code, title, rate: the title takes what is left.
        let rank_w = n.to_string().len() + 1;
        let rate_w = 7;
        let code_w = ranked
            .iter()
            .map(|e| width(&e.code))
            .max()
            .unwrap_or(0)
            .clamp(4, 18)
            .min(cols / 3);
        let title_w = cols.saturating_sub(rank_w + code_w + rate_w + 3);
        let mut lines = vec![Line::styled(
            fit(
                &format!(
                    "{} {} {} {}",
                    pad("#", rank_w),
                    pad(&crate::t!("report-view-col-code"), code_w),
                    pad(&crate::t!("report-view-col-title"), title_w),
                    fit_right(&crate::t!("report-view-col-rate"), rate_w)
                ),
                cols,
            ),
            theme.header(),
        )];
        if ranked.is_empty() {
            lines.push(Line::styled(
                fit(&crate::t!("summary-none-yet"), cols),
                theme.dim(),
            ));
        }
        let start = self.scroll.min(n.saturating_sub(rows));
        for (i, e) in ranked.iter().enumerate().skip(start).take(rows) {
            lines.push(Line::from(fit(
                &format!(
                    "{} {} {} {}",
                    pad(&format!("{}.", i + 1), rank_w),
                    pad(&e.code, code_w),
                    pad(&e.title, title_w),
                    fit_right(&pct(e.average_rate), rate_w)
                ),
                cols,
            )));
        }
        frame.render_widget(Paragraph::new(lines), inner);
    }

    fn render_breakdowns(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border())
            .title(Span::styled(
                fit(
                    &crate::t!("report-view-who-came"),
                    area.width.saturating_sub(2) as usize,
                ),
                theme.header(),
            ));
        let inner = block.inner(area);
        let cols = inner.width as usize;
        let rows = inner.height as usize;
        let name_cols = cols.saturating_sub(6);
        let r = &self.report;
        let mut lines: Vec<Line> = Vec::new();
        let half = rows.saturating_sub(2) / 2;
        for (title, map, limit, gender) in [
            (
                crate::domain::Field::Gender.label(),
                &r.by_gender,
                half,
                true,
            ),
            (
                crate::domain::Field::Country.label(),
                &r.by_country,
                rows.saturating_sub(2 + half.min(r.by_gender.len())),
                false,
            ),
        ] {
            lines.push(Line::styled(fit(&title, cols), theme.header()));
            lines.extend(super::view::parts::capped_rows(
                map,
                limit,
                cols,
                theme,
                |k, n| {
                    let k = if gender {
                        super::view::parts::word(k)
                    } else if k == UNKNOWN {
                        crate::t!("value-unknown")
                    } else {
                        k.clone()
                    };
                    Line::from(fit(
                        &format!(
                            "{} {}",
                            pad(&k, name_cols.saturating_sub(1)),
                            fit_right(&self.opts.cell(*n), 5)
                        ),
                        cols,
                    ))
                },
            ));
        }
        frame.render_widget(Paragraph::new(lines).block(block), area);
    }
}

/// `s` right-aligned in `n` columns (cut when longer).
fn fit_right(s: &str, n: usize) -> String {
    let s = fit(s, n);
    format!("{}{s}", " ".repeat(n.saturating_sub(width(&s))))
}

/// The file name suggested for the report of `year`: `report-2026.html`,
/// `report-2026-EU-CS.md` with a project.
pub fn suggested_name(year: i32, project: Option<&str>, format: Format) -> String {
    let project = project.map(report::file_stem).filter(|p| !p.is_empty());
    match project {
        Some(p) => format!("report-{year}-{p}.{}", format.ext()),
        None => format!("report-{year}.{}", format.ext()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggested_names_say_the_year_and_the_project_safely() {
        assert_eq!(suggested_name(2026, None, Format::Html), "report-2026.html");
        assert_eq!(
            suggested_name(2026, Some("EU-CS"), Format::Md),
            "report-2026-EU-CS.md"
        );
        assert_eq!(
            suggested_name(2025, Some("../x y"), Format::Csv),
            "report-2025-_x_y.csv"
        );
        assert_eq!(
            suggested_name(2025, Some("/"), Format::Json),
            "report-2025-_.json"
        );
    }

    #[test]
    fn fit_right_aligns_and_cuts() {
        assert_eq!(fit_right("8%", 4), "  8%");
        assert_eq!(width(&fit_right("100000.0%", 5)), 5);
    }
}
