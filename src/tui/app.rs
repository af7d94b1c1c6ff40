//! The main loop, generic over the ratatui backend: draw when something changed, wait for
//! input or a tick, poll for other clients' changes, and leave on quit, signal or hang-up.

use std::time::{Duration, Instant};

use crossterm::event::KeyEvent;
use ratatui::Terminal;

pub use super::state::App;

/// What the terminal (or a test script) delivers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Key(KeyEvent),
    /// Text pasted into the terminal (bracketed paste): never keys.
    Paste(String),
    /// A click or the wheel (when the mouse is on).
    Mouse(crossterm::event::MouseEvent),
    Resize,
    /// Nothing happened within the timeout.
    Tick,
    /// The terminal is gone (hang-up, end of input, size 0x0).
    Gone,
    /// SIGTERM or SIGHUP arrived: its number.
    Signal(i32),
}

pub trait InputSource {
    /// Waits at most `timeout` for the next input.
    fn next(&mut self, timeout: Duration) -> Input;
    /// Called after each iteration of the loop, with the form being edited (if any) as a
    /// draft, so a watchdog can keep it should the process be stuck when the link drops.
    fn heartbeat(&mut self, _draft: Option<&super::form::Draft>) {}
}

/// How often to look for changes made elsewhere when idle.
pub const POLL_EVERY: Duration = Duration::from_millis(250);

/// Exit status for a hang-up: as if killed by SIGHUP.
pub const HANGUP_STATUS: i32 = 128 + 1;

/// Runs the app until it quits; returns the exit status.
pub fn run_loop<B: ratatui::backend::Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    input: &mut dyn InputSource,
) -> i32 {
    loop {
        if app.dirty {
            if terminal.draw(|f| app.draw(f)).is_err() {
                // Writing to the terminal failed: it is gone.
                app.keep_draft();
                return HANGUP_STATUS;
            }
            app.dirty = false;
            if app.detail_due {
                // The frame is out; now the detail it waited for, and draw again.
                app.settle();
                continue;
            }
        }
        if app.quit {
            return 0;
        }
        match input.next(POLL_EVERY) {
            Input::Key(k) => app.handle_key(k),
            Input::Paste(text) => app.handle_paste(&text),
            Input::Mouse(m) => app.handle_mouse(m),
            Input::Resize => {
                let _ = terminal.autoresize();
                app.dirty = true;
            }
            Input::Tick => {}
            Input::Gone => {
                app.keep_draft();
                return HANGUP_STATUS;
            }
            Input::Signal(n) => {
                app.keep_draft();
                return 128 + n;
            }
        }
        let due = app.last_poll.is_none_or(|t| t.elapsed() >= POLL_EVERY);
        if due {
            app.poll_changes();
            app.last_poll = Some(Instant::now());
        }
        input.heartbeat(app.draft().as_ref());
    }
}

impl App {
    /// Writes the form being edited to the draft file (mode 0600), to be offered back.
    pub fn keep_draft(&self) {
        if let (Some(d), Some(path)) = (self.draft(), &self.draft_path) {
            let _ = crate::io::write_private_in_own_dir(
                path,
                &serde_json::to_vec(&d).unwrap_or_default(),
            );
        }
    }
}
