//! Keymaps: named actions bound to keys per section, the built-in defaults merged with the
//! user's overrides, and the validation behind `prezenca keymap check`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use toml::de::{DeTable, DeValue};

use super::action::{self, MODAL_CONTEXTS, TEXT_CONTEXTS};
use crate::core::error::{Error, Result};

/// The keymap shipped in the binary.
pub const DEFAULT_TOML: &str = include_str!("../../keymaps/default.toml");

/// A key as the keymap sees it: the code and the Ctrl/Alt/Shift modifiers that matter.
/// Shift is folded into characters (`G`, `?`), so `shift-g` and `G` are the same key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub fn new(code: KeyCode, mods: KeyModifiers) -> Self {
        let mut mods = mods & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match code {
            KeyCode::Char(c) => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::Char(c)
            }
            KeyCode::BackTab => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        Key { code, mods }
    }

    /// The key of a terminal key event; `None` for releases (only presses and repeats act).
    pub fn from_event(ev: &KeyEvent) -> Option<Self> {
        if ev.kind == KeyEventKind::Release {
            return None;
        }
        Some(Key::new(ev.code, ev.modifiers))
    }

    /// True when the key types a character into a text field.
    pub fn types_text(&self) -> bool {
        matches!(self.code, KeyCode::Char(_))
            && !self
                .mods
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    }

    /// Reads a key written in a keymap: `n`, `G`, `?`, `ctrl-r`, `shift-tab`, `pagedown`.
    pub fn parse(spec: &str) -> std::result::Result<Self, String> {
        if spec.is_empty() {
            return Err(crate::t!("keymap-empty-key"));
        }
        let mut mods = KeyModifiers::NONE;
        let mut rest = spec;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (m, n) = if lower.starts_with("ctrl-") {
                (KeyModifiers::CONTROL, 5)
            } else if lower.starts_with("alt-") {
                (KeyModifiers::ALT, 4)
            } else if lower.starts_with("shift-") {
                (KeyModifiers::SHIFT, 6)
            } else {
                break;
            };
            if rest.len() == n {
                break; // "ctrl-" alone: the name is missing, reported below
            }
            mods |= m;
            rest = &rest[n..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => {
                if mods.contains(KeyModifiers::SHIFT) && c.is_alphabetic() {
                    KeyCode::Char(c.to_uppercase().next().unwrap_or(c))
                } else if c.is_control() {
                    return Err(crate::t!("keymap-control-char", key = format!("{spec:?}")));
                } else {
                    KeyCode::Char(c)
                }
            }
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "space" => KeyCode::Char(' '),
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "insert" | "ins" => KeyCode::Insert,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pageup" | "pgup" | "page_up" => KeyCode::PageUp,
                "pagedown" | "pgdn" | "page_down" => KeyCode::PageDown,
                "" => return Err(crate::t!("keymap-modifier-only", key = format!("{spec:?}"))),
                f if f.starts_with('f') && f.len() > 1 => match f[1..].parse::<u8>() {
                    Ok(n @ 1..=12) => KeyCode::F(n),
                    _ => return Err(crate::t!("keymap-unknown-key", key = format!("{rest:?}"))),
                },
                _ => return Err(crate::t!("keymap-unknown-key", key = format!("{rest:?}"))),
            },
        };
        Ok(Key::new(code, mods))
    }

    /// How the key is written in a keymap and shown in hints.
    pub fn display(&self) -> String {
        let mut s = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            s.push_str("ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            s.push_str("alt-");
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            s.push_str("shift-");
        }
        match self.code {
            KeyCode::Char(' ') => s.push_str("space"),
            KeyCode::Char(c) => s.push(c),
            KeyCode::Enter => s.push_str("enter"),
            KeyCode::Esc => s.push_str("esc"),
            KeyCode::Tab => s.push_str("tab"),
            KeyCode::BackTab => s.push_str("shift-tab"),
            KeyCode::Backspace => s.push_str("backspace"),
            KeyCode::Delete => s.push_str("delete"),
            KeyCode::Insert => s.push_str("insert"),
            KeyCode::Up => s.push('↑'),
            KeyCode::Down => s.push('↓'),
            KeyCode::Left => s.push('←'),
            KeyCode::Right => s.push('→'),
            KeyCode::Home => s.push_str("home"),
            KeyCode::End => s.push_str("end"),
            KeyCode::PageUp => s.push_str("pgup"),
            KeyCode::PageDown => s.push_str("pgdn"),
            KeyCode::F(n) => s.push_str(&format!("f{n}")),
            _ => s.push('?'),
        }
        s
    }
}

