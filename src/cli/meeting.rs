//! `import meeting`: an online session's attendance report (Zoom, Teams, Meet) turned into
//! marks of one session, through the same attendance import as a CSV file.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use time::{Duration, PrimitiveDateTime, Time};

use super::data::print_rejected;
use super::{Global, backend, sanitize_multiline, say};
use crate::core::error::{Error, Result};
use crate::core::{Backend, Command, ImportKind, ImportReport, ImportRows, Queries, find_event};

/// A row made here: its line in the report and its cells by column.
type MapRow = (u64, BTreeMap<String, String>);
use crate::domain::{Id, Mark, MarkStatus, Participant, Session, hhmm, iso_date};
use crate::io::meeting::{
    NameKind, Presence, Report, Rule, Verdict, choose_session, decide, minutes, name_key,
    name_kind, percent,
};
use crate::t;

/// What `import meeting` was asked.
#[derive(Debug, Clone)]
pub struct Options {
    pub event: Option<String>,
    pub session: Option<usize>,
    /// Default 0.5.
    pub min_share: Option<f64>,
    /// Minutes; default 10.
    pub grace: Option<u32>,
    pub walk_ins: bool,
    pub dry_run: bool,
    pub encoding: Option<String>,
}

/// Who a group of rows is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Who {
    Host,
    Phone,
    Device,
    Known(Id),
    Unknown(String),
    Ambiguous(Vec<Id>),
}

/// The rows of one person (or one phone, one device).
#[derive(Debug)]
struct Group {
    who: Who,
    /// The name as the report first gives it.
    shown: String,
    /// The fullest form of the name, for a walk-in.
    full: String,
    email: String,
    line: u64,
    stints: Vec<(PrimitiveDateTime, PrimitiveDateTime)>,
    /// Seconds the report gives without times.
    secs: i64,
    /// The durations the report gives with the times, added up, and the number of rows,
    /// when every row gives one: Meet's first join and last exit span the gaps its duration
    /// leaves out.
    cap: Option<(i64, i64)>,
}

/// The people known: by email, and by name key.
struct People {
    all: HashMap<Id, Participant>,
    by_email: HashMap<String, Id>,
    by_key: HashMap<String, Vec<Id>>,
    registered: HashSet<Id>,
    orgs: HashMap<Id, String>,
}

impl People {
    fn load(b: &mut dyn Backend, event: Id) -> Result<People> {
        let mut p = People {
            all: HashMap::new(),
            by_email: HashMap::new(),
            by_key: HashMap::new(),
            registered: b
                .registrations(event)?
                .into_iter()
                .map(|(id, _)| id)
                .collect(),
            orgs: b
                .organisations()?
                .into_iter()
                .map(|(id, o)| (id, o.name))
                .collect(),
        };
        for (id, person) in b.participants()? {
            if person.forgotten {
                continue;
            }
            if !person.email.is_empty() {
                p.by_email.insert(person.email.clone(), id);
            }
            p.by_key.entry(name_key(&person.name)).or_default().push(id);
            p.all.insert(id, person);
        }
        Ok(p)
    }

    /// By email (case ignored), else by each form of the name: one registered person, or one
    /// person known at all.
    fn find(&self, email: &str, forms: &[String]) -> Who {
        if let Some(id) = self.by_email.get(email) {
            return Who::Known(*id);
        }
        for f in forms {
            let Some(found) = self.by_key.get(&name_key(f)) else {
                continue;
            };
            let here: Vec<Id> = found
                .iter()
                .copied()
                .filter(|id| self.registered.contains(id))
                .collect();
            return match (here.as_slice(), found.as_slice()) {
                ([one], _) | ([], [one]) => Who::Known(*one),
                ([], many) | (many, _) => {
                    let mut v = many.to_vec();
                    v.sort_unstable();
                    Who::Ambiguous(v)
                }
            };
        }
        let k = if email.is_empty() {
            forms.first().map(|f| name_key(f)).unwrap_or_default()
        } else {
            email.to_string()
        };
        Who::Unknown(k)
    }

    /// What the attendance import takes as `participant`: the email, or the stored name.
    fn cell(&self, id: Id) -> String {
        self.all.get(&id).map_or_else(String::new, |p| {
            if p.email.is_empty() {
                p.name.clone()
            } else {
                p.email.clone()
            }
        })
    }

