//! The Summary view of one event in the TUI: key figures, a bar chart of attendance per
//! session, gender and country breakdowns, the at-risk list, export to a file and
//! certificate follow-ups for the eligible, closing the event, and undo of its own changes.
//!
//! Same contract with the app loop as the roster (see `roster/mod.rs`).

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Borders, Clear, Paragraph};
use time::PrimitiveDateTime;

use super::component::ViewExit;
use super::export_prompt::{self, ExportPrompt};
use super::input::LineInput;
use super::theme::Theme;
use crate::core::error::{Error, Result};
use crate::core::{Backend, Closing, Command, IssuedCertificate, Queries, clock};
use crate::domain::summary::{Breakdown, Summary};
use crate::domain::{Id, parse_date};
use crate::report::{self, Options};
use crate::text::{fit, pad, width};

pub use super::action::SummaryAction;

/// The keymap section of its keys.
pub const CONTEXT: &str = <SummaryAction as super::action::Action>::SECTION;

/// The status-line hints of the summary view, as (action, short label).
pub fn hints() -> Vec<(SummaryAction, String)> {
    vec![
        (SummaryAction::Export, crate::t!("hint-export")),
        (SummaryAction::Certificates, crate::t!("hint-certificates")),
        (SummaryAction::CloseEvent, crate::t!("hint-close-event")),
        (SummaryAction::Undo, crate::t!("hint-undo")),
        (SummaryAction::Close, crate::t!("hint-back")),
    ]
}

/// A percentage as the current language writes it (`87,5%` in Albanian).
fn pct(v: f64) -> String {
    crate::i18n::Locale::current().pct(v)
}

/// An ISO date of the summary as the current language writes it.
fn date(iso: &str) -> String {
    crate::domain::parse_date(iso)
        .map(|d| crate::i18n::Locale::current().date(d))
        .unwrap_or_else(|| iso.to_string())
}

/// Follow-ups the view files (certificates, closing) fall due two weeks later, as `close` does.
const FOLLOWUP_DUE_DAYS: i64 = 14;

/// The confirmation before closing: what closing would file (the core's dry run), by whom,
/// and the editable due date.
struct ClosePrompt {
    closing: Closing,
    owner: String,
    due: LineInput,
    /// Why the typed due date was refused.
    error: Option<String>,
}

/// The confirmation before issuing certificates: who gets one (the core's dry run) and the
/// editable path of the printable file.
struct CertificatesPrompt {
    certificates: Vec<IssuedCertificate>,
    path: LineInput,
    /// Why issuing or writing failed.
    error: Option<String>,
}

pub struct SummaryView {
    pub event: Id,
    summary: Box<Summary>,
    opts: Options,
    export: Option<ExportPrompt>,
    close: Option<ClosePrompt>,
    certificates: Option<CertificatesPrompt>,
    /// The audit entries of this view's own changes, one group per action, newest last.
    undo: Vec<Vec<Id>>,
    /// A fixed "now" (screenshots, tests); `None` follows the clock.
    fixed_now: Option<PrimitiveDateTime>,
}

impl SummaryView {
    pub fn open(b: &mut dyn Backend, event: Id) -> Result<Self> {
        Self::open_with_clock(b, event, None)
    }

    /// Opens the view with "now" fixed at `now`, so overdue follow-ups and the at-risk list
    /// do not move with the wall clock.
    pub fn open_at(b: &mut dyn Backend, event: Id, now: PrimitiveDateTime) -> Result<Self> {
        Self::open_with_clock(b, event, Some(now))
    }

    fn open_with_clock(
        b: &mut dyn Backend,
        event: Id,
        fixed_now: Option<PrimitiveDateTime>,
    ) -> Result<Self> {
        let summary = b.summary(event, fixed_now.unwrap_or_else(clock::now_local))?;
        Ok(SummaryView {
            event,
            summary,
            // Country names as the config files ask (`country_names = "eu"`), as the CLI writes them.
            opts: Options::from_config(None),
            export: None,
            close: None,
            certificates: None,
            undo: Vec::new(),
            fixed_now,
        })
    }

