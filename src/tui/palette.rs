//! The command palette (`:` or Ctrl-P): every action of the screen with its keys and its
//! description in the UI language, from the live keymap, filtered as you type (case and
//! accents folded, like search); Enter runs the chosen one.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::action::{self, MODAL_CONTEXTS};
use super::input::LineInput;
use super::keymap::{Key, Keymap};
use super::theme::Theme;
use crate::text::{fit, fold, pad, width};

/// The name of the palette's own action: it is not listed in itself.
pub const ACTION: &str = "palette";

/// One line of the palette: an action of a keymap section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The section the action belongs to (the screen's own, or `global`).
    pub section: &'static str,
    pub name: &'static str,
    /// Its keys as written in keymaps, space-separated; empty when unbound.
    pub keys: String,
    pub description: String,
}

/// The open palette: the screen's section, what was typed, the highlighted line.
#[derive(Debug, Clone)]
pub struct Palette {
    pub context: &'static str,
    pub query: LineInput,
    /// The highlighted entry and the scroll state, the same list cursor as the panes'.
    pub nav: super::list::ListNav,
}

impl Palette {
    pub fn new(context: &'static str) -> Self {
        Palette {
            context,
            query: LineInput::default(),
            nav: Default::default(),
        }
    }

    /// The entries that match what was typed, in the order of the help.
    pub fn shown(&self, keymap: &Keymap) -> Vec<Entry> {
        let q = fold(self.query.text());
        let tokens: Vec<&str> = q.split_whitespace().collect();
        entries(keymap, self.context)
            .into_iter()
            .filter(|e| {
                let hay = fold(&format!("{} {} {}", e.description, e.name, e.keys));
                tokens.iter().all(|t| hay.contains(t))
            })
            .collect()
    }

    /// The highlighted entry, if any matches.
    pub fn chosen(&self, keymap: &Keymap) -> Option<Entry> {
        let shown = self.shown(keymap);
        shown
            .get(self.nav.cursor.min(shown.len().saturating_sub(1)))
            .cloned()
    }

    pub fn move_by(&mut self, d: isize, keymap: &Keymap) {
        let n = self.shown(keymap).len();
        self.nav.move_by(d, n);
    }
}

/// Every action of a section, then the global ones it reaches (but those it has its own of),
/// with their keys in the live keymap.
pub fn entries(keymap: &Keymap, context: &'static str) -> Vec<Entry> {
    let keys = |section: &str, name: &str| -> String {
        keymap
            .keys(section, name)
            .iter()
            .map(Key::display)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let own = action::actions_of(context).unwrap_or_default();
    let mut out: Vec<Entry> = own
        .iter()
        .filter(|n| **n != ACTION)
        .map(|name| Entry {
            section: context,
            name,
            keys: keys(context, name),
            description: action::describe(context, name),
        })
        .collect();
    if context != "global" && !MODAL_CONTEXTS.contains(&context) {
        for name in action::GLOBAL {
            if *name == ACTION || own.contains(name) {
                continue;
            }
            out.push(Entry {
                section: "global",
                name,
                keys: keys("global", name),
                description: action::describe("global", name),
            });
        }
    }
    out
}

/// Draws the palette over `area`: the typed filter, then the matching actions, the
/// highlighted one in reverse video.
pub fn draw(p: &Palette, keymap: &Keymap, frame: &mut Frame, area: Rect, theme: &Theme) {
    let shown = p.shown(keymap);
    let kw = shown.iter().map(|e| width(&e.keys)).max().unwrap_or(0) + 2;
    let w = 64.min(area.width);
    let h = (shown.len() as u16 + 4)
        .min(area.height)
        .max(5.min(area.height));
    let r = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    frame.render_widget(Clear, r);
    let block = super::view::parts::pane_block(crate::t!("palette-title"), true, theme);
    let inner = block.inner(r);
    frame.render_widget(block, r);
    if inner.width < 4 || inner.height == 0 {
        return;
    }
    let cols = inner.width as usize;
    let kw = kw.min(cols / 3);
    let prompt = format!(": {}", crate::text::sanitize(p.query.text()));
    let mut lines = vec![Line::styled(fit(&prompt, cols), theme.title())];
    let room = (inner.height as usize).saturating_sub(1);
    let cursor = p.nav.cursor.min(shown.len().saturating_sub(1));
    let window = p.nav.window(shown.len(), room);
    if shown.is_empty() {
        lines.push(Line::styled(
            fit(&crate::t!("palette-nothing"), cols),
            theme.dim(),
        ));
    }
    for (i, e) in shown
        .iter()
        .enumerate()
        .skip(window.start)
        .take(window.len())
    {
        let mut l = Line::from(vec![
            Span::styled(pad(&e.keys, kw), theme.header()),
            Span::styled(pad(&e.description, cols.saturating_sub(kw)), theme.normal()),
        ]);
        if i == cursor {
            l = l.patch_style(theme.selected());
        }
        lines.push(l);
    }
    frame.render_widget(Paragraph::new(lines), inner);
    let before: String = p.query.text().chars().take(p.query.cursor()).collect();
    let x = (2 + width(&before)).min(cols.saturating_sub(1)) as u16;
    frame.set_cursor_position((inner.x + x, inner.y));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_roster_lists_its_own_actions_and_the_global_ones_it_reaches() {
        let k = Keymap::defaults();
        let e = entries(&k, "roster");
        assert_eq!(e[0].name, "close");
        assert!(
            e.iter()
                .any(|x| x.name == "mark_present" && x.keys == "enter 1")
        );
        // The roster's own undo, not the global one; quit from [global].
        assert_eq!(e.iter().filter(|x| x.name == "undo").count(), 1);
        assert!(e.iter().any(|x| x.section == "global" && x.name == "quit"));
        assert!(!e.iter().any(|x| x.name == ACTION));
    }

    #[test]
    fn typing_filters_by_description_folding_accents() {
        crate::i18n::set_for_thread(Some("sq"));
        let k = Keymap::defaults();
        let mut p = Palette::new("roster");
        for c in "zhbej".chars() {
            p.query.handle(crossterm::event::KeyEvent::from(
                crossterm::event::KeyCode::Char(c),
            ));
        }
        let shown = p.shown(&k);
        assert!(!shown.is_empty());
        assert!(shown.iter().all(|e| fold(&e.description).contains("zhbej")));
        crate::i18n::set_for_thread(None);
    }
}
