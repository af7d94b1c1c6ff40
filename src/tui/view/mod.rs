//! The views: read-only drawing of the state. Nothing here does I/O or changes the data;
//! only the visible rows of a list are drawn, so a list of 100,000 costs what a screenful does.

mod detail;
mod events;
mod followups;
mod overlay;
mod participants;
pub mod parts;
mod status;
mod welcome;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::state::{App, Pane, PaneList, Screen};
use super::theme::Theme;
use crate::text::fit;
pub use parts::{capped_rows, cell, date, pane_block, word};

/// Below this the panes cannot be read: a message says so instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

impl App {
    /// Draws the whole screen from the state.
    pub fn draw(&self, frame: &mut Frame) {
        let area = frame.area();
        let small = area.width < MIN_WIDTH || area.height < MIN_HEIGHT;
        self.too_small.set(small);
        *self.areas.borrow_mut() = super::state::Areas::default();
        if small {
            too_small(frame, area, &self.theme);
            return;
        }
        let [main, status_area] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(2)]).areas(area);
        match self.screen.view() {
            Some(v) => v.render(frame, main, &self.theme),
            None if matches!(self.screen, Screen::Welcome) => welcome::draw(self, frame, main),
            None => self.draw_panes(frame, main),
        }
        status::draw(self, frame, status_area);
        overlay::draw(self, frame, main);
    }

    fn draw_panes(&self, frame: &mut Frame, area: Rect) {
        let [top, bottom] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area);
        let [ev, people] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(top);
        let [fu, det] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(bottom);
        events::draw(self, frame, ev);
        participants::draw(self, frame, people);
        followups::draw(self, frame, fu);
        detail::draw(self, frame, det);
    }

    /// The keymap section that takes keys right now.
    pub fn context(&self) -> &'static str {
        use super::state::Overlay;
        match &self.overlay {
            Some(Overlay::Form(_)) => return "form",
            Some(Overlay::Confirm(_)) => return "confirm",
            Some(Overlay::Help(c)) => return c,
            Some(Overlay::Palette(p)) => return p.context,
            None => {}
        }
        if let Some(v) = self.screen.view() {
            return v.context();
        }
        match &self.screen {
            Screen::Welcome => "welcome",
            _ if self.list(self.focus).typing => "search",
            _ => self.focus.context(),
        }
    }
}

fn too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let msg = crate::t!(
        "tui-too-small",
        size = format!("{}x{}", area.width, area.height),
        needed = format!("{MIN_WIDTH}x{MIN_HEIGHT}")
    );
    let p = Paragraph::new(msg)
        .style(theme.warn())
        .wrap(Wrap { trim: true });
    frame.render_widget(p, area);
}