    fn now(&self) -> PrimitiveDateTime {
        self.fixed_now.unwrap_or_else(clock::now_local)
    }

    /// Hides breakdown counts below `n` (the `--min-cell` rule), on screen and in exports.
    pub fn set_min_cell(&mut self, n: Option<u64>) {
        self.opts.min_cell = n;
    }

    /// True while the export prompt or a confirmation takes every key.
    pub fn wants_raw_keys(&self) -> bool {
        self.export.is_some() || self.close.is_some() || self.certificates.is_some()
    }

    pub fn on_action(&mut self, b: &mut dyn Backend, action: SummaryAction) -> Result<ViewExit> {
        Ok(match action {
            SummaryAction::Close => ViewExit::Close,
            SummaryAction::Export => {
                let code = self.summary.event.code.clone();
                self.export = Some(ExportPrompt::new(|f| report::suggested_name(&code, f)));
                ViewExit::Stay
            }
            SummaryAction::Certificates => self.ask_certificates(b)?,
            SummaryAction::CloseEvent => self.ask_close(b)?,
            SummaryAction::Undo => self.undo_last(b)?,
        })
    }

    pub fn on_key(&mut self, b: &mut dyn Backend, key: KeyEvent) -> Result<ViewExit> {
        if self.close.is_some() {
            return self.close_key(b, key);
        }
        if self.certificates.is_some() {
            return self.certificates_key(b, key);
        }
        let (summary, opts) = (&self.summary, &self.opts);
        Ok(export_prompt::on_key(
            &mut self.export,
            key,
            |format| report::summary_file(summary, format, opts),
            |path| crate::t!("summary-written", path = path),
        ))
    }

    /// Pasted text: into the export path or the due date being edited; nothing else.
    pub fn on_paste(&mut self, text: &str) {
        if let Some(p) = &mut self.close {
            if p.due.paste(text) {
                p.error = None;
            }
        } else if let Some(e) = &mut self.export {
            e.path.paste(text);
        }
    }

    /// Opens the closing confirmation with what closing would file now, as the core's dry
    /// run of the same command says.
    fn ask_close(&mut self, b: &mut dyn Backend) -> Result<ViewExit> {
        let due = self.now().date() + time::Duration::days(FOLLOWUP_DUE_DAYS);
        let owner = b.who();
        let dry = b.execute(Command::CloseEvent {
            event: self.event,
            owner: owner.clone(),
            due,
            dry_run: true,
        });
        let closing = match dry {
            Ok(out) => out.closing.unwrap_or_default(),
            Err(e @ (Error::Invalid { .. } | Error::NotFound(_))) => {
                return Ok(ViewExit::Status(e.to_string()));
            }
            Err(e) => return Err(e),
        };
        self.close = Some(ClosePrompt {
            closing,
            owner,
            due: LineInput::new(&crate::i18n::Locale::current().date(due)),
            error: None,
        });
        Ok(ViewExit::Stay)
    }

    /// Opens the certificates confirmation with who would get one, as the core's dry run
    /// of the same command says.
    fn ask_certificates(&mut self, b: &mut dyn Backend) -> Result<ViewExit> {
        if self.summary.sessions.is_empty() {
            return Ok(ViewExit::Status(crate::t!(
                "summary-no-sessions-nobody-eligible"
            )));
        }
        let dry = b.execute(Command::IssueCertificates {
            event: self.event,
            dry_run: true,
        });
        let certificates = match dry {
            Ok(out) => out.issued.unwrap_or_default(),
            Err(e @ (Error::Invalid { .. } | Error::NotFound(_))) => {
                return Ok(ViewExit::Status(e.to_string()));
            }
            Err(e) => return Err(e),
        };
        if certificates.is_empty() {
            return Ok(ViewExit::Status(crate::t!("summary-certificates-none")));
        }
        let name = report::certificates::suggested_name(&self.summary.event.code);
        self.certificates = Some(CertificatesPrompt {
            certificates,
            path: LineInput::new(&name),
            error: None,
        });
        Ok(ViewExit::Stay)
    }

