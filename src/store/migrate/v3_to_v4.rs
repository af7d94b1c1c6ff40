//! Schema 3 → 4: participants gain `birth_year` and `disability`, events `mode`, follow-ups
//! the `certificate` number. Values are postcard (no field names), so every stored record of
//! those kinds is read in its old layout and written in the new one, and so is every audit
//! entry, whose before and after images hold whole records.
//!
//! The layouts are frozen copies here, not the domain types: the step reads and writes
//! exactly schema 3 and schema 4 whatever the domain types become later.

use redb::ReadableTable;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use time::{Date, Time};

use crate::core::error::{Error, Result};
use crate::domain::{
    EventKind, EventStatus, FollowUpKind, FollowUpStatus, Gender, Id, MarkStatus, OrgKind,
    RegStatus, Role, Source,
};
use crate::store::codec::{decode, encode};
use crate::store::schema::{AUDIT, EVENTS, FOLLOWUPS, PARTICIPANTS};

/// Schema 4 layouts.(as schemas 1 to 3 wrote them).
pub mod old {
    use super::*;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub struct Event {
        pub code: String,
        pub title: String,
        pub kind: EventKind,
        pub city: String,
        pub country: String,
        pub venue: String,
        pub start: Date,
        pub end: Date,
        pub project: String,
        pub capacity: Option<u32>,
        pub trainers: String,
        pub threshold_permille: u16,
        pub status: EventStatus,
        pub notes: String,
    }

    #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
    pub struct Participant {
        pub name: String,
        pub email: String,
        pub phone: String,
        pub gender: Gender,
        pub organisation: Option<Id>,
        pub position: String,
        pub city: String,
        pub country: String,
        pub consent_photos: bool,
        pub consent_contact: bool,
        pub notes: String,
        pub forgotten: bool,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub struct FollowUp {
        pub event: Id,
        pub participant: Option<Id>,
        pub organisation: Option<Id>,
        pub title: String,
        pub kind: FollowUpKind,
        pub owner: String,
        pub due: Option<Date>,
        pub status: FollowUpStatus,
        pub notes: String,
    }

