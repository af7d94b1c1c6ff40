//! Update: a key becomes an action through the keymap, and the action changes the state and,
//! through `Backend::execute`, the data. The only place state changes.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

use super::action::{
    Bound, ConfirmAction, EventsAction, FollowUpsAction, FormAction, Global, PaneAction,
    ParticipantsAction, SearchAction, SessionsAction, WelcomeAction,
};
use super::form::{Draft, Form, FormKind, Plan};
use super::keymap::Key;
use super::report_view::ReportView;
use super::roster::{Roster, RosterExit};
use super::state::*;
use super::summary_view::SummaryView;
use crate::core::error::Result;
use crate::core::{Command, Outcome, Queries};
use crate::domain::*;

/// Rows one notch of the wheel moves.
const WHEEL_ROWS: isize = 3;

impl App {
    /// Handles one key from the terminal.
    pub fn handle_key(&mut self, ev: KeyEvent) {
        // Over SSH, Esc and the next key can arrive in one read, which the terminal decoder
        // takes for Alt+key. Unless the keymap binds that Alt key, it was Esc then the key.
        if let KeyCode::Char(c) = ev.code
            && ev.modifiers == KeyModifiers::ALT
            && Key::from_event(&ev).is_some_and(|k| !self.keymap.is_bound(k))
        {
            let kind = ev.kind;
            let mut esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
            esc.kind = kind;
            let mut plain = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
            plain.kind = kind;
            self.handle_key(esc);
            return self.handle_key(plain);
        }
        let Some(key) = Key::from_event(&ev) else {
            return;
        };
        if self.too_small.get() {
            // Nothing of the screen can be seen: a key typed blind must not mark or change
            // anything. Only quit works (and a resize, which the loop handles).
            if self.keymap.bound::<Global>(key) == Some(Bound::Own(Global::Quit)) {
                self.quit = true;
            }
            return;
        }
        // A detail still waiting for the frame is read before the key acts on the state.
        self.settle();
        self.dirty = true;
        match self.overlay.take() {
            Some(Overlay::Help(ctx)) => return self.help_key(key, ev, ctx),
            Some(Overlay::Palette(p)) => return self.palette_key(ev, p),
            Some(Overlay::Confirm(c)) => return self.confirm_key(key, c),
            Some(Overlay::Form(f)) => return self.form_key(key, ev, f),
            None => {}
        }
        match std::mem::replace(&mut self.screen, Screen::Panes) {
            Screen::Welcome => {
                self.screen = Screen::Welcome;
                self.welcome_key(key);
            }
            Screen::Roster(r) => self.roster_key(key, ev, r),
            Screen::Summary(s) => self.summary_key(key, ev, s),
            Screen::Report(r) => self.report_key(key, ev, r),
            Screen::Import(v) => self.import_key(ev, v),
            Screen::Panes => self.panes_key(key, ev),
        }
    }

    /// Pasted text (bracketed paste): text for the field, search or filter it lands in,
    /// cleaned of control characters and line breaks; never a key, so it never marks, moves
    /// or answers anything. Anywhere else it is ignored.
    pub fn handle_paste(&mut self, text: &str) {
        if self.too_small.get() {
            return;
        }
        self.settle();
        self.dirty = true;
        match &mut self.overlay {
            Some(Overlay::Form(f)) => {
                let focus = f.focus;
                let fresh = std::mem::replace(&mut f.fresh, false);
                if let Some(field) = f.fields.get_mut(focus) {
                    if fresh {
                        field.input.clear();
                    }
                    if field.input.paste(text) {
                        field.error = None;
                    }
                }
                return;
            }
            Some(Overlay::Palette(p)) => {
                if p.query.paste(text) {
                    p.nav.cursor = 0;
                }
                return;
            }
            Some(Overlay::Help(_)) if self.help_typing => {
                self.help_query.paste(text);
                return;
            }
            Some(_) => return,
            None => {}
        }
        if let Some(v) = self.screen.view_mut() {
            v.on_paste(text);
            return;
        }
        if matches!(self.screen, Screen::Panes) {
            let pane = self.focus;
            let l = self.list_mut(pane);
            if l.typing && l.query.paste(text) {
                l.retokenize();
                l.nav.cursor = 0;
                self.refilter_typed(pane);
                self.after_refilter(pane);
            }
        }
    }

    /// A click or the wheel. A click on a key hint of the status line runs that key; a
    /// click on a pane focuses it and on a row selects it; the wheel moves the selection of
    /// the list under the pointer. In the roster a click selects and never marks. While a
    /// form, question or help is open, or the screen is too small, the mouse does nothing
    /// but press the hints.
    pub fn handle_mouse(&mut self, ev: MouseEvent) {
        if self.too_small.get() {
            return;
        }
        let (x, y) = (ev.column, ev.row);
        let step = match ev.kind {
            MouseEventKind::Down(MouseButton::Left) => 0,
            MouseEventKind::ScrollUp => -WHEEL_ROWS,
            MouseEventKind::ScrollDown => WHEEL_ROWS,
            // Moves, drags, releases and the other buttons do nothing.
            _ => return,
        };
        if step == 0 {
            let hint = self
                .areas
                .borrow()
                .hints
                .iter()
                .find(|(x0, x1, hy, _)| *hy == y && (*x0..*x1).contains(&x))
                .map(|h| h.3);
            if let Some(k) = hint {
                return self.handle_key(KeyEvent::new(k.code, k.mods));
            }
        }
        if self.overlay.is_some() {
            return;
        }
        self.settle();
        match &mut self.screen {
            Screen::Roster(r) => {
                if step == 0 {
                    r.click_row(y);
                } else {
                    r.wheel(step);
                }
            }
            Screen::Report(r) if step != 0 => {
                let a = if step < 0 {
                    super::report_view::ReportAction::Up
                } else {
                    super::report_view::ReportAction::Down
                };
                for _ in 0..step.unsigned_abs() {
                    if let Err(e) = r.on_action(self.backend.as_mut(), a) {
                        self.say_warn(e.to_string());
                        break;
                    }
                }
            }
            Screen::Panes => self.pane_mouse(x, y, step),
            Screen::Report(_) | Screen::Summary(_) | Screen::Import(_) | Screen::Welcome => return,
        }
        self.dirty = true;
    }

