//! The redb file: where it lives, how it is opened (permissions, schema check, migrations),
//! and typed access inside transactions.

pub mod check;
pub mod codec;
pub mod migrate;
pub mod schema;
pub mod tx;

use std::fs::{DirBuilder, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use redb::{ReadableDatabase, ReadableTable};

use crate::core::error::{Error, Result};
use schema::*;

/// The database file chosen by `--db`, else `PREZENCA_DB`, else `prezenca.redb` in the XDG
/// data directory.
pub fn resolve_path(cli: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = cli {
        return Ok(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os("PREZENCA_DB").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let dirs = directories::ProjectDirs::from("", "", "prezenca")
        .ok_or_else(|| Error::invalid(crate::t!("store-no-home")))?;
    Ok(dirs.data_dir().join("prezenca.redb"))
}

/// An open database: read-write, or read-only when the file cannot be written.
pub enum Db {
    ReadWrite(redb::Database),
    ReadOnly(redb::ReadOnlyDatabase),
}

impl Db {
    pub fn begin_read(&self) -> Result<redb::ReadTransaction> {
        Ok(match self {
            Db::ReadWrite(d) => d.begin_read()?,
            Db::ReadOnly(d) => d.begin_read()?,
        })
    }

    pub fn writable(&self) -> Result<&redb::Database> {
        match self {
            Db::ReadWrite(d) => Ok(d),
            Db::ReadOnly(_) => Err(Error::ReadOnly),
        }
    }
}

/// redb's page cache. Its default (1 GiB) lets a report over a large file keep every page it
/// read resident; the operating system caches the file anyway, so a small cache costs little
/// time and keeps the TUI's memory bounded. 4 MiB rather than 16: on the large data the
/// report (~400 ms), import (1.8 s), durable mark and TUI timings did not move, and the
/// TUI's peak fell by 12 MB (BENCHMARKS.md).
const CACHE_BYTES: usize = 4 * 1024 * 1024;

/// What opening found, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub path: PathBuf,
    pub read_only: bool,
    pub migrated_from: Option<u64>,
    pub created: bool,
}

/// Creates the directory of the database with mode 0700 when it does not exist.
fn ensure_private_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() || dir.exists() {
        return Ok(());
    }
    DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::Storage(cannot_create(dir, &e)))
}

/// Refuses a database others could read or change behind the user's back: a file other
/// users can open (any of the mode's bits for others), a file another user owns, and a
/// folder another user owns or others can write to (they could replace the file), unless it
/// is a sticky folder like /tmp. The server has applied this rule to its file from the
/// start; every process that writes a database applies it now. Root's files and folders
/// count as the user's own.
pub fn refuse_shared(path: &Path) -> Result<()> {
    refuse_shared_dir(path)?;
    refuse_shared_file(path)
}

/// The folder half of [`refuse_shared`].
fn refuse_shared_dir(path: &Path) -> Result<()> {
    let me = nix::unistd::geteuid().as_raw();
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if let Ok(m) = std::fs::metadata(&dir) {
        if m.uid() != me && m.uid() != 0 {
            return Err(Error::invalid(crate::t!(
                "store-dir-foreign",
                path = dir.display().to_string(),
                user = crate::peer::user_name(m.uid())
            )));
        }
        let mode = m.permissions().mode();
        if mode & 0o002 != 0 && mode & 0o1000 == 0 {
            return Err(Error::invalid(crate::t!(
                "store-dir-shared",
                path = dir.display().to_string()
            )));
        }
    }
    Ok(())
}

/// The file half of [`refuse_shared`].
fn refuse_shared_file(path: &Path) -> Result<()> {
    let me = nix::unistd::geteuid().as_raw();
    if let Ok(m) = std::fs::metadata(path)
        && m.is_file()
    {
        if m.uid() != me {
            return Err(Error::invalid(crate::t!(
                "store-file-foreign",
                path = path.display().to_string(),
                user = crate::peer::user_name(m.uid())
            )));
        }
        if m.permissions().mode() & 0o007 != 0 {
            return Err(Error::invalid(crate::t!(
                "serve-db-readable",
                path = path.display().to_string(),
                mode = format!("{:o}", m.permissions().mode() & 0o777)
            )));
        }
    }
    Ok(())
}

