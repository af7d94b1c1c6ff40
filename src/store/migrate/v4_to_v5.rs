//! Schema 4 → 5: a mark gains its leaving time (`Mark::left_at`, check-out at the door).
//!
//! Values are postcard, which writes fields in order without names, so a mark of schema 4
//! does not decode as a mark of schema 5. This step rewrites every stored mark, and every
//! audit entry (whose before and after images hold marks), from the earlier shapes below
//! to the current ones, with no leaving time. Self-contained: the old shapes live here and
//! nothing else refers to them, so the step can take another number without changes.

use redb::ReadableTable;
use serde::{Deserialize, Serialize};
use time::Time;

use crate::core::error::Result;
use crate::domain::{
    AuditEntry, Change, Event, FollowUp, Id, Mark, MarkStatus, Organisation, Participant, Record,
    RecordKey, Registration, Session,
};
use crate::store::codec::{decode, encode};
use crate::store::schema::{AUDIT, MARKS};

/// A mark as schema 2 (and 1) stored it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MarkV2 {
    pub status: MarkStatus,
    pub arrived_at: Option<Time>,
    pub reason: String,
    pub by: String,
    pub at: i64,
}

impl From<MarkV2> for Mark {
    fn from(m: MarkV2) -> Mark {
        Mark {
            status: m.status,
            arrived_at: m.arrived_at,
            reason: m.reason,
            by: m.by,
            at: m.at,
            left_at: None,
        }
    }
}

/// [`Record`] of schema 2: the same variants in the same order, marks in their old shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum RecordV2 {
    Event(Event),
    Session(Session),
    Organisation(Organisation),
    Participant(Participant),
    Registration(Registration),
    Mark(MarkV2),
    FollowUp(FollowUp),
}

impl From<RecordV2> for Record {
    fn from(r: RecordV2) -> Record {
        match r {
            RecordV2::Event(x) => Record::Event(x),
            RecordV2::Session(x) => Record::Session(x),
            RecordV2::Organisation(x) => Record::Organisation(x),
            RecordV2::Participant(x) => Record::Participant(x),
            RecordV2::Registration(x) => Record::Registration(x),
            RecordV2::Mark(x) => Record::Mark(x.into()),
            RecordV2::FollowUp(x) => Record::FollowUp(x),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangeV2 {
    pub key: RecordKey,
    pub before: Option<RecordV2>,
    pub after: Option<RecordV2>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntryV2 {
    pub at: i64,
    pub who: String,
    pub what: String,
    pub changes: Vec<ChangeV2>,
    pub undoes: Option<Id>,
}

impl From<AuditEntryV2> for AuditEntry {
    fn from(e: AuditEntryV2) -> AuditEntry {
        AuditEntry {
            at: e.at,
            who: e.who,
            what: e.what,
            changes: e
                .changes
                .into_iter()
                .map(|c| Change {
                    key: c.key,
                    before: c.before.map(Into::into),
                    after: c.after.map(Into::into).into(),
                })
                .collect(),
            undoes: e.undoes,
        }
    }
}

pub fn apply(w: &redb::WriteTransaction) -> Result<()> {
    {
        let mut marks = w.open_table(MARKS)?;
        let mut rewritten = Vec::new();
        for row in marks.iter()? {
            let (k, v) = row?;
            let key = k.value();
            let old: MarkV2 = decode(v.value(), "mark", key)?;
            rewritten.push((key, encode(&Mark::from(old))));
        }
        for (key, bytes) in rewritten {
            marks.insert(key, bytes.as_slice())?;
        }
    }
    let mut audit = w.open_table(AUDIT)?;
    let mut rewritten = Vec::new();
    for row in audit.iter()? {
        let (k, v) = row?;
        let key = k.value();
        let old: AuditEntryV2 = decode(v.value(), "audit", key)?;
        rewritten.push((key, encode(&AuditEntry::from(old))));
    }
    for (key, bytes) in rewritten {
        audit.insert(key, bytes.as_slice())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::local::LocalBackend;
    use crate::core::Queries;
    use crate::domain::After;
    use crate::store::schema::{META, META_NEXT_ID, META_SCHEMA};

    /// A file as schema 2 wrote it: one mark and the audit entry that made it, both in the
    /// old shape, is read after the step with every field in place and no leaving time.
    #[test]
    fn a_schema_2_file_keeps_its_marks_and_audit_after_the_step() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("v2.redb");
        let old = MarkV2 {
            status: MarkStatus::Late,
            arrived_at: Time::from_hms(9, 20, 0).ok(),
            reason: "bus".into(),
            by: "drita".into(),
            at: 1_772_000_000,
        };
        let entry = AuditEntryV2 {
            at: 1_772_000_000,
            who: "drita".into(),
            what: "Ana Çela late".into(),
            changes: vec![
                ChangeV2 {
                    key: RecordKey::Mark(5, 7),
                    before: None,
                    after: Some(RecordV2::Mark(old.clone())),
                },
                ChangeV2 {
                    key: RecordKey::Registration(3, 7),
                    before: None,
                    after: Some(RecordV2::Registration(Registration::default())),
                },
            ],
            undoes: None,
        };
        {
            let db = redb::Database::create(&path).expect("create");
            let w = db.begin_write().expect("w");
            crate::store::create_tables(&w).expect("tables");
            {
                let mut m = w.open_table(META).expect("meta");
                m.insert(META_SCHEMA, 2).expect("v");
                m.insert(META_NEXT_ID, 100).expect("id");
                w.open_table(MARKS)
                    .expect("marks")
                    .insert((5, 7), encode(&old).as_slice())
                    .expect("mark");
                w.open_table(AUDIT)
                    .expect("audit")
                    .insert(1, encode(&entry).as_slice())
                    .expect("entry");
            }
            w.commit().expect("commit");
        }
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        let mut b = LocalBackend::open(&path).expect("open migrates");
        assert_eq!(b.opened.migrated_from, Some(2));
        let marks = b.session_marks(5).expect("marks");
        let want = Mark {
            status: MarkStatus::Late,
            arrived_at: Time::from_hms(9, 20, 0).ok(),
            reason: "bus".into(),
            by: "drita".into(),
            at: 1_772_000_000,
            left_at: None,
        };
        assert_eq!(marks, vec![(7, want.clone())]);
        let e = b.audit_entry(1).expect("read").expect("the entry");
        assert_eq!(e.what, "Ana Çela late");
        assert_eq!(e.changes.len(), 2);
        assert_eq!(e.changes[0].after, After::Image(Record::Mark(want)));
        assert_eq!(
            e.changes[1].after,
            After::Image(Record::Registration(Registration::default()))
        );
        // The test file holds no sessions or people, so `check` finds dangling references;
        // what matters here is that every record decodes.
        let problems = crate::store::check::check(b.db()).expect("check");
        assert!(
            !problems.iter().any(|p| p.contains("damaged")),
            "every record decodes after the step: {problems:?}"
        );
    }
}
