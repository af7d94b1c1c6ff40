//! The server process: owns the database, listens on the socket, serves each client on its
//! own threads and applies every change on one keeper thread, in order.
//!
//! Threads: the accept loop; per client a reader (frames in, one request at a time) and a
//! writer (frames out from a bounded queue, so a client that stops reading can never block
//! anyone else: when its queue is full it is disconnected); the keeper, which owns the
//! `LocalBackend`, answers requests in arrival order, replies only after the commit returned,
//! then pushes `Changed` to everyone; and a signal thread for SIGTERM/SIGINT.

use std::collections::HashMap;
use std::fs::DirBuilder;
use std::net::Shutdown;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use nix::unistd::{Gid, Group};

use crate::backend::local::LocalBackend;
use crate::backend::protocol::{
    FrameError, PROTOCOL_VERSION, Reply, Request, ToClient, ToServer, encode, read_msg,
};
use crate::core::error::{Error, Result};
use crate::core::{Answer, Backend, Query};
use crate::domain::Id;
use crate::peer;
use crate::store::schema::SCHEMA_VERSION;
use crate::t;

/// How the server was asked to run.
#[derive(Debug, Clone)]
pub struct Options {
    pub db: PathBuf,
    pub socket: PathBuf,
    /// The group whose members may connect; None: the user's primary group.
    pub group: Option<String>,
}

/// Frames waiting for one client; a client this far behind is disconnected.
const OUTBOX: usize = 256;
/// How long a new client has to say hello.
const HELLO_TIME: Duration = Duration::from_secs(5);
/// Readers wake this often to notice a shutdown.
const TICK: Duration = Duration::from_millis(250);
/// A write to a client that takes longer than this disconnects it.
const WRITE_TIME: Duration = Duration::from_secs(10);
/// More connections than this are refused (each costs two threads).
const MAX_CLIENTS: usize = 512;
/// Connections of one user beyond this are refused, so one member cannot take every slot.
pub const MAX_PER_USER: usize = 32;
/// The largest frame accepted before hello: a hello is a few dozen bytes.
const HELLO_MAX: usize = 4 * 1024;

type Frame = Arc<Vec<u8>>;

struct Slot {
    who: String,
    outbox: SyncSender<Frame>,
    stream: UnixStream,
    session: Option<Id>,
}

struct Shared {
    stop: AtomicBool,
    /// The newest committed change; read and written only under the `clients` lock, so a
    /// client registered after a change has its seq in the welcome, one registered before
    /// gets the push.
    seq: AtomicU64,
    clients: Mutex<HashMap<u64, Slot>>,
    connections: AtomicUsize,
    /// Connections per user (the peer's login), limited to [`MAX_PER_USER`].
    per_user: Mutex<HashMap<String, usize>>,
    read_only: bool,
    /// Backups holding a read snapshot of the database.
    snapshots: Arc<AtomicUsize>,
    /// Backups being copied or sent, limited to [`MAX_BACKUPS`].
    backups: Arc<AtomicUsize>,
    /// The database file, absolute, for the welcome.
    db: String,
}

impl Shared {
    fn clients(&self) -> MutexGuard<'_, HashMap<u64, Slot>> {
        // A panic while holding the lock leaves a map that is still consistent (every
        // operation on it is a single insert, remove or try_send).
        self.clients.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn stopping(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }
}

/// Queues a frame for one client; a full or closed queue disconnects it.
fn offer(clients: &mut HashMap<u64, Slot>, id: u64, frame: &Frame) -> bool {
    let Some(slot) = clients.get(&id) else {
        return false;
    };
    match slot.outbox.try_send(frame.clone()) {
        Ok(()) => true,
        Err(e) => {
            if let TrySendError::Full(_) = e {
                log(&t!("serve-stopped-reading", who = slot.who.as_str()));
            }
            if let Some(s) = clients.remove(&id) {
                let _ = s.stream.shutdown(Shutdown::Both);
            }
            false
        }
    }
}

fn broadcast(clients: &mut HashMap<u64, Slot>, frame: &Frame) {
    let ids: Vec<u64> = clients.keys().copied().collect();
    for id in ids {
        offer(clients, id, frame);
    }
}

/// Sends everyone who has which session open.
fn broadcast_presence(clients: &mut HashMap<u64, Slot>) {
    let mut by_session: std::collections::BTreeMap<Id, Vec<String>> = Default::default();
    for s in clients.values() {
        if let Some(id) = s.session {
            by_session.entry(id).or_default().push(s.who.clone());
        }
    }
    let sessions = by_session
        .into_iter()
        .map(|(id, mut users)| {
            users.sort();
            (id, users)
        })
        .collect();
    if let Ok(f) = encode(&ToClient::Presence { sessions }) {
        broadcast(clients, &Arc::new(f));
    }
}

