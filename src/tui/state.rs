//! The state of the app: data loaded from the backend (with search keys folded once per
//! row), the lists with their cursors and filters, the open screen and overlay, undo stacks.
//! Views read it; only `update` changes it.

use std::cell::Cell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use time::{Date, PrimitiveDateTime};

use super::form::{Draft, Form};
use super::input::LineInput;
use super::keymap::Keymap;
use super::report_view::ReportView;
use super::roster::Roster;
use super::summary_view::SummaryView;
use super::theme::Theme;
use crate::core::error::Result;
use crate::core::{Backend, Command, HistoryRow, ParticipantRow, Queries};
use crate::domain::*;
use crate::text::{Needle, fold};

/// Below this many participants everyone is read at the start (tens of milliseconds);
/// above it the list over everyone is built on first use, so the first frame never waits
/// for 100,000 rows.
pub const LOAD_ALL_BELOW: u64 = 10_000;

/// The panes of the main screen. Sessions is the event's session list in the detail area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Events,
    Participants,
    FollowUps,
    Sessions,
}

impl Pane {
    /// The keymap section of the pane.
    pub fn context(self) -> &'static str {
        match self {
            Pane::Events => "events",
            Pane::Participants => "participants",
            Pane::FollowUps => "followups",
            Pane::Sessions => "sessions",
        }
    }
}

pub use super::list::ListNav;

/// A list pane: cursor, search filter, and the indices of the rows that pass.
#[derive(Debug, Default)]
pub struct PaneList {
    pub nav: ListNav,
    pub query: LineInput,
    /// The query folded once per keystroke (not per row), with its prebuilt searchers.
    pub needle: Needle,
    /// The query `visible` was last filtered with: while typing only lengthens it, the next
    /// keystroke re-tests only those rows.
    filtered_with: Option<Needle>,
    /// The last few results of this search by query, so backspace finds the rows of the
    /// shorter query again without testing everyone. Emptied by every full refilter (the
    /// data or the scope changed).
    recent: Vec<(String, Vec<u32>)>,
    /// True while keys type into the search.
    pub typing: bool,
    /// Indices into the data rows, in display order.
    pub visible: Vec<u32>,
}

impl PaneList {
    pub fn set_query(&mut self, q: &str) {
        self.query.set(q);
        self.retokenize();
    }

    pub fn retokenize(&mut self) {
        self.needle = Needle::new(self.query.text());
    }

    /// True when the row's folded key holds every token of the query.
    pub fn passes(&self, key: &str) -> bool {
        self.needle.matches(key)
    }

    /// The rows a keystroke in the search needs to test again: the previous hits when the
    /// query only grew, else none (test everything).
    fn narrowing(&self) -> Option<&[u32]> {
        match &self.filtered_with {
            Some(old) if self.needle.narrows(old) => Some(&self.visible),
            _ => None,
        }
    }

    /// The rows of `query` if it was searched since the last full refilter.
    fn recalled(&self, query: &str) -> Option<&[u32]> {
        self.recent
            .iter()
            .find(|(q, _)| q == query)
            .map(|(_, v)| v.as_slice())
    }

    fn remember(&mut self, typed: bool) {
        /// Enough for a word typed and taken back letter by letter.
        const KEEP: usize = 12;
        if !typed {
            self.recent.clear();
        } else if self.recent.len() >= KEEP {
            self.recent.remove(0);
        }
        let q = self.query.text().to_string();
        if self.recalled(&q).is_none() {
            self.recent.push((q, self.visible.clone()));
        }
    }

    pub fn current(&self) -> Option<usize> {
        self.visible.get(self.nav.cursor).map(|&i| i as usize)
    }

    pub fn filtering(&self) -> bool {
        !self.query.text().is_empty()
    }
}

pub use super::data::{Data, EventRow, FollowRow, PersonRow};
use super::data::{OrgKeys, sort_people};
use crate::text::KeyArena;

/// The bytes a participant's search key takes, on average, to size the arena once.
const KEY_BYTES: usize = 64;

