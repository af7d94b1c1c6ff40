//! The clock: local wall time for "which session is running now", overdue follow-ups and
//! late arrivals. `PREZENCA_NOW=2026-03-02T09:30` fixes it (tests, demos, replaying a day).

use std::cell::Cell;
use std::sync::OnceLock;

use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

static OFFSET: OnceLock<UtcOffset> = OnceLock::new();

/// Reads the local UTC offset. Call once early in `main`, before threads start: the offset
/// cannot be read safely later in a multi-threaded process.
pub fn init() {
    OFFSET.get_or_init(|| UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC));
}

thread_local! {
    /// A time fixed by the embedding program (tests) for the calling thread, which wins over
    /// `PREZENCA_NOW`: setting an environment variable in a running multi-threaded process
    /// is not sound, and tests that run side by side in one process each keep their own day.
    static FIXED: Cell<Option<PrimitiveDateTime>> = const { Cell::new(None) };
}

/// Fixes the clock of the calling thread at `t` (or lets it run again with `None`).
pub fn fix(t: Option<PrimitiveDateTime>) {
    FIXED.with(|f| f.set(t));
}

/// The fixed time: [`fix`], else `PREZENCA_NOW` if set and valid.
fn fixed() -> Option<PrimitiveDateTime> {
    if let Some(t) = FIXED.with(Cell::get) {
        return Some(t);
    }
    let s = std::env::var("PREZENCA_NOW").ok()?;
    let s = s.trim().replace(' ', "T");
    let (d, t) = s.split_once('T').unwrap_or((s.as_str(), "00:00"));
    Some(PrimitiveDateTime::new(
        crate::domain::parse_date(d)?,
        crate::domain::parse_time(t)?,
    ))
}

/// Local wall-clock time now.
pub fn now_local() -> PrimitiveDateTime {
    if let Some(t) = fixed() {
        return t;
    }
    let off = *OFFSET.get_or_init(|| UtcOffset::UTC);
    let now = OffsetDateTime::now_utc().to_offset(off);
    PrimitiveDateTime::new(now.date(), now.time())
}

/// Unix seconds now (for audit entries and marks).
pub fn unix_now() -> i64 {
    match fixed() {
        Some(t) => t.assume_utc().unix_timestamp(),
        None => OffsetDateTime::now_utc().unix_timestamp(),
    }
}

/// Local wall time of a Unix timestamp written by [`unix_now`] (when a mark was recorded);
/// under `PREZENCA_NOW` timestamps are the fixed time taken as UTC, so they read back as written.
pub fn local_from_unix(at: i64) -> PrimitiveDateTime {
    let Ok(t) = OffsetDateTime::from_unix_timestamp(at) else {
        return PrimitiveDateTime::MIN;
    };
    let t = if fixed().is_some() {
        t
    } else {
        t.to_offset(*OFFSET.get_or_init(|| UtcOffset::UTC))
    };
    PrimitiveDateTime::new(t.date(), t.time())
}
