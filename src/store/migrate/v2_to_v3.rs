//! Schema 2 → 3: records the id of the newest audit entry in `meta` (`last_change`), so
//! looking for changes reads one number instead of the newest entry, which after a large
//! import holds every before and after image of it.

use redb::ReadableTable;

use crate::core::error::Result;
use crate::store::schema::{AUDIT, META, META_LAST_CHANGE};

pub fn apply(w: &redb::WriteTransaction) -> Result<()> {
    let last = w.open_table(AUDIT)?.last()?.map_or(0, |(k, _)| k.value());
    w.open_table(META)?.insert(META_LAST_CHANGE, last)?;
    Ok(())
}
