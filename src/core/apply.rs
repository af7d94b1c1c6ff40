//! Validation and application of commands inside one write transaction. Every write goes
//! through [`Writer::put`], which records the change for the audit entry.

use std::collections::HashSet;

use super::error::{Error, Result};
use super::write::*;
use super::{Command, MarkInput, Outcome, WalkInPerson};
use crate::domain::summary::sessions_needed;
use crate::domain::*;
use crate::i18n::Locale;
use crate::store::codec::digest;
use crate::store::tx::{Reader, Writer};
use crate::t;
use crate::text;
use time::Time;

/// Applies one command. On error the caller aborts the transaction: nothing is written.
pub fn apply(w: &mut Writer, cmd: &Command, ctx: &Ctx) -> Result<Outcome> {
    let mut out = Outcome::default();
    match cmd {
        Command::CreateEvent(e) => {
            let e = normalize_event(e.clone());
            validate_event(&e)?;
            let id = w.next_id()?;
            out.what = t!("core-created-event", code = e.code.as_str());
            w.put(RecordKey::Event(id), Some(Record::Event(e.clone())))?;
            default_sessions(w, id, &e)?;
            out.created = Some(id);
        }
        Command::UpdateEvent { id, event } => {
            let e = normalize_event(event.clone());
            validate_event(&e)?;
            exists(w.txn.event(*id)?, "event", *id)?;
            out.what = t!("core-edited-event", code = e.code.as_str());
            w.put(RecordKey::Event(*id), Some(Record::Event(e)))?;
        }
        Command::DeleteEvent { id } => {
            let e = exists(w.txn.event(*id)?, "event", *id)?;
            for (sid, _) in w.txn.sessions_of(*id)? {
                delete_session(w, sid)?;
            }
            for (pid, _) in w.txn.registrations_of(*id)? {
                w.put(RecordKey::Registration(*id, pid), None)?;
            }
            for (fid, _) in w.txn.followups_of(*id)? {
                w.put(RecordKey::FollowUp(fid), None)?;
            }
            w.put(RecordKey::Event(*id), None)?;
            out.what = t!("core-deleted-event", code = e.code.as_str());
        }
        Command::CreateSession(s) => {
            validate_session(s)?;
            let e = exists(w.txn.event(s.event)?, "event", s.event)?;
            let id = w.next_id()?;
            w.put(RecordKey::Session(id), Some(Record::Session(s.clone())))?;
            out.created = Some(id);
            out.what = t!(
                "core-added-session",
                code = e.code.as_str(),
                date = Locale::current().date(s.date)
            );
        }
        Command::UpdateSession { id, session } => {
            validate_session(session)?;
            exists(w.txn.session(*id)?, "session", *id)?;
            exists(w.txn.event(session.event)?, "event", session.event)?;
            w.put(
                RecordKey::Session(*id),
                Some(Record::Session(session.clone())),
            )?;
            out.what = t!(
                "core-edited-session",
                date = Locale::current().date(session.date)
            );
        }
        Command::DeleteSession { id } => {
            let s = exists(w.txn.session(*id)?, "session", *id)?;
            delete_session(w, *id)?;
            out.what = t!(
                "core-deleted-session",
                date = Locale::current().date(s.date)
            );
        }
        Command::CreateOrganisation(o) => {
            let o = normalize_organisation(o.clone());
            validate_organisation(&o)?;
            let id = w.next_id()?;
            out.what = t!("core-created-organisation", name = o.name.as_str());
            w.put(RecordKey::Organisation(id), Some(Record::Organisation(o)))?;
            out.created = Some(id);
        }
        Command::UpdateOrganisation { id, organisation } => {
            let organisation = normalize_organisation(organisation.clone());
            validate_organisation(&organisation)?;
            exists(w.txn.organisation(*id)?, "organisation", *id)?;
            out.what = t!(
                "core-edited-organisation",
                name = organisation.name.as_str()
            );
            w.put(
                RecordKey::Organisation(*id),
                Some(Record::Organisation(organisation)),
            )?;
        }
        Command::DeleteOrganisation { id } => {
            let o = exists(w.txn.organisation(*id)?, "organisation", *id)?;
            for (pid, mut p) in w.txn.all_participants()? {
                if p.organisation == Some(*id) {
                    p.organisation = None;
                    w.put(RecordKey::Participant(pid), Some(Record::Participant(p)))?;
                }
            }
            for (fid, mut f) in w.txn.all_followups()? {
                if f.organisation == Some(*id) {
                    f.organisation = None;
                    w.put(RecordKey::FollowUp(fid), Some(Record::FollowUp(f)))?;
                }
            }
            w.put(RecordKey::Organisation(*id), None)?;
            out.what = t!("core-deleted-organisation", name = o.name.as_str());
        }
        Command::CreateParticipant(p) => {
            let p = normalize_participant(p.clone());
            validate_participant(&p)?;
            check_org(w, p.organisation)?;
            let id = w.next_id()?;
            out.what = t!("core-created-participant", name = p.name.as_str());
            w.put(RecordKey::Participant(id), Some(Record::Participant(p)))?;
            out.created = Some(id);
        }
        Command::UpdateParticipant { id, participant } => {
            let p = normalize_participant(participant.clone());
            validate_participant(&p)?;
            check_org(w, p.organisation)?;
            exists(w.txn.participant(*id)?, "participant", *id)?;
            out.what = t!("core-edited-participant", name = p.name.as_str());
            w.put(RecordKey::Participant(*id), Some(Record::Participant(p)))?;
        }
        Command::DeleteParticipant { id } => {
            let p = exists(w.txn.participant(*id)?, "participant", *id)?;
            delete_participant(w, *id)?;
            out.what = t!("core-deleted-participant", name = p.name.as_str());
        }
        Command::SetRegistration {
            event,
            participant,
            registration,
        } => {
            let e = exists(w.txn.event(*event)?, "event", *event)?;
            let p = exists(
                w.txn.participant(*participant)?,
                "participant",
                *participant,
            )?;
            w.put(
                RecordKey::Registration(*event, *participant),
                registration.clone().map(Record::Registration),
            )?;
            out.what = match registration {
                Some(r) => t!(
                    "core-registered",
                    name = p.name.as_str(),
                    code = e.code.as_str(),
                    role = r.role.word()
                ),
                None => t!(
                    "core-unregistered",
                    name = p.name.as_str(),
                    code = e.code.as_str()
                ),
            };
        }
        Command::SetMark {
            session,
            participant,
            mark,
            expect,
        } => {
            out.what = set_mark(w, *session, *participant, mark.as_ref(), *expect, ctx)?;
        }
        Command::MarkMany {
            session,
            participants,
            status,
            only_unmarked,
            expect,
        } => {
            let s = exists(w.txn.session(*session)?, "session", *session)?;
            if !expect.is_empty() && expect.len() != participants.len() {
                return Err(Error::invalid(t!("core-mark-many-expect")));
            }
            let ids: Vec<Id> = if participants.is_empty() {
                w.txn
                    .registrations_of(s.event)?
                    .into_iter()
                    .filter(|(_, r)| r.counts())
                    .map(|(p, _)| p)
                    .collect()
            } else {
                participants.clone()
            };
            let mut n = 0;
            for (i, pid) in ids.into_iter().enumerate() {
                if *only_unmarked && w.txn.mark(*session, pid)?.is_some() {
                    continue;
                }
                let input = MarkInput {
                    status: *status,
                    arrived_at: None,
                    reason: String::new(),
                };
                // A conflict on anyone aborts the whole transaction: all or nothing.
                set_mark(w, *session, pid, Some(&input), expect.get(i).copied(), ctx)?;
                n += 1;
            }
            out.what = t!("core-marked-many", count = n, status = status.word());
        }
        Command::WalkIn {
            event,
            session,
            person,
        } => {
            let e = exists(w.txn.event(*event)?, "event", *event)?;
            let (pid, name) = match person {
                WalkInPerson::Existing(id) => {
                    let p = exists(w.txn.participant(*id)?, "participant", *id)?;
                    (*id, p.name)
                }
                WalkInPerson::New {
                    participant,
                    organisation,
                } => {
                    let mut p = normalize_participant(participant.clone());
                    validate_participant(&p)?;
                    if !organisation.trim().is_empty() {
                        p.organisation = Some(find_or_create_org(w, organisation)?);
                    }
                    if !p.email.is_empty()
                        && let Some(existing) = w.txn.participant_by_email(&p.email)?
                    {
                        let name = w
                            .txn
                            .participant(existing)?
                            .map(|x| x.name)
                            .unwrap_or_default();
                        (existing, name)
                    } else {
                        let id = w.next_id()?;
                        let name = p.name.clone();
                        w.put(RecordKey::Participant(id), Some(Record::Participant(p)))?;
                        out.created = Some(id);
                        (id, name)
                    }
                }
            };
            let reg = w.txn.registration(*event, pid)?;
            let mut r = reg.clone().unwrap_or(Registration {
                role: Role::Participant,
                source: Source::WalkIn,
                status: RegStatus::Registered,
            });
            if r.status == RegStatus::Cancelled {
                r.status = RegStatus::Registered;
            }
            w.put(
                RecordKey::Registration(*event, pid),
                Some(Record::Registration(r)),
            )?;
            if let Some(sid) = session {
                let input = MarkInput {
                    status: MarkStatus::Present,
                    arrived_at: None,
                    reason: String::new(),
                };
                set_mark(w, *sid, pid, Some(&input), None, ctx)?;
            }
            out.what = t!("core-walk-in", name = name.as_str(), code = e.code.as_str());
            out.created = out.created.or(Some(pid));
        }
        Command::CreateFollowUp(f) => {
            validate_followup(f)?;
            check_followup_refs(w, f)?;
            let id = w.next_id()?;
            out.what = t!("core-added-followup", title = f.title.as_str());
            w.put(RecordKey::FollowUp(id), Some(Record::FollowUp(f.clone())))?;
            out.created = Some(id);
        }
        Command::UpdateFollowUp { id, followup } => {
            validate_followup(followup)?;
            check_followup_refs(w, followup)?;
            exists(w.txn.followup(*id)?, "follow-up", *id)?;
            out.what = t!("core-edited-followup", title = followup.title.as_str());
            w.put(
                RecordKey::FollowUp(*id),
                Some(Record::FollowUp(followup.clone())),
            )?;
        }
        Command::DeleteFollowUp { id } => {
            let f = exists(w.txn.followup(*id)?, "follow-up", *id)?;
            w.put(RecordKey::FollowUp(*id), None)?;
            out.what = t!("core-deleted-followup", title = f.title.as_str());
        }
        Command::Merge { keep, remove } => {
            out.what = merge(w, *keep, *remove)?;
        }
        Command::Undo { entry } => {
            out.what = undo(w, *entry)?;
        }
        Command::Forget { participant } => {
            out.what = forget(w, *participant)?;
        }
        // The rewrite is the backend's (it replaces the file): no record changes here.
        Command::FinishForget => {}
        Command::CloseEvent {
            event, owner, due, ..
        } => {
            let (what, closing) = close_event(w, *event, owner, *due)?;
            out.what = what;
            out.closing = Some(closing);
        }
        Command::IssueCertificates { event, .. } => {
            let (what, issued) = issue_certificates(w, *event, ctx)?;
            out.what = what;
            out.issued = Some(issued);
        }
        Command::SaveParticipant {
            id,
            participant,
            new_organisation,
            register_at,
        } => {
            let mut p = participant.clone();
            let mut words = Vec::new();
            if let Some(o) = new_organisation {
                let oid = match w.txn.organisation_by_name(&o.name)? {
                    Some(oid) => oid,
                    None => {
                        let made = apply(w, &Command::CreateOrganisation(o.clone()), ctx)?;
                        words.push(made.what);
                        made.created.ok_or_else(|| {
                            Error::invalid(t!("core-no-record", kind = "organisation", id = 0))
                        })?
                    }
                };
                p.organisation = Some(oid);
            }
            let saved = apply(
                w,
                &match id {
                    Some(id) => Command::UpdateParticipant {
                        id: *id,
                        participant: p,
                    },
                    None => Command::CreateParticipant(p),
                },
                ctx,
            )?;
            words.insert(0, saved.what);
            if let (Some(eid), Some(pid)) = (register_at, saved.created)
                && w.txn.registration(*eid, pid)?.is_none()
            {
                let reg = Command::SetRegistration {
                    event: *eid,
                    participant: pid,
                    registration: Some(Registration::default()),
                };
                words.push(apply(w, &reg, ctx)?.what);
            }
            out.what = words.join("; ");
            out.created = saved.created;
        }
        Command::Import {
            kind,
            rows,
            event,
            dry_run,
            ..
        } => {
            let report = super::import::import(w, *kind, rows, event.as_deref(), *dry_run, ctx)?;
            out.what = t!(
                "core-imported",
                kind = kind.word(),
                created = report.created,
                updated = report.updated,
                unchanged = report.unchanged,
                rejected = report.rejected.len()
            );
            out.import = Some(report);
        }
        Command::CheckOut {
            session,
            participant,
            at,
            grace_minutes,
        } => {
            out.what = check_out(w, *session, *participant, *at, *grace_minutes, ctx)?;
        }
        Command::SelfCheckIn {
            session,
            participant,
        } => {
            out.what = self_check_in(w, *session, *participant, ctx)?;
        }
    }
    Ok(out)
}

