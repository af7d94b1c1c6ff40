//! The wire protocol between `prezenca serve` and its clients: framed, versioned messages.
//!
//! Every message is one frame: a 4-byte big-endian length, then that many bytes of postcard
//! (the same codec as the store, so every core type travels as it is stored). Frames larger
//! than [`MAX_FRAME`] are refused and the connection closed.
//!
//! A connection starts with the client's [`ToServer::Hello`] (protocol and schema version);
//! the server answers [`ToClient::Welcome`] or [`ToClient::Refused`] with a message for the
//! user. Then the client sends [`ToServer::Request`]s, each with an id that the matching
//! [`ToClient::Reply`] echoes, one at a time; the server also pushes [`ToClient::Changed`]
//! after every committed change and [`ToClient::Presence`] when someone opens a session.
//! New variants are only ever appended, so `Hello` and `Refused` stay readable by every
//! version and a mismatch is always a clear message, never garbage.

use std::io::{self, Read, Write};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize, de::DeserializeOwned};

use crate::core::error::Error;
use crate::core::{Answer, Command, Outcome, Query};
use crate::domain::Id;

/// Bumped whenever a message changes shape.
pub const PROTOCOL_VERSION: u32 = 4;

/// The largest frame either side accepts (16 MiB): enough for an import of tens of
/// thousands of rows, small enough that a garbage length cannot exhaust memory.
pub const MAX_FRAME: usize = 16 * 1024 * 1024;

/// Messages from a client.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ToServer {
    /// Must stay the first variant with these first fields: every version reads it.
    Hello {
        protocol: u32,
        schema: u64,
        /// The client's program version, for messages.
        version: String,
        /// The client's language code (protocol 2): the server answers in it.
        lang: String,
    },
    Request {
        id: u64,
        request: Request,
    },
    /// The session this client has open (None: none); the server tells everyone.
    Presence {
        session: Option<Id>,
    },
    /// The user switched language (protocol 3): later replies and messages come in it.
    Language {
        lang: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Boxed: a command is much larger than a query.
    Execute(Box<Command>),
    Query(Query),
    /// A consistent copy of the whole database (protocol 3): the server streams it as
    /// [`ToClient::BackupPart`]s, then replies [`Reply::Backup`].
    Backup,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    Outcome(Outcome),
    Answer(Answer),
    /// The backup was streamed whole: this many bytes in all.
    Backup {
        bytes: u64,
    },
}

/// Messages from the server.
#[derive(Debug, Serialize, Deserialize)]
pub enum ToClient {
    /// Must stay the first variant: a refusal is readable by every version.
    Refused { reason: String },
    Welcome {
        protocol: u32,
        schema: u64,
        version: String,
        /// The user the server records this client's changes under (from the socket).
        who: String,
        /// The newest change when the client connected.
        seq: u64,
        /// True when the server's database is read-only.
        read_only: bool,
        /// The database file the server holds (absolute), so a client named the same file
        /// with `--db` knows it is this one.
        db: String,
    },
    Reply {
        id: u64,
        result: Result<Reply, Error>,
    },
    /// A change was committed; `seq` is its audit entry.
    Changed { seq: u64 },
    /// Which users have which session open: (session, user names, one per connection).
    Presence { sessions: Vec<(Id, Vec<String>)> },
    /// The server is closing this connection, and why.
    Closing { reason: String },
    /// The next piece of the backup file asked for by request `id` (protocol 3).
    BackupPart {
        id: u64,
        #[serde(with = "bytes")]
        bytes: Vec<u8>,
    },
}

/// Backup pieces travel as one byte string, not a sequence of numbers.
mod bytes {
    use serde::{Deserializer, Serializer, de::Visitor};

    pub fn serialize<S: Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(b)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Vec<u8>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes")
            }
            fn visit_bytes<E>(self, v: &[u8]) -> Result<Vec<u8>, E> {
                Ok(v.to_vec())
            }
            fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<Vec<u8>, E> {
                Ok(v)
            }
        }
        d.deserialize_byte_buf(V)
    }
}