    /// A key while the certificates confirmation is open: Enter issues them (one change)
    /// and writes the printable file, Esc cancels, the rest edits the path.
    fn certificates_key(&mut self, b: &mut dyn Backend, key: KeyEvent) -> Result<ViewExit> {
        let Some(p) = &mut self.certificates else {
            return Ok(ViewExit::Stay);
        };
        match key.code {
            KeyCode::Esc => {
                self.certificates = None;
                Ok(ViewExit::Status(crate::t!(
                    "summary-certificates-cancelled"
                )))
            }
            KeyCode::Enter => {
                let path = std::path::PathBuf::from(p.path.text().trim());
                if path.as_os_str().is_empty() {
                    p.error = Some(crate::t!("summary-certificates-no-path"));
                    return Ok(ViewExit::Stay);
                }
                let out = match b.execute(Command::IssueCertificates {
                    event: self.event,
                    dry_run: false,
                }) {
                    Ok(out) => out,
                    Err(e) => {
                        p.error = Some(e.to_string());
                        return Ok(ViewExit::Status(e.to_string()));
                    }
                };
                if let Some(entry) = out.entry {
                    self.undo.push(vec![entry]);
                }
                let issued = out.issued.unwrap_or_default();
                let written = match b.event(self.event)? {
                    Some(e) => {
                        let organiser = crate::config::Config::load().0.organisation;
                        let html = report::certificates::html(
                            &e,
                            &issued,
                            organiser.as_deref().unwrap_or(""),
                            &report::Lang::current(),
                        );
                        crate::io::write_private(&path, html.as_bytes())
                    }
                    None => Err(Error::NotFound(crate::t!("summary-event-gone"))),
                };
                self.refresh(b)?;
                match written {
                    Ok(()) => {
                        self.certificates = None;
                        Ok(ViewExit::Status(crate::t!(
                            "summary-certificates-written",
                            count = issued.len(),
                            path = path.display().to_string()
                        )))
                    }
                    // Issued (and recorded) but not written: the prompt stays, so another
                    // path can be tried; issuing again gives the same numbers.
                    Err(e) => {
                        if let Some(p) = &mut self.certificates {
                            p.error = Some(e.to_string());
                        }
                        Ok(ViewExit::Status(e.to_string()))
                    }
                }
            }
            _ => {
                p.path.handle(key);
                p.error = None;
                Ok(ViewExit::Stay)
            }
        }
    }

    /// A key while the closing confirmation is open: Enter closes, Esc cancels, the rest
    /// edits the due date.
    fn close_key(&mut self, b: &mut dyn Backend, key: KeyEvent) -> Result<ViewExit> {
        let today = self.now().date();
        let Some(p) = &mut self.close else {
            return Ok(ViewExit::Stay);
        };
        match key.code {
            KeyCode::Esc => {
                self.close = None;
                Ok(ViewExit::Status(crate::t!("summary-close-cancelled")))
            }
            KeyCode::Enter => {
                let Some(due) = parse_date(p.due.text()) else {
                    p.error = Some(crate::t!(
                        "summary-close-bad-date",
                        text = crate::text::sanitize(p.due.text().trim()).into_owned(),
                        example = crate::i18n::Locale::current().date(today)
                    ));
                    return Ok(ViewExit::Stay);
                };
                let cmd = Command::CloseEvent {
                    event: self.event,
                    owner: p.owner.clone(),
                    due,
                    dry_run: false,
                };
                match b.execute(cmd) {
                    Ok(out) => {
                        self.close = None;
                        if let Some(entry) = out.entry {
                            self.undo.push(vec![entry]);
                        }
                        self.refresh(b)?;
                        Ok(ViewExit::Status(out.what))
                    }
                    // The confirmation stays, with the reason, so it can be retried or left.
                    Err(e) => {
                        p.error = Some(e.to_string());
                        Ok(ViewExit::Status(e.to_string()))
                    }
                }
            }
            _ => {
                p.due.handle(key);
                p.error = None;
                Ok(ViewExit::Stay)
            }
        }
    }

