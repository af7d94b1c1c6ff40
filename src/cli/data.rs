//! `import`, `export`, `check`, `forget` and `demo`.

use std::path::Path;

use super::{DataFormat, ExportKind, Global, Kind, backend, say};
use crate::core::Command;
use crate::core::error::{Error, Result};

pub fn import(
    _g: &Global,
    _kind: Kind,
    _file: &Path,
    _event: Option<String>,
    _dry_run: bool,
) -> Result<i32> {
    Err(Error::Invalid("import is not available yet".into()))
}

pub fn export(
    _g: &Global,
    _kind: ExportKind,
    _format: DataFormat,
    _out: Option<&Path>,
) -> Result<i32> {
    Err(Error::Invalid("export is not available yet".into()))
}

pub fn demo(_g: &Global) -> Result<i32> {
    Err(Error::Invalid("demo is not available yet".into()))
}

pub fn check(g: &Global) -> Result<i32> {
    let path = crate::store::resolve_path(g.db.as_deref())?;
    let b = crate::store::local::LocalBackend::open_read_only(&path)?;
    let problems = crate::store::check::check(b.db())?;
    if problems.is_empty() {
        say(&format!(
            "{}: every record decodes and every reference resolves",
            path.display()
        ));
        Ok(0)
    } else {
        for p in &problems {
            say(p);
        }
        say(&format!("{} problems found", problems.len()));
        Ok(1)
    }
}

pub fn forget(g: &Global, participant: &str, yes: bool) -> Result<i32> {
    let mut b = backend(g)?;
    let pid = super::find_participant(b.as_mut(), participant)?;
    if !yes {
        return Err(Error::Invalid(
            "forgetting erases the person's name, email, phone and notes everywhere and cannot be undone; add --yes to confirm".into(),
        ));
    }
    let out = b.execute(Command::Forget { participant: pid })?;
    say(&out.what);
    Ok(0)
}