/// The server's log: its standard error, which systemd keeps in the journal.
#[allow(clippy::print_stderr)]
fn log(msg: &str) {
    eprintln!("prezenca serve: {}", crate::text::sanitize(msg));
}

enum Job {
    Run {
        client: u64,
        id: u64,
        who: String,
        /// The client's language: the keeper applies the request in it.
        lang: String,
        request: Request,
        done: SyncSender<()>,
    },
    Stop,
}

/// Runs the server until SIGTERM or SIGINT; returns the exit status.
pub fn run(opts: &Options) -> Result<i32> {
    // Everything the server creates (socket, directory, a new database) is closed to others.
    nix::sys::stat::umask(nix::sys::stat::Mode::from_bits_truncate(0o007));
    let gid = match &opts.group {
        Some(name) => Some(
            Group::from_name(name)
                .map_err(|e| {
                    Error::invalid(t!(
                        "serve-group-lookup",
                        group = name.as_str(),
                        why = e.to_string()
                    ))
                })?
                .ok_or_else(|| Error::invalid(t!("serve-no-group", group = name.as_str())))?
                .gid,
        ),
        None => None,
    };
    // Before anything is created: a group this account cannot give files to, or a way in
    // its members cannot pass, would leave a server no trainer can reach.
    if let (Some(name), Some(g)) = (&opts.group, gid)
        && let Some(why) = super::setup::serve_preflight(&opts.socket, name, g.as_raw())
    {
        return Err(Error::invalid(why));
    }
    prepare_dir(&opts.socket, gid)?;
    refuse_live_server(&opts.socket)?;
    crate::store::refuse_shared(&opts.db)?;
    let mut backend = LocalBackend::open(&opts.db).map_err(|e| match e {
        Error::Busy(_) => Error::Busy(t!("serve-db-busy", path = opts.db.display().to_string())),
        other => other,
    })?;
    for n in crate::store::take_notes() {
        log(&n);
    }
    let seq = match backend.query(Query::ChangeSeq)? {
        Answer::Seq(s) => s,
        _ => 0,
    };
    remove_stale_backups(backend.path());
    let listener = bind(&opts.socket, gid)?;
    let bound = std::fs::symlink_metadata(&opts.socket).map(|m| (m.dev(), m.ino()))?;
    let shared = Arc::new(Shared {
        stop: AtomicBool::new(false),
        seq: AtomicU64::new(seq),
        clients: Mutex::new(HashMap::new()),
        connections: AtomicUsize::new(0),
        per_user: Mutex::default(),
        read_only: backend.read_only(),
        snapshots: Arc::default(),
        backups: Arc::default(),
        db: std::fs::canonicalize(backend.path())
            .or_else(|_| std::path::absolute(backend.path()))
            .unwrap_or_else(|_| backend.path().clone())
            .display()
            .to_string(),
    });
    watch_signals(&shared, &listener, &opts.socket)?;
    log(&t!(
        "serve-started",
        db = opts.db.display().to_string(),
        socket = opts.socket.display().to_string(),
        group = opts.group.clone().unwrap_or_else(primary_group),
        mode = if shared.read_only {
            "read-only"
        } else {
            "read-write"
        }
    ));

    let (jobs, job_rx) = mpsc::channel::<Job>();
    let keeper = {
        let shared = shared.clone();
        thread::Builder::new()
            .name("keeper".into())
            .spawn(move || keep(Keeper::new(backend), job_rx, shared))?
    };

    let mut next_client = 0u64;
    for conn in listener.incoming() {
        if shared.stopping() {
            break;
        }
        let stream = match conn {
            Ok(s) => s,
            Err(e) => {
                log(&t!("serve-accept-failed", why = e.to_string()));
                // Out of file descriptors, most likely: let some clients go first.
                thread::sleep(Duration::from_millis(100));
                continue;
            }
        };
        next_client += 1;
        let id = next_client;
        let shared = shared.clone();
        let jobs = jobs.clone();
        let spawned = thread::Builder::new()
            .name(format!("client-{id}"))
            .spawn(move || serve_client(stream, id, shared, jobs));
        if let Err(e) = spawned {
            log(&t!("serve-no-thread", why = e.to_string()));
        }
    }

    // Shut down: no new clients; the keeper finishes what it was given; then clients go.
    drop(listener);
    if std::fs::symlink_metadata(&opts.socket).is_ok_and(|m| (m.dev(), m.ino()) == bound) {
        let _ = std::fs::remove_file(&opts.socket);
    }
    let _ = jobs.send(Job::Stop);
    drop(jobs);
    if keeper.join().is_err() {
        log(&t!("serve-keeper-failed"));
    }
    {
        let mut clients = shared.clients();
        if let Ok(f) = encode(&ToClient::Closing {
            reason: t!("serve-shutting-down"),
        }) {
            broadcast(&mut clients, &Arc::new(f));
        }
        for (_, slot) in clients.drain() {
            // Writers flush what is queued, then close; readers wake on their next tick.
            let _ = slot.stream.shutdown(Shutdown::Read);
        }
    }
    let until = Instant::now() + Duration::from_secs(3);
    while shared.connections.load(Ordering::SeqCst) > 0 && Instant::now() < until {
        thread::sleep(Duration::from_millis(20));
    }
    log(&t!("serve-stopped"));
    Ok(0)
}

