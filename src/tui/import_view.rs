//! Importing a file from the TUI: a path typed with Tab completion, then the dry run on
//! screen — how each column is read, what would be created, updated and rejected — with the
//! column under the cursor re-mapped by ←/→, and the import on Enter as one undoable change
//! (the panes' execute path runs the command and records it).

use std::path::{Path, PathBuf};

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::input::LineInput;
use super::theme::Theme;
use crate::core::columns::{HeaderMeaning, Mapping, Vocabulary, accepted, header_key};
use crate::core::{Backend, Command, ImportKind, ImportReport, Outcome};
use crate::io::rows::{Parsed, ReadOptions};
use crate::t;
use crate::text::{sanitize, width};

/// The keymap section of the import view: it takes keys as typed (a path, arrows), so only
/// the global keys that cannot be typed reach it through the keymap.
pub const CONTEXT: &str = "import";

/// Where the view is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Stage {
    /// Typing the file's path.
    Path,
    /// The dry run is on screen.
    Preview,
}

/// What the view asks of the screen around it.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportExit {
    Stay,
    /// Leave, with this in the status line.
    Close(String),
    /// Run this command through the panes' execute path (so undo takes it back in one
    /// step), then hand the outcome to [`ImportView::after_import`].
    Run(Box<Command>),
}

/// The import of one kind of file.
pub struct ImportView {
    kind: ImportKind,
    /// `--event` of the CLI: participants are registered at it, other kinds fill a missing
    /// event column with it.
    event: Option<String>,
    stage: Stage,
    path: LineInput,
    /// Names Tab found for the typed path when more than one fits.
    completions: Vec<String>,
    maps: Vec<Mapping>,
    /// The header as read, and the selected column.
    header: Vec<String>,
    /// The column each header is read as now (`None`: left out), derived from `header` and
    /// `maps` when either changes, never while drawing.
    readings: Vec<Option<&'static str>>,
    selected: usize,
    /// The file read and its dry run; `Err` holds why it cannot be read as it is.
    preview: Option<std::result::Result<(Parsed, ImportReport), String>>,
    scroll: u16,
}

impl ImportView {
    pub fn open(kind: ImportKind, event: Option<String>) -> Self {
        ImportView {
            kind,
            event,
            stage: Stage::Path,
            path: LineInput::new(""),
            completions: Vec::new(),
            maps: Vec::new(),
            header: Vec::new(),
            readings: Vec::new(),
            selected: 0,
            preview: None,
            scroll: 0,
        }
    }

    pub fn kind(&self) -> ImportKind {
        self.kind
    }

    /// Text pasted into the view: a path, its line breaks and control characters dropped.
    pub fn on_paste(&mut self, text: &str) {
        if self.stage == Stage::Path {
            let clean: String = text.chars().filter(|c| !c.is_control()).collect();
            for c in clean.chars() {
                self.path.handle(KeyEvent::from(KeyCode::Char(c)));
            }
        }
    }

    pub fn on_key(&mut self, b: &mut dyn Backend, key: KeyEvent) -> ImportExit {
        match self.stage {
            Stage::Path => self.path_key(b, key),
            Stage::Preview => self.preview_key(b, key),
        }
    }

    fn path_key(&mut self, b: &mut dyn Backend, key: KeyEvent) -> ImportExit {
        match key.code {
            KeyCode::Esc => ImportExit::Close(t!("import-view-cancelled")),
            KeyCode::Tab => {
                self.complete();
                ImportExit::Stay
            }
            KeyCode::Enter => {
                if self.path.text().trim().is_empty() {
                    return ImportExit::Stay;
                }
                self.completions.clear();
                self.stage = Stage::Preview;
                self.selected = 0;
                self.reload(b);
                ImportExit::Stay
            }
            _ => {
                self.path.handle(key);
                self.completions.clear();
                ImportExit::Stay
            }
        }
    }

    fn preview_key(&mut self, b: &mut dyn Backend, key: KeyEvent) -> ImportExit {
        match key.code {
            KeyCode::Esc => {
                self.stage = Stage::Path;
                self.preview = None;
                ImportExit::Stay
            }
            KeyCode::Up | KeyCode::Char('k') => {
                self.selected = self.selected.saturating_sub(1);
                ImportExit::Stay
            }
            KeyCode::Down | KeyCode::Char('j') => {
                if self.selected + 1 < self.header.len() {
                    self.selected += 1;
                }
                ImportExit::Stay
            }
            KeyCode::PageDown => {
                self.scroll = self.scroll.saturating_add(10);
                ImportExit::Stay
            }
            KeyCode::PageUp => {
                self.scroll = self.scroll.saturating_sub(10);
                ImportExit::Stay
            }
            KeyCode::Left | KeyCode::Right | KeyCode::Char('h') | KeyCode::Char('l') => {
                let forward = matches!(key.code, KeyCode::Right | KeyCode::Char('l'));
                self.remap(forward);
                self.reload(b);
                ImportExit::Stay
            }
            KeyCode::Enter | KeyCode::Char('y') => match &self.preview {
                Some(Ok((parsed, report)))
                    if parsed.errors.is_empty() && report.rejected.is_empty() =>
                {
                    ImportExit::Run(Box::new(Command::Import {
                        kind: self.kind,
                        rows: parsed.rows.clone(),
                        event: self.register_at(),
                        dry_run: false,
                        partial: false,
                    }))
                }
                _ => ImportExit::Stay,
            },
            _ => ImportExit::Stay,
        }
    }

