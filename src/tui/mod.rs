//! The terminal UI.

pub mod keymap;

use crate::cli::Global;

/// Runs the TUI; returns the exit status.
pub fn run(_g: &Global) -> i32 {
    crate::cli::say("the terminal UI is not available yet");
    1
}