/// Why a frame could not be read.
#[derive(Debug)]
pub enum FrameError {
    /// The peer closed the connection between frames.
    Closed,
    /// The peer stayed silent past the deadline (only when a deadline was given).
    Timeout,
    TooLarge(usize),
    /// Larger than the limit given to [`read_msg_within`] (a hello is small).
    OverLimit(usize, usize),
    /// Every reader together holds as much unread message data as the process allows.
    Busy,
    Io(io::Error),
    Decode(String),
}

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FrameError::Closed => f.write_str(&crate::t!("frame-closed")),
            FrameError::Timeout => f.write_str(&crate::t!("frame-timeout")),
            FrameError::TooLarge(n) => {
                f.write_str(&crate::t!("frame-too-large", bytes = *n, limit = MAX_FRAME))
            }
            FrameError::OverLimit(n, limit) => {
                f.write_str(&crate::t!("frame-too-large", bytes = *n, limit = *limit))
            }
            FrameError::Busy => f.write_str(&crate::t!("frame-busy")),
            FrameError::Io(e) => write!(f, "{e}"),
            FrameError::Decode(e) => {
                f.write_str(&crate::t!("frame-unreadable", reason = e.as_str()))
            }
        }
    }
}

/// Encodes one message as a whole frame (length included).
pub fn encode<T: Serialize>(msg: &T) -> Result<Vec<u8>, FrameError> {
    let body = postcard::to_allocvec(msg).map_err(|e| FrameError::Decode(e.to_string()))?;
    if body.len() > MAX_FRAME {
        return Err(FrameError::TooLarge(body.len()));
    }
    let mut frame = Vec::with_capacity(body.len() + 4);
    frame.extend_from_slice(&(body.len() as u32).to_be_bytes());
    frame.extend_from_slice(&body);
    Ok(frame)
}

/// Writes one message.
pub fn write_msg<T: Serialize>(w: &mut impl Write, msg: &T) -> Result<(), FrameError> {
    let frame = encode(msg)?;
    w.write_all(&frame).map_err(FrameError::Io)?;
    w.flush().map_err(FrameError::Io)
}

/// Reads one message from a stream whose read timeout is set to a short tick.
///
/// Between frames, silence is allowed until `idle_deadline` (None: forever, checking `stop`
/// at every tick so a shutting-down server is not held by an idle client). Once a frame has
/// begun, the rest must arrive within `FRAME_TIME`: a client that sends half a frame and
/// stops cannot hold a thread forever.
pub fn read_msg<T: DeserializeOwned>(
    r: &mut impl Read,
    idle_deadline: Option<Instant>,
    stop: &dyn Fn() -> bool,
) -> Result<T, FrameError> {
    read_msg_within(r, idle_deadline, stop, MAX_FRAME)
}

/// [`read_msg`] for a frame of at most `limit` bytes: what a peer may send before it said
/// hello is a few KiB, not 16 MiB.
///
/// The body grows as its bytes arrive (in steps of [`READ_STEP`]), so a declared length
/// costs nothing until the data is there, and all readers of the process together hold at
/// most [`MAX_BUFFERED`] bytes of unread bodies: past that, the frame is refused as
/// [`FrameError::Busy`] and its memory given back at once.
pub fn read_msg_within<T: DeserializeOwned>(
    r: &mut impl Read,
    idle_deadline: Option<Instant>,
    stop: &dyn Fn() -> bool,
    limit: usize,
) -> Result<T, FrameError> {
    let mut head = [0u8; 4];
    let first = read_full(r, &mut head, idle_deadline, true, stop)?;
    if !first {
        return Err(FrameError::Closed);
    }
    let len = u32::from_be_bytes(head) as usize;
    if len > MAX_FRAME {
        return Err(FrameError::TooLarge(len));
    }
    if len > limit {
        return Err(FrameError::OverLimit(len, limit));
    }
    let deadline = Some(Instant::now() + FRAME_TIME);
    let mut body = Vec::new();
    let mut held = Held(0);
    while body.len() < len {
        let step = READ_STEP.min(len - body.len());
        held.take(step)?;
        let start = body.len();
        body.resize(start + step, 0);
        read_full(r, &mut body[start..], deadline, false, stop)?;
    }
    postcard::from_bytes(&body).map_err(|e| FrameError::Decode(e.to_string()))
}

/// How much of a body is allocated at a time, ahead of its bytes.
pub const READ_STEP: usize = 64 * 1024;

/// The most unread message data all readers of one process hold at once.
pub const MAX_BUFFERED: usize = 64 * 1024 * 1024;

static BUFFERED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The bytes one reader has counted against [`MAX_BUFFERED`]; given back when dropped.
struct Held(usize);

