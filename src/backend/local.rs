//! The local backend: this process owns the redb file. Each command is one write
//! transaction, committed with `Durability::Immediate` together with its audit entry.

use std::path::{Path, PathBuf};

use redb::ReadableTable;

use crate::store::schema::{AUDIT, META, META_LAST_CHANGE};

/// The META key set in the transaction of a `forget` and taken out by the rewrite after it.
const FORGET_PENDING: &str = "forget_pending";
/// Changes in one command from which the file is rewritten after it: a large import leaves
/// the file about 1.35 × larger than it needs to be (BENCHMARKS.md, "Footprint on a small
/// server"); below this, what a rewrite returns is not worth its pause.
pub const COMPACT_AFTER: usize = 10_000;
use crate::core::apply::apply;
use crate::core::error::{Error, Result};
use crate::core::write::Ctx;
use crate::core::{
    Answer, Backend, Command, ImportKind, ImportRows, Outcome, Query, clock, os_user, query,
};
use crate::store::tx::Writer;
use crate::store::{Db, Opened};

pub struct LocalBackend {
    db: Db,
    pub opened: Opened,
    who: String,
}

impl LocalBackend {
    /// Opens (or creates) the database file at `path`, and finishes a `forget` that was
    /// interrupted between its commit and the rewrite of the file (a kill, a full disk); what
    /// happened is left in [`crate::store::take_notes`].
    pub fn open(path: &Path) -> Result<Self> {
        let (db, opened) = crate::store::open(path)?;
        let mut b = LocalBackend {
            db,
            opened,
            who: os_user(),
        };
        if b.forget_pending()? {
            let note = match b.finish_forget() {
                Ok(()) => crate::t!("store-forget-finished", path = path.display().to_string()),
                Err(e) => crate::t!(
                    "store-forget-still-pending",
                    path = path.display().to_string(),
                    reason = bare(e)
                ),
            };
            crate::store::note(note);
        }
        Ok(b)
    }

    /// Wraps a database opened by the caller (for example over a storage backend of its
    /// own) with the same schema check, creation and migrations as [`LocalBackend::open`].
    /// `path` names the file in messages.
    pub fn from_database(db: redb::Database, path: &Path) -> Result<Self> {
        let (db, opened) = crate::store::prepare(db, path)?;
        Ok(LocalBackend {
            db,
            opened,
            who: os_user(),
        })
    }

    /// Opens the file for reading only.
    pub fn open_read_only(path: &Path) -> Result<Self> {
        let (db, opened) = crate::store::open_with(path, true)?;
        Ok(LocalBackend {
            db,
            opened,
            who: os_user(),
        })
    }

