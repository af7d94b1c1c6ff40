//! The action vocabulary of the app's own panes: every key maps to one of these names
//! (through `keymaps/default.toml`); the help overlay describes each with the translation
//! `action-<section>-<name>` (underscores written as hyphens).

pub type Actions = &'static [&'static str];

/// The actions of one keymap section as a type: the compiler checks that every one of them is
/// handled (`match` without `_`), and the keymap, the help and the palette list them from here.
pub trait Action: Copy + Eq + std::fmt::Debug + 'static {
    /// The keymap section.
    const SECTION: &'static str;
    /// Every action, in the order help lists them.
    const ALL: &'static [Self];
    /// Their names in keymap files, in the same order.
    const NAMES: Actions;
    /// The name in keymap files (`mark_present`).
    fn name(self) -> &'static str;
    /// The action a keymap name means in this section.
    fn from_name(name: &str) -> Option<Self>;
    /// The one-line description, in the current language.
    fn describe(self) -> String {
        crate::i18n::tr(&key_of(Self::SECTION, self.name()))
    }
}

/// Declares the action enum of a section: each variant with its keymap name (which is also
/// its serde name, so keymap files keep working).
macro_rules! actions {
    ($(#[$m:meta])* pub enum $ty:ident in $section:literal { $($variant:ident = $name:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $ty {
            $(#[serde(rename = $name)] $variant),+
        }

        impl $crate::tui::action::Action for $ty {
            const SECTION: &'static str = $section;
            const ALL: &'static [Self] = &[$($ty::$variant),+];
            const NAMES: $crate::tui::action::Actions = &[$($name),+];
            fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }
            fn from_name(name: &str) -> Option<Self> {
                match name {
                    $($name => Some($ty::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

actions! {
    /// Actions that work in every pane (a pane's section falls back to `[global]`).
    pub enum Global in "global" {
        Quit = "quit",
        Help = "help",
        SwitchLanguage = "switch_language",
        NextPane = "next_pane",
        PrevPane = "prev_pane",
        FocusEvents = "focus_events",
        FocusParticipants = "focus_participants",
        FocusFollowups = "focus_followups",
        Up = "up",
        Down = "down",
        PageUp = "page_up",
        PageDown = "page_down",
        Top = "top",
        Bottom = "bottom",
        Search = "search",
        ClearSearch = "clear_search",
        Undo = "undo",
        Redo = "redo",
        Palette = "palette",
    }
}

actions! {
    pub enum EventsAction in "events" {
        NewEvent = "new_event",
        EditEvent = "edit_event",
        DeleteEvent = "delete_event",
        OpenRoster = "open_roster",
        OpenSummary = "open_summary",
        OpenReport = "open_report",
        Sessions = "sessions",
        NewSession = "new_session",
        ImportFile = "import_file",
    }
}

actions! {
    pub enum SessionsAction in "sessions" {
        NewSession = "new_session",
        EditSession = "edit_session",
        DeleteSession = "delete_session",
        Close = "close",
    }
}

actions! {
    pub enum ParticipantsAction in "participants" {
        NewParticipant = "new_participant",
        EditParticipant = "edit_participant",
        DeleteParticipant = "delete_participant",
        Register = "register",
        Unregister = "unregister",
        ToggleAll = "toggle_all",
        Merge = "merge",
        NewOrganisation = "new_organisation",
        EditOrganisation = "edit_organisation",
        DeleteOrganisation = "delete_organisation",
        ImportFile = "import_file",
    }
}

actions! {
    pub enum FollowUpsAction in "followups" {
        NewFollowup = "new_followup",
        EditFollowup = "edit_followup",
        DeleteFollowup = "delete_followup",
        MarkDone = "mark_done",
        ToggleAll = "toggle_all",
    }
}

actions! {
    pub enum FormAction in "form" {
        NextField = "next_field",
        PrevField = "prev_field",
        Submit = "submit",
        Cancel = "cancel",
    }
}

actions! {
    pub enum SearchAction in "search" {
        Accept = "accept",
        Cancel = "cancel",
    }
}

actions! {
    pub enum ConfirmAction in "confirm" {
        Yes = "yes",
        No = "no",
    }
}

actions! {
    pub enum WelcomeAction in "welcome" {
        LoadSample = "load_sample",
        StartEmpty = "start_empty",
    }
}

/// A key's action in a section: the section's own, else one of `[global]` (a pane's section
/// falls back to it). Resolved by name, so a section's own `up` is its own even when the key
/// came through the fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound<A> {
    Own(A),
    Global(Global),
}

impl<A: Action> Bound<A> {
    pub fn from_name(name: &str) -> Option<Self> {
        A::from_name(name)
            .map(Bound::Own)
            .or_else(|| Global::from_name(name).map(Bound::Global))
    }
}

/// What a key does in the panes: a global action or one of the focused pane's section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaneAction {
    Global(Global),
    Events(EventsAction),
    Sessions(SessionsAction),
    Participants(ParticipantsAction),
    FollowUps(FollowUpsAction),
}

impl PaneAction {
    /// The action a keymap name means in the pane of `section`.
    pub fn in_section(section: &str, name: &str) -> Option<Self> {
        let own = match section {
            "events" => EventsAction::from_name(name).map(PaneAction::Events),
            "sessions" => SessionsAction::from_name(name).map(PaneAction::Sessions),
            "participants" => ParticipantsAction::from_name(name).map(PaneAction::Participants),
            "followups" => FollowUpsAction::from_name(name).map(PaneAction::FollowUps),
            _ => None,
        };
        own.or_else(|| Global::from_name(name).map(PaneAction::Global))
    }

    /// The keymap section and name of the action.
    pub fn section_and_name(self) -> (&'static str, &'static str) {
        match self {
            PaneAction::Global(a) => (Global::SECTION, a.name()),
            PaneAction::Events(a) => (EventsAction::SECTION, a.name()),
            PaneAction::Sessions(a) => (SessionsAction::SECTION, a.name()),
            PaneAction::Participants(a) => (ParticipantsAction::SECTION, a.name()),
            PaneAction::FollowUps(a) => (FollowUpsAction::SECTION, a.name()),
        }
    }
}

pub const GLOBAL: Actions = Global::NAMES;
actions! {
    /// The roster's actions; the help overlay and the palette describe them
    /// (`action-roster-*`).
    pub enum RosterAction in "roster" {
        Close = "close",
        PrevSession = "prev_session",
        NextSession = "next_session",
        MarkPresent = "mark_present",
        MarkLate = "mark_late",
        MarkExcused = "mark_excused",
        MarkAbsent = "mark_absent",
        MarkLeftEarly = "mark_left_early",
        ClearMark = "clear_mark",
        Undo = "undo",
        WalkIn = "walk_in",
        BulkAbsent = "bulk_absent",
        ToggleSelect = "toggle_select",
        MarkSelected = "mark_selected",
        SignInSheet = "sign_in_sheet",
        ToggleExitMode = "toggle_exit_mode",
        ScanEnter = "scan_enter",
        Up = "up",
        Down = "down",
        PageUp = "page_up",
        PageDown = "page_down",
        Top = "top",
        Bottom = "bottom",
        Palette = "palette",
    }
}

actions! {
    /// The summary view's actions; the help overlay describes them (`action-summary-*`).
    pub enum SummaryAction in "summary" {
        Close = "close",
        Export = "export",
        Certificates = "certificates",
        CloseEvent = "close_event",
        Undo = "undo",
    }
}

actions! {
    /// The report view's actions; the help overlay describes them (`action-report-*`).
    pub enum ReportAction in "report" {
        Close = "close",
        PrevYear = "prev_year",
        NextYear = "next_year",
        Project = "project",
        Export = "export",
        Up = "up",
        Down = "down",
        PageUp = "page_up",
        PageDown = "page_down",
        Top = "top",
        Bottom = "bottom",
    }
}

pub const EVENTS: Actions = EventsAction::NAMES;
pub const SESSIONS: Actions = SessionsAction::NAMES;
pub const PARTICIPANTS: Actions = ParticipantsAction::NAMES;
pub const FOLLOWUPS: Actions = FollowUpsAction::NAMES;
pub const FORM: Actions = FormAction::NAMES;
pub const SEARCH: Actions = SearchAction::NAMES;
pub const CONFIRM: Actions = ConfirmAction::NAMES;
pub const WELCOME: Actions = WelcomeAction::NAMES;

/// Sections whose keys type text: they fall back to `[global]` only for keys that cannot
/// be typed (arrows, with Ctrl or Alt, function keys), so a `q` typed into a name never quits.
pub const TEXT_CONTEXTS: &[&str] = &["search", RosterAction::SECTION];

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
        (RosterAction::SECTION, RosterAction::NAMES),
        (SummaryAction::SECTION, SummaryAction::NAMES),
        (ReportAction::SECTION, ReportAction::NAMES),
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

    fn names_round_trip<A: Action + serde::Serialize + serde::de::DeserializeOwned>() {
        assert_eq!(A::ALL.len(), A::NAMES.len());
        for (a, name) in A::ALL.iter().zip(A::NAMES) {
            assert_eq!(a.name(), *name);
            assert_eq!(A::from_name(name), Some(*a));
            // The serde name is the keymap name, so keymap files keep working.
            let json = serde_json::to_string(a).expect("serialise");
            assert_eq!(json, format!("\"{name}\""));
            assert_eq!(serde_json::from_str::<A>(&json).expect("deserialise"), *a);
            assert!(!a.describe().starts_with("action-"), "{name} is described");
        }
        assert_eq!(A::from_name("no_such_action"), None);
    }

    #[test]
    fn every_typed_action_has_its_keymap_name_and_a_description() {
        names_round_trip::<Global>();
        names_round_trip::<EventsAction>();
        names_round_trip::<SessionsAction>();
        names_round_trip::<ParticipantsAction>();
        names_round_trip::<FollowUpsAction>();
        names_round_trip::<FormAction>();
        names_round_trip::<SearchAction>();
        names_round_trip::<ConfirmAction>();
        names_round_trip::<WelcomeAction>();
        names_round_trip::<RosterAction>();
        names_round_trip::<SummaryAction>();
        names_round_trip::<ReportAction>();
        // Every section of the keymap is one of these types.
        assert_eq!(contexts().len(), 12);
    }

    #[test]
    fn pane_keys_resolve_to_the_panes_own_action_first() {
        assert_eq!(
            PaneAction::in_section("participants", "toggle_all"),
            Some(PaneAction::Participants(ParticipantsAction::ToggleAll))
        );
        assert_eq!(
            PaneAction::in_section("events", "undo"),
            Some(PaneAction::Global(Global::Undo))
        );
        assert_eq!(PaneAction::in_section("events", "mark_done"), None);
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
