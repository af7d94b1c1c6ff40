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
    let block = pane_block(crate::t!("welcome-title"), true, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let w = inner.width as usize;
    let key = |ctx: &str, a: &str| app.keymap.first_key(ctx, a).unwrap_or_else(|| "?".into());
    // The pane names in one column, as wide as the longest in this language.
    let panes = [
        (
            "1",
            crate::t!("context-events"),
            crate::t!("welcome-events"),
        ),
        (
            "2",
            crate::t!("context-participants"),
            crate::t!("welcome-participants"),
        ),
        (
            "3",
            crate::t!("context-followups"),
            crate::t!("welcome-followups"),
        ),
    ];
    let nw = panes
        .iter()
        .map(|(_, n, _)| crate::text::width(n))
        .max()
        .unwrap_or(0)
        + 2;
    let mut text = vec![(crate::t!("welcome-empty"), true), (String::new(), false)];
    for (k, name, what) in &panes {
        text.push((format!("{k} {}{what}", crate::text::pad(name, nw)), false));
    }
    text.extend([
        (String::new(), false),
        (
            crate::t!(
                "welcome-from-an-event",
                roster = key("events", "open_roster"),
                summary = key("events", "open_summary")
            ),
            false,
        ),
        (
            crate::t!("welcome-help", key = key("global", "help")),
            false,
        ),
        (
            crate::t!(
                "welcome-language",
                key = key("global", "switch_language"),
                language = crate::t!("language-name")
            ),
            false,
        ),
        (String::new(), false),
        (
            format!(
                "  {}  {}",
                key("welcome", "load_sample"),
                crate::t!("welcome-load-sample")
            ),
            true,
        ),
        (
            format!(
                "  {}  {}",
                key("welcome", "start_empty"),
                crate::t!("welcome-start-empty")
            ),
            true,
        ),
    ]);
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
