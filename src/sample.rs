//! The sample data offered on an empty database (six events across the region), loaded
//! through `Command::Import` like any CSV.

use crate::core::Backend;
use crate::core::error::{Error, Result};

/// Loads the sample data; returns what was loaded, in words.
pub fn load(_b: &mut dyn Backend) -> Result<String> {
    Err(Error::Invalid("sample data not bundled".into()))
}