    /// A click (`step` 0) or the wheel over the panes.
    fn pane_mouse(&mut self, x: u16, y: u16, step: isize) {
        let hit = self.areas.borrow().lists.iter().copied().find(|l| {
            let a = l.area;
            x >= a.x && x < a.x + a.width && y >= a.y && y < a.y + a.height
        });
        let Some(hit) = hit else { return };
        if self.list(hit.pane).typing && hit.pane != self.focus {
            self.list_mut(self.focus).typing = false;
        }
        if self.focus != hit.pane {
            self.focus_pane(hit.pane);
        }
        let pane = hit.pane;
        let len = self.list(pane).visible.len();
        if step != 0 {
            self.list_mut(pane).nav.move_by(step, len);
        } else if y >= hit.rows_y && y < hit.rows_y + hit.rows {
            let pos = self.list(pane).nav.offset.get() + (y - hit.rows_y) as usize;
            if pos >= len {
                return;
            }
            self.list_mut(pane).nav.cursor = pos;
        } else {
            return;
        }
        self.selection_moved();
    }

    /// A key while the help is open: the arrow and page keys scroll a help longer than the
    /// screen; any other key closes it.
    fn help_key(&mut self, key: Key, ev: KeyEvent, ctx: &'static str) {
        if self.help_typing {
            // `/` was pressed: keys type the filter; Enter keeps it, Esc clears it.
            match ev.code {
                KeyCode::Enter => self.help_typing = false,
                KeyCode::Esc => {
                    self.help_typing = false;
                    self.help_query.clear();
                }
                _ => {
                    if self.help_query.handle(ev) {
                        self.help_offset.set(0);
                    }
                }
            }
            self.overlay = Some(Overlay::Help(ctx));
            return;
        }
        if self.keymap.bound::<Global>(key) == Some(Bound::Own(Global::Search)) {
            self.help_typing = true;
            self.overlay = Some(Overlay::Help(ctx));
            return;
        }
        let off = self.help_offset.get();
        let scrolls = self.help_more.get() || off > 0;
        // Only the scrolling keys keep the help open; any other key closes it.
        let step = match self.keymap.bound::<Global>(key) {
            Some(Bound::Own(Global::Down)) if scrolls => Some(off + 1),
            Some(Bound::Own(Global::Up)) if scrolls => Some(off.saturating_sub(1)),
            Some(Bound::Own(Global::PageDown)) if scrolls => Some(off + 10),
            Some(Bound::Own(Global::PageUp)) if scrolls => Some(off.saturating_sub(10)),
            _ => None,
        };
        match step {
            Some(o) => {
                self.help_offset.set(o);
                self.overlay = Some(Overlay::Help(ctx));
            }
            None => {
                self.help_offset.set(0);
                self.help_more.set(false);
                self.help_query.clear();
            }
        }
    }

    /// A key while the palette is open: typing filters, the arrows move, Enter runs the
    /// highlighted action on the screen below, Esc closes.
    fn palette_key(&mut self, ev: KeyEvent, mut p: Box<super::palette::Palette>) {
        match ev.code {
            KeyCode::Esc => {}
            KeyCode::Enter => {
                if let Some(e) = p.chosen(&self.keymap) {
                    self.run_named(e.section, e.name);
                } else {
                    self.overlay = Some(Overlay::Palette(p));
                }
            }
            KeyCode::Up => {
                p.move_by(-1, &self.keymap);
                self.overlay = Some(Overlay::Palette(p));
            }
            KeyCode::Down => {
                p.move_by(1, &self.keymap);
                self.overlay = Some(Overlay::Palette(p));
            }
            KeyCode::PageUp => {
                p.move_by(-10, &self.keymap);
                self.overlay = Some(Overlay::Palette(p));
            }
            KeyCode::PageDown => {
                p.move_by(10, &self.keymap);
                self.overlay = Some(Overlay::Palette(p));
            }
            _ => {
                if p.query.handle(ev) {
                    p.nav.cursor = 0;
                }
                self.overlay = Some(Overlay::Palette(p));
            }
        }
    }

    /// Runs an action of the screen by its keymap name, as its key would (the palette).
    fn run_named(&mut self, section: &'static str, name: &str) {
        match std::mem::replace(&mut self.screen, Screen::Panes) {
            Screen::Welcome => {
                self.screen = Screen::Welcome;
                if let Some(a) = Bound::<WelcomeAction>::from_name(name) {
                    self.welcome_action(a);
                }
            }
            Screen::Panes => {
                let ctx = if section == "global" {
                    self.focus.context()
                } else {
                    section
                };
                if let Some(a) = PaneAction::in_section(ctx, name) {
                    self.act(a);
                }
            }
            Screen::Roster(mut r) => {
                let action = Bound::from_name(name);
                let close = self.component_act(action, None, r.as_mut());
                self.after_roster(close, r);
            }
            Screen::Summary(mut v) => {
                let action = Bound::from_name(name);
                let close = self.component_act(action, None, v.as_mut());
                self.after_summary(close, v);
            }
            Screen::Report(mut v) => {
                let action = Bound::from_name(name);
                let close = self.component_act(action, None, v.as_mut());
                self.after_report(close, v);
            }
            // The import view has no actions of its own to run from the palette.
            Screen::Import(v) => self.screen = Screen::Import(v),
        }
    }

    /// The first key of undo, for messages that say how to take a change back.
    fn undo_key(&self) -> String {
        self.keymap.first_key("global", "undo").unwrap_or_default()
    }

