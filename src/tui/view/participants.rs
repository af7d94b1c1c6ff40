//! The Participants pane: everyone, or the selected event's registrations; likely
//! duplicates flagged with `≈`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{cell, draw_list};
use crate::tui::state::{App, Pane};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let scoped = app.people_scoped();
    let scope = match app.selected_event.and_then(|e| app.data.event(e)) {
        Some(e) if scoped => crate::t!("pane-participants-at", code = e.event.code.as_str()),
        _ => crate::t!("pane-participants-all"),
    };
    let title = format!(
        "2 {} — {} ({})",
        crate::t!("context-participants"),
        crate::text::sanitize(&scope),
        app.people.visible.len()
    );
    let row = |i: usize, width: usize, q: Option<&str>| -> Line<'static> {
        let Some(r) = app.data.people.get(i) else {
            return Line::default();
        };
        // As wide as the longest registration word in this language ("i regjistruar").
        let widest = crate::domain::RegStatus::ALL
            .iter()
            .map(|s| s.word())
            .chain(crate::domain::Role::ALL.iter().map(|r| r.word()))
            .map(|w| crate::text::width(&super::word(w)))
            .max()
            .unwrap_or(10);
        let role_w = if scoped && width >= 40 {
            (widest + 1).min(width / 3)
        } else {
            0
        };
        let rest = width.saturating_sub(2 + role_w);
        let name_w = (rest * 11 / 20).max(1);
        let org_w = rest.saturating_sub(name_w + 1);
        let mut spans = if r.dup_of.is_some() {
            cell("≈ ", 2, None, theme.warn(), theme)
        } else {
            cell("", 2, None, theme.normal(), theme)
        };
        spans.extend(cell(r.name(), name_w, q, theme.normal(), theme));
        if org_w > 0 {
            spans.extend(cell(" ", 1, None, theme.normal(), theme));
            spans.extend(cell(&r.org, org_w, q, theme.dim(), theme));
        }
        if role_w > 0 {
            let reg = app
                .data
                .regs
                .get(&r.id)
                .map(|g| {
                    if g.role == crate::domain::Role::Participant {
                        super::word(g.status.word())
                    } else {
                        super::word(g.role.word())
                    }
                })
                .unwrap_or_default();
            spans.extend(cell(&format!(" {reg}"), role_w, None, theme.dim(), theme));
        }
        Line::from(spans)
    };
    draw_list(app, frame, area, Pane::Participants, title, None, &row);
}