/// What the detail area shows, loaded when the selection changes (never while drawing).
#[derive(Default)]
pub enum Detail {
    #[default]
    Nothing,
    Event {
        id: Id,
        registered: usize,
    },
    Person {
        id: Id,
        /// The whole record, read for the detail (the list keeps only what it shows).
        record: Option<Box<Participant>>,
        history: Vec<HistoryRow>,
        open: Vec<(String, Option<Date>)>,
    },
    FollowUp {
        id: Id,
    },
}

/// The full-screen views besides the panes.
pub enum Screen {
    Panes,
    Welcome,
    Roster(Box<Roster>),
    Summary(Box<SummaryView>),
    Report(Box<ReportView>),
    /// Importing a file: its path, then the dry run on screen.
    Import(Box<super::import_view::ImportView>),
}

impl Screen {
    /// The screen beside the panes, if one is open, as the app draws, refreshes and hints it.
    pub fn view(&self) -> Option<&dyn super::View> {
        match self {
            Screen::Roster(r) => Some(r.as_ref()),
            Screen::Summary(s) => Some(s.as_ref()),
            Screen::Report(r) => Some(r.as_ref()),
            Screen::Import(v) => Some(v.as_ref()),
            Screen::Panes | Screen::Welcome => None,
        }
    }

    pub fn view_mut(&mut self) -> Option<&mut dyn super::View> {
        match self {
            Screen::Roster(r) => Some(r.as_mut()),
            Screen::Summary(s) => Some(s.as_mut()),
            Screen::Report(r) => Some(r.as_mut()),
            Screen::Import(v) => Some(v.as_mut()),
            Screen::Panes | Screen::Welcome => None,
        }
    }
}

/// What a confirmation does on yes.
pub enum Pending {
    Execute(Vec<Command>),
    RestoreDraft(Box<Draft>),
}

pub struct Confirm {
    pub title: String,
    pub lines: Vec<String>,
    pub pending: Pending,
}

/// A window over the screen that takes the keys while open.
pub enum Overlay {
    Form(Box<Form>),
    Confirm(Confirm),
    /// The bindings of this keymap section.
    Help(&'static str),
    /// The command palette over the screen whose section it lists.
    Palette(Box<super::palette::Palette>),
}

/// A list pane as the last frame drew it: its frame, and where its rows are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListArea {
    pub pane: Pane,
    pub area: ratatui::layout::Rect,
    /// The screen row of the first list row, and how many rows there are room for.
    pub rows_y: u16,
    pub rows: u16,
}

/// What a click can hit, as the last frame drew it (written by the view, read by a click).
#[derive(Debug, Clone, Default)]
pub struct Areas {
    pub lists: Vec<ListArea>,
    /// The key hints of the status line: columns `x0..x1` of row `y`, and the key they name.
    pub hints: Vec<(u16, u16, u16, super::keymap::Key)>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub warn: bool,
}

pub struct App {
    pub backend: Box<dyn Backend>,
    pub keymap: Keymap,
    pub theme: Theme,
    pub now: PrimitiveDateTime,
    pub location: String,
    /// The data's place in no particular language, for matching drafts.
    pub location_key: String,
    pub data: Data,
    pub focus: Pane,
    pub events: PaneList,
    pub people: PaneList,
    pub followups: PaneList,
    pub sessions: PaneList,
    /// Participants pane shows everyone, not only the selected event's registrations.
    pub all_people: bool,
    /// Follow-ups pane shows every event's follow-ups, by due date.
    pub all_followups: bool,
    pub selected_event: Option<Id>,
    pub detail: Detail,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub status: Status,
    /// Audit entries of this session's changes, newest last; redo holds the undo entries.
    pub undo: Vec<Id>,
    pub redo: Vec<Id>,
    pub quit: bool,
    /// Something changed since the last draw.
    pub dirty: bool,
    pub last_seq: u64,
    pub last_poll: Option<Instant>,
    /// Where an unsaved form is kept when the terminal goes away (`None`: not kept).
    pub draft_path: Option<PathBuf>,
    /// The user's config file, where a language switch is remembered (`None`: not kept).
    pub config_path: Option<PathBuf>,
    /// First row of the help shown (a help longer than the screen scrolls); the view clamps it.
    pub help_offset: Cell<usize>,
    /// The view found more help rows than room: the arrows scroll instead of closing.
    pub help_more: Cell<bool>,
    /// What `/` in the help filters its keys by, and whether keys type into it.
    pub help_query: LineInput,
    pub help_typing: bool,
    /// Everyone is read at the start below this many participants.
    load_all_below: u64,
    /// The last frame was below the smallest usable size and showed only "terminal too
    /// small": keys do nothing then but quit (set by the view, which alone knows the size).
    pub too_small: Cell<bool>,
    /// Where the last frame drew the lists and the hints, for clicks.
    pub areas: std::cell::RefCell<Areas>,
    /// The participant detail waits for the frame: it is read after the draw (`settle`), not
    /// on every letter typed or line moved.
    pub detail_due: bool,
}