fn primary_group() -> String {
    Group::from_gid(nix::unistd::getegid())
        .ok()
        .flatten()
        .map(|g| g.name)
        .unwrap_or_else(|| "(primary)".into())
}

/// What the keeper saw of its file after its last commit: the file is the server's alone, so
/// any other change (another file moved over it, a copy written into it) is someone else's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fingerprint {
    dev: u64,
    ino: u64,
    len: u64,
    mtime: i64,
    mtime_nsec: i64,
}

fn fingerprint(path: &Path) -> Option<Fingerprint> {
    std::fs::metadata(path).ok().map(|m| Fingerprint {
        dev: m.dev(),
        ino: m.ino(),
        len: m.len(),
        mtime: m.mtime(),
        mtime_nsec: m.mtime_nsec(),
    })
}

/// The database as the keeper holds it: reopened after an I/O error (redb refuses every
/// later write with "Previous I/O error" until then, so one full disk would stop the server
/// for good), and given up for changes once the file was replaced or changed under it.
struct Keeper {
    b: Option<LocalBackend>,
    path: PathBuf,
    seen: Option<Fingerprint>,
    /// Why changes are refused until a restart, once the file changed under the server.
    foreign: Option<String>,
    /// A `forget` committed but the file is not rewritten yet (its rewrite met a full disk):
    /// the keeper finishes it at its next opportunity.
    forget_pending: bool,
}

impl Keeper {
    fn new(b: LocalBackend) -> Keeper {
        let path = b.path().clone();
        Keeper {
            seen: fingerprint(&path),
            forget_pending: b.forget_pending().unwrap_or(false),
            b: Some(b),
            path,
            foreign: None,
        }
    }

    /// Finishes a `forget` whose rewrite is still to do, when the disk has room for the copy
    /// and no snapshot holds the file (a backup on its way out is not waited for here), and
    /// logs what came of it. Called after a change has been answered, so its client does
    /// not wait for it; a query does not start it, so a `forget` asked again finds the
    /// rewrite still to do and finishes it itself, with a message that says so.
    fn finish_pending_forget(&mut self, shared: &Shared) {
        if !self.forget_pending
            || self.foreign.is_some()
            || shared.snapshots.load(Ordering::SeqCst) > 0
            || room_for_copy(&self.path).is_err()
        {
            return;
        }
        let Some(b) = self.b.as_mut() else {
            return;
        };
        let path = self.path.display().to_string();
        match b.finish_forget() {
            Ok(()) => log(&t!("store-forget-finished", path = path)),
            Err(e) => log(&t!(
                "store-forget-still-pending",
                path = path,
                reason = match e {
                    Error::Storage(m) => m,
                    other => other.to_string(),
                }
            )),
        }
        self.forget_pending = b.forget_pending().unwrap_or(true);
        self.seen = fingerprint(&self.path);
    }

    fn path(&self) -> &Path {
        &self.path
    }

    /// The open database, reopened first when an I/O error closed it.
    fn backend(&mut self) -> Result<&mut LocalBackend> {
        if let Some(why) = &self.foreign {
            return Err(Error::Storage(why.clone()));
        }
        if self.b.is_none() {
            match LocalBackend::open(&self.path) {
                Ok(b) => {
                    log(&t!(
                        "serve-reopened",
                        path = self.path.display().to_string()
                    ));
                    for n in crate::store::take_notes() {
                        log(&n);
                    }
                    self.forget_pending = b.forget_pending().unwrap_or(false);
                    self.b = Some(b);
                    self.seen = fingerprint(&self.path);
                }
                Err(e) => {
                    return Err(Error::Storage(t!(
                        "serve-reopen-failed",
                        path = self.path.display().to_string(),
                        why = e.to_string()
                    )));
                }
            }
        }
        match &mut self.b {
            Some(b) => Ok(b),
            None => Err(Error::Storage(t!("client-connection-lost"))),
        }
    }

