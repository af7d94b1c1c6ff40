//! The core API shared by the TUI, the CLI and the server: typed commands and queries, and
//! the [`Backend`] trait behind which the local (in-process redb) and remote (server)
//! implementations sit.

pub mod apply;
pub mod cells;
pub mod clock;
pub mod columns;
pub mod error;
pub mod import;
pub mod query;
pub mod write;

use serde::{Deserialize, Serialize};
use time::{Date, PrimitiveDateTime, Time};

use crate::domain::summary::{Report, Summary};
use crate::domain::*;
pub use error::{Error, Result};

/// A mark as a trainer gives it; who and when are filled in by the core.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MarkInput {
    pub status: MarkStatus,
    pub arrived_at: Option<Time>,
    pub reason: String,
}

/// The person a walk-in is: someone already known, or someone new.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(clippy::large_enum_variant)]
pub enum WalkInPerson {
    Existing(Id),
    /// A new participant; `organisation` names an organisation found (folded) or created.
    New {
        participant: Participant,
        organisation: String,
    },
}

/// The tables an import fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ImportKind {
    Events,
    Sessions,
    Participants,
    Registrations,
    Attendance,
    FollowUps,
    Organisations,
}

impl ImportKind {
    pub fn word(self) -> &'static str {
        match self {
            ImportKind::Events => "events",
            ImportKind::Sessions => "sessions",
            ImportKind::Participants => "participants",
            ImportKind::Registrations => "registrations",
            ImportKind::Attendance => "attendance",
            ImportKind::FollowUps => "followups",
            ImportKind::Organisations => "organisations",
        }
    }
}

pub use cells::{Cells, ImportRow, ImportRows, RowRef};

/// A row that was refused, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowError {
    pub line: u64,
    pub column: String,
    pub reason: String,
}

/// What an import did (or, dry, would do).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportReport {
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub rejected: Vec<RowError>,
    /// One line per created or updated record; filled by a dry run only (`--dry-run`).
    pub details: Vec<String>,
    /// True when the changes were written.
    pub applied: bool,
}

