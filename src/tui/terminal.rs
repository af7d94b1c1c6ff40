//! The terminal: raw mode and the alternate screen, always restored (quit, panic, signals);
//! input that notices a dropped link instead of spinning; crash logs and drafts on disk.

use std::io::{Stdout, Write};
use std::os::fd::AsFd;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use crossterm::{cursor, execute, terminal};
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::app::{HANGUP_STATUS, Input, InputSource};
use super::form::Draft;

static RAW: AtomicBool = AtomicBool::new(false);

/// Puts the terminal into raw mode on the alternate screen; with `mouse`, clicks and the wheel
/// come to the app (SGR mouse reports, which xterm-compatible terminals, tmux and mosh send).
pub fn setup(mouse: bool) -> std::io::Result<Terminal<CrosstermBackend<Stdout>>> {
    terminal::enable_raw_mode()?;
    RAW.store(true, Ordering::SeqCst);
    let mut out = std::io::stdout();
    // Bracketed paste: a paste arrives as text, never as keys that could mark or answer.
    if let Err(e) = execute!(
        out,
        terminal::EnterAlternateScreen,
        cursor::Hide,
        EnableBracketedPaste
    ) {
        restore();
        return Err(e);
    }
    if mouse && let Err(e) = execute!(out, EnableMouseCapture) {
        restore();
        return Err(e);
    }
    Terminal::new(CrosstermBackend::new(out))
}

/// Gives the terminal back as it was. Safe to call more than once, and from the panic hook.
pub fn restore() {
    if RAW.swap(false, Ordering::SeqCst) {
        let _ = terminal::disable_raw_mode();
        let mut out = std::io::stdout();
        let _ = execute!(
            out,
            DisableMouseCapture,
            DisableBracketedPaste,
            terminal::LeaveAlternateScreen,
            cursor::Show
        );
        let _ = out.flush();
    }
}

fn dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "prezenca")
}

/// Where crash logs go: the XDG state directory, else the data directory.
pub fn crash_dir() -> Option<PathBuf> {
    let d = dirs()?;
    Some(d.state_dir().unwrap_or(d.data_dir()).to_path_buf())
}

/// The file a form being edited is kept in when the terminal goes away.
pub fn draft_path() -> Option<PathBuf> {
    Some(dirs()?.data_dir().join("draft.json"))
}

/// Reads a kept draft, if any.
pub fn read_draft(path: &Path) -> Option<Draft> {
    let bytes = std::fs::read(path).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// On panic: restore the terminal first (so the message is readable), write a crash log
/// (0600), then report. The terminal is given back by then, so printing is safe.
#[allow(clippy::print_stderr)]
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        let log =
            crash_dir().map(|d| d.join(format!("crash-{}.log", crate::core::clock::unix_now())));
        if let Some(path) = &log {
            let text = format!(
                "prezenca {} panicked: {info}\n\n{}\n",
                env!("CARGO_PKG_VERSION"),
                std::backtrace::Backtrace::force_capture()
            );
            if crate::io::write_private_in_own_dir(path, text.as_bytes()).is_ok() {
                eprintln!(
                    "prezenca stopped on an internal error; details in {}",
                    path.display()
                );
            }
        }
        previous(info);
    }));
}

/// Terminal input: waits on the terminal itself (poll) before asking crossterm, so a hung-up
/// terminal is noticed (POLLHUP, EIO, size 0x0) rather than read forever; signals end the
/// wait through a flag.
pub struct TermInput {
    signal: Arc<AtomicUsize>,
    size: (u16, u16),
    /// Events crossterm has read but not yet handed out.
    pending: bool,
    beat: Arc<AtomicI64>,
    draft: Arc<Mutex<Option<Vec<u8>>>>,
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

impl TermInput {
    /// Registers SIGTERM and SIGHUP and starts the watchdog.
    pub fn new(draft_path: Option<PathBuf>) -> std::io::Result<Self> {
        let signal = Arc::new(AtomicUsize::new(0));
        for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
            signal_hook::flag::register_usize(sig, Arc::clone(&signal), sig as usize)?;
        }
        let beat = Arc::new(AtomicI64::new(now_ms()));
        let draft = Arc::new(Mutex::new(None));
        spawn_watchdog(
            Arc::clone(&signal),
            Arc::clone(&beat),
            Arc::clone(&draft),
            draft_path,
        );
        Ok(TermInput {
            signal,
            size: terminal::size().unwrap_or((0, 0)),
            pending: false,
            beat,
            draft,
        })
    }