    /// A person as the trainer tells them from a namesake: name, email or organisation.
    fn told_apart(&self, id: Id) -> String {
        let Some(p) = self.all.get(&id) else {
            return id.to_string();
        };
        let org = p.organisation.and_then(|o| self.orgs.get(&o));
        match (p.email.as_str(), org) {
            ("", Some(o)) => format!("{} ({o})", p.name),
            ("", None) => p.name.clone(),
            (e, _) => format!("{} <{e}>", p.name),
        }
    }

    fn name(&self, id: Id) -> String {
        self.all
            .get(&id)
            .map_or_else(String::new, |p| p.name.clone())
    }
}

fn at(s: &Session) -> (PrimitiveDateTime, PrimitiveDateTime) {
    (
        PrimitiveDateTime::new(s.date, s.start),
        PrimitiveDateTime::new(s.date, s.end),
    )
}

fn span_text(a: PrimitiveDateTime, b: PrimitiveDateTime) -> String {
    if a.date() == b.date() {
        format!(
            "{} {}–{}",
            iso_date(a.date()),
            hhmm(a.time()),
            hhmm(b.time())
        )
    } else {
        format!(
            "{} {} – {} {}",
            iso_date(a.date()),
            hhmm(a.time()),
            iso_date(b.date()),
            hhmm(b.time())
        )
    }
}

/// Picks the session: `--session N`, else the one the report's time overlaps most.
fn pick_session(
    report: &Report,
    sessions: &[(Id, Session)],
    code: &str,
    asked: Option<usize>,
) -> Result<usize> {
    let windows: Vec<_> = sessions.iter().map(|(_, s)| at(s)).collect();
    let span = report.span();
    if let Some(n) = asked {
        let Some(w) = n.checked_sub(1).and_then(|i| windows.get(i)) else {
            return Err(Error::invalid(t!(
                "cmd-no-such-session",
                code = code,
                count = sessions.len(),
                number = n
            )));
        };
        // Times of day alone are checked on the session's day.
        let span = span.or_else(|| report.span_on(Some(w.0.date())));
        if let Some(span) = span
            && choose_session(std::slice::from_ref(w), span).is_none()
        {
            return Err(Error::invalid(t!(
                "meeting-session-elsewhere",
                number = n,
                session = span_text(w.0, w.1),
                report = span_text(span.0, span.1)
            )));
        }
        return Ok(n - 1);
    }
    let span = span.ok_or_else(|| Error::invalid(t!("meeting-no-date", code = code)))?;
    choose_session(&windows, span).ok_or_else(|| {
        let list: Vec<String> = windows
            .iter()
            .enumerate()
            .map(|(i, (a, b))| format!("{} {}", i + 1, span_text(*a, *b)))
            .collect();
        Error::invalid(t!(
            "meeting-no-session-fits",
            code = code,
            report = span_text(span.0, span.1),
            sessions = if list.is_empty() {
                "-".to_string()
            } else {
                list.join("; ")
            }
        ))
    })
}

/// Groups the report's rows by person.
fn group(report: &Report, people: &People, day: time::Date) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for s in &report.stints {
        let kind = name_kind(&s.name);
        let who = if s.host {
            Who::Host
        } else {
            match &kind {
                NameKind::Person(forms) => people.find(&s.email, forms),
                _ if people.by_email.contains_key(&s.email) => people.find(&s.email, &[]),
                NameKind::Phone => Who::Phone,
                NameKind::Device => Who::Device,
            }
        };
        let full = match &kind {
            NameKind::Person(forms) => forms.first().cloned().unwrap_or_default(),
            _ => s.name.clone(),
        };
        // Phones and devices are listed once per name; everyone else once per person.
        let same = |g: &Group| match (&g.who, &who) {
            (Who::Phone | Who::Device | Who::Host, _) => g.who == who && g.shown == s.name,
            _ => g.who == who,
        };
        let i = match groups.iter().position(same) {
            Some(i) => i,
            None => {
                groups.push(Group {
                    who: who.clone(),
                    shown: s.name.clone(),
                    full,
                    email: s.email.clone(),
                    line: s.line,
                    stints: Vec::new(),
                    secs: 0,
                    cap: Some((0, 0)),
                });
                groups.len() - 1
            }
        };
        let g = &mut groups[i];
        if g.email.is_empty() {
            g.email = s.email.clone();
        }
        match (s.join, s.leave) {
            (Some(j), Some(l)) => {
                let (j, mut l) = (j.on(day), l.on(day));
                // A leave written as a time of day after midnight.
                if l < j
                    && s.leave.is_some_and(|m| m.date.is_none())
                    && let Some(next) = l.checked_add(Duration::days(1))
                {
                    l = next;
                }
                g.stints.push((j, l));
                g.cap = g
                    .cap
                    .zip(s.secs)
                    .map(|((sum, n), d)| (sum.saturating_add(d), n + 1));
            }
            _ => g.secs = g.secs.saturating_add(s.secs.unwrap_or(0)),
        }
    }
    groups
}