/// See [`Command::CheckOut`].
fn check_out(
    w: &mut Writer,
    session: Id,
    participant: Id,
    at: Time,
    grace_minutes: u16,
    ctx: &Ctx,
) -> Result<String> {
    let s = exists(w.txn.session(session)?, "session", session)?;
    let p = exists(w.txn.participant(participant)?, "participant", participant)?;
    let current = w.txn.mark(session, participant)?;
    let Some(current) = current.filter(|m| m.status.attended()) else {
        return Err(Error::invalid(t!(
            "core-check-out-not-in",
            name = p.name.as_str()
        )));
    };
    if let Some(left) = current.left_at {
        return Ok(t!(
            "core-check-out-already",
            name = p.name.as_str(),
            time = hhmm(left)
        ));
    }
    // The grace is counted back from the session's end; a grace longer than the session
    // reaches back to its start at most.
    let grace = time::Duration::minutes(i64::from(grace_minutes));
    let cutoff = if grace >= s.end - s.start {
        s.start
    } else {
        s.end - grace
    };
    let early = at < cutoff;
    let status = if early {
        MarkStatus::LeftEarly
    } else {
        current.status
    };
    let new = Mark {
        status,
        left_at: Some(at),
        by: ctx.who.clone(),
        at: ctx.at,
        ..current
    };
    w.put(
        RecordKey::Mark(session, participant),
        Some(Record::Mark(new)),
    )?;
    Ok(if early {
        t!(
            "core-checked-out-early",
            name = p.name.as_str(),
            time = hhmm(at)
        )
    } else {
        t!("core-checked-out", name = p.name.as_str(), time = hhmm(at))
    })
}

