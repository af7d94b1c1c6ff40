//! Every redb table of the database, the schema version and the `meta` keys.

use redb::TableDefinition;

/// The schema this build writes. Files with a newer version are refused, never modified.
pub const SCHEMA_VERSION: u64 = 5;

/// `schema_version`, `next_id`, `last_change`.
pub const META: TableDefinition<&str, u64> = TableDefinition::new("meta");
pub const META_SCHEMA: &str = "schema_version";
pub const META_NEXT_ID: &str = "next_id";
/// The id of the newest audit entry (0 before the first change), written in the same
/// transaction as the entry. Looking for changes reads this one number: the entry itself
/// can hold the images of a million-row import.
pub const META_LAST_CHANGE: &str = "last_change";

pub const EVENTS: TableDefinition<u64, &[u8]> = TableDefinition::new("events");
/// Upper-cased event code → event id (codes are unique, case-blind).
pub const EVENT_CODES: TableDefinition<&str, u64> = TableDefinition::new("event_codes");
pub const SESSIONS: TableDefinition<u64, &[u8]> = TableDefinition::new("sessions");
/// (event, session) → ()
pub const EVENT_SESSIONS: TableDefinition<(u64, u64), ()> = TableDefinition::new("event_sessions");
pub const ORGANISATIONS: TableDefinition<u64, &[u8]> = TableDefinition::new("organisations");
/// Folded organisation name → id (names are unique after folding).
pub const ORG_NAMES: TableDefinition<&str, u64> = TableDefinition::new("org_names");
pub const PARTICIPANTS: TableDefinition<u64, &[u8]> = TableDefinition::new("participants");
/// Lower-cased email → participant id.
pub const EMAILS: TableDefinition<&str, u64> = TableDefinition::new("emails");
/// (event, participant) → registration
pub const REGISTRATIONS: TableDefinition<(u64, u64), &[u8]> = TableDefinition::new("registrations");
/// (participant, event) → ()
pub const PARTICIPANT_EVENTS: TableDefinition<(u64, u64), ()> =
    TableDefinition::new("participant_events");
/// (session, participant) → mark
pub const MARKS: TableDefinition<(u64, u64), &[u8]> = TableDefinition::new("marks");
/// (participant, session) → ()
pub const PARTICIPANT_MARKS: TableDefinition<(u64, u64), ()> =
    TableDefinition::new("participant_marks");
pub const FOLLOWUPS: TableDefinition<u64, &[u8]> = TableDefinition::new("followups");
/// (event, follow-up) → ()
pub const EVENT_FOLLOWUPS: TableDefinition<(u64, u64), ()> =
    TableDefinition::new("event_followups");
/// Append-only audit log, keyed by a sequence number.
pub const AUDIT: TableDefinition<u64, &[u8]> = TableDefinition::new("audit");
