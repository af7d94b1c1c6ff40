//! The remote backend: a client of `prezenca serve`.
//!
//! Requests go one at a time and wait for their reply; a background thread reads the socket
//! so pushed changes and presence arrive while the user is idle. When the server goes away,
//! nothing is queued: every command is refused with "not connected … not saved" until a
//! reconnection (tried on the next request or poll, with backoff) succeeds.

use std::io::Write;
use std::net::Shutdown;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, TryRecvError};
use std::thread;
use std::time::{Duration, Instant};

use super::protocol::{
    FrameError, MAX_FRAME, PROTOCOL_VERSION, Reply, Request, ToClient, ToServer, encode, read_msg,
};
use crate::config::{Config, socket_path};
use crate::core::error::{Error, Result};
use crate::core::{Answer, Backend, Command, Outcome, Query};
use crate::domain::Id;
use crate::peer;
use crate::store::schema::SCHEMA_VERSION;
use crate::t;

/// How long the server has to answer hello.
const HELLO_TIME: Duration = Duration::from_secs(5);
/// How long a request may take (a large import is the slowest).
const REPLY_TIME: Duration = Duration::from_secs(300);

/// How long this process waits for the server's answer, in milliseconds: [`REPLY_TIME`]
/// for commands, which may run long imports; a few seconds in the TUI (see
/// [`answer_within`]).
static PATIENCE_MS: std::sync::atomic::AtomicU64 =
    std::sync::atomic::AtomicU64::new(REPLY_TIME.as_millis() as u64);

/// Sets how long requests (and the hello of a reconnection) wait for the server. The TUI
/// waits a few seconds: a stopped server (SIGSTOP, a hung disk) must not freeze the keys.
pub fn answer_within(limit: Duration) {
    PATIENCE_MS.store(
        u64::try_from(limit.as_millis()).unwrap_or(u64::MAX),
        std::sync::atomic::Ordering::Relaxed,
    );
}

fn patience() -> Duration {
    Duration::from_millis(PATIENCE_MS.load(std::sync::atomic::Ordering::Relaxed))
}
const WRITE_TIME: Duration = Duration::from_secs(10);
/// Reconnection attempts back off from immediately to this.
const MAX_BACKOFF: Duration = Duration::from_secs(5);
/// After a request got no answer in time, the next connection attempt waits this long.
const HUNG_BACKOFF: Duration = Duration::from_secs(1);
/// How long `location` says "reconnected".
const SAY_RECONNECTED: Duration = Duration::from_secs(30);

/// What the reader thread hands over.
enum Incoming {
    Msg(ToClient),
    Lost(String),
}

struct Conn {
    stream: UnixStream,
    rx: Receiver<Incoming>,
}

impl Drop for Conn {
    fn drop(&mut self) {
        // Wakes the reader thread, which then ends.
        let _ = self.stream.shutdown(Shutdown::Both);
    }
}

/// The state of the connection, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    Connected,
    Reconnected(Instant),
    Down(String),
}

/// Why connecting did not work.
pub enum ConnectError {
    /// Nothing listens there (no socket, or a stale one): the caller may open the file.
    NoServer,
    Refused(Error),
}

/// The backend that sends everything to a server.
pub struct RemoteBackend {
    socket: PathBuf,
    server_user: Option<String>,
    conn: Option<Conn>,
    who: String,
    read_only: bool,
    next_id: u64,
    link: Link,
    retry_at: Instant,
    backoff: Duration,
    changes: Vec<u64>,
    presence: Vec<(Id, Vec<String>)>,
    session: Option<Id>,
    /// Why the server said it was closing, if it did.
    closing: Option<String>,
    /// The language the server was last told.
    lang: String,
    /// The database file the server holds.
    db: String,
}

/// Connects to a running server when one answers at the configured socket; `Ok(None)` when
/// none does (the caller opens the file itself).
pub fn connect_if_running(socket: Option<&Path>) -> Result<Option<Box<dyn Backend>>> {
    Ok(remote_if_running(socket)?.map(|b| Box::new(b) as Box<dyn Backend>))
}

