//! The self check-in kiosk (`prezenca kiosk CODE`): one large prompt, "Type your name or scan
//! your badge". A participant types part of their name, picks themselves from the matches
//! (names and organisations only, after three letters) and confirms, or scans their badge;
//! the screen thanks them by name and clears after three seconds.
//!
//! Nothing else is reachable: no other screen, no details, no undo, no quit key. Only the
//! trainer's combination (Ctrl-X) followed by the event's code and Enter closes it. Marks are
//! recorded under the trainer who started the kiosk, as `Command::SelfCheckIn`, whose audit
//! entry says "self check-in".

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::Terminal;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::app::{Input, InputSource, POLL_EVERY};
use super::input::LineInput;
use super::theme::Theme;
use crate::core::error::{Error, Result};
use crate::core::{Backend, Command, Queries, clock, find_by_badge, find_event};
use crate::domain::{Id, RegStatus, Session, badge};
use crate::text::{fit, fold, sanitize, width};

/// How long a thank-you (or a refusal) stays before the prompt clears.
pub const CLEAR_AFTER: Duration = Duration::from_secs(3);
/// Letters typed before any name is shown.
pub const MIN_LETTERS: usize = 3;
/// Names shown at most: enough to find oneself, too few to read the list.
const MAX_MATCHES: usize = 6;

/// Someone registered at the event, as the kiosk shows them: name and organisation only.
#[derive(Debug, Clone)]
struct Person {
    id: Id,
    name: String,
    organisation: String,
    key: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Stage {
    Typing,
    /// "Are you …?", for the person at this index of `people`.
    Confirm(usize),
    /// A message shown until the instant, then the prompt again.
    Shown {
        text: String,
        good: bool,
        until: Instant,
    },
    /// The trainer pressed the combination: the event's code closes the kiosk.
    Leave,
}

/// What the loop does after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KioskExit {
    Stay,
    Close,
}

pub struct Kiosk {
    event: Id,
    code: String,
    title: String,
    sessions: Vec<(Id, Session)>,
    people: Vec<Person>,
    input: LineInput,
    /// Indices into `people` matching the input (after [`MIN_LETTERS`]).
    matches: Vec<usize>,
    selected: usize,
    stage: Stage,
    /// The trainer's confirmation being typed (the event's code).
    leave: LineInput,
    /// A line under the prompt: why the last leave attempt failed.
    note: String,
}

impl Kiosk {
    /// Opens the kiosk of the event with `code`: its sessions and the people registered.
    pub fn open(b: &mut dyn Backend, code: &str) -> Result<Self> {
        let event = find_event(b, code)?;
        let ev = b
            .event(event)?
            .ok_or_else(|| Error::NotFound(code.to_string()))?;
        let mut k = Kiosk {
            event,
            code: ev.code,
            title: ev.title,
            sessions: Vec::new(),
            people: Vec::new(),
            input: LineInput::default(),
            matches: Vec::new(),
            selected: 0,
            stage: Stage::Typing,
            leave: LineInput::default(),
            note: String::new(),
        };
        k.reload(b)?;
        Ok(k)
    }

    /// Reads the sessions and the people registered again: a trainer may have added a
    /// walk-in or a session since the kiosk started.
    pub fn reload(&mut self, b: &mut dyn Backend) -> Result<()> {
        let event = self.event;
        let sessions = b.sessions(event)?;
        let orgs: std::collections::HashMap<Id, String> = b
            .organisations()?
            .into_iter()
            .map(|(id, o)| (id, o.name))
            .collect();
        let mut people = Vec::new();
        for (id, reg) in b.registrations(event)? {
            if reg.status == RegStatus::Cancelled {
                continue;
            }
            let Some(p) = b.participant(id)?.filter(|p| !p.forgotten) else {
                continue;
            };
            let organisation = p
                .organisation
                .and_then(|o| orgs.get(&o).cloned())
                .unwrap_or_default();
            people.push(Person {
                id,
                key: fold(&p.name),
                name: p.name,
                organisation,
            });
        }
        people.sort_by_cached_key(|p| (p.key.clone(), p.id));
        self.sessions = sessions;
        self.people = people;
        if self.stage == Stage::Typing {
            self.refilter();
        }
        Ok(())
    }

    /// The names offered now, with the organisation: (name, organisation, selected).
    pub fn offered(&self) -> Vec<(&str, &str, bool)> {
        self.matches
            .iter()
            .enumerate()
            .filter_map(|(n, &i)| {
                let p = self.people.get(i)?;
                Some((p.name.as_str(), p.organisation.as_str(), n == self.selected))
            })
            .collect()
    }