/// Draws a list pane: block, optional header, the visible rows, and the search line.
pub fn draw_list(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    pane: Pane,
    title: String,
    header: Option<Line<'static>>,
    row: &dyn Fn(usize, usize, Option<&str>) -> Line<'static>,
) {
    let theme = &app.theme;
    let focused = app.focus == pane && matches!(app.screen, Screen::Panes);
    let list: &PaneList = app.list(pane);
    let block = pane_block(title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let width = inner.width as usize;
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut height = inner.height as usize;
    if let Some(h) = header {
        lines.push(h);
        height = height.saturating_sub(1);
    }
    let search = list.typing || list.filtering();
    if search {
        height = height.saturating_sub(1);
    }
    let query = list.filtering().then(|| list.query.text());
    app.areas.borrow_mut().lists.push(super::state::ListArea {
        pane,
        area,
        rows_y: inner.y + lines.len() as u16,
        rows: height as u16,
    });
    let window = list.nav.window(list.visible.len(), height);
    for pos in window.clone() {
        let idx = list.visible[pos] as usize;
        let mut line = row(idx, width, query);
        if pos == list.nav.cursor {
            let sel = if focused {
                theme.selected()
            } else {
                Style::default().add_modifier(Modifier::BOLD)
            };
            line = line.patch_style(sel);
            // The selection spans the full width, even past the text.
            let w: usize = line.width();
            if w < width {
                line.push_span(Span::styled(" ".repeat(width - w), sel));
            }
        }
        lines.push(line);
    }
    if list.visible.is_empty() {
        lines.push(Line::styled(
            fit(&empty_text(app, pane), width),
            theme.dim(),
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    if search {
        let y = inner.y + inner.height - 1;
        let text = format!(
            "/{}  {}",
            list.query.text(),
            crate::t!(
                "search-count",
                shown = list.visible.len(),
                total = total(app, pane)
            )
        );
        let line = Line::styled(
            fit(&text, width),
            if list.typing {
                theme.title()
            } else {
                theme.dim()
            },
        );
        let r = Rect::new(inner.x, y, inner.width, 1);
        frame.render_widget(Paragraph::new(line), r);
        if list.typing {
            let before: String = list
                .query
                .text()
                .chars()
                .take(list.query.cursor())
                .collect();
            let x = inner.x + (1 + crate::text::width(&before)).min(width.saturating_sub(1)) as u16;
            frame.set_cursor_position((x, y));
        }
    }
}

fn total(app: &App, pane: Pane) -> usize {
    match pane {
        Pane::Events => app.data.events.len(),
        Pane::Participants => app.data.people.len(),
        Pane::FollowUps => app.data.followups.len(),
        Pane::Sessions => app.data.sessions.len(),
    }
}

fn empty_text(app: &App, pane: Pane) -> String {
    let l = app.list(pane);
    if l.filtering() {
        return crate::t!("empty-nothing-matches");
    }
    let key = |ctx: &str, a: &str| app.keymap.first_key(ctx, a).unwrap_or_default();
    match pane {
        Pane::Events => crate::t!("empty-events", key = key("events", "new_event")),
        Pane::Participants if app.people_scoped() => crate::t!(
            "empty-registrations",
            key = key("participants", "toggle_all")
        ),
        Pane::Participants => crate::t!(
            "empty-participants",
            key = key("participants", "new_participant")
        ),
        Pane::FollowUps => crate::t!("empty-followups"),
        Pane::Sessions => crate::t!("empty-sessions", key = key("sessions", "new_session")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vocabulary_word_is_translated_in_every_language() {
        use crate::domain::*;
        let mut all: Vec<&str> = Vec::new();
        all.extend(EventKind::ALL.iter().map(|x| x.word()));
        all.extend(EventStatus::ALL.iter().map(|x| x.word()));
        all.extend(Gender::ALL.iter().map(|x| x.word()));
        all.extend(OrgKind::ALL.iter().map(|x| x.word()));
        all.extend(Role::ALL.iter().map(|x| x.word()));
        all.extend(Source::ALL.iter().map(|x| x.word()));
        all.extend(RegStatus::ALL.iter().map(|x| x.word()));
        all.extend(MarkStatus::ALL.iter().map(|x| x.word()));
        all.extend(FollowUpKind::ALL.iter().map(|x| x.word()));
        all.extend(FollowUpStatus::ALL.iter().map(|x| x.word()));
        let ids = crate::i18n::all_ids();
        for w in all {
            let key = format!("word-{}", w.replace('_', "-"));
            for (code, have) in &ids {
                assert!(have.contains(&key), "{code}.ftl lacks {key}");
            }
        }
        assert_eq!(
            crate::i18n::tr_in("sq", "word-left-early", &[]),
            "u largua herët"
        );
    }

    fn text(spans: &[Span]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn cells_are_sanitised_and_padded() {
        let theme = Theme { color: true };
        let spans = cell("Ana\u{202e}\x1b[2J", 12, None, Style::default(), &theme);
        let t = text(&spans);
        assert!(!t.contains('\u{202e}') && !t.contains('\x1b'), "{t:?}");
        assert_eq!(crate::text::width(&t), 12);
    }

    #[test]
    fn matches_are_highlighted_through_folding() {
        let theme = Theme { color: true };
        let spans = cell("Ђорђе Петровић", 20, Some("petr"), Style::default(), &theme);
        let hl: Vec<&str> = spans
            .iter()
            .filter(|s| s.style == theme.highlight())
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(hl, vec!["Петр"]);
        assert_eq!(text(&spans).chars().count(), 20);
    }
}
