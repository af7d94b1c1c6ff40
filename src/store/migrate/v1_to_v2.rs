//! Schema 1 → 2: adds the `participant_marks` index (participant → sessions marked), which
//! makes a person's history and a merge read only their own marks instead of every mark.

use redb::ReadableTable;

use crate::core::error::Result;
use crate::store::schema::{MARKS, PARTICIPANT_MARKS};

pub fn apply(w: &redb::WriteTransaction) -> Result<()> {
    let marks = w.open_table(MARKS)?;
    let mut idx = w.open_table(PARTICIPANT_MARKS)?;
    for row in marks.iter()? {
        let (k, _) = row?;
        let (session, participant) = k.value();
        idx.insert((participant, session), ())?;
    }
    Ok(())
}
