//! The redb file: where it lives, how it is opened (permissions, schema check, migrations),
//! and typed access inside transactions.

pub mod check;
pub mod codec;
pub mod local;
pub mod migrate;
pub mod schema;
pub mod tx;

use std::fs::{DirBuilder, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
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
    let dirs = directories::ProjectDirs::from("", "", "prezenca").ok_or_else(|| {
        Error::Invalid("no home directory: give the database with --db PATH".into())
    })?;
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
/// time and keeps the TUI's memory bounded.
const CACHE_BYTES: usize = 16 * 1024 * 1024;

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
        .map_err(|e| Error::Storage(format!("cannot create {}: {e}", dir.display())))
}

/// The message for a file held by another process.
pub fn busy_message(path: &Path) -> String {
    format!(
        "{p} is open in another prezenca process. To work on it from several terminals at once, \
         start a server that owns it: `prezenca serve --db {p}`; then run prezenca as usual and it \
         connects to the server.",
        p = path.display()
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
    if !exists {
        if read_only {
            return Err(Error::NotFound(format!(
                "{} does not exist",
                path.display()
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
            .map_err(|e| Error::Storage(format!("cannot create {}: {e}", path.display())))?;
    } else if path.is_dir() {
        return Err(Error::Invalid(format!(
            "{} is a directory, not a database file",
            path.display()
        )));
    }
    let meta = std::fs::metadata(path)?;
    let empty = meta.len() == 0;
    let can_write = !read_only
        && OpenOptions::new().read(true).write(true).open(path).is_ok()
        && meta.permissions().mode() & 0o200 != 0;
    if !empty {
        sniff(path)?;
    }
    let map_open = |e: redb::DatabaseError| match e {
        redb::DatabaseError::DatabaseAlreadyOpen => Error::Busy(busy_message(path)),
        redb::DatabaseError::UpgradeRequired(v) => Error::Invalid(format!(
            "{} uses redb file format {v}, which this build cannot read",
            path.display()
        )),
        other => Error::from(other),
    };
    if !can_write {
        let db = redb::Builder::new()
            .set_cache_size(CACHE_BYTES)
            .open_read_only(path)
            .map_err(map_open)?;
        let db = Db::ReadOnly(db);
        let version = read_version(&db)?;
        if version.is_none() {
            return Err(Error::Invalid(format!(
                "{} is read-only and holds no prezenca data",
                path.display()
            )));
        }
        check_version(path, version)?;
        if version.is_some_and(|v| v < SCHEMA_VERSION) {
            return Err(Error::Invalid(format!(
                "{} is read-only and needs an upgrade from schema {}; open it once with write access",
                path.display(),
                version.unwrap_or_default()
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
        return Err(Error::Corrupt(format!(
            "{} is not a prezenca database (not a redb file); it was not modified",
            path.display()
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
    if dest.exists() {
        return Err(Error::Invalid(format!(
            "{} exists already; choose a new file",
            dest.display()
        )));
    }
    let r = db.begin_read()?;
    let tmp = dest.with_extension("partial");
    let _ = std::fs::remove_file(&tmp);
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(|e| Error::Storage(format!("cannot create {}: {e}", tmp.display())))?;
    let out = redb::Database::create(&tmp)?;
    let w = out.begin_write()?;
    create_tables(&w)?;
    copy_table(&r, &w, META)?;
    copy_table(&r, &w, EVENTS)?;
    copy_table(&r, &w, EVENT_CODES)?;
    copy_table(&r, &w, SESSIONS)?;
    copy_table(&r, &w, EVENT_SESSIONS)?;
    copy_table(&r, &w, ORGANISATIONS)?;
    copy_table(&r, &w, ORG_NAMES)?;
    copy_table(&r, &w, PARTICIPANTS)?;
    copy_table(&r, &w, EMAILS)?;
    copy_table(&r, &w, REGISTRATIONS)?;
    copy_table(&r, &w, PARTICIPANT_EVENTS)?;
    copy_table(&r, &w, MARKS)?;
    copy_table(&r, &w, PARTICIPANT_MARKS)?;
    copy_table(&r, &w, FOLLOWUPS)?;
    copy_table(&r, &w, EVENT_FOLLOWUPS)?;
    copy_table(&r, &w, AUDIT)?;
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
