//! The one error type of the core: every failure a user can meet, with a message that says
//! what to do.

use serde::{Deserialize, Serialize};

use crate::store::codec::DecodeError;

/// Serializable so the server can send a refusal to its client as it is. The variants with
/// a text carry it already in the user's language (the server builds them in its client's);
/// the others are put into words when shown, in the language of the one who reads them.
#[derive(Debug, Serialize, Deserialize)]
pub enum Error {
    /// Bad input from the user: nothing was changed. `field` names the field it is about,
    /// when there is one, so a form shows the reason beside it.
    Invalid {
        field: Option<crate::domain::Field>,
        reason: String,
    },
    NotFound(String),
    /// Someone else changed the record since it was read.
    Conflict(String),
    /// The database file is open in another process and no server answers.
    Busy(String),
    NewerSchema {
        path: String,
        found: u64,
        known: u64,
    },
    Corrupt(String),
    ReadOnly,
    Storage(String),
    /// The request never reached the server (not connected, or the connection broke while
    /// sending it): nothing was changed, and trying again is safe.
    NotSent(String),
    /// The request was sent but no answer came (the connection broke or the server did not
    /// answer in time): the change may or may not have been made. Read what is stored
    /// before repeating it.
    OutcomeUnknown(String),
    /// The server answered something this client cannot use (a wrong reply, a refusal at
    /// hello).
    Remote(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Invalid { reason: m, .. }
            | Error::NotFound(m)
            | Error::Conflict(m)
            | Error::Busy(m)
            | Error::Corrupt(m)
            | Error::NotSent(m)
            | Error::OutcomeUnknown(m) => f.write_str(m),
            Error::NewerSchema { path, found, known } => f.write_str(&crate::t!(
                "error-newer-schema",
                path = path.as_str(),
                found = *found,
                known = *known
            )),
            Error::ReadOnly => f.write_str(&crate::t!("error-read-only")),
            Error::Storage(m) => f.write_str(&crate::t!("error-storage", reason = m.as_str())),
            Error::Remote(m) => f.write_str(&crate::t!("error-remote", reason = m.as_str())),
        }
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Bad input that is not about one field.
    pub fn invalid(reason: impl Into<String>) -> Self {
        Error::Invalid {
            field: None,
            reason: reason.into(),
        }
    }

    /// Bad input in one field.
    pub fn invalid_field(field: crate::domain::Field, reason: impl Into<String>) -> Self {
        Error::Invalid {
            field: Some(field),
            reason: reason.into(),
        }
    }

    /// Process exit status for this error: 1 for bad input and failures alike.
    pub fn exit_code(&self) -> i32 {
        1
    }
}

impl From<DecodeError> for Error {
    fn from(e: DecodeError) -> Self {
        Error::Corrupt(e.to_string())
    }
}

macro_rules! storage_from {
    ($($t:ty),+) => {$(
        impl From<$t> for Error {
            fn from(e: $t) -> Self {
                Error::Storage(e.to_string())
            }
        }
    )+};
}
storage_from!(
    redb::TransactionError,
    redb::TableError,
    redb::StorageError,
    redb::CommitError,
    redb::SetDurabilityError,
    std::io::Error
);

impl From<redb::DatabaseError> for Error {
    fn from(e: redb::DatabaseError) -> Self {
        match e {
            redb::DatabaseError::Storage(redb::StorageError::Corrupted(m)) => {
                Error::Corrupt(crate::t!("error-damaged", reason = m.to_string()))
            }
            other => Error::Storage(other.to_string()),
        }
    }
}
