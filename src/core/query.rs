//! Answers to queries, read inside one read transaction (a consistent snapshot).

use std::collections::HashMap;

use time::{Date, PrimitiveDateTime};

use super::error::{Error, Result};
use super::{Answer, HistoryRow, Query};
use crate::domain::summary::{
    self, AgeBands, Attendee, ReportAttendee, ReportEvent, Summary, SummaryInput, attended_minutes,
    pct, session_minutes, sessions_needed,
};
use crate::domain::*;
use crate::store::codec::{decode, decode_view};
use crate::store::schema::{
    EVENT_SESSIONS, MARKS, META_LAST_CHANGE, PARTICIPANTS, REGISTRATIONS, SESSIONS,
};
use crate::store::tx::Reader;
use redb::{ReadableTable, ReadableTableMetadata};

pub fn answer(r: &impl Reader, q: &Query) -> Result<Answer> {
    Ok(match q {
        Query::Events => Answer::Events(r.all_events()?),
        Query::Event(id) => Answer::Event(r.event(*id)?),
        Query::EventByCode(c) => Answer::Id(r.event_by_code(c)?),
        Query::Sessions(e) => Answer::Sessions(r.sessions_of(*e)?),
        Query::Organisations => Answer::Organisations(r.all_organisations()?),
        Query::Participants => Answer::Participants(r.all_participants()?),
        Query::ParticipantRows => Answer::ParticipantRows(participant_rows(r)?),
        Query::CountParticipants => Answer::Count(r.table(PARTICIPANTS)?.len()?),
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
        Query::Report {
            from,
            to,
            project,
            age_bands,
        } => Answer::Report(Box::new(report(r, *from, *to, project.clone(), age_bands)?)),
        Query::Audit { last } => Answer::Audit(r.audit_tail(*last)?),
        Query::AuditEntry(id) => Answer::AuditEntry(r.audit_entry(*id)?),
        Query::ChangeSeq => Answer::Seq(r.meta(META_LAST_CHANGE)?.unwrap_or(0)),
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
    let mut left = HashMap::new();
    for (sid, _) in &sessions {
        for (pid, m) in r.marks_of_session(*sid)? {
            marks.insert((*sid, pid), m.status);
            if let Some(t) = m.left_at {
                left.insert((*sid, pid), t);
            }
        }
    }
    let followups = r.followups_of(event)?.into_iter().map(|(_, f)| f).collect();
    Ok(SummaryInput {
        event: ev,
        sessions,
        attendees,
        marks,
        left,
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

/// The fields of a stored [`Participant`] a list shows, in stored order, borrowed.
#[derive(serde::Deserialize)]
struct ParticipantListed<'a> {
    name: &'a str,
    email: &'a str,
    _phone: &'a str,
    _gender: Gender,
    organisation: Option<Id>,
    _position: &'a str,
    _city: &'a str,
    _country: &'a str,
    _consent_photos: bool,
    _consent_contact: bool,
    _notes: &'a str,
    forgotten: bool,
}

/// Every participant as a list row, decoded in place: only name and email are copied, not
/// phone, position or notes of 100,000 records.
fn participant_rows(r: &impl Reader) -> Result<Vec<super::ParticipantRow>> {
    let mut out = Vec::with_capacity(r.table(PARTICIPANTS)?.len()? as usize);
    each_participant_row(r, &mut |row| out.push(row))?;
    Ok(out)
}

/// Every participant's list row in id order, handed to `each` as it is decoded: what
/// [`Query::ParticipantRows`] answers, without holding them all.
pub fn each_participant_row(
    r: &impl Reader,
    each: &mut dyn FnMut(super::ParticipantRow),
) -> Result<()> {
    let t = r.table(PARTICIPANTS)?;
    for row in t.iter()? {
        let (k, v) = row?;
        let id = k.value();
        let p: ParticipantListed = decode_view(v.value(), "participant", id)?;
        each(super::ParticipantRow {
            id,
            name: p.name.to_string(),
            email: p.email.to_string(),
            organisation: p.organisation,
            forgotten: p.forgotten,
        });
    }
    Ok(())
}

/// The fields of a stored [`Participant`] the report needs, in stored order, borrowed.
#[derive(serde::Deserialize)]
struct ParticipantHead<'a> {
    _name: &'a str,
    _email: &'a str,
    _phone: &'a str,
    gender: Gender,
    organisation: Option<Id>,
    _position: &'a str,
    _city: &'a str,
    country: &'a str,
    _consent_photos: bool,
    _consent_contact: bool,
    _notes: &'a str,
    _forgotten: bool,
    birth_year: Option<i32>,
    disability: Disability,
}

/// What the report keeps of a participant who attended.
struct Head {
    organisation: Option<Id>,
    gender: Gender,
    country: String,
    birth_year: Option<i32>,
    disability: Disability,
}

/// The cross-event report over events starting within `from..=to`.
///
/// It reads every mark of every event in range, so it opens each table once, walks the
/// marks in key order decoding only their status (the first stored field), and reads each
/// attending participant once: a million marks take a fraction of a second.
pub fn report(
    r: &impl Reader,
    from: Date,
    to: Date,
    project: Option<String>,
    bands: &AgeBands,
) -> Result<summary::Report> {
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

    let event_sessions = r.table(EVENT_SESSIONS)?;
    let sessions = r.table(SESSIONS)?;
    let registrations = r.table(REGISTRATIONS)?;
    let marks = r.table(MARKS)?;
    /// One event's figures before the people in it are read.
    struct PerEvent {
        event: Event,
        rate: f64,
        person_days: u64,
        training_minutes: u64,
        person_minutes: u64,
        /// Who attended (sorted ids), and whether they are eligible.
        people: Vec<(Id, bool)>,
    }
    let mut per_event: Vec<PerEvent> = Vec::with_capacity(ids.len());
    // (session, date, minutes)
    let mut dates: Vec<(Id, Date, u64, Session)> = Vec::new();
    let mut counted: Vec<Id> = Vec::new();
    // (participant, date, minutes), one per attended session
    let mut attended: Vec<(Id, Date, u64)> = Vec::new();
    for (eid, e) in ids {
        dates.clear();
        for row in event_sessions.range((eid, 0)..=(eid, u64::MAX))? {
            let sid = row?.0.value().1;
            if let Some(g) = sessions.get(sid)? {
                let s: Session = decode(g.value(), "session", sid)?;
                dates.push((sid, s.date, session_minutes(&s), s));
            }
        }
        // Registrations come in participant order, so `counted` is sorted.
        counted.clear();
        for row in registrations.range((eid, 0)..=(eid, u64::MAX))? {
            let (k, v) = row?;
            let key = k.value();
            let reg: Registration = decode(v.value(), "registration", key)?;
            if reg.counts() {
                counted.push(key.1);
            }
        }
        attended.clear();
        for (sid, date, minutes, session) in &dates {
            for row in marks.range((*sid, 0)..=(*sid, u64::MAX))? {
                let (k, v) = row?;
                let key = k.value();
                let status: MarkStatus = decode_view(v.value(), "mark", key)?;
                if status.attended() && counted.binary_search(&key.1).is_ok() {
                    // Only a left-early mark can count for less than the whole session: the
                    // whole mark is read for those alone.
                    let minutes = if status == MarkStatus::LeftEarly {
                        let m: Mark = decode(v.value(), "mark", key)?;
                        attended_minutes(session, status, m.left_at)
                    } else {
                        *minutes
                    };
                    attended.push((key.1, *date, minutes));
                }
            }
        }
        let total = attended.len() as u64;
        let person_minutes = attended.iter().map(|a| a.2).sum();
        attended.sort_unstable();
        let needed = sessions_needed(dates.len() as u64, e.threshold_permille);
        let mut people: Vec<(Id, bool)> = Vec::new();
        for chunk in attended.chunk_by(|a, b| a.0 == b.0) {
            people.push((chunk[0].0, chunk.len() as u64 >= needed));
        }
        attended.dedup_by_key(|a| (a.0, a.1));
        let person_days = attended.len() as u64;
        let rate = pct(total, dates.len() as u64 * counted.len() as u64);
        per_event.push(PerEvent {
            event: e,
            rate,
            person_days,
            training_minutes: dates.iter().map(|d| d.2).sum(),
            person_minutes,
            people,
        });
    }

    // Everyone who attended anything, read once: by a walk over the table when they are
    // many, by lookups when they are few.
    let mut everyone: Vec<Id> = per_event
        .iter()
        .flat_map(|x| x.people.iter().map(|p| p.0))
        .collect();
    everyone.sort_unstable();
    everyone.dedup();
    let participants = r.table(PARTICIPANTS)?;
    let mut info: HashMap<Id, Head> = HashMap::with_capacity(everyone.len());
    let mut keep = |id: Id, bytes: &[u8]| -> Result<()> {
        let h: ParticipantHead = decode_view(bytes, "participant", id)?;
        info.insert(
            id,
            Head {
                organisation: h.organisation,
                gender: h.gender,
                country: h.country.to_string(),
                birth_year: h.birth_year,
                disability: h.disability,
            },
        );
        Ok(())
    };
    if let (Some(&first), Some(&last)) = (everyone.first(), everyone.last()) {
        if everyone.len() as u64 * 8 >= participants.len()? {
            let mut want = everyone.iter().copied().peekable();
            for row in participants.range(first..=last)? {
                let (k, v) = row?;
                let id = k.value();
                while want.next_if(|w| *w < id).is_some() {}
                if want.peek() == Some(&id) {
                    keep(id, v.value())?;
                }
            }
        } else {
            for &id in &everyone {
                if let Some(g) = participants.get(id)? {
                    keep(id, g.value())?;
                }
            }
        }
    }
    // The kind of each organisation someone who attended belongs to, read once.
    let mut kinds: HashMap<Id, Option<OrgKind>> = HashMap::new();
    for h in info.values() {
        if let Some(o) = h.organisation
            && !kinds.contains_key(&o)
        {
            kinds.insert(o, r.organisation(o)?.map(|x| x.kind));
        }
    }
    let unknown = Head {
        organisation: None,
        gender: Gender::Undisclosed,
        country: String::new(),
        birth_year: None,
        disability: Disability::Undisclosed,
    };
    let events: Vec<ReportEvent> = per_event
        .into_iter()
        .map(|x| ReportEvent {
            attendees: x
                .people
                .into_iter()
                .map(|(p, eligible)| {
                    let i = info.get(&p).unwrap_or(&unknown);
                    ReportAttendee {
                        id: p,
                        organisation: i.organisation,
                        org_kind: i
                            .organisation
                            .and_then(|o| kinds.get(&o).copied().flatten()),
                        gender: i.gender,
                        country: i.country.clone(),
                        birth_year: i.birth_year,
                        disability: i.disability,
                        eligible,
                    }
                })
                .collect(),
            code: x.event.code,
            title: x.event.title,
            kind: x.event.kind.word().to_string(),
            mode: x.event.mode,
            year: x.event.start.year(),
            average_rate: x.rate,
            person_days: x.person_days,
            training_minutes: x.training_minutes,
            person_minutes: x.person_minutes,
        })
        .collect();
    Ok(summary::report(from, to, project, &events, bands))
}

#[cfg(test)]
mod tests {
    use crate::backend::local::LocalBackend;
    use crate::core::{Backend, Command, Queries};
    use crate::domain::Participant;

    /// The list rows say what the whole records say, forgotten ones included.
    #[test]
    fn participant_rows_agree_with_the_records() {
        let d = tempfile::tempdir().expect("tempdir");
        let mut b = LocalBackend::open(&d.path().join("t.redb")).expect("open");
        for (name, email, notes) in [
            ("Arta Krasniqi", "arta@example.org", "vegan"),
            ("Đorđe Petrović", "", ""),
            ("Şahin Ay", "sahin@example.org", "x"),
        ] {
            let p = Participant {
                name: name.into(),
                email: email.into(),
                phone: "+383 44 000 000".into(),
                notes: notes.into(),
                ..Participant::default()
            };
            b.execute(Command::CreateParticipant(p)).expect("create");
        }
        let whole = b.participants().expect("records");
        let id = whole[1].0;
        b.execute(Command::Forget { participant: id })
            .expect("forget");
        let whole = b.participants().expect("records");
        let rows = b.participant_rows().expect("rows");
        assert_eq!(rows.len(), 3);
        assert_eq!(b.count_participants().expect("count"), 3);
        // Read one at a time straight from the table: the same rows.
        let mut each = Vec::new();
        Backend::each_participant_row(&mut b, &mut |r| each.push(r)).expect("each");
        assert_eq!(each, rows);
        for (r, (id, p)) in rows.iter().zip(&whole) {
            assert_eq!(
                (
                    r.id,
                    r.name.as_str(),
                    r.email.as_str(),
                    r.organisation,
                    r.forgotten
                ),
                (
                    *id,
                    p.name.as_str(),
                    p.email.as_str(),
                    p.organisation,
                    p.forgotten
                )
            );
        }
        assert!(rows.iter().any(|r| r.forgotten));
    }
}
