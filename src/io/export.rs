//! Export tables: every record of a kind as rows of the import columns, read through the
//! [`Backend`] so an export works the same on a local file and through a server.

use std::collections::HashMap;

use crate::core::columns::columns;
use crate::core::error::Result;
use crate::core::{Backend, ImportKind, Queries};
use crate::domain::*;

use super::csv::Table;
pub use super::sheet::{guard, unguard};

/// What can be exported: the importable kinds, and organisations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dataset {
    Events,
    Sessions,
    Organisations,
    Participants,
    Registrations,
    Attendance,
    FollowUps,
}

impl Dataset {
    /// Every dataset, in the order an import of all of them must run.
    pub const ALL: [Dataset; 7] = [
        Dataset::Events,
        Dataset::Sessions,
        Dataset::Organisations,
        Dataset::Participants,
        Dataset::Registrations,
        Dataset::Attendance,
        Dataset::FollowUps,
    ];

    pub fn word(self) -> &'static str {
        match self {
            Dataset::Organisations => "organisations",
            other => other.import_kind().map_or("", ImportKind::word),
        }
    }

    /// The import this dataset feeds.
    pub fn import_kind(self) -> Option<ImportKind> {
        Some(match self {
            Dataset::Events => ImportKind::Events,
            Dataset::Sessions => ImportKind::Sessions,
            Dataset::Participants => ImportKind::Participants,
            Dataset::Registrations => ImportKind::Registrations,
            Dataset::Attendance => ImportKind::Attendance,
            Dataset::FollowUps => ImportKind::FollowUps,
            Dataset::Organisations => ImportKind::Organisations,
        })
    }

    /// The import columns, then the donor fields at the end (`mode` of events, `birth_year`
    /// and `disability` of participants), so files made for the older columns still line up.
    pub fn columns(self) -> Vec<&'static str> {
        let mut c = match self.import_kind() {
            Some(k) => columns(k).to_vec(),
            None => Vec::new(),
        };
        match self {
            Dataset::Events => c.push("mode"),
            Dataset::Participants => c.extend(["birth_year", "disability"]),
            _ => {}
        }
        c
    }
}