impl App {
    /// The app over a backend; loads the data. Starts on the welcome screen when the
    /// database is empty.
    pub fn new(backend: Box<dyn Backend>, keymap: Keymap, theme: Theme) -> Self {
        let location = backend.location();
        let location_key = backend.location_key();
        let mut app = App {
            backend,
            keymap,
            theme,
            now: crate::core::clock::now_local(),
            location,
            location_key,
            data: Data::default(),
            focus: Pane::Events,
            events: PaneList::default(),
            people: PaneList::default(),
            followups: PaneList::default(),
            sessions: PaneList::default(),
            all_people: false,
            all_followups: false,
            selected_event: None,
            detail: Detail::Nothing,
            screen: Screen::Panes,
            overlay: None,
            status: Status::default(),
            undo: Vec::new(),
            redo: Vec::new(),
            quit: false,
            dirty: true,
            last_seq: 0,
            last_poll: None,
            draft_path: None,
            config_path: None,
            help_offset: Cell::new(0),
            help_more: Cell::new(false),
            help_query: LineInput::default(),
            help_typing: false,
            load_all_below: LOAD_ALL_BELOW,
            too_small: Cell::new(false),
            areas: std::cell::RefCell::new(Areas::default()),
            detail_due: false,
        };
        app.reload();
        if app.data.events.is_empty() && app.data.people.is_empty() {
            app.screen = Screen::Welcome;
        }
        if app.backend.read_only() {
            app.say_warn(crate::t!("status-read-only"));
        }
        app
    }

    /// Reads everyone at the start only below `n` participants (tests of the path that
    /// large data takes); reloads.
    pub fn set_load_all_below(&mut self, n: u64) {
        self.load_all_below = n;
        self.data.people_all = false;
        self.reload();
    }

    /// Fixes the clock (tests, replaying a day).
    pub fn set_now(&mut self, now: PrimitiveDateTime) {
        self.now = now;
        self.reload();
    }

    pub fn today(&self) -> Date {
        self.now.date()
    }

    pub fn say(&mut self, msg: impl Into<String>) {
        self.status = Status {
            text: msg.into(),
            warn: false,
        };
        self.dirty = true;
    }

    pub fn say_warn(&mut self, msg: impl Into<String>) {
        self.status = Status {
            text: msg.into(),
            warn: true,
        };
        self.dirty = true;
    }

    /// The list of a pane.
    pub fn list(&self, pane: Pane) -> &PaneList {
        match pane {
            Pane::Events => &self.events,
            Pane::Participants => &self.people,
            Pane::FollowUps => &self.followups,
            Pane::Sessions => &self.sessions,
        }
    }

    pub fn list_mut(&mut self, pane: Pane) -> &mut PaneList {
        match pane {
            Pane::Events => &mut self.events,
            Pane::Participants => &mut self.people,
            Pane::FollowUps => &mut self.followups,
            Pane::Sessions => &mut self.sessions,
        }
    }

    pub fn current_event(&self) -> Option<&EventRow> {
        self.events.current().and_then(|i| self.data.events.get(i))
    }

