//! The roster: live attendance for one session of an event (find a name, mark, walk-ins,
//! bulk, undo, sign-in sheet, badge scans, check-out in exit mode).
//!
//! A USB scanner is a keyboard: it types the badge code and Enter. Enter on a filter that
//! is a well-formed badge code (see [`crate::domain::badge`]) checks that person in (or, in
//! exit mode, out) instead of marking the highlighted row; the filter clears after every
//! scan, whatever came of it, so the next code never runs into the last.
//!
//! Contract with the app loop (`src/tui/app.rs`): the app looks a key up in the keymap under
//! [`CONTEXT`]; when it is bound to one of the [`RosterAction`]s and [`Roster::wants_raw_keys`] is false
//! it calls [`Roster::on_action`], otherwise [`Roster::on_key`] (letters type into the filter).
//!
//! Durability promise: a row shows a mark only after `Backend::execute` returned Ok (the
//! commit is durable by then); a failed command leaves the row as it was and says why.

mod sheet;
pub(crate) mod view;
mod walk_in;

use std::cell::Cell;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use time::PrimitiveDateTime;

use super::input::LineInput;
use super::list::ListNav;
use super::theme::Theme;
use crate::core::error::{Error, Result};
use crate::core::{Backend, Command, MarkInput, Queries, clock};
use crate::domain::{Id, Mark, MarkStatus, Role, Session, badge, hhmm, parse_time};
use crate::text::fold;
pub use walk_in::WalkInForm;

/// The keymap section of the roster.
pub use super::action::RosterAction;

/// The keymap section of its keys.
pub const CONTEXT: &str = <RosterAction as super::action::Action>::SECTION;

/// What the app does after a roster key (the exit of every screen).
pub use super::component::ViewExit as RosterExit;

/// Someone registered at the event, loaded once when the roster opens.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: Id,
    pub name: String,
    pub organisation: String,
    pub email: String,
    pub role: Role,
    /// Counted in the figures: role participant, not cancelled.
    pub counts: bool,
    pub cancelled: bool,
    /// Folded name and email, what the filter searches.
    key: String,
}

/// A question the roster is asking; while one is open every key goes to it.
#[derive(Debug, Clone)]
enum Prompt {
    Late {
        person: Id,
        input: LineInput,
        error: String,
    },
    Excused {
        person: Id,
        input: LineInput,
    },
    Confirm {
        question: String,
        then: Confirmed,
    },
    WalkIn(Box<WalkInForm>),
}

/// What a "y" to a [`Prompt::Confirm`] does.
#[derive(Debug, Clone)]
enum Confirmed {
    /// Another trainer changed the mark: write ours over theirs.
    Overwrite {
        person: Id,
        mark: Option<MarkInput>,
    },
    BulkAbsent {
        people: Vec<Id>,
    },
}

/// Counts of the header, over the people counted in rates.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub present: usize,
    pub late: usize,
    pub excused: usize,
    pub absent: usize,
    pub left_early: usize,
    pub unmarked: usize,
    pub registered: usize,
}

pub struct Roster {
    pub event: Id,
    code: String,
    event_title: String,
    sessions: Vec<(Id, Session)>,
    /// Index into `sessions`.
    current: usize,
    /// Counted participants first (by name), then trainers, staff and cancelled.
    people: Vec<Person>,
    marks: HashMap<Id, Mark>,
    /// Rows whose last change failed: the reason, shown in the row.
    failed: HashMap<Id, String>,
    filter: LineInput,
    /// Indices into `people` that pass the filter, best first.
    visible: Vec<usize>,
    /// The cursor (an index into `visible`) and the scroll state `render` writes (the list
    /// height is known only there): the same list cursor as the panes'.
    nav: ListNav,
    /// Rows picked for "mark the selection present".
    chosen: BTreeSet<Id>,
    /// Audit entries of the marks made in this roster, newest last.
    undo: Vec<Id>,
    prompt: Option<Prompt>,
    /// The last message, also returned to the app as [`RosterExit::Status`].
    message: String,
    now: PrimitiveDateTime,
    who: String,
    /// Other users with this session open (a server tells; empty with a local file).
    others: Vec<String>,
    /// The screen row of the list's first row (written by `render`), for clicks.
    rows_top: Cell<u16>,
    /// Exit mode: a scan, or Enter on a row, records that the person leaves.
    exit_mode: bool,
    /// Leaving this many minutes before a session's end or later counts as staying to the
    /// end (`checkout_grace_minutes` in the config file).
    grace_minutes: u16,
    /// The name on the last badge refused here (not registered), offered to the walk-in form.
    refused: Option<String>,
    /// What the last scan or check-out did, shown on the empty filter line until the next key.
    door_note: String,
}

/// The grace of a check-out when the config file names none.
pub const DEFAULT_CHECKOUT_GRACE_MINUTES: u16 = 10;