    /// Applies a change, after checking the file is still the one the server opened, as it
    /// left it.
    fn execute(&mut self, cmd: crate::core::Command, who: &str) -> Result<crate::core::Outcome> {
        if self.foreign.is_none() && self.b.is_some() && fingerprint(&self.path) != self.seen {
            let why = t!("serve-db-replaced", path = self.path.display().to_string());
            log(&why);
            // Not even a clean close may write into a file that is someone else's now.
            if let Some(b) = self.b.take() {
                std::mem::forget(b);
            }
            self.foreign = Some(why);
        }
        let forgets = matches!(
            cmd,
            crate::core::Command::Forget { .. } | crate::core::Command::FinishForget
        );
        let r = self.backend()?.execute_as(cmd, who);
        if forgets && let Some(b) = &self.b {
            self.forget_pending = b.forget_pending().unwrap_or(true);
        }
        if let Err(Error::Storage(why)) = &r {
            log(&t!("serve-io-error-reopening", why = why.as_str()));
            // Dropped first: the file can be open once only.
            self.b = None;
            let _ = self.backend();
        }
        self.seen = fingerprint(&self.path);
        r
    }
}

/// The keeper: applies requests one at a time, replies after the commit, then pushes.
fn keep(mut b: Keeper, jobs: Receiver<Job>, shared: Arc<Shared>) {
    let mut backups = 0u64;
    for job in jobs {
        let Job::Run {
            client,
            id,
            who,
            lang,
            request,
            done,
        } = job
        else {
            break;
        };
        // Requests are applied one at a time here, so the thread's language is this
        // client's for exactly this request: its errors and outcome come back in it.
        crate::i18n::set_for_thread(Some(&lang));
        let executed = matches!(request, Request::Execute(_));
        let (result, changed) = match request {
            Request::Execute(cmd) => {
                let forget = matches!(*cmd, crate::core::Command::Forget { .. });
                if forget || matches!(*cmd, crate::core::Command::FinishForget) {
                    // Forgetting rewrites the file, which needs every snapshot released.
                    wait_for_snapshots(&shared.snapshots);
                }
                let r = b.execute(*cmd, &who);
                let seq = match &r {
                    Ok(o) => o.entry,
                    // A forget whose rewrite failed is committed all the same: the others
                    // are told, so their screens no longer show the person.
                    Err(_) if forget => b
                        .backend()
                        .and_then(|b| b.query(Query::ChangeSeq))
                        .ok()
                        .and_then(|a| match a {
                            Answer::Seq(s) if s > shared.seq.load(Ordering::SeqCst) => Some(s),
                            _ => None,
                        }),
                    Err(_) => None,
                };
                (r.map(Reply::Outcome), seq)
            }
            Request::Query(q) => (
                b.backend().and_then(|b| b.query(q)).map(Reply::Answer),
                None,
            ),
            Request::Backup => match room_for_backup(b.path(), &shared)
                .and_then(|()| b.backend())
                .and_then(|b| b.db().begin_read())
            {
                // The snapshot is taken here, between two changes; copying and sending it
                // happen on a thread of their own so marks go on meanwhile.
                Ok(snapshot) => {
                    backups += 1;
                    let tmp = backup_file(b.path(), backups);
                    let snapshot = Snapshot::hold(snapshot, &shared.snapshots);
                    let running = Running::count(&shared.backups);
                    let (shared, lang, done) = (shared.clone(), lang.clone(), done.clone());
                    let spawned = thread::Builder::new()
                        .name(format!("client-{client}-backup"))
                        .spawn(move || {
                            crate::i18n::set_for_thread(Some(&lang));
                            send_backup(snapshot, running, &tmp, client, id, &shared);
                            let _ = done.send(());
                        });
                    match spawned {
                        Ok(_) => {
                            crate::i18n::set_for_thread(None);
                            continue;
                        }
                        Err(e) => (Err(Error::Remote(e.to_string())), None),
                    }
                }
                Err(e) => (Err(e), None),
            },
        };
        let frame = match encode(&ToClient::Reply { id, result }) {
            Ok(f) => f,
            Err(e) => encode(&ToClient::Reply {
                id,
                result: Err(Error::Remote(t!(
                    "serve-answer-unsent",
                    why = e.to_string()
                ))),
            })
            .unwrap_or_default(),
        };
        {
            let mut clients = shared.clients();
            offer(&mut clients, client, &Arc::new(frame));
            if let Some(seq) = changed {
                shared.seq.store(seq, Ordering::SeqCst);
                if let Ok(f) = encode(&ToClient::Changed { seq }) {
                    broadcast(&mut clients, &Arc::new(f));
                }
            }
        }
        crate::i18n::set_for_thread(None);
        let _ = done.send(());
        if executed {
            b.finish_pending_forget(&shared);
        }
    }
}

/// Where the server writes a backup before sending it: beside the database, hidden, private
/// (the server's umask and the 0600 of every backup), one name per backup.
fn backup_file(db: &Path, n: u64) -> PathBuf {
    let name = db
        .file_name()
        .map_or_else(|| "prezenca".into(), |f| f.to_string_lossy().into_owned());
    db.with_file_name(format!(".{name}.backup-{}-{n}", std::process::id()))
}