    pub type Record = super::Record<Event, Participant, FollowUp>;
    pub type AuditEntry = super::AuditEntry<Event, Participant, FollowUp>;
}

/// Schema 4 layouts.
pub mod new {
    use super::*;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub struct Event {
        pub old: old::Event,
        /// `Mode`: 0 in person, 1 online, 2 hybrid.
        pub mode: u32,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub struct Participant {
        pub old: old::Participant,
        pub birth_year: Option<i32>,
        /// `Disability`: 0 yes, 1 no, 2 undisclosed.
        pub disability: u32,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub struct FollowUp {
        pub old: old::FollowUp,
        pub certificate: Option<u32>,
    }

    pub type Record = super::Record<Event, Participant, FollowUp>;
    pub type AuditEntry = super::AuditEntry<Event, Participant, FollowUp>;
}

// The new layouts nest the old struct first: postcard writes a nested struct's fields in
// place, so `{ old, mode }` is byte for byte the old fields followed by the new one.

/// Mode's in-person variant, Disability's undisclosed one: the defaults of schema 3.
const IN_PERSON: u32 = 0;
const UNDISCLOSED: u32 = 2;

fn event(e: old::Event) -> new::Event {
    new::Event {
        old: e,
        mode: IN_PERSON,
    }
}

fn participant(p: old::Participant) -> new::Participant {
    new::Participant {
        old: p,
        birth_year: None,
        disability: UNDISCLOSED,
    }
}

fn followup(f: old::FollowUp) -> new::FollowUp {
    new::FollowUp {
        old: f,
        certificate: None,
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub event: Id,
    pub date: Date,
    pub start: Time,
    pub end: Time,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    pub name: String,
    pub acronym: String,
    pub kind: OrgKind,
    pub city: String,
    pub country: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Registration {
    pub role: Role,
    pub source: Source,
    pub status: RegStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    pub status: MarkStatus,
    pub arrived_at: Option<Time>,
    pub reason: String,
    pub by: String,
    pub at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum RecordKey {
    Event(Id),
    Session(Id),
    Organisation(Id),
    Participant(Id),
    Registration(Id, Id),
    Mark(Id, Id),
    FollowUp(Id),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Record<E, P, F> {
    Event(E),
    Session(Session),
    Organisation(Organisation),
    Participant(P),
    Registration(Registration),
    Mark(Mark),
    FollowUp(F),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change<R> {
    pub key: RecordKey,
    pub before: Option<R>,
    pub after: Option<R>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry<E, P, F> {
    pub at: i64,
    pub who: String,
    pub what: String,
    pub changes: Vec<Change<Record<E, P, F>>>,
    pub undoes: Option<Id>,
}

fn record(r: old::Record) -> new::Record {
    match r {
        Record::Event(e) => Record::Event(event(e)),
        Record::Session(s) => Record::Session(s),
        Record::Organisation(o) => Record::Organisation(o),
        Record::Participant(p) => Record::Participant(participant(p)),
        Record::Registration(r) => Record::Registration(r),
        Record::Mark(m) => Record::Mark(m),
        Record::FollowUp(f) => Record::FollowUp(followup(f)),
    }
}

fn audit(a: old::AuditEntry) -> new::AuditEntry {
    AuditEntry {
        at: a.at,
        who: a.who,
        what: a.what,
        changes: a
            .changes
            .into_iter()
            .map(|c| Change {
                key: c.key,
                before: c.before.map(record),
                after: c.after.map(record),
            })
            .collect(),
        undoes: a.undoes,
    }
}

/// Rewrites every value of a `u64`-keyed table from the old layout to the new one, a slice
/// of rows at a time so a large audit log is never held in memory whole.
fn rewrite<O: DeserializeOwned, N: Serialize>(
    w: &redb::WriteTransaction,
    table: redb::TableDefinition<u64, &[u8]>,
    what: &'static str,
    convert: impl Fn(O) -> N,
) -> Result<()> {
    const SLICE: usize = 10_000;
    let mut t = w.open_table(table)?;
    let mut from = 0u64;
    loop {
        let mut rows: Vec<(u64, Vec<u8>)> = Vec::with_capacity(SLICE);
        for row in t.range(from..)?.take(SLICE) {
            let (k, v) = row?;
            let id = k.value();
            let old: O = decode(v.value(), what, id).map_err(|e| Error::Corrupt(e.to_string()))?;
            rows.push((id, encode(&convert(old))));
        }
        let Some(&(last, _)) = rows.last() else {
            return Ok(());
        };
        for (id, bytes) in &rows {
            t.insert(*id, bytes.as_slice())?;
        }
        match last.checked_add(1) {
            Some(next) => from = next,
            None => return Ok(()),
        }
    }
}

pub fn apply(w: &redb::WriteTransaction) -> Result<()> {
    rewrite(w, EVENTS, "event", event)?;
    rewrite(w, PARTICIPANTS, "participant", participant)?;
    rewrite(w, FOLLOWUPS, "follow-up", followup)?;
    rewrite(w, AUDIT, "audit entry", audit)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::local::LocalBackend;
    use crate::core::{Backend, Command, Queries};
    use crate::domain::{Disability, Mode};
    use crate::store::schema::*;
    use time::macros::{date, time};

    fn old_event() -> old::Event {
        old::Event {
            code: "ADV-1".into(),
            title: "Advocacy".into(),
            kind: EventKind::Training,
            city: "Prishtina".into(),
            country: "Kosovo".into(),
            venue: String::new(),
            start: date!(2026 - 03 - 02),
            end: date!(2026 - 03 - 02),
            project: "P".into(),
            capacity: None,
            trainers: String::new(),
            threshold_permille: 800,
            status: EventStatus::Done,
            notes: String::new(),
        }
    }

    fn old_person(name: &str) -> old::Participant {
        old::Participant {
            name: name.into(),
            email: "ana@example.org".into(),
            gender: Gender::Female,
            ..old::Participant::default()
        }
    }

    /// A file as schema 2 wrote it: an event with its session, a participant edited once
    /// (the audit entry holds both images), her mark and a follow-up.
    fn schema_2_file(path: &std::path::Path) {
        let db = redb::Database::create(path).expect("create");
        let w = db.begin_write().expect("w");
        crate::store::create_tables(&w).expect("tables");
        {
            let mut m = w.open_table(META).expect("meta");
            m.insert(META_SCHEMA, 2).expect("v");
            m.insert(META_NEXT_ID, 100).expect("id");
            w.open_table(EVENTS)
                .expect("t")
                .insert(1, encode(&old_event()).as_slice())
                .expect("e");
            w.open_table(EVENT_CODES)
                .expect("t")
                .insert("ADV-1", 1)
                .expect("c");
            let s = Session {
                event: 1,
                date: date!(2026 - 03 - 02),
                start: time!(09:00),
                end: time!(12:30),
                title: String::new(),
            };
            w.open_table(SESSIONS)
                .expect("t")
                .insert(2, encode(&s).as_slice())
                .expect("s");
            w.open_table(EVENT_SESSIONS)
                .expect("t")
                .insert((1, 2), ())
                .expect("es");
            w.open_table(PARTICIPANTS)
                .expect("t")
                .insert(3, encode(&old_person("Ana Çela")).as_slice())
                .expect("p");
            w.open_table(EMAILS)
                .expect("t")
                .insert("ana@example.org", 3)
                .expect("em");
            let reg = Registration {
                role: Role::Participant,
                source: Source::PreRegistered,
                status: RegStatus::Registered,
            };
            w.open_table(REGISTRATIONS)
                .expect("t")
                .insert((1, 3), encode(&reg).as_slice())
                .expect("r");
            w.open_table(PARTICIPANT_EVENTS)
                .expect("t")
                .insert((3, 1), ())
                .expect("pe");
            let mark = Mark {
                status: MarkStatus::Present,
                arrived_at: None,
                reason: String::new(),
                by: "drita".into(),
                at: 0,
            };
            w.open_table(MARKS)
                .expect("t")
                .insert((2, 3), encode(&mark).as_slice())
                .expect("m");
            w.open_table(PARTICIPANT_MARKS)
                .expect("t")
                .insert((3, 2), ())
                .expect("pm");
            let f = old::FollowUp {
                event: 1,
                participant: Some(3),
                organisation: None,
                title: "Send certificate".into(),
                kind: FollowUpKind::Certificate,
                owner: "drita".into(),
                due: None,
                status: FollowUpStatus::Open,
                notes: String::new(),
            };
            w.open_table(FOLLOWUPS)
                .expect("t")
                .insert(4, encode(&f).as_slice())
                .expect("f");
            w.open_table(EVENT_FOLLOWUPS)
                .expect("t")
                .insert((1, 4), ())
                .expect("ef");
            let entry: old::AuditEntry = AuditEntry {
                at: 0,
                who: "drita".into(),
                what: "edited Ana Çela".into(),
                changes: vec![Change {
                    key: RecordKey::Participant(3),
                    before: Some(Record::Participant(old_person("Ana Cela"))),
                    after: Some(Record::Participant(old_person("Ana Çela"))),
                }],
                undoes: None,
            };
            w.open_table(AUDIT)
                .expect("t")
                .insert(1, encode(&entry).as_slice())
                .expect("a");
        }
        w.commit().expect("commit");
    }

    #[test]
    fn a_schema_2_file_gets_the_new_fields_with_their_defaults_and_keeps_its_history() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("v2.redb");
        schema_2_file(&path);
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        let mut b = LocalBackend::open(&path).expect("open migrates");
        assert_eq!(b.opened.migrated_from, Some(2));
        assert!(
            crate::store::check::check(b.db())
                .expect("check")
                .is_empty(),
            "the migrated file checks clean"
        );
        let e = b.event(1).expect("e").expect("event");
        assert_eq!((e.code.as_str(), e.mode), ("ADV-1", Mode::InPerson));
        let p = b.participant(3).expect("p").expect("participant");
        assert_eq!(p.name, "Ana Çela");
        assert_eq!(
            (p.birth_year, p.disability),
            (None, Disability::Undisclosed)
        );
        let f = b.followups(Some(1)).expect("f");
        assert_eq!(f[0].1.certificate, None);
        assert_eq!(f[0].1.title, "Send certificate");
        // The audit entry reads in the new layout, and undoing it writes the old name back.
        let entry = b.audit_entry(1).expect("a").expect("entry");
        assert_eq!(entry.what, "edited Ana Çela");
        b.execute(Command::Undo { entry: 1 }).expect("undo");
        let p = b.participant(3).expect("p").expect("participant");
        assert_eq!(p.name, "Ana Cela");
        let s = b
            .summary(1, time::macros::datetime!(2026-03-05 10:00))
            .expect("summary");
        assert_eq!((s.attended_any, s.person_hours), (1, 3.5));
        drop(b);
        // Opening again runs nothing more.
        let b = LocalBackend::open(&path).expect("reopen");
        assert_eq!(b.opened.migrated_from, None);
    }

    #[test]
    fn the_new_layout_is_the_old_bytes_with_the_defaults_after_them() {
        let p = old_person("Ana");
        let mut want = encode(&p);
        want.extend([0, 2]);
        assert_eq!(encode(&participant(p)), want);
        let now = crate::domain::Participant {
            name: "Ana".into(),
            email: "ana@example.org".into(),
            gender: Gender::Female,
            ..Default::default()
        };
        assert_eq!(encode(&now), want, "schema 3 is the domain's layout");
    }
}
