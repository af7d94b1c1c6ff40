//! Typed access to the tables inside one transaction: [`Reader`] for both read and write
//! transactions, [`Writer`] for the one place records are written, which keeps every index
//! in step and remembers each change for the audit entry.

use redb::{Key, ReadableTable, ReadableTableMetadata, TableDefinition, Value};

use super::codec::{decode, digest, encode};
use super::schema::*;
use crate::core::error::{Error, Result};
use crate::domain::*;

/// Anything tables can be read from: a read or a write transaction.
pub trait Source {
    type Table<'s, K: Key + 'static, V: Value + 'static>: ReadableTable<K, V>
    where
        Self: 's;
    fn table<'s, K: Key + 'static, V: Value + 'static>(
        &'s self,
        def: TableDefinition<K, V>,
    ) -> Result<Self::Table<'s, K, V>>;
}

impl Source for redb::ReadTransaction {
    type Table<'s, K: Key + 'static, V: Value + 'static> = redb::ReadOnlyTable<K, V>;
    fn table<'s, K: Key + 'static, V: Value + 'static>(
        &'s self,
        def: TableDefinition<K, V>,
    ) -> Result<Self::Table<'s, K, V>> {
        Ok(self.open_table(def)?)
    }
}

impl Source for redb::WriteTransaction {
    type Table<'s, K: Key + 'static, V: Value + 'static> = redb::Table<'s, K, V>;
    fn table<'s, K: Key + 'static, V: Value + 'static>(
        &'s self,
        def: TableDefinition<K, V>,
    ) -> Result<Self::Table<'s, K, V>> {
        Ok(self.open_table(def)?)
    }
}

/// Upper-cased code: event codes are unique whatever their case.
pub fn code_key(code: &str) -> String {
    code.trim().to_uppercase()
}