    /// Switches to the next language, redraws everything in it, and remembers it in the
    /// user's config file so the next start uses it too.
    pub fn switch_language(&mut self) {
        let code = crate::i18n::next_language();
        crate::i18n::set(code);
        self.location = self.backend.location();
        self.dirty = true;
        let Some(path) = self.config_path.clone() else {
            self.say(crate::t!("language-switched"));
            return;
        };
        match super::lang::remember(&path, code) {
            Ok(()) => self.say(crate::t!("language-switched")),
            Err(e) => self.say_warn(crate::t!(
                "status-language-not-saved",
                language = crate::t!("language-name"),
                error = e
            )),
        }
    }

    fn welcome_key(&mut self, key: Key) {
        if let Some(action) = self.keymap.bound::<WelcomeAction>(key) {
            self.welcome_action(action);
        }
    }

    fn welcome_action(&mut self, action: Bound<WelcomeAction>) {
        match action {
            Bound::Own(WelcomeAction::LoadSample) => {
                match crate::sample::load(self.backend.as_mut()) {
                    Ok(msg) => {
                        self.screen = Screen::Panes;
                        self.reload();
                        self.say(msg);
                    }
                    Err(e) => {
                        self.say_warn(crate::t!("status-sample-failed", error = e.to_string()))
                    }
                }
            }
            Bound::Own(WelcomeAction::StartEmpty) => {
                self.screen = Screen::Panes;
                let k = self
                    .keymap
                    .first_key("events", "new_event")
                    .unwrap_or_default();
                self.say(crate::t!("status-start-empty", key = k));
            }
            Bound::Global(g) => self.global_action(g, "welcome"),
        }
    }

    /// A global action outside the panes (welcome screen, roster, summary, report): quit,
    /// help and the language switch work everywhere; moving between panes, searching and
    /// undo belong to the panes, so elsewhere they do nothing.
    fn global_action(&mut self, g: Global, help: &'static str) {
        match g {
            Global::Quit => self.quit = true,
            Global::Help => self.overlay = Some(Overlay::Help(help)),
            Global::Palette => self.open_palette(help),
            Global::SwitchLanguage => self.switch_language(),
            Global::NextPane
            | Global::PrevPane
            | Global::FocusEvents
            | Global::FocusParticipants
            | Global::FocusFollowups
            | Global::Up
            | Global::Down
            | Global::PageUp
            | Global::PageDown
            | Global::Top
            | Global::Bottom
            | Global::Search
            | Global::ClearSearch
            | Global::Undo
            | Global::Redo => {}
        }
    }

    /// Keys for an open component (roster, summary, report): quit, help and the language
    /// switch as everywhere, the bound actions of its section, else raw keys (typing).
    /// Returns true when the component asked to close.
    fn component_key<C: super::Component>(&mut self, key: Key, ev: KeyEvent, c: &mut C) -> bool {
        let action = if c.wants_raw_keys() {
            None
        } else {
            self.keymap.bound::<C::Action>(key)
        };
        self.component_act(action, Some(ev), c)
    }

    /// Runs a component's action (from a key or the palette); with none, the key goes to the
    /// component as typing. Returns true when the component asked to close.
    fn component_act<C: super::Component>(
        &mut self,
        action: Option<Bound<C::Action>>,
        ev: Option<KeyEvent>,
        c: &mut C,
    ) -> bool {
        use super::action::Action;
        let ctx = C::Action::SECTION;
        let result = match action {
            Some(Bound::Own(a)) => c.on_action(self.backend.as_mut(), a),
            Some(Bound::Global(
                g @ (Global::Quit | Global::Help | Global::SwitchLanguage | Global::Palette),
            )) => {
                self.global_action(g, ctx);
                Ok(RosterExit::Stay)
            }
            // A global key the screen has no use for types, like an unbound one.
            Some(Bound::Global(_)) | None => match ev {
                Some(ev) => c.on_key(self.backend.as_mut(), ev),
                None => Ok(RosterExit::Stay),
            },
        };
        if let Ok(RosterExit::Palette) = result {
            self.open_palette(ctx);
            return false;
        }
        self.component_exit(result)
    }

    /// Opens the command palette over the screen of `ctx`.
    fn open_palette(&mut self, ctx: &'static str) {
        self.overlay = Some(Overlay::Palette(Box::new(super::palette::Palette::new(
            ctx,
        ))));
    }

    fn roster_key(&mut self, key: Key, ev: KeyEvent, mut r: Box<Roster>) {
        let close = self.component_key(key, ev, r.as_mut());
        self.after_roster(close, r);
    }

    fn after_roster(&mut self, close: bool, mut r: Box<Roster>) {
        if close {
            r.leave(self.backend.as_mut());
            self.screen = Screen::Panes;
            self.reload();
        } else {
            self.screen = Screen::Roster(r);
        }
    }

    fn summary_key(&mut self, key: Key, ev: KeyEvent, mut s: Box<SummaryView>) {
        let close = self.component_key(key, ev, s.as_mut());
        self.after_summary(close, s);
    }

    fn after_summary(&mut self, close: bool, s: Box<SummaryView>) {
        if close {
            self.screen = Screen::Panes;
            self.reload();
        } else {
            self.screen = Screen::Summary(s);
        }
    }

    fn report_key(&mut self, key: Key, ev: KeyEvent, mut r: Box<ReportView>) {
        let close = self.component_key(key, ev, r.as_mut());
        self.after_report(close, r);
    }

    fn after_report(&mut self, close: bool, r: Box<ReportView>) {
        if close {
            self.screen = Screen::Panes;
            self.reload();
        } else {
            self.screen = Screen::Report(r);
        }
    }

    /// A key in the import view; a confirmed import runs through [`Self::execute`], so it is
    /// one change that undo takes back.
    fn import_key(&mut self, ev: KeyEvent, mut v: Box<super::import_view::ImportView>) {
        use super::import_view::ImportExit;
        let mut exit = v.on_key(self.backend.as_mut(), ev);
        if let ImportExit::Run(cmd) = exit {
            let out = self.execute(*cmd);
            exit = v.after_import(self.backend.as_mut(), out);
        }
        match exit {
            ImportExit::Close(m) => {
                self.screen = Screen::Panes;
                self.reload();
                self.say(m);
            }
            ImportExit::Stay | ImportExit::Run(_) => self.screen = Screen::Import(v),
        }
    }