    pub fn current_person(&self) -> Option<&PersonRow> {
        self.people.current().and_then(|i| self.data.people.get(i))
    }

    pub fn current_followup(&self) -> Option<&FollowRow> {
        self.followups
            .current()
            .and_then(|i| self.data.followups.get(i))
    }

    pub fn current_session(&self) -> Option<&(Id, Session)> {
        self.sessions
            .current()
            .and_then(|i| self.data.sessions.get(i))
    }

    /// True when the participants pane shows one event's registrations.
    pub fn people_scoped(&self) -> bool {
        !self.all_people && self.selected_event.is_some()
    }

    pub fn followups_scoped(&self) -> bool {
        !self.all_followups && self.selected_event.is_some()
    }

    /// Reloads everything from the backend, keeping each cursor on the same record.
    pub fn reload(&mut self) {
        if let Err(e) = self.try_reload() {
            self.say_warn(crate::t!("status-read-failed", error = e.to_string()));
        }
        self.dirty = true;
    }

    fn try_reload(&mut self) -> Result<()> {
        let keep_event = self.current_event().map(|e| e.id);
        let keep_person = self.current_person().map(|p| p.id);
        let keep_follow = self.current_followup().map(|f| f.id);
        let keep_session = self.current_session().map(|s| s.0);

        let mut events: Vec<EventRow> = self
            .backend
            .events()?
            .into_iter()
            .map(|(id, e)| EventRow {
                id,
                key: fold(&format!("{} {} {} {}", e.code, e.title, e.city, e.country)),
                event: e,
            })
            .collect();
        // Newest first: the event being run is near the top.
        events.sort_by(|a, b| {
            b.event
                .start
                .cmp(&a.event.start)
                .then_with(|| a.event.code.cmp(&b.event.code))
        });
        self.data.events = events;
        self.data.orgs = self.backend.organisations()?;
        // Everyone is read when they are few or already loaded; else only the selected
        // event's registrations (below), and everyone on first use.
        if self.data.people_all || self.backend.count_participants()? < self.load_all_below {
            self.load_people_all()?;
        } else {
            self.set_people((Vec::new(), KeyArena::default()), false);
        }
        self.load_followups()?;
        self.last_seq = self.backend.change_seq()?;

        self.refilter(Pane::Events);
        self.select_id(Pane::Events, keep_event);
        self.event_selected()?;
        self.select_id(Pane::Participants, keep_person);
        self.select_id(Pane::FollowUps, keep_follow);
        self.select_id(Pane::Sessions, keep_session);
        self.load_detail();
        Ok(())
    }

    /// List rows of these participants, with their folded keys, sorted by folded name.
    fn person_rows(&self, rows: Vec<ParticipantRow>) -> (Vec<PersonRow>, KeyArena) {
        let orgs = OrgKeys::new(&self.data.orgs);
        let mut keys = KeyArena::with_capacity(rows.len(), rows.len() * KEY_BYTES);
        let mut people: Vec<PersonRow> = Vec::with_capacity(rows.len());
        people.extend(rows.into_iter().map(|p| orgs.row(p, &mut keys)));
        sort_people(&mut people, &keys);
        (people, keys)
    }

    fn set_people(&mut self, (people, keys): (Vec<PersonRow>, KeyArena), all: bool) {
        let mut index: HashMap<Id, usize> = HashMap::with_capacity(people.len());
        index.extend(people.iter().enumerate().map(|(i, r)| (r.id, i)));
        self.data.adopt_people(people, keys);
        self.data.person_index = index;
        self.data.people_all = all;
    }

