//! The roster: live attendance for one session of an event (find a name, mark, walk-ins,
//! bulk, undo, sign-in sheet).
//!
//! Contract with the app loop (`src/tui/app.rs`): the app looks a key up in the keymap under
//! [`CONTEXT`]; when it is bound to one of [`ACTIONS`] and [`Roster::wants_raw_keys`] is false
//! it calls [`Roster::on_action`], otherwise [`Roster::on_key`] (letters type into the filter).

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use time::PrimitiveDateTime;

use super::theme::Theme;
use crate::core::error::Result;
use crate::core::{Backend, Queries};
use crate::domain::Id;

/// The keymap section of the roster.
pub const CONTEXT: &str = "roster";

/// Named actions of the roster: (name, description for the help overlay).
pub const ACTIONS: &[(&str, &str)] = &[
    ("close", "Back to the events"),
    ("prev_session", "Previous session"),
    ("next_session", "Next session"),
    ("mark_present", "Mark present"),
    ("mark_late", "Mark late"),
    ("mark_excused", "Mark excused"),
    ("mark_absent", "Mark absent"),
    ("mark_left_early", "Mark left early"),
    ("clear_mark", "Clear the mark"),
    ("undo", "Undo the last mark"),
    ("walk_in", "Add a walk-in"),
    ("bulk_absent", "Mark everyone unmarked absent"),
    ("toggle_select", "Select / unselect"),
    ("mark_selected", "Mark the selected present"),
    ("sign_in_sheet", "Print a sign-in sheet"),
    ("up", "Up"),
    ("down", "Down"),
    ("page_up", "Page up"),
    ("page_down", "Page down"),
];

/// What the app does after a roster key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RosterExit {
    Stay,
    /// Leave the roster.
    Close,
    /// Stay, and show this in the status line.
    Status(String),
}

pub struct Roster {
    pub event: Id,
    title: String,
}

impl Roster {
    /// Opens the roster of `event` at the session running at `now` (else the next, else the last).
    pub fn open(b: &mut dyn Backend, event: Id, _now: PrimitiveDateTime) -> Result<Self> {
        let title = b.event(event)?.map(|e| e.code).unwrap_or_default();
        Ok(Roster { event, title })
    }

    /// True while a form or prompt inside the roster takes every key as text.
    pub fn wants_raw_keys(&self) -> bool {
        false
    }

    pub fn on_action(&mut self, _b: &mut dyn Backend, action: &str) -> Result<RosterExit> {
        Ok(match action {
            "close" => RosterExit::Close,
            _ => RosterExit::Stay,
        })
    }

    pub fn on_key(&mut self, _b: &mut dyn Backend, _key: KeyEvent) -> Result<RosterExit> {
        Ok(RosterExit::Stay)
    }

    /// Data changed (here or in another client): reload, keeping the cursor on the same person.
    pub fn refresh(&mut self, _b: &mut dyn Backend) -> Result<()> {
        Ok(())
    }

    /// Draws from state only: no I/O here.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let p =
            ratatui::widgets::Paragraph::new(crate::text::fit(&self.title, area.width as usize))
                .style(theme.normal());
        frame.render_widget(p, area);
    }
}