/// [`connect_if_running`], for callers that need the server itself (backups).
pub fn remote_if_running(socket: Option<&Path>) -> Result<Option<RemoteBackend>> {
    // Its warnings are the caller's to say (the CLI says them once per command).
    let (cfg, _) = Config::load();
    let choice = socket_path(socket, &cfg);
    match RemoteBackend::connect(&choice.path, cfg.server_user.as_deref()) {
        Ok(b) => Ok(Some(b)),
        Err(ConnectError::NoServer) => Ok(None),
        Err(ConnectError::Refused(e)) => Err(e),
    }
}

impl RemoteBackend {
    /// Connects to the server at `socket`, trusting sockets owned by the user, root or
    /// `server_user`.
    pub fn connect(
        socket: &Path,
        server_user: Option<&str>,
    ) -> std::result::Result<Self, ConnectError> {
        let (conn, welcome) = open(socket, server_user)?;
        Ok(RemoteBackend {
            socket: socket.to_path_buf(),
            server_user: server_user.map(str::to_string),
            conn: Some(conn),
            who: welcome.who,
            read_only: welcome.read_only,
            next_id: 1,
            link: Link::Connected,
            retry_at: Instant::now(),
            backoff: Duration::ZERO,
            changes: Vec::new(),
            presence: Vec::new(),
            session: None,
            closing: None,
            lang: crate::i18n::current().to_string(),
            db: welcome.db,
        })
    }

    /// Has the server write a consistent copy of its database, and saves it as `dest`
    /// (mode 0600, never over an existing file). Returns the size in bytes. The copy is
    /// written beside `dest` and renamed into place once whole and synced, so `dest` is
    /// never a partial file.
    pub fn backup(&mut self, dest: &Path) -> Result<u64> {
        use std::io::Write;
        let (tmp, mut file) = crate::store::start_backup(dest)?;
        let mut written = 0u64;
        let result = self
            .request_with(Request::Backup, &mut |part| {
                file.write_all(part)?;
                written += part.len() as u64;
                Ok(())
            })
            .and_then(|reply| match reply {
                Reply::Backup { bytes } if bytes == written => Ok(bytes),
                Reply::Backup { bytes } => Err(Error::Remote(t!(
                    "client-backup-short",
                    expected = bytes,
                    got = written
                ))),
                _ => Err(Error::Remote(t!("client-wrong-reply"))),
            })
            .and_then(|bytes| {
                file.sync_all()?;
                crate::store::refuse_existing(dest)?;
                std::fs::rename(&tmp, dest)?;
                Ok(bytes)
            });
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }

    /// True when the server holds the database file `path` (compared as absolute paths,
    /// resolved where the caller may).
    pub fn serves(&self, path: &Path) -> bool {
        let mine = std::fs::canonicalize(path)
            .or_else(|_| std::path::absolute(path))
            .unwrap_or_else(|_| path.to_path_buf());
        let theirs = Path::new(&self.db);
        mine == theirs || std::fs::canonicalize(theirs).is_ok_and(|t| t == mine)
    }

    /// The state of the connection.
    pub fn link(&self) -> &Link {
        &self.link
    }

    /// Users per session, as the server last told.
    pub fn sessions_open(&mut self) -> Vec<(Id, Vec<String>)> {
        self.drain();
        self.presence.clone()
    }

    fn lose(&mut self, why: String) {
        let why = self.closing.take().unwrap_or(why);
        self.conn = None;
        // Who else had a session open is no longer known: nobody is shown as here.
        self.presence.clear();
        self.link = Link::Down(why);
        self.retry_at = Instant::now() + self.backoff;
        self.backoff = (self.backoff * 2).clamp(Duration::from_millis(250), MAX_BACKOFF);
    }

    /// Reconnects when disconnected and the backoff allows; Err says why not.
    fn ensure_connected(&mut self) -> std::result::Result<(), String> {
        if self.conn.is_some() {
            return Ok(());
        }
        let why = match &self.link {
            Link::Down(w) => w.clone(),
            _ => t!("client-connection-lost"),
        };
        if Instant::now() < self.retry_at {
            return Err(why);
        }
        match open(&self.socket, self.server_user.as_deref()) {
            Ok((conn, welcome)) => {
                self.conn = Some(conn);
                // The hello carried the language of this moment.
                self.lang = crate::i18n::current().to_string();
                self.who = welcome.who;
                self.read_only = welcome.read_only;
                self.link = Link::Reconnected(Instant::now());
                self.backoff = Duration::ZERO;
                // Whatever happened meanwhile: the caller reloads.
                self.changes.push(welcome.seq);
                if self.session.is_some() {
                    let s = self.session;
                    self.send(&ToServer::Presence { session: s });
                }
                Ok(())
            }
            Err(e) => {
                let why = match e {
                    ConnectError::NoServer => t!("client-no-server"),
                    ConnectError::Refused(e) => e.to_string(),
                };
                self.lose(why.clone());
                Err(why)
            }
        }
    }