    /// Everyone, sorted by folded name, likely duplicates flagged. Duplicates are found by
    /// sorting (no hashing of 100,000 names).
    fn load_people_all(&mut self) -> Result<()> {
        self.data.people = Vec::new();
        self.data.people_keys = Default::default();
        self.data.people_at = Vec::new();
        // Each row is built as it is read: no list of every record beside the rows.
        let count = self.backend.count_participants()? as usize;
        let orgs = OrgKeys::new(&self.data.orgs);
        let mut keys = KeyArena::with_capacity(count, count * KEY_BYTES);
        let mut people: Vec<PersonRow> = Vec::with_capacity(count);
        self.backend
            .each_participant_row(&mut |p| people.push(orgs.row(p, &mut keys)))?;
        drop(orgs);
        people.shrink_to_fit();
        sort_people(&mut people, &keys);
        // Likely duplicates: same folded name in the same organisation (emails are unique
        // in the store, but "Ana@x" and "ana@x " typed apart would meet here too). Each
        // later row points at the first row of its group, in list order. The list is sorted
        // by folded name already, so a name's rows are neighbours; the search holds row
        // numbers, not borrowed keys.
        let mut dups: Vec<(usize, u8, Id)> = Vec::new();
        let mut same: Vec<usize> = Vec::new();
        let mut next = 0;
        for run in people.chunk_by(|a, b| a.name_key(&keys) == b.name_key(&keys)) {
            let at = next;
            next += run.len();
            if run.len() < 2 {
                continue;
            }
            same.clear();
            same.extend((at..next).filter(|&i| !people[i].forgotten));
            same.sort_unstable_by_key(|&i| (people[i].organisation, i));
            for g in same.chunk_by(|&a, &b| people[a].organisation == people[b].organisation) {
                let first = people[g[0]].id;
                dups.extend(g[1..].iter().map(|&i| (i, 0, first)));
            }
        }
        let mut by_email: Vec<u32> = (0..people.len() as u32)
            .filter(|&i| {
                let r = &people[i as usize];
                !r.forgotten && !r.email().trim().is_empty()
            })
            .collect();
        let email = |i: u32| people[i as usize].email().trim();
        by_email.sort_unstable_by(|&a, &b| email(a).cmp(email(b)).then(a.cmp(&b)));
        for g in by_email.chunk_by(|&a, &b| email(a) == email(b)) {
            let first = people[g[0] as usize].id;
            dups.extend(g[1..].iter().map(|&i| (i as usize, 1, first)));
        }
        drop(by_email);
        dups.sort_unstable();
        let mut index: HashMap<Id, usize> = HashMap::with_capacity(people.len());
        index.extend(people.iter().enumerate().map(|(i, r)| (r.id, i)));
        for (i, _, other) in dups {
            let id = people[i].id;
            people[i].dup_of = Some(other);
            if let Some(&j) = index.get(&other)
                && people[j].dup_of.is_none()
            {
                people[j].dup_of = Some(id);
            }
        }
        self.data.adopt_people(people, keys);
        self.data.person_index = index;
        self.data.people_all = true;
        Ok(())
    }

    /// Only the selected event's registrations, read by id (a few hundred lookups): what
    /// the first screen shows, without reading everyone.
    fn load_people_of_event(&mut self) -> Result<()> {
        let mut rows = Vec::with_capacity(self.data.regs.len());
        let ids: Vec<Id> = self.data.regs.keys().copied().collect();
        for id in ids {
            if let Some(p) = self.backend.participant(id)? {
                rows.push(ParticipantRow {
                    id,
                    name: p.name,
                    email: p.email,
                    organisation: p.organisation,
                    forgotten: p.forgotten,
                });
            }
        }
        let people = self.person_rows(rows);
        self.set_people(people, false);
        Ok(())
    }

    /// Loads everyone when only one event's participants are loaded (first use of the list
    /// over everyone, a form, a merge), keeping the participants cursor on its record.
    pub fn ensure_people(&mut self) {
        if self.data.people_all {
            return;
        }
        let keep = self.current_person().map(|p| p.id);
        if let Err(e) = self.load_people_all() {
            self.say_warn(crate::t!("status-read-failed", error = e.to_string()));
            return;
        }
        self.refilter(Pane::Participants);
        self.select_id(Pane::Participants, keep);
    }

