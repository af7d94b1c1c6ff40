//! The write helpers beneath both commands (`apply.rs`) and imports (`import.rs`): who acts,
//! the validation and normalisation of every record, and the shared writes (organisations
//! found or created, generated sessions, marks). One shape for every door's data.

use super::MarkInput;
use super::error::{Error, Result};
use crate::domain::*;
use crate::i18n::Locale;
use crate::store::tx::{Reader, Writer};
use crate::t;
use crate::text;

/// Who is acting, and when.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub who: String,
    /// Unix seconds.
    pub at: i64,
}

/// A mark status (or none) in words; `gender` picks the form where the language has one.
pub fn status_label(status: Option<MarkStatus>, gender: Gender) -> String {
    t!(
        "core-status",
        status = status.map_or("unmarked", MarkStatus::word),
        gender = gender.word()
    )
}

pub(crate) fn invalid(field: Field, e: impl std::fmt::Display) -> Error {
    Error::invalid_field(
        field,
        t!(
            "core-field-problem",
            field = field.label(),
            problem = e.to_string()
        ),
    )
}

pub(crate) fn line(field: Field, s: &str) -> Result<()> {
    text::check_line(s).map_err(|e| invalid(field, e))
}

pub(crate) fn required(field: Field, s: &str) -> Result<()> {
    if s.trim().is_empty() {
        return Err(Error::invalid_field(
            field,
            t!("core-field-empty", field = field.label()),
        ));
    }
    line(field, s)
}

/// Checks an email loosely: one `@`, something on both sides, a dot in the domain, no spaces.
pub fn valid_email(s: &str) -> bool {
    let Some((user, domain)) = s.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !s.chars().any(char::is_whitespace)
}

pub fn validate_event(e: &Event) -> Result<()> {
    required(Field::Code, &e.code)?;
    if e.code.chars().any(char::is_whitespace) {
        return Err(Error::invalid_field(Field::Code, t!("core-code-spaces")));
    }
    required(Field::Title, &e.title)?;
    for (f, v) in [
        (Field::City, &e.city),
        (Field::Country, &e.country),
        (Field::Venue, &e.venue),
        (Field::Project, &e.project),
        (Field::Trainers, &e.trainers),
    ] {
        line(f, v)?;
    }
    text::check_multiline(&e.notes).map_err(|x| invalid(Field::Notes, x))?;
    if e.end < e.start {
        return Err(Error::invalid_field(
            Field::EndDate,
            t!(
                "core-end-before-start",
                end = Locale::current().date(e.end),
                start = Locale::current().date(e.start)
            ),
        ));
    }
    if e.threshold_permille > 1000 {
        return Err(Error::invalid_field(
            Field::Threshold,
            t!("core-threshold-range"),
        ));
    }
    Ok(())
}

pub fn validate_session(s: &Session) -> Result<()> {
    line(Field::Title, &s.title)?;
    if s.end <= s.start {
        return Err(Error::invalid_field(
            Field::End,
            t!(
                "core-session-ends-before",
                end = hhmm(s.end),
                start = hhmm(s.start)
            ),
        ));
    }
    Ok(())
}

pub fn validate_organisation(o: &Organisation) -> Result<()> {
    required(Field::OrganisationName, &o.name)?;
    for (f, v) in [
        (Field::Acronym, &o.acronym),
        (Field::City, &o.city),
        (Field::Country, &o.country),
    ] {
        line(f, v)?;
    }
    Ok(())
}

pub fn validate_participant(p: &Participant) -> Result<()> {
    required(Field::Name, &p.name)?;
    for (f, v) in [
        (Field::Email, &p.email),
        (Field::Phone, &p.phone),
        (Field::Position, &p.position),
        (Field::City, &p.city),
        (Field::Country, &p.country),
    ] {
        line(f, v)?;
    }
    if !p.email.is_empty() && !valid_email(&p.email) {
        return Err(Error::invalid_field(
            Field::Email,
            t!("core-email-invalid", value = format!("{:?}", p.email)),
        ));
    }
    text::check_multiline(&p.notes).map_err(|x| invalid(Field::Notes, x))?;
    if let Some(y) = p.birth_year
        && !BIRTH_YEARS.contains(&y)
    {
        return Err(Error::invalid_field(
            Field::BirthYear,
            t!("core-birth-year-invalid", value = y),
        ));
    }
    Ok(())
}

