//! A one-line text editor for forms, search and the roster filter.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    /// Cursor position in chars.
    cursor: usize,
}

impl LineInput {
    pub fn new(text: &str) -> Self {
        LineInput {
            text: text.to_string(),
            cursor: text.chars().count(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn set(&mut self, text: &str) {
        *self = LineInput::new(text);
    }

    pub fn clear(&mut self) {
        *self = LineInput::default();
    }

    fn byte(&self, ch: usize) -> usize {
        self.text
            .char_indices()
            .nth(ch)
            .map_or(self.text.len(), |(i, _)| i)
    }

    /// Inserts pasted text at the cursor, cleaned by [`crate::text::pasted`] first; returns
    /// true when something was inserted.
    pub fn paste(&mut self, text: &str) -> bool {
        let clean = crate::text::pasted(text);
        if clean.is_empty() {
            return false;
        }
        let b = self.byte(self.cursor);
        self.text.insert_str(b, &clean);
        self.cursor += clean.chars().count();
        true
    }

    /// Applies an editing key; returns true when the key was an edit (text or cursor moved).
    /// Control characters are never inserted.
    pub fn handle(&mut self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Char('u') if ctrl => {
                let b = self.byte(self.cursor);
                self.text.replace_range(..b, "");
                self.cursor = 0;
            }
            KeyCode::Char('w') if ctrl => {
                let chars: Vec<char> = self.text.chars().collect();
                let mut start = self.cursor;
                while start > 0 && chars[start - 1] == ' ' {
                    start -= 1;
                }
                while start > 0 && chars[start - 1] != ' ' {
                    start -= 1;
                }
                let (a, b) = (self.byte(start), self.byte(self.cursor));
                self.text.replace_range(a..b, "");
                self.cursor = start;
            }
            KeyCode::Char('a') if ctrl => self.cursor = 0,
            KeyCode::Char('e') if ctrl => self.cursor = self.text.chars().count(),
            KeyCode::Char(c) if !ctrl && !c.is_control() => {
                let b = self.byte(self.cursor);
                self.text.insert(b, c);
                self.cursor += 1;
            }
            KeyCode::Backspace if self.cursor > 0 => {
                let (a, b) = (self.byte(self.cursor - 1), self.byte(self.cursor));
                self.text.replace_range(a..b, "");
                self.cursor -= 1;
            }
            KeyCode::Delete if self.cursor < self.text.chars().count() => {
                let (a, b) = (self.byte(self.cursor), self.byte(self.cursor + 1));
                self.text.replace_range(a..b, "");
            }
            KeyCode::Left if self.cursor > 0 => self.cursor -= 1,
            KeyCode::Right if self.cursor < self.text.chars().count() => self.cursor += 1,
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = self.text.chars().count(),
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    #[test]
    fn edits_unicode_text() {
        let mut i = LineInput::default();
        for c in "Đorđe".chars() {
            i.handle(k(KeyCode::Char(c)));
        }
        assert_eq!(i.text(), "Đorđe");
        i.handle(k(KeyCode::Left));
        i.handle(k(KeyCode::Backspace));
        assert_eq!(i.text(), "Đore");
        i.handle(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        assert_eq!(i.text(), "e");
        assert!(!i.handle(k(KeyCode::Char('\u{1b}'))));
        assert_eq!(i.text(), "e");
    }

    #[test]
    fn a_paste_is_text_only() {
        let mut i = LineInput::new("Ana ");
        assert!(i.paste("\u{1b}]0\r\nÇela\tKWN\u{202e}\n"));
        assert_eq!(i.text(), "Ana ]0 Çela KWN");
        assert_eq!(i.cursor(), i.text().chars().count());
        assert!(!i.paste("\n\u{7}"));
    }
}
