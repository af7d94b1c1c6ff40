//! Properties of the summary maths on random attendance: the statuses of each session add
//! up to the registered, and person-days never exceed participants × event days; and the
//! cross-event report's donor figures are what the events' summaries add up to.

use std::collections::{BTreeSet, HashMap};

use prezenca::domain::summary::{Attendee, SummaryInput, summarize};
use prezenca::domain::*;
use proptest::prelude::*;
use time::macros::{date, datetime, time};

fn status(i: u8) -> Option<MarkStatus> {
    match i % 6 {
        0 => Some(MarkStatus::Present),
        1 => Some(MarkStatus::Late),
        2 => Some(MarkStatus::LeftEarly),
        3 => Some(MarkStatus::Excused),
        4 => Some(MarkStatus::Absent),
        _ => None,
    }
}

proptest! {
    #[test]
    fn counts_add_up_and_person_days_are_bounded(
        // (day offset) per session
        session_days in proptest::collection::vec(0u8..4, 0..6),
        // (role 0..4, cancelled?) per person
        people in proptest::collection::vec((0u8..4, any::<bool>()), 0..12),
        marks in proptest::collection::vec(any::<u8>(), 72),
        threshold in 0u16..=1000,
        now_day in 0u8..6,
    ) {
        let start = date!(2026 - 03 - 02);
        let sessions: Vec<(Id, Session)> = {
            let mut v: Vec<(Id, Session)> = session_days
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    (100 + i as Id, Session {
                        event: 1,
                        date: start + time::Duration::days(i64::from(*d)),
                        start: time!(09:00),
                        end: time!(12:00),
                        title: String::new(),
                    })
                })
                .collect();
            v.sort_by_key(|(id, s)| (s.date, *id));
            v
        };
        let roles = [Role::Participant, Role::Participant, Role::Trainer, Role::Staff];
        let attendees: Vec<Attendee> = people
            .iter()
            .enumerate()
            .map(|(i, (r, cancelled))| Attendee {
                id: i as Id + 1,
                name: format!("P{i}"),
                email: String::new(),
                organisation: String::new(),
                gender: Gender::ALL[i % Gender::ALL.len()],
                country: String::new(),
                registration: Registration {
                    role: roles[usize::from(*r)],
                    source: Source::PreRegistered,
                    status: if *cancelled { RegStatus::Cancelled } else { RegStatus::Registered },
                },
            })
            .collect();
        let mut m = HashMap::new();
        for (si, (sid, _)) in sessions.iter().enumerate() {
            for a in &attendees {
                if let Some(st) = status(marks[(si * 12 + a.id as usize - 1) % marks.len()]) {
                    m.insert((*sid, a.id), st);
                }
            }
        }
        let event = Event {
            code: "X".into(),
            title: "X".into(),
            kind: EventKind::Training,
            city: String::new(),
            country: String::new(),
            venue: String::new(),
            start,
            end: start + time::Duration::days(3),
            project: String::new(),
            capacity: None,
            trainers: String::new(),
            threshold_permille: threshold,
            status: EventStatus::Running,
            notes: String::new(),
            mode: Default::default(),
        };
        let now = datetime!(2026-03-02 10:00) + time::Duration::days(i64::from(now_day));
        let s = summarize(&SummaryInput {
            event,
            sessions: sessions.clone(),
            attendees: attendees.clone(),
            marks: m,
            left: Default::default(),
            followups: vec![],
            now,
        });
        let registered = attendees.iter().filter(|a| a.registration.counts()).count() as u64;
        prop_assert_eq!(s.registered, registered);
        for x in &s.sessions {
            prop_assert_eq!(
                x.present + x.late + x.left_early + x.excused + x.absent + x.unmarked,
                registered
            );
            prop_assert_eq!(x.attended, x.present + x.late + x.left_early);
            prop_assert!((0.0..=100.0).contains(&x.rate));
        }
        let days: BTreeSet<_> = sessions.iter().map(|(_, x)| x.date).collect();
        prop_assert!(s.person_days <= registered * days.len() as u64);
        prop_assert!(s.attended_any <= registered);
        prop_assert!(s.certificate_eligible <= registered);
        prop_assert!((0.0..=100.0).contains(&s.average_rate));
        let by_gender: u64 = s.by_gender.values().map(|b| b.registered).sum();
        prop_assert_eq!(by_gender, registered);
        prop_assert_eq!(s.absentees.len() as u64, registered - s.attended_any);
        for name in s.at_risk.cannot_reach.iter().chain(&s.at_risk.one_more_miss) {
            let p = s.participants.iter().find(|p| &p.name == name);
            prop_assert!(p.is_some_and(|p| !p.eligible));
        }
    }
}