pub fn validate_followup(f: &FollowUp) -> Result<()> {
    required(Field::Title, &f.title)?;
    line(Field::Owner, &f.owner)?;
    text::check_multiline(&f.notes).map_err(|x| invalid(Field::Notes, x))?;
    Ok(())
}

/// One-line fields as every door writes them (see `text::collapse_whitespace`): a form, the
/// CLI, an import and a raw client of the server store the same text for the same input.
pub(crate) fn one_line(fields: &mut [&mut String]) {
    for f in fields {
        if !crate::text::is_collapsed(f) {
            **f = crate::text::collapse_whitespace(f);
        }
    }
}

pub(crate) fn normalize_participant(mut p: Participant) -> Participant {
    let Participant {
        name,
        phone,
        position,
        city,
        country,
        ..
    } = &mut p;
    one_line(&mut [name, phone, position, city, country]);
    p.email = crate::text::email_key(&p.email);
    p
}

pub(crate) fn normalize_event(mut e: Event) -> Event {
    let Event {
        code,
        title,
        city,
        country,
        venue,
        project,
        ..
    } = &mut e;
    one_line(&mut [code, title, city, country, venue, project]);
    e
}

pub(crate) fn normalize_organisation(mut o: Organisation) -> Organisation {
    let Organisation {
        name,
        acronym,
        city,
        country,
        ..
    } = &mut o;
    one_line(&mut [name, acronym, city, country]);
    o
}

/// `what` is one of event, session, organisation, participant, follow-up.
pub(crate) fn exists<T>(v: Option<T>, what: &str, id: Id) -> Result<T> {
    v.ok_or_else(|| Error::NotFound(t!("core-no-record", kind = what, id = id)))
}

pub(crate) fn check_org(w: &Writer, org: Option<Id>) -> Result<()> {
    if let Some(o) = org {
        exists(w.txn.organisation(o)?, "organisation", o)?;
    }
    Ok(())
}

pub(crate) fn check_followup_refs(w: &Writer, f: &FollowUp) -> Result<()> {
    exists(w.txn.event(f.event)?, "event", f.event)?;
    if let Some(p) = f.participant {
        exists(w.txn.participant(p)?, "participant", p)?;
    }
    check_org(w, f.organisation)
}

/// Finds an organisation by folded name, or creates it.
pub fn find_or_create_org(w: &mut Writer, name: &str) -> Result<Id> {
    if let Some(id) = w.txn.organisation_by_name(name)? {
        return Ok(id);
    }
    let o = Organisation {
        name: name.trim().to_string(),
        acronym: String::new(),
        kind: OrgKind::Cso,
        city: String::new(),
        country: String::new(),
    };
    validate_organisation(&o)?;
    let id = w.next_id()?;
    w.put(RecordKey::Organisation(id), Some(Record::Organisation(o)))?;
    Ok(id)
}

/// An event with no sessions given gets one per day, 09:00–17:00.
pub(crate) fn default_sessions(w: &mut Writer, event: Id, e: &Event) -> Result<()> {
    for s in default_session_list(event, e) {
        let id = w.next_id()?;
        w.put(RecordKey::Session(id), Some(Record::Session(s)))?;
    }
    Ok(())
}

/// The sessions [`default_sessions`] makes for an event (at most 60 days).
pub(crate) fn default_session_list(event: Id, e: &Event) -> Vec<Session> {
    let mut out = Vec::new();
    let mut d = e.start;
    while d <= e.end && out.len() < 60 {
        out.push(Session {
            event,
            date: d,
            start: time::macros::time!(09:00),
            end: time::macros::time!(17:00),
            title: format!("Day {}", out.len() + 1),
        });
        match d.next_day() {
            Some(x) => d = x,
            None => break,
        }
    }
    out
}

