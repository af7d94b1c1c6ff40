//! The export prompt the summary and report views share: a format that Tab cycles and an
//! editable file name, written owner-only and atomically on Enter.

use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::component::ViewExit;
use super::input::LineInput;
use super::theme::Theme;
use crate::core::error::Result;
use crate::report::Format;
use crate::text::width;

/// A format and an editable path; the views keep it in an `Option` while it is open.
pub struct ExportPrompt {
    pub format: Format,
    pub path: LineInput,
}

impl ExportPrompt {
    /// Opens on HTML (what donors read) with the name `suggest` gives for it.
    pub fn new(suggest: impl Fn(Format) -> String) -> Self {
        let format = Format::Html;
        ExportPrompt {
            format,
            path: LineInput::new(&suggest(format)),
        }
    }

    /// Draws the prompt on one line, the end of a long path in view, with the cursor.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        let w = area.width as usize;
        let prefix = format!(
            "{} ",
            crate::t!("summary-export-prompt", format = self.format.ext())
        );
        let room = w.saturating_sub(width(&prefix) + 1);
        let chars: Vec<char> = self.path.text().chars().collect();
        // Show the end of a long path, where the cursor usually is.
        let mut start = 0;
        while start < chars.len() && width(&chars[start..].iter().collect::<String>()) > room {
            start += 1;
        }
        let shown: String = chars[start..].iter().collect();
        let before: String = chars[start..self.path.cursor().max(start)].iter().collect();
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(prefix.clone(), theme.header()),
                Span::raw(crate::text::sanitize(&shown).into_owned()),
            ])),
            area,
        );
        let x = (width(&prefix) + width(&before)).min(w.saturating_sub(1));
        frame.set_cursor_position(Position::new(area.x + x as u16, area.y));
    }
}

/// One key for an open prompt: Esc cancels, Tab/BackTab change the format (the typed name
/// keeps its stem), Enter writes `text(format)` to the path and says `written(path)`; any
/// other key edits the path. The prompt closes (`*prompt = None`) on Esc and on success;
/// after a failed write it stays open so the path can be corrected.
pub fn on_key(
    prompt: &mut Option<ExportPrompt>,
    key: KeyEvent,
    text: impl FnOnce(Format) -> Result<Vec<u8>>,
    written: impl FnOnce(&str) -> String,
) -> ViewExit {
    let Some(ex) = prompt else {
        return ViewExit::Stay;
    };
    match key.code {
        KeyCode::Esc => {
            *prompt = None;
            ViewExit::Status(crate::t!("summary-export-cancelled"))
        }
        KeyCode::Tab | KeyCode::BackTab => {
            let all = Format::ALL;
            let i = all.iter().position(|f| *f == ex.format).unwrap_or(0);
            let next = if key.code == KeyCode::Tab {
                all[(i + 1) % all.len()]
            } else {
                all[(i + all.len() - 1) % all.len()]
            };
            // Keep the user's name; only the extension follows the format.
            let old = format!(".{}", ex.format.ext());
            let typed = ex.path.text().to_string();
            if let Some(stem) = typed.strip_suffix(&old) {
                ex.path.set(&format!("{stem}.{}", next.ext()));
            }
            ex.format = next;
            ViewExit::Stay
        }
        KeyCode::Enter => {
            let path = ex.path.text().trim().to_string();
            if path.is_empty() {
                return ViewExit::Status(crate::t!("summary-export-no-name"));
            }
            let result =
                text(ex.format).and_then(|t| crate::io::write_private(Path::new(&path), &t));
            match result {
                Ok(()) => {
                    *prompt = None;
                    ViewExit::Status(written(&path))
                }
                Err(e) => ViewExit::Status(e.to_string()),
            }
        }
        _ => {
            ex.path.handle(key);
            ViewExit::Stay
        }
    }
}
