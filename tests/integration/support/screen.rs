//! Rendering on a `TestBackend` and scanning every cell for characters that must never reach
//! a terminal, for views that draw data.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// Draws `draw` on a `width`×`height` test terminal and returns the buffer.
pub fn render(width: u16, height: u16, draw: impl FnOnce(&mut ratatui::Frame)) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    t.draw(draw).expect("draw");
    t.backend().buffer().clone()
}

/// Every cell whose symbol holds a forbidden character: (x, y, symbol).
pub fn forbidden_cells(buf: &Buffer) -> Vec<(u16, u16, String)> {
    let mut out = Vec::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let sym = buf[(x, y)].symbol();
            if sym
                .chars()
                .any(|c| super::forbidden(c) || c == '\n' || c == '\r')
            {
                out.push((x, y, sym.escape_unicode().to_string()));
            }
        }
    }
    out
}

/// Renders and asserts that no cell carries a forbidden character.
pub fn assert_screen_safe(width: u16, height: u16, draw: impl FnOnce(&mut ratatui::Frame)) {
    let buf = render(width, height, draw);
    let bad = forbidden_cells(&buf);
    assert!(bad.is_empty(), "raw control characters on screen: {bad:?}");
}