/// One problem in a keymap file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    pub reason: String,
}

/// The bindings of one section.
#[derive(Debug, Clone, Default)]
struct Section {
    by_key: HashMap<Key, String>,
    /// Each action's keys in the order written (the first is shown in hints).
    by_action: HashMap<String, Vec<Key>>,
}

impl Section {
    fn bind(&mut self, action: &str, keys: &[Key]) {
        if let Some(old) = self.by_action.remove(action) {
            for k in old {
                self.by_key.remove(&k);
            }
        }
        for k in keys {
            if let Some(prev) = self.by_key.insert(*k, action.to_string())
                && prev != action
                && let Some(list) = self.by_action.get_mut(&prev)
            {
                // The override takes the key from the action that had it.
                list.retain(|x| x != k);
            }
        }
        self.by_action.insert(action.to_string(), keys.to_vec());
    }
}

/// (section, action, keys) as read from a file.
type Binding = (String, String, Vec<Key>);

/// The live keymap: the defaults with the user's overrides merged key by key.
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    sections: HashMap<String, Section>,
}

/// The largest keymap file read: a keymap of every action in every section is a few KiB.
pub const MAX_KEYMAP_BYTES: u64 = 64 * 1024;

/// Where each line of a text starts, so a problem's line and column cost a binary search
/// and a scan of its own line, not a scan from the top of the file: a file of many
/// problems is reported in time proportional to its size.
struct Lines<'a> {
    src: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(src: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', src.as_bytes()).map(|i| i + 1));
        Lines { src, starts }
    }

    /// 1-based line and column of a byte offset.
    fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.src.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line.saturating_sub(1)];
        let col = self.src.get(start..offset).map_or(0, |l| l.chars().count());
        (line, col + 1)
    }
}

