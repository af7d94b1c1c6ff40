//! The attendance rules (README › The attendance rules) as pure functions: the event summary and the
//! cross-event report, computed from plain data so they can be tested by hand.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};
use time::{Date, PrimitiveDateTime, Time};

use super::{
    Disability, Event, FollowUp, FollowUpStatus, Gender, Id, MarkStatus, Mode, OrgKind,
    Registration, Role, Session, iso_date,
};

/// A percentage with one decimal, rounded half-up, computed in integers so every format
/// shows the same figure: `pct(7, 8)` is 87.5, `pct(2, 3)` is 66.7, `pct(x, 0)` is 0.
pub fn pct(num: u64, den: u64) -> f64 {
    if den == 0 {
        return 0.0;
    }
    let tenths = (num * 2000 + den) / (2 * den);
    tenths as f64 / 10.0
}

/// A session's length in minutes (none when it ends before it starts).
pub fn session_minutes(s: &Session) -> u64 {
    u64::try_from((s.end - s.start).whole_minutes()).unwrap_or(0)
}

/// The minutes of a session a participant is counted for: the whole session, or until they
/// left when they left early and the door recorded when (never more than the session).
pub fn attended_minutes(s: &Session, status: MarkStatus, left_at: Option<Time>) -> u64 {
    let whole = session_minutes(s);
    match (status, left_at) {
        (MarkStatus::LeftEarly, Some(t)) => {
            u64::try_from((t - s.start).whole_minutes()).map_or(0, |m| m.min(whole))
        }
        _ => whole,
    }
}

/// Minutes as hours with one decimal, rounded half up, computed in integers so every format
/// shows the same figure: 90 minutes are 1.5 hours, 100 minutes 1.7.
pub fn hours(minutes: u64) -> f64 {
    ((minutes * 10 + 30) / 60) as f64 / 10.0
}

/// A registered person as the summary needs them.
#[derive(Debug, Clone)]
pub struct Attendee {
    pub id: Id,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub gender: Gender,
    pub country: String,
    pub registration: Registration,
}

