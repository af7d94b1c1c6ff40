//! Imports: rows of a CSV file matched to existing records and applied in one transaction.
//!
//! Matching makes an import idempotent: importing the same file twice changes nothing, because
//! every row finds the record the first import made and [`Writer::put`] skips equal values.
//! - events by code; sessions by (event, date, start);
//! - participants by email (lower-cased), else by folded name + organisation;
//! - organisations by folded name (created when unknown);
//! - registrations, marks and follow-ups by their event and participant (email, or name when
//!   there is none); follow-ups also by folded title.
//!
//! An empty cell in an optional column keeps what is stored (a new record gets the default),
//! so a partial spreadsheet never erases data. Any rejected row makes the caller abort the
//! whole transaction: nothing of the file is applied.

use std::collections::{BTreeMap, HashMap, HashSet};

use time::{Date, Time};

use super::error::{Error, Result};
use super::write::{
    Ctx, default_sessions, delete_session, find_or_create_org, is_default_sessions, set_mark,
    valid_email, validate_event, validate_followup, validate_organisation, validate_participant,
};
use super::{ImportKind, ImportReport, ImportRows, MarkInput, RowError, RowRef};
use crate::domain::*;
use crate::store::tx::{Reader, Writer};
use crate::t;
use crate::text;

pub use super::columns::{columns, extra_columns, header_key, required_columns};

/// Why a row failed: its own fault (reported, the import goes on to find more), or a storage
/// failure (the import stops).
enum Fail {
    Bad { column: String, reason: String },
    Fatal(Error),
}

impl From<Error> for Fail {
    fn from(e: Error) -> Self {
        match e {
            Error::Invalid { reason: m, .. } | Error::NotFound(m) | Error::Conflict(m) => {
                Fail::Bad {
                    column: String::new(),
                    reason: m,
                }
            }
            other => Fail::Fatal(other),
        }
    }
}

fn bad(column: &str, reason: impl Into<String>) -> Fail {
    Fail::Bad {
        column: column.to_string(),
        reason: reason.into(),
    }
}

type RowResult<T> = std::result::Result<T, Fail>;

/// Typed access to one row's cells.
struct Row<'a>(RowRef<'a>);

impl Row<'_> {
    /// The trimmed cell; empty when the column is absent.
    fn raw(&self, col: &str) -> &str {
        self.0.get(col).map_or("", str::trim)
    }

    /// A single-line text cell (its whitespace collapsed by [`clean`]).
    fn text(&self, col: &str) -> RowResult<&str> {
        let v = self.raw(col);
        text::check_line(v).map_err(|e| bad(col, e.to_string()))?;
        Ok(v)
    }

    fn required(&self, col: &str) -> RowResult<&str> {
        let v = self.text(col)?;
        if v.is_empty() {
            return Err(bad(col, t!("import-empty")));
        }
        Ok(v)
    }

    /// A multi-line text cell, untrimmed (its line breaks are the writer's); CRLF inside
    /// quotes becomes LF so both line endings give the same record.
    fn multiline(&self, col: &str) -> RowResult<String> {
        let v = self
            .0
            .get(col)
            .map_or(String::new(), |s| s.replace("\r\n", "\n"));
        text::check_multiline(&v).map_err(|e| bad(col, e.to_string()))?;
        Ok(v)
    }

    /// A vocabulary word; `None` when the cell is empty.
    fn word<T>(
        &self,
        col: &str,
        parse: fn(&str) -> Option<T>,
        words: fn() -> String,
    ) -> RowResult<Option<T>> {
        let v = self.text(col)?;
        if v.is_empty() {
            return Ok(None);
        }
        parse(v).map(Some).ok_or_else(|| {
            bad(
                col,
                t!(
                    "import-unknown-word",
                    column = col,
                    value = format!("{v:?}"),
                    words = words()
                ),
            )
        })
    }

    fn date(&self, col: &str) -> RowResult<Option<Date>> {
        let v = self.text(col)?;
        if v.is_empty() {
            return Ok(None);
        }
        parse_date(v)
            .map(Some)
            .ok_or_else(|| bad(col, t!("import-not-a-date", value = format!("{v:?}"))))
    }

    fn required_date(&self, col: &str) -> RowResult<Date> {
        self.date(col)?.ok_or_else(|| bad(col, t!("import-empty")))
    }

    fn time(&self, col: &str) -> RowResult<Option<Time>> {
        let v = self.text(col)?;
        if v.is_empty() {
            return Ok(None);
        }
        parse_time(v)
            .map(Some)
            .ok_or_else(|| bad(col, t!("import-not-a-time", value = format!("{v:?}"))))
    }

    fn required_time(&self, col: &str) -> RowResult<Time> {
        self.time(col)?.ok_or_else(|| bad(col, t!("import-empty")))
    }
}