    /// Takes back this view's last change (a close, or the certificates of one `c`).
    fn undo_last(&mut self, b: &mut dyn Backend) -> Result<ViewExit> {
        let Some(mut group) = self.undo.pop() else {
            return Ok(ViewExit::Status(crate::t!("summary-nothing-to-undo")));
        };
        let count = group.len();
        let mut last = String::new();
        while let Some(entry) = group.pop() {
            match b.execute(Command::Undo { entry }) {
                Ok(out) => last = out.what,
                // Changed again since (another trainer): that part cannot be taken back.
                Err(e @ Error::Conflict(_)) => last = e.to_string(),
                Err(e) => {
                    group.push(entry);
                    self.undo.push(group);
                    self.refresh(b)?;
                    return Ok(ViewExit::Status(crate::t!(
                        "summary-not-undone",
                        error = e.to_string()
                    )));
                }
            }
        }
        self.refresh(b)?;
        Ok(ViewExit::Status(if count == 1 {
            last
        } else {
            crate::t!("summary-undone-many", count = count)
        }))
    }

    pub fn refresh(&mut self, b: &mut dyn Backend) -> Result<()> {
        self.summary = b.summary(self.event, self.now())?;
        Ok(())
    }

    /// Draws from state only: no I/O here.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let s = &self.summary;
        let w = area.width as usize;
        let [head, figures, middle, risk, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(3),
            Constraint::Min(6),
            Constraint::Length(2),
            Constraint::Length(1),
        ])
        .areas(area);

        let e = &s.event;
        let dates = if e.start == e.end {
            date(&e.start)
        } else {
            crate::t!("summary-dates", start = date(&e.start), end = date(&e.end))
        };
        let tail = format!(" · {dates} · {}", super::view::parts::word(&e.status));
        let code = fit(&e.code, w / 3);
        let title_cols = w.saturating_sub(width(&code) + 2 + width(&tail));
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!("{code}  "), theme.title()),
                Span::styled(fit(&e.title, title_cols), theme.header()),
                Span::styled(tail, theme.dim()),
            ])),
            head,
        );

        let fig = [
            (
                crate::t!(
                    "summary-figures",
                    registered = s.registered,
                    attended = s.attended_any,
                    eligible = s.certificate_eligible,
                    threshold = pct((e.threshold * 1000.0).round() / 10.0),
                    days = s.person_days
                ),
                theme.normal(),
            ),
            (
                crate::t!(
                    "summary-figures-2",
                    sessions = s.sessions.len(),
                    rate = pct(s.average_rate),
                    open = s.followups.open,
                    done = s.followups.done,
                    overdue = s.followups.overdue
                ),
                theme.normal(),
            ),
            (
                match (s.sessions.is_empty(), s.registered == 0) {
                    (true, true) => crate::t!("summary-empty-both"),
                    (true, false) => crate::t!("summary-empty-sessions"),
                    (false, true) => crate::t!("summary-empty-registered"),
                    (false, false) => String::new(),
                },
                theme.warn(),
            ),
        ];
        let fig: Vec<Line> = fig
            .into_iter()
            .map(|(t, style)| Line::styled(fit(&t, w), style))
            .collect();
        frame.render_widget(Paragraph::new(fig), figures);

        let side = 30.min(area.width / 2);
        let [chart_area, breakdown_area] =
            Layout::horizontal([Constraint::Min(20), Constraint::Length(side)]).areas(middle);
        self.render_chart(frame, chart_area, theme);
        self.render_breakdowns(frame, breakdown_area, theme);

        let mut risk_lines = Vec::new();
        if !s.at_risk.cannot_reach.is_empty() {
            risk_lines.push(Line::styled(
                fit(
                    &crate::t!(
                        "summary-cannot-reach",
                        names = s.at_risk.cannot_reach.join(", ")
                    ),
                    w,
                ),
                theme.warn(),
            ));
        }
        if !s.at_risk.one_more_miss.is_empty() {
            risk_lines.push(Line::from(fit(
                &crate::t!(
                    "summary-one-more-miss",
                    names = s.at_risk.one_more_miss.join(", ")
                ),
                w,
            )));
        }
        frame.render_widget(Paragraph::new(risk_lines), risk);

        if let Some(ex) = &self.export {
            ex.render(frame, bottom, theme);
        }
        if let Some(p) = &self.close {
            render_close(p, &e.code, frame, middle, theme);
        }
        if let Some(p) = &self.certificates {
            render_certificates(p, &e.code, frame, middle, theme);
        }
    }

    fn render_chart(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border())
            .title(Span::styled(
                crate::t!("summary-chart-title"),
                theme.header(),
            ));
        let s = &self.summary;
        if s.sessions.is_empty() {
            frame.render_widget(
                Paragraph::new(Line::styled(
                    crate::t!("summary-empty-sessions"),
                    theme.dim(),
                ))
                .block(block),
                area,
            );
            return;
        }
        let inner = area.width.saturating_sub(2) as usize;
        let n = s.sessions.len();
        // Six columns fit "100.0%"; narrower bars drop the value text but keep the shape.
        let bar_width = (inner.saturating_sub(n.saturating_sub(1)) / n).clamp(1, 6) as u16;
        let bars: Vec<Bar> = s
            .sessions
            .iter()
            .map(|x| {
                Bar::default()
                    .value((x.rate * 10.0).round() as u64)
                    .text_value(pct(x.rate))
                    .label(Line::from(x.number.to_string()))
            })
            .collect();
        let chart = BarChart::default()
            .block(block)
            .data(BarGroup::default().bars(&bars))
            .bar_width(bar_width)
            .bar_gap(1)
            .max(1000)
            .bar_style(theme.ok())
            .value_style(theme.selected());
        frame.render_widget(chart, area);
    }

    fn render_breakdowns(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border())
            .title(Span::styled(crate::t!("summary-who-came"), theme.header()));
        let inner = block.inner(area);
        let cols = inner.width as usize;
        let name_cols = cols.saturating_sub(13);
        let rows = inner.height as usize;
        let s = &self.summary;
        let mut lines: Vec<Line> = Vec::new();
        let o = &self.opts;
        let row = |k: &str, b: &Breakdown, gender: bool| {
            let k = if gender {
                super::view::parts::word(k)
            } else {
                k.to_string()
            };
            Line::from(format!(
                "{} {:>3} {:>3} {:>4}",
                pad(&k, name_cols.saturating_sub(1)),
                o.cell(b.registered),
                o.cell(b.attended_any),
                o.cell(b.eligible)
            ))
        };
        // Half the rows each, so a long country list cannot hide the genders.
        let half = rows.saturating_sub(2) / 2;
        for (title, map, limit, gender) in [
            (
                crate::domain::Field::Gender.label(),
                &s.by_gender,
                half,
                true,
            ),
            (
                crate::domain::Field::Country.label(),
                &s.by_country,
                rows.saturating_sub(2 + half.min(s.by_gender.len())),
                false,
            ),
        ] {
            // The column heads are three and four columns wide, like the figures under them.
            lines.push(Line::styled(
                fit(
                    &format!(
                        "{} {:>3} {:>3} {:>4}",
                        pad(&title, name_cols.saturating_sub(1)),
                        fit(&crate::t!("summary-col-registered"), 3),
                        fit(&crate::t!("summary-col-attended"), 3),
                        fit(&crate::t!("summary-col-eligible"), 4)
                    ),
                    cols,
                ),
                theme.header(),
            ));
            lines.extend(super::view::parts::capped_rows(
                map,
                limit,
                cols,
                theme,
                |k, b| row(k, b, gender),
            ));
        }
        frame.render_widget(Paragraph::new(lines).block(block), area);
    }
}

