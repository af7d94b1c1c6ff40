//! The one list cursor: the panes, the roster and the command palette move and scroll with it.

use std::cell::Cell;

/// A cursor over a list. The scroll offset and page height are remembered by the view
/// (it alone knows the height), hence `Cell`.
#[derive(Debug, Default, Clone)]
pub struct ListNav {
    pub cursor: usize,
    pub offset: Cell<usize>,
    pub page: Cell<usize>,
}

impl ListNav {
    pub fn clamp(&mut self, len: usize) {
        if self.cursor >= len {
            self.cursor = len.saturating_sub(1);
        }
    }

    pub fn move_by(&mut self, delta: isize, len: usize) {
        if len == 0 {
            self.cursor = 0;
            return;
        }
        let c = self.cursor as isize + delta;
        self.cursor = c.clamp(0, len as isize - 1) as usize;
    }

    pub fn page(&self) -> isize {
        self.page.get().max(1) as isize
    }

    /// The rows to draw for `height` lines, scrolling just enough to show the cursor.
    pub fn window(&self, len: usize, height: usize) -> std::ops::Range<usize> {
        self.page.set(height);
        if height == 0 || len == 0 {
            return 0..0;
        }
        let mut off = self.offset.get().min(len.saturating_sub(1));
        if self.cursor < off {
            off = self.cursor;
        } else if self.cursor >= off + height {
            off = self.cursor + 1 - height;
        }
        if off + height > len {
            off = len.saturating_sub(height);
        }
        self.offset.set(off);
        off..(off + height).min(len)
    }
}
