//! Answers to queries, read inside one read transaction (a consistent snapshot).

use std::collections::HashMap;

use time::{Date, PrimitiveDateTime};

use super::error::{Error, Result};
use super::{Answer, HistoryRow, Query};
use crate::domain::summary::{self, Attendee, ReportEvent, Summary, SummaryInput, pct};
use crate::domain::*;
use crate::store::tx::Reader;

pub fn answer(r: &impl Reader, q: &Query) -> Result<Answer> {
    Ok(match q {
        Query::Events => Answer::Events(r.all_events()?),
        Query::Event(id) => Answer::Event(r.event(*id)?),
        Query::EventByCode(c) => Answer::Id(r.event_by_code(c)?),
        Query::Sessions(e) => Answer::Sessions(r.sessions_of(*e)?),
        Query::Organisations => Answer::Organisations(r.all_organisations()?),
        Query::Participants => Answer::Participants(r.all_participants()?),
        Query::Participant(id) => Answer::Participant(r.participant(*id)?),
        Query::Registrations(e) => Answer::Registrations(r.registrations_of(*e)?),
        Query::SessionMarks(s) => Answer::Marks(r.marks_of_session(*s)?),
        Query::EventMarks(e) => {
            let mut out = Vec::new();
            for (sid, _) in r.sessions_of(*e)? {
                for (pid, m) in r.marks_of_session(sid)? {
                    out.push((sid, pid, m));
                }
            }
            Answer::EventMarks(out)
        }
        Query::FollowUps(Some(e)) => Answer::FollowUps(r.followups_of(*e)?),
        Query::FollowUps(None) => Answer::FollowUps(r.all_followups()?),
        Query::History(p) => Answer::History(history(r, *p)?),
        Query::Summary { event, now } => Answer::Summary(Box::new(event_summary(r, *event, *now)?)),
        Query::Report { from, to, project } => {
            Answer::Report(Box::new(report(r, *from, *to, project.clone())?))
        }
        Query::Audit { last } => Answer::Audit(r.audit_tail(*last)?),
        Query::AuditEntry(id) => Answer::AuditEntry(r.audit_entry(*id)?),
        Query::ChangeSeq => Answer::Seq(r.audit_tail(1)?.first().map_or(0, |(id, _)| *id)),
    })
}

/// Gathers what the summary of one event needs.
pub fn summary_input(r: &impl Reader, event: Id, now: PrimitiveDateTime) -> Result<SummaryInput> {
    let ev = r
        .event(event)?
        .ok_or_else(|| Error::NotFound(crate::t!("core-no-record", kind = "event", id = event)))?;
    let sessions = r.sessions_of(event)?;
    let mut org_names: HashMap<Id, String> = HashMap::new();
    let mut attendees = Vec::new();
    for (pid, reg) in r.registrations_of(event)? {
        let Some(p) = r.participant(pid)? else {
            continue;
        };
        let organisation = match p.organisation {
            Some(o) => match org_names.get(&o) {
                Some(n) => n.clone(),
                None => {
                    let n = r.organisation(o)?.map(|x| x.name).unwrap_or_default();
                    org_names.insert(o, n.clone());
                    n
                }
            },
            None => String::new(),
        };
        attendees.push(Attendee {
            id: pid,
            name: p.name,
            email: p.email,
            organisation,
            gender: p.gender,
            country: p.country,
            registration: reg,
        });
    }
    let mut marks = HashMap::new();
    for (sid, _) in &sessions {
        for (pid, m) in r.marks_of_session(*sid)? {
            marks.insert((*sid, pid), m.status);
        }
    }
    let followups = r.followups_of(event)?.into_iter().map(|(_, f)| f).collect();
    Ok(SummaryInput {
        event: ev,
        sessions,
        attendees,
        marks,
        followups,
        now,
    })
}

pub fn event_summary(r: &impl Reader, event: Id, now: PrimitiveDateTime) -> Result<Summary> {
    Ok(summary::summarize(&summary_input(r, event, now)?))
}

fn history(r: &impl Reader, pid: Id) -> Result<Vec<HistoryRow>> {
    let mut out = Vec::new();
    for eid in r.events_of_participant(pid)? {
        let (Some(e), Some(reg)) = (r.event(eid)?, r.registration(eid, pid)?) else {
            continue;
        };
        let sessions = r.sessions_of(eid)?;
        let mut attended = 0;
        for (sid, _) in &sessions {
            if r.mark(*sid, pid)?.is_some_and(|m| m.status.attended()) {
                attended += 1;
            }
        }
        out.push(HistoryRow {
            event: eid,
            code: e.code,
            title: e.title,
            start: e.start,
            role: reg.role,
            status: reg.status,
            attended,
            sessions: sessions.len() as u64,
            rate: pct(attended, sessions.len() as u64),
        });
    }
    out.sort_by_key(|h| std::cmp::Reverse(h.start));
    Ok(out)
}

/// The cross-event report over events starting within `from..=to`.
pub fn report(
    r: &impl Reader,
    from: Date,
    to: Date,
    project: Option<String>,
) -> Result<summary::Report> {
    let mut events = Vec::new();
    let mut ids: Vec<(Id, Event)> = r
        .all_events()?
        .into_iter()
        .filter(|(_, e)| e.start >= from && e.start <= to)
        .filter(|(_, e)| {
            project
                .as_ref()
                .is_none_or(|p| e.project.eq_ignore_ascii_case(p.trim()))
        })
        .collect();
    ids.sort_by_key(|(id, e)| (e.start, *id));
    let mut people: HashMap<Id, (Option<Id>, Gender, String)> = HashMap::new();
    for (eid, e) in ids {
        let sessions = r.sessions_of(eid)?;
        let counted: Vec<Id> = r
            .registrations_of(eid)?
            .into_iter()
            .filter(|(_, reg)| reg.counts())
            .map(|(p, _)| p)
            .collect();
        let counted_set: std::collections::HashSet<Id> = counted.iter().copied().collect();
        let mut days: HashMap<Id, std::collections::BTreeSet<Date>> = HashMap::new();
        let mut total = 0u64;
        for (sid, s) in &sessions {
            for (pid, m) in r.marks_of_session(*sid)? {
                if m.status.attended() && counted_set.contains(&pid) {
                    total += 1;
                    days.entry(pid).or_default().insert(s.date);
                }
            }
        }
        let mut attendees = Vec::with_capacity(days.len());
        for pid in days.keys() {
            let info = match people.get(pid) {
                Some(i) => i.clone(),
                None => {
                    let i = r
                        .participant(*pid)?
                        .map(|p| (p.organisation, p.gender, p.country))
                        .unwrap_or((None, Gender::Undisclosed, String::new()));
                    people.insert(*pid, i.clone());
                    i
                }
            };
            attendees.push((*pid, info.0, info.1, info.2));
        }
        events.push(ReportEvent {
            code: e.code,
            title: e.title,
            kind: e.kind.word().to_string(),
            average_rate: pct(total, sessions.len() as u64 * counted.len() as u64),
            person_days: days.values().map(|d| d.len() as u64).sum(),
            attendees,
        });
    }
    Ok(summary::report(from, to, project, &events))
}