    /// Sends a message that needs no reply; a failure marks the link down.
    fn send(&mut self, msg: &ToServer) -> bool {
        let Some(conn) = &self.conn else { return false };
        let r = encode(msg).and_then(|f| (&conn.stream).write_all(&f).map_err(FrameError::Io));
        if let Err(e) = r {
            self.lose(e.to_string());
            return false;
        }
        true
    }

    /// Takes in whatever the reader thread received.
    fn drain(&mut self) {
        loop {
            let Some(conn) = &self.conn else { return };
            match conn.rx.try_recv() {
                Ok(Incoming::Msg(m)) => self.take(m),
                Ok(Incoming::Lost(why)) => self.lose(why),
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => self.lose(t!("client-connection-lost")),
            }
        }
    }

    fn take(&mut self, m: ToClient) {
        match m {
            ToClient::Changed { seq } => self.changes.push(seq),
            ToClient::Presence { sessions } => self.presence = sessions,
            ToClient::Closing { reason } => self.closing = Some(reason),
            // A late reply to a request that timed out, or the reason for a coming close.
            _ => {}
        }
    }

    fn request(&mut self, request: Request) -> Result<Reply> {
        self.request_with(request, &mut |_| Ok(()))
    }

    /// Sends a request and waits for its reply, handing every backup part that comes for it
    /// to `on_part`; the wait restarts with each part.
    fn request_with(
        &mut self,
        request: Request,
        on_part: &mut dyn FnMut(&[u8]) -> Result<()>,
    ) -> Result<Reply> {
        let is_change = matches!(request, Request::Execute(_));
        let not_saved = if is_change {
            t!("client-not-saved")
        } else {
            String::new()
        };
        self.drain();
        self.ensure_connected().map_err(|why| {
            Error::NotSent(t!(
                "client-not-connected-at",
                socket = self.socket.display().to_string(),
                why = why,
                not_saved = not_saved.as_str()
            ))
        })?;
        // Switched language since the server was last told: say so before asking.
        let lang = crate::i18n::current();
        if lang != self.lang {
            self.lang = lang.to_string();
            self.send(&ToServer::Language { lang: lang.into() });
        }
        let id = self.next_id;
        self.next_id += 1;
        let import_rows = match &request {
            Request::Execute(cmd) => match &**cmd {
                Command::Import { rows, .. } => Some(rows.len()),
                _ => None,
            },
            _ => None,
        };
        let frame = encode(&ToServer::Request { id, request }).map_err(|e| match e {
            // A file too large for one message: how large, and in how many rows a part fits.
            FrameError::TooLarge(n) if import_rows.is_some() => Error::invalid(t!(
                "client-import-too-large",
                rows = import_rows.unwrap_or_default(),
                size = n.div_ceil(1024 * 1024),
                limit = MAX_FRAME / (1024 * 1024),
                per = (import_rows.unwrap_or_default() as u128 * MAX_FRAME as u128 * 9
                    / 10
                    / n.max(1) as u128) as u64
            )),
            FrameError::TooLarge(n) => Error::invalid(t!(
                "client-too-large",
                bytes = n,
                limit = MAX_FRAME / (1024 * 1024)
            )),
            other => Error::Remote(other.to_string()),
        })?;
        let Some(conn) = &self.conn else {
            return Err(Error::NotSent(t!(
                "client-not-connected",
                not_saved = not_saved.as_str()
            )));
        };
        if let Err(e) = (&conn.stream).write_all(&frame) {
            // A frame cut short is never read as a request: nothing was done.
            self.lose(e.to_string());
            return Err(Error::NotSent(t!(
                "client-not-connected-why",
                why = e.to_string(),
                not_saved = not_saved.as_str()
            )));
        }
        let mut deadline = Instant::now() + patience();
        loop {
            let Some(conn) = &self.conn else {
                return Err(unanswered(is_change, t!("client-connection-lost")));
            };
            let wait = deadline.saturating_duration_since(Instant::now());
            let broke = match conn.rx.recv_timeout(wait) {
                Ok(Incoming::Msg(ToClient::Reply { id: rid, result })) if rid == id => {
                    return result;
                }
                Ok(Incoming::Msg(ToClient::BackupPart { id: rid, bytes })) if rid == id => {
                    on_part(&bytes)?;
                    deadline = Instant::now() + patience();
                    continue;
                }
                Ok(Incoming::Msg(m)) => {
                    self.take(m);
                    continue;
                }
                Ok(Incoming::Lost(why)) => why,
                Err(RecvTimeoutError::Disconnected) => t!("client-connection-lost"),
                Err(RecvTimeoutError::Timeout) => {
                    // The connection is given up, so whatever the server does with the
                    // request later, this process shows nothing as saved.
                    // A server that did not answer in time is likely stopped or stuck: the
                    // next attempt waits a moment instead of hanging on its hello at once.
                    self.lose(t!("client-no-answer"));
                    self.retry_at = self.retry_at.max(Instant::now() + HUNG_BACKOFF);
                    let seconds = patience().as_secs();
                    return Err(unanswered(
                        is_change,
                        if is_change {
                            t!("client-no-answer-change", seconds = seconds)
                        } else {
                            t!("client-no-answer-for", seconds = seconds, not_saved = "")
                        },
                    ));
                }
            };
            self.lose(broke.clone());
            return Err(unanswered(
                is_change,
                if is_change {
                    t!("client-broke-change", why = broke)
                } else {
                    t!("client-broke", why = broke)
                },
            ));
        }
    }
}