impl Roster {
    /// Opens the roster of `event` at the session running at `now` (else the next, else the last).
    pub fn open(b: &mut dyn Backend, event: Id, now: PrimitiveDateTime) -> Result<Self> {
        let ev = b
            .event(event)?
            .ok_or_else(|| Error::NotFound(crate::t!("roster-no-event", id = event.to_string())))?;
        let sessions = b.sessions(event)?;
        let current = session_at(&sessions, now);
        let mut r = Roster {
            event,
            code: ev.code,
            event_title: ev.title,
            sessions,
            current,
            people: Vec::new(),
            marks: HashMap::new(),
            failed: HashMap::new(),
            filter: LineInput::default(),
            visible: Vec::new(),
            nav: ListNav::default(),
            chosen: BTreeSet::new(),
            undo: Vec::new(),
            prompt: None,
            message: String::new(),
            now,
            who: b.who(),
            others: Vec::new(),
            rows_top: Cell::new(u16::MAX),
            exit_mode: false,
            grace_minutes: crate::config::Config::load()
                .0
                .checkout_grace_minutes
                .unwrap_or(DEFAULT_CHECKOUT_GRACE_MINUTES),
            refused: None,
            door_note: String::new(),
        };
        r.load_people(b)?;
        r.load_marks(b)?;
        r.apply_filter();
        r.announce(b);
        Ok(r)
    }

    /// Tells the server which session this roster shows and takes in who else has it open;
    /// true when that changed. Cheap: a message only when the session changed.
    pub fn announce(&mut self, b: &mut dyn Backend) -> bool {
        let mut others = b.presence(self.session());
        others.sort();
        // Two terminals of one trainer are one trainer here.
        others.dedup();
        let changed = others != self.others;
        self.others = others;
        changed
    }

    /// The roster closes: this user no longer has the session open.
    pub fn leave(&mut self, b: &mut dyn Backend) {
        b.presence(None);
        self.others.clear();
    }

    /// Other users who have the same session open, by name.
    pub fn others(&self) -> &[String] {
        &self.others
    }

    /// True while a form or prompt inside the roster takes every key as text.
    pub fn wants_raw_keys(&self) -> bool {
        self.prompt.is_some()
    }

    /// "PR-2026-ADV 2/6", for the app's title bar.
    pub fn title(&self) -> String {
        match self.sessions.len() {
            0 => self.code.clone(),
            n => format!("{} {}/{n}", self.code, self.current + 1),
        }
    }

    /// The actions worth showing in the status line now, as (action, short label); the app
    /// puts the keys the live keymap binds in front of them.
    pub fn hints(&self) -> Vec<(RosterAction, String)> {
        use RosterAction as A;
        if self.prompt.is_some() {
            return Vec::new();
        }
        let mut h = vec![
            (A::MarkPresent, crate::t!("hint-present")),
            (A::MarkLate, crate::t!("hint-late")),
            (A::MarkExcused, crate::t!("hint-excused")),
            (A::MarkAbsent, crate::t!("hint-absent")),
            (A::MarkLeftEarly, crate::t!("hint-left-early")),
            (A::ClearMark, crate::t!("hint-clear")),
            (A::Undo, crate::t!("hint-undo")),
            (A::WalkIn, crate::t!("hint-walk-in")),
            (A::BulkAbsent, crate::t!("hint-rest-absent")),
            (A::SignInSheet, crate::t!("hint-sheet")),
        ];
        if !self.chosen.is_empty() {
            h.insert(0, (A::MarkSelected, crate::t!("hint-selection-present")));
        }
        if self.exit_mode {
            h.insert(0, (A::MarkPresent, crate::t!("hint-check-out")));
            h.insert(1, (A::ToggleExitMode, crate::t!("hint-entry-mode")));
        }
        h.push(if self.filter.text().is_empty() {
            (A::Close, crate::t!("hint-back"))
        } else {
            (A::Close, crate::t!("hint-clear-filter"))
        });
        h
    }

    /// True in exit mode (check-out), false in entry mode (check-in, the default).
    pub fn exit_mode(&self) -> bool {
        self.exit_mode
    }

    /// Sets the grace of a check-out (minutes before the session's end).
    pub fn set_checkout_grace(&mut self, minutes: u16) {
        self.grace_minutes = minutes;
    }

    /// The last message (what was saved, undone, or failed).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The current session's id, if the event has sessions.
    pub fn session(&self) -> Option<Id> {
        self.sessions.get(self.current).map(|(id, _)| *id)
    }

    /// The 1-based number of the current session.
    pub fn session_number(&self) -> usize {
        self.current + 1
    }

    /// The mark shown for a person in the current session.
    pub fn mark_of(&self, person: Id) -> Option<&Mark> {
        self.marks.get(&person)
    }

    /// The failure shown in a person's row, if their last change was not saved.
    pub fn failure_of(&self, person: Id) -> Option<&str> {
        self.failed.get(&person).map(String::as_str)
    }

    /// The people passing the filter, in display order.
    pub fn visible(&self) -> impl Iterator<Item = &Person> {
        self.visible.iter().filter_map(|&i| self.people.get(i))
    }