/// Reads and validates a keymap file: every section known, every action known in its
/// section, every key readable, no key on two actions of one section.
pub fn parse(src: &str) -> (Vec<Binding>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut out = Vec::new();
    let lines = Lines::new(src);
    let mut problem = |span: std::ops::Range<usize>, reason: String| {
        let (line, column) = lines.line_col(span.start);
        problems.push(Problem {
            line,
            column,
            reason,
        });
    };
    let table = match DeTable::parse(src) {
        Ok(t) => t,
        Err(e) => {
            problem(e.span().unwrap_or(0..0), e.message().trim().to_string());
            return (out, problems);
        }
    };
    let mut sections: Vec<_> = table.get_ref().iter().collect();
    sections.sort_by_key(|(k, _)| k.span().start);
    for (name, value) in sections {
        let ctx = name.get_ref().to_string();
        let Some(known) = action::actions_of(&ctx) else {
            let all: Vec<&str> = action::contexts().iter().map(|(c, _)| *c).collect();
            problem(
                name.span(),
                crate::t!(
                    "keymap-unknown-section",
                    section = ctx.as_str(),
                    sections = all.join(", ")
                ),
            );
            continue;
        };
        let DeValue::Table(actions) = value.get_ref() else {
            problem(
                name.span(),
                crate::t!("keymap-not-a-section", section = ctx.as_str()),
            );
            continue;
        };
        let mut entries: Vec<_> = actions.iter().collect();
        entries.sort_by_key(|(k, _)| k.span().start);
        let mut seen: HashMap<Key, String> = HashMap::new();
        for (act, keys) in entries {
            let act_name = act.get_ref().to_string();
            if !known.contains(&act_name.as_str()) {
                problem(
                    act.span(),
                    crate::t!(
                        "keymap-unknown-action",
                        action = act_name.as_str(),
                        section = ctx.as_str()
                    ),
                );
                continue;
            }
            let specs: Vec<(&str, std::ops::Range<usize>)> = match keys.get_ref() {
                DeValue::String(s) => vec![(s.as_ref(), keys.span())],
                DeValue::Array(a) => {
                    let mut v = Vec::new();
                    for item in a.iter() {
                        match item.get_ref() {
                            DeValue::String(s) => v.push((s.as_ref(), item.span())),
                            _ => problem(
                                item.span(),
                                crate::t!("keymap-keys-strings", action = act_name.as_str()),
                            ),
                        }
                    }
                    v
                }
                _ => {
                    problem(
                        keys.span(),
                        crate::t!("keymap-key-or-list", action = act_name.as_str()),
                    );
                    continue;
                }
            };
            let mut parsed = Vec::new();
            for (spec, span) in specs {
                match Key::parse(spec) {
                    Ok(k) => {
                        if let Some(other) = seen.get(&k)
                            && *other != act_name
                        {
                            problem(
                                span,
                                crate::t!(
                                    "keymap-key-twice",
                                    key = k.display(),
                                    first = other.as_str(),
                                    second = act_name.as_str(),
                                    section = ctx.as_str()
                                ),
                            );
                            continue;
                        }
                        seen.insert(k, act_name.clone());
                        parsed.push(k);
                    }
                    Err(reason) => problem(
                        span,
                        crate::t!("keymap-cannot-read-key", key = spec, reason = reason),
                    ),
                }
            }
            out.push((ctx.clone(), act_name, parsed));
        }
    }
    (out, problems)
}

/// The user's keymap file: `keymap.toml` in the XDG config directory.
pub fn user_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "prezenca").map(|d| d.config_dir().join("keymap.toml"))
}