/// The error for a request that was sent and got no answer: a change may have been made
/// (outcome unknown); a query changed nothing and may simply be asked again.
fn unanswered(is_change: bool, why: String) -> Error {
    if is_change {
        Error::OutcomeUnknown(why)
    } else {
        Error::NotSent(why)
    }
}

impl Backend for RemoteBackend {
    fn execute(&mut self, cmd: Command) -> Result<Outcome> {
        match self.request(Request::Execute(Box::new(cmd)))? {
            Reply::Outcome(o) => Ok(o),
            _ => Err(Error::Remote(t!("client-wrong-reply"))),
        }
    }

    fn query(&mut self, q: Query) -> Result<Answer> {
        match self.request(Request::Query(q))? {
            Reply::Answer(a) => Ok(a),
            _ => Err(Error::Remote(t!("client-wrong-reply"))),
        }
    }

    fn location_key(&self) -> String {
        self.socket.display().to_string()
    }

    fn location(&self) -> String {
        let p = self.socket.display().to_string();
        match &self.link {
            Link::Connected => t!("client-location", socket = p),
            Link::Reconnected(at) if at.elapsed() < SAY_RECONNECTED => {
                t!("client-location-reconnected", socket = p)
            }
            Link::Reconnected(_) => t!("client-location", socket = p),
            Link::Down(why) => t!("client-location-down", socket = p, why = why.as_str()),
        }
    }

    fn who(&self) -> String {
        self.who.clone()
    }

    fn connected(&self) -> bool {
        self.conn.is_some()
    }

    fn read_only(&self) -> bool {
        self.read_only
    }

    fn pushed_changes(&mut self) -> Option<Vec<u64>> {
        self.drain();
        if self.conn.is_none() {
            // A quiet reconnection attempt, so a screen left open comes back by itself.
            let _ = self.ensure_connected();
        }
        Some(std::mem::take(&mut self.changes))
    }

    fn presence(&mut self, session: Option<Id>) -> Vec<String> {
        if session != self.session {
            self.session = session;
            self.send(&ToServer::Presence { session });
        }
        self.drain();
        let (Some(id), true) = (session, self.conn.is_some()) else {
            return Vec::new();
        };
        let mut users = self
            .presence
            .iter()
            .find(|(s, _)| *s == id)
            .map(|(_, u)| u.clone())
            .unwrap_or_default();
        // This connection is one of them.
        if let Some(i) = users.iter().position(|u| *u == self.who) {
            users.remove(i);
        }
        users
    }
}

/// The welcome, as far as the client keeps it.
struct Welcome {
    who: String,
    seq: u64,
    read_only: bool,
    db: String,
}