/// Every change a user can make. Each is validated and applied in one write transaction
/// together with its audit entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Command {
    CreateEvent(Event),
    UpdateEvent {
        id: Id,
        event: Event,
    },
    DeleteEvent {
        id: Id,
    },
    CreateSession(Session),
    UpdateSession {
        id: Id,
        session: Session,
    },
    DeleteSession {
        id: Id,
    },
    CreateOrganisation(Organisation),
    UpdateOrganisation {
        id: Id,
        organisation: Organisation,
    },
    DeleteOrganisation {
        id: Id,
    },
    CreateParticipant(Participant),
    UpdateParticipant {
        id: Id,
        participant: Participant,
    },
    DeleteParticipant {
        id: Id,
    },
    /// Registers (or with `None` unregisters) a participant at an event.
    SetRegistration {
        event: Id,
        participant: Id,
        registration: Option<Registration>,
    },
    /// Marks (or with `None` clears) one participant at one session. Someone not registered
    /// is registered as a walk-in. `expect`, when given, is the status the trainer saw: if the
    /// stored mark differs (another trainer changed it), the command is refused as a conflict.
    SetMark {
        session: Id,
        participant: Id,
        mark: Option<MarkInput>,
        expect: Option<Option<MarkStatus>>,
    },
    /// Marks several participants at once; with `only_unmarked`, those with a mark are skipped.
    /// `expect`, when not empty, holds the status the trainer saw for each participant (as
    /// `SetMark`'s): if any stored mark differs, nothing is marked and the command is refused
    /// as a conflict.
    MarkMany {
        session: Id,
        participants: Vec<Id>,
        status: MarkStatus,
        only_unmarked: bool,
        expect: Vec<Option<MarkStatus>>,
    },
    /// Registers a walk-in at an event and, with a session, marks them present.
    WalkIn {
        event: Id,
        session: Option<Id>,
        person: WalkInPerson,
    },
    CreateFollowUp(FollowUp),
    UpdateFollowUp {
        id: Id,
        followup: FollowUp,
    },
    DeleteFollowUp {
        id: Id,
    },
    /// Moves registrations, marks and follow-ups of `remove` onto `keep`, then deletes `remove`.
    Merge {
        keep: Id,
        remove: Id,
    },
    /// Reverts the changes of an audit entry (redo is the undo of an undo).
    Undo {
        entry: Id,
    },
    /// Erases a person's personal fields everywhere, audit log included; keeps marks.
    Forget {
        participant: Id,
    },
    /// Finishes a `forget` whose rewrite of the file was interrupted (a kill, a full disk):
    /// rewrites the file and changes no record. Refused as not found when no rewrite is
    /// pending; `Outcome::what` says it was finished.
    FinishForget,
    /// Creates the follow-ups an event's attendance implies (certificates, contact, evaluation).
    /// With `dry_run`, says what it would file (`Outcome::closing`) and writes nothing: what
    /// a confirmation shows.
    CloseEvent {
        event: Id,
        owner: String,
        due: Date,
        dry_run: bool,
    },
    /// Issues a certificate to every eligible participant of an event: each gets a number
    /// (`CODE-NNN`), kept in their certificate follow-up, which is marked done (created when
    /// they have none). Someone with a number keeps it; someone eligible later gets the next
    /// one. One change, undone in one step. The answer (`Outcome::issued`) lists every
    /// eligible person with their number, what a certificate is printed from. With `dry_run`,
    /// writes nothing.
    IssueCertificates {
        event: Id,
        dry_run: bool,
    },
    /// Saves a participant form in one change: creates `new_organisation` first when given
    /// (or uses the one of that name), creates (`id: None`) or updates the participant, and
    /// registers a new participant at `register_at` when given.
    SaveParticipant {
        id: Option<Id>,
        participant: Participant,
        new_organisation: Option<Organisation>,
        register_at: Option<Id>,
    },
    /// Imports rows of a file: all good rows in one transaction, or with any error, none;
    /// with `partial`, the good rows (those no rejected row's line holds) are written and the
    /// rejected ones reported.
    Import {
        kind: ImportKind,
        rows: ImportRows,
        event: Option<String>,
        dry_run: bool,
        partial: bool,
    },
    /// Check-out at the door: the participant left the session at `at` (local wall time).
    /// Leaving before the session's end less `grace_minutes` makes the mark left early;
    /// later, the mark stays as it is. Either way the leaving time is kept on the mark. Only
    /// someone marked as attending can leave; a second check-out changes nothing.
    CheckOut {
        session: Id,
        participant: Id,
        at: Time,
        grace_minutes: u16,
    },
    /// A participant checked themselves in at the kiosk: marked present, recorded under the
    /// trainer who started the kiosk, and said so in the audit entry. Only someone registered
    /// at the event; someone already attending is left as they are.
    SelfCheckIn {
        session: Id,
        participant: Id,
    },
}

impl Command {
    /// True for a command that only says what it would do: its transaction is aborted.
    pub fn is_dry_run(&self) -> bool {
        matches!(
            self,
            Command::Import { dry_run: true, .. }
                | Command::CloseEvent { dry_run: true, .. }
                | Command::IssueCertificates { dry_run: true, .. }
        )
    }
}

/// What closing an event filed (or, dry, would file).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closing {
    pub certificates: u64,
    pub contacts: u64,
    pub evaluations: u64,
    /// The event was planned or running and becomes done.
    pub marks_done: bool,
}

/// One certificate: who, its number, and what it says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssuedCertificate {
    pub participant: Id,
    /// The name as written.
    pub name: String,
    pub number: u32,
    /// Sessions attended, and their length in minutes.
    pub sessions: u64,
    pub minutes: u64,
    /// Numbered by this command (false: issued before, same number).
    pub new: bool,
}

impl IssuedCertificate {
    /// `CODE-NNN`, as printed.
    pub fn number_text(&self, code: &str) -> String {
        certificate_number(code, self.number)
    }
}

/// A certificate number as printed: the event code and three digits at least (`ADV-1-007`).
pub fn certificate_number(code: &str, n: u32) -> String {
    format!("{code}-{n:03}")
}

/// What a command did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The audit entry written; `None` when nothing changed.
    pub entry: Option<Id>,
    /// The id of the record created, for create commands.
    pub created: Option<Id>,
    /// What was done, in words, for the status line: in the language of the user who asked
    /// (a server applies each request in its client's language). The audit entry keeps the
    /// same words.
    pub what: String,
    pub import: Option<ImportReport>,
    /// What `CloseEvent` filed or would file.
    pub closing: Option<Closing>,
    /// The certificates of `IssueCertificates`, by number.
    pub issued: Option<Vec<IssuedCertificate>>,
}

/// What a list of participants shows and searches of one record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParticipantRow {
    pub id: Id,
    pub name: String,
    pub email: String,
    pub organisation: Option<Id>,
    pub forgotten: bool,
}