fn status_text(v: Verdict) -> String {
    match v {
        Verdict::Present => t!("meeting-status-present"),
        Verdict::Late { at, left: None } => t!("meeting-status-late", at = hhmm(at)),
        Verdict::Late { at, left: Some(l) } => {
            t!("meeting-status-late-left", at = hhmm(at), left = hhmm(l))
        }
        Verdict::LeftEarly { at } => t!("meeting-status-left", at = hhmm(at)),
        Verdict::Absent => t!("meeting-status-absent"),
    }
}

fn attended(v: Verdict) -> bool {
    v != Verdict::Absent
}

/// The mark a decision gives: status, arrival (to the minute) and reason.
fn mark_of(v: Verdict, why: &str) -> (MarkStatus, Option<Time>, String) {
    match v {
        Verdict::Present => (MarkStatus::Present, None, String::new()),
        Verdict::Late { at, left } => (
            MarkStatus::Late,
            Time::from_hms(at.hour(), at.minute(), 0).ok(),
            left.map_or_else(String::new, |l| {
                t!("meeting-reason-late-left", left = hhmm(l))
            }),
        ),
        Verdict::LeftEarly { at } => (
            MarkStatus::LeftEarly,
            None,
            t!("meeting-reason-left", at = hhmm(at)),
        ),
        Verdict::Absent => (MarkStatus::Absent, None, why.to_string()),
    }
}

/// A status in the user's language.
fn status_word(s: MarkStatus) -> String {
    crate::i18n::tr(&format!("mark-status-{}", s.word().replace('_', "-")))
}