/// The closing confirmation, drawn over the chart: what will be filed, the owner, the due
/// date being edited (with the cursor), and how to answer.
/// The end a confirmation box with one editable line shares (closing's due date, the
/// certificates' file): the line under its label, the error or a blank, the keys, the box
/// drawn, and the cursor in the line.
fn input_tail(
    frame: &mut Frame,
    (r, inner, block): (Rect, Rect, Block),
    mut lines: Vec<Line>,
    label: String,
    (input, error): (&super::input::LineInput, Option<&str>),
    keys: String,
    theme: &Theme,
) {
    let cols = inner.width as usize;
    let label = format!("{label} ");
    let row = lines.len();
    lines.push(Line::from(vec![
        Span::styled(label.clone(), theme.header()),
        Span::raw(fit(input.text(), cols.saturating_sub(width(&label)))),
    ]));
    match error {
        Some(e) => lines.push(Line::styled(fit(e, cols), theme.warn())),
        None => lines.push(Line::from("")),
    }
    lines.push(Line::styled(fit(&keys, cols), theme.dim()));
    frame.render_widget(Clear, r);
    frame.render_widget(Paragraph::new(lines).block(block), r);
    if (row as u16) < inner.height {
        let before: String = input.text().chars().take(input.cursor()).collect();
        let x = (width(&label) + width(&before)).min(cols.saturating_sub(1));
        frame.set_cursor_position(Position::new(inner.x + x as u16, inner.y + row as u16));
    }
}