    /// Opens the import of `kind`: participants are registered at the selected event.
    fn open_import(&mut self, kind: crate::core::ImportKind) {
        let event = match kind {
            crate::core::ImportKind::Participants => self
                .selected_event
                .and_then(|id| self.data.event(id))
                .map(|e| e.event.code.clone()),
            _ => None,
        };
        self.screen = Screen::Import(Box::new(super::import_view::ImportView::open(kind, event)));
    }

    /// Applies a component's answer; true when it closed.
    fn component_exit(&mut self, r: Result<RosterExit>) -> bool {
        match r {
            Ok(RosterExit::Stay | RosterExit::Palette) => false,
            Ok(RosterExit::Close) => true,
            Ok(RosterExit::Status(m)) => {
                self.say(m);
                false
            }
            Err(e) => {
                self.say_warn(e.to_string());
                false
            }
        }
    }

    fn panes_key(&mut self, key: Key, ev: KeyEvent) {
        let pane = self.focus;
        if self.list(pane).typing {
            match self.keymap.bound::<SearchAction>(key) {
                Some(Bound::Own(SearchAction::Accept)) => {
                    self.list_mut(pane).typing = false;
                }
                Some(Bound::Own(SearchAction::Cancel)) => {
                    let l = self.list_mut(pane);
                    l.typing = false;
                    l.set_query("");
                    self.after_filter(pane);
                }
                Some(Bound::Global(Global::Quit)) => self.quit = true,
                Some(Bound::Global(
                    a @ (Global::Up
                    | Global::Down
                    | Global::PageUp
                    | Global::PageDown
                    | Global::Top
                    | Global::Bottom),
                )) => {
                    self.navigate(a);
                }
                // Other keys edit the search text.
                Some(Bound::Global(_)) | None => {
                    let l = self.list_mut(pane);
                    if l.query.handle(ev) {
                        l.retokenize();
                        l.nav.cursor = 0;
                        self.refilter_typed(pane);
                        self.after_refilter(pane);
                    }
                }
            }
            return;
        }
        let Some(action) = self
            .keymap
            .action(pane.context(), key)
            .and_then(|name| PaneAction::in_section(pane.context(), name))
        else {
            return;
        };
        self.act(action);
    }

    fn after_filter(&mut self, pane: Pane) {
        self.refilter(pane);
        self.after_refilter(pane);
    }

    fn after_refilter(&mut self, pane: Pane) {
        if pane == Pane::Events {
            self.selection_moved();
        } else {
            self.load_detail_later();
        }
    }

    /// Runs an action of the panes.
    pub fn act(&mut self, action: PaneAction) {
        match action {
            PaneAction::Global(g) => self.pane_global(g),
            PaneAction::Events(a) => self.events_action(a),
            PaneAction::Sessions(a) => self.sessions_action(a),
            PaneAction::Participants(a) => self.participants_action(a),
            PaneAction::FollowUps(a) => self.followups_action(a),
        }
    }

    fn pane_global(&mut self, action: Global) {
        match action {
            Global::Quit => self.quit = true,
            Global::Help => self.overlay = Some(Overlay::Help(self.focus.context())),
            Global::Palette => self.open_palette(self.focus.context()),
            Global::SwitchLanguage => self.switch_language(),
            Global::NextPane | Global::PrevPane => {
                const ORDER: [Pane; 3] = [Pane::Events, Pane::Participants, Pane::FollowUps];
                let cur = if self.focus == Pane::Sessions {
                    0
                } else {
                    ORDER.iter().position(|p| *p == self.focus).unwrap_or(0)
                };
                let next = if action == Global::NextPane {
                    cur + 1
                } else {
                    cur + 2
                } % 3;
                self.focus_pane(ORDER[next % 3]);
            }
            Global::FocusEvents => self.focus_pane(Pane::Events),
            Global::FocusParticipants => self.focus_pane(Pane::Participants),
            Global::FocusFollowups => self.focus_pane(Pane::FollowUps),
            Global::Up
            | Global::Down
            | Global::PageUp
            | Global::PageDown
            | Global::Top
            | Global::Bottom => self.navigate(action),
            Global::Search => {
                if self.focus != Pane::Sessions {
                    self.list_mut(self.focus).typing = true;
                }
            }
            Global::ClearSearch => {
                let pane = self.focus;
                if self.list(pane).filtering() {
                    self.list_mut(pane).set_query("");
                    self.after_filter(pane);
                }
            }
            Global::Undo => self.undo(),
            Global::Redo => self.redo(),
        }
    }

    fn sessions_action(&mut self, action: SessionsAction) {
        match action {
            SessionsAction::Close => self.focus_pane(Pane::Events),
            SessionsAction::NewSession => self.new_session(),
            SessionsAction::EditSession => {
                if let (Some(eid), Some((sid, s))) = (self.selected_event, self.current_session()) {
                    let f = Form::session(eid, Some(*sid), Some(s), s.date);
                    self.open_form(f);
                }
            }
            SessionsAction::DeleteSession => self.ask_delete_session(),
        }
    }

    fn new_session(&mut self) {
        if let Some(e) = self.current_event() {
            let day = self
                .data
                .sessions
                .last()
                .and_then(|(_, s)| s.date.next_day())
                .unwrap_or(e.event.start);
            let f = Form::session(e.id, None, None, day);
            self.open_form(f);
        }
    }

