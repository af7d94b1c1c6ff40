//! The one error type of the core: every failure a user can meet, with a message that says
//! what to do.

use serde::{Deserialize, Serialize};

use crate::store::codec::DecodeError;

/// Serializable so the server can send a refusal to its client as it is.
#[derive(Debug, thiserror::Error, Serialize, Deserialize)]
pub enum Error {
    /// Bad input from the user: nothing was changed.
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    NotFound(String),
    /// Someone else changed the record since it was read.
    #[error("{0}")]
    Conflict(String),
    /// The database file is open in another process and no server answers.
    #[error("{0}")]
    Busy(String),
    #[error(
        "{path} was written by a newer prezenca (schema {found}, this one knows {known}); it was not modified. Upgrade prezenca to open it."
    )]
    NewerSchema {
        path: String,
        found: u64,
        known: u64,
    },
    #[error("{0}")]
    Corrupt(String),
    #[error("the database is open read-only: changes are disabled")]
    ReadOnly,
    #[error("could not save: {0}")]
    Storage(String),
    #[error("server: {0}")]
    Remote(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Process exit status for this error (DESIGN §4: 1 for bad input and failures).
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
                Error::Corrupt(format!("the database file is damaged: {m}"))
            }
            other => Error::Storage(other.to_string()),
        }
    }
}
