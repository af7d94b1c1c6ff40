//! `badges` and `kiosk`: the door of an event with printed badges and a USB scanner.

use std::path::{Path, PathBuf};

use super::{Global, backend, say};
use crate::core::error::Result;
use crate::core::{Backend, Queries, find_event};
use crate::domain::{Id, RegStatus, badge};
use crate::report::badges::{self, Badge};
use crate::t;

/// The badges of everyone registered at an event (not cancelled), by name.
pub fn event_badges(b: &mut dyn Backend, event: Id) -> Result<Vec<Badge>> {
    let orgs: std::collections::HashMap<Id, String> = b
        .organisations()?
        .into_iter()
        .map(|(id, o)| (id, o.name))
        .collect();
    let mut out = Vec::new();
    for (pid, reg) in b.registrations(event)? {
        if reg.status == RegStatus::Cancelled {
            continue;
        }
        let Some(p) = b.participant(pid)?.filter(|p| !p.forgotten) else {
            continue;
        };
        let Some(code) = badge::code(pid) else {
            continue;
        };
        let organisation = p
            .organisation
            .and_then(|o| orgs.get(&o).cloned())
            .unwrap_or_default();
        out.push(Badge {
            name: p.name,
            organisation,
            code,
        });
    }
    out.sort_by_cached_key(|x| (crate::text::fold(&x.name), x.code.clone()));
    Ok(out)
}

/// `CODE-badges.html`, with anything but letters, digits, `-` and `_` of the code replaced.
pub fn default_file(code: &str) -> PathBuf {
    let safe: String = code
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    PathBuf::from(format!("{safe}-badges.html"))
}

/// `prezenca badges CODE [--out FILE]`: the page is written privately (0600), by default to
/// `CODE-badges.html` in the current directory.
pub fn badges_command(g: &Global, event: &str, out: Option<&Path>) -> Result<i32> {
    let mut b = backend(g)?;
    let id = find_event(b.as_mut(), event)?;
    let ev = b
        .event(id)?
        .ok_or_else(|| crate::core::Error::NotFound(event.to_string()))?;
    let people = event_badges(b.as_mut(), id)?;
    let page = badges::html(&ev.code, &ev.title, &people)?;
    let path = out.map_or_else(|| default_file(&ev.code), Path::to_path_buf);
    crate::io::write_private(&path, page.as_bytes())?;
    say(&t!(
        "cmd-badges-written",
        count = people.len(),
        path = path.display().to_string()
    ));
    Ok(0)
}