    fn events_action(&mut self, action: EventsAction) {
        match action {
            EventsAction::NewEvent => {
                self.open_form(Form::event(None, None, self.today()));
            }
            EventsAction::EditEvent => {
                if let Some(e) = self.current_event() {
                    let f = Form::event(Some(e.id), Some(&e.event), self.today());
                    self.open_form(f);
                }
            }
            EventsAction::DeleteEvent => self.ask_delete_event(),
            EventsAction::OpenRoster => {
                if let Some(id) = self.selected_event {
                    match Roster::open(self.backend.as_mut(), id, self.now) {
                        Ok(r) => self.screen = Screen::Roster(Box::new(r)),
                        Err(e) => self.say_warn(e.to_string()),
                    }
                }
            }
            EventsAction::OpenSummary => {
                if let Some(id) = self.selected_event {
                    match SummaryView::open(self.backend.as_mut(), id) {
                        Ok(s) => self.screen = Screen::Summary(Box::new(s)),
                        Err(e) => self.say_warn(e.to_string()),
                    }
                }
            }
            EventsAction::OpenReport => {
                let today = self.today();
                match ReportView::open(self.backend.as_mut(), today) {
                    Ok(r) => self.screen = Screen::Report(Box::new(r)),
                    Err(e) => self.say_warn(e.to_string()),
                }
            }
            EventsAction::Sessions => {
                if self.selected_event.is_some() {
                    self.focus_pane(Pane::Sessions);
                }
            }
            EventsAction::NewSession => self.new_session(),
            EventsAction::ImportFile => self.open_import(crate::core::ImportKind::Events),
        }
    }

    fn participants_action(&mut self, action: ParticipantsAction) {
        match action {
            ParticipantsAction::NewParticipant => self.open_form(Form::participant(None, None, "")),
            ParticipantsAction::EditParticipant => {
                if let Some(p) = self.current_person() {
                    let (id, org) = (p.id, p.org.to_string());
                    // The list keeps only what it shows: the form reads the whole record.
                    match self.backend.participant(id) {
                        Ok(Some(rec)) => {
                            let f = Form::participant(Some(id), Some(&rec), &org);
                            self.open_form(f);
                        }
                        // Deleted elsewhere a moment ago: show the list as it is now.
                        Ok(None) => self.reload(),
                        Err(e) => self.say_warn(e.to_string()),
                    }
                }
            }
            ParticipantsAction::DeleteParticipant => self.ask_delete_person(),
            ParticipantsAction::Register => match (self.selected_event, self.current_person()) {
                (Some(e), Some(p)) => {
                    let f = Form::registration(e, p.id, self.data.regs.get(&p.id));
                    self.open_form(f);
                }
                (None, _) => self.say_warn(crate::t!("status-select-event-first")),
                _ => {}
            },
            ParticipantsAction::Unregister => self.ask_unregister(),
            ParticipantsAction::ToggleAll => self.toggle_all(),
            ParticipantsAction::Merge => self.ask_merge(),
            ParticipantsAction::NewOrganisation => {
                self.open_form(Form::organisation(None, None, ""))
            }
            ParticipantsAction::EditOrganisation => {
                let org = self.current_person().and_then(|p| p.organisation);
                match org.and_then(|o| self.data.orgs.iter().find(|(i, _)| *i == o)) {
                    Some((id, o)) => {
                        let f = Form::organisation(Some(*id), Some(o), "");
                        self.open_form(f);
                    }
                    None => self.say_warn(crate::t!("status-no-organisation")),
                }
            }
            ParticipantsAction::DeleteOrganisation => self.ask_delete_org(),
            ParticipantsAction::ImportFile => {
                self.open_import(crate::core::ImportKind::Participants)
            }
        }
    }

    fn followups_action(&mut self, action: FollowUpsAction) {
        match action {
            FollowUpsAction::ToggleAll => self.toggle_all(),
            FollowUpsAction::NewFollowup => {
                let code = self
                    .selected_event
                    .and_then(|e| self.data.event(e))
                    .map(|e| e.event.code.clone())
                    .unwrap_or_default();
                let owner = self.backend.who();
                self.open_form(Form::followup(None, None, &code, "", &owner));
            }
            FollowUpsAction::EditFollowup => {
                self.ensure_people();
                if let Some(f) = self.current_followup() {
                    let person =
                        f.f.participant
                            .and_then(|p| self.data.person(p))
                            .map(|p| {
                                if p.email().is_empty() {
                                    p.name().to_string()
                                } else {
                                    p.email().to_string()
                                }
                            })
                            .unwrap_or_default();
                    let form = Form::followup(Some(f.id), Some(&f.f), &f.event_code, &person, "");
                    self.open_form(form);
                }
            }
            FollowUpsAction::DeleteFollowup => {
                if let Some(f) = self.current_followup() {
                    let c = Confirm {
                        title: crate::t!("confirm-delete-followup-title"),
                        lines: vec![crate::t!(
                            "confirm-delete-followup",
                            title = f.f.title.as_str()
                        )],
                        pending: Pending::Execute(vec![Command::DeleteFollowUp { id: f.id }]),
                    };
                    self.overlay = Some(Overlay::Confirm(c));
                }
            }
            FollowUpsAction::MarkDone => {
                if let Some(f) = self.current_followup() {
                    let mut new = f.f.clone();
                    new.status = if new.status == FollowUpStatus::Done {
                        FollowUpStatus::Open
                    } else {
                        FollowUpStatus::Done
                    };
                    let id = f.id;
                    self.run(Command::UpdateFollowUp { id, followup: new });
                }
            }
        }
    }

    fn focus_pane(&mut self, pane: Pane) {
        self.focus = pane;
        self.load_detail();
    }

    fn toggle_all(&mut self) {
        match self.focus {
            Pane::Participants => {
                self.all_people = !self.all_people;
                self.refilter(Pane::Participants);
                self.say(if self.people_scoped() {
                    crate::t!("status-participants-of-event")
                } else {
                    crate::t!("status-all-participants")
                });
            }
            Pane::FollowUps => {
                self.all_followups = !self.all_followups;
                self.refilter(Pane::FollowUps);
                self.say(if self.followups_scoped() {
                    crate::t!("status-followups-of-event")
                } else {
                    crate::t!("status-all-followups")
                });
            }
            _ => {}
        }
        self.load_detail();
    }