/// The frame of a question drawn over the chart and the breakdowns, as wide as they are
/// together: its area, the area inside its border, and the bordered block with its title.
/// `None` when there is no room to draw one.
fn prompt_frame<'a>(area: Rect, title: String, theme: &Theme) -> Option<(Rect, Rect, Block<'a>)> {
    let h = area.height.min(11);
    if area.width < 3 || h < 3 {
        return None;
    }
    let r = Rect::new(area.x, area.y, area.width, h);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(
            fit(&title, area.width as usize - 2),
            theme.title(),
        ));
    let inner = block.inner(r);
    Some((r, inner, block))
}

fn render_close(p: &ClosePrompt, code: &str, frame: &mut Frame, area: Rect, theme: &Theme) {
    let Some((r, inner, block)) =
        prompt_frame(area, crate::t!("summary-close-title", code = code), theme)
    else {
        return;
    };
    let cols = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    let c = &p.closing;
    if c.certificates + c.contacts + c.evaluations == 0 {
        lines.push(Line::from(fit(&crate::t!("summary-close-nothing"), cols)));
    } else {
        lines.push(Line::from(fit(&crate::t!("summary-close-creates"), cols)));
        for text in [
            crate::t!("summary-close-certificates", count = c.certificates),
            crate::t!("summary-close-contacts", count = c.contacts),
            crate::t!("summary-close-evaluations", count = c.evaluations),
        ] {
            lines.push(Line::from(fit(&format!("  {text}"), cols)));
        }
    }
    if c.marks_done {
        lines.push(Line::from(fit(
            &crate::t!("summary-close-marks-done"),
            cols,
        )));
    }
    lines.push(Line::from(fit(
        &crate::t!("summary-close-owner", owner = p.owner.as_str()),
        cols,
    )));
    input_tail(
        frame,
        (r, inner, block),
        lines,
        crate::t!("summary-close-due"),
        (&p.due, p.error.as_deref()),
        crate::t!("summary-close-keys"),
        theme,
    );
}

/// The certificates confirmation, drawn over the chart: how many, the first names with
/// their numbers, the path being edited (with the cursor), and how to answer.
fn render_certificates(
    p: &CertificatesPrompt,
    code: &str,
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
) {
    let Some((r, inner, block)) = prompt_frame(
        area,
        crate::t!("summary-certificates-title", code = code),
        theme,
    ) else {
        return;
    };
    let cols = inner.width as usize;
    let new = p.certificates.iter().filter(|c| c.new).count();
    let mut lines: Vec<Line> = vec![Line::from(fit(
        &crate::t!(
            "summary-certificates-count",
            count = p.certificates.len(),
            new = new
        ),
        cols,
    ))];
    // As many names as fit, with their numbers; the rest counted.
    let room = (inner.height as usize).saturating_sub(5);
    for c in p.certificates.iter().take(room) {
        lines.push(Line::from(fit(
            &format!("  {}  {}", c.number_text(code), c.name),
            cols,
        )));
    }
    if p.certificates.len() > room {
        lines.push(Line::from(fit(
            &format!(
                "  {}",
                crate::t!(
                    "summary-certificates-more",
                    count = p.certificates.len() - room
                )
            ),
            cols,
        )));
    }
    input_tail(
        frame,
        (r, inner, block),
        lines,
        crate::t!("summary-certificates-file"),
        (&p.path, p.error.as_deref()),
        crate::t!("summary-certificates-keys"),
        theme,
    );
}