/// The key of an organisation name in its unique index.
pub fn org_key(name: &str) -> String {
    crate::text::fold(name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

macro_rules! getter {
    ($fn:ident, $table:expr, $ty:ty, $what:literal) => {
        fn $fn(&self, id: Id) -> Result<Option<$ty>> {
            let t = self.table($table)?;
            let v = t.get(id)?;
            match v {
                Some(g) => Ok(Some(decode(g.value(), $what, id)?)),
                None => Ok(None),
            }
        }
    };
}

macro_rules! all {
    ($fn:ident, $table:expr, $ty:ty, $what:literal) => {
        fn $fn(&self) -> Result<Vec<(Id, $ty)>> {
            let t = self.table($table)?;
            let mut out = Vec::with_capacity(t.len()? as usize);
            for row in t.iter()? {
                let (k, v) = row?;
                out.push((k.value(), decode(v.value(), $what, k.value())?));
            }
            Ok(out)
        }
    };
}

/// Typed queries over one transaction.
pub trait Reader: Source {
    getter!(event, EVENTS, Event, "event");
    getter!(session, SESSIONS, Session, "session");
    getter!(organisation, ORGANISATIONS, Organisation, "organisation");
    getter!(participant, PARTICIPANTS, Participant, "participant");
    getter!(followup, FOLLOWUPS, FollowUp, "follow-up");
    getter!(audit_entry, AUDIT, AuditEntry, "audit");
    all!(all_events, EVENTS, Event, "event");
    all!(
        all_organisations,
        ORGANISATIONS,
        Organisation,
        "organisation"
    );
    all!(all_participants, PARTICIPANTS, Participant, "participant");
    all!(all_followups, FOLLOWUPS, FollowUp, "follow-up");
    all!(all_sessions, SESSIONS, Session, "session");

    fn registration(&self, event: Id, participant: Id) -> Result<Option<Registration>> {
        let t = self.table(REGISTRATIONS)?;
        let v = t.get((event, participant))?;
        match v {
            Some(g) => Ok(Some(decode(
                g.value(),
                "registration",
                (event, participant),
            )?)),
            None => Ok(None),
        }
    }

    fn mark(&self, session: Id, participant: Id) -> Result<Option<Mark>> {
        let t = self.table(MARKS)?;
        let v = t.get((session, participant))?;
        match v {
            Some(g) => Ok(Some(decode(g.value(), "mark", (session, participant))?)),
            None => Ok(None),
        }
    }

    fn record(&self, key: RecordKey) -> Result<Option<Record>> {
        Ok(match key {
            RecordKey::Event(id) => self.event(id)?.map(Record::Event),
            RecordKey::Session(id) => self.session(id)?.map(Record::Session),
            RecordKey::Organisation(id) => self.organisation(id)?.map(Record::Organisation),
            RecordKey::Participant(id) => self.participant(id)?.map(Record::Participant),
            RecordKey::Registration(e, p) => self.registration(e, p)?.map(Record::Registration),
            RecordKey::Mark(s, p) => self.mark(s, p)?.map(Record::Mark),
            RecordKey::FollowUp(id) => self.followup(id)?.map(Record::FollowUp),
        })
    }

    fn event_by_code(&self, code: &str) -> Result<Option<Id>> {
        let t = self.table(EVENT_CODES)?;
        Ok(t.get(code_key(code).as_str())?.map(|g| g.value()))
    }

    fn participant_by_email(&self, email: &str) -> Result<Option<Id>> {
        let t = self.table(EMAILS)?;
        Ok(t.get(crate::text::email_key(email).as_str())?
            .map(|g| g.value()))
    }

    fn organisation_by_name(&self, name: &str) -> Result<Option<Id>> {
        let t = self.table(ORG_NAMES)?;
        Ok(t.get(org_key(name).as_str())?.map(|g| g.value()))
    }

    /// Sessions of an event in time order (session number = index + 1).
    fn sessions_of(&self, event: Id) -> Result<Vec<(Id, Session)>> {
        let ids = pairs(&self.table(EVENT_SESSIONS)?, event)?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(s) = self.session(id)? {
                out.push((id, s));
            }
        }
        out.sort_by_key(|(id, s)| (s.date, s.start, *id));
        Ok(out)
    }

    fn registrations_of(&self, event: Id) -> Result<Vec<(Id, Registration)>> {
        let t = self.table(REGISTRATIONS)?;
        let mut out = Vec::new();
        for row in t.range((event, 0)..=(event, u64::MAX))? {
            let (k, v) = row?;
            let (e, p) = k.value();
            out.push((p, decode(v.value(), "registration", (e, p))?));
        }
        Ok(out)
    }

    fn marks_of_session(&self, session: Id) -> Result<Vec<(Id, Mark)>> {
        let t = self.table(MARKS)?;
        let mut out = Vec::new();
        for row in t.range((session, 0)..=(session, u64::MAX))? {
            let (k, v) = row?;
            let (s, p) = k.value();
            out.push((p, decode(v.value(), "mark", (s, p))?));
        }
        Ok(out)
    }

    fn events_of_participant(&self, participant: Id) -> Result<Vec<Id>> {
        pairs(&self.table(PARTICIPANT_EVENTS)?, participant)
    }

    fn sessions_of_participant(&self, participant: Id) -> Result<Vec<Id>> {
        pairs(&self.table(PARTICIPANT_MARKS)?, participant)
    }

    fn followups_of(&self, event: Id) -> Result<Vec<(Id, FollowUp)>> {
        let ids = pairs(&self.table(EVENT_FOLLOWUPS)?, event)?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(f) = self.followup(id)? {
                out.push((id, f));
            }
        }
        Ok(out)
    }

    /// The newest `n` audit entries, newest first.
    fn audit_tail(&self, n: usize) -> Result<Vec<(Id, AuditEntry)>> {
        let t = self.table(AUDIT)?;
        let mut out = Vec::new();
        for row in t.iter()?.rev().take(n) {
            let (k, v) = row?;
            out.push((k.value(), decode(v.value(), "audit", k.value())?));
        }
        Ok(out)
    }

    fn meta(&self, key: &str) -> Result<Option<u64>> {
        let t = self.table(META)?;
        Ok(t.get(key)?.map(|g| g.value()))
    }

    fn count(&self, def: TableDefinition<u64, &[u8]>) -> Result<u64> {
        Ok(self.table(def)?.len()?)
    }
}

impl<S: Source> Reader for S {}

/// The second halves of the `(a, b)` keys whose first half is `a`.
fn pairs<T: ReadableTable<(u64, u64), ()>>(t: &T, a: u64) -> Result<Vec<u64>> {
    let mut out = Vec::new();
    for row in t.range((a, 0)..=(a, u64::MAX))? {
        out.push(row?.0.value().1);
    }
    Ok(out)
}

/// The changes of one command, kept encoded as they are made: the audit entry stores them
/// encoded anyway, and a million-row import held as `Change` values took about 0.5 KB each
/// (every `Record` is as large as its largest kind) where the encoding takes 20–60 bytes.
#[derive(Debug, Default)]
pub struct ChangeLog {
    bytes: Vec<u8>,
    count: usize,
}