    /// Moves the cursor of the focused list (the moving actions of `[global]`).
    fn navigate(&mut self, action: Global) {
        let pane = self.focus;
        let l = self.list_mut(pane);
        let len = l.visible.len();
        let page = l.nav.page();
        match action {
            Global::Up => l.nav.move_by(-1, len),
            Global::Down => l.nav.move_by(1, len),
            Global::PageUp => l.nav.move_by(-page, len),
            Global::PageDown => l.nav.move_by(page, len),
            Global::Top => l.nav.cursor = 0,
            Global::Bottom => l.nav.cursor = len.saturating_sub(1),
            // Not a move: callers pass only the six above.
            _ => return,
        }
        self.selection_moved();
    }

    /// The cursor moved: an event selection refilters the other panes; any selection
    /// reloads the detail.
    fn selection_moved(&mut self) {
        if self.focus == Pane::Events {
            let now = self.current_event().map(|e| e.id);
            if now != self.selected_event
                && let Err(e) = self.event_selected()
            {
                self.say_warn(e.to_string());
            }
        }
        self.load_detail_later();
    }

    fn open_form(&mut self, f: Form) {
        if self.backend.read_only() {
            self.say_warn(crate::t!("status-read-only"));
            return;
        }
        // Forms check emails and find people by name over everyone.
        self.ensure_people();
        self.overlay = Some(Overlay::Form(Box::new(f)));
    }

    fn form_key(&mut self, key: Key, ev: KeyEvent, mut f: Box<Form>) {
        match self.keymap.bound::<FormAction>(key) {
            Some(Bound::Own(FormAction::Cancel)) => {
                self.say(crate::t!("status-not-saved"));
                return;
            }
            Some(Bound::Own(FormAction::NextField)) => {
                f.check_field(f.focus, &self.data);
                f.focus = (f.focus + 1) % f.fields.len().max(1);
                f.fresh = true;
            }
            Some(Bound::Own(FormAction::PrevField)) => {
                f.check_field(f.focus, &self.data);
                f.focus = (f.focus + f.fields.len().max(1) - 1) % f.fields.len().max(1);
                f.fresh = true;
            }
            Some(Bound::Own(FormAction::Submit)) => {
                f.fresh = true;
                if let Some(mut plan) = f.submit(&self.data) {
                    // Someone added while looking at an event's participants is registered
                    // there, in the same change: that is where they were meant to show up.
                    if let Plan::Run(Command::SaveParticipant {
                        id: None,
                        register_at,
                        ..
                    }) = &mut plan
                        && self.people_scoped()
                    {
                        *register_at = self.selected_event;
                    }
                    match self.execute_plan(plan) {
                        Ok(out) => {
                            let created = out.created;
                            self.say(out.what);
                            self.select_created(&f.kind, created);
                            return;
                        }
                        Err(e) => f.backend_error(&e),
                    }
                }
            }
            // A form never falls back to [global]: every other key edits the field.
            Some(Bound::Global(_)) | None => {
                let focus = f.focus;
                let fresh = std::mem::replace(&mut f.fresh, false);
                if let Some(field) = f.fields.get_mut(focus) {
                    if fresh && key.types_text() {
                        field.input.clear();
                    }
                    if field.input.handle(ev) {
                        field.error = None;
                    }
                }
            }
        }
        self.overlay = Some(Overlay::Form(f));
    }

    fn select_created(&mut self, kind: &FormKind, created: Option<Id>) {
        let Some(id) = created else { return };
        match kind {
            FormKind::Event { .. } => {
                self.focus = Pane::Events;
                self.events.set_query("");
                self.refilter(Pane::Events);
                self.select_id(Pane::Events, Some(id));
                self.selection_moved();
            }
            FormKind::Participant { .. } => {
                self.select_id(Pane::Participants, Some(id));
                self.load_detail();
            }
            FormKind::FollowUp { .. } => {
                self.select_id(Pane::FollowUps, Some(id));
                self.load_detail();
            }
            FormKind::Session { .. } => self.select_id(Pane::Sessions, Some(id)),
            _ => {}
        }
    }

    fn execute_plan(&mut self, plan: Plan) -> Result<Outcome> {
        match plan {
            Plan::Run(cmd) => self.execute(cmd),
        }
    }

    /// Executes a command and records it for undo; reloads the data.
    pub fn execute(&mut self, cmd: Command) -> Result<Outcome> {
        let out = self.backend.execute(cmd)?;
        if let Some(e) = out.entry {
            self.undo.push(e);
            self.redo.clear();
        }
        self.reload();
        Ok(out)
    }

    /// Executes a command, reporting the outcome in the status line.
    pub fn run(&mut self, cmd: Command) {
        match self.execute(cmd) {
            Ok(out) => self.say(out.what),
            Err(e) => self.say_warn(e.to_string()),
        }
    }

    fn undo(&mut self) {
        let Some(entry) = self.undo.pop() else {
            self.say(crate::t!("status-nothing-to-undo"));
            return;
        };
        match self.backend.execute(Command::Undo { entry }) {
            Ok(out) => {
                if let Some(e) = out.entry {
                    self.redo.push(e);
                }
                self.reload();
                self.say(out.what);
            }
            Err(e) => self.say_warn(e.to_string()),
        }
    }

    fn redo(&mut self) {
        let Some(entry) = self.redo.pop() else {
            self.say(crate::t!("status-nothing-to-redo"));
            return;
        };
        match self.backend.execute(Command::Undo { entry }) {
            Ok(out) => {
                if let Some(e) = out.entry {
                    self.undo.push(e);
                }
                self.reload();
                self.say(out.what);
            }
            Err(e) => self.say_warn(e.to_string()),
        }
    }