/// A threshold in per mille as the shortest decimal fraction (800 → `0.8`, 1000 → `1`).
pub fn threshold(permille: u16) -> String {
    let s = format!("{}.{:03}", permille / 1000, permille % 1000);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// How a participant is named in registrations, attendance and follow-ups: the email, or
/// the name when there is none.
fn reference(p: &Participant) -> String {
    if p.email.is_empty() {
        p.name.clone()
    } else {
        p.email.clone()
    }
}

/// Events in date order, then by code.
fn events_in_order(b: &mut dyn Backend) -> Result<Vec<(Id, Event)>> {
    let mut ev = b.events()?;
    ev.sort_by(|(_, a), (_, c)| (a.start, &a.code).cmp(&(c.start, &c.code)));
    Ok(ev)
}

/// Every record of `d` as a table of the import columns.
pub fn table(b: &mut dyn Backend, d: Dataset) -> Result<Table> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    match d {
        Dataset::Events => {
            for (_, e) in events_in_order(b)? {
                rows.push(vec![
                    e.code,
                    e.title,
                    e.kind.word().into(),
                    iso_date(e.start),
                    iso_date(e.end),
                    e.city,
                    e.country,
                    e.project,
                    threshold(e.threshold_permille),
                    e.mode.word().into(),
                ]);
            }
        }
        Dataset::Sessions => {
            for (id, e) in events_in_order(b)? {
                for (_, s) in b.sessions(id)? {
                    rows.push(vec![
                        e.code.clone(),
                        iso_date(s.date),
                        hhmm(s.start),
                        hhmm(s.end),
                        s.title,
                    ]);
                }
            }
        }
        Dataset::Organisations => {
            for (_, o) in b.organisations()? {
                rows.push(vec![
                    o.name,
                    o.acronym,
                    o.kind.word().into(),
                    o.city,
                    o.country,
                ]);
            }
        }
        Dataset::Participants => {
            let orgs: HashMap<Id, String> = b
                .organisations()?
                .into_iter()
                .map(|(id, o)| (id, o.name))
                .collect();
            for (_, p) in b.participants()? {
                if p.forgotten {
                    continue;
                }
                let org = p
                    .organisation
                    .and_then(|o| orgs.get(&o).cloned())
                    .unwrap_or_default();
                rows.push(vec![
                    p.name,
                    p.email,
                    p.phone,
                    p.gender.word().into(),
                    org,
                    p.position,
                    p.city,
                    p.country,
                    p.birth_year.map(|y| y.to_string()).unwrap_or_default(),
                    p.disability.word().into(),
                ]);
            }
        }
        Dataset::Registrations | Dataset::Attendance | Dataset::FollowUps => {
            let people: HashMap<Id, Participant> = b.participants()?.into_iter().collect();
            let name = |id: Id| people.get(&id).filter(|p| !p.forgotten).map(reference);
            for (eid, e) in events_in_order(b)? {
                match d {
                    Dataset::Registrations => {
                        for (pid, r) in b.registrations(eid)? {
                            if let Some(who) = name(pid) {
                                rows.push(vec![
                                    e.code.clone(),
                                    who,
                                    r.role.word().into(),
                                    r.status.word().into(),
                                ]);
                            }
                        }
                    }
                    Dataset::Attendance => {
                        let numbers: HashMap<Id, usize> = b
                            .sessions(eid)?
                            .into_iter()
                            .enumerate()
                            .map(|(i, (sid, _))| (sid, i + 1))
                            .collect();
                        let mut marks = b.event_marks(eid)?;
                        marks.sort_by_key(|(sid, pid, _)| (numbers.get(sid).copied(), *pid));
                        for (sid, pid, m) in marks {
                            if let (Some(who), Some(n)) = (name(pid), numbers.get(&sid)) {
                                rows.push(vec![
                                    e.code.clone(),
                                    n.to_string(),
                                    who,
                                    m.status.word().into(),
                                    m.arrived_at.map(hhmm).unwrap_or_default(),
                                    m.reason,
                                ]);
                            }
                        }
                    }
                    _ => {
                        for (_, f) in b.followups(Some(eid))? {
                            let who = match f.participant {
                                Some(pid) => match name(pid) {
                                    Some(w) => w,
                                    None => continue,
                                },
                                None => String::new(),
                            };
                            rows.push(vec![
                                e.code.clone(),
                                who,
                                f.title,
                                f.kind.word().into(),
                                f.owner,
                                f.due.map(iso_date).unwrap_or_default(),
                                f.status.word().into(),
                            ]);
                        }
                    }
                }
            }
        }
    }
    Ok(Table {
        columns: d.columns(),
        rows,
    })
}

/// The table as CSV, with text a spreadsheet would run as a formula kept inert: a cell that
/// starts with `=`, `+`, `-` or `@` gets a `'` in front, as the summaries' CSV does (an
/// exported `=HYPERLINK(…)` would otherwise be a live link in whoever opens the file).
/// [`unguard`] takes the quote off again on import, so an export still imports back with
/// nothing changed.
pub fn to_csv(t: &Table) -> Result<String> {
    let guarded = Table {
        columns: t.columns.clone(),
        rows: t
            .rows
            .iter()
            .map(|r| r.iter().map(|c| guard(c)).collect())
            .collect(),
    };
    super::csv::to_csv(&guarded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::sheet::looks_like_formula;

    #[test]
    fn formula_looking_text_is_guarded_and_comes_back_unchanged() {
        for s in [
            "=HYPERLINK(\"http://x\",\"click\")",
            "+383 44 123 456",
            "- bring the banner",
            "@drita",
            "'=already quoted",
            "''=twice",
            "plain",
            "",
            "'plain quote",
        ] {
            let g = guard(s);
            assert!(!looks_like_formula(&g), "{g:?} still runs as a formula");
            assert_eq!(unguard(&g), s, "{s:?} does not come back");
        }
        assert_eq!(guard("=1+1"), "'=1+1");
        assert_eq!(guard("plain"), "plain");
    }

    #[test]
    fn thresholds_are_short_fractions_that_parse_back() {
        for (p, s) in [
            (800, "0.8"),
            (1000, "1"),
            (0, "0"),
            (667, "0.667"),
            (750, "0.75"),
        ] {
            assert_eq!(threshold(p), s);
            assert_eq!(parse_threshold(s), Some(p));
        }
    }
}