/// See [`Command::SelfCheckIn`].
fn self_check_in(w: &mut Writer, session: Id, participant: Id, ctx: &Ctx) -> Result<String> {
    let s = exists(w.txn.session(session)?, "session", session)?;
    let p = exists(w.txn.participant(participant)?, "participant", participant)?;
    let registered = w
        .txn
        .registration(s.event, participant)?
        .is_some_and(|r| r.status != RegStatus::Cancelled);
    if !registered || p.forgotten {
        return Err(Error::invalid(t!("core-self-check-in-not-registered")));
    }
    if let Some(m) = w.txn.mark(session, participant)?
        && m.status.attended()
    {
        return Ok(t!(
            "core-mark-unchanged",
            name = p.name.as_str(),
            status = status_label(Some(m.status), p.gender)
        ));
    }
    let new = Mark {
        status: MarkStatus::Present,
        arrived_at: None,
        reason: String::new(),
        by: ctx.who.clone(),
        at: ctx.at,
        left_at: None,
    };
    w.put(
        RecordKey::Mark(session, participant),
        Some(Record::Mark(new)),
    )?;
    Ok(t!("core-self-checked-in", name = p.name.as_str()))
}

fn merge(w: &mut Writer, keep: Id, remove: Id) -> Result<String> {
    if keep == remove {
        return Err(Error::invalid(t!("core-merge-self")));
    }
    let mut k = exists(w.txn.participant(keep)?, "participant", keep)?;
    let r = exists(w.txn.participant(remove)?, "participant", remove)?;
    for e in w.txn.events_of_participant(remove)? {
        let reg = w.txn.registration(e, remove)?;
        if w.txn.registration(e, keep)?.is_none() {
            w.put(
                RecordKey::Registration(e, keep),
                reg.map(Record::Registration),
            )?;
        }
        w.put(RecordKey::Registration(e, remove), None)?;
    }
    for s in w.txn.sessions_of_participant(remove)? {
        let m = w.txn.mark(s, remove)?;
        if w.txn.mark(s, keep)?.is_none() {
            w.put(RecordKey::Mark(s, keep), m.map(Record::Mark))?;
        }
        w.put(RecordKey::Mark(s, remove), None)?;
    }
    for (fid, mut f) in w.txn.all_followups()? {
        if f.participant == Some(remove) {
            f.participant = Some(keep);
            w.put(RecordKey::FollowUp(fid), Some(Record::FollowUp(f)))?;
        }
    }
    w.put(RecordKey::Participant(remove), None)?;
    // Fill what the kept record lacks from the removed one.
    for (mine, theirs) in [
        (&mut k.email, &r.email),
        (&mut k.phone, &r.phone),
        (&mut k.position, &r.position),
        (&mut k.city, &r.city),
        (&mut k.country, &r.country),
    ] {
        if mine.is_empty() {
            mine.clone_from(theirs);
        }
    }
    if k.gender == Gender::Undisclosed {
        k.gender = r.gender;
    }
    if k.organisation.is_none() {
        k.organisation = r.organisation;
    }
    let name = k.name.clone();
    w.put(RecordKey::Participant(keep), Some(Record::Participant(k)))?;
    Ok(t!("core-merged", removed = r.name.as_str(), kept = name))
}

