//! The contract of a full screen beside the panes, and what it tells the app after a key.
//! Below every screen: the screens import this, never each other.

use crate::core::Backend;
use crate::core::error::Result;

/// What the app does after a key in a screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewExit {
    Stay,
    /// Leave the screen.
    Close,
    /// Stay, and show this in the status line.
    Status(String),
    /// Stay, and open the command palette over this screen.
    Palette,
}

/// What the app needs of any full screen beside the panes (roster, summary, report, import),
/// whatever its actions: its keymap section, drawing, the hints of the moment, a refresh
/// after someone else's change, and pasted text. Object safe: [`super::state::Screen::view`] hands
/// out one `&dyn View`, so drawing, the status line and refreshing need no match per screen.
pub trait View {
    /// The keymap section its keys are looked up in.
    fn context(&self) -> &'static str;
    fn render(
        &self,
        frame: &mut ratatui::Frame,
        area: ratatui::layout::Rect,
        theme: &super::theme::Theme,
    );
    /// Reads again after a change made elsewhere (another trainer, through the server).
    fn refresh(&mut self, _b: &mut dyn Backend) -> Result<()> {
        Ok(())
    }
    /// The actions the status line offers now, by keymap name, with their labels (none at
    /// a moment when no action applies); `None` leaves the status line to list the
    /// section's first actions.
    fn hints(&self) -> Option<Vec<(&'static str, String)>> {
        None
    }
    /// Pasted text, for the field or filter being typed in; never an action.
    fn on_paste(&mut self, text: &str);
}

/// A screen with actions of its own (roster, summary, report): the app routes keys through
/// the keymap section of its action type and closes it when it says so.
pub trait Component: View {
    /// The screen's actions: a key bound to one of them in its section reaches `on_action`.
    type Action: super::action::Action;
    fn wants_raw_keys(&self) -> bool;
    fn on_action(
        &mut self,
        b: &mut dyn crate::core::Backend,
        action: Self::Action,
    ) -> crate::core::error::Result<ViewExit>;
    fn on_key(
        &mut self,
        b: &mut dyn crate::core::Backend,
        key: crossterm::event::KeyEvent,
    ) -> crate::core::error::Result<ViewExit>;
}

pub(crate) fn named<A: super::action::Action>(
    hints: Vec<(A, String)>,
) -> Vec<(&'static str, String)> {
    hints.into_iter().map(|(a, l)| (a.name(), l)).collect()
}