    /// What the real import did: the status to show and leave, or the refusal to show here
    /// (a colleague's change since the dry run can make a row fail).
    pub fn after_import(
        &mut self,
        b: &mut dyn Backend,
        out: crate::core::Result<Outcome>,
    ) -> ImportExit {
        match out {
            Ok(o) => {
                let r = o.import.unwrap_or_default();
                if r.applied && r.rejected.is_empty() {
                    ImportExit::Close(t!(
                        "import-view-done",
                        kind = self.kind.word(),
                        created = r.created,
                        updated = r.updated,
                        unchanged = r.unchanged
                    ))
                } else {
                    self.reload(b);
                    ImportExit::Stay
                }
            }
            Err(e) => {
                self.preview = Some(Err(e.to_string()));
                ImportExit::Stay
            }
        }
    }

    fn register_at(&self) -> Option<String> {
        self.event
            .clone()
            .filter(|_| self.kind == ImportKind::Participants)
    }

    fn options(&self) -> ReadOptions {
        ReadOptions {
            maps: self.maps.clone(),
            event: self
                .event
                .clone()
                .filter(|_| self.kind != ImportKind::Participants),
            ..ReadOptions::default()
        }
    }

    /// Reads the file again with the mappings so far and runs the dry run.
    fn reload(&mut self, b: &mut dyn Backend) {
        let path = expand(self.path.text().trim());
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                self.header.clear();
                self.readings.clear();
                self.preview = Some(Err(t!(
                    "cmd-cannot-read",
                    path = path.display().to_string(),
                    reason = e.to_string()
                )));
                return;
            }
        };
        let opts = self.options();
        let parsed = match crate::io::read(&bytes, self.kind, &opts) {
            Ok(p) => p,
            Err(e) => {
                // Refused as it is: the header still shows, for the trainer to map.
                self.set_header(
                    crate::io::read_header(&bytes, self.kind, &opts).unwrap_or_default(),
                );
                self.preview = Some(Err(e.to_string()));
                return;
            }
        };
        self.set_header(parsed.header.clone());
        let dry = b.execute(Command::Import {
            kind: self.kind,
            rows: parsed.rows.clone(),
            event: self.register_at(),
            dry_run: true,
            partial: false,
        });
        self.preview = Some(match dry {
            Ok(o) => {
                let mut r = o.import.unwrap_or_default();
                r.rejected.extend(parsed.errors.iter().cloned());
                r.rejected.sort_by_key(|e| e.line);
                Ok((parsed, r))
            }
            Err(e) => Err(e.to_string()),
        });
    }

    /// Moves the selected column's meaning to the next (or previous) field, or to ignore.
    fn remap(&mut self, forward: bool) {
        let Some(h) = self.header.get(self.selected).cloned() else {
            return;
        };
        let mut choices: Vec<Option<&'static str>> = vec![None];
        choices.extend(accepted(self.kind).map(Some));
        let now = self.readings.get(self.selected).copied().flatten();
        let at = choices.iter().position(|c| *c == now).unwrap_or(0);
        let next = if forward {
            (at + 1) % choices.len()
        } else {
            (at + choices.len() - 1) % choices.len()
        };
        self.maps
            .retain(|m| header_key(&m.header) != header_key(&h));
        self.maps.push(Mapping {
            header: h,
            column: choices[next],
        });
    }

    /// Takes the file's header and reads each cell as the import does, in the context of the
    /// whole header (a fallback column is one only beside the column it stands in for).
    fn set_header(&mut self, header: Vec<String>) {
        self.readings = Vocabulary::new(self.kind, &self.maps)
            .meanings(&header)
            .into_iter()
            .map(|m| match m {
                Some(HeaderMeaning::Column(c) | HeaderMeaning::Fallback(c)) => Some(c),
                Some(HeaderMeaning::FirstName | HeaderMeaning::LastName) => Some("name"),
                _ => None,
            })
            .collect();
        self.header = header;
        self.selected = self.selected.min(self.header.len().saturating_sub(1));
    }

    /// Tab: the one file or folder the typed path can be, or the longest start they share.
    fn complete(&mut self) {
        let typed = self.path.text().to_string();
        let full = expand(&typed);
        let (dir, stem) = if typed.ends_with('/') || typed.is_empty() {
            (
                if typed.is_empty() {
                    PathBuf::from(".")
                } else {
                    full.clone()
                },
                String::new(),
            )
        } else {
            (
                full.parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .map_or_else(|| PathBuf::from("."), Path::to_path_buf),
                full.file_name()
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            )
        };
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let hidden = name.starts_with('.') && !stem.starts_with('.');
                (name.starts_with(&stem) && !hidden).then(|| {
                    if e.path().is_dir() {
                        format!("{name}/")
                    } else {
                        name
                    }
                })
            })
            .collect();
        names.sort();
        let Some(first) = names.first() else {
            return;
        };
        let common = names.iter().fold(first.clone(), |acc, n| {
            acc.chars()
                .zip(n.chars())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect()
        });
        let base = &typed[..typed.len() - stem.len()];
        self.path.set(&format!("{base}{common}"));
        self.completions = if names.len() > 1 { names } else { Vec::new() };
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [head, body, foot] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let mut title = t!("import-view-title", kind = self.kind.word());
        if let Some(code) = self.register_at() {
            title = format!("{} {title}", t!("import-view-register-at", code = code));
        }
        let prefix = format!("{title} ");
        let path = sanitize(self.path.text()).into_owned();
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(prefix.clone(), theme.title()),
                Span::raw(path.clone()),
            ])),
            head,
        );
        if self.stage == Stage::Path {
            let before: String = self.path.text().chars().take(self.path.cursor()).collect();
            let x = (width(&prefix) + width(&sanitize(&before)))
                .min(head.width.saturating_sub(1) as usize);
            frame.set_cursor_position(Position::new(head.x + x as u16, head.y));
            let list: Vec<Line> = self
                .completions
                .iter()
                .map(|c| Line::from(sanitize(c).into_owned()))
                .collect();
            frame.render_widget(Paragraph::new(list), body);
            frame.render_widget(
                Paragraph::new(Span::styled(t!("import-view-path-keys"), theme.dim())),
                foot,
            );
            return;
        }
        let [cols, result] =
            Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)])
                .areas(body);
        let rows: Vec<Line> = self
            .header
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let meaning = match self.readings.get(i).copied().flatten() {
                    Some(c) => format!("→ {c}"),
                    None => t!("import-view-left-out"),
                };
                let text = format!("{} {meaning}", sanitize(h));
                if i == self.selected {
                    Line::from(Span::styled(text, theme.selected()))
                } else {
                    Line::from(text)
                }
            })
            .collect();
        frame.render_widget(
            Paragraph::new(rows).block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(theme.border())
                    .title(t!("import-view-columns")),
            ),
            cols,
        );
        let mut lines: Vec<Line> = Vec::new();
        match &self.preview {
            None => {}
            Some(Err(e)) => {
                for l in e.split("; ") {
                    lines.push(Line::from(Span::styled(
                        sanitize(l).into_owned(),
                        theme.warn(),
                    )));
                }
            }
            Some(Ok((parsed, report))) => {
                lines.push(Line::from(Span::styled(
                    t!(
                        "import-view-counts",
                        created = report.created,
                        updated = report.updated,
                        unchanged = report.unchanged,
                        rejected = report.rejected.len()
                    ),
                    theme.header(),
                )));
                for e in &report.rejected {
                    let col = if e.column.is_empty() {
                        String::new()
                    } else {
                        format!("{}: ", e.column)
                    };
                    lines.push(Line::from(Span::styled(
                        sanitize(&format!("{}: {col}{}", e.line, e.reason)).into_owned(),
                        theme.warn(),
                    )));
                }
                for n in &parsed.notes {
                    lines.push(Line::from(Span::styled(
                        sanitize(n).into_owned(),
                        theme.dim(),
                    )));
                }
                for d in &report.details {
                    lines.push(Line::from(sanitize(d).into_owned()));
                }
            }
        }
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .scroll((self.scroll, 0))
                .block(
                    Block::default()
                        .borders(Borders::ALL)
                        .border_style(theme.border())
                        .title(t!("import-view-dry-run")),
                ),
            result,
        );
        let ready = matches!(&self.preview, Some(Ok((p, r))) if p.errors.is_empty() && r.rejected.is_empty());
        let keys = if ready {
            t!("import-view-preview-keys")
        } else {
            t!("import-view-fix-keys")
        };
        frame.render_widget(Paragraph::new(Span::styled(keys, theme.dim())), foot);
    }
}

/// A typed path with `~/` for the home directory.
fn expand(typed: &str) -> PathBuf {
    match typed.strip_prefix("~/") {
        Some(rest) => std::env::var_os("HOME")
            .map(|h| PathBuf::from(h).join(rest))
            .unwrap_or_else(|| PathBuf::from(typed)),
        None => PathBuf::from(typed),
    }
}