    /// The message on screen (thanks or refusal), if one is shown.
    pub fn shown(&self) -> Option<&str> {
        match &self.stage {
            Stage::Shown { text, .. } => Some(text),
            _ => None,
        }
    }

    /// Time passes: a message shown long enough gives way to the prompt.
    pub fn tick(&mut self, now: Instant) {
        if let Stage::Shown { until, .. } = &self.stage
            && now >= *until
        {
            self.reset();
        }
    }

    fn reset(&mut self) {
        self.stage = Stage::Typing;
        self.input.clear();
        self.matches.clear();
        self.selected = 0;
    }

    pub fn on_key(&mut self, b: &mut dyn Backend, key: KeyEvent) -> Result<KioskExit> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && key.code == KeyCode::Char('x') {
            self.reset();
            self.leave.clear();
            self.note.clear();
            self.stage = Stage::Leave;
            return Ok(KioskExit::Stay);
        }
        match self.stage.clone() {
            Stage::Leave => {
                match key.code {
                    KeyCode::Enter => {
                        if self.leave.text().trim().eq_ignore_ascii_case(&self.code) {
                            return Ok(KioskExit::Close);
                        }
                        self.note = crate::t!("kiosk-leave-wrong");
                        self.reset();
                    }
                    KeyCode::Esc => self.reset(),
                    _ => {
                        self.leave.handle(key);
                    }
                }
                Ok(KioskExit::Stay)
            }
            Stage::Confirm(i) => {
                match key.code {
                    KeyCode::Enter | KeyCode::Char('y' | 'Y' | 'p' | 'P') => {
                        if let Some(id) = self.people.get(i).map(|p| p.id) {
                            self.check_in(b, id)?;
                        }
                    }
                    KeyCode::Esc | KeyCode::Char('n' | 'N' | 'j' | 'J') => {
                        self.stage = Stage::Typing;
                    }
                    _ => {}
                }
                Ok(KioskExit::Stay)
            }
            Stage::Shown { .. } => {
                // The next person is already typing or scanning: their keys count.
                self.reset();
                self.typing(b, key)
            }
            Stage::Typing => self.typing(b, key),
        }
    }

    fn typing(&mut self, b: &mut dyn Backend, key: KeyEvent) -> Result<KioskExit> {
        // A scanner set to end a code with a line feed sends Ctrl-J: it is Enter here.
        let key = if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('j')
        {
            KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)
        } else {
            key
        };
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            return Ok(KioskExit::Stay);
        }
        match key.code {
            KeyCode::Enter => {
                if badge::parse(self.input.text()).is_some() {
                    match find_by_badge(b, self.input.text())? {
                        Some((id, _)) if self.people.iter().any(|p| p.id == id) => {
                            self.check_in(b, id)?;
                        }
                        _ => self.show(crate::t!("kiosk-not-registered"), false),
                    }
                } else if let Some(&i) = self.matches.get(self.selected) {
                    self.stage = Stage::Confirm(i);
                }
            }
            KeyCode::Esc => self.reset(),
            KeyCode::Up => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down => {
                if self.selected + 1 < self.matches.len() {
                    self.selected += 1;
                }
            }
            _ => {
                if self.input.handle(key) {
                    self.note.clear();
                    self.refilter();
                }
            }
        }
        Ok(KioskExit::Stay)
    }

    fn refilter(&mut self) {
        let q = fold(self.input.text());
        let letters = q.chars().filter(|c| c.is_alphanumeric()).count();
        let tokens: Vec<&str> = q.split_whitespace().collect();
        self.selected = 0;
        if letters < MIN_LETTERS || tokens.is_empty() {
            self.matches.clear();
            return;
        }
        self.matches = self
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                tokens
                    .iter()
                    .all(|t| p.key.starts_with(t) || p.key.contains(&format!(" {t}")))
            })
            .map(|(i, _)| i)
            .take(MAX_MATCHES)
            .collect();
    }

    fn check_in(&mut self, b: &mut dyn Backend, id: Id) -> Result<()> {
        let name = self
            .people
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_default();
        let now = clock::now_local();
        let Some((session, _)) = self
            .sessions
            .get(super::roster::session_at(&self.sessions, now))
            .cloned()
        else {
            self.show(crate::t!("kiosk-no-session"), false);
            return Ok(());
        };
        match b.execute(Command::SelfCheckIn {
            session,
            participant: id,
        }) {
            Ok(out) if out.entry.is_some() => {
                self.show(crate::t!("kiosk-thanks", name = name.as_str()), true);
            }
            Ok(_) => self.show(crate::t!("kiosk-already", name = name.as_str()), true),
            Err(Error::Invalid { .. }) => self.show(crate::t!("kiosk-not-registered"), false),
            // Sent, but not confirmed: "not saved" might be false, and a second try is harmless.
            Err(Error::OutcomeUnknown(_)) => self.show(crate::t!("kiosk-outcome-unknown"), false),
            Err(e) => self.show(crate::t!("kiosk-not-saved", error = e.to_string()), false),
        }
        Ok(())
    }

    fn show(&mut self, text: String, good: bool) {
        self.input.clear();
        self.matches.clear();
        self.stage = Stage::Shown {
            text,
            good,
            until: Instant::now() + CLEAR_AFTER,
        };
    }

    /// Draws from state only.
    pub fn render(&self, frame: &mut Frame, theme: &Theme) {
        let area = frame.area();
        frame.render_widget(Clear, area);
        if area.width < 20 || area.height < 8 {
            frame.render_widget(Paragraph::new(crate::t!("kiosk-too-small")), area);
            return;
        }
        let w = area.width as usize;
        let top = format!("{} \u{b7} {}", self.code, self.title);
        frame.render_widget(
            Paragraph::new(Line::styled(fit(&sanitize(&top), w), theme.dim())),
            Rect::new(area.x, area.y, area.width, 1),
        );
        let inner_w = area.width.saturating_sub(4).min(72);
        let x = area.x + (area.width - inner_w) / 2;
        let cols = inner_w.saturating_sub(4) as usize;
        let big = Style::default().add_modifier(Modifier::BOLD);
        let mut lines: Vec<Line> = Vec::new();
        let mut cursor = None;
        match &self.stage {
            Stage::Shown { text, good, .. } => {
                lines.push(Line::raw(""));
                let style = if *good { theme.ok() } else { theme.warn() };
                lines.push(Line::styled(fit(&sanitize(text), cols), style.patch(big)));
                lines.push(Line::raw(""));
            }
            Stage::Confirm(i) => {
                let p = self.people.get(*i);
                let who = p.map(|p| p.name.as_str()).unwrap_or_default();
                let org = p.map(|p| p.organisation.as_str()).unwrap_or_default();
                lines.push(Line::raw(""));
                lines.push(Line::styled(
                    fit(&crate::t!("kiosk-confirm", name = sanitize(who)), cols),
                    big,
                ));
                if !org.is_empty() {
                    lines.push(Line::raw(fit(&sanitize(org), cols)));
                }
                lines.push(Line::raw(""));
                lines.push(Line::styled(
                    fit(&crate::t!("kiosk-confirm-keys"), cols),
                    theme.dim(),
                ));
            }
            Stage::Leave => {
                lines.push(Line::raw(""));
                lines.push(Line::styled(fit(&crate::t!("kiosk-leave"), cols), big));
                let label = "> ";
                let text: String = "*".repeat(self.leave.text().chars().count());
                cursor = Some(width(label) + text.chars().count());
                lines.push(Line::raw(format!("{label}{text}")));
                lines.push(Line::styled(
                    fit(&crate::t!("kiosk-leave-keys"), cols),
                    theme.dim(),
                ));
            }
            Stage::Typing => {
                lines.push(Line::raw(""));
                lines.push(Line::styled(fit(&crate::t!("kiosk-prompt"), cols), big));
                lines.push(Line::raw(""));
                let label = "> ";
                let typed = sanitize(self.input.text()).into_owned();
                let before: String = typed.chars().take(self.input.cursor()).collect();
                cursor = Some(width(label) + width(&before));
                lines.push(Line::from(vec![Span::styled(label, big), Span::raw(typed)]));
                lines.push(Line::raw(""));
                for (name, org, sel) in self.offered() {
                    let text = if org.is_empty() {
                        name.to_string()
                    } else {
                        format!("{name} \u{2014} {org}")
                    };
                    let l = Line::raw(fit(&sanitize(&text), cols));
                    lines.push(if sel {
                        l.patch_style(theme.selected())
                    } else {
                        l
                    });
                }
                let hint = if self.matches.is_empty() {
                    if self.note.is_empty() {
                        crate::t!("kiosk-hint")
                    } else {
                        self.note.clone()
                    }
                } else {
                    crate::t!("kiosk-pick-keys")
                };
                lines.push(Line::raw(""));
                lines.push(Line::styled(fit(&hint, cols), theme.dim()));
            }
        }
        let h = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
        let y = area.y + 1 + (area.height.saturating_sub(1 + h)) / 3;
        let rect = Rect::new(x, y, inner_w, h);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border());
        let inner = block.inner(rect);
        frame.render_widget(
            Paragraph::new(lines)
                .block(block)
                .alignment(Alignment::Left),
            rect,
        );
        if let Some(cx) = cursor {
            // The input line is the fourth of the box (third in the leave prompt).
            let row = if matches!(self.stage, Stage::Leave) {
                2
            } else {
                3
            };
            let cx = (cx as u16).min(inner.width.saturating_sub(1));
            frame.set_cursor_position((inner.x + cx, inner.y + row));
        }
    }
}

