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

use super::peer;
use super::protocol::{
    FrameError, PROTOCOL_VERSION, Reply, Request, ToClient, ToServer, encode, read_msg,
};
use crate::core::error::{Error, Result};
use crate::core::{Answer, Backend, Query};
use crate::domain::Id;
use crate::store::local::LocalBackend;
use crate::store::schema::SCHEMA_VERSION;

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
    read_only: bool,
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
                log(&format!(
                    "disconnecting a client of {}: it stopped reading",
                    slot.who
                ));
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

fn log(msg: &str) {
    eprintln!("prezenca serve: {}", crate::text::sanitize(msg));
}

enum Job {
    Run {
        client: u64,
        id: u64,
        who: String,
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
                .map_err(|e| Error::Invalid(format!("cannot look up group {name}: {e}")))?
                .ok_or_else(|| Error::Invalid(format!("there is no group named {name}")))?
                .gid,
        ),
        None => None,
    };
    prepare_dir(&opts.socket, gid)?;
    refuse_live_server(&opts.socket)?;
    check_db_mode(&opts.db)?;
    let mut backend = LocalBackend::open(&opts.db).map_err(|e| match e {
        Error::Busy(_) => Error::Busy(format!(
            "{} is open in another prezenca process; close it first: the server must be the \
             only process that opens the file",
            opts.db.display()
        )),
        other => other,
    })?;
    let seq = match backend.query(Query::ChangeSeq)? {
        Answer::Seq(s) => s,
        _ => 0,
    };
    let listener = bind(&opts.socket, gid)?;
    let bound = std::fs::symlink_metadata(&opts.socket).map(|m| (m.dev(), m.ino()))?;
    let shared = Arc::new(Shared {
        stop: AtomicBool::new(false),
        seq: AtomicU64::new(seq),
        clients: Mutex::new(HashMap::new()),
        connections: AtomicUsize::new(0),
        read_only: backend.read_only(),
    });
    watch_signals(&shared, &listener, &opts.socket)?;
    log(&format!(
        "serving {} on {} for group {}{}",
        opts.db.display(),
        opts.socket.display(),
        opts.group.clone().unwrap_or_else(primary_group),
        if shared.read_only { " (read-only)" } else { "" }
    ));

    let (jobs, job_rx) = mpsc::channel::<Job>();
    let keeper = {
        let shared = shared.clone();
        thread::Builder::new()
            .name("keeper".into())
            .spawn(move || keep(&mut backend, job_rx, &shared))?
    };

    let mut next_client = 0u64;
    for conn in listener.incoming() {
        if shared.stopping() {
            break;
        }
        let stream = match conn {
            Ok(s) => s,
            Err(e) => {
                log(&format!("accept failed: {e}"));
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
            log(&format!("cannot start a thread for a client: {e}"));
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
        log("the keeper thread failed");
    }
    {
        let mut clients = shared.clients();
        if let Ok(f) = encode(&ToClient::Closing {
            reason: "the server is shutting down".into(),
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
    log("stopped");
    Ok(0)
}

fn primary_group() -> String {
    Group::from_gid(nix::unistd::getegid())
        .ok()
        .flatten()
        .map(|g| g.name)
        .unwrap_or_else(|| "(primary)".into())
}

/// The keeper: applies requests one at a time, replies after the commit, then pushes.
fn keep(b: &mut LocalBackend, jobs: Receiver<Job>, shared: &Shared) {
    for job in jobs {
        let Job::Run {
            client,
            id,
            who,
            request,
            done,
        } = job
        else {
            break;
        };
        let (result, changed) = match request {
            Request::Execute(cmd) => {
                let r = b.execute_as(*cmd, &who);
                let seq = r.as_ref().ok().and_then(|o| o.entry);
                (r.map(Reply::Outcome), seq)
            }
            Request::Query(q) => (b.query(q).map(Reply::Answer), None),
        };
        let frame = match encode(&ToClient::Reply { id, result }) {
            Ok(f) => f,
            Err(e) => encode(&ToClient::Reply {
                id,
                result: Err(Error::Remote(format!("the answer could not be sent: {e}"))),
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
        let _ = done.send(());
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
        log(&format!("cannot set up a connection: {e}"));
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
        refuse(format!("the server has {MAX_CLIENTS} connections already"));
        return;
    }
    let who = match peer::peer_uid(&stream) {
        Ok(uid) => peer::user_name(uid),
        Err(e) => {
            log(&format!("cannot tell who connected: {e}"));
            return;
        }
    };
    let stop = || shared.stopping();
    let hello = read_msg::<ToServer>(&mut &stream, Some(Instant::now() + HELLO_TIME), &stop);
    match hello {
        Ok(ToServer::Hello {
            protocol,
            schema,
            version,
        }) => {
            if protocol != PROTOCOL_VERSION || schema != SCHEMA_VERSION {
                let reason = format!(
                    "this server is prezenca {} (protocol {PROTOCOL_VERSION}, schema \
                     {SCHEMA_VERSION}) and the client is prezenca {version} (protocol \
                     {protocol}, schema {schema}); use the same version on both sides",
                    env!("CARGO_PKG_VERSION")
                );
                log(&format!("refused {who}: {reason}"));
                refuse(reason);
                return;
            }
        }
        Ok(_) => {
            refuse("the first message must be hello".into());
            return;
        }
        Err(FrameError::Closed) => return,
        Err(e) => {
            log(&format!("dropped a connection of {who} before hello: {e}"));
            return;
        }
    }

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
        refuse("the server cannot take more connections now".into());
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
                    request,
                    done: done_tx.clone(),
                });
                // One request at a time per client: the keeper's queue never holds more
                // than one job per connection.
                if sent.is_err() || done_rx.recv().is_err() {
                    if let Ok(f) = encode(&ToClient::Reply {
                        id,
                        result: Err(Error::Remote(
                            "the server is shutting down; the change was not saved".into(),
                        )),
                    }) {
                        offer(&mut shared.clients(), client, &Arc::new(f));
                    }
                    break;
                }
            }
            Ok(ToServer::Presence { session }) => {
                let mut clients = shared.clients();
                if let Some(slot) = clients.get_mut(&client) {
                    slot.session = session;
                }
                broadcast_presence(&mut clients);
            }
            Ok(ToServer::Hello { .. }) => {
                close_with(shared, client, "hello was sent twice");
                break;
            }
            Err(FrameError::Closed) => break,
            Err(e @ (FrameError::TooLarge(_) | FrameError::Decode(_))) => {
                log(&format!("disconnecting a client of {who}: {e}"));
                close_with(shared, client, &e.to_string());
                break;
            }
            Err(e) => {
                if !shared.stopping() {
                    log(&format!("lost a client of {who}: {e}"));
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
            .map_err(|e| Error::Storage(format!("cannot create {}: {e}", dir.display())))?;
        if let Some(g) = gid {
            nix::unistd::chown(&dir, None, Some(g)).map_err(|e| {
                Error::Invalid(format!(
                    "cannot give {} to the group: {e} (are you a member of it?)",
                    dir.display()
                ))
            })?;
        }
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o750))?;
    }
    let m = std::fs::metadata(&dir)?;
    let me = nix::unistd::geteuid().as_raw();
    if m.uid() != me && m.uid() != 0 {
        return Err(Error::Invalid(format!(
            "the socket directory {} belongs to {}; use a directory of your own",
            dir.display(),
            peer::user_name(m.uid())
        )));
    }
    if m.permissions().mode() & 0o002 != 0 {
        return Err(Error::Invalid(format!(
            "other users can write to the socket directory {}, so they could replace the \
             socket; use a directory only you and the group can write to (chmod o-w)",
            dir.display()
        )));
    }
    if m.permissions().mode() & 0o005 != 0 {
        log(&format!(
            "note: other users can enter {}; the socket itself is closed to them",
            dir.display()
        ));
    }
    Ok(())
}

/// Refuses to start when a live server answers on the socket; never steals it.
fn refuse_live_server(socket: &Path) -> Result<()> {
    let Ok(m) = std::fs::symlink_metadata(socket) else {
        return Ok(());
    };
    if !m.file_type().is_socket() {
        return Err(Error::Invalid(format!(
            "{} exists and is not a socket; it was left alone: choose another --socket",
            socket.display()
        )));
    }
    match UnixStream::connect(socket) {
        Ok(_) => Err(Error::Busy(format!(
            "a prezenca server is already running on {}; stop it first, or give this one \
             another --socket",
            socket.display()
        ))),
        Err(_) => Ok(()),
    }
}

/// Refuses a database other users can read: the file holds personal data.
fn check_db_mode(db: &Path) -> Result<()> {
    if let Ok(m) = std::fs::metadata(db)
        && m.is_file()
        && m.permissions().mode() & 0o007 != 0
    {
        return Err(Error::Invalid(format!(
            "other users can open {} (mode {:o}); run `chmod 600 {}` (or 660 to share it with \
             the group) and start again",
            db.display(),
            m.permissions().mode() & 0o777,
            db.display()
        )));
    }
    Ok(())
}

/// Binds the socket (replacing a stale one from a crashed server) with mode 0660.
fn bind(socket: &Path, gid: Option<Gid>) -> Result<UnixListener> {
    if let Ok(m) = std::fs::symlink_metadata(socket) {
        if !m.file_type().is_socket() {
            return Err(Error::Invalid(format!(
                "{} exists and is not a socket; it was left alone",
                socket.display()
            )));
        }
        match UnixStream::connect(socket) {
            Ok(_) => {
                return Err(Error::Busy(format!(
                    "a prezenca server is already running on {}",
                    socket.display()
                )));
            }
            Err(_) => {
                log(&format!(
                    "replacing the stale socket {} of a server that is gone",
                    socket.display()
                ));
                std::fs::remove_file(socket)?;
            }
        }
    }
    let listener = UnixListener::bind(socket)
        .map_err(|e| Error::Storage(format!("cannot listen on {}: {e}", socket.display())))?;
    if let Some(g) = gid {
        nix::unistd::chown(socket, None, Some(g)).map_err(|e| {
            let _ = std::fs::remove_file(socket);
            Error::Invalid(format!(
                "cannot give the socket to the group: {e} (are you a member of it?)"
            ))
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
