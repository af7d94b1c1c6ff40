//! The status lines: the last message and where the data lives; then the keys that matter
//! here, read from the live keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::text::{fit, width};
use crate::tui::action;
use crate::tui::keymap::Key;
use crate::tui::state::App;

/// The actions worth a hint in each section.
fn hints(context: &str) -> &'static [&'static str] {
    match context {
        "events" => &[
            "new_event",
            "edit_event",
            "delete_event",
            "open_roster",
            "open_summary",
            "sessions",
            "search",
            "undo",
            "help",
            "quit",
        ],
        "participants" => &[
            "new_participant",
            "edit_participant",
            "register",
            "toggle_all",
            "merge",
            "search",
            "undo",
            "help",
        ],
        "followups" => &[
            "new_followup",
            "edit_followup",
            "mark_done",
            "toggle_all",
            "search",
            "undo",
            "help",
        ],
        "sessions" => &["new_session", "edit_session", "delete_session", "close"],
        "form" => &["next_field", "prev_field", "submit", "cancel"],
        "search" => &["accept", "cancel"],
        "confirm" => &["yes", "no"],
        "welcome" => &["load_sample", "start_empty", "switch_language", "quit"],
        _ => &[],
    }
}

/// The short label of an action in the status line.
pub fn hint_label(context: &str, action: &str) -> String {
    match (context, action) {
        ("form", "next_field") => crate::t!("hint-next-field"),
        ("form", "prev_field") => crate::t!("hint-previous"),
        ("form", "submit") => crate::t!("hint-save"),
        ("form", "cancel") => crate::t!("hint-back-out"),
        ("search", "accept") => crate::t!("hint-keep-filter"),
        ("search", "cancel") => crate::t!("hint-clear"),
        ("sessions", "close") => crate::t!("hint-back"),
        (_, "yes") => crate::t!("hint-yes"),
        (_, "no") => crate::t!("hint-no"),
        (_, "new_event" | "new_participant" | "new_followup" | "new_session") => {
            crate::t!("hint-new")
        }
        (_, "edit_event" | "edit_participant" | "edit_followup" | "edit_session") => {
            crate::t!("hint-edit")
        }
        (_, "delete_event" | "delete_session") => crate::t!("hint-delete"),
        (_, "open_roster") => crate::t!("hint-roster"),
        (_, "open_summary") => crate::t!("hint-summary"),
        (_, "sessions") => crate::t!("hint-sessions"),
        (_, "search") => crate::t!("hint-search"),
        (_, "undo") => crate::t!("hint-undo"),
        (_, "help") => crate::t!("hint-keys"),
        (_, "quit") => crate::t!("hint-quit"),
        (_, "register") => crate::t!("hint-register"),
        (_, "toggle_all") => crate::t!("hint-all-or-event"),
        (_, "merge") => crate::t!("hint-merge"),
        (_, "mark_done") => crate::t!("hint-done"),
        (_, "load_sample") => crate::t!("hint-sample-data"),
        (_, "start_empty") => crate::t!("hint-start-empty"),
        (_, "switch_language") => crate::t!("hint-language"),
        (ctx, a) => crate::tui::action::describe(ctx, a).to_lowercase(),
    }
}

/// Hints of typed actions by their keymap names.
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
    let mut parts: Vec<(Key, String)> = hints(ctx)
        .iter()
        .filter_map(|a| app.keymap.first(ctx, a).map(|k| (k, hint_label(ctx, a))))
        .collect();
    if parts.is_empty() {
        // A component's section: the component names the hints that matter now.
        let own = app
            .screen
            .view()
            .filter(|v| v.context() == ctx)
            .and_then(|v| v.hints());
        let actions: Vec<(&str, String)> = own.unwrap_or_else(|| {
            action::actions_of(ctx)
                .unwrap_or_default()
                .iter()
                .take(6)
                .map(|a| (*a, action::describe(ctx, a).to_lowercase()))
                .collect()
        });
        parts = actions
            .into_iter()
            .filter_map(|(a, label)| app.keymap.first(ctx, a).map(|k| (k, label)))
            .collect();
        if let Some(k) = app.keymap.first("global", "help") {
            parts.push((k, crate::t!("hint-keys")));
        }
    }
    let mut spans = Vec::new();
    let mut used = 0;
    let mut areas = app.areas.borrow_mut();
    for (key, label) in parts {
        let k = key.display();
        let need = width(&k) + 1 + width(&label) + 2;
        if used + need > w {
            break;
        }
        // A click on the key or its label runs it, as the key would.
        let x0 = area.x + used as u16;
        areas
            .hints
            .push((x0, x0 + (need - 2) as u16, area.y + 1, key));
        spans.push(Span::styled(k, theme.header()));
        spans.push(Span::styled(format!(" {label}  "), theme.dim()));
        used += need;
    }
    let p = Paragraph::new(vec![line1, Line::from(spans)]);
    frame.render_widget(p, area);
}