    /// The person on the selected row.
    pub fn selected_person(&self) -> Option<&Person> {
        self.visible
            .get(self.nav.cursor)
            .and_then(|&i| self.people.get(i))
    }

    pub fn filter_text(&self) -> &str {
        self.filter.text()
    }

    /// The walk-in form, when open.
    pub fn walk_in_form(&self) -> Option<&WalkInForm> {
        match &self.prompt {
            Some(Prompt::WalkIn(f)) => Some(f),
            _ => None,
        }
    }

    /// The walk-in form being typed, as a draft to keep should the link drop.
    pub fn walk_in_draft(&self, location: &str) -> Option<super::form::Draft> {
        let form = self.walk_in_form()?;
        Some(super::form::Draft {
            location: location.to_string(),
            kind: super::form::FormKind::WalkIn {
                event: self.event,
                session: self.session(),
            },
            title: crate::t!("walk-in-title"),
            values: form.values(),
            focus: form.focus,
        })
    }

    /// Opens the walk-in form again with a kept draft's values, at the draft's session.
    pub fn resume_walk_in(
        &mut self,
        b: &mut dyn Backend,
        session: Option<Id>,
        values: &[String],
        focus: usize,
    ) -> Result<()> {
        if let Some(i) = self
            .sessions
            .iter()
            .position(|(id, _)| Some(*id) == session)
        {
            self.current = i;
            self.load_marks(b)?;
            self.apply_filter();
            self.announce(b);
        }
        let directory = walk_in::Directory::load(b, self.people.iter().map(|p| p.id))?;
        let mut form = WalkInForm::new(directory);
        form.restore(values, focus);
        self.prompt = Some(Prompt::WalkIn(Box::new(form)));
        Ok(())
    }