impl ChangeLog {
    pub fn push(&mut self, change: &Change) {
        self.bytes.extend_from_slice(&encode(change));
        self.count += 1;
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The stored bytes of the audit entry holding these changes: exactly
    /// `encode(&AuditEntry { at, who, what, changes, undoes })`, built without decoding.
    pub fn entry_bytes(&self, at: i64, who: &str, what: &str, undoes: Option<Id>) -> Vec<u8> {
        // postcard writes a struct as its fields in order and a sequence as its length
        // (a varint) followed by its elements.
        let head = encode(&(at, who, what, self.count));
        let tail = encode(&undoes);
        let mut out = Vec::with_capacity(head.len() + self.bytes.len() + tail.len());
        out.extend_from_slice(&head);
        out.extend_from_slice(&self.bytes);
        out.extend_from_slice(&tail);
        out
    }
}

/// The one way records are written inside a write transaction.
pub struct Writer<'t> {
    pub txn: &'t redb::WriteTransaction,
    pub changes: ChangeLog,
}

impl<'t> Writer<'t> {
    pub fn new(txn: &'t redb::WriteTransaction) -> Self {
        Writer {
            txn,
            changes: ChangeLog::default(),
        }
    }

    /// A fresh id from the one counter.
    pub fn next_id(&mut self) -> Result<Id> {
        let mut t = self.txn.open_table(META)?;
        let id = t.get(META_NEXT_ID)?.map(|g| g.value()).unwrap_or(1);
        t.insert(META_NEXT_ID, id + 1)?;
        Ok(id)
    }

    /// Writes (or with `None` removes) one record, keeping the unique indexes and the
    /// relation indexes in step, and remembers the change for the audit entry. A value equal
    /// to the stored one is not a change.
    pub fn put(&mut self, key: RecordKey, new: Option<Record>) -> Result<()> {
        let before = self.txn.record(key)?;
        if before == new {
            return Ok(());
        }
        self.write_raw(key, before.as_ref(), new.as_ref())?;
        let after = match (&before, new) {
            (None, Some(r)) => After::Created(digest(&r)),
            (_, new) => After::from(new),
        };
        self.changes.push(&Change { key, before, after });
        Ok(())
    }

    /// Writes a new record under a key no record has (an id just taken from
    /// [`Writer::next_id`]), like [`Writer::put`] but without reading the previous value,
    /// which cannot exist: a large import would otherwise look up every new id in vain.
    pub fn create(&mut self, key: RecordKey, new: Record) -> Result<()> {
        self.write_raw(key, None, Some(&new))?;
        self.changes.push(&Change {
            key,
            before: None,
            after: After::Created(digest(&new)),
        });
        Ok(())
    }

    /// Writes a record without recording a change (used by `forget` to rewrite history).
    pub fn write_raw(
        &mut self,
        key: RecordKey,
        before: Option<&Record>,
        new: Option<&Record>,
    ) -> Result<()> {
        let txn = self.txn;
        match key {
            RecordKey::Event(id) => {
                let old = match before {
                    Some(Record::Event(e)) => Some(code_key(&e.code)),
                    _ => None,
                };
                let newk = match new {
                    Some(Record::Event(e)) => Some(code_key(&e.code)),
                    _ => None,
                };
                unique(txn, EVENT_CODES, id, old, newk, ("event", Field::Code))?;
                put_bytes(txn, EVENTS, id, new)?;
            }
            RecordKey::Session(id) => {
                let mut idx = txn.open_table(EVENT_SESSIONS)?;
                if let Some(Record::Session(s)) = before {
                    idx.remove((s.event, id))?;
                }
                if let Some(Record::Session(s)) = new {
                    idx.insert((s.event, id), ())?;
                }
                drop(idx);
                put_bytes(txn, SESSIONS, id, new)?;
            }
            RecordKey::Organisation(id) => {
                let old = match before {
                    Some(Record::Organisation(o)) => Some(org_key(&o.name)),
                    _ => None,
                };
                let newk = match new {
                    Some(Record::Organisation(o)) => Some(org_key(&o.name)),
                    _ => None,
                };
                unique(
                    txn,
                    ORG_NAMES,
                    id,
                    old,
                    newk,
                    ("organisation", Field::OrganisationName),
                )?;
                put_bytes(txn, ORGANISATIONS, id, new)?;
            }
            RecordKey::Participant(id) => {
                let email = |r: Option<&Record>| match r {
                    Some(Record::Participant(p)) if !p.email.is_empty() => {
                        Some(p.email.to_lowercase())
                    }
                    _ => None,
                };
                unique(
                    txn,
                    EMAILS,
                    id,
                    email(before),
                    email(new),
                    ("participant", Field::Email),
                )?;
                put_bytes(txn, PARTICIPANTS, id, new)?;
            }
            RecordKey::Registration(e, p) => {
                let mut idx = txn.open_table(PARTICIPANT_EVENTS)?;
                let mut t = txn.open_table(REGISTRATIONS)?;
                match new {
                    Some(Record::Registration(r)) => {
                        // The index entry of a registration that exists is already there;
                        // writing it again would copy its B-tree path for nothing.
                        if !matches!(before, Some(Record::Registration(_))) {
                            idx.insert((p, e), ())?;
                        }
                        t.insert((e, p), encode(r).as_slice())?;
                    }
                    _ => {
                        idx.remove((p, e))?;
                        t.remove((e, p))?;
                    }
                }
            }
            RecordKey::Mark(s, p) => {
                let mut idx = txn.open_table(PARTICIPANT_MARKS)?;
                let mut t = txn.open_table(MARKS)?;
                match new {
                    Some(Record::Mark(m)) => {
                        // Changing a mark leaves its index entry as it is (fewer pages to
                        // write and sync per mark at the door).
                        if !matches!(before, Some(Record::Mark(_))) {
                            idx.insert((p, s), ())?;
                        }
                        t.insert((s, p), encode(m).as_slice())?;
                    }
                    _ => {
                        idx.remove((p, s))?;
                        t.remove((s, p))?;
                    }
                }
            }
            RecordKey::FollowUp(id) => {
                let mut idx = txn.open_table(EVENT_FOLLOWUPS)?;
                if let Some(Record::FollowUp(f)) = before {
                    idx.remove((f.event, id))?;
                }
                if let Some(Record::FollowUp(f)) = new {
                    idx.insert((f.event, id), ())?;
                }
                drop(idx);
                put_bytes(txn, FOLLOWUPS, id, new)?;
            }
        }
        Ok(())
    }
}

