//! The action vocabulary of the app's own panes: every key maps to one of these names
//! (through `keymaps/default.toml`), and the help overlay describes them with these words.

use super::{roster, summary_view};

pub type Actions = &'static [(&'static str, &'static str)];

/// Actions that work in every pane (a pane's section falls back to `[global]`).
pub const GLOBAL: Actions = &[
    ("quit", "Quit"),
    ("help", "Show the keys of this pane"),
    ("next_pane", "Next pane"),
    ("prev_pane", "Previous pane"),
    ("focus_events", "Go to Events"),
    ("focus_participants", "Go to Participants"),
    ("focus_followups", "Go to Follow-ups"),
    ("up", "Up"),
    ("down", "Down"),
    ("page_up", "Page up"),
    ("page_down", "Page down"),
    ("top", "First row"),
    ("bottom", "Last row"),
    ("search", "Search this list"),
    ("clear_search", "Clear the search"),
    ("undo", "Undo your last change"),
    ("redo", "Redo what you undid"),
];

pub const EVENTS: Actions = &[
    ("new_event", "New event"),
    ("edit_event", "Edit the event"),
    ("delete_event", "Delete the event"),
    ("open_roster", "Take attendance (roster)"),
    ("open_summary", "Attendance summary"),
    ("sessions", "Sessions of the event"),
    ("new_session", "Add a session"),
];

pub const SESSIONS: Actions = &[
    ("new_session", "Add a session"),
    ("edit_session", "Edit the session"),
    ("delete_session", "Delete the session"),
    ("close", "Back to the events"),
];

pub const PARTICIPANTS: Actions = &[
    ("new_participant", "New participant"),
    ("edit_participant", "Edit the participant"),
    ("delete_participant", "Delete the participant"),
    ("register", "Register at the selected event"),
    ("unregister", "Remove from the selected event"),
    ("toggle_all", "All participants / this event's"),
    ("merge", "Merge with the likely duplicate"),
    ("new_organisation", "New organisation"),
    ("edit_organisation", "Edit the participant's organisation"),
    (
        "delete_organisation",
        "Delete the participant's organisation",
    ),
];

pub const FOLLOWUPS: Actions = &[
    ("new_followup", "New follow-up"),
    ("edit_followup", "Edit the follow-up"),
    ("delete_followup", "Delete the follow-up"),
    ("mark_done", "Mark done (again: reopen)"),
    ("toggle_all", "All follow-ups / this event's"),
];

pub const FORM: Actions = &[
    ("next_field", "Next field"),
    ("prev_field", "Previous field"),
    ("submit", "Save"),
    ("cancel", "Back out without saving"),
];

pub const SEARCH: Actions = &[
    ("accept", "Keep the filter, back to the list"),
    ("cancel", "Clear the filter"),
];

pub const CONFIRM: Actions = &[("yes", "Yes, do it"), ("no", "No, back out")];

pub const WELCOME: Actions = &[
    ("load_sample", "Load the sample data"),
    ("start_empty", "Start with an empty database"),
];

/// Sections whose keys type text: they fall back to `[global]` only for keys that cannot
/// be typed (arrows, with Ctrl or Alt, function keys), so a `q` typed into a name never quits.
pub const TEXT_CONTEXTS: &[&str] = &["search", roster::CONTEXT];

/// Sections that never fall back to `[global]`: a form is modal, Esc backs out.
pub const MODAL_CONTEXTS: &[&str] = &["form"];

/// Every keymap section with its known actions.
pub fn contexts() -> Vec<(&'static str, Actions)> {
    vec![
        ("global", GLOBAL),
        ("events", EVENTS),
        ("sessions", SESSIONS),
        ("participants", PARTICIPANTS),
        ("followups", FOLLOWUPS),
        ("form", FORM),
        ("search", SEARCH),
        ("confirm", CONFIRM),
        ("welcome", WELCOME),
        (roster::CONTEXT, roster::ACTIONS),
        (summary_view::CONTEXT, summary_view::ACTIONS),
    ]
}

/// The known actions of a section, `None` for an unknown section.
pub fn actions_of(context: &str) -> Option<Actions> {
    contexts()
        .into_iter()
        .find(|(c, _)| *c == context)
        .map(|(_, a)| a)
}

/// The description of an action, for the help overlay.
pub fn describe(context: &str, action: &str) -> &'static str {
    actions_of(context)
        .and_then(|a| a.iter().find(|(n, _)| *n == action))
        .or_else(|| GLOBAL.iter().find(|(n, _)| *n == action))
        .map_or("", |(_, d)| d)
}
