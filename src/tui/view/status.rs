//! The status lines: the last message and where the data lives; then the keys that matter
//! here, read from the live keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::text::{fit, width};
use crate::tui::action;
use crate::tui::state::App;

/// The actions worth a hint in each section, with a short label.
fn hints(context: &str) -> &'static [(&'static str, &'static str)] {
    match context {
        "events" => &[
            ("new_event", "new"),
            ("edit_event", "edit"),
            ("delete_event", "delete"),
            ("open_roster", "roster"),
            ("open_summary", "summary"),
            ("sessions", "sessions"),
            ("search", "search"),
            ("undo", "undo"),
            ("help", "keys"),
            ("quit", "quit"),
        ],
        "participants" => &[
            ("new_participant", "new"),
            ("edit_participant", "edit"),
            ("register", "register"),
            ("toggle_all", "all/event"),
            ("merge", "merge"),
            ("search", "search"),
            ("undo", "undo"),
            ("help", "keys"),
        ],
        "followups" => &[
            ("new_followup", "new"),
            ("edit_followup", "edit"),
            ("mark_done", "done"),
            ("toggle_all", "all/event"),
            ("search", "search"),
            ("undo", "undo"),
            ("help", "keys"),
        ],
        "sessions" => &[
            ("new_session", "new"),
            ("edit_session", "edit"),
            ("delete_session", "delete"),
            ("close", "back"),
        ],
        "form" => &[
            ("next_field", "next field"),
            ("prev_field", "previous"),
            ("submit", "save"),
            ("cancel", "back out"),
        ],
        "search" => &[("accept", "keep filter"), ("cancel", "clear")],
        "confirm" => &[("yes", "yes"), ("no", "no")],
        "welcome" => &[
            ("load_sample", "sample data"),
            ("start_empty", "start empty"),
            ("quit", "quit"),
        ],
        _ => &[],
    }
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let w = area.width as usize;
    let loc = fit(&app.location, w / 2);
    let msg_w = w.saturating_sub(width(&loc) + 1);
    let msg = fit(&app.status.text, msg_w);
    let pad = w.saturating_sub(width(&msg) + width(&loc));
    let line1 = Line::from(vec![
        Span::styled(
            msg,
            if app.status.warn {
                theme.warn()
            } else {
                theme.ok()
            },
        ),
        Span::raw(" ".repeat(pad)),
        Span::styled(loc, theme.dim()),
    ]);
    let ctx = app.context();
    let mut parts: Vec<(String, String)> = hints(ctx)
        .iter()
        .filter_map(|(a, label)| app.keymap.first_key(ctx, a).map(|k| (k, label.to_string())))
        .collect();
    if parts.is_empty() {
        // A component's section: its first actions, described.
        if let Some(actions) = action::actions_of(ctx) {
            parts = actions
                .iter()
                .filter_map(|(a, d)| app.keymap.first_key(ctx, a).map(|k| (k, d.to_lowercase())))
                .take(6)
                .collect();
        }
        if let Some(k) = app.keymap.first_key("global", "help") {
            parts.push((k, "keys".into()));
        }
    }
    let mut spans = Vec::new();
    let mut used = 0;
    for (k, label) in parts {
        let need = width(&k) + 1 + width(&label) + 2;
        if used + need > w {
            break;
        }
        spans.push(Span::styled(k, theme.header()));
        spans.push(Span::styled(format!(" {label}  "), theme.dim()));
        used += need;
    }
    let p = Paragraph::new(vec![line1, Line::from(spans)]);
    frame.render_widget(p, area);
}