/// Removes copies a killed server left beside the database: the file is ours alone now, so
/// every one of them is stale, and it may hold data `forget` has erased since.
fn remove_stale_backups(db: &Path) {
    let Some(name) = db.file_name().map(|f| f.to_string_lossy().into_owned()) else {
        return;
    };
    let prefix = format!(".{name}.backup-");
    let dir = db.parent().filter(|d| !d.as_os_str().is_empty());
    let Ok(entries) = std::fs::read_dir(dir.unwrap_or(Path::new("."))) else {
        return;
    };
    for e in entries.flatten() {
        if e.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Backups through the server at once, at most: each writes a copy of the whole database
/// beside it.
pub const MAX_BACKUPS: usize = 2;

/// Refuses a backup when [`MAX_BACKUPS`] are running, or when the disk holding the database
/// lacks room for another copy of it and some to spare: a backup must never take the space
/// the next mark needs.
fn room_for_backup(db: &Path, shared: &Shared) -> Result<()> {
    if shared.backups.load(Ordering::SeqCst) >= MAX_BACKUPS {
        return Err(Error::Busy(t!("serve-backups-busy", count = MAX_BACKUPS)));
    }
    room_for_copy(db)
}

/// Room on the disk for a copy of the database, with some to spare.
fn room_for_copy(db: &Path) -> Result<()> {
    let size = std::fs::metadata(db).map(|m| m.len()).unwrap_or(0);
    let dir = db
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if let Ok(fs) = nix::sys::statvfs::statvfs(dir) {
        let free = fs.blocks_available().saturating_mul(fs.fragment_size());
        let needed = size + size / 4 + 4 * 1024 * 1024;
        if free < needed {
            return Err(Error::Storage(t!(
                "serve-backup-no-room",
                needed = needed / (1024 * 1024) + 1,
                free = free / (1024 * 1024)
            )));
        }
    }
    Ok(())
}

/// Counts a running backup for as long as it lives.
struct Running(Arc<AtomicUsize>);

impl Running {
    fn count(n: &Arc<AtomicUsize>) -> Running {
        n.fetch_add(1, Ordering::SeqCst);
        Running(n.clone())
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A read snapshot lent to a backup thread, counted in `Shared::snapshots` until the copy
/// is written and the snapshot released.
struct Snapshot {
    txn: redb::ReadTransaction,
    count: Arc<AtomicUsize>,
}

impl Snapshot {
    fn hold(txn: redb::ReadTransaction, count: &Arc<AtomicUsize>) -> Snapshot {
        count.fetch_add(1, Ordering::SeqCst);
        Snapshot {
            txn,
            count: count.clone(),
        }
    }
}

impl Drop for Snapshot {
    fn drop(&mut self) {
        self.count.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Waits until no backup holds a snapshot (bounded: a stuck copy does not stop the keeper).
fn wait_for_snapshots(count: &AtomicUsize) {
    let until = Instant::now() + Duration::from_secs(120);
    while count.load(Ordering::SeqCst) > 0 && Instant::now() < until {
        thread::sleep(Duration::from_millis(5));
    }
}

/// Bytes per backup frame.
const BACKUP_PART: usize = 1024 * 1024;
/// Backup frames queued for a client at most, so pushes still fit in its outbox.
const BACKUP_AHEAD: usize = 4;

/// Writes the snapshot to `tmp`, streams it to the client in parts, replies with its size
/// and removes `tmp`, whatever happened.
fn send_backup(
    snapshot: Snapshot,
    running: Running,
    tmp: &Path,
    client: u64,
    id: u64,
    shared: &Shared,
) {
    let Some(outbox) = shared.clients().get(&client).map(|s| s.outbox.clone()) else {
        return;
    };
    let result = stream_backup(snapshot, tmp, id, &outbox);
    // No longer counted once the copy is on its way out: the next backup may start.
    drop(running);
    let _ = std::fs::remove_file(tmp);
    let _ = std::fs::remove_file(crate::store::partial_path(tmp));
    if let Err(e) = &result {
        let who = shared.clients().get(&client).map(|s| s.who.clone());
        log(&t!(
            "serve-backup-failed",
            who = who.unwrap_or_default(),
            why = e.to_string()
        ));
    }
    let reply = encode(&ToClient::Reply {
        id,
        result: result.map(|bytes| Reply::Backup { bytes }),
    });
    if let Ok(f) = reply {
        let _ = outbox.send(Arc::new(f));
    }
}

fn stream_backup(
    snapshot: Snapshot,
    tmp: &Path,
    id: u64,
    outbox: &SyncSender<Frame>,
) -> Result<u64> {
    use std::io::Read;
    crate::store::backup_from(&snapshot.txn, tmp)?;
    drop(snapshot);
    let mut file = std::fs::File::open(tmp)?;
    let gone = || Error::Remote(t!("client-connection-lost"));
    // Parts still queued for the writer: each is shared with it until written.
    let mut ahead: std::collections::VecDeque<Frame> = Default::default();
    let mut total = 0u64;
    let mut buf = vec![0u8; BACKUP_PART];
    let deadline = || Instant::now() + WRITE_TIME;
    loop {
        let mut n = 0;
        while n < buf.len() {
            match file.read(&mut buf[n..])? {
                0 => break,
                k => n += k,
            }
        }
        if n == 0 {
            return Ok(total);
        }
        let frame = Arc::new(
            encode(&ToClient::BackupPart {
                id,
                bytes: buf[..n].to_vec(),
            })
            .map_err(|e| Error::Remote(e.to_string()))?,
        );
        // Waits while the client is more than BACKUP_AHEAD parts behind; a client that
        // stops reading for WRITE_TIME is given up on.
        let until = deadline();
        while ahead.len() >= BACKUP_AHEAD {
            ahead.retain(|f| Arc::strong_count(f) > 1);
            if ahead.len() >= BACKUP_AHEAD {
                if Instant::now() >= until {
                    return Err(gone());
                }
                thread::sleep(Duration::from_millis(1));
            }
        }
        outbox.send(frame.clone()).map_err(|_| gone())?;
        ahead.push_back(frame);
        total += n as u64;
    }
}

/// Counts a connection against its user's limit for as long as it lives.
struct UserSlot<'a> {
    shared: &'a Shared,
    who: String,
}

impl<'a> UserSlot<'a> {
    /// None when the user has [`MAX_PER_USER`] connections already.
    fn claim(shared: &'a Shared, who: &str) -> Option<UserSlot<'a>> {
        let mut m = shared.per_user.lock().unwrap_or_else(|e| e.into_inner());
        let n = m.entry(who.to_string()).or_default();
        if *n >= MAX_PER_USER {
            return None;
        }
        *n += 1;
        Some(UserSlot {
            shared,
            who: who.to_string(),
        })
    }
}

impl Drop for UserSlot<'_> {
    fn drop(&mut self) {
        let mut m = self
            .shared
            .per_user
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(n) = m.get_mut(&self.who) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                m.remove(&self.who);
            }
        }
    }
}

/// Counts a connection for as long as it lives.
struct Counted<'a>(&'a AtomicUsize);
impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

fn serve_client(stream: UnixStream, client: u64, shared: Arc<Shared>, jobs: mpsc::Sender<Job>) {
    let shared = &shared;
    let n = shared.connections.fetch_add(1, Ordering::SeqCst);
    let _count = Counted(&shared.connections);
    if let Err(e) = stream
        .set_read_timeout(Some(TICK))
        .and_then(|()| stream.set_write_timeout(Some(WRITE_TIME)))
    {
        log(&t!("serve-setup-failed", why = e.to_string()));
        return;
    }
    let refuse = |reason: String| {
        if let Ok(f) = encode(&ToClient::Refused { reason }) {
            use std::io::Write;
            let _ = (&stream).write_all(&f);
        }
    };
    if shared.stopping() {
        return;
    }
    if n >= MAX_CLIENTS {
        refuse(t!("serve-too-many", count = MAX_CLIENTS));
        return;
    }
    let who = match peer::peer_uid(&stream) {
        Ok(uid) => peer::user_name(uid),
        Err(e) => {
            log(&t!("serve-who-failed", why = e.to_string()));
            return;
        }
    };
    let Some(_mine) = UserSlot::claim(shared, &who) else {
        log(&t!(
            "serve-refused",
            who = who.as_str(),
            reason = t!("serve-too-many-of-yours", count = MAX_PER_USER)
        ));
        refuse(t!("serve-too-many-of-yours", count = MAX_PER_USER));
        return;
    };
    let stop = || shared.stopping();
    let hello = crate::backend::protocol::read_msg_within::<ToServer>(
        &mut &stream,
        Some(Instant::now() + HELLO_TIME),
        &stop,
        HELLO_MAX,
    );
    let mut lang = match hello {
        Ok(ToServer::Hello {
            protocol,
            schema,
            version,
            lang,
        }) => {
            if protocol != PROTOCOL_VERSION || schema != SCHEMA_VERSION {
                let args = |code: &str| {
                    crate::i18n::tr_in(
                        code,
                        "serve-version-mismatch",
                        &[
                            ("server", env!("CARGO_PKG_VERSION").into()),
                            ("server_protocol", PROTOCOL_VERSION.into()),
                            ("server_schema", SCHEMA_VERSION.into()),
                            // Echoed back and logged: whatever the peer sent, defused.
                            ("client", crate::text::sanitize(&version).into()),
                            ("client_protocol", protocol.into()),
                            ("client_schema", schema.into()),
                        ],
                    )
                };
                log(&t!(
                    "serve-refused",
                    who = who.as_str(),
                    reason = args(crate::i18n::current())
                ));
                refuse(args(&lang));
                return;
            }
            lang
        }
        Ok(_) => {
            refuse(t!("serve-hello-first"));
            return;
        }
        Err(FrameError::Closed) => return,
        Err(e) => {
            log(&t!(
                "serve-dropped-before-hello",
                who = who.as_str(),
                why = e.to_string()
            ));
            return;
        }
    };
    // Messages built here for this client are in its language.
    let in_lang = |lang: &str, key: &str| crate::i18n::tr_in(lang, key, &[]);

    let (outbox, out_rx) = mpsc::sync_channel::<Frame>(OUTBOX);
    let (writer_stream, slot_stream) = match (stream.try_clone(), stream.try_clone()) {
        (Ok(a), Ok(b)) => (a, b),
        _ => return,
    };
    // The writer counts as a connection too, so shutdown waits for replies to be flushed.
    shared.connections.fetch_add(1, Ordering::SeqCst);
    let counted = Arc::clone(shared);
    let writer = thread::Builder::new()
        .name(format!("client-{client}-out"))
        .spawn(move || {
            let _count = Counted(&counted.connections);
            write_frames(writer_stream, out_rx);
        });
    if writer.is_err() {
        shared.connections.fetch_sub(1, Ordering::SeqCst);
        refuse(in_lang(&lang, "serve-no-more-connections"));
        return;
    }
    {
        let mut clients = shared.clients();
        let welcome = encode(&ToClient::Welcome {
            protocol: PROTOCOL_VERSION,
            schema: SCHEMA_VERSION,
            version: env!("CARGO_PKG_VERSION").into(),
            who: who.clone(),
            seq: shared.seq.load(Ordering::SeqCst),
            read_only: shared.read_only,
            db: shared.db.clone(),
        });
        let Ok(welcome) = welcome else { return };
        if outbox.try_send(Arc::new(welcome)).is_err() {
            return;
        }
        clients.insert(
            client,
            Slot {
                who: who.clone(),
                outbox,
                stream: slot_stream,
                session: None,
            },
        );
        // The newcomer learns who is where.
        if clients.values().any(|s| s.session.is_some()) {
            broadcast_presence(&mut clients);
        }
    }

    let (done_tx, done_rx) = mpsc::sync_channel::<()>(1);
    loop {
        match read_msg::<ToServer>(&mut &stream, None, &stop) {
            Ok(ToServer::Request { id, request }) => {
                let sent = jobs.send(Job::Run {
                    client,
                    id,
                    who: who.clone(),
                    lang: lang.clone(),
                    request,
                    done: done_tx.clone(),
                });
                // One request at a time per client: the keeper's queue never holds more
                // than one job per connection.
                if sent.is_err() || done_rx.recv().is_err() {
                    if let Ok(f) = encode(&ToClient::Reply {
                        id,
                        result: Err(Error::Remote(in_lang(
                            &lang,
                            "serve-shutting-down-not-saved",
                        ))),
                    }) {
                        offer(&mut shared.clients(), client, &Arc::new(f));
                    }
                    break;
                }
            }
            // The user switched language: what comes back from now on is in the new one.
            Ok(ToServer::Language { lang: l }) => lang = l,
            Ok(ToServer::Presence { session }) => {
                let mut clients = shared.clients();
                if let Some(slot) = clients.get_mut(&client) {
                    slot.session = session;
                }
                broadcast_presence(&mut clients);
            }
            Ok(ToServer::Hello { .. }) => {
                close_with(shared, client, &in_lang(&lang, "serve-hello-twice"));
                break;
            }
            Err(FrameError::Closed) => break,
            Err(
                e @ (FrameError::TooLarge(_)
                | FrameError::OverLimit(..)
                | FrameError::Busy
                | FrameError::Decode(_)),
            ) => {
                log(&t!(
                    "serve-disconnecting",
                    who = who.as_str(),
                    why = e.to_string()
                ));
                close_with(shared, client, &e.to_string());
                break;
            }
            Err(e) => {
                if !shared.stopping() {
                    log(&t!("serve-lost", who = who.as_str(), why = e.to_string()));
                }
                break;
            }
        }
    }
    let mut clients = shared.clients();
    if let Some(slot) = clients.remove(&client) {
        let _ = slot.stream.shutdown(Shutdown::Read);
        if slot.session.is_some() {
            broadcast_presence(&mut clients);
        }
    }
}

/// Tells a client why it is being disconnected; its writer closes after sending that.
fn close_with(shared: &Shared, client: u64, reason: &str) {
    let mut clients = shared.clients();
    if let Ok(f) = encode(&ToClient::Closing {
        reason: reason.into(),
    }) {
        offer(&mut clients, client, &Arc::new(f));
    }
    if let Some(slot) = clients.remove(&client) {
        let _ = slot.stream.shutdown(Shutdown::Read);
    }
}

fn write_frames(mut stream: UnixStream, frames: Receiver<Frame>) {
    use std::io::Write;
    for f in frames {
        if stream.write_all(&f).is_err() {
            break;
        }
    }
    let _ = stream.shutdown(Shutdown::Both);
}

/// Makes sure the socket's directory exists, belongs to us (or root) and that only the owner
/// and the group can enter it; refuses one that others can write to, as tmux does.
fn prepare_dir(socket: &Path, gid: Option<Gid>) -> Result<()> {
    let dir = match socket.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.exists() {
        DirBuilder::new()
            .recursive(true)
            .mode(0o750)
            .create(&dir)
            .map_err(|e| {
                Error::Storage(t!(
                    "cmd-cannot-create",
                    path = dir.display().to_string(),
                    reason = e.to_string()
                ))
            })?;
        if let Some(g) = gid {
            nix::unistd::chown(&dir, None, Some(g)).map_err(|e| {
                Error::invalid(t!(
                    "serve-chown-dir",
                    path = dir.display().to_string(),
                    why = e.to_string()
                ))
            })?;
        }
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o750))?;
    }
    let m = std::fs::metadata(&dir)?;
    let me = nix::unistd::geteuid().as_raw();
    if m.uid() != me && m.uid() != 0 {
        return Err(Error::invalid(t!(
            "serve-dir-owner",
            path = dir.display().to_string(),
            user = peer::user_name(m.uid())
        )));
    }
    if m.permissions().mode() & 0o002 != 0 {
        return Err(Error::invalid(t!(
            "serve-dir-writable",
            path = dir.display().to_string()
        )));
    }
    if m.permissions().mode() & 0o005 != 0 {
        log(&t!("serve-dir-enterable", path = dir.display().to_string()));
    }
    Ok(())
}