static NOTES: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Leaves a note for the user about something opening the file did (finishing an
/// interrupted `forget`); the command line and the server show them.
pub fn note(text: String) {
    if let Ok(mut n) = NOTES.lock() {
        n.push(text);
    }
}

/// The notes left since the last call.
pub fn take_notes() -> Vec<String> {
    NOTES
        .lock()
        .map(|mut n| std::mem::take(&mut *n))
        .unwrap_or_default()
}

/// The message for a file held by another process.
pub fn busy_message(path: &Path) -> String {
    crate::t!("store-busy", path = path.display().to_string())
}

fn cannot_create(path: &Path, e: &std::io::Error) -> String {
    crate::t!(
        "store-cannot-create",
        path = path.display().to_string(),
        reason = e.to_string()
    )
}

/// Opens (creating when absent) the database at `path`: checks the schema, refuses a newer
/// one without touching the file, and runs migrations from an older one.
pub fn open(path: &Path) -> Result<(Db, Opened)> {
    open_with(path, false)
}

/// Like [`open`]; `read_only` opens for reading even when the file could be written.
pub fn open_with(path: &Path, read_only: bool) -> Result<(Db, Opened)> {
    let exists = path.exists();
    if !read_only {
        // Before anything is created in a folder others can write to.
        refuse_shared_dir(path)?;
    }
    if !exists {
        if read_only {
            return Err(Error::NotFound(crate::t!(
                "store-does-not-exist",
                path = path.display().to_string()
            )));
        }
        if let Some(dir) = path.parent() {
            ensure_private_dir(dir)?;
        }
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
            .map_err(|e| Error::Storage(cannot_create(path, &e)))?;
    } else if path.is_dir() {
        return Err(Error::invalid(crate::t!(
            "store-is-directory",
            path = path.display().to_string()
        )));
    }
    let meta = std::fs::metadata(path)?;
    let empty = meta.len() == 0;
    let writable = OpenOptions::new().read(true).write(true).open(path).is_ok()
        && meta.permissions().mode() & 0o200 != 0;
    let can_write = !read_only && writable;
    if !empty {
        sniff(path)?;
    }
    // A foreign file (not a database at all) keeps its own message, given by `sniff`.
    if can_write {
        refuse_shared_file(path)?;
    }
    let map_open = |e: redb::DatabaseError| match e {
        redb::DatabaseError::DatabaseAlreadyOpen => Error::Busy(busy_message(path)),
        redb::DatabaseError::UpgradeRequired(v) => Error::invalid(crate::t!(
            "store-redb-format",
            path = path.display().to_string(),
            format = v
        )),
        redb::DatabaseError::RepairAborted => Error::invalid(crate::t!(
            "store-needs-repair",
            path = path.display().to_string()
        )),
        redb::DatabaseError::Storage(redb::StorageError::Corrupted(m)) => {
            Error::Corrupt(crate::t!(
                "store-damaged-file",
                path = path.display().to_string(),
                reason = m
            ))
        }
        other => Error::from(other),
    };
    if !can_write {
        let db = match redb::Builder::new()
            .set_cache_size(CACHE_BYTES)
            .open_read_only(path)
        {
            // A file left by a crash or a kill must be repaired before it can be read. The
            // repair rebuilds redb's own allocation state and never changes a record, so a
            // reader with write access does it rather than refusing to read.
            Err(redb::DatabaseError::RepairAborted) if writable => {
                drop(redb::Database::create(path).map_err(map_open)?);
                redb::Builder::new()
                    .set_cache_size(CACHE_BYTES)
                    .open_read_only(path)
                    .map_err(map_open)?
            }
            r => r.map_err(map_open)?,
        };
        let db = Db::ReadOnly(db);
        let version = read_version(&db)?;
        if version.is_none() {
            return Err(Error::invalid(crate::t!(
                "store-read-only-empty",
                path = path.display().to_string()
            )));
        }
        check_version(path, version)?;
        if version.is_some_and(|v| v < SCHEMA_VERSION) {
            return Err(Error::invalid(crate::t!(
                "store-read-only-old",
                path = path.display().to_string(),
                schema = version.unwrap_or_default()
            )));
        }
        return Ok((
            db,
            Opened {
                path: path.to_path_buf(),
                read_only: true,
                migrated_from: None,
                created: false,
            },
        ));
    }
    if !empty {
        // Look before opening for writing: opening read-write marks the file, and a file of
        // a newer schema must be left exactly as it is.
        if let Ok(ro) = redb::Builder::new().open_read_only(path) {
            let ro = Db::ReadOnly(ro);
            check_version(path, read_version(&ro)?)?;
        }
    }
    let db = redb::Builder::new()
        .set_cache_size(CACHE_BYTES)
        .create(path)
        .map_err(map_open)?;
    prepare(db, path)
}

/// Brings a freshly opened read-write database to the current schema: creates the tables of
/// a new file, runs migrations of an older one, refuses a newer one.
pub(crate) fn prepare(db: redb::Database, path: &Path) -> Result<(Db, Opened)> {
    let db = Db::ReadWrite(db);
    let version = read_version(&db)?;
    check_version(path, version)?;
    let mut opened = Opened {
        path: path.to_path_buf(),
        read_only: false,
        migrated_from: None,
        created: version.is_none(),
    };
    match version {
        None => initialize(db.writable()?)?,
        Some(v) if v < SCHEMA_VERSION => {
            migrate::run(db.writable()?, v)?;
            opened.migrated_from = Some(v);
        }
        Some(_) => {}
    }
    Ok((db, opened))
}

/// Refuses a file that is clearly not a redb database before redb sees it, so a foreign
/// file is never touched.
fn sniff(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut head = [0u8; 9];
    let mut f = std::fs::File::open(path)?;
    let n = f.read(&mut head)?;
    if n < 9 || &head[..9] != b"redb\x1A\x0A\xA9\x0D\x0A" {
        return Err(Error::Corrupt(crate::t!(
            "store-not-redb",
            path = path.display().to_string()
        )));
    }
    Ok(())
}

fn read_version(db: &Db) -> Result<Option<u64>> {
    let r = db.begin_read()?;
    let t = match r.open_table(META) {
        Ok(t) => t,
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    Ok(t.get(META_SCHEMA)?.map(|g| g.value()))
}

fn check_version(path: &Path, version: Option<u64>) -> Result<()> {
    match version {
        Some(v) if v > SCHEMA_VERSION => Err(Error::NewerSchema {
            path: path.display().to_string(),
            found: v,
            known: SCHEMA_VERSION,
        }),
        _ => Ok(()),
    }
}

/// Creates every table of the current schema in a new file.
fn initialize(db: &redb::Database) -> Result<()> {
    let w = db.begin_write()?;
    create_tables(&w)?;
    {
        let mut m = w.open_table(META)?;
        m.insert(META_SCHEMA, SCHEMA_VERSION)?;
        m.insert(META_NEXT_ID, 1)?;
        m.insert(META_LAST_CHANGE, 0)?;
    }
    w.commit()?;
    Ok(())
}

/// Opens every table once so that read transactions find them.
pub fn create_tables(w: &redb::WriteTransaction) -> Result<()> {
    w.open_table(META)?;
    w.open_table(EVENTS)?;
    w.open_table(EVENT_CODES)?;
    w.open_table(SESSIONS)?;
    w.open_table(EVENT_SESSIONS)?;
    w.open_table(ORGANISATIONS)?;
    w.open_table(ORG_NAMES)?;
    w.open_table(PARTICIPANTS)?;
    w.open_table(EMAILS)?;
    w.open_table(REGISTRATIONS)?;
    w.open_table(PARTICIPANT_EVENTS)?;
    w.open_table(MARKS)?;
    w.open_table(PARTICIPANT_MARKS)?;
    w.open_table(FOLLOWUPS)?;
    w.open_table(EVENT_FOLLOWUPS)?;
    w.open_table(AUDIT)?;
    Ok(())
}

/// Writes a consistent copy of the database to `dest` (mode 0600): every record is copied
/// inside one read transaction, so writes that happen meanwhile are either wholly in the copy
/// or wholly out of it.
pub fn backup(db: &Db, dest: &Path) -> Result<()> {
    backup_from(&db.begin_read()?, dest)
}

/// Where a backup to `dest` is written until it is whole: `dest` with `.partial` appended,
/// so two backups to different files never share one.
pub fn partial_path(dest: &Path) -> PathBuf {
    let mut name = dest.as_os_str().to_owned();
    name.push(".partial");
    name.into()
}

/// Refuses a backup destination that exists: a backup never overwrites anything.
pub fn refuse_existing(dest: &Path) -> Result<()> {
    if dest.exists() {
        return Err(Error::invalid(crate::t!(
            "store-backup-exists",
            path = dest.display().to_string()
        )));
    }
    Ok(())
}

/// Starts a backup to `dest`, which must not exist: its `.partial` file, created new and
/// private (0600), where the copy is written until it is whole and renamed into place.
pub fn start_backup(dest: &Path) -> Result<(PathBuf, std::fs::File)> {
    refuse_existing(dest)?;
    let tmp = partial_path(dest);
    let _ = std::fs::remove_file(&tmp);
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(|e| Error::Storage(cannot_create(dest, &e)))?;
    Ok((tmp, file))
}

/// Writes the snapshot `r` to `dest` as a database of its own (mode 0600); `dest` appears
/// only once it is whole.
pub fn backup_from(r: &redb::ReadTransaction, dest: &Path) -> Result<()> {
    let (tmp, _) = start_backup(dest)?;
    let out = redb::Database::create(&tmp)?;
    let w = out.begin_write()?;
    create_tables(&w)?;
    copy_table(r, &w, META)?;
    copy_table(r, &w, EVENTS)?;
    copy_table(r, &w, EVENT_CODES)?;
    copy_table(r, &w, SESSIONS)?;
    copy_table(r, &w, EVENT_SESSIONS)?;
    copy_table(r, &w, ORGANISATIONS)?;
    copy_table(r, &w, ORG_NAMES)?;
    copy_table(r, &w, PARTICIPANTS)?;
    copy_table(r, &w, EMAILS)?;
    copy_table(r, &w, REGISTRATIONS)?;
    copy_table(r, &w, PARTICIPANT_EVENTS)?;
    copy_table(r, &w, MARKS)?;
    copy_table(r, &w, PARTICIPANT_MARKS)?;
    copy_table(r, &w, FOLLOWUPS)?;
    copy_table(r, &w, EVENT_FOLLOWUPS)?;
    copy_table(r, &w, AUDIT)?;
    w.commit()?;
    drop(out);
    std::fs::rename(&tmp, dest)?;
    Ok(())
}

fn copy_table<K: redb::Key + 'static, V: redb::Value + 'static>(
    r: &redb::ReadTransaction,
    w: &redb::WriteTransaction,
    def: redb::TableDefinition<K, V>,
) -> Result<()>
where
    for<'a> K::SelfType<'a>: std::borrow::Borrow<K::SelfType<'a>>,
    for<'a> V::SelfType<'a>: std::borrow::Borrow<V::SelfType<'a>>,
{
    let src = r.open_table(def)?;
    let mut dst = w.open_table(def)?;
    for row in src.iter()? {
        let (k, v) = row?;
        dst.insert(k.value(), v.value())?;
    }
    Ok(())
}

/// Keeps the process alive when a write would pass the file-size limit (`ulimit -f`): the
/// default action of SIGXFSZ kills the process in the middle of a commit without a word.
/// Caught (by a handler that only sets a flag nobody reads), the write fails with EFBIG
/// instead, the commit returns an error and the user is told the change was not saved.
pub fn survive_file_size_limit() {
    let caught = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    // Registration fails only for forbidden signals; SIGXFSZ is not one of them.
    let _ = signal_hook::flag::register(signal_hook::consts::SIGXFSZ, caught);
}
