//! The Events pane: code, start date and title of every event, newest first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{cell, draw_list};
use crate::domain::EventStatus;
use crate::tui::state::{App, Pane};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let title = format!(
        "1 {} ({})",
        crate::t!("context-events"),
        app.data.events.len()
    );
    // The code is how trainers name an event: show it whole when it fits in two thirds of the
    // row, and give up the date column before cutting it.
    let longest = app
        .data
        .events
        .iter()
        .map(|r| crate::text::width(&r.event.code))
        .max()
        .unwrap_or(0);
    let row = |i: usize, width: usize, q: Option<&str>| -> Line<'static> {
        let Some(r) = app.data.events.get(i) else {
            return Line::default();
        };
        let e = &r.event;
        let code_w = (longest + 1).clamp(4, (width * 2 / 3).max(4));
        let style = match e.status {
            EventStatus::Cancelled | EventStatus::Done => theme.dim(),
            _ => theme.normal(),
        };
        let mut spans = cell(&e.code, code_w, q, style, theme);
        if width < code_w + 12 + 8 {
            if width > code_w + 4 {
                spans.extend(cell(&e.title, width - code_w, q, style, theme));
            }
        } else {
            spans.extend(cell(
                &format!(" {} ", super::date(e.start)),
                12,
                None,
                theme.dim(),
                theme,
            ));
            spans.extend(cell(&e.title, width - code_w - 12, q, style, theme));
        }
        Line::from(spans)
    };
    draw_list(app, frame, area, Pane::Events, title, None, &row);
}
