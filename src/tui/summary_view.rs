//! The Summary view of one event in the TUI: key figures, a bar chart of attendance per
//! session, gender and country breakdowns, the at-risk list, export to a file and
//! certificate follow-ups for the eligible.
//!
//! Same contract with the app loop as the roster (see `roster/mod.rs`).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Borders, Paragraph};
use time::PrimitiveDateTime;

use super::input::LineInput;
use super::roster::RosterExit as ViewExit;
use super::theme::Theme;
use crate::core::error::Result;
use crate::core::{Backend, Command, Queries, clock};
use crate::domain::summary::{Breakdown, Summary, sessions_needed};
use crate::domain::{FollowUp, FollowUpKind, FollowUpStatus, Id};
use crate::report::{self, Format, Options};
use crate::text::{fit, pad, width};

pub const CONTEXT: &str = "summary";

/// Named actions of the summary view; the help overlay describes them (`action-summary-*`).
pub const ACTIONS: &[&str] = &["close", "export", "certificates"];

/// The status-line hints of the summary view, as (action, short label).
pub fn hints() -> Vec<(&'static str, String)> {
    vec![
        ("export", crate::t!("hint-export")),
        ("certificates", crate::t!("hint-certificates")),
        ("close", crate::t!("hint-back")),
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

/// Certificate follow-ups fall due two weeks after they are created.
const CERTIFICATE_DUE_DAYS: i64 = 14;

/// The export prompt: a format and an editable path.
struct Export {
    format: Format,
    path: LineInput,
}

pub struct SummaryView {
    pub event: Id,
    summary: Box<Summary>,
    opts: Options,
    export: Option<Export>,
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
            opts: Options::default(),
            export: None,
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

    /// True while the export prompt takes every key as text.
    pub fn wants_raw_keys(&self) -> bool {
        self.export.is_some()
    }

    pub fn on_action(&mut self, b: &mut dyn Backend, action: &str) -> Result<ViewExit> {
        Ok(match action {
            "close" => ViewExit::Close,
            "export" => {
                let format = Format::Html;
                self.export = Some(Export {
                    format,
                    path: LineInput::new(&report::suggested_name(&self.summary.event.code, format)),
                });
                ViewExit::Stay
            }
            "certificates" => ViewExit::Status(self.create_certificates(b)?),
            _ => ViewExit::Stay,
        })
    }

    pub fn on_key(&mut self, _b: &mut dyn Backend, key: KeyEvent) -> Result<ViewExit> {
        let Some(ex) = &mut self.export else {
            return Ok(ViewExit::Stay);
        };
        match key.code {
            KeyCode::Esc => {
                self.export = None;
                Ok(ViewExit::Status(crate::t!("summary-export-cancelled")))
            }
            KeyCode::Tab | KeyCode::BackTab => {
                let all = Format::ALL;
                let i = all.iter().position(|f| *f == ex.format).unwrap_or(0);
                let next = if key.code == KeyCode::Tab {
                    all[(i + 1) % all.len()]
                } else {
                    all[(i + all.len() - 1) % all.len()]
                };
                // Keep the user's name; only the extension follows the format.
                let old = format!(".{}", ex.format.ext());
                let text = ex.path.text().to_string();
                if let Some(stem) = text.strip_suffix(&old) {
                    ex.path.set(&format!("{stem}.{}", next.ext()));
                }
                ex.format = next;
                Ok(ViewExit::Stay)
            }
            KeyCode::Enter => {
                let path = ex.path.text().trim().to_string();
                if path.is_empty() {
                    return Ok(ViewExit::Status(crate::t!("summary-export-no-name")));
                }
                let written = report::summary(&self.summary, ex.format, &self.opts)
                    .and_then(|text| report::write_private(Path::new(&path), text.as_bytes()));
                Ok(match written {
                    Ok(()) => {
                        self.export = None;
                        ViewExit::Status(crate::t!("summary-written", path = path.as_str()))
                    }
                    // The prompt stays open so the path can be corrected.
                    Err(e) => ViewExit::Status(e.to_string()),
                })
            }
            _ => {
                ex.path.handle(key);
                Ok(ViewExit::Stay)
            }
        }
    }

    pub fn refresh(&mut self, b: &mut dyn Backend) -> Result<()> {
        self.summary = b.summary(self.event, self.now())?;
        Ok(())
    }

    /// One certificate follow-up per eligible participant who has none for this event yet.
    fn create_certificates(&mut self, b: &mut dyn Backend) -> Result<String> {
        let Some(ev) = b.event(self.event)? else {
            return Ok(crate::t!("summary-event-gone"));
        };
        let sessions = b.sessions(self.event)?;
        let n = sessions.len() as u64;
        if n == 0 {
            return Ok(crate::t!("summary-no-sessions-nobody-eligible"));
        }
        let needed = sessions_needed(n, ev.threshold_permille);
        let mut attended: HashMap<Id, u64> = HashMap::new();
        for (_, pid, m) in b.event_marks(self.event)? {
            if m.status.attended() {
                *attended.entry(pid).or_default() += 1;
            }
        }
        let have: HashSet<Id> = b
            .followups(Some(self.event))?
            .into_iter()
            .filter(|(_, f)| f.kind == FollowUpKind::Certificate)
            .filter_map(|(_, f)| f.participant)
            .collect();
        let owner = b.who();
        let due = self.now().date() + time::Duration::days(CERTIFICATE_DUE_DAYS);
        let mut created = 0;
        for (pid, reg) in b.registrations(self.event)? {
            let eligible = attended.get(&pid).copied().unwrap_or(0) >= needed;
            if !reg.counts() || !eligible || have.contains(&pid) {
                continue;
            }
            b.execute(Command::CreateFollowUp(FollowUp {
                event: self.event,
                participant: Some(pid),
                organisation: None,
                title: crate::t!("summary-certificate-title"),
                kind: FollowUpKind::Certificate,
                owner: owner.clone(),
                due: Some(due),
                status: FollowUpStatus::Open,
                notes: String::new(),
            }))?;
            created += 1;
        }
        self.refresh(b)?;
        Ok(match created {
            0 => crate::t!("summary-certificates-none"),
            n => crate::t!("summary-certificates-created", count = n),
        })
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
        let tail = format!(" · {dates} · {}", super::view::word(&e.status));
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
            let prefix = format!(
                "{} ",
                crate::t!("summary-export-prompt", format = ex.format.ext())
            );
            let room = w.saturating_sub(width(&prefix) + 1);
            let chars: Vec<char> = ex.path.text().chars().collect();
            // Show the end of a long path, where the cursor usually is.
            let mut start = 0;
            while start < chars.len() && width(&chars[start..].iter().collect::<String>()) > room {
                start += 1;
            }
            let shown: String = chars[start..].iter().collect();
            let before: String = chars[start..ex.path.cursor().max(start)].iter().collect();
            frame.render_widget(
                Paragraph::new(Line::from(vec![
                    Span::styled(prefix.clone(), theme.header()),
                    Span::raw(crate::text::sanitize(&shown).into_owned()),
                ])),
                bottom,
            );
            let x = (width(&prefix) + width(&before)).min(w.saturating_sub(1));
            frame.set_cursor_position(Position::new(bottom.x + x as u16, bottom.y));
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
                super::view::word(k)
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
            (super::form::label_text("Gender"), &s.by_gender, half, true),
            (
                super::form::label_text("Country"),
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
            if map.is_empty() {
                lines.push(Line::styled(crate::t!("summary-none-yet"), theme.dim()));
                continue;
            }
            let total = map.len();
            for (i, (k, b)) in map.iter().enumerate() {
                if i + 1 == limit && total > limit {
                    lines.push(Line::styled(
                        fit(&crate::t!("summary-more", count = total - i), cols),
                        theme.dim(),
                    ));
                    break;
                }
                if i >= limit {
                    break;
                }
                lines.push(row(k, b, gender));
            }
        }
        frame.render_widget(Paragraph::new(lines).block(block), area);
    }
}