    fn signalled(&self) -> Option<Input> {
        match self.signal.load(Ordering::SeqCst) {
            0 => None,
            n => Some(Input::Signal(n as i32)),
        }
    }

    /// A resize, or the terminal gone when its size reads as 0x0 or fails.
    fn size_changed(&mut self) -> Option<Input> {
        match terminal::size() {
            Ok((0, 0)) | Err(_) => Some(Input::Gone),
            Ok(s) if s != self.size => {
                self.size = s;
                Some(Input::Resize)
            }
            Ok(_) => None,
        }
    }

    fn read_one(&mut self) -> Input {
        match event::read() {
            Ok(Event::Key(k)) => Input::Key(k),
            Ok(Event::Paste(text)) => Input::Paste(text),
            Ok(Event::Mouse(m)) => Input::Mouse(m),
            Ok(Event::Resize(w, h)) => {
                if (w, h) == (0, 0) {
                    return Input::Gone;
                }
                self.size = (w, h);
                Input::Resize
            }
            Ok(_) => Input::Tick,
            Err(_) => Input::Gone,
        }
    }
}

impl InputSource for TermInput {
    fn next(&mut self, timeout: Duration) -> Input {
        if let Some(s) = self.signalled() {
            return s;
        }
        if self.pending {
            // crossterm may hold several parsed events from one read.
            match event::poll(Duration::ZERO) {
                Ok(true) => return self.read_one(),
                Ok(false) => self.pending = false,
                Err(_) => return Input::Gone,
            }
        }
        let stdin = std::io::stdin();
        let mut fds = [PollFd::new(stdin.as_fd(), PollFlags::POLLIN)];
        let ms = u16::try_from(timeout.as_millis()).unwrap_or(u16::MAX);
        match poll(&mut fds, PollTimeout::from(ms)) {
            Err(nix::errno::Errno::EINTR) => self
                .signalled()
                .or_else(|| self.size_changed())
                .unwrap_or(Input::Tick),
            Err(_) => Input::Gone,
            Ok(0) => self.size_changed().unwrap_or(Input::Tick),
            Ok(_) => {
                let ev = fds[0].revents().unwrap_or(PollFlags::empty());
                if ev.intersects(PollFlags::POLLHUP | PollFlags::POLLERR | PollFlags::POLLNVAL) {
                    return Input::Gone;
                }
                if !ev.contains(PollFlags::POLLIN) {
                    return Input::Tick;
                }
                // Readable and not hung up: crossterm will find bytes to read.
                match event::poll(Duration::ZERO) {
                    Ok(true) => {
                        self.pending = true;
                        self.read_one()
                    }
                    Ok(false) => self.size_changed().unwrap_or(Input::Tick),
                    Err(_) => Input::Gone,
                }
            }
        }
    }

    fn heartbeat(&mut self, draft: Option<&Draft>) {
        self.beat.store(now_ms(), Ordering::SeqCst);
        if let Ok(mut d) = self.draft.lock() {
            *d = draft.and_then(|d| serde_json::to_vec(d).ok());
        }
    }
}

/// A last resort: if a signal came or the terminal hung up and the loop has not come round
/// for two seconds (stuck in a read of a dead terminal), keep the draft and exit.
fn spawn_watchdog(
    signal: Arc<AtomicUsize>,
    beat: Arc<AtomicI64>,
    draft: Arc<Mutex<Option<Vec<u8>>>>,
    draft_path: Option<PathBuf>,
) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_millis(300));
            let stuck = now_ms() - beat.load(Ordering::SeqCst) > 1500;
            if !stuck {
                continue;
            }
            let sig = signal.load(Ordering::SeqCst);
            let hung_up = {
                let stdin = std::io::stdin();
                let mut fds = [PollFd::new(stdin.as_fd(), PollFlags::empty())];
                matches!(poll(&mut fds, PollTimeout::ZERO), Ok(n) if n > 0)
                    && fds[0]
                        .revents()
                        .is_some_and(|r| r.intersects(PollFlags::POLLHUP | PollFlags::POLLERR))
            };
            if sig == 0 && !hung_up {
                continue;
            }
            if let (Some(path), Ok(d)) = (&draft_path, draft.lock())
                && let Some(bytes) = d.as_ref()
            {
                let _ = crate::io::write_private_in_own_dir(path, bytes);
            }
            restore();
            std::process::exit(if sig != 0 {
                128 + sig as i32
            } else {
                HANGUP_STATUS
            });
        }
    });
}

/// True when both standard input and output are terminals.
pub fn is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}