fn undo(w: &mut Writer, entry: Id) -> Result<String> {
    let e = w
        .txn
        .audit_entry(entry)?
        .ok_or_else(|| Error::NotFound(t!("core-no-change", number = entry)))?;
    if e.changes.is_empty() {
        return Err(Error::invalid(t!("core-cannot-undo")));
    }
    refuse_forgotten(w, &e)?;
    refuse_dependents(w, &e)?;
    for c in e.changes.iter().rev() {
        let now = w.txn.record(c.key)?;
        let unchanged = match (&c.after, &now) {
            (After::Gone, now) => now.is_none(),
            (After::Image(r), Some(now)) => r == now,
            (After::Created(d), Some(now)) => digest(now) == *d,
            (_, None) => false,
        };
        if !unchanged {
            return Err(Error::Conflict(t!(
                "core-undo-conflict",
                what = e.what.as_str()
            )));
        }
        w.put(c.key, c.before.clone())?;
    }
    Ok(match e.undoes {
        Some(_) => t!("core-redid", what = undone_what(&e.what)),
        None => t!("core-undid", what = e.what.as_str()),
    })
}

/// Forgetting is final: an undo must not write back images of a person who has been
/// forgotten since (their record, registrations, marks or follow-ups), whatever is left in
/// those images.
fn refuse_forgotten(w: &Writer, e: &AuditEntry) -> Result<()> {
    for c in &e.changes {
        let mut people = match c.key {
            RecordKey::Participant(p) | RecordKey::Registration(_, p) | RecordKey::Mark(_, p) => {
                vec![p]
            }
            _ => Vec::new(),
        };
        // A follow-up the change created is in the entry as a digest: its participant is
        // read from the record (which undo removes only while it is unchanged).
        let created = match (&c.after, c.key) {
            (After::Created(_), RecordKey::FollowUp(_)) => w.txn.record(c.key)?,
            _ => None,
        };
        for img in [c.before.as_ref(), c.after.image(), created.as_ref()]
            .into_iter()
            .flatten()
        {
            if let Record::FollowUp(f) = img
                && let Some(p) = f.participant
            {
                people.push(p);
            }
        }
        for p in people {
            if w.txn.participant(p)?.is_some_and(|x| x.forgotten) {
                return Err(Error::invalid(t!(
                    "core-undo-forgotten",
                    what = e.what.as_str(),
                    name = forgotten_name(p)
                )));
            }
        }
    }
    Ok(())
}