impl Held {
    fn take(&mut self, n: usize) -> Result<(), FrameError> {
        use std::sync::atomic::Ordering;
        let before = BUFFERED.fetch_add(n, Ordering::SeqCst);
        if before + n > MAX_BUFFERED {
            BUFFERED.fetch_sub(n, Ordering::SeqCst);
            return Err(FrameError::Busy);
        }
        self.0 += n;
        Ok(())
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        BUFFERED.fetch_sub(self.0, std::sync::atomic::Ordering::SeqCst);
    }
}

/// How long the rest of a frame may take once its first byte arrived.
pub const FRAME_TIME: Duration = Duration::from_secs(10);

/// Fills `buf`. Returns false when the stream ended before the first byte and `idle` allows
/// that (a clean close between frames).
fn read_full(
    r: &mut impl Read,
    buf: &mut [u8],
    mut deadline: Option<Instant>,
    idle: bool,
    stop: &dyn Fn() -> bool,
) -> Result<bool, FrameError> {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..]) {
            Ok(0) if filled == 0 && idle => return Ok(false),
            // Half a length header is a frame begun: the rest must come in FRAME_TIME too.
            Ok(n) if filled == 0 && idle => {
                filled = n;
                deadline = Some(deadline.map_or(Instant::now() + FRAME_TIME, |d| {
                    d.min(Instant::now() + FRAME_TIME)
                }));
            }
            Ok(0) => {
                return Err(FrameError::Io(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    crate::t!("frame-cut"),
                )));
            }
            Ok(n) => filled += n,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                // A shutting-down server stops waiting between frames, never inside one.
                if stop() && filled == 0 && idle {
                    return Err(FrameError::Closed);
                }
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    return Err(FrameError::Timeout);
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(FrameError::Io(e)),
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::MarkInput;
    use crate::domain::MarkStatus;

    fn never() -> bool {
        false
    }

    #[test]
    fn a_message_survives_the_round_trip() {
        let msg = ToServer::Request {
            id: 7,
            request: Request::Execute(Box::new(Command::SetMark {
                session: 3,
                participant: 4,
                mark: Some(MarkInput {
                    status: MarkStatus::Late,
                    arrived_at: Some(time::macros::time!(9:40)),
                    reason: "Şahin: bus from Prizren".into(),
                }),
                expect: Some(None),
            })),
        };
        let frame = encode(&msg).expect("encode");
        assert_eq!(
            u32::from_be_bytes([frame[0], frame[1], frame[2], frame[3]]) as usize,
            frame.len() - 4
        );
        let back: ToServer = read_msg(&mut frame.as_slice(), None, &never).expect("decode");
        assert_eq!(back, msg);
    }

    #[test]
    fn errors_travel_as_they_are() {
        let msg = ToClient::Reply {
            id: 1,
            result: Err(Error::Conflict("Ana Çela was marked by drita".into())),
        };
        let frame = encode(&msg).expect("encode");
        let back: ToClient = read_msg(&mut frame.as_slice(), None, &never).expect("decode");
        assert_eq!(format!("{back:?}"), format!("{msg:?}"));
    }

    #[test]
    fn an_oversized_length_is_refused_before_reading_the_body() {
        let frame = (MAX_FRAME as u32 + 1).to_be_bytes();
        let r: Result<ToServer, _> = read_msg(&mut frame.as_slice(), None, &never);
        assert!(matches!(r, Err(FrameError::TooLarge(n)) if n == MAX_FRAME + 1));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let mut frame = 5u32.to_be_bytes().to_vec();
        frame.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0xff]);
        let r: Result<ToServer, _> = read_msg(&mut frame.as_slice(), None, &never);
        assert!(matches!(r, Err(FrameError::Decode(_))));
        let r: Result<ToServer, _> = read_msg(&mut [0u8, 0].as_slice(), None, &never);
        assert!(matches!(r, Err(FrameError::Io(_))));
        let r: Result<ToServer, _> = read_msg(&mut [].as_slice(), None, &never);
        assert!(matches!(r, Err(FrameError::Closed)));
    }

    #[test]
    fn hello_and_refused_keep_their_place() {
        // Every version must read these two: they are variant 0 of their enums.
        let hello = encode(&ToServer::Hello {
            protocol: 9,
            schema: 2,
            version: "x".into(),
            lang: "sq".into(),
        })
        .expect("hello");
        assert_eq!(hello[4], 0);
        let refused = encode(&ToClient::Refused { reason: "r".into() }).expect("refused");
        assert_eq!(refused[4], 0);
    }
}
