//! The remote backend: a client of `prezenca serve`.

use std::path::Path;

use crate::core::Backend;
use crate::core::error::Result;

/// Connects to a running server when one answers at the configured socket.
pub fn connect_if_running(_socket: Option<&Path>) -> Result<Option<Box<dyn Backend>>> {
    Ok(None)
}