/// Everything the summary of one event is computed from.
#[derive(Debug, Clone)]
pub struct SummaryInput {
    pub event: Event,
    /// In time order: session number = index + 1.
    pub sessions: Vec<(Id, Session)>,
    pub attendees: Vec<Attendee>,
    pub marks: HashMap<(Id, Id), MarkStatus>,
    /// (session, participant) → when they were checked out at the door.
    pub left: HashMap<(Id, Id), Time>,
    pub followups: Vec<FollowUp>,
    /// "Now" for overdue follow-ups and the at-risk list.
    pub now: PrimitiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventHeader {
    pub code: String,
    pub title: String,
    pub kind: String,
    pub city: String,
    pub country: String,
    pub venue: String,
    pub start: String,
    pub end: String,
    pub project: String,
    pub status: String,
    /// Certificate threshold as a fraction (0.8).
    pub threshold: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionFigures {
    pub number: usize,
    pub date: String,
    pub start: String,
    pub end: String,
    pub title: String,
    pub present: u64,
    pub late: u64,
    pub left_early: u64,
    pub excused: u64,
    pub absent: u64,
    pub unmarked: u64,
    pub attended: u64,
    /// Attended ÷ registered, as a percentage with one decimal.
    pub rate: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Breakdown {
    pub registered: u64,
    pub attended_any: u64,
    pub eligible: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParticipantFigures {
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub gender: String,
    pub country: String,
    /// Sessions attended.
    pub attended: u64,
    /// Sessions of the event.
    pub sessions: u64,
    pub rate: f64,
    pub eligible: bool,
    pub walk_in: bool,
    /// Hours of the sessions attended, each counted whole (one decimal).
    pub hours: f64,
    /// Leaving times recorded at the door (check-out), by session.
    pub left: Vec<LeftAt>,
}

/// A leaving time: the session's number (1-based, time order) and the time (`HH:MM`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftAt {
    pub session: u64,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffEntry {
    pub name: String,
    pub role: String,
    pub organisation: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FollowUpCounts {
    pub open: u64,
    pub done: u64,
    pub overdue: u64,
}

/// Participants who can no longer reach the threshold, or will not if they miss one more.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AtRisk {
    pub cannot_reach: Vec<String>,
    pub one_more_miss: Vec<String>,
}

/// The event summary; its JSON form (`prezenca summary --format json`) is a contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub event: EventHeader,
    pub sessions: Vec<SessionFigures>,
    pub registered: u64,
    pub attended_any: u64,
    pub certificate_eligible: u64,
    pub person_days: u64,
    /// Hours of every session each participant attended, added up (one decimal).
    pub person_hours: f64,
    pub average_rate: f64,
    pub by_gender: BTreeMap<String, Breakdown>,
    pub by_country: BTreeMap<String, Breakdown>,
    pub by_organisation: BTreeMap<String, Breakdown>,
    pub participants: Vec<ParticipantFigures>,
    pub staff: Vec<StaffEntry>,
    /// Registered participants who attended no session.
    pub absentees: Vec<ParticipantFigures>,
    pub followups: FollowUpCounts,
    pub at_risk: AtRisk,
}

/// The word used for a missing breakdown value.
pub const UNKNOWN: &str = "unknown";

fn or_unknown(s: &str) -> String {
    if s.trim().is_empty() {
        UNKNOWN.to_string()
    } else {
        s.trim().to_string()
    }
}

/// Sessions needed for a certificate: the least `a` with `a / n >= threshold`.
pub fn sessions_needed(n: u64, threshold_permille: u16) -> u64 {
    (n * u64::from(threshold_permille)).div_ceil(1000)
}

/// Computes the summary of one event by the attendance rules.
pub fn summarize(input: &SummaryInput) -> Summary {
    let ev = &input.event;
    let n_sessions = input.sessions.len() as u64;
    let counted: Vec<&Attendee> = input
        .attendees
        .iter()
        .filter(|a| a.registration.counts())
        .collect();
    let registered = counted.len() as u64;

    let mut sessions = Vec::with_capacity(input.sessions.len());
    for (i, (sid, s)) in input.sessions.iter().enumerate() {
        let mut f = SessionFigures {
            number: i + 1,
            date: iso_date(s.date),
            start: super::hhmm(s.start),
            end: super::hhmm(s.end),
            title: s.title.clone(),
            present: 0,
            late: 0,
            left_early: 0,
            excused: 0,
            absent: 0,
            unmarked: 0,
            attended: 0,
            rate: 0.0,
        };
        for a in &counted {
            match input.marks.get(&(*sid, a.id)) {
                Some(MarkStatus::Present) => f.present += 1,
                Some(MarkStatus::Late) => f.late += 1,
                Some(MarkStatus::LeftEarly) => f.left_early += 1,
                Some(MarkStatus::Excused) => f.excused += 1,
                Some(MarkStatus::Absent) => f.absent += 1,
                None => f.unmarked += 1,
            }
        }
        f.attended = f.present + f.late + f.left_early;
        f.rate = pct(f.attended, registered);
        sessions.push(f);
    }

    // The at-risk list is for a running event: one session has started and one has not
    // ended. A session that has not ended can still be attended (someone may yet arrive
    // late), so it counts as possible until it is over.
    let started = input
        .sessions
        .iter()
        .any(|(_, s)| PrimitiveDateTime::new(s.date, s.start) <= input.now);
    let open: Vec<Id> = input
        .sessions
        .iter()
        .filter(|(_, s)| PrimitiveDateTime::new(s.date, s.end) > input.now)
        .map(|(sid, _)| *sid)
        .collect();
    let running = started && !open.is_empty();
    let needed = sessions_needed(n_sessions, ev.threshold_permille);

    let mut participants = Vec::with_capacity(counted.len());
    let mut by_gender: BTreeMap<String, Breakdown> = BTreeMap::new();
    let mut by_country: BTreeMap<String, Breakdown> = BTreeMap::new();
    let mut by_org: BTreeMap<String, Breakdown> = BTreeMap::new();
    let mut attended_any = 0;
    let mut eligible_n = 0;
    let mut person_days = 0;
    let mut person_minutes = 0;
    let mut at_risk = AtRisk::default();
    for a in &counted {
        let mut attended = 0u64;
        let mut minutes = 0u64;
        let mut days: BTreeSet<Date> = BTreeSet::new();
        for (sid, s) in &input.sessions {
            if let Some(m) = input.marks.get(&(*sid, a.id)).filter(|m| m.attended()) {
                attended += 1;
                minutes += attended_minutes(s, *m, input.left.get(&(*sid, a.id)).copied());
                days.insert(s.date);
            }
        }
        person_days += days.len() as u64;
        person_minutes += minutes;
        let eligible =
            n_sessions > 0 && attended * 1000 >= u64::from(ev.threshold_permille) * n_sessions;
        if attended > 0 {
            attended_any += 1;
        }
        if eligible {
            eligible_n += 1;
        }
        if running && !eligible {
            let still = open
                .iter()
                .filter(|sid| {
                    !input
                        .marks
                        .get(&(**sid, a.id))
                        .is_some_and(|m| m.attended())
                })
                .count() as u64;
            let best = attended + still;
            if best < needed {
                at_risk.cannot_reach.push(a.name.clone());
            } else if best == needed {
                at_risk.one_more_miss.push(a.name.clone());
            }
        }
        for (map, key) in [
            (&mut by_gender, a.gender.word().to_string()),
            (
                &mut by_country,
                or_unknown(&super::country::canonical(&a.country)),
            ),
            (&mut by_org, or_unknown(&a.organisation)),
        ] {
            let b = map.entry(key).or_default();
            b.registered += 1;
            b.attended_any += u64::from(attended > 0);
            b.eligible += u64::from(eligible);
        }
        participants.push(ParticipantFigures {
            name: a.name.clone(),
            email: a.email.clone(),
            organisation: a.organisation.clone(),
            gender: a.gender.word().to_string(),
            country: a.country.clone(),
            attended,
            sessions: n_sessions,
            rate: pct(attended, n_sessions),
            eligible,
            walk_in: a.registration.source == super::Source::WalkIn,
            left: input
                .sessions
                .iter()
                .enumerate()
                .filter_map(|(n, (sid, _))| {
                    input.left.get(&(*sid, a.id)).map(|t| LeftAt {
                        session: n as u64 + 1,
                        at: super::hhmm(*t),
                    })
                })
                .collect(),
            hours: hours(minutes),
        });
    }
    participants.sort_by_cached_key(|p| crate::text::fold(&p.name));
    // Names in the order people look them up, not in the order they were registered.
    at_risk
        .cannot_reach
        .sort_by_cached_key(|n| crate::text::fold(n));
    at_risk
        .one_more_miss
        .sort_by_cached_key(|n| crate::text::fold(n));
    let absentees = participants
        .iter()
        .filter(|p| p.attended == 0)
        .cloned()
        .collect();
    let mut staff: Vec<StaffEntry> = input
        .attendees
        .iter()
        .filter(|a| a.registration.role != Role::Participant)
        .filter(|a| a.registration.status != super::RegStatus::Cancelled)
        .map(|a| StaffEntry {
            name: a.name.clone(),
            role: a.registration.role.word().to_string(),
            organisation: a.organisation.clone(),
        })
        .collect();
    staff.sort_by(|x, y| x.name.cmp(&y.name));

    let today = input.now.date();
    let mut followups = FollowUpCounts::default();
    for f in &input.followups {
        match f.status {
            FollowUpStatus::Open => followups.open += 1,
            FollowUpStatus::Done => followups.done += 1,
            FollowUpStatus::Cancelled => {}
        }
        if f.overdue(today) {
            followups.overdue += 1;
        }
    }

    let total_attended: u64 = sessions.iter().map(|s| s.attended).sum();
    Summary {
        event: EventHeader {
            code: ev.code.clone(),
            title: ev.title.clone(),
            kind: ev.kind.word().to_string(),
            city: ev.city.clone(),
            country: ev.country.clone(),
            venue: ev.venue.clone(),
            start: iso_date(ev.start),
            end: iso_date(ev.end),
            project: ev.project.clone(),
            status: ev.status.word().to_string(),
            threshold: f64::from(ev.threshold_permille) / 1000.0,
        },
        average_rate: pct(total_attended, n_sessions * registered),
        sessions,
        registered,
        attended_any,
        certificate_eligible: eligible_n,
        person_days,
        person_hours: hours(person_minutes),
        by_gender,
        by_country,
        by_organisation: by_org,
        participants,
        staff,
        absentees,
        followups,
        at_risk,
    }
}

/// Age bands by their lower bounds: `[18, 30, 45, 60]` are `under-18`, `18-29`, `30-44`,
/// `45-59` and `60-plus`, and `unknown` for a person without a birth year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeBands(Vec<u16>);

impl Default for AgeBands {
    fn default() -> Self {
        AgeBands(vec![18, 30, 45, 60])
    }
}

impl AgeBands {
    /// Bounds from `--age-bands 18,30,45,60`: whole ages from 1 to 150, each above the one
    /// before; `None` otherwise.
    pub fn parse(s: &str) -> Option<Self> {
        let mut v = Vec::new();
        for part in s.split(',') {
            let n: u16 = part.trim().parse().ok()?;
            if !(1..=150).contains(&n) || v.last().is_some_and(|l| *l >= n) {
                return None;
            }
            v.push(n);
        }
        Some(AgeBands(v))
    }

    /// The bounds, lowest first.
    pub fn bounds(&self) -> &[u16] {
        &self.0
    }

    /// Every band's name in age order, `unknown` last.
    pub fn names(&self) -> Vec<String> {
        let b = &self.0;
        let mut out = Vec::with_capacity(b.len() + 2);
        if let Some(first) = b.first() {
            out.push(format!("under-{first}"));
        }
        for w in b.windows(2) {
            out.push(format!("{}-{}", w[0], w[1] - 1));
        }
        if let Some(last) = b.last() {
            out.push(format!("{last}-plus"));
        }
        out.push(UNKNOWN.to_string());
        out
    }

    /// The band of an age (`None`: not known).
    pub fn band(&self, age: Option<i32>) -> String {
        let b = &self.0;
        let Some(age) = age else {
            return UNKNOWN.to_string();
        };
        match b.iter().position(|x| age < i32::from(*x)) {
            Some(0) => format!("under-{}", b[0]),
            Some(i) => format!("{}-{}", b[i - 1], b[i] - 1),
            None => match b.last() {
                Some(last) => format!("{last}-plus"),
                None => UNKNOWN.to_string(),
            },
        }
    }
}

/// A participant who attended an event, as the cross-event report needs them.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportAttendee {
    pub id: Id,
    pub organisation: Option<Id>,
    /// The kind of their organisation, when they have one.
    pub org_kind: Option<OrgKind>,
    pub gender: Gender,
    pub country: String,
    pub birth_year: Option<i32>,
    pub disability: Disability,
    /// Eligible for the event's certificate.
    pub eligible: bool,
}

/// One event's contribution to the cross-event report.
#[derive(Debug, Clone)]
pub struct ReportEvent {
    pub code: String,
    pub title: String,
    pub kind: String,
    pub mode: Mode,
    /// The year the event starts: ages are this year minus the birth year.
    pub year: i32,
    pub average_rate: f64,
    pub person_days: u64,
    /// The length of all its sessions, in minutes.
    pub training_minutes: u64,
    /// The minutes of every session each participant attended, added up.
    pub person_minutes: u64,
    /// Participants who attended at least one session.
    pub attendees: Vec<ReportAttendee>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankedEvent {
    pub code: String,
    pub title: String,
    pub average_rate: f64,
}

/// The cross-event report; its JSON form is the contract documented in the README.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub from: String,
    pub to: String,
    pub project: Option<String>,
    pub events: u64,
    pub events_by_kind: BTreeMap<String, u64>,
    pub unique_participants: u64,
    pub unique_organisations: u64,
    pub returning_participants: u64,
    pub person_days: u64,
    pub by_gender: BTreeMap<String, u64>,
    pub by_country: BTreeMap<String, u64>,
    pub events_by_rate: Vec<RankedEvent>,
    /// Unique participants who attended, by disability (`yes`, `no`, `undisclosed`).
    pub by_disability: BTreeMap<String, u64>,
    /// Unique participants who attended, by age band at their first attended event.
    pub by_age_band: BTreeMap<String, u64>,
    /// The age bands in age order (`unknown` last): the rows of `by_age_band`.
    pub age_bands: Vec<String>,
    /// Unique participants who attended an event of each mode (someone at an online and an
    /// in-person event counts under both).
    pub by_mode: BTreeMap<String, u64>,
    /// Unique organisations whose people attended, by kind.
    pub organisations_by_kind: BTreeMap<String, u64>,
    /// The length of every session of the events, in hours.
    pub training_hours: f64,
    /// The length of every session each participant attended, added up, in hours.
    pub person_hours: f64,
    /// Unique participants eligible for the certificate of at least one event.
    pub completed: u64,
}

/// Adds up events into the report; ages fall in `bands`.
pub fn report(
    from: Date,
    to: Date,
    project: Option<String>,
    events: &[ReportEvent],
    bands: &AgeBands,
) -> Report {
    struct Person<'a> {
        events: u64,
        first: &'a ReportAttendee,
        /// The year of their first attended event (events come in start order).
        year: i32,
        completed: bool,
        /// The modes of the events they attended, one bit each (`Mode::ALL` order): a
        /// set per person costs less than a set of people per mode over a million marks.
        modes: u8,
    }
    let mut by_kind: BTreeMap<String, u64> = BTreeMap::new();
    let mut people: HashMap<Id, Person> = HashMap::new();
    let mut orgs: HashMap<Id, Option<OrgKind>> = HashMap::new();
    let mut person_days = 0;
    let (mut training_minutes, mut person_minutes) = (0, 0);
    for e in events {
        *by_kind.entry(e.kind.clone()).or_default() += 1;
        person_days += e.person_days;
        training_minutes += e.training_minutes;
        person_minutes += e.person_minutes;
        let bit = 1u8 << Mode::ALL.iter().position(|m| *m == e.mode).unwrap_or(0);
        for a in &e.attendees {
            let p = people.entry(a.id).or_insert(Person {
                events: 0,
                first: a,
                year: e.year,
                completed: false,
                modes: 0,
            });
            p.events += 1;
            p.completed |= a.eligible;
            p.modes |= bit;
            if let Some(o) = a.organisation {
                orgs.insert(o, a.org_kind);
            }
        }
    }
    let mut by_gender: BTreeMap<String, u64> = BTreeMap::new();
    let mut by_country: BTreeMap<String, u64> = BTreeMap::new();
    let mut by_disability: BTreeMap<String, u64> = BTreeMap::new();
    let mut by_age_band: BTreeMap<String, u64> = BTreeMap::new();
    for p in people.values() {
        let a = p.first;
        *by_gender.entry(a.gender.word().to_string()).or_default() += 1;
        *by_country
            .entry(or_unknown(&super::country::canonical(&a.country)))
            .or_default() += 1;
        *by_disability
            .entry(a.disability.word().to_string())
            .or_default() += 1;
        let age = a.birth_year.map(|y| p.year - y);
        *by_age_band.entry(bands.band(age)).or_default() += 1;
    }
    let mut by_mode: BTreeMap<String, u64> = BTreeMap::new();
    for (i, m) in Mode::ALL.iter().enumerate() {
        let n = people.values().filter(|p| p.modes & (1 << i) != 0).count() as u64;
        if n > 0 {
            by_mode.insert(m.word().to_string(), n);
        }
    }
    let mut organisations_by_kind: BTreeMap<String, u64> = BTreeMap::new();
    for kind in orgs.values() {
        let k = kind.map_or(UNKNOWN, OrgKind::word);
        *organisations_by_kind.entry(k.to_string()).or_default() += 1;
    }
    let mut ranked: Vec<RankedEvent> = events
        .iter()
        .map(|e| RankedEvent {
            code: e.code.clone(),
            title: e.title.clone(),
            average_rate: e.average_rate,
        })
        .collect();
    ranked.sort_by(|a, b| {
        b.average_rate
            .total_cmp(&a.average_rate)
            .then_with(|| a.code.cmp(&b.code))
    });
    Report {
        from: iso_date(from),
        to: iso_date(to),
        project,
        events: events.len() as u64,
        events_by_kind: by_kind,
        unique_participants: people.len() as u64,
        unique_organisations: orgs.len() as u64,
        returning_participants: people.values().filter(|p| p.events > 1).count() as u64,
        person_days,
        by_gender,
        by_country,
        events_by_rate: ranked,
        by_disability,
        by_age_band,
        age_bands: bands.names(),
        by_mode,
        organisations_by_kind,
        training_hours: hours(training_minutes),
        person_hours: hours(person_minutes),
        completed: people.values().filter(|p| p.completed).count() as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{EventKind, EventStatus, RegStatus, Source};
    use time::macros::{date, datetime, time};

    fn event(threshold: u16) -> Event {
        Event {
            code: "T-1".into(),
            title: "Advocacy".into(),
            kind: EventKind::Training,
            city: "Prishtina".into(),
            country: "Kosovo".into(),
            venue: String::new(),
            start: date!(2026 - 03 - 02),
            end: date!(2026 - 03 - 03),
            project: "P1".into(),
            capacity: None,
            trainers: String::new(),
            threshold_permille: threshold,
            status: EventStatus::Done,
            notes: String::new(),
            mode: Default::default(),
        }
    }

    fn session(d: Date, h: u8) -> Session {
        Session {
            event: 1,
            date: d,
            start: time::Time::from_hms(h, 0, 0).unwrap_or(time!(09:00)),
            end: time::Time::from_hms(h + 3, 0, 0).unwrap_or(time!(12:00)),
            title: String::new(),
        }
    }

    fn person(id: Id, name: &str, g: Gender, country: &str, role: Role, st: RegStatus) -> Attendee {
        Attendee {
            id,
            name: name.into(),
            email: String::new(),
            organisation: "Org".into(),
            gender: g,
            country: country.into(),
            registration: Registration {
                role,
                source: Source::PreRegistered,
                status: st,
            },
        }
    }

    /// Three sessions over two days; four counted participants, one trainer, one cancelled.
    /// Hand count:
    ///   A: P P P  -> 3/3, eligible, days {d1,d2} = 2
    ///   B: L E LE -> 2/3 = 66.7 %, not eligible (0.8), days {d1,d2} = 2
    ///   C: A - -  -> 0/3, absentee
    ///   D: P - P  -> 2/3, days {d1,d2} = 2 (session 3 is day 2)
    ///   session 1: present A, D; late B; absent C -> attended 3/4 = 75 %
    ///   session 2: present A; excused B; unmarked C, D -> 1/4 = 25 %
    ///   session 3: present A, D; left early B; unmarked C -> 3/4 = 75 %
    ///   average = 7 / 12 = 58.3 %; person-days = 6; eligible = 1; attended_any = 3
    #[test]
    fn summary_figures_by_hand() {
        let d1 = date!(2026 - 03 - 02);
        let d2 = date!(2026 - 03 - 03);
        let sessions = vec![
            (10, session(d1, 9)),
            (11, session(d1, 13)),
            (12, session(d2, 9)),
        ];
        let attendees = vec![
            person(
                1,
                "A",
                Gender::Female,
                "Kosovo",
                Role::Participant,
                RegStatus::Registered,
            ),
            person(
                2,
                "B",
                Gender::Male,
                "Albania",
                Role::Participant,
                RegStatus::Confirmed,
            ),
            person(
                3,
                "C",
                Gender::Female,
                "",
                Role::Participant,
                RegStatus::Registered,
            ),
            person(
                4,
                "D",
                Gender::Undisclosed,
                "Kosova", // counted under Kosovo
                Role::Participant,
                RegStatus::Registered,
            ),
            person(
                5,
                "T",
                Gender::Male,
                "Kosovo",
                Role::Trainer,
                RegStatus::Registered,
            ),
            person(
                6,
                "X",
                Gender::Male,
                "Kosovo",
                Role::Participant,
                RegStatus::Cancelled,
            ),
        ];
        use MarkStatus::*;
        let marks: HashMap<(Id, Id), MarkStatus> = [
            ((10, 1), Present),
            ((11, 1), Present),
            ((12, 1), Present),
            ((10, 2), Late),
            ((11, 2), Excused),
            ((12, 2), LeftEarly),
            ((10, 3), Absent),
            ((10, 4), Present),
            ((12, 4), Present),
            ((10, 5), Present),
            ((10, 6), Present),
        ]
        .into_iter()
        .collect();
        let s = summarize(&SummaryInput {
            event: event(800),
            sessions,
            attendees,
            marks,
            left: HashMap::new(),
            followups: vec![],
            now: datetime!(2026-03-10 12:00),
        });
        assert_eq!(s.registered, 4);
        assert_eq!(s.attended_any, 3);
        assert_eq!(s.certificate_eligible, 1);
        assert_eq!(s.person_days, 6);
        assert_eq!(s.average_rate, 58.3);
        let rates: Vec<f64> = s.sessions.iter().map(|x| x.rate).collect();
        assert_eq!(rates, vec![75.0, 25.0, 75.0]);
        assert_eq!(
            (
                s.sessions[1].present,
                s.sessions[1].excused,
                s.sessions[1].unmarked
            ),
            (1, 1, 2)
        );
        assert_eq!(s.sessions[2].left_early, 1);
        assert_eq!(
            s.by_gender["female"],
            Breakdown {
                registered: 2,
                attended_any: 1,
                eligible: 1
            }
        );
        assert_eq!(s.by_country[UNKNOWN].registered, 1);
        assert_eq!(
            s.by_country["Kosovo"],
            Breakdown {
                registered: 2,
                attended_any: 2,
                eligible: 1
            }
        );
        assert_eq!(s.staff.len(), 1);
        assert_eq!(s.absentees.len(), 1);
        assert_eq!(s.absentees[0].name, "C");
        let b = s
            .participants
            .iter()
            .find(|p| p.name == "B")
            .map(|p| p.rate);
        assert_eq!(b, Some(66.7));
    }

    /// Three sessions, threshold 0.8 -> all three needed. At 2026-03-02 14:00 session 1
    /// (09-12) is over and session 2 (13-16) is running; session 3 is tomorrow.
    ///   A: present at 1              -> can still make 3/3, but only with no more misses
    ///   B: absent at 1               -> at best 2/3: cannot reach
    ///   C: present at 1 and 2        -> best 3 = needed: one more miss loses it
    /// Before the event starts nobody is listed: it is not running yet.
    #[test]
    fn at_risk_while_the_event_runs() {
        let d1 = date!(2026 - 03 - 02);
        let d2 = date!(2026 - 03 - 03);
        let input = |now| SummaryInput {
            event: event(800),
            sessions: vec![
                (10, session(d1, 9)),
                (11, session(d1, 13)),
                (12, session(d2, 9)),
            ],
            attendees: ["A", "B", "C"]
                .iter()
                .zip(1..)
                .map(|(n, id)| {
                    person(
                        id,
                        n,
                        Gender::Female,
                        "Kosovo",
                        Role::Participant,
                        RegStatus::Registered,
                    )
                })
                .collect(),
            marks: [
                ((10, 1), MarkStatus::Present),
                ((10, 2), MarkStatus::Absent),
                ((10, 3), MarkStatus::Present),
                ((11, 3), MarkStatus::Present),
            ]
            .into_iter()
            .collect(),
            left: HashMap::new(),
            followups: vec![],
            now,
        };
        let s = summarize(&input(datetime!(2026-03-02 14:00)));
        assert_eq!(s.at_risk.cannot_reach, vec!["B".to_string()]);
        assert_eq!(
            s.at_risk.one_more_miss,
            vec!["A".to_string(), "C".to_string()]
        );
        let before = summarize(&input(datetime!(2026-03-01 12:00)));
        assert_eq!(before.at_risk, AtRisk::default());
        let after = summarize(&input(datetime!(2026-03-04 12:00)));
        assert_eq!(after.at_risk, AtRisk::default());
    }

    #[test]
    fn empty_event_is_valid() {
        let s = summarize(&SummaryInput {
            event: event(800),
            sessions: vec![],
            attendees: vec![],
            marks: HashMap::new(),
            left: HashMap::new(),
            followups: vec![],
            now: datetime!(2026-03-10 12:00),
        });
        assert_eq!(s.registered, 0);
        assert_eq!(s.average_rate, 0.0);
        assert_eq!(s.certificate_eligible, 0);
    }

    #[test]
    fn pct_rounds_half_up() {
        assert_eq!(pct(7, 8), 87.5);
        assert_eq!(pct(2, 3), 66.7);
        assert_eq!(pct(1, 3), 33.3);
        assert_eq!(pct(1, 8), 12.5);
        assert_eq!(pct(1, 16), 6.3); // 6.25 -> 6.3
        assert_eq!(pct(0, 0), 0.0);
    }

    #[test]
    fn sessions_needed_is_a_ceiling() {
        assert_eq!(sessions_needed(3, 800), 3);
        assert_eq!(sessions_needed(5, 800), 4);
        assert_eq!(sessions_needed(10, 800), 8);
        assert_eq!(sessions_needed(3, 660), 2);
    }
}