/// An undo that removes a record (one the change created) is refused while records made
/// since refer to it — a colleague's mark for a person being un-created, a session of an
/// event — and the message names them; otherwise they would point at nothing.
fn refuse_dependents(w: &Writer, e: &AuditEntry) -> Result<()> {
    let removed: HashSet<RecordKey> = e
        .changes
        .iter()
        .filter(|c| c.before.is_none() && c.after.is_some())
        .map(|c| c.key)
        .collect();
    let mut names = Vec::new();
    let mut count = 0usize;
    for key in &removed {
        for (dep, name) in dependents(w, *key)? {
            if removed.contains(&dep) {
                continue;
            }
            count += 1;
            if names.len() < 5 {
                names.push(name);
            }
        }
    }
    if count == 0 {
        return Ok(());
    }
    Err(Error::Conflict(t!(
        "core-undo-dependents",
        what = e.what.as_str(),
        count = count,
        records = names.join("; "),
        more = count - names.len()
    )))
}

/// The records that refer to `key`, each with words that name it.
fn dependents(w: &Writer, key: RecordKey) -> Result<Vec<(RecordKey, String)>> {
    let r = &w.txn;
    let person = |pid: Id| -> Result<String> {
        Ok(r.participant(pid)?
            .map(|p| p.name)
            .unwrap_or_else(|| format!("#{pid}")))
    };
    let event = |eid: Id| -> Result<String> {
        Ok(r.event(eid)?
            .map(|e| e.code)
            .unwrap_or_else(|| format!("#{eid}")))
    };
    let session = |sid: Id| -> Result<String> {
        Ok(match r.session(sid)? {
            Some(s) => format!("{} {}", event(s.event)?, s.date),
            None => format!("#{sid}"),
        })
    };
    let mut out = Vec::new();
    let registration = |eid: Id, pid: Id| -> Result<String> {
        Ok(t!(
            "core-dep-registration",
            name = person(pid)?,
            code = event(eid)?
        ))
    };
    let mark = |sid: Id, pid: Id| -> Result<String> {
        Ok(t!(
            "core-dep-mark",
            name = person(pid)?,
            session = session(sid)?
        ))
    };
    let followup = |f: &FollowUp| t!("core-dep-followup", title = f.title.as_str());
    match key {
        RecordKey::Participant(pid) => {
            for eid in r.events_of_participant(pid)? {
                out.push((RecordKey::Registration(eid, pid), registration(eid, pid)?));
            }
            for sid in r.sessions_of_participant(pid)? {
                out.push((RecordKey::Mark(sid, pid), mark(sid, pid)?));
            }
            for (fid, f) in r.all_followups()? {
                if f.participant == Some(pid) {
                    out.push((RecordKey::FollowUp(fid), followup(&f)));
                }
            }
        }
        RecordKey::Event(eid) => {
            for (sid, _) in r.sessions_of(eid)? {
                out.push((
                    RecordKey::Session(sid),
                    t!("core-dep-session", session = session(sid)?),
                ));
            }
            for (pid, _) in r.registrations_of(eid)? {
                out.push((RecordKey::Registration(eid, pid), registration(eid, pid)?));
            }
            for (fid, f) in r.followups_of(eid)? {
                out.push((RecordKey::FollowUp(fid), followup(&f)));
            }
        }
        RecordKey::Session(sid) => {
            for (pid, _) in r.marks_of_session(sid)? {
                out.push((RecordKey::Mark(sid, pid), mark(sid, pid)?));
            }
        }
        RecordKey::Registration(eid, pid) => {
            for (sid, _) in r.sessions_of(eid)? {
                if r.mark(sid, pid)?.is_some() {
                    out.push((RecordKey::Mark(sid, pid), mark(sid, pid)?));
                }
            }
        }
        RecordKey::Organisation(oid) => {
            for (pid, p) in r.all_participants()? {
                if p.organisation == Some(oid) {
                    out.push((
                        RecordKey::Participant(pid),
                        t!("core-dep-participant", name = p.name.as_str()),
                    ));
                }
            }
            for (fid, f) in r.all_followups()? {
                if f.organisation == Some(oid) {
                    out.push((RecordKey::FollowUp(fid), followup(&f)));
                }
            }
        }
        RecordKey::Mark(..) | RecordKey::FollowUp(_) => {}
    }
    Ok(out)
}

/// The words of the change an undo entry undid. The entry is in the language of whoever
/// undid it, so the "undid: " of every language is taken off.
fn undone_what(what: &str) -> String {
    for code in crate::i18n::available() {
        let prefix = crate::i18n::tr_in(code, "core-undid", &[("what", "".into())]);
        if !prefix.is_empty()
            && let Some(rest) = what.strip_prefix(&prefix)
        {
            return rest.to_string();
        }
    }
    what.to_string()
}

/// The text that replaces a forgotten person's name.
pub fn forgotten_name(id: Id) -> String {
    format!("(forgotten #{id})")
}

fn anonymize(p: &Participant, id: Id) -> Participant {
    Participant {
        name: forgotten_name(id),
        email: String::new(),
        phone: String::new(),
        gender: p.gender,
        organisation: p.organisation,
        position: String::new(),
        city: String::new(),
        country: p.country.clone(),
        consent_photos: false,
        consent_contact: false,
        notes: String::new(),
        forgotten: true,
        // Not personal enough to single anyone out, and the past figures by age band and
        // disability stay as they were.
        birth_year: p.birth_year,
        disability: p.disability,
    }
}

