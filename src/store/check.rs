//! `prezenca check`: every record decodes and every reference resolves.

use std::collections::HashSet;

use redb::ReadableTable;

use super::Db;
use super::codec::decode;
use super::schema::*;
use super::tx::Reader;
use crate::core::error::Result;
use crate::domain::*;

/// Returns one line per problem found; empty when the database is sound.
pub fn check(db: &Db) -> Result<Vec<String>> {
    let r = db.begin_read()?;
    let mut problems = Vec::new();
    let ids = |def: redb::TableDefinition<u64, &[u8]>,
               probe: fn(&[u8], u64) -> Option<String>,
               problems: &mut Vec<String>|
     -> Result<HashSet<Id>> {
        let t = r.open_table(def)?;
        let mut set = HashSet::new();
        for row in t.iter()? {
            let (k, v) = row?;
            if let Some(p) = probe(v.value(), k.value()) {
                problems.push(p);
            } else {
                set.insert(k.value());
            }
        }
        Ok(set)
    };
    fn probe<T: serde::de::DeserializeOwned>(
        what: &'static str,
    ) -> impl Fn(&[u8], u64) -> Option<String> {
        move |b, k| decode::<T>(b, what, k).err().map(|e| e.to_string())
    }
    let events = ids(EVENTS, |b, k| probe::<Event>("event")(b, k), &mut problems)?;
    let sessions = ids(
        SESSIONS,
        |b, k| probe::<Session>("session")(b, k),
        &mut problems,
    )?;
    let orgs = ids(
        ORGANISATIONS,
        |b, k| probe::<Organisation>("organisation")(b, k),
        &mut problems,
    )?;
    let people = ids(
        PARTICIPANTS,
        |b, k| probe::<Participant>("participant")(b, k),
        &mut problems,
    )?;
    let _ = ids(
        FOLLOWUPS,
        |b, k| probe::<FollowUp>("follow-up")(b, k),
        &mut problems,
    )?;
    let audit = ids(
        AUDIT,
        |b, k| probe::<AuditEntry>("audit")(b, k),
        &mut problems,
    )?;

    for (sid, s) in r.all_sessions().unwrap_or_default() {
        if !events.contains(&s.event) {
            problems.push(crate::t!(
                "check-session-event",
                session = sid,
                event = s.event
            ));
        }
    }
    for (pid, p) in r.all_participants().unwrap_or_default() {
        if let Some(o) = p.organisation
            && !orgs.contains(&o)
        {
            problems.push(crate::t!(
                "check-participant-organisation",
                participant = pid,
                organisation = o
            ));
        }
    }
    for (fid, f) in r.all_followups().unwrap_or_default() {
        if !events.contains(&f.event) {
            problems.push(crate::t!(
                "check-followup-event",
                followup = fid,
                event = f.event
            ));
        }
        if let Some(p) = f.participant
            && !people.contains(&p)
        {
            problems.push(crate::t!(
                "check-followup-participant",
                followup = fid,
                participant = p
            ));
        }
    }
    {
        let t = r.open_table(REGISTRATIONS)?;
        for row in t.iter()? {
            let (k, v) = row?;
            let (e, p) = k.value();
            if let Err(x) = decode::<Registration>(v.value(), "registration", (e, p)) {
                problems.push(x.to_string());
            }
            if !events.contains(&e) || !people.contains(&p) {
                problems.push(crate::t!("check-registration", event = e, participant = p));
            }
        }
    }
    {
        let t = r.open_table(MARKS)?;
        for row in t.iter()? {
            let (k, v) = row?;
            let (s, p) = k.value();
            if let Err(x) = decode::<Mark>(v.value(), "mark", (s, p)) {
                problems.push(x.to_string());
            }
            if !sessions.contains(&s) || !people.contains(&p) {
                problems.push(crate::t!("check-mark", session = s, participant = p));
            }
        }
    }
    // A counter behind the newest entry would give the next change an id already taken.
    let newest = audit.iter().max().copied().unwrap_or(0);
    let counter = r.meta(META_LAST_CHANGE)?.unwrap_or(0);
    if counter < newest {
        problems.push(crate::t!(
            "check-last-change",
            counter = counter,
            newest = newest
        ));
    }
    match r.meta(META_SCHEMA)? {
        Some(v) if v == SCHEMA_VERSION => {}
        other => problems.push(crate::t!(
            "check-schema",
            found = other.map_or_else(|| "-".to_string(), |v| v.to_string()),
            expected = SCHEMA_VERSION
        )),
    }
    Ok(problems)
}