/// Checks the socket, connects, checks who serves it, says hello and starts the reader.
fn open(
    socket: &Path,
    server_user: Option<&str>,
) -> std::result::Result<(Conn, Welcome), ConnectError> {
    match std::fs::symlink_metadata(socket) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            return Err(ConnectError::Refused(Error::Remote(t!(
                "client-socket-denied",
                socket = socket.display().to_string()
            ))));
        }
        Err(_) => return Err(ConnectError::NoServer),
    }
    peer::check_socket(socket, server_user)
        .map_err(|why| ConnectError::Refused(Error::Remote(why)))?;
    let stream = match UnixStream::connect(socket) {
        Ok(s) => s,
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::ConnectionRefused | std::io::ErrorKind::NotFound
            ) =>
        {
            return Err(ConnectError::NoServer);
        }
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            return Err(ConnectError::Refused(Error::Remote(t!(
                "client-connect-denied",
                socket = socket.display().to_string()
            ))));
        }
        Err(e) => {
            return Err(ConnectError::Refused(Error::Remote(t!(
                "client-cannot-connect",
                socket = socket.display().to_string(),
                why = e.to_string()
            ))));
        }
    };
    let refused = |m: String| ConnectError::Refused(Error::Remote(m));
    // The socket could have been swapped since it was checked: ask the kernel who listens.
    let uid = peer::peer_uid(&stream).map_err(|e| refused(e.to_string()))?;
    if !peer::trusted_owner(uid, server_user) {
        return Err(refused(t!(
            "client-untrusted-server",
            socket = socket.display().to_string(),
            user = peer::user_name(uid)
        )));
    }
    stream
        .set_write_timeout(Some(WRITE_TIME))
        .and_then(|()| stream.set_read_timeout(Some(Duration::from_millis(100))))
        .map_err(|e| refused(e.to_string()))?;
    let hello = encode(&ToServer::Hello {
        protocol: PROTOCOL_VERSION,
        schema: SCHEMA_VERSION,
        version: env!("CARGO_PKG_VERSION").into(),
        lang: crate::i18n::current().into(),
    })
    .map_err(|e| refused(e.to_string()))?;
    (&stream).write_all(&hello).map_err(|e| {
        refused(t!(
            "client-server-closed",
            socket = socket.display().to_string(),
            why = e.to_string()
        ))
    })?;
    let never = || false;
    let answer = read_msg::<ToClient>(
        &mut &stream,
        Some(Instant::now() + HELLO_TIME.min(patience())),
        &never,
    )
    .map_err(|e| {
        refused(t!(
            "client-no-welcome",
            socket = socket.display().to_string(),
            why = e.to_string()
        ))
    })?;
    let welcome = match answer {
        ToClient::Welcome {
            protocol,
            schema,
            version,
            who,
            seq,
            read_only,
            db,
        } => {
            if protocol != PROTOCOL_VERSION || schema != SCHEMA_VERSION {
                return Err(refused(t!(
                    "client-version-mismatch",
                    server = version,
                    server_protocol = protocol,
                    server_schema = schema,
                    client = env!("CARGO_PKG_VERSION"),
                    client_protocol = PROTOCOL_VERSION,
                    client_schema = SCHEMA_VERSION
                )));
            }
            Welcome {
                who,
                seq,
                read_only,
                db,
            }
        }
        ToClient::Refused { reason } => {
            return Err(refused(t!("client-refused", reason = reason)));
        }
        _ => return Err(refused(t!("client-no-welcome-message"))),
    };
    stream
        .set_read_timeout(None)
        .map_err(|e| refused(e.to_string()))?;
    let mut reader = stream.try_clone().map_err(|e| refused(e.to_string()))?;
    let (tx, rx) = mpsc::channel();
    thread::Builder::new()
        .name("prezenca-server-reader".into())
        .spawn(move || {
            loop {
                match read_msg::<ToClient>(&mut reader, None, &never) {
                    Ok(m) => {
                        if tx.send(Incoming::Msg(m)).is_err() {
                            return;
                        }
                    }
                    Err(e) => {
                        let why = match e {
                            FrameError::Closed => t!("client-server-hung-up"),
                            other => other.to_string(),
                        };
                        let _ = tx.send(Incoming::Lost(why));
                        return;
                    }
                }
            }
        })
        .map_err(|e| refused(e.to_string()))?;
    Ok((Conn { stream, rx }, welcome))
}