fn forget(w: &mut Writer, pid: Id) -> Result<String> {
    let p = exists(w.txn.participant(pid)?, "participant", pid)?;
    let anon = anonymize(&p, pid);
    let with = forgotten_name(pid);
    let traces = Traces::of(&p);
    // The current record, without a before image: forgetting must not be undoable.
    w.write_raw(
        RecordKey::Participant(pid),
        Some(&Record::Participant(p.clone())),
        Some(&Record::Participant(anon.clone())),
    )?;
    // Free text that names them elsewhere, also written without a before image: trainers'
    // notes, follow-up titles, reasons on marks. Records about them lose every part of the
    // name; other records lose the full name, the email and the phone.
    let mut current: Vec<(RecordKey, Record)> = Vec::new();
    for (id, e) in w.txn.all_events()? {
        current.push((RecordKey::Event(id), Record::Event(e)));
    }
    for (id, f) in w.txn.all_followups()? {
        current.push((RecordKey::FollowUp(id), Record::FollowUp(f)));
    }
    for (id, other) in w.txn.all_participants()? {
        if id != pid && !other.notes.is_empty() {
            current.push((RecordKey::Participant(id), Record::Participant(other)));
        }
    }
    // Reasons on every mark, at events where they are not registered too: a trainer may name
    // them in a colleague's reason anywhere ("came with Zorica").
    for (sid, _) in w.txn.all_sessions()? {
        for (who, m) in w.txn.marks_of_session(sid)? {
            if !m.reason.is_empty() {
                current.push((RecordKey::Mark(sid, who), Record::Mark(m)));
            }
        }
    }
    for (key, before) in current {
        let mut after = before.clone();
        if traces.scrub_record(&key, &mut after, pid, &with) {
            w.write_raw(key, Some(&before), Some(&after))?;
        }
    }
    // Every audit entry that held the person: replace the images and the name in the words.
    let entries: Vec<(Id, AuditEntry)> = w.txn.audit_tail(usize::MAX)?;
    // Follow-ups about them: an entry that created one holds only its digest, so whether it
    // is about them is known from the record or from another entry's image of it.
    let mut their_followups: HashSet<Id> = w
        .txn
        .all_followups()?
        .into_iter()
        .filter(|(_, f)| f.participant == Some(pid))
        .map(|(id, _)| id)
        .collect();
    for (_, e) in &entries {
        for c in &e.changes {
            if let RecordKey::FollowUp(id) = c.key
                && [c.before.as_ref(), c.after.image()]
                    .into_iter()
                    .flatten()
                    .any(|r| linked(&c.key, r, pid))
            {
                their_followups.insert(id);
            }
        }
    }
    let mut t = w.txn.open_table(crate::store::schema::AUDIT)?;
    for (id, mut e) in entries {
        let mut touched = false;
        let mut about_them = false;
        for c in &mut e.changes {
            let key = c.key;
            for img in [c.before.as_mut(), c.after.image_mut()] {
                match img {
                    Some(Record::Participant(x)) if key == RecordKey::Participant(pid) => {
                        *x = anonymize(x, pid);
                        touched = true;
                        about_them = true;
                    }
                    Some(r) => {
                        about_them |= linked(&key, r, pid);
                        touched |= traces.scrub_record(&key, r, pid, &with);
                    }
                    None => {}
                }
            }
            about_them |= matches!(key, RecordKey::Registration(_, who) if who == pid);
            // The digest of a record about them could confirm a guess of what it held.
            let theirs = match key {
                RecordKey::Participant(who)
                | RecordKey::Registration(_, who)
                | RecordKey::Mark(_, who) => who == pid,
                RecordKey::FollowUp(id) => their_followups.contains(&id),
                _ => false,
            };
            if theirs && matches!(c.after, After::Created(d) if d != [0; 8]) {
                c.after = After::Created([0; 8]);
                touched = true;
                about_them = true;
            }
        }
        let words = if about_them {
            &traces.parts
        } else {
            &traces.full
        };
        touched |= scrub(&mut e.what, words, &with);
        if touched {
            t.insert(id, crate::store::codec::encode(&e).as_slice())?;
        }
    }
    Ok(t!("core-forgot", name = with))
}

/// What identifies a forgotten person in free text.
struct Traces {
    /// The full name, the email and the phone: replaced wherever they appear.
    full: Vec<String>,
    /// Those and each part of the name (three letters or more), longest first: replaced in
    /// text about the person (their follow-ups, the reasons on their marks).
    parts: Vec<String>,
}

impl Traces {
    fn of(p: &Participant) -> Traces {
        let full: Vec<String> = [p.name.trim(), p.email.trim(), p.phone.trim()]
            .into_iter()
            .filter(|s| s.chars().count() >= 3)
            .map(str::to_string)
            .collect();
        let mut parts = full.clone();
        parts.extend(
            p.name
                .split(|c: char| c.is_whitespace() || c == '-')
                .filter(|s| s.chars().count() >= 3)
                .map(str::to_string),
        );
        parts.sort_by_key(|s| std::cmp::Reverse(s.len()));
        parts.dedup();
        Traces { full, parts }
    }