/// One line of a person's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryRow {
    pub event: Id,
    pub code: String,
    pub title: String,
    pub start: Date,
    pub role: Role,
    pub status: RegStatus,
    pub attended: u64,
    pub sessions: u64,
    pub rate: f64,
}

/// Every question the UI and the CLI ask.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Query {
    Events,
    Event(Id),
    EventByCode(String),
    Sessions(Id),
    Organisations,
    Participants,
    Participant(Id),
    Registrations(Id),
    SessionMarks(Id),
    /// Every mark of an event: (session, participant, mark).
    EventMarks(Id),
    /// Follow-ups of one event, or of all.
    FollowUps(Option<Id>),
    History(Id),
    Summary {
        event: Id,
        now: PrimitiveDateTime,
    },
    Report {
        from: Date,
        to: Date,
        project: Option<String>,
        /// The age bands of `by_age_band`.
        age_bands: crate::domain::summary::AgeBands,
    },
    Audit {
        last: usize,
    },
    AuditEntry(Id),
    /// The number of the newest audit entry: it changes whenever anything changes.
    ChangeSeq,
    /// Every participant as a list row (id, name, email, organisation), not whole records.
    ParticipantRows,
    /// How many participant records there are (forgotten ones included).
    CountParticipants,
}

/// The answer to a [`Query`], one variant per shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    Events(Vec<(Id, Event)>),
    Event(Option<Event>),
    Id(Option<Id>),
    Sessions(Vec<(Id, Session)>),
    Organisations(Vec<(Id, Organisation)>),
    Participants(Vec<(Id, Participant)>),
    Participant(Option<Participant>),
    Registrations(Vec<(Id, Registration)>),
    Marks(Vec<(Id, Mark)>),
    EventMarks(Vec<(Id, Id, Mark)>),
    FollowUps(Vec<(Id, FollowUp)>),
    History(Vec<HistoryRow>),
    Summary(Box<Summary>),
    Report(Box<Report>),
    Audit(Vec<(Id, AuditEntry)>),
    AuditEntry(Option<AuditEntry>),
    Seq(u64),
    ParticipantRows(Vec<ParticipantRow>),
    Count(u64),
}

/// Where the data lives: this process's own redb file, or a server.
pub trait Backend {
    fn execute(&mut self, cmd: Command) -> Result<Outcome>;
    fn query(&mut self, q: Query) -> Result<Answer>;
    /// "file /path/prezenca.redb" or "server /run/prezenca/socket", for the status line.
    fn location(&self) -> String;
    /// The same place in no particular language (the file or socket path): what drafts and
    /// other saved state are matched against.
    fn location_key(&self) -> String {
        self.location()
    }
    /// The user changes are recorded under.
    fn who(&self) -> String;
    /// False while the link to the data is down (a server gone away); a local file is
    /// always there.
    fn connected(&self) -> bool {
        true
    }
    /// True when changes are disabled (read-only file).
    fn read_only(&self) -> bool {
        false
    }
    /// Changes pushed by others since the last call (remote backends); `None` when the
    /// backend has no push channel and the caller should poll [`Query::ChangeSeq`].
    fn pushed_changes(&mut self) -> Option<Vec<u64>> {
        None
    }
    /// Tells others which session this user has open (`None`: none) and returns the other
    /// users who have the same session open. Only a server knows of others.
    fn presence(&mut self, _session: Option<Id>) -> Vec<String> {
        Vec::new()
    }
    /// Every participant's list row ([`Query::ParticipantRows`]), handed to `each` one at a
    /// time. A local file reads them straight from its table, so no list of them all is held
    /// beside what the caller builds from them; a server sends them in one answer.
    fn each_participant_row(&mut self, each: &mut dyn FnMut(ParticipantRow)) -> Result<()> {
        match self.query(Query::ParticipantRows)? {
            Answer::ParticipantRows(rows) => {
                rows.into_iter().for_each(each);
                Ok(())
            }
            other => Err(Error::Remote(crate::t!(
                "core-unexpected-answer",
                what = format!("{:?}", std::mem::discriminant(&other))
            ))),
        }
    }
}