/// The 1-based number of the session a `session` cell names: its number, its date (the one
/// session of that day), or its day (`day 2`: the one session of the event's second day).
fn session_number(sessions: &[(Id, Session)], cell: &str, code: &str) -> RowResult<usize> {
    if let Ok(n) = cell.trim().parse::<usize>() {
        return Ok(n);
    }
    let mut days: Vec<Date> = sessions.iter().map(|(_, s)| s.date).collect();
    days.dedup();
    let key = text::folded_words(cell, ' ');
    let date = match key.split_once(' ') {
        Some(("day" | "dita" | "dan" | "gun", n)) => {
            let n: usize = n.parse().map_err(|_| {
                bad(
                    "session",
                    t!("import-not-a-session-number", value = format!("{cell:?}")),
                )
            })?;
            *n.checked_sub(1).and_then(|i| days.get(i)).ok_or_else(|| {
                bad(
                    "session",
                    t!(
                        "import-no-such-day",
                        code = code,
                        count = days.len(),
                        day = n
                    ),
                )
            })?
        }
        _ => parse_date(cell).ok_or_else(|| {
            bad(
                "session",
                t!("import-not-a-session-number", value = format!("{cell:?}")),
            )
        })?,
    };
    let that_day: Vec<usize> = sessions
        .iter()
        .enumerate()
        .filter(|(_, (_, s))| s.date == date)
        .map(|(i, _)| i + 1)
        .collect();
    match that_day.as_slice() {
        [n] => Ok(*n),
        [] => Err(bad(
            "session",
            t!("import-no-session-on", code = code, date = iso_date(date)),
        )),
        many => Err(bad(
            "session",
            t!(
                "import-sessions-on",
                code = code,
                date = iso_date(date),
                count = many.len(),
                numbers = many
                    .iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

/// A participant's disability from a row: the `disability` column, else the Washington Group
/// Short Set's six answers (any "a lot of difficulty" or "cannot do at all" is a yes). Only
/// the flag is kept: the answers are health data, and no field holds them.
fn disability_of(row: &Row) -> RowResult<Option<Disability>> {
    if let Some(d) = row.word("disability", Disability::parse, Disability::words)? {
        return Ok(Some(d));
    }
    let mut answers = Vec::new();
    for q in SHORT_SET_QUESTIONS {
        let v = row.text(q)?;
        if v.is_empty() {
            continue;
        }
        answers.push(ShortSetAnswer::parse(v).ok_or_else(|| {
            bad(
                q,
                t!("import-not-a-short-set-answer", value = format!("{v:?}")),
            )
        })?);
    }
    Ok((!answers.is_empty()).then(|| Disability::from_short_set(&answers)))
}

/// An optional cell's value: what the file says, or what is stored when the cell is empty (a
/// partial spreadsheet never erases data).
fn keep(new: &str, old: &str) -> String {
    if new.is_empty() {
        old.to_string()
    } else {
        new.to_string()
    }
}

/// When a file spells a stored name more poorly — the same name folded, but with diacritics
/// lost, in the other script, or differing in case only — the stored spelling, which is
/// kept; `None` when the file's spelling should replace it (a real change, or one with more
/// of the name's letters).
fn kept_spelling<'a>(stored: &'a str, file: &str) -> Option<&'a str> {
    if stored == file || text::fold(stored) != text::fold(file) {
        return None;
    }
    let cyrillic = |s: &str| s.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
    if cyrillic(stored) != cyrillic(file) {
        return Some(stored);
    }
    let marks = |s: &str| s.chars().filter(|c| !c.is_ascii()).count();
    if marks(file) > marks(stored) {
        None
    } else {
        Some(stored)
    }
}

/// A row as every door should have written it: in one-line columns, a line break typed in
/// the cell, non-breaking spaces and doubled spaces are one space; in notes and reasons, line
/// ends are LF. Rows that need nothing are not copied.
fn clean(rows: &ImportRows) -> std::borrow::Cow<'_, ImportRows> {
    let needs = |col: &str, v: &str| {
        if super::columns::is_multiline(col) {
            v.contains('\r')
        } else {
            !text::is_collapsed(v)
        }
    };
    if !rows.iter().any(|r| r.fields().any(|(c, v)| needs(c, v))) {
        return std::borrow::Cow::Borrowed(rows);
    }
    std::borrow::Cow::Owned(rows.map_cells(|c, v| {
        if !needs(c, v) {
            v.to_string()
        } else if super::columns::is_multiline(c) {
            text::clean_multiline(v)
        } else {
            text::collapse_whitespace(v)
        }
    }))
}

/// The role and status cells of a registrations row.
type RegistrationCells = (Option<Role>, Option<RegStatus>);

/// (folded name, organisation) → participants.
/// (folded name, organisation) → participants, each with whether it has an email (so a row
/// without a known email is matched without reading every candidate).
type NameOrgIndex = HashMap<(String, Option<Id>), Vec<(Id, bool)>>;

/// What a good row did to its main record.
struct Done {
    /// The row made a new record (rather than changing or keeping one).
    created: bool,
    what: String,
    /// `what` is the whole description ("register Ana Çela at E-1"), not a record to
    /// create or update.
    plain: bool,
}

impl Done {
    fn record(created: bool, what: String) -> Self {
        Done {
            created,
            what,
            plain: false,
        }
    }
}

struct Importer<'w, 't> {
    w: &'w mut Writer<'t>,
    ctx: &'w Ctx,
    line: u64,
    /// Whether to describe each change in [`ImportReport::details`] (a dry run): the
    /// descriptions are translated text, a large share of a big import's time otherwise.
    explain: bool,
    details: Vec<String>,
    /// Organisation cell (trimmed) → organisation, so each name is folded and looked up once.
    orgs: HashMap<String, Id>,
    /// Emails seen in this file, with their line.
    emails: HashMap<String, u64>,
    /// Session keys seen in this file, with their line.
    session_keys: HashMap<(Id, Date, Time), u64>,
    /// (folded name, organisation) → participants, for matching rows without a known email.
    by_name_org: Option<NameOrgIndex>,
    /// Folded name → participants, for `participant` cells that give a name.
    by_name: Option<HashMap<String, Vec<(Id, String)>>>,
    sessions: HashMap<Id, Vec<(Id, Session)>>,
    /// Events whose generated default sessions a sessions file replaces: the defaults not
    /// matched by a row of the file, removed at the end.
    replaceable: BTreeMap<Id, Vec<Id>>,
    seen_events: HashSet<Id>,
    /// People of a participants file by (folded name, organisation), with their line and
    /// email: the same person twice in one file is reported, not merged by accident.
    people_in_file: HashMap<(String, Option<Id>), (u64, String)>,
    /// Folded acronym → organisations, read when a cell names no organisation by name.
    acronyms: Option<HashMap<String, Vec<Id>>>,
    /// Marks of an attendance file and registrations of a registrations file, with their
    /// line: two different answers for one person in one file are an error.
    /// (Only the line of a mark: the mark this file wrote is in the transaction, and a
    /// million copies of the row's input took more memory than the rows.)
    marks_in_file: HashMap<(Id, Id), u64>,
    registrations_in_file: HashMap<(Id, Id), (u64, RegistrationCells)>,
}

/// Imports `rows` of `kind` inside the caller's write transaction. `event` (participants
/// only) registers every row at that event.
pub fn import(
    w: &mut Writer,
    kind: ImportKind,
    rows: &ImportRows,
    event: Option<&str>,
    dry_run: bool,
    ctx: &Ctx,
) -> Result<ImportReport> {
    let register_at = match event {
        None => None,
        Some(code) => {
            if kind != ImportKind::Participants {
                return Err(Error::invalid(t!("import-event-option")));
            }
            Some(w.txn.event_by_code(code)?.ok_or_else(|| {
                Error::NotFound(t!("import-no-event", code = format!("{:?}", code.trim())))
            })?)
        }
    };
    if !rows.is_empty() {
        let missing: Vec<&str> = required_columns(kind)
            .iter()
            .copied()
            .filter(|c| !rows.has_column(c))
            .collect();
        if !missing.is_empty() {
            return Err(Error::invalid(t!(
                "import-rows-lack-columns",
                columns = missing.join(", "),
                count = missing.len()
            )));
        }
    }
    let mut im = Importer {
        w,
        ctx,
        line: 0,
        explain: dry_run,
        details: Vec::new(),
        orgs: HashMap::new(),
        emails: HashMap::new(),
        session_keys: HashMap::new(),
        by_name_org: None,
        by_name: None,
        sessions: HashMap::new(),
        replaceable: BTreeMap::new(),
        seen_events: HashSet::new(),
        people_in_file: HashMap::new(),
        acronyms: None,
        marks_in_file: HashMap::new(),
        registrations_in_file: HashMap::new(),
    };
    let mut report = ImportReport::default();
    let rows = clean(rows);
    for r in rows.iter() {
        im.line = r.line();
        let before = im.w.changes.len();
        let row = Row(r);
        let res = match kind {
            ImportKind::Events => im.event(&row),
            ImportKind::Sessions => im.session(&row),
            ImportKind::Participants => im.participant(&row, register_at),
            ImportKind::Registrations => im.registration(&row),
            ImportKind::Attendance => im.attendance(&row),
            ImportKind::FollowUps => im.followup(&row),
            ImportKind::Organisations => im.organisation_row(&row),
        };
        match res {
            Ok(done) => {
                if im.w.changes.len() == before {
                    report.unchanged += 1;
                } else if done.created {
                    report.created += 1;
                    if im.explain {
                        im.details.push(if done.plain {
                            t!("import-detail-plain", line = r.line(), what = done.what)
                        } else {
                            t!("import-detail-create", line = r.line(), what = done.what)
                        });
                    }
                } else {
                    report.updated += 1;
                    if im.explain {
                        im.details.push(if done.plain {
                            t!("import-detail-plain", line = r.line(), what = done.what)
                        } else {
                            t!("import-detail-update", line = r.line(), what = done.what)
                        });
                    }
                }
            }
            Err(Fail::Bad { column, reason }) => report.rejected.push(RowError {
                line: r.line(),
                column,
                reason,
            }),
            Err(Fail::Fatal(e)) => return Err(e),
        }
    }
    im.remove_unmatched_defaults()?;
    report.details = im.details;
    Ok(report)
}

impl Importer<'_, '_> {
    fn event_id(&self, row: &Row, col: &str) -> RowResult<(Id, Event)> {
        let code = row.required(col)?;
        let id = self
            .w
            .txn
            .event_by_code(code)?
            .ok_or_else(|| bad(col, t!("import-unknown-event", code = format!("{code:?}"))))?;
        let e = self
            .w
            .txn
            .event(id)?
            .ok_or_else(|| bad(col, t!("import-unknown-event", code = format!("{code:?}"))))?;
        Ok((id, e))
    }

    /// A `participant` cell: an email, or a name (exact first, then folded) when there is none.
    fn person(&mut self, row: &Row, col: &str) -> RowResult<Id> {
        let key = row.required(col)?;
        if key.contains('@') {
            return self
                .w
                .txn
                .participant_by_email(key)?
                .ok_or_else(|| bad(col, t!("import-unknown-email", email = format!("{key:?}"))));
        }
        if self.by_name.is_none() {
            let mut idx: HashMap<String, Vec<(Id, String)>> = HashMap::new();
            for (id, p) in self.w.txn.all_participants()? {
                idx.entry(text::fold(&p.name))
                    .or_default()
                    .push((id, p.name));
            }
            self.by_name = Some(idx);
        }
        let found = self
            .by_name
            .as_ref()
            .and_then(|m| m.get(&text::fold(key)))
            .cloned()
            .unwrap_or_default();
        let exact: Vec<Id> = found
            .iter()
            .filter(|(_, n)| n == key)
            .map(|(id, _)| *id)
            .collect();
        match (exact.as_slice(), found.as_slice()) {
            ([id], _) | (_, [(id, _)]) => Ok(*id),
            (_, []) => Err(bad(
                col,
                t!("import-unknown-participant", name = format!("{key:?}")),
            )),
            (_, many) => Err(bad(
                col,
                t!(
                    "import-ambiguous-name",
                    count = many.len(),
                    name = format!("{key:?}")
                ),
            )),
        }
    }

    fn event(&mut self, row: &Row) -> RowResult<Done> {
        let code = row.required("code")?;
        if code.chars().any(char::is_whitespace) {
            return Err(bad("code", t!("import-no-spaces")));
        }
        let title = row.required("title")?;
        let kind = row.word("kind", EventKind::parse, EventKind::words)?;
        let start = row.required_date("start_date")?;
        let end = row.date("end_date")?;
        let threshold = match row.text("threshold")? {
            "" => None,
            t => Some(parse_threshold(t).ok_or_else(|| {
                bad(
                    "threshold",
                    t!("import-not-a-threshold", value = format!("{t:?}")),
                )
            })?),
        };
        let status = row.word("status", EventStatus::parse, EventStatus::words)?;
        let mode = row.word("mode", Mode::parse, Mode::words)?;
        let (city, country, project, venue) = (
            row.text("city")?,
            row.text("country")?,
            row.text("project")?,
            row.text("venue")?,
        );
        let existing = match self.w.txn.event_by_code(code)? {
            Some(id) => self.w.txn.event(id)?.map(|e| (id, e)),
            None => None,
        };
        let (id, e, created) = match existing {
            Some((id, old)) => {
                let end = end.unwrap_or(if old.end >= start { old.end } else { start });
                let e = Event {
                    code: old.code.clone(),
                    title: title.to_string(),
                    kind: kind.unwrap_or(old.kind),
                    city: keep(city, &old.city),
                    country: keep(country, &old.country),
                    venue: keep(venue, &old.venue),
                    start,
                    end,
                    project: keep(project, &old.project),
                    threshold_permille: threshold.unwrap_or(old.threshold_permille),
                    status: status.unwrap_or(old.status),
                    mode: mode.unwrap_or(old.mode),
                    ..old
                };
                (id, e, false)
            }
            None => {
                let e = Event {
                    code: code.to_string(),
                    title: title.to_string(),
                    kind: kind.unwrap_or_default(),
                    city: city.to_string(),
                    country: country.to_string(),
                    venue: venue.to_string(),
                    start,
                    end: end.unwrap_or(start),
                    project: project.to_string(),
                    capacity: None,
                    trainers: String::new(),
                    threshold_permille: threshold.unwrap_or(DEFAULT_THRESHOLD_PERMILLE),
                    status: status.unwrap_or_default(),
                    notes: String::new(),
                    mode: mode.unwrap_or_default(),
                };
                (self.w.next_id()?, e, true)
            }
        };
        if e.end < e.start {
            return Err(bad(
                "end_date",
                t!(
                    "import-end-before-start",
                    end = iso_date(e.end),
                    start = iso_date(e.start)
                ),
            ));
        }
        validate_event(&e)?;
        let what = t!(
            "import-what-event",
            code = e.code.as_str(),
            title = e.title.as_str()
        );
        self.w
            .put(RecordKey::Event(id), Some(Record::Event(e.clone())))?;
        if created {
            default_sessions(self.w, id, &e)?;
        }
        Ok(Done::record(created, what))
    }

    fn session(&mut self, row: &Row) -> RowResult<Done> {
        let (eid, e) = self.event_id(row, "event")?;
        let date = row.required_date("date")?;
        let start = row.required_time("start")?;
        let end = row.required_time("end")?;
        let title = row.text("title")?;
        if end <= start {
            return Err(bad(
                "end",
                t!("import-session-ends-before", end = hhmm(end)),
            ));
        }
        if date < e.start || date > e.end {
            return Err(bad(
                "date",
                t!(
                    "import-date-outside",
                    date = iso_date(date),
                    code = e.code.as_str(),
                    start = iso_date(e.start),
                    end = iso_date(e.end)
                ),
            ));
        }
        if let Some(l) = self.session_keys.insert((eid, date, start), self.line) {
            return Err(bad("start", t!("import-duplicate-session", line = l)));
        }
        if self.seen_events.insert(eid) {
            let sessions = self.w.txn.sessions_of(eid)?;
            let mut marked = false;
            for (sid, _) in &sessions {
                marked |= !self.w.txn.marks_of_session(*sid)?.is_empty();
            }
            if !marked && is_default_sessions(&e, &sessions) {
                self.replaceable
                    .insert(eid, sessions.iter().map(|(id, _)| *id).collect());
            }
        }
        let existing = self
            .w
            .txn
            .sessions_of(eid)?
            .into_iter()
            .find(|(_, s)| s.date == date && s.start == start);
        let what = t!(
            "import-what-session",
            code = e.code.as_str(),
            date = iso_date(date),
            start = hhmm(start)
        );
        let (id, s, created) = match existing {
            Some((id, old)) => {
                if let Some(ids) = self.replaceable.get_mut(&eid) {
                    ids.retain(|x| *x != id);
                }
                let s = Session {
                    end,
                    title: if title.is_empty() {
                        old.title.clone()
                    } else {
                        title.to_string()
                    },
                    ..old
                };
                (id, s, false)
            }
            None => {
                let s = Session {
                    event: eid,
                    date,
                    start,
                    end,
                    title: title.to_string(),
                };
                (self.w.next_id()?, s, true)
            }
        };
        self.w
            .put(RecordKey::Session(id), Some(Record::Session(s)))?;
        Ok(Done::record(created, what))
    }

    /// Deletes the generated default sessions that no row of a sessions file matched.
    fn remove_unmatched_defaults(&mut self) -> Result<()> {
        for (eid, ids) in std::mem::take(&mut self.replaceable) {
            let code = self.w.txn.event(eid)?.map(|e| e.code).unwrap_or_default();
            for sid in ids {
                if let Some(s) = self.w.txn.session(sid)? {
                    self.explain_that(|| {
                        t!(
                            "import-detail-remove-default",
                            title = s.title.as_str(),
                            code = code.as_str(),
                            date = iso_date(s.date)
                        )
                    });
                    delete_session(self.w, sid)?;
                }
            }
        }
        Ok(())
    }

    /// Adds a line to the dry run's details; nothing (and no translation) otherwise.
    fn explain_that(&mut self, line: impl FnOnce() -> String) {
        if self.explain {
            self.details.push(line());
        }
    }

    /// The organisation named in a cell (trimmed, not empty), created when unknown. The
    /// answer is kept per cell text: a file names the same few organisations on many rows.
    fn organisation(&mut self, name: &str) -> Result<Id> {
        if let Some(id) = self.orgs.get(name) {
            return Ok(*id);
        }
        if self.w.txn.organisation_by_name(name)?.is_none() {
            // A sheet often names an organisation by its acronym (`KWN`): the one
            // organisation with that acronym, when there is exactly one.
            if self.acronyms.is_none() {
                let mut idx: HashMap<String, Vec<Id>> = HashMap::new();
                for (id, o) in self.w.txn.all_organisations()? {
                    if !o.acronym.trim().is_empty() {
                        idx.entry(text::fold(o.acronym.trim()))
                            .or_default()
                            .push(id);
                    }
                }
                self.acronyms = Some(idx);
            }
            if let Some([id]) = self
                .acronyms
                .as_ref()
                .and_then(|m| m.get(&text::fold(name)))
                .map(Vec::as_slice)
            {
                let id = *id;
                self.orgs.insert(name.to_string(), id);
                return Ok(id);
            }
            let line = self.line;
            self.explain_that(|| {
                t!(
                    "import-detail-create-organisation",
                    line = line,
                    name = name
                )
            });
        }
        let id = find_or_create_org(self.w, name)?;
        self.orgs.insert(name.to_string(), id);
        Ok(id)
    }

    /// What an update changes, field by field: `city: Prishtinë → Prizren`.
    fn participant_diff(&self, old: &Participant, new: &Participant) -> Result<Vec<String>> {
        let org_name = |o: Option<Id>| -> Result<String> {
            Ok(match o {
                Some(id) => self
                    .w
                    .txn
                    .organisation(id)?
                    .map(|o| o.name)
                    .unwrap_or_default(),
                None => String::new(),
            })
        };
        let mut out = Vec::new();
        let mut field = |name: &str, a: &str, b: &str| {
            if a != b {
                let shown = |v: &str| {
                    if v.is_empty() {
                        "∅".to_string()
                    } else {
                        v.to_string()
                    }
                };
                out.push(format!("{name}: {} → {}", shown(a), shown(b)));
            }
        };
        field("name", &old.name, &new.name);
        field("email", &old.email, &new.email);
        field("phone", &old.phone, &new.phone);
        field("gender", old.gender.word(), new.gender.word());
        field(
            "organisation",
            &org_name(old.organisation)?,
            &org_name(new.organisation)?,
        );
        field("position", &old.position, &new.position);
        field("city", &old.city, &new.city);
        field("country", &old.country, &new.country);
        field("notes", &old.notes, &new.notes);
        Ok(out)
    }

    fn name_org_index(&mut self) -> Result<&mut NameOrgIndex> {
        if self.by_name_org.is_none() {
            let mut idx = NameOrgIndex::new();
            for (id, p) in self.w.txn.all_participants()? {
                idx.entry((text::fold(&p.name), p.organisation))
                    .or_default()
                    .push((id, !p.email.is_empty()));
            }
            self.by_name_org = Some(idx);
        }
        Ok(self.by_name_org.get_or_insert_with(HashMap::new))
    }

    fn participant(&mut self, row: &Row, register_at: Option<Id>) -> RowResult<Done> {
        let name = row.required("name")?;
        let email = text::email_key(row.text("email")?);
        if !email.is_empty() && !valid_email(&email) {
            return Err(bad(
                "email",
                t!("import-not-an-email", value = format!("{email:?}")),
            ));
        }
        let gender = row.word("gender", Gender::parse, Gender::words)?;
        let birth_year = match row.text("birth_year")? {
            "" => None,
            y => Some(parse_birth_year(y).ok_or_else(|| {
                bad(
                    "birth_year",
                    t!("import-not-a-birth-year", value = format!("{y:?}")),
                )
            })?),
        };
        let disability = disability_of(row)?;
        let (phone, position, city, country) = (
            row.text("phone")?,
            row.text("position")?,
            row.text("city")?,
            row.text("country")?,
        );
        let org_name = row.text("organisation")?;
        if !email.is_empty()
            && let Some(l) = self.emails.insert(email.clone(), self.line)
        {
            return Err(bad(
                "email",
                t!("import-duplicate-email", email = email.as_str(), line = l),
            ));
        }
        let org = if org_name.is_empty() {
            None
        } else {
            Some(self.organisation(org_name)?)
        };
        let folded = text::fold(name);
        match self.people_in_file.get(&(folded.clone(), org)) {
            Some((l, other)) if other.is_empty() || email.is_empty() || *other == email => {
                return Err(bad(
                    "name",
                    t!("import-same-person-in-file", name = name, line = *l),
                ));
            }
            _ => {
                self.people_in_file
                    .insert((folded.clone(), org), (self.line, email.clone()));
            }
        }
        let mut found = match email.as_str() {
            "" => None,
            e => self.w.txn.participant_by_email(e)?,
        };
        if found.is_none() {
            let candidates = self
                .name_org_index()?
                .get(&(folded.clone(), org))
                .cloned()
                .unwrap_or_default();
            let fits: Vec<Id> = candidates
                .into_iter()
                .filter(|(_, has_email)| !has_email || email.is_empty())
                .map(|(id, _)| id)
                .collect();
            match fits.as_slice() {
                [] => {}
                [id] => found = Some(*id),
                many => {
                    return Err(bad(
                        "name",
                        t!(
                            "import-ambiguous-name-at-org",
                            count = many.len(),
                            name = format!("{name:?}")
                        ),
                    ));
                }
            }
        }
        let keep = |new: &str, old: &mut String| {
            if !new.is_empty() {
                *old = new.to_string();
            }
        };
        let (id, p, created) = match found {
            Some(id) => {
                let old = self
                    .w
                    .txn
                    .participant(id)?
                    .ok_or_else(|| Error::Corrupt(t!("import-indexed-missing", id = id)))
                    .map_err(Fail::Fatal)?;
                let mut p = old.clone();
                if let Some(kept) = kept_spelling(&old.name, name) {
                    let line = self.line;
                    self.explain_that(|| {
                        t!(
                            "import-detail-kept-spelling",
                            line = line,
                            stored = kept,
                            file = name
                        )
                    });
                } else {
                    p.name = name.to_string();
                }
                keep(&email, &mut p.email);
                keep(phone, &mut p.phone);
                keep(position, &mut p.position);
                keep(city, &mut p.city);
                keep(country, &mut p.country);
                if let Some(g) = gender {
                    p.gender = g;
                }
                if birth_year.is_some() {
                    p.birth_year = birth_year;
                }
                if let Some(d) = disability {
                    p.disability = d;
                }
                let notes = row.multiline("notes")?;
                if !notes.trim().is_empty() {
                    p.notes = notes;
                }
                if org.is_some() {
                    p.organisation = org;
                }
                // The index follows the person's name, organisation and email.
                let idx = self.name_org_index()?;
                if let Some(v) = idx.get_mut(&(text::fold(&old.name), old.organisation)) {
                    v.retain(|(x, _)| *x != id);
                }
                idx.entry((text::fold(&p.name), p.organisation))
                    .or_default()
                    .push((id, !p.email.is_empty()));
                (id, p, false)
            }
            None => {
                let p = Participant {
                    name: name.to_string(),
                    email: email.clone(),
                    phone: phone.to_string(),
                    gender: gender.unwrap_or_default(),
                    organisation: org,
                    position: position.to_string(),
                    city: city.to_string(),
                    country: country.to_string(),
                    birth_year,
                    disability: disability.unwrap_or_default(),
                    notes: row.multiline("notes")?,
                    ..Participant::default()
                };
                let id = self.w.next_id()?;
                self.name_org_index()?
                    .entry((folded, org))
                    .or_default()
                    .push((id, !email.is_empty()));
                (id, p, true)
            }
        };
        validate_participant(&p)?;
        let diff = if self.explain && !created {
            match self.w.txn.participant(id)? {
                Some(old) => self.participant_diff(&old, &p)?,
                None => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let shown_name = p.name.clone();
        if created {
            self.w
                .create(RecordKey::Participant(id), Record::Participant(p))?;
        } else {
            self.w
                .put(RecordKey::Participant(id), Some(Record::Participant(p)))?;
        }
        let mut registered_at = None;
        if let Some(eid) = register_at
            && self.w.txn.registration(eid, id)?.is_none()
        {
            registered_at = Some(eid);
            let r = Registration {
                role: Role::Participant,
                source: Source::Imported,
                status: RegStatus::Registered,
            };
            self.w.put(
                RecordKey::Registration(eid, id),
                Some(Record::Registration(r)),
            )?;
        }
        if !self.explain {
            return Ok(Done::record(created, String::new()));
        }
        let at = match registered_at {
            Some(eid) => self.w.txn.event(eid)?.map(|e| e.code),
            None => None,
        };
        if created {
            let mut what = t!("import-what-participant", name = shown_name.as_str());
            if let Some(code) = &at {
                what = format!("{what}; {}", t!("import-register-at", code = code.as_str()));
            }
            return Ok(Done::record(true, what));
        }
        let mut parts = Vec::new();
        if !diff.is_empty() {
            parts.push(t!(
                "import-what-participant-changes",
                name = shown_name.as_str(),
                changes = diff.join("; ")
            ));
        }
        if let Some(code) = &at {
            parts.push(t!(
                "import-what-register",
                name = shown_name.as_str(),
                code = code.as_str()
            ));
        }
        Ok(Done {
            created: false,
            what: parts.join("; "),
            plain: true,
        })
    }

    /// A row of an organisations file: matched by name (case and accents ignored), created
    /// when unknown; empty cells keep what is stored.
    fn organisation_row(&mut self, row: &Row) -> RowResult<Done> {
        let name = row.required("name")?;
        let kind = row.word("kind", OrgKind::parse, OrgKind::words)?;
        let (acronym, city, country) = (
            row.text("acronym")?,
            row.text("city")?,
            row.text("country")?,
        );
        let existing = match self.w.txn.organisation_by_name(name)? {
            Some(id) => self.w.txn.organisation(id)?.map(|o| (id, o)),
            None => None,
        };
        let (id, o, created) = match existing {
            Some((id, old)) => {
                let o = Organisation {
                    name: match kept_spelling(&old.name, name) {
                        Some(k) => k.to_string(),
                        None => name.to_string(),
                    },
                    acronym: keep(acronym, &old.acronym),
                    kind: kind.unwrap_or(old.kind),
                    city: keep(city, &old.city),
                    country: keep(country, &old.country),
                };
                (id, o, false)
            }
            None => {
                let o = Organisation {
                    name: name.to_string(),
                    acronym: acronym.to_string(),
                    kind: kind.unwrap_or_default(),
                    city: city.to_string(),
                    country: country.to_string(),
                };
                (self.w.next_id()?, o, true)
            }
        };
        validate_organisation(&o)?;
        let what = t!("import-what-organisation", name = o.name.as_str());
        self.w
            .put(RecordKey::Organisation(id), Some(Record::Organisation(o)))?;
        self.orgs.insert(name.to_string(), id);
        Ok(Done::record(created, what))
    }

    fn registration(&mut self, row: &Row) -> RowResult<Done> {
        let (eid, e) = self.event_id(row, "event")?;
        let pid = self.person(row, "participant")?;
        let role = row.word("role", Role::parse, Role::words)?;
        let status = row.word("status", RegStatus::parse, RegStatus::words)?;
        match self.registrations_in_file.get(&(eid, pid)) {
            Some((l, cells)) if *cells != (role, status) => {
                return Err(bad(
                    "participant",
                    t!("import-conflicting-registrations", line = *l),
                ));
            }
            Some(_) => {}
            None => {
                self.registrations_in_file
                    .insert((eid, pid), (self.line, (role, status)));
            }
        }
        let existing = self.w.txn.registration(eid, pid)?;
        let created = existing.is_none();
        let r = match existing {
            Some(old) => Registration {
                role: role.unwrap_or(old.role),
                status: status.unwrap_or(old.status),
                source: old.source,
            },
            None => Registration {
                role: role.unwrap_or_default(),
                source: Source::Imported,
                status: status.unwrap_or_default(),
            },
        };
        let what = t!(
            "import-what-registration",
            participant = row.raw("participant"),
            code = e.code.as_str(),
            role = r.role.word(),
            status = r.status.word()
        );
        self.w.put(
            RecordKey::Registration(eid, pid),
            Some(Record::Registration(r)),
        )?;
        Ok(Done::record(created, what))
    }

    fn attendance(&mut self, row: &Row) -> RowResult<Done> {
        let (eid, e) = self.event_id(row, "event")?;
        let number = row.required("session")?;
        if !self.sessions.contains_key(&eid) {
            let s = self.w.txn.sessions_of(eid)?;
            self.sessions.insert(eid, s);
        }
        let sessions = self.sessions.get(&eid).map_or(&[][..], Vec::as_slice);
        let n = session_number(sessions, number, &e.code)?;
        let Some((sid, _)) = n.checked_sub(1).and_then(|i| sessions.get(i)) else {
            return Err(bad(
                "session",
                t!(
                    "import-no-such-session",
                    code = e.code.as_str(),
                    count = sessions.len(),
                    number = n
                ),
            ));
        };
        let sid = *sid;
        let pid = self.person(row, "participant")?;
        let status = row
            .word("status", MarkStatus::parse, MarkStatus::words)?
            .ok_or_else(|| bad("status", t!("import-empty")))?;
        let arrived_at = row.time("arrived_at")?;
        if arrived_at.is_some() && status != MarkStatus::Late {
            return Err(bad(
                "arrived_at",
                t!("import-arrival-not-late", status = status.word()),
            ));
        }
        let reason = row.multiline("reason")?;
        let created = self.w.txn.mark(sid, pid)?.is_none();
        let input = MarkInput {
            status,
            arrived_at,
            reason,
        };
        if let Some(l) = self.marks_in_file.get(&(sid, pid)) {
            // The mark an earlier row of this file wrote, as it wrote it.
            if let Some(other) = self.w.txn.mark(sid, pid)?
                && (other.status, other.arrived_at, other.reason.as_str())
                    != (input.status, input.arrived_at, input.reason.as_str())
            {
                return Err(bad(
                    "status",
                    t!(
                        "import-conflicting-marks",
                        line = *l,
                        other = other.status.word(),
                        status = input.status.word()
                    ),
                ));
            }
        }
        set_mark(self.w, sid, pid, Some(&input), None, self.ctx)?;
        self.marks_in_file.entry((sid, pid)).or_insert(self.line);
        Ok(Done::record(
            created,
            t!(
                "import-what-mark",
                participant = row.raw("participant"),
                status = status.word(),
                code = e.code.as_str(),
                number = n
            ),
        ))
    }

    fn followup(&mut self, row: &Row) -> RowResult<Done> {
        let (eid, e) = self.event_id(row, "event")?;
        let participant = match row.text("participant")? {
            "" => None,
            _ => Some(self.person(row, "participant")?),
        };
        let title = row.required("title")?;
        let kind = row.word("kind", FollowUpKind::parse, FollowUpKind::words)?;
        let owner = row.text("owner")?;
        let due = row.date("due")?;
        let status = row.word("status", FollowUpStatus::parse, FollowUpStatus::words)?;
        let key = text::fold(title);
        let existing = self
            .w
            .txn
            .followups_of(eid)?
            .into_iter()
            .find(|(_, f)| f.participant == participant && text::fold(&f.title) == key);
        let (id, f, created) = match existing {
            Some((id, old)) => {
                let f = FollowUp {
                    title: title.to_string(),
                    kind: kind.unwrap_or(old.kind),
                    owner: if owner.is_empty() {
                        old.owner.clone()
                    } else {
                        owner.to_string()
                    },
                    due: due.or(old.due),
                    status: status.unwrap_or(old.status),
                    ..old
                };
                (id, f, false)
            }
            None => {
                let f = FollowUp {
                    event: eid,
                    participant,
                    organisation: None,
                    title: title.to_string(),
                    kind: kind.unwrap_or_default(),
                    owner: owner.to_string(),
                    due,
                    status: status.unwrap_or_default(),
                    notes: String::new(),
                    certificate: None,
                };
                (self.w.next_id()?, f, true)
            }
        };
        validate_followup(&f)?;
        self.w
            .put(RecordKey::FollowUp(id), Some(Record::FollowUp(f)))?;
        Ok(Done::record(
            created,
            t!(
                "import-what-followup",
                title = title,
                code = e.code.as_str()
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::local::LocalBackend;
    use crate::core::{Backend, Command, Queries};

    fn open() -> (tempfile::TempDir, LocalBackend) {
        let dir = tempfile::tempdir().expect("tempdir");
        let b = LocalBackend::open(&dir.path().join("p.redb")).expect("open");
        (dir, b)
    }

    fn import(b: &mut LocalBackend, kind: ImportKind, csv: &str) -> ImportReport {
        let parsed = crate::io::csv::read(csv.as_bytes(), kind).expect("a good file");
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        import_rows(b, kind, parsed.rows)
    }

    /// Imports rows already read, for files whose rows the import itself must judge.
    fn import_rows(b: &mut LocalBackend, kind: ImportKind, rows: ImportRows) -> ImportReport {
        b.execute(Command::Import {
            kind,
            rows,
            event: None,
            dry_run: false,
            partial: false,
        })
        .expect("import runs")
        .import
        .expect("a report")
    }

    /// Where the import refused rows: (line, column).
    fn rejected_at(r: &ImportReport) -> Vec<(u64, &str)> {
        r.rejected
            .iter()
            .map(|e| (e.line, e.column.as_str()))
            .collect()
    }

    const EVENT: &str = "code,title,start_date,end_date\nE-1,Advocacy,2026-03-02,2026-03-03\n";

    #[test]
    fn a_row_without_a_known_email_matches_by_folded_name_and_organisation() {
        let (_d, mut b) = open();
        let r = import(
            &mut b,
            ImportKind::Participants,
            "name,phone,organisation\nĐorđe Đorđević,+381 64 1,Zeleni krug\n",
        );
        assert_eq!((r.created, r.updated), (1, 0));
        // Another spelling, the organisation in other case, an email added, phone left empty.
        let r = import(
            &mut b,
            ImportKind::Participants,
            "name,email,phone,organisation\nDjordje Djordjevic,dj@x.rs,,zeleni  KRUG\n",
        );
        assert_eq!((r.created, r.updated, r.rejected.len()), (0, 1, 0));
        let people = b.participants().expect("participants");
        assert_eq!(people.len(), 1);
        let p = &people[0].1;
        assert_eq!(p.email, "dj@x.rs");
        assert_eq!(p.phone, "+381 64 1", "an empty cell keeps the stored value");
        assert_eq!(b.organisations().expect("orgs").len(), 1);
        // The same name at another organisation is another person.
        let r = import(
            &mut b,
            ImportKind::Participants,
            "name,organisation\nĐorđe Đorđević,Mreža Boka\n",
        );
        assert_eq!(r.created, 1);
        assert_eq!(b.participants().expect("participants").len(), 2);
    }

    #[test]
    fn a_name_two_people_share_is_refused_as_a_reference() {
        let (_d, mut b) = open();
        import(&mut b, ImportKind::Events, EVENT);
        import(
            &mut b,
            ImportKind::Participants,
            "name,organisation\nAna Çela,FOL\nAna Cela,KCSF\n",
        );
        let parsed = crate::io::csv::read(
            "event,participant\nE-1,Ana Çela\nE-1,ana cela\n".as_bytes(),
            ImportKind::Registrations,
        )
        .expect("reads");
        let r = import_rows(&mut b, ImportKind::Registrations, parsed.rows);
        // The exact spelling picks one; a folded spelling matching two is refused.
        assert_eq!(r.rejected.len(), 1, "{:?}", r.rejected);
        assert_eq!(r.rejected[0].line, 3);
        assert!(r.rejected[0].reason.contains("2 participants are named"));
        assert!(!r.applied);
        let e = b.event_by_code("E-1").expect("q").expect("event");
        assert!(b.registrations(e).expect("regs").is_empty());
    }

    #[test]
    fn generated_sessions_with_marks_are_kept_when_a_sessions_file_arrives() {
        let (_d, mut b) = open();
        import(&mut b, ImportKind::Events, EVENT);
        import(&mut b, ImportKind::Participants, "name\nAna\n");
        import(
            &mut b,
            ImportKind::Attendance,
            "event,session,participant,status\nE-1,1,Ana,present\n",
        );
        let r = import(
            &mut b,
            ImportKind::Sessions,
            "event,date,start,end,title\nE-1,2026-03-02,13:30,17:00,Afternoon\n",
        );
        assert_eq!(r.created, 1);
        let e = b.event_by_code("E-1").expect("q").expect("event");
        let titles: Vec<String> = b
            .sessions(e)
            .expect("sessions")
            .into_iter()
            .map(|(_, s)| s.title)
            .collect();
        assert_eq!(titles, ["Day 1", "Afternoon", "Day 2"]);
    }

    #[test]
    fn unmarked_generated_sessions_are_replaced_and_the_replacement_is_idempotent() {
        let (_d, mut b) = open();
        import(&mut b, ImportKind::Events, EVENT);
        let file = "event,date,start,end,title\nE-1,2026-03-02,09:30,12:30,Morning\n";
        let parsed = crate::io::csv::read(file.as_bytes(), ImportKind::Sessions).expect("file");
        let dry = b
            .execute(Command::Import {
                kind: ImportKind::Sessions,
                rows: parsed.rows,
                event: None,
                dry_run: true,
                partial: false,
            })
            .expect("dry run")
            .import
            .expect("a report");
        assert_eq!(dry.details.len(), 3, "{:?}", dry.details);
        let r = import(&mut b, ImportKind::Sessions, file);
        assert_eq!(r.created, 1);
        assert!(r.details.is_empty(), "{:?}", r.details);
        let e = b.event_by_code("E-1").expect("q").expect("event");
        assert_eq!(b.sessions(e).expect("sessions").len(), 1);
        let seq = b.change_seq().expect("seq");
        let r = import(&mut b, ImportKind::Sessions, file);
        assert_eq!((r.created, r.updated, r.unchanged), (0, 0, 1));
        assert_eq!(b.change_seq().expect("seq"), seq);
    }

    #[test]
    fn row_rules_for_sessions_and_marks() {
        let (_d, mut b) = open();
        import(&mut b, ImportKind::Events, EVENT);
        import(&mut b, ImportKind::Participants, "name\nAna\n");
        let parsed = crate::io::csv::read(
            "event,date,start,end\nE-1,2026-03-02,09:00,12:00\nE-1,2026-03-02,09:00,12:30\nE-1,2026-03-09,09:00,12:00\nE-1,2026-03-03,12:00,09:00\n"
                .as_bytes(),
            ImportKind::Sessions,
        )
        .expect("reads");
        let r = import_rows(&mut b, ImportKind::Sessions, parsed.rows);
        assert_eq!(rejected_at(&r), [(3, "start"), (4, "date"), (5, "end")]);
        let parsed = crate::io::csv::read(
            "event,session,participant,status,arrived_at,reason\nE-1,1,Ana,present,09:10,\nE-1,x,Ana,present,,\nE-1,1,Ana,late,,\n"
                .as_bytes(),
            ImportKind::Attendance,
        )
        .expect("reads");
        let r = import_rows(&mut b, ImportKind::Attendance, parsed.rows);
        assert_eq!(rejected_at(&r), [(2, "arrived_at"), (3, "session")]);
    }

    #[test]
    fn a_good_import_is_one_audit_entry_and_event_is_only_for_participants() {
        let (_d, mut b) = open();
        import(
            &mut b,
            ImportKind::Events,
            "code,title,start_date\nE-1,One,2026-03-02\nE-2,Two,2026-03-03\n",
        );
        let audit = b.audit(10).expect("audit");
        assert_eq!(audit.len(), 1);
        assert_eq!(
            audit[0].1.what,
            "import of events: 2 created, 0 updated, 0 unchanged, 0 rejected"
        );
        let err = b
            .execute(Command::Import {
                kind: ImportKind::Events,
                rows: ImportRows::default(),
                event: Some("E-1".into()),
                dry_run: false,
                partial: false,
            })
            .expect_err("refused");
        assert!(err.to_string().contains("participants only"), "{err}");
    }
}
