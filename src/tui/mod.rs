//! The terminal UI: state → action → update → view, generic over the ratatui backend.
//!
//! Screens other than the three panes (the roster, the summary view) are components with one
//! contract: `open`, `wants_raw_keys`, `on_action(action)`, `on_key(key)`, `refresh`, `render`.
//! Keys reach them through the keymap section of their action type: every action of a section
//! is an enum variant (`action.rs`), matched without a catch-all, so an action in the keymap
//! without a handler does not compile.

pub mod action;
pub mod app;
pub mod component;
pub mod data;
pub mod export_prompt;
pub mod form;
pub mod import_view;
pub mod input;
pub mod keymap;
pub mod kiosk;
pub mod lang;
pub mod list;
pub mod palette;
pub mod report_view;
pub mod roster;
pub mod state;
pub mod summary_view;
pub mod terminal;
pub mod theme;
mod update;
pub mod view;

use crate::core::Backend;
use crate::core::error::Result;

/// How long the TUI waits for the server's answer before saying "no answer … not saved".
pub const ANSWER_TIME: std::time::Duration = std::time::Duration::from_secs(4);

/// Runs the TUI on the backend `open` gives; returns the exit status. What must be said
/// outside the screen (before it is taken or after it is given back) goes to `say`: the
/// door that started the TUI prints it, this module never does.
pub fn run(open: impl FnOnce() -> Result<Box<dyn Backend>>, say: &mut dyn FnMut(&str)) -> i32 {
    if !terminal::is_terminal() {
        say(&crate::t!("tui-needs-terminal"));
        return 1;
    }
    // Keys must keep working when the server stops answering.
    crate::backend::remote::answer_within(ANSWER_TIME);
    let backend = match open() {
        Ok(b) => b,
        Err(e) => {
            say(&format!("prezenca: {e}"));
            return e.exit_code();
        }
    };
    let (keymap, warnings) = keymap::Keymap::load();
    for w in &warnings {
        say(w);
    }
    let mut app = app::App::new(backend, keymap, theme::Theme::from_env());
    if let Some(w) = warnings.first() {
        app.say_warn(crate::t!(
            "status-keymap-not-used",
            problem = w.lines().next().unwrap_or(w)
        ));
    }
    app.draft_path = terminal::draft_path();
    app.config_path = lang::config_file();
    if let Some(d) = app.draft_path.as_deref().and_then(terminal::read_draft) {
        app.offer_draft(d);
    }
    terminal::install_panic_hook();
    let mut input = match terminal::TermInput::new(app.draft_path.clone()) {
        Ok(i) => i,
        Err(e) => {
            say(&crate::t!(
                "tui-cannot-watch-signals",
                error = e.to_string()
            ));
            return 1;
        }
    };
    // On unless the config file says `mouse = false`.
    let mouse = crate::config::Config::load().0.mouse.unwrap_or(true);
    let mut term = match terminal::setup(mouse) {
        Ok(t) => t,
        Err(e) => {
            terminal::restore();
            say(&crate::t!("tui-cannot-set-up", error = e.to_string()));
            return 1;
        }
    };
    let code = app::run_loop(&mut term, &mut app, &mut input);
    terminal::restore();
    // The terminal is restored above; ratatui's drop would try again and, on a terminal that
    // has gone away, fail to print the failure (a panic on a dead stderr).
    std::mem::forget(term);
    code
}

pub use component::{Component, View, ViewExit};

macro_rules! component {
    ($($t:ty => $a:ty, $ctx:expr, |$s:ident| $hints:expr),+ $(,)?) => {$(
        impl View for $t {
            fn context(&self) -> &'static str {
                $ctx
            }
            fn render(
                &self,
                frame: &mut ratatui::Frame,
                area: ratatui::layout::Rect,
                theme: &theme::Theme,
            ) {
                <$t>::render(self, frame, area, theme)
            }
            fn refresh(&mut self, b: &mut dyn Backend) -> Result<()> {
                <$t>::refresh(self, b)
            }
            fn hints(&self) -> Option<Vec<(&'static str, String)>> {
                let $s = self;
                Some(component::named($hints))
            }
            fn on_paste(&mut self, text: &str) {
                <$t>::on_paste(self, text)
            }
        }
        impl Component for $t {
            type Action = $a;
            fn wants_raw_keys(&self) -> bool {
                <$t>::wants_raw_keys(self)
            }
            fn on_action(
                &mut self,
                b: &mut dyn crate::core::Backend,
                action: $a,
            ) -> crate::core::error::Result<ViewExit> {
                <$t>::on_action(self, b, action)
            }
            fn on_key(
                &mut self,
                b: &mut dyn crate::core::Backend,
                key: crossterm::event::KeyEvent,
            ) -> crate::core::error::Result<ViewExit> {
                <$t>::on_key(self, b, key)
            }
        }
    )+};
}

component!(
    roster::Roster => roster::RosterAction, roster::CONTEXT, |s| s.hints(),
    summary_view::SummaryView => summary_view::SummaryAction, summary_view::CONTEXT,
        |_s| summary_view::hints(),
    report_view::ReportView => report_view::ReportAction, report_view::CONTEXT,
        |_s| report_view::hints(),
);

/// The import view has no actions of its own: its keys are its text field's and its list's.
impl View for import_view::ImportView {
    fn context(&self) -> &'static str {
        import_view::CONTEXT
    }
    fn render(
        &self,
        frame: &mut ratatui::Frame,
        area: ratatui::layout::Rect,
        theme: &theme::Theme,
    ) {
        import_view::ImportView::render(self, frame, area, theme)
    }
    fn on_paste(&mut self, text: &str) {
        import_view::ImportView::on_paste(self, text)
    }
}