    /// The question of an open confirmation, if any.
    pub fn question(&self) -> Option<&str> {
        match &self.prompt {
            Some(Prompt::Confirm { question, .. }) => Some(question),
            _ => None,
        }
    }

    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for p in self.people.iter().filter(|p| p.counts) {
            c.registered += 1;
            match self.marks.get(&p.id).map(|m| m.status) {
                Some(MarkStatus::Present) => c.present += 1,
                Some(MarkStatus::Late) => c.late += 1,
                Some(MarkStatus::Excused) => c.excused += 1,
                Some(MarkStatus::Absent) => c.absent += 1,
                Some(MarkStatus::LeftEarly) => c.left_early += 1,
                None => c.unmarked += 1,
            }
        }
        c
    }

    pub fn on_action(&mut self, b: &mut dyn Backend, action: RosterAction) -> Result<RosterExit> {
        use RosterAction as A;
        self.door_note.clear();
        if self.prompt.is_some() {
            // The app sends keys to `on_key` while a prompt is open; an action arriving anyway
            // (a binding the app resolves itself) only closes the prompt on "close".
            if action == A::Close {
                self.prompt = None;
            }
            return Ok(RosterExit::Stay);
        }
        let exit = match action {
            A::Close => {
                if self.filter.text().is_empty() {
                    return Ok(RosterExit::Close);
                }
                self.filter.clear();
                self.apply_filter();
                RosterExit::Stay
            }
            A::PrevSession | A::NextSession => {
                let n = self.sessions.len();
                let to = if action == A::PrevSession {
                    self.current.checked_sub(1)
                } else {
                    Some(self.current + 1).filter(|&c| c < n)
                };
                match to {
                    Some(c) => {
                        self.current = c;
                        self.failed.clear();
                        self.chosen.clear();
                        self.load_marks(b)?;
                        self.apply_filter();
                        self.announce(b);
                        self.say(crate::t!("roster-session-n", number = c + 1, total = n))
                    }
                    None => self.say(if action == A::PrevSession {
                        crate::t!("roster-first-session")
                    } else {
                        crate::t!("roster-last-session")
                    }),
                }
            }
            // A scanner set to end a code with a line feed sends Ctrl-J, not Enter.
            A::MarkPresent | A::ScanEnter => {
                if let Some(id) = badge::parse(self.filter.text()) {
                    self.scan(b, id)?
                } else {
                    match self.target() {
                        Some(p) if self.exit_mode => self.check_out(b, p)?,
                        Some(p) => self.mark(b, p, Some(input(MarkStatus::Present)))?,
                        None => self.no_target(),
                    }
                }
            }
            A::ToggleExitMode => {
                self.exit_mode = !self.exit_mode;
                self.say(if self.exit_mode {
                    crate::t!("roster-exit-mode-on")
                } else {
                    crate::t!("roster-exit-mode-off")
                })
            }
            A::MarkAbsent | A::MarkLeftEarly => {
                let status = if action == A::MarkAbsent {
                    MarkStatus::Absent
                } else {
                    MarkStatus::LeftEarly
                };
                match self.target() {
                    Some(p) => self.mark(b, p, Some(input(status)))?,
                    None => self.no_target(),
                }
            }
            A::ClearMark => match self.target() {
                Some(p) if self.marks.contains_key(&p) => self.mark(b, p, None)?,
                Some(_) => self.say(crate::t!("roster-not-marked")),
                None => self.no_target(),
            },
            A::MarkLate => match self.target() {
                Some(person) => {
                    let at = self
                        .marks
                        .get(&person)
                        .and_then(|m| m.arrived_at)
                        .unwrap_or(self.now.time());
                    self.prompt = Some(Prompt::Late {
                        person,
                        input: LineInput::new(&hhmm(at)),
                        error: String::new(),
                    });
                    RosterExit::Stay
                }
                None => self.no_target(),
            },
            A::MarkExcused => match self.target() {
                Some(person) => {
                    let reason = self
                        .marks
                        .get(&person)
                        .map(|m| m.reason.clone())
                        .unwrap_or_default();
                    self.prompt = Some(Prompt::Excused {
                        person,
                        input: LineInput::new(&reason),
                    });
                    RosterExit::Stay
                }
                None => self.no_target(),
            },
            A::Undo => self.undo_last(b)?,
            A::WalkIn => {
                let directory = walk_in::Directory::load(b, self.people.iter().map(|p| p.id))?;
                let mut form = WalkInForm::new(directory);
                // What was typed in the filter is usually the name of the person at the door;
                // after a refused badge, the name on it.
                match self.refused.take() {
                    Some(name) if self.filter.text().is_empty() => form.prefill_name(&name),
                    _ => form.prefill_name(self.filter.text()),
                }
                self.prompt = Some(Prompt::WalkIn(Box::new(form)));
                RosterExit::Stay
            }
            A::BulkAbsent => {
                let people: Vec<Id> = self
                    .people
                    .iter()
                    .filter(|p| p.counts && !self.marks.contains_key(&p.id))
                    .map(|p| p.id)
                    .collect();
                if people.is_empty() {
                    self.say(crate::t!("roster-everyone-marked"))
                } else {
                    self.prompt = Some(Prompt::Confirm {
                        question: crate::t!("roster-bulk-absent", count = people.len()),
                        then: Confirmed::BulkAbsent { people },
                    });
                    RosterExit::Stay
                }
            }
            A::ToggleSelect => {
                if let Some(id) = self.selected_person().map(|p| p.id)
                    && !self.chosen.remove(&id)
                {
                    self.chosen.insert(id);
                }
                self.move_by(1);
                RosterExit::Stay
            }
            A::MarkSelected => {
                if self.chosen.is_empty() {
                    self.say(crate::t!("roster-nothing-selected"))
                } else {
                    let people: Vec<Id> = self.chosen.iter().copied().collect();
                    self.mark_many(b, people, MarkStatus::Present, false)?
                }
            }
            A::SignInSheet => {
                let dir = std::env::current_dir()?;
                match self.write_sign_in_sheet(&dir) {
                    Ok(path) => self.say(crate::t!(
                        "roster-sheet-written",
                        path = path.display().to_string()
                    )),
                    Err(e) => self.say(crate::t!("roster-sheet-failed", error = e.to_string())),
                }
            }
            A::Up => self.move_by(-1),
            A::Down => self.move_by(1),
            A::PageUp => self.move_by(-(self.nav.page())),
            A::PageDown => self.move_by(self.nav.page()),
            A::Top => self.move_by(isize::MIN / 2),
            A::Bottom => self.move_by(isize::MAX / 2),
            A::Palette => RosterExit::Palette,
        };
        Ok(exit)
    }

    pub fn on_key(&mut self, b: &mut dyn Backend, key: KeyEvent) -> Result<RosterExit> {
        self.door_note.clear();
        let Some(prompt) = self.prompt.take() else {
            if self.filter.handle(key) {
                self.apply_filter();
            }
            return Ok(RosterExit::Stay);
        };
        match prompt {
            Prompt::Late {
                person,
                mut input,
                error,
            } => match key.code {
                KeyCode::Esc => Ok(RosterExit::Stay),
                KeyCode::Enter => match parse_time(input.text()) {
                    Some(t) => {
                        let mark = MarkInput {
                            status: MarkStatus::Late,
                            arrived_at: Some(t),
                            reason: String::new(),
                        };
                        self.mark(b, person, Some(mark))
                    }
                    None => {
                        self.prompt = Some(Prompt::Late {
                            person,
                            input,
                            error: crate::t!("roster-time-format"),
                        });
                        Ok(RosterExit::Stay)
                    }
                },
                _ => {
                    let edited = input.handle(key);
                    self.prompt = Some(Prompt::Late {
                        person,
                        input,
                        error: if edited { String::new() } else { error },
                    });
                    Ok(RosterExit::Stay)
                }
            },
            Prompt::Excused { person, mut input } => match key.code {
                KeyCode::Esc => Ok(RosterExit::Stay),
                KeyCode::Enter => {
                    let mark = MarkInput {
                        status: MarkStatus::Excused,
                        arrived_at: None,
                        reason: input.text().trim().to_string(),
                    };
                    self.mark(b, person, Some(mark))
                }
                _ => {
                    input.handle(key);
                    self.prompt = Some(Prompt::Excused { person, input });
                    Ok(RosterExit::Stay)
                }
            },
            Prompt::Confirm { question, then } => match key.code {
                KeyCode::Char('y' | 'Y') | KeyCode::Enter => match then {
                    Confirmed::Overwrite { person, mark } => self.mark(b, person, mark),
                    Confirmed::BulkAbsent { people } => {
                        self.mark_many(b, people, MarkStatus::Absent, true)
                    }
                },
                KeyCode::Char('n' | 'N') | KeyCode::Esc => {
                    // Done with this person either way: ready for the next name, the cursor
                    // left on them.
                    if let Confirmed::Overwrite { person, .. } = then {
                        self.after_mark(person);
                    }
                    Ok(self.say(crate::t!("status-nothing-changed")))
                }
                _ => {
                    self.prompt = Some(Prompt::Confirm { question, then });
                    Ok(RosterExit::Stay)
                }
            },
            Prompt::WalkIn(mut form) => match form.on_key(key) {
                walk_in::Step::Editing => {
                    self.prompt = Some(Prompt::WalkIn(form));
                    Ok(RosterExit::Stay)
                }
                walk_in::Step::Cancel => Ok(RosterExit::Stay),
                walk_in::Step::Submit(person) => self.walk_in(b, form, *person),
            },
        }
    }

    /// A click on screen row `y`: selects the person on that row. It never marks: marking
    /// stays a key. Nothing happens while a prompt or the walk-in form is open.
    pub fn click_row(&mut self, y: u16) -> bool {
        let top = self.rows_top.get();
        if self.prompt.is_some() || y < top {
            return false;
        }
        let row = (y - top) as usize;
        if row >= self.nav.page.get() {
            return false;
        }
        let pos = self.nav.offset.get() + row;
        if pos < self.visible.len() {
            self.nav.cursor = pos;
            return true;
        }
        false
    }

    /// The wheel: moves the selection by `d` rows (not while a prompt is open).
    pub fn wheel(&mut self, d: isize) {
        if self.prompt.is_none() {
            self.move_by(d);
        }
    }

    /// Pasted text: into the open prompt's field, else into the name filter. Only ever text:
    /// a paste never marks, moves sessions or answers a question.
    pub fn on_paste(&mut self, text: &str) {
        match &mut self.prompt {
            Some(Prompt::Late { input, error, .. }) => {
                if input.paste(text) {
                    error.clear();
                }
            }
            Some(Prompt::Excused { input, .. }) => {
                input.paste(text);
            }
            Some(Prompt::WalkIn(form)) => form.paste(text),
            Some(Prompt::Confirm { .. }) => {}
            None => {
                if self.filter.paste(text) {
                    self.apply_filter();
                }
            }
        }
    }

    /// Data changed (here or in another client): reload, keeping the cursor on the same person.
    pub fn refresh(&mut self, b: &mut dyn Backend) -> Result<()> {
        let keep = self.selected_person().map(|p| p.id);
        self.load_marks(b)?;
        // A walk-in another trainer added, or one undone here or there, or a registration
        // changed elsewhere: the people are read again (one query tells).
        let regs = b.registrations(self.event)?;
        let same = regs.len() == self.people.len()
            && regs.iter().all(|(id, reg)| {
                self.people.iter().any(|p| {
                    p.id == *id
                        && p.role == reg.role
                        && p.counts == reg.counts()
                        && p.cancelled == (reg.status == crate::domain::RegStatus::Cancelled)
                })
            });
        if !same {
            self.load_people(b)?;
        }
        self.apply_filter();
        if let Some(id) = keep {
            self.select_id(id);
        }
        Ok(())
    }

    /// Draws from state only: no I/O here.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        view::render(self, frame, area, theme);
    }

    /// Writes the printable sign-in sheet of the current session into `dir`; returns its path.
    pub fn write_sign_in_sheet(&self, dir: &Path) -> Result<PathBuf> {
        let Some((_, session)) = self.sessions.get(self.current) else {
            return Err(Error::invalid(crate::t!("roster-no-sessions")));
        };
        let rows: Vec<(&str, &str, String)> = self
            .people
            .iter()
            .filter(|p| p.counts)
            .map(|p| {
                (
                    p.name.as_str(),
                    p.organisation.as_str(),
                    badge::code(p.id).unwrap_or_default(),
                )
            })
            .collect();
        let html = sheet::html(&sheet::Sheet {
            code: &self.code,
            title: &self.event_title,
            session,
            number: self.current + 1,
            total: self.sessions.len(),
            rows: &rows,
        });
        sheet::write(dir, &self.code, self.current + 1, &html)
    }

    // ---- update helpers ----

    /// A badge code was typed or scanned, then Enter: check the person in (in exit mode,
    /// out) at once, or say why not. Nothing here opens a prompt, so the keys of the next
    /// scan are never taken as an answer.
    fn scan(&mut self, b: &mut dyn Backend, id: Id) -> Result<RosterExit> {
        let code = badge::printed(&self.filter.text().trim().to_uppercase());
        self.filter.clear();
        self.apply_filter();
        let Some(person) = self
            .people
            .iter()
            .find(|p| p.id == id && !p.cancelled)
            .cloned()
        else {
            return Ok(match b.participant(id)?.filter(|p| !p.forgotten) {
                Some(p) => {
                    let msg = crate::t!("roster-scan-not-here", name = p.name.as_str());
                    self.refused = Some(p.name);
                    self.tell(msg)
                }
                None => self.tell(crate::t!("roster-scan-unknown", code = code)),
            });
        };
        self.refused = None;
        self.select_id(id);
        if self.exit_mode {
            return self.check_out(b, id);
        }
        let Some(session) = self.session() else {
            return Ok(self.tell(crate::t!("roster-no-sessions")));
        };
        // Fresh marks: another trainer may have checked them in a moment ago.
        self.load_marks(b)?;
        if let Some(m) = self.marks.get(&id).filter(|m| m.status.attended()) {
            let since = m
                .arrived_at
                .unwrap_or_else(|| clock::local_from_unix(m.at).time());
            let msg = crate::t!(
                "roster-scan-already",
                name = person.name.as_str(),
                mark = word(m.status),
                time = hhmm(since)
            );
            self.apply_filter();
            self.select_id(id);
            return Ok(self.tell(msg));
        }
        // The person is at the door with their badge: present, whatever was there before.
        let cmd = Command::SetMark {
            session,
            participant: id,
            mark: Some(input(MarkStatus::Present)),
            expect: None,
        };
        match b.execute(cmd) {
            Ok(out) => {
                self.failed.remove(&id);
                if let Some(e) = out.entry {
                    self.undo.push(e);
                }
                self.load_marks(b)?;
                self.after_mark(id);
                Ok(self.tell(if person.organisation.is_empty() {
                    crate::t!("roster-scan-in", name = person.name.as_str())
                } else {
                    crate::t!(
                        "roster-scan-in-org",
                        name = person.name.as_str(),
                        organisation = person.organisation.as_str()
                    )
                }))
            }
            Err(e) => {
                let why = self.change_failed(b, &[id], e);
                Ok(self.tell(why))
            }
        }
    }

    /// Records that a person leaves now (exit mode).
    fn check_out(&mut self, b: &mut dyn Backend, person: Id) -> Result<RosterExit> {
        let Some(session) = self.session() else {
            return Ok(self.tell(crate::t!("roster-no-sessions")));
        };
        let cmd = Command::CheckOut {
            session,
            participant: person,
            at: clock::now_local().time(),
            grace_minutes: self.grace_minutes,
        };
        match b.execute(cmd) {
            Ok(out) => {
                self.failed.remove(&person);
                if let Some(e) = out.entry {
                    self.undo.push(e);
                }
                self.load_marks(b)?;
                self.after_mark(person);
                Ok(self.tell(out.what))
            }
            // Not checked in: nothing changed, and the row keeps no failure.
            Err(Error::Invalid { reason: why, .. }) => {
                self.after_mark(person);
                Ok(self.tell(why))
            }
            Err(e) => {
                let why = self.change_failed(b, &[person], e);
                Ok(self.tell(why))
            }
        }
    }

    /// Puts a failed change into words and onto its rows. When the change was sent but not
    /// answered (the outcome is unknown), the rows are read again and show what is stored,
    /// instead of a "not saved" that may be false; only when that read fails too do the
    /// rows say the outcome is unknown.
    fn change_failed(&mut self, b: &mut dyn Backend, people: &[Id], e: Error) -> String {
        let why = match e {
            Error::OutcomeUnknown(why) => {
                if self.load_marks(b).is_ok() {
                    let keep = self.selected_person().map(|p| p.id);
                    for p in people {
                        self.failed.remove(p);
                    }
                    self.apply_filter();
                    if let Some(id) = keep {
                        self.select_id(id);
                    }
                    return crate::t!("roster-outcome-stored");
                }
                crate::t!("roster-outcome-unknown", error = why)
            }
            other => crate::t!("roster-not-saved", error = other.to_string()),
        };
        for p in people {
            self.failed.insert(*p, why.clone());
        }
        why
    }

    /// Says what a scan or a check-out did, also on the filter line, where the eye is at
    /// the door (the status line is narrow on a small terminal).
    fn tell(&mut self, s: String) -> RosterExit {
        self.door_note.clone_from(&s);
        self.say(s)
    }

    fn say(&mut self, s: String) -> RosterExit {
        self.message.clone_from(&s);
        RosterExit::Status(s)
    }

    /// A mark key found no one. With a name typed, it says so and clears the search, so the
    /// next name typed at once starts afresh instead of running into this one.
    fn no_target(&mut self) -> RosterExit {
        if self.filter.text().is_empty() {
            self.say(crate::t!("roster-no-one-to-mark"))
        } else {
            let msg = crate::t!("roster-no-match-status", filter = self.filter.text());
            self.filter.clear();
            self.apply_filter();
            self.say(msg)
        }
    }

    /// The person a mark key applies to: the selected row (which is the only match when
    /// the filter leaves one).
    fn target(&self) -> Option<Id> {
        self.selected_person().map(|p| p.id)
    }

    fn move_by(&mut self, d: isize) -> RosterExit {
        self.nav.move_by(d, self.visible.len());
        RosterExit::Stay
    }

    /// Sets one mark, refusing to overwrite a mark someone else changed since we showed it.
    fn mark(
        &mut self,
        b: &mut dyn Backend,
        person: Id,
        mark: Option<MarkInput>,
    ) -> Result<RosterExit> {
        let Some(session) = self.session() else {
            return Ok(self.say(crate::t!("roster-no-sessions")));
        };
        let shown = self.marks.get(&person).map(|m| m.status);
        let cmd = Command::SetMark {
            session,
            participant: person,
            mark: mark.clone(),
            expect: Some(shown),
        };
        match b.execute(cmd) {
            Ok(out) => {
                self.failed.remove(&person);
                if let Some(e) = out.entry {
                    self.undo.push(e);
                }
                self.load_marks(b)?;
                self.after_mark(person);
                Ok(self.say(out.what))
            }
            Err(Error::Conflict(why)) => {
                // Show what is stored now, then ask before writing over it.
                self.load_marks(b)?;
                self.apply_filter();
                let question = match &mark {
                    Some(m) => crate::t!(
                        "roster-overwrite-mark",
                        why = why.as_str(),
                        mark = word(m.status)
                    ),
                    None => crate::t!("roster-overwrite-clear", why = why.as_str()),
                };
                self.prompt = Some(Prompt::Confirm {
                    question: question.clone(),
                    then: Confirmed::Overwrite { person, mark },
                });
                Ok(self.say(why))
            }
            Err(e) => {
                let why = self.change_failed(b, &[person], e);
                Ok(self.say(why))
            }
        }
    }

    fn mark_many(
        &mut self,
        b: &mut dyn Backend,
        people: Vec<Id>,
        status: MarkStatus,
        only_unmarked: bool,
    ) -> Result<RosterExit> {
        let Some(session) = self.session() else {
            return Ok(self.say(crate::t!("roster-no-sessions")));
        };
        // What the trainer saw: a mark someone else changed meanwhile stops the whole batch.
        let expect = people
            .iter()
            .map(|p| self.marks.get(p).map(|m| m.status))
            .collect();
        let cmd = Command::MarkMany {
            session,
            participants: people.clone(),
            status,
            only_unmarked,
            expect,
        };
        match b.execute(cmd) {
            Ok(out) => {
                for p in &people {
                    self.failed.remove(p);
                }
                if let Some(e) = out.entry {
                    self.undo.push(e);
                }
                self.chosen.clear();
                self.load_marks(b)?;
                self.apply_filter();
                Ok(self.say(out.what))
            }
            Err(Error::Conflict(why)) => {
                // Nothing was marked; the selection stays for a second look at fresh marks.
                self.load_marks(b)?;
                self.apply_filter();
                Ok(self.say(crate::t!("roster-bulk-conflict", why = why.as_str())))
            }
            Err(e) => {
                let why = self.change_failed(b, &people, e);
                Ok(self.say(why))
            }
        }
    }

    fn walk_in(
        &mut self,
        b: &mut dyn Backend,
        form: Box<WalkInForm>,
        person: crate::core::WalkInPerson,
    ) -> Result<RosterExit> {
        let cmd = Command::WalkIn {
            event: self.event,
            session: self.session(),
            person,
        };
        match b.execute(cmd) {
            Ok(out) => {
                if let Some(e) = out.entry {
                    self.undo.push(e);
                }
                self.load_people(b)?;
                self.load_marks(b)?;
                match out.created {
                    Some(id) => self.after_mark(id),
                    None => self.apply_filter(),
                }
                Ok(self.say(out.what))
            }
            Err(e) => {
                // Keep the form with what was typed, and say why it was refused. When the
                // server did not confirm, the list shows what is stored: the person may be
                // there already, so look before registering them again.
                if let Error::OutcomeUnknown(_) = e
                    && self.load_people(b).is_ok()
                    && self.load_marks(b).is_ok()
                {
                    self.apply_filter();
                }
                let mut form = form;
                form.error = crate::t!("roster-not-saved", error = e.to_string());
                self.prompt = Some(Prompt::WalkIn(form));
                Ok(self.say(crate::t!("roster-walk-in-not-saved", error = e.to_string())))
            }
        }
    }

    fn undo_last(&mut self, b: &mut dyn Backend) -> Result<RosterExit> {
        let Some(entry) = self.undo.pop() else {
            return Ok(self.say(crate::t!("roster-nothing-to-undo")));
        };
        match b.execute(Command::Undo { entry }) {
            Ok(out) => {
                // An undone walk-in takes its registration away: the row and the counts go.
                self.load_people(b)?;
                self.load_marks(b)?;
                self.apply_filter();
                Ok(self.say(out.what))
            }
            // The record changed again since (another trainer): that mark cannot be undone.
            Err(e @ Error::Conflict(_)) => {
                self.load_marks(b)?;
                self.apply_filter();
                Ok(self.say(e.to_string()))
            }
            Err(e) => {
                if let Error::OutcomeUnknown(_) = e
                    && self.load_people(b).is_ok()
                    && self.load_marks(b).is_ok()
                {
                    // Undone or not, the rows show what is stored; undoing again is safe,
                    // since an entry already undone is refused.
                    self.apply_filter();
                }
                self.undo.push(entry);
                Ok(self.say(crate::t!("roster-not-undone", error = e.to_string())))
            }
        }
    }

    /// After a mark the filter clears, so the next name can be typed at once; the cursor
    /// stays on the person just marked.
    fn after_mark(&mut self, person: Id) {
        self.filter.clear();
        self.apply_filter();
        if let Some(pos) = self
            .visible
            .iter()
            .position(|&i| self.people.get(i).is_some_and(|p| p.id == person))
        {
            self.nav.cursor = pos;
        }
    }

    fn load_people(&mut self, b: &mut dyn Backend) -> Result<()> {
        let regs = b.registrations(self.event)?;
        let orgs: HashMap<Id, String> = b
            .organisations()?
            .into_iter()
            .map(|(id, o)| (id, o.name))
            .collect();
        // The event's people by id: a few hundred lookups, not every record read.
        let mut all: HashMap<Id, crate::domain::Participant> = HashMap::with_capacity(regs.len());
        for (id, _) in &regs {
            if let Some(p) = b.participant(*id)? {
                all.insert(*id, p);
            }
        }
        let mut people: Vec<Person> = regs
            .into_iter()
            .filter_map(|(id, reg)| {
                let p = all.get(&id)?;
                let organisation = p
                    .organisation
                    .and_then(|o| orgs.get(&o).cloned())
                    .unwrap_or_default();
                Some(Person {
                    id,
                    key: fold(&format!("{} {}", p.name, p.email)),
                    name: p.name.clone(),
                    organisation,
                    email: p.email.clone(),
                    role: reg.role,
                    counts: reg.counts(),
                    cancelled: reg.status == crate::domain::RegStatus::Cancelled,
                })
            })
            .collect();
        people.sort_by_cached_key(|p| (!p.counts, p.cancelled, fold(&p.name), p.id));
        let keep = self.selected_person().map(|p| p.id);
        self.people = people;
        self.apply_filter();
        if let Some(id) = keep {
            self.select_id(id);
        }
        Ok(())
    }

    fn load_marks(&mut self, b: &mut dyn Backend) -> Result<()> {
        self.marks = match self.session() {
            Some(s) => b.session_marks(s)?.into_iter().collect(),
            None => HashMap::new(),
        };
        Ok(())
    }

    fn select_id(&mut self, id: Id) {
        if let Some(pos) = self
            .visible
            .iter()
            .position(|&i| self.people.get(i).is_some_and(|p| p.id == id))
        {
            self.nav.cursor = pos;
        }
    }

    /// Recomputes the visible rows. With a filter, names where every typed token starts a
    /// word come first, and people not yet marked before those marked: the one at the door
    /// is most likely unmarked. The cursor goes to the best match.
    fn apply_filter(&mut self) {
        let keep = self.selected_person().map(|p| p.id);
        let q = fold(self.filter.text());
        let tokens: Vec<&str> = q.split_whitespace().collect();
        if tokens.is_empty() {
            self.visible = (0..self.people.len()).collect();
            self.nav.cursor = 0;
            if let Some(id) = keep {
                self.select_id(id);
            }
            return;
        }
        let mut ranked: Vec<(bool, bool, usize)> = self
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| tokens.iter().all(|t| p.key.contains(t)))
            .map(|(i, p)| {
                let word_start = tokens
                    .iter()
                    .all(|t| p.key.starts_with(t) || p.key.contains(&format!(" {t}")));
                (!word_start, self.marks.contains_key(&p.id), i)
            })
            .collect();
        ranked.sort_unstable();
        self.visible = ranked.into_iter().map(|(_, _, i)| i).collect();
        self.nav.cursor = 0;
    }
}

/// The session running at `now`, else the next to start, else the last (sessions sorted).
pub fn session_at(sessions: &[(Id, Session)], now: PrimitiveDateTime) -> usize {
    let start = |s: &Session| PrimitiveDateTime::new(s.date, s.start);
    let end = |s: &Session| PrimitiveDateTime::new(s.date, s.end);
    if let Some(i) = sessions
        .iter()
        .position(|(_, s)| start(s) <= now && now < end(s))
    {
        return i;
    }
    if let Some(i) = sessions.iter().position(|(_, s)| start(s) > now) {
        return i;
    }
    sessions.len().saturating_sub(1)
}

fn input(status: MarkStatus) -> MarkInput {
    MarkInput {
        status,
        arrived_at: None,
        reason: String::new(),
    }
}

/// A mark status as trainers say it ("left early"), in the current language.
pub(crate) fn word(s: MarkStatus) -> String {
    crate::tui::view::parts::word(s.word())
}