/// A random programme: people (gender, birth year, disability, organisation), events (mode,
/// sessions of random length), registrations and marks.
#[derive(Debug, Clone)]
struct Programme {
    /// (gender, birth year, disability, organisation index)
    people: Vec<(usize, Option<i32>, usize, Option<usize>)>,
    /// (mode, session lengths in half hours, threshold)
    events: Vec<(usize, Vec<u8>, u16)>,
    /// Per (event, person): registered?
    registered: Vec<bool>,
    /// Per (session slot, person): a status index (see `status`).
    marks: Vec<u8>,
}

fn programme() -> impl Strategy<Value = Programme> {
    (
        proptest::collection::vec(
            (
                0usize..4,
                proptest::option::of(1950i32..2012),
                0usize..3,
                proptest::option::of(0usize..3),
            ),
            1..8,
        ),
        proptest::collection::vec(
            (
                0usize..3,
                proptest::collection::vec(1u8..6, 1..4),
                0u16..=1000,
            ),
            1..4,
        ),
        proptest::collection::vec(any::<bool>(), 32),
        proptest::collection::vec(any::<u8>(), 96),
    )
        .prop_map(|(people, events, registered, marks)| Programme {
            people,
            events,
            registered,
            marks,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// The report adds up what the events' summaries say: hours and days are sums, and a
    /// person counts once in each breakdown, under the values of their own record.
    #[test]
    fn the_reports_donor_figures_are_the_sum_of_the_events_summaries(p in programme()) {
        use prezenca::core::{Backend, Command, MarkInput, Queries};
        use prezenca::backend::local::LocalBackend;
        use std::collections::BTreeMap;

        let db = redb::Database::builder()
            .create_with_backend(redb::backends::InMemoryBackend::new())
            .expect("in-memory database");
        let mut b = LocalBackend::from_database(db, std::path::Path::new("memory"))
            .expect("backend");
        let created = |b: &mut LocalBackend, cmd| b.execute(cmd).expect("applies").created.expect("id");
        let kinds = [OrgKind::Cso, OrgKind::Network, OrgKind::Media];
        let orgs: Vec<Id> = kinds
            .iter()
            .enumerate()
            .map(|(i, k)| created(&mut b, Command::CreateOrganisation(Organisation {
                name: format!("Org {i}"),
                acronym: String::new(),
                kind: *k,
                city: String::new(),
                country: String::new(),
            })))
            .collect();
        let people: Vec<Id> = p.people.iter().enumerate().map(|(i, (g, y, d, o))| {
            created(&mut b, Command::CreateParticipant(Participant {
                name: format!("Person {i}"),
                gender: Gender::ALL[*g],
                birth_year: *y,
                disability: Disability::ALL[*d],
                organisation: o.map(|o| orgs[o]),
                ..Participant::default()
            }))
        }).collect();
        let mut slot = 0;
        let mut training_minutes = 0u64;
        for (e, (mode, lengths, threshold)) in p.events.iter().enumerate() {
            let day = date!(2026 - 03 - 02) + time::Duration::days(e as i64 * 30);
            let eid = created(&mut b, Command::CreateEvent(Event {
                code: format!("E-{e}"),
                title: "T".into(),
                kind: EventKind::Training,
                city: String::new(),
                country: String::new(),
                venue: String::new(),
                start: day,
                end: day,
                project: String::new(),
                capacity: None,
                trainers: String::new(),
                threshold_permille: *threshold,
                status: EventStatus::Done,
                notes: String::new(),
                mode: Mode::ALL[*mode],
            }));
            for (sid, _) in b.sessions(eid).expect("sessions") {
                b.execute(Command::DeleteSession { id: sid }).expect("delete");
            }
            for (k, half_hours) in lengths.iter().enumerate() {
                let start = time!(08:00) + time::Duration::hours(3 * k as i64);
                let minutes = i64::from(*half_hours) * 30;
                training_minutes += minutes as u64;
                let sid = created(&mut b, Command::CreateSession(Session {
                    event: eid,
                    date: day,
                    start,
                    end: start + time::Duration::minutes(minutes),
                    title: String::new(),
                }));
                for (i, pid) in people.iter().enumerate() {
                    if !p.registered[(e * 8 + i) % p.registered.len()] {
                        continue;
                    }
                    if k == 0 {
                        b.execute(Command::SetRegistration {
                            event: eid,
                            participant: *pid,
                            registration: Some(Registration::default()),
                        }).expect("register");
                    }
                    if let Some(st) = status(p.marks[(slot * 8 + i) % p.marks.len()]) {
                        b.execute(Command::SetMark {
                            session: sid,
                            participant: *pid,
                            mark: Some(MarkInput { status: st, arrived_at: None, reason: String::new() }),
                            expect: None,
                        }).expect("mark");
                    }
                }
                slot += 1;
            }
        }
        let r = b.report(date!(2026 - 01 - 01), date!(2026 - 12 - 31), None).expect("report");
        let now = datetime!(2027-01-01 00:00);
        // Who attended, who completed, and under which modes, by the summaries' names.
        let mut attended: BTreeMap<String, usize> = BTreeMap::new();
        let mut completed = BTreeSet::new();
        let mut by_mode: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        let (mut person_hours, mut person_days) = (0.0, 0);
        for (eid, e) in b.events().expect("events") {
            let s = b.summary(eid, now).expect("summary");
            person_hours += s.person_hours;
            person_days += s.person_days;
            for x in s.participants.iter().filter(|x| x.attended > 0) {
                let i: usize = x.name["Person ".len()..].parse().expect("index");
                attended.insert(x.name.clone(), i);
                by_mode.entry(e.mode.word()).or_default().insert(x.name.clone());
                if x.eligible {
                    completed.insert(x.name.clone());
                }
                // Every session is at most 2.5 hours long.
                prop_assert!(x.hours <= s.sessions.len() as f64 * 2.5);
            }
        }
        prop_assert_eq!(r.person_hours, person_hours, "half hours add up exactly");
        prop_assert_eq!(r.person_days, person_days);
        prop_assert_eq!(r.training_hours * 60.0, training_minutes as f64);
        prop_assert_eq!(r.unique_participants, attended.len() as u64);
        prop_assert_eq!(r.completed, completed.len() as u64);
        let modes: BTreeMap<String, u64> = by_mode
            .into_iter()
            .map(|(m, names)| (m.to_string(), names.len() as u64))
            .collect();
        prop_assert_eq!(&r.by_mode, &modes);
        let mut disability: BTreeMap<String, u64> = BTreeMap::new();
        let mut kinds_seen: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        for i in attended.values() {
            let (_, _, d, o) = p.people[*i];
            *disability.entry(Disability::ALL[d].word().to_string()).or_default() += 1;
            if let Some(o) = o {
                kinds_seen.entry(kinds[o].word().to_string()).or_default().insert(o);
            }
        }
        prop_assert_eq!(&r.by_disability, &disability);
        let kinds_count: BTreeMap<String, u64> =
            kinds_seen.into_iter().map(|(k, s)| (k, s.len() as u64)).collect();
        prop_assert_eq!(&r.organisations_by_kind, &kinds_count);
        prop_assert_eq!(r.by_age_band.values().sum::<u64>(), r.unique_participants);
        prop_assert_eq!(
            r.by_age_band.get("unknown").copied().unwrap_or(0),
            attended.values().filter(|i| p.people[**i].1.is_none()).count() as u64
        );
    }
}
