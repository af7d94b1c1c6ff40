//! Schema migrations, one module per step, each applied in one write transaction that also
//! records the new version: a crash mid-way leaves the file at the old version, intact.

pub mod v1_to_v2;
pub mod v2_to_v3;
pub mod v3_to_v4;
pub mod v4_to_v5;

use super::schema::{META, META_SCHEMA, SCHEMA_VERSION};
use crate::core::error::{Error, Result};

/// Runs every step from `from` up to [`SCHEMA_VERSION`].
pub fn run(db: &redb::Database, from: u64) -> Result<()> {
    let mut v = from;
    while v < SCHEMA_VERSION {
        let w = db.begin_write()?;
        match v {
            1 => v1_to_v2::apply(&w)?,
            2 => v2_to_v3::apply(&w)?,
            3 => v3_to_v4::apply(&w)?,
            4 => v4_to_v5::apply(&w)?,
            other => {
                return Err(Error::Corrupt(crate::t!(
                    "store-no-migration",
                    from = other
                )));
            }
        }
        w.open_table(META)?.insert(META_SCHEMA, v + 1)?;
        w.commit()?;
        v += 1;
    }
    Ok(())
}