/// Formats problems as `file:line:column: reason`, one a line.
pub fn report(file: &Path, problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}:{}:{}: {}", file.display(), p.line, p.column, p.reason))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads a keymap file, refusing one that any user may write (anyone could rebind keys).
fn read_user_file(path: &Path) -> std::result::Result<String, String> {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if meta.permissions().mode() & 0o002 != 0 {
        return Err(crate::t!(
            "keymap-world-writable",
            path = path.display().to_string()
        ));
    }
    if meta.len() > MAX_KEYMAP_BYTES {
        return Err(crate::t!(
            "keymap-too-large",
            path = path.display().to_string(),
            bytes = meta.len(),
            limit = MAX_KEYMAP_BYTES
        ));
    }
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

impl Keymap {
    /// The built-in keymap.
    pub fn defaults() -> Self {
        let mut k = Keymap::default();
        let (bindings, _problems) = parse(DEFAULT_TOML);
        // The defaults are checked by a test; should one ever be wrong, the good lines still apply.
        k.merge(bindings);
        k
    }

    fn merge(&mut self, bindings: Vec<Binding>) {
        for (ctx, act, keys) in bindings {
            self.sections.entry(ctx).or_default().bind(&act, &keys);
        }
    }

    /// The defaults merged with `src` (a user file); with any problem, the defaults alone and
    /// the problems.
    pub fn with_overrides(src: &str) -> (Self, Vec<Problem>) {
        let mut k = Keymap::defaults();
        let (bindings, problems) = parse(src);
        if problems.is_empty() {
            k.merge(bindings);
        }
        (k, problems)
    }

    /// The keymap to run with: defaults plus the user's file when it exists and is valid.
    /// The warnings say what was wrong (file, line, reason) and that the defaults apply.
    pub fn load() -> (Self, Vec<String>) {
        let Some(path) = user_path() else {
            return (Keymap::defaults(), Vec::new());
        };
        if !path.exists() {
            return (Keymap::defaults(), Vec::new());
        }
        match read_user_file(&path) {
            Err(w) => (Keymap::defaults(), vec![w]),
            Ok(src) => {
                let (k, problems) = Keymap::with_overrides(&src);
                if problems.is_empty() {
                    (k, Vec::new())
                } else {
                    let mut w = vec![report(&path, &problems)];
                    w.push(crate::t!("keymap-not-used"));
                    (k, w)
                }
            }
        }
    }

    /// The action bound to `key` in `context`, falling back to `[global]` as the section allows.
    pub fn action(&self, context: &str, key: Key) -> Option<&str> {
        if let Some(a) = self.sections.get(context).and_then(|s| s.by_key.get(&key)) {
            return Some(a);
        }
        if context == "global"
            || MODAL_CONTEXTS.contains(&context)
            || (TEXT_CONTEXTS.contains(&context) && key.types_text())
        {
            return None;
        }
        self.sections
            .get("global")
            .and_then(|s| s.by_key.get(&key))
            .map(String::as_str)
    }

    /// The typed action of `key` in the section of `A`, with the `[global]` fallback the
    /// section allows: its own action, else a global one.
    pub fn bound<A: action::Action>(&self, key: Key) -> Option<action::Bound<A>> {
        self.action(A::SECTION, key)
            .and_then(action::Bound::from_name)
    }

    /// True when some section binds `key`.
    pub fn is_bound(&self, key: Key) -> bool {
        self.sections.values().any(|s| s.by_key.contains_key(&key))
    }

    /// The keys of an action in a section (not the global fallback), in the order written.
    pub fn keys(&self, context: &str, action: &str) -> &[Key] {
        self.sections
            .get(context)
            .and_then(|s| s.by_action.get(action))
            .map_or(&[], Vec::as_slice)
    }

    /// The first key of an action as a key, looking in `[global]` when the section has none.
    pub fn first(&self, context: &str, action: &str) -> Option<Key> {
        self.keys(context, action)
            .first()
            .or_else(|| self.keys("global", action).first())
            .copied()
    }

    /// The first key of an action, looking in `[global]` when the section has none.
    pub fn first_key(&self, context: &str, action: &str) -> Option<String> {
        self.keys(context, action)
            .first()
            .or_else(|| self.keys("global", action).first())
            .map(Key::display)
    }

    /// Every binding of a section as (keys, action, description), in the order of the
    /// section's known actions; for the help overlay.
    pub fn bindings(&self, context: &str) -> Vec<(String, &'static str, String)> {
        let Some(known) = action::actions_of(context) else {
            return Vec::new();
        };
        known
            .iter()
            .filter_map(|name| {
                let keys = self.keys(context, name);
                (!keys.is_empty()).then(|| {
                    let k: Vec<String> = keys.iter().map(Key::display).collect();
                    (k.join(" "), *name, action::describe(context, name))
                })
            })
            .collect()
    }
}

/// Checks a keymap file (default: the user's) for `prezenca keymap check`: whether it is
/// good, and the message to show — one `file:line:column: reason` line per problem.
pub fn check_file(file: Option<&Path>) -> Result<(bool, String)> {
    let path = match file {
        Some(p) => p.to_path_buf(),
        None => {
            let p = user_path().ok_or_else(|| Error::invalid(crate::t!("keymap-no-home")))?;
            if !p.exists() {
                return Ok((
                    true,
                    crate::t!("keymap-no-user-file", path = p.display().to_string()),
                ));
            }
            p
        }
    };
    let src = match read_user_file(&path) {
        Ok(s) => s,
        Err(msg) => return Ok((false, msg)),
    };
    let (_, problems) = parse(&src);
    if problems.is_empty() {
        Ok((
            true,
            crate::t!("keymap-valid", path = path.display().to_string()),
        ))
    } else {
        Ok((false, report(&path, &problems)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Key {
        Key::parse(s).expect("key")
    }

    #[test]
    fn the_defaults_are_valid() {
        let (_, problems) = parse(DEFAULT_TOML);
        assert_eq!(problems, Vec::<Problem>::new());
    }

    #[test]
    fn every_section_of_the_defaults_binds_every_action() {
        let k = Keymap::defaults();
        for (ctx, actions) in action::contexts() {
            for name in actions {
                assert!(!k.keys(ctx, name).is_empty(), "[{ctx}] {name} has no key");
            }
        }
    }

    #[test]
    fn keys_parse_and_display() {
        assert_eq!(key("G"), Key::new(KeyCode::Char('G'), KeyModifiers::SHIFT));
        assert_eq!(key("shift-g"), key("G"));
        assert_eq!(
            key("shift-tab"),
            Key::new(KeyCode::BackTab, KeyModifiers::NONE)
        );
        assert_eq!(
            key("ctrl-r"),
            Key::new(KeyCode::Char('r'), KeyModifiers::CONTROL)
        );
        assert_eq!(key("-"), Key::new(KeyCode::Char('-'), KeyModifiers::NONE));
        assert_eq!(
            key("ctrl--"),
            Key::new(KeyCode::Char('-'), KeyModifiers::CONTROL)
        );
        assert_eq!(key("pagedown").code, KeyCode::PageDown);
        assert_eq!(key("f12").code, KeyCode::F(12));
        assert_eq!(key("ctrl-space").display(), "ctrl-space");
        assert!(Key::parse("ctrl-").is_err());
        assert!(Key::parse("hyper-x").is_err());
        assert!(Key::parse("f13").is_err());
        assert!(Key::parse("").is_err());
    }

    #[test]
    fn lookup_falls_back_to_global_except_for_text() {
        let k = Keymap::defaults();
        assert_eq!(k.action("events", key("n")), Some("new_event"));
        assert_eq!(k.action("events", key("q")), Some("quit"));
        assert_eq!(k.action("search", key("q")), None);
        assert_eq!(k.action("search", key("down")), Some("down"));
        assert_eq!(k.action("roster", key("ctrl-c")), Some("quit"));
        assert_eq!(k.action("form", key("ctrl-c")), None);
        assert_eq!(k.action("form", key("esc")), Some("cancel"));
    }

    #[test]
    fn overrides_merge_key_by_key() {
        let (k, problems) = Keymap::with_overrides("[events]\nnew_event = \"a\"\n");
        assert!(problems.is_empty());
        assert_eq!(k.action("events", key("a")), Some("new_event"));
        assert_eq!(k.action("events", key("n")), None);
        // Everything else stays as it was.
        assert_eq!(k.action("events", key("d")), Some("delete_event"));
        // A key taken from another action leaves that action.
        let (k, _) = Keymap::with_overrides("[events]\nopen_summary = \"d\"\n");
        assert_eq!(k.action("events", key("d")), Some("open_summary"));
        assert!(k.keys("events", "delete_event").is_empty());
    }

    #[test]
    fn problems_name_line_and_reason() {
        let src = "[events]\nnew_event = \"n\"\nfly = \"f\"\n\n[followups]\nnew_followup = \"ctrl-\"\nmark_done = \"x\"\ndelete_followup = \"x\"\n[nowhere]\n";
        let (k, problems) = Keymap::with_overrides(src);
        let lines: Vec<(usize, &str)> = problems
            .iter()
            .map(|p| (p.line, p.reason.as_str()))
            .collect();
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert_eq!(lines[0].0, 3);
        assert!(lines[0].1.contains("unknown action \"fly\""));
        assert_eq!(lines[1].0, 6);
        assert!(lines[1].1.contains("cannot read key"));
        assert_eq!(lines[2].0, 8);
        assert!(lines[2].1.contains("bound to both"));
        assert_eq!(lines[3].0, 9);
        assert!(lines[3].1.contains("unknown section"));
        // With problems, the defaults apply untouched.
        assert_eq!(k.action("followups", key("x")), Some("mark_done"));
    }

    #[test]
    fn unparsable_toml_is_located() {
        let (_, problems) = parse("[events]\nnew_event = \n");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 2);
    }
}
