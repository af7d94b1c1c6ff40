//! The shared server: one process owns the redb file; clients talk to it over a Unix socket.

pub mod client;

use crate::cli::Global;
use crate::core::error::{Error, Result};

pub fn serve(_g: &Global, _group: Option<String>) -> Result<i32> {
    Err(Error::Invalid("serve is not available yet".into()))
}