/// The attendance row of a decision.
fn row(line: u64, code: &str, number: usize, who: String, v: Verdict, why: &str) -> MapRow {
    let (status, arrived, reason) = mark_of(v, why);
    let arrived = arrived.map(hhmm).unwrap_or_default();
    let fields: BTreeMap<String, String> = [
        ("event", code.to_string()),
        ("session", number.to_string()),
        ("participant", who),
        ("status", status.word().to_string()),
        ("arrived_at", arrived),
        ("reason", reason),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    (line, fields)
}

fn run_import(
    b: &mut dyn Backend,
    kind: ImportKind,
    rows: Vec<MapRow>,
    dry_run: bool,
) -> Result<ImportReport> {
    if rows.is_empty() {
        return Ok(ImportReport::default());
    }
    let out = b.execute(Command::Import {
        kind,
        rows: ImportRows::from_maps(rows),
        event: None,
        dry_run,
        partial: false,
    })?;
    Ok(out.import.unwrap_or_default())
}

/// Refuses the meeting options with the CSV kinds, which would ignore them.
pub fn only_for_meeting(
    session: Option<usize>,
    min_share: Option<f64>,
    grace: Option<u32>,
    walk_ins: bool,
) -> Result<()> {
    let given: Vec<&str> = [
        (session.is_some(), "--session"),
        (min_share.is_some(), "--min-share"),
        (grace.is_some(), "--grace"),
        (walk_ins, "--walk-ins"),
    ]
    .into_iter()
    .filter_map(|(on, flag)| on.then_some(flag))
    .collect();
    if given.is_empty() {
        Ok(())
    } else {
        Err(Error::invalid(t!(
            "meeting-options-only",
            options = given.join(", ")
        )))
    }
}

/// `prezenca import meeting FILE --event CODE`: reads the report, picks the session, matches
/// and judges every person, prints each decision, then tries the walk-ins and the marks
/// without writing and, when nothing is refused and it is no dry run, applies them: the
/// walk-ins (participants) first, then every mark in one attendance import.
pub fn import(g: &Global, file: &Path, o: Options) -> Result<i32> {
    let name = file.display().to_string();
    let code = o
        .event
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .ok_or_else(|| Error::invalid(t!("meeting-needs-event")))?;
    let share = o.min_share.unwrap_or(0.5);
    if !(share > 0.0 && share <= 1.0) {
        return Err(Error::invalid(t!(
            "meeting-bad-share",
            value = share.to_string()
        )));
    }
    let rule = Rule {
        // In (0, 1], so the per mille is in 1..=1000.
        min_share_permille: ((share * 1000.0).round() as i64).max(1),
        grace: Duration::minutes(i64::from(o.grace.unwrap_or(10))),
    };
    // The report is read before the database is opened: a bad file never touches it.
    let bytes = std::fs::read(file).map_err(|e| {
        Error::invalid(t!(
            "cmd-cannot-read",
            path = name.as_str(),
            reason = e.to_string()
        ))
    })?;
    let report = crate::io::meeting::read(&bytes, o.encoding.as_deref())
        .map_err(|e| Error::invalid(format!("{name}: {e}")))?;
    let mut b = backend(g)?;
    let eid = find_event(b.as_mut(), code)?;
    let code = b.event(eid)?.map_or_else(|| code.to_string(), |e| e.code);
    let sessions = b.sessions(eid)?;
    let index = pick_session(&report, &sessions, &code, o.session)?;
    let (sid, session) = &sessions[index];
    let number = index + 1;
    let (start, end) = at(session);
    let length = (end - start).whole_seconds().max(1);
    let mut about = t!("meeting-report-of", tool = report.tool.word());
    if !report.title.is_empty() {
        about.push_str(&format!(" {:?}", report.title));
    }
    if let Some((a, z)) = report.span_on(Some(session.date)) {
        about.push_str(&format!(" ({})", span_text(a, z)));
    }
    let session_span = span_text(start, end);
    say(&if o.session.is_some() {
        t!(
            "meeting-session-given",
            report = about,
            number = number,
            code = code.as_str(),
            session = session_span
        )
    } else {
        t!(
            "meeting-session-chosen",
            report = about,
            number = number,
            code = code.as_str(),
            session = session_span
        )
    });
    let people = People::load(b.as_mut(), eid)?;
    let marks: HashMap<Id, Mark> = b.session_marks(*sid)?.into_iter().collect();
    let groups = group(&report, &people, session.date);

    let mut lines = Vec::new();
    let (mut rows, mut walk_in_people, mut walk_in_rows) = (Vec::new(), Vec::new(), Vec::new());
    let (mut blocking, mut skipped) = (0usize, 0usize);
    for grp in &groups {
        let presence = if grp.stints.is_empty() {
            Presence {
                secs: grp.secs.min(length),
                arrived: None,
                left: None,
            }
        } else {
            let p = Presence::of(&grp.stints, start, end);
            // Durations in whole minutes may be a minute short of the times: only a real
            // gap caps the time.
            let secs = match grp.cap {
                Some((sum, n)) if p.secs > sum.saturating_add(59 * n) => sum,
                _ => p.secs,
            };
            Presence { secs, ..p }
        };
        let verdict = decide(&presence, start, end, &rule);
        let mins = t!(
            "meeting-minutes",
            minutes = minutes(presence.secs),
            length = minutes(length),
            percent = percent(presence.secs, length)
        );
        let no_times = if grp.stints.is_empty() {
            t!("meeting-no-times")
        } else {
            String::new()
        };
        let why = t!("meeting-reason-absent", minutes = mins.as_str());
        match &grp.who {
            Who::Host => {
                skipped += 1;
                lines.push(t!("meeting-line-host", name = grp.shown.as_str()));
            }
            Who::Phone => {
                skipped += 1;
                lines.push(t!("meeting-line-phone", name = grp.shown.as_str()));
            }
            Who::Device => {
                skipped += 1;
                lines.push(t!("meeting-line-device", name = grp.shown.as_str()));
            }
            Who::Ambiguous(ids) => {
                blocking += 1;
                let names: Vec<String> = ids.iter().map(|id| people.told_apart(*id)).collect();
                lines.push(t!(
                    "meeting-line-ambiguous",
                    name = grp.shown.as_str(),
                    count = ids.len(),
                    names = names.join(", ")
                ));
            }
            Who::Known(id) => {
                let stored = people.name(*id);
                let shown = if stored == grp.shown {
                    stored.clone()
                } else {
                    t!(
                        "meeting-as",
                        name = stored.as_str(),
                        report = grp.shown.as_str()
                    )
                };
                let mut notes = String::new();
                if !people.registered.contains(id) {
                    notes.push_str(&t!("meeting-note-walk-in"));
                }
                let (status, arrived, reason) = mark_of(verdict, &why);
                if let Some(m) = marks.get(id)
                    && (m.status, m.arrived_at, &m.reason) != (status, arrived, &reason)
                {
                    notes.push_str(&t!("meeting-note-replaces", status = status_word(m.status)));
                }
                lines.push(t!(
                    "meeting-line-mark",
                    name = shown,
                    minutes = format!("{mins}{no_times}"),
                    status = status_text(verdict),
                    notes = notes
                ));
                rows.push(row(
                    grp.line,
                    &code,
                    number,
                    people.cell(*id),
                    verdict,
                    &why,
                ));
            }
            Who::Unknown(_) => {
                if !o.walk_ins {
                    blocking += 1;
                    lines.push(t!(
                        "meeting-line-unknown",
                        name = grp.shown.as_str(),
                        minutes = mins.as_str()
                    ));
                } else if attended(verdict) {
                    lines.push(t!(
                        "meeting-line-walk-in",
                        name = grp.full.as_str(),
                        minutes = format!("{mins}{no_times}"),
                        status = status_text(verdict)
                    ));
                    let fields: BTreeMap<String, String> = [
                        ("name".to_string(), grp.full.clone()),
                        ("email".to_string(), grp.email.clone()),
                    ]
                    .into_iter()
                    .collect();
                    walk_in_people.push((grp.line, fields));
                    let cell = if grp.email.is_empty() {
                        grp.full.clone()
                    } else {
                        grp.email.clone()
                    };
                    walk_in_rows.push(row(grp.line, &code, number, cell, verdict, &why));
                } else {
                    skipped += 1;
                    lines.push(t!(
                        "meeting-line-walk-in-absent",
                        name = grp.shown.as_str(),
                        minutes = mins.as_str()
                    ));
                }
            }
        }
    }
    for l in &lines {
        println!("{}", sanitize_multiline(l));
    }
    if blocking > 0 {
        say(&t!(
            "meeting-blocked",
            count = blocking,
            file = name.as_str(),
            code = code.as_str()
        ));
        return Ok(1);
    }
    // Everything is tried first, written nowhere; only then applied.
    let rejected = |report: &ImportReport| {
        print_rejected(&name, &report.rejected);
        say(&t!(
            "cmd-rows-rejected",
            count = report.rejected.len(),
            file = name.as_str()
        ));
    };
    let people_dry = run_import(
        b.as_mut(),
        ImportKind::Participants,
        walk_in_people.clone(),
        true,
    )?;
    if !people_dry.rejected.is_empty() {
        rejected(&people_dry);
        return Ok(1);
    }
    let marks_dry = run_import(b.as_mut(), ImportKind::Attendance, rows.clone(), true)?;
    if !marks_dry.rejected.is_empty() {
        rejected(&marks_dry);
        return Ok(1);
    }
    let walk_ins = walk_in_rows.len() as u64;
    if o.dry_run {
        say(&t!(
            "meeting-dry-run",
            file = name.as_str(),
            created = marks_dry.created + walk_ins,
            updated = marks_dry.updated,
            unchanged = marks_dry.unchanged,
            walkins = walk_ins,
            skipped = skipped
        ));
        return Ok(0);
    }
    let people_done = run_import(b.as_mut(), ImportKind::Participants, walk_in_people, false)?;
    if !people_done.rejected.is_empty() {
        rejected(&people_done);
        return Ok(1);
    }
    rows.extend(walk_in_rows);
    let done = run_import(b.as_mut(), ImportKind::Attendance, rows, false)?;
    if !done.rejected.is_empty() {
        rejected(&done);
        if walk_ins > 0 {
            say(&t!("meeting-walk-ins-unmarked", count = walk_ins));
        }
        return Ok(1);
    }
    say(&t!(
        "meeting-imported",
        file = name.as_str(),
        created = done.created,
        updated = done.updated,
        unchanged = done.unchanged,
        walkins = walk_ins,
        skipped = skipped
    ));
    Ok(0)
}
