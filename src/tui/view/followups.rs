//! The Follow-ups pane: by due date; overdue ones marked `!` in the warning style.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{cell, draw_list};
use crate::domain::FollowUpStatus;
use crate::tui::state::{App, Pane};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let today = app.today();
    let scoped = app.followups_scoped();
    let overdue = app
        .followups
        .visible
        .iter()
        .filter_map(|&i| app.data.followups.get(i as usize))
        .filter(|f| f.f.overdue(today))
        .count();
    let title = format!(
        "3 {} — {}",
        crate::t!("context-followups"),
        crate::t!(
            "pane-followups-scope",
            scoped = if scoped { "event" } else { "all" },
            count = app.followups.visible.len(),
            overdue = overdue
        )
    );
    let row = |i: usize, width: usize, q: Option<&str>| -> Line<'static> {
        let Some(r) = app.data.followups.get(i) else {
            return Line::default();
        };
        let late = r.f.overdue(today);
        let style = if late {
            theme.warn()
        } else if r.f.status != FollowUpStatus::Open {
            theme.dim()
        } else {
            theme.normal()
        };
        let mark = match (late, r.f.status) {
            (true, _) => "! ",
            (_, FollowUpStatus::Done) => "✓ ",
            (_, FollowUpStatus::Cancelled) => "× ",
            _ => "  ",
        };
        let mut spans = cell(mark, 2, None, style, theme);
        let due = r.f.due.map(super::date).unwrap_or_else(|| "—".into());
        spans.extend(cell(&format!("{due} "), 11, None, style, theme));
        let code_w = if scoped { 0 } else { 10.min(width / 5) };
        let rest = width.saturating_sub(13 + code_w);
        let owner_w = if rest > 30 { 10 } else { 0 };
        let title_w = rest.saturating_sub(owner_w);
        let what = if r.person.is_empty() {
            r.f.title.clone()
        } else {
            format!("{}: {}", r.f.title, r.person)
        };
        spans.extend(cell(&what, title_w, q, style, theme));
        if owner_w > 0 {
            spans.extend(cell(
                &format!(" {}", r.f.owner),
                owner_w,
                q,
                theme.dim(),
                theme,
            ));
        }
        if code_w > 0 {
            spans.extend(cell(
                &format!(" {}", r.event_code),
                code_w,
                q,
                theme.dim(),
                theme,
            ));
        }
        Line::from(spans)
    };
    draw_list(app, frame, area, Pane::FollowUps, title, None, &row);
}