/// The kiosk's loop: draw, wait for a key or a tick, clear a message when its time is up.
pub fn run_loop<B: ratatui::backend::Backend>(
    terminal: &mut Terminal<B>,
    kiosk: &mut Kiosk,
    b: &mut dyn Backend,
    input: &mut dyn InputSource,
    theme: &Theme,
) -> i32 {
    let mut dirty = true;
    let mut seen = b.change_seq().unwrap_or_default();
    let mut polled = Instant::now();
    loop {
        if dirty {
            if terminal.draw(|f| kiosk.render(f, theme)).is_err() {
                return super::app::HANGUP_STATUS;
            }
            dirty = false;
        }
        match input.next(POLL_EVERY) {
            Input::Key(k) => {
                dirty = true;
                match kiosk.on_key(b, k) {
                    Ok(KioskExit::Close) => return 0,
                    Ok(KioskExit::Stay) => {}
                    Err(e) => {
                        kiosk.show(crate::t!("kiosk-not-saved", error = e.to_string()), false)
                    }
                }
            }
            Input::Resize => {
                let _ = terminal.autoresize();
                dirty = true;
            }
            Input::Tick => {
                let before = kiosk.stage.clone();
                kiosk.tick(Instant::now());
                dirty |= before != kiosk.stage;
            }
            Input::Gone => return super::app::HANGUP_STATUS,
            Input::Signal(n) => return 128 + n,
            // A paste or a click reaches nothing at a kiosk: only typed names and scans do.
            Input::Paste(_) | Input::Mouse(_) => {}
        }
        // Changes made elsewhere (a walk-in registered by a trainer) reach the kiosk.
        if polled.elapsed() >= POLL_EVERY {
            polled = Instant::now();
            let changed = match b.pushed_changes() {
                Some(pushed) => !pushed.is_empty(),
                None => b.change_seq().is_ok_and(|s| s != seen),
            };
            if changed {
                seen = b.change_seq().unwrap_or(seen);
                if kiosk.reload(b).is_ok() {
                    dirty = true;
                }
            }
        }
        input.heartbeat(None);
    }
}

