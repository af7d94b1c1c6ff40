//! Keymaps: named actions bound to keys.

use std::path::Path;

use crate::core::error::{Error, Result};

pub fn check_command(_file: Option<&Path>) -> Result<i32> {
    Err(Error::Invalid("keymap check is not available yet".into()))
}