macro_rules! typed {
    ($( $(#[$m:meta])* fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty = $q:expr => $variant:ident; )+) => {
        /// Typed wrappers over [`Backend::query`].
        pub trait Queries: Backend {
            $(
                $(#[$m])*
                fn $name(&mut self, $($arg: $ty),*) -> Result<$out> {
                    match self.query($q)? {
                        Answer::$variant(x) => Ok(x),
                        other => Err(Error::Remote(crate::t!("core-unexpected-answer", what = format!("{:?}", std::mem::discriminant(&other))))),
                    }
                }
            )+
        }
        impl<B: Backend + ?Sized> Queries for B {}
    };
}

typed! {
    fn events() -> Vec<(Id, Event)> = Query::Events => Events;
    fn event(id: Id) -> Option<Event> = Query::Event(id) => Event;
    fn event_by_code(code: &str) -> Option<Id> = Query::EventByCode(code.to_string()) => Id;
    fn sessions(event: Id) -> Vec<(Id, Session)> = Query::Sessions(event) => Sessions;
    fn organisations() -> Vec<(Id, Organisation)> = Query::Organisations => Organisations;
    fn participants() -> Vec<(Id, Participant)> = Query::Participants => Participants;
    fn participant(id: Id) -> Option<Participant> = Query::Participant(id) => Participant;
    fn registrations(event: Id) -> Vec<(Id, Registration)> = Query::Registrations(event) => Registrations;
    fn session_marks(session: Id) -> Vec<(Id, Mark)> = Query::SessionMarks(session) => Marks;
    fn event_marks(event: Id) -> Vec<(Id, Id, Mark)> = Query::EventMarks(event) => EventMarks;
    fn followups(event: Option<Id>) -> Vec<(Id, FollowUp)> = Query::FollowUps(event) => FollowUps;
    fn history(participant: Id) -> Vec<HistoryRow> = Query::History(participant) => History;
    fn summary(event: Id, now: PrimitiveDateTime) -> Box<Summary> = Query::Summary { event, now } => Summary;
    fn report(from: Date, to: Date, project: Option<String>) -> Box<Report> = Query::Report { from, to, project, age_bands: Default::default() } => Report;
    /// The report with age bands of the caller's choice (`--age-bands`).
    fn report_banded(from: Date, to: Date, project: Option<String>, age_bands: crate::domain::summary::AgeBands) -> Box<Report> = Query::Report { from, to, project, age_bands } => Report;
    fn audit(last: usize) -> Vec<(Id, AuditEntry)> = Query::Audit { last } => Audit;
    fn audit_entry(id: Id) -> Option<AuditEntry> = Query::AuditEntry(id) => AuditEntry;
    fn change_seq() -> u64 = Query::ChangeSeq => Seq;
    fn participant_rows() -> Vec<ParticipantRow> = Query::ParticipantRows => ParticipantRows;
    fn count_participants() -> u64 = Query::CountParticipants => Count;
}

/// Finds an event by code, with an error that names the closest codes when there is none.
pub fn find_event(b: &mut (impl Backend + ?Sized), code: &str) -> Result<Id> {
    if let Some(id) = b.event_by_code(code)? {
        return Ok(id);
    }
    let events = b.events()?;
    let want = code.to_uppercase();
    let mut scored: Vec<(usize, String)> = events
        .iter()
        .map(|(_, e)| (edit_distance(&want, &e.code.to_uppercase()), e.code.clone()))
        .collect();
    scored.sort();
    let near: Vec<String> = scored.into_iter().take(3).map(|(_, c)| c).collect();
    Err(Error::NotFound(if near.is_empty() {
        crate::t!("core-no-event-none-yet", code = format!("{code:?}"))
    } else {
        crate::t!(
            "core-no-event-closest",
            code = format!("{code:?}"),
            closest = near.join(", "),
            count = near.len()
        )
    }))
}

/// The participant a typed or scanned badge code stands for (see [`crate::domain::badge`]):
/// `None` when the text is not a well-formed code, or no participant (forgotten ones
/// excepted) has that id.
pub fn find_by_badge(
    b: &mut (impl Backend + ?Sized),
    text: &str,
) -> Result<Option<(Id, Participant)>> {
    let Some(id) = crate::domain::badge::parse(text) else {
        return Ok(None);
    };
    Ok(b.participant(id)?.filter(|p| !p.forgotten).map(|p| (id, p)))
}

/// Levenshtein distance over chars, for "did you mean".
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The OS user running this process (recorded in the audit log of local changes).
pub fn os_user() -> String {
    let uid = nix::unistd::getuid();
    nix::unistd::User::from_uid(uid)
        .ok()
        .flatten()
        .map(|u| u.name)
        .unwrap_or_else(|| format!("uid {uid}"))
}