    fn load_followups(&mut self) -> Result<()> {
        let codes: HashMap<Id, &str> = self
            .data
            .events
            .iter()
            .map(|e| (e.id, e.event.code.as_str()))
            .collect();
        let mut rows: Vec<FollowRow> = Vec::new();
        // Names of people not loaded (only one event's are, at first) are read by id.
        let mut names: HashMap<Id, String> = HashMap::new();
        for (id, f) in self.backend.followups(None)? {
            let event_code = codes.get(&f.event).copied().unwrap_or("").to_string();
            let person = match f.participant {
                None => String::new(),
                Some(p) => match self.data.person(p) {
                    Some(r) => r.name().to_string(),
                    None => match names.get(&p) {
                        Some(n) => n.clone(),
                        None => {
                            let n = self
                                .backend
                                .participant(p)?
                                .map(|x| x.name)
                                .unwrap_or_default();
                            names.insert(p, n.clone());
                            n
                        }
                    },
                },
            };
            let key = fold(&format!(
                "{} {} {} {}",
                f.title, f.owner, person, event_code
            ));
            rows.push(FollowRow {
                id,
                f,
                event_code,
                person,
                key,
            });
        }
        // By due date across events; none last.
        rows.sort_by(|a, b| {
            (a.f.due.is_none(), a.f.due, a.id).cmp(&(b.f.due.is_none(), b.f.due, b.id))
        });
        self.data.followups = rows;
        Ok(())
    }

    /// The selected event changed (or was reloaded): its registrations and sessions, and the
    /// other panes filtered to it.
    pub fn event_selected(&mut self) -> Result<()> {
        self.selected_event = self.current_event().map(|e| e.id);
        match self.selected_event {
            Some(id) => {
                self.data.regs = self.backend.registrations(id)?.into_iter().collect();
                let mut s = self.backend.sessions(id)?;
                s.sort_by_key(|(sid, s)| (s.date, s.start, *sid));
                self.data.sessions = s;
            }
            None => {
                self.data.regs.clear();
                self.data.sessions.clear();
            }
        }
        if !self.data.people_all {
            self.load_people_of_event()?;
        }
        self.refilter(Pane::Participants);
        self.refilter(Pane::FollowUps);
        self.refilter(Pane::Sessions);
        Ok(())
    }

    /// Recomputes which rows of a pane pass its scope and search.
    pub fn refilter(&mut self, pane: Pane) {
        self.filter_rows(pane, false);
    }

    /// After a keystroke in a pane's search: when the query only grew, only the rows that
    /// passed before are tested again (the data and the scope are as they were, since every
    /// change to those refilters in full).
    pub fn refilter_typed(&mut self, pane: Pane) {
        self.filter_rows(pane, true);
    }

