//! The welcome screen of an empty database: what the panes are, and how to begin.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::pane_block;
use crate::text::fit;
use crate::tui::state::App;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let block = pane_block("Welcome to prezenca".into(), true, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let w = inner.width as usize;
    let key = |ctx: &str, a: &str| app.keymap.first_key(ctx, a).unwrap_or_else(|| "?".into());
    let text = [
        (
            "The database is empty. prezenca has three panes:".to_string(),
            true,
        ),
        (String::new(), false),
        (
            "1 Events        trainings, workshops, conferences and their sessions".into(),
            false,
        ),
        (
            "2 Participants  people, kept once across events, with their history".into(),
            false,
        ),
        (
            "3 Follow-ups    certificates, materials, evaluations — by due date".into(),
            false,
        ),
        (String::new(), false),
        (
            format!(
                "From an event, {} takes attendance and {} shows the summary.",
                key("events", "open_roster"),
                key("events", "open_summary")
            ),
            false,
        ),
        (
            format!(
                "{} shows every key of the pane you are in.",
                key("global", "help")
            ),
            false,
        ),
        (String::new(), false),
        (
            format!(
                "  {}  load the sample data (six events across the region)",
                key("welcome", "load_sample")
            ),
            true,
        ),
        (
            format!(
                "  {}  start with an empty database",
                key("welcome", "start_empty")
            ),
            true,
        ),
    ];
    let lines: Vec<Line> = text
        .iter()
        .map(|(t, strong)| {
            Line::styled(
                fit(t, w),
                if *strong {
                    theme.header()
                } else {
                    theme.normal()
                },
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