/// `prezenca kiosk CODE` on the backend `open` gives; returns the exit status. Messages
/// outside the screen go to `say` (the door that started the kiosk prints them).
pub fn run(
    open: impl FnOnce() -> crate::core::error::Result<Box<dyn crate::core::Backend>>,
    code: &str,
    say: &mut dyn FnMut(&str),
) -> i32 {
    if !super::terminal::is_terminal() {
        say(&crate::t!("tui-needs-terminal"));
        return 1;
    }
    let mut b = match open() {
        Ok(b) => b,
        Err(e) => {
            say(&format!("prezenca: {e}"));
            return e.exit_code();
        }
    };
    if b.read_only() {
        say(&crate::t!("kiosk-read-only"));
        return 1;
    }
    let mut kiosk = match Kiosk::open(b.as_mut(), code) {
        Ok(k) => k,
        Err(e) => {
            say(&format!("prezenca: {e}"));
            return e.exit_code();
        }
    };
    super::terminal::install_panic_hook();
    let mut input = match super::terminal::TermInput::new(None) {
        Ok(i) => i,
        Err(e) => {
            say(&crate::t!(
                "tui-cannot-watch-signals",
                error = e.to_string()
            ));
            return 1;
        }
    };
    // No mouse at a kiosk: nothing to click but the prompt.
    let mut term = match super::terminal::setup(false) {
        Ok(t) => t,
        Err(e) => {
            super::terminal::restore();
            say(&crate::t!("tui-cannot-set-up", error = e.to_string()));
            return 1;
        }
    };
    let theme = Theme::from_env();
    let status = run_loop(&mut term, &mut kiosk, b.as_mut(), &mut input, &theme);
    super::terminal::restore();
    std::mem::forget(term);
    status
}
