//! Files in and out: CSV reading for imports, CSV and JSON exports.

pub mod csv;
pub mod export;

use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

use crate::core::error::{Error, Result};

/// Writes `bytes` to `path` readable by the owner only (0600): exports hold personal data,
/// and a file that already existed with wider permissions is narrowed too.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |e: std::io::Error| {
        Error::Storage(crate::t!(
            "io-cannot-write",
            path = path.display().to_string(),
            reason = e.to_string()
        ))
    };
    let mut f = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(fail)?;
    f.set_permissions(std::fs::Permissions::from_mode(0o600))
        .map_err(fail)?;
    f.write_all(bytes).map_err(fail)?;
    f.sync_all().map_err(fail)
}