    /// Scrubs the free text of `r` (stored under `key`); true when something changed.
    fn scrub_record(&self, key: &RecordKey, r: &mut Record, pid: Id, with: &str) -> bool {
        let words = if linked(key, r, pid) {
            &self.parts
        } else {
            &self.full
        };
        match r {
            Record::Event(e) => scrub(&mut e.notes, words, with),
            Record::Participant(x) => scrub(&mut x.notes, words, with),
            Record::FollowUp(f) => {
                let title = scrub(&mut f.title, words, with);
                let owner = scrub(&mut f.owner, words, with);
                scrub(&mut f.notes, words, with) | title | owner
            }
            Record::Mark(m) => scrub(&mut m.reason, words, with),
            _ => false,
        }
    }
}

/// True when the record stored under `key` is about participant `pid` (their marks and
/// follow-ups), so every part of their name in it is theirs.
fn linked(key: &RecordKey, r: &Record, pid: Id) -> bool {
    match (key, r) {
        (RecordKey::Mark(_, who), _) => *who == pid,
        (_, Record::FollowUp(f)) => f.participant == Some(pid),
        _ => false,
    }
}

/// Replaces each of `words` in `s` by `with`; true when something changed.
fn scrub(s: &mut String, words: &[String], with: &str) -> bool {
    let mut changed = false;
    for w in words {
        if s.contains(w.as_str()) {
            *s = s.replace(w.as_str(), with);
            changed = true;
        }
    }
    changed
}

/// Who counts at an event and what each attended: the one place the certificate rule is
/// applied for closing and issuing.
struct Standing {
    event: Event,
    /// Sessions needed for a certificate.
    needed: u64,
    /// Counted participants (role participant, not cancelled), in registration order, with
    /// the sessions they attended and the minutes of those sessions.
    counted: Vec<(Id, u64, u64)>,
}

impl Standing {
    fn of(w: &Writer, event: Id) -> Result<Self> {
        let e = exists(w.txn.event(event)?, "event", event)?;
        let sessions = w.txn.sessions_of(event)?;
        if sessions.is_empty() {
            return Err(Error::invalid(t!(
                "core-close-no-sessions",
                code = e.code.as_str()
            )));
        }
        let mut attended: std::collections::HashMap<Id, (u64, u64)> =
            std::collections::HashMap::new();
        for (sid, s) in &sessions {
            for (pid, m) in w.txn.marks_of_session(*sid)? {
                if m.status.attended() {
                    let a = attended.entry(pid).or_default();
                    a.0 += 1;
                    a.1 += crate::domain::summary::session_minutes(s);
                }
            }
        }
        let counted = w
            .txn
            .registrations_of(event)?
            .into_iter()
            .filter(|(_, r)| r.counts())
            .map(|(pid, _)| {
                let (n, minutes) = attended.get(&pid).copied().unwrap_or_default();
                (pid, n, minutes)
            })
            .collect();
        Ok(Standing {
            needed: sessions_needed(sessions.len() as u64, e.threshold_permille),
            event: e,
            counted,
        })
    }

    fn eligible(&self, attended: u64) -> bool {
        attended >= self.needed
    }
}

/// Creates the follow-ups an event's attendance implies, in one command (one audit entry, so
/// one undo): a certificate for each eligible participant, a contact for each registered
/// participant who never came, an evaluation for each who attended. A participant who has a
/// follow-up of that kind for the event already (in any state) gets none, so closing twice
/// creates nothing twice. A planned or running event becomes done.
fn close_event(
    w: &mut Writer,
    event: Id,
    owner: &str,
    due: time::Date,
) -> Result<(String, super::Closing)> {
    required(Field::Owner, owner)?;
    let st = Standing::of(w, event)?;
    let existing: HashSet<(Option<Id>, FollowUpKind)> = w
        .txn
        .followups_of(event)?
        .into_iter()
        .map(|(_, f)| (f.participant, f.kind))
        .collect();
    let mut closing = super::Closing::default();
    for &(pid, a, _) in &st.counted {
        let mut kinds = Vec::new();
        if st.eligible(a) {
            kinds.push((FollowUpKind::Certificate, t!("core-followup-certificate")));
        }
        if a == 0 {
            kinds.push((FollowUpKind::Contact, t!("core-followup-contact")));
        } else {
            kinds.push((FollowUpKind::Evaluation, t!("core-followup-evaluation")));
        }
        for (kind, title) in kinds {
            if existing.contains(&(Some(pid), kind)) {
                continue;
            }
            let id = w.next_id()?;
            let f = FollowUp {
                event,
                participant: Some(pid),
                organisation: None,
                title,
                kind,
                owner: owner.trim().to_string(),
                due: Some(due),
                status: FollowUpStatus::Open,
                notes: String::new(),
                certificate: None,
            };
            w.put(RecordKey::FollowUp(id), Some(Record::FollowUp(f)))?;
            match kind {
                FollowUpKind::Certificate => closing.certificates += 1,
                FollowUpKind::Contact => closing.contacts += 1,
                _ => closing.evaluations += 1,
            }
        }
    }
    let e = &st.event;
    // A cancelled event stays cancelled: closing it only files its follow-ups.
    if matches!(e.status, EventStatus::Planned | EventStatus::Running) {
        closing.marks_done = true;
        let mut done = e.clone();
        done.status = EventStatus::Done;
        w.put(RecordKey::Event(event), Some(Record::Event(done)))?;
    }
    let what = if closing.certificates + closing.contacts + closing.evaluations == 0 {
        t!("core-closed-nothing", code = e.code.as_str())
    } else {
        t!(
            "core-closed",
            code = e.code.as_str(),
            certificates = closing.certificates,
            contacts = closing.contacts,
            evaluations = closing.evaluations
        )
    };
    Ok((what, closing))
}