/// Refuses to start when a live server answers on the socket; never steals it.
fn refuse_live_server(socket: &Path) -> Result<()> {
    let Ok(m) = std::fs::symlink_metadata(socket) else {
        return Ok(());
    };
    if !m.file_type().is_socket() {
        return Err(Error::invalid(t!(
            "serve-not-a-socket",
            path = socket.display().to_string()
        )));
    }
    match UnixStream::connect(socket) {
        Ok(_) => Err(Error::Busy(t!(
            "serve-already-running",
            path = socket.display().to_string()
        ))),
        Err(_) => Ok(()),
    }
}

/// Binds the socket (replacing a stale one from a crashed server) with mode 0660.
fn bind(socket: &Path, gid: Option<Gid>) -> Result<UnixListener> {
    if let Ok(m) = std::fs::symlink_metadata(socket) {
        if !m.file_type().is_socket() {
            return Err(Error::invalid(t!(
                "serve-not-a-socket",
                path = socket.display().to_string()
            )));
        }
        match UnixStream::connect(socket) {
            Ok(_) => {
                return Err(Error::Busy(t!(
                    "serve-already-running",
                    path = socket.display().to_string()
                )));
            }
            Err(_) => {
                log(&t!(
                    "serve-stale-socket",
                    path = socket.display().to_string()
                ));
                std::fs::remove_file(socket)?;
            }
        }
    }
    let listener = UnixListener::bind(socket).map_err(|e| {
        Error::Storage(t!(
            "serve-cannot-listen",
            path = socket.display().to_string(),
            why = e.to_string()
        ))
    })?;
    if let Some(g) = gid {
        nix::unistd::chown(socket, None, Some(g)).map_err(|e| {
            let _ = std::fs::remove_file(socket);
            Error::invalid(t!("serve-chown-socket", why = e.to_string()))
        })?;
    }
    std::fs::set_permissions(socket, std::fs::Permissions::from_mode(0o660))?;
    Ok(listener)
}

/// On SIGTERM or SIGINT: stop accepting and wake the accept loop.
fn watch_signals(shared: &Arc<Shared>, listener: &UnixListener, socket: &Path) -> Result<()> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGINT])?;
    let shared = shared.clone();
    let wake = listener.try_clone()?;
    let socket = socket.to_path_buf();
    thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if signals.forever().next().is_some() {
                shared.stop.store(true, Ordering::SeqCst);
                // Either wakes the blocked accept: a connection, or shutting the listener.
                let _ = UnixStream::connect(&socket);
                let _ =
                    nix::sys::socket::shutdown(wake.as_raw_fd(), nix::sys::socket::Shutdown::Both);
            }
        })?;
    Ok(())
}