    pub fn path(&self) -> &PathBuf {
        &self.opened.path
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Applies a command on behalf of `who` (the server passes the peer's user).
    pub fn execute_as(&mut self, cmd: Command, who: &str) -> Result<Outcome> {
        match cmd {
            Command::Import {
                kind,
                rows,
                event,
                dry_run,
                partial: true,
            } => self.import_partial(kind, rows, event, dry_run, who),
            Command::FinishForget => self.finish_pending_forget(),
            cmd => self.execute_once(cmd, who),
        }
    }

    /// A partial import: dry runs find the rejected rows (a row can fail because another
    /// did, so until none is left, a few rounds at most), then the rest is imported in one
    /// transaction as usual. A file line with any rejected row is left out whole, so the
    /// rejects file gives back whole lines.
    fn import_partial(
        &mut self,
        kind: ImportKind,
        mut rows: ImportRows,
        event: Option<String>,
        dry_run: bool,
        who: &str,
    ) -> Result<Outcome> {
        let mut rejected = Vec::new();
        for _ in 0..8 {
            let probe = self.execute_once(
                Command::Import {
                    kind,
                    rows: rows.clone(),
                    event: event.clone(),
                    dry_run: true,
                    partial: false,
                },
                who,
            )?;
            let found = probe.import.map(|r| r.rejected).unwrap_or_default();
            if found.is_empty() {
                break;
            }
            let bad: std::collections::HashSet<u64> = found.iter().map(|e| e.line).collect();
            rows.retain(|r| !bad.contains(&r.line()));
            rejected.extend(found);
        }
        let mut out = self.execute_once(
            Command::Import {
                kind,
                rows,
                event,
                dry_run,
                partial: false,
            },
            who,
        )?;
        if let Some(r) = &mut out.import {
            r.rejected.extend(rejected);
            r.rejected.sort_by_key(|e| e.line);
        }
        Ok(out)
    }

    fn execute_once(&mut self, cmd: Command, who: &str) -> Result<Outcome> {
        let db = self.db.writable()?;
        let mut txn = db.begin_write()?;
        txn.set_durability(redb::Durability::Immediate)?;
        let ctx = Ctx {
            who: who.to_string(),
            at: clock::unix_now(),
        };
        let (result, changes) = {
            let mut w = Writer::new(&txn);
            let r = apply(&mut w, &cmd, &ctx);
            (r, w.changes)
        };
        let mut outcome = match result {
            Ok(o) => o,
            Err(e) => {
                // After an I/O error the abort fails too ("previous I/O error"); the first
                // error is the one that says why (disk full, read error), so it is the one
                // returned.
                let _ = txn.abort();
                return Err(e);
            }
        };
        let is_forget = matches!(cmd, Command::Forget { .. });
        let rejected = outcome
            .import
            .as_ref()
            .is_some_and(|r| !r.rejected.is_empty());
        if cmd.is_dry_run() || rejected {
            if let Some(report) = &mut outcome.import {
                report.applied = false;
            }
            txn.abort()?;
            return Ok(outcome);
        }
        if changes.is_empty() && !is_forget {
            txn.abort()?;
            if let Some(r) = &mut outcome.import {
                r.applied = true;
            }
            return Ok(outcome);
        }
        let entry = changes.entry_bytes(
            ctx.at,
            &ctx.who,
            &outcome.what,
            match cmd {
                Command::Undo { entry } => Some(entry),
                _ => None,
            },
        );
        if is_forget {
            // Until the file is rewritten, its free pages may still hold what was erased: the
            // mark says so to the next open if this process dies before it is done.
            txn.open_table(META)?.insert(FORGET_PENDING, 1)?;
        }
        let id = {
            // The counter, not the table's last key: reading that key reads its value too.
            let mut m = txn.open_table(META)?;
            let next = m.get(META_LAST_CHANGE)?.map_or(0, |g| g.value()) + 1;
            m.insert(META_LAST_CHANGE, next)?;
            txn.open_table(AUDIT)?.insert(next, entry.as_slice())?;
            next
        };
        txn.commit().map_err(|e| Error::Storage(e.to_string()))?;
        outcome.entry = Some(id);
        if changes.len() >= COMPACT_AFTER && !is_forget {
            // A change this large (an import, or its undo) leaves about half of the pages it
            // wrote split or free. Rewriting the file packs them (as after a forget);
            // compacting only moves them. The change is saved whatever comes of this: a
            // rewrite that cannot be done (a full disk) leaves the file as it was, and a
            // compaction that cannot run now is tried again after the next large change.
            drop(cmd);
            if self.rewrite().is_err() {
                let _ = self.compact();
            }
        }
        if let Some(r) = &mut outcome.import {
            r.applied = true;
        }
        if is_forget && let Err(e) = self.finish_forget() {
            // The person is forgotten (committed); only the rewrite is left to do.
            // Not "could not save": the forget itself is saved.
            return Err(Error::invalid(crate::t!(
                "store-forget-unfinished",
                what = outcome.what.as_str(),
                reason = bare(e)
            )));
        }
        Ok(outcome)
    }

    /// [`Command::FinishForget`]: rewrites the file when a `forget` left it to be rewritten.
    /// The person is forgotten either way; a rewrite that fails again says so and stays
    /// pending.
    fn finish_pending_forget(&mut self) -> Result<Outcome> {
        if self.db.writable().is_err() || !self.forget_pending()? {
            return Err(Error::NotFound(crate::t!("store-forget-none-pending")));
        }
        let path = self.opened.path.display().to_string();
        match self.finish_forget() {
            Ok(()) => Ok(Outcome {
                what: crate::t!("store-forget-finished", path = path),
                ..Outcome::default()
            }),
            // Not "could not save": nothing was lost, the rewrite is only still to do.
            Err(e) => Err(Error::invalid(crate::t!(
                "store-forget-still-pending",
                path = path,
                reason = bare(e)
            ))),
        }
    }

    /// True when a `forget` committed but the file was not rewritten since.
    pub fn forget_pending(&self) -> Result<bool> {
        let r = self.db.begin_read()?;
        let t = match r.open_table(META) {
            Ok(t) => t,
            Err(redb::TableError::TableDoesNotExist(_)) => return Ok(false),
            Err(e) => return Err(e.into()),
        };
        Ok(t.get(FORGET_PENDING)?.is_some())
    }

    /// Rewrites the file so nothing a `forget` erased is left in it, in free pages either:
    /// every record is copied into a new file beside it (the same way as a backup), the
    /// pending mark taken out of the copy, and the copy renamed over the file with its mode
    /// and group, then reopened. Compaction alone moves pages but leaves old bytes in the
    /// free space of a file that has seen large imports. A failure (a full disk) removes the
    /// copy and leaves the file as it was, the pending mark with it.
    pub fn finish_forget(&mut self) -> Result<()> {
        self.rewrite()
    }

    /// Rewrites the file as [`LocalBackend::finish_forget`] describes: the copy holds every
    /// record in pages filled in order, so it is also how a large change's split and free
    /// pages are given back.
    pub fn rewrite(&mut self) -> Result<()> {
        if self.db.writable().is_err() {
            return Ok(());
        }
        let path = self.opened.path.clone();
        let mut name = std::ffi::OsString::from(".");
        name.push(path.file_name().unwrap_or_default());
        name.push(".forget");
        let tmp = path.with_file_name(name);
        let partial = crate::store::partial_path(&tmp);
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_file(&partial);
        let rewritten = (|| -> Result<()> {
            crate::store::backup(&self.db, &tmp)?;
            let copy = redb::Database::create(&tmp)?;
            let w = copy.begin_write()?;
            w.open_table(META)?.remove(FORGET_PENDING)?;
            w.commit()?;
            drop(copy);
            let meta = std::fs::metadata(&path)?;
            std::fs::set_permissions(&tmp, meta.permissions())?;
            let _ = nix::unistd::chown(
                &tmp,
                None,
                Some(nix::unistd::Gid::from_raw(
                    std::os::unix::fs::MetadataExt::gid(&meta),
                )),
            );
            std::fs::rename(&tmp, &path)?;
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
                && let Ok(d) = std::fs::File::open(dir)
            {
                let _ = d.sync_all();
            }
            Ok(())
        })();
        if let Err(e) = rewritten {
            let _ = std::fs::remove_file(&tmp);
            let _ = std::fs::remove_file(&partial);
            return Err(e);
        }
        let (db, opened) = crate::store::open(&path)?;
        self.db = db;
        self.opened = opened;
        Ok(())
    }

    /// Compacts the file (needs no other transaction open). Right after a large commit one
    /// pass leaves pages that commit freed; passes go on while one still gives back (at
    /// most a few).
    pub fn compact(&mut self) -> Result<()> {
        if let Db::ReadWrite(d) = &mut self.db {
            for _ in 0..4 {
                let more = d.compact().map_err(|e| {
                    Error::Storage(crate::t!("store-compaction-failed", reason = e.to_string()))
                })?;
                if !more {
                    break;
                }
            }
        }
        Ok(())
    }

    /// A consistent copy of the database.
    pub fn backup(&self, dest: &Path) -> Result<()> {
        crate::store::backup(&self.db, dest)
    }
}

/// The reason of a storage error without its "could not save" in front.
fn bare(e: Error) -> String {
    match e {
        Error::Storage(m) => m,
        other => other.to_string(),
    }
}

impl Backend for LocalBackend {
    fn execute(&mut self, cmd: Command) -> Result<Outcome> {
        let who = self.who.clone();
        self.execute_as(cmd, &who)
    }

    fn query(&mut self, q: Query) -> Result<Answer> {
        let r = self.db.begin_read()?;
        query::answer(&r, &q)
    }

    fn each_participant_row(
        &mut self,
        each: &mut dyn FnMut(crate::core::ParticipantRow),
    ) -> Result<()> {
        let r = self.db.begin_read()?;
        query::each_participant_row(&r, each)
    }

    fn location_key(&self) -> String {
        self.opened.path.display().to_string()
    }

    fn location(&self) -> String {
        crate::t!(
            "store-location-file",
            path = self.opened.path.display().to_string()
        )
    }

    fn who(&self) -> String {
        self.who.clone()
    }

    fn read_only(&self) -> bool {
        self.opened.read_only
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{MarkInput, Queries, WalkInPerson};
    use crate::domain::*;
    use crate::store::tx::Reader;
    use time::macros::{date, datetime};

    fn event(code: &str) -> Event {
        Event {
            code: code.into(),
            title: "Advocacy basics".into(),
            kind: EventKind::Training,
            city: "Prishtina".into(),
            country: "Kosovo".into(),
            venue: String::new(),
            start: date!(2026 - 03 - 02),
            end: date!(2026 - 03 - 03),
            project: "P1".into(),
            capacity: None,
            trainers: String::new(),
            threshold_permille: 800,
            status: EventStatus::Planned,
            notes: String::new(),
            mode: Default::default(),
        }
    }

    fn person(name: &str, email: &str) -> Participant {
        Participant {
            name: name.into(),
            email: email.into(),
            gender: Gender::Female,
            country: "Kosovo".into(),
            ..Participant::default()
        }
    }

    fn open() -> (tempfile::TempDir, LocalBackend) {
        let dir = tempfile::tempdir().expect("tempdir");
        let b = LocalBackend::open(&dir.path().join("sub/p.redb")).expect("open");
        (dir, b)
    }

    fn mark(status: MarkStatus) -> Option<MarkInput> {
        Some(MarkInput {
            status,
            arrived_at: None,
            reason: String::new(),
        })
    }

    fn present() -> Option<MarkInput> {
        mark(MarkStatus::Present)
    }

    /// Runs a command that creates a record; the new record's id.
    fn created(b: &mut LocalBackend, cmd: Command) -> Id {
        b.execute(cmd).expect("create").created.expect("id")
    }

    /// Sets (or clears) one mark without a concurrency check.
    fn set_mark(
        b: &mut LocalBackend,
        session: Id,
        participant: Id,
        mark: Option<MarkInput>,
    ) -> Result<Outcome> {
        b.execute(Command::SetMark {
            session,
            participant,
            mark,
            expect: None,
        })
    }

    #[test]
    fn location_key_does_not_depend_on_the_language() {
        let (_dir, b) = open();
        crate::i18n::set_for_thread(Some("sq"));
        let (sq, sq_key) = (b.location(), b.location_key());
        crate::i18n::set_for_thread(Some("en"));
        let (en, en_key) = (b.location(), b.location_key());
        crate::i18n::set_for_thread(None);
        assert_ne!(sq, en, "the shown place is translated");
        assert_eq!(sq_key, en_key, "drafts match in any language");
    }

    #[test]
    fn file_and_directory_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let (dir, _b) = open();
        let d = std::fs::metadata(dir.path().join("sub")).expect("dir");
        let f = std::fs::metadata(dir.path().join("sub/p.redb")).expect("file");
        assert_eq!(d.permissions().mode() & 0o777, 0o700);
        assert_eq!(f.permissions().mode() & 0o777, 0o600);
    }

    #[test]
    fn event_gets_a_session_per_day_and_marks_are_audited() {
        let (_d, mut b) = open();
        let eid = created(&mut b, Command::CreateEvent(event("ADV-1")));
        let sessions = b.sessions(eid).expect("sessions");
        assert_eq!(sessions.len(), 2);
        let pid = created(
            &mut b,
            Command::CreateParticipant(person("Ana Çela", "ana@example.org")),
        );
        let out = set_mark(&mut b, sessions[0].0, pid, present()).expect("mark");
        // A mark for someone not registered registers them as a walk-in.
        let regs = b.registrations(eid).expect("regs");
        assert_eq!(regs.len(), 1);
        assert_eq!(regs[0].1.source, Source::WalkIn);
        let entry = b
            .audit_entry(out.entry.expect("audited"))
            .expect("q")
            .expect("entry");
        assert_eq!(entry.who, b.who());
        assert_eq!(entry.changes.len(), 2);
        let s = b
            .summary(eid, datetime!(2026-03-05 10:00))
            .expect("summary");
        assert_eq!(s.sessions[0].present, 1);
        assert_eq!(s.sessions[1].unmarked, 1);
        assert_eq!(s.registered, 1);
    }

    #[test]
    fn undo_and_redo_restore_the_previous_state() {
        let (_d, mut b) = open();
        let eid = created(&mut b, Command::CreateEvent(event("ADV-1")));
        let sid = b.sessions(eid).expect("s")[0].0;
        let pid = created(&mut b, Command::CreateParticipant(person("Ana", "")));
        let first = set_mark(&mut b, sid, pid, present()).expect("m");
        let late = mark(MarkStatus::Late);
        let second = set_mark(&mut b, sid, pid, late).expect("m");
        let undo = b
            .execute(Command::Undo {
                entry: second.entry.expect("e"),
            })
            .expect("undo");
        assert!(undo.what.starts_with("undid"));
        assert_eq!(
            b.session_marks(sid).expect("m")[0].1.status,
            MarkStatus::Present
        );
        // Undoing the first change while the record is as it left it works too.
        let _ = first;
        let redo = b
            .execute(Command::Undo {
                entry: undo.entry.expect("e"),
            })
            .expect("redo");
        assert!(redo.what.starts_with("redid"));
        assert_eq!(
            b.session_marks(sid).expect("m")[0].1.status,
            MarkStatus::Late
        );
        // An old change whose record changed since cannot be undone.
        let err = b
            .execute(Command::Undo {
                entry: first.entry.expect("e"),
            })
            .expect_err("conflict");
        assert!(matches!(err, Error::Conflict(_)));
    }

    #[test]
    fn a_created_record_is_audited_as_a_digest_and_undone_only_while_unchanged() {
        let (_d, mut b) = open();
        let ana = b
            .execute(Command::CreateParticipant(person("Ana Çela", "ana@x.org")))
            .expect("create");
        let entry = b
            .audit_entry(ana.entry.expect("audited"))
            .expect("q")
            .expect("entry");
        let stored = b
            .db()
            .begin_read()
            .expect("r")
            .participant(ana.created.expect("id"))
            .expect("read")
            .expect("there");
        assert_eq!(
            entry.changes[0].after,
            After::Created(crate::store::codec::digest(&Record::Participant(stored)))
        );
        // Unchanged since: undo removes it.
        b.execute(Command::Undo {
            entry: ana.entry.expect("e"),
        })
        .expect("undo");
        assert!(b.participants().expect("p").is_empty());
        // Changed since: undo refuses, as it does for a change kept whole.
        let beni = b
            .execute(Command::CreateParticipant(person("Beni", "beni@x.org")))
            .expect("create");
        let id = beni.created.expect("id");
        b.execute(Command::UpdateParticipant {
            id,
            participant: person("Beni Hoxha", "beni@x.org"),
        })
        .expect("update");
        let err = b
            .execute(Command::Undo {
                entry: beni.entry.expect("e"),
            })
            .expect_err("changed since");
        assert!(matches!(err, Error::Conflict(_)), "{err}");
        assert_eq!(b.participants().expect("p").len(), 1);
    }

    #[test]
    fn an_entry_written_with_whole_images_reads_and_undoes_as_before() {
        // How entries were written before created records were kept as a digest.
        #[derive(serde::Serialize)]
        struct OldChange {
            key: RecordKey,
            before: Option<Record>,
            after: Option<Record>,
        }
        #[derive(serde::Serialize)]
        struct OldEntry {
            at: i64,
            who: String,
            what: String,
            changes: Vec<OldChange>,
            undoes: Option<Id>,
        }
        let (_d, mut b) = open();
        let out = b
            .execute(Command::CreateParticipant(person("Ana Çela", "ana@x.org")))
            .expect("create");
        let (id, entry) = (out.created.expect("id"), out.entry.expect("e"));
        let stored = b.participants().expect("p").remove(0).1;
        let old = OldEntry {
            at: 1_772_000_000,
            who: "drita".into(),
            what: "create Ana Çela".into(),
            changes: vec![OldChange {
                key: RecordKey::Participant(id),
                before: None,
                after: Some(Record::Participant(stored.clone())),
            }],
            undoes: None,
        };
        {
            let w = b.db().writable().expect("rw").begin_write().expect("w");
            w.open_table(crate::store::schema::AUDIT)
                .expect("audit")
                .insert(entry, crate::store::codec::encode(&old).as_slice())
                .expect("ins");
            w.commit().expect("commit");
        }
        let e = b.audit_entry(entry).expect("q").expect("decodes");
        assert_eq!(
            e.changes[0].after,
            After::Image(Record::Participant(stored))
        );
        b.execute(Command::Undo { entry }).expect("undo");
        assert!(b.participants().expect("p").is_empty());
    }

    #[test]
    fn a_large_import_is_followed_by_a_rewrite() {
        let (d, mut b) = open();
        let path = d.path().join("sub/p.redb");
        let len = || std::fs::metadata(&path).expect("file").len();
        let rows = |n: usize, from: usize| {
            let mut rows = ImportRows::new(vec!["name".into(), "email".into()]);
            for i in from..from + n {
                let (name, email) = (format!("Person {i}"), format!("p{i}@example.org"));
                rows.push(
                    i as u64 + 2,
                    crate::core::Cells::new([name.as_str(), &email]),
                );
            }
            rows
        };
        let import = |b: &mut LocalBackend, rows| {
            b.execute(Command::Import {
                kind: ImportKind::Participants,
                rows,
                event: None,
                dry_run: false,
                partial: false,
            })
            .expect("import")
        };
        import(&mut b, rows(COMPACT_AFTER / 4, 0));
        import(&mut b, rows(COMPACT_AFTER, COMPACT_AFTER));
        // Rewritten once saved: compacting gives nothing back.
        let after = len();
        b.compact().expect("compact");
        assert_eq!(len(), after);
        // Without it, it would have.
        import(&mut b, rows(COMPACT_AFTER / 2, 3 * COMPACT_AFTER));
        let before = len();
        b.compact().expect("compact");
        assert!(len() < before, "{} of {before}", len());
    }

    #[test]
    fn invalid_commands_change_nothing() {
        let (_d, mut b) = open();
        let before = b.change_seq().expect("seq");
        let mut bad = event("X 1");
        assert!(b.execute(Command::CreateEvent(bad.clone())).is_err());
        bad.code = "X1".into();
        bad.title = "evil\x1b]0;pwned\x07".into();
        assert!(matches!(
            b.execute(Command::CreateEvent(bad)),
            Err(Error::Invalid { .. })
        ));
        assert!(
            b.execute(Command::CreateParticipant(person("", "")))
                .is_err()
        );
        assert!(
            b.execute(Command::CreateParticipant(person("A", "not-an-email")))
                .is_err()
        );
        assert_eq!(b.change_seq().expect("seq"), before);
        assert!(b.events().expect("e").is_empty());
    }

    #[test]
    fn duplicate_email_and_code_are_refused() {
        let (_d, mut b) = open();
        b.execute(Command::CreateEvent(event("ADV-1"))).expect("e");
        assert!(b.execute(Command::CreateEvent(event("adv-1"))).is_err());
        b.execute(Command::CreateParticipant(person("A", "a@x.org")))
            .expect("p");
        let err = b
            .execute(Command::CreateParticipant(person("B", "A@X.org")))
            .expect_err("dup");
        assert!(err.to_string().contains("already exists"));
    }

    #[test]
    fn walk_in_finds_existing_email_and_merge_moves_everything() {
        let (_d, mut b) = open();
        let eid = created(&mut b, Command::CreateEvent(event("ADV-1")));
        let sid = b.sessions(eid).expect("s")[0].0;
        let a = created(
            &mut b,
            Command::CreateParticipant(person("Ana Çela", "ana@x.org")),
        );
        let out = b
            .execute(Command::WalkIn {
                event: eid,
                session: Some(sid),
                person: WalkInPerson::New {
                    participant: person("Ana Cela", "ANA@x.org"),
                    organisation: "Lëvizja".into(),
                },
            })
            .expect("walk-in");
        assert_eq!(out.created, Some(a));
        assert_eq!(b.participants().expect("p").len(), 1);
        let dup = created(&mut b, Command::CreateParticipant(person("Ana Cela", "")));
        let s2 = b.sessions(eid).expect("s")[1].0;
        set_mark(&mut b, s2, dup, present()).expect("m");
        let merged = b
            .execute(Command::Merge {
                keep: a,
                remove: dup,
            })
            .expect("merge");
        assert_eq!(b.participants().expect("p").len(), 1);
        let hist = b.history(a).expect("h");
        assert_eq!(hist[0].attended, 2);
        b.execute(Command::Undo {
            entry: merged.entry.expect("e"),
        })
        .expect("undo merge");
        assert_eq!(b.participants().expect("p").len(), 2);
    }

    #[test]
    fn newer_schema_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("new.redb");
        {
            let b = LocalBackend::open(&path).expect("open");
            let Db::ReadWrite(db) = b.db() else {
                panic!("writable")
            };
            let w = db.begin_write().expect("w");
            w.open_table(crate::store::schema::META)
                .expect("meta")
                .insert("schema_version", 99)
                .expect("insert");
            w.commit().expect("commit");
        }
        let before = std::fs::read(&path).expect("read");
        let err = LocalBackend::open(&path).err().expect("refused");
        assert!(err.to_string().contains("newer prezenca"), "{err}");
        assert!(
            std::fs::read(&path).expect("read") == before,
            "file modified"
        );
    }

    #[test]
    fn schema_1_file_is_migrated_on_open() {
        use crate::store::schema::*;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("v1.redb");
        {
            // A file as schema 1 wrote it: marks, but no participant_marks index.
            let db = redb::Database::create(&path).expect("create");
            let w = db.begin_write().expect("w");
            crate::store::create_tables(&w).expect("tables");
            w.delete_table(PARTICIPANT_MARKS).expect("drop index");
            {
                let mut m = w.open_table(META).expect("meta");
                m.insert(META_SCHEMA, 1).expect("v");
                m.insert(META_NEXT_ID, 100).expect("id");
                // A mark as schemas 1 and 2 wrote it.
                let mark = crate::store::migrate::v4_to_v5::MarkV2 {
                    status: MarkStatus::Present,
                    arrived_at: None,
                    reason: String::new(),
                    by: "t".into(),
                    at: 0,
                };
                w.open_table(MARKS)
                    .expect("marks")
                    .insert((5, 7), crate::store::codec::encode(&mark).as_slice())
                    .expect("ins");
            }
            w.commit().expect("commit");
        }
        // Private, as prezenca creates its files: others' access is refused on open.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        let b = LocalBackend::open(&path).expect("open migrates");
        assert_eq!(b.opened.migrated_from, Some(1));
        let r = b.db().begin_read().expect("r");
        assert_eq!(r.sessions_of_participant(7).expect("index"), vec![5]);
        assert_eq!(r.meta(META_SCHEMA).expect("v"), Some(SCHEMA_VERSION));
    }

    #[test]
    fn schema_2_file_gets_its_change_counter_and_looking_for_changes_never_reads_an_entry() {
        use crate::store::schema::*;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("v2.redb");
        {
            // A file as schema 2 wrote it: no counter, two audit entries.
            let db = redb::Database::create(&path).expect("create");
            let w = db.begin_write().expect("w");
            crate::store::create_tables(&w).expect("tables");
            {
                let mut m = w.open_table(META).expect("meta");
                m.insert(META_SCHEMA, 2).expect("v");
                m.insert(META_NEXT_ID, 100).expect("id");
                let mut a = w.open_table(AUDIT).expect("audit");
                for id in [41, 42] {
                    let e = crate::store::migrate::v4_to_v5::AuditEntryV2 {
                        at: 1_772_000_000,
                        who: "drita".into(),
                        what: "an old change".into(),
                        changes: Vec::new(),
                        undoes: None,
                    };
                    a.insert(id, crate::store::codec::encode(&e).as_slice())
                        .expect("ins");
                }
            }
            w.commit().expect("commit");
        }
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        let b = LocalBackend::open(&path).expect("open migrates");
        assert_eq!(b.opened.migrated_from, Some(2));
        drop(b);
        {
            // The newest entry no longer even decodes: looking for changes must not need it.
            let db = redb::Database::open(&path).expect("open raw");
            let w = db.begin_write().expect("w");
            w.open_table(AUDIT)
                .expect("audit")
                .insert(42, [0xFFu8; 64].as_slice())
                .expect("ins");
            w.commit().expect("commit");
        }
        let mut b = LocalBackend::open(&path).expect("open");
        assert_eq!(b.change_seq().expect("seq"), 42);
        let eid = created(&mut b, Command::CreateEvent(event("ADV-3")));
        assert!(eid > 0);
        assert_eq!(b.change_seq().expect("seq"), 43);
        assert!(b.audit_entry(43).expect("entry").is_some());
    }

    #[test]
    fn forget_erases_the_name_from_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("f.redb");
        let mut b = LocalBackend::open(&path).expect("open");
        let eid = created(&mut b, Command::CreateEvent(event("ADV-1")));
        let sid = b.sessions(eid).expect("s")[0].0;
        let pid = created(
            &mut b,
            Command::CreateParticipant(person("Zamira Qendresa", "zamira.q@example.org")),
        );
        set_mark(&mut b, sid, pid, present()).expect("m");
        b.execute(Command::UpdateParticipant {
            id: pid,
            participant: person("Zamira Qendresa", "zamira.q@example.org"),
        })
        .expect("u");
        b.execute(Command::Forget { participant: pid })
            .expect("forget");
        drop(b);
        let bytes = std::fs::read(&path).expect("read");
        let hay = String::from_utf8_lossy(&bytes);
        assert!(!hay.contains("Zamira"), "name left in the file");
        assert!(
            !hay.contains("zamira.q@example.org"),
            "email left in the file"
        );
        let mut b = LocalBackend::open(&path).expect("open");
        let s = b
            .summary(eid, datetime!(2026-03-05 10:00))
            .expect("summary");
        assert_eq!(s.sessions[0].present, 1, "the mark stays, anonymous");
    }

    #[test]
    fn backup_is_a_valid_database() {
        let (dir, mut b) = open();
        b.execute(Command::CreateEvent(event("ADV-1"))).expect("e");
        let dest = dir.path().join("backup.redb");
        b.backup(&dest).expect("backup");
        let mut copy = LocalBackend::open(&dest).expect("opens");
        assert_eq!(copy.events().expect("e").len(), 1);
        assert!(
            crate::store::check::check(copy.db())
                .expect("check")
                .is_empty()
        );
    }
}