/// Numbers a certificate for every eligible participant and records it: the number goes in
/// the person's certificate follow-up (the open one closing filed, else a new one), which
/// is marked done. Numbers already given are kept; new ones continue after the highest, in
/// the order of the names, so printing twice gives the same numbers.
fn issue_certificates(
    w: &mut Writer,
    event: Id,
    ctx: &Ctx,
) -> Result<(String, Vec<super::IssuedCertificate>)> {
    let st = Standing::of(w, event)?;
    let followups: Vec<(Id, FollowUp)> = w
        .txn
        .followups_of(event)?
        .into_iter()
        .filter(|(_, f)| f.kind == FollowUpKind::Certificate && f.participant.is_some())
        .collect();
    // A person's number: the lowest on any of their certificate follow-ups.
    let mut numbers: std::collections::HashMap<Id, u32> = std::collections::HashMap::new();
    for (_, f) in &followups {
        if let (Some(p), Some(n)) = (f.participant, f.certificate) {
            let e = numbers.entry(p).or_insert(n);
            *e = (*e).min(n);
        }
    }
    let mut next = followups
        .iter()
        .filter_map(|(_, f)| f.certificate)
        .max()
        .unwrap_or(0);
    let mut eligible = Vec::new();
    for &(pid, a, minutes) in &st.counted {
        if !st.eligible(a) {
            continue;
        }
        let Some(p) = w.txn.participant(pid)? else {
            continue;
        };
        eligible.push((text::fold(&p.name), pid, p.name, a, minutes));
    }
    eligible.sort();
    let mut issued = Vec::with_capacity(eligible.len());
    for (_, pid, name, sessions, minutes) in eligible {
        let (number, new) = match numbers.get(&pid) {
            Some(n) => (*n, false),
            None => {
                next += 1;
                (next, true)
            }
        };
        // The follow-up that records it: numbered already, else open (closing filed it),
        // else any; a new one when the person has none.
        let mine = |pred: &dyn Fn(&FollowUp) -> bool| {
            followups
                .iter()
                .find(|(_, f)| f.participant == Some(pid) && pred(f))
                .cloned()
        };
        let record = mine(&|f| f.certificate == Some(number))
            .or_else(|| mine(&|f| f.status == FollowUpStatus::Open))
            .or_else(|| mine(&|_| true));
        match record {
            Some((fid, f)) => {
                if f.certificate != Some(number) || f.status != FollowUpStatus::Done {
                    let f = FollowUp {
                        certificate: Some(number),
                        status: FollowUpStatus::Done,
                        ..f
                    };
                    w.put(RecordKey::FollowUp(fid), Some(Record::FollowUp(f)))?;
                }
            }
            None => {
                let fid = w.next_id()?;
                let f = FollowUp {
                    event,
                    participant: Some(pid),
                    organisation: None,
                    title: t!("core-followup-certificate"),
                    kind: FollowUpKind::Certificate,
                    owner: ctx.who.clone(),
                    due: None,
                    status: FollowUpStatus::Done,
                    notes: String::new(),
                    certificate: Some(number),
                };
                w.put(RecordKey::FollowUp(fid), Some(Record::FollowUp(f)))?;
            }
        }
        issued.push(super::IssuedCertificate {
            participant: pid,
            name,
            number,
            sessions,
            minutes,
            new,
        });
    }
    issued.sort_by_key(|c| c.number);
    let new = issued.iter().filter(|c| c.new).count();
    let what = t!(
        "core-issued-certificates",
        code = st.event.code.as_str(),
        count = issued.len(),
        new = new
    );
    Ok((what, issued))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redo_words_drop_the_undo_prefix_of_any_language() {
        let sq = crate::i18n::tr_in(
            "sq",
            "core-undid",
            &[("what", "Ana Çela: me vonesë".into())],
        );
        let en = crate::i18n::tr_in("en", "core-undid", &[("what", "Ana Çela late".into())]);
        assert_eq!(undone_what(&sq), "Ana Çela: me vonesë");
        assert_eq!(undone_what(&en), "Ana Çela late");
        assert_eq!(undone_what("created event X"), "created event X");
    }

    #[test]
    fn the_present_form_agrees_with_the_person_in_albanian() {
        crate::i18n::set_for_thread(Some("sq"));
        let f = status_label(Some(MarkStatus::Present), Gender::Female);
        let m = status_label(Some(MarkStatus::Present), Gender::Male);
        let none = status_label(None, Gender::Undisclosed);
        crate::i18n::set_for_thread(Some("en"));
        let early = status_label(Some(MarkStatus::LeftEarly), Gender::Female);
        crate::i18n::set_for_thread(None);
        assert_eq!(f, "e pranishme");
        assert_eq!(m, "i pranishëm");
        assert_eq!(none, "pa shënim");
        assert_eq!(early, "left early");
    }
}
