//! The action vocabulary of the app's own panes: every key maps to one of these names
//! (through `keymaps/default.toml`); the help overlay describes each with the translation
//! `action-<section>-<name>` (underscores written as hyphens).

use super::{report_view, roster, summary_view};

pub type Actions = &'static [&'static str];

/// Actions that work in every pane (a pane's section falls back to `[global]`).
pub const GLOBAL: Actions = &[
    "quit",
    "help",
    "switch_language",
    "next_pane",
    "prev_pane",
    "focus_events",
    "focus_participants",
    "focus_followups",
    "up",
    "down",
    "page_up",
    "page_down",
    "top",
    "bottom",
    "search",
    "clear_search",
    "undo",
    "redo",
];

pub const EVENTS: Actions = &[
    "new_event",
    "edit_event",
    "delete_event",
    "open_roster",
    "open_summary",
    "open_report",
    "sessions",
    "new_session",
];

pub const SESSIONS: Actions = &["new_session", "edit_session", "delete_session", "close"];

pub const PARTICIPANTS: Actions = &[
    "new_participant",
    "edit_participant",
    "delete_participant",
    "register",
    "unregister",
    "toggle_all",
    "merge",
    "new_organisation",
    "edit_organisation",
    "delete_organisation",
];

pub const FOLLOWUPS: Actions = &[
    "new_followup",
    "edit_followup",
    "delete_followup",
    "mark_done",
    "toggle_all",
];

pub const FORM: Actions = &["next_field", "prev_field", "submit", "cancel"];

pub const SEARCH: Actions = &["accept", "cancel"];

pub const CONFIRM: Actions = &["yes", "no"];

pub const WELCOME: Actions = &["load_sample", "start_empty"];

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
        (report_view::CONTEXT, report_view::ACTIONS),
    ]
}

/// The known actions of a section, `None` for an unknown section.
pub fn actions_of(context: &str) -> Option<Actions> {
    contexts()
        .into_iter()
        .find(|(c, _)| *c == context)
        .map(|(_, a)| a)
}

/// The translation key of an action's description: `action-<section>-<name>`.
pub fn key_of(context: &str, action: &str) -> String {
    format!("action-{context}-{action}").replace('_', "-")
}

/// The description of an action in the current language, for the help overlay; an action
/// the section does not know is looked up in `[global]`.
pub fn describe(context: &str, action: &str) -> String {
    let own = actions_of(context).is_some_and(|a| a.contains(&action));
    let ctx = if own { context } else { "global" };
    crate::i18n::tr(&key_of(ctx, action))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_described_in_every_language() {
        let ids = crate::i18n::all_ids();
        for (ctx, actions) in contexts() {
            for a in actions {
                let k = key_of(ctx, a);
                for (code, have) in &ids {
                    assert!(have.contains(&k), "{code}.ftl lacks {k}");
                }
            }
        }
    }

    #[test]
    fn descriptions_follow_the_language() {
        assert_eq!(
            crate::i18n::tr_in("en", &key_of("global", "undo"), &[]),
            "Undo your last change"
        );
        assert_eq!(
            crate::i18n::tr_in("sq", &key_of("global", "undo"), &[]),
            "Zhbëj ndryshimin e fundit"
        );
    }
}