fn put_bytes(
    txn: &redb::WriteTransaction,
    def: TableDefinition<u64, &[u8]>,
    id: Id,
    new: Option<&Record>,
) -> Result<()> {
    let mut t = txn.open_table(def)?;
    match new {
        Some(r) => {
            let bytes = match r {
                Record::Event(x) => encode(x),
                Record::Session(x) => encode(x),
                Record::Organisation(x) => encode(x),
                Record::Participant(x) => encode(x),
                Record::Registration(x) => encode(x),
                Record::Mark(x) => encode(x),
                Record::FollowUp(x) => encode(x),
            };
            t.insert(id, bytes.as_slice())?;
        }
        None => {
            t.remove(id)?;
        }
    }
    Ok(())
}

/// Keeps a unique index: refuses a key held by another record. `what` is the kind of
/// record (event, organisation, participant), for the message, and `field` the field that
/// holds the key, so a form shows the refusal beside it.
fn unique(
    txn: &redb::WriteTransaction,
    def: TableDefinition<&str, u64>,
    id: Id,
    old: Option<String>,
    new: Option<String>,
    (what, field): (&str, Field),
) -> Result<()> {
    if old == new {
        return Ok(());
    }
    let mut t = txn.open_table(def)?;
    if let Some(k) = &new {
        let holder = t.get(k.as_str())?.map(|g| g.value());
        if let Some(h) = holder
            && h != id
        {
            return Err(Error::Invalid {
                field: Some(field),
                reason: crate::t!("store-already-exists", kind = what, key = format!("{k:?}")),
            });
        }
    }
    if let Some(k) = &old {
        t.remove(k.as_str())?;
    }
    if let Some(k) = &new {
        t.insert(k.as_str(), id)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(by: &str, reason: &str) -> Record {
        Record::Mark(Mark {
            status: MarkStatus::Late,
            arrived_at: Some(time::macros::time!(9:20)),
            reason: reason.into(),
            by: by.into(),
            at: 1_772_443_800,
            left_at: None,
        })
    }

    #[test]
    fn an_entry_built_from_encoded_changes_is_the_entry_encoded_whole() {
        let changes = vec![
            Change {
                key: RecordKey::Mark(7, 300),
                before: None,
                after: After::Created(digest(&mark("drita", ""))),
            },
            Change {
                key: RecordKey::Mark(7, 301),
                before: Some(mark("ana", "bus")),
                after: After::Image(mark("drita", "tren, 20 min")),
            },
            Change {
                key: RecordKey::Registration(3, 301),
                before: None,
                after: After::Gone,
            },
        ];
        for (changes, undoes) in [(changes.clone(), None), (changes, Some(41)), (vec![], None)] {
            let mut log = ChangeLog::default();
            for c in &changes {
                log.push(c);
            }
            assert_eq!(log.len(), changes.len());
            let entry = AuditEntry {
                at: -5,
                who: "drita".into(),
                what: "Ana Çela late".into(),
                changes,
                undoes,
            };
            let bytes = log.entry_bytes(entry.at, &entry.who, &entry.what, entry.undoes);
            assert_eq!(bytes, encode(&entry));
            let back: AuditEntry = decode(&bytes, "audit", 1).expect("decodes");
            assert_eq!(back, entry);
        }
    }
}