    fn confirm_key(&mut self, key: Key, c: Confirm) {
        match self.keymap.bound::<ConfirmAction>(key) {
            Some(Bound::Own(ConfirmAction::Yes)) => match c.pending {
                Pending::Execute(cmds) => {
                    for cmd in cmds {
                        if let Err(e) = self.execute(cmd) {
                            self.say_warn(e.to_string());
                            return;
                        }
                    }
                    let what = self
                        .undo
                        .last()
                        .and_then(|e| self.backend.audit_entry(*e).ok().flatten())
                        .map(|a| a.what)
                        .unwrap_or_default();
                    self.say(what);
                }
                Pending::RestoreDraft(d) => {
                    self.discard_draft();
                    if let FormKind::WalkIn { event, session } = d.kind {
                        return self.resume_walk_in(event, session, &d);
                    }
                    match self.form_for_draft(&d) {
                        Some(f) => self.overlay = Some(Overlay::Form(Box::new(f.restore(&d)))),
                        None => self.say_warn(crate::t!("status-draft-record-gone")),
                    }
                }
            },
            Some(Bound::Own(ConfirmAction::No)) => {
                if let Pending::RestoreDraft(_) = c.pending {
                    self.discard_draft();
                    self.say(crate::t!("status-draft-discarded"));
                } else {
                    self.say(crate::t!("status-nothing-changed"));
                }
            }
            // Only an answer closes the question.
            Some(Bound::Global(_)) | None => self.overlay = Some(Overlay::Confirm(c)),
        }
    }

    fn ask(&mut self, title: &str, lines: Vec<String>, cmds: Vec<Command>) {
        if self.backend.read_only() {
            self.say_warn(crate::t!("status-read-only"));
            return;
        }
        self.overlay = Some(Overlay::Confirm(Confirm {
            title: title.into(),
            lines,
            pending: Pending::Execute(cmds),
        }));
    }

    fn ask_delete_event(&mut self) {
        let Some(e) = self.current_event() else {
            return;
        };
        let (id, code) = (e.id, e.event.code.clone());
        let sessions = self.data.sessions.len();
        let regs = self.data.regs.len();
        let marks = self.backend.event_marks(id).map(|m| m.len()).unwrap_or(0);
        let fus = self
            .data
            .followups
            .iter()
            .filter(|f| f.f.event == id)
            .count();
        let undo = self.undo_key();
        self.ask(
            &crate::t!("confirm-delete-event-title"),
            vec![
                crate::t!("confirm-delete-event", code = code.as_str()),
                crate::t!(
                    "confirm-delete-event-goes",
                    sessions = sessions,
                    regs = regs,
                    marks = marks,
                    followups = fus
                ),
                crate::t!("confirm-delete-event-stays", key = undo),
            ],
            vec![Command::DeleteEvent { id }],
        );
    }

    fn ask_delete_session(&mut self) {
        let Some((sid, s)) = self.current_session() else {
            return;
        };
        let (sid, date, title) = (*sid, s.date, s.title.clone());
        let marks = self
            .backend
            .session_marks(sid)
            .map(|m| m.len())
            .unwrap_or(0);
        let date = crate::i18n::Locale::current().date(date);
        self.ask(
            &crate::t!("confirm-delete-session-title"),
            vec![
                crate::t!(
                    "confirm-delete-session",
                    date = date,
                    title = title.as_str()
                ),
                crate::t!("confirm-delete-session-goes", marks = marks),
            ],
            vec![Command::DeleteSession { id: sid }],
        );
    }

    fn ask_delete_person(&mut self) {
        let Some(p) = self.current_person() else {
            return;
        };
        let (id, name) = (p.id, p.name().to_string());
        let events = self.backend.history(id).map(|h| h.len()).unwrap_or(0);
        let fus = self
            .data
            .followups
            .iter()
            .filter(|f| f.f.participant == Some(id))
            .count();
        self.ask(
            &crate::t!("confirm-delete-participant-title"),
            vec![
                crate::t!("confirm-delete-participant", name = name.as_str()),
                crate::t!(
                    "confirm-delete-participant-goes",
                    regs = events,
                    followups = fus
                ),
            ],
            vec![Command::DeleteParticipant { id }],
        );
    }

    fn ask_unregister(&mut self) {
        let (Some(e), Some(p)) = (self.selected_event, self.current_person()) else {
            self.say_warn(crate::t!("status-select-event-first"));
            return;
        };
        if !self.data.regs.contains_key(&p.id) {
            self.say_warn(crate::t!("status-not-registered"));
            return;
        }
        let code = self
            .data
            .event(e)
            .map(|x| x.event.code.clone())
            .unwrap_or_default();
        let (pid, name) = (p.id, p.name().to_string());
        self.ask(
            &crate::t!("confirm-unregister-title"),
            vec![
                crate::t!(
                    "confirm-unregister",
                    name = name.as_str(),
                    code = code.as_str()
                ),
                crate::t!("confirm-unregister-marks-stay"),
            ],
            vec![Command::SetRegistration {
                event: e,
                participant: pid,
                registration: None,
            }],
        );
    }

    fn ask_delete_org(&mut self) {
        // Counting the members needs everyone.
        self.ensure_people();
        let Some(oid) = self.current_person().and_then(|p| p.organisation) else {
            self.say_warn(crate::t!("status-no-organisation"));
            return;
        };
        let name = self.data.org_name(Some(oid));
        let members = self
            .data
            .people
            .iter()
            .filter(|p| p.organisation == Some(oid))
            .count();
        self.ask(
            &crate::t!("confirm-delete-organisation-title"),
            vec![
                crate::t!("confirm-delete-organisation", name = name.as_str()),
                crate::t!("confirm-delete-organisation-members", count = members),
            ],
            vec![Command::DeleteOrganisation { id: oid }],
        );
    }