/// True when `sessions` (in time order) are exactly the defaults creation made for `e`, so
/// a sessions file may replace them.
pub(crate) fn is_default_sessions(e: &Event, sessions: &[(Id, Session)]) -> bool {
    let Some((_, first)) = sessions.first() else {
        return false;
    };
    let want = default_session_list(first.event, e);
    want.len() == sessions.len() && want.iter().zip(sessions).all(|(a, (_, b))| a == b)
}

pub(crate) fn delete_session(w: &mut Writer, sid: Id) -> Result<()> {
    for (pid, _) in w.txn.marks_of_session(sid)? {
        w.put(RecordKey::Mark(sid, pid), None)?;
    }
    w.put(RecordKey::Session(sid), None)
}

pub(crate) fn delete_participant(w: &mut Writer, pid: Id) -> Result<()> {
    for e in w.txn.events_of_participant(pid)? {
        w.put(RecordKey::Registration(e, pid), None)?;
    }
    for s in w.txn.sessions_of_participant(pid)? {
        w.put(RecordKey::Mark(s, pid), None)?;
    }
    for (fid, f) in w.txn.all_followups()? {
        if f.participant == Some(pid) {
            w.put(RecordKey::FollowUp(fid), None)?;
        }
    }
    w.put(RecordKey::Participant(pid), None)
}

pub(crate) fn set_mark(
    w: &mut Writer,
    session: Id,
    participant: Id,
    mark: Option<&MarkInput>,
    expect: Option<Option<MarkStatus>>,
    ctx: &Ctx,
) -> Result<String> {
    let s = exists(w.txn.session(session)?, "session", session)?;
    let p = exists(w.txn.participant(participant)?, "participant", participant)?;
    let current = w.txn.mark(session, participant)?;
    if let Some(seen) = expect {
        let now = current.as_ref().map(|m| m.status);
        if now != seen {
            let status = status_label(now, p.gender);
            return Err(Error::Conflict(match &current {
                Some(m) => t!(
                    "core-mark-conflict",
                    name = p.name.as_str(),
                    status = status,
                    by = m.by.as_str()
                ),
                None => t!(
                    "core-mark-conflict-cleared",
                    name = p.name.as_str(),
                    status = status
                ),
            }));
        }
    }
    let new = match mark {
        Some(m) => {
            text::check_multiline(&m.reason).map_err(|e| invalid(Field::Reason, e))?;
            Some(Mark {
                status: m.status,
                arrived_at: if m.status == MarkStatus::Late {
                    m.arrived_at
                } else {
                    None
                },
                reason: m.reason.clone(),
                by: ctx.who.clone(),
                at: ctx.at,
                left_at: None,
            })
        }
        None => None,
    };
    if let (Some(n), Some(c)) = (&new, &current)
        && n.status == c.status
        && n.arrived_at == c.arrived_at
        && n.reason == c.reason
    {
        return Ok(t!(
            "core-mark-unchanged",
            name = p.name.as_str(),
            status = status_label(Some(n.status), p.gender)
        ));
    }
    if new.is_some() && w.txn.registration(s.event, participant)?.is_none() {
        w.put(
            RecordKey::Registration(s.event, participant),
            Some(Record::Registration(Registration {
                role: Role::Participant,
                source: Source::WalkIn,
                status: RegStatus::Registered,
            })),
        )?;
    }
    w.put(
        RecordKey::Mark(session, participant),
        new.clone().map(Record::Mark),
    )?;
    Ok(match new {
        Some(m) => t!(
            "core-marked",
            name = p.name.as_str(),
            status = status_label(Some(m.status), p.gender)
        ),
        None => t!("core-mark-cleared", name = p.name.as_str()),
    })
}