    fn filter_rows(&mut self, pane: Pane, typed: bool) {
        if pane == Pane::Participants && !self.people_scoped() && !self.data.people_all {
            // The list over everyone is asked for the first time.
            if let Err(e) = self.load_people_all() {
                self.say_warn(crate::t!("status-read-failed", error = e.to_string()));
            }
            self.people.filtered_with = None;
            self.people.recent.clear();
        }
        if typed && let Some(v) = self.list(pane).recalled(self.list(pane).query.text()) {
            let v = v.to_vec();
            let l = self.list_mut(pane);
            l.visible = v;
            l.filtered_with = Some(l.needle.clone());
            let len = l.visible.len();
            l.nav.clamp(len);
            self.dirty = true;
            return;
        }
        let narrow = if typed {
            self.list(pane).narrowing().map(<[u32]>::to_vec)
        } else {
            None
        };
        let visible: Vec<u32> = match pane {
            Pane::Events => {
                let l = &self.events;
                let rows = &self.data.events;
                match narrow {
                    Some(v) => v
                        .into_iter()
                        .filter(|&i| rows.get(i as usize).is_some_and(|r| l.passes(&r.key)))
                        .collect(),
                    None => rows
                        .iter()
                        .enumerate()
                        .filter(|(_, r)| l.passes(&r.key))
                        .map(|(i, _)| i as u32)
                        .collect(),
                }
            }
            Pane::Participants => {
                let scoped = self.people_scoped();
                let l = &self.people;
                let data = &self.data;
                let rows = &data.people;
                let pass =
                    |&i: &u32| (i as usize) < rows.len() && l.passes(data.person_key(i as usize));
                match narrow {
                    // Many rows to test again: one pass over every key finds exactly the
                    // new hits (a narrowing query's hits lie within the old ones).
                    Some(v) if !scoped && v.len() > rows.len() / 8 => {
                        data.people_matching(&l.needle)
                    }
                    Some(v) => v.into_iter().filter(pass).collect(),
                    // An event's registrations: a few hundred rows found through the index,
                    // not a test of every participant.
                    None if self.people_scoped() => {
                        let index = &self.data.person_index;
                        let mut v: Vec<u32> = self
                            .data
                            .regs
                            .keys()
                            .filter_map(|id| index.get(id).map(|&i| i as u32))
                            .filter(pass)
                            .collect();
                        v.sort_unstable();
                        v
                    }
                    None if l.needle.is_empty() => (0..rows.len() as u32).collect(),
                    None => data.people_matching(&l.needle),
                }
            }
            Pane::FollowUps => {
                let l = &self.followups;
                let scope = if self.followups_scoped() {
                    self.selected_event
                } else {
                    None
                };
                self.data
                    .followups
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| scope.is_none_or(|e| r.f.event == e) && l.passes(&r.key))
                    .map(|(i, _)| i as u32)
                    .collect()
            }
            Pane::Sessions => (0..self.data.sessions.len() as u32).collect(),
        };
        let l = self.list_mut(pane);
        l.visible = visible;
        l.filtered_with = Some(l.needle.clone());
        l.remember(typed);
        let len = l.visible.len();
        l.nav.clamp(len);
        self.dirty = true;
    }

    /// Puts a pane's cursor on the record `id` when it is visible.
    pub fn select_id(&mut self, pane: Pane, id: Option<Id>) {
        let Some(id) = id else { return };
        let pos = {
            let l = self.list(pane);
            l.visible.iter().position(|&i| {
                let i = i as usize;
                let at = match pane {
                    Pane::Events => self.data.events.get(i).map(|r| r.id),
                    Pane::Participants => self.data.people.get(i).map(|r| r.id),
                    Pane::FollowUps => self.data.followups.get(i).map(|r| r.id),
                    Pane::Sessions => self.data.sessions.get(i).map(|r| r.0),
                };
                at == Some(id)
            })
        };
        if let Some(p) = pos {
            self.list_mut(pane).nav.cursor = p;
        }
    }

    /// Loads the detail now unless it is a participant's (their history is a query): that
    /// waits until the frame is drawn.
    pub fn load_detail_later(&mut self) {
        if self.focus == Pane::Participants {
            self.detail_due = true;
            self.dirty = true;
        } else {
            self.load_detail();
        }
    }

    /// Does what waited for the frame: the detail of the selected participant.
    pub fn settle(&mut self) {
        if std::mem::take(&mut self.detail_due) {
            self.load_detail();
        }
    }

    /// Loads what the detail area shows for the focused pane's selection.
    pub fn load_detail(&mut self) {
        self.detail_due = false;
        self.detail = match self.focus {
            Pane::Events | Pane::Sessions => match self.selected_event {
                Some(id) => Detail::Event {
                    id,
                    registered: self.data.regs.values().filter(|r| r.counts()).count(),
                },
                None => Detail::Nothing,
            },
            Pane::Participants => match self.current_person().map(|p| p.id) {
                Some(id) => {
                    let record = self.backend.participant(id).ok().flatten().map(Box::new);
                    let history = self.backend.history(id).unwrap_or_default();
                    let open = self
                        .data
                        .followups
                        .iter()
                        .filter(|f| {
                            f.f.participant == Some(id) && f.f.status == FollowUpStatus::Open
                        })
                        .map(|f| (f.f.title.clone(), f.f.due))
                        .collect();
                    Detail::Person {
                        id,
                        record,
                        history,
                        open,
                    }
                }
                None => Detail::Nothing,
            },
            Pane::FollowUps => match self.current_followup() {
                Some(f) => Detail::FollowUp { id: f.id },
                None => Detail::Nothing,
            },
        };
        self.dirty = true;
    }
}