    fn ask_merge(&mut self) {
        // Duplicates are known once everyone is loaded.
        self.ensure_people();
        let Some(p) = self.current_person() else {
            return;
        };
        let Some(other) = p.dup_of.and_then(|o| self.data.person(o)) else {
            self.say(crate::t!("status-no-duplicate"));
            return;
        };
        // The older record stays: its id is the one other files and exports know.
        let (keep, remove) = if p.id < other.id {
            (p, other)
        } else {
            (other, p)
        };
        let (kid, rid) = (keep.id, remove.id);
        let kname = keep.name().to_string();
        let rname = remove.name().to_string();
        let records = (self.backend.participant(kid), self.backend.participant(rid));
        let (keep, remove) = match records {
            (Ok(Some(k)), Ok(Some(r))) => (k, r),
            (Err(e), _) | (_, Err(e)) => return self.say_warn(e.to_string()),
            _ => return self.say(crate::t!("status-no-duplicate")),
        };
        let mut fills = Vec::new();
        for (label, mine, theirs) in [
            (crate::domain::Field::Email, &keep.email, &remove.email),
            (crate::domain::Field::Phone, &keep.phone, &remove.phone),
            (
                crate::domain::Field::Position,
                &keep.position,
                &remove.position,
            ),
            (crate::domain::Field::City, &keep.city, &remove.city),
            (
                crate::domain::Field::Country,
                &keep.country,
                &remove.country,
            ),
        ] {
            if mine.is_empty() && !theirs.is_empty() {
                let label = label.label().to_lowercase();
                fills.push(format!("{label} {theirs}"));
            }
        }
        let regs = self.backend.history(rid).map(|h| h.len()).unwrap_or(0);
        let fus = self
            .data
            .followups
            .iter()
            .filter(|f| f.f.participant == Some(rid))
            .count();
        let (kid_s, rid_s) = (kid.to_string(), rid.to_string());
        let mut lines = vec![
            crate::t!(
                "confirm-merge",
                remove = rname.as_str(),
                rid = rid_s.as_str(),
                keep = kname.as_str(),
                kid = kid_s.as_str()
            ),
            crate::t!(
                "confirm-merge-moves",
                regs = regs,
                followups = fus,
                kid = kid_s.as_str()
            ),
        ];
        if !fills.is_empty() {
            lines.push(crate::t!(
                "confirm-merge-gains",
                kid = kid_s.as_str(),
                fields = fills.join(", ")
            ));
        }
        lines.push(crate::t!(
            "confirm-merge-then",
            rid = rid_s.as_str(),
            key = self.undo_key()
        ));
        self.ask(
            &crate::t!("confirm-merge-title"),
            lines,
            vec![Command::Merge {
                keep: kid,
                remove: rid,
            }],
        );
    }

    /// Polls for changes made elsewhere (another client, the CLI) and reloads when there
    /// are some; open components refresh too.
    pub fn poll_changes(&mut self) {
        // "reconnected", "not connected": the place can change its state without a key.
        let location = self.backend.location();
        if location != self.location {
            self.location = location;
            self.dirty = true;
            // Back in touch: what was said while the link was down ("not saved: … not
            // connected") no longer holds; the place beside it says "reconnected".
            if self.backend.connected() {
                self.status = Status::default();
            }
        }
        // Who else has the roster's session open arrives without any data change.
        if let Screen::Roster(r) = &mut self.screen
            && r.announce(self.backend.as_mut())
        {
            self.dirty = true;
        }
        let changed = match self.backend.pushed_changes() {
            Some(v) => !v.is_empty(),
            None => match self.backend.change_seq() {
                Ok(seq) => seq != self.last_seq,
                Err(_) => false,
            },
        };
        if !changed {
            return;
        }
        self.reload();
        let b = self.backend.as_mut();
        let r = match self.screen.view_mut() {
            Some(v) => v.refresh(b),
            None => Ok(()),
        };
        if let Err(e) = r {
            self.say_warn(e.to_string());
        }
    }

    /// The form being edited, kept as a draft.
    pub fn draft(&self) -> Option<Draft> {
        match (&self.overlay, &self.screen) {
            (Some(Overlay::Form(f)), _) => Some(f.to_draft(&self.location_key)),
            (None, Screen::Roster(r)) => r.walk_in_draft(&self.location_key),
            _ => None,
        }
    }

    fn discard_draft(&mut self) {
        if let Some(p) = &self.draft_path {
            let _ = std::fs::remove_file(p);
        }
    }

    /// Offers back a form kept when the terminal went away last time.
    pub fn offer_draft(&mut self, d: Draft) {
        if d.location != self.location_key {
            return;
        }
        self.overlay = Some(Overlay::Confirm(Confirm {
            title: crate::t!("confirm-draft-title"),
            lines: vec![
                crate::t!("confirm-draft", form = d.title.as_str()),
                crate::t!("confirm-draft-open"),
            ],
            pending: Pending::RestoreDraft(Box::new(d)),
        }));
    }

    /// A fresh form of the draft's kind, for the draft's values to go into.
    fn form_for_draft(&mut self, d: &Draft) -> Option<Form> {
        self.ensure_people();
        Some(match &d.kind {
            FormKind::Event { id } => match id {
                Some(id) => {
                    Form::event(Some(*id), Some(&self.data.event(*id)?.event), self.today())
                }
                None => Form::event(None, None, self.today()),
            },
            FormKind::Session { event, id } => {
                self.data.event(*event)?;
                Form::session(*event, *id, None, self.today())
            }
            FormKind::Organisation { id } => Form::organisation(*id, None, ""),
            FormKind::Participant { id } => {
                if let Some(id) = id {
                    self.data.person(*id)?;
                }
                Form::participant(*id, None, "")
            }
            FormKind::Registration { event, participant } => {
                Form::registration(*event, *participant, None)
            }
            FormKind::FollowUp { id } => Form::followup(*id, None, "", "", ""),
            FormKind::WalkIn { .. } => return None,
        })
    }

    /// Opens the roster a walk-in draft was typed in, with the form as it was left.
    fn resume_walk_in(&mut self, event: Id, session: Option<Id>, d: &Draft) {
        let opened = Roster::open(self.backend.as_mut(), event, self.now).and_then(|mut r| {
            r.resume_walk_in(self.backend.as_mut(), session, &d.values, d.focus)?;
            Ok(r)
        });
        match opened {
            Ok(r) => {
                self.selected_event = Some(event);
                self.screen = Screen::Roster(Box::new(r));
            }
            Err(crate::core::error::Error::NotFound(_)) => {
                self.say_warn(crate::t!("status-draft-record-gone"))
            }
            Err(e) => self.say_warn(e.to_string()),
        }
    }
}
